"""Build (or --check) the fourth blind typo set: NAME.txt, NAME.truth.json and the README table.

    python3 tests/blind_typo4/build.py            write every file
    python3 tests/blind_typo4/build.py --check    rebuild in memory, compare with the files on disk
    python3 tests/blind_typo4/build.py --show W05 print a report's true figures and the analysis
"""
from __future__ import annotations

import json
import re
import string
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import CODES, analyse, check_pattern, fmt_value, label, members, parse  # noqa: E402
import reports_a  # noqa: E402
import reports_b  # noqa: E402

REPORTS = reports_a.R + reports_b.R


def _num(x):
    return int(x) if float(x).is_integer() and not isinstance(x, float) else x


def _val(x, fmt):
    return int(x) if fmt in ("n", "i", "z") else float(x)


def _unit_names(province):
    try:
        from vietnam_provinces import Province, Ward
    except ImportError:  # pragma: no cover
        return None
    short = province.replace("Tỉnh ", "")
    for p in Province.iter_all():
        if p.name in (province, short):
            return {w.name for w in Ward.iter_all() if w.province_code == p.code}
    return None


def render(rep, written):
    fields = {k: written.get(k, fmt_value(v[0], v[1])) for k, v in rep["vars"].items()}
    return rep["text"].format(**fields)


def build_one(rep):
    vars_ = rep["vars"]
    fmts = {k: v[1] for k, v in vars_.items()}
    used = [f for _, f, _, _ in string.Formatter().parse(rep["text"]) if f]
    assert sorted(used) == sorted(vars_), (rep["name"], "each figure is written exactly once", sorted(used))
    # a repetition without a meta of its own is the same fact stated again
    metas = {k: (v[2] if len(v) > 2 else None) for k, v in vars_.items()}
    for ident in rep["ids"]:
        if ident[0] == "rep":
            a, b = ident[1], ident[2]
            if metas[a] and not metas[b]:
                metas[b] = metas[a]
            elif metas[b] and not metas[a]:
                metas[a] = metas[b]
    res = analyse(rep)
    written_text = {k: fmt_value(v[0], v[1]) for k, v in vars_.items()}
    slip = rep["slip"]
    if slip:
        var, wtext, pattern = slip
        others = [t for k, t in written_text.items() if k != var]
        assert check_pattern(written_text[var], wtext, pattern, others), (rep["name"], pattern)
        written_text[var] = wtext
    wval = {k: parse(written_text[k], fmts[k]) for k in vars_}
    text = render(rep, written_text)
    # post-July-2025 unit names come from vietnam_provinces
    if rep["doc_date"] >= "2025-07-01" and rep["province"]:
        names = _unit_names(rep["province"])
        for k, v in vars_.items():
            meta = v[2] if len(v) > 2 else None
            if meta and " unit:" in meta and names is not None:
                unit = meta.split(" unit:")[1].split("|")[0]
                if unit.startswith(("Xã ", "Phường ", "Đặc khu ")):
                    assert unit in names, (rep["name"], unit)
    # facts: every variable with a meta, with its written value
    ratios = {i[1]: i for i in rep["ids"] if i[0] == "ratio"}
    facts = []
    for k, v in vars_.items():
        if not metas[k]:
            continue
        meta, den_var = metas[k], None
        if " /" in meta:
            meta, den_var = meta.split(" /")
        kind, indicator, subj = meta.split(" ", 2)
        scope = None
        if "|" in subj:
            subj, scope = subj.split("|", 1)
        fact = {"kind": kind, "indicator": indicator, "subject": subj, "scope": scope,
                "value": _val(wval[k], fmts[k]), "numerator": None, "denominator": None,
                "text": written_text[k]}
        if k in ratios:
            _, _, n, ds = ratios[k]
            fact["numerator"] = _val(wval[n], fmts[n])
            fact["denominator"] = _val(sum(wval[d] for d in ds), fmts[ds[0]])
        if den_var:
            fact["denominator"] = _val(wval[den_var], fmts[den_var])
            if kind == "unit_count":
                fact["numerator"] = fact["value"]
        if kind == "score" and indicator == "index_766_total":
            fact["maximum"] = 100
        facts.append(fact)
    mistakes, suggestion = [], None
    if slip:
        var = slip[0]
        for ident in res["broken"]:
            kind = ident[0]
            if kind in ("sum", "score", "bal", "ratio"):
                at = ident[1]
            else:
                at = var if var in members(ident) else members(ident)[0]
            mistakes.append({"code": CODES[kind], "stated": _val(wval[at], fmts[at]), "text": written_text[at],
                             "note": f"{label(ident)} fails with the written figures"})
        cands = res["candidates"]
        assert var in cands, (rep["name"], "true value not found by the search")
        true_v = vars_[var][0]
        assert any(abs(c - true_v) < 1e-6 for c in cands[var]), rep["name"]
        is_pct = fmts[var][0] in "pq"
        own = cands[var]
        unique_value = len(own) == 1 or (is_pct and len(own) == 2)
        determined = set(cands) == {var} and unique_value
        others = {k: v for k, v in cands.items() if k != var}
        if determined:
            note = (f"only {var} can be changed so that {', '.join(label(i) for i in res['broken'])} hold again "
                    f"while every other stated identity keeps holding")
        else:
            parts = [f"{k} ({written_text[k]}) -> " + ", ".join(fmt_value(x, fmts[k]) for x in v[:3])
                     + (" ..." if len(v) > 3 else "") for k, v in sorted(others.items())]
            if not unique_value:
                parts.append(f"{var} itself has {len(own)} fitting values")
            note = "not determined: " + "; ".join(parts) + f" would fit as well as {var} -> {fmt_value(true_v, fmts[var])}"
        corrected = [_val(x, fmts[var]) for x in own] if is_pct and len(own) == 2 else _val(true_v, fmts[var])
        suggestion = {"text": slip[1], "stated": _val(wval[var], fmts[var]), "corrected": corrected,
                      "pattern": slip[2], "determined": determined, "note": note,
                      "identities_broken": [label(i) for i in res["broken"]],
                      "variable": var,
                      "other_candidates": {k: [_val(x, fmts[k]) for x in v[:5]] for k, v in sorted(others.items())}}
    truth = {"register": rep["register"], "doc_date": rep["doc_date"], "province": rep["province"],
             "facts": facts, "not_facts": [], "mistakes": mistakes, "suggestion": suggestion}
    return text, truth


def readme_table(rows):
    out = ["<!-- table -->",
           "| file | register | province | doc_date | slip (pattern) | determined | broken identities (codes) |",
           "|---|---|---|---|---|---|---|"]
    for rep, truth in rows:
        s = truth["suggestion"]
        if s is None:
            slip, det, codes = "clean", "—", "—"
        else:
            corr = s["corrected"]
            corr = " / ".join(str(c) for c in corr) if isinstance(corr, list) else str(corr)
            slip = f"`{s['text']}` → {corr} ({s['pattern']})"
            det = "yes" if s["determined"] else "**no**"
            codes = ", ".join(m["code"] for m in truth["mistakes"])
        out.append(f"| {rep['name']} | {rep['register']} | {rep['province'] or '—'} | {rep['doc_date']} | "
                   f"{slip} | {det} | {codes} |")
    out.append("<!-- /table -->")
    return "\n".join(out)


def counts(rows):
    c = Counter()
    pat = Counter()
    for _, t in rows:
        s = t["suggestion"]
        if s is None:
            c["clean"] += 1
        else:
            c["determined" if s["determined"] else "undetermined"] += 1
            pat[s["pattern"]] += 1
    return c, pat


def main(argv):
    rows = []
    files = {}
    names = [r["name"] for r in REPORTS]
    assert len(names) == len(set(names))
    for rep in REPORTS:
        text, truth = build_one(rep)
        rows.append((rep, truth))
        files[f"{rep['name']}.txt"] = text
        files[f"{rep['name']}.truth.json"] = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
    readme_path = HERE / "README.md"
    readme = readme_path.read_text("utf-8") if readme_path.exists() else "<!-- table -->\n<!-- /table -->\n"
    readme_new = re.sub(r"<!-- table -->.*<!-- /table -->", lambda m: readme_table(rows), readme, flags=re.S)
    c, pat = counts(rows)
    if "--show" in argv:
        name = argv[argv.index("--show") + 1]
        rep = next(r for r in REPORTS if r["name"] == name)
        for k, v in rep["vars"].items():
            print(f"{k:6} {fmt_value(v[0], v[1]):>12}  {v[2] if len(v) > 2 else ''}")
        print(json.dumps(dict(rows)[0] if False else next(t for r, t in rows if r is rep)["suggestion"],
                         ensure_ascii=False, indent=1))
        return 0
    if "--check" in argv:
        bad = [n for n, body in files.items() if not (HERE / n).exists() or (HERE / n).read_text("utf-8") != body]
        if readme_new != readme:
            bad.append("README.md (table)")
        stray = sorted(p.name for p in HERE.iterdir() if p.suffix in (".txt", ".json") and p.name not in files)
        print(f"{len(REPORTS)} reports: {dict(c)}; patterns {dict(pat)}")
        print("identities hold with the true figures, every slip breaks at least one, determinacy computed")
        if bad or stray:
            print("DIFFERS:", bad, "STRAY:", stray)
            return 1
        print("files on disk are exactly what build.py makes")
        return 0
    for n, body in files.items():
        (HERE / n).write_text(body, "utf-8")
    readme_path.write_text(readme_new, "utf-8")
    print(f"wrote {len(REPORTS)} reports: {dict(c)}; patterns {dict(pat)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
