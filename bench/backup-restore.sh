#!/usr/bin/env bash
# The backup and restore check (issue 9; docs/operations.md): a PostgreSQL database migrated by the portal and
# filled with concerns (through the API, encrypted as the portal stores them, and set-based by
# bench/dashboard-seed.sql), pledges, training certificates and briefings is backed up with eng/database.sh, wiped
# (dropped), created empty and restored. Every table must come back with the same rows, compared by count and by a
# digest of its contents; the portal must then start on the restored database and take a new concern.
# Prints the figures and PASS/FAIL lines; exits 1 on a miss. eng/test.sh runs it.
#
#   bash bench/backup-restore.sh                (after the README's test command, which installs PostgreSQL)
#   BUILD=debug bash bench/backup-restore.sh    (runs the Debug build in src/ instead of publishing Release)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${BUILD:-release}
port=5115
work="$root/artifacts/bench/backup"
api_concerns=50

rm -rf "$work" && mkdir -p "$work"
if [ "$build" = release ]; then
  echo "==> Publishing a Release build"
  bash eng/publish.sh "$work/publish"
  portal=("$work/publish/SafeguardingPortal" --contentRoot "$work/publish")
else
  portal=(dotnet "$root/src/SafeguardingPortal/bin/Debug/net10.0/SafeguardingPortal.dll" --contentRoot "$root/src/SafeguardingPortal")
fi

postgres_admin=$(bash eng/postgres.sh 2>/dev/null | tail -n 1)
export PGHOST=127.0.0.1 PGUSER=portal_test PGPASSWORD=portal_test PGDATABASE="nts_backup_$$"
PGPORT=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<< "$postgres_admin")
export PGPORT
as_admin() { su postgres -c "psql -q -p $PGPORT -d postgres -c '$1'" >/dev/null; }
as_admin "CREATE DATABASE $PGDATABASE OWNER portal_test"
connection="Host=$PGHOST;Port=$PGPORT;Database=$PGDATABASE;Username=$PGUSER;Password=$PGPASSWORD"

portal_pid=
start_portal() {
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port/" \
  Database__Provider=Postgres Database__MigrateOnStartup=true ConnectionStrings__Portal="$connection" \
  DataProtection__KeyDirectory="$work/keys" Content__Path="$root/content" Logging__LogLevel__Default=Warning \
    "${portal[@]}" >> "$work/portal.log" 2>&1 &
  portal_pid=$!
  until curl -fso /dev/null "http://127.0.0.1:$port/health/live"; do kill -0 "$portal_pid" || { tail "$work/portal.log" >&2; exit 1; }; sleep 0.1; done
}
stop_portal() { kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; portal_pid=; }
cleanup() { stop_portal; as_admin "DROP DATABASE IF EXISTS $PGDATABASE WITH (FORCE)" 2>/dev/null || true; }
trap cleanup EXIT

echo "==> Filling the database: $api_concerns concerns through the API, then the dashboard benchmark's seed"
start_portal
node bench/soak-client.mjs --urls "http://127.0.0.1:$port" --total "$api_concerns" --concurrency 4 \
  --out "$work/references.txt" --events "$work/events.txt" > /dev/null
stop_portal
departments="{$(awk '/- slug:/ {print $3}' content/reference/departments.yml | paste -sd, -)}"
psql -q -v ON_ERROR_STOP=1 -v concerns=2000 -v pledges=7000 -v briefings=200 -v staff=1200 -v departments="$departments" \
  -v phase_start="$(date -d '-2 months' +%F)" -v phase_end="$(date -d '+1 month' +%F)" -f bench/dashboard-seed.sql > /dev/null

# Each table's row count and a digest of its rows in a fixed order: equal digests mean equal contents.
snapshot() {
  psql -At -c "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1" |
    while read -r table; do
      echo "$table $(psql -At -c "select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '-') from \"$table\" t" | tr '|' ' ')"
    done
}
snapshot > "$work/before.txt"

echo "==> Backing up, wiping (DROP DATABASE) and restoring"
bash eng/database.sh backup "$work/portal.dump"
as_admin "DROP DATABASE $PGDATABASE WITH (FORCE)"
as_admin "CREATE DATABASE $PGDATABASE OWNER portal_test"
[ "$(psql -At -c "select count(*) from information_schema.tables where table_schema = 'public'")" = 0 ] || { echo "the database was not wiped" >&2; exit 1; }
bash eng/database.sh restore "$work/portal.dump"
snapshot > "$work/after.txt"

rows() { awk -v t="$2" '$1 == t { print $2 }' "$1"; }
echo
printf '%-28s %10s %10s\n' table before after
for table in Concerns Pledges Certificate Briefings Users OutboxMessages AuditEvents DataProtectionKeys; do
  printf '%-28s %10s %10s\n' "$table" "$(rows "$work/before.txt" "$table")" "$(rows "$work/after.txt" "$table")"
done
tables=$(wc -l < "$work/before.txt")
differing=$(diff "$work/before.txt" "$work/after.txt" | grep -c '^>' || true)

start_portal
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' \
  -d "$(node -e "const s = JSON.parse(require('fs').readFileSync('tests/Shared/TestData/routing/scenarios.json')).find(s => s.id === 'S02').request; console.log(JSON.stringify({ ...s, description: 'After the restore: the child next door is alone.' }))")" \
  "http://127.0.0.1:$port/api/v1/concerns")
stop_portal

failed=0
check() { if [ "$2" = 1 ]; then echo "PASS $1 ($3)"; else echo "FAIL $1 ($3)"; failed=1; fi; }
check "every concern, pledge and training certificate restored" \
  "$(( $(rows "$work/before.txt" Concerns) >= api_concerns && $(rows "$work/before.txt" Pledges) > 0 && $(rows "$work/before.txt" Certificate) > 0 && differing == 0 ))" \
  "$(rows "$work/after.txt" Concerns) concerns, $(rows "$work/after.txt" Pledges) pledges, $(rows "$work/after.txt" Certificate) certificates"
check "every table identical after the restore (rows and digest)" "$(( tables > 20 && differing == 0 ))" "$((tables - differing)) of $tables tables"
check "the portal starts on the restored database and takes a concern" "$(( status == 201 ))" "HTTP $status"
exit "$failed"
