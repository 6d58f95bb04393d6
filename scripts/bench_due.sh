#!/bin/sh
# Benchmark "itaku due" and "itaku tree --format json" on a large register
# (100,000 delegations, 1,000,000 reviews by default), beside the bare SQL
# query that finds the same overdue reviews, run by the sqlite3 shell.
# Prints the median of RUNS runs of each and the ratio to the bare query.
# usage: scripts/bench_due.sh [DELEGATIONS] [REVIEWS] [RUNS]
set -eu
cd "$(dirname "$0")/.."
ndel=${1:-100000} nrev=${2:-1000000} runs=${3:-5}
asof=2026-01-01
dir=$(mktemp -d "${TMPDIR:-/tmp}/itaku-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
export ITAKU_DB="$dir/bench.db" ITAKU_DATADIR="$PWD" XDG_CONFIG_HOME="$dir"

./itaku init --org 委託元 >/dev/null
t0=$(date +%s%N)
python3 scripts/gen_register.py "$ITAKU_DB" "$ndel" "$nrev"
t1=$(date +%s%N)
echo "register: $ndel delegations, $nrev reviews, generated in $(( (t1 - t0) / 1000000 )) ms"

# The overdue periodic reviews, as one SQL statement (SQLite's date()
# does not clamp month ends, which is close enough to compare speed).
cat >"$dir/bare.sql" <<SQL
SELECT d.id, coalesce(r.reviewed_on, d.start_date) AS last,
    date(coalesce(r.reviewed_on, d.start_date), '+' ||
    coalesce(d.review_months, CASE d.risk WHEN 'high' THEN 6
    WHEN 'low' THEN 24 ELSE 12 END) || ' months') AS due
FROM delegation d LEFT JOIN review r ON r.id = (SELECT id FROM review
    WHERE delegation_id = d.id ORDER BY reviewed_on DESC, id DESC LIMIT 1)
WHERE d.ended_on IS NULL AND due < '$asof' ORDER BY due;
SQL

# median_ms CMD...: run CMD $runs times (output discarded), print the median in ms.
median_ms() {
	i=0 times=
	while [ "$i" -lt "$runs" ]; do
		s=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		e=$(date +%s%N)
		times="$times $(( (e - s) / 1000000 ))"
		i=$((i + 1))
	done
	echo $times | tr ' ' '\n' | sort -n | awk '{ v[NR] = $1 } END {
	    print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

bare=$(median_ms sqlite3 "$ITAKU_DB" ".read $dir/bare.sql")
due=$(median_ms ./itaku --as-of "$asof" due)
duej=$(median_ms ./itaku --as-of "$asof" due --format json)
tree=$(median_ms ./itaku --as-of "$asof" tree --format json)
items=$(./itaku --as-of "$asof" due --format json | python3 -c \
    'import json,sys; d=json.load(sys.stdin); print(len(d["overdue"]), len(d["upcoming"]))' || true)
rows=$(sqlite3 "$ITAKU_DB" ".read $dir/bare.sql" | wc -l)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? a / b : 0) }'; }
echo "medians of $runs runs, as of $asof:"
echo "  sqlite3 bare overdue query      ${bare} ms ($rows rows)"
echo "  itaku due                       ${due} ms (x$(ratio "$due" "$bare")) (overdue, upcoming: $items)"
echo "  itaku due --format json         ${duej} ms (x$(ratio "$duej" "$bare"))"
echo "  itaku tree --format json        ${tree} ms (x$(ratio "$tree" "$bare"))"
