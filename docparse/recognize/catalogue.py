"""Phrase matching over folded text, driven by the data catalogue.

>>> m = PhraseMatcher({"received_total": ["tiếp nhận"], "feedback_new": ["tiếp nhận mới"]})
>>> [(x.key, x.text) for x in m.find("tổng số phản ánh tiếp nhận mới: 154")]
[(('feedback_new',), 'tiep nhan moi')]
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..data import load
from ..normalize.text import fold

_WORD = regex.compile(r"[a-z0-9%&]+")


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    key: tuple[str, ...]  # every catalogue key this phrase belongs to
    text: str


def phrase_pattern(phrase: str) -> str:
    """A folded phrase as a regex: words in order, any punctuation or spaces between them."""
    words = _WORD.findall(fold(phrase))
    return r"(?<![a-z0-9])" + r"[^a-z0-9%]+".join(map(regex.escape, words)) + r"(?![a-z0-9])"


class PhraseMatcher:
    """Leftmost-longest matching of many phrases; each phrase maps to one or more keys."""

    def __init__(self, phrases_by_key: dict[str, list[str]], fuzzy: int = 0):
        by_phrase: dict[str, list[str]] = {}
        for key, phrases in phrases_by_key.items():
            for p in phrases:
                words = " ".join(_WORD.findall(fold(p)))
                by_phrase.setdefault(words, []).append(key)
        self._keys = by_phrase
        ordered = sorted(by_phrase, key=len, reverse=True)
        self._names = {f"p{i}": ph for i, ph in enumerate(ordered)}
        body = "|".join(f"(?P<p{i}>{phrase_pattern(ph)})" for i, ph in enumerate(ordered))
        self._rx = regex.compile(body) if body else None

    def find(self, text: str, folded: bool = False) -> list[Match]:
        if self._rx is None:
            return []
        target = text if folded else fold(text)
        out = []
        for m in self._rx.finditer(target):
            name = m.lastgroup
            phrase = self._names[name]
            out.append(Match(m.start(), m.end(), tuple(self._keys[phrase]), m.group()))
        return out


@lru_cache(maxsize=None)
def indicators() -> dict:
    return load("indicators")


@lru_cache(maxsize=None)
def matcher(name: str) -> PhraseMatcher:
    """Named matchers built once from the catalogue."""
    cat = indicators()
    if name == "rates":
        return PhraseMatcher({k: v["phrases"] for k, v in cat["rates"].items()})
    if name == "counts":
        table = {k: v["phrases"] for k, v in cat["counts"].items()}
        table["_neutral"] = cat["neutral_phrases"]
        return PhraseMatcher(table)
    if name == "scores":
        return PhraseMatcher({k: v["phrases"] for k, v in cat["scores"].items()})
    if name == "qualifiers":
        return PhraseMatcher({q: [q] for q in cat["qualifiers"]})
    if name == "generic_rate":
        return PhraseMatcher({"rate": cat["generic_rate_words"]})
    if name == "not_met":
        return PhraseMatcher({"not_met": cat["not_met_words"]})
    if name == "subjects":
        subjects = load("subjects")
        return PhraseMatcher({lvl: subjects[lvl] for lvl in ("city", "departments", "communes", "self")})
    raise KeyError(name)
