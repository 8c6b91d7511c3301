"""Batch on a generated archive of 2,000 documents (TXT and text-layer PDF, some repeated), beside
its raw baseline in the same run (issue 13's batch acceptance):

- raw: `docparse.parse` of the same distinct files in a plain loop, and in a plain
  `multiprocessing.Pool(2)` (no store, no hashing): what this machine gives right now;
- `batch` with 1 worker and with 2 workers, each on a fresh database: documents/s, and the
  2-worker speed-up beside the raw pool's (the machine is shared: the raw pool's own speed-up is
  the ceiling of the moment);
- an unchanged re-run: its time as a share of the first run's;
- the parent process's peak memory at 200 and at 2,000 documents (it must not grow with the archive).

    python3 benchmarks/bench_batch.py [DOCUMENTS] [RAW_SAMPLE]
"""
from __future__ import annotations

import json
import os
import platform
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
s = run_batch(__import__("pathlib").Path(sys.argv[1]), sys.argv[2], workers=int(sys.argv[3]))
wall = time.perf_counter() - t
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"seconds": wall, "processed": s.processed, "skipped": s.skipped,
                  "pages": s.pages, "files": s.files, "failures": len(s.failures),
                  "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
                  "parent_cpu": me.ru_utime + me.ru_stime,
                  "peak_rss_mb": me.ru_maxrss / 1024}))
"""

RAW = """
import json, sys, time
from multiprocessing import Pool
import docparse

def one(path):
    return len(docparse.parse(path).facts)

paths = sys.argv[2:]
workers = int(sys.argv[1])
for p in paths[:4]:
    one(p)  # warm: imports, catalogue matchers
t = time.perf_counter()
if workers == 1:
    facts = sum(map(one, paths))
else:
    with Pool(workers, initializer=one, initargs=(paths[0],)) as pool:
        facts = sum(pool.map(one, paths, chunksize=4))
print(json.dumps({"seconds": time.perf_counter() - t, "documents": len(paths), "facts": facts}))
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


def run(root: Path, db: Path, workers: int) -> dict:
    out = subprocess.run([sys.executable, "-c", RUNNER, str(root), f"sqlite:///{db}", str(workers)],
                         capture_output=True, text=True, check=True, cwd=ROOT,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)))
    return json.loads(out.stdout.strip().splitlines()[-1])


def raw(paths: list[str], workers: int) -> dict:
    out = subprocess.run([sys.executable, "-c", RAW, str(workers), *paths], capture_output=True, text=True,
                         check=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(total: int = 2000, sample: int = 400) -> None:
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.machine()}, {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        build(tmp / "small", total // 10)
        build(tmp / "big", total)
        print(f"built archives of {total // 10} and {total} documents in {time.perf_counter() - t:.0f} s")
        distinct = sorted(str(p) for p in (tmp / "big").iterdir() if not p.name.startswith("copy_"))
        step = max(1, len(distinct) // sample)
        picked = distinct[::step][:sample]
        raw1, raw2 = raw(picked, 1), raw(picked, 2)
        small = run(tmp / "small", tmp / "small.sqlite", 2)
        one = run(tmp / "big", tmp / "one.sqlite", 1)
        two = run(tmp / "big", tmp / "two.sqlite", 2)
        again = run(tmp / "big", tmp / "two.sqlite", 2)
        load = os.getloadavg()[0]
    rate = lambda r: r["processed"] / r["seconds"]  # noqa: E731
    r1, r2 = raw1["documents"] / raw1["seconds"], raw2["documents"] / raw2["seconds"]
    print(f"raw docparse.parse, {raw1['documents']} of the distinct documents: 1 process {r1:.1f} documents/s, "
          f"Pool(2) {r2:.1f} documents/s = {r2 / r1:.2f}x")
    for name, r in (("batch, 1 worker ", one), ("batch, 2 workers", two)):
        print(f"{name}: {r['files']} files, {r['processed']} processed, {r['failures']} failed, {r['pages']} pages "
              f"in {r['seconds']:.1f} s = {rate(r):.1f} documents/s ({rate(r) / (r1 if r is one else r2):.2f} of raw), "
              f"{r['pages'] / r['seconds']:.1f} pages/s, {1000 * r['cpu'] / max(1, r['processed']):.1f} ms CPU "
              f"per document (parent {1000 * r['parent_cpu'] / max(1, r['processed']):.1f})")
    speedup = rate(two) / rate(one)
    print(f"2 workers / 1 worker: {speedup:.2f}x wall clock (acceptance >= 1.8x: "
          f"{'ok' if speedup >= 1.8 else 'NOT MET'}; the raw pool's own speed-up in this run: {r2 / r1:.2f}x)")
    cpu1, cpu2 = one["cpu"] / one["processed"], two["cpu"] / two["processed"]
    serial = two["parent_cpu"] / two["processed"]
    bound = min(2 * cpu1 / cpu2, cpu1 / serial if serial else float("inf"))
    print(f"on 2 free cores (CPU time): 2 x {1000 * cpu1:.1f} / {1000 * cpu2:.1f} ms per document, the parent's "
          f"serial share {1000 * serial:.1f} ms: {bound:.2f}x")
    ratio = again["seconds"] / two["seconds"]
    print(f"unchanged re-run: {again['skipped']} skipped, {again['processed']} processed in {again['seconds']:.2f} s "
          f"= {100 * ratio:.1f}% of the first (acceptance <= 3%: {'ok' if ratio <= 0.03 else 'NOT MET'})")
    print(f"parent peak RSS: {small['peak_rss_mb']:.0f} MB at {total // 10} documents, "
          f"{two['peak_rss_mb']:.0f} MB at {total} documents "
          f"({'flat' if two['peak_rss_mb'] < small['peak_rss_mb'] * 1.25 else 'GROWS'}); load average at the end "
          f"{load:.1f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000, int(sys.argv[2]) if len(sys.argv) > 2 else 400)
