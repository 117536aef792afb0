package dev.shoplens.dashboard.audit;

import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.shoplens.store.StoreException;
import dev.shoplens.store.audit.AuditEntry;
import dev.shoplens.store.read.ShopReader;
import java.time.Instant;
import org.slf4j.LoggerFactory;

/**
 * Where a page records the admin actions its user takes (a savepoint, a retrain, a policy edit, an erasure, an audience defined), so that
 * an admin can see later who did what and when. A page gets one for its signed-in user.
 */
@FunctionalInterface
public interface AuditTrail {

    String SAVEPOINT = "savepoint";
    String RETRAIN = "retrain";
    String POLICY = "policy";
    String ERASE = "erase";
    String AUDIENCE = "audience";

    /** Records {@code action} (one of the codes above) and on what, with how it ended, as of now. */
    void record(String action, String detail);

    /** The store's audit log, for the actions of the user signed in to this page. */
    static AuditTrail of(ShopReader store, AuthenticationContext authentication) {
        return of(store, user(authentication));
    }

    /** The signed-in user's name, as pages record it. */
    static String user(AuthenticationContext authentication) {
        return authentication.getPrincipalName().orElse("unknown");
    }

    /**
     * The store's audit log, for actions of {@code user}. The action has happened when it is recorded: a store that
     * cannot take the entry is logged as an error, and the page goes on to show how the action ended.
     */
    static AuditTrail of(ShopReader store, String user) {
        return (action, detail) -> {
            try {
                store.auditLog().record(new AuditEntry(Instant.now(), user, action, detail));
            } catch (StoreException e) {
                LoggerFactory.getLogger(AuditTrail.class)
                        .error("Could not record in the audit log: {} by {}: {}", action, user, detail, e);
            }
        };
    }
}
