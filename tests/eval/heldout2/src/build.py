#!/usr/bin/env python3
"""Build the heldout2 documents from the UTF-8 sources in this directory.
Usage: python3 build.py   (writes into the parent directory)

Sources are the text a reader should extract.  In ja02_kihon_kobetsu.txt a
line starting with '@' is an article heading that Word numbers automatically
(word/numbering.xml lvlText="第%1条"), so the built .docx does not contain the
article numbers as text."""
import html, os, shutil, zipfile
from xml.sax.saxutils import escape

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.dirname(here)

def src(name):
    with open(os.path.join(here, name), encoding="utf-8") as f:
        return f.read()

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

def docx(text, dest, autonum=False):
    paras = []
    for line in text.split("\n"):
        if autonum and line.startswith("@"):
            paras.append('<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr>'
                         '<w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
                         '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                         % escape(line[1:]))
        elif line.strip():
            paras.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                         % escape(line))
        else:
            paras.append("<w:p/>")
    body = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
            % (W, R, "".join(paras)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          + ('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' if autonum else "")
          + '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             + ('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' if autonum else "")
             + '</Relationships>')
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<w:numbering xmlns:w="%s"><w:abstractNum w:abstractNumId="0">'
                 '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                 '<w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>' % W)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/document.xml", body)
        z.writestr("word/_rels/document.xml.rels", drels)
        if autonum:
            z.writestr("word/numbering.xml", numbering)

def odt(text, dest):
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
    lines = text.split("\n")
    parts = []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        if i == 0 or line.startswith("別紙"):
            parts.append('<text:h text:outline-level="1">%s</text:h>' % escape(line))
        elif line.startswith("第") and "条（" in line[:8]:
            parts.append('<text:h text:outline-level="2">%s</text:h>' % escape(line))
        else:
            parts.append('<text:p>%s</text:p>' % escape(line))
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content %s office:version="1.2"><office:body><office:text>%s'
               '</office:text></office:body></office:document-content>' % (ns, "".join(parts)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(dest, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)

def page(text, dest, title):
    body = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line.startswith("## "):
            body.append("<h2>%s</h2>" % html.escape(line[3:]))
        elif line.startswith("# "):
            body.append("<h1>%s</h1>" % html.escape(line[2:]))
        else:
            body.append("<p>%s</p>" % html.escape(line))
    with open(dest, "w", encoding="utf-8") as f:
        f.write('<!DOCTYPE html>\n<html lang="ja">\n<head>\n<meta charset="utf-8">\n'
                '<title>%s</title>\n<style>body{font-family:serif;max-width:40em;margin:auto}'
                'h2{font-size:1.1em}</style>\n</head>\n<body>\n%s\n</body>\n</html>\n'
                % (html.escape(title), "\n".join(body)))

def copy(name, dest=None):
    shutil.copyfile(os.path.join(here, name), os.path.join(out, dest or name))

copy("ja01_shi_tokki.txt")
docx(src("ja02_kihon_kobetsu.txt"), os.path.join(out, "ja02_kihon_kobetsu.docx"), autonum=True)
copy("ja03_meishi_seiyaku.md")
odt(src("ja04_unyo_hoshu.txt"), os.path.join(out, "ja04_unyo_hoshu.odt"))
with open(os.path.join(out, "ja05_insatsu_chumon_eucjp.txt"), "wb") as f:
    f.write(src("ja05_insatsu_chumon.txt").encode("euc_jp"))
page(src("ja06_cloud_riyou.txt"), os.path.join(out, "ja06_cloud_riyou.html"), "クラウドサービス利用契約書")
for n in ("ja07_saiyo_daiko.txt", "ja08_kentai_kensa.txt", "ja09_album_oboegaki.txt",
          "ja10_hoken_dairiten.txt", "ja11_zeimu_komon.txt", "ja12_chosa_itaku.txt",
          "en01_msa_exhibit.txt", "en03_mutual_nda.md", "en04_payroll_schedule.txt"):
    copy(n)
docx(src("en02_eu_dpa.txt"), os.path.join(out, "en02_eu_dpa.docx"))
