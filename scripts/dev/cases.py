#!/usr/bin/env python3
"""cases.py TESTS_DIR PREFIX: score phrasing cases whose id starts with PREFIX with the docparse on PYTHONPATH."""
import sys
sys.path.insert(0, sys.argv[1])
from phrasing_harness import load_cases, run_case
from blind_score import score_facts, score_findings
for case in load_cases():
    if not case["id"].startswith(sys.argv[2]): continue
    rep = run_case(case)
    truth = {"facts": case["facts"], "mistakes": [case["mistake"]] if case.get("mistake") else []}
    hits, missed, extra = score_facts(rep, truth)
    found, mmissed, alarms = score_findings(rep, truth)
    ok = not missed and not extra and not mmissed and not alarms
    print(case["id"], "OK" if ok else "FAIL", "missed", [(f["indicator"], f["value"]) for f in missed], "extra", [(f.indicator, f.value) for f in extra],
          "mistake-missed" if mmissed else "", [(a.code, a.severity) for a in alarms])
