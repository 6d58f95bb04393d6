#!/bin/sh
# Time `itaku check` on a 200+ page contract (the corpus texts and the
# model template, concatenated many times, as .txt and .docx) beside
# `pandoc -t plain` on the same files; print medians and the ratio.
# Usage: scripts/bench_check.sh [RUNS]   ($ITAKU_CORPUS names the corpus)
cd "$(dirname "$0")/.." || exit 2
runs=${1:-9}
corpus=${ITAKU_CORPUS:-../shared/corpus}
[ -x ./itaku ] || { echo "bench_check: build ./itaku first" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/itaku-bench.XXXXXX")
trap 'rm -rf "$dir"' EXIT
exec python3 - "$dir" "$runs" "$corpus" <<'PY'
import glob, os, shutil, statistics, subprocess, sys, time, zipfile
from xml.sax.saxutils import escape

d, runs, corpus = sys.argv[1], int(sys.argv[2]), sys.argv[3]
parts = [open("contract-templates/model-tokki-jikou.md", encoding="utf-8").read()]
parts += [open(p, encoding="utf-8").read()
          for p in sorted(glob.glob(os.path.join(corpus, "text", "ja_*.txt")))]
one = "\n\n".join(parts)
# About 1,200 Japanese characters make a printed A4 page.
reps = max(1, (240 * 1200) // len(one) + 1)
text = "\n\n".join([one] * reps)
pages = len(text) // 1200
txt = os.path.join(d, "big.txt")
open(txt, "w", encoding="utf-8").write(text)
docx = os.path.join(d, "big.docx")
body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % escape(l)
               for l in text.split("\n"))
ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    z.writestr("_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    z.writestr("word/document.xml",
        '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (ns, body))

def median_ms(cmd):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        out.append((time.perf_counter() - t) * 1000)
        if p.returncode not in (0, 1):
            sys.exit("bench_check: %s failed: %s" % (" ".join(cmd), p.stderr.decode()[:200]))
    return statistics.median(out)

def maxrss_kb(cmd):
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(p.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None

pandoc = shutil.which("pandoc")
print("check bench: %d pages (%d characters, %.1f MB), median of %d runs"
      % (pages, len(text), os.path.getsize(txt) / 1e6, runs))
for f, fmt in ((txt, "txt"), (docx, "docx")):
    ms = median_ms(["./itaku", "check", "--format", "json", f])
    rss = maxrss_kb(["./itaku", "check", "--format", "json", f]) if os.path.exists("/usr/bin/time") else None
    line = "  %-4s itaku check %8.1f ms" % (fmt, ms)
    if rss:
        line += "  (max RSS %.1f MB)" % (rss / 1024)
    if pandoc:
        pm = median_ms([pandoc, "-f", "docx" if fmt == "docx" else "markdown",
                        "-t", "plain", f])
        line += "   pandoc -t plain %8.1f ms   ratio %.2f" % (pm, ms / pm)
    print(line)
if not pandoc:
    print("  (pandoc not installed: scripts/deps.sh bench)")
PY
