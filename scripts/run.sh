#!/usr/bin/env bash
# Serves the host; when DATABASE_URL is unset, on the embedded PostgreSQL cluster under .data/, and when
# WELLPATH_SMTP_URL is unset, sending mail to a local smtp4dev with a web inbox (scripts/smtp4dev.sh).
# Usage: scripts/run.sh <host.dll> [migrate]
set -euo pipefail
cd "$(dirname "$0")/.."
host_dll=$1
shift

if [ -z "${DATABASE_URL:-}" ]; then
  scripts/pg.sh dev start >&2
  DATABASE_URL=$(scripts/pg.sh dev url)
  export DATABASE_URL
fi
export ASPNETCORE_ENVIRONMENT=${ASPNETCORE_ENVIRONMENT:-Development}
if [ -z "${WELLPATH_BOOTSTRAP_ADMIN_TOKEN:-}" ]; then
  mkdir -p .data
  if [ ! -s .data/admin-token ]; then
    (umask 077; od -An -N24 -tx1 /dev/urandom | tr -d ' \n' > .data/admin-token)
  fi
  WELLPATH_BOOTSTRAP_ADMIN_TOKEN=$(cat .data/admin-token)
  export WELLPATH_BOOTSTRAP_ADMIN_TOKEN
  echo "API admin token for this checkout: .data/admin-token (send it as Authorization: Bearer <token>)" >&2
fi
export WELLPATH_URLS=${WELLPATH_URLS:-http://127.0.0.1:5080}

if [ "${1:-}" = migrate ]; then
  exec dotnet "$host_dll" migrate --contentRoot "$PWD/src/Host"
fi

if [ -z "${WELLPATH_SMTP_URL:-}" ]; then
  scripts/smtp4dev.sh start >&2
  WELLPATH_SMTP_URL=$(scripts/smtp4dev.sh url)
  export WELLPATH_SMTP_URL
fi

mkdir -p .data
echo $$ > .data/app.pid
trap 'rm -f .data/app.pid' EXIT
dotnet "$host_dll" --contentRoot "$PWD/src/Host"
