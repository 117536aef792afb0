-- Schema version 6 (DuckDB): each customer's purchases per calendar month (UTC), with the month of their first
-- purchase, the summary the Cohorts page reads instead of grouping every order twice on every read. Months are
-- counted as year * 12 + month - 1. The writer keeps it: every batch of orders recomputes, from the orders table,
-- every month of the customers in the batch (their first month may move when an earlier order arrives late), so
-- a replayed or late order leaves the same rows as one pass would. Orders have one writer (the sink's parallelism
-- is 1), so no two recomputations of a customer race.
CREATE TABLE customer_months (
    customer_id VARCHAR NOT NULL,
    month       INTEGER NOT NULL,
    cohort      INTEGER NOT NULL,
    purchases   INTEGER NOT NULL,
    amount      DOUBLE NOT NULL,
    PRIMARY KEY (customer_id, month)
);

-- A store from an earlier version: its orders so far.
INSERT INTO customer_months
SELECT customer_id, month, min(month) OVER (PARTITION BY customer_id), count(*), sum(amount)
FROM (SELECT customer_id, EXTRACT(YEAR FROM time) * 12 + EXTRACT(MONTH FROM time) - 1 AS month, amount
      FROM orders WHERE kind = 'purchase' AND customer_id IS NOT NULL) AS p
GROUP BY customer_id, month;
