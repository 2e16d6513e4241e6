#!/usr/bin/env bash
# Builds the image and starts it as a cluster would (read-only root filesystem, a tmpfs on /tmp,
# a non-root user) against a PostgreSQL server, then checks /healthz and /readyz, and runs the CLI
# and the collector from the same image.
# Usage: deploy/container/smoke-test.sh          DATABASE_URL: a server to use (default: Debian's
# PostgreSQL started here with a fresh database tierscope_image_smoke). NODE_IMAGE: the base
# (default: built from Debian packages by build-base-image.sh; node:22-bookworm-slim where a
# registry is reachable). PORT: the host port (default 3190). SKIP_IMAGE_BUILD=1: test the image
# built before.
set -euo pipefail
# buildah on this kind of host (cgroups v1 hybrid) builds only with chroot isolation.
export BUILDAH_ISOLATION="${BUILDAH_ISOLATION:-chroot}"
cd "$(dirname "$0")/../.."
image="localhost/tierscope:smoke"
port="${PORT:-3190}"
base="${NODE_IMAGE:-localhost/tierscope-node:22-bookworm}"
if [ -z "${NODE_IMAGE:-}" ] && ! buildah inspect --type image "$base" >/dev/null 2>&1; then
  bash deploy/container/build-base-image.sh "$base" >/dev/null
fi
if [ "${SKIP_IMAGE_BUILD:-}" = 1 ]; then
  echo "== using $image as built before (SKIP_IMAGE_BUILD=1)" >&2
else
echo "== building $image from $base" >&2
started=$(date +%s)
# The host's CA bundle goes in as a build secret: npm may sit behind a TLS-intercepting proxy.
buildah bud --quiet --layers --network host --secret id=npm_ca,src=/etc/ssl/certs/ca-certificates.crt \
  -f deploy/container/Containerfile --build-arg NODE_IMAGE="$base" -t "$image" . >/dev/null
echo "built in $(($(date +%s) - started)) s" >&2
fi
echo "image size: $(podman image inspect "$image" --format '{{.Size}}') bytes" >&2

database_url="${DATABASE_URL:-$(bash scripts/start-ci-postgres.sh tierscope_image_smoke)}"
name="tierscope-smoke-$$"
image_env=(PATH=/usr/local/bin:/usr/bin:/bin HOME=/tmp NODE_ENV=production NEXT_TELEMETRY_DISABLED=1
  TIERSCOPE_LOG_FORMAT=json TIERSCOPE_DATA_DIR=/tmp/tierscope DATABASE_URL="$database_url")

# podman, as a cluster runs it; where podman cannot start containers (some sandboxes refuse its
# setrlimit(RLIMIT_NPROC)), the image's root filesystem, mounted read-only in a private mount
# namespace with a tmpfs on /tmp, run as uid 10001 with chroot.
if podman run --rm "$image" migrate --help >/dev/null 2>&1; then runner=podman; else runner=chroot; fi
echo "== runner: $runner" >&2
rootfs=""
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null
  podman rm -f "$name" >/dev/null 2>&1 || true
  [ -n "$rootfs" ] && buildah rm "$name" >/dev/null 2>&1 || true
}
trap cleanup EXIT
in_image() {
  if [ "$runner" = podman ]; then
    podman run --rm --network host --read-only --tmpfs /tmp:rw,size=512m --cap-drop ALL \
      --security-opt no-new-privileges -e DATABASE_URL="$database_url" "$image" "$@"
  else
    unshare --mount --propagation private -- sh -c '
      root=$1; shift
      mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
      mount -t tmpfs -o size=512m tmpfs "$root/tmp" && mount -t proc proc "$root/proc"
      mount --bind /dev "$root/dev"
      exec chroot --userspec=10001:10001 "$root" /usr/bin/env -i "$@"' sh "$rootfs" "${image_env[@]}" \
      sh -c 'cd /app && exec node /app/bin/tierscope.mjs "$@"' tierscope "$@"
  fi
}
if [ "$runner" = chroot ]; then
  buildah from --name "$name" "$image" >/dev/null
  rootfs="$(buildah mount "$name")"
fi

echo "== the CLI from the image: migrate, then collect --help" >&2
in_image migrate
in_image collect --help | grep -q -- "--token-file"
echo "== the image's root filesystem is read-only to the app" >&2
if [ "$runner" = chroot ] && unshare --mount --propagation private -- sh -c 'root=$1
    mount --bind "$root" "$root" && mount -o remount,bind,ro "$root"
    chroot --userspec=10001:10001 "$root" /bin/sh -c "touch /app/x"' sh "$rootfs" 2>/dev/null; then
  echo "the root filesystem is writable" >&2
  exit 1
fi

echo "== the server from the image" >&2
in_image serve --port "$port" --no-digest-worker >/tmp/"$name".log 2>&1 &
server_pid=$!
started=$(date +%s)
until curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1; do
  if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "the server stopped before it was ready:" >&2
    tail -50 /tmp/"$name".log >&2
    exit 1
  fi
  if (($(date +%s) - started > 600)); then
    echo "not ready after 10 minutes:" >&2
    tail -50 /tmp/"$name".log >&2
    exit 1
  fi
  sleep 2
done
echo "ready in $(($(date +%s) - started)) s" >&2
curl -fsS "http://127.0.0.1:$port/healthz"
echo
curl -fsS "http://127.0.0.1:$port/readyz"
echo
head -c 300 /tmp/"$name".log
echo
kill -TERM "$server_pid"
wait "$server_pid" || true
server_pid=""
echo "image smoke test passed ($runner): $image serves, is ready on PostgreSQL, runs as uid 10001 on a read-only root" >&2
