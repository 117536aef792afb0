-- ShopLens result store on a replicated, sharded ClickHouse cluster: the same logical tables, columns, version
-- columns and sort keys as sql/clickhouse (a test keeps them in step). Each table is <name>_local on every node,
-- the replicated form of its single-server engine (ReplicatedReplacingMergeTree; ReplicatedMergeTree for the
-- append-only log), plus a Distributed table with the public name, which the jobs and the dashboard write and
-- read (with FINAL). Rows are sharded by a hash of (the start of) their sort key, so a row written again after a
-- replay lands on the shard that holds its twin and is merged away there, as on a single server.
--
-- Needs the macros {cluster}, {shard} and {replica} in each server's configuration, and ClickHouse Keeper (or
-- ZooKeeper). Apply once, on any node, before the first job starts:
--   clickhouse-client --host NODE --user USER --password --multiquery < infra/clickhouse/cluster.sql
-- For another database name, replace "shoplens" throughout and set store.clickhouse.database to match.
-- Give the ShopLens user distributed_foreground_insert = 1 (a settings profile) so that an insert, and with it a
-- checkpoint, completes only when the shards hold the rows.

CREATE DATABASE IF NOT EXISTS shoplens ON CLUSTER '{cluster}';

-- Which schema versions the store has. The version rows at the end tell ShopLens' own migrator (which creates
-- tables on the one node it talks to) that there is nothing left to apply: on a cluster, every new
-- sql/clickhouse/V*.sql is added here, ON CLUSTER, with its version row.
CREATE TABLE IF NOT EXISTS shoplens.schema_version_local ON CLUSTER '{cluster}' (
    version    UInt32,
    script     String,
    applied_at DateTime
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')
PARTITION BY tuple()
ORDER BY version;

CREATE TABLE IF NOT EXISTS shoplens.schema_version ON CLUSTER '{cluster}' AS shoplens.schema_version_local
ENGINE = Distributed('{cluster}', shoplens, schema_version_local, version);

-- V1__results.sql. Schema version 1: the results of the feature job.

CREATE TABLE IF NOT EXISTS shoplens.customer_features_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', as_of)
PARTITION BY tuple()
ORDER BY customer_id;

CREATE TABLE IF NOT EXISTS shoplens.customer_features ON CLUSTER '{cluster}' AS shoplens.customer_features_local
ENGINE = Distributed('{cluster}', shoplens, customer_features_local, cityHash64(customer_id));

CREATE TABLE IF NOT EXISTS shoplens.product_daily_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', as_of)
PARTITION BY toYYYYMM(day)
ORDER BY (product_id, day);

CREATE TABLE IF NOT EXISTS shoplens.product_daily ON CLUSTER '{cluster}' AS shoplens.product_daily_local
ENGINE = Distributed('{cluster}', shoplens, product_daily_local, cityHash64(product_id));

CREATE TABLE IF NOT EXISTS shoplens.orders_local ON CLUSTER '{cluster}' (
    event_id    String,
    order_id    String,
    customer_id Nullable(String),
    time        DateTime64(3, 'UTC'),
    kind        LowCardinality(String),
    units       Int32,
    amount      Float64,
    written_at  DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY toYYYYMM(time)
ORDER BY event_id;

CREATE TABLE IF NOT EXISTS shoplens.orders ON CLUSTER '{cluster}' AS shoplens.orders_local
ENGINE = Distributed('{cluster}', shoplens, orders_local, cityHash64(event_id));

CREATE TABLE IF NOT EXISTS shoplens.event_counts_local ON CLUSTER '{cluster}' (
    minute     DateTime64(3, 'UTC'),
    type       LowCardinality(String),
    events     Int64,
    first_time DateTime64(3, 'UTC'),
    last_time  DateTime64(3, 'UTC'),
    written_at DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY toYYYYMM(minute)
ORDER BY (minute, type);

CREATE TABLE IF NOT EXISTS shoplens.event_counts ON CLUSTER '{cluster}' AS shoplens.event_counts_local
ENGINE = Distributed('{cluster}', shoplens, event_counts_local, cityHash64(minute, type));

CREATE TABLE IF NOT EXISTS shoplens.rejected_events_local ON CLUSTER '{cluster}' (
    origin      String,
    reason      LowCardinality(String),
    detail      Nullable(String),
    event_id    Nullable(String),
    payload     Nullable(String),
    rejected_at DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', rejected_at)
PARTITION BY tuple()
ORDER BY origin;

CREATE TABLE IF NOT EXISTS shoplens.rejected_events ON CLUSTER '{cluster}' AS shoplens.rejected_events_local
ENGINE = Distributed('{cluster}', shoplens, rejected_events_local, cityHash64(origin));

CREATE TABLE IF NOT EXISTS shoplens.ingest_progress_local ON CLUSTER '{cluster}' (
    source            String,
    newest_event_time DateTime64(3, 'UTC'),
    events            Int64,
    updated_at        DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', updated_at)
PARTITION BY tuple()
ORDER BY source;

CREATE TABLE IF NOT EXISTS shoplens.ingest_progress ON CLUSTER '{cluster}' AS shoplens.ingest_progress_local
ENGINE = Distributed('{cluster}', shoplens, ingest_progress_local, cityHash64(source));

-- V2__models.sql. Schema version 2: the model registry, customer scores and segment moves.

CREATE TABLE IF NOT EXISTS shoplens.model_versions_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY tuple()
ORDER BY (kind, version);

CREATE TABLE IF NOT EXISTS shoplens.model_versions ON CLUSTER '{cluster}' AS shoplens.model_versions_local
ENGINE = Distributed('{cluster}', shoplens, model_versions_local, cityHash64(kind, version));

CREATE TABLE IF NOT EXISTS shoplens.customer_scores_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY tuple()
ORDER BY customer_id;

CREATE TABLE IF NOT EXISTS shoplens.customer_scores ON CLUSTER '{cluster}' AS shoplens.customer_scores_local
ENGINE = Distributed('{cluster}', shoplens, customer_scores_local, cityHash64(customer_id));

CREATE TABLE IF NOT EXISTS shoplens.segment_flows_local ON CLUSTER '{cluster}' (
    day          Date,
    from_segment Int32,
    to_segment   Int32,
    to_name      Nullable(String),
    customers    Int64,
    written_at   DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY toYYYYMM(day)
ORDER BY (day, from_segment, to_segment);

CREATE TABLE IF NOT EXISTS shoplens.segment_flows ON CLUSTER '{cluster}' AS shoplens.segment_flows_local
ENGINE = Distributed('{cluster}', shoplens, segment_flows_local, cityHash64(day, from_segment, to_segment));

-- V3__forecasts.sql. Schema version 3: demand forecasts and inventory settings (the dashboard writes the settings).

CREATE TABLE IF NOT EXISTS shoplens.demand_forecasts_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', as_of)
PARTITION BY tuple()
ORDER BY (level, series_id);

CREATE TABLE IF NOT EXISTS shoplens.demand_forecasts ON CLUSTER '{cluster}' AS shoplens.demand_forecasts_local
ENGINE = Distributed('{cluster}', shoplens, demand_forecasts_local, cityHash64(level, series_id));

CREATE TABLE IF NOT EXISTS shoplens.demand_forecast_days_local ON CLUSTER '{cluster}' (
    level      LowCardinality(String),
    series_id  String,
    days_ahead Int32,
    day        Date,
    mean       Float64,
    variance   Float64,
    p10        Float64,
    p50        Float64,
    p90        Float64
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')
PARTITION BY tuple()
ORDER BY (level, series_id, days_ahead);

CREATE TABLE IF NOT EXISTS shoplens.demand_forecast_days ON CLUSTER '{cluster}' AS shoplens.demand_forecast_days_local
ENGINE = Distributed('{cluster}', shoplens, demand_forecast_days_local, cityHash64(level, series_id));

CREATE TABLE IF NOT EXISTS shoplens.inventory_settings_local ON CLUSTER '{cluster}' (
    scope          LowCardinality(String),
    scope_id       String,
    lead_time_days Int32,
    service_level  Float64,
    changed_by     String,
    changed_at     DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', changed_at)
PARTITION BY tuple()
ORDER BY (scope, scope_id);

CREATE TABLE IF NOT EXISTS shoplens.inventory_settings ON CLUSTER '{cluster}' AS shoplens.inventory_settings_local
ENGINE = Distributed('{cluster}', shoplens, inventory_settings_local, cityHash64(scope, scope_id));

CREATE TABLE IF NOT EXISTS shoplens.inventory_settings_changes_local ON CLUSTER '{cluster}' (
    scope          LowCardinality(String),
    scope_id       String,
    lead_time_days Int32,
    service_level  Float64,
    changed_by     String,
    changed_at     DateTime64(3, 'UTC')
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')
PARTITION BY tuple()
ORDER BY (scope, scope_id, changed_at);

CREATE TABLE IF NOT EXISTS shoplens.inventory_settings_changes ON CLUSTER '{cluster}' AS shoplens.inventory_settings_changes_local
ENGINE = Distributed('{cluster}', shoplens, inventory_settings_changes_local, cityHash64(scope, scope_id));

-- V4__retrain.sql. Schema version 4: the nightly LSTM retrain's runs, scores and champion/challenger measures.

CREATE TABLE IF NOT EXISTS shoplens.retrain_runs_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY tuple()
ORDER BY (kind, started_at);

CREATE TABLE IF NOT EXISTS shoplens.retrain_runs ON CLUSTER '{cluster}' AS shoplens.retrain_runs_local
ENGINE = Distributed('{cluster}', shoplens, retrain_runs_local, cityHash64(kind, started_at));

CREATE TABLE IF NOT EXISTS shoplens.sequence_scores_local ON CLUSTER '{cluster}' (
    day                  Date,
    kind                 LowCardinality(String),
    customer_id          String,
    lstm_probability     Float64,
    lstm_version         Int32,
    logistic_probability Nullable(Float64),
    logistic_version     Nullable(Int32),
    reasons              Nullable(String),
    written_at           DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY toYYYYMM(day)
ORDER BY (day, kind, customer_id);

CREATE TABLE IF NOT EXISTS shoplens.sequence_scores ON CLUSTER '{cluster}' AS shoplens.sequence_scores_local
ENGINE = Distributed('{cluster}', shoplens, sequence_scores_local, cityHash64(customer_id));

CREATE TABLE IF NOT EXISTS shoplens.champion_challenger_local ON CLUSTER '{cluster}' (
    kind             LowCardinality(String),
    day              Date,
    customers        Int64,
    logistic_metrics Nullable(String),
    lstm_metrics     Nullable(String),
    champion         LowCardinality(String),
    reason           String,
    written_at       DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY tuple()
ORDER BY (kind, day);

CREATE TABLE IF NOT EXISTS shoplens.champion_challenger ON CLUSTER '{cluster}' AS shoplens.champion_challenger_local
ENGINE = Distributed('{cluster}', shoplens, champion_challenger_local, cityHash64(kind, day));

-- V5__customer_daily.sql. Schema version 5: each customer's closed day, for the nightly sequence model.

CREATE TABLE IF NOT EXISTS shoplens.customer_daily_local ON CLUSTER '{cluster}' (
    customer_id String,
    day         Date,
    views       Int32,
    cart_adds   Int32,
    orders      Int32,
    revenue     Float64,
    returns     Int32,
    as_of       DateTime64(3, 'UTC'),
    written_at  DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY toYYYYMM(day)
ORDER BY (customer_id, day);

CREATE TABLE IF NOT EXISTS shoplens.customer_daily ON CLUSTER '{cluster}' AS shoplens.customer_daily_local
ENGINE = Distributed('{cluster}', shoplens, customer_daily_local, cityHash64(customer_id));

-- V6__customer_months.sql. Schema version 6: each customer's purchases per month and first month, for the Cohorts
-- page, recomputed by the writer for the customers of every batch of orders (the last inserted row wins). The
-- insert fills it from the orders a cluster already holds (none on a new cluster).

CREATE TABLE IF NOT EXISTS shoplens.customer_months_local ON CLUSTER '{cluster}' (
    customer_id String,
    month       Int32,
    cohort      Int32,
    purchases   Int32,
    amount      Float64
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')
PARTITION BY intDiv(month, 12)
ORDER BY (customer_id, month);

CREATE TABLE IF NOT EXISTS shoplens.customer_months ON CLUSTER '{cluster}' AS shoplens.customer_months_local
ENGINE = Distributed('{cluster}', shoplens, customer_months_local, cityHash64(customer_id));

INSERT INTO shoplens.customer_months SETTINGS distributed_foreground_insert = 1
SELECT customer_id, month, min(month) OVER (PARTITION BY customer_id), count(), sum(amount)
FROM (SELECT assumeNotNull(customer_id) AS customer_id,
             toInt32(EXTRACT(YEAR FROM time) * 12 + EXTRACT(MONTH FROM time) - 1) AS month, amount
      FROM shoplens.orders FINAL WHERE kind = 'purchase' AND customer_id IS NOT NULL) AS p
GROUP BY customer_id, month;

-- V7__demand_refit.sql. Schema version 7: the nightly demand refit's verdict per product and the forest's forecast
-- days, which inventory planning reads for the products the forest serves.

CREATE TABLE IF NOT EXISTS shoplens.demand_refits_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY tuple()
ORDER BY (product_id);

CREATE TABLE IF NOT EXISTS shoplens.demand_refits ON CLUSTER '{cluster}' AS shoplens.demand_refits_local
ENGINE = Distributed('{cluster}', shoplens, demand_refits_local, cityHash64(product_id));

CREATE TABLE IF NOT EXISTS shoplens.demand_refit_days_local ON CLUSTER '{cluster}' (
    product_id String,
    days_ahead Int32,
    day        Date,
    mean       Float64,
    variance   Float64,
    p10        Float64,
    p50        Float64,
    p90        Float64,
    written_at DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY tuple()
ORDER BY (product_id, days_ahead);

CREATE TABLE IF NOT EXISTS shoplens.demand_refit_days ON CLUSTER '{cluster}' AS shoplens.demand_refit_days_local
ENGINE = Distributed('{cluster}', shoplens, demand_refit_days_local, cityHash64(product_id));

-- V8__audit_log.sql. Schema version 8: the audit log of admin actions taken in the dashboard.

CREATE TABLE IF NOT EXISTS shoplens.audit_log_local ON CLUSTER '{cluster}' (
    done_at   DateTime64(3, 'UTC'),
    user_name String,
    action    LowCardinality(String),
    detail    String
) ENGINE = ReplicatedMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}')
PARTITION BY toYYYYMM(done_at)
ORDER BY (done_at, user_name);

CREATE TABLE IF NOT EXISTS shoplens.audit_log ON CLUSTER '{cluster}' AS shoplens.audit_log_local
ENGINE = Distributed('{cluster}', shoplens, audit_log_local, cityHash64(user_name));

-- V9__erasure.sql. Schema version 9: erased customers, as hashes of their ids.

CREATE TABLE IF NOT EXISTS shoplens.erased_customers_local ON CLUSTER '{cluster}' (
    customer_hash String,
    erased_at     DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', erased_at)
PARTITION BY tuple()
ORDER BY customer_hash;

CREATE TABLE IF NOT EXISTS shoplens.erased_customers ON CLUSTER '{cluster}' AS shoplens.erased_customers_local
ENGINE = Distributed('{cluster}', shoplens, erased_customers_local, cityHash64(customer_hash));

-- V10__retention.sql. Schema version 10: how long rows are kept, on every node's local tables.

ALTER TABLE shoplens.rejected_events_local ON CLUSTER '{cluster}' MODIFY TTL toDateTime(rejected_at) + INTERVAL 90 DAY;
ALTER TABLE shoplens.event_counts_local ON CLUSTER '{cluster}' MODIFY TTL toDateTime(written_at) + INTERVAL 35 DAY;
ALTER TABLE shoplens.customer_daily_local ON CLUSTER '{cluster}' MODIFY TTL toDateTime(written_at) + INTERVAL 400 DAY;
ALTER TABLE shoplens.product_daily_local ON CLUSTER '{cluster}' MODIFY TTL toDateTime(written_at) + INTERVAL 800 DAY;
ALTER TABLE shoplens.sequence_scores_local ON CLUSTER '{cluster}' MODIFY TTL toDateTime(written_at) + INTERVAL 180 DAY;

-- V11__audiences.sql. Schema version 11: audiences (every version of each definition) and membership changes.

CREATE TABLE IF NOT EXISTS shoplens.audiences_local ON CLUSTER '{cluster}' (
    audience_id String,
    version     Int32,
    name        String,
    rule        String,
    defined_by  String,
    defined_at  DateTime64(3, 'UTC'),
    active      Bool
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', defined_at)
PARTITION BY tuple()
ORDER BY (audience_id, version);

CREATE TABLE IF NOT EXISTS shoplens.audiences ON CLUSTER '{cluster}' AS shoplens.audiences_local
ENGINE = Distributed('{cluster}', shoplens, audiences_local, cityHash64(audience_id));

CREATE TABLE IF NOT EXISTS shoplens.audience_changes_local ON CLUSTER '{cluster}' (
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
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY toYYYYMM(changed_at)
ORDER BY (audience_id, customer_id, seq);

CREATE TABLE IF NOT EXISTS shoplens.audience_changes ON CLUSTER '{cluster}' AS shoplens.audience_changes_local
ENGINE = Distributed('{cluster}', shoplens, audience_changes_local, cityHash64(customer_id));

-- V12__order_lines.sql. Schema version 12: the lines of every purchase and return, sharded by order.

CREATE TABLE IF NOT EXISTS shoplens.order_lines_local ON CLUSTER '{cluster}' (
    order_id   String,
    event_id   String,
    line       Int32,
    product_id String,
    time       DateTime64(3, 'UTC'),
    kind       LowCardinality(String),
    quantity   Int32,
    amount     Float64,
    written_at DateTime64(3, 'UTC')
) ENGINE = ReplicatedReplacingMergeTree('/clickhouse/tables/{shard}/{database}/{table}', '{replica}', written_at)
PARTITION BY toYYYYMM(time)
ORDER BY (order_id, event_id, line);

CREATE TABLE IF NOT EXISTS shoplens.order_lines ON CLUSTER '{cluster}' AS shoplens.order_lines_local
ENGINE = Distributed('{cluster}', shoplens, order_lines_local, cityHash64(order_id));

-- The versions above, as ShopLens' migrator records them.
INSERT INTO shoplens.schema_version SETTINGS distributed_foreground_insert = 1
VALUES (1, 'V1__results.sql', now()),
       (2, 'V2__models.sql', now()),
       (3, 'V3__forecasts.sql', now()),
       (4, 'V4__retrain.sql', now()),
       (5, 'V5__customer_daily.sql', now()),
       (6, 'V6__customer_months.sql', now()),
       (7, 'V7__demand_refit.sql', now()),
       (8, 'V8__audit_log.sql', now()),
       (9, 'V9__erasure.sql', now()),
       (10, 'V10__retention.sql', now()),
       (11, 'V11__audiences.sql', now()),
       (12, 'V12__order_lines.sql', now());
