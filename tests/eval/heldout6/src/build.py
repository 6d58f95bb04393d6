#!/usr/bin/env python3
"""Build the heldout6 documents from the UTF-8 sources in this directory.

Plain .txt/.md sources are copied as they are; ja_03 is written in EUC-JP,
ja_05 and ja_14 become .docx (ja_05 with automatic 第%1条 numbering),
ja_07 becomes .html and ja_10 becomes .odt.  Run: python3 build.py
"""
import html, os, re, shutil, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ART = re.compile(r"^第([0-9０-９]+)条(.*)$")


def src(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def paras(text):
    return [l for l in text.split("\n")]


def esc(s):
    return html.escape(s, quote=False)


# ---------------------------------------------------------------- docx
CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
%s</Types>"""
NUM_CT = '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\n'
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
%s</Relationships>"""
NUM_REL = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\n'
NUMBERING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0">
<w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"""
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(t):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % esc(t)


def docx(text, out, autonum):
    body = []
    expect = 1
    for line in paras(text):
        m = ART.match(line)
        if autonum and m:
            n = int(m.group(1).translate(str.maketrans("０１２３４５６７８９", "0123456789")))
            assert n == expect, (out, n, expect)
            expect += 1
            body.append('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/>'
                        '</w:numPr><w:rPr><w:b/></w:rPr></w:pPr>'
                        '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                        % esc(m.group(2)))
        elif line == "":
            body.append("<w:p/>")
        else:
            body.append("<w:p>%s</w:p>" % run(line))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body)))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT % (NUM_CT if autonum else ""))
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS % (NUM_REL if autonum else ""))
        z.writestr("word/document.xml", doc)
        if autonum:
            z.writestr("word/numbering.xml", NUMBERING)


# ---------------------------------------------------------------- odt
MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def odt(text, out):
    body = []
    for line in paras(text):
        if ART.match(line) or line.startswith("別紙"):
            body.append('<text:h text:outline-level="2">%s</text:h>' % esc(line))
        else:
            body.append("<text:p>%s</text:p>" % esc(line))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % "".join(body))
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


# ---------------------------------------------------------------- html
def htmldoc(text, out):
    lines = paras(text)
    title = lines[0]
    body = ["<h1>%s</h1>" % esc(title)]
    for line in lines[1:]:
        if not line:
            continue
        if ART.match(line):
            body.append("<h2>%s</h2>" % esc(line))
        else:
            body.append("<p>%s</p>" % esc(line))
    page = ('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
            '<title>%s</title>\n<style>body{font-family:serif;max-width:42em;margin:auto}'
            'h2{font-size:1em;margin-top:1.2em}</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (esc(title), "\n".join(body)))
    with open(out, "w", encoding="utf-8") as f:
        f.write(page)


def main():
    copies = ["ja_01.txt", "ja_02.md", "ja_04.txt", "ja_06.txt", "ja_08.txt", "ja_09.txt",
              "ja_11.txt", "ja_12.txt", "ja_13.txt", "ja_15.md", "ja_16.txt",
              "en_01.txt", "en_02.txt", "en_03.md", "en_04.txt"]
    for name in copies:
        shutil.copyfile(os.path.join(HERE, name), os.path.join(OUT, name))
    with open(os.path.join(OUT, "ja_03.txt"), "wb") as f:
        f.write(src("ja_03.txt").encode("euc_jp"))
    docx(src("ja_05.txt"), os.path.join(OUT, "ja_05.docx"), autonum=True)
    docx(src("ja_14.txt"), os.path.join(OUT, "ja_14.docx"), autonum=False)
    htmldoc(src("ja_07.txt"), os.path.join(OUT, "ja_07.html"))
    odt(src("ja_10.txt"), os.path.join(OUT, "ja_10.odt"))


if __name__ == "__main__":
    main()
