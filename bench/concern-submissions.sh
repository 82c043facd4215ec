#!/usr/bin/env bash
# Durable concern submissions through POST /api/v1/concerns at 32 concurrent clients, on SQLite and on
# PostgreSQL (rate limits raised by configuration): submissions/s and p50/p99, measured after a warm-up (the
# first seconds of a new process run while .NET's tiered JIT recompiles hot code, which a running service has
# long finished; those cold figures are printed too). Then the crash test: the portal
# is killed with SIGKILL mid-run and restarted, and every reference that got a 201 must be in the database.
# Prints the figures and PASS/FAIL lines; exits 1 when a goal is missed.
#
#   bash bench/concern-submissions.sh          (after the README's test command, which installs PostgreSQL)
#   SECONDS_PER_RUN=30 WARMUP_SECONDS=10 CONCURRENCY=32 bash bench/concern-submissions.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${SECONDS_PER_RUN:-30}
warmup=${WARMUP_SECONDS:-10}
concurrency=${CONCURRENCY:-32}
port=5092
work="$root/artifacts/bench/concerns"

# Goals (issue: report a concern): >= 500 durable submissions/s on SQLite with p99 < 100 ms; the recount exact.
min_sqlite_rate=500
max_sqlite_p99=100

rm -rf "$work" && mkdir -p "$work"
echo "==> Publishing a Release build"
bash eng/publish.sh "$work/publish"

postgres_admin=$(bash eng/postgres.sh | tail -n 1)
postgres_db="nts_bench_$$"
su postgres -c "psql -q -c 'CREATE DATABASE $postgres_db OWNER portal_test'" >/dev/null
postgres_connection="${postgres_admin/Database=postgres/Database=$postgres_db}"

portal_pid=
start_portal() { # provider connection-string
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port/" \
  Database__Provider="$1" Database__MigrateOnStartup=true ConnectionStrings__Portal="$2" \
  DataProtection__KeyDirectory="$work/keys" Content__Path="$root/content" RateLimits__ApiPermitLimit=100000000 \
  Logging__LogLevel__Default=Warning \
    "$work/publish/SafeguardingPortal" --contentRoot "$work/publish" >> "$work/portal.log" 2>&1 &
  portal_pid=$!
  until curl -fso /dev/null "http://127.0.0.1:$port/health/live"; do sleep 0.05; done
}
stop_portal() { kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; }
cleanup() { stop_portal; su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $postgres_db WITH (FORCE)'" >/dev/null 2>&1 || true; }
trap cleanup EXIT

count_sqlite() { python3 -c "import sqlite3,sys; refs=set(open(sys.argv[2]).read().split()); db=sqlite3.connect(sys.argv[1]); have={r[0] for r in db.execute('select Reference from Concerns')}; print(len(refs), len(refs & have))" "$1" "$2"; }
count_postgres() { PGPASSWORD=portal_test psql -h 127.0.0.1 -U portal_test -d "$postgres_db" -Atc 'select "Reference" from "Concerns"' | sort > "$work/stored.txt"; sort -u "$1" > "$work/sent.txt"; echo "$(wc -l < "$work/sent.txt") $(comm -12 "$work/sent.txt" "$work/stored.txt" | wc -l)"; }

failed=0
check() { if [ "$2" = 1 ]; then echo "PASS $1 ($3)"; else echo "FAIL $1 ($3)"; failed=1; fi; }

for provider in Sqlite Postgres; do
  if [ "$provider" = Sqlite ]; then connection="Data Source=$work/portal.db"; else connection="$postgres_connection"; fi
  echo "==> $provider: $concurrency clients for ${warmup}s to warm up, then ${seconds}s measured"
  start_portal "$provider" "$connection"
  cold=$(node bench/concern-client.mjs --url "http://127.0.0.1:$port" --seconds "$warmup" --concurrency "$concurrency")
  result=$(node bench/concern-client.mjs --url "http://127.0.0.1:$port" --seconds "$seconds" --concurrency "$concurrency")
  stop_portal
  echo "$provider first ${warmup}s (cold): $cold"
  echo "$provider throughput: $result"
  if [ "$provider" = Sqlite ]; then
    rate=$(node -e "console.log(JSON.parse(process.argv[1]).perSecond)" "$result")
    p99=$(node -e "console.log(JSON.parse(process.argv[1]).p99)" "$result")
    check "SQLite >= $min_sqlite_rate submissions/s" "$(awk -v r="$rate" -v m="$min_sqlite_rate" 'BEGIN { print (r >= m) }')" "$rate/s"
    check "SQLite p99 < $max_sqlite_p99 ms" "$(awk -v p="$p99" -v m="$max_sqlite_p99" 'BEGIN { print (p < m) }')" "$p99 ms"
  fi

  echo "==> $provider: SIGKILL mid-run, restart, recount"
  references="$work/accepted-$provider.txt"
  : > "$references"
  start_portal "$provider" "$connection"
  node bench/concern-client.mjs --url "http://127.0.0.1:$port" --seconds 20 --concurrency "$concurrency" --out "$references" > "$work/crash-$provider.json" &
  client=$!
  sleep 8
  kill -9 "$portal_pid"
  wait "$portal_pid" 2>/dev/null || true
  start_portal "$provider" "$connection"
  wait "$client"
  stop_portal
  if [ "$provider" = Sqlite ]; then read -r sent stored < <(count_sqlite "$work/portal.db" "$references"); else read -r sent stored < <(count_postgres "$references"); fi
  echo "$provider crash run: $(cat "$work/crash-$provider.json")"
  check "$provider: every 201 is in the database after SIGKILL" "$(( sent > 0 && sent == stored ))" "$stored of $sent"
done
exit "$failed"
