#!/usr/bin/env python3
"""Rebuild every document of the heldout16 evaluation set from the UTF-8 sources
in this directory.  Standard library only (chromium is used for the one PDF).

    python3 src/build.py            # writes ../ja_q01.docx ... ../en_q07.docx

Source markup used by the .txt sources of the Word/ODF documents:
    #title T     centred bold paragraph
    #header T    running header (docx only)
    #art T       paragraph with automatic level-0 numbering (docx numbering.xml)
    #item T      paragraph with automatic level-1 numbering
    #h T         heading (odt)
    #li T        numbered list item (odt)
    |a|b         table row (consecutive rows form one table; first row is the header)
    {+text+}     tracked insertion (w:ins)        [-text-]  tracked deletion (w:del)
Anything else is an ordinary paragraph.
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
ZIP_DATE = (2025, 1, 6, 9, 0, 0)


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)
    print("wrote", name, len(data), "bytes")


def parse_blocks(text):
    """Split a marked-up source into (kind, payload) blocks."""
    blocks = []
    table = None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = line[1:].split("|")
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        m = re.match(r"#(title|header|art|item|h|li) (.*)$", line)
        if m:
            blocks.append((m.group(1), m.group(2)))
        else:
            blocks.append(("p", line))
    return blocks


def zwrite(zf, name, data, compress=True):
    info = zipfile.ZipInfo(name, ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    if isinstance(data, str):
        data = data.encode("utf-8")
    zf.writestr(info, data)


# ---------------------------------------------------------------- docx ----
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


class RunMaker:
    """Produces w:r elements, optionally splitting text into many small runs."""

    def __init__(self, split=False, seed=0, east_asian=True):
        self.split = split
        self.rng = random.Random(seed)
        self.bm = 0
        self.east_asian = east_asian

    def rpr(self):
        if not self.split:
            return ""
        choice = self.rng.randrange(4)
        if choice == 0:
            return ""
        if choice == 1:
            return '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
        if choice == 2:
            return '<w:rPr><w:rFonts w:ascii="MS Mincho" w:eastAsia="MS Mincho" w:hAnsi="MS Mincho"/><w:lang w:eastAsia="ja-JP"/></w:rPr>'
        return '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>'

    def runs(self, text, deleted=False, bold=False):
        tag = "w:delText" if deleted else "w:t"
        pieces = [text]
        if self.split and not deleted and len(text) > 1:
            pieces = []
            i = 0
            while i < len(text):
                n = self.rng.randint(1, 7)
                pieces.append(text[i:i + n])
                i += n
        out = []
        for piece in pieces:
            if self.split and self.rng.random() < 0.12:
                out.append('<w:proofErr w:type="spellStart"/>')
            if self.split and self.rng.random() < 0.05:
                self.bm += 1
                out.append('<w:bookmarkStart w:id="%d" w:name="_Hlk%08d"/>' % (self.bm, 190000 + self.bm))
                out.append('<w:bookmarkEnd w:id="%d"/>' % self.bm)
            rpr = '<w:rPr><w:b/></w:rPr>' if bold else self.rpr()
            out.append('<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, escape(piece), tag))
            if self.split and self.rng.random() < 0.12:
                out.append('<w:proofErr w:type="spellEnd"/>')
        return "".join(out)


TRACK_RE = re.compile(r"(\{\+.*?\+\}|\[-.*?-\])")


class Tracker:
    def __init__(self):
        self.n = 100

    def attrs(self, author="西田（発注者法務）", date="2025-03-21T10:14:00Z"):
        self.n += 1
        return 'w:id="%d" w:author="%s" w:date="%s"' % (self.n, escape(author), date)


def docx_paragraph(text, rm, tracker=None, ppr="", bold=False):
    if tracker is None:
        body = rm.runs(text, bold=bold)
        return "<w:p>%s%s</w:p>" % (ppr and "<w:pPr>%s</w:pPr>" % ppr, body)
    parts = [p for p in TRACK_RE.split(text) if p]
    body = []
    mark = ""
    if len(parts) == 1 and parts[0].startswith("[-"):
        mark = '<w:rPr><w:del %s/></w:rPr>' % tracker.attrs()
    elif len(parts) == 1 and parts[0].startswith("{+"):
        mark = '<w:rPr><w:ins %s/></w:rPr>' % tracker.attrs(author="Kitamura (Softline)", date="2025-03-24T16:02:00Z")
    for p in parts:
        if p.startswith("{+"):
            body.append('<w:ins %s>%s</w:ins>' % (
                tracker.attrs(author="Kitamura (Softline)", date="2025-03-24T16:02:00Z"), rm.runs(p[2:-2])))
        elif p.startswith("[-"):
            body.append('<w:del %s>%s</w:del>' % (tracker.attrs(), rm.runs(p[2:-2], deleted=True)))
        else:
            body.append(rm.runs(p, bold=bold))
    ppr_all = ppr + mark
    return "<w:p>%s%s</w:p>" % (ppr_all and "<w:pPr>%s</w:pPr>" % ppr_all, "".join(body))


def docx_table(rows, rm):
    ncol = max(len(r) for r in rows)
    width = 9000 // ncol
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
           '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
           '<w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>']
    out.append("".join('<w:gridCol w:w="%d"/>' % width for _ in range(ncol)))
    out.append("</w:tblGrid>")
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for c in range(ncol):
            cell = row[c] if c < len(row) else ""
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                       % (width, docx_paragraph(cell, rm, bold=(i == 0))))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def build_docx(src, dst, numbering=None, split=False, tracked=False, seed=1, lang="ja-JP"):
    blocks = parse_blocks(read(src))
    rm = RunMaker(split=split, seed=seed)
    tracker = Tracker() if tracked else None
    header = None
    body = []
    for kind, val in blocks:
        if kind == "header":
            header = val
        elif kind == "title":
            body.append(docx_paragraph(val, RunMaker(), ppr='<w:pStyle w:val="Title"/><w:jc w:val="center"/>', bold=True))
        elif kind == "art":
            body.append(docx_paragraph(val, rm, tracker,
                        ppr='<w:pStyle w:val="ArticleHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'))
        elif kind == "item":
            body.append(docx_paragraph(val, rm, tracker,
                        ppr='<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:ind w:left="840" w:hanging="420"/>'))
        elif kind == "table":
            body.append(docx_table(val, rm))
            body.append("<w:p/>")
        else:
            body.append(docx_paragraph(val, rm, tracker))
    sect = ['<w:sectPr>']
    if header:
        sect.append('<w:headerReference w:type="default" r:id="rIdHdr1"/>')
    sect.append('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1418" w:bottom="1418" '
                'w:left="1418" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>'
                % (W_NS, "".join(body), "".join(sect)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
              '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Century" w:eastAsia="MS Mincho" w:hAnsi="Century"/>'
              '<w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="%s"/></w:rPr></w:rPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120"/></w:pPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              '</w:styles>') % (W_NS, lang)
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    parts = {}
    if numbering:
        lvl0, suff0, lvl1 = numbering
        parts["word/numbering.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
            '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="%s"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%s"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="840" w:hanging="420"/></w:pPr></w:lvl>'
            '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
            % (W_NS, suff0, escape(lvl0, {'"': "&quot;"}), escape(lvl1, {'"': "&quot;"})))
        rels.append('<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
    if header:
        parts["word/header1.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>'
                                     '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t>%s</w:t></w:r></w:p></w:hdr>'
                                     % (W_NS, escape(header)))
        rels.append('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s>%s<w:defaultTabStop w:val="840"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
                % (W_NS, '<w:trackRevisions/>' if tracked else ''))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(overrides))
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>legal</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:created></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application></Properties>')
    path = os.path.join(OUT, dst)
    with zipfile.ZipFile(path, "w") as zf:
        zwrite(zf, "[Content_Types].xml", content_types)
        zwrite(zf, "_rels/.rels", root_rels)
        zwrite(zf, "word/document.xml", document)
        zwrite(zf, "word/_rels/document.xml.rels", doc_rels)
        zwrite(zf, "word/styles.xml", styles)
        zwrite(zf, "word/settings.xml", settings)
        for name, data in parts.items():
            zwrite(zf, name, data)
        zwrite(zf, "docProps/core.xml", core)
        zwrite(zf, "docProps/app.xml", app)
    print("wrote", dst, os.path.getsize(path), "bytes")


# ----------------------------------------------------------------- odt ----
ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def odt_inline(text):
    """Escape text; wrap 「…」 quoted terms in a bold span and encode runs of spaces."""
    out = []
    for piece in re.split(r"(「[^」]*」)", text):
        if not piece:
            continue
        esc = escape(piece)
        esc = re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group(0)) - 1), esc)
        if piece.startswith("「"):
            out.append('<text:span text:style-name="T1">%s</text:span>' % esc)
        else:
            out.append(esc)
    return "".join(out)


def build_odt(src, dst, page_break_after=None):
    blocks = parse_blocks(read(src))
    body = []
    in_list = False
    count = 0
    for kind, val in blocks:
        if kind != "li" and in_list:
            body.append("</text:list>")
            in_list = False
        if kind == "title":
            body.append('<text:p text:style-name="PTitle">%s</text:p>' % odt_inline(val))
        elif kind == "h":
            body.append('<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % odt_inline(val))
            count += 1
            if page_break_after and count == page_break_after:
                body.append('<text:p text:style-name="P1"><text:soft-page-break/></text:p>')
        elif kind == "li":
            if not in_list:
                body.append('<text:list text:style-name="L1">')
                in_list = True
            body.append('<text:list-item><text:p text:style-name="P1">%s</text:p></text:list-item>' % odt_inline(val))
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = ['<table:table table:name="Table%d" table:style-name="Tbl">' % (len(body) + 1),
                 '<table:table-column table:number-columns-repeated="%d"/>' % ncol]
            for i, row in enumerate(val):
                if i == 0:
                    t.append("<table:table-header-rows>")
                t.append("<table:table-row>")
                for c in range(ncol):
                    cell = row[c] if c < len(row) else ""
                    t.append('<table:table-cell office:value-type="string"><text:p text:style-name="P1">%s</text:p></table:table-cell>'
                             % odt_inline(cell))
                t.append("</table:table-row>")
                if i == 0:
                    t.append("</table:table-header-rows>")
            t.append("</table:table>")
            body.append("".join(t))
        else:
            body.append('<text:p text:style-name="P1">%s</text:p>' % odt_inline(val))
    if in_list:
        body.append("</text:list>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="PTitle" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>'
               '<style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:font-size-asian="15pt" style:font-weight-asian="bold"/></style:style>'
               '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.25cm"/>'
               '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
               '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>'
               '<style:style style:name="T1" style:family="text"><style:text-properties style:font-weight-asian="bold" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>'
               '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" style:num-format="1">'
               '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"/></text:list-level-style-number></text:list-style>'
               '</office:automatic-styles><office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ODF_NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3"><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK JP" fo:font-size="10.5pt" style:font-size-asian="10.5pt" fo:language="ja" fo:country="JP"/></style:default-style>'
              '</office:styles></office:document-styles>' % ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator><dc:language>ja-JP</dc:language></office:meta></office:document-meta>' % ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    path = os.path.join(OUT, dst)
    with zipfile.ZipFile(path, "w") as zf:
        zwrite(zf, "mimetype", "application/vnd.oasis.opendocument.text", compress=False)
        zwrite(zf, "content.xml", content)
        zwrite(zf, "styles.xml", styles)
        zwrite(zf, "meta.xml", meta)
        zwrite(zf, "META-INF/manifest.xml", manifest)
    print("wrote", dst, os.path.getsize(path), "bytes")


# ------------------------------------------------------------ text etc ----
def build_text(src, dst, encoding, newline="\n", bom=False):
    text = read(src).replace("\r\n", "\n")
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode(encoding)  # strict: fails loudly on characters the encoding lacks
    if bom:
        data = b"\xff\xfe" + data if encoding == "utf-16-le" else data
    write_bytes(dst, data)


def copy(src, dst):
    shutil.copyfile(os.path.join(SRC, src), os.path.join(OUT, dst))
    print("wrote", dst, os.path.getsize(os.path.join(OUT, dst)), "bytes")


def colwidth(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def build_hardwrapped(src, dst, width=68, lines_per_page=36, running_title=None):
    """Imitate text copied out of a PDF: every paragraph is broken at a fixed display
    width (mid-word, no regard for punctuation), with a running title and a page
    number at every page boundary."""
    lines = []
    for para in read(src).splitlines():
        if not para.strip():
            continue
        cur, w = "", 0
        for ch in para:
            cw = colwidth(ch)
            if w + cw > width:
                lines.append(cur)
                cur, w = "", 0
            cur += ch
            w += cw
        lines.append(cur)
    out = []
    page = 1
    for i in range(0, len(lines), lines_per_page):
        if running_title and page > 1:
            out.append(running_title)
            out.append("")
        out.extend(lines[i:i + lines_per_page])
        out.append("")
        out.append("－ %d －" % page)
        out.append("\f" if i + lines_per_page < len(lines) else "")
        page += 1
    write_bytes(dst, "\n".join(out).encode("utf-8"))


def build_pdf(src, dst):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        print("SKIP", dst, "(no chromium found)")
        return
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, "doc.html")
        shutil.copyfile(os.path.join(SRC, src), html)
        out = os.path.join(OUT, dst)
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--user-data-dir=" + os.path.join(tmp, "profile"),
                        "--print-to-pdf=" + out, "file://" + html],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    print("wrote", dst, os.path.getsize(os.path.join(OUT, dst)), "bytes")


def main():
    # Japanese
    build_docx("ja_q01.txt", "ja_q01.docx", numbering=("第%1条", "nothing", "（%2）"), seed=11)
    build_docx("ja_q02.txt", "ja_q02.docx", tracked=True, seed=12)
    build_docx("ja_q03.txt", "ja_q03.docx", split=True, seed=13)
    build_odt("ja_q04.txt", "ja_q04.odt")
    build_odt("ja_q05.txt", "ja_q05.odt", page_break_after=7)
    copy("ja_q06.html", "ja_q06.html")
    build_pdf("ja_q07.html", "ja_q07.pdf")
    copy("ja_q08.md", "ja_q08.md")
    build_text("ja_q09.txt", "ja_q09.txt", "shift_jis", newline="\r\n")
    build_text("ja_q10.txt", "ja_q10.txt", "euc_jp")
    build_text("ja_q11.txt", "ja_q11.txt", "iso2022_jp")
    build_text("ja_q12.txt", "ja_q12.txt", "utf-16-le", newline="\r\n", bom=True)
    build_hardwrapped("ja_q13.txt", "ja_q13.txt", width=68, lines_per_page=34,
                      running_title="防犯カメラ映像管理業務委託契約書")
    # English
    build_docx("en_q01.txt", "en_q01.docx", split=True, seed=21, lang="en-GB")
    copy("en_q02.html", "en_q02.html")
    copy("en_q03.md", "en_q03.md")
    build_text("en_q04.txt", "en_q04.txt", "utf-8")
    build_text("en_q05.txt", "en_q05.txt", "utf-8", newline="\r\n")
    build_text("en_q06.txt", "en_q06.txt", "utf-8")
    build_docx("en_q07.txt", "en_q07.docx", numbering=("§ %1", "tab", "(%2)"), seed=27, lang="de-AT")


if __name__ == "__main__":
    sys.exit(main())
