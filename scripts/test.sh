#!/usr/bin/env bash
# The README's test command: sets up what is missing, then checks generated code, types, lint
# and runs every unit and integration test (each test file starts its own nats-server).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
npm test
