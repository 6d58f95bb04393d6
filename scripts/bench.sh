#!/bin/sh
# make bench: every benchmark script, in turn.
set -e
cd "$(dirname "$0")/.."
[ -x scripts/bench_check.sh ] && scripts/bench_check.sh
scripts/bench_due.sh
