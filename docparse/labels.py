"""Vietnamese names a person reads instead of ids: indicators from the catalogue
(data/indicators.json, the first phrase of each), levels and kinds of fact (data/messages.json).

>>> indicator_label("received_offline_share"), level_label("city"), kind_label("rate")
('Tỷ lệ tiếp nhận trực tiếp', 'Toàn tỉnh/thành phố', 'Tỷ lệ')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from .data import load

_EXTRA = {"units_meeting_target": "số đơn vị đạt chỉ tiêu", "other": "tỷ lệ khác", "index_766_rank": "xếp hạng Bộ chỉ số 766"}


@lru_cache(maxsize=None)
def _indicators() -> dict:
    cat = load("indicators")
    names = dict(_EXTRA)
    for group in ("rates", "counts", "scores"):
        for key, value in cat[group].items():
            if isinstance(value, dict) and value.get("phrases"):
                names[key] = value.get("label") or value["phrases"][0]
    return names


def indicator_label(indicator: str) -> str:
    name = _indicators().get(indicator)
    if not name:
        return indicator
    return name[0].upper() + name[1:]


def level_label(level: str) -> str:
    return load("messages")["level_labels"].get(level, level)


def kind_label(kind: str) -> str:
    return load("messages")["kind_labels"].get(kind, kind)


def subject_label(level: str, name: Optional[str], province: Optional[str] = None) -> str:
    """Whose figure, named for every level: the unit's name, the province for a city-wide figure,
    else the level's name.

    >>> subject_label("communes", None), subject_label("city", None, "Thành phố Hà Nội")
    ('Các xã, phường, đặc khu', 'Thành phố Hà Nội')
    """
    if name:
        return name
    if level == "city" and province:
        return province
    return level_label(level)


def qualifier_label(qualifier: Optional[str]) -> Optional[str]:
    """A qualifier as a person reads it: an indicator id ("online_submission", the measure a count
    of units meeting a target is about) by its name, any other words as written.

    >>> qualifier_label("online_submission"), qualifier_label("tháng 01/2026")
    ('tỷ lệ nộp hồ sơ trực tuyến', 'tháng 01/2026')
    """
    if qualifier and qualifier in _indicators():
        return _indicators()[qualifier]
    return qualifier


def accented(label: Optional[str], text: str) -> Optional[str]:
    """The words that named a fact as the document writes them: the recogniser keeps them folded
    ("dat ty le"); the evidence has them with their accents.

    >>> accented("dat ty le", "121.170 hồ sơ (đạt tỷ lệ 47,14%)")
    'đạt tỷ lệ'
    >>> accented("khong co", "Tỷ lệ 50%")
    'khong co'
    """
    if not label:
        return label
    from .normalize.text import fold

    folded = fold(text)
    at = folded.rfind(label)
    if at < 0 or len(folded) != len(text):
        at = folded.lower().rfind(label.lower())
    if at < 0 or len(folded) != len(text):
        return label
    return text[at:at + len(label)]
