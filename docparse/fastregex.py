"""The ``regex`` module with a faster cache for its module-level functions (issue 13).

``regex.search(pattern, text)`` looks its compiled pattern up in the library's cache on every call,
which costs more than the search itself on a short segment (flag arithmetic on enums, an import
statement, argument checks): about 3 µs, and docparse makes ~100,000 such calls on a 200-page
report. This module keeps compiled patterns in a plain dict keyed by (pattern, flags) and calls the
compiled pattern's method: the same results, since a compiled pattern is what the library itself
uses. Modules import it as ``regex`` (``from .. import fastregex as regex``); everything else is
the library's own.

>>> search(r"\\d+", "tiếp nhận 5.210 hồ sơ").group()
'5'
>>> sub(r"\\s+", " ", "a  b\\n c"), split(r",\\s*", "a, b,c"), findall(r"\\d", "a1b2")
('a b c', ['a', 'b', 'c'], ['1', '2'])
>>> match(r"(?i)xã", "XÃ An Phú") is not None, fullmatch(r"\\d{4}", "2025") is not None
(True, True)
"""
from __future__ import annotations

import regex as _regex
from regex import *  # noqa: F401,F403  (compile, escape, flags, Pattern, Match, error, ...)

_CACHE: dict = {}
MAX_CACHED = 4096  # patterns built from text could otherwise pile up in a long-running server


def _compiled(pattern, flags: int):
    key = (type(pattern), pattern, flags)
    got = _CACHE.get(key)
    if got is None:
        if isinstance(pattern, _regex.Pattern):
            if flags:
                raise ValueError("cannot process flags argument with a compiled pattern")
            return pattern
        if len(_CACHE) >= MAX_CACHED:
            _CACHE.clear()
        got = _CACHE[key] = _regex.compile(pattern, flags)
    return got


def search(pattern, string, flags=0, **kw):
    return _compiled(pattern, flags).search(string, **kw)


def match(pattern, string, flags=0, **kw):
    return _compiled(pattern, flags).match(string, **kw)


def fullmatch(pattern, string, flags=0, **kw):
    return _compiled(pattern, flags).fullmatch(string, **kw)


def sub(pattern, repl, string, count=0, flags=0, **kw):
    return _compiled(pattern, flags).sub(repl, string, count, **kw)


def subn(pattern, repl, string, count=0, flags=0, **kw):
    return _compiled(pattern, flags).subn(repl, string, count, **kw)


def split(pattern, string, maxsplit=0, flags=0, **kw):
    return _compiled(pattern, flags).split(string, maxsplit, **kw)


def findall(pattern, string, flags=0, **kw):
    return _compiled(pattern, flags).findall(string, **kw)


def finditer(pattern, string, flags=0, **kw):
    return _compiled(pattern, flags).finditer(string, **kw)
