-- Schema version 3 (DuckDB): demand forecasts and inventory planning. Times are UTC.

-- The newest forecast of each series (a product, a category's total, the shop's total), replaced as days close:
-- the method chosen by measured error, and its accuracy on the days measured (forecasts 1 to 7 days ahead,
-- recent days weighing more): WAPE, bias (positive: too high) and seasonal naive's WAPE over the same days.
CREATE TABLE demand_forecasts (
    level         VARCHAR NOT NULL,
    series_id     VARCHAR NOT NULL,
    category      VARCHAR,
    origin_day    DATE NOT NULL,
    method        VARCHAR NOT NULL,
    wape          DOUBLE,
    bias          DOUBLE,
    naive_wape    DOUBLE,
    measured_days INTEGER NOT NULL,
    as_of         TIMESTAMP NOT NULL,
    written_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (level, series_id)
);

-- The days of each series' newest forecast: expected demand (units net of returns), its variance and the band.
CREATE TABLE demand_forecast_days (
    level      VARCHAR NOT NULL,
    series_id  VARCHAR NOT NULL,
    days_ahead INTEGER NOT NULL,
    day        DATE NOT NULL,
    mean       DOUBLE NOT NULL,
    variance   DOUBLE NOT NULL,
    p10        DOUBLE NOT NULL,
    p50        DOUBLE NOT NULL,
    p90        DOUBLE NOT NULL,
    PRIMARY KEY (level, series_id, days_ahead)
);

-- Lead time and target service level per product ('product') or per category ('category', the default of its
-- products), as merchandisers set them; a product with neither uses the shop's default.
CREATE TABLE inventory_settings (
    scope          VARCHAR NOT NULL,
    scope_id       VARCHAR NOT NULL,
    lead_time_days INTEGER NOT NULL,
    service_level  DOUBLE NOT NULL,
    changed_by     VARCHAR NOT NULL,
    changed_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (scope, scope_id)
);

-- Every change of those settings, oldest first: who set what, when.
CREATE TABLE inventory_settings_changes (
    scope          VARCHAR NOT NULL,
    scope_id       VARCHAR NOT NULL,
    lead_time_days INTEGER NOT NULL,
    service_level  DOUBLE NOT NULL,
    changed_by     VARCHAR NOT NULL,
    changed_at     TIMESTAMP NOT NULL
);
