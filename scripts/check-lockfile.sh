#!/usr/bin/env bash
# Fails when package-lock.json is out of sync with package.json, exactly as `npm ci` on a fresh
# clone would: `npm ci --dry-run` on a copy of the two files (node_modules is not touched).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
cp package.json package-lock.json "$scratch/"
if ! (cd "$scratch" && npm ci --dry-run --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null); then
  echo "package-lock.json is out of sync with package.json: run npm install and commit both." >&2
  exit 1
fi
echo "package-lock.json is in sync with package.json."
