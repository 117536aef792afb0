-- Which migrations the store has had; created before the first migration runs.
CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    script     VARCHAR NOT NULL,
    applied_at TIMESTAMP NOT NULL
);
