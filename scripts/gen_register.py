#!/usr/bin/env python3
"""Fill a fresh itaku database (made by `itaku init`) with a large register
for benchmarks: N delegations in a tree of contractors and subcontractors,
M reviews spread over ten years, some certifications.  Writes SQL straight
into the database; the CLI would take hours.  Deterministic (seeded).

usage: gen_register.py DB [DELEGATIONS] [REVIEWS]
"""
import random
import sqlite3
import sys


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    db = sys.argv[1]
    ndel = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    nrev = int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000
    rnd = random.Random(20250401)
    con = sqlite3.connect(db)
    con.execute("PRAGMA foreign_keys = ON")
    (root,) = con.execute("SELECT id FROM org WHERE is_root = 1").fetchone()
    now = "2025-01-01T00:00:00Z"
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO org (id, name, created_at) VALUES (?, ?, ?)",
        ((root + i, f"委託先{i:06d}株式会社", now) for i in range(1, ndel + 1)))
    dels = []
    for i in range(1, ndel + 1):
        # A fifth are direct contractors; the rest hang below an earlier one.
        parent = root if i <= ndel // 5 else root + rnd.randrange(1, i)
        start = f"{rnd.randrange(2015, 2025)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
        risk = rnd.choice(("high", "medium", "medium", "low"))
        approved = None if parent == root or rnd.random() < 0.02 else start
        ended = "2024-06-30" if rnd.random() < 0.05 else None
        dels.append((i, parent, root + i, "氏名, 住所", start, risk,
                     approved, "山田" if approved else None, ended, now))
    con.executemany(
        "INSERT INTO delegation (id, parent_id, child_id, data_items, start_date,"
        " risk, approved_on, approved_by, ended_on, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", dels)
    results = ("pass",) * 8 + ("conditional", "fail")
    methods = ("questionnaire", "onsite", "audit-report", "certification")

    def reviews():
        for k in range(nrev):
            d = rnd.randrange(1, ndel + 1)
            on = f"{rnd.randrange(2015, 2026)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
            yield (d, on, "山田", rnd.choice(methods), rnd.choice(results), now)
    con.executemany(
        "INSERT INTO review (delegation_id, reviewed_on, reviewer, method,"
        " result, created_at) VALUES (?, ?, ?, ?, ?, ?)", reviews())
    con.executemany(
        "INSERT INTO certification (org_id, kind, ident, expires_on, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        ((root + rnd.randrange(1, ndel + 1), rnd.choice(("isms", "pmark")),
          f"C-{k}", f"{rnd.randrange(2024, 2028)}-{rnd.randrange(1, 13):02d}-28", now)
         for k in range(ndel // 10)))
    con.commit()
    con.execute("ANALYZE")
    con.close()


if __name__ == "__main__":
    main()
