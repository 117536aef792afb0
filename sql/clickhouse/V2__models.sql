-- Schema version 2 (ClickHouse): the model registry, customer scores and segment moves; the same logical tables as
-- sql/duckdb/V2__models.sql. Serialized models are kept base64-encoded in a String column.

CREATE TABLE IF NOT EXISTS model_versions (
    kind            LowCardinality(String),
    version         Int32,
    parent          Nullable(Int32),
    trained_at      DateTime64(3, 'UTC'),
    trained_at_wall DateTime64(3, 'UTC'),
    training_rows   Int64,
    full_retrain    Bool,
    metrics         Nullable(String),
    provenance      String,
    model           String,
    promoted        Bool,
    serving         Bool,
    written_at      DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY tuple() ORDER BY (kind, version);

CREATE TABLE IF NOT EXISTS customer_scores (
    customer_id            String,
    as_of                  DateTime64(3, 'UTC'),
    churn_probability      Nullable(Float64),
    churn_version          Nullable(Int32),
    purchase_probability   Nullable(Float64),
    purchase_version       Nullable(Int32),
    expected_orders_90d    Nullable(Float64),
    expected_revenue_90d   Nullable(Float64),
    expected_next_order_at Nullable(DateTime64(3, 'UTC')),
    value_version          Nullable(Int32),
    segment_id             Nullable(Int32),
    segment_name           Nullable(String),
    segment_version        Nullable(Int32),
    churn_reasons          Nullable(String),
    purchase_reasons       Nullable(String),
    changes                Nullable(String),
    written_at             DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY tuple() ORDER BY customer_id;

CREATE TABLE IF NOT EXISTS segment_flows (
    day          Date,
    from_segment Int32,
    to_segment   Int32,
    to_name      Nullable(String),
    customers    Int64,
    written_at   DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY toYYYYMM(day) ORDER BY (day, from_segment, to_segment);
