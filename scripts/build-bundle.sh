#!/usr/bin/env bash
# Builds the PyInstaller one-folder bundle in dist/jumpadesk/. With --self-test it then
# runs the bundle's own self-test (window offscreen, demo sync, painted week).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build

# PyInstaller stops half-way, in its own words, without these; say which package it is.
if ! command -v objdump >/dev/null 2>&1; then
  echo "The bundle needs objdump: install binutils (apt-get install binutils) and try again." >&2
  exit 1
fi
if ! libpython=$(.venv/bin/python - <<'PY'
import os, subprocess, sys, sysconfig
name = sysconfig.get_config_var("INSTSONAME") or sysconfig.get_config_var("LDLIBRARY")
version = f"{sys.version_info[0]}.{sys.version_info[1]}"
libdir = sysconfig.get_config_var("LIBDIR") or ""
candidates = [os.path.join(libdir, name), os.path.join(libdir, sysconfig.get_config_var("MULTIARCH") or "", name)]
try:
    known = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
except OSError:
    known = ""
if any(os.path.exists(c) for c in candidates) or f"{name} " in known:
    sys.exit(0)
if sys.base_prefix == "/usr":
    print(f"install libpython{version} (apt-get install libpython{version})")
else:
    print(f"use a Python {version} built with --enable-shared (the one in {sys.base_prefix} has no {name})")
sys.exit(1)
PY
); then
  echo "The bundle needs Python's shared library: $libpython, and try again." >&2
  exit 1
fi

start=$(date +%s)
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN build.spec
echo "Built dist/jumpadesk in $(( $(date +%s) - start )) s, $(du -sh dist/jumpadesk | cut -f1)."
if [ "${1:-}" = "--self-test" ]; then
  dist/jumpadesk/jumpadesk --version
  QT_QPA_PLATFORM=offscreen dist/jumpadesk/jumpadesk --self-test
  # The application-menu entry written by the bundle must start the bundle.
  xdg=$(mktemp -d)
  trap 'rm -rf "$xdg"' EXIT
  XDG_DATA_HOME=$xdg JUMPADESK_HOME=$xdg/home dist/jumpadesk/jumpadesk --install-desktop-entry >/dev/null
  exec_line=$(grep '^Exec=' "$xdg/applications/jumpadesk.desktop")
  case "$exec_line" in
    *"$PWD/dist/jumpadesk/jumpadesk"*) echo "desktop entry: $exec_line" ;;
    *) echo "The bundle's desktop entry does not start the bundle ($exec_line)." >&2; exit 1 ;;
  esac
fi
