-- Schema version 7 (DuckDB): the nightly demand refit (module retrain). Times are UTC.

-- Each product's newest verdict: the nightly forest and the streaming forecast measured on the same latest held-out
-- days (WAPE and bias, units sold in them, the streaming method chosen for them, seasonal naive's WAPE), and which of them serves the product
-- (chosen 'nightly' | 'streaming'). origin_day is the last closed day the forest learnt; inventory planning uses the
-- forest's days for a product chosen 'nightly' while they cover its planning horizon.
CREATE TABLE demand_refits (
    product_id       VARCHAR NOT NULL,
    origin_day       DATE NOT NULL,
    chosen           VARCHAR NOT NULL,
    method           VARCHAR NOT NULL,
    streaming_method VARCHAR NOT NULL,
    holdout_days     INTEGER NOT NULL,
    holdout_units    DOUBLE NOT NULL,
    nightly_wape     DOUBLE,
    nightly_bias     DOUBLE,
    streaming_wape   DOUBLE,
    naive_wape       DOUBLE,
    written_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (product_id)
);

-- The days of the forest's newest forecast of each product it serves: expected demand, variance and the band.
CREATE TABLE demand_refit_days (
    product_id VARCHAR NOT NULL,
    days_ahead INTEGER NOT NULL,
    day        DATE NOT NULL,
    mean       DOUBLE NOT NULL,
    variance   DOUBLE NOT NULL,
    p10        DOUBLE NOT NULL,
    p50        DOUBLE NOT NULL,
    p90        DOUBLE NOT NULL,
    written_at TIMESTAMP NOT NULL,
    PRIMARY KEY (product_id, days_ahead)
);
