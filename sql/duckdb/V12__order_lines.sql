-- Schema version 12 (DuckDB): the lines of every accepted purchase and return, for what is bought together. Times
-- are UTC. No customer here: the order's row in orders names them (and an erasure anonymises it there).
CREATE TABLE order_lines (
    event_id   VARCHAR NOT NULL,
    order_id   VARCHAR NOT NULL,
    line       INTEGER NOT NULL,
    product_id VARCHAR NOT NULL,
    time       TIMESTAMP NOT NULL,
    kind       VARCHAR NOT NULL,
    quantity   INTEGER NOT NULL,
    amount     DOUBLE NOT NULL,
    written_at TIMESTAMP NOT NULL,
    PRIMARY KEY (event_id, line)
);
