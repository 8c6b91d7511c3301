"""Table model, number generation, truth facts and the independent arithmetic checks of the
blind table set 2 (issue 12). Written without reading docparse's table reader.

A table is a list of leaf columns (key + header path) and a list of rows. Every row holds its
cells as printed: an ``int`` (a count; 0 is printed "-" or "0" as the table says), a
``Decimal`` (a rate in percent or a 766 score), or one of the marks "x" (not applicable),
"..." (no data), "" (blank), or ``None`` for a text column. The checks work on what is printed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_DOWN, ROUND_HALF_UP

COUNT = {  # key -> contract indicator (kind count)
    "recv": "received_total", "carried": "received_carried_over", "online": "received_online",
    "offline": "received_offline", "res": "resolved_total", "early": "resolved_early",
    "ontime": "resolved_on_time", "intime": "resolved_in_time", "late": "resolved_late",
    "pend": "pending_total", "pend_ok": "pending_on_time", "pend_late": "pending_late",
}
RATE = {  # key -> contract indicator (kind rate)
    "r_online": "online_submission", "r_ontime": "resolved_on_time", "r_late": "resolved_late",
    "r_pay": "online_payment", "r_digit": "digitization", "r_update": "system_update",
    "r_reuse": "digital_reuse",
}
SCORE = {  # key -> (indicator, maximum)
    "s_pub": ("index_766_publicity", 18), "s_prog": ("index_766_progress", 20),
    "s_dvc": ("index_766_online_service", 12), "s_pay": ("index_766_online_payment", 10),
    "s_sat": ("index_766_satisfaction", 18), "s_dig": ("index_766_digitization", 22),
    "s_total": ("index_766_total", 100),
}
COMPONENTS = ["s_pub", "s_prog", "s_dvc", "s_pay", "s_sat", "s_dig"]
TEXTCOLS = {"stt", "name", "text"}
MARKS = {"x", "...", ""}


@dataclass
class Col:
    key: str
    path: tuple
    width: float = 1.0  # relative width in PDFs


@dataclass
class Row:
    label: str
    subject: str | None  # truth subject; None for a row without facts (section, maxima)
    stt: str = ""
    kind: str = "unit"   # unit | agg | group | section | total | maxima
    members: list = field(default_factory=list)  # labels of the rows this row sums
    vals: dict = field(default_factory=dict)
    text: str = ""       # the text column (Đánh giá / Xếp loại)
    span_label: bool = False  # label printed over STT + name


@dataclass
class Table:
    cols: list
    rows: list
    decimals: int = 2        # rates
    pct_sign: bool = False   # rate cells print "%"
    zero: str = "-"          # how a zero count is printed ("-" or "0")
    thousands: str = "."     # "." or "" (bare integers)
    decimal_mark: str = ","  # "," or "." (portal pages)
    full_int: bool = False   # a rate of 100 printed "100"
    number_row: bool = False  # a row "(1) (2) ..." under the header
    units_line: str = ""
    caption: str = ""
    note: str = ""
    xlsx_pct_fraction: bool = False  # xlsx: rates stored as fractions with a % format

    def col(self, key):
        for c in self.cols:
            if c.key == key:
                return c
        return None

    def keys(self):
        return [c.key for c in self.cols]

    def row(self, label):
        for r in self.rows:
            if r.label == label:
                return r
        raise KeyError(label)

    @property
    def depth(self):
        return max(len(c.path) for c in self.cols)


# ---------------------------------------------------------------- numbers and formatting

def q(x, d):
    return Decimal(x).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP)


def trunc(x, d):
    return Decimal(x).quantize(Decimal(1).scaleb(-d), rounding=ROUND_DOWN)


def fmt_int(n, sep="."):
    s = f"{n:,}"
    return s.replace(",", sep)


def fmt_dec(v, d, mark=","):
    s = f"{v:.{d}f}"
    return s.replace(".", mark)


def cell_text(t: Table, key: str, r: Row) -> str:
    """The cell as printed (text formats)."""
    if key == "stt":
        return r.stt
    if key == "name":
        return r.label
    if key == "text":
        return r.text
    v = r.vals.get(key, "")
    if isinstance(v, str):
        return v
    if key in COUNT or key == "rank":
        if v == 0 and key in COUNT:
            return t.zero
        return fmt_int(v, t.thousands)
    if key in RATE:
        if t.full_int and v == 100:
            s = "100"
        else:
            s = fmt_dec(v, t.decimals, t.decimal_mark)
        return s + ("%" if t.pct_sign else "")
    if key in SCORE:
        return fmt_dec(v, 2, t.decimal_mark)
    raise ValueError(key)


def is_num(v):
    return isinstance(v, (int, Decimal)) and not isinstance(v, bool)


# ---------------------------------------------------------------- generating consistent rows

def gen_counts(rng: random.Random, lo, hi, *, online_share=(0.55, 0.99), carried=True,
               late_share=(0.0, 0.03), pend_share=(0.02, 0.12), zero_offline=False):
    """A unit's counts, every Biểu 06 identity holding."""
    new = rng.randint(lo, hi)
    on = round(new * rng.uniform(*online_share))
    off = 0 if zero_offline else new - on
    if zero_offline:
        on = new
    car = rng.randint(0, max(1, new // 12)) if carried else 0
    recv = car + on + off
    pend = round(recv * rng.uniform(*pend_share))
    res = recv - pend
    late = round(res * rng.uniform(*late_share))
    intime = res - late
    early = round(intime * rng.uniform(0.55, 0.95))
    ontime = intime - early
    pend_late = round(pend * rng.uniform(0.0, 0.15))
    pend_ok = pend - pend_late
    return dict(recv=recv, carried=car, online=on, offline=off, res=res, early=early,
                ontime=ontime, intime=intime, late=late, pend=pend, pend_ok=pend_ok,
                pend_late=pend_late)


def zero_counts():
    return {k: 0 for k in COUNT}


def sum_counts(dicts):
    out = {}
    for k in COUNT:
        out[k] = sum(d[k] for d in dicts)
    return out


def rate_of(num, den, d):
    return q(Decimal(num) * 100 / Decimal(den), d)


def fill_row(t: Table, r: Row, counts: dict):
    """Put the counts of ``counts`` into the row's count columns and compute its rates."""
    keys = t.keys()
    for k in keys:
        if k in COUNT:
            r.vals[k] = counts[k]
    for k in keys:
        if k == "r_online":
            den = counts["online"] + counts["offline"]
            r.vals[k] = rate_of(counts["online"], den, t.decimals) if den else "x"
        elif k == "r_ontime":
            r.vals[k] = rate_of(counts["intime"], counts["res"], t.decimals) if counts["res"] else "x"
        elif k == "r_late":
            r.vals[k] = rate_of(counts["late"], counts["res"], t.decimals) if counts["res"] else "x"
    r._counts = counts  # the generating counts, for sums over members


def gen_scores(rng: random.Random, level=(0.6, 0.97)):
    """Six 766 components (2 decimals, within their maxima) and their total."""
    vals = {}
    for k in COMPONENTS:
        mx = SCORE[k][1]
        vals[k] = q(Decimal(mx) * Decimal(str(rng.uniform(*level))), 2)
    vals["s_total"] = sum(vals[k] for k in COMPONENTS)
    return vals


def gen_rates(rng, keys, d, lo=70.0, hi=100.0):
    out = {}
    for k in keys:
        x = rng.uniform(lo, hi)
        if rng.random() < 0.15:
            x = 100.0
        out[k] = q(Decimal(str(x)), d)
    return out


# ---------------------------------------------------------------- conventions

def rate_conventions(key, vals):
    """(numerator, denominator, name) pairs provinces use for a rate cell, from the row's printed
    counts; the first is the official one (contract section 5)."""
    def g(k):
        v = vals.get(k)
        return v if is_num(v) else (0 if v == "-" else None)

    out = []
    if key == "r_online":
        on, off, recv, car = g("online"), g("offline"), g("recv"), g("carried")
        if on is not None and off is not None:
            out.append((on, on + off, "trực tuyến / (trực tuyến + trực tiếp)"))
        if on is not None and recv is not None:
            out.append((on, recv, "trực tuyến / tổng số tiếp nhận"))
            if car is not None:
                out.append((on, recv - car, "trực tuyến / số mới tiếp nhận"))
    elif key in ("r_ontime", "r_late"):
        if key == "r_ontime":
            num = g("intime")
            if num is None and g("early") is not None and g("ontime") is not None:
                num = g("early") + g("ontime")
        else:
            num = g("late")
        res, recv, pend, pend_ok = g("res"), g("recv"), g("pend"), g("pend_ok")
        if num is not None and res is not None:
            out.append((num, res, "/ số đã giải quyết"))
            if recv is not None:
                out.append((num, recv, "/ số tiếp nhận"))
            if key == "r_ontime" and pend is not None and pend_ok is not None:
                out.append((num + pend_ok, res + pend, "766: (đúng hạn + đang trong hạn) / tổng"))
    return [(n, d, name) for n, d, name in out if d]


def rate_consistent(stated: Decimal, d: int, num, den):
    exact = Decimal(num) * 100 / Decimal(den)
    return q(exact, d) == stated or trunc(exact, d) == stated


def official_numden(key, vals):
    c = rate_conventions(key, vals)
    return (c[0][0], c[0][1]) if c else (None, None)


# ---------------------------------------------------------------- truth facts

def num_value(v):
    """A printed cell's fact value, or None when it is no fact."""
    if v == "-":
        return 0
    if isinstance(v, Decimal):
        return float(v)
    if isinstance(v, int):
        return v
    return None


def table_facts(t: Table, ti: int):
    facts = []
    ranked = sum(1 for r in t.rows if is_num(r.vals.get("rank")))
    for r in t.rows:
        if r.subject is None or r.kind in ("section", "maxima"):
            continue
        for c in t.cols:
            k = c.key
            if k in TEXTCOLS:
                continue
            v = r.vals.get(k, "")
            val = num_value(v)
            if val is None:
                continue
            f = {"kind": None, "indicator": None, "subject": r.subject, "scope": None,
                 "value": val, "numerator": None, "denominator": None,
                 "text": cell_text(t, k, r),
                 "cell": {"table": ti, "row": r.label, "path": list(c.path), "column": list(c.path)}}
            if k in COUNT:
                f["kind"], f["indicator"] = "count", COUNT[k]
            elif k in RATE:
                f["kind"], f["indicator"] = "rate", RATE[k]
                n, d = official_numden(k, r.vals)
                f["numerator"], f["denominator"] = n, d
            elif k in SCORE:
                f["kind"], f["indicator"] = "score", SCORE[k][0]
                f["maximum"] = SCORE[k][1]
            elif k == "rank":
                f["kind"], f["indicator"] = "rank", "index_766_rank"
                f["denominator"] = ranked
            else:
                raise ValueError(k)
            facts.append(f)
    return facts


# ---------------------------------------------------------------- independent checks

def _g(vals, k):
    v = vals.get(k)
    if is_num(v):
        return v
    if v == "-":
        return 0
    return None


def check_table(t: Table, ti: int):
    """Every inconsistency of the printed table: (code, table, row, key, stated, expected)."""
    out = []
    keys = set(t.keys())
    by_label = {r.label: r for r in t.rows}
    for r in t.rows:
        if r.kind in ("section", "maxima"):
            continue
        v = r.vals
        def g(k):
            return _g(v, k) if k in keys else None
        # received = carried + online + offline
        if "recv" in keys and "online" in keys and "offline" in keys:
            parts = [g("online"), g("offline")] + ([g("carried")] if "carried" in keys else [])
            if g("recv") is not None and None not in parts and g("recv") != sum(parts):
                out.append(("sum_mismatch", ti, r.label, "recv", g("recv"), sum(parts)))
        # resolved = early + on time + late | in time + late
        if "res" in keys and "late" in keys and ("intime" in keys or {"early", "ontime"} <= keys):
            parts = [g("late")] + ([g("intime")] if "intime" in keys else [g("early"), g("ontime")])
            if g("res") is not None and None not in parts and g("res") != sum(parts):
                out.append(("sum_mismatch", ti, r.label, "res", g("res"), sum(parts)))
        # pending = in time + late
        if {"pend", "pend_ok", "pend_late"} <= keys:
            parts = [g("pend_ok"), g("pend_late")]
            if g("pend") is not None and None not in parts and g("pend") != sum(parts):
                out.append(("sum_mismatch", ti, r.label, "pend", g("pend"), sum(parts)))
        # received = resolved + pending
        if {"recv", "res", "pend"} <= keys:
            a, b, c = g("recv"), g("res"), g("pend")
            if None not in (a, b, c) and a != b + c:
                out.append(("balance_mismatch", ti, r.label, "pend", c, a - b))
        # rates
        for k in keys & set(RATE):
            s = v.get(k)
            if not isinstance(s, Decimal):
                continue
            conv = rate_conventions(k, {kk: v.get(kk) for kk in keys})
            if conv and not any(rate_consistent(s, t.decimals, n, d) for n, d, _ in conv):
                n, d, _ = conv[0]
                out.append(("ratio_mismatch", ti, r.label, k, s, rate_of(n, d, t.decimals)))
        # 766 total
        if "s_total" in keys and all(k in keys for k in COMPONENTS):
            comps = [v.get(k) for k in COMPONENTS]
            if all(isinstance(x, Decimal) for x in comps) and isinstance(v.get("s_total"), Decimal):
                if sum(comps) != v["s_total"]:
                    out.append(("score_sum_mismatch", ti, r.label, "s_total", v["s_total"], sum(comps)))
            for k in COMPONENTS:  # within maxima
                if isinstance(v.get(k), Decimal):
                    assert v[k] <= SCORE[k][1], (r.label, k)
        # group / total rows against the rows they sum
        if r.members:
            ms = [by_label[m] for m in r.members]
            for k in keys & set(COUNT):
                parts = [_g(m.vals, k) for m in ms]
                if g(k) is not None and None not in parts and g(k) != sum(parts):
                    out.append(("sum_mismatch", ti, r.label, k, g(k), sum(parts)))
    # ranks follow the printed totals (sanity, not a planted kind)
    if "rank" in keys:
        rr = [r for r in t.rows if is_num(r.vals.get("rank"))]
        order = sorted(rr, key=lambda r: -r.vals["s_total"])
        for i, r in enumerate(order):
            if r.vals["rank"] != i + 1:
                out.append(("rank_inconsistent", ti, r.label, "rank", r.vals["rank"], i + 1))
    return out
