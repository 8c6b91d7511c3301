"""Machinery for tests/blind_typo/build.py (blind typo set for issue 16).

Written without reading docparse/ or its suggestion search: the identities, the determinacy
analysis and the truth below are this set's own. Every figure of a report is a named variable
holding its TRUE value; the text is a template with one {name} per written figure; a slip
changes the text of one variable only.
"""
from __future__ import annotations

import json
import math
import re
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_DOWN
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------- numbers


def pct(n, d, dec=2) -> D:
    """100*n/d rounded half up at dec decimals, as a Decimal carrying its decimals."""
    q = D(1).scaleb(-dec)
    return (D(100) * D(n) / D(d)).quantize(q, rounding=ROUND_HALF_UP)


def decimals(v: D) -> int:
    return max(0, -v.as_tuple().exponent)


def fmt_int(n: int, style: str = "dot") -> str:
    if style == "plain":
        return str(n)
    if style == "lz":
        return f"{n:02d}"
    s = f"{n:,}".replace(",", ".")
    return s


def fmt_pct(v: D) -> str:
    return str(v).replace(".", ",")


def fmtv(x) -> str:
    return fmt_pct(x) if isinstance(x, D) else fmt_int(x)


def parse_written(text: str, is_pct: bool):
    """The number as written: Vietnamese dots for thousands, comma for decimals."""
    t = text.strip().rstrip("%").strip()
    if is_pct:
        return D(t.replace(".", "").replace(",", "."))
    return int(t.replace(".", ""))


# ---------------------------------------------------------------- identities


def ratio_ok(p: D, dec: int, n, d) -> bool:
    if d == 0:
        return False
    x = D(100) * D(n) / D(d)
    q = D(1).scaleb(-dec)
    return x.quantize(q, rounding=ROUND_HALF_UP) == p or x.quantize(q, rounding=ROUND_DOWN) == p


def holds(ident, v: dict, dec: dict) -> bool:
    kind = ident[0]
    if kind in ("sum", "ssum"):       # total = sum(parts); ssum: a score total

        return v[ident[1]] == sum(v[x] for x in ident[2])
    if kind == "bal":       # sum(lhs) = sum(rhs)
        return sum(v[x] for x in ident[1]) == sum(v[x] for x in ident[2])
    if kind == "eq":
        return v[ident[1]] == v[ident[2]]
    if kind == "ratio":     # p = 100*sum(nums)/sum(dens)
        return ratio_ok(v[ident[1]], dec[ident[1]], sum(v[x] for x in ident[2]), sum(v[x] for x in ident[3]))
    if kind == "comp":      # rates adding to 100%
        tol = D(1).scaleb(-max(dec[x] for x in ident[1]))
        return abs(sum(v[x] for x in ident[1]) - 100) <= tol
    raise ValueError(kind)


def members(ident):
    kind = ident[0]
    if kind in ("sum", "ssum", "ratio"):
        return [ident[1], *ident[2], *(ident[3] if kind == "ratio" else [])]
    if kind == "bal":
        return [*ident[1], *ident[2]]
    if kind == "eq":
        return [ident[1], ident[2]]
    if kind == "comp":
        return list(ident[1])
    raise ValueError(kind)


CODE = {"sum": "sum_mismatch", "ssum": "score_sum_mismatch", "bal": "balance_mismatch", "eq": "repeated_value_mismatch",
        "ratio": "ratio_mismatch", "comp": "complement_mismatch"}


def candidates(var, ident, v, dec, is_pct):
    """Values of var that make this one identity hold (a superset is fine; all are re-tested)."""
    kind = ident[0]
    out = set()
    if kind in ("sum", "ssum", "bal", "eq", "comp"):
        if kind in ("sum", "ssum"):
            lhs, rhs = [ident[1]], list(ident[2])
        elif kind == "bal":
            lhs, rhs = list(ident[1]), list(ident[2])
        elif kind == "eq":
            lhs, rhs = [ident[1]], [ident[2]]
        else:
            lhs, rhs = list(ident[1]), []
        target = D(100) if kind == "comp" else 0
        if kind == "comp":
            others = sum(v[x] for x in lhs if x != var)
            out.add(D(100) - others)
        else:
            if var in lhs:
                out.add(sum(v[x] for x in rhs) - sum(v[x] for x in lhs if x != var))
            else:
                out.add(sum(v[x] for x in lhs) - sum(v[x] for x in rhs if x != var))
        return out
    # ratio
    p, nums, dens = ident[1], ident[2], ident[3]
    u = D(1).scaleb(-dec[p])
    n = sum(v[x] for x in nums)
    d = sum(v[x] for x in dens)
    if var == p:
        if d:
            x = D(100) * D(n) / D(d)
            out.add(x.quantize(u, rounding=ROUND_HALF_UP))
            out.add(x.quantize(u, rounding=ROUND_DOWN))
        return out
    # var is a count inside nums and/or dens: scan integers around the solution
    innum, inden = var in nums, var in dens
    cur = v[var]
    lo_p, hi_p = v[p] - u / 2, v[p] + u   # union of rounding and truncation intervals
    rest_n = n - (cur if innum else 0)
    rest_d = d - (cur if inden else 0)
    # solve approximately for the centre, then scan a window
    centre = None
    pv = v[p]
    if innum and not inden:
        centre = pv * d / 100 - rest_n
    elif inden and not innum:
        centre = (D(100) * n / pv - rest_d) if pv else None
    else:  # both: (rest_n + x)/(rest_d + x) = pv/100
        if pv != 100:
            centre = (pv * rest_d / 100 - rest_n) / (1 - pv / 100)
    if centre is None:
        return out
    c = int(centre)
    width = max(3, int(abs(centre) * D("0.0006")) + 3)
    for x in range(c - width, c + width + 1):
        if x < 0:
            continue
        vv = dict(v)
        vv[var] = x
        if holds(ident, vv, dec):
            out.add(x)
    return out


def analyse(idents, v, dec, pct_vars, base_dec=None):
    """Which variables have a replacement value making every identity hold (with the others as
    they are): {var: sorted working values}."""
    broken = [i for i in idents if not holds(i, v, dec)]
    dec0 = dec
    fixers = {}
    allvars = {m for i in idents for m in members(i)}
    for var in sorted(allvars):
        if any(var not in members(i) for i in broken):
            continue
        if not broken:
            continue
        dec = dict(dec0)
        if base_dec and var in base_dec:
            dec[var] = base_dec[var]   # a corrected percentage keeps its written precision
        cands = set()
        for i in idents:
            if var in members(i):
                cands |= candidates(var, i, v, dec, var in pct_vars)
        ok = []
        for c in cands:
            if c == v[var] or c < 0:
                continue
            vv = dict(v)
            vv[var] = c
            if all(holds(i, vv, dec) for i in idents):
                ok.append(c)
        if ok:
            fixers[var] = sorted(ok)
    return broken, fixers


# ---------------------------------------------------------------- reports

PLACE = re.compile(r"\{(\w+)\}")


class Report:
    def __init__(self, name, register, doc_date, province, text, vals, facts, idents,
                 not_facts=(), slip=None, styles=None, expect=None):
        self.name, self.register, self.doc_date, self.province = name, register, doc_date, province
        self.template, self.vals = text, dict(vals)
        self.facts, self.idents = facts, idents
        self.not_facts, self.slip = list(not_facts), slip
        self.styles = styles or {}
        self.expect = expect  # "determined" | "undetermined" | None (clean)

    def is_pct(self, var):
        return isinstance(self.vals[var], D)

    def written(self, var, slipped=True):
        if slipped and self.slip and self.slip["var"] == var:
            return self.slip["text"]
        x = self.vals[var]
        return fmt_pct(x) if isinstance(x, D) else fmt_int(x, self.styles.get(var, "dot"))

    def pc(self, var):
        """'%' after the figure when it is written as a percentage."""
        if not any(f["var"] == var and f["kind"] == "rate" for f in self.facts):
            return ""
        return "%" if self.written(var) + "%" in self.text() else ""   # table cells carry no sign

    def stated(self):
        v = dict(self.vals)
        if self.slip:
            v[self.slip["var"]] = parse_written(self.slip["text"], self.is_pct(self.slip["var"]))
        return v

    def decs(self, stated=True):
        d = {k: decimals(x) for k, x in self.vals.items() if isinstance(x, D)}
        if stated and self.slip and self.is_pct(self.slip["var"]):
            d[self.slip["var"]] = decimals(parse_written(self.slip["text"], True))
        return d

    def text(self, slipped=True):
        names = PLACE.findall(self.template)
        dup = {n for n in names if names.count(n) > 1}
        assert not dup, (self.name, dup)
        missing = set(self.vals) - set(names)
        assert not missing, (self.name, "values never written", missing)
        return PLACE.sub(lambda m: self.written(m.group(1), slipped), self.template)

    # -- checks
    def check(self):
        v, dec = self.vals, self.decs(stated=False)
        for i in self.idents:
            for m in members(i):
                assert m in v, (self.name, "unknown var", m)
            assert holds(i, v, dec), (self.name, "clean identity fails", i)
            if i[0] == "comp":
                assert sum(v[x] for x in i[1]) == 100, (self.name, "complement not exact", i)
        for f in self.facts:
            for key in ("var", "num", "den"):
                if f.get(key) and not isinstance(f[key], int):
                    assert f[key] in v, (self.name, f)
        txt = self.text()
        for nf in self.not_facts:
            assert nf[0] in txt, (self.name, "not_fact text absent", nf)
        used = {f["var"] for f in self.facts}
        orphans = set(v) - used - getattr(self, "unfact", set())
        assert not orphans, (self.name, "written figures without a fact", orphans)
        if not self.slip:
            assert self.expect is None
            return None, {}
        s = self.slip
        sv = self.stated()
        assert sv[s["var"]] != v[s["var"]], (self.name, "slip does not change the value")
        assert s["var"] in {m for i in self.idents for m in members(i)}, (self.name, "slipped figure in no identity")
        broken, fixers = analyse(self.idents, sv, self.decs(), set(self.decs()),
                                 self.decs(stated=False))
        assert broken, (self.name, "slip breaks nothing")
        assert s["var"] in fixers and v[s["var"]] in fixers[s["var"]], (self.name, fixers)
        if self.expect == "determined":
            vals = fixers[s["var"]]
            # one figure; one value (a percentage may also be met by truncation: two values)
            assert list(fixers) == [s["var"]] and (vals == [v[s["var"]]] or
                                                   (self.is_pct(s["var"]) and len(vals) <= 2)), (self.name, fixers)
        elif self.expect == "undetermined":
            assert len(fixers) >= 2, (self.name, fixers)
        else:
            raise AssertionError((self.name, "expect?"))
        return broken, fixers

    # -- truth
    def truth(self):
        broken, fixers = self.check()
        sv = self.stated()
        facts = []
        for f in self.facts:
            var = f["var"]
            val = sv[var]
            fact = {"kind": f["kind"], "indicator": f["indicator"], "subject": f["subject"]}
            if f.get("scope"):
                fact["scope"] = f["scope"]
            fact["value"] = float(val) if isinstance(val, D) else val
            fact["numerator"] = sv[f["num"]] if f.get("num") else None
            den = f.get("den")
            fact["denominator"] = (den if isinstance(den, int) else sv[den]) if den else None
            for k in ("maximum",):
                if k in f:
                    fact[k] = f[k]
            fact["text"] = self.written(var) + self.pc(var)
            facts.append(fact)
        mistakes = []
        if self.slip:
            svar = self.slip["var"]
            dec = self.decs()
            for i in broken:
                kind = i[0]
                if kind == "ratio":
                    who = i[1]
                    n = sum(sv[x] for x in i[2]); d = sum(sv[x] for x in i[3])
                    exp = pct(n, d, dec[i[1]])
                    note = f"{fmt_int(n)}/{fmt_int(d)} is {fmt_pct(exp)}%, not {self.written(i[1])}%"
                elif kind in ("sum", "ssum"):
                    who = i[1]
                    note = f"{' + '.join(self.written(x) for x in i[2])} = {fmtv(sum(sv[x] for x in i[2]))}, not {self.written(i[1])}"
                elif kind == "bal":
                    who = i[1][0]
                    lhs = " + ".join(self.written(x) for x in i[1])
                    if len(i[1]) > 1:
                        lhs += f" = {fmt_int(sum(sv[x] for x in i[1]))}"
                    note = (f"{lhs}, but {' + '.join(self.written(x) for x in i[2])} = "
                            f"{fmt_int(sum(sv[x] for x in i[2]))}")
                elif kind == "comp":
                    who = svar if svar in i[1] else i[1][0]
                    note = f"{' + '.join(self.written(x) + '%' for x in i[1])} = {fmtv(sum(sv[x] for x in i[1]))}%"
                else:  # eq
                    who = svar if svar in i[1:] else i[1]
                    note = f"the same figure is written {self.written(i[1])} and {self.written(i[2])}"
                val = sv[who]
                mistakes.append({"code": CODE[kind],
                                 "stated": float(val) if isinstance(val, D) else val,
                                 "text": self.written(who) + self.pc(who),
                                 "note": note})
        sugg = None
        if self.slip:
            s = self.slip
            true = self.vals[s["var"]]
            stated = sv[s["var"]]
            pctv = isinstance(true, D)
            restored = [f"{i[0]}({', '.join(members(i))})" for i in broken]
            sugg = {"text": s["text"] + self.pc(s["var"]),
                    "stated": float(stated) if pctv else stated,
                    "corrected": float(true) if pctv else true,
                    "pattern": s["pattern"],
                    "determined": self.expect == "determined",
                    "note": s["note"] + ("" if self.expect == "determined" else
                                         " Other single figures that would also restore every identity: "
                                         + "; ".join(f"{k} -> {', '.join(str(x) for x in vs)}"
                                                     for k, vs in fixers.items() if k != s["var"]) + "."),
                    "identities_broken": restored}
        return {"register": self.register, "doc_date": self.doc_date, "province": self.province,
                "facts": facts,
                "not_facts": [{"text": t, "why": w} for t, w in self.not_facts],
                "mistakes": mistakes,
                "suggestion": sugg}

    def write(self, out: Path = HERE):
        truth = self.truth()
        (out / f"{self.name}.txt").write_text(self.text(), "utf-8")
        (out / f"{self.name}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8")
        return truth


def F(kind, indicator, subject, var, num=None, den=None, scope=None, **extra):
    d = {"kind": kind, "indicator": indicator, "subject": subject, "var": var, "num": num, "den": den,
         "scope": scope}
    d.update(extra)
    return d


def slip(var, text, pattern, note):
    return {"var": var, "text": text, "pattern": pattern, "note": note}


class B:
    """Collects a report's figures, facts and identities."""

    def __init__(self):
        self.v, self.I, self.F, self.styles = {}, [], [], {}
        self.fact_of = {}
        self.nofact = set()

    def _fact(self, f):
        self.F.append(f)
        self.fact_of[f["var"]] = f

    def cnt(self, name, value, ind, subj, scope=None, style=None):
        self.v[name] = value
        if style:
            self.styles[name] = style
        self._fact(F("count", ind, subj, name, scope=scope))
        return value

    def tot(self, name, parts, ind, subj, scope=None, style=None, code="sum"):
        value = sum(self.v[p] for p in parts)
        self.cnt(name, value, ind, subj, scope, style)
        if code == "sum":
            self.I.append(("sum", name, list(parts)))
        return value

    def rate(self, name, num, den, ind, subj, dec=2, scope=None, xy=True, kind="rate"):
        nums = num if isinstance(num, list) else [num]
        dens = den if isinstance(den, list) else [den]
        self.v[name] = pct(sum(self.v[x] for x in nums), sum(self.v[x] for x in dens), dec)
        if self.v[name] == 100:
            self.v[name] = D(100)   # written "100%"
        self.I.append(("ratio", name, nums, dens))
        n = nums[0] if (xy and len(nums) == 1) else None
        d = dens[0] if (xy and len(dens) == 1) else None
        self._fact(F(kind, ind, subj, name, n, d, scope))
        return self.v[name]

    def comp(self, name, others, ind, subj, scope=None, num=None, den=None):
        """A rate stated as the complement of others (e.g. late = 100 - on time)."""
        self.v[name] = D(100) - sum(self.v[o] for o in others)
        self.I.append(("comp", [*others, name]))
        self._fact(F("rate", ind, subj, name, num, den, scope))
        return self.v[name]

    def score(self, name, value, ind, subj, maximum=None):
        self.v[name] = D(value)
        f = F("score", ind, subj, name)
        if maximum is not None:
            f["maximum"] = maximum
        self._fact(f)
        return self.v[name]

    def rank(self, name, pos, field, subj):
        self.v[name] = pos
        self._fact(F("rank", "index_766_rank", subj, name, None, field))
        return pos

    def rep(self, name, of, num=None, den=None, scope=None, style=None, fact=True):
        """The same figure written again (a summary, a heading, a table). fact=False: the
        repetition is the x or y of a rate's x/y, carried by that rate fact, not a fact itself."""
        self.v[name] = self.v[of]
        if style:
            self.styles[name] = style
        if not fact:
            self.nofact.add(name)
            self.I.append(("eq", of, name))
            return self.v[name]
        f = dict(self.fact_of[of])
        f.update(var=name, num=num, den=den)
        if scope is not None:
            f["scope"] = scope
        self._fact(f)
        self.I.append(("eq", of, name))
        return self.v[name]

    def ident(self, *i):
        self.I.append(tuple(i))

    def report(self, name, register, doc_date, province, text, not_facts=(), slip=None, expect=None):
        r = Report(name, register, doc_date, province, text, self.v, self.F, self.I,
                   not_facts, slip, self.styles, expect)
        r.unfact = set(self.nofact)
        return r
