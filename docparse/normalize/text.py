"""Text fixers: Unicode NFC, tone-mark placement, look-alike letters, accent folding.

Every fixer keeps the string's length (one character in, one out) so that offsets found in
the fixed text point at the same characters of the original, which is kept for evidence.
"""
from __future__ import annotations

import unicodedata

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..data import load

_LOOKALIKES: dict[str, str] = load("lookalikes")["map"]

# The five tone marks as combining characters.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
# Syllables where the old ("hòa") and new ("hoà") styles place the mark differently.
_TONE_SWAP = regex.compile(r"(?i)(?<![\p{L}])(q?[^\W\d_]*?)(o)([\u0300\u0301\u0303\u0309\u0323]?)(a|e)"
                           r"([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}])|"
                           r"(?i)(?<![\p{L}q])([^\W\d_]*?)(u)([\u0300\u0301\u0303\u0309\u0323]?)(y)"
                           r"([\u0300\u0301\u0303\u0309\u0323])(?![\p{L}])")


def nfc(text: str) -> str:
    """Compose characters (NFC), so that 'ệ' typed as e + marks equals the precomposed 'ệ'.

    >>> nfc("Vie\u0302\u0323t") == "Việt"
    True
    """
    return unicodedata.normalize("NFC", text)


def fix_lookalikes(text: str) -> str:
    """Replace Cyrillic or Greek letters that imitate Latin ones.

    >>> fix_lookalikes("NQ-СР")  # Cyrillic С and Р
    'NQ-CP'
    """
    if text.isascii():
        return text
    return "".join(_LOOKALIKES.get(ch, ch) for ch in text)


def _swap_mark(m: regex.Match) -> str:
    if m.group(2):
        head, first, _, second, mark = m.group(1, 2, 3, 4, 5)
    else:
        head, first, _, second, mark = m.group(6, 7, 8, 9, 10)
    return f"{head}{first}{mark}{second}"


def canonical_tones(text: str) -> str:
    """Put the tone mark where most administrative texts put it (old style: hòa, thủy, khỏe).

    >>> canonical_tones("Hoà Bình, Thuỷ Nguyên, khoẻ") == "Hòa Bình, Thủy Nguyên, khỏe"
    True
    >>> canonical_tones("hoàn thành")  # a final consonant: nothing to move
    'hoàn thành'
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _TONE_SWAP.sub(_swap_mark, decomposed))


def _fold_char(ch: str) -> str:
    ch = _LOOKALIKES.get(ch, ch)
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict):
    """Code point -> folded character, filled on first sight (for ``str.translate``)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with the same length, for matching.

    >>> fold("Xã Khúc Thừa Dụ")
    'xa khuc thua du'
    >>> len(fold("Tỷ lệ đạt 87,62%")) == len("Tỷ lệ đạt 87,62%")
    True
    """
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def clean_text(text: str) -> str:
    """The normalisation applied to every extracted line: NFC and unified spaces.

    >>> clean_text("Tỷ\u00a0lệ\u200b đạt")
    'Tỷ lệ đạt'
    """
    text = nfc(text)
    return text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "").replace("\t", " ")


_MIXED_WORD = regex.compile(r"(?<![\w.,/])(?=\w*[a-z])(?=\w*\d)[a-z0-9]+(?![\w/%])")
_DIGIT_LETTERS = str.maketrans(load("ocr_confusions")["letters_for_digits"])


def repair_ocr_words(folded: str) -> str:
    """In folded OCR text, digits inside words back to the letters they stand for (same length).

    >>> repair_ocr_words("s6 phan anh tiep nhan m6i 595, ty 1e 56,86%, ngay 12/9/2025")
    'so phan anh tiep nhan moi 595, ty le 56,86%, ngay 12/9/2025'
    """
    return _MIXED_WORD.sub(lambda m: m.group().translate(_DIGIT_LETTERS), folded)


def longest_first(phrase: str) -> tuple[int, str]:
    """Sort key of an alternation's phrases: the longest first, phrases of one length in alphabetical
    order. A pattern built from a set sorted by length alone changed from one process to the next
    (a set's order follows the strings' hashes), so no process found it in the compiled-pattern cache
    and each rewrote the cache (issue 13).

    >>> sorted({"trong 9 thang", "trong 6 thang", "trong quy"}, key=longest_first)
    ['trong 6 thang', 'trong 9 thang', 'trong quy']
    """
    return -len(phrase), phrase
