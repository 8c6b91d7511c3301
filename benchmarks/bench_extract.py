"""Extraction speed on a 200-page text-layer PDF: docparse end to end (read, recognise, check)
beside raw pypdfium2 and raw pdfplumber text extraction, in the same run.

    python3 benchmarks/bench_extract.py [PAGES]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def build_pdf(path: Path, pages: int) -> int:
    """Generated reports rendered one after another until the PDF has ``pages`` pages."""
    import pypdfium2 as pdfium

    from corpus.generate import make_report
    from corpus.render import render_pdf

    text, seed = "", 0
    while True:
        chunk, _ = make_report(seed)
        text += chunk + "\n"
        seed += 1
        if seed % 10 == 0:
            render_pdf(text, path)
            n = len(pdfium.PdfDocument(str(path)))
            if n >= pages:
                return n


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(pages: int = 200) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    import docparse

    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "bench.pdf"
        n = build_pdf(pdf, pages)

        def raw_pdfium():
            doc = pdfium.PdfDocument(str(pdf))
            for page in doc:
                page.get_textpage().get_text_range()

        def raw_pdfplumber():
            with pdfplumber.open(str(pdf)) as doc:
                for page in doc.pages:
                    page.extract_text()

        facts = []

        def docparse_all():
            facts.append(len(docparse.parse(pdf).facts))

        t_pdfium = best_of(raw_pdfium)
        t_dp = best_of(docparse_all)
        t_plumber = best_of(raw_pdfplumber, repeat=1)
        print(f"{n}-page text-layer PDF, {facts[-1]} facts")
        print(f"  raw pypdfium2 text      {n / t_pdfium:8.1f} pages/s  ({t_pdfium:6.2f} s)")
        print(f"  docparse end to end     {n / t_dp:8.1f} pages/s  ({t_dp:6.2f} s)")
        print(f"  raw pdfplumber text     {n / t_plumber:8.1f} pages/s  ({t_plumber:6.2f} s)")
        verdict = "faster" if t_dp < t_plumber else "SLOWER"
        print(f"docparse end to end is {t_plumber / t_dp:.1f}x raw pdfplumber extract_text ({verdict})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
