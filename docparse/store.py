"""The archive store (SQLAlchemy): SQLite file by default, PostgreSQL (or any URL) for shared use.

Tables: documents (one row per distinct content, keyed by sha256), files (each path's current
content), facts, findings, signatures, and cross_findings (disagreements between documents).
History: file_versions keeps every (path, content) ever seen; when a file is edited or deleted its
old version is marked superseded there, and a document no current file holds is marked
`current = false` (its rows stay, but cross-document checks, `load` and exports leave it out).
Bookkeeping: claims (the documents a running batch has taken, so that two runs on one database
never do the same work) and store_state (the run marker: which set of current documents the
stored cross-document findings were computed from).
A document is written in one transaction, its documents row last: a run killed at any moment
leaves either the whole document or nothing of it, and the next run redoes what is missing.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import socket
import time
from typing import Iterable, Optional

from sqlalchemy import (Boolean, Column, Float, Index, Integer, MetaData, String, Table, Text,
                        create_engine, delete, event, inspect, insert, select, text, update)
from sqlalchemy.exc import IntegrityError, OperationalError
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
    Column("current", Boolean), Column("superseded_at", String(32)),
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
table_cells = Table(  # statistics tables (issue 12, docs/tables.md): one row per body cell
    "table_cells", metadata,
    Column("sha256", String(64), primary_key=True), Column("tbl", Integer, primary_key=True),
    Column("row", Integer, primary_key=True), Column("col", Integer, primary_key=True),
    Column("page", Integer), Column("row_label", Text), Column("row_role", String(10)),
    Column("subject_level", String(16)), Column("subject_name", Text), Column("header", Text),
    Column("kind", String(16)), Column("indicator", String(40)), Column("text", Text),
    Column("status", String(10)), Column("value", Float), Column("fact_id", String(16)),
)
cross_findings = Table(
    "cross_findings", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("code", String(40), index=True), Column("severity", String(10)), Column("message", Text),
    Column("sha256_a", String(64)), Column("fact_a", String(16)),
    Column("sha256_b", String(64)), Column("fact_b", String(16)),
    Column("stated", Float), Column("expected", Float),
)
file_versions = Table(
    "file_versions", metadata,
    Column("path", Text, primary_key=True), Column("sha256", String(64), primary_key=True),
    Column("size", Integer), Column("mtime", Float), Column("current", Boolean),
    Column("seen_at", String(32)), Column("superseded_at", String(32)),
)
claims = Table(
    "claims", metadata,
    Column("sha256", String(64), primary_key=True), Column("run_id", String(40)),
    Column("host", Text), Column("pid", Integer), Column("claimed_at", Float),
)
store_state = Table(
    "store_state", metadata,
    Column("key", String(40), primary_key=True), Column("value", Text),
)
TABLES = ["documents", "files", "facts", "findings", "signatures", "cross_findings", "table_cells"]
HISTORY_TABLES = ["file_versions", "store_state", "claims"]
CLAIM_LEASE_SECONDS = 6 * 3600  # a claim of a run on another host is taken over after this long


def engine_for(url: str) -> Engine:
    """An engine with the tables created; a bad URL is a one-line DocparseError."""
    try:
        engine = create_engine(url, future=True,
                               **({"connect_args": {"timeout": 60}} if url.startswith("sqlite") else {}))
    except Exception as exc:
        raise DocparseError(t("err.db_use", url=repr(url), reason=f"{type(exc).__name__}: {exc}")) from exc
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(conn, _):
            # WAL with synchronous=NORMAL: every commit is atomic and survives the process being
            # killed at any moment (SIGKILL); a power cut may roll back the last commits, never
            # leave half of one, and the next run redoes what is missing. No fsync per document.
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
    try:
        metadata.create_all(engine)
        _migrate(engine)
    except Exception as exc:
        raise DocparseError(t("err.db_open", url=repr(url), reason=f"{type(exc).__name__}: {str(exc)[:160]}")) from exc
    return engine


def _migrate(engine: Engine) -> None:
    """A store written before file history existed: add the columns and take its files as current."""
    have = {c["name"] for c in inspect(engine).get_columns("documents")}
    if "current" in have:
        return
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE documents ADD COLUMN current BOOLEAN"))
        conn.execute(text("ALTER TABLE documents ADD COLUMN superseded_at VARCHAR(32)"))
        rows = [dict(r) for r in conn.execute(select(files)).mappings()]
        if rows:
            conn.execute(insert(file_versions), [dict(r, current=True, seen_at=_now()) for r in rows])
        held = select(files.c.sha256)
        conn.execute(update(documents).values(current=documents.c.sha256.in_(held)))


def check_writable(engine: Engine) -> None:
    """Refuse a store that cannot be written (a read-only file) before any work starts."""
    try:
        with engine.begin() as conn:
            conn.execute(delete(store_state).where(store_state.c.key == "write-probe"))
            conn.execute(insert(store_state).values(key="write-probe", value=_now()))
            conn.execute(delete(store_state).where(store_state.c.key == "write-probe"))
    except OperationalError as exc:
        raise DocparseError(t("err.db_write", reason=str(exc.orig)[:120])) from exc


def stall_point(path: str) -> None:
    """Fault injection for the time-limit test: DOCPARSE_STALL_ON=NAME makes reading the file of
    that name hang (a reader stuck inside a C call does the same)."""
    name = os.environ.get("DOCPARSE_STALL_ON")
    if name and os.path.basename(path) == name:
        time.sleep(3600)


def kill_point(name: str) -> None:
    """Fault injection for the kill tests: DOCPARSE_KILL_AT=name makes the process SIGKILL itself
    here (names: `document:N` after the N-th document is stored, `documents-stored`,
    `cross-computed`, `cross-written` (inside the transaction, before it commits))."""
    if os.environ.get("DOCPARSE_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)


def done_hashes(engine: Engine, version: str) -> set[str]:
    """Documents already processed successfully by this docparse version."""
    with engine.connect() as conn:
        rows = conn.execute(select(documents.c.sha256).where(documents.c.status == "ok",
                                                             documents.c.docparse_version == version))
        return {r[0] for r in rows}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def write_result(engine: Engine, sha: str, path: str, result: dict, version: str) -> None:
    """Replace everything stored for ``sha`` with ``result`` in one transaction (which also
    releases the document's claim)."""
    with engine.begin() as conn:
        conn.execute(delete(claims).where(claims.c.sha256 == sha))
        # a document's rows are written in the transaction that writes its documents row, so a
        # content never stored before has none to replace (most of an archive's first run: four
        # statements fewer per document in the batch parent; issue 13)
        if conn.execute(select(documents.c.sha256).where(documents.c.sha256 == sha).limit(1)).first() is not None:
            for table in (facts, findings, signatures, table_cells):
                conn.execute(delete(table).where(table.c.sha256 == sha))
            conn.execute(delete(documents).where(documents.c.sha256 == sha))
        held = conn.execute(select(file_versions.c.path).where(
            file_versions.c.sha256 == sha, file_versions.c.current.is_(True)).limit(1)).first() is not None
        if result.get("error"):
            conn.execute(insert(documents).values(sha256=sha, path=path, docparse_version=version,
                                                  status="failed", error=result["error"],
                                                  processed_at=_now(), current=held))
            return
        report = result["report"]
        if report["facts"]:
            conn.execute(insert(facts), [_fact_row(sha, f) for f in report["facts"]])
        if report["findings"]:
            conn.execute(insert(findings), [_finding_row(sha, i, f) for i, f in enumerate(report["findings"])])
        cells = _cell_rows(sha, report.get("tables") or [])
        if cells:
            conn.execute(insert(table_cells), cells)
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
            processed_at=_now(), current=held))


def known_files(engine: Engine) -> dict[str, tuple]:
    """path -> (sha256, size, mtime) of every current file: lets a run skip hashing unchanged files."""
    with engine.connect() as conn:
        return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
            select(files.c.path, files.c.sha256, files.c.size, files.c.mtime))}


def _under(path: str, root: str) -> bool:
    """
    >>> _under("/a/b/c.txt", "/a/b"), _under("/a/bc.txt", "/a/b"), _under("/a/b/c.txt", "/")
    (True, False, True)
    """
    return path.startswith(root.rstrip(os.sep) + os.sep)


def _lock(conn, name: str) -> None:
    """Serialise a read-then-write transaction between runs: the write lock (SQLite) or the key's
    index entry (PostgreSQL) is taken before anything is read; _unlock leaves no row behind."""
    conn.execute(delete(store_state).where(store_state.c.key == f"lock:{name}"))
    conn.execute(insert(store_state).values(key=f"lock:{name}", value=str(os.getpid())))


def _unlock(conn, name: str) -> None:
    conn.execute(delete(store_state).where(store_state.c.key == f"lock:{name}"))


def _retry(fn, *args):
    """``fn`` again when a concurrent run's transaction got in the way."""
    for attempt in range(20):
        try:
            return fn(*args)
        except (IntegrityError, OperationalError) as exc:
            if attempt == 19 or "readonly" in str(exc):
                raise
            time.sleep(0.05 * (attempt + 1))


def sync_files(engine: Engine, root: str, rows: list[dict]) -> dict:
    return _retry(_sync_files, engine, root, rows)


def _sync_files(engine: Engine, root: str, rows: list[dict]) -> dict:
    """Make the store's current files under ``root`` exactly ``rows`` (path, sha256, size, mtime), in
    one transaction: an edited file's old version and a deleted file are marked superseded in
    file_versions (kept as history), and a document no current file holds any more is marked
    not current. Returns counts of new, edited, deleted and unchanged paths."""
    now = _now()
    counts = dict(new=0, edited=0, deleted=0, unchanged=0)
    with engine.begin() as conn:
        _lock(conn, "files")
        before = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
            select(files.c.path, files.c.sha256, files.c.size, files.c.mtime))}
        seen = set()
        touched_shas: set[str] = set()
        gone: list[str] = []
        added: list[dict] = []
        meta_changed: list[dict] = []
        for r in rows:
            seen.add(r["path"])
            old = before.get(r["path"])
            if old is not None and old[0] == r["sha256"]:
                counts["unchanged"] += 1
                if (old[1], old[2]) != (r["size"], r["mtime"]):
                    meta_changed.append(r)
                continue
            counts["edited" if old is not None else "new"] += 1
            if old is not None:
                gone.append(r["path"])
                touched_shas.add(old[0])
            added.append(r)
            touched_shas.add(r["sha256"])
        for path, old in before.items():
            if path not in seen and _under(path, root):
                counts["deleted"] += 1
                gone.append(path)
                touched_shas.add(old[0])
        for path in gone:
            conn.execute(update(file_versions).where(file_versions.c.path == path,
                                                     file_versions.c.current.is_(True))
                         .values(current=False, superseded_at=now))
        if gone:
            conn.execute(delete(files).where(files.c.path.in_(gone)))
        for r in added:  # a file edited back to an earlier content makes that version current again
            conn.execute(delete(file_versions).where(file_versions.c.path == r["path"],
                                                     file_versions.c.sha256 == r["sha256"]))
        if added:
            conn.execute(insert(file_versions), [dict(r, current=True, seen_at=now, superseded_at=None)
                                                 for r in added])
            conn.execute(insert(files), added)
        for r in meta_changed:  # touched but not changed: only its stat is refreshed
            for table in (files, file_versions):
                conn.execute(update(table).where(table.c.path == r["path"], table.c.sha256 == r["sha256"])
                             .values(size=r["size"], mtime=r["mtime"]))
        if touched_shas:
            shas = sorted(touched_shas)
            held = {x[0] for x in conn.execute(select(file_versions.c.sha256).where(
                file_versions.c.sha256.in_(shas), file_versions.c.current.is_(True)))}
            if held:
                conn.execute(update(documents).where(documents.c.sha256.in_(sorted(held)))
                             .values(current=True, superseded_at=None))
            dropped = [x for x in shas if x not in held]
            if dropped:
                conn.execute(update(documents).where(documents.c.sha256.in_(dropped),
                                                     documents.c.current.is_not(False))
                             .values(current=False, superseded_at=now))
        _unlock(conn, "files")
    return counts


def claim(engine: Engine, shas: list[str], run_id: str, version: str) -> list[str]:
    """Take the documents of ``shas`` that no live run has taken and none has finished; returns
    those now held by ``run_id``. A claim of a process that is gone (same host) or older than
    CLAIM_LEASE_SECONDS (another host) is taken over."""
    host, pid, now = socket.gethostname(), os.getpid(), time.time()
    for attempt in range(20):
        try:
            with engine.begin() as conn:
                _lock(conn, "claims")
                existing = conn.execute(select(claims).where(claims.c.sha256.in_(shas))).mappings().all()
                stale = [c["sha256"] for c in existing if c["run_id"] != run_id and _stale(c, host, now)]
                if stale:
                    conn.execute(delete(claims).where(claims.c.sha256.in_(stale)))
                taken = {c["sha256"] for c in existing if c["sha256"] not in stale}
                finished = {x[0] for x in conn.execute(select(documents.c.sha256).where(
                    documents.c.sha256.in_(shas), documents.c.status == "ok",
                    documents.c.docparse_version == version))}
                free = [x for x in shas if x not in taken and x not in finished]
                if free:
                    conn.execute(insert(claims), [dict(sha256=x, run_id=run_id, host=host, pid=pid,
                                                       claimed_at=now) for x in free])
                _unlock(conn, "claims")
            mine = {c["sha256"] for c in existing if c["run_id"] == run_id}
            return [x for x in shas if x in mine or x in free]
        except (IntegrityError, OperationalError):  # another run claimed the same ones meanwhile
            time.sleep(0.05 * (attempt + 1))
    return []


def _stale(c, host: str, now: float) -> bool:
    if c["host"] == host:
        try:
            os.kill(int(c["pid"]), 0)
            return False
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
    return now - (c["claimed_at"] or 0) > CLAIM_LEASE_SECONDS


def release_claims(engine: Engine, run_id: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(claims).where(claims.c.run_id == run_id))


def current_set(engine: Engine, version: str) -> str:
    """A fingerprint of the current, successfully read documents (and the docparse version): the
    input of the cross-document checks."""
    h = hashlib.sha256(version.encode())
    q = select(documents.c.sha256).where(documents.c.status == "ok", documents.c.current.is_(True)) \
        .order_by(documents.c.sha256)
    if isinstance(engine, Engine):
        with engine.connect() as conn:
            rows = conn.execute(q).all()
    else:  # a connection inside a transaction
        rows = engine.execute(q).all()
    for (sha,) in rows:
        h.update(sha.encode())
    return h.hexdigest()


def get_state(engine: Engine, key: str) -> Optional[str]:
    with engine.connect() as conn:
        row = conn.execute(select(store_state.c.value).where(store_state.c.key == key)).first()
    return row[0] if row else None


def set_state(conn, key: str, value: str) -> None:
    conn.execute(delete(store_state).where(store_state.c.key == key))
    conn.execute(insert(store_state).values(key=key, value=value))


def _cell_rows(sha: str, tables: list[dict]) -> list[dict]:
    """The body cells of a report's tables, with their row's subject and their column's path.

    >>> t = {"index": 0, "columns": [{"index": 2, "path": ["Tiếp nhận", "Trực tuyến"], "kind": "count",
    ...       "indicator": "received_online"}], "rows": [{"index": 3, "label": "Sở Y tế", "role": "unit",
    ...       "subject": {"level": "unit", "name": "Sở Y tế"}, "page": 1,
    ...       "cells": [{"column": 2, "text": "12", "status": "value", "value": 12.0, "fact": "f9"}]}]}
    >>> row = _cell_rows("ab", [t])[0]
    >>> row["header"], row["indicator"], row["value"], row["fact_id"]
    ('Tiếp nhận / Trực tuyến', 'received_online', 12.0, 'f9')
    """
    out = []
    for t in tables:
        columns = {c["index"]: c for c in t.get("columns", [])}
        for r in t.get("rows", []):
            subject = r.get("subject") or {}
            for c in r.get("cells", []):
                col = columns.get(c["column"], {})
                out.append(dict(sha256=sha, tbl=t["index"], row=r["index"], col=c["column"],
                                page=c.get("page") or r.get("page"), row_label=r.get("label"),
                                row_role=r.get("role"), subject_level=subject.get("level"),
                                subject_name=subject.get("name"), header=" / ".join(col.get("path") or []),
                                kind=col.get("kind"), indicator=col.get("indicator"), text=c.get("text"),
                                status=c.get("status"), value=c.get("value"), fact_id=c.get("fact")))
    return out


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


def load(db_url: str, tables: Optional[list[str]] = None, history: bool = False) -> dict:
    """The store's tables as pandas DataFrames: the current documents' rows only, unless
    ``history`` (then every row, superseded ones included, and the history tables).

    >>> frames = load("sqlite://")  # an empty in-memory store
    >>> sorted(frames) == sorted(TABLES), len(frames["facts"])
    (True, 0)
    """
    import pandas as pd

    engine = engine_for(db_url)
    out = {}
    names = tables or (TABLES + HISTORY_TABLES if history else TABLES)
    with engine.connect() as conn:
        for name in names:
            table = metadata.tables[name]
            q = select(table)
            if not history and name == "documents":
                q = q.where(documents.c.current.is_(True))
            elif not history and "sha256" in table.c and name not in ("files", "claims"):
                q = q.where(table.c.sha256.in_(select(documents.c.sha256).where(documents.c.current.is_(True))))
            frame = pd.read_sql_query(q, conn)
            if frame.empty:  # keep the column types an empty table has
                frame = pd.read_sql_table(name, conn).iloc[:0]
            out[name] = frame
    engine.dispose()
    return out


def check_export_path(out_path: str) -> None:
    """Refuse an export name before any work: a known suffix and a folder that exists.

    >>> check_export_path("x.json")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    docparse.errors.DocparseError: --out ... .json
    """
    from pathlib import Path

    out = Path(out_path)
    suffix = out.suffix.lower()
    if suffix not in (".parquet", ".csv", ".xlsx"):
        raise DocparseError(t("err.out_suffix", suffix=suffix or t("err.no_suffix")))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise DocparseError(t("err.out_no_folder", folder=folder))
    if not os.access(folder, os.W_OK):
        raise DocparseError(t("err.out_not_writable", folder=folder))


def export(db_url: str, out_path: str) -> list[str]:
    """Write the tables to Excel (one sheet each), or to Parquet/CSV: the named file holds the facts
    with their document's columns, and `<stem>.<table>.<ext>` files beside it hold every table."""
    from pathlib import Path

    import pandas as pd

    check_export_path(out_path)
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
    written = [str(out)]
    writers[suffix](facts_wide, out)
    for name, frame in frames.items():
        path = out.with_name(f"{out.stem}.{name}{suffix}")
        writers[suffix](frame, path)
        written.append(str(path))
    return written
