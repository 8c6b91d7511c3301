"""Table reading speed on text-layer PDFs, in the same run: docparse end to end on a ruled and a
borderless statistics table running over many pages (pages/s), raw pdfplumber's table finder on the
same pages, and docparse on a prose PDF (the text-layer figure of bench_extract.py) with table
detection on and off — pages without tables must not pay for it.

    python3 benchmarks/bench_tables.py [PROSE_PAGES]
"""
from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def table_pdfs(tmp: Path) -> dict:
    """A long Biểu 06 (every commune of the province) drawn ruled and borderless."""
    from corpus.generate_tables import build, write_pdf_borderless, write_pdf_ruled

    doc = build(random.Random(3), "pdf_pages", "clean", 0, n_communes=96)
    out = {}
    for name, writer in (("ruled", write_pdf_ruled), ("borderless", write_pdf_borderless)):
        path = tmp / f"{name}.pdf"
        writer(doc, path)
        out[name] = path
    return out


def main(prose_pages: int = 60) -> None:
    import pdfplumber
    import pypdfium2 as pdfium

    import docparse
    from bench_extract import build_pdf

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        pdfs = table_pdfs(tmp)
        prose = tmp / "prose.pdf"
        n_prose = build_pdf(prose, prose_pages)
        print("table PDFs")
        for name, path in pdfs.items():
            n = len(pdfium.PdfDocument(str(path)))
            cells = []

            def docparse_all():
                report = docparse.parse(path)
                cells.append(sum(1 for f in report.facts if f.evidence.table is not None))

            def raw_plumber():
                with pdfplumber.open(str(path)) as doc:
                    for page in doc.pages:
                        for t in page.find_tables():
                            t.extract()

            def raw_pdfium():
                doc = pdfium.PdfDocument(str(path))
                for page in doc:
                    page.get_textpage().get_text_range()

            t_dp = best_of(docparse_all)
            t_pl = best_of(raw_plumber, repeat=1)
            t_pm = best_of(raw_pdfium)
            print(f"  {name:10} {n:3} pages, {cells[-1]} cell facts")
            print(f"    docparse end to end (tables read)   {n / t_dp:7.1f} pages/s  ({t_dp:6.2f} s)")
            print(f"    raw pdfplumber find_tables+extract  {n / t_pl:7.1f} pages/s  ({t_pl:6.2f} s)")
            print(f"    raw pypdfium2 text                  {n / t_pm:7.1f} pages/s  ({t_pm:6.2f} s)")

        from docparse.tables import pdf as tpdf

        real = tpdf.pdf_tables

        def on():
            docparse.parse(prose)

        def off():
            tpdf.pdf_tables = lambda data, lines: (lines, [])
            try:
                docparse.parse(prose)
            finally:
                tpdf.pdf_tables = real

        t_on, t_off = best_of(on), best_of(off)
        from docparse.extractors import read
        from docparse.tables.pdf import candidate_pages

        flagged = candidate_pages(read(prose).lines)
        print(f"prose PDF ({n_prose} pages, {len(flagged)} pages flagged as tabular)")
        print(f"  docparse end to end, table detection on   {n_prose / t_on:7.1f} pages/s  ({t_on:6.2f} s)")
        print(f"  docparse end to end, table detection off  {n_prose / t_off:7.1f} pages/s  ({t_off:6.2f} s)")
        print(f"  cost of table detection on prose pages: {100 * (t_on - t_off) / t_off:+.1f}%")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
