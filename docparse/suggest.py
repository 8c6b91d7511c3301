"""Pinpoint the likely typo: the smallest correction of written figures that restores the identities.

For the failing identities of one document (docparse/checks/identities.py), grouped into clusters
that share figures:

1. one figure: every figure that stands in *every* failing identity of the cluster is tried with
   the values that make one of them hold (solved) and with every typing variant of the figure as
   written (one digit changed, two adjacent digits swapped, a digit dropped, doubled or extra, the
   separator misplaced). A value is a candidate when all failing identities of the cluster then
   hold and every holding identity through that figure still holds.
2. two figures, only if no single figure fits: pairs of figures that together stand in every
   failing identity, the first taking its solved values or typing variants, the second solved.
3. the verdict: one figure with candidates → ``named`` (its best-ranked value; several values of
   the same best rank → ``ambiguous``); several figures → ``ambiguous``, all listed, none preferred;
   none → ``none`` ("no single correction fits"). A cluster with an identity whose link could not
   be traced (``opaque``) is never ``named``.

Ranking (how a person mistypes): one digit, adjacent digits swapped, a digit dropped, a digit
doubled, an extra digit, a separator misplaced, a figure copied from the one before, else a plain
recomputation. The work is bounded: at most ``MAX_EVALS`` identity evaluations per document; a
cluster whose search runs out says ``none`` with ``bounded: true``.
"""
from __future__ import annotations

import math
from functools import lru_cache
from itertools import combinations
from typing import Optional

from .checks.common import said_in_words, vn
from .checks.identities import Figure, Identity, Linear, dropped_decimal, identities, places, shifted_places
from .models import Correction, Finding, Report, Suggestion

MAX_EVALS = 40_000  # identity evaluations per document (about 2 s at worst here)
MAX_VARIANTS = 200  # typing variants tried per figure
MAX_PAIR_FIGURES = 24  # figures of one cluster considered for two-figure corrections

RANK = {"one_digit": 1, "transposition": 2, "digit_dropped": 3, "digit_doubled": 3, "extra_digit": 4,
        "separator": 5, "copied": 6, "recompute": 9}
RESTATEMENTS = ("repeat", "repeat_xy", "table_prose")  # identities that only say two figures are one
PATTERN_VI = {"one_digit": "sai một chữ số", "transposition": "đảo hai chữ số liền nhau",
              "digit_dropped": "thiếu một chữ số", "digit_doubled": "lặp một chữ số",
              "extra_digit": "thừa một chữ số", "separator": "đặt sai dấu phân cách",
              "copied": "chép nhầm số liệu dòng trên", "recompute": "tính lại"}


def seconded_slip(pattern: str, exact: int) -> bool:
    """Whether a correction found from weak identities alone (rates recomputed by a convention the
    report may not follow, part lists that may be short) may be named: a typing slip, not a
    recomputed or copied value, that makes ``exact`` ≥ 2 of them hold exactly — two statements of
    their own agreeing to the last unit on the one keystroke ("nộp trực tiếp 38 hồ sơ, chiếm
    20,33%" under a total of 1.564 with 1.246 online: 318 gives both the share and the sum).

    >>> seconded_slip("digit_dropped", 2), seconded_slip("recompute", 3), seconded_slip("one_digit", 1)
    (True, False, False)
    """
    return pattern not in ("recompute", "copied") and exact >= 2


class Budget:
    def __init__(self, limit: int = MAX_EVALS):
        self.limit, self.used = limit, 0

    def spend(self, n: int = 1) -> bool:
        self.used += n
        return self.used <= self.limit


def digits(value: float, decimals: int) -> str:
    """The digits as written, separators left out (a fraction keeps its "0,").

    >>> digits(412905, 0), digits(43.14, 2), digits(0.4, 2)
    ('412905', '4314', '040')
    """
    return str(int(round(abs(value) * 10 ** decimals))).zfill(decimals + 1)


def pattern(written: float, corrected: float, decimals: int) -> str:
    """How ``corrected`` became ``written`` at the keyboard.

    >>> pattern(47.14, 43.14, 2), pattern(412950, 412905, 0), pattern(41295, 412905, 0)
    ('one_digit', 'transposition', 'digit_dropped')
    >>> pattern(4129055, 412905, 0), pattern(41290.5, 412905, 0), pattern(412905, 412001, 0)
    ('digit_doubled', 'separator', 'recompute')
    >>> pattern(8.5, 0.8, 1), pattern(8.5, 0.85, 1), pattern(0.57, 0.75, 2)  # "0," is written too
    ('recompute', 'separator', 'transposition')
    >>> pattern(64.337, 64.37, 3), pattern(64.7, 64.37, 1), pattern(47.19, 47.1, 2)  # a decimal digit
    ('digit_doubled', 'digit_dropped', 'one_digit')
    >>> pattern(105, 1050, 0), pattern(10500, 1050, 0), pattern(105, 10500, 0)  # whole counts: no separator to move
    ('digit_dropped', 'digit_doubled', 'recompute')
    >>> pattern(991.3, 99.1, 1), pattern(991.3, 99.13, 1), pattern(98.1, 98.91, 1)  # the comma stays put
    ('recompute', 'separator', 'digit_dropped')
    >>> pattern(86.16, 81.66, 2)  # digits swapped across it
    'transposition'
    """
    w, c = digits(written, decimals + 3), digits(corrected, decimals + 3)
    # whole counts written with no decimals: "105" for "1.050" is a 0 left out, not a separator moved
    whole = decimals == 0 and float(written).is_integer() and float(corrected).is_integer()
    if written and corrected and written != corrected and w.strip("0") == c.strip("0") and not whole:
        ratio = max(written, corrected) / min(written, corrected)
        if abs(ratio - 10 ** round(math.log10(ratio))) < 1e-6:
            return "separator"  # same digits, another magnitude: "41.290,5" for "412.905"
    # the corrected figure at the places it is written with: a decimal digit typed twice ("64,337"
    # for "64,37") or left out ("64,7" for "64,37") changes them
    dc = dropped_decimal(corrected, written, decimals)
    cdec = places(corrected, decimals) if dc is None else dc
    w, c = digits(written, decimals), digits(corrected, cdec)
    if w == c:
        return "recompute"
    # the decimal comma is typed too: a slip of one digit keeps it in its place ("991,3" for "99,1"
    # is no extra digit: the comma would have moved as well)
    if decimals or cdec:
        w, c = _with_comma(w, decimals), _with_comma(c, cdec)
    if len(w) == len(c):
        diff = [i for i in range(len(w)) if w[i] != c[i]]
        if len(diff) == 1 and "," not in (w[diff[0]], c[diff[0]]):
            return "one_digit"
        # (two digits swapped across the comma too: "86,16" for "81,66")
        if len(diff) == 2 and (diff[1] == diff[0] + 1 or (diff[1] == diff[0] + 2 and w[diff[0] + 1] == ",")) \
                and w[diff[0]] == c[diff[1]] and w[diff[1]] == c[diff[0]] and "," not in (w[diff[0]], w[diff[1]]):
            return "transposition"
    if len(w) + 1 == len(c) and any(c[:i] + c[i + 1:] == w for i in range(len(c)) if c[i] != ","):
        return "digit_dropped"
    if len(w) == len(c) + 1:
        for i in range(len(w)):
            if w[i] != "," and w[:i] + w[i + 1:] == c:
                return "digit_doubled" if (i and w[i - 1] == w[i]) or (i + 1 < len(w) and w[i + 1] == w[i]) \
                    else "extra_digit"
    return "recompute"


def usual_places(figures: dict, var) -> Optional[int]:
    """The decimals the document writes figures of ``var``'s kind with, when at least two other
    such figures with decimals all agree on them (rates, scores); else None.

    >>> from types import SimpleNamespace as F
    >>> figs = {k: F(kind="rate", decimals=d) for k, d in (("a", 2), ("b", 2), ("c", 2), ("x", 1))}
    >>> usual_places(figs, "x"), usual_places({**figs, "d": F(kind="rate", decimals=1)}, "x")
    (2, None)
    """
    kind = figures[var].kind
    if kind == "count":
        return None
    seen = {f.decimals for k, f in figures.items() if k != var and f.kind == kind and f.decimals}
    n = sum(1 for k, f in figures.items() if k != var and f.kind == kind and f.decimals)
    return seen.pop() if len(seen) == 1 and n >= 2 else None


def _with_comma(digits_: str, decimals: int) -> str:
    """Digits as written with their decimal comma.

    >>> _with_comma("9913", 1), _with_comma("040", 2), _with_comma("105", 0)
    ('991,3', '0,40', '105')
    """
    return digits_[:len(digits_) - decimals] + "," + digits_[len(digits_) - decimals:] if decimals else digits_


def variants(value: float, decimals: int) -> list[float]:
    """The values a typing slip could have turned into ``value`` (what was meant, given what is
    written): one digit changed, adjacent digits swapped, a digit inserted (it was dropped) or
    removed (it was doubled or extra), the separator moved by one to three places.

    >>> 43.14 in variants(47.14, 2), 412907 in variants(412905, 0), 412905 in variants(41295, 0)
    (True, True, True)
    >>> 64.37 in variants(64.337, 3), 64.37 in variants(64.7, 1)
    (True, True)
    """
    w = digits(value, decimals)
    scale = 10 ** decimals
    out: list[str] = []
    for i in range(len(w)):
        for d in "0123456789":
            if d != w[i]:
                out.append(w[:i] + d + w[i + 1:])
    for i in range(len(w) - 1):
        if w[i] != w[i + 1]:
            out.append(w[:i] + w[i + 1] + w[i] + w[i + 2:])
    for i in range(len(w) + 1):
        for d in "0123456789":
            out.append(w[:i] + d + w[i:])
    for i in range(len(w)):
        out.append(w[:i] + w[i + 1:])
    vals = []
    seen = set()
    for s in out:
        if not s or (len(s) > 1 and s[0] == "0" and decimals == 0):
            continue
        v = int(s) / scale
        if v not in seen:
            seen.add(v)
            vals.append(round(v, decimals))
    # a decimal digit typed twice or one too many, or left out: the places change with it
    # ("64,337" meant "64,37"; "64,7" meant "64,37")
    for i in range(len(w) - decimals, len(w)):
        if decimals and len(w) > 1:
            vals.append(round(int(w[:i] + w[i + 1:]) / 10 ** (decimals - 1), decimals - 1))
    for i in range(len(w) - decimals, len(w) + 1):
        if decimals:
            for d in "0123456789":
                vals.append(round(int(w[:i] + d + w[i:]) / 10 ** (decimals + 1), decimals + 1))
    for k in (1, 2, 3):
        for v in (value * 10 ** k, value / 10 ** k):
            if decimals == 0 and not float(v).is_integer():
                continue
            vals.append(round(v, max(decimals, 3)))
    return vals[:MAX_VARIANTS]


@lru_cache(maxsize=4096)
def _variants(value: float, decimals: int) -> tuple:
    """``variants``, computed once per written figure (the pair search asks again and again)."""
    return tuple(variants(value, decimals))


def _plausible(fig: Figure, value: float) -> bool:
    if value < 0 or value == fig.value:
        return False
    if fig.decimals == 0 and not float(value).is_integer():
        return False
    if fig.kind == "rate" and value > 100 and fig.value <= 100:
        return False
    if value == 0 and fig.kind == "count" and fig.fact is not None and fig.fact.evidence.table is None:
        return False  # a count written in prose was no slip for none: reports say none in words ("không còn")
    return True


def in_words(fig: Figure) -> bool:
    """A figure said in words ("Không có hồ sơ quá hạn": 0, checks/common.said_in_words): no typing
    slip, so never a figure to correct.

    >>> from docparse.models import Evidence, Fact, Subject
    >>> mk = lambda text, a, b: Figure(("f1", "value"), 0.0, 0, "count", Fact(id="f1", kind="count",
    ...     indicator="resolved_late", value=0, subject=Subject(level="city"),
    ...     evidence=Evidence(page=1, line=1, start=a, end=b, text=text)))
    >>> in_words(mk("Không có hồ sơ quá hạn.", 0, 1)), in_words(mk("Quá hạn 0 hồ sơ.", 8, 9))
    (True, False)
    """
    return fig.fact is not None and fig.key[1] == "value" and said_in_words(fig.fact)


def _place(fig: Figure) -> tuple:
    """(where, line, position) of a written figure: its page and line and its start in the line;
    a table cell's table, row and column (a table's cells share the line of its first row)."""
    ev = fig.fact.evidence
    if ev.table is not None and ev.row is not None:
        return (("table", ev.table), ev.row, ev.column if ev.column is not None else 0)
    return (("page", ev.page), ev.line, ev.start if ev.start is not None else 0)


def _copied(fig: Figure, figures: dict) -> bool:
    """The written figure repeats a figure written just before it (on its line or the two above; a
    table's cell: in its row or the two rows above): copied from the line above, or from the figure
    before it on its line ("đã giải quyết 4.913 hồ sơ với 4.913 hồ sơ trả trước hạn"). By place in
    the document, not by the order the identities added the figures; the figures of each line are
    indexed once (issue 13: a scan of every figure for each one was quadratic)."""
    if fig.fact is None:
        return False
    by_line = getattr(figures, "_by_line", None)
    if by_line is None:
        by_line = {}
        for f in figures.values():
            if f.key[1] == "value" and f.fact is not None:
                where, line, _ = _place(f)
                by_line.setdefault((where, line), []).append(f)
        try:
            figures._by_line = by_line
        except AttributeError:  # a plain dict: indexed again next time
            pass
    where, line, pos = _place(fig)
    before = [f for ln in (line, line - 1, line - 2) for f in by_line.get((where, ln), ())
              if f is not fig and _place(f)[1:] < (line, pos)]
    before.sort(key=lambda f: _place(f)[1:], reverse=True)
    # the three figures nearest before it, or the two nearest of its own kind (a rate copied from the
    # rate on the line above, over the counts written between: "... trực tuyến là 67,66%" / "1.118 hồ
    # sơ (sớm hạn 446, đúng hạn 670, trễ hạn 02), với tỷ lệ đúng hạn 67,66%")
    alike = [f for f in before if f.kind == fig.kind][:2]
    return any(f.value == fig.value and f.key[0] != fig.key[0] for f in before[:3] + alike)


class Search:
    def __init__(self, report: Report, budget: Optional[Budget] = None):
        self.report = report
        self.ids, self.figures = identities(report)
        self._rank: dict = {}  # an identity's place in ``ids`` (its first), for a stable order
        for n, ident in enumerate(self.ids):
            self._rank.setdefault(ident, n)
        self.budget = budget or Budget()
        self.base = {k: f.value for k, f in self.figures.items()}
        self.by_var: dict = {}
        for ident in self.ids:
            for v in ident.vars():
                self.by_var.setdefault(v, []).append(ident)
        self.exhausted = False
        self.said = {k for k, f in self.figures.items() if in_words(f)}  # said in words: never corrected
        self.failing = [i for i in self.ids if not self._holds(i, {})]
        # a part list that may be incomplete and does not add up: the check says so (info); a
        # correction that makes it add up exactly restores it, but need not
        for ident in self.ids:
            if getattr(ident, "at_most", False) and ident not in self.failing and not ident.exact(self._env({})):
                ident.weak = ident.short = True
                self.failing.append(ident)
        self._failing = set(self.failing)
        self.restored: dict = {}  # (figure, value) -> identities a one-figure correction restores
        self.tried: set = set()  # the figures the one-figure search tried
        self._solutions: dict = {}  # (identity, figure) -> the values it solves to, the others as written

    def _env(self, over: dict):
        return lambda k: over.get(k, self.base.get(k, 0.0))

    def _holds(self, ident: Identity, over: dict) -> bool:
        if not self.budget.spend():
            self.exhausted = True
        return ident.holds(lambda k: over.get(k, self.base.get(k, 0.0)))

    def clusters(self) -> list[list[Identity]]:
        """Failing identities that share figures, grouped; the weak ones (a convention the report
        may not follow, a link not traced) join the group they share a figure with, but a
        correction need not restore them. The groups are found through the figure each belongs
        to (issue 13: every group was tested against every identity), in the order they were
        last formed."""
        strong = [i for i in self.failing if not i.weak]
        weak = [i for i in self.failing if i.weak]
        owner: dict = {}  # figure -> its group [figures, identities, order]
        live: dict = {}  # id(group) -> group
        order = 0
        for ident in strong + weak:
            vs = set(ident.vars())
            found = {}
            for v in vs:
                g = owner.get(v)
                if g is not None:
                    found[id(g)] = g
            merged = sorted(found.values(), key=lambda g: g[2])
            if ident.weak and merged and any(not i.weak for i in merged[0][1]):
                merged[0][1].append(ident)  # joins, without joining two groups through itself
                continue
            order += 1
            if not merged:
                g = [vs, [ident], order]
                live[id(g)] = g
                added = vs
            else:  # the groups it joins become one: the largest is kept, the others poured in
                g = max(merged, key=lambda m: len(m[0]))
                added = vs - g[0]
                for m in merged:
                    if m is not g:
                        del live[id(m)]
                        added |= m[0] - g[0]
                g[0] |= added
                if len(merged) == 1:
                    g[1].append(ident)
                else:
                    g[1] = [i for m in merged for i in m[1]] + [ident]
                g[2] = order
            for v in added:
                owner[v] = g
        return [g[1] for g in sorted(live.values(), key=lambda g: g[2])]

    @staticmethod
    def required(cluster: list[Identity]) -> list[Identity]:
        strong = [i for i in cluster if not i.weak]
        return strong or cluster

    def _proposals(self, var, fails: list[Identity], over: dict, limit: int = 0) -> list[float]:
        """The values to try for ``var``: solved from each identity, then its typing variants;
        ``limit``: only that many first ones (the rest not computed)."""
        env = lambda k: over.get(k, self.base.get(k, 0.0))  # noqa: E731
        fig = self.figures[var]
        vals = []
        for ident in fails:
            vals += ident.proposals(var, env, self.figures)
        places = max(fig.decimals, 3)
        out, seen = [], set()
        for group in (vals, _variants(fig.value, fig.decimals)):
            for v in group:
                v = round(float(v), places)
                if v not in seen and _plausible(fig, v):
                    seen.add(v)
                    out.append(v)
                    if len(out) == limit:
                        return out
        return out

    def _fits(self, over: dict, fails: list[Identity]) -> Optional[list[Identity]]:
        """The identities restored by the correction ``over``, if it restores every identity of
        ``fails`` and breaks no holding one (a failing one outside ``fails`` may stay failing);
        else None."""
        for ident in fails:
            if not self._holds(ident, over):
                return None
            if ident.weak and getattr(ident, "at_most", False) and not ident.exact(self._env(over)):
                return None  # a part list short of its total is restored only by adding up
        restored = list(fails)
        touched = {i for v in over for i in self.by_var.get(v, [])}
        for ident in sorted(touched, key=self._rank.__getitem__):
            if ident in fails:
                continue
            holds = self._holds(ident, over)
            if getattr(ident, "at_most", False) and ident.weak and ident in self._failing:
                if not holds:
                    return None  # total ≥ Σ parts held: it must still hold
                if ident.exact(self._env(over)):
                    restored.append(ident)
            elif ident in self._failing:
                if holds:
                    restored.append(ident)
            elif not holds:
                return None
            elif getattr(ident, "at_most", False) and not ident.exact(self._env(over)):
                return None  # a part list that added up exactly must still add up (not merely ≤ its total)
        return restored

    def _correction(self, var, value: float) -> Correction:
        fig = self.figures[var]
        pat = pattern(fig.value, value, fig.decimals)
        if pat == "recompute" and _copied(fig, self.figures):
            pat = "copied"
        dec = fig.decimals
        # a separator moved changes the places the figure is written with ("8,5" meant "0,85")
        new = shifted_places(value, fig.value, dec) if fig.kind == "rate" else dec
        return Correction(fact=var[0], field=var[1], written=fig.value, corrected=value, decimals=new,
                          pattern=pat, written_text=vn(fig.value, dec), corrected_text=vn(value, new),
                          evidence=fig.fact.evidence if fig.fact is not None else None)

    def single(self, fails: list[Identity]) -> dict:
        """{figure: [(rank, value)]} of the one-figure corrections."""
        common = set.intersection(*[set(i.core()) for i in fails]) - self.said
        self.tried |= common
        found: dict = {}
        for var in sorted(common, key=lambda k: self.figures[k].order):
            for value in self._proposals(var, fails, {}):
                if self.exhausted:
                    return found
                restored = self._fits({var: value}, fails)
                if restored is not None:
                    c = self._correction(var, value)
                    # more statements made to agree first (an identity over a link the search
                    # cannot follow, or a figure stated twice, proves nothing: not counted), then
                    # fewer of them holding only by their allowance (exact), then how a person mistypes
                    agree = sum(not i.opaque for i in restored)
                    exact = sum(not i.exact(self._env({var: value})) for i in restored)
                    # then the places the document writes such figures with ("98,1" among rates
                    # written "96,42", "97,85": "98,91" with a digit left out, not "98,9")
                    style = int(usual_places(self.figures, var) not in (None, c.decimals))
                    found.setdefault(var, []).append(((-agree, exact, style, RANK[c.pattern]), c))
                    self.restored[(var, value)] = restored
        return found

    def _repairs(self, fails: list[Identity]) -> list[tuple]:
        """Two figures, one correcting the other's knock-on: ``b`` takes a value that restores the
        failing identities, which breaks a holding one; a figure ``a`` of that one restores it."""
        found, seen = [], set()
        common = set.intersection(*[set(i.core()) for i in fails]) - self.said
        for b in sorted(common, key=lambda k: self.figures[k].order)[:MAX_PAIR_FIGURES]:
            env = self._env({})
            for vb in {round(v, 6) for i in fails for v in i.proposals(b, env, self.figures)}:
                if self.exhausted or not _plausible(self.figures[b], vb):
                    continue
                if not all(self._holds(i, {b: vb}) for i in fails):
                    continue
                broken = [i for i in self.by_var.get(b, []) if i not in self._failing and not self._holds(i, {b: vb})]
                if len(broken) != 1:
                    continue
                for a in broken[0].vars() - {b} - self.said:
                    for va in broken[0].proposals(a, self._env({b: vb}), self.figures):
                        key = (a, round(va, 6), b, vb)
                        if key in seen or not _plausible(self.figures[a], round(va, 6)):
                            continue
                        seen.add(key)
                        if self._fits({a: round(va, 6), b: vb}, fails) is not None:
                            ca, cb = self._correction(b, vb), self._correction(a, round(va, 6))
                            found.append((RANK[ca.pattern] + RANK[cb.pattern], [ca, cb]))
        return found

    def _solved(self, var, idents: list[Identity]) -> Optional[list[float]]:
        """The one value of ``var`` that every exact linear identity of ``idents`` allows (an empty
        list when they disagree), or None when none of them is exact and linear."""
        env, fig = self._env({}), self.figures[var]
        sols = None
        for ident in idents:
            if isinstance(ident, Linear) and not ident.at_most and ident.tol <= 1e-6:
                key = (id(ident), var)  # the written figures do not change: solved once (issue 13)
                mine = self._solutions.get(key)
                if mine is None:
                    mine = self._solutions[key] = frozenset(
                        round(float(v), max(fig.decimals, 3)) for v in ident.proposals(var, env, self.figures))
                sols = mine if sols is None else sols & mine
        if sols is None:
            return None
        return [v for v in sols if _plausible(fig, v)]

    def pairs(self, fails: list[Identity]) -> list[tuple]:
        # each identity's figures, and the values tried for a figure against the same identities,
        # computed once for all the pairs (issue 13: they were rebuilt for every pair)
        core = [i.core() for i in fails]
        figs = [i.vars() for i in fails]
        tried: dict = {}
        allv = sorted({v for c in core for v in c} - self.said, key=lambda k: self.figures[k].order)[:MAX_PAIR_FIGURES]
        found = self._repairs(fails)
        for a, b in combinations(allv, 2):
            if not all(a in c or b in c for c in core):
                continue
            only_a = [i for i, vs in zip(fails, figs) if a in vs and b not in vs]
            if not only_a:  # the figure that stands alone in some failing identity goes first
                a, b = b, a
                only_a = [i for i, vs in zip(fails, figs) if a in vs and b not in vs]
            key = (a, tuple(map(id, only_a)))
            if key not in tried:
                # an exact linear identity without b fixes a's value: only that value is tried (no
                # work spent on values it rules out; none when two of them disagree)
                fixed = self._solved(a, only_a)
                tried[key] = fixed if fixed is not None else self._proposals(a, only_a or fails, {})
            values = tried[key]
            if not values:
                continue
            for va in values:
                if self.exhausted:
                    return found
                if only_a and not all(self._holds(i, {a: va}) for i in only_a):
                    continue
                for vb in self._proposals(b, [i for i, vs in zip(fails, figs) if b in vs], {a: va},
                                          limit=1 + len(fails)):
                    if self._fits({a: va, b: vb}, fails) is not None:
                        ca, cb = self._correction(a, va), self._correction(b, vb)
                        found.append((RANK[ca.pattern] + RANK[cb.pattern], [ca, cb]))
                        break
        return found

    def verdict(self, cluster: list[Identity], sure: bool = True) -> Suggestion:
        """``sure``: the cluster is corroborated (see ``corroborated``). When it is not, only a
        correction that is a typing slip may be named, and candidates are not listed."""
        fails = self.required(cluster)
        restores = [i.describe() for i in fails]
        # weak identities alone (conventions the report may not follow, short part lists): named
        # only by a typing slip that two of them second exactly (``seconded_slip``)
        opaque = any(i.opaque for i in fails)
        s = self._verdict(fails, restores, opaque, weak_only=all(i.weak for i in fails))
        strong: list[Identity] = []
        if s.status == "named":
            over = {(c.fact, c.field): c.corrected for c in s.corrections}
            restored = self._fits(over, fails) or fails
            s.restores = [i.describe() for i in restored]
            # one statement alone names a figure only by its typing slip: a recomputed value (or a
            # figure copied from the one before) needs a second statement, since the identity itself
            # may be misread (a part the recogniser missed)
            # (n figures recomputed always satisfy n identities: they must restore more than n)
            # (a part list that may be incomplete proves a value only when it then adds up exactly)
            strong = [i for i in restored if (not i.weak or getattr(i, "short", False))
                      and not (getattr(i, "at_most", False) and not i.exact(self._env(over)))]
            # and each figure of a pair stands in two of them (else the pair is one correction and
            # a patch for an identity that may be misread)
            thin = len(s.corrections) > 1 and any(
                sum((c.fact, c.field) in i.vars() for i in strong) < 2 for c in s.corrections)
            # a restatement alone is no proof: the two statements may count different groups
            # — unless a second statement, weak alone, then holds exactly too (the body's rate
            # recomputed from its x/y gives the headline's value to the last place)
            # — or unless the figure restated is held by identities of its own and the other is a
            # typing slip of it (the conclusion's "96.590" where the body's 96.500 is its levels' sum)
            slip = all(c.pattern not in ("recompute", "copied") for c in s.corrections)
            lone_repeat = len(strong) == 1 and strong[0].kind in ("repeat", "table_prose") \
                and not self._seconded(strong[0], restored, over) \
                and not (slip and self._held_around(strong, s.corrections))
            recomputed = any(c.pattern in ("recompute", "copied") for c in s.corrections)
            # a figure that repeats the one on the line before it, where every other figure of what
            # it restores is held by a statement that holds as written: the copy is the slip, even
            # when the checks are unsure of the identity ("trực tiếp: 8.412" under "trực tuyến: 8.412")
            copied = [c.pattern for c in s.corrections] == ["copied"] and not lone_repeat \
                and self._held_around(strong, s.corrections, firm=False)
            if thin or lone_repeat or (len(strong) <= len(s.corrections) and recomputed and not copied
                                       and not self._held_around(strong, s.corrections)):
                # listed as the one candidate; a pair so weakly evidenced is not even listed
                s = Suggestion(status="ambiguous", figures=s.figures,
                               candidates=[s.corrections] if len(s.corrections) == 1 else [],
                               restores=s.restores, work=s.work)
        if not sure:
            # a recomputed value from statements the checks are unsure of: named only when two of
            # them agree on it exactly (a share's x and a short part list completed by the same value)
            if s.status == "named" and any(c.pattern == "recompute" for c in s.corrections) and len(strong) < 2:
                s = Suggestion(status="ambiguous", figures=s.figures, restores=restores, work=s.work)
            elif s.status == "ambiguous":
                s.candidates = []
        return s

    def _seconded(self, repeat: Identity, restored: list[Identity], over: dict) -> bool:
        """A restatement made to agree is seconded by a weak identity that failed as written and
        holds exactly once corrected, over figures of its own (not merely the two restated ones):
        two statements, one of them recomputed, agreeing to the last place on the same value."""
        env = self._env(over)
        own = repeat.vars()
        return any(i is not repeat and i.weak and not i.opaque and i in self._failing
                   and i.vars() - own - set(over) and i.exact(env) for i in restored)

    def _held_around(self, restored: list[Identity], corrections: list[Correction], firm: bool = True) -> bool:
        """One correction restoring identities the checks are sure of (a finding at error or
        warning), every other figure of which stands in an identity that holds (a part of a held
        sum, an x/y of a held level): the others prove that only this figure can move, so even a
        recomputed value is named ("90,84%" copied where 5.617/6.228, both held, give 90,19%).
        ``firm=False`` (a figure copied from the line before): the restored identities need not be
        findings at error or warning, a weak identity that holds exactly as written holds a figure
        too (a rate whose stated x/y gives it to the last place), and so does the search itself: a
        figure it tried for which no value makes as many statements agree (a part that would have
        to be negative, a total whose every value breaks the rate that the copy's correction restores)."""
        if len(corrections) != 1 or not restored or (firm and not all(i.firm for i in restored)):
            return False
        fixed = (corrections[0].fact, corrections[0].field)
        others = {v for i in restored for v in i.vars()} - {fixed}
        env = self._env({fixed: corrections[0].corrected})
        held = lambda i: i not in self._failing and (  # noqa: E731
            not i.weak or (not firm and not i.opaque and i.exact(env)))
        # the identities through each figure, from the index (issue 13: not a scan of every identity)
        # the figures with a correction of their own that makes as many statements agree
        best = len(self.restored.get((fixed, corrections[0].corrected), ()))
        free = {k[0] for k, idents in self.restored.items() if len(idents) >= best}
        pinned = lambda v: not firm and v in self.tried and v not in free  # noqa: E731
        return bool(others) and all(pinned(v) or any(held(i) for i in self.by_var.get(v, ())) for v in others)

    def _weak_seconded(self, var, c: Correction) -> bool:
        """A one-figure correction of a cluster of weak identities only: a typing slip that makes
        two of them or more hold exactly (``seconded_slip``); a restatement counts for nothing (the
        two statements may be a misread pair of different counts)."""
        env = self._env({var: c.corrected})
        restored = self.restored.get((var, c.corrected), ())
        # a restatement counts when the figure it restates is held exactly, as written, by a statement
        # of its own that does not pass through the corrected figure (the body's "đạt tỷ lệ 97,36%"
        # with its 55.728/57.240 beside it, against a headline's "97,63%"): then it is a second
        # statement, not a misread pair
        held = sum(i.kind in RESTATEMENTS and not i.opaque and i.exact(env) and self._restated_held(i, var)
                   for i in restored)
        return seconded_slip(c.pattern, held + sum(not i.opaque and i.kind not in RESTATEMENTS and i.exact(env)
                                                   for i in restored))

    def _restated_held(self, repeat: Identity, var) -> bool:
        """Every other figure of a restatement stands in an identity that holds exactly as written,
        is no restatement itself and does not contain ``var``."""
        others = repeat.vars() - {var}
        env = self._env({})
        return bool(others) and all(
            any(i not in self._failing and not i.opaque and i.kind not in RESTATEMENTS and var not in i.vars()
                and i.exact(env) for i in self.by_var.get(v, ())) for v in others)

    def _verdict(self, fails, restores, opaque, weak_only: bool = False) -> Suggestion:
        found = self.single(fails)
        if self.exhausted:  # a search cut short may have missed another candidate: name nothing
            return Suggestion(status="none", figures=0, restores=restores, bounded=True, work=self.budget.used)
        if found:
            best = {}
            for var, cands in found.items():
                top = min(r for r, _ in cands)
                best[var] = (top, [c for r, c in cands if r == top])
            ordered = sorted(best.items(), key=lambda kv: (kv[1][0], self.figures[kv[0]].order))
            candidates = [c for _, (_, cs) in ordered for c in cs]
            # a figure whose correction makes more statements agree than any other's stands alone
            most = ordered[0][1][0][0]
            lead = [kv for kv in ordered if kv[1][0][0] == most]
            if weak_only and not (len(best) == 1 and len(candidates) == 1
                                  and self._weak_seconded(ordered[0][0], candidates[0])):
                opaque = True
            if len(lead) == 1 and len(lead[0][1][1]) == 1 and not opaque:
                return Suggestion(status="named", figures=1, corrections=lead[0][1][1], restores=restores,
                                  work=self.budget.used)

            if len(best) == 1 and len(candidates) == 1 and not opaque:
                return Suggestion(status="named", figures=1, corrections=candidates, restores=restores,
                                  work=self.budget.used)
            return Suggestion(status="ambiguous", figures=1, candidates=[[c] for c in candidates[:8]],
                              restores=restores, work=self.budget.used)
        opaque = opaque or weak_only  # two figures from weak identities alone: never named
        if not self.exhausted:
            two = sorted(self.pairs(fails), key=lambda t: t[0])
            if len(two) == 1 and not opaque:
                return Suggestion(status="named", figures=2, corrections=two[0][1], restores=restores,
                                  work=self.budget.used)
            if two:  # several pairs fit: two free figures fit almost anything, none is listed
                return Suggestion(status="ambiguous", figures=2, candidates=[],
                                  restores=restores, work=self.budget.used)
        return Suggestion(status="none", figures=0, restores=restores, bounded=self.exhausted,
                          work=self.budget.used)


def _matches(finding: Finding, ident: Identity) -> bool:
    if finding.code != ident.code:
        return False
    if ident.code == "ratio_mismatch":
        return bool(finding.facts) and finding.facts[0] == ident.facts[0]
    return set(ident.facts) <= set(finding.facts) or set(finding.facts) <= set(ident.facts)


def corroborated(cluster: list[Identity]) -> bool:
    """Corroborated: an identity the checks are sure of (a finding at error or warning), or two
    failing identities that one correction may restore. A lone identity the checks give only as
    info may not apply at all (a part the report leaves out, another group's figure): from it a
    correction is named only when it is a typing slip, and candidates are not listed.
    Opaque identities and rates recomputed by a convention do not count as a second statement."""
    return any(i.firm for i in cluster) or len([i for i in cluster if not i.weak]) >= 2


def suggest(report: Report, budget: Optional[Budget] = None) -> int:
    """Attach a ``suggestion`` to every finding backed by a failing identity; the work spent."""
    search = Search(report, budget)
    if not search.failing:
        return search.budget.used
    # the findings that may match an identity (``_matches``), found through an index of the
    # findings by code and fact (issue 13: testing every finding of a cluster against every
    # identity of it was quadratic in a long document's clusters)
    by_code_fact: dict = {}  # (code, fact or None) -> findings holding it
    by_last: dict = {}  # (code, last fact) -> findings
    by_code: dict = {}  # code -> findings
    for n, f in enumerate(report.findings):
        by_code.setdefault(f.code, []).append(n)
        for fid in (f.facts or [None]):
            by_code_fact.setdefault((f.code, fid), []).append(n)
        if f.facts:
            by_last.setdefault((f.code, f.facts[-1]), []).append(n)
    fact_sets: dict = {}

    def finding_facts(n: int) -> set:
        got = fact_sets.get(n)
        if got is None:
            got = fact_sets[n] = set(report.findings[n].facts)
        return got

    matched: dict = {}

    def matches(ident) -> set:
        """The findings (their indices) that ``_matches`` pairs with ``ident``."""
        got = matched.get(id(ident))
        if got is not None:
            return got[1]
        code = ident.code
        if not ident.facts:  # pairs with every finding of its code (a rate: with none)
            found = set() if code == "ratio_mismatch" else set(by_code.get(code, ()))
        elif code == "ratio_mismatch":
            found = {n for n in by_code_fact.get((code, ident.facts[0]), ())
                     if report.findings[n].facts[0] == ident.facts[0]}
        else:
            mine = set(ident.facts)
            found = set(by_code_fact.get((code, None), ()))  # a finding without facts
            # the finding holds all of the identity's facts: it is among those of its rarest one
            rarest = min((by_code_fact.get((code, fid), ()) for fid in mine), key=len)
            found.update(n for n in rarest if mine <= finding_facts(n))
            # the identity holds all of the finding's facts: the finding's last one among them
            for fid in mine:
                found.update(n for n in by_last.get((code, fid), ()) if finding_facts(n) <= mine)
        matched[id(ident)] = (ident, found)
        return found

    for cluster in search.clusters():
        backed_at: set = set()
        for ident in cluster:
            backed_at |= matches(ident)
        for ident in cluster:
            ident.firm = any(report.findings[n].severity in ("error", "warning") for n in matches(ident))
        if not backed_at:
            continue
        verdict = search.verdict(cluster, corroborated(search.required(cluster)))
        told = cluster
        if verdict.status == "named":  # only the findings the correction restores
            told = [i for i in cluster if i.describe() in verdict.restores]
        told_at: set = set()
        for ident in told:
            told_at |= matches(ident)
        for n in sorted(told_at):
            finding = report.findings[n]
            if finding.suggestion is None:
                finding.suggestion = verdict
    return search.budget.used


def suggestion_text(s: Suggestion) -> str:
    """One line in Vietnamese: the correction, the candidates, or that none fits.

    >>> c = Correction(fact="f6", written=47.14, corrected=43.14, decimals=2, pattern="one_digit",
    ...                written_text="47,14", corrected_text="43,14")
    >>> suggestion_text(Suggestion(status="named", figures=1, corrections=[c]))
    'có thể gõ nhầm: 47,14 → 43,14 (sai một chữ số)'
    """
    def one(c: Correction) -> str:
        return f"{c.written_text} → {c.corrected_text}"

    if s.status == "named":
        pats = ", ".join(PATTERN_VI[c.pattern] for c in s.corrections)
        return "có thể gõ nhầm: " + "; ".join(one(c) for c in s.corrections) + f" ({pats})"
    if s.status == "ambiguous" and not s.candidates:
        return "không xác định được số nào gõ nhầm"
    if s.status == "ambiguous":
        alts = " hoặc ".join(" và ".join(one(c) for c in cs) for cs in s.candidates)
        return f"không xác định được số gõ nhầm; có thể: {alts}"
    return "không có một chỗ sửa nào làm khớp mọi số liệu"


def note(finding: Finding) -> Optional[str]:
    """What the text output, the review page and the annotated copies say of a finding's
    suggestion: the correction, the candidates, or that none fits (nothing when the search could
    not even list candidates)."""
    s = finding.suggestion
    if s is None or (s.status == "ambiguous" and not s.candidates):
        return None
    return suggestion_text(s)


def proof_facts(s: Suggestion) -> list[str]:
    """The facts whose statements prove a named correction: those of the identities it restores,
    the corrected ones left out."""
    fixed = {c.fact for c in s.corrections}
    out: list[str] = []
    for ident in s.restores:
        for f in ident["facts"]:
            if f not in fixed and f not in out:
                out.append(f)
    return out



def named_corrections(report: Report) -> list[tuple[Correction, Suggestion]]:
    """(correction, suggestion) of every named correction of the report's findings, once each
    (the figures the review page, the annotated copies and the tables mark as the ones to fix)."""
    out, seen = [], set()
    for f in report.findings:
        s = f.suggestion
        if s is None or s.status != "named":
            continue
        for c in s.corrections:
            key = (c.fact, c.field, c.corrected)
            if key not in seen and c.evidence is not None:
                seen.add(key)
                out.append((c, s))
    return out
