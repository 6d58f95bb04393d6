#!/usr/bin/env python3
"""Writes ../labels.tsv from the absent-clause lists below (kept next to the sources)."""
import os
META = ["responsibility", "safeguards", "leak-prevention", "no-unauthorized-use",
        "no-unauthorized-copy", "term", "return-erasure", "subcontracting",
        "subcontract-notice", "status-report", "compliance-check", "breach-measures",
        "incident-report"]
GDPR = ["subject-matter", "instructions", "confidentiality", "security", "subprocessors",
        "data-subject-rights", "assist-compliance", "deletion-return", "audits"]
SHORT = {"R": "responsibility", "S": "safeguards", "L": "leak-prevention",
         "U": "no-unauthorized-use", "C": "no-unauthorized-copy", "T": "term",
         "E": "return-erasure", "SC": "subcontracting", "SN": "subcontract-notice",
         "SR": "status-report", "CC": "compliance-check", "B": "breach-measures",
         "IR": "incident-report"}
ABSENT = [
    ("ja_01.docx", "C SR"),
    ("ja_02.docx", "T SN SR"),
    ("ja_03.odt", "R C E"),
    ("ja_04.html", "T SN CC"),
    ("ja_05.pdf", "T SN SR CC"),
    ("ja_06.txt", ""),
    ("ja_07.txt", "T CC B"),
    ("ja_08.txt", "R C SR IR"),
    ("ja_09.md", "SR CC IR"),
    ("ja_10.txt", ""),
    ("ja_11.txt", "R C SN SR"),
    ("ja_12.txt", "R T SN SR CC"),
    ("ja_13.txt", "C SN IR"),
    ("ja_14.txt", "R S L U C E SC SN SR CC IR"),
    ("en_01.txt", "data-subject-rights assist-compliance"),
    ("en_02.html", "data-subject-rights"),
    ("en_03.md", "data-subject-rights assist-compliance"),
    ("en_04.txt", "subprocessors audits"),
    ("en_05.txt", "instructions confidentiality assist-compliance audits"),
    ("en_06.txt", "subject-matter assist-compliance audits"),
]
rows = ["file\truleset\tclause\tpresent"]
for f, absent in ABSENT:
    if f.startswith("ja_"):
        gone = {SHORT[a] for a in absent.split()}
        ids, rs = META, "meti"
    else:
        gone = set(absent.split())
        ids, rs = GDPR, "gdpr-art28"
    assert gone <= set(ids), (f, gone - set(ids))
    for c in ids:
        rows.append("%s\t%s\t%s\t%d" % (f, rs, c, 0 if c in gone else 1))
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "labels.tsv")
with open(out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(rows) + "\n")
