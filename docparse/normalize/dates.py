"""Vietnamese dates and periods.

>>> parse_date("12/9/2025")
datetime.date(2025, 9, 12)
>>> parse_date("ngày 02 tháng 4 năm 2026")
datetime.date(2026, 4, 2)
"""
from __future__ import annotations

import datetime as dt

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from .text import fold

DATE_NUMERIC = r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
DATE_WORDS = r"ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})"
_NUMERIC_RE = regex.compile(DATE_NUMERIC)
_WORDS_RE = regex.compile(DATE_WORDS)
_ANY_DATE = rf"(?:{DATE_NUMERIC}|{DATE_WORDS})"


def _period_rx():
    from ..data import load

    leads = sorted({fold(w) for w in load("periods")["report_period_leads"]}, key=lambda w: (-len(w), w))
    def words(w: str) -> str:
        out = ""
        for i, tok in enumerate(w.replace(":", " : ").split()):
            out += ("" if i == 0 else (r"\s*" if tok == ":" or out.endswith(":") else r"\s+")) + regex.escape(tok)
        return out

    # "từ ngày" as OCR reads it too ("tir ngay", "tu ngay"), then the other leads of the data
    lead = r"(?:t[iu]r?\s+ngay|" + "|".join(words(w) for w in leads) + ")"
    return regex.compile(
        r"(?<![a-z])" + lead + r"\s*(?P<a>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})\s*(?:den\s+(?:het\s+)?(?:ngay\s+)?|-|–|—)\s*"
        r"(?P<b>\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4})")


_PERIOD_RE = _period_rx()


class ImpossibleDate(ValueError):
    """Day, month and year written, but no such day exists (31/4/2026)."""


def make_date(day: int, month: int, year: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ImpossibleDate(f"{day:02d}/{month:02d}/{year}") from exc


def parse_date(text: str) -> dt.date | None:
    """Parse the first date in ``text`` (numeric or in words); None when there is none.

    >>> parse_date("Thạch Khôi, ngày tháng 02 năm 2026") is None
    True
    """
    folded = fold(text)
    for rx in (_WORDS_RE, _NUMERIC_RE):
        m = rx.search(folded)
        if m:
            return make_date(int(m[1]), int(m[2]), int(m[3]))
    return None


def find_period(text: str) -> tuple[dt.date, dt.date, int] | None:
    """The first "từ ngày X đến (hết) ngày Y" in ``text`` (or another lead of
    periods.report_period_leads: "Kỳ báo cáo: X – Y", "số liệu từ X đến Y"), with its offset.

    >>> find_period("(từ ngày 12/9/2025 đến ngày 18/9/2025)")[:2]
    (datetime.date(2025, 9, 12), datetime.date(2025, 9, 18))
    >>> find_period("Từ ngày 01/7/2025 - 21/7/2025, tổng số")[1]
    datetime.date(2025, 7, 21)
    >>> find_period("từ ngày 01/11/2025 đến ngày 31/11/2025") is None
    True
    >>> find_period("(Kỳ báo cáo: 15/01/2026 – 14/3/2026)")[1]
    datetime.date(2026, 3, 14)
    >>> find_period("(So liéu tir ngay 15/12/2025 dén hét ngay 02/4/2026)")[1]
    datetime.date(2026, 4, 2)
    >>> find_period("Kỳ báo cáo: từ 15/6/2025 đến 14/9/2025.")[:2], find_period("(số liệu từ 01/10/2025 - 31/10/2025)")[1]
    ((datetime.date(2025, 6, 15), datetime.date(2025, 9, 14)), datetime.date(2025, 10, 31))
    """
    m = _PERIOD_RE.search(fold(text))
    if not m:
        return None
    try:
        return parse_date(m["a"]), parse_date(m["b"]), m.start()
    except ImpossibleDate:
        return None  # "đến ngày 31/11/2025": no period; checks/dates.py reports the impossible date
