-- ShopLens result store, schema version 1 (DuckDB). Times are UTC. Every table the jobs write has a primary key
-- that makes a replayed write overwrite the row it wrote before, so a replay never adds to a total.

-- The newest state of each customer's features (one row per customer, replaced as events arrive).
CREATE TABLE customer_features (
    customer_id               VARCHAR PRIMARY KEY,
    as_of                     TIMESTAMP NOT NULL,
    first_seen                TIMESTAMP NOT NULL,
    last_order_at             TIMESTAMP,
    days_since_last_order     DOUBLE,
    orders_7d                 INTEGER NOT NULL,
    orders_30d                INTEGER NOT NULL,
    orders_90d                INTEGER NOT NULL,
    revenue_7d                DOUBLE NOT NULL,
    revenue_30d               DOUBLE NOT NULL,
    revenue_90d               DOUBLE NOT NULL,
    total_orders              INTEGER NOT NULL,
    total_revenue             DOUBLE NOT NULL,
    avg_order_value           DOUBLE,
    views_7d                  INTEGER NOT NULL,
    cart_adds_7d              INTEGER NOT NULL,
    abandoned_carts_30d       INTEGER NOT NULL,
    cart_abandonment_rate_30d DOUBLE,
    sessions_30d              INTEGER NOT NULL,
    tenure_days               DOUBLE NOT NULL,
    mean_days_between_orders  DOUBLE,
    return_rate               DOUBLE,
    distinct_categories       INTEGER NOT NULL,
    written_at                TIMESTAMP NOT NULL
);

-- Each product's day (UTC): demand net of returns, interest, and the last stock level reported.
CREATE TABLE product_daily (
    product_id     VARCHAR NOT NULL,
    day            DATE NOT NULL,
    category       VARCHAR,
    units_sold     INTEGER NOT NULL,
    units_returned INTEGER NOT NULL,
    revenue        DOUBLE NOT NULL,
    views          INTEGER NOT NULL,
    cart_adds      INTEGER NOT NULL,
    stock_on_hand  INTEGER,
    as_of          TIMESTAMP NOT NULL,
    written_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (product_id, day)
);

-- Every accepted purchase and return (kind = 'purchase' | 'return'); amounts and units are positive.
CREATE TABLE orders (
    event_id    VARCHAR PRIMARY KEY,
    order_id    VARCHAR NOT NULL,
    customer_id VARCHAR,
    time        TIMESTAMP NOT NULL,
    kind        VARCHAR NOT NULL,
    units       INTEGER NOT NULL,
    amount      DOUBLE NOT NULL,
    written_at  TIMESTAMP NOT NULL
);

-- Accepted events per event-time minute and type.
CREATE TABLE event_counts (
    minute     TIMESTAMP NOT NULL,
    type       VARCHAR NOT NULL,
    events     BIGINT NOT NULL,
    first_time TIMESTAMP NOT NULL,
    last_time  TIMESTAMP NOT NULL,
    written_at TIMESTAMP NOT NULL,
    PRIMARY KEY (minute, type)
);

-- Rejected input, one row per place it came from (file and line, topic/partition/offset, simulator sequence).
CREATE TABLE rejected_events (
    origin      VARCHAR PRIMARY KEY,
    reason      VARCHAR NOT NULL,
    detail      VARCHAR,
    event_id    VARCHAR,
    payload     VARCHAR,
    rejected_at TIMESTAMP NOT NULL
);

-- How far each source has got: the newest event time it accepted, and when that was recorded (wall clock).
CREATE TABLE ingest_progress (
    source            VARCHAR PRIMARY KEY,
    newest_event_time TIMESTAMP NOT NULL,
    events            BIGINT NOT NULL,
    updated_at        TIMESTAMP NOT NULL
);
