#!/bin/sh
# Backup and restore through the real binary: a backup is private, never
# overwritten by accident and checked; a restore brings back exactly the
# backed-up register with its audit trail, notes itself, keeps the old
# database, and refuses a damaged, foreign or newer backup without
# touching anything.
. "$(dirname "$0")/lib.sh"

tree_json() { "$ITAKU" tree --format json >"$1" 2>/dev/null; }

run init --org 株式会社さくら通販
run org add ミナトデータサービス株式会社
run org add 有限会社北斗印刷
run delegate add さくら ミナト --data 顧客氏名 --risk high --start 2026-04-01
run delegate add ミナト 北斗 --data 宛名データ --start 2026-05-01
expect_rc 0 "a register to back up"
tree_json "$T/before.json"
n_before=$(db_query "SELECT count(*) FROM audit")

run backup "$T/b1.db"
expect_rc 0 "backup"
expect_out "audit records 1-$n_before" "backup names the records it holds"
expect_true "backup is private (0600)" test "$(stat -c %a "$T/b1.db")" = 600
expect_true "backup is one file, no journal beside it" \
	test ! -e "$T/b1.db-wal" -a ! -e "$T/b1.db-journal"
expect_true "backup is a rollback-journal database" \
	test "$(sqlite3 "$T/b1.db" 'PRAGMA journal_mode')" = delete
expect_true "backup passes integrity_check" \
	test "$(sqlite3 "$T/b1.db" 'PRAGMA integrity_check')" = ok
expect_true "no temporary file left" \
	test -z "$(find "$T" -maxdepth 1 -name '.*backup*')"
expect_true "backup is recorded in the live trail" \
	test "$(db_query "SELECT action FROM audit ORDER BY seq DESC LIMIT 1")" = backup

cp "$T/b1.db" "$T/b1.copy"
run backup "$T/b1.db"
expect_rc 4 "backup refuses to overwrite"
expect_err "already exists; use --force" "refusal says how"
expect_true "refused backup left the file alone" cmp -s "$T/b1.db" "$T/b1.copy"
run backup --force "$T/b1.db"
expect_rc 0 "backup --force replaces"
expect_true "--force kept it private" test "$(stat -c %a "$T/b1.db")" = 600
run backup "$T/no/such/dir/b.db"
expect_rc 4 "backup into a missing directory fails"
run backup
expect_rc 2 "backup without FILE is a usage error"

# Change things, then restore the first backup.
run org add 追加株式会社
run delegate add さくら 追加 --data 氏名
run org edit ミナト --contact 03-0000-0000
n_changed=$(db_query "SELECT count(*) FROM audit")
run restore "$T/b1.copy"
expect_rc 0 "restore"
expect_out "audit records 1-$n_before, verified" "restore names the verified records"
expect_out "record $((n_before + 1)) notes the restore" "restore names its own record"
expect_out "only in the kept copy" "restore says which records were replaced"
tree_json "$T/after.json"
expect_true "restored tree equals the backed-up tree" cmp -s "$T/before.json" "$T/after.json"
run audit verify
expect_rc 0 "restored audit trail verifies"
expect_out "$((n_before + 1)) records" "trail is the backup's plus the restore"
expect_true "restore is the last record" \
	test "$(db_query "SELECT entity || ' ' || action FROM audit ORDER BY seq DESC LIMIT 1")" = "database restore"
expect_true "added organisation is gone" \
	test "$(db_query "SELECT count(*) FROM org WHERE name = '追加株式会社'")" = 0
kept=$(ls "$ITAKU_DB".before-restore-* 2>/dev/null | head -1)
expect_true "previous database kept" test -n "$kept"
expect_true "kept copy holds the changes" \
	test "$(sqlite3 "$kept" "SELECT count(*) FROM audit")" = "$n_changed"
expect_true "kept copy is private (0600)" test "$(stat -c %a "$kept")" = 600
expect_true "database still private (0600)" test "$(stat -c %a "$ITAKU_DB")" = 600
expect_true "no temporary file left" \
	test -z "$(find "$T" -maxdepth 1 -name '.*restore*')"

# Refusals: nothing replaced.
refused() {	# FILE DESC STATUS TEXT
	before=$(sqlite3 "$ITAKU_DB" "SELECT count(*) || ':' || max(hash) FROM audit")
	nkept=$(ls "$ITAKU_DB".before-restore-* | wc -l)
	run restore "$1"
	expect_rc "$3" "$2 refused"
	expect_err "$4" "$2: says why"
	expect_err "nothing restored" "$2: says nothing was restored"
	expect_true "$2: database unchanged" test "$(sqlite3 "$ITAKU_DB" \
	    "SELECT count(*) || ':' || max(hash) FROM audit")" = "$before"
	expect_true "$2: nothing kept" test "$(ls "$ITAKU_DB".before-restore-* | wc -l)" = "$nkept"
}
printf 'not a database\n' >"$T/text.db"
refused "$T/text.db" "a text file" 5 "not an itaku database"
sqlite3 "$T/foreign.db" "CREATE TABLE x (y); INSERT INTO x VALUES (1)"
refused "$T/foreign.db" "another SQLite database" 5 "not an itaku database"
cp "$T/b1.copy" "$T/newer.db"
sqlite3 "$T/newer.db" "PRAGMA user_version = 99"
refused "$T/newer.db" "a newer schema" 5 "newer than this itaku"
cp "$T/b1.copy" "$T/tampered.db"
sqlite3 "$T/tampered.db" "UPDATE audit SET user = 'mallory' WHERE seq = 2"
refused "$T/tampered.db" "a tampered audit trail" 5 "audit trail broken at record 2"
cp "$T/b1.copy" "$T/truncated.db"
sqlite3 "$T/truncated.db" "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)"
refused "$T/truncated.db" "a trail with its tail removed" 5 "records were removed"
# Damage a page in the middle of the file: the integrity check notices.
cp "$T/b1.copy" "$T/corrupt.db"
python3 - "$T/corrupt.db" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, 'rb').read())
ps = int.from_bytes(b[16:18], 'big')
for pg in range(2, len(b) // ps):
    o = pg * ps
    if b[o] in (0x0d, 0x05):	# a table b-tree page: scramble its cells
        for i in range(o + 8, o + ps, 7):
            b[i] ^= 0x55
        break
open(p, 'wb').write(bytes(b))
PY
refused "$T/corrupt.db" "a corrupt backup" 5 "corrupt.db: damaged"
: >"$T/empty.db"
refused "$T/empty.db" "an empty file" 5 "empty file"
refused "$T/missing.db" "a missing file" 4 "No such file"

# A database itaku cannot open is replaced only with --force.
tree_json "$T/good.json"
"$ITAKU" backup "$T/b2.db" >/dev/null 2>&1
printf 'garbage' | dd of="$ITAKU_DB" bs=1 seek=0 conv=notrunc 2>/dev/null
run org list
expect_rc 5 "a damaged database is noticed"
run restore "$T/b2.db"
expect_rc 5 "restore over a damaged database needs --force"
expect_err "restore --force replaces it" "the refusal says how"
run restore --force "$T/b2.db"
expect_rc 0 "restore --force over a damaged database"
tree_json "$T/forced.json"
expect_true "forced restore brings the register back" cmp -s "$T/good.json" "$T/forced.json"
run audit verify
expect_rc 0 "audit verifies after a forced restore"

# Permissions: the database, its -wal and -shm, and backups are private
# even under a permissive umask.
(umask 022; "$ITAKU" --db "$T/u.db" init --org 株式会社テスト >/dev/null 2>&1
 "$ITAKU" --db "$T/u.db" backup "$T/u-backup.db" >/dev/null 2>&1
 sqlite3 "$T/u.db" "PRAGMA journal_mode" >/dev/null)
expect_true "new database is 0600 under umask 022" test "$(stat -c %a "$T/u.db")" = 600
expect_true "backup is 0600 under umask 022" test "$(stat -c %a "$T/u-backup.db")" = 600
# Hold the database open so its -wal and -shm exist, and look at them.
python3 - "$T/u.db" <<'PY' && pass "-wal and -shm are private" || fail "-wal and -shm are private"
import os, sqlite3, stat, sys
db = sys.argv[1]
c = sqlite3.connect(db)
c.execute("PRAGMA journal_mode = WAL")
c.execute("INSERT OR REPLACE INTO meta VALUES ('probe', '1')")
c.commit()
c2 = sqlite3.connect(db); c2.execute("SELECT 1 FROM meta").fetchall()
for ext in ("-wal", "-shm"):
    m = stat.S_IMODE(os.stat(db + ext).st_mode)
    assert m & 0o077 == 0, (ext, oct(m))
PY
chmod 644 "$T/u.db"
run --db "$T/u.db" org list
expect_err "readable by other users" "an exposed database is warned about"

finish
