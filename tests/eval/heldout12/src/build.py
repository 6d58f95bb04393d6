#!/usr/bin/env python3
"""Rebuild the held-out documents from the UTF-8 sources in this directory.

Usage: python3 src/build.py   (from tests/eval/heldout12 or anywhere)

Outputs go to the parent directory (tests/eval/heldout12/), plus text/ with the
UTF-8 text a reader should extract from each document.  Standard library only;
the PDF needs `chromium` (headless) and the text check of the PDF uses `pdftotext`.
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
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
TEXT = os.path.join(OUT, "text")

# output file -> (source file, kind)
PLAIN = {
    "ja_04.html": "ja_04.html",
    "ja_08.txt": "ja_08.txt",
    "ja_09.md": "ja_09.md",
    "ja_10.txt": "ja_10.txt",
    "ja_11.txt": "ja_11.txt",
    "ja_12.txt": "ja_12.txt",
    "ja_13.txt": "ja_13.txt",
    "ja_14.txt": "ja_14.txt",
    "en_01.txt": "en_01.txt",
    "en_02.txt": "en_02.txt",
    "en_03.md": "en_03.md",
    "en_04.html": "en_04.html",
    "en_05.txt": "en_05.txt",
    "en_06.txt": "en_06.txt",
}

FIXED_DATE = (2025, 6, 1, 9, 0, 0)


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_bytes(path, data):
    with open(path, "wb") as f:
        f.write(data)


def zwrite(z, name, data, store=False):
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = zipfile.ZIP_STORED if store else zipfile.ZIP_DEFLATED
    z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------- DOCX
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
{numbering}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
{numbering}</Relationships>"""

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Century" w:eastAsia="MS Mincho" w:hAnsi="Century"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/><w:basedOn w:val="a"/><w:pPr><w:keepNext/><w:spacing w:before="120"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="210" w:hanging="210"/></w:pPr></w:style>
</w:styles>""" % W_NS

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering %s>
<w:abstractNum w:abstractNumId="0">
<w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Article"/><w:suff w:val="space"/><w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="210" w:hanging="210"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>""" % W_NS

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-05-01T09:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2025-05-01T09:00:00Z</dcterms:modified>
</cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>"""


def run(text, variant=0):
    rpr = ["", '<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>',
           '<w:rPr><w:lang w:eastAsia="ja-JP"/></w:rPr>'][variant % 3]
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def para(runs_xml, style=None, num=False):
    ppr = ""
    if style:
        ppr = '<w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>' % (
            style, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if num else "")
    return "<w:p>%s%s</w:p>" % (ppr, runs_xml)


def build_docx(path, body_paras, numbering, title):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" w:header="851" w:footer="992" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % (W_NS, "".join(body_paras))
    with zipfile.ZipFile(path, "w") as z:
        zwrite(z, "[Content_Types].xml", CONTENT_TYPES.format(
            numbering='<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\n' if numbering else ""))
        zwrite(z, "_rels/.rels", ROOT_RELS)
        zwrite(z, "word/_rels/document.xml.rels", DOC_RELS.format(
            numbering='<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\n' if numbering else ""))
        zwrite(z, "word/document.xml", doc)
        zwrite(z, "word/styles.xml", STYLES)
        if numbering:
            zwrite(z, "word/numbering.xml", NUMBERING)
        zwrite(z, "docProps/core.xml", CORE.format(title=escape(title), creator="user"))
        zwrite(z, "docProps/app.xml", APP)


def build_ja_01():
    """Word automatic numbering 第%1条; the article numbers are not in the text."""
    lines = read("ja_01.src.txt").split("\n")
    paras, text_lines, n = [], [], 0
    first = True
    for line in lines:
        if first and line.strip():
            paras.append(para(run(line), "Title"))
            text_lines.append(line)
            first = False
            continue
        if line.startswith("§"):
            n += 1
            paras.append(para(run(line[1:]), "Article", num=True))
            text_lines.append("第%d条 %s" % (n, line[1:]))
        elif re.match(r"^（.+）$", line):
            paras.append(para(run(line), "ArticleHeading"))
            text_lines.append(line)
        else:
            paras.append(para(run(line) if line else ""))
            text_lines.append(line)
    build_docx(os.path.join(OUT, "ja_01.docx"), paras, True, "ペットホテル予約受付業務委託契約書")
    return "\n".join(text_lines)


def split_runs(line):
    """Split a paragraph into runs at fixed, word-ignoring offsets (as Word's
    revision-save ids and proofing marks do), alternating run properties."""
    sizes = [5, 2, 9, 3, 1, 7, 4, 11, 2, 6]
    out, i, k = [], 0, 0
    while i < len(line):
        s = sizes[k % len(sizes)]
        out.append(run(line[i:i + s], k))
        i += s
        k += 1
    return "".join(out)


def build_ja_02():
    src = read("ja_02.txt")
    paras = []
    for i, line in enumerate(src.split("\n")):
        if i == 0:
            paras.append(para(split_runs(line), "Title"))
        elif re.match(r"^第\d+条（", line):
            paras.append(para(split_runs(line), "ArticleHeading"))
        else:
            paras.append(para(split_runs(line) if line else ""))
    build_docx(os.path.join(OUT, "ja_02.docx"), paras, False, "外商顧客管理業務委託契約書")
    return src


# ---------------------------------------------------------------- ODT
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')

ODT_STYLES = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles %s office:version="1.2">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name-asian="IPAmincho" fo:font-size="10.5pt"/></style:style>
<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>
</office:styles>
</office:document-styles>""" % ODT_NS

ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta %s office:version="1.2"><office:meta><meta:generator>LibreOffice/7.5</meta:generator><dc:title>{title}</dc:title></office:meta></office:document-meta>""" % ODT_NS


def odt_text(s):
    # keep runs of spaces (full-width spaces are ordinary characters)
    return re.sub(r"  +", lambda m: ' <text:s text:c="%d"/>' % (len(m.group()) - 1), escape(s))


def build_ja_03():
    src = read("ja_03.txt")
    body = []
    for i, line in enumerate(src.split("\n")):
        style = "Title" if i == 0 else "Standard"
        body.append('<text:p text:style-name="%s">%s</text:p>' % (style, odt_text(line)))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (ODT_NS, "".join(body))
    with zipfile.ZipFile(os.path.join(OUT, "ja_03.odt"), "w") as z:
        zwrite(z, "mimetype", "application/vnd.oasis.opendocument.text", store=True)
        zwrite(z, "META-INF/manifest.xml", ODT_MANIFEST)
        zwrite(z, "content.xml", content)
        zwrite(z, "styles.xml", ODT_STYLES)
        zwrite(z, "meta.xml", ODT_META.format(title="障害福祉サービス費請求事務委託契約書"))
    return src


# ---------------------------------------------------------------- HTML / PDF
class _Text(html.parser.HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "li", "tr", "div", "br", "nav", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag in ("td", "a"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_text(s):
    p = _Text()
    p.feed(s)
    text = "".join(p.parts)
    lines = [l.strip() for l in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def build_ja_05():
    out = os.path.join(OUT, "ja_05.pdf")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not chromium:
        sys.exit("chromium not found: needed for ja_05.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "ja_05.html")
        shutil.copy(os.path.join(SRC, "ja_05.html"), src)
        subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--print-to-pdf=" + out, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return html_to_text(read("ja_05.html"))


# ---------------------------------------------------------------- main
def main():
    os.makedirs(TEXT, exist_ok=True)
    texts = {}
    texts["ja_01"] = build_ja_01()
    texts["ja_02"] = build_ja_02()
    texts["ja_03"] = build_ja_03()
    texts["ja_05"] = build_ja_05()
    # Shift_JIS with CRLF
    s = read("ja_06.txt")
    write_bytes(os.path.join(OUT, "ja_06.txt"), s.replace("\n", "\r\n").encode("shift_jis"))
    texts["ja_06"] = s
    # EUC-JP with LF
    s = read("ja_07.txt")
    write_bytes(os.path.join(OUT, "ja_07.txt"), s.encode("euc_jp"))
    texts["ja_07"] = s
    for out, src in PLAIN.items():
        s = read(src)
        write_bytes(os.path.join(OUT, out), s.encode("utf-8"))
        stem = out.rsplit(".", 1)[0]
        texts[stem] = html_to_text(s) if out.endswith(".html") else s
    for stem, t in texts.items():
        write_bytes(os.path.join(TEXT, stem + ".txt"), (t.rstrip("\n") + "\n").encode("utf-8"))
    print("built %d documents" % len(texts))


if __name__ == "__main__":
    main()
