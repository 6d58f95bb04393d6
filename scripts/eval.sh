#!/bin/sh
# Measure the clause checker against a labelled corpus: run
# `itaku check --format json --ruleset R` on every document named in
# labels.tsv and print per-clause TP/FP/FN, precision and recall, the
# totals, and the (file, clause) pairs the checker got wrong.
# Usage: scripts/eval.sh [CORPUS]   (default $ITAKU_CORPUS or ../shared/corpus)
cd "$(dirname "$0")/.." || exit 2
corpus=${1:-${ITAKU_CORPUS:-../shared/corpus}}
if [ ! -f "$corpus/labels.tsv" ]; then
	echo "eval: no labelled corpus at $corpus (set ITAKU_CORPUS to a" \
	    "directory with labels.tsv); nothing to measure" >&2
	exit 0
fi
if [ ! -x ./itaku ]; then
	echo "eval: build ./itaku first (make)" >&2
	exit 2
fi
exec python3 - "$corpus" <<'PY'
import collections, json, os, subprocess, sys

corpus = sys.argv[1]
labels = collections.OrderedDict()      # (file, ruleset) -> {clause: 0/1}
with open(os.path.join(corpus, "labels.tsv"), encoding="utf-8") as f:
    for n, line in enumerate(f):
        cols = line.rstrip("\n").split("\t")
        if n == 0 and cols[0] == "file":
            continue
        if len(cols) != 4:
            continue
        labels.setdefault((cols[0], cols[1]), {})[cols[2]] = cols[3] == "1"

stats = collections.OrderedDict()
wrong, errors = [], []
for (fname, rs), want in labels.items():
    path = os.path.join(corpus, fname)
    p = subprocess.run(["./itaku", "check", "--format", "json", "--ruleset", rs,
                        path], capture_output=True, text=True)
    if p.returncode not in (0, 1):
        errors.append("%s: exit %d: %s" % (fname, p.returncode, p.stderr.strip()))
        got = {}
    else:
        doc = json.loads(p.stdout)["documents"][0]
        got = {c["id"]: (c["status"] == "present", c["evidence"])
               for c in doc["clauses"]}
    for clause, truth in want.items():
        s = stats.setdefault((rs, clause), [0, 0, 0, 0])
        found, ev = got.get(clause, (False, []))
        if found and truth:
            s[0] += 1
        elif found and not truth:
            s[1] += 1
            where = "; ".join(e["where"] + " " + e["text"][:50] for e in ev[:2])
            wrong.append("FP %-22s %-20s %s" % (fname, clause, where))
        elif truth:
            s[2] += 1
            wrong.append("FN %-22s %s" % (fname, clause))
        else:
            s[3] += 1

def ratio(a, b):
    return "%.3f" % (a / b) if b else "  -  "

print("%-11s %-20s %4s %4s %4s %4s  %-9s %-6s" %
      ("ruleset", "clause", "TP", "FP", "FN", "TN", "precision", "recall"))
tot = [0, 0, 0, 0]
for (rs, clause), s in stats.items():
    tot = [a + b for a, b in zip(tot, s)]
    print("%-11s %-20s %4d %4d %4d %4d  %-9s %-6s" %
          (rs, clause, s[0], s[1], s[2], s[3], ratio(s[0], s[0] + s[1]),
           ratio(s[0], s[0] + s[2])))
print("%-11s %-20s %4d %4d %4d %4d  %-9s %-6s" %
      ("total", "", tot[0], tot[1], tot[2], tot[3], ratio(tot[0], tot[0] + tot[1]),
       ratio(tot[0], tot[0] + tot[2])))
print("%d documents, %d labels" % (len(labels), sum(tot)))
if wrong:
    print("\nwrong:")
    for w in wrong:
        print("  " + w)
for e in errors:
    print("error: " + e, file=sys.stderr)
sys.exit(1 if errors else 0)
PY
