#!/usr/bin/env bash
# Starts Debian's PostgreSQL (installing it if absent) and prints the URL of a fresh, empty
# database on it (`tierscope_ci`, or the name given as the first argument). For CI machines, where we are root; progress goes to stderr.
set -euo pipefail
database="${1:-tierscope_ci}"
export DEBIAN_FRONTEND=noninteractive
if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  echo "Installing PostgreSQL..." >&2
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>&1 || true
for _ in $(seq 1 30); do
  runuser -u postgres -- pg_isready -q && break
  sleep 1
done
runuser -u postgres -- psql -q -c "ALTER USER postgres PASSWORD 'postgres'" >&2
runuser -u postgres -- dropdb --if-exists "$database" >&2
runuser -u postgres -- createdb "$database" >&2
port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
echo "postgresql://postgres:postgres@127.0.0.1:${port}/${database}"
