package dev.shoplens.store.audit;

import java.util.List;

/** The admin actions taken in the dashboard or on the command line: who did what, when, and how it ended. */
public interface AuditLog {

    /** Adds an action; rows are only ever added. */
    void record(AuditEntry entry);

    /** One page of the log, newest first. */
    List<AuditEntry> entries(int offset, int limit);
}
