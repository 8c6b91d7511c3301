"""Split a segment into clauses and keep the tree: a parenthesis, a colon or a breakdown opener
("trong đó", "gồm", "cụ thể", "với") opens a child of the clause before it; "," makes a sibling;
";" and a sentence end close the breakdowns opened since the sentence began (data/clauses.json).

>>> t = "tiep nhan 5.210 ho so, voi 1.877 ho so truc tuyen (dat ty le 36,03%); da giai quyet 5.000"
>>> [(t[c.start:c.end].strip(" ,;()"), c.parent, c.opener) for c in split_clauses(t)]
[('tiep nhan 5.210 ho so', None, 'start'), ('voi 1.877 ho so truc tuyen', 0, 'breakdown'), ('dat ty le 36,03%', 1, 'paren'), ('da giai quyet 5.000', None, 'semicolon')]
>>> t = "dung han: 13.719 - ty le 96,42%; tre han: 509 ho so - chiem 3,58%; tu 10 - 15%; cuc a - bo b"
>>> [(t[c.start:c.end].strip(" ,;:-"), c.opener) for c in split_clauses(t)]
[('dung han', 'start'), ('13.719', 'colon'), ('ty le 96,42%', 'comma'), ('tre han', 'semicolon'), ('509 ho so', 'colon'), ('chiem 3,58%', 'comma'), ('tu 10 - 15%', 'semicolon'), ('cuc a - bo b', 'semicolon')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..data import load
from .text import fold


@dataclass
class Clause:
    start: int
    end: int
    parent: Optional[int]  # index of the clause this one breaks down or explains
    opener: str  # start | sentence | semicolon | comma | breakdown | colon | paren | close
    depth: int = 0  # parentheses open around it
    sentence: int = 0  # index of the sentence it belongs to
    continues: Optional[int] = None  # after ")": the clause the parenthesis interrupted


@lru_cache(maxsize=1)
def _openers():
    d = load("clauses")
    words = sorted({fold(w) for w in d["breakdown"]}, key=lambda w: (-len(w), w))  # ties fixed
    alt = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in words if w[:1].isalpha())
    # a sign ("Đang giải quyết 212 hồ sơ = trong hạn 209 + quá hạn 3") opens a breakdown after any word
    signs = "|".join(regex.escape(w) for w in words if not w[:1].isalpha()) or "(?!)"
    # "so với" compares, it opens no breakdown
    seps = "|".join(r"\s+".join(map(regex.escape, fold(w).split())) for w in d["separator_words"])
    # a spaced dash after a figure, before words: "dung han: 13.719 - ty le 96,42%" (no range, no name's link)
    dashes = "".join(regex.escape(ch) for ch in d["dash_separators"])
    units = "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                     for w in sorted(load("mentions")["count_units"], key=len, reverse=True) if "," not in w)
    return regex.compile(rf"(?P<bd>(?<![a-z])(?<!so\s)(?:{alt})(?![a-z])|(?:{signs}))|(?P<p>[;():|]|(?<!\d),|,(?!\d))"
                         rf"|(?P<sw>(?<![a-z])(?:{seps})(?![a-z]))|(?P<s>\.\s+(?=\S))"
                         rf"|(?<=[0-9%)](?:\s+(?:{units}))?)\s+(?P<dash>[{dashes}])(?=\s+[a-z])")


def split_clauses(folded: str, sentence_starts: tuple[int, ...] = ()) -> list[Clause]:
    """Clauses of one segment's folded text; ``sentence_starts`` are offsets where sentences begin
    (found on the original text, where capitals are visible). See the module doctest."""
    clauses: list[Clause] = [Clause(0, len(folded), None, "start")]
    stack: list[int] = []  # indices of the clauses that opened a parenthesis
    listing: Optional[int] = None  # the clause a colon opened a list under, until the sentence ends
    sentence = 0
    starts = set(sentence_starts)
    events = []
    for m in _openers().finditer(folded):
        if m["s"] is not None:
            if not sentence_starts or m.end() in starts:
                events.append((m.end(), "sentence"))
        elif m["bd"] is not None:
            events.append((m.start(), "breakdown"))
        elif m["sw"] is not None or m["dash"] is not None:
            events.append((m.start("dash") if m["dash"] is not None else m.start(), "comma"))
        else:
            events.append((m.start(), {";": "semicolon", "|": "semicolon", ",": "comma", ":": "colon",
                                       "(": "paren", ")": "close"}[m["p"]]))
    for pos in starts:
        if not any(p == pos and k == "sentence" for p, k in events):
            events.append((pos, "sentence"))
    events.sort()

    def last_with_text(before: int) -> int:
        """The latest clause with words in it at the current depth (what a breakdown refers to)."""
        cur = clauses[before]
        i = before
        while i > 0 and not _has_text(folded, clauses[i], clauses[i].end) and clauses[i].depth == cur.depth:
            i -= 1
        return i

    for pos, kind in events:
        cur_i = len(clauses) - 1
        cur = clauses[cur_i]
        empty = not regex.search(r"[a-z0-9]", folded[cur.start:pos])
        if empty and cur_i and kind in ("comma", "breakdown", "colon", "semicolon"):
            if kind in ("breakdown", "colon") and cur.opener in ("comma", "colon", "breakdown", "close", "semicolon", "sentence"):
                cur.opener = kind  # ", trong đó": the comma's clause is the breakdown
                cur.parent = last_with_text(cur_i - 1)
            elif kind == "semicolon":
                cur.opener, cur.parent = "semicolon", (stack[-1] if stack else listing)
            continue
        cur.end = pos
        if kind == "sentence":
            sentence += 1
            stack.clear()
            listing = None
            clauses.append(Clause(pos, len(folded), None, "sentence", 0, sentence))
        elif kind == "semicolon":
            parent = stack[-1] if stack else listing  # "chưa đạt: Sở X (38%); Sở Y (41%)": items of one list
            clauses.append(Clause(pos, len(folded), parent, "semicolon", len(stack), sentence))
        elif kind == "comma":
            clauses.append(Clause(pos, len(folded), cur.parent, "comma", cur.depth, sentence))
        elif kind in ("breakdown", "colon"):
            parent = cur_i if _has_text(folded, cur, pos) else last_with_text(cur_i)
            clauses.append(Clause(pos, len(folded), parent, kind, cur.depth, sentence))
            if kind == "colon" and not stack and regex.match(r"\s*[a-z]", folded[pos + 1:]):
                listing = parent  # "chưa đạt: Sở X (38%); Sở Y (41%)" — not "đạt chỉ tiêu: 104/114; ..."
        elif kind == "paren":
            parent = cur_i if _has_text(folded, cur, pos) else last_with_text(cur_i)
            stack.append(parent)
            clauses.append(Clause(pos, len(folded), parent, "paren", len(stack), sentence))
        elif kind == "close":
            opened = stack.pop() if stack else None
            parent = clauses[opened].parent if opened is not None else None
            clauses.append(Clause(pos, len(folded), parent, "close", len(stack), sentence, opened))
    return clauses


def _has_text(folded: str, clause: Clause, end: int) -> bool:
    return bool(regex.search(r"[a-z0-9]", folded[clause.start:end]))


def clause_at(clauses: list[Clause], pos: int) -> int:
    """Index of the clause holding offset ``pos``.

    >>> cl = split_clauses("a 1, trong do b 2")
    >>> clause_at(cl, 16), cl[clause_at(cl, 16)].parent
    (1, 0)
    """
    lo = 0
    for i, c in enumerate(clauses):
        if c.start <= pos:
            lo = i
        else:
            break
    return lo


def ancestors(clauses: list[Clause], i: int) -> list[int]:
    """The chain of parents of clause ``i``, nearest first."""
    out = []
    seen = set()
    p = clauses[i].parent
    while p is not None and p not in seen:
        out.append(p)
        seen.add(p)
        p = clauses[p].parent
    return out
