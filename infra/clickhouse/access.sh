#!/bin/bash
# ClickHouse users for ShopLens, with the least rights each needs. The clickhouse image runs this once, on the first
# start with an empty data volume (docker-entrypoint-initdb.d), as the admin user it was given; the passwords come
# from the compose secrets mounted in /run/secrets. On a cluster, run the same statements (ON CLUSTER) as an admin.
#
#   shoplens_job        the feature job and the nightly retrain: creates and migrates the schema, writes results
#   shoplens_dashboard  the dashboard: reads everything, writes only the reorder settings merchandisers edit, the
#                       audit log of admin actions, and an admin's erasure of a customer
set -euo pipefail

database="${CLICKHOUSE_DB:-shoplens}"
# A secret file's content, less its line break at the end (as ShopLens reads a SHOPLENS_*_FILE); never empty.
secret() {
  local value
  value="$(cat "$1")"
  value="${value%$'\r'}"
  if [ -z "$value" ]; then
    echo "access.sh: $1 is empty or missing; see infra/secrets/README.md" >&2
    exit 1
  fi
  printf '%s' "$value"
}

# Only SHA-256 hashes of the passwords reach SQL: hex digits, which need no quoting, whatever the password holds.
job_password="$(secret /run/secrets/clickhouse_job_password)"
dashboard_password="$(secret /run/secrets/clickhouse_dashboard_password)"
job_hash="$(printf '%s' "$job_password" | sha256sum | cut -d' ' -f1)"
dashboard_hash="$(printf '%s' "$dashboard_password" | sha256sum | cut -d' ' -f1)"

clickhouse client --user "$CLICKHOUSE_USER" --password "$CLICKHOUSE_PASSWORD" --multiquery <<SQL
CREATE USER IF NOT EXISTS shoplens_job IDENTIFIED WITH sha256_hash BY '${job_hash}' DEFAULT DATABASE ${database};
GRANT CREATE DATABASE, CREATE TABLE, ALTER TABLE, SELECT, INSERT ON ${database}.* TO shoplens_job;

CREATE USER IF NOT EXISTS shoplens_dashboard IDENTIFIED WITH sha256_hash BY '${dashboard_hash}'
  DEFAULT DATABASE ${database};
GRANT SELECT ON ${database}.* TO shoplens_dashboard;
GRANT INSERT ON ${database}.inventory_settings TO shoplens_dashboard;
GRANT INSERT ON ${database}.inventory_settings_changes TO shoplens_dashboard;
GRANT INSERT ON ${database}.audit_log TO shoplens_dashboard;
-- Managers define audiences on the dashboard (each change a new version).
GRANT INSERT ON ${database}.audiences TO shoplens_dashboard;
-- An admin's erasure of a customer (its rows deleted, its orders anonymised, its hash listed).
GRANT ALTER DELETE ON ${database}.customer_features TO shoplens_dashboard;
GRANT ALTER DELETE ON ${database}.customer_scores TO shoplens_dashboard;
GRANT ALTER DELETE ON ${database}.sequence_scores TO shoplens_dashboard;
GRANT ALTER DELETE ON ${database}.customer_daily TO shoplens_dashboard;
GRANT ALTER DELETE ON ${database}.customer_months TO shoplens_dashboard;
GRANT ALTER DELETE ON ${database}.audience_changes TO shoplens_dashboard;
GRANT ALTER DELETE ON ${database}.rejected_events TO shoplens_dashboard;
GRANT ALTER UPDATE ON ${database}.orders TO shoplens_dashboard;
GRANT INSERT ON ${database}.erased_customers TO shoplens_dashboard;
SQL
