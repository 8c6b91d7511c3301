"""The identities a document states, as equations over its written figures.

Every check that compares figures (sums, balances, city = its levels, ratios with their x/y,
complements, repeated statements) has its identities listed here, built with the check's own
grouping helpers, whether they hold or not. The typo search (docparse/suggest.py) tries to replace
one written figure (then two) so that every failing identity holds and every holding one keeps
holding.

A *figure* is one number as written: ``(fact id, field)`` with field ``value``, ``numerator`` or
``denominator``. A rate whose x/y is written beside it ("98,5% (1.970/2.000)") has figures of its
own for x and y; a rate that is the share of a count stated before it ("1.877 hồ sơ (đạt 36,03%)")
takes that count's figure, so that correcting the count moves the rate's x too. Links are made by
the structure the recogniser recorded (subject, value, order), never by whether numbers agree.

Other readers (tables) plug in with ``register(provider)``: a provider is a function
``(report, figures) -> list[Identity]`` that adds its figures with ``figures.add`` and returns its
identities (usually ``Linear``).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Optional

from ..data import load
from ..models import Fact, Report
from ..normalize.numbers import percent, round_half_up, truncate
from ..normalize.text import fold
from . import ratios, sums
from .common import checkable, roman, subject_key

TOLERANCE = 1e-6


def _exact(facts) -> list[Fact]:
    """The facts an identity may use: checkable, and not rounded ("61,3 ngàn" restores nothing)."""
    return [f for f in checkable(facts) if not f.rounded]
Var = tuple  # (fact id, field)


@dataclass
class Figure:
    """One number as written in the document."""

    key: Var
    value: float
    decimals: int
    kind: str  # count | rate | ...
    fact: Optional[Fact] = None
    order: int = 0  # position in the document (fact order), for "copied from the line above"


class Figures(dict):
    def add(self, fact: Fact, fld: str = "value", value: Optional[float] = None) -> Var:
        key = (fact.id, fld)
        if key not in self:
            v = getattr(fact, fld) if value is None else value
            dec = fact.decimals if fld == "value" else 0
            self[key] = Figure(key, float(v), dec, fact.kind if fld == "value" else "count", fact,
                               len(self))
        return key


class Expr:
    """A linear expression over figures, with its value at the written figures; supports the
    arithmetic ``ratios.conventions`` does, so the checks' own conventions build expressions."""

    def __init__(self, terms: Optional[dict] = None, const: float = 0.0, base: float = 0.0):
        self.terms = dict(terms or {})
        self.const = const
        self.base = base

    @classmethod
    def of(cls, key: Var, value: float) -> "Expr":
        return cls({key: 1.0}, 0.0, value)

    def _lift(self, other) -> "Expr":
        return other if isinstance(other, Expr) else Expr({}, float(other), float(other))

    def __add__(self, other):
        o = self._lift(other)
        terms = dict(self.terms)
        for k, c in o.terms.items():
            terms[k] = terms.get(k, 0.0) + c
        return Expr(terms, self.const + o.const, self.base + o.base)

    __radd__ = __add__

    def __neg__(self):
        return Expr({k: -c for k, c in self.terms.items()}, -self.const, -self.base)

    def __sub__(self, other):
        return self + (-self._lift(other))

    def __rsub__(self, other):
        return self._lift(other) - self

    def __bool__(self):
        return bool(self.base)

    def __gt__(self, other):
        return self.base > float(other.base if isinstance(other, Expr) else other)

    def eval(self, env: Callable[[Var], float]) -> float:
        return self.const + sum(c * env(k) for k, c in self.terms.items())


class Identity:
    """An identity the document states. ``code`` is the finding code its failure produces,
    ``facts`` the facts of that finding (to attach a suggestion to it)."""

    kind = "identity"
    tolerant = False  # holds within a rounding tolerance (ratios, complements): weak evidence alone

    def __init__(self, code: str, facts: list[str], opaque: bool = False, text: str = ""):
        self.code = code
        self.facts = facts
        self.opaque = opaque  # a link the search cannot follow: never name a single figure from it
        self.text = text
        self.firm = False  # a finding of the checks at error or warning stands on it
        self.weak = opaque  # may not apply as stated (a convention the report may not follow)

    def vars(self) -> set:
        raise NotImplementedError

    def core(self) -> set:
        """The figures a correction may change to restore it (all of them, but for a rate whose x/y
        the text states: the rate and that x/y, not the counts of a convention it may not follow)."""
        return self.vars()

    def holds(self, env) -> bool:
        raise NotImplementedError

    def proposals(self, var: Var, env, figures) -> list[float]:
        """Values of ``var`` that would make the identity hold, the others unchanged."""
        return []

    def exact(self, env) -> bool:
        """Holds without its allowance (a truncated percentage, a short part list, a share off by
        one unit of the last place): a correction that makes it so is the likelier one."""
        return self.holds(env)

    def describe(self) -> dict:
        return {"kind": self.kind, "code": self.code, "facts": list(self.facts), "text": self.text}


class Linear(Identity):
    """Σ left = Σ right (a sum, a balance, a level = sum of its parts, a repeated statement);
    ``at_most`` makes it Σ left ≥ Σ right (a part list the report may leave incomplete)."""

    def __init__(self, kind: str, code: str, left: Expr, right: Expr, facts: list[str], at_most: bool = False,
                 opaque: bool = False, text: str = "", tol: float = TOLERANCE, decimals: int = 0):
        super().__init__(code, facts, opaque, text)
        self.kind = kind
        self.expr = left - right
        self.at_most = at_most
        self.tol = tol  # rounded parts (766 scores) may miss their total by half a unit
        self.decimals = decimals

    def vars(self) -> set:
        return {k for k, c in self.expr.terms.items() if c}

    def holds(self, env) -> bool:
        r = self.expr.eval(env)
        return r >= -TOLERANCE if self.at_most else abs(r) <= self.tol

    def exact(self, env) -> bool:
        """Σ left = Σ right exactly (an incomplete part list that adds up anyway)."""
        return abs(self.expr.eval(env)) <= TOLERANCE

    def proposals(self, var, env, figures) -> list[float]:
        c = self.expr.terms.get(var)
        if not c:
            return []
        return [round(env(var) - self.expr.eval(env) / c, max(self.decimals, 0) if self.decimals else 6)]


def places(value: float, decimals: int) -> int:
    """The decimals a figure is written with: its own, or more when a correction moves its
    separator ("8,5%" meant as "0,85%" is written with two).

    >>> places(8.5, 1), places(0.85, 1), places(43.14, 2), places(98.6, 3)
    (1, 2, 2, 3)
    """
    d = decimals
    while d < 4 and abs(round(value, d) - value) > 1e-9:
        d += 1
    return d


def shifted_places(value: float, written: float, decimals: int) -> int:
    """The decimals ``value`` is written with when it stands for ``written`` (written with
    ``decimals``): a figure whose separator moved keeps its digits ("9,862" meant "98,62": two
    places, not three); otherwise its own places, or more (``places``).

    >>> shifted_places(98.62, 9.862, 3), shifted_places(0.85, 8.5, 1), shifted_places(43.14, 47.14, 2)
    (2, 2, 2)
    >>> shifted_places(98.6, 9.86, 2), shifted_places(986, 98.6, 1), shifted_places(98.621, 9.862, 3)
    (1, 0, 3)
    """
    if value and written and value != written:
        ratio = value / written
        k = round(math.log10(abs(ratio)))
        if k and abs(ratio / 10 ** k - 1) < 1e-9:
            return max(decimals - k, 0)
        fewer = dropped_decimal(value, written, decimals)
        if fewer is not None:
            return fewer
    return places(value, decimals)


def _one_slip(a: str, b: str) -> bool:
    """``b`` is ``a`` with one character changed, two adjacent ones swapped, or one added or removed.

    >>> _one_slip("47,14", "43,14"), _one_slip("4714", "4174"), _one_slip("64,337", "64,37"), _one_slip("1", "23")
    (True, True, True, False)
    """
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def dropped_decimal(value: float, written: float, decimals: int) -> Optional[int]:
    """The places ``value`` is written with when it is ``written`` with one digit of its decimals
    left out (a decimal digit typed twice or one too many: "64,337" meant "64,37", two places), and
    no slip at the written places explains it ("47,19" meant "47,10" stays at two); else None.

    >>> dropped_decimal(64.37, 64.337, 3), dropped_decimal(47.1, 47.19, 2), dropped_decimal(98.5, 98.65, 2)
    (2, None, 1)
    >>> dropped_decimal(98.6, 98.62, 2), dropped_decimal(6.437, 64.337, 3)
    (None, None)
    """
    own = next((d for d in range(decimals) if abs(round(value, d) - value) < 1e-9), None)
    if own is None or value == written:
        return None
    w, c = f"{written:.{decimals}f}", f"{value:.{own}f}"
    if _one_slip(w, f"{value:.{decimals}f}"):
        return None
    return own if any(w[:i] + w[i + 1:] == c for i in range(len(w) - decimals, len(w))) else None


class Ratio(Identity):
    """A stated percentage against x/y at its precision: holds when any of the ways to compute it
    (its written x/y, or the official conventions) gives it rounded half up or truncated."""

    kind = "ratio"
    tolerant = True

    def __init__(self, rate: Var, decimals: int, ways: list[tuple[Expr, Expr]], facts: list[str],
                 opaque: bool = False, text: str = "", share: bool = True, written: Optional[float] = None):
        super().__init__("ratio_mismatch", facts, opaque, text)
        self.rate, self.decimals, self.ways = rate, decimals, ways
        self.written = written  # the rate as written: a value with its separator moved keeps its digits
        self.share = share  # a share of a whole: never above 100% (an unnamed rate may be)
        self.stated = False  # its first way is the x/y the text states ("đã giải quyết y: ... x, chiếm p%")

    def core(self) -> set:
        if not self.stated:
            return self.vars()
        n, d = self.ways[0]
        return {self.rate} | {k for k, c in n.terms.items() if c} | {k for k, c in d.terms.items() if c}

    def vars(self) -> set:
        out = {self.rate}
        for n, d in self.ways:
            out |= {k for k, c in n.terms.items() if c} | {k for k, c in d.terms.items() if c}
        return out

    def holds(self, env) -> bool:
        p = env(self.rate)
        if self.share and p > 100 + 1e-9:
            return False
        dec = shifted_places(p, self.written, self.decimals)
        for n, d in self.ways:
            nv, dv = n.eval(env), d.eval(env)
            if dv and ratios.agrees(p, dec, nv, dv):
                return True
        return False

    def exact(self, env) -> bool:
        p = env(self.rate)
        dec = shifted_places(p, self.written, self.decimals)
        for n, d in self.ways:
            nv, dv = n.eval(env), d.eval(env)
            if dv and p == round_half_up(percent(nv, dv), dec):
                return True
        return False

    def proposals(self, var, env, figures) -> list[float]:
        out = []
        p = env(self.rate)
        for n, d in self.ways:
            nv, dv = n.eval(env), d.eval(env)
            if var == self.rate:
                if dv:
                    exact = percent(nv, dv)
                    out += [round_half_up(exact, self.decimals), truncate(exact, self.decimals)]
                continue
            cn, cd = n.terms.get(var, 0.0), d.terms.get(var, 0.0)
            if cn and not cd:  # x·100/y = p  →  x = p·y/100
                out.append(round(env(var) + (p * dv / 100 - nv) / cn))
            elif cd and not cn and p:
                out.append(round(env(var) + (nv * 100 / p - dv) / cd))
        return out


class Complement(Identity):
    """Two rates that add up to 100%, within one unit of the last place."""

    kind = "complement"
    tolerant = True

    def __init__(self, a: Var, b: Var, decimals: int, facts: list[str], text: str = ""):
        super().__init__("complement_mismatch", facts, False, text)
        self.a, self.b, self.decimals = a, b, decimals

    def vars(self) -> set:
        return {self.a, self.b}

    def holds(self, env) -> bool:
        total = round(env(self.a) + env(self.b), self.decimals)
        return abs(total - 100) <= 10 ** -self.decimals + 1e-9

    def exact(self, env) -> bool:
        return abs(round(env(self.a) + env(self.b), self.decimals) - 100) < 1e-9

    def proposals(self, var, env, figures) -> list[float]:
        other = self.b if var == self.a else self.a
        return [round(100 - env(other), self.decimals)]


class Shares(Identity):
    """The shares of every part of a total add up to 100%, each rounded at its places (half up or
    truncated: up to one unit of the last place each)."""

    kind = "shares"
    tolerant = True

    def __init__(self, rates: list, decimals: int, facts: list[str], text: str = ""):
        super().__init__("-", facts, False, text)
        self.rates, self.decimals = list(rates), decimals
        self.weak = True  # no check reports it: a second statement, never a finding of its own

    def vars(self) -> set:
        return set(self.rates)

    def holds(self, env) -> bool:
        return abs(sum(env(r) for r in self.rates) - 100) <= len(self.rates) * 10 ** -self.decimals + 1e-9

    def exact(self, env) -> bool:
        return abs(round(sum(env(r) for r in self.rates), self.decimals) - 100) <= 10 ** -self.decimals + 1e-9

    def proposals(self, var, env, figures) -> list[float]:
        return [round(100 - sum(env(r) for r in self.rates if r != var), self.decimals)]


def partition_shares(rates: list, parts_sum: dict, totals: dict) -> list[list]:
    """The groups of rates that are the shares of every part of one total: rates given as
    (rate id, part id, total id); a group is kept when its parts are distinct, two or more, and add
    up to the total as written (``parts_sum``: part id -> value, ``totals``: total id -> value).

    >>> partition_shares([("r1", "a", "t"), ("r2", "b", "t"), ("r3", "c", "t")], {"a": 60, "b": 30, "c": 10}, {"t": 100})
    [['r1', 'r2', 'r3']]
    >>> partition_shares([("r1", "a", "t"), ("r2", "b", "t")], {"a": 60, "b": 30}, {"t": 100})  # a part left out
    []
    """
    groups: dict = {}
    for rid, part, total in rates:
        groups.setdefault(total, {}).setdefault(part, rid)
    out = []
    for total, by_part in groups.items():
        if len(by_part) >= 2 and abs(sum(parts_sum[p] for p in by_part) - totals[total]) <= TOLERANCE:
            out.append(list(by_part.values()))
    return out


def _shares_identities(report: Report, figures: Figures) -> list[Identity]:
    """"Trước hạn: 7311 (61,0%)" / "Đúng hạn: 4105 (34,3%)" / "Trễ hạn: 566 (4,7%)" under
    "Đã xử lý: 11982": the shares of parts that make up their total add up to 100% (weak: a second
    statement for the search, no check reports it)."""
    by_id = {f.id: f for f in report.facts}
    rates, values = [], {}
    for f in _exact(report.facts):
        if f.kind != "rate" or f.value is None or f.qualifier:
            continue
        x, y = f._links.get("numerator") or [], f._links.get("denominator") or []
        if len(x) != 1 or len(y) != 1 or x[0][1] != "value" or y[0][1] != "value":
            continue
        part, total = by_id.get(x[0][0]), by_id.get(y[0][0])
        if part is None or total is None or part.value is None or not total.value:
            continue
        rates.append((f.id, part.id, total.id))
        values[part.id], values[total.id] = part.value, total.value
    out: list[Identity] = []
    for group in partition_shares(rates, values, values):
        facts = [by_id[r] for r in group]
        out.append(Shares([figures.add(f) for f in facts], max(f.decimals for f in facts), group,
                          text=" + ".join(group) + " = 100%"))
    return out


# --------------------------------------------------------------------------- building them

_PROVIDERS: list[Callable] = []


def register(provider: Callable) -> Callable:
    """Add a provider of identities (tables: rows and columns that add up)."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)
    return provider


def _fact_expr(figures: Figures, fact: Fact) -> Expr:
    return Expr.of(figures.add(fact), fact.value)


def _sum_identities(report: Report, figures: Figures) -> list[Identity]:
    out: list[Identity] = []
    for _, have in sums._groups(_exact(report.facts), by_section=True).items():
        for rule in sums.RULES["sums"]:
            total = have.get(rule["total"])
            if total is None:
                continue
            parts = sums._parts(rule, have)
            if len(parts) == 1 and sums.part_exceeds(total.value, parts[0].value) and not have.get("_twice"):
                # "Trong số 3.927 hồ sơ đã giải quyết, có 38.850 hồ sơ đúng hạn": a part larger than
                # its total; a correction must make the total at least the part
                out.append(Linear("bound", "sum_mismatch", _fact_expr(figures, total), _fact_expr(figures, parts[0]),
                                  [total.id, parts[0].id], at_most=True, text=f"{total.id} ≥ {parts[0].id}"))
            if len(parts) < 2:
                continue
            doubled = have.get("_twice", set()) & ({rule["total"]} | {p.indicator for p in parts})
            optional_missing = [p for p in rule["parts"] if p not in have and not any(
                p == r or (isinstance(r, list) and p in r) for r in rule["required"])]
            # a part list the report may leave incomplete says only total ≥ Σ parts
            at_most = not sums._required_present(rule, have) or bool(optional_missing)
            left = _fact_expr(figures, total)
            right = sum((_fact_expr(figures, p) for p in parts), Expr())
            out.append(Linear("sum", "sum_mismatch", left, right, [total.id] + [p.id for p in parts],
                              at_most=at_most, opaque=bool(doubled),
                              text=f"{total.id} = " + " + ".join(p.id for p in parts)))
    return out


def _qualified_sum_identities(report: Report, figures: Figures) -> list[Identity]:
    """A total of one qualifier = its parts stated without one, under one heading (the identity
    ``sums._qualified_sums`` checks): "Tiếp nhận mới trong kỳ: 1.321 hồ sơ (trực tuyến: 1.204;
    trực tiếp: 177)" = online + in person, whatever was carried over."""
    out: list[Identity] = []
    groups = sums._groups(_exact(report.facts), by_section=True)
    for (subject, qualifier, where), have in groups.items():
        for rule in sums.RULES.get("qualified_sums", []):
            total = have.get(rule["total"])
            if qualifier != rule["total_qualifier"] or total is None:
                continue
            plain = groups.get((subject, None, where), {})
            parts = sums._parts(rule, plain)
            if len(parts) < 2 or not sums._required_present(rule, plain):
                continue
            doubled = (have.get("_twice", set()) & {rule["total"]}) | \
                (plain.get("_twice", set()) & {p.indicator for p in parts})
            out.append(Linear("sum", "sum_mismatch", _fact_expr(figures, total),
                              sum((_fact_expr(figures, p) for p in parts), Expr()), [total.id] + [p.id for p in parts],
                              opaque=bool(doubled), text=f"{total.id} = " + " + ".join(p.id for p in parts)))
    return out


def _level_identities(report: Report, figures: Figures, links: dict) -> list[Identity]:
    out: list[Identity] = []
    by_key: dict = {}
    for f in _exact(report.facts):
        if f.subject.level in ("city", "departments", "communes") and f.kind in ("rate", "count") \
                and f.indicator != "other" and not f.subject.scope:
            by_key.setdefault((f.kind, f.indicator, f.qualifier, roman(f)), {}).setdefault(f.subject.level, f)
    # a report of the years with districts: the city is departments + districts + communes
    districts = {(f.kind, f.indicator, f.qualifier, roman(f)): f for f in _exact(report.facts)
                 if f.subject.level == "districts" and not f.subject.scope}
    legacy = any(f.subject.level == "districts" for f in report.facts)
    for key, levels in by_key.items():
        kind = key[0]
        if not all(k in levels for k in ("city", "departments", "communes")):
            continue
        trio = [levels[k] for k in ("city", "departments", "communes")] + ([districts[key]] if key in districts else [])
        for fld in (["value"] if kind == "count" else ["numerator", "denominator"]):
            if any(getattr(x, fld) is None for x in trio):
                continue
            exprs = [links.get((x.id, fld)) or Expr.of(figures.add(x, fld), getattr(x, fld)) for x in trio]
            out.append(Linear("level", "sum_mismatch", exprs[0], sum(exprs[1:], Expr()), [x.id for x in trio],
                              at_most=legacy and key not in districts,
                              text=f"{trio[0].id}.{fld} = " + " + ".join(f"{x.id}.{fld}" for x in trio[1:])))
    return out


_SELF_PARTS = {k: v for k, v in load("rules")["self_partitions"].items() if not k.startswith("_")}


def self_partition(facts: list[Fact]) -> Optional[list[str]]:
    """The levels that make the issuer's own whole ("Toàn huyện" = cấp huyện + cấp xã), by the kind
    of unit the facts of the document's own subject name (rules.json ``self_partitions``); None when
    they name no such unit, or units of different kinds."""
    kinds = {unit_kind(f.subject.name) for f in facts if f.subject.level == "self"}
    if len(kinds) != 1:
        return None
    return _SELF_PARTS.get(kinds.pop())


def _self_level_identities(report: Report, figures: Figures, links: dict) -> list[Identity]:
    """The issuer's own whole = the sum of its levels (a district's report: its own level and its
    communes), for counts and for the x and y of rates; only when every level is stated, and not
    for a key the provincial bodies also state (then the whole is a province's)."""
    facts = [f for f in _exact(report.facts) if f.kind in ("rate", "count") and f.indicator != "other"
             and not f.subject.scope]
    parts = self_partition(facts)
    if not parts:
        return []
    by_key: dict = {}
    for f in facts:
        if f.subject.level in ["self", "departments"] + parts:
            by_key.setdefault((f.kind, f.indicator, f.qualifier, roman(f)), {}).setdefault(f.subject.level, f)
    out: list[Identity] = []
    for key, levels in by_key.items():
        if "departments" in levels or not all(k in levels for k in ["self"] + parts):
            continue
        group = [levels["self"]] + [levels[k] for k in parts]
        for fld in (["value"] if key[0] == "count" else ["numerator", "denominator"]):
            if any(getattr(x, fld) is None for x in group):
                continue
            exprs = [links.get((x.id, fld)) or Expr.of(figures.add(x, fld), getattr(x, fld)) for x in group]
            out.append(Linear("level", "sum_mismatch", exprs[0], sum(exprs[1:], Expr()), [x.id for x in group],
                              text=f"{group[0].id}.{fld} = " + " + ".join(f"{x.id}.{fld}" for x in group[1:])))
    return out


def _one_block_groups(groups: dict) -> list[dict]:
    """A group whose count is stated twice with different values (which statement a balance takes
    cannot be told) held apart by statement block: each block that states a whole balance of its
    own ("tiếp nhận 2.184, đã giải quyết 2.101, còn 83" in prose, then a table of the same three) is
    a group of its own, its counts stated once there.

    >>> from types import SimpleNamespace as F
    >>> prose = [F(indicator=k, value=v, block=1) for k, v in (("r", 10), ("g", 7), ("p", 3))]
    >>> table = [F(indicator=k, value=v, block=2) for k, v in (("r", 10), ("g", 7), ("p", 4))]
    >>> [sorted((k, f.value) for k, f in g.items()) for g in _one_block_groups([{"_twice": {"p"}, "_all": prose + table}])]
    [[('g', 7), ('p', 3), ('r', 10)], [('g', 7), ('p', 4), ('r', 10)]]
    """
    out = []
    for have in groups:
        if not have.get("_twice"):
            continue
        by_block: dict = {}
        for f in {id(f): f for f in have.get("_all", ())}.values():
            by_block.setdefault(f.block, []).append(f)
        for facts in by_block.values():
            mine: dict = {}
            for f in facts:
                first = mine.setdefault(f.indicator, f)
                if first is not f and first.value != f.value:
                    mine.setdefault("_twice", set()).add(f.indicator)
            if len(mine) >= 3 and not mine.get("_twice"):
                out.append(mine)
    return out


def _balance_identities(report: Report, figures: Figures) -> list[Identity]:
    out: list[Identity] = []
    groups = sums._groups(_exact(report.facts), by_section=False, keep_all=True)
    for _, have in list(groups.items()) + [(None, g) for g in _one_block_groups(groups.values())]:
        for rule in sums.RULES["balances"]:
            left = [sums._term(have, i) for i in rule["left"]]
            right = [sums._term(have, i) for i in rule["right"]]
            if any(v is None for v, _ in left + right):
                continue
            lexpr = sum((_fact_expr(figures, f) for _, fs in left for f in fs), Expr())
            rexpr = sum((_fact_expr(figures, f) for _, fs in right for f in fs), Expr())
            facts = [f for _, fs in left + right for f in fs]
            doubled = bool(have.get("_twice", set()) & {f.indicator for f in facts})
            out.append(Linear("balance", "balance_mismatch", lexpr, rexpr, [f.id for f in facts],
                              opaque=doubled, text=" + ".join(f.id for _, fs in left for f in fs) + " = "
                              + " + ".join(f.id for _, fs in right for f in fs)))
    return out


def _link(figures: Figures, rate: Fact, value: float, same: list[Fact]) -> Optional[Expr]:
    """The figure a rate's x or y was taken from: the nearest count before it (``same``: the counts
    of its subject and document before it, in order) with that value, or two such counts adding
    up to it (in time = early + on time)."""
    for c in reversed(same):
        if c.value == value:
            return _fact_expr(figures, c)
    near = [c for c in same if c.section == rate.section][-12:]
    for i, a in enumerate(near):
        for b in near[i + 1:]:
            if a.value + b.value == value and a.indicator != b.indicator:
                return _fact_expr(figures, a) + _fact_expr(figures, b)
    return None


def rate_links(report: Report, figures: Figures) -> tuple[dict, set]:
    """{(rate id, field): Expr} for x and y taken from counts; the set of rates whose x or y could
    not be traced to any figure (their identities are opaque)."""
    links: dict = {}
    untraced: set = set()
    from bisect import bisect_left

    from .common import document_of

    document = document_of(report)
    idx = {f.id: i for i, f in enumerate(report.facts)}
    # the counts by document and subject, in reading order (issue 13: every rate scanned them all,
    # and a count of another report bound into the file was no figure of this one's)
    pool: dict = {}
    for c in _exact(report.facts):
        if c.kind in ("count", "unit_count") and c.value is not None:
            group = pool.setdefault((document(c), subject_key(c)), ([], []))
            group[0].append(idx[c.id])
            group[1].append(c)
    by_id = {f.id: f for f in report.facts}
    for f in _exact(report.facts):
        if f.kind != "rate" or f.value is None:
            continue
        for fld in ("numerator", "denominator"):
            v = getattr(f, fld)
            if v is None:
                continue
            traced = f._links.get(fld)
            if traced and all(i in by_id for i, _ in traced) and \
                    sum(getattr(by_id[i], k) or 0 for i, k in traced) == v:
                links[(f.id, fld)] = sum((Expr.of(figures.add(by_id[i], k), getattr(by_id[i], k))
                                          for i, k in traced), Expr())
                continue
            if f.denominator_source == "written" or (fld == "denominator" and f.denominator_source == "sentence"
                                                      and traced is None and f._links):
                # x/y written as the rate's own; or the base its sentence names ("trong tổng số y")
                links[(f.id, fld)] = Expr.of(figures.add(f, fld), v)
                continue
            untraced.add(f.id)  # found by value only: a coincidence may mislead, never named from it
            here = idx[f.id]
            at, counts = pool.get((document(f), subject_key(f)), ((), ()))
            e = _link(figures, f, v, counts[:bisect_left(at, here)])
            if e is None:
                e = Expr({}, v, v)
            links[(f.id, fld)] = e
    return links, untraced


def _ratio_identities(report: Report, figures: Figures, links: dict, untraced: set,
                      cells: tuple = ()) -> list[Identity]:
    """``cells``: the table cells' facts of the document; a prose rate with no x/y and no prose count
    to recompute it from is held, weak, to the counts of its subject in a table ("Tỷ lệ hồ sơ trực
    tuyến của các sở đạt 93,0%" under a table's total row of the departments)."""
    from .common import document_of

    out: list[Identity] = []
    document = document_of(report)
    by_doc = ratios.counts_by_document(_exact(report.facts), document)
    by_cells = ratios.counts_by_document(_exact(cells), document) if cells else {}
    as_expr = lambda fact: _fact_expr(figures, fact)  # noqa: E731
    for f in _exact(report.facts):
        if f.kind != "rate" or f.value is None:
            continue
        counts = by_doc.get(document(f), {})
        if f.numerator is not None and f.denominator:
            ways = [(links[(f.id, "numerator")], links[(f.id, "denominator")])]
            if f.implicit:
                ways += [(n, d) for _, n, d in ratios.conventions(f, counts, as_expr)]
        else:
            ways = [(n, d) for _, n, d in ratios.conventions(f, counts, as_expr)]
            if not ways and by_cells:
                ways = [(n, d) for _, n, d in ratios.conventions(f, by_cells.get(document(f), {}), as_expr)]
        if not ways:
            continue
        rate = figures.add(f)
        facts = sorted({f.id} | {k[0] for n, d in ways for k in list(n.terms) + list(d.terms)},
                       key=lambda i: int(i[1:]) if i[1:].isdigit() else 0)
        ident = Ratio(rate, f.decimals, ways, [f.id] + [i for i in facts if i != f.id],
                      opaque=f.id in untraced, text=f"{f.id} = x/y", share=f.indicator != "other", written=f.value)
        # x/y recomputed by a convention, not written: the report may follow another one
        ident.stated = f.numerator is not None and f.denominator_source in ("written", "sentence")
        ident.weak = ident.weak or not ident.stated
        out.append(ident)
        if ident.stated and f.implicit and len(ways) > 1 and not ident.opaque:
            base = stated_base(ident, figures)
            if base is not None:
                out.append(base)
    return out


def stated_base(ident: "Ratio", figures: Figures) -> Optional["Ratio"]:
    """A rate whose base its sentence names ("Đã tiếp nhận 654.445 hồ sơ, gồm 56.340 hồ sơ trực
    tuyến, tương ứng 86,09%") that holds only by an official convention (online over online + in
    person), not over that base: the rate over its stated x/y alone, weak (the report may follow
    the convention; no check reports it, no finding stands on it). A correction that makes it hold
    is a second statement for the one that restores the rest; one that does not, is not barred."""
    env = lambda k: figures[k].value  # noqa: E731
    own = Ratio(ident.rate, ident.decimals, ident.ways[:1], list(ident.facts), text=ident.text + " (its stated base)",
                share=ident.share, written=ident.written)
    if own.holds(env) or not ident.holds(env):
        return None
    own.kind, own.code, own.weak, own.stated = "stated_base", "-", True, True
    return own


def _complement_identities(report: Report, figures: Figures) -> list[Identity]:
    out: list[Identity] = []
    rates: dict = {}
    for f in _exact(report.facts):
        if f.kind == "rate" and f.value is not None:
            rates.setdefault((subject_key(f), f.qualifier, roman(f)), {}).setdefault(f.indicator, f)
    for have in rates.values():
        for a_ind, b_ind in sums.RULES["complements"]:
            a, b = have.get(a_ind), have.get(b_ind)
            if a is None or b is None:
                continue
            out.append(Complement(figures.add(a), figures.add(b), max(a.decimals, b.decimals), [a.id, b.id],
                                  text=f"{a.id} + {b.id} = 100%"))
    return out


def _repeat_identities(report: Report, figures: Figures) -> list[Identity]:
    from .common import document_of
    from .repeats import restatements

    out: list[Identity] = []
    for prev, f in restatements(_exact(report.facts), document_of(report)):
        if prev.block == f.block:
            continue  # one breakdown naming a figure twice: its parts may be another group's
        ident = Linear("repeat", "repeated_value_mismatch", _fact_expr(figures, prev), _fact_expr(figures, f),
                       [prev.id, f.id], text=f"{prev.id} = {f.id}")
        # a figure of a list or breakdown may be another group's: a correction need not restore the
        # restatement, but one that makes it agree is the likelier (and one may not break it)
        ident.weak = prev.listed or f.listed
        out.append(ident)
    return out


_SUBJ = load("subjects")
# the kind of a named unit, by the word its name starts with, and the levels whose figure it is part of
_UNIT_KINDS = [(fold(w), k) for k, ws in (("commune", _SUBJ["commune_prefixes"]),
                                          ("department", _SUBJ["named_unit_prefixes"]["department"]),
                                          ("district", _SUBJ["named_unit_prefixes"]["district"]),
                                          ("ministry", _SUBJ["named_unit_prefixes"]["ministry"]),
                                          ("body", _SUBJ["body_prefixes"] + _SUBJ["ministry_body_prefixes"]))
               for w in ws]
_WHOLES = {"department": ("departments", "city"), "commune": ("communes", "self", "city"),
           "district": ("districts", "city"), "body": ("self",)}
# a list of bodies ("Cục …", "Tổng cục …") is a part of the issuer's own figure only when the issuer is
# a ministry (in a province's report "Cục Thuế" is a central body's office, outside the province's figures)
_WHOLE_KINDS = {"body": "ministry"}


def unit_kind(name: Optional[str]) -> Optional[str]:
    """What kind of unit a name names, by its first words (subjects.json).

    >>> unit_kind("Sở Xây dựng"), unit_kind("xã Diễn Kim"), unit_kind("Huyện Diễn Châu"), unit_kind("Cục Thuế")
    ('department', 'commune', 'district', 'body')
    >>> unit_kind("Bộ Tư pháp"), unit_kind("Tổng cục Hải quan"), unit_kind("Trung tâm Phục vụ hành chính công")
    ('ministry', 'body', 'body')
    >>> unit_kind("Các huyện còn lại"), unit_kind("Các xã còn lại")  # the rest of a level's units
    ('district', 'commune')
    """
    n = fold(name or "")
    if remainder(name):
        n = n[4:] if n.startswith("cac ") else n
    return next((k for w, k in _UNIT_KINDS if n.startswith(w + " ")), None)


_REMAINDER_WORDS = [fold(w) for w in _SUBJ.get("remainder_words", [])]


def remainder(name: Optional[str]) -> bool:
    """A group of the rest of a level's units ("Các huyện còn lại"; subjects.json remainder_words).

    >>> remainder("Các huyện còn lại"), remainder("Huyện Đăk Hà")
    (True, False)
    """
    n = fold(name or "")
    return any(n.endswith(" " + w) for w in _REMAINDER_WORDS)


def unit_lists(all_facts: list[Fact]) -> list[tuple]:
    """The lists of units of one level the report names with the same count ("Sở Tư pháp 618; Sở
    Xây dựng 114; ..."): (the level's figure stated nearest before the list or None, the units, the
    level's figure on the line right after the list or None — a total line closing it, "Tổng cộng
    cấp huyện: 13308" —, complete). Complete: closed by the rest of the level's units ("Các huyện
    còn lại") or by a total line. A unit named twice, or of mixed kinds, makes no list."""
    facts = [f for f in _exact(all_facts) if f.kind == "count" and f.value is not None
             and f.indicator != "other" and not f.subject.scope]
    idx = {f.id: i for i, f in enumerate(all_facts)}
    units: dict = {}
    for f in facts:
        if f.subject.level == "unit" and f.subject.name:
            units.setdefault((f.indicator, f.qualifier), []).append(f)
    out = []
    for (ind, qual), us in units.items():
        kinds = {unit_kind(u.subject.name) for u in us}
        names = [fold(u.subject.name) for u in us]
        if len(us) < 2 or len(kinds) != 1 or None in kinds or len(set(names)) != len(names):
            continue
        kind = kinds.pop()
        if kind not in _WHOLES:
            continue  # ministries in a national report: no whole of theirs is read
        first, last, levels = idx[us[0].id], idx[us[-1].id], _WHOLES[kind]
        mine = [f for f in facts if f.indicator == ind and f.qualifier == qual and f.subject.level in levels
                and (kind not in _WHOLE_KINDS or unit_kind(f.subject.name) == _WHOLE_KINDS[kind])]
        wholes = [f for f in mine if idx[f.id] < first]
        after = [f for f in mine if idx[f.id] > last]
        closing = after[0] if after and after[0].block == us[-1].block + 1 else None
        if not wholes and closing is None:
            continue
        rest = remainder(us[-1].subject.name) and not any(remainder(u.subject.name) for u in us[:-1])
        out.append((wholes[-1] if wholes else None, us, closing, rest or closing is not None))
    return out


def _unit_sum_identities(report: Report, figures: Figures) -> list[Identity]:
    """A level's count is at least the sum of the same count of the units of that level the report
    names (``unit_lists``): Σ units ≤ whole, exact when the list is complete; a total line closing
    the list equals the sum. No check reports the first (a list may leave units out): it only
    tells a correction apart; a closing total that does not add up is a finding (sums)."""
    out: list[Identity] = []
    for whole, us, closing, complete in unit_lists(report.facts):
        parts = sum((_fact_expr(figures, u) for u in us), Expr())
        if whole is not None:
            # (the figure before the list is exact only with the rest named; a total line after it
            # speaks for the list it closes)
            exact = complete and (closing is None or remainder(us[-1].subject.name))
            out.append(Linear("units", "-", _fact_expr(figures, whole), parts, [whole.id] + [u.id for u in us],
                              at_most=not exact,
                              text=f"{whole.id} {'=' if exact else '≥'} " + " + ".join(u.id for u in us)))
        if closing is not None:
            out.append(Linear("units", "sum_mismatch", _fact_expr(figures, closing), parts,
                              [closing.id] + [u.id for u in us],
                              text=f"{closing.id} = " + " + ".join(u.id for u in us)))
    return out


def _field_sum_identities(report: Report, figures: Figures) -> list[Identity]:
    """A count broken down by field (checks/sums.field_lists): the whole stated before the fields,
    and a total line closing the list, against their sum — at least it, equal when the list is
    complete. Only a complete list's mismatch is a finding (sums.check_sums)."""
    out: list[Identity] = []
    for whole, items, closing, complete in sums.field_lists(_exact(report.facts)):
        parts = sum((_fact_expr(figures, i) for i in items), Expr())
        for total in [t for t in (whole, closing) if t is not None]:
            out.append(Linear("fields", "sum_mismatch", _fact_expr(figures, total), parts,
                              [total.id] + [i.id for i in items], at_most=not complete,
                              text=f"{total.id} {'=' if complete else '≥'} " + " + ".join(i.id for i in items)))
    return out


class AnyOf(Identity):
    """Holds when any of its linear alternatives holds (a table's total with or without the
    dossiers carried over)."""

    def __init__(self, kind: str, code: str, exprs: list[Expr], facts: list[str], text: str = ""):
        super().__init__(code, facts, False, text)
        self.kind, self.exprs = kind, exprs

    def vars(self) -> set:
        return {k for e in self.exprs for k, c in e.terms.items() if c}

    def holds(self, env) -> bool:
        return any(abs(e.eval(env)) <= TOLERANCE for e in self.exprs)

    def proposals(self, var, env, figures) -> list[float]:
        return [env(var) - e.eval(env) / e.terms[var] for e in self.exprs if e.terms.get(var)]


_XY_PARTS = {k: v for k, v in load("indicators")["counts"].items() if v.get("xy_rate") and v.get("parent")}


def _xy_parts(rate: Fact, counts: dict, figures: Figures) -> list[tuple]:
    """The count a rate with no official convention is the share of, and its parent, from the
    catalogue ("xy_rate": feedback_resolved is the x of feedback_handled, feedback_total its y)."""
    s = subject_key(rate)
    out = []
    for ind, spec in _XY_PARTS.items():
        x, y = counts.get((s, ind)), counts.get((s, spec["parent"]))
        if spec["xy_rate"] == rate.indicator and x is not None and y is not None:
            out.append(("", _fact_expr(figures, x), _fact_expr(figures, y)))
    return out


def conventions_of(rate: Fact, counts: dict, figures: Figures) -> list:
    """The (name, x, y) expressions a rate's official conventions (or its catalogue x/y) take from
    ``counts`` ({(subject key, indicator): fact})."""
    return ratios.conventions(rate, counts, lambda c: _fact_expr(figures, c)) or _xy_parts(rate, counts, figures)


def _states_subject(rate_subject: tuple, counts: dict) -> bool:
    """Whether ``counts`` ({(subject key, indicator): fact}) hold a count of the rate's subject:
    the part of the report states figures of its own the rate could be over.

    >>> _states_subject(("city", None, None), {}), _states_subject(("city", None, None), {(("city", None, None), "received_online"): 1})
    (False, True)
    """
    return any(k[0] == rate_subject for k in counts)


def _xy_repeat_identities(report: Report, figures: Figures, links: dict) -> list[Identity]:
    """A rate's own written x/y restates counts of its part ("trực tuyến 1.877 hồ sơ ... đạt
    36,03% (1.877/5.210)"): x = the part its official conventions take, y = one of their bases.
    Weak (the x/y may count another scope or period): a correction need not restore them, but
    one that breaks a holding one does not fit. No check reports them, so no finding stands on them."""
    from .common import document_of

    out: list[Identity] = []
    document = document_of(report)
    # the counts of each document and roman part, by subject and indicator (the first of each),
    # made once (issue 13: each rate filtered every count)
    parts: dict = {}
    whole: dict = {}  # the same over every roman part of a document
    for f in _exact(report.facts):
        if f.kind == "count" and not f.qualifier:
            parts.setdefault((document(f), roman(f)), {}).setdefault((subject_key(f), f.indicator), f)
            whole.setdefault(document(f), {}).setdefault((subject_key(f), f.indicator), f)
    for f in _exact(report.facts):
        if f.kind != "rate" or f.value is None or f.numerator is None or not f.denominator or f.qualifier:
            continue
        x, y = links.get((f.id, "numerator")), links.get((f.id, "denominator"))
        if x is None or y is None or (f.id, "numerator") not in x.terms or (f.id, "denominator") not in y.terms:
            continue  # only x and y written as figures of the rate's own
        local = parts.get((document(f), roman(f)), {})
        convs = ratios.conventions(f, local, lambda c: _fact_expr(figures, c)) or _xy_parts(f, local, figures)
        if not convs and not _states_subject(subject_key(f), local):
            # "II. CÁC CHỈ TIÊU / 1. Tỷ lệ nộp hồ sơ trực tuyến: 85,24% (8.030/9.421)" under "I. SỐ LIỆU
            # CHUNG" stating the counts: a part of the report with no count of the rate's own kind
            # restates those of the parts before it
            convs = conventions_of(f, whole.get(document(f), {}), figures)
        if not convs or any(n.terms != convs[0][1].terms for _, n, _ in convs):
            continue
        n0 = convs[0][1]
        facts = [f.id] + sorted({k[0] for k in n0.terms})
        ident = Linear("repeat_xy", "-", x, n0, facts, text=f"{f.id}.x = " + " + ".join(k[0] for k in n0.terms))
        ident.weak = True
        out.append(ident)
        dens = [d for _, _, d in convs]
        ident = AnyOf("repeat_xy", "-", [y - d for d in dens], [f.id] + sorted({k[0] for d in dens for k in d.terms}),
                      text=f"{f.id}.y = a base of its part")
        ident.weak = True
        out.append(ident)
    return out


@register
def table_identities(report: Report, figures: Figures) -> list[Identity]:
    """The identities checks/tables.py checks, over the cells of statistics tables: each row's
    sums and balance, each rate cell against its row's counts, the total row and each group row
    against the rows under it, a prose figure against the same one in a table."""
    from . import tables as T

    if not getattr(report, "tables", None):
        return []
    out: list[Identity] = []
    rows = T._row_facts(report)
    ex = lambda f: _fact_expr(figures, f)  # noqa: E731
    column_rule = column_conventions(rows)
    for (t, r), facts in rows.items():
        have = T._have(facts)
        for rule in sums.RULES["sums"]:
            total = have.get(rule["total"])
            if total is None or rule["total"] in have.get("_twice", ()):
                continue
            parts = sums._parts(rule, have)
            if len(parts) < 2 or not sums._required_present(rule, have) or \
                    have.get("_twice", set()) & {p.indicator for p in parts}:
                continue
            core = [p for p in parts if p.indicator != "received_carried_over"]
            exprs = [ex(total) - sum((ex(p) for p in parts), Expr())]
            if len(core) < len(parts):
                exprs.append(ex(total) - sum((ex(p) for p in core), Expr()))
            out.append(AnyOf("table_row", "sum_mismatch", exprs, [total.id] + [p.id for p in parts],
                             text=f"{total.id} = " + " + ".join(p.id for p in parts)))
        if not have.get("_twice"):
            for rule in sums.RULES["balances"]:
                left = [sums._term(have, i) for i in rule["left"]]
                right = [sums._term(have, i) for i in rule["right"]]
                if any(v is None for v, _ in left + right):
                    continue
                lx = sum((ex(f) for _, fs in left for f in fs), Expr())
                rx = sum((ex(f) for _, fs in right for f in fs), Expr())
                used = [f for _, fs in left + right for f in fs]
                out.append(Linear("table_balance", "balance_mismatch", lx, rx, [f.id for f in used],
                                  text=" + ".join(f.id for _, fs in left for f in fs) + " = "
                                  + " + ".join(f.id for _, fs in right for f in fs)))
        scored = [f for f in facts if f.kind == "score" and f.value is not None]
        totals = [f for f in scored if f.indicator == "index_766_total"]
        parts = [f for f in scored if f.indicator in T._766_PARTS]
        if len(totals) == 1 and len(parts) >= 2 and len({p.indicator for p in parts}) == len(parts):
            maxima = [p.maximum for p in parts]
            complete = len(parts) == len(T._766_PARTS) or (None not in maxima and totals[0].maximum is not None
                                                           and abs(sum(maxima) - totals[0].maximum) < 1e-6)
            out.append(_score_identity(figures, totals[0], parts, complete))
        counts = {(subject_key(f), f.indicator): f for f in reversed(facts) if f.kind == "count"}
        for f in facts:
            if f.kind != "rate" or f.value is None:
                continue
            convs = [(name, n, d) for name, n, d in ratios.conventions(f, counts, ex) if d]
            # the convention every other cell of its column follows is the table's: the rate is
            # held to it alone (no longer weak); else to any official one, weakly
            followed = column_rule.get(f.id)
            mine = [c for c in convs if c[0] in followed] if followed else []
            ways = [(n, d) for _, n, d in (mine or convs)]
            if ways:
                ident = Ratio(figures.add(f), f.decimals, ways, [f.id] + [c.id for c in facts if c.kind == "count"],
                              text=f"{f.id} = x/y" + (f" ({', '.join(c[0] for c in mine)}, as its column)" if mine else ""),
                              written=f.value)
                ident.weak = not mine  # a convention the table may not follow
                out.append(ident)
    for table in report.tables:
        out += _column_identities(report, table, rows, figures)
    cells: dict = {}
    for f in report.facts:
        if f.evidence.table is not None and f.modifier is None and f.indicator != "other":
            cells.setdefault((f.kind, f.indicator, subject_key(f)), []).append(f)
    for f in report.facts:
        if f.evidence.table is not None or f.modifier is not None or f.value is None or not f.explicit:
            continue
        if f.kind not in ("rate", "count", "score") or f.indicator == "other" or f.target:
            continue
        same = cells.get((f.kind, f.indicator, subject_key(f)))
        if not same or len({c.value for c in same}) != 1:
            continue
        title = report.tables[same[0].evidence.table].title or ""
        if f.qualifier and fold(f.qualifier) not in fold(title):
            continue  # another period or sub-measure than the table's
        out.append(Linear("table_prose", "repeated_value_mismatch", ex(f), ex(same[0]), [f.id, same[0].id],
                          text=f"{f.id} = {same[0].id}"))
    return out


def followed(rate: Fact, counts: dict) -> frozenset:
    """The official conventions (by name) that ``rate``, as written, agrees with over its row's counts.

    >>> from docparse.models import Fact, Subject, Evidence
    >>> ev = Evidence(page=1, line=1, text="")
    >>> def fact(kind, ind, v):
    ...     return Fact(id=ind, kind=kind, indicator=ind, subject=Subject(level="city"), value=v, decimals=2, evidence=ev)
    >>> cs = [fact("count", "resolved_total", 200), fact("count", "resolved_in_time", 190), fact("count", "received_total", 250)]
    >>> counts = {(subject_key(c), c.indicator): c for c in cs}
    >>> sorted(followed(fact("rate", "resolved_on_time", 95.0), counts))
    ['(trước hạn + đúng hạn) / tổng số đã giải quyết']
    >>> sorted(followed(fact("rate", "resolved_on_time", 76.0), counts))
    ['(trước hạn + đúng hạn) / tổng số hồ sơ tiếp nhận']
    """
    return frozenset(name for name, n, d in ratios.conventions(rate, counts)
                     if d and ratios.agrees(rate.value, rate.decimals, n, d))


def column_conventions(rows: dict, at_least: int = 2) -> dict:
    """{rate fact id: conventions} for a rate cell whose column's other cells (at least
    ``at_least`` of them, all that can be computed) all follow one convention, or some in common:
    those the table follows in that column. A cell is not its own witness; a column with a cell
    that follows none of the conventions the others share proves nothing."""
    columns: dict = {}
    for (t, _r), facts in rows.items():
        counts = {(subject_key(f), f.indicator): f for f in reversed(facts) if f.kind == "count"}
        for f in facts:
            if f.kind == "rate" and f.value is not None and f.evidence.column is not None:
                names = {name for name, _, d in ratios.conventions(f, counts) if d}
                if names:
                    columns.setdefault((t, f.evidence.column, f.indicator), []).append((f, followed(f, counts), names))
    out: dict = {}
    for cells in columns.values():
        for f, _, names in cells:
            others = [held for g, held, _ in cells if g is not f]
            if len(others) < at_least or not all(others):
                continue
            common = frozenset.intersection(*others) & names
            if common:
                out[f.id] = common
    return out


def _column_identities(report: Report, table, rows: dict, figures: Figures) -> list[Identity]:
    from .tables import row_groups

    out: list[Identity] = []
    t = table.index
    total_rows, groups, members = row_groups(table)
    for column in table.columns:
        if column.kind != "count" or not column.indicator:
            continue

        def cell(row):
            return next((f for f in rows.get((t, row.index), []) if f.evidence.column == column.index), None)

        def compare(head, parts):
            facts = [cell(p) for p in parts]
            top = cell(head)
            known = [f for f in facts if f is not None]
            if top is None or len(parts) < 2 or len(known) < 2:
                return
            out.append(Linear("table_column", "sum_mismatch", _fact_expr(figures, top),
                              sum((_fact_expr(figures, f) for f in known), Expr()), [top.id] + [f.id for f in known],
                              at_most=len(known) < len(facts),
                              text=f"{top.id} = " + " + ".join(f.id for f in known)))

        for group, units in groups:
            if units:
                compare(group, units)
        if len(total_rows) == 1:
            carrying = [g for g, _ in groups if cell(g) is not None]
            if groups and len(carrying) == len(groups):
                loose = [r for r in members if not any(r in u for _, u in groups)]
                compare(total_rows[0], [g for g, _ in groups] + loose)
            elif not carrying:
                compare(total_rows[0], members)
    return out


def _score_identity(figures: Figures, total: Fact, parts: list[Fact], complete: bool) -> Identity:
    dec = max(p.decimals for p in parts + [total])
    return Linear("score", "score_sum_mismatch", _fact_expr(figures, total),
                  sum((_fact_expr(figures, p) for p in parts), Expr()), [total.id] + [p.id for p in parts],
                  at_most=not complete, tol=10 ** -dec / 2, decimals=dec,
                  text=f"{total.id} = " + " + ".join(p.id for p in parts))


def _score_identities(report: Report, figures: Figures) -> list[Identity]:
    """The 766 total against its parts (checks/scores.py): equal within rounding when every part is
    stated, at least their sum otherwise."""
    from . import scores

    out: list[Identity] = []
    groups = scores.score_groups(_exact(report.facts))
    for facts in groups.values():
        totals = [f for f in facts if f.indicator == "index_766_total"]
        parts = [f for f in facts if f.indicator.startswith("index_766_") and f.indicator != "index_766_total"]
        if not totals or len(parts) < 2 or not _one_total_of(totals, parts):
            continue
        parts = scores.once_each(parts)  # a part restated counts once (None: parts of several periods)
        if parts is None:
            continue
        unread = any(f.indicator == "other" for f in facts)
        complete = len({p.indicator for p in parts}) == len(scores.PARTS) and not unread
        for total in totals:
            out.append(_score_identity(figures, total, parts, complete))
    return out


def _one_total_of(totals: list, parts: list) -> bool:
    """Whether the totals of a group are statements of one total of its parts: one total; or a
    total restated ("đạt 81,66/100 điểm" before the parts, "Tổng cộng: 86,16 điểm" after them)
    where each part is stated once and all of them count one period (no qualifier tells them
    apart). Each statement is then held to the parts (checks/scores.py checks only a lone one).

    >>> from types import SimpleNamespace as F
    >>> parts = [F(indicator="a", qualifier=None), F(indicator="b", qualifier=None)]
    >>> _one_total_of([F(qualifier=None)], parts), _one_total_of([F(qualifier=None)] * 2, parts)
    (True, True)
    >>> _one_total_of([F(qualifier=None), F(qualifier="thang 9")], parts)
    False
    >>> _one_total_of([F(qualifier=None)] * 2, parts + [F(indicator="a", qualifier=None)])
    False
    """
    if len(totals) == 1:
        return True
    return len({p.indicator for p in parts}) == len(parts) and len({f.qualifier for f in totals + parts}) == 1


def identities(report: Report) -> tuple[list[Identity], Figures]:
    """Every identity the document states, and the figures they are written over."""
    figures = Figures()
    full = report
    if getattr(report, "tables", None):  # prose identities over prose facts, as the checks see them
        report = report.model_copy(update={"facts": [f for f in report.facts if f.evidence.table is None]})
    links, untraced = rate_links(report, figures)
    out: list[Identity] = []
    cells = tuple(f for f in full.facts if f.evidence.table is not None) if full is not report else ()
    out += _ratio_identities(report, figures, links, untraced, cells)
    out += _sum_identities(report, figures)
    out += _qualified_sum_identities(report, figures)
    # a level's figures may stand in a table's rows ("Cấp | Tiếp nhận | …" / "Cấp huyện | 20.743 | …")
    # under the prose's province figure: the levels add up to it as the checks hold them (sums._level_sums)
    out += _level_identities(report, figures, links)
    out += _self_level_identities(report, figures, links)
    out += _balance_identities(report, figures)
    out += _complement_identities(report, figures)
    pairs = {frozenset(i.vars()) for i in out if i.kind == "complement"}
    out += [i for i in _shares_identities(report, figures) if frozenset(i.vars()) not in pairs]
    out += _repeat_identities(report, figures)
    out += _unit_sum_identities(report, figures)
    out += _field_sum_identities(report, figures)
    out += _score_identities(report, figures)
    out += _xy_repeat_identities(report, figures, links)
    for provider in _PROVIDERS:
        out += provider(full, figures)
    return out, figures
