#!/usr/bin/env bash
# Builds the PyInstaller one-folder bundle in dist/jumpadesk/. With --self-test it then
# runs the bundle's own self-test (window offscreen, demo sync, painted week).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q -e ".[build]"
start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo "Built dist/jumpadesk in $(( $(date +%s) - start )) s, $(du -sh dist/jumpadesk | cut -f1)."
if [ "${1:-}" = "--self-test" ]; then
  dist/jumpadesk/jumpadesk --version
  QT_QPA_PLATFORM=offscreen dist/jumpadesk/jumpadesk --self-test
fi
