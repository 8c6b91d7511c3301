"""`docparse batch DIR`: ingest and re-check every document under DIR into the store.

Incremental: a file whose content hash is stored as processed by this docparse version is skipped
(a file whose size and modification time are unchanged is not even hashed again).
Current versions: an edited or deleted file's old version is marked superseded (store.sync_files)
and leaves the cross-document checks and exports.
Crash-safe: each document is one transaction (store.py), so a killed run restarted gives the same
database; the cross-document findings are recomputed whenever the set of current documents differs
from the one they were last committed for (a run marker in store_state, committed with them).
Concurrent runs on one database claim documents before working on them, so none is done twice.
Parallel: worker processes sized to the machine, or a Dask cluster (--scheduler); the parent keeps
only a bounded number of documents in flight, so its memory does not grow with the archive.
"""
from __future__ import annotations

import hashlib
import os
import sys
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from . import __version__
from .extractors import SUPPORTED
from .errors import DocparseError
from .i18n import t
from .store import (check_writable, claim, current_set, done_hashes, engine_for, get_state, kill_point,
                    known_files, release_claims, stall_point, sync_files, write_result)

IN_FLIGHT_PER_WORKER = 4
CLAIM_BLOCK = 16
CROSS_KEY = "cross_set"


@dataclass
class Summary:
    files: int = 0
    documents: int = 0
    skipped: int = 0
    elsewhere: int = 0
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
                 processed=num(self.processed), skipped=num(self.skipped))
               + (t("batch.elsewhere", n=num(self.elsewhere)) if self.elsewhere else ""),
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
    prefix = os.path.abspath(root).rstrip("/") + "/"
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


def process_one(path: str, seconds: Optional[float] = None) -> dict:
    """Work done in a worker: the Report as a plain dict, or the reason it failed. With
    ``seconds``, the reader stops by itself between pages once the time is up (limits.deadline);
    the parent kills a worker that cannot (stuck inside one call) a little later."""
    import logging

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    os.environ.setdefault("DOCPARSE_OCR_WORKERS", "1")  # documents are already spread over cores
    from .errors import DocparseError
    from .pipeline import parse

    stall_point(path)
    try:
        if seconds:
            from .limits import deadline

            with deadline(seconds):
                report = parse(path)
        else:
            report = parse(path)
        return {"report": report.model_dump(mode="json", exclude={"document": {"part_evidence"}})}
    except DocparseError as exc:
        return {"error": str(exc)}
    except Exception as exc:  # a damaged file must not stop the archive
        return {"error": f"{type(exc).__name__}: {str(exc)[:300]}"}


def default_workers() -> int:
    from .extractors.pages import cores

    return cores()  # the cores this process may use (its CPU affinity)


def run_batch(root: Path, db_url: str, workers: Optional[int] = None, scheduler: Optional[str] = None,
              progress: bool = False, seconds: Optional[float] = None) -> Summary:
    """``seconds``: the time one document may take (default: the `doc_seconds` resource limit)."""
    import time

    start = time.perf_counter()
    if workers is not None and workers < 1:
        raise DocparseError(t("err.workers", workers=workers))
    root = Path(os.path.abspath(root))
    if not root.is_dir():
        raise DocparseError(t("err.not_folder", path=root))
    seconds = seconds or doc_seconds()  # a bad DOCPARSE_DOC_SECONDS is refused here, before any work
    client = _dask_client(scheduler) if scheduler else None  # every argument checked before any work
    try:
        engine = engine_for(db_url)
        check_writable(engine)
    except BaseException:
        if client is not None:
            client.close()
        raise
    run_id = uuid.uuid4().hex
    summary = Summary()
    try:
        todo = _sync(engine, root, summary)
        items = _claimed(engine, todo, run_id, summary)
        results = (_run_dask(items, client) if client else
                   _run_local(items, workers or default_workers(), len(todo), seconds))
        bar = _progress(len(todo)) if progress and todo else None
        written = 0
        try:
            for sha, path, result in results:
                write_result(engine, sha, path, result, __version__)
                written += 1
                kill_point(f"document:{written}")
                _count(summary, path, result)
                if bar:
                    bar[0].advance(bar[1])
        finally:
            if bar:
                bar[0].stop()
            release_claims(engine, run_id)
        kill_point("documents-stored")
        from .cross import run_cross_checks, stored_cross_counts

        # recomputed whenever the set of current documents is not the one they were committed for
        if get_state(engine, CROSS_KEY) != current_set(engine, __version__):
            summary.cross = run_cross_checks(engine, __version__, CROSS_KEY)
        else:
            summary.cross = stored_cross_counts(engine)
    finally:
        if client is not None:
            client.close()
        engine.dispose()
    summary.seconds = time.perf_counter() - start
    return summary


def _sync(engine, root: Path, summary: Summary) -> list[tuple[str, str]]:
    """Record the files under ``root`` (hashing only those whose size or time changed) and return
    the documents to process: (sha256, first path) of each content not yet done by this version."""
    known = known_files(engine)
    done = done_hashes(engine, __version__)
    todo: dict[str, str] = {}
    rows = []
    distinct = set()
    for path in discover(root):
        summary.files += 1
        st = path.stat()
        old = known.get(str(path))
        sha = old[0] if old and (old[1], old[2]) == (st.st_size, st.st_mtime) else sha256_of(path)
        rows.append({"path": str(path), "sha256": sha, "size": st.st_size, "mtime": st.st_mtime})
        distinct.add(sha)
        if sha not in done and sha not in todo:
            todo[sha] = str(path)
    summary.documents = len(distinct)
    summary.skipped = len(distinct) - len(todo)
    sync_files(engine, str(root), rows)
    return list(todo.items())


def _claimed(engine, todo, run_id: str, summary: Summary):
    """The documents of ``todo`` this run may work on, claimed a block at a time as the workers
    need them: a document another live run holds, or has finished meanwhile, is left to it."""
    for i in range(0, len(todo), CLAIM_BLOCK):
        block = todo[i:i + CLAIM_BLOCK]
        mine = set(claim(engine, [sha for sha, _ in block], run_id, __version__))
        summary.elsewhere += len(block) - len(mine)
        for sha, path in block:
            if sha in mine:
                yield sha, path


def _dask_client(address: str):
    try:
        from dask.distributed import Client

        return Client(address, timeout=10)
    except Exception as exc:
        raise DocparseError(t("err.dask", address=repr(address), reason=type(exc).__name__)) from exc


def _count(summary: Summary, path: str, result: dict) -> None:
    if result.get("error"):
        summary.failures.append((path, result["error"]))
        return
    report = result["report"]
    summary.processed += 1
    summary.pages += report["source"]["pages"]
    summary.facts += len(report["facts"])
    summary.findings.update(f["code"] for f in report["findings"])


def doc_seconds() -> Optional[float]:
    """The time one document may take in batch: the resource limits' `doc_seconds` setting
    (docparse/limits.py, DOCPARSE_DOC_SECONDS) once that module is present, else no limit."""
    try:
        from .limits import LIMITS, get
    except ImportError:
        return None
    return float(get("doc_seconds")) if "doc_seconds" in LIMITS else None


def _overdue_result(seconds: float) -> dict:
    return {"error": t("batch.overdue", seconds=f"{seconds:g}")}


def _run_local(items, workers: int, count: int, seconds: Optional[float] = None):
    """Results as they finish. Without a time limit, at most workers × IN_FLIGHT_PER_WORKER
    documents in flight (one worker: in this process). With ``seconds``, documents run in worker
    processes one per worker, so that one over its time can be stopped: its worker is killed, the
    document recorded as failed, and the others in flight start again in a fresh pool. A worker
    that dies (a crash in a C library, out of memory) costs its documents one more try; a
    document that kills its worker twice is recorded as failed."""
    if seconds is None and (workers <= 1 or count <= 1):
        for sha, path in items:
            yield sha, path, process_one(path)
        return
    import time
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    workers = max(1, workers)
    in_flight = workers if seconds else workers * IN_FLIGHT_PER_WORKER
    hard = (seconds + max(2.0, 0.1 * seconds)) if seconds else None  # after the reader's own stop
    queue = iter(items)
    retry: list[tuple[str, str]] = []
    tries: dict[str, int] = {}
    pool = ProcessPoolExecutor(max_workers=workers)
    pending: dict = {}  # future -> (sha, path, started)

    def fill():
        while len(pending) < in_flight:
            item = retry.pop() if retry else next(queue, None)
            if item is None:
                return
            pending[pool.submit(process_one, item[1], seconds)] = (item[0], item[1], time.monotonic())

    try:
        fill()
        while pending:
            timeout = None
            if seconds:
                timeout = max(0.0, min(t for _, _, t in pending.values()) + hard - time.monotonic())
            finished, _ = wait(pending, timeout=timeout, return_when=FIRST_COMPLETED)
            broken = False
            for fut in finished:
                sha, path, _ = pending.pop(fut)
                try:
                    result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    tries[sha] = tries.get(sha, 0) + 1
                    if tries[sha] >= 2:
                        yield sha, path, {"error": t("batch.worker_died")}
                    else:
                        retry.append((sha, path))
                    continue
                yield sha, path, result
            now = time.monotonic()
            late = [f for f, (_, _, t) in pending.items() if seconds and now - t >= hard]
            if late or broken:
                for fut in late:
                    sha, path, _ = pending.pop(fut)
                    yield sha, path, _overdue_result(seconds)
                retry += [(sha, path) for sha, path, _ in pending.values()]  # innocent: started again
                pending.clear()
                _kill_pool(pool)
                pool = ProcessPoolExecutor(max_workers=workers)
            fill()
    finally:
        _kill_pool(pool) if pending else pool.shutdown(wait=True)


def _kill_pool(pool) -> None:
    """Stop a pool at once, its workers killed (one of them may be stuck inside a C library)."""
    for proc in list(getattr(pool, "_processes", {}).values()):
        try:
            proc.kill()
        except Exception:
            pass
    pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(items, client):
    """The same work on an existing Dask distributed cluster."""
    from dask.distributed import as_completed

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
