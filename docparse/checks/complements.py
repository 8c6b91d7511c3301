"""complement_mismatch: rates that must add up to 100% (on time + late; online + offline share)."""
from __future__ import annotations

from collections import defaultdict

from ..models import Finding, Report
from .common import MESSAGES, checkable, near_blocks, label, make, message, roman, subject_key, vn
from .sums import RULES


SIBLINGS = frozenset(RULES["sibling_parts"] + RULES["sibling_shares"])  # data: rules.json


def check(report: Report) -> list[Finding]:
    findings = []
    rates: dict = defaultdict(dict)
    every: dict = defaultdict(lambda: defaultdict(list))
    for f in checkable(report.facts):
        if f.kind == "rate" and f.value is not None:
            rates[(subject_key(f), f.qualifier, roman(f))].setdefault(f.indicator, f)
            every[(subject_key(f), f.qualifier, roman(f))][f.indicator].append(f)
    for key, have in rates.items():
        for a_ind, b_ind in RULES["complements"]:
            a, b = have.get(a_ind), have.get(b_ind)
            if a is None or b is None:
                continue
            a = partner(every[key][a_ind], b)
            decimals = max(a.decimals, b.decimals)
            total = round(a.value + b.value, decimals)
            # two values each rounded at d decimals may miss 100 by one unit of the last place
            if abs(total - 100) <= tolerance(a.decimals, b.decimals) + 1e-9:
                continue
            more = same_block_parts(a, b, every[key][a_ind] + every[key][b_ind])
            if more and abs(round(total + sum(f.value for f in more), decimals) - 100) \
                    <= tolerance(a.decimals, b.decimals) * (1 + len(more)) + 1e-9:
                continue  # "qua mạng chiếm 84,12%, trực tiếp 14,95%, còn lại qua bưu chính 0,93%": three channels
            extra = _extra_share(a_ind, b_ind, have) or same_base_share(a, b, every[key].get("other", [])) \
                or (more[0] if more else None)
            if extra is not None:  # "trước hạn 40%; đúng hạn 56%; trễ hạn 4%": the on-time share excludes it
                d3 = max(decimals, extra.decimals)
                if abs(round(total + extra.value, d3) - 100) <= 2 * 10 ** -d3 + 1e-9:
                    continue
            msg = message("complement_mismatch", a_label=label(a), a=vn(a.value, a.decimals),
                          b_label=label(b).lower(), b=vn(b.value, b.decimals), sum=vn(total, decimals))
            severity = "info" if extra is not None else near_blocks([a, b], "error")
            if severity == "info" and extra is None and measure_items([a, b]):
                severity = "warning"  # "- Tỷ lệ giải quyết đúng hạn: 99,15%" / "- Tỷ lệ giải quyết quá hạn: 0,95%"
            if severity != "info" and unread_share(report, [a, b]):
                # "trực tuyến 31,89%; trực tiếp 59,85%; liên thông 9,26%": a share the reader could not
                # place stands in the pair's list, so the two may not be the whole
                severity = "info"
                msg = f"{msg} ({MESSAGES['note_unread_share']})"
            findings.append(make("complement_mismatch", severity, msg, [a, b], stated=total, expected=100.0,
                                 evidence=b.evidence, needs_explicit=not one_sentence(a, b)))
    return findings


def same_block_parts(a, b, candidates: list) -> list:
    """Further shares of the pair's indicators stated in the pair's block with other values: parts
    of one side that the catalogue names alike ("trực tiếp 14,95%, còn lại qua bưu chính 0,93%", both
    in person or by post), so the pair alone is not the whole.

    >>> from docparse.models import Evidence, Fact, Subject
    >>> mk = lambda i, ind, v, blk=7: Fact(id=i, kind="rate", indicator=ind, subject=Subject(level="city"), value=v,
    ...     block=blk, evidence=Evidence(page=1, line=blk))
    >>> on, off = "received_online_share", "received_offline_share"
    >>> a, b, c = mk("a", on, 84.12), mk("b", off, 14.95), mk("c", off, 0.93)
    >>> [f.id for f in same_block_parts(a, b, [a, b, c])], same_block_parts(a, b, [a, b, mk("d", off, 0.93, 9)])
    (['c'], [])
    """
    return [f for f in candidates if f is not a and f is not b and f.block == b.block == a.block
            and f.value not in (a.value, b.value) and f.indicator in SIBLINGS]


def one_sentence(a, b) -> bool:
    """Whether two shares stand in one sentence of one line ("tiếp nhận 268.940 hồ sơ, trong đó trực
    tuyến 157.592 hồ sơ (58,6%), còn lại là hồ sơ nộp trực tiếp (42,7%)"): each named by its part's
    words, they are one breakdown whoever's figures they are (a subject inherited from a heading).

    >>> from docparse.models import Fact, Subject, Evidence
    >>> line = "trực tuyến (58,6%), còn lại trực tiếp (42,7%). Cấp xã trực tiếp (40,1%)"
    >>> mk = lambda s, e: Fact(id="f", kind="rate", indicator="x", subject=Subject(level="city"),
    ...     evidence=Evidence(page=1, line=3, start=s, end=e, text=line), block=1)
    >>> one_sentence(mk(12, 17), mk(38, 43)), one_sentence(mk(12, 17), mk(65, 70))
    (True, False)
    """
    ea, eb = a.evidence, b.evidence
    if a.block != b.block or (ea.page, ea.line) != (eb.page, eb.line) or None in (ea.start, eb.start) or not ea.text:
        return False
    lo, hi = sorted((ea.start, eb.start))
    return ". " not in ea.text[lo:hi] and ";" not in ea.text[lo:hi]


def measure_items(pair: list) -> bool:
    """Whether two rates are items on consecutive lines of one list that each name their own
    measure ("- Tỷ lệ giải quyết trước hạn, đúng hạn: 99,15%" / "- Tỷ lệ giải quyết quá hạn: 0,95%"):
    a list of measures of one subject, not of units or levels (those name a subject of their own, or
    their measure is the heading's), so their complement is as sure as on one line.

    >>> from docparse.models import Fact, Subject, Evidence
    >>> mk = lambda b, explicit=True, level="self": Fact(id="f", kind="rate", indicator="x", subject=Subject(level=level),
    ...     evidence=Evidence(page=1, line=b, text="- Tỷ lệ"), block=b, explicit=explicit, listed=True)
    >>> measure_items([mk(9), mk(10)]), measure_items([mk(9), mk(10, explicit=False)]), measure_items([mk(9), mk(11)])
    (True, False, False)
    >>> measure_items([mk(9, level="unit"), mk(10, level="unit")])
    False
    """
    a, b = pair
    return all(f.explicit and f.subject.level != "unit" and not f.subject.scope and f.block is not None
               and f.evidence.table is None for f in pair) and abs(a.block - b.block) == 1 and roman(a) == roman(b)


def tolerance(da: int, db: int) -> float:
    """How far from 100 two complementary shares written at ``da`` and ``db`` decimals may add up
    when each is rounded half up from one pair of counts: one unit of the last place when both are
    written alike, half a unit of each otherwise ("đạt 98,17%, ... quá hạn, tỷ lệ 1,8%": 99,97%).

    >>> tolerance(2, 2), tolerance(1, 1), round(tolerance(2, 1), 3)
    (0.01, 0.1, 0.055)
    """
    if da == db:
        return 10 ** -da
    return 0.5 * (10 ** -da + 10 ** -db)


def partner(candidates: list, b):
    """Of the statements of one rate, the one its complement ``b`` stands beside (same block), else
    the first: a summary line that restates the rate ('Tóm tắt: ... đạt 98,24%') is no pair of the
    late share stated with the other statement ('... tỷ lệ 98,43%; trễ hạn ..., tỷ lệ 1,57%')."""
    return next((a for a in candidates if a.block == b.block), candidates[0])


def _extra_share(a_ind: str, b_ind: str, have: dict):
    """The third share stated beside a complement pair of one group (rules.json complement_extras):
    its own indicator, or an 'other' share whose label names it; None when the group has none.

    >>> from docparse.models import Fact, Subject, Evidence
    >>> early = Fact(id="e", kind="rate", indicator="other", subject=Subject(level="city"), value=40.0,
    ...              evidence=Evidence(page=1, line=1), label="ket qua giai quyet: ty le truoc han")
    >>> _extra_share("resolved_on_time", "resolved_late", {"other": early}).id
    'e'
    >>> _extra_share("received_online_share", "received_offline_share", {"other": early}) is None
    True
    """
    from ..normalize.text import fold

    for rule in RULES.get("complement_extras", []):
        if rule["pair"] != [a_ind, b_ind]:
            continue
        if rule["extra"] in have:
            return have[rule["extra"]]
        other = have.get("other")
        if other is not None and any(fold(w) in fold(other.label or "") for w in rule["extra_words"]):
            return other
    return None



def same_base_share(a, b, others: list):
    """An unnamed ('other') share whose written x/y is over the base of the pair's own x/y: a third
    part of the same breakdown ("Đúng và trước hạn: 1.031 hồ sơ (94,24%); Quá hạn: 52 hồ sơ (4,75%);
    Trả lại, rút hồ sơ: 11 hồ sơ (…), chiếm 1,01%", each over the 1.094 resolved): with it the three
    must make 100%, and a pair that does not is only info.

    >>> from docparse.models import Fact, Subject, Evidence
    >>> mk = lambda i, v, x, y: Fact(id=i, kind="rate", indicator="other", subject=Subject(level="city"),
    ...     value=v, numerator=x, denominator=y, evidence=Evidence(page=1, line=1))
    >>> a, b = mk("a", 94.24, 1031, 1094), mk("b", 4.75, 52, 1094)
    >>> same_base_share(a, b, [mk("c", 1.01, 11, 1094)]).id
    'c'
    >>> same_base_share(a, b, [mk("c", 1.01, 11, 2000)]) is None
    True
    """
    bases = {x.denominator for x in (a, b) if x.denominator}
    return next((o for o in others if o.numerator is not None and o.denominator in bases and o.value is not None), None)


def unread_share(report: Report, pair: list) -> bool:
    """Whether a percentage that no rate fact holds stands in the lines of ``pair`` (from the first
    one's line to the last one's), or on the line after them when the list runs on (the last line
    ends with ";" or ","): a third share of the same breakdown that was not read.

    >>> from docparse.extractors.base import Line
    >>> from types import SimpleNamespace
    >>> from docparse.models import Fact, Subject, Evidence
    >>> lines = [Line("qua mạng 3.100 hồ sơ (31,89%);", 1, 4), Line("trực tiếp 5.900 hồ sơ (59,85%);", 1, 5),
    ...          Line("liên thông 800 hồ sơ (9,26%).", 1, 6)]
    >>> mk = lambda i, ln, v: Fact(id=i, kind="rate", indicator="x", subject=Subject(level="city"),
    ...     value=v, evidence=Evidence(page=1, line=ln))
    >>> a, b = mk("a", 4, 31.89), mk("b", 5, 59.85)
    >>> r = SimpleNamespace(facts=[a, b], _lines=lines)
    >>> unread_share(r, [a, b])
    True
    >>> r._lines = lines[:2]
    >>> unread_share(r, [a, b])
    False
    """
    from ..recognize.mentions import find_mentions  # the project's own reading of a number's shape

    lines = getattr(report, "_lines", None) or ()
    if not lines:
        return False
    spots = sorted((f.evidence.page, f.evidence.line) for f in pair)
    first, last = spots[0], spots[-1]
    chosen = [ln for ln in lines if first <= (ln.page, ln.number) <= last]
    after = [ln for ln in lines if (ln.page, ln.number) > last]
    if chosen and after and chosen[-1].text.rstrip().endswith((";", ",")):
        chosen.append(min(after, key=lambda ln: (ln.page, ln.number)))
    # a share is held when a rate fact of those lines (or of the line before: a statement wraps)
    # has its value; char offsets would not do, a wrapped rate's span counts from its first line
    lo = (chosen[0].page, chosen[0].number - 1) if chosen else first
    held = {round(f.value, 4) for f in report.facts if f.kind == "rate" and f.value is not None
            and lo <= (f.evidence.page, f.evidence.line) <= (chosen[-1].page, chosen[-1].number)}
    for ln in chosen:
        for m in find_mentions(ln.folded):
            if m.shape == "percent" and round(m.value, 4) not in held:
                return True
    return False
