"""Checks over statistics tables (issue 12), precision first: every cell is named by its own row
and column, so an identity that fails among cells read exactly is an error; a rate whose
denominator the table leaves to a convention is at most a warning.

- each row: the Biểu 06 sums and the balance (data/rules.json, the same identities as prose);
- each rate cell against its row's counts by the official conventions (checks/ratios.py);
- the total row against the column sums, each group row against its units;
- each row's 766 total against its components;
- a figure of the prose against the same indicator and subject in a table.
"""
from __future__ import annotations

from collections import defaultdict

from ..data import load
from ..models import Fact, Finding, Report
from ..normalize.numbers import percent, round_half_up
from ..normalize.text import fold
from .common import _NAMES, label, make, message, subject_key, subject_text, vn
from .ratios import agrees, conventions
from .sums import RULES, _parts, _required_present, broken_balances

TOLERANCE = 1e-6
_766_PARTS = ["index_766_publicity", "index_766_progress", "index_766_online_service",
              "index_766_online_payment", "index_766_satisfaction", "index_766_digitization"]


def _row_facts(report: Report) -> dict:
    """The facts of one subject in one table, in reading order: a row's cells (units in rows), or a
    column's (indicators in rows, key ``(table, ("column", c))``; a rate column's cells with the
    figures column left of it they are the shares of, "Kết quả" | "Tỷ lệ (%)")."""
    from ..tables.interpret import base_column

    rows: dict = defaultdict(list)
    for f in report.facts:
        if f.evidence.table is not None and f.modifier is None:
            t = f.evidence.table
            if report.tables[t].layout == "indicators_in_rows":
                columns = report.tables[t].columns
                c = f.evidence.column
                column = next((x for x in columns if x.index == c), None)
                base = base_column(columns, columns.index(column)) if column is not None and column.kind == "rate" else None
                rows[(t, ("column", base.index if base is not None else c))].append(f)
            else:
                rows[(t, f.evidence.row)].append(f)
    return rows


def _label_of(report: Report, table: int, row) -> str:
    if isinstance(row, tuple):
        column = next((c for c in report.tables[table].columns if c.index == row[1]), None)
        return " / ".join(column.path) if column and column.path else str(row[1])
    for r in report.tables[table].rows:
        if r.index == row:
            return r.label
    return str(row)


def _have(facts: list[Fact], kind: str = "count") -> dict:
    have: dict = {}
    for f in facts:
        if f.kind != kind:
            continue
        if f.indicator in have and have[f.indicator].value != f.value:
            have.setdefault("_twice", set()).add(f.indicator)
        have.setdefault(f.indicator, f)
    return have


def check(report: Report) -> list[Finding]:
    """One wrong cell breaks several identities (its row's sum, its column's sum, the balance, the
    rate beside it); it is told once as error or warning, where it is, and the identities it breaks
    on the way are info: a balance in a row whose sums fail, a column sum whose member row fails, a
    rate whose counts are in a failing identity."""
    findings: list[Finding] = []
    rows = _row_facts(report)
    failing: set[str] = set()  # ids of facts in a failing row identity
    failing_rows: set = set()
    sums = {}
    columns: dict = defaultdict(set)  # the indicators each table has a column of
    for (t, r), facts in rows.items():
        columns[t].update(f.indicator for f in facts)
    for (t, r), facts in rows.items():
        name = _label_of(report, t, r)
        sums[(t, r)] = _row_sums(facts, t + 1, name, columns[t])
        for f in sums[(t, r)]:
            failing.update(f.facts)
            failing_rows.add((t, r))
    for (t, r), facts in rows.items():
        name = _label_of(report, t, r)
        findings += sums[(t, r)]
        for f in _row_balance(facts, t + 1, name):
            if (t, r) in failing_rows:
                f.severity = "info"
            else:
                failing.update(f.facts)
                failing_rows.add((t, r))
            findings.append(f)
    heads: set[str] = set()
    for table in report.tables:
        if table.layout != "units_in_rows":
            continue
        for f, head, member_rows in _columns(report, table, rows):
            if any((table.index, m) in failing_rows for m in member_rows):
                f.severity = "info"  # a member row that fails its own identity holds the wrong cell
            else:
                heads.add(head)
            findings.append(f)
    for (t, r), facts in rows.items():
        name = _label_of(report, t, r)
        for f in _row_rates(facts, t + 1, name):
            if any(fid in failing or fid in heads for fid in f.facts[1:]):
                f.severity = "info"
            findings.append(f)
        findings += _row_scores(facts, t + 1, name)
    findings += _prose_vs_table(report)
    return findings


def _row_sums(facts, t, name, columns=frozenset()) -> list[Finding]:
    """A row's total against its parts. A part whose column the table has but whose cell in this row
    states no figure ("...", "x", blank) may hold the difference: a short sum is then only info.

    >>> from docparse.models import Evidence, Fact, Subject
    >>> mk = lambda i, v: Fact(id=i, kind="count", indicator=i, value=v, subject=Subject(level="city"),
    ...                        evidence=Evidence(page=1, line=1, text="", table=0, row=1))
    >>> row = [mk("received_total", 4728), mk("received_online", 3917), mk("received_offline", 732)]
    >>> [f.severity for f in _row_sums(row, 1, "Quốc tịch")]
    ['error']
    >>> [f.severity for f in _row_sums(row, 1, "Quốc tịch", {"received_carried_over"})]
    ['info']
    """
    out = []
    have = _have(facts)
    for rule in RULES["sums"]:
        total = have.get(rule["total"])
        if total is None or rule["total"] in have.get("_twice", ()):
            continue
        parts = _parts(rule, have)
        if len(parts) < 2 or not _required_present(rule, have) or have.get("_twice", set()) & {p.indicator for p in parts}:
            continue
        s = sum(p.value for p in parts)
        if abs(s - total.value) <= TOLERANCE:
            continue
        # a table whose total leaves out the dossiers carried over ("Tổng số" of the period) holds too
        core = [p for p in parts if p.indicator not in ("received_carried_over",)]
        if len(core) < len(parts) and abs(sum(p.value for p in core) - total.value) <= TOLERANCE:
            continue
        unstated = [p for p in rule["parts"] if p in columns and p not in have]
        msg = message("table_row_sum", table=t, row=name, total_label=label(total), total=vn(total.value),
                      parts=" + ".join(vn(p.value) for p in parts), sum=vn(s))
        if s < total.value and unstated:
            msg = f"{msg} ({message('note_part_unstated', parts=', '.join(_NAMES.get(p, p) for p in unstated))})"
            out.append(make("sum_mismatch", "info", msg, [total] + parts, stated=total.value, evidence=total.evidence))
            continue
        out.append(make("sum_mismatch", "error", msg, [total] + parts, stated=total.value, expected=s,
                        evidence=total.evidence))
    return out


def _row_balance(facts, t, name) -> list[Finding]:
    out = []
    have = _have(facts)
    if have.get("_twice"):
        return out
    for rule, lv, right, rv, used in broken_balances(have, apart=False):
        msg = message("table_row_balance", table=t, row=name, left_label=rule["label_left"], left=vn(lv),
                      right_label=rule["label_right"], right_desc=" + ".join(vn(v) for v in right), right=vn(rv))
        out.append(make("balance_mismatch", "error", msg, used, stated=lv, expected=rv, evidence=used[0].evidence))
    return out


_RATE_PARTS = {k: v for k, v in load("indicators")["rate_parts"].items() if not k.startswith("_")}


def _row_parts(rate: Fact, facts) -> list[tuple[str, float, float]]:
    """A rate no official convention computes (feedback_handled) taken over the x/y the table reader
    linked from its row's counts (tables/interpret.rate_from_parts: rate_parts, the base its header
    names; when it names none, the other bases rate_parts names, stated in the row, as well):
    [(what over what, x, y)], else [].

    >>> from docparse.models import Evidence, Subject
    >>> mk = lambda ind, v, **kw: Fact(id=ind, kind="count", indicator=ind, value=v, subject=Subject(level="city"),
    ...                                evidence=Evidence(page=1, line=1), **kw)
    >>> rate = Fact(id="r", kind="rate", indicator="feedback_handled", value=90.0, numerator=22, denominator=20,
    ...             denominator_source="row", subject=Subject(level="city"), evidence=Evidence(page=1, line=1))
    >>> [(n, d) for _, n, d in _row_parts(rate, [mk("feedback_resolved", 22), mk("feedback_new", 20)])]
    [(22.0, 20.0)]
    >>> _row_parts(rate.model_copy(update={"denominator_source": "written"}), [])
    []
    """
    if rate.numerator is None or not rate.denominator or rate.denominator_source != "row":
        return []
    counts = [c for c in facts if c.kind == "count"]
    num = next((c for c in counts if c.value == rate.numerator), None)
    den = next((c for c in counts if c.value == rate.denominator and c is not num), None)
    if num is None or den is None:
        return []
    out = [(f"{label(num)} / {label(den)}", float(rate.numerator), float(rate.denominator))]
    bases = _RATE_PARTS.get(rate.indicator, {}).get("base_words", {})
    if not any(fold(w) in fold(rate.label or "") for w in bases):
        # a header that names no base: a report may take the rate over any base its catalogue names
        # (the new feedback as well as the total), and a rate agreeing with one of them is no mistake
        for ks in (ks for alternatives in bases.values() for ks in alternatives if len(ks) == 1):
            other = next((c for c in counts if c.indicator == ks[0] and c is not num), None)
            if other is not None and other.value and other.value != rate.denominator:
                out.append((f"{label(num)} / {label(other)}", float(rate.numerator), float(other.value)))
    return out


def _row_rates(facts, t, name) -> list[Finding]:
    out = []
    counts = {(subject_key(f), f.indicator): f for f in reversed(facts) if f.kind == "count"}
    for f in facts:
        if f.kind != "rate" or f.value is None:
            continue
        tried = conventions(f, counts) or _row_parts(f, facts)
        if not tried or any(agrees(f.value, f.decimals, n, d) for _, n, d in tried if d):
            continue
        conv, n, d = tried[0]
        if not d:
            continue
        expected = round_half_up(percent(n, d), f.decimals)
        msg = message("table_rate", table=t, row=name, label=label(f), stated=vn(f.value, f.decimals),
                      convention=conv, num=vn(n), den=vn(d), expected=vn(expected, f.decimals))
        used = [c for c in facts if c.kind == "count"]  # the row's counts: the convention's terms among them
        # a resolved rate in a row that states no resolved total was tried over other bases only: untold
        base_missing = f.indicator in ("resolved_on_time", "resolved_late") and \
            not any(c.indicator == "resolved_total" for c in used)
        out.append(make("ratio_mismatch", "info" if base_missing else "warning", msg, [f] + used, stated=f.value,
                        expected=expected, convention=conv, evidence=f.evidence))
    return out


def _row_scores(facts, t, name) -> list[Finding]:
    scores = [f for f in facts if f.kind == "score" and f.value is not None]
    totals = [f for f in scores if f.indicator == "index_766_total"]
    parts = [f for f in scores if f.indicator in _766_PARTS]
    if len(totals) != 1 or len(parts) < 2 or len({p.indicator for p in parts}) != len(parts):
        return []
    total = totals[0]
    s = round(sum(p.value for p in parts), 4)
    maxima = [p.maximum for p in parts]
    complete = len(parts) == len(_766_PARTS) or (None not in maxima and total.maximum is not None
                                                  and abs(sum(maxima) - total.maximum) < 1e-6)
    tol = 10 ** -max(p.decimals for p in parts + [total]) / 2 + 1e-9
    if s > total.value + tol or (complete and abs(s - total.value) > tol):
        msg = message("table_score_sum", table=t, row=name, total=vn(total.value), sum=vn(s))
        return [make("score_sum_mismatch", "error", msg, [total] + parts, stated=total.value, expected=s,
                     evidence=total.evidence)]
    return []


def row_groups(table) -> tuple[list, list[tuple], list]:
    """(total rows, (group row, its member rows) pairs, all member rows) of a table, in order: a
    group row gathers the unit rows after it until the next group or total row; a subtotal row
    ("Cộng cấp tỉnh", ``closes``) the unit rows above it since the last group, subtotal or total."""
    order = [r for r in table.rows if r.role in ("total", "group", "unit", "other")]
    groups: list[tuple] = []
    current = None
    since: list = []  # member rows since the last boundary
    for r in order:
        if r.role == "group" and r.closes:
            groups.append((r, since))
            current, since = None, []
        elif r.role == "group":
            current = (r, [])
            groups.append(current)
            since = []
        elif r.role in ("unit", "other"):
            since.append(r)
            if current is not None:
                current[1].append(r)
        elif r.role == "total":
            current, since = None, []
    return [r for r in order if r.role == "total"], groups, [r for r in order if r.role in ("unit", "other")]


def _columns(report: Report, table, rows: dict) -> list[tuple]:
    """The total row against its groups (or its units when no group carries figures), each group
    against the units under it; counts only (a rate or a score of a total is no sum)."""
    out = []
    t = table.index
    total_rows, groups, members = row_groups(table)
    for column in table.columns:
        if column.kind != "count" or not column.indicator:
            continue

        def cell(row):
            return next((f for f in rows.get((t, row.index), []) if f.evidence.column == column.index), None)

        def compare(head, parts, what):
            facts = [cell(p) for p in parts]
            top = cell(head)
            if top is None or len(parts) < 2:
                return
            known = [f for f in facts if f is not None]
            s = sum(f.value for f in known)
            if abs(s - top.value) <= TOLERANCE:
                return
            if len(known) < len(facts) and s < top.value:
                return  # a blank cell may hold the difference
            if len(known) < 2:
                return
            msg = message("table_column_sum", table=t + 1, column=" / ".join(column.path), row=head.label,
                          total=vn(top.value), what=what, sum=vn(s))
            # a row is a group only by a level its label names (or by adding up): a roman heading
            # naming none whose figures are not its rows' sum may be no group at all
            severity = "info" if head.role == "group" and head.group_by != "level" else "error"
            out.append((make("sum_mismatch", severity, msg, [top] + known, stated=top.value, expected=s,
                             evidence=top.evidence), top.id, [p.index for p in parts]))

        for group, units in groups:
            if units:
                compare(group, units, message("table_units_of_group"))
        if len(total_rows) == 1:
            # the total against the groups (or subtotals) that carry figures and the rows none of them covers
            carrying = [(g, u) for g, u in groups if cell(g) is not None]
            if carrying:
                loose = [r for r in members if not any(r in u for _, u in carrying)]
                compare(total_rows[0], [g for g, _ in carrying] + loose, message("table_rows_of_total"))
            else:
                compare(total_rows[0], members, message("table_rows_of_total"))
    return out


_SIBLINGS = frozenset(load("rules")["sibling_parts"] + load("rules")["sibling_shares"])  # data: rules.json


def _prose_vs_table(report: Report) -> list[Finding]:
    out = []
    cells: dict = defaultdict(list)
    for f in report.facts:
        if f.evidence.table is not None and f.modifier is None and f.indicator != "other":
            cells[(f.kind, f.indicator, subject_key(f))].append(f)
    blocks: dict = defaultdict(list)  # a block's prose statements of one measure and subject
    for f in report.facts:
        if f.evidence.table is None and f.modifier is None and f.value is not None:
            blocks[(f.kind, f.indicator, subject_key(f), f.block)].append(f)
    for f in report.facts:
        if f.evidence.table is not None or f.modifier is not None or f.value is None or not f.explicit:
            continue
        if f.kind not in ("rate", "count", "score") or f.indicator == "other" or f.target:
            continue
        if f.subject.level == "unit" and not f.subject.name:
            continue
        same = cells.get((f.kind, f.indicator, subject_key(f)))
        if not same or len({c.value for c in same}) != 1:
            continue  # not in a table, or in several tables with different values (other periods?)
        cell = same[0]
        if abs(cell.value - f.value) < 1e-9:
            continue
        parts = blocks[(f.kind, f.indicator, subject_key(f), f.block)]
        if f.indicator in _SIBLINGS and len({g.value for g in parts}) > 1:
            # "nộp trực tiếp 13.897 hồ sơ; qua bưu chính công ích 422 hồ sơ" beside a table's "Trực
            # tiếp/BCCI" 14.319: the block states parts of the measure, each no restatement of it
            continue
        table = report.tables[cell.evidence.table]
        if f.qualifier and fold(f.qualifier) not in fold(table.title or ""):
            continue  # a sub-measure or another period ("tháng 01/2026") than the table's
        row = next((r.label for r in table.rows if r.index == cell.evidence.row), "")
        msg = message("table_prose", label=label(f), subject=subject_text(f), a=vn(f.value, f.decimals),
                      pa=f.evidence.page, la=f.evidence.line, table=cell.evidence.table + 1, row=row,
                      b=vn(cell.value, cell.decimals))
        severity = "info" if (f.listed or f.uncertain) else "warning"
        out.append(make("repeated_value_mismatch", severity, msg, [f, cell], stated=f.value, expected=cell.value,
                        evidence=f.evidence))
    return out
