#!/usr/bin/env python3
"""cases.py TESTS_DIR PREFIX: score phrasing cases whose id starts with PREFIX with the docparse on PYTHONPATH."""
import sys
sys.path.insert(0, sys.argv[1])
from phrasing_harness import load_cases, run_case
from blind_score import score_facts
for case in load_cases():
    if not case["id"].startswith(sys.argv[2]): continue
    rep = run_case(case)
    hits, missed, extra = score_facts(rep, {"facts": case["facts"], "mistakes": []})
    print(case["id"], "OK" if not missed and not extra else "FAIL", "missed", [(f["indicator"], f["value"]) for f in missed], "extra", [(f.indicator, f.value) for f in extra])
