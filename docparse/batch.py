"""`docparse batch DIR`: ingest and re-check every document under DIR into the store.

Incremental: a file whose content hash is stored as processed by this docparse version is skipped.
Crash-safe: each document is one transaction (store.py), so a killed run restarted gives the same
database. Parallel: worker processes sized to the machine, or a Dask cluster (--scheduler); the
parent keeps only a bounded number of documents in flight, so its memory does not grow with the
archive.
"""
from __future__ import annotations

import hashlib
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from . import __version__
from .extractors import SUPPORTED
from .store import done_hashes, engine_for, record_files, write_result

IN_FLIGHT_PER_WORKER = 4


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    skipped: int = 0
    processed: int = 0
    pages: int = 0
    facts: int = 0
    findings: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)
    cross: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        from .i18n import num, t

        out = [t("batch.files", files=num(self.files), documents=num(self.documents),
                 processed=num(self.processed), skipped=num(self.skipped)),
               t("batch.totals", pages=num(self.pages), facts=num(self.facts),
                 findings=num(sum(self.findings.values())))
               + (t("batch.speed", seconds=num(self.seconds, 1), rate=num(self.processed / self.seconds, 1))
                  if self.seconds and self.processed else "")]
        for code, n in sorted(self.findings.items()):
            out.append(f"  {code}: {num(n)}")
        if self.cross:
            out.append(t("batch.cross") + ", ".join(f"{c}: {num(n)}" for c, n in sorted(self.cross.items())))
        if self.failures:
            out.append(t("batch.failed", n=num(len(self.failures))))
            out += [f"  {path}: {reason}" for path, reason in self.failures[:50]]
        return out


def findings_at_or_above(db_url: str, root: Path, severity: str) -> int:
    """How many findings at or above ``severity`` the store holds for the documents under ``root``
    (processed now or unchanged since an earlier run), and across documents."""
    from sqlalchemy import func, or_, select

    from .store import cross_findings, files, findings

    wanted = [s for s in ("info", "warning", "error") if
              ("info", "warning", "error").index(s) >= ("info", "warning", "error").index(severity)]
    prefix = str(root).rstrip("/") + "/"
    engine = engine_for(db_url)
    try:
        with engine.connect() as conn:
            shas = select(files.c.sha256).where(files.c.path.startswith(prefix, autoescape=True))
            own = conn.execute(select(func.count()).select_from(findings).where(
                findings.c.sha256.in_(shas), findings.c.severity.in_(wanted))).scalar()
            cross = conn.execute(select(func.count()).select_from(cross_findings).where(
                cross_findings.c.severity.in_(wanted),
                or_(cross_findings.c.sha256_a.in_(shas), cross_findings.c.sha256_b.in_(shas)))).scalar()
        return int(own or 0) + int(cross or 0)
    finally:
        engine.dispose()


def discover(root: Path) -> Iterator[Path]:
    """Every supported file under ``root``, in a stable order."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            if Path(name).suffix.lower() in SUPPORTED and not name.startswith((".", "~$")):
                yield Path(dirpath) / name


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def process_one(path: str) -> dict:
    """Work done in a worker: the Report as a plain dict, or the reason it failed."""
    import logging

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    os.environ.setdefault("DOCPARSE_OCR_WORKERS", "1")  # documents are already spread over cores
    from .errors import DocparseError
    from .pipeline import parse

    try:
        report = parse(path)
        return {"report": report.model_dump(mode="json", exclude={"document": {"part_evidence"}})}
    except DocparseError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # a damaged file must not stop the archive
        return {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))


def run_batch(root: Path, db_url: str, workers: Optional[int] = None, scheduler: Optional[str] = None,
              progress: bool = False) -> Summary:
    import time

    start = time.perf_counter()
    engine = engine_for(db_url)
    summary = Summary()
    done = done_hashes(engine, __version__)
    todo: dict[str, str] = {}  # sha -> first path
    file_rows = []
    for path in discover(root):
        summary.files += 1
        st = path.stat()
        sha = sha256_of(path)
        file_rows.append({"path": str(path), "sha256": sha, "size": st.st_size, "mtime": st.st_mtime})
        if sha in done or sha in todo:
            continue
        todo[sha] = str(path)
    known = done & {r["sha256"] for r in file_rows}
    summary.documents = len(todo) + len(known)
    summary.skipped = len(known)
    record_files(engine, file_rows)
    del file_rows
    items = list(todo.items())
    results = _run_dask(items, scheduler) if scheduler else _run_local(items, workers or default_workers())
    bar = _progress(len(items)) if progress and items else None
    try:
        for sha, path, result in results:
            write_result(engine, sha, path, result, __version__)
            _count(summary, path, result)
            if bar:
                bar[0].advance(bar[1])
    finally:
        if bar:
            bar[0].stop()
    from .cross import run_cross_checks, stored_cross_counts

    # cross-document findings change only when a document was (re)written
    summary.cross = run_cross_checks(engine) if summary.processed or summary.failures else \
        stored_cross_counts(engine)
    summary.seconds = time.perf_counter() - start
    engine.dispose()
    return summary


def _count(summary: Summary, path: str, result: dict) -> None:
    if result.get("error"):
        summary.failures.append((path, result["error"]))
        return
    report = result["report"]
    summary.processed += 1
    summary.pages += report["source"]["pages"]
    summary.facts += len(report["facts"])
    summary.findings.update(f["code"] for f in report["findings"])


def _run_local(items, workers: int):
    """Results as they finish, with at most workers × IN_FLIGHT_PER_WORKER documents in flight."""
    if workers <= 1 or len(items) <= 1:
        for sha, path in items:
            yield sha, path, process_one(path)
        return
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    pending = {}
    queue = iter(items)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for sha, path in queue:
            pending[pool.submit(process_one, path)] = (sha, path)
            if len(pending) >= workers * IN_FLIGHT_PER_WORKER:
                break
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                sha, path = pending.pop(fut)
                yield sha, path, fut.result()
                nxt = next(queue, None)
                if nxt is not None:
                    pending[pool.submit(process_one, nxt[1])] = nxt


def _run_dask(items, address: str):
    """The same work on an existing Dask distributed cluster."""
    from dask.distributed import Client, as_completed

    client = Client(address)
    try:
        futures = {}
        queue = iter(items)
        limit = max(8, 4 * sum(client.nthreads().values()))
        for sha, path in queue:
            futures[client.submit(process_one, path, pure=False)] = (sha, path)
            if len(futures) >= limit:
                break
        stream = as_completed(list(futures))
        for fut in stream:
            sha, path = futures.pop(fut)
            yield sha, path, fut.result()
            fut.release()
            nxt = next(queue, None)
            if nxt is not None:
                new = client.submit(process_one, nxt[1], pure=False)
                futures[new] = nxt
                stream.add(new)
    finally:
        client.close()


def _progress(total: int):
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)
    from rich.console import Console

    from .i18n import t

    bar = Progress(TextColumn(t("progress.batch")), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   TextColumn(t("progress.eta")), TimeRemainingColumn(), console=Console(file=sys.stderr))
    task = bar.add_task("documents", total=total)
    bar.start()
    return bar, task
