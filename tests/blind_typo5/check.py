"""`python3 build.py --check`: verify the set as built (no docparse)."""
from __future__ import annotations

import json
from collections import Counter

from lib import dumps


def check(built, here) -> int:
    errs = []
    agg = Counter()
    provinces, years, patterns = set(), set(), Counter()
    for name, (r, text, truth, kind) in built.items():
        e = lambda m: errs.append(f"{name}: {m}")  # noqa: E731
        # files identical to a rebuild
        for suf, want in ((".txt", text), (".truth.json", dumps(truth))):
            p = here / f"{name}{suf}"
            if not p.exists() or p.read_text("utf-8") != want:
                e(f"{suf} differs from rebuild")
        n_lines = len(text.splitlines())
        if not 15 <= n_lines <= 50:
            e(f"{n_lines} lines")
        # every text present
        for f in truth["facts"] + truth["not_facts"] + truth["mistakes"]:
            if f.get("text") and f["text"] not in text:
                e(f"text {f['text']!r} not in report")
        sug = truth["suggestion"]
        if sug and sug["text"] not in text:
            e(f"suggestion text {sug['text']!r} not in report")
        # clean form: every identity holds
        if r.broken(r.true_state()):
            e("identity broken in clean form")
        st = r.written_state()
        if kind == "clean":
            if sug is not None or truth["mistakes"] or r.broken(st):
                e("clean report with a slip")
            agg["clean"] += 1
        else:
            var = r.slip[0]
            if not r.broken(st):
                e("slip breaks no identity")
            fx = r.fixes(st, any_value=False)
            fa = r.fixes(st, any_value=True)
            true_v = r.true_state()[var][0]
            corr = sug["corrected"] if isinstance(sug["corrected"], list) else [sug["corrected"]]
            if not any(abs(float(true_v) - c) < 1e-9 for c in corr):
                e("true value not among corrected")
            if kind == "det":
                if list(fx) != [var] or list(fa) != [var] or sug["determined"] is not True:
                    e(f"not determined: {list(fx)} {list(fa)}")
                agg["determined"] += 1
            else:
                if var not in fx or len(fx) < 2 or sug["determined"] is not False:
                    e(f"not undetermined: {list(fx)}")
                agg["undetermined"] += 1
                agg["undetermined_fixable_figures"] += len(fx)
            patterns[sug["pattern"]] += 1
            agg["mistakes"] += len(truth["mistakes"])
            if len(truth["mistakes"]) != len(r.broken(st)):
                e("mistakes != broken identities")
        agg["identities"] += len(r.ids)
        agg["facts"] += len(truth["facts"])
        if truth["province"]:
            provinces.add(truth["province"])
        years.add(truth["doc_date"][:4])
        # unit names valid for the date
        if truth["province"]:
            if truth["doc_date"] >= "2025-07-01":
                import vietnam_provinces as vp
                names = {p.name for p in vp.Province.iter_all()} | {"Tỉnh " + p.name for p in vp.Province.iter_all()}
                if truth["province"] not in names:
                    e(f"{truth['province']} not in the current list")
                if truth["register"] == "commune_report":
                    wards = {w.name for w in vp.Ward.iter_all()}
                    if not any(w.upper() in text for w in wards if w.startswith("Xã ")):
                        e("commune name not in the current list")
            else:
                import vietnamadminunits as va
                if va.parse_address(truth["province"], mode="LEGACY").province != truth["province"]:
                    e(f"{truth['province']} not in the legacy list")
    want = {"determined": 24, "undetermined": 8, "clean": 8}
    for k, v in want.items():
        if agg[k] != v:
            errs.append(f"count {k}: {agg[k]} != {v}")
    if len(provinces) < 20:
        errs.append(f"only {len(provinces)} provinces")
    for e_ in errs:
        print("FAIL", e_)
    print(f"reports {len(built)}: determined {agg['determined']}, undetermined {agg['undetermined']}, clean {agg['clean']}; "
          f"provinces {len(provinces)}, years {min(years)}-{max(years)}; identities {agg['identities']}, facts {agg['facts']}, "
          f"mistakes {agg['mistakes']}; patterns {dict(sorted(patterns.items()))}")
    print("check:", "OK" if not errs else f"{len(errs)} failures")
    return 1 if errs else 0
