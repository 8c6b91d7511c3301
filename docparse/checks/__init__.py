"""Checks: one module per family, each a pure function over the recovered facts and document."""
from __future__ import annotations

from ..models import Finding, Report
from . import complements, dates, draft, magnitudes, ratios, repeats, scores, scripts, sums, targets, unit_counts, unit_names

_ORDER = {"error": 0, "warning": 1, "info": 2}


def run_checks(report: Report, lines=()) -> list[Finding]:
    """Every check of the contract (section 4) except signatures, which the signature reader adds."""
    findings: list[Finding] = []
    findings += ratios.check(report)
    findings += sums.check_sums(report)
    findings += sums.check_balances(report)
    findings += complements.check(report)
    findings += targets.check(report)
    findings += unit_counts.check(report)
    findings += unit_names.check(report)
    findings += repeats.check(report)
    findings += scores.check(report)
    findings += dates.check(report, lines)
    findings += scripts.check(lines)
    findings += magnitudes.check(lines)
    findings += draft.check(report)
    return findings
