#!/usr/bin/env bash
# Sets up and starts jumpadesk: with no argument on the built-in demo account (a local
# CalDAV server and throwaway data, so your own data and keychain are not touched);
# with --real on your own data and iCloud account. Other arguments (--debug...) pass on.
# With no screen (no DISPLAY or WAYLAND_DISPLAY) it runs under xvfb-run on a virtual
# screen nobody sees; scripts/screenshot.sh takes a picture of it. Ctrl+C stops it and
# leaves no temporary folder behind.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

args=()
real=0
for arg in "$@"; do
  if [ "$arg" = "--real" ]; then real=1; else args+=("$arg"); fi
done
[ "$real" = 1 ] || args=(--demo "${args[@]}")

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname)" != "Linux" ]; then
  exec .venv/bin/jumpadesk "${args[@]}"
fi

# No screen. xvfb-run gets its own session so that Ctrl+C reaches only this script, which
# then asks jumpadesk to quit (it cleans up) and lets xvfb-run stop Xvfb and tidy up.
workdir=$(mktemp -d "${TMPDIR:-/tmp}/jumpadesk-start.XXXXXX")
screen_file=.venv/virtual-screen
app_pid=""
xvfb_run_pid=""
cleanup() {
  rm -rf "$workdir"
  [ -f "$screen_file" ] && [ "$(sed -n 3p "$screen_file")" = "$$" ] && rm -f "$screen_file"
  return 0
}
stop() {
  trap '' INT TERM HUP
  [ -n "$app_pid" ] || app_pid=$(cat "$workdir/app.pid" 2>/dev/null || true)
  if [ -n "$app_pid" ]; then kill -TERM "$app_pid" 2>/dev/null || true; fi
  if [ -n "$xvfb_run_pid" ]; then
    for _ in $(seq 100); do kill -0 "$xvfb_run_pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$xvfb_run_pid" 2>/dev/null; then
      [ -n "$app_pid" ] && kill -KILL "$app_pid" 2>/dev/null
      wait "$xvfb_run_pid" 2>/dev/null || true
    fi
  fi
  exit "$1"
}
trap cleanup EXIT
trap 'stop 130' INT
trap 'stop 143' TERM
trap 'stop 129' HUP

# xvfb-run's auth file lives in our folder, so nothing of it outlives this script.
setsid xvfb-run -a -f "$workdir/Xauthority" -s "-screen 0 1440x900x24" \
  bash -c 'echo $$ >"$1/app.pid"; printf "%s\n%s\n" "$DISPLAY" "$XAUTHORITY" >"$1/screen"
           shift; exec "$@"' _ "$workdir" .venv/bin/jumpadesk "${args[@]}" &
xvfb_run_pid=$!
for _ in $(seq 300); do
  [ -s "$workdir/screen" ] || ! kill -0 "$xvfb_run_pid" 2>/dev/null && break
  sleep 0.1
done
if [ -s "$workdir/screen" ]; then
  { cat "$workdir/screen"; echo "$$"; } >"$screen_file"
  app_pid=$(cat "$workdir/app.pid")
  echo "No screen found: jumpadesk runs on a virtual screen (Xvfb, display" \
       "$(head -n 1 "$workdir/screen")) that nobody sees."
  echo "To look at it: bash scripts/screenshot.sh jumpadesk.png (in another terminal)." \
       "Ctrl+C stops it."
fi
status=0
wait "$xvfb_run_pid" || status=$?
exit "$status"
