-- Schema version 4 (ClickHouse): the nightly LSTM retrain; the same logical tables as sql/duckdb/V4__retrain.sql.

CREATE TABLE IF NOT EXISTS retrain_runs (
    kind                 LowCardinality(String),
    started_at           DateTime64(3, 'UTC'),
    finished_at          DateTime64(3, 'UTC'),
    data_until           Nullable(DateTime64(3, 'UTC')),
    outcome              LowCardinality(String),
    reason               String,
    version              Nullable(Int32),
    epochs               Nullable(Int32),
    best_epoch           Nullable(Int32),
    training_loss        Nullable(Float64),
    validation_log_loss  Nullable(Float64),
    training_sequences   Nullable(Int64),
    sequences_per_second Nullable(Float64),
    duration_seconds     Float64,
    written_at           DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY tuple() ORDER BY (kind, started_at);

CREATE TABLE IF NOT EXISTS sequence_scores (
    day                  Date,
    kind                 LowCardinality(String),
    customer_id          String,
    lstm_probability     Float64,
    lstm_version         Int32,
    logistic_probability Nullable(Float64),
    logistic_version     Nullable(Int32),
    reasons              Nullable(String),
    written_at           DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY toYYYYMM(day) ORDER BY (day, kind, customer_id);

CREATE TABLE IF NOT EXISTS champion_challenger (
    kind             LowCardinality(String),
    day              Date,
    customers        Int64,
    logistic_metrics Nullable(String),
    lstm_metrics     Nullable(String),
    champion         LowCardinality(String),
    reason           String,
    written_at       DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY tuple() ORDER BY (kind, day);
