#!/usr/bin/env python3
"""Rebuild every document of the heldout10 evaluation set from the UTF-8 sources in src/.

Usage:  python3 src/build.py        (from tests/eval/heldout10 or from anywhere)

Standard library only, plus `chromium` (HTML -> PDF) and, for the check, `pdftotext`.

Source mark-up used by the *.docx.txt and *.odt.txt sources (one paragraph per line):
  "= text"   title paragraph
  "# text"   heading level 1       "## text"  heading level 2
  "@ text"   article heading with Word automatic numbering (lvlText 第%1条), docx only
  "- text"   numbered paragraph (項) in ja docx (lvlText %2) / bullet in en docx
  "* text"   numbered item (号) in ja docx (lvlText (%3))
  "| a | b |" table row (first row of a block is the header row), docx only
  blank line ends nothing; it is skipped
Everything else is a plain paragraph.
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
ZIP_DATE = (2025, 10, 1, 9, 0, 0)


def read_src(name):
    with open(os.path.join(SRC, name), encoding="utf-8") as f:
        return f.read()


def write_zip(path, members):
    """members: list of (name, bytes, compress). Written with a fixed timestamp."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data, compress in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


# ---------------------------------------------------------------- docx

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def w_run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def w_par(text, style=None, num=None, jc=None, bold=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % num
    if jc:
        ppr += '<w:jc w:val="%s"/>' % jc
    if ppr:
        ppr = "<w:pPr>%s</w:pPr>" % ppr
    return "<w:p>%s%s</w:p>" % (ppr, w_run(text, bold))


def w_table(rows):
    grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // len(rows[0])) for _ in rows[0])
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
           'w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % grid]
    for i, row in enumerate(rows):
        out.append("<w:tr>")
        for cell in row:
            out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                       % (9000 // len(row), w_par(cell, bold=(i == 0))))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def docx_body(src, lang):
    parts = []
    table = []

    def flush():
        if table:
            parts.append(w_table(table))
            table.clear()

    for line in src.splitlines():
        if line.startswith("|"):
            table.append([c.strip() for c in line.strip().strip("|").split("|")])
            continue
        flush()
        if not line.strip():
            continue
        if line.startswith("= "):
            parts.append(w_par(line[2:], style="Title", jc="center"))
        elif line.startswith("## "):
            parts.append(w_par(line[3:], style="Heading2"))
        elif line.startswith("# "):
            parts.append(w_par(line[2:], style="Heading1"))
        elif line.startswith("@ "):
            parts.append(w_par(line[2:], style="Article", num=(0, 1)))
        elif line.startswith("- "):
            parts.append(w_par(line[2:], style="ListParagraph", num=(1, 1) if lang == "ja" else (0, 2)))
        elif line.startswith("* "):
            parts.append(w_par(line[2:], style="ListParagraph", num=(2, 1)))
        else:
            parts.append(w_par(line))
    flush()
    return "".join(parts)


def docx_styles(lang):
    if lang == "ja":
        fonts = '<w:rFonts w:ascii="Century" w:hAnsi="Century" w:eastAsia="ＭＳ 明朝" w:cs="Times New Roman"/>'
        size = 21
    else:
        fonts = '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Times New Roman"/>'
        size = 22
    lang_tag = '<w:lang w:val="%s" w:eastAsia="ja-JP"/>' % ("ja-JP" if lang == "ja" else "en-GB")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:styles %s>'
            '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/>%s</w:rPr>'
            '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/>'
            '</w:pPr></w:pPrDefault></w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:after="360"/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160"/><w:outlineLvl w:val="1"/></w:pPr>'
            '<w:rPr><w:b/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Article"><w:name w:val="Article Heading"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="40"/></w:pPr>'
            '<w:rPr><w:b/></w:rPr></w:style>'
            '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
            '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="420"/></w:pPr></w:style>'
            '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
            '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
            '</w:tblBorders></w:tblPr></w:style>'
            '</w:styles>') % (W_NS, fonts, size, size, lang_tag)


def docx_numbering(lang):
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>' % W_NS
    if lang == "ja":
        # Article numbers come only from here: 第%1条, then %2 for 項 and (%3) for 号.
        body = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="nothing"/>'
                '<w:lvlText w:val="第%1条"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
                '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
                '<w:lvlText w:val="%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="210" w:hanging="210"/></w:pPr></w:lvl>'
                '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
                '<w:lvlText w:val="(%3)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="630" w:hanging="420"/></w:pPr></w:lvl>'
                '</w:abstractNum>'
                '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    else:
        body = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
                '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
                '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
                '<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>'
                '</w:abstractNum>'
                '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>')
    return head + body + "</w:numbering>"


def build_docx(src_name, out_name, lang, title):
    body = docx_body(read_src(src_name), lang)
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1417" w:bottom="1417" '
            'w:left="1417" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s%s</w:body></w:document>') % (W_NS, body, sect)
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        '</Types>')
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    doc_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
        '</Relationships>')
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:settings %s><w:defaultTabStop w:val="840"/><w:compat>'
                '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
                '</w:compat></w:settings>') % W_NS
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>itaku eval</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-10-01T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-01T09:00:00Z</dcterms:modified>'
            '</cp:coreProperties>') % escape(title)
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    write_zip(os.path.join(OUT, out_name), [
        ("[Content_Types].xml", content_types.encode(), True),
        ("_rels/.rels", rels.encode(), True),
        ("docProps/core.xml", core.encode(), True),
        ("docProps/app.xml", app.encode(), True),
        ("word/_rels/document.xml.rels", doc_rels.encode(), True),
        ("word/document.xml", document.encode(), True),
        ("word/styles.xml", docx_styles(lang).encode(), True),
        ("word/numbering.xml", docx_numbering(lang).encode(), True),
        ("word/settings.xml", settings.encode(), True),
    ])


# ---------------------------------------------------------------- odt

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')


def build_odt(src_name, out_name, title):
    paras = []
    for line in read_src(src_name).splitlines():
        if not line.strip():
            continue
        if line.startswith("= "):
            paras.append('<text:p text:style-name="Title">%s</text:p>' % escape(line[2:]))
        elif line.startswith("## "):
            paras.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>'
                         % escape(line[3:]))
        elif line.startswith("(") and ")" in line[:5]:
            paras.append('<text:p text:style-name="Item">%s</text:p>' % escape(line))
        else:
            paras.append('<text:p text:style-name="Text_20_body">%s</text:p>' % escape(line))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.3">'
               '<office:automatic-styles/>'
               '<office:body><office:text>%s</office:text></office:body>'
               '</office:document-content>') % (ODF_NS, "".join(paras))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s office:version="1.3">'
              '<office:font-face-decls/>'
              '<office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties '
              'style:font-name-asian="Noto Serif CJK JP" fo:font-size="10.5pt" style:font-size-asian="10.5pt" '
              'fo:language="ja" fo:country="JP" style:language-asian="ja" style:country-asian="JP"/></style:default-style>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
              'style:parent-style-name="Standard" style:class="text"><style:paragraph-properties '
              'fo:margin-top="0cm" fo:margin-bottom="0.15cm" fo:text-indent="0.37cm"/></style:style>'
              '<style:style style:name="Item" style:family="paragraph" style:parent-style-name="Text_20_body">'
              '<style:paragraph-properties fo:margin-left="0.74cm" fo:text-indent="-0.37cm"/></style:style>'
              '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">'
              '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.6cm"/>'
              '<style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" '
              'style:font-weight-asian="bold"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
              'style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">'
              '<style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>'
              '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
              '</office:styles>'
              '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
              'fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" '
              'fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout></office:automatic-styles>'
              '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>'
              '</office:document-styles>') % ODF_NS
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>'
            '<dc:title>%s</dc:title><meta:creation-date>2025-06-20T10:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>') % (ODF_NS, escape(title))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(os.path.join(OUT, out_name), [
        ("mimetype", b"application/vnd.oasis.opendocument.text", False),
        ("content.xml", content.encode(), True),
        ("styles.xml", styles.encode(), True),
        ("meta.xml", meta.encode(), True),
        ("META-INF/manifest.xml", manifest.encode(), True),
    ])


# ---------------------------------------------------------------- pdf, encodings, copies

def build_pdf(src_name, out_name):
    out = os.path.join(OUT, out_name)
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, "doc.html")
        shutil.copyfile(os.path.join(SRC, src_name), html)
        cmd = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
               "--user-data-dir=" + os.path.join(tmp, "profile"), "--print-to-pdf=" + out, html]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not os.path.exists(out) or os.path.getsize(out) == 0:
        sys.exit("chromium did not produce " + out)


def build_encoded(src_name, out_name, encoding, crlf):
    text = read_src(src_name)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(OUT, out_name), "wb") as f:
        f.write(text.encode(encoding))


def copy(src_name, out_name):
    shutil.copyfile(os.path.join(SRC, src_name), os.path.join(OUT, out_name))


def main():
    build_docx("ja_01.docx.txt", "ja_01.docx", "ja", "保険金請求受付業務委託契約書")
    build_odt("ja_02.odt.txt", "ja_02.odt", "インターネット出願受付業務委託契約書")
    build_pdf("ja_03.html", "ja_03.pdf")
    copy("ja_04.html", "ja_04.html")
    build_encoded("ja_05.txt", "ja_05.txt", "shift_jis", crlf=True)
    build_encoded("ja_06.txt", "ja_06.txt", "euc_jp", crlf=False)
    for name in ("ja_07.txt", "ja_08.txt", "ja_09.md", "ja_10.txt", "ja_11.txt", "ja_12.md"):
        copy(name, name)
    build_docx("en_01.docx.txt", "en_01.docx", "en", "Data Processing Agreement")
    for name in ("en_02.md", "en_03.txt", "en_04.html", "en_05.txt", "en_06.txt", "en_07.md", "en_08.txt"):
        copy(name, name)
    print("built 20 documents in", OUT)


if __name__ == "__main__":
    main()
