-- Schema version 7 (ClickHouse): the nightly demand refit; the same logical tables as
-- sql/duckdb/V7__demand_refit.sql. A night's rows replace the last night's (newest written_at): read them FINAL.

CREATE TABLE IF NOT EXISTS demand_refits (
    product_id       String,
    origin_day       Date,
    chosen           LowCardinality(String),
    method           LowCardinality(String),
    streaming_method LowCardinality(String),
    holdout_days     Int32,
    holdout_units    Float64,
    nightly_wape     Nullable(Float64),
    nightly_bias     Nullable(Float64),
    streaming_wape   Nullable(Float64),
    naive_wape       Nullable(Float64),
    written_at       DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY tuple() ORDER BY (product_id);

CREATE TABLE IF NOT EXISTS demand_refit_days (
    product_id String,
    days_ahead Int32,
    day        Date,
    mean       Float64,
    variance   Float64,
    p10        Float64,
    p50        Float64,
    p90        Float64,
    written_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY tuple() ORDER BY (product_id, days_ahead);
