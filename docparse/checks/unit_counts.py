"""unit_count_mismatch: "x/y đơn vị đạt" against the units the text names as failing, and y
against the number of communes of the province in the official list."""
from __future__ import annotations

from ..models import Fact, Finding, Report
from ..normalize.text import fold
from ..normalize.units import gazetteer
from .common import make, message, vn, checkable
from .targets import failing


def _is_commune(f: Fact) -> bool:
    name = fold(f.subject.name or f.subject.raw or "")
    return name.startswith(("xa ", "phuong ", "dac khu ", "thi tran "))


def check(report: Report) -> list[Finding]:
    findings = []
    province = report.document.province
    known = len(gazetteer().communes_of(province)) if province else 0
    level_facts = checkable(report.facts)
    # the rates of named units, by (indicator, section), in document order: each count looks up its
    # own (linear in the facts; issue 13), the failing ones kept apart, communes and other units
    failing_rates: dict[tuple, list[Fact]] = {}
    for f in level_facts:
        if f.kind == "rate" and f.subject.level == "unit" and failing(f):
            failing_rates.setdefault((f.indicator, f.section, _is_commune(f)), []).append(f)
    for uc in level_facts:
        if uc.kind != "unit_count" or uc.numerator is None or uc.denominator is None:
            continue
        what = "đơn vị" if uc.subject.level == "departments" else "địa phương"
        if uc.subject.level == "communes" and known and uc.denominator != known and uc.indicator != "other":
            msg = message("unit_count_total", x=vn(uc.numerator), y=vn(uc.denominator), what=what,
                          province=province, known=known)
            findings.append(make("unit_count_mismatch", "warning", msg, [uc], stated=uc.denominator,
                                 expected=known))
        if uc.indicator != "units_meeting_target" or not uc.qualifier:
            continue
        communes = uc.subject.level == "communes"
        named = failing_rates.get((uc.qualifier, uc.section, communes), [])
        missing = uc.denominator - uc.numerator
        if len(named) > missing:
            names = ", ".join(f"{f.subject.name or f.subject.raw} ({vn(f.value, f.decimals)}%)" for f in named)
            msg = message("unit_count_failing", x=vn(uc.numerator), y=vn(uc.denominator), what=what,
                          missing=vn(missing), named=len(named), names=names)
            # each unit named with the words "chưa đạt": the count is checked whatever rate they name
            said = all(f.claim == "not_met" for f in named)
            findings.append(make("unit_count_mismatch", "warning", msg, [uc] + named,
                                 stated=uc.numerator, expected=uc.denominator - len(named),
                                 needs_explicit=not (said and uc.explicit)))
    return findings
