#!/usr/bin/env bash
# A throwaway PostgreSQL on loopback for the archive's contract tests.
#   eval "$(.ci/postgres.sh start)"   # installs Debian's postgresql if missing, prints an export line
#   .ci/postgres.sh stop
# State lives in $NEWS_PG_DIR (default /tmp/news-pg): data, socket, log and the URL in `url`.
set -euo pipefail

dir="${NEWS_PG_DIR:-/tmp/news-pg}"

bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# initdb and postgres refuse to run as root: run them as the postgres user when we are root
as_owner() {
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

start() {
  if [ -z "$(bin_dir)" ] || [ ! -x "$(bin_dir)/initdb" ]; then
    echo "postgres.sh: installing postgresql" >&2
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  fi
  local bin
  bin="$(bin_dir)"
  # binaries without their package (copied, or a half-removed install) may lack the user
  if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
  fi
  if [ -f "$dir/data/postmaster.pid" ]; then stop; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  local port
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  # fsync off: a test database is thrown away, durability would only slow the suite down
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2 ||
    { cat "$dir/postgres.log" >&2; exit 1; }
  "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "create database news_test" >&2
  local url="postgres://postgres@127.0.0.1:$port/news_test"
  echo "$url" >"$dir/url"
  echo "export NEWS_TEST_DATABASE_URL=$url"
}

stop() {
  local bin
  bin="$(bin_dir)"
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
