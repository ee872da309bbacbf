#!/usr/bin/env bash
# Generates the static protobufjs module for proto/ into gen/ (or into $1 for the freshness check).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-gen}"
mkdir -p "$out"
npx --no-install pbjs -t static-module -w esm --es6 --keep-case \
  -p proto -o "$out/proto.js" proto/brightline/v1/*.proto
npx --no-install pbts -o "$out/proto.d.ts" "$out/proto.js"
