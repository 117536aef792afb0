-- Schema version 11 (DuckDB): audiences and their membership changes. Times are UTC.

-- Every version of every audience's definition, as managers saved them (a change is a new version; a version with
-- active false ended the audience). The job reads the newest version of each and applies it to every customer.
CREATE TABLE audiences (
    audience_id VARCHAR NOT NULL,
    version     INTEGER NOT NULL,
    name        VARCHAR NOT NULL,
    rule        VARCHAR NOT NULL,
    defined_by  VARCHAR NOT NULL,
    defined_at  TIMESTAMP NOT NULL,
    active      BOOLEAN NOT NULL,
    PRIMARY KEY (audience_id, version)
);

-- Each customer entering or leaving an audience, with the scores that decided it and the event time of the score
-- (seq orders the customer's changes: event time, then their count; the newest change has the largest seq).
CREATE TABLE audience_changes (
    audience_id          VARCHAR NOT NULL,
    audience_version     INTEGER NOT NULL,
    customer_id          VARCHAR NOT NULL,
    seq                  BIGINT NOT NULL,
    change               VARCHAR NOT NULL,
    changed_at           TIMESTAMP NOT NULL,
    churn_risk           DOUBLE,
    purchase_probability DOUBLE,
    expected_revenue_90d DOUBLE,
    segment_name         VARCHAR,
    written_at           TIMESTAMP NOT NULL,
    PRIMARY KEY (audience_id, customer_id, seq)
);
