#!/usr/bin/env bash
# Serves a built dist/ with deploy/nginx.conf in the foreground, from a scratch prefix (pid,
# logs and temp files there): run-nginx.sh [PORT] [DIST]. Ctrl-C stops it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
port=${1:-8080}
dist=$(cd "${2:-$here/../dist}" && pwd)
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
sed -e "s#listen 127.0.0.1:8080;#listen 127.0.0.1:$port;#" -e "s#root /srv/drawdown/dist;#root $dist;#" \
  "$here/nginx.conf" > "$prefix/nginx.conf"
echo "Drawdown on http://127.0.0.1:$port (nginx, $dist)"
# Workers run as whoever runs this (as root, nginx would drop them to nobody, who cannot read a
# dist/ inside a private directory such as a fresh clone under mktemp -d).
exec nginx -p "$prefix" -c "$prefix/nginx.conf" -e "$prefix/error.log" \
  -g "daemon off; user $(id -un) $(id -gn);"
