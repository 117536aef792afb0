-- Which migrations the store has had; created before the first migration runs.
CREATE TABLE IF NOT EXISTS schema_version (
    version    UInt32,
    script     String,
    applied_at DateTime
) ENGINE = ReplacingMergeTree ORDER BY version;
