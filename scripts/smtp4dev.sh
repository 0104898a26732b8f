#!/usr/bin/env bash
# The SMTP catcher for `make run`: smtp4dev (a local dotnet tool, .config/dotnet-tools.json) takes the app's mail on
# 127.0.0.1:2525 and shows it in a web inbox on http://127.0.0.1:5081. Nothing is relayed anywhere.
#
#   scripts/smtp4dev.sh <start|stop|status|url>
#
#   start   restore the tool and start it in the background, unless it already runs; prints the inbox URL
#   stop    stop it (its whole process group: `dotnet tool run` starts the server as a child)
#   url     print the SMTP URL the app should send to (WELLPATH_SMTP_URL)
#
# State (SQLite database, settings), log and pid live in <repo>/.data/.
# Environment: WELLPATH_SMTP4DEV_SMTP_PORT (default 2525), WELLPATH_SMTP4DEV_WEB_PORT (default 5081).
# shellcheck disable=SC2016  # the single-quoted bash -c script is intentional
set -euo pipefail

PROG="scripts/smtp4dev.sh"
die()   { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }
usage() { printf 'usage: %s <start|stop|status|url>\n' "$PROG" >&2; exit 2; }
[ $# -eq 1 ] || usage

cd "$(dirname "$0")/.."
SMTP_PORT=${WELLPATH_SMTP4DEV_SMTP_PORT:-2525}
WEB_PORT=${WELLPATH_SMTP4DEV_WEB_PORT:-5081}
for p in "$SMTP_PORT" "$WEB_PORT"; do
  if ! { [[ "$p" =~ ^[0-9]+$ ]] && [ "$p" -ge 1 ] && [ "$p" -le 65535 ]; }; then die "'$p' is not a TCP port number"; fi
done
STATE_DIR="$PWD/.data/smtp4dev"
PID_FILE=.data/smtp4dev.pid
LOG_FILE=.data/smtp4dev.log
WEB_URL="http://127.0.0.1:$WEB_PORT"
SMTP_URL="smtp://127.0.0.1:$SMTP_PORT"

# The pid in the pid file, if that process is still smtp4dev (a stale file may name a reused pid).
running_pid() {
  [ -s "$PID_FILE" ] || return 1
  local pid; pid=$(head -n1 "$PID_FILE")
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q smtp4dev || return 1
  echo "$pid"
}

port_in_use() { timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' sh "$1" 2>/dev/null; }

cmd_start() {
  mkdir -p "$STATE_DIR"
  exec 9>.data/smtp4dev.lock
  flock -w 120 9 || die "timed out waiting for another $PROG invocation"
  local pid
  if pid=$(running_pid); then
    echo "Mail inbox (smtp4dev, already running, pid $pid): $WEB_URL  (the app sends to $SMTP_URL)"
    return 0
  fi
  for p in "$SMTP_PORT" "$WEB_PORT"; do
    port_in_use "$p" && die "port $p on 127.0.0.1 is taken by another process; stop it, or set WELLPATH_SMTP_URL to use another mail server"
  done
  dotnet tool restore >/dev/null || die "dotnet tool restore failed (is NuGet reachable?)"

  # setsid: its own session and process group, so Ctrl+C on `make run` leaves it running and stop can end the group.
  setsid dotnet tool run smtp4dev -- \
    --baseappdatapath="$STATE_DIR" --db=database.db \
    --smtpport="$SMTP_PORT" --bindaddress=127.0.0.1 --hostname=localhost \
    --imapport= --pop3port= \
    --urls="$WEB_URL" \
    >>"$LOG_FILE" 2>&1 </dev/null 9>&- &
  pid=$!
  echo "$pid" > "$PID_FILE"

  local waited=0
  until port_in_use "$SMTP_PORT" && port_in_use "$WEB_PORT"; do
    if ! kill -0 "$pid" 2>/dev/null || [ "$waited" -ge 60 ]; then
      kill -TERM -- "-$pid" 2>/dev/null || true
      rm -f "$PID_FILE"
      printf '%s: smtp4dev did not start; last 20 lines of %s:\n' "$PROG" "$LOG_FILE" >&2
      tail -n 20 "$LOG_FILE" >&2 || true
      exit 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "Mail inbox (smtp4dev, pid $pid): $WEB_URL  (the app sends to $SMTP_URL; log: $LOG_FILE)"
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PID_FILE"
    echo "smtp4dev: not running"
    return 0
  fi
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  for _ in $(seq 1 20); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  echo "smtp4dev: stopped (pid $pid)"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    echo "smtp4dev: running (pid $pid), inbox $WEB_URL, SMTP $SMTP_URL"
    return 0
  fi
  echo "smtp4dev: not running"
  return 1
}

case "$1" in
  start)  cmd_start ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  url)    echo "$SMTP_URL" ;;
  *)      usage ;;
esac
