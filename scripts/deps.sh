#!/bin/sh
# Install the Debian packages itaku needs to build, test and run its demo.
# Usage: scripts/deps.sh [build|check|bench|fuzz]
# Missing packages are installed with apt-get when run as root; otherwise the
# exact command to run is printed and the script fails.
set -eu

build="pkg-config make gcc libsqlite3-dev libxml2-dev libzip-dev libutf8proc-dev
libuchardet-dev libjansson-dev nettle-dev libpcre2-dev libgraphviz-dev gettext"
check="$build libcmocka-dev sqlite3 python3 poppler-utils zip unzip graphviz chromium fonts-noto-cjk"
bench="$check pandoc hyperfine"
fuzz="$check clang libclang-rt-14-dev"

case "${1:-build}" in
build) want=$build ;;
check|demo) want=$check ;;
bench) want=$bench ;;
fuzz) want=$fuzz ;;
*) echo "usage: $0 [build|check|bench|fuzz]" >&2; exit 2 ;;
esac

missing=
for p in $want; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$s" in
	*" installed") ;;
	*) missing="$missing $p" ;;
	esac
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
	echo "deps: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null || apt-get update
	apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
	    apt-get install -y --no-install-recommends $missing
else
	echo "deps: missing Debian packages; run:" >&2
	echo "  sudo apt-get install$missing" >&2
	exit 1
fi
