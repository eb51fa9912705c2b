#!/usr/bin/env bash
# For people, not CI: checks that the README's commands work from nothing. Builds a minimal
# Debian 12 (bookworm) root with debootstrap, adds only python3, git and ca-certificates,
# clones this checkout's committed HEAD into it and runs, as root in a chroot with no
# screen, `bash scripts/test.sh` and `CI=true bash .ci/run`; then prints what set-up had to
# add. It also runs `bash scripts/start.sh` there (no screen), takes a picture of its
# virtual screen and stops it with SIGTERM. Needs root and a network reaching Debian's
# packages and PyPI. Slow (20-40 min).
#
#   sudo bash scripts/fresh-machine-check.sh [--keep] [FOLDER]
#
# FOLDER (default: a new folder under /var/tmp) holds the root; --keep leaves it there.
set -euo pipefail
# One compound command: bash reads it whole before running, so editing this file while a
# check runs cannot change the check half-way.
{
repo=$(cd "$(dirname "$0")/.." && pwd)

keep=0
target=""
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) target=$arg ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "The check needs root (debootstrap and chroot): run it with sudo." >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null 2>&1; then
  echo "Installing debootstrap."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null ||
    { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null; }
fi

root=${target:-$(mktemp -d /var/tmp/jumpadesk-fresh.XXXXXX)}
mkdir -p "$root"
# mktemp makes the folder 0700; as the chroot's "/" that would lock every user but root
# out of the whole system (PostgreSQL's tests run as postgres). A real "/" is 0755.
chmod 755 "$root"
root=$(cd "$root" && pwd)
log="$root.log"
: >"$log"
mounted=()
ca_env=()

cleanup() {
  local i
  for (( i=${#mounted[@]}-1; i>=0; i-- )); do
    umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  mounted=()
  if [ "$keep" = 0 ] && [ -d "$root" ]; then
    # Never remove through a mount that is still there (that would be the host's /dev).
    if grep -q " $root/" /proc/mounts; then
      echo "Left $root in place: something is still mounted under it." >&2
    else
      rm -rf --one-file-system "$root"
    fi
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n== %s\n' "$*" | tee -a "$log"; }
# Runs a command in the root as a newcomer would: root, no screen, a clean environment.
in_root() {
  env -i HOME=/root TERM=dumb LANG=C.UTF-8 "${ca_env[@]}" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    chroot "$root" /bin/bash -c "$1"
}

step "debootstrap bookworm (minbase) into $root"
started=$(date +%s)
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >>"$log" 2>&1 ||
  { tail -n 20 "$log"; echo "debootstrap failed; the whole log is in $log." >&2; exit 1; }
echo "   $(( $(date +%s) - started )) s"

for fs in proc sys dev dev/pts; do
  mkdir -p "$root/$fs"
  case "$fs" in
    proc) mount -t proc proc "$root/proc" ;;
    sys) mount -t sysfs sysfs "$root/sys" ;;
    *) mount --bind "/$fs" "$root/$fs" ;;
  esac
  mounted+=("$root/$fs")
done
cp /etc/resolv.conf "$root/etc/resolv.conf"
[ -s "$root/etc/hosts" ] || printf '127.0.0.1\tlocalhost\n::1\tlocalhost\n' >"$root/etc/hosts"

in_root 'apt-mark showmanual | sort' >"$root/manual-before"
step "adding by hand: python3 git ca-certificates"
in_root 'export DEBIAN_FRONTEND=noninteractive; apt-get update -q &&
         apt-get install -y -q --no-install-recommends python3 git ca-certificates' >>"$log" 2>&1 ||
  { tail -n 20 "$log"; echo "Adding python3, git and ca-certificates failed." >&2; exit 1; }
# A network that inspects TLS signs with its own authority: trust in the root what the host
# trusts beyond Debian's list, and pass on the host's CA-bundle variables. Nothing else.
extra_cas=$(python3 - /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt" \
                      "$root/usr/local/share/ca-certificates" <<'PY'
import pathlib
import re
import sys

pem = re.compile(r"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.S)
host = pem.findall(pathlib.Path(sys.argv[1]).read_text())
known = set(pem.findall(pathlib.Path(sys.argv[2]).read_text()))
out = pathlib.Path(sys.argv[3])
out.mkdir(parents=True, exist_ok=True)
extra = [cert for cert in host if cert not in known]
for number, cert in enumerate(extra):
    (out / f"host-{number}.crt").write_text(cert + "\n")
print(len(extra))
PY
)
if [ "$extra_cas" != 0 ]; then
  in_root 'update-ca-certificates' >>"$log" 2>&1
  echo "   the host's TLS trust carried in: $extra_cas certificate(s) beyond Debian's list" | tee -a "$log"
fi
for name in PIP_CERT REQUESTS_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR; do
  if [ -n "${!name:-}" ]; then ca_env+=("$name=${!name}"); fi
done
in_root 'apt-mark showmanual | sort' >"$root/manual-by-hand"
in_root 'dpkg-query -W -f "\${Package}\n" | sort' >"$root/all-by-hand"

step "git clone (HEAD of $(git -C "$repo" rev-parse --abbrev-ref HEAD), $(git -C "$repo" rev-parse --short HEAD))"
branch=$(git -C "$repo" rev-parse --abbrev-ref HEAD)
refs=(HEAD)
[ "$branch" = HEAD ] || refs+=("$branch")
git -C "$repo" bundle create "$root/jumpadesk.bundle" "${refs[@]}" >>"$log" 2>&1
in_root 'cd /root && git clone -q /jumpadesk.bundle jumpadesk' 2>&1 | tee -a "$log"

status=0
run_timed() {
  local name=$1 command=$2 started rc=0
  step "$name"
  started=$(date +%s)
  in_root "cd /root/jumpadesk && $command" 2>&1 | tee -a "$log" || rc=$?
  echo "   exit status $rc after $(( $(date +%s) - started )) s" | tee -a "$log"
  [ "$rc" = 0 ] || status=1
  results+=("$name: exit status $rc, $(( $(date +%s) - started )) s")
}
results=()
run_timed "bash scripts/test.sh" "bash scripts/test.sh"
run_timed "CI=true bash .ci/run" "CI=true bash .ci/run"
# The README's other command, with no screen: it must say so, show the window on the
# virtual screen (a picture is kept beside the log) and leave nothing behind on SIGTERM.
run_timed "bash scripts/start.sh (no screen; screenshot; SIGTERM)" '
  (bash scripts/start.sh >/tmp/start.out 2>&1 & echo $! >/tmp/start.pid)
  for _ in $(seq 300); do grep -q "screenshot.sh" /tmp/start.out && break; sleep 1; done
  sleep 10
  bash scripts/screenshot.sh /root/start.png
  kill -TERM "$(cat /tmp/start.pid)"
  for _ in $(seq 30); do kill -0 "$(cat /tmp/start.pid)" 2>/dev/null || break; sleep 1; done
  cat /tmp/start.out
  left=$(ls -d /tmp/jumpadesk-* /tmp/xvfb-run.* 2>/dev/null || true)
  if [ -n "$left" ]; then echo "left behind: $left"; exit 1; fi
  echo "nothing left in /tmp"'
if [ -f "$root/root/start.png" ]; then
  cp "$root/root/start.png" "$root.png"
  results+=("picture of start.sh's virtual screen: $root.png")
fi

in_root 'apt-mark showmanual | sort' >"$root/manual-after"
in_root 'dpkg-query -W -f "\${Package}\n" | sort' >"$root/all-after"
step "summary"
{
  for line in "${results[@]}"; do echo "$line"; done
  echo "added by hand: python3 git ca-certificates ($(comm -13 "$root/manual-before" "$root/manual-by-hand" | wc -l) packages asked for, $(wc -l <"$root/all-by-hand") installed in all)"
  echo "added by scripts/setup.sh: $(comm -13 "$root/manual-by-hand" "$root/manual-after" | tr '\n' ' ')"
  echo "   ($(comm -13 "$root/all-by-hand" "$root/all-after" | wc -l) packages with what they depend on)"
  if [ -d "$root/root/jumpadesk/dist/jumpadesk" ]; then
    echo "bundle: $(du -sh "$root/root/jumpadesk/dist/jumpadesk" | cut -f1)"
  fi
  echo "whole log: $log"
} | tee -a "$log"
exit "$status"
}
