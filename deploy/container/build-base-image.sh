#!/usr/bin/env bash
# Builds the base image the Containerfile starts from, without a registry: a minimal Debian
# bookworm root filesystem from Debian's packages (mmdebstrap), plus the Node 22 binary that
# `npm install` put in node_modules (the `node` devDependency) and this host's npm. Equivalent,
# for Tierscope, to node:22-bookworm-slim, which is what to use where a registry is reachable.
# Usage: deploy/container/build-base-image.sh [IMAGE]   (default localhost/tierscope-node:22-bookworm)
set -euo pipefail
cd "$(dirname "$0")/../.."
image="${1:-localhost/tierscope-node:22-bookworm}"
node_bin="$(readlink -f node_modules/node/bin/node)"
npm_dir="$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")"
[ -x "$node_bin" ] || { echo "no Node binary in node_modules: run npm install first" >&2; exit 1; }
[[ "$("$node_bin" --version)" == v22.* ]] || { echo "$node_bin is not Node 22" >&2; exit 1; }
command -v mmdebstrap >/dev/null || apt-get install -y -qq mmdebstrap buildah >&2

work="$(mktemp -d)"
container=""
cleanup() {
  [ -n "$container" ] && buildah rm "$container" >/dev/null 2>&1
  rm -rf "$work"
}
trap cleanup EXIT
echo "== Debian bookworm minbase root filesystem (mmdebstrap)" >&2
mmdebstrap --quiet --variant=minbase --include=ca-certificates,tzdata bookworm "$work/rootfs.tar" http://deb.debian.org/debian

echo "== the image: root filesystem, node $("$node_bin" --version), npm $(npm --version)" >&2
container="$(buildah from scratch)"
mount="$(buildah mount "$container")"
tar -C "$mount" -xf "$work/rootfs.tar"
install -m 0755 "$node_bin" "$mount/usr/local/bin/node"
mkdir -p "$mount/usr/local/lib/node_modules"
cp -a "$npm_dir" "$mount/usr/local/lib/node_modules/npm"
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$mount/usr/local/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$mount/usr/local/bin/npx"
echo "node:x:1000:1000::/home/node:/bin/sh" >>"$mount/etc/passwd"
echo "node:x:1000:" >>"$mount/etc/group"
mkdir -p "$mount/home/node" && chown 1000:1000 "$mount/home/node"
rm -rf "$mount/var/cache/apt/"* "$mount/var/lib/apt/lists/"*
buildah unmount "$container" >/dev/null
buildah config --env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --env NODE_VERSION="$("$node_bin" --version)" --cmd node "$container"
buildah commit --quiet "$container" "$image" >/dev/null
echo "$image"
