-- Schema version 11 (ClickHouse): audiences and their membership changes; the same logical tables as
-- sql/duckdb/V11__audiences.sql.

-- Every version of every audience's definition (a change is a new version; active false ended the audience).
CREATE TABLE IF NOT EXISTS audiences (
    audience_id String,
    version     Int32,
    name        String,
    rule        String,
    defined_by  String,
    defined_at  DateTime64(3, 'UTC'),
    active      Bool
) ENGINE = ReplacingMergeTree(defined_at) PARTITION BY tuple() ORDER BY (audience_id, version);

-- Each customer entering or leaving an audience, with the scores that decided it (seq orders the customer's changes:
-- event time, then their count; a replayed change meets its twin).
CREATE TABLE IF NOT EXISTS audience_changes (
    audience_id          String,
    audience_version     Int32,
    customer_id          String,
    seq                  Int64,
    change               LowCardinality(String),
    changed_at           DateTime64(3, 'UTC'),
    churn_risk           Nullable(Float64),
    purchase_probability Nullable(Float64),
    expected_revenue_90d Nullable(Float64),
    segment_name         Nullable(String),
    written_at           DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY toYYYYMM(changed_at) ORDER BY (audience_id, customer_id, seq);
