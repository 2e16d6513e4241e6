#!/usr/bin/env bash
# End-to-end tests in headless Chromium against `tierscope serve` on a fresh embedded database
# loaded with the demo fleet. Never touches .data/ or a DATABASE_URL you have set. Needs a build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1 PATH="$PWD/node_modules/.bin:$PATH"
unset DATABASE_URL
TIERSCOPE_DATA_DIR="$(mktemp -d -t tierscope-e2e-XXXXXX)"
export TIERSCOPE_DATA_DIR
trap 'rm -rf "$TIERSCOPE_DATA_DIR"' EXIT
mkdir -p artifacts/screenshots
node bin/tierscope.mjs exec -- sh -c 'node bin/tierscope.mjs demo --no-serve && playwright test "$@"' sh "$@"
