"""score_sum_mismatch: the 766 index parts against the stated total."""
from __future__ import annotations

from collections import defaultdict

from ..models import Finding, Report
from .common import label, make, message, subject_key, vn, checkable

PARTS = ["index_766_publicity", "index_766_progress", "index_766_online_service",
         "index_766_online_payment", "index_766_satisfaction", "index_766_digitization"]


def check(report: Report) -> list[Finding]:
    findings = []
    groups: dict = defaultdict(list)
    for f in checkable(report.facts):
        if f.kind == "score" and f.value is not None:
            groups[(subject_key(f), f.section)].append(f)
    for facts in groups.values():
        totals = [f for f in facts if f.indicator == "index_766_total"]
        parts = [f for f in facts if f.indicator.startswith("index_766_") and f.indicator != "index_766_total"]
        for p in parts:
            if p.maximum is not None and p.value > p.maximum + 1e-9:
                msg = message("score_part_over", label=label(p), value=vn(p.value), maximum=vn(p.maximum))
                findings.append(make("score_sum_mismatch", "error", msg, [p], stated=p.value, expected=p.maximum))
        if len(totals) != 1 or len(parts) < 2:
            continue
        total = totals[0]
        s = round(sum(p.value for p in parts), 4)
        unread = any(f.indicator == "other" for f in facts)
        complete = len({p.indicator for p in parts}) == len(PARTS) and not unread
        if s > total.value + 1e-9 or (complete and abs(s - total.value) > 10 ** -max(
                p.decimals for p in parts + [total]) / 2):
            msg = message("score_sum_mismatch", total=vn(total.value), sum=vn(s))
            findings.append(make("score_sum_mismatch", "error", msg, [total] + parts, stated=total.value,
                                 expected=s))
    return findings
