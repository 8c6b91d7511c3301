"""pandas frames with the dtypes an analyst expects: Int64 integers (nullable), datetime64 dates,
lists as lists, labels with their accents, and Vietnamese labels beside the ids."""
from __future__ import annotations

from .labels import accented, indicator_label, kind_label, level_label, subject_label

FACT_COLUMNS = ["id", "kind", "kind_label", "indicator", "indicator_label", "subject_level",
                "level_label", "subject_name", "subject_raw", "subject_scope", "value", "decimals",
                "numerator", "denominator", "target_op", "target_value", "qualifier", "label",
                "uncertain", "explicit", "page", "line", "text", "source", "sha256", "province",
                "issued_on", "period_start", "period_end"]
FINDING_COLUMNS = ["code", "severity", "message", "stated", "expected", "suggested", "facts", "page",
                   "line", "text", "source", "sha256"]
SEVERITIES = ["info", "warning", "error"]
DATE_COLUMNS = {"issued_on", "period_start", "period_end", "signed_at", "processed_at"}


def _dates(series):
    import pandas as pd

    return pd.to_datetime(series, errors="coerce", utc=series.name in ("signed_at", "processed_at"),
                          format="mixed" if series.name in ("signed_at", "processed_at") else "%Y-%m-%d")


def _whole(series):
    """Int64 when every value is a whole number, else the floats as they are."""
    import pandas as pd

    values = pd.to_numeric(series, errors="coerce")
    present = values.dropna()
    if len(present) == 0 or (present == present.round()).all():
        return values.astype("Int64")
    return values.astype("float64")


def facts_frame(report):
    import pandas as pd

    doc = report.document
    period = doc.period
    province = doc.province
    rows = []
    for f in report.facts:
        rows.append({
            "id": f.id, "kind": f.kind, "kind_label": kind_label(f.kind), "indicator": f.indicator,
            "indicator_label": accented(f.label, f.evidence.text) if f.indicator == "other" and f.label
            else indicator_label(f.indicator),
            "subject_level": f.subject.level, "level_label": level_label(f.subject.level),
            "subject_name": subject_label(f.subject.level, f.subject.name, province),
            "subject_raw": f.subject.raw, "subject_scope": f.subject.scope, "value": f.value,
            "decimals": f.decimals, "numerator": f.numerator, "denominator": f.denominator,
            "target_op": f.target.op if f.target else None,
            "target_value": f.target.value if f.target else None,
            "qualifier": f.qualifier, "label": accented(f.label, f.evidence.text), "uncertain": f.uncertain,
            "explicit": f.explicit,
            "page": f.evidence.page, "line": f.evidence.line, "text": f.evidence.text,
            "source": report.source.path if report.source else None,
            "sha256": report.source.sha256 if report.source else None, "province": province,
            "issued_on": doc.issued_on, "period_start": period.start if period else None,
            "period_end": period.end if period else None,
        })
    frame = pd.DataFrame(rows, columns=FACT_COLUMNS)
    return typed(frame)


def findings_frame(report):
    import pandas as pd

    from .render.text import suggested_value

    rows = []
    for f in report.findings:
        ev = f.evidence
        rows.append({"code": f.code, "severity": f.severity, "message": f.message, "stated": f.stated,
                     "expected": f.expected, "suggested": suggested_value(report, f),
                     "facts": list(f.facts), "page": ev.page if ev else None,
                     "line": ev.line if ev else None, "text": ev.text if ev else None,
                     "source": report.source.path, "sha256": report.source.sha256})
    return typed(pd.DataFrame(rows, columns=FINDING_COLUMNS))


def typed(frame, integers=("decimals", "page", "line", "pages", "n_facts", "n_findings", "size", "idx", "tbl",
                           "row", "col"),
          counts=("numerator", "denominator")):
    """The frame's columns in their dtypes (see the module's docstring); returns the same frame.

    >>> import pandas as pd
    >>> f = typed(pd.DataFrame({"page": [1.0, None], "period_end": ["2025-09-14", None],
    ...                         "facts": ["f6,f2", ""], "severity": ["error", "info"]}))
    >>> [str(t).split("[")[0] for t in f.dtypes], f.facts.tolist()
    (['Int64', 'datetime64', 'object', 'category'], [['f6', 'f2'], []])
    """
    import pandas as pd

    for column in frame.columns:
        if column in integers:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
        elif column in counts:
            frame[column] = _whole(frame[column])
        elif column in DATE_COLUMNS:
            frame[column] = _dates(frame[column])
        elif column == "facts":
            frame[column] = [v if isinstance(v, list) else ([x for x in str(v).split(",") if x]
                             if v is not None and v == v else []) for v in frame[column]]
        elif column == "severity":
            frame[column] = pd.Categorical(frame[column], categories=SEVERITIES, ordered=True)
        elif column in ("uncertain", "explicit", "covers_whole_document", "intact", "valid"):
            frame[column] = frame[column].astype("boolean")
    return frame
