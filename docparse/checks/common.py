"""Helpers shared by the checks: messages from the data file, severities, fact labels."""
from __future__ import annotations

from typing import Iterable, Optional

from ..data import load
from ..models import Evidence, Fact, Finding
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
    if value is None:
        return "?"
    if decimals is None:
        decimals = 0 if float(value).is_integer() else min(4, len(repr(float(value)).split(".")[1]))
    return format_vn(value, decimals)


def severity_for(facts: Iterable[Fact], severity: str) -> str:
    """A number read with uncertainty (OCR) never produces an error: one step lower; one read from
    garbled text (lost accents, misread words) only produces info: a part may have been missed."""
    if any(f.garbled for f in facts):
        return "info"
    if any(f.uncertain for f in facts):
        return {"error": "warning", "warning": "info"}.get(severity, severity)
    return severity


def make(code: str, severity: str, msg: str, facts: list[Fact], stated=None, expected=None,
         evidence: Optional[Evidence] = None, convention: Optional[str] = None) -> Finding:
    return Finding(code=code, severity=severity_for(facts, severity), message=msg,
                   facts=[f.id for f in facts], stated=stated, expected=expected,
                   evidence=evidence or (facts[0].evidence if facts else None), convention=convention)


def subject_key(fact: Fact) -> tuple:
    return (fact.subject.level, fact.subject.name if fact.subject.level == "unit" else None)


def roman(fact: Fact) -> str:
    return (fact.section or "/").split("/")[0]
