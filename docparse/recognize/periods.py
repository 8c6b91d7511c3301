"""The period a figure counts over, when its sentence names one besides the report's own: a month in
a quarterly report ("Riêng tháng 9, ..."), the year to date ("Lũy kế từ đầu năm, ..."), the same
period of last year ("cùng kỳ năm 2023 ...") or another quarter ("quý I đạt 82,4 điểm"). Phrases and
patterns in data/periods.json; the period becomes the fact's qualifier, so that figures of two
periods are never compared as one (the report's own period is dropped again, facts.drop_own_period).

>>> t = "luy ke tu dau nam, tiep nhan 88.420 ho so; rieng thang 9, tiep nhan 27.330 ho so"
>>> [(c.label, c.frame) for c in period_cues(t)]
[('luy ke', True), ('thang 9', True)]
>>> [c.label for c in period_cues("tang 5% so voi quy i, ngay 15 thang 3 nam 2024")]
['quy i']
>>> [c.label for c in period_cues("sau thang dau nam 2024, toan tinh tiep nhan 9.120 ho so")]  # the number in words
['6 thang dau nam']
>>> [c.label for c in period_cues("thang 9, ton ky truoc 2.054, luy ke da va dang giai quyet trong ky la 6.340")]  # a workload
['thang 9']
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import fastregex as regex

from ..data import load
from ..normalize.clauses import ancestors, clause_at
from ..normalize.text import fold

_ROMAN = {"1": "i", "2": "ii", "3": "iii", "4": "iv"}
PREVIOUS_PERIOD = "cung ky"  # the same period a year before: its figures are no level of the report


@dataclass(frozen=True)
class PeriodCue:
    start: int
    end: int
    label: str  # "luy ke", "cung ky", "quy ii", "thang 9", "6 thang dau nam", "nam 2024"
    frame: bool  # holds for the later clauses and sentences (else: its own clause and its breakdowns)


def _alternation(words) -> str:
    folded = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(regex.escape, w.split())) for w in folded)


@lru_cache(maxsize=1)
def _patterns():
    d = load("periods")
    labels = {}
    alts = []
    frame_not = "".join(f"(?!{fold(p)})" for p in d.get("frame_not_before", ()))
    for i, (label, phrases) in enumerate(sorted(d["frames"].items())):
        labels[f"f{i}"] = label
        alts.append(rf"(?P<f{i}>(?:{_alternation(phrases)})(?:\s+(?:19|20)\d{{2}})?{frame_not})")
    not_after = "".join(f"(?<!{p})" for p in d["not_after"])
    for kind, pattern in d["patterns"]:
        named = pattern.replace('(?P<n>', f'(?P<{kind}_n>').replace('(?P<w>', f'(?P<{kind}_w>')
        not_before = "".join(f"(?!{p})" for p in d.get("not_before", ())) if kind in d["date_like"] else ""
        alts.append(rf"(?P<{kind}>{not_after if kind in d['date_like'] else ''}{named}{not_before})")
    rx = regex.compile(rf"(?<![a-z0-9])(?:{'|'.join(alts)})(?![a-z])")
    before = regex.compile(rf"(?<![a-z])(?:{_alternation(d['comparison_before'])})[\s,:]*$")
    return rx, labels, before


@lru_cache(maxsize=1)
def _needed() -> tuple:
    """Words one of which every period cue holds (read from the pattern; () when none can be told):
    most segments hold none, and the pattern need not scan them (issue 13)."""
    from ..normalize.guard import needed_strings

    return tuple(sorted(needed_strings(_patterns()[0].pattern) or ()))


def _label(m, labels) -> str:
    for name, label in labels.items():
        if m.group(name) is not None:
            return label
    if m.group("quarter") is not None:
        n = m.group("quarter_n")
        return "quy " + _ROMAN.get(n, n)
    if m.group("months_of_year") is not None:
        return f"{int(m.group('months_of_year_n'))} thang {m.group('months_of_year_w')} nam"
    if m.group("month") is not None:
        return f"thang {int(m.group('month_n'))}"
    return f"nam {m.group('year_n')}"


def period_cues(folded: str) -> list[PeriodCue]:
    """Every period named in a segment's folded text (digits not masked), in order."""
    rx, labels, before = _patterns()
    needed = _needed()
    if needed and not any(w in folded for w in needed):
        return []
    out = []
    for m in rx.finditer(folded):
        label = _label(m, labels)
        compared = bool(before.search(folded[max(0, m.start() - 30):m.start()]))
        out.append(PeriodCue(m.start(), m.end(), label, not compared))
    return out


def period_for(cues: list[PeriodCue], clauses, k: int, pos: int, carried: Optional[str]) -> Optional[str]:
    """The period of a figure at ``pos`` in clause ``k``: the last period named before it in its
    sentence that holds for its clause (a frame in an earlier clause of the sentence at the same
    level or above; a comparison's period in its own clause or one it breaks down), else the frame
    ``carried`` from the sentences before.

    >>> from docparse.normalize.clauses import split_clauses
    >>> t = "trong quy ii tiep nhan 45.300 ho so, tang 5% so voi quy i (43.150 ho so), da giai quyet 43.900"
    >>> cl = split_clauses(t)
    >>> cues = period_cues(t)
    >>> [period_for(cues, cl, clause_at(cl, t.index(x)), t.index(x), None) for x in ("45.300", "43.150", "43.900")]
    ['quy ii', 'quy i', 'quy ii']
    """
    chain = [k] + ancestors(clauses, k)
    sentence = clauses[k].sentence
    best = carried
    for cue in cues:
        if cue.start >= pos:
            break
        c = clause_at(clauses, cue.start)
        if clauses[c].sentence != sentence:
            continue
        if cue.frame:
            applies = c in chain or (clauses[c].parent in chain and c < k) or \
                (clauses[c].parent is None and clauses[chain[-1]].parent is None and c < k)
        else:
            applies = c in chain
        if applies:
            best = cue.label
    return best


def compared_period(cues: list[PeriodCue], clauses, k: int, pos: int) -> bool:
    """Whether the figure at ``pos`` in clause ``k`` stands under a period it is compared with
    ("cao hơn quý II (98,42%)", "so với quý I (43.150 hồ sơ)"): the last period named before it
    in its clause chain is a comparison's, so the figure is that period's, no level of the report.

    >>> from docparse.normalize.clauses import split_clauses
    >>> t = "dat 99,07%, cao hon quy ii (98,42%); qua han 578"
    >>> cl = split_clauses(t)
    >>> [compared_period(period_cues(t), cl, clause_at(cl, t.index(x)), t.index(x)) for x in ("99,07", "98,42", "578")]
    [False, True, False]
    """
    chain = [k] + ancestors(clauses, k)
    last = None
    for cue in cues:
        if cue.start >= pos:
            break
        c = clause_at(clauses, cue.start)
        if clauses[c].sentence == clauses[k].sentence and c in chain:
            last = cue
    return last is not None and not last.frame


def carried_after(cues: list[PeriodCue], clauses, sentence: int, carried: Optional[str]) -> Optional[str]:
    """The frame the sentences after ``sentence`` inherit: the last frame it names outside any
    parenthesis, else the one it inherited.

    >>> from docparse.normalize.clauses import split_clauses
    >>> t = "thang 6, tiep nhan 15.800 ho so (quy i 14.000). da giai quyet 15.200"
    >>> carried_after(period_cues(t), split_clauses(t), 0, None)
    'thang 6'
    """
    for cue in cues:
        c = clause_at(clauses, cue.start)
        if clauses[c].sentence == sentence and cue.frame and clauses[c].depth == 0 and cue.label != PREVIOUS_PERIOD:
            carried = cue.label
    return carried


def own_periods(title: str) -> set:
    """The report's own periods, as qualifier labels: every period its title names ("quý IV" of
    "... quý IV năm 2024", where the year only places the quarter; both of "quý IV và năm 2023").

    >>> sorted(own_periods("Báo cáo kết quả quý IV năm 2024")), sorted(own_periods("... quý IV và năm 2023"))
    (['quy iv'], ['nam 2023', 'quy iv'])
    >>> sorted(own_periods("... trên môi trường điện tử quý I năm 2024")), own_periods("Tin tức")
    (['quy i'], set())
    >>> own_periods("Báo cáo 6 tháng đầu năm 2024"), own_periods("Thông báo tháng 10/2024")
    ({'6 thang dau nam'}, {'thang 10'})
    """
    return {c.label for c in period_cues(fold(title)) if c.frame and c.label not in ("luy ke", "cung ky")}
