"""Machinery of the second blind typo set (tests/blind_typo2): true figures, written text, identities.

A report is declared with its TRUE figures as named variables (`V(...)`), a text template with one
`{NAME}` per written figure, and at most one slip: the written text of one variable replaced by what a
person would mistype. This module

1. asserts that every identity the text states holds with the true figures;
2. re-evaluates the identities with the written figures: the broken ones become the truth's `mistakes`;
3. decides determinacy: for every written figure, the replacement values that make every identity hold
   while every other figure stays as written. `determined` = only the slipped figure has such values,
   and one value (a percentage: its rounded and its truncated value).

Nothing here reads docparse. Rounding follows shared/spec/CONTRACT.md section 5: a percentage p with d
decimals is consistent with n/m when 100*n/m rounds half up to p at d decimals, or truncates to it.

>>> fmt_count(280859), fmt_count(999), fmt_pct(Fraction(5686, 100), 2)
('280.859', '999', '56,86')
>>> ratio_holds(Fraction(4314, 100), 2, 121170, 280859)
True
>>> [float(x) for x in ratio_values(159689, 280859, 2)]
[56.85, 56.86]
>>> classify("1904", "194"), classify("231", "213"), classify("98,62", "9,862"), classify("187", "1887")
('drop', 'swap', 'separator', 'double')
"""
from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

# ----------------------------------------------------------------------------- numbers as written


def fmt_count(n: int, sep: str = ".") -> str:
    s = str(int(n))
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_pct(v: Fraction, d: int, mark: str = ",") -> str:
    if d == 0:
        q = Fraction(v)
        assert q.denominator == 1, v
        return str(q.numerator)
    scaled = Fraction(v) * 10 ** d
    assert scaled.denominator == 1, (v, d)
    s = str(abs(scaled.numerator)).rjust(d + 1, "0")
    return ("-" if v < 0 else "") + s[:-d] + mark + s[-d:]


FORMATS = {
    # name: (family, formatter)
    "n": ("count", lambda v: fmt_count(v)),            # 280.859
    "z": ("count", lambda v: f"{int(v):02d}" if v < 10 else fmt_count(v)),   # 05, 12, 1.204
    "i": ("count", lambda v: str(int(v))),            # 280859 (portals)
    "p0": ("pct", lambda v: fmt_pct(v, 0)),
    "p1": ("pct", lambda v: fmt_pct(v, 1)),
    "p2": ("pct", lambda v: fmt_pct(v, 2)),
    "q1": ("pct", lambda v: fmt_pct(v, 1, ".")),      # 93.7 (some portals)
    "q2": ("pct", lambda v: fmt_pct(v, 2, ".")),
    "s1": ("score", lambda v: fmt_pct(v, 1)),
    "s2": ("score", lambda v: fmt_pct(v, 2)),
}


def parse_written(text: str, fmt: str) -> Fraction:
    family = FORMATS[fmt][0]
    if family == "count":
        return Fraction(int(text.replace(".", "")))
    if fmt.startswith("q"):
        return Fraction(Decimal(text))
    return Fraction(Decimal(text.replace(".", "").replace(",", ".")))


def decimals_of(text: str, fmt: str) -> int:
    if FORMATS[fmt][0] == "count":
        return 0
    mark = "." if fmt.startswith("q") else ","
    return len(text.split(mark, 1)[1]) if mark in text else 0


def round_half_up(x: Fraction, d: int) -> Fraction:
    return Fraction(math.floor(x * 10 ** d + Fraction(1, 2)), 10 ** d)


def truncate(x: Fraction, d: int) -> Fraction:
    return Fraction(math.floor(x * 10 ** d), 10 ** d)


def ratio_values(n, m, d: int) -> list:
    """The values a percentage with d decimals may take for n/m: truncated and rounded half up."""
    if m == 0:
        return []
    x = Fraction(100 * int(n), int(m))
    return sorted({truncate(x, d), round_half_up(x, d)})


def ratio_holds(p: Fraction, d: int, n, m) -> bool:
    return Fraction(p) in ratio_values(n, m, d)


def classify(true_text: str, written_text: str) -> str | None:
    """The keyboard slip that turns the true text into the written one (copy is told by the caller)."""
    td = "".join(c for c in true_text if c.isdigit())
    wd = "".join(c for c in written_text if c.isdigit())
    if td == wd and true_text != written_text:
        return "separator"
    if len(td) == len(wd):
        diff = [i for i in range(len(td)) if td[i] != wd[i]]
        if len(diff) == 1:
            return "digit"
        if len(diff) == 2 and diff[1] == diff[0] + 1 and td[diff[0]] == wd[diff[1]] and td[diff[1]] == wd[diff[0]]:
            return "swap"
        return None
    if len(wd) == len(td) - 1 and any(td[:i] + td[i + 1:] == wd for i in range(len(td))):
        return "drop"
    if len(wd) == len(td) + 1 and any(wd[i] == wd[i + 1] and wd[:i] + wd[i + 1:] == td for i in range(len(wd) - 1)):
        return "double"
    return None


# ----------------------------------------------------------------------------- declarations


@dataclass
class Sum:          # value = sum of the named variables; states identity sum(total, parts)
    parts: tuple
    code: str = "sum"


def S(*parts):
    return Sum(parts)


def B(*parts):      # balance: received = resolved + pending, feedback total = resolved + pending
    return Sum(parts, "balance")


def SC(*parts):     # 766 index total = sum of its components
    return Sum(parts, "score")


@dataclass
class Pct:          # value = 100*n/m rounded half up (or truncated) at the format's decimals
    n: object        # a variable, or a tuple of variables whose sum is the numerator
    m: object        # likewise the denominator
    trunc: bool = False
    nd: bool = True  # the fact carries numerator/denominator (x/y written, or part of a stated total)


@dataclass
class Same:         # the same figure stated again (headline, summary, the x or y of an x/y)
    of: str


@dataclass
class Comp:         # value = 100 - the others; states identity complement(...)
    others: tuple


@dataclass
class V:
    value: object            # int / str decimal / Sum / Pct / Same / Comp
    fmt: str = "n"
    fact: tuple | None = None  # (indicator, subject[, scope]) or None: not a fact of its own
    kind: str | None = None    # override: rank / unit_count
    den: object = None         # rank / unit_count field size (int) or a variable name
    num: object = None         # explicit numerator/denominator variables for a rate: ("N", "M")


CODES = {"sum": "sum_mismatch", "balance": "balance_mismatch", "ratio": "ratio_mismatch",
         "complement": "complement_mismatch", "repeat": "repeated_value_mismatch",
         "score": "score_sum_mismatch"}


@dataclass
class Identity:
    code: str      # sum / balance / ratio / complement / repeat / score
    vars: tuple    # sum/balance/score: (total, parts...); ratio: (p, n..., m...); complement: (p...); repeat: (a, b)
    split: int = 1  # ratio: how many of vars[1:] make the numerator (the rest make the denominator)

    @property
    def name(self) -> str:
        if self.code in ("sum", "balance", "score") and self.split > 1:
            return f"{self.code}({' + '.join(self.vars[:self.split])} = {' + '.join(self.vars[self.split:])})"
        return f"{self.code}({', '.join(self.vars)})"


@dataclass
class Report:
    name: str
    register: str
    doc_date: str
    province: str | None
    text: str
    vars: dict
    slip: tuple | None = None          # (variable, written text, pattern)
    expect: str | None = None          # "det" / "undet" / None (clean): what the author intends
    ids: list = field(default_factory=list)   # extra identities: ("complement", "P1", "P2"), ...
    not_facts: list = field(default_factory=list)
    units: list = field(default_factory=list)  # unit names the text uses (checked against the lists)
    copy_of: str | None = None         # for a copy slip: the variable whose text was copied


# ----------------------------------------------------------------------------- evaluation


class Built:
    def __init__(self, r: Report):
        self.r = r
        self.true: dict = {}
        self.true_text: dict = {}
        for name in r.vars:
            self._value(name)
        for name, v in r.vars.items():
            self.true_text[name] = FORMATS[v.fmt][1](self.true[name])
        self.identities = self._identities()
        self.written_text = dict(self.true_text)
        if r.slip:
            var, text, _ = r.slip
            assert var in r.vars, (r.name, var)
            self.written_text[var] = text
        self.written = {k: parse_written(t, r.vars[k].fmt) for k, t in self.written_text.items()}
        self.dec = {k: decimals_of(t, r.vars[k].fmt) for k, t in self.written_text.items()}
        self.true_dec = {k: decimals_of(t, r.vars[k].fmt) for k, t in self.true_text.items()}
        self.check_true()
        self.broken = [i for i in self.identities if not self.holds(i, self.written, self.dec)]
        if r.slip:
            self.check_slip()
        else:
            assert not self.broken, (r.name, self.broken)
        self.candidates = self.search()

    # values ----------------------------------------------------------------
    def _value(self, name):
        if name in self.true:
            return self.true[name]
        v = self.r.vars[name]
        val = v.value
        family = FORMATS[v.fmt][0]
        if isinstance(val, Sum):
            out = sum((self._value(p) for p in val.parts), Fraction(0))
        elif isinstance(val, Pct):
            x = Fraction(100) * self._sum(val.n) / self._sum(val.m)
            d = int(v.fmt[1:])
            out = truncate(x, d) if val.trunc else round_half_up(x, d)
        elif isinstance(val, Same):
            out = self._value(val.of)
        elif isinstance(val, Comp):
            out = 100 - sum((self._value(p) for p in val.others), Fraction(0))
        elif isinstance(val, str):
            out = Fraction(Decimal(val))
        else:
            out = Fraction(val)
        if family == "count":
            assert out.denominator == 1 and out >= 0, (self.r.name, name, out)
        self.true[name] = out
        return out

    def _sum(self, names):
        names = (names,) if isinstance(names, str) else names
        return sum((self._value(x) for x in names), Fraction(0))

    def _identities(self):
        ids = []
        for name, v in self.r.vars.items():
            val = v.value
            if isinstance(val, Sum):
                ids.append(Identity(val.code, (name,) + tuple(val.parts)))
            elif isinstance(val, Pct):
                n = (val.n,) if isinstance(val.n, str) else tuple(val.n)
                m = (val.m,) if isinstance(val.m, str) else tuple(val.m)
                ids.append(Identity("ratio", (name,) + n + m, len(n)))
            elif isinstance(val, Same):
                ids.append(Identity("repeat", (val.of, name)))
            elif isinstance(val, Comp):
                ids.append(Identity("complement", tuple(val.others) + (name,)))
        for extra in self.r.ids:
            # ("sum"|"balance", total, parts...), or with a tuple of left-hand figures first:
            # ("balance", ("FN", "FC"), "FR", "FP") = new + carried over = resolved + pending
            if extra[0] in ("sum", "balance", "score") and isinstance(extra[1], tuple):
                ids.append(Identity(extra[0], tuple(extra[1]) + tuple(extra[2:]), len(extra[1])))
            else:
                ids.append(Identity(extra[0], tuple(extra[1:])))   # an extra ratio: (p, n, m)
        for i in ids:
            for x in i.vars:
                assert x in self.r.vars, (self.r.name, i.name, x)
        return ids

    @staticmethod
    def holds(i: Identity, w: dict, dec: dict) -> bool:
        v = [w[x] for x in i.vars]
        if i.code in ("sum", "balance", "score"):
            return sum(v[:i.split], Fraction(0)) == sum(v[i.split:], Fraction(0))
        if i.code == "ratio":
            a = 1 + i.split
            return ratio_holds(v[0], dec[i.vars[0]], sum(v[1:a], Fraction(0)), sum(v[a:], Fraction(0)))
        if i.code == "complement":
            return sum(v, Fraction(0)) == 100
        if i.code == "repeat":
            return v[0] == v[1]
        raise ValueError(i.code)

    def check_true(self):
        for i in self.identities:
            assert self.holds(i, self.true, self.true_dec), (self.r.name, "true figures break", i.name,
                                                             [str(self.true[x]) for x in i.vars])
        text = self.r.text
        for name in self.r.vars:
            assert text.count("{" + name + "}") == 1, (self.r.name, name, "must be written exactly once")

    def check_slip(self):
        var, text, pattern = self.r.slip
        assert self.written[var] != self.true[var], (self.r.name, "slip changes nothing")
        if pattern == "copy":
            assert self.r.copy_of and self.true_text[self.r.copy_of] == text, (self.r.name, "copy")
        else:
            got = classify(self.true_text[var], text)
            assert got == pattern, (self.r.name, var, self.true_text[var], text, got, pattern)
        assert self.broken, (self.r.name, "the slip breaks no identity")

    # determinacy ------------------------------------------------------------
    def _valid(self, name, value) -> bool:
        family = FORMATS[self.r.vars[name].fmt][0]
        if family == "count":
            return value.denominator == 1 and value >= 0
        if family == "pct":
            return 0 <= value <= 100
        return value >= 0

    def _solve(self, i: Identity, name: str):
        """Values of `name` that make identity i hold with the other figures as written;
        None = too many to list (it is a candidate, its value is not fixed by i)."""
        w = self.written
        k = i.vars.index(name)
        others = [w[x] for j, x in enumerate(i.vars) if j != k]
        if i.code in ("sum", "balance", "score"):
            lhs = sum((w[x] for j, x in enumerate(i.vars[:i.split]) if j != k), Fraction(0))
            rhs = sum((w[x] for j, x in enumerate(i.vars) if j >= i.split and j != k), Fraction(0))
            return {rhs - lhs} if k < i.split else {lhs - rhs}
        if i.code == "complement":
            return {100 - sum(others, Fraction(0))}
        if i.code == "repeat":
            return {others[0]}
        if i.code == "ratio":
            a = 1 + i.split
            p = w[i.vars[0]]
            n = sum((w[x] for x in i.vars[1:a]), Fraction(0))
            m = sum((w[x] for x in i.vars[a:]), Fraction(0))
            d = self.true_dec[i.vars[0]]
            dp = self.dec[i.vars[0]]
            if k == 0:
                return set(ratio_values(n, m, d))
            u = Fraction(1, 10 ** dp)
            if k < a:
                lo, hi = (p - u) * m / 100, (p + u) * m / 100
            else:
                if p - u <= 0:
                    return None
                lo, hi = 100 * n / (p + u), 100 * n / (p - u)
            if hi - lo > 200000:
                return None
            rest = (n if k < a else m) - w[name]   # the other parts of the sum that holds `name`
            out = set()
            for x in range(max(0, math.floor(lo) - 1), math.ceil(hi) + 2):
                nn, mm = (x, m) if k < a else (n, x)
                if mm > 0 and ratio_holds(p, dp, nn, mm) and x - rest >= 0:
                    out.add(Fraction(x) - rest)
            return out
        raise ValueError(i.code)

    def search(self) -> dict:
        """{variable: sorted candidate values or 'many'} for every figure whose replacement restores all."""
        if not self.broken:
            return {}
        out = {}
        for name in self.r.vars:
            mine = [i for i in self.identities if name in i.vars]
            rest = [i for i in self.identities if name not in i.vars]
            if any(not self.holds(i, self.written, self.dec) for i in rest):
                continue
            if not mine:
                continue
            mine.sort(key=lambda i: i.code == "ratio")
            sets = [self._solve(i, name) for i in mine]
            finite = [s for s in sets if s is not None]
            if not finite:
                out[name] = "many"
                continue
            cands = []
            for c in sorted(finite[0]):
                if c == self.written[name] or not self._valid(name, c):
                    continue
                w = dict(self.written)
                w[name] = c
                dec = dict(self.dec)
                dec[name] = self.true_dec[name]
                if all(self.holds(i, w, dec) for i in mine):
                    cands.append(c)
            if cands:
                out[name] = cands
        return out

    @property
    def determined(self) -> bool:
        var = self.r.slip[0]
        if set(self.candidates) != {var}:
            return False
        c = self.candidates[var]
        if c == "many":
            return False
        if len(c) == 1:
            return True
        return FORMATS[self.r.vars[var].fmt][0] == "pct" and len(c) == 2

    # truth --------------------------------------------------------------------
    def num(self, name):
        v = self.written[name]
        family = FORMATS[self.r.vars[name].fmt][0]
        if family == "count":
            return int(v)
        return round(float(v), 4)

    def shown(self, name) -> str:
        """The figure as written, with its % when the text has it."""
        t = self.written_text[name]
        at = self.r.text.index("{" + name + "}") + len(name) + 2
        return t + "%" if self.r.text[at:at + 1] == "%" or self.r.text[at:at + 2] == " %" else t

    def facts(self) -> list:
        out = []
        for name, v in self.r.vars.items():
            if v.fact is None:
                continue
            family = FORMATS[v.fmt][0]
            kind = v.kind or {"count": "count", "pct": "rate", "score": "score"}[family]
            f = {"kind": kind, "indicator": v.fact[0], "subject": v.fact[1],
                 "scope": v.fact[2] if len(v.fact) > 2 else None, "value": self.num(name),
                 "numerator": None, "denominator": None}
            if kind == "rate":
                pair = v.num
                if pair is None and isinstance(v.value, Pct) and v.value.nd:
                    pair = (v.value.n, v.value.m)
                if pair:
                    f["numerator"], f["denominator"] = (sum(self.num(x) for x in ((p,) if isinstance(p, str) else p))
                                                        for p in pair)
            elif kind in ("rank", "unit_count"):
                f["value"] = int(self.written[name])
                f["numerator"] = None if kind == "rank" else int(self.written[name])
                f["denominator"] = v.den if isinstance(v.den, int) else self.num(v.den)
            elif kind == "score" and v.den is not None:
                f["maximum"] = v.den
            f["text"] = self.shown(name)
            out.append(f)
        return out

    def mistakes(self) -> list:
        slip = self.r.slip[0] if self.r.slip else None
        out = []
        for i in self.broken:
            if i.code in ("complement", "repeat"):
                at = slip if slip in i.vars else i.vars[0]
            else:
                at = i.vars[0]
            vals = ", ".join(f"{x}={self.written_text[x]}" for x in i.vars)
            out.append({"code": CODES[i.code], "stated": self.num(at), "text": self.shown(at),
                        "note": f"{i.name} fails as written: {vals}"})
        return out

    def suggestion(self):
        if not self.r.slip:
            return None
        var, text, pattern = self.r.slip
        true = self.true[var]
        family = FORMATS[self.r.vars[var].fmt][0]
        conv = (lambda x: int(x)) if family == "count" else (lambda x: round(float(x), 4))
        det = self.determined
        cands = self.candidates.get(var)
        assert cands == "many" or (cands and true in cands), (self.r.name, "true value not a candidate", cands)
        if det and len(cands) == 2:
            corrected = [conv(c) for c in cands]
        else:
            corrected = conv(true)
        broken = [i.name for i in self.broken]
        if det:
            note = (f"only {var} restores {', '.join(broken)}: no other figure has a value that makes every"
                    " identity hold")
            if len(cands) == 2:
                lo, hi = (self.written_text_of(var, c) for c in cands)
                note += f"; a percentage: {lo} (truncated) or {hi} (rounded half up) of the same x/y"
        else:
            others = []
            for k, c in self.candidates.items():
                if k == var:
                    continue
                vals = "many values" if c == "many" else " or ".join(self.written_text_of(k, x) for x in c)
                others.append(f"{k} ({self.written_text[k]} -> {vals})")
            if cands == "many":
                others.append(f"{var} itself could take many values")
            elif len(cands) > (2 if family == "pct" else 1):
                others.append(f"{var} could be any of {', '.join(self.written_text_of(var, x) for x in cands)}")
            note = "not determined: " + "; ".join(others)
        return {"text": self.shown(var), "stated": self.num(var), "corrected": corrected,
                "pattern": pattern, "determined": det, "note": note, "identities_broken": broken}

    def written_text_of(self, name, value) -> str:
        fmt = self.r.vars[name].fmt
        if FORMATS[fmt][0] == "count":
            return FORMATS[fmt][1](value)
        d = int(fmt[1:])
        while (Fraction(value) * 10 ** d).denominator != 1 and d < 8:
            d += 1   # a complement may ask for more decimals than the figure was written with
        return fmt_pct(value, d, "." if fmt.startswith("q") else ",")

    def truth(self) -> dict:
        return {"register": self.r.register, "doc_date": self.r.doc_date, "province": self.r.province,
                "facts": self.facts(), "not_facts": self.r.not_facts, "mistakes": self.mistakes(),
                "suggestion": self.suggestion()}

    def text(self) -> str:
        return self.r.text.format(**self.written_text)

    def show(self) -> str:
        lines = [f"{self.r.name}  {self.r.register}  {self.r.doc_date}  {self.r.province}"]
        for name in self.r.vars:
            mark = "" if self.written_text[name] == self.true_text[name] else f"   <- written {self.written_text[name]}"
            lines.append(f"  {name:10} {self.true_text[name]:>12}{mark}")
        lines.append("identities:")
        for i in self.identities:
            lines.append(f"  {'BROKEN ' if i in self.broken else 'holds  '}{i.name}")
        if self.r.slip:
            lines.append(f"candidates: { {k: ([str(x) for x in c] if c != 'many' else c) for k, c in self.candidates.items()} }")
            lines.append(f"determined: {self.determined}")
        return "\n".join(lines)


# ----------------------------------------------------------------------------- official unit lists


def _legacy_db():
    import vietnamadminunits
    return sqlite3.connect(Path(vietnamadminunits.__file__).parent / "data" / "dataset.db")


def check_units(r: Report):
    """Every unit name the report uses is in the list in force on its date (legacy before 1 July 2025)."""
    if r.province is None and not r.units:
        return
    legacy = r.doc_date < "2025-07-01"
    if legacy:
        db = _legacy_db()
        provinces = {p for (p,) in db.execute("select distinct province from admin_units_legacy")}
        assert r.province in provinces, (r.name, r.province)
        names = set()
        for d, w in db.execute("select district, ward from admin_units_legacy where province=?", (r.province,)):
            names.add(d)
            names.add(w)
    else:
        from vietnam_provinces import Province, Ward
        prov = None
        for p in Province.iter_all():
            full = p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name
            if full == r.province:
                prov = p
        assert prov is not None, (r.name, r.province)
        names = {w.name for w in Ward.iter_all() if w.province_code == prov.code}
    for u in r.units:
        assert u in names, (r.name, "not in the list in force", u)


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
