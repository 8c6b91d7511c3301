"""Engine for the blind typo set 5: figures, identities, slips, determinacy (no docparse)."""
from __future__ import annotations

import json
from fractions import Fraction as Fr
from math import floor

M = "\x00"  # marker around a figure name in a template line

CODES = {"sum": "sum_mismatch", "balance": "balance_mismatch", "feq": "balance_mismatch", "ratio": "ratio_mismatch",
         "comp": "complement_mismatch", "rep": "repeated_value_mismatch", "score": "score_sum_mismatch"}


def fmt(value: Fr, dec: int, kind: str, style: str) -> str:
    """A figure as a Vietnamese clerk writes it."""
    if kind == "n":
        v = int(value)
        if style == "plain":
            return str(v)
        if style == "lead0" and v < 10:
            return f"{v:02d}"
        return f"{v:,}".replace(",", ".")
    q = Fr(10) ** dec
    scaled = value * q
    assert scaled.denominator == 1, (value, dec)
    s = str(int(scaled)).rjust(dec + 1, "0")
    return s if dec == 0 else s[:-dec] + "," + s[-dec:]


def pct_round(x: Fr, dec: int) -> Fr:
    q = Fr(10) ** dec
    return Fr(floor(x * q + Fr(1, 2))) / q


def pct_trunc(x: Fr, dec: int) -> Fr:
    q = Fr(10) ** dec
    return Fr(floor(x * q)) / q


class Report:
    def __init__(self, name, register, date, province):
        self.name, self.register, self.date, self.province = name, register, date, province
        self.figs: dict = {}
        self.order: list = []
        self.lines: list = []
        self.ids: list = []
        self.not_facts: list = []
        self.slip = None  # (var, pattern, value, dec)

    # ---- figures -------------------------------------------------------------------------
    def n(self, name, value, ind=None, subj=None, style="dot", scope=None, kind="count", cell=None):
        assert name not in self.figs, name
        self.figs[name] = dict(value=Fr(value), dec=0, kind="n", style=style,
                               fact=None if ind is None else dict(kind=kind, indicator=ind, subject=subj,
                                                                  scope=scope, cell=cell),
                               xy=None)
        self.order.append(name)
        return M + name + M

    def s(self, name, value, ind=None, subj=None, dec=2):
        """A 766 score (points with decimals)."""
        self.figs[name] = dict(value=Fr(str(value)), dec=dec, kind="s", style="dot",
                               fact=None if ind is None else dict(kind="score", indicator=ind, subject=subj,
                                                                  scope=None, cell=None), xy=None)
        self.order.append(name)
        return M + name + M

    def p(self, name, num, den, dec=2, ind=None, subj=None, xy=False, mode="round", scope=None, cell=None,
          value=None):
        """A percentage computed from true figures num/den (names or lists of names), rounded half up
        (or truncated) at dec decimals; adds the ratio identity. xy: the text states num and den as
        this rate's x/y (single figures) -> the fact carries them."""
        num = [num] if isinstance(num, str) else list(num)
        den = [den] if isinstance(den, str) else list(den)
        x = 100 * sum(self.figs[k]["value"] for k in num) / sum(self.figs[k]["value"] for k in den)
        v = Fr(str(value)) if value is not None else (pct_round(x, dec) if mode == "round" else pct_trunc(x, dec))
        self.figs[name] = dict(value=v, dec=dec, kind="p", style="dot",
                               fact=None if ind is None else dict(kind="rate", indicator=ind, subject=subj,
                                                                  scope=scope, cell=cell),
                               xy=(num[0], den[0]) if xy and len(num) == 1 and len(den) == 1 else None)
        self.order.append(name)
        self.ids.append(("ratio", name, num, den))
        return M + name + M

    def pc(self, name, other, ind=None, subj=None, num=None, den=None, xy=False, scope=None):
        """The complement (100 - other) of a percentage; adds comp and, when num/den, ratio."""
        o = self.figs[other]
        self.figs[name] = dict(value=100 - o["value"], dec=o["dec"], kind="p", style="dot",
                               fact=None if ind is None else dict(kind="rate", indicator=ind, subject=subj,
                                                                  scope=scope, cell=None),
                               xy=(num, den) if xy else None)
        self.order.append(name)
        self.ids.append(("comp", name, [other]))
        if num:
            self.ids.append(("ratio", name, [num] if isinstance(num, str) else num, [den]))
        return M + name + M

    def rep(self, name, other, ind=None, subj=None, style=None, scope=None):
        """The same figure stated again."""
        o = self.figs[other]
        self.figs[name] = dict(o, fact=None if ind is None else dict(kind={"n": "count", "p": "rate", "s": "score"}[o["kind"]],
                                                                     indicator=ind, subject=subj, scope=scope, cell=None),
                               style=style or o["style"], xy=None)
        self.order.append(name)
        self.ids.append(("rep", name, [other]))
        return M + name + M

    def sum(self, total, parts, code="sum"):
        assert code in ("sum", "balance", "score")
        self.ids.append((code, total, list(parts)))

    def feq(self, left, right):
        """left[0] + left[1:] == sum(right): a stock-flow balance with more than one inflow."""
        self.ids.append(("feq", left[0], list(right), list(left[1:])))

    def line(self, text):
        self.lines.append(text)

    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})

    # ---- state ---------------------------------------------------------------------------
    def true_state(self):
        return {k: (f["value"], f["dec"]) for k, f in self.figs.items()}

    def written_state(self):
        st = self.true_state()
        if self.slip:
            var, _, v, d = self.slip
            st[var] = (v, d)
        return st

    @staticmethod
    def holds(ident, st) -> bool:
        kind, a, bs = ident[0], ident[1], ident[2]
        if kind in ("sum", "balance", "score"):
            return st[a][0] == sum(st[b][0] for b in bs)
        if kind == "rep":
            return st[a][0] == st[bs[0]][0]
        if kind == "feq":
            return st[a][0] + sum(st[b][0] for b in ident[3]) == sum(st[b][0] for b in bs)
        if kind == "comp":
            return st[a][0] + st[bs[0]][0] == 100
        if kind == "ratio":
            num = sum(st[b][0] for b in bs)
            den = sum(st[b][0] for b in ident[3])
            if den <= 0:
                return False
            x = 100 * num / den
            p, d = st[a]
            return p in (pct_round(x, d), pct_trunc(x, d))
        raise ValueError(kind)

    def broken(self, st):
        return [i for i in self.ids if not self.holds(i, st)]

    def text_of(self, name, st):
        f = self.figs[name]
        v, d = st[name]
        return fmt(v, d, f["kind"], f["style"])

    def render(self, st=None):
        st = st or self.written_state()
        out = []
        for ln in self.lines:
            parts = ln.split(M)
            for i in range(1, len(parts), 2):
                parts[i] = self.text_of(parts[i], st)
            out.append("".join(parts))
        return "\n".join(out) + "\n"

    def line_of(self, name):
        for i, ln in enumerate(self.lines):
            if M + name + M in ln:
                return i
        raise KeyError(name)

    # ---- slips and their inverse search --------------------------------------------------
    def digits(self, name, st):
        v, d = st[name]
        f = self.figs[name]
        if f["kind"] == "n":
            return str(int(v)), 0
        s = fmt(v, d, f["kind"], f["style"]).replace(",", "")
        return s, d

    def _mk(self, name, s, d):
        """A (value, dec) from a digit string and decimals, or None if not a sensible figure."""
        f = self.figs[name]
        if not s or not s.isdigit():
            return None
        if f["kind"] == "n":
            if len(s) > 1 and s[0] == "0":
                return None
            return (Fr(int(s)), 0)
        if d > len(s) - 1 and not (d == len(s) and False):
            return None
        if len(s) - d > 1 and s[0] == "0":
            return None
        v = Fr(int(s)) / (Fr(10) ** d)
        if f["kind"] == "p" and v > 100:
            return None
        return (v, d)

    def neighbours(self, name, st, patterns=("swap", "digit", "drop", "double", "insert", "separator", "copy")):
        """(pattern, (value, dec)) reachable from the written figure by one slip."""
        s, d = self.digits(name, st)
        out = []
        f = self.figs[name]
        for i in range(len(s) - 1):
            if "swap" in patterns and s[i] != s[i + 1]:
                out.append(("swap", self._mk(name, s[:i] + s[i + 1] + s[i] + s[i + 2:], d)))
        for i in range(len(s)):
            if "digit" in patterns:
                for c in "0123456789":
                    if c != s[i]:
                        out.append(("digit", self._mk(name, s[:i] + c + s[i + 1:], d)))
            if "drop" in patterns:
                nd = d - 1 if i >= len(s) - d and d > 0 else d
                out.append(("drop", self._mk(name, s[:i] + s[i + 1:], nd)))
            if "double" in patterns:
                nd = d + 1 if i >= len(s) - d and d > 0 else d
                out.append(("double", self._mk(name, s[:i] + s[i] + s[i:], nd)))
        if "insert" in patterns:
            for i in range(len(s) + 1):
                for c in "0123456789":
                    nd = d + 1 if i > len(s) - d and d > 0 else d
                    out.append(("insert", self._mk(name, s[:i] + c + s[i:], nd)))
        if "separator" in patterns and f["kind"] in ("p", "s"):
            for nd in range(0, len(s)):
                if nd != d:
                    out.append(("separator", self._mk(name, s, nd)))
        if "copy" in patterns:
            for k in self.order:
                if k != name and self.figs[k]["kind"] == f["kind"]:
                    out.append(("copy", st[k]))
        return [(p, x) for p, x in out if x is not None and x[0] != st[name][0]]

    def solved(self, name, st):
        """Values that satisfy one identity holding `name`, the others as written (any-value search)."""
        out = set()
        for ident in self.ids:
            kind, a, bs = ident[0], ident[1], ident[2]
            if kind in ("sum", "balance", "score", "rep", "comp"):
                if kind == "comp":
                    tot, parts = Fr(100), [a] + bs
                    if name in parts:
                        out.add((tot - sum(st[b][0] for b in parts if b != name), st[name][1]))
                    continue
                if name == a:
                    out.add((sum(st[b][0] for b in bs), st[name][1]))
                elif name in bs:
                    out.add((st[a][0] - sum(st[b][0] for b in bs if b != name) * 1, st[name][1]))
            elif kind == "feq":
                left = [a] + ident[3]
                if name in left:
                    out.add((sum(st[b][0] for b in bs) - sum(st[b][0] for b in left if b != name), 0))
                elif name in bs:
                    out.add((sum(st[b][0] for b in left) - sum(st[b][0] for b in bs if b != name), 0))
            elif kind == "ratio":
                dens = ident[3]
                num = sum(st[b][0] for b in bs)
                den = sum(st[b][0] for b in dens)
                p, d = st[a]
                if name == a and den > 0:
                    x = 100 * num / den
                    out.add((pct_round(x, d), d))
                    out.add((pct_trunc(x, d), d))
                elif name in bs and name not in dens:
                    rest = num - st[name][0]
                    lo = floor((p - Fr(1, 10 ** d)) * den / 100) - 2
                    hi = floor((p + Fr(1, 10 ** d)) * den / 100) + 2
                    for t in range(max(0, lo), hi + 1):
                        out.add((Fr(t) - rest, 0))
                elif name in dens and name not in bs and num > 0:
                    rest = den - st[name][0]
                    lo = floor(100 * num / (p + Fr(1, 10 ** d))) - 2
                    hi = floor(100 * num / max(p - Fr(1, 10 ** d), Fr(1, 100))) + 2
                    for t in range(max(1, lo), min(hi, lo + 3000) + 1):
                        out.add((Fr(t) - rest, 0))
        f = self.figs[name]
        return [x for x in out if x[0] >= 0 and x[0] != st[name][0]
                and (f["kind"] != "n" or x[0].denominator == 1)]

    def fixes(self, st, any_value: bool):
        """{figure: [(value, dec), ...]} single changes restoring every identity."""
        res = {}
        inbroken = {n for i in self.broken(st) for n in [i[1]] + list(i[2]) + (list(i[3]) if len(i) > 3 else [])}
        for k in self.order:
            if k not in inbroken:
                continue
            cands = [x for _, x in self.neighbours(k, st)]
            if any_value:
                cands += self.solved(k, st)
            good = []
            for x in cands:
                st2 = dict(st)
                st2[k] = x
                if not self.broken(st2) and x not in good:
                    good.append(x)
            if good:
                res[k] = good
        return res

    # ---- planting ------------------------------------------------------------------------
    def slip_candidates(self, name):
        """Slips of a true figure: (pattern, (value, dec)) with the six patterns of the brief."""
        st = self.true_state()
        out = [x for x in self.neighbours(name, st, ("swap", "digit", "drop", "double", "separator"))]
        li = self.line_of(name)
        above = [k for k in self.order if self.figs[k]["kind"] == self.figs[name]["kind"] and k != name
                 and (self.line_of(k) == li - 1 or (self.line_of(k) == li and self.order.index(k) < self.order.index(name)))]
        out += [("copy", st[k]) for k in above if st[k][0] != st[name][0]]
        return out

    def plant(self, rng, determined: bool, pattern=None, only=None):
        order = [pattern] + [p for p in ("digit", "swap", "drop", "double", "copy", "separator") if p != pattern]
        for pat in order:
            try:
                return self._plant(rng, determined, pat, only)
            except RuntimeError:
                continue
        raise RuntimeError(f"{self.name}: no slip found (determined={determined})")

    def _plant(self, rng, determined, pattern, only):
        names = list(only or self.order)
        rng.shuffle(names)
        tried = 0
        for name in names:
            cands = [c for c in self.slip_candidates(name) if c[0] == pattern]
            rng.shuffle(cands)
            for pat, (v, d) in cands[:60]:
                tried += 1
                self.slip = (name, pat, v, d)
                st = self.written_state()
                if not self.broken(st):
                    continue
                fx = self.fixes(st, any_value=False)
                if determined:
                    if list(fx) != [name]:
                        continue
                    fa = self.fixes(st, any_value=True)
                    if list(fa) != [name]:
                        continue
                    if self.figs[name]["kind"] == "n" and len(fa[name]) != 1:
                        continue
                    return
                else:
                    if name in fx and len(fx) >= 2:
                        return
        self.slip = None
        raise RuntimeError(f"{self.name}: no slip found (determined={determined})")

    # ---- truth ---------------------------------------------------------------------------
    def truth(self):
        st = self.written_state()
        facts = []
        for k in self.order:
            f = self.figs[k]
            if not f["fact"]:
                continue
            v = st[k][0]
            fact = {"kind": f["fact"]["kind"], "indicator": f["fact"]["indicator"], "subject": f["fact"]["subject"]}
            if f["fact"]["scope"]:
                fact["scope"] = f["fact"]["scope"]
            fact["value"] = num(v)
            if f["fact"]["kind"] == "rate":
                if f["xy"]:
                    fact["numerator"] = num(st[f["xy"][0]][0])
                    fact["denominator"] = num(st[f["xy"][1]][0])
                else:
                    fact["numerator"] = None
                    fact["denominator"] = None
            fact["text"] = self.text_of(k, st) + ("%" if f["kind"] == "p" else "")
            if f["fact"]["cell"]:
                fact["cell"] = f["fact"]["cell"]
            facts.append(fact)
        mistakes, sug = [], None
        if self.slip:
            var = self.slip[0]
            for ident in self.broken(st):
                kind, a = ident[0], ident[1]
                at = var if kind in ("comp", "rep") and var in [a] + ident[2] else a
                mistakes.append({"code": CODES[kind], "stated": num(st[at][0]),
                                 "text": self.text_of(at, st) + ("%" if self.figs[at]["kind"] == "p" else ""),
                                 "note": self.note(ident, st)})
            fx = self.fixes(st, any_value=False)
            fa = self.fixes(st, any_value=True)
            det = list(fx) == [var] and list(fa) == [var]
            corr = sorted({num(x[0]) for x in fa.get(var, []) + fx.get(var, [])})
            others = {k: sorted({num(x[0]) for x in v}) for k, v in fx.items() if k != var}
            sug = {"stated": num(st[var][0]),
                   "text": self.text_of(var, st) + ("%" if self.figs[var]["kind"] == "p" else ""),
                   "corrected": corr[0] if len(corr) == 1 else corr,
                   "determined": det, "pattern": self.slip[1],
                   "identities_broken": [self.ident_name(i) for i in self.broken(st)],
                   "note": ("the only single figure whose change restores every stated identity" if det else
                            "other single changes restore every identity as well: " +
                            "; ".join(f"{self.text_of(k, st)} -> {', '.join(fmtn(x) for x in v)}" for k, v in others.items()))}
        return {"register": self.register, "doc_date": self.date, "province": self.province,
                "facts": facts, "not_facts": self.not_facts, "mistakes": mistakes, "suggestion": sug}

    def ident_name(self, ident):
        return f"{ident[0]}({ident[1]}; {', '.join(ident[2])}" + (f" / {', '.join(ident[3])}" if ident[0] in ("ratio", "feq") else "") + ")"

    def note(self, ident, st):
        kind, a, bs = ident[0], ident[1], ident[2]
        t = lambda k: self.text_of(k, st)  # noqa: E731
        if kind == "ratio":
            n = sum(st[b][0] for b in bs)
            d = sum(st[b][0] for b in ident[3])
            return f"{fmtn(num(n))}/{fmtn(num(d))} is {fmtn(num(pct_round(100 * n / d, st[a][1])))}%, written {t(a)}%"
        if kind == "comp":
            return f"{t(a)}% + {t(bs[0])}% is not 100%"
        if kind == "rep":
            return f"{t(a)} stated again as {t(bs[0])}"
        if kind == "feq":
            return f"{' + '.join(t(b) for b in [a] + ident[3])} is not {' + '.join(t(b) for b in bs)}"
        return f"{' + '.join(t(b) for b in bs)} is {fmtn(num(sum(st[b][0] for b in bs)))}, written {t(a)}"


def num(v: Fr):
    return int(v) if v.denominator == 1 else float(v)


def fmtn(x):
    return str(x)


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
