"""Checks: one module per family, each a pure function over the recovered facts and document."""
from __future__ import annotations

from ..models import Finding, Report
from .common import document_of
from . import (complements, dates, draft, magnitudes, ratios, recognised, repeats, scores, scripts, sums, tables, targets,
               unit_counts, unit_names)

_ORDER = {"error": 0, "warning": 1, "info": 2}


def run_checks(report: Report, lines=()) -> list[Finding]:
    """Every check of the contract (section 4) except signatures, which the signature reader adds."""
    findings: list[Finding] = []
    full = report
    document_of(report)  # the bound documents found once, before the copy below (which keeps them)
    if report.tables:  # the checks of prose see prose facts; a table's cells are checked by tables.py
        from ..tables.where import table_lines

        report._row_lines = table_lines(report.facts)  # where a row header is, for unit_names
        report = report.model_copy(update={"facts": [f for f in report.facts if f.evidence.table is None]})
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
    if full.tables:
        findings += tables.check(full)
        findings += sums._level_sums(full, across_tables=True)
    if not findings:  # nothing at all found in a file with no report structure and no figure
        findings += recognised.check(full)
    return findings


def run_checks_and_suggest(report: Report, lines=()) -> list[Finding]:
    """The checks, then the typo search over the identities behind their findings (issue 16)."""
    from ..suggest import suggest

    report.findings = run_checks(report, lines)
    suggest(report)
    return report.findings
