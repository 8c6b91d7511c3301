#!/usr/bin/env python3
"""factmiss.py DIR [NAME_SUBSTR]: per report of a DEVELOPMENT set, truth facts missed, each with the
report's facts of the same value (how it was read instead), and the extras."""
import json, os, sys
from pathlib import Path
sys.path.insert(0, os.environ.get("SETF_TESTS", "/work/main/tests"))
import docparse
from blind_score import score_facts, truth_key, report_key
d = Path(sys.argv[1]); sub = sys.argv[2] if len(sys.argv) > 2 else ""
for txt in sorted(d.glob("*.txt")):
    if sub not in txt.name: continue
    truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
    rep = docparse.parse(str(txt))
    hits, missed, extra = score_facts(rep, truth)
    if not missed and not extra: continue
    print(f"== {txt.name}  hits {len(hits)} missed {len(missed)} extra {len(extra)}")
    for f in missed:
        k = truth_key(f)
        same = [report_key(r) for r in rep.facts if r.modifier is None and report_key(r)[3] == k[3]]
        print("  MISS", k, "|", (f.get("text") or "")[:70])
        for s in same[:3]: print("       read as", s)
    for f in extra:
        print("  EXTRA", report_key(f), "|", (f.evidence.text[:80] if f.evidence else ""))
