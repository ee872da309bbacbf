#!/usr/bin/env bash
# Fails when gen/ is not what proto/ generates: someone edited a .proto and forgot `npm run proto`.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bash scripts/gen-proto.sh "$tmp"
for f in proto.js proto.d.ts; do
  if ! cmp -s "$tmp/$f" "gen/$f"; then
    echo "gen/$f is stale: run 'npm run proto' and commit the result" >&2
    diff -u "gen/$f" "$tmp/$f" | head -20 >&2
    exit 1
  fi
done
echo "generated protobuf code is current"
