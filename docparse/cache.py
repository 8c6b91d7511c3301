"""A disk cache for indexes that take long to build and depend only on installed data (the
pre-2025 unit list, the current one), so that a fresh ``docparse check`` does not rebuild them.

The cache lives in ``$DOCPARSE_CACHE_DIR``, else ``$XDG_CACHE_HOME/docparse``, else
``~/.cache/docparse``; ``DOCPARSE_CACHE_DIR=off`` turns it off. An entry is named by a hash of
everything it was built from (the source files of the code that builds it, the data files' sizes
and times, the Python version), so a changed input builds a new entry; an unreadable or unwritable
cache is never an error: the index is built in memory as without a cache.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Callable, Iterable, Optional, TypeVar

T = TypeVar("T")


def cache_dir() -> Optional[Path]:
    """Where entries are kept, or None when the cache is off.

    >>> os.environ["DOCPARSE_CACHE_DIR"] = "off"; cache_dir() is None
    True
    >>> del os.environ["DOCPARSE_CACHE_DIR"]
    """
    env = os.environ.get("DOCPARSE_CACHE_DIR")
    if env is not None:
        return None if env.strip().lower() in ("", "0", "off", "no") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "docparse"


def fingerprint(files: Iterable[os.PathLike | str], extra: str = "") -> str:
    """A hash of the files' paths, sizes and modification times, the Python version and ``extra``."""
    h = hashlib.sha256(f"{sys.version}|{extra}".encode())
    for f in files:
        try:
            st = os.stat(f)
            h.update(f"|{os.fspath(f)}:{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError:
            h.update(f"|{os.fspath(f)}:missing".encode())
    return h.hexdigest()[:24]


KEEP = 16  # entries of one name kept (other installs, versions or checkouts of docparse sharing the folder)


def prune(folder: Path, name: str, keep: int = KEEP) -> None:
    """Remove all but the ``keep`` most recently written entries named ``name``: an entry of code or
    data since changed is never read again (a process that has one open keeps reading it)."""
    try:
        entries = sorted(folder.glob(f"{name}-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True)
        for old in entries[keep:]:
            old.unlink()
    except OSError:
        pass


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """The object ``build()`` returns, from the cache entry ``name``-``key`` when there is one."""
    folder = cache_dir()
    path = folder / f"{name}-{key}.pickle" if folder is not None else None
    if path is not None:
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except Exception:  # missing, stale format, truncated: build it again
            pass
    obj = build()
    if path is not None:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            prune(folder, name)
        except Exception:
            try:
                os.unlink(tmp)
            except Exception:
                pass
    return obj
