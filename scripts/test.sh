#!/usr/bin/env bash
# Sets up, checks (ruff; mypy over the package) and runs the whole test suite headless
# (Qt offscreen, CalDAV on 127.0.0.1): what CI runs, one test after another. `--fast` first
# is the day-to-day lane: the tests marked slow (several processes, PostgreSQL, servers that
# misbehave until a deadline, fuzzing; tests/conftest.py) are left out and the rest run on
# one pytest worker per CPU (pytest-xdist); ruff and mypy run in both. Other arguments go
# to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
lane=()
if [ "${1:-}" = "--fast" ]; then
  shift
  lane=(-m "not slow" -n auto)
fi
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
# Compiled modules are kept, in .venv rather than beside the sources, even where
# PYTHONDONTWRITEBYTECODE is set: otherwise every run, every pytest worker and every
# jumpadesk process a test starts compiles the package and rewrites the tests again.
export PYTHONPYCACHEPREFIX="$PWD/.venv/pycache"
unset PYTHONDONTWRITEBYTECODE
.venv/bin/ruff check jumpadesk tests scripts benchmarks
.venv/bin/mypy jumpadesk
.venv/bin/python -m pytest -q "${lane[@]}" "$@"
