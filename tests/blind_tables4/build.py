#!/usr/bin/env python3
"""Build blind table set 4 (issue 12): table reports in nine formats with their truth.

    python3 tests/blind_tables4/build.py            # write every report and its NAME.truth.json
    python3 tests/blind_tables4/build.py --check    # verify identities, planted mistakes, files
    python3 tests/blind_tables4/build.py --only t4_05_pdf_borderless

Every figure is computed here (model.py: CONTRACT §5 half-up rounding); the truth of a cell is
written when the cell is written.  Unit names come from the official lists (vietnam_provinces from
1 July 2025, vietnamadminunits before), never typed by hand.  This script never imports docparse.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from model import (DEPTS_2025, DEPTS_LEGACY, EARLY_SHARE, LATE, ONLINE, ONTIME, ONTIME_IT,  # noqa: E402
                   OT_SHARE, Col, Row, Table, add, b06, dsum, facts_of, legacy_communes,
                   legacy_districts, legacy_province, province_2025_name, rate, s766, vn_dec,
                   vn_int, wards_2025)
from render import (Doc, soffice_convert, write_docx, write_html, write_pdf,  # noqa: E402
                    write_xlsx)

ROMAN = ["I", "II", "III", "IV"]

# ---------------------------------------------------------------- column sets


def cols_b06(v: int = 0):
    """Biểu 06 (Thông tư 01/2020/TT-VPCP) in three wordings."""
    R = ["Số hồ sơ nhận giải quyết", "Tiếp nhận hồ sơ", "Số hồ sơ nhận giải quyết"][v]
    K = ["Kết quả giải quyết", "Kết quả xử lý hồ sơ", "Kết quả giải quyết"][v]
    S = ["Số hồ sơ đã giải quyết", "Đã giải quyết", "Số hồ sơ đã giải quyết"][v]
    P = ["Số hồ sơ đang giải quyết", "Đang giải quyết", "Số hồ sơ đang giải quyết"][v]
    if v == 0:
        return [Col(["STT"], kind="stt", width=0.5, numlabel="(1)"),
                Col(["Tên đơn vị"], kind="label", width=3.2, numlabel="(2)"),
                Col([R, "Tổng số"], "rt", indicator="received_total", numlabel="(3)=(4)+(5)+(6)", width=1.35),
                Col([R, "Trong đó", "Trực tuyến"], "on", indicator="received_online", numlabel="(4)"),
                Col([R, "Trong đó", "Trực tiếp, bưu chính"], "off", indicator="received_offline", numlabel="(5)"),
                Col([R, "Trong đó", "Kỳ trước chuyển qua"], "co", indicator="received_carried_over", numlabel="(6)"),
                Col([K, S, "Tổng số"], "rs", indicator="resolved_total", numlabel="(7)=(8)+(9)+(10)", width=1.35),
                Col([K, S, "Trước hạn"], "e", indicator="resolved_early", numlabel="(8)"),
                Col([K, S, "Đúng hạn"], "ot", indicator="resolved_on_time", numlabel="(9)"),
                Col([K, S, "Quá hạn"], "lt", indicator="resolved_late", numlabel="(10)"),
                Col([K, P, "Tổng số"], "p", indicator="pending_total", numlabel="(11)=(12)+(13)", width=1.35),
                Col([K, P, "Trong hạn"], "pt", indicator="pending_on_time", numlabel="(12)"),
                Col([K, P, "Quá hạn"], "pl", indicator="pending_late", numlabel="(13)")]
    if v == 1:   # carried over first, wording "Tồn kỳ trước", "Trễ hạn"
        return [Col(["TT"], kind="stt", width=0.5),
                Col(["Đơn vị"], kind="label", width=3.0),
                Col([R, "Tổng số"], "rt", indicator="received_total"),
                Col([R, "Tồn kỳ trước chuyển sang"], "co", indicator="received_carried_over"),
                Col([R, "Tiếp nhận mới", "Trực tuyến"], "on", indicator="received_online"),
                Col([R, "Tiếp nhận mới", "Trực tiếp"], "off", indicator="received_offline"),
                Col([K, S, "Tổng số"], "rs", indicator="resolved_total"),
                Col([K, S, "Trước hạn"], "e", indicator="resolved_early"),
                Col([K, S, "Đúng hạn"], "ot", indicator="resolved_on_time"),
                Col([K, S, "Trễ hạn"], "lt", indicator="resolved_late"),
                Col([K, P, "Tổng số"], "p", indicator="pending_total"),
                Col([K, P, "Chưa đến hạn"], "pt", indicator="pending_on_time"),
                Col([K, P, "Quá hạn"], "pl", indicator="pending_late")]
    # v == 2: early and on time as one column, on-time rate at the end
    return [Col(["STT"], kind="stt", width=0.5),
            Col(["Cơ quan, đơn vị"], kind="label", width=3.0),
            Col([R, "Tổng số"], "rt", indicator="received_total"),
            Col([R, "Trong đó", "Trực tuyến"], "on", indicator="received_online"),
            Col([R, "Trong đó", "Trực tiếp, dịch vụ bưu chính công ích"], "off", indicator="received_offline"),
            Col([R, "Trong đó", "Từ kỳ trước chuyển sang"], "co", indicator="received_carried_over"),
            Col([K, S, "Tổng số"], "rs", indicator="resolved_total"),
            Col([K, S, "Trước hạn, đúng hạn"], "it", indicator="resolved_in_time"),
            Col([K, S, "Quá hạn"], "lt", indicator="resolved_late"),
            Col([K, P, "Tổng số"], "p", indicator="pending_total"),
            Col([K, P, "Trong hạn"], "pt", indicator="pending_on_time"),
            Col([K, P, "Quá hạn"], "pl", indicator="pending_late"),
            Col(["Tỷ lệ giải quyết đúng hạn (%)"], "r_ot", kind="rate", indicator="resolved_on_time",
                **ONTIME_IT)]


def cols_online(v: int = 0, dec: int = 2):
    if v == 0:
        return [Col(["STT"], kind="stt", width=0.5),
                Col(["Đơn vị"], kind="label", width=3.0),
                Col(["Tổng số hồ sơ tiếp nhận"], "rt", indicator="received_total"),
                Col(["Trong đó", "Trực tuyến"], "on", indicator="received_online"),
                Col(["Trong đó", "Trực tiếp, bưu chính"], "off", indicator="received_offline"),
                Col(["Tỷ lệ hồ sơ trực tuyến (%)"], "r_on", kind="rate", indicator="online_submission",
                    dec=dec, **ONLINE)]
    if v == 1:   # online first, offline, total, rate ("Nộp trực tuyến")
        return [Col(["TT"], kind="stt", width=0.5),
                Col(["Tên đơn vị"], kind="label", width=3.0),
                Col(["Số hồ sơ tiếp nhận", "Nộp trực tuyến"], "on", indicator="received_online"),
                Col(["Số hồ sơ tiếp nhận", "Nộp trực tiếp"], "off", indicator="received_offline"),
                Col(["Số hồ sơ tiếp nhận", "Tổng cộng"], "rt", indicator="received_total"),
                Col(["Tỷ lệ nộp hồ sơ trực tuyến (%)"], "r_on", kind="rate", indicator="online_submission",
                    dec=dec, **ONLINE)]
    # v == 2: with on-time results beside
    return [Col(["STT"], kind="stt", width=0.5),
            Col(["Đơn vị"], kind="label", width=3.0),
            Col(["Hồ sơ tiếp nhận", "Tổng số"], "rt", indicator="received_total"),
            Col(["Hồ sơ tiếp nhận", "Trực tuyến"], "on", indicator="received_online"),
            Col(["Hồ sơ tiếp nhận", "Tỷ lệ trực tuyến (%)"], "r_on", kind="rate",
                indicator="online_submission", dec=dec, **ONLINE),
            Col(["Hồ sơ đã giải quyết", "Tổng số"], "rs", indicator="resolved_total"),
            Col(["Hồ sơ đã giải quyết", "Trước hạn, đúng hạn"], "it", indicator="resolved_in_time"),
            Col(["Hồ sơ đã giải quyết", "Quá hạn"], "lt", indicator="resolved_late"),
            Col(["Hồ sơ đã giải quyết", "Tỷ lệ đúng hạn (%)"], "r_ot", kind="rate",
                indicator="resolved_on_time", dec=dec, **ONTIME_IT)]


def cols_ontime(v: int = 0):
    if v == 0:
        return [Col(["STT"], kind="stt", width=0.5),
                Col(["Tên cơ quan, đơn vị"], kind="label", width=3.2),
                Col(["Số hồ sơ đã giải quyết", "Tổng số"], "rs", indicator="resolved_total"),
                Col(["Số hồ sơ đã giải quyết", "Trước hạn"], "e", indicator="resolved_early"),
                Col(["Số hồ sơ đã giải quyết", "Đúng hạn"], "ot", indicator="resolved_on_time"),
                Col(["Số hồ sơ đã giải quyết", "Quá hạn"], "lt", indicator="resolved_late"),
                Col(["Tỷ lệ giải quyết trước hạn, đúng hạn (%)"], "r_ot", kind="rate",
                    indicator="resolved_on_time", **ONTIME),
                Col(["Tỷ lệ quá hạn (%)"], "r_lt", kind="rate", indicator="resolved_late", **LATE)]
    # v == 1: portal layout, a "%" under each count (share of the resolved total)
    return [Col(["STT"], kind="stt", width=0.5),
            Col(["Đơn vị"], kind="label", width=3.0),
            Col(["Tổng số hồ sơ"], "rt", indicator="received_total"),
            Col(["Đã xử lý"], "rs", indicator="resolved_total"),
            Col(["Đang xử lý"], "p", indicator="pending_total"),
            Col(["Trước hạn", "Số hồ sơ"], "e", indicator="resolved_early"),
            Col(["Trước hạn", "%"], "r_e", kind="rate", indicator="other", dec=1, pct=True, **EARLY_SHARE),
            Col(["Đúng hạn", "Số hồ sơ"], "ot", indicator="resolved_on_time"),
            Col(["Đúng hạn", "%"], "r_o", kind="rate", indicator="other", dec=1, pct=True, **OT_SHARE),
            Col(["Trễ hạn", "Số hồ sơ"], "lt", indicator="resolved_late"),
            Col(["Trễ hạn", "%"], "r_l", kind="rate", indicator="resolved_late", dec=1, pct=True, **LATE)]


M766 = {"pub": 18, "prog": 20, "dvc": 12, "pay": 10, "sat": 18, "dig": 22}
I766 = {"pub": "index_766_publicity", "prog": "index_766_progress", "dvc": "index_766_online_service",
        "pay": "index_766_online_payment", "sat": "index_766_satisfaction", "dig": "index_766_digitization"}


def cols_766(v: int = 0, vertical=False, rank=False, max_in_header=False):
    names = {"pub": "Công khai, minh bạch", "prog": "Tiến độ, kết quả giải quyết",
             "dvc": "Cung cấp dịch vụ trực tuyến", "pay": "Thanh toán trực tuyến",
             "sat": "Mức độ hài lòng", "dig": "Số hóa hồ sơ"}
    if v == 1:
        names = {"pub": "Công khai, minh bạch", "prog": "Tiến độ giải quyết",
                 "dvc": "Dịch vụ công trực tuyến", "pay": "Thanh toán trực tuyến",
                 "sat": "Mức độ hài lòng", "dig": "Số hóa hồ sơ, kết quả"}
    order = list(M766)
    if v == 1:
        order = ["pub", "prog", "dvc", "pay", "dig", "sat"]
    cols = [Col(["STT"], kind="stt", width=0.5), Col(["Đơn vị"], kind="label", width=2.8)]
    top = "Điểm các nhóm chỉ số thành phần"
    for k in order:
        label = names[k] + (f" ({M766[k]} điểm)" if max_in_header else "")
        cols.append(Col([top, label], k, kind="score", indicator=I766[k], maximum=M766[k],
                        vertical=vertical, width=0.9))
    cols.append(Col(["Tổng điểm" + (" (100 điểm)" if max_in_header else "")], "tot", kind="score",
                    indicator="index_766_total", maximum=100))
    if rank:
        cols.append(Col(["Xếp hạng"], "rank", kind="rank", indicator="index_766_rank", width=0.7))
    return cols


# ---------------------------------------------------------------- row builders


def unit_rows(names, rng, maker, stt_start=1):
    return [Row(n, "unit", "unit:" + n, maker(rng), stt=str(i)) for i, n in enumerate(names, stt_start)]


def grouped(groups, total=None, arabic_in_group=True, roman_stt=False):
    """groups: [(label, subject, [unit rows])]; returns rows with sums filled."""
    rows, tops = [], []
    for gi, (glabel, gsubj, units) in enumerate(groups):
        g = Row(glabel, "group", gsubj, add([u.data for u in units]), stt=ROMAN[gi] if roman_stt else "",
                bold=True, members=units)
        rows.append(g)
        tops.append(g)
        if arabic_in_group:
            for i, u in enumerate(units, 1):
                u.stt = str(i)
        rows += units
    if total:
        label, subj = total
        rows.append(Row(label, "total", subj, add([g.data for g in tops]), bold=True, members=tops))
    return rows


def totalled(units, label, subj, first=False):
    t = Row(label, "total", subj, add([u.data for u in units]), bold=True, members=units)
    return ([t] + units) if first else (units + [t])


def rank_rows(rows):
    units = [r for r in rows if r.role == "unit"]
    order = sorted(units, key=lambda r: -r.data["tot"])
    for i, r in enumerate(order, 1):
        r.data["rank"] = i
        r.data["field"] = len(units)


def pick(names, k, rng):
    idx = sorted(rng.sample(range(len(names)), k))
    return [names[i] for i in idx]


def fmtr(v, d=2):
    return vn_dec(v, d)


# ---------------------------------------------------------------- prose facts

def pf(kind, ind, subj, value, text, num=None, den=None, scope=None):
    return {"kind": kind, "indicator": ind, "subject": subj, "scope": scope, "value": value,
            "numerator": num, "denominator": den, "text": text}


def issuer_2025(prov):
    return ["ỦY BAN NHÂN DÂN", province_2025_name(prov).upper()]


# ---------------------------------------------------------------- the reports

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


@report
def t4_01():
    """PDF ruled, legacy Kon Tum: Biểu 06, I. Cấp tỉnh / II. Cấp huyện, Toàn tỉnh; clean."""
    rng = random.Random(401)
    pk = "tinhkontum"
    prov = legacy_province(pk)
    depts = unit_rows(pick(DEPTS_LEGACY, 7, rng), rng, lambda r: b06(r, 420))
    dists = unit_rows(legacy_districts(pk), rng, lambda r: b06(r, 1500, late=0.05))
    rows = grouped([("I. Cấp tỉnh", "departments", depts), ("II. Cấp huyện", "districts", dists)],
                   total=("Toàn tỉnh", "city"))
    t = Table("", cols_b06(0), rows, unit_note="Đơn vị tính: hồ sơ", number_row=True, font=7)
    tot = rows[-1].data
    r_ot = rate(tot["e"] + tot["ot"], tot["rs"], 2)
    rows2 = [Row(n, "unit", "unit:" + n, s766(rng, M766, level=rng.uniform(0.65, 0.92)), stt=str(i))
             for i, n in enumerate(legacy_districts(pk), 1)]
    t2 = Table("Bảng 2. Điểm Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh "
               "nghiệp của cấp huyện tháng 3/2025", cols_766(0, max_in_header=True), rows2, font=8)
    d = Doc("t4_01_pdf_ruled", "pdf_ruled", "quarterly_report", "2025-03-28", prov,
            ["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"], "86/BC-UBND", "Kon Tum, ngày 28 tháng 3 năm 2025",
            ["BÁO CÁO", "Tình hình, kết quả giải quyết thủ tục hành chính quý I năm 2025"],
            [("p", "Thực hiện chế độ báo cáo định kỳ về kiểm soát thủ tục hành chính, Ủy ban nhân dân tỉnh "
                   "tổng hợp số liệu tiếp nhận, giải quyết hồ sơ của các cơ quan, địa phương trong quý I "
                   "năm 2025 theo Biểu mẫu số 06 dưới đây."),
             ("t", t),
             ("p", f"Trong quý I năm 2025, toàn tỉnh đã giải quyết {vn_int(tot['rs'])} hồ sơ, trong đó "
                   f"trả kết quả quá hạn {vn_int(tot['lt'])} hồ sơ; tỷ lệ hồ sơ giải quyết trước hạn, "
                   f"đúng hạn đạt {fmtr(r_ot)}%."),
             ("p", "Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Bộ chỉ số của các huyện, "
                   "thành phố trong tháng 3 năm 2025 như sau:"),
             ("t", t2)])
    d.prose_facts = [pf("count", "resolved_total", "city", tot["rs"], vn_int(tot["rs"])),
                     pf("count", "resolved_late", "city", tot["lt"], vn_int(tot["lt"])),
                     pf("rate", "resolved_on_time", "city", r_ot, fmtr(r_ot) + "%")]
    return d


@report
def t4_02():
    """PDF ruled, Điện Biên 2025: per-commune online submission; a wrong rate cell."""
    rng = random.Random(402)
    prov = "Điện Biên"
    names = pick(wards_2025(prov), 14, rng)
    rows = unit_rows(names, rng, lambda r: b06(r, 300, online_share=(0.5, 0.98), carried=False))
    t = Table("Biểu: Kết quả tiếp nhận hồ sơ trực tuyến của UBND các xã, phường tháng 9 năm 2025",
              cols_online(0), rows, unit_note="Đơn vị tính: hồ sơ", landscape=False, font=9)
    r = rows[5]
    true = rate(r.data["on"], r.data["on"] + r.data["off"], 2)
    stated = round(true + 3.1, 2) if true < 96 else round(true - 4.2, 2)
    r.wrong["r_on"] = stated
    d = Doc("t4_02_pdf_ruled", "pdf_ruled", "portal_stats", "2025-10-06", province_2025_name(prov),
            ["VĂN PHÒNG UBND TỈNH ĐIỆN BIÊN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "214/TB-TTPVHCC",
            "Điện Biên, ngày 06 tháng 10 năm 2025",
            ["THÔNG BÁO", "Kết quả tiếp nhận hồ sơ trực tuyến cấp xã tháng 9 năm 2025"],
            [("p", "Trung tâm Phục vụ hành chính công tỉnh thông báo kết quả tiếp nhận hồ sơ trực tuyến "
                   "của một số xã, phường trên địa bàn tỉnh trong tháng 9 năm 2025 như sau:"),
             ("t", t),
             ("p", "Đề nghị các xã, phường có tỷ lệ thấp tăng cường hướng dẫn người dân nộp hồ sơ trên "
                   "Cổng Dịch vụ công quốc gia.")],
            signer=("GIÁM ĐỐC", "Lò Văn Thành"), portrait=True)
    d.mistakes = [{"code": "ratio_mismatch", "stated": stated, "text": fmtr(stated),
                   "note": f"{r.label}: {r.data['on']}/{r.data['on'] + r.data['off']} is {fmtr(true)}%"}]
    return d


@report
def t4_03():
    """PDF ruled, Cao Bằng 2025: 766 per commune, vertical headers, maxima row, rank; a wrong total."""
    rng = random.Random(403)
    prov = "Cao Bằng"
    names = pick(wards_2025(prov), 15, rng)
    rows = [Row(n, "unit", "unit:" + n, s766(rng, M766, level=rng.uniform(0.6, 0.9)), stt=str(i))
            for i, n in enumerate(names, 1)]
    rank_rows(rows)
    mx = Row("Điểm tối đa", "maximum", None, dict(M766, tot=100))
    cols = cols_766(0, vertical=True, rank=True)
    t = Table("", cols, [mx] + rows, font=8, landscape=False)
    r = rows[8]
    stated = round(r.data["tot"] + 2.5, 2)
    r.wrong["tot"] = stated
    d = Doc("t4_03_pdf_ruled", "pdf_ruled", "portal_stats", "2025-11-10", province_2025_name(prov),
            ["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"], "305/TB-UBND", "Cao Bằng, ngày 10 tháng 11 năm 2025",
            ["THÔNG BÁO", "Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, "
             "doanh nghiệp của cấp xã tháng 10 năm 2025"],
            [("p", "Căn cứ dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, Ủy ban "
                   "nhân dân tỉnh thông báo điểm Bộ chỉ số theo Quyết định số 766/QĐ-TTg của một số xã, "
                   "phường trong tháng 10 năm 2025:"),
             ("t", t)],
            portrait=True)
    d.mistakes = [{"code": "score_sum_mismatch", "stated": stated, "text": fmtr(stated),
                   "note": f"{r.label}: components make {fmtr(r.data['tot'])}"}]
    d.not_facts = [{"text": "766/QĐ-TTg", "why": "reference"}]
    return d


@report
def t4_04():
    """PDF borderless, Quảng Ninh 2025: departments' results with on-time and late rates; clean."""
    rng = random.Random(404)
    prov = "Quảng Ninh"
    units = unit_rows(DEPTS_2025[:9], rng, lambda r: b06(r, 700, late=0.04))
    rows = totalled(units, "Cộng cấp tỉnh", "departments")
    t = Table("", cols_ontime(0), rows, font=8, landscape=True, zero="0")
    tot = rows[-1].data
    d = Doc("t4_04_pdf_borderless", "pdf_borderless", "quarterly_report", "2025-10-03", province_2025_name(prov),
            ["UBND TỈNH QUẢNG NINH", "VĂN PHÒNG"], "1120/BC-VP", "Quảng Ninh, ngày 03 tháng 10 năm 2025",
            ["BÁO CÁO", "Kết quả giải quyết hồ sơ thủ tục hành chính của các sở, ngành quý III năm 2025"],
            [("p", f"Trong quý III năm 2025, các sở, ngành đã giải quyết {vn_int(tot['rs'])} hồ sơ thủ tục "
                   f"hành chính; kết quả của từng cơ quan như sau:"),
             ("t", t),
             ("p", "Các cơ quan có hồ sơ quá hạn thực hiện xin lỗi người dân, doanh nghiệp theo quy định.")],
            signer=("CHÁNH VĂN PHÒNG", "Phạm Minh Đức"))
    d.prose_facts = [pf("count", "resolved_total", "departments", tot["rs"], vn_int(tot["rs"]),
                        scope="các sở, ngành")]
    return d


@report
def t4_05():
    """PDF borderless, legacy Bến Tre: districts' Biểu 06 (in-time column); a row that does not add up."""
    rng = random.Random(405)
    pk = "tinhbentre"
    prov = legacy_province(pk)
    units = unit_rows(legacy_districts(pk), rng, lambda r: b06(r, 2600, late=0.04))
    rows = totalled(units, "Cộng cấp huyện", "districts")
    cols = [c for c in cols_b06(2) if c.key != "r_ot"]
    t = Table("Biểu số 06: Tình hình, kết quả giải quyết TTHC của UBND cấp huyện", cols, rows,
              unit_note="Đơn vị tính: hồ sơ", font=7.5)
    r = rows[3]
    stated = r.data["rt"] + 40
    r.wrong["rt"] = stated
    d = Doc("t4_05_pdf_borderless", "pdf_borderless", "quarterly_report", "2025-04-05", prov,
            ["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE"], "132/BC-UBND", "Bến Tre, ngày 05 tháng 4 năm 2025",
            ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính của cấp huyện quý I năm 2025"],
            [("p", "Ủy ban nhân dân tỉnh tổng hợp kết quả tiếp nhận và giải quyết hồ sơ thủ tục hành chính "
                   "của Ủy ban nhân dân các huyện, thành phố trong quý I năm 2025 như sau:"),
             ("t", t)])
    on, off, co = r.data["on"], r.data["off"], r.data["co"]
    d.mistakes = [{"code": "sum_mismatch", "stated": stated, "text": vn_int(stated),
                   "note": f"{r.label}: {on}+{off}+{co} = {on + off + co}"}]
    return d


@report
def t4_06():
    """PDF over pages, Lai Châu 2025: every commune's Biểu 06 (38 rows), header repeated; clean."""
    rng = random.Random(406)
    prov = "Lai Châu"
    units = unit_rows(wards_2025(prov), rng, lambda r: b06(r, 380, late=0.03))
    rows = totalled(units, "Tổng cộng", "communes")
    rows.append(Row("Ghi chú: Số liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh "
                    "lúc 17 giờ ngày 30/9/2025.", "note"))
    t = Table("Biểu mẫu số 06. Tình hình, kết quả giải quyết TTHC tại UBND cấp xã quý III năm 2025",
              cols_b06(0), rows, unit_note="Đơn vị tính: hồ sơ", number_row=True, font=8)
    tot = rows[-2].data
    d = Doc("t4_06_pdf_pages", "pdf_pages", "quarterly_report", "2025-10-08", province_2025_name(prov),
            ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"], "401/BC-UBND", "Lai Châu, ngày 08 tháng 10 năm 2025",
            ["BÁO CÁO", "Tình hình, kết quả giải quyết thủ tục hành chính cấp xã quý III năm 2025"],
            [("p", "Quý III năm 2025 là quý đầu tiên các xã, phường vận hành theo mô hình chính quyền địa "
                   f"phương hai cấp. Các xã, phường đã tiếp nhận {vn_int(tot['rt'])} hồ sơ, trong đó "
                   f"hồ sơ nộp trực tuyến {vn_int(tot['on'])} hồ sơ. Chi tiết theo từng xã, phường tại biểu sau:"),
             ("t", t),
             ("p", "Ủy ban nhân dân tỉnh đề nghị các xã còn hồ sơ quá hạn rà soát, giải quyết dứt điểm.")])
    d.prose_facts = [pf("count", "received_total", "communes", tot["rt"], vn_int(tot["rt"])),
                     pf("count", "received_online", "communes", tot["on"], vn_int(tot["on"]))]
    d.not_facts = [{"text": "17 giờ ngày 30/9/2025", "why": "date"}]
    return d


@report
def t4_07():
    """PDF over pages, legacy Hà Giang, Huyện Hoàng Su Phì: its communes; a wrong total row."""
    rng = random.Random(407)
    pk = "tinhhagiang"
    dist = "Huyện Hoàng Su Phì"
    units = unit_rows(legacy_communes(pk, dist), rng,
                      lambda r: b06(r, 160, online_share=(0.2, 0.7), carried=False))
    rows = totalled(units, "Toàn huyện", "self")
    cols = cols_online(2, dec=1)
    t = Table("", cols, rows, unit_note="Đơn vị tính: hồ sơ", font=10, landscape=False)
    tot = rows[-1]
    stated = tot.data["lt"] + 9
    tot.wrong["lt"] = stated
    paras = [("p", "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về nâng cao chất lượng giải quyết thủ tục "
                   "hành chính, Ủy ban nhân dân huyện báo cáo kết quả tiếp nhận, giải quyết hồ sơ tại Bộ phận "
                   "Một cửa các xã, thị trấn sáu tháng đầu năm 2025."),
             ("h", "I. KẾT QUẢ THỰC HIỆN"),
             ("p", "Các xã, thị trấn đã niêm yết công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa; "
                   "việc hướng dẫn người dân tạo tài khoản và nộp hồ sơ trên Cổng Dịch vụ công được duy trì "
                   "thường xuyên. Công chức một cửa được tập huấn nghiệp vụ số hóa hồ sơ, kết quả giải quyết."),
             ("p", "Ủy ban nhân dân huyện đã ban hành kế hoạch kiểm tra công tác cải cách hành chính tại các xã, "
                  "thị trấn; qua kiểm tra, các đơn vị cơ bản thực hiện đúng quy trình tiếp nhận, luân chuyển hồ "
                  "sơ trên hệ thống. Một số xã vùng cao còn khó khăn về đường truyền, thiết bị quét tài liệu và "
                  "nhân lực hỗ trợ người dân nộp hồ sơ trực tuyến."),
             ("p", "Việc thanh toán phí, lệ phí trực tuyến được triển khai tại tất cả các xã, thị trấn; công "
                   "chức Bộ phận Một cửa hướng dẫn người dân sử dụng tài khoản định danh điện tử khi thực hiện "
                   "thủ tục hành chính. Các trường hợp hồ sơ trễ hạn đều được xin lỗi người dân bằng văn bản."),
             ("p", "Kết quả tiếp nhận, giải quyết hồ sơ của từng xã, thị trấn như sau:"),
             ("t", t),
             ("h", "II. NHIỆM VỤ THỜI GIAN TỚI"),
             ("p", "Tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến, giảm hồ sơ quá hạn tại các xã vùng cao.")]
    d = Doc("t4_07_pdf_pages", "pdf_pages", "quarterly_report", "2025-06-20", legacy_province(pk),
            ["UBND TỈNH HÀ GIANG", "ỦY BAN NHÂN DÂN", "HUYỆN HOÀNG SU PHÌ"], "97/BC-UBND",
            "Hoàng Su Phì, ngày 20 tháng 6 năm 2025",
            ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính tại cấp xã 6 tháng đầu năm 2025"],
            paras, signer=("CHỦ TỊCH", "Hoàng Văn Sử"), portrait=True)
    d.mistakes = [{"code": "sum_mismatch", "stated": stated, "text": vn_int(stated),
                   "note": f"the communes' late dossiers add up to {tot.data['lt']}"}]
    return d


@report
def t4_08():
    """PDF over pages, Thành phố Huế 2025: 40 wards' online rate and on-time rate; clean."""
    rng = random.Random(408)
    prov = "Thành phố Huế"
    units = unit_rows(wards_2025(prov), rng, lambda r: b06(r, 900, online_share=(0.55, 0.99),
                                                              carried=False))
    rows = totalled(units, "Tổng cộng", "communes")
    t = Table("Phụ lục: Kết quả tiếp nhận trực tuyến và giải quyết hồ sơ của các xã, phường tháng 10/2025",
              cols_online(2, dec=2), rows, font=8.5, landscape=True)
    tot = rows[-1].data
    r_on = rate(tot["on"], tot["on"] + tot["off"], 2)
    d = Doc("t4_08_pdf_pages", "pdf_pages", "portal_stats", "2025-11-04", prov,
            ["UBND THÀNH PHỐ HUẾ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "88/TB-TTHCC",
            "Huế, ngày 04 tháng 11 năm 2025",
            ["THÔNG BÁO", "Tình hình tiếp nhận, giải quyết hồ sơ của cấp xã tháng 10 năm 2025"],
            [("t", t),
             ("p", f"Trong tháng 10 năm 2025, tỷ lệ hồ sơ nộp trực tuyến của các xã, phường đạt {fmtr(r_on)}%.")],
            signer=("GIÁM ĐỐC", "Trần Thị Hương"))
    d.prose_facts = [pf("rate", "online_submission", "communes", r_on, fmtr(r_on) + "%")]
    return d


@report
def t4_09():
    """DOCX, Quảng Ngãi 2025: Biểu 06 with groups, Toàn tỉnh; the prose after contradicts the table."""
    rng = random.Random(409)
    prov = "Quảng Ngãi"
    depts = unit_rows(pick(DEPTS_2025, 5, rng), rng, lambda r: b06(r, 500))
    comms = unit_rows(pick(wards_2025(prov), 7, rng), rng, lambda r: b06(r, 650))
    rows = grouped([("Cấp tỉnh", "departments", depts), ("Cấp xã", "communes", comms)],
                   total=("Toàn tỉnh", "city"), roman_stt=True)
    t = Table("", cols_b06(1), rows, unit_note="Đơn vị tính: hồ sơ", font=7)
    tot = rows[-1].data
    stated = tot["rt"] + 90
    d = Doc("t4_09_docx", "docx", "quarterly_report", "2025-12-15", province_2025_name(prov),
            ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], "512/BC-UBND", "Quảng Ngãi, ngày 15 tháng 12 năm 2025",
            ["BÁO CÁO", "Tình hình, kết quả giải quyết thủ tục hành chính quý IV năm 2025"],
            [("p", "Ủy ban nhân dân tỉnh báo cáo tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính "
                   "quý IV năm 2025 (số liệu tính đến ngày 14/12/2025) như biểu dưới đây."),
             ("t", t),
             ("p", f"Như vậy, trong quý IV năm 2025 toàn tỉnh tiếp nhận {vn_int(stated)} hồ sơ thủ tục hành "
                   f"chính và đã giải quyết {vn_int(tot['rs'])} hồ sơ; hồ sơ quá hạn tập trung ở lĩnh vực đất "
                   f"đai và xây dựng.")])
    d.prose_facts = [pf("count", "received_total", "city", stated, vn_int(stated)),
                     pf("count", "resolved_total", "city", tot["rs"], vn_int(tot["rs"]))]
    d.mistakes = [{"code": "repeated_value_mismatch", "stated": stated, "text": vn_int(stated),
                   "note": f"the table's Toàn tỉnh row has {vn_int(tot['rt'])}"}]
    d.not_facts = [{"text": "14/12/2025", "why": "date"}]
    return d


@report
def t4_10():
    """DOCX, Gia Lai 2025: departments' online submission, vertical header, 'x' and '...'; clean."""
    rng = random.Random(410)
    prov = "Gia Lai"
    names = DEPTS_2025[:8]
    units = unit_rows(names, rng, lambda r: b06(r, 450, online_share=(0.6, 0.99), carried=False))
    # a body that received nothing: counts '-', rate 'x' (not applicable)
    units[6].data.update(rt=0, on=0, off=0)
    # one body did not report: no data
    units[4].markers.update(rt="...", on="...", off="...", r_on="...")
    rows = units + [Row("Cộng cấp tỉnh", "total", "departments",
                        add([u.data for i, u in enumerate(units) if i != 4]), bold=True,
                        members=[u for i, u in enumerate(units) if i != 4])]
    cols = cols_online(1)
    for c in cols:
        if c.key in ("on", "off"):
            c.vertical = True
    t = Table("", cols, rows, unit_note="Đơn vị tính: hồ sơ", font=8, landscape=False,
              notes=["Ghi chú: Sở Giáo dục và Đào tạo chưa gửi số liệu; dấu \"x\" là không phát sinh hồ sơ."])
    d = Doc("t4_10_docx", "docx", "portal_stats", "2025-09-08", province_2025_name(prov),
            ["UBND TỈNH GIA LAI", "VĂN PHÒNG"], "77/BC-VP", "Gia Lai, ngày 08 tháng 9 năm 2025",
            ["BÁO CÁO", "Kết quả tiếp nhận hồ sơ trực tuyến của các sở, ngành tháng 8 năm 2025"],
            [("p", "Văn phòng Ủy ban nhân dân tỉnh tổng hợp số liệu tiếp nhận hồ sơ trực tuyến trên Hệ thống "
                   "thông tin giải quyết thủ tục hành chính của tỉnh trong tháng 8 năm 2025 như sau:"),
             ("t", t)],
            signer=("KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Rơ Châm Hải"), portrait=True)
    return d


@report
def t4_11():
    """DOCX, legacy Quảng Nam: 766 per district, maxima in the headers, average row; clean."""
    rng = random.Random(411)
    pk = "tinhquangnam"
    rows = [Row(n, "unit", "unit:" + n, s766(rng, M766, level=rng.uniform(0.65, 0.9)), stt=str(i))
            for i, n in enumerate(legacy_districts(pk), 1)]
    avg = Row("Trung bình", "avg", None, {}, bold=True)
    for k in list(M766) + ["tot"]:
        avg.data[k] = round(dsum(r.data[k] for r in rows) / len(rows), 2)
    t = Table("Bảng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của cấp huyện tháng 4 năm 2025",
              cols_766(1, max_in_header=True), rows + [avg], font=8, landscape=True)
    best = max(rows, key=lambda r: r.data["tot"])
    d = Doc("t4_11_docx", "docx", "portal_stats", "2025-05-12", legacy_province(pk),
            ["UBND TỈNH QUẢNG NAM", "VĂN PHÒNG"], "45/TB-VP", "Quảng Nam, ngày 12 tháng 5 năm 2025",
            ["THÔNG BÁO", "Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp cấp huyện tháng 4/2025"],
            [("t", t),
             ("p", f"{best.label} dẫn đầu với {fmtr(best.data['tot'])} điểm.")],
            signer=("CHÁNH VĂN PHÒNG", "Lê Văn Bình"))
    d.prose_facts = [pf("score", "index_766_total", best.subject, best.data["tot"], fmtr(best.data["tot"]))]
    return d


@report
def t4_12():
    """HTML portal, Đà Nẵng 2025: departments with a '%' under each result count; clean."""
    rng = random.Random(412)
    prov = "Thành phố Đà Nẵng"
    units = unit_rows(DEPTS_2025[:10], rng, lambda r: b06(r, 900, late=0.05, carried=False))
    rows = totalled(units, "Tổng cộng", "departments")  # session 8: a departments-only total is theirs (README)
    t = Table("", cols_ontime(1), rows, point=False)
    d = Doc("t4_12_html", "html", "portal_stats", "2025-12-01", prov,
            ["CỔNG DỊCH VỤ CÔNG THÀNH PHỐ ĐÀ NẴNG"], "", "Cập nhật ngày 01/12/2025",
            ["Thống kê kết quả giải quyết thủ tục hành chính của các sở, ngành tháng 11/2025"],
            [("p", "Số liệu được tổng hợp tự động từ Hệ thống thông tin giải quyết thủ tục hành chính "
                   "thành phố."),
             ("t", t)], signer=("", ""), motto=False)
    return d


@report
def t4_13():
    """HTML, legacy Kon Tum: communes grouped by district in a merged-down column; a broken balance."""
    rng = random.Random(413)
    pk = "tinhkontum"
    blocks = []
    for dist in ["Huyện Đắk Tô", "Huyện Kon Rẫy"]:
        blocks.append((dist, unit_rows(legacy_communes(pk, dist), rng,
                                       lambda r: b06(r, 140, carried=True))))
    cols = [Col(["Huyện"], kind="stt", width=1.2),
            Col(["Xã, thị trấn"], kind="label", width=2.2),
            Col(["Tiếp nhận", "Tổng số"], "rt", indicator="received_total"),
            Col(["Tiếp nhận", "Trực tuyến"], "on", indicator="received_online"),
            Col(["Tiếp nhận", "Trực tiếp"], "off", indicator="received_offline"),
            Col(["Tiếp nhận", "Kỳ trước chuyển sang"], "co", indicator="received_carried_over"),
            Col(["Đã giải quyết", "Tổng số"], "rs", indicator="resolved_total"),
            Col(["Đã giải quyết", "Trước và đúng hạn"], "it", indicator="resolved_in_time"),
            Col(["Đã giải quyết", "Quá hạn"], "lt", indicator="resolved_late"),
            Col(["Đang giải quyết", "Tổng số"], "p", indicator="pending_total"),
            Col(["Đang giải quyết", "Trong hạn"], "pt", indicator="pending_on_time"),
            Col(["Đang giải quyết", "Quá hạn"], "pl", indicator="pending_late")]
    rows = []
    for dist, units in blocks:
        for i, u in enumerate(units):
            u.stt = dist if i == 0 else ""
        rows += units
    t = Table("", cols, rows)
    t.merge_down = [(dist, len(units)) for dist, units in blocks]
    r = blocks[1][1][2]
    r.data["p"] += 12
    r.data["pt"] += 12
    stated = r.data["p"]
    d = Doc("t4_13_html", "html", "portal_stats", "2025-04-15", legacy_province(pk),
            ["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM"], "", "Ngày đăng: 15/04/2025",
            ["Kết quả giải quyết hồ sơ thủ tục hành chính cấp xã quý I năm 2025 (huyện Đắk Tô, huyện Kon Rẫy)"],
            [("p", "Bảng dưới đây công khai kết quả tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa các xã, "
                   "thị trấn của hai huyện trong quý I năm 2025."),
             ("t", t)], signer=("", ""), motto=False)
    d.mistakes = [{"code": "balance_mismatch", "stated": stated, "text": vn_int(stated),
                   "note": f"{r.label}: received {r.data['rt']} ≠ resolved {r.data['rs']} + pending {stated}"}]
    return d


@report
def t4_14():
    """HTML, Cà Mau 2025: 766 per commune, column-number row, maxima row; clean."""
    rng = random.Random(414)
    prov = "Cà Mau"
    names = pick(wards_2025(prov), 12, rng)
    rows = [Row(n, "unit", "unit:" + n, s766(rng, M766, level=rng.uniform(0.6, 0.92)), stt=str(i))
            for i, n in enumerate(names, 1)]
    cols = cols_766(0)
    for i, c in enumerate(cols):
        c.numlabel = f"({i + 1})"
    cols[-1].numlabel = "(9)=(3)+…+(8)"
    mx = Row("Điểm tối đa", "maximum", None, dict(M766, tot=100))
    t = Table("", cols, [mx] + rows, number_row=True)
    d = Doc("t4_14_html", "html", "portal_stats", "2025-08-05", province_2025_name(prov),
            ["SỞ NỘI VỤ TỈNH CÀ MAU"], "", "05/08/2025",
            ["Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp - cấp xã, "
             "tháng 7 năm 2025"],
            [("t", t),
             ("p", "Điểm số được tính theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ.")],
            signer=("", ""), motto=False)
    d.not_facts = [{"text": "766/QĐ-TTg", "why": "reference"}, {"text": "23/6/2022", "why": "date"}]
    return d


@report
def t4_15():
    """XLSX, Tây Ninh 2025: Biểu 06 with groups and column numbers, Toàn tỉnh first; clean."""
    rng = random.Random(415)
    prov = "Tây Ninh"
    depts = unit_rows(pick(DEPTS_2025, 6, rng), rng, lambda r: b06(r, 800))
    comms = unit_rows(pick(wards_2025(prov), 9, rng), rng, lambda r: b06(r, 1100))
    body = grouped([("I. CẤP TỈNH", "departments", depts), ("II. CẤP XÃ", "communes", comms)])
    groups = [r for r in body if r.role == "group"]
    tot = Row("TOÀN TỈNH", "total", "city", add([g.data for g in groups]), bold=True, members=groups)
    note = Row("Ghi chú: Số liệu của cấp xã tính từ ngày 01/7/2025, ngày các xã, phường mới đi vào hoạt động.",
               "note")
    t = Table("", cols_b06(0), [tot] + body + [note], unit_note="Đơn vị tính: hồ sơ", number_row=True)
    d = Doc("t4_15_xlsx", "xlsx", "quarterly_report", "2025-10-10", province_2025_name(prov),
            ["UBND TỈNH TÂY NINH"], "620/BC-UBND", "Tây Ninh, ngày 10 tháng 10 năm 2025",
            ["Biểu mẫu số 06", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2025"],
            [("t", t)])
    d.not_facts = [{"text": "01/7/2025", "why": "date"}]
    return d


@report
def t4_16():
    """XLSX, legacy Hà Giang: 766 per district with rank; a wrong 766 total."""
    rng = random.Random(416)
    pk = "tinhhagiang"
    rows = [Row(n, "unit", "unit:" + n, s766(rng, M766, level=rng.uniform(0.6, 0.9)), stt=str(i))
            for i, n in enumerate(legacy_districts(pk), 1)]
    rank_rows(rows)
    mx = Row("Điểm tối đa", "maximum", None, dict(M766, tot=100))
    t = Table("", cols_766(1, rank=True), [mx] + rows)
    r = rows[2]
    stated = round(r.data["tot"] - 3.0, 2)
    r.wrong["tot"] = stated
    d = Doc("t4_16_xlsx", "xlsx", "portal_stats", "2025-02-10", legacy_province(pk),
            ["UBND TỈNH HÀ GIANG"], "18/TB-UBND", "Hà Giang, ngày 10 tháng 02 năm 2025",
            ["KẾT QUẢ BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP CỦA CÁC HUYỆN, THÀNH PHỐ THÁNG 01/2025"],
            [("t", t)])
    d.mistakes = [{"code": "score_sum_mismatch", "stated": stated, "text": fmtr(stated),
                   "note": f"{r.label}: components make {fmtr(r.data['tot'])}"}]
    return d


@report
def t4_17():
    """XLSX, Đồng Tháp 2025: communes' online and on-time rates stored as percent-formatted
    fractions; Tổng cộng; clean."""
    rng = random.Random(417)
    prov = "Đồng Tháp"
    names = pick(wards_2025(prov), 16, rng)
    units = unit_rows(names, rng, lambda r: b06(r, 500, online_share=(0.4, 0.95), carried=False))
    rows = totalled(units, "Tổng cộng", "communes")
    t = Table("", cols_online(2, dec=2), rows, unit_note="Đơn vị tính: hồ sơ")
    d = Doc("t4_17_xlsx", "xlsx", "portal_stats", "2025-11-03", province_2025_name(prov),
            ["TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH ĐỒNG THÁP"], "", "Đồng Tháp, ngày 03 tháng 11 năm 2025",
            ["THỐNG KÊ HỒ SƠ TRỰC TUYẾN VÀ KẾT QUẢ GIẢI QUYẾT CỦA CÁC XÃ, PHƯỜNG THÁNG 10/2025"],
            [("t", t)])
    d.pct_fraction = True
    return d


@report
def t4_18():
    """ODS, Hưng Yên 2025: communes' online submission (online first); clean."""
    rng = random.Random(418)
    prov = "Hưng Yên"
    names = pick(wards_2025(prov), 18, rng)
    units = unit_rows(names, rng, lambda r: b06(r, 420, online_share=(0.45, 0.99), carried=False))
    rows = totalled(units, "Tổng cộng", "communes")
    t = Table("", cols_online(1), rows, zero="0")
    d = Doc("t4_18_ods", "ods", "portal_stats", "2025-12-05", province_2025_name(prov),
            ["UBND TỈNH HƯNG YÊN"], "233/TB-UBND", "Hưng Yên, ngày 05 tháng 12 năm 2025",
            ["TỶ LỆ HỒ SƠ NỘP TRỰC TUYẾN CỦA CÁC XÃ, PHƯỜNG THÁNG 11 NĂM 2025"],
            [("t", t)])
    return d


@report
def t4_19():
    """ODS, legacy Bến Tre: Biểu 06 of one district's communes; a row whose resolved parts do not add up."""
    rng = random.Random(419)
    pk = "tinhbentre"
    dist = "Huyện Chợ Lách"
    units = unit_rows(legacy_communes(pk, dist), rng, lambda r: b06(r, 210))
    rows = totalled(units, "Toàn huyện", "self")
    t = Table("", cols_b06(0), rows, unit_note="Đơn vị tính: hồ sơ", number_row=True)
    r = rows[4]
    stated = r.data["rs"] + 7
    r.wrong["rs"] = stated
    d = Doc("t4_19_ods", "ods", "quarterly_report", "2025-06-18", legacy_province(pk),
            ["UBND HUYỆN CHỢ LÁCH"], "145/BC-UBND", "Chợ Lách, ngày 18 tháng 6 năm 2025",
            ["BIỂU 06: TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC CẤP XÃ QUÝ II NĂM 2025"],
            [("t", t)])
    d.mistakes = [{"code": "sum_mismatch", "stated": stated, "text": vn_int(stated),
                   "note": f"{r.label}: {r.data['e']}+{r.data['ot']}+{r.data['lt']} = "
                           f"{r.data['e'] + r.data['ot'] + r.data['lt']}"}]
    return d


@report
def t4_20():
    """DOC (Word 97), legacy Hải Dương: Biểu 06 per district with on-time rate; clean."""
    rng = random.Random(420)
    pk = "tinhhaiduong"
    units = unit_rows(legacy_districts(pk), rng, lambda r: b06(r, 2200))
    units[7].data = b06(rng, 2200, carried=False)
    units[7].markers["co"] = ""
    rows = totalled(units, "Cộng cấp huyện", "districts")
    t = Table("", cols_b06(2), rows, unit_note="Đơn vị tính: hồ sơ", font=7)
    tot = rows[-1].data
    d = Doc("t4_20_doc", "doc", "quarterly_report", "2025-01-06", legacy_province(pk),
            ["ỦY BAN NHÂN DÂN", "TỈNH HẢI DƯƠNG"], "03/BC-UBND", "Hải Dương, ngày 06 tháng 01 năm 2025",
            ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính của cấp huyện quý IV năm 2024"],
            [("p", "Ủy ban nhân dân tỉnh báo cáo kết quả giải quyết thủ tục hành chính của Ủy ban nhân dân "
                   f"các huyện, thị xã, thành phố quý IV năm 2024: cấp huyện đã giải quyết {vn_int(tot['rs'])} "
                   f"hồ sơ, còn {vn_int(tot['p'])} hồ sơ đang giải quyết (chi tiết tại biểu kèm theo)."),
             ("t", t)])
    d.prose_facts = [pf("count", "resolved_total", "districts", tot["rs"], vn_int(tot["rs"]), scope="cấp huyện"),
                     pf("count", "pending_total", "districts", tot["p"], vn_int(tot["p"]), scope="cấp huyện")]
    return d


@report
def t4_21():
    """DOC (Word 97), Khánh Hòa 2025: departments' online rate; the prose rate contradicts the table."""
    rng = random.Random(421)
    prov = "Khánh Hòa"
    units = unit_rows(DEPTS_2025[:9], rng, lambda r: b06(r, 600, online_share=(0.5, 0.99), carried=False))
    rows = totalled(units, "Tổng cộng", "departments")  # session 8: a departments-only total is theirs (README)
    t = Table("Bảng: Tỷ lệ hồ sơ trực tuyến của các sở, ngành quý III năm 2025", cols_online(0, dec=2), rows,
              landscape=False, font=9)
    tot = rows[-1].data
    true = rate(tot["on"], tot["on"] + tot["off"], 2)
    stated = round(true - 2.35, 2)
    d = Doc("t4_21_doc", "doc", "quarterly_report", "2025-10-02", province_2025_name(prov),
            ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"], "905/BC-UBND", "Khánh Hòa, ngày 02 tháng 10 năm 2025",
            ["BÁO CÁO", "Kết quả tiếp nhận hồ sơ trực tuyến của các sở, ngành quý III năm 2025"],
            [("p", f"Trong quý III năm 2025, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt {fmtr(stated)}%, các sở, "
                   "ngành tiếp tục duy trì việc hướng dẫn tổ chức, cá nhân nộp hồ sơ qua Cổng Dịch vụ công. "
                   "Số liệu cụ thể như sau:"),
             ("t", t)], signer=("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Võ Thị Lan"), portrait=True)
    d.prose_facts = [pf("rate", "online_submission", "city", stated, fmtr(stated) + "%")]
    d.mistakes = [{"code": "repeated_value_mismatch", "stated": stated, "text": fmtr(stated) + "%",
                   "note": f"the table's Tổng cộng row has {fmtr(true)}"}]
    return d


@report
def t4_22():
    """XLS (Excel 97), Sơn La 2025: communes' resolution results with rates; clean."""
    rng = random.Random(422)
    prov = "Sơn La"
    names = pick(wards_2025(prov), 15, rng)
    units = unit_rows(names, rng, lambda r: b06(r, 350, late=0.06))
    rows = totalled(units, "Tổng cộng", "communes")
    t = Table("", cols_ontime(0), rows, unit_note="Đơn vị tính: hồ sơ")
    d = Doc("t4_22_xls", "xls", "portal_stats", "2025-09-04", province_2025_name(prov),
            ["UBND TỈNH SƠN LA"], "", "Sơn La, ngày 04 tháng 9 năm 2025",
            ["KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH CỦA MỘT SỐ XÃ, PHƯỜNG THÁNG 8/2025"],
            [("t", t)])
    return d


@report
def t4_23():
    """XLS (Excel 97), legacy Quảng Nam: online rate per district and department; a wrong total row."""
    rng = random.Random(423)
    pk = "tinhquangnam"
    depts = unit_rows(pick(DEPTS_LEGACY, 6, rng), rng, lambda r: b06(r, 500, carried=False))
    dists = unit_rows(legacy_districts(pk), rng, lambda r: b06(r, 1400, carried=False))
    rows = grouped([("I. CÁC SỞ, BAN, NGÀNH", "departments", depts), ("II. CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
                                                                     "districts", dists)],
                   total=("Toàn tỉnh", "city"))
    t = Table("", cols_online(0, dec=2), rows, unit_note="Đơn vị tính: hồ sơ")
    tot = rows[-1]
    stated = tot.data["rt"] + 300
    tot.wrong["rt"] = stated
    d = Doc("t4_23_xls", "xls", "quarterly_report", "2025-04-08", legacy_province(pk),
            ["UBND TỈNH QUẢNG NAM"], "210/BC-UBND", "Quảng Nam, ngày 08 tháng 4 năm 2025",
            ["TỶ LỆ HỒ SƠ TIẾP NHẬN TRỰC TUYẾN QUÝ I NĂM 2025"],
            [("t", t)])
    d.mistakes = [{"code": "sum_mismatch", "stated": stated, "text": vn_int(stated),
                   "note": f"the groups' received dossiers add up to {vn_int(tot.data['rt'])}"}]
    return d


# ---------------------------------------------------------------- truth, writing, checking

EXT = {"pdf_ruled": "pdf", "pdf_borderless": "pdf", "pdf_pages": "pdf", "docx": "docx", "html": "html",
       "xlsx": "xlsx", "ods": "ods", "doc": "doc", "xls": "xls"}


def truth_of(d: Doc) -> dict:
    facts = []
    for ti, t in enumerate(d.tables()):
        facts += facts_of(t, ti)
    return {"register": d.register, "doc_date": d.doc_date, "province": d.province, "format": d.fmt,
            "file": d.name + "." + EXT[d.fmt],
            "facts": d.prose_facts + facts, "not_facts": d.not_facts, "mistakes": d.mistakes}


def write(d: Doc, outdir: Path):
    out = outdir / (d.name + "." + EXT[d.fmt])
    if d.fmt in ("pdf_ruled", "pdf_pages"):
        write_pdf(d, out, ruled=True)
    elif d.fmt == "pdf_borderless":
        write_pdf(d, out, ruled=False)
    elif d.fmt == "docx":
        write_docx(d, out)
    elif d.fmt == "html":
        write_html(d, out)
    elif d.fmt == "xlsx":
        write_xlsx(d, out, pct_fraction=getattr(d, "pct_fraction", False))
    elif d.fmt in ("ods", "xls"):
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / (d.name + ".xlsx")
            write_xlsx(d, src, pct_fraction=getattr(d, "pct_fraction", False))
            soffice_convert(src, d.fmt, out)
    elif d.fmt == "doc":
        with tempfile.TemporaryDirectory() as td:
            src = Path(td) / (d.name + ".docx")
            write_docx(d, src)
            soffice_convert(src, "doc", out)
    (outdir / (d.name + ".truth.json")).write_text(
        json.dumps(truth_of(d), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


# identities of Biểu 06 (CONTRACT §5): total key -> parts
IDENT = [("rt", ("on", "off", "co")), ("rt", ("on", "off")), ("rs", ("e", "ot", "lt")), ("rs", ("it", "lt")),
         ("it", ("e", "ot")), ("p", ("pt", "pl")), ("rt", ("rs", "p"))]


def problems(d: Doc) -> list[tuple]:
    """Every failing identity in the document: (code, values involved, where)."""
    from model import shown
    out = []
    for t in d.tables():
        keys = {c.key for c in t.cols if c.kind == "count"}
        rates = [c for c in t.cols if c.kind == "rate"]
        comps = [c.key for c in t.cols if c.kind == "score" and c.key != "tot"]
        for r in t.rows:
            if r.role in ("note", "heading", "avg", "maximum"):
                continue
            s = shown(r)
            done = set()
            for tot, parts in IDENT:
                if tot in keys and all(p in keys for p in parts) and (tot, parts[0]) not in done:
                    if parts == ("on", "off") and "co" in keys:
                        continue
                    vals = [s.get(tot)] + [s.get(p) for p in parts]
                    if any(v is None for v in vals):
                        continue
                    done.add((tot, parts[0]))
                    if vals[0] != sum(vals[1:]):
                        code = "balance_mismatch" if parts == ("rs", "p") else "sum_mismatch"
                        out.append((code, vals, r.label, tot))
            for c in rates:
                txt, v = t.cell(r, c)
                if v is None:
                    continue
                n_, m_ = c.num(s), c.den(s)
                if rate(n_, m_, c.dec) != v:
                    out.append(("ratio_mismatch", [v, n_, m_], r.label, c.key))
            if comps and "tot" in [c.key for c in t.cols] and r.role == "unit":
                if dsum(s[k] for k in comps) != s["tot"] or any(s[k] > M766[k] for k in comps):
                    out.append(("score_sum_mismatch", [s["tot"]] + [s[k] for k in comps], r.label, "tot"))
            if r.members:
                for k in keys:
                    ms = [shown(m).get(k) for m in r.members]
                    if s.get(k) is None:
                        continue
                    known = [x for x in ms if x is not None]
                    if len(known) == len(ms) and s[k] != sum(known):
                        out.append(("sum_mismatch", [s[k]] + ms, r.label, k))
    # prose against the tables (same indicator and subject)
    tf = [f for t_i, t in enumerate(d.tables()) for f in facts_of(t, t_i)]
    for p in d.prose_facts:
        same = [f for f in tf if f["indicator"] == p["indicator"] and f["subject"] == p["subject"]
                and f["kind"] == p["kind"]]
        if same and any(f["value"] != p["value"] for f in same):
            out.append(("repeated_value_mismatch", [p["value"]] + [f["value"] for f in same], "prose",
                        p["indicator"]))
    return out


def file_misses(f: Path, fmt: str, truth: dict) -> list:
    """Cell facts whose figure is not in the written file (read back with python-docx, lxml,
    openpyxl; legacy and ODS files converted back by LibreOffice first)."""
    cells = [x for x in truth["facts"] if "cell" in x]
    if fmt.startswith("pdf"):
        return []
    with tempfile.TemporaryDirectory() as td:
        if fmt in ("doc", "ods", "xls"):
            back = {"doc": "docx", "ods": "xlsx", "xls": "xlsx"}[fmt]
            import subprocess
            subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/p", "--headless",
                            "--convert-to", back, "--outdir", td, str(f)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
            f = Path(td) / (f.stem + "." + back)
        if f.suffix == ".docx":
            from docx import Document
            texts = {c.text.strip() for t in Document(str(f)).tables for r in t.rows for c in r.cells}
            return [x["text"] for x in cells if x["text"] not in texts]
        if f.suffix == ".html":
            from lxml import html as lh
            texts = {td_.text_content().strip() for td_ in lh.parse(str(f)).iter("td")}
            return [x["text"] for x in cells if x["text"] not in texts]
        from openpyxl import load_workbook
        vals = set()
        for ws in load_workbook(str(f), data_only=True).worksheets:
            for row in ws.iter_rows():
                for c in row:
                    v = c.value
                    if isinstance(v, (int, float)):
                        vals.add(round(v * 100, 6) if "%" in (c.number_format or "") else round(v, 6))
                    elif isinstance(v, str) and v.strip() == "-":
                        vals.add(0)
        return [x["text"] for x in cells if round(x["value"], 6) not in vals]


def official_names() -> set:
    """Every name of the two official lists (provinces, districts, communes) and the bodies."""
    from model import _legacy
    from vietnam_provinces import Province, Ward
    names = {p.name for p in Province.iter_all()} | {w.name for w in Ward.iter_all()}
    names |= {province_2025_name(p.name) for p in Province.iter_all()}
    lg = _legacy()
    for pk, pv in lg["DICT_PROVINCE"].items():
        names.add(pv["province"])
        names |= set(legacy_districts(pk))
        for dk, wards in lg["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"][pk].items():
            names |= {w["ward"] for w in wards.values()}
    return names | set(DEPTS_2025) | set(DEPTS_LEGACY)


def check(docs, outdir: Path) -> int:
    bad = 0
    official = official_names()
    import pdfplumber
    for d in docs:
        probs = problems(d)
        msgs = []
        subs = {f["subject"][5:] for f in truth_of(d)["facts"] if f["subject"].startswith("unit:")}
        if d.province not in official or subs - official:
            msgs.append(f"names not in the official lists: {sorted(subs - official)} {d.province}")
        if not d.mistakes and probs:
            msgs.append(f"clean report breaks identities: {probs}")
        for m in d.mistakes:
            if not any(p[0] == m["code"] and m["stated"] in p[1] for p in probs):
                msgs.append(f"planted {m['code']} {m['stated']} breaks nothing: {probs}")
        for p in probs:
            if not any(p[0] == m["code"] and m["stated"] in p[1] for m in d.mistakes):
                # a planted wrong cell also breaks the identities around it (told as info): allowed
                # only when that cell's value is among the values used
                if not any(m["stated"] in p[1] for m in d.mistakes):
                    msgs.append(f"unplanned failure {p}")
        f = outdir / (d.name + "." + EXT[d.fmt])
        tr = outdir / (d.name + ".truth.json")
        if not f.exists() or not tr.exists():
            msgs.append("file missing")
        else:
            truth = json.loads(tr.read_text(encoding="utf-8"))
            if truth != json.loads(json.dumps(truth_of(d), ensure_ascii=False)):
                msgs.append("truth on disk differs from the build")
            if d.fmt.startswith("pdf"):
                with pdfplumber.open(f) as pdf:
                    text = "\n".join(pg.extract_text() or "" for pg in pdf.pages)
                    npages = len(pdf.pages)
                for fact in truth["facts"]:
                    if "cell" in fact and fact["text"] not in text:
                        msgs.append(f"cell text {fact['text']!r} not in the text layer")
                        break
                if d.fmt == "pdf_pages":
                    rows_per_page = []
                    with pdfplumber.open(f) as pdf:
                        for pg in pdf.pages:
                            rows_per_page.append(sum(1 for fct in truth["facts"] if "cell" in fct
                                                     and fct["cell"]["row"] in (pg.extract_text() or "")))
                    if sum(1 for x in rows_per_page if x) < 2:
                        msgs.append(f"table not over two pages: {rows_per_page}")
            missing = file_misses(f, d.fmt, truth)
            if missing:
                msgs.append(f"{len(missing)} cell facts not found in the file, e.g. {missing[:3]}")
        n = len([x for x in truth_of(d)["facts"] if "cell" in x])
        print(f"{d.name:24s} {d.fmt:15s} cells={n:4d} mistakes={len(d.mistakes)} "
              f"{'OK' if not msgs else 'FAIL'}")
        for m in msgs:
            print("    ", m)
        bad += bool(msgs)
    return bad


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--only")
    a = ap.parse_args(argv)
    docs = [fn() for fn in REPORTS]
    if a.only:
        docs = [d for d in docs if d.name.startswith(a.only)]
    if a.check:
        sys.exit(1 if check(docs, HERE) else 0)
    for d in docs:
        print("wrote", write(d, HERE).name)


if __name__ == "__main__":
    main()
