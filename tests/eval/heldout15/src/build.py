#!/usr/bin/env python3
"""Rebuild the heldout15 evaluation documents from the UTF-8 sources in this directory.

Standard library only (plus `chromium` on PATH for the one PDF).  Run from anywhere:

    python3 tests/eval/heldout15/src/build.py

Outputs go to the parent directory (tests/eval/heldout15/), together with labels.tsv.

Source mark-up used by the .docx / .odt sources (plain UTF-8 text, one paragraph per line):
    # text        title / centred heading
    @text         (docx) paragraph carrying Word automatic numbering "第%1条" (numbering.xml)
    ## text       (odt) article heading (text:h outline level 2)
    - text        (odt) list item (text:list)
    | a | b |     table row; consecutive rows form one table
    +>text        (docx) whole paragraph inserted as a tracked change (w:ins)
    ->text        (docx) whole paragraph deleted as a tracked change (w:del)
    [+text+]      (docx) tracked insertion inside a paragraph
    [-text-]      (docx) tracked deletion inside a paragraph
    blank line    (docx/odt) ignored
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import unicodedata
import zipfile
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)

# --------------------------------------------------------------------------------------
# helpers


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def xesc(s):
    return escape(s, {'"': "&quot;"})


def write_zip(name, members, first=None):
    """members: list of (arcname, bytes, compress?)"""
    path = os.path.join(OUT, name)
    fixed_time = (2025, 3, 1, 9, 0, 0)
    with zipfile.ZipFile(path, "w") as z:
        for arc, data, compress in members:
            zi = zipfile.ZipInfo(arc, date_time=fixed_time)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(zi, data)


# --------------------------------------------------------------------------------------
# DOCX

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

DOCX_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
</Relationships>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W_NS}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Century" w:eastAsia="MS Mincho" w:hAnsi="Century"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120"/><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

NUMBERING_ARTICLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="0">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Article"/><w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="2"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%2"/><w:lvlJc w:val="left"/><w:suff w:val="space"/><w:pPr><w:ind w:left="210" w:hanging="210"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

NUMBERING_EMPTY = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W_NS}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""

SETTINGS_TRACK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W_NS}><w:trackRevisions/><w:defaultTabStop w:val="840"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

SETTINGS_PLAIN = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W_NS}><w:defaultTabStop w:val="840"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""


def core_xml(title, author):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T09:00:00Z</dcterms:created>
</cp:coreProperties>"""


APP_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>"""


class RunMaker:
    """Produces <w:r> elements; optionally splits text into several runs mid-word,
    the way Word does after edits / spell-checking."""

    def __init__(self, split=False, seed=0):
        self.split = split
        self.rng = random.Random(seed)

    def pieces(self, text):
        if not self.split or len(text) < 6:
            return [text]
        out, i = [], 0
        while i < len(text):
            n = self.rng.randint(3, 17)
            out.append(text[i:i + n])
            i += n
        return out

    def runs(self, text, deleted=False, rpr=""):
        xs = []
        tag = "w:delText" if deleted else "w:t"
        for p in self.pieces(text):
            xs.append(f'<w:r>{rpr}<{tag} xml:space="preserve">{xesc(p)}</{tag}></w:r>')
        return "".join(xs)


class Revs:
    def __init__(self, author):
        self.n = 0
        self.author = author

    def attrs(self):
        self.n += 1
        return f'w:id="{self.n}" w:author="{xesc(self.author)}" w:date="2024-09-2{self.n % 8}T10:{10 + self.n:02d}:00Z"'


def inline_tracked(text, rm, revs):
    """Render a paragraph body that may contain [+ins+] and [-del-] markers."""
    out = []
    for tok in re.split(r"(\[\+.*?\+\]|\[-.*?-\])", text):
        if not tok:
            continue
        if tok.startswith("[+"):
            out.append(f"<w:ins {revs.attrs()}>{rm.runs(tok[2:-2])}</w:ins>")
        elif tok.startswith("[-"):
            out.append(f"<w:del {revs.attrs()}>{rm.runs(tok[2:-2], deleted=True)}</w:del>")
        else:
            out.append(rm.runs(tok))
    return "".join(out)


def docx_table(rows, rm, widths):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    trs = []
    for ri, cells in enumerate(rows):
        tcs = []
        for ci, c in enumerate(cells):
            rpr = "<w:rPr><w:b/></w:rPr>" if ri == 0 or ci == 0 else ""
            tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/></w:tcPr>'
                       f'<w:p>{rm.runs(c, rpr=rpr)}</w:p></w:tc>')
        trs.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>" + "".join(trs) + "</w:tbl>")


def build_docx(src, out, title, author, numbering=False, tracked=False, split_runs=False,
               table_widths=(2400, 6600), header_row_first=True):
    rm = RunMaker(split_runs, seed=len(out))
    revs = Revs("森下 晴香" if tracked else author)
    body = []
    table = []

    def flush_table():
        if table:
            body.append(docx_table(table, rm, table_widths))
            body.append("<w:p/>")
            table.clear()

    for line in read(src).split("\n"):
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            table.append(cells)
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("# "):
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>{rm.runs(line[2:])}</w:p>')
        elif line.startswith("@"):
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr>{rm.runs(line[1:])}</w:p>')
        elif line.startswith("+>"):
            a = revs.attrs()
            body.append(f'<w:p><w:pPr><w:rPr><w:ins {a}/></w:rPr></w:pPr>'
                        f'<w:ins {revs.attrs()}>{rm.runs(line[2:])}</w:ins></w:p>')
        elif line.startswith("->"):
            a = revs.attrs()
            body.append(f'<w:p><w:pPr><w:rPr><w:del {a}/></w:rPr></w:pPr>'
                        f'<w:del {revs.attrs()}>{rm.runs(line[2:], deleted=True)}</w:del></w:p>')
        else:
            body.append(f"<w:p>{inline_tracked(line, rm, revs)}</w:p>")
    flush_table()
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1985" w:right="1701" '
            'w:bottom="1701" w:left="1701" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W_NS}><w:body>'
           + "".join(body) + sect + "</w:body></w:document>")
    members = [
        ("[Content_Types].xml", DOCX_CT, True),
        ("_rels/.rels", DOCX_RELS, True),
        ("word/document.xml", doc, True),
        ("word/_rels/document.xml.rels", DOC_RELS, True),
        ("word/styles.xml", STYLES, True),
        ("word/numbering.xml", NUMBERING_ARTICLES if numbering else NUMBERING_EMPTY, True),
        ("word/settings.xml", SETTINGS_TRACK if tracked else SETTINGS_PLAIN, True),
        ("docProps/core.xml", core_xml(title, author), True),
        ("docProps/app.xml", APP_XML, True),
    ]
    write_zip(out, [(a, d.encode("utf-8"), c) for a, d, c in members])


# --------------------------------------------------------------------------------------
# ODT

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:0.1" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')

ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

ODT_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {ODT_NS}><office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK JP" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.25cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
</office:styles></office:document-styles>"""


def odt_inline(text):
    """Escape and turn runs of ASCII spaces into text:s, and split some text into spans."""
    t = xesc(text)
    t = re.sub(r" {2,}", lambda m: f'<text:s text:c="{len(m.group(0))}"/>', t)
    return t


def build_odt(src, out, title, author):
    body = []
    in_list = False
    for line in read(src).split("\n"):
        if line.startswith("- "):
            if not in_list:
                body.append('<text:list text:style-name="L1">')
                in_list = True
            body.append(f'<text:list-item><text:p text:style-name="P2">{odt_inline(line[2:])}</text:p></text:list-item>')
            continue
        if in_list:
            body.append("</text:list>")
            in_list = False
        if not line.strip():
            continue
        if line.startswith("# "):
            body.append(f'<text:h text:style-name="Title" text:outline-level="1">{odt_inline(line[2:])}</text:h>')
        elif line.startswith("## "):
            h = line[3:]
            m = re.match(r"(第\S+?条)(（.*）)?$", h)
            if m and m.group(2):
                # article number and caption in separate spans, as LibreOffice often stores them
                inner = (f'<text:span text:style-name="T1">{xesc(m.group(1))}</text:span>'
                         f'<text:span text:style-name="T2">{xesc(m.group(2))}</text:span>')
            else:
                inner = odt_inline(h)
            body.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{inner}</text:h>')
        else:
            body.append(f'<text:p text:style-name="P1">{odt_inline(line)}</text:p>')
    if in_list:
        body.append("</text:list>")
    content = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {ODT_NS}>
<office:automatic-styles>
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.4cm"/></style:style>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>
<office:body><office:text>{''.join(body)}</office:text></office:body>
</office:document-content>"""
    meta = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {ODT_NS}><office:meta><dc:title>{xesc(title)}</dc:title><meta:initial-creator>{xesc(author)}</meta:initial-creator><meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator></office:meta></office:document-meta>"""
    members = [
        ("mimetype", b"application/vnd.oasis.opendocument.text", False),
        ("META-INF/manifest.xml", ODT_MANIFEST.encode(), True),
        ("content.xml", content.encode(), True),
        ("styles.xml", ODT_STYLES.encode(), True),
        ("meta.xml", meta.encode(), True),
    ]
    write_zip(out, members)


# --------------------------------------------------------------------------------------
# plain text


def encode_text(text, encoding, crlf=False, bom=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(encoding)  # strict: fail loudly on an unencodable character
    if bom:
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff"), "expected BOM"
    return data


def cwidth(ch):
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def wrap_ja(text, cols, lines_per_page):
    """Hard-wrap Japanese text at `cols` display columns and paginate like a PDF copy."""
    lines = []
    for para in text.split("\n"):
        if not para:
            lines.append("")
            continue
        cur, w = "", 0
        for ch in para:
            if w + cwidth(ch) > cols:
                lines.append(cur)
                cur, w = "", 0
            cur += ch
            w += cwidth(ch)
        lines.append(cur)
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    out = []
    for n, page in enumerate(pages, 1):
        out.extend(page)
        out.append("")
        out.append(" " * (cols // 2 - 3) + f"- {n} -")
        out.append("")
    return "\n".join(out)


def wrap_en(text, width, lines_per_page, footer):
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        m = re.match(r"^(\([a-z]\) |\d+\.\d+ |[A-Z]\. )", para)
        indent = " " * len(m.group(1)) if m else ""
        lines.extend(textwrap.wrap(para, width=width, subsequent_indent=indent,
                                   break_long_words=False, break_on_hyphens=False))
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    total = len(pages)
    out = []
    for n, page in enumerate(pages, 1):
        out.extend(page)
        out.append("")
        f = footer.format(n=n, total=total)
        out.append(" " * (width - len(f)) + f)
        if n != total:
            out.append("\f")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------
# PDF


def build_pdf(src_html, out):
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        print(f"WARNING: no chromium found, {out} not built", file=sys.stderr)
        return False
    target = os.path.join(OUT, out)
    with tempfile.TemporaryDirectory() as prof:
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={prof}",
               "--no-pdf-header-footer", f"--print-to-pdf={target}",
               "file://" + os.path.join(SRC, src_html)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    return os.path.exists(target)


# --------------------------------------------------------------------------------------
# labels

METI = ["responsibility", "safeguards", "leak-prevention", "no-unauthorized-use",
        "no-unauthorized-copy", "term", "return-erasure", "subcontracting", "subcontract-notice",
        "status-report", "compliance-check", "breach-measures", "incident-report"]
GDPR = ["subject-matter", "instructions", "confidentiality", "security", "subprocessors",
        "data-subject-rights", "assist-compliance", "deletion-return", "audits"]

SHORT = {"R": "responsibility", "S": "safeguards", "L": "leak-prevention",
         "U": "no-unauthorized-use", "C": "no-unauthorized-copy", "T": "term",
         "E": "return-erasure", "SC": "subcontracting", "SN": "subcontract-notice",
         "SR": "status-report", "CC": "compliance-check", "B": "breach-measures",
         "IR": "incident-report",
         "SM": "subject-matter", "I": "instructions", "CF": "confidentiality",
         "SEC": "security", "SP": "subprocessors", "DSR": "data-subject-rights",
         "AC": "assist-compliance", "DR": "deletion-return", "AU": "audits"}

# absent clauses per document (everything else in the ruleset is present)
JA_ABSENT = {
    "ja_p01.docx": "C SR",
    "ja_p02.docx": "S T SN SR CC B",
    "ja_p03.docx": "R T SR",
    "ja_p04.odt": "C E CC",
    "ja_p05.odt": "SN IR",
    "ja_p06.html": "R T SN SR CC",
    "ja_p07.pdf": "C T E CC B",
    "ja_p08.md": "C T SR CC",
    "ja_p09.txt": "R SR",
    "ja_p10.txt": "S C SR CC",
    "ja_p11.txt": "R L SN SR CC B",
    "ja_p12.txt": "C SN CC IR",
}
EN_ABSENT = {
    "en_p01.docx": "AU",
    "en_p02.html": "DR",
    "en_p03.md": "AU",
    "en_p04.txt": "CF DSR AC",
    "en_p05.md": "CF",
    "en_p06.html": "DSR AC",
    "en_p07.txt": "SM AC",
    "en_p08.txt": "CF SP DSR AC AU",
}


def write_labels():
    rows = ["file\truleset\tclause\tpresent"]
    for table, ruleset, clauses in ((JA_ABSENT, "meti", METI), (EN_ABSENT, "gdpr-art28", GDPR)):
        for f, absent in table.items():
            gone = {SHORT[a] for a in absent.split()}
            assert gone <= set(clauses), f
            rows += [f"{f}\t{ruleset}\t{c}\t{0 if c in gone else 1}" for c in clauses]
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")


# --------------------------------------------------------------------------------------


def main():
    # Word: automatic article numbering 第%1条 (numbering.xml)
    build_docx("ja_p01.txt", "ja_p01.docx", "会葬者情報取扱業務委託契約書", "やすらぎ典礼 総務部",
               numbering=True)
    # Word: tracked insertions / deletions
    build_docx("ja_p02.txt", "ja_p02.docx", "個人情報の取扱いに関する覚書", "ミナト印刷 営業部",
               tracked=True)
    # Word: tables, runs split mid-word
    build_docx("ja_p03.txt", "ja_p03.docx", "市営駐車場不正利用対応及び未納料金督促業務委託仕様書",
               "桜川市 都市整備課", split_runs=True, table_widths=(2600, 6400))
    # Word (English): schedule with particulars table, runs split mid-word
    build_docx("en_p01.txt", "en_p01.docx", "Schedule 4 - Data Processing", "Harcourt & Vane LLP",
               split_runs=True, table_widths=(2600, 6400))

    build_odt("ja_p04.txt", "ja_p04.odt", "スキースクール受講者情報の取扱いに関する業務委託契約書", "白樺高原観光")
    build_odt("ja_p05.txt", "ja_p05.odt", "遺伝子解析業務委託契約書", "ジーンコンパス法務部")

    for name in ("ja_p06.html", "en_p02.html", "en_p06.html", "ja_p08.md", "en_p03.md", "en_p05.md"):
        shutil.copyfile(os.path.join(SRC, name), os.path.join(OUT, name))

    if not build_pdf("ja_p07.html", "ja_p07.pdf"):
        print("ja_p07.pdf missing", file=sys.stderr)

    # Japanese plain text in legacy encodings
    write_bytes("ja_p09.txt", encode_text(read("ja_p09.txt"), "shift_jis", crlf=True))
    write_bytes("ja_p10.txt", encode_text(wrap_ja(read("ja_p10.txt"), cols=68, lines_per_page=38), "euc_jp"))
    write_bytes("ja_p11.txt", encode_text(read("ja_p11.txt"), "iso2022_jp"))
    write_bytes("ja_p12.txt", encode_text(read("ja_p12.txt"), "utf-16", crlf=True, bom=True))

    # English plain text
    write_bytes("en_p04.txt", wrap_en(read("en_p04.txt"), 72, 56,
                                      "Konkan/SNIFC DPA - Page {n} of {total}").encode("utf-8"))
    write_bytes("en_p07.txt", read("en_p07.txt").encode("utf-8"))
    write_bytes("en_p08.txt", encode_text(read("en_p08.txt"), "utf-8", crlf=True))

    write_labels()
    print("built into", OUT)


if __name__ == "__main__":
    main()
