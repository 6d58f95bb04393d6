#!/bin/sh
# Time `itaku check` on a 200+ page contract (the corpus texts and the
# model template, concatenated many times, as .txt and .docx) beside
# `pandoc -t plain` on the same files.  Prints, per format, the median
# and fastest wall time, the instruction count (perf stat where the
# kernel lets it count, else one callgrind run if valgrind is there;
# stable however busy the machine is), peak RSS, the ratio to pandoc,
# and whether the issue's bar (under 100 ms) is met.
# Usage: scripts/bench_check.sh [RUNS]   ($ITAKU_CORPUS names the corpus;
# ITAKU_BENCH_NOCG=1 skips the callgrind fallback)
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

BAR_MS = 100

def times_ms(cmd):
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        out.append((time.perf_counter() - t) * 1000)
        if p.returncode not in (0, 1):
            sys.exit("bench_check: %s failed: %s" % (" ".join(cmd), p.stderr.decode()[:200]))
    return statistics.median(out), min(out)

def maxrss_kb(cmd):
    if not os.path.exists("/usr/bin/time"):
        return None
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(p.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None

def instructions(cmd):
    """(count, tool) or (None, None)."""
    if shutil.which("perf"):
        p = subprocess.run(["perf", "stat", "-x,", "-e", "instructions:u"] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for l in p.stderr.splitlines():
            f = l.split(",")
            if len(f) > 2 and f[2].startswith("instructions") and f[0].isdigit():
                return int(f[0]), "perf"
    if shutil.which("valgrind") and not os.environ.get("ITAKU_BENCH_NOCG"):
        p = subprocess.run(["valgrind", "--tool=callgrind", "--dump-instr=no",
                            "--callgrind-out-file=/dev/null"] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for l in p.stderr.splitlines():
            if "Collected :" in l:
                return int(l.split(":")[-1].strip()), "callgrind"
    return None, None

pandoc = shutil.which("pandoc")
print("check bench: %d pages (%d characters, %.1f MB), %d runs each, load %.1f"
      % (pages, len(text), os.path.getsize(txt) / 1e6, runs, os.getloadavg()[0]))
worst = 0.0
for f, fmt in ((txt, "txt"), (docx, "docx")):
    cmd = ["./itaku", "check", "--format", "json", f]
    med, best = times_ms(cmd)
    worst = max(worst, med)
    line = "  %-4s itaku check  median %6.1f ms  min %6.1f ms" % (fmt, med, best)
    ins, tool = instructions(cmd)
    if ins:
        line += "  %6.0fM instructions (%s)" % (ins / 1e6, tool)
    rss = maxrss_kb(cmd)
    if rss:
        line += "  peak RSS %.1f MB" % (rss / 1024)
    print(line)
    if pandoc:
        pcmd = [pandoc, "-f", "docx" if fmt == "docx" else "markdown",
                "-t", "plain", f]
        pm, pbest = times_ms(pcmd)
        line = "       pandoc -t plain median %6.1f ms  min %6.1f ms" % (pm, pbest)
        rss = maxrss_kb(pcmd)
        if rss:
            line += "  peak RSS %.1f MB" % (rss / 1024)
        line += "   itaku/pandoc %.3f (%.0fx faster)" % (med / pm, pm / med)
        print(line)
if not pandoc:
    print("  (pandoc not installed: scripts/deps.sh bench)")
print("  bar: under %d ms for a 200+ page contract: %s (slowest median %.1f ms%s)"
      % (BAR_MS, "met" if worst < BAR_MS else "NOT met", worst,
         "; the machine is loaded, compare instructions" if os.getloadavg()[0] > 1.5 else ""))
PY
