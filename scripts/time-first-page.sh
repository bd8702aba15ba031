#!/usr/bin/env bash
# Time a fresh `make run`: seconds from its start until http://127.0.0.1:7860 answers 200,
# then the size of the .venv it made. Run it in a clean clone: scripts/time-first-page.sh [dir]
set -euo pipefail
cd "${1:-.}"
url=http://127.0.0.1:7860/
if curl -s -o /dev/null "$url"; then echo "port 7860 is already taken" >&2; exit 1; fi
start=$(date +%s.%N)
setsid make run >make-run.log 2>&1 &
pid=$!
trap 'kill -- -"$pid" 2>/dev/null || true' EXIT
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; do
  kill -0 "$pid" 2>/dev/null || { echo "make run exited; see make-run.log" >&2; exit 1; }
  sleep 1
done
end=$(date +%s.%N)
printf 'first page after %.0f s\n' "$(echo "$end - $start" | bc)"
du -sh .venv
