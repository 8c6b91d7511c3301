"""The development set (tests/dev/): 24 reports written by a helper from the contract and the
phrasing notes, without reading the recogniser — and then tuned to, unlike tests/blind/. Prints
the figures per register; asserts today's floors and no warning or error on a clean report."""
from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import docparse

sys.path.insert(0, str(Path(__file__).parent))
from blind_score import print_table, tally  # noqa: E402

DEV = Path(__file__).parent / "dev"


def test_dev_set():
    table = defaultdict(lambda: defaultdict(int))
    clean_alarms = []
    cases = sorted(DEV.glob("*.txt"))
    for txt in cases:
        truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
        report = docparse.parse(str(txt))
        _, _, alarms = tally(table[truth["register"]], report, truth)
        if alarms and not truth["mistakes"]:
            clean_alarms.append((txt.name, [(f.code, f.message[:100]) for f in alarms]))
    tot = print_table("development set", table, "register")
    recall, precision = tot["hits"] / tot["truth"], tot["hits"] / max(1, tot["emitted"])
    assert len(cases) == 24
    assert not clean_alarms, clean_alarms
    assert recall >= 0.945 and precision >= 0.955  # measured 2026-12-01: session 3 0.943 / 0.960, session 4 0.940 / 0.955, session 5 0.948 / 0.960, 0.950 / 0.960
    # (session 4 keeps no x/y summed from parts on a rate, as CONTRACT §2 and sets A/B and D have it; this set's truth sums)
