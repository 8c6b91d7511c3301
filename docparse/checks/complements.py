"""complement_mismatch: rates that must add up to 100% (on time + late; online + offline share)."""
from __future__ import annotations

from collections import defaultdict

from ..models import Finding, Report
from .common import checkable, near_blocks, label, make, message, roman, subject_key, vn
from .sums import RULES


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
            if abs(total - 100) <= 10 ** -decimals + 1e-9:
                continue
            extra = _extra_share(a_ind, b_ind, have)
            if extra is not None:  # "trước hạn 40%; đúng hạn 56%; trễ hạn 4%": the on-time share excludes it
                d3 = max(decimals, extra.decimals)
                if abs(round(total + extra.value, d3) - 100) <= 2 * 10 ** -d3 + 1e-9:
                    continue
            msg = message("complement_mismatch", a_label=label(a), a=vn(a.value, a.decimals),
                          b_label=label(b).lower(), b=vn(b.value, b.decimals), sum=vn(total, decimals))
            severity = "info" if extra is not None else near_blocks([a, b], "error")
            findings.append(make("complement_mismatch", severity, msg, [a, b], stated=total, expected=100.0,
                                 evidence=b.evidence))
    return findings


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
