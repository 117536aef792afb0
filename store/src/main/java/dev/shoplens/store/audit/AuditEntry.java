package dev.shoplens.store.audit;

import java.time.Instant;

/**
 * One admin action taken in the dashboard, as the audit log keeps it.
 *
 * @param action what was done, a short code ({@code savepoint}, {@code retrain}, {@code policy}, {@code erase})
 * @param detail on what, and how it ended, in words
 */
public record AuditEntry(Instant at, String user, String action, String detail) {

    public AuditEntry {
        if (at == null || user == null || user.isBlank() || action == null || action.isBlank() || detail == null) {
            throw new IllegalArgumentException("an audit entry needs a time, a user, an action and a detail");
        }
    }
}
