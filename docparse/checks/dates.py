"""date_inconsistency: a period ending before it starts, a document dated before its period
ends, a date that does not exist."""
from __future__ import annotations

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..models import Evidence, Finding, Report
from ..normalize.dates import DATE_NUMERIC, DATE_WORDS, ImpossibleDate, make_date
from .common import make, message

_DATES = regex.compile(rf"(?<![\d/]){DATE_NUMERIC}(?![\d/])|{DATE_WORDS}")


def _vn(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(d):02d}/{int(m):02d}/{y}"


def check(report: Report, lines=()) -> list[Finding]:
    findings = []
    doc = report.document
    period = doc.period
    where = doc.part_evidence.get("date")
    if period and period.start and period.end and period.end < period.start:
        msg = message("date_period_reversed", start=_vn(period.start), end=_vn(period.end))
        findings.append(make("date_inconsistency", "error", msg, [], evidence=where))
    if period and period.end and doc.issued_on and doc.issued_on < period.end:
        msg = message("date_before_period", issued=_vn(doc.issued_on), end=_vn(period.end))
        finding = make("date_inconsistency", "warning", msg, [], evidence=where)
        if doc.part_evidence.get("period") is not None:
            finding.related = [doc.part_evidence["period"]]  # either date may be the one mistyped
        findings.append(finding)
    for line in lines:
        for m in _DATES.finditer(line.folded):
            d, mo, y = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
            try:
                make_date(int(d), int(mo), int(y))
            except ImpossibleDate:
                ev = Evidence(page=line.page, line=line.number, start=m.start(), end=m.end(), text=line.text)
                msg = message("date_impossible", date=line.text[m.start():m.end()])
                findings.append(make("date_inconsistency", "error", msg, [], evidence=ev))
    return findings
