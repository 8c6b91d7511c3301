"""Table model of blind table set 4: columns by header path, rows by subject, cells written with
their truth beside them.

Every figure is computed here with this file's own arithmetic (CONTRACT §5: a rate is 100·n/m
rounded half up at the stated decimals).  Nothing here reads or imports docparse.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

# ---------------------------------------------------------------- official lists (never typed)

_SITE = None


def _legacy():
    global _SITE
    if _SITE is None:
        import vietnamadminunits
        p = Path(vietnamadminunits.__file__).parent / "data" / "parser_legacy.json"
        _SITE = json.loads(p.read_text(encoding="utf-8"))
    return _SITE


def legacy_province(key: str) -> str:
    """'tinhkontum' -> 'Tỉnh Kon Tum' (the 63-province list before 1 July 2025)."""
    return _legacy()["DICT_PROVINCE"][key]["province"]


def legacy_districts(key: str) -> list[str]:
    d = _legacy()["DICT_PROVINCE_DISTRICT"][key]
    return [v["district"] for v in d.values()]


def legacy_communes(pkey: str, district: str) -> list[str]:
    d = _legacy()["DICT_PROVINCE_DISTRICT"][pkey]
    dkey = next(k for k, v in d.items() if v["district"] == district)
    w = _legacy()["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"][pkey][dkey]
    return [v["ward"] for v in w.values()]


def province_2025(name: str):
    from vietnam_provinces import Province
    for p in Province.iter_all():
        if p.name == name:
            return p
    raise KeyError(name)


def province_2025_name(name: str) -> str:
    """'Lai Châu' -> 'Tỉnh Lai Châu'; a central city keeps its own name."""
    p = province_2025(name)
    return p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name


def wards_2025(name: str) -> list[str]:
    """Communes, wards and special zones of a province in force from 1 July 2025."""
    from vietnam_provinces import Ward
    p = province_2025(name)
    return [w.name for w in Ward.iter_all() if w.province_code == p.code]


# Provincial bodies (no package lists them; these are the standard names of the bodies).
DEPTS_2025 = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương",
              "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Y tế",
              "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch"]
DEPTS_LEGACY = ["Sở Kế hoạch và Đầu tư", "Sở Tư pháp", "Sở Tài nguyên và Môi trường",
                "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Công Thương", "Sở Y tế",
                "Sở Lao động - Thương binh và Xã hội", "Sở Nông nghiệp và Phát triển nông thôn",
                "Sở Thông tin và Truyền thông", "Sở Nội vụ"]

# ---------------------------------------------------------------- arithmetic


def rate(n: int, m: int, d: int) -> float:
    """100·n/m rounded half up at d decimals (CONTRACT §5).

    >>> rate(2, 3, 2), rate(1, 8, 1), rate(5, 5, 2)
    (66.67, 12.5, 100.0)
    """
    q = Decimal(1).scaleb(-d)
    return float((Decimal(100 * n) / Decimal(m)).quantize(q, rounding=ROUND_HALF_UP))


def dsum(xs) -> float:
    """Exact decimal sum of scores written with two decimals."""
    return float(sum(Decimal(str(x)) for x in xs))


def vn_int(v: int) -> str:
    """1204 -> '1.204'."""
    return f"{v:,}".replace(",", ".")


def vn_dec(v: float, d: int, point: bool = False) -> str:
    """97.5, 2 -> '97,50' (or '97.50' where a portal writes the point)."""
    s = f"{v:.{d}f}"
    return s if point else s.replace(".", ",")


# ---------------------------------------------------------------- table model


@dataclass
class Col:
    path: list
    key: str = ""                  # data key of a count/score; for a rate the name of its rule
    kind: str = "count"            # count | rate | score | rank | label | stt
    indicator: str | None = None
    dec: int = 2
    num: object = None              # rate: function(row data) -> numerator
    den: object = None              # rate: function(row data) -> denominator
    maximum: float | None = None
    vertical: bool = False
    numlabel: str = ""              # the column-number row's text "(3)=(4)+(5)"
    width: float = 1.0
    pct: bool = False               # write "97,53%" instead of "97,53"


@dataclass
class Row:
    label: str
    role: str = "unit"              # unit | group | total | subtotal | note | avg | maximum | heading
    subject: str | None = None
    data: dict = field(default_factory=dict)
    stt: str = ""
    members: list = field(default_factory=list)    # indices of rows a group/total sums
    markers: dict = field(default_factory=dict)    # key -> '-', 'x', '...', '' (shown instead)
    wrong: dict = field(default_factory=dict)      # key -> stated value (planted mistake)
    bold: bool = False


@dataclass
class Table:
    title: str
    cols: list
    rows: list
    unit_note: str = ""
    number_row: bool = False
    zero: str = "-"                # how a zero count is written: '-' or '0'
    notes: list = field(default_factory=list)
    point: bool = False            # decimal point instead of comma (a portal's habit)
    landscape: bool = True
    font: float = 7.0
    merge_down: list = field(default_factory=list)   # [(text, n)]: column 0 merged down n rows

    # -- header grid ------------------------------------------------------
    def depth(self) -> int:
        return max(len(c.path) for c in self.cols)

    def header_cells(self):
        """[(row, col, rowspan, colspan, text, vertical)]: paths laid out, equal prefixes merged."""
        D = self.depth()
        out = []
        n = len(self.cols)
        for lvl in range(D):
            c = 0
            while c < n:
                p = self.cols[c].path
                if lvl >= len(p):
                    c += 1
                    continue
                pre = p[:lvl + 1]
                leaf = lvl == len(p) - 1
                c2 = c + 1
                if not leaf:
                    while c2 < n and len(self.cols[c2].path) > lvl + 1 and self.cols[c2].path[:lvl + 1] == pre:
                        c2 += 1
                rs = D - lvl if leaf else 1
                out.append((lvl, c, rs, c2 - c, p[lvl], leaf and self.cols[c].vertical))
                c = c2
        return out

    def header_grid(self):
        """Text grid of the header (merged cells repeated in the top-left only)."""
        D = self.depth()
        g = [["" for _ in self.cols] for _ in range(D)]
        for r, c, rs, cs, t, v in self.header_cells():
            g[r][c] = t
        return g

    # -- body cells -------------------------------------------------------
    def cell(self, row: Row, col: Col):
        """(text, value or None) of one body cell; value None = no fact."""
        if col.kind == "label":
            return row.label, None
        if col.kind == "stt":
            return row.stt, None
        if row.role in ("note", "heading"):
            return "", None
        key = col.key
        if key in row.markers:
            return row.markers[key], (0 if row.markers[key] == "-" else None)
        d = row.data
        if col.kind == "rate":
            if key in row.wrong:
                v = row.wrong[key]
            else:
                m = col.den(d)
                if m == 0:
                    return "x", None
                v = rate(col.num(d), m, col.dec)
            txt = vn_dec(v, col.dec, self.point) + ("%" if col.pct else "")
            return txt, v
        if row.role == "maximum":
            v = d.get(key)
            return ("" if v is None else f"{v:g}"), None
        if col.kind == "score":
            v = row.wrong.get(key, d.get(key))
            if v is None:
                return "", None
            return vn_dec(v, col.dec, self.point), v
        if col.kind == "rank":
            v = d.get("rank")
            return ("" if v is None else f"{v}"), v
        v = row.wrong.get(key, d.get(key))
        if v is None:
            return "", None
        if v == 0:
            return self.zero, 0
        return vn_int(v), v

    def body(self):
        """[(row, [texts])] in order."""
        return [(r, [self.cell(r, c)[0] for c in self.cols]) for r in self.rows]

    def number_texts(self):
        return [c.numlabel for c in self.cols]


def facts_of(table: Table, tindex: int) -> list[dict]:
    """The truth of every figure cell, written beside the cell."""
    out = []
    for r in table.rows:
        if r.role in ("note", "heading", "avg", "maximum") or r.subject is None:
            continue
        for c in table.cols:
            if c.kind in ("label", "stt"):
                continue
            txt, v = table.cell(r, c)
            if v is None:
                continue
            f = {"kind": c.kind, "indicator": c.indicator, "subject": r.subject, "scope": None,
                 "value": v, "numerator": None, "denominator": None, "text": txt,
                 "cell": {"table": tindex, "row": r.label, "path": list(c.path)}}
            if c.kind == "rate":
                f["numerator"], f["denominator"] = c.num(r.data), c.den(r.data)
            if c.kind == "score" and c.maximum is not None:
                f["maximum"] = c.maximum
            if c.kind == "rank":
                f["denominator"] = r.data["field"]
            out.append(f)
    return out


# ---------------------------------------------------------------- row data makers


def b06(rng: random.Random, size: int, online_share=(0.3, 0.95), late=0.03, pend=0.12,
        carried=True, early_share=(0.2, 0.7)) -> dict:
    """Biểu 06 row: received = online + offline + carried; resolved = early + on time + late;
    pending = in time + late; received = resolved + pending."""
    new = max(0, int(size * rng.uniform(0.6, 1.4)))
    on = int(new * rng.uniform(*online_share))
    off = new - on
    co = int(new * rng.uniform(0.02, 0.15)) if carried else 0
    rt = on + off + co
    p = int(rt * rng.uniform(0.02, pend))
    rs = rt - p
    lt = int(rs * rng.uniform(0, late)) if rng.random() < 0.7 else 0
    e = int((rs - lt) * rng.uniform(*early_share))
    ot = rs - lt - e
    pl = int(p * rng.uniform(0, 0.3)) if rng.random() < 0.5 else 0
    pt = p - pl
    return dict(rt=rt, on=on, off=off, co=co, rs=rs, e=e, ot=ot, lt=lt, p=p, pt=pt, pl=pl,
                it=e + ot)


SUM_KEYS = ("rt", "on", "off", "co", "rs", "e", "ot", "lt", "p", "pt", "pl", "it")


def add(rows: list[dict]) -> dict:
    return {k: sum(r[k] for r in rows) for k in SUM_KEYS if all(k in r for r in rows)}


def s766(rng: random.Random, maxima: dict, level=0.8) -> dict:
    d = {}
    for k, m in maxima.items():
        lo = max(0.0, level - 0.25)
        v = round(m * rng.uniform(lo, min(1.0, level + 0.18)), 2)
        d[k] = min(v, float(m))
    d["tot"] = dsum(d[k] for k in maxima)
    return d


# the official rate rules (CONTRACT §5)
ONLINE = dict(num=lambda d: d["on"], den=lambda d: d["on"] + d["off"])
ONTIME = dict(num=lambda d: d["e"] + d["ot"], den=lambda d: d["rs"])
ONTIME_IT = dict(num=lambda d: d["it"], den=lambda d: d["rs"])
LATE = dict(num=lambda d: d["lt"], den=lambda d: d["rs"])
EARLY_SHARE = dict(num=lambda d: d["e"], den=lambda d: d["rs"])
OT_SHARE = dict(num=lambda d: d["ot"], den=lambda d: d["rs"])


def shown(row: Row) -> dict:
    """The row's counts as written: planted values in, '-' as 0, 'x'/'...'/blank unknown."""
    d = dict(row.data)
    d.update(row.wrong)
    for k, m in row.markers.items():
        d[k] = 0 if m == "-" else None
    return d
