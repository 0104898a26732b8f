#!/usr/bin/env bash
# Stops what `make run` started: the app (if it still runs) and the embedded database.
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
scripts/pg.sh dev stop
