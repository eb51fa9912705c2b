#!/usr/bin/env bash
# Takes a picture of the virtual screen that `bash scripts/start.sh` runs jumpadesk on when
# the computer has no screen: bash scripts/screenshot.sh [FILE.png] (default jumpadesk.png).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-jumpadesk.png}
screen_file=.venv/virtual-screen
if [ ! -s "$screen_file" ] || ! kill -0 "$(sed -n 3p "$screen_file")" 2>/dev/null; then
  echo "No jumpadesk is running on a virtual screen; start one with: bash scripts/start.sh" >&2
  exit 1
fi
DISPLAY=$(sed -n 1p "$screen_file") XAUTHORITY=$(sed -n 2p "$screen_file") \
QT_QPA_PLATFORM=xcb .venv/bin/python - "$out" <<'PY'
import sys

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(sys.argv[:1])
picture = app.primaryScreen().grabWindow(0)
if picture.isNull() or not picture.save(sys.argv[1]):
    sys.exit(f"Could not save a picture of the virtual screen to {sys.argv[1]}.")
print(f"Saved {sys.argv[1]} ({picture.width()}x{picture.height()}).")
PY
