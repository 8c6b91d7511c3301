"""A grid read as a statistics table: header rows -> column paths -> catalogue indicators (the same
phrases as prose, docparse/data/indicators.json), row headers -> subjects (gazetteer, bodies, levels),
body cells -> facts with their cell as evidence.

>>> indicator_for(["Số hồ sơ nhận giải quyết", "Trong kỳ", "Trực tuyến"])
('count', 'received_online', None)
>>> indicator_for(["Số hồ sơ đang giải quyết", "Quá hạn"])
('count', 'pending_late', None)
>>> indicator_for(["Tỷ lệ giải quyết đúng hạn (%)"])
('rate', 'resolved_on_time', None)
>>> indicator_for(["Công khai, minh bạch (18 điểm)"])
('score', 'index_766_publicity', 18.0)
"""
from __future__ import annotations

import unicodedata

from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..data import load
from ..models import Evidence, Fact, Subject, Table, TableCell, TableColumn, TableRow
from ..normalize.numbers import parse_number
from ..normalize.text import fold, longest_first
from ..recognize.catalogue import PhraseMatcher, indicators, matcher
from .grid import Grid, GridCell, drop_repeated_headers

_T = load("tables")

# a header's rate word ("Tỷ lệ (%)", "%"): the catalogue's generic rate words (indicators.json), folded
_RATE_WORD = regex.compile("|".join(r"\b" + r"\s+".join(fold(w).split()) + r"\b"
                                    for w in load("indicators")["generic_rate_words"]) + "|%")

# a row label that begins with a unit's prefix or its people's committee (subjects.json), folded
_S = load("subjects")
_LABEL_PREFIXES = (_S["commune_prefixes"] + _S["named_unit_prefixes"]["district"]
                   + _S["named_unit_prefixes"]["province"] + _T["label_body_prefixes"])
_WRITTEN_PREFIX_ACCENTED = regex.compile(r"^(?:" + "|".join(sorted(
    {r"\s+".join(regex.escape(x) for x in unicodedata.normalize("NFC", w).lower().split()) for w in _LABEL_PREFIXES},
    key=longest_first)) + r")(?!\w)")
_WRITTEN_PREFIX = regex.compile(r"^(?:" + "|".join(sorted(
    {r"\s+".join(fold(w).split()) for w in _LABEL_PREFIXES}, key=longest_first)) + r")(?![a-z])")


def _rate_of_count(indicator: Optional[str]) -> Optional[str]:
    """The rate a count's share is (data: the count's xy_rate, share or part_rate), else None.

    >>> _rate_of_count("received_online"), _rate_of_count("resolved_in_time"), _rate_of_count("received_total")
    ('online_submission', 'resolved_on_time', None)
    """
    got = load("indicators")["counts"].get(indicator or "", {})
    return got.get("xy_rate") or got.get("share") or got.get("part_rate")


def _folded_set(key: str) -> set[str]:
    return {" ".join(regex.findall(r"[a-z0-9%]+", fold(w))) for w in _T[key]}


_ZERO, _NA, _NODATA = set(_T["zero"]), set(_T["na"]), set(_T["nodata"])
_NUMBER_HEADERS = _folded_set("number_headers")
_RANK_HEADERS = _folded_set("rank_headers")
_RANK_WORDS = regex.compile(r"\b(?:" + "|".join(regex.escape(w) for w in sorted(_folded_set("rank_header_words"), key=longest_first)) + r")\b")
_ELIDED = regex.compile(r"(?:" + "|".join(regex.escape(w) for w in sorted(_T["elision_rows"], key=len, reverse=True)) + r")(?:\s+(?:" + "|".join(regex.escape(w) for w in sorted(_T["elision_rows"], key=len, reverse=True)) + r"))*")
_LABEL_HEADERS = _folded_set("label_headers")
_TOTAL_HEADERS = _folded_set("total_headers")
_NEUTRAL_HEADERS = _folded_set("neutral_headers")
_TOTAL_ROWS = sorted(_folded_set("total_rows"), key=lambda w: (-len(w), w))
_AVERAGE_ROWS = _folded_set("average_rows")
_MAXIMUM_ROWS = _folded_set("maximum_rows")
_LISTED_TOTALS = _folded_set("listed_total_rows")
_LISTED_LEVELS = set(_T["listed_total_levels"])
_PROSE_ONLY = _folded_set("prose_only_phrases")
_WEAK_SCORE_HEADERS = _folded_set("weak_score_headers")
_INDEX_MAXIMUM = float(_T.get("index_total_maximum", 100))
_HEADER_ONLY: dict = {}  # a header-only phrase -> the counts it names only as a whole header
for _k, _v in load("indicators")["counts"].items():
    for _w in _v.get("header_phrases", []):
        _HEADER_ONLY.setdefault(" ".join(regex.findall(r"[a-z0-9%]+", fold(_w))), set()).add(_k)
_GROUP_ROWS = {level: {" ".join(regex.findall(r"[a-z0-9%]+", fold(w))) for w in labels}
               for level, labels in _T["group_rows"].items()}
_REMAINDER_HEADERS = _folded_set("remainder_headers")
_LABEL_LEVELS = {level: {" ".join(regex.findall(r"[a-z0-9%]+", fold(w))) for w in labels}
                 for level, labels in _T["label_levels"].items() if not level.startswith("_")}
_LEVEL_PREFIXES = _T["level_prefixes"]
_ROMAN = regex.compile(r"^(?:[IVXLC]+|[A-Z])$")
_ORDINAL = regex.compile(r"^\s*(?:(?P<roman>[IVXLC]+|[A-D])|\d+(?:\.\d+)*)\s*[.)/-]?\s+(?=\S)")
_MAX_POINTS = regex.compile(r"(\d+(?:[.,]\d+)?)\s*(?:điểm|đ\b)|(?:tối đa|max)\D{0,6}(\d+(?:[.,]\d+)?)",
                            regex.IGNORECASE)


def _words(text: str) -> str:
    return " ".join(regex.findall(r"[a-z0-9%]+", fold(text)))


_INCLUDED = regex.compile(
    r"\(\s*(?:" + "|".join(r"\s+".join(map(regex.escape, w.split()))
                          for w in sorted(load("subjects")["inclusion_words"], key=len, reverse=True))
    + r")\b[^()]*\)", regex.IGNORECASE)


def drop_inclusion(text: str) -> str:
    """A header without what it says its column includes ("(kể cả kỳ trước chuyển qua)", the
    inclusion words of subjects.json): the column is the total, the part it includes names no
    column of its own.

    >>> drop_inclusion("Số hồ sơ tiếp nhận trong kỳ (kể cả kỳ trước chuyển qua)")
    'Số hồ sơ tiếp nhận trong kỳ'
    >>> drop_inclusion("Số hồ sơ kỳ trước chuyển qua")
    'Số hồ sơ kỳ trước chuyển qua'
    """
    if "(" not in text:
        return text
    return " ".join(_INCLUDED.sub(" ", text).split())


def cell_value(text: str) -> tuple[str, Optional[float], int]:
    """(status, value, decimals) of a body cell as Vietnamese tables write it.

    >>> cell_value("1.204"), cell_value("97,5%"), cell_value("-"), cell_value("x"), cell_value("..."), cell_value("")
    (('value', 1204, 0), ('value', 97.5, 1), ('zero', 0, 0), ('na', None, 0), ('nodata', None, 0), ('blank', None, 0))
    >>> cell_value("Sở Tư pháp")[0], cell_value("12 345"), cell_value("1,234,567"), cell_value("1,234")
    ('text', ('value', 12345, 0), ('value', 1234567, 0), ('value', 1.234, 3))
    """
    t = " ".join((text or "").split())
    if not t:
        return "blank", None, 0
    if t in _ZERO:
        return "zero", 0, 0
    if t in _NA:
        return "na", None, 0
    if t in _NODATA or (len(t) >= 2 and set(t) <= {".", "…", " "}):
        return "nodata", None, 0
    bare = t[:-1].rstrip() if t.endswith("%") else t
    if _SPACE_GROUPS.fullmatch(bare) or (_COMMA_GROUPS.fullmatch(bare) and bare.count(",") >= 2):
        # "12 345": thousands grouped by a (thin, no-break) space; "1,234,567": by commas, no decimal
        return "value", int(regex.sub(r"\D", "", bare)), 0
    try:
        n = parse_number(bare)
    except ValueError:
        m = regex.fullmatch(r"(\d+)\.(\d{1,2})", bare)  # "95.5": a decimal point, never thousands
        if m:
            return "value", float(bare), len(m.group(2))
        return "text", None, 0
    return "value", n.value, n.decimals


_SPACE_GROUPS = regex.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+")
_COMMA_GROUPS = regex.compile(r"\d{1,3}(?:,\d{3})+")


def count_cell(text: str, status: str, value, decimals: int) -> tuple[str, Optional[float], int]:
    """A count cell's reading: a count is a whole number, so "1,234" or "12,345,678" in a count
    column are thousands grouped by commas (portals formatting in English), not decimals; any other
    reading unchanged.

    >>> count_cell("1,234", *cell_value("1,234")), count_cell("1,234,567", *cell_value("1,234,567"))
    (('value', 1234, 0), ('value', 1234567, 0))
    >>> count_cell("97,5", *cell_value("97,5")), count_cell("12 345", *cell_value("12 345"))
    (('value', 97.5, 1), ('value', 12345, 0))
    """
    t = " ".join((text or "").split())
    if status in ("value", "text") and _COMMA_GROUPS.fullmatch(t):
        return "value", int(t.replace(",", "")), 0
    return status, value, decimals


def rate_cell(text: str, status: str, value, decimals: int) -> tuple[str, Optional[float], int]:
    """A rate cell's reading: a share is at most 100, so "85.125" in a rate column is a decimal point
    with three decimals (as portals export it), not eighty-five thousand; any other reading unchanged.

    >>> rate_cell("85.125", *cell_value("85.125")), rate_cell("100", *cell_value("100")), rate_cell("97,5", *cell_value("97,5"))
    (('value', 85.125, 3), ('value', 100, 0), ('value', 97.5, 1))
    """
    t = " ".join((text or "").split())
    t = t[:-1].rstrip() if t.endswith("%") else t
    if status == "value" and value is not None and value > 100 and regex.fullmatch(r"\d{1,2}\.\d{3}", t):
        return "value", float(t), 3
    return status, value, decimals


_RANK_OF = regex.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")


def rank_cell(text: str) -> Optional[tuple[int, int]]:
    """(position, field) of a rank cell written over its field ("1/5": first of five), else None.

    >>> rank_cell("1/5"), rank_cell(" 12 / 64 "), rank_cell("3"), rank_cell("6/5")
    ((1, 5), (12, 64), None, None)
    """
    m = _RANK_OF.fullmatch((text or "").strip())
    if not m or not 0 < int(m.group(1)) <= int(m.group(2)):
        return None
    return int(m.group(1)), int(m.group(2))


_COUNT_SHARE = regex.compile(r"^\s*(?P<n>\d[\d.,]*)\s*[(\[]\s*(?P<p>\d+(?:[.,]\d+)?\s*%)\s*[)\]]\s*$")


def count_and_share(text: str) -> Optional[tuple[str, str]]:
    """(count, share) of a cell that holds a count and its share in brackets, as portals print a
    part's column ("19877 (98.8%)" under "Đúng hạn"), else None: the count is the column's, the share
    the count's rate.

    >>> count_and_share("19877 (98.8%)"), count_and_share("1.031 (2,2 %)"), count_and_share("97,5%"), count_and_share("12 (3)")
    (('19877', '98.8%'), ('1.031', '2,2 %'), None, None)
    """
    m = _COUNT_SHARE.match(text or "")
    if not m or cell_value(m["n"])[0] != "value" or cell_value(m["p"])[0] != "value":
        return None
    return m["n"], m["p"]


def is_numbering_row(texts: list[str]) -> bool:
    """The row of column numbers under a form's header: "(1) (2) (3)=(4)+(5)" or "A B 1 2 3".

    >>> is_numbering_row(["(1)", "(2)", "(3)=(4)+(5)", "(4)", "(5)"]), is_numbering_row(["1", "Sở Tư pháp", "12", "3"])
    (True, False)
    >>> is_numbering_row(["A", "B", "1", "2", "3", "4"]), is_numbering_row(["vị", "(18)", "(20)", "(12)", "(10)"])
    (True, False)
    >>> is_numbering_row(["", "(18)", "(20)", "(100)"])
    False
    """
    cells = [t.strip() for t in texts if t.strip()]
    if len(cells) < 3:
        return False
    whole = [int(m.group(1)) for t in cells for m in [regex.fullmatch(r"[(\[]\s*(\d{1,2})\s*[)\]]", t)] if m]
    if sum(bool(regex.match(r"^[(\[]\s*\S{0,2}\d", t)) for t in cells) >= 0.6 * len(cells) >= 3 and \
            len(whole) >= 2 and whole == sorted(set(whole)) and whole[-1] <= len(texts) + 2:
        return True  # "(1) (2) (3)=(4)+(5)" with a few cells misread by OCR ("(2) |", "q1)"): rising, no
        # higher than the columns; not the maxima a 766 header's second line states, "(18) (20) (12)"
    ints = []
    for t in cells:
        m = regex.fullmatch(r"[(\[]?\s*([0-9]{1,3}|[A-Za-z])\s*[)\]]?(?:\s*=.*)?", t)
        if not m:
            return False
        if m.group(1).isdigit():
            ints.append(int(m.group(1)))
    return len(ints) >= 3 and ints == sorted(ints) and len(set(ints)) == len(ints) and ints[0] <= 2


@lru_cache(maxsize=None)
def _family_of() -> dict:
    cat = indicators()["counts"]
    return {k: v.get("family") for k, v in cat.items()}


@lru_cache(maxsize=None)
def _parent_of() -> dict:
    cat = indicators()["counts"]
    return {k: v.get("parent") for k, v in cat.items()}


def _longest(matches):
    real = [m for m in matches if "_neutral" not in m.key]
    if not real:
        return None
    return max(real, key=lambda m: (m.end - m.start, -m.start))


def _count_path(path: list[str], family_hint: Optional[str] = None) -> Optional[str]:
    """The count a header path names: the top level gives the family ("Số hồ sơ đã giải quyết"),
    each level below narrows it ("Quá hạn" is resolved_late there, pending_late under "đang giải
    quyết"). A leaf the catalogue does not name gives nothing (precision first)."""
    family = _family_of()
    parent = _parent_of()
    result: Optional[str] = None
    fam: Optional[str] = None
    for depth, part in enumerate(path):
        words = _words(part)
        leaf = depth == len(path) - 1
        if words in _NEUTRAL_HEADERS or not words or (words in _TOTAL_HEADERS and (result or not leaf)):
            continue  # a total header is its family's total; alone ("Tổng số hồ sơ") it may name one
        m = _longest(matcher("header_counts").find(part))
        keys = list(m.key) if m is not None else []
        if m is not None and m.text in _HEADER_ONLY and m.text != words:
            # a header-only word ("Trễ") names a column only as its whole header ("Sắp trễ" is not late);
            # the counts whose own phrase it is keep it ("Số hồ sơ trong hạn" under "Đang giải quyết")
            keys = [k for k in keys if k not in _HEADER_ONLY[m.text]]
            if not keys:
                m = None
        if m is not None and m.text in _PROSE_ONLY:
            m = None  # "Có phát sinh hồ sơ": a sentence's verb names no column
        if m is None:
            if leaf:
                return None
            continue
        if fam is not None:
            same = [k for k in keys if family.get(k) == fam]
            if not same:
                own = [k for k in keys if parent.get(k) is None and "_neutral" not in k]
                if leaf and own and words == _words(m.text):
                    return own[0]  # "Đang giải quyết" set under "Đã giải quyết": a family's own total names itself
                if leaf:
                    return None
                continue
            keys = sorted(same, key=lambda k: parent.get(k) != result)
        else:
            families = {family.get(k) for k in keys if "_neutral" not in k}
            if leaf and len(families) > 1 and all(parent.get(k) for k in keys if "_neutral" not in k) \
                    and family_hint not in families and "feedback" not in families:
                return None  # "Quá hạn" with no family above it or to its left: resolved or pending, untold
            top_part = lambda k: parent.get(k) is not None and len(path) > 1 and depth == 0  # noqa: E731
            if family_hint:  # the table's family first ("Đã xử lý" > "Số lượng" of a feedback table)
                keys.sort(key=lambda k: (family.get(k) != family_hint, top_part(k)))
            else:  # "Đã xử lý" of a dossier table: feedback only in a table named so (its hint)
                keys.sort(key=lambda k: (top_part(k), family.get(k) == "feedback"))
        result = keys[0]
        fam = family.get(result)
    return result


_ABBREVIATIONS = load("tables")["header_abbreviations"]
_ABBREVIATION = regex.compile(r"(?<![\w\-/])(" + "|".join(regex.escape(k) for k in _ABBREVIATIONS) + r")(?![\w\-/])")


def expand_header(text: str) -> str:
    """A header's short forms written out (tables.json header_abbreviations), unless the header is
    the ordinal alone ("TT", "Số TT").

    >>> expand_header("Tỷ lệ TT (%)"), expand_header("TT"), expand_header("Số TT"), expand_header("Số TTHC")
    ('Tỷ lệ trực tuyến (%)', 'TT', 'Số TT', 'Số TTHC')
    >>> expand_header("TL đúng hạn")
    'tỷ lệ đúng hạn'
    """
    if _words(text) in _NUMBER_HEADERS:
        return text
    return _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], text)


def indicator_for(path: list[str], family_hint: Optional[str] = None,
                  scores: bool = False) -> tuple[Optional[str], Optional[str], Optional[float]]:
    """(kind, indicator, maximum) named by a column's header path, or (None, None, None)."""
    if not path:
        return None, None, None
    path = [drop_inclusion(expand_header(p)) for p in path]
    words = [_words(p) for p in path]
    if _RANK_WORDS.search(words[-1]) or words[-1] in _RANK_HEADERS:
        return "rank", "index_766_rank", None
    is_rate = any(_RATE_WORD.search(w) for w in words)
    is_score = scores or any(regex.search(r"\bdiem\b", w) for w in words)
    if is_rate:
        for part in reversed(path):
            m = _longest(matcher("rates").find(part))
            if m:
                return "rate", m.key[0], None
        joined = " ".join(path)
        m = _longest(matcher("rates").find(joined))
        if m:
            return "rate", m.key[0], None
        named = family_rate(path[-1], family_hint)
        if named:  # "Tỷ lệ xử lý (%)" in a feedback table: the handled rate
            return "rate", named, None
        bare = [regex.sub(r"(?i)t[ỷỉ]\s*l[ệe]|\(?%\)?", " ", p).strip(" ,:()") for p in path]
        bare = [b for b in bare if _words(b)]
        if bare:  # "Tỷ lệ (%)" over "Nộp hồ sơ trực tuyến": the rate phrase the levels make together
            m = _longest(matcher("rates").find("tỷ lệ " + " ".join(bare)))
            if m and m.start == 0:
                return "rate", m.key[0], None
        count = _count_path(bare, family_hint) if bare else None
        if count:
            cat = indicators()["counts"][count]
            rate = cat.get("share") or cat.get("xy_rate")
            if rate:
                return "rate", rate, None
        return None, None, None
    if is_score:
        maximum = None
        for part in path:
            mm = _MAX_POINTS.search(part)
            if mm:
                maximum = float((mm.group(1) or mm.group(2)).replace(",", "."))
        for part in reversed(path):
            m = _longest(matcher("scores").find(regex.sub(r"\(.*?\)", " ", part)))
            if m and m.text not in _WEAK_SCORE_HEADERS:  # "Điểm đạt" names no component
                return "score", m.key[0], maximum
        bracket = regex.search(r"\(\s*(\d+)\s*\)", path[-1])  # "Tổng (100)": the maximum in brackets
        top = maximum if maximum is not None else (float(bracket.group(1)) if bracket else None)
        if top == _INDEX_MAXIMUM and _words(regex.sub(r"\(.*?\)", " ", path[-1])) in _WEAK_SCORE_HEADERS | _TOTAL_HEADERS:
            return "score", "index_766_total", top  # the index's whole, told by its maximum
        return None, None, None
    count = _count_path(path, family_hint)
    if count:
        return "count", count, None
    return None, None, None


# ---- reading a grid ------------------------------------------------------------------------

_FAMILY_WORDS = {family: [_words(w) for w in words] for family, words in load("indicators")["family_words"].items()}


def object_families(path: list[str]) -> set[str]:
    """The families a header path names by its object's words (indicators.json family_words), the
    dossiers' "hồ sơ" too.

    >>> sorted(object_families(["Số PAKN tiếp nhận"])), sorted(object_families(["Số hồ sơ đã giải quyết"]))
    (['feedback'], ['dossiers'])
    >>> object_families(["Đã xử lý"])
    set()
    """
    words = " " + " ".join(_words(p) for p in path) + " "
    return {family for family, ws in _FAMILY_WORDS.items() if any(f" {w} " in words for w in ws)}


def own_family(path: list[str]) -> Optional[str]:
    """The family a column's own header names by its object's words (indicators.json family_words)
    when it names one only: "PAKN đã xử lý" is feedback resolved, whatever the table's other columns.

    >>> own_family(["PAKN đã xử lý"]), own_family(["Số hồ sơ đã xử lý"]), own_family(["Đã xử lý"])
    ('feedback', None, None)
    >>> own_family(["Mức độ 3", "TTHC"])
    'procedures'
    """
    named = object_families(path)
    # an object that is one count family ("PAKN", "TTHC": feedback, procedures) names it; dossiers
    # ("hồ sơ") are several families (received, resolved, pending) and name none
    if len(named) == 1 and next(iter(named)) in set(_family_of().values()):
        return next(iter(named))
    return None


def names_feedback(caption: str) -> bool:
    """Whether a table's caption names feedback by one of its object's words anywhere in it
    (indicators.json family_words.feedback, the catalogue the prose reader uses too): "Tình hình
    tiếp nhận, xử lý phản ánh, kiến nghị" makes the table's bare headers feedback counts.

    >>> names_feedback("Bảng 2. Kết quả xử lý PAKN theo đơn vị"), names_feedback("Tình hình tiếp nhận kiến nghị")
    (True, True)
    >>> names_feedback("Kết quả giải quyết hồ sơ TTHC"), names_feedback("")
    (False, False)
    """
    words = " " + _words(caption) + " "
    return any(f" {w} " in words for w in _FAMILY_WORDS["feedback"])


def caption_level(caption: str) -> Optional[str]:
    """The one level a table's caption names its rows by (tables.json caption_levels), for labels
    written without their prefix under a header that names none ("Đơn vị"); None for none or two.

    >>> caption_level("THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ CẤP HUYỆN THÁNG 5/2024"), caption_level("Kết quả của tỉnh")
    ('districts', None)
    """
    words = _words(caption)
    found = {level for level, cues in _T["caption_levels"].items() if not level.startswith("_")
             and any(regex.search(r"(?<![a-z])" + regex.escape(_words(c)) + r"(?![a-z])", words) for c in cues)}
    return found.pop() if len(found) == 1 else None


def names_index_766(caption: str) -> bool:
    """Whether a table's caption names the 766 index (tables.json index_766_caption_words).

    >>> names_index_766("Bảng 3. Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp"), names_index_766("Điểm 766 các xã")
    (True, True)
    >>> names_index_766("Kết quả giải quyết hồ sơ TTHC")
    False
    """
    folded = fold(caption)
    return any(fold(w) in folded for w in _T["index_766_caption_words"])


_FAMILY_RATES = {k: v for k, v in load("indicators")["family_rates"].items() if not k.startswith("_")}
_RATE_PARTS = {k: v for k, v in load("indicators")["rate_parts"].items() if not k.startswith("_")}


def family_rate(header: str, family: Optional[str]) -> Optional[str]:
    """The rate a bare rate header names in a table of one family (indicators.json family_rates, the
    words the prose reads so in a statement about that family), the base words of that rate's
    rate_parts allowed after them: in a feedback table "Tỷ lệ xử lý (%)" and "Tỷ lệ xử lý trên số
    tiếp nhận mới (%)" are the handled rate; in a table of dossiers they name none.

    >>> family_rate("Tỷ lệ xử lý (%)", "feedback"), family_rate("Tỷ lệ giải quyết (%)", "feedback")
    ('feedback_handled', 'feedback_handled')
    >>> family_rate("Tỷ lệ xử lý trên số tiếp nhận mới (%)", "feedback"), family_rate("Tỷ lệ xử lý (%)", None)
    ('feedback_handled', None)
    >>> family_rate("Tỷ lệ xử lý đúng hạn (%)", "feedback")
    """
    rule = _FAMILY_RATES.get(family or "")
    if not rule:
        return None
    words = _words(regex.sub(r"\(?\s*%\s*\)?", " ", header))
    bases = {_words(b) for b in _RATE_PARTS.get(rule["rate"], {}).get("base_words", {})}
    for phrase in sorted({_words(p) for p in rule["phrases"]}, key=len, reverse=True):
        if words == phrase or (words.startswith(phrase + " ") and words[len(phrase) + 1:] in bases):
            return rule["rate"]
    return None


def _header_end(texts: list[list[str]]) -> int:
    """Index of the first body row: the first that holds a figure beyond its first column, or that
    is a label alone (a group row "I. Cấp tỉnh" before its units)."""
    for r, row in enumerate(texts):
        if is_numbering_row(row):
            continue
        if r > 0 and len(row) >= 3 and row[0] and len(set(row)) == 1 and any(
                cell_value(t)[0] in ("value", "zero") for later in texts[r + 1:r + 3] for t in later[1:]):
            return r  # a heading across the whole table ("A. CẤP TỈNH") before figures opens the body
        statuses = [cell_value(t)[0] for t in row[1:]]
        if any(s in ("value", "zero") for s in statuses):
            return r
        if r > 0 and row and all(not t for t in row[2:]) and any(row[:2]) and \
                not all(row[i] == texts[r - 1][i] for i in range(min(2, len(row)))):
            return r
    return len(texts)


_UNIT_NOTE_WORDS = {_words(w) for w in _T["unit_notes"]}
_UNIT_NOTE = regex.compile(r"^(?:" + "|".join(regex.escape(_words(w)) for w in _T["unit_notes"]) + r")\b")


def is_unit_note(text: str) -> bool:
    """The note of the table's unit set above it ("Đơn vị tính: hồ sơ"): no column's header.

    >>> is_unit_note("Đơn vị tính: hồ sơ"), is_unit_note("ĐVT: hồ sơ"), is_unit_note("Đơn vị")
    (True, True, False)
    """
    return bool(_UNIT_NOTE.match(_words(text)))


def unit_header(text: str) -> bool:
    """A column's own header that says the row's unit of measure ("Đơn vị tính", "ĐVT" over "Hồ sơ",
    "TTHC", "%" in each row), not a note of the whole table's unit: the note word alone, no colon.
    Such a column is no part of a row's label.

    >>> unit_header("Đơn vị tính"), unit_header("ĐVT"), unit_header("ĐVT:"), unit_header("Đơn vị tính: hồ sơ")
    (True, True, False, False)
    """
    return not text.strip().endswith(":") and _words(text) in _UNIT_NOTE_WORDS


_LEGEND = regex.compile(r"\(([^()]{3,200})\)\s*:?\s*$")


def legend_paths(caption: str, paths: list[list[str]], texts: list[list[str]]) -> list[list[str]]:
    """A table typed with no header row under a caption whose closing bracket lists its columns in
    order ("Kết quả của một số huyện (hồ sơ đã giải quyết / đúng hạn / tỷ lệ):" over "Thành phố Tân
    An  612  598  97,71%"): each figure column gets its piece as its header, when the pieces are as
    many as the columns that hold figures and every column before them holds none.

    >>> legend_paths("Kết quả (đã giải quyết / đúng hạn / tỷ lệ):", [[], [], [], []],
    ...              [["Xã A", "612", "598", "97,71%"], ["Xã B", "203", "203", "100%"]])
    [[], ['đã giải quyết'], ['đúng hạn'], ['tỷ lệ']]
    >>> legend_paths("Kết quả (đã giải quyết / đúng hạn):", [[], [], [], []],
    ...              [["Xã A", "612", "598", "97,71%"]])
    [[], [], [], []]
    >>> legend_paths("Kết quả (đã giải quyết / đúng hạn / tỷ lệ):", [[], [], [], []],
    ...              [["Xã A", "612", "598", "97,71%"], ["Xã B Kết quả tiếp nhận (tiếp nhận, trực tuyến, trực tiếp):", "700", "500", "200"]])
    [[], [], [], []]
    """
    m = _LEGEND.search(caption)
    if m is None or any(paths):
        return paths
    if any(c and (_LEGEND.search(c) or c.rstrip().endswith(":")) for r in texts for c in r):
        return paths  # another caption with its own bracket inside the rows: two blocks read as one, no legend
    body = m.group(1)
    sep = next((x for x in (";", "|", "/", ",") if x in body), None)
    pieces = [" ".join(p.split()) for p in body.split(sep)] if sep else []
    if len(pieces) < 2 or not all(pieces):
        return paths
    width = len(paths)
    numeric = [c for c in range(width)
               if sum(cell_value(r[c])[0] in ("value", "zero") for r in texts if c < len(r)) * 2 > len(texts)]
    if len(numeric) != len(pieces) or numeric != list(range(width - len(pieces), width)):
        return paths
    out = [list(p) for p in paths]
    for c, piece in zip(numeric, pieces):
        out[c] = [piece]
    return out


def column_paths(grid: Grid, end: int) -> list[list[str]]:
    """Header texts of each column from the top level down, a merged cell counted once; the unit
    note above the table ("Đơn vị tính: hồ sơ") is no header."""
    paths = []
    texts = grid.texts()
    for c in range(grid.n_cols):
        path: list[str] = []
        seen = set()
        for r in range(end):
            if is_numbering_row(texts[r]):
                continue
            cell = grid.cells[r][c]
            if not cell.text or cell.origin in seen or (is_unit_note(cell.text) and not unit_header(cell.text)):
                continue
            seen.add(cell.origin)
            if path and path[-1] == cell.text:
                continue
            path.append(cell.text)
        paths.append(path)
    return paths


def whole_header(text: str) -> bool:
    """A header cell's text is one whole header of the catalogue: a phrase of a count, rate or score
    covering all its words, or a total or rate word alone ("Tổng", "Tỷ lệ", "%").

    >>> whole_header("Tiếp nhận"), whole_header("Trực tuyến"), whole_header("Tỷ lệ"), whole_header("Tiếp nhận Tỷ")
    (True, True, True, False)
    """
    words = _words(text)
    if not words:
        return False
    if words in _TOTAL_HEADERS or not _RATE_WORD.sub("", words).strip():
        return True
    return any(_words(m.text) == words for name in ("header_counts", "rates", "scores")
               for m in matcher(name).find(text))


def split_headers(text: str, k: int) -> Optional[list[str]]:
    """The one way to cut a header's words into ``k`` whole headers in order (whole_header), else
    None: a portal's header line typed with one space between two columns' headers ("Tiếp nhận
    Trực tuyến" over two columns) is two headers, when the words allow no other cut.

    >>> split_headers("Tiếp nhận Trực tuyến", 2), split_headers("Số hồ sơ đã giải quyết", 2)
    (['Tiếp nhận', 'Trực tuyến'], None)

    Two headers typed with no space between them ("Đã giải quyếtTrước, đúng hạn": the first ends
    where the second begins) are cut where a lower-case letter meets an upper-case one, when the
    words cut no other way:

    >>> split_headers("Đã giải quyếtTrước, đúng hạn", 2)
    ['Đã giải quyết', 'Trước, đúng hạn']
    """
    found = _split_headers(text.split(), k)
    if found is None:
        parted = regex.sub(r"(?<=\p{Ll})(?=\p{Lu})", " ", text).split()
        if len(parted) > len(text.split()):
            found = _split_headers(parted, k)
    return found


def _split_headers(words: list[str], k: int) -> Optional[list[str]]:
    if k < 2 or len(words) < k:
        return None
    found: list[list[str]] = []
    whole: dict = {}  # (i, j) -> whether words[i:j] is a whole header (each asked once)
    dead: set = set()  # (position, pieces so far) from which no cut completes

    def is_whole(i: int, j: int) -> bool:
        if (i, j) not in whole:
            whole[i, j] = bool(whole_header(" ".join(words[i:j])))
        return whole[i, j]

    def cut(i: int, pieces: list[str]) -> None:
        if len(found) > 1 or (i, len(pieces)) in dead:
            return
        if len(pieces) == k - 1:
            if is_whole(i, len(words)):
                found.append(pieces + [" ".join(words[i:])])
            return
        before = len(found)
        for j in range(i + 1, len(words) - (k - len(pieces) - 1) + 1):
            if is_whole(i, j):
                cut(j, pieces + [" ".join(words[i:j])])
        if len(found) == before:
            dead.add((i, len(pieces)))  # memoised: polynomial in the words, not exponential

    cut(0, [])
    return found[0] if len(found) == 1 else None


def split_joined_headers(grid: Grid, end: int) -> None:
    """A leaf header cell of a text table over several value columns whose words cut one way only
    into as many whole headers (split_headers) gives each column its own header. A group header
    (cells under it) or a header of one phrase stays as it is."""
    for r in range(end):
        c = 0
        while c < grid.n_cols:
            cell = grid.cells[r][c]
            span = [k for k in range(grid.n_cols) if grid.cells[r][k] is cell]
            c = max(span) + 1 if span else c + 1
            if len(span) < 2 or not cell.text or cell.origin[0] != r or span[0] == 0:
                continue
            if any(grid.cells[k][col] is not cell and grid.cells[k][col].text for k in range(r + 1, end) for col in span):
                continue  # cells under it: a group header
            pieces = split_headers(cell.text, len(span))
            if pieces is None:
                continue
            for col, piece in zip(span, pieces):
                grid.cells[r][col] = GridCell(piece, (r, col), cell.box, cell.page)
                for k in range(r + 1, end):
                    if grid.cells[k][col] is cell:
                        grid.cells[k][col] = grid.cells[r][col]


def _column_roles(grid: Grid, end: int, paths: list[list[str]]) -> list[str]:
    roles = []
    body = grid.texts()[end:]
    for c, path in enumerate(paths):
        head = _words(path[-1]) if path else ""
        statuses = [cell_value(row[c])[0] for row in body if c < len(row)]
        texts = sum(s == "text" for s in statuses)
        values = sum(s in ("value", "zero", "na", "nodata") for s in statuses)
        short = [row[c].strip() for row in body if c < len(row) and row[c].strip()]
        if head in _RANK_HEADERS and values:
            roles.append("value")  # "Hạng | Đơn vị | Tổng điểm": the position, not the rows' ordinal
        elif head in _NUMBER_HEADERS or (c == 0 and all(
                _ROMAN.match(t.rstrip(".")) or regex.fullmatch(r"\d{1,3}(?:\.\d+)*\.?", t) or
                (len(t) <= 3 and " " not in t) for t in short)
                and not any(regex.search(r"\bty le\b|tong so|\bso\b", _words(p)) for p in path)):
            roles.append("number")
        elif head in _LABEL_HEADERS or texts > values:
            roles.append("label")
        else:
            roles.append("value")
    # only the leading columns are row headers; a text column later on is a note
    return roles


def continue_spans(grid: Grid, end: int) -> None:
    """A group header written in one cell and left unmerged ("Số hồ sơ đã giải quyết" over four
    columns, the three cells right of it blank): a blank upper header cell right of a filled one,
    over filled header cells, continues it. Only for grids whose merges are written as such (HTML,
    DOCX, sheets, text), never for ruled or scanned grids, whose rules tell their merges.

    >>> from docparse.tables.grid import from_spans
    >>> g = from_spans([[("Đơn vị", 2, 1), ("Đã giải quyết", 1, 1), ("", 1, 1)],
    ...                 [("Tổng số", 1, 1), ("Quá hạn", 1, 1)], [("Sở Y tế", 1, 1), ("9", 1, 1), ("1", 1, 1)]], "html")
    >>> continue_spans(g, 2); g.texts()[0]
    ['Đơn vị', 'Đã giải quyết', 'Đã giải quyết']
    """
    heads = [k for k in range(end) if not is_numbering_row(grid.texts()[k])]  # the column numbers' row is no header
    for r in range(max(0, end - 1)):
        below = [k for k in heads if k > r]
        for c in range(1, grid.n_cols):
            cell, left = grid.cells[r][c], grid.cells[r][c - 1]
            if cell.text or not left.text or cell.origin == left.origin or left.origin[1] == 0 \
                    or _words(left.text) in _LABEL_HEADERS | _NUMBER_HEADERS:
                continue
            if left.origin[0] != r or any(grid.cells[k][c - 1].origin == left.origin for k in range(r + 1, end)):
                continue  # the cell to the left runs down (a rowspan): it is no group header
            if not any(grid.cells[k][left.origin[1]].text for k in below):
                continue  # nothing under the cell to the left: a leaf, not a group over columns
            if any(grid.cells[k][c].text for k in below):
                grid.cells[r][c] = left


def _leaf_spans(grid: Grid, end: int, c: int) -> bool:
    """The lowest header cell over column ``c`` spans other columns too: the column's own header is
    missing (misread, or left blank), and the spanning group names no one column."""
    for r in range(end - 1, -1, -1):
        cell = grid.cells[r][c]
        if not cell.text or is_numbering_row(grid.texts()[r]):
            continue
        width = sum(1 for k in range(grid.n_cols) if grid.cells[r][k].origin == cell.origin)
        below = any(grid.cells[k][c].origin != cell.origin for k in range(r + 1, end)
                    if not is_numbering_row(grid.texts()[k]))
        return width > 1 and below
    return False


def _in_time(columns: list[TableColumn]) -> None:
    """Resolved "Đúng hạn" with no "Trước hạn" column beside it holds early and on time together, as
    reports mean it (resolved_in_time); Biểu 06 splits the two."""
    have = {c.indicator for c in columns if c.kind == "count"}
    if "resolved_on_time" in have and "resolved_early" not in have and "resolved_in_time" not in have:
        for c in columns:
            if c.kind == "count" and c.indicator == "resolved_on_time":
                c.indicator = "resolved_in_time"


def score_total(columns: list[TableColumn]) -> None:
    """A lone total header ("Tổng cộng", "Tổng số") right of three or more 766 components, naming
    nothing else, is the 766 total score.

    >>> cols = [TableColumn(index=k, kind="score", indicator=i) for k, i in enumerate(
    ...     ["index_766_publicity", "index_766_progress", "index_766_satisfaction"])] + [TableColumn(index=3, path=["Tổng cộng"])]
    >>> score_total(cols); (cols[3].kind, cols[3].indicator)
    ('score', 'index_766_total')
    """
    parts = 0
    for col in columns:
        if col.role != "value":
            continue
        if col.kind == "score" and col.indicator and col.indicator != "index_766_total":
            parts += 1
        elif col.indicator is None and col.path and _words(col.path[-1]) in _TOTAL_HEADERS and parts >= 3 \
                and all(_words(p) in _TOTAL_HEADERS | _NEUTRAL_HEADERS for p in col.path) \
                and not any(c.indicator == "index_766_total" for c in columns):
            col.kind, col.indicator = "score", "index_766_total"


def score_total_rows(rows: list[TableRow]) -> None:
    """A table of the index's groups in rows: a total row ("Tổng cộng", "Tổng số") below three or
    more 766 components, naming nothing else, is the 766 total score, as its column is
    (``score_total``).

    >>> rows = [TableRow(index=k, kind="score", indicator=i, label=i) for k, i in enumerate(
    ...     ["index_766_publicity", "index_766_progress", "index_766_satisfaction"])] + [TableRow(index=3, label="Tổng cộng", path=["Tổng cộng"])]
    >>> score_total_rows(rows); (rows[3].kind, rows[3].indicator)
    ('score', 'index_766_total')
    """
    parts = 0
    for row in rows:
        if row.kind == "score" and row.indicator and row.indicator != "index_766_total":
            parts += 1
        elif row.indicator is None and row.path and parts >= 3 \
                and _words(_ORDINAL.sub("", row.path[-1], count=1)) in _TOTAL_HEADERS \
                and not any(r.indicator == "index_766_total" for r in rows):
            row.kind, row.indicator = "score", "index_766_total"


def _remainders(columns: list[TableColumn]) -> None:
    """A "Còn lại" column (tables.json remainder_headers) among its siblings' parts of one sum
    (rules.json: "Toàn trình" | "Một phần" | "Còn lại" under "Trong đó") is the one required part
    the table's other columns leave out; none when that is not exactly one.

    >>> cols = [TableColumn(index=0, path=["Số TTHC"], kind="count", indicator="procedures_total"),
    ...         TableColumn(index=1, path=["Trong đó", "Toàn trình"], kind="count", indicator="procedures_full_online"),
    ...         TableColumn(index=2, path=["Trong đó", "Một phần"], kind="count", indicator="procedures_partial_online"),
    ...         TableColumn(index=3, path=["Trong đó", "Còn lại"])]
    >>> _remainders(cols); cols[3].kind, cols[3].indicator
    ('count', 'procedures_not_online')

    On the level of the group over the other parts ("Tổng số TTHC" | "Dịch vụ công trực tuyến" >
    "Toàn trình" | "Một phần" | "Còn lại", the remainder header spanning the header rows) it is too:

    >>> cols = [TableColumn(index=0, path=["Tổng số TTHC"], kind="count", indicator="procedures_total"),
    ...         TableColumn(index=1, path=["DVC trực tuyến", "Toàn trình"], kind="count", indicator="procedures_full_online"),
    ...         TableColumn(index=2, path=["DVC trực tuyến", "Một phần"], kind="count", indicator="procedures_partial_online"),
    ...         TableColumn(index=3, path=["Còn lại"])]
    >>> _remainders(cols); cols[3].kind, cols[3].indicator
    ('count', 'procedures_not_online')
    """
    have = {c.indicator for c in columns if c.kind == "count" and c.indicator}
    for col in columns:
        if col.role != "value" or col.indicator or not col.path or _words(col.path[-1]) not in _REMAINDER_HEADERS:
            continue
        # its siblings in the header tree and what lies under them: "Trong đó" > "Toàn trình" |
        # "Một phần" | "Còn lại", or "Tổng số" | "Dịch vụ công trực tuyến" > ("Toàn trình" |
        # "Một phần") | "Còn lại" with the remainder on the group's own level
        parent = col.path[:-1]
        siblings = {c.indicator for c in columns if c is not col and c.kind == "count" and c.indicator
                    and len(c.path) > len(parent) and c.path[:len(parent)] == parent}
        found = []
        for rule in load("rules")["sums"]:
            parts = set(rule["parts"])
            if not siblings & parts:
                continue
            required = [p for p in rule["required"] if isinstance(p, str)]
            alternatives = [p for p in rule["required"] if not isinstance(p, str)]
            missing = [p for p in required if p not in have]
            if len(missing) == 1 and all(any(a in have for a in alt) for alt in alternatives):
                found.append(missing[0])
        if len(found) == 1:
            col.kind, col.indicator = "count", found[0]
            have.add(found[0])


def _bare_rates(columns: list[TableColumn]) -> None:
    """A rate column whose header names nothing but the rate ("Tỷ lệ (%)") right of a part's count
    ("Trực tuyến") is that part's share of the row, as x/y (the count's xy_rate, else its share).

    >>> cols = [TableColumn(index=0, path=["Tổng số hồ sơ"], kind="count", indicator="received_total"),
    ...         TableColumn(index=1, path=["Hồ sơ trực tuyến"], kind="count", indicator="received_online"),
    ...         TableColumn(index=2, path=["Tỷ lệ (%)"])]
    >>> _bare_rates(cols); cols[2].kind, cols[2].indicator
    ('rate', 'online_submission')
    """
    for c, col in enumerate(columns):
        if col.role != "value" or col.indicator or not col.path or c == 0:
            continue
        if _RATE_WORD.sub("", _words(col.path[-1])).strip() or len(col.path) > 1:
            continue
        left = columns[c - 1]
        if left.role != "value" or left.kind != "count" or not _parent_of().get(left.indicator or ""):
            continue
        cat = indicators()["counts"][left.indicator]
        rate = cat.get("xy_rate") or cat.get("share")
        narrow = left.indicator == "resolved_on_time" and any(x.indicator == "resolved_early" for x in columns)
        if rate and not narrow:
            col.kind, col.indicator = "rate", rate
        else:  # "Trước hạn" | "%", or "Đúng hạn" | "%" beside a separate early column: a narrow share
            col.kind, col.indicator, col.share_of = "rate", "other", left.indicator


def _is_bare_rate(path: list[str]) -> bool:
    """A header that names nothing but a rate: "Tỷ lệ (%)", "%" (over levels that name nothing).

    >>> _is_bare_rate(["Tỷ lệ (%)"]), _is_bare_rate(["Tỷ lệ trực tuyến (%)"]), _is_bare_rate(["Kết quả", "Tỷ lệ %"])
    (True, False, True)
    """
    if not path or not _RATE_WORD.search(_words(path[-1])):
        return False
    rest = [_RATE_WORD.sub(" ", _words(p)).strip() for p in path]
    return all(not r or r in _NEUTRAL_HEADERS for r in rest)


def rate_by_numbers(grid: Grid, end: int, columns: list[TableColumn]) -> None:
    """A bare rate column ("Tỷ lệ (%)") right of a family's columns that are not a part just beside
    it (online | offline | "Cộng" | "Tỷ lệ (%)"): which part's rate it is, told by its figures — the
    one rate of the family's parts (their catalogue rates) that its cells agree with by an official
    convention in at least four rows of five (and two rows), no other agreeing as well. A cell that
    agrees with none is then that rate's wrong cell (the ratio check tells it)."""
    from types import SimpleNamespace

    from ..checks.ratios import agrees, conventions

    cat = indicators()["counts"]
    for c, col in enumerate(columns):
        if col.role != "value" or col.indicator or not _is_bare_rate(col.path):
            continue
        left = [x for x in columns[:c] if x.role == "value" and x.kind == "count" and x.indicator]
        if not left:
            continue
        family = _family_of().get(left[-1].indicator)
        counts_cols = [x for x in left if _family_of().get(x.indicator) == family]
        candidates = []
        for x in counts_cols:
            rate = cat[x.indicator].get("xy_rate") or cat[x.indicator].get("share")
            if rate and rate not in candidates and _parent_of().get(x.indicator):
                candidates.append(rate)
        if len(candidates) < 1:
            continue
        here = SimpleNamespace(level="city", name=None, scope=None)
        agreeing = {rate: 0 for rate in candidates}
        tried = 0
        for r in range(end, grid.n_rows):
            status, value, decimals = cell_value(grid.cells[r][c].text)
            if status != "value":
                continue
            counts = {}
            for x in left:
                st, v, _ = cell_value(grid.cells[r][x.index].text)
                if st in ("value", "zero"):
                    counts[(("city", None, None), x.indicator)] = SimpleNamespace(value=float(v))
            ways = {rate: conventions(SimpleNamespace(indicator=rate, subject=here), counts) for rate in candidates}
            if not any(ways.values()):
                continue
            tried += 1
            for rate, ts in ways.items():
                if any(d and agrees(float(value), decimals, n, d) for _, n, d in ts):
                    agreeing[rate] += 1
        good = [rate for rate, k in agreeing.items() if k >= 2 and 5 * k >= 4 * tried]
        if len(good) == 1:
            col.kind, col.indicator = "rate", good[0]


def _share_count(path: list[str]) -> Optional[str]:
    """The count a "%" column's path names beside its rate mark, when no rate phrase names it
    ("Trước hạn" / "%": the share of the early dossiers), else None.

    >>> _share_count(["Trước hạn", "%"]), _share_count(["Tỷ lệ giải quyết đúng hạn (%)"])
    ('resolved_early', None)
    """
    words = [_words(p) for p in path]
    if not any(_RATE_WORD.search(w) for w in words):
        return None
    if len(path) >= 2 and not _RATE_WORD.sub("", words[-1]).strip():
        return _count_path(path[:-1])  # "Đúng hạn" / "%": a rate mark alone under the count
    if any(_longest(matcher("rates").find(p)) for p in path):
        return None
    bare = [regex.sub(r"(?i)t[ỷỉ]\s*l[ệe]|\(?%\)?", " ", p).strip(" ,:()") for p in path]
    bare = [b for b in bare if _words(b)]
    if not bare or _longest(matcher("rates").find("tỷ lệ " + " ".join(bare))):
        return None
    return _count_path(bare)


def _numbers(grid: Grid, end: int, c: int) -> list[Optional[float]]:
    out = []
    for r in range(end, grid.n_rows):
        status, value, _ = cell_value(grid.cells[r][c].text)
        out.append(float(value) if status in ("value", "zero") else None)
    return out


def _adds_up(grid: Grid, end: int, total: int, parts: list[int]) -> bool:
    """Column ``total`` is the sum of columns ``parts`` in every body row that has them all, and there
    are at least two such rows."""
    t = _numbers(grid, end, total)
    ps = [_numbers(grid, end, p) for p in parts]
    rows = [(t[i], [p[i] for p in ps]) for i in range(len(t))
            if t[i] is not None and all(p[i] is not None for p in ps)]
    return len(rows) >= 2 and all(abs(v - sum(xs)) < 1e-6 for v, xs in rows)


def _adds_mostly(grid: Grid, end: int, total: int, parts: list[int]) -> bool:
    """Column ``total`` is the sum of columns ``parts`` in at least four body rows of five that have
    them all, and in two rows at least (one row that does not add up is that row's slip: the sum
    check tells it)."""
    t = _numbers(grid, end, total)
    ps = [_numbers(grid, end, p) for p in parts]
    rows = [(t[i], [p[i] for p in ps]) for i in range(len(t))
            if t[i] is not None and all(p[i] is not None for p in ps)]
    good = sum(abs(v - sum(xs)) < 1e-6 for v, xs in rows)
    return good >= 2 and 5 * good >= 4 * len(rows)


def conventions_by_numbers(grid: Grid, end: int, columns: list[TableColumn]) -> None:
    """What a portal's columns hold, told by their figures, where their words leave it open:

    - two columns naming the received total beside a carried-over column ("Đã tiếp nhận", "Tồn kỳ
      trước", "Cần xử lý"): the one that is the other plus the carried-over dossiers, row by row, is
      the total; the other holds the new dossiers only (no catalogue indicator: no fact);
    - a resolved total split into early ("Sớm") and late only, early + late = total row by row: the
      early column holds early and on time together (resolved_in_time), as the portal defines it;
    - a lone "Tổng" before the resolved and pending totals that is their sum row by row: the
      received total.
    """
    def cols(indicator):
        return [c for c in columns if c.role == "value" and c.kind == "count" and c.indicator == indicator]

    carried = cols("received_carried_over")
    totals = cols("received_total")
    if carried and len(totals) >= 2:
        for a in totals:
            for b in totals:
                if a is not b and _adds_up(grid, end, a.index, [b.index, carried[0].index]):
                    b.kind = b.indicator = None
    resolved, early, late = cols("resolved_total"), cols("resolved_early"), cols("resolved_late")
    if len(resolved) == len(early) == len(late) == 1 and not cols("resolved_on_time") and not cols("resolved_in_time") \
            and _adds_up(grid, end, resolved[0].index, [early[0].index, late[0].index]):
        early[0].indicator = "resolved_in_time"
    for col in columns:  # a lone "Tổng cộng" beside a family's parts, their sum row by row: its total
        if col.role != "value" or col.indicator or not col.path \
                or not all(_words(p) in _TOTAL_HEADERS | _NEUTRAL_HEADERS for p in col.path) \
                or _words(col.path[-1]) not in _TOTAL_HEADERS:
            continue
        found = []
        for rule in load("rules")["sums"]:
            if cols(rule["total"]):
                continue
            parts = [c for c in columns if c.role == "value" and c.kind == "count" and c.indicator in rule["parts"]]
            required = [p for p in rule["required"] if isinstance(p, str)]
            if len(parts) >= 2 and all(cols(p) for p in required) \
                    and _adds_mostly(grid, end, col.index, [c.index for c in parts]):
                found.append(rule["total"])
        if len(found) == 1:
            col.kind, col.indicator = "count", found[0]
    pending = cols("pending_total")
    if not totals and len(resolved) == 1 and len(pending) == 1:
        first = next((c for c in columns if c.role == "value"), None)
        if first is not None and first.indicator is None and len(first.path) == 1 \
                and _words(first.path[0]) in _TOTAL_HEADERS \
                and _adds_up(grid, end, first.index, [resolved[0].index, pending[0].index]):
            first.kind, first.indicator = "count", "received_total"


def _shares(columns: list[TableColumn]) -> None:
    """A "%" column under a count ("Trước hạn" / "%") is that count's share of its family's total:
    the catalogue's rate for the share when there is one, else ``other``; the share of "Đúng hạn"
    beside a separate "Trước hạn" column is the narrow on-time share (``other``), not the official
    on-time rate (early and on time together)."""
    have = {c.indicator for c in columns if c.kind == "count"}
    for col in columns:
        if col.role != "value":
            continue
        count = _share_count(col.path)
        if not count or _parent_of().get(count) is None:
            continue
        col.share_of = count
        if col.indicator is None or (count == "resolved_on_time" and "resolved_early" in have):
            col.kind, col.indicator = "rate", "other"


def shares_by_numbers(grid: Grid, end: int, columns: list[TableColumn]) -> dict[int, tuple[int, int]]:
    """A "%" column under a count its words do not name ("Mức độ 2" / "TTHC" | "%"), or under a
    family's total itself ("Mức độ 1" / "TTHC" | "%", every procedure): the share of the count just
    left of it in its group over the table's one family total, told by its figures — every row's
    percentage agrees with that count over that total (one row or more, and the total the only
    candidate). {rate column: (count column, total column)}; those columns become ``other`` rates."""
    from ..checks.ratios import agrees

    out: dict[int, tuple[int, int]] = {}
    totals = [x.index for x in columns if x.role == "value" and x.kind == "count" and x.indicator
              and _parent_of().get(x.indicator) is None]
    if len(totals) != 1:
        return out
    t = totals[0]
    for c, col in enumerate(columns):
        if c == 0 or col.role != "value" or col.indicator or col.share_of or len(col.path) < 2 \
                or _RATE_WORD.sub("", _words(col.path[-1])).strip() or not _RATE_WORD.search(_words(col.path[-1])):
            continue
        left = columns[c - 1]
        if left.role != "value" or left.kind not in (None, "count") or left.path[:-1] != col.path[:-1] \
                or _RATE_WORD.search(_words(left.path[-1])):
            continue
        rows = 0
        for r in range(end, grid.n_rows):
            status, value, decimals = cell_value(grid.cells[r][c].text)
            if status != "value":
                continue
            (sn, n, _), (sd, d, _) = cell_value(grid.cells[r][c - 1].text), cell_value(grid.cells[r][t].text)
            if sn not in ("value", "zero") or sd != "value" or not d or not agrees(float(value), decimals, float(n), float(d)):
                rows = 0
                break
            rows += 1
        if rows:
            out[c] = (c - 1, t)
            col.kind, col.indicator = "rate", "other"
    return out


def link_shares(facts: list[Fact], columns: list[TableColumn]) -> None:
    """An ``other`` share's x/y: its count over the family total of its own row, when they agree."""
    from ..checks.ratios import agrees

    counts = {f.indicator: f for f in facts if f.kind == "count"}
    for f in facts:
        col = columns[f.evidence.column] if f.evidence.column is not None else None
        if f.kind != "rate" or f.indicator != "other" or col is None or not col.share_of or f.value is None:
            continue
        n, d = counts.get(col.share_of), counts.get(_parent_of().get(col.share_of) or "")
        if n is not None and d is not None and d.value and agrees(f.value, f.decimals, n.value, d.value):
            f.numerator, f.denominator, f.denominator_source = float(n.value), float(d.value), "row"


# a figure of prose (a share, a count with thousands): the line above a table is a paragraph, no caption
_PROSE_FIGURE = regex.compile(r"\d+(?:[.,]\d+)?\s*%|\d{1,3}(?:\.\d{3})+(?!\d)")


def unit_level(subject: Optional[Subject]) -> Optional[str]:
    """The level a named unit belongs to, by its name's prefix (subjects.json: commune prefixes,
    district prefixes) or the list of provincial bodies: communes, districts, departments, or None.

    >>> [unit_level(Subject(level="unit", name=n)) for n in ("Xã Hà Linh", "Thị xã Ba Đồn", "Sở Y tế", "Công an tỉnh")]
    ['communes', 'districts', 'departments', 'departments']
    >>> unit_level(Subject(level="city")) is None
    True
    """
    if subject is None or subject.level != "unit" or not (subject.name or subject.raw):
        return None
    from ..normalize.units import bodies

    folded = _words(subject.name or subject.raw or "")
    subj = load("subjects")
    for level, prefixes in (("communes", subj["commune_prefixes"]),
                            ("districts", subj["named_unit_prefixes"]["district"]),
                            ("departments", subj["named_unit_prefixes"]["department"])):
        if any(folded.startswith(_words(p) + " ") for p in prefixes):
            return level
    return "departments" if fold(subject.name or "") in bodies() else None


def has_figures(row: TableRow) -> bool:
    """Does the row hold a figure (a number or a "-" zero)? A note row ("Ghi chú: số liệu ...") or a
    heading with no figures sums nothing.

    >>> has_figures(TableRow(index=5, cells=[TableCell(column=2, text="-", status="zero", value=0.0)]))
    True
    >>> has_figures(TableRow(index=6, label="Ghi chú: số liệu đến 30/9", cells=[TableCell(column=2, text="")]))
    False
    """
    return any(c.status in ("value", "zero") for c in row.cells)


def listed_level(rows: list[TableRow]) -> Optional[str]:
    """The one level of every unit row of a table with no group row, when there are two units or more
    and no other row with figures carries a subject, and that level is one whose units a "Tổng cộng"
    sums as the level's aggregate (tables.json listed_total_levels: "Xã ..." and "Phường ..." only,
    communes), else None. A row with no figures (a note under the body) is no other row."""
    if any(r.role in ("group", "other") and r.subject is not None and has_figures(r) for r in rows):
        return None
    levels = [unit_level(r.subject) for r in rows if r.role == "unit"]
    if len(levels) >= 2 and None not in levels and len(set(levels)) == 1 and levels[0] in _LISTED_LEVELS:
        return levels[0]
    return None


class TableReader:
    """Reads the grids of one document into Tables and Facts, with the document's context."""

    def __init__(self, scope, ctx, first_id: int, context_text: str = ""):
        self.scope = scope  # recognize.scope.ScopeFinder of the document
        self.ctx = ctx
        self.next_id = first_id
        self.context = fold(context_text)

    def default_subject(self) -> Subject:
        if self.ctx.default_subject == "self" and self.ctx.own_unit:
            return Subject(level="self", name=self.ctx.own_unit)
        return Subject(level="city")

    def row_subject(self, label: str, ordinal: str) -> tuple[str, Subject]:
        """(role, subject) of a row header: total, group (a level or "I." heading), unit, other."""
        return self.row_header(label, ordinal)[:2]

    def row_header(self, label: str, ordinal: str) -> tuple[str, Optional[Subject], Optional[str], bool]:
        """(role, subject, group_by, closes) of a row header. A total word alone is the total row;
        followed by a level ("Cộng cấp tỉnh", "Tổng cấp huyện") it is that level's subtotal of the
        rows above it. A level named alone ("I. Cấp tỉnh", "Xã, phường") is a group (``group_by``
        "level"); a roman heading naming no level is a group by its ordinal only."""
        bare = _ORDINAL.sub("", label, count=1).strip()
        words = _words(bare)
        if not words:
            return "other", self.default_subject(), None, False
        if words in _AVERAGE_ROWS:
            return "other", None, None, False  # an average of the rows is nobody's figure
        if words in _MAXIMUM_ROWS:
            return "maximum", None, None, False  # "Điểm tối đa": the columns' maximum points
        for text in dict.fromkeys((label.strip(), bare)):
            unit = self._bare_unit(text)
            if unit is not None:  # "Thuận An" under "Phường, xã"; "A Lưới 5" is a name, not "A." and a name
                return "unit", unit, None, False
        for total in _TOTAL_ROWS:
            if words == total:
                return "total", self.default_subject().model_copy(update={"raw": bare}), None, False
            if words.startswith(total + " ") and not self._units(bare):
                level = self._level(" ".join(bare.split()[len(total.split()):]))
                if level == "city":
                    return "total", self.default_subject().model_copy(update={"raw": bare}), None, False
                if level:
                    return "group", Subject(level=level, raw=bare), "level", True
                if len(words) <= len(total) + 12:
                    return "total", self.default_subject().model_copy(update={"raw": bare}), None, False
        units = self._units(bare)
        if units:
            return "unit", units[0].model_copy(update={"raw": units[0].raw or bare}), None, False
        level = self._level(bare)
        roman = bool(_ROMAN.match(ordinal.strip().rstrip("."))) or bool(_ORDINAL.match(label) and
                                                                        _ORDINAL.match(label).group("roman"))
        if level == "city":
            return "total", self.default_subject().model_copy(update={"raw": bare}), None, False
        if level:
            return "group", Subject(level=level, raw=bare), "level", False
        if roman:
            return "group", self.default_subject().model_copy(update={"raw": bare, "scope": bare}), "ordinal", False
        return "other", self.default_subject().model_copy(update={"raw": bare, "scope": bare}), None, False

    label_level: Optional[str] = None  # the level the row-header column's header names, if any

    def _bare_unit(self, text: str) -> Optional[Subject]:
        """A row label written without its unit prefix, under a row-header column that names its
        level ("Phường, xã" / "Thuận An"): the unit when exactly one of the level's prefixes
        (tables.json level_prefixes) and the whole label make an official name ("An Nhơn Tây" is no
        "Phường An Nhơn" with a word after it)."""
        if not self.label_level or not text or not text[:1].isupper() or _words(text) in _TOTAL_ROWS:
            return None
        if _WRITTEN_PREFIX.match(fold(text)) and _WRITTEN_PREFIX_ACCENTED.match(" ".join(text.lower().split())):
            return None  # a prefix written: the ordinary reading (with its accents: "Quản Bạ" is no "quận")
        names = set()
        if self.label_level == "districts":  # districts are in the list of before July 2025 only
            from ..normalize.gazetteer_dated import find_legacy, in_force

            try:
                legacy = in_force(self.ctx.doc_date) == "legacy"
            except ValueError:
                legacy = False
            for prefix in _LEVEL_PREFIXES["districts"] if legacy else []:
                names |= {u.name for u in find_legacy(prefix, text, province=self.ctx.province)
                          if u.level == "district" and u.match == "exact"}
        for prefix in _LEVEL_PREFIXES.get(self.label_level, []) if self.label_level != "districts" else []:
            res = self.scope.units.resolve(prefix, text)
            if res.name and res.score >= 99 and not res.misspelled and _words(res.name) == _words(f"{prefix} {text}"):
                names.add(res.name)
        if len(names) != 1:
            return None
        name = names.pop()
        if self.ctx.own_unit and name == self.ctx.own_unit:
            return Subject(level="self", name=name, raw=text)
        return Subject(level="unit", name=name, raw=text)

    def _label_level(self, paths: list[list[str]], roles: list[str]) -> Optional[str]:
        """The level a row-header column's header names ("Phường, xã": communes), tables.json
        label_levels and group_rows; None when no label column names one, or two name different ones."""
        levels = set()
        for path, role in zip(paths, roles):
            if role != "label" or not path:
                continue
            words = _words(path[-1])
            for level, labels in list(_LABEL_LEVELS.items()) + list(_GROUP_ROWS.items()):
                if words in labels and level in _LEVEL_PREFIXES:
                    levels.add(level)
        return levels.pop() if len(levels) == 1 else None

    def _level(self, text: str) -> Optional[str]:
        """The level a row header names: a table's group-row label written alone (tables.json
        group_rows), else a level phrase of the catalogue (subjects.json)."""
        words = _words(text)
        for level, labels in _GROUP_ROWS.items():
            if words in labels:
                return level
        levels = [s for _, _, s in self.scope.subjects(text, fold(text))
                  if s.level in ("departments", "communes", "districts", "city", "national") and not s.scope]
        return levels[0].level if levels else None

    @staticmethod
    def _row_label(grid: Grid, columns, r: int, end: int) -> str:
        """A row's header: its label cells' texts. A label cell merged down over several body rows
        ("Cấp xã" beside each commune's own row) groups those rows: it is no part of each row's own
        header when the row has a label of its own (it is the header of a row that has none)."""
        own, merged = [], []
        for c in range(grid.n_cols):
            cell = grid.cells[r][c]
            if columns[c].role != "label" or not cell.text or (columns[c].path and unit_header(columns[c].path[-1])):
                continue
            spans = any(grid.cells[k][c].origin == cell.origin for k in (r - 1, r + 1) if end <= k < grid.n_rows)
            bucket = merged if spans else own
            if cell.text not in own + merged:
                bucket.append(cell.text)
        return " ".join(own or merged).strip()

    def _units(self, text: str) -> list[Subject]:
        m = regex.match(r"(?i)^(?:ubnd\s+|ủy ban nhân dân\s+)?(xã|phường|thị trấn|đặc khu)\s+(\S.*)$", text)
        if m:  # a commune row names one commune, whole ("Phường 1 Bảo Lộc", "Xã Đắk song")
            res = self.scope.units.resolve(m.group(1).lower(), m.group(2).strip())
            if res.name and res.score >= 99:
                name = res.name
                if self.ctx.own_unit and name == self.ctx.own_unit:
                    return [Subject(level="self", name=name, raw=text)]
                return [Subject(level="unit", name=name, raw=text)]
        out = []
        for _, _, s in self.scope.subjects(text, fold(text)):
            if s.level in ("unit", "self") and (s.name or s.raw):
                out.append(s)
        if not out:
            m = regex.match(r"(?i)^(?:ubnd\s+|ủy ban nhân dân\s+)?(xã|phường|thị trấn|đặc khu)\s+(\S.*)$", text)
            if m:  # "Phường 1 Bảo Lộc": a name the mention finder does not take (a digit), resolved whole
                res = self.scope.units.resolve(m.group(1).lower(), m.group(2).strip())
                if res.name and res.score >= 90:
                    return [Subject(level="unit", name=res.name, raw=text)]
            m = regex.match(r"(?i)^(?:ubnd\s+|ủy ban nhân dân\s+)?(xã|phường|thị trấn|đặc khu|huyện|thị xã|quận)\s+\S", text)
            if m:  # a unit name the lists do not hold: kept as written (unknown_unit tells)
                out.append(Subject(level="unit", name=None, raw=text))
        return out

    def read(self, grid: Grid, index: int) -> tuple[Table, list[Fact]]:
        texts = grid.texts()
        end = _header_end(texts)
        if grid.source in ("html", "docx", "sheet", "text") and drop_repeated_headers(grid, end):
            texts = grid.texts()  # the header written again inside the body (a printed page's top)
        if grid.source in ("html", "docx", "sheet", "text"):
            continue_spans(grid, end)
            texts = grid.texts()
        if grid.source == "text":
            split_joined_headers(grid, end)
            texts = grid.texts()
        paths = column_paths(grid, end)
        if end == 0:  # no header row: the caption's bracket may name the columns ("(đã giải quyết / đúng hạn / tỷ lệ)")
            paths = legend_paths(grid.title or "", paths, texts)
        roles = _column_roles(grid, end, paths)
        context = fold(" ".join([grid.title or ""] + [" ".join(p) for p in paths]))
        hint = "feedback" if names_feedback(grid.title or "") else None
        heading = [getattr(self.ctx, "title", None) or ""] + self.context.split("\n")
        named = {own_family([h]) for h in heading} - {None}
        if hint is None and named == {"feedback"} and own_family([grid.title or ""]) is None:
            # a report on feedback alone ("Báo cáo thống kê > Phản ánh, kiến nghị về quy định hành chính
            # theo đơn vị"): its tables count feedback, their bare headers ("Tiếp nhận mới", "Tổng số")
            # that family's, unless a table's own caption names another family
            hint = "feedback"
        scores = names_index_766(grid.title or "")
        columns = []
        first_value = next((c for c, r in enumerate(roles) if r == "value"
                            and not (paths[c] and _words(paths[c][-1]) in _RANK_HEADERS
                                     and "label" in roles[c + 1:c + 3])), len(roles))
        if hint is None:  # a table whose columns name feedback ("Tổng số PAKN") reads the others so
            families = {_family_of().get(indicator_for(p, None, scores)[1]) for c, p in enumerate(paths)
                        if c >= first_value}
            objects = set().union(*[object_families(p) for c, p in enumerate(paths) if c >= first_value])
            lead = object_families(paths[first_value]) if first_value < len(paths) else set()
            if ("feedback" in families and "received" not in families) or objects == lead == {"feedback"}:
                # ... or whose first figures column names feedback's object ("Tổng số PAKN phải xử lý")
                # and no header another's: its bare "Kỳ trước chuyển sang", "Mới phát sinh", "Đang xử lý"
                # are feedback's too (a "PAKN đã xử lý" column after dossiers' makes no feedback table)
                hint = "feedback"
        current = None  # the family of the last family total to the left ("Đang giải quyết", "Quá hạn")
        for c, path in enumerate(paths):
            role = roles[c] if c < first_value else "value"
            kind = indicator = maximum = None
            if role == "value" and not _leaf_spans(grid, end, c):
                bare_levels = all(_words(p) in _NEUTRAL_HEADERS | _TOTAL_HEADERS for p in path[:-1])
                kind, indicator, maximum = indicator_for(path, own_family(path) or (
                    current if bare_levels and current else hint), scores)
                if kind == "count" and (_parent_of().get(indicator) is None
                                        or (current and _family_of().get(indicator) != current)):
                    # a family's total, or a part only another family has ("Chưa xử lý" | "Trước hạn"
                    # | "Đúng hạn" | "Trễ hạn": the parts after it are the resolved ones again)
                    current = _family_of().get(indicator)
            columns.append(TableColumn(index=c, path=path, role=role, kind=kind, indicator=indicator,
                                       maximum=maximum))
        if not scores and any(col.kind in ("score", "rank") for col in columns):
            # "Hạng | Đơn vị | Tổng điểm | Tiến độ | Số hóa": a column of the index's points or ranks makes
            # the table the index's, and its other bare headers name its groups
            scores = True
            for col in columns:
                if col.role == "value" and (col.indicator is None or col.kind == "count") and col.path \
                        and not _leaf_spans(grid, end, col.index):
                    # ("Tiến độ giải quyết" beside "Công khai, minh bạch" and "Tổng điểm": the index's
                    # progress group, not the dossiers resolved its last words would name elsewhere)
                    kind, indicator, maximum = indicator_for(col.path, hint, True)
                    if kind == "score":
                        col.kind, col.indicator, col.maximum = kind, indicator, maximum
            if any(col.kind == "rank" for col in columns) and not any(col.indicator == "index_766_total" for col in columns):
                # "Vị trí | Đơn vị | Điểm | Số hóa": beside the ranks, the one bare points column is the total
                bare = [col for col in columns if col.role == "value" and col.indicator is None and col.path
                        and all(_words(p) in _WEAK_SCORE_HEADERS | _NEUTRAL_HEADERS for p in col.path)]
                if len(bare) == 1:
                    bare[0].kind, bare[0].indicator = "score", "index_766_total"
        _in_time(columns)
        score_total(columns)
        _remainders(columns)
        _bare_rates(columns)
        conventions_by_numbers(grid, end, columns)
        rate_by_numbers(grid, end, columns)
        _shares(columns)
        by_numbers = shares_by_numbers(grid, end, columns)
        table = Table(index=index, source=grid.source, page=grid.page, pages=grid.pages or [grid.page],
                      title=grid.title, header_rows=[row for row in texts[:end]],
                      columns=columns, bbox=list(grid.bbox) if grid.bbox else None)
        if not any(c.indicator for c in columns if c.role == "value"):
            transposed = self._indicators_in_rows(grid, table, end, hint, scores)
            if transposed is not None:
                return table, transposed
        facts: list[Fact] = []
        heads = {}
        # (the header's level words, else the table's caption's, else the document's title's)
        self.label_level = self._label_level(paths, roles) or caption_level(grid.title or "") \
            or caption_level(getattr(self.ctx, "title", None) or "")
        for r in range(end, grid.n_rows):
            row_texts = texts[r]
            if is_numbering_row(row_texts) or not any(t.strip() for t in row_texts):
                continue
            ordinal = " ".join(row_texts[c] for c in range(grid.n_cols) if columns[c].role == "number")
            label = self._row_label(grid, columns, r, end)
            if not label and ordinal:
                label = ordinal
            heads[r] = (label, ordinal, self.row_header(label, ordinal))
            if heads[r][2][0] == "maximum":
                _maxima_from_row(columns, [grid.cells[r][c].text for c in range(grid.n_cols)])
        if self._join_wrapped_labels(grid, columns, end, heads):
            texts = grid.texts()
        for r in range(end, grid.n_rows):
            if r not in heads:
                continue
            row_texts = texts[r]
            label, ordinal, (role, subject, group_by, closes) = heads[r]
            page = next((cell.page for cell in grid.cells[r] if cell.page), grid.page)
            row = TableRow(index=r, label=label, role=role, subject=subject, page=page, group_by=group_by,
                           closes=closes)
            line_text = " | ".join(t for t in row_texts if t)
            for c, column in enumerate(columns):
                if column.role != "value":
                    continue
                cell = grid.cells[r][c]
                if cell.origin[1] != c and grid.cells[r][cell.origin[1]].text == cell.text and c > 0 \
                        and columns[cell.origin[1]].role == "value":
                    continue  # a value merged across columns is one cell
                pair = count_and_share(cell.text) if column.kind == "count" else None
                status, value, decimals = cell_value(pair[0] if pair else cell.text)
                if column.kind == "count":
                    status, value, decimals = count_cell(pair[0] if pair else cell.text, status, value, decimals)
                elif column.kind == "rate":
                    status, value, decimals = rate_cell(cell.text, status, value, decimals)
                ranked = rank_cell(cell.text) if column.kind == "rank" else None
                if ranked:
                    status, value, decimals = "value", ranked[0], 0  # "1/5": the position, its field written
                tc = TableCell(column=c, text=cell.text, status=status,
                               value=float(value) if value is not None else None,
                               page=cell.page or page, bbox=list(cell.box) if cell.box else None)
                kind, indicator = column.kind, column.indicator
                if kind == "count" and cell.text.rstrip().endswith("%") and not pair:
                    # "97.3%" under "Trực tuyến": the share of that part, as a rate
                    kind, indicator = "rate", _rate_of_count(indicator)
                readings = [(kind, indicator, status, value, decimals)]
                if pair and _rate_of_count(indicator):  # "19877 (98.8%)": the count, then its share
                    readings.append(("rate", _rate_of_count(indicator)) + cell_value(pair[1]))
                for kind, indicator, status, value, decimals in readings:
                    if not (status in ("value", "zero") and indicator and label and subject is not None and
                            not (kind == "rank" and role != "unit")):  # no rank of a total or group row
                        continue
                    fact = Fact(id=f"f{self.next_id}", kind=kind, indicator=indicator,
                                subject=subject, value=value, decimals=decimals, maximum=column.maximum,
                                explicit=True, label=" / ".join(column.path),
                                uncertain=grid.source == "ocr" or self.ctx.uncertain,
                                garbled=grid.source == "ocr" or self.ctx.garbled,
                                evidence=Evidence(page=cell.page or page, line=grid.anchor or 0, text=line_text,
                                                  bbox=list(cell.box) if cell.box else None, table=index,
                                                  row=r, column=c, header=list(column.path)))
                    if ranked:
                        fact.denominator, fact.denominator_source = float(ranked[1]), "written"
                    self.next_id += 1
                    tc.fact = fact.id
                    facts.append(fact)
                row.cells.append(tc)
            table.rows.append(row)
            link_rates([f for f in facts if f.evidence.row == r])
            link_shares([f for f in facts if f.evidence.row == r], columns)
            for f in facts:
                if f.evidence.row == r and f.evidence.column in by_numbers and f.value is not None:
                    n, d = (cell_value(grid.cells[r][k].text)[1] for k in by_numbers[f.evidence.column])
                    if n is not None and d:
                        f.numerator, f.denominator, f.denominator_source = float(n), float(d), "row"
        if not self._caption_total(table, facts):
            self._listed_total(table, facts)
        _rank_fields(facts, stated_field(grid.title), any(
            _ELIDED.fullmatch(" ".join(t for t in texts[r] if t).strip()) for r in range(end, grid.n_rows)))
        return table, facts

    def _join_wrapped_labels(self, grid: Grid, columns, end: int, heads: dict) -> bool:
        """A unit's name wrapped onto a row of its own ("Huyện Bắc" with its figures, then "Trà My"
        alone): a body row with one label cell and no figure, under a row with figures and a label in
        that column, ends that label when the two together name an official unit and neither part
        alone names a unit, a group or a total (a heading row "Cấp xã" stays a heading). ``grid``
        and ``heads`` are changed; True when a row was joined."""
        joined = False
        for r in range(end + 1, grid.n_rows):
            prev = next((k for k in range(r - 1, end - 1, -1) if k in heads), None)
            if r not in heads or prev is None:
                continue
            filled = [c for c in range(grid.n_cols) if grid.cells[r][c].text and columns[c].role != "number"]
            if len(filled) != 1 or columns[filled[0]].role != "label" or \
                    grid.cells[r][filled[0]] is grid.cells[prev][filled[0]]:
                continue
            c = filled[0]
            above, tail = grid.cells[prev][c].text, grid.cells[r][c].text
            if not above or not any(cell_value(grid.cells[prev][k].text)[0] in ("value", "zero")
                                    for k in range(grid.n_cols) if columns[k].role == "value"):
                continue
            # (a tail read as a bare unit of the caption's level, "Vị Thanh" under "Thành phố", is the
            # name's end all the same when the two together name a unit: joined, as an unread tail is)
            bare_tail = heads[r][2][0] == "unit" and heads[r][2][1] is not None and heads[r][2][1].raw == tail \
                and not _WRITTEN_PREFIX_ACCENTED.match(" ".join(tail.lower().split()))
            if heads[prev][2][0] not in ("unit", "other") or (heads[r][2][0] != "other" and not bare_tail) or \
                    (heads[prev][2][0] == "unit" and heads[prev][2][1] is not None and heads[prev][2][1].name):
                continue
            label = f"{heads[prev][0]} {tail}".strip()
            role, subject, group_by, closes = self.row_header(label, heads[prev][1])
            if role != "unit" or subject is None or not subject.name:
                continue
            grid.cells[prev][c] = GridCell(f"{above} {tail}", grid.cells[prev][c].origin, grid.cells[prev][c].box,
                                           grid.cells[prev][c].page)
            grid.cells[r] = [GridCell("", (r, k), None, cell.page) for k, cell in enumerate(grid.cells[r])]
            heads[prev] = (label, heads[prev][1], (role, subject, group_by, closes))
            del heads[r]
            joined = True
        return joined

    def caption_level(self, text: Optional[str]) -> Optional[str]:
        """The one level group a table's caption or the document's title names ("Kết quả ... của một
        số sở, ngành" -> departments; "... các xã, phường" -> communes), None when it names none, the
        groups together (the whole) or the issuer's own level (a commune's "hồ sơ cấp xã")."""
        if not text or _PROSE_FIGURE.search(text):
            return None  # a paragraph of figures above the table ("..., cấp xã đạt 98,61%"), no caption
        masked = fold(text)
        levels = {s.level for _, _, s in self.scope.subjects(text, masked) if not s.scope}
        groups = levels & {"departments", "districts", "communes"}
        if len(groups) != 1 or levels & {"national", "city"}:
            return None
        level = next(iter(groups))
        own = unit_level(Subject(level="unit", name=self.ctx.own_unit)) if self.ctx.own_unit else None
        return None if own == level and level != "departments" else level

    def _caption_total(self, table: Table, facts: list[Fact]) -> bool:
        """A total row that names no place ("Tổng cộng", "Cộng") takes the subject the table's caption
        names, else the document's title: a level group ("các sở, ban, ngành" -> departments),
        whatever units its rows list (TRUTH_FORMAT, session 8). False when neither names one."""
        totals = [r for r in table.rows if r.role == "total"
                  and _words(_ORDINAL.sub("", r.label, count=1)) in _LISTED_TOTALS]
        if len(totals) != 1:
            return False
        level = self.caption_level(table.title) or self.caption_level(getattr(self.ctx, "title", None))
        if level is None:
            return False
        row = totals[0]
        row.subject = Subject(level=level, raw=row.subject.raw if row.subject else row.label)
        for f in facts:
            if f.evidence.row == row.index:
                f.subject = row.subject
        return True

    def _listed_total(self, table: Table, facts: list[Fact]) -> None:
        """A total row that names no place ("Tổng cộng") under units all of one level (xã and phường
        only) is that level's aggregate (communes), not the document's own figure; in a report of the
        province only (a unit's own report keeps its own total)."""
        if self.default_subject().level != "city":
            return
        totals = [r for r in table.rows if r.role == "total" and has_figures(r)]  # a note under it sums nothing
        if len(totals) != 1 or _words(_ORDINAL.sub("", totals[0].label, count=1)) not in _LISTED_TOTALS:
            return
        level = listed_level(table.rows)
        if level is None:
            return
        row = totals[0]
        row.subject = Subject(level=level, raw=row.subject.raw if row.subject else row.label)
        for f in facts:
            if f.evidence.row == row.index:
                f.subject = row.subject


    def _indicators_in_rows(self, grid: Grid, table: Table, end: int, hint, scores) -> Optional[list[Fact]]:
        """A table with its indicators in rows ("Nội dung | Số lượng | Tỷ lệ (%)"), columns naming
        whose figures (a unit, a level, "Kết quả" for the document's own) or a rate of the row's
        count. A row "- Trực tuyến" under "Tổng số hồ sơ tiếp nhận" is read under its parent, as a
        header path is. None when the rows name no indicator."""
        texts = grid.texts()
        columns = table.columns
        rows: list[TableRow] = []
        parent: Optional[str] = None
        named = 0
        scores = scores or any(regex.search(r"\bdiem\b", _words(" ".join(c.path))) for c in columns)
        for r in range(end, grid.n_rows):
            row_texts = texts[r]
            if is_numbering_row(row_texts) or not any(t.strip() for t in row_texts):
                continue
            labels = []
            for c in range(grid.n_cols):
                if columns[c].role == "label" and row_texts[c] and row_texts[c] not in labels \
                        and not (columns[c].path and unit_header(columns[c].path[-1])):
                    labels.append(row_texts[c])
            label = " ".join(labels).strip()
            ordinal = " ".join(row_texts[c] for c in range(grid.n_cols) if columns[c].role == "number").strip()
            bare = regex.sub(r"^[\s\-+•*–]+|^(?:trong đó|gồm|bao gồm)\s*:?\s*", "", label, flags=regex.IGNORECASE).strip()
            child = bool(regex.match(r"^\s*[-+•*–]|^\s*(?:trong đó|gồm)\b|^\s*[a-zđ]\)", label, regex.IGNORECASE)) \
                or bool(regex.fullmatch(r"\d+\.\d+\.?|[a-zđ]\)?", ordinal)) or (ordinal == "" and parent is not None and label[:1].islower())
            bare = _ORDINAL.sub("", bare, count=1).strip()
            path = [parent, bare] if child and parent else [bare]
            kind, indicator, maximum = indicator_for(path, hint, scores) if bare else (None, None, None)
            if indicator is None and child and parent:
                kind, indicator, maximum = indicator_for([bare], hint, scores)
            if not child:
                parent = bare
            if indicator:
                named += 1
            rows.append(TableRow(index=r, label=label, role="indicator", kind=kind, indicator=indicator,
                                 path=path, page=next((c.page for c in grid.cells[r] if c.page), grid.page)))
        if named < 2 and not (rows and named == len(rows)):
            return None  # one named row among others is no table of indicators
        table.layout = "indicators_in_rows"
        in_time_rows(rows)
        score_total_rows(rows)
        for column in columns:
            if column.role != "value":
                continue
            head = " ".join(column.path)
            words = _words(head)
            if regex.search(r"cung ky|so sanh|tang giam|tang|giam|ke hoach|chi tieu|muc tieu|ghi chu|nam truoc|ky truoc|toi da|\bmax\b|thang diem|diem chuan", words):
                column.kind = "skip"
                continue
            if _RATE_WORD.search(words):
                column.kind = "rate"
            role, subject = self.row_subject(column.path[-1], "") if column.path else ("other", self.default_subject())
            if role == "other":
                subject = self.default_subject()
                if column.kind == "rate":  # "Cấp tỉnh" | "Tỷ lệ (%)": the share of the count left of it
                    left = base_column(columns, column.index)
                    if left is not None and getattr(left, "subject", None) is not None:
                        subject = left.subject
            column.subject = subject
        facts: list[Fact] = []
        for row in rows:
            for c, column in enumerate(columns):
                if column.role != "value" or column.kind == "skip":
                    continue
                cell = grid.cells[row.index][c]
                status, value, decimals = cell_value(cell.text)
                tc = TableCell(column=c, text=cell.text, status=status,
                               value=float(value) if value is not None else None,
                               page=cell.page or row.page, bbox=list(cell.box) if cell.box else None)
                kind, indicator = row.kind, row.indicator
                if column.kind == "rate" and kind == "count":
                    cat = indicators()["counts"].get(indicator, {})
                    kind, indicator = "rate", cat.get("share") or cat.get("xy_rate")
                elif column.kind == "rate" and kind != "rate":
                    indicator = None
                if status in ("value", "zero") and indicator and column.subject is not None:
                    fact = Fact(id=f"f{self.next_id}", kind=kind, indicator=indicator, subject=column.subject,
                                value=value, decimals=decimals, explicit=True,
                                label=" / ".join(row.path + column.path),
                                uncertain=grid.source == "ocr" or self.ctx.uncertain,
                                garbled=grid.source == "ocr" or self.ctx.garbled,
                                evidence=Evidence(page=cell.page or row.page or grid.page, line=grid.anchor or 0,
                                                  text=" | ".join(t for t in texts[row.index] if t),
                                                  bbox=list(cell.box) if cell.box else None, table=table.index,
                                                  row=row.index, column=c, header=list(row.path + column.path)))
                    self.next_id += 1
                    tc.fact = fact.id
                    facts.append(fact)
                row.cells.append(tc)
        table.rows = rows
        for column in columns:
            if column.kind == "skip":
                column.kind = None
        for c in {f.evidence.column for f in facts}:
            base = base_column(columns, c) if columns[c].kind == "rate" else None
            link_rates([f for f in facts if f.evidence.column == c or (base is not None and f.evidence.column == base.index)])
        return facts


def in_time_rows(rows: list[TableRow]) -> None:
    """Rows of indicators read as columns are (``_in_time``): a resolved "Đúng hạn" row with no
    "Trước hạn" row holds early and on time together (resolved_in_time).

    >>> rows = [TableRow(index=2, kind="count", indicator="resolved_total"), TableRow(index=3, kind="count", indicator="resolved_on_time")]
    >>> in_time_rows(rows); [r.indicator for r in rows]
    ['resolved_total', 'resolved_in_time']
    """
    have = {r.indicator for r in rows if r.kind == "count"}
    if "resolved_on_time" in have and "resolved_early" not in have and "resolved_in_time" not in have:
        for r in rows:
            if r.kind == "count" and r.indicator == "resolved_on_time":
                r.indicator = "resolved_in_time"


def base_column(columns: list[TableColumn], c: int) -> Optional[TableColumn]:
    """The figures column a rate column of a table of indicators in rows is the share of: the
    nearest value column left of it that is no rate ("Kết quả" | "Tỷ lệ (%)"); none when that is a
    column of another period or a target ("Cùng kỳ" | "Tỷ lệ (%)": a comparison, no share).

    >>> cols = [TableColumn(index=0, role="label"), TableColumn(index=1), TableColumn(index=2, kind="rate")]
    >>> base_column(cols, 2).index, base_column(cols, 1)
    (1, None)
    """
    for col in reversed(columns[:c]):
        if col.role != "value" or col.kind == "skip":
            break
        if col.kind != "rate":
            return col
    return None


def _maxima_from_row(columns: list[TableColumn], texts: list[str]) -> None:
    """The maxima row of a 766 table ("Điểm tối đa | 18 | 20 | ... | 100") gives each score column
    whose header states no maximum its maximum points.

    >>> cols = [TableColumn(index=0, role="label"), TableColumn(index=1, kind="score", indicator="index_766_publicity")]
    >>> _maxima_from_row(cols, ["Điểm tối đa", "18,00"]); cols[1].maximum
    18.0
    """
    for c, col in enumerate(columns):
        if col.role != "value" or col.kind != "score" or col.maximum is not None or c >= len(texts):
            continue
        status, value, _ = cell_value(texts[c])
        if status == "value" and value:
            col.maximum = float(value)


_RANK_FIELD_LABEL = regex.compile(r"(?<![a-z])(?:" + "|".join(
    r"[\s,]+".join(map(regex.escape, w.split())) for w in sorted(_folded_set("rank_field_labels"), key=longest_first))
    + r")(?:\s+(?:duoc\s+)?(?:danh\s+gia|xep\s+hang))?\s*:?\s*(?P<n>\d{1,4})(?![\d.,/%])")


def stated_field(caption: str) -> Optional[int]:
    """The field size a ranking table's caption states (tables.json rank_field_labels).

    >>> stated_field("Dữ liệu ngày 28/09/2025 | Tổng số đơn vị: 148"), stated_field("Số xã, phường được đánh giá: 124")
    (148, 124)
    >>> stated_field("Kỳ đánh giá tháng 9")
    """
    m = _RANK_FIELD_LABEL.search(fold(caption or ""))
    return int(m["n"]) if m else None


def _rank_fields(facts: list[Fact], field: Optional[int] = None, elided: bool = False) -> None:
    """A rank column's field size: the one its caption states, else the units ranked in it (its
    unit rows) when the table lists them all (no "..." row)."""
    by_col: dict = {}
    for f in facts:
        if f.kind == "rank" and f.subject.level in ("unit", "self"):
            by_col.setdefault(f.evidence.column, []).append(f)
    for ranked in by_col.values():
        for f in ranked:
            if f.denominator_source == "written":
                continue  # the cell writes its field ("1/5")
            f.denominator = float(field) if field else (None if elided else float(len(ranked)))


def prose_rank_fields(prose: list[Fact], cells: list[Fact]) -> None:
    """A rank the prose states for a unit ("Xã Pa Ủ xếp hạng 38 với 64,48 điểm"), its field not
    stated, that the table's rank column gives the unit too (the same position): its field is the
    column's (the units the table ranks, or its caption's count).

    >>> from docparse.models import Evidence, Fact, Subject
    >>> unit = Subject(level="unit", name="Xã Pa Ủ")
    >>> cell = Fact(id="f2", kind="rank", indicator="index_766_rank", subject=unit, value=38, denominator=38,
    ...             evidence=Evidence(page=1, line=1, table=0, row=37, column=9))
    >>> said = Fact(id="f1", kind="rank", indicator="index_766_rank", subject=unit, value=38, evidence=Evidence(page=1, line=3))
    >>> prose_rank_fields([said], [cell]); said.denominator
    38.0
    """
    fields: dict = {}
    for f in cells:
        if f.kind == "rank" and f.denominator and f.subject.level == "unit" and f.subject.name:
            fields.setdefault((f.indicator, f.subject.name, f.value), set()).add(f.denominator)
    for f in prose:
        if f.kind != "rank" or f.denominator is not None or f.subject.level != "unit" or f.modifier is not None:
            continue
        found = fields.get((f.indicator, f.subject.name, f.value))
        if found and len(found) == 1:
            f.denominator, f.denominator_source = float(next(iter(found))), "row"


def rate_from_parts(rate: Fact, counts: dict) -> Optional[tuple[float, float]]:
    """x/y of a rate cell that no official convention computes (checks/ratios.py), from its row's
    counts by indicators.json rate_parts, the catalogue the prose takes a rate's counts by: the count
    of its 'num' over the base the column's header names by rate_parts' base_words ("Tỷ lệ xử lý trên
    số tiếp nhận mới (%)": the new feedback), else its 'den'. Counts the row states, one each (a sum
    of stated parts is no stated figure, CONTRACT §2); None when the row lacks them.

    >>> from docparse.checks.common import subject_key
    >>> from docparse.models import Evidence, Subject
    >>> unit = Subject(level="unit", name="Sở Y tế")
    >>> mk = lambda ind, v: Fact(id=ind, kind="count", indicator=ind, value=v, subject=unit, evidence=Evidence(page=1, line=1))
    >>> counts = {(subject_key(f), f.indicator): f for f in (mk("feedback_new", 20), mk("feedback_total", 25), mk("feedback_resolved", 22))}
    >>> r = Fact(id="r", kind="rate", indicator="feedback_handled", value=88.0, subject=unit, label="Tỷ lệ xử lý (%)", evidence=Evidence(page=1, line=1))
    >>> rate_from_parts(r, counts), rate_from_parts(r.model_copy(update={"label": "Tỷ lệ xử lý trên số tiếp nhận mới (%)"}), counts)
    ((22.0, 25.0), (22.0, 20.0))
    """
    from ..checks.common import subject_key

    rule = _RATE_PARTS.get(rate.indicator or "")
    if not rule:
        return None
    label = fold(rate.label or "")
    named = [w for w in rule.get("base_words", {}) if fold(w) in label]
    last = max(named, key=lambda w: (label.rfind(fold(w)) + len(fold(w)), len(w))) if named else None
    dens = rule["base_words"][last] if last else rule.get("den")
    if not dens:
        return None
    s = subject_key(rate)
    single = lambda alternatives: next((counts[(s, ks[0])].value for ks in alternatives  # noqa: E731
                                        if len(ks) == 1 and (s, ks[0]) in counts), None)
    num = single(rule["num"])
    den = single([[dens]] if isinstance(dens, str) else dens)
    if num is None or not den:
        return None
    return float(num), float(den)


def link_rates(facts: list[Fact]) -> None:
    """A rate cell's x/y: the counts of its own row (or column) by the official convention it agrees
    with, else the first the counts allow (checks/ratios.py holds the conventions)."""
    from ..checks.common import subject_key
    from ..checks.ratios import COMPOUND, agrees, conventions

    counts = {(subject_key(f), f.indicator): f for f in reversed(facts) if f.kind == "count"}
    for f in facts:
        if f.kind != "rate" or f.value is None:
            continue
        tried = [t for t in conventions(f, counts) if t[2]]
        if not tried:
            parts = rate_from_parts(f, counts)
            if parts:
                f.numerator, f.denominator, f.denominator_source = parts[0], parts[1], "row"
            continue
        agreeing = next((t for t in tried if agrees(f.value, f.decimals, t[1], t[2])), None)
        if agreeing is None and f.indicator in ("resolved_on_time", "resolved_late") and \
                not any(c.indicator == "resolved_total" for c in facts if c.kind == "count"):
            continue  # no resolved total in the row: the rate's own base is not stated, no x/y guessed
        name, n, d = agreeing or tried[0]
        if name in COMPOUND:
            continue  # its x is no figure the row states: no x/y kept
        f.numerator, f.denominator, f.denominator_source = float(n), float(d), "row"


def read_tables(grids: list[Grid], scope, ctx, first_id: int, context_text: str = "") -> tuple[list[Table], list[Fact]]:
    reader = TableReader(scope, ctx, first_id, context_text)
    tables, facts = [], []
    for grid in grids:
        table, fs = reader.read(grid, len(tables))
        tables.append(table)
        facts += fs
    return tables, facts
