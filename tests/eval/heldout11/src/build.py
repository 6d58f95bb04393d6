#!/usr/bin/env python3
"""Rebuild the heldout11 evaluation documents from the UTF-8 sources in this folder.

Usage:  python3 src/build.py            (from tests/eval/heldout11 or anywhere)

Standard library only, plus `chromium` (HTML -> PDF for ja_06.pdf).  Writes every
document into the parent folder and the text a reader should extract from each one
into ../text/ (tracked deletions removed, tracked insertions kept, Word automatic
numbering shown, HTML tags removed).

Source markup:
  ja_01.src.txt  a line starting with "§" is an article heading; Word numbers it
                 automatically (numbering.xml lvlText "第%1条"), the "§" is dropped.
  ja_02.src.txt  [-text-] is a tracked deletion, {+text+} a tracked insertion.
  ja_03.src.txt  "# " / "## " lines become ODF headings of level 1 / 2.
  ja_10.src.txt  hard-wrapped at 35 characters per line when built.
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

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REV_AUTHOR = "法務部 佐藤"
REV_DATE = "2025-05-08T10:15:00Z"


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


def write_text(name, text):
    os.makedirs(TEXT, exist_ok=True)
    base = os.path.splitext(name)[0] + ".txt"
    if not text.endswith("\n"):
        text += "\n"
    with open(os.path.join(TEXT, base), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- docx helpers
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
{numbering}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

NUMBERING_CT = ('<Override PartName="/word/numbering.xml" ContentType="application/'
                'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\n')

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>
{numbering}</Relationships>"""

NUMBERING_REL = ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/'
                 'officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\n')

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{w}">
<w:docDefaults>
<w:rPrDefault><w:rPr><w:rFonts w:ascii="Century" w:eastAsia="ＭＳ 明朝" w:hAnsi="Century"/><w:kern w:val="2"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault>
</w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article Heading"/><w:basedOn w:val="a"/><w:pPr><w:keepNext/><w:spacing w:before="180"/></w:pPr></w:style>
</w:styles>""".replace("{w}", W_NS)

SETTINGS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{w}">{track}<w:defaultTabStop w:val="840"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="{w}">
<w:abstractNum w:abstractNumId="0">
<w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>""".replace("{w}", W_NS)

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>
<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-01T09:00:00Z</dcterms:created>
</cp:coreProperties>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>"""


def run(text, tag="w:t"):
    return '<w:r><%s xml:space="preserve">%s</%s></w:r>' % (tag, escape(text), tag)


def docx_package(name, body_xml, title, numbering=False, track=False):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1985" w:right="1701" w:bottom="1701" w:left="1701" w:header="851" w:footer="992" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % (W_NS, body_xml)
    path = os.path.join(OUT, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES.replace("{numbering}", NUMBERING_CT if numbering else ""))
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS.replace("{numbering}", NUMBERING_REL if numbering else ""))
        z.writestr("word/document.xml", doc)
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS.replace("{w}", W_NS).replace("{track}", "<w:trackRevisions/>" if track else ""))
        if numbering:
            z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("docProps/core.xml", CORE.format(title=escape(title), author="作成者"))
        z.writestr("docProps/app.xml", APP)


def build_ja_01():
    lines = read("ja_01.src.txt").splitlines()
    body, text, n = [], [], 0
    title = lines[0]
    body.append('<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>%s</w:p>' % run(title))
    text.append(title)
    for line in lines[1:]:
        if not line.strip():
            continue
        if line.startswith("§"):
            n += 1
            head = line[1:]
            body.append('<w:p><w:pPr><w:pStyle w:val="Article"/><w:numPr><w:ilvl w:val="0"/>'
                        '<w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>' % run(head))
            text.append("第%d条%s" % (n, head))
        else:
            body.append("<w:p>%s</w:p>" % run(line))
            text.append(line)
    docx_package("ja_01.docx", "".join(body), title, numbering=True)
    write_text("ja_01.docx", "\n".join(text))


TRACK_RE = re.compile(r"(\[-.*?-\]|\{\+.*?\+\})")


def build_ja_02():
    lines = read("ja_02.src.txt").splitlines()
    body, text, rid = [], [], [0]

    def rev():
        rid[0] += 1
        return 'w:id="%d" w:author="%s" w:date="%s"' % (rid[0], REV_AUTHOR, REV_DATE)

    first = True
    for line in lines:
        if not line.strip():
            continue
        ppr = '<w:pPr><w:pStyle w:val="Title"/></w:pPr>' if first else ""
        first = False
        whole_del = line.startswith("[-") and line.endswith("-]") and line.count("[-") == 1
        whole_ins = line.startswith("{+") and line.endswith("+}") and line.count("{+") == 1
        if whole_del:
            ppr = '<w:pPr><w:rPr><w:del %s/></w:rPr></w:pPr>' % rev()
        elif whole_ins:
            ppr = '<w:pPr><w:rPr><w:ins %s/></w:rPr></w:pPr>' % rev()
        runs, kept = [], []
        for part in TRACK_RE.split(line):
            if not part:
                continue
            if part.startswith("[-"):
                runs.append("<w:del %s>%s</w:del>" % (rev(), run(part[2:-2], "w:delText")))
            elif part.startswith("{+"):
                runs.append("<w:ins %s>%s</w:ins>" % (rev(), run(part[2:-2])))
                kept.append(part[2:-2])
            else:
                runs.append(run(part))
                kept.append(part)
        body.append("<w:p>%s%s</w:p>" % (ppr, "".join(runs)))
        if not whole_del:
            text.append("".join(kept))
    docx_package("ja_02.docx", "".join(body), lines[0], track=True)
    write_text("ja_02.docx", "\n".join(text))


# ---------------------------------------------------------------- odt
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
<style:default-style style:family="paragraph"><style:text-properties style:font-name-asian="Noto Serif CJK JP" fo:font-size="10.5pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="14pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm"/></style:style>
</office:styles>
</office:document-styles>""" % ODT_NS

ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta %s office:version="1.2"><office:meta><dc:title>%s</dc:title><meta:generator>heldout11 build.py</meta:generator></office:meta></office:document-meta>"""


def build_ja_03():
    lines = read("ja_03.src.txt").splitlines()
    body, text = [], []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("## "):
            body.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % escape(line[3:]))
            text.append(line[3:])
        elif line.startswith("# "):
            body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % escape(line[2:]))
            text.append(line[2:])
        else:
            body.append('<text:p text:style-name="Standard">%s</text:p>' % escape(line))
            text.append(line)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (ODT_NS, "".join(body))
    path = os.path.join(OUT, "ja_03.odt")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", ODT_MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", ODT_STYLES, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("meta.xml", ODT_META % (ODT_NS, escape(text[0])), compress_type=zipfile.ZIP_DEFLATED)
    write_text("ja_03.odt", "\n".join(text))


# ---------------------------------------------------------------- html
class _Text(html.parser.HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "tr", "br", "header", "footer", "nav", "main", "table", "ol", "ul"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        elif tag in self.BLOCK:
            self.out.append("\n")
        elif tag == "td":
            self.out.append("  ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head"):
            self.skip -= 1
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data) if data.strip() else "")


def html_text(src):
    p = _Text()
    p.feed(src)
    lines = [l.strip() for l in "".join(p.out).split("\n")]
    return "\n".join(l for l in lines if l)


def build_html(name):
    src = read(name)
    write_bytes(name, src.encode("utf-8"))
    write_text(name, html_text(src))


def build_ja_06():
    src = read("ja_06.html")
    out = os.path.join(OUT, "ja_06.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        h = os.path.join(tmp, "ja_06.html")
        with open(h, "w", encoding="utf-8") as f:
            f.write(src)
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--user-data-dir=" + os.path.join(tmp, "profile"),
                        "--print-to-pdf=" + out, "file://" + h],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    write_text("ja_06.pdf", html_text(src))


# ---------------------------------------------------------------- plain text
def build_plain(src_name, out_name, encoding="utf-8", crlf=False, bom=b""):
    text = read(src_name)
    data = text.replace("\n", "\r\n") if crlf else text
    write_bytes(out_name, bom + data.encode(encoding))
    write_text(out_name, text)


def hard_wrap(text, width=35):
    """Break every line after `width` characters, mid-word and mid-sentence, like text
    copied out of a PDF; closing punctuation is kept at the end of the line (kinsoku)."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            cut = width
            while cut < len(line) and line[cut] in "。、）」』，．":
                cut += 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


def build_ja_10():
    text = hard_wrap(read("ja_10.src.txt"))
    write_bytes("ja_10.txt", text.encode("utf-8"))
    write_text("ja_10.txt", text)


def main():
    build_ja_01()
    build_ja_02()
    build_ja_03()
    build_html("ja_04.html")
    build_html("ja_05.html")
    build_ja_06()
    build_plain("ja_07.src.txt", "ja_07.txt", "shift_jis", crlf=True)
    build_plain("ja_08.src.txt", "ja_08.txt", "iso2022_jp")
    build_plain("ja_09.src.txt", "ja_09.txt", "utf-16-le", bom=b"\xff\xfe")
    build_ja_10()
    build_plain("ja_11.md", "ja_11.md")
    build_plain("ja_12.src.txt", "ja_12.txt")
    build_plain("ja_13.src.txt", "ja_13.txt")
    build_plain("ja_14.src.txt", "ja_14.txt")
    for n in ("en_01.txt", "en_02.txt", "en_03.txt", "en_05.txt", "en_06.md"):
        build_plain(n, n)
    build_html("en_04.html")
    print("built", len(os.listdir(OUT)) - 2, "files into", OUT)


if __name__ == "__main__":
    sys.exit(main())
