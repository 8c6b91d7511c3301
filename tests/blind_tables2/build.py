#!/usr/bin/env python3
"""Build the blind table set 2 (issue 12) and re-check its truth by its own arithmetic.

    python3 tests/blind_tables2/build.py          # rebuild every file, then check
    python3 tests/blind_tables2/build.py --check  # check the files on disk against a rebuild in memory

Written without reading docparse (see README.md). Exit 1 on any failed check.
"""
from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from model import (COMPONENTS, COUNT, RATE, SCORE, Col, Row, Table, cell_text, check_table,  # noqa: E402
                   fill_row, fmt_dec, fmt_int, gen_counts, gen_rates, gen_scores, is_num, q,
                   rate_consistent, rate_conventions, rate_of, sum_counts, table_facts, zero_counts)
import render  # noqa: E402

FAIL = []
QUIET = [False]


def fail(msg):
    FAIL.append(msg)
    if not QUIET[0]:
        print("FAIL:", msg)


# ---------------------------------------------------------------- official names

def _clean(name):
    return re.fullmatch(r"(Xã|Phường|Đặc khu|Huyện|Thị xã|Thành phố) [^\s].*", name) and "  " not in name \
        and " - " not in name and "Căng" not in name


def current_wards(province_short):
    import vietnam_provinces as vp
    p = next(p for p in vp.Province.iter_all() if p.name == province_short or p.name.endswith(" " + province_short))
    return sorted(w.name for w in vp.Ward.iter_by_province(p.code) if _clean(w.name))


def legacy_districts(province):
    from vietnamadminunits.database.main import query
    rows = query("select distinct district from admin_units_legacy where province = '%s'" % province)
    return sorted(r["district"] for r in rows if _clean(r["district"]))


DEPTS_PRE = ["Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng",
             "Sở Giao thông vận tải", "Sở Công Thương", "Sở Y tế", "Sở Giáo dục và Đào tạo",
             "Sở Nội vụ", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
             "Sở Nông nghiệp và Phát triển nông thôn", "Sở Văn hóa, Thể thao và Du lịch",
             "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ"]
DEPTS_POST = ["Sở Tài chính", "Sở Tư pháp", "Sở Xây dựng", "Sở Công Thương", "Sở Y tế",
              "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Nông nghiệp và Môi trường",
              "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Dân tộc và Tôn giáo",
              "Sở Ngoại vụ"]


# ---------------------------------------------------------------- documents

@dataclass
class Fig:
    """A figure in the prose: the table cell (ti, row label, key) it restates; ``alt`` prints a
    different value (a planted contradiction)."""
    ti: int
    row: str
    key: str
    alt: object = None


@dataclass
class Doc:
    name: str
    fmt: str
    date: str
    province: str
    register: str
    issuer_lines: list
    number: str
    place_date: str
    kind_title: str
    title: str
    tables: list = field(default_factory=list)
    prose_before: list = field(default_factory=list)
    prose_after: list = field(default_factory=list)
    prose_facts: list = field(default_factory=list)
    not_facts: list = field(default_factory=list)
    mistakes: list = field(default_factory=list)
    signer: list = field(default_factory=list)
    sheet_name: str = "Biểu"
    pre2025: bool = False

    # ---- prose
    def fig_text(self, f: Fig):
        t = self.tables[f.ti]
        r = t.row(f.row)
        v = f.alt if f.alt is not None else r.vals[f.key]
        if f.key in COUNT:
            return fmt_int(v)
        if f.key in RATE:
            return ("100" if v == 100 else fmt_dec(v, t.decimals)) + "%"
        if f.key in SCORE:
            return fmt_dec(v, 2)
        return str(v)

    def para(self, *parts, where="after"):
        out = []
        for p in parts:
            if isinstance(p, Fig):
                txt = self.fig_text(p)
                out.append(txt)
                t = self.tables[p.ti]
                r = t.row(p.row)
                v = p.alt if p.alt is not None else r.vals[p.key]
                f = {"source": "prose", "kind": None, "indicator": None, "subject": r.subject,
                     "scope": None, "value": float(v) if isinstance(v, Decimal) else v,
                     "numerator": None, "denominator": None, "text": txt}
                if p.key in COUNT:
                    f["kind"], f["indicator"] = "count", COUNT[p.key]
                elif p.key in RATE:
                    f["kind"], f["indicator"] = "rate", RATE[p.key]
                elif p.key in SCORE:
                    f["kind"], f["indicator"] = "score", SCORE[p.key][0]
                    f["maximum"] = SCORE[p.key][1]
                f["_ref"] = (p.ti, p.row, p.key)
                self.prose_facts.append(f)
                if p.alt is not None:
                    tv = r.vals[p.key]
                    self.mistakes.append({
                        "code": "repeated_value_mismatch", "stated": _num(p.alt), "expected": _num(tv),
                        "text": txt, "cell": {"table": p.ti, "row": r.label, "path": list(t.col(p.key).path)},
                        "note": f"the prose gives {txt}, the table's row '{r.label}' prints {cell_text(t, p.key, r)}"})
            else:
                out.append(p)
        s = "".join(out)
        (self.prose_before if where == "before" else self.prose_after).append(s)
        return s


def _num(v):
    return float(v) if isinstance(v, Decimal) else v


def heading(kind, province_full, office=None):
    prov = province_full.upper().replace("TỈNH ", "TỈNH ").replace("THÀNH PHỐ ", "THÀNH PHỐ ")
    lines = ["ỦY BAN NHÂN DÂN", prov] if office is None else ["UBND " + prov, office]
    return lines


def vn_date(iso, place):
    y, m, d = iso.split("-")
    return f"{place}, ngày {int(d):02d} tháng {int(m):02d} năm {y}"


# ---------------------------------------------------------------- column layouts

def C(key, *path, w=1.0):
    return Col(key, tuple(path), w)


def stt_name(name_hdr="Tên đơn vị", w=4.5, stt="STT"):
    return [C("stt", stt, w=0.55), C("name", name_hdr, w=w)]


def cols_b06_3(name_hdr="Tên đơn vị"):
    A, B = "Số hồ sơ nhận giải quyết", "Kết quả giải quyết"
    return stt_name(name_hdr) + [
        C("recv", A, "Tổng số"), C("carried", A, "Trong đó", "Số kỳ trước chuyển qua"),
        C("online", A, "Trong đó", "Số mới tiếp nhận trực tuyến"),
        C("offline", A, "Trong đó", "Số mới tiếp nhận trực tiếp, bưu chính"),
        C("res", B, "Số hồ sơ đã giải quyết", "Tổng số"),
        C("early", B, "Số hồ sơ đã giải quyết", "Trả trước hạn"),
        C("ontime", B, "Số hồ sơ đã giải quyết", "Trả đúng thời hạn"),
        C("late", B, "Số hồ sơ đã giải quyết", "Trả quá hạn"),
        C("pend", B, "Số hồ sơ đang giải quyết", "Tổng số"),
        C("pend_ok", B, "Số hồ sơ đang giải quyết", "Chưa đến hạn"),
        C("pend_late", B, "Số hồ sơ đang giải quyết", "Quá hạn")]


def cols_b06_3b(name_hdr="Đơn vị"):
    """Carried-over last in its group, parts before totals, two rates at the end."""
    A, B, P = "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"
    return stt_name(name_hdr) + [
        C("online", A, "Mới tiếp nhận", "Trực tuyến"), C("offline", A, "Mới tiếp nhận", "Trực tiếp, qua bưu chính"),
        C("carried", A, "Từ kỳ trước"), C("recv", A, "Tổng số"),
        C("early", B, "Trong đó", "Trước hạn"), C("ontime", B, "Trong đó", "Đúng hạn"),
        C("late", B, "Trong đó", "Quá hạn"), C("res", B, "Tổng số"),
        C("pend_ok", P, "Trong đó", "Trong hạn"), C("pend_late", P, "Trong đó", "Quá hạn"), C("pend", P, "Tổng số"),
        C("r_online", "Tỷ lệ (%)", "Nộp trực tuyến"), C("r_ontime", "Tỷ lệ (%)", "Trước hạn, đúng hạn")]


def cols_b06_2(name_hdr="Tên cơ quan, đơn vị"):
    A, B, P = "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"
    return stt_name(name_hdr) + [
        C("recv", A, "Tổng số"), C("carried", A, "Kỳ trước chuyển sang"), C("online", A, "Trực tuyến"),
        C("offline", A, "Trực tiếp"), C("res", B, "Tổng số"), C("early", B, "Trước hạn"),
        C("ontime", B, "Đúng hạn"), C("late", B, "Quá hạn"), C("pend_ok", P, "Trong hạn"),
        C("pend_late", P, "Quá hạn"), C("pend", P, "Tổng số")]


def cols_online_1(name_hdr="Đơn vị", rate_hdr="Tỷ lệ nộp hồ sơ trực tuyến", text_hdr="Đánh giá"):
    cols = stt_name(name_hdr) + [C("recv", "Tổng số hồ sơ tiếp nhận"), C("online", "Số hồ sơ nộp trực tuyến"),
                                 C("offline", "Số hồ sơ nộp trực tiếp, qua bưu chính"), C("r_online", rate_hdr)]
    if text_hdr:
        cols.append(C("text", text_hdr, w=0.8))
    return cols


def cols_online_2(name_hdr="Đơn vị"):
    A = "Số hồ sơ tiếp nhận"
    return stt_name(name_hdr) + [C("recv", A, "Tổng số"), C("online", A, "Trực tuyến"),
                                 C("offline", A, "Trực tiếp"), C("r_online", "Tỷ lệ nộp hồ sơ trực tuyến (%)")]


def cols_766(levels=2, name_hdr="Đơn vị", rank=True, klass=True):
    names = {"s_pub": "Công khai, minh bạch", "s_prog": "Tiến độ giải quyết", "s_dvc": "Dịch vụ công trực tuyến",
             "s_pay": "Thanh toán trực tuyến", "s_sat": "Mức độ hài lòng", "s_dig": "Số hóa hồ sơ"}
    cols = stt_name(name_hdr, w=3.6)
    for k in COMPONENTS:
        label = f"{names[k]} ({SCORE[k][1]} điểm)"
        if levels == 1:
            cols.append(C(k, label))
        elif levels == 2:
            cols.append(C(k, "Điểm theo nhóm chỉ số", label))
        else:
            grp = "Chỉ đạo, điều hành" if k in ("s_pub", "s_prog", "s_dvc") else "Chất lượng giải quyết, số hóa"
            cols.append(C(k, "Điểm đạt được", grp, label))
    cols.append(C("s_total", "Tổng điểm (100 điểm)"))
    if rank:
        cols.append(C("rank", "Xếp hạng", w=0.7))
    if klass:
        cols.append(C("text", "Xếp loại", w=0.8))
    return cols


def klass766(total):
    if total >= 90:
        return "Xuất sắc"
    if total >= 80:
        return "Tốt"
    if total >= 70:
        return "Khá"
    if total >= 50:
        return "Trung bình"
    return "Yếu"


def rank_rows(rows):
    rr = sorted(rows, key=lambda r: -r.vals["s_total"])
    for i, r in enumerate(rr):
        r.vals["rank"] = i + 1


def unit_rows(t, rng, names, subjects, lo, hi, start=1, stt=True, **kw):
    rows = []
    for i, (label, subj) in enumerate(zip(names, subjects)):
        r = Row(label=label, subject=subj, stt=str(start + i) if stt else "")
        fill_row(t, r, gen_counts(rng, lo, hi, **kw))
        rows.append(r)
    return rows


def group_row(t, label, subject, members, stt="", kind="group", span=False):
    r = Row(label=label, subject=subject, stt=stt, kind=kind, members=[m.label for m in members],
            span_label=span)
    fill_row(t, r, sum_counts([m._counts for m in members]))
    return r


def agg_row(t, rng, label, subject, lo, hi, stt="", **kw):
    r = Row(label=label, subject=subject, stt=stt, kind="agg")
    fill_row(t, r, gen_counts(rng, lo, hi, **kw))
    return r


def score_rows(rng, names, subjects, level=(0.62, 0.98)):
    rows = []
    for i, (label, subj) in enumerate(zip(names, subjects)):
        r = Row(label=label, subject=subj, stt=str(i + 1))
        r.vals = gen_scores(rng, level)
        rows.append(r)
    # no ties in totals
    seen = set()
    for r in rows:
        while r.vals["s_total"] in seen:
            r.vals["s_pay"] -= Decimal("0.01")
            r.vals["s_total"] = sum(r.vals[k] for k in COMPONENTS)
        seen.add(r.vals["s_total"])
    rank_rows(rows)
    for r in rows:
        r.text = klass766(r.vals["s_total"])
    return rows


def online_eval(t, rows, target):
    for r in rows:
        v = r.vals.get("r_online")
        r.text = ("Đạt" if v >= target else "Chưa đạt") if isinstance(v, Decimal) else ""


# ---------------------------------------------------------------- planting one slip

def plant_ratio(doc, ti, label, key, delta):
    t = doc.tables[ti]
    r = t.row(label)
    old = r.vals[key]
    new = old + Decimal(str(delta))
    conv = rate_conventions(key, r.vals)
    assert not any(rate_consistent(new, t.decimals, n, d) for n, d, _ in conv), (label, new)
    r.vals[key] = new
    n, d, _ = conv[0]
    doc.mistakes.append({"code": "ratio_mismatch", "stated": float(new), "expected": float(old),
                         "text": cell_text(t, key, r),
                         "cell": {"table": ti, "row": label, "path": list(t.col(key).path)},
                         "note": f"{r.label}: {fmt_int(n)}/{fmt_int(d)} is {fmt_dec(rate_of(n, d, t.decimals), t.decimals)}%, "
                                 f"the cell says {cell_text(t, key, r)} (no denominator provinces use gives it)"})


def plant_part(doc, ti, label, part, total, delta):
    """A row that does not add up: one part changed, its total left as printed."""
    t = doc.tables[ti]
    r = t.row(label)
    r.vals[part] += delta
    parts = {"recv": ["carried", "online", "offline"], "res": ["early", "ontime", "late", "intime"]}[total]
    s = sum(r.vals[p] for p in parts if p in t.keys())
    names = " + ".join(f"{t.col(p).path[-1].lower()} {fmt_int(r.vals[p])}" for p in parts if p in t.keys())
    doc.mistakes.append({"code": "sum_mismatch", "stated": r.vals[total], "expected": s,
                         "text": cell_text(t, total, r),
                         "cell": {"table": ti, "row": label, "path": list(t.col(total).path)},
                         "note": f"{r.label}: {names} = {fmt_int(s)}, not the printed {fmt_int(r.vals[total])}"})


def plant_total(doc, ti, label, key, delta):
    t = doc.tables[ti]
    r = t.row(label)
    exp = r.vals[key]
    r.vals[key] = exp + delta
    doc.mistakes.append({"code": "sum_mismatch", "stated": r.vals[key], "expected": exp,
                         "text": cell_text(t, key, r),
                         "cell": {"table": ti, "row": label, "path": list(t.col(key).path)},
                         "note": f"the column '{' / '.join(t.col(key).path)}' sums to {fmt_int(exp)} over "
                                 f"{' + '.join(r.members)}, the row '{r.label}' says {fmt_int(r.vals[key])}"})


def plant_balance(doc, ti, label, delta):
    t = doc.tables[ti]
    r = t.row(label)
    exp = r.vals["pend"]
    r.vals["pend"] = exp + delta
    doc.mistakes.append({"code": "balance_mismatch", "stated": r.vals["pend"], "expected": exp,
                         "text": cell_text(t, "pend", r),
                         "cell": {"table": ti, "row": label, "path": list(t.col("pend").path)},
                         "note": f"{r.label}: received {fmt_int(r.vals['recv'])} != resolved "
                                 f"{fmt_int(r.vals['res'])} + pending {fmt_int(r.vals['pend'])} "
                                 f"(pending should be {fmt_int(exp)})"})


def plant_score(doc, ti, label, delta):
    t = doc.tables[ti]
    r = t.row(label)
    exp = r.vals["s_total"]
    r.vals["s_total"] = exp + Decimal(str(delta))
    doc.mistakes.append({"code": "score_sum_mismatch", "stated": float(r.vals["s_total"]), "expected": float(exp),
                         "text": cell_text(t, "s_total", r),
                         "cell": {"table": ti, "row": label, "path": list(t.col("s_total").path)},
                         "note": f"{r.label}: the six components add up to {fmt_dec(exp, 2)}, "
                                 f"the total cell says {cell_text(t, 's_total', r)}"})


# ---------------------------------------------------------------- the documents
# Every number comes from random.Random(seed) per document.

def sign(title, name, kt=None):
    return ([kt] if kt else []) + [title, "", name]


def d01():
    """pdf_ruled — Biểu 06, 3 header levels, total row first, groups I. Cấp tỉnh / II. Cấp xã."""
    rng = random.Random(1201)
    doc = Doc("B01_bieu06_tayninh_q3_2025", "pdf_ruled", "2025-10-08", "Tỉnh Tây Ninh", "quarterly_report",
              ["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH"], "412/BC-UBND", vn_date("2025-10-08", "Tây Ninh"),
              "BÁO CÁO", "Kết quả giải quyết thủ tục hành chính quý III năm 2025",
              signer=sign("PHÓ CHỦ TỊCH", "Lê Văn Thịnh", "KT. CHỦ TỊCH"))
    t = Table(cols_b06_3(), [], units_line="Đơn vị tính: hồ sơ", number_row=True,
              caption="Biểu mẫu số 06: Tình hình, kết quả giải quyết thủ tục hành chính")
    depts = rng.sample(DEPTS_POST, 6)
    wards = rng.sample(current_wards("Tây Ninh"), 7)
    g1 = unit_rows(t, rng, depts, ["unit:" + x for x in depts], 80, 2600)
    g2 = unit_rows(t, rng, wards, ["unit:" + x for x in wards], 400, 3900, zero_offline=False)
    r1 = group_row(t, "Cấp tỉnh", "departments", g1, stt="I")
    r2 = group_row(t, "Cấp xã", "communes", g2, stt="II")
    tot = group_row(t, "Tổng cộng", "city", [r1, r2], kind="total", span=True)
    t.rows = [tot, r1] + g1 + [r2] + g2
    doc.tables.append(t)
    doc.para("Trong quý III năm 2025, toàn tỉnh tiếp nhận ", Fig(0, "Tổng cộng", "recv"),
             " hồ sơ thủ tục hành chính (kể cả hồ sơ kỳ trước chuyển qua), đã giải quyết ",
             Fig(0, "Tổng cộng", "res"), " hồ sơ; cấp xã tiếp nhận ", Fig(0, "Cấp xã", "recv"),
             " hồ sơ. Chi tiết theo biểu dưới đây.", where="before")
    doc.para("Số hồ sơ đang giải quyết quá hạn toàn tỉnh là ", Fig(0, "Tổng cộng", "pend_late"),
             " hồ sơ; các đơn vị rà soát, xử lý dứt điểm trong tháng 10/2025.")
    doc.not_facts += [{"text": "(3)", "why": "reference"}, {"text": "10/2025", "why": "date"}]
    return doc


def d02():
    """pdf_ruled — online submission per district (pre-2025), 1 header level, rates with %, total last;
    planted: a wrong rate cell."""
    rng = random.Random(1202)
    doc = Doc("B02_tructuyen_hatinh_huyen_thang3_2024", "pdf_ruled", "2024-04-05", "Tỉnh Hà Tĩnh",
              "weekly_notice", ["UBND TỈNH HÀ TĨNH", "VĂN PHÒNG"], "95/TB-VP", vn_date("2024-04-05", "Hà Tĩnh"),
              "THÔNG BÁO", "Tỷ lệ tiếp nhận hồ sơ trực tuyến của cấp huyện tháng 3 năm 2024",
              signer=sign("CHÁNH VĂN PHÒNG", "Trần Đình Khoa"), pre2025=True)
    t = Table(cols_online_1(name_hdr="Huyện, thị xã, thành phố"), [], pct_sign=True,
              units_line="Đơn vị tính: hồ sơ")
    ds = legacy_districts("Tỉnh Hà Tĩnh")
    labels = ["UBND " + d[0].lower() + d[1:] for d in ds]
    g = unit_rows(t, rng, labels, ["unit:" + d for d in ds], 900, 6800, carried=False, online_share=(0.35, 0.9))
    online_eval(t, g, 50)
    tot = group_row(t, "Cộng cấp huyện", "districts", g, kind="total", span=True)
    t.rows = g + [tot]
    doc.tables.append(t)
    bad = g[4].label
    plant_ratio(doc, 0, bad, "r_online", Decimal("2.37"))
    doc.para("Trong tháng 3/2024, các huyện, thị xã, thành phố tiếp nhận ", Fig(0, "Cộng cấp huyện", "recv"),
             " hồ sơ, trong đó ", Fig(0, "Cộng cấp huyện", "online"), " hồ sơ nộp trực tuyến (chỉ tiêu giao ≥ 50%).",
             where="before")
    doc.not_facts += [{"text": "≥ 50%", "why": "bound"}]
    return doc


def d03():
    """pdf_ruled — 766 per sở (post-2025), 2 header levels, rank and class."""
    rng = random.Random(1203)
    doc = Doc("B03_766_nghean_so_thang10_2025", "pdf_ruled", "2025-11-06", "Tỉnh Nghệ An", "weekly_notice",
              ["UBND TỈNH NGHỆ AN", "VĂN PHÒNG"], "1187/VP-KSTT", vn_date("2025-11-06", "Nghệ An"),
              "CÔNG VĂN", "Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, "
              "doanh nghiệp của các sở, ngành tháng 10 năm 2025",
              signer=sign("PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thị Hà", "KT. CHÁNH VĂN PHÒNG"))
    t = Table(cols_766(2, name_hdr="Cơ quan"), [], units_line="Đơn vị tính: điểm")
    depts = rng.sample(DEPTS_POST, 10)
    t.rows = score_rows(rng, depts, ["unit:" + x for x in depts])
    doc.tables.append(t)
    top = min(t.rows, key=lambda r: r.vals["rank"])
    low = max(t.rows, key=lambda r: r.vals["rank"])
    doc.para("Tháng 10/2025, ", top.label, " dẫn đầu với ", Fig(0, top.label, "s_total"), " điểm; ", low.label,
             " thấp nhất, đạt ", Fig(0, low.label, "s_total"), " điểm, trong đó điểm số hóa hồ sơ chỉ đạt ",
             Fig(0, low.label, "s_dig"), " điểm (tối đa 22 điểm).")
    doc.not_facts += [{"text": "(18 điểm)", "why": "maximum"}, {"text": "tối đa 22 điểm", "why": "maximum"}]
    return doc


def d04():
    """pdf_ruled — two tables (levels; on-time per sở), prose contradicts table 1."""
    rng = random.Random(1204)
    doc = Doc("B04_thanhhoa_2bang_thang9_2025", "pdf_ruled", "2025-10-03", "Tỉnh Thanh Hóa", "weekly_notice",
              ["UBND TỈNH THANH HÓA", "VĂN PHÒNG"], "301/TB-VP", vn_date("2025-10-03", "Thanh Hóa"),
              "THÔNG BÁO", "Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 9 năm 2025",
              signer=sign("CHÁNH VĂN PHÒNG", "Hoàng Minh Tuấn"))
    t0 = Table([C("name", "Cấp", w=2.5), C("recv", "Tổng số hồ sơ tiếp nhận"), C("online", "Trực tuyến"),
                C("offline", "Trực tiếp, bưu chính"), C("r_online", "Tỷ lệ trực tuyến (%)")], [],
               caption="Bảng 1. Hồ sơ tiếp nhận theo cấp", units_line="Đơn vị tính: hồ sơ")
    a = Row("Cấp tỉnh", "departments")
    fill_row(t0, a, gen_counts(rng, 9000, 16000, carried=False, online_share=(0.6, 0.8)))
    b = Row("Cấp xã", "communes")
    fill_row(t0, b, gen_counts(rng, 60000, 90000, carried=False, online_share=(0.75, 0.95)))
    c = group_row(t0, "Toàn tỉnh", "city", [a, b], kind="total")
    t0.rows = [a, b, c]
    t1 = Table(stt_name("Sở, ngành") + [C("res", "Số hồ sơ đã giải quyết", "Tổng số"),
                                          C("intime", "Số hồ sơ đã giải quyết", "Trước hạn, đúng hạn"),
                                          C("late", "Số hồ sơ đã giải quyết", "Quá hạn"),
                                          C("r_ontime", "Tỷ lệ đúng hạn"), C("r_late", "Tỷ lệ quá hạn")], [],
               pct_sign=True, caption="Bảng 2. Kết quả giải quyết của các sở, ngành", units_line="Đơn vị tính: hồ sơ",
               full_int=True)
    depts = rng.sample(DEPTS_POST, 8)
    g = unit_rows(t1, rng, depts, ["unit:" + x for x in depts], 150, 2400, late_share=(0.0, 0.06))
    z = g[2]  # one sở with no late dossier
    cnt = dict(z._counts)
    cnt["intime"] += cnt["late"]
    cnt["early"] += cnt["late"]
    cnt["late"] = 0
    fill_row(t1, z, cnt)
    t1.rows = g
    doc.tables += [t0, t1]
    doc.para("Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh tháng 9/2025 đạt ", Fig(0, "Toàn tỉnh", "r_online"),
             "; cấp xã tiếp nhận ", Fig(0, "Cấp xã", "recv"), " hồ sơ.", where="before")
    w = g[5]
    doc.para(w.label, " có tỷ lệ giải quyết trước hạn, đúng hạn đạt ",
             Fig(1, w.label, "r_ontime", alt=w.vals["r_ontime"] - Decimal("1.20")), ", cần khắc phục tình trạng quá hạn.")
    return doc


def d05():
    """pdf_borderless — on-time per district (pre-2025), wrapped headers, total 'Tổng cấp huyện';
    planted: the total row's received cell (no row identity uses it)."""
    rng = random.Random(1205)
    doc = Doc("B05_dunghan_quangbinh_huyen_q4_2024", "pdf_borderless", "2025-01-09", "Tỉnh Quảng Bình",
              "quarterly_report", ["UBND TỈNH QUẢNG BÌNH", "SỞ NỘI VỤ"], "28/BC-SNV",
              vn_date("2025-01-09", "Quảng Bình"), "BÁO CÁO",
              "Kết quả giải quyết hồ sơ thủ tục hành chính của cấp huyện quý IV năm 2024",
              signer=sign("GIÁM ĐỐC", "Phan Văn Long"), pre2025=True)
    cols = stt_name("Huyện, thị xã, thành phố") + [
        C("recv", "Số hồ sơ tiếp nhận trong kỳ (kể cả kỳ trước chuyển qua)"),
        C("res", "Số hồ sơ đã giải quyết", "Tổng số"), C("early", "Số hồ sơ đã giải quyết", "Trả trước hạn"),
        C("ontime", "Số hồ sơ đã giải quyết", "Trả đúng hạn"), C("late", "Số hồ sơ đã giải quyết", "Trả quá hạn"),
        C("r_ontime", "Tỷ lệ giải quyết trước hạn, đúng hạn (%)")]
    t = Table(cols, [], units_line="Đơn vị tính: hồ sơ")
    ds = legacy_districts("Tỉnh Quảng Bình")
    g = unit_rows(t, rng, ds, ["unit:" + d for d in ds], 2500, 9800)
    tot = group_row(t, "Tổng cấp huyện", "districts", g, kind="total", span=True)
    t.rows = g + [tot]
    doc.tables.append(t)
    plant_total(doc, 0, "Tổng cấp huyện", "recv", 1000)
    doc.para("Quý IV năm 2024, cấp huyện đã giải quyết ", Fig(0, "Tổng cấp huyện", "res"),
             " hồ sơ, tỷ lệ trước hạn, đúng hạn đạt ", Fig(0, "Tổng cấp huyện", "r_ontime"), ".", where="before")
    return doc


def d06():
    """pdf_borderless — 766 per xã (post-2025), one header level, rank."""
    rng = random.Random(1206)
    doc = Doc("B06_766_dongthap_xa_thang11_2025", "pdf_borderless", "2025-12-08", "Tỉnh Đồng Tháp",
              "commune_report", ["UBND TỈNH ĐỒNG THÁP", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "77/TB-TTPVHCC",
              vn_date("2025-12-08", "Đồng Tháp"), "THÔNG BÁO",
              "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của các xã, phường tháng 11 năm 2025",
              signer=sign("GIÁM ĐỐC", "Võ Thanh Hải"))
    t = Table(cols_766(1, name_hdr="Xã, phường", klass=False), [], units_line="Đơn vị tính: điểm")
    ws = rng.sample(current_wards("Đồng Tháp"), 12)
    t.rows = score_rows(rng, ws, ["unit:" + x for x in ws], level=(0.55, 0.97))
    doc.tables.append(t)
    top = min(t.rows, key=lambda r: r.vals["rank"])
    doc.para("Đứng đầu là ", top.label, " với ", Fig(0, top.label, "s_total"), " điểm, trong đó điểm tiến độ giải quyết ",
             Fig(0, top.label, "s_prog"), " điểm.")
    return doc


def d07():
    """pdf_borderless — online per sở (post-2025), 2 header levels, rates without % (header 'Tỷ lệ (%)'),
    total row first."""
    rng = random.Random(1207)
    doc = Doc("B07_tructuyen_camau_so_thang10_2025", "pdf_borderless", "2025-11-04", "Tỉnh Cà Mau",
              "weekly_notice", ["UBND TỈNH CÀ MAU", "VĂN PHÒNG"], "210/TB-VP", vn_date("2025-11-04", "Cà Mau"),
              "THÔNG BÁO", "Tình hình tiếp nhận hồ sơ trực tuyến của các sở, ban, ngành tháng 10 năm 2025",
              signer=sign("PHÓ CHÁNH VĂN PHÒNG", "Huỳnh Thị Mai", "KT. CHÁNH VĂN PHÒNG"))
    A = "Số hồ sơ tiếp nhận mới trong tháng"
    t = Table(stt_name("Sở, ban, ngành") + [C("online", A, "Trực tuyến"), C("offline", A, "Trực tiếp và qua dịch vụ bưu chính công ích"),
                                           C("recv", A, "Cộng"), C("r_online", "Tỷ lệ (%)")], [],
              decimals=1, units_line="Đơn vị tính: hồ sơ")
    depts = rng.sample(DEPTS_POST, 11)
    g = unit_rows(t, rng, depts, ["unit:" + x for x in depts], 60, 3100, carried=False, online_share=(0.4, 0.99))
    z = g[7]
    fill_row(t, z, dict(zero_counts()))  # a sở with no dossier this month: '-' and 'x'
    tot = group_row(t, "Tổng các sở, ban, ngành", "departments", g, kind="total", span=True)
    t.rows = [tot] + g
    doc.tables.append(t)
    doc.para("Tháng 10/2025, các sở, ban, ngành tiếp nhận mới ", Fig(0, tot.label, "recv"), " hồ sơ; tỷ lệ nộp trực tuyến đạt ",
             Fig(0, tot.label, "r_online"), ". ", z.label, " không phát sinh hồ sơ trong tháng.", where="before")
    return doc


def d08():
    """pdf_borderless — compact Biểu 06 per district (pre-2025), '...' in the pending breakdown,
    no total row; planted: a row whose resolved parts do not make its total."""
    rng = random.Random(1208)
    doc = Doc("B08_bieu06_longan_huyen_6thang_2024", "pdf_borderless", "2024-07-12", "Tỉnh Long An",
              "quarterly_report", ["ỦY BAN NHÂN DÂN", "TỈNH LONG AN"], "233/BC-UBND", vn_date("2024-07-12", "Long An"),
              "BÁO CÁO", "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024 của cấp huyện",
              signer=sign("PHÓ CHỦ TỊCH", "Nguyễn Văn Út", "KT. CHỦ TỊCH"), pre2025=True)
    t = Table(cols_b06_2("Đơn vị"), [], units_line="Đơn vị tính: hồ sơ",
              note="Ghi chú: (...) đơn vị chưa tách số liệu hồ sơ đang giải quyết theo thời hạn.")
    ds = rng.sample(legacy_districts("Tỉnh Long An"), 11)
    g = unit_rows(t, rng, ds, ["unit:" + d for d in ds], 3000, 14000)
    for r in (g[3], g[8]):
        r.vals["pend_ok"] = "..."
        r.vals["pend_late"] = "..."
    t.rows = g
    doc.tables.append(t)
    plant_part(doc, 0, g[6].label, "early", "res", 90)
    doc.para(g[0].label, " tiếp nhận ", Fig(0, g[0].label, "recv"), " hồ sơ, trong đó ", Fig(0, g[0].label, "online"),
             " hồ sơ trực tuyến; đã giải quyết ", Fig(0, g[0].label, "res"), " hồ sơ.", where="before")
    return doc


def d09():
    """pdf_pages — Biểu 06 per xã (post-2025) over two pages with the header repeated; total last."""
    rng = random.Random(1209)
    doc = Doc("B09_bieu06_nghean_xa_thang10_2025", "pdf_pages", "2025-11-10", "Tỉnh Nghệ An", "commune_report",
              ["UBND TỈNH NGHỆ AN", "VĂN PHÒNG"], "356/BC-VP", vn_date("2025-11-10", "Nghệ An"), "BÁO CÁO",
              "Tình hình giải quyết thủ tục hành chính của các xã, phường tháng 10 năm 2025",
              signer=sign("CHÁNH VĂN PHÒNG", "Đặng Quốc Bảo"))
    t = Table(cols_b06_3("Xã, phường"), [], units_line="Đơn vị tính: hồ sơ")
    ws = rng.sample(current_wards("Nghệ An"), 38)
    g = unit_rows(t, rng, ws, ["unit:" + x for x in ws], 150, 2600)
    tot = group_row(t, "Cộng các xã, phường", "communes", g, kind="total", span=True)
    t.rows = g + [tot]
    doc.tables.append(t)
    doc.para("Tháng 10/2025, các xã, phường nhận giải quyết ", Fig(0, tot.label, "recv"), " hồ sơ, trong đó ",
             Fig(0, tot.label, "carried"), " hồ sơ kỳ trước chuyển qua; đã giải quyết ", Fig(0, tot.label, "res"),
             " hồ sơ, đang giải quyết ", Fig(0, tot.label, "pend"), " hồ sơ.", where="before")
    return doc


def d10():
    """pdf_pages — online per unit, groups I/II with figures, 'Toàn tỉnh' first, two pages."""
    rng = random.Random(1210)
    doc = Doc("B10_tructuyen_angiang_tuan47_2025", "pdf_pages", "2025-11-24", "Tỉnh An Giang", "weekly_notice",
              ["UBND TỈNH AN GIANG", "VĂN PHÒNG"], "442/TB-VP", vn_date("2025-11-24", "An Giang"), "THÔNG BÁO",
              "Tỷ lệ nộp hồ sơ trực tuyến của các cơ quan, địa phương (từ ngày 14/11/2025 đến ngày 20/11/2025)",
              signer=sign("PHÓ CHÁNH VĂN PHÒNG", "Lâm Thị Ngọc", "KT. CHÁNH VĂN PHÒNG"))
    t = Table(cols_online_2("Cơ quan, địa phương"), [], units_line="Đơn vị tính: hồ sơ")
    depts = rng.sample(DEPTS_POST, 12)
    ws = rng.sample(current_wards("An Giang"), 28)
    g1 = unit_rows(t, rng, depts, ["unit:" + x for x in depts], 20, 700, carried=False, online_share=(0.3, 0.99))
    fill_row(t, g1[9], zero_counts())
    g2 = unit_rows(t, rng, ws, ["unit:" + x for x in ws], 40, 900, carried=False, online_share=(0.5, 1.0))
    r1 = group_row(t, "I. CẤP TỈNH", "departments", g1)
    r2 = group_row(t, "II. CẤP XÃ", "communes", g2)
    tot = group_row(t, "TOÀN TỈNH", "city", [r1, r2], kind="total", span=True)
    t.rows = [tot, r1] + g1 + [r2] + g2
    doc.tables.append(t)
    doc.para("Trong tuần, tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh đạt ", Fig(0, tot.label, "r_online"),
             ", cấp tỉnh đạt ", Fig(0, r1.label, "r_online"), ", cấp xã đạt ", Fig(0, r2.label, "r_online"), ".",
             where="before")
    return doc


def d11():
    """pdf_pages — 766 per xã over two pages, 3 header levels; planted: a wrong 766 total."""
    rng = random.Random(1211)
    doc = Doc("B11_766_thainguyen_xa_quy3_2025", "pdf_pages", "2025-10-15", "Tỉnh Thái Nguyên", "commune_report",
              ["UBND TỈNH THÁI NGUYÊN", "VĂN PHÒNG"], "198/BC-VP", vn_date("2025-10-15", "Thái Nguyên"), "BÁO CÁO",
              "Kết quả đánh giá Bộ chỉ số 766 của các xã, phường quý III năm 2025",
              signer=sign("CHÁNH VĂN PHÒNG", "Dương Văn Hùng"))
    t = Table(cols_766(3, name_hdr="Xã, phường"), [], units_line="Đơn vị tính: điểm")
    ws = rng.sample(current_wards("Thái Nguyên"), 42)
    t.rows = score_rows(rng, ws, ["unit:" + x for x in ws], level=(0.6, 0.97))
    doc.tables.append(t)
    # a total changed by a small amount that keeps the ranking and the class
    rows = sorted(t.rows, key=lambda r: r.vals["rank"])
    victim = None
    for i in range(5, len(rows) - 5):
        r = rows[i]
        if rows[i - 1].vals["s_total"] - r.vals["s_total"] > Decimal("0.95") and \
                klass766(r.vals["s_total"] + Decimal("0.90")) == r.text:
            victim = r
            break
    assert victim is not None
    plant_score(doc, 0, victim.label, "0.90")
    top = rows[0]
    doc.para("Quý III năm 2025, ", top.label, " đứng đầu với ", Fig(0, top.label, "s_total"), " điểm.", where="before")
    return doc


def d12():
    """docx — Biểu 06 (pre-2025), 3 levels merged, I. Cấp tỉnh / II. Cấp huyện / III. Cấp xã (aggregate),
    'Tổng cộng' first, column numbers; a second small table of rates by level."""
    rng = random.Random(1212)
    doc = Doc("B12_bieu06_binhdinh_9thang_2024", "docx", "2024-10-04", "Tỉnh Bình Định", "quarterly_report",
              ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"], "301/BC-UBND", vn_date("2024-10-04", "Bình Định"), "BÁO CÁO",
              "Tình hình, kết quả giải quyết thủ tục hành chính 9 tháng năm 2024",
              signer=sign("PHÓ CHỦ TỊCH", "Lâm Hải Giang", "KT. CHỦ TỊCH"), pre2025=True)
    t = Table(cols_b06_3("Lĩnh vực, đơn vị"), [], units_line="Đơn vị tính: hồ sơ", number_row=True)
    depts = rng.sample(DEPTS_PRE, 6)
    ds = rng.sample(legacy_districts("Tỉnh Bình Định"), 8)
    g1 = unit_rows(t, rng, depts, ["unit:" + x for x in depts], 300, 5200)
    g2 = unit_rows(t, rng, ds, ["unit:" + x for x in ds], 2500, 12000)
    r1 = group_row(t, "Cấp tỉnh", "departments", g1, stt="I")
    r2 = group_row(t, "Cấp huyện", "districts", g2, stt="II")
    r3 = agg_row(t, rng, "Cấp xã", "communes", 60000, 90000, stt="III")
    tot = group_row(t, "Tổng cộng", "city", [r1, r2, r3], kind="total", span=True)
    t.rows = [tot, r1] + g1 + [r2] + g2 + [r3]
    t1 = Table([C("name", "Cấp"), C("r_online", "Tỷ lệ hồ sơ nộp trực tuyến (%)"),
                C("r_ontime", "Tỷ lệ giải quyết trước hạn, đúng hạn (%)")], [], caption="Tỷ lệ theo cấp")
    rows1 = []
    for r, lab in ((r1, "Cấp tỉnh"), (r2, "Cấp huyện"), (r3, "Cấp xã"), (tot, "Toàn tỉnh")):
        x = Row(lab, r.subject)
        x.vals = {"r_online": r.vals["online"] * Decimal(100) / (r.vals["online"] + r.vals["offline"]),
                  "r_ontime": (r.vals["early"] + r.vals["ontime"]) * Decimal(100) / r.vals["res"]}
        x.vals = {k: q(v, 2) for k, v in x.vals.items()}
        rows1.append(x)
    t1.rows = rows1
    doc.tables += [t, t1]
    doc.para("Chín tháng năm 2024, toàn tỉnh đã giải quyết ", Fig(0, "Tổng cộng", "res"), " hồ sơ, trong đó trả quá hạn ",
             Fig(0, "Tổng cộng", "late"), " hồ sơ. Tỷ lệ giải quyết trước hạn, đúng hạn của cấp huyện đạt ",
             Fig(1, "Cấp huyện", "r_ontime"), ".", where="before")
    doc.not_facts += [{"text": "(4)", "why": "reference"}]
    return doc


def d13():
    """docx — rates only (post-2025 Huế), 2 header levels, 'x' and '...' cells, no total row."""
    rng = random.Random(1213)
    doc = Doc("B13_tyle_hue_phuong_thang10_2025", "docx", "2025-11-07", "Thành phố Huế", "weekly_notice",
              ["UBND THÀNH PHỐ HUẾ", "VĂN PHÒNG"], "512/TB-VP", vn_date("2025-11-07", "Huế"), "THÔNG BÁO",
              "Một số chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính của các phường, xã tháng 10 năm 2025",
              signer=sign("CHÁNH VĂN PHÒNG", "Tôn Nữ Thu Hằng"))
    R = "Tỷ lệ (%)"
    keys = ["r_online", "r_pay", "r_digit", "r_reuse"]
    t = Table(stt_name("Phường, xã") + [C("r_online", R, "Nộp hồ sơ trực tuyến"), C("r_pay", R, "Thanh toán trực tuyến"),
                                       C("r_digit", R, "Số hóa hồ sơ, kết quả"), C("r_reuse", R, "Khai thác, sử dụng lại dữ liệu số hóa")],
              [], note="Ghi chú: x - không phát sinh hồ sơ có phí, lệ phí; ... - chưa có số liệu.")
    ws = rng.sample(current_wards("Huế"), 14)
    for i, w in enumerate(ws):
        r = Row(w, "unit:" + w, stt=str(i + 1))
        r.vals = gen_rates(rng, keys, 2, 55, 100)
        t.rows.append(r)
    t.rows[4].vals["r_pay"] = "x"
    t.rows[9].vals["r_reuse"] = "..."
    t.rows[11].vals["r_pay"] = "x"
    doc.tables.append(t)
    a = t.rows[2]
    doc.para("Tỷ lệ số hóa hồ sơ, kết quả giải quyết của ", a.label, " đạt ", Fig(0, a.label, "r_digit"),
             ", tỷ lệ thanh toán trực tuyến đạt ", Fig(0, a.label, "r_pay"), ".", where="before")
    return doc


def d14():
    """docx — groups as section rows without figures, 'Cộng' rows, 'Tổng cộng' last; prose contradicts
    the table (a count)."""
    rng = random.Random(1214)
    doc = Doc("B14_ketqua_taynguyen_daklak_thang9_2025", "docx", "2025-10-06", "Tỉnh Đắk Lắk", "weekly_notice",
              ["UBND TỈNH ĐẮK LẮK", "VĂN PHÒNG"], "288/TB-VP", vn_date("2025-10-06", "Đắk Lắk"), "THÔNG BÁO",
              "Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 9 năm 2025",
              signer=sign("CHÁNH VĂN PHÒNG", "Y Phun Niê"))
    A, B = "Tiếp nhận", "Giải quyết"
    t = Table(stt_name("Cơ quan, đơn vị") + [C("recv", A, "Tổng số"), C("online", A, "Trực tuyến"), C("offline", A, "Trực tiếp"),
                                            C("r_online", A, "Tỷ lệ trực tuyến"), C("res", B, "Đã giải quyết"),
                                            C("intime", B, "Trước hạn, đúng hạn"), C("late", B, "Quá hạn"),
                                            C("r_ontime", B, "Tỷ lệ đúng hạn")], [],
              pct_sign=True, units_line="Đơn vị tính: hồ sơ")
    depts = rng.sample(DEPTS_POST, 7)
    ws = rng.sample(current_wards("Đắk Lắk"), 9)
    g1 = unit_rows(t, rng, depts, ["unit:" + x for x in depts], 100, 2200, carried=False)
    g2 = unit_rows(t, rng, ws, ["unit:" + x for x in ws], 300, 2800, carried=False)
    s1 = Row("I. Sở, ban, ngành", None, kind="section")
    c1 = group_row(t, "Cộng sở, ban, ngành", "departments", g1)
    s2 = Row("II. UBND các xã, phường", None, kind="section")
    c2 = group_row(t, "Cộng các xã, phường", "communes", g2)
    tot = group_row(t, "Tổng cộng", "city", [c1, c2], kind="total")
    t.rows = [s1] + g1 + [c1, s2] + g2 + [c2, tot]
    doc.tables.append(t)
    doc.para("Tháng 9/2025, toàn tỉnh tiếp nhận ", Fig(0, "Tổng cộng", "recv", alt=tot.vals["recv"] + 180),
             " hồ sơ; tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ", Fig(0, "Tổng cộng", "r_ontime"), ".", where="before")
    return doc


def d15():
    """html — Biểu 06 with rowspan/colspan, 3 levels (carried last, rates), per xã, no total row;
    planted: a row whose received parts do not make its total."""
    rng = random.Random(1215)
    doc = Doc("B15_bieu06_camau_xa_thang11_2025", "html", "2025-12-05", "Tỉnh Cà Mau", "portal_stats",
              ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU", "Chuyên mục: Cải cách hành chính"], "", "05/12/2025", "",
              "Số liệu giải quyết thủ tục hành chính của các xã, phường tháng 11 năm 2025")
    t = Table(cols_b06_3b("Xã, phường"), [], units_line="Đơn vị tính: hồ sơ")
    ws = rng.sample(current_wards("Cà Mau"), 12)
    g = unit_rows(t, rng, ws, ["unit:" + x for x in ws], 200, 3300)
    t.rows = g
    doc.tables.append(t)
    plant_part(doc, 0, g[8].label, "carried", "recv", 37)
    doc.para("Tháng 11/2025, ", g[0].label, " có tỷ lệ nộp hồ sơ trực tuyến ", Fig(0, g[0].label, "r_online"),
             ", tỷ lệ giải quyết trước hạn, đúng hạn ", Fig(0, g[0].label, "r_ontime"), ".", where="before")
    return doc


def d16():
    """html — per level (pre-2025 Sóc Trăng), first column 'Cấp' header, colspan headers, 'Toàn tỉnh'."""
    rng = random.Random(1216)
    doc = Doc("B16_theocap_soctrang_q1_2024", "html", "2024-04-08", "Tỉnh Sóc Trăng", "portal_stats",
              ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG", "Tin cải cách hành chính"], "", "08/04/2024", "",
              "Kết quả giải quyết hồ sơ thủ tục hành chính quý I năm 2024 theo cấp", pre2025=True)
    A, B = "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết"
    t = Table([C("name", "Cấp giải quyết"), C("recv", A, "Tổng số"), C("online", A, "Trực tuyến"), C("offline", A, "Trực tiếp"),
               C("res", B, "Tổng số"), C("intime", B, "Trước hạn, đúng hạn"), C("late", B, "Quá hạn"),
               C("pend", "Số hồ sơ đang giải quyết"), C("r_online", "Tỷ lệ trực tuyến (%)")], [], zero="0",
              thousands="")
    rows = []
    for lab, subj, lo, hi in (("Cấp tỉnh", "departments", 12000, 20000), ("Cấp huyện", "districts", 30000, 45000),
                              ("Cấp xã", "communes", 70000, 110000)):
        r = Row(lab, subj)
        fill_row(t, r, gen_counts(rng, lo, hi, carried=False))
        rows.append(r)
    tot = group_row(t, "Toàn tỉnh", "city", rows, kind="total")
    t.rows = rows + [tot]
    doc.tables.append(t)
    doc.para("Quý I năm 2024, toàn tỉnh tiếp nhận ", Fig(0, "Toàn tỉnh", "recv"), " hồ sơ, tỷ lệ nộp trực tuyến đạt ",
             Fig(0, "Toàn tỉnh", "r_online"), "; cấp xã còn ", Fig(0, "Cấp xã", "pend"), " hồ sơ đang giải quyết.",
             where="before")
    return doc


def d17():
    """html — portal page, two tables (online per sở with a rowspan 'Nhóm' column; 766 per sở),
    bare integers, zeros as 0, rates with a decimal point and '%'."""
    rng = random.Random(1217)
    doc = Doc("B17_portal_hatinh_so_thang11_2025", "html", "2025-12-02", "Tỉnh Hà Tĩnh", "portal_stats",
              ["HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH HÀ TĨNH", "Thống kê"], "", "02/12/2025", "",
              "Thống kê hồ sơ và chỉ số phục vụ của các sở, ngành tháng 11 năm 2025")
    t0 = Table([C("stt", "Nhóm"), C("name", "Cơ quan"), C("recv", "Tiếp nhận"), C("online", "Trực tuyến"),
                C("offline", "Trực tiếp"), C("r_online", "Tỷ lệ trực tuyến")], [], zero="0", thousands="",
               decimal_mark=".", pct_sign=True, caption="Bảng 1: Hồ sơ tiếp nhận")
    depts = rng.sample(DEPTS_POST, 9)
    g = unit_rows(t0, rng, depts, ["unit:" + x for x in depts], 40, 1900, carried=False, stt=False)
    g[3]._counts["online"] += g[3]._counts["offline"]
    g[3]._counts["offline"] = 0
    fill_row(t0, g[3], g[3]._counts)
    t0.rows = g
    t0.html_group_col = {0: ("Khối kinh tế", 5), 5: ("Khối văn hóa - xã hội", 4)}
    t1 = Table(cols_766(1, name_hdr="Cơ quan", klass=False), [], decimal_mark=".", caption="Bảng 2: Điểm Bộ chỉ số 766")
    t1.rows = score_rows(rng, depts, ["unit:" + x for x in depts])
    doc.tables += [t0, t1]
    a = g[1]
    doc.para(a.label, " tiếp nhận ", Fig(0, a.label, "recv"), " hồ sơ trong tháng; điểm Bộ chỉ số đạt ",
             Fig(1, a.label, "s_total"), " điểm.", where="before")
    return doc


def d18():
    """xlsx — Biểu 06 per xã (post-2025 Hà Tĩnh), 3 header levels merged, 'Tổng cộng' last, column numbers,
    numbers stored as numbers, '-' as text, a note row."""
    rng = random.Random(1218)
    doc = Doc("B18_bieu06_hatinh_xa_thang10_2025", "xlsx", "2025-11-05", "Tỉnh Hà Tĩnh", "commune_report",
              ["UBND TỈNH HÀ TĨNH", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "", "Hà Tĩnh, ngày 05 tháng 11 năm 2025",
              "PHỤ LỤC", "Kết quả giải quyết thủ tục hành chính của các xã, phường tháng 10 năm 2025 "
              "(kèm theo Báo cáo số 145/BC-TTPVHCC ngày 05/11/2025)", sheet_name="Bieu06")
    t = Table(cols_b06_3("Xã, phường"), [], units_line="Đơn vị tính: hồ sơ", number_row=True,
              note="Ghi chú: Số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh ngày 03/11/2025.")
    ws = rng.sample(current_wards("Hà Tĩnh"), 12)
    g = unit_rows(t, rng, ws, ["unit:" + x for x in ws], 200, 2900)
    c = dict(g[5]._counts)
    c["pend"] -= c["pend_late"]
    c["recv"] -= c["pend_late"]
    c["offline" if c["offline"] >= c["pend_late"] else "online"] -= c["pend_late"]
    c["pend_late"] = 0
    fill_row(t, g[5], c)
    tot = group_row(t, "Tổng cộng", "communes", g, kind="total", span=True)
    t.rows = g + [tot]
    doc.tables.append(t)
    doc.para("Tổng số hồ sơ các xã, phường nhận giải quyết trong tháng là ", Fig(0, "Tổng cộng", "recv"),
             " hồ sơ; đã trả quá hạn ", Fig(0, "Tổng cộng", "late"), " hồ sơ.")
    return doc


def d19():
    """xlsx — online per district (pre-2025 Hải Dương), rates stored as fractions with a % format;
    planted: a wrong rate cell."""
    rng = random.Random(1219)
    doc = Doc("B19_tructuyen_haiduong_huyen_thang11_2024", "xlsx", "2024-12-03", "Tỉnh Hải Dương", "weekly_notice",
              ["UBND TỈNH HẢI DƯƠNG", "VĂN PHÒNG"], "", "Hải Dương, ngày 03 tháng 12 năm 2024", "PHỤ LỤC",
              "Tỷ lệ hồ sơ nộp trực tuyến của các huyện, thị xã, thành phố tháng 11 năm 2024", sheet_name="TyLe",
              pre2025=True)
    t = Table(cols_online_1(name_hdr="Địa phương", rate_hdr="Tỷ lệ trực tuyến", text_hdr="Đánh giá (chỉ tiêu 60%)"), [],
              xlsx_pct_fraction=True, pct_sign=True, units_line="Đơn vị tính: hồ sơ")
    ds = legacy_districts("Tỉnh Hải Dương")
    g = unit_rows(t, rng, ds, ["unit:" + d for d in ds], 1500, 7000, carried=False, online_share=(0.45, 0.92))
    online_eval(t, g, 60)
    tot = group_row(t, "Cộng cấp huyện", "districts", g, kind="total", span=True)
    t.rows = g + [tot]
    doc.tables.append(t)
    bad = g[7]
    plant_ratio(doc, 0, bad.label, "r_online", Decimal("-3.05"))
    online_eval(t, [bad], 60)
    doc.para("Tỷ lệ hồ sơ nộp trực tuyến của cấp huyện đạt ", Fig(0, "Cộng cấp huyện", "r_online"), ".")
    doc.not_facts += [{"text": "chỉ tiêu 60%", "why": "bound"}]
    return doc


def d20():
    """xlsx — 766 per xã (post-2025 Quảng Trị) with a 'Điểm tối đa' row under the header."""
    rng = random.Random(1220)
    doc = Doc("B20_766_quangtri_xa_thang10_2025", "xlsx", "2025-11-12", "Tỉnh Quảng Trị", "commune_report",
              ["UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG"], "", "Quảng Trị, ngày 12 tháng 11 năm 2025", "PHỤ LỤC",
              "Điểm Bộ chỉ số 766 của các xã, phường tháng 10 năm 2025", sheet_name="766")
    names = {"s_pub": "Công khai, minh bạch", "s_prog": "Tiến độ giải quyết", "s_dvc": "Dịch vụ công trực tuyến",
             "s_pay": "Thanh toán trực tuyến", "s_sat": "Mức độ hài lòng", "s_dig": "Số hóa hồ sơ"}
    cols = stt_name("Xã, phường") + [C(k, "Nhóm chỉ số", names[k]) for k in COMPONENTS] + [C("s_total", "Tổng điểm"),
                                                                                          C("rank", "Xếp hạng")]
    t = Table(cols, [])
    ws = rng.sample(current_wards("Quảng Trị"), 15)
    rows = score_rows(rng, ws, ["unit:" + x for x in ws], level=(0.5, 0.98))
    mx = Row("Điểm tối đa", None, kind="maxima")
    mx.vals = {k: Decimal(SCORE[k][1]) for k in SCORE}
    t.rows = [mx] + rows
    doc.tables.append(t)
    low = max(rows, key=lambda r: r.vals["rank"])
    doc.para("Xã, phường có điểm thấp nhất là ", low.label, " với ", Fig(0, low.label, "s_total"), " điểm.")
    doc.not_facts += [{"text": "Điểm tối đa", "why": "maximum"}]
    return doc


def d21():
    """doc — on-time per level with units, groups I/II, 'Tổng cộng'; pending total alone;
    planted: the 'Tổng cộng' pending cell."""
    rng = random.Random(1221)
    doc = Doc("B21_dunghan_angiang_thang10_2025", "doc", "2025-11-03", "Tỉnh An Giang", "weekly_notice",
              ["UBND TỈNH AN GIANG", "VĂN PHÒNG"], "455/BC-VP", vn_date("2025-11-03", "An Giang"), "BÁO CÁO",
              "Kết quả giải quyết hồ sơ đúng hạn của các cơ quan, địa phương tháng 10 năm 2025",
              signer=sign("CHÁNH VĂN PHÒNG", "Trương Minh Nhựt"))
    B = "Hồ sơ đã giải quyết"
    t = Table(stt_name("Cơ quan, địa phương") + [C("res", B, "Tổng số"), C("early", B, "Trước hạn"), C("ontime", B, "Đúng hạn"),
                                                C("late", B, "Quá hạn"), C("pend", "Hồ sơ đang giải quyết"),
                                                C("r_ontime", "Tỷ lệ trước hạn, đúng hạn (%)")], [],
              units_line="Đơn vị tính: hồ sơ")
    depts = rng.sample(DEPTS_POST, 5)
    ws = rng.sample(current_wards("An Giang"), 7)
    g1 = unit_rows(t, rng, depts, ["unit:" + x for x in depts], 200, 2500)
    g2 = unit_rows(t, rng, ws, ["unit:" + x for x in ws], 300, 3000)
    r1 = group_row(t, "Cấp tỉnh", "departments", g1, stt="I")
    r2 = group_row(t, "Cấp xã", "communes", g2, stt="II")
    tot = group_row(t, "Tổng cộng", "city", [r1, r2], kind="total", span=True)
    t.rows = [r1] + g1 + [r2] + g2 + [tot]
    doc.tables.append(t)
    plant_total(doc, 0, "Tổng cộng", "pend", -40)
    doc.para("Tháng 10/2025, tỷ lệ giải quyết trước hạn, đúng hạn của cấp xã đạt ", Fig(0, "Cấp xã", "r_ontime"),
             "; toàn tỉnh đã giải quyết ", Fig(0, "Tổng cộng", "res"), " hồ sơ.", where="before")
    return doc


def d22():
    """doc — online per district (pre-2025 Yên Bái), 2 levels, total first."""
    rng = random.Random(1222)
    doc = Doc("B22_tructuyen_yenbai_huyen_q2_2024", "doc", "2024-07-08", "Tỉnh Yên Bái", "quarterly_report",
              ["UBND TỈNH YÊN BÁI", "VĂN PHÒNG"], "174/BC-VP", vn_date("2024-07-08", "Yên Bái"), "BÁO CÁO",
              "Kết quả tiếp nhận hồ sơ trực tuyến của cấp huyện quý II năm 2024",
              signer=sign("PHÓ CHÁNH VĂN PHÒNG", "Hà Thị Thu", "KT. CHÁNH VĂN PHÒNG"), pre2025=True)
    t = Table(cols_online_2("Huyện, thị xã, thành phố"), [], units_line="Đơn vị tính: hồ sơ", decimals=1)
    ds = legacy_districts("Tỉnh Yên Bái")
    labels = ["UBND " + d[0].lower() + d[1:] for d in ds]
    g = unit_rows(t, rng, labels, ["unit:" + d for d in ds], 1200, 6500, carried=False, online_share=(0.3, 0.85))
    tot = group_row(t, "Tổng cấp huyện", "districts", g, kind="total", span=True)
    t.rows = [tot] + g
    doc.tables.append(t)
    doc.para("Quý II năm 2024, cấp huyện tiếp nhận ", Fig(0, tot.label, "recv"), " hồ sơ, trong đó trực tuyến ",
             Fig(0, tot.label, "online"), " hồ sơ.")
    return doc


def d23():
    """doc — 766 per district (pre-2025 Ninh Thuận), 2 levels, class column, no rank."""
    rng = random.Random(1223)
    doc = Doc("B23_766_ninhthuan_huyen_thang12_2024", "doc", "2025-01-10", "Tỉnh Ninh Thuận", "quarterly_report",
              ["UBND TỈNH NINH THUẬN", "VĂN PHÒNG"], "12/BC-VP", vn_date("2025-01-10", "Ninh Thuận"), "BÁO CÁO",
              "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của cấp huyện tháng 12 năm 2024",
              signer=sign("CHÁNH VĂN PHÒNG", "Chamaléa Điệp"), pre2025=True)
    t = Table(cols_766(2, name_hdr="Huyện, thành phố", rank=False), [], units_line="Đơn vị tính: điểm")
    ds = legacy_districts("Tỉnh Ninh Thuận")
    t.rows = score_rows(rng, ds, ["unit:" + d for d in ds])
    for r in t.rows:
        del r.vals["rank"]
    doc.tables.append(t)
    best = max(t.rows, key=lambda r: r.vals["s_total"])
    doc.para(best.label, " đạt điểm cao nhất: ", Fig(0, best.label, "s_total"), " điểm.", where="before")
    return doc


def d24():
    """xls — per level (pre-2025 Bắc Giang), no total row, pending total without parts;
    planted: a broken balance (received != resolved + pending)."""
    rng = random.Random(1224)
    doc = Doc("B24_theocap_bacgiang_thang5_2024", "xls", "2024-06-05", "Tỉnh Bắc Giang", "weekly_notice",
              ["UBND TỈNH BẮC GIANG", "VĂN PHÒNG"], "", "Bắc Giang, ngày 05 tháng 6 năm 2024", "PHỤ LỤC",
              "Tình hình giải quyết hồ sơ thủ tục hành chính tháng 5 năm 2024 theo cấp", sheet_name="TheoCap",
              pre2025=True)
    A, B = "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết"
    t = Table([C("stt", "STT", w=0.5), C("name", "Cấp"), C("recv", A, "Tổng số"), C("online", A, "Trực tuyến"),
               C("offline", A, "Trực tiếp"), C("res", B, "Tổng số"), C("intime", B, "Trước hạn, đúng hạn"),
               C("late", B, "Quá hạn"), C("pend", "Số hồ sơ đang giải quyết"),
               C("r_online", "Tỷ lệ trực tuyến (%)"), C("r_ontime", "Tỷ lệ đúng hạn (%)")], [],
              units_line="Đơn vị tính: hồ sơ")
    rows = []
    for i, (lab, subj, lo, hi) in enumerate((("Cấp tỉnh", "departments", 5000, 9000), ("Cấp huyện", "districts", 12000, 20000),
                                             ("Cấp xã", "communes", 30000, 52000))):
        r = Row(lab, subj, stt=str(i + 1))
        fill_row(t, r, gen_counts(rng, lo, hi, carried=False))
        rows.append(r)
    t.rows = rows
    doc.tables.append(t)
    plant_balance(doc, 0, "Cấp huyện", 250)
    doc.para("Tháng 5/2024, cấp xã tiếp nhận ", Fig(0, "Cấp xã", "recv"), " hồ sơ, tỷ lệ đúng hạn đạt ",
             Fig(0, "Cấp xã", "r_ontime"), ".")
    return doc


def d25():
    """xls — groups I/II with units and 'Toàn tỉnh' (post-2025 Thái Nguyên), online + on-time."""
    rng = random.Random(1225)
    doc = Doc("B25_tonghop_thainguyen_thang11_2025", "xls", "2025-12-04", "Tỉnh Thái Nguyên", "weekly_notice",
              ["UBND TỈNH THÁI NGUYÊN", "VĂN PHÒNG"], "", "Thái Nguyên, ngày 04 tháng 12 năm 2025", "PHỤ LỤC",
              "Bảng tổng hợp tình hình tiếp nhận, giải quyết hồ sơ tháng 11 năm 2025", sheet_name="TongHop")
    A, B = "Hồ sơ tiếp nhận", "Hồ sơ đã giải quyết"
    t = Table(stt_name("Đơn vị") + [C("recv", A, "Tổng"), C("online", A, "Trực tuyến"), C("offline", A, "Trực tiếp"),
                                    C("res", B, "Tổng"), C("intime", B, "Trước và đúng hạn"), C("late", B, "Quá hạn"),
                                    C("r_online", "Tỷ lệ (%)", "Trực tuyến"), C("r_ontime", "Tỷ lệ (%)", "Đúng hạn")], [],
              units_line="Đơn vị tính: hồ sơ")
    depts = rng.sample(DEPTS_POST, 6)
    ws = rng.sample(current_wards("Thái Nguyên"), 8)
    g1 = unit_rows(t, rng, depts, ["unit:" + x for x in depts], 100, 2000, carried=False)
    g2 = unit_rows(t, rng, ws, ["unit:" + x for x in ws], 300, 2500, carried=False)
    r1 = group_row(t, "Sở, ban, ngành", "departments", g1, stt="I")
    r2 = group_row(t, "Xã, phường", "communes", g2, stt="II")
    tot = group_row(t, "Toàn tỉnh", "city", [r1, r2], kind="total", span=True)
    t.rows = [r1] + g1 + [r2] + g2 + [tot]
    doc.tables.append(t)
    doc.para("Toàn tỉnh tiếp nhận ", Fig(0, "Toàn tỉnh", "recv"), " hồ sơ, tỷ lệ nộp trực tuyến ",
             Fig(0, "Toàn tỉnh", "r_online"), ", tỷ lệ đúng hạn ", Fig(0, "Toàn tỉnh", "r_ontime"), ".")
    return doc


def d26():
    """xls — rates only per xã (post-2025 Tây Ninh), one header level, rates with 1 decimal."""
    rng = random.Random(1226)
    doc = Doc("B26_tyle_tayninh_xa_thang10_2025", "xls", "2025-11-06", "Tỉnh Tây Ninh", "commune_report",
              ["UBND TỈNH TÂY NINH", "VĂN PHÒNG"], "", "Tây Ninh, ngày 06 tháng 11 năm 2025", "PHỤ LỤC",
              "Tỷ lệ một số chỉ tiêu giải quyết thủ tục hành chính của các xã tháng 10 năm 2025", sheet_name="ChiTieu")
    keys = ["r_online", "r_ontime", "r_update", "r_digit"]
    t = Table(stt_name("Xã, phường") + [C("r_online", "Tỷ lệ nộp hồ sơ trực tuyến (%)"),
                                      C("r_ontime", "Tỷ lệ giải quyết trước hạn, đúng hạn (%)"),
                                      C("r_update", "Tỷ lệ cập nhật trên hệ thống (%)"),
                                      C("r_digit", "Tỷ lệ số hóa hồ sơ (%)")], [], decimals=1)
    ws = rng.sample(current_wards("Tây Ninh"), 13)
    for i, w in enumerate(ws):
        r = Row(w, "unit:" + w, stt=str(i + 1))
        r.vals = gen_rates(rng, keys, 1, 62, 100)
        t.rows.append(r)
    t.rows[6].vals["r_digit"] = "..."
    doc.tables.append(t)
    a = t.rows[0]
    doc.para("Tỷ lệ nộp hồ sơ trực tuyến của ", a.label, " đạt ", Fig(0, a.label, "r_online"), ".")
    return doc


BUILDERS = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19,
            d20, d21, d22, d23, d24, d25, d26]


# ---------------------------------------------------------------- truth

def truth_of(doc: Doc):
    facts = []
    for ti, t in enumerate(doc.tables):
        facts += table_facts(t, ti)
    pf = [{k: v for k, v in f.items() if k != "_ref"} for f in doc.prose_facts]
    nf = list(doc.not_facts)
    if doc.number:
        nf.append({"text": doc.number, "why": "reference"})
    nf.append({"text": doc.place_date, "why": "date"})
    return {"file": doc.name + "." + ("pdf" if doc.fmt.startswith("pdf") else doc.fmt),
            "format": doc.fmt, "register": doc.register, "doc_date": doc.date, "province": doc.province,
            "facts": facts + pf, "not_facts": nf,
            "mistakes": [dict(m) for m in doc.mistakes]}


# ---------------------------------------------------------------- checks

def check_arithmetic(doc: Doc):
    found = []
    for ti, t in enumerate(doc.tables):
        found += check_table(t, ti)
    # prose against the table
    for f in doc.prose_facts:
        ti, label, key = f["_ref"]
        tv = doc.tables[ti].row(label).vals[key]
        if _num(tv) != f["value"]:
            found.append(("repeated_value_mismatch", ti, label, key, f["value"], _num(tv)))
    # the same indicator and subject in two tables must agree
    seen = {}
    for ti, t in enumerate(doc.tables):
        for fct in table_facts(t, ti):
            k = (fct["kind"], fct["indicator"], fct["subject"])
            if k in seen and seen[k] != fct["value"]:
                found.append(("repeated_value_mismatch", ti, fct["cell"]["row"], fct["indicator"], fct["value"], seen[k]))
            seen.setdefault(k, fct["value"])
    got = sorted((c, _num(s)) for c, _, _, _, s, _ in found)
    want = sorted((m["code"], m["stated"]) for m in doc.mistakes)
    if got != want:
        fail(f"{doc.name}: inconsistencies {found} but planted {want}")
    if len(doc.mistakes) > 1:
        fail(f"{doc.name}: more than one planted mistake")


def check_names(doc: Doc):
    from vietnamadminunits.database.main import query
    short = re.sub(r"^(Tỉnh|Thành phố) ", "", doc.province)
    cur = set() if doc.pre2025 else set(current_wards(short))
    prov = doc.province
    leg_d = {r["district"] for r in query("select distinct district from admin_units_legacy where province = '%s'" % prov)}
    subjects = {r.subject for t in doc.tables for r in t.rows if r.subject} | {f["subject"] for f in doc.prose_facts}
    for s in subjects:
        if not s.startswith("unit:"):
            assert s in ("city", "departments", "districts", "communes", "self"), s
            if s == "districts" and not doc.pre2025:
                fail(f"{doc.name}: districts after July 2025")
            continue
        n = s[5:]
        if n.startswith("Sở "):
            ok = n in (DEPTS_PRE if doc.pre2025 else DEPTS_POST)
        elif n.split()[0] in ("Huyện", "Thị", "Thành"):
            ok = doc.pre2025 and n in leg_d
        else:
            ok = (not doc.pre2025) and n in cur
        if not ok:
            fail(f"{doc.name}: unit name {n!r} not in the list of {doc.date}")


def _norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_pdf(doc: Doc, path: Path):
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        pages = [p.extract_text() or "" for p in pdf.pages]
        lines_by_page = [[_norm(x) for x in p.split("\n")] for p in pages]
        for ti, t in enumerate(doc.tables):
            where = []
            for r in t.rows:
                cells = [cell_text(t, c.key, r) for c in t.cols]
                if r.span_label:
                    cells = [r.label] + cells[2:]
                want = _norm(" ".join(x for x in cells if x))
                pg = [i for i, ls in enumerate(lines_by_page) if want in ls]
                if not pg:
                    fail(f"{doc.name}: table {ti} row {r.label!r}: no text-layer line '{want}'")
                    where.append(None)
                else:
                    where.append(pg[0])
            ws = [w for w in where if w is not None]
            if not ws:
                continue
            if doc.fmt == "pdf_pages":
                if ws[0] == ws[-1]:
                    fail(f"{doc.name}: the table does not cross a page break")
                for p in range(ws[0], ws[-1] + 1):
                    if "STT" not in pages[p].split():
                        fail(f"{doc.name}: page {p + 1} has no repeated header")
                    leaf = t.cols[2].path[0].split()[0]
                    if leaf not in pages[p]:
                        fail(f"{doc.name}: page {p + 1} lacks the header word {leaf!r}")
            elif ws[0] != ws[-1]:
                fail(f"{doc.name}: table {ti} should sit on one page ({ws[0] + 1}..{ws[-1] + 1})")
        full = _norm(" ".join(pages))
        for par in doc.prose_before + doc.prose_after:
            for f in re.findall(r"\d[\d.,]*%?", par):
                if f not in full:
                    fail(f"{doc.name}: prose figure {f} not in the text layer")
        if doc.fmt == "pdf_borderless":
            for p in pdf.pages:
                if p.lines or p.rects:
                    fail(f"{doc.name}: a borderless PDF has drawn lines")


def grid_of(t: Table):
    """The expected DOCX grid of a table (merged cells repeated)."""
    D = t.depth
    g = [["" for _ in t.cols] for _ in range(D)]
    for r, c, rs, cs, text in render.header_cells(t):
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                g[i][j] = text
    if t.number_row:
        g.append(render.number_row(t))
    for r in t.rows:
        row = [cell_text(t, c.key, r) for c in t.cols]
        if r.span_label:
            row[0] = row[1] = r.label
        g.append(row)
    return g


def check_docx(doc: Doc, path: Path, original_grids=None):
    grids = render.docx_grids(path)[1:]  # the first table is the heading block
    want = [grid_of(t) for t in doc.tables]
    if grids != want:
        for a, b in zip(grids, want):
            for ra, rb in zip(a, b):
                if ra != rb:
                    fail(f"{doc.name} ({path.suffix}): row {ra} != expected {rb}")
                    break
        if len(grids) != len(want):
            fail(f"{doc.name} ({path.suffix}): {len(grids)} tables, expected {len(want)}")
        else:
            fail(f"{doc.name} ({path.suffix}): table grid differs")
    txt = "\n".join(p.text for p in __import__("docx").Document(str(path)).paragraphs)
    for par in doc.prose_before + doc.prose_after:
        if _norm(par) not in _norm(txt):
            fail(f"{doc.name} ({path.suffix}): prose paragraph missing")


def check_xlsx(doc: Doc, path: Path):
    from openpyxl import load_workbook
    ws = load_workbook(str(path)).active
    for ti, label, key, r, c, val in doc.xlsx_cells:
        got = ws.cell(row=r, column=c).value
        if isinstance(val, float) or isinstance(got, float):
            ok = got is not None and not isinstance(got, str) and abs(float(got) - float(val)) < 1e-9
        else:
            ok = got == val
        if not ok:
            fail(f"{doc.name} ({path.suffix}): {label}/{key} is {got!r}, expected {val!r}")
        fmt = ws.cell(row=r, column=c).number_format
        if doc.tables[ti].xlsx_pct_fraction and key in RATE and isinstance(val, float) and "%" not in fmt:
            fail(f"{doc.name} ({path.suffix}): rate cell lost its % format ({fmt})")
    merged = {str(m) for m in ws.merged_cells.ranges}
    if not merged:
        fail(f"{doc.name} ({path.suffix}): no merged header cells")


def check_html(doc: Doc, path: Path):
    from html.parser import HTMLParser

    class P(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tables, self.cur, self.cell, self.spans = [], None, None, 0

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "table":
                self.cur = []
                self.tables.append(self.cur)
            elif tag == "tr" and self.cur is not None:
                self.cur.append([])
            elif tag in ("td", "th") and self.cur is not None:
                self.cell = ""
                if "rowspan" in a or "colspan" in a:
                    self.spans += 1

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cell is not None:
                self.cur[-1].append(self.cell.strip())
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell += data

    p = P()
    p.feed(path.read_text(encoding="utf-8"))
    if len(p.tables) != len(doc.tables):
        fail(f"{doc.name}: {len(p.tables)} HTML tables")
        return
    if not p.spans:
        fail(f"{doc.name}: no rowspan/colspan")
    for t, rows in zip(doc.tables, p.tables):
        body = rows[t.depth + (1 if t.number_row else 0):]
        for r, got in zip(t.rows, body):
            cells = [cell_text(t, c.key, r) for c in t.cols if c.key not in ("stt",)]
            for x in cells:
                if x and x not in got:
                    fail(f"{doc.name}: HTML row {r.label!r} lacks {x!r}")


# ---------------------------------------------------------------- main

def write(doc: Doc, outdir: Path, tmp: Path):
    fmt = doc.fmt
    if fmt.startswith("pdf"):
        p = outdir / (doc.name + ".pdf")
        render.render_pdf(doc, p, ruled=(fmt != "pdf_borderless"), two_pages=(fmt == "pdf_pages"))
        check_pdf(doc, p)
    elif fmt == "docx":
        p = outdir / (doc.name + ".docx")
        render.render_docx(doc, p)
        check_docx(doc, p)
    elif fmt == "html":
        p = outdir / (doc.name + ".html")
        render.render_html(doc, p)
        check_html(doc, p)
    elif fmt == "xlsx":
        p = outdir / (doc.name + ".xlsx")
        render.render_xlsx(doc, p)
        check_xlsx(doc, p)
    elif fmt == "doc":
        src = tmp / (doc.name + ".docx")
        render.render_docx(doc, src)
        out = render.soffice_convert(src, 'doc:MS Word 97', tmp)
        p = outdir / (doc.name + ".doc")
        p.write_bytes(out.read_bytes())
        back_dir = tmp / "back"
        back_dir.mkdir(exist_ok=True)
        back = render.soffice_convert(p, "docx", back_dir)
        check_docx(doc, back)
    elif fmt == "xls":
        src = tmp / (doc.name + ".xlsx")
        render.render_xlsx(doc, src)
        out = render.soffice_convert(src, 'xls:MS Excel 97', tmp)
        p = outdir / (doc.name + ".xls")
        p.write_bytes(out.read_bytes())
        back_dir = tmp / "back"
        back_dir.mkdir(exist_ok=True)
        back = render.soffice_convert(p, "xlsx", back_dir)
        check_xlsx(doc, back)
    else:
        raise ValueError(fmt)
    return p


def selftest(tmp: Path):
    """The checks must be able to fail: one slip of each kind put into a clean document, and a
    rendered file checked against a model that differs from it, must each be reported."""
    missed = []

    def expect(name, d, code):
        got = [x[0] for ti, t in enumerate(d.tables) for x in check_table(t, ti)]
        if code not in got:
            missed.append(f"{name}: {code} not seen (got {got})")

    d = d01(); d.tables[0].rows[3].vals["online"] += 7; expect("part", d, "sum_mismatch")
    d = d01(); d.tables[0].rows[0].vals["late"] += 5; expect("total row", d, "sum_mismatch")
    d = d03(); d.tables[0].rows[2].vals["s_pub"] += Decimal("0.50"); expect("766", d, "score_sum_mismatch")
    d = d10(); d.tables[0].rows[3].vals["r_online"] += Decimal("1.50"); expect("rate", d, "ratio_mismatch")
    d = d24(); d.tables[0].rows[0].vals["pend"] += 3; expect("balance", d, "balance_mismatch")
    d = d22()
    d.tables[0].rows[2].vals["r_online"] = d.tables[0].rows[2].vals["r_online"]  # unchanged: must stay clean
    if any(check_table(t, ti) for ti, t in enumerate(d.tables)):
        missed.append("a clean table reported an inconsistency")
    n0 = len(FAIL)
    QUIET[0] = True
    d = d02()
    p = tmp / "selftest.pdf"
    render.render_pdf(d, p, ruled=True)
    d.tables[0].rows[1].vals["online"] += 1
    check_pdf(d, p)
    if len(FAIL) == n0:
        missed.append("check_pdf did not notice a cell that differs from the file")
    n1 = len(FAIL)
    d = d13()
    p = tmp / "selftest.docx"
    render.render_docx(d, p)
    d.tables[0].rows[0].vals["r_online"] += Decimal("0.01")
    check_docx(d, p)
    if len(FAIL) == n1:
        missed.append("check_docx did not notice a cell that differs from the file")
    del FAIL[n0:]
    QUIET[0] = False
    for m in missed:
        fail("selftest: " + m)
    print("selftest:", "ok" if not missed else f"{len(missed)} missed")


def main(argv):
    only_check = "--check" in argv
    docs = [b() for b in BUILDERS]
    names = [d.name for d in docs]
    assert len(set(names)) == len(names)
    for d in docs:
        check_names(d)
        check_arithmetic(d)
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        outdir = tmp / "out" if only_check else HERE
        outdir.mkdir(exist_ok=True)
        selftest(tmp)
        for d in docs:
            p = write(d, outdir, tmp)
            truth = truth_of(d)
            tp = HERE / (d.name + ".truth.json")
            text = json.dumps(truth, ensure_ascii=False, indent=1) + "\n"
            if only_check:
                if not tp.exists() or tp.read_text(encoding="utf-8") != text:
                    fail(f"{d.name}: truth on disk differs from a rebuild")
                if not (HERE / p.name).exists():
                    fail(f"{d.name}: {p.name} missing")
            else:
                tp.write_text(text, encoding="utf-8")
            print(f"{d.name:48s} {d.fmt:15s} facts={len(truth['facts']):4d} "
                  f"mistakes={','.join(m['code'] for m in d.mistakes) or '-'}")
    # counts per format and mistakes
    per = {}
    for d in docs:
        per.setdefault(d.fmt, [0, 0])
        per[d.fmt][0] += 1
        per[d.fmt][1] += bool(d.mistakes)
    print("per format (files, with a mistake):", per)
    need = {"pdf_ruled": 3, "pdf_borderless": 3, "pdf_pages": 3, "docx": 3, "html": 3, "xlsx": 3, "doc": 2, "xls": 2}
    for f, n in need.items():
        if per.get(f, [0])[0] < n:
            fail(f"only {per.get(f, [0])[0]} {f} documents")
    if FAIL:
        print(f"{len(FAIL)} check(s) failed")
        return 1
    print(f"OK: {len(docs)} documents, {sum(bool(d.mistakes) for d in docs)} with one planted mistake")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
