#!/bin/sh
# Inputs that once crashed, leaked or hit undefined behaviour, found by
# fuzzing (tests/fixtures/regress/KIND/), through the real binary: a result
# or a clear error, never a signal or a hang.  tests/unit/test_regress.c
# runs them through the same calls as the fuzz harnesses.
. "$(dirname "$0")/lib.sh"

R="$FIXTURES/regress"
bounded() {
	timeout -s KILL 60 "$ITAKU" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}
# A result (0, 1), or an error that says what (3, 4) on one line.
sane() {
	if [ "$rc" -le 1 ]; then
		pass "$1: a result"
	elif [ "$rc" -ge 3 ] && [ "$rc" -le 4 ] && grep -q '^itaku: ' "$T/err"; then
		pass "$1: a clear error"
	else
		fail "$1: no crash, no hang, a result or a clear error"
	fi
}

n=0
for f in "$R"/doc/* "$R"/clause/*; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	bounded check "$f"
	sane "check $(basename "$(dirname "$f")")/$(basename "$f")"
done
for f in "$R"/ruleset/*; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	cp "$f" "$T/ruleset.xml"
	bounded check --ruleset "$T/ruleset.xml" "$FIXTURES/doc/ja_02.txt"
	sane "ruleset $(basename "$f")"
done
for f in "$R"/register/*; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	bounded --db "$T/register-$n.db" import-register "$f"
	sane "import-register $(basename "$f")"
done
expect_true "there are regression inputs ($n)" test "$n" -ge 1

finish
