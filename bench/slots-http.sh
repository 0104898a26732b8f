#!/usr/bin/env bash
# The HTTP slot benchmark of bench/README.md in one command: a Release host on its own port and its own database
# (on the test PostgreSQL cluster, which must be running), the issue's data made through the API, then the load run.
#
#   bench/slots-http.sh [clients, comma-separated (default 1,4)] [seconds per run (default 20)]
#
# Environment: WELLPATH_PG_PORT (the test cluster's port, default 55433), WELLPATH_BENCH_PORT (default 5090; never
# 5080), WELLPATH_BENCH_DB (default bench; dropped and made afresh), WELLPATH_BENCH_HOST (the host's folder, default
# this checkout's src/Host, built here; point it at another checkout's built host to measure that version).
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${1:-1,4}
SECONDS_PER_RUN=${2:-20}
PG_PORT=${WELLPATH_PG_PORT:-55433}
PORT=${WELLPATH_BENCH_PORT:-5090}
DB=${WELLPATH_BENCH_DB:-bench}
HOST_DIR=${WELLPATH_BENCH_HOST:-$PWD/src/Host}
TOKEN=bench-token-$(date +%s)-$RANDOM
PSQL=${WELLPATH_PG_BIN:-/usr/lib/postgresql/15/bin}/psql
[ "$PORT" != 5080 ] || { echo "bench/slots-http.sh: port 5080 is the coordinator's app; choose another WELLPATH_BENCH_PORT" >&2; exit 2; }

"$PSQL" "host=127.0.0.1 port=$PG_PORT user=postgres dbname=postgres" -q -c "drop database if exists $DB" -c "create database $DB"
if [ -z "${WELLPATH_BENCH_HOST:-}" ]; then
  dotnet build src/Host -c Release -v q -nologo | grep -E "error|Warn|Elapsed" || true
fi
dotnet build bench/WellPath.Bench -c Release -v q -nologo | grep -E "error|Warn|Elapsed" || true

LOG=$(mktemp /tmp/wellpath-bench-host.XXXXXX.log)
# Jobs off: the 400 bookings queue confirmation mail for an SMTP server the benchmark does not run, and the
# outbox's retries would run during the measurement. Request logging on: the server-side times come from it.
ASPNETCORE_ENVIRONMENT=Production WELLPATH_LOG_FORMAT=json \
  DATABASE_URL="Host=127.0.0.1;Port=$PG_PORT;Database=$DB;Username=postgres" WELLPATH_URLS=http://127.0.0.1:$PORT \
  WELLPATH_DEMO_DATA=false WELLPATH_JOBS=false WELLPATH_BOOTSTRAP_ADMIN_TOKEN=$TOKEN WELLPATH_BOOKING_LIMIT=100000 \
  dotnet "$HOST_DIR/bin/Release/net10.0/WellPath.Host.dll" --contentRoot "$HOST_DIR" \
  --Logging:LogLevel:Default=Warning --Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics=Information > "$LOG" 2>&1 &
HOST_PID=$!
trap 'kill $HOST_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/health/ready" > /dev/null 2>&1 && break
  kill -0 $HOST_PID 2>/dev/null || { cat "$LOG" >&2; exit 1; }
  sleep 1
done

echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/WellPath.Bench/bin/Release/net10.0/WellPath.Bench.dll slots --url "http://127.0.0.1:$PORT" --token "$TOKEN" \
  --clients "$CLIENTS" --seconds "$SECONDS_PER_RUN" --server-log "$LOG"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f "$LOG"
