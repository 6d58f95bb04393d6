#!/usr/bin/env python3
"""Rebuild every document of the heldout13 set from the UTF-8 sources in this folder.

Usage: python3 src/build.py   (from the heldout13 folder, or from anywhere)
Needs only the Python standard library, plus `chromium` for ja_05.pdf.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
FIXED_DATE = (2026, 3, 25, 9, 0, 0)


def read(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_zip(path, members, mimetype=None):
    """members: list of (name, str). mimetype (ODF) is written first, stored."""
    with zipfile.ZipFile(path, "w") as z:
        if mimetype is not None:
            zi = zipfile.ZipInfo("mimetype", FIXED_DATE)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, mimetype)
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------- docx
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def parse_marked(text):
    """Lines 'T:' title, 'H:' heading, 'A:' auto-numbered article,
    'D:' tracked deletion, 'I:' tracked insertion, otherwise a plain paragraph."""
    paras = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if len(line) > 2 and line[1] == ":" and line[0] in "THADI":
            paras.append((line[0], line[2:]))
        else:
            paras.append(("P", line))
    return paras


def run(text, bold=False, deleted=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    tag = "w:delText" if deleted else "w:t"
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, escape(text), tag)


def docx_document(paras, author="あおば損保 法務部", date="2026-02-10T10:00:00Z"):
    body = []
    rev = 1
    for kind, text in paras:
        if kind == "T":
            body.append('<w:p><w:pPr><w:pStyle w:val="Title"/><w:jc w:val="center"/></w:pPr>%s</w:p>'
                        % run(text, bold=True))
            body.append("<w:p/>")
        elif kind == "H":
            body.append('<w:p><w:pPr><w:pStyle w:val="ArticleHeading"/></w:pPr>%s</w:p>' % run(text))
        elif kind == "A":
            body.append('<w:p><w:pPr><w:pStyle w:val="Article"/><w:numPr><w:ilvl w:val="0"/>'
                        '<w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>' % run(text))
        elif kind == "D":
            body.append('<w:p><w:pPr><w:rPr><w:del w:id="%d" w:author="%s" w:date="%s"/></w:rPr></w:pPr>'
                        '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del></w:p>'
                        % (rev, escape(author), date, rev + 1, escape(author), date,
                           run(text, deleted=True)))
            rev += 2
        elif kind == "I":
            body.append('<w:p><w:pPr><w:rPr><w:ins w:id="%d" w:author="%s" w:date="%s"/></w:rPr></w:pPr>'
                        '<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins></w:p>'
                        % (rev, escape(author), date, rev + 1, escape(author), date, run(text)))
            rev += 2
        else:
            body.append("<w:p>%s</w:p>" % run(text))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1701" w:right="1417" w:bottom="1417" w:left="1417" w:header="851" '
            'w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W_NS, "".join(body)))


DOCX_STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<w:styles %s>'
               '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Century" w:eastAsia="ＭＳ 明朝" '
               'w:hAnsi="Century"/><w:sz w:val="21"/><w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr>'
               '</w:rPrDefault></w:docDefaults>'
               '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
               '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
               '<w:rPr><w:sz w:val="28"/></w:rPr></w:style>'
               '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/>'
               '<w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="180"/></w:pPr></w:style>'
               '<w:style w:type="paragraph" w:styleId="Article"><w:name w:val="Article"/>'
               '<w:basedOn w:val="Normal"/></w:style>'
               '</w:styles>' % W_NS)

DOCX_NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  '<w:numbering %s>'
                  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                  '<w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
                  '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
                  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                  '</w:numbering>' % W_NS)


def build_docx(src, out, numbering=False):
    paras = parse_marked(read(src))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
             if numbering else '') +
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
               + ('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                  if numbering else '') +
               '</Relationships>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
               ("word/document.xml", docx_document(paras)),
               ("word/_rels/document.xml.rels", docrels),
               ("word/styles.xml", DOCX_STYLES)]
    if numbering:
        members.append(("word/numbering.xml", DOCX_NUMBERING))
    write_zip(os.path.join(OUT, out), members)


# ---------------------------------------------------------------- odt
def build_odt(src, out):
    paras = parse_marked(read(src))
    ps = []
    for kind, text in paras:
        style = {"T": "Title", "H": "Heading"}.get(kind, "Body")
        ps.append('<text:p text:style-name="%s">%s</text:p>' % (style, escape(text)))
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3">'
               '<office:automatic-styles>'
               '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm"/>'
               '<style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="Body" style:family="paragraph"/>'
               '</office:automatic-styles>'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ns, "".join(ps)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3"><office:styles/></office:document-styles>' % ns)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(os.path.join(OUT, out),
              [("content.xml", content), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)],
              mimetype="application/vnd.oasis.opendocument.text")


# ---------------------------------------------------------------- text
def write_bytes(out, data):
    with open(os.path.join(OUT, out), "wb") as f:
        f.write(data)


def build_encoded(src, out, encoding, crlf=False):
    text = read(src)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    write_bytes(out, text.encode(encoding))


NO_LINE_END = set("（「『［｛〔〈《【")
NO_LINE_START = set("、。，．・：；？！」』）］｝〕〉》】ぁぃぅぇぉっゃゅょァィゥェォッャュョー")


def hard_wrap(text, width=36):
    """Break every line after about `width` characters, wherever that falls
    (mid-word, mid-sentence), nudging a break so that a line never starts with
    closing punctuation."""
    out = []
    for line in text.split("\n"):
        first = True
        while len(line) > width:
            cut = width
            while cut < len(line) and line[cut] in NO_LINE_START:
                cut += 1
            if line[cut - 1] in NO_LINE_END:
                cut -= 1
            out.append(line[:cut])
            line = line[cut:]
            first = False
        if line or first:
            out.append(line)
    return "\n".join(out)


def build_wrapped(src, out):
    write_bytes(out, hard_wrap(read(src)).encode("utf-8"))


def copy(src, out):
    shutil.copyfile(os.path.join(SRC, src), os.path.join(OUT, out))


def build_pdf(src, out):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        sys.exit("chromium not found: cannot build %s" % out)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-pdf-header-footer", "--user-data-dir=" + tmp,
                        "--print-to-pdf=" + os.path.join(OUT, out),
                        "file://" + os.path.join(SRC, src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main():
    build_docx("ja_01.src.txt", "ja_01.docx", numbering=True)
    build_docx("ja_02.src.txt", "ja_02.docx")
    build_odt("ja_03.src.txt", "ja_03.odt")
    copy("ja_04.html", "ja_04.html")
    build_pdf("ja_05.html", "ja_05.pdf")
    build_encoded("ja_06.txt", "ja_06.txt", "shift_jis", crlf=True)
    build_encoded("ja_07.txt", "ja_07.txt", "iso2022_jp")
    build_wrapped("ja_08.txt", "ja_08.txt")
    copy("ja_09.md", "ja_09.md")
    for n in ("ja_10", "ja_11", "ja_12", "ja_13", "ja_14"):
        copy(n + ".txt", n + ".txt")
    copy("en_01.txt", "en_01.txt")
    copy("en_02.html", "en_02.html")
    copy("en_03.md", "en_03.md")
    for n in ("en_04", "en_05", "en_06"):
        copy(n + ".txt", n + ".txt")
    print("built into", OUT)


if __name__ == "__main__":
    main()
