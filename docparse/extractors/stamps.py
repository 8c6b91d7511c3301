"""Visible signature stamps ("... đã ký lên văn bản này", timestamps): parse them, keep them out of the body.

>>> from docparse.extractors.base import Line
>>> lines = [Line("Hết./.", 1, 1), Line("2025-09-22T18:29:20+0700", 1, 2),
...          Line("Hoàng Văn Thực<hoangvanthuc@haiphong.gov.vn> đã ký lên văn bản này", 1, 3)]
>>> body, stamps = split_stamps(lines)
>>> [l.text for l in body], stamps[0]["signer"], stamps[0]["signed_at"]
(['Hết./.'], 'Hoàng Văn Thực', '2025-09-22T18:29:20+07:00')
"""
from __future__ import annotations

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..data import load
from .base import Line

_DATA = load("stamps")
_TIMESTAMP = regex.compile(_DATA["timestamp"])
_SIGNED = regex.compile("|".join(regex.escape(p) for p in _DATA["signed_phrases"]))
_EMAIL = regex.compile(r"<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?")
_STAMP_TAIL = 8  # a stamp's timestamp and its signed line stand within this many lines


def _iso(ts: str) -> str:
    """'2025-09-22T18:29:20+0700' -> '2025-09-22T18:29:20+07:00'."""
    m = regex.match(r"(.*[T ]\d{2}:\d{2}:\d{2})([+-]\d{2}):?(\d{2})$", ts)
    return f"{m[1]}{m[2]}:{m[3]}" if m else ts


def split_stamps(lines: list[Line]) -> tuple[list[Line], list[dict]]:
    """Remove stamp lines from ``lines`` and parse each stamp into signer, e-mail, time."""
    stamp_idx: set[int] = set()
    stamps: list[dict] = []
    pending_time: tuple[int, str] | None = None
    for i, line in enumerate(lines):
        folded = line.folded
        ts = _TIMESTAMP.search(line.text)
        if ts and len(line.text.strip()) <= len(ts.group()) + 4:
            pending_time = (i, _iso(ts.group()))
            stamp_idx.add(i)
            continue
        if _SIGNED.search(folded):
            email = _EMAIL.search(line.text)
            name = line.text[: email.start()] if email else line.text[: _SIGNED.search(folded).start()]
            when = pending_time[1] if pending_time and i - pending_time[0] <= _STAMP_TAIL else None
            stamps.append({"signer": name.strip(" :,") or None,
                           "email": email.group(1) if email else None,
                           "signed_at": when, "page": line.page, "line": line.number})
            stamp_idx.add(i)
            # lines between the timestamp and the signed line are the stamp's place/organisation
            if pending_time and when:
                stamp_idx.update(range(pending_time[0], i))
            pending_time = None
    body = [line for i, line in enumerate(lines) if i not in stamp_idx]
    return body, stamps
