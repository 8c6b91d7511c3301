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


FIGURE_SHAPES = ("percent", "score", "ratio", "rank")  # a measurement's shapes, not a bare count or a date
MIN_COUNTS = 3  # counts read as values that make a file one with figures (a number or two may be anything)


def figures_read(trace) -> bool:
    """Whether the middle layer read a measurement (a percentage, points, an x/y, a rank) that it
    could tie to no catalogue indicator (another index's value, an unnamed share): such a file is
    no report docparse can check, but not a file without figures either.

    Several counts read as values (a news item in English: "1,527 documents", "604 documents") are
    such figures too: the file holds figures, only none docparse could name.

    >>> from types import SimpleNamespace as R
    >>> figures_read([R(shape="percent")]), figures_read([R(shape="count"), R(shape="date")]), figures_read([])
    (True, False, False)
    >>> figures_read([R(shape="count", role="value")] * MIN_COUNTS)
    True
    """
    counts = sum(getattr(r, "shape", None) == "count" and getattr(r, "role", None) == "value" for r in trace)
    return counts >= MIN_COUNTS or any(getattr(r, "shape", None) in FIGURE_SHAPES for r in trace)


def check(report: Report) -> list[Finding]:
    if not nothing_recognised(report):
        return []
    if figures_read(getattr(report, "_trace", None) or ()):
        # precision first: figures were read, only none of them names a catalogue indicator; saying
        # so is what could not be told, not a warning about the file
        return [Finding(code="no_report_recognised", severity="info", message=message("no_report_figures"))]
    return [Finding(code="no_report_recognised", severity="warning", message=message("no_report_recognised"))]
