"""repeated_value_mismatch: one indicator of one subject stated twice with different values."""
from __future__ import annotations

from ..models import Finding, Report
from .common import label, make, message, roman, subject_key, subject_text, vn, checkable


def check(report: Report) -> list[Finding]:
    findings = []
    first: dict = {}
    for f in checkable(report.facts):
        if f.value is None or f.kind not in ("rate", "count", "score") or f.indicator == "other":
            continue
        if f.subject.level == "unit" and not f.subject.name:
            continue  # an unresolved name: not sure it is the same unit
        where = roman(f) if f.kind == "count" else ""  # counts may be restated per heading
        key = (f.kind, f.indicator, subject_key(f), f.qualifier, where, f.maximum)
        prev = first.setdefault(key, f)
        if prev is f or abs(prev.value - f.value) < 1e-9:
            continue
        msg = message("repeated_value_mismatch", label=label(f), subject=subject_text(f),
                      a=vn(prev.value, prev.decimals), pa=prev.evidence.page, la=prev.evidence.line,
                      b=vn(f.value, f.decimals), pb=f.evidence.page, lb=f.evidence.line)
        # a restatement is told apart from a breakdown only when neither stands in a list or breakdown
        severity = "info" if (prev.listed or f.listed or prev.block == f.block) else "warning"
        findings.append(make("repeated_value_mismatch", severity, msg, [prev, f], stated=f.value,
                             expected=prev.value))
    return findings
