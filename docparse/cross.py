"""Checks across the documents of an archive, run after each batch.

- `cross_document_mismatch`: the same indicator, subject, qualifier and period stated with different
  values in two documents (a weekly notice against the quarterly report that restates it).
- `cross_sum_mismatch`: a city's figure for its communes against the communes' own reports of the
  same period: when every commune of the province has reported, the sum must equal it; when only
  some have, their sum cannot exceed it.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import delete, insert, select

from .normalize.numbers import format_vn
from .normalize.units import gazetteer
from .store import cross_findings, documents, facts

SUMMED = ["received_total", "received_online", "received_offline", "resolved_total", "resolved_late",
          "pending_total"]


def _rows(conn):
    q = select(facts.c.sha256, facts.c.fact_id, facts.c.kind, facts.c.indicator, facts.c.subject_level,
               facts.c.subject_name, facts.c.qualifier, facts.c.value, facts.c.uncertain,
               documents.c.period_start, documents.c.period_end, documents.c.province, documents.c.own_unit,
               documents.c.path).join(documents, documents.c.sha256 == facts.c.sha256).where(
        documents.c.status == "ok", facts.c.value.is_not(None), facts.c.kind.in_(["rate", "count"]),
        facts.c.indicator != "other", documents.c.period_end.is_not(None))
    return conn.execute(q).mappings().all()


def _repeated(rows) -> list[dict]:
    first: dict = {}
    out = []
    for r in rows:
        name = r["subject_name"] if r["subject_level"] == "unit" else (
            r["own_unit"] if r["subject_level"] == "self" else r["province"])
        key = (r["kind"], r["indicator"], r["subject_level"], name, r["qualifier"], r["period_start"],
               r["period_end"])
        seen = first.setdefault(key, {})
        if r["sha256"] in seen:
            continue  # within one document the per-document check already speaks
        for other_sha, other in seen.items():
            if abs(other["value"] - r["value"]) > 1e-9:
                out.append(dict(
                    code="cross_document_mismatch", severity="warning" if r["uncertain"] else "error",
                    message=(f"{r['indicator']} ({r['subject_level']} {name or ''}, {r['period_start']}–"
                             f"{r['period_end']}) là {format_vn(other['value'], 2 if other['value'] % 1 else 0)} "
                             f"trong {other['path']} nhưng {format_vn(r['value'], 2 if r['value'] % 1 else 0)} "
                             f"trong {r['path']}"),
                    sha256_a=other_sha, fact_a=other["fact_id"], sha256_b=r["sha256"], fact_b=r["fact_id"],
                    stated=r["value"], expected=other["value"]))
                break
        seen[r["sha256"]] = r
    return out


def _sums(rows) -> list[dict]:
    city = defaultdict(dict)  # key -> {document: fact}
    parts = defaultdict(dict)
    for r in rows:
        if r["kind"] != "count" or r["indicator"] not in SUMMED or r["qualifier"]:
            continue
        period = (r["period_start"], r["period_end"], r["province"])
        if r["subject_level"] == "communes":
            city[(r["indicator"], *period)].setdefault(r["sha256"], r)
        elif r["subject_level"] == "self" and r["own_unit"]:
            parts[(r["indicator"], *period)].setdefault(r["own_unit"], r)
    out = []
    for key, totals in city.items():
        units = parts.get(key)
        if not units:
            continue
        s = sum(u["value"] for u in units.values())
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


def run_cross_checks(engine) -> Counter:
    """Recompute the cross-document findings of the whole store; return their counts by code."""
    with engine.connect() as conn:
        rows = _rows(conn)
    found = _repeated(rows) + _sums(rows)
    with engine.begin() as conn:
        conn.execute(delete(cross_findings))
        if found:
            conn.execute(insert(cross_findings), found)
    return Counter(f["code"] for f in found)
