-- Schema version 3 (ClickHouse): demand forecasts and inventory settings; the same logical tables as
-- sql/duckdb/V3__forecasts.sql.

CREATE TABLE IF NOT EXISTS demand_forecasts (
    level         LowCardinality(String),
    series_id     String,
    category      Nullable(String),
    origin_day    Date,
    method        LowCardinality(String),
    wape          Nullable(Float64),
    bias          Nullable(Float64),
    naive_wape    Nullable(Float64),
    measured_days Int32,
    as_of         DateTime64(3, 'UTC'),
    written_at    DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(as_of) PARTITION BY tuple() ORDER BY (level, series_id);

CREATE TABLE IF NOT EXISTS demand_forecast_days (
    level      LowCardinality(String),
    series_id  String,
    days_ahead Int32,
    day        Date,
    mean       Float64,
    variance   Float64,
    p10        Float64,
    p50        Float64,
    p90        Float64
) ENGINE = ReplacingMergeTree PARTITION BY tuple() ORDER BY (level, series_id, days_ahead);

CREATE TABLE IF NOT EXISTS inventory_settings (
    scope          LowCardinality(String),
    scope_id       String,
    lead_time_days Int32,
    service_level  Float64,
    changed_by     String,
    changed_at     DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(changed_at) PARTITION BY tuple() ORDER BY (scope, scope_id);

CREATE TABLE IF NOT EXISTS inventory_settings_changes (
    scope          LowCardinality(String),
    scope_id       String,
    lead_time_days Int32,
    service_level  Float64,
    changed_by     String,
    changed_at     DateTime64(3, 'UTC')
) ENGINE = MergeTree PARTITION BY tuple() ORDER BY (scope, scope_id, changed_at);
