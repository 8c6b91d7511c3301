"""Text-layer speed: docparse end to end (read, recognise, check) beside raw pypdfium2 text
extraction of the same file, in the same process, at 200 and 2,000 pages; peak memory and the size
of the Report's JSON at both.

    python3 benchmarks/bench_extract.py [PAGES ...]      (default: 200 2000)

Times are CPU seconds of the measuring process (the machine is shared: wall time measures the
other users too), the best (and the median) of several runs for the raw extraction and for
docparse. Each size runs in a fresh process, so that its peak RSS is its own; the process first parses
a seed, as a batch or a server would be warm. Raw pdfplumber ``extract_text`` is shown once at the
small size, as the usual pure-Python baseline.
"""
from __future__ import annotations

import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_pdf(path: Path, pages: int) -> int:
    """Generated reports, one after another, rendered as one PDF of at least ``pages`` pages."""
    import pypdfium2 as pdfium

    from corpus.generate import make_report
    from corpus.render import render_pdf

    texts: list[str] = []

    def render(n: int) -> int:
        while len(texts) < n:
            texts.append(make_report(len(texts))[0])
        render_pdf("\n".join(texts) + "\n", path)
        return len(pdfium.PdfDocument(str(path)))

    seeds = 10
    got = render(seeds)
    while got < pages:  # the pages a report takes, from what has been rendered: two or three renders
        seeds = max(seeds + 1, math.ceil(seeds * pages / got * 1.02))
        got = render(seeds)
    return got


MEASURE = r"""
import json, resource, sys, time
ROOT = sys.argv[3]
sys.path.insert(0, ROOT)
import docparse
import pypdfium2 as pdfium

pdf, repeat = sys.argv[1], int(sys.argv[2])
docparse.parse(ROOT + "/corpus/seeds/002_ad5a9e7cab460c97.txt")  # warm: imports, catalogue


def peak_mb():
    # this process's own peak RSS (VmHWM; ru_maxrss would also count the parent's memory at the
    # fork, which Linux carries over the exec)
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu(fn, n):
    times, out = [], None
    for _ in range(n):
        out = None  # the previous run's report freed first: peak RSS is one report's
        t = time.process_time()
        out = fn()
        times.append(time.process_time() - t)
    return times, out


def raw():
    doc = pdfium.PdfDocument(pdf)
    for page in doc:
        page.get_textpage().get_text_range()
    doc.close()


warm_mb = peak_mb()
t_raw, _ = cpu(raw, 5)
t_dp, report = cpu(lambda: docparse.parse(pdf), repeat)
rss_mb = peak_mb()
# the size of the Report's JSON (`docparse extract`), after the peak was read: it must grow with the
# pages, not with their square (a suggestion shared by many findings is written under each)
json_mb = len(report.model_dump_json().encode()) / 1e6
print(json.dumps({"pages": report.source.pages, "facts": len(report.facts), "findings": len(report.findings),
                  "raw": min(t_raw), "docparse": min(t_dp), "raw_runs": t_raw, "docparse_runs": t_dp,
                  "warm_mb": warm_mb, "rss_mb": rss_mb, "json_mb": json_mb}))
"""


def measure(pdf: Path, repeat: int) -> dict:
    # the default limits (docparse/limits.py: 2,000 pages, 50,000 numbers) raised for the large size
    env = dict(os.environ, DOCPARSE_MAX_PAGES="100000", DOCPARSE_MAX_NUMBERS="10000000",
               DOCPARSE_MAX_TEXT_CHARS="1000000000")
    out = subprocess.run([sys.executable, "-c", MEASURE, str(pdf), str(repeat), str(ROOT)],
                         capture_output=True, text=True, cwd=ROOT, env=env)
    if out.returncode:
        raise SystemExit(f"measuring {pdf.name} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def plumber(pdf: Path) -> float:
    import time

    import pdfplumber

    t = time.process_time()
    with pdfplumber.open(str(pdf)) as doc:
        for page in doc.pages:
            page.extract_text()
    return time.process_time() - t


def main(sizes: list[int]) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            pdf = Path(tmp) / f"bench{size}.pdf"
            build_pdf(pdf, size)
            r = measure(pdf, repeat=3)
            if size == sizes[0]:
                r["plumber"] = plumber(pdf)
            rows.append(r)
    print(f"text-layer PDF, CPU seconds (python {sys.version.split()[0]}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}); best of the runs, median in brackets")
    for r in rows:
        n = r["pages"]
        med_raw, med_dp = statistics.median(r["raw_runs"]), statistics.median(r["docparse_runs"])
        print(f"{n:5d} pages, {r['facts']} facts, {r['findings']} findings")
        print(f"  raw pypdfium2 text      {n / r['raw']:8.1f} pages/s  {1000 * r['raw'] / n:6.2f} ms/page"
              f"  ({1000 * med_raw / n:.2f})")
        print(f"  docparse end to end     {n / r['docparse']:8.1f} pages/s  {1000 * r['docparse'] / n:6.2f} ms/page"
              f"  ({1000 * med_dp / n:.2f})  = {r['docparse'] / r['raw']:.1f}x raw pypdfium2 "
              f"({med_dp / med_raw:.1f}x) (aim <= 4x)")
        if "plumber" in r:
            print(f"  raw pdfplumber text     {n / r['plumber']:8.1f} pages/s  (docparse "
                  f"{r['plumber'] / r['docparse']:.1f}x faster)")
        print(f"  peak RSS                {r['rss_mb']:8.0f} MB  (the warm process before it "
              f"{r['warm_mb']:.0f} MB: {1000 * (r['rss_mb'] - r['warm_mb']) / n:.0f} kB a page)")
        print(f"  Report JSON             {r['json_mb']:8.1f} MB  ({1000 * r['json_mb'] / n:.0f} kB a page)")
    if len(rows) > 1:
        a, b = rows[0], rows[-1]
        per_a, per_b = a["docparse"] / a["pages"], b["docparse"] / b["pages"]
        med_a = statistics.median(a["docparse_runs"]) / a["pages"]
        med_b = statistics.median(b["docparse_runs"]) / b["pages"]
        print(f"{b['pages']} vs {a['pages']} pages: ms/page {per_b / per_a:.2f}x ({med_b / med_a:.2f}x) "
              f"(aim <= 1.2x), peak RSS {b['rss_mb'] / a['rss_mb']:.2f}x (aim <= 2x), JSON kB/page "
              f"{(b['json_mb'] / b['pages']) / (a['json_mb'] / a['pages']):.2f}x")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [200, 2000])
