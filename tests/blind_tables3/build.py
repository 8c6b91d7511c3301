#!/usr/bin/env python3
"""Blind table test set no. 3 (issue 12): builder and checker.

    python3 tests/blind_tables3/build.py           # write every NAME.<ext> and NAME.truth.json
    python3 tests/blind_tables3/build.py --check   # rebuild the truth in memory, verify every identity,
                                                   # and compare with the truth files on disk

Every report is defined below as data: its grid (rows of named units, group rows, total rows and the
logical value of every cell), its layout (header paths, column order, number style) and a little
prose. The grid's numbers are drawn from a seeded random generator and then made consistent
(group and total rows are the sums of their rows, rates are computed from the row's counts with
half-up rounding); a planted mistake is one cell changed afterwards. The truth is written from the
grid, never from docparse. Before anything is written, `check_report` recomputes every identity the
CONTRACT names (Biểu 06 row sums and balance, rate cells, total and group rows against their rows,
766 totals against their components, complements, targets, prose figures against the table) and
asserts that a clean report breaks none and a report with a planted mistake breaks only identities
that carry that mistake's code and stated value.

Binary outputs (PDF, DOCX, XLSX, and the .doc/.xls/.ods made by LibreOffice) may differ byte-wise
between runs; `--check` compares the truth files only.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------
# Logical cell keys -> (kind, indicator id of CONTRACT section 3)
KEYS = {
    "recv": ("count", "received_total"),
    "on": ("count", "received_online"),
    "off": ("count", "received_offline"),
    "prev": ("count", "received_carried_over"),
    "res": ("count", "resolved_total"),
    "early": ("count", "resolved_early"),
    "ontime": ("count", "resolved_on_time"),
    "intime": ("count", "resolved_in_time"),
    "late": ("count", "resolved_late"),
    "pend": ("count", "pending_total"),
    "pok": ("count", "pending_on_time"),
    "plate": ("count", "pending_late"),
    "r_on": ("rate", "online_submission"),
    "r_ot": ("rate", "resolved_on_time"),
    "r_late": ("rate", "resolved_late"),
    "tt": ("count", "procedures_total"),
    "tt_full": ("count", "procedures_full_online"),
    "tt_part": ("count", "procedures_partial_online"),
    "tt_none": ("count", "procedures_not_online"),
    "s_pub": ("score", "index_766_publicity"),
    "s_prog": ("score", "index_766_progress"),
    "s_dvc": ("score", "index_766_online_service"),
    "s_pay": ("score", "index_766_online_payment"),
    "s_sat": ("score", "index_766_satisfaction"),
    "s_dig": ("score", "index_766_digitization"),
    "s_tot": ("score", "index_766_total"),
}
SCORE_PARTS = ["s_pub", "s_prog", "s_dvc", "s_pay", "s_sat", "s_dig"]
SCORE_MAX = {"s_pub": 18, "s_prog": 20, "s_dvc": 12, "s_pay": 10, "s_sat": 18, "s_dig": 22, "s_tot": 100}
COUNT_KEYS = [k for k, (kind, _) in KEYS.items() if kind == "count"]
TEXT_KEYS = {"stt", "label", "note", "grade", "target", "eval", "dvt"}
MARKERS = {"x", "...", "", "…"}  # not applicable, no data, blank: no fact ("-" is rendered from 0)

# ---------------------------------------------------------------------------------------------
# Names of units. Written here as data and verified against the installed official lists:
# vietnam_provinces (the list in force from 1 July 2025) and vietnamadminunits' legacy table
# (63 provinces with districts, the state of the first half of 2025).

DEPTS_2025 = ["Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường",
              "Sở Công Thương", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
              "Sở Khoa học và Công nghệ"]
DEPTS_2024 = ["Sở Kế hoạch và Đầu tư", "Sở Tư pháp", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải",
              "Sở Xây dựng", "Sở Công Thương", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội",
              "Sở Nông nghiệp và Phát triển nông thôn", "Sở Thông tin và Truyền thông"]

LAI_CHAU = ['Xã Mường Kim', 'Xã Khoen On', 'Xã Than Uyên', 'Xã Mường Than', 'Xã Pắc Ta', 'Xã Nậm Sỏ',
            'Xã Tân Uyên', 'Xã Mường Khoa', 'Xã Bản Bo', 'Xã Bình Lư', 'Xã Tả Lèng', 'Xã Khun Há',
            'Phường Tân Phong', 'Phường Đoàn Kết', 'Xã Sin Suối Hồ', 'Xã Phong Thổ', 'Xã Sì Lở Lầu',
            'Xã Dào San', 'Xã Khổng Lào', 'Xã Tủa Sín Chải', 'Xã Sìn Hồ', 'Xã Hồng Thu', 'Xã Nậm Tăm',
            'Xã Pu Sam Cáp', 'Xã Nậm Cuổi', 'Xã Nậm Mạ', 'Xã Lê Lợi', 'Xã Nậm Hàng', 'Xã Mường Mô',
            'Xã Hua Bum', 'Xã Pa Tần', 'Xã Bum Nưa', 'Xã Bum Tở', 'Xã Mường Tè', 'Xã Thu Lũm', 'Xã Pa Ủ',
            'Xã Tà Tổng', 'Xã Mù Cả']
HUE = ['Phường Thuận An', 'Phường Hóa Châu', 'Phường Mỹ Thượng', 'Phường Vỹ Dạ', 'Phường Thuận Hóa',
       'Phường An Cựu', 'Phường Thủy Xuân', 'Phường Kim Long', 'Phường Hương An', 'Phường Phú Xuân',
       'Phường Hương Trà', 'Phường Kim Trà', 'Phường Thanh Thủy', 'Phường Hương Thủy', 'Phường Phú Bài',
       'Phường Phong Điền', 'Phường Phong Thái', 'Phường Phong Dinh', 'Phường Phong Phú',
       'Phường Phong Quảng', 'Xã Đan Điền', 'Xã Quảng Điền', 'Xã Phú Vinh', 'Xã Phú Hồ', 'Xã Phú Vang',
       'Xã Vinh Lộc', 'Xã Hưng Lộc', 'Xã Lộc An', 'Xã Phú Lộc', 'Xã Chân Mây – Lăng Cô', 'Xã Long Quảng',
       'Xã Nam Đông', 'Xã Khe Tre', 'Xã Bình Điền', 'Xã A Lưới 1', 'Xã A Lưới 2', 'Xã A Lưới 3',
       'Xã A Lưới 4', 'Xã A Lưới 5', 'Phường Dương Nỗ']
CAO_BANG = ['Phường Thục Phán', 'Phường Nùng Trí Cao', 'Phường Tân Giang', 'Xã Quảng Lâm', 'Xã Nam Quang',
            'Xã Lý Bôn', 'Xã Bảo Lâm', 'Xã Yên Thổ', 'Xã Sơn Lộ', 'Xã Hưng Đạo', 'Xã Bảo Lạc', 'Xã Cốc Pàng',
            'Xã Cô Ba', 'Xã Khánh Xuân', 'Xã Xuân Trường', 'Xã Huy Giáp', 'Xã Ca Thành', 'Xã Phan Thanh',
            'Xã Thành Công', 'Xã Tĩnh Túc', 'Xã Tam Kim', 'Xã Nguyên Bình', 'Xã Minh Tâm', 'Xã Thanh Long',
            'Xã Cần Yên', 'Xã Thông Nông', 'Xã Trường Hà', 'Xã Hà Quảng', 'Xã Lũng Nặm', 'Xã Tổng Cọt',
            'Xã Nam Tuấn', 'Xã Hòa An', 'Xã Bạch Đằng', 'Xã Nguyễn Huệ', 'Xã Minh Khai', 'Xã Canh Tân',
            'Xã Kim Đồng', 'Xã Thạch An', 'Xã Đông Khê', 'Xã Đức Long', 'Xã Phục Hòa', 'Xã Bế Văn Đàn',
            'Xã Độc Lập', 'Xã Quảng Uyên', 'Xã Hạnh Phúc', 'Xã Quang Hán', 'Xã Trà Lĩnh', 'Xã Quang Trung',
            'Xã Đoài Dương', 'Xã Trùng Khánh', 'Xã Đàm Thuỷ', 'Xã Đình Phong', 'Xã Lý Quốc', 'Xã Hạ Lang',
            'Xã Vinh Quý', 'Xã Quang Long']
DONG_THAP = ['Phường Mỹ Tho', 'Phường Đạo Thạnh', 'Phường Mỹ Phong', 'Phường Thới Sơn', 'Phường Trung An',
             'Phường Gò Công', 'Phường Long Thuận', 'Phường Sơn Qui', 'Phường Bình Xuân', 'Phường Cai Lậy',
             'Xã Tân Phú', 'Xã Thanh Hưng', 'Xã An Hữu', 'Xã Mỹ Lợi', 'Xã Cái Bè', 'Xã Châu Thành',
             'Xã Chợ Gạo', 'Xã Tân Hồng', 'Xã Tân Phước 1', 'Xã Gò Công Đông']
CA_MAU = ['Phường An Xuyên', 'Phường Lý Văn Lâm', 'Phường Tân Thành', 'Phường Hòa Thành', 'Xã Tân Thuận',
          'Xã Đầm Dơi', 'Xã U Minh', 'Xã Khánh Lâm', 'Xã Đất Mũi', 'Xã Sông Đốc', 'Xã Trần Văn Thời',
          'Xã Thới Bình', 'Xã Năm Căn', 'Phường Bạc Liêu', 'Phường Giá Rai']
BINH_DINH = ['Thành phố Quy Nhơn', 'Huyện An Lão', 'Thị xã Hoài Nhơn', 'Huyện Hoài Ân', 'Huyện Phù Mỹ',
             'Huyện Vĩnh Thạnh', 'Huyện Tây Sơn', 'Huyện Phù Cát', 'Thị xã An Nhơn', 'Huyện Tuy Phước',
             'Huyện Vân Canh']
HA_NAM = ['Thành phố Phủ Lý', 'Thị xã Duy Tiên', 'Thị xã Kim Bảng', 'Huyện Thanh Liêm', 'Huyện Bình Lục',
          'Huyện Lý Nhân']
LONG_AN = ['Thành phố Tân An', 'Thị xã Kiến Tường', 'Huyện Tân Hưng', 'Huyện Vĩnh Hưng', 'Huyện Mộc Hóa',
           'Huyện Tân Thạnh', 'Huyện Thạnh Hóa', 'Huyện Đức Huệ', 'Huyện Đức Hòa', 'Huyện Bến Lức',
           'Huyện Thủ Thừa', 'Huyện Tân Trụ', 'Huyện Cần Đước', 'Huyện Cần Giuộc', 'Huyện Châu Thành']
QUANG_NAM = ['Thành phố Tam Kỳ', 'Thành phố Hội An', 'Huyện Tây Giang', 'Huyện Đông Giang', 'Huyện Đại Lộc',
             'Thị xã Điện Bàn', 'Huyện Duy Xuyên', 'Huyện Quế Sơn', 'Huyện Nam Giang', 'Huyện Phước Sơn',
             'Huyện Hiệp Đức', 'Huyện Thăng Bình', 'Huyện Tiên Phước', 'Huyện Bắc Trà My', 'Huyện Nam Trà My',
             'Huyện Núi Thành', 'Huyện Phú Ninh']

CURRENT_WARDS = {"Lai Châu": LAI_CHAU, "Thành phố Huế": HUE, "Cao Bằng": CAO_BANG, "Đồng Tháp": DONG_THAP,
                 "Cà Mau": CA_MAU, "Quảng Ngãi": ["Xã Ba Tơ"], "Nghệ An": ["Xã Con Cuông"]}
LEGACY_DISTRICTS = {"Tỉnh Bình Định": BINH_DINH, "Tỉnh Hà Nam": HA_NAM, "Tỉnh Long An": LONG_AN,
                    "Tỉnh Quảng Nam": QUANG_NAM}


def verify_names() -> list[str]:
    """Every unit name used is in the official list in force on its document's date."""
    problems = []
    try:
        import vietnam_provinces as vp
        provinces = {p.name: p for p in vp.Province.iter_all()}
        for prov, names in CURRENT_WARDS.items():
            code = provinces[prov].code
            known = {w.name for w in vp.Ward.iter_all() if w.province_code == code}
            problems += [f"{n} not in {prov}" for n in names if n not in known]
    except ImportError:
        print("note: vietnam_provinces not installed; current names not verified", file=sys.stderr)
    try:
        import sqlite3
        import vietnamadminunits
        db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
        con = sqlite3.connect(db)
        for prov, names in LEGACY_DISTRICTS.items():
            known = {r[0] for r in con.execute(
                "select distinct district from admin_units_legacy where province=?", (prov,))}
            problems += [f"{n} not in {prov} (legacy)" for n in names if n not in known]
            if len(known) != len(names):
                problems.append(f"{prov}: list has {len(known)} districts, table {len(names)}")
    except ImportError:
        print("note: vietnamadminunits not installed; legacy names not verified", file=sys.stderr)
    return problems


# ---------------------------------------------------------------------------------------------
# Numbers

def pct(n: int, d: int, dec: int) -> float:
    """100·n/d rounded half up at ``dec`` decimals.  >>> pct(1, 3, 2)  33.33"""
    q = Decimal(100 * n) / Decimal(d)
    return float(q.quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP))


def pct_consistent(p: float, n: int, d: int, dec: int) -> bool:
    """CONTRACT 5: half-up rounding or truncation of 100·n/d at dec decimals gives p."""
    if d == 0:
        return False
    q = Decimal(100 * n) / Decimal(d)
    e = Decimal(1).scaleb(-dec)
    target = Decimal(str(p)).quantize(e)
    return target in (q.quantize(e, rounding=ROUND_HALF_UP), q.quantize(e, rounding=ROUND_DOWN))


def fmt_int(v: int, sep: str = ".") -> str:
    s = f"{v:,}"
    return s.replace(",", sep)


def fmt_dec(v: float, dec: int, mark: str = ",") -> str:
    s = f"{v:.{dec}f}"
    return s.replace(".", mark)


# ---------------------------------------------------------------------------------------------
# Grid model

@dataclass
class Col:
    key: str
    path: tuple
    colnum: str = ""
    width: float = 1.0


@dataclass
class Row:
    label: str
    role: str                 # unit | field | group | agg | total | head | maxrow | note
    subject: str | None = None
    scope: str | None = None
    vals: dict = field(default_factory=dict)
    stt: str = ""


@dataclass
class Style:
    sep: str = "."            # thousands separator of counts ("" for none)
    zero: str = "-"           # how a zero count is written
    rate_dec: int = 2
    pct: bool = False          # rate cells carry a "%" sign
    mark: str = ","           # decimal mark
    score_dec: int = 2
    xl_pct: bool = False       # spreadsheets: rates stored as fractions with a % number format


@dataclass
class Table:
    title: str
    cols: list
    rows: list
    style: Style = field(default_factory=Style)
    colnums: bool = False
    notes: list = field(default_factory=list)
    unit_line: str = ""       # "Đơn vị tính: hồ sơ"

    def keys(self):
        return [c.key for c in self.cols]

    def has(self, *keys):
        ks = set(self.keys())
        return all(k in ks for k in keys)


@dataclass
class Report:
    name: str
    fmt: str                  # pdf_ruled | pdf_borderless | pdf_pages | docx | html | xlsx | ods | doc | xls
    register: str
    doc_date: str
    province: str | None
    issuer: list              # issuer lines
    number: str
    place_date: str
    title: list               # title lines
    before: list = field(default_factory=list)   # prose paragraphs before the tables (str)
    tables: list = field(default_factory=list)
    after: list = field(default_factory=list)
    signer: list = field(default_factory=list)
    prose_facts: list = field(default_factory=list)
    mistakes: list = field(default_factory=list)
    not_facts: list = field(default_factory=list)
    landscape: bool = True
    variant: dict = field(default_factory=dict)


def isnum(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


# ---------------------------------------------------------------------------------------------
# Value generation

def gen_b06(rng: random.Random, size: int, prev=True, pend=True, split_early=True,
            online=(0.45, 0.97), late=(0.0, 0.03)) -> dict:
    on = int(size * rng.uniform(*online))
    off = size - on
    pv = int(size * rng.uniform(0.01, 0.12)) if prev else 0
    recv = on + off + pv
    pe = int(recv * rng.uniform(0.02, 0.14))   # dossiers still in progress (shown only when pend)
    res = recv - pe
    lt = int(res * rng.uniform(*late))
    intime = res - lt
    early = int(intime * rng.uniform(0.45, 0.92))
    v = {"recv": recv, "on": on, "off": off, "res": res, "late": lt}
    if prev:
        v["prev"] = pv
    if split_early:
        v["early"], v["ontime"] = early, intime - early
    else:
        v["intime"] = intime
    if pend:
        pl = int(pe * rng.uniform(0.0, 0.25))
        v.update(pend=pe, plate=pl, pok=pe - pl)
    return v


def gen_scores(rng: random.Random, dec=2, lo=0.55, parts=SCORE_PARTS) -> dict:
    unit = 10 ** dec
    v = {}
    for k in parts:
        m = SCORE_MAX[k] * unit
        v[k] = rng.randint(int(m * lo), m)
    tot = sum(v.values())
    out = {k: x / unit for k, x in v.items()}
    out["s_tot"] = tot / unit
    return out


def gen_tthc(rng: random.Random, size: int) -> dict:
    full = int(size * rng.uniform(0.3, 0.55))
    part = int(size * rng.uniform(0.3, 0.5))
    none = size - full - part
    return {"tt": size, "tt_full": full, "tt_part": part, "tt_none": none}


def children_map(t: Table) -> dict:
    """parent row index -> indices of the rows it sums (group -> its units; total -> groups/aggs or units)."""
    out = {}
    cur = None
    for i, r in enumerate(t.rows):
        if r.role == "group":
            cur = i
            out[i] = []
        elif r.role in ("head", "agg", "total"):
            cur = None
        elif r.role in ("unit", "field") and cur is not None:
            out[cur].append(i)
    tops = [i for i, r in enumerate(t.rows) if r.role in ("group", "agg")]
    leaves = [i for i, r in enumerate(t.rows) if r.role in ("unit", "field")]
    for i, r in enumerate(t.rows):
        if r.role == "total":
            out[i] = tops if tops else leaves
    return out


def rate_parts(t: Table, key: str):
    if key == "r_on":
        return ["on"], ["recv"]
    if key == "r_ot":
        return (["intime"] if t.has("intime") else ["early", "ontime"]), ["res"]
    if key == "r_late":
        return ["late"], ["res"]
    raise KeyError(key)


def fill(t: Table, rng_complement: random.Random | None = None):
    """Make parent rows the sums of their rows (counts, bottom-up) and compute every rate cell."""
    kids = children_map(t)
    order = sorted(kids, key=lambda i: 0 if t.rows[i].role == "group" else 1)
    for p in order:
        for k in t.keys():
            if k in COUNT_KEYS:
                vals = [t.rows[c].vals.get(k) for c in kids[p]]
                if all(isnum(x) for x in vals) and vals:
                    t.rows[p].vals[k] = sum(vals)
                elif t.rows[p].vals.get(k) is None:
                    t.rows[p].vals[k] = "..."
    for r in t.rows:
        if r.role not in ("unit", "field", "group", "agg", "total"):
            continue
        for k in t.keys():
            if KEYS.get(k, ("",))[0] == "rate" and r.vals.get(k) is None:
                num, den = rate_parts(t, k)
                n = [r.vals.get(x) for x in num]
                d = [r.vals.get(x) for x in den]
                if all(isnum(x) for x in n + d) and sum(d) > 0:
                    r.vals[k] = pct(sum(n), sum(d), t.style.rate_dec)
                else:
                    r.vals[k] = "x"


def complement_ok(t: Table) -> bool:
    if not t.has("r_ot", "r_late"):
        return True
    for r in t.rows:
        a, b = r.vals.get("r_ot"), r.vals.get("r_late")
        if isnum(a) and isnum(b) and round(a + b, t.style.rate_dec) != 100:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Identities (the checker of this builder)

def broken(rep: Report) -> list:
    """Every identity of the report that fails, as (code, candidates, where): ``candidates`` are the
    values a finding about it may state (the total of a sum; received, resolved or pending of a balance)."""
    out = []
    for ti, t in enumerate(rep.tables):
        ks = set(t.keys())
        kids = children_map(t)
        for ri, r in enumerate(t.rows):
            if r.role not in ("unit", "field", "group", "agg", "total"):
                continue
            v = r.vals
            where = f"table {ti} row {r.label!r}"

            def chk_sum(total, parts, code="sum_mismatch"):
                if total in ks and all(p in ks for p in parts):
                    vals = [v.get(total)] + [v.get(p) for p in parts]
                    if all(isnum(x) for x in vals) and vals[0] != sum(vals[1:]):
                        out.append((code, (vals[0],), f"{where}: {total} != {'+'.join(parts)}"))
            chk_sum("recv", ["on", "off"] + (["prev"] if "prev" in ks else []))
            if "intime" in ks:
                chk_sum("res", ["intime", "late"])
            else:
                chk_sum("res", ["early", "ontime", "late"])
            chk_sum("pend", ["pok", "plate"])
            chk_sum("tt", ["tt_full", "tt_part", "tt_none"])
            if {"recv", "res", "pend"} <= ks:
                a, b, c = v.get("recv"), v.get("res"), v.get("pend")
                if all(isnum(x) for x in (a, b, c)) and a != b + c:
                    out.append(("balance_mismatch", (a, b, c), f"{where}: recv != res + pend"))
            if "s_tot" in ks:
                parts = [v.get(k) for k in SCORE_PARTS if k in ks]
                if isnum(v.get("s_tot")) and all(isnum(x) or x == "x" for x in parts):
                    s = sum(round(x * 100) for x in parts if isnum(x))
                    if s != round(v["s_tot"] * 100):
                        out.append(("score_sum_mismatch", (v["s_tot"],), f"{where}: 766 total != parts"))
            for k in ("r_on", "r_ot", "r_late"):
                if k in ks and isnum(v.get(k)):
                    num, den = rate_parts(t, k)
                    n = [v.get(x) for x in num]
                    d = [v.get(x) for x in den]
                    if all(isnum(x) for x in n + d):
                        if not pct_consistent(v[k], sum(n), sum(d), t.style.rate_dec):
                            out.append(("ratio_mismatch", (v[k],), f"{where}: {k}"))
            if {"r_ot", "r_late"} <= ks and isnum(v.get("r_ot")) and isnum(v.get("r_late")):
                if round(v["r_ot"] + v["r_late"], t.style.rate_dec) != 100:
                    out.append(("complement_mismatch", (v["r_ot"], v["r_late"]), f"{where}: on time + late != 100"))
            if {"target", "eval", "r_on"} <= ks and isnum(v.get("r_on")) and isnum(v.get("target")):
                meets = v["r_on"] >= v["target"]
                if (v.get("eval") == "Đạt") != meets:
                    out.append(("target_conflict", (v["r_on"],), f"{where}: target"))
            if ri in kids:
                for k in ks & set(COUNT_KEYS):
                    vals = [t.rows[c].vals.get(k) for c in kids[ri]]
                    if kids[ri] and isnum(v.get(k)) and all(isnum(x) for x in vals) and v[k] != sum(vals):
                        out.append(("sum_mismatch", (v[k],), f"{where}: column {k} != sum of its rows"))
    # prose figures against the table: the same indicator, subject and scope stated twice
    cells = [f for f in cell_facts(rep)]
    for pf in rep.prose_facts:
        same = [c for c in cells if (c["kind"], c["indicator"], c["subject"], c.get("scope")) ==
                (pf["kind"], pf["indicator"], pf["subject"], pf.get("scope"))]
        if same and all(c["value"] != pf["value"] for c in same):
            out.append(("repeated_value_mismatch", (pf["value"],), f"prose {pf['text']!r} vs table"))
    return out


# ---------------------------------------------------------------------------------------------
# Cell text and truth

def cell_text(t: Table, key: str, v) -> str:
    st = t.style
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    kind = KEYS[key][0] if key in KEYS else None
    if kind == "count" or key == "target_count":
        if v == 0:
            return st.zero
        return fmt_int(v, st.sep)
    if kind == "rate":
        s = fmt_dec(v, st.rate_dec, st.mark)
        return s + ("%" if st.pct or st.xl_pct else "")
    if kind == "score":
        return fmt_dec(v, st.score_dec, st.mark)
    if key == "target":
        return fmt_dec(v, 0, st.mark) if float(v).is_integer() else fmt_dec(v, 1, st.mark)
    return str(v)


def parse_back(text: str, t: Table):
    """An independent reading of a cell text as this builder writes it (to verify the rendering)."""
    s = text.strip().rstrip("%")
    if s == "-":
        return 0
    if t.style.mark == ",":
        s = s.replace(".", "").replace(",", ".")
    return float(s)


def col_path(c: Col) -> list:
    return list(c.path)


def cell_facts(rep: Report) -> list:
    facts = []
    for ti, t in enumerate(rep.tables):
        for r in t.rows:
            if r.role not in ("unit", "field", "group", "agg", "total"):
                continue
            for c in t.cols:
                if c.key not in KEYS:
                    continue
                v = r.vals.get(c.key)
                if not isnum(v):
                    continue
                kind, ind = KEYS[c.key]
                num = den = None
                if kind == "rate":
                    pn, pd = rate_parts(t, c.key)
                    n = [r.vals.get(x) for x in pn]
                    d = [r.vals.get(x) for x in pd]
                    if all(isnum(x) for x in n + d) and all(x in t.keys() for x in pn + pd):
                        num, den = sum(n), sum(d)
                text = cell_text(t, c.key, v)
                f = {"kind": kind, "indicator": ind, "subject": r.subject, "scope": r.scope,
                     "value": v, "numerator": num, "denominator": den, "text": text}
                if kind == "score" and (any("điểm)" in p for p in c.path) or
                                        any(x.role == "maxrow" for x in t.rows)):
                    f["maximum"] = SCORE_MAX[c.key]   # stated in the header or in a maxima row
                f["cell"] = {"table": ti, "row": r.label, "path": col_path(c)}
                facts.append(f)
    return facts


def truth_of(rep: Report) -> dict:
    facts = cell_facts(rep)
    for pf in rep.prose_facts:
        facts.append({k: pf.get(k) for k in ("kind", "indicator", "subject", "scope", "value",
                                               "numerator", "denominator", "text")})
    return {
        "register": rep.register,
        "doc_date": rep.doc_date,
        "province": rep.province,
        "format": rep.fmt,
        "tables": len(rep.tables),
        "facts": facts,
        "not_facts": rep.not_facts,
        "mistakes": rep.mistakes,
    }


def check_report(rep: Report) -> list:
    """Problems of this report's truth: identities that break unexpectedly, renderings that do not
    read back, unexpected missing mistakes."""
    problems = []
    bad = broken(rep)
    if not rep.mistakes:
        problems += [f"{rep.name}: clean report breaks {b}" for b in bad]
    else:
        expected = {(m["code"], m["stated"]) for m in rep.mistakes}
        for b in bad:
            if not any(b[0] == code and stated in b[1] for code, stated in expected):
                problems.append(f"{rep.name}: unexpected broken identity {b}")
        for e in expected:
            if not any(b[0] == e[0] and e[1] in b[1] for b in bad):
                problems.append(f"{rep.name}: planted mistake {e} breaks nothing")
    for t in rep.tables:
        for r in t.rows:
            for c in t.cols:
                v = r.vals.get(c.key)
                if c.key in KEYS and isnum(v):
                    back = parse_back(cell_text(t, c.key, v), t)
                    if abs(back - v) > 1e-9:
                        problems.append(f"{rep.name}: {r.label}/{c.key} renders as {cell_text(t, c.key, v)}")
            if r.role in ("unit", "field", "group", "agg", "total") and not r.subject:
                problems.append(f"{rep.name}: row {r.label} has no subject")
    return problems


# ---------------------------------------------------------------------------------------------
# Header grid (multi-level headers with merges)

def header_cells(cols: list) -> tuple[int, list]:
    """(depth, [(row, col, rowspan, colspan, text)]) for a list of column paths.

    >>> header_cells([Col('a', ('A',)), Col('b', ('B', 'x')), Col('c', ('B', 'y'))])[1]
    [(0, 0, 2, 1, 'A'), (0, 1, 1, 2, 'B'), (1, 1, 1, 1, 'x'), (1, 2, 1, 1, 'y')]
    """
    depth = max(len(c.path) for c in cols)
    cells = []
    for lvl in range(depth):
        j = 0
        while j < len(cols):
            p = cols[j].path
            if len(p) <= lvl:
                j += 1
                continue
            if lvl == len(p) - 1:
                cells.append((lvl, j, depth - lvl, 1, p[lvl]))
                j += 1
                continue
            k = j
            while k + 1 < len(cols) and len(cols[k + 1].path) > lvl + 1 and cols[k + 1].path[:lvl + 1] == p[:lvl + 1]:
                k += 1
            cells.append((lvl, j, 1, k - j + 1, p[lvl]))
            j = k + 1
    cells.sort()
    return depth, cells


def body_text(t: Table, r: Row, c: Col) -> str:
    if c.key == "stt":
        return r.stt
    if c.key == "label":
        return r.label
    return cell_text(t, c.key, r.vals.get(c.key))


# ---------------------------------------------------------------------------------------------
# Renderers

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def render_pdf(rep: Report, path: Path, ruled: bool, pages: bool):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table as RLTable, TableStyle

    for name, file in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"),
                       ("DVC", "DejaVuSansCondensed.ttf"), ("DVCB", "DejaVuSansCondensed-Bold.ttf"),
                       ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    size = landscape(A4) if rep.landscape else A4
    compact = rep.variant.get("compact", False)
    body = ParagraphStyle("b", fontName="DVS", fontSize=9.5 if compact else 10.5, leading=12 if compact else 14,
                          alignment=TA_JUSTIFY, spaceAfter=2 if compact else 4)
    center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    bold_c = ParagraphStyle("bc", parent=center, fontName="DVSB")
    hdr = ParagraphStyle("h", fontName="DVCB", fontSize=7.2, leading=8.6, alignment=TA_CENTER)
    lab = ParagraphStyle("l", fontName="DVC", fontSize=7.4, leading=8.8)
    labb = ParagraphStyle("lb", parent=lab, fontName="DVCB")
    story = []
    for line in ([" ".join(rep.issuer)] if compact else rep.issuer):
        story.append(Paragraph(html.escape(line), bold_c))
    story.append(Paragraph(html.escape(rep.number), center))
    story.append(Paragraph("<i>" + html.escape(rep.place_date) + "</i>", center))
    story.append(Spacer(1, (1 if compact else 4) * mm))
    for line in rep.title:
        story.append(Paragraph(html.escape(line), bold_c))
    story.append(Spacer(1, 3 * mm))
    for p in rep.before:
        story.append(Paragraph(html.escape(p), body))
    for t in rep.tables:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(html.escape(t.title), bold_c))
        if t.unit_line:
            story.append(Paragraph("<i>" + html.escape(t.unit_line) + "</i>",
                                   ParagraphStyle("u", parent=body, alignment=2)))
        depth, hcells = header_cells(t.cols)
        nc = len(t.cols)
        data = [["" for _ in range(nc)] for _ in range(depth)]
        spans = []
        for (r, c, rs, cs, text) in hcells:
            data[r][c] = Paragraph(html.escape(text), hdr)
            if rs > 1 or cs > 1:
                spans.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
        nhead = depth
        if t.colnums:
            data.append([Paragraph(html.escape(c.colnum), hdr) for c in t.cols])
            nhead += 1
        bold_rows = []
        for r in t.rows:
            i = len(data)
            if r.role == "note":
                data.append([Paragraph("<i>" + html.escape(r.label) + "</i>", lab)] + [""] * (nc - 1))
                spans.append(("SPAN", (0, i), (nc - 1, i)))
                continue
            strong = r.role in ("group", "agg", "total", "head")
            row = []
            for c in t.cols:
                text = body_text(t, r, c)
                if c.key == "label":
                    row.append(Paragraph(html.escape(text), labb if strong else lab))
                else:
                    row.append(text)
            data.append(row)
            if strong:
                bold_rows.append(i)
        avail = size[0] - 30 * mm
        wsum = sum(c.width for c in t.cols)
        widths = [avail * c.width / wsum for c in t.cols]
        pad = rep.variant.get("pad", 1.5)
        st = [("FONT", (0, nhead), (-1, -1), "DVC", 7.4), ("ALIGN", (0, nhead), (-1, -1), "RIGHT"),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
              ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad)]
        for i in bold_rows:
            st.append(("FONT", (0, i), (-1, i), "DVCB", 7.4))
        if ruled:
            st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        st += spans
        tbl = RLTable(data, colWidths=widths, repeatRows=nhead if pages else 0)
        tbl.setStyle(TableStyle(st))
        story.append(tbl)
        for n in t.notes:
            story.append(Paragraph("<i>" + html.escape(n) + "</i>", body))
    story.append(Spacer(1, 3 * mm))
    for p in rep.after:
        story.append(Paragraph(html.escape(p), body))
    for line in rep.signer:
        story.append(Paragraph(html.escape(line), ParagraphStyle("s", parent=bold_c, alignment=2)))

    def page_no(canvas, doc):
        if pages:
            canvas.setFont("DV", 9)
            canvas.drawCentredString(size[0] / 2, 10 * mm, str(doc.page))

    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=14 * mm, bottomMargin=16 * mm, title=" ".join(rep.title),
                            author="", creator="", producer="")
    doc.build(story, onFirstPage=page_no, onLaterPages=page_no)


def render_docx(rep: Report, path: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(12)
    sec = d.sections[0]
    if rep.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width

    def para(text, bold=False, center=False, italic=False, size=None):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p
    for line in rep.issuer:
        para(line, bold=True, center=True)
    para(rep.number, center=True)
    para(rep.place_date, italic=True, center=True)
    for line in rep.title:
        para(line, bold=True, center=True)
    for p in rep.before:
        para(p)
    for t in rep.tables:
        para(t.title, bold=True, center=True)
        if t.unit_line:
            para(t.unit_line, italic=True).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        depth, hcells = header_cells(t.cols)
        nhead = depth + (1 if t.colnums else 0)
        nc = len(t.cols)
        tb = d.add_table(rows=nhead + len(t.rows), cols=nc)
        tb.style = "Table Grid"
        for (r, c, rs, cs, text) in hcells:
            cell = tb.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(tb.cell(r + rs - 1, c + cs - 1))
            cell.text = text
            for run in cell.paragraphs[0].runs:
                run.bold = True
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if t.colnums:
            for j, c in enumerate(t.cols):
                tb.cell(depth, j).text = c.colnum
                tb.cell(depth, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, r in enumerate(t.rows):
            ri = nhead + i
            if r.role == "note":
                cell = tb.cell(ri, 0).merge(tb.cell(ri, nc - 1))
                cell.text = r.label
                continue
            strong = r.role in ("group", "agg", "total", "head")
            for j, c in enumerate(t.cols):
                cell = tb.cell(ri, j)
                cell.text = body_text(t, r, c)
                if strong:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
                if c.key not in ("label",):
                    cell.paragraphs[0].alignment = (WD_ALIGN_PARAGRAPH.CENTER if c.key == "stt"
                                                    else WD_ALIGN_PARAGRAPH.RIGHT)
        from docx.shared import Cm
        tb.autofit = False
        total_cm = 24.0 if rep.landscape else 16.0
        wsum = sum(c.width for c in t.cols)
        for j, col in enumerate(tb.columns):
            col.width = Cm(total_cm * t.cols[j].width / wsum)
        for row in tb.rows:
            for j, cell in enumerate(row.cells):
                cell.width = Cm(total_cm * t.cols[j].width / wsum)
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
        for n in t.notes:
            para(n, italic=True)
    for p in rep.after:
        para(p)
    for line in rep.signer:
        para(line, bold=True).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.core_properties.author = ""
    d.save(str(path))


def render_html(rep: Report, path: Path):
    v = rep.variant
    e = html.escape
    out = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">',
           f'<title>{e(" ".join(rep.title))}</title>',
           '<style>table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 5px}'
           ' td.n{text-align:right} tr.sum td{font-weight:bold}</style>', '</head>', '<body>']
    if v.get("portal"):
        out.append(f'<div class="top-bar"><a href="/">Trang chủ</a> | <a href="/thong-ke">{e(v["portal"])}</a></div>')
        out.append('<div class="content">')
    for line in rep.issuer:
        out.append(f'<p class="issuer"><b>{e(line)}</b></p>')
    if rep.number:
        out.append(f'<p>{e(rep.number)}</p>')
    out.append(f'<p><i>{e(rep.place_date)}</i></p>')
    out.append(f'<h1>{e(rep.title[0])}</h1>')
    for line in rep.title[1:]:
        out.append(f'<h2>{e(line)}</h2>')
    for p in rep.before:
        out.append(f'<p>{e(p)}</p>')
    th = "th" if v.get("th", True) else "td"
    for t in rep.tables:
        out.append(f'<h3>{e(t.title)}</h3>')
        if t.unit_line:
            out.append(f'<p style="text-align:right"><i>{e(t.unit_line)}</i></p>')
        depth, hcells = header_cells(t.cols)
        out.append('<table border="1" cellspacing="0">')
        if v.get("thead", True):
            out.append('<thead>')
        for lvl in range(depth):
            cells = [c for c in hcells if c[0] == lvl]
            tds = []
            for (_, _, rs, cs, text) in cells:
                a = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                tds.append(f'<{th}{a}>{e(text)}</{th}>')
            out.append('<tr>' + "".join(tds) + '</tr>')
        if t.colnums:
            out.append('<tr>' + "".join(f'<{th}><i>{e(c.colnum)}</i></{th}>' for c in t.cols) + '</tr>')
        if v.get("thead", True):
            out.append('</thead><tbody>')
        for r in t.rows:
            if r.role == "note":
                out.append(f'<tr><td colspan="{len(t.cols)}"><i>{e(r.label)}</i></td></tr>')
                continue
            cls = ' class="sum"' if r.role in ("group", "agg", "total", "head") else ""
            tds = []
            for c in t.cols:
                text = body_text(t, r, c)
                k = ' class="n"' if c.key not in ("label", "stt", "grade", "eval") else ""
                tds.append(f'<td{k}>{e(text) if text else "&nbsp;" if v.get("nbsp") else ""}</td>')
            out.append(f'<tr{cls}>' + "".join(tds) + '</tr>')
        if v.get("thead", True):
            out.append('</tbody>')
        out.append('</table>')
        for n in t.notes:
            out.append(f'<p><i>{e(n)}</i></p>')
    for p in rep.after:
        out.append(f'<p>{e(p)}</p>')
    for line in rep.signer:
        out.append(f'<p style="text-align:right"><b>{e(line)}</b></p>')
    if v.get("portal"):
        out.append('</div><div class="footer">Lượt xem: 1.204 | In bài viết</div>')
    out += ['</body>', '</html>', '']
    path.write_text("\n".join(out), "utf-8")


def render_xlsx(rep: Report, path: Path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = rep.variant.get("sheet", "Bieu")
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    r0 = 1
    t0 = rep.tables[0]
    nc = max(len(t.cols) for t in rep.tables)
    for line in rep.issuer + [rep.number, rep.place_date, ""] + rep.title:
        if line:
            ws.cell(r0, 1, line).font = Font(bold=True)
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=nc)
            ws.cell(r0, 1).alignment = Alignment(horizontal="center")
        r0 += 1
    for p in rep.before:
        ws.cell(r0, 1, p)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=nc)
        ws.cell(r0, 1).alignment = Alignment(wrap_text=True)
        r0 += 1
    for t in rep.tables:
        r0 += 1
        ws.cell(r0, 1, t.title).font = Font(bold=True)
        r0 += 1
        if t.unit_line:
            ws.cell(r0, len(t.cols), t.unit_line).font = Font(italic=True)
            r0 += 1
        depth, hcells = header_cells(t.cols)
        for (r, c, rs, cs, text) in hcells:
            cell = ws.cell(r0 + r, c + 1, text)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            for rr in range(r0 + r, r0 + r + rs):
                for cc in range(c + 1, c + cs + 1):
                    ws.cell(rr, cc).border = box
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=r0 + r, start_column=c + 1, end_row=r0 + r + rs - 1, end_column=c + cs)
        r0 += depth
        if t.colnums:
            for j, c in enumerate(t.cols):
                ws.cell(r0, j + 1, c.colnum).alignment = Alignment(horizontal="center")
                ws.cell(r0, j + 1).border = box
            r0 += 1
        for r in t.rows:
            if r.role == "note":
                ws.cell(r0, 1, r.label).font = Font(italic=True)
                ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=len(t.cols))
                r0 += 1
                continue
            strong = r.role in ("group", "agg", "total", "head")
            for j, c in enumerate(t.cols):
                v = r.vals.get(c.key)
                cell = ws.cell(r0, j + 1)
                if c.key in ("stt", "label"):
                    cell.value = r.stt if c.key == "stt" else r.label
                elif c.key in KEYS and isnum(v):
                    kind = KEYS[c.key][0]
                    if kind == "count":
                        if v == 0 and t.style.zero == "-":
                            cell.value = "-"
                            cell.alignment = Alignment(horizontal="right")
                        else:
                            cell.value = v
                            cell.number_format = "#,##0"
                    elif kind == "rate":
                        if t.style.xl_pct:
                            cell.value = round(v / 100, t.style.rate_dec + 2)
                            cell.number_format = "0." + "0" * t.style.rate_dec + "%"
                        else:
                            cell.value = v
                            cell.number_format = "0." + "0" * t.style.rate_dec
                    else:
                        cell.value = v
                        cell.number_format = "0." + "0" * t.style.score_dec
                else:
                    cell.value = body_text(t, r, c) or None
                    if cell.value:
                        cell.alignment = Alignment(horizontal="right")
                cell.border = box
                if strong:
                    cell.font = Font(bold=True)
            r0 += 1
        for n in t.notes:
            ws.cell(r0, 1, n).font = Font(italic=True)
            r0 += 1
    for line in rep.after + [""] + rep.signer:
        if line:
            ws.cell(r0, 1, line)
        r0 += 1
    for j, c in enumerate(t0.cols):
        ws.column_dimensions[get_column_letter(j + 1)].width = 34 if c.key == "label" else (6 if c.key == "stt" else 12)
    wb.properties.creator = ""
    wb.save(str(path))


def soffice_convert(files: list, ext: str, outdir: Path):
    """Headless LibreOffice conversion, with a private profile (other sessions may run soffice)."""
    if not files:
        return
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("soffice not found: install libreoffice-writer-nogui / libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as prof:
        cmd = [exe, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", ext,
               "--outdir", str(outdir)] + [str(f) for f in files]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    for f in files:
        out = outdir / (Path(f).stem + "." + ext.split(":")[0])
        if not out.exists():
            raise SystemExit(f"conversion failed: {f} -> {ext}")


# ---------------------------------------------------------------------------------------------
# Column sets (header wordings vary from report to report, as they do in real forms)

def C(key, *path, colnum="", width=None):
    w = width if width is not None else (4.2 if key == "label" else 0.6 if key == "stt" else 1.0)
    return Col(key, tuple(path), colnum, w)


def cols_tt01(label="Tên đơn vị"):
    """Biểu 06 of Thông tư 01/2020/TT-VPCP: three header levels, column numbers."""
    R, K = "Số hồ sơ nhận giải quyết", "Kết quả giải quyết"
    D, P = "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"
    return [C("stt", "STT"), C("label", label, colnum="(1)"),
            C("recv", R, "Tổng số", colnum="(2)=(3)+(4)+(5)"),
            C("prev", R, "Trong đó", "Số kỳ trước chuyển qua", colnum="(3)"),
            C("on", R, "Trong đó", "Số mới tiếp nhận trực tuyến", colnum="(4)"),
            C("off", R, "Trong đó", "Số mới tiếp nhận trực tiếp, dịch vụ bưu chính", colnum="(5)"),
            C("res", K, D, "Tổng số", colnum="(6)=(7)+(8)+(9)"),
            C("early", K, D, "Trả trước hạn", colnum="(7)"),
            C("ontime", K, D, "Trả đúng thời hạn", colnum="(8)"),
            C("late", K, D, "Trả quá hạn", colnum="(9)"),
            C("pend", K, P, "Tổng số", colnum="(10)=(11)+(12)"),
            C("pok", K, P, "Chưa đến hạn", colnum="(11)"),
            C("plate", K, P, "Quá hạn", colnum="(12)")]


def cols_v2(label="Đơn vị"):
    """Totals last, short words (a provincial system's export)."""
    return [C("label", label),
            C("prev", "Tiếp nhận", "Tồn kỳ trước"), C("on", "Tiếp nhận", "Trực tuyến"),
            C("off", "Tiếp nhận", "Trực tiếp, BCCI"), C("recv", "Tiếp nhận", "Tổng"),
            C("early", "Đã giải quyết", "Sớm hạn"), C("ontime", "Đã giải quyết", "Đúng hạn"),
            C("late", "Đã giải quyết", "Trễ hạn"), C("res", "Đã giải quyết", "Tổng"),
            C("pok", "Đang giải quyết", "Trong hạn"), C("plate", "Đang giải quyết", "Quá hạn"),
            C("pend", "Đang giải quyết", "Tổng")]


# ---------------------------------------------------------------------------------------------
# The reports

SIGN_UBND = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def units(names, role="unit", fmt=None, start=1):
    rows = []
    for i, n in enumerate(names):
        rows.append(Row(label=fmt(n) if fmt else n, role=role, subject="unit:" + n, stt=str(start + i)))
    return rows


def find(t: Table, label: str) -> Row:
    for r in t.rows:
        if r.label == label:
            return r
    raise KeyError(label)


def pf(kind, ind, subject, value, text, num=None, den=None, scope=None):
    return {"kind": kind, "indicator": ind, "subject": subject, "scope": scope, "value": value,
            "numerator": num, "denominator": den, "text": text}


def N(v):
    return fmt_int(v, ".")


def P(v, d=2):
    return fmt_dec(v, d, ",")


def date_vi(iso):
    y, m, d = iso.split("-")
    return f"ngày {d} tháng {int(m)} năm {y}"


def r01():
    """Bình Định (before July 2025): Biểu 06 by level with departments and districts, column numbers."""
    rng = random.Random(101)
    t = Table("Biểu số 06: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM 2025",
              cols_tt01("Cơ quan, đơn vị"), [], colnums=True, unit_line="Đơn vị tính: hồ sơ")
    t.rows.append(Row("Cấp tỉnh", "group", "departments", "cấp tỉnh", stt="I"))
    t.rows += units(DEPTS_2025[:7])
    t.rows.append(Row("Cấp huyện", "group", "districts", "cấp huyện", stt="II"))
    t.rows += units(BINH_DINH)
    t.rows.append(Row("Cấp xã", "agg", "communes", "cấp xã", stt="III"))
    t.rows.append(Row("Toàn tỉnh", "total", "city", stt=""))
    for r in t.rows:
        if r.role == "unit":
            r.vals = gen_b06(rng, rng.randint(300, 9000))
    find(t, "Cấp xã").vals = gen_b06(rng, 61234)
    fill(t)
    tot = find(t, "Toàn tỉnh").vals
    rep = Report("t3_01_binhdinh_bieu06", "pdf_ruled", "quarterly_report", "2025-04-10", "Tỉnh Bình Định",
                 ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"], "Số: 97/BC-UBND", "Bình Định, " + date_vi("2025-04-10"),
                 ["BÁO CÁO", "Tình hình, kết quả giải quyết thủ tục hành chính quý I năm 2025"])
    rep.before = [
        "Thực hiện chế độ báo cáo định kỳ về công tác kiểm soát thủ tục hành chính, Ủy ban nhân dân tỉnh "
        "tổng hợp số liệu giải quyết thủ tục hành chính của ba cấp trong quý I năm 2025 (số liệu từ ngày "
        "15/12/2024 đến ngày 14/3/2025) theo Biểu số 06 dưới đây."]
    rep.after = [
        f"Tổng số hồ sơ nhận giải quyết của toàn tỉnh là {N(tot['recv'])} hồ sơ. Số hồ sơ đang giải quyết "
        f"quá hạn còn {N(tot['plate'])} hồ sơ, chủ yếu thuộc lĩnh vực đất đai."]
    rep.variant = {"compact": True, "pad": 1.0}
    rep.prose_facts = [pf("count", "received_total", "city", tot["recv"], N(tot["recv"])),
                       pf("count", "pending_late", "city", tot["plate"], N(tot["plate"]))]
    rep.signer = SIGN_UBND + ["Lê Văn Hảo"]
    rep.not_facts = [{"text": "(2)=(3)+(4)+(5)", "why": "reference"}, {"text": "15/12/2024", "why": "date"}]
    rep.tables = [t]
    return rep


def r02():
    """Lai Châu: online submission by department, levels and province; prose rate contradicts the table."""
    rng = random.Random(102)
    cols = [C("stt", "STT"), C("label", "Cơ quan, đơn vị"), C("recv", "Tổng số hồ sơ tiếp nhận"),
            C("on", "Trong đó", "Trực tuyến"), C("off", "Trong đó", "Trực tiếp, qua bưu chính"),
            C("r_on", "Tỷ lệ hồ sơ trực tuyến (%)")]
    t = Table("Bảng 1. Tỷ lệ hồ sơ nộp trực tuyến tháng 8 năm 2025", cols, [])
    t.rows.append(Row("Cấp tỉnh", "group", "departments", "cấp tỉnh", stt="I"))
    t.rows += units(DEPTS_2025)
    t.rows.append(Row("Cấp xã", "agg", "communes", "cấp xã", stt="II"))
    t.rows.append(Row("Toàn tỉnh", "total", "city"))
    for r in t.rows:
        if r.role == "unit":
            r.vals = gen_b06(rng, rng.randint(40, 2500), prev=False, pend=False)
            r.vals = {k: r.vals[k] for k in ("recv", "on", "off")}
    v = gen_b06(rng, 18342, prev=False, pend=False)
    find(t, "Cấp xã").vals = {k: v[k] for k in ("recv", "on", "off")}
    fill(t)
    tot = find(t, "Toàn tỉnh").vals
    wrong = round(tot["r_on"] - 1.37, 2)
    rep = Report("t3_02_laichau_online", "pdf_ruled", "weekly_notice", "2025-09-08", "Tỉnh Lai Châu",
                 ["VĂN PHÒNG UBND TỈNH LAI CHÂU"], "Số: 412/TB-VP", "Lai Châu, " + date_vi("2025-09-08"),
                 ["THÔNG BÁO", "Kết quả tiếp nhận hồ sơ trực tuyến tháng 8 năm 2025"])
    rep.before = [
        "Căn cứ dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, Văn phòng Ủy ban "
        "nhân dân tỉnh thông báo kết quả tiếp nhận hồ sơ của các cơ quan, đơn vị trong tháng 8 năm 2025 "
        "như sau:",
        f"Tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh đạt {P(wrong)}%, cao hơn chỉ tiêu được giao. "
        f"Cấp xã tiếp nhận {N(find(t, 'Cấp xã').vals['recv'])} hồ sơ.",
    ]
    rep.prose_facts = [pf("rate", "online_submission", "city", wrong, P(wrong) + "%"),
                       pf("count", "received_total", "communes", find(t, "Cấp xã").vals["recv"],
                          N(find(t, "Cấp xã").vals["recv"]), scope="cấp xã")]
    rep.mistakes = [{"code": "repeated_value_mismatch", "stated": wrong, "text": P(wrong) + "%",
                     "note": f"the table's total row 'Toàn tỉnh' gives {P(tot['r_on'])}"}]
    rep.not_facts = [{"text": "412/TB-VP", "why": "reference"}]
    rep.signer = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lò Văn Thắng"]
    rep.tables = [t]
    rep.landscape = False
    return rep


def r03():
    """Lâm Đồng: Biểu 06 by department (totals last, no total row); one row's received does not add up."""
    rng = random.Random(103)
    t = Table("Phụ lục: Kết quả giải quyết hồ sơ của các sở, ngành tháng 10/2025", cols_v2("Sở, ngành"), [],
              unit_line="ĐVT: hồ sơ")
    t.rows = units(DEPTS_2025)
    for r in t.rows:
        r.vals = gen_b06(rng, rng.randint(150, 4800))
    fill(t)
    row = find(t, "Sở Xây dựng")
    row.vals["on"] += 90
    rep = Report("t3_03_lamdong_songanh", "pdf_ruled", "weekly_notice", "2025-11-04", "Tỉnh Lâm Đồng",
                 ["ỦY BAN NHÂN DÂN", "TỈNH LÂM ĐỒNG"], "Số: 1188/UBND-KSTT", "Lâm Đồng, " + date_vi("2025-11-04"),
                 ["Về kết quả giải quyết thủ tục hành chính tháng 10 năm 2025"])
    rep.before = ["Ủy ban nhân dân tỉnh gửi kèm số liệu giải quyết hồ sơ thủ tục hành chính của các sở, ngành "
                  "trong tháng 10 năm 2025 để các cơ quan rà soát, chấn chỉnh các hồ sơ còn chậm."]
    rep.mistakes = [{"code": "sum_mismatch", "stated": row.vals["recv"], "text": N(row.vals["recv"]),
                     "note": "Sở Xây dựng: Tồn kỳ trước + Trực tuyến + Trực tiếp is 90 more than 'Tổng' tiếp nhận"}]
    rep.signer = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Trần Minh Khoa"]
    rep.tables = [t]
    return rep


def r04():
    """Thành phố Huế: 766 index by department with maxima in the header and a grade column."""
    rng = random.Random(104)
    cols = [C("stt", "TT"), C("label", "Cơ quan"),
            C("s_pub", "Công khai, minh bạch (18 điểm)"), C("s_prog", "Tiến độ giải quyết (20 điểm)"),
            C("s_dvc", "Dịch vụ trực tuyến (12 điểm)"), C("s_pay", "Thanh toán trực tuyến (10 điểm)"),
            C("s_sat", "Mức độ hài lòng (18 điểm)"), C("s_dig", "Số hóa hồ sơ (22 điểm)"),
            C("s_tot", "Tổng điểm (100 điểm)"), C("grade", "Xếp loại")]
    t = Table("Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2025 của các sở, ban, ngành",
              cols, [])
    t.rows = units(DEPTS_2025)
    for r in t.rows:
        r.vals = gen_scores(rng, lo=0.6)
        s = r.vals["s_tot"]
        r.vals["grade"] = "Xuất sắc" if s >= 90 else "Tốt" if s >= 80 else "Khá" if s >= 70 else "Trung bình"
    best = max(t.rows, key=lambda r: r.vals["s_tot"])
    rep = Report("t3_04_hue_766", "pdf_ruled", "portal_stats", "2025-12-05", "Thành phố Huế",
                 ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"], "Số: 356/TB-UBND", "Huế, " + date_vi("2025-12-05"),
                 ["THÔNG BÁO", "Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, "
                  "doanh nghiệp tháng 11 năm 2025"])
    rep.before = [f"Trong tháng, {best.subject[5:]} dẫn đầu các cơ quan cấp thành phố với "
                  f"{P(best.vals['s_tot'])} điểm."]
    rep.prose_facts = [pf("score", "index_766_total", best.subject, best.vals["s_tot"], P(best.vals["s_tot"]))]
    rep.not_facts = [{"text": "(18 điểm)", "why": "maximum"}, {"text": "(100 điểm)", "why": "maximum"}]
    rep.signer = SIGN_UBND + ["Nguyễn Thanh Bình"]
    rep.tables = [t]
    return rep


def r05():
    """Tây Ninh: Biểu 06 by department (docx, three header levels); prose count contradicts the table."""
    rng = random.Random(105)
    t = Table("Biểu tổng hợp kết quả giải quyết TTHC của các cơ quan cấp tỉnh quý III năm 2025",
              cols_tt01("Tên cơ quan"), [], colnums=False)
    t.rows = units(DEPTS_2025[:9])
    t.rows.append(Row("Cộng cấp tỉnh", "total", "departments", "cấp tỉnh"))
    for r in t.rows:
        if r.role == "unit":
            r.vals = gen_b06(rng, rng.randint(200, 6000))
    fill(t)
    tp = find(t, "Sở Tư pháp").vals
    wrong = tp["recv"] + 9 if tp["recv"] % 10 < 5 else tp["recv"] - 9
    tot = find(t, "Cộng cấp tỉnh").vals
    rep = Report("t3_05_tayninh_songanh", "docx", "quarterly_report", "2025-10-07", "Tỉnh Tây Ninh",
                 ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"], "Số: 215/BC-UBND", "Tây Ninh, " + date_vi("2025-10-07"),
                 ["BÁO CÁO", "Công tác kiểm soát thủ tục hành chính quý III năm 2025"])
    rep.before = [
        "I. TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        f"Trong quý, các cơ quan cấp tỉnh đã giải quyết {N(tot['res'])} hồ sơ. Sở Tư pháp là đơn vị có số hồ "
        f"sơ lớn, tiếp nhận {N(wrong)} hồ sơ, phần lớn thuộc lĩnh vực lý lịch tư pháp.",
        "Chi tiết số liệu của từng cơ quan tại biểu dưới đây.",
    ]
    rep.prose_facts = [pf("count", "resolved_total", "departments", tot["res"], N(tot["res"]), scope="cấp tỉnh"),
                       pf("count", "received_total", "unit:Sở Tư pháp", wrong, N(wrong))]
    rep.mistakes = [{"code": "repeated_value_mismatch", "stated": wrong, "text": N(wrong),
                     "note": f"the table gives Sở Tư pháp {N(tp['recv'])} hồ sơ nhận giải quyết"}]
    rep.signer = SIGN_UBND + ["Phạm Quốc Dũng"]
    rep.tables = [t]
    return rep


def r06():
    """Hà Nam (before July 2025): Biểu 06 of the district level, no total row; one resolved total wrong."""
    rng = random.Random(106)
    R = "Hồ sơ nhận giải quyết"
    D = "Hồ sơ đã giải quyết"
    E = "Hồ sơ đang giải quyết"
    cols = [C("stt", "STT"), C("label", "UBND cấp huyện"),
            C("recv", R, "Tổng số"), C("on", R, "Trong đó", "Trực tuyến"),
            C("off", R, "Trong đó", "Trực tiếp, bưu chính"), C("prev", R, "Trong đó", "Kỳ trước chuyển sang"),
            C("res", D, "Tổng số"), C("early", D, "Trong đó", "Trước hạn"),
            C("ontime", D, "Trong đó", "Đúng hạn"), C("late", D, "Trong đó", "Quá hạn"),
            C("pend", E, "Tổng số"), C("pok", E, "Trong đó", "Trong hạn"), C("plate", E, "Trong đó", "Quá hạn")]
    t = Table("Biểu 02. Tình hình giải quyết TTHC tại UBND cấp huyện quý I năm 2025", cols, [])
    t.rows = units(HA_NAM, fmt=lambda n: n.replace("Thành phố", "UBND thành phố").replace("Thị xã", "UBND thị xã")
                   .replace("Huyện", "UBND huyện"))
    for r in t.rows:
        r.vals = gen_b06(rng, rng.randint(1500, 9000))
    fill(t)
    row = t.rows[3]
    row.vals["early"] += 23
    rep = Report("t3_06_hanam_caphuyen", "docx", "quarterly_report", "2025-04-14", "Tỉnh Hà Nam",
                 ["VĂN PHÒNG ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"], "Số: 66/BC-VPUB", "Hà Nam, " + date_vi("2025-04-14"),
                 ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính của Ủy ban nhân dân cấp huyện quý I năm 2025"])
    rep.before = ["Văn phòng Ủy ban nhân dân tỉnh tổng hợp số liệu do Ủy ban nhân dân các huyện, thị xã, "
                  "thành phố báo cáo trên Hệ thống báo cáo của tỉnh."]
    rep.mistakes = [{"code": "sum_mismatch", "stated": row.vals["res"], "text": N(row.vals["res"]),
                     "note": f"{row.label}: trước hạn + đúng hạn + quá hạn is 23 more than the stated total"}]
    rep.signer = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đỗ Thị Lan"]
    rep.tables = [t]
    return rep


def linhvuc_rows(names, rng, size=(5, 400), **kw):
    rows = []
    for i, n in enumerate(names):
        r = Row(n, "field", "self", n, stt=str(i + 1))
        r.vals = gen_b06(rng, rng.randint(*size), **kw)
        rows.append(r)
    return rows


def r07():
    """Xã Hòa An (Cao Bằng): a commune's own Biểu 06 by field, borderless PDF, total row = self."""
    rng = random.Random(107)
    fields = ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Người có công", "Hộ kinh doanh",
              "Xây dựng", "Nuôi con nuôi"]
    t = Table("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2025", cols_v2("Lĩnh vực"), [])
    t.rows = linhvuc_rows(fields, rng)
    t.rows[-1].vals = {"prev": 0, "on": 0, "off": 2, "recv": 2, "early": 0, "ontime": 2, "late": 0, "res": 2,
                       "pok": 0, "plate": 0, "pend": 0}
    t.rows.append(Row("Tổng cộng", "total", "self"))
    fill(t)
    tot = find(t, "Tổng cộng").vals
    rep = Report("t3_07_hoaan_linhvuc", "pdf_borderless", "commune_report", "2025-10-02", "Tỉnh Cao Bằng",
                 ["ỦY BAN NHÂN DÂN", "XÃ HÒA AN"], "Số: 58/BC-UBND", "Hòa An, " + date_vi("2025-10-02"),
                 ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính quý III năm 2025"])
    rep.before = [f"Trong quý III năm 2025, Ủy ban nhân dân xã đã tiếp nhận và giải quyết hồ sơ thủ tục hành "
                  f"chính của người dân theo đúng quy định. Số hồ sơ đã giải quyết là {N(tot['res'])} hồ sơ, "
                  f"trong đó quá hạn {N(tot['late'])} hồ sơ."]
    rep.prose_facts = [pf("count", "resolved_total", "self", tot["res"], N(tot["res"])),
                       pf("count", "resolved_late", "self", tot["late"], N(tot["late"]))]
    rep.signer = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hoàng Văn Sơn"]
    rep.tables = [t]
    return rep


def r08():
    """Long An (before July 2025): received and resolved by district, borderless; the total row is wrong."""
    rng = random.Random(108)
    cols = [C("stt", "STT"), C("label", "Huyện, thị xã, thành phố"),
            C("recv", "Hồ sơ tiếp nhận", "Tổng số"), C("on", "Hồ sơ tiếp nhận", "Trực tuyến"),
            C("off", "Hồ sơ tiếp nhận", "Trực tiếp"),
            C("res", "Hồ sơ đã giải quyết", "Tổng số"), C("intime", "Hồ sơ đã giải quyết", "Trước hạn, đúng hạn"),
            C("late", "Hồ sơ đã giải quyết", "Trễ hạn")]
    t = Table("Tình hình tiếp nhận, giải quyết hồ sơ cấp huyện tháng 12/2024", cols, [])
    t.rows = units(LONG_AN)
    for r in t.rows:
        v = gen_b06(rng, rng.randint(2000, 12000), prev=False, pend=False, split_early=False)
        r.vals = {k: v[k] for k in ("recv", "on", "off", "res", "intime", "late")}
    t.rows.append(Row("Cộng cấp huyện", "total", "districts", "cấp huyện"))
    fill(t)
    tot = find(t, "Cộng cấp huyện").vals
    tot["res"] += 100
    rep = Report("t3_08_longan_caphuyen", "pdf_borderless", "weekly_notice", "2025-01-08", "Tỉnh Long An",
                 ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"], "Số: 23/UBND-VP", "Long An, " + date_vi("2025-01-08"),
                 ["V/v kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính cấp huyện tháng 12/2024"])
    rep.before = ["Ủy ban nhân dân tỉnh thông tin số liệu tiếp nhận, giải quyết hồ sơ thủ tục hành chính của "
                  "Ủy ban nhân dân cấp huyện trong tháng 12 năm 2024 (số liệu trích xuất ngày 31/12/2024)."]
    rep.mistakes = [{"code": "sum_mismatch", "stated": tot["res"], "text": N(tot["res"]),
                     "note": "'Cộng cấp huyện' Đã giải quyết Tổng số is 100 more than the column sum "
                             "and than its own Đúng hạn + Trễ hạn"}]
    rep.signer = ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "Võ Thành Nhân"]
    rep.tables = [t]
    rep.landscape = False
    return rep


def r09():
    """Nghệ An: procedures by level and online service, borderless."""
    rng = random.Random(109)
    cols = [C("stt", "STT"), C("label", "Cấp thực hiện"), C("tt", "Tổng số TTHC"),
            C("tt_full", "Cung cấp dịch vụ công trực tuyến", "Toàn trình"),
            C("tt_part", "Cung cấp dịch vụ công trực tuyến", "Một phần"),
            C("tt_none", "Chưa cung cấp trực tuyến")]
    t = Table("Số lượng thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp", cols, [],
              unit_line="Đơn vị tính: thủ tục")
    t.rows = [Row("Cấp tỉnh", "agg", "departments", "cấp tỉnh", stt="1"),
              Row("Cấp xã", "agg", "communes", "cấp xã", stt="2"),
              Row("Tổng cộng", "total", "city")]
    t.rows[0].vals = gen_tthc(rng, 1592)
    t.rows[1].vals = gen_tthc(rng, 367)
    fill(t)
    tot = find(t, "Tổng cộng").vals
    rep = Report("t3_09_nghean_tthc", "pdf_borderless", "quarterly_report", "2025-08-25", "Tỉnh Nghệ An",
                 ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"], "Số: 640/BC-UBND", "Nghệ An, " + date_vi("2025-08-25"),
                 ["BÁO CÁO", "Rà soát danh mục thủ tục hành chính sau sắp xếp đơn vị hành chính"])
    rep.before = [f"Sau khi sắp xếp, tổ chức lại chính quyền địa phương hai cấp, toàn tỉnh có {N(tot['tt'])} "
                  f"thủ tục hành chính; trong đó {N(tot['tt_full'])} thủ tục được cung cấp dịch vụ công trực "
                  f"tuyến toàn trình."]
    rep.prose_facts = [pf("count", "procedures_total", "city", tot["tt"], N(tot["tt"])),
                       pf("count", "procedures_full_online", "city", tot["tt_full"], N(tot["tt_full"]))]
    rep.signer = SIGN_UBND + ["Bùi Đình Long"]
    rep.tables = [t]
    rep.landscape = False
    return rep


def r10():
    """Đồng Tháp portal page: online rate of 20 communes (a portal list, no total row); one rate wrong."""
    rng = random.Random(110)
    cols = [C("label", "Đơn vị"), C("on", "Hồ sơ trực tuyến"), C("off", "Hồ sơ trực tiếp"),
            C("recv", "Tổng cộng"), C("r_on", "Tỷ lệ trực tuyến")]
    t = Table("Tỷ lệ hồ sơ trực tuyến theo đơn vị – tháng 10/2025", cols, [], style=Style(pct=True))
    t.rows = units(DONG_THAP)
    for r in t.rows:
        v = gen_b06(rng, rng.randint(300, 5200), prev=False, pend=False, online=(0.3, 0.95))
        r.vals = {k: v[k] for k in ("recv", "on", "off")}
    fill(t)
    row = find(t, "Xã Cái Bè")
    row.vals["r_on"] = round(row.vals["r_on"] + 4.05, 2)
    rep = Report("t3_10_dongthap_online", "html", "portal_stats", "2025-11-03", "Tỉnh Đồng Tháp",
                 ["CỔNG DỊCH VỤ CÔNG TỈNH ĐỒNG THÁP"], "", "Cập nhật ngày 03/11/2025",
                 ["Thống kê tỷ lệ hồ sơ trực tuyến của cấp xã tháng 10/2025"])
    rep.variant = {"portal": "Thống kê", "th": True, "thead": True}
    rep.before = ["Bảng dưới đây liệt kê 20 đơn vị cấp xã có số hồ sơ tiếp nhận lớn nhất trong tháng."]
    rep.mistakes = [{"code": "ratio_mismatch", "stated": row.vals["r_on"], "text": P(row.vals["r_on"]) + "%",
                     "note": f"Xã Cái Bè: {row.vals['on']}/{row.vals['recv']} is "
                             f"{P(pct(row.vals['on'], row.vals['recv'], 2))}%"}]
    rep.not_facts = [{"text": "20 đơn vị", "why": "count_of_things"}]
    rep.tables = [t]
    return rep


def r11():
    """Cà Mau portal page: 766 index of 15 communes; one total differs from its components."""
    rng = random.Random(111)
    cols = [C("stt", "STT"), C("label", "Xã, phường"),
            C("s_pub", "Điểm thành phần", "Công khai, minh bạch"), C("s_prog", "Điểm thành phần", "Tiến độ giải quyết"),
            C("s_dvc", "Điểm thành phần", "Dịch vụ công trực tuyến"),
            C("s_pay", "Điểm thành phần", "Thanh toán trực tuyến"),
            C("s_sat", "Điểm thành phần", "Mức độ hài lòng"), C("s_dig", "Điểm thành phần", "Số hóa hồ sơ"),
            C("s_tot", "Tổng điểm")]
    t = Table("Kết quả Bộ chỉ số 766 của 15 xã, phường dẫn đầu tháng 9/2025", cols, [])
    t.rows = units(CA_MAU)
    for r in t.rows:
        r.vals = gen_scores(rng, lo=0.7)
    row = find(t, "Xã U Minh")
    row.vals["s_tot"] = round(row.vals["s_tot"] + 2.5, 2)
    rep = Report("t3_11_camau_766", "html", "portal_stats", "2025-10-06", "Tỉnh Cà Mau",
                 ["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH CÀ MAU"], "", "Đăng ngày 06/10/2025",
                 ["Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp của cấp xã tháng 9/2025"])
    rep.variant = {"portal": "Tin tức", "th": False, "thead": False, "nbsp": True}
    rep.before = ["Theo dữ liệu trên Cổng Dịch vụ công quốc gia, kết quả của các xã, phường dẫn đầu như sau."]
    rep.mistakes = [{"code": "score_sum_mismatch", "stated": row.vals["s_tot"], "text": P(row.vals["s_tot"]),
                     "note": "Xã U Minh: the six components sum to 2,50 less than the stated total"}]
    rep.tables = [t]
    return rep


def r12():
    """Lai Châu: Biểu 06 of all 38 communes over two pages (header repeated); one balance broken."""
    rng = random.Random(112)
    t = Table("Biểu số 06b: Tình hình, kết quả giải quyết TTHC của UBND cấp xã quý III năm 2025",
              cols_tt01("Tên xã, phường"), [], colnums=True)
    t.rows = units(LAI_CHAU)
    for r in t.rows:
        r.vals = gen_b06(rng, rng.randint(120, 3400))
    fill(t)
    row = find(t, "Xã Sìn Hồ")
    row.vals["recv"] += 40
    row.vals["off"] += 40
    rep = Report("t3_12_laichau_xa_bieu06", "pdf_pages", "quarterly_report", "2025-10-09", "Tỉnh Lai Châu",
                 ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], "Số: 301/BC-UBND", "Lai Châu, " + date_vi("2025-10-09"),
                 ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính của cấp xã quý III năm 2025"])
    rep.before = ["Sau ba tháng vận hành chính quyền địa phương hai cấp, Ủy ban nhân dân các xã, phường đã "
                  "tiếp nhận, giải quyết hồ sơ thủ tục hành chính với số liệu chi tiết tại biểu kèm theo."]
    rep.mistakes = [{"code": "balance_mismatch", "stated": row.vals["recv"], "text": N(row.vals["recv"]),
                     "note": "Xã Sìn Hồ: nhận giải quyết is 40 more than đã giải quyết + đang giải quyết "
                             "(its own parts add up)"}]
    rep.not_facts = [{"text": "(2)=(3)+(4)+(5)", "why": "reference"}]
    rep.signer = SIGN_UBND + ["Giàng A Tính"]
    rep.tables = [t]
    return rep


def r13():
    """Thành phố Huế: online rate of all 40 wards and communes, borderless over two pages, short names."""
    rng = random.Random(113)
    cols = [C("stt", "STT"), C("label", "Phường, xã"), C("recv", "Tổng số hồ sơ"),
            C("on", "Trong đó", "Trực tuyến"), C("off", "Trong đó", "Trực tiếp"),
            C("r_on", "Tỷ lệ trực tuyến (%)")]
    t = Table("Phụ lục 2. Tỷ lệ hồ sơ trực tuyến của cấp xã tháng 10 năm 2025", cols, [],
              style=Style(rate_dec=1))
    t.rows = units(HUE, fmt=lambda n: n.split(" ", 1)[1])
    for r in t.rows:
        v = gen_b06(rng, rng.randint(200, 4000), prev=False, pend=False, online=(0.55, 0.98))
        r.vals = {k: v[k] for k in ("recv", "on", "off")}
    t.rows.append(Row("Tổng cấp xã", "total", "communes", "cấp xã"))
    fill(t)
    tot = find(t, "Tổng cấp xã").vals
    rep = Report("t3_13_hue_xa_online", "pdf_pages", "weekly_notice", "2025-11-06", "Thành phố Huế",
                 ["VĂN PHÒNG ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ"], "Số: 2290/VP-KSTT", "Huế, " + date_vi("2025-11-06"),
                 ["Kết quả tiếp nhận hồ sơ trực tuyến tại cấp xã tháng 10 năm 2025"])
    rep.before = [
        "Thực hiện chỉ đạo của Chủ tịch Ủy ban nhân dân thành phố về đẩy mạnh cung cấp, sử dụng dịch vụ công "
        "trực tuyến sau khi sắp xếp đơn vị hành chính, Văn phòng Ủy ban nhân dân thành phố đã phối hợp với "
        "Trung tâm Phục vụ hành chính công theo dõi việc tiếp nhận hồ sơ tại Bộ phận Một cửa của các phường, xã.",
        "Qua theo dõi, nhiều đơn vị đã bố trí công chức hướng dẫn người dân tạo tài khoản định danh điện tử và "
        "nộp hồ sơ trên Cổng Dịch vụ công quốc gia; một số đơn vị ở vùng núi còn gặp khó khăn về đường truyền "
        "và thiết bị, người dân chủ yếu vẫn đến nộp hồ sơ trực tiếp.",
        f"Trong tháng 10 năm 2025, 40 phường, xã tiếp nhận tổng cộng {N(tot['recv'])} hồ sơ; tỷ lệ "
        f"hồ sơ trực tuyến của cấp xã đạt {P(tot['r_on'], 1)}% ({N(tot['on'])}/{N(tot['recv'])} hồ sơ).",
        "Kết quả cụ thể của từng đơn vị như sau:"]
    rep.after = ["Đề nghị các phường, xã có tỷ lệ thấp rà soát nguyên nhân, có giải pháp cải thiện trong tháng 11."]
    rep.variant = {"borderless": True, "pad": 2.6}
    rep.prose_facts = [pf("count", "received_total", "communes", tot["recv"], N(tot["recv"]), scope="cấp xã"),
                       pf("rate", "online_submission", "communes", tot["r_on"], P(tot["r_on"], 1) + "%",
                          tot["on"], tot["recv"], scope="cấp xã")]
    rep.not_facts = [{"text": "40 phường, xã", "why": "count_of_things"}, {"text": "tháng 11", "why": "date"}]
    rep.signer = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hồ Xuân Trung"]
    rep.tables = [t]
    rep.landscape = False
    return rep


def r14():
    """Cao Bằng: 766 index of all 56 communes over two pages; a maxima row, 'x' and '...' cells."""
    rng = random.Random(114)
    cols = [C("stt", "STT"), C("label", "Đơn vị"),
            C("s_pub", "Các chỉ số thành phần", "Công khai, minh bạch"),
            C("s_prog", "Các chỉ số thành phần", "Tiến độ giải quyết"),
            C("s_dvc", "Các chỉ số thành phần", "Cung cấp dịch vụ trực tuyến"),
            C("s_pay", "Các chỉ số thành phần", "Thanh toán trực tuyến"),
            C("s_sat", "Các chỉ số thành phần", "Mức độ hài lòng"),
            C("s_dig", "Các chỉ số thành phần", "Số hóa hồ sơ"), C("s_tot", "Tổng điểm")]
    t = Table("Bảng điểm Bộ chỉ số 766 của các xã, phường tháng 10/2025", cols, [], style=Style(score_dec=1))
    maxrow = Row("Điểm tối đa", "maxrow", vals={k: float(SCORE_MAX[k]) for k in SCORE_PARTS + ["s_tot"]})
    t.rows = [maxrow] + units(CAO_BANG)
    for r in t.rows[1:]:
        r.vals = gen_scores(rng, dec=1, lo=0.5)
    # no online payment applies to two communes this month: 'x', the total is the sum of the others
    for lab in ("Xã Lũng Nặm", "Xã Cô Ba"):
        r = find(t, lab)
        r.vals["s_tot"] = round(r.vals["s_tot"] - r.vals["s_pay"], 1)
        r.vals["s_pay"] = "x"
    # digitization not yet published for one commune: '...', its total includes the unpublished part
    find(t, "Xã Thông Nông").vals["s_dig"] = "..."
    t.notes = ["Ghi chú: (x) không phát sinh giao dịch thanh toán trực tuyến; (...) chưa có số liệu số hóa."]
    rep = Report("t3_14_caobang_766", "pdf_pages", "portal_stats", "2025-11-12", "Tỉnh Cao Bằng",
                 ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"], "Số: 1720/UBND-HCC", "Cao Bằng, " + date_vi("2025-11-12"),
                 ["V/v thông báo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của cấp xã tháng 10/2025"])
    rep.before = ["Ủy ban nhân dân tỉnh thông báo điểm Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục "
                  "vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công của 56 xã, phường "
                  "(điểm tối đa 100)."]
    rep.not_facts = [{"text": "Điểm tối đa", "why": "maximum"}, {"text": "56 xã, phường", "why": "count_of_things"}]
    rep.signer = ["TL. CHỦ TỊCH", "GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Nông Thị Hà"]
    rep.tables = [t]
    rep.landscape = False
    return rep


def r15():
    """Quảng Ngãi: received and resolved with on-time rate, xlsx with % cells; one rate cell wrong."""
    rng = random.Random(115)
    cols = [C("stt", "STT"), C("label", "Đơn vị"), C("recv", "Số hồ sơ tiếp nhận", "Tổng"),
            C("on", "Số hồ sơ tiếp nhận", "Trực tuyến"), C("off", "Số hồ sơ tiếp nhận", "Trực tiếp"),
            C("res", "Số hồ sơ đã giải quyết", "Tổng"),
            C("intime", "Số hồ sơ đã giải quyết", "Đúng hạn (kể cả trước hạn)"),
            C("late", "Số hồ sơ đã giải quyết", "Quá hạn"), C("r_ot", "Tỷ lệ giải quyết đúng hạn")]
    t = Table("KẾT QUẢ GIẢI QUYẾT HỒ SƠ THÁNG 11/2025", cols, [], style=Style(xl_pct=True))
    t.rows.append(Row("Cấp tỉnh", "group", "departments", "cấp tỉnh", stt="I"))
    t.rows += units(DEPTS_2025)
    t.rows.append(Row("Cấp xã", "agg", "communes", "cấp xã", stt="II"))
    t.rows.append(Row("Toàn tỉnh", "total", "city"))
    for r in t.rows:
        if r.role == "unit":
            v = gen_b06(rng, rng.randint(100, 5000), prev=False, pend=False, split_early=False, late=(0, 0.06))
            r.vals = {k: v[k] for k in ("recv", "on", "off", "res", "intime", "late")}
    v = gen_b06(rng, 40518, prev=False, pend=False, split_early=False)
    find(t, "Cấp xã").vals = {k: v[k] for k in ("recv", "on", "off", "res", "intime", "late")}
    fill(t)
    row = find(t, "Sở Nông nghiệp và Môi trường")
    old = row.vals["r_ot"]
    row.vals["r_ot"] = round(old + 2.3 if old < 97 else old - 2.3, 2)
    rep = Report("t3_15_quangngai_dunghan", "xlsx", "portal_stats", "2025-12-02", "Tỉnh Quảng Ngãi",
                 ["UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG"], "", "Quảng Ngãi, " + date_vi("2025-12-02"),
                 ["TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 11 NĂM 2025"])
    rep.variant = {"sheet": "T11-2025"}
    rep.mistakes = [{"code": "ratio_mismatch", "stated": row.vals["r_ot"], "text": P(row.vals["r_ot"]) + "%",
                     "note": f"Sở Nông nghiệp và Môi trường: {row.vals['intime']}/{row.vals['res']} is {P(old)}%"}]
    rep.tables = [t]
    return rep


def r16():
    """Quảng Nam (January 2025): group rows of departments and districts, no grand total; group II wrong."""
    rng = random.Random(116)
    cols = [C("stt", "STT"), C("label", "Cơ quan, địa phương"), C("recv", "Tiếp nhận", "Tổng số"),
            C("on", "Tiếp nhận", "Trực tuyến"), C("off", "Tiếp nhận", "Trực tiếp, bưu chính"),
            C("res", "Đã giải quyết", "Tổng số"), C("intime", "Đã giải quyết", "Đúng và trước hạn"),
            C("late", "Đã giải quyết", "Quá hạn")]
    t = Table("Số liệu tiếp nhận, giải quyết hồ sơ tháng 01/2025", cols, [])
    t.rows.append(Row("Các sở, ban, ngành", "group", "departments", "cấp tỉnh", stt="I"))
    t.rows += units(DEPTS_2024)
    t.rows.append(Row("UBND các huyện, thị xã, thành phố", "group", "districts", "cấp huyện", stt="II"))
    t.rows += units(QUANG_NAM)
    for r in t.rows:
        if r.role == "unit":
            v = gen_b06(rng, rng.randint(150, 7000), prev=False, pend=False, split_early=False)
            r.vals = {k: v[k] for k in ("recv", "on", "off", "res", "intime", "late")}
    fill(t)
    g = find(t, "UBND các huyện, thị xã, thành phố").vals
    g["recv"] += 1000
    rep = Report("t3_16_quangnam_nhom", "xlsx", "weekly_notice", "2025-02-05", "Tỉnh Quảng Nam",
                 ["VĂN PHÒNG UBND TỈNH QUẢNG NAM"], "", "Tam Kỳ, " + date_vi("2025-02-05"),
                 ["SỐ LIỆU TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THÁNG 01/2025"])
    rep.variant = {"sheet": "Sheet1"}
    rep.mistakes = [{"code": "sum_mismatch", "stated": g["recv"], "text": N(g["recv"]),
                     "note": "group row II: Tổng số tiếp nhận is 1.000 more than the sum of its districts "
                             "and than its own Trực tuyến + Trực tiếp"}]
    rep.tables = [t]
    return rep


def r17():
    """Hưng Yên: two tables in one docx (Biểu 06 by level, 766 by department)."""
    rng = random.Random(117)
    t1 = Table("Bảng 1. Kết quả giải quyết TTHC theo cấp", cols_tt01("Cấp"), [], colnums=False)
    t1.rows = [Row("Cấp tỉnh", "agg", "departments", "cấp tỉnh", stt="1"),
               Row("Cấp xã", "agg", "communes", "cấp xã", stt="2"), Row("Toàn tỉnh", "total", "city")]
    t1.rows[0].vals = gen_b06(rng, 28911)
    t1.rows[1].vals = gen_b06(rng, 96120)
    fill(t1)
    cols = [C("stt", "STT"), C("label", "Sở, ngành"), C("s_pub", "Công khai, minh bạch"),
            C("s_prog", "Tiến độ giải quyết"), C("s_dvc", "Dịch vụ công trực tuyến"),
            C("s_pay", "Thanh toán trực tuyến"), C("s_sat", "Mức độ hài lòng"), C("s_dig", "Số hóa hồ sơ"),
            C("s_tot", "Tổng điểm")]
    t2 = Table("Bảng 2. Điểm Bộ chỉ số 766 của các sở, ngành", cols, [])
    t2.rows = units(DEPTS_2025[:8])
    for r in t2.rows:
        r.vals = gen_scores(rng, lo=0.65)
    tot = find(t1, "Toàn tỉnh").vals
    ot = pct(tot["early"] + tot["ontime"], tot["res"], 2)
    rep = Report("t3_17_hungyen_haibang", "docx", "quarterly_report", "2025-10-10", "Tỉnh Hưng Yên",
                 ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], "Số: 188/BC-UBND", "Hưng Yên, " + date_vi("2025-10-10"),
                 ["BÁO CÁO", "Kết quả thực hiện cải cách thủ tục hành chính quý III năm 2025"])
    rep.before = [
        f"Toàn tỉnh đã giải quyết {N(tot['res'])} hồ sơ, trong đó trước hạn và đúng hạn "
        f"{N(tot['early'] + tot['ontime'])} hồ sơ, đạt tỷ lệ {P(ot)}%.",
        "Kết quả chi tiết theo từng cấp và điểm Bộ chỉ số của các sở, ngành như sau:"]
    rep.prose_facts = [pf("count", "resolved_total", "city", tot["res"], N(tot["res"])),
                       pf("count", "resolved_in_time", "city", tot["early"] + tot["ontime"],
                          N(tot["early"] + tot["ontime"])),
                       pf("rate", "resolved_on_time", "city", ot, P(ot) + "%", tot["early"] + tot["ontime"],
                          tot["res"])]
    rep.signer = SIGN_UBND + ["Trịnh Văn Điều"]
    rep.tables = [t1, t2]
    return rep


def r18():
    """Sở Tư pháp (Nghệ An) reporting on itself by field; '...' in the carried-over column."""
    rng = random.Random(118)
    fields = ["Lý lịch tư pháp", "Công chứng", "Hộ tịch", "Quốc tịch", "Luật sư", "Đấu giá tài sản",
              "Trợ giúp pháp lý"]
    t = Table("Biểu: Tình hình, kết quả giải quyết TTHC của Sở Tư pháp 9 tháng năm 2025", cols_tt01("Lĩnh vực"),
              [], colnums=True)
    t.rows = linhvuc_rows(fields, rng, size=(10, 9000))
    t.rows.append(Row("Tổng cộng", "total", "self"))
    fill(t)
    # the carried-over figure of one field is missing in the source system: '...' (received stays true)
    find(t, "Quốc tịch").vals["prev"] = "..."
    find(t, "Tổng cộng").vals["prev"] = "..."
    tot = find(t, "Tổng cộng").vals
    rep = Report("t3_18_sotuphap_nghean", "docx", "quarterly_report", "2025-09-26", "Tỉnh Nghệ An",
                 ["UBND TỈNH NGHỆ AN", "SỞ TƯ PHÁP"], "Số: 2315/BC-STP", "Nghệ An, " + date_vi("2025-09-26"),
                 ["BÁO CÁO", "Kết quả công tác kiểm soát thủ tục hành chính 9 tháng năm 2025"])
    rep.before = [f"Trong kỳ báo cáo, Sở Tư pháp nhận giải quyết {N(tot['recv'])} hồ sơ; đang giải quyết "
                  f"{N(tot['pend'])} hồ sơ, trong đó quá hạn {N(tot['plate'])} hồ sơ."]
    rep.prose_facts = [pf("count", "received_total", "self", tot["recv"], N(tot["recv"])),
                       pf("count", "pending_total", "self", tot["pend"], N(tot["pend"])),
                       pf("count", "pending_late", "self", tot["plate"], N(tot["plate"]))]
    t.notes = ["(...): số liệu hồ sơ tồn kỳ trước của lĩnh vực quốc tịch chưa được đồng bộ từ hệ thống cũ."]
    rep.signer = ["GIÁM ĐỐC", "Trần Thị Mai"]
    rep.tables = [t]
    return rep


def r19():
    """Hưng Yên portal: level table, '.' as decimal mark and no thousands separators, on-time and late rates."""
    rng = random.Random(119)
    cols = [C("label", "Cấp"), C("recv", "Tổng"), C("res", "Đã xử lý"), C("pend", "Chưa xử lý"),
            C("intime", "Đúng hạn, trước hạn", "Tổng"), C("r_ot", "Đúng hạn, trước hạn", "%"),
            C("late", "Trễ hạn", "Tổng"), C("r_late", "Trễ hạn", "%")]
    t = Table("Kết quả giải quyết thủ tục hành chính", cols, [],
              style=Style(sep="", zero="0", rate_dec=2, pct=True, mark="."))
    t.rows = [Row("Cấp tỉnh", "agg", "departments", "cấp tỉnh"), Row("Cấp xã", "agg", "communes", "cấp xã"),
              Row("Toàn tỉnh", "total", "city")]
    for seed in range(200):
        rr = random.Random(1190 + seed)
        for r, size in zip(t.rows[:2], (31522, 88410)):
            v = gen_b06(rr, size, prev=False, split_early=False, late=(0.005, 0.04))
            r.vals = {k: v[k] for k in ("recv", "res", "pend", "intime", "late")}
        for r in t.rows:
            for k in ("r_ot", "r_late"):
                r.vals.pop(k, None)
        t.rows[2].vals = {}
        fill(t)
        if complement_ok(t):
            break
    rep = Report("t3_19_hungyen_portal", "html", "portal_stats", "2025-11-30", "Tỉnh Hưng Yên",
                 ["HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH HƯNG YÊN"], "",
                 "Số liệu từ 01/11/2025 đến 30/11/2025", ["Thống kê"])
    rep.variant = {"portal": "Thống kê", "th": True, "thead": True}
    rep.not_facts = [{"text": "01/11/2025", "why": "date"}]
    rep.tables = [t]
    return rep


def r20():
    """Tây Ninh: 766 by department in an .ods sheet; one total differs from its components."""
    rng = random.Random(120)
    cols = [C("stt", "STT"), C("label", "Tên cơ quan"),
            C("s_pub", "Nhóm chỉ số", "Công khai, minh bạch"), C("s_prog", "Nhóm chỉ số", "Tiến độ giải quyết"),
            C("s_dvc", "Nhóm chỉ số", "Dịch vụ công trực tuyến"), C("s_pay", "Nhóm chỉ số", "Thanh toán trực tuyến"),
            C("s_sat", "Nhóm chỉ số", "Mức độ hài lòng"), C("s_dig", "Nhóm chỉ số", "Số hóa hồ sơ"),
            C("s_tot", "Tổng điểm"), C("grade", "Xếp loại")]
    t = Table("BẢNG ĐIỂM CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP QUÝ III/2025 - KHỐI SỞ, NGÀNH", cols, [])
    t.rows = units(DEPTS_2025)
    for r in t.rows:
        r.vals = gen_scores(rng, lo=0.62)
    row = find(t, "Sở Y tế")
    row.vals["s_tot"] = round(row.vals["s_tot"] - 1.2, 2)
    for r in t.rows:
        s = r.vals["s_tot"]
        r.vals["grade"] = "Xuất sắc" if s >= 90 else "Tốt" if s >= 80 else "Khá" if s >= 70 else "Trung bình"
    rep = Report("t3_20_tayninh_766", "ods", "portal_stats", "2025-10-15", "Tỉnh Tây Ninh",
                 ["UBND TỈNH TÂY NINH"], "", "Tây Ninh, " + date_vi("2025-10-15"),
                 ["KẾT QUẢ BỘ CHỈ SỐ 766 QUÝ III NĂM 2025"])
    rep.variant = {"sheet": "766"}
    rep.mistakes = [{"code": "score_sum_mismatch", "stated": row.vals["s_tot"], "text": P(row.vals["s_tot"]),
                     "note": "Sở Y tế: the components sum to 1,20 more than the stated total"}]
    rep.tables = [t]
    return rep


def r21():
    """Cà Mau: online rate per department with a target column and an evaluation column (xlsx)."""
    rng = random.Random(121)
    cols = [C("stt", "STT"), C("label", "Cơ quan"), C("recv", "Tổng hồ sơ tiếp nhận"),
            C("on", "Hồ sơ trực tuyến"), C("off", "Hồ sơ trực tiếp, bưu chính"),
            C("r_on", "Tỷ lệ trực tuyến (%)"), C("target", "Chỉ tiêu giao (%)"), C("eval", "Đánh giá")]
    t = Table("TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC CƠ QUAN CẤP TỈNH THÁNG 9/2025", cols, [])
    t.rows = units(DEPTS_2025)
    for r in t.rows:
        v = gen_b06(rng, rng.randint(60, 3200), prev=False, pend=False, online=(0.4, 0.99))
        r.vals = {k: v[k] for k in ("recv", "on", "off")}
    t.rows.append(Row("Cộng cấp tỉnh", "total", "departments", "cấp tỉnh"))
    fill(t)
    for r in t.rows:
        r.vals["target"] = 80
        r.vals["eval"] = "Đạt" if r.vals["r_on"] >= 80 else "Chưa đạt"
    rep = Report("t3_21_camau_chitieu", "xlsx", "weekly_notice", "2025-10-03", "Tỉnh Cà Mau",
                 ["VĂN PHÒNG UBND TỈNH CÀ MAU"], "", "Cà Mau, " + date_vi("2025-10-03"),
                 ["TỶ LỆ HỒ SƠ TRỰC TUYẾN THÁNG 9 NĂM 2025"])
    rep.variant = {"sheet": "TT-T9"}
    rep.not_facts = [{"text": "80", "why": "target"}]
    rep.tables = [t]
    return rep


def r22():
    """Quảng Nam (May 2025): Biểu 06 by district in a legacy .doc; one balance broken."""
    rng = random.Random(122)
    t = Table("Biểu số 06c: Kết quả giải quyết TTHC của UBND cấp huyện tháng 5/2025",
              cols_tt01("Đơn vị"), [], colnums=True)
    t.rows = units(QUANG_NAM)
    for r in t.rows:
        r.vals = gen_b06(rng, rng.randint(800, 8000))
    fill(t)
    row = find(t, "Huyện Đại Lộc")
    row.vals["pend"] += 55
    row.vals["pok"] += 55
    rep = Report("t3_22_quangnam_bieu06", "doc", "weekly_notice", "2025-06-04", "Tỉnh Quảng Nam",
                 ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM"], "Số: 3120/UBND-KSTT", "Quảng Nam, " + date_vi("2025-06-04"),
                 ["V/v tình hình giải quyết thủ tục hành chính cấp huyện tháng 5/2025"])
    rep.before = ["Ủy ban nhân dân tỉnh gửi số liệu giải quyết thủ tục hành chính của Ủy ban nhân dân các huyện, "
                  "thị xã, thành phố trong tháng 5 năm 2025 (Biểu số 06c kèm theo) để các địa phương theo dõi."]
    rep.mistakes = [{"code": "balance_mismatch", "stated": row.vals["pend"], "text": N(row.vals["pend"]),
                     "note": "Huyện Đại Lộc: đang giải quyết is 55 more than nhận giải quyết − đã giải quyết "
                             "(its own parts add up)"}]
    rep.signer = ["TL. CHỦ TỊCH", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Hữu Phước"]
    rep.tables = [t]
    return rep


def r23():
    """Thanh Hóa: procedures per department with a departments total (legacy .doc)."""
    rng = random.Random(123)
    cols = [C("stt", "TT"), C("label", "Cơ quan"), C("tt", "Số TTHC"),
            C("tt_full", "Trong đó", "DVC trực tuyến toàn trình"),
            C("tt_part", "Trong đó", "DVC trực tuyến một phần"), C("tt_none", "Trong đó", "Còn lại")]
    t = Table("Phụ lục: Thống kê thủ tục hành chính thuộc thẩm quyền giải quyết của các sở, ngành", cols, [])
    t.rows = units(DEPTS_2025)
    for r in t.rows:
        r.vals = gen_tthc(rng, rng.randint(40, 260))
    t.rows[-1].vals["tt_none"] += t.rows[-1].vals["tt_part"]
    t.rows[-1].vals["tt_part"] = 0
    t.rows.append(Row("Tổng cấp tỉnh", "total", "departments", "cấp tỉnh"))
    fill(t)
    tot = find(t, "Tổng cấp tỉnh").vals
    rep = Report("t3_23_thanhhoa_tthc", "doc", "quarterly_report", "2025-09-12", "Tỉnh Thanh Hóa",
                 ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"], "Số: 277/BC-UBND", "Thanh Hóa, " + date_vi("2025-09-12"),
                 ["BÁO CÁO", "Kết quả rà soát, công bố danh mục thủ tục hành chính cấp tỉnh"])
    rep.before = [f"Các sở, ngành hiện thực hiện {N(tot['tt'])} thủ tục hành chính, trong đó {N(tot['tt_full'])} "
                  "thủ tục cung cấp dịch vụ công trực tuyến toàn trình."]
    rep.prose_facts = [pf("count", "procedures_total", "departments", tot["tt"], N(tot["tt"]), scope="cấp tỉnh"),
                       pf("count", "procedures_full_online", "departments", tot["tt_full"], N(tot["tt_full"]),
                          scope="cấp tỉnh")]
    rep.signer = SIGN_UBND + ["Mai Xuân Liêm"]
    rep.tables = [t]
    rep.landscape = False
    return rep


def r24():
    """Bình Định (before July 2025): procedures by level in a legacy .xls; the total row is wrong."""
    rng = random.Random(124)
    cols = [C("stt", "STT"), C("label", "Cấp"), C("tt", "Tổng số thủ tục"),
            C("tt_full", "Mức độ cung cấp", "Toàn trình"), C("tt_part", "Mức độ cung cấp", "Một phần"),
            C("tt_none", "Mức độ cung cấp", "Chưa trực tuyến")]
    t = Table("Thống kê TTHC theo cấp giải quyết (đến 31/5/2025)", cols, [])
    t.rows = [Row("Cấp tỉnh", "agg", "departments", "cấp tỉnh", stt="1"),
              Row("Cấp huyện", "agg", "districts", "cấp huyện", stt="2"),
              Row("Cấp xã", "agg", "communes", "cấp xã", stt="3"), Row("Tổng cộng", "total", "city")]
    for r, size in zip(t.rows, (1426, 261, 118)):
        r.vals = gen_tthc(rng, size)
    fill(t)
    tot = find(t, "Tổng cộng").vals
    tot["tt"] += 10
    rep = Report("t3_24_binhdinh_tthc", "xls", "portal_stats", "2025-06-02", "Tỉnh Bình Định",
                 ["SỞ TƯ PHÁP TỈNH BÌNH ĐỊNH"], "", "Bình Định, " + date_vi("2025-06-02"),
                 ["THỐNG KÊ SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH"])
    rep.variant = {"sheet": "TTHC"}
    rep.mistakes = [{"code": "sum_mismatch", "stated": tot["tt"], "text": N(tot["tt"]),
                     "note": "'Tổng cộng' Tổng số thủ tục is 10 more than the sum of the levels and than "
                             "its own toàn trình + một phần + chưa trực tuyến"}]
    rep.not_facts = [{"text": "31/5/2025", "why": "date"}]
    rep.tables = [t]
    return rep


def r25():
    """Quảng Ngãi portal: Biểu 06 with departments under 'Cấp tỉnh', html with rowspan/colspan, no <th>."""
    rng = random.Random(125)
    t = Table("Tình hình giải quyết hồ sơ quý III/2025", cols_v2("Đơn vị"), [])
    t.rows.append(Row("I. Cấp tỉnh", "group", "departments", "cấp tỉnh"))
    t.rows += units(DEPTS_2025[:8], start=1)
    t.rows.append(Row("II. Cấp xã", "agg", "communes", "cấp xã"))
    t.rows.append(Row("Tổng cộng", "total", "city"))
    for r in t.rows:
        if r.role == "unit":
            r.vals = gen_b06(rng, rng.randint(300, 7000))
    find(t, "II. Cấp xã").vals = gen_b06(rng, 152870)
    fill(t)
    rep = Report("t3_25_quangngai_portal", "html", "portal_stats", "2025-10-01", "Tỉnh Quảng Ngãi",
                 ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI"], "", "Thứ tư, 01/10/2025",
                 ["Tình hình giải quyết hồ sơ thủ tục hành chính quý III/2025"])
    rep.variant = {"portal": "Cải cách hành chính", "th": False, "thead": False}
    cx = find(t, "II. Cấp xã").vals
    rep.before = [f"Trong quý III/2025, cấp xã nhận giải quyết {N(cx['recv'])} hồ sơ, đã giải quyết "
                  f"{N(cx['res'])} hồ sơ."]
    rep.prose_facts = [pf("count", "received_total", "communes", cx["recv"], N(cx["recv"]), scope="cấp xã"),
                       pf("count", "resolved_total", "communes", cx["res"], N(cx["res"]), scope="cấp xã")]
    rep.tables = [t]
    return rep


def r26():
    """Xã Ba Tơ (Quảng Ngãi): a commune's own Biểu 06 by field in an .ods sheet with column numbers."""
    rng = random.Random(126)
    fields = ["Chứng thực", "Hộ tịch", "Đất đai", "Đăng ký kinh doanh hộ", "Bảo trợ xã hội", "Người có công",
              "Tôn giáo", "Nông nghiệp"]
    t = Table("BIỂU SỐ 06: KẾT QUẢ GIẢI QUYẾT TTHC THÁNG 11/2025", cols_tt01("Lĩnh vực"), [], colnums=True)
    t.rows = linhvuc_rows(fields, rng, size=(0, 300))
    t.rows[6].vals = {k: 0 for k in t.rows[6].vals}
    t.rows.append(Row("Tổng cộng", "total", "self"))
    fill(t)
    rep = Report("t3_26_bato_linhvuc", "ods", "commune_report", "2025-12-01", "Tỉnh Quảng Ngãi",
                 ["UBND XÃ BA TƠ"], "", "Ba Tơ, " + date_vi("2025-12-01"),
                 ["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 11 NĂM 2025"])
    rep.variant = {"sheet": "Bieu 06"}
    rep.tables = [t]
    return rep


def r27():
    """Hà Nam (before July 2025): online rate by level with the districts under 'Cấp huyện' (.xls)."""
    rng = random.Random(127)
    cols = [C("stt", "STT"), C("label", "Đơn vị"), C("recv", "Tổng số hồ sơ tiếp nhận mới"),
            C("on", "Trực tuyến"), C("off", "Trực tiếp, bưu chính"), C("r_on", "Tỷ lệ trực tuyến (%)")]
    t = Table("TỶ LỆ HỒ SƠ TRỰC TUYẾN THÁNG 4/2025", cols, [])
    t.rows = [Row("Cấp tỉnh", "agg", "departments", "cấp tỉnh", stt="I"),
              Row("Cấp huyện", "group", "districts", "cấp huyện", stt="II")]
    t.rows += units(HA_NAM)
    t.rows += [Row("Cấp xã", "agg", "communes", "cấp xã", stt="III"), Row("Toàn tỉnh", "total", "city")]
    for r in t.rows:
        if r.role in ("unit", "agg"):
            v = gen_b06(rng, rng.randint(900, 20000), prev=False, pend=False)
            r.vals = {k: v[k] for k in ("recv", "on", "off")}
    fill(t)
    t.rows.append(Row("Ghi chú: số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh ngày 01/5/2025.",
                      "note"))
    rep = Report("t3_27_hanam_online", "xls", "weekly_notice", "2025-05-02", "Tỉnh Hà Nam",
                 ["VĂN PHÒNG UBND TỈNH HÀ NAM"], "", "Hà Nam, " + date_vi("2025-05-02"),
                 ["TỶ LỆ HỒ SƠ TRỰC TUYẾN THEO ĐƠN VỊ THÁNG 4/2025"])
    rep.variant = {"sheet": "Sheet1"}
    rep.not_facts = [{"text": "01/5/2025", "why": "date"}]
    rep.tables = [t]
    return rep


REPORTS = [r01, r02, r03, r04, r05, r06, r07, r08, r09, r10, r11, r12, r13, r14, r15, r16, r17, r18, r19,
           r20, r21, r22, r23, r24, r25, r26, r27]


# ---------------------------------------------------------------------------------------------
# Reading the written documents back (a check of this builder's renderers, not of docparse)

def _rows_pdf(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [[line] for p in pdf.pages for line in (p.extract_text() or "").split("\n")]


def _rows_docx(path):
    import docx
    d = docx.Document(str(path))
    return [[c.text for c in r.cells] for t in d.tables for r in t.rows] + [[p.text] for p in d.paragraphs]


def _rows_html(path):
    from html.parser import HTMLParser

    class _P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows, self.inside, self.text = [], False, []

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self.rows.append([])
            elif tag in ("td", "th") and self.rows:
                self.rows[-1].append("")
                self.inside = True

        def handle_endtag(self, tag):
            if tag in ("td", "th"):
                self.inside = False

        def handle_data(self, data):
            if self.inside and self.rows and self.rows[-1]:
                self.rows[-1][-1] += data.strip()
            else:
                self.text.append(data)
    p = _P()
    p.feed(Path(path).read_text("utf-8"))
    return p.rows + [[" ".join(p.text)]]


def _rows_sheet(path, tmp):
    import csv
    soffice_convert([path], 'csv:Text - txt - csv (StarCalc):44,34,76', tmp)
    return list(csv.reader(open(tmp / (Path(path).stem + ".csv"), encoding="utf-8")))


def verify_render(reps) -> list:
    """Every cell fact's text (or value, in spreadsheets) stands on a row of the written document that
    carries its row label; every prose fact's text is in the document."""
    problems = []
    tmp = Path(tempfile.mkdtemp(prefix="bt3v_"))
    try:
        for rep in reps:
            ext = {"pdf_ruled": "pdf", "pdf_borderless": "pdf", "pdf_pages": "pdf"}.get(rep.fmt, rep.fmt)
            path = HERE / (rep.name + "." + ext)
            if ext == "pdf":
                rows = _rows_pdf(path)
            elif ext == "docx":
                rows = _rows_docx(path)
            elif ext == "doc":
                soffice_convert([path], "docx", tmp)
                rows = _rows_docx(tmp / (rep.name + ".docx"))
            elif ext == "html":
                rows = _rows_html(path)
            else:
                rows = _rows_sheet(path, tmp)
            sheet = ext in ("xlsx", "xls", "ods")
            flat = " ".join(" ".join(r) for r in rows)
            for f in truth_of(rep)["facts"]:
                if "cell" not in f:
                    if not sheet and f["text"] not in flat:
                        problems.append(f"{rep.name}: prose {f['text']!r} not found")
                    continue
                lab = f["cell"]["row"]
                mine = [r for r in rows if any(c.strip() == lab or c.strip().startswith(lab + " ") or
                                               (ext == "pdf" and (" " + lab + " ") in (" " + c + " ")) for c in r)]
                ok = False
                for r in mine:
                    tokens = " ".join(r).split()
                    if sheet:
                        for tok in tokens:
                            t = tok.replace(",", "").rstrip("%")
                            try:
                                x = 0.0 if t == "-" else float(t)
                            except ValueError:
                                continue
                            ok = ok or abs(x - f["value"]) < 1e-6
                    else:
                        ok = ok or f["text"] in tokens or f["text"] in r
                if not ok:
                    problems.append(f"{rep.name}: cell {lab!r} {f['cell']['path']} {f['text']!r} not on its row")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return problems


def build_all() -> list:
    return [f() for f in REPORTS]


def truth_json(rep: Report) -> str:
    return json.dumps(truth_of(rep), ensure_ascii=False, indent=1) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify identities and the truth files; write nothing")
    ap.add_argument("--verify-render", action="store_true",
                    help="also read the written documents back (pdfplumber, python-docx, LibreOffice)")
    args = ap.parse_args(argv)
    reps = build_all()
    problems = verify_names()
    names = [r.name for r in reps]
    if len(set(names)) != len(names):
        problems.append("duplicate report names")
    for rep in reps:
        problems += check_report(rep)
    if problems:
        for p in problems:
            print("PROBLEM:", p, file=sys.stderr)
        return 1
    if args.check:
        bad = 0
        for rep in reps:
            f = HERE / (rep.name + ".truth.json")
            ext = {"pdf_ruled": "pdf", "pdf_borderless": "pdf", "pdf_pages": "pdf"}.get(rep.fmt, rep.fmt)
            if not f.exists() or f.read_text("utf-8") != truth_json(rep):
                print("truth differs:", f.name, file=sys.stderr)
                bad += 1
            if not (HERE / (rep.name + "." + ext)).exists():
                print("missing document:", rep.name + "." + ext, file=sys.stderr)
                bad += 1
        if args.verify_render:
            rp = verify_render(reps)
            for p in rp:
                print("RENDER:", p, file=sys.stderr)
            bad += len(rp)
        print(f"{len(reps)} reports, {sum(len(truth_of(r)['facts']) for r in reps)} facts, "
              f"{sum(len(r.mistakes) for r in reps)} planted mistakes: "
              + ("truth up to date" if not bad else f"{bad} problems"))
        return 1 if bad else 0
    to_doc, to_xls, to_ods = [], [], []
    tmp = Path(tempfile.mkdtemp(prefix="bt3_"))
    try:
        for rep in reps:
            if rep.fmt in ("pdf_ruled", "pdf_borderless", "pdf_pages"):
                ruled = rep.fmt == "pdf_ruled" or (rep.fmt == "pdf_pages" and not rep.variant.get("borderless"))
                render_pdf(rep, HERE / (rep.name + ".pdf"), ruled=ruled, pages=rep.fmt == "pdf_pages")
            elif rep.fmt == "docx":
                render_docx(rep, HERE / (rep.name + ".docx"))
            elif rep.fmt == "doc":
                render_docx(rep, tmp / (rep.name + ".docx"))
                to_doc.append(tmp / (rep.name + ".docx"))
            elif rep.fmt == "html":
                render_html(rep, HERE / (rep.name + ".html"))
            elif rep.fmt == "xlsx":
                render_xlsx(rep, HERE / (rep.name + ".xlsx"))
            elif rep.fmt in ("xls", "ods"):
                render_xlsx(rep, tmp / (rep.name + ".xlsx"))
                (to_xls if rep.fmt == "xls" else to_ods).append(tmp / (rep.name + ".xlsx"))
            (HERE / (rep.name + ".truth.json")).write_text(truth_json(rep), "utf-8")
        soffice_convert(to_doc, "doc", HERE)
        soffice_convert(to_xls, "xls", HERE)
        soffice_convert(to_ods, "ods", HERE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"wrote {len(reps)} reports to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
