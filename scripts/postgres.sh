#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for tests (CI and developers), on 127.0.0.1 only.
#
#   eval "$(bash scripts/postgres.sh start)"   # prints: export PRIV_PG_URL=... PRIV_PG_DATA=...
#   bash scripts/postgres.sh stop               # stops the server started above and removes its data
#
# `start` installs Debian's postgresql-15 when its binaries are missing (apt-get update && apt-get
# install -y postgresql-15), makes a data directory under a new temporary directory, and starts the
# server as the non-root `postgres` user (when run as root) on a free port, with trust auth on
# loopback only and fsync off (test data). Everything but the export line goes to stderr.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

start() {
  if [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "priv: installing postgresql-15 from Debian" >&2
    if [ "$(id -u)" -ne 0 ]; then echo "priv: postgresql-15 is missing and installing it needs root" >&2; exit 1; fi
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql-15 >&2
  fi
  local run_as=()
  local owner
  owner="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    run_as=(runuser -u postgres --)
    owner=postgres
  fi
  local dir port
  dir="$(mktemp -d "${TMPDIR:-/tmp}/priv-pg.XXXXXX")"
  chown "$owner" "$dir"
  chmod 700 "$dir"
  # A free port: ask the kernel for one, then release it for the server.
  port="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  "${run_as[@]}" "$PG_BIN/initdb" -D "$dir/data" -U priv -A trust --no-sync -E UTF8 --locale=C >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c max_wal_size=2GB" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }
  echo "priv: PostgreSQL 15 on 127.0.0.1:$port (data in $dir)" >&2
  echo "export PRIV_PG_URL=postgres://priv@127.0.0.1:$port/postgres PRIV_PG_DATA=$dir"
}

stop() {
  local dir="${PRIV_PG_DATA:-}"
  if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then echo "priv: no server to stop (PRIV_PG_DATA unset or gone)" >&2; return 0; fi
  local run_as=()
  if [ "$(id -u)" -eq 0 ]; then run_as=(runuser -u postgres --); fi
  "${run_as[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: bash scripts/postgres.sh start|stop" >&2; exit 2 ;;
esac
