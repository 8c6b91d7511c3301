"""One self-contained HTML page (no network, no script) from Jinja2 templates (autoescape): a
summary panel, small SVG charts, the document's text with findings highlighted in place, the list
of findings with the suggested value, and a table of facts with Vietnamese labels."""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ..data import load
from ..i18n import lang, num, severity, t
from ..labels import accented, indicator_label, kind_label, qualifier_label, subject_label
from ..models import Finding, Report
from ..suggest import named_corrections, note, proof_facts, suggestion_text
from .spans import focus
from .text import no_report, summary_line, suggested_value, where


@lru_cache(maxsize=None)
def environment():
    """The templates (docparse/templates, package data), HTML autoescaped."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    return Environment(loader=PackageLoader("docparse", "templates"),
                       autoescape=select_autoescape(["html", "j2", "htm"], default_for_string=True,
                                                    default=True),
                       trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=True)


def render(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def _spans_by_line(report: Report) -> dict:
    """(page, line) -> [(start, end, finding index)] for findings whose evidence is one line."""
    spans = defaultdict(list)
    for i, f in enumerate(report.findings):
        ev = f.evidence
        if ev is None or ev.table is not None:
            continue  # a table cell's finding is shown on the cell (table_views)
        start, end, _ = focus(f)
        line_no = ev.line + ev.text[:start].count("\n")
        offset = start - (ev.text.rfind("\n", 0, start) + 1)
        spans[(ev.page, line_no)].append((offset, offset + end - start, i))
    for k, (c, _) in enumerate(_typos(report)):  # the figure to fix (issue 16)
        ev = c.evidence
        if ev.table is not None:
            continue  # a table cell to fix is marked on the cell (table_views)
        region_start = ev.start if ev.end > ev.start else 0
        at = ev.text.rfind(c.written_text, region_start, max(ev.end, region_start) or len(ev.text))
        if at < 0:
            at = ev.text.find(c.written_text)
        if at < 0:
            continue
        line_no = ev.line + ev.text[:at].count("\n")
        offset = at - (ev.text.rfind("\n", 0, at) + 1)
        width = len(c.written_text) + (ev.text[at + len(c.written_text):][:1] == "%")
        spans[(ev.page, line_no)].append((offset, offset + width, -1 - k))
    return spans


def _typos(report: Report) -> list:
    """(correction, suggestion) of every named correction, once each."""
    return named_corrections(report)


def line_pieces(text: str, spans: list, findings: list[Finding], typos: list = ()) -> list[dict]:
    """The line cut into plain text and marked findings; the narrowest span wins where findings
    overlap (all are listed beside the text); a negative index is a named correction (issue 16).

    >>> f = Finding(code="c", severity="error", message="m")
    >>> [(p["text"], p["finding"]) for p in line_pieces("đạt 47,14%.", [(4, 10, 0)], [f])]
    [('đạt ', None), ('47,14%', 0), ('.', None)]
    """
    chosen = []
    for span in sorted(spans, key=lambda s: (s[1] - s[0], s[2] >= 0)):
        if all(span[1] <= c[0] or span[0] >= c[1] for c in chosen):
            chosen.append(span)
    out, pos = [], 0
    for start, end, i in sorted(chosen):
        if start > pos:
            out.append({"text": text[pos:start], "finding": None})
        if i < 0:  # the figure a named correction changes
            c, s = typos[-1 - i]
            out.append({"text": text[start:end], "finding": i, "typo": True, "fact": c.fact,
                        "proof": " ".join(proof_facts(s)), "message": suggestion_text(s)})
        else:
            f = findings[i]
            out.append({"text": text[start:end], "finding": i, "severity": f.severity, "code": f.code,
                        "message": f.message})
        pos = end
    if pos < len(text) or not out:
        out.append({"text": text[pos:], "finding": None})
    return out


def _labels() -> dict:
    return {"facts": t("html.facts"), "charts": t("html.charts"), "findings": t("html.findings"),
            "no_findings": t("html.no_findings"), "notes": t("html.notes"),
            "facts_table": t("html.facts_table"), "columns": t("html.columns").split("|"),
            "more": t("html.more"), "fix": t("html.fix"), "proof": t("html.proof"), "tables": t("html.tables")}


def _meta(report: Report) -> list[tuple[str, str]]:
    doc, src = report.document, report.source
    types = {v: k.capitalize() for k, v in load("document_parts")["doc_types"].items()}
    rows = [(t("html.meta.file"), src.path),
            (t("html.meta.pages"), f"{num(src.pages)} — {t('html.source.' + src.text_source)}")]
    if doc.doc_type:
        rows.append((t("html.meta.doc_type"), types.get(doc.doc_type, doc.doc_type)))
    for key, value in (("number", doc.number), ("issuer", doc.issuer), ("province", doc.province),
                       ("issued_on", doc.issued_on)):
        if value:
            rows.append((t(f"html.meta.{key}"), value))
    if doc.period and (doc.period.start or doc.period.end):
        rows.append((t("html.meta.period"), f"{doc.period.start or '?'} → {doc.period.end or '?'}"))
    if report.signatures:
        rows.append((t("html.meta.signatures"), ", ".join(s.signer or "?" for s in report.signatures)))
    return rows


def _fact_rows(report: Report) -> list[dict]:
    typos = _typos(report)
    fixed = {c.fact for c, _ in typos}
    proof = {p for _, s in typos for p in proof_facts(s)}
    rows = []
    province = report.document.province
    for fact in report.facts:
        ratio = "" if fact.numerator is None else f"{num(fact.numerator)}/{num(fact.denominator or 0)}"
        unit = "%" if fact.kind == "rate" else ""
        value = "" if fact.value is None else f"{num(fact.value, fact.decimals)}{unit}"
        if fact.maximum is not None:
            value += f"/{num(fact.maximum)}"
        target = "" if fact.target is None else f"{fact.target.op} {num(fact.target.value)}{unit}"
        rows.append({"id": fact.id, "indicator": fact.indicator,
                     "cls": "typo" if fact.id in fixed else ("proof" if fact.id in proof else None),
                     "indicator_label": accented(fact.label, fact.evidence.text)
                     if fact.indicator == "other" and fact.label else indicator_label(fact.indicator),
                     "qualifier": qualifier_label(fact.qualifier), "kind_label": kind_label(fact.kind),
                     "subject": subject_label(fact.subject.level, fact.subject.name, province),
                     "value": value, "ratio": ratio, "target": target,
                     "where": f"{fact.evidence.page}:{fact.evidence.line}"})
    return rows


def _merged(cells: list[str]) -> list[dict]:
    """A header row as the grid repeats a merged cell: runs of one text become one cell."""
    out: list[dict] = []
    for text in cells:
        if out and text and out[-1]["text"] == text:
            out[-1]["colspan"] += 1
        else:
            out.append({"text": text, "colspan": 1})
    return out


def table_views(report: Report) -> list[dict]:
    """Each table as the page shows it: header rows, body rows; a cell a warning or error is about
    carries its severity (and the finding's anchor), the other cells it used are marked as used."""
    where = {}
    for f in report.facts:
        if f.evidence.table is not None:
            where[f.id] = (f.evidence.table, f.evidence.row, f.evidence.column)
    marks: dict = {}
    rank = {"error": 3, "warning": 2, "info": 1}
    for i, finding in enumerate(report.findings):
        ev = finding.evidence
        if ev is not None and ev.table is not None:
            key = (ev.table, ev.row, ev.column)
            if rank[finding.severity] > rank.get(marks.get(key, {}).get("cls"), 0):
                marks[key] = {"cls": finding.severity, "finding": i, "message": finding.message}
        if finding.severity == "info":
            continue
        for fid in finding.facts:
            key = where.get(fid)
            if key and key not in marks:
                marks[key] = {"cls": "used", "finding": None, "message": finding.message}
    # the cell to fix (issue 16) and the cells whose statements prove it
    typo_cells: dict = {}
    proof_cells: set = set()
    for c, s in _typos(report):
        if c.evidence.table is not None and c.fact in where:
            typo_cells[where[c.fact]] = {"fact": c.fact, "proof": " ".join(proof_facts(s)),
                                         "message": suggestion_text(s)}
        proof_cells.update(where[p] for p in proof_facts(s) if p in where)
    views = []
    for table in report.tables:
        n_cols = len(table.columns)
        body = []
        for row in table.rows:
            by_col = {c.column: c for c in row.cells}
            cells = []
            for column in table.columns:
                if column.role != "value":
                    text = row.label if column.role == "label" and column.index == next(
                        (c.index for c in table.columns if c.role == "label"), -1) else ""
                    cells.append({"text": text, "cls": "label"})
                    continue
                cell = by_col.get(column.index)
                key = (table.index, row.index, column.index)
                mark = marks.get(key, {})
                cls = " ".join(c for c in (mark.get("cls", ""), "proof" if key in proof_cells else "") if c)
                cells.append({"text": cell.text if cell else "", "cls": cls,
                              "finding": mark.get("finding"), "title": mark.get("message", ""),
                              "fact": cell.fact if cell else None, "typo": typo_cells.get(key)})
            body.append({"role": row.role, "cells": cells[:n_cols]})
        views.append({"caption": t("html.table_caption", n=table.index + 1,
                                   pages=", ".join(str(p) for p in table.pages or [table.page])),
                      "title": table.title, "header": [_merged(r) for r in table.header_rows], "rows": body})
    return views


def review_context(report: Report) -> dict:
    from .charts import rate_charts, score_chart

    spans = _spans_by_line(report)
    typos = _typos(report)
    lines = [{"page": ln.page, "number": ln.number,
              "pieces": line_pieces(ln.text, spans.get((ln.page, ln.number), []), report.findings, typos)}
             for ln in report._lines]
    items = []
    for i, f in enumerate(report.findings):
        fix = suggested_value(report, f)
        typo = note(f)
        s = f.suggestion
        items.append({"index": i, "severity": f.severity, "severity_label": severity(f.severity),
                      "code": f.code, "where": where(f), "message": f.message,
                      "suggested": t("suggested", value=fix) if fix else None,
                      "typo": typo, "typo_status": s.status if typo else None,
                      "typo_fixed": [c.fact for c in s.corrections] if typo and s.status == "named" else [],
                      "typo_proof": proof_facts(s) if typo and s.status == "named" else []})
    counts = {s: sum(f.severity == s for f in report.findings) for s in ("error", "warning", "info")}
    charts = rate_charts(report)
    score = score_chart(report)
    if score:
        charts.append(score)
    return {
        "lang": lang(), "title": report.document.title or report.source.path, "source": report.source,
        "summary": summary_line(report), "labels": _labels(), "meta": _meta(report),
        "severities": [{"name": s, "count": num(n), "label": severity(s, upper=False)} for s, n in counts.items()],
        "facts": report.facts, "no_report": t("no_report") if no_report(report) else None,
        "chart_list": charts, "lines": lines, "finding_items": items, "warnings": report.warnings,
        "fact_rows": _fact_rows(report), "tables": table_views(report),
    }


def report_html(report: Report) -> str:
    return render("review.html.j2", **review_context(report))
