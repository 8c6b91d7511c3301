"""The language a person reads docparse in: texts around the findings (help, notes, errors,
summaries) are message data in ``data/messages.json`` under ``"ui"``, Vietnamese by default,
English with ``--ui-lang en``, ``DOCPARSE_UI_LANG=en`` or an English locale.

>>> set_lang("vi"); t("summary", facts=17, errors=2, warnings=0, info=1)
'17 số liệu, 2 lỗi, 0 cảnh báo, 1 lưu ý'
>>> set_lang("en"); t("summary", facts=17, errors=2, warnings=0, info=1)
'17 facts, 2 errors, 0 warnings, 1 info'
>>> set_lang(None)
"""
from __future__ import annotations

import os
from typing import Optional

from .data import load

LANGS = ("vi", "en")
_override: Optional[str] = None


def set_lang(lang: Optional[str]) -> None:
    """Fix the language for this process (None: back to the environment)."""
    global _override
    _override = normalise(lang) if lang else None


def normalise(value: str) -> str:
    """'en_US.UTF-8' -> 'en'; anything not English is Vietnamese.

    >>> normalise("en_US.UTF-8"), normalise("C.UTF-8"), normalise("vi")
    ('en', 'vi', 'vi')
    """
    return "en" if value.strip().lower().startswith("en") else "vi"


def lang() -> str:
    """The language in use: set_lang(), else DOCPARSE_UI_LANG, else the locale (LC_ALL,
    LC_MESSAGES, LANG), else Vietnamese."""
    if _override:
        return _override
    for var in ("DOCPARSE_UI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").strip()
        if value:
            return normalise(value)
    return "vi"


def t(key: str, **fields) -> str:
    """The text ``key`` in the language in use, its fields filled (numbers pass through ``num``)."""
    entry = load("messages")["ui"][key]
    text = entry.get(lang()) or entry["vi"]
    return text.format(**fields) if fields else text


def num(value: float, decimals: Optional[int] = None) -> str:
    """A number as the reader writes it: 1.234,5 in Vietnamese, 1,234.5 in English.

    >>> set_lang("vi"); num(12345.678, 1)
    '12.345,7'
    >>> set_lang("en"); num(12345.678, 1)
    '12,345.7'
    >>> set_lang(None)
    """
    from .normalize.numbers import format_vn

    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    if lang() == "en":
        return f"{value:,.{decimals}f}"
    return format_vn(value, decimals)


def severity(name: str, upper: bool = True) -> str:
    """'error' -> 'LỖI' / 'ERROR'."""
    return t(f"sev.{name}" if upper else f"sev.{name}.lower")
