#!/bin/sh
# make demo: load the bundled demo register into a temporary database and
# run the main job on it: the delegation tree, the contract checks and the
# reviews that are due.  Nothing outside the temporary directory is touched.
set -u
cd "$(dirname "$0")/.."
top=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/itaku-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
as_of=${ITAKU_DEMO_AS_OF:-2026-11-22}
export ITAKU_DATADIR="$top" XDG_CONFIG_HOME="$tmp/config"
itaku="$top/itaku --db $tmp/demo.db --as-of $as_of"
quiet() { "$@" >/dev/null || { echo "demo: failed: $*" >&2; exit 1; }; }

say() { printf '\n\033[1m== %s ==\033[0m\n\n' "$1"; }
show() { printf '$ itaku %s\n' "$*"; $itaku "$@"; }

# Load the register quietly: the commands are in data/demo/register.sh.
itaku_real=$itaku
itaku="quiet $itaku_real"
. data/demo/register.sh
[ -f data/demo/reviews.sh ] && . data/demo/reviews.sh
[ -f data/demo/contracts.sh ] && . data/demo/contracts.sh
itaku=$itaku_real

echo "itaku demo: a register of $(sqlite3 "$tmp/demo.db" 'SELECT count(*) FROM delegation' 2>/dev/null || echo several) delegations as of $as_of"
say "The delegation chain and what needs attention"
show tree
say "Contracts on file"
show contract list 2>/dev/null || true
say "Checking a contract before it is signed"
show check data/demo/contracts/aoba-kojinjoho.html
say "Reviews on record"
show review list
say "What cron would mail this morning"
show due
say "The audit trail"
show audit verify
exit 0
