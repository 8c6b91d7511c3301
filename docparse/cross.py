"""Checks across the current documents of an archive (superseded versions left out), run after a
batch whenever the set of current documents changed since the findings were last committed.

- `cross_document_mismatch`: the same indicator, subject, qualifier and period stated with different
  values in two documents (a weekly notice against the quarterly report that restates it).
- `cross_sum_mismatch`: a city's figure for its communes against the communes' own reports of the
  same period: when every commune of the province has reported, the sum must equal it; when only
  some have, their sum cannot exceed it.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import chain

from sqlalchemy import case, delete, func, insert, select

from .normalize.numbers import format_vn
from .normalize.units import gazetteer
from .store import cross_findings, current_set, documents, facts, kill_point, set_state

SUMMED = ["received_total", "received_online", "received_offline", "resolved_total", "resolved_late",
          "pending_total"]


def _base(*columns):
    return select(*columns).select_from(facts.join(documents, documents.c.sha256 == facts.c.sha256)).where(
        documents.c.status == "ok", documents.c.current.is_(True), facts.c.value.is_not(None), facts.c.kind.in_(["rate", "count"]),
        facts.c.indicator != "other", documents.c.period_end.is_not(None))


def _subject_name():
    return case((facts.c.subject_level == "unit", facts.c.subject_name),
                (facts.c.subject_level == "self", documents.c.own_unit), else_=documents.c.province)


def _group_columns():
    return [facts.c.kind, facts.c.indicator, facts.c.subject_level, _subject_name().label("subject"),
            facts.c.qualifier, documents.c.period_start, documents.c.period_end]


def _repeated(conn):
    """Groups stated with more than one value by more than one document: one pass over the rows
    sorted by group (the database sorts; the state kept is one group's rows); yields findings."""
    cols = _group_columns()
    q = _base(*cols, facts.c.sha256, facts.c.fact_id, facts.c.value, facts.c.uncertain, documents.c.path) \
        .order_by(*cols, documents.c.path, facts.c.page, facts.c.line)
    key, rows = None, []
    for r in conn.execute(q.execution_options(stream_results=True, yield_per=5000)):
        k = tuple(r[:7])
        if k != key:
            if rows:
                yield from _group_mismatches(key, rows)
            key, rows = k, []
        rows.append(r._mapping)
    if rows:
        yield from _group_mismatches(key, rows)


def _group_mismatches(g, rows) -> list[dict]:
    """One group's rows (in path, page, line order): each document's first statement against the
    next document's, when they differ."""
    if len({r["value"] for r in rows}) < 2:
        return []
    first: dict = {}
    for r in rows:
        first.setdefault(r["sha256"], r)
    docs = list(first.values())
    return [_mismatch(g, a, b) for a, b in zip(docs, docs[1:]) if abs(a["value"] - b["value"]) > 1e-9]


def _mismatch(g, a, b) -> dict:
    kind, indicator, level, name, _, start, end = g
    fmt = lambda v: format_vn(v, 2 if v % 1 else 0)  # noqa: E731
    return dict(code="cross_document_mismatch",
                severity="warning" if (a["uncertain"] or b["uncertain"]) else "error",
                message=(f"{indicator} ({level} {name or ''}, {start}–{end}) là {fmt(a['value'])} trong "
                         f"{a['path']} nhưng {fmt(b['value'])} trong {b['path']}"),
                sha256_a=a["sha256"], fact_a=a["fact_id"], sha256_b=b["sha256"], fact_b=b["fact_id"],
                stated=b["value"], expected=a["value"])


def _sums(conn) -> list[dict]:
    """City figures for their communes against the communes' own reports, streamed: the state kept
    is one number per commune and period."""
    cols = (facts.c.sha256, facts.c.fact_id, facts.c.indicator, facts.c.subject_level, facts.c.value,
            documents.c.period_start, documents.c.period_end, documents.c.province, documents.c.own_unit,
            documents.c.path)
    q = _base(*cols).where(facts.c.kind == "count", facts.c.indicator.in_(SUMMED), facts.c.qualifier.is_(None),
                           facts.c.subject_level.in_(["communes", "self"])).order_by(
        facts.c.sha256, facts.c.page, facts.c.line)
    city = defaultdict(dict)
    parts = defaultdict(dict)
    for r in conn.execute(q.execution_options(stream_results=True, yield_per=2000)).mappings():
        key = (r["indicator"], r["period_start"], r["period_end"], r["province"])
        if r["subject_level"] == "communes":
            city[key].setdefault(r["sha256"], dict(r))
        elif r["own_unit"]:
            parts[key].setdefault(r["own_unit"], r["value"])
    out = []
    for key, totals in city.items():
        units = parts.get(key)
        if not units:
            continue
        s = sum(units.values())
        for total in totals.values():
            out += _sum_finding(key, total, units, s)
    return out


def _sum_finding(key, total, units, s) -> list[dict]:
    """A city figure against the sum of the communes' own reports (complete: equal; partial: not above)."""
    known = len(gazetteer().communes_of(key[3])) if key[3] else 0
    complete = bool(known) and len(units) >= known
    if not ((complete and abs(s - total["value"]) > 1e-9) or s > total["value"] + 1e-9):
        return []
    scope = "tất cả" if complete else f"{len(units)}"
    return [dict(code="cross_sum_mismatch", severity="error",
                 message=(f"{key[0]} của các xã, phường, đặc khu ({key[1]}–{key[2]}) là "
                          f"{format_vn(total['value'])} trong {total['path']} nhưng báo cáo của {scope} "
                          f"đơn vị cấp xã cộng lại = {format_vn(s)}"),
                 sha256_a=total["sha256"], fact_a=total["fact_id"], sha256_b=None, fact_b=None,
                 stated=total["value"], expected=s)]


def run_cross_checks(engine, version=None, key: str = "cross_set") -> Counter:
    """Recompute the cross-document findings of the whole store; return their counts by code.

    One transaction, the write lock taken first: the findings are written as they are found (the
    memory kept does not grow with their number) and, with ``version``, committed together with
    the run marker (store.current_set, the fingerprint of the current documents they were computed
    from) under ``key``. A run killed before the commit leaves the previous findings and marker."""
    counts: Counter = Counter()
    with engine.connect() as conn, conn.begin():
        conn.execute(delete(cross_findings))  # takes the write lock before anything is read
        chunk: list[dict] = []
        for finding in chain(_repeated(conn), _sums(conn)):
            counts[finding["code"]] += 1
            chunk.append(finding)
            if len(chunk) >= 1000:
                conn.execute(insert(cross_findings), chunk)
                chunk = []
        if chunk:
            conn.execute(insert(cross_findings), chunk)
        kill_point("cross-computed")
        if version is not None:
            set_state(conn, key, current_set(conn, version))
        kill_point("cross-written")
    return counts


def stored_cross_counts(engine) -> Counter:
    with engine.connect() as conn:
        rows = conn.execute(select(cross_findings.c.code, func.count()).group_by(cross_findings.c.code)).all()
    return Counter(dict(rows))
