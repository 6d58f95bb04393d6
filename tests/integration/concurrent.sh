#!/bin/sh
# Concurrent use: a cron job reading (due, tree), a person importing
# contracts, and two more writers adding organisations and reviews, all at
# once in loops.  No "busy" or "locked" may reach the user, and every
# command that said it succeeded must have left exactly its change.
. "$(dirname "$0")/lib.sh"

n=${ITAKU_CONCURRENT_ROUNDS:-25}
run init --org 株式会社さくら通販
run org add ミナトデータサービス株式会社
run delegate add さくら ミナト --data 顧客氏名 --risk high --start 2025-01-01
expect_rc 0 "a register to share"
orgs0=$(db_query "SELECT count(*) FROM org")
audit0=$(db_query "SELECT count(*) FROM audit")

# Distinct contracts, so every import adds a document.
for i in $(seq 1 "$n"); do
	{ cat "$FIXTURES/doc/ja_02.txt"; printf '\r\n(rev %d)\r\n' "$i"; } >"$T/c$i.txt"
done

cron() { "$ITAKU" --as-of 2026-06-01 due; }
tree() { "$ITAKU" tree --format json; }
import() { "$ITAKU" contract import 1 "$T/c$1.txt"; }
org() { "$ITAKU" org add "並行$1" --contact "x$1"; }
review() {
	"$ITAKU" --as-of 2026-06-01 review add 1 --on 2026-05-01 --by 山田 \
	    --method onsite --answers "$FIXTURES/reviews/all-ok.txt"
}

# loop NAME OK-STATUSES: run the function NAME n times, log each status.
loop() {
	for i in $(seq 1 "$n"); do
		"$1" "$i" >/dev/null 2>>"$T/$1.err"
		st=$?
		case " $2 " in
		*" $st "*) echo ok >>"$T/$1.log" ;;
		*) echo "fail $st" >>"$T/$1.log" ;;
		esac
	done
}

loop cron "0 1" & p1=$!
loop tree "0 1" & p2=$!
loop import "0 1" & p3=$!
loop org 0 & p4=$!
loop review 0 & p5=$!
wait $p1 $p2 $p3 $p4 $p5

for name in cron tree import org review; do
	expect_true "$name: every run succeeded" \
	    test "$(grep -c '^ok' "$T/$name.log")" -eq "$n"
	grep -v '^ok' "$T/$name.log" | sort | uniq -c | sed 's/^/  /'
	head -3 "$T/$name.err" | sed 's/^/  err: /' 
	if grep -qiE 'busy|locked' "$T/$name.err"; then
		fail "$name: busy or locked reached the user: $(grep -iE 'busy|locked' "$T/$name.err" | head -1)"
	else
		pass "$name: no busy or locked error"
	fi
done
oks() { grep -c '^ok' "$T/$1.log"; }
expect_true "every import is a document" \
    test "$(db_query "SELECT count(*) FROM document")" -eq "$(oks import)"
expect_true "every org add is an organisation" \
    test "$(db_query "SELECT count(*) FROM org")" -eq $((orgs0 + $(oks org)))
expect_true "every review add is a review" \
    test "$(db_query "SELECT count(*) FROM review")" -eq "$(oks review)"
expect_true "one audit record per change" \
    test "$(db_query "SELECT count(*) FROM audit")" -eq \
    $((audit0 + $(oks import) + $(oks org) + $(oks review)))
expect_true "the newest contract supersedes the rest" \
    test "$(db_query "SELECT count(*) FROM document WHERE superseded_by IS NULL")" -eq 1
run audit verify
expect_rc 0 "audit trail verifies after concurrent writers"
expect_true "database sound" test "$(db_query "PRAGMA integrity_check")" = ok

finish
