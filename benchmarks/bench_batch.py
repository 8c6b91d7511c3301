"""Batch on a generated archive of 2,000 documents (TXT and text-layer PDF, some repeated):
first run documents/s and pages/s; a second run with nothing changed; the parent process's peak
memory at 200 and at 2,000 documents (it must not grow with the archive).

    python3 benchmarks/bench_batch.py [DOCUMENTS]
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNNER = """
import json, resource, sys, time
from docparse.batch import run_batch
t = time.perf_counter()
s = run_batch(__import__("pathlib").Path(sys.argv[1]), sys.argv[2])
print(json.dumps({"seconds": time.perf_counter() - t, "processed": s.processed, "skipped": s.skipped,
                  "pages": s.pages, "files": s.files, "failures": len(s.failures),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def build(root: Path, count: int) -> None:
    from corpus.generate import make_report
    from corpus.render import render_pdf

    root.mkdir(parents=True)
    for i in range(count):
        if i % 10 == 9:  # a repeated document under another name
            shutil.copy(next(root.glob("*.txt")), root / f"copy_{i:05d}.txt")
            continue
        text, _ = make_report(70_000 + i, None)
        if i % 4 == 0:
            render_pdf(text, root / f"doc_{i:05d}.pdf")
        else:
            (root / f"doc_{i:05d}.txt").write_text(text, "utf-8")


def run(root: Path, db: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", RUNNER, str(root), f"sqlite:///{db}"], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(total: int = 2000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        build(tmp / "small", total // 10)
        build(tmp / "big", total)
        print(f"built archives of {total // 10} and {total} documents in {time.perf_counter() - t:.0f} s")
        small = run(tmp / "small", tmp / "small.sqlite")
        first = run(tmp / "big", tmp / "big.sqlite")
        second = run(tmp / "big", tmp / "big.sqlite")
    print(f"first run:  {first['files']} files, {first['processed']} processed, {first['pages']} pages in "
          f"{first['seconds']:.1f} s = {first['processed'] / first['seconds']:.1f} documents/s, "
          f"{first['pages'] / first['seconds']:.1f} pages/s")
    ratio = second["seconds"] / first["seconds"]
    print(f"second run: {second['skipped']} skipped, {second['processed']} processed in "
          f"{second['seconds']:.2f} s = {100 * ratio:.1f}% of the first ({'ok' if ratio < 0.05 else 'OVER 5%'})")
    print(f"parent peak RSS: {small['peak_rss_mb']:.0f} MB at {total // 10} documents, "
          f"{first['peak_rss_mb']:.0f} MB at {total} documents "
          f"({'flat' if first['peak_rss_mb'] < small['peak_rss_mb'] * 1.25 else 'GROWS'})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
