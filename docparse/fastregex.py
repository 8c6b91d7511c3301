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

Compiling a pattern is slow in this library (its parser and compiler are Python: ~0.06 s for the
~150 patterns a ``docparse check`` uses, a third of a fresh process's own work), so ``compile``
also keeps, in the disk cache of :mod:`docparse.cache`, what the library hands its C engine for
each pattern (the pattern's opcodes as a list of integers, its group names, its required string).
A later process builds the same engine object from them without parsing. The entry is named by a
hash of the library's files and the Python version, so another version of the library never reads
it; a pattern with named lists, ``LOCALE``, ``DEBUG`` or bytes is compiled as usual, and anything
unexpected (an unreadable entry, an engine refusing the stored arguments) falls back to the
library's own compile.

>>> p = compile(r"(?P<n>\\d+)\\s*%"); p.search("đạt 45 %").group("n")
'45'
"""
from __future__ import annotations

import atexit
import os
import threading

import regex as _regex
from regex import *  # noqa: F401,F403  (compile, escape, flags, Pattern, Match, error, ...)
from regex import _main as _lib
from regex import _regex as _engine

_CACHE: dict = {}
MAX_CACHED = 4096  # patterns built from text could otherwise pile up in a long-running server
MAX_STORED = 1024  # engine arguments kept on disk; beyond, those used least recently are dropped
MAX_BYTES = 1 << 20  # and beyond this size (a process reads the whole entry: ~6 ms a MB)

_STORE: dict = {}  # (pattern, flags) -> the arguments of the engine's compile, read from the disk cache
_USED: set = set()  # keys of _STORE this process compiled or read
_STATE = {"path": None, "dirty": False, "loaded": False}
_LOCK = threading.Lock()
_UNCACHEABLE = int(_regex.LOCALE | _regex.DEBUG | _regex.TEMPLATE)


def _store_path():
    from .cache import cache_dir, fingerprint

    folder = cache_dir()
    if folder is None:
        return None
    files = [_lib.__file__, _lib._regex_core.__file__, _engine.__file__]
    extra = f"{_regex.__version__}|{_regex.DEFAULT_VERSION}|{_FORMAT}"
    return folder / f"regex-{fingerprint(files, extra)}.pickle"


# The entry holds each pattern's integer lists (its opcodes) as arrays of machine integers and its
# flags as a plain int: a process unpickles a megabyte of them in ~2 ms instead of ~20 (every
# integer and every RegexFlag was an object to rebuild; issue 13), and turns back into lists only
# the patterns it compiles. The format's name is part of the entry's name.
_FORMAT = "packed1"


def _pack(args: tuple) -> tuple:
    """Engine arguments as stored: int lists as arrays, flags as int (``_unpack`` undoes it).

    >>> a = ("x", _regex.RegexFlag(256), [1, 2, 70000], {}, [], 0)
    >>> _unpack(_pack(a)) == a, type(_pack(a)[2]).__name__, type(_unpack(_pack(a))[1]).__name__
    (True, 'array', 'int')
    """
    from array import array

    out = []
    for x in args:
        if type(x) is list and all(type(i) is int for i in x):
            for code in ("I", "q"):
                try:
                    x = array(code, x)
                    break
                except OverflowError:
                    continue
        elif isinstance(x, _regex.RegexFlag):
            x = int(x)
        out.append(x)
    return tuple(out)


def _unpack(packed: tuple) -> tuple:
    from array import array

    return tuple(x.tolist() if type(x) is array else x for x in packed)


def _load_store() -> None:
    _STATE["loaded"] = True
    try:
        path = _STATE["path"] = _store_path()
        if path is not None:
            import pickle

            with open(path, "rb") as fh:
                stored = pickle.load(fh)
            if isinstance(stored, dict):
                _STORE.update(stored)
    except Exception:  # no entry yet, unreadable or stale: patterns are compiled as usual
        pass


class _Recorder:
    """Stands for the engine module in the library while one pattern is compiled: keeps the
    arguments of the engine's compile."""

    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return getattr(_engine, name)

    def compile(self, *args):
        self.calls.append(args)
        return _engine.compile(*args)


def _compile_recorded(pattern: str, flags: int):
    recorder = _Recorder()
    with _LOCK:
        _lib._regex = recorder
        try:
            compiled = _regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _lib._regex = _engine
    mine = [a for a in recorder.calls if a and a[0] == pattern]
    if len(mine) == 1 and not (compiled.flags & _UNCACHEABLE):
        return compiled, mine[0]
    return compiled, None


def compile(pattern, flags=0, ignore_unused=False, cache_pattern=None, **kwargs):
    """The library's ``compile``; a str pattern's engine arguments kept in the disk cache."""
    if kwargs or ignore_unused or cache_pattern is not None or type(pattern) is not str \
            or int(flags) & _UNCACHEABLE:
        return _regex.compile(pattern, flags, ignore_unused, cache_pattern, **kwargs)
    if not _STATE["loaded"]:
        _load_store()
    key = (pattern, int(flags))
    args = _STORE.get(key)
    if args is not None:
        try:
            compiled = _engine.compile(*_unpack(args))
            _USED.add(key)
            return compiled
        except Exception:
            pass
    try:
        compiled, args = _compile_recorded(pattern, int(flags))
    except _regex.error:
        raise
    except Exception:  # the library's internals differ from what this module expects
        return _regex.compile(pattern, flags)
    if args is not None:
        _STORE[key] = _pack(args)
        _USED.add(key)
        _STATE["dirty"] = True
    return compiled


@atexit.register
def _save_store() -> None:
    """Write the engine arguments learnt in this process (merged with the entry on disk)."""
    if not _STATE["dirty"] or _STATE["path"] is None or os.getpid() != _PID:
        return
    tmp = None
    try:
        import pickle
        import tempfile

        path = _STATE["path"]
        try:
            with open(path, "rb") as fh:
                merged = pickle.load(fh)
            merged = merged if isinstance(merged, dict) else {}
        except Exception:
            merged = {}
        for k in _USED:  # this run's patterns last: the entry keeps the most recently used ones
            merged.pop(k, None)
            merged[k] = _STORE[k]
        for k in list(merged)[:max(0, len(merged) - MAX_STORED)]:  # patterns built from documents' text
            del merged[k]
        blob = pickle.dumps(merged, protocol=pickle.HIGHEST_PROTOCOL)
        while len(blob) > MAX_BYTES and len(merged) > len(_USED):  # every process reads it whole
            for k in list(merged)[:max(1, (len(merged) - len(_USED)) // 4)]:
                del merged[k]
            blob = pickle.dumps(merged, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".regex-")
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob)
        os.replace(tmp, path)
        tmp = None
        from .cache import prune

        prune(path.parent, "regex")  # entries of other versions of the library
    except Exception:
        pass
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


_PID = os.getpid()  # a forked worker leaves the writing to the process that loaded the store


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
        got = _CACHE[key] = compile(pattern, flags)
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


# the characters ``str.isspace`` holds true for (the doctest of ``escape`` compares them with every
# code point)
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200b))) \
    + "\u2028\u2029\u202f\u205f\u3000"
_METACHARS = getattr(_lib, "_METACHARS", None)  # what the library escapes besides spaces
_ESCAPES = {ord(c): "\\" + c for c in set(_METACHARS) | set(_SPACES)} if _METACHARS else None


def escape(pattern, special_only=True, literal_spaces=False):
    """The library's ``escape``: the same text, by one ``str.translate`` for a str with the default
    options (the library's loops over the characters in Python; patterns are built from the
    catalogue's words with hundreds of calls in a fresh process, issue 13).

    >>> import sys, regex as lib
    >>> "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()) == _SPACES
    True
    >>> all(escape(s) == lib.escape(s) for s in ("tiếp nhận", "a.b (c)", "x\\u3000y-z#&~", "100%"))
    True
    """
    if special_only and not literal_spaces and type(pattern) is str and _ESCAPES is not None:
        return pattern.translate(_ESCAPES)
    return _regex.escape(pattern, special_only, literal_spaces)
