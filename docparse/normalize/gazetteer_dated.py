"""Dated gazetteer: which list of administrative units a document's date calls for, and old names.

Until 30 June 2025 Viet Nam had 63 provinces, their districts (huyện, quận, thị xã, thành phố
thuộc tỉnh) and communes (xã, phường, thị trấn). From 1 July 2025 it has 34 provinces and
their communes (xã, phường, đặc khu), districts abolished.

Sources (no hand-typed list, nothing fetched at run time):

- pre-2025 list and the old-to-new mapping: the ``vietnamadminunits`` package (Tran Ngoc Minh
  Hieu, MIT), its ``data/dataset.db`` table ``admin_units_legacy`` (from danhmuchanhchinh.gso.gov.vn,
  downloaded 2025-07-18: the list as it stood just before 1 July 2025, with the package's aliases for
  some earlier names) and ``data/converter_2025.json`` (from sapnhap.bando.com.vn, 2025-07-17).
  The files are read directly: the package's own modules (which import geopy and geocode
  addresses online in ``convert_address``) are never imported.
- current list: ``vietnam-provinces`` (as in :mod:`docparse.normalize.units`); successors are
  given in its spelling.

>>> in_force("2025-06-30"), in_force("1/7/2025"), in_force(None)
('legacy', 'current', 'current')
>>> u = resolve_legacy("huyện", "Bình Đại", province="Bến Tre")
>>> u.name, u.level, u.province, u.successors
('Huyện Bình Đại', 'district', 'Tỉnh Bến Tre', ())
>>> resolve_legacy("thị xã", "Tân Uyên").name  # a thị xã that became a city in 2023
'Thành phố Tân Uyên'
>>> u = resolve_legacy("xa", "Da K’Nang", province="Lam Dong"); u.name, u.district, u.match
("Xã Đạ K'Nàng", 'Huyện Đam Rông', 'accents')
>>> resolve_legacy("phường", "Trúc Bạch", province="Hà Nội").successors
('Phường Ba Đình',)
>>> resolve_legacy("xã", "Không Có Thật") is None
True
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Literal, Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from .dates import parse_date
from .text import canonical_tones, fold

CUTOVER = dt.date(2025, 7, 1)  # two-level local government (NQ 202/2025/QH15 and the commune resolutions)
PACKAGE = "vietnamadminunits"

Level = Literal["province", "district", "commune"]

# folded prefix as written -> (official type word, levels it can name)
_PREFIXES: dict[str, tuple[str, tuple[str, ...]]] = {
    "tinh": ("tỉnh", ("province",)),
    "thanh pho": ("thành phố", ("province", "district")),
    "quan": ("quận", ("district",)),
    "huyen": ("huyện", ("district",)),
    "thi xa": ("thị xã", ("district",)),
    "xa": ("xã", ("commune",)),
    "phuong": ("phường", ("commune",)),
    "thi tran": ("thị trấn", ("commune",)),
}
# Units are upgraded (huyện -> thị xã -> thành phố, xã -> thị trấn -> phường), not downgraded: a name
# written with a lower type than the 2025 list's is taken as the same unit before its upgrade.
_RANK = {("province", "tỉnh"): 0, ("province", "thành phố"): 1,
         ("district", "huyện"): 0, ("district", "quận"): 1, ("district", "thị xã"): 1,
         ("district", "thành phố"): 2,
         ("commune", "xã"): 0, ("commune", "thị trấn"): 1, ("commune", "phường"): 2}
_APOSTROPHES = str.maketrans({c: "'" for c in "\u2019\u2018\u02bc\u02b9\u00b4\u0060\u2032"})
_NON_ALNUM = regex.compile(r"[\W_]+")
_LEADING_ZEROS = regex.compile(r"(?<!\d)0+(?=\d)")
_NOTE_DISTRICT = "districts were abolished on 2025-07-01: no successor unit"
_NOTE_ISLAND = "island district without communes, now a đặc khu"


@dataclass(frozen=True)
class LegacyUnit:
    """One unit of the pre-2025 list, with its successor(s) in the current list."""

    name: str  # official spelling, e.g. 'Thị xã Đức Phổ'
    type: str  # 'tỉnh', 'thành phố', 'quận', 'huyện', 'thị xã', 'xã', 'phường', 'thị trấn'
    level: Level
    province: str  # pre-2025 province ('Tỉnh Quảng Ngãi'); a province's own name
    district: Optional[str]  # for a commune
    code: str  # GSO code of the pre-2025 list
    successors: tuple[str, ...]  # current units (vietnam-provinces spelling); the package's default first
    successor_province: str  # the current province that took over ``province``
    split: bool = False  # a commune divided among several current units
    match: str = "exact"  # exact | accents | alias | type_changed (how the query matched; see find_legacy)
    note: str = ""


def _key(text: str) -> str:
    """Folded, no type word, no spaces or punctuation: 'Đạ K’Nàng' and 'da knang' -> 'daknang'."""
    return _LEADING_ZEROS.sub("", _NON_ALNUM.sub("", fold(unicodedata.normalize("NFC", text).translate(_APOSTROPHES))))


def _akey(text: str) -> str:
    """Accented key, tone placement and case unified: 'Hoà' and 'HÒA' -> 'hòa'."""
    text = canonical_tones(unicodedata.normalize("NFC", text).translate(_APOSTROPHES)).lower()
    return _LEADING_ZEROS.sub("", _NON_ALNUM.sub("", text))


def _strip_type(name: str, type_word: str) -> str:
    if fold(name).startswith(fold(type_word) + " "):
        return name[len(type_word):].strip()
    return name


def _bare_province(name: str) -> str:
    f = " ".join(fold(name).replace(".", " ").split())
    for prefix in ("thanh pho ", "tinh ", "tp "):
        if f.startswith(prefix):
            f = f[len(prefix):]
            break
    return _key(f)


def _data_dir() -> Path:
    # find_spec of a top-level name locates the package without running its __init__ (geopy, shapely)
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"{PACKAGE} is not installed (a docparse dependency)")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def data_version() -> str:
    """'vietnamadminunits <version>' of the installed package holding the pre-2025 list."""
    from importlib.metadata import version

    return f"{PACKAGE} {version(PACKAGE)}"


class LegacyIndex:
    """The pre-2025 list indexed by folded name, built once (see :func:`legacy_units`).

    Units are held by position (provinces, then districts, then communes); the indexes map keys to
    positions. A copy read back from the disk cache keeps each unit as one line of text and makes
    its :class:`LegacyUnit` when a look-up first returns it, so that a fresh process reads the
    10,794 units in a few milliseconds instead of unpickling as many objects (issue 13).
    """

    def __init__(self) -> None:
        import sqlite3  # only to build the index; the disk cache's copy needs none

        data = _data_dir()
        con = sqlite3.connect(f"{(data / 'dataset.db').as_uri()}?mode=ro", uri=True)
        try:
            legacy = con.execute(
                "SELECT province, provinceCode, provinceKey, provinceAlias, district, districtType, districtCode,"
                " districtKey, districtAlias, ward, wardType, wardCode, wardKey, wardAlias"
                " FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode").fetchall()
            current = con.execute("SELECT provinceKey, province, wardKey, ward FROM admin_units").fetchall()
        finally:
            con.close()
        conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
        successor_of = self._successors(conv, current)
        new_province_of = {old: new for new, olds in conv["DICT_PROVINCE"].items() for old in olds}
        current_province = {pkey: self._current_province(pname) for pkey, pname, _, _ in current}

        provinces: list[LegacyUnit] = []
        districts: list[LegacyUnit] = []
        communes: list[LegacyUnit] = []
        pending: list[tuple[LegacyUnit, str, Optional[str]]] = []  # unit, short name, aliases
        province_aliases: list[tuple[LegacyUnit, Optional[str]]] = []
        districts_of: dict[str, list[LegacyUnit]] = {}
        seen_p: set[str] = set()
        seen_d: set[str] = set()
        for (p_name, p_code, p_key, p_alias, d_name, d_type, d_code, d_key, d_alias,
             w_name, w_type, w_code, w_key, w_alias) in legacy:
            new_p = current_province[new_province_of[p_key]]
            if p_code not in seen_p:
                seen_p.add(p_code)
                p_type = "thành phố" if fold(p_name).startswith("thanh pho") else "tỉnh"
                unit = LegacyUnit(p_name, p_type, "province", p_name, None, p_code, (new_p,), new_p)
                provinces.append(unit)
                pending.append((unit, _strip_type(p_name, p_type), p_alias))
                province_aliases.append((unit, p_alias))
                districts_of[p_name] = []
            if d_code not in seen_d:
                seen_d.add(d_code)
                t = d_type.lower()
                island = successor_of.get(f"{p_key}_{d_key}_")
                succ = tuple(n for n, _ in island) if island else ()
                unit = LegacyUnit(d_name, t, "district", p_name, None, d_code, succ, new_p,
                                  note=_NOTE_ISLAND if island else _NOTE_DISTRICT)
                districts.append(unit)
                districts_of[p_name].append(unit)
                pending.append((unit, _strip_type(d_name, t), d_alias))
            if w_name:
                t = w_type.lower()
                succ = successor_of[f"{p_key}_{d_key}_{w_key}"]
                names = tuple(n for n, _ in succ)
                note = f"split among {len(names)} current units; {names[0]} is the package's default" \
                    if len(names) > 1 else ""
                unit = LegacyUnit(w_name, t, "commune", p_name, d_name, w_code, names, new_p,
                                  split=len(names) > 1, note=note)
                communes.append(unit)
                pending.append((unit, _strip_type(w_name, t), w_alias))
        units = provinces + districts + communes
        position = {id(u): i for i, u in enumerate(units)}
        self._units: list = units  # a LegacyUnit, or its line until first returned (a read-back copy)
        self._counts = (len(provinces), len(districts), len(communes))
        self._by_name: dict[tuple[str, str], list[int]] = {}
        self._by_alias: dict[tuple[str, str], list[int]] = {}
        self._akeys: list[str] = [""] * len(units)
        for unit, short, aliases in pending:
            self._add(position[id(unit)], unit.level, short, aliases)
        self._province_keys: dict[str, int] = {}
        for unit, p_alias in province_aliases:
            self._province_keys[_bare_province(unit.name)] = position[id(unit)]
            for alias in json.loads(p_alias or "[]"):
                self._province_keys.setdefault(_key(alias), position[id(unit)])
        self._districts_of = {p: [position[id(u)] for u in us] for p, us in districts_of.items()}

    # -- units by position -------------------------------------------------------------------
    _SEP, _SUB = "\x1f", "\x1e"

    @classmethod
    def _line(cls, u: LegacyUnit) -> str:
        return cls._SEP.join((u.name, u.type, u.level, u.province, u.district or "", u.code,
                              cls._SUB.join(u.successors), u.successor_province, "1" if u.split else "", u.note))

    @classmethod
    def _from_line(cls, line: str) -> LegacyUnit:
        name, type_, level, province, district, code, succ, succ_p, split, note = line.split(cls._SEP)
        return LegacyUnit(name, type_, level, province, district or None, code,
                          tuple(succ.split(cls._SUB)) if succ else (), succ_p, bool(split), "exact", note)

    def _unit(self, i: int) -> LegacyUnit:
        u = self._units[i]
        if type(u) is str:
            u = self._units[i] = self._from_line(u)
        return u

    @property
    def provinces(self) -> list[LegacyUnit]:
        return [self._unit(i) for i in range(self._counts[0])]

    @property
    def districts(self) -> list[LegacyUnit]:
        n = self._counts[0]
        return [self._unit(i) for i in range(n, n + self._counts[1])]

    @property
    def communes(self) -> list[LegacyUnit]:
        n = self._counts[0] + self._counts[1]
        return [self._unit(i) for i in range(n, n + self._counts[2])]

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        lines = [u if type(u) is str else self._line(u) for u in self._units]
        state["_units"] = "\n".join(lines)  # one string: read back in well under a millisecond
        state["_current"] = _current_names()
        return state

    def __setstate__(self, state: dict) -> None:
        state = dict(state)
        state["_units"] = state["_units"].split("\n")
        self.__dict__.update(state)

    @staticmethod
    def _current_province(name: str) -> str:
        return _current_names()[0].get(_bare_province(name), name)

    @staticmethod
    def _successors(conv: dict, current: Iterable) -> dict[str, list[tuple[str, bool]]]:
        """Old 'province_district_ward' key -> [(current unit name, is the package's default)], default first."""
        _, wards = _current_names()
        name_of = {}
        for pkey, pname, wkey, wname in current:
            name_of[(pkey, wkey)] = wards.get((_bare_province(pname), _key(wname)), wname)
        out: dict[str, list[tuple[str, bool]]] = {}
        for new_p, by_ward in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
            for new_w, olds in by_ward.items():
                for old in olds:
                    out.setdefault(old, []).append((name_of[(new_p, new_w)], True))
        for new_p, by_old in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
            for old, news in by_old.items():
                for n in news:
                    out.setdefault(old, []).append((name_of[(new_p, n["newWardKey"])], bool(n["isDefaultNewWard"])))
        for old, lst in out.items():
            lst.sort(key=lambda x: (not x[1], x[0]))
        return out

    def _add(self, i: int, level: str, short: str, aliases: Optional[str]) -> None:
        self._by_name.setdefault((level, _key(short)), []).append(i)
        self._akeys[i] = _akey(short)
        # only aliases written with their type word ('thixatanuyen', 'huyenhoanhbo'): former names
        for alias in json.loads(aliases or "[]"):
            a = _key(alias)
            if any(a.startswith(p.replace(" ", "")) for p in _PREFIXES):
                bucket = self._by_alias.setdefault((level, a), [])
                if i not in bucket:
                    bucket.append(i)

    # -- look-ups ---------------------------------------------------------------------------
    def province(self, name: str) -> Optional[LegacyUnit]:
        """A pre-2025 province by any spelling: 'Tỉnh Quảng Ngãi', 'quang ngai', 'TP. Hồ Chí Minh', 'hcm'."""
        i = self._province_keys.get(_bare_province(name)) if name else None
        return None if i is None else self._unit(i)

    def _province_filters(self, province: Optional[str]) -> list[Optional[set[str]]]:
        """Sets of pre-2025 province names to try in turn for ``province``: the pre-2025 province of that
        name, then, if it is also a current province, all those merged into it ([None]: no filter)."""
        if not province:
            return [None]
        out = []
        p = self.province(province)
        if p is not None:
            out.append({p.name})
        cur = _current_names()[0].get(_bare_province(province))
        if cur is not None:
            merged = {u.name for u in self.provinces if u.successor_province == cur}
            if not out or merged != out[0]:
                out.append(merged)
        return out

    def districts_of(self, province: str) -> list[LegacyUnit]:
        p = self.province(province)
        if p is None:
            raise KeyError(f"no pre-2025 province named {province!r}")
        return [self._unit(i) for i in self._districts_of[p.name]]

    def find(self, prefix: str, name: str, province: Optional[str] = None,
             district: Optional[str] = None) -> list[LegacyUnit]:
        """All units that best match; see :func:`find_legacy`."""
        name = " ".join(unicodedata.normalize("NFC", name).split())
        p = " ".join(fold(prefix or "").replace(".", " ").split())
        if not p:
            for written in sorted(_PREFIXES, key=len, reverse=True):
                if fold(name).startswith(written + " ") and len(name) > len(written) + 1:
                    found = self.find(written, name[len(written) + 1:], province, district)
                    if found:
                        return found
                    break
        elif p not in _PREFIXES:
            raise ValueError(f"unknown unit type {prefix!r}; expected one of: "
                             + ", ".join(t for t, _ in _PREFIXES.values()))
        type_word, levels = _PREFIXES[p] if p else ("", ("province", "district", "commune"))
        for provinces in self._province_filters(province):
            found = self._find(type_word, levels, name, provinces, district)
            if found:
                return found
        return []

    def _find(self, type_word: str, levels: tuple[str, ...], name: str, provinces: Optional[set[str]],
              district: Optional[str]) -> list[LegacyUnit]:
        d_key = _key(_strip_district(district)) if district else None

        def keep(u: LegacyUnit) -> bool:
            if provinces is not None and u.province not in provinces:
                return False
            if d_key and u.level == "commune" and d_key != _key(_strip_district(u.district)):
                return False
            return True

        key, akey = _key(name), _akey(name)
        if not key:
            return []
        unit = self._unit
        hits = [i for lv in levels for i in self._by_name.get((lv, key), ())
                if keep(unit(i)) and (not type_word or unit(i).type == type_word)]
        if hits:
            exact = [i for i in hits if self._akeys[i] == akey]
            return [replace(unit(i), match="exact") for i in exact] if exact else \
                [replace(unit(i), match="accents") for i in hits]
        if not type_word:
            return []
        full = _key(type_word) + key
        hits = [i for lv in levels for i in self._by_alias.get((lv, full), ()) if keep(unit(i))]
        if hits:
            return [replace(unit(i), match="alias") for i in hits]
        hits = [i for lv in levels for i in self._by_name.get((lv, key), ())
                if keep(unit(i)) and _RANK.get((lv, unit(i).type), -1) > _RANK.get((lv, type_word), 99)]
        if hits:
            exact = [i for i in hits if self._akeys[i] == akey] or hits
            return [replace(unit(i), match="type_changed") for i in exact]
        return []


def _strip_district(name: str) -> str:
    for t in ("thành phố", "thị xã", "huyện", "quận"):
        stripped = _strip_type(name, t)
        if stripped != name:
            return stripped
    return name


_CURRENT: list = []  # the current list's names, computed once or restored with the cached index


def _current_names() -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """The current list (vietnam-provinces): bare province key -> name; (province key, unit key) -> name."""
    if not _CURRENT:
        from vietnam_provinces import Province, Ward

        provinces = {p.code: p.name for p in Province.iter_all()}
        by_key = {_bare_province(n): n for n in provinces.values()}
        wards = {(_bare_province(provinces[w.province_code]), _key(w.name)): w.name for w in Ward.iter_all()}
        _CURRENT.append((by_key, wards))
    return _CURRENT[0]


def _index_inputs() -> list:
    """Every file the index is built from: its code, the folding data, both packages' data."""
    here = Path(__file__).resolve().parent
    files = [here / "gazetteer_dated.py", here / "text.py", here.parent / "data" / "lookalikes.json"]
    try:
        data = _data_dir()
        files += [data / "dataset.db", data / "converter_2025.json"]
    except ModuleNotFoundError:
        pass
    spec = importlib.util.find_spec("vietnam_provinces")
    if spec is not None and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations)))
        files += sorted(root.glob("*.py")) + sorted((root / "data").glob("*"))
    return files


@lru_cache(maxsize=1)
def legacy_units() -> LegacyIndex:
    """The pre-2025 list (63 provinces, their districts and communes), built on first use.

    >>> idx = legacy_units()
    >>> len(idx.provinces), len(idx.districts), len(idx.communes)
    (63, 696, 10035)
    >>> idx.province("TP. HCM").name
    'Thành phố Hồ Chí Minh'
    """
    from ..cache import cached, fingerprint

    index = cached("legacy-units", fingerprint(_index_inputs()), LegacyIndex)
    if not _CURRENT and getattr(index, "_current", None):
        _CURRENT.append(index._current)
    return index


def find_legacy(prefix: str, name: str, province: str | None = None,
                district: str | None = None) -> list[LegacyUnit]:
    """Every pre-2025 unit that best matches ``prefix name`` (several when the name is not unique).

    Matches are tried in this order, the first that finds anything winning; ``match`` tells which:
    ``exact`` (same letters and accents; case, tone placement hoà/hòa and apostrophes aside),
    ``accents`` (same letters, accents missing or different), ``alias`` (a former name the package
    records, such as 'thị xã Tân Uyên' for Thành phố Tân Uyên), ``type_changed`` (the same name with a
    higher type in the list: a huyện that became a thị xã, a xã that became a phường).
    ``prefix`` '' lets the name carry its type word, or match any type.

    >>> [u.province for u in find_legacy("huyện", "Tân Phú")]
    ['Tỉnh Đồng Nai']
    >>> len(find_legacy("xã", "Tân Phú")) > 5
    True
    """
    return legacy_units().find(prefix, name, province, district)


def resolve_legacy(prefix: str, name: str, province: str | None = None,
                   district: str | None = None) -> Optional[LegacyUnit]:
    """The pre-2025 unit ``prefix name`` names, or None when none does or several do (see :func:`find_legacy`).

    ``province`` and ``district`` narrow the search; a province that is also a current one (after the
    pre-2025 province of that name, if any) stands for all the pre-2025 provinces merged into it.
    ``successors`` holds the current commune(s) for a commune, the current province for a province,
    and nothing for a district (abolished; ``note`` says so), except the five island districts that
    became đặc khu.

    >>> u = resolve_legacy("huyện", "Đức Phổ", province="Quảng Ngãi")  # thị xã since 2020
    >>> u.name, u.match, u.note
    ('Thị xã Đức Phổ', 'type_changed', 'districts were abolished on 2025-07-01: no successor unit')
    >>> resolve_legacy("tỉnh", "Bà Rịa - Vũng Tàu").successors
    ('Thành phố Hồ Chí Minh',)
    """
    found = find_legacy(prefix, name, province, district)
    return found[0] if len(found) == 1 else None


def legacy_province(text: str, districts: Iterable[tuple[str, str]] = ()) -> Optional[str]:
    """The pre-2025 province a text of that time is about: the one it names most ("tỉnh Bến Tre"),
    else the one that holds most of the districts it names (``(prefix, name)`` pairs), else None.

    >>> legacy_province("trên địa bàn tỉnh Bến Tre; thành phố Bến Tre")
    'Tỉnh Bến Tre'
    >>> legacy_province("các huyện", [("huyện", "Mỏ Cày Nam"), ("huyện", "Giồng Trôm")])
    'Tỉnh Bến Tre'
    >>> legacy_province("không tên nào") is None
    True
    """
    from collections import Counter

    index = legacy_units()
    folded = fold(text)
    counts: Counter = Counter()
    for m in regex.finditer(r"(?<![a-z])(?:tinh|thanh\s+pho|tp\.?)\s+([a-z]+(?:\s+[a-z]+){0,3})", folded):
        words = m[1].split()
        for n in range(len(words), 0, -1):
            i = index._province_keys.get(_key(" ".join(words[:n])))
            if i is not None:
                counts[index._unit(i).name] += 1
                break
    if counts:
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            return ranked[0][0]
    votes: Counter = Counter()
    for prefix, name in set(districts):
        try:
            found = {u.province for u in index.find(prefix, name) if u.level == "district"}
        except ValueError:
            continue
        for prov in found:
            votes[prov] += 1 / len(found)
    ranked = votes.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def in_force(on: dt.date | str | None) -> Literal["legacy", "current"]:
    """Which list applies on the date ``on`` (ISO or Vietnamese); None means today's, the current list.

    >>> in_force(dt.date(2024, 12, 31)), in_force("ngày 01 tháng 7 năm 2025")
    ('legacy', 'current')
    """
    if on is None:
        return "current"
    if isinstance(on, dt.datetime):
        on = on.date()
    if isinstance(on, str):
        text = on.strip()
        try:
            on = dt.date.fromisoformat(text)
        except ValueError:
            parsed = parse_date(text)
            if parsed is None:
                raise ValueError(f"not a date: {text!r}") from None
            on = parsed
    return "legacy" if on < CUTOVER else "current"


def district_names(province: str) -> tuple[str, ...]:
    """The districts of a pre-2025 province, in code order; KeyError for an unknown province.

    >>> district_names("Quảng Ngãi")[:3]
    ('Thành phố Quảng Ngãi', 'Huyện Bình Sơn', 'Huyện Trà Bồng')
    >>> len(district_names("Hà Nội"))
    30
    """
    return tuple(u.name for u in legacy_units().districts_of(province))
