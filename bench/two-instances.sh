#!/usr/bin/env bash
# Two portal instances behind nginx, sharing one PostgreSQL database (issue 9, "two instances"). The published Release
# build runs twice in Production — A on 5097, B on 5098 — each with its own (empty) key folder, so the Data Protection
# keys they share can only come from the database (encrypted with a key-encryption certificate made for the run).
# nginx on 5099 is the one origin the client talks to: it sends a request to A or B when the X-Bench-Instance header
# says so, round-robin otherwise, and names the instance that answered in X-Upstream, so every check below knows
# which instance served what. bench/two-instances-client.mjs is the browser (plain Node 20, its own cookie jar).
#
#   1. Sign-in on one, use on the other: a safeguarding lead signs in on A with Entra ID (the tests' loopback OpenID
#      provider over TLS, as bench/dashboard.sh does); /dashboard and /account on B must be 200 and the page, not a
#      redirect to sign-in. Signing out on B then ends the session on A too.
#   2. Journey state survives switching instance: the public report-a-concern journey, each step's POST on the other
#      instance from the one whose GET minted its antiforgery token, then submitted; the reference on the confirmation
#      page must be in the database exactly once.
#   3. The outbox sends each row once: concerns submitted through nginx (round-robin) to POST /api/v1/concerns; both
#      instances' outbox dispatchers send to the fake SendGrid (tests/Shared/SendGrid/fake-sendgrid.mjs), each with its
#      own API key so the sends can be told apart. Once no row is Pending: every row is Sent, each row's
#      notification id got exactly one 202 and no other answer, and the 202s number the rows.
#   4. The same with a slow SendGrid (the fake's /control/delay), so slow that the rows one dispatcher takes in one
#      pass take longer to send than a lease lasts: the other instance may take some of them, but no row goes twice.
#      (Before the fix this step found, a pass claimed its whole batch at once and the other instance sent its tail
#      again once those leases ran out: 3 rows of 601 sent twice.)
#
# Prints the figures and PASS/FAIL lines; exits 1 when a check fails.
#
#   bash bench/two-instances.sh          (after the README's test command, which installs PostgreSQL and node_modules)
#   SUBMISSIONS=500 CONCURRENCY=16 bash bench/two-instances.sh
#   REUSE_PUBLISH=1 bash bench/two-instances.sh      (skips the publish when artifacts/bench/two/publish is there)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
submissions=${SUBMISSIONS:-200}
concurrency=${CONCURRENCY:-8}
port_a=5097
port_b=5098
port_nginx=5099
port_sendgrid=5100
work="$root/artifacts/bench/two"
schema="$root/../shared/contracts/sendgrid/mail-send-request.schema.json"

# Thresholds: every check is exact — one instance's session, token or draft refused by the other is a failure, and so
# is one outbox row sent twice or not at all. The outbox must drain within this many seconds of the last submission.
drain_timeout=180
# The outbox's lease, scaled down: in production a claimed row is the claimer's for 5 minutes and one send takes at
# most SendGrid's 30-s timeout, a tenth of it. Here the lease is 5 s and the slow fake SendGrid of step 4 takes 250 ms
# a send (a twentieth), so a 50-row batch (12.5 s of sends) outlasts its lease, as it would with a SendGrid slowed
# to 10 s a send in production.
lease=5
batch=50
slow_send_ms=250
slow_submissions=${SLOW_SUBMISSIONS:-100}

[ -f "$schema" ] || { echo "The SendGrid contract is missing: $schema (the shared folder beside the repository)" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
for tool in nginx curl openssl; do
  command -v "$tool" >/dev/null || { as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool"; }
done

if [ "${REUSE_PUBLISH:-}" = 1 ] && [ -x "$work/publish/SafeguardingPortal" ]; then
  find "$work" -mindepth 1 -maxdepth 1 ! -name publish -exec rm -rf {} +
else
  rm -rf "$work" && mkdir -p "$work"
  echo "==> Publishing a Release build"
  bash eng/publish.sh "$work/publish"
fi
mkdir -p "$work/nginx" "$work/keys-a" "$work/keys-b"

postgres_admin=$(bash eng/postgres.sh 2>/dev/null | tail -n 1)
postgres_db="nts_two_$$"
su postgres -c "psql -q -c 'CREATE DATABASE $postgres_db OWNER portal_test'" >/dev/null
postgres_connection="${postgres_admin/Database=postgres/Database=$postgres_db}"
postgres_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<< "$postgres_admin")
psql_bench() { PGPASSWORD=portal_test psql -h 127.0.0.1 -p "$postgres_port" -U portal_test -d "$postgres_db" -v ON_ERROR_STOP=1 "$@"; }

provider_pid= sendgrid_pid= pid_a= pid_b=
stop() { [ -n "$1" ] && { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }; }
cleanup() {
  stop "$pid_a"; stop "$pid_b"; stop "$provider_pid"; stop "$sendgrid_pid"
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $postgres_db WITH (FORCE)'" >/dev/null 2>&1 || true
}
trap cleanup EXIT

failed=0
check() { if [ "$2" = 1 ]; then echo "PASS $1 ($3)"; else echo "FAIL $1 ($3)"; failed=1; fi; }
json() { node -e "const v = JSON.parse(require('fs').readFileSync(0, 'utf8')); console.log((${1})(v))"; }

echo "==> The OpenID provider (Entra ID shaped, over TLS), the fake SendGrid and the key-encryption certificate"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 \
  -keyout "$work/provider-key.pem" -out "$work/provider-cert.pem" 2>/dev/null
openssl req -x509 -newkey rsa:3072 -nodes -days 2 -subj "/CN=Two-instance bench key encryption" \
  -keyout "$work/kek-key.pem" -out "$work/kek-cert.pem" 2>/dev/null
openssl pkcs12 -export -inkey "$work/kek-key.pem" -in "$work/kek-cert.pem" -out "$work/key-encryption.pfx" -passout pass:bench-kek
cat > "$work/provider.json" <<JSON
{ "tenantId": "bench-tenant", "clientId": "portal-bench", "clientSecret": "bench-secret",
  "redirectUris": ["http://127.0.0.1:$port_nginx/signin-entra"],
  "accounts": [{ "accountId": "lead", "oid": "6b5e0c2a-4d1f-4c3e-9a7b-2f1d8e9c0b1a", "name": "Bench Lead",
                 "email": "lead@bench.invalid", "roles": ["SafeguardingLead"] }] }
JSON
OIDC_TLS_KEY="$work/provider-key.pem" OIDC_TLS_CERT="$work/provider-cert.pem" \
  node --import ./bench/oidc-https.mjs tests/Shared/Oidc/provider.mjs "$work/provider.json" > "$work/provider.out" 2> "$work/provider.log" &
provider_pid=$!
until [ -s "$work/provider.out" ]; do kill -0 "$provider_pid" || { cat "$work/provider.log" >&2; exit 1; }; sleep 0.1; done
provider_port=$(head -n 1 "$work/provider.out" | json 'v => v.port')

FAKE_SENDGRID_CONFIG="{\"schemaPath\":\"$schema\",\"port\":$port_sendgrid}" \
  node tests/Shared/SendGrid/fake-sendgrid.mjs > "$work/sendgrid.out" 2> "$work/sendgrid.log" &
sendgrid_pid=$!
until [ -s "$work/sendgrid.out" ]; do kill -0 "$sendgrid_pid" || { cat "$work/sendgrid.log" >&2; exit 1; }; sleep 0.1; done

start_instance() { # name port -> sets pid_<name>
  SSL_CERT_FILE="$work/provider-cert.pem" \
  Authentication__EntraId__Instance="https://127.0.0.1:$provider_port/" Authentication__EntraId__TenantId=bench-tenant \
  Authentication__EntraId__ClientId=portal-bench Authentication__EntraId__ClientSecret=bench-secret \
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$2" PublicBaseUrl="http://127.0.0.1:$port_nginx/" \
  Database__Provider=Postgres Database__MigrateOnStartup=true ConnectionStrings__Portal="$postgres_connection" \
  DataProtection__KeyDirectory="$work/keys-$1" \
  DataProtection__Certificate__Path="$work/key-encryption.pfx" DataProtection__Certificate__Password=bench-kek \
  Email__From=noticethesigns@bench.invalid Email__SendGrid__ApiKey="bench-key-$1" \
  Email__SendGrid__BaseUrl="http://127.0.0.1:$port_sendgrid" Outbox__PollInterval=00:00:01 Outbox__Lease="00:00:$(printf %02d "$lease")" Outbox__BatchSize="$batch" \
  RateLimits__ApiPermitLimit=100000000 ReportJourney__MinimumJourneyTime=00:00:00 \
  Content__Path="$root/content" Logging__LogLevel__Default=Warning \
    "$work/publish/SafeguardingPortal" --contentRoot "$work/publish" >> "$work/portal-$1.log" 2>&1 &
  printf -v "pid_$1" '%s' "$!"
}
wait_instance() { # name port pid
  until curl -fso /dev/null "http://127.0.0.1:$2/health/live"; do kill -0 "$3" || { tail "$work/portal-$1.log" >&2; exit 1; }; sleep 0.1; done
}

# As a deployment does, both start at once on the empty database: both migrate it, and neither has a key yet. Their
# first pages are then asked for at once too, so each may make the key ring's first key (Data Protection makes one
# on first use when it finds none); tokens from either must still work on the other.
echo "==> Instances A on $port_a and B on $port_b start together on the empty database; nginx on $port_nginx"
start_instance a "$port_a"
start_instance b "$port_b"
wait_instance a "$port_a" "$pid_a"
wait_instance b "$port_b" "$pid_b"
curl -fso /dev/null "http://127.0.0.1:$port_a/report/immediate-danger" & first_a=$!
curl -fso /dev/null "http://127.0.0.1:$port_b/report/immediate-danger" & first_b=$!
wait "$first_a" "$first_b"
echo "Migrations applied: $(psql_bench -Atc 'SELECT count(*) FROM "__EFMigrationsHistory"'); Data Protection keys after both first pages: $(psql_bench -Atc 'SELECT count(*) FROM "DataProtectionKeys"')"
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  upstream portal_a { server 127.0.0.1:$port_a; }
  upstream portal_b { server 127.0.0.1:$port_b; }
  upstream portal_both { server 127.0.0.1:$port_a; server 127.0.0.1:$port_b; }
  map \$http_x_bench_instance \$portal { a portal_a; b portal_b; default portal_both; }
  server {
    listen 127.0.0.1:$port_nginx;
    location / {
      proxy_pass http://\$portal;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_set_header X-Bench-Instance "";
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
nginx -c "$work/nginx/nginx.conf"
until curl -fso /dev/null "http://127.0.0.1:$port_nginx/health/live"; do sleep 0.05; done

client() { NODE_EXTRA_CA_CERTS="$work/provider-cert.pem" node bench/two-instances-client.mjs "$@" --url "http://127.0.0.1:$port_nginx" --a "127.0.0.1:$port_a" --b "127.0.0.1:$port_b"; }

echo "==> 1. Sign in on A, use on B"
if client signin --login lead > "$work/signin.json" 2> "$work/signin.err"; then
  json 'v => `sign-in served by: ${v.signInServedBy.join(", ")}\n` + v.pages.map(p => `  ${p.path} on ${p.on}: ${p.status}${p.location ? " -> " + p.location : ""}${p.isThePage ? " (the page)" : ""}`).join("\n") + (v.afterSignOut ? `\n  signed out on b; old cookie replayed on a, /account: ${v.afterSignOut.status}${v.afterSignOut.location ? " -> " + v.afterSignOut.location : ""}` : "")' < "$work/signin.json"
  check "sign-in served by A alone" "$(json 'v => Number(v.signInServedBy.join() === "a")' < "$work/signin.json")" "$(json 'v => v.signInServedBy.join(", ")' < "$work/signin.json")"
  check "B serves the signed-in /dashboard and /account (200, the page)" \
    "$(json 'v => Number(v.pages.filter(p => p.on === "b").length === 2 && v.pages.every(p => p.isThePage))' < "$work/signin.json")" \
    "$(json 'v => v.pages.map(p => `${p.path}@${p.on}=${p.status}`).join(" ")' < "$work/signin.json")"
  check "signed out on B is signed out on A" \
    "$(json 'v => Number(v.signOutFormFound && v.afterSignOut.status === 302 && /sign-in/.test(v.afterSignOut.location ?? ""))' < "$work/signin.json")" \
    "$(json 'v => v.afterSignOut ? `${v.afterSignOut.status} ${v.afterSignOut.location ?? ""}` : "no sign-out form found"' < "$work/signin.json")"
else
  cat "$work/signin.err"
  check "sign-in on A, signed-in pages on B" 0 "the client stopped: $(tail -n 1 "$work/signin.err")"
fi
keys_in_db=$(psql_bench -Atc 'SELECT count(*) FROM "DataProtectionKeys"')
key_files=$(find "$work/keys-a" "$work/keys-b" -name 'key-*.xml' | wc -l)
check "Data Protection keys in the database, none in the instances' key folders" "$(( keys_in_db > 0 && key_files == 0 ))" "$keys_in_db in the database, $key_files files"

echo "==> 2. The report journey, switching instance at every step"
if client journey > "$work/journey.json" 2> "$work/journey.err"; then
  json 'v => v.steps.map(s => `  ${s.from} (token from ${s.tokenMintedOn}) -> POST on ${s.postedTo} -> ${s.to} ${s.status}`).join("\n")' < "$work/journey.json"
  reference=$(json 'v => v.reference ?? ""' < "$work/journey.json")
  crossed=$(json 'v => v.steps.filter(s => s.tokenMintedOn !== s.postedTo).length' < "$work/journey.json")
  steps=$(json 'v => v.steps.length' < "$work/journey.json")
  check "every step's token minted on one instance, accepted on the other" "$(( steps > 0 && crossed == steps ))" "$crossed of $steps steps; A->B $(json 'v => v.steps.filter(s => s.tokenMintedOn === "a").length' < "$work/journey.json"), B->A $(json 'v => v.steps.filter(s => s.tokenMintedOn === "b").length' < "$work/journey.json")"
  stored=0
  [ -n "$reference" ] && stored=$(psql_bench -Atc "SELECT count(*) FROM \"Concerns\" WHERE \"Reference\" = '$reference'")
  check "the confirmation page's reference is stored exactly once" "$(( stored == 1 ))" "${reference:-no reference}: $stored row(s)"
else
  cat "$work/journey.err"
  check "the report journey across both instances" 0 "the client stopped: $(tail -n 1 "$work/journey.err")"
fi

submit_and_drain() { # label count -> PASS/FAIL lines
  client submit --count "$2" --concurrency "$concurrency" > "$work/submit-$1.json"
  json 'v => `submitted ${v.sent}, accepted ${v.accepted}, statuses ${JSON.stringify(v.statuses)}, served by ${JSON.stringify(v.servedBy)}`' < "$work/submit-$1.json"
  local accepted stored pending started drained
  accepted=$(json 'v => v.accepted' < "$work/submit-$1.json")
  check "$1: every submission accepted (201), by both instances" "$(json "v => Number(v.accepted === $2 && v.servedBy.a > 0 && v.servedBy.b > 0)" < "$work/submit-$1.json")" "$accepted of $2"
  json 'v => v.references.join("\n")' < "$work/submit-$1.json" | sort > "$work/accepted-$1.txt"
  psql_bench -Atc 'SELECT "Reference" FROM "Concerns"' | sort > "$work/stored.txt"
  stored=$(comm -12 "$work/accepted-$1.txt" "$work/stored.txt" | wc -l)
  check "$1: every 201 is in the database" "$(( stored == accepted ))" "$stored of $accepted"

  started=$(date +%s)
  while :; do
    pending=$(psql_bench -Atc "SELECT count(*) FROM \"OutboxMessages\" WHERE \"Status\" = 'Pending'")
    [ "$pending" = 0 ] && break
    [ $(( $(date +%s) - started )) -ge "$drain_timeout" ] && break
    sleep 1
  done
  drained=$(( $(date +%s) - started ))
  check "$1: the outbox drains within $drain_timeout s" "$(( pending == 0 ))" "$pending pending $drained s after the last submission"
  # Let a send still in flight when the last row turned Sent (a duplicate) reach the fake before counting.
  sleep 3

  # Every row and every mail send of the run so far: a row sent twice in any phase shows here.
  psql_bench -Atc 'SELECT "Id" || chr(9) || "Status" FROM "OutboxMessages"' > "$work/outbox-$1.tsv"
  curl -fs "http://127.0.0.1:$port_sendgrid/control/requests" > "$work/sendgrid-requests-$1.json"
  node -e '
  const fs = require("fs")
  const rows = fs.readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map(l => l.split("\t"))
  const requests = JSON.parse(fs.readFileSync(process.argv[2], "utf8"))
  const ok = requests.filter(r => r.status === 202)
  const accepted = new Map()
  for (const r of ok) accepted.set(r.notificationId, (accepted.get(r.notificationId) ?? 0) + 1)
  const ids = new Set(rows.map(([id]) => id))
  console.log(JSON.stringify({
    rows: rows.length,
    sent: rows.filter(([, s]) => s === "Sent").length,
    notSent: rows.filter(([, s]) => s !== "Sent").map(([id, s]) => `${id}:${s}`),
    requests: requests.length,
    accepted202: ok.length,
    otherAnswers: requests.length - ok.length,
    duplicates: [...accepted].filter(([, n]) => n > 1).length,
    rowsNeverAccepted: rows.filter(([id]) => !accepted.has(id)).length,
    acceptedNotARow: [...accepted.keys()].filter(id => !ids.has(id)).length,
    sentByInstance: { a: ok.filter(r => r.apiKey === "bench-key-a").length, b: ok.filter(r => r.apiKey === "bench-key-b").length },
  }))' "$work/outbox-$1.tsv" "$work/sendgrid-requests-$1.json" > "$work/outbox-$1.json"
  local o="$work/outbox-$1.json"
  json 'v => `outbox rows ${v.rows}, Sent ${v.sent}; mail sends ${v.requests}: 202 ${v.accepted202} (A ${v.sentByInstance.a}, B ${v.sentByInstance.b}), other ${v.otherAnswers}; rows sent twice or more ${v.duplicates}, rows never accepted ${v.rowsNeverAccepted}, 202s for no row ${v.acceptedNotARow}`' < "$o"
  check "$1: every outbox row is Sent" "$(json 'v => Number(v.rows > 0 && v.sent === v.rows)' < "$o")" "$(json 'v => `${v.sent} of ${v.rows}${v.notSent.length ? "; not: " + v.notSent.slice(0, 5).join(", ") : ""}`' < "$o")"
  check "$1: each row's notification id accepted (202) exactly once" "$(json 'v => Number(v.duplicates === 0 && v.rowsNeverAccepted === 0 && v.acceptedNotARow === 0)' < "$o")" "$(json 'v => `sent twice or more ${v.duplicates}, never accepted ${v.rowsNeverAccepted}, unknown ${v.acceptedNotARow}`' < "$o")"
  check "$1: 202s equal rows" "$(json 'v => Number(v.accepted202 === v.rows)' < "$o")" "$(json 'v => `${v.accepted202} 202s, ${v.rows} rows`' < "$o")"
  check "$1: both instances' dispatchers sent" "$(json 'v => Number(v.sentByInstance.a > 0 && v.sentByInstance.b > 0)' < "$o")" "$(json 'v => `A ${v.sentByInstance.a}, B ${v.sentByInstance.b}`' < "$o")"
}

echo "==> 3. $submissions concerns through nginx (round-robin), both instances' outboxes sending"
submit_and_drain outbox "$submissions"

echo "==> 4. The same with a slow SendGrid: $slow_submissions concerns, each send taking $slow_send_ms ms, so the $batch rows a dispatcher takes in one pass outlast a ${lease}-s lease"
curl -fs -X POST -H 'content-type: application/json' -d "{\"ms\":$slow_send_ms}" "http://127.0.0.1:$port_sendgrid/control/delay"
submit_and_drain slow-sendgrid "$slow_submissions"
exit "$failed"
