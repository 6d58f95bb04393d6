#!/usr/bin/env python3
"""Build tests/eval/heldout4 from src/text/*: documents in their target formats and labels.tsv.
Usage: python3 src/build.py   (from anywhere)"""
import html, os, re, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TXT = os.path.join(HERE, "text")

METI = ["responsibility", "safeguards", "leak-prevention", "no-unauthorized-use",
        "no-unauthorized-copy", "term", "return-erasure", "subcontracting",
        "subcontract-notice", "status-report", "compliance-check", "breach-measures",
        "incident-report"]
SHORT = dict(R="responsibility", S="safeguards", L="leak-prevention", U="no-unauthorized-use",
             C="no-unauthorized-copy", T="term", E="return-erasure", SC="subcontracting",
             SN="subcontract-notice", SR="status-report", CC="compliance-check",
             B="breach-measures", IR="incident-report")
GDPR = ["subject-matter", "instructions", "confidentiality", "security", "subprocessors",
        "data-subject-rights", "assist-compliance", "deletion-return", "audits"]

# source, output file, ruleset, absent clauses
DOCS = [
    ("h01_jumin_tokki.txt",     "h01_jumin_tokki.txt",     "meti", ""),
    ("h02_iji_kaikei.txt",      "h02_iji_kaikei.docx",     "meti", "C SR CC IR"),
    ("h03_kaigo_seikyu.md",     "h03_kaigo_seikyu.md",     "meti", "R C T SN SR"),
    ("h04_hoikuen_photo.txt",   "h04_hoikuen_photo.txt",   "meti", "C T SR CC IR"),
    ("h05_ec_butsuryu.txt",     "h05_ec_butsuryu.odt",     "meti", "R E SN SR IR"),
    ("h06_kyuyo_keisan.txt",    "h06_kyuyo_keisan.html",   "meti", "C CC"),
    ("h07_fudosan_shiyo.txt",   "h07_fudosan_shiyo.txt",   "meti", "R T SR B"),
    ("h08_shaken_dm.txt",       "h08_shaken_dm.txt",       "meti", "R S L C T SC SN SR CC IR"),
    ("h09_kaden_shuri.txt",     "h09_kaden_shuri.txt",     "meti", "T SN SR CC"),
    ("h10_bank_callcenter.txt", "h10_bank_callcenter.txt", "meti", ""),
    ("h11_hoken_satei.txt",     "h11_hoken_satei.txt",     "meti", "C E SN CC IR"),
    ("h12_daigaku_nyushi.txt",  "h12_daigaku_nyushi.txt",  "meti", "R B IR"),
    ("h13_mansion_meibo.txt",   "h13_mansion_meibo.txt",   "meti", "R S C T E SR CC B IR"),
    ("h14_senkyo_nyujoken.txt", "h14_senkyo_nyujoken.txt", "meti", ""),
    ("h15_fitness_kiyaku.txt",  "h15_fitness_kiyaku.docx", "meti", "R C SN SR CC"),
    ("e01_sg_clause.txt",       "e01_sg_clause.txt",       "gdpr-art28", "subject-matter data-subject-rights audits"),
    ("e02_us_ccpa_dpa.md",      "e02_us_ccpa_dpa.md",      "gdpr-art28", "confidentiality assist-compliance"),
    ("e03_saas_dpa.txt",        "e03_saas_dpa.txt",        "gdpr-art28", "subject-matter data-subject-rights audits"),
    ("e04_uk_schedule.txt",     "e04_uk_schedule.txt",     "gdpr-art28", ""),
]

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CT_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

def esc(s):
    return html.escape(s, quote=False)

def run(t):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(t)

def docx(lines, path, autonum):
    body = []
    for ln in lines:
        m = re.match(r"^第(\d+)条[\u3000 ](.*)$", ln) if autonum else None
        if m:
            body.append('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>'
                        % run(m.group(2)))
        elif ln.strip() == "":
            body.append("<w:p/>")
        else:
            # split runs mid-word the way editors do after formatting changes
            k = len(ln) // 3
            runs = run(ln[:k]) + run(ln[k:]) if k > 2 else run(ln)
            body.append("<w:p>%s</w:p>" % runs)
    doc = (CT_HEAD + '<w:document %s %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % (W, R_NS, "".join(body)))
    numbering = (CT_HEAD + '<w:numbering %s><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
                 '<w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)
    ct = (CT_HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if autonum else "")
          + '</Types>')
    rels = (CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    drels = (CT_HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' if autonum else "")
             + '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", doc)
        z.writestr("word/_rels/document.xml.rels", drels)
        if autonum:
            z.writestr("word/numbering.xml", numbering)

def odt(lines, path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"')
    paras = []
    for ln in lines:
        if re.match(r"^第\d+章", ln) or (ln and ln == lines[0]):
            paras.append('<text:h text:outline-level="1">%s</text:h>' % esc(ln))
        elif ln.strip() == "":
            paras.append("<text:p/>")
        else:
            paras.append("<text:p>%s</text:p>" % esc(ln))
    content = (CT_HEAD + '<office:document-content %s office:version="1.2"><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ns, "".join(paras)))
    manifest = (CT_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)

def to_html(lines, path):
    out = ['<!DOCTYPE html>', '<html lang="ja">', '<head><meta charset="utf-8"><title>%s</title>' % esc(lines[0]),
           '<style>body{font-family:serif;max-width:40em;margin:auto} h2{font-size:1em;margin-top:1.2em}</style></head>', '<body>',
           '<h1>%s</h1>' % esc(lines[0])]
    items = []
    def flush():
        if items:
            out.append("<ol class=\"maru\">" + "".join("<li>%s</li>" % esc(i) for i in items) + "</ol>")
            items.clear()
    for ln in lines[1:]:
        if re.match(r"^[①-⑳]", ln):
            items.append(ln)            # keep the circled number in the text
            continue
        flush()
        if not ln.strip():
            continue
        if re.match(r"^第\d+条", ln):
            out.append("<h2>%s</h2>" % esc(ln))
        else:
            out.append("<p>%s</p>" % esc(ln))
    flush()
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

def main():
    rows = ["file\truleset\tclause\tpresent"]
    for src, dst, rs, absent in DOCS:
        text = open(os.path.join(TXT, src), encoding="utf-8").read()
        lines = text.split("\n")
        path = os.path.join(OUT, dst)
        if dst.endswith(".docx"):
            docx(lines, path, autonum=(src.startswith("h02")))
        elif dst.endswith(".odt"):
            odt(lines, path)
        elif dst.endswith(".html"):
            to_html(lines, path)
        elif src.startswith("h07"):
            open(path, "wb").write(text.encode("euc_jp"))
        else:
            open(path, "w", encoding="utf-8").write(text)
        ab = set(absent.split())
        if rs == "meti":
            ab = {SHORT[a] for a in ab}
            clauses = METI
        else:
            clauses = GDPR
        assert ab <= set(clauses), (dst, ab)
        for c in clauses:
            rows.append("%s\t%s\t%s\t%d" % (dst, rs, c, 0 if c in ab else 1))
    open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8").write("\n".join(rows) + "\n")

if __name__ == "__main__":
    main()
