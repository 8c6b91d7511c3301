"""Building blocks of blind typo set 7: true figures as named variables, text from templates,
percentages from counts (CONTRACT section 5 rounding), declared identities, one planted slip.

A template writes a figure as ``{name}``; the same figure written a second (third) time is
``{name@2}`` (``{name@3}``), an occurrence of its own: the slip changes one occurrence only, and
every repeated occurrence adds an identity "same value" with the first.
"""
from __future__ import annotations

import json
import re
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

PATTERNS = ("digit", "swap", "drop", "double", "separator", "copy")
CODES = {"sum": "sum_mismatch", "balance": "balance_mismatch", "ratio": "ratio_mismatch",
         "complement": "complement_mismatch", "repeat": "repeated_value_mismatch",
         "score": "score_sum_mismatch"}


# ---------------------------------------------------------------- numbers as written
def fmt_int(v: int, pad: int = 0) -> str:
    s = str(int(v)).rjust(pad, "0")
    if len(s) <= 3:
        return s
    out = []
    while s:
        out.insert(0, s[-3:])
        s = s[:-3]
    return ".".join(out)


def fmt_dec(v: Decimal, d: int) -> str:
    v = Decimal(v).quantize(Decimal(1).scaleb(-d)) if d else Decimal(v).quantize(Decimal(1))
    s = f"{v:f}"
    if "." in s:
        a, b = s.split(".")
        return fmt_int(int(a)) + "," + b
    return fmt_int(int(s))


def parse(s: str, kind: str):
    """The value of a written figure: counts are integers, rates and scores Decimals."""
    if kind == "int":
        return int(s.replace(".", ""))
    a, _, b = s.partition(",")
    return Decimal(a.replace(".", "") + ("." + b if b else ""))


def decimals_of(s: str, kind: str) -> int:
    return 0 if kind == "int" or "," not in s else len(s.split(",")[1])


def pct(n: int, m: int, d: int) -> Decimal:
    """100·n/m rounded half up at d decimals (CONTRACT section 5)."""
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    return (Decimal(100 * n) / Decimal(m)).quantize(q, rounding=ROUND_HALF_UP)


def pct_ok(p: Decimal, d: int, n: int, m: int) -> bool:
    """p written with d decimals is consistent with n/m: rounds half up or truncates to it."""
    if m <= 0 or n < 0:
        return False
    exact = Fraction(100 * n, m)
    q = Decimal(1).scaleb(-d) if d else Decimal(1)
    x = Decimal(exact.numerator) / Decimal(exact.denominator)
    return x.quantize(q, rounding=ROUND_HALF_UP) == p or _trunc(exact, d) == p


def _trunc(fr: Fraction, d: int) -> Decimal:
    scaled = fr * 10 ** d
    return Decimal(scaled.numerator // scaled.denominator).scaleb(-d)


# ---------------------------------------------------------------- slip patterns on a written figure
def _digit_positions(s):
    return [i for i, c in enumerate(s) if c.isdigit()]


def _regroup(s: str, kind: str) -> str:
    if kind == "int":
        return fmt_int(int(s.replace(".", "")))
    a, sep, b = s.partition(",")
    return fmt_int(int(a.replace(".", "") or "0")) + (sep + b if sep else "")


def apply_pattern(s: str, kind: str, pattern: str, arg) -> str:
    pos = _digit_positions(s)
    if pattern == "digit":
        i, new = arg
        t = s[:pos[i]] + str(new) + s[pos[i] + 1:]
    elif pattern == "swap":
        a, b = pos[arg], pos[arg + 1]
        t = list(s)
        t[a], t[b] = t[b], t[a]
        t = "".join(t)
    elif pattern == "drop":
        t = s[:pos[arg]] + s[pos[arg] + 1:]
    elif pattern == "double":
        t = s[:pos[arg]] + s[pos[arg]] + s[pos[arg]:]
    elif pattern == "separator":
        # the decimal comma moved by arg places (a rate or a score)
        digits = s.replace(".", "").replace(",", "")
        d = decimals_of(s, kind)
        k = len(digits) - d + arg
        t = digits[:k] + ("," + digits[k:] if k < len(digits) else "")
        return _regroup(t, kind)
    else:
        raise ValueError(pattern)
    return _regroup(t, kind)


def inverse_candidates(s: str, kind: str) -> set:
    """Values a figure written ``s`` may have been before one slip of a named pattern (copy aside)."""
    out = set()
    digs = s.replace(".", "").replace(",", "")
    d = decimals_of(s, kind)
    n = len(digs)

    def add(ds, dd):
        if not ds:
            return
        try:
            if kind == "int":
                out.add(int(ds))
            else:
                out.add(Decimal(int(ds)).scaleb(-dd))
        except ValueError:
            pass
    for i in range(n):
        for c in "0123456789":
            add(digs[:i] + c + digs[i + 1:], d)           # digit changed
        for c in "0123456789":
            add(digs[:i] + c + digs[i:], d)               # a digit dropped: insert one
            if kind != "int":
                add(digs[:i] + c + digs[i:], d + 1)
        if i + 1 < n:
            add(digs[:i] + digs[i + 1] + digs[i] + digs[i + 2:], d)  # swap
            if digs[i] == digs[i + 1]:                    # doubled: remove one
                add(digs[:i] + digs[i + 1:], d)
                if kind != "int" and d:
                    add(digs[:i] + digs[i + 1:], d - 1)
        add(digs[:i] + digs[i + 1:], d)
    if kind != "int":
        for k in range(-3, 4):
            out.add(Decimal(int(digs)).scaleb(-(d + k)))   # separator moved
    return out


# ---------------------------------------------------------------- a report
class Report:
    def __init__(self, name, register, doc_date, province):
        self.name, self.register, self.doc_date, self.province = name, register, doc_date, province
        self.vars = {}          # name -> (kind, value, decimals, pad)
        self.idents = []        # (type, args)
        self.template = ""
        self.facts = []
        self.not_facts = []
        self.slip = None        # (occurrence, pattern, arg)
        self.determined = None
        self.code = None

    # figures
    def n(self, name, value, pad=0):
        self.vars[name] = ("int", int(value), 0, pad)
        return int(value)

    def r(self, name, num, den, d=2, at=None):
        """A rate computed from two counts, and the identity that ties them (``at``: the
        occurrences of x and y the rate is written with, when they are not the first ones)."""
        v = pct(self.vars[self.base(num)][1], self.vars[self.base(den)][1], d)
        self.vars[name] = ("dec", v, d, 0)
        self.idents.append(("ratio", (name, *(at or (num, den)))))
        return v

    def dval(self, name, value, d=2):
        self.vars[name] = ("dec", Decimal(str(value)), d, 0)
        return Decimal(str(value))

    # identities
    def total(self, tot, parts, kind="sum"):
        self.idents.append((kind, (tot, tuple(parts))))

    def balance(self, lhs, rhs):
        self.idents.append(("balance", (tuple(lhs), tuple(rhs))))

    def comp(self, a, b):
        self.idents.append(("complement", (a, b)))

    def ratio(self, p, num, den):
        self.idents.append(("ratio", (p, num, den)))

    # truth
    def fact(self, kind, indicator, subject, occ, num=None, den=None, scope=None):
        self.facts.append((kind, indicator, subject, occ, num, den, scope))

    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})

    def plant(self, occ, pattern, arg, determined, code=None):
        self.slip = (occ, pattern, arg)
        self.determined = determined
        self.code = code

    # ------------------------------------------------------------ rendering
    def occurrences(self):
        return re.findall(r"\{([A-Za-z_0-9]+(?:@\d)?)\}", self.template)

    @staticmethod
    def base(occ):
        return occ.split("@")[0]

    def true_text(self, occ):
        kind, v, d, pad = self.vars[self.base(occ)]
        return fmt_int(v, pad) if kind == "int" else fmt_dec(v, d)

    def written(self, slipped=True):
        """occurrence -> written string."""
        out = {o: self.true_text(o) for o in self.occurrences()}
        if slipped and self.slip:
            occ, pattern, arg = self.slip
            kind = self.vars[self.base(occ)][0]
            if pattern == "copy":
                out[occ] = out[arg]
            else:
                out[occ] = apply_pattern(out[occ], kind, pattern, arg)
        return out

    def stated(self, slipped=True):
        w = self.written(slipped)
        return {o: (parse(s, self.vars[self.base(o)][0]), decimals_of(s, self.vars[self.base(o)][0]))
                for o, s in w.items()}

    def text(self, slipped=True):
        w = self.written(slipped)
        return re.sub(r"\{([A-Za-z_0-9]+(?:@\d)?)\}", lambda m: w[m.group(1)], self.template)

    # ------------------------------------------------------------ identities over stated figures
    def all_idents(self):
        ids = list(self.idents)
        occs = self.occurrences()
        for o in occs:
            if "@" in o:
                ids.append(("repeat", (self.base(o), o)))
        return ids

    @staticmethod
    def holds(ident, st):
        typ, args = ident
        if typ in ("sum", "score"):
            tot, parts = args
            return st[tot][0] == sum(st[p][0] for p in parts)
        if typ == "balance":
            lhs, rhs = args
            return sum(st[p][0] for p in lhs) == sum(st[p][0] for p in rhs)
        if typ == "ratio":
            p, n, m = args
            return pct_ok(st[p][0], st[p][1], st[n][0], st[m][0])
        if typ == "complement":
            a, b = args
            return st[a][0] + st[b][0] == 100
        if typ == "repeat":
            a, b = args
            return st[a][0] == st[b][0]
        raise ValueError(typ)

    @staticmethod
    def members(ident):
        typ, args = ident
        if typ in ("sum", "score"):
            return [args[0], *args[1]]
        if typ == "balance":
            return [*args[0], *args[1]]
        return list(args)

    def solve(self, occ, st):
        """Every value of the figure ``occ`` (any value, not only typo-like) for which all identities
        hold, the other stated figures as they are."""
        ids = self.all_idents()
        if not all(self.holds(i, st) for i in ids if occ not in self.members(i)):
            return set()
        mine = [i for i in ids if occ in self.members(i)]
        if not mine:
            return set()
        kind = self.vars[self.base(occ)][0]
        d = st[occ][1]
        cands = set()
        for typ, args in mine:
            if typ in ("sum", "score", "balance"):
                lhs, rhs = ((args[0],), args[1]) if typ != "balance" else args
                side = lhs if occ in lhs else rhs
                other = rhs if occ in lhs else lhs
                v = sum(st[x][0] for x in other) - sum(st[x][0] for x in side if x != occ)
                cands.add(v)
            elif typ == "repeat":
                a, b = args
                cands.add(st[b if occ == a else a][0])
            elif typ == "complement":
                a, b = args
                cands.add(100 - st[b if occ == a else a][0])
            elif typ == "ratio":
                p, n, m = args
                nv, mv = st[n][0], st[m][0]
                if occ == p:
                    if mv > 0:
                        fr = Fraction(100 * nv, mv)
                        for dd in {d, self.vars[self.base(occ)][2]}:
                            cands.add(pct(nv, mv, dd))
                            cands.add(_trunc(fr, dd))
                elif occ == n:
                    est = int(st[p][0] * mv / 100)
                    cands.update(range(max(0, est - 50), est + 51))
                else:
                    if st[p][0] > 0:
                        est = int(100 * st[n][0] / st[p][0])
                        span = max(50, est // 200)
                        cands.update(range(max(1, est - span), est + span + 1))
                    elif st[n][0] == 0:
                        cands.update(range(1, 10 ** 6, 997))
        good = set()
        for v in cands:
            if kind == "int":
                if v != int(v) or v < 0:
                    continue
                v = int(v)
            trial = dict(st)
            trial[occ] = (v, d if kind == "int" else max(0, -Decimal(v).as_tuple().exponent))
            if all(self.holds(i, trial) for i in mine) and v != st[occ][0]:
                good.add(v)
        return good

    def check(self):
        """A list of problems (empty when the report is as its truth says)."""
        errs = []
        true = self.stated(slipped=False)
        for i in self.all_idents():
            if not self.holds(i, true):
                errs.append(f"identity fails on the true figures: {i}")
        if not self.slip:
            return errs
        st = self.stated()
        occ = self.slip[0]
        if st[occ][0] == true[occ][0] and st[occ][1] == true[occ][1]:
            errs.append("the slip changes nothing")
        broken = [i for i in self.all_idents() if not self.holds(i, st)]
        if not broken:
            errs.append("the slip breaks no identity")
        sols = {o: self.solve(o, st) for o in st}
        sols = {o: s for o, s in sols.items() if s}
        if occ not in sols or true[occ][0] not in sols[occ]:
            errs.append("restoring the true value does not restore every identity")
        w = self.written()
        plausible = {o: {v for v in s if v in inverse_candidates(w[o], self.vars[self.base(o)][0])
                         or v in {x[0] for k, x in st.items() if k != o}}
                     for o, s in sols.items()}
        plausible = {o: s for o, s in plausible.items() if s}
        if self.determined:
            if set(sols) != {occ} or len(self.corrected()) > 2:
                errs.append(f"not determined: {sols}")
        else:
            if len(plausible) < 2:
                errs.append(f"undetermined case has fewer than two typo-like fixes: {plausible}")
        return errs

    def corrected(self):
        """The values of the slipped figure, at its true precision, that restore every identity
        (two when rounding and truncation of a rate differ), the true one first."""
        occ = self.slip[0]
        kind, tv, d, _ = self.vars[self.base(occ)]
        sols = self.solve(occ, self.stated())
        if kind != "int":
            sols = {v for v in sols if max(0, -Decimal(v).as_tuple().exponent) == d}
        return [tv] + sorted(v for v in sols if v != tv)

    def other_fixes(self):
        st = self.stated()
        w = self.written()
        occ = self.slip[0]
        out = []
        for o in self.occurrences():
            if o == occ:
                continue
            copies = {x[0] for k, x in st.items() if k != o}
            for v in sorted(self.solve(o, st)):
                if v in inverse_candidates(w[o], self.vars[self.base(o)][0]) or v in copies:
                    out.append((o, w[o], v))
        return out

    # ------------------------------------------------------------ truth
    def _val(self, occ, st):
        if occ is None:
            return None
        v = st[occ][0]
        return int(v) if isinstance(v, int) else float(v)

    def truth(self):
        st = self.stated()
        w = self.written()
        facts = []
        for kind, ind, subj, occ, num, den, scope in self.facts:
            f = {"kind": kind, "indicator": ind, "subject": subj}
            if scope:
                f["scope"] = scope
            f["value"] = self._val(occ, st)
            f["numerator"] = self._val(num, st)
            f["denominator"] = self._val(den, st)
            if occ:
                f["text"] = w[occ] + ("%" if kind == "rate" else "")
            facts.append(f)
        mistakes, sug = [], None
        if self.slip:
            occ, pattern, _ = self.slip
            true = self.stated(slipped=False)
            kind = self.vars[self.base(occ)][0]
            broken = [i for i in self.all_idents() if not self.holds(i, st)]
            codes = []
            for i in broken:
                c = CODES[i[0]]
                if c not in codes:
                    codes.append(c)
            if self.code:
                codes.remove(self.code)
                codes.insert(0, self.code)
            tv = [int(v) if kind == "int" else float(v) for v in self.corrected()]
            tv = tv[0] if len(tv) == 1 else tv
            sv = self._val(occ, st)
            for c in codes:
                mistakes.append({"code": c, "stated": sv, "text": w[occ],
                                 "note": f"written {w[occ]}, the other statements make it {self.true_text(occ)}"})
            note = (f"{pattern}: {self.true_text(occ)} written {w[occ]}; "
                    f"breaks {', '.join(sorted({i[0] for i in broken}))}")
            if self.determined:
                note += "; no other single figure restores every identity"
            else:
                others = self.other_fixes()
                note += "; Other single figures restore every identity as well: " + "; ".join(
                    f"{ws} -> {self._fmt(o, v)}" for o, ws, v in others)
            sug = {"stated": sv, "corrected": tv, "text": w[occ], "pattern": pattern,
                   "determined": bool(self.determined), "note": note}
        return {"register": self.register, "doc_date": self.doc_date, "province": self.province,
                "facts": facts, "not_facts": self.not_facts, "mistakes": mistakes, "suggestion": sug}

    def _fmt(self, occ, v):
        kind, _, d, pad = self.vars[self.base(occ)]
        return fmt_int(v, pad) if kind == "int" else fmt_dec(v, d)

    def write(self, outdir):
        outdir = Path(outdir)
        (outdir / f"{self.name}.txt").write_text(self.text(), "utf-8")
        (outdir / f"{self.name}.truth.json").write_text(
            json.dumps(self.truth(), ensure_ascii=False, indent=2) + "\n", "utf-8")
