#!/usr/bin/env python3
"""Build the non-plain-text documents of heldout5 from the UTF-8 sources here.
Usage: python3 src/build.py   (from tests/eval/heldout5 or anywhere)"""
import html, os, re, zipfile
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.dirname(here)

def src(name):
    with open(os.path.join(here, name), encoding="utf-8") as f:
        return f.read().rstrip("\n").split("\n")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CT_HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>')
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')

def runs(text, split):
    if not split or len(text) < 8:
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)
    parts, i, n = [], 0, 0
    while i < len(text):
        step = 7 + (n * 5) % 11          # split runs mid-word, deterministic
        parts.append(text[i:i + step]); i += step; n += 1
    return "".join('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p) for p in parts)

def docx(lines, path, numbered=False, split=False):
    body = []
    for ln in lines:
        if numbered and ln.startswith("#"):
            body.append('<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>%s</w:p>'
                        % runs(ln[1:], False))
        else:
            body.append('<w:p>%s</w:p>' % runs(ln, split))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    ct = CT_HEAD
    if numbered:
        ct += '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    ct += '</Types>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", doc)
        if numbered:
            z.writestr("word/_rels/document.xml.rels",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                       '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                       '</Relationships>')
            z.writestr("word/numbering.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
                       '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>'
                       '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                       '<w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                       '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)

def odt(lines, path):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    paras = []
    for ln in lines:
        if re.match(r"^第\d+条", ln):
            paras.append('<text:h text:outline-level="2">%s</text:h>' % escape(ln))
        elif ln == "":
            paras.append('<text:p/>')
        else:
            paras.append('<text:p>%s</text:p>' % escape(ln))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>'
               % (ns, "".join(paras)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)

def htmlfile(lines, path):
    outl = ['<!DOCTYPE html>', '<html lang="ja">', '<head>', '<meta charset="utf-8">',
            '<title>%s</title>' % html.escape(lines[0]), '<style>table{border-collapse:collapse}td{border:1px solid #999;padding:4px}</style>',
            '</head>', '<body>', '<h1>%s</h1>' % html.escape(lines[0])]
    table = False
    for ln in lines[1:]:
        if ln.startswith("|"):
            if not table:
                outl.append('<table>'); table = True
            cells = ln.strip("|").split("|")
            outl.append('<tr>%s</tr>' % "".join('<td>%s</td>' % html.escape(c) for c in cells))
            continue
        if table:
            outl.append('</table>'); table = False
        if not ln:
            continue
        if re.match(r"^第\d+条", ln):
            outl.append('<h2>%s</h2>' % html.escape(ln))
        else:
            outl.append('<p>%s</p>' % html.escape(ln))
    outl += ['</body>', '</html>']
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(outl) + "\n")

docx(src("ja_03.src.txt"), os.path.join(out, "ja_03.docx"), numbered=True)
with open(os.path.join(out, "ja_04.txt"), "wb") as f:
    f.write(("\r\n".join(src("ja_04.src.txt")) + "\r\n").encode("shift_jis"))
htmlfile(src("ja_07.src.txt"), os.path.join(out, "ja_07.html"))
with open(os.path.join(out, "ja_09.txt"), "wb") as f:
    f.write(b"\xff\xfe" + ("\r\n".join(src("ja_09.src.txt")) + "\r\n").encode("utf-16-le"))
odt(src("ja_10.src.txt"), os.path.join(out, "ja_10.odt"))
docx(src("ja_11.src.txt"), os.path.join(out, "ja_11.docx"), split=True)
