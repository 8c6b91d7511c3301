"""Table-report model shared by tests/blind_tables/build.py and tests/real_tables/build.py.

Written without reading docparse: the truth is derived from the numbers put in the
documents, following shared/spec/CONTRACT.md and tests/TRUTH_FORMAT.md.

A table is a list of leaf columns (each with its header path and a key naming what it
holds) and a list of rows (STT, row header text, subject, kind, values by key). The same
model is rendered to every format, turned into truth facts, and checked by `check_table`
with the contract's identities, so a clean document is proved clean and a planted slip
is proved to cause exactly the inconsistencies listed in the truth.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

# key -> (kind, indicator)
INDICATORS = {
    "received_total": ("count", "received_total"),
    "received_carried_over": ("count", "received_carried_over"),
    "received_online": ("count", "received_online"),
    "received_offline": ("count", "received_offline"),
    "resolved_total": ("count", "resolved_total"),
    "resolved_early": ("count", "resolved_early"),
    "resolved_on_time": ("count", "resolved_on_time"),
    "resolved_in_time": ("count", "resolved_in_time"),
    "resolved_late": ("count", "resolved_late"),
    "pending_total": ("count", "pending_total"),
    "pending_on_time": ("count", "pending_on_time"),
    "pending_late": ("count", "pending_late"),
    "rate_online": ("rate", "online_submission"),
    "rate_ontime": ("rate", "resolved_on_time"),
    "rate_late": ("rate", "resolved_late"),
    "rate_payment": ("rate", "online_payment"),
    "rate_digitization": ("rate", "digitization"),
    "rate_full_online": ("rate", "full_online"),
    "s_pub": ("score", "index_766_publicity"),
    "s_prog": ("score", "index_766_progress"),
    "s_online": ("score", "index_766_online_service"),
    "s_pay": ("score", "index_766_online_payment"),
    "s_sat": ("score", "index_766_satisfaction"),
    "s_dig": ("score", "index_766_digitization"),
    "s_total": ("score", "index_766_total"),
    "rank": ("rank", "index_766_rank"),
    # used by tests/real_tables
    "rate_early_share": ("rate", "other"),      # early / resolved (a portal's 'Trước hạn %')
    "rate_ontime_share": ("rate", "other"),     # on time (narrow) / resolved ('Đúng hạn %')
    "rate_late_all": ("rate", "resolved_late"),  # (late pending + late resolved) / all to handle (Gia Lai portal)
    "rate_ontime_all": ("rate", "resolved_on_time"),  # 100% - the above (766 progress convention)
    "procedures_total": ("count", "procedures_total"),
    "procedures_partial_online": ("count", "procedures_partial_online"),
    "procedures_full_online": ("count", "procedures_full_online"),
    "rate_proc_level": ("rate", "other"),       # procedures offered at a service level / all procedures
}
SCORE_PARTS = ["s_pub", "s_prog", "s_online", "s_pay", "s_sat", "s_dig"]
SCORE_MAX = {"s_pub": 18, "s_prog": 20, "s_online": 12, "s_pay": 10, "s_sat": 18, "s_dig": 22, "s_total": 100}

NA = "x"        # not applicable: no fact
NODATA = "..."  # no data: no fact
BLANK = ""      # blank: no fact


@dataclass
class Col:
    path: tuple          # header labels, level 1 first
    key: str             # 'stt', 'name', an INDICATORS key, or 'text' (a non-figure column)
    decimals: int = 0    # for rates and scores

    @property
    def is_fact(self):
        return self.key in INDICATORS


@dataclass
class Row:
    stt: str
    label: str            # the row header text as printed
    subject: str | None   # truth subject ('city', 'departments', 'unit:...'); None = no facts
    kind: str = "unit"    # unit | group | total
    vals: dict = field(default_factory=dict)
    members: list = field(default_factory=list)   # for group/total rows: indexes of rows summed
    text: dict = field(default_factory=dict)      # values of 'text' columns (Đạt / Chưa đạt, Xếp loại)


@dataclass
class Table:
    cols: list
    rows: list
    title: str = ""
    zero_dash: bool = True       # zeros printed as '-'
    pct_sign: bool = False       # rate cells printed with '%'
    trim_zero: bool = False      # '40%' for 40.0 (portal style)
    thousands: str = "."         # '.' Vietnamese, '' bare integers (portal style)
    total_merge: bool = False    # total row label spans STT + name


def q(x: Decimal, d: int) -> Decimal:
    return x.quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def pct(n, m, d):
    return q(Decimal(100) * Decimal(n) / Decimal(m), d)


def pct_trunc(n, m, d):
    return (Decimal(100) * Decimal(n) / Decimal(m)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_DOWN)


def is_num(v):
    return isinstance(v, (int, Decimal)) and not isinstance(v, bool)


def fmt_int(n: int, sep="."):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_dec(x: Decimal, d: int):
    s = f"{x:.{d}f}"
    return s.replace(".", ",")


def cell_text(table: Table, col: Col, row: Row):
    if col.key == "stt":
        return row.stt
    if col.key == "name":
        return row.label
    if col.key == "text":
        return row.text.get(col.path, "")
    v = row.vals.get(col.key, BLANK)
    if isinstance(v, str):
        return v
    if v == 0 and table.zero_dash and INDICATORS[col.key][0] == "count":
        return "-"
    if isinstance(v, Decimal):
        s = fmt_dec(v, col.decimals)
        if table.trim_zero and "," in s:
            s = s.rstrip("0").rstrip(",")
        return s + ("%" if table.pct_sign and INDICATORS[col.key][0] == "rate" else "")
    return fmt_int(v, table.thousands)


# ---------------------------------------------------------------- rate conventions
def rate_parts(table: Table, row: Row, key: str):
    """(numerator, denominator) the row gives for a rate cell, or (None, None)."""
    keys = {c.key for c in table.cols}
    v = row.vals
    g = lambda k: v.get(k) if is_num(v.get(k)) else None
    if key == "rate_online":
        if "received_online" in keys:
            if "received_offline" in keys and "received_carried_over" in keys:
                if g("received_online") is not None and g("received_offline") is not None:
                    return g("received_online"), g("received_online") + g("received_offline")
            elif "received_total" in keys:
                return g("received_online"), g("received_total")
    if key == "rate_ontime" and "resolved_total" in keys:
        if "resolved_in_time" in keys:
            return g("resolved_in_time"), g("resolved_total")
    if key == "rate_late" and "resolved_total" in keys and "resolved_late" in keys:
        return g("resolved_late"), g("resolved_total")
    if key == "rate_early_share" and "resolved_total" in keys:
        return g("resolved_early"), g("resolved_total")
    if key == "rate_ontime_share" and "resolved_total" in keys:
        return g("resolved_on_time"), g("resolved_total")
    return None, None


def rate_alternatives(table, row, key):
    """Denominators other provinces use (docs/phrasings.md), to prove a wrong cell matches none."""
    v = row.vals
    g = lambda k: v.get(k) if is_num(v.get(k)) else None
    out = []
    if key == "rate_online":
        on = g("received_online")
        for den in (g("received_total"), g("resolved_total"),
                    (on or 0) + (g("received_offline") or 0)):
            if on is not None and den:
                out.append((on, den))
    if key == "rate_ontime":
        num = g("resolved_in_time")
        if num is None and g("resolved_early") is not None:
            num = g("resolved_early") + (g("resolved_on_time") or 0)
        for den in (g("resolved_total"), g("received_total")):
            if num is not None and den:
                out.append((num, den))
    if key == "rate_late":
        for den in (g("resolved_total"), g("received_total")):
            if g("resolved_late") is not None and den:
                out.append((g("resolved_late"), den))
    return out


def rate_ok(p: Decimal, n, m, d):
    return m and (pct(n, m, d) == p or pct_trunc(n, m, d) == p)


# ---------------------------------------------------------------- checker
def num(row, k):
    v = row.vals.get(k)
    if v == "-":
        return 0
    return v if is_num(v) else None


def check_table(table: Table):
    """Every inconsistency under the contract's identities: list of (code, stated, note)."""
    keys = [c.key for c in table.cols]
    out = []
    for i, r in enumerate(table.rows):
        n = lambda k: num(r, k)
        lab = r.label
        # received = carried + online + offline
        if all(k in keys for k in ("received_total", "received_carried_over", "received_online", "received_offline")):
            parts = [n("received_carried_over"), n("received_online"), n("received_offline")]
            if n("received_total") is not None and None not in parts and sum(parts) != n("received_total"):
                out.append(("sum_mismatch", n("received_total"), f"{lab}: received total vs its parts {sum(parts)}"))
        if "resolved_total" in keys:
            if all(k in keys for k in ("resolved_early", "resolved_on_time", "resolved_late")):
                parts = [n("resolved_early"), n("resolved_on_time"), n("resolved_late")]
            elif all(k in keys for k in ("resolved_in_time", "resolved_late")):
                parts = [n("resolved_in_time"), n("resolved_late")]
            else:
                parts = None
            if parts and None not in parts and n("resolved_total") is not None and sum(parts) != n("resolved_total"):
                out.append(("sum_mismatch", n("resolved_total"), f"{lab}: resolved total vs its parts {sum(parts)}"))
        if all(k in keys for k in ("pending_total", "pending_on_time", "pending_late")):
            parts = [n("pending_on_time"), n("pending_late")]
            if None not in parts and n("pending_total") is not None and sum(parts) != n("pending_total"):
                out.append(("sum_mismatch", n("pending_total"), f"{lab}: pending total vs its parts {sum(parts)}"))
        if all(k in keys for k in ("received_total", "resolved_total", "pending_total")):
            a, b, c = n("received_total"), n("resolved_total"), n("pending_total")
            if None not in (a, b, c) and a != b + c:
                out.append(("balance_mismatch", (a, b, c), f"{lab}: received {a} != resolved {b} + pending {c}"))
        for c in table.cols:
            if INDICATORS.get(c.key, ("",))[0] == "rate":
                p = r.vals.get(c.key)
                if not isinstance(p, Decimal):
                    continue
                nn, mm = rate_parts(table, r, c.key)
                if nn is not None and mm:
                    if not rate_ok(p, nn, mm, c.decimals):
                        out.append(("ratio_mismatch", p, f"{lab}: {c.key} {p} vs {nn}/{mm} = {pct(nn, mm, c.decimals)}"))
        if "s_total" in keys and all(k in keys for k in SCORE_PARTS):
            parts = [r.vals.get(k) for k in SCORE_PARTS]
            t = r.vals.get("s_total")
            if all(isinstance(x, Decimal) for x in parts) and isinstance(t, Decimal) and sum(parts) != t:
                out.append(("score_sum_mismatch", t, f"{lab}: 766 total {t} vs parts {sum(parts)}"))
        # aggregate rows against their members
        if r.members:
            for c in table.cols:
                if INDICATORS.get(c.key, ("",))[0] != "count":
                    continue
                vals = [num(table.rows[j], c.key) for j in r.members]
                if n(c.key) is None or None in vals:
                    continue
                if sum(vals) != n(c.key):
                    out.append(("sum_mismatch", n(c.key), f"{lab}: column {c.path} {n(c.key)} vs sum {sum(vals)}"))
    return out


def wrong_rate_is_unmatched(table, row, key, d):
    p = row.vals[key]
    for nn, mm in rate_alternatives(table, row, key):
        if rate_ok(p, nn, mm, d):
            return False
    return True


# ---------------------------------------------------------------- truth
def table_facts(table: Table, tindex: int):
    facts = []
    for r in table.rows:
        if not r.subject:
            continue
        for c in table.cols:
            if not c.is_fact:
                continue
            v = r.vals.get(c.key, BLANK)
            if isinstance(v, str) and v != "-":
                continue          # 'x', '...', blank: no fact
            kind, ind = INDICATORS[c.key]
            value = 0 if v == "-" else v
            f = {"kind": kind, "indicator": ind, "subject": r.subject, "scope": None,
                 "value": float(value) if isinstance(value, Decimal) else value,
                 "numerator": None, "denominator": None,
                 "text": cell_text(table, c, r),
                 "cell": {"table": tindex, "row": r.label, "column": list(c.path)}}
            if kind == "rate":
                nn, mm = rate_parts(table, r, c.key)
                if nn is not None and mm:
                    f["numerator"], f["denominator"] = nn, mm
            if kind == "score":
                f["maximum"] = SCORE_MAX[c.key]
            if kind == "rank":
                ranked = [x for x in table.rows if is_num(x.vals.get("rank"))]
                f["denominator"] = len(ranked)
            facts.append(f)
    return facts


def header_grid(cols):
    """Header cells: list of (row, col, rowspan, colspan, text) from the column paths."""
    depth = max(len(c.path) for c in cols)
    cells = []
    for lvl in range(depth):
        j = 0
        while j < len(cols):
            p = cols[j].path
            if len(p) <= lvl:
                j += 1
                continue
            if len(p) == lvl + 1:       # leaf label: spans down to the last header row
                cells.append((lvl, j, depth - lvl, 1, p[lvl]))
                j += 1
                continue
            k = j
            while k + 1 < len(cols) and len(cols[k + 1].path) > lvl + 1 and cols[k + 1].path[:lvl + 1] == p[:lvl + 1]:
                k += 1
            cells.append((lvl, j, 1, k - j + 1, p[lvl]))
            j = k + 1
    return depth, cells
