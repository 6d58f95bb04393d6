#!/bin/sh
# "itaku due" for cron: silence when nothing is due, exit 1 when anything
# is overdue, "overdue since" after missed runs, the chain roll-up, the
# configuration file, JSON and iCalendar.
. "$(dirname "$0")/lib.sh"
R="$FIXTURES/reviews"

run init --org 委託元
run org add A社
run org add B社
run org add C社
run delegate add 委託元 A社 --data 氏名 --risk high --start 2025-01-10
run delegate add A社 B社 --data 氏名 --risk medium --start 2025-02-01 \
    --approved-on 2025-01-20 --approved-by 山田
run delegate add B社 C社 --data 氏名 --risk low --start 2025-03-01
expect_rc 0 "a chain of three"

run --as-of 2024-11-01 due
expect_rc 0 "nothing due: exit 0"
expect_empty "nothing due: no output at all"
run --as-of 2024-11-01 due --format json
expect_rc 0 "nothing due in JSON: exit 0"
expect_true "JSON still a document with empty lists" python3 -c "
import json; d=json.load(open('$T/out'))
assert d=={'as_of':'2024-11-01','overdue':[],'upcoming':[]}, d"

run --as-of 2024-12-20 due
expect_rc 0 "only upcoming: exit 0"
expect_out "due 2025-01-10 (in 21 days)" "upcoming initial check"
expect_out "委託元 › A社" "with its chain"
run --as-of 2024-12-20 due --within 7
expect_rc 0 "a narrower window"
expect_empty "nothing within 7 days"
run --as-of 2024-12-20 due --within x
expect_rc 2 "--within must be a number"
run --as-of 2024-12-20 due --format csv
expect_rc 2 "--format csv refused"

# Cron did not run for months: everything is still there, oldest first.
run --as-of 2025-04-01 due
expect_rc 1 "overdue: exit 1"
expect_out "overdue since 2025-01-10 (81 days)" "overdue since the due date"
first=$(sed -n 2p "$T/out")
case "$first" in *"2025-01-10"*) pass "oldest first" ;; *) fail "oldest first" ;; esac
expect_out "委託元 › A社 › B社 › C社" "chain path of the third level"
expect_out "oversight incomplete below A社: #2 B社, #3 C社" "chain roll-up names the descendants"
expect_out "re-delegation by B社 has no prior approval" "unapproved re-delegation"

run --as-of 2025-04-01 review add 1 --on 2025-03-01 --by 山田 --method onsite --answers "$R/all-ok.txt"
run --as-of 2025-04-01 review add 2 --on 2025-03-01 --by 山田 --method onsite --answers "$R/one-ng.txt"
run --as-of 2025-04-01 review add 3 --on 2025-03-01 --by 山田 --method onsite --answers "$R/all-ok.txt"
run approve 3 --on 2025-02-20 --by 山田
run --as-of 2025-04-01 due
expect_rc 0 "all reviewed: nothing overdue"
expect_no_out "2025-06-01" "the follow-up is beyond the 30-day window"
run --as-of 2025-05-10 due
expect_rc 0 "follow-up upcoming"
expect_out "followup" "conditional review brings a follow-up"
expect_out "due 2025-06-01 (in 22 days)" "follow-up three months on"
run --as-of 2025-06-02 due
expect_rc 1 "follow-up missed"
expect_out "oversight incomplete below A社: #2 B社" "rolls up to the contractor"

# 31 August + 6 months = 28 February.
run --as-of 2025-09-01 review add 1 --on 2025-08-31 --by 山田 --method onsite --answers "$R/all-ok.txt"
expect_out "next review due 2026-02-28" "month end clamps to February"

# The configuration file.
mkdir -p "$HOME/.config/itaku"
printf '# stricter\ninterval.high = 3\n' >"$HOME/.config/itaku/config"
run --as-of 2025-09-01 review add 1 --on 2025-08-31 --by 山田 --method onsite --answers "$R/all-ok.txt"
expect_out "next review due 2025-11-30" "interval.high from the config"
printf 'interval.high = 3\ninterval.hihg = 4\n' >"$HOME/.config/itaku/config"
run due
expect_rc 3 "bad config key refused"
expect_err "config:2: unknown key \"interval.hihg\"" "names file and line"
printf 'due.within = 400\n' >"$HOME/.config/itaku/config"
run --as-of 2025-09-01 due
expect_out "due 2026-02-28 (in 180 days)" "due.within widens the window"
export XDG_CONFIG_HOME="$T/xdg"
mkdir -p "$XDG_CONFIG_HOME/itaku"
printf 'followup.conditional = 2\n' >"$XDG_CONFIG_HOME/itaku/config"
run --as-of 2025-09-01 due --within 0
expect_rc 1 "XDG_CONFIG_HOME wins over ~/.config"
expect_out "overdue since 2025-05-01" "followup.conditional = 2"
unset XDG_CONFIG_HOME
rm -f "$HOME/.config/itaku/config"

# JSON shape.
run --as-of 2025-06-02 due --format json
expect_rc 1 "JSON keeps the exit status"
expect_true "JSON items have the documented fields" python3 -c "
import json; d=json.load(open('$T/out'))
assert d['as_of']=='2025-06-02'
for it in d['overdue']+d['upcoming']:
    for k in ('kind','delegation','organisation','chain','due','days'):
        assert k in it, k
o=d['overdue']
assert [x['due'] for x in o]==sorted(x['due'] for x in o)
f=[x for x in o if x['kind']=='followup'][0]
assert f['delegation']==2 and f['organisation']=='B社' and f['chain']==['委託元','A社','B社'] and f['days']==1, f
assert any(x['kind']=='chain' and x['delegation']==1 for x in o)"

# Certifications and contract ends.
run cert add C社 --kind pmark --expires 2025-06-10 --id 12345
run --as-of 2025-06-02 due --format json
expect_true "cert expiry upcoming" python3 -c "
import json; d=json.load(open('$T/out'))
c=[x for x in d['upcoming'] if x['kind']=='cert'][0]
assert c['organisation']=='C社' and c['days']==8 and c['delegation']==3, c"
run --as-of 2025-06-11 tree
expect_out "pmark 12345 expired" "tree marks the expired certificate"

# iCalendar.
run --as-of 2025-06-02 due --format ics
expect_rc 1 "ics keeps the exit status"
expect_out "BEGIN:VCALENDAR" "calendar begins"
expect_out "DTSTART;VALUE=DATE:20250601" "all-day DTSTART"
expect_out "UID:followup-2@itaku" "stable UID"
expect_true "ics parses as RFC 5545" python3 - "$T/out" <<'PY'
import re, sys
raw = open(sys.argv[1], 'rb').read()
assert raw.endswith(b'END:VCALENDAR\r\n')
assert b'\n' not in raw.replace(b'\r\n', b''), 'bare LF'
assert any(l.startswith(b' ') for l in raw.split(b'\r\n')), 'nothing folded'

lines = raw.split(b'\r\n')[:-1]
for l in lines:
    assert len(l) <= 75, l
# Unfold and check every folded piece is valid UTF-8 on its own.
for l in lines:
    l.decode('utf-8')
text = re.sub(rb'\r\n[ \t]', b'', raw).decode('utf-8')
ev = text.split('BEGIN:VEVENT')[1:]
assert ev, 'no events'
for e in ev:
    for k in ('UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'SUMMARY:'):
        assert '\r\n' + k in '\r\n' + e, k
    assert re.search(r'DTSTAMP:\d{8}T\d{6}Z', e)
    s = re.search(r'SUMMARY:(.*)', e).group(1)
    assert not re.search(r'(?<!\\)[;,]', s), s
PY
run --as-of 2024-11-01 due --format ics
expect_rc 0 "empty calendar exits 0"
expect_out "END:VCALENDAR" "an empty calendar is still a calendar"

# Ended delegations are not chased.
run delegate end 3 --on 2025-06-01
run --as-of 2025-06-02 due --format json
expect_true "ended delegation dropped" python3 -c "
import json; d=json.load(open('$T/out'))
assert all(x['delegation']!=3 for x in d['overdue']+d['upcoming'])"
# A long Japanese name folds between characters, never inside one.
run org add 株式会社とても長い名前のデータ処理とコールセンターと配送とシステム開発を請け負う会社
run delegate add 委託元 株式会社とても長い --data 氏名 --start 2025-06-01
run --as-of 2025-06-02 due --format ics
expect_true "long UTF-8 lines fold on character boundaries" python3 - "$T/out" <<'PY'
import sys
raw = open(sys.argv[1], 'rb').read()
lines = raw.split(b'\r\n')[:-1]
assert max(len(l) for l in lines) == 75, max(len(l) for l in lines)
for l in lines:
    assert len(l) <= 75
    l.decode('utf-8')
PY
finish
