#!/usr/bin/env bash
# Sets up a development copy: the system packages the README's commands and .ci/run need
# (Debian/Ubuntu, as root or with password-less sudo), a virtual environment in .venv,
# and jumpadesk with its test tools. Quiet unless something is wrong; safe to run again.
# `bash scripts/setup.sh build` adds the bundle's tools (PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/.."

extras="test"
[ "${1:-}" = "build" ] && extras="test,build"

PYTHON=${PYTHON:-}
if [ -z "$PYTHON" ]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      PYTHON=$candidate; break
    fi
  done
fi
if [ -z "$PYTHON" ]; then
  echo "jumpadesk needs Python 3.11 or newer; install it (apt-get install python3) and try again." >&2
  exit 1
fi
py_version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
py_prefix=$("$PYTHON" -c 'import sys; print(sys.base_prefix)')

# Debian packages: Qt's runtime libraries and the xcb plugin's; Xvfb for start.sh with no
# screen; binutils (objdump) for PyInstaller; PostgreSQL for the shared-database tests.
apt_packages=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0
  libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core xvfb xauth
  binutils postgresql)
# PyInstaller bundles the Python shared library; Debian ships it apart from python3.
[ "$py_prefix" = "/usr" ] && apt_packages+=("libpython$py_version")

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  # What is installed, by name and by what it provides (Ubuntu's libglib2.0-0t64 provides
  # libglib2.0-0), so a renamed package does not count as missing on every run.
  installed=$(dpkg-query -W -f='${db:Status-Abbrev}|${Package}|${Provides}\n' 2>/dev/null |
    awk -F'|' '$1 ~ /^ii/ { print $2; n = split($3, p, /, */)
                            for (i = 1; i <= n; i++) { split(p[i], w, " "); print w[1] } }')
  missing=()
  for pkg in "${apt_packages[@]}"; do
    grep -qxF "$pkg" <<<"$installed" || missing+=("$pkg")
  done
  if ! "$PYTHON" -m venv --help >/dev/null 2>&1 || ! "$PYTHON" -c 'import ensurepip' 2>/dev/null; then
    [ "$py_prefix" = "/usr" ] && missing+=("python$py_version-venv") || missing+=(python3-venv)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && SUDO="sudo -n"
    if [ "$(id -u)" -eq 0 ] || { [ -n "$SUDO" ] && $SUDO true 2>/dev/null; }; then
      echo "Installing system packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt_log=$(mktemp)
      trap 'rm -f "$apt_log"' EXIT
      if ! { $SUDO apt-get update -q && $SUDO apt-get install -y -q --no-install-recommends \
               "${missing[@]}"; } >"$apt_log" 2>&1; then
        tail -n 20 "$apt_log" >&2
        echo "Some system packages could not be installed; install them by hand" \
             "(apt-get install ${missing[*]}) and run this again." >&2
      fi
      rm -f "$apt_log"
    else
      echo "Please install these system packages as root and run this again:" \
           "apt-get install ${missing[*]}" >&2
    fi
  fi
else
  echo "Not a Debian or Ubuntu system: with your package manager install Qt's runtime" \
       "libraries (EGL, GL, xkbcommon, fontconfig, dbus, xcb-cursor), Xvfb and xauth," \
       "binutils, PostgreSQL and Python $py_version's shared library (libpython$py_version)." >&2
fi

if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
# pip runs only when pyproject.toml changed since the last good install of these extras,
# and speaks only when it fails (its build backend's notes are not for the person setting up).
project_hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
stale=0
for extra in ${extras//,/ }; do
  [ "$(cat ".venv/.installed-$extra" 2>/dev/null)" = "$project_hash" ] || stale=1
done
[ -x .venv/bin/jumpadesk ] || stale=1
if [ "$stale" = 1 ]; then
  ls .venv/.installed-* >/dev/null 2>&1 ||
    echo "Installing jumpadesk and its Python packages into .venv (the first time takes a few minutes)."
  pip_log=$(mktemp)
  trap 'rm -f "$pip_log"' EXIT
  if ! { .venv/bin/python -m pip install -q --upgrade pip &&
         .venv/bin/python -m pip install -q -e ".[$extras]"; } >"$pip_log" 2>&1; then
    cat "$pip_log" >&2
    echo "Installing jumpadesk's Python packages failed (see above)." >&2
    exit 1
  fi
  for extra in ${extras//,/ }; do echo "$project_hash" >".venv/.installed-$extra"; done
fi
# The window's catalogues: each resources/translations/*.ts compiled to the .qm Qt loads
# (build products, not kept in git), again whenever the .ts is newer.
for ts in resources/translations/jumpadesk_*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm" || {
      echo "Compiling $ts failed (pyside6-lrelease)." >&2; exit 1; }
  fi
done
