"""The blind set (tests/blind/): reports written from the contract and real phrasings by authors who
had not read the recogniser, with their truth. Prints fact recall/precision, planted mistakes found
and false alarms per register, for the text and for its de-accented form (English-model OCR text).

The floors asserted here are today's measured level (a regression guard), below the issue's aim
(recall 0.97, precision 0.98); the precision-first promise is asserted in full: no warning or error
on a clean report.
"""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import pytest

import docparse

sys.path.insert(0, str(Path(__file__).parent))
from blind_score import tally  # noqa: E402

BLIND = Path(__file__).parent / "blind"
CASES = sorted(p for p in BLIND.glob("*.txt"))


def _measure(tmp_path, deaccent: bool):
    table = defaultdict(lambda: defaultdict(int))
    clean_alarms = []
    for txt in CASES:
        truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
        path = txt
        if deaccent:
            path = tmp_path / txt.name
            path.write_text(_strip(txt.read_text("utf-8")), "utf-8")
        report = docparse.parse(str(path))
        row = table[truth.get("register", "?")]
        row["docs"] += 1
        _, _, alarms = tally(row, report, truth)
        row["errors"] += sum(f.severity == "error" for f in report.findings)
        if not truth["mistakes"] and alarms:
            clean_alarms.append((txt.name, [(f.code, f.severity, f.message[:120]) for f in alarms]))
    return table, clean_alarms


def _strip(text: str) -> str:
    """Text as an English OCR model writes Vietnamese: the accents gone, case kept."""
    import unicodedata

    out = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


def _print(title, table):
    print(f"\n{title}")
    print(f"{'register':18}{'docs':>5}{'recall':>8}{'precision':>10}{'mistakes':>10}{'alarms':>8}")
    tot = defaultdict(int)
    for reg, row in sorted(table.items()):
        for k, v in row.items():
            tot[k] += v
        print(f"{reg:18}{row['docs']:5}{row['hits'] / max(1, row['truth']):8.3f}"
              f"{row['hits'] / max(1, row['emitted']):10.3f}{row['found']:5}/{row['mistakes']:<4}{row['alarms']:8}")
    print(f"{'all':18}{tot['docs']:5}{tot['hits'] / max(1, tot['truth']):8.3f}"
          f"{tot['hits'] / max(1, tot['emitted']):10.3f}{tot['found']:5}/{tot['mistakes']:<4}{tot['alarms']:8}")
    return tot


@pytest.mark.skipif(not CASES, reason="no blind set")
def test_blind_set(tmp_path):
    table, clean_alarms = _measure(tmp_path, deaccent=False)
    tot = _print("blind set", table)
    for name, alarms in clean_alarms:
        print("  false alarm on a clean report:", name, alarms)
    assert tot["docs"] >= 40
    assert not clean_alarms, "a clean report got a warning or an error"
    assert tot["hits"] / tot["truth"] >= FLOOR_RECALL
    assert tot["hits"] / max(1, tot["emitted"]) >= FLOOR_PRECISION


@pytest.mark.skipif(not CASES, reason="no blind set")
def test_blind_set_deaccented(tmp_path):
    table, _ = _measure(tmp_path, deaccent=True)
    tot = _print("blind set, de-accented (English-model OCR text)", table)
    assert tot["errors"] == 0, "an error finding on de-accented text"
    assert tot["hits"] / tot["truth"] >= FLOOR_RECALL_DEACCENTED


# measured 2026-12-01: recall 0.532, precision 0.633; de-accented recall 0.490 (see the closing note)
FLOOR_RECALL = 0.52
FLOOR_PRECISION = 0.62
FLOOR_RECALL_DEACCENTED = 0.47
