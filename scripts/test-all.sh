#!/usr/bin/env bash
# The whole suite, as the README's test command runs it: lint and types, unit tests, database
# tests (embedded PostgreSQL, or the server DATABASE_URL names), the CLI, and end-to-end tests in
# headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PATH="$PWD/node_modules/.bin:$PATH"

bash scripts/ensure-chromium.sh
echo "== lock file"
bash scripts/check-lockfile.sh
echo "== lint and types"
biome check .
tsc --noEmit -p .
echo "== unit tests"
vitest run --project unit
echo "== component tests"
vitest run --project components
echo "== database tests"
vitest run --project db
echo "== build (skipped when npm install already built these sources)"
node scripts/build-web-app.mjs
echo "== command-line tests"
vitest run --project cli
echo "== end-to-end tests"
bash scripts/test-e2e.sh
