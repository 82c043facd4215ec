#!/usr/bin/env bash
# The leaders' dashboard at scale (issue 7): 100,000 concerns over 24 months, 50,000 pledges and 20,000 briefings in
# PostgreSQL, seeded set-based by bench/dashboard-seed.sql into the schema the portal migrates. The published Release
# build runs in Production, and a safeguarding lead signs in for real with Entra ID: the tests' loopback OpenID
# provider (tests/Shared/Oidc/provider.mjs) gives the app role SafeguardingLead in the id_token's roles claim. Production
# fetches Entra ID discovery over https only, so bench/oidc-https.mjs serves that provider over TLS with a certificate
# made for the run, which the portal trusts through SSL_CERT_FILE and the client through NODE_EXTRA_CA_CERTS.
#
# bench/dashboard-client.mjs then requests each page after a warm-up, one at a time, and a few at once: /dashboard
# (default range), a campaign phase, a 12-month range, coverage, impact and the phase's CSV. It checks every response
# is a 200 and really is the page. The goal is judged on the sequential p95 (one reader's wait); the concurrent run is
# printed for information. Prints the figures and a PASS/FAIL line per page; exits 1 when a goal is missed.
# The machine's load average is printed before and after: on a shared machine, other work slows every figure.
#
#   bash bench/dashboard.sh          (after the README's test command, which installs PostgreSQL and node_modules)
#   REQUESTS=100 WARMUP=10 CONCURRENT_REQUESTS=40 CONCURRENCY=4 PHASE=notice-the-signs-2026 bash bench/dashboard.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
requests=${REQUESTS:-100}
warmup=${WARMUP:-10}
concurrent_requests=${CONCURRENT_REQUESTS:-40}
concurrency=${CONCURRENCY:-4}
phase=${PHASE:-notice-the-signs-2026}
port=5095
work="$root/artifacts/bench/dashboard"

# Goal (issue 7): every dashboard page renders in < 500 ms p95 at this scale.
max_p95=500
concerns=100000
pledges=50000
briefings=20000
staff=6000

phase_start=$(awk -v id="$phase" '$0 ~ "- id: " id "$" {f=1} f && /start:/ {print $2; exit}' content/phases.yml)
phase_end=$(awk -v id="$phase" '$0 ~ "- id: " id "$" {f=1} f && /end:/ {print $2; exit}' content/phases.yml)
[ -n "$phase_start" ] && [ -n "$phase_end" ] || { echo "No phase $phase in content/phases.yml" >&2; exit 1; }
departments="{$(awk '/- slug:/ {print $3}' content/reference/departments.yml | paste -sd, -)}"
today=$(TZ=Europe/London date +%F)
year_from=$(date -d "$today -12 months +1 day" +%F)

rm -rf "$work" && mkdir -p "$work"
echo "==> Publishing a Release build"
bash eng/publish.sh "$work/publish"

postgres_admin=$(bash eng/postgres.sh 2>/dev/null | tail -n 1)
postgres_db="nts_dashboard_$$"
su postgres -c "psql -q -c 'CREATE DATABASE $postgres_db OWNER portal_test'" >/dev/null
postgres_connection="${postgres_admin/Database=postgres/Database=$postgres_db}"
postgres_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<< "$postgres_admin")
psql_bench() { PGPASSWORD=portal_test psql -h 127.0.0.1 -p "$postgres_port" -U portal_test -d "$postgres_db" -v ON_ERROR_STOP=1 "$@"; }

provider_pid=
portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && { kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; }
  [ -n "$provider_pid" ] && { kill "$provider_pid" 2>/dev/null || true; wait "$provider_pid" 2>/dev/null || true; }
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $postgres_db WITH (FORCE)'" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "==> Starting the OpenID provider (Entra ID shaped, over TLS) and the portal in Production on PostgreSQL"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$work/provider-key.pem" -out "$work/provider-cert.pem" 2>/dev/null
cat > "$work/provider.json" <<JSON
{ "tenantId": "bench-tenant", "clientId": "portal-bench", "clientSecret": "bench-secret",
  "redirectUris": ["http://127.0.0.1:$port/signin-entra"],
  "accounts": [{ "accountId": "lead", "oid": "6b5e0c2a-4d1f-4c3e-9a7b-2f1d8e9c0b1a", "name": "Bench Lead",
                 "email": "lead@bench.invalid", "roles": ["SafeguardingLead"] }] }
JSON
OIDC_TLS_KEY="$work/provider-key.pem" OIDC_TLS_CERT="$work/provider-cert.pem" \
  node --import ./bench/oidc-https.mjs tests/Shared/Oidc/provider.mjs "$work/provider.json" > "$work/provider.out" 2> "$work/provider.log" &
provider_pid=$!
until [ -s "$work/provider.out" ]; do kill -0 "$provider_pid" || { cat "$work/provider.log" >&2; exit 1; }; sleep 0.1; done
provider_port=$(node -e "console.log(JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8').split('\n')[0]).port)" "$work/provider.out")

start_portal() {
  SSL_CERT_FILE="$work/provider-cert.pem" \
  Authentication__EntraId__Instance="https://127.0.0.1:$provider_port/" Authentication__EntraId__TenantId=bench-tenant \
  Authentication__EntraId__ClientId=portal-bench Authentication__EntraId__ClientSecret=bench-secret \
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port/" \
  Database__Provider=Postgres Database__MigrateOnStartup=true ConnectionStrings__Portal="$postgres_connection" \
  DataProtection__KeyDirectory="$work/keys" Content__Path="$root/content" Logging__LogLevel__Default=Warning \
    "$work/publish/SafeguardingPortal" --contentRoot "$work/publish" >> "$work/portal.log" 2>&1 &
  portal_pid=$!
  until curl -fso /dev/null "http://127.0.0.1:$port/health/live"; do kill -0 "$portal_pid" || { tail "$work/portal.log" >&2; exit 1; }; sleep 0.1; done
}
stop_portal() { kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; portal_pid=; }

# The first start migrates the new database; the data goes in while the portal is stopped.
start_portal
stop_portal

echo "==> Seeding $concerns concerns, $pledges pledges, $briefings briefings, $staff staff (phase $phase: $phase_start to $phase_end)"
seeding_started=$(date +%s.%N)
psql_bench -q -v concerns="$concerns" -v pledges="$pledges" -v briefings="$briefings" -v staff="$staff" \
  -v departments="$departments" -v phase_start="$phase_start" -v phase_end="$phase_end" -f bench/dashboard-seed.sql 2>&1 | tee "$work/seed.txt"
echo "Seeded in $(awk -v s="$seeding_started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"

# At start-up the portal's background jobs (refresher reminders, champion nudges and milestones) catch up with the
# seeded history, writing to the outbox; measure once they are done, as on a portal that has been running.
echo "==> Restarting the portal; waiting for its background jobs to catch up with the seeded data"
start_portal
last=-1 steady=0
for _ in $(seq 1 180); do
  now=$(psql_bench -Atc 'SELECT count(*) FROM "OutboxMessages"')
  if [ "$now" = "$last" ]; then steady=$((steady + 1)); else steady=0; fi
  [ "$steady" -ge 5 ] && break
  last=$now
  sleep 1
done
echo "Outbox after catching up: $now messages"

echo "==> Signing in as the safeguarding lead; each page: $warmup to warm up, $requests one at a time, $concurrent_requests at $concurrency at once"
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
result=$(NODE_EXTRA_CA_CERTS="$work/provider-cert.pem" node bench/dashboard-client.mjs --url "http://127.0.0.1:$port" --login lead \
  --phase "$phase" --from "$year_from" --to "$today" --requests "$requests" --warmup "$warmup" \
  --concurrent-requests "$concurrent_requests" --concurrency "$concurrency")
echo "Load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$result" > "$work/results.json"

failed=0
printf '%-20s %-52s %28s %28s\n' page path "one at a time p50/p95/max" "$concurrency at once p50/p95/max"
while IFS=$'\t' read -r name path p50 p95 max cp50 cp95 cmax; do
  printf '%-20s %-52s %28s %28s\n' "$name" "$path" "$p50 / $p95 / $max ms" "$cp50 / $cp95 / $cmax ms"
done < <(node -e 'for (const r of JSON.parse(process.argv[1])) console.log([r.page, r.path, r.sequential.p50, r.sequential.p95, r.sequential.max, r.concurrent.p50, r.concurrent.p95, r.concurrent.max].join("\t"))' "$result")
while IFS=$'\t' read -r name p95; do
  if awk -v p="$p95" -v m="$max_p95" 'BEGIN { exit !(p < m) }'; then echo "PASS $name p95 < $max_p95 ms ($p95 ms)"; else echo "FAIL $name p95 < $max_p95 ms ($p95 ms)"; failed=1; fi
done < <(node -e 'for (const r of JSON.parse(process.argv[1])) console.log([r.page, r.sequential.p95].join("\t"))' "$result")
exit "$failed"
