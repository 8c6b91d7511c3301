"""Unit names resolved against the official post-2025 list (vietnam-provinces) and the bodies file.

>>> gz = gazetteer()
>>> gz.resolve_commune("phường", "Nguyễn Đại Năng").name
'Phường Nguyễn Đại Năng'
>>> r = gz.resolve_commune("Xa", "Khic Thua Du", province="Thành phố Hải Phòng"); r.name, r.score >= 85
('Xã Khúc Thừa Dụ', True)
>>> gz.resolve_commune("phường", "Thạch Khê", province="Thành phố Hải Phòng").name is None
True
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Optional

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..data import load
from .text import canonical_tones, fold

RESOLVE_SCORE = 85.0  # below this a name is not taken as the unit, only offered as a candidate

# "phường Nguyễn Đại Năng", "Xã Nghi Dương", "UBND XÃ KHÚC THỪA DỤ", OCR'd "xa Khic Thira Dy"
_ABBR = load("subjects")["unit_prefix_abbreviations"]
# the short forms of the commune-level type words ("P.Phạm Ngũ Lão", "X. An Phú", "TT. Chợ Mới"), as written
_COMMUNE_ABBR = "|".join(regex.escape(a) for a in sorted(_ABBR, key=len, reverse=True)
                         if _ABBR[a] in ("xã", "phường", "thị trấn", "đặc khu"))
# "TT. Huyện ủy" (Thường trực), no town (data: subjects.abbreviation_not_before)
_NOT_AFTER_ABBR = r"(?!(?:" + "|".join(r"\s+".join(map(regex.escape, w.split()))
                                       for w in load("subjects")["abbreviation_not_before"]) + r")(?![\p{L}]))"
COMMUNE_MENTION = regex.compile(
    r"(?<![\p{L}])(?<!(?i:thị|thi)\s)(?:(?P<prefix>(?i:xã|phường|đặc\s+khu|thị\s+trấn|xa|phuong|dac\s+khu|thi\s+tran|x[&4]))\s+"
    r"|(?<![\p{L}.])(?P<prefix>" + _COMMUNE_ABBR + r")\s?(?=\p{Lu}\p{Ll}|\d)" + _NOT_AFTER_ABBR + ")"  # "P.Phạm Ngũ Lão", not "TT.HĐND"
    r"(?P<name>(?!(?i:" + "|".join(load("subjects")["not_name_words"]
                                   # a table's unit note ("Đơn vị tính: điểm" on the line after "theo phường, xã")
                                   + [r"\s+".join(w.split()) for w in load("tables")["unit_notes"]]) + r")\b)"
    r"(?!(?i:" + "|".join(r"\s+".join(w.split()) for w in load("subjects")["not_name_periods"])
    + r")\s+(?:[IVX]+|\d{1,4})(?![\p{L}\d]))\p{Lu}[\p{L}\p{M}\d’']*(?:(?: |\s?-\s?)\p{Lu}[\p{L}\p{M}\d’']*){0,5}(?:\s\d{1,2}(?![\d/%]|[.,]\d|\s*(?i:hồ|hs|tthc|thủ|phản|đơn|lượt)))?)")
_LEVEL_LIST_BEFORE = regex.compile(r"(?i:các|những|tất\s+cả\s+các|cac|nhung)\s+(?:(?i:xã|phường|đặc\s+khu|thị\s+trấn|xa|phuong|dac\s+khu|thi\s+tran)\s*(?:,|\s(?i:và|va|hoặc|hoac))\s*)+$")
_MOTTO = regex.compile(r"^h[oqd]i\s+ch")  # "XÃ HỘI CHỦ NGHĨA" of the national motto
_NAME_STOP = regex.compile(r"(?<=\s)(?:" + "|".join(
    r"\s+".join(regex.escape(w) for w in fold(p).split()) for p in load("subjects")["name_stoppers"]) + r")(?![a-z])")
_SOCIETY_BEFORE = regex.compile(r"(?<![a-z])(?:" + "|".join(
    r"\s*".join(regex.escape(w) for w in fold(p).split()) for p in sorted(load("subjects")["society_compounds"], key=len, reverse=True))
    + r")\s*$")
_SOCIETY_WORD = fold(load("subjects")["society_word"])  # "xã hội": the word society after one of them


@dataclass
class Resolution:
    raw: str
    name: Optional[str]  # canonical name when resolved
    code: Optional[str]
    score: float
    candidate: Optional[str]  # the closest name, resolved or not
    province: Optional[str] = None
    misspelled: bool = False  # accents written differently from the official name (not tone placement)


class Place(NamedTuple):
    """A province or commune of the current list: what docparse reads of vietnam-provinces' objects
    (plain values, so that the cached gazetteer loads without importing that package)."""

    code: int
    name: str
    province_code: int = 0


class Gazetteer:
    def __init__(self) -> None:
        from vietnam_provinces import Province, Ward

        self.provinces = {int(p.code): Place(int(p.code), p.name, int(p.code)) for p in Province.iter_all()}
        self.wards = [Place(int(w.code), w.name, int(w.province_code)) for w in Ward.iter_all()]
        self._by_province: dict = {}
        self._all_keys = []
        for w in self.wards:
            key = self._key(w.name)
            self._by_province.setdefault(w.province_code, []).append((key, w))
            self._all_keys.append((key, w))
        self._province_keys = {self._bare_province(p.name): p for p in self.provinces.values()}
        by_name = {p.name: p for p in self.provinces.values()}
        for short, name in load("subjects")["province_abbreviations"].items():  # "TP.HCM"
            if name in by_name:
                self._province_keys.setdefault(fold(short), by_name[name])
        self._wards_by_key: dict[str, list] = {}  # key -> the wards of that name, in list order
        for key, w in self._all_keys:
            self._wards_by_key.setdefault(key, []).append(w)

    @staticmethod
    def _key(name: str) -> str:
        """'Phường Thuỷ Nguyên' -> 'thuy nguyen' (prefix dropped, folded)."""
        f = " ".join(fold(name).replace("’", "'").replace(" - ", " ").replace("-", " ").split())
        for prefix in ("dac khu ", "thi tran ", "phuong ", "xa "):
            if f.startswith(prefix):
                return f[len(prefix):].strip()
        return f.strip()

    @staticmethod
    def _bare_province(name: str) -> str:
        f = fold(name)
        for prefix in ("thanh pho ", "tinh "):
            if f.startswith(prefix):
                return f[len(prefix):]
        return f

    def province_named(self, name: str | None):
        if not name:
            return None
        return self._province_keys.get(self._bare_province(name))

    def communes_of(self, province: str) -> list:
        p = self.province_named(province)
        return [w for _, w in self._by_province.get(p.code, [])] if p else []

    def detect_province(self, text: str) -> Optional[str]:
        """The province most named in ``text`` ("thành phố Hải Phòng", "tỉnh Hà Tĩnh")."""
        folded = fold(text)
        counts: Counter = Counter()
        for bare, prov in self._province_keys.items():
            if bare.split()[-1] not in folded:  # its last word is nowhere: it cannot be named
                continue
            n = len(_province_rx(bare).findall(folded))
            if n:
                counts[prov.name] = n
        return counts.most_common(1)[0][0] if counts else None

    def vote_province(self, names: list[tuple[str, str]]) -> Optional[str]:
        """The province holding most of the (prefix, name) communes that match exactly."""
        votes: Counter = Counter()
        for prefix, name in {(fold(p), fold(n)) for p, n in names}:
            key = fold(name).strip()
            provinces = {w.province_code for w in self._wards_by_key.get(key, ())}
            for code in provinces:
                votes[code] += 1 / len(provinces)
        if not votes:
            return None
        ranked = votes.most_common(2)
        if len(ranked) > 1 and ranked[1][1] >= ranked[0][1]:
            return None  # no clear winner
        return self.provinces[ranked[0][0]].name

    def resolve_commune(self, prefix: str, name: str, province: str | None = None) -> Resolution:
        raw = f"{prefix} {name}"
        name = name.replace("’", "'")  # "B’Lao" is written "B'Lao" in the list
        key = " ".join(fold(name).replace("-", " ").split())
        if _MOTTO.match(key):
            return Resolution(raw, None, None, 0.0, None)
        prov = self.province_named(province)
        pool = self._by_province.get(prov.code, []) if prov else self._all_keys
        exact = [w for w in self._wards_by_key.get(key, ()) if prov is None or w.province_code == prov.code]
        if exact:
            w = self._prefer_spelling(self._prefer_type(exact, prefix), exact, name)
            misspelled = self._spelled_differently(name, w.name) or not self._same_type(w, prefix)
            return Resolution(raw, w.name, str(int(w.code)), 99.0 if misspelled else 100.0, w.name,
                              self.provinces[w.province_code].name, misspelled)
        from rapidfuzz import fuzz, process  # imported on the first name not found as written (issue 13)

        hit = process.extractOne(key, [k for k, _ in pool], scorer=fuzz.ratio)
        if not hit:
            return Resolution(raw, None, None, 0.0, None)
        ward, score = pool[hit[2]][1], round(hit[1], 1)
        prov_name = self.provinces[ward.province_code].name
        if score >= RESOLVE_SCORE:
            misspelled = self._spelled_differently(name, ward.name)
            return Resolution(raw, ward.name, str(int(ward.code)), score, ward.name, prov_name, misspelled)
        return Resolution(raw, None, None, score, ward.name, prov_name)

    def elsewhere(self, name: str) -> list[str]:
        """Provinces where a unit of exactly this name exists (for messages)."""
        key = fold(name).strip()
        return [self.provinces[w.province_code].name for w in self._wards_by_key.get(key, ())]

    @staticmethod
    def _prefer_spelling(chosen, wards: list, name: str):
        """Among names equal once folded (Cẩm Giang / Cẩm Giàng), the one spelled as written; of
        several spelled so (Xã Thành Vinh, Phường Thành Vinh), the one of the written type (chosen).

        >>> from types import SimpleNamespace as W
        >>> xa, phuong = W(name="Xã Thành Vinh"), W(name="Phường Thành Vinh")
        >>> Gazetteer._prefer_spelling(phuong, [xa, phuong], "THÀNH VINH").name
        'Phường Thành Vinh'
        >>> Gazetteer._prefer_spelling(xa, [W(name="Xã Cẩm Giang"), W(name="Xã Cẩm Giàng")], "Cẩm Giàng").name
        'Xã Cẩm Giàng'
        """
        written = canonical_tones(name).lower()
        spelled = [w for w in wards if canonical_tones(Gazetteer._bare(w.name)).lower() == written]
        if chosen in spelled or not spelled:
            return chosen
        return spelled[0]

    @staticmethod
    def _spelled_differently(written: str, official: str) -> bool:
        """Accents or letters differ (tone placement hoà/hòa aside). The caller decides whether
        that is a misspelling (accented text) or only lost accents (old OCR).

        >>> Gazetteer._spelled_differently("Cư M'gar", "Xã Cư M’gar"), Gazetteer._spelled_differently("Thạch Khê", "Phường Thạch Khôi")
        (False, True)
        """
        def key(text: str) -> str:  # "M’gar" and "M'gar" are one spelling
            return " ".join(canonical_tones(text).lower().replace("-", " ").replace("’", "'").split())

        return key(written) != key(Gazetteer._bare(official))

    @staticmethod
    def _bare(name: str) -> str:
        for prefix in ("Đặc khu ", "Thị trấn ", "Phường ", "Xã "):
            if name.startswith(prefix):
                return name[len(prefix):]
        return name

    @staticmethod
    def _same_type(ward, prefix: str) -> bool:
        """'phường' written for a ward that is a 'xã' is a different unit (OCR'd prefixes pass)."""
        p = fold(prefix).replace(" ", "")
        if p not in ("xa", "phuong", "dackhu", "thitran"):
            return True
        return fold(ward.name).replace(" ", "").startswith(p)

    @staticmethod
    def _prefer_type(wards: list, prefix: str):
        p = fold(prefix)
        for w in wards:
            if fold(w.name).startswith(p[:2]):
                return w
        return wards[0]


@lru_cache(maxsize=None)
def _province_rx(bare: str):
    name = r"\s+".join(map(regex.escape, bare.split()))
    return regex.compile(rf"(?:(?:thanh\s+pho|tinh)\s+|tp\.?\s*){name}(?![a-z])")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The current list, indexed once (kept in the disk cache between runs: docparse/cache.py)."""
    from pathlib import Path

    from ..cache import cached, fingerprint
    from .gazetteer_dated import _index_inputs

    here = Path(__file__).resolve()
    return cached("gazetteer", fingerprint(_index_inputs() + [here]), Gazetteer)


@lru_cache(maxsize=1)
def bodies() -> dict[str, str]:
    """Folded body name -> canonical name, from the data file (aliases included)."""
    data = load("bodies")
    table = {fold(n): n for n in data["departments"] + data["ministries"]}
    for alias, canon in data["aliases"].items():
        table[fold(alias)] = canon
    return table


def body_level(name: str) -> str:
    return "ministry" if fold(name).startswith("bo ") else "department"


def find_commune_mentions(text: str):
    """(start, end, prefix, name) of each commune-level mention in ``text``.

    >>> [m[3] for m in find_commune_mentions("Phường Đông Hải (32,86%), xã An Phú (42,70%)")]
    ['Đông Hải', 'An Phú']
    >>> [m[3] for m in find_commune_mentions("CÁC XÃ QUÝ II NĂM 2025; Xã Năm Căn")]
    ['Năm Căn']
    >>> [m[3] for m in find_commune_mentions("BẢO HIỂM XÃ HỘI VIỆT NAM; Sở Lao động - Thương binh và Xã hội; xã Hội An")]
    ['Hội An']
    >>> [m[3] for m in find_commune_mentions("UBND PHƯỜNG AN HÒA TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")]
    ['AN HÒA']
    >>> [m[3] for m in find_commune_mentions("của các xã, phường, đặc khu Biểu số 06; các xã, phường, đặc khu Xã Bình Liêu; Ở cấp xã, phường Hải Châu")]
    ['Bình Liêu', 'Hải Châu']
    """
    out = []
    pos = 0
    while True:
        m = COMMUNE_MENTION.search(text, pos)
        if m is None:
            break
        pos = m.end()
        if _LEVEL_LIST_BEFORE.search(text[max(0, m.start() - 60):m.start()]):
            pos = m.start("name")  # "… của các xã, phường, đặc khu Xã Bình Liêu": the levels of a plural; a name may follow
            continue
        name = m["name"].strip()
        if _MOTTO.match(fold(name)):
            continue
        stop = _NAME_STOP.search(fold(name))
        if stop and stop.start() > 0:  # "PHƯỜNG AN HÒA TRUNG TÂM PHỤC VỤ": the name, then the office
            name = name[:stop.start()].strip()
        if "   " in text[m.end("prefix"):m.start("name")]:
            continue  # "… HÀNH CHÍNH CÔNG XÃ      CỘNG HÒA …": two columns of a header, no name
        if fold(name).startswith(_SOCIETY_WORD) and _SOCIETY_BEFORE.search(fold(text[max(0, m.start() - 40):m.start()])):
            continue  # "Bảo hiểm xã hội Việt Nam", "Thương binh và Xã hội": the word society
        out.append((m.start(), m.start("name") + len(name), expand_prefix(m["prefix"]), name))
    return out


def split_short_prefix(raw: str):
    """(type word, " ", name) of a name written with a short type word ("P.Phạm Ngũ Lão", "TP. Phổ
    Yên"; data: subjects.unit_prefix_abbreviations), None when it begins with none.

    >>> split_short_prefix("P.Phạm Ngũ Lão"), split_short_prefix("xã An Phú"), split_short_prefix("TT.HĐND")
    (('phường', ' ', 'Phạm Ngũ Lão'), None, None)
    """
    for short in sorted(_ABBR, key=len, reverse=True):
        if raw.startswith(short) and len(raw) > len(short) and (short.endswith(".") or raw[len(short)] == " "):
            name = raw[len(short):].strip()
            if (name[:1].isupper() and name[1:2].islower()) or name[:1].isdigit():
                return _ABBR[short], " ", name
    return None


def expand_prefix(prefix: str) -> str:
    """A unit-type word as written, its short form expanded (data: subjects.unit_prefix_abbreviations).

    >>> expand_prefix("P."), expand_prefix("TP"), expand_prefix("xã")
    ('phường', 'thành phố', 'xã')
    """
    return _ABBR.get(prefix.strip(), prefix)


def resolve_dated(prefix: str, name: str, province: Optional[str], on: Optional[str]) -> Optional[Resolution]:
    """A commune name of a document dated before July 2025, resolved in the list then in force
    (normalize/gazetteer_dated.py); None for later documents or a name that list lacks.

    >>> resolve_dated("xã", "Phước Thuận", "Tỉnh Bình Định", "2024-06-14").name
    'Xã Phước Thuận'
    >>> resolve_dated("xã", "Phước Thuận", "Tỉnh Bình Định", "2025-09-01") is None
    True
    >>> resolve_dated("XÃ", "PHƯỚC THUẬN", None, "2024-06-14").name  # the name, whichever province
    'Xã Phước Thuận'
    >>> r = resolve_dated("xã", "Diễn Ngọc", "Tỉnh Nghệ An", "2023-09-18")  # merged before the list's snapshot
    >>> r.name, r.candidate
    ('Xã Diễn Ngọc', 'Xã Ngọc Bích')

    """
    from .gazetteer_dated import find_legacy, in_force

    try:
        if in_force(on) != "legacy":
            return None
        pre = " ".join(prefix.lower().split())
        found = [u for u in find_legacy(pre, name, province=province)
                 if u.level == "commune" and u.match != "type_changed"]
        if not found and province:  # the province read from the text may be wrong for an old name
            found = [u for u in find_legacy(pre, name) if u.level == "commune" and u.match != "type_changed"]
    except ValueError:
        return None
    if not found or len({u.name for u in found}) > 1:
        return None
    unit = found[0]  # one name; several places may bear it ("Xã Phước Thuận" of two provinces)
    official = unit.name
    if unit.match == "alias" and not name.isupper():
        # a former name ("Xã Diễn Ngọc" of a 2023 report, merged into Xã Ngọc Bích before the list's
        # snapshot): the text speaks of the unit under the name it bore then
        official = f"{pre[:1].upper()}{pre[1:]} {' '.join(name.split())}"
    return Resolution(f"{prefix} {name}", official, unit.code if len(found) == 1 else None,
                      100.0 if unit.match == "exact" else 95.0, unit.name,
                      province=unit.province if len(found) == 1 else None)
