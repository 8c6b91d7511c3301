"""Abbreviations a report defines for itself ("CK - công khai, minh bạch", "dịch vụ công trực
tuyến (DVCTT)"), so that the figures written after them are named as their expansion is.

The forms are data (data/abbreviations.json): a legend line led by an intro word ("Ghi chú:",
"Chú thích:", "Viết tắt:") whose items define one abbreviation each, and a parenthesis after a
phrase whose words' initials spell it.

>>> definitions("Ghi chú: CK - công khai, minh bạch (tối đa 18 điểm); TĐ - tiến độ; HL - hài lòng.")
(('CK', 'công khai, minh bạch'), ('TĐ', 'tiến độ'), ('HL', 'hài lòng'))
>>> definitions("Tỷ lệ cung cấp dịch vụ công trực tuyến (DVCTT) toàn trình đạt 60%.")
(('DVCTT', 'dịch vụ công trực tuyến'),)
>>> definitions("Sở Nội vụ (SNV) và Văn phòng (TTHC)")   # initials that spell no phrase before it: none
(('SNV', 'Sở Nội vụ'),)
"""
from __future__ import annotations

from functools import lru_cache

from .. import fastregex as regex
from ..data import load
from .text import fold


@lru_cache(maxsize=1)
def _rules():
    d = load("abbreviations")
    n = int(d["max_letters"])
    abbr = rf"\p{{Lu}}{{2,{n}}}"
    intro = "|".join(r"\s+".join(map(regex.escape, w.split())) for w in sorted(d["intro_words"], key=len, reverse=True))
    definer = "|".join(regex.escape(s) for s in d["definers"])
    ends = "".join(regex.escape(c) for c in d["expansion_ends"])
    items = "".join(regex.escape(c) for c in d["item_separators"])
    item = regex.compile(rf"(?:^|[{items}])\s*(?P<a>{abbr})(?:{definer})(?P<e>[^{ends}]+)")
    lead = regex.compile(rf"(?i)^\s*(?:[-+*•]\s*)?(?:{intro})\s*[:.]?\s*(?P<rest>.*)$")
    paren = regex.compile(rf"(?P<before>(?:[\p{{L}}\p{{M}}]+[\s,]+){{1,{int(d['max_expansion_words'])}}})\((?P<a>{abbr})\)")
    return item, lead, paren, n


def _legend_items(line: str) -> list[tuple[str, str]]:
    """The (abbreviation, expansion) items of a legend line, or [] when the line is none.

    >>> _legend_items("Chú thích: DVC - dịch vụ công; HS - hồ sơ")
    [('DVC', 'dịch vụ công'), ('HS', 'hồ sơ')]
    >>> _legend_items("Kết quả: đạt 90%")
    []
    """
    item, lead, _, _ = _rules()
    m = lead.match(line)
    if not m:
        return []
    rest = ";" + m["rest"]
    return [(i["a"], " ".join(i["e"].split()).rstrip(" .,")) for i in item.finditer(rest) if i["e"].strip()]


def _by_initials(words: list[str], abbr: str) -> str | None:
    """The last words whose initials spell ``abbr`` (folded, Đ as D), or None.

    >>> _by_initials("tỷ lệ thủ tục hành chính".split(), "TTHC")
    'thủ tục hành chính'
    >>> _by_initials(["sở", "nội", "vụ"], "SNN") is None
    True
    """
    want = fold(abbr).replace(" ", "")
    if len(words) < len(want):
        return None
    tail = words[-len(want):]
    if "".join(fold(w)[:1] for w in tail) == want:
        return " ".join(tail)
    return None


def definitions(text: str) -> tuple[tuple[str, str], ...]:
    """Every abbreviation ``text`` defines, with its expansion, first definition winning."""
    _, _, paren, _ = _rules()
    found: dict[str, str] = {}
    for line in text.splitlines():
        for a, e in _legend_items(line):
            found.setdefault(a, e)
        if "(" in line:
            for m in paren.finditer(line):
                words = regex.findall(r"[\p{L}\p{M}]+", m["before"])
                e = _by_initials(words, m["a"])
                if e:
                    found.setdefault(m["a"], e)
    return tuple(found.items())
