"""ratio_mismatch: a stated percentage against its x/y, at the stated precision (CONTRACT §5).

A percentage p with d decimals agrees with n/m when 100·n/m rounds half up to p, or truncates
to p. Rates stated without x/y are recomputed from the counts of the same report, by each
official convention; the rate agrees when any convention gives it.
"""
from __future__ import annotations

from typing import Optional

from ..data import load
from ..models import Fact, Finding, Report
from ..normalize.numbers import percent, round_half_up, truncate
from .common import checkable, document_of, label, make, message, subject_key, vn


def agrees(stated: float, decimals: int, numerator: float, denominator: float) -> bool:
    """Whether ``stated`` (with ``decimals``) is 100·n/m rounded half up or truncated.

    >>> agrees(43.14, 2, 121170, 280859), agrees(47.14, 2, 121170, 280859)
    (True, False)
    >>> agrees(3.13, 2, 1, 32)  # 3,125 rounds half up
    True
    >>> agrees(99.97, 2, 4871, 4872)  # truncation of 99,979...
    True
    """
    exact = percent(numerator, denominator)
    return stated in (round_half_up(exact, decimals), truncate(exact, decimals))


def _count(counts: dict, subject: tuple, indicator: str, value=None) -> Optional[float]:
    fact = counts.get((subject, indicator))
    if fact is None:
        return None
    return value(fact) if value else fact.value


# the 766 progress convention some one-stop portals print (Gia Lai, corpus/SOURCES.md T3): late =
# (late resolved + late pending) / all dossiers to handle, on time = 100% − late. Its x is no figure
# the table states, so a rate that follows it keeps no numerator/denominator (tables/interpret.py).
LATE_ALL = "(quá hạn đã giải quyết + quá hạn đang giải quyết) / tổng số phải giải quyết"
ON_TIME_ALL = "100% − (quá hạn đã giải quyết + quá hạn đang giải quyết) / tổng số phải giải quyết"
COMPOUND = {LATE_ALL, ON_TIME_ALL}


RECEIVED_PARTS = tuple(load("rules")["received_parts"])  # data: rules.json


def received_parts(rate: Fact, counts: dict, value=None):
    """The sum of the received parts (rules.json ``received_parts``) stated for the rate's subject,
    or None when it states none of them; ``value`` as in ``conventions``.

    >>> from docparse.models import Evidence, Subject
    >>> mk = lambda ind, v: Fact(id="f", kind="count", indicator=ind, value=v, subject=Subject(level="city"),
    ...                          evidence=Evidence(page=1, line=1, text=""))
    >>> r = mk("resolved_on_time", 99.0)
    >>> counts = {(subject_key(r), "received_online"): mk("received_online", 700)}
    >>> received_parts(r, counts), received_parts(r, {})
    (700.0, None)
    >>> counts[(subject_key(r), "received_offline")] = mk("received_offline", 300)
    >>> received_parts(r, counts)
    1000.0
    """
    got = [_count(counts, subject_key(rate), ind, value) for ind in RECEIVED_PARTS]
    got = [g for g in got if g is not None]
    return sum(got[1:], got[0]) if got else None


def conventions(rate: Fact, counts: dict, value=None) -> list[tuple[str, float, float]]:
    """(name, numerator, denominator) for each official way to compute ``rate`` from counts.
    ``value`` maps a count fact to what stands for it (its value by default; the typo search passes
    an expression over the document's figures, docparse/checks/identities.py)."""
    s = subject_key(rate)
    c = lambda ind: _count(counts, s, ind, value)  # noqa: E731
    out = []
    if rate.indicator == "resolved_on_time":
        in_time = c("resolved_in_time")
        if in_time is None and c("resolved_early") is not None:
            in_time = c("resolved_early") + (c("resolved_on_time") or 0)
        total = c("resolved_total")
        if in_time is not None and total:
            excluded = (c("resolved_rejected") or 0) + (c("resolved_withdrawn") or 0)
            if excluded and total - excluded > 0:
                out.append(("(trước hạn + đúng hạn) / (đã giải quyết − từ chối − rút)", in_time,
                            total - excluded))
            out.append(("(trước hạn + đúng hạn) / tổng số đã giải quyết", in_time, total))
        received = c("received_total")
        if in_time is not None and received:
            out.append(("(trước hạn + đúng hạn) / tổng số hồ sơ tiếp nhận", in_time, received))
        stated = received_parts(rate, counts, value)
        if in_time is not None and not total and not received and stated:
            # no total stated, resolved or received: the dossiers received that it does state
            # ("Cục Hàng hải: 12.406 hồ sơ [trực tuyến], đã xử lý đúng hạn 12.290 hồ sơ (99,06%)")
            out.append(("(trước hạn + đúng hạn) / số hồ sơ tiếp nhận đã nêu", in_time, stated))
        early, on_time = c("resolved_early"), c("resolved_on_time")
        if early is not None and on_time is not None and total:
            # early and on time stated apart, each with its share: "Đúng hạn (%)" is the on-time share alone
            out.append(("đúng hạn (không kể trước hạn) / tổng số đã giải quyết", on_time, total))
        late, pending_late = c("resolved_late"), c("pending_late")
        if late is not None and pending_late is not None and received:
            out.append((ON_TIME_ALL, received - late - pending_late, received))
    elif rate.indicator == "resolved_late":
        late, total = c("resolved_late"), c("resolved_total")
        if late is not None and total:
            excluded = (c("resolved_rejected") or 0) + (c("resolved_withdrawn") or 0)
            if excluded and total - excluded > 0:
                out.append(("quá hạn / (đã giải quyết − từ chối − rút)", late, total - excluded))
            out.append(("quá hạn / tổng số đã giải quyết", late, total))
        received = c("received_total")
        if late is not None and received:
            out.append(("quá hạn / tổng số hồ sơ tiếp nhận", late, received))
        pending_late = c("pending_late")
        if late is not None and pending_late is not None and received:
            out.append((LATE_ALL, late + pending_late, received))
    elif rate.indicator in ("online_submission", "received_online_share"):
        online, offline = c("received_online"), c("received_offline")
        if online is not None and offline is not None and online + offline > 0:
            out.append(("trực tuyến / (trực tuyến + trực tiếp, bưu chính), không tính kỳ trước chuyển qua",
                        online, online + offline))
        received = c("received_total")
        if online is not None and received:
            out.append(("trực tuyến / tổng số hồ sơ tiếp nhận", online, received))
    elif rate.indicator == "feedback_handled":
        # the handled feedback over all feedback to handle, or over the new feedback alone (a header's
        # or the text's base words say which: tables/interpret.rate_from_parts)
        done, total, new = c("feedback_resolved"), c("feedback_total"), c("feedback_new")
        if done is not None and total:
            out.append(("đã xử lý / tổng số phản ánh, kiến nghị phải xử lý", done, total))
        if done is not None and new:
            out.append(("đã xử lý / số phản ánh, kiến nghị tiếp nhận mới", done, new))
    elif rate.indicator == "received_offline_share":
        online, offline = c("received_online"), c("received_offline")
        if online is not None and offline is not None and online + offline > 0:
            out.append(("trực tiếp, bưu chính / (trực tuyến + trực tiếp, bưu chính)", offline, online + offline))
    return out


BREAKDOWN_BASES = load("rules")["breakdown_bases"]  # data: rules.json


def breakdown_bases(rate: Fact, counts: dict) -> list[tuple[str, float, float]]:
    """(name, numerator, denominator) for the other bases a share stated in a sentence that breaks
    down the total before it may be taken over (data: rules.json breakdown_bases): that total less
    the parts it may count apart, when stated, and the totals above it.

    >>> from docparse.models import Evidence, Subject
    >>> mk = lambda ind, v: Fact(id=ind, kind="count", indicator=ind, value=v, subject=Subject(level="city"),
    ...                          evidence=Evidence(page=1, line=1, text=""))
    >>> r = Fact(id="r", kind="rate", indicator="other", value=89.18, numerator=17158, denominator=18703,
    ...          subject=Subject(level="city"), evidence=Evidence(page=1, line=2, text=""))
    >>> counts = {(subject_key(f), f.indicator): f for f in (mk("resolved_total", 18703), mk("received_total", 19240))}
    >>> [(n, d) for _, n, d in breakdown_bases(r, counts)]
    [(17158.0, 19240.0)]
    """
    s = subject_key(rate)
    total = next((c for (k, ind), c in counts.items() if k == s and ind in BREAKDOWN_BASES
                  and c.value == rate.denominator), None)
    if total is None:
        return []
    rule, out = BREAKDOWN_BASES[total.indicator], []
    for less in rule["less"]:
        apart = [c.value for ind in less if (c := counts.get((s, ind))) is not None]
        if apart and total.value - sum(apart) > 0:
            out.append((f"trừ {', '.join(less)}", rate.numerator, total.value - sum(apart)))
    for over in rule["over"]:
        c = counts.get((s, over))
        if c is not None and c.value and c.value >= rate.numerator:
            out.append((f"trên {over}", rate.numerator, c.value))
    return out


def counts_by_document(facts, document) -> dict:
    """{document: {(subject, indicator): the first count of it}}: a rate is recomputed from the
    counts of its own report, not from those of another report bound into the same file."""
    out: dict = {}
    for f in facts:
        if f.kind == "count" and not f.qualifier:
            out.setdefault(document(f), {}).setdefault((subject_key(f), f.indicator), f)
    return out


def check(report: Report) -> list[Finding]:
    findings = []
    document = document_of(report)
    by_doc = counts_by_document(checkable(report.facts), document)
    seen: dict = {}
    for c in checkable(report.facts):
        if c.kind == "count" and not c.qualifier:
            seen.setdefault((subject_key(c), c.indicator), set()).add(c.value)
    twice = {k for k, v in seen.items() if len(v) > 1}
    for f in checkable(report.facts):
        if f.kind != "rate" or f.value is None:
            continue
        counts = by_doc.get(document(f), {})
        if f.numerator is not None and f.denominator:
            tried = [("", f.numerator, f.denominator)]
            if f.implicit:  # x of a total stated before: the official conventions may apply too
                tried += conventions(f, counts)
            if f.denominator_source == "anaphora":
                tried += breakdown_bases(f, counts)
        elif f.qualifier:
            tried = []  # "Lũy kế 9 tháng, ... đạt 98,81%": the counts stated plainly are another period's
        else:
            tried = conventions(f, counts)
        if not tried or any(agrees(f.value, f.decimals, n, d) for _, n, d in tried if d):
            continue
        name, n, d = tried[0]
        expected = round_half_up(percent(n, d), f.decimals)
        key = "ratio_mismatch_convention" if name else "ratio_mismatch"
        msg = message(key, label=label(f), stated=vn(f.value, f.decimals), num=vn(n), den=vn(d),
                      expected=vn(expected, f.decimals), convention=name)
        # the text names x/y: an error; a denominator it leaves implicit: at most a warning
        written = f.numerator is not None and f.denominator and f.denominator_source in ("written", "sentence") \
            and n == f.numerator and d == f.denominator
        if not written:
            msg = f"{msg} ({message('note_implicit')})"
        # no x/y in the text: the report may follow a convention not tried here — info (CONTRACT §5),
        # unless the rate is named by its own words beside the counts every convention takes, all of
        # them stated plainly next to it: a mismatch with every convention is then a warning
        used = _convention_counts(f, counts) if not written and f.numerator is None else []
        if any((subject_key(c), c.indicator) in twice for c in used):
            used = []  # "trực tiếp 689", "bưu chính 20": two figures of one part, which one counts is not told
        # a share in the sentence that breaks down the total before it ("Trong đó có 8.804 hồ sơ nộp qua
        # mạng, chiếm 58,46%"), with every base a province may take it over tried: a warning
        broken_down = f.denominator_source == "anaphora" and n == f.numerator and d == f.denominator
        severity = "error" if written else ("warning" if used or broken_down else "info")
        findings.append(make("ratio_mismatch", severity, msg,
                             [f] + (used or _sources(f, counts)), stated=f.value, expected=expected,
                             convention=name or None,
                             needs_explicit=not (written and f.denominator_source == "written"),
                             topic_ok=bool(written)))
    return findings


def _sources(rate: Fact, counts: dict) -> list[Fact]:
    return [c for (s, _), c in counts.items() if s == subject_key(rate)
            and c.value in (rate.numerator, rate.denominator)][:2]


CONVENTION_COUNTS = {k: tuple(v) for k, v in load("rules")["convention_counts"].items()}  # data: rules.json
NEAR = 3  # blocks: the counts and the rate stated together (one paragraph or list)


def _convention_counts(rate: Fact, counts: dict) -> list[Fact]:
    """The counts a rate stated without x/y is checked against, when a mismatch with every convention
    may be a warning: the rate named by its own phrase (explicit, exact, no qualifier) and every count
    its conventions read stated explicitly, exactly, under the same heading, at most NEAR blocks
    away; [] otherwise (the finding stays info)."""
    names = CONVENTION_COUNTS.get(rate.indicator)
    if not names or not rate.explicit or rate.qualifier or rate.rounded or rate.block is None:
        return []
    used = [c for (s, ind), c in counts.items() if s == subject_key(rate) and ind in names]
    have = {c.indicator: c for c in used}
    if not {"received_online", "received_offline"} <= set(have) or any(not c.explicit or c.rounded or c.qualifier or c.block is None or c.section != rate.section
                       or not 0 <= rate.block - c.block <= NEAR for c in used):  # the counts, then their rate
        return []
    if "received_total" not in have:
        # without the received total the rate over received (carried-over dossiers in it) is not known;
        # it is at most online / (online + offline): only a rate above that fits no convention
        top = 100 * have["received_online"].value / max(1, have["received_online"].value + have["received_offline"].value)
        if rate.value <= top + 10 ** -rate.decimals:
            return []
    return used
