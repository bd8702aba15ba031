#!/usr/bin/env bash
# Installs what the browser tests need from Debian's registry: Chromium and a Korean font.
# Does nothing when both are there already. Used by `make test` and by tests/test_browser.py.
# Two `make test` runs on a fresh machine would race for the package lock: one install at a time
# (flock), each checking again once it holds the lock, and apt waits for a lock held by others.
set -euo pipefail
installed() { [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qiE 'noto (sans|serif) cjk|nanum'; }
if installed; then
  exit 0
fi
exec 9>"${TMPDIR:-/tmp}/kosum-install-browser.lock"
flock 9
if installed; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
APT=($SUDO apt-get -o DPkg::Lock::Timeout=600)
"${APT[@]}" update -qq
"${APT[@]}" install -y -qq --no-install-recommends chromium fonts-noto-cjk fontconfig >/dev/null
