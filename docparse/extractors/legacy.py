"""Legacy Vietnamese encodings (TCVN3/ABC, VNI): detection and conversion. Filled in by the OCR issue."""
from __future__ import annotations

from .base import Line


def convert_legacy(lines: list[Line]) -> tuple[list[Line], str | None]:
    return lines, None
