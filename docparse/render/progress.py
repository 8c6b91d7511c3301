"""A rich progress bar on stderr for work that lasts more than a second, only on a terminal."""
from __future__ import annotations

import sys
import threading
import time
from contextlib import contextmanager

from ..i18n import t
from ..progress import listening

DELAY = 1.0  # seconds of work before a bar appears


class StderrProgress:
    """Receives progress.step() calls; shows a bar for a task once it has run DELAY seconds."""

    def __init__(self, stream=None):
        self.stream = stream or sys.stderr
        self.bar = None
        self.tasks: dict = {}
        self.started: dict = {}
        self.lock = threading.Lock()
        self.timers: list = []

    def __call__(self, task: str, done: int, total: int) -> None:
        with self.lock:
            if task not in self.started:
                self.started[task] = time.monotonic()
                timer = threading.Timer(DELAY, self._show, args=(task,))
                timer.daemon = True
                timer.start()
                self.timers.append(timer)
            state = self.tasks.setdefault(task, {"done": 0, "total": total, "id": None})
            state.update(done=done, total=total)
            if self.bar is not None and state["id"] is not None:
                self.bar.update(state["id"], completed=done, total=total)
            elif time.monotonic() - self.started[task] >= DELAY and done < total:
                self._show_locked(task)

    def _show(self, task: str) -> None:
        with self.lock:
            self._show_locked(task)

    def _show_locked(self, task: str) -> None:
        state = self.tasks.get(task)
        if state is None or state["id"] is not None or state["done"] >= state["total"]:
            return
        if self.bar is None:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                       TimeElapsedColumn)

            self.bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                TimeElapsedColumn(), console=Console(file=self.stream), transient=True)
            self.bar.start()
        label = t("progress.ocr") if task == "ocr" else t("progress.pages")
        state["id"] = self.bar.add_task(label, total=state["total"], completed=state["done"])

    def close(self) -> None:
        for timer in self.timers:
            timer.cancel()
        with self.lock:
            if self.bar is not None:
                self.bar.stop()
                self.bar = None


@contextmanager
def progress_on_stderr(enabled: bool):
    """Install the bar while the block runs (``enabled``: stderr is a terminal and not -q)."""
    if not enabled:
        yield
        return
    shown = StderrProgress()
    try:
        with listening(shown):
            yield
    finally:
        shown.close()
