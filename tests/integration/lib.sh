# Shared helpers for the integration tests: each script runs the real binary
# against temporary databases and files.  Source it, call the checks, and end
# with `finish`.
: "${ITAKU:?ITAKU must name the binary}"
: "${RESULT:=/dev/null}"
FIXTURES=$(cd "$(dirname "$0")/../fixtures" && pwd)
TOP=$(cd "$(dirname "$0")/../.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/itaku-test.XXXXXX")
trap 'rm -rf "$T"' EXIT
export ITAKU_DB="$T/itaku.db"
export ITAKU_DATADIR="$TOP"
export LC_ALL=C.UTF-8
unset XDG_CONFIG_HOME
export HOME="$T/home"
mkdir -p "$HOME"
n_pass=0 n_fail=0

# run ARGS...: run itaku; stdout in $T/out, stderr in $T/err, status in $rc.
run() {
	"$ITAKU" "$@" >"$T/out" 2>"$T/err"
	rc=$?
}

pass() { n_pass=$((n_pass + 1)); echo "ok - $1"; }
fail() {
	n_fail=$((n_fail + 1)); echo "not ok - $1"
	echo "  exit: $rc"; sed 's/^/  out: /' "$T/out" | head -15
	sed 's/^/  err: /' "$T/err" | head -5
}

# expect_rc N DESC
expect_rc() { if [ "$rc" -eq "$1" ]; then pass "$2"; else fail "$2 (wanted exit $1)"; fi; }
# expect_out TEXT DESC: stdout contains TEXT
expect_out() { if grep -qF -- "$1" "$T/out"; then pass "$2"; else fail "$2 (stdout lacks '$1')"; fi; }
expect_no_out() { if grep -qF -- "$1" "$T/out"; then fail "$2 (stdout has '$1')"; else pass "$2"; fi; }
# expect_err TEXT DESC: stderr contains TEXT
expect_err() { if grep -qF -- "$1" "$T/err"; then pass "$2"; else fail "$2 (stderr lacks '$1')"; fi; }
expect_empty() { if [ ! -s "$T/out" ]; then pass "$1"; else fail "$1 (stdout not empty)"; fi; }
# expect_true DESC CMD...: CMD succeeds
expect_true() { d=$1; shift; if "$@"; then pass "$d"; else fail "$d"; fi; }
# db_query SQL: one value from the test database
db_query() { sqlite3 "$ITAKU_DB" "$1"; }

finish() {
	echo "$n_pass $n_fail" >"$RESULT"
	echo "# $n_pass passed, $n_fail failed"
	[ "$n_fail" -eq 0 ]
}
