-- Schema version 10 (ClickHouse): how long rows are kept (the same rules as dev.shoplens.store.retention.Retention,
-- which bin/shoplens compact applies to DuckDB). Counted from when a row was written, not from its event time, so that
-- an imported history lives as long after its import as a live shop's rows after theirs. To keep a table longer or
-- shorter, change its TTL: ALTER TABLE rejected_events MODIFY TTL toDateTime(rejected_at) + INTERVAL 30 DAY.

-- Rejected input: what went wrong, kept for engineers to look into, with the payload (which may be personal data).
ALTER TABLE rejected_events MODIFY TTL toDateTime(rejected_at) + INTERVAL 90 DAY;

-- Per-minute event counts: the Overview's and Operations' recent minutes.
ALTER TABLE event_counts MODIFY TTL toDateTime(written_at) + INTERVAL 35 DAY;

-- Each customer's days: the nightly LSTM reads far fewer of them; a year and a month covers a year's seasons.
ALTER TABLE customer_daily MODIFY TTL toDateTime(written_at) + INTERVAL 400 DAY;

-- Each product's days: the demand forecasts' history, two years and more for the yearly season.
ALTER TABLE product_daily MODIFY TTL toDateTime(written_at) + INTERVAL 800 DAY;

-- Each night's sequence scores: kept until their horizon has passed and they have been measured.
ALTER TABLE sequence_scores MODIFY TTL toDateTime(written_at) + INTERVAL 180 DAY;
