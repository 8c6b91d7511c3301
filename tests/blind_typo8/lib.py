"""Engine of blind typo set 8: reports with true figures as variables, identities over them,
one planted slip, and a determinacy check from the written figures alone.

Written in session 12 by the typo helper before it read the search code (see README.md).
"""
from __future__ import annotations

import json
import random
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

PATTERNS = ("swap", "digit", "drop", "double", "separator", "copy")
CODES = {"sum": "sum_mismatch", "balance": "balance_mismatch", "ratio": "ratio_mismatch",
         "comp": "complement_mismatch", "rep": "repeated_value_mismatch"}


def q(v, d, mode=ROUND_HALF_UP):
    return float(Decimal(repr(v)).quantize(Decimal(1).scaleb(-d), rounding=mode))


def fmt_count(v: int) -> str:
    s = str(int(v))
    out = ""
    while len(s) > 3:
        out = "." + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_pct(v: float, d: int) -> str:
    s = f"{v:.{d}f}"
    return s.replace(".", ",")


class Var:
    def __init__(self, name, kind, value, d=0):
        self.name, self.kind, self.value, self.d = name, kind, value, d


class Report:
    def __init__(self, name, register, doc_date, province, want, seed, patterns=PATTERNS, target=None):
        self.name, self.register, self.doc_date, self.province = name, register, doc_date, province
        self.want, self.seed, self.patterns, self.target = want, seed, patterns, target
        self.vars: dict[str, Var] = {}
        self.ids: list[tuple] = []
        self.order: list[str] = []      # variables in text order (for copy from the line above)
        self.facts: list[dict] = []
        self.not_facts: list[dict] = []
        self.lines: list[str] = []
        self.written: dict[str, float] = {}
        self.wd: dict[str, int] = {}    # written decimals

    # ---- definitions -------------------------------------------------
    def c(self, name, value):
        self.vars[name] = Var(name, "count", int(value))
        return name

    def pv(self, name, value, d=2):
        """A percentage stated without its counts."""
        self.vars[name] = Var(name, "pct", value, d)
        return name

    def s(self, name, parts, kind="sum"):
        """A count that is the sum of other counts, with its identity."""
        self.c(name, sum(self.vars[p].value for p in parts))
        self.ids.append((kind, name, tuple(parts)))
        return name

    def rate(self, name, num, den, d=2):
        num = (num,) if isinstance(num, str) else tuple(num)
        den = (den,) if isinstance(den, str) else tuple(den)
        x = sum(self.vars[v].value for v in num)
        y = sum(self.vars[v].value for v in den)
        self.vars[name] = Var(name, "pct", q(100 * x / y, d), d)
        self.ids.append(("ratio", name, num, den))
        return name

    def comp(self, name, other, num=None, den=None):
        """100 − other, at other's decimals (and its own ratio when num/den are given)."""
        o = self.vars[other]
        self.vars[name] = Var(name, "pct", q(100 - o.value, o.d), o.d)
        self.ids.append(("comp", (other, name)))
        if num is not None:
            num = (num,) if isinstance(num, str) else tuple(num)
            den = (den,) if isinstance(den, str) else tuple(den)
            self.ids.append(("ratio", name, num, den))
        return name

    def rep(self, name, other):
        o = self.vars[other]
        self.vars[name] = Var(name, o.kind, o.value, o.d)
        self.ids.append(("rep", other, name))
        return name

    def total(self, name, parts, kind="sum"):
        """An identity between existing variables (e.g. a balance)."""
        self.ids.append((kind, name, tuple(parts)))

    # ---- rendering ---------------------------------------------------
    def n(self, name, indicator=None, subject="city", scope=None, xy=None, cell=None, fact=True):
        v = self.written.get(name, self.vars[name].value)
        var = self.vars[name]
        if var.kind == "count":
            text = fmt_count(v)
            kind = "count"
        else:
            text = fmt_pct(v, self.wd.get(name, var.d))
            kind = "rate"
        if name not in self.order:
            self.order.append(name)
        if fact and indicator:
            f = {"kind": kind, "indicator": indicator, "subject": subject}
            if scope:
                f["scope"] = scope
            f["value"] = v
            if kind == "rate":
                f["numerator"] = self.written.get(xy[0], self.vars[xy[0]].value) if xy else None
                f["denominator"] = self.written.get(xy[1], self.vars[xy[1]].value) if xy else None
            if cell:
                f["cell"] = cell
            f["text"] = text + ("%" if kind == "rate" and not cell else "")
            self.facts.append(f)
        return text

    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})
        return text

    def line(self, text=""):
        self.lines.append(text)


# ---- identities over written values -----------------------------------
def holds(ident, val, dec):
    k = ident[0]
    if k in ("sum", "balance"):
        return val[ident[1]] == sum(val[p] for p in ident[2])
    if k == "rep":
        return abs(val[ident[1]] - val[ident[2]]) < 1e-9
    if k == "comp":
        a, b = ident[1]
        return abs(val[a] + val[b] - 100) < 1e-9
    if k == "ratio":
        p = ident[1]
        x = sum(val[v] for v in ident[2])
        y = sum(val[v] for v in ident[3])
        if y <= 0:
            return False
        r = 100 * x / y
        d = dec[p]
        return abs(val[p] - q(r, d)) < 1e-9 or abs(val[p] - q(r, d, ROUND_DOWN)) < 1e-9
    raise ValueError(k)


def members(ident):
    k = ident[0]
    if k in ("sum", "balance"):
        return (ident[1],) + ident[2]
    if k in ("rep",):
        return (ident[1], ident[2])
    if k == "comp":
        return ident[1]
    return (ident[1],) + ident[2] + ident[3]


def digits_of(v, kind, d):
    return fmt_count(v).replace(".", "") if kind == "count" else fmt_pct(v, d).replace(",", "")


def neighbours(v, kind, d):
    """(value, decimals, pattern) for each single typing slip of a written figure."""
    s = digits_of(v, kind, d)
    out = []
    intlen = len(s) - (d if kind == "pct" else 0)

    def mk(t, dd, pat):
        if not t or (len(t) - (dd if kind == "pct" else 0)) < 1:
            return
        if kind == "count":
            if len(t) > 1 and t[0] == "0":
                return
            out.append((int(t), 0, pat))
        else:
            ip = t[:len(t) - dd] if dd else t
            if len(ip) > 1 and ip[0] == "0":
                return
            val = float(ip + ("." + t[len(t) - dd:] if dd else ""))
            if val <= 100:
                out.append((val, dd, pat))

    for i in range(len(s) - 1):
        if s[i] != s[i + 1]:
            mk(s[:i] + s[i + 1] + s[i] + s[i + 2:], d, "swap")
    for i in range(len(s)):
        for c in "0123456789":
            if c != s[i]:
                mk(s[:i] + c + s[i + 1:], d, "digit")
    for i in range(len(s)):
        t = s[:i] + s[i + 1:]
        dd = d - 1 if kind == "pct" and i >= intlen and d > 0 else d
        mk(t, dd, "drop")
    for i in range(len(s)):
        t = s[:i] + s[i] + s[i:]
        dd = d + 1 if kind == "pct" and i >= intlen else d
        mk(t, dd, "double")
    if kind == "pct":
        for dd in range(0, 4):
            if dd != d:
                mk(s, dd, "separator")
    return out


def solve(name, ident, val, dec, var):
    """Values of `name` that make one identity hold (the any-value search)."""
    k = ident[0]
    out = []
    if k in ("sum", "balance"):
        tot, parts = ident[1], ident[2]
        if name == tot:
            out.append(sum(val[p] for p in parts))
        else:
            out.append(val[tot] - sum(val[p] for p in parts if p != name) - (parts.count(name) - 1) * 0)
    elif k == "rep":
        other = ident[2] if name == ident[1] else ident[1]
        out.append(val[other])
    elif k == "comp":
        other = ident[1][1] if name == ident[1][0] else ident[1][0]
        out.append(q(100 - val[other], dec[name]))
    elif k == "ratio":
        p = ident[1]
        x = sum(val[v] for v in ident[2])
        y = sum(val[v] for v in ident[3])
        if name == p:
            if y > 0:
                for dd in {dec[p], var.d}:
                    out += [q(100 * x / y, dd), q(100 * x / y, dd, ROUND_DOWN)]
        elif val[p] > 0:
            if name in ident[2]:
                base = x - val[name]
                target = val[p] * y / 100 - base
                if name in ident[3]:
                    pass
                else:
                    out += [int(target) + k2 for k2 in range(-3, 4)]
            if name in ident[3]:
                if name not in ident[2]:
                    base = y - val[name]
                    target = 100 * x / val[p] - base
                    out += [int(target) + k2 for k2 in range(-3, 4)]
    return out


def fixes(rep: Report, val, dec):
    """For each figure, the values (with pattern) that restore every identity."""
    res = {}
    for name in rep.order:
        var = rep.vars[name]
        cands = [(v, dd, pat) for v, dd, pat in neighbours(val[name], var.kind, dec[name])]
        same_kind = [val[o] for o in rep.order if o != name and rep.vars[o].kind == var.kind]
        cands += [(v, dec[name], "copy") for v in same_kind]
        for ident in rep.ids:
            if name in members(ident):
                cands += [(v, dec[name] if var.kind == "pct" else 0, "value")
                          for v in solve(name, ident, val, dec, var)]
        ok = []
        for v, dd, pat in cands:
            if var.kind == "count" and (v < 0 or v != int(v)):
                continue
            if var.kind == "pct" and not (0 <= v <= 100):
                continue
            if abs(v - val[name]) < 1e-9:
                continue
            v2 = dict(val); d2 = dict(dec)
            v2[name] = v
            d2[name] = dd if var.kind == "pct" else 0
            if all(holds(i, v2, d2) for i in rep.ids):
                ok.append((v, pat))
        if ok:
            res[name] = ok
    return res


def slip_value(rng, rep, name, pattern, val, dec):
    var = rep.vars[name]
    if pattern == "copy":
        idx = rep.order.index(name) if name in rep.order else -1
        before = [o for o in rep.order[:idx] if rep.vars[o].kind == var.kind
                  and abs(val[o] - val[name]) > 1e-9]
        if not before:
            return None
        o = before[-1]
        return val[o], dec[o] if var.kind == "pct" else 0
    cands = [(v, dd) for v, dd, p in neighbours(val[name], var.kind, dec[name]) if p == pattern]
    if var.kind == "count":
        cands = [c for c in cands if c[0] > 0]
    if not cands:
        return None
    return rng.choice(cands)


def build(fn, name, register, doc_date, province, want, seed, targets=None, patterns=PATTERNS):
    """Run the report function, plant a slip of the wanted category ('determined',
    'undetermined' or 'clean'), and return the finished Report."""
    rng = random.Random(seed)
    r0 = Report(name, register, doc_date, province, want, seed)
    fn(r0)
    val = {k: v.value for k, v in r0.vars.items()}
    dec = {k: v.d for k, v in r0.vars.items()}
    for i in r0.ids:
        assert holds(i, val, dec), (name, i)
        assert all(m in r0.order for m in members(i)), (name, i)
    if want == "clean":
        r = Report(name, register, doc_date, province, want, seed)
        fn(r)
        r.suggestion = None
        r.mistakes = []
        return r
    names = list(targets or r0.order)
    for attempt in range(400):
        tgt = rng.choice(names)
        pat = rng.choice(patterns)
        sv = slip_value(rng, r0, tgt, pat, val, dec)
        if sv is None:
            continue
        v2 = dict(val); d2 = dict(dec)
        v2[tgt], d2[tgt] = sv
        broken = [i for i in r0.ids if not holds(i, v2, d2)]
        if not broken:
            continue
        fx = fixes(r0, v2, d2)
        if tgt not in fx or not any(abs(v - val[tgt]) < 1e-9 for v, _ in fx[tgt]):
            continue
        det = set(fx) == {tgt}
        if (want == "determined") != det:
            continue
        if want == "undetermined" and len(fx) < 2:
            continue
        r = Report(name, register, doc_date, province, want, seed)
        r.written = {tgt: sv[0]}
        if r0.vars[tgt].kind == "pct":
            r.wd = {tgt: sv[1]}
        fn(r)
        var = r0.vars[tgt]
        wtext = fmt_count(sv[0]) if var.kind == "count" else fmt_pct(sv[0], sv[1])
        corrected = sorted({round(v, 6) for v, _ in fx[tgt]})
        if var.kind == "count":
            corrected = [int(c) for c in corrected]
        corr = corrected[0] if len(corrected) == 1 else corrected
        others = {o: sorted({round(v, 6) for v, _ in fx[o]})[:4] for o in fx if o != tgt}
        r.mistakes = []
        for i in broken:
            code = CODES[i[0]]
            if i[0] in ("sum", "balance", "ratio"):
                st = i[1]
            elif i[0] == "comp":
                st = tgt
            else:
                st = tgt
            r.mistakes.append({"code": code, "stated": v2[st],
                               "text": (fmt_count(v2[st]) if r0.vars[st].kind == "count"
                                        else fmt_pct(v2[st], d2[st]) + "%"),
                               "note": describe(i, r0, v2, d2)})
        note = ("the only single figure whose change restores every stated identity" if det else
                "Other single figures whose change restores every identity: " +
                "; ".join(f"{fmt_written(r0, o, v2, d2)} -> {vs}" for o, vs in others.items()))
        r.suggestion = {"stated": v2[tgt], "text": wtext, "corrected": corr, "determined": det,
                        "pattern": pat, "identities_broken": [describe(i, r0, v2, d2) for i in broken],
                        "note": note}
        return r
    raise RuntimeError(f"{name}: no slip of category {want}")


def fmt_written(rep, name, val, dec):
    var = rep.vars[name]
    return fmt_count(val[name]) if var.kind == "count" else fmt_pct(val[name], dec[name]) + "%"


def describe(i, rep, val, dec):
    w = lambda n: fmt_written(rep, n, val, dec)  # noqa: E731
    if i[0] in ("sum", "balance"):
        return f"{i[0]}: {w(i[1])} = " + " + ".join(w(p) for p in i[2])
    if i[0] == "rep":
        return f"repeat: {w(i[1])} = {w(i[2])}"
    if i[0] == "comp":
        return f"complement: {w(i[1][0])} + {w(i[1][1])} = 100%"
    return (f"ratio: {w(i[1])} = (" + " + ".join(w(p) for p in i[2]) + ") / ("
            + " + ".join(w(p) for p in i[3]) + ")")


def write(r: Report, out: Path):
    out.mkdir(parents=True, exist_ok=True)
    text = "\n".join(r.lines).rstrip("\n") + "\n"
    for f in r.facts:
        assert f["text"].rstrip("%") in text, (r.name, f["text"])
    if r.suggestion:
        assert r.suggestion["text"] in text, r.name
    (out / f"{r.name}.txt").write_text(text, "utf-8")
    truth = {"register": r.register, "doc_date": r.doc_date, "province": r.province,
             "facts": r.facts, "not_facts": r.not_facts, "mistakes": r.mistakes,
             "suggestion": r.suggestion}
    (out / f"{r.name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8")
