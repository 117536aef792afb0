package dev.shoplens.dashboard.audit;

import dev.shoplens.store.read.AuditEntry;
import dev.shoplens.store.read.ShopReader;
import java.time.Instant;

/**
 * Where a page records the admin actions its user takes (a savepoint, a retrain, a policy edit, an erasure), so that
 * an admin can see later who did what and when. A page gets one for its signed-in user.
 */
@FunctionalInterface
public interface AuditTrail {

    String SAVEPOINT = "savepoint";
    String RETRAIN = "retrain";
    String POLICY = "policy";
    String ERASE = "erase";

    /** Records {@code action} (one of the codes above) and on what, with how it ended, as of now. */
    void record(String action, String detail);

    /** The store's audit log, for actions of {@code user}. */
    static AuditTrail of(ShopReader store, String user) {
        return (action, detail) -> store.audit(new AuditEntry(Instant.now(), user, action, detail));
    }
}
