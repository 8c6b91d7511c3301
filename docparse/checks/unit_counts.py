"""unit_count_mismatch: "x/y đơn vị đạt" against the units the text names as failing, and y
against the number of communes of the province in the official list."""
from __future__ import annotations

from ..models import Fact, Finding, Report
from ..normalize.text import fold
from ..normalize.units import gazetteer
from .common import checkable, document_of, make, message, roman, vn
from .targets import failing


def _is_commune(f: Fact) -> bool:
    name = fold(f.subject.name or f.subject.raw or "")
    return name.startswith(("xa ", "phuong ", "dac khu ", "thi tran "))


def parts(facts: list[Fact]) -> dict[str, int]:
    """Each fact's part of the document, in reading order: a new part begins where the roman
    numbering of the headings starts again (a second report bound into the same file, an appendix
    numbering its own sections), so that "II/1" of one part is not "II/1" of another.

    >>> from docparse.models import Evidence, Subject
    >>> ev = Evidence(page=1, line=1, text="")
    >>> fs = [Fact(id=f"f{i}", kind="count", indicator="x", subject=Subject(level="city"), evidence=ev,
    ...            section=s) for i, s in enumerate(["I/1", "II/1", "II/2", "I/1", "II/1"])]
    >>> list(parts(fs).values())
    [0, 0, 0, 1, 1]
    """
    out, seen, last, part = {}, set(), None, 0
    for f in facts:
        numeral = roman(f)
        if numeral != last:
            if numeral in seen:  # the numbering starts again
                part, seen = part + 1, set()
            seen.add(numeral)
            last = numeral
        out[f.id] = part
    return out


def check(report: Report) -> list[Finding]:
    findings = []
    province = report.document.province
    known = len(gazetteer().communes_of(province)) if province else 0
    level_facts = checkable(report.facts)
    # the failing rates of named units, by (indicator, section), in document order: each count looks
    # up its own (linear in the facts; issue 13), communes and other units apart
    in_part = parts(level_facts)
    document = document_of(report)  # a part of one of the documents bound into the file
    part = {f.id: (document(f), in_part[f.id]) for f in level_facts}
    failing_rates: dict[tuple, list[Fact]] = {}
    for f in level_facts:
        if f.kind == "rate" and f.subject.level == "unit" and failing(f):
            failing_rates.setdefault((f.indicator, part[f.id], f.section, _is_commune(f)), []).append(f)
    for uc in level_facts:
        if uc.kind != "unit_count" or uc.numerator is None or uc.denominator is None:
            continue
        what = "đơn vị" if uc.subject.level == "departments" else "địa phương"
        if uc.subject.level == "communes" and known and uc.denominator != known and uc.indicator != "other":
            msg = message("unit_count_total", x=vn(uc.numerator), y=vn(uc.denominator), what=what,
                          province=province, known=known)
            findings.append(make("unit_count_mismatch", "warning", msg, [uc], stated=uc.denominator,
                                 expected=known))
        if uc.indicator != "units_meeting_target" or not (uc.qualifier or uc._named_not_met):
            continue
        communes = uc.subject.level == "communes"
        named = failing_rates.get((uc.qualifier, part[uc.id], uc.section, communes), [])
        missing = uc.denominator - uc.numerator
        bare = [x for x in uc._named_not_met if x not in {f.subject.name for f in named}]
        if bare and (len(named) + len(bare) > missing or (uc._not_met_whole and not named and len(bare) < missing)):
            # (more units named as not meeting it than the count leaves; or the whole list of them, fewer)
            # "12/14 đơn vị; chưa đạt gồm: Sở A, Sở B, Sở C": the units named as not meeting it, no figures
            msg = message("unit_count_failing", x=vn(uc.numerator), y=vn(uc.denominator), what=what,
                          missing=vn(missing), named=len(named) + len(bare),
                          names=", ".join([f.subject.name or f.subject.raw for f in named] + bare))
            findings.append(make("unit_count_mismatch", "warning", msg, [uc] + named, stated=uc.numerator,
                                 expected=uc.denominator - len(named) - len(bare),
                                 needs_explicit=not uc.explicit))
            continue
        if len(named) > missing:
            names = ", ".join(f"{f.subject.name or f.subject.raw} ({vn(f.value, f.decimals)}%)" for f in named)
            msg = message("unit_count_failing", x=vn(uc.numerator), y=vn(uc.denominator), what=what,
                          missing=vn(missing), named=len(named), names=names)
            # each unit named with the words "chưa đạt": the count is checked whatever rate they name
            said = all(f.claim == "not_met" for f in named)
            findings.append(make("unit_count_mismatch", "warning", msg, [uc] + named,
                                 stated=uc.numerator, expected=uc.denominator - len(named),
                                 needs_explicit=not (said and uc.explicit)))
    return findings
