"""`docparse batch DIR --report overview.html`: an overview of the archive, built from the store
only (offline, no document read again): findings per document and per code, trend charts of the
main indicators per unit and period, and a review page per document (``<name>_files/``) built
from its stored facts and findings, linked from the overview."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from ..i18n import lang, num, severity, t
from ..labels import indicator_label, subject_label
from .charts import bar_chart, line_chart
from .html import render

MAX_TRENDS = 4
MAX_SERIES = 8


def period_of(doc) -> str | None:
    """The month a document reports on: its period's end, else its date ("2025-09").

    >>> import pandas as pd
    >>> period_of({"period_end": pd.Timestamp("2025-09-14"), "issued_on": None})
    '2025-09'
    """
    for key in ("period_end", "issued_on"):
        value = doc.get(key)
        if value is not None and value == value and str(value) not in ("NaT", ""):
            return str(value)[:7]
    return None


def _slug(sha: str) -> str:
    return f"{sha[:16]}.html"


def _records(frame) -> list[dict]:
    return [] if frame is None or not len(frame) else frame.to_dict("records")


def _stored_report(doc: dict, facts: list[dict], findings: list[dict]):
    """A Report from the store's rows (no document text: the store does not keep it)."""
    from ..models import Document, Evidence, Fact, Finding, Period, Report, Source, Subject, Target

    def clean(v):
        return None if v is None or v != v or str(v) == "NaT" else v

    def day(v):
        v = clean(v)
        return None if v is None else str(v)[:10]

    report = Report(
        docparse_version=str(clean(doc.get("docparse_version")) or ""),
        source=Source(path=str(doc["path"]), sha256=doc["sha256"], media_type=clean(doc.get("media_type")) or "",
                      pages=int(clean(doc.get("pages")) or 0),
                      text_source=clean(doc.get("text_source")) or "plain"),
        document=Document(doc_type=clean(doc.get("doc_type")), number=clean(doc.get("number")),
                          issuer=clean(doc.get("issuer")), province=clean(doc.get("province")),
                          own_unit=clean(doc.get("own_unit")), issued_on=day(doc.get("issued_on")),
                          period=Period(start=day(doc.get("period_start")), end=day(doc.get("period_end")))),
        facts=[Fact(id=f["fact_id"], kind=f["kind"], indicator=f["indicator"],
                    subject=Subject(level=f["subject_level"], name=clean(f.get("subject_name"))),
                    value=clean(f.get("value")), decimals=int(clean(f.get("decimals")) or 0),
                    numerator=clean(f.get("numerator")), denominator=clean(f.get("denominator")),
                    target=Target(op=f["target_op"], value=f["target_value"]) if clean(f.get("target_op")) else None,
                    qualifier=clean(f.get("qualifier")),
                    evidence=Evidence(page=int(clean(f.get("page")) or 1), line=int(clean(f.get("line")) or 1),
                                      text=clean(f.get("text")) or "")) for f in facts],
        findings=[Finding(code=f["code"], severity=f["severity"], message=f["message"] or "",
                          facts=list(f.get("facts") or []), stated=clean(f.get("stated")),
                          expected=clean(f.get("expected")),
                          evidence=Evidence(page=int(f["page"]), line=int(f["line"]))
                          if clean(f.get("page")) is not None and clean(f.get("line")) is not None else None)
                  for f in findings])
    return report


def trend_charts(frames) -> list[dict]:
    """Per main indicator (the rates stated in the most periods), one line per unit across the
    archive's periods."""
    docs = {d["sha256"]: d for d in _records(frames["documents"])}
    points: dict[str, dict[str, dict[str, float]]] = defaultdict(lambda: defaultdict(dict))
    for f in _records(frames["facts"]):
        if f["kind"] != "rate" or f["indicator"] == "other" or f["value"] != f["value"]:
            continue
        if f.get("qualifier") is not None and f.get("qualifier") == f.get("qualifier"):
            continue  # a sub-measure or sub-period is another series
        doc = docs.get(f["sha256"])
        period = period_of(doc) if doc else None
        if period is None:
            continue
        name = f.get("subject_name")
        name = name if isinstance(name, str) and name else None
        if f["subject_level"] == "self":
            name = name or (doc.get("own_unit") if isinstance(doc.get("own_unit"), str) else None)
        unit = subject_label(f["subject_level"], name, doc.get("province") if isinstance(doc.get("province"), str) else None)
        points[f["indicator"]][unit].setdefault(period, float(f["value"]))
    ranked = sorted(points.items(), key=lambda kv: (-len({p for s in kv[1].values() for p in s}),
                                                   -sum(len(s) for s in kv[1].values()), kv[0]))
    charts = []
    for indicator, series in ranked:
        periods = sorted({p for s in series.values() for p in s})
        if len(periods) < 2:
            continue
        top = sorted(series.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAX_SERIES]
        charts.append(line_chart(indicator_label(indicator),
                                 {unit: sorted(pts.items()) for unit, pts in top}, periods))
        if len(charts) >= MAX_TRENDS:
            break
    return charts


def overview_context(frames, reviews_dir: str) -> dict:
    docs = _records(frames["documents"])
    findings = _records(frames["findings"])
    by_doc: dict[str, Counter] = defaultdict(Counter)
    by_code: dict[str, Counter] = defaultdict(Counter)
    for f in findings:
        by_doc[f["sha256"]][f["severity"]] += 1
        by_code[f["code"]][f["severity"]] += 1
    for f in _records(frames.get("cross_findings")):
        by_code[f["code"]][f["severity"]] += 1
    rows = []
    for d in sorted(docs, key=lambda d: (-(by_doc[d["sha256"]]["error"]), -(by_doc[d["sha256"]]["warning"]), str(d["path"]))):
        c = by_doc[d["sha256"]]
        ok = d.get("status") == "ok"
        rows.append({"path": d["path"], "href": f"{reviews_dir}/{_slug(d['sha256'])}" if ok else None,
                     "doc_type": d.get("doc_type") if isinstance(d.get("doc_type"), str) else "",
                     "number": d.get("number") if isinstance(d.get("number"), str) else "",
                     "issuer": next((v for v in (d.get("own_unit"), d.get("issuer"), d.get("province"))
                                     if isinstance(v, str) and v), ""),
                     "period": period_of(d) or "", "facts": num(int(d["n_facts"])) if ok else "",
                     "error": num(c["error"]), "warning": num(c["warning"]), "info": num(c["info"]),
                     "failed": not ok, "reason": d.get("error") if not ok else None,
                     "cls": "error" if c["error"] else ("warning" if c["warning"] else "")})
    codes = sorted(by_code.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))
    from ..data import load as data

    meanings = data("messages")["code_labels"]
    code_rows = [{"code": code, "meaning": meanings.get(code, ""), "total": num(sum(c.values())), "error": num(c["error"]),
                  "warning": num(c["warning"]), "info": num(c["info"])} for code, c in codes]
    code_chart = bar_chart("codes", t("overview.by_code"),
                           [{"label": code, "value": sum(c.values()),
                             "ok": None if not c["error"] else False,
                             "tip": f"{code}: {sum(c.values())}"} for code, c in codes],
                           max([sum(c.values()) for _, c in codes] or [1]), unit="") if codes else None
    totals = Counter(f["severity"] for f in findings)
    failed = sum(1 for d in docs if d.get("status") != "ok")
    return {"lang": lang(), "labels": {k: t(f"overview.{k}") for k in (
                "title", "documents", "failed", "facts", "by_code", "trends", "table", "code", "total",
                "file", "kind", "number", "issuer", "period", "cross", "no_trends", "failed_reason", "meaning")},
            "sev": {s: severity(s, upper=False) for s in ("error", "warning", "info")},
            "badges": [{"name": "facts", "count": num(len(frames["facts"])), "label": t("overview.facts")},
                       {"name": "docs", "count": num(len(docs)), "label": t("overview.documents")},
                       {"name": "failed", "count": num(failed), "label": t("overview.failed")}] +
                      [{"name": s, "count": num(totals[s]), "label": severity(s, upper=False)}
                       for s in ("error", "warning", "info")],
            "rows": rows, "code_rows": code_rows, "code_chart": code_chart, "trends": trend_charts(frames),
            "cross": _records(frames.get("cross_findings"))}


def write_overview(db_url: str, out: Path) -> Path:
    """Write the overview page and, beside it in ``<stem>_files/``, a review page per document."""
    from .. import load
    from .html import review_context

    out = Path(out)
    frames = load(db_url)
    reviews = out.with_name(f"{out.stem}_files")
    reviews.mkdir(exist_ok=True)
    facts_by = defaultdict(list)
    for f in _records(frames["facts"]):
        facts_by[f["sha256"]].append(f)
    findings_by = defaultdict(list)
    for f in _records(frames["findings"]):
        findings_by[f["sha256"]].append(f)
    back = f"../{out.name}"
    for doc in _records(frames["documents"]):
        if doc.get("status") != "ok":
            continue
        report = _stored_report(doc, facts_by[doc["sha256"]], findings_by[doc["sha256"]])
        context = review_context(report)
        context.update(stored=True, back=back, back_label=t("overview.back"),
                       source_href=Path(str(doc["path"])).resolve().as_uri(),
                       stored_note=t("overview.stored_note"))
        (reviews / _slug(doc["sha256"])).write_text(render("review.html.j2", **context), encoding="utf-8")
    page = render("overview.html.j2", **overview_context(frames, reviews.name))
    out.write_text(page, encoding="utf-8")
    return out
