"""Build blind_tables8: statistics-table reports in nine formats with their truth, from one data
model per report (so the document and its truth cannot drift).

    python3 build.py            # write every report and its NAME.truth.json
    python3 build.py --check    # verify identities (all hold but the planted one), rates, texts, files
"""
from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).parent
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"

# ----------------------------------------------------------------------------------------------
# indicators of the column keys
KEYS = {
    "rec_total": ("count", "received_total"), "rec_carried": ("count", "received_carried_over"),
    "rec_online": ("count", "received_online"), "rec_offline": ("count", "received_offline"),
    "res_total": ("count", "resolved_total"), "res_early": ("count", "resolved_early"),
    "res_ontime": ("count", "resolved_on_time"), "res_intime": ("count", "resolved_in_time"),
    "res_late": ("count", "resolved_late"),
    "pen_total": ("count", "pending_total"), "pen_ontime": ("count", "pending_on_time"),
    "pen_late": ("count", "pending_late"),
    "rate_ontime": ("rate", "resolved_on_time"), "rate_online": ("rate", "online_submission"),
    "fb_total": ("count", "feedback_total"), "fb_carried": ("count", "feedback_carried_over"),
    "fb_new": ("count", "feedback_new"), "fb_resolved": ("count", "feedback_resolved"),
    "fb_pending": ("count", "feedback_pending"), "rate_fb": ("rate", "feedback_handled"),
    "i_pub": ("score", "index_766_publicity"), "i_prog": ("score", "index_766_progress"),
    "i_dvc": ("score", "index_766_online_service"), "i_pay": ("score", "index_766_online_payment"),
    "i_sat": ("score", "index_766_satisfaction"), "i_dig": ("score", "index_766_digitization"),
    "i_total": ("score", "index_766_total"), "i_rank": ("rank", "index_766_rank"),
}
I_PARTS = ["i_pub", "i_prog", "i_dvc", "i_pay", "i_sat", "i_dig"]
I_MAX = {"i_pub": 18, "i_prog": 20, "i_dvc": 12, "i_pay": 10, "i_sat": 18, "i_dig": 22}
RATES = {"rate_ontime", "rate_online", "rate_fb"}
NOSUM = RATES | {"i_rank"}


def D(x) -> Decimal:
    return Decimal(str(x))


def rate(n: int, d: int, dec: int) -> Decimal:
    """CONTRACT §5: 100·n/d rounded half up at dec decimals."""
    return (Decimal(100 * n) / Decimal(d)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)


def fmt_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def fmt_dec(v: Decimal, dec: int) -> str:
    s = f"{v:.{dec}f}"
    ip, _, fp = s.partition(".")
    return fmt_int(int(ip)) + ("," + fp if fp else "")


# ----------------------------------------------------------------------------------------------
# header trees
class C:
    def __init__(self, label, key=None, kids=None):
        self.label, self.key, self.kids = label, key, kids or []


def leaves(cols, path=()):
    out = []
    for c in cols:
        p = path + (c.label,)
        if c.kids:
            out += leaves(c.kids, p)
        else:
            out.append((c.key, list(p)))
    return out


def depth(cols):
    return max(1 + (depth(c.kids) if c.kids else 0) for c in cols)


def header_grid(cols, first_labels):
    """Cells of the header as (row, col, rowspan, colspan, label); first_labels are the label
    columns on the left (each spanning every header row)."""
    dep = depth(cols)
    cells = []
    for i, lab in enumerate(first_labels):
        cells.append((0, i, dep, 1, lab))

    def walk(cs, level, col):
        for c in cs:
            n = len(leaves([c]))
            rs = 1 if c.kids else dep - level
            cells.append((level, col, rs, n, c.label))
            if c.kids:
                walk(c.kids, level + 1, col)
            col += n
        return col

    walk(cols, 0, len(first_labels))
    return dep, cells


# ----------------------------------------------------------------------------------------------
# units
def wards(province_code: int):
    from vietnam_provinces import Ward
    return [w.name for w in Ward.iter_by_province(province_code)]


def districts(province: str):
    import sqlite3
    import vietnamadminunits
    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    con = sqlite3.connect(db)
    return [r[0] for r in con.execute("select distinct district from admin_units_legacy where province=?",
                                      (province,))]


DEPTS_NEW = ["Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Y tế",
             "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Nội vụ", "Sở Khoa học và Công nghệ",
             "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo"]
DEPTS_OLD = ["Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Tài nguyên và Môi trường",
             "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải", "Sở Lao động - Thương binh và Xã hội",
             "Sở Y tế", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
             "Sở Thông tin và Truyền thông", "Sở Nội vụ"]


# ----------------------------------------------------------------------------------------------
# value generation
def gen_row(kind, rnd, big=False, zero=False):
    v = {}
    scale = 12000 if big else 1500
    if kind in ("b06", "simple", "combo", "online"):
        if zero:
            on = off = car = 0
        else:
            on = rnd.randint(scale // 10, scale)
            off = rnd.randint(scale // 20, scale // 2)
            car = rnd.randint(0, scale // 15)
        if kind == "online":
            car = 0
        tot = on + off + car
        v.update(rec_total=tot, rec_carried=car, rec_online=on, rec_offline=off)
        if tot:
            res = int(tot * rnd.uniform(0.82, 0.97))
            late = 0 if rnd.random() < 0.35 else rnd.randint(1, max(1, res // 60))
            early = int((res - late) * rnd.uniform(0.3, 0.8))
        else:
            res = late = early = 0
        ontime = res - late - early
        pen = tot - res
        plate = 0 if rnd.random() < 0.5 else rnd.randint(1, max(1, pen // 15))
        v.update(res_total=res, res_early=early, res_ontime=ontime, res_intime=early + ontime,
                 res_late=late, pen_total=pen, pen_ontime=pen - plate, pen_late=plate)
    elif kind == "feedback":
        car = 0 if (zero or rnd.random() < 0.3) else rnd.randint(1, 6)
        new = 0 if zero else rnd.randint(2, 40)
        tot = car + new
        res = tot - (0 if rnd.random() < 0.4 else rnd.randint(0, max(0, tot // 5)))
        v.update(fb_total=tot, fb_carried=car, fb_new=new, fb_resolved=res, fb_pending=tot - res)
    elif kind == "i766":
        for k in I_PARTS:
            v[k] = D(round(I_MAX[k] * rnd.uniform(0.55, 0.99), 2))
        v["i_total"] = sum(v[k] for k in I_PARTS)
    return v


def add_rates(v, keys, dec):
    out = dict(v)
    if "rate_ontime" in keys:
        n = v["res_intime"]
        out["rate_ontime"] = rate(n, v["res_total"], dec) if v["res_total"] else None
    if "rate_online" in keys:
        out["rate_online"] = rate(v["rec_online"], v["rec_total"], dec) if v["rec_total"] else None
    if "rate_fb" in keys:
        out["rate_fb"] = rate(v["fb_resolved"], v["fb_total"], dec) if v["fb_total"] else None
    return out


def rate_parts(key, vals, keys):
    """(numerator, denominator) a rate cell takes from its row by the official convention."""
    if key == "rate_ontime":
        if "res_total" not in keys:
            return None, None
        if "res_intime" in keys:
            n = vals["res_intime"]
        elif "res_early" in keys and "res_ontime" in keys:
            n = vals["res_early"] + vals["res_ontime"]
        else:
            return None, None
        return n, vals["res_total"]
    if key == "rate_online":
        if "rec_online" in keys and "rec_total" in keys and "rec_carried" not in keys:
            return vals["rec_online"], vals["rec_total"]
        return None, None
    if key == "rate_fb":
        if "fb_resolved" in keys and "fb_total" in keys:
            return vals["fb_resolved"], vals["fb_total"]
    return None, None


# ----------------------------------------------------------------------------------------------
# layouts (header trees); each a different arrangement
def L_b06_3():
    return [C("Số hồ sơ nhận giải quyết", kids=[
        C("Tổng số", "rec_total"), C("Kỳ trước chuyển qua", "rec_carried"),
        C("Mới tiếp nhận trong kỳ", kids=[C("Trực tuyến", "rec_online"), C("Trực tiếp, bưu chính", "rec_offline")])]),
        C("Kết quả giải quyết", kids=[
            C("Số hồ sơ đã giải quyết", kids=[C("Tổng số", "res_total"), C("Trước hạn", "res_early"),
                                             C("Đúng hạn", "res_ontime"), C("Quá hạn", "res_late")]),
            C("Số hồ sơ đang giải quyết", kids=[C("Tổng số", "pen_total"), C("Trong hạn", "pen_ontime"),
                                               C("Quá hạn", "pen_late")])]),
        C("Tỷ lệ giải quyết trước hạn, đúng hạn (%)", "rate_ontime")]


def L_b06_2():
    return [C("Số hồ sơ tiếp nhận", kids=[C("Tổng số", "rec_total"), C("Từ kỳ trước", "rec_carried"),
                                          C("Trực tuyến", "rec_online"), C("Trực tiếp", "rec_offline")]),
            C("Số hồ sơ đã giải quyết", kids=[C("Tổng số", "res_total"), C("Trước hạn, đúng hạn", "res_intime"),
                                              C("Quá hạn", "res_late")]),
            C("Số hồ sơ đang giải quyết", kids=[C("Tổng số", "pen_total"), C("Trong hạn", "pen_ontime"),
                                                C("Quá hạn", "pen_late")])]


def L_b06_3b():
    return [C("Tiếp nhận", kids=[C("Tổng số", "rec_total"), C("Trong đó", kids=[
        C("Kỳ trước chuyển sang", "rec_carried"), C("Nộp trực tuyến", "rec_online"),
        C("Nộp trực tiếp, bưu chính", "rec_offline")])]),
        C("Đã giải quyết", kids=[C("Tổng số", "res_total"), C("Trong đó", kids=[
            C("Trước hạn", "res_early"), C("Đúng hạn", "res_ontime"), C("Quá hạn", "res_late")])]),
        C("Tỷ lệ đúng hạn (%)", "rate_ontime"),
        C("Đang giải quyết", kids=[C("Tổng số", "pen_total"), C("Trong đó", kids=[
            C("Còn hạn", "pen_ontime"), C("Quá hạn", "pen_late")])])]


def L_resolved_only():
    """Results without received/pending (row-sum mistakes live here: a part of resolved)."""
    return [C("Số hồ sơ tiếp nhận", "rec_total"),
            C("Số hồ sơ đã giải quyết", kids=[C("Tổng số", "res_total"), C("Trước hạn", "res_early"),
                                              C("Đúng hạn", "res_ontime"), C("Quá hạn", "res_late")])]


def L_simple():
    return [C("Tổng số hồ sơ tiếp nhận", "rec_total"),
            C("Hồ sơ đã giải quyết", kids=[C("Tổng số", "res_total"), C("Trước hạn, đúng hạn", "res_intime")]),
            C("Tỷ lệ giải quyết đúng hạn (%)", "rate_ontime")]


def L_online_2():
    return [C("Tổng số hồ sơ tiếp nhận", "rec_total"),
            C("Trong đó", kids=[C("Trực tuyến", "rec_online"), C("Trực tiếp, qua bưu chính", "rec_offline")]),
            C("Tỷ lệ hồ sơ trực tuyến (%)", "rate_online")]


def L_online_3():
    return [C("Hồ sơ tiếp nhận trong kỳ", kids=[C("Tổng số", "rec_total"), C("Theo hình thức nộp", kids=[
        C("Trực tuyến", "rec_online"), C("Trực tiếp", "rec_offline")])]),
        C("Tỷ lệ nộp hồ sơ trực tuyến (%)", "rate_online")]


def L_combo_3():
    return [C("Tiếp nhận", kids=[C("Tổng số", "rec_total"), C("Trực tuyến", "rec_online"),
                                 C("Tỷ lệ trực tuyến (%)", "rate_online")]),
            C("Giải quyết", kids=[C("Tổng số đã giải quyết", "res_total"), C("Trước hạn, đúng hạn", kids=[
                C("Số hồ sơ", "res_intime"), C("Tỷ lệ (%)", "rate_ontime")])])]


def L_fb_2():
    return [C("Số phản ánh, kiến nghị tiếp nhận", kids=[C("Tổng số", "fb_total"), C("Kỳ trước chuyển sang", "fb_carried"),
                                                        C("Mới tiếp nhận", "fb_new")]),
            C("Kết quả xử lý", kids=[C("Đã xử lý", "fb_resolved"), C("Đang xử lý", "fb_pending")]),
            C("Tỷ lệ đã xử lý (%)", "rate_fb")]


def L_fb_3():
    return [C("Phản ánh, kiến nghị về quy định hành chính, TTHC", kids=[
        C("Tiếp nhận", kids=[C("Tổng số", "fb_total"), C("Kỳ trước", "fb_carried"), C("Trong kỳ", "fb_new")]),
        C("Xử lý", kids=[C("Đã xử lý xong", "fb_resolved"), C("Đang xử lý", "fb_pending")])]),
        C("Tỷ lệ xử lý (%)", "rate_fb")]


def L_766_2():
    return [C("Điểm các chỉ số thành phần", kids=[
        C("Công khai, minh bạch", "i_pub"), C("Tiến độ giải quyết", "i_prog"),
        C("Dịch vụ công trực tuyến", "i_dvc"), C("Thanh toán trực tuyến", "i_pay"),
        C("Mức độ hài lòng", "i_sat"), C("Số hóa hồ sơ", "i_dig")]),
        C("Tổng điểm", "i_total"), C("Xếp hạng", "i_rank")]


def L_766_1():
    return [C("Công khai, minh bạch (tối đa 18 điểm)", "i_pub"), C("Tiến độ giải quyết (tối đa 20 điểm)", "i_prog"),
            C("Cung cấp dịch vụ trực tuyến (tối đa 12 điểm)", "i_dvc"),
            C("Thanh toán trực tuyến (tối đa 10 điểm)", "i_pay"),
            C("Mức độ hài lòng (tối đa 18 điểm)", "i_sat"), C("Số hóa hồ sơ (tối đa 22 điểm)", "i_dig"),
            C("Tổng điểm (tối đa 100 điểm)", "i_total"), C("Thứ hạng", "i_rank")]


def L_766_3():
    return [C("Chỉ số đánh giá chất lượng phục vụ người dân, doanh nghiệp", kids=[
        C("Nhóm chỉ tiêu về thông tin, tiến độ", kids=[C("Công khai, minh bạch", "i_pub"),
                                                       C("Tiến độ giải quyết", "i_prog")]),
        C("Nhóm chỉ tiêu về số hóa, trực tuyến", kids=[C("Dịch vụ công trực tuyến", "i_dvc"),
                                                       C("Thanh toán trực tuyến", "i_pay"),
                                                       C("Số hóa hồ sơ", "i_dig")]),
        C("Mức độ hài lòng", "i_sat")]),
        C("Tổng điểm", "i_total"), C("Xếp hạng", "i_rank")]


LAYOUT_KIND = {L_b06_3: "b06", L_b06_2: "b06", L_b06_3b: "b06", L_resolved_only: "b06", L_simple: "simple",
               L_online_2: "online", L_online_3: "online", L_combo_3: "online", L_fb_2: "feedback",
               L_fb_3: "feedback", L_766_2: "i766", L_766_1: "i766", L_766_3: "i766"}
KIND_NAME = {"b06": "Biểu 06 results", "simple": "Biểu 06 results", "online": "online submission",
             "feedback": "feedback handling", "i766": "766 index"}


# ----------------------------------------------------------------------------------------------
# the reports
NEW_PROV = {"Nghệ An": 40, "Quảng Ngãi": 51, "Gia Lai": 52, "Thanh Hóa": 38, "Lâm Đồng": 68, "An Giang": 91,
            "Tây Ninh": 80, "Đồng Tháp": 82, "Cà Mau": 96, "Phú Thọ": 25, "Khánh Hòa": 56, "Hưng Yên": 33,
            "Quảng Trị": 44, "Thái Nguyên": 19, "Lạng Sơn": 20}
SIGNERS = ["Nguyễn Văn Thắng", "Trần Thị Thu Hà", "Lê Minh Khoa", "Phạm Quốc Hưng", "Hoàng Thị Lan",
           "Đặng Văn Toàn", "Võ Thị Mỹ Linh", "Bùi Đức Trung", "Đỗ Thanh Bình", "Ngô Thị Hồng Nhung"]


def pick_communes(prov, n, rnd):
    names = [w for w in wards(NEW_PROV[prov]) if not any(ch.isdigit() for ch in w)
             and prov not in w and w.split(" ", 1)[0] in ("Xã", "Phường")]
    return rnd.sample(names, n)


def pick_districts(prov, n, rnd):
    short = prov.replace("Tỉnh ", "")
    names = [d for d in districts(prov) if short not in d and not any(ch.isdigit() for ch in d)]
    return rnd.sample(names, min(n, len(names)))


def level_of(name):
    first = name.split(" ", 1)[0]
    if first == "Sở":
        return "departments"
    if first in ("Xã", "Phường", "Đặc"):
        return "communes"
    return "districts"


LEVEL_WORD = {"city": "toàn tỉnh", "departments": "các sở, ban, ngành", "communes": "các xã, phường",
              "districts": "các huyện, thị xã, thành phố"}

PERIODS = {
    "q4_2025": ("2025-09-15", "2025-12-14", "2025-12-18", "quý IV năm 2025", "từ ngày 15/9/2025 đến ngày 14/12/2025"),
    "m11_2025": ("2025-10-15", "2025-11-14", "2025-11-19", "tháng 11 năm 2025", "từ ngày 15/10/2025 đến ngày 14/11/2025"),
    "q1_2026": ("2025-12-15", "2026-03-14", "2026-03-20", "quý I năm 2026", "từ ngày 15/12/2025 đến ngày 14/3/2026"),
    "y2025": ("2025-07-01", "2025-11-30", "2025-12-05", "năm 2025",
              "từ ngày 01/7/2025 đến ngày 30/11/2025"),
    "q3_2024": ("2024-06-15", "2024-09-14", "2024-09-20", "quý III năm 2024", "từ ngày 15/6/2024 đến ngày 14/9/2024"),
    "q4_2024": ("2024-09-15", "2024-12-14", "2024-12-19", "quý IV năm 2024", "từ ngày 15/9/2024 đến ngày 14/12/2024"),
    "q1_2025": ("2024-12-15", "2025-03-14", "2025-03-21", "quý I năm 2025", "từ ngày 15/12/2024 đến ngày 14/3/2025"),
}


def S(name, fmt, layout, prov, period, seed, **kw):
    d = dict(name=name, fmt=fmt, layout=layout, prov=prov, period=period, seed=seed)
    d.update(kw)
    return d


def specs():
    new = lambda p: ("new", p)  # noqa: E731
    old = lambda p: ("old", p)  # noqa: E731
    return [
        S("t8_pdf_ruled_01", "pdf_ruled", L_b06_3, new("Nghệ An"), "q4_2025", 101, groups=(6, 7), total="Toàn tỉnh",
          dash=True, stt=True),
        S("t8_pdf_ruled_02", "pdf_ruled", L_online_2, new("Quảng Ngãi"), "m11_2025", 102, flat=("c", 11),
          total="Tổng cộng", dec=2,
          mistake=dict(code="ratio_mismatch", row=4, keys=["rate_online"], delta=D("3.20"))),
        S("t8_pdf_ruled_03", "pdf_ruled", L_766_2, new("Gia Lai"), "y2025", 103, flat=("c", 14), stt=True,
          mistake=dict(code="score_sum_mismatch", row=6, keys=["i_total"], delta=D("1.50"))),
        S("t8_pdf_borderless_01", "pdf_borderless", L_b06_2, old("Tỉnh Bình Định"), "q3_2024", 201, groups=(6, 8),
          total="Toàn tỉnh", style="b1"),
        S("t8_pdf_borderless_02", "pdf_borderless", L_online_3, new("Tây Ninh"), "q1_2026", 202, flat=("d", 10),
          total="Tổng cộng", dash=True, zero_unit=7, style="b2", dec=1),
        S("t8_pdf_borderless_03", "pdf_borderless", L_fb_2, new("Lâm Đồng"), "q4_2025", 203, flat=("d", 9),
          style="b3", stt=True,
          mistake=dict(code="balance_mismatch", row=2, keys=["fb_pending"], delta=3)),
        S("t8_pdf_pages_01", "pdf_pages", L_online_2, new("Thanh Hóa"), "q1_2026", 301, flat=("c", 56),
          total="Tổng cộng", dash=True, stt=True),
        S("t8_pdf_pages_02", "pdf_pages", L_766_1, new("Nghệ An"), "y2025", 302, flat=("c", 38), stt=True),
        S("t8_pdf_pages_03", "pdf_pages", L_simple, new("An Giang"), "q4_2025", 303, groups=(8, 44),
          total="Toàn tỉnh", stt=True,
          mistake=dict(code="sum_mismatch", row="total", keys=["rec_total"], delta=100)),
        S("t8_docx_01", "docx", L_b06_3b, old("Tỉnh Quảng Nam"), "q4_2024", 401, groups=(6, 7), total="Toàn tỉnh",
          dash=True, stt=True),
        S("t8_docx_02", "docx", L_fb_3, new("Đồng Tháp"), "q4_2025", 402, groups=(5, 7), total="Tổng cộng",
          mistake=dict(code="ratio_mismatch", row=3, keys=["rate_fb"], delta=D("-6.25"))),
        S("t8_docx_03", "docx", L_resolved_only, new("Khánh Hòa"), "m11_2025", 403, flat=("d", 10), stt=True,
          mistake=dict(code="sum_mismatch", row=5, keys=["res_late"], delta=12)),
        S("t8_html_01", "html", L_combo_3, new("Cà Mau"), "q1_2026", 501, groups=(6, 8), total="Toàn tỉnh", dash=True),
        S("t8_html_02", "html", L_766_3, old("Tỉnh Hà Tĩnh"), "q1_2025", 502, flat=("h", 12), stt=True,
          sort_rank=True),
        S("t8_html_03", "html", L_b06_2, new("Phú Thọ"), "q4_2025", 503, flat=("c", 12), total="Tổng số", stt=True,
          mistake=dict(code="repeated_value_mismatch", prose=0, delta=90)),
        S("t8_xlsx_01", "xlsx", L_b06_3, new("Hưng Yên"), "q4_2025", 601, flat=("c", 12), total="Tổng cộng",
          stt=True, numeric=True),
        S("t8_xlsx_02", "xlsx", L_online_2, old("Tỉnh Thanh Hóa"), "q3_2024", 602, groups=(6, 9), total="Toàn tỉnh",
          numeric=True),
        S("t8_xlsx_03", "xlsx", L_fb_2, new("Quảng Trị"), "q1_2026", 603, flat=("c", 10), total="Tổng cộng",
          dash=True, stt=True, numeric=False),
        S("t8_ods_01", "ods", L_766_2, new("Khánh Hòa"), "y2025", 701, flat=("c", 13), stt=True, numeric=True,
          sort_rank=True),
        S("t8_ods_02", "ods", L_simple, new("Thái Nguyên"), "m11_2025", 702, flat=("d", 11), total="Cộng",
          numeric=True,
          mistake=dict(code="sum_mismatch", row="total", keys=["rec_total"], delta=-60)),
        S("t8_ods_03", "ods", L_online_3, new("Lạng Sơn"), "q4_2025", 703, groups=(6, 8), total="Toàn tỉnh",
          stt=True, numeric=True),
        S("t8_doc_01", "doc", L_b06_2, new("Quảng Trị"), "q4_2025", 801, groups=(6, 7), total="Toàn tỉnh", dash=True,
          zero_unit=3),
        S("t8_doc_02", "doc", L_766_1, old("Tỉnh Nghệ An"), "q4_2024", 802, flat=("h", 14), stt=True,
          mistake=dict(code="score_sum_mismatch", row=9, keys=["i_total"], delta=D("-0.60"))),
        S("t8_doc_03", "doc", L_combo_3, new("Thái Nguyên"), "q1_2026", 803, flat=("c", 11), total="Tổng cộng",
          stt=True, mistake=dict(code="repeated_value_mismatch", prose=1, delta=D("4.10"))),
        S("t8_xls_01", "xls", L_fb_3, new("Gia Lai"), "m11_2025", 901, flat=("d", 10), stt=True,
          mistake=dict(code="balance_mismatch", row=6, keys=["fb_pending"], delta=2)),
        S("t8_xls_02", "xls", L_b06_3b, new("Lạng Sơn"), "q1_2026", 902, groups=(6, 7), total="Toàn tỉnh",
          dash=True, zero_unit=2, numeric=True),
        S("t8_xls_03", "xls", L_resolved_only, new("An Giang"), "q1_2026", 903, flat=("c", 12), stt=True,
          numeric=True, mistake=dict(code="sum_mismatch", row=8, keys=["res_late"], delta=25)),
    ]


def cell_text(key, val, dec, dash):
    if val is None:
        return "x"
    if key in RATES:
        return fmt_dec(val, dec)
    if KEYS[key][0] == "score":
        return fmt_dec(val, 2)
    if val == 0 and dash:
        return "-"
    return fmt_int(int(val))


def jnum(v):
    if v is None:
        return None
    if isinstance(v, Decimal):
        return float(v)
    return int(v)


def build_model(sp):
    rnd = random.Random(sp["seed"])
    cols = sp["layout"]()
    lvs = leaves(cols)
    keys = [k for k, _ in lvs]
    paths = dict(lvs)
    kind = LAYOUT_KIND[sp["layout"]]
    era, prov = sp["prov"]
    prov_full = ("Tỉnh " + prov) if era == "new" else prov
    prov_short = prov_full.replace("Tỉnh ", "")
    dec = sp.get("dec", 2)
    depts = DEPTS_NEW if era == "new" else DEPTS_OLD
    big = kind != "feedback"

    def unit(name, zero=False):
        return dict(kind="unit", label=name, subject="unit:" + name, scope=None,
                    v=gen_row(kind, rnd, big=False, zero=zero))

    def summed(rs):
        out = {}
        for k in rs[0]["v"]:
            out[k] = sum(r["v"][k] for r in rs)
        return out

    rows, groups = [], []
    zero_i = sp.get("zero_unit")
    if "groups" in sp:
        nd, nc = sp["groups"]
        dn = rnd.sample(depts, nd)
        if era == "new":
            cn = pick_communes(prov, nc, rnd)
            gspec = [("Cấp tỉnh", "departments", "cấp tỉnh", dn), ("Cấp xã", "communes", "cấp xã", cn)]
        else:
            cn = pick_districts(prov_full, nc, rnd)
            gspec = [("Cấp tỉnh", "departments", "cấp tỉnh", dn), ("Cấp huyện", "districts", "cấp huyện", cn)]
        ui = 0
        for gi, (glab, gsub, gscope, names) in enumerate(gspec):
            urs = []
            for n in names:
                urs.append(unit(n, zero=(ui == zero_i)))
                ui += 1
            roman = ["I", "II", "III"][gi]
            g = dict(kind="group", label=(glab if sp.get("stt") else f"{roman}. {glab}"), stt=roman,
                     subject=gsub, scope=gscope, v=summed(urs), members=urs)
            groups.append(g)
            rows.append(g)
            for j, u in enumerate(urs):
                u["stt"] = str(j + 1)
            rows += urs
    else:
        lvl, n = sp["flat"]
        if lvl == "c":
            names = pick_communes(prov, n, rnd)
        elif lvl == "h":
            names = pick_districts(prov_full, n, rnd)
        else:
            names = rnd.sample(depts, n)
        for i, nm in enumerate(names):
            u = unit(nm, zero=(i == zero_i))
            u["stt"] = str(i + 1)
            rows.append(u)
    units = [r for r in rows if r["kind"] == "unit"]
    total = None
    if sp.get("total"):
        base = groups if groups else units
        levels = {level_of(u["label"]) for u in units}
        tsub = "city" if groups or len(levels) > 1 else levels.pop()
        total = dict(kind="total", label=sp["total"], stt="", subject=tsub, scope=None, v=summed(base),
                     members=base)
        rows.append(total)
    # rates, ranks
    for r in rows:
        r["v"] = add_rates(r["v"], keys, dec)
    if kind == "i766":
        order = sorted(units, key=lambda u: -u["v"]["i_total"])
        for i in range(1, len(order)):  # no ties
            if order[i]["v"]["i_total"] == order[i - 1]["v"]["i_total"]:
                order[i]["v"]["i_dig"] -= D("0.01")
                order[i]["v"]["i_total"] -= D("0.01")
        for i, u in enumerate(order):
            u["v"]["i_rank"] = i + 1
        if sp.get("sort_rank"):
            rows = sorted(rows, key=lambda u: u["v"]["i_rank"])
            for i, u in enumerate(rows):
                u["stt"] = str(i + 1)
            units = rows
    # written values
    for r in rows:
        r["w"] = {k: r["v"].get(k) for k in keys}
    mistake = sp.get("mistake")
    mtruth = []
    if mistake and "prose" not in mistake:
        row = total if mistake["row"] == "total" else units[mistake["row"]]
        for k in mistake["keys"]:
            row["w"][k] = row["w"][k] + mistake["delta"]
        stated_key = {"sum_mismatch": "rec_total" if mistake["row"] == "total" else "res_total",
                      "balance_mismatch": mistake["keys"][0]}.get(mistake["code"], mistake["keys"][0])
        stated = row["w"][stated_key]
        txt = cell_text(stated_key, stated, dec, sp.get("dash"))
        mtruth.append(dict(code=mistake["code"], stated=jnum(stated), text=txt,
                           note=f"table 0, row '{row['label']}', column {' > '.join(paths[stated_key])}"))
    model = dict(sp=sp, cols=cols, keys=keys, paths=paths, kind=kind, rows=rows, units=units, groups=groups,
                 total=total, dec=dec, era=era, prov_full=prov_full, prov_short=prov_short, mistakes=mtruth)
    model["prose"] = prose_items(model, rnd)
    if mistake and "prose" in mistake:
        item = model["prose"][mistake["prose"]]
        f = item["facts"][0]
        f["value"] = f["value"] + mistake["delta"]
        f["text"] = (fmt_dec(f["value"], dec) if f["kind"] == "rate" else fmt_int(f["value"]))
        mtruth.append(dict(code="repeated_value_mismatch", stated=jnum(f["value"]), text=f["text"],
                           note="the prose figure contradicts the table's cell for the same subject"))
    for item in model["prose"]:
        item["text"] = item["tpl"].format(*[f["text"] + ("%" if f["kind"] == "rate" else "") for f in item["facts"]])
    return model


def prose_items(m, rnd):
    """Sentences stating figures of the table (each a paragraph of its own)."""
    keys, dec, items = m["keys"], m["dec"], []
    T = m["total"]

    def fact(row, key, subject=None):
        v = row["w"][key]
        kind, ind = KEYS[key]
        text = cell_text(key, v, dec, False)
        return dict(kind=kind, indicator=ind, subject=subject or row["subject"], scope=row.get("scope"),
                    value=v, text=text, key=key)

    if m["kind"] == "i766":
        order = sorted(m["units"], key=lambda u: u["w"]["i_rank"])
        a, b = order[0], order[-1]
        items.append(dict(tpl=f"{a['label']} dẫn đầu với tổng điểm {{0}} điểm; {b['label']} đạt {{1}} điểm, "
                              "cần tập trung cải thiện các chỉ số thành phần.",
                          facts=[fact(a, "i_total"), fact(b, "i_total")]))
        return items
    if T is not None:
        W = LEVEL_WORD[T["subject"]]
        if "rec_total" in keys:
            if "res_total" in keys:
                items.append(dict(tpl=f"Trong kỳ báo cáo, {W} tiếp nhận {{0}} hồ sơ, đã giải quyết {{1}} hồ sơ.",
                                  facts=[fact(T, "rec_total"), fact(T, "res_total")]))
            else:
                items.append(dict(tpl=f"Trong kỳ báo cáo, {W} tiếp nhận {{0}} hồ sơ.", facts=[fact(T, "rec_total")]))
        if "fb_total" in keys:
            items.append(dict(tpl=f"Tổng số phản ánh, kiến nghị {W} phải xử lý là {{0}}; "
                                  "đã xử lý {1} phản ánh, kiến nghị.",
                              facts=[fact(T, "fb_total"), fact(T, "fb_resolved")]))
        if "rate_online" in keys:
            items.append(dict(tpl=f"Tỷ lệ nộp hồ sơ trực tuyến của {W} đạt {{0}}.", facts=[fact(T, "rate_online")]))
        if "rate_ontime" in keys:
            items.append(dict(tpl=f"Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn của {W} đạt {{0}}.",
                              facts=[fact(T, "rate_ontime")]))
        if "rate_fb" in keys:
            items.append(dict(tpl=f"Tỷ lệ phản ánh, kiến nghị được xử lý của {W} đạt {{0}}.",
                              facts=[fact(T, "rate_fb")]))
        if m["groups"] and "rec_total" in keys:
            g1, g2 = m["groups"]
            items.append(dict(tpl=f"Trong đó, {LEVEL_WORD[g1['subject']]} tiếp nhận {{0}} hồ sơ; "
                                  f"{LEVEL_WORD[g2['subject']]} tiếp nhận {{1}} hồ sơ.",
                              facts=[fact(g1, "rec_total"), fact(g2, "rec_total")]))
        return items
    # no total row: figures of one unit
    cand = [u for u in m["units"] if (u["w"].get("rec_total") or u["w"].get("fb_total"))]
    u = cand[0]
    if "rec_total" in keys and "res_total" in keys:
        items.append(dict(tpl=f"{u['label']} tiếp nhận {{0}} hồ sơ, đã giải quyết {{1}} hồ sơ.",
                          facts=[fact(u, "rec_total"), fact(u, "res_total")]))
    if "fb_resolved" in keys:
        items.append(dict(tpl=f"{u['label']} đã xử lý {{0}} phản ánh, kiến nghị.", facts=[fact(u, "fb_resolved")]))
    if "rate_fb" in keys:
        items.append(dict(tpl=f"Tỷ lệ phản ánh, kiến nghị được xử lý của {u['label']} đạt {{0}}.",
                          facts=[fact(u, "rate_fb")]))
    return items


# ----------------------------------------------------------------------------------------------
# document text around the table
TITLES = {
    "b06": "Kết quả giải quyết thủ tục hành chính {p}",
    "simple": "Tình hình, kết quả giải quyết hồ sơ thủ tục hành chính {p}",
    "online": "Tình hình tiếp nhận, giải quyết hồ sơ trực tuyến {p}",
    "feedback": "Kết quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính {p}",
    "i766": "Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính {p}",
}
CAPTIONS = {
    "b06": "Biểu số 01. Kết quả giải quyết hồ sơ thủ tục hành chính của các cơ quan, đơn vị",
    "simple": "Biểu số 01. Tình hình giải quyết hồ sơ theo cơ quan, đơn vị",
    "online": "Biểu số 01. Tình hình tiếp nhận hồ sơ trực tuyến của các cơ quan, đơn vị",
    "feedback": "Biểu số 01. Kết quả tiếp nhận, xử lý phản ánh, kiến nghị",
    "i766": "Biểu số 01. Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp",
}
UNIT_NOTE = {"b06": "Đơn vị tính: hồ sơ", "simple": "Đơn vị tính: hồ sơ", "online": "Đơn vị tính: hồ sơ",
             "feedback": "Đơn vị tính: phản ánh, kiến nghị", "i766": "Đơn vị tính: điểm"}
FIRST_LABEL = ["Tên đơn vị", "Cơ quan, đơn vị", "Đơn vị", "Địa phương"]


def doc_text(m):
    sp = m["sp"]
    rnd = random.Random(sp["seed"] * 7)
    start, end, issued, pname, prange = PERIODS[sp["period"]]
    y, mo, d = issued.split("-")
    vp = rnd.random() < 0.4
    prov_upper = m["prov_short"].upper()
    issuer = ["ỦY BAN NHÂN DÂN", f"TỈNH {prov_upper}"] if not vp else ["UBND TỈNH " + prov_upper, "VĂN PHÒNG"]
    num = f"{rnd.randint(120, 980)}/BC-{'VP' if vp else 'UBND'}"
    who = "Văn phòng Ủy ban nhân dân tỉnh" if vp else "Ủy ban nhân dân tỉnh"
    title = TITLES[m["kind"]].format(p=pname)
    ref = ""
    if m["kind"] == "i766":
        ref = (" theo Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp "
               "ban hành kèm theo Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ")
    intro = (f"Thực hiện chế độ báo cáo định kỳ về công tác kiểm soát thủ tục hành chính{ref}, trên cơ sở dữ liệu "
             f"của Hệ thống thông tin giải quyết thủ tục hành chính tỉnh {m['prov_short']} (số liệu {prange}), "
             f"{who} báo cáo kết quả như sau:")
    signer = (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"] if not vp else ["CHÁNH VĂN PHÒNG"]) + [rnd.choice(SIGNERS)]
    recips = ["Nơi nhận:", "- Văn phòng Chính phủ (Cục Kiểm soát TTHC);", "- Thường trực Tỉnh ủy;",
              "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Các sở, ban, ngành;", "- Lưu: VT, KSTT."]
    closing = "Trên đây là báo cáo kết quả thực hiện, kính gửi các cơ quan có liên quan theo dõi, chỉ đạo./."
    return dict(issuer=issuer, number="Số: " + num, num=num,
                motto=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
                place=f"{m['prov_short']}, ngày {int(d)} tháng {int(mo)} năm {y}", doctype="BÁO CÁO", title=title,
                intro=intro, prose=[it["text"] for it in m["prose"]], caption=CAPTIONS[m["kind"]],
                unit_note=UNIT_NOTE[m["kind"]], closing=closing, signer=signer, recipients=recips,
                first=[first_label(m)], issued=issued, start=start, end=end)


def first_label(m):
    levels = {level_of(u["label"]) for u in m["units"]}
    choice = {"departments": ["Cơ quan, đơn vị", "Tên cơ quan", "Đơn vị"],
              "communes": ["Xã, phường", "Địa phương", "Tên đơn vị"],
              "districts": ["Huyện, thị xã, thành phố", "Địa phương", "Đơn vị"]}
    opts = choice[levels.pop()] if len(levels) == 1 else ["Cơ quan, đơn vị", "Tên đơn vị", "Đơn vị"]
    return opts[m["sp"]["seed"] % len(opts)]


def table_rows(m):
    """(stt, label, texts, row) per body row."""
    sp = m["sp"]
    out = []
    for r in m["rows"]:
        texts = [cell_text(k, r["w"][k], m["dec"], sp.get("dash")) for k in m["keys"]]
        out.append((r.get("stt", ""), r["label"], texts, r))
    return out


def first_labels(m, t):
    return (["STT"] if m["sp"].get("stt") else []) + t["first"]


# ----------------------------------------------------------------------------------------------
# renderers
def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    for name, f in (("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVC", "DejaVuSansCondensed.ttf"),
                    ("DVCB", "DejaVuSansCondensed-Bold.ttf")):
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, FONT_DIR + f))


def render_pdf(m, path):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    _fonts()
    fmt = m["sp"]["fmt"]
    style = m["sp"].get("style", "ruled")
    t = doc_text(m)
    fl = first_labels(m, t)
    ncols = len(fl) + len(m["keys"])
    wide = ncols > 7
    size = landscape(A4) if wide else A4
    margin = 36
    W = size[0] - 2 * margin
    P = lambda name, **kw: ParagraphStyle(name, fontName=kw.pop("font", "DV"), fontSize=kw.pop("fs", 10),  # noqa
                                          leading=kw.pop("ld", 13), **kw)
    sn, sc, sr, sb = P("n", alignment=TA_JUSTIFY), P("c", alignment=TA_CENTER), P("r", alignment=TA_RIGHT), \
        P("b", font="DVB", alignment=TA_CENTER, fs=12, ld=15)
    story = []
    for line in t["issuer"]:
        story.append(Paragraph(line, P("i", font="DVB", alignment=TA_LEFT)))
    story.append(Paragraph(t["number"], P("nn", alignment=TA_LEFT)))
    for line in t["motto"]:
        story.append(Paragraph(line, P("m", font="DVB", alignment=TA_RIGHT)))
    story.append(Paragraph(t["place"], sr))
    story += [Spacer(1, 8), Paragraph(t["doctype"], sb), Paragraph(t["title"], P("t", font="DVB", alignment=TA_CENTER)),
              Spacer(1, 8), Paragraph(t["intro"], sn)]
    for p in t["prose"]:
        story.append(Paragraph(p, sn))
    story += [Spacer(1, 6), Paragraph(t["caption"], P("cap", font="DVB", alignment=TA_CENTER)),
              Paragraph(t["unit_note"], P("un", alignment=TA_RIGHT, fs=9)), Spacer(1, 3)]
    dep, hcells = header_grid(m["cols"], fl)
    fs = 7.5 if wide else 8.5
    hal = TA_LEFT if style == "b3" else TA_CENTER
    hs = P("h", font="DVCB", fs=fs, ld=fs + 1.5, alignment=TA_CENTER)
    hsl = P("hl", font="DVCB", fs=fs, ld=fs + 1.5, alignment=hal)
    ls = P("l", font="DVC", fs=fs, ld=fs + 1.5, alignment=TA_LEFT)
    lsb = P("lb", font="DVCB", fs=fs, ld=fs + 1.5, alignment=TA_LEFT)
    data = [[""] * ncols for _ in range(dep)]
    cmds = [("FONT", (0, 0), (-1, -1), "DVC", fs), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for r, c, rs, cs, lab in hcells:
        leaf = rs + r == dep and cs == 1
        data[r][c] = Paragraph(lab, hsl if leaf else hs)
        if rs > 1 or cs > 1:
            cmds.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
    for i, (stt, label, texts, row) in enumerate(table_rows(m)):
        bold = row["kind"] != "unit"
        cells = ([stt] if fl[0] == "STT" else []) + [Paragraph(label, lsb if bold else ls)] + texts
        data.append(cells)
        if bold:
            cmds.append(("FONT", (0, dep + i), (-1, dep + i), "DVCB", fs))
    nfirst = len(fl)
    num_align = "CENTER" if style == "b2" else "RIGHT"
    cmds.append(("ALIGN", (nfirst, dep), (-1, -1), num_align))
    cmds.append(("ALIGN", (0, dep), (0, -1), "CENTER"))
    if style in ("ruled",):
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        cmds += [("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5)]
    stt_w = 30 if fl[0] == "STT" else 0
    label_w = {"ruled": 150, "b1": 150, "b2": 78, "b3": 175}[style]
    if style == "b3":
        W = min(W, 560)
    rest = (W - stt_w - label_w) / len(m["keys"])
    widths = ([stt_w] if stt_w else []) + [label_w] + [rest] * len(m["keys"])
    tbl = Table(data, colWidths=widths, repeatRows=dep)
    tbl.setStyle(TableStyle(cmds))
    story.append(tbl)
    story += [Spacer(1, 8), Paragraph(t["closing"], sn), Spacer(1, 8)]
    for line in t["signer"][:-1]:
        story.append(Paragraph(line, P("s", font="DVB", alignment=TA_RIGHT)))
    story += [Spacer(1, 24), Paragraph(t["signer"][-1], P("sn2", font="DVB", alignment=TA_RIGHT))]
    for line in t["recipients"]:
        story.append(Paragraph(line, P("rc", fs=8, ld=10)))
    doc = SimpleDocTemplate(str(path), pagesize=size, leftMargin=margin, rightMargin=margin, topMargin=36,
                            bottomMargin=36, title=t["title"], author=t["issuer"][-1])
    doc.build(story)


def render_docx(m, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    t = doc_text(m)
    fl = first_labels(m, t)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    if len(fl) + len(m["keys"]) > 7:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width

    def para(text, bold=False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
        return p
    for line in t["issuer"]:
        para(line, bold=True)
    para(t["number"])
    for line in t["motto"]:
        para(line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(t["place"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    para(t["doctype"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(t["title"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(t["intro"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for p in t["prose"]:
        para(p, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    para(t["caption"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(t["unit_note"], align=WD_ALIGN_PARAGRAPH.RIGHT)
    dep, hcells = header_grid(m["cols"], fl)
    body = table_rows(m)
    ncols = len(fl) + len(m["keys"])
    tb = d.add_table(rows=dep + len(body), cols=ncols)
    tb.style = "Table Grid"
    for r, c, rs, cs, lab in hcells:
        cell = tb.cell(r, c)
        if rs > 1 or cs > 1:
            cell = cell.merge(tb.cell(r + rs - 1, c + cs - 1))
        cell.text = ""
        run = cell.paragraphs[0].add_run(lab)
        run.bold = True
        run.font.size = Pt(9)
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, (stt, label, texts, row) in enumerate(body):
        vals = ([stt] if fl[0] == "STT" else []) + [label] + texts
        for j, v in enumerate(vals):
            cell = tb.cell(dep + i, j)
            run = cell.paragraphs[0].add_run(v)
            run.font.size = Pt(9)
            run.bold = row["kind"] != "unit"
            if j >= len(fl):
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para("")
    para(t["closing"], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for line in t["signer"]:
        para(line, bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    for line in t["recipients"]:
        para(line, size=10)
    d.core_properties.title = t["title"]
    d.save(str(path))


def render_html(m, path):
    from html import escape as e
    t = doc_text(m)
    fl = first_labels(m, t)
    dep, hcells = header_grid(m["cols"], fl)
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">', f"<title>{e(t['title'])}</title>",
           "<style>table{border-collapse:collapse}td,th{border:1px solid #000;padding:2px 4px}"
           "td.n{text-align:right}tr.g td{font-weight:bold}</style></head><body>",
           '<div class="header">', *[f"<p><b>{e(x)}</b></p>" for x in t["issuer"]], f"<p>{e(t['number'])}</p>",
           *[f'<p style="text-align:center"><b>{e(x)}</b></p>' for x in t["motto"]],
           f'<p style="text-align:right"><i>{e(t["place"])}</i></p></div>',
           f"<h2 style=\"text-align:center\">{e(t['doctype'])}</h2>", f"<h3 style=\"text-align:center\">{e(t['title'])}</h3>",
           f"<p>{e(t['intro'])}</p>", *[f"<p>{e(p)}</p>" for p in t["prose"]],
           f'<p style="text-align:right"><i>{e(t["unit_note"])}</i></p>',
           "<table>", f"<caption><b>{e(t['caption'])}</b></caption>", "<thead>"]
    for r in range(dep):
        out.append("<tr>" + "".join(
            f"<th{f' rowspan={chr(34)}{rs}{chr(34)}' if rs > 1 else ''}{f' colspan={chr(34)}{cs}{chr(34)}' if cs > 1 else ''}>"
            f"{e(lab)}</th>" for (rr, c, rs, cs, lab) in sorted(hcells, key=lambda x: x[1]) if rr == r) + "</tr>")
    out.append("</thead><tbody>")
    for stt, label, texts, row in table_rows(m):
        cls = ' class="g"' if row["kind"] != "unit" else ""
        cells = ([f"<td>{e(stt)}</td>"] if fl[0] == "STT" else []) + [f"<td>{e(label)}</td>"] + \
                [f'<td class="n">{e(x)}</td>' for x in texts]
        out.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    out += ["</tbody></table>", f"<p>{e(t['closing'])}</p>",
            '<div style="text-align:right">' + "".join(f"<p><b>{e(x)}</b></p>" for x in t["signer"]) + "</div>",
            "<div>" + "".join(f"<p>{e(x)}</p>" for x in t["recipients"]) + "</div>", "</body></html>"]
    Path(path).write_text("\n".join(out), "utf-8")


def render_xlsx(m, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    t = doc_text(m)
    fl = first_labels(m, t)
    numeric = m["sp"].get("numeric", True)
    dep, hcells = header_grid(m["cols"], fl)
    ncols = len(fl) + len(m["keys"])
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu01"
    row = 1
    bold = Font(bold=True)
    for line in t["issuer"]:
        ws.cell(row, 1, line).font = bold
        row += 1
    ws.cell(row, 1, t["number"])
    ws.cell(1, max(4, ncols - 4), t["motto"][0]).font = bold
    ws.cell(2, max(4, ncols - 4), t["motto"][1]).font = bold
    ws.cell(row, max(4, ncols - 4), t["place"])
    row += 2

    def wide(text, b=False, h=None):
        nonlocal row
        ws.cell(row, 1, text)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
        c = ws.cell(row, 1)
        c.alignment = Alignment(wrap_text=True, horizontal="center" if b else "left", vertical="top")
        if b:
            c.font = bold
        if h:
            ws.row_dimensions[row].height = h
        row += 1
    wide(t["doctype"], True)
    wide(t["title"], True)
    wide(t["intro"], h=45)
    for p in t["prose"]:
        wide(p, h=30)
    wide(t["caption"], True)
    ws.cell(row, ncols, t["unit_note"])
    row += 1
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    top = row
    for r, c, rs, cs, lab in hcells:
        cell = ws.cell(top + r, c + 1, lab)
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=top + r, start_column=c + 1, end_row=top + r + rs - 1, end_column=c + cs)
    for r in range(top, top + dep):
        ws.row_dimensions[r].height = 42
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = border
    from openpyxl.utils import get_column_letter
    for c in range(len(fl) + 1, ncols + 1):
        ws.column_dimensions[get_column_letter(c)].width = 12
    row = top + dep
    for stt, label, texts, rw in table_rows(m):
        vals = ([stt] if fl[0] == "STT" else []) + [label]
        for j, v in enumerate(vals):
            ws.cell(row, j + 1, v)
        for j, (k, txt) in enumerate(zip(m["keys"], texts)):
            c = ws.cell(row, len(vals) + j + 1)
            v = rw["w"][k]
            if not numeric or txt in ("-", "x"):
                c.value = txt
                c.alignment = Alignment(horizontal="right")
            elif k in RATES:
                c.value = float(v)
                c.number_format = "0." + "0" * m["dec"]
            elif KEYS[k][0] == "score":
                c.value = float(v)
                c.number_format = "0.00"
            else:
                c.value = int(v)
                c.number_format = "#,##0"
        for c in range(1, ncols + 1):
            ws.cell(row, c).border = border
            if rw["kind"] != "unit":
                ws.cell(row, c).font = bold
        row += 1
    row += 1
    ws.cell(row, 1, t["closing"])
    row += 2
    for line in t["signer"]:
        ws.cell(row, max(4, ncols - 4), line).font = bold
        row += 1
    for line in t["recipients"]:
        ws.cell(row, 1, line)
        row += 1
    ws.column_dimensions["A"].width = 6 if fl[0] == "STT" else 32
    if fl[0] == "STT":
        ws.column_dimensions["B"].width = 32
    wb.save(str(path))


def soffice(src: Path, fmt: str, outdir: Path):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", str(outdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    return outdir / (src.stem + "." + fmt.split(":")[0])


EXT = {"pdf_ruled": "pdf", "pdf_borderless": "pdf", "pdf_pages": "pdf", "docx": "docx", "html": "html",
       "xlsx": "xlsx", "ods": "ods", "doc": "doc", "xls": "xls"}


def render(m, tmp: Path):
    sp = m["sp"]
    fmt, name = sp["fmt"], sp["name"]
    out = HERE / f"{name}.{EXT[fmt]}"
    if fmt.startswith("pdf"):
        render_pdf(m, out)
    elif fmt == "docx":
        render_docx(m, out)
    elif fmt == "html":
        render_html(m, out)
    elif fmt == "xlsx":
        render_xlsx(m, out)
    elif fmt == "doc":
        src = tmp / f"{name}.docx"
        render_docx(m, src)
        shutil.move(soffice(src, "doc:MS Word 97", tmp), out)
    elif fmt in ("xls", "ods"):
        src = tmp / f"{name}.xlsx"
        render_xlsx(m, src)
        shutil.move(soffice(src, "xls:MS Excel 97" if fmt == "xls" else "ods", tmp), out)
    return out


# ----------------------------------------------------------------------------------------------
# truth
REGISTER = {"i766": "portal_stats"}


def truth_of(m):
    sp = m["sp"]
    t = doc_text(m)
    facts = []
    field = len(m["units"])
    for r in m["rows"]:
        for k in m["keys"]:
            v = r["w"][k]
            if v is None:
                continue  # "x": not applicable, no fact
            kind, ind = KEYS[k]
            f = dict(kind=kind, indicator=ind, subject=r["subject"])
            if r.get("scope"):
                f["scope"] = r["scope"]
            f["value"] = jnum(v)
            if kind == "rate":
                n, d = rate_parts(k, r["w"], m["keys"])
                f["numerator"], f["denominator"] = n, d
            if kind == "rank":
                f["denominator"] = field
            f["text"] = cell_text(k, v, m["dec"], sp.get("dash"))
            f["cell"] = {"table": 0, "row": r["label"], "path": m["paths"][k]}
            facts.append(f)
    for it in m["prose"]:
        for pf in it["facts"]:
            f = dict(kind=pf["kind"], indicator=pf["indicator"], subject=pf["subject"])  # prose names no level scope
            f["value"] = jnum(pf["value"])
            if pf["kind"] == "rate":
                f["numerator"] = f["denominator"] = None
            f["text"] = pf["text"] + ("%" if pf["kind"] == "rate" else "")
            facts.append(f)
    not_facts = [{"text": t["num"], "why": "reference"}, {"text": "Biểu số 01", "why": "reference"}]
    if m["kind"] == "i766":
        not_facts.append({"text": "766/QĐ-TTg", "why": "reference"})
        for k in I_PARTS:
            lab = m["paths"][k][-1]
            if "tối đa" in lab:
                not_facts.append({"text": lab[lab.index("tối đa"):-1], "why": "maximum"})
        if "tối đa 100" in " ".join(m["paths"]["i_total"]):
            not_facts.append({"text": "tối đa 100 điểm", "why": "maximum"})
    return {"format": sp["fmt"], "register": REGISTER.get(m["kind"], "quarterly_report"), "doc_date": t["issued"],
            "province": m["prov_full"], "period": {"start": t["start"], "end": t["end"]},
            "table_kind": KIND_NAME[m["kind"]], "header_levels": depth(m["cols"]),
            "facts": facts, "not_facts": not_facts, "mistakes": m["mistakes"]}


# ----------------------------------------------------------------------------------------------
# identities
def consistent_rate(p: Decimal, n, d, dec):
    if not d:
        return p is None
    exact = Decimal(100 * n) / Decimal(d)
    q = Decimal(1).scaleb(-dec)
    return p == exact.quantize(q, rounding=ROUND_HALF_UP) or p == (exact // q) * q


def identities(m):
    """Every identity the table and prose should satisfy: list of (code, ok, where)."""
    keys, dec = set(m["keys"]), m["dec"]
    out = []
    for r in m["rows"]:
        w = r["w"]
        lab = r["label"]
        if "rec_total" in keys and {"rec_online", "rec_offline"} <= keys:
            parts = [k for k in ("rec_carried", "rec_online", "rec_offline") if k in keys]
            out.append(("sum_mismatch", w["rec_total"] == sum(w[k] for k in parts), (lab, "rec_total")))
        if "res_total" in keys:
            for parts in (("res_early", "res_ontime", "res_late"), ("res_intime", "res_late")):
                if set(parts) <= keys:
                    out.append(("sum_mismatch", w["res_total"] == sum(w[k] for k in parts), (lab, "res_total")))
        if {"pen_total", "pen_ontime", "pen_late"} <= keys:
            out.append(("sum_mismatch", w["pen_total"] == w["pen_ontime"] + w["pen_late"], (lab, "pen_total")))
        if {"fb_total", "fb_carried", "fb_new"} <= keys:
            out.append(("sum_mismatch", w["fb_total"] == w["fb_carried"] + w["fb_new"], (lab, "fb_total")))
        if {"rec_total", "res_total", "pen_total"} <= keys:
            out.append(("balance_mismatch", w["rec_total"] == w["res_total"] + w["pen_total"], (lab, "balance")))
        if {"fb_total", "fb_resolved", "fb_pending"} <= keys:
            out.append(("balance_mismatch", w["fb_total"] == w["fb_resolved"] + w["fb_pending"], (lab, "fb balance")))
        if "i_total" in keys:
            out.append(("score_sum_mismatch", w["i_total"] == sum(w[k] for k in I_PARTS), (lab, "i_total")))
        for k in keys & RATES:
            n, d = rate_parts(k, w, keys)
            if n is None and d is None:
                continue
            out.append(("ratio_mismatch", consistent_rate(w[k], n, d, dec), (lab, k)))
        if r["kind"] in ("group", "total"):
            for k in keys - NOSUM:
                out.append(("sum_mismatch", w[k] == sum(x["w"][k] for x in r["members"]), (lab, "column " + k)))
    # prose against the table
    cellmap = {}
    for r in m["rows"]:
        for k in keys:
            cellmap[(KEYS[k][1], KEYS[k][0], r["subject"])] = r["w"][k]
    for it in m["prose"]:
        for f in it["facts"]:
            v = cellmap.get((f["indicator"], f["kind"], f["subject"]))
            out.append(("repeated_value_mismatch", v == f["value"], ("prose", f["indicator"], f["subject"])))
    return out


def rendered_text(m, path: Path, tmp: Path) -> tuple[str, dict]:
    fmt = m["sp"]["fmt"]
    info = {}
    if fmt.startswith("pdf"):
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            pages = [p.extract_text() or "" for p in pdf.pages]
            info["pages"] = len(pdf.pages)
            info["rules"] = sum(len(p.lines) + len(p.rects) for p in pdf.pages)
            info["page_texts"] = pages
        return "\n".join(pages), info
    if fmt in ("docx", "doc"):
        from docx import Document
        src = path if fmt == "docx" else soffice(path, "docx", tmp)
        d = Document(str(src))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts), info
    if fmt == "html":
        return path.read_text("utf-8"), info
    from openpyxl import load_workbook
    src = path if fmt == "xlsx" else soffice(path, "xlsx", tmp)
    ws = load_workbook(str(src)).active
    vals = []
    for row in ws.iter_rows(values_only=True):
        vals.append(" | ".join("" if v is None else str(v) for v in row))
    info["values"] = [v for row in ws.iter_rows(values_only=True) for v in row if v is not None]
    return "\n".join(vals), info


def check(models):
    import re
    problems = []
    tmp = Path(tempfile.mkdtemp())
    for m in models:
        sp = m["sp"]
        name = sp["name"]
        path = HERE / f"{name}.{EXT[sp['fmt']]}"
        tpath = HERE / f"{name}.truth.json"
        if not path.exists() or not tpath.exists():
            problems.append(f"{name}: file missing")
            continue
        truth = json.loads(tpath.read_text("utf-8"))
        if truth != json.loads(json.dumps(truth_of(m), ensure_ascii=False)):
            problems.append(f"{name}: truth file differs from the model (rebuild)")
        fails = [(c, w) for c, ok, w in identities(m) if not ok]
        planted = sp.get("mistake")
        if planted:
            if len(fails) != 1 or fails[0][0] != planted["code"]:
                problems.append(f"{name}: planted {planted['code']} breaks {fails}")
        elif fails:
            problems.append(f"{name}: clean report breaks {fails}")
        # rate cells: CONTRACT §5 rounding for every rate that is not planted wrong
        for f in truth["facts"]:
            if f["kind"] == "rate" and f.get("denominator"):
                ok = consistent_rate(D(f["value"]), f["numerator"], f["denominator"], m["dec"])
                is_planted = any(x["code"] == "ratio_mismatch" and x["stated"] == f["value"] for x in truth["mistakes"])
                if ok == is_planted:
                    problems.append(f"{name}: rate {f['value']} vs {f['numerator']}/{f['denominator']}")
        # texts occur in the rendered document
        text, info = rendered_text(m, path, tmp)
        numeric = sp["fmt"] in ("xlsx", "ods", "xls") and sp.get("numeric", True)
        tokens = set(re.findall(r"[\d.,]+|-|x", text))
        vals = info.get("values", [])
        for f in truth["facts"]:
            if "cell" in f:
                if numeric and f["text"] not in ("-", "x"):
                    if not any(isinstance(v, (int, float)) and abs(v - f["value"]) < 1e-9 for v in vals):
                        problems.append(f"{name}: value {f['value']} not in the sheet")
                elif f["text"] not in tokens and f["text"] not in text:
                    problems.append(f"{name}: cell '{f['text']}' not in the rendered text")
                if not sp["fmt"].startswith("pdf") and f["cell"]["row"] not in text:
                    problems.append(f"{name}: row label '{f['cell']['row']}' not in the rendered text")
            else:
                if f["text"] not in text:
                    problems.append(f"{name}: prose figure '{f['text']}' not in the rendered text")
        if sp["fmt"] == "pdf_borderless" and info.get("rules"):
            problems.append(f"{name}: borderless PDF has {info['rules']} rules")
        if sp["fmt"] == "pdf_pages":
            pt = info["page_texts"]
            head = m["paths"][m["keys"][0]][-1]
            if info["pages"] < 2 or not all(head.split()[0] in p for p in pt[:2]):
                problems.append(f"{name}: table not over two pages with its header repeated")
            last = m["rows"][-1]["label"]
            first = m["rows"][0]["label"]
            if first.split()[-1] not in pt[0] or last not in "".join(pt[1:]):
                problems.append(f"{name}: the table does not run from page 1 onto page 2")
        if m["kind"] == "i766":
            order = sorted(m["units"], key=lambda u: u["w"]["i_rank"])
            if any(order[i]["w"]["i_total"] <= order[i + 1]["w"]["i_total"] for i in range(len(order) - 1)):
                problems.append(f"{name}: ranks do not follow the written totals")
        print(f"{name:24} {sp['fmt']:15} cells {sum('cell' in f for f in truth['facts']):4}  "
              f"prose {sum('cell' not in f for f in truth['facts']):2}  levels {truth['header_levels']}  "
              f"mistakes {[x['code'] for x in truth['mistakes']]}")
    shutil.rmtree(tmp, ignore_errors=True)
    return problems


def main():
    models = [build_model(sp) for sp in specs()]
    if "--check" in sys.argv:
        problems = check(models)
        cells = sum(1 for m in models for f in truth_of(m)["facts"] if "cell" in f)
        print(f"{len(models)} reports, {cells} cell facts, "
              f"{sum(len(m['mistakes']) for m in models)} planted mistakes, "
              f"{sum(1 for m in models if not m['mistakes'])} clean")
        for p in problems:
            print("PROBLEM:", p)
        print("check:", "OK" if not problems else f"{len(problems)} problems")
        sys.exit(1 if problems else 0)
    tmp = Path(tempfile.mkdtemp())
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    for m in models:
        if only and m["sp"]["name"] not in only:
            continue
        render(m, tmp)
        (HERE / f"{m['sp']['name']}.truth.json").write_text(
            json.dumps(truth_of(m), ensure_ascii=False, indent=1) + "\n", "utf-8")
        print("built", m["sp"]["name"])
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
