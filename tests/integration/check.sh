#!/bin/sh
# itaku check: exit statuses, text and JSON output, article naming, errors.
. "$(dirname "$0")/lib.sh"
C=$FIXTURES/contracts

run check "$C/ja_01.docx"
expect_rc 0 "a complete contract exits 0"
expect_out "ruleset meti" "text names the ruleset"
expect_out "✓ Prior written report to, or approval by, the entrusting party before re-delegating  第8条（再委託の禁止）第1項" "text names the article"

run check --format json "$C/ja_04.odt"
expect_rc 1 "missing clauses exit 1"
expect_true "JSON: 覚書 lacks exactly C, T, SN, B and names 第5条 for SC" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert d["format"] == "odt" and d["ruleset"] == "meti", d
st = {c["id"]: c["status"] for c in d["clauses"]}
miss = sorted(k for k, v in st.items() if v == "missing")
assert miss == ["breach-measures", "no-unauthorized-copy", "subcontract-notice", "term"], miss
assert d["present"] == 9 and d["missing"] == 4
sc = [c for c in d["clauses"] if c["id"] == "subcontracting"][0]
assert sc["evidence"][0]["article"] == "第5条" and sc["evidence"][0]["heading"] == "再委託の禁止", sc
assert all(k in sc["evidence"][0] for k in ("article", "heading", "text"))
' "$T/out"

run check "$C/ja_04.odt"
expect_out "Missing: Term of the contract (term)" "text lists what is missing"
expect_out "本契約の有効期間は" "and the model wording to add"

run check --format json "$C/ja_06.txt" "$C/ja_13.txt" "$C/ja_21.odt"
expect_rc 1 "several documents, one incomplete: exit 1"
expect_true "JSON: kanji articles, (N) items and ア–サ items are named" python3 -c '
import json, sys
docs = json.load(open(sys.argv[1]))["documents"]
assert len(docs) == 3
def ev(d, cid):
    return [c for c in d["clauses"] if c["id"] == cid][0]["evidence"][0]
assert ev(docs[0], "term")["article"] == "第14条", ev(docs[0], "term")
assert docs[0]["missing"] == 0
assert ev(docs[1], "compliance-check")["article"] == "(5)"
assert docs[1]["missing"] == 6, docs[1]["missing"]
sr = ev(docs[2], "status-report")
assert sr["item"] == "キ" and sr["heading"] == "個人情報の取扱い", sr
' "$T/out"

run check --format json "$C/en_04.pdf"
expect_rc 1 "the English DPA lacks clauses"
expect_true "JSON: English picks gdpr-art28 and finds no audit or deletion clause" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))["documents"][0]
assert d["ruleset"] == "gdpr-art28" and d["ruleset_auto"] is True
miss = sorted(c["id"] for c in d["clauses"] if c["status"] == "missing")
assert miss == ["audits", "deletion-return"], miss
' "$T/out"
run check "$C/en_04.pdf"
expect_out "checked against gdpr-art28" "text says the ruleset was chosen for English"

run check "$TOP/contract-templates/model-tokki-jikou.md" "$TOP/contract-templates/model-dpa.md"
expect_rc 0 "both model templates pass their rulesets"
run check --ruleset meti "$TOP/contract-templates/model-dpa.md"
expect_rc 1 "an English DPA forced through meti misses clauses"

run check --ruleset "$TOP/contract-templates/rulesets/meti.xml" "$C/ja_01.docx"
expect_rc 0 "a ruleset given as a file path"

run check "$C/nope.docx"
expect_rc 4 "a missing document is ST_FILE"
expect_err "nope.docx" "and is named"

run check --ruleset nosuch "$C/ja_01.docx"
expect_rc 3 "an unknown ruleset ID is ST_DATA"
printf '<?xml version="1.0"?>\n<ruleset id="x" version="1" lang="ja">\n<title>t</title>\n</ruleset>\n' >"$T/bad.xml"
run check --ruleset "$T/bad.xml" "$C/ja_01.docx"
expect_rc 3 "an invalid ruleset is refused"
expect_err "bad.xml:" "with the file and line"

run check --format csv "$C/ja_01.docx"
expect_rc 2 "a bad --format is a usage error"
run check
expect_rc 2 "no document is a usage error"
run check --help
expect_rc 0 "--help"
expect_out "check" "--help prints usage"

finish
