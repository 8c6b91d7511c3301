"""A file in which nothing of a report was recognised: no document structure (type, number,
title, issuer) and no figure. Checking it finds nothing, which must not read as "clean"."""
from __future__ import annotations

from ..models import Finding, Report
from .common import message


def nothing_recognised(report: Report) -> bool:
    """No fact and no part of an administrative document's header.

    >>> from docparse.models import Document, Source
    >>> r = Report(docparse_version="0", document=Document(), source=Source(path="x.txt",
    ...            sha256="0", media_type="text/plain", pages=1, text_source="plain"))
    >>> nothing_recognised(r)
    True
    """
    doc = report.document
    header = (doc.doc_type, doc.number, doc.title, doc.issuer, doc.issued_on)
    return not report.facts and not any(header) and not getattr(report, "tables", None)


def check(report: Report) -> list[Finding]:
    if not nothing_recognised(report):
        return []
    return [Finding(code="no_report_recognised", severity="warning", message=message("no_report_recognised"))]
