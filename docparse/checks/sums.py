"""sum_mismatch and balance_mismatch: the identities of Biểu 06 (data/rules.json), and the city
figure against its departments' and communes' figures.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional

from ..data import load
from .common import MESSAGES
from ..models import Fact, Finding, Report
from ..normalize.text import fold
from .common import across_blocks, breakdown, same_block, checkable, within_part, label, make, message, roman, said_in_words, subject_key, vn

RULES = load("rules")
TOLERANCE = 1e-6


def _groups(facts: list[Fact], by_section: bool, keep_all: bool = False) -> dict:
    """Counts of one subject, qualifier and heading (or roman part), first statement of each; the
    group's ``_twice`` set holds the indicators stated more than once with different values there
    ("Trực tiếp: 10.195", "Bưu chính: 368" are both in person or by post); ``keep_all``: its
    ``_all`` list holds every count of the group (the typo search holds blocks apart by it)."""
    groups: dict = defaultdict(dict)
    last: dict = {}  # (subject, qualifier, roman part) -> the heading of its last count
    for f in facts:
        if f.kind != "count" or f.value is None:
            continue
        where = f.section if by_section else roman(f)
        own = (subject_key(f), f.qualifier, roman(f))
        if by_section and said_in_words(f) and own in last:
            # "2. Không có hồ sơ quá hạn trong tháng." after "1. Tổng số hồ sơ đã giải quyết: …": none
            # said of the whole period speaks to the counts its subject stated last
            where = last[own]
        else:
            last[own] = where
        have = groups[(subject_key(f), f.qualifier, where)]
        if keep_all:
            have.setdefault("_all", []).append(f)
        first = have.setdefault(f.indicator, f)
        if first is f or first.value == f.value:
            continue
        if first.listed != f.listed:  # the statement itself, not a figure of a breakdown under it
            have[f.indicator] = first if not first.listed else f
        elif f.indicator in SIBLING_PARTS and first._part_of is not None and f._part_of == first._part_of \
                and f.indicator not in have.get("_twice", ()):
            # "trực tiếp tại quầy 1.402; qua bưu chính công ích 37": two items of one list, two parts
            have.setdefault("_siblings", {}).setdefault(f.indicator, [first]).append(f)
        else:
            have.setdefault("_twice", set()).add(f.indicator)
    return groups


def _required_present(rule: dict, have: dict) -> bool:
    for req in rule["required"]:
        options = req if isinstance(req, list) else [req]
        if not any(o in have for o in options):
            return False
    return True


SIBLING_PARTS = frozenset(RULES["sibling_parts"])  # data: rules.json


def _parts(rule: dict, have: dict) -> list[Fact]:
    siblings = have.get("_siblings", {})
    parts = [q for p in rule["parts"] if p in have for q in siblings.get(p, [have[p]])]
    for a, b in rule.get("exclusive", []):  # "trước hạn, đúng hạn" already holds "trước hạn"
        if a in have and b in have:
            parts = [p for p in parts if p.indicator != b]
    return parts


def holds_with_apart(total: float, parts: list[Fact], apart) -> bool:
    """Whether a total equals its stated parts once the parts a report may count beside it (a sum
    rule's ``apart``: carried-over, returned and withdrawn dossiers) are left out.

    >>> from docparse.models import Evidence, Subject
    >>> mk = lambda ind, v: Fact(id="f", kind="count", indicator=ind, value=v, subject=Subject(level="city"),
    ...                          evidence=Evidence(page=1, line=1, text=""))
    >>> ps = [mk("received_online", 406913), mk("received_offline", 1075393), mk("received_carried_over", 96518)]
    >>> holds_with_apart(1482306, ps, ["received_carried_over"]), holds_with_apart(1482300, ps, ["received_carried_over"])
    (True, False)
    >>> holds_with_apart(1482306, ps[:2], ["received_carried_over"])  # nothing left apart: the plain sum decides
    False
    """
    kept = [p for p in parts if p.indicator not in apart]
    if len(kept) == len(parts) or len(kept) < 2:
        return False
    return abs(sum(p.value for p in kept) - total) <= TOLERANCE


def _qualified_sums(report: Report) -> list[Finding]:
    """A total of one qualifier against its parts stated without one, for one subject under one
    heading (data/rules.json qualified_sums): "tiếp nhận mới 29.240 hồ sơ" = online + in person,
    whatever was carried over."""
    findings = []
    groups = _groups(checkable(report.facts), by_section=True)
    for (subject, qualifier, where), have in groups.items():
        for rule in RULES.get("qualified_sums", []):
            total = have.get(rule["total"])
            if qualifier != rule["total_qualifier"] or total is None:
                continue
            plain = groups.get((subject, None, where), {})
            parts = _parts(rule, plain)
            if len(parts) < 2 or not _required_present(rule, plain):
                continue
            s = sum(p.value for p in parts)
            if abs(s - total.value) <= TOLERANCE:
                continue
            doubled = (have.get("_twice", set()) & {rule["total"]}) | (plain.get("_twice", set()) & {p.indicator for p in parts})
            msg = message("sum_mismatch", total_label=label(total), total=vn(total.value),
                          parts=" + ".join(f"{vn(p.value)}" for p in parts), sum=vn(s))
            findings.append(make("sum_mismatch", "info" if doubled else across_blocks([total] + parts, "error"), msg,
                                 [total] + parts, stated=total.value, expected=s))
    return findings


def exhaustive(rule: dict, parts: list[Fact]) -> bool:
    """Whether the parts hold one of the rule's sets that cover every dossier of its total (data:
    rules.json sums 'exhaustive': early + on time + late are every resolved dossier, CONTRACT §5).

    >>> from docparse.models import Evidence, Subject
    >>> mk = lambda ind: Fact(id=ind, kind="count", indicator=ind, value=1, subject=Subject(level="city"),
    ...                       evidence=Evidence(page=1, line=1, text=""))
    >>> rule = {"exhaustive": [["resolved_early", "resolved_on_time", "resolved_late"]]}
    >>> exhaustive(rule, [mk("resolved_early"), mk("resolved_on_time"), mk("resolved_late")])
    True
    >>> exhaustive(rule, [mk("resolved_early"), mk("resolved_late")]), exhaustive({}, [mk("resolved_late")])
    (False, False)
    """
    have = {p.indicator for p in parts}
    return any(set(s) <= have for s in rule.get("exhaustive", ()))


def part_exceeds(total: float, part: float) -> bool:
    """A lone part stated larger than its total (a bound the figures break as written; the check's
    info finding and the typo search's bound identity, identities._sum_identities).

    >>> part_exceeds(3927, 38850), part_exceeds(39207, 38850)
    (True, False)
    """
    return part > total + TOLERANCE


def sibling_total(total: Fact, parts: list[Fact]) -> bool:
    """Whether the "total" is an item of a list after its parts rather than the statement the list
    breaks down ("Tổng hồ sơ: 3.472 (chuyển sang: 176; nộp qua mạng: 1.621; nộp tại Bộ phận Một
    cửa: 1.675)": 1.675 read as a total would be the last sibling of 176 and 1.621): a list opens
    with its total, so a listed total stated after every one of its parts, none of which names it
    as its own, cannot be told from one more part, and its sum is no warning.

    >>> from docparse.models import Evidence, Subject
    >>> mk = lambda i, s: Fact(id=i, kind="count", indicator="x", subject=Subject(level="self"),
    ...                        evidence=Evidence(page=1, line=1, start=s), listed=True)
    >>> t, a, b = mk("t", 50), mk("a", 10), mk("b", 30)
    >>> sibling_total(t, [a, b]), sibling_total(mk("u", 5), [a, b])
    (True, False)
    >>> a._part_of = "t"
    >>> sibling_total(t, [a, b])
    False
    """
    def at(f):
        return (f.evidence.page or 0, f.evidence.line or 0, f.evidence.start or 0)
    return total.listed and not any(p._part_of == total.id for p in parts) and \
        all(at(p) < at(total) for p in parts)


def check_sums(report: Report) -> list[Finding]:
    findings = []
    for (_, _, _), have in _groups(checkable(report.facts), by_section=True).items():
        for rule in RULES["sums"]:
            total = have.get(rule["total"])
            if total is None:
                continue
            parts = _parts(rule, have)
            if len(parts) == 1 and part_exceeds(total.value, parts[0].value) and not have.get("_twice"):
                # "Trong số 3.927 hồ sơ đã giải quyết, có 38.850 hồ sơ đúng hạn": a lone part larger than
                # its total (info: which of the two slipped, or whether they count one group, is unsure)
                msg = message("sum_mismatch", total_label=label(total), total=vn(total.value),
                              parts=vn(parts[0].value), sum=vn(parts[0].value))
                findings.append(make("sum_mismatch", "info", msg, [total] + parts, stated=total.value,
                                     expected=parts[0].value))
            if len(parts) < 2:
                continue
            s = sum(p.value for p in parts)
            doubled = have.get("_twice", set()) & ({rule["total"]} | {p.indicator for p in parts})
            if abs(s - total.value) <= TOLERANCE or holds_with_apart(total.value, parts, rule.get("apart", ())):
                continue
            if s < total.value and not _required_present(rule, have):
                continue  # a part the report does not list may hold the difference
            optional_missing = [p for p in rule["parts"] if p not in have and not any(
                p == r or (isinstance(r, list) and p in r) for r in rule["required"])]
            severity = "error"
            if doubled:
                severity = "info"  # a part (or the total) stated twice here: which one adds up cannot be told
            if sibling_total(total, parts):
                severity = "info"
            if s < total.value and optional_missing:
                # an optional part the report leaves out (by post) may hold the difference: what cannot be
                # told stays info (precision first) — unless the total's own words call its list complete
                # ("Tổng số hồ sơ tiếp nhận: 46.215 hồ sơ, gồm:" and every part an item of it): then the
                # list the text gives as whole does not add up: a warning
                listed = all(p._part_of == total.id for p in parts)
                complete = listed and (all(p._part_complete for p in parts) or exhaustive(rule, parts))
                severity = "warning" if complete and severity == "error" else "info"
            msg = message("sum_mismatch", total_label=label(total), total=vn(total.value),
                          parts=" + ".join(f"{vn(p.value)}" for p in parts), sum=vn(s))
            # the parts items of the list the total's own statement opens, or all in its sentence's block:
            # one statement, so the sum holds whoever's figures they are (a subject inherited from a
            # heading or a topic sentence)
            structural = all(p._part_of == total.id for p in parts)
            findings.append(make("sum_mismatch", breakdown(total, parts, severity), msg, [total] + parts,
                                 stated=total.value, expected=s, needs_explicit=not structural,
                                 topic_ok=same_block([total] + parts)))
    findings += _qualified_sums(report)
    findings += _level_sums(report)
    findings += _field_sums(report)
    findings += _closed_unit_lists(report)
    return findings


def _closed_unit_lists(report: Report) -> list[Finding]:
    """A list of units closed by a total line ("1. Huyện A: 611" … "Tổng cộng cấp huyện: 13308")
    that does not add up to it (info: the units' measure is the list's heading's, inherited)."""
    from .identities import unit_lists

    findings = []
    for _, units, closing, _ in unit_lists(checkable(report.facts)):
        if closing is None:
            continue
        s = sum(u.value for u in units)
        if abs(s - closing.value) <= TOLERANCE:
            continue
        msg = message("sum_mismatch", total_label=label(closing), total=vn(closing.value),
                      parts=" + ".join(vn(u.value) for u in units), sum=vn(s))
        findings.append(make("sum_mismatch", "info", msg, [closing] + units, stated=closing.value, expected=s))
    return findings


_FIELD_PREFIX = [fold(w) + " " for w in load("clauses")["field_words"]]
_FIELD_REST = [fold(w) for w in RULES["field_remainder_words"]]


def field_rest(scope: Optional[str]) -> bool:
    """A field scope that names the rest of the fields ("lĩnh vực khác"; rules.json field_remainder_words).

    >>> field_rest("lĩnh vực khác"), field_rest("lĩnh vực đất đai")
    (True, False)
    """
    n = fold(scope or "")
    return any(n.endswith(" " + w) for w in _FIELD_REST)


def _whose(f: Fact) -> tuple:
    return (f.indicator, f.qualifier, f.subject.level, f.subject.name)


def field_lists(facts: list[Fact]) -> list[tuple]:
    """The counts broken down by field ("Chia theo lĩnh vực:" / "- Hộ tịch: 412 hồ sơ;" …, scope
    'lĩnh vực …'): (the whole stated before the fields or None, the fields, the total line right after
    them or None, complete) for each run of two fields or more of one count, each field named once.
    Complete: the last field is the rest ("Lĩnh vực khác") or a total line closes the list ("Cộng:
    1.362 hồ sơ"); else the fields may leave some out ("tập trung ở lĩnh vực đất đai (245 hồ sơ)").

    >>> from docparse.models import Evidence, Subject
    >>> mk = lambda i, v, scope, b: Fact(id=i, kind="count", indicator="resolved_total", value=v, block=b,
    ...                                   subject=Subject(level="city", scope=scope), evidence=Evidence(page=1, line=b))
    >>> fs = [mk("w", 900, None, 1), mk("a", 412, "lĩnh vực hộ tịch", 2), mk("b", 400, "lĩnh vực đất đai", 3),
    ...       mk("c", 66, "lĩnh vực khác", 4)]
    >>> [(w.id, [i.id for i in items], closing, complete) for w, items, closing, complete in field_lists(fs)]
    [('w', ['a', 'b', 'c'], None, True)]
    >>> [(w.id, closing.id, complete) for w, _, closing, complete in field_lists(fs[:3] + [mk("t", 812, None, 4)])]
    [('w', 't', True)]
    >>> [complete for _, _, _, complete in field_lists(fs[:3])]  # the fields may leave some out
    [False]
    """
    facts = [f for f in facts if f.kind == "count" and f.value is not None and f.indicator != "other"
             and f.modifier is None]
    out = []
    k = 0
    while k < len(facts):
        f = facts[k]
        if not any(fold(f.subject.scope or "").startswith(p) for p in _FIELD_PREFIX):
            k += 1
            continue
        j = k
        while j < len(facts) and _whose(facts[j]) == _whose(f) and facts[j].subject.scope:
            j += 1
        items = facts[k:j]
        before = facts[:k]
        k = max(j, k + 1)
        scopes = [fold(i.subject.scope) for i in items]
        if len(items) < 2 or len(set(scopes)) != len(scopes):
            continue
        wholes = [w for w in before if _whose(w) == _whose(f) and not w.subject.scope]
        after = facts[j] if j < len(facts) else None
        closing = after if after is not None and not after.subject.scope and _whose(after) == _whose(f) \
            and after.block == items[-1].block + 1 else None
        complete = closing is not None or (field_rest(items[-1].subject.scope)
                                           and not any(field_rest(i.subject.scope) for i in items[:-1]))
        out.append((wholes[-1] if wholes else None, items, closing, complete))
    return out


def _field_sums(report: Report) -> list[Finding]:
    """A complete list of fields against the whole before it and the total line closing it (info:
    which fields a list counts is read from its layout)."""
    findings = []
    for whole, items, closing, complete in field_lists(checkable(report.facts)):
        if not complete:
            continue
        s = sum(i.value for i in items)
        for total in [t for t in (whole, closing) if t is not None]:
            if abs(s - total.value) <= TOLERANCE:
                continue
            msg = message("sum_mismatch", total_label=label(total), total=vn(total.value),
                          parts=" + ".join(vn(i.value) for i in items), sum=vn(s))
            findings.append(make("sum_mismatch", "info", msg, [total] + items, stated=total.value, expected=s))
    return findings


def _partition(issued_on) -> list[str]:
    """The levels whose figures make the whole province's, by the list in force on the document's
    date (data/rules.json ``level_partitions``).

    >>> _partition("2024-06-30")
    ['departments', 'districts', 'communes']
    >>> _partition("2025-09-01")
    ['departments', 'communes']
    """
    from ..normalize.gazetteer_dated import in_force

    try:
        era = in_force(issued_on)
    except ValueError:
        era = "current"
    return RULES["level_partitions"][era]


def _group_sums(report: Report, by_key: dict, names: dict) -> list[Finding]:
    """A group of levels named as one subject ("bộ phận một cửa cấp huyện và cấp xã đã tiếp nhận mới
    19.630 hồ sơ, trong đó cấp huyện 8.412 hồ sơ, cấp xã 11.128 hồ sơ"; recognize/scope.group_levels)
    against the figures of each of its levels, same measure, qualifier and part of the report."""
    from ..recognize.scope import group_levels

    findings = []
    for f in checkable(report.facts):
        joined = group_levels(f.subject.scope) if f.subject.level == "city" and f.kind == "count" else []
        levels = by_key.get((f.kind, f.indicator, f.qualifier, roman(f)), {})
        if len(joined) < 2 or f.value is None or not all(k in levels for k in joined):
            continue
        parts = [levels[k] for k in joined]
        if abs(f.value - sum(p.value for p in parts)) <= TOLERANCE:
            continue
        shown = " + ".join(f"{names[k]} ({vn(p.value)})" for k, p in zip(joined, parts))
        msg = message("sum_mismatch_group", label=label(f), scope=" và ".join(names[k] for k in joined), total=vn(f.value),
                      parts=shown, sum=vn(sum(p.value for p in parts)))
        findings.append(make("sum_mismatch", across_blocks([f] + parts, "error"), msg, [f] + parts,
                             stated=f.value, expected=sum(p.value for p in parts)))
    return findings


def _level_sums(report: Report, across_tables: bool = False) -> list[Finding]:
    """City = the sum of its levels (provincial bodies, districts before July 2025, communes), for
    counts and for the x and y of rates; only when every level of the partition is stated.
    ``across_tables``: over the prose and the table cells together, only the sums that hold a cell
    (a prose province figure over a table of its levels, "Cấp | Tiếp nhận | …"; the prose-only ones
    are checked without it)."""
    findings = []
    levels_in = _partition(report.document.issued_on)
    if any(f.subject.level == "districts" for f in report.facts):
        levels_in = RULES["level_partitions"]["legacy"]  # an undated report that names a district level
    names = {**MESSAGES["levels"], **(MESSAGES["levels_legacy"] if "districts" in levels_in else {})}
    by_key: dict = defaultdict(dict)
    for f in checkable(report.facts):
        if f.subject.level in ["city"] + levels_in and f.kind in ("rate", "count") \
                and f.indicator != "other" and not f.subject.scope:
            by_key[(f.kind, f.indicator, f.qualifier, roman(f))].setdefault(f.subject.level, f)
    if not across_tables:  # (the groups' sums are prose's: checked once)
        findings += _group_sums(report, by_key, names)
    for (kind, _, _, _), levels in by_key.items():
        if not all(k in levels for k in ["city"] + levels_in):
            continue
        city, parts = levels["city"], [levels[k] for k in levels_in]
        fields = ["value"] if kind == "count" else ["numerator", "denominator"]
        for field in fields:
            total, values = getattr(city, field), [getattr(x, field) for x in parts]
            if total is None or None in values or abs(total - sum(values)) <= TOLERANCE:
                continue
            what = label(city) + ("" if field == "value" else (" (tử số)" if field == "numerator" else " (mẫu số)"))
            shown = " + ".join(f"{names[k]} ({vn(v)})" for k, v in zip(levels_in, values))
            msg = message("sum_mismatch_levels", label=what, scope="thành phố/tỉnh", total=vn(total),
                          parts=shown, sum=vn(sum(values)))
            if across_tables and all(x.evidence.table is None for x in [city] + parts):
                continue
            # (the levels breaking the province's figure down by structure — a level lead, a sentence
            # pointing back to it: Fact._part_of — hold across lines as in one block)
            # (prose against a table's levels: which statement slipped, or whether they count alike, is untold)
            severity = "info" if across_tables else breakdown(city, parts, "error")
            findings.append(make("sum_mismatch", severity, msg, [city] + parts,
                                 stated=total, expected=sum(values)))
    return findings


def _term(have: dict, indicator: str):
    """A stated count, or a total derived from its complete parts (pending = in time + late)."""
    if indicator in have:
        return have[indicator].value, [have[indicator]]
    for rule in RULES["sums"]:
        if rule["total"] == indicator and _required_present(rule, have):
            parts = _parts(rule, have)
            return sum(p.value for p in parts), parts
    return None, []


def _carried_inside(have: dict) -> bool:
    """Whether the received total's own stated parts already hold the carried-over dossiers
    (online + in person + carried over = received): then they are not beside it."""
    parts = [have.get(i) for i in ("received_online", "received_offline", "received_carried_over")]
    total = have.get("received_total")
    return total is not None and None not in parts and abs(sum(p.value for p in parts) - total.value) <= TOLERANCE


def broken_balances(have: dict, apart: bool = True):
    """(rule, left total, right values, right total, facts used) for each stock-flow identity of
    data/rules.json that the counts in ``have`` state fully and that does not hold. ``apart``: prose
    may state the carried-over dossiers beside the received total (rules.json left_apart); a table's
    total column holds them (Biểu 06), so tables pass False."""
    for rule in RULES["balances"]:
        left = [_term(have, i) for i in rule["left"]]
        right = [_term(have, i) for i in rule["right"]]
        if any(v is None for v, _ in left + right):
            continue
        lv, rv = sum(v for v, _ in left), sum(v for v, _ in right)
        beside = [have[i] for i in rule.get("left_apart", ()) if i in have and all(t in have for t in rule["left"])] \
            if apart and not _carried_inside(have) else []
        if beside and abs(lv + sum(f.value for f in beside) - rv) <= TOLERANCE:
            continue  # the carried-over dossiers stated beside the received total, not inside it
        if abs(lv - rv) > TOLERANCE:
            yield rule, lv, [v for v, _ in right], rv, [f for _, fs in left + right for f in fs]


def check_balances(report: Report) -> list[Finding]:
    findings = []
    for _, have in _groups(checkable(report.facts), by_section=False).items():
        for rule, lv, right, rv, facts in broken_balances(have):
            doubled = bool(have.get("_twice", set()) & {f.indicator for f in facts})
            msg = message("balance_mismatch", left_label=rule["label_left"], left=vn(lv),
                          right_label=rule["label_right"],
                          right_desc=" + ".join(vn(v) for v in right), right=vn(rv))
            findings.append(make("balance_mismatch", "info" if doubled else within_part(facts, "error"), msg,
                                 facts, stated=lv,
                                 expected=rv))
    return findings
