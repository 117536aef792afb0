-- Schema version 6 (ClickHouse): each customer's purchases per calendar month, with the month of their first
-- purchase; the same logical table as sql/duckdb/V6__customer_months.sql, kept the same way by the writer (every
-- batch of orders recomputes the months of its customers from orders FINAL). A recomputed row replaces the one
-- before it (the last inserted wins); read it FINAL.

CREATE TABLE IF NOT EXISTS customer_months (
    customer_id String,
    month       Int32,
    cohort      Int32,
    purchases   Int32,
    amount      Float64
) ENGINE = ReplacingMergeTree PARTITION BY intDiv(month, 12) ORDER BY (customer_id, month);

-- A store from an earlier version: its orders so far (applied again after an interrupted migration, the same rows
-- are merged away).
INSERT INTO customer_months
SELECT customer_id, month, min(month) OVER (PARTITION BY customer_id), count(), sum(amount)
FROM (SELECT assumeNotNull(customer_id) AS customer_id,
             toInt32(EXTRACT(YEAR FROM time) * 12 + EXTRACT(MONTH FROM time) - 1) AS month, amount
      FROM orders FINAL WHERE kind = 'purchase' AND customer_id IS NOT NULL) AS p
GROUP BY customer_id, month;
