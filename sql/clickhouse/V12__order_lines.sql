-- Schema version 12 (ClickHouse): the lines of every accepted purchase and return; the same logical table as
-- sql/duckdb/V12__order_lines.sql. Sorted (and on a cluster sharded) by order, so that the lines of an order, which
-- "bought together" joins, sit side by side.
CREATE TABLE IF NOT EXISTS order_lines (
    order_id   String,
    event_id   String,
    line       Int32,
    product_id String,
    time       DateTime64(3, 'UTC'),
    kind       LowCardinality(String),
    quantity   Int32,
    amount     Float64,
    written_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY toYYYYMM(time) ORDER BY (order_id, event_id, line);
