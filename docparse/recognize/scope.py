"""Whose figure a number is: its subject (level or named unit) and scope (a service level, a kind of
procedure), named in its own clause or inherited (data/subjects.json, the gazetteer, bodies).

A subject named in a clause holds for that clause, the clauses that break it down (parenthesis,
"trong đó", ":") and the clauses after it in the same sentence at the same level; a subject named
inside a breakdown stays inside it. Otherwise the number takes the lead-in's or the heading's
subject (inherited, ``explicit`` false), else the document's own subject.

>>> from docparse.recognize.units import UnitFinder
>>> from docparse.recognize.facts import DocContext
>>> sf = ScopeFinder(UnitFinder(None, None), DocContext("city", None, None))
>>> [(s.level, s.name) for _, _, s in sf.subjects("Cấp huyện tiếp nhận; Sở Tư pháp 12", "cap huyen tiep nhan; so tu phap 12")]
[('districts', None), ('unit', 'Sở Tư pháp')]
>>> sf.level_after(" ho so cap xa, ")
'communes'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..data import load
from ..models import Subject
from ..normalize.clauses import ancestors, clause_at
from ..normalize.text import fold, longest_first
from .catalogue import PhraseMatcher, built_once, matcher

_SUBJ = load("subjects")
# a whole's words that end with a province prefix ("của tỉnh", "của thành phố") name the whole only
# when no name follows ("của thành phố Thủ Dầu Một" is that city)
_ENDS_PREFIX = regex.compile(r"(?<![a-z])(?:" + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                                       for w in _SUBJ["named_unit_prefixes"]["province"]) + r")$")
_BODY_SCOPES = frozenset(_SUBJ["body_scopes"])
_CHANNEL_BODIES = tuple(fold(w) for w in _SUBJ["channel_place_bodies"])
_INCLUSION_OPEN = regex.compile(r"\(\s*(?:" + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                                      for w in sorted(_SUBJ["bracket_inclusions"], key=len, reverse=True)) + r")\s+$")
_BRACKET_CLOSE = regex.compile(r"\s*\)")
# "trực tiếp tại Trung tâm …: 239 hồ sơ": where the dossiers were handed in, no subject (data: channel_places)
_CHANNEL_PLACE = regex.compile(r"(?<![a-z])(?:" + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                                       for w in _SUBJ["channel_places"]) + r")\s*$")
_FIGURE_BRACKET = regex.compile(r"\s*\(\s*\d")
_NAME_AFTER = regex.compile(r"\s+\p{Lu}")


@lru_cache(maxsize=1)
def _scope_matcher() -> PhraseMatcher:
    def build() -> PhraseMatcher:
        table: dict[str, list[str]] = {}
        for phrase, scope in _SUBJ["scope_words"].items():
            table.setdefault(scope, []).append(phrase)
        return PhraseMatcher(table)

    return built_once("scope", build)


def _prefix_words(words) -> str:
    folded = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))  # longest first, ties fixed
    return "(?:" + "|".join(r"[\s,]+".join(map(regex.escape, w.split())) for w in folded) + ")"




# "huyện Đức Phổ", "thị xã Tân Uyên", "Bộ Tài chính", "tỉnh Quảng Ninh": a prefix and capitalised words
# the prefixes as written and without their accents (English-model OCR text: "Huyen Mo Duc")
_PREFIX_OF = {fold(w): w for k in ("district", "province") for w in _SUBJ["named_unit_prefixes"][k]}
# the short forms of those type words as the press writes them ("Q.1", "TP. Phổ Yên", "TP.HCM", "TX. Phú
# Mỹ", "H. Tiên Du"; data: subjects.unit_prefix_abbreviations), matched as written, a space after optional;
# an urban district's name may be its number ("Quận 1", "Q.10")
_ABBR = {a: w for a, w in _SUBJ["unit_prefix_abbreviations"].items() if w in _PREFIX_OF.values()}
_ABBR_ALT = r"(?<![\p{L}.])(?P<prefix>" + "|".join(regex.escape(a) for a in sorted(_ABBR, key=len, reverse=True)) + r")\s?(?=\p{Lu}\p{Ll}|\d)" \
    + r"(?!(?:" + "|".join(r"\s+".join(map(regex.escape, w.split())) for w in _SUBJ["abbreviation_not_before"]) + r")(?![\p{L}]))"
_NAME_WORDS = r"(?:\p{Lu}[\p{L}\p{M}’'\-]*(?:(?:\s+|\s+-\s+)\p{Lu}[\p{L}\p{M}’'\-]*){0,4}|\d{1,2}(?![\d.,/%]))"
_NAMED = regex.compile(
    r"(?:(?<![\p{L}])(?P<prefix>(?i:" + "|".join(
        r"\s+".join(w.split()) for w in sorted(set(_PREFIX_OF) | set(_PREFIX_OF.values()), key=lambda w: (-len(w), w)))
    + r"))\s+|" + _ABBR_ALT + r")(?P<name>" + _NAME_WORDS + ")")
# (a name may join two names with a spaced dash: "Thành phố Phan Rang - Tháp Chàm")


_DISTRICT_NAMED = regex.compile(
    r"(?:(?<![\p{L}])(?P<prefix>(?i:" + "|".join(
        r"\s+".join(w.split()) for w in _SUBJ["named_unit_prefixes"]["district"]) +
    r"))\s+|" + _ABBR_ALT + r")(?P<name>\p{Lu}[\p{L}\p{M}’'\-]*(?:\s+\p{Lu}[\p{L}\p{M}’'\-]*){0,4})")


def district_mentions(text: str) -> list[tuple[str, str]]:
    """(prefix, name) of each district-style name ("huyện Đức Phổ", "THÀNH PHỐ QUẢNG NGÃI"), a
    short type word expanded ("TP. Phổ Yên").

    >>> district_mentions("ỦY BAN NHÂN DÂN HUYỆN GIA LÂM")
    [('huyện', 'GIA LÂM')]
    >>> district_mentions("bộ phận một cửa của TP. Phổ Yên và TX.Phú Mỹ")
    [('thành phố', 'Phổ Yên'), ('thị xã', 'Phú Mỹ')]
    """
    return [(_ABBR.get(m["prefix"], m["prefix"].lower()), m["name"]) for m in _DISTRICT_NAMED.finditer(text)]


_SAID_AFTER = regex.compile(r"\s+" + _prefix_words(load("clauses")["attribution_verbs"]) + r"\s*(?:,|:|rang\s|la\s)")
_ATTRIBUTION = regex.compile(r"[\s,;:(\-–]*" + _prefix_words(load("clauses")["attribution_openers"]) + r"\s"
                             + "".join(rf"(?!{regex.escape(fold(w))}(?![a-z]))" for w in load("clauses").get("attribution_not_before", ())))
# a list item's head before its colon ("- Cục Đăng ký quốc gia giao dịch bảo đảm: tiếp nhận ..."),
# no figure in it: an official name whose later words are not capitalised
_ITEM_HEAD = regex.compile(r"(?P<lead>\s*(?:[-+•–*]|\d{1,2}\.|[a-zđ]\))?\s*)(?P<name>[^\d:;()]{3,90}?)\s*:")
_LEAD = regex.compile(r"\s*(?:[-+•–*]|\d{1,2}\.|[a-zđ]\))?\s*")
_M = load("mentions")
_LEVEL_LINK = regex.compile(r"^[\s,]*(?:" + _prefix_words(_M["count_units"]) + r"\s+)?(?:"
                            + _prefix_words(_M["level_links"]) + r"\s+)?")
# a level that closes a figure's own item, right after its unit word: "gồm 1.448 TTHC cấp tỉnh, 263 TTHC
# cấp huyện", "3.104 hồ sơ thuộc cấp xã;" (no comma between: "500 hồ sơ, cấp xã 300" names the next)
_TAIL_LINK = regex.compile(r"\s+(?:" + _prefix_words(_M["count_units"]) + r"\s+)?(?:"
                           + _prefix_words(_M["level_links"] + _M.get("tail_level_links", [])) + r"\s+)?")
_TAIL_END = regex.compile(r"\s*(?:[,;.:)]|va\s|$)")
_NUMBER_TAIL = regex.compile(r"\d\s+(?:" + _prefix_words(_M["count_units"]) + r"\s+)?(?:"
                             + _prefix_words(_M["level_links"] + _M.get("tail_level_links", [])) + r"\s+)?$")


_NOT_BODY_AFTER = r"(?<!(?i:" + "|".join(sorted({v for w in _SUBJ["body_prefix_not_after"] for v in (w, fold(w))},
                                                  key=longest_first)) + r")\s+)"


def _body_rx(prefixes):
    """A body's name: its prefix, then capitalised words; "dịch vụ", "phục vụ" are no "Vụ …" (data:
    subjects.body_prefix_not_after).

    >>> rx = _body_rx(["Vụ", "Cục"])
    >>> [m.group() for m in rx.finditer("DICH VU CONG TRUC TUYEN; Vụ Pháp chế; PHUC VU HANH CHINH; Cuc Thue")]
    ['Vụ Pháp', 'Cuc Thue']
    """
    return regex.compile(_NOT_BODY_AFTER + r"(?<![\p{L}])(?:" + "|".join(
        [regex.escape(p) for p in sorted(prefixes, key=len, reverse=True)]
        + [r"(?=\p{Lu})(?i:" + r"\s+".join(map(regex.escape, fold(p).split())) + ")"  # without accents, any case
           for p in sorted(prefixes, key=len, reverse=True)])
        + r")(?:\s+\p{Lu}[\p{L}\p{M}]*)+")


# "Tổng cục Thuế", "Cục Hải quan", "Kho bạc Nhà nước": bodies under the issuer
_BODY = _body_rx(_SUBJ["body_prefixes"])
# in a ministry's or a national body's report, "Trung tâm Lý lịch tư pháp quốc gia", "Vụ Pháp chế",
# "Viện ..." are units under it too (in a province's report "Trung tâm Phục vụ hành chính công" is its own)
_BODY_MINISTRY = _body_rx(_SUBJ["body_prefixes"] + _SUBJ["ministry_body_prefixes"])
# "Tổng cục Hải quan", "Kho bạc Nhà nước": whole names with lower-case words, before the rule above
_BODY_NAME = regex.compile(r"(?<![\p{L}])(?:" + "|".join(
    [r"\s+".join(map(regex.escape, n.split())) for n in sorted(_SUBJ["body_names"], key=len, reverse=True)]
    + [r"(?=\p{Lu})(?i:" + r"\s+".join(map(regex.escape, fold(n).split())) + ")"  # without accents (OCR text)
       for n in sorted(_SUBJ["body_names"], key=len, reverse=True)])
    + r")(?![\p{L}\p{M}])(?:\s+\p{Lu}[\p{L}\p{M}]*)*")
# "Cục Quản lý xuất nhập cảnh - Bộ Công an": the ministry after the link is the body's parent
# (subjects.json parent_links, parent_heads; the head as written, upper-cased, without accents)
_PARENT_LINK = regex.compile(r"\s+(?:" + "|".join(regex.escape(w) for w in sorted(_SUBJ["parent_links"], key=len, reverse=True))
                             + r")\s+(?=(?:" + "|".join(regex.escape(v) for h in _SUBJ["parent_heads"]
                                                       for v in (h, h.upper(), fold(h).capitalize(), fold(h).upper()))
                             + r")\s)")
_MINISTRIES = {fold(m) for m in load("bodies")["ministries"]}

_BRACKET_REST = regex.compile(r"(?:\s+[\p{L}\p{M}]+){1,8}?(?=\s*\(\s*\d)")
_NAME_BREAK = regex.compile(r"(?<![a-z])" + _prefix_words(_SUBJ["body_name_breaks"]) + r"(?![a-z])")
# as written, accents and all ("Dược" is no "được"); the folded table only for text without accents
_NAME_BREAK_ACCENTED = regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(
    r"\s+".join(map(regex.escape, w.split())) for w in sorted(_SUBJ["body_name_breaks"], key=len, reverse=True))
    + r")(?![\p{L}\p{M}])")


def bracket_name_end(text: str, end: int, stops=()) -> int:
    """Where a body's name found up to ``end`` (its capitalised words) really ends when its figure
    follows in brackets: the official name's lower-case words run to the bracket ("Cục Quản lý Dược
    (11.207 hồ sơ)"), unless a verb or a link stands between (data: subjects.body_name_breaks) or
    another name begins there (``stops``, the starts of other names). ``end`` otherwise.

    >>> t = "Cục Quản lý Dược (11.207 hồ sơ); Cục Cơ sở hạ tầng và thiết bị y tế (6.310 hồ sơ)"
    >>> t[:bracket_name_end(t, 8)], t[33:bracket_name_end(t, 39, [33])]
    ('Cục Quản lý Dược', 'Cục Cơ sở hạ tầng và thiết bị y tế')
    >>> t = "Cục Thuế đạt (98%)"
    >>> bracket_name_end(t, 8), bracket_name_end("Cuc Thue dat (98%)", 8), bracket_name_end("Cuc Quan ly Duoc (12 ho so)", 8)
    (8, 8, 16)
    """
    m = _BRACKET_REST.match(text, end)
    if m is None or any(end <= s < m.end() for s in stops):
        return end
    words = m.group()  # a break is a word of the running text, in lower case ("Dược", "Duoc" are the name's)
    if (_NAME_BREAK.search(words) if words.isascii() else _NAME_BREAK_ACCENTED.search(words)):
        return end
    return m.end()



_COORDINATORS = {" ".join(fold(k).split()): [" ".join(fold(w).split()) for w in v]
                 for k, v in _SUBJ["province_coordinators"].items()}
_STATED_FIGURE = regex.compile(r"(?<![\d/.,])(?:\d{1,3}(?:\.\d{3})+(?![\d/])|\d+(?:,\d+)?\s*%|\d+\s+(?:hồ sơ|TTHC|thủ tục))")
# "Hệ thống thông tin giải quyết TTHC thành phố", "Cổng dịch vụ công của tỉnh": the province's own system
# (subjects.platform_words + platform_whole_owners); figures counted on it are the whole province's
# the province's systems that report on every body ("Hệ thống thông tin giải quyết TTHC"), not a
# channel ("nộp trên Cổng Dịch vụ công"): data subjects.platform_words that begin with "hệ thống"
_PLATFORM = regex.compile(r"(?<![a-z])(?:" + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                                  for w in _SUBJ["platform_words"] if fold(w).startswith("he thong"))
                          + r")(?![a-z])")
_WHOLE_PLATFORM = regex.compile(r"(?<![a-z])(?:" + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                                        for w in _SUBJ["platform_words"]) + r")\s+(?:"
                                + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                           for w in _SUBJ["platform_whole_owners"]) + r")(?![a-z])(?!\s+\p{Lu})")


def speaks_of_whole(title: Optional[str], body: list[str], own_unit: Optional[str] = None) -> bool:
    """Whether a department's report speaks of the whole province, not of its own work: its title
    names the whole ("… trên địa bàn tỉnh"), or the field the department runs for the province
    (subjects.province_coordinators: the Interior department's "cải cách hành chính"), or its first
    statement of a figure opens with the whole ("Toàn tỉnh tiếp nhận 352.410 hồ sơ") or with the
    province's own system ("Theo số liệu trên Hệ thống thông tin giải quyết TTHC thành phố, tuần qua:"
    — the lead-in line ending with ':' just before it counts as its opening) — data: subjects.city,
    platform_words, platform_whole_owners. Then a figure that names nobody is the province's
    ("city"), the figures it names as its own stay "self" (TRUTH_FORMAT, session 8).

    >>> speaks_of_whole("Kết quả công tác cải cách hành chính quý II/2022", [], "Sở Nội vụ")
    True
    >>> speaks_of_whole("Kết quả công tác cải cách hành chính quý II/2022", [], "Sở Tư pháp")
    False

    >>> speaks_of_whole("Kết quả cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh tuần 19", [])
    True
    >>> speaks_of_whole("Báo cáo quý I", ["1. Về thủ tục hành chính", "Trong quý, toàn tỉnh tiếp nhận 93.406 hồ sơ"])
    True
    >>> speaks_of_whole("Kết quả kiểm soát TTHC 9 tháng", ["Sở Tư pháp nhận 38.593 hồ sơ; toàn tỉnh 91.000 hồ sơ"])
    False
    >>> speaks_of_whole("V/v kết quả giải quyết TTHC tuần 12", ["Số liệu trên Hệ thống một cửa điện tử tỉnh, trong tuần:", "a) Nhận 9.120 HS"])
    True
    >>> speaks_of_whole("V/v kết quả giải quyết TTHC tuần 12", ["Trong tuần, Sở tiếp nhận:", "a) 1.120 hồ sơ"])
    False
    """
    def names_whole(text: str) -> bool:
        folded = fold(text)
        return (any(m.key[0] == "city" for m in matcher("subjects").find(folded, folded=True))
                or bool(_WHOLE_PLATFORM.search(folded)))

    if title and names_whole(title):
        return True
    fields = _COORDINATORS.get(" ".join(fold(own_unit or "").split()), ())
    if title and any(f in " ".join(fold(title).split()) for f in fields):
        return True
    lead = ""
    for line in body:
        m = _STATED_FIGURE.search(line)
        if m:
            return names_whole(lead + " " + line[:m.start()])
        if line.strip():  # a lead-in ("…, tuần qua:") opens the first statement below it
            lead = line if line.rstrip().endswith(":") else ""
    return False


def centre_speaks_of_itself(issuer: Optional[str], title: Optional[str], body: list[str]) -> bool:
    """Whether a public-service centre's notice opens its figures with the centre's own work
    ("Trong tuần, Trung tâm tiếp nhận tổng số 3.412 hồ sơ …", "Tại Trung tâm, …"): then a later figure
    that names nobody is the centre's, the issuer's own (TRUTH_FORMAT: failing a heading or lead-in,
    the issuer; a centre reporting on its own work is 'self'). Not when the title or that first
    statement names the province's whole (speaks_of_whole), nor for another issuer (data:
    subjects.issuer_subjects, issuer_places).

    >>> centre_speaks_of_itself("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Thông báo tuần 50", ["Trong tuần, Trung tâm tiếp nhận 3.412 hồ sơ"])
    True
    >>> centre_speaks_of_itself("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Thông báo tuần 50", ["Trong tuần, toàn tỉnh tiếp nhận 3.412 hồ sơ"])
    False
    >>> centre_speaks_of_itself("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Thông báo", ["Tại Trung tâm, tiếp nhận 4.100 hồ sơ.",
    ...     "Theo số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính, đã tiếp nhận 31.200 hồ sơ."])
    False
    >>> centre_speaks_of_itself("VĂN PHÒNG UBND TỈNH", "Thông báo tuần 50", ["Trung tâm tiếp nhận 3.412 hồ sơ"])
    False
    >>> centre_speaks_of_itself("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Thông báo", ["Tỷ lệ hài lòng qua thiết bị tại Trung tâm đạt 95,1%"])
    False
    >>> centre_speaks_of_itself("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Báo cáo quý IV",
    ...     ["Trung tâm Phục vụ hành chính công tỉnh và các Trung tâm Phục vụ hành chính công xã, phường có 111.763 hồ sơ"])
    False
    """
    low = " ".join(fold(issuer or "").split())
    own = next((v for k, v in _SUBJ["issuer_subjects"].items() if low.startswith(" ".join(fold(k).split()))), None)
    if own is None or speaks_of_whole(title, body):
        return False
    words = [fold(w) for w in own["full"] + own["short"]
             + [p for short in own["short"] for p in _SUBJ["issuer_places"].get(short, [])]]
    rx = regex.compile(r"(?<![a-z])(?:" + "|".join(regex.escape(w) for w in sorted(set(words), key=longest_first)) + r")(?![a-z])")
    if any(_PLATFORM.search(fold(line)) or any(x.key[0] == "city" for x in matcher("subjects").find(fold(line), folded=True))
           for line in body):
        return False  # "Theo số liệu trên Hệ thống thông tin giải quyết TTHC, …" later: the system's figures, not the centre's
    for line in body:
        m = _STATED_FIGURE.search(line)
        if m:
            head = fold(line[:m.start()])
            own_m = rx.search(head)
            if own_m is None or not _TOPIC_LEAD.fullmatch(head, 0, own_m.start()):
                return False  # the centre as a place inside a statement ("đánh giá tại Trung tâm đạt 95,1%") is no subject
            # "Trung tâm … tỉnh và các Trung tâm … xã, phường có 111.763 hồ sơ": the centres of every
            # level together, the province's figure; the centre alone is the issuer's
            rest = rx.sub(" ", head)
            return not any(x.key[0] in ("city",) + _GROUPS
                           for x in matcher("subjects").find(rest, folded=True))
    return False


def ministry_issuer(own_unit: Optional[str], default_subject: str) -> bool:
    """Whether a document speaks as a ministry or a national body (its units are bodies under it).

    >>> ministry_issuer("Bộ Tư pháp", "self"), ministry_issuer(None, "national"), ministry_issuer("Phường Hạc Thành", "self")
    (True, True, False)
    """
    return default_subject == "national" or (own_unit is not None and fold(own_unit) in _MINISTRIES)


# "nhiều nhất cả nước", "cao hơn so với toàn tỉnh": the field a figure is compared with; "kể cả số
# liệu của các xã": a group the figure includes (inclusion_words) is no subject either
_COMPARED = regex.compile(r"(?<![a-z])" + _prefix_words(_SUBJ["comparison_words"] + _SUBJ["inclusion_words"]
                                                         + _SUBJ.get("competence_words", [])) + r"(?:[\s,]+" + _prefix_words(_SUBJ["comparison_links"]) + r")?[\s,]*$")


def compared_with(masked: str, start: int) -> bool:
    """Whether the subject named at ``start`` of folded text is a comparison's field, not a subject.

    >>> t = "tiep nhan 9.218.304 ho so, nhieu nhat ca nuoc"
    >>> compared_with(t, t.index("ca nuoc")), compared_with("toan tinh tiep nhan", 0)
    (True, False)
    >>> t = "rieng cac ho so thuoc tham quyen cap xa, co tong so 2.694 ho so"
    >>> compared_with(t, t.index("cap xa"))  # whose competence, not whose figure
    True
    """
    return bool(_COMPARED.search(masked[max(0, start - 30):start]))


# "trên hệ thống giải quyết TTHC của thành phố Hải Phòng": the place owns the system the figures were
# counted on; in the report of a unit under it (a commune, a department) the figures are that unit's own.
# The country's system of "các bộ, ngành, địa phương" in a national report is still the country's; in
# the report of a commune or its centre ("hồ sơ trên hệ thống giải quyết TTHC của các Bộ, ngành") the
# dossiers are the unit's own, counted on the ministries' systems.
def platform_owner(platform_ends: list[int], masked: str, start: int) -> bool:
    """Whether the place named at ``start`` of folded text follows a system's name (the ends of the
    ``platforms`` matches of the text): it owns the system, its figures are not its own.

    >>> t = "ho so tren he thong giai quyet tthc cua thanh pho hai phong"
    >>> ends = [m.end for m in matcher("platforms").find(t, folded=True)]
    >>> platform_owner(ends, t, t.index("thanh pho")), platform_owner(ends, t, 0)
    (True, False)
    """
    return any(e <= start and not masked[e:start].strip(" ,") for e in platform_ends)


@lru_cache(maxsize=1)
def _bare_provinces() -> dict[str, str]:
    """Folded bare names of the provinces (the 63 of before July 2025, which hold the 34 of after)
    with their official names: "quang ninh" -> "Tỉnh Quảng Ninh". One-word names are left out."""
    from ..normalize.gazetteer_dated import legacy_units

    out = {}
    for u in legacy_units().provinces:
        bare = fold(u.name)
        for prefix in ("tinh ", "thanh pho "):
            if bare.startswith(prefix):
                bare = bare[len(prefix):]
        if len(bare.split()) >= 2:
            out[bare] = u.name
    return out


def province_key(name: str) -> str:
    """A province's name folded, without its type word: "Tỉnh Quảng Ngãi", "Quảng Ngãi" -> "quang ngai".

    >>> province_key("Thành phố Hải Phòng"), province_key("Quảng Ngãi")
    ('hai phong', 'quang ngai')
    """
    key = " ".join(fold(name).split())
    for prefix in ("tinh ", "thanh pho ", "tp. ", "tp "):
        if key.startswith(prefix):
            return key[len(prefix):]
    return key


_CAPITALISED_RUN = regex.compile(r"(?<![\p{L}\p{M}\d])\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,3}(?![\p{L}\p{M}])")
_BARE_FIGURE_AFTER = regex.compile(r"\s*(?:" + _prefix_words(_SUBJ["bare_name_verbs"]) + r"\s+)?(?:[(:–\-]\s*|"
                                    + _prefix_words(_SUBJ["bare_province_links"]) + r"\s+)?\d")
_BARE_NOT_AFTER = regex.compile(r"(?<![a-z])" + _prefix_words(_SUBJ["bare_province_not_after"]) + r"\s*$")


def bare_provinces(text: str) -> list[tuple[int, int, str]]:
    """(start, end, official name) of each province written without its type word right before its
    figure (data: subjects.bare_province_links, bare_province_not_after).

    >>> bare_provinces("đứng đầu là Quảng Ninh 91,40 điểm, cao hơn Khánh Hòa (78,46 điểm)")
    [(12, 22, 'Tỉnh Quảng Ninh'), (43, 52, 'Tỉnh Khánh Hòa')]
    >>> bare_provinces("Quảng Ninh tiếp tục dẫn đầu với 91,40 điểm")
    [(0, 10, 'Tỉnh Quảng Ninh')]
    >>> bare_provinces("Báo Quảng Ninh 12 bài; phường Quảng Ninh 30 hồ sơ; Quảng Ninh tiếp nhận 5 hồ sơ")
    []
    """
    return _bare_names(text, _bare_provinces())


def _bare_names(text: str, names: dict) -> list[tuple[int, int, str]]:
    """(start, end, official name) of each capitalised run of ``text`` that ``names`` (folded bare
    name -> official name) holds, written right before its figure and not after a word that makes
    it another thing (a newspaper's name, a unit's prefix, a capitalised word)."""
    out = []
    for m in _CAPITALISED_RUN.finditer(text) if names else ():
        name = names.get(" ".join(fold(m.group()).split()))
        if name is None or not _BARE_FIGURE_AFTER.match(fold(text[m.end():m.end() + 45])):
            continue
        before = fold(text[max(0, m.start() - 20):m.start()])
        if _BARE_NOT_AFTER.search(before) or regex.search(r"\p{Lu}[\p{L}\p{M}]*\s+$", text[max(0, m.start() - 20):m.start()]):
            continue
        out.append((m.start(), m.end(), name))
    return out


_PREFIX_ABBREV = _SUBJ["prefix_abbreviations"]
_NAME_ABBREV = _SUBJ["name_abbreviations"]
_ABBREVIATED = regex.compile(r"(?<![\p{L}\p{M}.])(?P<abbr>" + "|".join(
    regex.escape(a) for a in sorted(_PREFIX_ABBREV, key=len, reverse=True)) + r")\s?(?P<name>"
    + "|".join(regex.escape(n) for n in _NAME_ABBREV) + r"(?![\p{L}])|\d{1,2}(?![\d.,/])|\p{Lu}[\p{Ll}\p{M}’']*(?:\s+\p{Lu}[\p{Ll}\p{M}’']*){0,4})")


@lru_cache(maxsize=64)
def _bare_districts(province: str) -> dict[str, str]:
    """Folded name without its type word -> official name, for the pre-2025 districts of ``province``
    whose bare name has two words or more ("quy nhon" -> "Thành phố Quy Nhơn")."""
    from ..normalize.gazetteer_dated import legacy_units

    try:
        units = legacy_units().districts_of(province)
    except (KeyError, ValueError):
        return {}
    out = {}
    for u in units:
        bare = " ".join(fold(u.name).split()[len(u.type.split()):])
        if len(bare.split()) >= 2:
            out[bare] = u.name
    return out


def bare_districts(text: str, province: Optional[str]) -> list[tuple[int, int, str]]:
    """(start, end, official name) of each district of the province (the list before July 2025)
    written without its type word right before its figure, as the press lists them ("tập trung ở một
    số chi nhánh (Quy Nhơn 684 hồ sơ, An Nhơn 412 hồ sơ)"); the rules of ``bare_provinces``.

    >>> bare_districts("tập trung ở một số nơi (Quy Nhơn 684 hồ sơ, An Nhơn 412 hồ sơ)", "Tỉnh Bình Định")
    [(24, 32, 'Thành phố Quy Nhơn'), (44, 51, 'Thị xã An Nhơn')]
    >>> bare_districts("phường Quy Nhơn 30 hồ sơ; Quy Nhơn tiếp nhận 5 hồ sơ", "Tỉnh Bình Định")
    []
    """
    return _bare_names(text, _bare_districts(province) if province else {})


LEVEL_GROUPS = _GROUPS = ("departments", "districts", "communes")  # the levels that are groups of units
_LEVEL_NOUNS = {fold(k): v for k, v in _SUBJ["level_nouns"].items()}
_LEVEL_NOUN_AFTER = regex.compile(r"\s*(?:,|va|&)\s*(?:cap\s+)?(" + "|".join(sorted(_LEVEL_NOUNS, key=len, reverse=True)) + r")(?![a-z])")


def listed_levels(out: list, text: str, masked: str) -> list:
    """The levels a list begun with "cấp" names by their nouns alone ("cấp huyện, xã", "cấp tỉnh,
    huyện, xã"; data: subjects.level_nouns), as subjects to join with the first (``joined_groups``).

    >>> from docparse.models import Subject
    >>> t = "bo phan mot cua cap huyen, xa tiep nhan 19.630 ho so"
    >>> a = t.index("cap huyen")
    >>> [(t[a:b], s.level) for a, b, s in listed_levels([(a, a + 9, Subject(level="districts", raw="cấp huyện"))], t, t)]
    [('xa', 'communes')]
    >>> t = "Cấp huyện, xã Tân Phú tiếp nhận"  # a commune's name follows: no level
    >>> listed_levels([(0, 9, Subject(level="districts", raw="Cấp huyện"))], t, fold(t))
    []
    """
    added = []
    for start, end, subj in out:
        if subj.level not in _GROUPS or subj.scope or not masked[start:end].startswith("cap "):
            continue
        pos = end
        while True:
            m = _LEVEL_NOUN_AFTER.match(masked, pos)
            if m is None or regex.match(r"\s+\p{Lu}", text[m.end():]) or any(a <= m.start(1) < b for a, b, _ in out):
                break
            added.append((m.start(1), m.end(1), Subject(level=_LEVEL_NOUNS[m.group(1)], raw=text[m.start(1):m.end(1)])))
            pos = m.end()
    return added
_REMAINDER = regex.compile(r"\s*(?:" + "|".join(r"\s+".join(map(regex.escape, fold(w).split()))
                                                for w in _SUBJ.get("remainder_words", [])) + r")(?![a-z0-9])")
_RESPECTIVE = regex.compile(r"(?<![a-z])" + _prefix_words(load("clauses")["respectively"]) + r"(?![a-z])")
_JOINER = regex.compile(r"^[\s,]*(?:" + _prefix_words([w for w in _SUBJ["group_joiners"] if w.strip(",")]) + r"|,)[\s,]*(?:\d[\d.]*\s+)?$")


def joined_groups(out: list, masked: str, legacy: bool, province: Optional[str] = None,
                  original: Optional[str] = None) -> list:
    """Level groups named together ("các sở, ngành và 148 xã, phường") as one subject: the province,
    its scope the levels unless they are all the levels of the government in force.

    >>> from docparse.models import Subject
    >>> t = "cac so, nganh va 148 xa, phuong tiep nhan"
    >>> got = joined_groups([(0, 14, Subject(level="departments")), (21, 31, Subject(level="communes"))], t, False)
    >>> [(a, b, s.level, s.scope) for a, b, s in got]
    [(0, 31, 'city', None)]
    >>> t = "cap huyen va cap xa tiep nhan"
    >>> [(s.level, s.scope) for _, _, s in joined_groups([(0, 9, Subject(level="districts")), (13, 19, Subject(level="communes"))], t, True)]
    [('city', 'cap huyen va cap xa')]

    A district joined with its communes is the district:

    >>> t = "tp. pho yen cung cac xa, phuong tren dia ban da giai quyet"
    >>> [(s.level, s.name) for _, _, s in joined_groups([(0, 11, Subject(level="unit", name="Thành phố Phổ Yên")), (17, 31, Subject(level="communes"))], t, True)]
    [('unit', 'Thành phố Phổ Yên')]

    A group joined with the whole ("Trung tâm Phục vụ hành chính công tỉnh và Bộ phận một cửa các
    cấp") is the whole:

    >>> t = "trung tam phuc vu hanh chinh cong tinh quang binh va bo phan mot cua cac cap tiep nhan"
    >>> [(s.level, s.scope) for _, _, s in joined_groups([(0, 38, Subject(level="departments")), (53, 76, Subject(level="city"))], t, True, "quang binh")]
    [('city', None)]
    """
    merged: list = []
    levels_of: list = []  # the levels each merged subject joins (None: not a group)
    for start, end, subj in out:
        if merged:
            a, b, prev = merged[-1]
            levels = levels_of[-1]
            if prev.level == "unit" and prev.name in _legacy_district_names() and subj.level == "communes" \
                    and not subj.scope and _JOINER.match(masked[b:start]):
                # "bộ phận một cửa của TP. Phổ Yên cùng các xã, phường trên địa bàn": the district as a whole
                merged[-1] = (a, end, prev.model_copy(update={"raw": (prev.raw or "") + " " + (subj.raw or "")}))
                continue
            if levels and subj.level in _GROUPS and not subj.scope and subj.level not in levels \
                    and _JOINER.match(masked[b:start]):
                levels = levels + [subj.level]
                whole = set(_SUBJ["whole_by_levels"]["legacy" if legacy else "current"])
                scope = None if whole <= set(levels) else " ".join(masked[a:end].split())
                merged[-1] = (a, end, Subject(level="city", scope=scope, raw=(prev.raw or "") + (subj.raw or "")))
                levels_of[-1] = levels
                continue
            gap = masked[b:start]
            if province and gap.strip().startswith(province):  # "... công tỉnh Quảng Bình và ..."
                gap = gap.strip()[len(province):]
            elif original is not None and len(original) == len(masked):
                # the rest of the body's proper name ("... công tỉnh Quảng Bình và ..."): capitalised words
                name = _NAME_REST.match(original, b, start)
                gap = gap[name.end() - b:] if name else gap
            # (a word joins them: "Với cấp xã, toàn tỉnh tiếp nhận ..." is the communes of the province)
            if levels and subj.level == "city" and not subj.scope and _JOINER.match(gap) and gap.strip(" ,"):
                merged[-1] = (a, end, Subject(level="city", raw=(prev.raw or "") + (subj.raw or "")))
                levels_of[-1] = None
                continue
        merged.append((start, end, subj))
        levels_of.append([subj.level] if subj.level in _GROUPS and not subj.scope else None)
    return merged


_NAME_REST = regex.compile(r"(?:\s+\p{Lu}[\p{Ll}\p{M}’']*){1,4}(?=\s)")
_TOPIC_LEAD = regex.compile(r"[\s\-+•–*.,]*" + load("clauses")["topic_source_prefix"] + r"(?:(?:" + "|".join(load("clauses")["topic_period_leads"]) + r")[\s,]+){0,2}(?:"
                            + _prefix_words(load("clauses")["topic_openers"]) + r"[\s,]+|"
                            + _prefix_words(load("clauses")["topic_frames"]) + r"(?![a-z])[^,.;:()]{0,40},[\s,]*)*"
                            r"(?:(?<=\s)\d{1,3}\s+)?")  # "bộ phận một cửa của 10 huyện, …": the count of the units named


_LEVEL_PHRASES = {lvl: regex.compile(r"(?<![a-z])(?:" + "|".join(sorted({regex.escape(fold(w)) for w in _SUBJ[lvl]},
                                                                           key=longest_first)) + r")(?![a-z])")
                  for lvl in ("departments", "districts", "communes")}


def group_levels(scope: Optional[str]) -> list[str]:
    """The levels a joined group's scope names ("cap huyen va cap xa", joined_groups; data:
    subjects.json departments, districts, communes); [] for a scope of another kind.

    >>> group_levels("cap huyen va cap xa"), group_levels("cac so, nganh va cac xa, phuong")
    (['districts', 'communes'], ['departments', 'communes'])
    >>> group_levels("toan trinh"), group_levels(None)
    ([], [])
    """
    if not scope:
        return []
    return [lvl for lvl, rx in _LEVEL_PHRASES.items() if rx.search(scope)]


def topic_of(subjects, masked: str, start: int, end: int) -> Optional[Subject]:
    """The subject a sentence ``masked[start:end]`` opens with: a level or unit named at its head,
    before any figure, with at most a topic opener before it ("Ở cấp huyện, tiếp nhận ...", "Riêng
    cấp xã ...", "Cấp tỉnh tiếp nhận ..."), data/clauses.json topic_openers. It holds for the later
    sentences of the paragraph that name no subject of their own. A subject after other words
    ("Tỷ lệ quá hạn của cấp huyện là ...") is no topic: None.

    >>> from docparse.models import Subject
    >>> t = "o cap huyen, tiep nhan 12.400 ho so. da giai quyet 12.000"
    >>> topic_of([(2, 11, Subject(level="districts"))], t, 0, 35).level
    'districts'
    >>> t = "nam     , ubnd q.1 tiep nhan 138.244 ho so"  # a time adverbial before it ("Năm 2019, UBND Q.1 ...")
    >>> topic_of([(15, 18, Subject(level="unit", name="Quận 1"))], t, 0, len(t)).name
    'Quận 1'
    >>> t = "sau gan mot nam van hanh, tinh den cuoi thang   /    , trung tam da nhan 30.978 ho so"
    >>> topic_of([(55, 64, Subject(level="departments"))], t, 0, len(t)).level
    'departments'
    >>> t = "ty le qua han cua cap huyen la 2,9%"
    >>> topic_of([(18, 27, Subject(level="districts"))], t, 0, len(t)) is None
    True
    """
    for a, _, subj in subjects:
        if a < start or subj.scope:
            continue
        if a >= end:
            break
        if _TOPIC_LEAD.fullmatch(masked, start, a):
            return subj
        return None
    return None


# "Trung tâm đã giải quyết ...", "Bộ đạt 88,01 điểm": a body's head word alone, capitalised, with its verb
_SHORT_FORM = regex.compile(r"(?<![\p{L}\p{M}])(?P<head>" + "|".join(
    r"\s+".join(map(regex.escape, h.split())) for h in sorted(_SUBJ["short_forms"], key=len, reverse=True))
    + r")(?=\s+(?i:" + "|".join(r"\s+".join(map(regex.escape, w.split()))
                              for w in sorted(_SUBJ["short_form_links"], key=len, reverse=True)) + r")(?![\p{L}\p{M}]))")
_SHORT_NOT_AFTER = regex.compile(r"(?<![a-z])" + _prefix_words(_SUBJ["short_form_not_after"]) + r"\s+$")
_SHORT_HEADS = sorted((" ".join(fold(h).split()) for h in _SUBJ["short_forms"]), key=len, reverse=True)


def short_head(name: Optional[str]) -> Optional[str]:
    """The short form a body's full name is referred to by later (data: subjects.short_forms), folded.

    >>> short_head("Trung tâm Phục vụ hành chính công tỉnh"), short_head("Sở Nội vụ"), short_head("cấp tỉnh")
    ('trung tam', 'so', None)
    >>> short_head("Ban Quản lý Khu kinh tế"), short_head("Trung tâm")
    ('ban quan ly', None)
    """
    words = " ".join(fold(name or "").split())
    return next((h for h in _SHORT_HEADS if words.startswith(h + " ")), None)


_BACK_REFS = {short: [" ".join(fold(f).split()) for f in fulls] for short, fulls in _SUBJ["back_references"].items()}
# the short name as written, no capitalised word or further words of a full name after it
_BACK_REF_RX = {short: regex.compile(r"(?<![\p{L}])(?i:" + short[0] + ")" + r"\s+".join(map(regex.escape, short[1:].split()))
                                     + r"(?![\p{L}])(?!\s+\p{Lu})(?!\s+(?i:" + "|".join(map(regex.escape, _SUBJ["back_reference_not_before"]))
                                     + r")(?![\p{L}]))")
                for short in _BACK_REFS}
_BACK_FULL_RX = {short: regex.compile(r"(?<![a-z])(?:" + "|".join(r"\s+".join(map(regex.escape, f.split())) for f in fulls) + r")(?![a-z])")
                 for short, fulls in _BACK_REFS.items()}
_SENTENCE_BREAK = regex.compile(r"\.\s|;|\n")


_WHOLE_RX = {kind: regex.compile(r"(?<![a-z])" + _prefix_words(words) + r"(?![a-z])")
             for kind, words in _SUBJ["district_whole_words"].items()}


@lru_cache(maxsize=1)
def _legacy_district_names() -> frozenset:
    from ..normalize.gazetteer_dated import legacy_units

    return frozenset(u.name for u in legacy_units().districts)


class ScopeFinder:
    def __init__(self, units, ctx):
        self.units = units
        self.ctx = ctx
        self._full_names: dict[str, Subject] = {}  # short head -> the subject its body was last named in full
        self._province_bare = fold(ctx.province).split(" ", 1)[-1] if ctx.province else None
        self._body = _BODY_MINISTRY if ministry_issuer(ctx.own_unit, ctx.default_subject) else _BODY
        self._own_names = {" ".join(fold(n).split()) for n in getattr(ctx, "own_names", ())}
        self._referred: dict[str, Subject] = {}  # short name -> the subject of its body's last full mention
        self._districts_named: dict[str, set] = {}  # type word -> district-level units the text has named
        self._last_subjects = None  # (text, masked, the names ``_subjects`` found in it), the last asked
        self._issuer_place_rx = None  # (length, pattern) of each place that names the issuer
        self._legacy_memo = None  # (the date, whether it is before the 2025 reform)

    def _district_wholes(self, text: str, masked: str, out: list) -> list:
        """``out`` with the words for the whole of a district-level unit ("toàn thành phố", "cả quận",
        "UBND huyện"; data: subjects.district_whole_words) read as the one unit of that type the text
        has named ("Theo UBND TP Đà Lạt, … trên toàn thành phố …"), in a text no district issues.

        >>> from docparse.recognize.units import UnitFinder
        >>> from docparse.recognize.facts import DocContext
        >>> sf = ScopeFinder(UnitFinder(None, None), DocContext("city", None, "Tỉnh Lâm Đồng"))
        >>> t = "Theo UBND TP Đà Lạt, toàn thành phố nhận 91.347 hồ sơ"
        >>> [(a, s.name) for a, _, s in sf._district_wholes(t, fold(t), [(10, 19, Subject(level="unit", name="Thành phố Đà Lạt"))])]
        [(10, 'Thành phố Đà Lạt'), (21, 'Thành phố Đà Lạt')]
        """
        if self.ctx.own_unit:
            return out
        for _, _, subj in out:
            if subj.level == "unit" and subj.name and subj.name in _legacy_district_names():
                kind = next((k for k in _WHOLE_RX if fold(subj.name).startswith(fold(k) + " ")), None)
                if kind:
                    self._districts_named.setdefault(kind, set()).add(subj.name)
        added = []
        for kind, rx in _WHOLE_RX.items():
            names = self._districts_named.get(kind)
            if not names or len(names) != 1:
                continue
            if kind == "thành phố" and not fold(self.ctx.province or "").startswith("tinh "):
                continue  # in a centrally-run city, "toàn thành phố" is the city
            name = next(iter(names))
            for m in rx.finditer(masked):
                if regex.match(r"\s+\p{Lu}", text[m.end():m.end() + 3]):
                    continue  # "thành phố Đà Lạt": a name follows, read as a named unit
                added.append((m.start(), m.end(), Subject(level="unit", name=name, raw=text[m.start():m.end()])))
        if not added:
            return out
        keep = [o for o in out if not any(a <= o[0] < b or o[0] <= a < o[1] for a, b, _ in added)]
        return keep + added

    def _back_references(self, text: str, out: list, masked: str = "") -> list[tuple[int, int, Subject]]:
        """The short names of bodies named in full earlier (data: subjects.back_references), each with
        the subject of that full mention; remembers the full mentions among ``out``.

        >>> from docparse.recognize.units import UnitFinder
        >>> from docparse.recognize.facts import DocContext
        >>> sf = ScopeFinder(UnitFinder(None, None), DocContext("city", None, None))
        >>> t = "Trung tâm Phục vụ hành chính công tỉnh nhận 6.120 hồ sơ"
        >>> sf._back_references(t, [(0, 38, Subject(level="departments", raw=t[:38]))])
        []
        >>> [(a, b, s.level) for a, b, s in sf._back_references("Kết quả, Trung tâm đã giải quyết 4.873 hồ sơ", [])]
        [(9, 18, 'departments')]
        >>> sf._back_references("Trung tâm Y tế huyện khám 300 lượt", [])  # a name goes on: another body
        []
        """
        if self.ctx.own_unit:
            return []  # the issuer's own short name: its figures ("issuer_places")
        for _, _, subj in out:
            raw = " ".join(fold(subj.raw or "").split())
            for short, fulls in _BACK_REFS.items():
                if subj.level != "self" and any(raw.startswith(f) for f in fulls):
                    self._referred[short] = subj
        masked = masked or fold(text)
        for short, rx in _BACK_FULL_RX.items():
            # "UBND xã Củ Chi khánh thành Trung tâm Phục vụ hành chính công": a unit's own centre, the
            # unit named before it in its sentence or right after it ("... công xã An Bình")
            for m in rx.finditer(masked):
                if any(a <= m.start() < b for a, b, _ in out):
                    continue
                units = [(a, b, sj) for a, b, sj in out if sj.level == "unit" and sj.name]
                after = [u for u in units if 0 <= u[0] - m.end() <= 2]
                before = [u for u in units if u[1] <= m.start() and not _SENTENCE_BREAK.search(masked, u[1], m.start())]
                owner = (after or before[-1:] or [None])[0]
                if owner is not None:
                    self._referred[short] = owner[2]
        found = []
        for short, subj in self._referred.items():
            for m in _BACK_REF_RX[short].finditer(text):
                if any(a <= m.start() < b for a, b, _ in out) or \
                        _SHORT_NOT_AFTER.search(fold(text[max(0, m.start() - 15):m.start()])):
                    continue  # "… qua thiết bị tại Trung tâm đạt 95,1%": a place, not whose figure
                found.append((m.start(), m.end(), subj.model_copy(update={"raw": m.group()})))
        return found

    def _issuer_places(self, text: str, masked: str) -> list[tuple[int, int, Subject]]:
        """The issuing body named as the place of a sentence's figures in a notice it issues on the
        whole province (data: subjects.issuer_places): "Tại Trung tâm, tiếp nhận 1.210 hồ sơ" is the
        centre's own ("self"), not the province's, when the place opens its sentence or clause and a
        comma closes it; a place followed by a name ("tại Trung tâm Phục vụ hành chính công xã An
        Bình") is that unit's, left to the unit finder.

        >>> from docparse.recognize.units import UnitFinder
        >>> from docparse.recognize.facts import DocContext
        >>> sf = ScopeFinder(UnitFinder(None, None), DocContext("city", None, None, issuer="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"))
        >>> t = "Tại Trung tâm, tiếp nhận 1.210 hồ sơ"
        >>> [(a, b, s.level) for a, b, s in sf._issuer_places(t, fold(t))]
        [(0, 13, 'self')]
        >>> t = "Tại Trung tâm Phục vụ hành chính công xã An Bình, tiếp nhận 90 hồ sơ"
        >>> sf._issuer_places(t, fold(t))
        []
        >>> t = "Tỷ lệ hài lòng qua thiết bị đánh giá tại Trung tâm đạt 95,1%"  # a place inside the statement
        >>> sf._issuer_places(t, fold(t))
        []
        """
        if self.ctx.own_unit or self.ctx.default_subject != "city" or not self.ctx.issuer:
            return []
        if self._issuer_place_rx is None:  # the issuer's places, worked out once for the document
            issuer = " ".join(fold(self.ctx.issuer).split())
            # the place opens its sentence or clause and a comma closes it ("Tại Trung tâm, tiếp
            # nhận ..."): the topic of the statement, not a place inside it ("thiết bị đánh giá tại
            # Trung tâm đạt 95,1%" rates the whole's satisfaction)
            self._issuer_place_rx = [
                (len(fold(place)), regex.compile(r"(?:^|(?<=[.;:\-+•]\s*))" + regex.escape(fold(place)) + r"\s*,"))
                for head, places in _SUBJ["issuer_places"].items() if issuer.startswith(fold(head))
                for place in sorted(places, key=len, reverse=True)]
        out = []
        for size, rx in self._issuer_place_rx:
            for m in rx.finditer(masked):
                if not any(a <= m.start() < b for a, b, _ in out):
                    end = m.start() + size
                    out.append((m.start(), end, Subject(level="self", raw=text[m.start():end])))
        return out

    def subjects(self, text: str, masked: str) -> list[tuple[int, int, Subject]]:
        """Every subject named in a segment: levels, communes, bodies, districts, ministries, provinces,
        and a body named again by its short form (``short_forms``)."""
        if self._last_subjects is not None and self._last_subjects[0] == text and self._last_subjects[1] == masked:
            # the same segment asked again (a lead-in's, a heading's, a field's look): the names found
            # the first time, as new objects, as a new reading would give them. ``_subjects`` reads
            # the same names from the same text whatever it remembered of it (the full names it notes
            # are noted before they are used); the short forms, which may name a body named later in
            # the same text, are read again
            out = [(a, b, subj.model_copy()) for a, b, subj in self._last_subjects[2]]
        else:
            out = self._subjects(text, masked)
            self._last_subjects = (text, masked, tuple(out))
        out = [x for x in out if not (_CHANNEL_PLACE.search(masked, max(0, x[0] - 30), x[0])
                                      and fold(x[2].raw or "").startswith(_CHANNEL_BODIES))]
        out = [x for x in out if not (x[2].level in _GROUPS and _INCLUSION_OPEN.search(masked, max(0, x[0] - 20), x[0])
                                      and _BRACKET_CLOSE.match(masked, x[1]))]  # "(gồm cấp xã)": what it includes
        return self.short_forms(text, [self._issuer_named(a, b, sj) for a, b, sj in out])

    def _issuer_named(self, a: int, b: int, subj: Subject) -> tuple[int, int, Subject]:
        """A level group's name that is the issuing body's own full name, in a notice it issues on no
        unit of its own ("Trung tâm Phục vụ hành chính công tỉnh thông báo …" under "TRUNG TÂM PHỤC VỤ
        HÀNH CHÍNH CÔNG"): the issuer itself ("self"), as its short form is (TRUTH_FORMAT's centre
        convention; data: subjects.issuer_subjects)."""
        if subj.level == "self" or self.ctx.own_unit or not self.ctx.issuer or not subj.raw:
            return a, b, subj
        issuer = " ".join(fold(self.ctx.issuer).split())
        raw = " ".join(fold(subj.raw).split())
        for head, names in _SUBJ["issuer_subjects"].items():
            if issuer.startswith(fold(head)) and (any(raw.startswith(fold(n)) for n in names["full"])
                                                   or raw in {fold(n) for n in names["short"]}):
                return a, b, subj.model_copy(update={"level": "self"})
        return a, b, subj

    def short_forms(self, text: str, out: list) -> list:
        """``out`` with the short forms of ``text`` added ("Trung tâm đã giải quyết 15.306 hồ sơ"): the
        subject of the body last named in full with that head (in this text or before it), else the
        issuer when its own name has that head ("self"); a short form with neither names nothing.
        Remembers the full names of ``text`` for later segments.

        >>> from docparse.recognize.units import UnitFinder
        >>> from docparse.recognize.facts import DocContext
        >>> sf = ScopeFinder(UnitFinder(None, None), DocContext("city", None, None, issuer="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"))
        >>> [(s.level, s.raw) for _, _, s in sf.subjects("Trung tâm đã tiếp nhận 120 hồ sơ", fold("Trung tâm đã tiếp nhận 120 hồ sơ"))]
        [('self', 'Trung tâm')]
        >>> t = "Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 90 hồ sơ; Trung tâm đã giải quyết 80"
        >>> [(s.level, s.raw) for _, _, s in sf.subjects(t, fold(t))]  # the issuer's own name, in its notice
        [('self', 'Trung tâm Phục vụ hành chính công tỉnh'), ('self', 'Trung tâm')]
        >>> other = ScopeFinder(UnitFinder(None, None), DocContext("city", None, None, issuer="UBND TỈNH BÌNH ĐỊNH"))
        >>> [(s.level, s.raw) for _, _, s in other.subjects(t, fold(t))]  # the province's centre, named by another
        [('departments', 'Trung tâm Phục vụ hành chính công tỉnh'), ('departments', 'Trung tâm')]
        >>> t = "Bộ phận một cửa đã tiếp nhận 50 hồ sơ"  # no short form: "Bộ phận" is a word
        >>> [s.level for _, _, s in sf.subjects(t, fold(t))]
        []
        >>> t = "Tỷ lệ hài lòng qua thiết bị tại Trung tâm đạt 95,1%"  # a place, not whose figure
        >>> [s.level for _, _, s in sf.subjects(t, fold(t))]
        []
        """
        found = list(_SHORT_FORM.finditer(text))
        if not found and not out:
            return out
        spans = [(a, b) for a, b, _ in out]
        events = [(a, 0, subj) for a, b, subj in out if not subj.scope and short_head(subj.raw or subj.name)]
        events += [(m.start(), 1, m) for m in found if not any(a <= m.start() < b for a, b in spans)
                   and not _SHORT_NOT_AFTER.search(fold(text[max(0, m.start() - 15):m.start()]))]
        added = []
        for pos, kind, item in sorted(events, key=lambda e: (e[0], e[1])):
            if kind == 0:
                self._full_names[short_head(item.raw or item.name)] = item
                continue
            head = " ".join(fold(item["head"]).split())
            subj = self._full_names.get(head)
            if subj is None:
                if self.ctx.own_unit and short_head(self.ctx.own_unit) == head:
                    subj = Subject(level="self", name=self.ctx.own_unit)
                elif not self.ctx.own_unit and self.ctx.default_subject == "city" and short_head(self.ctx.issuer) == head:
                    subj = Subject(level="self")  # the province's centre speaking of itself
                else:
                    continue
            added.append((item.start(), item.end(), subj.model_copy(update={"raw": item.group()})))
        return sorted(out + added, key=lambda x: x[0]) if added else out

    def _subjects(self, text: str, masked: str) -> list[tuple[int, int, Subject]]:
        out = []
        for m in matcher("subjects").find(masked, folded=True, fuzzy=self.ctx.garbled,
                                          original=None if self.ctx.garbled or len(text) != len(masked) else text):
            level = m.key[0]
            if level == "city" and _ENDS_PREFIX.search(masked, m.start, m.end) and _NAME_AFTER.match(text, m.end):
                continue  # "của thành phố Thủ Dầu Một", "của tỉnh Bắc Ninh": a named unit, not the whole
            rest = _REMAINDER.match(masked, m.end) if level in _GROUPS else None
            if rest is not None:  # "Các huyện còn lại": the rest of the level's units, a group of them
                out.append((m.start, rest.end(), Subject(level="unit", name=" ".join(text[m.start:rest.end()].split()),
                                                         raw=text[m.start:rest.end()])))
                continue
            out.append((m.start, m.end, Subject(level=level, raw=text[m.start:m.end],
                                                name=self.ctx.own_unit if level == "self" else None)))
        out += listed_levels(out, text, masked)
        out += self._issuer_places(text, masked)
        taken = [(a, b) for a, b, _ in out]
        for start, end, raw, res in self.units.mentions(text):
            name = res if isinstance(res, str) else res.name
            inside = [k for k, (a, b, _) in enumerate(out) if a < start < b]
            if name and inside and end > max(out[k][1] for k in inside) and not self.ctx.own_unit \
                    and all(out[k][2].level == "self" for k in inside):
                # "UBND xã Củ Chi" in a text no commune issues: the words for "our commune" begin a named one
                out = [o for k, o in enumerate(out) if k not in inside]
                taken = [(a, b) for a, b, _ in out]
                inside = []
            if name and inside and all(out[k][2].level in ("departments", "districts", "communes") for k in inside):
                # "Ở cấp xã, phường Phố Hiến đạt ...": the level phrase ends where a named unit begins
                for k in inside:
                    a, _, subj = out[k]
                    out[k] = (a, start, subj.model_copy(update={"raw": text[a:start].rstrip(" ,")}))
                taken = [(a, b) for a, b, _ in out]
            if any(a <= start < b for a, b in taken):
                continue
            name = res if isinstance(res, str) else res.name
            if name and self.ctx.own_unit and (name == self.ctx.own_unit or self._is_own_body(name)):
                out.append((start, end, Subject(level="self", name=self.ctx.own_unit, raw=raw)))
            else:
                out.append((start, end, Subject(level="unit", name=name, raw=raw)))
            taken.append((start, end))
        for m in _NAMED.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            prefix = _ABBR.get(m["prefix"]) or " ".join(m["prefix"].split()).lower()
            subj = self._named_unit(_PREFIX_OF.get(fold(prefix), prefix), m["name"].replace("’", "'"))
            if subj is not None:
                out.append((m.start(), m.end(), subj.model_copy(update={"raw": m.group()})))
        for start, end, subj in self._abbreviated(text):
            if not any(a <= start < b or start <= a < end for a, b in taken):
                out.append((start, end, subj))
                taken.append((start, end))
        platforms = [m.end for m in matcher("platforms").find(masked, folded=True, fuzzy=self.ctx.garbled)]
        bare = list(bare_provinces(text))
        listed = len({name for _, _, name in bare}) >= 2  # "Nam Định (66,2%), Lạng Sơn (63,5%)": provinces compared
        for start, end, name in bare:
            if any(a <= start < b or start <= a < end for a, b in taken):
                continue
            if not self.ctx.province and self.ctx.default_subject == "city" and not listed:
                continue  # a province's text that does not say which: the name may be its own
            subj = Subject(level="city") if self._own_province(name) else Subject(level="unit", name=name)
            out.append((start, end, subj.model_copy(update={"raw": text[start:end]})))
            taken.append((start, end))
        if self.ctx.province and (self._legacy() or not self.ctx.doc_date):
            for start, end, name in bare_districts(text, self.ctx.province):
                if any(a <= start < b or start <= a < end for a, b in taken):
                    continue
                out.append((start, end, Subject(level="unit", name=name, raw=text[start:end])))
                taken.append((start, end))
        # a commune's figures on the ministries' systems are its own, that system their scope: two
        # statements of one rate on two systems are two figures, no restatement
        out = [(o[0], o[1], Subject(level="self", name=self.ctx.own_unit, raw=o[2].raw,
                                    scope=f"hệ thống của {o[2].raw or 'các bộ, ngành'}"))
               if (o[2].scope is None and o[2].level == "national" and self.ctx.own_unit and self.ctx.default_subject == "self"
                   and platform_owner(platforms, masked, o[0])) else o for o in out]
        out = [o for o in out if not (o[2].scope is None and o[2].level in ("city", "national", "districts", "communes", "departments")
                                      and (compared_with(masked, o[0]) or (o[2].level == "city" and self.ctx.own_unit
                                                                           and platform_owner(platforms, masked, o[0]))))]
        parents = []
        bodies = list(_BODY_NAME.finditer(text)) + list(self._body.finditer(text))
        # another name begins with a capital; a phrase in lower case inside an official name ("thiết bị y
        # tế" of "Cục Cơ sở hạ tầng và thiết bị y tế") is part of it
        starts = [b.start() for b in bodies] + [a for a, _ in taken if text[a:a + 1].isupper()]
        for m in bodies:
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            end = bracket_name_end(text, m.end(), starts)  # "Cục Quản lý Dược (11.207 hồ sơ)"
            if end > m.end():
                out = [o for o in out if not (m.end() <= o[0] < end)]
            head = _ITEM_HEAD.match(text)
            if head and head.end("name") >= m.end() and m.start() <= head.end("lead"):
                end = head.end("name")  # "- Cục Hộ tịch, quốc tịch, chứng thực: ...": the item's head is the name
            elif m.start() <= (head.end("lead") if head else len(_LEAD.match(text).group())):
                end = self._name_end(text, masked, m)  # "- Cục Đăng ký quốc gia ... tiếp nhận 54.207"
            elif (e := self._name_end(text, masked, m)) > m.end() and _FIGURE_BRACKET.match(text, e):
                end = e  # "Cục Quản lý Dược (11.207 hồ sơ)": the name runs to the bracket of its figure
            link = _PARENT_LINK.search(text, m.start(), end)
            if link is not None:
                end = link.start()
                parents.append(link.end())
            own = self._own_body_at(text, m.start())
            if own:  # "Cục Đăng kiểm Việt Nam tiếp nhận ...": the whole name the issuer block gives
                end = max(end, m.start() + own)
            name = " ".join(text[m.start():end].split())
            if self.ctx.own_unit and (fold(name) == fold(self.ctx.own_unit) or self._is_own_body(name)):
                if self._is_own_body(name):  # no shorter body name inside it either ("Kho bạc Nhà")
                    taken.append((m.start(), end))
                continue  # the issuer itself, or the body under it that issues ("Tổng cục Thuế tiếp nhận ...")
            out.append((m.start(), end, Subject(level="unit", name=name, raw=text[m.start():end])))
            taken.append((m.start(), end))
        if parents:
            out = [o for o in out if o[0] not in parents]
        out = _with_own_places(sorted(out, key=lambda x: x[0]), masked)
        if not _RESPECTIVE.search(masked):  # "cấp tỉnh, cấp huyện và cấp xã lần lượt là ...": one figure each
            out = joined_groups(sorted(out, key=lambda x: x[0]), masked, self._legacy(), self._province_bare, text)
        out += self._back_references(text, out, masked)
        out = self._district_wholes(text, masked, out)
        counted = None
        for m in _scope_matcher().find(masked, folded=True):
            if counted is None:
                counted = [(c.start, c.end) for c in matcher("counts").find(masked, folded=True)]
            if any(a < m.start < b for a, b in counted):
                continue  # "nộp trực tiếp và qua dịch vụ bưu chính công ích": the words of a count, no scope
            out.append((m.start, m.end, Subject(level="city", raw=text[m.start:m.end], scope=m.key[0])))
        return sorted(out, key=lambda x: x[0])

    def _abbreviated(self, text: str) -> list[tuple[int, int, Subject]]:
        """Units written with their type word short ("Q.1", "P.Phạm Ngũ Lão", "TP. Đà Lạt"; data:
        subjects.prefix_abbreviations, name_abbreviations), resolved as the written-out names are; the
        issuer itself is "self".

        >>> from docparse.recognize.units import UnitFinder
        >>> from docparse.recognize.facts import DocContext
        >>> p = "Thành phố Hồ Chí Minh"
        >>> sf = ScopeFinder(UnitFinder(p, None, doc_date="2019-12-30"), DocContext("city", None, p, doc_date="2019-12-30"))
        >>> [(s.level, s.name) for _, _, s in sf._abbreviated("UBND Q.1 tiếp nhận 9.514 hồ sơ; P.Phạm Ngũ Lão 812 hồ sơ; TP.HCM")]
        [('unit', 'Quận 1'), ('unit', 'Phường Phạm Ngũ Lão'), ('city', None)]
        """
        out = []
        for m in _ABBREVIATED.finditer(text):
            prefix = _PREFIX_ABBREV[m["abbr"]]
            name = _NAME_ABBREV.get(m["name"], m["name"])
            subj = None
            if prefix in ("phường", "thị trấn", "xã"):
                res = self.units.resolve(prefix, name)
                if res.name and res.score >= 95:
                    subj = Subject(level="self", name=res.name) if res.name == self.ctx.own_unit \
                        else Subject(level="unit", name=res.name)
            else:
                subj = self._named_unit(prefix, name)
                if subj is not None and subj.level == "unit" and subj.name == self.ctx.own_unit:
                    subj = Subject(level="self", name=subj.name)
            if subj is not None:
                out.append((m.start(), m.end(), subj.model_copy(update={"raw": m.group()})))
        return out

    def _is_own_body(self, name: str) -> bool:
        """The body named under the ministry in the issuer block ("TỔNG CỤC THUẾ"): the issuer itself."""
        return " ".join(fold(name).split()) in self._own_names

    def _own_body_at(self, text: str, start: int) -> int:
        """The length of the issuer block's body name written at ``start`` (words and spaces as in the
        text), 0 when none stands there."""
        if not self._own_names:
            return 0
        words = fold(text[start:start + 120]).split()
        for own in self._own_names:
            n = len(own.split())
            if words[:n] == own.split():
                m = regex.match(r"\S+(?:\s+\S+){%d}" % (n - 1), text[start:])
                return m.end() if m else 0
        return 0

    def _own_province(self, name: str) -> bool:
        """Whether a province named in the text is the document's own (or, after July 2025, one
        merged into it)."""
        if not self.ctx.province:
            return False
        own = province_key(self.ctx.province)
        if province_key(name) == own:
            return True
        if not self.ctx.doc_date or self._legacy():
            return False  # before July 2025 (or undated), a province merged later was still another
        from ..normalize.gazetteer_dated import legacy_units

        unit = next((u for u in legacy_units().provinces if u.name == name), None)
        return unit is not None and province_key(unit.successor_province or "") == own

    def _legacy(self) -> bool:
        """Whether the document's date falls before July 2025 (worked out once: the date is the header's)."""
        if self._legacy_memo is None or self._legacy_memo[0] is not self.ctx.doc_date:
            from ..normalize.gazetteer_dated import in_force

            try:
                legacy = in_force(self.ctx.doc_date) == "legacy"
            except ValueError:
                legacy = False
            self._legacy_memo = (self.ctx.doc_date, legacy)
        return self._legacy_memo[1]

    @staticmethod
    def _name_end(text: str, masked: str, m) -> int:
        """Where a body's name that opens a list item ends: before the first words that name a
        figure ("tiếp nhận", "đã giải quyết"), a figure or a stop; its own capitalised words at least."""
        window = masked[m.start():m.start() + 100]
        stops = [x.start for x in matcher("counts").find(window, folded=True) if x.start >= m.end() - m.start()]
        stop = regex.search(r"[\d;:(]", window[m.end() - m.start():])
        ends = stops + ([stop.start() + m.end() - m.start()] if stop else [])
        if not ends:
            rest = text[m.end():]
            if len(text) <= 120 and len(rest.split()) <= 12 and not regex.search(r"[.!?,;]", rest.rstrip(" .")):
                # "1. Cục Quản lý xuất nhập cảnh": a heading that names a body is its name, to its end
                return m.end() + len(rest.rstrip(" ."))
            return m.end()
        end = m.start() + min(ends)
        words = text[m.end():end].split()
        if len(words) > 8 or regex.search(r"[.!?]", text[m.end():end]):
            return m.end()
        return m.end() + len(text[m.end():end].rstrip(" ,"))

    def _named_unit(self, prefix: str, name: str) -> Optional[Subject]:
        """A province or (pre-2025) district named in the text, checked against the official lists:
        the document's own province (or one merged into it in 2025) is the city level."""
        from ..normalize.gazetteer_dated import resolve_legacy

        words = name.split()
        for n in range(len(words), 0, -1):
            cand = " ".join(words[:n])
            if prefix == "thành phố" and self._legacy() and self.ctx.province:
                # "Thành phố Huế" in a 2022 report of Tỉnh Thừa Thiên Huế: its district-level city
                try:
                    legacy = resolve_legacy(prefix, cand, province=self.ctx.province)
                except ValueError:
                    legacy = None
                if legacy is not None and legacy.level == "district":
                    return Subject(level="unit", name=legacy.name)
            if prefix in ("tỉnh", "thành phố"):
                if self._province_bare and fold(cand) == self._province_bare and not (
                        prefix == "thành phố" and fold(self.ctx.province or "").startswith("tinh ")):
                    # "thành phố Kon Tum" in Tỉnh Kon Tum is the provincial city (a district), not the province
                    return Subject(level="city")
                try:
                    legacy = resolve_legacy("tỉnh" if prefix == "tỉnh" else "thành phố", cand)
                except ValueError:
                    legacy = None
                if legacy is not None and legacy.level == "province":
                    succ = fold(legacy.successor_province or "").split(" ", 1)[-1]
                    if self._province_bare and succ == self._province_bare:
                        return Subject(level="city")
                    return Subject(level="unit", name=legacy.name)
            if prefix != "tỉnh":
                try:
                    legacy = resolve_legacy(prefix, cand, province=self.ctx.province)
                except ValueError:
                    legacy = None
                if legacy is not None and legacy.level == "district":
                    if legacy.match in ("alias", "type_changed"):
                        # "Huyện Mỹ Lộc", merged into Thành phố Nam Định early in 2025; "huyện Kim Bảng"
                        # of 2024, a thị xã since: the text speaks of the district it names, as it was then
                        return Subject(level="unit", name=f"{prefix[:1].upper()}{prefix[1:]} {cand}")
                    return Subject(level="unit", name=legacy.name)
        return None

    def subject_for(self, subjects, clauses, n, masked, lead, section, default, carried=None,
                    unsure_default: bool = False) -> tuple[Subject, bool]:
        """The subject of number ``n``: named in its clause chain (explicit), else inherited: the
        topic an earlier sentence of the paragraph opened with (``carried``), the lead-in's, the
        heading's or the document's own."""
        k = n.clause
        chain = [k] + ancestors(clauses, k)
        sentence = clauses[k].sentence
        best = None
        best_clause = None
        scope = None
        head_scope = False
        for start, end, subj in subjects:
            if start >= n.m.start:
                break
            c = clause_at(clauses, start)
            if clauses[c].sentence != sentence:
                continue
            c = _gloss_parent(clauses, c, masked, start, end, subj)
            if _ATTRIBUTION.match(masked, clauses[c].start):
                continue  # "Theo dữ liệu trên Hệ thống ... tỉnh Quảng Ngãi, ...": the source, not the subject
            if _SAID_AFTER.match(masked, end):
                continue  # "Văn phòng Chính phủ cho biết, ... An Giang còn ...": the source, not the subject
            applies = c in chain or (clauses[c].parent in chain and c < k) or \
                (clauses[c].parent is None and clauses[chain[-1]].parent is None and c < k) or \
                (c < k and not subj.scope and _heads_sentence(clauses, sentence, masked, start))
            if not applies:
                continue
            if subj.scope:
                # a scope word narrows its own clause and what breaks it down only (a group's last
                # level may stand in the clause a joining "và" opened: "cấp huyện và cấp xã đã tiếp nhận");
                # a part of the issuer's body heading the sentence, the whole sentence (data: body_scopes)
                if c in chain or clause_at(clauses, end - 1) in chain:
                    scope = subj.scope
                elif subj.scope in _BODY_SCOPES and c < k and _heads_sentence(clauses, sentence, masked, start):
                    scope, head_scope = subj.scope, True
                continue
            if subj.level in ("departments", "communes", "districts") and self.is_tail(masked, start) \
                    and self.tail_level(masked, start - len(_NUMBER_TAIL.search(masked[max(0, start - 60):start])[0]) + 1):
                continue  # "1.448 TTHC cấp tỉnh, 263 TTHC ...": the level closes the figure before's item
            if best is not None and subj.level == "city" and best.level in ("departments", "districts", "communes") \
                    and start - best_clause <= 20 and not regex.search(r"\d", masked[best_clause:start]):
                continue  # "Với cấp xã, toàn tỉnh tiếp nhận ...": the level, across the province
            best, best_clause = subj, end
        tail = self.tail_level(masked, n.m.end) if n.m.shape in ("count", "percent", "ratio") else None
        if tail is not None and (best is None or best.level not in ("unit", "self")):
            # "gồm 1.448 TTHC cấp tỉnh": the level closing its own item ("Trung tâm tiếp nhận 1.318 hồ sơ
            # của các sở, ban, ngành": the issuer's own figure, whose dossiers they are after it)
            best = Subject(level=tail[0])
        named_after = _named_in_bracket_after(subjects, masked, n.m.end)
        if named_after is not None:
            best = named_after  # "Điểm số cao nhất là 98,63 điểm (Sở Công Thương)": whose figure, in its bracket
        if best is None:
            if carried is not None and not (lead is not None and (lead.level, lead.name) == (carried.level, carried.name)):
                best, explicit = carried, False  # "Ở cấp huyện, tiếp nhận ... . Đã giải quyết ...": its topic
            elif lead is not None:
                best, explicit = lead, lead is not None and _is_head(clauses, subjects, lead)
            elif section is not None:
                best, explicit = section, False
            else:
                # the document's own subject, unless the statement names other units before it: then
                # whose figure it is cannot be told ("Bắc Giang ...; 70,08 điểm" of whom?)
                named_before = any(a < n.m.start and not subj.scope and subj.level != default.level
                                   for a, _, subj in subjects)
                best, explicit = default, not named_before and not unsure_default
        else:
            explicit = True
        if head_scope and scope in _BODY_SCOPES and best is not default and best.level != "self":
            scope = None  # "Bộ phận một cửa cấp huyện tiếp nhận …; cấp xã tiếp nhận 30.000": another subject's clause
        joined = group_levels(scope)
        if scope and best is default and joined and len(joined) > 1:
            explicit = True  # "bộ phận một cửa cấp huyện và cấp xã đã tiếp nhận ...": the group is named
        if scope and best.level not in joined:
            # (a level the joined group names is that level: "cấp huyện và cấp xã đã tiếp nhận mới 19.630
            # hồ sơ, trong đó cấp huyện 8.412 hồ sơ": the district level's own figure, not the group's)
            best = best.model_copy(update={"scope": scope})
        return best, explicit

    @staticmethod
    def named_in(subjects, start: int, end: int) -> bool:
        """Whether a subject (not a mere scope) is named between ``start`` and ``end``."""
        return any(start <= a < end and not s.scope for a, _, s in subjects)

    @staticmethod
    def tail_level(masked: str, end: int) -> Optional[tuple[str, int]]:
        """(level, where its words end) when a level closes the item of the figure ending at ``end``:
        the figure, its unit word, a link word, the level, then a stop or "và" ("1.448 TTHC cấp tỉnh,
        263 TTHC cấp huyện và 109 TTHC cấp xã": each figure's level is the one after it).

        >>> t = "gom 1.448 tthc cap tinh, 263 tthc cap huyen va 109 tthc cap xa."
        >>> [ScopeFinder.tail_level(t, t.index(x) + len(x))[0] for x in ("1.448", "263", "109")]
        ['departments', 'districts', 'communes']
        >>> ScopeFinder.tail_level("tiep nhan 500 ho so, cap xa 300 ho so", 13), ScopeFinder.tail_level("500 ho so cap xa 300", 3)
        (None, None)
        >>> ScopeFinder.tail_level("dung han 98,46 % ubnd cac huyen, thi xa: 97,1 %", 16)  # the next line's head

        """
        words = _TAIL_LINK.match(masked, end)
        if not words or not masked[end:words.end()].strip():
            return None  # a unit word or a link word ties the level to the figure, not a bare space
        at = words.end()
        found = matcher("subjects").find(masked[at:at + 40], folded=True)
        if not found or found[0].start != 0 or found[0].key[0] not in ("departments", "communes", "districts"):
            return None
        stop = at + found[0].end
        if not _TAIL_END.match(masked, stop):
            return None
        return found[0].key[0], stop

    @staticmethod
    def is_tail(masked: str, start: int) -> bool:
        """Whether the words at ``start`` follow a figure and its unit word (a level closing that
        figure's item, "1.448 TTHC cấp tỉnh"): they name that figure's subject, not a later one's.

        >>> ScopeFinder.is_tail("gom 1.448 tthc cap tinh, 263", 15), ScopeFinder.is_tail("cap tinh, 263", 0)
        (True, False)
        """
        return bool(_NUMBER_TAIL.search(masked[max(0, start - 60):start]))

    def level_after(self, text: str) -> Optional[str]:
        """A level named right after a number or its unit word: "277/313 TTHC cấp xã"."""
        got = self.level_after_span(text)
        return got[0] if got else None

    @staticmethod
    def level_after_span(text: str) -> Optional[tuple[str, int]]:
        """(level, where its words end in ``text``) for level_after.

        >>> ScopeFinder.level_after_span(" cua cap xa; 9.315 ho so")
        ('communes', 11)
        """
        words = _LEVEL_LINK.match(text)
        skip = words.end() if words else 0
        found = matcher("subjects").find(text[skip:skip + 40], folded=True)
        if found and found[0].start == 0 and found[0].key[0] in ("departments", "communes", "districts"):
            return found[0].key[0], skip + found[0].end
        return None


_PROVINCE_WORDS = tuple(" ".join(fold(w).split()) + " " for w in _SUBJ["named_unit_prefixes"]["province"])


def _with_own_places(out: list, masked: str) -> list:
    """Subjects with a province written right after a unit's name dropped into that name: "Sở Tư pháp
    tỉnh Bình Định tiếp nhận ...", "UBND huyện Đức Phổ tỉnh Quảng Ngãi" are the department's, the
    district's figures, not the province's.

    >>> from docparse.models import Subject
    >>> t = "so tu phap tinh binh dinh tiep nhan 5.402 ho so"
    >>> got = _with_own_places([(0, 10, Subject(level="unit", name="Sở Tư pháp")), (11, 25, Subject(level="city", raw="tỉnh Bình Định"))], t)
    >>> [(a, b, s.level) for a, b, s in got]
    [(0, 25, 'unit')]
    >>> t = "so tu phap, toan tinh tiep nhan"
    >>> len(_with_own_places([(0, 10, Subject(level="unit", name="Sở Tư pháp")), (12, 21, Subject(level="city", raw="toàn tỉnh"))], t))
    2
    """
    merged: list = []
    for start, end, subj in out:
        if merged:
            a, b, prev = merged[-1]
            place = " ".join(fold(subj.raw or "").split()) + " "
            if prev.level in ("unit", "self") and not prev.scope and not masked[b:start].strip() \
                    and place.startswith(_PROVINCE_WORDS) and (subj.level == "city" or (
                        subj.level == "unit" and fold(subj.name or "").startswith(_PROVINCE_WORDS))):
                merged[-1] = (a, end, prev)
                continue
        merged.append((start, end, subj))
    return merged


def _gloss_parent(clauses, c: int, masked: str, start: int, end: int, subj: Subject) -> int:
    """The clause a level named alone in a bracket glosses: "Với 12 huyện, thành phố (cấp huyện), đã
    giải quyết …" — the bracket says which level the words before it are, as if written outside it, so
    the level holds for the clause the bracket stands in (and what follows it), not for the bracket only.
    Any other clause: itself.

    >>> from docparse.normalize.clauses import split_clauses
    >>> t = "voi 12 huyen, thanh pho (cap huyen), da giai quyet 91.971 ho so"
    >>> cl = split_clauses(t)
    >>> c = clause_at(cl, t.index("cap huyen"))
    >>> _gloss_parent(cl, c, t, t.index("cap huyen"), t.index("cap huyen") + 9, Subject(level="districts")) == cl[c].parent
    True
    >>> t = "huyen a (cap huyen 812 ho so)"
    >>> cl = split_clauses(t)
    >>> c = clause_at(cl, t.index("cap huyen"))
    >>> _gloss_parent(cl, c, t, t.index("cap huyen"), t.index("cap huyen") + 9, Subject(level="districts")) == c
    True
    """
    cl = clauses[c]
    if cl.opener != "paren" or cl.parent is None or subj.level not in ("departments", "districts", "communes"):
        return c
    if masked[cl.start:start].strip(" (") or masked[end:cl.end].strip(" )"):
        return c
    return cl.parent


def _named_in_bracket_after(subjects, masked: str, end: int) -> Optional[Subject]:
    """A named unit that stands alone in the bracket right after a figure ("97,84 điểm (Sở Tư
    pháp)", "89,40 điểm (UBND huyện Đam Rông)"): the figure is that unit's.

    >>> from docparse.models import Subject
    >>> t = "cao nhat la 97,84 diem (so tu phap), thap nhat"
    >>> s = [(t.index("so tu"), t.index(")"), Subject(level="unit", name="Sở Tư pháp"))]
    >>> _named_in_bracket_after(s, t, t.index(" (")).name, _named_in_bracket_after(s, t, 5)
    ('Sở Tư pháp', None)
    """
    for a, b, subj in subjects:
        if a < end or subj.level != "unit" or not subj.name:
            continue
        if regex.fullmatch(r"\s*\(\s*(?:ubnd|uy ban nhan dan)?\s*", masked[end:a]) and regex.match(r"\s*\)", masked[b:]):
            return subj
        break
    return None


def _heads_sentence(clauses, sentence: int, masked: str, start: int) -> bool:
    """Whether a subject named at ``start`` opens its sentence, topic openers alone before it
    ("Tính riêng từng cấp, ở cấp tỉnh, trong quý tiếp nhận ...; giải quyết ..."): it is the topic
    of every later clause of the sentence, whichever clause the commas put it in.

    >>> from docparse.normalize.clauses import split_clauses
    >>> t = "tinh rieng tung cap, o cap tinh, tiep nhan 57.310 ho so; giai quyet 54.402 ho so"
    >>> cl = split_clauses(t)
    >>> _heads_sentence(cl, 0, t, t.index("cap tinh")), _heads_sentence(cl, 0, t, t.index("giai"))
    (True, False)
    """
    first = min((c.start for c in clauses if c.sentence == sentence), default=0)
    return bool(_TOPIC_LEAD.fullmatch(masked, first, start))


def _is_head(clauses, subjects, lead) -> bool:
    """The lead subject is the segment's own head ("- Cấp xã: ...") rather than an earlier line's."""
    return any(s is lead for _, _, s in subjects)
