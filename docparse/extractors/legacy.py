"""Legacy Vietnamese encodings (TCVN3/ABC ".VnTime" fonts, VNI fonts): detection by the text itself
and conversion to Unicode.

Text typed in those fonts extracts as Latin-1 look-alikes: "Céng hßa x· héi chñ nghÜa ViÖt Nam"
(TCVN3), "Coäng hoøa xaõ hoäi" (VNI). Such text is full of characters Vietnamese never uses (ß, ·,
Ü, ø, ä ...). Each encoding is tried; one is taken when it turns that noise into Vietnamese.

>>> from docparse.extractors.base import Line
>>> lines, enc = convert_legacy([Line("Céng hßa x· héi chñ nghÜa ViÖt Nam", 1, 1)] * 3)
>>> enc, lines[0].text
('TCVN3', 'Cộng hòa xã hội chủ nghĩa Việt Nam')
"""
from __future__ import annotations

import dataclasses
from functools import lru_cache

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..data import load
from .base import Line

VIETNAMESE_LETTERS = set("aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
                         "bcdghklmnpqrstvx fjwz")
VIETNAMESE_LETTERS |= {c.upper() for c in VIETNAMESE_LETTERS}
MIN_NOISE = 0.02  # share of letters that are not Vietnamese before a legacy encoding is suspected
MAX_NOISE_AFTER = 0.005
MIN_SYLLABLES_AFTER = 0.75  # share of words that are Vietnamese syllables once converted
MIN_WORDS = 5  # fewer words than this tell no encoding


def noise(text: str) -> float:
    """Share of letters that no Vietnamese word uses.

    >>> round(noise("Céng hßa x· héi"), 2) > 0.1, noise("Cộng hòa xã hội")
    (True, 0.0)
    """
    letters = [c for c in text if c.isalpha() or ("\u00a0" <= c <= "\u00ff" and not c.isspace())]
    if not letters:
        return 0.0
    return sum(c not in VIETNAMESE_LETTERS for c in letters) / len(letters)


_TONES = set("\u0300\u0301\u0303\u0309\u0323")


def tone_violations(text: str) -> float:
    """Share of words with more than one tone mark (a Vietnamese syllable has at most one).

    >>> tone_violations("Cộng hòa"), tone_violations("kéát")
    (0.0, 1.0)
    """
    import unicodedata

    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if not words:
        return 0.0
    bad = sum(sum(ch in _TONES for ch in unicodedata.normalize("NFD", w)) > 1 for w in words)
    return bad / len(words)


@lru_cache(maxsize=1)
def _syllable_rx():
    d = load("vietnamese_syllable")
    alt = lambda parts: "|".join(sorted(parts, key=len, reverse=True))  # noqa: E731
    return regex.compile(rf"(?:{alt(d['initials'])})?[{d['vowels']}]{{1,{d['max_vowels']}}}"
                         rf"(?:{alt(d['finals'])})?")


def syllable_share(text: str) -> float:
    """Share of the words (letters only, two or more) that split as Vietnamese syllables do.

    >>> syllable_share("Cộng hòa xã hội chủ nghĩa Việt Nam")
    1.0
    >>> syllable_share("Die Verwaltung wurde im Jahr grundlegend reformiert") < 0.3
    True
    """
    from ..normalize.text import fold

    words = [w for w in regex.findall(r"\p{L}{2,}", fold(text))]
    if not words:
        return 0.0
    rx = _syllable_rx()
    return sum(bool(rx.fullmatch(w)) for w in words) / len(words)


def badness(text: str) -> float:
    return noise(text) + tone_violations(text)


@lru_cache(maxsize=None)
def _decoder(name: str):
    table = load("legacy_encodings")[name]
    inverse = {code: uni for uni, code in table.items()}
    pattern = regex.compile("|".join(regex.escape(k) for k in sorted(inverse, key=len, reverse=True)))
    return lambda text: pattern.sub(lambda m: inverse[m.group()], text)


def decode(text: str, name: str) -> str:
    """Convert text extracted from ``name`` (TCVN3 or VNI) fonts to Unicode.

    >>> decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "VNI")
    'Cộng hòa xã hội chủ nghĩa Việt Nam'
    """
    return _decoder(name)(text)


def convert_legacy(lines: list[Line]) -> tuple[list[Line], str | None]:
    """Detect a legacy encoding from the whole text; convert every line if one is found."""
    sample = "\n".join(line.text for line in lines[:400])
    before = noise(sample)
    if before < MIN_NOISE:
        return lines, None
    best = min(("TCVN3", "VNI"), key=lambda name: badness(decode(sample, name)))
    decoded = decode(sample, best)
    if noise(decoded) > min(MAX_NOISE_AFTER, before / 4):
        return lines, None
    if len(regex.findall(r"\p{L}{2,}", decoded)) < MIN_WORDS or syllable_share(decoded) < MIN_SYLLABLES_AFTER:
        return lines, None  # German, French ... text (or a few stray glyphs): not a legacy font's noise
    # offsets into a PDF's text layer no longer hold once characters are rewritten
    return [dataclasses.replace(line, text=decode(line.text, best), char_start=None) for line in lines], best
