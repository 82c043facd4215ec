#!/usr/bin/env bash
# Fuzz (issue 9, security.md item 22): REQUESTS (10,000) random and malicious bodies across every form and API
# endpoint of the portal, which must answer none of them 5xx and echo none of them unescaped.
#
# The published Release build runs on its own PostgreSQL database in Development, for Development's /account/demo:
# one button per role signs a demo account in, so the fuzz posts every staff, lead and admin form as a user who may
# use it (and as users who may not), with no identity provider. Development shows the developer exception page on an
# unhandled exception; that is still a 500 and fails the run. Rate limits are raised by configuration so the fuzz
# reaches the handlers instead of 429s. SendGrid's event webhook gets a verification key made for the run, so the
# client signs part of its bodies and they reach the parser. The Umbraco webhook is mapped only when Umbraco is the
# content source (Content:Source=Umbraco), which this run does not set up: its path is still posted to and counted.
#
# bench/fuzz-client.mjs finds the endpoints in the code (every OnPost handler of the pages under
# src/SafeguardingPortal/Features, from their @page routes, plus every MapPost) and their real forms by crawling as
# each role; then sends XSS payloads (<script>, "><img onerror>, javascript: URLs, attribute breakers), oversized
# fields (1 MB strings, 10,000 repeated fields, 10,000-element JSON arrays), bad Unicode (lone surrogates, NUL, RTL
# overrides, invalid UTF-8), wrong JSON types, malformed JSON, wrong content types and missing, garbage or another
# session's antiforgery tokens, through the report-a-concern journey (state kept per reporter), the concern API, the
# pledge, briefing sign-in, the webhooks and every signed-in form. Each payload carries a marker fz<n>x; every response
# (and every page each role sees afterwards) is searched for a payload unescaped. It prints a table of statuses per
# endpoint. Afterwards the portal's log is searched for unhandled exceptions.
#
# Prints the figures and PASS/FAIL lines; exits 1 when a goal is missed.
#
#   bash bench/fuzz.sh          (after the README's test command, which installs PostgreSQL and node_modules)
#   REQUESTS=2000 CONCURRENCY=4 SEED=7 bash bench/fuzz.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
requests=${REQUESTS:-10000}
concurrency=${CONCURRENCY:-4}
seed=${SEED:-20261206}
port=5094
work="$root/artifacts/bench/fuzz"

# Goals (security.md item 22): no 5xx, no unescaped echo, no unhandled exception in the log; every endpoint the code
# declares was posted to; no request failed at the network level other than an oversized body the portal refused
# before reading it all.
max_5xx=0
max_echoes=0
max_unhandled=0
max_network_errors=0

rm -rf "$work" && mkdir -p "$work"
echo "==> Publishing a Release build"
bash eng/publish.sh "$work/publish"

postgres_admin=$(bash eng/postgres.sh 2>/dev/null | tail -n 1)
postgres_db="nts_fuzz_$$"
su postgres -c "psql -q -c 'CREATE DATABASE $postgres_db OWNER portal_test'" >/dev/null
postgres_connection="${postgres_admin/Database=postgres/Database=$postgres_db}"

# A P-256 key for SendGrid's signed event webhook: the portal gets the public half, the client signs with the private.
sendgrid_public=$(node -e "
const { generateKeyPairSync } = require('node:crypto'); const fs = require('node:fs');
const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
fs.writeFileSync(process.argv[1], privateKey.export({ type: 'pkcs8', format: 'pem' }));
console.log(publicKey.export({ type: 'spki', format: 'der' }).toString('base64'))" "$work/sendgrid-key.pem")

portal_pid=
cleanup() {
  [ -n "$portal_pid" ] && { kill "$portal_pid" 2>/dev/null || true; wait "$portal_pid" 2>/dev/null || true; }
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $postgres_db WITH (FORCE)'" >/dev/null 2>&1 || true
}
trap cleanup EXIT

echo "==> Starting the portal (Development, PostgreSQL) on port $port"
ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" PublicBaseUrl="http://127.0.0.1:$port/" \
Database__Provider=Postgres Database__MigrateOnStartup=true ConnectionStrings__Portal="$postgres_connection" \
DataProtection__KeyDirectory="$work/keys" Content__Path="$root/content" Content__ReloadOnChange=false \
RateLimits__ApiPermitLimit=100000000 RateLimits__FormPermitLimit=100000000 \
Email__SendGrid__WebhookVerificationKey="$sendgrid_public" \
Logging__LogLevel__Default=Warning \
  "$work/publish/SafeguardingPortal" --contentRoot "$work/publish" > "$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 120); do curl -fso /dev/null "http://127.0.0.1:$port/health/live" && break; sleep 0.5; done
curl -fso /dev/null "http://127.0.0.1:$port/health/live" || { echo "The portal did not start:" >&2; tail -n 30 "$work/portal.log" >&2; exit 1; }

echo "==> $requests fuzzed requests at $concurrency concurrent clients (seed $seed)"
node bench/fuzz-client.mjs --url "http://127.0.0.1:$port" --requests "$requests" --concurrency "$concurrency" --seed "$seed" \
  --sendgrid-key "$work/sendgrid-key.pem" --out "$work/results.json" | tee "$work/client.txt"
kill "$portal_pid" 2>/dev/null || true
wait "$portal_pid" 2>/dev/null || true
portal_pid=

figure() { node -e "const r = JSON.parse(require('fs').readFileSync(process.argv[1], 'utf8')); console.log($1)" "$work/results.json"; }
sent=$(figure 'r.attempted')
fives=$(figure 'r.failures5xx')
echoes=$(figure 'r.echoes')
network=$(figure 'r.networkErrors')
unreached=$(figure "Object.entries(r.byEndpoint).filter(([k, v]) => !k.startsWith('unmatched') && v.total === 0).map(([k]) => k).join(', ') || 'none'")
unhandled=$(grep -c '^fail: Microsoft\.AspNetCore' "$work/portal.log" || true)
echo "==> Unhandled exceptions in the portal's log: $unhandled"
grep -A3 '^fail: Microsoft\.AspNetCore' "$work/portal.log" | grep -vE '^(fail:|--)|An unhandled exception' | sort | uniq -c | sort -rn | head -n 20 || true

failed=0
check() { if [ "$2" = 1 ]; then echo "PASS $1 ($3)"; else echo "FAIL $1 ($3)"; failed=1; fi; }
check "$requests fuzzed requests sent" "$(( sent >= requests ))" "$sent"
check "every endpoint in the code was posted to" "$([ "$unreached" = none ] && echo 1 || echo 0)" "not reached: $unreached"
check "5xx responses <= $max_5xx" "$(( fives <= max_5xx ))" "$fives"
check "unescaped echoes <= $max_echoes" "$(( echoes <= max_echoes ))" "$echoes"
check "unhandled exceptions in the log <= $max_unhandled" "$(( unhandled <= max_unhandled ))" "$unhandled"
check "network errors <= $max_network_errors (oversized bodies cut short excepted)" "$(( network <= max_network_errors ))" "$network"
exit "$failed"
