#!/usr/bin/env bash
# A throw-away PostgreSQL server on loopback, for tests and local runs.
#
#   scripts/postgres.sh start DATADIR PORT [DBNAME]   # prints the SQLAlchemy URL
#   scripts/postgres.sh stop DATADIR
#
# Idempotent: installs Debian's postgresql package only when its programs are
# missing (apt-get update first), runs initdb only on an empty DATADIR, starts
# only a stopped server and creates DBNAME (default: hotline) only if absent.
# PostgreSQL refuses to run as root: as root the server runs as the `postgres`
# user, which then owns DATADIR (its parent folders must let that user in).
set -euo pipefail

die() { echo "postgres.sh: $*" >&2; exit 1; }

find_bindir() {
  local pg_ctl
  if pg_ctl=$(command -v pg_ctl 2>/dev/null) && [[ -x $(dirname "$(readlink -f "$pg_ctl")")/initdb ]]; then
    dirname "$(readlink -f "$pg_ctl")"
    return 0
  fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n $dir && -x $dir/pg_ctl && -x $dir/initdb ]] && { echo "$dir"; return 0; }
  return 1
}

ensure_installed() {
  if BINDIR=$(find_bindir); then return 0; fi
  [[ $(id -u) -eq 0 ]] || die "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)"
  echo "postgres.sh: installing PostgreSQL (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed"
  apt-get install -y -qq postgresql >&2 || die "apt-get install postgresql failed"
  BINDIR=$(find_bindir) || die "postgresql installed but pg_ctl/initdb not found"
}

# Runs a PostgreSQL program as the server's owner.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cmd_start() {
  local datadir=${1:?usage: start DATADIR PORT [DBNAME]} port=${2:?usage: start DATADIR PORT [DBNAME]}
  local dbname=${3:-hotline}
  [[ $port =~ ^[0-9]+$ ]] || die "PORT must be a number"
  [[ $dbname =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "DBNAME must be a plain identifier"
  ensure_installed
  mkdir -p "$datadir"
  datadir=$(readlink -f "$datadir")
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres: "$datadir"
    chmod 700 "$datadir"
  fi
  if [[ ! -f $datadir/PG_VERSION ]]; then
    as_owner "$BINDIR/initdb" -D "$datadir" -U postgres -A trust -E UTF8 --no-locale >/dev/null \
      || die "initdb failed in $datadir"
  fi
  if ! as_owner "$BINDIR/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
    as_owner "$BINDIR/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 60 \
      -o "-p $port -k $datadir -c listen_addresses=127.0.0.1" start >/dev/null \
      || { tail -n 20 "$datadir/server.log" >&2 || true; die "server did not start (port $port in use?)"; }
  fi
  local exists
  exists=$(as_owner "$BINDIR/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$dbname'") || die "cannot connect on 127.0.0.1:$port"
  if [[ $exists != 1 ]]; then
    as_owner "$BINDIR/createdb" -h 127.0.0.1 -p "$port" -U postgres "$dbname" || die "createdb $dbname failed"
  fi
  echo "postgresql+psycopg://postgres@127.0.0.1:$port/$dbname"
}

cmd_stop() {
  local datadir=${1:?usage: stop DATADIR}
  [[ -f $datadir/PG_VERSION ]] || { echo "postgres.sh: no cluster in $datadir" >&2; return 0; }
  BINDIR=$(find_bindir) || die "pg_ctl not found"
  if as_owner "$BINDIR/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
    as_owner "$BINDIR/pg_ctl" -D "$datadir" -m fast -w stop >/dev/null || die "pg_ctl stop failed"
  fi
}

case ${1:-} in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  *) echo "usage: $0 start DATADIR PORT [DBNAME] | stop DATADIR" >&2; exit 2 ;;
esac
