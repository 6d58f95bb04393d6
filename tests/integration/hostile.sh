#!/bin/sh
# Hostile documents (tests/fixtures/hostile/make.sh: zip bombs, billion
# laughs, external entities, deep nesting, damaged archives, bad encodings,
# a 100 MB file, images, ...) through the real binary, each under a memory
# limit and a timeout: a clear "itaku: FILE: why", exit 4, no signal, no
# hang, and an import of one writes nothing.
. "$(dirname "$0")/lib.sh"

H="$T/hostile"
sh "$FIXTURES/hostile/make.sh" "$H" >/dev/null
# AddressSanitizer reserves terabytes of address space: no ulimit -v then.
limit_kb=1048576
case "${ASAN_OPTIONS:-}" in ?*) limit_kb=unlimited ;; esac
secs=60

# check_bounded FILE ARGS...: itaku ARGS under the limits; sets rc and took.
check_bounded() {
	t0=$(date +%s)
	(ulimit -v "$limit_kb"; exec timeout -s KILL "$secs" "$ITAKU" "$@") \
	    >"$T/out" 2>"$T/err"
	rc=$?
	took=$(($(date +%s) - t0))
}

n=0
for f in "$H"/*; do
	name=$(basename "$f")
	n=$((n + 1))
	check_bounded check "$f"
	if [ "$rc" -ge 124 ]; then
		fail "$name: killed, crashed or timed out (exit $rc after ${took}s)"
		continue
	fi
	case "$name" in
	good.docx)
		if [ "$rc" -le 1 ]; then pass "$name: read"; else fail "$name: read"; fi
		continue ;;
	esac
	expect_rc 4 "$name: refused with exit 4"
	expect_err "itaku: $f: " "$name: error names the file"
	expect_true "$name: one clear line" test "$(wc -l <"$T/err")" -eq 1
	expect_empty "$name: nothing on stdout"
	expect_true "$name: within 30 s (took ${took}s)" test "$took" -le 30
done
expect_true "make.sh built the hostile files ($n)" test "$n" -ge 30

# Import writes nothing for a hostile file, and the database stays sound.
run init --org 株式会社さくら通販
run org add ミナトデータサービス株式会社
run delegate add さくら ミナト --data 顧客氏名
before=$(db_query "SELECT count(*) FROM audit")
for name in bomb-ratio.docx doctype.docx truncated.docx big.txt binary.docx empty.txt; do
	check_bounded contract import 1 "$H/$name"
	expect_rc 4 "import of $name refused"
done
expect_true "refused imports wrote nothing" \
	test "$(db_query "SELECT count(*) FROM audit")" = "$before" -a \
	"$(db_query "SELECT count(*) FROM document")" = 0
expect_true "database sound after refused imports" \
	test "$(db_query "PRAGMA integrity_check")" = ok

finish
