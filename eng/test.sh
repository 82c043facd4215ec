#!/usr/bin/env bash
# The test command (README): on a fresh Debian machine with the .NET SDK and Node.js, installs what the
# tests need and runs every test: unit tests, page tests on SQLite and on a real PostgreSQL server,
# browser tests in Chromium, the content check, the formatting check, and two checks from bench/: the reduced
# soak with faults and the backup/restore check. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

step "Debian packages: chromium (browser tests, document rendering), fonts-noto-core (Bengali), postgresql, poppler-utils (pdftotext), zbar-tools (zbarimg)"
missing=()
for package in chromium fonts-noto-core postgresql poppler-utils zbar-tools; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

step "Front end: GOV.UK Frontend and Sass into wwwroot/assets"
npm ci --no-audit --no-fund
npm run build

step "Build (locked restore, warnings as errors)"
dotnet tool restore
dotnet restore --locked-mode
dotnet build --no-restore -p:TreatWarningsAsErrors=true

step "Formatting and analyzers"
dotnet format --verify-no-changes --no-restore

step "Dependency audit: no high or critical findings (security.md §23)"
npm audit --omit=dev --audit-level=high
audit=$(dotnet list package --vulnerable --include-transitive 2>&1)
echo "$audit"
if echo "$audit" | grep -qE '\b(High|Critical)\b'; then
  echo "A package has a high or critical vulnerability: update it before anything else." >&2
  exit 1
fi

step "Content check"
dotnet run --project src/SafeguardingPortal --no-build -- check-content

step "PostgreSQL"
PORTAL_TEST_POSTGRES=$(bash eng/postgres.sh | tail -n 1)
export PORTAL_TEST_POSTGRES

passed_total=0
failed_total=0
summary=()
failures=0

# Runs one test project, prints its output, and records "label: N passed, M failed".
run_tests() {
  local label=$1; shift
  step "$label"
  local log status=0
  log=$(mktemp)
  "$@" --no-build 2>&1 | tee "$log" || status=$?
  local passed failed
  passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ sum += $2 } END { print sum + 0 }')
  failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ sum += $2 } END { print sum + 0 }')
  rm -f "$log"
  if [ "$status" -ne 0 ] || [ "$passed" -eq 0 ]; then failures=$((failures + 1)); fi
  passed_total=$((passed_total + passed)); failed_total=$((failed_total + failed))
  summary+=("$label: $passed passed, $failed failed")
}

run_tests "Unit tests" dotnet test tests/SafeguardingPortal.Tests
PORTAL_TEST_DATABASE=Sqlite run_tests "Page tests on SQLite" dotnet test tests/SafeguardingPortal.PageTests
PORTAL_TEST_DATABASE=Postgres run_tests "Page tests on PostgreSQL" dotnet test tests/SafeguardingPortal.PageTests
run_tests "Browser tests in Chromium" dotnet test tests/SafeguardingPortal.BrowserTests

# Runs one bench/ check on the Debug build just made; each prints its figures and PASS/FAIL lines.
run_check() {
  local label=$1; shift
  step "$label"
  if BUILD=debug "$@"; then summary+=("$label: passed"); else summary+=("$label: FAILED"); failures=$((failures + 1)); fi
}

run_check "Reduced soak: 1,000 submissions, SendGrid failing half, PostgreSQL restarted, an instance killed" \
  env SUBMISSIONS=1000 RATE=150 bash bench/soak.sh
run_check "Backup, wipe and restore of the PostgreSQL database" bash bench/backup-restore.sh

step "Summary"
printf '%s\n' "${summary[@]}"
echo "total: $passed_total passed, $failed_total failed"
[ "$failures" -eq 0 ] && [ "$failed_total" -eq 0 ]
