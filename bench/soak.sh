#!/usr/bin/env bash
# Soak with faults (issue 9; security.md §21). SUBMISSIONS concern submissions from CONCURRENCY clients through
# POST /api/v1/concerns, taking two portal instances on one PostgreSQL database in turn, while
#   - the SendGrid-compatible loopback server fails half the mail sends at random (429 and 503),
#   - the PostgreSQL server is restarted once, a third of the way in, and
#   - one portal instance is killed with SIGKILL two thirds of the way in, and restarted.
# Then it waits for the outbox to drain and checks: every submission answered 201 is in the database; every outbox
# row ends Sent (a Failed row fails the run) and was accepted by SendGrid; no 5xx outside the database restart
# window; refused requests were never acknowledged. Prints the figures and PASS/FAIL lines; exits 1 on a miss.
# PostgreSQL is a throwaway server of this script's own, so restarting it disturbs nothing else on the machine.
#
#   bash bench/soak.sh                              (10,000 submissions at 32 clients; after the README's test command)
#   SUBMISSIONS=1000 RATE=150 bash bench/soak.sh    (the reduced soak eng/test.sh runs, spread over ~7 s)
#   BUILD=debug bash bench/soak.sh                  (runs the Debug build in src/ instead of publishing Release)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
submissions=${SUBMISSIONS:-10000}
concurrency=${CONCURRENCY:-32}
rate=${RATE:-0}
build=${BUILD:-release}
drain_seconds=${DRAIN_SECONDS:-600}
work="$root/artifacts/bench/soak"
ports=(5111 5112)
sendgrid_port=5113
pg_port=5114

# Goals (security.md §21): nothing acknowledged is lost, nothing ends Failed, no 5xx outside the restart window
# (allowed: this many seconds after the database is back, for connections that died with it to be noticed).
restart_grace_ms=5000

rm -rf "$work" && mkdir -p "$work"
as_postgres() { su postgres -s /bin/bash -c "$*"; }
psql_soak() { PGPASSWORD=x psql -h 127.0.0.1 -p "$pg_port" -U postgres -d portal -Atc "$1"; }

if [ "$build" = release ]; then
  echo "==> Publishing a Release build"
  bash eng/publish.sh "$work/publish"
  portal=("$work/publish/SafeguardingPortal" --contentRoot "$work/publish")
else
  portal=(dotnet "$root/src/SafeguardingPortal/bin/Debug/net10.0/SafeguardingPortal.dll" --contentRoot "$root/src/SafeguardingPortal")
fi

echo "==> A PostgreSQL server of the soak's own on port $pg_port"
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/nts-soak-pg.XXXXXX)
chown postgres "$pgdata"
as_postgres "$pg_bin/initdb -D $pgdata/data -U postgres -A trust" >/dev/null
pg_ctl() { as_postgres "$pg_bin/pg_ctl -D $pgdata/data -l $pgdata/server.log -w -o '-p $pg_port -k $pgdata -c listen_addresses=127.0.0.1 -c max_connections=300' $*" >/dev/null; }
pg_ctl start
psql_soak_admin() { PGPASSWORD=x psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qc "$1"; }
psql_soak_admin "CREATE DATABASE portal"
connection="Host=127.0.0.1;Port=$pg_port;Database=portal;Username=postgres;Password=x"

echo "==> The SendGrid-compatible server on port $sendgrid_port, failing half the mail sends"
FAKE_SENDGRID_CONFIG="{\"schemaPath\":\"$root/../shared/contracts/sendgrid/mail-send-request.schema.json\",\"port\":$sendgrid_port}" \
  node tests/Shared/SendGrid/fake-sendgrid.mjs > /dev/null 2> "$work/sendgrid.log" &
sendgrid_pid=$!
until curl -fso /dev/null "http://127.0.0.1:$sendgrid_port/control/requests"; do sleep 0.05; done
curl -fs -X POST -H 'content-type: application/json' -d '{"rate":0.5,"statuses":[429,503],"resetSeconds":0}' \
  "http://127.0.0.1:$sendgrid_port/control/faults"

declare -A pids
start_instance() { # index
  local port=${ports[$1]}
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port/" \
  Database__Provider=Postgres Database__MigrateOnStartup=true ConnectionStrings__Portal="$connection" \
  DataProtection__KeyDirectory="$work/keys" Content__Path="$root/content" RateLimits__ApiPermitLimit=100000000 \
  Email__SendGrid__ApiKey=SG.soak Email__SendGrid__BaseUrl="http://127.0.0.1:$sendgrid_port" Email__SendGrid__QuickRetryDelay=00:00:00.050 \
  Outbox__PollInterval=00:00:01 Outbox__FirstRetryDelay=00:00:01 Outbox__Lease=00:00:30 Outbox__SendConcurrency=16 \
  Logging__LogLevel__Default=Warning \
    "${portal[@]}" >> "$work/portal-$1.log" 2>&1 &
  pids[$1]=$!
  until curl -fso /dev/null "http://127.0.0.1:$port/health/live"; do sleep 0.05; done
}
cleanup() {
  for pid in "${pids[@]}" "${sendgrid_pid:-}" "${client_pid:-}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pg_ctl -m immediate stop 2>/dev/null || true
  rm -rf "$pgdata"
}
trap cleanup EXIT

echo "==> Two portal instances on ports ${ports[*]}"
start_instance 0   # first alone: it migrates the database
start_instance 1

now_ms() { date +%s%3N; }
accepted_so_far() { wc -l < "$work/accepted.txt"; }
: > "$work/accepted.txt"
echo "==> $submissions submissions at $concurrency clients"
node bench/soak-client.mjs --urls "http://127.0.0.1:${ports[0]},http://127.0.0.1:${ports[1]}" --total "$submissions" \
  --concurrency "$concurrency" --rate "$rate" --out "$work/accepted.txt" --events "$work/events.txt" > "$work/client.json" &
client_pid=$!

until [ "$(accepted_so_far)" -ge $((submissions / 3)) ] || ! kill -0 "$client_pid" 2>/dev/null; do sleep 0.05; done
echo "    PostgreSQL restarted after $(accepted_so_far) acknowledged"
restart_from=$(now_ms)
pg_ctl -m fast restart
restart_to=$(($(now_ms) + restart_grace_ms))

until [ "$(accepted_so_far)" -ge $((submissions * 2 / 3)) ] || ! kill -0 "$client_pid" 2>/dev/null; do sleep 0.05; done
echo "    instance 0 killed (SIGKILL) after $(accepted_so_far) acknowledged"
kill -9 "${pids[0]}"
wait "${pids[0]}" 2>/dev/null || true
start_instance 0

wait "$client_pid"
client_pid=
echo "    client: $(cat "$work/client.json")"

echo "==> Waiting for the outbox to drain (at most ${drain_seconds}s)"
drain_from=$(date +%s)
while [ "$(psql_soak "select count(*) from \"OutboxMessages\" where \"Status\" = 'Pending'")" -gt 0 ] \
  && [ $(($(date +%s) - drain_from)) -lt "$drain_seconds" ]; do sleep 1; done
drained_in=$(($(date +%s) - drain_from))

# The figures.
read -r submitted accepted < <(node -e 'const r = JSON.parse(process.argv[1]); console.log(r.submitted, r.accepted)' "$(cat "$work/client.json")")
psql_soak 'select "Reference" from "Concerns"' | sort > "$work/stored.txt"
sort -u "$work/accepted.txt" > "$work/accepted-sorted.txt"
stored_of_accepted=$(comm -12 "$work/accepted-sorted.txt" "$work/stored.txt" | wc -l)
stored=$(wc -l < "$work/stored.txt")
read -r rows sent failed pending < <(psql_soak "select count(*), count(*) filter (where \"Status\" = 'Sent'), count(*) filter (where \"Status\" = 'Failed'), count(*) filter (where \"Status\" = 'Pending') from \"OutboxMessages\"" | tr '|' ' ')
curl -fs "http://127.0.0.1:$sendgrid_port/control/requests" > "$work/sendgrid-requests.json"
psql_soak "select \"Id\" from \"OutboxMessages\" where \"Status\" = 'Sent'" > "$work/sent-ids.txt"
read -r mail_sends refused_sends accepted_ids duplicate_ids sent_unaccepted < <(node -e '
  const fs = require("fs");
  const requests = JSON.parse(fs.readFileSync(process.argv[1]));
  const sentIds = fs.readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
  const accepted = new Map();
  for (const r of requests) if (r.status === 202) accepted.set(r.notificationId, (accepted.get(r.notificationId) ?? 0) + 1);
  const duplicates = [...accepted.values()].filter(n => n > 1).length;
  console.log(requests.length, requests.filter(r => r.status !== 202).length, accepted.size, duplicates, sentIds.filter(id => !accepted.has(id)).length);
' "$work/sendgrid-requests.json" "$work/sent-ids.txt")
read -r server_errors outside_window internal_errors < <(awk -v from="$restart_from" -v to="$restart_to" \
  '$2 ~ /^5/ { all++; if ($1 < from || $1 > to) outside++ } $2 == 500 { internal++ } END { print all + 0, outside + 0, internal + 0 }' "$work/events.txt")
refused=$((submitted - accepted))

echo
echo "submitted $submitted, accepted (201) $accepted, refused or failed $refused, 5xx $server_errors ($outside_window outside the restart window, $internal_errors of them 500)"
echo "answers: $(node -e 'console.log(JSON.stringify(JSON.parse(process.argv[1]).statuses))' "$(cat "$work/client.json")")"
echo "stored: $stored_of_accepted of $accepted acknowledged references, $stored concerns in all ($((stored - stored_of_accepted)) saved whose answer was lost to a fault)"
echo "outbox: $rows rows, $sent Sent, $failed Failed, $pending Pending, drained ${drained_in}s after the last submission"
echo "SendGrid: $mail_sends mail sends, $refused_sends failed by the fault injection, $accepted_ids notifications accepted, $duplicate_ids accepted twice (a send in flight when its instance was killed)"
echo "lost: $((accepted - stored_of_accepted))"

failed_goals=0
check() { if [ "$2" = 1 ]; then echo "PASS $1 ($3)"; else echo "FAIL $1 ($3)"; failed_goals=1; fi; }
check "every 201 is in the database" "$(( accepted > 0 && stored_of_accepted == accepted ))" "$stored_of_accepted of $accepted"
check "every outbox row Sent, none Failed" "$(( rows > 0 && sent == rows && failed == 0 ))" "$sent of $rows, $failed Failed"
check "every Sent row was accepted by SendGrid" "$(( sent_unaccepted == 0 ))" "$sent_unaccepted not accepted"
check "SendGrid failed about half the sends" "$(( refused_sends * 3 > mail_sends && refused_sends * 3 < mail_sends * 2 ))" "$refused_sends of $mail_sends"
check "no 5xx outside the database restart window" "$(( outside_window == 0 ))" "$outside_window"
check "the database restart was answered 503 (try again), never 500" "$(( internal_errors == 0 ))" "$internal_errors 500s"
check "each acknowledged reference is a different concern" "$(( $(wc -l < "$work/accepted-sorted.txt") == accepted ))" "$(wc -l < "$work/accepted-sorted.txt") distinct"
exit "$failed_goals"
