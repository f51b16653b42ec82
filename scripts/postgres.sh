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
#
# Credentials: TCP connections need a password (scram-sha-256, never `trust`). The
# application connects as the role `hotline`, which owns DBNAME and is not a
# superuser; its password is generated once into DATADIR/hotline_password (0600) and
# is part of the printed URL. The superuser is reachable only through the server's
# own socket, as the operating-system user that owns the server (peer).
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

# The application role's password: generated once, kept with the server's files.
app_password() {
  local datadir=$1 file=$1/hotline_password
  if ! as_owner test -s "$file"; then
    python3 -c 'import secrets; print(secrets.token_urlsafe(32))' \
      | as_owner sh -c "umask 077; cat > '$file'"
  fi
  as_owner cat "$file"
}

# Password authentication for every TCP connection; the socket only for the server's owner
# (the operating-system user running the server, as the superuser `postgres`).
write_hba() {
  local owner
  owner=$(as_owner id -un)
  as_owner sh -c "umask 077; cat > '$1/pg_ident.conf'" <<IDENT
# Written by scripts/postgres.sh at every start.
owner   $owner   postgres
IDENT
  as_owner sh -c "umask 077; cat > '$1/pg_hba.conf'" <<HBA
# Written by scripts/postgres.sh at every start.
local   all   postgres                 peer map=owner
host    all   all        127.0.0.1/32  scram-sha-256
host    all   all        ::1/128       scram-sha-256
HBA
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
  if ! as_owner test -f "$datadir/PG_VERSION"; then
    # A superuser password nobody keeps: the superuser is used through the socket only.
    local pwfile
    pwfile=$(as_owner mktemp)
    python3 -c 'import secrets; print(secrets.token_urlsafe(32))' | as_owner sh -c "cat > '$pwfile'"
    as_owner "$BINDIR/initdb" -D "$datadir" -U postgres --pwfile="$pwfile" --auth-host=scram-sha-256 \
      --auth-local=peer -E UTF8 --no-locale >/dev/null || { as_owner rm -f "$pwfile"; die "initdb failed in $datadir"; }
    as_owner rm -f "$pwfile"
  fi
  write_hba "$datadir"  # also turns an older `trust` cluster into a password-only one
  if as_owner "$BINDIR/pg_ctl" -D "$datadir" status >/dev/null 2>&1; then
    as_owner "$BINDIR/pg_ctl" -D "$datadir" reload >/dev/null
  else
    as_owner "$BINDIR/pg_ctl" -D "$datadir" -l "$datadir/server.log" -w -t 60 \
      -o "-p $port -k $datadir -c listen_addresses=127.0.0.1" start >/dev/null \
      || { tail -n 20 "$datadir/server.log" >&2 || true; die "server did not start (port $port in use?)"; }
  fi
  local password exists
  password=$(app_password "$datadir")
  # Through stdin, never argv: the password is not visible in `ps`.
  if ! as_owner "$BINDIR/psql" -h "$datadir" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hotline') THEN CREATE ROLE hotline LOGIN; END IF;
END \$\$;
ALTER ROLE hotline PASSWORD '$password';
SQL
  then
    die "cannot connect through $datadir on port $port"
  fi
  exists=$(as_owner "$BINDIR/psql" -h "$datadir" -p "$port" -U postgres -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$dbname'") || die "cannot connect through $datadir"
  if [[ $exists != 1 ]]; then
    as_owner "$BINDIR/createdb" -h "$datadir" -p "$port" -U postgres -O hotline "$dbname" || die "createdb $dbname failed"
  else
    as_owner "$BINDIR/psql" -h "$datadir" -p "$port" -U postgres -d postgres -q \
      -c "ALTER DATABASE $dbname OWNER TO hotline" >/dev/null || die "cannot give $dbname to hotline"
  fi
  echo "postgresql+psycopg://hotline:$password@127.0.0.1:$port/$dbname"
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
