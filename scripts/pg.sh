#!/usr/bin/env bash
# Manage a project-local PostgreSQL 15 cluster.
#
#   scripts/pg.sh <dev|test> <start|stop|url|status>
#
#   dev   durable cluster for `make run`   (127.0.0.1:55432, scram-sha-256 on TCP,
#         role/database `wellpath`, extensions btree_gist + pgcrypto)
#   test  throwaway, fast cluster for `make test` (127.0.0.1:55433, trust auth,
#         fsync off; `start` always recreates it; btree_gist + pgcrypto in template1)
#
# State lives in <repo>/.data/ (data dir, socket dir, log, password files, url file).
# When run as root the server runs as the `postgres` user; if that user cannot
# reach <repo>/.data, the cluster goes to /tmp/wellpath-<hash>/ (test) or
# /var/lib/wellpath/<hash>/ (dev) and the choice is recorded in
# <repo>/.data/pg-<mode>.location.
#
# Environment: WELLPATH_PG_BIN (default /usr/lib/postgresql/15/bin),
#              WELLPATH_PG_PORT (default 55432 dev / 55433 test).
# Output: `url` prints only the connection string on stdout; `start` prints the
# connection string with the password masked; notices and errors go to stderr.
# shellcheck disable=SC2016,SC2015  # single-quoted sh -c scripts are intentional; A && B || C uses are guarded
set -euo pipefail

PROG="scripts/pg.sh"
die()    { printf '%s: error: %s\n' "$PROG" "$*" >&2; exit 1; }
notice() { printf '%s: %s\n' "$PROG" "$*" >&2; }
usage()  { printf 'usage: %s <dev|test> <start|stop|url|status>\n' "$PROG" >&2; exit 2; }

[ $# -eq 2 ] || usage
MODE=$1 CMD=$2
case "$MODE" in dev|test) ;; *) usage ;; esac
case "$CMD" in start|stop|url|status) ;; *) usage ;; esac

REPO=$(cd "$(dirname "$0")/.." && pwd -P)
ORIG_PWD=$PWD

PG_BIN=${WELLPATH_PG_BIN:-/usr/lib/postgresql/15/bin}
case "$PG_BIN" in /*) ;; *) PG_BIN="$ORIG_PWD/$PG_BIN" ;; esac
for b in initdb pg_ctl postgres psql; do
  [ -x "$PG_BIN/$b" ] || die "$PG_BIN/$b not found or not executable (set WELLPATH_PG_BIN to the PostgreSQL 15 bin folder)"
done

if [ "$MODE" = dev ]; then DEFAULT_PORT=55432; else DEFAULT_PORT=55433; fi
PORT=${WELLPATH_PG_PORT:-$DEFAULT_PORT}
[[ "$PORT" =~ ^[0-9]+$ ]] && [ "$PORT" -ge 1 ] && [ "$PORT" -le 65535 ] \
  || die "WELLPATH_PG_PORT must be a TCP port number, got '$PORT'"

# Locale: keep initdb/server/psql away from whatever LANG the caller has.
if locale -a 2>/dev/null | grep -qiE '^c\.utf-?8$'; then
  export LC_ALL=C.UTF-8; INITDB_LOCALE=(--locale=C.UTF-8 -E UTF8)
else
  export LC_ALL=C; INITDB_LOCALE=(--no-locale -E UTF8)
fi
unset PGHOST PGHOSTADDR PGPORT PGDATABASE PGUSER PGPASSWORD PGPASSFILE PGSERVICE PGOPTIONS PGDATA || true

STATE_HOME="$REPO/.data"                      # always holds .location / .url / .lock
LOCATION_FILE="$STATE_HOME/pg-$MODE.location"
URL_FILE="$STATE_HOME/pg-$MODE.url"
DEFAULT_DATADIR="$STATE_HOME/pg-$MODE"
HASH=$(printf '%s' "$REPO" | sha256sum | cut -c1-8)
if [ "$MODE" = dev ]; then FALLBACK_STATE="/var/lib/wellpath/$HASH"; else FALLBACK_STATE="/tmp/wellpath-$HASH"; fi

IS_ROOT=0; [ "$(id -u)" -eq 0 ] && IS_ROOT=1
if [ "$IS_ROOT" = 1 ]; then
  SERVER_USER=postgres
  id -u "$SERVER_USER" >/dev/null 2>&1 || die "running as root but there is no '$SERVER_USER' system user to run the server"
  command -v runuser >/dev/null 2>&1 || die "runuser (util-linux) is required when running as root"
else
  SERVER_USER=$(id -un 2>/dev/null || true)
fi

cd /   # all paths are absolute; avoid "could not change directory" warnings under runuser

as_server() {
  # fd 9 is the state lock; never leak it into the server (it would hold the lock forever)
  if [ "$IS_ROOT" = 1 ]; then runuser -u "$SERVER_USER" -- "$@" 9>&-; else "$@" 9>&-; fi
}
# write stdin to a file as the server user, mode 600
write_as_server() { as_server sh -c 'umask 077; cat > "$1"' sh "$1"; }

# Can the server user use directory $1 (write to it and traverse every parent)?
server_can_use() {
  as_server sh -c '
    d=$1
    test -d "$d" && test -w "$d" && test -x "$d" || exit 1
    while [ "$d" != / ]; do d=$(dirname "$d"); test -x "$d" || exit 1; done' sh "$1" 2>/dev/null
}

# Make directory $1 (mode 700) owned by the server user.
make_server_dir() {
  mkdir -p "$1"
  if [ "$IS_ROOT" = 1 ]; then chown "$SERVER_USER": "$1"; fi
  chmod 700 "$1"
}

set_paths() {   # from DATADIR
  STATE_DIR=$(dirname "$DATADIR")
  RUN_DIR="$STATE_DIR/pg-$MODE.run"             # socket + server log
  LOG_FILE="$RUN_DIR/postgres.log"
  SOCK_DIR="$RUN_DIR"
  # Unix socket paths are limited to 107 bytes; use a short private dir if needed.
  if [ $(( ${#SOCK_DIR} + ${#PORT} + 16 )) -gt 107 ]; then
    SOCK_DIR="/tmp/wellpath-$HASH-$MODE.sock"
  fi
  SU_PW_FILE="$STATE_DIR/pg-$MODE.superuser.password"
  APP_PW_FILE="$STATE_DIR/pg-$MODE.wellpath.password"
  MARKER="$DATADIR/wellpath_bootstrapped"
}

# Data dir recorded by a previous start, else the default.
load_location() {
  DATADIR=$DEFAULT_DATADIR
  if [ -f "$LOCATION_FILE" ]; then
    local loc; loc=$(head -n1 "$LOCATION_FILE")
    case "$loc" in /*/pg-"$MODE") DATADIR=$loc ;; *) notice "ignoring malformed $LOCATION_FILE" ;; esac
  fi
  set_paths
  # As root, an existing cluster keeps running as whoever owns it.
  if [ "$IS_ROOT" = 1 ] && [ -f "$DATADIR/PG_VERSION" ]; then
    local owner; owner=$(stat -c %U "$DATADIR")
    [ "$owner" != root ] || die "$DATADIR is owned by root; PostgreSQL cannot run as root"
    SERVER_USER=$owner
  fi
}

# Choose a fresh location for the data dir (start only).
choose_location() {
  DATADIR=$DEFAULT_DATADIR
  if [ "$IS_ROOT" = 1 ]; then
    SERVER_USER=postgres
    make_server_dir "$DATADIR"
    if ! server_can_use "$DATADIR"; then
      rmdir "$DATADIR" 2>/dev/null || true
      DATADIR="$FALLBACK_STATE/pg-$MODE"
      notice "user '$SERVER_USER' cannot reach $STATE_HOME; using $DATADIR instead"
      if [ -e "$FALLBACK_STATE" ] && { [ "$(stat -c %u "$FALLBACK_STATE")" != 0 ] || [ -L "$FALLBACK_STATE" ]; }; then
        die "$FALLBACK_STATE exists but is not a root-owned directory; refusing to use it"
      fi
      mkdir -p "$FALLBACK_STATE"
      chmod 755 "$FALLBACK_STATE"
      make_server_dir "$DATADIR"
      server_can_use "$DATADIR" || die "user '$SERVER_USER' cannot use $DATADIR either"
    fi
  else
    mkdir -p "$DATADIR"; chmod 700 "$DATADIR"
  fi
  set_paths
}

prepare_run_dirs() {
  make_server_dir "$RUN_DIR"
  if [ "$SOCK_DIR" != "$RUN_DIR" ]; then
    if [ -e "$SOCK_DIR" ] || [ -L "$SOCK_DIR" ]; then
      [ -d "$SOCK_DIR" ] && [ ! -L "$SOCK_DIR" ] && [ "$(stat -c %U "$SOCK_DIR")" = "$SERVER_USER" ] \
        || die "$SOCK_DIR exists and is not a directory owned by $SERVER_USER"
    fi
    make_server_dir "$SOCK_DIR"
  fi
}

is_running() {
  [ -n "${DATADIR:-}" ] || return 1
  as_server "$PG_BIN/pg_ctl" status -D "$DATADIR" >/dev/null 2>&1
}
running_field() {  # line N of postmaster.pid (1=pid, 4=port)
  as_server sed -n "${1}p" "$DATADIR/postmaster.pid" 2>/dev/null | tr -d '[:space:]' || true
}
port_in_use() {  # something accepts TCP connections on 127.0.0.1:$1
  if command -v timeout >/dev/null 2>&1; then
    timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' sh "$1" 2>/dev/null
  else
    bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' sh "$1" 2>/dev/null
  fi
}

psql_su() {  # psql as superuser over the unix socket; SQL on stdin
  as_server "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCK_DIR" -p "$PORT" -U postgres "$@" >/dev/null
}

gen_password() {
  if command -v openssl >/dev/null 2>&1; then openssl rand -hex 16
  else od -An -tx1 -N16 /dev/urandom | tr -d ' \n'; echo; fi
}
write_secret() {  # file content  (mode 600, owned by the invoking user)
  local tmp="$1.tmp.$$"
  ( umask 077; printf '%s\n' "$2" > "$tmp" )
  chmod 600 "$tmp"; mv -f "$tmp" "$1"
}

build_url() {
  if [ "$MODE" = dev ]; then
    [ -s "$APP_PW_FILE" ] || die "dev cluster is not initialised (no $APP_PW_FILE); run: $PROG dev start"
    printf 'Host=127.0.0.1;Port=%s;Database=wellpath;Username=wellpath;Password=%s' "$PORT" "$(head -n1 "$APP_PW_FILE")"
  else
    printf 'Host=127.0.0.1;Port=%s;Database=postgres;Username=postgres' "$PORT"
  fi
}
print_started() {
  local url; url=$(build_url)
  write_secret "$URL_FILE" "$url"
  if [ "$MODE" = dev ]; then url="${url%%Password=*}Password=********"; fi
  printf '%s\n' "$url"
}

write_conf() {
  local sock_dir=$SOCK_DIR
  {
    echo "# Managed by scripts/pg.sh - rewritten on every start."
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $PORT"
    echo "unix_socket_directories = '$sock_dir'"
    echo "unix_socket_permissions = 0700"
    echo "password_encryption = 'scram-sha-256'"
    if [ "$MODE" = test ]; then
      echo "fsync = off"
      echo "synchronous_commit = off"
      echo "full_page_writes = off"
      echo "max_connections = 300"
      echo "shared_buffers = 256MB"
    fi
  } | write_as_server "$DATADIR/wellpath.conf"
}

init_cluster() {
  notice "initialising $MODE cluster in $DATADIR"
  local opts=(-D "$DATADIR" -U postgres "${INITDB_LOCALE[@]}" --no-instructions)
  if [ "$MODE" = test ]; then opts+=(--auth=trust --no-sync)
  else opts+=(--auth-local=trust --auth-host=reject --data-checksums); fi
  if ! out=$(as_server "$PG_BIN/initdb" "${opts[@]}" 2>&1); then
    printf '%s\n' "$out" >&2; die "initdb failed for $DATADIR"
  fi
  printf "\n# Local overrides managed by scripts/pg.sh\ninclude_if_exists = 'wellpath.conf'\n" \
    | as_server sh -c 'cat >> "$1"' sh "$DATADIR/postgresql.conf"

  if [ "$MODE" = test ]; then
    write_as_server "$DATADIR/pg_hba.conf" <<'EOF'
# Managed by scripts/pg.sh (test cluster: throwaway, trust auth)
local   all   all                 trust
host    all   all   127.0.0.1/32  trust
host    all   all   ::1/128       trust
EOF
  else
    local local_su="peer map=wellpath_superuser"
    [ -n "$SERVER_USER" ] || local_su="trust"   # no user name to map; socket dir is 0700 anyway
    write_as_server "$DATADIR/pg_hba.conf" <<EOF
# Managed by scripts/pg.sh (dev cluster)
# Superuser: unix socket only (the socket dir is private to the server user).
local   all   postgres            $local_su
local   all   all                 scram-sha-256
host    all   all   127.0.0.1/32  scram-sha-256
host    all   all   ::1/128       scram-sha-256
EOF
    if [ -n "$SERVER_USER" ]; then
      printf '# Managed by scripts/pg.sh\nwellpath_superuser  %s  postgres\n' "$SERVER_USER" \
        | write_as_server "$DATADIR/pg_ident.conf"
    fi
  fi
}

bootstrap_dev() {
  [ -s "$SU_PW_FILE" ]  || write_secret "$SU_PW_FILE"  "$(gen_password)"
  [ -s "$APP_PW_FILE" ] || write_secret "$APP_PW_FILE" "$(gen_password)"
  chmod 600 "$SU_PW_FILE" "$APP_PW_FILE"
  local su_pw app_pw
  su_pw=$(head -n1 "$SU_PW_FILE"); app_pw=$(head -n1 "$APP_PW_FILE")
  [[ "$su_pw$app_pw" =~ ^[A-Za-z0-9]+$ ]] || die "password files must contain only letters and digits"
  psql_su -d postgres <<EOF || die "bootstrapping the dev database failed (see $LOG_FILE)"
SET client_min_messages = warning;
ALTER ROLE postgres PASSWORD '$su_pw';
SELECT 'CREATE ROLE wellpath' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'wellpath') \gexec
ALTER ROLE wellpath WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '$app_pw';
SELECT 'CREATE DATABASE wellpath OWNER wellpath' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'wellpath') \gexec
\c wellpath
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
EOF
  as_server touch "$MARKER"
}

bootstrap_test() {
  psql_su -d template1 <<'EOF' || die "creating extensions in template1 failed (see $LOG_FILE)"
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
EOF
}

stop_server() {  # $1 = pg_ctl shutdown mode
  is_running || return 0
  as_server "$PG_BIN/pg_ctl" stop -D "$DATADIR" -m "$1" -w -t 60 >/dev/null \
    || die "failed to stop the server on $DATADIR"
}

ensure_port_free() {
  if port_in_use "$PORT"; then
    die "port $PORT on 127.0.0.1 is already in use by another process (not the $MODE cluster in $DATADIR); stop it or set WELLPATH_PG_PORT"
  fi
}

start_server() {
  ensure_port_free
  if ! as_server "$PG_BIN/pg_ctl" start -D "$DATADIR" -w -t 60 -l "$LOG_FILE" >/dev/null 2>&1; then
    printf '%s: server failed to start; last 30 lines of %s:\n' "$PROG" "$LOG_FILE" >&2
    tail -n 30 "$LOG_FILE" >&2 2>/dev/null || true
    exit 1
  fi
}

lock_state() {
  mkdir -p "$STATE_HOME"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$STATE_HOME/pg-$MODE.lock"
    flock -w 120 9 || die "timed out waiting for another $PROG $MODE invocation"
  fi
}

cmd_start() {
  lock_state
  if [ "$MODE" = test ]; then
    # Throwaway: stop whatever runs on the previously recorded and the default location, then wipe.
    load_location
    stop_server immediate
    local old_data=$DATADIR old_run=$RUN_DIR
    choose_location
    if [ "$old_data" != "$DATADIR" ]; then
      rm -rf -- "$old_data" "$old_run"     # previous location (always ends in /pg-test)
    fi
    stop_server immediate
    ensure_port_free
    rm -rf -- "$DATADIR" "$RUN_DIR"
    make_server_dir "$DATADIR"
    printf '%s\n' "$DATADIR" > "$LOCATION_FILE"
    prepare_run_dirs
    init_cluster
    write_conf
    start_server
    bootstrap_test
    print_started
    return
  fi

  # dev: durable, reuse an existing cluster.
  load_location
  if [ ! -f "$DATADIR/PG_VERSION" ]; then
    choose_location
  fi
  printf '%s\n' "$DATADIR" > "$LOCATION_FILE"
  if is_running; then
    local rport; rport=$(running_field 4)
    if [ -n "$rport" ] && [ "$rport" != "$PORT" ]; then
      die "the dev cluster in $DATADIR is already running on port $rport, not $PORT; stop it first"
    fi
    [ -f "$MARKER" ] && [ -s "$APP_PW_FILE" ] && [ -s "$SU_PW_FILE" ] || bootstrap_dev
    print_started
    return
  fi
  ensure_port_free
  if [ ! -f "$DATADIR/PG_VERSION" ]; then
    [ -z "$(ls -A "$DATADIR" 2>/dev/null)" ] || die "$DATADIR exists, is not empty and is not a PostgreSQL cluster"
    make_server_dir "$DATADIR"
    prepare_run_dirs
    init_cluster
  else
    prepare_run_dirs
  fi
  write_conf
  start_server
  [ -f "$MARKER" ] && [ -s "$APP_PW_FILE" ] && [ -s "$SU_PW_FILE" ] || bootstrap_dev
  print_started
}

cmd_stop() {
  [ -d "$STATE_HOME" ] || { echo "postgres $MODE: not running"; return 0; }
  lock_state
  load_location
  if is_running; then
    stop_server fast
    echo "postgres $MODE: stopped ($DATADIR)"
  else
    echo "postgres $MODE: not running"
  fi
}

cmd_status() {
  load_location
  if is_running; then
    echo "postgres $MODE: running (pid $(running_field 1), port $(running_field 4), data $DATADIR)"
    return 0
  fi
  echo "postgres $MODE: not running (data $DATADIR)"
  return 1
}

cmd_url() {
  load_location
  build_url; echo
}

case "$CMD" in
  start)  cmd_start ;;
  stop)   cmd_stop ;;
  status) cmd_status ;;
  url)    cmd_url ;;
esac
