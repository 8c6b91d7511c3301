"""Number mentions: every number of a clause with its shape, before any meaning (cf. quantulum3).

Shapes: ``count`` (a bare number, possibly with a multiplier: "61,3 ngàn" is 61.300),
``percent`` ("87,62%", "95,1 %", portals' "93.7%"), ``ratio`` (x/y), ``score`` (x/y or x followed by
"điểm"), ``rank`` ("xếp thứ 5/34", "đứng thứ hai"), and the shapes of numbers that are not
measurements, blanked before reading (dates, times, phone numbers, references; data/mentions.json).

>>> [(m.shape, m.value, m.den) for m in find_mentions(mask("tiep nhan 5.210 ho so, dat 36,03%")[0])]
[('count', 5210, None), ('percent', 36.03, None)]
>>> [(m.shape, m.value) for m in find_mentions(mask("chiem 93.7% va 61,3 ngan ho so")[0])]
[('percent', 93.7), ('count', 61300)]
>>> [(m.shape, m.value, m.den) for m in find_mentions(mask("dat 17,4/20 diem, xep thu 5/34")[0])]
[('score', 17.4, 20), ('rank', 5, 34)]
>>> [(m.shape, m.value) for m in find_mentions(mask("dung thu hai toan quoc")[0])]
[('rank', 2)]
>>> [(m.shape, m.value, m.den) for m in find_mentions(mask("xep hang toan quoc: 33/63; xep hang chung 12/34")[0])]
[('rank', 33, 63), ('rank', 12, 34)]
>>> [s for s, _, _ in mask("tu ngay 15/3 den 14/4/2021, so 123/qd-ubnd")[1]]
['date', 'date', 'reference']
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..data import load
from ..normalize.text import fold

_D = load("mentions")


@dataclass
class Mention:
    start: int
    end: int
    shape: str  # count | percent | ratio | score | rank
    value: Optional[float]
    decimals: int = 0
    den: Optional[float] = None  # y of x/y, the maximum of a score, the field of a rank
    text: str = ""
    dot_decimal: bool = False  # written with "." as the decimal mark ("93.7%")
    scaled: bool = False  # written in thousands or millions ("61,3 ngàn"): rounded to that scale

    @property
    def label(self) -> str:
        return f"{self.shape}:{self.text}"


def _alt(words) -> str:
    folded = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))  # longest first, ties fixed
    return "(?:" + "|".join(r"[\s,]+".join(map(regex.escape, w.split())) for w in folded) + ")"


@lru_cache(maxsize=1)
def _masks():
    from ..normalize.guard import guarded

    alternatives = [rx for _, rx in _D["masks"]]
    # the masks begin with lookbehinds: a guard on their first characters lets the engine skip ahead
    return regex.compile(guarded(alternatives) + "(?:" + "|".join(
        f"(?P<m{i}>{rx})" for i, rx in enumerate(alternatives)) + ")")


# A run of more digits than any figure has (MAX_DIGITS) is blanked first, in one linear pass: the
# masks' alternation would otherwise try its digit-led branches from every position of the run
# (quadratic: 9,450 digits took 35 s).
_LONG_DIGITS = regex.compile(r"\d{16,}+")
# Inside a run of this many spaces (a blanked digit run, a layout gap) the masks cannot match, but
# their lookbehinds ("(?<=nam\s+)") would scan back over the run from every position of it: the
# run's inside is plugged with a character no mask matches while the masks run (linear again).
LONG_SPACES = 64
_LONG_SPACE = regex.compile(rf"\s{{{LONG_SPACES},}}+")
_PLUG = "\x01"


def mask(folded: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Blank (same length) the spans that hold digits but no measurement; return them typed.

    >>> mask("ngay 3/9 tiep nhan 12 ho so")[0]
    'ngay     tiep nhan 12 ho so'
    >>> mask("dat " + "7" * 20 + " ho so")[1]
    [('too_long', 4, 24)]
    """
    spans = []
    shapes = [s for s, _ in _D["masks"]]

    def blank(m):
        spans.append((shapes[int(m.lastgroup[1:])], m.start(), m.end()))
        return " " * (m.end() - m.start())

    def blank_long(m):
        spans.append(("too_long", m.start(), m.end()))
        return " " * (m.end() - m.start())

    if len(folded) > MAX_DIGITS and _LONG_DIGITS.search(folded):
        folded = _LONG_DIGITS.sub(blank_long, folded)
    runs = [m.span() for m in _LONG_SPACE.finditer(folded)] if len(folded) >= LONG_SPACES else []
    work = folded
    if runs:
        work = _LONG_SPACE.sub(lambda m: m.group()[:2] + _PLUG * (len(m.group()) - 4) + m.group()[-2:], folded)
    out = _masks().sub(blank, work)
    if runs:
        parts, at = [], 0
        for a, b in runs:
            parts += [out[at:a + 2], folded[a + 2:b - 2]]
            at = b - 2
        out = "".join(parts) + out[at:]
    spans.sort(key=lambda s: s[1])
    return out, spans



def word_digits(masked: str, folded: str, spans) -> str:
    """The masked text with the digits of word masks (data 'word_masks': a service level) put back,
    for matching the phrases that name a figure ("dịch vụ công trực tuyến mức độ 4: 248 thủ tục").

    >>> t = "dich vu cong truc tuyen muc do 4: 248 thu tuc"
    >>> masked, spans = mask(t)
    >>> [m.value for m in find_mentions(masked)], word_digits(masked, t, spans) == t
    ([248], True)
    """
    keep = set(_D.get("word_masks", ()))
    if not keep or not any(shape in keep for shape, _, _ in spans):
        return masked
    out = masked
    for shape, a, b in spans:
        if shape in keep:
            out = out[:a] + folded[a:b] + out[b:]
    return out

# one number as written: "410.591", "4874", "01", "87,62", and the dot-decimal "93.7" of some portals
_NUM = r"\d{1,3}\.\d{1,2}(?![\d.])|(?:\d{1,3}(?:\.\d{3})+(?!\d)|\d+)(?:,\d+)?"


@lru_cache(maxsize=1)
def _token_rx():
    mult = _alt(_D["multipliers"])
    notmult = _alt(_D["not_multiplier_after"])
    pct = _alt(_D["percent_words"])
    score = _alt(_D["score_words"])
    rank = _alt(_D["rank_cues"])
    rank_q = _alt(_D.get("rank_qualifiers", ()))  # "Xếp hạng toàn quốc: 33/63"
    ords = _alt(_D["ordinals"])
    rank2 = _alt(_D["rank_cues_before_ratio"])
    units = _alt(_D["ratio_units"])  # "1.540 hồ sơ/1.702 hồ sơ có phí": x/y with x's unit word written
    over = _alt(_D["ratio_words"])  # "45.672 trên 51.819 hồ sơ": x/y written with a word, y's unit after it
    # "66,18% (2.976 trên tổng số 4.497 hồ sơ)": longer words, right after a percentage only
    over2 = _alt(_D.get("ratio_words_after_rate", ["tren"]))
    leads = "|".join(regex.escape(c) for c in _D["space_group_leads"])
    return regex.compile(
        rf"(?P<sg>(?<=(?:{leads})\s{{0,3}})\d{{1,3}}(?:\s\d{{3}})+)(?![\d%.,/])(?!\s*(?:%|{pct}|\d))"
        rf"|(?P<rk>(?<![a-z]){rank}(?:\s+{rank_q}(?![a-z]))?\s*:?\s*(?:(?P<ra>\d+)(?:\s*/\s*(?P<rb>\d+))?|thu\s+(?P<ro>{ords})(?![a-z])|(?P<ro2>{ords})(?![a-z])))"
        rf"|(?P<rk2>(?<![a-z])(?<!sap\s){rank2}(?:\s*:\s*|\s+)(?P<ra2>\d+)\s*/\s*(?P<rb2>\d+)(?![\d/]))"
        rf"|(?<![\p{{L}}\d.,/])(?:(?P<a>{_NUM})(?:(?:\s+(?:{units}))?\s*/\s*|(?P<ov>\s+(?:{over})\s+|(?<=%[\s(\-–—,:]{{0,4}}\d[\d.,]*)\s+(?:{over2})\s+))(?P<b>{_NUM})"
        rf"(?(ov)(?=\s+(?:{units})(?![a-z])))(?P<sc>\s*{score}(?![a-z]))?"
        rf"|(?P<p>{_NUM})\s*{pct}"
        rf"|(?P<n>{_NUM})(?:\s+(?P<mul>{mult})(?!\s+{notmult})(?![a-z]))?(?P<sc1>\s*{score}(?![a-z]))?)"
        r"(?![\d/])(?=[\s.,;:%)(\]\-–\"'”*…]|$)")


def _number(text: str) -> tuple[float, int, bool]:
    """Value, decimals and whether '.' was the decimal mark.

    >>> _number("57.219"), _number("87,62"), _number("93.7"), _number("01")
    ((57219, 0, False), (87.62, 2, False), (93.7, 1, True), (1, 0, False))
    """
    if regex.fullmatch(r"\d{1,3}\.\d{1,2}", text):
        whole, frac = text.split(".")
        return float(f"{whole}.{frac}"), len(frac), True
    whole, _, frac = text.partition(",")
    integer = int(whole.replace(".", ""))
    if not frac:
        return integer, 0, False
    return float(f"{integer}.{frac}"), len(frac), False


_ORD = {fold(k): v for k, v in _D["ordinals"].items()}
_MULT = {fold(k): v for k, v in _D["multipliers"].items()}
MAX_DIGITS = 15  # a number with more digits is no figure of a report


def find_mentions(masked: str) -> list[Mention]:
    """Every number of masked folded text, typed by shape (see the module doctest).

    >>> [(m.shape, m.value) for m in find_mentions("tong diem: 75.5 diem; ck 17.20; 1.204 ho so")]
    [('score', 75.5), ('count', 17.2), ('count', 1204)]
    >>> [(m.shape, m.value, m.den) for m in find_mentions("thanh toan 1.540 ho so/1.702 ho so co phi")]
    [('ratio', 1540, 1702)]
    >>> [(m.shape, m.value, m.den) for m in find_mentions("tuc 45.672 tren 51.819 ho so; 5 tren 63 tinh")]
    [('ratio', 45672, 51819), ('count', 5, None), ('count', 63, None)]
    >>> [(m.shape, m.value) for m in find_mentions("da giai quyet: 93 018 (99.53%); thang 3 450 ho so")]
    [('count', 93018), ('percent', 99.53), ('count', 3), ('count', 450)]
    """
    out = []
    for m in _token_rx().finditer(masked):
        if max(sum(c.isdigit() for c in part) for part in m.group().split("/")) > MAX_DIGITS:
            continue
        if m["sg"] is not None:  # "Hồ sơ tiếp nhận: 96 450": thousands grouped by a space
            out.append(Mention(m.start(), m.end(), "count", int(regex.sub(r"\s", "", m["sg"])), 0, None, m.group()))
            continue
        if m["rk2"] is not None:
            out.append(Mention(m.start("ra2"), m.end(), "rank", int(m["ra2"]), 0, int(m["rb2"]), m.group()))
            continue
        if m["rk"] is not None:
            if m["ra"]:
                out.append(Mention(m.start("ra"), m.end(), "rank", int(m["ra"]), 0,
                                   int(m["rb"]) if m["rb"] else None, m.group()))
            else:
                word = m["ro"] or m["ro2"]
                if m["ro2"] and not regex.search(r"thu\s*$", masked[max(0, m.start("ro2") - 5):m.start("ro2")]):
                    continue  # "xếp hai" is no rank; "xếp thứ hai", "đứng thứ hai" are
                start = m.start("ro") if m["ro"] else m.start("ro2")
                out.append(Mention(start, m.end(), "rank", _ORD[word], 0, None, m.group()))
            continue
        if m["a"] is not None:
            a, da, dot_a = _number(m["a"])
            b, _, dot_b = _number(m["b"])
            shape = "score" if m["sc"] else "ratio"
            out.append(Mention(m.start(), m.end(), shape, a, da, b, m.group(), dot_a or dot_b))
        elif m["p"] is not None:
            v, d, dot = _number(m["p"])
            out.append(Mention(m.start(), m.end(), "percent", v, d, None, m.group(), dot))
        else:
            v, d, dot = _number(m["n"])
            if m["mul"]:
                v = round(v * _MULT[" ".join(m["mul"].split())])
                v, d = (int(v), 0) if float(v).is_integer() else (v, d)
            shape = "score" if m["sc1"] else "count"
            out.append(Mention(m.start(), m.end() if m["mul"] or m["sc1"] else m.end("n"), shape, v, d, None,
                               m.group(), dot, scaled=bool(m["mul"])))
    return shared_units(out, masked)


@lru_cache(maxsize=1)
def _joiner_rx():
    return regex.compile(r"^\s*(?:" + _alt(_D["unit_sharing_joiners"]) + r")\s*$")


def shared_units(mentions: list[Mention], masked: str) -> list[Mention]:
    """Numbers joined by "và" or "," with the unit written after the last only share it: a bare
    number before a score "x điểm" is a score, before a percentage a percentage, and an x/y after a
    rank with the same field a rank (data 'unit_sharing_joiners').

    >>> [(m.shape, m.value) for m in find_mentions("lan luot dat 68,72 va 66,05 diem")]
    [('score', 68.72), ('score', 66.05)]
    >>> [(m.shape, m.value, m.den) for m in find_mentions("lan luot xep thu 7/34 va 9/34")]
    [('rank', 7, 34), ('rank', 9, 34)]
    >>> [(m.shape, m.value) for m in find_mentions("dat 96,4 va 91,8%; 1.204 va 1.310 ho so")]
    [('percent', 96.4), ('percent', 91.8), ('count', 1204), ('count', 1310)]
    >>> [(m.shape, m.value, m.den) for m in find_mentions("dan dau voi 91,06 diem (1/63)")]
    [('score', 91.06, None), ('rank', 1, 63)]
    """
    rx = _joiner_rx()
    fields = set(_D.get("rank_fields", ()))
    for k in range(len(mentions) - 1):
        a, b = mentions[k], mentions[k + 1]
        # "dẫn đầu với 91,06 điểm (1/63)": the position over the provinces' field beside a score
        if a.shape == "score" and b.shape == "ratio" and b.den in fields and b.value is not None \
                and 1 <= b.value <= b.den and float(b.value).is_integer() \
                and regex.fullmatch(r"\s*(?:\(|,|;|-|–)\s*", masked[a.end:b.start]):
            mentions[k + 1] = Mention(b.start, b.end, "rank", int(b.value), 0, b.den, b.text)
    for k in range(len(mentions) - 2, -1, -1):
        a, b = mentions[k], mentions[k + 1]
        if not rx.match(masked[a.end:b.start]):
            continue
        if a.shape == "count" and not a.scaled and b.shape == "score" and b.den is None \
                and (a.decimals or not b.decimals) and a.decimals == b.decimals:
            mentions[k] = Mention(a.start, a.end, "score", a.value, a.decimals, None, a.text, a.dot_decimal)
        elif a.shape == "count" and not a.scaled and b.shape == "percent" and a.value is not None \
                and a.value <= 100 and a.decimals == b.decimals:
            mentions[k] = Mention(a.start, a.end, "percent", a.value, a.decimals, None, a.text, a.dot_decimal)
        elif a.shape == "rank" and b.shape == "ratio" and a.den is not None and b.den == a.den:
            mentions[k + 1] = Mention(b.start, b.end, "rank", b.value, 0, b.den, b.text)
    return mentions


@lru_cache(maxsize=1)
def _zero_rx():
    fill = _alt(_D.get("zero_fillers", ()))
    return regex.compile(rf"(?<![a-z])(?P<z>{_alt(_D.get('zero_words', ()))})\s+(?P<u>{_alt(_D.get('zero_units', ()))})"
                         rf"(?:\s+(?P<f>{fill}))?(?=\s+[a-z])")


def zero_spans(masked: str, names_count) -> str:
    """The words that say none of a count (mentions.json ``zero_words``) written as the number 0,
    offsets kept: "khong co ho so qua han" reads as "0        ho so qua han". ``names_count(text)``
    tells whether a catalogue count's phrase opens ``text`` (the words after the unit word); without
    one nothing changes.

    >>> opens = lambda t: t.startswith("qua han")
    >>> zero_spans("2. khong co ho so qua han trong thang.", opens)
    '2. 0        ho so qua han trong thang.'
    >>> zero_spans("khong phat sinh ho so nao qua han", opens)
    '0               ho so     qua han'
    >>> zero_spans("khong co ho so bo sung", opens), zero_spans("van con 5 ho so qua han", opens)
    ('khong co ho so bo sung', 'van con 5 ho so qua han')

    Only words that open their clause, with no number after them in it: "8/11 huyen khong co ho so
    qua han" counts the units that have none (a unit count), "(khong co ho so qua han: 0)" writes it.

    >>> zero_spans("8/11 huyen khong co ho so qua han", opens), zero_spans("khong co ho so qua han: 0", opens)
    ('8/11 huyen khong co ho so qua han', 'khong co ho so qua han: 0')
    """
    out = masked
    for m in _zero_rx().finditer(masked):
        after = m.end("f") if m["f"] else m.end("u")
        before = masked[:m.start()].rstrip()
        rest = regex.split(r"[.;,(]", masked[after:], maxsplit=1)[0]
        if (before and before[-1] not in ".,;:(") or any(c.isdigit() for c in rest) \
                or not names_count(masked[after:].lstrip()):
            continue
        z = "0" + " " * (m.end("z") - m.start("z") - 1)
        out = out[:m.start("z")] + z + out[m.end("z"):]
        if m["f"]:
            out = out[:m.start("f")] + " " * (m.end("f") - m.start("f")) + out[m.end("f"):]
    return out
