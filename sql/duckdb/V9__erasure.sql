-- Schema version 9 (DuckDB): erased customers. Times are UTC.

-- Who was erased, as a SHA-256 hash of the customer id, never the id itself: the job checks every event against it,
-- so that a replay or a later import does not bring an erased customer back.
CREATE TABLE erased_customers (
    customer_hash VARCHAR PRIMARY KEY,
    erased_at     TIMESTAMP NOT NULL
);
