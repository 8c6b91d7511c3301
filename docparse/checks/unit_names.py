"""unknown_unit and inconsistent_name: unit names against the official list, and the document's
own unit named two ways."""
from __future__ import annotations

from ..models import Evidence, Finding, Report
from ..normalize.units import gazetteer
from .common import make, message


def _close(raw: str, own: str) -> bool:
    """The written name is a variant of the issuing unit's name, not just nearest to it."""
    from rapidfuzz import fuzz

    from ..normalize.text import fold

    a, b = fold(raw).split(" ", 1)[-1], fold(own).split(" ", 1)[-1]
    extra_word = a.startswith(b + " ") and len(a.split()) == len(b.split()) + 1  # "Tây Hồ Mới"
    return fuzz.ratio(a, b) >= 80 or extra_word


def _same_name(raw: str, own: str) -> bool:
    """The written name is the issuing unit's official name, case aside.

    >>> _same_name("xã Phước Thuận", "Xã Phước Thuận"), _same_name("phường Thạch Khê", "Phường Thạch Khôi")
    (True, False)
    """
    from ..normalize.text import canonical_tones

    return " ".join(canonical_tones(raw).lower().split()) == " ".join(canonical_tones(own).lower().split())


def _same_but_dashes(raw: str, name: str) -> bool:
    """The written name is the official one but for its dash or the spaces around it ("Xã Chân Mây -
    Lăng Cô" for "Xã Chân Mây – Lăng Cô"): no misspelling.

    >>> _same_but_dashes("Xã Chân Mây - Lăng Cô", "Xã Chân Mây – Lăng Cô"), _same_but_dashes("Xã Chân May", "Xã Chân Mây")
    (True, False)
    """
    import re

    def norm(t: str) -> str:
        return " ".join(re.sub(r"\s*[-‐‑‒–—]\s*", " - ", t).split()).lower()

    return norm(raw) == norm(name)


def _in_force(report: Report) -> str:
    from ..normalize.gazetteer_dated import in_force

    try:
        return in_force(report.document.list_date())  # an undated page: its period's end (models.Document)
    except ValueError:
        return "current"


def _legacy_name(raw: str, province) -> bool:
    """Whether a written name ("xã Đức Tân", "thị trấn Chợ Chùa") is in the pre-2025 list."""
    from ..normalize.gazetteer_dated import resolve_legacy

    from ..normalize.units import split_short_prefix

    prefix, _, name = split_short_prefix(raw) or raw.partition(" ")
    for pre in (prefix.lower(), ""):
        try:
            if resolve_legacy(pre, name if pre else raw, province=province) is not None:
                return True
        except ValueError:
            continue
    return False


def _only_after_2025(raw: str) -> bool:
    """Whether a commune or ward written with its prefix ("xã Bà Nà") names no unit of the list before
    July 2025, in any province (a name of the current list only).

    >>> _only_after_2025("xã Bà Nà"), _only_after_2025("xã Tam Anh Nam")
    (True, False)
    """
    from ..normalize.gazetteer_dated import find_legacy

    from ..data import load
    from ..normalize.text import fold

    prefix, _, name = raw.partition(" ")
    prefixes = {fold(p) for p in load("subjects")["commune_prefixes"] if " " not in p}
    if fold(prefix) not in prefixes or not name:
        return False
    try:
        return not find_legacy(prefix.lower(), name) and not find_legacy("", name)
    except ValueError:
        return False


def _title_era(title) -> str:
    """Which list an undated document's title places it under: "current" when it names a time after
    June 2025 ("tuần 49 năm 2025", "quý III năm 2025", "năm 2026"), "legacy" when it names only years
    before 2025, else "unknown".

    >>> _title_era("Kết quả tuần 49 năm 2025"), _title_era("Báo cáo quý I năm 2025"), _title_era("Năm 2023")
    ('current', 'unknown', 'legacy')
    >>> _title_era("Báo cáo tháng 8/2025"), _title_era(None)
    ('current', 'unknown')
    """
    import re

    from ..data import load
    from ..normalize.text import fold

    text = fold(title or "")
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", text)]
    if not years:
        return "unknown"
    if max(years) >= 2026:
        return "current"
    if max(years) <= 2024:
        return "legacy"
    w = load("periods")["after_june_words"]
    late_words = "|".join(re.escape(fold(x)) for x in w["late_quarters"] + w["late_halves"])
    late = (any(int(n) >= w["week_from"] for n in re.findall(re.escape(fold(w["week"])) + r"\s+(\d{1,2})", text))
            or any(w["month_from"] <= int(n) <= 12
                   for n in re.findall(re.escape(fold(w["month"])) + r"\s+(\d{1,2})(?!\d)", text))
            or re.search(r"(?<![a-z])(?:" + late_words + r")(?![a-z0-9])", text))
    return "current" if late else "unknown"


def _new_units_known(on) -> bool:
    """Whether a document of the date ``on`` may name the units being formed for July 2025 (data:
    rules.new_units_known_from).

    >>> _new_units_known("2025-06-25"), _new_units_known("2024-03-01"), _new_units_known(None)
    (True, False, False)
    """
    from ..data import load

    return bool(on) and str(on) >= load("rules")["new_units_known_from"]


def check(report: Report) -> list[Finding]:
    findings = []
    own = report.document.own_unit
    province = report.document.province or "tỉnh/thành phố"
    uncertain = report.source.text_source in ("ocr", "mixed") or any(f.uncertain for f in report.facts)
    seen = set()
    legacy = _in_force(report) == "legacy"
    for u in report.units:
        if legacy and u.name and not u.misspelled and u.score >= 100 and u.raw not in seen and _only_after_2025(u.raw):
            # "xã Bà Nà" in a 2023 notice: a commune of the list in force since July 2025 only, no unit
            # of any province before it (gazetteer_dated.find_legacy finds none by that name)
            seen.add(u.raw)
            if not (own and _same_name(u.raw, own)):
                msg = message("unknown_unit_later", raw=u.raw, province=province, on=report.document.issued_on)
                # a report of the last months before the merger names the units being formed
                soft = uncertain or _new_units_known(report.document.issued_on)
                findings.append(make("unknown_unit", "info" if soft else "warning", msg, [], evidence=u.evidence))
            continue
        if (u.name and not u.misspelled) or not u.candidate or u.raw in seen:
            continue
        if u.name and u.misspelled and _same_but_dashes(u.raw, u.name):
            continue  # a hyphen for the list's en dash
        seen.add(u.raw)
        if (legacy or (not report.document.issued_on and _title_era(report.document.title) != "current")) \
                and _legacy_name(u.raw, report.document.province):
            # a unit of the list in force before July 2025 (an undated text whose title does not place it
            # after June 2025 may be of that time)
            continue
        severity = "info" if uncertain else "warning"
        if own and _same_name(u.raw, own):
            continue  # "xã Phước Thuận" is "Xã Phước Thuận": the unit the document issues from
        if own and _close(u.raw, own):
            msg = message("inconsistent_name", raw=u.raw, own=own)
            code = "inconsistent_name"
        elif u.misspelled:
            msg = message("misspelled_unit", raw=u.raw, candidate=u.candidate)
            code = "unknown_unit"
        else:
            bare = u.raw.split(" ", 1)[-1]
            elsewhere = sorted(set(gazetteer().elsewhere(bare)) - {province})
            key = "unknown_unit_elsewhere" if elsewhere else "unknown_unit"
            msg = message(key, raw=u.raw, province=province, candidate=u.candidate,
                          elsewhere=", ".join(elsewhere[:3]))
            code = "unknown_unit"
        f = make(code, severity, msg, [], evidence=u.evidence)
        findings.append(f)
    if legacy and report.document.province:
        told = {raw for raw in seen if any(raw in f.message for f in findings)}
        findings += _legacy_districts(report, uncertain, told)
    return findings


def _legacy_districts(report: Report, uncertain: bool, seen: set) -> list[Finding]:
    """A district written with its prefix ("Huyện Mường Lay", a table's row or a figure's subject) in a
    document of before July 2025 that no district of its province bears then: the closest district of
    the province as the candidate, and the province it is of if another's (gazetteer_dated)."""
    from rapidfuzz import process

    from ..normalize.gazetteer_dated import district_names, find_legacy
    from ..normalize.text import fold

    province = report.document.province
    try:
        known = district_names(province)
    except KeyError:
        return []
    from ..data import load

    prefixes = tuple(sorted(load("subjects")["named_unit_prefixes"]["district"], key=len, reverse=True))
    out = []
    subjects = [(f.subject.raw, f.evidence) for f in report.facts
                if f.subject.level == "unit" and not f.subject.name and f.subject.raw]
    from ..tables.where import table_lines

    lines = report._row_lines or table_lines(report.facts)
    for table in report.tables or []:  # (the prose checks see no table fact: the rows themselves)
        subjects += [(row.label, Evidence(page=row.page or table.page or 1, line=lines.get((table.index, row.index), 0),
                                          text=row.label,
                                          table=table.index, row=row.index))
                     for row in table.rows if row.role == "unit" and row.subject is not None
                     and not row.subject.name and row.label]
    for raw, evidence in subjects:
        raw = " ".join(raw.split())
        low = raw.lower()
        prefix = next((p for p in prefixes if low.startswith(p + " ")), None)
        if prefix is None or raw in seen or not raw[len(prefix) + 1:][:1].isupper():
            continue
        seen.add(raw)
        name = raw[len(prefix) + 1:]
        if find_legacy(prefix, name, province=province):
            continue
        bare = {fold(k.split(" ", 1)[1] if " " in k else k): k for k in known}
        best = process.extractOne(fold(name), list(bare))
        candidate = bare[best[0]] if best and best[1] >= 60 else None
        elsewhere = sorted({u.province for u in find_legacy("", name) if u.level == "district"} - {province})
        key = "unknown_unit_elsewhere" if elsewhere else "unknown_unit"
        msg = message(key, raw=raw, province=province, candidate=candidate, elsewhere=", ".join(elsewhere[:3]))
        out.append(make("unknown_unit", "info" if uncertain else "warning", msg, [], evidence=evidence))
    return out
