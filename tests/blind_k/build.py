"""Build (or --check) the blind set K: 42 reports, 7 per register, with their truth files.

    python3 build.py          write every kNN_*.txt and kNN_*.truth.json
    python3 build.py --check  verify files match the build and every declared relation
"""
from __future__ import annotations

import json
import random
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from lib import (Doc, DEPTS_NEW, DEPTS_OLD, MINISTRIES, check_doc, fint, fpct, legacy_districts,
                 legacy_wards, new_provinces, new_wards, rate_value)
from blocks import (Flow, add_flows, dd, feedback, flow_table, header, index766, long_date, online_rate,
                    other_rates, pending, person, procedures, received, resolved, signature, table, MAX766,
                    comps766)

HERE = Path(__file__).parent
REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    for p in ("Tinh ", "Thanh pho ", "Xa ", "Phuong ", "Bo "):
        if s.startswith(p):
            s = s[len(p):]
    return s.lower().replace(" ", "_").replace(",", "")


def short(prov):
    return prov.replace("Tỉnh ", "").replace("Thành phố ", "")


def upper_prov(prov):
    return prov.upper()


# ======================================================================= shared pieces

def level_flows(rng, legacy, scale=1.0, online=(0.55, 0.9), carried=False, rejwd=False):
    specs = [("departments", "cấp tỉnh", 0.18)]
    if legacy:
        specs += [("districts", "cấp huyện", 0.37), ("communes", "cấp xã", 0.45)]
    else:
        specs += [("communes", "cấp xã", 0.82)]
    out = []
    for subj, scope, share in specs:
        while True:
            new = int(rng.randint(9000, 60000) * scale * share) + 50
            f = Flow(rng, new, rng.uniform(*online), carried=rng.randint(20, 900) if carried else 0,
                     late_frac=rng.uniform(0.002, 0.05), pending_frac=rng.uniform(0.03, 0.12),
                     rej=rng.randint(1, 40) if rejwd else 0, wd=rng.randint(0, 25) if rejwd else 0)
            out.append((subj, scope, f))
            break
    return out


def lowest_units(doc, rng, names, target, n, kind="online_submission", planted=None):
    picks = rng.sample(names, n)
    parts = []
    for nm in picks:
        den = rng.randint(120, 2500)
        num = int(den * rng.uniform(0.25, target / 100 - 0.03))
        if planted and nm == picks[-1]:
            nm = planted
            doc.planted_units.append(nm)
        parts.append(f"{nm} ({doc.pct(kind, 'unit:' + nm, num, den, xy=False)})")
    if planted:
        doc.mistake("unknown_unit", planted, planted, "no such commune in the province's list")
    return ", ".join(parts)


def levels_online_block(doc, rng, prov, lf, city, v, target, wrong_city=None, ucount_plant=False,
                        repeat_wrong=None):
    legacy = doc.legacy
    doc.L("1.1. Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao ", doc.nf(f"≥ {target}%", "bound"), ")")
    if v == 0:
        doc.L("Tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh đạt ",
              doc.pct("online_submission", "city", city.online, city.new, wrong=wrong_city),
              " (số hồ sơ nộp trực tuyến/tổng số hồ sơ tiếp nhận là ", fint(city.online), "/", fint(city.new),
              " hồ sơ), trong đó:")
    else:
        doc.L(fint(city.online), "/", fint(city.new), " hồ sơ được nộp trực tuyến trên toàn tỉnh, tương ứng ",
              doc.pct("online_submission", "city", city.online, city.new, wrong=wrong_city), "; chia theo cấp:")
    for subj, scope, f in lf:
        lab = {"departments": "Các sở, ban, ngành", "districts": "Các huyện, thị xã, thành phố",
               "communes": "Các xã, phường, thị trấn" if legacy else "Các xã, phường"}[subj]
        if v == 0:
            line = [f"- {lab}: đạt ", doc.pct("online_submission", subj, f.online, f.new, scope=scope),
                    f" ({fint(f.online)}/{fint(f.new)} hồ sơ)."]
        else:
            line = [f"- {scope.capitalize()}: {fint(f.online)}/{fint(f.new)} hồ sơ, đạt ",
                    doc.pct("online_submission", subj, f.online, f.new, scope=scope), "."]
        if subj == "departments":
            depts = DEPTS_OLD if legacy else DEPTS_NEW
            y = len(depts)
            fail = 2
            x = y - fail - (1 if ucount_plant else 0)
            line.append(" Số đơn vị đạt chỉ tiêu giao: " + doc.ucount(subj, x, y, scope) + " đơn vị; chưa đạt: ")
            line.append(lowest_units(doc, rng, depts, target, fail + (0 if ucount_plant else 0)))
            if ucount_plant:
                doc.relate("unit_count", y - x, [fail], planted=True)
                doc.mistake("unit_count_mismatch", x, f"{x}/{y}",
                            f"{y - x} units should fail but {fail} are listed")
            line.append(".")
        elif subj == "communes" and not legacy:
            wards = new_wards(prov)
            y = len(wards)
            fail = rng.randint(2, 4)
            line.append(" Số địa phương đạt chỉ tiêu: " + doc.ucount(subj, y - fail, y, scope) +
                        "; các địa phương chưa đạt gồm: " + lowest_units(doc, rng, wards, target, fail) + ".")
        elif subj == "districts":
            ds = legacy_districts(prov)
            line.append(" Thấp nhất là: " + lowest_units(doc, rng, ds, target, 2) + ".")
        doc.L(*line)
    if repeat_wrong is not None:
        return


def results_block(doc, rng, subj, f, rv, sv, pv, wrong_on=None, wrong_pend=None, lead=""):
    received(doc, f, subj, rv, lead=lead)
    resolved(doc, f, subj, sv, wrong=wrong_on)
    pending(doc, f, subj, pv, wrong=wrong_pend)


def change_line(doc, rng, v):
    a = fpct(rng.uniform(1, 9), 1)
    b = rng.randint(120, 900)
    if v == 0:
        doc.L("So với cùng kỳ năm trước, số hồ sơ tiếp nhận ", doc.nf(f"tăng {a}%", "change"),
              ", số hồ sơ quá hạn ", doc.nf(f"giảm {fint(b)} hồ sơ", "change"), ".")
    elif v == 1:
        doc.L("Tỷ lệ hồ sơ trực tuyến ", doc.nf(f"tăng {a} điểm phần trăm", "change"),
              " so với kỳ trước; trên ", doc.nf("90%", "bound"), " số hồ sơ được trả kết quả điện tử.")
    elif v == 2:
        doc.L("Bình quân mỗi ngày tiếp nhận ", doc.nf(f"khoảng {fint(b * 3)} hồ sơ", "approx"),
              ", ", doc.nf(f"cao hơn {a}%", "change"), " so với tháng trước.")
    else:
        doc.L("Số lượt tra cứu trên Cổng dịch vụ công đạt ", doc.nf(f"gần {fint(b * 100)} lượt", "approx"),
              "; tỷ lệ hài lòng duy trì ", doc.nf("trên 98%", "bound"), ".")


def intro_refs(doc, rng, d, issuer_short, v):
    n1 = rng.randint(100, 3999)
    d1 = d - timedelta(days=rng.randint(40, 200))
    if v == 0:
        doc.L("Thực hiện Công văn số ", doc.nf(f"{n1}/UBND-KSTT", "reference"), " ngày ", doc.nf(dd(d1), "date"),
              " của ", issuer_short, " về việc đôn đốc thực hiện các chỉ tiêu cải cách thủ tục hành chính, trên cơ sở dữ liệu trích xuất từ Hệ thống thông tin giải quyết TTHC, kết quả như sau:")
    elif v == 1:
        doc.L("Căn cứ Kế hoạch số ", doc.nf(f"{n1}/KH-UBND", "reference"), " ngày ", doc.nf(dd(d1), "date"),
              " về kiểm soát thủ tục hành chính năm ", str(d.year), ", tổng hợp tình hình thực hiện như sau:")
    else:
        doc.L("Triển khai Quyết định số ", doc.nf(f"{n1}/QĐ-UBND", "reference"), " ngày ", doc.nf(dd(d1), "date"),
              ", các cơ quan, đơn vị đã ban hành ", doc.nf(f"{rng.randint(3, 19)} văn bản", "count_of_things"),
              " chỉ đạo, đôn đốc; kết quả cụ thể:")


# ======================================================================= weekly notice

def weekly(n, prov, d, seed, v, plant=None, table_style=None):
    rng = random.Random(seed)
    doc = Doc(n, "weekly_notice", d.isoformat(), prov)
    a, b = d - timedelta(days=8), d - timedelta(days=2)
    ubnd = "ỦY BAN NHÂN DÂN " + upper_prov(prov)
    header(doc, [ubnd if v % 2 else "UBND " + upper_prov(prov), "VĂN PHÒNG"],
           f"{rng.randint(40, 900)}/TB-VP", short(prov), d, "THÔNG BÁO",
           ["Tình hình, kết quả thực hiện một số chỉ tiêu về cải cách, kiểm soát",
            "thủ tục hành chính và giải quyết thủ tục hành chính trong tuần"], (a, b), pad=v % 2 == 1)
    intro_refs(doc, rng, d, "Chủ tịch UBND tỉnh", v % 3)
    doc.L("1. Kết quả thực hiện các chỉ tiêu")
    lf = level_flows(rng, doc.legacy, 0.3, carried=v in (3, 4))
    city = add_flows([f for _, _, f in lf])
    target = rng.choice([60, 70, 80])
    wrong_city = None
    if plant == "ratio":
        wrong_city = round(rate_value(city.online, city.new, 2) + 2.16, 2)
    levels_online_block(doc, rng, prov, lf, city, v % 2, target, wrong_city=wrong_city,
                        ucount_plant=plant == "unit_count")
    doc.L("1.2. Các chỉ tiêu khác của toàn tỉnh:")
    other_rates(doc, rng, "city", ["payment", "digit", "reuse"][: 2 + v % 2], v, hi=city.total)
    doc.L("2. Kết quả giải quyết thủ tục hành chính trên Hệ thống")
    if table_style:
        rows = []
        for subj, scope, f in lf:
            rows.append(({"departments": "Cấp tỉnh", "districts": "Cấp huyện", "communes": "Cấp xã"}[subj],
                         subj, scope, f))
        rows.append(("Toàn tỉnh", "city", None, city))
        for col in ("total", "online", "resolved", "in_time", "late"):
            doc.relate("sum", getattr(city, col), [getattr(f, col) for _, _, f in lf])
        flow_table(doc, table_style, rows, ["rec", "onl", "res", "intime", "late", "rate"], 0,
                   caption="Bảng 1. Kết quả giải quyết hồ sơ theo cấp")
    else:
        results_block(doc, rng, "city", city, [1, 3, 0, 0, 4, 1, 2][v], [0, 2, 1, 0, 2, 1, 0][v], v % 4)
    if plant == "repeat":
        t1 = rate_value(city.online, city.new, 2)
        wrongv = round(t1 - 0.27, 2)
        doc.L("3. Nhận xét: tỷ lệ nộp hồ sơ trực tuyến của toàn tỉnh tuần này đạt ",
              doc.pct("online_submission", "city", city.online, city.new, xy=False, wrong=wrongv,
                      code="repeated_value_mismatch"),
              " (theo số liệu cập nhật đến cuối tuần).")
        doc.relate("repeat", wrongv, [t1], planted=True)
        doc.mistake("repeated_value_mismatch", wrongv, fpct(wrongv, 2) + "%",
                    f"stated {fpct(t1, 2)}% earlier for the same indicator and subject")
    else:
        doc.L("3. Nhận xét chung")
        change_line(doc, rng, v % 4)
    doc.L("Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.")
    doc.blank()
    signature(doc, rng, ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"],
              ["Chủ tịch, các PCT UBND tỉnh (b/c)", "Các sở, ban, ngành", "UBND các xã, phường", "Lưu: VT, KSTT"])
    return doc


@report
def k01():
    return weekly("k01_weekly_notice_binh_dinh", "Tỉnh Bình Định", date(2024, 10, 7), 101, 0)


@report
def k02():
    return weekly("k02_weekly_notice_quang_ninh", "Tỉnh Quảng Ninh", date(2025, 9, 22), 102, 1, plant="ratio")


@report
def k03():
    return weekly("k03_weekly_notice_nghe_an", "Tỉnh Nghệ An", date(2025, 10, 13), 103, 2, table_style="box")


@report
def k04():
    return weekly("k04_weekly_notice_gia_lai", "Tỉnh Gia Lai", date(2025, 11, 3), 104, 3, plant="unit_count")


@report
def k05():
    return weekly("k05_weekly_notice_quang_nam", "Tỉnh Quảng Nam", date(2025, 3, 17), 105, 4)


@report
def k06():
    return weekly("k06_weekly_notice_lam_dong", "Tỉnh Lâm Đồng", date(2025, 12, 1), 106, 5, plant="repeat")


@report
def k07():
    return weekly("k07_weekly_notice_dong_thap", "Tỉnh Đồng Tháp", date(2026, 1, 12), 107, 6, table_style="tab")


# ======================================================================= quarterly report

QUARTERS = {1: "quý I", 2: "quý II", 3: "quý III", 4: "quý IV"}


def quarterly(n, prov, d, q, year, seed, v, plant=None, table_style=None):
    rng = random.Random(seed)
    doc = Doc(n, "quarterly_report", d.isoformat(), prov)
    start = date(year, 3 * q - 2, 1) - timedelta(days=16)
    end = date(year, 3 * q, 14)
    if plant == "date":
        end = d + timedelta(days=3)
    header(doc, ["ỦY BAN NHÂN DÂN", upper_prov(prov)], f"{rng.randint(50, 700)}/BC-UBND", short(prov), d,
           "BÁO CÁO", [f"Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính {QUARTERS[q]} năm {year}"],
           (start, end))
    doc.relate("date", d.isoformat(), [end.isoformat()], planted=plant == "date")
    if plant == "date":
        doc.mistake("date_inconsistency", dd(end), dd(end), f"period ends {end} after the report's date {d}")
    intro_refs(doc, rng, d, "UBND tỉnh", (v + 1) % 3)
    doc.L("I. KẾT QUẢ ĐẠT ĐƯỢC")
    doc.L("1. Công bố, công khai thủ tục hành chính")
    legacy = doc.legacy
    procedures(doc, rng, "city", v % 2, legacy,
               wrong_total=(40 if plant == "sum" else None))
    if legacy and v % 2 == 0:
        pass
    doc.L("2. Kết quả giải quyết thủ tục hành chính")
    lf = level_flows(rng, legacy, 3.0, carried=(v % 2 == 0), rejwd=v in (2, 6))
    city = add_flows([f for _, _, f in lf])
    wp = None
    if plant == "balance":
        wp = city.pending + 137
    rv = [0, 1, 4, 3, 2, 1, 0][v]
    results_block(doc, rng, "city", city, rv, [1, 0, 4, 2, 0, 1, 4][v], (2 if plant == "balance" else [0, 1, 3, 0, 1, 3, 2][v]),
                  wrong_pend=wp, lead="a) Toàn tỉnh: ")
    if table_style:
        rows = []
        units = DEPTS_OLD if legacy else DEPTS_NEW
        if legacy:
            names = legacy_districts(prov)[:9]
            rows_u = [(nm, "unit:" + nm, None, Flow(rng, rng.randint(900, 9000), rng.uniform(0.3, 0.8),
                                                   late_frac=rng.uniform(0, 0.04))) for nm in names]
            cap = "Bảng: Kết quả giải quyết hồ sơ của các huyện, thị xã, thành phố"
            tot_subj = "districts"
        else:
            names = rng.sample(units, 5)
            rows_u = [(nm, "unit:" + nm, None, Flow(rng, rng.randint(300, 4000), rng.uniform(0.5, 0.99),
                                                   late_frac=rng.uniform(0, 0.04))) for nm in names]
            cap = "Bảng: Kết quả giải quyết hồ sơ của một số sở, ngành"
            tot_subj = "departments"
        tot = add_flows([r[3] for r in rows_u])
        for col in ("total", "online", "resolved", "in_time", "late"):
            doc.relate("sum", getattr(tot, col), [getattr(r[3], col) for r in rows_u])
        flow_table(doc, table_style, rows_u + [("Tổng cộng", tot_subj, None, tot)],
                   ["rec", "onl", "res", "intime", "late", "rate"], 0, caption=cap)
    else:
        doc.L("b) Chia theo cấp:")
        for subj, scope, f in lf:
            lab = {"departments": "Cấp tỉnh", "districts": "Cấp huyện", "communes": "Cấp xã"}[subj]
            resolved(doc, f, subj, [0, 2][(v + len(lab)) % 2], scope=scope, lead=f"- {lab}: ")
    doc.L("3. Tình hình tiếp nhận, xử lý phản ánh, kiến nghị")
    feedback(doc, rng, "city", v % 3)
    doc.L("4. Kết quả thực hiện Bộ chỉ số 766")
    field = 63 if legacy else 34
    index766(doc, rng, "city", v % 3, rank=rng.randint(1, field), field=field)
    doc.L("II. NHIỆM VỤ TRỌNG TÂM QUÝ TIẾP THEO")
    doc.L("Tiếp tục rà soát, đơn giản hóa TTHC; phấn đấu tỷ lệ hồ sơ trực tuyến ", doc.nf("trên 80%", "bound"),
          "; đường dây nóng tiếp nhận phản ánh: ", doc.nf(f"0{rng.randint(200, 299)}.{rng.randint(3000000, 3999999)}", "reference"), ".")
    doc.blank()
    signature(doc, rng, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
              ["Văn phòng Chính phủ (Cục KSTTHC)", "TT Tỉnh ủy, TT HĐND tỉnh", "Lưu: VT, KSTT"])
    return doc


@report
def k08():
    return quarterly("k08_quarterly_report_ha_giang", "Tỉnh Hà Giang", date(2024, 3, 20), 1, 2024, 108, 0)


@report
def k09():
    return quarterly("k09_quarterly_report_da_nang", "Thành phố Đà Nẵng", date(2025, 9, 19), 3, 2025, 109, 1, plant="balance")


@report
def k10():
    return quarterly("k10_quarterly_report_khanh_hoa", "Tỉnh Khánh Hòa", date(2025, 12, 18), 4, 2025, 110, 2, table_style="bars")


@report
def k11():
    return quarterly("k11_quarterly_report_an_giang", "Tỉnh An Giang", date(2026, 3, 19), 1, 2026, 111, 3, plant="sum")


@report
def k12():
    return quarterly("k12_quarterly_report_long_an", "Tỉnh Long An", date(2023, 9, 21), 3, 2023, 112, 4)


@report
def k13():
    return quarterly("k13_quarterly_report_thanh_hoa", "Tỉnh Thanh Hóa", date(2025, 12, 16), 4, 2025, 113, 5, plant="date")


@report
def k14():
    return quarterly("k14_quarterly_report_thai_binh", "Tỉnh Thái Bình", date(2024, 6, 20), 2, 2024, 114, 6, table_style="space")


# ======================================================================= commune report

def commune(n, prov, ward, d, seed, v, district=None, plant=None, table_style=None):
    rng = random.Random(seed)
    doc = Doc(n, "commune_report", d.isoformat(), prov)
    doc.unit(ward)
    if district:
        doc.unit(district)
    kind_w = ward.split()[0]
    head = ["UBND " + ward.upper()] + (["TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"] if v % 2 else [""])
    if district:
        head = ["UBND " + district.upper(), "UBND " + ward.upper()]
    month, yr = d.month, d.year
    assert d.day > 14
    b = date(yr, month, 14)
    a = (b.replace(day=1) - timedelta(days=1)).replace(day=15)
    header(doc, head, f"{rng.randint(5, 250)}/BC-{'TTPVHCC' if v % 2 else 'UBND'}", ward.split(" ", 1)[1], d,
           "BÁO CÁO", [f"Kết quả công tác cải cách thủ tục hành chính tháng {month:02d} năm {yr}",
                       f"trên địa bàn {kind_w.lower()} {ward.split(' ', 1)[1]}"], (a, b))
    doc.L("I. KẾT QUẢ THỰC HIỆN")
    doc.L("1. Công tác chỉ đạo, điều hành")
    doc.L("Trong kỳ, UBND ", kind_w.lower(), " đã ban hành ", doc.nf(f"{rng.randint(2, 9):02d} văn bản", "count_of_things"),
          " chỉ đạo; duy trì niêm yết ", doc.nf(f"{rng.randint(250, 390)} TTHC", "count_of_things"),
          " thuộc thẩm quyền giải quyết của cấp xã tại bộ phận một cửa.")
    doc.L("2. Kết quả giải quyết thủ tục hành chính")
    rej = rng.randint(0, 3) if v in (2, 6) else 0
    wd = rng.randint(0, 2) if v in (2, 6) else 0
    f = Flow(rng, rng.randint(350, 5200), rng.uniform(0.7, 1.0), carried=rng.randint(5, 80) if v % 3 != 1 else 0,
             late_frac=rng.uniform(0, 0.01), pending_frac=rng.uniform(0.005, 0.05), rej=rej, wd=wd)
    rv = [0, 4, 2, 0, 4, 2, 0][v] if f.carried else [1, 3, 1, 3, 1, 3, 1][v]
    wrong_on = None
    sv = [0, 2, 4, 3, 1, 2, 4][v]
    if plant == "ratio":
        sv = 2
        wrong_on = round(rate_value(f.in_time, f.resolved, 2) - 1.4, 2)
    wrong_late = None
    if plant == "complement":
        sv = 3
        wrong_late = round(rate_value(f.late, f.resolved, 2) + 0.5, 2)
    received(doc, f, "self", rv, lead=f"UBND {kind_w.lower()} đã tiếp nhận hồ sơ như sau: ")
    resolved(doc, f, "self", sv, wrong=wrong_on if plant == "ratio" else wrong_late)
    pending(doc, f, "self", [0, 3, 2, 1, 0, 3, 2][v])
    if rv in (0, 2, 4):
        online_rate(doc, f, "self", v % 3, lead="- ")
    other_rates(doc, rng, "self", ["digit", "payment", "reuse"] if v % 2 else ["payment", "update", "digit"], v, hi=f.total)
    if table_style:
        doc.L("Kết quả theo lĩnh vực:")
        fields = ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Lĩnh vực khác"]
        rows = []
        left = [f.total, f.online, f.resolved]
        for i, fl in enumerate(fields):
            if i == len(fields) - 1:
                rec, onl, res = left
            else:
                rec = int(f.total * rng.uniform(0.1, 0.22))
                onl = min(rec, int(f.online * rec / f.total))
                res = min(rec, int(f.resolved * rec / f.total))
                left = [left[0] - rec, left[1] - onl, left[2] - res]
            rows.append((fl, rec, onl, res))
        tot = tuple(sum(r[i] for r in rows) for i in (1, 2, 3))
        hdr = ["Lĩnh vực", "Tiếp nhận", "Trực tuyến", "Đã giải quyết"]
        trs = []
        for lab, rec, onl, res in rows + [("Tổng cộng",) + tot]:
            cell = lambda p: {"table": 0, "row": lab, "path": [p]}
            subj = "self"
            scope = None if lab == "Tổng cộng" else lab
            trs.append((lab, [doc.cnt("received_total", subj, rec, scope, cell=cell("Tiếp nhận")),
                              doc.cnt("received_online", subj, onl, scope, cell=cell("Trực tuyến")),
                              doc.cnt("resolved_total", subj, res, scope, cell=cell("Đã giải quyết"))]))
        for i in range(3):
            doc.relate("sum", tot[i], [r[i + 1] for r in rows])
        table(doc, table_style, hdr, trs)
    doc.L("3. Tiếp nhận, xử lý phản ánh, kiến nghị")
    feedback(doc, rng, "self", (v + 1) % 3)
    if not doc.legacy:
        doc.L("4. Kết quả đánh giá theo Bộ chỉ số 766")
        wards = new_wards(prov)
        wt = None
        if plant == "score":
            wt = 0.0
        tot766 = index766(doc, rng, "self", [2, 0, 1, 2, 0, 1, 2][v], rank=rng.randint(1, len(wards)),
                          field=len(wards), wrong_total=None, level=0.9) if plant != "score" else None
        if plant == "score":
            vals = comps766(rng, 0.9)
            real = float(sum(vals))
            wt = round(real + 1.25, 2)
            doc.L("Tổng điểm Bộ chỉ số 766 của ", kind_w.lower(), ": ", doc.score("index_766_total", "self", wt, maximum=100),
                  " điểm, gồm: ", "; ".join(f"{lab} {doc.score(ind, 'self', float(val), maximum=m)}/{doc.nf(str(m), 'maximum')}"
                                             for (ind, lab, m), val in zip(MAX766, vals)), ".")
            doc.relate("score", wt, [float(x) for x in vals], planted=True)
            doc.mistake("score_sum_mismatch", wt, fpct(wt, 2), f"components add up to {fpct(real, 2)}")
    doc.L("II. PHƯƠNG HƯỚNG THÁNG TỚI")
    doc.L("Duy trì tỷ lệ giải quyết đúng hạn ", doc.nf("trên 99%", "bound"), "; liên hệ bộ phận một cửa qua số ",
          doc.nf(f"0{rng.randint(900, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)}", "reference"), ".")
    doc.blank()
    signature(doc, rng, ["GIÁM ĐỐC" if v % 2 else "CHỦ TỊCH"], ["UBND tỉnh (b/c)", "Lưu: VT"] if v % 2 == 0 else None)
    return doc


def pick_ward(prov, i):
    ws = sorted(new_wards(prov))
    return ws[i % len(ws)]


@report
def k15():
    return commune("k15_commune_report_" + slug(pick_ward("Thành phố Huế", 7)), "Thành phố Huế",
                   pick_ward("Thành phố Huế", 7), date(2025, 10, 16), 115, 0)


@report
def k16():
    return commune("k16_commune_report_" + slug(pick_ward("Tỉnh Phú Thọ", 31)), "Tỉnh Phú Thọ",
                   pick_ward("Tỉnh Phú Thọ", 31), date(2025, 11, 17), 116, 1, plant="ratio")


def legacy_ward(prov, di, wi):
    d = legacy_districts(prov)[di]
    ws = sorted(legacy_wards(prov, d))
    return d, ws[wi % len(ws)]


@report
def k17():
    d, w = legacy_ward("Tỉnh Bắc Giang", 3, 4)
    return commune("k17_commune_report_" + slug(w), "Tỉnh Bắc Giang", w, date(2024, 8, 19), 117, 2, district=d)


@report
def k18():
    return commune("k18_commune_report_" + slug(pick_ward("Tỉnh Cà Mau", 12)), "Tỉnh Cà Mau",
                   pick_ward("Tỉnh Cà Mau", 12), date(2025, 12, 18), 118, 3, plant="complement")


@report
def k19():
    return commune("k19_commune_report_" + slug(pick_ward("Tỉnh Tây Ninh", 40)), "Tỉnh Tây Ninh",
                   pick_ward("Tỉnh Tây Ninh", 40), date(2026, 2, 16), 119, 4, table_style="bars_inner")


@report
def k20():
    return commune("k20_commune_report_" + slug(pick_ward("Tỉnh Lào Cai", 55)), "Tỉnh Lào Cai",
                   pick_ward("Tỉnh Lào Cai", 55), date(2026, 3, 17), 120, 5, plant="score")


@report
def k21():
    d, w = legacy_ward("Tỉnh Kiên Giang", 5, 2)
    return commune("k21_commune_report_" + slug(w), "Tỉnh Kiên Giang", w, date(2025, 4, 16), 121, 6, district=d)


# ======================================================================= news article

SITES = ["Báo điện tử", "Cổng Thông tin điện tử", "Đài Phát thanh và Truyền hình"]


def news(n, prov, d, seed, v, plant=None):
    rng = random.Random(seed)
    doc = Doc(n, "news_article", d.isoformat(), prov)
    legacy = doc.legacy
    doc.L(f"{SITES[v % 3].upper()} {short(prov).upper()}")
    doc.L("Chuyên mục: Cải cách hành chính")
    doc.L("Cập nhật: ", doc.nf(f"{d.day:02d}/{d.month:02d}/{d.year} {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}", "date"))
    doc.blank()
    titles = [f"{short(prov)}: chuyển biến rõ nét trong giải quyết thủ tục hành chính",
              f"Nâng cao chất lượng phục vụ người dân, doanh nghiệp tại {short(prov)}",
              f"{short(prov)} đẩy mạnh dịch vụ công trực tuyến toàn trình",
              f"Hồ sơ trực tuyến tăng mạnh trên địa bàn tỉnh {short(prov)}"]
    doc.L(titles[v % 4])
    doc.blank()
    m = d.month - 1 or 12
    f = Flow(rng, rng.randint(30000, 250000), rng.uniform(0.5, 0.95), carried=0,
             late_frac=rng.uniform(0.003, 0.04), pending_frac=rng.uniform(0.03, 0.1))
    src = ["Theo số liệu của Văn phòng UBND tỉnh", "Theo Sở Nội vụ", "Thống kê từ Hệ thống thông tin giải quyết TTHC của tỉnh cho thấy",
           "Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh"][v % 4]
    lead = f"(PV) - {src}, từ đầu năm {d.year} đến nay "
    if v % 4 == 0:
        doc.L(lead, "toàn tỉnh đã tiếp nhận ", doc.cnt("received_total", "city", f.total),
              " hồ sơ thủ tục hành chính; trong đó ", doc.cnt("received_online", "city", f.online),
              " hồ sơ được nộp trực tuyến, chiếm ", doc.pct("received_online_share", "city", f.online, f.total), ".")
    elif v % 4 == 1:
        doc.L(lead, "tổng số hồ sơ tiếp nhận trên địa bàn tỉnh là ", doc.cnt("received_total", "city", f.total),
              "; số hồ sơ nộp trực tuyến là ", doc.cnt("received_online", "city", f.online), ", chiếm ",
              doc.pct("received_online_share", "city", f.online, f.total), " tổng số hồ sơ.")
    elif v % 4 == 2:
        doc.L(lead, "có ", doc.cnt("received_total", "city", f.total), " hồ sơ được các cơ quan, đơn vị trong tỉnh tiếp nhận, trong đó trực tuyến ",
              doc.cnt("received_online", "city", f.online), " hồ sơ (", doc.pct("received_online_share", "city", f.online, f.total),
              "), trực tiếp ", doc.cnt("received_offline", "city", f.offline), " hồ sơ (",
              doc.pct("received_offline_share", "city", f.offline, f.total), ").")
        doc.relate("sum", f.total, [f.online, f.offline])
        doc.relate("complement", 100, [rate_value(f.online, f.total, 2), rate_value(f.offline, f.total, 2)])
    else:
        doc.L(lead, "số hồ sơ nộp trực tuyến là ", fint(f.online), "/", fint(f.total), ", chiếm ",
              doc.pct("received_online_share", "city", f.online, f.total), " tổng số hồ sơ tiếp nhận trên toàn tỉnh.")
    if plant == "complement":
        resolved(doc, f, "city", 3, wrong=round(rate_value(f.late, f.resolved, 2) + 0.7, 2))
    elif v % 3 == 0:
        doc.L("Số hồ sơ đã giải quyết là ", doc.cnt("resolved_total", "city", f.resolved), ", trong đó ",
              doc.cnt("resolved_in_time", "city", f.in_time), " hồ sơ trước và đúng hạn, chiếm tỷ lệ ",
              doc.pct("resolved_on_time", "city", f.in_time, f.resolved), ".")
    elif v % 3 == 1:
        resolved(doc, f, "city", 2)
    else:
        doc.L("Tỷ lệ hồ sơ giải quyết đúng hạn đạt ", doc.pct("resolved_on_time", "city", f.in_time, f.resolved, xy=False),
              ", ", doc.nf(f"tăng {fpct(rng.uniform(0.5, 3), 2)}%", "change"), " so với cùng kỳ năm trước.")
    doc.blank()
    change_line(doc, rng, v % 4)
    if v % 2:
        doc.L("Cổng Dịch vụ công của tỉnh ghi nhận ", doc.nf(f"hơn {fpct(rng.uniform(1.1, 4.8), 1)} triệu lượt truy cập", "approx"),
              " kể từ đầu năm.")
    doc.blank()
    # a named unit and levels
    if legacy:
        ds = legacy_districts(prov)
        dname = rng.choice(ds)
        g = Flow(rng, rng.randint(2000, 20000), rng.uniform(0.4, 0.9), late_frac=0.01)
        doc.L("Đáng chú ý, ", dname, " tiếp nhận ", doc.cnt("received_total", "unit:" + dname, g.total),
              " hồ sơ, tỷ lệ nộp hồ sơ trực tuyến đạt ", doc.pct("online_submission", "unit:" + dname, g.online, g.total, xy=False), ".")
        lows = lowest_units(doc, rng, [x for x in ds if x != dname], 60, 2, planted=("Huyện Tân Phước Hòa" if plant == "unknown" else None))
        doc.L("Một số địa phương có tỷ lệ hồ sơ trực tuyến thấp: ", lows, ".")
    else:
        wards = new_wards(prov)
        wname = rng.choice(wards)
        g = Flow(rng, rng.randint(800, 9000), rng.uniform(0.6, 0.98), late_frac=0.005)
        doc.L("Tại ", wname, ", trong ", doc.nf(f"{rng.randint(2, 5)} tháng", "count_of_things"),
              " qua đã có ", fint(g.online), "/", fint(g.total),
              " hồ sơ nộp qua mạng, đạt ", doc.pct("received_online_share", "unit:" + wname, g.online, g.total), ".")
        lows = lowest_units(doc, rng, [w for w in wards if w != wname], 70, 3, planted=("Xã Hòa Tân Lợi" if plant == "unknown" else None))
        doc.L("Bên cạnh đó, vẫn còn đơn vị có tỷ lệ trực tuyến chưa cao như ", lows, ".")
    if v % 2 == 0:
        other_rates(doc, rng, "city", ["payment", "digit"], v, lead="", hi=f.total)
    else:
        procedures(doc, rng, "city", 1)
    if v % 3 != 2:
        field = 63 if legacy else 34
        wt = None
        index766(doc, rng, "city", 1, rank=rng.randint(1, field), field=field)
    doc.blank()
    q = person(rng)
    doc.L(f"Ông {q}, đại diện cơ quan chuyên môn, cho biết thời gian tới tỉnh tiếp tục rà soát, cắt giảm ",
          doc.nf(f"ít nhất {rng.choice([20, 30, 50])}%", "bound"), " thời gian giải quyết đối với các thủ tục liên quan đến doanh nghiệp.")
    doc.blank()
    doc.L("Ý kiến góp ý xin gửi về đường dây nóng ", doc.nf(f"1900.{rng.randint(1000, 9999)}", "reference"), ".")
    doc.L(person(rng).split()[-1] + " " + person(rng).split()[0])
    return doc


@report
def k22():
    return news("k22_news_article_hung_yen", "Tỉnh Hưng Yên", date(2025, 10, 20), 122, 0)


@report
def k23():
    return news("k23_news_article_ninh_binh", "Tỉnh Ninh Bình", date(2025, 11, 25), 123, 1, plant="complement")


@report
def k24():
    return news("k24_news_article_phu_yen", "Tỉnh Phú Yên", date(2024, 7, 9), 124, 2)


@report
def k25():
    return news("k25_news_article_quang_tri", "Tỉnh Quảng Trị", date(2026, 4, 6), 125, 3, plant="unknown")


@report
def k26():
    return news("k26_news_article_dak_lak", "Tỉnh Đắk Lắk", date(2025, 8, 27), 126, 4)


@report
def k27():
    return news("k27_news_article_hoa_binh", "Tỉnh Hòa Bình", date(2023, 12, 14), 127, 5)


@report
def k28():
    return news("k28_news_article_can_tho", "Thành phố Cần Thơ", date(2026, 2, 24), 128, 6)


# ======================================================================= portal stats

def portal(n, prov, d, seed, v, plant=None, table_style=None):
    rng = random.Random(seed)
    doc = Doc(n, "portal_stats", d.isoformat(), prov)
    legacy = doc.legacy
    doc.L(["CỔNG DỊCH VỤ CÔNG", "HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC", "TRANG THỐNG KÊ DỊCH VỤ CÔNG"][v % 3], " ", upper_prov(prov))
    doc.L("Trang chủ > Thống kê > Tình hình xử lý hồ sơ")
    a = date(d.year, 1, 1) if v % 2 == 0 else date(d.year, d.month, 1)
    doc.L("Kỳ thống kê: từ ", doc.nf(dd(a, True), "date"), " đến ", doc.nf(dd(d, True), "date"),
          " (cập nhật lúc ", doc.nf(f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}", "date"), ")")
    doc.blank()
    f = Flow(rng, rng.randint(20000, 300000), rng.uniform(0.45, 0.95), carried=rng.randint(500, 9000) if v % 2 and v % 3 != 2 else 0,
             late_frac=rng.uniform(0.004, 0.05), pending_frac=rng.uniform(0.04, 0.1))
    c = doc.cnt
    if v == 6:
        doc.L("Số liệu tổng hợp toàn tỉnh:")
        doc.L("• Hồ sơ mới tiếp nhận trực tuyến: ", c("received_online", "city", f.online), " / trực tiếp: ",
              c("received_offline", "city", f.offline))
        doc.L("• Tổng hồ sơ tiếp nhận: ", c("received_total", "city", f.total))
        doc.relate("sum", f.total, [f.online, f.offline])
        doc.L("• Tỷ lệ nộp hồ sơ trực tuyến: ", fint(f.online), "/", fint(f.total), " = ",
              doc.pct("online_submission", "city", f.online, f.total))
        doc.L("• Đã giải quyết: ", c("resolved_total", "city", f.resolved), " - trong đó quá hạn ",
              c("resolved_late", "city", f.late), " (", doc.pct("resolved_late", "city", f.late, f.resolved), ")")
        doc.L("• Tỷ lệ giải quyết trước hạn, đúng hạn: ", doc.pct("resolved_on_time", "city", f.in_time, f.resolved, xy=False))
        doc.relate("complement", 100, [rate_value(f.in_time, f.resolved, 2), rate_value(f.late, f.resolved, 2)])
        doc.L("• Còn đang giải quyết: ", c("pending_total", "city", f.pending))
        doc.relate("balance", f.total, [f.resolved, f.pending])
    elif v % 3 == 0:
        doc.L("Đã tiếp nhận: ", c("received_total", "city", f.total))
        doc.L("  - Trực tuyến: ", c("received_online", "city", f.online))
        doc.L("  - Trực tiếp, bưu chính: ", c("received_offline", "city", f.offline))
        if f.carried:
            doc.L("  - Tồn kỳ trước: ", c("received_carried_over", "city", f.carried))
        doc.relate("sum", f.total, [f.online, f.offline, f.carried])
        doc.L("Đã giải quyết: ", c("resolved_total", "city", f.resolved))
        doc.L("  - Trước hạn: ", c("resolved_early", "city", f.early))
        doc.L("  - Đúng hạn: ", c("resolved_on_time", "city", f.ontime))
        doc.L("  - Trễ hạn: ", c("resolved_late", "city", f.late))
        doc.relate("sum", f.resolved, [f.early, f.ontime, f.late])
        doc.L("Đang giải quyết: ", c("pending_total", "city", f.pending))
        doc.relate("balance", f.total, [f.resolved, f.pending])
        doc.L("Tỷ lệ đúng hạn: ", doc.pct("resolved_on_time", "city", f.in_time, f.resolved, xy=False))
    elif v % 3 == 1:
        doc.L("Hồ sơ tiếp nhận ........ ", c("received_total", "city", f.total))
        doc.L("Hồ sơ đã xử lý ......... ", c("resolved_total", "city", f.resolved))
        doc.L("Đúng hạn và trước hạn .. ", c("resolved_in_time", "city", f.in_time), " (",
              doc.pct("resolved_on_time", "city", f.in_time, f.resolved, wrong=(
                  round(rate_value(f.in_time, f.resolved, 2) + 0.31, 2) if plant == "ratio" else None)), ")")
        doc.L("Trễ hạn ................ ", c("resolved_late", "city", f.late), " (",
              doc.pct("resolved_late", "city", f.late, f.resolved), ")")
        doc.relate("sum", f.resolved, [f.in_time, f.late])
        doc.L("Đang xử lý ............. ", c("pending_total", "city", f.pending))
        doc.relate("balance", f.total, [f.resolved, f.pending])
    else:
        doc.L("Tổng số hồ sơ: ", c("received_total", "city", f.total), " | Trực tuyến: ", c("received_online", "city", f.online),
              " (", doc.pct("received_online_share", "city", f.online, f.total), ")")
        doc.L("Đã trả kết quả: ", c("resolved_total", "city", f.resolved), " | Đúng hạn: ",
              doc.pct("resolved_on_time", "city", f.in_time, f.resolved, xy=False), " | Quá hạn: ",
              doc.pct("resolved_late", "city", f.late, f.resolved, xy=False))
        doc.relate("complement", 100, [rate_value(f.in_time, f.resolved, 2), rate_value(f.late, f.resolved, 2)])
        doc.L("Đang giải quyết: ", c("pending_total", "city", f.pending), " (trong hạn: ", c("pending_on_time", "city", f.pend_ok),
              "; quá hạn: ", c("pending_late", "city", f.pend_late), ")")
        doc.relate("sum", f.pending, [f.pend_ok, f.pend_late])
        doc.relate("balance", f.total, [f.resolved, f.pending])
        doc.L("Phản ánh, kiến nghị:")
        feedback(doc, rng, "city", 0, lead="  ")
        doc.L("Ghi chú: số liệu được tổng hợp tự động, ", doc.nf(f"khoảng {rng.randint(2, 9)}% hồ sơ", "approx"),
              " đang được đồng bộ lại với Cổng Dịch vụ công quốc gia.")
    doc.blank()
    if table_style:
        if legacy:
            names = legacy_districts(prov)[:6]
            tot_subj, cap = "districts", "Thống kê theo đơn vị (cấp huyện)"
        else:
            names = sorted(rng.sample(new_wards(prov), 6))
            tot_subj, cap = "communes", "Thống kê theo đơn vị (cấp xã)"
        rows = [(nm, "unit:" + nm, None, Flow(rng, rng.randint(200, 5000), rng.uniform(0.5, 1.0),
                                              late_frac=rng.uniform(0, 0.03), pending_frac=rng.uniform(0.01, 0.08)))
                for nm in names]
        tot = add_flows([r[3] for r in rows])
        cols = ["rec", "onl", "res", "late", "pend", "orate"] if v % 2 else ["rec", "onl", "off", "res", "intime", "late", "rate"]
        wt = None
        for col, key in (("rec", "total"), ("onl", "online"), ("off", "offline"), ("res", "resolved"),
                         ("intime", "in_time"), ("late", "late"), ("pend", "pending")):
            if col in cols:
                planted = plant == "sum" and col == "late"
                stated = getattr(tot, key) + (30 if planted else 0)
                doc.relate("sum", stated, [getattr(r[3], key) for r in rows], planted=planted)
                if planted:
                    wt = ("Tổng cộng", "late", stated)
                    doc.mistake("sum_mismatch", stated, fint(stated), f"rows add up to {fint(getattr(tot, key))}")
        flow_table(doc, table_style, rows + [("Tổng cộng", tot_subj, None, tot)], cols, 0, caption=cap,
                   wrong_total_cell=wt)
        doc.blank()
    doc.L("Thống kê dịch vụ công trực tuyến:")
    k = rng.randint(1500, 2100)
    full = rng.randint(600, 900)
    part = k - full - rng.randint(100, 300)
    doc.L("- Số TTHC: ", c("procedures_total", "city", k), "; toàn trình: ", c("procedures_full_online", "city", full),
          "; một phần: ", c("procedures_partial_online", "city", part), "; chưa trực tuyến: ",
          c("procedures_not_online", "city", k - full - part))
    doc.relate("sum", k, [full, part, k - full - part])
    other_rates(doc, rng, "city", ["payment", "digit", "full"][: 2 + v % 2], v + 1, hi=f.total)
    doc.L("Đánh giá hài lòng: ", doc.nf(f"{fint(rng.randint(5000, 90000))} lượt", "count_of_things"), " đánh giá, trong đó ",
          doc.pct("other", "city", 9800 + rng.randint(0, 190), 10000, xy=False), " rất hài lòng, hài lòng.")
    doc.L("Hỗ trợ kỹ thuật: ", doc.nf(f"0{rng.randint(200, 299)}.{rng.randint(3000000, 3999999)}", "reference"))
    return doc


@report
def k29():
    return portal("k29_portal_stats_tuyen_quang", "Tỉnh Tuyên Quang", date(2025, 10, 31), 129, 0)


@report
def k30():
    return portal("k30_portal_stats_thanh_hoa", "Tỉnh Thanh Hóa", date(2025, 11, 30), 130, 1, plant="sum", table_style="tab")


@report
def k31():
    return portal("k31_portal_stats_binh_phuoc", "Tỉnh Bình Phước", date(2024, 12, 31), 131, 2)


@report
def k32():
    return portal("k32_portal_stats_son_la", "Tỉnh Sơn La", date(2026, 1, 31), 132, 3, table_style="space")


@report
def k33():
    return portal("k33_portal_stats_bac_ninh", "Tỉnh Bắc Ninh", date(2026, 2, 28), 133, 4, plant="ratio")


@report
def k34():
    return portal("k34_portal_stats_soc_trang", "Tỉnh Sóc Trăng", date(2025, 5, 31), 134, 5)


@report
def k35():
    return portal("k35_portal_stats_vinh_long", "Tỉnh Vĩnh Long", date(2025, 12, 31), 135, 6)


# ======================================================================= ministry report

def ministry(n, ministry_name, abbr, d, seed, v, plant=None, table_style=None):
    rng = random.Random(seed)
    doc = Doc(n, "ministry_report", d.isoformat(), None)
    legacy = doc.legacy
    q = (d.month - 1) // 3 or 4
    yr = d.year if d.month > 3 else d.year - 1
    a = date(yr, 3 * q - 2, 1) - timedelta(days=16)
    b = date(yr, 3 * q, 14)
    header(doc, [ministry_name.upper(), ""], f"{rng.randint(20, 600)}/BC-{abbr}", "Hà Nội", d, "BÁO CÁO",
           [f"Tình hình, kết quả thực hiện cải cách thủ tục hành chính {QUARTERS[q]} năm {yr}"], (a, b))
    doc.L("Thực hiện chế độ báo cáo định kỳ, ", ministry_name, " báo cáo kết quả như sau:")
    doc.L("1. Kết quả giải quyết thủ tục hành chính")
    f = Flow(rng, rng.randint(8000, 400000), rng.uniform(0.6, 0.99), carried=0 if v in (3, 6) else rng.randint(100, 5000),
             rej=rng.randint(3, 90) if v % 4 == 3 else 0, wd=rng.randint(1, 40) if v % 4 == 3 else 0,
             late_frac=rng.uniform(0.001, 0.03), pending_frac=rng.uniform(0.02, 0.09))
    lead = ["Trên Hệ thống thông tin giải quyết TTHC của Bộ, ", "Các đơn vị thuộc Bộ: ", "Toàn Bộ: "][v % 3]
    received(doc, f, "self", [0, 2, 4, 1, 0, 2, 3][v], lead=lead)
    resolved(doc, f, "self", [1, 0, 2, 4][v % 4] if True else 0)
    pending(doc, f, "self", [0, 1, 2, 3, 4, 4, 1][v])
    online_rate(doc, f, "self", v % 3, lead="- ")
    other_rates(doc, rng, "self", ["payment", "digit", "reuse"], v, lead="- ", hi=f.total)
    doc.L("2. Tiếp nhận, xử lý phản ánh, kiến nghị")
    wp = None
    feedback(doc, rng, "self", v % 3, wrong_pending=(7 if plant == "balance" else None))
    doc.L("3. Thủ tục hành chính thuộc phạm vi quản lý")
    k = rng.randint(180, 700)
    full = rng.randint(60, k // 2)
    part = rng.randint(20, k - full - 10)
    doc.L("Tổng số TTHC thuộc phạm vi quản lý của Bộ là ", doc.cnt("procedures_total", "self", k), ", trong đó ",
          doc.cnt("procedures_full_online", "self", full), " TTHC đủ điều kiện cung cấp trực tuyến toàn trình, ",
          doc.cnt("procedures_partial_online", "self", part), " TTHC trực tuyến một phần và ",
          doc.cnt("procedures_not_online", "self", k - full - part), " TTHC còn lại.")
    doc.relate("sum", k, [full, part, k - full - part])
    doc.L("4. Bộ chỉ số 766")
    if table_style:
        provs = sorted(rng.sample(new_provinces() if not legacy else [], 5))
        hdr = ["Tỉnh, thành phố"] + [lab for _, lab, _ in MAX766] + ["Tổng điểm"]
        rows = []
        for p in provs:
            vals = comps766(rng, rng.uniform(0.75, 0.92))
            cells = []
            for (ind, lab, m), val in zip(MAX766, vals):
                cells.append(doc.score(ind, "unit:" + p, float(val), maximum=m, cell={"table": 0, "row": p, "path": [lab]}))
            tot = float(sum(vals))
            cells.append(doc.score("index_766_total", "unit:" + p, tot, maximum=100, cell={"table": 0, "row": p, "path": ["Tổng điểm"]}))
            doc.relate("score", tot, [float(x) for x in vals])
            rows.append((p, cells))
        doc.L("Kết quả của Bộ: ", doc.score("index_766_total", "self", index766_value(rng)), " điểm. Điểm của một số địa phương có hồ sơ liên thông với Bộ:")
        table(doc, table_style, hdr, rows)
    else:
        index766(doc, rng, "self", v % 3, wrong_total=(None if plant != "score" else 91.37), level=0.88)
        nat = rng.randint(800, 960) / 10
        doc.L("Điểm trung bình toàn quốc ", doc.nf(f"khoảng {fpct(nat, 1)} điểm", "approx"), ".")
    doc.L("5. Nhiệm vụ thời gian tới")
    doc.L("Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn ", doc.nf("trên 98%", "bound"), " và số hóa ",
          doc.nf("100%", "bound") if v % 2 else doc.nf("tối thiểu 80%", "bound"), " kết quả giải quyết TTHC.")
    doc.blank()
    signature(doc, rng, ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["Văn phòng Chính phủ", "Lưu: VT, VP"])
    return doc


def index766_value(rng):
    return float(sum(comps766(rng, 0.9)))


@report
def k36():
    return ministry("k36_ministry_report_bo_tu_phap", "Bộ Tư pháp", "BTP", date(2025, 10, 8), 136, 0)


@report
def k37():
    return ministry("k37_ministry_report_bo_cong_thuong", "Bộ Công Thương", "BCT", date(2026, 1, 9), 137, 1, plant="score")


@report
def k38():
    return ministry("k38_ministry_report_bo_xay_dung", "Bộ Xây dựng", "BXD", date(2025, 10, 10), 138, 2, table_style="box")


@report
def k39():
    return ministry("k39_ministry_report_bo_y_te", "Bộ Y tế", "BYT", date(2024, 4, 10), 139, 3)


@report
def k40():
    return ministry("k40_ministry_report_bo_tai_chinh", "Bộ Tài chính", "BTC", date(2026, 4, 7), 140, 4, plant="balance")


@report
def k41():
    return ministry("k41_ministry_report_bo_giao_duc", "Bộ Giáo dục và Đào tạo", "BGDĐT", date(2023, 7, 11), 141, 5)


@report
def k42():
    return ministry("k42_ministry_report_bo_noi_vu", "Bộ Nội vụ", "BNV", date(2025, 7, 9), 142, 6)


# ======================================================================= main

CITY_WORDS = [("Toàn tỉnh", "Toàn thành phố"), ("toàn tỉnh", "toàn thành phố"), ("UBND tỉnh", "UBND thành phố"),
              ("của tỉnh", "của thành phố"), ("trong tỉnh", "trong thành phố"), ("địa bàn tỉnh", "địa bàn thành phố"),
              ("tỉnh tiếp tục", "thành phố tiếp tục"), ("Tỉnh ủy", "Thành ủy"), ("HĐND tỉnh", "HĐND thành phố"),
              ("Chủ tịch UBND thành phố", "Chủ tịch UBND thành phố")]


def build_all():
    out = []
    for fn in REPORTS:
        doc = fn()
        if doc.province and doc.province.startswith("Thành phố"):
            for i, ln in enumerate(doc.lines):
                for a, b in CITY_WORDS:
                    ln = ln.replace(a, b)
                doc.lines[i] = ln
        out.append((doc, doc.text(), json.dumps(doc.truth(), ensure_ascii=False, indent=1) + "\n"))
    return out


def stats(docs):
    from collections import Counter
    reg, kind, subj, nfk, codes, ind = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    tables = cells = legacy = 0
    for d, _, _ in docs:
        reg[d.register] += 1
        legacy += d.legacy
        tables += d.tables
        for f in d.facts:
            kind[f["kind"]] += 1
            subj["unit" if f["subject"].startswith("unit:") else f["subject"]] += 1
            ind[f["indicator"]] += 1
            cells += "cell" in f
        for nf in d.not_facts:
            nfk[nf["why"]] += 1
        for m in d.mistakes:
            codes[m["code"]] += 1
    print("registers", dict(reg))
    print("reports dated before 2025-07-01:", legacy)
    print("kinds", dict(kind))
    print("subjects", dict(subj))
    print("indicators", dict(sorted(ind.items())))
    print("not_facts", dict(nfk), "total", sum(nfk.values()))
    print("tables", tables, "reports with tables", sum(1 for d, _, _ in docs if d.tables), "cell facts", cells)
    print("mistakes", dict(codes))


def main():
    check = "--check" in sys.argv
    docs = build_all()
    if "--stats" in sys.argv:
        stats(docs)
        return
    errs = []
    names = set()
    for doc, text, truth in docs:
        assert doc.name not in names
        names.add(doc.name)
        errs += check_doc(doc, text)
        tp, jp = HERE / (doc.name + ".txt"), HERE / (doc.name + ".truth.json")
        if check:
            if not tp.exists() or tp.read_text("utf-8") != text:
                errs.append(f"{doc.name}: .txt differs from the build")
            if not jp.exists() or jp.read_text("utf-8") != truth:
                errs.append(f"{doc.name}: .truth.json differs from the build")
        else:
            tp.write_text(text, "utf-8")
            jp.write_text(truth, "utf-8")
    if check:
        stray = {p.name for p in HERE.glob("k*_*.txt")} - {d.name + ".txt" for d, _, _ in docs}
        errs += [f"stray file {s}" for s in sorted(stray)]
    facts = sum(len(d.facts) for d, _, _ in docs)
    mistakes = sum(len(d.mistakes) for d, _, _ in docs)
    clean = sum(1 for d, _, _ in docs if not d.mistakes)
    print(f"{len(docs)} reports, {facts} facts, {mistakes} mistakes, {clean} clean")
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    print("check OK" if check else "written")


if __name__ == "__main__":
    main()
