#!/usr/bin/env python3
"""missed.py DIR...: planted mistakes a development set's reports miss, with every finding of the report."""
import json, os, sys
from pathlib import Path
sys.path.insert(0, os.environ.get("SETF_TESTS", "/work/main/tests"))
import docparse
from blind_score import score_findings
for d in sys.argv[1:]:
    for txt in sorted(Path(d).glob("*.txt")):
        truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
        if not truth["mistakes"]: continue
        rep = docparse.parse(str(txt))
        found, missed, alarms = score_findings(rep, truth)
        if not missed and not alarms: continue
        print(f"== {txt.parent.name}/{txt.name}")
        for m in missed: print("  MISSED", m.get("code"), m.get("stated"), m.get("text"), "|", m.get("note", "")[:150])
        for f in rep.findings:
            print("   ", f.code, f.severity, f.message[:200])
