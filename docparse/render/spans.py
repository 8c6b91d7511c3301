"""Where on its evidence line a finding should be shown: the stated number itself if it is written
there ("47,14%"), else the evidence span."""
from __future__ import annotations

from ..models import Finding
from ..normalize.numbers import format_vn


def stated_forms(value: float) -> list[str]:
    """'47,14', '100' / '100,0' ... as a report may write a stated value.

    >>> stated_forms(47.14)
    ['47,14']
    """
    if float(value).is_integer():
        return [format_vn(value, 0), str(int(value))]
    text = repr(float(value))
    decimals = len(text.split(".")[1])
    return [format_vn(value, decimals)]


def focus(finding: Finding) -> tuple[int, int, str]:
    """(start, end, text) on the first evidence line to highlight for ``finding``."""
    ev = finding.evidence
    first = ev.text.split("\n", 1)[0]
    start, end = ev.start, min(ev.end, len(first))
    if end <= start:
        start, end = 0, len(first)
    if finding.stated is not None:
        region = ev.text[ev.start:ev.end] if ev.end > ev.start else ev.text
        for form in stated_forms(finding.stated):
            at = region.rfind(form)
            if at >= 0:
                a = ev.start + at
                b = a + len(form) + (1 if ev.text[a + len(form):a + len(form) + 1] == "%" else 0)
                if b <= len(first):
                    return a, b, ev.text[a:b]
                return a, b, ev.text[a:b]  # on a later line of the evidence
    return start, end, first[start:end]
