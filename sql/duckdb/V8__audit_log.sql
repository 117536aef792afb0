-- Schema version 8 (DuckDB): the audit log. Times are UTC.

-- Every admin action taken in the dashboard (a savepoint, a retrain, a policy edit, an erasure): who, when, what and
-- on what. Rows are only ever added.
CREATE TABLE audit_log (
    done_at   TIMESTAMP NOT NULL,
    user_name VARCHAR NOT NULL,
    action    VARCHAR NOT NULL,
    detail    VARCHAR NOT NULL
);
