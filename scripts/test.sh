#!/usr/bin/env bash
# Sets up and runs the whole test suite headless (Qt offscreen, CalDAV on 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check jumpadesk tests scripts benchmarks
.venv/bin/python -m pytest -q "$@"
