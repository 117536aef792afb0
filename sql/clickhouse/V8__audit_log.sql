-- Schema version 8 (ClickHouse): the audit log; the same logical table as sql/duckdb/V8__audit_log.sql.
-- Every admin action taken in the dashboard: who, when, what and on what. Rows are only ever added.

CREATE TABLE IF NOT EXISTS audit_log (
    done_at   DateTime64(3, 'UTC'),
    user_name String,
    action    LowCardinality(String),
    detail    String
) ENGINE = MergeTree PARTITION BY toYYYYMM(done_at) ORDER BY (done_at, user_name);
