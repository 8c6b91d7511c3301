"""The archive store (SQLAlchemy): SQLite file by default, PostgreSQL (or any URL) for shared use.

Tables: documents (one row per distinct content, keyed by sha256), files (every path seen and its
content), facts, findings, signatures, and cross_findings (disagreements between documents).
A document is written in one transaction, its documents row last: a run killed at any moment
leaves either the whole document or nothing of it, and the next run redoes what is missing.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from sqlalchemy import (Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text,
                        create_engine, delete, event, insert, select)
from sqlalchemy.engine import Engine

from .errors import DocparseError
from .i18n import t

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("path", Text), Column("media_type", String(120)), Column("pages", Integer),
    Column("text_source", String(20)), Column("doc_type", String(10)), Column("number", String(80)),
    Column("issuer", Text), Column("place", Text), Column("province", Text), Column("own_unit", Text),
    Column("issued_on", String(10)), Column("period_start", String(10)), Column("period_end", String(10)),
    Column("docparse_version", String(20)), Column("status", String(10)), Column("error", Text),
    Column("n_facts", Integer), Column("n_findings", Integer), Column("processed_at", String(32)),
)
files = Table(
    "files", metadata,
    Column("path", Text, primary_key=True), Column("sha256", String(64), index=True),
    Column("size", Integer), Column("mtime", Float),
)
facts = Table(
    "facts", metadata,
    Column("sha256", String(64), primary_key=True), Column("fact_id", String(16), primary_key=True),
    Column("kind", String(16)), Column("indicator", String(40)), Column("subject_level", String(16)),
    Column("subject_name", Text), Column("value", Float), Column("decimals", Integer),
    Column("numerator", Float), Column("denominator", Float), Column("target_op", String(2)),
    Column("target_value", Float), Column("qualifier", Text), Column("section", String(40)),
    Column("uncertain", Boolean), Column("page", Integer), Column("line", Integer), Column("text", Text),
)
Index("ix_facts_indicator_subject", facts.c.indicator, facts.c.subject_level, facts.c.subject_name)
findings = Table(
    "findings", metadata,
    Column("sha256", String(64), primary_key=True), Column("idx", Integer, primary_key=True),
    Column("code", String(40), index=True), Column("severity", String(10)), Column("message", Text),
    Column("stated", Float), Column("expected", Float), Column("facts", Text),
    Column("page", Integer), Column("line", Integer),
)
signatures = Table(
    "signatures", metadata,
    Column("sha256", String(64), primary_key=True), Column("idx", Integer, primary_key=True),
    Column("signer", Text), Column("email", Text), Column("signed_at", String(40)), Column("field", Text),
    Column("covers_whole_document", Boolean), Column("intact", Boolean), Column("valid", Boolean),
    Column("source", String(20)),
)
cross_findings = Table(
    "cross_findings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(40), index=True), Column("severity", String(10)), Column("message", Text),
    Column("sha256_a", String(64)), Column("fact_a", String(16)),
    Column("sha256_b", String(64)), Column("fact_b", String(16)),
    Column("stated", Float), Column("expected", Float),
)
TABLES = ["documents", "files", "facts", "findings", "signatures", "cross_findings"]


def engine_for(url: str) -> Engine:
    """An engine with the tables created; a bad URL is a one-line DocparseError."""
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:
        raise DocparseError(t("err.db_use", url=repr(url), reason=f"{type(exc).__name__}: {exc}")) from exc
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _):  # durable and safe to kill at any moment
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.close()
    try:
        metadata.create_all(engine)
    except Exception as exc:
        raise DocparseError(t("err.db_open", url=repr(url), reason=f"{type(exc).__name__}: {str(exc)[:160]}")) from exc
    return engine


def done_hashes(engine: Engine, version: str) -> set[str]:
    """Documents already processed successfully by this docparse version."""
    with engine.connect() as conn:
        rows = conn.execute(select(documents.c.sha256).where(documents.c.status == "ok",
                                                             documents.c.docparse_version == version))
        return {r[0] for r in rows}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def write_result(engine: Engine, sha: str, path: str, result: dict, version: str) -> None:
    """Replace everything stored for ``sha`` with ``result`` in one transaction."""
    with engine.begin() as conn:
        for table in (facts, findings, signatures):
            conn.execute(delete(table).where(table.c.sha256 == sha))
        conn.execute(delete(documents).where(documents.c.sha256 == sha))
        if result.get("error"):
            conn.execute(insert(documents).values(sha256=sha, path=path, docparse_version=version,
                                                  status="failed", error=result["error"],
                                                  processed_at=_now()))
            return
        report = result["report"]
        if report["facts"]:
            conn.execute(insert(facts), [_fact_row(sha, f) for f in report["facts"]])
        if report["findings"]:
            conn.execute(insert(findings), [_finding_row(sha, i, f) for i, f in enumerate(report["findings"])])
        if report["signatures"]:
            conn.execute(insert(signatures), [dict(sha256=sha, idx=i, **{k: s.get(k) for k in (
                "signer", "email", "signed_at", "field", "covers_whole_document", "intact", "valid",
                "source")}) for i, s in enumerate(report["signatures"])])
        doc, src = report["document"], report["source"]
        period = doc.get("period") or {}
        conn.execute(insert(documents).values(
            sha256=sha, path=path, media_type=src["media_type"], pages=src["pages"],
            text_source=src["text_source"], doc_type=doc.get("doc_type"), number=doc.get("number"),
            issuer=doc.get("issuer"), place=doc.get("place"), province=doc.get("province"),
            own_unit=doc.get("own_unit"), issued_on=doc.get("issued_on"),
            period_start=period.get("start"), period_end=period.get("end"), docparse_version=version,
            status="ok", error=None, n_facts=len(report["facts"]), n_findings=len(report["findings"]),
            processed_at=_now()))


def record_files(engine: Engine, rows: Iterable[dict]) -> None:
    rows = list(rows)
    if not rows:
        return
    with engine.begin() as conn:
        conn.execute(delete(files).where(files.c.path.in_([r["path"] for r in rows])))
        conn.execute(insert(files), rows)


def _fact_row(sha: str, f: dict) -> dict:
    target = f.get("target") or {}
    ev = f["evidence"]
    return dict(sha256=sha, fact_id=f["id"], kind=f["kind"], indicator=f["indicator"],
                subject_level=f["subject"]["level"], subject_name=f["subject"].get("name"),
                value=f.get("value"), decimals=f.get("decimals"), numerator=f.get("numerator"),
                denominator=f.get("denominator"), target_op=target.get("op"),
                target_value=target.get("value"), qualifier=f.get("qualifier"), section=f.get("section"),
                uncertain=f.get("uncertain"), page=ev["page"], line=ev["line"], text=ev["text"])


def _finding_row(sha: str, i: int, f: dict) -> dict:
    ev = f.get("evidence") or {}
    return dict(sha256=sha, idx=i, code=f["code"], severity=f["severity"], message=f["message"],
                stated=f.get("stated"), expected=f.get("expected"), facts=",".join(f.get("facts", [])),
                page=ev.get("page"), line=ev.get("line"))


def load(db_url: str, tables: Optional[list[str]] = None) -> dict:
    """The store's tables as pandas DataFrames.

    >>> frames = load("sqlite://")  # an empty in-memory store
    >>> sorted(frames) == sorted(TABLES), len(frames["facts"])
    (True, 0)
    """
    import pandas as pd

    engine = engine_for(db_url)
    out = {}
    with engine.connect() as conn:
        for name in tables or TABLES:
            out[name] = pd.read_sql_table(name, conn)
    return out


def export(db_url: str, out_path: str) -> list[str]:
    """Write the tables to Excel (one sheet each), or to Parquet/CSV: the named file holds the facts
    with their document's columns, and `<stem>.<table>.<ext>` files beside it hold every table."""
    from pathlib import Path

    import pandas as pd

    frames = load(db_url)
    out = Path(out_path)
    suffix = out.suffix.lower()
    facts_wide = frames["facts"].merge(
        frames["documents"][["sha256", "path", "doc_type", "number", "issuer", "own_unit", "province",
                             "period_start", "period_end"]], on="sha256", how="left")
    if suffix == ".xlsx":
        with pd.ExcelWriter(out) as xl:
            for name, frame in frames.items():
                frame.to_excel(xl, sheet_name=name, index=False)
        return [str(out)]
    writers = {".csv": lambda f, p: f.to_csv(p, index=False), ".parquet": lambda f, p: f.to_parquet(p, index=False)}
    if suffix not in writers:
        raise DocparseError(t("err.out_suffix", suffix=suffix or t("err.no_suffix")))
    written = [str(out)]
    writers[suffix](facts_wide, out)
    for name, frame in frames.items():
        path = out.with_name(f"{out.stem}.{name}{suffix}")
        writers[suffix](frame, path)
        written.append(str(path))
    return written
