"""Cost of the typo search (docparse/suggest.py) beside the document's own parse and checks, in
the same run.

    python3 benchmarks/bench_suggest.py

For the largest report of the seeds and dev set, seed 002, a long generated statistics table (34
communes over pages, corpus/generate_tables.py, one planted cell) and a stress report (twelve
generated reports with planted slips joined into one: many failing identities at once), prints
the time to read and recognise the document (no checks), the time of its checks, the search time on
the same report, and the work the search spent (identity evaluations) against its fixed bound per
document (MAX_EVALS). Best of three runs each.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _best(fn, repeat: int = 3) -> tuple[float, object]:
    best, out = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    return best, out


def main() -> None:
    import docparse
    from corpus.gold import SEEDS
    from corpus.generate_typos import make_typo_report
    from docparse.checks import run_checks
    from docparse.extractors import read
    from docparse.pipeline import analyse
    from docparse.suggest import MAX_EVALS, Budget, suggest

    texts = list(SEEDS) + sorted((ROOT / "tests" / "dev").glob("*.txt"))
    largest = max(texts, key=lambda p: p.stat().st_size)
    tmp = Path(tempfile.mkdtemp())
    stress = tmp / "stress_12_reports.txt"
    stress.write_text("\n".join(make_typo_report(900 + i)[0] for i in range(12)), "utf-8")
    from corpus.generate_tables import generate as generate_tables

    table = next(p for p in generate_tables(tmp / "tables", seed=5, per_format=2, formats=["pdf_pages"])
                 if "clean" not in p.name)
    docparse.parse(SEEDS[0])  # warm the catalogue and gazetteer
    print(f"{'report':34s} {'size':>8s} {'read+recognise':>15s} {'checks':>9s} {'search':>9s} {'work':>7s} {'bound':>7s}")
    for path in (largest, next(p for p in SEEDS if p.name.startswith("002")), table, stress):
        src = read(path)
        t_read, report = _best(lambda: analyse(src, checks=False))

        def checks():
            report.findings = run_checks(report, src.lines)
            return report

        t_checks, _ = _best(checks)

        def search():
            for f in report.findings:
                f.suggestion = None
            budget = Budget()
            suggest(report, budget)
            return budget.used

        t_search, used = _best(search)
        named = sum(1 for f in report.findings if f.suggestion is not None and f.suggestion.status == "named")
        print(f"{path.name[:34]:34s} {path.stat().st_size:7d}B {t_read:13.3f} s {t_checks:7.3f} s {t_search:7.3f} s "
              f"{used:7d} {MAX_EVALS:7d}   ({len(report.findings)} findings, {named} with a named correction)")


if __name__ == "__main__":
    main()
