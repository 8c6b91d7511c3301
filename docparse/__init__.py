"""docparse: Vietnamese administrative-reform reports to structured, checked data.

>>> import docparse
>>> docparse.__version__
'0.1.0'
"""
__version__ = "0.1.0"

from .errors import DocparseError, UnreadableDocument  # noqa: E402


def __getattr__(name: str):
    """``docparse.Report`` is imported when first asked for: ``import docparse`` (and the CLI's
    start, before it knows its command) does not build the pydantic models (issue 13)."""
    if name == "Report":
        from .models import Report

        return Report
    raise AttributeError(f"module 'docparse' has no attribute {name!r}")


def parse(source, ocr: str = "auto", lang: str = "vie", name: str | None = None,
          jobs: int | None = None, explain: bool = False) -> "Report":
    """Read one document and return its Report (facts, units, findings, signatures).

    ``source`` is a path, the document's bytes, or a binary file object (``open(f, "rb")``,
    ``io.BytesIO``, an upload); ``name`` ("x.pdf") names bytes for the Report and hints their kind
    (the content itself is sniffed: a PDF is read as a PDF whatever it is called).
    ``jobs``: processes that read the pages of one PDF or multi-page image (the text layer and
    OCR alike; None: OCR on every core, the text layer in this process); the Report is the same.
    ``explain``: keep how each number was read (``report._trace``, what ``docparse explain``
    prints; not kept otherwise).
    Raises DocparseError (one-line reason) when the input cannot be read.
    """
    from .pipeline import parse as _parse

    return _parse(source, ocr=ocr, lang=lang, name=name, jobs=jobs, explain=explain)


def load(db_url: str, tables: list[str] | None = None, history: bool = False) -> dict:
    """The tables of a batch store (``docparse batch --db URL``) as pandas DataFrames, by name.

    The current documents only, unless ``history`` (then every row, superseded ones included, and
    the history tables file_versions, store_state and claims).

    Dtypes: integers Int64 (nullable), dates datetime64 (signed_at/processed_at in UTC), booleans
    ``boolean``, ``severity`` an ordered category (info < warning < error), the ``facts`` of a
    finding a list of fact ids. The tables:

    - ``documents``: one row per distinct content (key ``sha256``): path, media_type, pages,
      text_source, doc_type, number, issuer, place, province, own_unit, issued_on, period_start,
      period_end, docparse_version, status ("ok"/"failed"), error, n_facts, n_findings,
      processed_at, current, superseded_at.
    - ``files``: every path seen (``path``), its ``sha256``, size in bytes and mtime.
    - ``facts``: one row per fact (``sha256``, ``fact_id``): kind, indicator, subject_level,
      subject_name, value, decimals, numerator, denominator, target_op, target_value, qualifier,
      section, uncertain, page, line, text — plus indicator_label, level_label and kind_label
      (Vietnamese names from the catalogue).
    - ``findings``: one row per finding (``sha256``, ``idx``): code, severity, message, stated,
      expected, facts (list), page, line.
    - ``signatures``: one row per signature (``sha256``, ``idx``): signer, email, signed_at, field,
      covers_whole_document, intact, valid, source ("pdf-signature"/"stamp-text").
    - ``cross_findings``: disagreements between documents: code, severity, message, sha256_a,
      fact_a, sha256_b, fact_b, stated, expected.
    - ``table_cells``: one row per body cell of a statistics table (docs/tables.md; key
      ``sha256``, ``tbl``, ``row``, ``col``): page, row_label, row_role, subject_level,
      subject_name, header, kind, indicator, text, status, value, fact_id (the fact it became).
    """
    from .frames import typed
    from .labels import indicator_label, kind_label, level_label
    from .store import load as _load

    frames = _load(db_url, tables=tables, history=history)
    for name, frame in frames.items():
        typed(frame)
        if name == "facts" and len(frame.columns):
            frame["indicator_label"] = [indicator_label(i) for i in frame["indicator"]]
            frame["level_label"] = [level_label(v) for v in frame["subject_level"]]
            frame["kind_label"] = [kind_label(v) for v in frame["kind"]]
    return frames


__all__ = ["parse", "load", "Report", "DocparseError", "UnreadableDocument", "__version__"]
