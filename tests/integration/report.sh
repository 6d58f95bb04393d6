#!/bin/sh
# itaku report and tree --format svg through the real binary: the HTML is one
# well-formed file with its SVG inline and every string escaped, Markdown and
# CSV carry the same register, and headless Chromium renders and prints it
# (screenshot in tests/out/report.png) when chromium is installed.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/demo_register.inc"
OUT="$TOP/tests/out"
mkdir -p "$OUT"

# ja ARGS...: run itaku under a Japanese locale, as the report's readers do.
ja() {
	env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=ja_JP.UTF-8 "$ITAKU" "$@" \
	    >"$T/out" 2>"$T/err"
	rc=$?
}

run report
expect_rc 3 "report of an empty database refused"
expect_err "register is empty" "empty register named"

load_demo
expect_true "demo register loads" test "$(db_query 'SELECT count(*) FROM delegation')" = 7
# A name that must be escaped everywhere, served by two contractors.
"$ITAKU" org add '<script>alert("x")</script> & Co' >/dev/null 2>&1
"$ITAKU" delegate add ミナト '<script>' --data '氏名,住所 "全件"' --start 2026-01-01 >/dev/null 2>&1
"$ITAKU" delegate add 青葉 '<script>' --data 'x|y' --start 2026-01-01 \
	--approved-on 2025-12-01 --approved-by 部長 >/dev/null 2>&1

start=$(date +%s%N)
ja --as-of $AS_OF report -o "$T/r.html"
end=$(date +%s%N)
expect_rc 0 "report -o FILE"
echo "# report of the demo register: $(( (end - start) / 1000000 )) ms"
expect_empty "report -o prints nothing to stdout"
H="$T/r.html"
expect_true "HTML is private (0600)" test "$(stat -c %a "$H")" = 600
expect_true "HTML starts with a doctype" sh -c "head -1 '$H' | grep -q '<!DOCTYPE html>'"
for t in 概要 委託の連鎖 契約条項の充足状況 確認の期限 事前承認のない再委託 未完了の事故対応 複数の委託元を持つ委託先; do
	expect_true "HTML has section $t" grep -q "$t" "$H"
done
expect_true "HTML in Japanese says so (lang=ja)" grep -q '<html lang="ja">' "$H"
expect_true "Japanese table heads" grep -q '<th>状況</th><th>期限</th><th>種類</th>' "$H"
expect_true "Japanese summary labels" grep -q '委託先の組織数（委託元を除く）' "$H"
expect_true "the SVG is inline" grep -q '<svg' "$H"
expect_true "no XML prolog inside HTML" sh -c "! grep -q '<?xml' '$H'"
expect_true "no external fetches" sh -c "! grep -Eiq '<link|<script|src=|@import|url\\(' '$H'"
expect_true "names escaped" grep -qF '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co' "$H"
expect_true "no raw script tag" sh -c "! grep -q '<script' '$H'"
expect_true "print styles for A4" grep -q '@page{size:A4' "$H"
expect_true "concentration lists the shared outsourcee" sh -c \
	"grep -A3 'Cloud Hosting Inc.</td><td class=\"num\">2' '$H' | grep -q 'ミナト'"
expect_true "unapproved edge dashed" grep -q 'stroke-dasharray' "$H"
expect_true "matrix marks a missing clause" grep -q 'class="c ng"' "$H"
expect_true "matrix tooltip names the article" grep -q 'class="c ok" title="term: 第' "$H"

# Well-formed: every element closed in order (html.parser), the SVG valid XML.
python3 - "$H" >"$T/parse" 2>&1 <<'PY'
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "img", "hr", "input", "link"}
class P(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []; self.errors = []; self.svg = False
    def handle_starttag(self, tag, attrs):
        if tag not in VOID: self.stack.append(tag)
    def handle_startendtag(self, tag, attrs): pass
    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]} at {self.getpos()}")
        else: self.stack.pop()
p = P(); p.feed(open(sys.argv[1], encoding="utf-8").read()); p.close()
if p.stack: p.errors.append(f"unclosed {p.stack}")
print("\n".join(p.errors) or "well-formed")
PY
expect_true "HTML well-formed (html.parser)" grep -qx well-formed "$T/parse"
sed -n '/<svg/,/<\/svg>/p' "$H" | sed 's/^.*<svg/<svg/; s/<\/svg>.*$/<\/svg>/' >"$T/inline.svg"
expect_true "inline SVG is well-formed XML (xmllint)" xmllint --noout "$T/inline.svg"

run --as-of $AS_OF tree --format svg
expect_rc 1 "tree --format svg exits 1 on findings like the other formats"
cp "$T/out" "$T/tree.svg"
expect_true "tree SVG is well-formed XML" xmllint --noout "$T/tree.svg"
expect_true "tree SVG: one node per organisation" test \
	"$(grep -c 'class="node"' "$T/tree.svg")" = 8
expect_true "tree SVG: one edge per delegation" test \
	"$(grep -c 'class="edge"' "$T/tree.svg")" = 9

# English outside a Japanese locale: the same report, labels translated back.
run --as-of $AS_OF report -o "$T/en.html"
expect_rc 0 "report in English"
for t in '<html lang="en">' '1. Summary</h2>' 'Contract clause coverage' \
    'Reviews and deadlines overdue or coming up' '<th>Status</th><th>Due</th>' \
    'Report on the supervision of contractors'; do
	expect_true "English HTML has $t" grep -qF "$t" "$T/en.html"
done
expect_true "English HTML keeps the Japanese data" grep -q 'ミナトデータサービス株式会社' "$T/en.html"
expect_true "English HTML has no Japanese section title" sh -c "! grep -q '契約条項の充足状況' '$T/en.html'"
run --as-of $AS_OF report --format md
expect_out "## 1. Summary" "English Markdown headings"

ja --as-of $AS_OF report --format md
expect_rc 0 "report --format md"
expect_out "## 1. 概要" "Markdown headings"
expect_out "# 委託先管理報告書" "Markdown title in Japanese"
expect_out "| #1 ミナトデータサービス株式会社 | ✓ |" "Markdown coverage matrix"
expect_out '&lt;script\>alert' "Markdown escapes markup"

run --as-of $AS_OF report --format csv
expect_rc 0 "report --format csv"
expect_true "CSV starts with a UTF-8 BOM" sh -c "head -c 3 '$T/out' | od -An -tx1 | grep -q 'ef bb bf'"
python3 - "$T/out" >"$T/csv" 2>&1 <<'PY'
import csv, sys
raw = open(sys.argv[1], "rb").read()
assert raw.count(b"\r\n") == raw.count(b"\n"), "bare LF line end"
rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8-sig", newline="")))
assert len(rows) == 9, len(rows)
r = {x["delegation_id"]: x for x in rows}
assert r["8"]["data_items"] == '氏名,住所 "全件"', r["8"]["data_items"]
assert r["8"]["outsourcee"].startswith("<script>"), r["8"]
assert r["3"]["chain"] == "株式会社さくら通販 › ミナトデータサービス株式会社 › 有限会社北斗印刷 › 北斗ロジスティクス株式会社"
assert "unapproved" in r["3"]["open_findings"], r["3"]
assert r["1"]["clauses_present"] == "13" and r["1"]["next_review_due"], r["1"]
print("csv ok")
PY
expect_true "CSV parses: quoting, chain, findings, coverage" grep -qx "csv ok" "$T/csv"

ja --as-of $AS_OF report --within 0 --format md
expect_out "0 日以内" "--within is shown"
run --as-of $AS_OF report --within 0 --format md
expect_out "(within 0 days)" "--within is shown in English"
run report --format pdf
expect_rc 2 "unknown report format"
run report -o "$T/no/such/dir/r.html"
expect_rc 4 "unwritable report path"
expect_true "no partial file left" sh -c "! ls '$T/no' 2>/dev/null"

if command -v chromium >/dev/null 2>&1; then
	chrome() {
		timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic \
			--no-first-run --disable-background-networking \
			--disable-component-update --disable-sync \
			--user-data-dir="$(mktemp -d "$T/chrome.XXXXXX")" "$@" >"$T/chrome.log" 2>&1
	}
	rm -f "$OUT/report.png" "$OUT/report.pdf"
	chrome --screenshot="$OUT/report.png" --window-size=1280,2000 "file://$H"
	expect_true "Chromium screenshot written" test -s "$OUT/report.png"
	expect_true "screenshot is a PNG" sh -c "head -c 8 '$OUT/report.png' | od -An -c | grep -q 'P   N   G'"
	expect_true "screenshot is not blank (> 50 kB)" test "$(stat -c %s "$OUT/report.png")" -gt 50000
	chrome --print-to-pdf="$OUT/report.pdf" --no-pdf-header-footer "file://$H"
	expect_true "Chromium prints a PDF" test -s "$OUT/report.pdf"
	pdftotext -enc UTF-8 "$OUT/report.pdf" "$T/pdf.txt" 2>/dev/null
	for t in 委託先管理報告書 概要 委託の連鎖 契約条項の充足状況 確認の期限; do
		expect_true "PDF text has $t" grep -q "$t" "$T/pdf.txt"
	done
	expect_true "PDF has several pages (sections break)" test \
		"$(pdfinfo "$OUT/report.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')" -ge 4
else
	echo "# chromium not installed: screenshot and PDF skipped (scripts/deps.sh check installs it)"
fi
finish
