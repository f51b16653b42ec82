#!/usr/bin/env bash
# nginx in front of the cluster's gateways, Rasa replicas and action servers (loopback).
#
#   scripts/nginx.sh start DIR   # runs nginx with DIR/nginx.conf (written by bot/cluster.py)
#   scripts/nginx.sh stop DIR
#
# Idempotent: installs Debian's nginx package only when it is missing (apt-get update
# first), checks the configuration with `nginx -t` and starts only a stopped server.
# Everything nginx writes (pid, error log, temp files) stays in DIR.
set -euo pipefail

die() { echo "nginx.sh: $*" >&2; exit 1; }

NGINX=/usr/sbin/nginx

ensure_installed() {
  [[ -x $NGINX ]] && return 0
  [[ $(id -u) -eq 0 ]] || die "nginx is not installed and installing it needs root (apt-get install nginx)"
  echo "nginx.sh: installing nginx (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || die "apt-get update failed"
  apt-get install -y -qq nginx >&2 || die "apt-get install nginx failed"
  [[ -x $NGINX ]] || die "nginx installed but $NGINX not found"
}

running() {  # DIR
  local pid
  [[ -f $1/nginx.pid ]] && pid=$(<"$1/nginx.pid") && [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null
}

cmd_start() {
  local dir=${1:?usage: start DIR}
  ensure_installed
  dir=$(readlink -f "$dir")
  [[ -f $dir/nginx.conf ]] || die "no $dir/nginx.conf"
  mkdir -p "$dir/tmp"
  # -e: the error log before the config is read, else nginx tries /var/log/nginx.
  "$NGINX" -t -q -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "configuration test failed"
  if running "$dir"; then
    "$NGINX" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" -s reload || die "reload failed"
  else
    "$NGINX" -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "nginx did not start (port in use?)"
  fi
}

cmd_stop() {
  local dir=${1:?usage: stop DIR} pid i
  running "$dir" || return 0
  pid=$(<"$dir/nginx.pid")
  kill -QUIT "$pid"  # graceful: finishes requests in flight
  for i in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -TERM "$pid" 2>/dev/null || true
}

case ${1:-} in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  *) echo "usage: $0 start DIR | stop DIR" >&2; exit 2 ;;
esac
