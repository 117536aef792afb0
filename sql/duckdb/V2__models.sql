-- Schema version 2 (DuckDB): the customer models' registry, scores and segment flows. Times are UTC.

-- Every version of every customer model, promoted or not (kind = 'churn' | 'purchase' | 'value' | 'segments').
-- parent: the version it was warm-started from (null: fitted from scratch). trained_at is the event time of the
-- newest label it learned from, trained_at_wall the wall clock. metrics: JSON measured on labels the version had
-- not seen (AUC, log loss, Brier, calibration by decile; MAE for value; sizes for segments), null until tested.
-- provenance: Tribuo's provenance as JSON. model: the serialized model (scaling, Tribuo protobuf, names).
CREATE TABLE model_versions (
    kind            VARCHAR NOT NULL,
    version         INTEGER NOT NULL,
    parent          INTEGER,
    trained_at      TIMESTAMP NOT NULL,
    trained_at_wall TIMESTAMP NOT NULL,
    training_rows   BIGINT NOT NULL,
    full_retrain    BOOLEAN NOT NULL,
    metrics         VARCHAR,
    provenance      VARCHAR NOT NULL,
    model           BLOB NOT NULL,
    promoted        BOOLEAN NOT NULL,
    serving         BOOLEAN NOT NULL,
    written_at      TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, version)
);

-- Each customer's newest scores, each with the version that made it, as of an event time. Reasons are the
-- largest contributions without words, fact code, figure and contribution ("days_since_last_order=64:+0.93"),
-- separated by ';'; the dashboard phrases them in its reader's language. Rows written before hold English
-- ("no order for 64 days: +0.9; ..."), which the same reader still reads.
CREATE TABLE customer_scores (
    customer_id            VARCHAR PRIMARY KEY,
    as_of                  TIMESTAMP NOT NULL,
    churn_probability      DOUBLE,
    churn_version          INTEGER,
    purchase_probability   DOUBLE,
    purchase_version       INTEGER,
    expected_orders_90d    DOUBLE,
    expected_revenue_90d   DOUBLE,
    expected_next_order_at TIMESTAMP,
    value_version          INTEGER,
    segment_id             INTEGER,
    segment_name           VARCHAR,
    segment_version        INTEGER,
    churn_reasons          VARCHAR,
    purchase_reasons       VARCHAR,
    changes                VARCHAR,
    written_at             TIMESTAMP NOT NULL
);

-- Customers by segment at the end of the day before and at the end of the day (event time, UTC). from = to: the
-- customers who stayed; the sizes of a day are the sums by to_segment; from_segment -1: newly segmented.
CREATE TABLE segment_flows (
    day          DATE NOT NULL,
    from_segment INTEGER NOT NULL,
    to_segment   INTEGER NOT NULL,
    to_name      VARCHAR,
    customers    BIGINT NOT NULL,
    written_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (day, from_segment, to_segment)
);
