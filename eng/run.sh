#!/usr/bin/env bash
# The run command (README): builds the front end and starts the portal in Development on
# http://127.0.0.1:5080 with SQLite (src/SafeguardingPortal/App_Data/portal.db) and content/.
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --no-audit --no-fund
npm run build
exec dotnet run --project src/SafeguardingPortal --launch-profile portal "$@"
