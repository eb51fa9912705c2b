#!/usr/bin/env bash
# Sets up and starts jumpadesk. With no connected Apple ID yet, it opens on the
# built-in demo account (a local CalDAV server), unless you pass --real.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
args=("$@")
if [ ${#args[@]} -eq 0 ]; then
  args=(--demo)
elif [ "${args[0]}" = "--real" ]; then
  args=("${args[@]:1}")
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname)" = "Linux" ]; then
  echo "No screen found: starting jumpadesk on a virtual screen (Xvfb)."
  exec xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/jumpadesk "${args[@]}"
fi
exec .venv/bin/jumpadesk "${args[@]}"
