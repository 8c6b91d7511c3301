r"""A first-character guard for an alternation of patterns (issue 13).

An alternation whose branches begin with lookbehinds is tried branch by branch at every position
of the text: the engine cannot skip ahead. When every branch can only begin with a character of a
known set (a digit, "(", "[") or only at the start of the text, a lookahead on that set put before
the alternation lets the engine skip the other positions, with the same matches. The set is read
from each branch's parsed form (the standard library's parser, after its leading lookarounds); a
branch whose first character cannot be told leaves the alternation unguarded.

>>> first_chars(r"(?<![\d.,])(?:0?[1-9]|[12]\d)\s*/\s*\d")
'01-912'
>>> first_chars(r"^\s*[-+]?x"), first_chars(r"\s?\d{1,2}"), first_chars(r".x")
('^', '\\s\\d', None)
>>> guarded([r"(?<=ngay\s)\d+", r"\(\d\)", r"^[a-z]\)"])
'(?:^|(?=[\\d\\(]))'
"""
from __future__ import annotations

from typing import Optional

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover
    import sre_constants as _c
    import sre_parse as _p

_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s", _c.CATEGORY_WORD: r"\w"}
_LOOKAROUNDS = ("(?<=", "(?<!", "(?=", "(?!")


def _strip_lookarounds(rx: str) -> Optional[str]:
    """``rx`` without its leading lookaround groups (zero-width: they only narrow the match)."""
    while rx.startswith(_LOOKAROUNDS):
        depth, i, in_class = 0, 0, False
        while i < len(rx):
            ch = rx[i]
            if ch == "\\":
                i += 2
                continue
            if in_class:
                in_class = ch != "]"
            elif ch == "[":
                in_class = True
                if rx[i + 1:i + 2] == "]":  # "[]...]": a literal ]
                    i += 1
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        else:
            return None
        rx = rx[i + 1:]
    return rx


def _escape(code: int) -> str:
    """A character as written inside a class."""
    ch = chr(code)
    if not ch.isascii() or ch.isalnum():
        return ch
    return "\\" + ch


def _first(items) -> tuple[Optional[list[str]], bool]:
    """The set of first characters of a parsed sequence (None: unknown) and whether it can be empty."""
    out: list[str] = []
    for op, av in items:
        if op in (_c.ASSERT, _c.ASSERT_NOT):
            continue
        if op is _c.AT:
            if av in (_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY):
                continue
            return None, False
        if op is _c.LITERAL:
            return out + [_escape(av)], False
        if op is _c.IN:
            part = []
            for iop, iav in av:
                if iop is _c.LITERAL:
                    part.append(_escape(iav))
                elif iop is _c.RANGE:
                    part.append(f"{_escape(iav[0])}-{_escape(iav[1])}")
                elif iop is _c.CATEGORY and iav in _CATEGORIES:
                    part.append(_CATEGORIES[iav])
                else:  # a negated or otherwise unusual set
                    return None, False
            return out + part, False
        if op is _c.SUBPATTERN:
            if av[1] or av[2]:  # inline flags (case) change what the characters match
                return None, False
            sub, empty = _first(av[3])
        elif op is _c.BRANCH:
            sub, empty = [], False
            for branch in av[1]:
                b, e = _first(branch)
                if b is None:
                    return None, False
                sub += b
                empty = empty or e
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            sub, empty = _first(av[2])
            empty = empty or av[0] == 0
        else:  # any character, a backreference, ...
            return None, False
        if sub is None:
            return None, False
        out += sub
        if not empty:
            return out, False
    return out, True


def first_chars(rx: str) -> Optional[str]:
    """The characters a match of ``rx`` can begin with, as the inside of a class; '^' for a pattern
    anchored at the start; None when it cannot be told."""
    rest = _strip_lookarounds(rx)
    if rest is None:
        return None
    if rest.startswith("^"):
        return "^"
    try:
        parsed = _p.parse(rest)
    except Exception:
        return None
    if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
        return None
    chars, empty = _first(list(parsed))
    if chars is None or empty:
        return None
    return "".join(dict.fromkeys(chars))


def _lookbehind_class(rx: str) -> Optional[str]:
    """The one-character class of a leading positive lookbehind ("(?<=[)%])"), else None."""
    import re

    m = re.match(r"\(\?<=(\[(?:\\.|[^\]\\])+\]|\\?[^\\()\[\]])\)", rx)
    return m.group(1) if m else None


def guarded(alternatives: list[str]) -> str:
    """A lookahead to put before the alternation of ``alternatives`` ('' when none can be made).
    A branch that begins with a space after a one-character lookbehind ("(?<=[)%])\\s?\\d") is
    guarded with its lookbehind: spaces are everywhere."""
    parts = [first_chars(rx) for rx in alternatives]
    if any(p is None for p in parts):
        return ""
    plain, behind = [], []
    for rx, p in zip(alternatives, parts):
        if p == "^":
            continue
        lb = _lookbehind_class(rx)
        (behind if lb and "\\s" in p else plain).append((lb, p))
    branches = ["^"] if "^" in parts else []
    chars = "".join(dict.fromkeys(p for _, p in plain))
    if chars:
        branches.append(f"(?=[{chars}])")
    branches += [f"(?<={lb})(?=[{p}])" for lb, p in dict.fromkeys(behind)]
    if not branches:
        return ""
    return branches[0] if len(branches) == 1 and branches[0] != "^" else f"(?:{'|'.join(branches)})"


def _candidates(items) -> list[frozenset]:
    """Each way of telling strings one of which every match of a parsed sequence holds: its
    literal runs and the sets of its required parts (empty: none can be told)."""
    out: list[frozenset] = []
    run: list[str] = []
    for op, av in list(items) + [(None, None)]:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.append(frozenset(["".join(run)]))
            run = []
        if op is _c.SUBPATTERN:
            if not (av[1] or av[2]):  # inline flags (case) change what the characters match
                out += _candidates(av[3])
        elif op is _c.BRANCH:
            per = [_candidates(b) for b in av[1]]
            if all(per):
                # one string of each branch, shared between branches where one can be: the fewer
                # and longer the strings, the fewer texts hold one ("nam" of "dau nam den nay" and of
                # "nam 2024", not "dau" and "nam")
                chosen: set = set()
                for cands in sorted(per, key=len):
                    pick = max(cands, key=lambda c: (c <= chosen, len(c & chosen), min(map(len, c)), -len(c)))
                    chosen |= pick
                out.append(frozenset(chosen))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
            out += _candidates(av[2])
        # lookarounds, classes, anchors, optional parts: nothing that must stand in the match
    return [c for c in out if c and all(c)]


def needed_strings(rx: str) -> Optional[frozenset]:
    """Strings of which every match of ``rx`` holds at least one: a text holding none of them has
    no match, and a pattern scanned position by position (an alternation after a lookbehind) need
    not be run on it (issue 13). None when they cannot be told (case-insensitive or unparsable).

    >>> sorted(needed_strings(r"(?<![a-z])(?:quy\\s+[ivx]+|thang\\s+(?P<n>\\d{1,2})|(?:cung\\s+ky|luy\\s+ke))(?![a-z])"))
    ['cung', 'luy', 'quy', 'thang']
    >>> sorted(needed_strings(r"\\d+\\s*%")), needed_strings(r"(?i)nam\\s+\\d{4}"), needed_strings(r"a|\\d")
    (['%'], None, None)
    """
    try:
        parsed = _p.parse(rx)
    except Exception:
        return None
    if parsed.state.flags & (_c.SRE_FLAG_IGNORECASE | _c.SRE_FLAG_VERBOSE):
        return None
    cands = _candidates(list(parsed))
    return max(cands, key=lambda c: (min(map(len, c)), -len(c))) if cands else None
