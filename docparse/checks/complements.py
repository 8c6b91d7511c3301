"""complement_mismatch: rates that must add up to 100% (on time + late; online + offline share)."""
from __future__ import annotations

from collections import defaultdict

from ..models import Finding, Report
from .common import checkable, near_blocks, label, make, message, roman, subject_key, vn
from .sums import RULES


def check(report: Report) -> list[Finding]:
    findings = []
    rates: dict = defaultdict(dict)
    for f in checkable(report.facts):
        if f.kind == "rate" and f.value is not None:
            rates[(subject_key(f), f.qualifier, roman(f))].setdefault(f.indicator, f)
    for have in rates.values():
        for a_ind, b_ind in RULES["complements"]:
            a, b = have.get(a_ind), have.get(b_ind)
            if a is None or b is None:
                continue
            decimals = max(a.decimals, b.decimals)
            total = round(a.value + b.value, decimals)
            # two values each rounded at d decimals may miss 100 by one unit of the last place
            if abs(total - 100) <= 10 ** -decimals + 1e-9:
                continue
            msg = message("complement_mismatch", a_label=label(a), a=vn(a.value, a.decimals),
                          b_label=label(b).lower(), b=vn(b.value, b.decimals), sum=vn(total, decimals))
            findings.append(make("complement_mismatch", near_blocks([a, b], "error"), msg, [a, b], stated=total, expected=100.0,
                                 evidence=b.evidence))
    return findings
