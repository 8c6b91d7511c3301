"""Machinery of blind typo set 3 (see README.md). Pure Python, no docparse import.

A report declares its TRUE figures as named variables (``Fig``), a text template with exactly one
``{NAME}`` per variable, the identities its statements make, and (optionally) one slip: the written
text of one variable replaced by a mistyped one. This module formats, applies the slip, evaluates the
identities, solves them for every figure (to decide whether the slip is determined) and writes truth.
"""
from __future__ import annotations

import json
import re
from decimal import ROUND_DOWN, ROUND_HALF_UP
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from math import floor

# ----------------------------------------------------------------------------- figures


@dataclass
class Fig:
    value: object                 # int for counts, Decimal for percentages and points
    fmt: str = "n"                # n: 12.345 | i: 12345 | z: 05 | p: 98,62% | p_: 98,62 | pd: 98.62% | s: 86,16
    dec: int = 0                  # decimals of a percentage / score as the report writes it
    fact: dict | None = None      # kind, indicator, subject, scope (+ maximum) or None (not a fact)
    num: tuple | None = None      # variable names whose written values make the rate's numerator
    den: tuple | None = None      # ... denominator

    @property
    def is_pct(self):
        return self.fmt in ("p", "p_", "pd")

    @property
    def is_dec(self):
        return self.fmt in ("p", "p_", "pd", "s")


def _group(digits: str) -> str:
    digits = digits.lstrip("0") or "0"
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return ".".join(out)


def fmt_value(fig: Fig, value=None) -> str:
    v = fig.value if value is None else value
    if isinstance(v, Fraction):
        v = Decimal(v.numerator) / Decimal(v.denominator) if fig.is_dec else int(v)
    if fig.fmt == "n":
        return _group(str(int(v)))
    if fig.fmt == "i":
        return str(int(v))
    if fig.fmt == "z":
        return f"{int(v):02d}"
    q = Decimal(v).quantize(Decimal(1).scaleb(-fig.dec)) if fig.dec else Decimal(int(Decimal(v)))
    s = f"{q:f}"
    if fig.fmt == "pd":
        return s + "%"
    s = s.replace(".", ",")
    return s + "%" if fig.fmt == "p" else s


def parse_text(fig: Fig, text: str):
    """(value, decimals) of a figure as written in the format of ``fig``."""
    t = text.rstrip("%")
    if fig.fmt == "n":
        return int(t.replace(".", "")), 0
    if fig.fmt in ("i", "z"):
        return int(t), 0
    sep = "." if fig.fmt == "pd" else ","
    dec = len(t.split(sep)[1]) if sep in t else 0
    return Decimal(t.replace(sep, ".")), dec


def digits_of(fig: Fig, text: str) -> str:
    return re.sub(r"\D", "", text)


# ----------------------------------------------------------------------------- identities
# ("sum", total, parts) ("bal", lhs, parts) ("score", total, parts) ("ratio", p, xs, ys)
# ("comp", figs)  (shares closing 100%)   ("same", a, b)

CODE = {"sum": "sum_mismatch", "bal": "balance_mismatch", "score": "score_sum_mismatch",
        "ratio": "ratio_mismatch", "comp": "complement_mismatch", "bal2": "balance_mismatch", "same": "repeated_value_mismatch"}


def id_vars(ident) -> list:
    k = ident[0]
    if k in ("sum", "bal", "score"):
        return [ident[1], *ident[2]]
    if k == "ratio":
        return [ident[1], *ident[2], *ident[3]]
    if k == "comp":
        return list(ident[1])
    if k == "bal2":
        return [*ident[1], *ident[2]]
    return [ident[1], ident[2]]


def id_name(ident) -> str:
    if ident[0] == "bal2":
        return f"bal({'+'.join(ident[1])}, {'+'.join(ident[2])})"
    if ident[0] == "ratio":
        return f"ratio({ident[1]}, {'+'.join(ident[2])}, {'+'.join(ident[3])})"
    return f"{ident[0]}({', '.join(id_vars(ident))})"


def _frac(v) -> Fraction:
    return Fraction(str(v)) if isinstance(v, Decimal) else Fraction(v)


def pct_ok(p, dec: int, x, y) -> bool:
    """CONTRACT §5: 100·x/y rounds half up, or truncates, to p at dec decimals."""
    if y <= 0:
        return False
    q = Fraction(100 * x, y) * 10 ** dec
    p = _frac(p) * 10 ** dec
    return floor(q + Fraction(1, 2)) == p or floor(q) == p


def pct_values(dec: int, x, y) -> set:
    q = Fraction(100 * x, y) * 10 ** dec
    u = Decimal(1).scaleb(-dec)
    return {(Decimal(floor(q + Fraction(1, 2))) * u).quantize(u), (Decimal(floor(q)) * u).quantize(u)}


def holds(ident, val: dict, dec: dict) -> bool:
    k = ident[0]
    if k in ("sum", "bal", "score"):
        return _frac(val[ident[1]]) == sum(_frac(val[v]) for v in ident[2])
    if k == "ratio":
        return pct_ok(val[ident[1]], dec[ident[1]], sum(val[v] for v in ident[2]),
                      sum(val[v] for v in ident[3]))
    if k == "comp":
        return sum(_frac(val[v]) for v in ident[1]) == 100
    if k == "bal2":
        return sum(_frac(val[v]) for v in ident[1]) == sum(_frac(val[v]) for v in ident[2])
    return _frac(val[ident[1]]) == _frac(val[ident[2]])


# candidate sets: ("set", frozenset) | ("int", lo, hi) (inclusive); None = unconstrained

def _solve_one(ident, f, val, figs):
    k = ident[0]
    fig = figs[f]
    if k in ("sum", "bal", "score"):
        tot, parts = ident[1], ident[2]
        if f == tot:
            v = sum(_frac(val[p]) for p in parts)
        else:
            v = _frac(val[tot]) - sum(_frac(val[p]) for p in parts if p != f) - \
                _frac(val[f]) * (parts.count(f) - 1)
        return ("set", frozenset([v]))
    if k == "bal2":
        a, b = (ident[1], ident[2]) if f in ident[1] else (ident[2], ident[1])
        return ("set", frozenset([sum(_frac(val[v]) for v in b) - sum(_frac(val[v]) for v in a if v != f)]))
    if k == "same":
        other = ident[2] if f == ident[1] else ident[1]
        return ("set", frozenset([_frac(val[other])]))
    if k == "comp":
        return ("set", frozenset([100 - sum(_frac(val[v]) for v in ident[1] if v != f)]))
    p, xs, ys = ident[1], ident[2], ident[3]
    X = sum(val[v] for v in xs)
    Y = sum(val[v] for v in ys)
    if f in xs and f in ys:      # x = a + f, y = b + f: monotone in f, solve both bounds
        a, b = X - val[f], Y - val[f]
        u = Fraction(1, 10 ** _dec_of(val, p, figs))
        P = _frac(val[p])
        lo_p, hi_p = P - u / 2, P + u
        lo = 0 if lo_p >= 100 else max(0, -(-(lo_p * b - 100 * a) // (100 - lo_p)))
        if hi_p > 100:
            hi = 10 ** 12
        else:
            lim = (hi_p * b - 100 * a) / (100 - hi_p)
            hi = int(lim) - 1 if lim == int(lim) else floor(lim)
        return ("int", int(lo), int(hi))
    if f == p:
        if Y <= 0:
            return ("set", frozenset())
        return ("set", frozenset(_frac(v) for v in pct_values(fig.dec, X, Y)))
    P = _frac(val[p])
    u = Fraction(1, 10 ** figs[p].dec) if figs[p].dec is not None else 1
    u = Fraction(1, 10 ** _dec_of(val, p, figs))
    lo_p, hi_p = P - u / 2, P + u      # 100·x/y in [lo_p, hi_p)
    if f in xs:
        rest = X - val[f]
        lo = -(-(lo_p * Y) // 100)            # ceil
        hi_ex = hi_p * Y / 100                # x < hi_ex
        hi = int(hi_ex) if hi_ex != int(hi_ex) else int(hi_ex) - 1
        return ("int", int(lo) - rest, hi - rest)
    rest = Y - val[f]
    if lo_p <= 0:
        return ("int", 1 - rest, 10 ** 12)
    # y in (100X/hi_p, 100X/lo_p]
    lo_ex = 100 * X / hi_p
    lo = int(lo_ex) + 1
    hi = floor(100 * X / lo_p)
    return ("int", lo - rest, hi - rest)


_DEC = {}


def _dec_of(val, p, figs):
    return _DEC.get(p, figs[p].dec)


def _meet(a, b):
    if a is None:
        return b
    if b is None:
        return a
    if a[0] == "set" and b[0] == "set":
        return ("set", a[1] & b[1])
    if a[0] == "set":
        a, b = b, a
    if b[0] == "set":
        return ("set", frozenset(v for v in b[1] if v.denominator == 1 and a[1] <= v <= a[2]))
    return ("int", max(a[1], b[1]), min(a[2], b[2]))


def _valid(c, fig):
    if c[0] == "set":
        if fig.is_pct:
            keep = [v for v in c[1] if 0 <= v <= 100]
        elif fig.is_dec:
            keep = [v for v in c[1] if v >= 0]
        else:
            keep = [v for v in c[1] if v.denominator == 1 and v >= 0]
        return ("set", frozenset(keep))
    return ("int", max(c[1], 0), c[2])


def size(c) -> int:
    return len(c[1]) if c[0] == "set" else max(0, c[2] - c[1] + 1)


def solve(figs, ids, val, dec) -> dict:
    """For every figure: the values that make every identity hold, others as written."""
    _DEC.clear()
    _DEC.update(dec)
    out = {}
    for f in figs:
        mine = [i for i in ids if f in id_vars(i)]
        if not mine or not all(holds(i, val, dec) for i in ids if f not in id_vars(i)):
            continue
        c = None
        for i in mine:
            c = _meet(c, _solve_one(i, f, val, figs))
        c = _valid(c, figs[f])
        # the figure's own written value is no correction
        if c[0] == "set":
            c = ("set", frozenset(v for v in c[1] if v != _frac(val[f])))
        if size(c):
            out[f] = c
    return out


# ----------------------------------------------------------------------------- slips and edits

def _variants(fig: Fig, text: str):
    """Every text one keystroke-slip away (digit changed, adjacent swap, digit dropped or inserted,
    separator moved): the inverse set of the slip kinds."""
    body = text.rstrip("%")
    pct = text.endswith("%")
    if fig.fmt in ("n", "i", "z"):
        d = re.sub(r"\D", "", body)
        outs = set()
        for i in range(len(d)):
            for c in "0123456789":
                outs.add(d[:i] + c + d[i + 1:])
            if i + 1 < len(d):
                outs.add(d[:i] + d[i + 1] + d[i] + d[i + 2:])
            outs.add(d[:i] + d[i + 1:])
        for i in range(len(d) + 1):
            for c in "0123456789":
                outs.add(d[:i] + c + d[i:])
        for o in outs:
            if o:
                yield _group(o) if fig.fmt == "n" else o
        return
    sep = "." if fig.fmt == "pd" else ","
    chars = list(body)
    outs = set()
    dpos = [i for i, ch in enumerate(chars) if ch.isdigit()]
    for i in dpos:
        for c in "0123456789":
            outs.add("".join(chars[:i] + [c] + chars[i + 1:]))
        outs.add("".join(chars[:i] + chars[i + 1:]))
    for a, b in zip(dpos, dpos[1:]):
        s = chars[:]
        s[a], s[b] = s[b], s[a]
        outs.add("".join(s))
    for i in range(len(chars) + 1):
        for c in "0123456789":
            outs.add("".join(chars[:i] + [c] + chars[i:]))
    d = body.replace(sep, "")
    for i in range(1, len(d) + 1):
        outs.add(d[:i] + (sep + d[i:] if i < len(d) else ""))
    for o in outs:
        if o and o[0] != sep and o[-1] != sep and o.count(sep) <= 1:
            yield o + ("%" if pct else "")


def classify(fig: Fig, true_text: str, written: str, pattern: str, others: list) -> bool:
    a, b = digits_of(fig, true_text), digits_of(fig, written)
    if pattern == "copy":
        return written in others
    if pattern == "separator":
        return a == b and true_text != written
    if pattern == "digit":
        return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    if pattern == "swap":
        diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if pattern == "drop":
        return len(b) == len(a) - 1 and any(a[:i] + a[i + 1:] == b for i in range(len(a)))
    if pattern == "double":
        return len(b) == len(a) + 1 and any(a[:i + 1] + a[i] + a[i + 1:] == b for i in range(len(a)))
    return False


# ----------------------------------------------------------------------------- a report


@dataclass
class Report:
    name: str
    register: str
    date: str
    province: str | None
    figs: dict
    text: str
    ids: list
    slip: tuple | None = None     # (var, written text, pattern)
    intent: str | None = None     # "det" | "undet" | None (clean)
    not_facts: list = field(default_factory=list)   # (text, why)
    units: list = field(default_factory=list)       # unit names the text uses (checked)
    why: str = ""                 # what the author means the other statements show


def num_str(v):
    f = _frac(v)
    if f.denominator == 1:
        return int(f)
    return float(Decimal(f.numerator) / Decimal(f.denominator))


def cand_str(fig, c):
    if c[0] == "int":
        if c[1] == c[2]:
            return fmt_value(fig, c[1])
        return f"any of {size(c)} values {fmt_value(fig, c[1])}…{fmt_value(fig, c[2])}"
    vals = sorted(c[1])
    return " or ".join(fmt_value(fig, Decimal(v.numerator) / Decimal(v.denominator)
                                 if fig.is_dec else int(v)) for v in vals)


def analyse(r: Report) -> dict:
    figs = r.figs
    names = re.findall(r"\{(\w+)\}", r.text)
    assert sorted(names) == sorted(figs), (r.name, set(names) ^ set(figs))
    assert len(names) == len(set(names)), (r.name, "a variable written twice")
    true_text = {k: fmt_value(f) for k, f in figs.items()}
    true_val = {k: f.value for k, f in figs.items()}
    true_dec = {k: f.dec for k, f in figs.items()}
    for k, f in figs.items():
        v, d = parse_text(f, true_text[k])
        assert _frac(v) == _frac(f.value), (r.name, k, true_text[k], f.value)
    for i in r.ids:
        for v in id_vars(i):
            assert v in figs, (r.name, v)
        assert holds(i, true_val, true_dec), (r.name, "true figures break", id_name(i))
    written = dict(true_text)
    val, dec = dict(true_val), dict(true_dec)
    res = {"broken": [], "solve": {}, "edit": set(), "verdict": None}
    if r.slip:
        var, wtext, pattern = r.slip
        order = names.index(var)
        earlier = [true_text[n] for n in names[:order]]
        assert classify(figs[var], true_text[var], wtext, pattern, earlier), (r.name, r.slip)
        written[var] = wtext
        val[var], dec[var] = parse_text(figs[var], wtext)
    res["written"] = written
    res["val"], res["dec"] = val, dec
    res["broken"] = [i for i in r.ids if not holds(i, val, dec)]
    if not r.slip:
        assert not res["broken"], (r.name, "clean report breaks", [id_name(i) for i in res["broken"]])
        return res
    var = r.slip[0]
    assert res["broken"], (r.name, "the slip breaks nothing")
    for i in res["broken"]:
        assert var in id_vars(i)
    sol = solve(figs, r.ids, val, dec)
    res["solve"] = sol
    # brute force over every single-keystroke edit of every written figure
    edits = set()
    for k, f in figs.items():
        for t in _variants(f, written[k]):
            try:
                v, d = parse_text(f, t)
            except (ValueError, ArithmeticError):
                continue
            if f.is_pct and not (0 <= v <= 100):
                continue
            v2, d2 = dict(val), dict(dec)
            v2[k], d2[k] = v, d
            if all(holds(i, v2, d2) for i in r.ids):
                edits.add((k, _frac(v)))
    res["edit"] = edits
    for k, v in edits:        # cross-check of the solver against plain evaluation
        c = sol.get(k)
        assert c is not None, (r.name, "edit restores but solver misses", k, v)
        assert (v in c[1]) if c[0] == "set" else (c[1] <= v <= c[2]), (r.name, k, v, c)
    tv = _frac(true_val[var])
    mine = sol.get(var)
    assert mine is not None and ((tv in mine[1]) if mine[0] == "set" else mine[1] <= tv <= mine[2]), \
        (r.name, "true value not among the slipped figure's candidates", mine)
    pair = False
    if mine[0] == "set" and size(mine) == 2 and figs[var].is_pct:
        ratio_ids = [i for i in r.ids if i[0] == "ratio" and i[1] == var]
        pair = any(set(mine[1]) == {_frac(v) for v in pct_values(figs[var].dec,
                   sum(val[x] for x in i[2]), sum(val[y] for y in i[3]))} for i in ratio_ids)
    det = set(sol) == {var} and (size(mine) == 1 or pair)
    if r.slip[2] != "copy":
        assert (var, tv) in edits, (r.name, "the inverse edit does not restore")
    if det:
        assert {k for k, _ in edits} <= {var}
    res["verdict"] = "det" if det else "undet"
    res["pair"] = sorted(mine[1]) if pair else None
    assert res["verdict"] == r.intent, (r.name, "intended", r.intent, "got", res["verdict"],
                                        {k: cand_str(figs[k], c) for k, c in sol.items()})
    return res


def _stated(ident, written_val, var):
    k = ident[0]
    if k in ("ratio", "sum", "score", "bal"):
        return ident[1]
    if k == "bal2":
        return ident[1][0]
    if k == "comp":
        return var if var in ident[1] else ident[1][0]
    return var if var in ident[1:] else ident[1]


def truth(r: Report, res: dict) -> dict:
    figs, written, val = r.figs, res["written"], res["val"]

    def show(k):
        return written[k]

    def nv(k):
        return num_str(val[k])

    facts = []
    for k in re.findall(r"\{(\w+)\}", r.text):
        f = figs[k]
        if not f.fact:
            continue
        d = {"kind": f.fact["kind"], "indicator": f.fact["indicator"], "subject": f.fact["subject"],
             "scope": f.fact.get("scope"), "value": nv(k),
             "numerator": sum(val[v] for v in f.num) if f.num else None,
             "denominator": sum(val[v] for v in f.den) if f.den else None,
             "text": show(k)}
        if f.fact["kind"] == "rank":
            d["numerator"] = None
            d["denominator"] = f.fact["field"]
        if f.fact["kind"] == "unit_count":
            d["numerator"] = nv(k)
            d["denominator"] = f.fact["field"]
        if "maximum" in f.fact:
            d["maximum"] = f.fact["maximum"]
        facts.append(d)
    mistakes = []
    var = r.slip[0] if r.slip else None
    for i in res["broken"]:
        s = _stated(i, written, var)
        mistakes.append({"code": CODE[i[0]], "stated": nv(s), "text": written[s],
                         "note": f"{id_name(i)} fails with the written figures"})
    sug = None
    if r.slip:
        sol = res["solve"]
        mine = sol[var]
        corrected = [num_str(v) for v in res["pair"]] if res["pair"] else num_str(figs[var].value)
        others = {k: c for k, c in sol.items() if k != var}
        if res["verdict"] == "det":
            note = (f"only {var} can be changed so that every identity holds: "
                    f"{', '.join(id_name(i) for i in res['broken'])} fail, the others hold. {r.why}").strip()
        else:
            parts = [f"{var} ({written[var]}) → {cand_str(figs[var], mine)}"]
            parts += [f"{k} ({written[k]}) → {cand_str(figs[k], c)}" for k, c in others.items()]
            note = ("not determined: more than one figure (or value) restores every identity: "
                    + "; ".join(parts) + f". {r.why}").strip()
        sug = {"text": written[var], "stated": nv(var), "corrected": corrected, "pattern": r.slip[2],
               "determined": res["verdict"] == "det", "note": note,
               "identities_broken": [id_name(i) for i in res["broken"]]}
    return {"register": r.register, "doc_date": r.date, "province": r.province, "facts": facts,
            "not_facts": [{"text": t, "why": w} for t, w in r.not_facts], "mistakes": mistakes,
            "suggestion": sug}


def render(r: Report, res: dict) -> str:
    return r.text.format(**res["written"])


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


# ----------------------------------------------------------------------------- declaring figures



def pct(x, y, d=2, trunc=False) -> Decimal:
    """100·x/y at d decimals, half up (or truncated) — CONTRACT §5."""
    q = Decimal(100 * x) / Decimal(y)
    return q.quantize(Decimal(1).scaleb(-d), rounding=ROUND_DOWN if trunc else ROUND_HALF_UP)


def D(s) -> Decimal:
    return Decimal(str(s))


def _dec(v):
    return max(0, -Decimal(v).as_tuple().exponent)


def C(v, ind, subj, scope=None, fmt="n"):
    return Fig(int(v), fmt, 0, {"kind": "count", "indicator": ind, "subject": subj, "scope": scope})


def X(v, fmt="n"):
    """A figure that is no fact of its own (the x or y of an x/y, a count outside the catalogue)."""
    return Fig(int(v), fmt, 0, None)


def P(v, ind, subj, scope=None, num=None, den=None, fmt="p"):
    v = D(v)
    return Fig(v, fmt, _dec(v), {"kind": "rate", "indicator": ind, "subject": subj, "scope": scope},
               tuple(num) if num else None, tuple(den) if den else None)


def XP(v, fmt="p"):
    v = D(v)
    return Fig(v, fmt, _dec(v), None)


def S(v, ind, subj, maximum=None, scope=None):
    v = D(v)
    f = {"kind": "score", "indicator": ind, "subject": subj, "scope": scope}
    if maximum is not None:
        f["maximum"] = maximum
    return Fig(v, "s", _dec(v), f)


def RK(v, field, subj, fmt="z"):
    return Fig(int(v), fmt, 0, {"kind": "rank", "indicator": "index_766_rank", "subject": subj,
                                "scope": None, "field": field})


def UC(v, field, subj, fmt="z"):
    return Fig(int(v), fmt, 0, {"kind": "unit_count", "indicator": "units_meeting_target",
                                "subject": subj, "scope": None, "field": field})




# ----------------------------------------------------------------------------- units, files, main

def _legacy_names(province):
    from vietnamadminunits.database.main import query
    rows = query("SELECT DISTINCT province, district, ward FROM admin_units_legacy")
    provs = {r["province"] for r in rows}
    inside = {n for r in rows if r["province"] == province for n in (r["district"], r["ward"])}
    return provs, inside


def _new_names(province):
    from vietnam_provinces import Province, Ward
    provs = {}
    for p in Province.iter_all():
        full = p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name
        provs[full] = p.code
    code = provs.get(province)
    inside = {" ".join(w.name.split()) for w in Ward.iter_all() if w.province_code == code}
    return set(provs), inside


def check_units(r: Report):
    if r.province is None:
        assert not r.units, r.name
        return
    provs, inside = (_legacy_names if r.date < "2025-07-01" else _new_names)(r.province)
    assert r.province in provs, (r.name, r.province)
    for u in r.units:
        assert u in inside, (r.name, u, "not in the list in force on", r.date)


def table_row(r: Report, res: dict) -> str:
    if not r.slip:
        slip, det, codes, keys = "clean", "—", "—", "—"
    else:
        var, w, pat = r.slip
        fig = r.figs[var]
        corr = " or ".join(fmt_value(fig, v).rstrip("%") for v in res["pair"]) if res["pair"] \
            else fmt_value(fig).rstrip("%")
        slip = f"`{w}` → {corr} ({pat})"
        det = "yes" if res["verdict"] == "det" else "**no**"
        codes = ", ".join(CODE[i[0]] for i in res["broken"])
        keys = ", ".join(f"{k} → {fmt_value(r.figs[k], v).rstrip('%')}" for k, v in sorted(res["edit"])) or "none"
    return f"| {r.name} | {r.register} | {r.province or '—'} | {r.date} | {slip} | {det} | {codes} | {keys} |"


def build_all(reports, here):
    out, rows, stats = {}, [], []
    for fn in reports:
        r = fn()
        assert r.name == fn.__name__, fn.__name__
        check_units(r)
        res = analyse(r)
        text = render(r, res)
        for t, _ in r.not_facts:
            assert t in text, (r.name, t)
        assert "{" not in text and "}" not in text, r.name
        out[f"{r.name}.txt"] = text
        out[f"{r.name}.truth.json"] = dumps(truth(r, res))
        rows.append(table_row(r, res))
        stats.append((r, res))
    return out, rows, stats


def show(r: Report):
    res = analyse(r)
    print(r.name, r.register, r.date, r.province, "slip:", r.slip, "verdict:", res["verdict"])
    for k, f in r.figs.items():
        w = res["written"][k]
        print(f"  {k:6} true {fmt_value(f):>12}  written {w:>12}{'   <-- slip' if w != fmt_value(f) else ''}")
    for i in r.ids:
        print("  ", "holds " if holds(i, res["val"], res["dec"]) else "BROKEN", id_name(i))
    for k, c in res["solve"].items():
        print("   candidate", k, "→", cand_str(r.figs[k], c))
    print("   edit-restorers", sorted((k, str(v)) for k, v in res["edit"]))


def main(reports, here, argv):
    from pathlib import Path
    here = Path(here)
    if len(argv) > 2 and argv[1] == "--show":
        for fn in reports:
            if fn.__name__ == argv[2]:
                show(fn())
        return 0
    out, rows, stats = build_all(reports, here)
    readme = (here / "README.md").read_text("utf-8") if (here / "README.md").exists() else ""
    table = "\n".join(["<!-- table -->",
                       "| file | register | issuer's province | doc_date | slip (pattern) | determined | broken identities (codes) | one-keystroke restorers |",
                       "|---|---|---|---|---|---|---|---|", *rows, "<!-- /table -->"])
    if "<!-- table -->" in readme:
        a, rest = readme.split("<!-- table -->", 1)
        b = rest.split("<!-- /table -->", 1)[1]
        readme = a + table + b
    out["README.md"] = readme
    if "--check" in argv:
        bad = []
        for name, content in out.items():
            p = here / name
            if not p.exists() or p.read_text("utf-8") != content:
                bad.append(name)
        extra = [p.name for p in here.iterdir()
                 if (p.name.endswith(".txt") or p.name.endswith(".truth.json")) and p.name not in out]
        if bad or extra:
            print("differs:", bad, "extra:", extra)
            return 1
        summary(stats)
        print(f"ok: {len(stats)} reports, every file equal to what build.py writes")
        return 0
    for name, content in out.items():
        (here / name).write_text(content, "utf-8")
    summary(stats)
    return 0


def summary(stats):
    from collections import Counter
    kinds = Counter()
    regs = Counter()
    for r, res in stats:
        regs[r.register] += 1
        kinds[(r.slip[2] if r.slip else "clean", res["verdict"] or "clean")] += 1
    print("registers:", dict(regs))
    print("kinds:", dict(kinds))
