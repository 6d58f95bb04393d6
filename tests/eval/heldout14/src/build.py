#!/usr/bin/env python3
"""Rebuild every document of the heldout14 evaluation set from the UTF-8 sources in src/.

Usage: python3 src/build.py   (from the heldout14 directory or anywhere else)
Needs only the Python standard library, plus chromium and (for the check) pdftotext for ja_h05.pdf.
"""
import os
import re
import shutil
import subprocess
import sys
import zipfile
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
FIXED_DATE = (2026, 4, 1, 9, 0, 0)


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def zwrite(z, name, data, compress=True):
    info = zipfile.ZipInfo(name, FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


# ---------------------------------------------------------------- plain text
def copy_utf8(name):
    shutil.copyfile(os.path.join(SRC, name), os.path.join(OUT, name))


def encode_text(name, encoding, crlf=False):
    text = read(name)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.encode(encoding))


# ---------------------------------------------------------------- docx
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def run(text, bold=False, lang=None):
    rpr = ""
    if bold or lang:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (
            '<w:lang w:eastAsia="%s"/>' % lang if lang else "") + "</w:rPr>"
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def para(runs_xml, style=None, num=False, center=False):
    ppr = ""
    if style or num or center:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
        if center:
            ppr += '<w:jc w:val="center"/>'
        ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, runs_xml)


def split_runs(text, sizes=(5, 3, 9, 2, 7, 4)):
    """Split a paragraph into several runs at arbitrary points (as Word does after editing)."""
    out, i, k = [], 0, 0
    while i < len(text):
        n = sizes[k % len(sizes)]
        out.append(run(text[i:i + n], lang="ja-JP" if k % 2 else None))
        i += n
        k += 1
    return "".join(out)


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="%s">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Century" w:eastAsia="MS Mincho" w:hAnsi="Century"/><w:sz w:val="21"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
</w:styles>""" % W_NS

NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="%s">
<w:abstractNum w:abstractNumId="0">
<w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimalFullWidth"/><w:suff w:val="space"/><w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>""" % W_NS


def write_docx(outname, body_xml, numbering=False, title=""):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if numbering else "")
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' if numbering else "")
               + '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>legal</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-04-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>') % escape(title)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1417" w:bottom="1417" w:left="1417" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>') % (W_NS, R_NS, body_xml)
    with zipfile.ZipFile(os.path.join(OUT, outname), "w") as z:
        zwrite(z, "[Content_Types].xml", ct)
        zwrite(z, "_rels/.rels", rels)
        zwrite(z, "docProps/core.xml", core)
        zwrite(z, "word/document.xml", doc)
        zwrite(z, "word/_rels/document.xml.rels", docrels)
        zwrite(z, "word/styles.xml", STYLES)
        if numbering:
            zwrite(z, "word/numbering.xml", NUMBERING)


def build_ja_h01():
    """Article numbers come only from Word automatic numbering (第%1条 in numbering.xml)."""
    lines = read("ja_h01.txt").split("\n")
    body = [para(run(lines[0]), style="Title")]
    for line in lines[1:]:
        if line.startswith("@@"):
            body.append(para(run(line[2:]), style="Heading2", num=True))
        else:
            body.append(para(run(line) if line else ""))
    write_docx("ja_h01.docx", "".join(body), numbering=True, title=lines[0])


def build_ja_h02():
    """Ordinary Word document; every paragraph is split into several runs mid-word."""
    lines = read("ja_h02.txt").split("\n")
    body = [para(split_runs(lines[0]), style="Title")]
    for line in lines[1:]:
        if re.match(r"^第[０-９]+条（", line):
            body.append(para(split_runs(line), style="Heading2"))
        else:
            body.append(para(split_runs(line) if line else ""))
    write_docx("ja_h02.docx", "".join(body), title=lines[0])


def build_en_h03():
    lines = read("en_h03.txt").split("\n")
    body = [para(run(lines[0], bold=True), center=True), para(run(lines[1], bold=True), center=True),
            para(run(lines[2]), center=True)]
    for line in lines[3:]:
        if re.match(r"^(\d+\. |ANNEX )[A-Z]", line):
            body.append(para(run(line, bold=True), style="Heading2"))
        else:
            body.append(para(run(line) if line else ""))
    write_docx("en_h03.docx", "".join(body), title="TalentGrid Data Processing Addendum")


# ---------------------------------------------------------------- odt
def build_ja_h03():
    lines = read("ja_h03.txt").split("\n")
    heads = {"作業をする期間", "名簿の使い方", "話さないこと", "コピーをしないこと", "しまい方",
             "ほかの人に頼まないこと", "なくしたとき", "聞かれたとき", "作業が終わったら", "お礼について"}
    parts = ['<text:h text:style-name="Title" text:outline-level="1">%s</text:h>' % escape(lines[0])]
    for line in lines[1:]:
        if line in heads:
            parts.append('<text:h text:style-name="H2" text:outline-level="2">%s</text:h>' % escape(line))
        elif line:
            parts.append('<text:p text:style-name="Standard">%s</text:p>' % escape(line))
        else:
            parts.append('<text:p text:style-name="Standard"/>')
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" style:font-weight-asian="bold"/></style:style>'
               '<style:style style:name="H2" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.3cm"/>'
               '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
               '</office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>') % (ns, "".join(parts))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>'
              '<office:document-styles %s office:version="1.3"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '</office:styles></office:document-styles>') % ns
    meta = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<dc:title>誓約書</dc:title><meta:generator>heldout14 build.py</meta:generator>'
            '</office:meta></office:document-meta>') % ns
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(os.path.join(OUT, "ja_h03.odt"), "w") as z:
        zwrite(z, "mimetype", "application/vnd.oasis.opendocument.text", compress=False)
        zwrite(z, "META-INF/manifest.xml", manifest)
        zwrite(z, "content.xml", content)
        zwrite(z, "styles.xml", styles)
        zwrite(z, "meta.xml", meta)


# ---------------------------------------------------------------- pdf
def build_ja_h05():
    out = os.path.join(OUT, "ja_h05.pdf")
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not exe:
        sys.exit("chromium not found: cannot build ja_h05.pdf")
    subprocess.run([exe, "--headless", "--no-sandbox", "--no-pdf-header-footer",
                    "--print-to-pdf=" + out, os.path.join(SRC, "ja_h05.html")],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if shutil.which("pdftotext"):
        txt = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True, text=True).stdout
        if "モニター情報" not in txt:
            sys.exit("ja_h05.pdf: text does not extract")


def main():
    build_ja_h01()
    build_ja_h02()
    build_ja_h03()
    copy_utf8("ja_h04.html")
    build_ja_h05()
    encode_text("ja_h06.txt", "shift_jis", crlf=True)
    encode_text("ja_h07.txt", "euc_jp")
    for name in ("ja_h08.md", "ja_h09.txt", "ja_h10.txt", "ja_h11.txt", "ja_h12.txt", "ja_h13.md",
                 "en_h01.txt", "en_h02.md", "en_h04.txt", "en_h05.html", "en_h06.txt", "en_h07.txt"):
        copy_utf8(name)
    build_en_h03()
    print("built 20 documents in", OUT)


if __name__ == "__main__":
    main()
