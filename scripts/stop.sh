#!/usr/bin/env bash
# Stops what `make run` started: the app (if it still runs), the SMTP catcher and the embedded database.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f .data/app.pid ]; then
  pid=$(cat .data/app.pid)
  if kill -0 "$pid" 2>/dev/null; then
    pkill -TERM -P "$pid" 2>/dev/null || true
    echo "Stopped the app (pid $pid)."
  fi
  rm -f .data/app.pid
fi
status=0
scripts/smtp4dev.sh stop || status=1
scripts/pg.sh dev stop || status=1
exit "$status"
