#!/bin/sh
# The register through the real binary: init, organisations, delegations,
# approvals, the tree in three formats, bad input, and the audit trail.
. "$(dirname "$0")/lib.sh"

audit_count() { db_query "SELECT count(*) FROM audit"; }

run --version
expect_rc 0 "--version exits 0"
expect_out "itaku " "--version names the program"
run --help
expect_rc 0 "--help exits 0"
for c in init org delegate approve tree check contract review due audit; do
	expect_out "  $c " "--help lists $c"
done
run help tree
expect_out "tree [ORG]" "help CMD prints its usage"
run frobnicate
expect_rc 2 "unknown command is a usage error"
expect_err "itaku: frobnicate: no such command" "unknown command named"

run init
expect_rc 2 "init without --org is a usage error"
run init --org 株式会社さくら通販 --cn 7000012050002
expect_rc 0 "init creates the register"
expect_true "database is private (0600)" test "$(stat -c %a "$ITAKU_DB")" = 600
run init --org 別会社
expect_rc 3 "second init refused"

run org add ミナトデータサービス株式会社 --cn 1000011000005 --address 東京都港区
expect_rc 0 "org add"
run org add 有限会社北斗印刷
run org add "Cloud Hosting Inc." --country US
run org add 北斗ロジスティクス株式会社
expect_rc 0 "fourth organisation"

n=$(audit_count)
run org add 不正番号株式会社 --cn 1234567890123
expect_rc 3 "invalid corporate number refused"
expect_err "not a valid 法人番号" "corporate number error says why"
run org add 重複株式会社 --cn 1000011000005
expect_rc 3 "duplicate corporate number refused"
run org add 国外株式会社 --country japan
expect_rc 3 "bad country code refused"
run org add "$(printf 'bad\377name')"
expect_rc 3 "invalid UTF-8 name refused"
expect_err "UTF-8" "invalid UTF-8 error says so"
expect_true "failed adds wrote nothing" test "$(audit_count)" = "$n"

run delegate add さくら ミナト --data 顧客氏名・住所・電話番号 --people 12000 \
	--risk high --start 2026-04-01 --end 2027-03-31
expect_rc 0 "first-level delegation"
run delegate add ミナト 有限会社北斗印刷 --data 宛名データ --start 2026-05-01
expect_rc 0 "re-delegation"
run delegate add 有限会社北斗印刷 Cloud --data 宛名データ --start 2026-05-01 \
	--approved-on 2026-04-20 --approved-by 情報管理部長 --approval-ref 承認書-17
expect_rc 0 "re-re-delegation with its approval"
run delegate add 北斗 Cloud
expect_rc 3 "ambiguous organisation refused"
expect_err "ambiguous organisation" "ambiguity is named"
expect_err "有限会社北斗印刷" "ambiguity lists the candidates"
expect_err "北斗ロジスティクス株式会社" "ambiguity lists every candidate"

n=$(audit_count)
run delegate add Cloud ミナト --data x
expect_rc 3 "cycle refused"
expect_err "would close a cycle" "cycle error says so"
expect_err "ミナトデータサービス株式会社 › 有限会社北斗印刷 › Cloud Hosting Inc. › ミナトデータサービス株式会社" "cycle is named"
run delegate add ミナト 北斗ロジスティクス --start 2026-02-30
expect_rc 3 "impossible date refused"
expect_err "2026-02-30: not a date" "impossible date named"
run delegate add ミナト 北斗ロジスティクス --start 2026-05-01 --end 2026-04-01
expect_rc 3 "end before start refused"
run delegate add ミナト 北斗ロジスティクス --risk extreme
expect_rc 3 "unknown risk tier refused"
run delegate add 99 ミナト
expect_rc 3 "unknown organisation ID refused"
expect_err "organisation 99: no such organisation" "unknown ID named"
run delegate add 北斗ロジスティクス ミナト
expect_rc 3 "parent receiving no data refused"
run approve 42 --by 部長
expect_rc 3 "approval of unknown delegation refused"
run approve 1 --by 部長
expect_rc 3 "first-level delegation needs no approval"
run approve 2
expect_rc 2 "approval without --by is a usage error"
run delegate add ミナト 北斗ロジスティクス --people many
expect_rc 2 "non-numeric --people is a usage error"
expect_true "refused commands wrote nothing" test "$(audit_count)" = "$n"

run tree --as-of 2026-06-01
expect_rc 1 "tree with findings exits 1"
expect_out "株式会社さくら通販 (entrusting business)" "tree starts at the root"
expect_out "└── #1 ミナトデータサービス株式会社" "tree draws the first level"
expect_out "    └── #2 有限会社北斗印刷" "tree draws the second level"
expect_out "re-delegated without prior approval" "unapproved re-delegation flagged"
expect_out "▲ needs attention below" "root rolled up"
# Japanese names are two columns wide: the level column lines up.
expect_true "columns align with wide characters" python3 -c '
import re,sys,unicodedata
w=lambda s: sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
cols={w(l[:re.search(r"  (sub-)?(sub)?contractor", l).start()]) for l in open(sys.argv[1]) if "#" in l}
assert len(cols)==1, cols' "$T/out"

run tree --format json --as-of 2026-06-01
expect_rc 1 "tree json exits 1 with findings"
expect_true "tree json parses and nests" python3 -c '
import json,sys
t=json.load(open(sys.argv[1]))
c=t["children"][0]; assert c["level"]==1 and c["organisation"]["name"].startswith("ミナト")
g=c["children"][0]; assert g["level"]==2
assert any(f["kind"]=="unapproved" for f in g["findings"])
assert g["children"][0]["approval"]["by"]=="情報管理部長"
assert t["flagged"] is True' "$T/out"

run tree --format dot
expect_out "digraph itaku {" "dot output is a digraph"
expect_out 'o2 -> o3' "dot has the re-delegation edge"
if command -v dot >/dev/null; then
	expect_true "graphviz accepts the dot" dot -Tsvg -o "$T/tree.svg" "$T/out"
fi
run tree ミナト --depth 1
expect_out "ミナトデータサービス株式会社 (shown from here)" "tree from an organisation"
expect_no_out "Cloud Hosting" "--depth limits the tree"
run tree --format yaml
expect_rc 2 "unknown format is a usage error"

run approve 2 --by 情報管理部長 --on 2026-04-25 --ref 承認書-12
expect_rc 0 "approval recorded"
run delegate end 3 --on 2026-10-31
expect_rc 0 "delegation ended"
run delegate end 3
expect_rc 3 "ending twice refused"
run delegate list --format json
expect_true "ended delegation hidden from list" python3 -c '
import json,sys; d=json.load(open(sys.argv[1])); assert [x["id"] for x in d]==[1,2]' "$T/out"
run delegate show 2
expect_out "2026-04-25 情報管理部長 承認書-12" "show prints the approval"
run org edit 有限会社北斗印刷 --contact 03-1234-5678
expect_rc 0 "org edit"
run org show 有限会社北斗印刷 --format json
expect_true "edit stored" python3 -c '
import json,sys; assert json.load(open(sys.argv[1]))["contact"]=="03-1234-5678"' "$T/out"

run audit verify
expect_rc 0 "audit trail verifies"
run audit log --format json
expect_true "audit log records old and new values" python3 -c '
import json,sys; r=json.load(open(sys.argv[1]))
e=[x for x in r if x["action"]=="edit"][0]
assert e["old"]["contact"] is None and e["new"]["contact"]=="03-1234-5678"
assert e["command"].startswith("itaku org edit")' "$T/out"
sqlite3 "$ITAKU_DB" "UPDATE audit SET user='mallory' WHERE seq=3"
run audit verify
expect_rc 1 "tampered audit trail fails verification"
expect_out "broken at record 3" "the first bad record is named"

# Databases that are not ours, or are too new.
printf 'hello\n' >"$T/text.db"
run --db "$T/text.db" org list
expect_rc 5 "a text file is not our database"
expect_err "not an itaku database" "foreign file named"
sqlite3 "$T/other.db" "CREATE TABLE x (y)"
run --db "$T/other.db" org list
expect_rc 5 "another SQLite database is refused"
cp "$ITAKU_DB" "$T/new.db"
sqlite3 "$T/new.db" "PRAGMA user_version = 42"
run --db "$T/new.db" org list
expect_rc 5 "a newer schema is refused"
expect_err "newer than this itaku" "newer schema explained"
chmod 644 "$ITAKU_DB"
run org list
expect_err "readable by other users" "warns about an exposed database"
run org list --as-of 2026-13-01
expect_rc 3 "global option after the command is parsed"

finish
