#!/bin/sh
# Contracts on file: import against a delegation, re-import, supersede,
# list, show, and the tree's contract markers.
. "$(dirname "$0")/lib.sh"

C="$FIXTURES/contracts"
count() { db_query "SELECT count(*) FROM $1"; }

run init --org 委託元株式会社
run org add A社
run org add B社
run delegate add 委託元 A社 --data 顧客情報 --start 2026-04-01
run delegate add A社 B社 --data 宛名 --start 2026-04-01 --approved-on 2026-03-20 --approved-by 部長
expect_rc 0 "a chain of two"

run tree --as-of 2026-04-02
expect_out "no contract on file" "a delegation without a contract is flagged"

run contract import 1 "$C/ja_04.odt"
expect_rc 0 "import an odt"
expect_out "document 1:" "import names the document"
expect_out "(odt)" "import names the format found in the content"
expect_true "document stored with its hash" test "$(db_query "SELECT sha256 FROM document WHERE id=1")" = "$(sha256sum "$C/ja_04.odt" | cut -d' ' -f1)"
expect_true "clause rows stored" test "$(count document_clause)" = 13
missing=$(db_query "SELECT missing FROM document WHERE id=1")
expect_true "the odt lacks clauses" test "$missing" -gt 0
n=$(count audit)

run contract import 1 "$C/ja_04.odt"
expect_rc 0 "re-import of the same bytes succeeds"
expect_out "nothing changed" "re-import says nothing changed"
expect_true "re-import wrote nothing" test "$(count audit)" = "$n" -a "$(count document)" = 1

cp "$C/ja_04.odt" "$T/renamed-copy.odt"
run contract import 1 "$T/renamed-copy.odt"
expect_out "nothing changed" "the same bytes under another name are the same document"

run tree --as-of 2026-04-02 --format json
expect_true "tree marks the contract gap" python3 -c '
import json,sys; t=json.load(open(sys.argv[1]))
f=[x["kind"] for x in t["children"][0]["findings"]]
assert "contract-gap" in f and "no-contract" not in f, f' "$T/out"

run contract import 1 "$C/ja_01.docx"
expect_rc 0 "a new version"
expect_out "supersedes document 1" "the new version supersedes the old"
run contract list 1 --format json
expect_true "both versions listed, the old one superseded" python3 -c '
import json,sys; d=json.load(open(sys.argv[1]))
assert [x["id"] for x in d]==[2,1], d
assert d[1]["superseded_by"]==2 and d[0]["superseded_by"] is None
assert d[0]["missing"]==0 and d[0]["format"]=="docx"' "$T/out"
run contract list
expect_out "superseded by 2" "text listing shows the superseded version"

run tree --as-of 2026-04-02 --format json
expect_true "a complete contract clears the gap" python3 -c '
import json,sys; t=json.load(open(sys.argv[1]))
f=[x["kind"] for x in t["children"][0]["findings"]]
assert "contract-gap" not in f and "no-contract" not in f, f' "$T/out"

run contract show 2
expect_rc 0 "show a complete contract exits 0"
expect_out "✓" "show lists the clauses"
expect_out "第" "show names the articles"
run contract show 1 --format json
expect_rc 1 "show of a contract with gaps exits 1"
expect_true "show json keeps the stored evidence" python3 -c '
import json,sys; d=json.load(open(sys.argv[1]))
assert d["document"]==1 and d["delegation"]==1
m=[c for c in d["clauses"] if c["status"]=="missing"]
p=[c for c in d["clauses"] if c["status"]=="present"]
assert m and all(c.get("model") for c in m)
assert p and all(c["evidence"] and c["evidence"][0]["article"] for c in p)' "$T/out"

run contract import 2 "$C/en_04.pdf"
if command -v pdftotext >/dev/null; then
	expect_rc 0 "an English PDF"
	expect_true "English documents get the GDPR ruleset" test "$(db_query "SELECT ruleset FROM document WHERE delegation_id=2")" = gdpr-art28
fi

# Bad input: nothing written.
n=$(count audit); d=$(count document)
run contract import 99 "$C/ja_01.docx"
expect_rc 3 "unknown delegation refused"
expect_err "delegation 99: no such delegation" "unknown delegation named"
run contract import 1 "$T/missing.docx"
expect_rc 4 "missing file refused"
expect_err "missing.docx" "missing file named"
printf 'PK\003\004garbage that is not a zip archive at all' >"$T/broken.docx"
run contract import 1 "$T/broken.docx"
expect_rc 4 "a broken docx refused"
printf '\320\317\021\340\241\261\032\341legacy' >"$T/old.doc"
run contract import 1 "$T/old.doc"
expect_rc 4 "a legacy .doc refused"
expect_err ".docx" "the .doc error says what to do"
run contract import 1 "$C/ja_01.docx" --ruleset nosuch
expect_rc 3 "unknown ruleset refused"
run contract show 77
expect_rc 3 "unknown document refused"
run contract import 1
expect_rc 2 "import without a file is a usage error"
expect_true "refused imports wrote nothing" test "$(count audit)" = "$n" -a "$(count document)" = "$d"

run audit verify
expect_rc 0 "audit trail intact after imports"
finish
