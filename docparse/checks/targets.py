"""target_conflict: the text says a target is not met (or met) while the value says otherwise."""
from __future__ import annotations

import operator

from ..models import Fact, Finding, Report, Target
from .common import make, message, subject_text, vn, checkable

_OPS = {">=": operator.ge, ">": operator.gt, "=": operator.ge, "<=": operator.le, "<": operator.lt}


def meets(value: float, target: Target) -> bool:
    """Whether a rate meets its target ('= 100%' targets are met at 100%).

    >>> meets(99.99, Target(op="=", value=100)), meets(60, Target(op=">=", value=60))
    (False, True)
    """
    return _OPS[target.op](value, target.value)


def _target_text(t: Target) -> str:
    return f"{t.op.replace('>=', '≥').replace('<=', '≤')} {vn(t.value)}%"


def check(report: Report) -> list[Finding]:
    findings = []
    for f in checkable(report.facts):
        if f.kind != "rate" or f.value is None or f.target is None or f.claim is None:
            continue
        ok = meets(f.value, f.target)
        if f.claim == "not_met" and ok:
            key = "target_conflict_not_met"
        elif f.claim == "met" and not ok:
            key = "target_conflict_met"
        else:
            continue
        msg = message(key, subject=subject_text(f), target=_target_text(f.target), value=vn(f.value, f.decimals))
        # the target and the measure come together (a heading names both: "2. Thanh toán trực tuyến (chỉ
        # tiêu: từ 50% trở lên)"), the claim stands beside the value: whoever's figure it is, the text
        # contradicts itself — a warning even when the measure or the subject is the heading's
        findings.append(make("target_conflict", "warning", msg, [f], stated=f.value, expected=f.target.value,
                             needs_explicit=False))
    return findings


def failing(f: Fact) -> bool:
    """A unit's rate shown as failing its target: said so, or below it."""
    if f.claim == "not_met":
        return True
    return f.target is not None and f.value is not None and not meets(f.value, f.target)
