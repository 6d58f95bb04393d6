#!/bin/sh
# Reviews and certifications through the real binary: the checklist
# template, answer files good and bad, nothing written on refusal, the
# audit trail, list and show in text and JSON.
. "$(dirname "$0")/lib.sh"
R="$FIXTURES/reviews"
reviews() { db_query "SELECT count(*) FROM review"; }
answers() { db_query "SELECT count(*) FROM review_answer"; }
audits() { db_query "SELECT count(*) FROM audit WHERE entity = 'review'"; }

run review template --lang ja
expect_rc 0 "template without a register"
expect_out "組織的安全管理措置" "template in Japanese"
expect_out "tech-8" "template lists tech-8"
expect_out "over-3" "template lists the oversight items"
run review template --lang en
expect_out "Technical safeguards" "template in English"
run review template
expect_out "Technical safeguards" "template follows the locale (C.UTF-8: English)"
run review template --lang fr
expect_rc 2 "--lang fr refused"
run review template --checklist ../../etc/passwd
expect_rc 3 "checklist names cannot leave the directory"

run init --org 委託元
run org add A社
run org add B社
run delegate add 委託元 A社 --data 氏名 --risk high --start 2025-01-10
run delegate add A社 B社 --data 氏名 --risk medium --start 2025-02-01 \
    --approved-on 2025-01-20 --approved-by 山田
expect_rc 0 "chain built"

run --as-of 2025-04-01 review add 1 --on 2025-03-15 --by 山田 --method onsite \
    --answers "$R/all-ok.txt" --evidence "訪問記録 2025-03-15" --evidence R-17
expect_rc 0 "review with every item ok"
expect_out "review 1 of delegation #1: pass; next review due 2025-09-15" \
    "add says when the next review is due"
expect_true "21 answers stored" test "$(answers)" = 21
expect_true "review audited" test "$(audits)" = 1

run --as-of 2025-04-01 review add 2 --on 2025-03-20 --by 佐藤 --method questionnaire \
    --answers "$R/one-ng.txt"
expect_rc 0 "review with an ng"
expect_out "conditional (ng: tech-4); next followup due 2025-06-20" \
    "an ng makes it conditional with a follow-up"

# Refusals: status, message, and nothing written.
before=$(reviews) before_a=$(answers) before_audit=$(audits)
refused() {
	expect_true "$1: nothing written" test "$(reviews)/$(answers)/$(audits)" = \
	    "$before/$before_a/$before_audit"
}
run --as-of 2025-04-01 review add 2 --on 2025-03-20 --by 佐藤 --method onsite \
    --answers "$R/one-ng.txt" --result pass
expect_rc 3 "pass with an ng refused"
expect_err "itaku: --result pass: the answers have ng for tech-4" "says which item"
refused "pass with ng"
run review add 1 --by 山田 --method onsite --answers "$R/missing-tech7.txt"
expect_rc 3 "incomplete answers refused"
expect_err "missing-tech7.txt: not answered: tech-7" "names the unanswered item"
refused "incomplete"
run review add 1 --by 山田 --method onsite --answers "$R/bad-answer.txt"
expect_rc 3 "bad answer refused"
expect_err "bad-answer.txt:13: org-3: answer \"yes\" is not ok, ng or na" \
    "names file, line and item"
refused "bad answer"
run review add 1 --by 山田 --method onsite --answers "$R/unknown-item.txt"
expect_rc 3 "unknown item refused"
expect_err "unknown item \"tech-9\"" "names the unknown item"
run review add 1 --by 山田 --method onsite --answers "$R/twice.txt"
expect_rc 3 "item answered twice refused"
expect_err "org-2 already answered on line 11" "names both lines"
run review add 1 --by 山田 --method onsite --answers "$R/not-utf8.txt"
expect_rc 4 "Shift_JIS answer file refused"
expect_err "not UTF-8" "says why"
head -c 70000 /dev/zero | tr '\0' '#' >"$T/huge.txt"
run review add 1 --by 山田 --method onsite --answers "$T/huge.txt"
expect_rc 4 "oversized answer file refused"
expect_err "larger than 65536 bytes" "says how large"
run review add 1 --by 山田 --method onsite --answers "$T/nonexistent"
expect_rc 4 "missing answer file refused"
run review add 1 --on 2025-02-30 --by 山田 --method onsite --answers "$R/all-ok.txt"
expect_rc 3 "impossible date refused"
expect_err "--on 2025-02-30: not a date" "names the bad date"
run --as-of 2025-04-01 review add 1 --on 2025-04-02 --by 山田 --method onsite \
    --answers "$R/all-ok.txt"
expect_rc 3 "future review refused"
expect_err "in the future" "says it is in the future"
run review add 1 --by 山田 --method phone --answers "$R/all-ok.txt"
expect_rc 2 "unknown method refused"
run review add 1 --by 山田 --method onsite --result maybe --answers "$R/all-ok.txt"
expect_rc 2 "unknown result refused"
run review add 1 --by 山田 --method onsite
expect_rc 2 "answers required for a questionnaire or visit"
run review add 99 --by 山田 --method onsite --answers "$R/all-ok.txt"
expect_rc 3 "unknown delegation refused"
refused "all the refusals"

run --as-of 2025-04-01 review add 1 --on 2025-03-31 --by 山田 \
    --method certification --result pass --evidence "ISMS IS-123"
expect_rc 0 "a certificate stands in for the checklist"

run review list
expect_rc 0 "review list"
expect_out "conditional" "list shows results"
expect_out "佐藤" "list shows reviewers"
run review list 2
expect_no_out "山田" "list of one delegation"
run review list --format json
expect_true "list JSON parses" python3 -c "import json,sys; a=json.load(open('$T/out')); assert len(a)==3 and a[0]['delegation']==1"
run review show 2 --lang ja
expect_out "tech-4    ng  個人データのアクセスの記録 — アクセスログの保管が3か月しかない" \
    "show gives item text and note"
run review show 1 --lang en
expect_out "Logging of access to personal data" "show in English"
run review show 1 --format json
expect_true "show JSON has answers and evidence" python3 -c "
import json; r=json.load(open('$T/out'))
assert r['result']=='pass' and len(r['answers'])==21 and r['evidence']==['訪問記録 2025-03-15','R-17']
assert r['path']=='委託元 › A社'"
run review show 42
expect_rc 3 "unknown review"
expect_err "review 42: no such review" "names the review"

# Certifications.
run cert add B社 --kind isms --expires 2026-03-31 --id IS-123 --issued 2023-04-01
expect_rc 0 "cert add"
expect_true "cert audited" test "$(db_query "SELECT count(*) FROM audit WHERE entity='certification'")" = 1
run cert add B社 --kind iso --expires 2026-03-31
expect_rc 2 "unknown cert kind refused"
run cert add B社 --kind pmark --expires 2026-02-29
expect_rc 3 "impossible expiry refused"
run cert add B社 --kind pmark --expires 2026-01-01 --issued 2026-02-01
expect_rc 3 "issued after expiry refused"
run cert add Z社 --kind pmark --expires 2026-01-01
expect_rc 3 "unknown organisation refused"
expect_true "refused certs not written" test "$(db_query "SELECT count(*) FROM certification")" = 1
run --as-of 2026-03-01 cert list
expect_out "IS-123" "cert list"
expect_out "valid, 30 days left" "cert list counts the days"
run cert list B社 --format json
expect_true "cert JSON" python3 -c "import json; a=json.load(open('$T/out')); assert a[0]['kind']=='isms' and a[0]['expires_on']=='2026-03-31'"

run audit verify
expect_rc 0 "audit chain intact after reviews"
finish
