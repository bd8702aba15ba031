#!/usr/bin/env bash
# Installs what the browser tests need from Debian's registry: Chromium and a Korean font.
# Does nothing when both are there already. Used by `make test` and by tests/test_browser.py.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qiE 'noto (sans|serif) cjk|nanum'; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fontconfig >/dev/null
