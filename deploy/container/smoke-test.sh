#!/usr/bin/env bash
# Builds the image and starts it as a cluster would (read-only root filesystem, a tmpfs on /tmp,
# a non-root user) against a PostgreSQL server, then checks /healthz and /readyz, and runs the CLI
# and the collector from the same image.
# Usage: deploy/container/smoke-test.sh          DATABASE_URL: a server to use (default: Debian's
# PostgreSQL started here with a fresh database tierscope_image_smoke). NODE_IMAGE: the base
# (default: built from Debian packages by build-base-image.sh; node:22-bookworm-slim where a
# registry is reachable). PORT: the host port (default 3190).
set -euo pipefail
cd "$(dirname "$0")/../.."
image="localhost/tierscope:smoke"
port="${PORT:-3190}"
base="${NODE_IMAGE:-localhost/tierscope-node:22-bookworm}"
if [ -z "${NODE_IMAGE:-}" ] && ! buildah inspect --type image "$base" >/dev/null 2>&1; then
  bash deploy/container/build-base-image.sh "$base" >/dev/null
fi
echo "== building $image from $base" >&2
started=$(date +%s)
buildah bud --quiet --layers --network host -f deploy/container/Containerfile --build-arg NODE_IMAGE="$base" -t "$image" . >/dev/null
echo "built in $(($(date +%s) - started)) s; size $(podman image inspect "$image" --format '{{.Size}}') bytes" >&2

database_url="${DATABASE_URL:-$(bash scripts/start-ci-postgres.sh tierscope_image_smoke)}"
name="tierscope-smoke-$$"
run=(podman run --rm --network host --read-only --tmpfs /tmp:rw,size=512m --cap-drop ALL
  --security-opt no-new-privileges -e DATABASE_URL="$database_url")
trap 'podman rm -f "$name" >/dev/null 2>&1 || true' EXIT

echo "== the CLI from the image: migrate, then collect --help" >&2
"${run[@]}" "$image" migrate
"${run[@]}" "$image" collect --help | grep -q -- "--token-file"

echo "== the server from the image" >&2
"${run[@]}" -d --name "$name" "$image" serve --port "$port" --no-digest-worker >/dev/null
started=$(date +%s)
until curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
  if ! podman container exists "$name"; then
    echo "the server stopped before it was ready" >&2
    exit 1
  fi
  if (($(date +%s) - started > 600)); then
    echo "not ready after 10 minutes:" >&2
    podman logs --tail 50 "$name" >&2
    exit 1
  fi
  sleep 2
done
echo "ready in $(($(date +%s) - started)) s" >&2
curl -fsS "http://127.0.0.1:$port/healthz"
echo
curl -fsS "http://127.0.0.1:$port/readyz"
echo
[ "$(podman exec "$name" id -u)" != "0" ] || { echo "the server runs as root" >&2; exit 1; }
if podman exec "$name" sh -c 'touch /app/x' 2>/dev/null; then
  echo "the root filesystem is writable" >&2
  exit 1
fi
podman stop --time 30 "$name" >/dev/null
echo "image smoke test passed: $image serves, is ready on PostgreSQL, runs as non-root on a read-only root" >&2
