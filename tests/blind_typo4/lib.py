"""Engine of the fourth blind typo set: figures, identities, one slip, brute-force determinacy.

A report is a dict: name, register, doc_date, province, vars {name: (true value, fmt[, fact meta])},
ids [identities], text (a template with {name} per written figure), slip (name, written, pattern)
or None. Formats: 'n' count with '.' thousands, 'i' plain integer, 'z' integer zero-padded to 2,
'p0'..'p2' percentage with '%', 'q1'/'q2' percentage number without '%' (tables), 's1'/'s2' points.
Identities: ('sum', total, [parts]) / ('score', total, [parts]) / ('bal', lhs, [rhs]) /
('comp', [a, b]) (= 100) / ('ratio', pct, num, [den parts]) / ('rep', a, b).
Fact meta: 'kind:indicator:subject[:scope]' (written value becomes the fact's value).
"""
from __future__ import annotations

import math
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

CODES = {"sum": "sum_mismatch", "score": "score_sum_mismatch", "bal": "balance_mismatch",
         "comp": "complement_mismatch", "ratio": "ratio_mismatch", "rep": "repeated_value_mismatch"}


def dec(fmt: str) -> int:
    return int(fmt[1]) if fmt[0] in "pqs" else 0


def fmt_value(value, fmt: str) -> str:
    if fmt == "n":
        return f"{int(value):,}".replace(",", ".")
    if fmt == "i":
        return str(int(value))
    if fmt == "z":
        return f"{int(value):02d}"
    d = dec(fmt)
    s = f"{Decimal(str(value)):.{d}f}".replace(".", ",")
    return s + "%" if fmt[0] == "p" else s


def parse(text: str, fmt: str):
    if fmt in ("n", "i", "z"):
        return int(text.replace(".", ""))
    return float(text.rstrip("%").replace(",", "."))


def _q(x: Decimal, d: int, mode) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-d), rounding=mode)


def ratio_ok(pct, num, den, d) -> bool:
    if den <= 0:
        return False
    exact = Decimal(num) * 100 / Decimal(den)
    p = Decimal(str(pct))
    return _q(exact, d, ROUND_HALF_UP) == p or _q(exact, d, ROUND_DOWN) == p


def _close(a, b) -> bool:
    return abs(a - b) < 1e-6


def holds(ident, val, fmts) -> bool:
    kind = ident[0]
    if kind in ("sum", "score", "bal"):
        return _close(val[ident[1]], sum(val[p] for p in ident[2]))
    if kind == "comp":
        return _close(val[ident[1][0]] + val[ident[1][1]], 100)
    if kind == "ratio":
        return ratio_ok(val[ident[1]], val[ident[2]], sum(val[p] for p in ident[3]), dec(fmts[ident[1]]))
    if kind == "rep":
        return _close(val[ident[1]], val[ident[2]])
    raise ValueError(ident)


def members(ident) -> list:
    if ident[0] in ("sum", "score", "bal"):
        return [ident[1], *ident[2]]
    if ident[0] == "comp":
        return list(ident[1])
    if ident[0] == "ratio":
        return [ident[1], ident[2], *ident[3]]
    return [ident[1], ident[2]]


def label(ident) -> str:
    return f"{ident[0]}({', '.join(members(ident))})"


def _solve(ident, v, val, fmts) -> list:
    """Values of v that make this one identity hold, others fixed (a superset for ratios)."""
    kind = ident[0]
    f = fmts[v]
    d = dec(f)
    rnd = (lambda x: int(round(x))) if d == 0 and f[0] not in "pqs" else (lambda x: round(x, d))
    if kind in ("sum", "score", "bal"):
        total, parts = ident[1], ident[2]
        rest = sum(val[p] for p in parts if p != v)
        if v == total:
            return [rnd(rest)]
        return [rnd(val[total] - rest)] if parts.count(v) == 1 else []
    if kind == "comp":
        other = ident[1][1] if ident[1][0] == v else ident[1][0]
        return [rnd(100 - val[other])]
    if kind == "rep":
        other = ident[2] if ident[1] == v else ident[1]
        return [val[other]]
    pct, num, dens = ident[1], ident[2], ident[3]
    dp = dec(fmts[pct])
    den = sum(val[p] for p in dens)
    if v == pct:
        if den <= 0:
            return []
        exact = Decimal(val[num]) * 100 / Decimal(den)
        return sorted({float(_q(exact, dp, ROUND_HALF_UP)), float(_q(exact, dp, ROUND_DOWN))})
    p = val[pct]
    if v == num:
        lo = math.floor((p - 1) * den / 100) - 2
        hi = math.ceil((p + 1) * den / 100) + 2
        return list(range(max(0, lo), hi + 1))
    # v is a denominator part
    rest = den - val[v]
    if p <= 0:
        return []
    lo_d = math.floor(val[num] * 100 / (p + 1)) - 2
    hi_d = math.ceil(val[num] * 100 / max(p - 1, 1e-9)) + 2
    hi_d = min(hi_d, lo_d + 2_000_000)
    return [x - rest for x in range(max(1, lo_d), hi_d + 1) if x - rest >= 0]


def analyse(rep: dict) -> dict:
    vars_ = rep["vars"]
    fmts = {k: v[1] for k, v in vars_.items()}
    true = {k: v[0] for k, v in vars_.items()}
    ids = rep["ids"]
    for ident in ids:
        for m in members(ident):
            assert m in vars_, (rep["name"], m)
        assert holds(ident, true, fmts), (rep["name"], "true figures break", label(ident))
    for k, (value, f, *_) in vars_.items():
        assert _close(parse(fmt_value(value, f), f), value), (rep["name"], k)
    written = dict(true)
    out = {"broken": [], "candidates": {}}
    if rep["slip"] is None:
        return out
    var, wtext, pattern = rep["slip"]
    written[var] = parse(wtext, fmts[var])
    assert not _close(written[var], true[var]), rep["name"]
    broken = [i for i in ids if not holds(i, written, fmts)]
    assert broken, (rep["name"], "slip breaks nothing")
    out["broken"] = broken
    # every written figure is tried: its candidate values are those that make any identity it is in
    # hold (a superset), each kept only if, with that one figure replaced, every identity holds
    for v in sorted(vars_):
        cands = set()
        pool = set()
        for ident in ids:
            if v in members(ident):
                pool.update(_solve(ident, v, written, fmts))
        for x in sorted(pool):
            if x < 0 or (fmts[v][0] in "pq" and x > 100):
                continue
            trial = dict(written)
            trial[v] = x
            if all(holds(i, trial, fmts) for i in ids):
                cands.add(x)
        if cands:
            out["candidates"][v] = sorted(cands)
    return out


def check_pattern(true_text: str, written: str, pattern: str, others: list) -> bool:
    a = "".join(c for c in true_text if c.isdigit())
    b = "".join(c for c in written if c.isdigit())
    if pattern == "copy":
        return written in others
    if pattern == "separator":
        return a == b and true_text != written
    if pattern == "digit":
        return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    if pattern == "swap":
        return len(a) == len(b) and any(a[:i] + a[i + 1] + a[i] + a[i + 2:] == b and a[i] != a[i + 1]
                                         for i in range(len(a) - 1))
    if pattern == "drop":
        return any(a[:i] + a[i + 1:] == b for i in range(len(a)))
    if pattern == "double":
        return any(a[:i] + a[i] + a[i:] == b for i in range(len(a)))
    return False
