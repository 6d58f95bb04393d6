#!/bin/sh
# The Japanese interface: messages, help and labels from po/ja.po when the
# environment asks for Japanese (LANG=ja_JP.UTF-8, even where that locale
# was never generated, or LANGUAGE=ja), English otherwise; machine-readable
# output the same in both.
. "$(dirname "$0")/lib.sh"
C=$FIXTURES/contracts

# ja ARGS...: run itaku as a Japanese user would, without LC_ALL.
ja() {
	env -u LC_ALL -u LC_MESSAGES -u LANGUAGE LANG=ja_JP.UTF-8 "$ITAKU" "$@" \
	    >"$T/out" 2>"$T/err"
	rc=$?
}
ja --help
expect_rc 0 "--help in Japanese exits 0"
expect_out "使い方: itaku [--db PATH] [--as-of DATE] COMMAND [ARGS]" "usage line in Japanese"
expect_out "init             委託元を登録して台帳を作成する" "command summaries in Japanese"
expect_out "終了ステータス: 0 正常" "exit statuses in Japanese"

ja help review
expect_out "使い方: itaku [--db PATH] [--as-of DATE] review add DELEGATION" "help COMMAND in Japanese"

ja --as-of 2026-02-30 due
expect_rc 3 "an impossible date is bad data"
expect_err "itaku: --as-of 2026-02-30: 日付が正しくありません（YYYY-MM-DD の実在する日付で指定してください）" \
    "the error is Japanese and keeps the itaku: prefix"

ja init --org 株式会社さくら通販
expect_rc 0 "init"
ja org add ミナトデータ株式会社
ja org add 北斗印刷
ja org add 東西物流
ja --as-of 2026-01-10 delegate add さくら ミナト --data 顧客名簿 --start 2026-01-10
ja --as-of 2026-01-10 delegate add ミナト 北斗 --data 宛名 --start 2026-01-10
ja --as-of 2026-01-10 delegate add 北斗 東西 --data 宛名 --start 2026-01-10
expect_rc 0 "three levels of delegation"
ja delegate add さくら 存在しない会社
expect_rc 3 "an unknown organisation is bad data"
expect_err "itaku: 存在しない会社: 組織が見つかりません" "no such organisation, in Japanese"

ja --as-of 2026-03-01 tree
expect_rc 1 "a flagged tree exits 1"
expect_out "株式会社さくら通販 (委託元)  ▲ 下位に要対応" "root label and roll-up in Japanese"
expect_out "⚠ 事前承認のない再委託" "finding titles in Japanese"
expect_out "再々委託先" "level names in Japanese"
ja --as-of 2026-03-01 tree --format json
expect_out '"kind":"unapproved"' "JSON kinds stay untranslated"

ja --as-of 2026-03-01 due
expect_rc 1 "overdue items exit 1"
expect_out "期限超過（" "due heading in Japanese"
expect_out "未確認。データを引き渡す前に安全管理措置を確認してください" "due details in Japanese"
expect_out " initial " "due kinds stay untranslated"
ja --as-of 2026-03-01 due --format ics
expect_out "BEGIN:VCALENDAR" "ICS structure unchanged"
expect_out "X-WR-CALNAME:itaku: 委託先の確認期限" "calendar name in Japanese"
expect_out "SUMMARY:［期限超過］" "overdue events marked in Japanese"
expect_out "から期限超過" "event descriptions in Japanese"
run --as-of 2026-03-01 due --format ics
expect_out "X-WR-CALNAME:itaku: outsourcee reviews due" "calendar name in English"
expect_out "SUMMARY:[overdue] " "overdue events marked in English"

ja --as-of 2026-03-01 incident add 2 --discovered 2026-03-01 --what USB紛失 --people 1500
expect_rc 0 "incident add"
expect_out "個人情報保護委員会への報告対象: 本人の数が1,000人超（規則第7条第4号）" "incident triggers in Japanese"
expect_out "report-quick" "step names stay commands"
expect_out "個人情報保護委員会への報告（速報）" "step titles in Japanese"
ja --as-of 2026-03-02 incident list
expect_out "報告対象" "incident list headers in Japanese"

ja cert add 北斗 --kind pmark --expires 2026-02-01
ja --as-of 2026-03-01 cert list
expect_out "有効期限" "cert list headers in Japanese"
expect_out "28 日前に失効" "cert status in Japanese"

ja check "$C/ja_04.odt"
expect_rc 1 "check exits 1 for missing clauses"
expect_out "ルールセット meti" "check header in Japanese"
expect_out "不足: 委託契約期間 (term)" "clause titles in Japanese under a Japanese locale"
expect_out "追加する条項の例:" "check labels in Japanese"
expect_out "本契約の有効期間は" "the model wording stays in the document's language"

ja review template
expect_out "組織的安全管理措置" "the checklist template follows the locale"

# The document readers' refusals, in Japanese.
python3 -c 'import sys; open(sys.argv[1], "wb").write(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 512)' "$T/legacy.doc"
ja check "$T/legacy.doc"
expect_rc 4 "a legacy .doc is refused"
expect_err "itaku: $T/legacy.doc: .doc（旧形式の Word 文書）は読めません。.docx で保存し直してください" \
    "the legacy .doc refusal in Japanese"
printf 'PK\003\004garbage' >"$T/broken.docx"
ja check "$T/broken.docx"
expect_err "ZIP アーカイブが壊れています" "a damaged archive in Japanese"
: >"$T/empty.txt"
ja check "$T/empty.txt"
expect_err "itaku: $T/empty.txt: ファイルが空です" "an empty file in Japanese"

# The report: section titles, table heads and labels in Japanese.
ja --as-of 2026-03-01 report --format md
expect_rc 0 "report --format md"
expect_out "# 委託先管理報告書" "report title in Japanese"
expect_out "## 1. 概要" "report section titles in Japanese"
expect_out "## 4. 確認の期限" "the due section in Japanese"
expect_out "## 5. 事前承認のない再委託" "the unapproved section in Japanese"
expect_out "| 項目 | 値 |" "summary table head in Japanese"
expect_out "| **事前承認のない再委託** | " "summary labels in Japanese"
expect_out "| 状況 | 期限 | 種類 | 委託 | 詳細 |" "due table head in Japanese"
ja --as-of 2026-03-01 report --format csv
expect_out "delegation_id,level,level_name" "report CSV columns stay English"

# LANGUAGE=ja under C.UTF-8 translates (glibc ignores LANGUAGE only for C).
env -u LANG LANGUAGE=ja LC_ALL=C.UTF-8 "$ITAKU" --help >"$T/out" 2>"$T/err"; rc=$?
expect_out "使い方: itaku" "LANGUAGE=ja with LC_ALL=C.UTF-8 is Japanese"
env -u LC_ALL -u LANG LANGUAGE=ja "$ITAKU" --help >"$T/out" 2>"$T/err"; rc=$?
expect_out "使い方: itaku" "LANGUAGE=ja alone is Japanese"
env -u LANG LANGUAGE=ja LC_ALL=C "$ITAKU" --help >"$T/out" 2>"$T/err"; rc=$?
expect_out "usage: itaku" "LC_ALL=C stays English, as with gettext"
env -u LC_ALL LANG=ja_JP.UTF-8 LANGUAGE=en "$ITAKU" --help >"$T/out" 2>"$T/err"; rc=$?
expect_out "usage: itaku" "LANGUAGE=en wins over LANG=ja_JP.UTF-8"
env -u LC_ALL -u LANGUAGE LANG=ja_JP.eucJP "$ITAKU" --help >"$T/out" 2>"$T/err"; rc=$?
expect_out "使い方: itaku" "a non-UTF-8 Japanese locale still gets UTF-8 Japanese"
expect_true "and the output is valid UTF-8" iconv -f UTF-8 -t UTF-8 "$T/out" -o /dev/null

# English under C.UTF-8 (lib.sh sets LC_ALL=C.UTF-8).
run --help
expect_out "usage: itaku [--db PATH] [--as-of DATE] COMMAND [ARGS]" "English --help under C.UTF-8"
expect_out "create the register with the entrusting business" "English summaries"
run --as-of 2026-02-30 due
expect_err "itaku: --as-of 2026-02-30: not a date (use YYYY-MM-DD with a real day)" "English error"
run --as-of 2026-03-01 tree
expect_out "株式会社さくら通販 (entrusting business)  ▲ needs attention below" "English tree labels"
run --as-of 2026-03-01 due
expect_out "Overdue (" "English due heading"
run check "$C/ja_04.odt"
expect_out "Missing: Term of the contract (term)" "English clause titles and labels"
expect_out "本契約の有効期間は" "with the document's model wording"
run review template
expect_out "Technical safeguards" "English checklist template"
run check "$T/legacy.doc"
expect_err "legacy Word .doc is not supported; save it as .docx" "English legacy .doc refusal"
run --as-of 2026-03-01 report --format md
expect_out "## 1. Summary" "English report section titles"
expect_out "| Status | Due | Kind | Delegation | Details |" "English due table head"

finish
