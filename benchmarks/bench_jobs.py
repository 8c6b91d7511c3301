"""`--jobs N` on one large text-layer PDF: ``docparse.parse(jobs=1)`` against ``jobs=2``, beside raw
pypdfium2 text extraction of the same file (one process, and its pages split over two processes),
in the same run. The OCR side of ``--jobs`` is in bench_ocr.py.

    python3 benchmarks/bench_jobs.py [PAGES] [REPEAT]

Median of REPEAT runs (default 3), interleaved. Wall-clock time and CPU time (this process and the
workers it waits for) are printed: the reading of the pages is what ``--jobs`` spreads; what follows
(recognition and checks) reads the document as a whole and stays in one process, so the
document's time falls by the reading's share at most.
"""
from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(fn):
    c, t = cpu(), time.perf_counter()
    out = fn()
    return time.perf_counter() - t, cpu() - c, out


def raw_texts(data: bytes, indexes) -> int:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    chars = 0
    for i in indexes:
        page = pdf[i]
        tp = page.get_textpage()
        chars += len(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return chars


def main(pages: int = 200, repeat: int = 3) -> None:
    from concurrent.futures import ProcessPoolExecutor

    import docparse
    from bench_extract import build_pdf

    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "long.pdf"
        n = build_pdf(pdf, pages)
        data = pdf.read_bytes()
        docparse.parse(ROOT / "corpus/seeds/002_ad5a9e7cab460c97.txt")  # warm: imports, catalogue
        rows: dict[str, list] = {k: [] for k in ("raw1", "raw2", "one", "two")}
        reports = []
        for _ in range(repeat):
            rows["raw1"].append(timed(lambda: raw_texts(data, range(n)))[:2])

            def raw_two():
                with ProcessPoolExecutor(2) as pool:
                    return sum(pool.map(raw_texts, [data, data], [range(0, n // 2), range(n // 2, n)]))
            rows["raw2"].append(timed(raw_two)[:2])
            for key, jobs in (("one", 1), ("two", 2)):
                wall, c, report = timed(lambda: docparse.parse(pdf, jobs=jobs))
                rows[key].append((wall, c))
                reports.append(report.model_dump_json())
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in rows.items()}
    same = len(set(reports)) == 1
    print(f"{n}-page text-layer PDF, median of {repeat} runs; the Reports of jobs=1 and jobs=2 are "
          f"{'identical' if same else 'DIFFERENT'}")
    print(f"  raw pypdfium2 text, 1 process   {1000 * med['raw1'][0] / n:6.2f} ms/page wall, "
          f"{1000 * med['raw1'][1] / n:6.2f} ms/page CPU")
    print(f"  raw pypdfium2 text, 2 processes {1000 * med['raw2'][0] / n:6.2f} ms/page wall "
          f"({med['raw1'][0] / med['raw2'][0]:.2f}x, process start included)")
    print(f"  docparse jobs=1                 {1000 * med['one'][0] / n:6.2f} ms/page wall, "
          f"{1000 * med['one'][1] / n:6.2f} ms/page CPU")
    print(f"  docparse jobs=2                 {1000 * med['two'][0] / n:6.2f} ms/page wall "
          f"({med['one'][0] / med['two'][0]:.2f}x faster), {1000 * med['two'][1] / n:6.2f} ms/page CPU")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200, int(sys.argv[2]) if len(sys.argv) > 2 else 3)
