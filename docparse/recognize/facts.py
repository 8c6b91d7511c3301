"""Facts from segments through a visible middle layer:
clauses → number mentions → roles and scope → links → facts.

- clauses (normalize/clauses.py): a parenthesis, a colon or "trong đó"/"gồm"/"với" opens a child
  clause that breaks down the figure before it;
- mentions (recognize/mentions.py): every number with its shape (count, percent, x/y, score,
  rank), dates, references and phone numbers blanked;
- roles (recognize/roles.py): value, change, bound, approx, maximum, target, previous — only values
  become level facts; changes, bounds and approximations become facts with a ``modifier``;
- scope (recognize/scope.py): whose figure it is — the subject named in the number's own clause or
  in the clauses it breaks down, else the lead-in or heading it stands under (``explicit: false``),
  else the document's own subject;
- links: a percentage to its x/y by structure — a written x/y beside it, or the count it follows
  ("1.877 hồ sơ trực tuyến (đạt 36,03%)") and that count's total in the catalogue ("received_online"
  is a part of "received_total"), never by whether the numbers agree.

Every step is recorded in ``trace`` so that ``docparse explain`` shows why a number was read so.

>>> from docparse.extractors.base import Line
>>> from docparse.normalize.segments import build_segments
>>> r = FactRecognizer(DocContext("city", None, None))
>>> for s in build_segments([Line("Cấp huyện tiếp nhận 5.210 hồ sơ, với 1.877 hồ sơ trực tuyến (đạt tỷ lệ 36,03%), tăng 4,2% so với cùng kỳ; trong đó huyện An Lão 812 hồ sơ.", 1, 1)]):
...     r.read(s)
>>> [(f.indicator, f.subject.level, f.value, f.numerator, f.denominator, f.modifier and f.modifier.type) for f in r.facts]
[('received_total', 'districts', 5210.0, None, None, None), ('received_online', 'districts', 1877.0, None, None, None), ('received_online_share', 'districts', 36.03, 1877.0, 5210.0, None)]
>>> # "huyện An Lão" is no subject here: two provinces had one, and the document names none
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..data import load
from ..models import Evidence, Fact, Modifier, Subject, Target
from ..normalize.clauses import ancestors, clause_at, split_clauses
from ..normalize.numbers import parse_number, percent, round_half_up, truncate
from ..normalize.segments import LABEL_VALUE, Segment
from ..normalize.text import fold, longest_first, repair_ocr_words
from .catalogue import Match, indicators, matcher, matcher_with
from .mentions import Mention, find_mentions, mask, word_digits, zero_spans
from .roles import VALUE, Role, role_of
from .periods import PREVIOUS_PERIOD, carried_after, compared_period, own_periods, period_cues, period_for
from .scope import LEVEL_GROUPS as _LEVEL_GROUPS, ministry_issuer, ScopeFinder, topic_of
from .units import UnitFinder

_CAT = indicators()
_COUNTS = _CAT["counts"]
_CLAUSES = load("clauses")
_MENTIONS = load("mentions")


def _words_rx(words) -> str:
    folded = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))  # longest first, ties fixed
    return "(?:" + "|".join(r"[\s,]+".join(map(regex.escape, w.split())) for w in folded) + ")"


_OP = {fold(k): v for k, v in _CAT["target_operators"].items()}
_SECTION_TARGET = regex.compile(_words_rx(_CAT["target_words"]) + r"\s*:?\s*(?P<op>"
                                + _words_rx(list(_CAT["target_operators"])) + r")?\s*(?P<v>\d+(?:,\d+)?)\s*%")
_DASHES = "".join(regex.escape(ch) for ch in _CLAUSES["dash_separators"])  # "13.719 - tỷ lệ 96,42%"
_SHARE_LABEL = regex.compile(r"^[\s(,:;" + _DASHES + r"]*(?:" + _words_rx(_MENTIONS["count_units"]) + r"\s*)?(?:duoc\s+)?[\s(,:;" + _DASHES + r"]*(?:"
                             + _words_rx(_CLAUSES["share_cues"]) + r"[\s:]*)*[\s(:]*$")
_COMPLETE_LEAD = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["complete_list_leads"]) + r"\s*:\s*$")
_LIST_LEAD = regex.compile(_words_rx(_CLAUSES["list_leads"]) + r"\s*:\s*$")
_PART_LEAD = regex.compile(r"\s*(?:" + _words_rx(_MENTIONS["count_units"]) + r")?\s*[,;]?\s*"
                           + _words_rx(_CLAUSES["part_list_leads"]) + r"\s*:\s*")


def part_lead_follows(rest: str) -> bool:
    """A lead-in's list words right after a figure and its unit ("trễ hạn 6 hồ sơ, cụ thể:"): the list
    breaks down that figure, not the total its line stated first (data: clauses part_list_leads).

    >>> part_lead_follows(" ho so, cu the:"), part_lead_follows(" ho so, trong do:"), part_lead_follows(" ho so:")
    (True, False, False)
    """
    return bool(_PART_LEAD.fullmatch(rest))
_RESPECTIVELY = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["respectively"]) + r"(?![a-z])")
_MULTIPLIED = regex.compile(_words_rx(_MENTIONS["multipliers"]) + r"\s*$")  # "61,3 ngàn"
_LEVEL_VERB = regex.compile(r"[\s:]*" + _words_rx(_CLAUSES["rate_level_verbs"]) + r"[\s:]*")
_CARRIED_PART_VERB = regex.compile(r"[\s:,]*" + _words_rx(_CLAUSES["carried_part_verbs"]) + r"[\s:]*")
_FIGURE_BRACKET_AFTER = regex.compile(r"[\s%]*\(\s*\d")
_PROPORTION_CUE = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["proportion_cues"]) + r"(?![a-z])")


def proportion_cued(label: str) -> bool:
    """Whether the words before a percentage (folded) hold a cue that makes it a part's share of a
    total, not the rate the part's words name (data clauses.proportion_cues).

    >>> proportion_cued(" ho so truc tuyen chiem "), proportion_cued(" nop truc tuyen "), proportion_cued(" dat ")
    (True, False, False)
    """
    return bool(_PROPORTION_CUE.search(label))


_SHARE_TAIL = regex.compile(r"[\s,(]" + _words_rx(_CLAUSES["share_cues"]) + r"[\s:(]*$")  # "879 hồ sơ (chiếm 1,82%)"
_KIND_AFTER = regex.compile(r"^\s*" + _words_rx(_MENTIONS["kind_openers"]) + r"\s+([a-z\s]{6,60}?)(?=[,.;:()]|$)")
# "lĩnh vực đất đai", "các lĩnh vực khác" as written: the field's name after the words (data: clauses.field_words)
_FIELD_NAME_LEAD = regex.compile(r"^(?i:" + "|".join(r"\s+".join(map(regex.escape, w.split()))
                                                   for w in sorted(_CLAUSES["field_words"], key=len, reverse=True)) + r")\s+")
_INLINE_FIELD_CUE = regex.compile(r"[\s\-+•–*]*" + _words_rx(_CLAUSES["field_breakdown_cues"]) + r"(?![a-z])")
_FIELD_LEAD = regex.compile(_words_rx(_CLAUSES["field_breakdown_cues"]) + r"\s*:\s*$")
_LABEL_LINE = regex.compile(r"\p{Lu}[\p{L}\d\s,()/\-–]{0,80}?:\s*\d[\d.,]*")  # a line "Mức độ 3: 4433"
_LEVEL_PARTS = ("departments", "districts", "communes")  # the levels whose counts make the city's
_BASE_ONLY = regex.compile(r"[\s%]*(?:" + _words_rx(_CLAUSES["base_after_percent"]) + r"(?:\s+"
                           + _words_rx(_MENTIONS["count_units"]) + r")?)?[\s;,.)]*")  # "chiếm 30,5% tổng số hồ sơ"
_LEVEL_LEAD = regex.compile(r"^[\s.]*" + _words_rx(_CLAUSES["level_breakdown_leads"]) + r"\s*$")  # "Chia theo cấp:"
_KIND_WORDS = regex.compile(r"(?<![a-z])" + _words_rx(_MENTIONS["kind_openers"]) + r"\s+[a-z\s]{4,60}?(?=\s*,)")
_COUNT_UNIT = regex.compile(r"^\s*(?:" + _words_rx(_MENTIONS["count_units"])[3:-1]
                            + r"|h[a-z0-9]{0,3}\s+s[oe0-9][a-z0-9]?|th\S\s+tuc)(?![a-z])")  # OCR'd "hồ sơ": "hd so"
_UNIT_COUNT_AFTER = regex.compile(r"^\s*(?:" + _words_rx(_MENTIONS["unit_count_words"])[3:-1]
                                  + r"|dia\s+ph\S{3,4})(?![a-z])")
# "tại 06 thôn", "02 lớp tập huấn", "12 tin bài": a count of things no catalogue figure counts
_THING_AFTER = regex.compile(r"^\s*" + _words_rx(_MENTIONS["thing_counters"]) + r"(?![a-z])")
_UNIT_COUNT_LABEL = regex.compile(r"(?:so|so\s+l\S{3,4})\s+(?P<w>" + _words_rx(_MENTIONS["unit_count_words"])[3:-1]
                                  + r"|dia\s+ph\S{3,4})(?![a-z])[^.;]*$")
# a label led by the units themselves and what they meet ("Xã, phường đạt 100% số hóa: 41/124", a portal's
# indicator row): the x/y after it counts the units meeting the bar, the bar is no fact
_UNIT_LED = (r"(?:^|(?<=[.;:%)\n]\s*))(?:" + _words_rx(_MENTIONS["unit_group_leads"]) + r"\s+)?(?P<w>"
             + _words_rx(_MENTIONS["unit_count_words"])[3:-1] + r")\s+" + _words_rx(_MENTIONS["unit_meet_words"])
             + r"(?![a-z])[^.;\d]*")
_UNIT_LED_BAR = regex.compile(_UNIT_LED + r"$")  # the text before the bar
_UNIT_LED_XY = regex.compile(_UNIT_LED + r"\d+(?:[.,]\d+)?\s*%[^.;\d]*$")  # the label before the x/y
_PAY_BASE_AFTER = regex.compile(r"^\s*(?:" + _words_rx(_MENTIONS["count_units"])[3:-1] + r")?\s*(?:" + _words_rx(_CAT["payment_rate"]["base_words"]) + r")(?![a-z])")
_PAY_XY_AFTER = regex.compile(r"^\s*(?:" + _words_rx(_MENTIONS["count_units"])[3:-1] + r")?\s*(?:" + _words_rx(_CAT["payment_rate"]["base_words"])
                           + r"\s*,?\s*)?(?:(?:duoc|da|da duoc)\s+)?(?:" + _words_rx(_CAT["payment_rate"]["part_words"]) + r")(?![a-z])")
_PAY_BASE_BEFORE = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["payment_rate"]["base_words"]) + r"(?:\s+(?:la|co))?\s*:?\s*$")
_PAY_PART_AFTER = regex.compile(r"^\s*(?:" + _words_rx(_MENTIONS["count_units"])[3:-1] + r")?\s*(?:(?:duoc|da|da duoc)\s+)?(?:" + _words_rx(_CAT["payment_rate"]["part_words"]) + r")(?![a-z])")
_PAY_PART_BEFORE = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["payment_rate"]["part_words"]) + r"(?:\s+(?:la|co|duoc))?\s*:?\s*$")
_THINGS = regex.compile(r"\d[\d.]*\s+(?:" + _words_rx(_MENTIONS["unit_count_words"])[3:-1] + r")(?![a-z])[\s,:]*")
_WHOLE_SHARE = regex.compile(r"\s*" + _words_rx(_CLAUSES["base_after_percent"]) + r"\s+(?:[a-z]+\s+){0,6}?"
                             + _words_rx(_CLAUSES["whole_after_share"]) + r"(?![a-z])")
_BASE_AFTER = regex.compile(r"\s*" + _words_rx(_CLAUSES["base_after_percent"]) + r"\s+")  # "62,02% tổng số hồ sơ ..."
_RANK_AFTER_SCORE = regex.compile(r"\s*(?:diem)?[\s,(\-–]*")  # "84,02 điểm, 2/63", "48,90 điểm (20/20)"
# "1. Phường Trường Vinh - 14206 hồ sơ - tỷ lệ đúng hạn 99.71%": a list line of a unit and its figures
# "1. Thành phố Đồng Xoài: 99,40% (1.811/1.822)" under a lead-in ending with ":": a numbered item
# (the figure right after the colon, or after its count's unit word and the words that name it: "a) Xã A:
# hồ sơ quá hạn 17" — data mentions.count_units)
# "Kính gửi: Văn phòng Chính phủ": the addressee, named on a line of its own, is no subject of the text
_ADDRESSEE = regex.compile(r"^[\s\-+•*]*" + _words_rx(load("document_parts")["recipients_openers"]) + r"(?![a-z])")
_WORDS_TO_LEVEL = regex.compile(r"[^\d,;.:()]{0,30}?(?=\s" + _words_rx(_MENTIONS["level_links"]) + r"\s)")
# (a name may hold a comma: "b) Bộ Văn hóa, Thể thao và Du lịch: 84,6%")
_NUMBERED_NAME_VALUE = regex.compile(r"^\s*(?:\d{1,2}|[a-zđ])[.)]\s*\p{Lu}[\p{L}\p{M}\s’'.,\-]{2,60}?\s*:\s*(?:(?i:"
                                     + "|".join(regex.escape(w) for w in sorted(_MENTIONS["count_units"], key=len, reverse=True))
                                     + r")(?:\s[\p{L}\p{M}\s]{0,40}?)?\s)?\d")
_UNIT_JOINER = regex.compile(r"\s*,\s*|\s*(?:,\s*)?" + _words_rx(_CLAUSES["unit_joiners"]) + r"\s+")
_NAME_DASH_VALUE = regex.compile(r"^\s*(?:\d{1,2}[.)]\s*)?\p{Lu}[\p{L}\p{M}\s’']{2,60}?\s[" + _DASHES + r"]\s*\d")
_ANAPHORA = regex.compile(r"^\s*" + _words_rx(_CLAUSES["anaphora_openers"]) + r"(?![a-z])")
_SENTENCE_BREAKDOWN = regex.compile(r"[\s.]*" + _words_rx(_CLAUSES["sentence_breakdown_openers"]) + r"(?![a-z])")
_UNIT_FIGURE_LINK = regex.compile(r"\s*(?:" + "|".join(
    r"[\s,]+".join(map(regex.escape, fold(w).split())) for w in sorted(_CLAUSES["unit_figure_links"], key=len, reverse=True)) + r")\s*")
_CONTINUING_ENDS = tuple(_CLAUSES["continuing_ends"])


def continues_sentence(prev: str, current: str) -> bool:
    """Whether ``current`` goes on with the sentence ``prev`` left open: ``prev`` ends with a mark
    of a clause, not of a sentence (data: clauses.json continuing_ends), and ``current`` opens with
    a lower-case letter.

    >>> continues_sentence("Các cơ quan đã giải quyết 52.117 hồ sơ;", "số hồ sơ quá hạn là 1.204 (chiếm 2,3%).")
    True
    >>> continues_sentence("Các cơ quan đã giải quyết 52.117 hồ sơ.", "số hồ sơ quá hạn là 1.204.")
    False
    >>> continues_sentence("- Đã giải quyết: 940;", "- Trễ hạn: 19 (2,02%)")
    False
    """
    head = current.lstrip()[:1]
    return prev.rstrip().endswith(_CONTINUING_ENDS) and head.isalpha() and head.islower()


_BASE_ANAPHORA = regex.compile(r"^\s*" + _words_rx(_CLAUSES["base_anaphora_openers"]) + r"(?![a-z])")
_RATE_ANAPHORA = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["rate_anaphora"]) + r"(?![a-z])")
_UNIT_LIST_CUE = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["unit_list_cues"]) + r"(?![a-z])")
_UNIT_VALUE_LINK = regex.compile(r"[\s,]*(?:" + _words_rx(_CLAUSES["unit_value_links"]) + r")[\s:]*")
_SUPERLATIVE = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["superlatives"]) + r"(?![a-z])")
_REPORTER_AFTER = regex.compile(r"\s*(?:da\s+)?" + _words_rx(_CLAUSES["reporter_verbs"]) + r"(?![a-z])")
_NOT_MET_WORDS = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["not_met_words"]) + r"(?![a-z])")
_NOT_MET_LEAD = regex.compile(r"(?<![a-z])" + _words_rx([w for w in _CLAUSES["not_met_list"]["leads"] if w != ":"])
                              + r"(?![a-z])|:")
_NOT_MET_PARTIAL = regex.compile(r"(?<![a-z])" + _words_rx([w for w in _CLAUSES["not_met_list"]["partial"] if w[0].isalpha()])
                                 + r"(?![a-z])|\.\.\.|…")
_LIST_GLUE = regex.compile(r"[\s,;.]*(?:(?<![a-z])(?:" + "|".join(regex.escape(fold(w)) for w in _CLAUSES["separator_words"])
                          + r")(?![a-z])[\s,;.]*)?")  # between the names of a list: ", ", " và "
_FIGURE_NEXT = regex.compile(r"\s*[(:]?\s*(?:đạt|dat|chỉ đạt|chi dat)?\s*\d")  # "Sở Y tế (46,15%)", "Huyện A: 96,2%"
_TARGET_WORD = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["target_words"]) + r"(?![a-z])")
_PERCENT_IN = regex.compile(r"\d+(?:[,.]\d+)?\s*%")
_MEETS = regex.compile(r"(?<![a-z])(?<!" + _words_rx(_MENTIONS["unit_meet_negations"]) + r"\s)"
                       + _words_rx(_MENTIONS["unit_meet_words"]) + r"(?![a-z])")
_UNIT_LEVEL = {" ".join(fold(k).replace(",", " ").split()): v for k, v in _MENTIONS["unit_count_levels"].items()}
_CRITERION_AFTER = regex.compile(r"^\s*,?\s*(?::|nhu\b(?!\s+vay)|tro\s+len|"  # "như vậy" (thus) is no list
                                 + _words_rx(_CLAUSES.get("criterion_list_openers", ["la cac"])) + r"(?![a-z]))")
_PLAN_HEADING = regex.compile(r"(?<![a-z])" + _words_rx(load("document_parts")["plan_headings"]) + r"(?![a-z])")
_RANK_FIELD = regex.compile(r"\s*(?:" + _words_rx(_MENTIONS["rank_field_cues"]) + r")\s*(?P<n>\d{1,3})(?![\d,.%/])")
_MET_LEAD = regex.compile(r"\s*(?:[\p{L}\s,]{0,40}?)\b(?:" + _words_rx(_CAT["met_words"] + _CAT["not_met_words"])
                          + r")\b[^:.;]{0,40}:")
_BARE_RATE_LABEL = regex.compile(r"^\s*(?:" + _words_rx(_CAT["generic_rate_words"]) + r")\s*(?:dat\s*)?:?\s*$")
_FAMILY_RATES = {fam: (regex.compile(r"(?<![a-z])" + _words_rx(v["phrases"]) + r"(?![a-z])"), v["rate"])
                 for fam, v in _CAT["family_rates"].items() if not fam.startswith("_")}
_NUMBER_MARK = regex.compile(r"^\s*\d{1,2}[.)]\s*")  # "1. Phường A: 1234 hồ sơ": a numbered item of a lead-in's list
_ITEM_MARK = regex.compile(r"^\s*[-+•–*]\s*")  # "- Cấp tỉnh: 12040 hồ sơ": a label line as a list item
_UNIT_HEADING = regex.compile(r"^[\s\d.)]*(?:cac\s+)?" + _words_rx(_MENTIONS["unit_count_words"]) + r"\s+"
                           + r"(?:" + _words_rx(_CLAUSES.get("unit_heading_qualifiers", ())) + r"\s+)?"
                           + _words_rx(_CLAUSES["unit_heading_verbs"]) + r"\s")  # "Đơn vị có hồ sơ trễ hạn:"
_FIELD_WORD = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["field_words"]) + r"\s+")  # "lĩnh vực đất đai"
_SERVICE_LEVEL = r"muc(?:\s+do)?\s+[1-4]"  # "mức độ 4", "mức 3": a service level (its digit is a word)
_LEVEL_ONLY = regex.compile(r"\s*(?:ho\s+so\s+)?" + _SERVICE_LEVEL)  # "hồ sơ mức độ 4": a service level only
_SERVICE_LEVELS = regex.compile(r"(?<![a-z])" + _SERVICE_LEVEL + r"(?:\s*(?:,|va)\s*[1-4])*(?!\d)")  # "mức độ 3, 4"
_MANY = regex.compile(r"(?<![a-z])" + _words_rx(_CLAUSES["many_cues"]) + r"(?![a-z])")
_BARE_RATE_CUE = regex.compile(r"[^\d;.()%]*?[,;]\s*(?:voi\s+)?" + _words_rx(_CAT["generic_rate_words"]) + r"(?:\s+dat)?\s*:?\s*")
_RATE_OPENS = regex.compile(r"[^\d;.()%]*?[,;]\s*(?:voi\s+)?")
_RATE_TO_NUMBER = regex.compile(r"\s*(?:(?:dat|la|chiem)(?![a-z]))?\s*:?\s*")
_GENERIC_RATE = regex.compile(r"^(?:" + _words_rx(_CAT["generic_rate_words"]) + r")\b")
_EXCLUDES = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["rate_exclusion_words"]) + r"(?![a-z])")
_TARGET_LEAD = regex.compile(r"[\s\-+•–*]*(?:\d{1,2}\.\s*)?(?:" + _words_rx(_CAT["target_lead_notes"]) + r"\s*:\s*)?"
                             + _words_rx(_CAT["target_words"] + load("roles")["target_sentence_leads"]) + r"(?:[^:;.\d]|" + _CAT["period_qualifier"] + r"){0,40}:")
# ("13/16 đơn vị (chiếm tỷ lệ 81,25%)": the cue may open a bracket)
_UNIT_SHARE = regex.compile(r"\s*(?:" + _words_rx(_MENTIONS["unit_count_words"])[3:-1] + r")?\s*[,(]?\s*"
                         + _words_rx(_MENTIONS["unit_share_cues"]) + r"\s*:?\s*")
_X_OVER = regex.compile(r"\s+(?:" + _words_rx(_MENTIONS["count_units"])[3:-1] + r"\s+)?"
                     + _words_rx(load("roles").get("base_after_figure", ["trên"])) + r"\s+")
_RESTATE = regex.compile(r"\s*(?:[,;(]\s*)?(?:" + _words_rx(load("roles").get("restatement_cues", ["tức"])) + r"(?:\s+la)?)?\s*:?\s*")
_COMPARED_LEAD = regex.compile(r"(?<![a-z])" + _words_rx(load("roles").get("comparison_leads", ["so với"])) + r"\s*$")
_STOCK_END = regex.compile(r"\s*(?:[,;.:()]|$|" + _words_rx(_CAT["procedure_stock_end_words"]) + r"(?![a-z]))")
_PROCEDURE_FLOW = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["procedure_flow_words"]) + r"(?![a-z])")
_PROCEDURE_STOCK_LEAD = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["procedure_stock_lead_words"]) + r"\s*$")
_766_MAXIMA = {ind: float(points) for ind, points in load("indicators")["index_766_order"]}
_BRACKET_LINKS = regex.compile(r"\s*(?:diem\s*)?\)\s*(?:" + "|".join(regex.escape(fold(w)) for w in load("roles")["bracketed_maximum"])
                               + r")?\s*(?=\d)")  # read on the folded text


def bracketed_maximum(text: str, start: int, end: int, value: float, component: Optional[str]) -> bool:
    """Whether the score at text[start:end] is the maximum of the 766 component named before its
    bracket: an opening bracket right before it, its value that component's maximum points, and the
    bracket closed and followed by a link and the next figure (data: roles.json bracketed_maximum).

    ``text`` is the folded text (recognize reads it so).

    >>> t = "cong khai, minh bach (18 diem): 16,44"
    >>> bracketed_maximum(t, 22, 29, 18.0, "index_766_publicity"), bracketed_maximum(t, 22, 29, 18.0, "index_766_progress")
    (True, False)
    >>> bracketed_maximum("dich vu cong truc tuyen (12 diem) dat 9,35 diem", 25, 32, 12.0, "index_766_online_service")
    True
    >>> bracketed_maximum("cong khai, minh bach (16,44 diem)", 22, 32, 16.44, "index_766_publicity")
    False
    """
    if component is None or _766_MAXIMA.get(component) != value or not text[:start].rstrip().endswith("("):
        return False
    return _BRACKET_LINKS.match(text, end) is not None


_FORMULA_TAIL = regex.compile(r"\s*(?:" + "|".join(regex.escape(fold(o)) for o in load("roles")["formula_terms"]["operators"])
                              + r")\s*" + _words_rx(load("roles")["formula_terms"]["words"]) + r"(?![a-z])")


def formula_term(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] (folded text) is a constant of a formula: right after
    '=' and right before an operator and a measure's words (data: roles.json formula_terms).

    >>> t = "ti le dung han = 100% - ti le tre han"
    >>> formula_term(t, 17, 21), formula_term("ti le dung han: 96,79% - ti le tre han 3,21%", 16, 22)
    (True, False)
    """
    return text[:start].rstrip().endswith("=") and _FORMULA_TAIL.match(text, end) is not None


_MAXIMUM_NAMED = regex.compile(r"(?<![a-z])" + _words_rx(load("roles")["maximum_leads"]) + r"(?![a-z])[^\d%]{0,"
                               + str(load("roles")["maximum_named"]["gap"]) + r"}(?<![a-z])(?:"
                               + _words_rx(load("roles")["maximum_named"]["links"]) + r"|:)\s*$")
_MAXIMUM_LEAD = regex.compile(r"[\s\-+•–*]*(?:\d{1,2}\.\s*)?" + _words_rx(load("roles")["maximum_leads"]) + r"(?![a-z])")
_SUCH_AS = regex.compile(r"^[\p{L}\s,]{0,40}?(?<![a-z])" + _words_rx(_CLAUSES["such_as"]["cues"]) + r"(?![a-z])(?!\s+"
                         + _words_rx(_CLAUSES["such_as"]["not_before"]) + r"(?![a-z]))\s*:?\s*")
_QUALIFIER_AFTER = regex.compile(r"^\s*\((?P<q>[^()\d%]{3,60})\)")
_HEADING = regex.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.|\d{1,2}(?:\.\d{1,2})+|[IVX][IVXl1]*\.|[a-zđ][.)]|[A-ZĐ]\.(?=\s+\p{Lu}))\s")
_ROMAN_HEADING = regex.compile(r"^\s*[IVX][IVXl1]*\.\s")
_WEAK = {fold(w) for w in _CAT["weak_phrases"]}
_NEW_ONLY = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["new_only_words"]) + r"\s*(?:la\s*|:\s*)?$")
_NEW_Q = _CAT["new_only_qualifier"]
_CONCLUSION_HEADING = regex.compile(r"(?<![a-z])" + _words_rx(load("document_parts")["conclusion_headings"]) + r"(?![a-z])")
_NEW_AFTER = regex.compile(r"^\s*(?:ho\s+so\s+)?" + _words_rx(_CAT["new_only_words"]) + r"(?![a-z])")  # "29.240 hồ sơ tiếp nhận mới"
# "có 15 TTHC được đơn giản hóa", "có 12 hồ sơ bị trả lại": a weak verb's count narrowed by the words after
_WEAK_NARROWED = regex.compile(r"\s*" + _words_rx(_CAT["weak_narrowers"]) + r"(?![a-z])")
# "số PAKN đã công khai 891": a verb between a count's label and its number narrows the labelled total
_GAP_NARROWED = regex.compile(r"^(?:" + _words_rx(_CAT["label_narrowing_auxiliaries"]) + r"\s+)?"
                              + _words_rx(_CAT["label_narrowing_verbs"]) + r"(?![a-z])")
# "143 thủ tục ... phát sinh hồ sơ, tổng số hồ sơ tiếp nhận là 231.390": dossiers of the counted procedures
_PROCEDURE_SUBSET = regex.compile(r"^\s*" + _words_rx(_CAT["family_words"]["procedures"] + _CAT["procedure_subset_units"])
                                  + r"(?![a-z])[^.;:\d]{0,80}?(?<![a-z])" + _words_rx(_CAT["procedure_subset_cues"])
                                  + r"(?![a-z])[^.;:\d]*$")
# the stops of mentions.bare_part_ends as one class, its words each closed by a word boundary
_BARE_PART_END = regex.compile(r"\s*(?:$|[" + regex.escape("".join(w for w in _MENTIONS["bare_part_ends"] if not w[0].isalpha()))
                               + "]|" + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                                 for w in _MENTIONS["bare_part_ends"] if w[0].isalpha())
                               + r"(?![a-z]))")
_POST_FILLER = regex.compile(r"^(?:" + _words_rx(_MENTIONS["post_label_fillers"]) + r"\s+)+")
_FIGURE_NEXT = regex.compile(r"[\s,]*\d")
_BREAKDOWN_FILLER = regex.compile(r"^\s*" + _words_rx(_MENTIONS["breakdown_fillers"]) + r"(?![a-z])")
_SERVICE_AFTER = regex.compile(r"^\s*" + _words_rx(_CAT["service_counts"]["words"]) + r"(?![a-z])")
_SERVICE_QUALIFIER = {fold(k): v for k, v in _CAT["service_counts"]["qualifiers"].items()}
_RATE_PARTS = {k: v for k, v in _CAT["rate_parts"].items() if not k.startswith("_")}
# the service levels that name a procedure count itself ("mức độ 3" is procedures_partial_online)
_OWN_LEVEL = {k: frozenset(fold(p) for p in v["phrases"]) for k, v in _CAT["counts"].items()
              if not k.startswith("_") and isinstance(v, dict) and v.get("family") == "procedures"}
_PART_AFTER_TOTAL_GAP = regex.compile(r"\s*(?:" + _words_rx(_CAT["part_after_total_fillers"]) + r"\s+)?")
_TOTAL_WORD = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["total_words"]) + r"\s*:?\s*$")
_SCORE_WORD = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["score_words"]) + r"(?![a-z])")
_OTHER_INDEX = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["other_index_words"]) + r"(?![a-z])")
_INDEX_766 = regex.compile(r"(?<![a-z\d])" + _words_rx(_CAT["index_766_words"]) + r"(?![a-z\d])")
# "CHỈ SỐ 766", "Quyết định 766/QĐ-TTg": names with the index's number, read on the unmasked folded text
_INDEX_766_NUMBERED = regex.compile(r"(?<![a-z\d])" + _words_rx(_CAT["index_766_numbered_words"]) + r"(?![a-z\d])")
_WEAK_SCORE = {fold(w) for w in _CAT["weak_score_phrases"]}
_SCORE_NAMED_AFTER = regex.compile(r"\s*(?:" + _words_rx(_CAT["score_words"]) + r")?\s*(?:"
                                   + _words_rx(_CAT["score_named_after"]) + r")\s+(?:nhom\s+)?")
_LE_MISREAD = regex.compile(r"(?<=(?:^|[\s(])t[yi]\s)[^\s%\d]?\d[^\s%]?(?=\s)")  # "tỷ lệ" OCR'd "ty 16"
_UNIT_FIELD = regex.compile(r"(?:^|(?<=[|;]))\s*" + _words_rx(load("subjects")["unit_field_labels"]) + r"\s*:\s*")
# a dot after a unit-type word's short form ("H. Giồng Trôm", "TP. Phổ Yên", "TX. Ninh Hòa") ends no sentence
# (subjects.unit_prefix_abbreviations and prefix_abbreviations, those written with their dot)
_SHORT_TYPES = "|".join(sorted({regex.escape(a.rstrip(".")) for key in ("unit_prefix_abbreviations", "prefix_abbreviations")
                                for a in load("subjects")[key] if a.endswith(".")}, key=longest_first))
_SENTENCE_END = regex.compile(r"(?<=[\p{L}\d)%])(?<!(?:^|[^\p{L}])(?:" + _SHORT_TYPES + r"))\s*\.\s+(?=[\p{Lu}\-+])")
_GAP_PERIOD = regex.compile(r"(?<![a-z])" + _words_rx(_CAT["label_gap_periods"]) + r"(?![a-z\d])")
# a colon label; or the same words alone before the number, opening the line or sentence ("Kết quả giải
# quyết 1.118 hồ sơ (sớm hạn 446, ...)"): the label of a "label value" statement without its colon
_COLON_LABEL = regex.compile(r"(?<![a-z])(" + _words_rx(_CAT["colon_labels"]) + r")\s*:\s*$|"
                             r"^\s*(?:[-+•–*]|\d{1,2}[.)]|[a-zđ]\))?\s*(" + _words_rx(_CAT["colon_labels"]) + r")\s*$")
_OWN_WORDS_END = regex.compile(r"[(;:]|$")
_COLON_LABELS = {" ".join(fold(k).split()): v for k, v in _CAT["colon_labels"].items()}
_FIELD_LEAD_LABELS = {" ".join(fold(k).split()): v for k, v in _CAT["field_lead_labels"].items()}
_LOCATION = regex.compile(r"(?:tren|cua|tai)\s+(?:h\S{0,2}\s+th\S{2,4}|cong|phan\s+mem)[^:;]*")
MAX_CAPTION_WORDS = 6  # words of a caption line inside a run of "label: value" lines (field_caption)
MAX_RATE_REACH = 120  # characters after a percentage its own words may run over commas ("được tiếp nhận, giải quyết và ...")
MAX_LABEL_GAP = 45  # characters of other words allowed between a count's phrase and its number
LEVELS = ("city", "departments", "districts", "communes", "national")


def item_number(text: str) -> Optional[int]:
    """The number a numbered line opens with ("2. Khối xã, phường: ..."), else None.

    >>> item_number("2. Khối xã, phường: đạt 89%"), item_number("II. CÁC CHỈ TIÊU"), item_number("12.450 hồ sơ")
    (2, None, None)
    """
    m = regex.match(r"\s*(\d{1,2})[.)]\s+\D", text)
    return int(m.group(1)) if m else None


_OUT_OF_CUES = {" ".join(fold(w).split()) for w in load("roles").get("base_after_figure", ())}


def out_of_bound(role, after_part: bool) -> bool:
    """Whether a count of that role may be a rate's base: a level or a base, or a bound whose cue
    reads "out of" (roles.json base_after_figure) after the part counted against it ("1.500 hồ sơ
    thanh toán trực tuyến trên 2.000 hồ sơ có phí"); a bound alone is no exact figure ("hơn 2.000
    hồ sơ có phí").

    >>> out_of_bound(Role("bound", ">", "trên"), True), out_of_bound(Role("bound", ">", "hơn"), True)
    (True, False)
    >>> out_of_bound(Role("bound", ">", "trên"), False), out_of_bound(Role("value", None, None), False)
    (False, True)
    """
    if role.kind != "bound":
        return True
    return after_part and " ".join(fold(role.cue or "").split()) in _OUT_OF_CUES


def field_caption(text: str) -> bool:
    """A caption between the "label: value" lines of a statistics page ("Kết quả xử lý" between
    "Đã xử lý: 11982" and "Trước hạn: 7311 (61.0%)"): a short line of words alone, no figure, no
    colon, no sentence; the run of field lines goes on through it.

    >>> field_caption("Kết quả xử lý"), field_caption("Trễ hạn: 566"), field_caption("Đề nghị các xã khẩn trương thực hiện.")
    (True, False, False)
    """
    t = text.strip()
    return bool(t) and len(t.split()) <= MAX_CAPTION_WORDS and not regex.search(r"[\d:;.,]", t)


def reporter_named(masked: str, end: int) -> bool:
    """Whether the subject ending at ``end`` of a folded lead-in is the body compiling or reporting
    the figures ("Văn phòng UBND tỉnh tổng hợp tình hình ... như sau:"), data clauses.reporter_verbs:
    not the subject of the lines after it.

    >>> t = "van phong uy ban nhan dan tinh tong hop tinh hinh nhu sau:"
    >>> reporter_named(t, 30), reporter_named("ket qua cua cap xa nhu sau:", 18)
    (True, False)
    >>> reporter_named("ubnd xa da bao cao ket qua:", 7)
    True
    """
    return bool(_REPORTER_AFTER.match(masked, end))


@dataclass
class DocContext:
    default_subject: str  # city | self | national
    own_unit: Optional[str]
    province: Optional[str]
    uncertain: bool = False  # text from OCR or de-accented: readings are uncertain
    garbled: bool = False  # words misread (de-accented, low OCR confidence): match phrases fuzzily
    doc_date: Optional[str] = None
    abbreviations: tuple = ()  # (abbreviation, expansion) pairs the document defines
    own_names: tuple = ()  # the issuing body under the ministry ("TỔNG CỤC THUẾ"): its figures are "self"
    issuer: Optional[str] = None  # the issuer block's body ("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    title: Optional[str] = None  # the document's title ("Kết quả ... của các sở, ngành"): whose its tables' totals are


@dataclass(slots=True)
class Reading:
    """One number as the middle layer read it (what ``docparse explain`` prints). Every Report
    keeps one per number read: slots, no attribute dict each (issue 13)."""

    page: int
    line: int
    text: str
    shape: str
    value: Optional[float]
    clause: str
    role: str
    subject: str
    indicator: Optional[str] = None
    link: Optional[str] = None
    fact: Optional[str] = None
    note: Optional[str] = None


@dataclass
class _State:
    section_indicator: Optional[str] = None
    section_target: Optional[Target] = None
    section_subject: Optional[Subject] = None
    lead_subject: Optional[Subject] = None  # from a lead-in line ending with ":" ("- Cấp xã:")
    lead_indicator: Optional[str] = None
    lead_count: Optional[Fact] = None
    lead_whole: Optional[Fact] = None  # the line's total when lead_count is the part a list after it breaks down
    lead_value: Optional[tuple] = None  # the percentage a lead-in gives its items ("đạt 100% như:")
    lead_structural: bool = False  # the lead-in ends with "gồm:", "như sau:": its items break it down
    lead_complete: bool = False  # the lead-in ends with "gồm:": its items are all its parts
    lead_fields: bool = False  # the lead-in breaks its total down by field ("..., theo lĩnh vực:")
    item_subject: Optional[Subject] = None  # the head of the last list item under this heading
    item_line_seg: int = 0  # the segment of a unit named on a line of its own, when that set item_subject
    items_differ: bool = False  # the list items so far named different subjects
    item_seg: int = 0  # the segment of the last list item that named a subject
    item_continued: bool = False  # the line right after an item went on about that item's subject
    group: Optional[str] = None  # the total a portal's group heading opens ("Đã giải quyết")
    heading_part: Optional[str] = None  # the part a heading lists units by ("Các cơ quan có hồ sơ quá hạn nhiều")
    in_766: bool = False
    roman: str = ""
    sub: str = ""
    section_qualifier: Optional[str] = None
    section_period: Optional[str] = None  # a period its heading names ("2. Kết quả lũy kế từ đầu năm")
    conclusion: bool = False  # under a roman part that concludes ("III. ĐÁNH GIÁ CHUNG")
    family: Optional[str] = None
    stage: Optional[str] = None  # the dossier stage a heading names by its total ("3. Số lượng hồ sơ đang giải quyết:")
    seg_index: int = 0
    lead_seg: int = 0  # the last segment that is no list item: the lead of the items after it
    lead_line: int = -1  # the last segment that ended with ":" (a lead-in)
    indented: bool = False  # the segment's first line is indented
    outer_seg: int = 0  # the last segment whose first line is not indented
    outer_subject: Optional[Subject] = None  # the head of that segment ("Phường X: 88,40 điểm")
    field_run: int = 0  # the first of the consecutive "label: value" field lines up to this one (0: none)
    legend: Optional[list] = None
    legend_sep: str = ";"  # how the legend and its items part their figures  # the measures a legend line names in order ("(tỷ lệ ...; điểm ...)")
    totals: dict = field(default_factory=dict)  # (indicator, subject key) -> (Fact, segment index)


@dataclass
class _Num:
    m: Mention
    clause: int
    role: Role = VALUE
    fact: Optional[Fact] = None
    consumed: bool = False
    reading: Optional[Reading] = None
    base: bool = False  # named as the total that a later share is taken of
    post_end: Optional[int] = None  # end of the words after it that named it ("52 hồ sơ quá hạn")
    things: bool = False  # counts units, not dossiers ("12 xã, thị trấn"): no label boundary
    label_start: int = 0
    share_part: Optional[str] = None  # the part a share is of when its words named only the part ("trực tuyến chiếm")


_SUBJECTS_DATA = load("subjects")
_PERIODS_DATA = load("periods")
_NARROW_RX = regex.compile(r"(?:^|(?<=" + "|".join(regex.escape(b) for b in _PERIODS_DATA["narrowing_breaks"])
                           + r"))[\s\-+•*–]*(?:" + "|".join(regex.escape(fold(w)) for w in sorted(
                               _PERIODS_DATA["narrowing_openers"], key=len, reverse=True)) + r")\s+(?P<what>[^,;:.\d]*)")


def narrowed_qualifier(folded: str, pos: int) -> Optional[str]:
    """The qualifier of a figure at ``pos`` whose statement opens with a narrowing word
    (periods.json narrowing_openers): "riêng" and the words after it, up to the first comma or
    figure; None when its statement opens otherwise or names a period there ("Riêng tháng 9" is
    the period's, read by periods.py).

    >>> t = "toan thanh pho nhan 91.347 ho so. rieng bo phan mot cua ubnd thanh pho nhan 16.204 ho so"
    >>> narrowed_qualifier(t, t.index("91.347")), narrowed_qualifier(t, t.index("16.204"))
    (None, 'rieng bo phan mot cua ubnd thanh')
    >>> t = "tiep nhan 5.210 ho so; rieng phuong an hoi, tiep nhan 1.200 ho so"
    >>> narrowed_qualifier(t, t.index("1.200"))
    'rieng phuong an hoi'
    >>> narrowed_qualifier("rieng thang 9, tiep nhan 27.330 ho so", 25) is None
    True
    """
    last = None
    for m in _NARROW_RX.finditer(folded, 0, pos):
        last = m
    if last is None:
        return None
    between = folded[last.end():pos]
    if any(b in between for b in _PERIODS_DATA["narrowing_breaks"]):
        return None  # a later statement
    words = last.group("what").split()[:_PERIODS_DATA["narrowing_words"]]
    head = folded[last.start("what"):pos].split(",")[0]
    if not words or period_cues(head):
        return None
    return " ".join(["rieng"] + words)

_BREAKDOWN_LEAD = regex.compile(r"[\s\-+•–*]*(?:" + "|".join(sorted({r"\s+".join(map(regex.escape, fold(w).split()))
                                for w in load("clauses")["sentence_breakdown_openers"] + load("clauses")["anaphora_openers"]
                                if fold(w) != "rieng"}, key=len, reverse=True)) + r")(?![a-z])")
_SPAN_RX = regex.compile(r"(?<![a-z0-9])(?:" + "|".join(_PERIODS_DATA["span_qualifiers"]) + ")")


def span_qualifier(folded: str, pos: int) -> Optional[str]:
    """The words of a span of several years that the statement of the figure at ``pos`` names before
    it (periods.json span_qualifiers): "tinh chung 3 nam 2017 - 2019", "trong 3 nam"; None when
    there is none, or a statement break stands between it and the figure.

    >>> t = "nam 2019, tiep nhan 138.244 ho so. tinh chung 3 nam 2017 - 2019, ca quan chi co 1 ho so tre hen"
    >>> span_qualifier(t, t.index("138.244")), span_qualifier(t, t.index(" 1 ho") + 1)
    (None, 'tinh chung 3 nam 2017 - 2019')
    >>> span_qualifier("trong 3 nam, quan chi co 1 ho so tre hen", 25)
    'trong 3 nam'
    >>> span_qualifier("giai doan 2021-2025, tinh da cat giam 120 thu tuc", 38)
    'giai doan 2021-2025'
    """
    last = None
    for m in _SPAN_RX.finditer(folded, 0, pos):
        last = m
    if last is None or any(b in folded[last.end():pos] for b in _PERIODS_DATA["narrowing_breaks"]):
        return None
    return " ".join(last.group().split())


_BY_PARTS = _CAT["family_by_parts"]
_BY_PARTS_VERB = regex.compile(r"(?<![a-z])(?:" + "|".join(
    r"\s+".join(map(regex.escape, fold(v).split())) for v in sorted(_BY_PARTS["verbs"], key=len, reverse=True))
    + r")(?![a-z])")


_SHARE_RATE = {v["share"]: v["xy_rate"] for v in _COUNTS.values()
               if isinstance(v, dict) and v.get("share") and v.get("xy_rate")}


def _in_aside(clauses, own, masked: str, pos: int, start: int) -> bool:
    """Whether ``pos`` lies in a bracket, closed before the figure at ``start`` and deeper than the
    figure's own clause ``own``, that holds figures of its own: its words name those figures, not
    one after it ("giải quyết đúng hạn 8.032 hồ sơ (trong đó 7 hồ sơ đang giải quyết quá hạn), đạt
    tỷ lệ 95,51%" is the on-time rate, not the late one).

    >>> from docparse.normalize.clauses import Clause
    >>> t = "dung han 80 ho so (trong do 7 ho so qua han), dat ty le 95%"
    >>> cl = [Clause(0, 18, None, "start"), Clause(18, 44, 0, "paren", depth=1), Clause(45, len(t), 0, "close")]
    >>> _in_aside(cl, cl[2], t, t.index("qua han"), t.index("95")), _in_aside(cl, cl[2], t, t.index("dung han"), t.index("95"))
    (True, False)
    """
    return any(cl.depth > own.depth and cl.start <= pos < cl.end <= start and any(ch.isdigit() for ch in masked[cl.start:cl.end])
               for cl in clauses)


def _rate_of_share(indicator: Optional[str]) -> Optional[str]:
    """The rate a part's share stands for when a later figure refers back to it without its count
    ("trực tuyến 24.110 hồ sơ, chiếm 79,11%. Dẫn đầu là phường A (99,12%)": A's rate of online
    submission, no part stated with its share); data: the counts' share and xy_rate.

    >>> _rate_of_share("received_online_share"), _rate_of_share("resolved_late"), _rate_of_share(None)
    ('online_submission', 'resolved_late', None)
    """
    return _SHARE_RATE.get(indicator, indicator) if indicator else indicator


def family_by_parts(total: str, words: str, parts: list[str]) -> Optional[str]:
    """The total a count named only by an ambiguous verb ("đã xử lý") is, told by its parts: two or
    more, all of one other family (data ``indicators.family_by_parts``); None to keep it.

    >>> family_by_parts("resolved_total", "cuc da xu ly tong so ", ["received_carried_over", "received_online"])
    'received_total'
    >>> family_by_parts("resolved_total", "da giai quyet ", ["received_carried_over", "received_online"])
    >>> family_by_parts("resolved_total", "da xu ly ", ["resolved_early", "resolved_late"])
    """
    if len(parts) < 2 or not _BY_PARTS_VERB.search(words):
        return None
    parents = {_COUNTS.get(p, {}).get("parent") for p in parts}
    if len(parents) != 1 or None in parents:
        return None
    parent = parents.pop()
    if parent == total or _COUNTS.get(parent, {}).get("family") == _COUNTS.get(total, {}).get("family"):
        return None
    return parent


def label_of_total(c, nums, total) -> str:
    """The folded words of the clause before the total's number (what named it)."""
    for x in nums:
        if x.fact is total:
            return c.masked[max(0, x.m.start - 60):x.m.start]
    return ""



_BULLET = regex.compile(r"^\s*[-+•–*]")  # a list item's mark opening a line


@lru_cache(maxsize=16)
def _portal_text(text: str) -> bool:
    """``FactRecognizer._portal_line`` of a segment's text (asked several times a segment: kept).

    >>> _portal_text("Trễ hạn: 472"), _portal_text("Trong tháng, toàn tỉnh đã tiếp nhận 1.234 hồ sơ, đạt 98%.")
    (True, False)
    """
    if _NAME_DASH_VALUE.match(text):
        return len(text.split()) <= 16 and not text.rstrip().endswith(".")
    if not LABEL_VALUE.match(text):
        return False
    words = text.split()
    if len(words) <= 8:
        return True
    figures = len(regex.findall(r"\d[\d.,]*%?", text))
    values = regex.split(r"[:|]", regex.sub(r"(?<=\d),(?=\d)", "", text), maxsplit=1)[1]
    return len(words) <= 16 and figures >= 2 and "," not in values and not text.rstrip().endswith(".")


class FactRecognizer:
    def __init__(self, ctx: DocContext):
        self.ctx = ctx
        self.units = UnitFinder(ctx.province, ctx.own_unit, ctx.garbled, ctx.doc_date)
        self.scope = ScopeFinder(self.units, ctx)
        self.state = _State()
        self.facts: list[Fact] = []
        self.spans: dict[str, tuple] = {}
        self.trace: list[Reading] = []
        self._targets: list[tuple[Optional[str], Target, str]] = []
        self._listed = False
        self._ctx_family: Optional[str] = None
        self._post_end: Optional[int] = None
        self._service_qualifier: Optional[str] = None  # "921 dịch vụ công trực tuyến": the online services only
        self._respective: dict = {}
        self._last_subject: Optional[Subject] = None  # whose figures the segment before gave last
        self._bullet_lead: Optional[tuple] = None  # (mark, total) of the last item line stating one total
        self._last_rate_at = -1  # the segment the rate read last was read in
        self._section_rate_at = -1  # the segment of the last heading that named a rate of its own
        self._last_target: Optional[tuple] = None  # (segment, indicator) of the last target read
        self._last_explicit = False  # whether its last statement named that subject (not inherited)
        self._last_rate: Optional[str] = None  # the rate read last (for "tỷ lệ này", "cao nhất là ...")
        self._numbered_rate: Optional[tuple] = None  # (segment, item number, rate) of a numbered line's rate
        self._parts_of: dict = {}  # total's id -> (total, the words before it, its parts)
        self._root_of: dict = {}  # part's id -> the total it breaks down
        self._part_lead: Optional[int] = None  # the lead-in line that named the part its items list
        self._open_list: Optional[tuple] = None  # (segment, rate): a unit list left open at a line's end
        self._numbered_item = False  # this line is a numbered item of a lead-in's list
        self._last_numbered_item = -1
        self._pairs: set = set()  # (part's id, base's id): a count named against its base by structure
        self._carried: Optional[Subject] = None  # the topic the paragraph's last sentence left (scope.topic_of)
        self._unsure_default = False  # the segment follows a topic's line: its default subject is uncertain
        self._carried_period: Optional[str] = None  # the period frame it left (periods.carried_after)
        self._field_subject: Optional[Subject] = None  # the unit a filter field names ("Đơn vị: Huyện X")

    def _opens_count(self, text: str) -> bool:
        """Whether a catalogue count's phrase opens ``text`` (the words after "không có hồ sơ")."""
        return any(m.start == 0 and "_neutral" not in m.key for m in self._m("counts").find(text[:80], folded=True))

    def _m(self, name: str):
        """The named phrase matcher, with the document's own abbreviations when it defines any."""
        return matcher_with(name, self.ctx.abbreviations) if self.ctx.abbreviations else matcher(name)

    # ---- facts ---------------------------------------------------------------------------
    def _new_fact(self, seg: Segment, span: tuple[int, int], explicit: bool = True, **kw) -> Fact:
        fact = Fact(id=f"f{len(self.facts) + 1}", evidence=evidence_for(seg, *span),
                    uncertain=self.ctx.uncertain, garbled=self.ctx.garbled,
                    section=f"{self.state.roman}/{self.state.sub}", explicit=explicit,
                    block=self.state.seg_index, listed=self._listed, **kw)
        if fact.qualifier is None and self.state.section_qualifier:
            fact.qualifier = self.state.section_qualifier
        if fact.qualifier is None:
            fact.qualifier = narrowed_qualifier(seg.folded, span[0]) or span_qualifier(seg.folded, span[0])
        fact._conclusion = self.state.conclusion
        self.facts.append(fact)
        self._remember_span(fact, seg, *span)
        return fact

    def _remember_span(self, fact: Fact, seg: Segment, start: int, end: int) -> None:
        located = seg.locate(start, end)
        if located:
            self.spans[fact.id] = located[0]

    def default_subject(self) -> Subject:
        if self.ctx.default_subject == "self":
            return Subject(level="self", name=self.ctx.own_unit)
        if self.ctx.default_subject == "national":
            return Subject(level="national")
        return Subject(level="city")

    def finish(self) -> list[Fact]:
        """A target ("chỉ tiêu 80%") sets the target of the rates it names in its own section: a target
        of one part of a report says nothing of a figure of another part."""
        for total, words, parts in self._parts_of.values():
            family = family_by_parts(total.indicator, words, [p.indicator for p in parts])
            if family is not None:
                total.indicator = family
                for r in self.trace:
                    if r.fact == total.id:
                        r.indicator, r.link = family, "total of its parts' family"
        by_id = {f.id: f for f in self.facts}
        for fact in self.facts:  # a rate whose x or y is a rounded figure is no more exact than it
            if not fact.rounded and any(by_id.get(fid) is not None and by_id[fid].rounded
                                        for refs in fact._links.values() for fid, _ in refs):
                fact.rounded = True
        self.facts = merge_stated_xy(self.facts)
        xy_from_stated_parts(self.facts)
        by_ind: dict = {}
        for ind, target, section in self._targets:
            if ind:
                by_ind.setdefault((ind, section), target)
        for fact in self.facts:
            key = (fact.indicator, fact.section)
            if fact.kind == "rate" and fact.target is None and key in by_ind and fact.modifier is None:
                fact.target = by_ind[key]
        return self.facts

    # ---- per segment ---------------------------------------------------------------------
    def read(self, seg: Segment) -> None:
        """Read one segment; a line led by a label that names a family of counts other than dossiers
        ("Về phản ánh, kiến nghị: tổng số 215 …; đã xử lý 201, …; đang xử lý 14") holds that family for
        its counts, as a heading does (line_family)."""
        family = line_family(seg.folded)
        if family is None or family == self.state.family:
            self._read(seg)
            return
        saved, self.state.family = self.state.family, family
        try:
            self._read(seg)
        finally:
            if self.state.family == family:
                self.state.family = saved

    def _read(self, seg: Segment) -> None:
        self.state.seg_index += 1
        self._continued = continues_sentence(getattr(self, "_last_seg_text", ""), seg.text)
        self._last_seg_text = seg.text
        indented = seg.pieces[0][2] >= 2
        field = self._portal_line(seg)
        if not field and not (self.state.field_run and field_caption(seg.text)):
            self.state.field_run = 0
        elif not self.state.field_run:
            self.state.field_run = self.state.seg_index
        if not (_BULLET.match(seg.text) or field or indented):
            self.state.lead_seg = self.state.seg_index
        self.state.indented = indented
        if not indented:  # an indented line is an item of the last line above it that is not
            self.state.outer_seg = self.state.seg_index
            self.state.outer_subject = None
        folded = repair_ocr_words(seg.folded) if self.ctx.garbled else seg.folded
        folded = _LE_MISREAD.sub(lambda m: "le "[:len(m.group())].ljust(len(m.group())), folded)
        masked, spans = mask(folded)
        masked = zero_spans(masked, self._opens_count)  # "không có hồ sơ quá hạn": 0 late dossiers
        self._numbered_item = self._is_numbered_item(seg, masked)
        self._after_lead_in = seg.text.rstrip().endswith(":")  # "Đơn vị có hồ sơ quá hạn nhiều nhất:"
        self._update_section(seg, masked)
        if self.state.legend and self.state.legend_sep == "/" and len(self.state.legend) > 2:
            masked = _slashed_values(masked, len(self.state.legend))  # ("x / y" under "(A / B)" is A over B)
        mentions = find_mentions(masked)
        # the digits of a service level ("mức độ 3, 4") are no figure but belong to the words after
        # this; they split no clause
        blanked, masked = masked, word_digits(masked, folded, spans)
        if not mentions or not regex.search(r"[a-z]{2,}", masked):
            legend = self._read_legend(seg, masked)
            if legend or _ROMAN_HEADING.match(seg.text):
                self.state.legend = legend
            self._maybe_lead(seg, masked)
            self._carried = self._carried_period = None
            if not mentions:  # the bodies it names in full (for their short forms later), a filter field's unit
                self._unit_field(self.scope.subjects(seg.text, masked), masked)
            return  # bare values (a chart's labels lost): nothing to attach them to
        if self.state.legend and not (_HEADING.match(seg.text) or _BULLET.match(seg.text)
                                      or LABEL_VALUE.match(seg.text)):
            self.state.legend = None  # prose again: the legend's list has ended
        # (0 first: a segment with no sentence end is one sentence, whatever dots it holds)
        sentence_starts = (0,) + tuple(m.end() for m in _SENTENCE_END.finditer(seg.text))
        subjects = self.scope.subjects(seg.text, masked)
        # "đứng thứ 3/34 tỉnh, thành phố về Chỉ số ... với 88,12 điểm": the words after a rank name its
        # field, not whose figures follow
        # (the field's size may open the words: "9/63 tỉnh, thành phố" matched from "63 tỉnh")
        ranks = [(m.start, m.end) for m in mentions if m.shape == "rank"]
        subjects = [x for x in subjects if not any(a < x[0] < e or (e <= x[0] and not masked[e:x[0]].strip())
                                                   for a, e in ranks)]
        clauses = split_clauses(_commas_in_names(blanked, subjects), sentence_starts)
        phrases = self._phrases(masked, seg.text)
        nums = [_Num(m, clause_at(clauses, m.start)) for m in mentions]
        self._seg_nums = nums
        self._seg_sentence = {id(n.m): clauses[n.clause].sentence for n in nums}
        # a score beside a rank, or an index named: the figures of the 766 index (or one like it)
        self._seg_766_named = bool(_INDEX_766.search(masked)) or self.state.in_766 \
            or bool(_INDEX_766_NUMBERED.search(folded))
        self._seg_766 = any(m.shape == "score" for m in mentions) and (
            any(m.shape == "rank" for m in mentions) or "chi so" in masked)
        # a period right after a figure of its clause is that figure's ("giảm từ 2,7% trong tháng 7 xuống
        # còn 1,1%"): it frames nothing after it, unless a comparison names it before the bracket of its
        # own figures ("tăng 1,3 điểm so với quý I (81,45 điểm, hạng 20/34)")
        cues = [p for p in period_cues(folded)
                if (_COMPARED_LEAD.search(folded, max(0, p.start - 20), p.start) and regex.match(r"\s*\(", folded[p.end:]))
                or not any(m.end <= p.start and clause_at(clauses, m.start) == clause_at(clauses, p.start) for m in mentions)]
        periods_by = self._carry_periods(seg, cues, clauses)
        lead_subject = self.state.lead_subject
        # "- Các Sở, ban, ngành: Đạt 73,81% (...). Số đơn vị đạt chỉ tiêu: 12/12": the item's head
        # names whose figures the whole item holds
        colon = next((cl.start for cl in clauses if cl.opener == "colon"), None)
        head = [s for a, _, s in subjects if colon is not None and a < colon and not s.scope
                and not find_mentions(masked[:colon])]
        # a bulleted line, or a numbered or lettered item of a lead-in's list ("1. Xã A: 91,2%", "a) Xã B: 17 hồ sơ")
        is_item = bool(_BULLET.match(seg.text)) or self._numbered_item
        if self.state.item_line_seg and not (is_item or self._portal_line(seg) or indented):
            if self.state.seg_index - self.state.item_line_seg > 1:
                # "VĂN PHÒNG CHÍNH PHỦ" above the text: a name on its own line speaks for the next line only
                self.state.item_subject, self.state.item_line_seg = None, 0
        if not indented and head:
            self.state.outer_subject = head[-1]
        elif indented and not head and not subjects and lead_subject is None and self.state.outer_subject:
            # "Phường X: 88,40 điểm" and under it, indented, "CK 17,20; TĐ 19,35": X's figures (inherited)
            lead_subject = self.state.outer_subject
        if head:
            lead_subject = head[-1]
            if is_item:
                if self.state.item_subject is not None and _subject_key(self.state.item_subject) != _subject_key(head[-1]):
                    self.state.items_differ = True  # the list's items are several subjects: a breakdown
                self.state.item_subject = head[-1]
                self.state.item_seg = self.state.seg_index
                lead = self.state.lead_subject
                if lead is not None and (lead.level, lead.name) != (head[-1].level, head[-1].name):
                    # "- Cấp xã: ..." after the items of "Các Sở ...: 28.442 hồ sơ, cụ thể:": another
                    # item of the outer list, whose subject ends that lead-in's
                    self.state.lead_subject = None
                    self.state.lead_structural = False
        elif not is_item and self.state.items_differ and lead_subject is None and self.state.item_continued \
                and self.state.seg_index == self.state.item_seg + 1:
            # "- Các Sở: tiếp nhận …" / "Với 25.534 hồ sơ đã giải quyết …" / "- Các xã: tiếp nhận …" /
            # "Số hồ sơ đã có kết quả …": the line right after the last item goes on about it, as the
            # line after the first did (the items are parallel); inherited, never compared above info
            lead_subject = self.state.item_subject
        elif not is_item and self.state.items_differ and lead_subject is None:
            # after "- Các sở, ban, ngành: ..." and "- Các xã, phường: ...", the text may speak of the
            # whole again or go on about the last group: the whole, inherited (never compared above info)
            self.state.item_subject, self.state.items_differ = None, False
            self.state.item_continued = False
            lead_subject = self.default_subject()
        elif not is_item and lead_subject is None and self.state.item_subject is not None:
            # a paragraph after "- Các Sở, ban, ngành: ..." goes on about that group, unless it says
            # otherwise: its subject is inherited, so its figures are never compared above info
            lead_subject = self.state.item_subject
            if self.state.seg_index == self.state.item_seg + 1:
                self.state.item_continued = True
        if lead_subject is None and self._last_subject is not None and _ANAPHORA.match(masked) \
                and not any(a < nums[0].m.start for a, _, sj in subjects if not sj.scope):
            # "... Trung tâm ... nhận 18.322 hồ sơ. Trong số này đã giải quyết 14.906": the same subject,
            # named by the words that point back to it (as explicit as the statement it breaks down: a
            # subject that statement inherited stays inherited)
            lead_subject = self._last_subject
            anaphoric = self._last_subject if self._last_explicit else None
        else:
            anaphoric = None
        respective = self._respective = self._respectively(masked, clauses, subjects, nums)
        carried_by = self._carry_topics(seg, masked, clauses, subjects, nums)
        role_text = _names_blanked(masked, subjects)  # "Sở Kế hoạch và Đầu tư (1.306 hồ sơ)": no target cue
        topic_facts: list = []  # the numbers whose subject the paragraph's topic sentence named
        for i, n in enumerate(nums):
            prev = nums[i - 1] if i else None
            nxt = nums[i + 1] if i + 1 < len(nums) else None
            prev_end = prev.m.end if prev else 0
            clause_end = clauses[n.clause].end
            after_end = min(nxt.m.start, clause_end) if nxt else clause_end
            unit = _COUNT_UNIT.match(masked[prev.m.end:]) if prev else None
            if unit and label_line_between(seg, prev.m.end, prev.m.end + unit.end()):
                unit = None  # "Dịch vụ công mức độ 4: 716" over "Dịch vụ công mức độ 3: 4433": the next label
            label_start = prev_end + (unit.end() if unit and prev and prev.m.shape == "count" else 0)
            if prev is not None and prev.post_end is not None:
                label_start = max(label_start, prev.post_end)
            sentence_start = max([s for s in sentence_starts if s <= n.m.start], default=0)
            label_start = max(label_start, sentence_start)
            if prev is not None and (prev.things or prev.role.kind == "maximum"):
                # "tiếp nhận của huyện và 12 xã, thị trấn: 4.527 hồ sơ"; "Công khai, minh bạch (điểm tối
                # đa 18): 17,02": the words before the count of units or the maximum name the figure
                label_start = prev.label_start
            n.label_start = label_start
            n.role = role_of(role_text, n.m.start, label_start, after_end, seg.text)
            if n.role.kind == "value" and regex.search(r"(?:^|[\s:(])\+\s*$", masked[max(0, n.m.start - 3):n.m.start]) \
                    and not _added_term(masked, prev, n) and not regex.fullmatch(r"\s*\+\s+", masked[:n.m.start]):
                # ("+ 64 hồ sơ từ kỳ trước chuyển sang;": a list's bullet opening the line, no sign)
                n.role = Role("change", "+", "+")  # "So với tháng 10: +1,86 điểm": a signed change
            if n.m.shape == "percent" and n.role.kind in ("value", "bound") \
                    and _TARGET_LEAD.match(masked, sentence_start):
                # "Chỉ tiêu Chính phủ giao: thanh toán trực tuyến ≥ 90%, số hóa 100%": every one an aim
                n.role = Role("target", n.role.op or ">=", "target lead")
            if n.m.shape in ("score", "count") and n.role.kind == "value" and (
                    _MAXIMUM_LEAD.match(masked, sentence_start) or _MAXIMUM_NAMED.search(masked[label_start:n.m.start])):
                # "Điểm tối đa của nhóm tiến độ là 20 điểm, nhóm số hóa là 12 điểm": every one a maximum;
                # "… vẫn là điểm nghẽn khi mức tối đa của nhóm này là 22 điểm": the one its words name so
                n.role = Role("maximum", None, "maximum lead")
            if n.role.kind == "base" and n.m.shape == "score":
                n.role = Role("maximum", None, n.role.cue)
            if n.role.kind == "value" and formula_term(masked, n.m.start, n.m.end):
                n.role = Role("reference", None, "formula")  # "Tỉ lệ đúng hạn = 100% - tỉ lệ trễ hạn"
            if n.m.shape == "score" and n.role.kind == "value" and bracketed_maximum(
                    masked, n.m.start, n.m.end, n.m.value, next((p.key[0] for p in reversed(phrases["scores"])
                                                                  if p.end <= n.m.start and masked[p.end:n.m.start].strip() == "("), None)):
                n.role = Role("maximum", None, "bracketed maximum")  # "Công khai, minh bạch (18 điểm): 16,44"
            if n.role.kind == "base" and n.m.shape == "ratio":
                # "(trực tuyến/tổng số: 2.556/4.014)": an x/y is no base total, its words name x and y
                n.role = VALUE
            subject, subj_explicit = self.scope.subject_for(subjects, clauses, n, masked, lead_subject,
                                                             self.state.section_subject, self.default_subject(),
                                                             carried_by.get(clauses[n.clause].sentence),
                                                             self._unsure_default)
            if not subj_explicit and subject is self.state.lead_subject and self.state.lead_structural:
                subj_explicit = True  # an item of a list its lead-in opens with "gồm:"
            if not subj_explicit and anaphoric is not None and subject is anaphoric:
                subj_explicit = True  # "Trong đó có 8.804 hồ sơ ...": the statement before it named it
            if not subj_explicit and self._field_subject is not None and subject is self._field_subject:
                subj_explicit = True  # "Đơn vị: Huyện Hồng Dân" over a page's lines: named as the page's own
            carried = carried_by.get(clauses[n.clause].sentence)
            topic = carried is not None and not subj_explicit and _subject_key(subject)[:2] == _subject_key(carried)[:2]
            if topic:
                subj_explicit = True  # named by the topic sentence: the fact says whether the rest was named
            if i in respective:  # "A và B ... (lần lượt 1.482 và 1.357 hồ sơ)"
                subject, subj_explicit, topic = respective[i][0], True, False
            chain = set(ancestors(clauses, n.clause))
            # a list item, or a part of a figure stated before it ("..., trong đó 1.877 ..."); a label's
            # colon ("Số hồ sơ đã giải quyết: 108.472") breaks nothing down
            self._listed = bool(_BULLET.match(seg.text)) or self._portal_line(seg) \
                or any(p.clause in chain for p in nums[:i])
            period = period_for(cues, clauses, n.clause, n.m.start, periods_by.get(clauses[n.clause].sentence))
            if (period == PREVIOUS_PERIOD or compared_period(cues, clauses, n.clause, n.m.start)) \
                    and n.role.kind == "value" and n.m.shape in ("count", "percent", "rank", "score"):
                # "; cùng kỳ năm 2023 tiếp nhận 41.870 hồ sơ", "cao hơn quý II (98,42%)", "so với tháng
                # trước (72,16 điểm, xếp thứ 9)": another period's
                n.role = Role("previous", None, period)
            ctx = _Ctx(seg, masked, clauses, n, prev, label_start, after_end, subject, subj_explicit,
                       phrases, period or (None if self.state.section_qualifier else self.state.section_period), subjects)
            n.reading = Reading(seg.first_line.page, seg.first_line.number, seg.text[n.m.start:n.m.end],
                                n.m.shape, n.m.value, f"{n.clause}:{clauses[n.clause].opener}"
                                + (f"<{clauses[n.clause].parent}" if clauses[n.clause].parent is not None else ""),
                                n.role.kind + (f" {n.role.op}" if n.role.op else ""), _subject_text(subject))
            self.trace.append(n.reading)
            if n.m.shape == "rank":
                self._rank(ctx)
            elif n.m.shape == "score" or (n.m.shape == "count" and n.m.decimals and not _MULTIPLIED.search(n.m.text)
                                          and (self._seg_766_named or any(p.role.kind == "maximum" for p in nums[:i]))):
                # (a decimal figure after a maximum: "Công khai, minh bạch (điểm tối đa 18): 17,02")
                self._score(ctx, nums, i)  # "công khai, minh bạch 17,10; tiến độ 19,05" in a 766 sentence
            elif n.m.shape == "ratio":
                self._ratio(ctx, nums, i)
            elif n.m.shape == "percent":
                self._percent(ctx, nums, i)
            else:
                self._count(ctx, nums, i)
            if n.fact is not None and n.m.scaled and n.fact.value == n.m.value:
                # "61,3 ngàn hồ sơ", "2,86 ngàn HS": a figure in thousands is rounded, not the exact count
                n.fact.rounded = True
                n.reading.note = "rounded"
            if n.fact is not None and topic and _subject_key(n.fact.subject)[:2] == _subject_key(carried)[:2]:
                topic_facts.append(n)
            if n.fact is not None:
                n.reading.fact = n.fact.id
                n.reading.indicator = n.fact.indicator
                n.reading.subject = _subject_text(n.fact.subject)
                if n.fact.numerator is not None or n.fact.denominator is not None:
                    n.reading.link = f"{_fmt(n.fact.numerator)}/{_fmt(n.fact.denominator)}"
        if self.state.lead_value and self.state.lead_value[3] < self.state.seg_index and \
                _BULLET.match(seg.text):
            value, decimals, ind, _ = self.state.lead_value
            for n in nums:
                f = n.fact
                if f is not None and f.kind == "rate" and f.value is None and f.numerator is not None \
                        and (ind is None or f.indicator in (ind, "other")):
                    f.value, f.decimals, f.explicit = value, decimals, False
                    f.indicator = ind or f.indicator
                    n.reading.link = (n.reading.link or "") + " value of the lead-in"
        if self.state.heading_part and _BULLET.match(seg.text):
            share = _COUNTS.get(self.state.heading_part, {}).get("share")
            for n in nums:
                f = n.fact
                if share and f is not None and f.kind == "rate" and f.indicator == "other" and f.modifier is None \
                        and f.subject.level == "unit" and f.numerator is not None:
                    # "- Sở Xây dựng: 58/3.409 hồ sơ (chiếm 1,70%)" under "... còn để hồ sơ trễ hạn nhiều:"
                    f.indicator, f.explicit = share, False
                    n.reading.link = (n.reading.link or "") + " share of the part the lead-in lists units by"
        self._ordered_components(seg, masked, nums)
        self._payment_pair(masked, nums)
        self._share_of_named_part(masked, nums)
        self._coordinated_rates(seg, masked, subjects, nums)
        self._rates_of_block(nums)
        for n in topic_facts:
            # the subject the paragraph's topic sentence named: inherited (never compared above info
            # across statements), though the fact's own words named the rest (Fact._topic)
            n.fact._topic, n.fact.explicit = n.fact.explicit, False
            n.reading.note = ((n.reading.note + "; ") if n.reading.note else "") + "subject of the topic sentence"
        own = [n.fact for n in nums if n.fact is not None and n.fact.modifier is None]
        # a list of units with their rate left open at the line's end ("..., Phường A (97,35%),")
        listed = [f for f in own if f.kind == "rate" and f.subject.level == "unit" and f.indicator != "other"]
        self._open_list = (self.state.seg_index, listed[-1].indicator) \
            if listed and own[-1] is listed[-1] and seg.text.rstrip()[-1:] in (",", ";") else None
        # whose figure "Trong đó …", "Trong số này …" on the next line points back to: the last figure
        # stated outside a breakdown ("… là 1.820, gồm 1.448 TTHC cấp tỉnh, …, 109 TTHC cấp xã." / "Trong
        # đó …": the whole's, not the last part's)
        outside = [n.fact for n in nums if n.fact is not None and n.fact.modifier is None
                   and clauses[n.clause].parent is None]
        stated = [n for n in nums if n.fact is not None and n.fact.modifier is None]
        if not outside and stated:
            # "… ở cả 3 cấp với 2.328 thủ tục, gồm 1.871 thủ tục cấp tỉnh, …, 138 thủ tục cấp xã;": the
            # whole stands in a breakdown of the words before it; still the figure its parts break down
            top = min(len(ancestors(clauses, n.clause)) for n in stated)
            outside = [n.fact for n in stated if len(ancestors(clauses, n.clause)) == top]
        pointed = (outside or own)[-1] if own else None
        self._last_subject = pointed.subject if pointed is not None else None
        mark = bullet_mark(seg.text)
        totals = [f for f in own if f.kind == "count" and f.modifier is None and "parent" not in _COUNTS.get(f.indicator, {"parent": 1})]
        if mark is None:
            self._bullet_lead = None
        elif len(own) == 1 and totals:
            self._bullet_lead = (mark, totals[0])
        elif self._bullet_lead is not None and self._bullet_lead[0] == mark:
            self._bullet_lead = None  # a sibling item without one total of its own
        self._last_explicit = pointed is not None and pointed.explicit  # whether that statement named it itself
        rated = [f.indicator for f in own if f.kind == "rate" and f.indicator != "other"]
        if rated:
            self._last_rate = rated[-1]
            self._last_rate_at = self.state.seg_index
        item = item_number(seg.text)
        self._numbered_rate = (self.state.seg_index, item, rated[-1]) if item is not None and rated else None
        self._unit_field(subjects, masked)
        self._maybe_lead(seg, masked, nums)

    def _unit_field(self, subjects, masked: str) -> None:
        """A filter field "Đơn vị: Huyện Hồng Dân" (data: subjects.unit_field_labels): the unit named
        right after it is the subject of the lines below, as a heading's (state.section_subject)."""
        for m in _UNIT_FIELD.finditer(masked):
            named = [sj for a, _, sj in subjects if a == m.end() and not sj.scope and sj.level in ("unit", "self")]
            if named:
                self.state.section_subject = self._field_subject = named[0]

    def _carry_periods(self, seg: Segment, cues, clauses) -> dict:
        """The period each sentence of the segment inherits from the sentences before it (a frame
        such as "Lũy kế từ đầu năm, ..." or "Tháng 6/2024, ..." holds to the segment's end, or past
        it when the next segment runs on), periods.carried_after."""
        carried = self._carried_period if getattr(seg, "runs_on", False) else None
        out: dict = {}
        for k in sorted({c.sentence for c in clauses}):
            out[k] = carried
            carried = carried_after(cues, clauses, k, carried)
        self._carried_period = carried
        return out

    def _carry_topics(self, seg: Segment, masked: str, clauses, subjects, nums) -> dict:
        """The topic each sentence of the segment inherits: a level or unit an earlier sentence of the
        paragraph opened with ("Ở cấp huyện, tiếp nhận ... . Đã giải quyết ..."), kept until a
        sentence names another subject before its first figure, or the paragraph ends (a segment
        that does not run on from the one before, scope.topic_of). Sets the topic the next segment
        inherits when it runs on."""
        carried = self._carried if getattr(seg, "runs_on", False) or (
            getattr(seg, "follows", False) and self._carried is not None and (
                (self._carried.level == "city" and self._province_body())
                or (self._carried.level == "national" and self.ctx.default_subject == "self"
                    and ministry_issuer(self.ctx.own_unit, self.ctx.default_subject)))) or (
            getattr(seg, "follows", False) and _BREAKDOWN_LEAD.match(masked)) else None
        # (a line of the paragraph that opens "Trong đó, …", "Số này gồm …" breaks down the line before: its topic)
        # on the line after a sentence that a level or unit opened, a figure that names none may be
        # that level's or the whole's: whose it is cannot be told (the document's subject, inherited)
        self._unsure_default = carried is None and self._carried is not None and getattr(seg, "follows", False)
        out: dict = {}
        starts: dict = {}
        for c in clauses:
            starts.setdefault(c.sentence, [c.start, c.end])[1] = c.end
        first_num = {}
        for n in nums:
            first_num.setdefault(clauses[n.clause].sentence, n.m.start)
        for k in sorted(starts):
            a, b = starts[k]
            if carried is not None:
                out[k] = carried
            topic = topic_of(subjects, masked, a, b)
            if topic is not None:
                # a report a department issues about the whole province ("Trong quý, toàn tỉnh tiếp nhận
                # ... . Đã giải quyết ..."): the whole, once its topic, holds as a level does
                levels = ("departments", "districts", "communes", "unit") + \
                    (("city",) if self.ctx.default_subject == "self" else ()) + \
                    (("national",) if self.ctx.default_subject == "self"
                     and ministry_issuer(self.ctx.own_unit, self.ctx.default_subject) else ())
                # (a ministry's report on the whole country: "Trong quý, cả nước tiếp nhận … .\n Tỷ lệ … đạt …")
                carried = topic if topic.level in levels and (topic.level != "unit" or topic.name) else None
            elif any(a <= x < first_num.get(k, b) and not sj.scope for x, _, sj in subjects):
                carried = None  # another subject named before the sentence's figures: the topic ends
        self._carried = carried
        return out

    def _province_body(self) -> bool:
        """The issuer is a body of the province ('Sở Nội vụ', a centre; data subjects.province_body_heads),
        whose report speaks of the province as well as of itself."""
        own = fold(self.ctx.own_unit or "")
        return self.ctx.default_subject == "self" and any(
            own.startswith(fold(h) + " ") for h in _SUBJECTS_DATA["province_body_heads"])

    # ---- lead-ins and headings -----------------------------------------------------------
    def _maybe_lead(self, seg: Segment, masked: str, nums=None) -> None:
        """A line ending with ':' ("- Cấp xã:", "Kết quả giải quyết TTHC của các sở, ngành như sau:")
        gives its subject and indicator to the list items after it."""
        text = seg.text.rstrip()
        if _ADDRESSEE.match(masked):
            return  # "Kính gửi: Văn phòng Chính phủ": the addressee, no subject of the lines after it
        is_item = bool(_BULLET.match(text)) or self._portal_line(seg) or self._numbered_item
        no_facts = nums is None or not any(n.fact is not None for n in nums)
        if no_facts and len(masked.split()) <= 12 and not text.endswith(":") and not is_item:
            # a portal's group heading ("Đã giải quyết", "Đơn vị tiếp nhận nhiều nhất (tỷ lệ đúng hạn)"):
            # the label lines after it are its parts
            counts = [m for m in self._m("counts").find(masked, folded=True, fuzzy=self.ctx.garbled,
                                                         original=self._orig(seg))
                      if "_neutral" not in m.key and m.text not in _WEAK]  # "cơ quan" folds to "có"
            totals = [k for m in counts for k in m.key if "parent" not in _COUNTS.get(k, {"parent": 1})]
            rates = self._m("rates").find(masked, folded=True, fuzzy=self.ctx.garbled, original=self._orig(seg))
            named = [sj for _, _, sj in self.scope.subjects(seg.text, masked) if not sj.scope]
            if len(named) == 1 and named[0].level == "unit" and len(masked.split()) <= 7:
                # "[1] Phường Mỹ Tho" on a line of its own: the figures of the next line are its own
                # (and of the label lines after it), not of a paragraph further on
                self.state.item_subject = named[0]
                self.state.item_line_seg = self.state.seg_index
                return
            if len(named) == 1 and (named[0].level in ("departments", "districts", "communes") or (
                    named[0].level == "city" and self.state.item_subject is not None)) and len(masked.split()) <= 6:
                # "KHỐI SỞ, BAN, NGÀNH" as a heading: the label lines under it are the group's (inherited);
                # "Toàn tỉnh" after a unit's block of label lines: the whole's, no longer that unit's
                self.state.item_subject = named[0]
            self.state.group = None  # a new heading ends the group before it ("Chỉ số")
            if self.state.in_766 and _SCORE_WORD.search(masked):
                self.state.group = "_score"  # "KHỐI SỞ, BAN, NGÀNH (điểm)": the lines after it are scores
                return
            parts = [k for m in counts for k in m.key if "parent" in _COUNTS.get(k, {})]
            if not totals and not rates and parts and (_MANY.search(masked) or _SUPERLATIVE.search(masked)):
                # "2. Các cơ quan có hồ sơ quá hạn nhiều" over "Sở Xây dựng: 42 hồ sơ;": the lines under it
                # give each unit's count of that part (inherited)
                self.state.heading_part = self._pick_family(tuple(dict.fromkeys(parts)), masked, "")
                return
            if totals or rates:
                self.state.group = self._pick_family(tuple(dict.fromkeys(totals)), masked, "") if totals else None
                self.state.lead_indicator = rates[-1].key[0] if rates else None
                self.state.lead_subject = self.state.lead_count = self.state.lead_value = None
                return
        if text.endswith(":") and no_facts and not is_item and len(masked.split()) <= 12:
            # "Hồ sơ tiếp nhận theo bộ, ngành (lũy kế):" over "Bộ Tài chính: 3.961.420": the label
            # lines after it are the total it names
            counts = [m for m in self._m("counts").find(masked, folded=True, fuzzy=self.ctx.garbled,
                                                         original=self._orig(seg))
                      if "_neutral" not in m.key and m.text not in _WEAK]
            totals = [k for m in counts for k in m.key if "parent" not in _COUNTS.get(k, {"parent": 1})]
            parts = [k for m in counts for k in m.key if "parent" in _COUNTS.get(k, {})]
            if totals:
                self.state.group = self._pick_family(tuple(dict.fromkeys(totals)), masked, "")
            elif parts and (_MANY.search(masked) or _SUPERLATIVE.search(masked) or _UNIT_HEADING.match(masked)):
                # "Đơn vị có hồ sơ trễ hạn:" over "1. Sở Xây dựng: 42 hồ sơ (2,1%)": the lines under it
                # give each unit's count of that part (inherited); a part of two families ("quá hạn")
                # right under the lines of one of them ("Hồ sơ đang giải quyết" / "- Đã quá hạn: 122") is
                # that family's
                keys = tuple(dict.fromkeys(parts))
                last = self.facts[-1] if self.facts else None
                if len(keys) > 1 and last is not None and last.indicator in keys \
                        and last.block >= self.state.seg_index - 2:
                    keys = (last.indicator,)
                self.state.heading_part = self._pick_family(keys, masked, "")
                if self.state.heading_part is not None:
                    self.state.group = None  # the new heading lists by its part, not the total above it
            else:
                self.state.heading_part = None
        if text.endswith(":") and no_facts and not is_item and len(masked.split()) > 12:
            parts = [k for m in self._m("counts").find(masked, folded=True, fuzzy=self.ctx.garbled,
                                                        original=self._orig(seg))
                     if "_neutral" not in m.key and m.text not in _WEAK
                     for k in m.key if "parent" in _COUNTS.get(k, {})]
            if parts and _MANY.search(masked):
                # "Tuy nhiên, một số sở còn để hồ sơ trễ hạn nhiều:" over "- Sở X: 58/3.409 hồ sơ (chiếm
                # 1,70%)": the items give that part of each unit (inherited)
                self.state.heading_part = self._pick_family(tuple(dict.fromkeys(parts)), masked, "")
                self._part_lead = self.state.seg_index
        if text.endswith(":"):
            self.state.lead_line = self.state.seg_index
            self.state.lead_structural = bool(_LIST_LEAD.search(masked.rstrip()))
            self.state.lead_complete = bool(_COMPLETE_LEAD.search(masked.rstrip()))
            subjects = [s for _, b, s in self.scope.subjects(seg.text, masked)
                        if not s.scope and not reporter_named(masked, b)]
            levels = {s.level for s in subjects}
            # "báo cáo của các sở, ngành và UBND các xã:" — the groups together are the whole
            own = [n.fact for n in (nums or []) if n.fact is not None]
            if own:  # the lead-in's own figure tells whose its items are ("phường X: 75,72/100 điểm, gồm:")
                self.state.lead_subject = own[0].subject
            else:
                self.state.lead_subject = subjects[-1] if subjects and len(levels & set(LEVELS)) < 2 else None
            rates = self._m("rates").find(masked, folded=True, fuzzy=self.ctx.garbled, original=self._orig(seg))
            self.state.lead_indicator = rates[-1].key[0] if rates else None
            whole = None
            counts = [f for f in self.facts[-3:] if f.kind == "count" and nums and any(n.fact is f for n in nums)]
            own = [n.fact for n in (nums or []) if n.fact is not None and n.fact.kind == "count"]
            totals = [f for f in own if "parent" not in _COUNTS.get(f.indicator, {"parent": 1})]
            if len(own) > 1 and totals:
                counts = totals[-1:]  # "tiếp nhận 15.320 hồ sơ; trực tuyến ..., trực tiếp ... Trong đó:" breaks down the total
                last = next((n for n in reversed(nums) if n.fact is own[-1]), None)
                if own[-1] not in totals and last is not None and part_lead_follows(masked[last.m.end:]):
                    counts = own[-1:]  # "…; trễ hạn 6 hồ sơ, cụ thể:": the list breaks down that part
                    whole = totals[-1]
            if not nums and self.state.lead_structural and _LIST_LEAD.fullmatch(masked.strip(" -+•*")):
                # "Tổng số hồ sơ tiếp nhận: 45210" / "Trong đó:": a bare list lead breaks down the total
                # stated on the line right above it
                counts = [f for f in self.facts[-1:] if f.kind == "count" and f.block == self.state.seg_index - 1
                          and f.modifier is None and "parent" not in _COUNTS.get(f.indicator, {"parent": 1})]
            self.state.lead_count = counts[-1] if counts else None
            self.state.lead_whole = whole if counts and whole is not None and counts[-1] is not whole else None
            self.state.lead_fields = bool(_FIELD_LEAD.search(masked.rstrip()))
            if self.state.lead_fields and self.state.lead_count is None and no_facts:
                # "Kết quả cụ thể theo lĩnh vực:" with no figure of its own: its items break down the
                # total its words name, else the total stated last under the heading (inherited)
                self.state.lead_count = self._field_lead_total(seg, masked)
        elif not is_item:
            if self._part_lead is not None and self._part_lead < self.state.seg_index:
                self.state.heading_part = self._part_lead = None  # prose again: the lead-in's list has ended
            self.state.lead_subject = None
            self.state.lead_indicator = None
            self.state.lead_count = None
            self.state.lead_value = None
            if nums is not None:
                self.state.group = None  # prose again: the group heading no longer holds
        if text.endswith(":") and not any(n.reading and n.reading.note == "criterion" for n in (nums or [])):
            self.state.lead_value = None

    def _field_lead_total(self, seg: Segment, masked: str) -> Optional[Fact]:
        """The total a field lead-in without a figure breaks down: of the family its words name (a
        count phrase, or a colon label's words: 'Kết quả theo lĩnh vực:'), else the last total under
        the same heading; None when the heading states no total."""
        section = f"{self.state.roman}/{self.state.sub}"
        totals = [f for f in self.facts[-12:] if f.kind == "count" and f.modifier is None and f.section == section
                  and "parent" not in _COUNTS.get(f.indicator, {"parent": 1})]
        if not totals:
            return None
        named = [k for m in self._m("counts").find(masked, folded=True, fuzzy=self.ctx.garbled,
                                                    original=self._orig(seg))
                 if "_neutral" not in m.key and m.text not in _WEAK for k in m.key]
        named += [v for k, v in list(_COLON_LABELS.items()) + list(_FIELD_LEAD_LABELS.items())
                  if regex.search(r"(?<![a-z])" + regex.escape(k) + r"(?![a-z])", masked)]
        for f in reversed(totals):
            if f.indicator in named:
                return f
        return totals[-1]

    def _is_numbered_item(self, seg: Segment, masked: str) -> bool:
        """A numbered line that names a unit and gives its figure after a colon ("2. Huyện Lộc Ninh:
        95,27%"), under a lead-in ending with ":" (that names a figure, or the line just above it) or
        after another such item: an item of the lead-in's list, no section heading."""
        if not _NUMBERED_NAME_VALUE.match(seg.text):
            return False
        if not (self.state.lead_indicator is not None or self.state.lead_count is not None
                or self.state.heading_part is not None  # "Đơn vị có hồ sơ quá hạn nhiều nhất:" / "1. Phường A: 31"
                or self.state.group is not None  # "Đơn vị tiếp nhận nhiều hồ sơ nhất:" / "1. Phường A: 1234 hồ sơ"
                or self._last_numbered_item == self.state.seg_index - 1 or getattr(self, "_after_lead_in", False)
                # "II. TỶ LỆ TRỰC TUYẾN CỦA CÁC ĐỊA PHƯƠNG (xếp từ cao xuống thấp)" / "1. Huyện Tây Sơn: …": a
                # heading that names a rate opens a list of its units
                or (self.state.section_indicator is not None
                    and self._section_rate_at == self.state.seg_index - 1)):
            return False
        colon = seg.text.index(":")
        named = [sj for a, _, sj in self.scope.subjects(seg.text, masked) if a < colon and sj.level != "city"]
        lead = self.state.lead_count
        if not named and lead is not None and any(
                _COUNTS.get(k, {}).get("parent") == lead.indicator
                for m in self._m("counts").find(masked[:colon], folded=True) for k in m.key):
            # "Tổng số hồ sơ đã giải quyết: 36.973 hồ sơ. Trong đó:" / "1. Giải quyết trước hạn: 30.512
            # hồ sơ;": a numbered line whose label names a part of the lead-in's count is its item
            named = [lead]
        if named:
            self._last_numbered_item = self.state.seg_index
        return bool(named)

    def _update_section(self, seg: Segment, masked: str) -> None:
        if _INDEX_766.search(masked) or "chi so" in masked[:200] and "diem" in masked \
                or _INDEX_766_NUMBERED.search(seg.folded):
            self.state.in_766 = True
        elif _ROMAN_HEADING.match(seg.text):
            self.state.in_766 = False
        heading = _HEADING.match(seg.text)
        if not heading or _NAME_DASH_VALUE.match(seg.text) or self._numbered_item:
            return  # "1. Phường X - 14206 hồ sơ - ...": an item of a ranked list, no section heading
        number = heading.group().strip().rstrip(".)")
        if _ROMAN_HEADING.match(seg.text):
            self.state.roman, self.state.sub = number, ""
            self.state.conclusion = bool(_CONCLUSION_HEADING.search(masked[:160]))
        else:
            self.state.sub = number
        # the heading is its own line: a sentence joined to it after the layout broke is not the heading
        end = len(seg.pieces[1:2] and seg.text[:seg.pieces[1][0]] or seg.text)
        masked = masked[:end]
        quals = self._m("qualifiers").find(masked[:160], folded=True, fuzzy=self.ctx.garbled)
        self.state.section_qualifier = quals[0].key[0] if quals else None
        heading_periods = [c for c in period_cues(seg.folded[:end]) if c.frame]
        self.state.section_period = heading_periods[-1].label if heading_periods else None
        if _PLAN_HEADING.search(masked[:160]):  # "6. Phương hướng tháng 02/2026": aims, not results
            self.state.section_qualifier = "phương hướng"
        fams = self._families_hinted(masked[:end])
        # "5. Phản ánh, kiến nghị:": the heading's family holds for the counts under it
        self.state.family = fams[0] if fams and fams[0] in ("feedback", "procedures") else None
        # a heading of a list ("3. Số lượng hồ sơ đang giải quyết:"), not one that states its own figures
        self.state.stage = None if self.state.family or regex.search(r"\d", masked[heading.end():end]) \
            else _heading_stage(" ".join(masked[:end].split()))
        self.state.lead_subject = self.state.lead_indicator = self.state.lead_count = None
        self.state.item_subject = None
        self.state.items_differ = False
        self.state.item_continued = False
        self.state.group = None
        self.state.heading_part = None
        rates = self._m("rates").find(masked, folded=True, fuzzy=self.ctx.garbled, original=self._orig(seg))
        # "b) Cấp huyện: tiếp nhận 27.955 hồ sơ, ..., trễ hạn 402": words after its figures name no section
        rates = [m for m in rates if not find_mentions(masked[:m.start])]
        kept = self.state.section_indicator if regex.match(r"^\s*[a-zđ][.)]\s", seg.text) else None
        self.state.section_indicator = rates[0].key[0] if rates else kept  # "a) Các sở, ngành: ..." keeps it
        if rates:  # (a heading naming a rate of its own, not one an "a)" item keeps)
            self._section_rate_at = self.state.seg_index
        if not rates and kept is None:  # "1. Nộp hồ sơ trực tuyến (chỉ tiêu ≥ 60%)": the rate of the part it names
            parts = [m for m in self._m("counts").find(masked, folded=True, fuzzy=self.ctx.garbled,
                                                        original=self._orig(seg))
                     if "_neutral" not in m.key and m.text not in _WEAK]
            xy = [_COUNTS[k]["xy_rate"] for m in parts if not find_mentions(masked[:m.start])
                  for k in m.key if _COUNTS.get(k, {}).get("xy_rate")]
            self.state.section_indicator = xy[0] if xy else None
        head = masked[:120]
        # (a scope word names no subject: "3. Tỷ lệ hồ sơ toàn trình: 64,3%" is the issuer's)
        subjects = [x for x in self.scope.subjects(seg.text[:min(120, end)], head) if not x[2].scope]
        # "3. Hệ thống ... kết nối với 34 tỉnh, thành phố ...": a count of units names no section's subject
        self.state.section_subject = subjects[0][2] if subjects and not find_mentions(head[:subjects[0][0]]) \
            and not regex.match(r"\d", subjects[0][2].raw or "") else None
        if not regex.match(r"^\s*[a-zđ][.)]\s", seg.text):
            self.state.section_target = None
        tm = _SECTION_TARGET.search(masked)
        if tm and self.state.section_indicator:
            op = " ".join(tm["op"].split()) if tm["op"] else "="
            self.state.section_target = Target(op=_OP.get(op, ">="), value=parse_number(tm["v"]).value)

    # ---- phrases -------------------------------------------------------------------------
    def _phrases(self, masked: str, original: str) -> dict:
        g = self.ctx.garbled
        o = None if g else original  # misread words are matched fuzzily, accents unchecked
        return {
            "rates": self._m("rates").find(masked, folded=True, fuzzy=g, original=o),
            "counts": self._m("counts").find(masked, folded=True, fuzzy=g, original=o),
            "generic": self._m("generic_rate").find(masked, folded=True, original=o),
            "not_met": self._m("not_met").find(masked, folded=True, original=o),
            "qualifiers": self._m("qualifiers").find(masked, folded=True, fuzzy=g, original=o),
            "scores": self._m("scores").find(masked, folded=True, fuzzy=g, original=o),
        }

    # ---- shapes --------------------------------------------------------------------------
    def _modifier(self, role: Role) -> Optional[Modifier]:
        if role.kind == "change":
            return Modifier(type="change", op=role.op)
        if role.kind == "bound":
            return Modifier(type="bound", op=role.op)
        if role.kind == "approx":
            return Modifier(type="approx", op="~")
        return None

    def _rank(self, c: "_Ctx") -> None:
        n = c.n
        if self._other_index(c):
            n.reading.note = "another index"
            return
        if n.role.kind not in ("value",) or not (self.state.in_766 or self._seg_766):
            n.reading.note = "not a level" if self.state.in_766 else "rank outside the 766 index"
            return
        prev = c.prev
        if prev is not None and prev.m.shape == "score" and prev.role.kind in ("change", "previous") \
                and _same_bracket(c.masked, prev.m.start, n.m.start):
            # "tăng 5 bậc so với tháng trước (72,16 điểm, xếp thứ 9)": the rank of the period compared with
            n.reading.note = "not a level"
            return
        den, end = n.m.den, n.m.end
        field = _RANK_FIELD.match(c.masked, n.m.end) if den is None else None
        if field:  # "đứng thứ 17 trong 64 xã, phường": the size of the field ranked
            den, end = parse_number(field["n"]).value, field.end()
            for other in self._seg_nums:
                if other.m.start == field.start("n"):
                    other.consumed = True
        subject, explicit = c.subject, c.subj_explicit
        if subject.level == "national":
            # "Xếp hạng toàn quốc: 33/63", "xếp thứ 12 cả nước": the country is the field ranked over,
            # not whose rank it is: the unit named before it in its sentence, else the document's own
            sent = c.clauses[n.clause].sentence
            named = [sj for a, _, sj in c.subjects if a < n.m.start and not sj.scope and sj.level != "national"
                     and c.clauses[clause_at(c.clauses, a)].sentence == sent]
            subject, explicit = (named[-1], True) if named else (self.default_subject(), False)
        n.fact = self._new_fact(c.seg, (n.m.start, end), explicit=explicit, kind="rank",
                                indicator="index_766_rank",
                                subject=subject, value=n.m.value, denominator=den,
                                qualifier=c.period)

    def _other_index(self, c: "_Ctx") -> bool:
        """The number's sentence names another index (PAR INDEX, SIPAS, PCI) nearer before it than
        the 766 index: its score or rank is that index's."""
        sent = c.clauses[c.n.clause].sentence
        start = min((cl.start for cl in c.clauses if cl.sentence == sent), default=0)
        head = c.masked[start:c.n.m.start]
        other = [m.end() for m in _OTHER_INDEX.finditer(head)]
        own = [m.end() for m in _INDEX_766.finditer(head)]
        if not other and not own:
            # "Ở Chỉ số SIPAS, tỉnh A dẫn đầu ...; thứ hai là ... . Gia Lai xếp thứ 21": a sentence that
            # names no index goes on with the one its paragraph named last
            head = c.masked[:start]
            other = [m.end() for m in _OTHER_INDEX.finditer(head)]
            own = [m.end() for m in _INDEX_766.finditer(head)]
        return bool(other) and (not own or max(other) > max(own))

    def _rate_named_since_other_index(self, c: "_Ctx") -> bool:
        """Whether one of the contract's rates is named between the other index and the number
        ("Chỉ số SIPAS đạt 85%, tỷ lệ hồ sơ đúng hạn đạt 99%": the second is ours)."""
        sent = c.clauses[c.n.clause].sentence
        start = min((cl.start for cl in c.clauses if cl.sentence == sent), default=0)
        other = [m.end() for m in _OTHER_INDEX.finditer(c.masked[start:c.n.m.start])]
        since = start + max(other) if other else start
        return any(since <= m.start and m.end <= c.n.m.start for m in c.phrases["rates"])

    def _sibling_rate(self, c: "_Ctx") -> Optional[str]:
        """The rate of the numbered line right before, when this line is the next item ("2." after
        "1.") and only a subject, a colon and share cues ("đạt") stand before its percentage, no
        rate word of its own."""
        prev = self._numbered_rate
        item = item_number(c.seg.text)
        if prev is None or item is None or prev[0] != self.state.seg_index - 1 or item != prev[1] + 1:
            return None
        if self._rate_indicator(c, c.n.m.start)[0] is not None:
            return None
        colon = c.masked.find(":")
        if colon < 0 or colon > c.n.m.start or not _SHARE_LABEL.match(c.masked[colon + 1:c.n.m.start]):
            return None
        return prev[2]

    def _score_named_after(self, c: "_Ctx", n: _Num):
        """The part of the index named right after a score's unit word ("18,95 điểm ở nhóm tiến độ",
        data: indicators.json score_named_after), not the total, its words starting right there."""
        m = _SCORE_NAMED_AFTER.match(c.masked, n.m.end)
        if m is None:
            return None
        return next((p for p in c.phrases["scores"] if p.start == m.end()
                     and p.key[0] != "index_766_total" and p.text not in _WEAK_SCORE), None)

    def _score(self, c: "_Ctx", nums, i) -> None:
        n = c.n
        if self._other_index(c):
            n.reading.note = "another index"
            return
        if n.role.kind == "maximum":
            prev = nums[i - 1] if i else None
            if prev and prev.fact is not None and prev.fact.kind == "score" and prev.fact.maximum is None \
                    and n.role.cue != "bracketed maximum":  # that one is the next score's ("(20 điểm): 18,90")
                prev.fact.maximum = n.m.value
                n.reading.link = f"maximum of {prev.fact.id}"
            return
        if n.role.kind not in ("value",):
            n.reading.note = "not a level"
            return
        label = c.masked[c.label_start:n.m.start]
        found = [m for m in c.phrases["scores"] if c.label_start <= m.start and m.end <= n.m.start]
        if not [m for m in found if m.text not in _WEAK_SCORE] and (after := self._score_named_after(c, n)) is not None:
            found = [after]  # "tỉnh đạt 16,20 điểm về công khai, minh bạch; 18,35 điểm về tiến độ": named after it
            n.post_end = after.end  # (those words are its own, not the next score's label)
        if not found:  # the component may be named before the previous score's words
            found = [m for m in c.phrases["scores"] if m.end <= n.m.start and m.start >= c.clauses[n.clause].start]
        # the nearest name, "đạt" only when no other: "chỉ số công khai ... đạt 17,6" is the component,
        # "công khai ...: Tổng số điểm ...: 97,68" the total
        strong = [m for m in found if m.text not in _WEAK_SCORE]
        if not strong and (after := self._score_named_after(c, n)) is not None:
            found = strong = [after]  # "với 18,95 điểm ở nhóm tiến độ": the part named after it
            n.post_end = after.end
        key = (strong or found)[-1].key[0] if found else None
        prev = nums[i - 1] if i else None
        if not strong and prev is not None and prev.fact is not None and prev.fact.kind == "score" \
                and prev.fact.indicator != "index_766_total" and regex.match(r"\s*(?:diem)?\s*\(", c.masked[prev.m.end:n.m.start]) \
                and ")" not in c.masked[prev.m.end:n.m.start]:
            # "thanh toán trực tuyến với 9,4/10 điểm (bình quân cả nước là 7,6 điểm)": the bracket beside a
            # group's points compares the same group
            key, strong = prev.fact.indicator, [prev]
        if n.m.shape == "count" and not strong:
            return self._count(c, nums, i)  # a bare decimal names no part of the index: read as before
        if n.m.den == 100 or (key is None and (self.state.in_766 or self._seg_766)):
            key = key if key and key != "index_766_total" and n.m.den != 100 else "index_766_total"
        if key is None or (not (self.state.in_766 or self._seg_766) and not found and n.m.den is None):
            n.reading.note = "no index named"  # "tại 2 điểm": places, not points
            return
        # a total taken for want of a component's name is not named: never checked above info
        n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=c.subj_explicit and bool(found or n.m.den == 100),
                                kind="score", indicator=key, subject=c.subject, value=n.m.value,
                                decimals=n.m.decimals, maximum=n.m.den if n.m.den is not None else (
                                    c.prev.m.value if c.prev is not None and c.prev.role.cue == "bracketed maximum" else None),
                                qualifier=c.period, label=label.strip(" :;,(")[-80:] or None)

    def _ratio(self, c: "_Ctx", nums, i) -> None:
        n = c.n
        if self.state.in_766 and n.m.den is not None and n.m.den <= 100 \
                and not _COUNT_UNIT.match(c.masked[n.m.end:n.m.end + 12]) \
                and any(c.label_start <= m.start and m.end <= n.m.start and
                        (m.key[0] != "index_766_total" or n.m.den == 100)
                        for m in c.phrases["scores"]):
            # (a component's points over a maximum of at most 100, not "1.398/1.401 hồ sơ")
            n.m.shape = "score"  # "Tiến độ giải quyết: 15,00/20": a component over its maximum
            n.reading.shape = "score"
            return self._score(c, nums, i)
        after = c.masked[n.m.end:n.m.end + 60]
        label = c.masked[c.label_start:n.m.start]
        prev = nums[i - 1] if i else None
        if n.role.kind == "value" and prev is not None and prev.fact is not None and prev.fact.kind == "score" \
                and prev.fact.indicator == "index_766_total" and n.m.den and n.m.value <= n.m.den \
                and not _UNIT_COUNT_AFTER.match(after) \
                and _RANK_AFTER_SCORE.fullmatch(c.masked[prev.m.end:n.m.start]) and self._close_by(c, prev):
            # "Tỉnh Quảng Ninh (84,02 điểm, 2/63)": a position over the field beside the index score
            n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=prev.fact.explicit, kind="rank",
                                    indicator="index_766_rank", subject=prev.fact.subject, value=n.m.value,
                                    denominator=n.m.den, qualifier=c.period)
            n.reading.link = f"rank beside {prev.fact.id}"
            return
        if n.role.kind not in ("value", "target"):  # "đạt chỉ tiêu: 12/12 đơn vị" counts units
            n.reading.note = "not a level"
            return
        if _THING_AFTER.match(after):  # "đã gửi 25/25 phiếu xin lỗi": letters, no rate of the catalogue
            n.reading.note = "count of things"
            return
        sent = c.clauses[n.clause].sentence
        sent_start = min((cl.start for cl in c.clauses if cl.sentence == sent), default=0)
        ua, ul = _UNIT_COUNT_AFTER.match(after), _UNIT_COUNT_LABEL.search(label) or \
            _UNIT_LED_XY.search(c.masked[sent_start:n.m.start])
        if ua or ul:
            meets = _MEETS.search(c.masked[sent_start:n.m.start] + " " + after[:60]) is not None
            if not meets and ua:
                # "5/8 huyện, thị xã, thành phố giải quyết 100% hồ sơ đúng hạn", "5/9 huyện có tỷ lệ
                # chậm hạn dưới 3%": units counted by a percentage criterion their clause states
                meets = bool(_PERCENT_IN.search(c.masked, n.m.end, c.clauses[n.clause].end))
            subj = c.subject
            m_lvl = self.scope.level_after(after)
            if m_lvl is None and ua:  # "08/11 đơn vị cấp huyện đạt ...": the level after the unit word
                m_lvl = self.scope.level_after(after[ua.end():])
            word = " ".join((ua.group() if ua else ul["w"]).replace(",", " ").split())
            if m_lvl:
                subj = Subject(level=m_lvl)
            elif meets and not (c.subj_explicit and self.scope.named_in(c.subjects, sent_start, n.m.start)) \
                    and word in _UNIT_LEVEL and (self.ctx.default_subject != "self" or _UNIT_LEVEL[word] == "communes"
                                                 or (_UNIT_LEVEL[word] in ("local", "national")
                                                     and ministry_issuer(self.ctx.own_unit, self.ctx.default_subject))):
                # "9/12 đơn vị đạt chỉ tiêu": the units a provincial report counts are its departments
                level = _UNIT_LEVEL[word]
                if level == "local":  # a national report's "địa phương" are the provinces
                    level = "national" if self.ctx.default_subject == "national" or \
                        ministry_issuer(self.ctx.own_unit, self.ctx.default_subject) else \
                        ("districts" if self._legacy() else "communes")
                subj = Subject(level=level)
            if not meets:  # "kiểm tra 05/25 đơn vị": a stated ratio, no units meeting a target
                n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=c.subj_explicit, kind="rate",
                                        indicator="other", subject=subj, value=None, numerator=n.m.value,
                                        denominator=n.m.den, label=label.strip(" :;,(")[-80:] or None)
                return
            meets_what, _ = self._rate_indicator(c, n.m.start)  # the rate whose target the units meet
            if meets_what is None:  # "5/8 huyện ... giải quyết 100% hồ sơ đúng hạn": named after it
                meets_what = self._criterion_after(c, n)
            last_target = self._last_target
            if meets_what is None and last_target is not None and last_target[0] == self.state.seg_index \
                    and _TARGET_WORD.search(c.masked[n.m.end:].split(";")[0].split(". ")[0]):
                # "… tỷ lệ hồ sơ trực tuyến của mỗi huyện phải đạt từ 50% trở lên. Kết quả có 7/8 huyện đạt
                # chỉ tiêu; các đơn vị chưa đạt: …": the target its paragraph set, the rate of the list after
                meets_what = last_target[1]
                self._seg_criterion = (self.state.seg_index, n.m.start, meets_what)
            # ("5/8 huyện, thị xã, thành phố ...": the units counted are named by the count's own words)
            n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=c.subj_explicit or bool(m_lvl),
                                    kind="unit_count", indicator="units_meeting_target",
                                    subject=subj, value=n.m.value, numerator=n.m.value, denominator=n.m.den,
                                    qualifier=meets_what, label=label.strip(" :;,(")[-80:] or None)
            n.fact._named_not_met, n.fact._not_met_whole = self._named_not_met(c, n)
            return
        prev = nums[i - 1] if i else None
        if (prev is not None and prev.m.shape == "percent" and prev.fact is not None and prev.fact.kind == "rate"
                and prev.fact.numerator is None and self._close_by(c, prev)):
            # "đạt 98,5% (1.970/2.000 hồ sơ)": the x/y of the rate before
            fact = prev.fact
            if _rate_of_share(fact.indicator) != fact.indicator \
                    and not proportion_cued(c.masked[c.clauses[prev.clause].start:prev.m.start]):
                # "nộp trực tuyến 72,40% (905/1.250 hồ sơ)", "61,25% hồ sơ nộp trực tuyến (4.900/8.000)": a
                # part's words naming a percentage with its own x/y after it state the rate itself, no share
                fact.indicator = _rate_of_share(fact.indicator)
            fact.numerator, fact.denominator, fact.implicit = n.m.value, n.m.den, False
            fact.denominator_source = "written"
            fact.evidence = evidence_for(c.seg, prev.m.start, n.m.end)
            self._remember_span(fact, c.seg, prev.m.start, n.m.end)
            n.consumed = True
            n.reading.link = f"x/y of {fact.id}"
            return
        indicator, explicit = self._rate_indicator(c, n.m.start, after_text=after)
        legend = self.state.legend
        if indicator is None and legend and self.state.legend_sep == "/" and len(legend) == 2 \
                and legend[0][0] == "count" and legend[1][0] == "count" \
                and _COUNTS.get(legend[0][1], {}).get("parent") == legend[1][1]:
            # "(hồ sơ đúng hạn/đã giải quyết)" over "Huyện Lục Nam: 5.104/5.120": the part over its total
            indicator, explicit = _COUNTS[legend[0][1]].get("xy_rate") or "other", c.subj_explicit
            n.reading.link = "x/y of the legend"
        if indicator is None or not explicit:
            # "Hồ sơ nộp trực tuyến: 3.402/4.115 hồ sơ": the x/y of the part its words name
            part = self._part_named(c, n.m.start)
            xy = _COUNTS.get(part, {}).get("xy_rate") if part else None
            if xy:
                indicator, explicit = xy, True
        if indicator is None or not explicit:
            # "7398/7460 hồ sơ đúng hạn (99.2%)": the words after the unit word name the part
            unit = _COUNT_UNIT.match(after)
            if unit:
                post = [m for m in c.phrases["counts"] if n.m.end + unit.end() <= m.start <= n.m.end + unit.end() + 2
                        and "_neutral" not in m.key]
                xy = next((_COUNTS[k]["xy_rate"] for m in post[:1] for k in m.key if _COUNTS.get(k, {}).get("xy_rate")), None)
                if xy is None:
                    # "4.320/4.500 hồ sơ (được) giải quyết đúng hạn": the total's verb and fillers first,
                    # then the part's words, before any stop
                    words_end = n.m.end + unit.end() + 30
                    stop = regex.search(r"[,;.()]", c.masked[n.m.end + unit.end():words_end])
                    words_end = n.m.end + unit.end() + stop.start() if stop else words_end
                    later = [m for m in c.phrases["counts"] if n.m.end + unit.end() <= m.start and m.end <= words_end
                             and "_neutral" not in m.key]
                    xy = next((_COUNTS[k]["xy_rate"] for m in later for k in m.key
                               if _COUNTS.get(k, {}).get("xy_rate") and "parent" in _COUNTS[k]), None)
                if xy:
                    indicator, explicit = xy, True
        if (indicator is None or not explicit) and _PAY_XY_AFTER.match(after):
            # "3.570/5.000 hồ sơ (có phí, lệ phí) được thanh toán trực tuyến": x/y of the payment rate
            indicator, explicit = _CAT["payment_rate"]["rate"], True
        subject = c.subject
        lvl = self.scope.level_after(after)
        if lvl:
            subject = Subject(level=lvl)
        n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=explicit and c.subj_explicit, kind="rate",
                                indicator=indicator or "other", subject=subject, value=None,
                                numerator=n.m.value, denominator=n.m.den, qualifier=c.period,
                                denominator_source="written",
                                claim="not_met" if self._not_met(c) else None,
                                label=label.strip(" :;,(")[-80:] or None)
        if indicator and indicator == self.state.section_indicator and self.state.section_target:
            n.fact.target = self.state.section_target

    def _orig(self, seg: Segment) -> Optional[str]:
        """The segment's text with accents, to check matched phrases against; none for misread text."""
        return None if self.ctx.garbled else seg.text

    @staticmethod
    def _respectively(masked: str, clauses, subjects, nums) -> dict:
        """{number index: subject} for "X và Y ... lần lượt a và b": the k subjects a sentence names
        before the cue, paired in order with the k figures after it."""
        out = {}
        paired: dict = {}  # sentence -> the subjects its last cue paired
        for m in _RESPECTIVELY.finditer(masked):
            sent = clauses[clause_at(clauses, m.start())].sentence
            begin = min(c.start for c in clauses if c.sentence == sent)
            end = max(c.end for c in clauses if c.sentence == sent)
            # the list after the cue ends at a ";" ("... lần lượt 96,4%, 95,1% và 94,7%; số hồ sơ ...")
            end = min([c.start for c in clauses if c.sentence == sent and c.opener == "semicolon"
                       and c.start > m.end()] + [end])
            # the subjects after the last ";" before the cue: "Bộ A xếp thứ 9/20; Bộ B và Bộ C lần lượt ..."
            begin = max([c.start for c in clauses if c.sentence == sent and c.opener == "semicolon"
                         and c.start < m.start()] + [begin])
            named = [sj for a, _, sj in subjects if begin <= a < m.start() and not sj.scope]
            if not named and sent in paired:
                # "... cấp tỉnh, cấp huyện và cấp xã lần lượt là a, b và c; đúng hạn lần lượt là d, e
                # và f": a later cue that names no subjects of its own pairs the same ones
                named = paired[sent]
            after = [i for i, n in enumerate(nums) if m.end() <= n.m.start < end]
            if len(named) < 2 or not after:
                continue
            # "lần lượt xếp thứ 7/34 và 9/34, đạt 81,66 và 80,93 điểm": one run of figures per measure
            runs = respective_runs([nums[i].m.shape for i in after], len(named))
            if runs is not None:
                out.update({after[k]: (named[j], begin, m.start()) for k, j in runs})
                paired[sent] = named
        return out

    @staticmethod
    def _portal_line(seg: Segment) -> bool:
        """A short "label: value" line of a statistics page ("Trễ hạn: 472", "Phường X: 2214 hồ sơ -
        đã giải quyết 2187 - 99.68%"), not a sentence: few words, or a row of figures without commas;
        also a numbered "1. Phường X - 14206 hồ sơ - tỷ lệ đúng hạn 99.71%" line."""
        return _portal_text(seg.text)

    def _coordinated_rates(self, seg: Segment, masked: str, subjects, nums) -> None:
        """'Huyện A, Huyện B và Thành phố C đã số hóa 100% kết quả ...': a rate stated once for units
        named together (joined only by the words of clauses.json 'unit_joiners') is each unit's; the
        units before the one it was read for get the same fact. A count is not shared so ('A và B tiếp
        nhận 300 hồ sơ' is the two together), nor a rate given 'lần lượt' (read apart)."""
        if _RESPECTIVELY.search(masked):
            return
        units = sorted((a, b, sj) for a, b, sj in subjects if sj.level == "unit" and not sj.scope)
        for n in nums:
            f = n.fact
            if f is None or f.kind != "rate" or f.modifier is not None or f.subject.level != "unit" \
                    or n.reading is None or n.reading.fact != f.id:
                continue
            before = [u for u in units if u[1] <= n.m.start]
            if not before or _subject_key(before[-1][2]) != _subject_key(f.subject) or any(before[-1][1] <= x.m.start < n.m.start for x in nums):
                continue
            k = len(before) - 1
            while k > 0 and _UNIT_JOINER.fullmatch(masked[before[k - 1][1]:before[k][0]]):
                k -= 1
                sj = before[k][2]
                if sj.name is None or any(_subject_key(g.subject) == _subject_key(sj) and g.indicator == f.indicator
                                          and g.block == f.block for g in self.facts):
                    continue
                # one rate written for units named together may be each unit's or theirs together: the
                # copies and the rate itself are not explicit (compared at info, precision first)
                g = self._new_fact(seg, (n.m.start, n.m.end), explicit=False, kind="rate",
                                   indicator=f.indicator, subject=sj, value=f.value, decimals=f.decimals,
                                   qualifier=f.qualifier, label=f.label)
                f.explicit = False
                n.reading.link = ((n.reading.link + "; ") if n.reading.link else "") + f"also {g.id} ({sj.name})"

    def _ordered_components(self, seg: Segment, masked: str, nums) -> None:
        """A 766 total followed by six bare scores in a bracket or said to be in order: the six
        components in their official order (data: index_766_order; see its _doc)."""
        order = _CAT["index_766_order"]
        for i, t in enumerate(nums):
            if t.fact is None or t.fact.kind != "score" or t.fact.indicator != "index_766_total":
                continue
            run = _score_run(masked, nums, i, len(order))
            if run is None:
                continue
            items = nums[i + 1:i + 1 + len(order)]
            if any(n.fact is not None and n.fact.indicator != "index_766_total" for n in items) \
                    or any(n.m.value is None or n.m.value > top for n, (_, top) in zip(items, order)):
                continue
            for k, (n, (key, _)) in enumerate(zip(items, order)):
                explicit = bool(run) and t.fact.explicit
                if n.fact is not None:  # "11,60 điểm" taken for a total for want of a name
                    n.fact.indicator, n.fact.explicit, n.fact.label = key, explicit, None
                else:
                    n.fact = self._new_fact(seg, (n.m.start, n.m.end), explicit=explicit, kind="score",
                                            indicator=key, subject=t.fact.subject, value=n.m.value,
                                            decimals=n.m.decimals, qualifier=t.fact.qualifier)
                n.reading.fact, n.reading.indicator, n.reading.note = n.fact.id, key, None
                n.reading.link = f"component {k + 1} of {t.fact.id} (in order)"
                n.reading.subject = _subject_text(n.fact.subject)

    def _payment_pair(self, masked: str, nums) -> None:
        """The online payment rate's x (dossiers paid online) and y (dossiers bearing a fee), named by
        their words before it in its sentence, else in its line (data: payment_rate)."""
        rule = _CAT["payment_rate"]
        for i, n in enumerate(nums):
            f = n.fact
            if f is None or f.kind != "rate" or f.indicator != rule["rate"] or f.numerator is not None \
                    or f.modifier is not None:
                continue
            sentence = self._seg_sentence.get(id(n.m))
            for pool in ([m for m in nums[:i] if self._seg_sentence.get(id(m.m)) == sentence], nums[:i]):
                counts = [m for m in pool if m.m.shape == "count" and not m.m.decimals and m.role.kind in ("value", "bound", "base")]
                bases = [m for m in counts if _payment_words(masked, m, _PAY_BASE_AFTER, _PAY_BASE_BEFORE)]
                parts = [m for m in counts if m.role.kind == "value" and _payment_words(masked, m, _PAY_PART_AFTER, _PAY_PART_BEFORE)]
                if bases and parts and parts[-1] is not bases[-1] and parts[-1].m.value <= bases[-1].m.value \
                        and out_of_bound(bases[-1].role, parts[-1].m.start < bases[-1].m.start):
                    f.numerator, f.denominator, f.implicit = parts[-1].m.value, bases[-1].m.value, True
                    f.denominator_source = "sentence"  # (its statement block's: the line's own words)
                    n.reading.link = f"{_fmt(f.numerator)}/{_fmt(f.denominator)} paid of fee-bearing"
                    break

    def _share_of_named_part(self, masked: str, nums) -> None:
        """"Tổng số hồ sơ tiếp nhận ... là 9.970, như vậy hồ sơ trực tuyến chiếm 25,66%": a share whose
        part is named by its words alone (its count stated earlier in the section) and whose total is
        stated earlier in the same sentence: x is that count, y that total (implicit)."""
        section = f"{self.state.roman}/{self.state.sub}"
        for i, n in enumerate(nums):
            f = n.fact
            if f is None or f.kind != "rate" or f.numerator is not None or f.modifier is not None or i == 0:
                continue
            parts = [k for k, v in _COUNTS.items() if v.get("share") == f.indicator and v.get("parent")]
            head = masked[nums[i - 1].m.end:n.m.start]
            words = [m for m in self._m("counts").find(head, folded=True, fuzzy=self.ctx.garbled)
                     if "_neutral" not in m.key and any(k in parts for k in m.key)]
            if len(parts) != 1 or not words or not _SHARE_TAIL.match(" " + head[words[-1].end:].lstrip()):
                continue  # the part's words, then only the share cue ("hồ sơ trực tuyến chiếm")
            part = parts[0]
            total = nums[i - 1].fact
            sentence = self._seg_sentence.get(id(n.m))
            if total is None or total.indicator != _COUNTS[part]["parent"] or total.modifier is not None \
                    or self._seg_sentence.get(id(nums[i - 1].m)) != sentence \
                    or _subject_key(total.subject) != _subject_key(f.subject):
                continue
            x = next((g for g in reversed(self.facts) if g.kind == "count" and g.indicator == part
                      and g.modifier is None and g.section == section and g.qualifier == f.qualifier
                      and _subject_key(g.subject) == _subject_key(f.subject)), None)
            if x is None or not x.value or x.value > total.value:
                continue
            # (a part's count of another statement block is no x its own statement writes)
            f.numerator, f.denominator, f.implicit = x.value, total.value, True
            f.denominator_source = "sentence" if x.block == f.block else "earlier"
            f._links = {"numerator": [(x.id, "value")], "denominator": [(total.id, "value")]}
            n.reading.link = f"share of {x.id} in {total.id} (the part named by its words)"

    def _rates_of_block(self, nums) -> None:
        """A rate named without its x/y takes the counts its block states (data: rate_parts), as the
        contract's implicit numerator and denominator; never checked above info."""
        section = f"{self.state.roman}/{self.state.sub}"
        # the block's counts, and those just before it under the same heading ("2. Đã giải quyết
        # 387.651 hồ sơ: trước hạn ...; đúng hạn ..." / "Tỷ lệ ... đạt 98,94%")
        counts = [f for f in self.facts[-16:] if f.kind == "count" and f.modifier is None and f.section == section]
        for n in nums:
            f = n.fact
            if f is None or f.kind != "rate" or f.value is None or f.numerator is not None or f.modifier:
                continue
            rule = _RATE_PARTS.get(f.indicator)
            if not rule:
                continue
            same = {c.indicator: c for c in counts if _subject_key(c.subject) == _subject_key(f.subject)
                    and c.qualifier == f.qualifier}  # "Lũy kế 9 tháng, ... đạt 98,81%": not the quarter's counts
            if _EXCLUDES.search(fold(f.label or "")) or _EXCLUDES.search(fold(self._seg_text_after(f))):
                continue  # "(không tính hồ sơ từ chối, rút) đạt 99,93%": a base the block does not state
            dens = rule.get("den")
            if "base_words" in rule:  # the base must be named by the rate's own words
                label = fold(f.label or "")
                named = [w for w in rule["base_words"] if fold(w) in label]
                # the words that end last name the base ("trên tổng số hồ sơ tiếp nhận mới")
                last = max(named, key=lambda w: (label.rfind(fold(w)) + len(fold(w)), len(w))) if named else None
                dens = rule["base_words"][last] if last else rule.get("den")
                if dens is None and "agreeing" in rule:
                    values = {sum(same[k].value for k in ks) for ks in rule["agreeing"] if all(k in same for k in ks)}
                    stated = [ks for ks in rule["agreeing"] if all(k in same for k in ks)]
                    if len(stated) >= 2 and len(values) == 1:
                        dens = stated[:1]  # every convention gives the same denominator
            if dens is None and "paired" in rule:
                dens = self._paired_base(rule, same, n, nums)
            if dens is None and "agrees_den" not in rule:
                continue
            alternatives = [] if dens is None else [[dens]] if isinstance(dens, str) else dens
            # CONTRACT §2: x and y are figures the text states; a sum of stated parts ("trước hạn" +
            # "đúng hạn") is none: the checks' conventions still compute it (checks/ratios.py)
            alternatives = [ks for ks in alternatives if len(ks) == 1]
            nums_ok = [ks for ks in rule["num"] if len(ks) == 1]
            den = next((sum(same[k].value for k in ks) for ks in alternatives if all(k in same for k in ks)), None)
            num = next((sum(same[k].value for k in ks) for ks in nums_ok if all(k in same for k in ks)), None)
            if den is None and num is not None and "agrees_den" in rule:
                # "nhận 16.204 hồ sơ, giải quyết trước hạn, đúng hạn 15.861 hồ sơ, đạt tỷ lệ 97,88%": the
                # usual base unstated, the base the block does state, when the rate is its x over it
                # (its own statement block's counts only: a base stated in the item above is no x/y it gives)
                # (a portal's run of "label: value" lines, with the line that leads it, is one statement:
                # "Tổng số hồ sơ tiếp nhận: 98.731" / "Nộp trực tuyến: 86.004" / … / "Tỷ lệ …: 87,11%")
                run = self.state.field_run
                own = (lambda g: g.block == f.block or (run and run - 1 <= g.block <= f.block))
                ds = agreeing_base(f.value, f.decimals, num, {k: same[k].value for k in same if own(same[k])},
                                   rule["agrees_den"])
                if ds is not None and all(own(same[k]) for ks in nums_ok if all(k in same for k in ks)
                                          for k in ks[:1]):
                    alternatives, den = [ds], same[ds[0]].value
            if den and num is not None:
                f.numerator, f.denominator, f.implicit, f.denominator_source = num, den, True, "earlier"
                ks = next(ks for ks in nums_ok if all(k in same for k in ks))
                ds = next(ds for ds in alternatives if all(k in same for k in ds))
                f._links = {"numerator": [(same[k].id, "value") for k in ks],
                            "denominator": [(same[k].id, "value") for k in ds]}
                n.reading.link = f"{_fmt(num)}/{_fmt(den)} of its block"

    def _paired_base(self, rule: dict, same: dict, r: _Num, nums) -> Optional[list]:
        """The base the text itself pairs the rate's x with ('y hồ sơ, trong đó x hồ sơ trực tuyến',
        'x hồ sơ trực tuyến trên tổng số y hồ sơ'), when its conventions differ (data: rate_parts
        'paired'): the pair's y names the denominator, as base words would."""
        for ks in rule["num"]:
            if len(ks) != 1 or ks[0] not in same:
                continue
            x = same[ks[0]]
            here = next((m for m in nums if m.fact is x), None)
            if here is None or self._seg_sentence.get(id(here.m)) != self._seg_sentence.get(id(r.m)):
                continue  # the pair and its rate in one sentence
            for k in rule["paired"]:
                y = same.get(k)
                if y is not None and ((x.id, y.id) in self._pairs or self._root_of.get(x.id) is y):
                    return [[k]]
        return None

    def _seg_text_after(self, f: Fact) -> str:
        """The words of a fact's own statement in its evidence (for cues the label does not hold)."""
        return f.evidence.text or "" if f.evidence else ""

    def _legacy(self) -> bool:
        """The document dates from before July 2025 (provinces had districts)."""
        from ..normalize.gazetteer_dated import in_force

        try:
            return in_force(self.ctx.doc_date) == "legacy"
        except ValueError:
            return False

    def _close_by(self, c: "_Ctx", other: _Num) -> bool:
        """Two numbers of one statement: the same clause, or one in a parenthesis or breakdown of
        the other's clause, with no sentence end between."""
        a, b = other.clause, c.n.clause
        if c.clauses[a].sentence != c.clauses[b].sentence:
            return False
        if self._related(c.clauses, a, b):
            return True
        # a comma inside the words that name the figure ("139 hồ sơ chậm, quá hạn (tương ứng 0,16%)"):
        # the clause it opens holds no number and goes on with the figure's clause
        p = c.clauses[b].parent
        if p is not None and p == a + 1 and c.clauses[p].opener == "comma" and \
                not any(c.clauses[p].start <= x.m.start < c.clauses[p].end for x in self._seg_nums):
            return True
        # after ")" the sentence goes on with the clause the parenthesis interrupted
        ca = c.clauses[a].continues if c.clauses[a].continues is not None else a
        cb = c.clauses[b].continues if c.clauses[b].continues is not None else b
        if (ca, cb) != (a, b) and self._related(c.clauses, ca, cb):
            return True
        # "612/701 hồ sơ có phí, lệ phí (87,3%)": a bracket hangs on the words after the x/y, which a
        # comma inside a noun split off; no figure stands in those words
        pb = c.clauses[b].parent
        if c.clauses[b].opener == "paren" and pb is not None and pb != a and b > a \
                and self._related(c.clauses, a, pb) and not regex.search(r"\d", c.masked[c.clauses[pb].start:c.clauses[pb].end]):
            return True
        return False

    @staticmethod
    def _related(clauses, a: int, b: int) -> bool:
        return a == b or a in ancestors(clauses, b) or b in ancestors(clauses, a) or \
            clauses[a].parent == clauses[b].parent

    def _percent(self, c: "_Ctx", nums, i) -> None:
        n = c.n
        label = c.masked[c.label_start:n.m.start]
        after = c.masked[n.m.end:n.m.end + 60]
        j = i - 1
        while j >= 0 and _in_aside(c.clauses, c.clauses[n.clause], c.masked, nums[j].m.start, n.m.start):
            j -= 1  # a bracket's own figures are an aside: the share after it is of the figure before it
        prev = nums[j] if j >= 0 else None
        if n.role.kind in ("value", "bound") and self.state.section_qualifier == "phương hướng":
            n.role = Role("target", n.role.op or ">=", "outlook")  # a percentage of the outlook part is an aim
        if n.role.kind == "target":
            ind, _ = self._rate_indicator(c, n.m.start)
            ind = ind or self.state.section_indicator
            ops = regex.findall(r"[≥≤<>=]+", c.masked[c.label_start:n.m.start][-12:])
            op = _OP.get(ops[-1], n.role.op) if ops else n.role.op
            self._targets.append((ind, Target(op=op or ">=", value=n.m.value),
                                  f"{self.state.roman}/{self.state.sub}"))
            if ind:
                self._last_target = (self.state.seg_index, ind)
            n.reading.note = "target"
            return
        if n.role.kind in ("maximum", "previous", "reference"):
            n.reading.note = "not a level"
            return
        if self._other_index(c) and not self._rate_named_since_other_index(c):
            # "Chỉ số cải cách hành chính (PAR Index) của Bộ đạt 88,12%": another index's value
            n.reading.note = "another index"
            return
        if c.subject.level not in ("city", "national") and _WHOLE_SHARE.match(c.masked, n.m.end):
            # "Riêng thành phố Hà Tĩnh tiếp nhận 24.510 hồ sơ, chiếm 5,9% số hồ sơ toàn tỉnh": a part's
            # share of the whole, no rate of the contract's
            n.reading.note = "share of the whole"
            return
        if n.role.kind == "value" and prev is not None and prev.fact is not None and prev.fact.kind == "unit_count" \
                and prev.fact.denominator and _UNIT_SHARE.fullmatch(c.masked, prev.m.end, n.m.start):
            # "nhóm xuất sắc có 13/16 đơn vị, chiếm tỷ lệ 81,25%": the share of the field those units are
            n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=c.subj_explicit, kind="rate",
                                    indicator="other", subject=prev.fact.subject, value=n.m.value,
                                    decimals=n.m.decimals, numerator=prev.fact.numerator,
                                    denominator=prev.fact.denominator, denominator_source="written")
            n.reading.link = f"share of the units of {prev.fact.id}"
            return
        if n.role.kind == "value" and self._units_listed_by_bar(c):
            # "Các đơn vị đạt 100% hồ sơ đúng hạn trong tháng:" over the units' names: the bar the
            # units listed after it meet, no rate of anyone
            n.reading.note = "criterion"
            return
        if n.role.kind == "value" and self._units_counted_in_sentence(c):
            # "Có 5/8 huyện ... giải quyết 100% hồ sơ đúng hạn", "Số xã, phường giải quyết 100% hồ sơ
            # đúng hạn: 88/103": the bar the units counted meet, no rate of anyone
            n.reading.note = "criterion"
            self._criterion_rate(c)
            return
        if prev is not None and prev.fact is not None and prev.fact.kind == "unit_count" and prev.clause == n.clause \
                and regex.search(r"dat(?:\s+t[yi]\s+le)?\s*$", label):
            n.reading.note = "criterion"  # "7/11 đơn vị đạt tỷ lệ 100%": the bar the units meet
            self._criterion_rate(c)
            return
        if n.role.kind == "value" and self._value_of_units_named(c, n):
            return
        if _CRITERION_AFTER.match(after) and n.role.kind == "value":
            n.reading.note = "criterion"
            if c.seg.text.rstrip().endswith(":"):  # "... đạt 100% như:" gives the items their value
                ind, _ = self._rate_indicator(c, n.m.start)
                self.state.lead_value = (n.m.value, n.m.decimals, ind, self.state.seg_index)
            return
        modifier = self._modifier(n.role)
        # "100% đúng hạn": the words of a part right after the percentage name it, as "hồ sơ ..." does
        # ("100% được nộp trực tuyến": the fillers of a count's words may stand between)
        part_after = any(m.start >= n.m.end and (not c.masked[n.m.end:m.start].strip()
                                                 or _POST_FILLER.fullmatch(c.masked[n.m.end:m.start].lstrip()))
                         and any(_COUNTS.get(k, {}).get("share") or _COUNTS.get(k, {}).get("part_rate") for k in m.key)
                         for m in c.phrases["counts"])
        if _COUNT_UNIT.match(after) or part_after:
            # "100% hồ sơ được cập nhật trên hệ thống": the words after the percentage name it
            found = [m for m in c.phrases["rates"] if n.m.end <= m.start < c.clauses[n.clause].end]
            if not found:
                # "100% hồ sơ được tiếp nhận, giải quyết và trả kết quả trên Hệ thống ...": the words
                # after the percentage reach over a run of coordinated verbs, up to a stop or a figure
                reach = min([x.m.start for x in nums[i + 1:i + 2]] + [n.m.end + MAX_RATE_REACH, len(c.masked)])
                stop = regex.search(r"[.;:()]|,\s*va\b", c.masked[n.m.end:reach])
                reach = n.m.end + stop.start() if stop else reach
                # "... 81,4% hồ sơ đã giải quyết, và tỷ lệ khai thác ... đạt 43,18%": a rate word begins
                # another statement
                reach = min([m.start for m in c.phrases["generic"] if n.m.end <= m.start < reach] + [reach])
                found = [m for m in c.phrases["rates"] if c.clauses[n.clause].end <= m.start and m.end <= reach]
            ind = found[0].key[0] if found else None
            if ind is None:  # "còn 6,27% hồ sơ giải quyết trễ hạn": the share of the part named after it
                parts = [m for m in c.phrases["counts"] if n.m.end <= m.start < c.clauses[n.clause].end
                         and "_neutral" not in m.key]
                # "99,8% hồ sơ giải quyết đúng hạn": the words of the part that has a share name it,
                # not the total's words before them
                sharing = [m for m in parts if any(_COUNTS.get(k, {}).get("share") or _COUNTS.get(k, {}).get("part_rate")
                                                   for k in m.key)]
                parts = sharing[:1] + [m for m in parts if m not in sharing[:1]]
                part = self._pick_family(parts[0].key, "", c.masked[n.m.end:n.m.end + 20]) if parts else None
                ind = (_COUNTS.get(part, {}).get("share") or _COUNTS.get(part, {}).get("part_rate")) if part else None
                found = parts
            if ind is None:
                n.reading.note = "no indicator named"
                return
            # a share named by the words of a part after it may measure something narrower ("8% hồ sơ
            # trực tiếp phải bổ sung"): read, but not compared above info
            n.fact = self._new_fact(c.seg, (n.m.start, found[0].end), explicit=c.subj_explicit and
                                    found[0].key[0] in _CAT["rates"], kind="rate",
                                    indicator=ind, subject=c.subject, value=n.m.value,
                                    decimals=n.m.decimals, modifier=modifier, qualifier=c.period)
            return
        by_legend = self._legend_measure(c, nums, i, "rate") if modifier is None else None
        if by_legend is not None:  # the legend names what this figure measures, whatever stands before it
            n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=c.subj_explicit, kind="rate",
                                    indicator=by_legend, subject=c.subject, value=n.m.value,
                                    decimals=n.m.decimals, qualifier=c.period)
            n.reading.link = "measure of the legend"
            return
        last = self.facts[-1] if self.facts else None
        if modifier is None and i == 0 and last is not None and last.kind == "rate" and last.value is None \
                and last.numerator is not None and last.block == self.state.seg_index - 1 \
                and self._portal_line(c.seg) and _BARE_RATE_LABEL.match(label):
            # "Hồ sơ thanh toán trực tuyến / hồ sơ có phí, lệ phí: 31402/35177" / "Tỷ lệ: 89.27%":
            # the bare rate line under an x/y line is its value
            last.value, last.decimals = n.m.value, n.m.decimals
            n.fact = last
            n.reading.link = f"value of {last.id} (the line before)"
            return
        numerator = denominator = None
        implicit = False
        src = None
        links: dict = {}  # the facts x and y were taken from, for the typo search
        span = (n.m.start, n.m.end)
        subject = c.subject
        explicit = c.subj_explicit
        indicator = None
        if modifier is None and prev is not None and not prev.consumed and prev.fact is not None \
                and prev.m.shape == "ratio" and prev.fact.kind == "rate" and prev.fact.value is None \
                and self._close_by(c, prev) and self._only_cues(c.masked[prev.m.end:n.m.start]):
            # "7.305/7.391 hồ sơ được giải quyết trước hạn, đúng hạn, tương ứng tỷ lệ 98,84%"
            fact = prev.fact
            fact.value, fact.decimals = n.m.value, n.m.decimals
            if fact.indicator == "other":
                ind, _ = self._rate_indicator(c, n.m.start, since=prev.m.end)
                if ind:
                    fact.indicator = ind
            fact.evidence = evidence_for(c.seg, prev.m.start, n.m.end)
            self._remember_span(fact, c.seg, prev.m.start, n.m.end)
            prev.consumed = True
            n.fact = fact
            n.reading.link = f"value of {fact.id}"
            self._qualify(fact, c, after)
            return
        if modifier is None and prev is not None and prev.fact is not None and prev.m.shape == "ratio" \
                and prev.fact.kind == "unit_count" and self._close_by(c, prev) \
                and c.clauses[n.clause].opener == "paren" and _SHARE_LABEL.match(label):
            # "64/114 xã, phường (đạt 56,1%)": the share of the units counted
            numerator, denominator = prev.fact.numerator, prev.fact.denominator
            subject, indicator = prev.fact.subject, "other"
            span = (prev.m.start, n.m.end)
            links = {"numerator": [(prev.fact.id, "numerator")], "denominator": [(prev.fact.id, "denominator")]}
        elif prev is not None and prev.fact is not None and prev.m.shape == "count" and prev.fact.kind == "count" \
                and prev.fact.modifier is not None and prev.fact.modifier.type in ("approx", "bound") \
                and modifier is None and self._close_by(c, prev) and self._share_label(c, prev) \
                and _COUNTS.get(prev.fact.indicator, {}).get("share") \
                and self._rate_indicator(c, n.m.start, own=True)[0] is None:
            # "trên 3,4 triệu hồ sơ được nộp trực tuyến, chiếm 74,2%": the share of a part the text only
            # bounds names its rate, exact; its x is no figure the text states (no x/y, nothing to check)
            indicator, subject, explicit = _COUNTS[prev.fact.indicator]["share"], prev.fact.subject, prev.fact.explicit
            n.reading.link = f"share of {prev.fact.id} (a bound: no x/y)"
        elif prev is not None and prev.fact is not None and prev.m.shape == "count" and prev.fact.kind == "count" \
                and prev.fact.modifier is None and self._close_by(c, prev) and self._share_label(c, prev):
            share = _COUNTS.get(prev.fact.indicator, {}).get("share")
            xy_rate = _COUNTS.get(prev.fact.indicator, {}).get("xy_rate")
            if share and xy_rate and (_BARE_RATE_CUE.fullmatch(c.masked[prev.m.end:n.m.start])
                                      or self._rate_named_between(c, prev, xy_rate)):
                # "trực tuyến 5.588 hồ sơ, tỷ lệ 92,95%": the bare rate word after a part names the
                # rate itself, not a share ("chiếm 90,83%")
                share = xy_rate
            if not share and modifier is None and (
                    (self._parent_of(prev.fact) is not None and self._rate_indicator(c, n.m.start)[0] is None)
                    or ("parent" in _COUNTS.get(prev.fact.indicator, {})
                        and self._rate_indicator(c, n.m.start, own=True)[0] is None)):
                # (its total stated in an earlier sentence, "Đã giải quyết 18.703 hồ sơ. Trong đó, hồ sơ
                # giải quyết trước hạn là 17.158 hồ sơ (chiếm tỷ lệ 91,74%)": still that part's share, not
                # the rate an earlier statement named)
                # "trước hạn là 21.843 hồ sơ, chiếm 76,78%": the share of a part the catalogue names
                # no rate for, in the total it is a part of: a rate of no contract indicator, with its x/y
                share = "other"
                label = "Tỷ lệ " + (_COUNTS[prev.fact.indicator].get("phrases") or [""])[0]
            base_of = (self._share_base(c, prev.fact) or self._level_whole(c, prev.fact)) \
                if not share and modifier is None \
                and self._rate_indicator(c, n.m.start)[0] is None else None  # no rate named here or above it
            if base_of is not None:
                # "tiếp nhận 19.240 hồ sơ và giải quyết được 18.703 hồ sơ, chiếm tỷ lệ 97,21%": the share of
                # one total in another its sentence states (data: counts share_base), x/y written
                indicator, subject, explicit = "other", prev.fact.subject, prev.fact.explicit
                numerator, denominator, src = prev.fact.value, base_of.value, "sentence"
                if base_of.block != self.state.seg_index:
                    # "Toàn tỉnh tiếp nhận 118.740 hồ sơ." / "Khối sở, ngành tiếp nhận 15.630 hồ sơ, chiếm
                    # 13,2% tổng số" on the next line (_level_whole): the whole of another statement block
                    # is no written y (in the same paragraph it is, as its block's comparisons are)
                    src, implicit = "earlier", True
                label = "Tỷ lệ " + (_COUNTS[prev.fact.indicator].get("phrases") or [""])[0]
                links = {"numerator": [(prev.fact.id, "value")], "denominator": [(base_of.id, "value")]}
                span = (prev.m.start, n.m.end)
                n.reading.link = f"share of {prev.fact.id} in {base_of.id}"
            elif share:
                indicator, subject, explicit = share, prev.fact.subject, prev.fact.explicit
                if modifier is None:
                    numerator = prev.fact.value
                    parent = self._parent_of(prev.fact)
                    if parent is not None and parent.value is not None and numerator is not None \
                            and parent.value < numerator and n.m.value < 100:
                        parent = None  # "3.915 trên 9.812 hồ sơ trực tuyến, tức 39,90%": a smaller count is no whole of it
                    if parent is not None and not self._same_sentence_total(c, parent):
                        # "Riêng các hồ sơ ..., có tổng số 2.694 hồ sơ, với 2.538 hồ sơ ..., chiếm 94,2%": the
                        # base its own sentence names is the share's y, not a total stated sentences before
                        base = self._base_before(c, nums, i)
                        if base is not None and base[0] == numerator:
                            parent = None
                    if parent is not None and numerator is not None and parent.value \
                            and not agreeing_base(n.m.value, n.m.decimals, numerator, {"p": parent.value}, [["p"]]):
                        # "tiếp nhận 19.240 hồ sơ và giải quyết được 18.703 hồ sơ. Trong đó, trước hạn là
                        # 17.158 hồ sơ (chiếm tỷ lệ 89,18%)": over the total its parent is a share of, when
                        # its block states it and the share is exactly x over it (the report's convention)
                        wider = self._convention_base(parent)
                        if wider is not None and agreeing_base(n.m.value, n.m.decimals, numerator,
                                                               {"w": wider.value}, [["w"]]):
                            parent = wider
                    denominator = parent.value if parent else None
                    links = {"numerator": [(prev.fact.id, "value")]}
                    if parent is not None:
                        links["denominator"] = [(parent.id, "value")]
                    implicit = parent is not None
                    if parent is not None:
                        # (the base pointed back to: by the sentence's opening words, or named after the
                        # share on the line after the total's: "..., chiếm 61,4% tổng số hồ sơ cần giải quyết")
                        named = self._base_named_after(c, c.n, prev.fact.subject) is parent \
                            and parent.block is not None and parent.block >= self.state.seg_index - 1
                        src = "sentence" if self._same_sentence_total(c, parent) else \
                            ("anaphora" if named or self._breaks_down_last(c, parent) else "earlier")
                    else:
                        # "Trong tổng số 1.051 hồ sơ tiếp nhận có 871 hồ sơ nộp trực tuyến, chiếm 82,87%":
                        # the base the sentence names is the share's y
                        base = self._base_before(c, nums, i)
                        if base is not None and base[0] == numerator:
                            denominator, src = base[1], "sentence"
                            implicit = True
                            links.update({k: v for k, v in base[3].items() if k == "denominator"})
                span = (prev.m.start, n.m.end)
                n.reading.link = f"share of {prev.fact.id}" + (f" in {parent.id}" if modifier is None and parent else "")
        if indicator is None and numerator is None and modifier is None \
                and (pair := self._unnamed_part_and_total(c, nums, i)) is not None:
            # "có 21.193 hồ sơ phát sinh phí, lệ phí, trong đó 18.420 hồ sơ thanh toán trực tuyến,
            # đạt 86,92%": a rate the sentence names, right after a part of the total it breaks down
            numerator, denominator, src, links = pair
            span = (nums[i - 1].m.start, n.m.end)
            n.reading.link = f"share of {_fmt(numerator)} in {_fmt(denominator)} (the part before it)"
        if indicator is None and numerator is None and modifier is None:
            # "trong tổng số 2.901 hồ sơ ..., có 2.345 hồ sơ được thanh toán trực tuyến, đạt 80,83%"
            base = self._base_before(c, nums, i)
            if base is not None:
                numerator, denominator, src, links = base
                implicit = False
                # "1.026 hồ sơ trễ hạn ... trên tổng số 21.408 hồ sơ đã giải quyết, bằng 4,79%": the
                # share of the part x is
                x_fact = next((f for f in self.facts[::-1] if links.get("numerator") and f.id == links["numerator"][0][0]), None)
                cat = _COUNTS.get(x_fact.indicator, {}) if x_fact is not None else {}
                if cat.get("share") and not self._rate_indicator(c, n.m.start)[0]:
                    indicator, subject, explicit = cat["share"], x_fact.subject, x_fact.explicit
        if indicator is None:
            # a part named without its count: "trực tuyến chiếm 60%", "quá hạn chiếm 2,1%" — unless
            # a rate phrase names it as well ("tỷ lệ nộp hồ sơ trực tuyến ... đạt 87,62%")
            part = self._part_named(c, n.m.start)
            if part is not None and self._rate_indicator(c, n.m.start, own=True)[0] is not None:
                part = None
            if part is not None and _COUNTS[part].get("parent"):
                n.share_part = part  # a count in the bracket after it is that part's (_share_before_count)
            if part is not None:
                share = _COUNTS[part].get("share") or _COUNTS[part].get("part_rate")
                if share and self._rate_itself(c, n.m.start, n.m.end):
                    # "Đối với các sở, ban, ngành: nộp trực tuyến là 78,69%": no count, no share cue —
                    # the part's words with a level verb name the rate itself (TRUTH_FORMAT, session 4)
                    share = _rate_of_share(share)
                if share:
                    indicator = share
                    parent_ind = _COUNTS[part].get("parent")
                    # its total alone is no x/y: without the part's count nothing can be checked,
                    # and half a ratio would read as a link the text does not make
        if indicator is None:
            indicator, ind_explicit = self._rate_indicator(c, n.m.start)
            explicit = explicit and ind_explicit
            if indicator is not None and not ind_explicit and modifier is None and n.role.kind == "value" \
                    and (listed := self._unit_list_rate(c)):
                # "Kết quả có 7/8 huyện đạt chỉ tiêu; các đơn vị chưa đạt: huyện A (46,12%)": the list's rate
                # is the one its criterion names, not the rate read last before the sentence
                indicator = _rate_of_share(listed)  # (a unit's own rate, no share of a total)
                n.reading.link = "rate of the unit list"
        if numerator is None and denominator is None and modifier is None and prev is not None \
                and prev.m.shape == "count" and not prev.consumed and self._close_by(c, prev) \
                and self._words_then_share_cue(c, prev):
            # "52.470 hồ sơ toàn trình, chiếm 62,02% tổng số hồ sơ trực tuyến": the base is named after it
            base = self._base_named_after(c, n, subject)
            if base is not None and base.value and prev.m.value <= base.value:
                # the base named by its words, stated in this block or the one before: the text points
                # back to it as plainly as "Trong đó" does ("anaphora"); further back, "earlier"
                near = base.block is not None and base.block >= self.state.seg_index - 1
                numerator, denominator, src, implicit = prev.m.value, base.value, "anaphora" if near else "earlier", True
                links = {"denominator": [(base.id, "value")]}
                if prev.fact is not None and prev.fact.kind == "count" and prev.fact.value == prev.m.value:
                    links["numerator"] = [(prev.fact.id, "value")]
                span = (prev.m.start, n.m.end)
                n.reading.link = f"share of {_fmt(prev.m.value)} in {base.id} (named after it)"
        if numerator is not None and denominator is None:
            # a part's share with no total stated: half a ratio is no x/y the text gives (CONTRACT §2)
            numerator, links = None, {}
        nxt = nums[i + 1] if i + 1 < len(nums) else None
        if indicator is None and denominator is not None and src == "sentence" and modifier is None \
                and not self._rate_indicator(c, n.m.start)[0]:
            indicator = "other"  # "Trong 1.730 TTHC, có 901 thủ tục toàn trình (chiếm 52,08%)"
        if indicator is None and modifier is None and numerator is None and (sib := self._sibling_rate(c)):
            # "1. Toàn tỉnh: tỷ lệ nộp hồ sơ trực tuyến đạt 86,2% (…)" / "2. Khối xã: đạt 88,1% (…)":
            # the next numbered item that names no rate measures the one the item before named
            indicator, explicit = sib, False
            n.reading.link = "rate of the numbered item before"
        if indicator is None and modifier is None and nxt is not None and nxt.m.shape == "ratio" \
                and c.clauses[nxt.clause].opener == "paren" and c.clauses[nxt.clause].parent == n.clause \
                and self._rate_indicator(c, n.m.start)[0] is None:
            indicator = "other"  # "Đạt 73,55% (6.120/8.321 hồ sơ)": a rate with its x/y, unnamed
        if indicator is None and modifier is None and n.role.kind == "value" and (listed := self._unit_list_rate(c)):
            # "các địa phương chưa đạt gồm: Huyện Minh Hóa (96,20%), ...": the rate read last, per unit
            indicator, explicit = listed, False
            n.reading.link = "rate of the unit list"
        if indicator is None and modifier is None and n.role.kind == "value" and i == 0 \
                and (cont := self._list_continued(c)) is not None:
            # "...: Phường A (97,35%)," / "Xã B (95,02%)."; "... Phường C (93,8%);" / "Xã D đạt 71,6%.":
            # the line goes on with the list of units the line before opened, and its rate
            indicator, explicit = cont, False
            n.reading.link = "rate of the list the line before opened"
        if indicator is None and modifier is None:
            indicator = self._legend_measure(c, nums, i, "rate")
            if indicator is not None:
                n.reading.link = "measure of the legend"
        if indicator in (None, "other") and self.state.family in _FAMILY_RATES \
                and _FAMILY_RATES[self.state.family][0].search(c.masked[c.label_start:n.m.start]):
            # "Trong tuần tiếp nhận 27 phản ánh, ...; tỷ lệ xử lý đạt 92,59%": a rate word the family being
            # told about makes specific (data: indicators.json family_rates)
            indicator = _FAMILY_RATES[self.state.family][1]
            explicit = False
        if indicator is None:
            if not self._generic(c, n.m.start) or modifier is not None:
                n.reading.note = "no indicator named" if modifier is None else "not a level"
                return
            indicator = "other"
        n.fact = self._new_fact(c.seg, span, explicit=explicit, kind="rate", indicator=indicator,
                                subject=subject, value=n.m.value, decimals=n.m.decimals, numerator=numerator,
                                denominator=denominator, implicit=implicit, modifier=modifier,
                                denominator_source=src if implicit else ("written" if denominator else None),
                                claim=self._claim(c), qualifier=c.period,
                                label=label.strip(" :;,(")[-80:] or None)
        n.fact._links = links
        if indicator == self.state.section_indicator and self.state.section_target and modifier is None:
            n.fact.target = self.state.section_target
        self._qualify(n.fact, c, after)

    def _read_legend(self, seg: Segment, masked: str) -> Optional[list]:
        """The measures a figure-less line names in order, when each of its ";"-pieces names one:
        "(tỷ lệ nộp hồ sơ trực tuyến; điểm Bộ chỉ số 766 tháng 12/2025)" -> [rate, score]."""
        inner = regex.search(r"\(([^()]*)\)\s*:?\s*$", masked)
        body = (inner.group(1) if inner else masked).strip().strip("():. ")
        sep = next((x for x in (";", "|", "/", " - ") if body.count(x) >= 1), None)
        if sep is None and inner is not None and "," in body:
            sep = ","  # "3. Các sở, ngành (số hồ sơ đã giải quyết, tỷ lệ đúng hạn)": a bracket's list
        if sep is None or len(body) > 200:
            return None
        pieces = [p for p in body.split(sep) if p.strip()]
        if len(pieces) < 2:
            return None
        out = []
        for piece in pieces:
            rates = self._m("rates").find(piece, folded=True, fuzzy=self.ctx.garbled)
            counts = [m for m in self._m("counts").find(piece, folded=True, fuzzy=self.ctx.garbled)
                      if "_neutral" not in m.key]
            if _GENERIC_RATE.match(piece.strip()) and rates:
                out.append(("rate", rates[0].key[0]))
            elif counts:
                # the legend's first count names the family of the rest ("đã giải quyết / đúng hạn /
                # trễ hạn": the resolved dossiers' late part, not the pending ones')
                family = next((_COUNTS[k]["family"] for x, k in out if x == "count"), None)
                same = tuple(k for k in counts[-1].key if _COUNTS.get(k, {}).get("family") == family)
                key = same[0] if len(same) == 1 else self._pick_family(same or counts[-1].key, piece, "")
                if key is None:
                    return None
                out.append(("count", key))
            elif rates:
                out.append(("rate", rates[0].key[0]))
            elif _SCORE_WORD.search(piece):
                out.append(("score", "index_766_total"))
            else:
                return None
        kinds = [k for _, k in out]
        if "resolved_on_time" in kinds and "resolved_early" not in kinds:
            # "đã giải quyết / đúng hạn / trễ hạn": on time without an early part holds the early ones
            out = [("count", "resolved_in_time") if x == ("count", "resolved_on_time") else x for x in out]
        self.state.legend_sep = sep
        return out

    def _legend_measure(self, c: "_Ctx", nums, i, kind: str) -> Optional[str]:
        """The measure the legend names for the i-th figure of an item that gives as many figures,
        in order, as the legend names measures ("1. Bộ Công an: 96,41%; 92,14 điểm.")."""
        legend = self.state.legend
        if not legend:
            return None
        values = [k for k, x in enumerate(nums) if x.m.shape in ("percent", "score", "count") and x.role.kind == "value"]
        if len(values) != len(legend) or i not in values:
            return None
        want, indicator = legend[values.index(i)]
        return indicator if want == kind else None

    def _value_of_units_named(self, c: "_Ctx", n: _Num) -> bool:
        """"Một số đơn vị đạt tỷ lệ 100% hồ sơ đúng hạn như Sở Tư pháp, Sở Nội vụ.": the units named
        after "như" in the same sentence each have the figure (one fact per unit, listed)."""
        rest = c.masked[n.m.end:]
        cue = _SUCH_AS.match(rest)
        if cue is None:
            return False
        start = n.m.end + cue.end()
        sentence = c.clauses[n.clause].sentence
        end = max((k.end for k in c.clauses if k.sentence == sentence), default=len(c.masked))
        named = [(a, b, sj) for a, b, sj in c.subjects if start <= a < end and sj.level == "unit" and not sj.scope]
        if not named or regex.search(r"\d", c.masked[start:named[-1][1]]):
            return False  # no unit, or figures of their own among them
        # the rate: named before the figure, or by the words of a part right after it ("100% hồ sơ đúng hạn")
        ind, _ = self._rate_indicator(c, n.m.start)
        if ind is None and _COUNT_UNIT.match(c.masked[n.m.end:start]):
            parts = [m for m in c.phrases["counts"] if n.m.end <= m.start < start and "_neutral" not in m.key]
            part = self._pick_family(parts[0].key, "", c.masked[n.m.end:start]) if parts else None
            rates = [m for m in c.phrases["rates"] if n.m.end <= m.start < start]
            got = _COUNTS.get(part, {}) if part else {}
            ind = rates[0].key[0] if rates else (got.get("share") or got.get("part_rate"))
        if ind is None:
            return False
        listed, self._listed = self._listed, True
        try:
            for a, b, sj in named:
                n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=True, kind="rate", indicator=ind,
                                        subject=sj, value=n.m.value, decimals=n.m.decimals, qualifier=c.period)
        finally:
            self._listed = listed
        n.reading.note = None
        n.reading.link = f"value of {len(named)} units named after it"
        return True

    def _units_listed_by_bar(self, c: "_Ctx") -> bool:
        """A heading led by units and what they meet, ending in ":" with no other figure after the
        percentage ("Các đơn vị đạt 100% hồ sơ đúng hạn trong tháng:", "Các đơn vị có tỷ lệ số hóa
        100% gồm: Sở Tư pháp, ..."): the percentage is the bar of the units it lists."""
        sent = c.clauses[c.n.clause].sentence
        start = min(cl.start for cl in c.clauses if cl.sentence == sent)
        rest = c.masked[c.n.m.end:]
        return bool(_UNIT_LED_BAR.search(c.masked[start:c.n.m.start])) and not regex.search(r"\d", rest) \
            and bool(regex.match(r"[^:;.]{0,40}?(?::|(?<![a-z])gom(?![a-z]))", rest))

    def _units_counted_in_sentence(self, c: "_Ctx") -> bool:
        """The percentage is the bar of units counted next to it: "5/8 huyện, thị xã ... giải quyết 100%
        hồ sơ đúng hạn" (the x/y and its unit words before it), "Số xã, phường giải quyết 100% hồ sơ
        đúng hạn: 88/103" (inside the "số <units>" label of the x/y after it); no ";" between."""
        nums = self._seg_nums
        k = next((j for j, x in enumerate(nums) if x is c.n), None)
        if k is None:
            return False
        sent = c.clauses[c.n.clause].sentence
        start = min(cl.start for cl in c.clauses if cl.sentence == sent)
        for j in (k - 1, k + 1):
            if not 0 <= j < len(nums):
                continue
            other = nums[j]
            if other.m.shape != "ratio" or c.clauses[other.clause].sentence != sent:
                continue
            a, b = sorted((other.m.end, c.n.m.start)) if j < k else sorted((c.n.m.end, other.m.start))
            if ";" in c.masked[a:b]:
                continue
            if j < k and _UNIT_COUNT_AFTER.match(c.masked[other.m.end:other.m.end + 60]):
                return True
            if j > k and (_UNIT_COUNT_LABEL.search(c.masked[start:c.n.m.start])
                          or _UNIT_LED_BAR.search(c.masked[start:c.n.m.start])):
                return True
        return False

    def _words_then_share_cue(self, c: "_Ctx", prev: _Num) -> bool:
        """Between a count and a percentage only the count's own words, then a share cue
        ("458 hồ sơ trực tuyến toàn trình, bằng"), no other figure between."""
        between = c.masked[prev.m.end:c.n.m.start]
        if _SHARE_LABEL.match(_drop_asides(between)):
            return True
        return not regex.search(r"[\d;.()]", between) and bool(_SHARE_TAIL.search(between))

    def _base_named_after(self, c: "_Ctx", n: _Num, subject: Subject) -> Optional[Fact]:
        """The count a percentage says it is taken of, named right after it ("chiếm 62,02% tổng số hồ
        sơ trực tuyến"): the latest such count of the same subject in this block or the two before."""
        m = _BASE_AFTER.match(c.masked, n.m.end)
        if not m:
            return None
        # (the phrase may hold the base word itself: "tổng số hồ sơ tiếp nhận")
        named = [x for x in c.phrases["counts"] if (m.end() - 1 <= x.start <= m.end() + 8
                                                     or n.m.end <= x.start < m.end() < x.end) and "_neutral" not in x.key]
        if not named:
            return None
        # the words that reach furthest name the base ("tổng số hồ sơ trực tuyến": online, not all received)
        keys = set(max(named, key=lambda x: (x.end, -x.start)).key)
        key = _subject_key(subject)
        for f in reversed(self.facts):
            if f.block is not None and f.block < self.state.seg_index - 2:
                break
            if f.kind == "count" and f.indicator in keys and f.modifier is None and _subject_key(f.subject) == key:
                return f
        return None

    def _rate_named_between(self, c: "_Ctx", prev: _Num, rate: str) -> bool:
        """"19.037 hồ sơ qua Cổng Dịch vụ công, tỷ lệ trực tuyến 46,11%": after a part, a clause that
        opens with the words of the part's own rate names that rate, as a bare "tỷ lệ" does."""
        for m in c.phrases["rates"]:
            if rate in m.key and prev.m.end < m.start and m.end <= c.n.m.start \
                    and _RATE_OPENS.fullmatch(c.masked[prev.m.end:m.start]) \
                    and _RATE_TO_NUMBER.fullmatch(c.masked[m.end:c.n.m.start]):
                return True
        return False

    def _share_label(self, c: "_Ctx", prev: _Num) -> bool:
        """Only share cues ("chiếm", "đạt tỷ lệ", "tương ứng") and the count's own words stand between
        a count and the percentage that is its share."""
        between = list(c.masked[prev.m.end:c.n.m.start])
        cat = _COUNTS.get(prev.fact.indicator, {})
        rate = cat.get("share") or cat.get("part_rate")

        parent = cat.get("parent")

        def own_words(m) -> bool:  # the count's words, or words of the same share ("hồ sơ đúng hạn" of in time)
            # (its total's words run into them: "640 hồ sơ giải quyết trễ hạn" read "hồ sơ giải quyết" + "trễ hạn")
            if parent and parent in m.key and any(prev.fact.indicator in x.key and x.start == m.end + 1
                                                  for x in c.phrases["counts"]):
                return True
            return prev.fact.indicator in m.key or (rate is not None and any(
                (_COUNTS.get(k, {}).get("share") or _COUNTS.get(k, {}).get("part_rate")) == rate for k in m.key))
        for m in c.phrases["counts"]:
            if prev.m.end <= m.start and m.end <= c.n.m.start and own_words(m):
                between[m.start - prev.m.end:m.end - prev.m.end] = " " * (m.end - m.start)
        if _SHARE_LABEL.match(_drop_asides("".join(between))):
            return True
        # "1.250 hồ sơ trực tuyến đề nghị cấp phiếu lý lịch tư pháp (qua ...), chiếm 82,6%": the words
        # of the dossiers' kind (data: mentions.kind_openers) describe the count, as its own words do
        if _SHARE_LABEL.match(_KIND_WORDS.sub(" ", _drop_asides("".join(between)), count=1)):
            return True
        # "14.690 hồ sơ giải quyết đúng và trước hạn (99,44%)": a bracket right after the words that
        # describe the count gives its share, when those words name nothing of another family and
        # no rate of their own
        words = c.masked[prev.m.end:c.n.m.start]
        if c.clauses[c.n.clause].opener != "paren" or not regex.fullmatch(r"[^\d;.()]*\(\s*", words):
            return False
        family = _COUNTS.get(prev.fact.indicator, {}).get("family")
        inside = lambda m: prev.m.end <= m.start and m.end <= c.n.m.start
        if any(inside(m) for m in c.phrases["rates"]):
            return False
        return all(_COUNTS.get(k, {}).get("family") == family for m in c.phrases["counts"] if inside(m)
                   for k in m.key if k != "_neutral")

    def _base_before(self, c: "_Ctx", nums, i) -> Optional[tuple]:
        """(x, y, 'sentence') when the sentence names a base ("trong tổng số y") and a count x
        stands right before the percentage."""
        prev = nums[i - 1] if i else None
        sent = c.clauses[c.n.clause].sentence
        if prev is not None and prev.base and prev.m.shape == "count" and i >= 2 \
                and _SHARE_TAIL.search(c.masked[prev.m.end:c.n.m.start]):
            # "4.870 hồ sơ trên tổng số 6.137 hồ sơ phải nộp phí, lệ phí, đạt 79,35%": x, then its base
            x = nums[i - 2]
            if x.m.shape == "count" and not x.base and c.clauses[x.clause].sentence == sent \
                    and regex.fullmatch(r"[\s\p{L},]*", c.masked[x.m.end:prev.m.start]) \
                    and x.m.value <= prev.m.value:
                links = {k: [(y.fact.id, "value")] for k, y in (("numerator", x), ("denominator", prev))
                         if y.fact is not None and y.fact.kind == "count" and y.fact.value == y.m.value}
                return x.m.value, prev.m.value, "sentence", links
        if prev is None or prev.m.shape != "count" or prev.base or \
                not _SHARE_TAIL.search(c.masked[prev.m.end:c.n.m.start]):
            return None
        for j in range(i - 2, -1, -1):
            b = nums[j]
            if c.clauses[b.clause].sentence != sent:
                return None
            if b.base and b.m.shape == "count":
                links = {k: [(x.fact.id, "value")] for k, x in (("numerator", prev), ("denominator", b))
                         if x.fact is not None and x.fact.kind == "count" and x.fact.value == x.m.value}
                return prev.m.value, b.m.value, "sentence", links
        return None

    def _unnamed_part_and_total(self, c: "_Ctx", nums, i) -> Optional[tuple]:
        """(x, y, 'sentence', links) when the percentage follows, with only share cues between, a count x
        no indicator named, in the breakdown ("trong đó", "gồm") of the clause whose last count is y, and
        the sentence names the rate itself: the structure ties x to y, not the words."""
        prev = nums[i - 1] if i else None
        if prev is None or prev.fact is not None or prev.m.shape != "count" or prev.consumed or prev.base \
                or prev.m.decimals or prev.things:
            return None
        cl = c.clauses[prev.clause]
        # ("21.193 hồ sơ phát sinh phí, lệ phí: 18.420 hồ sơ ...": a colon after a count opens its breakdown too)
        if cl.opener not in ("breakdown", "colon") or cl.parent is None or cl.sentence != c.clauses[c.n.clause].sentence:
            return None
        between = c.masked[prev.m.end:c.n.m.start]
        # "..., đạt tỷ lệ số hóa 97,00%": the rate's own name may stand between the cue and the figure
        named = [m for m in c.phrases["rates"] + c.phrases["generic"]
                 if prev.m.end < m.start and not c.masked[m.end:c.n.m.start].strip(" :")]
        cut = c.masked[prev.m.end:min(m.start for m in named)] if named else between
        if not (_SHARE_TAIL.search(between) or _SHARE_TAIL.search(cut)) or not self._only_cues(between):
            return None
        # y: the last count up to the clause broken down ("21.193 hồ sơ phát sinh phí, lệ phí, trong đó"),
        # in its sentence and outside any other breakdown or parenthesis
        ys = [y for y in nums[:i - 1] if y.clause <= cl.parent and c.clauses[y.clause].sentence == cl.sentence
              and c.clauses[y.clause].opener not in ("breakdown", "paren") and not c.clauses[y.clause].depth
              and y.m.shape == "count" and y.role.kind == "value"]
        if not ys or ys[-1].m.value < prev.m.value or ys[-1].m.decimals:
            return None
        ind, ind_explicit = self._rate_indicator(c, c.n.m.start)
        if ind is None or not ind_explicit:
            return None
        y = ys[-1]
        links = {"denominator": [(y.fact.id, "value")]} if y.fact is not None and y.fact.value == y.m.value else {}
        return prev.m.value, y.m.value, "sentence", links

    @staticmethod
    def _only_cues(between: str) -> bool:
        """Between an x/y and its percentage only the x/y's own words and share cues stand."""
        return len(between) <= 140 and not regex.search(r"[;]|\.\s", between)

    def _count(self, c: "_Ctx", nums, i) -> None:
        n = c.n
        # up to the next figure: a clause break ("và") may stand inside the words that name it
        nxt_start = nums[i + 1].m.start if i + 1 < len(nums) else len(c.masked)
        after = c.masked[n.m.end:min(nxt_start, n.m.end + 80)]
        unit = _COUNT_UNIT.match(c.masked[n.m.end:n.m.end + 40])
        if unit and label_line_between(c.seg, n.m.end, n.m.end + unit.end()):
            unit = None  # the next "label: value" line's words name its own figure
        label = c.masked[c.label_start:n.m.start]
        if n.role.kind in ("maximum", "previous", "reference"):
            n.reading.note = "not a level"
            return
        if self.state.group == "_score" and self._portal_line(c.seg) and n.role.kind == "value" \
                and self._named_here(c):
            # "Sở Tư pháp: 94,18" under a heading "(điểm)": the unit's index score
            n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=False, kind="score",
                                    indicator="index_766_total", subject=c.subject, value=n.m.value,
                                    decimals=n.m.decimals)
            n.reading.link = "score of the group heading"
            return
        if n.role.kind == "value" and not unit and not n.m.scaled and _UNIT_COUNT_AFTER.match(after) \
                and not self._legend_measure(c, nums, i, "count"):
            n.things = True  # "của huyện và 12 xã, thị trấn", "27 địa phương": a count of units
            n.reading.note = "count of units"
            return
        if n.role.kind == "value" and not unit and not n.m.scaled and _THING_AFTER.match(after):
            n.things = True
            n.reading.note = "count of things"
            return
        if n.m.decimals and not _MULTIPLIED.search(n.m.text):
            n.reading.note = "no count has decimals"  # "tiến độ giải quyết 19,02 điểm…": not dossiers
            return
        by_legend = self._legend_measure(c, nums, i, "count") if n.role.kind == "value" else None
        if by_legend is not None:  # "Thành phố Cao Lãnh: 11.620 - 11.408 - 5" under its legend
            n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=c.subj_explicit, kind="count",
                                    indicator=by_legend, subject=c.subject, value=n.m.value,
                                    qualifier=c.period)
            n.reading.link = "measure of the legend"
            return
        if n.role.kind == "base" and self._restated_rate(c, nums, i):
            return
        if n.role.kind == "base":
            n.base = True
            n.role = VALUE  # "trong tổng số 2.901 hồ sơ": a level too, and the base of a later share
        modifier = self._modifier(n.role)
        base = self._broken_down(c, nums, i)
        self._ctx_family = _COUNTS[base.indicator]["family"] if base is not None else None
        self._post_end = None
        self._service_qualifier = None
        choice = self._count_label(c, label, after, unit, n.m.text)
        self._ctx_family = None
        if self._post_end is not None and choice is not None:
            n.post_end = self._post_end
        if choice is not None and self.state.stage:
            choice = _staged(choice, self.state.stage, [m for m in c.phrases["counts"]
                                                        if c.label_start <= m.start and m.end <= n.m.start
                                                        and "_neutral" not in m.key], label)
        if choice is not None and _COUNTS[choice]["family"] != "procedures" and _procedure_subset(c):
            n.reading.note = "dossiers of the counted procedures"  # not the subject's own total
            return
        explicit = c.subj_explicit
        subject = c.subject
        if choice is None:
            # a breakdown names only whose figure it is: "trong đó cấp huyện 2.000 hồ sơ",
            # "UBND huyện Đức Phổ (3.104 hồ sơ)": the indicator is the one it breaks down
            if base is not None and (self._named_here(c) or self.scope.tail_level(c.masked, n.m.end)):
                # ("gồm 1.448 TTHC cấp tỉnh, ...": named by the level closing its own item)
                choice = base.indicator
                n.reading.link = f"part of {base.id}"
            elif base is None and self._named_here(c) and (par := self._parallel(c, nums, i)) is not None:
                # "Cấp tỉnh tiếp nhận 18.412 hồ sơ; cấp huyện 52.930 hồ sơ": the same measure of
                # another subject, named by the statement before it (inherited from a neighbour)
                choice, explicit = par.indicator, False
                n.reading.link = f"parallel to {par.id}"
            elif base is None and self._named_here(c) and (ahead := self._parallel_after(c, nums, i)) is not None:
                # "cao nhất là phường A với 4.210 hồ sơ, thấp nhất là xã B với 512 hồ sơ tiếp nhận": the
                # measure the next unit's statement names after its number (inherited from a neighbour)
                choice, explicit = ahead, False
                n.reading.link = "parallel to the next statement"
            elif (field := self._field_item(c, label)) is not None:
                # "+ Hộ tịch: 118 hồ sơ;" under "Số hồ sơ tiếp nhận: 689 hồ sơ, theo lĩnh vực:"
                lead = self.state.lead_count
                choice, explicit = lead.indicator, False
                subject = Subject(level=lead.subject.level, name=lead.subject.name, raw=field,
                                  scope=f"lĩnh vực {field[:1].lower()}{field[1:]}")
                n.reading.link = f"field of {lead.id}"
            elif self.state.lead_count is not None and self._named_here(c) and \
                    (_BULLET.match(c.seg.text) or self._continues_lead(c.seg)):
                lead = self.state.lead_count
                if self.state.lead_whole is not None and c.subject.level in _LEVEL_PARTS:
                    lead = self.state.lead_whole  # "- Cấp tỉnh: 4.215 hồ sơ; - Cấp xã: …": the levels break down the whole
                choice, explicit = lead.indicator, self.state.lead_structural
                n.reading.link = f"item of {lead.id}"
            elif self.state.lead_count is not None and self.state.lead_structural and \
                    _BULLET.match(c.seg.text) and \
                    any(c.label_start <= a < n.m.start and sj.scope for a, _, sj in c.subjects):
                # "tiếp nhận 2.558 hồ sơ trực tuyến, gồm:" over "+ Mức độ 3: 1.846 hồ sơ;": an item that
                # names only a scope (a service level, a kind) is that part of the lead-in's count
                choice = self.state.lead_count.indicator
                n.reading.link = f"scope item of {self.state.lead_count.id}"
            elif (inline := self._field_list_line(c)) is not None:
                # "Theo lĩnh vực (hồ sơ mới): hộ tịch 188; chứng thực 131; …": the last total's measure
                # for each field the line names (inherited, the field as scope)
                lead, field = inline
                choice, explicit = lead.indicator, False
                subject = Subject(level=lead.subject.level, name=lead.subject.name, raw=field,
                                  scope=f"lĩnh vực {field[:1].lower()}{field[1:]}")
                n.reading.link = f"field of {lead.id}"
            elif (above := self._total_above(c, nums, i, unit)) is not None:
                # "… ghi nhận 16.551 hồ sơ tiếp nhận, trong đó 11.844 trực tuyến." over "- Các sở, ban,
                # ngành: 4.215 hồ sơ, trực tuyến 3.980 hồ sơ": each item's first count is the line above's
                # total for the group it names (inherited from that line)
                choice, explicit = above.indicator, False
                n.reading.link = f"item of {above.id}"
            elif (total := self._stage_total(c, unit)) is not None:
                # "3. Đơn vị tiếp nhận nhiều hồ sơ trong tuần" over "Sở Tư pháp (187 hồ sơ), …": the
                # heading's stage total of each unit named (inherited from the heading)
                choice, explicit = total, False
                n.reading.link = "stage of the heading"
        share_of = self._share_before_count(c, nums, i) if choice is None and unit else None
        if share_of is not None:
            # "trong đó trực tuyến chiếm 79,5% (33.290 hồ sơ)": the count in the bracket right after a
            # share that its words named by the part alone is that part's count (the share's x)
            choice, subject, explicit = share_of.share_part, share_of.fact.subject, share_of.fact.explicit
            n.reading.link = f"part of the share {share_of.fact.id}"
        section = f"{self.state.roman}/{self.state.sub}"
        if choice == "resolved_on_time" and not any("resolved_early" in m.key for m in c.phrases["counts"]) \
                and not any(f.indicator == "resolved_early" and f.section == section for f in self.facts[-8:]):
            # "đã giải quyết 1.279.815 hồ sơ, trong đó đúng hạn 1.277.903": with no early figure beside
            # it, "đúng hạn" is the in-time group (early and on time), as reports use it
            choice = "resolved_in_time"
        x = nums[i - 1] if i else None
        if n.base and choice is not None and x is not None and x.fact is None and x.m.shape == "count" \
                and x.role.kind == "value" and _COUNTS.get(choice, {}).get("parent") \
                and x.m.value is not None and n.m.value is not None and x.m.value <= n.m.value \
                and _X_OVER.fullmatch(c.masked, x.m.end, n.m.start):
            # "1.205 trên 1.640 hồ sơ được nộp trực tuyến": the words after the base name the part
            # counted against it, the base is that part's total
            x.fact = self._new_fact(c.seg, (x.m.start, x.m.end), explicit=c.subj_explicit, kind="count",
                                    indicator=choice, subject=c.subject, value=x.m.value, qualifier=c.period)
            x.reading.fact, x.reading.indicator, x.reading.note = x.fact.id, choice, None
            x.reading.link = "named after its base"
            choice = _COUNTS[choice]["parent"]
            self._post_end = None
        if choice is not None and base is None and self._post_end is not None and \
                _COUNTS[choice].get("whole_when_alone") and self._alone_in_family(c, choice, section):
            # "còn 2.418 hồ sơ đang giải quyết trong hạn", "đang giải quyết 15 hồ sơ chưa đến hạn": words
            # after the unit that say every pending dossier is within time, with no other part of the
            # stock stated beside it: the stock itself (data: counts.*.whole_when_alone)
            choice = _COUNTS[choice]["parent"]
        if choice is None and i in self._respective:
            # "... tiếp nhận nhiều nhất (lần lượt 1.482 và 1.357 hồ sơ)": the measure named before the cue
            _, begin, cue = self._respective[i]
            named = [m for m in c.phrases["counts"] if begin <= m.start and m.end <= cue and "_neutral" not in m.key
                     and m.text not in _WEAK]
            if not named:  # "Sở A, Sở B lần lượt tiếp nhận 2.105 và 1.870 hồ sơ": named after the cue
                first = min((x.m.start for x in nums if x.m.start > cue), default=cue)
                named = [m for m in c.phrases["counts"] if cue <= m.start and m.end <= first
                         and "_neutral" not in m.key and m.text not in _WEAK]
            if named:
                choice = self._pick_family(named[-1].key, c.masked[begin:cue], after)
        if choice is None and n.role.kind == "value" and (head := self._unit_list_measure(c, after)) is not None:
            # "Các huyện có nhiều hồ sơ quá hạn là huyện Kế Sách (142), thị xã Vĩnh Châu (97)": each unit's
            # figure in brackets after its name, of the measure the sentence names before its first unit
            choice, explicit = head, False
            n.reading.link = "measure of the unit list"
        if choice is None and self.state.group and (LABEL_VALUE.match(_ITEM_MARK.sub("", c.seg.text, count=1))
                                                    or (self._numbered_item and LABEL_VALUE.match(_NUMBER_MARK.sub("", c.seg.text, count=1)))
                                                    or _NAME_DASH_VALUE.match(c.seg.text)) and \
                (_TOTAL_WORD.search(label) or not regex.search(r"[a-z]", self._label_words(c, label))
                 or _TOTAL_WORD.search(self._label_words(c, label))):
            # "Đã giải quyết" / "Tổng: 36630"; "Phường X: 2214 hồ sơ" under "Đơn vị tiếp nhận nhiều nhất";
            # "Tổng cộng cấp huyện: 13308" (a total word, then whose total it is)
            choice, explicit = self.state.group, explicit and bool(_TOTAL_WORD.search(label))
            n.reading.link = "total of the group heading"
        if choice is None and n.role.kind == "value" and unit and _TOTAL_WORD.fullmatch(_ITEM_MARK.sub("", label, count=1).strip(" -–;,(")) \
                and (items := self._items_above()):
            # "- Hệ thống thuế: tiếp nhận 1.896.402 hồ sơ, ..." / "Cộng: 4.732.117 hồ sơ, trực tuyến ...": a
            # total line after list items takes the measure their first figures name (inherited)
            choice, explicit = items, False
            n.reading.link = "total of the items above"
        if choice is None and n.role.kind == "value" and (whole := self._total_of_parts_before(c, nums, i, label)):
            # "2.171 hồ sơ quá hạn và 19.539 hồ sơ còn trong hạn (tổng số 21.710)": a total word in a
            # bracket closing a list of parts of one total is that total (named by its parts: inherited)
            choice, explicit = whole, False
            n.reading.link = "total of the parts before it"
        if choice is None and n.role.kind == "value" and unit and self._procedure_stock(c, unit):
            # "được cung ứng ở cả 3 cấp với 2.328 thủ tục, gồm ...": a count of procedures named by its
            # unit word alone, nothing done to them before it, nothing narrowing it after: the stock
            choice = "procedures_total"
            n.reading.link = "procedures named by the unit word"
        if choice is None and n.role.kind == "value" and self.state.family in ("feedback", "procedures") \
                and _TOTAL_WORD.fullmatch(label.strip(" -–:;,(")) and self._portal_line(c.seg):
            # "III. PHẢN ÁNH, KIẾN NGHỊ" / "Tổng số: 110": the total of the heading's family
            choice = next((k for k, v in _COUNTS.items() if v.get("family") == self.state.family
                           and "parent" not in v and k.endswith("_total")), None)
            explicit = False
            if choice is not None:
                n.reading.link = "total of the heading's family"
        if choice is None and n.role.kind == "value" and self.state.heading_part and self._named_here(c) \
                and (unit or not c.masked[n.m.end:].strip(" ;,.")) and regex.fullmatch(r"\s*(?:\d{1,2}[.)]|[-+•–*])?[\s;,.]*:\s*", self._label_words(c, label)):
            # "Sở Xây dựng: 42 hồ sơ;" (or "1. Sở Xây dựng: 42 hồ sơ", "1. Phường A: 31" with nothing
            # after the number) under "Các cơ quan có hồ sơ quá hạn nhiều": the heading's part
            choice, explicit = self.state.heading_part, False
            n.reading.link = "part the heading lists units by"
        if choice is None and n.role.kind == "value" and unit and (fld := self._inline_field(c, nums, i)) is not None:
            # "còn 312 hồ sơ quá hạn, tập trung ở lĩnh vực đất đai (245 hồ sơ) và xây dựng (41 hồ sơ)":
            # the total's measure in each field named before the brackets (inherited)
            total, field = fld
            choice, explicit = total.indicator, False
            subject = Subject(level=total.subject.level, name=total.subject.name, raw=field,
                              scope=f"lĩnh vực {field[:1].lower()}{field[1:]}")
            n.reading.link = f"field of {total.id}"
        if choice is None and n.role.kind == "value" and unit and (sib := self._level_sibling(c, nums, i, unit)) is not None:
            # "3.108 hồ sơ nộp trực tuyến mức độ 3 và 5.926 hồ sơ mức độ 4": the sibling of another
            # service level, named by its level alone (inherited)
            choice, explicit = sib.indicator, False
            n.reading.link = f"sibling of {sib.id} (another service level)"
            n.levels = (sib, self._level_text(c, c.n.m.end, c.n.m.end + unit.end() + 30),
                        self._level_text(c, nums[i - 1].m.end, c.n.m.start))
        if choice is None and n.role.kind == "value" and unit and (run := self._total_of_run(c, nums, i, label)) is not None:
            # "... 3.108 hồ sơ ... và 5.926 hồ sơ ..., tổng cộng 9.034 hồ sơ": the total of the run of
            # parts before it, of their measure (inherited)
            choice, explicit = run.indicator, False
            n.reading.link = f"total of the run ending in {run.id}"
        paired = self._part_before_base(c, nums, i) if n.base else None
        if choice is None and paired is not None:
            # "61,3 ngàn hồ sơ trực tuyến trên tổng số 70,9 ngàn hồ sơ": the base a part is counted
            # against, named by nothing but its place, is the total the part belongs to
            choice, subject, explicit = _COUNTS[paired.fact.indicator]["parent"], paired.fact.subject, False
            n.reading.link = f"base of {paired.fact.id}"
        if choice is None:
            n.reading.note = "no indicator named"
            if unit and i > 0:
                self._count_after_rate(c, nums, i)
            return
        lvl = self.scope.level_after(after[len(unit.group()):] if unit else after)
        if lvl is None and unit:
            # "284.917 hồ sơ đã giải quyết của cấp xã": the level after the words that name the count
            # and a link word (data mentions.level_links), no stop or figure between
            words = _WORDS_TO_LEVEL.match(after, len(unit.group()))
            got = self.scope.level_after_span(after[words.end():]) if words else None
            if got is not None:
                lvl = got[0]
                # the level closes this figure's item: the next figure's label begins after it
                n.post_end = max(n.post_end or 0, n.m.end + words.end() + got[1])
        if lvl and not self._named_here(c):
            subject = Subject(level=lvl)
        qualifier = c.period
        if choice == "received_total" and (
                _NEW_ONLY.search(label) or _NEW_AFTER.match(after[len(unit.group()):] if unit else after)
                or (base is not None and base.indicator == choice and new_only(base.qualifier))):
            # "đã tiếp nhận mới 19.630 hồ sơ", "29.240 hồ sơ tiếp nhận mới": the new dossiers, not the whole
            # workload that holds the carried-over ones ("Tháng 9, tiếp nhận mới ...": of that month)
            qualifier = with_new_only(qualifier)
        if qualifier is None and self._service_qualifier:  # "921 dịch vụ công trực tuyến": the online ones only
            qualifier = self._service_qualifier
        if unit:  # "2.406.118 hồ sơ đề nghị cấp hộ chiếu": dossiers of one kind, not all dossiers
            rest = c.masked[n.m.end + unit.end():c.after_end]
            words = _KIND_AFTER.match(rest)
            if words:
                qualifier = c.seg.text[n.m.end + unit.end() + words.start(1):n.m.end + unit.end() + words.end(1)].strip()
        if subject.scope and fold(subject.scope) in _OWN_LEVEL.get(choice, ()):
            # "mức độ 3: 418" of a procedure count: the service level is the indicator itself, not a
            # narrower scope of it (its total and its sibling levels are of the same group)
            subject = subject.model_copy(update={"scope": None})
        n.fact = self._new_fact(c.seg, (n.m.start, n.m.end), explicit=explicit, kind="count", indicator=choice,
                                subject=subject, value=n.m.value, qualifier=qualifier, modifier=modifier)
        if modifier is not None:
            n.reading.note = "kept as modifier"
            return
        if getattr(n, "levels", None):  # each service level its own qualifier: two levels, no restatement
            sib, own, other = n.levels
            n.fact.qualifier = n.fact.qualifier or own
            if sib.qualifier is None and other:
                sib.qualifier = other
        lead = self.state.lead_count
        mark = bullet_mark(c.seg.text)
        if lead is None and mark is not None and self._bullet_lead is not None and self._bullet_lead[0] != mark:
            # "- Tổng số hồ sơ tiếp nhận: 24.618 hồ sơ" over "+ Trực tuyến: 15.906", "+ Trực tiếp: 8.512": the
            # items of another mark under an item stating one total are its parts
            lead = self._bullet_lead[1]
        if lead is not None and base is None and _COUNTS[choice].get("parent") == lead.indicator \
                and _subject_key(subject) == _subject_key(lead.subject) and qualifier == lead.qualifier \
                and (_BULLET.match(c.seg.text) or self._numbered_item):
            n.fact._part_of = lead.id  # "- trước hạn: 1.874 hồ sơ;" under "Đã giải quyết 2.250 hồ sơ, trong đó:"
            n.fact._part_complete = self.state.lead_complete
        if base is not None:  # a sibling part stands for the total it breaks down
            root = self._root_of.get(base.id, base)
            self._parts_of.setdefault(root.id, (root, label_of_total(c, nums, root), []))[2].append(n.fact)
            self._root_of[n.fact.id] = root
        parent_ind = _COUNTS[choice].get("parent")
        whole = self.state.totals.get((parent_ind, _subject_key(subject))) if parent_ind else None
        if n.fact._part_of is None and whole is not None and whole[0].qualifier == qualifier \
                and whole[0]._part_of is None and whole[0].id not in self._root_of \
                and self._breaks_down_last(c, whole[0]):  # (a total that is no part of another itself)
            # "đã tiếp nhận 2.967 hồ sơ. Trong đó: trực tuyến 1.618; trực tiếp 1.402; …": the sentence
            # pointing back breaks that total down, its parts are items of it as a list's are
            n.fact._part_of = whole[0].id
        if n.fact._part_of is None and subject.level in _LEVEL_GROUPS and not subject.scope:
            # a level's figure breaking down the province's of the same measure: after a level lead
            # ("Chia theo cấp: cấp tỉnh 61.554 hồ sơ, …", the base) or in a sentence pointing back to it
            # ("… đã tiếp nhận 2.131.804 hồ sơ." / "Trong đó, các sở, ngành tiếp nhận 286.514 hồ sơ; …")
            city = self.state.totals.get((choice, _subject_key(Subject(level="city"))))
            whole = self._root_of.get(base.id, base) if base is not None else (city[0] if city else None)
            inherits = base is None and qualifier is None and whole is not None and whole.qualifier is not None
            if whole is not None and whole.subject.level == "city" and not whole.subject.scope \
                    and whole.indicator == choice and (whole.qualifier == qualifier or inherits) \
                    and whole._part_of is None and (base is not None or self._breaks_down_last(c, whole)):
                n.fact._part_of = whole.id
                if inherits:  # ("Từ đầu tháng 7 đến nay, toàn tỉnh ..." / "Trong đó, …"): the total's period too
                    n.fact.qualifier = whole.qualifier
        self.state.family = _COUNTS[choice]["family"]
        if "parent" not in _COUNTS[choice]:
            self.state.totals[(choice, _subject_key(subject))] = (n.fact, self.state.seg_index)
        if share_of is not None:
            self._link_share_to_part(c, nums, i, share_of)
        if paired is not None and paired.fact.indicator in _COUNTS and \
                _COUNTS[paired.fact.indicator].get("parent") == choice:
            self._pairs.add((paired.fact.id, n.fact.id))
            self._rate_before_pair(c, nums, i - 1, i)

    def _inline_field(self, c: "_Ctx", nums, i) -> Optional[tuple]:
        """(total, field) for a count in brackets after a field's name, in the sentence of a count whose
        words say it is broken down by field ('lĩnh vực', data clauses.json field_words): 'tập trung ở
        lĩnh vực đất đai (245 hồ sơ) và xây dựng (41 hồ sơ)'. None otherwise."""
        if c.clauses[c.n.clause].opener != "paren" or i == 0:
            return None
        sent = c.clauses[c.n.clause].sentence
        totals = [x for x in nums[:i] if x.fact is not None and x.fact.kind == "count" and x.fact.modifier is None
                  and c.clauses[x.clause].sentence == sent and not x.fact.subject.scope]
        if not totals:
            return None
        total = totals[-1]
        cue = [m for m in _FIELD_WORD.finditer(c.masked, total.m.end, c.n.m.start)]
        if not cue:
            return None
        prev_end = nums[i - 1].m.end
        close = c.masked.find(")", prev_end, c.n.m.start)  # past the field before's bracket
        start = max(cue[-1].end(), close + 1 if close >= 0 else prev_end)
        name_span = c.masked[start:c.n.m.start]
        lead = regex.match(r"[\s),]*(?:(?:va|,)\s+)?", name_span)
        name_start = start + (lead.end() if lead else 0)
        bracket = c.masked.rfind("(", name_start, c.n.m.start)
        if bracket < 0 or c.masked[bracket + 1:c.n.m.start].strip():
            return None
        name = " ".join(c.seg.text[name_start:bracket].split())
        if not name or len(name.split()) > 6 or regex.search(r"[\d;:%()]", name) \
                or any(name_start <= m.start < bracket for m in c.phrases["counts"] if "_neutral" not in m.key):
            return None
        return total.fact, name

    def _level_sibling(self, c: "_Ctx", nums, i, unit) -> Optional[Fact]:
        """The count of another service level right before this one in its sentence, when only the
        level ('mức độ 4', data mentions.json service_level) follows this number's unit word and a
        joiner ('và', ',') stands between: the same measure for the other level."""
        prev = nums[i - 1] if i else None
        if prev is None or prev.fact is None or prev.fact.kind != "count" or prev.fact.modifier is not None \
                or c.clauses[prev.clause].sentence != c.clauses[c.n.clause].sentence:
            return None
        rest = c.masked[c.n.m.end + unit.end():c.n.m.end + unit.end() + 30]
        if not _LEVEL_ONLY.match(rest) or not _LEVEL_ONLY.search(c.masked, prev.m.end, c.n.m.start):
            return None
        between = c.masked[prev.m.end:c.n.m.start]
        return prev.fact if regex.search(r"(?:\bva|,)\s*$", between) and not regex.search(r"[;.]", between) else None

    @staticmethod
    def _level_text(c: "_Ctx", start: int, end: int) -> Optional[str]:
        """The service level written between ``start`` and ``end`` ("mức độ 4"), as the text writes it."""
        m = regex.search(r"muc(?:\s+do)?\s+[1-4]", c.masked[start:end])
        return " ".join(c.seg.text[start + m.start():start + m.end()].split()) if m else None

    def _total_of_run(self, c: "_Ctx", nums, i, label: str) -> Optional[Fact]:
        """The last of two or more counts of one measure right before this one in its sentence, when
        only a total word ('tổng cộng', data indicators.json total_words) stands before it."""
        if not _TOTAL_WORD.search(label) or regex.search(r"[a-z]", _TOTAL_WORD.sub("", label[-30:]).split(",")[-1]):
            return None
        run = [x for x in nums[:i] if x.fact is not None and x.fact.kind == "count" and x.fact.modifier is None
               and c.clauses[x.clause].sentence == c.clauses[c.n.clause].sentence]
        if len(run) < 2 or run[-1].fact.indicator != run[-2].fact.indicator or run[-1] is not nums[i - 1]:
            return None
        return run[-1].fact

    def _restated_rate(self, c: "_Ctx", nums, i) -> bool:
        """"Toàn thành phố: 88,14%, tức 45.672 trên 51.819 hồ sơ đã tiếp nhận": the base ``i`` and the
        count before it restate the percentage before them (roles.json restatement_cues) as its x/y,
        the rate's numerator and denominator, no counts of their own."""
        if i < 2:
            return False
        r, x, y = nums[i - 2], nums[i - 1], nums[i]
        f = r.fact
        if f is None or f.kind != "rate" or f.numerator is not None or f.modifier is not None \
                or r.m.shape != "percent" or x.fact is not None or x.m.shape != "count" \
                or not _RESTATE.fullmatch(c.masked, r.m.end, x.m.start) or not _X_OVER.fullmatch(c.masked, x.m.end, y.m.start) \
                or x.m.value is None or y.m.value is None or x.m.value > y.m.value:
            return False
        f.numerator, f.denominator, f.denominator_source = x.m.value, y.m.value, "written"
        f.evidence = evidence_for(c.seg, r.m.start, y.m.end)
        self._remember_span(f, c.seg, r.m.start, y.m.end)
        x.consumed = y.consumed = True
        x.reading.link = y.reading.link = f"x/y of {f.id}"
        x.reading.note = y.reading.note = "restates the rate"
        for rd in self.trace:
            if rd.fact == f.id:
                rd.link = f"{_fmt(f.numerator)}/{_fmt(f.denominator)}"
        return True

    def _part_before_base(self, c: "_Ctx", nums, i) -> Optional[_Num]:
        """The count a base figure is named against ("x hồ sơ trực tuyến trên tổng số y hồ sơ"):
        the count right before it in its sentence, a part of some total, no larger than it."""
        if i == 0:
            return None
        x = nums[i - 1]
        if x.m.shape != "count" or x.base or x.fact is None or x.fact.kind != "count" or x.fact.modifier \
                or c.clauses[x.clause].sentence != c.clauses[c.n.clause].sentence or x.m.value > c.n.m.value \
                or not _COUNTS.get(x.fact.indicator, {}).get("parent"):
            return None
        # ("176 dịch vụ công trực tuyến mức độ 4 trên tổng số 307 TTHC": a service level's digit is a word)
        between = _SERVICE_LEVELS.sub(" ", c.masked[x.m.end:c.n.m.start])
        return x if regex.fullmatch(r"[\s\p{L},]*", between) and not regex.search(r"[;.]", between) else None

    def _share_before_count(self, c: "_Ctx", nums, i: int) -> Optional[_Num]:
        """The share right before a count in brackets ("trực tuyến chiếm 79,50% (33.290 hồ sơ)",
        "trễ hạn tương ứng 0,7% (22 hồ sơ)") whose words named only its part (no rate phrase): the
        count, named by nothing else, is that part's; else None."""
        r = self._rate_before_bracket(c, nums, i)
        if r is None or r.share_part is None \
                or r.fact.indicator not in (_COUNTS[r.share_part].get("share"), _COUNTS[r.share_part].get("part_rate"), "other"):
            return None
        return r if r.share_part in _COUNTS else None

    def _rate_before_bracket(self, c: "_Ctx", nums, i: int) -> Optional[_Num]:
        """The percentage right before the count ``nums[i]`` when that count opens the bracket right
        after it ("89,13% (7.702 hồ sơ)"), a rate whose x/y nothing gave yet, exact; else None."""
        if i == 0:
            return None
        r, x = nums[i - 1], nums[i]
        f = r.fact
        if f is None or f.kind != "rate" or f.numerator is not None or f.modifier or r.m.shape != "percent" \
                or c.clauses[x.clause].opener != "paren" or c.clauses[x.clause].parent != r.clause \
                or not regex.fullmatch(r"[\s(]*", c.masked[r.m.end:x.m.start]):
            return None
        return r

    @staticmethod
    def _total_in_sentence(c: "_Ctx", nums, i: int, r: _Num, bases) -> Optional[Fact]:
        """The last exact count of one of ``bases`` stated before the rate ``r`` (``nums[i - 1]``) in
        its sentence, of the rate's subject; None when there is none."""
        sentence, key = c.clauses[r.clause].sentence, _subject_key(r.fact.subject)
        return next((p.fact for p in reversed(nums[:i - 1]) if p.fact is not None and p.fact.kind == "count"
                     and p.fact.indicator in bases and p.fact.modifier is None
                     and c.clauses[p.clause].sentence == sentence and _subject_key(p.fact.subject) == key), None)

    def _link_share_to_part(self, c: "_Ctx", nums, i: int, r: _Num) -> None:
        """The share's x is the part's count in the bracket after it; its y the part's total that the
        same sentence states before it, of the same subject (as "33.290 hồ sơ, chiếm 79,50%" after
        its total reads)."""
        x, f = nums[i], r.fact
        y = self._total_in_sentence(c, nums, i, r, (_COUNTS[x.fact.indicator].get("parent"),))
        if y is None or not y.value or x.m.value > y.value:
            return
        # the share of a part the catalogue names no rate for ("trước hạn chiếm 86,2% (13.190 hồ sơ)",
        # on time beside early) is a rate of no contract indicator with its x/y, as when the count comes first
        f.indicator = _COUNTS[x.fact.indicator].get("share") or "other"
        f.numerator, f.denominator, f.implicit, f.denominator_source = x.m.value, y.value, True, "sentence"
        f._links = {"numerator": [(x.fact.id, "value")], "denominator": [(y.id, "value")]}
        r.reading.link = f"share of {x.fact.id} in {y.id} (its count in the bracket after it)"
        r.reading.indicator = f.indicator

    def _count_after_rate(self, c: "_Ctx", nums, i: int) -> None:
        """'tiếp nhận tổng cộng 8.641 hồ sơ; tỷ lệ hồ sơ nộp trực tuyến là 89,13% (7.702 hồ sơ)': a
        count in the bracket right after a rate, named by nothing else, is the rate's x; its y is the
        count of the rate's base (data rate_parts: 'den', else 'paired') that the same sentence states
        before the rate, of the same subject. Linked by structure, implicit (info only)."""
        r, x = self._rate_before_bracket(c, nums, i), nums[i]
        if r is None:
            return
        f = r.fact
        rule = _RATE_PARTS.get(f.indicator) or {}
        den = rule.get("den")
        bases = ([den] if isinstance(den, str) else []) + list(rule.get("paired", []))
        if not bases:  # a part's share ("Hồ sơ trực tuyến: 54,82% (5.818 hồ sơ)"): over the part's total
            bases = [v["parent"] for v in _COUNTS.values() if v.get("share") == f.indicator and "parent" in v][:1]
        sentence = c.clauses[r.clause].sentence
        y = self._total_in_sentence(c, nums, i, r, bases)
        source = "sentence"
        if y is None and not any(p.fact is not None and p.fact.kind == "count" and c.clauses[p.clause].sentence == sentence
                                 for p in nums[:i - 1]):
            # "1. Tổng số hồ sơ … là 10.612 hồ sơ." / "2. Hồ sơ trực tuyến: 54,82% (5.818 hồ sơ).": the
            # base total the block stated on the line just before, of the same subject and part
            y = self._block_total(bases, f)
            source = "earlier"
        if y is None or x.m.value > y.value:
            return
        f.numerator, f.denominator, f.implicit, f.denominator_source = x.m.value, y.value, True, source
        f._links = {"denominator": [(y.id, "value")]}
        r.reading.link = f"{_fmt(x.m.value)}/{_fmt(y.value)}: the count after it over {y.id}"
        x.reading.link = f"x of {f.id}"

    def _block_total(self, bases, f: Fact) -> Optional[Fact]:
        """The latest total of one of ``bases`` stated in the segment before this one (or this one),
        under the same part (a numbered item before it is the same list) and of the subject of ``f``;
        None when there is none, or several."""
        found = [t for (ind, key), (t, seg) in self.state.totals.items()
                 if ind in bases and key == _subject_key(f.subject) and seg >= self.state.seg_index - 1
                 and t.modifier is None and t.qualifier == f.qualifier
                 and (t.section or "/").split("/")[0] == (f.section or "/").split("/")[0]]
        return found[0] if len(found) == 1 else None

    def _rate_before_pair(self, c: "_Ctx", nums, ix: int, iy: int) -> None:
        """'đạt 79,82% (41.806 hồ sơ trực tuyến trên tổng số 52.377 hồ sơ)': a rate whose x and y the
        parenthesis right after it names in words (x, then its base: roles.json 'base' cues) is their
        written x/y, when x is a count the rate is taken of (data: rate_parts 'num', or x's share)."""
        if ix == 0:
            return
        r, x, y = nums[ix - 1], nums[ix], nums[iy]
        cx = c.clauses[x.clause]
        if r.fact is None or r.fact.kind != "rate" or r.fact.numerator is not None or r.fact.modifier \
                or r.m.shape != "percent" or cx.opener != "paren" or cx.parent != r.clause \
                or y.clause != x.clause or x.m.value > y.m.value:
            return
        if not regex.fullmatch(r"[\s(]*", c.masked[r.m.end:x.m.start]):
            return
        f = r.fact
        takes = [ks[0] for ks in _RATE_PARTS.get(f.indicator, {}).get("num", []) if len(ks) == 1]
        if f.indicator != "other" and x.fact.indicator not in takes \
                and _COUNTS[x.fact.indicator].get("share") != f.indicator:
            return
        f.numerator, f.denominator, f.implicit, f.denominator_source = x.m.value, y.m.value, False, "written"
        f._links = {"numerator": [(x.fact.id, "value")], "denominator": [(y.fact.id, "value")]}
        f.evidence = evidence_for(c.seg, r.m.start, y.m.end)
        self._remember_span(f, c.seg, r.m.start, y.m.end)
        r.reading.link = f"{_fmt(x.m.value)}/{_fmt(y.m.value)} in the parenthesis after it"

    # ---- helpers -------------------------------------------------------------------------
    def _field_list_line(self, c: "_Ctx") -> Optional[tuple]:
        """(total, field) for a figure of a line that opens with a field breakdown cue and lists its
        fields after a colon ("Theo lĩnh vực, hồ sơ mới gồm: lý lịch tư pháp 3.912; hộ tịch 1.204"),
        each field's words right before its figure between ';' or ','; the total: the last total count
        read under the same heading (data: clauses.field_breakdown_cues)."""
        cue = _INLINE_FIELD_CUE.match(c.masked)
        colon = c.masked.find(":")
        if cue is None or colon < 0 or colon > c.n.m.start or self._named_here(c):
            return None
        sep = ";" if ";" in c.masked[colon:] else ","  # "hộ tịch, quốc tịch 1.204; …": ';' parts the fields when it is used
        begin = max(colon, c.masked.rfind(sep, colon, c.n.m.start)) + 1
        words = c.seg.text[begin:c.n.m.start].strip(" :\t")
        words = _FIELD_NAME_LEAD.sub("", words)
        if not words or regex.search(r"[\d()%]", words) or len(words.split()) > 8:
            return None
        section = f"{self.state.roman}/{self.state.sub}"
        total = next((f for f in reversed(self.facts[-12:]) if f.kind == "count" and f.modifier is None
                      and f.section == section and not f.subject.scope
                      and "parent" not in _COUNTS.get(f.indicator, {"parent": 1})), None)
        if total is None:
            return None
        named = [k for m in c.phrases["counts"] if cue.end() <= m.start and m.end <= colon
                 and "_neutral" not in m.key for k in m.key]
        family = _COUNTS.get(total.indicator, {}).get("family")
        named = [k for k in named if _COUNTS.get(k, {}).get("family") == family]  # ("hồ sơ mới": no feedback)
        if named and total.indicator not in named:
            return None  # "Theo lĩnh vực, hồ sơ trễ hạn gồm: …": another measure than the last total's, not told
        return total, words

    def _field_item(self, c: "_Ctx", label: str) -> Optional[str]:
        """The field a list item names under a lead-in that breaks its total down by field
        (data: clauses.field_breakdown_cues): the item's short label before its figure, as written
        ("Lao động, thương binh và xã hội"); None when the item names a subject or a measure."""
        if not (self.state.lead_fields and self.state.lead_count is not None) or self._named_here(c) \
                or not _BULLET.match(c.seg.text):
            return None
        start = len(c.seg.text) - len(c.seg.text.lstrip(" -+•–*\t"))
        words = c.seg.text[start:c.n.m.start].strip(" :\t")
        words = _FIELD_NAME_LEAD.sub("", words)
        if not words or regex.search(r"[\d;()%]", words) or len([w for w in words.split() if w.isalpha()]) > 10:
            return None
        return words

    def _alone_in_family(self, c: "_Ctx", part: str, section: str) -> bool:
        """No other part of ``part``'s total is named in the segment, and the total itself was not
        stated just before under the same heading ("Đang giải quyết 79 hồ sơ, trong hạn 79, quá hạn 0")."""
        parent = _COUNTS[part]["parent"]
        siblings = {k for k, v in _COUNTS.items() if v.get("parent") == parent and k != part}
        if any(siblings & set(m.key) for m in c.phrases["counts"]):
            return False
        return not any(f.indicator in siblings | {parent} and f.section == section for f in self.facts[-8:])

    def _label_words(self, c: "_Ctx", label: str) -> str:
        """The label without the subjects named in it ("Phường Thuận Hóa: " -> ": ")."""
        out = list(label)
        for a, b, _ in c.subjects:
            for k in range(max(a, c.label_start), min(b, c.n.m.start)):
                out[k - c.label_start] = " "
        return "".join(out)

    def _criterion_rate(self, c: "_Ctx") -> None:
        """The rate a criterion names ("93/96 địa phương đạt 100% hồ sơ giải quyết đúng hạn"): the
        rate of the units listed after it ("Ba địa phương chưa đạt gồm: xã A (96,55%)")."""
        n = c.n
        end = c.clauses[n.clause].end
        rate, _ = self._rate_indicator(c, n.m.start)
        if rate is None:
            for m in c.phrases["counts"]:  # the last words that name a part: "hồ sơ giải quyết đúng hạn"
                if n.m.end <= m.start < end and "_neutral" not in m.key:
                    cat = _COUNTS.get(self._pick_family(m.key, "", "") or "", {})
                    rate = cat.get("share") or cat.get("part_rate") or rate
        if rate:
            self._last_rate = rate
            self._last_rate_at = self.state.seg_index
            self._seg_criterion = (self.state.seg_index, n.m.start, rate)

    def _bracket_after_unit(self, c: "_Ctx") -> Optional[int]:
        """Where the number's sentence begins, when the number opens the brackets right after a named
        unit ("Huyện Minh Hóa (96,20%)", "huyện Kế Sách (142)"); None otherwise."""
        n = c.n
        clause = c.clauses[n.clause]
        if clause.opener != "paren" or not regex.fullmatch(r"\s*\(\s*", c.masked[clause.start:n.m.start]):
            return None
        named = [(a, b, sj) for a, b, sj in c.subjects if not sj.scope and b <= clause.start]
        if not named or named[-1][2].level != "unit" or c.masked[named[-1][1]:clause.start].strip():
            return None
        return min(k.start for k in c.clauses if k.sentence == clause.sentence)

    def _linked_after_unit(self, c: "_Ctx") -> Optional[int]:
        """Where the number's sentence begins, when a named unit stands right before the number with
        only a value link between ("xã Tân Lân mới đạt 61,08%", data clauses.json unit_value_links)
        and an earlier unit of the sentence had its figure in brackets (so the sentence is a list of
        units); None otherwise."""
        n = c.n
        sent = c.clauses[n.clause].sentence
        begin = min(k.start for k in c.clauses if k.sentence == sent)
        named = [(a, b, sj) for a, b, sj in c.subjects if not sj.scope and begin <= a and b <= n.m.start]
        if len(named) < 2 or named[-1][2].level != "unit" or not _UNIT_VALUE_LINK.fullmatch(c.masked, named[-1][1], n.m.start):
            return None
        if not any(sj.level == "unit" and regex.match(r"\s*\(\s*\d", c.masked[b:b + 8]) for _, b, sj in named[:-1]):
            return None
        return begin

    def _list_continued(self, c: "_Ctx") -> Optional[str]:
        """The rate of a list of units (each with its percentage) that the line before left open with
        a comma or semicolon, when this line goes on with a unit named before any other words and the
        percentage in brackets after it or after 'đạt': None otherwise."""
        last = self._open_list
        if last is None or last[0] != self.state.seg_index - 1 or c.subject.level != "unit":
            return None
        head = [(a, b) for a, b, sj in c.subjects if sj.level == "unit" and not sj.scope and b <= c.n.m.start]
        if not head or c.masked[:head[0][0]].strip(" -+•*"):
            return None
        between = c.masked[head[-1][1]:c.n.m.start]
        return last[1] if regex.fullmatch(r"\s*(?:\(|dat\s+)\s*", between) else None

    def _unit_list_rate(self, c: "_Ctx") -> Optional[str]:
        """The rate of a percentage in brackets after a unit, in a list its sentence opens with a list
        cue ("các địa phương chưa đạt gồm:", "có tỷ lệ thấp:", data clauses.json unit_list_cues): the
        rate read last before the sentence (in its segment, else before it); None otherwise."""
        begin = self._bracket_after_unit(c)
        if begin is None:
            begin = self._linked_after_unit(c)  # "...; ngược lại, xã C mới đạt 61,08%"
        if begin is None or any(begin <= m.start < c.n.m.start for m in c.phrases["rates"]):
            return None
        first = next((a for a, _, sj in c.subjects if a >= begin and not sj.scope and sj.level == "unit"), c.n.m.start)
        if not _UNIT_LIST_CUE.search(c.masked, begin, first):
            return None
        here = [(x.m.start, x.fact.indicator) for x in self._seg_nums if x.m.start < begin and x.fact is not None
                and x.fact.kind == "rate" and x.fact.indicator != "other" and x.fact.modifier is None]
        crit = getattr(self, "_seg_criterion", None)
        if crit and crit[0] == self.state.seg_index and crit[1] < c.n.m.start:
            here.append((crit[1], crit[2]))  # "Có 5/8 huyện ... 100% hồ sơ đúng hạn; các địa phương chưa đạt gồm: ..."
        return max(here)[1] if here else self._last_rate

    def _unit_list_measure(self, c: "_Ctx", after: str) -> Optional[str]:
        """The count a sentence names before a list of units whose figures stand in brackets after
        their names ("... nhiều hồ sơ quá hạn là huyện A (142), huyện B (97)", "Tỷ lệ hồ sơ quá hạn ...
        cao nhất tại huyện A (211 hồ sơ)"): None unless the number opens the brackets right after a
        named unit and the words before the sentence's first unit name a count."""
        begin = self._bracket_after_unit(c)
        if begin is None:
            return None
        first = next((a for a, _, sj in c.subjects if a >= begin and not sj.scope and sj.level == "unit"), None)
        if first is None:
            return None
        found = [m for m in c.phrases["counts"] if begin <= m.start and m.end <= first and "_neutral" not in m.key
                 and m.text not in _WEAK]
        return self._pick_family(found[-1].key, c.masked[begin:first], after) if found else None

    def _total_of_parts_before(self, c: "_Ctx", nums, i, label: str) -> Optional[str]:
        """The total a bracketed "(tổng số N)" / "(cộng N)" names when the figures before it in its
        sentence are two or more parts of one total (data: indicators.total_words, counts.*.parent)."""
        cl = c.clauses[c.n.clause]
        if cl.opener != "paren" or not _TOTAL_WORD.fullmatch(label.strip(" -–:;,(")):
            return None
        parent, parts = None, set()
        for x in reversed(nums[:i]):  # the run of parts of one total right before the bracket
            f = x.fact
            if c.clauses[x.clause].sentence != cl.sentence or f is None or f.kind != "count" \
                    or f.modifier is not None or f.indicator in parts:
                break
            p = _COUNTS.get(f.indicator, {}).get("parent")
            if p is None or parent not in (None, p):
                break
            parent = p
            parts.add(f.indicator)
        return parent if len(parts) >= 2 else None

    def _procedure_stock(self, c: "_Ctx", unit) -> bool:
        """The number's unit word names procedures only ("thủ tục", "TTHC"), no word of
        indicators.json procedure_flow_words stands before it in its sentence, and after its unit word
        a stop, a list opener, its level or words of the stock, no narrowing word (weak_narrowers)."""
        at = c.n.m.end + unit.end()
        if self._families_hinted(unit.group()) != ["procedures"] or _WEAK_NARROWED.match(c.masked, at):
            return False
        if not _STOCK_END.match(c.masked, at) and self.scope.tail_level(c.masked, c.n.m.end) is None \
                and not any(m.start <= at + 2 and m.end > at and "procedures_total" in m.key for m in c.phrases["counts"]):
            return False  # "45 thủ tục cung cấp thông tin", "496 TTHC mức độ 3": words after it narrow it
        sent = c.clauses[c.n.clause].sentence
        start = min((cl.start for cl in c.clauses if cl.sentence == sent), default=0)
        before = c.masked[start:c.n.m.start]
        flows = list(_PROCEDURE_FLOW.finditer(before))
        # "công bố danh mục 1.874 thủ tục hành chính": the list published, right before its count, is
        # the stock (not "công bố danh mục TTHC liên quan đến doanh nghiệp ... với 1.520 TTHC")
        return not flows or bool(_PROCEDURE_STOCK_LEAD.search(before, flows[-1].end()))

    def _items_above(self) -> Optional[str]:
        """The measure of the first count of each of the two or more list items right above this
        segment ("- Hệ thống hải quan: tiếp nhận 2.114.630 hồ sơ, ..."), when they all name the same
        one; else None."""
        firsts, block = [], self.state.seg_index - 1
        while block >= 0:
            own = [f for f in self.facts if f.block == block and f.kind == "count" and f.modifier is None]
            if not own or not regex.match(r"^\s*(?:[-+•–*]|\d{1,2}[.)])", own[0].evidence.text or ""):
                break
            firsts.append(own[0].indicator)
            block -= 1
        if len(firsts) >= 2 and len(set(firsts)) == 1 and "parent" not in _COUNTS.get(firsts[0], {}):
            return firsts[0]
        return None

    def _continues_lead(self, seg: Segment) -> bool:
        """A line right under a list lead-in that runs its sentence on, lower-case and unbulleted
        ("… là 2.099 thủ tục, trong đó:" / "cấp tỉnh 1.020, cấp huyện 297, cấp xã 782 thủ tục."): its
        statements are the lead-in's items, as bulleted lines would be."""
        return self.state.lead_structural and self.state.lead_line == self.state.seg_index - 1 \
            and seg.text.lstrip()[:1].islower()

    def _total_above(self, c: "_Ctx", nums, i, unit) -> Optional[Fact]:
        """For the first count of a bulleted item that names its own subject and no measure, the
        total stated on the line above the list (no lead-in colon) of another subject, when that line
        also broke it down by a part the item names too ("trong đó 11.844 hồ sơ trực tuyến" / "…,
        trực tuyến 3.980 hồ sơ"): the items break that total down by subject."""
        if unit is None or not _BULLET.match(c.seg.text) or not self._named_here(c) or self.state.lead_count is not None:
            return None
        if any(x.m.shape == "count" for x in nums[:i]):
            return None
        above = [f for f in self.facts if f.block == self.state.lead_seg and f.kind == "count" and f.modifier is None]
        total = next((f for f in above if "parent" not in _COUNTS.get(f.indicator, {"parent": 1})), None)
        if total is None or total.subject.level == c.subject.level and total.subject.name == c.subject.name:
            return None
        parts = {f.indicator for f in above if _COUNTS.get(f.indicator, {}).get("parent") == total.indicator}
        named = {k for m in c.phrases["counts"] if m.start > c.n.m.end for k in m.key}
        return total if parts & named else None

    def _stage_total(self, c: "_Ctx", unit) -> Optional[str]:
        """The total of the stage the section's heading names (data: stage_totals), for a count of
        dossiers whose clause names a subject and no measure; None outside such a heading."""
        if not self.state.stage or unit is None or not self._named_here(c):
            return None
        if " ".join(unit.group().split()) not in _DOSSIER_UNITS:
            return None
        sent = c.clauses[c.n.clause].sentence
        sent_end = _sentence_end(c, sent)
        if any(c.n.m.end <= m.start < sent_end and "_neutral" not in m.key for m in c.phrases["counts"]):
            return None  # "Sở Xây dựng (15 hồ sơ) … còn hồ sơ trễ hạn": the sentence names its own measure
        return _CAT["stage_totals"].get(self.state.stage)

    def _named_here(self, c: "_Ctx") -> bool:
        """Whether the number's own clause (or the words just before it) names its subject."""
        return self.scope.named_in(c.subjects, c.label_start, c.n.m.start)

    def _broken_down(self, c: "_Ctx", nums, i) -> Optional[Fact]:
        """The count that the number's clause breaks down (via "trong đó", "(", ":" or a list)."""
        chain = ancestors(c.clauses, c.n.clause)
        if not chain and c.clauses[c.n.clause].opener not in ("comma",):
            return None
        # a clause holding only the share of the count before it ("1.958 hồ sơ, tỷ lệ 0,47% (cấp tỉnh
        # 214; …)"): what it breaks down is that count's clause
        # — or only the rest of the count's unit word ("64 phản ánh, kiến nghị (mới 15, …)": the comma
        # inside the unit word opened the clause the bracket breaks down)
        shares = set()
        for k in chain:
            if c.clauses[k].opener != "comma":
                continue
            mine = [x for x in nums if x.clause == k]
            before = [j for j in range(k) if c.clauses[j].parent == c.clauses[k].parent
                      and c.clauses[j].sentence == c.clauses[k].sentence]
            if not before:
                continue
            if mine and all(x.fact is not None and x.fact.kind == "rate" for x in mine):
                shares.add(before[-1])
            elif not mine:
                last = [x for x in nums[:i] if x.clause == before[-1]]
                unit = _COUNT_UNIT.match(c.masked[last[-1].m.end:c.clauses[k].end]) if last else None
                if unit and not c.masked[last[-1].m.end + unit.end():c.clauses[k].end].strip(" ,;:("):
                    shares.add(before[-1])
        for j in range(i - 1, -1, -1):
            p = nums[j]
            if p.fact is None or p.fact.kind != "count" or p.fact.modifier is not None:
                continue
            if p.clause in chain or p.clause in shares or (c.clauses[p.clause].parent is not None and
                                                           c.clauses[p.clause].parent == c.clauses[c.n.clause].parent
                                                           and c.clauses[p.clause].parent in chain):
                # a sibling part of the same breakdown carries the indicator of the total too
                return p.fact
        return self._level_lead_base(c, nums, i, chain)

    def _level_lead_base(self, c: "_Ctx", nums, i, chain) -> Optional[Fact]:
        """The count a sentence opened by a level breakdown's lead ("Chia theo cấp:", data
        clauses.level_breakdown_leads) breaks down: the last count of the sentence before it that is no
        part of another count of that sentence (its head, not the part a "trong đó" broke out)."""
        if not chain:
            return None
        root = c.clauses[chain[-1]]
        if not _LEVEL_LEAD.match(c.masked[root.start:root.end].rstrip(" :")):
            return None
        if any(x.clause == chain[-1] for x in nums):
            return None
        if not c.masked[:root.start].strip():
            # the lead opens its line: the head count of the line before ("1. Tổng số hồ sơ tiếp nhận
            # trong kỳ: 412.907 hồ sơ, trong đó: …." / "Chia theo cấp: cấp tỉnh 61.554 hồ sơ, …")
            heads = [f for f in self.facts if f.block == self.state.seg_index - 1 and f.kind == "count"
                     and f.modifier is None and f._part_of is None and f.id not in self._root_of]
            return heads[-1] if heads else None
        before = [p for p in nums[:i] if c.clauses[p.clause].sentence == root.sentence - 1
                  and p.fact is not None and p.fact.kind == "count" and p.fact.modifier is None]
        # the head of that sentence, not a part its own "trong đó" broke out ("toàn tỉnh tiếp nhận
        # 18.426 hồ sơ, trong đó trực tuyến 12.377 hồ sơ." / "Chia theo cấp: cấp tỉnh 3.912 hồ sơ, …")
        holders = {p.clause for p in before}
        heads = [p for p in before if not holders & set(ancestors(c.clauses, p.clause))]
        return (heads or before)[-1].fact if before else None

    def _parallel(self, c: "_Ctx", nums, i) -> Optional[Fact]:
        """The count of the statement just before, in the same sentence, about another subject."""
        sent = c.clauses[c.n.clause].sentence
        for j in range(i - 1, -1, -1):
            p = nums[j]
            if c.clauses[p.clause].sentence != sent:
                return None
            if p.fact is None:
                continue
            if p.fact.kind == "count" and p.fact.modifier is None and \
                    _subject_key(p.fact.subject) != _subject_key(c.subject):
                return p.fact
            return None
        return None

    def _parallel_after(self, c: "_Ctx", nums, i) -> Optional[str]:
        """The count the next statement of the sentence names after its own number, about another
        named unit, when this number's words name none ("cao nhất là phường A với 4.210 hồ sơ, thấp
        nhất là xã B với 512 hồ sơ tiếp nhận"): both counts of one unit word, the later one's measure
        right after its unit word and nothing after it to the sentence's end (its words name both)."""
        n = c.n
        sent = c.clauses[n.clause].sentence
        if i + 1 >= len(nums) or c.subject.level != "unit":
            return None
        nxt = nums[i + 1]
        if nxt.m.shape != "count" or c.clauses[nxt.clause].sentence != sent:
            return None
        units = [sj for a, b, sj in c.subjects if not sj.scope and n.m.end <= a and b <= nxt.m.start]
        if len(units) != 1 or units[0].level != "unit" or _subject_key(units[0]) == _subject_key(c.subject):
            return None
        word = regex.match(r"\s*(\S+(?:\s+so)?)", c.masked[n.m.end:])
        if word is None or not c.masked[nxt.m.end:].lstrip().startswith(word.group(1)):
            return None
        link = lambda at: (regex.findall(r"[a-z]+", c.masked[max(0, at - 12):at]) or [""])[-1]  # noqa: E731
        if link(n.m.start) != link(nxt.m.start):
            return None  # "... phường A với 4.300 hồ sơ, xã B có 12 hồ sơ quá hạn": two statements, not parallel
        end = max(cl.end for cl in c.clauses if cl.sentence == sent)
        tail = c.masked[nxt.m.end:end]
        found = [m for m in c.phrases["counts"] if nxt.m.end <= m.start and m.end <= end and "_neutral" not in m.key]
        if len(found) != 1 or tail[found[0].end - nxt.m.end:].strip(" .;,)"):
            return None
        if regex.search(r"\d", tail[:found[0].start - nxt.m.end]):
            return None
        return self._pick_family(found[0].key, tail, "")

    @staticmethod
    def _own_start(c: "_Ctx") -> int:
        """Where the number's own clause begins; a "label: value" clause begins with its label."""
        cl = c.clauses[c.n.clause]
        if cl.opener == "colon" and cl.parent is not None:  # "Trễ hạn: 3.14%": the label before the colon
            cl = c.clauses[cl.parent]
        return cl.start

    def _rate_itself(self, c: "_Ctx", start: int, end: int) -> bool:
        """Whether a percentage named by a part's words states the rate itself, not the part's share:
        only a level verb (clauses.rate_level_verbs: "là", "đạt") stands between the words and it, and
        no count of the part follows in a bracket ("Hồ sơ trực tuyến: 54,82% (5.818 hồ sơ)" is a share)."""
        lo = self._part_lo(c)
        found = [m for m in c.phrases["counts"] if lo <= m.start and m.end <= start and "_neutral" not in m.key]
        if not found or _FIGURE_BRACKET_AFTER.match(c.masked, end):
            return False
        between = c.masked[found[-1].end:start]
        if lo < self._own_start(c):  # "... đúng hạn, đạt 99%": the words, the comma, the level verb
            return bool(_CARRIED_PART_VERB.fullmatch(between.split(",")[-1])) and "," in between \
                and not between.split(",")[0].strip()
        return bool(_LEVEL_VERB.fullmatch(between))

    def _part_lo(self, c: "_Ctx") -> int:
        """Where the words naming a part may begin for the number: its own clause, or the clause
        before it when its own holds only a level verb ("Hồ sơ được giải quyết đúng hạn, đạt 99%";
        data: clauses.carried_part_verbs) and the clause before it, of the same sentence, no figure."""
        lo = max(c.label_start, self._own_start(c))
        cl = c.clauses[c.n.clause]
        if cl.opener != "comma" or not _CARRIED_PART_VERB.fullmatch(c.masked[lo:c.n.m.start]):
            return lo
        k = c.n.clause - 1
        if k < 0 or c.clauses[k].sentence != cl.sentence or c.clauses[k].depth != cl.depth:
            return lo
        prev = c.clauses[k]
        if any(prev.start <= x.m.start < lo for x in self._seg_nums):
            return lo
        return max(c.label_start, prev.start)

    def _part_named(self, c: "_Ctx", start: int) -> Optional[str]:
        lo = self._part_lo(c)
        # a part's words may hold the break its clause begins at ("đúng hạn và trước hạn chiếm 99,4%": the
        # in-time group, not "trước hạn" alone): a phrase that runs across the break names it whole
        found = [m for m in c.phrases["counts"] if (lo <= m.start or c.label_start <= m.start < lo < m.end)
                 and m.end <= start and "_neutral" not in m.key]
        if not found and not c.masked[lo:start].strip(" (") and c.masked[lo:start].strip() == "(":
            # "còn lại là hồ sơ nộp trực tiếp, qua bưu chính (42,7%)": a bare percentage in brackets right
            # after a part's words is that part's share
            found = [m for m in c.phrases["counts"] if c.label_start <= m.start and m.end <= lo
                     and not c.masked[m.end:lo].strip() and "_neutral" not in m.key]
        if not found:
            return None
        keys = [k for k in found[-1].key if "parent" in _COUNTS.get(k, {})]
        if not keys:
            return None
        # the unit word after the number tells the family ("đã giải quyết 58.417/60.982 HS" is about
        # dossiers, not feedback): a phrase of another family's part is no part here
        after = c.masked[c.n.m.end:c.n.m.end + 20]
        hinted = self._families_hinted(after)
        if hinted and not any(_COUNTS[k]["family"] in hinted for k in keys):
            return None
        return self._pick_family(tuple(keys), "", "")

    def _share_base(self, c: "_Ctx", fact: Fact) -> Optional[Fact]:
        """The total of another kind a total's share is taken of (data: counts share_base), stated
        before it in its sentence for the same subject; else None."""
        want = _COUNTS.get(fact.indicator, {}).get("share_base")
        if not want:
            return None
        sentence = c.clauses[c.n.clause].sentence
        for n in reversed(self._seg_nums):
            f = n.fact
            if f is None or f is fact or n.m.start >= c.n.m.start:
                continue
            if c.clauses[n.clause].sentence != sentence:
                break
            if f.kind == "count" and f.indicator == want and f.modifier is None \
                    and _subject_key(f.subject) == _subject_key(fact.subject) and f.value and fact.value <= f.value:
                return f
        return None

    def _level_whole(self, c: "_Ctx", fact: Fact) -> Optional[Fact]:
        """The whole a level's count is a share of ("toàn tỉnh tiếp nhận 118.740 hồ sơ. Khối sở, ngành
        tiếp nhận 15.630 hồ sơ, chiếm 13,2% tổng số"): the city's count of the same measure and
        qualifier stated in this line or the one before, when the words after the percentage name no
        other measure (nothing, or only a base word, data clauses.base_after_percent)."""
        if fact.subject.level not in _LEVEL_PARTS or "parent" in _COUNTS.get(fact.indicator, {}):
            return None
        rest = c.masked[c.n.m.end:c.clauses[c.n.clause].end]
        if not _BASE_ONLY.fullmatch(rest):
            return None
        whole = self._total(fact.indicator, Subject(level="city"))
        if whole is None or whole is fact or whole.qualifier != fact.qualifier or not whole.value:
            return None
        return whole

    def _same_sentence_total(self, c: "_Ctx", total: Fact) -> bool:
        """Whether a total was stated in the sentence the share stands in (the text gives x/y)."""
        for n in self._seg_nums:
            if n.fact is total:
                return c.clauses[n.clause].sentence == c.clauses[c.n.clause].sentence
        return False

    def _named_not_met(self, c: "_Ctx", n: _Num) -> tuple:
        """The units a count of units meeting a target goes on to name as not meeting it, without a
        figure of their own, up to the end of its sentence ("Số sở, ngành đạt chỉ tiêu: 12/14 đơn vị;
        chưa đạt gồm: Sở Nội vụ, Sở Xây dựng, Sở Y tế." -> three names; data: indicators.json
        not_met_words), and whether the list is opened as the whole one ("chưa đạt gồm:", "... chưa đạt
        là": clauses.json not_met_list) with no word making it a sample ("như", "một số"). A unit
        followed by its percentage is a rate of its own (read as such)."""
        sentence = c.clauses[n.clause].sentence
        end = _sentence_end(c, sentence)
        cue = _NOT_MET_WORDS.search(c.masked, n.m.end, end)
        if cue is None:
            return (), False
        names, first, spans = [], None, []
        for start, stop, subject in c.subjects:
            name = subject.name or (self.ctx.own_unit if subject.level == "self" else None)
            if cue.end() <= start and stop <= end and subject.level in ("unit", "self") and name \
                    and not _FIGURE_NEXT.match(c.masked, stop) and name not in names:
                names.append(name)
                spans.append((start, stop))
                first = start if first is None else first
        if not names:
            return (), False
        lead = c.masked[cue.end():first]
        # ("chưa đạt gồm:", "các cơ quan chưa đạt là"): a lead word, a few words, no figure, before the
        # names; and nothing but the names read and their separators after it (a name not read would
        # make the list look shorter than it is)
        rest, at = [], first
        for start, stop in sorted(spans):
            rest.append(c.masked[at:start])
            at = max(at, stop)
        rest.append(c.masked[at:end])
        whole = len(lead) <= 40 and not regex.search(r"\d", lead) and _NOT_MET_LEAD.search(lead) is not None \
            and not _NOT_MET_PARTIAL.search(c.masked, cue.end(), end) \
            and all(_LIST_GLUE.fullmatch(piece) for piece in rest)
        return tuple(names), whole

    def _criterion_after(self, c: "_Ctx", n: _Num) -> Optional[str]:
        """The rate a percentage criterion after a count of units names, up to the end of its
        statement (";" or the sentence's end): a rate's words, or a part's words whose share is a rate
        ("Có 5/8 huyện, thị xã, thành phố giải quyết 100% hồ sơ đúng hạn;" -> resolved_on_time)."""
        sentence = c.clauses[n.clause].sentence
        end = _sentence_end(c, sentence)
        stop = c.masked.find(";", n.m.end, end)
        end = stop if stop >= 0 else end
        percent = _PERCENT_IN.search(c.masked, n.m.end, end)
        if percent is None:
            return None
        rates = [m for m in c.phrases["rates"] if n.m.end <= m.start and m.end <= end]
        if rates:
            return rates[0].key[0]
        for m in c.phrases["counts"]:
            if percent.start() <= m.start and m.end <= end and "_neutral" not in m.key:
                cat = _COUNTS.get(self._pick_family(m.key, "", ""), {})
                if cat.get("share") or cat.get("part_rate"):
                    return cat.get("share") or cat["part_rate"]
        return None

    def _breaks_down_last(self, c: "_Ctx", total: Fact) -> bool:
        """Whether the number's sentence opens with words that point back ("Trong đó", "Trong số
        này"; data: clauses anaphora_openers) and ``total`` is the last count stated before that
        sentence, on its line or the line before: the sentence breaks down that very figure, so a
        share in it is of that total as plainly as in one sentence ("... đã tiếp nhận 14.762 hồ sơ." /
        "Trong đó có 8.804 hồ sơ nộp qua mạng, chiếm 58,46%"). Fact.denominator_source "anaphora"."""
        sentence = c.clauses[c.n.clause].sentence
        start = min((cl.start for cl in c.clauses if cl.sentence == sentence), default=0)
        if self.state.seg_index - (total.block or 0) > 1:
            return False
        named = _BASE_ANAPHORA.match(c.masked[start:])
        if named and not regex.search(r"\d", c.masked[start:start + named.end()]):
            # "Trong số hồ sơ đã giải quyết có 146.105 hồ sơ đúng hạn": the total named by its words
            first = min((n.m.start for n in self._seg_nums if n.m.start >= start), default=len(c.masked))
            if any(start + named.end() <= m.start and m.end <= first and total.indicator in m.key
                   for m in c.phrases["counts"]):
                return True
        # a sentence the segment before left open (";" then a lower-case word) breaks down its last count too
        continued = getattr(self, "_continued", False) and not c.masked[:start].strip() \
            and self.state.seg_index - (total.block or 0) == 1
        if not (_ANAPHORA.match(c.masked[start:]) or continued):
            # "… đã nhận 412.560 hồ sơ. Người dân … nộp trực tuyến với 298.745 hồ sơ, đạt tỷ lệ 72,14%": the
            # next sentence of the same paragraph, its part the first figure after the total, of one period
            prev_sent = [n for n in self._seg_nums if n.m.start < start
                         and c.clauses[n.clause].sentence == sentence - 1]
            first_here = min((n.m.start for n in self._seg_nums if n.m.start >= start), default=None)
            return total.block == self.state.seg_index and bool(prev_sent) and prev_sent[-1].fact is total \
                and first_here is not None and c.n.m.start > first_here and total.qualifier == c.period \
                and not any(n.m.start < start and n.fact is not None and n.fact.kind == "count"
                            and c.clauses[n.clause].sentence == sentence for n in self._seg_nums)
        here = [n for n in self._seg_nums if n.m.start < start]
        before = [n.fact for n in here if n.fact is not None and n.fact.kind == "count"]
        if before:
            return before[-1] is total
        counts = [f for f in self.facts if f.kind == "count" and f.block is not None and f.block < self.state.seg_index]
        return bool(counts) and counts[-1] is total

    def _total(self, indicator: str, subject: Subject) -> Optional[Fact]:
        """The total a part's share is taken of: stated in this or the line before, in the lead-in
        whose list the part is an item of ("tiếp nhận 647 hồ sơ. Cụ thể:", "2. Đã giải quyết: 17.964
        hồ sơ" above "- Quá hạn: 262 (1,46%)"), or in a field line of the run of "label: value" lines
        the part's line ends ("Hồ sơ đã giải quyết: 940" / "Đúng hạn: …" / "Trễ hạn: 19 – tỷ lệ 2,02%"), or
        in an earlier item of the list the part's item belongs to (no line that is no item between)."""
        got = self.state.totals.get((indicator, _subject_key(subject)))
        run = self.state.field_run
        if got and (self.state.seg_index - got[1] <= 1 or got[0] is self.state.lead_count
                    or (run and got[1] >= run)
                    or got[1] == self.state.lead_seg or (self.state.indented and got[1] == self.state.outer_seg)
                    or got[1] > self.state.lead_seg):  # an earlier item of the same list ("+ Hồ sơ tiếp nhận: 2.263" … "+ Trực tiếp: 1.399 (61,82%)")
            return got[0]
        return None

    def _convention_base(self, total: Fact) -> Optional[Fact]:
        """The total a part's share may be taken over instead of its parent ``total`` by a report's
        convention (data: counts share_base, 'resolved_total' -> 'received_total'): the latest such
        count of the same subject and qualifier stated in ``total``'s own statement block."""
        want = _COUNTS.get(total.indicator, {}).get("share_base")
        if not want:
            return None
        base = self._total(want, total.subject)
        if base is None or base.block != total.block or base.qualifier != total.qualifier \
                or base.modifier is not None or not base.value or base.value < (total.value or 0):
            return None
        return base

    def _parent_of(self, fact: Fact) -> Optional[Fact]:
        parent = _COUNTS.get(fact.indicator, {}).get("parent")
        return self._total(parent, fact.subject) if parent else None

    def _rate_indicator(self, c: "_Ctx", start: int, since: Optional[int] = None,
                        after_text: str = "", own: bool = False) -> tuple[Optional[str], bool]:
        """The rate named in the number's sentence before it (explicit), else its heading's or its
        lead-in's (inherited)."""
        lo = c.clauses[c.n.clause]
        sent_start = min((cl.start for cl in c.clauses if cl.sentence == lo.sentence), default=0)
        # own: the number's own label, back to the previous number ("Tỷ lệ phản ánh, kiến nghị xử lý
        # đúng hạn: 97%" is one label, commas and all)
        begin = since if since is not None else (max(c.label_start, sent_start, min(self._own_start(c), c.label_start))
                                                 if own else sent_start)
        found = [m for m in c.phrases["rates"] if begin <= m.start and m.end <= start
                 and not _in_aside(c.clauses, lo, c.masked, m.start, start)]
        if since is not None and not found:
            found = [m for m in c.phrases["rates"] if since <= m.start < start + 1]
        if found:
            return found[-1].key[0], True
        if own:
            return None, False
        if since is not None:
            counts = [m for m in c.phrases["counts"] if since <= m.start and m.end <= start and "_neutral" not in m.key]
            for m in reversed(counts):
                share = _COUNTS.get(self._pick_family(m.key, "", ""), {}).get("share")
                if share:
                    return share, True
        sent_end = _sentence_end(c, lo.sentence)
        # the rate read last before the sentence: in an earlier sentence of the segment ("Tỷ lệ quá hạn
        # của cấp huyện là 2,1%. Huyện A là địa phương có tỷ lệ này cao nhất (6,4%)"), else before it
        earlier = [x.fact.indicator for x in self._seg_nums if x.m.start < sent_start and x.fact is not None
                   and x.fact.kind == "rate" and x.fact.indicator != "other" and x.fact.modifier is None]
        # ("Cấp huyện giải quyết đúng hạn 99,6%; cao nhất Huyện A (99,9%)": the rate read last in the
        # sentence itself comes first)
        here = [x.fact.indicator for x in self._seg_nums if sent_start <= x.m.start < start and x.fact is not None
                and x.fact.kind == "rate" and x.fact.indicator != "other" and x.fact.modifier is None
                and x.fact.subject.level != "unit"]
        previous = self._last_rate
        if self.state.section_indicator and self._section_rate_at > self._last_rate_at:
            # "2. Tỷ lệ số hóa của cấp huyện" / "…" / "+ Cao nhất: Huyện A 96,40%": the heading read since
            # the last rate names the rate its lines rank the units by
            previous = self.state.section_indicator
        last_rate = _rate_of_share(here[-1] if here else earlier[-1] if earlier else previous)
        if lo.opener == "paren" and c.subj_explicit and c.subject.level == "unit" \
                and not any(sent_start <= m.start < start for m in c.phrases["rates"]):
            # "Đà Nẵng (68,4%) cùng các tỉnh Hòa Bình (84,7%), ... là 5 tỉnh dẫn đầu ... về tỷ lệ hồ sơ
            # trực tuyến": the rate the ranking words after the list name (inherited)
            rank = _SUPERLATIVE.search(c.masked, start, sent_end)
            later = [m for m in c.phrases["rates"] if rank is not None and rank.end() <= m.start < sent_end
                     and not regex.search(r"\d", c.masked[rank.end():m.start])]  # the ranking's own rate, no other figure's
            if later:
                return later[0].key[0], False
        if last_rate and (_RATE_ANAPHORA.search(c.masked, sent_start, start)
                          or _SUPERLATIVE.search(c.masked, sent_start, start)
                          or (lo.opener == "paren" and c.subj_explicit and c.subject.level == "unit"
                              and _SUPERLATIVE.search(c.masked, start, sent_end))
                          or _SENTENCE_BREAKDOWN.match(c.masked, sent_start)
                          or self._unit_figure(c, start, groups=bool(here or earlier))) \
                and not any(sent_start <= m.start < start for m in c.phrases["rates"]):
            # "Ở cấp huyện, tỷ lệ này cao nhất là thành phố Sầm Sơn 31,7%"; "Cao nhất là phường Trấn
            # Biên (99,94%)": the rate read last before the sentence (inherited)
            return last_rate, False
        if self.state.lead_indicator:
            return self.state.lead_indicator, self.state.lead_structural
        if self.state.section_indicator:
            return self.state.section_indicator, False
        if c.clauses[c.n.clause].opener == "paren" and lo.sentence > 0 and _MET_LEAD.match(c.masked, sent_start):
            # "... đạt tỷ lệ nộp trực tuyến từ 80% trở lên. Các cơ quan chưa đạt: Bộ A (61,3%); ...":
            # the units' figures in brackets measure the rate the sentence before named (inherited)
            prev_start = min((cl.start for cl in c.clauses if cl.sentence == lo.sentence - 1), default=0)
            found = [m for m in c.phrases["rates"] if prev_start <= m.start and m.end <= sent_start]
            if found:
                return found[-1].key[0], False
        return None, False

    def _unit_figure(self, c: "_Ctx", start: int, groups: bool = False) -> bool:
        """The percentage at ``start`` stands right after a unit's or a level group's name ("phường Long
        Hoa (97,1%)", "xã Tân Lân mới đạt 61,08%"; data: clauses.json unit_figure_links)."""
        # ("Khối sở, ban, ngành đạt 94,30%; khối xã, phường đạt 85,41%" right after the province's rate, in
        # its statement block (``groups``): a level group's figure so linked measures it too; across a
        # numbered item, "2. Về mức độ hài lòng …, cấp xã đạt 91,3%" measures what its own words say)
        return c.n.m.shape == "percent" and any(
            (sj.level == "unit" or (groups and sj.level in _LEVEL_GROUPS)) and not sj.scope and b <= start
            and _UNIT_FIGURE_LINK.fullmatch(c.masked[b:start]) for a, b, sj in c.subjects)

    def _generic(self, c: "_Ctx", start: int) -> bool:
        sent = c.clauses[c.n.clause].sentence
        begin = min((cl.start for cl in c.clauses if cl.sentence == sent), default=0)
        return any(begin <= m.start < start for m in c.phrases["generic"])

    def _not_met(self, c: "_Ctx") -> bool:
        return self._claim(c) == "not_met"

    def _claim(self, c: "_Ctx") -> Optional[str]:
        """What the rate's own statement says of its target: before the number in its sentence, or
        after it up to the next figure ("đạt 83,49% (chỉ tiêu ≥ 80%), chưa hoàn thành chỉ tiêu")."""
        sent = c.clauses[c.n.clause].sentence
        begin = min((cl.start for cl in c.clauses if cl.sentence == sent), default=0)
        end = _sentence_end(c, sent)
        later = [n.m.start for n in self._seg_nums if n.m.start > c.n.m.end and n.reading is None
                 and not (n.m.shape == "percent" and self._is_target_text(c, n))]
        stop = min([end] + later)
        chain = [c.n.clause] + ancestors(c.clauses, c.n.clause)
        begin = max(begin, min(c.clauses[k].start for k in chain))  # not across ";" to another statement
        before = [m for m in c.phrases["not_met"] if begin <= m.start < c.n.m.start]

        def claims_nothing_else(m) -> bool:  # "99,99% số địa phương đạt chỉ tiêu 114/114": the count's
            k = clause_at(c.clauses, m.start)
            # (the target the claim speaks of may follow it: "đã hoàn thành chỉ tiêu Chính phủ giao (từ 50% trở lên)")
            return not any(m.end <= x.m.start < max(c.clauses[k].end, m.end + 25)
                           and not (x.role.kind == "target" or self._is_target_text(c, x))
                           for x in self._seg_nums)
        after = [m for m in c.phrases["not_met"] if c.n.m.end <= m.start < stop and claims_nothing_else(m)]
        if before:  # the nearest word before it: "đạt chỉ tiêu: 10/12; chưa đạt chỉ tiêu: Sở X (25%)"
            return before[-1].key[0]
        return after[0].key[0] if after else None

    def _is_target_text(self, c: "_Ctx", n) -> bool:
        return bool(regex.search(r"chi\s+tieu[^\d;]{0,30}$", c.masked[max(0, n.m.start - 40):n.m.start]))

    def _qualify(self, fact: Fact, c: "_Ctx", after: str) -> None:
        qm = _QUALIFIER_AFTER.match(after)
        if qm and not regex.match(r"\s*chi\s+tieu", qm["q"]):
            start = c.n.m.end + qm.start("q")
            fact.qualifier = c.seg.text[start:c.n.m.end + qm.end("q")].strip()
        elif fact.qualifier is None:
            quals = [m for m in c.phrases["qualifiers"] if c.label_start <= m.start < c.n.m.start]
            if quals:
                fact.qualifier = quals[-1].key[0]
            elif c.period:
                fact.qualifier = c.period

    def _count_label(self, c: "_Ctx", label: str, after: str, unit, number: str = "") -> Optional[str]:
        """The count indicator named just after a number's unit word ("52 hồ sơ quá hạn") or just
        before the number ("đã giải quyết: 225.047")."""
        # "310 dịch vụ công trực tuyến mức độ 3", "128 dịch vụ mức độ 4": a procedure phrase right after
        # the number names what it counts (services, not dossiers), whatever the words before it say
        lead = len(after) - len(after.lstrip())
        # (not the next line's label: "Dịch vụ công mức độ 4: 716" over "Dịch vụ công mức độ 3: 4433")
        post = [m for m in c.phrases["counts"] if m.start == c.n.m.end + lead and "_neutral" not in m.key
                and any(_COUNTS.get(k, {}).get("family") == "procedures" for k in m.key)
                and not label_line_between(c.seg, c.n.m.end, m.start)]
        if post:
            longest = max(post, key=lambda m: m.end - m.start)
            self._post_end = longest.end
            return next(k for k in longest.key if _COUNTS.get(k, {}).get("family") == "procedures")
        service = _SERVICE_AFTER.match(after)
        if service and not label_line_between(c.seg, c.n.m.end, c.n.m.end + service.end()):  # "cung cấp 921 dịch vụ công trực tuyến, gồm ...": services offered (data: service_counts)
            self._post_end = c.n.m.end + service.end()
            self._service_qualifier = _SERVICE_QUALIFIER.get(" ".join(service.group().replace(",", " ").split()))
            return _CAT["service_counts"]["indicator"]
        if unit:  # "9.870 hồ sơ trước hạn", "01 hồ sơ rút": the words after the unit word name it
            rest = after[unit.end():] if len(after) >= unit.end() else ""
            # "122 thủ tục được cung cấp trực tuyến mức độ 4": a procedure phrase after the unit word
            # (and its fillers) names the part, service level digits and all
            filler = _POST_FILLER.match(rest.lstrip())
            at = c.n.m.end + unit.end() + (len(rest) - len(rest.lstrip()))
            post = [m for m in c.phrases["counts"] if m.start in (at, at + (filler.end() if filler else 0))
                    and "_neutral" not in m.key
                    and any(_COUNTS.get(k, {}).get("family") == "procedures" and "parent" in _COUNTS[k] for k in m.key)]
            if post and self._families_hinted(unit.group()) == ["procedures"]:  # "thủ tục", "TTHC"
                longest = max(post, key=lambda m: m.end - m.start)
                self._post_end = longest.end
                return next(k for k in longest.key if _COUNTS.get(k, {}).get("family") == "procedures" and "parent" in _COUNTS[k])
            # the words up to a bracket, a stop or a share cue ("trước hạn, đúng hạn (tương ứng ...")
            # ("đúng và trước hạn" is one name: "và" ends it only before another figure)
            short = regex.match(r"^\s*(?!va\b)([a-z][a-z\s,]{0,64}?)(?=\s*[.;)(:]|\s*,\s*\d|\s*,?\s+(?:va\s+\d|con|dat|chiem|tuong|bang)\b|$)", rest) \
                or regex.match(r"^\s*(?!va\b)([a-z](?:(?!\s+va\b)[a-z\s,]){0,64})(?=\s)", rest)  # long words after it: their start names it ("và" begins another statement)
            if short:
                # the unit word may begin the phrase ("309 TTHC thuộc thẩm quyền giải quyết")
                head = unit.group().strip() + " "
                post, offset = [], 0
                lead = _POST_FILLER.match(short.group(1))
                skip = lead.end() if lead else 0
                if lead and _BREAKDOWN_FILLER.match(short.group(1)) and \
                        _FIGURE_NEXT.match(c.masked, c.n.m.end + unit.end() + short.end(1)):
                    short = None  # "11.000 hồ sơ trong số đó đúng hạn 10.900 hồ sơ": the next figure's words
            if short:
                # "1.620 hồ sơ UBND phường tiếp nhận": the subject named between the unit word and
                # the words that name the count is the figure's, not part of its name
                at = c.n.m.end + unit.end() + short.start(1)
                named = next((b for a, b, _ in c.subjects if a == at + skip and b - at < len(short.group(1))), None) \
                    if c.n.base else None  # "Trong tổng số 1.620 hồ sơ UBND phường tiếp nhận có ...": a base
                if named is not None:
                    rest_words = short.group(1)[named - at:]
                    skip = named - at + (len(rest_words) - len(rest_words.lstrip()))
                for text, off in ((short.group(1), skip), (head + short.group(1), len(head) + skip)):
                    post = [m for m in self._m("counts").find(text, folded=True, fuzzy=self.ctx.garbled)
                            if "_neutral" not in m.key and m.start <= off + 3
                            and not (m.text in _WEAK and _WEAK_NARROWED.match(text, m.end))]  # "402 TTHC có phát sinh hồ sơ"
                    if post:
                        offset = off
                        break
                post.sort(key=lambda m: -(m.end - m.start))
                if post:
                    # (the part's words may run past where the name's words stop: "... đang giải quyết còn trong hạn")
                    longer = text[:len(text) - len(short.group(1))] + rest[short.start(1):]
                    post[0] = _narrowed_by_part(post[0], lambda t: self._m("counts").find(t, folded=True, fuzzy=self.ctx.garbled), longer)
                    # the next number's label starts after these words ("98 TTHC một phần và 14 TTHC ...")
                    # (offset counts the words skipped before the phrase, which are inside the text too)
                    self._post_end = c.n.m.end + unit.end() + (short.start(1)) + post[0].end - (offset - skip)
                    pre = self._pre_label(c, label, unit, number)
                    picked = self._pick_family(post[0].key, label, after)
                    if picked and (pre is None or _COUNTS[picked]["family"] == _COUNTS[pre]["family"]
                                   or "parent" in _COUNTS[picked]):
                        return picked
        elif (bare := self._bare_part_after(c, after)) is not None:
            return bare
        return self._pre_label(c, label, unit, number)

    def _bare_part_after(self, c: "_Ctx", after: str) -> Optional[str]:
        """The part a count's own words name right after it with no unit word, in a list of a total's
        parts ("29.044 hồ sơ: 12.380 trước hạn, 15.902 đúng hạn và 762 quá hạn"): a part phrase
        (a count with a parent, data indicators.counts) that begins at the number and ends at a stop,
        a bracket or "và" (so "đúng hạn 6.590 trễ hạn 151" keeps its words before each number)."""
        lead = len(after) - len(after.lstrip())
        if not lead or not after[lead:lead + 1].isalpha():
            return None
        at = c.n.m.end + lead
        if label_line_between(c.seg, c.n.m.end, at):
            return None  # the next "label: value" line's words
        post = [m for m in c.phrases["counts"] if m.start == at and "_neutral" not in m.key
                and m.text not in _WEAK and any(_bare_part(k) for k in m.key)]
        if not post:
            return None
        longest = max(post, key=lambda m: m.end - m.start)
        if not _BARE_PART_END.match(c.masked, longest.end):
            return None
        keys = tuple(k for k in longest.key if _bare_part(k))
        picked = self._pick_family(keys, "", c.masked[longest.end:longest.end + 20])
        if picked is not None:
            self._post_end = longest.end
        return picked

    def _pre_label(self, c: "_Ctx", label: str, unit, number: str) -> Optional[str]:
        found = [m for m in self._m("counts").find(label, folded=True, fuzzy=self.ctx.garbled,
                                                    original=None if self.ctx.garbled else
                                                    c.seg.text[c.label_start:c.label_start + len(label)])
                 if "_neutral" not in m.key]  # neutral phrases only shield the words inside them
        # "… của Bộ Nông nghiệp và Môi trường: 01": words inside a unit's name name no count ("Méi", OCR's
        # "Môi", is no "mới")
        found = [m for m in found if not any(a <= c.label_start + m.start and c.label_start + m.end <= b
                                             for a, b, sj in c.subjects if sj.level == "unit" and sj.name and not sj.scope)]
        colon = _COLON_LABEL.search(label) if unit else None
        cg = colon.lastindex if colon else None  # the label's words, with their colon or alone
        if colon and not any(m.end > colon.start(cg) for m in found):
            # "Kết quả giải quyết: 8.410 hồ sơ": words that name a count only as a label (colon_labels),
            # unless the words after the number name it ("Kết quả giải quyết: 12 hồ sơ được tiếp nhận")
            # or its unit word is of another family ("Phản ánh, kiến nghị: 05 phản ánh")
            ind = _COLON_LABELS.get(" ".join(colon.group(cg).split()))
            if any(r.start <= colon.start(cg) < r.end and any(k not in _PART_RATES for k in r.key)
                   for r in self._m("rates").find(label, folded=True, fuzzy=self.ctx.garbled)):
                return None  # "Số hồ sơ được số hóa kết quả giải quyết: 2.760": the words are a rate's
            after = c.masked[c.n.m.end:c.n.m.end + 60]
            # the count's own words run to its clause's end: a breakdown opened after them ("1.118 hồ
            # sơ (sớm hạn 446, ...)") names its parts, not the count
            own = after[:_OWN_WORDS_END.search(after).start()]
            if ind is None or any("_neutral" not in m.key for m in self._m("counts").find(own, folded=True)):
                return None
            hinted = self._families_hinted(after[:unit.end() + 1])
            return ind if not hinted or _COUNTS[ind]["family"] in hinted else None
        if not found:
            return None
        last = max(found, key=lambda m: (m.end, m.end - m.start))
        last = _before_weak(found, last, label)
        tail = label[last.end:]
        for a, b, sj in c.subjects:  # "... của các sở, ban, ngành là 1.489 thủ tục": whose figure it is is no gap word
            lo, hi = a - c.label_start - last.end, b - c.label_start - last.end
            if 0 <= lo < hi <= len(tail) and not sj.scope:
                tail = tail[:lo] + " " * (hi - lo) + tail[hi:]
        gap = " ".join(w for w in _LOCATION.sub(" ", _GAP_PERIOD.sub(" ", tail)).split()
                       if not regex.fullmatch(r"[l1][a-z]:?", w))  # "là", as OCR writes it: 1a, 1d
        copula = bool(regex.search(r"(?:\bla|:)\s*$", label))  # "Tổng số phản ánh ... phải xử lý là 59"
        gap = _THINGS.sub(" ", gap).strip()  # "tiếp nhận của 12 xã, thị trấn:": a count of units names nothing
        if len(gap) > (MAX_LABEL_GAP if unit or copula else 3) or regex.search(r"\d", gap):
            return None
        if _GAP_NARROWED.match(gap):
            return None  # "số PAKN đã công khai 891 PAKN": published, not received (label_narrowing_verbs)
        if gap and any(k not in _PART_RATES for m in self._m("rates").find(gap, folded=True, fuzzy=self.ctx.garbled)
                       for k in m.key):
            return None  # "Số lượng hồ sơ tái sử dụng lại dữ liệu số hóa: 5.825": a rate's numerator, no total
        if any(r.start <= last.start and last.end <= r.end and r.end - r.start > last.end - last.start
               and any(k not in _PART_RATES for k in r.key)
               for r in self._m("rates").find(label, folded=True, fuzzy=self.ctx.garbled)):
            return None  # "Số hồ sơ được số hóa kết quả giải quyết: 2.760": the count's words are a rate's
        if self.ctx.garbled and not unit and not label.rstrip().endswith(":") and len(number) == 1 \
                and not regex.match(r"\s*[,;.)]", c.masked[c.n.m.end:c.n.m.end + 2]):
            return None  # garbled text: a lone digit may be a misread word ("ở" read as "6"), unless a
            # stop ends it ("tiep nhan moi 4, ton ky truoc 1;")
        # a weak phrase that names a part of the total the clause breaks down ("64 phản ánh, kiến nghị
        # (mới 15, …)": the new ones of that total) needs no unit word
        part_of_base = self._ctx_family is not None and any(
            _COUNTS.get(k, {}).get("family") == self._ctx_family and "parent" in _COUNTS.get(k, {}) for k in last.key)
        # "2. Phản ánh, kiến nghị: mới 44, từ kỳ trước 4": a weak phrase right after a head that names
        # only its family and a colon is that family's part, as its unit word would say
        head = regex.match(r"^[\s\divx.)\-+•*–]*([^:;.\d]{1,40}):\s*$", label[:last.start])
        if head and self._families_hinted(head.group(1)):
            fams = self._families_hinted(head.group(1))
            part_of_base = part_of_base or any(_COUNTS.get(k, {}).get("family") in fams for k in last.key)
        if last.text in _WEAK and not part_of_base \
                and not (unit and self._families_hinted(c.masked[c.n.m.end:c.n.m.end + 20])):
            return None  # "có 03 quầy": a weak phrase needs its unit word ("có 01 phản ánh")
        if last.text in _WEAK and unit and _WEAK_NARROWED.match(c.masked, c.n.m.end + unit.end()):
            return None  # "có 15 TTHC được đơn giản hóa": words after the unit narrow it, no total
        picked = self._pick_family(last.key, label, c.masked[c.n.m.end:c.n.m.end + 60])
        if picked is None and unit and label.rstrip().endswith(":"):
            # "Tổng số TTHC đang cung cấp dịch vụ công trực tuyến: 1.816 thủ tục": the words nearest the
            # number name another family than its unit word; a total of the unit's family that opens
            # the label names it
            hinted = self._families_hinted(c.masked[c.n.m.end:c.n.m.end + 20])
            head = min(found, key=lambda m: m.start)
            if head is not last and not label[:head.start].strip(" -+•*.:;,()0123456789ivx") \
                    and any(_COUNTS.get(k, {}).get("family") in hinted and "parent" not in _COUNTS.get(k, {})
                            for k in head.key) and head.text not in _WEAK:
                return self._pick_family(head.key, label, c.masked[c.n.m.end:c.n.m.end + 60])
        return picked

    def _pick_family(self, keys: tuple[str, ...], label: str, after: str) -> Optional[str]:
        keys = tuple(k for k in keys if k != "_neutral")
        if not keys:
            return None
        # the words after the number up to the next clause's stop: "giải quyết 29.876; đang giải quyết
        # 541" — the next statement's "đang giải quyết" hints no family of this one
        families = self._families_hinted(label + " " + clause_head(after[:20]))
        if families == ["pending"] and self.state.family == "feedback":
            # "...phản ánh, kiến nghị; đã xử lý 25, đang xử lý 02": the next statement's "đang xử lý"
            # hints no family of its own in a feedback statement
            families = ["feedback"]
        if families and not any(_COUNTS[k]["family"] in families for k in keys):
            return None  # "có 336 TTHC": the words say procedures, the phrase says feedback
        if len(keys) == 1:
            return keys[0]
        ctx_family = self._ctx_family or (_COUNTS.get(self.state.group, {}).get("family") if self.state.group else None)
        if ctx_family:  # "Đang giải quyết 5.361 hồ sơ, gồm ... 108 hồ sơ quá hạn": the total's family
            for k in keys:
                if _COUNTS[k]["family"] == ctx_family:
                    return k
        if not families and self.state.family in ("feedback", "procedures"):
            families = [self.state.family]
        for family in families:  # in the order the words hint them ("đang giải quyết" first)
            for k in keys:
                if _COUNTS[k]["family"] == family:
                    return k
        for k in keys:
            if _COUNTS[k]["family"] == self.state.family:
                return k
        return keys[0]

    @staticmethod
    def _families_hinted(text: str) -> list[str]:
        out = []
        for group, rx in _family_word_rx():
            if rx.search(text):
                out += _CAT["family_of_words"][group]
        if regex.search(r"dang\s+(?:giai\s+quyet|xu\s+ly)", text) and "feedback" not in out:
            out.insert(0, "pending")
        return out


LINE_LEAD_WORDS = 8  # words of a line's label before its colon (line_family)


def label_line_between(seg: Segment, start: int, end: int) -> bool:
    """Whether a line of the segment that begins between ``start`` and ``end`` is a "label: value"
    line of its own ("Dịch vụ công mức độ 3: 4433" under "Dịch vụ công mức độ 4: 716"): words after a
    figure that begin it belong to that line's figure, not to the figure before (a wrapped sentence,
    "tiếp nhận 12.345" / "hồ sơ, …", is no such line).

    >>> from types import SimpleNamespace as S
    >>> t = "Dịch vụ công mức độ 4: 716 Dịch vụ công mức độ 3: 4433"
    >>> label_line_between(S(text=t, pieces=[(0, None, 0), (27, None, 0)]), 26, 40)
    True
    >>> t = "tiếp nhận 12.345 hồ sơ, đã giải quyết 12.001"
    >>> label_line_between(S(text=t, pieces=[(0, None, 0), (17, None, 0)]), 16, 22)
    False
    """
    for k, (off, _, _) in enumerate(seg.pieces):
        if not k or not start < off <= end + 1:
            continue
        stop = seg.pieces[k + 1][0] - 1 if k + 1 < len(seg.pieces) else len(seg.text)
        line = seg.text[off:stop]
        if LABEL_VALUE.match(line) or _LABEL_LINE.fullmatch(line.rstrip()):
            return True
    return False


def clause_head(after: str) -> str:
    """The words after a number up to the stop that ends its clause (";", ",", a full stop, or a
    table's cell border "|"), the next statement's words left out.

    >>> clause_head(", dang giai quyet 541"), clause_head(" ho so dang giai quyet; da"), clause_head(" ho so")
    ('', ' ho so dang giai quyet', ' ho so')
    >>> clause_head(" | | dang giai quyet | ")
    ' '
    """
    m = regex.search(r"[;,|]|\.(?!\d)", after)
    return after[:m.start()] if m else after


def line_family(folded: str) -> Optional[str]:
    """The family of counts (feedback, procedures) a line's leading label names before its colon,
    when the label holds no figure: "Về phản ánh, kiến nghị: …" is about feedback, whatever verb
    ("đã xử lý", "đang xử lý") names its counts after; None otherwise.

    >>> line_family("ve phan anh, kien nghi: tong so 215 phan anh, kien nghi; da xu ly 201; dang xu ly 14")
    'feedback'
    >>> line_family("ho so dang xu ly: 3.296 (con han: 3.016)") is None, line_family("tiep nhan 215 phan anh: ...") is None
    (True, True)
    """
    colon = folded.find(":")
    if colon < 0:
        return None
    lead = folded[:colon]
    if regex.search(r"\d", lead) or len(lead.split()) > LINE_LEAD_WORDS:
        return None
    fams = FactRecognizer._families_hinted(lead)
    return fams[0] if fams and fams[0] in ("feedback", "procedures") else None


def _before_weak(found: list, last, label: str):
    """The phrase that names a count when the label ends in a weak word that only introduces it
    ("số hồ sơ quá hạn có 8.432 hồ sơ", "đúng và trước hạn có 338.987 hồ sơ"): the phrase right
    before the weak word, with nothing but spaces between; else the last phrase itself.

    >>> from types import SimpleNamespace as M
    >>> t = "so ho so qua han co "
    >>> strong, weak = M(start=9, end=16, text="qua han"), M(start=17, end=19, text="co")
    >>> _before_weak([strong, weak], weak, t).text, _before_weak([weak], weak, t).text
    ('qua han', 'co')
    >>> _before_weak([M(start=0, end=7, text="qua han"), weak], weak, "qua han cua xa co ").text  # words between
    'co'
    """
    if last.text not in _WEAK:
        return last
    strong = [m for m in found if m.text not in _WEAK and m.end <= last.start and not label[m.end:last.start].strip()]
    return max(strong, key=lambda m: (m.end, m.end - m.start)) if strong else last


def with_new_only(period: Optional[str]) -> str:
    """The qualifier of a received count that holds the period's new dossiers only: the new-only
    qualifier, after the figure's own period when its sentence names one.

    >>> with_new_only(None), with_new_only("thang 9")
    ('tiếp nhận mới', 'thang 9, tiếp nhận mới')
    """
    return _NEW_Q if period is None or period == _NEW_Q else f"{period}, {_NEW_Q}"


def new_only(qualifier: Optional[str]) -> bool:
    """Whether a qualifier (``with_new_only``) marks the period's new dossiers only.

    >>> new_only("tiếp nhận mới"), new_only("thang 9, tiếp nhận mới"), new_only("thang 9"), new_only(None)
    (True, True, False, False)
    """
    return bool(qualifier) and (qualifier == _NEW_Q or qualifier.endswith(", " + _NEW_Q))


def _narrowed_by_part(total, find, text: str):
    """A total's phrase followed at once by a phrase of one of its parts names the part: "350 hồ sơ
    đang giải quyết đã quá hạn" is pending_late, "đang giải quyết còn trong hạn" pending_on_time,
    "đang giải quyết bị quá hạn" pending_late (the part's words qualify the total's, a filler of
    indicators.part_after_total_fillers may stand between; each part's 'parent' in indicators.counts).
    `find` gives the catalogue's count phrases of a text. Returns the part's match, spanning both
    phrases, or the total's match unchanged.

    >>> from docparse.recognize.catalogue import matcher
    >>> find = lambda t: matcher("counts").find(t, folded=True)
    >>> total = Match(0, 15, ("pending_total",), "dang giai quyet")
    >>> _narrowed_by_part(Match(0, 11, ("pending_total", "feedback_pending"), "dang xu ly"), find, "dang xu ly trong han").key
    ('pending_on_time', 'feedback_pending')
    >>> _narrowed_by_part(total, find, "dang giai quyet da qua han").key
    ('pending_late',)
    >>> _narrowed_by_part(total, find, "dang giai quyet bi qua han").key
    ('pending_late',)
    >>> _narrowed_by_part(total, find, "dang giai quyet tai trung tam").key
    ('pending_total',)
    """
    totals = {k for k in total.key if "parent" not in _COUNTS.get(k, {"parent": 1})}
    gaps = {total.end + (len(text[total.end:]) - len(text[total.end:].lstrip()))}
    gap = _PART_AFTER_TOTAL_GAP.match(text, total.end)
    gaps.add(gap.end())
    for at in sorted(gaps):
        for m in find(text[at:]):
            if m.start:
                continue
            parts = tuple(k for k in m.key if _COUNTS.get(k, {}).get("parent") in totals)
            if parts:  # the phrase's totals of other families stay, for the family to choose
                others = tuple(k for k in total.key if k not in {_COUNTS[p]["parent"] for p in parts})
                return Match(start=total.start, end=at + m.end, key=parts + others, text=text[total.start:at + m.end])
    return total


def _bare_part(key: str) -> bool:
    """Whether words after a count with no unit word may name it: a part, or a stock left
    (data mentions.bare_part_stocks).

    >>> _bare_part("resolved_early"), _bare_part("feedback_pending"), _bare_part("received_total")
    (True, True, False)
    """
    return "parent" in _COUNTS.get(key, {}) or key in _MENTIONS["bare_part_stocks"]


def drop_own_period(facts: list[Fact], title: Optional[str]) -> None:
    """A fact's period qualifier that is the document's own period (the one its title
    names: "quý IV" of "... quý IV năm 2024", periods.own_periods) is no sub-period: dropped, so that the conclusion's
    "trong quý IV ... 96.590 hồ sơ" is the same figure as the body's. A year figure in a quarterly
    report ("năm 2024") keeps its qualifier: it is another period than the quarter's.

    >>> from ..models import Evidence, Subject
    >>> mk = lambda q: Fact(id="f1", kind="count", indicator="received_total", value=1, qualifier=q,
    ...     subject=Subject(level="city"), evidence=Evidence(page=1, line=1, text=""))
    >>> fs = [mk("quy iv"), mk("quy i"), mk("thang 10"), mk("số hóa kết quả"), mk("nam 2024"), mk("luy ke")]
    >>> drop_own_period(fs, "Báo cáo kết quả quý IV năm 2024"); [f.qualifier for f in fs]
    [None, 'quy i', 'thang 10', 'số hóa kết quả', 'nam 2024', 'luy ke']

    Without a title naming a period (a news article), the period its lead states first is its own:

    >>> fs = [mk(None), mk("nam 2024"), mk("quy iii")]
    >>> drop_own_period(fs, None); [f.qualifier for f in fs]
    [None, None, 'quy iii']

    A title that names two periods ("... tháng 9 và quý III/2021") whose figures the body states
    apart ("Tháng 9/2021, ... 4.286 hồ sơ" / "Quý III/2021, ... 14.512 hồ sơ") keeps each figure's
    period: they are two statements, never one figure stated twice:

    >>> fs = [mk("thang 9"), mk("quy iii"), mk(None)]
    >>> drop_own_period(fs, "Kết quả giải quyết TTHC tháng 9 và quý III/2021"); [f.qualifier for f in fs]
    ['thang 9', 'quy iii', None]
    """
    own = own_periods(title) if title else set()
    if not own:
        own = next(({f.qualifier} for f in facts if f.qualifier and own_periods(f.qualifier) == {f.qualifier}), set())
    def period_of(q):
        return q[:-len(", " + _NEW_Q)] if q and new_only(q) and q != _NEW_Q else q

    if len({period_of(f.qualifier) for f in facts if period_of(f.qualifier) in own}) > 1:
        return
    for f in facts:
        if f.qualifier in own:
            f.qualifier = None
        elif f.qualifier != period_of(f.qualifier) and period_of(f.qualifier) in own:
            f.qualifier = _NEW_Q  # "Quý IV, tiếp nhận mới ..." of a quarterly report: its new dossiers


@lru_cache(maxsize=1)
def _family_word_rx() -> list:
    """(group, one pattern for any of its words standing alone) of the family words, compiled once."""
    words = _CAT["family_words"]
    return [(group, regex.compile("|".join(rf"(?<![a-z]){regex.escape(fold(w))}(?![a-z])" for w in words[group])))
            for group in ("feedback", "procedures", "dossiers")]


@dataclass
class _Ctx:
    seg: Segment
    masked: str
    clauses: list
    n: _Num
    prev: Optional[_Num]
    label_start: int
    after_end: int
    subject: Subject
    subj_explicit: bool
    phrases: dict
    period: Optional[str]
    subjects: list = field(default_factory=list)  # the segment's named subjects (start, end, Subject)


# the rates that are shares of a count's part ("tỷ lệ giải quyết đúng hạn"): their words in a count's
# label name that part, which the count matcher reads itself
_PART_RATES = {v[r] for v in _CAT["counts"].values() for r in ("share", "xy_rate", "part_rate") if v.get(r)}
_STAGE_PARTS = _CAT["stage_parts"]
_STAGE_OVERRIDE = {k: regex.compile(r"(?<![a-z])" + _words_rx(v) + r"(?![a-z])") for k, v in _CAT["stage_overrides"].items()}
_STAGES = ("received", "resolved", "pending")
_DOSSIER_UNITS = {" ".join(fold(w).split()) for w in _CAT["dossier_units"]}
_STAGE_OF = {k: {" ".join(fold(w).split()) for w in v} for k, v in _CAT["stage_overrides"].items()}
_STAGE_WORDS = regex.compile(r"(?<![a-z])" + _words_rx([w for v in _CAT["stage_overrides"].values() for w in v]) + r"(?![a-z])")


def _sentence_end(c, sentence: int) -> int:
    """Where sentence number ``sentence`` of the number's segment ends (its last clause's end).

    >>> from types import SimpleNamespace as N
    >>> _sentence_end(N(clauses=[N(sentence=0, end=12), N(sentence=0, end=30), N(sentence=1, end=44)], masked="x" * 50), 0)
    30
    """
    return max((cl.end for cl in c.clauses if cl.sentence == sentence), default=len(c.masked))


def _heading_stage(heading: str) -> Optional[str]:
    """The dossier stage a heading names outright (data: stage_overrides), when it names one only.

    >>> _heading_stage("3. so luong ho so dang giai quyet:"), _heading_stage("2. giai quyet ho so")
    ('pending', None)
    >>> _heading_stage("c) tinh hinh ho so chua giai quyet xong:")
    'pending'
    """
    found = {stage for m in _STAGE_WORDS.finditer(heading) for stage, w in _STAGE_OF.items() if m.group() in w}
    return found.pop() if len(found) == 1 else None


def _staged(choice: str, stage: str, found, label: str) -> str:
    """A count's reading under a heading of a dossier stage (data: stage_parts, stage_overrides): a
    part of the stage its label also names, or the stage's part that stands for the one read; the
    reading itself when it is of the stage, of no stage, or its words say their own stage.

    >>> from types import SimpleNamespace as N
    >>> found = [N(key=("received_total",)), N(key=("pending_on_time",)), N(key=("resolved_total",))]
    >>> _staged("resolved_total", "pending", found, "so luong ho so dang trong han giai quyet: ")
    'pending_on_time'
    >>> _staged("resolved_late", "pending", [], "so luong ho so qua han giai quyet: ")
    'pending_late'
    >>> _staged("resolved_late", "pending", [], "so ho so da giai quyet qua han: ")
    'resolved_late'
    """
    family = _COUNTS.get(choice, {}).get("family")
    if family == stage or family not in _STAGES:
        return choice
    if family in _STAGE_OVERRIDE and _STAGE_OVERRIDE[family].search(label):
        return choice
    for m in reversed(found):
        part = next((k for k in m.key if _COUNTS.get(k, {}).get("family") == stage and "parent" in _COUNTS[k]), None)
        if part:
            return part
    return _STAGE_PARTS.get(stage, {}).get(choice, choice)


def _procedure_subset(c) -> bool:
    """Whether the number follows, in the same statement, a count of procedures that the words say
    have dossiers ("143 thủ tục một phần phát sinh hồ sơ, tổng số hồ sơ tiếp nhận là 231.390"): its
    dossiers are those procedures' only (data: procedure_subset_cues).

    >>> from types import SimpleNamespace as N
    >>> t = "143 thu tuc mot phan phat sinh ho so, tong so ho so tiep nhan la 231.390"
    >>> c = N(masked=t, prev=N(m=N(shape="count", end=3)), n=N(m=N(start=t.index("231"))))
    >>> _procedure_subset(c), _procedure_subset(N(masked=t, prev=None, n=c.n))
    (True, False)
    """
    prev = c.prev
    if prev is None or prev.m.shape != "count":
        return False
    return bool(_PROCEDURE_SUBSET.match(c.masked[prev.m.end:c.n.m.start]))


def _added_term(masked: str, prev, n) -> bool:
    """A count after " + " that adds to the count before it ("2.636 hồ sơ trực tuyến + 7.440 hồ sơ
    trực tiếp + 356 hồ sơ kỳ trước chuyển sang"): a term of a sum, not a signed change ("So với
    tháng 10: +1,86 điểm"). Both counts, the "+" spaced, and no stop, colon or ";" between them.

    >>> from types import SimpleNamespace as N
    >>> t = "(2.636 ho so truc tuyen + 7.440 ho so truc tiep)"
    >>> a, b = N(m=N(shape="count", start=1, end=6)), N(m=N(shape="count", start=t.index("7.440"), end=0))
    >>> _added_term(t, a, b), _added_term("so voi thang 10: +1,86", None, b)
    (True, False)
    """
    if prev is None or prev.m.shape != "count" or n.m.shape != "count":
        return False
    between = masked[prev.m.end:n.m.start]
    return bool(regex.search(r"\s\+\s+$", between)) and not regex.search(r"[:;.]", between)


_ORDER_LEAD = regex.compile(r"^[^\d;.()]{0,60}?(?<![a-z])" + _words_rx(_CLAUSES["respectively"]) + r"\s*:?\s*$")
_RUN_GAP = regex.compile(r"[\s;,]*(?:(?:diem|va)(?![a-z])[\s;,]*)?")


def _score_run(masked: str, nums, i: int, size: int) -> Optional[bool]:
    """Whether ``size`` bare scores follow the total ``nums[i]`` with only separators between them,
    opened by a bracket or said to be in order: True (an order word), False (a bracket only), None.

    >>> t = "dat 78,35 diem (17,20; 18,40; 8,75; 5,30; 17,10; 11,60 diem theo thu tu)"
    >>> ms = [_Num(m, 0) for m in find_mentions(t)]
    >>> _score_run(t, ms, 0, 6), _score_run(t.replace("(", ",").replace("theo thu tu", ""), ms, 0, 6)
    (True, None)
    >>> t = "dat 84,6 diem, cac chi so thanh phan lan luot la 17; 19,1; 9,4; 8,3; 17,4 va 13,4 diem"
    >>> _score_run(t, [_Num(m, 0) for m in find_mentions(t)], 0, 6)
    True
    """
    items = nums[i + 1:i + 1 + size]
    if len(items) < size or any(n.m.shape not in ("count", "score") or n.m.den is not None or n.m.scaled
                                for n in items):
        return None
    if len(nums) > i + 1 + size and _RUN_GAP.fullmatch(masked[items[-1].m.end:nums[i + 1 + size].m.start]):
        return None  # a seventh: no run of the six
    if not all(_RUN_GAP.fullmatch(masked[a.m.end:b.m.start]) for a, b in zip(items, items[1:])):
        return None
    lead = masked[nums[i].m.end:items[0].m.start]
    tail = masked[items[-1].m.end:items[-1].m.end + 40]
    tail = tail[_RUN_GAP.match(tail).end():]
    if _ORDER_LEAD.search(lead):  # "..., các chỉ số thành phần lần lượt là 17,50; ..."
        return True
    if not regex.fullmatch(r"\s*\(\s*", lead):
        return None
    return bool(_RESPECTIVELY.match(tail))  # "(17,20; ...; 11,60 điểm theo thứ tự ...)"



def bullet_mark(text: str) -> Optional[str]:
    """The list mark opening a line ("-", "+", "•", "–", "*"), or None.

    >>> bullet_mark("   + Trực tuyến: 15.906"), bullet_mark("- Tổng số: 24.618"), bullet_mark("Tổng số: 24.618")
    ('+', '-', None)
    """
    m = _BULLET.match(text)
    return m.group().strip() if m else None


def agreeing_base(value: Optional[float], decimals: int, num: float, counts: dict, alternatives) -> Optional[list]:
    """The first of ``alternatives`` (one count each) that ``counts`` holds and over which ``num``
    makes ``value`` at its written decimals (rounded half up or truncated, CONTRACT §5): the base
    a report's convention takes when the usual one is not stated; none when no base agrees.

    >>> agreeing_base(97.88, 2, 15861, {"received_total": 16204}, [["received_total"]])
    ['received_total']
    >>> agreeing_base(97.5, 1, 15861, {"received_total": 16204}, [["received_total"]]) is None
    True
    >>> agreeing_base(97.88, 2, 15861, {}, [["received_total"]]) is None
    True
    """
    if value is None:
        return None
    for ks in alternatives:
        if len(ks) != 1 or not counts.get(ks[0]) or num > counts[ks[0]]:
            continue
        exact = percent(num, counts[ks[0]])
        if value in (round_half_up(exact, decimals), truncate(exact, decimals)):
            return list(ks)
    return None

def _payment_words(masked: str, n, after_rx, before_rx) -> bool:
    """Whether the words right after the count (its unit word, then ``after_rx``) or right before it
    (up to its label's start, ``before_rx``) name it.

    >>> from types import SimpleNamespace as N
    >>> t = "co 2.000 ho so phat sinh phi, le phi, 1.500 ho so thanh toan truc tuyen"
    >>> at = lambda x: N(m=N(start=t.index(x), end=t.index(x) + len(x)), label_start=0)
    >>> _payment_words(t, at("2.000"), _PAY_BASE_AFTER, _PAY_BASE_BEFORE), _payment_words(t, at("1.500"), _PAY_BASE_AFTER, _PAY_BASE_BEFORE)
    (True, False)
    >>> _payment_words(t, at("1.500"), _PAY_PART_AFTER, _PAY_PART_BEFORE)
    True
    """
    return bool(after_rx.match(masked[n.m.end:n.m.end + 80]) or before_rx.search(masked[max(n.label_start, n.m.start - 80):n.m.start]))


def respective_runs(shapes: list[str], k: int) -> Optional[list[tuple[int, int]]]:
    """(figure index, subject index) pairs for the figures after "lần lượt" with ``k`` subjects
    before it: the figures in runs of ``k`` of one shape each, every run in the subjects' order;
    None when they do not fall into such runs.

    >>> respective_runs(["rank", "rank", "score", "score"], 2)
    [(0, 0), (1, 1), (2, 0), (3, 1)]
    >>> respective_runs(["percent", "percent", "percent"], 3)
    [(0, 0), (1, 1), (2, 2)]
    >>> respective_runs(["rank", "score", "score"], 2) is None
    True
    """
    if k < 2 or not shapes or len(shapes) % k:
        return None
    out = []
    for r in range(0, len(shapes), k):
        run = shapes[r:r + k]
        if len(set(run)) != 1 and len(shapes) > k:
            return None
        out += [(r + j, j) for j in range(k)]
    return out


def _slashed_values(masked: str, n: int) -> str:
    """A "label: a / b / c / d" line under a legend of n measures parted by "/": its figures
    parted by ";" (same length), so they are not read as ratios.

    >>> _slashed_values("huyen a: 21.430 / 21.188 / 242 / 98,87%", 4)
    'huyen a: 21.430 ; 21.188 ; 242 ; 98,87%'
    >>> _slashed_values("ty le: 20/25 ho so", 4)
    'ty le: 20/25 ho so'
    """
    head, colon, rest = masked.partition(":")
    if not colon:
        return masked
    parts = rest.split("/")
    if len(parts) != n or not all(regex.fullmatch(r"\s*[\d.,]+\s*%?\s*\.?\s*", p) for p in parts):
        return masked
    return head + colon + ";".join(parts)


def _names_blanked(masked: str, subjects) -> str:
    """The text with the names of units written over (same length, a word of no meaning in their
    place): a cue word inside a name ("kế hoạch" of "Sở Kế hoạch và Đầu tư", "tăng" of "Xã Tăng
    Tiến") gives no number a role, and the name still stands between a cue and a number.

    >>> from docparse.models import Subject
    >>> _names_blanked("so ke hoach va dau tu (1.306)", [(0, 21, Subject(level="unit", name="Sở Kế hoạch và Đầu tư"))])
    'qq qq qqqqq qq qqq qq (1.306)'
    """
    spans = [(a, b) for a, b, s in subjects if s.level == "unit" and s.name and b > a]
    if not spans:
        return masked
    out = list(masked)
    for a, b in spans:
        out[a:b] = ["q" if ch.isalpha() else ch for ch in masked[a:b]]
    return "".join(out)


def _commas_in_names(masked: str, subjects) -> str:
    """The text with the commas inside named subjects blanked, for clause splitting: "các bộ,
    ngành, địa phương" and "Bộ Văn hóa, Thể thao và Du lịch" are one name, not three clauses.

    >>> from docparse.models import Subject
    >>> _commas_in_names("cac bo, nganh, dia phuong la 5", [(0, 23, Subject(level="national"))])
    'cac bo  nganh  dia phuong la 5'
    """
    out = list(masked)
    for a, b, _ in subjects:
        for k in range(a, min(b, len(out))):
            if out[k] == ",":
                out[k] = " "
    return "".join(out)


_ASIDE = regex.compile(r"\([^()]*\)")


def _drop_asides(text: str) -> str:
    """The words between two figures without the remarks in brackets.

    >>> _drop_asides(" ho so (linh vuc dat dai), ty le ")
    ' ho so , ty le '
    """
    return _ASIDE.sub("", text)


def _fmt(x) -> str:
    return "?" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


def _subject_text(s: Subject) -> str:
    out = s.level if s.level not in ("unit", "self") else f"{s.level}:{s.name or s.raw}"
    return out + (f" [{s.scope}]" if s.scope else "")


def _same_bracket(text: str, a: int, b: int) -> bool:
    """Whether positions ``a`` < ``b`` stand inside one open bracket.

    >>> t = "tang 5 bac so voi thang truoc (72,16 diem, xep thu 9)"
    >>> _same_bracket(t, t.index("72"), t.index("9)")), _same_bracket("(a) b c", 1, 4)
    (True, False)
    """
    opened = text.rfind("(", 0, a)
    return opened >= 0 and text.rfind(")", 0, a) < opened and ")" not in text[a:b]


def xy_from_stated_parts(facts: list[Fact]) -> None:
    """A rate stated with its value alone, right after the sentence that gives its part and that
    part's total ("... tiếp nhận 61,3 ngàn hồ sơ nộp trực tuyến, trên tổng số 248,7 ngàn hồ sơ." /
    "Tỷ lệ hồ sơ trực tuyến vì vậy mới ở mức 24,6%."): the part over the total is its x/y, when
    exactly one such pair of the same subject stands in its block or the one before and makes the
    value at its written precision (so no figure is guessed).

    >>> s, e = Subject(level="city"), Evidence(page=1, line=1, text="")
    >>> p = Fact(id="f1", kind="count", indicator="received_online", subject=s, value=61300, block=3, evidence=e)
    >>> t = Fact(id="f2", kind="count", indicator="received_total", subject=s, value=248700, block=3, evidence=e)
    >>> r = Fact(id="f3", kind="rate", indicator="online_submission", subject=s, value=24.6, decimals=1, block=4, evidence=e)
    >>> xy_from_stated_parts([p, t, r]); (r.numerator, r.denominator)
    (61300.0, 248700.0)
    """
    by_block: dict[int, list[Fact]] = {}  # the counts of each block, in their order (no count-by-rate scan)
    for f in facts:
        if f.kind == "count" and f.modifier is None and f.value and f.block is not None:
            by_block.setdefault(f.block, []).append(f)
    made = {(o.numerator, o.denominator) for o in facts if o.kind == "rate"}  # the x/y pairs rates have
    for r in facts:
        if r.kind != "rate" or r.value is None or r.numerator is not None or r.denominator is not None \
                or r.modifier is not None or r.block is None:
            continue
        block = by_block.get(r.block - 1)
        if not block:
            continue
        pairs = []
        key = _subject_key(r.subject)
        for p in block:
            cat = _COUNTS.get(p.indicator, {})
            if r.indicator not in (cat.get("share"), cat.get("xy_rate")) or _subject_key(p.subject) != key:
                continue
            for t in block:
                if t.indicator == cat.get("parent") and t.value >= p.value and _subject_key(t.subject) == key:
                    pairs.append((p, t))
        if len(pairs) != 1:
            continue
        p, t = pairs[0]
        if r.listed or (p.value, t.value) in made:
            continue  # a list item of its own is a block apart; a pair that already makes a rate is that rate's
        share, unit_place = 100.0 * p.value / t.value, 10 ** -r.decimals
        if abs(share - r.value) <= 0.5 * unit_place + 1e-9 or 0 <= share - r.value < unit_place - 1e-9:
            # (rounded half up, or cut at its last place: "61,3 ngàn trên 70,9 ngàn", "86,4%")
            r.numerator, r.denominator = float(p.value), float(t.value)
            r.denominator_source, r.implicit = "earlier", True
            made.add((r.numerator, r.denominator))


def merge_stated_xy(facts: list[Fact]) -> list[Fact]:
    """A rate written once with its value ("Kiên Giang: 97,84% hồ sơ được giải quyết đúng hạn", a
    headline) and once by its x/y alone ("Với 112.406/114.888 hồ sơ trả kết quả đúng hạn, tỷ lệ giải
    quyết đúng hạn …"), of the same indicator, subject and qualifier (or the x/y none), the x/y making the value at its
    written precision: one figure, its x/y given to the stated value.

    >>> s, e = Subject(level="city"), Evidence(page=1, line=1, text="")
    >>> a = Fact(id="f1", kind="rate", indicator="resolved_on_time", subject=s, value=97.84, decimals=2, evidence=e)
    >>> b = Fact(id="f2", kind="rate", indicator="resolved_on_time", subject=s, value=None, numerator=112406, denominator=114888, evidence=e)
    >>> out = merge_stated_xy([a, b]); [(f.id, f.value, f.numerator, f.denominator) for f in out]
    [('f1', 97.84, 112406.0, 114888.0)]
    >>> c = Fact(id="f3", kind="rate", indicator="resolved_on_time", subject=s, value=None, numerator=90, denominator=100, evidence=e)
    >>> [f.id for f in merge_stated_xy([a, c])]  # 90% is not 97,84%: two figures
    ['f1', 'f3']
    """
    stated = [f for f in facts if f.kind == "rate" and f.value is not None and f.numerator is None
              and f.denominator is None and f.modifier is None]
    by_key: dict[tuple, list[Fact]] = {}  # the stated rates of each indicator and subject, in order
    for h in stated:
        if h.indicator != "other":
            by_key.setdefault((h.indicator, _subject_key(h.subject)), []).append(h)
    drop = set()
    for f in facts:
        if f.kind != "rate" or f.value is not None or f.modifier is not None or not f.numerator or not f.denominator:
            continue
        share = 100.0 * f.numerator / f.denominator
        for h in by_key.get((f.indicator, _subject_key(f.subject)), ()):
            if (h.qualifier == f.qualifier or f.qualifier is None) and h.numerator is None \
                    and abs(share - h.value) <= 0.5 * 10 ** -h.decimals + 1e-9:
                h.numerator, h.denominator = f.numerator, f.denominator
                h.denominator_source = f.denominator_source
                drop.add(f.id)
                break
    return [f for f in facts if f.id not in drop]


def _subject_key(subject: Subject) -> tuple:
    return (subject.level, subject.name, subject.scope)


def evidence_for(seg: Segment, start: int, end: int) -> Evidence:
    """Evidence for a span of a segment: the first line's page and number, the lines' text."""
    located = seg.locate(start, end)
    if not located:
        line = seg.first_line
        return Evidence(page=line.page, line=line.number, start=0, end=0, text=line.text)
    first_line, a, _ = located[0]
    texts = [line.text for line, _, _ in located]
    _, _, b = located[-1]
    end_off = sum(len(t) + 1 for t in texts[:-1]) + b
    return Evidence(page=first_line.page, line=first_line.number, start=a, end=end_off, text="\n".join(texts))
