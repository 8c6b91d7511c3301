"""Writing engine of blind set D: a report is written as paragraphs of literal words with
placeholders, and every number in the text comes from a placeholder that records it in the
truth (a fact, or a not_fact with its why). A literal containing a digit is refused.

The checks below re-do the arithmetic of every report from the truth alone (contract section 5):
rates against 100*n/d (half-up rounding or truncation at the written precision), the Biểu 06 sums
and balances, complements, 766 totals, ranks, unit counts, targets, repeated values, and unit
names against the list in force on the document's date. A report is clean when no check fails;
a report with a planted mistake must fail exactly the check of that mistake, at the planted fact.

Nothing here reads docparse.
"""
from __future__ import annotations

import itertools
import re
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP

DIGIT = re.compile(r"\d")
_ids = itertools.count(1)


# ----------------------------------------------------------------------------- formatting
def group(n: int, sep: str = ".") -> str:
    """'50133' -> '50.133' (Vietnamese thousands grouping)."""
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def fmt_count(n: int, raw: bool = False, pad: int = 0) -> str:
    if raw:
        return str(n)
    if pad and n < 10 ** (pad - 1) * 10:
        return str(n).zfill(pad)
    return group(n)


def fmt_dec(v: str, mark: str = ",") -> str:
    """v is the value as a decimal string with '.', e.g. '87.62'; returns it with the mark."""
    if "." in v:
        i, f = v.split(".")
        return group(int(i)) + mark + f
    return group(int(v))


def decimals(v: str) -> int:
    return len(v.split(".")[1]) if "." in v else 0


def consistent(p: str, n: int, d: int) -> bool:
    """Contract 5: 100*n/d rounds half up, or truncates, to p at p's decimals."""
    if d == 0:
        return False
    q = Decimal(1).scaleb(-decimals(p))
    x = Decimal(100) * Decimal(n) / Decimal(d)
    return Decimal(p) in (x.quantize(q, ROUND_HALF_UP), x.quantize(q, ROUND_DOWN))


def expected(p: str, n: int, d: int) -> str:
    q = Decimal(1).scaleb(-decimals(p))
    return str((Decimal(100) * Decimal(n) / Decimal(d)).quantize(q, ROUND_HALF_UP))


# ----------------------------------------------------------------------------- placeholders
class Item:
    def render(self) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def record(self, doc: "Doc") -> None:
        pass


class Fact(Item):
    def __init__(self, kind, indicator, subject, value, text, n=None, d=None, scope=None,
                 maximum=None, period=None, mistake=None, vstr=None):
        self.id = next(_ids)
        self.kind, self.indicator, self.subject = kind, indicator, subject
        self.value, self.text, self.n, self.d = value, text, n, d
        self.scope, self.maximum, self.period = scope, maximum, period
        self.mistake = mistake
        self.vstr = vstr  # decimal string of a rate/score as written
        self.recorded = False

    def render(self):
        return self.text

    def record(self, doc):
        if not self.recorded:
            self.recorded = True
            doc.facts.append(self)

    def key(self):
        return (self.kind, self.indicator, self.subject, self.scope, self.period)

    def json(self):
        out = {"kind": self.kind, "indicator": self.indicator, "subject": self.subject,
               "scope": self.scope, "value": self.value, "numerator": self.n,
               "denominator": self.d, "text": self.text}
        if self.maximum is not None:
            out["maximum"] = self.maximum
        if self.period is not None:
            out["period"] = self.period
        return out

    def __repr__(self):
        return f"<{self.kind} {self.indicator} {self.subject} {self.scope or ''} {self.text}>"


class NotFact(Item):
    def __init__(self, text, why):
        assert why in {"change", "bound", "approx", "maximum", "date", "reference",
                       "count_of_things", "target"}, why
        self.text, self.why = text, why

    def render(self):
        return self.text

    def record(self, doc):
        doc.not_facts.append({"text": self.text, "why": self.why})


class XY(Item):
    """The written x/y of a rate fact (its numerator and denominator; no fact of its own)."""

    def __init__(self, fact, sep="/", raw=False):
        assert fact.n is not None and fact.d is not None, fact
        self.fact, self.sep, self.raw = fact, sep, raw

    def render(self):
        return fmt_count(self.fact.n, self.raw) + self.sep + fmt_count(self.fact.d, self.raw)

    def record(self, doc):
        doc.xy_written.add(self.fact.id)


class Word(Item):
    """A number written in words, recorded by the fact it belongs to."""

    def __init__(self, text, fact=None, why=None):
        assert not DIGIT.search(text)
        self.text, self.fact, self.why = text, fact, why

    def render(self):
        return self.text

    def record(self, doc):
        if self.fact is not None:
            self.fact.record(doc)
        elif self.why:
            doc.not_facts.append({"text": self.text, "why": self.why})


# constructors ---------------------------------------------------------------
def pct(v, ind, subj, n=None, d=None, scope=None, sp=False, dot=False, period=None,
        mistake=None, sign=True):
    """A rate as written: '87,62%' ('87,62 %' with sp, '87.62%' with dot)."""
    v = str(v)
    txt = fmt_dec(v, "." if dot else ",") + ((" %" if sp else "%") if sign else "")
    return Fact("rate", ind, subj, float(v), txt, n, d, scope, period=period,
                mistake=mistake, vstr=v)


def cnt(v, ind, subj, scope=None, raw=False, pad=0, period=None, mistake=None, mult=None):
    """A count: '50.133' ('4874' with raw, '01' with pad=2); with mult=('61,3', 'ngàn')."""
    if mult:
        written, word = mult
        factor = {"ngàn": 1000, "nghìn": 1000, "triệu": 10 ** 6, "tỷ": 10 ** 9}[word]
        val = Decimal(written.replace(",", ".")) * factor
        assert val == int(val)
        assert int(val) == v, (v, mult)
        txt = f"{written} {word}"
    else:
        txt = fmt_count(v, raw, pad)
    return Fact("count", ind, subj, int(v), txt, scope=scope, period=period, mistake=mistake)


def score(v, ind, subj, maximum=None, over=False, dot=False, scope=None, period=None,
          mistake=None):
    """A 766 score '17,4' ('17,4/20' with over=True: a score over its maximum)."""
    v = str(v)
    mark = "." if dot else ","
    txt = fmt_dec(v, mark)
    if over:
        txt += "/" + fmt_dec(str(maximum), mark)
    return Fact("score", ind, subj, float(v), txt, scope=scope, maximum=maximum,
                period=period, mistake=mistake, vstr=v)


def rank(pos, den, subj, style="slash", word=None, scope=None, period=None):
    """A 766 rank: '5/34' (style slash), '5' (style num, den None), or written in words."""
    if word:
        f = Fact("rank", "index_766_rank", subj, pos, word, d=den, scope=scope, period=period)
        return Word(word, f)
    txt = f"{pos}/{den}" if style == "slash" else str(pos)
    return Fact("rank", "index_766_rank", subj, pos, txt, n=None, d=den, scope=scope,
                period=period)


def units(k, m, scope=None, subj="city", period=None, mistake=None, pad=0):
    txt = f"{fmt_count(k, pad=pad)}/{fmt_count(m, pad=pad)}"
    return Fact("unit_count", "units_meeting_target", subj, k, txt, n=k, d=m, scope=scope,
                period=period, mistake=mistake)


def nf(text, why):
    return NotFact(text, why)


def dt(text):
    return NotFact(text, "date")


def ref(text):
    return NotFact(text, "reference")


def things(text):
    return NotFact(text, "count_of_things")


# ----------------------------------------------------------------------------- document
class Doc:
    def __init__(self, name, register, doc_date, province):
        self.name, self.register, self.doc_date, self.province = name, register, doc_date, province
        self.lines: list[str] = []
        self.facts: list[Fact] = []
        self.not_facts: list[dict] = []
        self.xy_written: set[int] = set()
        self.sums: list[tuple] = []      # (total, parts, code)
        self.targets: list[tuple] = []   # (fact, op, value, claims_met)
        self.same: list[tuple] = []      # facts that must be equal (e.g. a total and its restatement)
        self.extra_units: list[str] = []  # unit names written in prose that are no fact's subject

    def p(self, tmpl: str, *items: Item):
        """Write one paragraph (it may hold line breaks). '{}' marks each placeholder in order."""
        parts = tmpl.split("{}")
        if len(parts) - 1 != len(items):
            raise ValueError(f"{self.name}: {len(parts)-1} placeholders, {len(items)} items: {tmpl!r}")
        for lit in parts:
            if DIGIT.search(lit):
                raise ValueError(f"{self.name}: a digit written outside a recording helper: {lit!r}")
        out = [parts[0]]
        for it, lit in zip(items, parts[1:]):
            if not isinstance(it, Item):
                raise TypeError(f"{self.name}: {it!r} is not a recording helper")
            it.record(self)
            out.append(it.render())
            out.append(lit)
        self.lines.append("".join(out))

    def blank(self):
        self.lines.append("")

    def sum(self, total, parts, code="sum_mismatch"):
        self.sums.append((total, list(parts), code))

    def target(self, fact, op, value, claims_met):
        self.targets.append((fact, op, value, claims_met))

    def unit(self, name):
        self.extra_units.append(name)

    def text(self):
        return "\n".join(self.lines).rstrip() + "\n"

    def truth(self):
        planted = [f for f in self.facts if f.mistake]
        return {
            "register": self.register,
            "doc_date": self.doc_date,
            "province": self.province,
            "facts": [f.json() for f in self.facts],
            "not_facts": self.not_facts,
            "mistakes": [{"code": f.mistake[0], "stated": f.value, "text": f.text,
                          "note": f.mistake[1]} for f in planted],
        }


class Part(Item):
    """A numerator or denominator of a rate fact written on its own ('đến hạn 96.402 hồ sơ')."""

    def __init__(self, fact, which, raw=False):
        assert which in ("n", "d")
        self.fact, self.which, self.raw = fact, which, raw
        assert getattr(fact, which) is not None

    def render(self):
        return fmt_count(getattr(self.fact, self.which), self.raw)

    def record(self, doc):
        doc.xy_written.add(self.fact.id)


def part(fact, which, raw=False):
    return Part(fact, which, raw)
