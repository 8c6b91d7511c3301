"""Helpers shared by the checks: messages from the data file, severities, fact labels."""
from __future__ import annotations

import math
from typing import Callable, Iterable, Optional

from .. import fastregex as regex
from ..data import load
from ..models import Evidence, Fact, Finding, Subject
from ..normalize.numbers import format_vn

MESSAGES = load("messages")
_CAT = load("indicators")
_NAMES = {**{k: v["phrases"][0] for k, v in _CAT["rates"].items()},
          **{k: v["phrases"][0] for k, v in _CAT["counts"].items()},
          **{k: v["phrases"][0] for k, v in _CAT["scores"].items()},
          "units_meeting_target": "số đơn vị đạt chỉ tiêu", "other": "tỷ lệ", "index_766_rank": "xếp hạng"}
_LEVEL = MESSAGES["levels"]


def message(key: str, **fields) -> str:
    return MESSAGES[key].format(**fields)


def label(fact: Fact) -> str:
    """A short Vietnamese name of what the fact measures."""
    name = _NAMES.get(fact.indicator, fact.indicator)
    if fact.indicator == "other" and fact.label:
        return fact.label
    return name[0].upper() + name[1:] if name else fact.indicator


def subject_text(fact: Fact) -> str:
    s = fact.subject
    if s.level in ("unit", "self"):
        return s.name or s.raw or "đơn vị"
    return _LEVEL.get(s.level, s.level)


def vn(value: Optional[float], decimals: Optional[int] = None) -> str:
    """A value written the Vietnamese way with its own decimals (at most 4).

    >>> vn(43.14), vn(1e-13), vn(float("inf"))
    ('43,14', '0,0000', '∞')
    """
    if value is None:
        return "?"
    if not math.isfinite(value):
        return "∞" if value > 0 else "-∞"
    if decimals is None:
        digits = f"{float(value):.4f}".rstrip("0").split(".")[1]
        decimals = 0 if float(value).is_integer() else max(1, min(4, len(digits))) if digits else 4
    return format_vn(value, decimals)


def severity_for(facts: Iterable[Fact], severity: str) -> str:
    """A number read with uncertainty (OCR) never produces an error: one step lower; one read from
    garbled text (lost accents, misread words) only produces info: a part may have been missed."""
    if any(f.garbled for f in facts):
        return "info"
    if any(f.uncertain for f in facts):
        return {"error": "warning", "warning": "info"}.get(severity, severity)
    return severity


def precision_first(facts: Iterable[Fact], severity: str, needs_explicit: bool = True,
                    topic_ok: bool = False) -> tuple[str, Optional[str]]:
    """CONTRACT §5: warning or error only when every fact used was named by its own phrase and is
    exact; otherwise info, saying what could not be told.

    >>> from docparse.models import Fact, Subject, Evidence
    >>> f = Fact(id="f1", kind="count", indicator="received_total", subject=Subject(level="city"),
    ...          evidence=Evidence(page=1, line=1), explicit=False)
    >>> precision_first([f], "error")[0]
    'info'
    """
    facts = list(facts)
    if needs_explicit and any(not f.explicit and not (topic_ok and f._topic) for f in facts):
        return "info", MESSAGES["note_inherited"]
    if any(f.modifier is not None for f in facts):
        return "info", MESSAGES["note_modified"]
    if any(f.rounded for f in facts):
        return "info", MESSAGES["note_rounded"]
    return severity, None


def same_block(facts: Iterable[Fact]) -> bool:
    """Facts read from one statement block (segment): compared with confidence. Facts from different
    blocks may differ in a way the text does not say (a breakdown, another group, another period)."""
    return len({f.block for f in facts}) <= 1


def across_blocks(facts: list[Fact], severity: str) -> str:
    """Severity of a comparison of facts: as given within one block, info across blocks."""
    return severity if same_block(facts) else "info"


def breakdown(total: Fact, parts: list[Fact], severity: str) -> str:
    """Severity of a total against its parts: as given when they stand in one block, or when every
    part is an item of the list the total's own statement opens ("Đã giải quyết 2.250 hồ sơ, trong
    đó:" / "- trước hạn: 1.874 hồ sơ;" …, ``Fact._part_of``); info otherwise (``across_blocks``).

    >>> from docparse.models import Fact, Subject, Evidence
    >>> mk = lambda i, b: Fact(id=i, kind="count", indicator="x", subject=Subject(level="self"),
    ...                        evidence=Evidence(page=1, line=1), block=b)
    >>> t, a, b = mk("t", 1), mk("a", 2), mk("b", 3)
    >>> breakdown(t, [a, b], "error")
    'info'
    >>> a._part_of = b._part_of = "t"
    >>> breakdown(t, [a, b], "error")
    'error'
    """
    if all(p._part_of == total.id or p.block == total.block for p in parts):
        return severity
    return across_blocks([total] + list(parts), severity)


NEAR_BLOCKS = 2  # a portal's field lines ("Giải quyết đúng hạn: … - tỷ lệ 96,42%" / "Giải quyết trễ hạn: tỷ lệ …")


def near_blocks(facts: list[Fact], severity: str) -> str:
    """Severity of a comparison of facts on neighbouring lines of one part, a portal's or a notice's
    field lines read one block each: as given when their blocks are at most NEAR_BLOCKS apart, in one
    part, none of them in a list or breakdown; info otherwise.

    >>> from docparse.models import Fact, Subject, Evidence
    >>> mk = lambda i, b: Fact(id=i, kind="rate", indicator="x", subject=Subject(level="city"),
    ...                        evidence=Evidence(page=1, line=1), block=b)
    >>> near_blocks([mk("a", 3), mk("b", 4)], "error"), near_blocks([mk("a", 3), mk("b", 9)], "error")
    ('error', 'info')
    """
    facts = list(facts)
    blocks = [f.block for f in facts]
    if same_block(facts):
        return severity
    if None in blocks or max(blocks) - min(blocks) > NEAR_BLOCKS:
        return "info"
    if len({roman(f) for f in facts}) == 1 and not any(
            f.listed and (f.evidence.table is not None or _LIST_MARK.match(f.evidence.text)) for f in facts):
        return severity  # a field line ("Trễ hạn: tỷ lệ …") is no list item ("- Cấp huyện: …", a table row)
    return "info"


_LIST_MARK = regex.compile(r"^\s*[-+•–*]|^\s*(?:\d{1,2}|[a-zđ])[.)]\s")


def within_part(facts: list[Fact], severity: str) -> str:
    """Severity of an identity over statements of one part of a report (received, resolved and
    pending under "II. KẾT QUẢ", on three lines or in "1.", "2.", "3."): as given when none of them
    stands in a list or breakdown; info otherwise, or across parts."""
    facts = list(facts)
    if same_block(facts):
        return severity
    if len({roman(f) for f in facts}) == 1 and not any(
            f.listed and (f.evidence.table is not None or _LIST_MARK.match(f.evidence.text or "")) for f in facts):
        return severity  # a portal's field lines ("Đã xử lý ........ 3.781") are no list items
    return "info"


def make(code: str, severity: str, msg: str, facts: list[Fact], stated=None, expected=None,
         evidence: Optional[Evidence] = None, convention: Optional[str] = None,
         needs_explicit: bool = True, topic_ok: bool = False) -> Finding:
    """A finding; ``needs_explicit=False`` for a check that is arithmetic within one statement
    (a percentage against the x/y written beside it), which holds whatever the statement measures;
    ``topic_ok`` for one within a sentence, which holds whoever's figures they are (a subject
    carried from the paragraph's topic sentence, Fact._topic)."""
    severity, note = precision_first(facts, severity, needs_explicit, topic_ok)
    if note:
        msg = f"{msg} ({note})"
    return Finding(code=code, severity=severity_for(facts, severity), message=msg,
                   facts=[f.id for f in facts], stated=stated, expected=expected,
                   evidence=evidence or (facts[0].evidence if facts else None), convention=convention)


def subject_key(fact: Fact) -> tuple:
    """Whose figure: level, unit name and scope (two scopes are two subjects)."""
    return (fact.subject.level, fact.subject.name if fact.subject.level == "unit" else None, fact.subject.scope)


def checkable(facts: Iterable[Fact]) -> list[Fact]:
    """Level facts only: changes, bounds and approximations are never checked as levels."""
    return [f for f in facts if f.modifier is None]


def said_in_words(fact: Fact) -> bool:
    """A count of none said in words ("Không có hồ sơ quá hạn", recognize/mentions.zero_spans): its
    evidence span holds no digit.

    >>> mk = lambda text, a, b: Fact(id="f1", kind="count", indicator="resolved_late", value=0,
    ...     subject=Subject(level="city"), evidence=Evidence(page=1, line=1, start=a, end=b, text=text))
    >>> said_in_words(mk("Không có hồ sơ quá hạn.", 0, 1)), said_in_words(mk("Quá hạn 0 hồ sơ.", 8, 9))
    (True, False)
    """
    ev = fact.evidence
    return fact.kind == "count" and fact.value == 0 and ev.table is None and \
        not any(c.isdigit() for c in ev.text[ev.start:max(ev.end, ev.start + 1)])


def roman(fact: Fact) -> str:
    return (fact.section or "/").split("/")[0]


_MOTTO = None


def document_starts(lines) -> list[tuple[int, int]]:
    """(page, line) where each document bound into the file after the first begins: a line with
    the national motto (data: document_parts.motto, its first phrase) after the first such line.
    Reports of several bodies or periods printed into one file are several documents: a figure of
    one is no restatement of another's (issue 13: the typo search joined them into one cluster).

    >>> from docparse.extractors.base import Line
    >>> document_starts([Line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1, 1), Line("Tổng số 5 hồ sơ", 1, 2),
    ...                  Line("UBND TỈNH X  CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", 3, 1)])
    [(3, 1)]
    """
    global _MOTTO
    if _MOTTO is None:
        from ..normalize.text import fold

        _MOTTO = " ".join(fold(load("document_parts")["motto"][0]).split())
    found = [(ln.page, ln.number) for ln in lines
             if "chu nghia" in ln.folded and _MOTTO in " ".join(ln.folded.split())]
    return found[1:]


def document_of(report) -> "Callable[[Fact], int]":
    """Which bound document (``document_starts``) a fact of ``report`` stands in: 0, 1, ...
    (the starts found once per Report, kept in its ``_documents``)."""
    from bisect import bisect_right

    starts = getattr(report, "_documents", None)
    if starts is None:
        starts = document_starts(getattr(report, "_lines", None) or ())
        try:
            report._documents = starts
        except (AttributeError, ValueError):
            pass
    if not starts:
        return lambda fact: 0
    return lambda fact: bisect_right(starts, (fact.evidence.page, fact.evidence.line))
