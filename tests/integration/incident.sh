#!/bin/sh
# "itaku incident": deadlines on business days, due items and exit
# statuses, steps, close refused then accepted, the tree's marks and
# roll-up, and bad input refused with nothing written.
. "$(dirname "$0")/lib.sh"
R="$FIXTURES/reviews"

run init --org 委託元
run org add A社
run org add B社
run delegate add 委託元 A社 --data 氏名 --start 2026-01-01 --credit-card
run delegate add A社 B社 --data 氏名 --start 2026-02-01 \
    --approved-on 2026-01-20 --approved-by 山田 --sensitive
run --as-of 2026-03-01 review add 1 --on 2026-03-01 --by 山田 --method onsite --answers "$R/all-ok.txt"
run --as-of 2026-03-01 review add 2 --on 2026-03-01 --by 山田 --method onsite --answers "$R/all-ok.txt"
expect_rc 0 "a reviewed chain of two"
run --as-of 2026-03-01 due
expect_empty "nothing due before the incident"

# Discovered on Wednesday 2026-04-01 at B社, 1,500 people.
run --as-of 2026-04-01 incident add 2 --discovered 2026-04-01 --what 'USBメモリの紛失' --people 1500
expect_rc 0 "incident added"
expect_out "incident 1 on delegation #2 (委託元 › A社 › B社): reportable" "names the chain and says reportable"
expect_out "more than 1,000 people (rule 7(4))" "--people over 1000 sets rule 7(4)"
expect_out "notice        2026-04-02" "notice the next business day"
expect_out "report-quick  2026-04-06" "quick report: the 5th day, Sunday, moves to Monday"
expect_out "report-final  2026-04-30" "final report: the 30th day, discovery being day 1"
expect_out "review        2026-05-01" "follow-up review 30 days on"
expect_out "carries sensitive data" "the delegation's sensitive flag is suggested"
expect_true "the suggestion sets nothing" test "$(db_query 'SELECT sensitive FROM incident WHERE id = 1')" = 0
expect_true "one audit record" test "$(db_query "SELECT count(*) FROM audit WHERE entity = 'incident'")" = 1

run --as-of 2026-04-01 due --format json
expect_rc 0 "nothing overdue on the day of discovery"
expect_true "due lists the incident deadlines with the usual fields" python3 -c "
import json; d=json.load(open('$T/out'))
u={x['kind']:x for x in d['upcoming']}
for k,due in (('incident-notice','2026-04-02'),('incident-quick','2026-04-06'),('incident-final','2026-04-30')):
    x=u[k]
    for f in ('kind','delegation','organisation','chain','due','days'):
        assert f in x, f
    assert x['due']==due and x['delegation']==2 and x['organisation']=='B社' and x['incident']==1, x
    assert x['chain']==['委託元','A社','B社'], x
assert u['incident-notice']['days']==1
assert u['incident-review']['due']=='2026-05-01' and u['incident-review']['incident']==1"

# Nobody acts: the notice goes overdue on the 3rd.
run --as-of 2026-04-03 due
expect_rc 1 "overdue deadline: exit 1"
expect_out "overdue since 2026-04-02 (1 days)" "notice overdue since its deadline"
expect_out "incident-notice" "kind incident-notice"
expect_out "B社 must notify A社 and up the chain" "who must notify whom"
run --as-of 2026-04-03 due --format ics
expect_out "UID:incident-quick-1@itaku" "iCalendar UID per incident and deadline"
run --as-of 2026-04-03 tree
expect_rc 1 "tree exits 1 with findings"
expect_out "incident response open (incident 1 discovered 2026-04-01; notice overdue since 2026-04-02)" "tree marks the delegation"
expect_out "委託元 (entrusting business)  ▲ needs attention below" "and rolls it up to the root"
run --as-of 2026-04-03 tree --format json
expect_true "roll-up in JSON: A社 has findings below" python3 -c "
import json; d=json.load(open('$T/out'))
s=json.dumps(d, ensure_ascii=False)
assert 'incident' in s, s[:200]"

# Steps, by name and by letter.
run --as-of 2026-04-03 incident step 1 notice --on 2026-04-02
expect_rc 0 "notice recorded"
run --as-of 2026-04-03 incident step 1 a --on 2026-04-03 --notes '持ち出し記録を確認'
expect_rc 0 "step by letter"
expect_out "fact (fact-finding and cause) done on 2026-04-03" "letter a is fact"
run --as-of 2026-04-03 due
expect_no_out "incident-notice" "a recorded notice leaves the due list"

# Close refused while steps are missing; nothing written.
run --as-of 2026-04-03 incident close 1 --on 2026-04-03
expect_rc 3 "close refused"
expect_err "cannot close: steps missing: scope, prevention, notify, report-quick, report-final" "names the missing steps"
expect_true "still open" test -z "$(db_query 'SELECT closed_on FROM incident WHERE id = 1')"

for s in b c d e1 e2; do
	run --as-of 2026-04-20 incident step 1 $s --on 2026-04-20
done
expect_rc 0 "remaining steps"
run --as-of 2026-04-20 incident show 1
expect_rc 0 "show"
expect_out "incident 1 on delegation #2: 委託元 › A社 › B社" "show names the chain up to the root"
expect_out "done on 2026-04-20 (14 days late)" "late quick report says how late"
expect_out "done on 2026-04-02" "notice on time"
run --as-of 2026-04-20 incident show 1 --format json
expect_true "show JSON" python3 -c "
import json; d=json.load(open('$T/out'))
s={x['step']:x for x in d['deadlines']}
assert s['report-final']['deadline']=='2026-04-30' and s['report-final']['state']=='done', s
assert s['publish']['required'] is False and s['publish']['state']=='optional'
assert d['chain']==['委託元','A社','B社'] and d['reportable'] is True and d['review']['due']=='2026-05-01'"
run --as-of 2026-04-20 incident close 1 --on 2026-04-20
expect_rc 0 "close accepted once every step is done"
expect_true "closed" test "$(db_query 'SELECT closed_on FROM incident WHERE id = 1')" = 2026-04-20
run --as-of 2026-04-20 tree
expect_no_out "incident response open" "a closed incident is no longer marked"

# The follow-up review stays until a review after the discovery.
run --as-of 2026-04-20 due
expect_out "incident-review" "follow-up review listed"
expect_out "due 2026-05-01 (in 11 days)" "30 days after discovery"
run --as-of 2026-05-02 due
expect_rc 1 "missed follow-up review: exit 1"
run --as-of 2026-05-02 review add 2 --on 2026-05-02 --by 山田 --method onsite --answers "$R/all-ok.txt"
run --as-of 2026-05-02 due
expect_no_out "incident-review" "a review after the discovery answers it"

# Unlawful purpose: 60 days; New Year closure.
run --as-of 2026-12-28 incident add 1 --discovered 2026-12-26 --what '不正アクセス' --unlawful
expect_rc 0 "unlawful purpose"
expect_out "report-quick  2027-01-04" "quick report skips 29 Dec to 3 Jan"
expect_out "report-final  2027-02-24" "60th day is 天皇誕生日: the next day"
expect_out "carries credit card data" "credit card data suggests financial damage"
run --as-of 2026-12-28 incident add 1 --discovered 2026-12-26 --what 'メール誤送信' --notice-days 0
expect_out "not reportable to the PPC" "no trigger: not reportable"
expect_no_out "report-quick" "no deadlines when not reportable"
run --as-of 2026-12-28 incident list --open
expect_out "notice 2026-12-28 (today)" "list shows the next deadline"
run --as-of 2026-12-28 incident close 3
expect_rc 3 "even without a trigger, (ア)-(ウ) are needed"
expect_err "steps missing: fact, scope, prevention" "the three steps"
run --as-of 2026-12-28 incident close 3 --force 'not a leak after all'
expect_rc 0 "--force with a reason closes"
expect_true "the reason is kept" test "$(db_query 'SELECT close_reason FROM incident WHERE id = 3')" = "not a leak after all"
run --as-of 2026-12-28 incident close 3 --force again
expect_rc 3 "already closed"

# Triggers found later: edit, audited; the count sets rule 7(4).
run --as-of 2026-12-28 incident edit 2 --people 2000 --financial
expect_rc 0 "edit"
expect_true "more than 1,000 people and financial damage now" test "$(db_query 'SELECT over_1000 || financial FROM incident WHERE id = 2')" = 11
expect_true "edit audited with old and new" test "$(db_query "SELECT count(*) FROM audit WHERE entity = 'incident' AND action = 'edit' AND json_extract(old_value, '\$.people') IS NULL AND json_extract(new_value, '\$.people') = 2000")" = 1
run --as-of 2026-12-28 incident edit 2 --no-over-1000
expect_rc 3 "2,000 people cannot be 1,000 or fewer"

# Bad input refused, nothing written.
n0=$(db_query 'SELECT count(*) FROM incident')
a0=$(db_query 'SELECT count(*) FROM audit')
s0=$(db_query 'SELECT count(*) FROM incident_step')
run --as-of 2026-12-28 incident add 1 --discovered 2026-02-30 --what x
expect_rc 3 "impossible date"
expect_err "itaku: --discovered 2026-02-30: not a date" "says which date"
run --as-of 2026-12-28 incident add 1 --discovered 2026-12-29 --what x
expect_rc 3 "discovery in the future"
expect_err "in the future (today is 2026-12-28)" "against --as-of"
run --as-of 2026-12-28 incident add 1 --discovered 2026-12-20 --occurred 2026-12-21 --what x
expect_rc 3 "occurred after discovery"
run --as-of 2026-12-28 incident add 9 --discovered 2026-12-20 --what x
expect_rc 3 "unknown delegation"
run --as-of 2026-12-28 incident add 1 --discovered 2026-12-20
expect_rc 2 "--what is required"
run --as-of 2026-12-28 incident add 1 --discovered 2026-12-20 --what x --people many
expect_rc 2 "--people must be a number"
run --as-of 2026-12-28 incident step 2 fact --on 2026-12-25
expect_rc 3 "step before discovery"
expect_err "before incident 2 was discovered on 2026-12-26" "says why"
run --as-of 2026-12-28 incident step 2 investigate --on 2026-12-27
expect_rc 2 "unknown step"
expect_err "no such step (use notice, fact (a)" "lists the steps"
run --as-of 2026-12-28 incident step 42 fact --on 2026-12-27
expect_rc 3 "unknown incident"
expect_err "itaku: incident 42: no such incident" "names it"
run --as-of 2026-12-28 incident show x
expect_rc 3 "not an incident number"
run --as-of 2026-12-28 incident close 2 --on 2026-12-25 --force 'reason'
expect_rc 3 "close before discovery"
expect_true "nothing written" test "$(db_query 'SELECT count(*) FROM incident')" = "$n0" -a \
    "$(db_query 'SELECT count(*) FROM audit')" = "$a0" -a \
    "$(db_query 'SELECT count(*) FROM incident_step')" = "$s0"
run audit verify
expect_rc 0 "the audit chain holds"
finish
