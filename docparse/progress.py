"""Progress of long work (OCR pages, pages of a large PDF), reported to whoever listens.

The library reports ``step(task, done, total)``; nothing is shown unless a listener is installed
(the CLI installs a rich progress bar on stderr when stderr is a terminal, render/progress.py).

>>> seen = []
>>> with listening(lambda task, done, total: seen.append((task, done, total))):
...     step("ocr", 0, 3); step("ocr", 1, 3)
>>> seen
[('ocr', 0, 3), ('ocr', 1, 3)]
>>> step("ocr", 2, 3)  # no listener: nothing happens
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Optional

_listener: Optional[Callable[[str, int, int], None]] = None


def step(task: str, done: int, total: int) -> None:
    """``done`` of ``total`` units of ``task`` ("ocr", "pages") are finished."""
    if _listener is not None:
        _listener(task, done, total)


@contextmanager
def listening(listener: Optional[Callable[[str, int, int], None]]):
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous


listen = listening  # the web page's name for it (docparse/serve.py)
