-- ShopLens result store, schema version 1 (ClickHouse, single server). The same logical tables as
-- sql/duckdb/V1__results.sql. Every table is a ReplacingMergeTree ordered by the row's key: a row written again
-- after a replay is merged away, and readers use FINAL, so a replay never adds to a total. Times are UTC.
-- For a replicated cluster see infra/clickhouse/cluster.sql.

CREATE TABLE IF NOT EXISTS customer_features (
    customer_id               String,
    as_of                     DateTime64(3, 'UTC'),
    first_seen                DateTime64(3, 'UTC'),
    last_order_at             Nullable(DateTime64(3, 'UTC')),
    days_since_last_order     Nullable(Float64),
    orders_7d                 Int32,
    orders_30d                Int32,
    orders_90d                Int32,
    revenue_7d                Float64,
    revenue_30d               Float64,
    revenue_90d               Float64,
    total_orders              Int32,
    total_revenue             Float64,
    avg_order_value           Nullable(Float64),
    views_7d                  Int32,
    cart_adds_7d              Int32,
    abandoned_carts_30d       Int32,
    cart_abandonment_rate_30d Nullable(Float64),
    sessions_30d              Int32,
    tenure_days               Float64,
    mean_days_between_orders  Nullable(Float64),
    return_rate               Nullable(Float64),
    distinct_categories       Int32,
    written_at                DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(as_of) PARTITION BY tuple() ORDER BY customer_id;

CREATE TABLE IF NOT EXISTS product_daily (
    product_id     String,
    day            Date,
    category       Nullable(String),
    units_sold     Int32,
    units_returned Int32,
    revenue        Float64,
    views          Int32,
    cart_adds      Int32,
    stock_on_hand  Nullable(Int32),
    as_of          DateTime64(3, 'UTC'),
    written_at     DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(as_of) PARTITION BY toYYYYMM(day) ORDER BY (product_id, day);

CREATE TABLE IF NOT EXISTS orders (
    event_id    String,
    order_id    String,
    customer_id Nullable(String),
    time        DateTime64(3, 'UTC'),
    kind        LowCardinality(String),
    units       Int32,
    amount      Float64,
    written_at  DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY toYYYYMM(time) ORDER BY event_id;

CREATE TABLE IF NOT EXISTS event_counts (
    minute     DateTime64(3, 'UTC'),
    type       LowCardinality(String),
    events     Int64,
    first_time DateTime64(3, 'UTC'),
    last_time  DateTime64(3, 'UTC'),
    written_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(written_at) PARTITION BY toYYYYMM(minute) ORDER BY (minute, type);

CREATE TABLE IF NOT EXISTS rejected_events (
    origin      String,
    reason      LowCardinality(String),
    detail      Nullable(String),
    event_id    Nullable(String),
    payload     Nullable(String),
    rejected_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(rejected_at) PARTITION BY tuple() ORDER BY origin;

CREATE TABLE IF NOT EXISTS ingest_progress (
    source            String,
    newest_event_time DateTime64(3, 'UTC'),
    events            Int64,
    updated_at        DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(updated_at) PARTITION BY tuple() ORDER BY source;
