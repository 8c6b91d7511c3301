"""Metamorphic robustness: score docparse on development sets after meaning-preserving rewrites of their
text (tests/data/metamorphic.json), beside the originals. A rule that lowers recall or precision names a
wording the recogniser depends on. Usage: python3 tests/metamorphic.py [SET ...] [--rules a,b].

>>> rewrite("Đã tiếp nhận 1.200 hồ sơ, chiếm tỷ lệ 40%", {"replace": [["hồ sơ", "HS"]]})
'Đã tiếp nhận 1.200 HS, chiếm tỷ lệ 40%'
>>> rewrite("- Trực tuyến: 3.402 hồ sơ", {"bullets": "+ "})
'+ Trực tuyến: 3.402 hồ sơ'
>>> rewrite("Trực tuyến 3.402 hồ sơ, chiếm 40%", {"sub": [[r"(\\d[\\d.]*) hồ sơ, chiếm (\\d+%)", r"chiếm \\2 (\\1 hồ sơ)"]]})
'Trực tuyến chiếm 40% (3.402 hồ sơ)'
"""
from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
RULES = json.loads((HERE / "data" / "metamorphic.json").read_text("utf-8"))["rules"]
DEFAULT_SETS = ["blind_g", "blind_f", "blind_e", "dev_real", "blind_c", "blind_d", "blind"]


def _case_like(src: str, dst: str) -> str:
    if src[:1].isupper():
        return dst[:1].upper() + dst[1:]
    return dst


def rewrite(text: str, rule: dict) -> str:
    for a, b in rule.get("replace", []):
        pat = re.compile(r"(?<!\w)" + re.escape(a) + r"(?!\w)", re.IGNORECASE)
        text = pat.sub(lambda m: _case_like(m.group(), b) if not m.group().isupper() else b.upper(), text)
    for pattern, repl in rule.get("sub", []):  # a regular expression and its replacement (\1 ...)
        text = re.sub(pattern, lambda m: _case_like(m.group(), m.expand(repl)), text)
    if "bullets" in rule:
        text = re.sub(r"(?m)^(\s*)- ", lambda m: m.group(1) + rule["bullets"], text)
    if "wrap" in rule:  # prose lines only: a table row aligned by spaces or bars stays one line, as in a PDF
        out = []
        for line in text.split("\n"):
            while len(line) > rule["wrap"] and "   " not in line and "|" not in line and "\t" not in line:
                cut = line.rfind(" ", 0, rule["wrap"])
                if cut <= 0:
                    break
                out.append(line[:cut])
                line = line[cut + 1:]
            out.append(line)
        text = "\n".join(out)
    return text


def _truth_for(truth: dict, rule: dict) -> dict:
    """The truth with its texts rewritten the same way (texts are used to find figures)."""
    t = json.loads(json.dumps(truth))
    for group in ("facts", "not_facts", "mistakes"):
        for item in t.get(group, []):
            if isinstance(item.get("text"), str) and "wrap" not in rule:
                item["text"] = rewrite(item["text"], rule)
    return t


def measure(sets, rules):
    import docparse
    from blind_score import tally

    out = defaultdict(lambda: defaultdict(int))
    tmp = Path(tempfile.mkdtemp())
    for name in sets:
        for txt in sorted((HERE / name).glob("*.txt")):
            tp = txt.with_suffix(".truth.json")
            if not tp.exists():
                continue
            truth = json.loads(tp.read_text("utf-8"))
            text = txt.read_text("utf-8")
            base_report = None
            for rname in rules:
                rule = RULES.get(rname, {})
                new = rewrite(text, rule) if rule else text
                if rule and new == text:
                    continue  # the rule does not apply: compared on the reports it changes only
                path = tmp / txt.name
                path.write_text(new, "utf-8")
                row = out[(rname, name)]
                tally(row, docparse.parse(str(path)), _truth_for(truth, rule) if rule else truth)
                if rule:
                    if base_report is None:
                        base_report = docparse.parse(str(txt))
                    tally(out[(rname + ":base", name)], base_report, truth)
    return out


def main(argv):
    rules = list(RULES)
    sets = [a for a in argv if not a.startswith("--")]
    for a in argv:
        if a.startswith("--rules="):
            rules = a.split("=", 1)[1].split(",")
    res = measure(sets or DEFAULT_SETS, rules)
    print(f"{'rule':16}{'docs':>6}{'recall':>9}{'(base)':>8}{'precision':>11}{'(base)':>8}{'found':>7}{'(base)':>7}")
    for rname in rules:
        r = defaultdict(int)
        b = defaultdict(int)
        for (k, _), row in res.items():
            for key, v in row.items():
                if k == rname:
                    r[key] += v
                elif k == rname + ":base":
                    b[key] += v
        if not r["docs"]:
            continue
        print(f"{rname:16}{r['docs']:6}{r['hits'] / max(1, r['truth']):9.3f}{b['hits'] / max(1, b['truth']):8.3f}"
              f"{r['hits'] / max(1, r['emitted']):11.3f}{b['hits'] / max(1, b['emitted']):8.3f}{r['found']:7}{b['found']:7}")


if __name__ == "__main__":
    main(sys.argv[1:])
