#!/usr/bin/env python3
"""Build the binary-format held-out documents from the .src texts in this
directory.  Run from anywhere: python3 tests/eval/heldout/src/build.py"""
import os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
FIXED = (2026, 1, 1, 0, 0, 0)


def zput(z, name, data, stored=False):
    zi = zipfile.ZipInfo(name, FIXED)
    zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    z.writestr(zi, data.encode('utf-8') if isinstance(data, str) else data)


def run(t):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(t)


def runs_split(t, step):
    # split mid-word every `step` characters, as Word does after edits
    out = []
    for i in range(0, len(t), step):
        out.append('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr>'
                   '<w:t xml:space="preserve">%s</w:t></w:r>' % escape(t[i:i + step]))
        if i % (step * 3) == 0:
            out.append('<w:proofErr w:type="spellStart"/>')
    return ''.join(out)


def docx(name, paras, numbering=False):
    body = []
    for kind, text, step in paras:
        ppr = ''
        if kind == 'num':
            ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        elif kind == 'title':
            ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>'
        r = runs_split(text, step) if step else run(text)
        body.append('<w:p>%s%s</w:p>' % (ppr, r))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, ''.join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if numbering else '')
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    with zipfile.ZipFile(os.path.join(OUT, name), 'w') as z:
        zput(z, '[Content_Types].xml', ct)
        zput(z, '_rels/.rels', rels)
        zput(z, 'word/document.xml', doc)
        if numbering:
            zput(z, 'word/_rels/document.xml.rels',
                 '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
                 '</Relationships>')
            zput(z, 'word/numbering.xml',
                 '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<w:numbering %s><w:abstractNum w:abstractNumId="0">'
                 '<w:multiLevelType w:val="singleLevel"/>'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/><w:suff w:val="space"/>'
                 '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)


def read(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return [l for l in f.read().split('\n') if l.strip()]


def build_ja_h05():
    lines = read('ja_h05.src')
    paras = [('title', lines[0], 0)]
    for l in lines[1:]:
        paras.append(('num', l[1:], 0) if l.startswith('@') else ('p', l, 0))
    docx('ja_h05.docx', paras, numbering=True)


def build_ja_h12():
    lines = read('ja_h12.src')
    paras = [('title', lines[0], 0)] + [('p', l, 7) for l in lines[1:]]
    docx('ja_h12.docx', paras)


def build_en_h02():
    lines = read('en_h02.src')
    paras = [('title', lines[0], 0)] + [('p', l, 0) for l in lines[1:]]
    docx('en_h02.docx', paras)


def build_ja_h08():
    lines = read('ja_h08.src')
    ps = ''.join('<text:p text:style-name="%s">%s</text:p>'
                 % ('Title' if i == 0 else 'Standard', escape(l)) for i, l in enumerate(lines))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % ps)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(os.path.join(OUT, 'ja_h08.odt'), 'w') as z:
        zput(z, 'mimetype', 'application/vnd.oasis.opendocument.text', stored=True)
        zput(z, 'content.xml', content)
        zput(z, 'META-INF/manifest.xml', manifest)


def build_ja_h06():
    with open(os.path.join(HERE, 'ja_h06.src'), encoding='utf-8') as f:
        s = f.read()
    with open(os.path.join(OUT, 'ja_h06.txt'), 'wb') as f:
        f.write(s.replace('\n', '\r\n').encode('cp932'))


for b in (build_ja_h05, build_ja_h12, build_en_h02, build_ja_h08, build_ja_h06):
    b()
