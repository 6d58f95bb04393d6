#!/bin/sh
# Crash safety: kill itaku with SIGKILL at random moments while it adds,
# edits, imports and reviews, then check that the database is sound, the
# audit trail verifies, and every change is wholly there or wholly absent.
# The plan is random but seeded: ITAKU_CRASH_SEED=N repeats a run, and
# ITAKU_CRASH_ROUNDS sets how many kills (40).
. "$(dirname "$0")/lib.sh"

seed=${ITAKU_CRASH_SEED:-$(date +%s)}
rounds=${ITAKU_CRASH_ROUNDS:-40}
echo "# seed $seed, $rounds rounds (ITAKU_CRASH_SEED=$seed repeats this run)"
D="$FIXTURES/doc"
docs="ja_05.docx ja_11.docx en_01.docx ja_21.odt ja_02.txt features.docx ja_08.html"

run init --org 株式会社さくら通販
run org add 会社0
run delegate add さくら 会社0 --data 氏名
expect_rc 0 "a register to crash into"

# Everything that must hold after any kill; prints the broken invariants.
invariants() {
	sqlite3 "$ITAKU_DB" "
SELECT 'org without its audit record: ' || id FROM org o WHERE NOT EXISTS
  (SELECT 1 FROM audit a WHERE entity = 'org' AND entity_id = o.id AND action = 'add');
SELECT 'audit record without its ' || entity || ': ' || entity_id FROM audit a
  WHERE action IN ('add', 'import') AND (
    (entity = 'org' AND NOT EXISTS (SELECT 1 FROM org WHERE id = a.entity_id)) OR
    (entity = 'delegation' AND NOT EXISTS (SELECT 1 FROM delegation WHERE id = a.entity_id)) OR
    (entity = 'document' AND NOT EXISTS (SELECT 1 FROM document WHERE id = a.entity_id)) OR
    (entity = 'review' AND NOT EXISTS (SELECT 1 FROM review WHERE id = a.entity_id)));
SELECT 'delegation without its audit record: ' || id FROM delegation d WHERE NOT EXISTS
  (SELECT 1 FROM audit WHERE entity = 'delegation' AND entity_id = d.id AND action = 'add');
SELECT 'document without its audit record: ' || id FROM document d WHERE NOT EXISTS
  (SELECT 1 FROM audit WHERE entity = 'document' AND entity_id = d.id AND action = 'import');
SELECT 'document without clauses: ' || id FROM document d WHERE NOT EXISTS
  (SELECT 1 FROM document_clause WHERE document_id = d.id);
SELECT 'clauses without document: ' || document_id FROM document_clause c WHERE NOT EXISTS
  (SELECT 1 FROM document WHERE id = c.document_id);
SELECT 'review without its audit record: ' || id FROM review r WHERE NOT EXISTS
  (SELECT 1 FROM audit WHERE entity = 'review' AND entity_id = r.id AND action = 'add');
SELECT 'review without answers: ' || id FROM review r WHERE NOT EXISTS
  (SELECT 1 FROM review_answer WHERE review_id = r.id);
SELECT 'answers without review: ' || review_id FROM review_answer x WHERE NOT EXISTS
  (SELECT 1 FROM review WHERE id = x.review_id);
SELECT 'org edit not as last recorded: ' || id FROM org o WHERE coalesce(contact, '') <>
  coalesce((SELECT json_extract(new_value, '$.contact') FROM audit
    WHERE entity = 'org' AND entity_id = o.id ORDER BY seq DESC LIMIT 1), '');
SELECT 'audit meta head behind the trail' FROM meta WHERE key = 'audit_head' AND
  CAST(value AS INTEGER) <> (SELECT max(seq) FROM audit);"
}

killed=0 finished=0 broken=0
awk -v seed="$seed" -v n="$rounds" 'BEGIN { srand(seed)
	for (i = 0; i < n; i++) print int(rand() * 5), int(rand() * 7), int(rand() * 60) }' >"$T/plan"
i=0
while read -r op k ms; do
	i=$((i + 1))
	orgs=$(db_query "SELECT count(*) FROM org")
	dels=$(db_query "SELECT max(id) FROM delegation")
	d=$((k % dels + 1))
	doc=$(echo $docs | cut -d' ' -f$((k + 1)))
	case $op in
	0) set -- org add "会社$i" --contact "c$i" ;;
	1) set -- delegate add さくら "会社$((k % (orgs - 1)))" --data "項目$i" ;;
	2) set -- contract import "$d" "$D/$doc" ;;
	3) set -- --as-of 2026-06-01 review add "$d" --on 2026-05-$((k + 10)) --by 山田 \
	    --method onsite --answers "$FIXTURES/reviews/all-ok.txt" ;;
	4) set -- org edit 会社0 --contact "edit$i" ;;
	esac
	"$ITAKU" "$@" >/dev/null 2>"$T/err.$i" &
	pid=$!
	sleep "$(printf '0.%03d' "$ms")"
	kill -KILL "$pid" 2>/dev/null
	{ wait "$pid"; } 2>/dev/null
	st=$?
	if [ "$st" -eq 137 ]; then
		killed=$((killed + 1))
	elif [ "$st" -ge 128 ]; then
		fail "round $i: itaku $* died by itself (exit $st)"
	else
		finished=$((finished + 1))
	fi
	if [ "$(db_query "PRAGMA integrity_check")" != ok ]; then
		broken=$((broken + 1))
		fail "round $i: integrity_check after killing itaku $*"
	fi
	v=$(invariants)
	if [ -n "$v" ]; then
		broken=$((broken + 1))
		echo "$v" | head -5 | sed 's/^/  /'
		fail "round $i: half a change after killing itaku $*"
	fi
done <"$T/plan"
echo "# $killed killed, $finished finished first"
expect_true "no round left the database broken" test "$broken" -eq 0
expect_true "some commands were killed ($killed of $rounds)" test "$killed" -gt 0
run audit verify
expect_rc 0 "audit trail verifies after $rounds kills"
run org add 最後の会社
expect_rc 0 "the register still takes changes"
expect_true "no invariant broken at the end" test -z "$(invariants)"

finish
