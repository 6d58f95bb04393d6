#!/usr/bin/env python3
"""Write ../labels.tsv from the absent-clause sets decided per document
(see ../README.md for the reasons)."""
import os
METI = ["responsibility", "safeguards", "leak-prevention", "no-unauthorized-use",
        "no-unauthorized-copy", "term", "return-erasure", "subcontracting",
        "subcontract-notice", "status-report", "compliance-check", "breach-measures",
        "incident-report"]
GDPR = ["subject-matter", "instructions", "confidentiality", "security", "subprocessors",
        "data-subject-rights", "assist-compliance", "deletion-return", "audits"]
S = {"R": "responsibility", "S": "safeguards", "L": "leak-prevention",
     "U": "no-unauthorized-use", "C": "no-unauthorized-copy", "T": "term",
     "E": "return-erasure", "SC": "subcontracting", "SN": "subcontract-notice",
     "SR": "status-report", "CC": "compliance-check", "B": "breach-measures",
     "IR": "incident-report"}
DOCS = [
    ("ja01_shi_tokki.txt", "meti", "T"),
    ("ja02_kihon_kobetsu.docx", "meti", "R C SR CC"),
    ("ja03_meishi_seiyaku.md", "meti", "T SC SN SR CC B"),
    ("ja04_unyo_hoshu.odt", "meti", "U C E SR"),
    ("ja05_insatsu_chumon_eucjp.txt", "meti", "R S T SR CC IR"),
    ("ja06_cloud_riyou.html", "meti", "R C SN SR CC"),
    ("ja07_saiyo_daiko.txt", "meti", "T E SR"),
    ("ja08_kentai_kensa.txt", "meti", "CC B"),
    ("ja09_album_oboegaki.txt", "meti", "R L C T E SC SN SR CC B IR"),
    ("ja10_hoken_dairiten.txt", "meti", "C SN IR"),
    ("ja11_zeimu_komon.txt", "meti", "U C SR CC IR"),
    ("ja12_chosa_itaku.txt", "meti", ""),
    ("en01_msa_exhibit.txt", "gdpr-art28", "subject-matter data-subject-rights audits"),
    ("en02_eu_dpa.docx", "gdpr-art28", ""),
    ("en03_mutual_nda.md", "gdpr-art28",
     "subject-matter instructions confidentiality subprocessors data-subject-rights "
     "assist-compliance audits"),
    ("en04_payroll_schedule.txt", "gdpr-art28", "instructions subprocessors"),
]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "labels.tsv"), "w", encoding="utf-8") as f:
    f.write("file\truleset\tclause\tpresent\n")
    for fn, rs, absent in DOCS:
        ab = {S.get(a, a) for a in absent.split()}
        clauses = METI if rs == "meti" else GDPR
        assert ab <= set(clauses), (fn, ab - set(clauses))
        for c in clauses:
            f.write("%s\t%s\t%s\t%d\n" % (fn, rs, c, 0 if c in ab else 1))
