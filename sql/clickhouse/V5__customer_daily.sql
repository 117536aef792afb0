-- Schema version 5 (ClickHouse): each customer's closed day; the same logical table as
-- sql/duckdb/V5__customer_daily.sql. A replayed day is a second copy until a merge: read it FINAL.

CREATE TABLE IF NOT EXISTS customer_daily (
    customer_id String,
    day         Date,
    views       Int32,
    cart_adds   Int32,
    orders      Int32,
    revenue     Float64,
    returns     Int32,
    as_of       DateTime64(3, 'UTC'),
    written_at  DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY toYYYYMM(day) ORDER BY (customer_id, day);
