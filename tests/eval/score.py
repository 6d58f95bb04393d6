#!/usr/bin/env python3
"""Per-(file, clause) dump of the checker's verdict and evidence against
heldout/labels.tsv.  Usage: score.py [ITAKU_BINARY] [CORPUS_DIR]
Marks: ok / FP / FN; for every present verdict prints where the evidence is."""
import collections, json, os, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
itaku = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "itaku")
corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "heldout")
labels = collections.OrderedDict()
for n, line in enumerate(open(os.path.join(corpus, "labels.tsv"), encoding="utf-8")):
    c = line.rstrip("\n").split("\t")
    if n == 0 or len(c) != 4:
        continue
    labels.setdefault((c[0], c[1]), {})[c[2]] = c[3] == "1"
for (fn, rs), want in labels.items():
    p = subprocess.run([itaku, "check", "--format", "json", "--ruleset", rs,
                        os.path.join(corpus, fn)], capture_output=True, text=True)
    doc = json.loads(p.stdout)["documents"][0]
    got = {c["id"]: c for c in doc["clauses"]}
    print("== %s (%s, format %s)" % (fn, rs, doc.get("format")))
    for clause, truth in want.items():
        c = got.get(clause, {"status": "missing", "evidence": []})
        found = c["status"] == "present"
        mark = "ok" if found == truth else ("FP" if found else "FN")
        ev = " | ".join("%s: %s" % (e["where"], e["text"][:40]) for e in c["evidence"][:3])
        print("  %-3s %-20s label=%d %s" % (mark, clause, truth, ev if found else ""))
