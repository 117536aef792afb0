-- Schema version 4 (DuckDB): the nightly LSTM retrain (module retrain). Times are UTC. Its model versions live in
-- model_versions next to the streaming models', under the kinds 'purchase_lstm' and 'churn_lstm'.

-- Every retrain of one kind: when it ran (wall clock), the data it saw, how training went and what came of it
-- (outcome 'promoted' | 'kept' | 'failed'; reason says why, e.g. the error of a failed run).
CREATE TABLE retrain_runs (
    kind                 VARCHAR NOT NULL,
    started_at           TIMESTAMP NOT NULL,
    finished_at          TIMESTAMP NOT NULL,
    data_until           TIMESTAMP,
    outcome              VARCHAR NOT NULL,
    reason               VARCHAR NOT NULL,
    version              INTEGER,
    epochs               INTEGER,
    best_epoch           INTEGER,
    training_loss        DOUBLE,
    validation_log_loss  DOUBLE,
    training_sequences   BIGINT,
    sequences_per_second DOUBLE,
    duration_seconds     DOUBLE NOT NULL,
    written_at           TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, started_at)
);

-- Each night's scores per customer and kind ('purchase' | 'churn'), cut at day (the scores read only the days before
-- it): the serving LSTM's with its reasons in words, next to the streaming logistic model's score of the same night.
-- Kept per day, so that once the horizon has passed both are measured on the same outcomes.
CREATE TABLE sequence_scores (
    day                  DATE NOT NULL,
    kind                 VARCHAR NOT NULL,
    customer_id          VARCHAR NOT NULL,
    lstm_probability     DOUBLE NOT NULL,
    lstm_version         INTEGER NOT NULL,
    logistic_probability DOUBLE,
    logistic_version     INTEGER,
    reasons              VARCHAR,
    written_at           TIMESTAMP NOT NULL,
    PRIMARY KEY (day, kind, customer_id)
);

-- Champion and challenger: the night's scores whose horizon has passed, measured on the same customers and outcomes
-- (metrics as JSON: AUC, log loss, Brier, calibration), and which model serves the kind from then on
-- (champion 'logistic' | 'lstm').
CREATE TABLE champion_challenger (
    kind             VARCHAR NOT NULL,
    day              DATE NOT NULL,
    customers        BIGINT NOT NULL,
    logistic_metrics VARCHAR,
    lstm_metrics     VARCHAR,
    champion         VARCHAR NOT NULL,
    reason           VARCHAR NOT NULL,
    written_at       TIMESTAMP NOT NULL,
    PRIMARY KEY (kind, day)
);
