#!/usr/bin/env python3
"""Build the heldout3 documents from the UTF-8 sources in this directory.
Usage: python3 build.py   (writes into the parent directory)"""
import html, os, re, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def src(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()

def write_bytes(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)

def esc(s):
    return html.escape(s, quote=False)

# ---------------------------------------------------------------- docx
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '%s</Types>')
CT_NUM = ('<Override PartName="/word/numbering.xml" ContentType="application/'
          'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '%s</Relationships>')
NUM_REL = ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
           'officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:numbering %s><w:abstractNum w:abstractNumId="0">'
             '<w:multiLevelType w:val="singleLevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:suff w:val="nothing"/><w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '</w:numbering>' % W)

def para(text, numbered=False):
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ''
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, esc(text))

def docx(text, name, autonum):
    body = []
    for line in text.split("\n"):
        m = re.match(r"^第\d+条(（.*）)$", line)
        if autonum and m:
            body.append(para(m.group(1), True))
        else:
            body.append(para(line))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    with zipfile.ZipFile(os.path.join(OUT, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT % (CT_NUM if autonum else ""))
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS % (NUM_REL if autonum else ""))
        if autonum:
            z.writestr("word/numbering.xml", NUMBERING)
        z.writestr("word/document.xml", doc)

# ---------------------------------------------------------------- odt
def odt(text, name):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    body = []
    for line in text.split("\n"):
        if re.match(r"^第\d+(章|条)", line):
            body.append('<text:h text:outline-level="2">%s</text:h>' % esc(line))
        else:
            body.append('<text:p>%s</text:p>' % esc(line))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s '
               'office:version="1.2"><office:body><office:text>%s</office:text>'
               '</office:body></office:document-content>' % (ns, "".join(body)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(os.path.join(OUT, name), "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)

# ---------------------------------------------------------------- html
def to_html(text, name):
    lines = text.split("\n")
    out = ['<!DOCTYPE html>', '<html lang="ja">', '<head>', '<meta charset="utf-8">',
           '<title>%s</title>' % esc(lines[0]), '</head>', '<body>',
           '<h1>%s</h1>' % esc(lines[0])]
    in_ol = False
    for line in lines[1:]:
        m = re.match(r"^\d+\. (.*)$", line)
        if m:
            if not in_ol:
                out.append("<ol>")
                in_ol = True
            out.append("<li>%s</li>" % esc(m.group(1)))
            continue
        if in_ol:
            out.append("</ol>")
            in_ol = False
        if not line.strip():
            continue
        if re.match(r"^第\d+条", line):
            out.append("<h2>%s</h2>" % esc(line))
        else:
            out.append("<p>%s</p>" % esc(line))
    if in_ol:
        out.append("</ol>")
    out += ["</body>", "</html>", ""]
    write_bytes(name, "\n".join(out).encode("utf-8"))

def main():
    for n in ["h3_ja_01.txt", "h3_ja_04.md", "h3_ja_09.txt", "h3_ja_10.txt",
              "h3_ja_11.txt", "h3_ja_12.txt", "h3_ja_13.txt", "h3_ja_14.txt",
              "h3_en_01.txt", "h3_en_02.md", "h3_en_03.txt", "h3_en_04.txt"]:
        write_bytes(n, src(n).encode("utf-8"))
    docx(src("h3_ja_02.txt"), "h3_ja_02.docx", autonum=True)
    write_bytes("h3_ja_03.txt", src("h3_ja_03.txt").replace("\n", "\r\n").encode("shift_jis"))
    write_bytes("h3_ja_05.txt", src("h3_ja_05.txt").replace("\n", "\r\n").encode("utf-16"))
    to_html(src("h3_ja_06.txt"), "h3_ja_06.html")
    docx(src("h3_ja_07.txt"), "h3_ja_07.docx", autonum=False)
    odt(src("h3_ja_08.txt"), "h3_ja_08.odt")

if __name__ == "__main__":
    main()
