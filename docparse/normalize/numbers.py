"""Vietnamese numbers: "." groups thousands, "," is the decimal mark, "01" is one.

>>> parse_number("57.219")
VNumber(value=57219, decimals=0, text='57.219')
>>> parse_number("87,62").value
87.62
>>> parse_number("29.400.000").value
29400000
"""
from __future__ import annotations

import math
from decimal import ROUND_DOWN, ROUND_HALF_UP, Context, Decimal
from typing import NamedTuple

from .. import fastregex as regex  # the regex module, its compiles cached on disk

# A number as written: grouped thousands ("410.591"), a plain integer ("4874", "01"),
# either with an optional decimal part (",62").
NUMBER = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
NUMBER_RE = regex.compile(NUMBER)

# Digits an OCR engine writes as letters; repaired only inside a token that is otherwise numeric.
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"})
_OCR_NUMBER = regex.compile(r"(?<![\p{L}\d])[\dOolIS][\dOolISB.,]*\d[\dOolISB]*(?![\p{L}\d])")


class VNumber(NamedTuple):
    value: float | int
    decimals: int
    text: str


def parse_number(text: str) -> VNumber:
    """Parse one Vietnamese number; raise ValueError when it is not one.

    >>> parse_number("01").value
    1
    >>> parse_number("100 ").decimals
    0
    >>> parse_number("6,2")
    VNumber(value=6.2, decimals=1, text='6,2')
    """
    text = text.strip()
    if not NUMBER_RE.fullmatch(text):
        raise ValueError(f"not a Vietnamese number: {text!r}")
    whole, _, frac = text.partition(",")
    integer = int(whole.replace(".", ""))
    if not frac:
        return VNumber(integer, 0, text)
    return VNumber(float(f"{integer}.{frac}"), len(frac), text)


# Enough digits for any float at any number of decimals a document writes: absurd magnitudes
# ("(999999999999999/0,0000000000001)") are computed, never an InvalidOperation out of parse().
_EXACT = Context(prec=400, Emax=10**6, Emin=-10**6)
_MAX_DECIMALS = 30


def _quantize(value: float, decimals: int, rounding) -> float:
    if not math.isfinite(value):
        return value
    q = Decimal(1).scaleb(-min(max(decimals, 0), _MAX_DECIMALS))
    return float(Decimal(repr(value)).quantize(q, rounding=rounding, context=_EXACT))


def round_half_up(value: float, decimals: int) -> float:
    """Round as a person does (3,125 → 3,13), not as binary floats do.

    >>> round_half_up(100 * 1 / 32, 2)
    3.13
    >>> round_half_up(100 * 121170 / 280859, 2)
    43.14
    >>> round_half_up(1e32, 2), round_half_up(float("inf"), 2)
    (1e+32, inf)
    """
    return _quantize(value, decimals, ROUND_HALF_UP)


def truncate(value: float, decimals: int) -> float:
    """Cut to ``decimals`` places (99,979 → 99,97).

    >>> truncate(99.979, 2)
    99.97
    """
    return _quantize(value, decimals, ROUND_DOWN)


def percent(numerator: float, denominator: float) -> float:
    """Exact-as-possible percentage, computed in Decimal to avoid 3,1249999; a zero denominator
    gives infinity (no figure matches it).

    >>> percent(1, 32), percent(999999999999999, 1e-13), percent(3, 0)
    (3.125, 9.99999999999999e+29, inf)
    """
    if not denominator:
        return math.inf
    return float(_EXACT.divide(_EXACT.multiply(Decimal(str(numerator)), 100), Decimal(str(denominator))))


def format_vn(value: float, decimals: int | None = None) -> str:
    """Write a number the Vietnamese way.

    >>> format_vn(43.14, 2)
    '43,14'
    >>> format_vn(280859)
    '280.859'
    """
    if decimals is None:
        decimals = 0 if float(value).is_integer() else 2
    s = f"{value:,.{decimals}f}"
    return s.replace(",", "_").replace(".", ",").replace("_", ".")


def repair_ocr_digits(token: str) -> str:
    """Repair letters an OCR engine put for digits, only in a token that is a number.

    >>> repair_ocr_digits("5.8S9")
    '5.859'
    >>> repair_ocr_digits("lO0")
    '100'
    """
    return token.translate(_OCR_DIGITS)


def repair_numbers_in(text: str) -> str:
    """Repair OCR digit confusions inside number-like tokens of a line, leaving words alone.

    >>> repair_numbers_in("tiep nhan 5.8S9 ho so, Sở 12")
    'tiep nhan 5.859 ho so, Sở 12'
    """
    return _OCR_NUMBER.sub(lambda m: repair_ocr_digits(m.group()), text)
