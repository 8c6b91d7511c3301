"""`docparse check` of each seed in a fresh process, as a clerk runs it after an edit, beside
`python3 -c "import pydantic"` in the same run; and the in-process time of the same parse.

    python3 benchmarks/bench_check.py [REPEAT]

CPU seconds (user + system) of the child processes, the best and the median of REPEAT runs each
(default 5), interleaved so that load from elsewhere on the machine hits both alike. The children run with
bytecode caching on (PYTHONDONTWRITEBYTECODE unset), as an installed package has its bytecode, and
after one warm-up run, so that docparse's disk cache of built indexes (docparse/cache.py) exists,
as it does from a user's second run on.
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def child_cpu(cmd: list[str], env: dict) -> float:
    """CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(repeat: int = 5) -> None:
    import docparse
    from corpus.gold import SEEDS

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    baseline_cmd = [sys.executable, "-c", "import pydantic"]
    for seed in SEEDS:  # warm-up: bytecode written, disk cache built
        subprocess.run([sys.executable, "-m", "docparse", "check", str(seed)], capture_output=True, env=env, cwd=ROOT)
    docparse.parse(SEEDS[0])  # warm the catalogue and gazetteer for the in-process figure
    bases: list[float] = []
    rows = []
    for seed in SEEDS:
        cli = []
        for _ in range(repeat):
            bases.append(child_cpu(baseline_cmd, env))
            cli.append(child_cpu([sys.executable, "-m", "docparse", "check", str(seed)], env))
        t = time.process_time()
        docparse.parse(seed)
        rows.append((seed.name, cli, time.process_time() - t))
    base, base_med = min(bases), statistics.median(bases)
    print(f"CPU seconds, best of {repeat} (median in brackets; load average {os.getloadavg()[0]:.1f}); "
          f"python3 -c 'import pydantic': {base:.3f} s ({base_med:.3f})")
    print(f"{'seed':34s} {'CLI process':>18s} {'x pydantic':>14s} {'in-process':>11s}")
    for name, cli, inproc in rows:
        best, med = min(cli), statistics.median(cli)
        flag = "ok" if med <= 3.5 * base_med else "OVER 3.5x"
        print(f"{name:34s} {best:7.3f} s ({med:.3f}) {best / base:6.1f}x ({med / base_med:.1f}x) {inproc:9.3f} s  {flag}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
