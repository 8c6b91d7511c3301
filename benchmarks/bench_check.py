"""`docparse check` time per seed (text inputs), in a fresh process as a user runs it, and in-process.

    python3 benchmarks/bench_check.py
"""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    import docparse
    from corpus.gold import SEEDS

    docparse.parse(SEEDS[0])  # warm the catalogue and gazetteer for the in-process figure
    print(f"{'seed':34s} {'CLI process':>12s} {'in-process':>11s}")
    for seed in SEEDS:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "docparse", "check", str(seed)], capture_output=True)
        cli = time.perf_counter() - t
        t = time.perf_counter()
        docparse.parse(seed)
        inproc = time.perf_counter() - t
        flag = "" if cli < 1 else "  OVER 1 s"
        print(f"{seed.name:34s} {cli:10.3f} s {inproc:9.3f} s{flag}")


if __name__ == "__main__":
    main()
