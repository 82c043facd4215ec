#!/usr/bin/env bash
# The production build: the front-end assets, then the portal in Release for Linux x64, framework-dependent and
# compiled ahead of time (ReadyToRun), which takes a start to under two seconds (bench/home-vs-nginx.sh).
#
#   bash eng/publish.sh OUTPUT_FOLDER      then run OUTPUT_FOLDER/SafeguardingPortal (docs/operations.md)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bash eng/publish.sh OUTPUT_FOLDER}

[ -d node_modules ] || npm ci --no-audit --no-fund --silent
npm run build --silent >/dev/null
dotnet publish src/SafeguardingPortal -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$out" --nologo -v quiet
