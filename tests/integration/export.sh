#!/bin/sh
# export and import-register through the real binary: a round trip of the
# demo register loses nothing, and bad input is refused with the field named
# and nothing written.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/demo_register.inc"

load_demo
expect_true "demo register loads" test "$(db_query 'SELECT count(*) FROM delegation')" -gt 5
# An incident, so that incidents travel too (when the command is there).
"$ITAKU" --as-of $AS_OF incident add 2 --discovered 2026-11-10 --what "宛名ラベルの誤送付" \
	--people 12 >/dev/null 2>&1 || true

run export -o "$T/a.json"
expect_rc 0 "export writes the register"
expect_true "export file is private (0600)" test "$(stat -c %a "$T/a.json")" = 600
run export
expect_out '"format": "itaku-register"' "export to stdout names its format"

NEW="$T/new.db"
run --db "$NEW" import-register "$T/a.json"
expect_rc 0 "import-register into a fresh database"
expect_out "imported 7 organisations, 7 delegations, 4 documents, 4 reviews" "import says what it loaded"
run --db "$NEW" export -o "$T/b.json"
expect_rc 0 "export of the imported register"

# Identical but for the export time and the one record of the import.
python3 - "$T/a.json" "$T/b.json" >"$T/cmp" 2>&1 <<'PY'
import json, sys
a = json.load(open(sys.argv[1])); b = json.load(open(sys.argv[2]))
last = b["audit"].pop()
assert (last["entity"], last["action"]) == ("register", "import"), last
assert json.loads(last["new_value"])["delegations"] == len(a["delegations"])
a.pop("exported_at"); b.pop("exported_at")
assert a == b, [k for k in a if a[k] != b.get(k)]
print("same")
PY
expect_true "round trip: same register but the import record" grep -qx same "$T/cmp"
for f in a b; do
	sed '/"exported_at"/d' "$T/$f.json" >"$T/$f.cut"
done
expect_true "round trip: byte-identical apart from the audit tail and time" \
	sh -c "diff '$T/a.cut' '$T/b.cut' | grep -q '^> .*\"register\"'"

"$ITAKU" --as-of $AS_OF tree --format json >"$T/t1" 2>/dev/null
"$ITAKU" --db "$NEW" --as-of $AS_OF tree --format json >"$T/t2" 2>/dev/null
expect_true "tree --format json identical after the move" cmp -s "$T/t1" "$T/t2"
"$ITAKU" --as-of $AS_OF due --format json >"$T/d1" 2>/dev/null
"$ITAKU" --db "$NEW" --as-of $AS_OF due --format json >"$T/d2" 2>/dev/null
expect_true "due --format json identical after the move" cmp -s "$T/d1" "$T/d2"
for t in org delegation document document_clause review review_answer certification incident incident_step; do
	a=$(sqlite3 "$ITAKU_DB" "SELECT * FROM $t ORDER BY rowid" 2>/dev/null | md5sum)
	b=$(sqlite3 "$NEW" "SELECT * FROM $t ORDER BY rowid" 2>/dev/null | md5sum)
	expect_true "table $t identical, IDs and bytes" test "$a" = "$b"
done
run --db "$NEW" audit verify
expect_rc 0 "the carried-over audit trail verifies"
expect_true "one audit record for the import" test \
	"$(sqlite3 "$NEW" "SELECT count(*) FROM audit WHERE entity = 'register' AND action = 'import'")" = 1

n=$(sqlite3 "$NEW" "SELECT count(*) FROM audit")
run --db "$NEW" import-register "$T/a.json"
expect_rc 3 "import into a non-empty database refused"
expect_err "already holds a register" "refusal says why"
expect_true "refused import wrote nothing" test "$(sqlite3 "$NEW" "SELECT count(*) FROM audit")" = "$n"

# bad NAME PYTHON-EDIT EXPECTED-STDERR: edit a copy, import it, expect refusal.
bad() {
	python3 - "$T/a.json" "$T/bad.json" "$2" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
exec(sys.argv[3])
json.dump(j, open(sys.argv[2], "w"), ensure_ascii=False)
PY
	rm -f "$T/bad.db"
	run --db "$T/bad.db" import-register "$T/bad.json"
	expect_rc 3 "$1 refused"
	expect_err "itaku: $T/bad.json: $3" "$1: field and reason named"
	expect_true "$1: nothing written" test \
		"$(sqlite3 "$T/bad.db" "SELECT (SELECT count(*) FROM org) + (SELECT count(*) FROM audit)")" = 0
}
bad "impossible date" 'j["delegations"][2]["start_date"] = "2026-02-30"' \
	"delegations[2].start_date: 2026-02-30: not a date"
bad "missing field" 'del j["organisations"][0]["name"]' "organisations[0].name: missing"
bad "wrong type" 'j["delegations"][0]["people"] = "many"' "delegations[0].people: not an integer"
bad "unknown field" 'j["organisations"][1]["nmae"] = "x"' "organisations[1].nmae: unknown field"
bad "dangling organisation" 'j["delegations"][1]["child_id"] = 999' \
	"delegations[1].child_id: 999: no such organisation"
bad "cycle" 'j["delegations"][1]["child_id"] = j["delegations"][0]["parent_id"]' \
	"delegations: the delegations form a cycle"
bad "unknown risk" 'j["delegations"][0]["risk"] = "extreme"' "delegations[0].risk: extreme: not one of"
bad "bad review answer" 'j["reviews"][0]["answers"][0]["answer"] = "maybe"' \
	"reviews[0].answers[0].answer: maybe: not one of"
bad "document of an unknown delegation" 'j["documents"][0]["delegation_id"] = 99' \
	"documents[0].delegation_id: 99: no such delegation"
bad "bad sha256" 'j["documents"][0]["sha256"] = "xyz"' "documents[0].sha256: xyz: not 64"
bad "superseded by itself" 'j["documents"][0]["superseded_by"] = j["documents"][0]["id"]' \
	"documents[0].superseded_by"
bad "tampered audit record" 'j["audit"][3]["user"] = "mallory"' \
	"audit[3].hash: does not match the record"
bad "removed audit record" 'del j["audit"][2]' "audit[2].seq: 4: expected 3"
bad "duplicate organisation id" 'j["organisations"][2]["id"] = j["organisations"][1]["id"]' \
	"organisations: id 2 used twice"
bad "duplicate organisation name" 'j["organisations"][2]["name"] = j["organisations"][1]["name"]' \
	"organisations[2].name: ミナトデータサービス株式会社: also the name of organisations[1]"
bad "bad timestamp" 'j["certifications"][0]["created_at"] = "yesterday"' \
	"certifications[0].created_at: yesterday: not a UTC time"
bad "two roots" 'j["organisations"][1]["root"] = True' "organisations: 2 organisations are marked root"
bad "wrong format" 'j["format"] = "something-else"' "format: not an itaku register export"

printf '{"format": "itaku-register", "format": "x"}' >"$T/dup.json"
run --db "$T/dup.db" import-register "$T/dup.json"
expect_rc 3 "duplicate key refused"
expect_err "duplicate object key" "duplicate key named"
printf '{"format": "itaku-register", "version": 1, "exported_at": "\377"}' >"$T/utf.json"
run --db "$T/utf.db" import-register "$T/utf.json"
expect_rc 3 "invalid UTF-8 refused"
expect_err "UTF-8" "invalid UTF-8 named"
printf 'not json' >"$T/nj.json"
run --db "$T/nj.db" import-register "$T/nj.json"
expect_rc 3 "not JSON refused"
expect_err "line 1" "parse error located"
truncate -s 300M "$T/big.json"
run --db "$T/big.db" import-register "$T/big.json"
expect_rc 4 "oversized file refused before reading"
expect_err "larger than 256 MiB" "size cap named"
run --db "$T/none.db" import-register "$T/absent.json"
expect_rc 4 "missing file"
run import-register
expect_rc 2 "import-register without FILE is a usage error"

run export --format csv
expect_rc 0 "export --format csv"
expect_true "csv: one line per delegation and a header" test "$(wc -l <"$T/out")" = 8
expect_true "csv: CRLF line ends" sh -c "head -1 '$T/out' | od -c | grep -q '\\\\r  \\\\n'"
expect_out "1,1,株式会社さくら通販,2,ミナトデータサービス株式会社," "csv: names beside IDs"
run export --format xml
expect_rc 2 "unknown export format"
run export -o "$T/no/such/dir/x.json"
expect_rc 4 "unwritable output"
finish
