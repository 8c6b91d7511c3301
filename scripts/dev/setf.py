#!/usr/bin/env python3
"""setf.py DIR [--deacc] [--alarms]: score a blind set with tests/blind_score (aggregates only)."""
import json, os, sys, tempfile, unicodedata
from collections import defaultdict
from pathlib import Path
TESTS = Path(os.environ.get("SETF_TESTS", "/work/main/tests"))
sys.path.insert(0, str(TESTS))
import docparse  # noqa
print("docparse from", docparse.__file__, file=sys.stderr)
from blind_score import print_table, tally  # noqa
def strip(t):
    out = unicodedata.normalize("NFD", t.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in out if not unicodedata.combining(c))
args = sys.argv[1:]; d = Path(args[0]); deacc = "--deacc" in args; show = "--alarms" in args
table = defaultdict(lambda: defaultdict(int)); clean = []; tmp = Path(tempfile.mkdtemp())
for txt in sorted(d.glob("*.txt")):
    truth = json.loads(txt.with_suffix(".truth.json").read_text("utf-8"))
    p = txt
    if deacc:
        p = tmp / txt.name; p.write_text(strip(txt.read_text("utf-8")), "utf-8")
    rep = docparse.parse(str(p)); row = table[truth.get("register", "?")]
    _, _, alarms = tally(row, rep, truth)
    row["errors"] += sum(f.severity == "error" for f in rep.findings)
    if not truth["mistakes"] and alarms:
        clean.append((txt.name, [(f.code, f.severity, f.message[:160]) for f in alarms]))
tot = print_table(str(d), table)
print("errors:", tot.get("errors", 0), "clean reports with alarms:", len(clean))
if show:
    for c in clean: print(" ", c)
