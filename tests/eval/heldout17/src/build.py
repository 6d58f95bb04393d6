#!/usr/bin/env python3
"""Rebuild every document of the heldout17 evaluation set from the UTF-8 sources in src/.

Standard library only.  The one PDF (en_r04.pdf) is printed from src/en_r04.html with
headless Chromium when it is installed; without it the existing PDF is left as it is.

    python3 tests/eval/heldout17/src/build.py
"""
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)

# --------------------------------------------------------------------------- labels
METI = ["responsibility", "safeguards", "leak-prevention", "no-unauthorized-use",
        "no-unauthorized-copy", "term", "return-erasure", "subcontracting",
        "subcontract-notice", "status-report", "compliance-check", "breach-measures",
        "incident-report"]
GDPR = ["subject-matter", "instructions", "confidentiality", "security", "subprocessors",
        "data-subject-rights", "assist-compliance", "deletion-return", "audits"]

# file -> clauses that are ABSENT (every other clause of the ruleset is present)
ABSENT = {
    "ja_r01.docx": {"return-erasure", "status-report", "compliance-check"},
    "ja_r02.docx": {"responsibility", "term", "subcontract-notice"},
    "ja_r03.txt": {"no-unauthorized-copy", "term", "status-report", "breach-measures"},
    "ja_r04.txt": {"no-unauthorized-use", "no-unauthorized-copy", "status-report",
                   "incident-report"},
    "ja_r05.txt": {"responsibility", "term", "subcontract-notice", "status-report",
                   "compliance-check"},
    "ja_r06.txt": set(),
    "ja_r07.odt": {"safeguards", "leak-prevention", "subcontracting", "subcontract-notice"},
    "ja_r08.html": {"return-erasure", "status-report", "compliance-check"},
    "ja_r09.md": {"responsibility", "no-unauthorized-copy", "term", "status-report"},
    "ja_r10.txt": {"no-unauthorized-copy", "subcontracting", "subcontract-notice"},
    "en_r01.docx": set(),
    "en_r02.odt": {"assist-compliance", "audits"},
    "en_r03.html": {"confidentiality", "assist-compliance"},
    "en_r04.pdf": {"confidentiality", "assist-compliance", "audits"},
    "en_r05.md": {"data-subject-rights", "audits"},
    "en_r06.txt": {"subject-matter", "data-subject-rights"},
    "en_r07.docx": {"instructions", "deletion-return"},
    "en_r08.txt": {"subprocessors", "assist-compliance", "audits"},
    "en_r09.txt": {"subject-matter", "audits"},
    "en_r10.docx": {"data-subject-rights", "assist-compliance"},
}


def write_labels():
    rows = []
    for f in sorted(ABSENT):
        ruleset, clauses = ("meti", METI) if f.startswith("ja_") else ("gdpr-art28", GDPR)
        unknown = ABSENT[f] - set(clauses)
        if unknown:
            sys.exit("unknown clause ids for %s: %s" % (f, unknown))
        for c in clauses:
            rows.append("%s\t%s\t%s\t%d\n" % (f, ruleset, c, 0 if c in ABSENT[f] else 1))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(rows)


# --------------------------------------------------------------------------- helpers
def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as fh:
        return fh.read()


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(data)


def encode_text(text, encoding, crlf=False, bom=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(encoding)          # strict: fails loudly on unmappable characters
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    return data


def zip_write(path, members, mimetype=None):
    """members: list of (name, str|bytes).  Fixed timestamps keep rebuilds identical."""
    with zipfile.ZipFile(os.path.join(OUT, path), "w") as z:
        if mimetype is not None:
            zi = zipfile.ZipInfo("mimetype", date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, mimetype)
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


def parse_markup(text):
    """Turn a .docx.txt/.odt.txt source into blocks: (kind, payload)."""
    blocks = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if line.startswith("| "):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
            continue
        for prefix, kind in (("== ", "heading"), ("= ", "title"), ("@num ", "num"),
                             ("@item ", "item"), ("@right ", "right"), ("@delpara ", "delpara"),
                             ("@inspara ", "inspara"), ("@header ", "header"), ("@note ", "note")):
            if line.startswith(prefix):
                blocks.append((kind, line[len(prefix):]))
                break
        else:
            blocks.append(("para", line))
    return blocks


# --------------------------------------------------------------------------- DOCX
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


class Docx:
    def __init__(self, lang, font, split=0.0, seed=1, author="", date="2025-06-18T10:00:00Z",
                 numbering=None, track=False):
        self.lang = lang
        self.font = font
        self.split = split          # probability that a paragraph's runs are split up
        self.rng = random.Random(seed)
        self.author = author
        self.date = date
        self.numbering = numbering  # (lvl0 text, lvl0 fmt, lvl1 text or None)
        self.track = track
        self.rev = 100
        self.header = None

    def rpr(self, bold=False, italic=False):
        x = ('<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s"/>' % (self.font, self.font, self.font))
        if bold:
            x += "<w:b/>"
        if italic:
            x += "<w:i/>"
        if self.rng.random() < 0.3:
            x += '<w:lang w:val="%s" w:eastAsia="ja-JP"/>' % self.lang
        return "<w:rPr>%s</w:rPr>" % x

    def t(self, s, tag="w:t"):
        return '<%s xml:space="preserve">%s</%s>' % (tag, escape(s), tag.split()[0])

    def runs(self, text, bold=False, italic=False, tag="w:t"):
        """Plain runs; split into small pieces (mid-word) for some paragraphs."""
        if not text:
            return ""
        if self.rng.random() >= self.split:
            return "<w:r>%s%s</w:r>" % (self.rpr(bold, italic), self.t(text, tag))
        out, i = [], 0
        while i < len(text):
            n = self.rng.randint(1, 9)
            piece = text[i:i + n]
            i += n
            r = self.rng.random()
            if r < 0.08:
                out.append('<w:proofErr w:type="spellStart"/>')
            elif r < 0.12:
                self.rev += 1
                bid = self.rev
                out.append('<w:bookmarkStart w:id="%d" w:name="_Ref%09d"/><w:bookmarkEnd w:id="%d"/>'
                           % (bid, 480000000 + bid * 37, bid))
            rsid = "00%06X" % self.rng.randint(0, 0xFFFFFF)
            out.append('<w:r w:rsidR="%s">%s%s</w:r>' % (rsid, self.rpr(bold, italic), self.t(piece, tag)))
            if r < 0.08:
                out.append('<w:proofErr w:type="spellEnd"/>')
        return "".join(out)

    def mark(self, kind):
        self.rev += 1
        return '<w:%s w:id="%d" w:author="%s" w:date="%s">' % (kind, self.rev, escape(self.author), self.date)

    def inline(self, text, bold=False):
        """Runs with {+inserted+} and {-deleted-} tracked changes."""
        out, pos = [], 0
        for m in re.finditer(r"\{\+(.*?)\+\}|\{-(.*?)-\}", text):
            out.append(self.runs(text[pos:m.start()], bold))
            if m.group(1) is not None:
                out.append(self.mark("ins") + self.runs(m.group(1), bold) + "</w:ins>")
            else:
                out.append(self.mark("del") + self.runs(m.group(2), bold, tag="w:delText") + "</w:del>")
            pos = m.end()
        out.append(self.runs(text[pos:], bold))
        return "".join(out)

    def para(self, kind, text):
        ppr, bold, italic = "", False, False
        if kind == "title":
            ppr, bold = '<w:pStyle w:val="Title"/><w:jc w:val="center"/>', True
        elif kind == "heading":
            ppr, bold = '<w:pStyle w:val="Heading1"/>', True
        elif kind == "num":
            ppr = '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        elif kind == "item":
            ppr = '<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr>'
        elif kind == "right":
            ppr = '<w:jc w:val="right"/>'
        elif kind == "note":
            italic = True
        if kind == "delpara":
            return ('<w:p><w:pPr><w:rPr>%s</w:rPr></w:pPr>%s%s</w:del></w:p>'
                    % (self.mark("del")[:-1] + "/>", self.mark("del"), self.runs(text, tag="w:delText")))
        if kind == "inspara":
            return ('<w:p><w:pPr><w:rPr>%s</w:rPr></w:pPr>%s%s</w:ins></w:p>'
                    % (self.mark("ins")[:-1] + "/>", self.mark("ins"), self.runs(text)))
        body = self.inline(text, bold) if self.track else self.runs(text, bold, italic)
        return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % (ppr, body)

    def table(self, rows):
        ncol = max(len(r) for r in rows)
        width = 9000 // ncol
        x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
             '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
             '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
             'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>']
        x.append("".join('<w:gridCol w:w="%d"/>' % width for _ in range(ncol)) + "</w:tblGrid>")
        for i, row in enumerate(rows):
            x.append("<w:tr>")
            if i == 0:
                x[-1] = '<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            for c in row + [""] * (ncol - len(row)):
                x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>'
                         % (width, self.runs(c, bold=(i == 0))))
            x.append("</w:tr>")
        x.append("</w:tbl><w:p/>")
        return "".join(x)

    def build(self, src, out, title):
        body = []
        for kind, payload in parse_markup(read(src)):
            if kind == "header":
                self.header = payload
            elif kind == "table":
                body.append(self.table(payload))
            else:
                body.append(self.para(kind, payload))
        sect = '<w:sectPr>'
        if self.header:
            sect += '<w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>'
        sect += ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1418" w:bottom="1418" '
                 'w:left="1418" w:header="851" w:footer="567" w:gutter="0"/></w:sectPr>')
        document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
                    % (W_NS, "".join(body), sect))
        ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        rels = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
        members = []
        if self.numbering:
            ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
            rels.append('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
            members.append(("word/numbering.xml", self.numbering_xml()))
        if self.header:
            ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            rels.append('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
            rels.append('<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            members.append(("word/header1.xml",
                            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
                            '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:hdr>'
                            % (W_NS, escape(self.header))))
            members.append(("word/footer1.xml",
                            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
                            '<w:r><w:t xml:space="preserve">Page </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                            '<w:r><w:t xml:space="preserve"> of </w:t></w:r><w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>3</w:t></w:r></w:fldSimple></w:p></w:ftr>'
                            % W_NS))
        ct.append("</Types>")
        rels.append("</Relationships>")
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>%s'
                    '<w:defaultTabStop w:val="840"/><w:compat><w:compatSetting w:name="compatibilityMode" '
                    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
                    % (W_NS, "<w:trackRevisions/>" if self.track else ""))
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
                  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>'
                  '<w:sz w:val="21"/><w:lang w:val="%s" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>'
                  '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
                  '</w:styles>' % (W_NS, self.font, self.font, self.font, self.lang))
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
                'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-10T09:00:00Z</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified></cp:coreProperties>'
                % (escape(title), escape(self.author or "legal"), self.date))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
               'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application></Properties>')
        pkg_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                    '</Relationships>')
        zip_write(out, [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", pkg_rels),
                        ("word/document.xml", document), ("word/_rels/document.xml.rels", "".join(rels)),
                        ("word/styles.xml", styles), ("word/settings.xml", settings),
                        ("docProps/core.xml", core), ("docProps/app.xml", app)] + members)

    def numbering_xml(self):
        lvl0, fmt0, lvl1 = self.numbering
        lv = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:suff w:val="space"/>'
              '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
              '<w:rPr><w:b/></w:rPr></w:lvl>' % (fmt0, escape(lvl0)))
        if lvl1:
            lv += ('<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="1"/>'
                   '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="630" w:hanging="420"/></w:pPr></w:lvl>'
                   % escape(lvl1))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
                '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C3E27"/><w:multiLevelType w:val="multilevel"/>%s</w:abstractNum>'
                '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % (W_NS, lv))


# --------------------------------------------------------------------------- ODT
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def odt_text(s):
    """Escape and encode runs of spaces the ODF way."""
    out = []
    for part in re.split(r"( {2,})", s):
        if part.startswith("  "):
            out.append(' <text:s text:c="%d"/>' % (len(part) - 1))
        else:
            out.append(escape(part))
    return "".join(out)


def build_odt(src, out, title, font, lang, country):
    blocks = parse_markup(read(src))
    body, in_list, tcount = [], False, 0
    for i, (kind, payload) in enumerate(blocks):
        if kind != "item" and in_list:
            body.append("</text:list>")
            in_list = False
        if kind == "title":
            body.append('<text:p text:style-name="PTitle">%s</text:p>' % odt_text(payload))
        elif kind == "heading":
            body.append('<text:h text:style-name="PHead" text:outline-level="2">%s</text:h>' % odt_text(payload))
        elif kind == "item":
            if not in_list:
                body.append('<text:list text:style-name="LItems">')
                in_list = True
            body.append('<text:list-item><text:p text:style-name="PBody">%s</text:p></text:list-item>' % odt_text(payload))
        elif kind == "right":
            body.append('<text:p text:style-name="PRight">%s</text:p>' % odt_text(payload))
        elif kind == "table":
            tcount += 1
            ncol = max(len(r) for r in payload)
            t = ['<table:table table:name="Table%d" table:style-name="Tbl">'
                 '<table:table-column table:style-name="TblCol" table:number-columns-repeated="%d"/>' % (tcount, ncol)]
            for ri, row in enumerate(payload):
                t.append("<table:table-row>")
                for c in row + [""] * (ncol - len(row)):
                    t.append('<table:table-cell table:style-name="TblCell" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                             % ("PBold" if ri == 0 else "PBody", odt_text(c)))
                t.append("</table:table-row>")
            t.append("</table:table>")
            body.append("".join(t))
        else:
            body.append('<text:p text:style-name="PBody">%s</text:p>' % odt_text(payload))
        if i == len(blocks) // 2:
            body.append("<text:soft-page-break/>")
    if in_list:
        body.append("</text:list>")
    auto = ('<office:automatic-styles>'
            '<style:style style:name="PTitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/>'
            '<style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
            '<style:style style:name="PHead" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm"/>'
            '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
            '<style:style style:name="PBody" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>'
            '<style:style style:name="PBold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="PRight" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/></style:style>'
            '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>'
            '<style:style style:name="TblCol" style:family="table-column"/>'
            '<style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>'
            '<text:list-style style:name="LItems"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="1">'
            '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.6cm" fo:margin-left="1.2cm"/>'
            '</style:list-level-properties></text:list-level-style-number></text:list-style>'
            '</office:automatic-styles>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:font-face-decls/>%s<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ODT_NS, auto, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name="%s" '
              'style:font-name-asian="%s" fo:font-size="10.5pt" fo:language="%s" fo:country="%s"/></style:default-style>'
              '</office:styles></office:document-styles>' % (ODT_NS, font, font, lang, country))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>'
            '<dc:title>%s</dc:title></office:meta></office:document-meta>' % (ODT_NS, escape(title)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    zip_write(out, [("content.xml", content), ("styles.xml", styles), ("meta.xml", meta),
                    ("META-INF/manifest.xml", manifest)], mimetype="application/vnd.oasis.opendocument.text")


# --------------------------------------------------------------------------- hard wrap
NO_LINE_START = set("、。，．）」』】〕・ー！？")


def width(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def hard_wrap(text, cols=70, lines_per_page=38):
    """Imitate text copied out of a PDF: fixed-width lines broken mid-phrase,
    a page number at the foot of each page and a form feed between pages."""
    lines = []
    for src in text.splitlines():
        if not src.strip():
            lines.append("")
            continue
        cur, w = "", 0
        for ch in src:
            cw = width(ch)
            if w + cw > cols and not (ch in NO_LINE_START):
                lines.append(cur.rstrip())
                cur, w = "", 0
            cur += ch
            w += cw
        lines.append(cur.rstrip())
    pages, page = [], []
    for ln in lines:
        if not page and not ln:
            continue            # no blank line at the top of a page
        page.append(ln)
        if len(page) == lines_per_page:
            pages.append(page)
            page = []
    if page:
        pages.append(page)
    out = []
    for n, pg in enumerate(pages, 1):
        out.append("\n".join(pg) + "\n\n" + " " * 30 + "－ %d －\n" % n)
    return "\f".join(out)


# --------------------------------------------------------------------------- PDF
def print_pdf(src_html, out_pdf):
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        print("warning: no chromium; %s not rebuilt" % out_pdf)
        return
    with tempfile.TemporaryDirectory() as tmp:
        target = os.path.join(OUT, out_pdf)
        cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--print-to-pdf-no-header", "--user-data-dir=" + tmp,
               "--print-to-pdf=" + target, "file://" + os.path.join(SRC, src_html)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


# --------------------------------------------------------------------------- main
def main():
    # Japanese
    Docx("ja-JP", "ＭＳ 明朝", split=0.35, seed=11, author="legal",
         numbering=("第%1条", "decimal", "(%2)")).build("ja_r01.docx.txt", "ja_r01.docx",
                                                      "補聴器フィッティングデータ管理業務委託契約書")
    Docx("ja-JP", "游明朝", split=0.0, seed=12, author="法務部 柏木", date="2025-06-18T10:12:00Z",
         track=True).build("ja_r02.docx.txt", "ja_r02.docx", "保険金請求書類処理業務委託契約書")
    write_bytes("ja_r03.txt", encode_text(read("ja_r03.txt"), "shift_jis", crlf=True))
    write_bytes("ja_r04.txt", encode_text(read("ja_r04.txt"), "euc_jp"))
    write_bytes("ja_r05.txt", encode_text(read("ja_r05.txt"), "iso2022_jp"))
    write_bytes("ja_r06.txt", encode_text(read("ja_r06.txt"), "utf-16", crlf=True))  # BOM + LE
    build_odt("ja_r07.odt.txt", "ja_r07.odt", "コンテナターミナル入構管理業務委託契約書",
              "Noto Serif CJK JP", "ja", "JP")
    write_bytes("ja_r08.html", read("ja_r08.html").encode("utf-8"))
    write_bytes("ja_r09.md", read("ja_r09.md").encode("utf-8"))
    write_bytes("ja_r10.txt", hard_wrap(read("ja_r10.txt")).encode("utf-8"))
    # English
    Docx("en-GB", "Calibri", split=0.9, seed=21).build("en_r01.docx.txt", "en_r01.docx",
                                                      "Data Processing Agreement")
    build_odt("en_r02.odt.txt", "en_r02.odt", "Research Services Agreement – Schedule 3",
              "Liberation Serif", "en", "GB")
    write_bytes("en_r03.html", read("en_r03.html").encode("utf-8"))
    print_pdf("en_r04.html", "en_r04.pdf")
    write_bytes("en_r05.md", read("en_r05.md").encode("utf-8"))
    write_bytes("en_r06.txt", encode_text(read("en_r06.txt"), "utf-8"))
    Docx("en-CA", "Arial", split=0.15, seed=27, author="C. Bouchard").build(
        "en_r07.docx.txt", "en_r07.docx", "Schedule C – Privacy")
    write_bytes("en_r08.txt", encode_text(read("en_r08.txt"), "utf-8", crlf=True))
    write_bytes("en_r09.txt", encode_text(read("en_r09.txt"), "utf-8", crlf=True, bom=True))
    Docx("en-US", "Malgun Gothic", split=0.2, seed=30,
         numbering=("Article %1", "decimal", None)).build("en_r10.docx.txt", "en_r10.docx",
                                                          "Personal Information Processing Entrustment Agreement")
    write_labels()
    print("built %d documents and labels.tsv in %s" % (len(ABSENT), OUT))


if __name__ == "__main__":
    main()
