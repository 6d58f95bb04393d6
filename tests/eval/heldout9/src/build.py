#!/usr/bin/env python3
"""Rebuild the heldout9 evaluation documents from the UTF-8 sources in this directory.

Usage:  python3 src/build.py          (from tests/eval/heldout9, or from anywhere)

Standard library only, plus `chromium` (HTML -> PDF) for ja_08.pdf.
Outputs are written to the parent directory of src/.

Source conventions
  *.docx.txt / *.odt.txt  light markup, one paragraph per line:
      # text       title (centred, bold)
      ## text      heading paragraph (bold)
      =art text    heading paragraph carrying Word automatic numbering "第%1条"
                   (the article number is NOT in the text; it comes from numbering.xml)
      (#) text     item of a numbered list "(1) (2) ..." from numbering.xml
                   (a run of consecutive items is one list; each list restarts at 1)
      > text       right-aligned paragraph
      -- text      paragraph deleted as a tracked change (docx only)
      ++ text      paragraph inserted as a tracked change (docx only)
      [-x-] {+x+}  inline tracked deletion / insertion (docx only)
      !header: / !footer: / !author: / !date:   document settings ({PAGE} = page field)
      blank lines are ignored
  ja_12.txt   unwrapped UTF-8; the output is hard-wrapped at 38 characters with
              page numbers, as text copied out of a PDF
  other .txt  UTF-8 with LF; re-encoded as listed in TEXT_TARGETS
  .md / .html copied unchanged (ja_08.pdf.html is printed to PDF)
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
ZIP_DATE = (2026, 3, 1, 9, 0, 0)


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def write_zip(name, parts):
    """parts: list of (path, str|bytes, stored?)"""
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w") as z:
        for part_name, data, stored in parts:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(part_name, date_time=ZIP_DATE)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


# ---------------------------------------------------------------- markup parsing

def parse_markup(text):
    meta = {}
    paras = []  # dicts: kind, text, change
    for raw in text.split("\n"):
        line = raw.rstrip()
        if not line.strip():
            continue
        m = re.match(r"^!(\w+):\s?(.*)$", line)
        if m:
            meta[m.group(1)] = m.group(2)
            continue
        change = None
        if line.startswith("-- "):
            change, line = "del", line[3:]
        elif line.startswith("++ "):
            change, line = "ins", line[3:]
        if line.startswith("# "):
            kind, body = "title", line[2:]
        elif line.startswith("## "):
            kind, body = "heading", line[3:]
        elif line.startswith("=art "):
            kind, body = "article", line[5:]
        elif line.startswith("(#) "):
            kind, body = "item", line[4:]
        elif line.startswith("> "):
            kind, body = "right", line[2:]
        else:
            kind, body = "body", line
            # headings such as 第9条（…） inside tracked blocks are shown bold
            if re.match(r"^第[0-9０-９]+条（[^）]*）$", body):
                kind = "heading"
        paras.append({"kind": kind, "text": body, "change": change})
    return meta, paras


def inline_segments(text):
    """Split text into (kind, str) with kind in {None, 'del', 'ins'}."""
    out = []
    pos = 0
    for m in re.finditer(r"\[-(.*?)-\]|\{\+(.*?)\+\}", text):
        if m.start() > pos:
            out.append((None, text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(("del", m.group(1)))
        else:
            out.append(("ins", m.group(2)))
        pos = m.end()
    if pos < len(text):
        out.append((None, text[pos:]))
    return out


# ---------------------------------------------------------------- DOCX

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


class Docx:
    def __init__(self, meta):
        self.meta = meta
        self.rev_id = 100
        self.author = escape(meta.get("author", "Author"), {'"': "&quot;"})
        self.date = meta.get("date", "2026-03-01T09:00:00Z")
        self.lists = []  # num ids for "(1)" lists
        self.uses_articles = False

    def rev_attrs(self):
        self.rev_id += 1
        return 'w:id="%d" w:author="%s" w:date="%s"' % (self.rev_id, self.author, self.date)

    def run(self, text, bold=False, deleted=False):
        rpr = "<w:rPr>%s</w:rPr>" % ("<w:b/>" if bold else "") if bold else ""
        tag = "w:delText" if deleted else "w:t"
        return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, escape(text), tag)

    def paragraph(self, p, num_id=None):
        kind, text, change = p["kind"], p["text"], p["change"]
        bold = kind in ("title", "heading", "article")
        # children of w:pPr in schema order: pStyle, keepNext, numPr, spacing, jc, rPr
        ppr = []
        style = {"title": "Title", "heading": "ArticleHeading", "article": "ArticleHeading"}.get(kind)
        if style:
            ppr.append('<w:pStyle w:val="%s"/>' % style)
        if kind in ("heading", "article"):
            ppr.append('<w:keepNext/>')
        if kind == "article":
            self.uses_articles = True
            ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
        if kind == "item":
            ppr.append('<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num_id)
        if kind in ("heading", "article"):
            ppr.append('<w:spacing w:before="180"/>')
        if kind == "title":
            ppr.append('<w:jc w:val="center"/>')
        elif kind == "right":
            ppr.append('<w:jc w:val="right"/>')
        if change == "del":
            ppr.append("<w:rPr><w:del %s/></w:rPr>" % self.rev_attrs())
        elif change == "ins":
            ppr.append("<w:rPr><w:ins %s/></w:rPr>" % self.rev_attrs())
        body = []
        if change == "del":
            body.append("<w:del %s>%s</w:del>" % (self.rev_attrs(), self.run(text, bold, deleted=True)))
        elif change == "ins":
            body.append("<w:ins %s>%s</w:ins>" % (self.rev_attrs(), self.run(text, bold)))
        else:
            for seg_kind, seg in inline_segments(text):
                if seg_kind == "del":
                    body.append("<w:del %s>%s</w:del>" % (self.rev_attrs(), self.run(seg, bold, deleted=True)))
                elif seg_kind == "ins":
                    body.append("<w:ins %s>%s</w:ins>" % (self.rev_attrs(), self.run(seg, bold)))
                else:
                    body.append(self.run(seg, bold))
        return "<w:p><w:pPr>%s</w:pPr>%s</w:p>" % ("".join(ppr), "".join(body))

    def build(self, name, paras):
        xml_paras = []
        prev_item = False
        next_num = 2
        for p in paras:
            num_id = None
            if p["kind"] == "item":
                if not prev_item:
                    self.lists.append(next_num)
                    next_num += 1
                num_id = self.lists[-1]
                prev_item = True
            else:
                prev_item = False
            xml_paras.append(self.paragraph(p, num_id))

        has_header = "header" in self.meta
        has_footer = "footer" in self.meta
        sect = ['<w:sectPr>']
        if has_header:
            sect.append('<w:headerReference w:type="default" r:id="rIdHeader1"/>')
        if has_footer:
            sect.append('<w:footerReference w:type="default" r:id="rIdFooter1"/>')
        sect.append('<w:pgSz w:w="11906" w:h="16838"/>'
                    '<w:pgMar w:top="1701" w:right="1417" w:bottom="1701" w:left="1417" '
                    'w:header="851" w:footer="851" w:gutter="0"/>'
                    '<w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>')
        document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:document %s><w:body>%s%s</w:body></w:document>'
                    % (W_NS, "".join(xml_paras), "".join(sect)))

        numbering = self.numbering_xml()
        rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
                '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
                '<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>']
        overrides = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                     '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
                     '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>',
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
                     '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
        parts = []
        if numbering:
            rels.append('<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
            overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
            parts.append(("word/numbering.xml", numbering, False))
        if has_header:
            rels.append('<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
            overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
            parts.append(("word/header1.xml", self.hdr_ftr("hdr", self.meta["header"], "right"), False))
        if has_footer:
            rels.append('<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
            overrides.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
            parts.append(("word/footer1.xml", self.hdr_ftr("ftr", self.meta["footer"], "center"), False))

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
                    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
                    % "".join(rels))
        title = next((p["text"] for p in paras if p["kind"] == "title"), "")
        core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
                '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
                '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
                '</cp:coreProperties>' % (escape(title), self.author, self.date, self.date))
        app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
               '<Application>Microsoft Office Word</Application></Properties>')
        settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                    '<w:settings %s>%s<w:defaultTabStop w:val="840"/>'
                    '<w:characterSpacingControl w:val="compressPunctuation"/></w:settings>'
                    % (W_NS, "<w:trackRevisions/>" if any(p["change"] for p in paras) or "[-" in "".join(p["text"] for p in paras) else ""))
        fonts = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:fonts %s><w:font w:name="ＭＳ 明朝"><w:charset w:val="80"/></w:font>'
                 '<w:font w:name="Century"/></w:fonts>' % W_NS)
        styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
                  '<w:rFonts w:ascii="Century" w:hAnsi="Century" w:eastAsia="ＭＳ 明朝" w:cs="Times New Roman"/>'
                  '<w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/>'
                  '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
                  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
                  '<w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
                  '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/><w:basedOn w:val="Normal"/>'
                  '<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
                  '</w:styles>' % W_NS)
        parts = [("[Content_Types].xml", content_types, False),
                 ("_rels/.rels", root_rels, False),
                 ("word/document.xml", document, False),
                 ("word/_rels/document.xml.rels", doc_rels, False),
                 ("word/styles.xml", styles, False),
                 ("word/settings.xml", settings, False),
                 ("word/fontTable.xml", fonts, False)] + parts + [
                 ("docProps/core.xml", core, False),
                 ("docProps/app.xml", app, False)]
        write_zip(name, parts)

    def numbering_xml(self):
        if not self.uses_articles and not self.lists:
            return None
        abstract = []
        nums = []
        # abstractNum 0: 第%1条 for article headings
        abstract.append('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                        '<w:suff w:val="nothing"/><w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/>'
                        '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>')
        # abstractNum 1: (%1) for items
        abstract.append('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
                        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                        '<w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/>'
                        '<w:pPr><w:ind w:left="630" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>')
        nums.append('<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
        for nid in self.lists:
            nums.append('<w:num w:numId="%d"><w:abstractNumId w:val="1"/>'
                        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % nid)
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:numbering %s>%s%s</w:numbering>' % (W_NS, "".join(abstract), "".join(nums)))

    def hdr_ftr(self, tag, text, jc):
        runs = []
        for i, chunk in enumerate(text.split("{PAGE}")):
            if i:
                runs.append('<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>')
            if chunk:
                runs.append('<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(chunk))
        return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:%s %s><w:p><w:pPr><w:jc w:val="%s"/></w:pPr>%s</w:p></w:%s>'
                % (tag, W_NS, jc, "".join(runs), tag))


def build_docx(src, out):
    meta, paras = parse_markup(read(src))
    Docx(meta).build(out, paras)


# ---------------------------------------------------------------- ODT

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:0.1" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def odt_text(s):
    """Escape and keep runs of spaces (ODF collapses them otherwise)."""
    out = []
    for m in re.finditer(r" {2,}|[^ ]+| ", s):
        tok = m.group(0)
        if len(tok) > 1 and tok.strip() == "":
            out.append('<text:s text:c="%d"/>' % len(tok))
        else:
            out.append(escape(tok))
    return "".join(out)


def build_odt(src, out):
    meta, paras = parse_markup(read(src))
    body = []
    for p in paras:
        k, t = p["kind"], p["text"]
        if k == "title":
            body.append('<text:p text:style-name="Title">%s</text:p>' % odt_text(t))
        elif k == "heading":
            body.append('<text:h text:style-name="ArticleHeading" text:outline-level="2">%s</text:h>' % odt_text(t))
        elif k == "right":
            body.append('<text:p text:style-name="Right">%s</text:p>' % odt_text(t))
        else:
            body.append('<text:p text:style-name="Standard">%s</text:p>' % odt_text(t))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3">'
               '<office:font-face-decls><style:font-face style:name="Noto Serif CJK JP" svg:font-family="&apos;Noto Serif CJK JP&apos;"/></office:font-face-decls>'
               '<office:automatic-styles/>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ODT_NS, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3">'
              '<office:font-face-decls><style:font-face style:name="Noto Serif CJK JP" svg:font-family="&apos;Noto Serif CJK JP&apos;"/></office:font-face-decls>'
              '<office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Serif CJK JP" '
              'style:font-name-asian="Noto Serif CJK JP" fo:font-size="10.5pt" style:font-size-asian="10.5pt" '
              'fo:language="en" fo:country="US" style:language-asian="ja" style:country-asian="JP"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="justify"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>'
              '<style:text-properties fo:font-size="14pt" style:font-size-asian="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
              '<style:style style:name="ArticleHeading" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">'
              '<style:paragraph-properties fo:margin-top="0.3cm" fo:keep-with-next="always"/>'
              '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
              '<style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">'
              '<style:paragraph-properties fo:text-align="end"/></style:style>'
              '</office:styles>'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
              'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2.5cm" fo:margin-bottom="2.5cm" '
              'fo:margin-left="2.5cm" fo:margin-right="2.5cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
              '</office:document-styles>' % ODT_NS)
    title = next((p["text"] for p in paras if p["kind"] == "title"), "")
    meta_xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<office:document-meta %s office:version="1.3"><office:meta>'
                '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>'
                '<dc:title>%s</dc:title><meta:creation-date>2026-03-01T09:00:00</meta:creation-date>'
                '</office:meta></office:document-meta>' % (ODT_NS, escape(title)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(out, [("mimetype", "application/vnd.oasis.opendocument.text", True),
                    ("content.xml", content, False),
                    ("styles.xml", styles, False),
                    ("meta.xml", meta_xml, False),
                    ("META-INF/manifest.xml", manifest, False)])


# ---------------------------------------------------------------- text

NO_LINE_START = set("、。，．）」』】〕・ー")


def wrap_like_pdf(text, width=38, lines_per_page=44):
    """Hard-wrap every line at `width` characters (mid-sentence), keep closing
    punctuation on the previous line, and add page numbers like a PDF copy."""
    wrapped = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            while cut < len(line) and line[cut] in NO_LINE_START:
                cut += 1
            wrapped.append(line[:cut])
            line = line[cut:]
        wrapped.append(line)
    while wrapped and wrapped[-1] == "":
        wrapped.pop()
    out = []
    page = 1
    count = 0
    for line in wrapped:
        if line == "別記" and count:  # the annex starts on a new page
            out += ["", "－ %d －" % page, ""]
            page += 1
            count = 0
        out.append(line)
        count += 1
        if count >= lines_per_page:
            out += ["", "－ %d －" % page, ""]
            page += 1
            count = 0
    if count:
        out += ["", "－ %d －" % page]
    return "\n".join(out) + "\n"


TEXT_TARGETS = {
    # output: (source, encoding, newline, bom)
    "ja_09.txt": ("ja_09.txt", "cp932", "\r\n", False),
    "ja_10.txt": ("ja_10.txt", "euc_jp", "\n", False),
    "ja_11.txt": ("ja_11.txt", "iso2022_jp", "\n", False),
    "ja_13.txt": ("ja_13.txt", "utf-8", "\n", False),
    "ja_14.txt": ("ja_14.txt", "utf-8", "\n", False),
    "ja_15.txt": ("ja_15.txt", "utf-8", "\n", False),
    "ja_16.txt": ("ja_16.txt", "utf-8", "\n", True),
    "en_01.txt": ("en_01.txt", "utf-8", "\n", False),
    "en_04.txt": ("en_04.txt", "utf-8", "\n", False),
}


def build_text(out, src, encoding, newline, bom):
    text = read(src)
    if newline != "\n":
        text = text.replace("\n", newline)
    data = text.encode(encoding)  # raises if a character is not representable
    if bom:
        data = b"\xef\xbb\xbf" + data
    write_bytes(out, data)


def copy(src, out):
    write_bytes(out, read(src).encode("utf-8"))


def build_pdf(src, out):
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, "doc.html")
        with open(html, "w", encoding="utf-8") as f:
            f.write(read(src))
        pdf = os.path.join(OUT, out)
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu",
               "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(tmp, "profile"),
               "--print-to-pdf=" + pdf, "file://" + html]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        if "与信審査" not in txt:
            print("warning: Japanese text not found in %s" % out, file=sys.stderr)
    except FileNotFoundError:
        pass


def main():
    build_docx("ja_01.docx.txt", "ja_01.docx")
    build_docx("ja_02.docx.txt", "ja_02.docx")
    build_docx("ja_03.docx.txt", "ja_03.docx")
    build_odt("ja_04.odt.txt", "ja_04.odt")
    build_odt("ja_05.odt.txt", "ja_05.odt")
    copy("ja_06.html", "ja_06.html")
    copy("ja_07.md", "ja_07.md")
    build_pdf("ja_08.pdf.html", "ja_08.pdf")
    for out, (src, enc, nl, bom) in TEXT_TARGETS.items():
        build_text(out, src, enc, nl, bom)
    write_bytes("ja_12.txt", wrap_like_pdf(read("ja_12.txt")).encode("utf-8"))
    copy("en_02.md", "en_02.md")
    copy("en_03.html", "en_03.html")
    print("built 20 documents in %s" % OUT)


if __name__ == "__main__":
    main()
