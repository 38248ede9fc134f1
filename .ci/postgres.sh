#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests (marked @pytest.mark.postgres).
#
#   export NEWSGRAPH_TEST_PG="$(.ci/postgres.sh)"   # start; prints the URL on stdout
#   source .ci/postgres.sh                          # start and export NEWSGRAPH_TEST_PG
#   .ci/postgres.sh stop                            # stop the last server started here
#
# Installs Debian's postgresql with apt-get when no server binaries are found,
# creates a fresh cluster in a temporary directory (trust auth, listening on
# 127.0.0.1 only, fsync off: the data is disposable), creates the database
# newsgraph_test and prints postgresql://newsgraph@127.0.0.1:PORT/newsgraph_test.
# All progress goes to stderr so the URL is the only stdout line.
set -euo pipefail

STATE=/tmp/newsgraph-pg.current

_stop() {
  [ -f "$STATE" ] || { echo "postgres.sh: no server recorded in $STATE" >&2; return 0; }
  local dir bin
  dir=$(sed -n 1p "$STATE"); bin=$(sed -n 2p "$STATE")
  _as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir" "$STATE"
}

_as_owner() {  # run a server binary as a non-root user (initdb/postgres refuse root)
  local dir=$1; shift
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_start() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "postgres.sh: installing postgresql (apt-get)" >&2
    local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      postgresql >&2
  fi
  local bin dir port
  bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  dir=$(mktemp -d /tmp/newsgraph-pg.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  [ "$(id -u)" = 0 ] && chown postgres "$dir"
  _as_owner "$dir" "$bin/initdb" -D "$dir/data" -U newsgraph --auth=trust -E UTF8 \
    --locale=C.UTF-8 >&2
  _as_owner "$dir" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
    start >&2
  _as_owner "$dir" "$bin/createdb" -h 127.0.0.1 -p "$port" -U newsgraph newsgraph_test
  printf '%s\n%s\n' "$dir" "$bin" > "$STATE"
  NEWSGRAPH_TEST_PG="postgresql://newsgraph@127.0.0.1:$port/newsgraph_test"
  export NEWSGRAPH_TEST_PG
  echo "$NEWSGRAPH_TEST_PG"
}

case "${1:-start}" in
  start) _start ;;
  stop) _stop ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
