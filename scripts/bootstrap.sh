#!/usr/bin/env bash
# Installs what a fresh machine lacks for brightline, and nothing when it is all there:
# Debian's nats-server, pyepics and grpcio (interop tests), chromium and prometheus (dashboard and
# metrics tests), iproute2 (the multi-host test), and the npm dependencies.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
quiet=false
[ "${1:-}" = "--quiet" ] && quiet=true
say() { $quiet || echo "bootstrap: $*"; }

node_major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
if [ "$node_major" -lt 20 ]; then
  echo "bootstrap: brightline needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi

apt_packages=()
command -v nats-server >/dev/null 2>&1 || apt_packages+=(nats-server)
# The CA interop tests drive the real EPICS libca through Debian's pyepics (system python only).
# -I: the repository's own epics/ folder in the working directory must not pass for pyepics.
/usr/bin/python3 -I -c 'import epics.ca' >/dev/null 2>&1 || apt_packages+=(python3-pyepics)
# The external gRPC client test generates Python stubs from proto/ and calls the gateway with them.
/usr/bin/python3 -I -c 'import grpc' >/dev/null 2>&1 || apt_packages+=(python3-grpcio)
/usr/bin/python3 -I -c 'import grpc_tools.protoc' >/dev/null 2>&1 || apt_packages+=(python3-grpc-tools)
# The dashboard is tested in a real headless Chromium; metrics are scraped by a real Prometheus.
[ -x /usr/bin/chromium ] || apt_packages+=(chromium)
command -v prometheus >/dev/null 2>&1 || apt_packages+=(prometheus)
# The multi-host test builds its hosts with ip netns and veth.
command -v ip >/dev/null 2>&1 || apt_packages+=(iproute2)
if [ "${#apt_packages[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing ${apt_packages[*]} with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_packages[@]}" >&2
  else
    echo "bootstrap: missing ${apt_packages[*]}: run 'sudo apt-get install ${apt_packages[*]}'" >&2
    exit 1
  fi
fi

# npm ci only when the installed tree is older than the lock file (or absent).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "bootstrap: installing npm dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund >&2
fi
say "ready"
