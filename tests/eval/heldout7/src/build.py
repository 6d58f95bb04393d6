#!/usr/bin/env python3
"""Rebuild every document of heldout7 from the UTF-8 sources in this directory.

    python3 src/build.py

Standard library only, plus chromium (HTML -> PDF).  Writes the 20 documents to
the parent directory and the reader's UTF-8 text of each to ../text/.

Source conventions
  *.docx.txt / *.odt.txt  one paragraph per line.
      "# "   title paragraph
      "## "  heading paragraph (odt: text:h level 2)
      "@ "   (docx) paragraph carrying Word automatic numbering "第%1条";
             the article number is NOT part of the text
      "| a | b |"  (odt) table row
      [[INS:...]]  (docx) tracked insertion, kept by a reader
      [[DEL:...]]  (docx) tracked deletion, dropped by a reader
  *.txt / *.md / *.html  the document itself in UTF-8; plain-text outputs are
      re-encoded as listed in TARGETS.
"""
import html
import html.parser
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
TEXT = os.path.join(OUT, "text")
ZDATE = (2025, 10, 1, 9, 0, 0)

# output file -> (source, kind, options)
TARGETS = {
    "ja_01.docx": ("ja_01.docx.txt", "docx", {"autonum": True}),
    "ja_02.docx": ("ja_02.docx.txt", "docx", {"split_runs": True}),
    "ja_03.docx": ("ja_03.docx.txt", "docx", {"tracked": True}),
    "ja_04.odt": ("ja_04.odt.txt", "odt", {}),
    "ja_05.odt": ("ja_05.odt.txt", "odt", {}),
    "ja_06.html": ("ja_06.html", "copy", {}),
    "ja_07.txt": ("ja_07.txt", "text", {"encoding": "utf-8", "newline": "\n"}),
    "ja_08.md": ("ja_08.md", "copy", {}),
    "ja_09.txt": ("ja_09.txt", "text", {"encoding": "utf-8", "newline": "\n"}),
    "ja_10.pdf": ("ja_10.html", "pdf", {}),
    "ja_11.txt": ("ja_11.txt", "text", {"encoding": "cp932", "newline": "\r\n"}),
    "ja_12.txt": ("ja_12.txt", "text", {"encoding": "iso2022_jp", "newline": "\n"}),
    "ja_13.txt": ("ja_13.txt", "text", {"encoding": "utf-16-bom", "newline": "\r\n"}),
    "ja_14.txt": ("ja_14.txt", "text", {"encoding": "utf-8", "newline": "\n"}),
    "ja_15.txt": ("ja_15.txt", "text", {"encoding": "utf-8", "newline": "\n"}),
    "ja_16.txt": ("ja_16.txt", "text", {"encoding": "utf-8", "newline": "\n"}),
    "en_01.txt": ("en_01.txt", "text", {"encoding": "utf-8", "newline": "\n"}),
    "en_02.md": ("en_02.md", "copy", {}),
    "en_03.html": ("en_03.html", "copy", {}),
    "en_04.txt": ("en_04.txt", "text", {"encoding": "utf-8", "newline": "\n"}),
}


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_zip(path, members):
    """members: list of (name, bytes); 'mimetype' (if any) must come first, stored."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, ZDATE)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- docx
W_NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word" '
        'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
        'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
        'mc:Ignorable="w14"')

AUTHOR = "法務部 田村"
REV_DATE = "2025-08-21T10:32:00Z"


class Rng:
    """Tiny deterministic generator (LCG) so rebuilt files are identical."""

    def __init__(self, seed):
        self.s = seed

    def next(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7FFFFFFF
        return self.s % n


def run_xml(text, rpr="", deleted=False):
    tag = "w:delText" if deleted else "w:t"
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (
        ("<w:rPr>%s</w:rPr>" % rpr) if rpr else "", tag, esc(text), tag)


def split_runs(text, rng, base_rpr=""):
    """Split text into runs of 1-7 characters at arbitrary (mid-word) places, the way
    Word leaves them after editing, with proofErr and rsid-like attribute noise."""
    out = []
    i = 0
    while i < len(text):
        n = 1 + rng.next(7)
        piece = text[i:i + n]
        i += n
        kind = rng.next(6)
        rpr = base_rpr
        if kind == 0:
            rpr += '<w:rFonts w:hint="eastAsia"/>'
        elif kind == 1:
            rpr += '<w:lang w:eastAsia="ja-JP"/>'
        if kind == 2:
            out.append('<w:proofErr w:type="spellStart"/>')
            out.append(run_xml(piece, rpr))
            out.append('<w:proofErr w:type="spellEnd"/>')
        else:
            out.append(run_xml(piece, rpr))
    return "".join(out)


def docx_paragraphs(src, opts):
    """Return (document body xml, reader text lines)."""
    rng = Rng(20250821)
    body = []
    lines_out = []
    artno = 0
    rev_id = [100]

    def next_id():
        rev_id[0] += 1
        return rev_id[0]

    for raw in src.splitlines():
        line = raw.rstrip()
        if not line:
            continue
        ppr = []
        rpr = ""
        reader_prefix = ""
        if line.startswith("# "):
            line = line[2:]
            ppr.append('<w:pStyle w:val="Title"/><w:jc w:val="center"/>')
            rpr = "<w:b/>"
        elif line.startswith("@ "):
            line = line[2:]
            artno += 1
            ppr.append('<w:pStyle w:val="ArticleHeading"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
            reader_prefix = "第%d条" % artno
        elif re.match(r"^第[0-9０-９]+条（", line):
            ppr.append('<w:pStyle w:val="ArticleHeading"/>')
        # tracked changes
        if opts.get("tracked") and line.startswith("[[DEL:") and line.endswith("]]"):
            text = line[6:-2]
            i1, i2 = next_id(), next_id()
            body.append(
                '<w:p><w:pPr>%s<w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr></w:pPr>'
                '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del></w:p>'
                % ("".join(ppr), i1, AUTHOR, REV_DATE, i2, AUTHOR, REV_DATE, run_xml(text, "", deleted=True)))
            continue
        runs = []
        reader = reader_prefix
        pos = 0
        for m in re.finditer(r"\[\[(INS|DEL):(.*?)\]\]", line):
            before = line[pos:m.start()]
            if before:
                runs.append(split_runs(before, rng, rpr) if opts.get("split_runs") else run_xml(before, rpr))
                reader += before
            rid = next_id()
            if m.group(1) == "INS":
                runs.append('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>'
                            % (rid, AUTHOR, REV_DATE, run_xml(m.group(2), rpr)))
                reader += m.group(2)
            else:
                runs.append('<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>'
                            % (rid, AUTHOR, REV_DATE, run_xml(m.group(2), rpr, deleted=True)))
            pos = m.end()
        rest = line[pos:]
        if rest:
            runs.append(split_runs(rest, rng, rpr) if opts.get("split_runs") else run_xml(rest, rpr))
            reader += rest
        body.append("<w:p>%s%s</w:p>" % (("<w:pPr>%s</w:pPr>" % "".join(ppr)) if ppr else "", "".join(runs)))
        lines_out.append(reader)
    return "".join(body), lines_out


STYLES_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
              '<w:docDefaults><w:rPrDefault><w:rPr>'
              '<w:rFonts w:ascii="Century" w:hAnsi="Century" w:eastAsia="ＭＳ 明朝" w:cs="Times New Roman"/>'
              '<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>'
              '<w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
              '<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>'
              '<w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/>'
              '<w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr>'
              '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/>'
              '<w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="180"/></w:pPr>'
              '<w:rPr><w:rFonts w:eastAsia="ＭＳ ゴシック"/></w:rPr></w:style>'
              '</w:styles>')

NUMBERING_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                 '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:suff w:val="nothing"/><w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/>'
                 '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr>'
                 '<w:rPr><w:rFonts w:eastAsia="ＭＳ ゴシック"/></w:rPr></w:lvl>'
                 '</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '</w:numbering>')

SETTINGS_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '%s<w:defaultTabStop w:val="840"/><w:characterSpacingControl w:val="compressPunctuation"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '</w:settings>')


def build_docx(out, src, opts):
    body, reader = docx_paragraphs(src, opts)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" w:header="851" w:footer="992" w:gutter="0"/>'
           '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>'
           '</w:body></w:document>') % (W_NS, body)
    has_num = bool(opts.get("autonum"))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if has_num else '')
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
                + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' if has_num else '')
                + '</Relationships>')
    title = src.splitlines()[0].lstrip("# ").strip()
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-08-01T00:00:00Z</dcterms:created>'
            '</cp:coreProperties>') % (esc(title), esc(AUTHOR))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application></Properties>')
    settings = SETTINGS_XML % ('<w:trackRevisions/>' if opts.get("tracked") else '')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
               ("word/document.xml", doc), ("word/_rels/document.xml.rels", doc_rels),
               ("word/styles.xml", STYLES_XML), ("word/settings.xml", settings)]
    if has_num:
        members.append(("word/numbering.xml", NUMBERING_XML))
    members += [("docProps/core.xml", core), ("docProps/app.xml", app)]
    write_zip(out, [(n, d.encode("utf-8")) for n, d in members])
    return "\n".join(reader) + "\n"


# ---------------------------------------------------------------- odt
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'office:version="1.3"')


def build_odt(out, src):
    parts = []
    reader = []
    table_rows = []
    tcount = [0]

    def flush_table():
        if not table_rows:
            return
        tcount[0] += 1
        ncol = max(len(r) for r in table_rows)
        x = ['<table:table table:name="表%d" table:style-name="Tbl">' % tcount[0],
             '<table:table-column table:number-columns-repeated="%d"/>' % ncol]
        for r in table_rows:
            x.append("<table:table-row>")
            for c in r:
                x.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % esc(c))
            x.append("</table:table-row>")
            reader.append("\t".join(r))
        x.append("</table:table>")
        parts.append("".join(x))
        table_rows.clear()

    for raw in src.splitlines():
        line = raw.rstrip()
        if line.startswith("|"):
            table_rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        flush_table()
        if not line:
            continue
        if line.startswith("# "):
            t = line[2:]
            parts.append('<text:h text:style-name="Title" text:outline-level="1">%s</text:h>' % esc(t))
        elif line.startswith("## "):
            t = line[3:]
            parts.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % esc(t))
        else:
            t = line
            parts.append('<text:p text:style-name="Body">%s</text:p>' % esc(t))
        reader.append(t)
    flush_table()
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s>'
               '<office:automatic-styles>'
               '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="16cm" table:align="left"/></style:style>'
               '</office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (ODT_NS, "".join(parts))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>'
              '<office:document-styles %s><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK JP" fo:font-size="10.5pt" fo:language="ja" fo:country="JP"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:class="text"><style:paragraph-properties fo:margin-top="0.25cm"/><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
              '</office:styles></office:document-styles>') % ODT_NS
    title = src.splitlines()[0].lstrip("# ").strip()
    meta = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-meta %s><office:meta><dc:title>%s</dc:title>'
            '<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64</meta:generator>'
            '<meta:creation-date>2025-03-01T10:00:00</meta:creation-date></office:meta></office:document-meta>') % (ODT_NS, esc(title))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(out, [("mimetype", b"application/vnd.oasis.opendocument.text"),
                    ("content.xml", content.encode("utf-8")),
                    ("styles.xml", styles.encode("utf-8")),
                    ("meta.xml", meta.encode("utf-8")),
                    ("META-INF/manifest.xml", manifest.encode("utf-8"))])
    return "\n".join(reader) + "\n"


# ---------------------------------------------------------------- html text
class _HtmlText(html.parser.HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "tr", "br", "table", "div", "hr", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.buf.append("\n")
        if tag in ("td", "th"):
            self.buf.append("\t")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.buf.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(re.sub(r"\s+", " ", data))


def html_text(src):
    p = _HtmlText()
    p.feed(src)
    lines = [re.sub(r"^[\t ]+", "", l).rstrip() for l in "".join(p.buf).split("\n")]
    return "\n".join(l for l in lines if l) + "\n"


# ---------------------------------------------------------------- pdf
def build_pdf(out, html_src_name):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        sys.exit("chromium not found: cannot build %s" % out)
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(SRC, html_src_name)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--user-data-dir=" + td,
                        "--print-to-pdf=" + out, "file://" + src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- main
def main():
    os.makedirs(TEXT, exist_ok=True)
    for out_name, (src_name, kind, opts) in TARGETS.items():
        out = os.path.join(OUT, out_name)
        src = read_src(src_name)
        stem = os.path.splitext(out_name)[0]
        if kind == "docx":
            text = build_docx(out, src, opts)
        elif kind == "odt":
            text = build_odt(out, src)
        elif kind == "pdf":
            build_pdf(out, src_name)
            text = html_text(src)
        elif kind == "copy":
            shutil.copyfile(os.path.join(SRC, src_name), out)
            text = html_text(src) if out_name.endswith(".html") else src
        elif kind == "text":
            data = src.replace("\r\n", "\n").replace("\n", opts["newline"])
            enc = opts["encoding"]
            if enc == "utf-16-bom":
                raw = b"\xff\xfe" + data.encode("utf-16-le")
            else:
                raw = data.encode(enc)
            with open(out, "wb") as f:
                f.write(raw)
            text = src
        else:
            raise ValueError(kind)
        with open(os.path.join(TEXT, stem + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        print("built", out_name)


if __name__ == "__main__":
    main()
