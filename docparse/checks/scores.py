"""score_sum_mismatch: the 766 index parts against the stated total."""
from __future__ import annotations

from collections import defaultdict

from ..data import load
from ..models import Finding, Report
from .common import label, make, message, subject_key, vn, checkable

# the six parts of the 766 index and their maximum points (data: indicators.json index_766_order)
MAXIMA = {ind: float(points) for ind, points in load("indicators")["index_766_order"]}
PARTS = list(MAXIMA)


def the_maxima(parts: list) -> bool:
    """Whether every part read is its component's maximum ("Công khai, minh bạch (18 điểm): ..."
    with the bracket read as the score): the scale, not the scores, so no sum to check.

    >>> from types import SimpleNamespace as F
    >>> the_maxima([F(indicator="index_766_publicity", value=18.0), F(indicator="index_766_progress", value=20.0)])
    True
    >>> the_maxima([F(indicator="index_766_publicity", value=16.44), F(indicator="index_766_progress", value=20.0)])
    False
    """
    return all(MAXIMA.get(p.indicator) == p.value for p in parts)


def _letter_item(section: str) -> bool:
    """A section opened by a letter item ("a) Công khai, minh bạch: 17,60 điểm"), not a heading.

    >>> _letter_item("/a"), _letter_item("II/đ"), _letter_item("II/2.1"), _letter_item("/")
    (True, True, False, False)
    """
    sub = (section or "/").split("/", 1)[-1]
    return len(sub) == 1 and sub.isalpha()


def score_groups(facts) -> dict:
    """The 766 scores of one subject and section; a part under a letter item ("b) Tiến độ giải
    quyết: 13,75 điểm") whose own item states no total belongs with the last total of its subject
    before it in the same roman part ("phường đạt 90,68/100 điểm, cụ thể từng nhóm chỉ số:").

    >>> from types import SimpleNamespace as F
    >>> from ..models import Subject
    >>> s = Subject(level="self")
    >>> fs = [F(kind="score", value=v, indicator=i, section=sec, subject=s) for v, i, sec in
    ...       ((90.0, "index_766_total", "/"), (17.6, "index_766_publicity", "/a"), (13.7, "index_766_progress", "/b"))]
    >>> [[f.value for f in g] for g in score_groups(fs).values()]
    [[90.0, 17.6, 13.7]]
    """
    groups: dict = defaultdict(list)
    last_total: dict = {}
    scores = [f for f in facts if f.kind == "score" and f.value is not None]
    with_total = {(subject_key(f), f.section) for f in scores if f.indicator == "index_766_total"}
    for f in scores:
        key = (subject_key(f), f.section)
        where = (subject_key(f), (f.section or "/").split("/")[0])
        if f.indicator == "index_766_total":
            last_total[where] = key
        elif key not in with_total and _letter_item(f.section) and where in last_total:
            key = last_total[where]
        groups[key].append(f)
    return groups


def once_each(parts: list):
    """The parts of one total, each once: a part restated ("18,59 điểm" in the list, "với 18,59
    điểm ở nhóm tiến độ" after it) by its first statement (the typo search's restatement holds the
    other to it); None when parts are restated under several qualifiers (several periods under one
    total: which ones it sums cannot be told).

    >>> from types import SimpleNamespace as F
    >>> [p.value for p in once_each([F(indicator="a", value=1, qualifier=None), F(indicator="b", value=2, qualifier=None),
    ...                              F(indicator="a", value=3, qualifier=None)])]
    [1, 2]
    >>> once_each([F(indicator="a", value=1, qualifier="quý I"), F(indicator="a", value=3, qualifier="quý II")]) is None
    True
    """
    if len({p.indicator for p in parts}) == len(parts):
        return list(parts)
    if len({p.qualifier for p in parts}) > 1:
        return None
    first: dict = {}
    for p in parts:
        first.setdefault(p.indicator, p)
    return list(first.values())


def one_run(group: list, scores: list, slack: int = 2) -> bool:
    """Whether a 766 total and its six parts stand together: their blocks make one run (at most
    ``slack`` blocks without a score between them: a lead-in line) that holds no other score. The
    seven figures are then one statement by their layout, whoever's they are, so an inherited
    subject ("xã Phước Thuận đạt 85,30 điểm … Kết quả các chỉ số thành phần:" / "+ Công khai,
    minh bạch: 16,90/18 điểm;" …) cannot have put them together wrongly.

    >>> from types import SimpleNamespace as F
    >>> g = [F(block=b) for b in (3, 5, 6, 7, 8, 9, 10)]
    >>> one_run(g, g), one_run(g, g + [F(block=7)]), one_run(g[:1] + [F(block=b) for b in (9, 10, 11, 12, 13, 14)], g)
    (True, False, False)
    """
    blocks = [f.block for f in group]
    if any(b is None for b in blocks):
        return False
    lo, hi = min(blocks), max(blocks)
    if hi - lo + 1 > len(set(blocks)) + slack:
        return False
    mine = {id(f) for f in group}
    return not any(id(f) not in mine and f.block is not None and lo <= f.block <= hi for f in scores)


def check(report: Report) -> list[Finding]:
    findings = []
    all_scores = [f for f in checkable(report.facts) if f.kind == "score"]
    groups = score_groups(checkable(report.facts))
    for facts in groups.values():
        totals = [f for f in facts if f.indicator == "index_766_total"]
        parts = [f for f in facts if f.indicator.startswith("index_766_") and f.indicator != "index_766_total"]
        for p in parts:
            if p.maximum is not None and p.value > p.maximum + 1e-9:
                msg = message("score_part_over", label=label(p), value=vn(p.value), maximum=vn(p.maximum))
                findings.append(make("score_sum_mismatch", "error", msg, [p], stated=p.value, expected=p.maximum))
        if len(totals) != 1 or len(parts) < 2:
            continue
        stated = parts
        parts = once_each(parts)  # a restated part counts once, as the typo search reads it
        if parts is None or len(parts) < 2 or the_maxima(parts):
            continue
        # (a part restated with another value: which one the total sums cannot be told)
        severity = "error" if all(any(p.value == q.value for q in parts if q.indicator == p.indicator) for p in stated) else "info"
        total = totals[0]
        s = round(sum(p.value for p in parts), 4)
        unread = any(f.indicator == "other" for f in facts)
        complete = len({p.indicator for p in parts}) == len(PARTS) and not unread
        if s > total.value + 1e-9 or (complete and abs(s - total.value) > 10 ** -max(
                p.decimals for p in parts + [total]) / 2):
            msg = message("score_sum_mismatch", total=vn(total.value), sum=vn(s))
            # the six parts and their total in one run of lines: one statement by layout, whoever's it
            # is (an inherited subject cannot have grouped them wrongly): at most a warning
            laid_out = complete and any(not f.explicit for f in [total] + parts) and one_run([total] + stated, all_scores)
            if laid_out and severity == "error":
                severity = "warning"
            findings.append(make("score_sum_mismatch", severity, msg, [total] + parts, stated=total.value,
                                 expected=s, needs_explicit=not laid_out))
    return findings
