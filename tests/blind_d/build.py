"""Build blind set D: write every NAME.txt and NAME.truth.json and re-check the truth.

    python3 tests/blind_d/build.py          # writes the files, exits 1 on any failed check
    python3 tests/blind_d/build.py --check  # checks only, and that the files on disk are current

Checks (own arithmetic, no docparse): no digit in a text outside a recording helper; every
figure text found in its report; rates against 100*n/d with the contract's rounding (half up or
truncation at the written precision); Biểu 06 sums and balances; complements; 766 totals and
maxima; ranks and unit counts; targets; repeated values; unit names in the list in force on the
document's date. A clean report must pass them all; a report with a planted mistake must fail
exactly the check of its mistake, at the planted fact, and nothing else.
"""
from __future__ import annotations

import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from checks import unit_problems, violations  # noqa: E402
import defs_weekly, defs_quarterly, defs_commune, defs_news, defs_portal, defs_ministry  # noqa: E402,E401

MODULES = [defs_weekly, defs_quarterly, defs_commune, defs_news, defs_portal, defs_ministry]
REGISTERS = ["weekly_notice", "quarterly_report", "commune_report", "news_article",
             "portal_stats", "ministry_report"]


def check_doc(doc):
    errs = []
    text = doc.text()
    for f in doc.facts:
        if f.text not in text:
            errs.append(f"fact text {f.text!r} not in text")
        if f.subject.split(":")[0] not in ("city", "departments", "districts", "communes",
                                           "national", "self", "unit"):
            errs.append(f"bad subject {f.subject}")
    for nf in doc.not_facts:
        if nf["text"] not in text:
            errs.append(f"not_fact text {nf['text']!r} not in text")
    ids = {f.id for f in doc.facts}
    for i in doc.xy_written:
        if i not in ids:
            errs.append("an x/y or part was written for a fact that is not in the text")
    planted = [f for f in doc.facts if f.mistake]
    if len(planted) > 1:
        errs.append("more than one planted mistake")
    found = violations(doc)
    for code, ids, msg in found:
        if not any(p.mistake[0] == code and p.id in ids for p in planted):
            errs.append(f"unplanned {code}: {msg}")
    for p in planted:
        if not any(code == p.mistake[0] and p.id in ids for code, ids, _ in found):
            errs.append(f"planted {p.mistake[0]} at {p.text} is not an inconsistency")
    for name in unit_problems(doc):
        errs.append(f"unit not in the list of {doc.doc_date}: {name}")
    if doc.register not in REGISTERS:
        errs.append(f"bad register {doc.register}")
    return errs


def main(argv):
    only_check = "--check" in argv
    docs = []
    failed = False
    for m in MODULES:
        for fn in m.REPORTS:
            try:
                doc = fn()
            except Exception as e:  # a refused digit or a bad helper call
                print(f"FAIL {fn.__name__}: {e}")
                failed = True
                continue
            errs = check_doc(doc)
            for e in errs:
                print(f"FAIL {doc.name}: {e}")
            failed |= bool(errs)
            docs.append(doc)
    names = [d.name for d in docs]
    if len(set(names)) != len(names):
        print("FAIL duplicate report names")
        failed = True
    per_reg = collections.Counter(d.register for d in docs)
    for r in REGISTERS:
        if per_reg[r] < 7:
            print(f"FAIL register {r} has {per_reg[r]} reports (< 7)")
            failed = True
    if failed:
        return 1
    stale = []
    for d in docs:
        t = d.text()
        tr = json.dumps(d.truth(), ensure_ascii=False, indent=1) + "\n"
        for ext, content in ((".txt", t), (".truth.json", tr)):
            path = os.path.join(HERE, d.name + ext)
            if only_check:
                if not os.path.exists(path) or open(path, encoding="utf-8").read() != content:
                    stale.append(path)
            else:
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(content)
    if stale:
        for s in stale:
            print(f"FAIL stale or missing: {s}")
        return 1
    nfacts = sum(len(d.facts) for d in docs)
    nnot = sum(len(d.not_facts) for d in docs)
    codes = collections.Counter(f.mistake[0] for d in docs for f in d.facts if f.mistake)
    dated = collections.Counter("before 2025-07-01" if d.doc_date < "2025-07-01" else "after"
                                for d in docs)
    print(f"{len(docs)} reports, {nfacts} facts, {nnot} not_facts, "
          f"{sum(codes.values())} planted mistakes in {sum(1 for d in docs if any(f.mistake for f in d.facts))} reports")
    print("per register:", dict(per_reg))
    print("mistakes:", dict(codes))
    print("dates:", dict(dated))
    kinds = collections.Counter(f.kind for d in docs for f in d.facts)
    print("fact kinds:", dict(kinds))
    whys = collections.Counter(n["why"] for d in docs for n in d.not_facts)
    print("not_fact whys:", dict(whys))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
