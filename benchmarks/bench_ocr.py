"""OCR speed on a 10-page scan: docparse (render, OCR with word boxes, recognise, check) with one
worker and with two (``docparse.parse(jobs=N)``), beside raw `tesseract` on the same page images
(PNG files written beforehand, ``OMP_THREAD_LIMIT=1``) one after another and two at a time, in the
same run.

    python3 benchmarks/bench_ocr.py [REPEAT]

Each figure is the median of REPEAT runs (default 3), the runs interleaved so that load from
elsewhere on the machine hits all alike. Wall-clock time and CPU time (user + system of the
process and the Tesseract processes it waits for) are both printed: on a machine shared with other
work the second core is not free, and the wall-clock speed-up of two workers (or of two raw
Tesseract processes) is what the machine gives at that moment; the CPU time per page with two
workers beside the one with one says what two free cores would give.
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child processes) of ``fn()``."""
    c, t = children_cpu(), time.perf_counter()
    fn()
    return time.perf_counter() - t, children_cpu() - c


def main(repeat: int = 3) -> None:
    import pypdfium2 as pdfium

    from corpus.render import render_all
    from corpus.scan import scan_pdf

    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        render_all(tmp)
        pages = []  # ten pages of scanned seed renders
        for name in ("001", "000"):
            scanned = scan_pdf(tmp / f"{name}.pdf", tmp / f"{name}-scan.pdf", 300, seed=3)
            pages += [(scanned, i) for i in range(len(pdfium.PdfDocument(str(scanned))))]
        pages = pages[:10]
        # one 10-page scanned PDF, and the same page images for raw tesseract
        images = []
        for k, (pdf, i) in enumerate(pages):
            img = pdfium.PdfDocument(str(pdf))[i].render(scale=300 / 72, grayscale=True).to_pil()
            images.append(img)
            img.save(tmp / f"p{k:02d}.png")
        ten = tmp / "ten.pdf"
        images[0].save(ten, "PDF", save_all=True, append_images=images[1:], resolution=300)
        n = len(images)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")

        def tesseract(k: int, tsv: bool = False):
            boxes = ["--psm", "3", "-c", "tessedit_create_tsv=1"] if tsv else []  # words with boxes, as docparse asks
            return subprocess.Popen(["tesseract", str(tmp / f"p{k:02d}.png"), "stdout", "-l", "vie", *boxes], env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        def raw(streams: int, tsv: bool = False):
            def run():
                running = []
                for k in range(n):
                    if len(running) >= streams:
                        running.pop(0).wait()
                    running.append(tesseract(k, tsv))
                for p in running:
                    p.wait()
            return run

        # the catalogue and the gazetteer load once per process (a batch or server is warm); the
        # child reports the wall time of the scan's parse alone, CPU is taken from the whole child
        code = ("import sys,time,docparse; docparse.parse(%r); t=time.perf_counter(); "
                "r=docparse.parse(%r, jobs=int(sys.argv[1])); print(time.perf_counter()-t, len(r.facts))"
                % (str(ROOT / "corpus/seeds/002_ad5a9e7cab460c97.txt"), str(ten)))
        def docparse_with(workers: int):
            out = {}

            def run():
                res = subprocess.run([sys.executable, "-c", code, str(workers)], capture_output=True, text=True,
                                     check=True, env=env, cwd=ROOT)
                out["seconds"], out["facts"] = res.stdout.split()
            return run, out

        start_cpu = timed(lambda: subprocess.run([sys.executable, "-c", code.split("; t=")[0]], check=True,
                                                 env=env, cwd=ROOT, capture_output=True))[1]
        figures: dict[str, list] = {k: [] for k in ("raw1", "tsv1", "raw2", "one", "two")}
        facts = set()
        for _ in range(repeat):
            figures["raw1"].append(timed(raw(1)))
            figures["tsv1"].append(timed(raw(1, tsv=True)))
            figures["raw2"].append(timed(raw(2)))
            for key, workers in (("one", 1), ("two", 2)):
                run, out = docparse_with(workers)
                wall, cpu = timed(run)
                figures[key].append((float(out["seconds"]), cpu - start_cpu))
                facts.add(out["facts"])
    med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in figures.items()}
    (raw1_w, raw1_c), (raw2_w, raw2_c), (tsv1_w, tsv1_c) = med["raw1"], med["raw2"], med["tsv1"]
    (one_w, one_c), (two_w, two_c) = med["one"], med["two"]
    print(f"{n}-page scan at 300 dpi, median of {repeat} runs each; facts read: {sorted(facts)}; "
          f"CPU of a warm process's start ({start_cpu:.2f} s) taken off docparse's CPU")
    print(f"  raw tesseract (vie, 1 thread), one at a time   {raw1_w / n:5.2f} s/page wall, {raw1_c / n:5.2f} s/page CPU")
    print(f"  raw tesseract with word boxes (TSV), one at a time {tsv1_w / n:5.2f} s/page wall, {tsv1_c / n:5.2f} s/page CPU")
    print(f"  raw tesseract, two at a time                   {raw2_w / n:5.2f} s/page wall "
          f"({raw1_w / raw2_w:.2f}x faster: what the machine gives right now), {raw2_c / n:5.2f} s/page CPU")
    print(f"  docparse, 1 worker   {one_w / n:5.2f} s/page wall = {one_w / raw1_w:.2f}x raw, "
          f"{one_c / n:5.2f} s/page CPU = {one_c / raw1_c:.2f}x raw "
          f"(aim <= 1.08x: wall {'ok' if one_w / raw1_w <= 1.08 else 'NOT MET'}, CPU "
          f"{'ok' if one_c / raw1_c <= 1.08 else 'NOT MET'}); against raw "
          f"TSV {one_w / tsv1_w:.2f}x wall, {one_c / tsv1_c:.2f}x CPU")
    print(f"  docparse, 2 workers  {two_w / n:5.2f} s/page wall: {one_w / two_w:.2f}x faster than 1 worker "
          f"(aim >= 1.8x: {'ok' if one_w / two_w >= 1.8 else 'NOT MET'}; raw two-at-a-time "
          f"{raw1_w / raw2_w:.2f}x); {two_c / n:5.2f} s/page CPU: on two free cores "
          f"{2 * one_c / two_c:.2f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
