"""The role of a number from the cue words around it (data/roles.json), as Duckling reads a token
by the words that touch it: value, change, bound, approx, maximum, target, previous.

A cue counts when it stands right before the number (only filler words between: "đạt", "là",
":") or, for 'after' cues, right after it. The longest cue wins, and a 'value' cue cancels the
change it contains ("tăng lên 5.000" is the new level, "tăng 5.000" a change).

>>> [role_of(t, t.index("4,2")).kind for t in ["tang 4,2% so voi cung ky", "dat tren 4,2%", "gan 4,2 nghin"]]
['change', 'bound', 'approx']
>>> role_of("tang len 4,2%", 9).kind, role_of("(toi da 20 diem)", 8).kind, role_of("chi tieu 80%", 9).kind
('value', 'maximum', 'target')
>>> r = role_of("cao hon cung ky 2,3%", 16); r.kind, r.op
('change', '+')
>>> role_of("dat 95% tro len", 4, after_end=15).kind
'bound'
>>> role_of("ton tu ky truoc 3.187 ho so", 16).kind
'value'
>>> t = "dat 80 diem (nhom chi tieu a), xep thu 5/19"; role_of(t, t.index("5/19")).kind
'value'
>>> role_of("dat 64,8%, cao hon thang   la 2,1%", 30).kind
'change'
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..data import load
from ..normalize.text import fold


@dataclass(frozen=True)
class Role:
    kind: str  # value | change | bound | approx | maximum | target | previous
    op: Optional[str] = None
    cue: Optional[str] = None

    @property
    def is_level(self) -> bool:
        return self.kind == "value"


VALUE = Role("value")


def _alt(words) -> str:
    folded = sorted({fold(w) for w in words}, key=lambda w: (-len(w), w))  # longest first, ties fixed
    return "|".join(r"[\s,]+".join(map(regex.escape, w.split())) for w in folded)


@lru_cache(maxsize=1)
def _tables():
    d = load("roles")
    before, after = {}, {}
    for kind, cues in d["before"].items():
        for c in cues:
            before[_key(fold(c["cue"]))] = Role(kind, c.get("op"), c["cue"])
    for kind, cues in d["after"].items():
        for c in cues:
            after[_key(fold(c["cue"]))] = Role(kind, c.get("op"), c["cue"])
    fillers = _alt(d["fillers"])
    # the period compared with may stand between a cue and its number, its digits masked
    # ("cao hơn tháng 3 là 2,1%" -> "cao hon thang   la 2,1%")
    period = rf"(?:{_alt(d['period_words'])})(?![a-z])"
    rx_before = regex.compile(rf"(?<![a-z])(?P<cue>{_alt(before)})(?:[\s:,(]+(?:{fillers}|{period}))*[\s:,(]*$")
    rx_after = regex.compile(rf"^[\s)%]*(?P<cue>{_alt(after)})(?![a-z])")
    change_ctx = regex.compile(rf"(?<![a-z])(?:{_alt(d['change_context'])})(?![a-z])")
    return before, after, rx_before, rx_after, change_ctx


@lru_cache(maxsize=1)
def _over_figure():
    """A count, its unit word, then a cue of 'base_after_figure' at the end of the text.

    >>> bool(_over_figure().search("ghi nhan: 3.915 tren")), bool(_over_figure().search("412 ho so tren"))
    (True, True)
    >>> bool(_over_figure().search("dat tren")), bool(_over_figure().search("dat 95% tren"))
    (False, False)
    """
    d = load("roles")
    units = _alt(load("mentions")["count_units"])
    return regex.compile(rf"(?<![\d.,])\d[\d.]*(?:,\d+)?\s+(?:(?:{units})\s+)?(?:{_alt(d.get('base_after_figure', ()))})$")


@lru_cache(maxsize=1)
def _over_same_unit():
    """A count, its unit word and a few words naming it, then a 'base_after_figure' cue at the end of
    the text, the number after the cue counted in the same unit word: "74.457 hồ sơ đúng hạn trên
    75.486 hồ sơ đến hạn" is x out of y, no bound (the unit word is group 'u'; the caller checks the
    number after the cue). "12 xã tiếp nhận trên 1.000 hồ sơ" counts communes and bounds dossiers.

    >>> m = _over_same_unit().search("74.457 ho so dung han tren")
    >>> m["u"]
    'ho so'
    >>> _over_same_unit().search("dat tren") is None
    True
    """
    d = load("roles")
    units = _alt(load("mentions")["count_units"])
    return regex.compile(rf"(?<![\d.,])\d[\d.]*\s+(?P<u>{units})(?:\s+[a-z]+){{0,4}}\s+(?:{_alt(d.get('base_after_figure', ()))})$")


@lru_cache(maxsize=1)
def _target_links_rx():
    """The words joining a target lead's period to it (data: roles.target_period_links)."""
    return regex.compile(rf"(?<![a-z])(?:{_alt(load('roles').get('target_period_links', ()))})(?![a-z])")


@lru_cache(maxsize=1)
def _target_lead_rx():
    leads = load("roles").get("target_sentence_leads", [])
    return regex.compile(rf"^\s*(?:[-+•*]\s*)?(?P<cue>{_alt(leads)})(?![a-z])")


def _target_lead(before: str) -> Optional[str]:
    """The target cue that opens the sentence ending at a figure, with only words and periods (their
    numbers too) between: "muc tieu den quy ii/2026, ty le ho so truc tuyen dat " names an aim.

    >>> _target_lead("muc tieu den quy ii/2026, ty le ho so truc tuyen dat ")
    'muc tieu'
    >>> _target_lead("muc tieu nam 2025 la 90%, tinh dat "), _target_lead("ty le dat ")
    (None, None)

    A list of aims goes on after a figure when its next item opens with a measure's words and
    holds no word of a result (data: roles.target_list_items):

    >>> _target_lead("phan dau ty le nop ho so truc tuyen dat tren 80%, ty le so hoa dat ")
    'phan dau'
    >>> _target_lead("phan dau ty le truc tuyen dat 80%, ty le so hoa hien dat ")
    >>> _target_lead("muc tieu nam 2024 la ty le ho so truc tuyen dat 60%, ty le ho so truc tuyen quy i dat ")
    """
    cut = max([m.end() for m in regex.finditer(r"[.;:!?](?=\s)|\n", before)] + [0])
    sent = before[cut:]
    m = _target_lead_rx().match(sent)
    if not m:
        return None
    rest = _period_between().sub(" ", sent[m.end():])
    rest = regex.sub(r"(?<![\d.,])\s*[ivx]+\s*/\s*\d{4}|\b\d{1,2}\s*/\s*\d{4}\b|\b(?:19|20)\d{2}\b", " ", rest)
    rest = _target_links_rx().sub(" ", rest)
    if regex.search(r"[\d%;:()]", rest):
        items = _target_items_rx()
        last = list(regex.finditer(r"[\d%]\s*,\s*", rest))
        tail = rest[last[-1].end():] if last else None
        raw = list(regex.finditer(r"[\d%]\s*,\s*", sent))  # (the tail as written, its period words kept)
        raw_tail = sent[raw[-1].end():] if raw else ""
        if tail is None or regex.search(r"[\d%;:()]", tail) or regex.search(r"[;:()]", rest) \
                or not items[0].match(tail) or items[1].search(tail) or _period_between().search(raw_tail):
            return None  # (a period named in the item: "…, tỷ lệ hồ sơ trực tuyến quý I đạt 55%", a result)
    return m["cue"]


@lru_cache(maxsize=1)
def _target_items_rx():
    d = load("roles")["target_list_items"]
    return (regex.compile(rf"(?:{_alt(d['openers'])})(?![a-z])"),
            regex.compile(rf"(?<![a-z])(?:{_alt(d['breakers'])})(?![a-z])"))


@lru_cache(maxsize=1)
def _period_between():
    return regex.compile(rf"(?<![a-z])(?:{_alt(load('roles')['period_words'])})(?![a-z])")


def _accents_agree(original: Optional[str], start: int, end: int, cue: str) -> bool:
    """The cue as written in the original (same offsets) is the cue, not a word that folds like it."""
    if original is None:
        return True
    written = " ".join(regex.split(r"[\s,]+", original[start:end].lower().strip(" ,")))
    if fold(written) == written:  # text without accents: nothing to tell them apart by
        return True
    return written == " ".join(regex.split(r"[\s,]+", cue.lower()))


def role_of(text: str, start: int, window_start: int = 0, after_end: Optional[int] = None,
            original: Optional[str] = None) -> Role:
    """Role of the number at ``start`` of folded ``text``; the cue is looked for between
    ``window_start`` (the previous number or the clause start) and the number, and after it up to
    ``after_end`` (the next number or the clause end). See the module doctest."""
    before, after, rx_before, rx_after, change_ctx = _tables()
    head = text[window_start:start]
    m = rx_before.search(head[-60:])
    role = VALUE
    base = len(head) - len(head[-60:]) + window_start
    if m and not _accents_agree(original, base + m.start("cue"), base + m.end("cue"), before[_key(m["cue"])].cue):
        m = None
    if m and _blocked(head[:len(head) - len(head[-60:]) + m.end("cue")]):
        m = None  # "xep hang: 12/34": a rank's label without its accents, no approximation
    if m and before[_key(m["cue"])].kind not in _PERIOD_ROLES and _PERIOD.search(m.group()[len(m["cue"]):]):
        m = None  # "Trong tháng 8 năm 2025, 52 xã": a period opens the sentence, no base
    if m and before[_key(m["cue"])].kind in ("bound", "approx") and _period_between().search(m.group(), m.end("cue") - m.start()):
        m = None  # "tồn từ kỳ trước 3.187 hồ sơ": a period between names the figure, it bounds nothing
    if m:
        role = before[_key(m["cue"])]
        if role.kind == "previous" and change_ctx.search(head[:len(head) - len(m.group())]):
            # "cao hơn cùng kỳ 2,3%": the amount of a comparison, not the earlier level
            found = change_ctx.findall(head)
            op = "-" if found and found[-1] in ("giam", "thap hon", "it hon") else "+"
            role = Role("change", op, m["cue"])
    if role.kind == "bound" and m is not None and _over_figure().search(text[max(0, base + m.end("cue") - 40):base + m.end("cue")]):
        role = Role("base", None, m["cue"])  # "3.915 trên 9.812 hồ sơ": out of, not above
    elif role.kind == "bound" and m is not None and (o := _over_same_unit().search(text[max(0, base + m.end("cue") - 60):base + m.end("cue")])) \
            and regex.match(r"[\d.]+\s+" + regex.escape(o["u"]) + r"\b", text[start:start + 40]):
        role = Role("base", None, m["cue"])  # "74.457 hồ sơ đúng hạn trên 75.486 hồ sơ đến hạn": x out of y
    if role.kind in ("value", "bound") and (m is None or role.kind == "bound"):
        # "chỉ tiêu: tối thiểu 60%": a bound that a target cue introduces is the target
        near = _target_near().search(head[-_WINDOW:])
        if near is not None and _target_noun(head[-_WINDOW:], near.start(), near.end()):
            near = None  # "Ở từng nhóm chỉ tiêu, tỉnh đạt 16,20 điểm": the index's parts, no aim
        between = head[-_WINDOW:][near.end():] if near else ""
        if near is None and role.kind == "value":
            # "giao chỉ tiêu tỷ lệ giải quyết hồ sơ đúng hạn của mỗi huyện, thành phố là 98%": a cue whose
            # object is a rate's words holds over them (data: roles.target_objects)
            wide = _target_object().search(head[-_OBJECT_WINDOW:])
            rest = head[-_OBJECT_WINDOW:][wide.end():] if wide is not None else ""
            # only an aim stated as one ("… là 98%"): a result after the rate's words ("Về chỉ tiêu tỷ lệ
            # …, toàn tỉnh đạt 45,5%") is no target (data: target_objects.links, target_list_items.breakers)
            if wide is not None and _object_link().search(rest) and not _target_items_rx()[1].search(rest) \
                    and not _period_between().search(rest):
                near, between = wide, rest
        if near and between.count(")") > between.count("("):
            near = None  # "(... theo thứ tự sáu nhóm chỉ tiêu), đứng thứ 5/19": the cue's aside has closed
        if near and role.kind == "bound" and not regex.search(r"[\d;]", between):
            role = Role("target", role.op, near["cue"])
        elif near and not regex.search(r"[\d:;]", between):  # a colon opens a list of units, not the target
            role = _tables()[0][_key(near["cue"])]
    if role.kind == "value" and (lead := _target_lead(text[:start])) is not None:
        role = Role("target", ">=", lead)  # "Mục tiêu đến quý II/2026, tỷ lệ ... đạt 90%": the aim of a period
    if role.kind == "value" and relative_to_period(text, start):
        role = Role("change", "x", "bằng")  # "bằng 187,3% số hồ sơ ... của quý I năm 2022": this period over that one
    if role.kind == "value" and after_end is not None:
        end = _number_end(text, start)
        ma = rx_after.match(text[end:after_end])
        if ma and not _accents_agree(original, end + ma.start("cue"), end + ma.end("cue"),
                                     after[_key(ma["cue"])].cue):
            ma = None
        if ma:
            role = after[_key(ma["cue"])]
    return role


@lru_cache(maxsize=1)
def _blockers():
    return regex.compile(rf"(?<![a-z])(?:{_alt(load('roles')['cue_blockers'])})$")


def _blocked(upto: str) -> bool:
    """The cue that ends ``upto`` is the end of a longer word that is no cue (roles.json cue_blockers).

    >>> _blocked("xep hang"), _blocked("hang")
    (True, False)
    """
    return bool(_blockers().search(upto))


def _target_noun(text: str, start: int, end: int) -> bool:
    """The target cue at ``text[start:end]`` is a word of a phrase naming an index's or a plan's
    parts (data: roles.target_nouns), not an aim.

    >>> _target_noun("o tung nhom chi tieu, tinh dat ", 9, 20), _target_noun("vuot chi tieu ", 5, 13)
    (True, False)
    """
    for m in _target_nouns().finditer(text, max(0, start - 30), min(len(text), end + 30)):
        if m.start() <= start and end <= m.end():
            return True
    return False


@lru_cache(maxsize=1)
def _target_nouns():
    return regex.compile(rf"(?<![a-z])(?:{_alt(load('roles')['target_nouns'])})(?![a-z])")


_WINDOW = load("roles")["target_window"]
_OBJECT_WINDOW = load("roles")["target_objects"]["window"]


@lru_cache(maxsize=1)
def _object_link():
    """The link that states an aim right before its figure (data: roles.target_objects.links).

    >>> bool(_object_link().search("ty le giai quyet dung han cua moi huyen la ")), bool(_object_link().search("toan tinh dat "))
    (True, False)
    """
    return regex.compile(rf"(?<![a-z])(?:{_alt(load('roles')['target_objects']['links'])})\s*$")


@lru_cache(maxsize=1)
def _target_object():
    """A target cue followed by the words that open a rate's name (data: roles.target_objects), the
    last one before the figure.

    >>> _target_object().search("tinh giao chi tieu ty le giai quyet ho so dung han cua moi huyen, thanh pho la ")["cue"]
    'giao chi tieu'
    """
    d = load("roles")
    cues = [c["cue"] for c in d["before"]["target"]]
    return regex.compile(rf"(?<![a-z])(?P<cue>{_alt(cues)})\s+(?:{_alt(d['target_objects']['words'])})(?![a-z])(?!.*(?<![a-z])(?:{_alt(cues)})(?![a-z]))")
_PERIOD_ROLES = frozenset(load("roles")["period_word_roles"])
_PERIOD = regex.compile(rf"(?<![a-z])(?:{_alt(load('roles')['period_words'])})(?![a-z])")


@lru_cache(maxsize=1)
def _target_near():
    cues = [c["cue"] for c in load("roles")["before"]["target"]]
    return regex.compile(rf"(?<![a-z])(?P<cue>{_alt(cues)})(?![a-z])")


def _key(cue: str) -> str:
    return " ".join(regex.split(r"[\s,]+", cue.strip(" ,")))


def _number_end(text: str, start: int) -> int:
    m = regex.match(r"[\d.,/]+\s*%?", text[start:])
    return start + (m.end() if m else 0)


@lru_cache(maxsize=1)
def _relative_rx():
    d = load("roles")
    before = regex.compile(rf"(?<![a-z])(?:{_alt(d['relative_cues'])})[\s:]*$")
    periods = rf"(?<![a-z])(?:(?:{_alt(d['relative_periods'])})|(?:{_alt(d['relative_period_links'])})\s+(?:{_alt(d['period_words'])}))(?![a-z])"
    return before, regex.compile(periods)


def relative_to_period(text: str, start: int) -> bool:
    """Whether the percentage at ``start`` of folded ``text`` compares this period's figure with
    another period's: a 'relative_cues' word right before it and, before its sentence or clause ends,
    the words of another period (data: roles.json relative_cues, relative_periods, period_words).

    >>> t = "so ho so truc tuyen nay bang 187,3% so ho so truc tuyen cua quy i nam 2022."
    >>> relative_to_period(t, t.index("187"))
    True
    >>> t = "so ho so truc tuyen bang 45,2% tong so ho so tiep nhan trong ky."
    >>> relative_to_period(t, t.index("45"))
    False
    >>> t = "so ho so nay bang 91,2% cua quy iii nam     ."  # the year masked as dates are
    >>> relative_to_period(t, t.index("91"))
    True
    >>> t = "so ho so truc tuyen bang 45,2% tong so ho so tiep nhan trong nam     ."
    >>> relative_to_period(t, t.index("45"))
    False
    >>> t = "so thu phi truc tuyen bang 96% so voi cung ky; dat 9 ty dong"
    >>> relative_to_period(t, t.index("96"))
    True
    """
    before, periods = _relative_rx()
    if not before.search(text[max(0, start - 30):start]) or not regex.match(r"[\d.,]+\s*%", text[start:]):
        return False
    stop = regex.search(r"[.;:!?](?:\s|$)|$", text[start:])
    return bool(periods.search(text, start, start + stop.start()))
