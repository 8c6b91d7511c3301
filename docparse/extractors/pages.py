"""The pages of one document across processes (``--jobs N``, ``docparse.parse(jobs=N)``; issue 13).

A page's text layer and a page's OCR depend on that page alone, so the pages are spread over
worker processes and their results put back in page order: the Report is the one a single
process makes. What follows the reading (recognition, checks) reads the document as a whole (a
heading, a total or a denominator carries from page to page) and stays in the calling process.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

from ..errors import DocparseError
from ..i18n import t


def cores() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count)."""
    import os

    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def check_jobs(jobs) -> None:
    """Refuse a number of jobs that is not a whole number of at least 1 (None: the default).

    >>> check_jobs(None), check_jobs(2)
    (None, None)
    >>> from docparse.i18n import set_lang; set_lang("en")
    >>> check_jobs(0)
    Traceback (most recent call last):
    docparse.errors.DocparseError: --jobs must be a whole number of at least 1, not 0
    >>> set_lang(None)
    """
    if jobs is None:
        return
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise DocparseError(t("err.jobs", jobs=jobs))


def chunks(items: list, parts: int) -> list[list]:
    """``items`` cut into ``parts`` runs of consecutive items, as even as can be.

    >>> chunks(list(range(1, 8)), 3)
    [[1, 2, 3], [4, 5], [6, 7]]
    """
    parts = max(1, min(parts, len(items)))
    size, extra = divmod(len(items), parts)
    out, start = [], 0
    for k in range(parts):
        end = start + size + (1 if k < extra else 0)
        out.append(items[start:end])
        start = end
    return out


_SHARED: list = []  # in a worker process: the object every job of the pool reads (the document's bytes)


def _keep_shared(shared) -> None:
    _SHARED[:] = [shared]


def _run(func, job):
    return func(_SHARED[0], job)


def in_processes(func: Callable, jobs: Iterable, workers: int, shared=None,
                 done: Optional[Callable[[object], None]] = None) -> list:
    """``func(shared, job)`` for every job, on ``workers`` processes (in this one when 1), results in
    the jobs' order. ``shared`` (the document's bytes) goes to each worker once, not with every job;
    ``done(result)`` is called as each result arrives (progress, deadline)."""
    jobs = list(jobs)
    if workers <= 1 or len(jobs) <= 1:
        out = []
        for job in jobs:
            out.append(func(shared, job))
            if done:
                done(out[-1])
        return out
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from functools import partial

    with ProcessPoolExecutor(max_workers=min(workers, len(jobs)), initializer=_keep_shared,
                             initargs=(shared,)) as pool:
        futures = {pool.submit(partial(_run, func), job): k for k, job in enumerate(jobs)}
        results: dict = {}
        try:
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                if done:
                    done(results[futures[fut]])
        except BaseException:
            for fut in futures:
                fut.cancel()
            raise
    return [results[k] for k in range(len(jobs))]
