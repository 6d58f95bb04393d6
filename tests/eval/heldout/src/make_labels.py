#!/usr/bin/env python3
"""Write ../labels.tsv from the table below (1 = clause present)."""
import os
META = ["responsibility", "safeguards", "leak-prevention", "no-unauthorized-use",
        "no-unauthorized-copy", "term", "return-erasure", "subcontracting",
        "subcontract-notice", "status-report", "compliance-check", "breach-measures",
        "incident-report"]
GDPR = ["subject-matter", "instructions", "confidentiality", "security", "subprocessors",
        "data-subject-rights", "assist-compliance", "deletion-return", "audits"]
# meti order:     R S L U C T E SC SN SR CC B IR
# gdpr order:     SM I CF S SP DSR AC DR A
DOCS = [
    ("ja_h01.txt",  "meti", "1 1 1 1 1 1 1 1 1 1 1 1 1"),
    ("ja_h02.txt",  "meti", "1 1 1 1 0 0 0 1 1 0 1 1 1"),
    ("ja_h03.txt",  "meti", "0 0 0 1 0 0 1 0 0 0 0 0 0"),
    ("ja_h04.md",   "meti", "0 1 1 1 0 1 1 1 0 0 0 1 1"),
    ("ja_h05.docx", "meti", "1 1 1 1 0 1 1 1 0 0 0 1 1"),
    ("ja_h06.txt",  "meti", "0 1 1 1 1 1 1 0 0 0 0 1 0"),
    ("ja_h07.html", "meti", "1 1 1 1 0 1 0 1 0 0 0 1 0"),
    ("ja_h08.odt",  "meti", "0 1 1 1 0 0 1 1 1 0 0 1 1"),
    ("ja_h09.txt",  "meti", "0 0 1 0 0 1 0 0 0 0 0 1 0"),
    ("ja_h10.txt",  "meti", "1 1 1 1 1 1 1 1 1 1 1 1 1"),
    ("ja_h11.txt",  "meti", "0 1 1 1 1 0 1 1 0 1 0 1 0"),
    ("ja_h12.docx", "meti", "1 1 1 1 0 1 1 1 1 0 0 1 0"),
    ("ja_h13.txt",  "meti", "1 1 1 1 1 1 0 1 0 0 1 0 1"),
    ("en_h01.txt",  "gdpr-art28", "1 1 1 1 1 1 1 1 1"),
    ("en_h02.docx", "gdpr-art28", "1 1 1 1 1 0 0 1 0"),
    ("en_h03.md",   "gdpr-art28", "1 0 0 1 0 0 0 0 0"),
    ("en_h04.txt",  "gdpr-art28", "1 0 1 1 0 1 1 0 1"),
]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "labels.tsv"), "w", encoding="utf-8") as f:
    f.write("file\truleset\tclause\tpresent\n")
    for fn, rs, bits in DOCS:
        ids = META if rs == "meti" else GDPR
        vals = bits.split()
        assert len(vals) == len(ids), fn
        for c, v in zip(ids, vals):
            f.write("%s\t%s\t%s\t%s\n" % (fn, rs, c, v))
