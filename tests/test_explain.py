"""`docparse explain` (issue 11) works on every seed and on every blind report: one row per number
the text holds (shape, clause, role, subject, indicator, link), and each fact it names is a fact of
the Report; the JSON form gives the same rows."""
from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

import docparse
from docparse.render.text import explain_lines

HERE = Path(__file__).parent
SEEDS = sorted((HERE.parent / "corpus" / "seeds").glob("*.txt"))
BLIND = sorted(p for d in ("blind", "blind_c", "blind_d") for p in (HERE / d).glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_explain_command_on_every_seed(path):
    text = subprocess.run([sys.executable, "-m", "docparse", "explain", str(path)], capture_output=True,
                          text=True, timeout=300)
    rows = subprocess.run([sys.executable, "-m", "docparse", "explain", "--format", "json", str(path)],
                          capture_output=True, text=True, timeout=300)
    assert text.returncode == 0 and rows.returncode == 0, (text.stderr, rows.stderr)
    data = json.loads(rows.stdout)
    assert data and len(text.stdout.strip().splitlines()) == len(data) + 1  # a header line, a row each
    facts = {f.id for f in docparse.parse(str(path)).facts}
    assert {r["fact"] for r in data if r["fact"]} <= facts


def test_explain_on_every_blind_report():
    assert len(BLIND) >= 80
    for path in BLIND:
        report = docparse.parse(str(path), explain=True)
        rows = [dataclasses.asdict(r) for r in report._trace]
        lines = explain_lines(rows)
        assert len(lines) == len(rows) + 1, path.name
        assert rows or all(f.evidence.table is not None for f in report.facts), path.name  # a table only
        named = {r["fact"] for r in rows if r["fact"]}
        assert named <= {f.id for f in report.facts}, path.name
        # every number the recogniser read and kept as a fact is explained by a row
        assert {f.id for f in report.facts if f.evidence.table is None} <= named | _linked(rows), path.name


def _linked(rows) -> set[str]:
    """Facts a row names in its link ("share of f3", "value of f12") rather than as its own."""
    import re

    return {m for r in rows for m in re.findall(r"\bf\d+\b", r["link"] or "")}
