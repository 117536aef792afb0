-- Schema version 5 (DuckDB): each customer's day (UTC), written by the feature job once the day is closed (its end
-- plus the allowed lateness has passed), for the nightly sequence model's daily views and cart adds. Keyed by
-- customer and day, so a replayed day overwrites the row it wrote before.
CREATE TABLE customer_daily (
    customer_id VARCHAR NOT NULL,
    day         DATE NOT NULL,
    views       INTEGER NOT NULL,
    cart_adds   INTEGER NOT NULL,
    orders      INTEGER NOT NULL,
    revenue     DOUBLE NOT NULL,
    returns     INTEGER NOT NULL,
    as_of       TIMESTAMP NOT NULL,
    written_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (customer_id, day)
);
