#!/usr/bin/env python3
"""missed_codes.py DIR: per finding code, planted mistakes missed, and whether the report has any
finding of that code (any severity) — aggregates only (fit for held-out sets)."""
import json, os, sys
from collections import Counter
from pathlib import Path
sys.path.insert(0, os.environ.get("SETF_TESTS", "/work/main/tests"))
import docparse
from blind_score import score_findings
miss, info, none = Counter(), Counter(), Counter()
for txt in sorted(Path(sys.argv[1]).glob("*.txt")):
    truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
    if not truth["mistakes"]: continue
    rep = docparse.parse(str(txt))
    _, missed, _ = score_findings(rep, truth)
    for m in missed:
        miss[m["code"]] += 1
        (info if any(f.code == m["code"] for f in rep.findings) else none)[m["code"]] += 1
for c in miss: print(f"{c:28} missed {miss[c]}  (a finding of the code present: {info[c]}, none: {none[c]})")
