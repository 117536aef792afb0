-- Schema version 9 (ClickHouse): erased customers; the same logical table as sql/duckdb/V9__erasure.sql.
-- Who was erased, as a SHA-256 hash of the customer id, never the id itself: the job checks every event against it.

CREATE TABLE IF NOT EXISTS erased_customers (
    customer_hash String,
    erased_at     DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(erased_at) PARTITION BY tuple() ORDER BY customer_hash;
