#!/usr/bin/env python3
"""Rebuild every document of heldout8 from the UTF-8 sources in this directory.

Usage:  python3 src/build.py          (from tests/eval/heldout8, or from anywhere)

Standard library only, plus `chromium` for the one PDF (ja_09.pdf).

Source markup used by the *.src files (docx / odt):
  # text        title (centred, bold)
  ## text       article heading numbered automatically by Word (ja_01: lvlText "第%1条";
                the number is NOT part of the text)
  ### text      bold heading paragraph (number typed in the text)
  > text        right-aligned paragraph
  | a | b |     table row (first row is the header row)
  [[ins:...]]   tracked insertion (odt only; kept by a reader)
  [[del:...]]   tracked deletion  (odt only; must not be read)
  other lines   normal paragraphs; blank lines are ignored
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED_DATE = (2026, 3, 30, 10, 0, 0)


def src(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        return f.read()


def out(name):
    return os.path.join(OUT, name)


def write_zip(path, members, stored_first=None):
    """members: list of (name, str|bytes). Deterministic timestamps."""
    with zipfile.ZipFile(path, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            if name == stored_first:
                info.compress_type = zipfile.ZIP_STORED
            else:
                info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def parse(text):
    """Return a list of blocks: (kind, payload)."""
    blocks = []
    table = None
    for line in text.split("\n"):
        if line.startswith("|") and line.rstrip().endswith("|"):
            cells = [c.strip() for c in line.strip()[1:-1].split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line.strip():
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("num", line[3:]))
        elif line.startswith("# "):
            blocks.append(("title", line[2:]))
        elif line.startswith("> "):
            blocks.append(("right", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


# ---------------------------------------------------------------- DOCX

W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

FONT = ('<w:rFonts w:ascii="MS Mincho" w:eastAsia="MS Mincho" w:hAnsi="MS Mincho" '
        'w:hint="eastAsia"/>')


def w_run(text, bold=False, size=None, rsid=None):
    rpr = FONT
    if bold:
        rpr += "<w:b/>"
    if size:
        rpr += '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size)
    attr = ' w:rsidRPr="%s"' % rsid if rsid else ""
    return ('<w:r%s><w:rPr>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (attr, rpr, escape(text)))


SPLIT_PATTERN = [3, 5, 2, 7, 4, 6, 1, 8]
RSIDS = ["00A1B2C3", "004F5E6D", "00C7D8E9", "0012AB34", "00DE56F7"]


def split_runs(text, bold=False, size=None, seed=0):
    """Split text into many runs at arbitrary points (mid-word), as Word does after
    editing, with proofErr markers in between."""
    parts = []
    i = 0
    k = seed
    while i < len(text):
        n = SPLIT_PATTERN[k % len(SPLIT_PATTERN)]
        chunk = text[i:i + n]
        parts.append(w_run(chunk, bold, size, RSIDS[k % len(RSIDS)]))
        if k % 5 == 2:
            parts.append('<w:proofErr w:type="spellStart"/>')
        elif k % 5 == 3:
            parts.append('<w:proofErr w:type="spellEnd"/>')
        i += n
        k += 1
    return "".join(parts)


def w_para(text, kind="p", split=False, seed=0):
    ppr = ""
    bold = False
    size = None
    if kind == "title":
        ppr = '<w:jc w:val="center"/><w:spacing w:after="240"/>'
        bold, size = True, 28
    elif kind == "right":
        ppr = '<w:jc w:val="right"/>'
    elif kind == "h3":
        ppr = '<w:keepNext/><w:spacing w:before="120"/>'
        bold = True
    elif kind == "num":
        ppr = ('<w:pStyle w:val="ArticleHeading"/>'
               '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>')
        bold = True
    runs = split_runs(text, bold, size, seed) if split else w_run(text, bold, size)
    return '<w:p><w:pPr>%s</w:pPr>%s</w:p>' % (ppr, runs)


def w_table(rows):
    grid = '<w:tblGrid><w:gridCol w:w="2200"/><w:gridCol w:w="6800"/></w:tblGrid>'
    out_rows = []
    for r, cells in enumerate(rows):
        tcs = []
        for c, cell in enumerate(cells):
            width = 2200 if c == 0 else 6800
            shade = '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>' if r == 0 else ""
            para = w_para(cell, "h3" if r == 0 else "p").replace("<w:keepNext/>", "")
            tcs.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>'
                       % (width, shade, para))
        hdr = '<w:trPr><w:tblHeader/></w:trPr>' if r == 0 else ""
        out_rows.append("<w:tr>%s%s</w:tr>" % (hdr, "".join(tcs)))
    borders = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b
                      for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
            '<w:tblBorders>%s</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>%s%s</w:tbl>'
            % (borders, grid, "".join(out_rows)))


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="21"/>'
          '<w:lang w:val="en-US" w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault><w:pPrDefault/>'
          '</w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
          '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="ArticleHeading"><w:name w:val="Article Heading"/>'
          '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/>'
          '<w:spacing w:before="120"/></w:pPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>'
          '<w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>'
          '<w:basedOn w:val="Normal"/></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
          '</w:styles>') % (W_NS, FONT)

NUMBERING = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<w:numbering %s>'
             '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
             '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
             '<w:suff w:val="nothing"/><w:lvlText w:val="第%%1条"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
             '<w:lvl w:ilvl="1"><w:start w:val="2"/><w:numFmt w:val="decimal"/>'
             '<w:lvlText w:val="%%2"/><w:lvlJc w:val="left"/>'
             '<w:pPr><w:ind w:left="420" w:hanging="210"/></w:pPr></w:lvl>'
             '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
             '</w:numbering>') % W_NS


def build_docx(name, source, title, numbering=False, split=False, header=None, footer=None):
    blocks = parse(source)
    body = []
    for i, (kind, payload) in enumerate(blocks):
        if kind == "table":
            body.append(w_table(payload))
        else:
            body.append(w_para(payload, kind, split=split, seed=i))
    sect = '<w:sectPr>'
    if header:
        sect += '<w:headerReference w:type="default" r:id="rIdHeader1"/>'
    if footer:
        sect += '<w:footerReference w:type="default" r:id="rIdFooter1"/>'
    sect += ('<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1701" w:right="1418" '
             'w:bottom="1418" w:left="1418" w:header="851" w:footer="851" w:gutter="0"/>'
             '<w:docGrid w:type="lines" w:linePitch="360"/></w:sectPr>')
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document %s><w:body>%s%s</w:body></w:document>'
                % (W_NS, "".join(body), sect))
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/styles" Target="styles.xml"/>']
    overrides = ['<Override PartName="/word/document.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
                 '<Override PartName="/word/styles.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
                 '<Override PartName="/docProps/core.xml" ContentType="application/'
                 'vnd.openxmlformats-package.core-properties+xml"/>',
                 '<Override PartName="/docProps/app.xml" ContentType="application/'
                 'vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    members = []
    if numbering:
        rels.append('<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        members.append(("word/numbering.xml", NUMBERING))
    if header:
        rels.append('<Relationship Id="rIdHeader1" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/header" Target="header1.xml"/>')
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        members.append(("word/header1.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<w:hdr %s><w:p><w:pPr><w:pStyle w:val="Header"/><w:jc w:val="right"/>'
                        '</w:pPr>%s</w:p></w:hdr>' % (W_NS, split_runs(header, seed=3))))
    if footer:
        rels.append('<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/'
                    'officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        overrides.append('<Override PartName="/word/footer1.xml" ContentType="application/'
                         'vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        page = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
        members.append(("word/footer1.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        '<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/><w:jc w:val="center"/>'
                        '</w:pPr>%s%s%s</w:p></w:ftr>'
                        % (W_NS, split_runs(footer, seed=1), w_run("（"), page + w_run("）"))))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/'
                     'vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>%s</Types>'
                     % "".join(overrides))
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/officeDocument" Target="word/document.xml"/>'
                 '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
                 'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                 '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/'
                 '2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                 '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '%s</Relationships>' % "".join(rels))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>user</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % escape(title))
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
           'extended-properties"><Application>Microsoft Office Word</Application></Properties>')
    members = [("[Content_Types].xml", content_types), ("_rels/.rels", root_rels),
               ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
               ("word/styles.xml", STYLES)] + members + [
               ("docProps/core.xml", core), ("docProps/app.xml", app)]
    write_zip(out(name), members)


# ---------------------------------------------------------------- ODT

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'office:version="1.3"')

INLINE = re.compile(r"\[\[(ins|del):(.*?)\]\]")


def build_odt(name, source, title, author="山本"):
    blocks = parse(source)
    changes = []
    body = []

    def inline(text):
        parts = []
        pos = 0
        for m in INLINE.finditer(text):
            parts.append(escape(text[pos:m.start()]))
            cid = "ct%d" % (len(changes) + 1)
            kind, payload = m.group(1), m.group(2)
            info = ('<office:change-info><dc:creator>%s</dc:creator>'
                    '<dc:date>2026-03-24T15:%02d:00</dc:date></office:change-info>'
                    % (escape(author), 10 + len(changes)))
            if kind == "del":
                changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s'
                               '<text:p>%s</text:p></text:deletion></text:changed-region>'
                               % (cid, cid, info, escape(payload)))
                parts.append('<text:change text:change-id="%s"/>' % cid)
            else:
                changes.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s'
                               '</text:insertion></text:changed-region>' % (cid, cid, info))
                parts.append('<text:change-start text:change-id="%s"/>%s'
                             '<text:change-end text:change-id="%s"/>'
                             % (cid, escape(payload), cid))
            pos = m.end()
        parts.append(escape(text[pos:]))
        s = "".join(parts)
        # keep full-width leading spaces as they are; collapse runs of ASCII spaces per ODF
        return s

    for kind, payload in blocks:
        if kind == "title":
            body.append('<text:h text:style-name="PTitle" text:outline-level="1">%s</text:h>'
                        % inline(payload))
        elif kind == "h3":
            body.append('<text:h text:style-name="PHead" text:outline-level="2">%s</text:h>'
                        % inline(payload))
        elif kind == "right":
            body.append('<text:p text:style-name="PRight">%s</text:p>' % inline(payload))
        elif kind == "table":
            raise ValueError("tables not used in odt sources")
        else:
            body.append('<text:p text:style-name="PBody">%s</text:p>' % inline(payload))
    tracked = ""
    if changes:
        tracked = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(changes)
    auto = ('<office:automatic-styles>'
            '<style:style style:name="PTitle" style:family="paragraph">'
            '<style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>'
            '<style:text-properties fo:font-size="14pt" fo:font-weight="bold" '
            'style:font-weight-asian="bold" style:font-size-asian="14pt"/></style:style>'
            '<style:style style:name="PHead" style:family="paragraph">'
            '<style:paragraph-properties fo:margin-top="0.2cm" fo:keep-with-next="always"/>'
            '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>'
            '</style:style>'
            '<style:style style:name="PBody" style:family="paragraph">'
            '<style:paragraph-properties fo:text-align="justify"/></style:style>'
            '<style:style style:name="PRight" style:family="paragraph">'
            '<style:paragraph-properties fo:text-align="end"/></style:style>'
            '</office:automatic-styles>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s>%s<office:body><office:text>%s%s'
               '</office:text></office:body></office:document-content>'
               % (ODF_NS, auto, tracked, "".join(body)))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s><office:font-face-decls/><office:styles>'
              '<style:default-style style:family="paragraph"><style:text-properties '
              'style:font-name-asian="Noto Serif CJK JP" fo:font-size="10.5pt" '
              'style:font-size-asian="10.5pt" fo:language="ja" fo:country="JP"/>'
              '</style:default-style></office:styles></office:document-styles>' % ODF_NS)
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s><office:meta><dc:title>%s</dc:title>'
            '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64</meta:generator>'
            '<meta:creation-date>2026-03-20T10:00:00</meta:creation-date>'
            '</office:meta></office:document-meta>' % (ODF_NS, escape(title)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    write_zip(out(name), [("mimetype", "application/vnd.oasis.opendocument.text"),
                          ("content.xml", content), ("styles.xml", styles),
                          ("meta.xml", meta), ("META-INF/manifest.xml", manifest)],
              stored_first="mimetype")


# ---------------------------------------------------------------- text files

def copy_utf8(name):
    shutil.copyfile(os.path.join(HERE, name), out(name))


def write_encoded(name, encoding, crlf=False):
    text = src(name)
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(out(name), "wb") as f:
        f.write(text.encode(encoding))  # strict: fails if a character is not encodable


# ---------------------------------------------------------------- PDF

def build_pdf(html_name, pdf_name):
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        sys.exit("chromium not found: cannot rebuild %s" % pdf_name)
    profile = tempfile.mkdtemp(prefix="h8chrome")
    try:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--user-data-dir=" + profile, "--no-pdf-header-footer",
                        "--print-to-pdf-no-header", "--print-to-pdf=" + out(pdf_name),
                        "file://" + os.path.join(HERE, html_name)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    build_docx("ja_01.docx", src("ja_01.src"), "個人情報の取扱いに関する契約書（サロンノート）",
               numbering=True)
    build_docx("ja_02.docx", src("ja_02.src"), "文書電子化業務委託契約書", split=True,
               header="取扱注意　みなと総合法律事務所／デジタルアーカイブ北星",
               footer="MS-2025-118　文書電子化業務委託契約書")
    build_docx("ja_03.docx", src("ja_03.src"), "機密文書溶解処理サービス契約書")
    build_odt("ja_04.odt", src("ja_04.src"), "特定保健指導業務委託契約書")
    build_odt("ja_05.odt", src("ja_05.src"), "高齢者見守り・安否確認活動に関する覚書")
    for name in ("ja_06.html", "ja_07.md", "ja_08.txt", "ja_12.txt", "ja_13.txt",
                 "ja_14.txt", "ja_15.txt", "ja_16.txt",
                 "en_01.txt", "en_02.txt", "en_03.html", "en_04.md"):
        copy_utf8(name)
    write_encoded("ja_10.txt", "cp932", crlf=True)
    write_encoded("ja_11.txt", "euc_jp")
    build_pdf("ja_09.html", "ja_09.pdf")
    print("built into", OUT)


if __name__ == "__main__":
    main()
