#!/bin/sh
# Run the cmocka unit tests given as arguments, then every integration
# script under tests/integration, and close with one "N passed, N failed" line.
# ITAKU_TEST_FILTER=word runs only the integration scripts whose name has it.
cd "$(dirname "$0")/.." || exit 2
out=tests/out
rm -rf "$out"; mkdir -p "$out"
passed=0 failed=0

for t in "$@"; do
	name=$(basename "$t")
	"$t" >"$out/$name.log" 2>&1
	rc=$?
	p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test.*/\1/p' "$out/$name.log" | tail -1)
	f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test.*/\1/p' "$out/$name.log" | tail -1)
	p=${p:-0} f=${f:-0}
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p)) failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		echo "FAIL unit $name"; grep -E '^\[  (FAILED|ERROR)|error:|Failure' "$out/$name.log" | head -20
	else
		echo "ok   unit $name ($p)"
	fi
done

for s in tests/integration/*.sh; do
	[ -f "$s" ] || continue
	name=$(basename "$s" .sh)
	case "$name" in lib) continue ;; esac
	case "$name" in *"${ITAKU_TEST_FILTER:-}"*) ;; *) continue ;; esac
	ITAKU="$PWD/itaku" RESULT="$out/$name.result" sh "$s" >"$out/$name.log" 2>&1
	rc=$?
	read -r p f <"$out/$name.result" 2>/dev/null || { p=0; f=1; }
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then f=1; fi
	passed=$((passed + p)) failed=$((failed + f))
	if [ "$f" -ne 0 ]; then
		echo "FAIL integration $name"; grep '^not ok' "$out/$name.log" | head -20
	else
		echo "ok   integration $name ($p)"
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
