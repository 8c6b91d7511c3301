#!/usr/bin/env python3
"""diffset.py TREE_A TREE_B SETDIR: per report, truth facts hit by one tree and not the other (subprocesses)."""
import json, subprocess, sys
from pathlib import Path
A, B, D = sys.argv[1:4]
code = r'''
import json, sys
sys.path.insert(0, "/work/main/tests")
import docparse
from blind_score import score_facts, truth_key, report_key
from pathlib import Path
out = {}
for txt in sorted(Path(sys.argv[1]).glob("*.txt")):
    truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
    rep = docparse.parse(str(txt))
    hits, missed, extra = score_facts(rep, truth)
    out[txt.name] = {"missed": [repr(truth_key(f)) + " " + str(f.get("text")) for f in missed],
                     "extra": [repr(report_key(f)) + " | " + (f.evidence.text[:90] if f.evidence else "") for f in extra]}
print(json.dumps(out))
'''
def run(tree):
    r = subprocess.run([sys.executable, "-c", code, D], capture_output=True, text=True, cwd="/tmp", env={"PYTHONPATH": tree, "PATH": "/usr/bin:/bin"})
    return json.loads(r.stdout.strip().splitlines()[-1])
a, b = run(A), run(B)
for name in a:
    for k in ("missed", "extra"):
        lost = sorted(set(b[name][k]) - set(a[name][k])); gained = sorted(set(a[name][k]) - set(b[name][k]))
        for x in lost: print(name, "B new", k, x)
        for x in gained: print(name, "B no longer", k, x)
