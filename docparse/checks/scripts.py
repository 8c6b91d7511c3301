"""mixed_script: Cyrillic or Greek look-alike letters inside Latin text ("NQ-СР")."""
from __future__ import annotations

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from ..models import Evidence, Finding
from ..normalize.text import fix_lookalikes
from .common import make, message

_FOREIGN = regex.compile(r"[\p{Cyrillic}\p{Greek}]")
_TOKEN = regex.compile(r"\S+")
_SCRIPT = {"Cyrillic": "Kirin (Cyrillic)", "Greek": "Hy Lạp (Greek)"}


def check(lines) -> list[Finding]:
    findings = []
    for line in lines:
        if not _FOREIGN.search(line.text):
            continue
        for tok in _TOKEN.finditer(line.text):
            word = tok.group()
            if not _FOREIGN.search(word) or not regex.search(r"\p{Latin}|\d|[-/]", word):
                continue
            script = "Cyrillic" if regex.search(r"\p{Cyrillic}", word) else "Greek"
            ev = Evidence(page=line.page, line=line.number, start=tok.start(), end=tok.end(), text=line.text)
            msg = message("mixed_script", word=word, script=_SCRIPT[script], fixed=fix_lookalikes(word))
            findings.append(make("mixed_script", "warning", msg, [], evidence=ev))
    return findings
