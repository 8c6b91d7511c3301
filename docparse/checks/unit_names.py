"""unknown_unit and inconsistent_name: unit names against the official list, and the document's
own unit named two ways."""
from __future__ import annotations

from ..models import Finding, Report
from ..normalize.text import fold
from ..normalize.units import gazetteer
from .common import make, message


def check(report: Report) -> list[Finding]:
    findings = []
    own = report.document.own_unit
    province = report.document.province or "tỉnh/thành phố"
    uncertain = any("uncertain" in w for w in report.warnings) or report.source.text_source == "ocr"
    seen = set()
    for u in report.units:
        if u.name or not u.candidate or fold(u.raw) in seen:
            continue
        seen.add(fold(u.raw))
        severity = "info" if uncertain else "warning"
        if own and u.candidate == own:
            msg = message("inconsistent_name", raw=u.raw, own=own)
            code = "inconsistent_name"
        else:
            bare = u.raw.split(" ", 1)[-1]
            elsewhere = sorted(set(gazetteer().elsewhere(bare)) - {province})
            key = "unknown_unit_elsewhere" if elsewhere else "unknown_unit"
            msg = message(key, raw=u.raw, province=province, candidate=u.candidate,
                          elsewhere=", ".join(elsewhere[:3]))
            code = "unknown_unit"
        f = make(code, severity, msg, [], evidence=u.evidence)
        findings.append(f)
    return findings
