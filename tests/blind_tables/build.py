"""Build the blind table set: every document and its NAME.truth.json.

    cd tests/blind_tables && python3 build.py            # writes the files beside this script
    python3 build.py --check                              # only runs the arithmetic checks

Written without reading docparse (the reader): the truth follows shared/spec/CONTRACT.md and
tests/TRUTH_FORMAT.md and is derived from the same numbers that are put in the document.
A planted slip is applied to the document's numbers; the truth's facts are the figures as
printed (so the slipped figure too) and `mistakes` names what the slip breaks, with the value
the correct arithmetic gives in `expected`. `check_table` proves that a clean document has no
inconsistency and that a slipped one has exactly the listed ones.
"""
from __future__ import annotations

import json
import os
import random
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from model import (BLANK, NA, NODATA, SCORE_MAX, SCORE_PARTS, Col, Row, Table, check_table,  # noqa: E402
                   fmt_dec, fmt_int, is_num, pct, rate_parts, table_facts, wrong_rate_is_unmatched)
from render import Doc, render  # noqa: E402

D = Decimal

# ------------------------------------------------------------------ names (official spellings)
DEPT_OLD = ["Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải",
            "Sở Xây dựng", "Sở Công Thương", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội",
            "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giáo dục và Đào tạo", "Sở Thông tin và Truyền thông",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Sở Tài chính", "Sở Khoa học và Công nghệ"]
DEPT_NEW = ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Công Thương", "Sở Y tế",
            "Sở Tư pháp", "Sở Nội vụ", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ"]
DIST = {
    "Quảng Ngãi": ["Thành phố Quảng Ngãi", "Thị xã Đức Phổ", "Huyện Bình Sơn", "Huyện Sơn Tịnh", "Huyện Tư Nghĩa",
                   "Huyện Nghĩa Hành", "Huyện Mộ Đức", "Huyện Ba Tơ", "Huyện Minh Long", "Huyện Sơn Hà",
                   "Huyện Sơn Tây", "Huyện Trà Bồng", "Huyện Lý Sơn"],
    "Kon Tum": ["Thành phố Kon Tum", "Huyện Đắk Glei", "Huyện Ngọc Hồi", "Huyện Đắk Tô", "Huyện Kon Plông",
                "Huyện Kon Rẫy", "Huyện Đắk Hà", "Huyện Sa Thầy", "Huyện Tu Mơ Rông"],
    "Bến Tre": ["Thành phố Bến Tre", "Huyện Châu Thành", "Huyện Chợ Lách", "Huyện Mỏ Cày Nam", "Huyện Mỏ Cày Bắc",
                "Huyện Giồng Trôm", "Huyện Bình Đại", "Huyện Ba Tri", "Huyện Thạnh Phú"],
    "Vĩnh Phúc": ["Thành phố Vĩnh Yên", "Thành phố Phúc Yên", "Huyện Lập Thạch", "Huyện Tam Dương",
                  "Huyện Tam Đảo", "Huyện Yên Lạc", "Huyện Vĩnh Tường", "Huyện Sông Lô"],
    "Phú Thọ": ["Thành phố Việt Trì", "Thị xã Phú Thọ", "Huyện Đoan Hùng", "Huyện Thanh Ba", "Huyện Phù Ninh",
                "Huyện Yên Lập", "Huyện Cẩm Khê", "Huyện Tam Nông", "Huyện Lâm Thao", "Huyện Thanh Sơn",
                "Huyện Tân Sơn"],
}


def wards(province, n, skip=()):
    from vietnam_provinces import Province, Ward
    p = [p for p in Province.iter_all() if p.name == province][0]
    names = [w.name for w in Ward.iter_all() if w.province_code == p.code
             and "Thuỷ" not in w.name and " - " not in w.name and w.name not in skip]
    return names[:n]


def ubnd(name):
    """'Huyện Bình Sơn' -> 'UBND huyện Bình Sơn' (the way many tables print district rows)."""
    first, rest = name.split(" ", 1)
    if first == "Thành":
        return "UBND thành phố " + rest.split(" ", 1)[1]
    if first == "Thị":
        return "UBND thị xã " + rest.split(" ", 1)[1]
    return "UBND " + first.lower() + " " + rest


# ------------------------------------------------------------------ number generators
def gen_b06(rng, lo, hi, p_carry0=0.25, p_late0=0.3, p_plate0=0.45):
    new = rng.randint(lo, hi)
    online = round(new * rng.uniform(0.35, 0.95))
    offline = new - online
    carried = 0 if rng.random() < p_carry0 else rng.randint(1, max(1, new // 8))
    total = new + carried
    pending = rng.randint(1, max(2, total // 9))
    pl = 0 if rng.random() < p_plate0 else rng.randint(1, max(1, pending // 5))
    resolved = total - pending
    late = 0 if rng.random() < p_late0 else rng.randint(1, max(1, resolved // 40))
    early = round((resolved - late) * rng.uniform(0.55, 0.9))
    on_time = resolved - late - early
    return {"received_total": total, "received_carried_over": carried, "received_online": online,
            "received_offline": offline, "resolved_total": resolved, "resolved_early": early,
            "resolved_on_time": on_time, "resolved_in_time": early + on_time, "resolved_late": late,
            "pending_total": pending, "pending_on_time": pending - pl, "pending_late": pl}


def gen_766(rng, lo=0.55, hi=0.97):
    v = {}
    for k in SCORE_PARTS:
        m = SCORE_MAX[k]
        v[k] = D(str(round(rng.uniform(lo, hi) * m, 2))).quantize(D("0.01"))
    v["s_total"] = sum(v[k] for k in SCORE_PARTS)
    return v


def grade(t):
    return "Xuất sắc" if t >= 90 else "Tốt" if t >= 80 else "Khá" if t >= 65 else "Trung bình" if t >= 50 else "Yếu"


COUNT_KEYS = ["received_total", "received_carried_over", "received_online", "received_offline", "resolved_total",
              "resolved_early", "resolved_on_time", "resolved_in_time", "resolved_late", "pending_total",
              "pending_on_time", "pending_late"]


def mk_table(cols, rows, **kw):
    return Table(cols=cols, rows=rows, **kw)


def unit(stt, label, subject, data, keys):
    return Row(stt=str(stt), label=label, subject=subject, kind="unit", vals={k: data[k] for k in keys if k in data})


def agg(stt, label, subject, kind, rows, members, keys):
    vals = {}
    for k in keys:
        if k in COUNT_KEYS:
            xs = [rows[j].vals.get(k) for j in members]
            if all(is_num(x) for x in xs):
                vals[k] = sum(xs)
    return Row(stt=stt, label=label, subject=subject, kind=kind, vals=vals, members=list(members))


def fill_rates(t: Table):
    for r in t.rows:
        for c in t.cols:
            if c.key.startswith("rate_") and c.key not in r.vals:
                n, m = rate_parts(t, r, c.key)
                if n is not None and m:
                    r.vals[c.key] = pct(n, m, c.decimals)
                elif n is not None:
                    r.vals[c.key] = NA


def vn(n):
    return fmt_int(n)


def vp(x, d=2):
    return fmt_dec(x, d)


def pf(kind, indicator, subject, value, text, numerator=None, denominator=None, **extra):
    f = {"kind": kind, "indicator": indicator, "subject": subject, "scope": None,
         "value": float(value) if isinstance(value, Decimal) else value,
         "numerator": numerator, "denominator": denominator, "text": text, "source": "prose"}
    f.update(extra)
    return f


# ------------------------------------------------------------------ column sets
def b06_cols(depth4=False, name_header="Tên đơn vị"):
    R = "Số hồ sơ nhận giải quyết"
    K = "Kết quả giải quyết"
    if depth4:
        rec = [Col((R, "Tổng số"), "received_total"),
               Col((R, "Trong đó", "Số kỳ trước chuyển qua"), "received_carried_over"),
               Col((R, "Trong đó", "Số mới tiếp nhận", "Trực tuyến"), "received_online"),
               Col((R, "Trong đó", "Số mới tiếp nhận", "Trực tiếp, dịch vụ bưu chính"), "received_offline")]
    else:
        rec = [Col((R, "Tổng số"), "received_total"),
               Col((R, "Trong đó", "Kỳ trước chuyển qua"), "received_carried_over"),
               Col((R, "Trong đó", "Mới tiếp nhận trực tuyến"), "received_online"),
               Col((R, "Trong đó", "Mới tiếp nhận trực tiếp, bưu chính"), "received_offline")]
    res = [Col((K, "Số hồ sơ đã giải quyết", "Tổng số"), "resolved_total"),
           Col((K, "Số hồ sơ đã giải quyết", "Trả trước hạn"), "resolved_early"),
           Col((K, "Số hồ sơ đã giải quyết", "Trả đúng thời hạn"), "resolved_on_time"),
           Col((K, "Số hồ sơ đã giải quyết", "Trả quá hạn"), "resolved_late"),
           Col((K, "Số hồ sơ đang giải quyết", "Tổng số"), "pending_total"),
           Col((K, "Số hồ sơ đang giải quyết", "Chưa đến hạn"), "pending_on_time"),
           Col((K, "Số hồ sơ đang giải quyết", "Quá hạn"), "pending_late")]
    return [Col(("STT",), "stt"), Col((name_header,), "name")] + rec + res


B06_KEYS = ["received_total", "received_carried_over", "received_online", "received_offline", "resolved_total",
            "resolved_early", "resolved_on_time", "resolved_late", "pending_total", "pending_on_time", "pending_late"]

S766_LABELS = {"s_pub": "Công khai, minh bạch", "s_prog": "Tiến độ, kết quả giải quyết",
               "s_online": "Cung cấp dịch vụ trực tuyến", "s_pay": "Thanh toán trực tuyến",
               "s_sat": "Mức độ hài lòng", "s_dig": "Số hóa hồ sơ"}


def s766_cols(two_level=True, rank=False, grade_col=True, name_header="Tên cơ quan, đơn vị"):
    cols = [Col(("STT",), "stt"), Col((name_header,), "name")]
    for k in SCORE_PARTS:
        lab = f"{S766_LABELS[k]} ({SCORE_MAX[k]} điểm)"
        cols.append(Col(("Điểm theo nhóm chỉ số", lab) if two_level else (lab,), k, 2))
    cols.append(Col(("Tổng điểm (100 điểm)",), "s_total", 2))
    if rank:
        cols.append(Col(("Xếp hạng",), "rank"))
    if grade_col:
        cols.append(Col(("Xếp loại",), "text"))
    return cols


SIGN_TINH = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn Minh"]
SIGN_VP = ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "Trần Thị Hồng Nhung"]
SIGN_TT = ["GIÁM ĐỐC", "", "Lê Quang Huy"]

DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def planted(code, stated, text, expected, note, consequence=False):
    m = {"code": code, "stated": float(stated) if isinstance(stated, Decimal) else stated, "text": text,
         "expected": float(expected) if isinstance(expected, Decimal) else expected, "note": note}
    if consequence:
        m["consequence_of_same_slip"] = True
    return m


# ================================================================== T01 pdf_ruled, Biểu 06, 4 levels, clean
@doc
def t01():
    rng = random.Random(101)
    cols = b06_cols(depth4=True)
    rows = []
    rows.append(None)  # group I placeholder
    depts = DEPT_OLD[:6]
    for i, n in enumerate(depts, 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 300, 2600), B06_KEYS))
    gI = agg("I", "Cấp tỉnh", "departments", "group", rows, range(1, 7), B06_KEYS)
    rows[0] = gI
    rows.append(None)
    gi2 = len(rows) - 1
    ds = DIST["Quảng Ngãi"][:6]
    for i, n in enumerate(ds, 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 900, 5200), B06_KEYS))
    rows[gi2] = agg("II", "Cấp huyện", "districts", "group", rows, range(gi2 + 1, gi2 + 7), B06_KEYS)
    g3 = Row("III", "Cấp xã", "communes", "group", vals={k: v for k, v in gen_b06(rng, 14000, 16000).items() if k in B06_KEYS})
    rows.append(g3)
    tot = agg("", "Tổng cộng", "city", "total", rows, [0, gi2, len(rows) - 1], B06_KEYS)
    rows.append(tot)
    t = mk_table(cols, rows, total_merge=True)
    T = tot.vals
    outro = [f"Như vậy, trong quý III năm 2024, tổng số hồ sơ nhận giải quyết trên địa bàn tỉnh là {vn(T['received_total'])} hồ sơ; "
             f"số hồ sơ đã giải quyết là {vn(T['resolved_total'])} hồ sơ; số hồ sơ đang giải quyết là {vn(T['pending_total'])} hồ sơ."]
    pfacts = [pf("count", "received_total", "city", T["received_total"], vn(T["received_total"]) + " hồ sơ"),
              pf("count", "resolved_total", "city", T["resolved_total"], vn(T["resolved_total"]) + " hồ sơ"),
              pf("count", "pending_total", "city", T["pending_total"], vn(T["pending_total"]) + " hồ sơ")]
    return Doc(name="T01_bieu06_quangngai_q3_2024", format="pdf_ruled", register="quarterly_report",
               doc_date="2024-10-08", province="Tỉnh Quảng Ngãi", issuer=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"],
               number="Số: 214/BC-UBND", place_date="Quảng Ngãi, ngày 08 tháng 10 năm 2024",
               title=["BÁO CÁO", "Tình hình, kết quả giải quyết thủ tục hành chính quý III năm 2024"],
               intro=["Ủy ban nhân dân tỉnh tổng hợp số liệu tiếp nhận và giải quyết hồ sơ thủ tục hành chính của các cấp "
                      "trong kỳ báo cáo (từ ngày 15/6/2024 đến ngày 14/9/2024) theo Biểu mẫu số 06 dưới đây."],
               caption=["Biểu mẫu số 06", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"],
               tables=[t], outro=outro, signer=SIGN_TINH, prose_facts=pfacts, table_new_page=True,
               not_facts=[{"text": "214/BC-UBND", "why": "reference"}, {"text": "15/6/2024", "why": "date"},
                          {"text": "14/9/2024", "why": "date"}],
               layout="Biểu mẫu số 06, 4 header levels (Số mới tiếp nhận → Trực tuyến / Trực tiếp), group rows "
                      "I. Cấp tỉnh (6 sở) / II. Cấp huyện (6 units) / III. Cấp xã (aggregate only), 'Tổng cộng' "
                      "spanning STT+name, '-' zeros; prose after restating three totals")


# ================================================================== T02 pdf_ruled, online per unit, wrong rate
def online_cols(dec=2, eval_col=True):
    H = "Số hồ sơ tiếp nhận"
    cols = [Col(("STT",), "stt"), Col(("Đơn vị",), "name"),
            Col((H, "Tổng số"), "received_total"), Col((H, "Trong đó", "Trực tuyến"), "received_online"),
            Col((H, "Trong đó", "Trực tiếp, bưu chính"), "received_offline"),
            Col(("Tỷ lệ nộp hồ sơ trực tuyến (%)",), "rate_online", dec)]
    if eval_col:
        cols.append(Col(("Đánh giá",), "text"))
    return cols


def gen_online(rng, lo, hi, share=(0.3, 0.99)):
    n = rng.randint(lo, hi)
    on = round(n * rng.uniform(*share))
    return {"received_total": n, "received_online": on, "received_offline": n - on}


def set_eval(t, target=Decimal(60)):
    for r in t.rows:
        p = r.vals.get("rate_online")
        if isinstance(p, Decimal):
            r.text[("Đánh giá",)] = "Đạt" if p >= target else "Chưa đạt"


@doc
def t02():
    rng = random.Random(202)
    cols = online_cols()
    keys = ["received_total", "received_online", "received_offline"]
    rows = [None]
    for i, n in enumerate(DEPT_NEW[:6], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_online(rng, 150, 1900, (0.45, 0.99)), keys))
    rows[0] = agg("I", "Các sở, ban, ngành", "departments", "group", rows, range(1, 7), keys)
    gi = len(rows)
    rows.append(None)
    ws = wards("Quảng Ngãi", 8)
    for i, n in enumerate(ws, 1):
        rows.append(unit(i, n, f"unit:{n}", gen_online(rng, 400, 2600, (0.4, 0.97)), keys))
    rows[gi] = agg("II", "UBND các xã, phường", "communes", "group", rows, range(gi + 1, gi + 9), keys)
    rows.append(agg("", "Toàn tỉnh", "city", "total", rows, [0, gi], keys))
    t = mk_table(cols, rows, total_merge=True)
    fill_rates(t)
    # slip: one commune's rate printed wrong (same side of the 60% target)
    r = rows[gi + 3]
    good = r.vals["rate_online"]
    bad = good - D("2.46") if good - D("2.46") >= 60 or good < 60 else good + D("2.46")
    r.vals["rate_online"] = bad
    set_eval(t)
    assert wrong_rate_is_unmatched(t, r, "rate_online", 2)
    mist = [planted("ratio_mismatch", bad, vp(bad) + " (table cell)", good,
                    f"{r.label}: {vn(r.vals['received_online'])}/{vn(r.vals['received_total'])} is {vp(good)}%, the cell says {vp(bad)}%")]
    T = rows[-1].vals
    intro = [f"Trong tuần, toàn tỉnh tiếp nhận {vn(T['received_total'])} hồ sơ, trong đó {vn(T['received_online'])} hồ sơ "
             f"nộp trực tuyến, đạt tỷ lệ {vp(T['rate_online'])}%. Kết quả của từng cơ quan, đơn vị như sau:"]
    pfacts = [pf("count", "received_total", "city", T["received_total"], vn(T["received_total"]) + " hồ sơ"),
              pf("count", "received_online", "city", T["received_online"], vn(T["received_online"]) + " hồ sơ"),
              pf("rate", "online_submission", "city", T["rate_online"], vp(T["rate_online"]) + "%",
                 T["received_online"], T["received_total"])]
    return Doc(name="T02_online_quangngai_w41_2025", format="pdf_ruled", register="weekly_notice",
               doc_date="2025-10-13", province="Tỉnh Quảng Ngãi",
               issuer=["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "VĂN PHÒNG"],
               number="Số: 87/TB-VP", place_date="Quảng Ngãi, ngày 13 tháng 10 năm 2025",
               title=["THÔNG BÁO", "Tỷ lệ nộp hồ sơ trực tuyến của các cơ quan, đơn vị, địa phương",
                      "(từ ngày 06/10/2025 đến ngày 12/10/2025)"],
               intro=intro, caption=["Bảng: Tình hình tiếp nhận hồ sơ theo đơn vị"], tables=[t],
               outro=["Các đơn vị có tỷ lệ chưa đạt chỉ tiêu giao (60%) cần rà soát, hướng dẫn người dân nộp hồ sơ trực tuyến."],
               signer=SIGN_VP, prose_facts=pfacts, mistakes=mist,
               not_facts=[{"text": "60%", "why": "target"}],
               layout="per-unit online submission, 3 header levels (Số hồ sơ tiếp nhận → Trong đó → Trực tuyến), "
                      "group rows I. Các sở, ban, ngành / II. UBND các xã, phường, 'Toàn tỉnh', text column Đánh giá; "
                      "prose before restating the province figures")


# ================================================================== T03 pdf_ruled, 766 per sở, wrong total
@doc
def t03():
    rng = random.Random(303)
    cols = s766_cols(two_level=True)
    rows = []
    for i, n in enumerate(DEPT_NEW[:10], 1):
        v = gen_766(rng)
        r = Row(str(i), n, f"unit:{n}", "unit", vals=v)
        rows.append(r)
    r = rows[4]
    good = r.vals["s_total"]
    bad = good + D("1.50")
    r.vals["s_total"] = bad
    for x in rows:
        x.text[("Xếp loại",)] = grade(x.vals["s_total"])
    t = mk_table(cols, rows)
    mist = [planted("score_sum_mismatch", bad, vp(bad), good,
                    f"{r.label}: the six components add up to {vp(good)}, the total cell says {vp(bad)}")]
    return Doc(name="T03_766_phutho_so_10_2025", format="pdf_ruled", register="portal_stats",
               doc_date="2025-11-05", province="Tỉnh Phú Thọ", issuer=["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"],
               number="Số: 312/TB-UBND", place_date="Phú Thọ, ngày 05 tháng 11 năm 2025",
               title=["THÔNG BÁO", "Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân,",
                      "doanh nghiệp của các sở, ban, ngành tháng 10 năm 2025"],
               intro=["Căn cứ dữ liệu trên Cổng Dịch vụ công quốc gia, Ủy ban nhân dân tỉnh thông báo điểm Bộ chỉ số "
                      "766 của các sở, ban, ngành trong tháng 10 năm 2025 như sau:"],
               caption=["Bảng tổng hợp điểm Bộ chỉ số theo cơ quan"], tables=[t],
               outro=["Các cơ quan xếp loại Khá, Trung bình khẩn trương khắc phục các nhóm chỉ số đạt điểm thấp."],
               signer=SIGN_TINH, mistakes=mist,
               not_facts=[{"text": "(18 điểm)", "why": "maximum"}, {"text": "(100 điểm)", "why": "maximum"}],
               layout="766 index per sở: 2 header levels (Điểm theo nhóm chỉ số → six components with their maximum), "
                      "total, text column Xếp loại")


# ================================================================== T04 pdf_borderless, results per district, clean
def results_cols(pending=True, dec=2):
    G = "Đã giải quyết"
    cols = [Col(("STT",), "stt"), Col(("Đơn vị",), "name"),
            Col(("Tổng số hồ sơ tiếp nhận",), "received_total"),
            Col((G, "Tổng số"), "resolved_total"), Col((G, "Trước hạn, đúng hạn"), "resolved_in_time"),
            Col((G, "Quá hạn"), "resolved_late"), Col((G, "Tỷ lệ đúng hạn (%)"), "rate_ontime", dec)]
    if pending:
        cols.append(Col(("Đang giải quyết",), "pending_total"))
    return cols


@doc
def t04():
    rng = random.Random(404)
    cols = results_cols()
    keys = ["received_total", "resolved_total", "resolved_in_time", "resolved_late", "pending_total"]
    rows = []
    for i, n in enumerate(DIST["Kon Tum"], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 700, 6100, p_late0=0.2), keys))
    rows.append(agg("", "Tổng cấp huyện", "districts", "total", rows, range(len(rows)), keys))
    t = mk_table(cols, rows, total_merge=True)
    fill_rates(t)
    T = rows[-1].vals
    intro = [f"Trong quý I năm 2023, cấp huyện tiếp nhận {vn(T['received_total'])} hồ sơ (kể cả hồ sơ kỳ trước chuyển sang), "
             f"đã giải quyết {vn(T['resolved_total'])} hồ sơ, trong đó trước hạn, đúng hạn {vn(T['resolved_in_time'])} hồ sơ, "
             f"đạt tỷ lệ {vp(T['rate_ontime'])}%. Chi tiết từng địa phương tại bảng sau."]
    pfacts = [pf("count", "received_total", "districts", T["received_total"], vn(T["received_total"]) + " hồ sơ"),
              pf("count", "resolved_total", "districts", T["resolved_total"], vn(T["resolved_total"]) + " hồ sơ"),
              pf("count", "resolved_in_time", "districts", T["resolved_in_time"], vn(T["resolved_in_time"]) + " hồ sơ"),
              pf("rate", "resolved_on_time", "districts", T["rate_ontime"], vp(T["rate_ontime"]) + "%",
                 T["resolved_in_time"], T["resolved_total"])]
    return Doc(name="T04_ketqua_kontum_huyen_q1_2023", format="pdf_borderless", register="quarterly_report",
               doc_date="2023-04-10", province="Tỉnh Kon Tum", issuer=["ỦY BAN NHÂN DÂN", "TỈNH KON TUM"],
               number="Số: 96/BC-UBND", place_date="Kon Tum, ngày 10 tháng 4 năm 2023",
               title=["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính cấp huyện quý I năm 2023"],
               intro=intro, caption=["Kết quả giải quyết hồ sơ của các huyện, thành phố"], tables=[t],
               outro=["Các địa phương còn hồ sơ quá hạn thực hiện xin lỗi tổ chức, cá nhân theo quy định."],
               signer=SIGN_TINH, prose_facts=pfacts,
               layout="borderless (no rules), 2 header levels (Đã giải quyết → Tổng số / Trước hạn, đúng hạn / Quá hạn / "
                      "Tỷ lệ), 9 districts, total row 'Tổng cấp huyện' (= districts); prose before restating the total")


# ================================================================== T05 pdf_borderless, 766 per xã with rank, clean
@doc
def t05():
    rng = random.Random(505)
    cols = s766_cols(two_level=True, rank=True, grade_col=False, name_header="Xã, phường, đặc khu")
    names = wards("Quảng Ngãi", 12)
    rows = []
    for i, n in enumerate(names, 1):
        rows.append(Row(str(i), n, f"unit:{n}", "unit", vals=gen_766(rng, 0.5, 0.98)))
    order = sorted(range(len(rows)), key=lambda j: -rows[j].vals["s_total"])
    assert len({rows[j].vals["s_total"] for j in order}) == len(order)
    for pos, j in enumerate(order, 1):
        rows[j].vals["rank"] = pos
    t = mk_table(cols, rows)
    best = rows[order[0]]
    outro = [f"{best.label} dẫn đầu với {vp(best.vals['s_total'])} điểm."]
    pfacts = [pf("score", "index_766_total", f"unit:{best.label}", best.vals["s_total"], vp(best.vals["s_total"]) + " điểm")]
    return Doc(name="T05_766_quangngai_xa_12_2025", format="pdf_borderless", register="portal_stats",
               doc_date="2026-01-12", province="Tỉnh Quảng Ngãi",
               issuer=["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "VĂN PHÒNG"],
               number="Số: 09/TB-VP", place_date="Quảng Ngãi, ngày 12 tháng 01 năm 2026",
               title=["THÔNG BÁO", "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của các xã, phường tháng 12 năm 2025"],
               intro=["Văn phòng Ủy ban nhân dân tỉnh thông báo điểm Bộ chỉ số 766 của một số xã, phường như sau:"],
               caption=[], tables=[t], outro=outro, signer=SIGN_VP, prose_facts=pfacts,
               not_facts=[{"text": "(22 điểm)", "why": "maximum"}],
               layout="borderless 766 table per xã/phường, 2 header levels, components + total + Xếp hạng (rank of 12); "
                      "prose after restating the leader's total")


# ================================================================== T06 pdf_two_pages, Biểu 06 per xã, clean
@doc
def t06():
    rng = random.Random(606)
    cols = b06_cols(name_header="Xã, phường")
    names = wards("Phú Thọ", 36, skip=("Phường Phú Thọ",))
    rows = [unit(i, n, f"unit:{n}", gen_b06(rng, 250, 2400), B06_KEYS) for i, n in enumerate(names, 1)]
    rows.append(agg("", "Cộng các xã, phường", "communes", "total", rows, range(len(rows)), B06_KEYS))
    t = mk_table(cols, rows, total_merge=True)
    T = rows[-1].vals
    intro = [f"Trong tháng 11 năm 2025, các xã, phường tiếp nhận {vn(T['received_total'])} hồ sơ, đã giải quyết "
             f"{vn(T['resolved_total'])} hồ sơ, trong đó trả quá hạn {vn(T['resolved_late'])} hồ sơ; hiện đang giải quyết "
             f"{vn(T['pending_total'])} hồ sơ. Số liệu chi tiết theo Biểu mẫu số 06 kèm theo."]
    pfacts = [pf("count", "received_total", "communes", T["received_total"], vn(T["received_total"]) + " hồ sơ"),
              pf("count", "resolved_total", "communes", T["resolved_total"], vn(T["resolved_total"]) + " hồ sơ"),
              pf("count", "resolved_late", "communes", T["resolved_late"], vn(T["resolved_late"]) + " hồ sơ"),
              pf("count", "pending_total", "communes", T["pending_total"], vn(T["pending_total"]) + " hồ sơ")]
    return Doc(name="T06_bieu06_phutho_xa_11_2025", format="pdf_two_pages", register="commune_report",
               doc_date="2025-12-15", province="Tỉnh Phú Thọ", issuer=["SỞ NỘI VỤ TỈNH PHÚ THỌ"],
               number="Số: 1450/BC-SNV", place_date="Phú Thọ, ngày 15 tháng 12 năm 2025",
               title=["BÁO CÁO", "Tình hình giải quyết thủ tục hành chính cấp xã tháng 11 năm 2025"],
               intro=intro, caption=["Biểu mẫu số 06", "KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP XÃ"], tables=[t],
               outro=["Sở Nội vụ đề nghị các xã, phường có hồ sơ quá hạn báo cáo nguyên nhân."], signer=SIGN_TT,
               prose_facts=pfacts,
               layout="Biểu 06 with 3 header levels, 36 xã/phường crossing a page break with the header rows repeated, "
                      "total row 'Cộng các xã, phường' (= communes); prose before restating four totals")


# ================================================================== T07 pdf_two_pages, online, prose contradicts table
@doc
def t07():
    rng = random.Random(707)
    cols = [Col(("STT",), "stt"), Col(("Cơ quan, đơn vị",), "name"),
            Col(("Tổng số hồ sơ tiếp nhận",), "received_total"), Col(("Số hồ sơ trực tuyến",), "received_online"),
            Col(("Tỷ lệ (%)",), "rate_online", 2)]
    keys = ["received_total", "received_online"]
    rows = [None]
    for i, n in enumerate(DEPT_NEW[:10], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_online(rng, 120, 2100, (0.5, 0.99)), keys))
    rows[0] = agg("I", "Cấp tỉnh", "departments", "group", rows, range(1, 11), keys)
    gi = len(rows)
    rows.append(None)
    names = wards("Quảng Ngãi", 30)
    for i, n in enumerate(names, 1):
        rows.append(unit(i, n, f"unit:{n}", gen_online(rng, 300, 2900, (0.45, 0.98)), keys))
    rows[gi] = agg("II", "Cấp xã", "communes", "group", rows, range(gi + 1, gi + 31), keys)
    rows.append(agg("", "Toàn tỉnh", "city", "total", rows, [0, gi], keys))
    t = mk_table(cols, rows, total_merge=True)
    fill_rates(t)
    T = rows[-1].vals
    good = T["rate_online"]
    bad = good + D("1.37")
    outro = [f"Tỷ lệ nộp hồ sơ trực tuyến của toàn tỉnh trong tháng đạt {vp(bad)}%, vượt chỉ tiêu được giao. "
             f"Cấp tỉnh đạt {vp(rows[0].vals['rate_online'])}%, cấp xã đạt {vp(rows[gi].vals['rate_online'])}%."]
    pfacts = [pf("rate", "online_submission", "city", bad, vp(bad) + "%"),
              pf("rate", "online_submission", "departments", rows[0].vals["rate_online"], vp(rows[0].vals["rate_online"]) + "%"),
              pf("rate", "online_submission", "communes", rows[gi].vals["rate_online"], vp(rows[gi].vals["rate_online"]) + "%")]
    mist = [planted("repeated_value_mismatch", bad, vp(bad) + "% (prose after the table)", good,
                    f"the prose gives the province's online rate as {vp(bad)}%, the table's 'Toàn tỉnh' row {vp(good)}%")]
    return Doc(name="T07_online_quangngai_thang8_2025", format="pdf_two_pages", register="quarterly_report",
               doc_date="2025-09-22", province="Tỉnh Quảng Ngãi", issuer=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"],
               number="Số: 158/BC-UBND", place_date="Quảng Ngãi, ngày 22 tháng 9 năm 2025",
               title=["BÁO CÁO", "Kết quả tiếp nhận hồ sơ trực tuyến tháng 8 năm 2025"],
               intro=["Kết quả tiếp nhận hồ sơ trực tuyến của các cơ quan, đơn vị, địa phương trong tháng 8 năm 2025 "
                      "(dữ liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh):"],
               caption=["Bảng: Tỷ lệ nộp hồ sơ trực tuyến theo đơn vị"], tables=[t], outro=outro, signer=SIGN_TINH,
               prose_facts=pfacts, mistakes=mist,
               layout="one header level, group rows I. Cấp tỉnh (10 sở) / II. Cấp xã (30 xã, phường), 'Toàn tỉnh'; "
                      "crosses a page break with the header repeated; prose after restating the three level rates "
                      "(the province one contradicts the table)")


# ================================================================== T08 docx, Biểu 06 pre-2025, wrong total row
@doc
def t08():
    rng = random.Random(808)
    cols = b06_cols()
    rows = [None]
    for i, n in enumerate(DEPT_OLD[2:7], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 200, 2300), B06_KEYS))
    rows[0] = agg("I", "Cấp tỉnh", "departments", "group", rows, range(1, 6), B06_KEYS)
    gi = len(rows)
    rows.append(None)
    for i, n in enumerate(DIST["Vĩnh Phúc"], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 1500, 6500), B06_KEYS))
    rows[gi] = agg("II", "Cấp huyện", "districts", "group", rows, range(gi + 1, gi + 9), B06_KEYS)
    rows.append(Row("III", "Cấp xã", "communes", "group",
                    vals={k: v for k, v in gen_b06(rng, 21000, 24000).items() if k in B06_KEYS}))
    tot = agg("", "Tổng cộng", "city", "total", rows, [0, gi, len(rows) - 1], B06_KEYS)
    rows.append(tot)
    t = mk_table(cols, rows, total_merge=True)
    good = tot.vals["resolved_late"]
    bad = good + 120
    tot.vals["resolved_late"] = bad
    mist = [planted("sum_mismatch", bad, vn(bad) + " (Tổng cộng, Trả quá hạn)", good,
                    f"the column 'Trả quá hạn' sums to {vn(good)} over I + II + III, the 'Tổng cộng' row says {vn(bad)}"),
            planted("sum_mismatch", tot.vals["resolved_total"], vn(tot.vals["resolved_total"]) + " (Tổng cộng, đã giải quyết Tổng số)",
                    tot.vals["resolved_early"] + tot.vals["resolved_on_time"] + bad,
                    "same slip: in the 'Tổng cộng' row, early + on time + late no longer make the resolved total",
                    consequence=True)]
    return Doc(name="T08_bieu06_vinhphuc_6thang_2024", format="docx_merged", register="quarterly_report",
               doc_date="2024-07-05", province="Tỉnh Vĩnh Phúc", issuer=["ỦY BAN NHÂN DÂN", "TỈNH VĨNH PHÚC"],
               number="Số: 188/BC-UBND", place_date="Vĩnh Phúc, ngày 05 tháng 7 năm 2024",
               title=["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024"],
               intro=["Thực hiện chế độ báo cáo định kỳ, Ủy ban nhân dân tỉnh báo cáo tình hình tiếp nhận, giải quyết "
                      "hồ sơ thủ tục hành chính 6 tháng đầu năm 2024 của các cấp chính quyền như biểu dưới đây."],
               caption=["Biểu mẫu số 06", "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH"], tables=[t],
               outro=["Nguyên nhân hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai."], signer=SIGN_TINH, mistakes=mist,
               layout="DOCX Biểu 06, 3 header levels with merged cells, I. Cấp tỉnh (5 sở) / II. Cấp huyện (8) / "
                      "III. Cấp xã (aggregate), 'Tổng cộng' merged over STT+name")


# ================================================================== T09 docx, rates only per sở, clean, x and ...
@doc
def t09():
    rng = random.Random(909)
    H = "Tỷ lệ (%)"
    cols = [Col(("STT",), "stt"), Col(("Cơ quan",), "name"),
            Col((H, "Nộp hồ sơ trực tuyến"), "rate_online", 2), Col((H, "Thanh toán trực tuyến"), "rate_payment", 2),
            Col((H, "Giải quyết đúng hạn"), "rate_ontime", 2), Col((H, "Số hóa hồ sơ, kết quả"), "rate_digitization", 2)]
    rows = []
    for i, n in enumerate(DEPT_NEW[:10], 1):
        v = {}
        for k, lo in (("rate_online", 55), ("rate_payment", 40), ("rate_ontime", 96), ("rate_digitization", 60)):
            v[k] = D(str(round(rng.uniform(lo, 100), 2))).quantize(D("0.01"))
        rows.append(Row(str(i), n, f"unit:{n}", "unit", vals=v))
    rows[6].vals["rate_payment"] = NA         # a body whose procedures carry no fee
    rows[9].vals["rate_digitization"] = NODATA
    rows[2].vals["rate_ontime"] = D("100.00")
    t = mk_table(cols, rows)
    s = rows[5]
    intro = [f"Trong tháng 9 năm 2025, {s.label} có tỷ lệ nộp hồ sơ trực tuyến đạt {vp(s.vals['rate_online'])}%, "
             f"tỷ lệ giải quyết hồ sơ đúng hạn đạt {vp(s.vals['rate_ontime'])}%. Kết quả các chỉ tiêu của các sở như sau:"]
    pfacts = [pf("rate", "online_submission", f"unit:{s.label}", s.vals["rate_online"], vp(s.vals["rate_online"]) + "%"),
              pf("rate", "resolved_on_time", f"unit:{s.label}", s.vals["rate_ontime"], vp(s.vals["rate_ontime"]) + "%")]
    return Doc(name="T09_tyle_gialai_so_9_2025", format="docx_merged", register="weekly_notice",
               doc_date="2025-10-20", province="Tỉnh Gia Lai", issuer=["ỦY BAN NHÂN DÂN TỈNH GIA LAI", "VĂN PHÒNG"],
               number="Số: 233/TB-VP", place_date="Gia Lai, ngày 20 tháng 10 năm 2025",
               title=["THÔNG BÁO", "Kết quả thực hiện một số chỉ tiêu về giải quyết thủ tục hành chính",
                      "của các sở, ban, ngành tháng 9 năm 2025"],
               intro=intro, caption=["Bảng: Một số chỉ tiêu của các sở, ban, ngành"], tables=[t],
               outro=["Ghi chú: x - không phát sinh hồ sơ có phí, lệ phí; ... - chưa có số liệu."], signer=SIGN_VP,
               prose_facts=pfacts,
               layout="DOCX rates only (no counts), 2 header levels (Tỷ lệ (%) merged over four rates), 'x' and '...' "
                      "cells; prose before restating two rates of one sở")


# ================================================================== T10 docx, 766 per huyện, prose contradicts
@doc
def t10():
    rng = random.Random(1010)
    cols = s766_cols(two_level=True, name_header="Huyện, thành phố")
    rows = []
    for i, n in enumerate(DIST["Bến Tre"], 1):
        rows.append(Row(str(i), n, f"unit:{n}", "unit", vals=gen_766(rng, 0.6, 0.97)))
    for x in rows:
        x.text[("Xếp loại",)] = grade(x.vals["s_total"])
    t = mk_table(cols, rows)
    r = rows[2]
    good = r.vals["s_total"]
    bad = good - D("2.40")
    r2 = rows[6]
    outro = [f"Trong kỳ, {r.label} đạt {vp(bad)} điểm, {r2.label} đạt {vp(r2.vals['s_total'])} điểm."]
    pfacts = [pf("score", "index_766_total", f"unit:{r.label}", bad, vp(bad) + " điểm"),
              pf("score", "index_766_total", f"unit:{r2.label}", r2.vals["s_total"], vp(r2.vals["s_total"]) + " điểm")]
    mist = [planted("repeated_value_mismatch", bad, vp(bad) + " điểm (prose)", good,
                    f"{r.label}: the prose says {vp(bad)} points, its table row {vp(good)}")]
    return Doc(name="T10_766_bentre_huyen_4_2024", format="docx_merged", register="quarterly_report",
               doc_date="2024-05-10", province="Tỉnh Bến Tre", issuer=["ỦY BAN NHÂN DÂN", "TỈNH BẾN TRE"],
               number="Số: 2105/UBND-KSTT", place_date="Bến Tre, ngày 10 tháng 5 năm 2024",
               title=["V/v thông báo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp", "cấp huyện tháng 4 năm 2024"],
               intro=["Ủy ban nhân dân tỉnh thông báo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng "
                      "phục vụ người dân, doanh nghiệp của Ủy ban nhân dân các huyện, thành phố như sau:"],
               caption=["Bảng: Điểm Bộ chỉ số 766 cấp huyện"], tables=[t], outro=outro, signer=SIGN_TINH,
               prose_facts=pfacts, mistakes=mist,
               layout="DOCX 766 per huyện (9), 2 header levels, Xếp loại; prose after states two totals, one of "
                      "them differs from its row")


# ================================================================== T11 html, portal per unit, rowspan group column, clean
@doc
def t11():
    rng = random.Random(1111)
    A, B = "Tiếp nhận", "Đã giải quyết"
    cols = [Col(("STT",), "stt"), Col(("Đơn vị",), "name"),
            Col((A, "Tổng"), "received_total"), Col((A, "Trực tuyến"), "received_online"),
            Col((A, "Trực tiếp"), "received_offline"),
            Col((B, "Tổng"), "resolved_total"), Col((B, "Trước hạn, đúng hạn"), "resolved_in_time"),
            Col((B, "Quá hạn"), "resolved_late"), Col((B, "Tỷ lệ đúng hạn"), "rate_ontime", 1),
            Col(("Đang giải quyết",), "pending_total")]
    keys = ["received_total", "received_online", "received_offline", "resolved_total", "resolved_in_time",
            "resolved_late", "pending_total"]
    rows = []
    for i, n in enumerate(DEPT_NEW[:5], 1):
        d = gen_b06(rng, 300, 3000, p_carry0=1.0)
        rows.append(unit(i, n, f"unit:{n}", d, keys))
    names = wards("Lâm Đồng", 14)[3:9]
    for i, n in enumerate(names, 6):
        d = gen_b06(rng, 500, 4000, p_carry0=1.0)
        rows.append(unit(i, n, f"unit:{n}", d, keys))
    rows.append(agg("", "Tổng cộng", "city", "total", rows, range(len(rows)), keys))
    t = mk_table(cols, rows, thousands="", zero_dash=False, total_merge=True)
    fill_rates(t)
    return Doc(name="T11_portal_lamdong_10_2025", format="html_spans", register="portal_stats",
               doc_date="2025-11-03", province="Tỉnh Lâm Đồng", issuer=["CỔNG DỊCH VỤ CÔNG TỈNH LÂM ĐỒNG"],
               number="", place_date="",
               title=["Thống kê tình hình giải quyết hồ sơ tháng 10/2025"],
               intro=["Số liệu cập nhật ngày 03/11/2025."], caption=[], tables=[t], portal=True,
               rowgroups=[("Cấp tỉnh", 0, 5), ("Cấp xã", 5, 6)],
               not_facts=[{"text": "03/11/2025", "why": "date"}],
               layout="portal HTML: 2 header levels with colspan, a first column 'Cấp' with rowspan over the units "
                      "(Cấp tỉnh: 5 sở, Cấp xã: 6 xã/phường incl. Phường B'Lao, Xã D'Ran), bare integers, zeros as 0, "
                      "rate with 1 decimal, 'Tổng cộng' colspan")


# ================================================================== T12 html, Biểu 06 per huyện, row does not add up
@doc
def t12():
    rng = random.Random(1212)
    cols = b06_cols(name_header="Huyện, thành phố, thị xã")
    rows = []
    for i, n in enumerate(DIST["Phú Thọ"], 1):
        rows.append(unit(i, ubnd(n), f"unit:{n}", gen_b06(rng, 900, 5600), B06_KEYS))
    rows[1].vals["pending_on_time"] = NODATA
    rows[1].vals["pending_late"] = NODATA
    rows[8].vals["received_carried_over"] = NA
    rows[8].vals["received_offline"] = rows[8].vals["received_total"] - rows[8].vals["received_online"]
    t = mk_table(cols, rows)
    r = rows[4]
    good = r.vals["received_offline"]
    r.vals["received_offline"] = good + 37
    parts = r.vals["received_carried_over"] + r.vals["received_online"] + r.vals["received_offline"]
    mist = [planted("sum_mismatch", r.vals["received_total"], vn(r.vals["received_total"]), parts,
                    f"{r.label}: kỳ trước {vn(r.vals['received_carried_over'])} + trực tuyến {vn(r.vals['received_online'])} + "
                    f"trực tiếp {vn(r.vals['received_offline'])} = {vn(parts)}, not the printed total")]
    return Doc(name="T12_bieu06_phutho_huyen_q1_2024", format="html_spans", register="quarterly_report",
               doc_date="2024-03-18", province="Tỉnh Phú Thọ", issuer=["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"],
               number="Số: 77/BC-UBND", place_date="Phú Thọ, ngày 18 tháng 3 năm 2024",
               title=["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính cấp huyện quý I năm 2024"],
               intro=["Tổng hợp số liệu do Ủy ban nhân dân các huyện, thành phố, thị xã báo cáo (kỳ báo cáo từ ngày "
                      "15/12/2023 đến ngày 14/3/2024):"],
               caption=["Biểu mẫu số 06"], tables=[t],
               outro=["Ghi chú: x - không áp dụng; ... - đơn vị chưa báo cáo số liệu."], signer=SIGN_TINH,
               mistakes=mist,
               layout="HTML Biểu 06 with rowspan/colspan, 3 header levels, 11 rows 'UBND huyện/thị xã/thành phố …', "
                      "'x' and '...' cells, no total row")


# ================================================================== T13 html, by level, broken balance
@doc
def t13():
    rng = random.Random(1313)
    R, S, P = "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"
    cols = [Col(("Cấp",), "name"),
            Col((R, "Tổng số"), "received_total"), Col((R, "Kỳ trước chuyển sang"), "received_carried_over"),
            Col((R, "Trực tuyến"), "received_online"), Col((R, "Trực tiếp, bưu chính"), "received_offline"),
            Col((S, "Tổng số"), "resolved_total"), Col((S, "Trước hạn"), "resolved_early"),
            Col((S, "Đúng hạn"), "resolved_on_time"), Col((S, "Quá hạn"), "resolved_late"),
            Col((P, "Tổng số"), "pending_total"), Col((P, "Trong hạn"), "pending_on_time"),
            Col((P, "Quá hạn"), "pending_late")]
    rows = [unit("", "Cấp tỉnh", "departments", gen_b06(rng, 9000, 12000), B06_KEYS),
            unit("", "Cấp huyện", "districts", gen_b06(rng, 30000, 36000), B06_KEYS),
            unit("", "Cấp xã", "communes", gen_b06(rng, 50000, 60000), B06_KEYS)]
    for r in rows:
        r.kind = "unit"
    t = mk_table(cols, rows, zero_dash=True)
    r = rows[1]
    good = r.vals["pending_total"]
    r.vals["pending_total"] += 250
    r.vals["pending_on_time"] += 250
    mist = [planted("balance_mismatch", r.vals["pending_total"], vn(r.vals["pending_total"]) + " (Cấp huyện, đang giải quyết)",
                    good, f"Cấp huyện: received {vn(r.vals['received_total'])} != resolved {vn(r.vals['resolved_total'])} + "
                          f"pending {vn(r.vals['pending_total'])} (pending should be {vn(good)})")]
    return Doc(name="T13_theocap_bentre_q2_2023", format="html_spans", register="portal_stats",
               doc_date="2023-08-02", province="Tỉnh Bến Tre", issuer=["CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẾN TRE"],
               number="", place_date="", portal=True,
               title=["Kết quả giải quyết thủ tục hành chính quý II năm 2023 theo cấp hành chính"],
               intro=["Bảng dưới đây tổng hợp kết quả tiếp nhận, giải quyết hồ sơ của ba cấp chính quyền trong quý II năm 2023."],
               caption=[], tables=[t], mistakes=mist,
               layout="portal HTML, rows are the three levels (Cấp tỉnh / Cấp huyện / Cấp xã) without STT or total, "
                      "2 header levels with colspan")


# ================================================================== T14 xlsx, Biểu 06 post-2025, clean
@doc
def t14():
    rng = random.Random(1414)
    cols = b06_cols()
    rows = [None]
    for i, n in enumerate(DEPT_NEW[:7], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 200, 2500), B06_KEYS))
    rows[0] = agg("I", "Cấp tỉnh", "departments", "group", rows, range(1, 8), B06_KEYS)
    gi = len(rows)
    rows.append(None)
    for i, n in enumerate(wards("Gia Lai", 10), 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 400, 3800), B06_KEYS))
    rows[gi] = agg("II", "Cấp xã", "communes", "group", rows, range(gi + 1, gi + 11), B06_KEYS)
    tot = agg("", "Toàn tỉnh", "city", "total", rows, [0, gi], B06_KEYS)
    rows.append(tot)
    t = mk_table(cols, rows, total_merge=True)
    T = tot.vals
    outro = [f"Ghi chú: toàn tỉnh đã giải quyết {vn(T['resolved_total'])} hồ sơ, trong đó trả quá hạn {vn(T['resolved_late'])} hồ sơ."]
    pfacts = [pf("count", "resolved_total", "city", T["resolved_total"], vn(T["resolved_total"]) + " hồ sơ"),
              pf("count", "resolved_late", "city", T["resolved_late"], vn(T["resolved_late"]) + " hồ sơ")]
    return Doc(name="T14_bieu06_gialai_9_2025", format="xlsx", register="quarterly_report",
               doc_date="2025-10-06", province="Tỉnh Gia Lai", issuer=["ỦY BAN NHÂN DÂN TỈNH GIA LAI"],
               number="Biểu mẫu số 06 (kèm theo Báo cáo số 301/BC-UBND)", place_date="Gia Lai, ngày 06 tháng 10 năm 2025",
               title=["TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 9 NĂM 2025"], caption=[],
               tables=[t], outro=outro, prose_facts=pfacts,
               layout="XLSX Biểu 06, 3 header levels as merged cells, I. Cấp tỉnh (7 sở) / II. Cấp xã (10), 'Toàn tỉnh' "
                      "merged over A:B, numbers stored as numbers, '-' as text; a note row after the table")


# ================================================================== T15 xlsx, 766 per xã, wrong total
@doc
def t15():
    rng = random.Random(1515)
    cols = s766_cols(two_level=True, name_header="Xã, phường")
    names = wards("Lâm Đồng", 20)[3:15]
    rows = [Row(str(i), n, f"unit:{n}", "unit", vals=gen_766(rng, 0.5, 0.96)) for i, n in enumerate(names, 1)]
    r = rows[7]
    good = r.vals["s_total"]
    bad = good - D("0.90")
    r.vals["s_total"] = bad
    for x in rows:
        x.text[("Xếp loại",)] = grade(x.vals["s_total"])
    t = mk_table(cols, rows)
    mist = [planted("score_sum_mismatch", bad, vp(bad), good,
                    f"{r.label}: the components add up to {vp(good)}, the total cell says {vp(bad)}")]
    return Doc(name="T15_766_lamdong_xa_11_2025", format="xlsx", register="portal_stats",
               doc_date="2025-12-01", province="Tỉnh Lâm Đồng", issuer=["ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG"],
               number="Phụ lục kèm theo Thông báo số 512/TB-UBND", place_date="Lâm Đồng, ngày 01 tháng 12 năm 2025",
               title=["ĐIỂM BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP CỦA CÁC XÃ, PHƯỜNG THÁNG 11 NĂM 2025"], caption=[],
               tables=[t], mistakes=mist,
               layout="XLSX 766 per xã/phường (12, incl. Phường B'Lao, Xã D'Ran), 2 header levels merged, scores as numbers")


# ================================================================== T16 xlsx, rates with counts per sở, wrong rate
@doc
def t16():
    rng = random.Random(1616)
    A, B = "Hồ sơ tiếp nhận", "Hồ sơ đã giải quyết"
    cols = [Col(("STT",), "stt"), Col(("Cơ quan, đơn vị",), "name"),
            Col((A, "Tổng số"), "received_total"), Col((A, "Trực tuyến"), "received_online"),
            Col((A, "Tỷ lệ trực tuyến (%)"), "rate_online", 2),
            Col((B, "Tổng số"), "resolved_total"), Col((B, "Trước hạn, đúng hạn"), "resolved_in_time"),
            Col((B, "Tỷ lệ đúng hạn (%)"), "rate_ontime", 2)]
    keys = ["received_total", "received_online", "resolved_total", "resolved_in_time"]
    rows = []
    for i, n in enumerate(DEPT_OLD[:10], 1):
        d = gen_b06(rng, 150, 2800)
        d["received_online"] = min(d["received_online"], d["received_total"])
        rows.append(unit(i, n, f"unit:{n}", d, keys))
    rows.append(agg("", "Cộng cấp tỉnh", "departments", "total", rows, range(10), keys))
    t = mk_table(cols, rows, total_merge=True)
    fill_rates(t)
    r = rows[3]
    good = r.vals["rate_ontime"]
    bad = good - D("3.10") if good > 90 else good + D("3.10")
    r.vals["rate_ontime"] = bad
    assert wrong_rate_is_unmatched(t, r, "rate_ontime", 2)
    mist = [planted("ratio_mismatch", bad, vp(bad), good,
                    f"{r.label}: {vn(r.vals['resolved_in_time'])}/{vn(r.vals['resolved_total'])} is {vp(good)}%, the cell says {vp(bad)}%")]
    return Doc(name="T16_tyle_quangngai_so_10_2024", format="xlsx", register="quarterly_report",
               doc_date="2024-11-04", province="Tỉnh Quảng Ngãi", issuer=["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "VĂN PHÒNG"],
               number="Phụ lục kèm theo Báo cáo số 205/BC-VP", place_date="Quảng Ngãi, ngày 04 tháng 11 năm 2024",
               title=["TỶ LỆ NỘP HỒ SƠ TRỰC TUYẾN VÀ GIẢI QUYẾT ĐÚNG HẠN CỦA CÁC SỞ, BAN, NGÀNH THÁNG 10 NĂM 2024"],
               caption=[], tables=[t], mistakes=mist,
               layout="XLSX per sở (10 pre-2025 names), 2 header levels merged, counts and rates, total row "
                      "'Cộng cấp tỉnh' (= departments)")


# ================================================================== T17 doc, Biểu 06 per sở, broken balance
@doc
def t17():
    rng = random.Random(1717)
    cols = b06_cols(name_header="Cơ quan, đơn vị")
    rows = [unit(i, n, f"unit:{n}", gen_b06(rng, 150, 2600), B06_KEYS) for i, n in enumerate(DEPT_OLD[5:13], 1)]
    t = mk_table(cols, rows)
    r = rows[2]
    good_res = r.vals["resolved_total"]
    r.vals["resolved_total"] -= 60
    r.vals["resolved_early"] -= 60
    mist = [planted("balance_mismatch", r.vals["resolved_total"], vn(r.vals["resolved_total"]) + " (đã giải quyết, Tổng số)",
                    good_res, f"{r.label}: received {vn(r.vals['received_total'])} != resolved {vn(r.vals['resolved_total'])} "
                              f"+ pending {vn(r.vals['pending_total'])}")]
    intro = ["Các sở, ban, ngành tổng hợp số liệu giải quyết thủ tục hành chính năm 2023 theo Biểu mẫu số 06 như sau."]
    return Doc(name="T17_bieu06_vinhphuc_so_2023", format="doc", register="quarterly_report",
               doc_date="2024-01-10", province="Tỉnh Vĩnh Phúc", issuer=["ỦY BAN NHÂN DÂN", "TỈNH VĨNH PHÚC"],
               number="Số: 09/BC-UBND", place_date="Vĩnh Phúc, ngày 10 tháng 01 năm 2024",
               title=["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính của các sở, ban, ngành năm 2023"],
               intro=intro, caption=["Biểu mẫu số 06"], tables=[t], signer=SIGN_TINH, mistakes=mist,
               layout="Word 97 (.doc, converted from DOCX by LibreOffice), Biểu 06 3 header levels merged, 8 sở, no total row")


# ================================================================== T18 doc, online per xã, clean
@doc
def t18():
    rng = random.Random(1818)
    cols = online_cols(dec=2, eval_col=False)
    keys = ["received_total", "received_online", "received_offline"]
    names = wards("Quảng Ngãi", 40)[26:40]
    rows = [unit(i, n, f"unit:{n}", gen_online(rng, 200, 1800, (0.35, 0.97)), keys) for i, n in enumerate(names, 1)]
    rows.append(agg("", "Cộng các xã, phường, đặc khu", "communes", "total", rows, range(len(rows)), keys))
    t = mk_table(cols, rows, total_merge=True)
    fill_rates(t)
    T = rows[-1].vals
    outro = [f"Tính chung, tỷ lệ nộp hồ sơ trực tuyến của các xã, phường đạt {vp(T['rate_online'])}% "
             f"({vn(T['received_online'])}/{vn(T['received_total'])} hồ sơ)."]
    pfacts = [pf("rate", "online_submission", "communes", T["rate_online"], vp(T["rate_online"]) + "%",
                 T["received_online"], T["received_total"])]
    return Doc(name="T18_online_quangngai_xa_1_2026", format="doc", register="commune_report",
               doc_date="2026-02-09", province="Tỉnh Quảng Ngãi", issuer=["SỞ NỘI VỤ TỈNH QUẢNG NGÃI"],
               number="Số: 211/SNV-CCHC", place_date="Quảng Ngãi, ngày 09 tháng 02 năm 2026",
               title=["V/v kết quả tiếp nhận hồ sơ trực tuyến cấp xã tháng 01 năm 2026"],
               intro=["Sở Nội vụ thông báo kết quả tiếp nhận hồ sơ trực tuyến của các xã, phường tháng 01 năm 2026:"],
               caption=[], tables=[t], outro=outro, signer=SIGN_TT, prose_facts=pfacts,
               layout="Word 97 (.doc), online submission per xã (14), 3 header levels, total row "
                      "'Cộng các xã, phường, đặc khu' (= communes); prose after with x/y")


# ================================================================== T19 xls, Biểu 06 per huyện, resolved parts do not add up
@doc
def t19():
    rng = random.Random(1919)
    cols = b06_cols(name_header="Đơn vị")
    rows = [unit(i, n, f"unit:{n}", gen_b06(rng, 800, 5200), B06_KEYS) for i, n in enumerate(DIST["Kon Tum"], 1)]
    t = mk_table(cols, rows)
    r = rows[5]
    r.vals["resolved_early"] += 90
    parts = r.vals["resolved_early"] + r.vals["resolved_on_time"] + r.vals["resolved_late"]
    mist = [planted("sum_mismatch", r.vals["resolved_total"], vn(r.vals["resolved_total"]), parts,
                    f"{r.label}: trước hạn + đúng hạn + quá hạn = {vn(parts)}, not the printed resolved total")]
    return Doc(name="T19_bieu06_kontum_huyen_q3_2023", format="xls", register="quarterly_report",
               doc_date="2023-10-05", province="Tỉnh Kon Tum", issuer=["ỦY BAN NHÂN DÂN TỈNH KON TUM"],
               number="Biểu mẫu số 06 (kèm theo Báo cáo số 281/BC-UBND)", place_date="Kon Tum, ngày 05 tháng 10 năm 2023",
               title=["KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CẤP HUYỆN QUÝ III NĂM 2023"], caption=[], tables=[t],
               mistakes=mist,
               layout="Excel 97 (.xls, converted from XLSX by LibreOffice), Biểu 06 3 header levels merged, 9 districts, "
                      "no total row")


# ================================================================== T20 xls, results with groups, wrong total row
@doc
def t20():
    rng = random.Random(2020)
    G = "Số hồ sơ đã giải quyết"
    cols = [Col(("STT",), "stt"), Col(("Đơn vị",), "name"), Col(("Số hồ sơ tiếp nhận",), "received_total"),
            Col((G, "Tổng số"), "resolved_total"), Col((G, "Trước hạn, đúng hạn"), "resolved_in_time"),
            Col((G, "Quá hạn"), "resolved_late"), Col(("Tỷ lệ giải quyết đúng hạn (%)",), "rate_ontime", 2)]
    keys = ["received_total", "resolved_total", "resolved_in_time", "resolved_late"]
    rows = [None]
    for i, n in enumerate(DEPT_NEW[:6], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 200, 2200), keys))
    rows[0] = agg("I", "Sở, ban, ngành", "departments", "group", rows, range(1, 7), keys)
    gi = len(rows)
    rows.append(None)
    for i, n in enumerate(wards("Gia Lai", 70)[57:65], 1):
        rows.append(unit(i, n, f"unit:{n}", gen_b06(rng, 400, 3500), keys))
    rows[gi] = agg("II", "Xã, phường", "communes", "group", rows, range(gi + 1, gi + 9), keys)
    tot = agg("", "Toàn tỉnh", "city", "total", rows, [0, gi], keys)
    rows.append(tot)
    t = mk_table(cols, rows, total_merge=True)
    fill_rates(t)
    good = tot.vals["received_total"]
    bad = good + 1000
    tot.vals["received_total"] = bad
    mist = [planted("sum_mismatch", bad, vn(bad) + " (Toàn tỉnh, Số hồ sơ tiếp nhận)", good,
                    f"I + II received = {vn(good)}, the 'Toàn tỉnh' row says {vn(bad)}")]
    return Doc(name="T20_ketqua_gialai_7_2025", format="xls", register="portal_stats",
               doc_date="2025-08-11", province="Tỉnh Gia Lai", issuer=["ỦY BAN NHÂN DÂN TỈNH GIA LAI"],
               number="Phụ lục kèm theo Báo cáo số 145/BC-UBND", place_date="Gia Lai, ngày 11 tháng 8 năm 2025",
               title=["KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH THÁNG 7 NĂM 2025"], caption=[], tables=[t],
               mistakes=mist,
               layout="Excel 97 (.xls), 2 header levels, I. Sở, ban, ngành (6) / II. Xã, phường (8), 'Toàn tỉnh'")


# ================================================================== T21 xls, online per huyện, clean
@doc
def t21():
    rng = random.Random(2121)
    cols = [Col(("STT",), "stt"), Col(("Huyện, thành phố",), "name"),
            Col(("Tổng số hồ sơ",), "received_total"), Col(("Hồ sơ trực tuyến",), "received_online"),
            Col(("Tỷ lệ (%)",), "rate_online", 2)]
    keys = ["received_total", "received_online"]
    rows = [unit(i, ubnd(n), f"unit:{n}", gen_online(rng, 900, 6500, (0.2, 0.9)), keys)
            for i, n in enumerate(DIST["Bến Tre"], 1)]
    rows.append(agg("", "Cộng cấp huyện", "districts", "total", rows, range(len(rows)), keys))
    t = mk_table(cols, rows, total_merge=True)
    fill_rates(t)
    return Doc(name="T21_online_bentre_huyen_11_2024", format="xls", register="quarterly_report",
               doc_date="2024-12-20", province="Tỉnh Bến Tre", issuer=["ỦY BAN NHÂN DÂN TỈNH BẾN TRE"],
               number="Phụ lục kèm theo Báo cáo số 402/BC-UBND", place_date="Bến Tre, ngày 20 tháng 12 năm 2024",
               title=["TỶ LỆ HỒ SƠ TRỰC TUYẾN CỦA CÁC HUYỆN, THÀNH PHỐ NĂM 2024 (TÍNH ĐẾN NGÀY 30/11/2024)"],
               caption=[], tables=[t],
               layout="Excel 97 (.xls), one header level, 9 rows 'UBND huyện/thành phố …', total 'Cộng cấp huyện' "
                      "(= districts)")


# ------------------------------------------------------------------ truth + checks
def truth_of(d: Doc):
    facts = []
    for i, t in enumerate(d.tables):
        facts += table_facts(t, i)
    facts += d.prose_facts
    return {"register": d.register, "doc_date": d.doc_date, "province": d.province, "format": d.format,
            "facts": facts, "not_facts": d.not_facts, "mistakes": d.mistakes}


def verify(d: Doc):
    """The table's own arithmetic must produce exactly the listed table mistakes (prose ones aside)."""
    found = []
    for t in d.tables:
        found += check_table(t)
    want = sorted((m["code"], m["stated"]) for m in d.mistakes if m["code"] != "repeated_value_mismatch")
    got = []
    for c, s, _ in found:
        if c == "balance_mismatch":      # the finding uses received, resolved and pending: the planted cell is one
            s = next((m["stated"] for m in d.mistakes if m["code"] == c and m["stated"] in s), s)
        got.append((c, float(s) if isinstance(s, Decimal) else s))
    got.sort()
    if want != got:
        raise SystemExit(f"{d.name}: planted {want} but the arithmetic finds {got}: {found}")
    # prose facts agree with the table unless listed as a repeated_value mismatch
    table_vals = {}
    for f in truth_of(d)["facts"]:
        if "cell" in f:
            table_vals[(f["kind"], f["indicator"], f["subject"])] = f["value"]
    rep = {m["stated"] for m in d.mistakes if m["code"] == "repeated_value_mismatch"}
    for f in d.prose_facts:
        k = (f["kind"], f["indicator"], f["subject"])
        if k in table_vals and table_vals[k] != f["value"] and f["value"] not in rep:
            raise SystemExit(f"{d.name}: prose {f} contradicts the table ({table_vals[k]}) unplanned")
        if f["value"] in rep and table_vals.get(k) == f["value"]:
            raise SystemExit(f"{d.name}: planted prose mismatch is not a mismatch")
    # rates in prose with x/y agree
    for f in d.prose_facts:
        if f["kind"] == "rate" and f["numerator"]:
            assert float(pct(f["numerator"], f["denominator"], 2)) == f["value"], f


def check_pdf(d: Doc, path: str):
    """The PDF's text layer gives back every cell; one page per table unless the format is pdf_two_pages,
    where the table crosses a page break with its first header label repeated on each page."""
    import pdfplumber
    with pdfplumber.open(path) as p:
        pages = [pg.extract_text() or "" for pg in p.pages]
    flat = " ".join(x.replace("\n", " ") for x in pages)
    for f in truth_of(d)["facts"]:
        assert f["text"] in flat or f["text"] == "-", (d.name, f["text"])
        if "cell" in f:
            assert f["cell"]["row"] in flat, (d.name, f["cell"]["row"])
    t = d.tables[0]
    first, last = t.rows[0].label, t.rows[-1].label
    pf_ = [i for i, x in enumerate(pages) if first in x.replace("\n", " ")]
    pl_ = [i for i, x in enumerate(pages) if last in x.replace("\n", " ")]
    on = pl_[-1] - pf_[0] + 1
    head = t.cols[2].path[0]
    if d.format == "pdf_two_pages":
        assert on >= 2, (d.name, "table should cross a page break")
        assert sum(x.count(head.split()[0]) > 0 for x in pages[pf_[0]:pl_[-1] + 1]) == on, (d.name, "header not repeated")
    else:
        assert on == 1, (d.name, f"table spreads over {on} pages")


def check_legacy(d: Doc, path: str):
    """Round trip: LibreOffice converts the .doc/.xls back to .docx/.xlsx and every cell figure is there."""
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        fmt = "docx" if path.endswith(".doc") else "xlsx"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/p", "--headless", "--convert-to", fmt,
                        "--outdir", tmp, path], check=True, capture_output=True, timeout=180)
        back = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + "." + fmt)
        if fmt == "docx":
            import docx
            t = docx.Document(back).tables[0]
            seen = {c.text.strip() for r in t.rows for c in r.cells}
            for f in truth_of(d)["facts"]:
                if "cell" in f:
                    assert f["text"] in seen, (d.name, f["text"])
        else:
            import openpyxl
            ws = openpyxl.load_workbook(back, data_only=True).active
            seen = set()
            for row in ws.iter_rows(values_only=True):
                for v in row:
                    if isinstance(v, float):
                        seen.add(round(v, 2))
                    elif v is not None:
                        seen.add(v)
            for f in truth_of(d)["facts"]:
                if "cell" in f:
                    v = f["value"]
                    assert (v in seen) or (round(v, 2) in seen) or (f["text"] == "-" and "-" in seen), (d.name, v)


def main(argv):
    only_check = "--check" in argv
    names = set()
    for fn in DOCS:
        d = fn()
        assert d.name not in names
        names.add(d.name)
        verify(d)
        if only_check:
            print("ok", d.name, d.format, [m["code"] for m in d.mistakes] or "clean")
            continue
        out = render(d, HERE)
        if out.endswith(".pdf"):
            check_pdf(d, out)
        if out.endswith((".doc", ".xls")):
            check_legacy(d, out)
        with open(os.path.join(HERE, d.name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth_of(d), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", os.path.basename(out), d.format, [m["code"] for m in d.mistakes] or "clean")


if __name__ == "__main__":
    main(sys.argv[1:])
