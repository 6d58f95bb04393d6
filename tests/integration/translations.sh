#!/bin/sh
# po/ja.po translates every message in the sources: the messages xgettext
# finds in src/*.c now, merged with ja.po, leave nothing untranslated or
# fuzzy, and msgfmt -c accepts the result (printf directives match).
# After adding or changing a message: make update-po, then translate.
. "$(dirname "$0")/lib.sh"

if ! command -v xgettext >/dev/null || ! command -v msgmerge >/dev/null; then
	rc=127; fail "xgettext and msgmerge are installed (scripts/deps.sh build)"
	finish; exit
fi
xgettext --from-code=UTF-8 -k_ -kN_ -o "$T/itaku.pot" "$TOP"/src/*.c 2>"$T/err"
rc=$?
expect_rc 0 "xgettext reads the sources"
msgmerge -q --no-fuzzy-matching -o "$T/ja.po" "$TOP/po/ja.po" "$T/itaku.pot" 2>"$T/err"
msgmerge -q -o "$T/ja-fuzzy.po" "$TOP/po/ja.po" "$T/itaku.pot" 2>>"$T/err"
rc=$?
expect_rc 0 "po/ja.po merges with the messages of the sources"

msgfmt -c --statistics -o /dev/null "$T/ja.po" >"$T/stats" 2>&1
rc=$?
expect_rc 0 "msgfmt -c accepts the merged ja.po"
cat "$T/stats"
msgattrib --no-wrap --untranslated --no-obsolete "$T/ja.po" 2>/dev/null |
    grep '^msgid "[^"]' >"$T/out"
if grep -q untranslated "$T/stats"; then
	fail "every message is translated (make update-po, then translate)"
else
	pass "every message is translated"
fi
msgattrib --no-wrap --only-fuzzy --no-obsolete "$T/ja-fuzzy.po" 2>/dev/null |
    grep '^msgid "[^"]' >"$T/out"
msgfmt --statistics -o /dev/null "$T/ja-fuzzy.po" >"$T/stats" 2>&1
if grep -q fuzzy "$T/stats"; then
	fail "no translation is fuzzy (a changed message needs its translation checked)"
else
	pass "no translation is fuzzy"
fi
finish
