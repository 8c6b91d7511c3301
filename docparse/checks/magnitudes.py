"""number_out_of_range: a run of digits too long to be any figure of a report (a 30-digit "count",
a fraction of 10^29). It is not read as a fact (recognize/mentions.py MAX_DIGITS); this says so, at
info, instead of leaving it out silently. At most a few per document.

>>> from docparse.extractors.base import Line
>>> [f.message for f in check([Line("Số hồ sơ (999999999999999999999999999999/1) hồ sơ", 1, 1)])]
['Số "999999999999999999999999999999" có 30 chữ số, quá lớn để là một số liệu của báo cáo: không được đọc']
"""
from __future__ import annotations

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from ..models import Evidence, Finding
from ..recognize.mentions import MAX_DIGITS
from .common import make, message

_LONG = regex.compile(rf"(?<![\d.,])\d(?:[.,]?\d){{{MAX_DIGITS},}}+")
MAX_FINDINGS = 5


def check(lines) -> list[Finding]:
    findings = []
    for line in lines:
        for m in _LONG.finditer(line.text):
            digits = sum(c.isdigit() for c in m.group())
            shown = m.group() if len(m.group()) <= 40 else m.group()[:20] + "…" + m.group()[-8:]
            ev = Evidence(page=line.page, line=line.number, start=m.start(), end=m.end(),
                          text=line.text[:2000])
            findings.append(make("number_out_of_range", "info",
                                 message("number_out_of_range", number=shown, digits=digits), [], evidence=ev))
            if len(findings) >= MAX_FINDINGS:
                return findings
    return findings
