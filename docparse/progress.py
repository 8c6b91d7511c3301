"""Progress of reading one document, for a caller that shows it (the web page's progress bar).

The readers call ``step(stage, done, total)``; whoever wants to know wraps the work in
``listen(callback)``. Nobody listening costs nothing.

>>> seen = []
>>> with listen(lambda stage, done, total: seen.append((stage, done, total))):
...     step("ocr", 1, 3)
>>> step("ocr", 2, 3); seen
[('ocr', 1, 3)]
"""
from __future__ import annotations

import contextlib
import contextvars
from typing import Callable, Optional

Callback = Callable[[str, int, int], None]
_LISTENER: contextvars.ContextVar[Optional[Callback]] = contextvars.ContextVar("docparse_progress", default=None)


@contextlib.contextmanager
def listen(callback: Optional[Callback]):
    token = _LISTENER.set(callback)
    try:
        yield
    finally:
        _LISTENER.reset(token)


def step(stage: str, done: int, total: int) -> None:
    callback = _LISTENER.get()
    if callback is not None:
        callback(stage, done, total)
