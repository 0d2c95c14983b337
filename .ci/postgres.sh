#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on loopback for the tests marked
# `postgres`, and print its SQLAlchemy URL as the last line of stdout:
#
#   export EOC_TEST_POSTGRES_URL="$(.ci/postgres.sh)"
#
# Installs Debian's postgresql package when no server is there (as root, or
# with sudo). The cluster lives in $EOC_PG_DIR (default /tmp/eoc-pg), listens
# only on 127.0.0.1:$EOC_PG_PORT (default 54329), runs without fsync (test
# data only) and has a role `eoc` owning database `eoc_test`. Running it again
# reuses a running cluster. Stop it with: .ci/postgres.sh stop
set -euo pipefail

port="${EOC_PG_PORT:-54329}"
dir="${EOC_PG_DIR:-/tmp/eoc-pg}"

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "postgres.sh: installing postgresql" >&2
  "${sudo_cmd[@]}" apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq \
    --no-install-recommends postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"

# The server refuses to run as root: as root, run it as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

if [ "${1:-}" = "stop" ]; then
  as_owner "$bin/pg_ctl" -D "$dir" -m fast stop >&2 || true
  exit 0
fi

if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  [ "$(id -u)" -eq 0 ] && chown postgres "$dir"
  chmod 700 "$dir"
  as_owner "$bin/initdb" -D "$dir" -U postgres -A trust --no-sync >&2
fi

if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w start \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off" >&2
fi

psql_admin() {
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"
}
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'eoc'")" != "1" ]; then
  psql_admin -c "CREATE ROLE eoc LOGIN PASSWORD 'eoc'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'eoc_test'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE eoc_test OWNER eoc" >&2
fi

echo "postgresql+psycopg://eoc:eoc@127.0.0.1:${port}/eoc_test"
