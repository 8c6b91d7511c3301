"""Engine of blind typo set 6: true figures as named variables, one slip, identities, determinacy.

Each report declares its figures (true values), the identities its statements imply, the text
(templates with {name} placeholders) and at most one slip (variable, pattern, argument). Text and
truth are rendered from the same figure table, so the text always shows the written value that the
truth records.
"""
from __future__ import annotations

import json
import math
import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

PATTERNS = ("swap", "digit", "drop", "double", "separator", "copy")
CODES = {"sum": "sum_mismatch", "balance": "balance_mismatch", "ratio": "ratio_mismatch",
         "complement": "complement_mismatch", "repeat": "repeated_value_mismatch",
         "score": "score_sum_mismatch"}


def q(x: float, d: int, mode=ROUND_HALF_UP) -> float:
    return float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-d), rounding=mode))


def pct_of(n: float, m: float, d: int) -> float:
    return q(100 * Decimal(n) / Decimal(m) if False else 100.0 * n / m, d)


def fmt_count(v: int, sep: str = ".") -> str:
    s = str(int(v))
    if not sep:
        return s
    out = ""
    while len(s) > 3:
        out = sep + s[-3:] + out
        s = s[:-3]
    return s + out


def fmt_dec(v: float, d: int) -> str:
    return f"{v:.{d}f}".replace(".", ",")


class Fig:
    def __init__(self, name, kind, value, d=0, fact=None, sep=".", suffix=""):
        self.name, self.kind, self.true, self.d, self.sep = name, kind, value, d, sep
        self.fact = fact  # dict of truth fields (kind, indicator, subject, scope, num, den) or None
        self.suffix = suffix  # "%" for percentages
        self.written = value
        self.wd = d

    def render(self, value=None, d=None):
        value = self.written if value is None else value
        d = self.wd if d is None else d
        if self.kind == "count":
            return fmt_count(value, self.sep)
        return fmt_dec(value, d) + self.suffix


class Report:
    def __init__(self, name, register, doc_date, province, expect, slip=None):
        self.name, self.register, self.doc_date, self.province = name, register, doc_date, province
        self.expect = expect  # determined | undetermined | clean
        self.slip = slip  # (var, pattern, arg)
        self.figs: dict[str, Fig] = {}
        self.order: list[str] = []
        self.ids: list[tuple] = []
        self.lines: list[str] = []
        self.not_facts: list[dict] = []
        self.units: list[str] = []

    # ---- figures -------------------------------------------------------------------------
    def _add(self, fig):
        assert fig.name not in self.figs, fig.name
        self.figs[fig.name] = fig
        self.order.append(fig.name)
        return fig.true

    def c(self, name, value, ind=None, subj="city", scope=None, kind="count", sep=".", fact=True):
        f = {"kind": kind, "indicator": ind, "subject": subj, "scope": scope} if fact and ind else None
        return self._add(Fig(name, "count", int(value), 0, f, sep))

    def s(self, name, value, ind, subj="city", d=2, fact=True, maximum=None):
        f = {"kind": "score", "indicator": ind, "subject": subj, "scope": None} if fact else None
        if f and maximum is not None:
            f["maximum"] = maximum
        return self._add(Fig(name, "score", q(value, d), d, f))

    def p(self, name, value=None, ind=None, subj="city", scope=None, d=2, of=None, comp=None,
          xy=None, fact=True, check=True, mode=ROUND_HALF_UP):
        """A percentage. of=(num or [nums], den): computed from true counts, ratio identity
        added when check; comp=other: 100 - other (complement identity added when check);
        xy=(num, den): names the written figures recorded as numerator/denominator in truth."""
        if of is not None:
            nums, den = of
            nums = [nums] if isinstance(nums, str) else list(nums)
            n = sum(self.figs[x].true for x in nums)
            value = q(100.0 * n / self.figs[den].true, d, mode)
            if check:
                self.ids.append(("ratio", name, nums, den))
        elif comp is not None:
            value = q(100.0 - self.figs[comp].true, d)
            if check:
                self.ids.append(("complement", comp, name))
        f = None
        if fact:
            f = {"kind": "rate", "indicator": ind, "subject": subj, "scope": scope, "xy": xy}
        return self._add(Fig(name, "pct", value, d, f, suffix="%"))

    def same(self, name, other, ind=None, subj=None, scope=None, fact=True, xy=None):
        """A restatement of figure `other` (repetition identity)."""
        o = self.figs[other]
        f = None
        if fact:
            base = dict(o.fact or {})
            base.update({k: v for k, v in (("indicator", ind), ("subject", subj), ("scope", scope)) if v is not None})
            base["xy"] = xy
            f = base
        fig = Fig(name, o.kind, o.true, o.d, f, o.sep, o.suffix)
        self._add(fig)
        self.ids.append(("repeat", other, name))
        return o.true

    # ---- identities ----------------------------------------------------------------------
    def sum(self, total, parts, code="sum"):
        self.ids.append((code, total, list(parts)))

    def balance(self, left, parts):
        self.ids.append(("balance", left, list(parts)))

    def score(self, total, parts):
        self.ids.append(("score", total, list(parts)))

    def comp(self, a, b):
        self.ids.append(("complement", a, b))

    def ratio(self, p, nums, den):
        self.ids.append(("ratio", p, [nums] if isinstance(nums, str) else list(nums), den))

    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})

    def unit(self, name):
        self.units.append(name)
        return name

    # ---- text ----------------------------------------------------------------------------
    def L(self, *templates):
        for t in templates:
            self.lines.append(t)

    def text(self, values=None):
        def rep(m):
            f = self.figs[m.group(1)]
            return f.render()
        return "\n".join(re.sub(r"\{(\w+)\}", rep, t) for t in self.lines) + "\n"

    def line_of(self, name):
        for i, t in enumerate(self.lines):
            if "{" + name + "}" in t:
                return i
        raise KeyError(name)

    # ---- evaluation ----------------------------------------------------------------------
    def holds(self, ident, val, dec):
        kind = ident[0]
        if kind in ("sum", "balance", "score"):
            _, t, parts = ident
            s = sum(val[x] for x in parts)
            dd = max([dec[t]] + [dec[x] for x in parts])
            return abs(q(s, dd) - val[t]) < 1e-9
        if kind == "ratio":
            _, p, nums, den = ident
            n = sum(val[x] for x in nums)
            m = val[den]
            if m <= 0:
                return False
            r = 100.0 * n / m
            return val[p] in (q(r, dec[p]), q(r, dec[p], ROUND_DOWN))
        if kind == "complement":
            _, a, b = ident
            dd = max(dec[a], dec[b])
            return abs(q(val[a] + val[b], dd) - 100.0) < 1e-9
        if kind == "repeat":
            _, a, b = ident
            return abs(val[a] - val[b]) < 1e-9
        raise ValueError(kind)

    def members(self, ident):
        kind = ident[0]
        if kind in ("sum", "balance", "score"):
            return [ident[1]] + ident[2]
        if kind == "ratio":
            return [ident[1]] + ident[2] + [ident[3]]
        return [ident[1], ident[2]]

    def solve(self, ident, x, val, dec):
        """Values of figure x (at its written precision) that make ident hold, others fixed."""
        kind = ident[0]
        fx = self.figs[x]
        isint = fx.kind == "count"
        out = set()
        if kind in ("sum", "balance", "score"):
            _, t, parts = ident
            if x == t:
                v = sum(val[y] for y in parts)
            else:
                v = val[t] - sum(val[y] for y in parts if y != x)
            v = int(round(v)) if isint else q(v, dec[x])
            if v >= 0:
                out.add(v)
        elif kind == "ratio":
            _, p, nums, den = ident
            u = 10.0 ** -dec[p]
            if x == p:
                n = sum(val[y] for y in nums)
                r = 100.0 * n / val[den]
                out |= {q(r, dec[p]), q(r, dec[p], ROUND_DOWN)}
            elif x in nums:
                others = sum(val[y] for y in nums if y != x)
                m = val[den]
                lo = math.floor((val[p] - u) * m / 100) - others - 1
                hi = math.ceil((val[p] + u) * m / 100) - others + 1
                for n in range(max(0, lo), hi + 1):
                    out.add(n)
            elif x == den:
                n = sum(val[y] for y in nums)
                lo_p, hi_p = val[p] + u, val[p] - u
                lo = math.floor(100 * n / lo_p) - 1 if lo_p > 0 else 1
                hi = math.ceil(100 * n / hi_p) + 1 if hi_p > 0 else lo + 10 ** 6
                hi = min(hi, lo + 10 ** 6)
                for m in range(max(1, lo), hi + 1):
                    out.add(m)
        elif kind == "complement":
            _, a, b = ident
            other = b if x == a else a
            out.add(q(100.0 - val[other], dec[x]))
        elif kind == "repeat":
            _, a, b = ident
            other = b if x == a else a
            out.add(val[other])
        return out

    def fixes(self, x, val, dec, broken):
        """All values of figure x that make every identity hold (x must be in every broken one)."""
        if not all(x in self.members(i) for i in broken):
            return []
        cand = None
        for i in broken:
            s = self.solve(i, x, val, dec)
            cand = s if cand is None else cand & s
        good = []
        mine = [i for i in self.ids if x in self.members(i)]
        for v in sorted(cand or []):
            if v == val[x]:
                continue
            val2 = dict(val)
            val2[x] = v
            if all(self.holds(i, val2, dec) for i in mine):
                good.append(v)
        return good

    # ---- slip ----------------------------------------------------------------------------
    def plant(self):
        if not self.slip:
            return
        var, pat, arg = self.slip
        f = self.figs[var]
        s = f.render(f.true, f.d)
        if pat == "copy":
            src = self.figs[arg]
            assert src.kind == f.kind, (var, arg)
            f.written, f.wd = src.true, src.d
            return
        if f.kind == "count":
            digits = str(f.true)
            if pat == "swap":
                i = arg
                assert digits[i] != digits[i + 1]
                digits = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:]
            elif pat == "digit":
                i, dg = arg
                assert digits[i] != str(dg)
                digits = digits[:i] + str(dg) + digits[i + 1:]
            elif pat == "drop":
                digits = digits[:arg] + digits[arg + 1:]
            elif pat == "double":
                digits = digits[:arg] + digits[arg] + digits[arg:]
            else:
                raise ValueError(pat)
            assert digits and digits[0] != "0", digits
            f.written = int(digits)
            return
        body = s[:-1] if s.endswith("%") else s
        pos = [i for i, ch in enumerate(body) if ch.isdigit()]
        if pat == "swap":
            a, b = pos[arg], pos[arg + 1]
            lst = list(body)
            assert lst[a] != lst[b]
            lst[a], lst[b] = lst[b], lst[a]
            body = "".join(lst)
        elif pat == "digit":
            i, dg = arg
            lst = list(body)
            assert lst[pos[i]] != str(dg)
            lst[pos[i]] = str(dg)
            body = "".join(lst)
        elif pat == "drop":
            body = body[:pos[arg]] + body[pos[arg] + 1:]
        elif pat == "double":
            body = body[:pos[arg]] + body[pos[arg]] + body[pos[arg]:]
        elif pat == "separator":
            digits = body.replace(",", "")
            k = body.index(",") + arg
            assert 0 < k < len(digits)
            body = digits[:k] + "," + digits[k:]
        else:
            raise ValueError(pat)
        f.written = float(body.replace(",", "."))
        f.wd = len(body.split(",")[1]) if "," in body else 0

    # ---- truth ---------------------------------------------------------------------------
    def values(self, written=True):
        if written:
            return ({k: f.written for k, f in self.figs.items()}, {k: f.wd for k, f in self.figs.items()})
        return ({k: f.true for k, f in self.figs.items()}, {k: f.d for k, f in self.figs.items()})

    def stated_of(self, ident):
        kind = ident[0]
        if kind in ("sum", "balance", "score"):
            return ident[1]
        if kind == "ratio":
            return ident[1]
        if kind in ("complement", "repeat"):
            return self.slip[0] if self.slip and self.slip[0] in ident[1:] else ident[2]

    def analyse(self):
        val, dec = self.values(True)
        broken = [i for i in self.ids if not self.holds(i, val, dec)]
        fixable = {}
        for x in self.order:
            fx = self.fixes(x, val, dec, broken) if broken else []
            if fx:
                fixable[x] = fx
        return broken, fixable

    def truth(self):
        facts = []
        for k in self.order:
            f = self.figs[k]
            if not f.fact:
                continue
            t = {"kind": f.fact["kind"], "indicator": f.fact["indicator"], "subject": f.fact["subject"]}
            if f.fact.get("scope"):
                t["scope"] = f.fact["scope"]
            t["value"] = f.written
            if f.fact["kind"] == "count":
                t["value"] = int(f.written)
            num = den = None
            xy = f.fact.get("xy")
            if xy:
                num, den = self.figs[xy[0]].written, self.figs[xy[1]].written
            if f.fact["kind"] in ("rate", "count", "score", "rank"):
                t["numerator"], t["denominator"] = num, den
            if "maximum" in f.fact:
                t["maximum"] = f.fact["maximum"]
            t["text"] = f.render()
            facts.append(t)
        broken, fixable = self.analyse()
        mistakes, sug = [], None
        if self.slip:
            var = self.slip[0]
            f = self.figs[var]
            for i in broken:
                st = self.figs[self.stated_of(i)]
                mistakes.append({"code": CODES[i[0]], "stated": st.written, "text": st.render(),
                                 "note": self.note(i)})
            corrected = sorted(set(fixable.get(var, [])) | {f.true})
            others = {k: v for k, v in fixable.items() if k != var}
            note = "other statements fix only this figure" if not others else (
                "also fixable: " + "; ".join(f"{self.figs[k].render()} -> {v[:3]}" for k, v in others.items()))
            sug = {"stated": f.written, "text": f.render(), "corrected": corrected[0] if len(corrected) == 1 else corrected,
                   "determined": not others, "pattern": self.slip[1],
                   "identities_broken": [CODES[i[0]] for i in broken], "note": note}
        return {"register": self.register, "doc_date": self.doc_date, "province": self.province,
                "facts": facts, "not_facts": self.not_facts, "mistakes": mistakes, "suggestion": sug}

    def note(self, i):
        val, dec = self.values(True)
        kind = i[0]
        r = lambda k: self.figs[k].render()  # noqa: E731
        if kind in ("sum", "balance", "score"):
            return f"{' + '.join(r(x) for x in i[2])} != {r(i[1])}"
        if kind == "ratio":
            n = sum(val[x] for x in i[2])
            return f"{'+'.join(r(x) for x in i[2])}/{r(i[3])} is {q(100.0 * n / val[i[3]], dec[i[1]])}%"
        if kind == "complement":
            return f"{r(i[1])} + {r(i[2])} != 100%"
        return f"{r(i[1])} restated as {r(i[2])}"

    # ---- checks --------------------------------------------------------------------------
    def check(self, wards, old_provinces):
        errs = []
        tv, td = self.values(False)
        for i in self.ids:
            if not self.holds(i, tv, td):
                errs.append(f"identity fails on true figures: {i}")
        txt_true = self.text()
        self.plant()
        txt = self.text()
        n = len(txt.splitlines())
        if not 15 <= n <= 50:
            errs.append(f"{n} lines")
        for k in self.order:
            if sum(t.count("{" + k + "}") for t in self.lines) != 1:
                errs.append(f"figure {k} not written exactly once")
        for k in re.findall(r"\{(\w+)\}", "\n".join(self.lines)):
            if k not in self.figs:
                errs.append(f"unknown placeholder {k}")
        tr = self.truth()
        for fct in tr["facts"]:
            if fct["text"] not in txt:
                errs.append(f"fact text missing {fct['text']}")
        for nf in tr["not_facts"]:
            if nf["text"] not in txt:
                errs.append(f"not_fact text missing {nf['text']}")
        broken, fixable = self.analyse()
        if self.expect == "clean":
            if self.slip or broken:
                errs.append("clean report broken")
        else:
            if not broken:
                errs.append("slip breaks nothing")
            var = self.slip[0]
            if var not in fixable and self.figs[var].true == self.figs[var].written:
                errs.append("slip is no change")
            # the true value must restore every identity
            val, dec = self.values(True)
            val[var] = self.figs[var].true
            dec[var] = self.figs[var].d
            if not all(self.holds(i, val, dec) for i in self.ids):
                errs.append("true value does not restore")
            others = [k for k in fixable if k != var]
            det = not others
            if det != (self.expect == "determined"):
                errs.append(f"expected {self.expect}, got fixable {list(fixable)}")
            if self.slip[1] == "copy":
                src = self.slip[2]
                if not (self.line_of(src) in (self.line_of(var), self.line_of(var) - 1, self.line_of(var) - 2)):
                    errs.append("copy source not on the line above")
        if self.doc_date >= "2025-07-01":
            for u in self.units:
                if u not in wards:
                    errs.append(f"unit not in vietnam_provinces: {u}")
        else:
            for u in self.units:
                if u not in old_provinces:
                    errs.append(f"pre-2025 unit not a province: {u}")
        if self.province and self.doc_date >= "2025-07-01" and self.province not in wards:
            errs.append(f"province not current: {self.province}")
        if self.province and self.doc_date < "2025-07-01" and self.province not in old_provinces:
            errs.append(f"province not old: {self.province}")
        return errs, txt, tr, broken, fixable


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
