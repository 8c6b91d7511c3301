#!/usr/bin/env python3
"""Blind test set F (issue 11): 42 Vietnamese administrative-reform reports, six registers.

    python3 tests/blind_f/build.py           # (re)write NAME.txt + NAME.truth.json beside this file
    python3 tests/blind_f/build.py --check   # files on disk == what this writes; identities hold;
                                             # each planted mistake breaks exactly its identity

Every figure is written through a helper that records its truth at the same moment, and every
percentage is computed here from its counts with the contract's rounding (CONTRACT.md §5: half up
at the stated decimals; truncation also accepted).  Unit names come from the installed packages
``vietnam_provinces`` (list in force from 1 July 2025) and ``vietnamadminunits`` (legacy
63-province list) — never typed by hand.  Nothing here reads docparse or its data.
"""
from __future__ import annotations

import argparse
import difflib
import json
import random
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
CUTOVER = "2025-07-01"

# ---------------------------------------------------------------- unit lists (packages only)
from vietnam_provinces import Province, Ward  # noqa: E402
from vietnamadminunits.database import query  # noqa: E402


def _full(p) -> str:
    return p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name


_NEW: dict[str, list[str]] = {}
_code2name = {}
for _p in Province.iter_all():
    _NEW[_full(_p)] = []
    _code2name[_p.code] = _full(_p)
for _w in Ward.iter_all():
    _NEW[_code2name[_w.province_code]].append(_w.name)

_LEG: dict[str, dict[str, list[str]]] = {}
for _r in query("select province, district, ward from admin_units_legacy"):
    _LEG.setdefault(_r["province"], {}).setdefault(_r["district"], []).append(_r["ward"])


def new_wards(prov: str) -> list[str]:
    """The province's communes/wards in force from 1 July 2025 whose names hold no digit
    (numbered names like 'Phường 3 Bảo Lộc' are left out so that no unit name looks like a figure)."""
    return sorted(w for w in set(_NEW[prov]) if not any(ch.isdigit() for ch in w))


def n_units(prov: str) -> int:
    """How many communes, wards and special zones the province has (the full list)."""
    return len(set(_NEW[prov]))


def leg_districts(prov: str) -> list[str]:
    return sorted(_LEG[prov])


def leg_wards(prov: str, dist: str) -> list[str]:
    return sorted(set(w for w in _LEG[prov][dist] if w))


def unit_exists(name: str, date: str, prov: str | None) -> bool:
    """Is `name` a unit of province `prov` on `date` (new list from 1 July 2025, else legacy)?"""
    if date >= CUTOVER:
        pools = [_NEW[prov]] if prov else list(_NEW.values())
        return any(name in pool for pool in pools) or name in _NEW
    provs = [prov] if prov else list(_LEG)
    for pv in provs:
        if name == pv or name in _LEG[pv]:
            return True
        if any(name in ws for ws in _LEG[pv].values()):
            return True
    return False


def low(name: str) -> str:
    """'Xã Ia Grai' -> 'xã Ia Grai' (how running text writes a unit)."""
    head, _, rest = name.partition(" ")
    if head in ("Xã", "Phường", "Huyện", "Thị", "Đặc", "Quận", "Thành"):
        return name[0].lower() + name[1:]
    return name


# ---------------------------------------------------------------- numbers and rounding

def vn_int(n: int, style: str = "dot") -> str:
    if style == "plain":
        return str(n)
    if style == "02":
        return f"{n:02d}"
    if style == "space":
        return f"{n:,}".replace(",", " ")
    return f"{n:,}".replace(",", ".")


def pct(n: int, m: int, d: int) -> Decimal:
    q = Decimal(1).scaleb(-d)
    return (Decimal(100 * n) / Decimal(m)).quantize(q, ROUND_HALF_UP)


def consistent(p: Decimal, n: int, m: int, d: int) -> bool:
    """CONTRACT §5: p (d decimals) matches n/m when 100n/m rounds half up, or truncates, to p."""
    exact = Decimal(100 * n) / Decimal(m)
    q = Decimal(1).scaleb(-d)
    return p == exact.quantize(q, ROUND_HALF_UP) or p == exact.quantize(q, ROUND_DOWN)


def vn_dec(p: Decimal, d: int, dot: bool = False) -> str:
    s = f"{p:.{d}f}"
    return s if dot else s.replace(".", ",")


def num(x: Decimal | float | int):
    x = Decimal(str(x))
    return int(x) if x == x.to_integral_value() else float(x)


# ---------------------------------------------------------------- the document builder

class Doc:
    def __init__(self, name: str, register: str, date: str, province: str | None):
        self.name, self.register, self.date, self.province = name, register, date, province
        self.lines: list[str] = []
        self.facts: list[dict] = []
        self.not_facts: list[dict] = []
        self.mistakes: list[dict] = []
        self.idents: list[dict] = []

    # text
    def __call__(self, *lines: str) -> None:
        for ln in lines:
            self.lines.extend(ln.split("\n"))

    # truth
    def _fact(self, kind, ind, subj, value, numr=None, den=None, text=None, scope=None, **extra):
        f = {"kind": kind, "indicator": ind, "subject": subj, "scope": scope, "value": value,
             "numerator": numr, "denominator": den, "text": text}
        f.update(extra)
        self.facts.append(f)
        return f

    def mistake(self, code: str, stated, text: str, note: str) -> int:
        self.mistakes.append({"code": code, "stated": stated, "text": text, "note": note})
        return len(self.mistakes) - 1

    def cnt(self, ind, subj, v, scope=None, style="dot", unit_word="", text=None):
        t = text if text is not None else vn_int(v, style) + unit_word
        self._fact("count", ind, subj, v, text=t, scope=scope)
        return t

    def rate(self, ind, subj, n=None, m=None, d=2, scope=None, dot=False, value=None,
             off=None, xy=True):
        """A percentage.  With n/m: computed from them (or n/m + off for a planted mismatch).
        xy=False: the text gives no part/total for it (truth numerator/denominator null)."""
        if n is not None:
            true = pct(n, m, d)
            p = true if off is None else true + Decimal(str(off))
        else:
            p = Decimal(str(value)).quantize(Decimal(1).scaleb(-d))
        t = vn_dec(p, d, dot) + "%"
        mi = None
        if off is not None:
            mi = self.mistake("ratio_mismatch", num(p), t,
                              f"{n}/{m} is {vn_dec(true, d)}%")
        if n is not None and xy:
            self._fact("rate", ind, subj, num(p), n, m, text=t, scope=scope)
            self.idents.append({"type": "ratio", "p": str(p), "n": n, "m": m, "d": d,
                                "mistake": mi, "text": t})
        else:
            self._fact("rate", ind, subj, num(p), text=t, scope=scope)
        return t

    def score(self, ind, subj, v, d=2, maximum=None, dot=False):
        p = Decimal(str(v)).quantize(Decimal(1).scaleb(-d))
        t = vn_dec(p, d, dot)
        extra = {"maximum": maximum} if maximum is not None else {}
        self._fact("score", ind, subj, num(p), text=t, **extra)
        return t

    def rank(self, subj, pos, field, style="slash"):
        t = f"{pos}/{field}" if style == "slash" else str(pos)
        self._fact("rank", "index_766_rank", subj, pos, None, field, text=t)
        return t

    def units(self, subj, x, y, scope=None, style="dot"):
        t = f"{vn_int(x, style)}/{vn_int(y, style)}"
        self._fact("unit_count", "units_meeting_target", subj, x, x, y, text=t, scope=scope)
        return t

    def nf(self, text: str, why: str) -> str:
        self.not_facts.append({"text": text, "why": why})
        return text

    # identities beyond ratios
    def ident(self, typ, code, total, parts, text, plant_note=None, stated=None):
        mi = None
        if plant_note:
            mi = self.mistake(code, num(stated if stated is not None else total), text, plant_note)
        self.idents.append({"type": typ, "code": code, "total": str(total),
                            "parts": [str(x) for x in parts], "mistake": mi, "text": text})

    def same(self, a, b, text, plant_note=None):
        """The same figure stated twice (repeated_value_mismatch if they differ)."""
        mi = None
        if plant_note:
            mi = self.mistake("repeated_value_mismatch", num(Decimal(str(b))), text, plant_note)
        self.idents.append({"type": "same", "code": "repeated_value_mismatch", "total": str(a),
                            "parts": [str(b)], "mistake": mi, "text": text})

    def unit(self, name: str, shown: str | None = None, plant_note=None) -> str:
        """A named unit; returns the text as written (lower-case type prefix by default)."""
        shown = shown or low(name)
        mi = None
        if plant_note:
            mi = self.mistake("unknown_unit", name, shown, plant_note)
        self.idents.append({"type": "unit", "code": "unknown_unit", "name": name,
                            "mistake": mi, "text": shown})
        return shown

    # output
    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"

    def truth(self) -> dict:
        facts = []
        for f in self.facts:
            g = dict(f)
            if g.get("scope") is None:
                g.pop("scope")
            facts.append(g)
        return {"register": self.register, "doc_date": self.date, "province": self.province,
                "facts": facts, "not_facts": self.not_facts, "mistakes": self.mistakes}


# ---------------------------------------------------------------- shared pieces

def dtext(date: str, zero=True) -> str:
    y, m, d = date.split("-")
    if not zero:
        return f"ngày {int(d)} tháng {int(m)} năm {y}"
    return f"ngày {d} tháng {m} năm {y}"


def dshort(date: str, zero=False) -> str:
    y, m, d = date.split("-")
    return f"{d}/{m}/{y}" if zero else f"{int(d)}/{int(m)}/{y}"


def header(D: Doc, left: list[str], number: str, place: str, width=44):
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    rows = max(len(left), len(right))
    for i in range(rows):
        a = left[i] if i < len(left) else ""
        b = right[i] if i < len(right) else ""
        D(f"{a:<{width}}{b}".rstrip())
    D(f"{('Số: ' + D.nf(number, 'reference')):<{width}}{place}, {D.nf(dtext(D.date), 'date')}")
    D("")


def signature(D: Doc, recipients: list[str], role: list[str], name: str):
    D("")
    left = ["Nơi nhận:"] + ["- " + x + ";" for x in recipients] + ["- Lưu: VT."]
    rows = max(len(left), len(role) + 1)
    right = role + [""] * (rows - len(role))
    right[rows - 1] = name
    left = left + [""] * (rows - len(left))
    for a, b in zip(left, right):
        D(f"{a:<44}{b}".rstrip())


# ================================================================ weekly_notice

def w1():
    P = "Thành phố Đà Nẵng"
    D = Doc("w1_danang_2025w39", "weekly_notice", "2025-09-26", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND THÀNH PHỐ ĐÀ NẴNG", "VĂN PHÒNG"], "318/TB-VP", "Đà Nẵng")
    D("THÔNG BÁO",
      f"Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính {nf('tuần 39', 'reference')} năm 2025",
      f"(từ {nf('19/9/2025', 'date')} đến {nf('25/9/2025', 'date')})", "")
    dep_r, dep_o, com_r, com_o = 6421, 5830, 21877, 18402
    tot_r, tot_o = dep_r + com_r, dep_o + com_o
    wards = new_wards(P)
    low3 = [wards[7], wards[19], wards[40]]
    D("1. Nộp hồ sơ trực tuyến",
      f"Trong tuần, toàn thành phố tiếp nhận {c('received_total', 'city', tot_r)} hồ sơ, trong đó "
      f"nộp qua Cổng Dịch vụ công {c('received_online', 'city', tot_o)} hồ sơ; tỷ lệ nộp trực tuyến "
      f"đạt {r('online_submission', 'city', tot_o, tot_r)} ({nf('tăng 1,36%', 'change')} so với tuần trước).",
      f"- Khối sở, ban, ngành: {r('online_submission', 'departments', dep_o, dep_r, scope='cấp tỉnh')} "
      f"({vn_int(dep_o)}/{vn_int(dep_r)} hồ sơ).",
      f"- Khối xã, phường, đặc khu: {vn_int(com_o)}/{vn_int(com_r)} hồ sơ, đạt "
      f"{r('online_submission', 'communes', com_o, com_r, scope='cấp xã')}; có "
      f"{D.units('communes', n_units(P) - 3, n_units(P))} địa phương đạt {nf('chỉ tiêu 80%', 'target')}. "
      f"Ba địa phương còn dưới chỉ tiêu: {D.unit(low3[0])} ({r('online_submission', 'unit:' + low3[0], value=71.4, d=1)}), "
      f"{D.unit(low3[1])} ({r('online_submission', 'unit:' + low3[1], value=76.05)}), "
      f"{D.unit(low3[2])} ({r('online_submission', 'unit:' + low3[2], value=79.9, d=1)}).", "")
    R, e, o, l = 26544, 19803, 6590, 151
    D("2. Kết quả giải quyết",
      f"Đã giải quyết {c('resolved_total', 'city', R)} hồ sơ, gồm: trước hạn {c('resolved_early', 'city', e)}, "
      f"đúng hạn {c('resolved_on_time', 'city', o)}, trễ hạn {c('resolved_late', 'city', l)} hồ sơ. "
      f"Tỷ lệ giải quyết đúng hạn (tính cả trước hạn) đạt {r('resolved_on_time', 'city', e + o, R)}.")
    D.ident("sum", "sum_mismatch", R, [e, o, l], vn_int(R))
    D(f"Số hồ sơ trễ hạn {nf('giảm 37 hồ sơ', 'change')} so với tuần 38; phần lớn thuộc lĩnh vực đất đai.", "")
    D("3. Thanh toán trực tuyến",
      f"Có {vn_int(9412)}/{vn_int(10036)} hồ sơ có phí, lệ phí được thanh toán trực tuyến, đạt "
      f"{r('online_payment', 'city', 9412, 10036)}.", "")
    D("4. Phản ánh, kiến nghị",
      f"Tiếp nhận {c('feedback_total', 'city', 1, style='02')} phản ánh về thời gian trả kết quả; đã xử lý "
      f"{c('feedback_resolved', 'city', 1, style='02')}, đạt {r('feedback_handled', 'city', 1, 1, d=0)}.")
    D(f"Mọi vướng mắc xin liên hệ đường dây nóng {nf('0236.3822.117', 'reference')}.")
    signature(D, ["Chủ tịch, các PCT UBND thành phố", "Các sở, ban, ngành", "UBND các xã, phường, đặc khu"],
              ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Trần Minh Khoa")
    return D


def w2():
    P = "Tỉnh Gia Lai"
    D = Doc("w2_gialai_2025w46", "weekly_notice", "2025-11-14", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH GIA LAI", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], "97/TB-TTPVHCC", "Gia Lai")
    D("THÔNG BÁO", "Tình hình giải quyết thủ tục hành chính trên địa bàn tỉnh",
      f"Tuần từ {nf('07/11/2025', 'date')} đến {nf('13/11/2025', 'date')}", "")
    recv, res, pend = 41306, 37118, 4188
    D("I. SỐ LIỆU CHUNG",
      f"Tổng số hồ sơ tiếp nhận trong tuần: {c('received_total', 'city', recv)} hồ sơ.",
      f"Số hồ sơ đã có kết quả: {c('resolved_total', 'city', res)} hồ sơ; số hồ sơ đang xử lý: "
      f"{c('pending_total', 'city', pend)} hồ sơ.")
    D.ident("balance", "balance_mismatch", recv, [res, pend], vn_int(recv))
    it = 36702
    D(f"Hồ sơ có kết quả trước và đúng hạn: {c('resolved_in_time', 'city', it)}, tương ứng "
      f"{r('resolved_on_time', 'city', it, res)} số hồ sơ đã có kết quả.", "")
    D("II. TỶ LỆ HỒ SƠ TRỰC TUYẾN TẠI CÁC SỞ, NGÀNH",
      f"(chỉ tiêu giao: {nf('từ 70% trở lên', 'target')})")
    deps = [("Sở Xây dựng", 412, 530, None), ("Sở Tư pháp", 1207, 1311, None),
            ("Sở Nông nghiệp và Môi trường", 936, 1184, 0.9), ("Sở Công Thương", 388, 401, None),
            ("Sở Y tế", 245, 363, None)]
    for name, n, m, off in deps:
        D(f"+ {name}: {vn_int(n)}/{vn_int(m)} hồ sơ ({r('online_submission', 'unit:' + name, n, m, off=off)});")
    D(f"Như vậy có {D.units('departments', 4, 5)} đơn vị nêu trên đạt chỉ tiêu; Sở Y tế "
      f"cần khắc phục trong tuần tới.", "")
    wards = new_wards(P)
    a, b = wards[12], wards[55]
    D("III. CẤP XÃ",
      f"Các xã, phường tiếp nhận {c('received_total', 'communes', 30477, scope='cấp xã')} hồ sơ; trong đó "
      f"trực tuyến {c('received_online', 'communes', 24110, scope='cấp xã')} hồ sơ, chiếm "
      f"{r('received_online_share', 'communes', 24110, 30477, scope='cấp xã')}. Dẫn đầu là "
      f"{D.unit(a)} ({r('online_submission', 'unit:' + a, value=99.12)}) và {D.unit(b)} "
      f"({r('online_submission', 'unit:' + b, value=98.7, d=1)}).")
    signature(D, ["Văn phòng UBND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
              ["GIÁM ĐỐC", "", "(Đã ký)"], "Rơ Châm H'Linh")
    return D


def w3():
    P = "Tỉnh Ninh Bình"
    D = Doc("w3_ninhbinh_2026w02", "weekly_notice", "2026-01-09", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"], "12/TB-UBND", "Ninh Bình")
    D("THÔNG BÁO", "Một số chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính",
      f"(kỳ báo cáo: {nf('02/01/2026', 'date')} - {nf('08/01/2026', 'date')})", "")
    wards = new_wards(P)
    n_w = n_units(P)
    bad = wards[31]
    D("1. Số hóa hồ sơ, kết quả giải quyết",
      f"Toàn tỉnh số hóa {vn_int(15940)} trên tổng số {vn_int(16012)} hồ sơ đã giải quyết, đạt "
      f"{r('digitization', 'city', 15940, 16012)}. Ở cấp xã có {D.units('communes', n_w - 1, n_w)} đơn vị "
      f"{nf('hoàn thành 100%', 'target')}; riêng {D.unit(bad)} mới đạt {r('digitization', 'unit:' + bad, value=97.31)}.", "")
    D("2. Khai thác, tái sử dụng dữ liệu số hóa",
      f"Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã số hóa của toàn tỉnh là "
      f"{r('digital_reuse', 'city', value=72.6, d=1)}, vượt {nf('chỉ tiêu 50%', 'target')}.", "")
    D("3. Cập nhật trạng thái hồ sơ trên Hệ thống",
      f"Các sở, ngành: {r('system_update', 'departments', 3310, 3310, d=0, scope='cấp tỉnh')} "
      f"({vn_int(3310)}/{vn_int(3310)}); các xã, phường: {r('system_update', 'communes', 12655, 12702, scope='cấp xã')} "
      f"({vn_int(12655)}/{vn_int(12702)}).", "")
    D("4. Thanh toán trực tuyến",
      f"Số hồ sơ thanh toán phí, lệ phí trực tuyến là {vn_int(7088)}, trên {vn_int(7515)} hồ sơ phải nộp phí, lệ phí "
      f"(tỷ lệ {r('online_payment', 'city', 7088, 7515)}).", "")
    D("5. Hồ sơ trực tuyến toàn trình",
      f"Trong tuần có {c('received_online', 'city', 11284)} hồ sơ trực tuyến, trong đó "
      f"{vn_int(6127)} hồ sơ toàn trình (chiếm {r('full_online', 'city', 6127, 11284)})1.")
    D(f"So với tuần liền trước, tỷ lệ này {nf('tăng 4,8%', 'change')}; tỉnh đặt mục tiêu "
      f"{nf('tối thiểu 60%', 'target')} trong quý I.")
    D("_______________", f"1 Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh lúc 17 giờ {nf('ngày 08/01/2026', 'date')}.")
    signature(D, ["TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành; UBND các xã, phường"],
              ["TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Đinh Thị Quỳnh")
    return D


def w4():
    P = "Tỉnh Bình Định"
    D = Doc("w4_binhdinh_2024w20", "weekly_notice", "2024-05-17", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH BÌNH ĐỊNH", "VĂN PHÒNG"], "204/TB-VPUBND", "Bình Định")
    D("THÔNG BÁO", f"Kết quả giải quyết hồ sơ TTHC {nf('tuần 20', 'reference')} năm 2024", "")
    dists = leg_districts(P)
    nd = len(dists)
    dep = (5120, 5088, 32)
    dis = (9740, 9611, 129)
    com = (14855, 14801, 54)
    D(f"Trong tuần, kết quả xử lý hồ sơ tại {nf('3 cấp', 'count_of_things')} như sau:")
    for lab, subj, scope, (R, ok, late) in (("Cấp tỉnh", "departments", "cấp tỉnh", dep),
                                           ("Cấp huyện", "districts", "cấp huyện", dis),
                                           ("Cấp xã", "communes", "cấp xã", com)):
        D(f"- {lab}: giải quyết {c('resolved_total', subj, R, scope=scope)} hồ sơ; đúng hạn "
          f"{c('resolved_in_time', subj, ok, scope=scope)} ({r('resolved_on_time', subj, ok, R, scope=scope)}), "
          f"quá hạn {c('resolved_late', subj, late, scope=scope)}.")
        D.ident("sum", "sum_mismatch", R, [ok, late], vn_int(R))
    R = dep[0] + dis[0] + com[0]
    ok = dep[1] + dis[1] + com[1]
    D(f"Cộng chung toàn tỉnh: {c('resolved_total', 'city', R)} hồ sơ đã giải quyết, đúng hạn đạt "
      f"{r('resolved_on_time', 'city', ok, R)}.")
    D.ident("sum", "sum_mismatch", R, [dep[0], dis[0], com[0]], vn_int(R))
    a, b = dists[2], dists[8]
    D(f"Có {D.units('districts', nd - 2, nd)} huyện, thị xã, thành phố không có hồ sơ quá hạn {nf('trên 5 ngày', 'bound')}; "
      f"{D.unit(a)} và {D.unit(b)} còn tồn hồ sơ đất đai quá hạn.", "")
    D(f"Văn phòng đề nghị các địa phương rà soát, gửi thư xin lỗi trước {nf('ngày 24/5/2024', 'date')} "
      f"theo {nf('Quyết định số 1127/QĐ-UBND', 'reference')}.")
    signature(D, ["Thường trực UBND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"],
              ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Lê Văn Thịnh")
    return D


def w5():
    P = "Tỉnh Quảng Nam"
    D = Doc("w5_quangnam_2023w34", "weekly_notice", "2023-08-25", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH QUẢNG NAM", "TRUNG TÂM HÀNH CHÍNH CÔNG", "VÀ XÚC TIẾN ĐẦU TƯ"], "61/TB-TTHCC", "Quảng Nam")
    D("THÔNG BÁO", f"Tình hình tiếp nhận và trả kết quả tại Trung tâm (từ {nf('18/8', 'date')} đến {nf('24/8/2023', 'date')})", "")
    recv, onl, off = 2964, 1207, 1757
    D(f"1. Trung tâm đã tiếp nhận {c('received_total', 'self', recv)} hồ sơ (trực tuyến {c('received_online', 'self', onl)} hồ sơ, "
      f"trực tiếp và qua bưu chính công ích {c('received_offline', 'self', off)} hồ sơ).")
    D.ident("sum", "sum_mismatch", recv, [onl, off], vn_int(recv))
    R, ok = 2811, 2797
    D(f"2. Đã trả kết quả {c('resolved_total', 'self', R)} hồ sơ, trong đó đúng và trước hạn "
      f"{c('resolved_in_time', 'self', ok)} hồ sơ, đạt {r('resolved_on_time', 'self', ok, R)}; "
      f"quá hạn {c('resolved_late', 'self', R - ok, style='02')} hồ sơ.")
    D(f"3. Còn {c('pending_total', 'self', recv - R)} hồ sơ đang giải quyết, tất cả đều chưa đến hạn trả.")
    D.ident("balance", "balance_mismatch", recv, [R, recv - R], vn_int(recv))
    # a commune that exists only in the list in force from 1 July 2025 (Đà Nẵng), named in a 2023 notice
    legacy_names = {w for ws in _LEG[P].values() for w in ws} | set(_LEG[P])
    ghost = next(w for w in new_wards("Thành phố Đà Nẵng")
                 if w.startswith("Xã") and not unit_exists(w, D.date, None)
                 and max(difflib.SequenceMatcher(None, w.lower(), x.lower()).ratio()
                         for x in legacy_names) < 0.75)
    dists = leg_districts(P)
    d1 = dists[5]
    D("4. Hồ sơ chuyển về địa phương: lĩnh vực đất đai chủ yếu ở "
      f"{D.unit(d1)} và {D.unit(ghost, plant_note='no such commune in the 63-province list on 2023-08-25; the name exists only after 1 July 2025 (Đà Nẵng)')}.", "")
    D(f"Số hồ sơ tiếp nhận {nf('tăng 214 hồ sơ', 'change')} so với tuần trước; "
      f"có {nf('03 quầy', 'count_of_things')} được bố trí thêm cho lĩnh vực đầu tư.")
    signature(D, ["UBND tỉnh (b/c)", "Các sở, ban, ngành", "Lưu: TTHCC"],
              ["GIÁM ĐỐC", "", "(Đã ký)"], "Phan Thị Hồng Nhung")
    return D


def w6():
    P = "Tỉnh Đồng Nai"
    D = Doc("w6_dongnai_2026w12", "weekly_notice", "2026-03-20", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH ĐỒNG NAI", "VĂN PHÒNG"], "1043/TB-VPUBND", "Đồng Nai")
    R, ok = 48207, 47449
    stated_sum = Decimal("98.24")
    true = pct(ok, R, 2)
    D("THÔNG BÁO", "Kết quả thực hiện chỉ tiêu cải cách thủ tục hành chính tuần 12 năm 2026", "")
    D(f"Tóm tắt: tỷ lệ hồ sơ giải quyết trước và đúng hạn toàn tỉnh đạt "
      f"{r('resolved_on_time', 'city', value=stated_sum)}; tỷ lệ nộp hồ sơ trực tuyến đạt "
      f"{r('online_submission', 'city', value=86.1, d=1)}.", "")
    D("1. Giải quyết hồ sơ",
      f"Toàn tỉnh giải quyết {c('resolved_total', 'city', R)} hồ sơ; trong đó trước hạn và đúng hạn "
      f"{c('resolved_in_time', 'city', ok)} hồ sơ, tỷ lệ {r('resolved_on_time', 'city', ok, R)}; "
      f"trễ hạn {c('resolved_late', 'city', R - ok)} hồ sơ, tỷ lệ {r('resolved_late', 'city', R - ok, R)}.")
    D.ident("complement", "complement_mismatch", 100, [pct(ok, R, 2), pct(R - ok, R, 2)], "100%")
    D.same(true, stated_sum, vn_dec(stated_sum, 2) + "%",
           plant_note=f"the summary says 98,24% but section 1 says {vn_dec(true, 2)}% for the same rate")
    wards = new_wards(P)
    u = [wards[3], wards[27], wards[60], wards[88]]
    D(f"Các địa phương có tỷ lệ trễ hạn cao: {D.unit(u[0])} ({r('resolved_late', 'unit:' + u[0], value=4.12)}), "
      f"{D.unit(u[1])} ({r('resolved_late', 'unit:' + u[1], value=3.9, d=1)}), {D.unit(u[2])} "
      f"({r('resolved_late', 'unit:' + u[2], value=3.05)}).", "")
    D("2. Hồ sơ trực tuyến",
      f"Tổng số hồ sơ tiếp nhận trong tuần {c('received_total', 'city', 51630)}, số hồ sơ nộp trực tuyến "
      f"{c('received_online', 'city', 44454)}, chiếm {r('received_online_share', 'city', 44454, 51630, d=1)}.")
    D(f"{D.unit(u[3], shown=u[3])} đạt thấp nhất ({r('online_submission', 'unit:' + u[3], value=58.76)}), "
      f"{nf('dưới 60%', 'bound')}.", "")
    D(f"Đề nghị thủ trưởng các đơn vị có tỷ lệ trễ hạn {nf('trên 3%', 'bound')} báo cáo nguyên nhân trước "
      f"{nf('ngày 25/3/2026', 'date')}.")
    signature(D, ["Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"],
              ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Võ Thành Đạt")
    return D


def w7():
    P = "Tỉnh Kon Tum"
    D = Doc("w7_kontum_2022w40", "weekly_notice", "2022-10-07", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH KON TUM", "VĂN PHÒNG"], "88/TB-VP", "Kon Tum")
    D("THÔNG BÁO", f"Kết quả tiếp nhận hồ sơ dịch vụ công trực tuyến {nf('mức độ 3, 4', 'reference')}",
      f"Tuần từ {nf('30/9/2022', 'date')} đến {nf('06/10/2022', 'date')}", "")
    m3, m4 = 1846, 712
    tot = m3 + m4
    D(f"Trong tuần, Cổng dịch vụ công của tỉnh tiếp nhận {c('received_online', 'city', tot)} hồ sơ trực tuyến, gồm:",
      f"+ Mức độ 3: {c('received_online', 'city', m3, scope='Mức độ 3')} hồ sơ;",
      f"+ Mức độ 4: {c('received_online', 'city', m4, scope='Mức độ 4')} hồ sơ.")
    D.ident("sum", "sum_mismatch", tot, [m3, m4], vn_int(tot))
    recv = 9970
    D(f"Tổng số hồ sơ tiếp nhận ở cả ba cấp là {c('received_total', 'city', recv)}, như vậy hồ sơ trực tuyến "
      f"chiếm {r('received_online_share', 'city', tot, recv)}.", "")
    deps = [("Sở Tài nguyên và Môi trường", 402, 431), ("Sở Kế hoạch và Đầu tư", 318, 318),
            ("Sở Giao thông vận tải", 611, 658)]
    D("Tỷ lệ giải quyết đúng hạn của một số sở:")
    for name, ok, R in deps:
        D(f"- {name}: {vn_int(ok)}/{vn_int(R)} hồ sơ đúng hạn, đạt {r('resolved_on_time', 'unit:' + name, ok, R, d=1)};")
    dists = leg_districts(P)
    D(f"Cấp huyện: {D.units('districts', len(dists) - 1, len(dists))} huyện, thành phố đạt chỉ tiêu cập nhật đầy đủ "
      f"kết quả lên hệ thống; riêng {D.unit(dists[1])} chưa đạt.", "")
    D(f"Số hồ sơ trực tuyến {nf('tăng 9,7%', 'change')} so với tuần trước nhưng vẫn thấp so với "
      f"{nf('chỉ tiêu 30%', 'target')} của năm 2022.")
    signature(D, ["Thường trực UBND tỉnh", "Các sở, ban, ngành", "UBND các huyện, thành phố"],
              ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "A Quang Thịnh")
    return D


# ================================================================ quarterly_report

def q_levels(D, lines_for, rows, city_label):
    """rows: (label, subj, scope, recv, R, ok, late, pend) ... writes one paragraph per level."""
    c, r = D.cnt, D.rate
    for lab, subj, scope, recv, R, ok, pend in rows:
        D(lines_for(lab, c('received_total', subj, recv, scope=scope), c('resolved_total', subj, R, scope=scope),
                    c('resolved_in_time', subj, ok, scope=scope), r('resolved_on_time', subj, ok, R, scope=scope),
                    c('resolved_late', subj, R - ok, scope=scope), c('pending_total', subj, pend, scope=scope)))
        D.ident("balance", "balance_mismatch", recv, [R, pend], vn_int(recv))


def q1():
    P = "Tỉnh Sóc Trăng"
    D = Doc("q1_soctrang_2020q1", "quarterly_report", "2020-04-03", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG"], "58/BC-UBND", "Sóc Trăng")
    D("BÁO CÁO", "Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý I năm 2020",
      f"(số liệu tính từ {nf('16/12/2019', 'date')} đến {nf('15/3/2020', 'date')})", "")
    D("I. CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH",
      f"Trong quý, Chủ tịch UBND tỉnh ban hành {nf('07 quyết định', 'count_of_things')} công bố, nâng tổng số TTHC "
      f"đang áp dụng trên địa bàn tỉnh lên {c('procedures_total', 'city', 1893)} thủ tục.", "")
    D("II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
    rows = [("Cấp tỉnh", "departments", "cấp tỉnh", 21430, 20118, 19987, 1312),
            ("Cấp huyện", "districts", "cấp huyện", 38775, 37012, 36410, 1763),
            ("Cấp xã", "communes", "cấp xã", 60214, 59877, 59790, 337)]
    q_levels(D, lambda lab, a, b, e, p, l, pe:
             f"- {lab}: tiếp nhận {a} hồ sơ, đã giải quyết {b} hồ sơ, trong đó đúng hạn {e} hồ sơ (chiếm {p}), "
             f"trễ hạn {l} hồ sơ; đang giải quyết {pe} hồ sơ.", rows, None)
    recv = sum(x[3] for x in rows); R = sum(x[4] for x in rows); ok = sum(x[5] for x in rows); pe = sum(x[6] for x in rows)
    D(f"Tính chung toàn tỉnh: tiếp nhận {c('received_total', 'city', recv)} hồ sơ; đã giải quyết {c('resolved_total', 'city', R)} "
      f"hồ sơ (tỷ lệ đúng hạn đạt {r('resolved_on_time', 'city', ok, R)})1; còn {c('pending_total', 'city', pe)} hồ sơ chuyển sang quý II.")
    D.ident("balance", "balance_mismatch", recv, [R, pe], vn_int(recv))
    D.ident("sum", "sum_mismatch", recv, [x[3] for x in rows], vn_int(recv))
    D(f"So với cùng kỳ năm 2019, số hồ sơ tiếp nhận {nf('giảm 5,6%', 'change')} do ảnh hưởng của dịch bệnh.", "")
    D("III. PHẢN ÁNH, KIẾN NGHỊ",
      f"Tiếp nhận {c('feedback_total', 'city', 4, style='02')} phản ánh, kiến nghị; đã xử lý xong "
      f"{c('feedback_resolved', 'city', 3, style='02')}, còn {c('feedback_pending', 'city', 1, style='02')} đang xem xét.")
    D.ident("balance", "balance_mismatch", 4, [3, 1], "04")
    D("IV. KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị Văn phòng Chính phủ sớm hoàn thiện Cổng Dịch vụ công quốc gia để kết nối.",
      "_______________", "1 Tỷ lệ tính trên số hồ sơ đã giải quyết, không gồm hồ sơ công dân rút.")
    signature(D, ["Văn phòng Chính phủ (Cục KSTTHC)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh"],
              ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)"], "Tạ Minh Quân")
    return D


def q2():
    P = "Tỉnh Bến Tre"
    D = Doc("q2_bentre_2021q2", "quarterly_report", "2021-07-05", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH BẾN TRE", "VĂN PHÒNG"], "2417/BC-VPUBND", "Bến Tre")
    D("BÁO CÁO", "Kết quả giải quyết thủ tục hành chính quý II năm 2021", "")
    D("1. Tình hình tiếp nhận")
    car, onl, off = 3208, 14925, 52731
    stated = car + onl + off + 1000
    D(f"Tổng số hồ sơ thuộc phạm vi giải quyết trong quý là {c('received_total', 'city', stated)} hồ sơ, bao gồm:",
      f"- Số mới tiếp nhận trực tuyến: {c('received_online', 'city', onl)} hồ sơ;",
      f"- Số mới tiếp nhận trực tiếp, qua bưu chính: {c('received_offline', 'city', off)} hồ sơ;",
      f"- Số kỳ trước chuyển qua: {c('received_carried_over', 'city', car)} hồ sơ.")
    D.ident("sum", "sum_mismatch", stated, [car, onl, off], vn_int(stated),
            plant_note=f"{vn_int(car)} + {vn_int(onl)} + {vn_int(off)} = {vn_int(car + onl + off)}")
    D(f"Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ mới tiếp nhận là {r('online_submission', 'city', onl, onl + off)}.", "")
    R, e, o, l = 66102, 41877, 23590, 635
    D("2. Kết quả giải quyết",
      f"Đã giải quyết {c('resolved_total', 'city', R)} hồ sơ, trong đó:",
      f"+ Trước hạn: {c('resolved_early', 'city', e)} hồ sơ;",
      f"+ Đúng hạn: {c('resolved_on_time', 'city', o)} hồ sơ;",
      f"+ Quá hạn: {c('resolved_late', 'city', l)} hồ sơ (tỷ lệ {r('resolved_late', 'city', l, R)}).")
    D.ident("sum", "sum_mismatch", R, [e, o, l], vn_int(R))
    D(f"Riêng cấp tỉnh đã tiếp nhận {D.cnt('received_total', 'departments', 21300, scope='cấp tỉnh', text='21,3 ngàn')} "
      f"hồ sơ, {nf('bằng 112% quý I', 'change')}.", "")
    D("3. Nhận xét",
      f"Một số sở còn tỷ lệ quá hạn {nf('trên 2%', 'bound')}, chủ yếu lĩnh vực đất đai; các đơn vị đã gửi "
      f"{nf('635 thư xin lỗi', 'count_of_things')} theo quy định.")
    signature(D, ["UBND tỉnh (b/c)", "Các sở, ngành tỉnh", "UBND các huyện, thành phố"],
              ["CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Nguyễn Thanh Hải")
    return D


def q3():
    P = "Tỉnh Hà Giang"
    D = Doc("q3_hagiang_2022q3", "quarterly_report", "2022-10-04", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH HÀ GIANG", "VĂN PHÒNG"], "211/BC-VP", "Hà Giang")
    D("BÁO CÁO", "Công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa quý III/2022", "")
    D("1. Dịch vụ công trực tuyến",
      f"Tỉnh đang cung cấp {c('procedures_total', 'city', 1774)} TTHC, trong đó {c('procedures_full_online', 'city', 498)} "
      f"dịch vụ công trực tuyến toàn trình và {c('procedures_partial_online', 'city', 611)} dịch vụ một phần; "
      f"số còn lại chỉ cung cấp thông tin.", "")
    recv = 88412; onl = 19306
    D("2. Tiếp nhận, giải quyết",
      f"Trong quý, các cơ quan, đơn vị tiếp nhận {c('received_total', 'city', recv)} hồ sơ; trong đó hồ sơ nộp trực tuyến là "
      f"{c('received_online', 'city', onl)}, đạt {r('received_online_share', 'city', onl, recv)}.")
    R, ok, pend = 85230, 84417, 3182
    D(f"Kết quả: {c('resolved_total', 'city', R)} hồ sơ đã được giải quyết; đúng và trước hạn {c('resolved_in_time', 'city', ok)} "
      f"hồ sơ, đạt {r('resolved_on_time', 'city', ok, R)}; quá hạn {c('resolved_late', 'city', R - ok)} hồ sơ "
      f"({r('resolved_late', 'city', R - ok, R)}). Đang giải quyết {c('pending_total', 'city', pend)} hồ sơ.")
    D.ident("balance", "balance_mismatch", recv, [R, pend], vn_int(recv))
    D.ident("complement", "complement_mismatch", 100, [pct(ok, R, 2), pct(R - ok, R, 2)], "100%")
    dists = leg_districts(P)
    D(f"Các huyện có tỷ lệ trễ hạn cao nhất: {D.unit(dists[3])} ({r('resolved_late', 'unit:' + dists[3], value=3.41)}) và "
      f"{D.unit(dists[9])} ({r('resolved_late', 'unit:' + dists[9], value=2.87)}).", "")
    D("3. Chỉ số phục vụ người dân, doanh nghiệp",
      f"Theo đánh giá trên Cổng Dịch vụ công quốc gia, tỉnh đạt {D.score('index_766_total', 'city', 71.38)} điểm, xếp thứ "
      f"{D.rank('city', 28, 63)}, {nf('tăng 06 bậc', 'change')} so với quý trước.", "")
    D(f"Phương hướng quý IV: phấn đấu tỷ lệ hồ sơ trực tuyến {nf('đạt trên 30%', 'bound')}.")
    signature(D, ["Văn phòng Chính phủ", "TTr Tỉnh ủy, HĐND tỉnh", "Lãnh đạo UBND tỉnh"],
              ["CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Hoàng Văn Thào")
    return D


def q4():
    P = "Tỉnh Bình Dương"
    D = Doc("q4_binhduong_2023y", "quarterly_report", "2023-12-18", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH DƯƠNG"], "402/BC-UBND", "Bình Dương")
    D("BÁO CÁO", "Kết quả công tác cải cách thủ tục hành chính năm 2023",
      f"(số liệu từ {nf('15/12/2022', 'date')} đến {nf('14/12/2023', 'date')})", "")
    recv, R, pend = 1284577, 1251390, 31204
    D("I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
      f"Năm 2023, toàn tỉnh tiếp nhận {c('received_total', 'city', recv)} hồ sơ (khoảng {nf('1,28 triệu', 'approx')} hồ sơ). "
      f"Đã giải quyết {c('resolved_total', 'city', R)} hồ sơ; đang giải quyết {c('pending_total', 'city', pend)} hồ sơ.")
    D.ident("balance", "balance_mismatch", recv, [R, pend], vn_int(recv),
            plant_note=f"{vn_int(R)} + {vn_int(pend)} = {vn_int(R + pend)}, not {vn_int(recv)}")
    ok = 1240988
    D(f"Tỷ lệ hồ sơ giải quyết đúng hạn là {r('resolved_on_time', 'city', ok, R)} ({vn_int(ok)}/{vn_int(R)} hồ sơ).", "")
    D("II. THEO TỪNG CẤP")
    rows = [("cấp tỉnh", "departments", 301240, 297711), ("cấp huyện", "districts", 512007, 507840),
            ("cấp xã", "communes", 438143, 435437)]
    for lab, subj, Rr, okr in rows:
        D(f"- Ở {lab}: đã giải quyết {c('resolved_total', subj, Rr, scope=lab)} hồ sơ, đúng hạn "
          f"{c('resolved_in_time', subj, okr, scope=lab)}, đạt {r('resolved_on_time', subj, okr, Rr, scope=lab)};")
    D.ident("sum", "sum_mismatch", R, [x[2] for x in rows], vn_int(R))
    D.ident("sum", "sum_mismatch", ok, [x[3] for x in rows], vn_int(ok))
    D("", "III. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
      f"Chỉ số PAR INDEX năm 2022 của tỉnh {nf('tăng 4 bậc', 'change')}; tỉnh tổ chức {nf('12 đoàn kiểm tra', 'count_of_things')} "
      f"công vụ tại {nf('36 cơ quan', 'count_of_things')}.", "")
    D("IV. NHIỆM VỤ NĂM 2024", f"Phấn đấu tỷ lệ hồ sơ trực tuyến {nf('từ 50% trở lên', 'target')}; {nf('100%', 'target')} hồ sơ được số hóa.")
    signature(D, ["Văn phòng Chính phủ", "Bộ Nội vụ", "TT Tỉnh ủy, HĐND tỉnh"],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)"], "Ngô Quang Sự")
    return D


def q5():
    P = "Tỉnh Long An"
    D = Doc("q5_longan_2024h1", "quarterly_report", "2024-06-20", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH LONG AN", "SỞ NỘI VỤ"], "1306/BC-SNV", "Long An")
    D("BÁO CÁO", "Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024", "")
    D("1. Cải cách thủ tục hành chính")
    recv, onl = 352410, 128907
    D(f"Toàn tỉnh tiếp nhận {c('received_total', 'city', recv)} hồ sơ, trong đó {c('received_online', 'city', onl)} hồ sơ trực tuyến "
      f"(tỷ lệ {r('received_online_share', 'city', onl, recv)}); {c('received_offline', 'city', recv - onl)} hồ sơ trực tiếp.")
    D.ident("sum", "sum_mismatch", recv, [onl, recv - onl], vn_int(recv))
    D(f"Tỷ lệ giải quyết đúng hạn đạt {r('resolved_on_time', 'city', value=98.96)} (cùng kỳ {nf('97,8%', 'change')}).", "")
    D("2. Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)".replace("766/QĐ-TTg", nf("766/QĐ-TTg", "reference")))
    comp = [("index_766_publicity", "Công khai, minh bạch", "17,40", 17.4, 18),
            ("index_766_progress", "Tiến độ giải quyết", "19,25", 19.25, 20),
            ("index_766_online_service", "Dịch vụ công trực tuyến", "8,95", 8.95, 12),
            ("index_766_online_payment", "Thanh toán trực tuyến", "7,60", 7.6, 10),
            ("index_766_satisfaction", "Mức độ hài lòng", "17,82", 17.82, 18),
            ("index_766_digitization", "Số hóa hồ sơ", "14,10", 14.1, 22)]
    total = sum(Decimal(str(x[3])) for x in comp)
    D(f"Tổng điểm 6 tháng của tỉnh đạt {D.score('index_766_total', 'city', total, maximum=100)}/{nf('100', 'maximum')} điểm, "
      f"xếp hạng {D.rank('city', 17, 63)} tỉnh, thành phố. Điểm thành phần:")
    for ind, lab, _t, v, mx in comp:
        D(f"+ {lab}: {D.score(ind, 'city', v, maximum=mx)} điểm (tối đa {nf(str(mx) + ' điểm', 'maximum')});")
    D.ident("score", "score_sum_mismatch", total, [x[3] for x in comp], vn_dec(total, 2))
    D("", "3. Tồn tại", f"Tỷ lệ số hóa còn thấp, {nf('gần 40%', 'approx')} hồ sơ cấp xã chưa số hóa kết quả.")
    signature(D, ["UBND tỉnh (b/c)", "Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"],
              ["GIÁM ĐỐC", "", "(Đã ký)"], "Lê Thị Mỹ Hạnh")
    return D


def q6():
    P = "Tỉnh An Giang"
    D = Doc("q6_angiang_2025q3", "quarterly_report", "2025-10-06", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["UBND TỈNH AN GIANG", "VĂN PHÒNG"], "3315/BC-VPUBND", "An Giang")
    D("BÁO CÁO", "Kết quả giải quyết thủ tục hành chính quý III năm 2025",
      "(kỳ đầu tiên vận hành mô hình chính quyền địa phương hai cấp)", "")
    wards = new_wards(P)
    D("1. Cấp tỉnh",
      f"Các sở, ban, ngành tiếp nhận {c('received_total', 'departments', 58312, scope='cấp tỉnh')} hồ sơ; đã giải quyết "
      f"{c('resolved_total', 'departments', 55040, scope='cấp tỉnh')} hồ sơ, trong đó trước hạn và đúng hạn "
      f"{c('resolved_in_time', 'departments', 54611, scope='cấp tỉnh')} hồ sơ ({r('resolved_on_time', 'departments', 54611, 55040, scope='cấp tỉnh')}).", "")
    D("2. Cấp xã",
      f"{n_units(P)} xã, phường, đặc khu tiếp nhận {c('received_total', 'communes', 402118, scope='cấp xã')} hồ sơ (gần "
      f"{nf('402 nghìn', 'approx')}); đã giải quyết {c('resolved_total', 'communes', 391644, scope='cấp xã')}, trong đó "
      f"đúng hạn {c('resolved_in_time', 'communes', 386920, scope='cấp xã')} ({r('resolved_on_time', 'communes', 386920, 391644, scope='cấp xã')}).")
    D.nf(f"{n_units(P)} xã, phường, đặc khu", "count_of_things")
    a, b = wards[44], wards[90]
    D(f"Hai địa phương dẫn đầu về số hồ sơ là {D.unit(a)} ({c('received_total', 'unit:' + a, 11042)} hồ sơ) và "
      f"{D.unit(b)} ({c('received_total', 'unit:' + b, 9876)} hồ sơ).", "")
    D("3. Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ")
    comp = [("index_766_publicity", "công khai, minh bạch", 16.8), ("index_766_progress", "tiến độ giải quyết", 18.1),
            ("index_766_online_service", "dịch vụ công trực tuyến", 9.4), ("index_766_online_payment", "thanh toán trực tuyến", 8.2),
            ("index_766_satisfaction", "mức độ hài lòng", 17.9), ("index_766_digitization", "số hóa hồ sơ", 16.35)]
    total = sum(Decimal(str(v)) for _, _, v in comp)
    parts = "; ".join(f"{lab} {D.score(ind, 'city', v)}" for ind, lab, v in comp)
    D(f"Tỉnh đạt {D.score('index_766_total', 'city', total)} điểm ({parts}), đứng thứ {D.rank('city', 11, 34, style='plain')} "
      f"trên 34 tỉnh, thành phố.")
    D.ident("score", "score_sum_mismatch", total, [v for _, _, v in comp], vn_dec(total, 2))
    D("", f"Quý IV, tỉnh phấn đấu tỷ lệ đúng hạn {nf('không dưới 98%', 'bound')}.")
    signature(D, ["UBND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường, đặc khu"],
              ["CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Trương Công Hậu")
    return D


def q7():
    P = "Tỉnh Phú Thọ"
    D = Doc("q7_phutho_2026q1", "quarterly_report", "2026-04-03", P)
    c, r, nf = D.cnt, D.rate, D.nf
    header(D, ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"], "145/BC-UBND", "Phú Thọ")
    D("BÁO CÁO", "Tình hình thực hiện nhiệm vụ cải cách thủ tục hành chính quý I năm 2026", "")
    recv, onl = 274903, 236115
    D("I. TIẾP NHẬN HỒ SƠ",
      f"Quý I, hệ thống ghi nhận {c('received_total', 'city', recv)} hồ sơ, với {c('received_online', 'city', onl)} hồ sơ "
      f"nộp trực tuyến, chiếm {r('received_online_share', 'city', onl, recv, off=-0.6)}.", "")
    R, e, o, l = 268410, 201553, 64990, 1867
    D("II. GIẢI QUYẾT HỒ SƠ",
      f"Đã giải quyết {c('resolved_total', 'city', R)} hồ sơ (trước hạn {c('resolved_early', 'city', e)}; đúng hạn "
      f"{c('resolved_on_time', 'city', o)}; quá hạn {c('resolved_late', 'city', l)}), tỷ lệ trước hạn và đúng hạn "
      f"{r('resolved_on_time', 'city', e + o, R)}.")
    D.ident("sum", "sum_mismatch", R, [e, o, l], vn_int(R))
    D(f"Số hồ sơ đang giải quyết là {c('pending_total', 'city', recv - R)} hồ sơ.")
    D.ident("balance", "balance_mismatch", recv, [R, recv - R], vn_int(recv))
    comp = [("index_766_publicity", 17.1), ("index_766_progress", 19.02), ("index_766_online_service", 10.5),
            ("index_766_online_payment", 8.9), ("index_766_satisfaction", 17.6), ("index_766_digitization", 15.3)]
    true_total = sum(Decimal(str(v)) for _, v in comp)
    stated = true_total + Decimal("1.00")
    labels = ["Công khai, minh bạch", "Tiến độ giải quyết", "Dịch vụ công trực tuyến", "Thanh toán trực tuyến",
              "Mức độ hài lòng", "Số hóa hồ sơ"]
    D("", f"III. CHỈ SỐ {nf('766', 'reference')}",
      f"Điểm tổng hợp quý I: {D.score('index_766_total', 'city', stated)} điểm, gồm:")
    for (ind, v), lab in zip(comp, labels):
        D(f"- {lab}: {D.score(ind, 'city', v)};")
    D.ident("score", "score_sum_mismatch", stated, [v for _, v in comp], vn_dec(stated, 2),
            plant_note=f"the six components add up to {vn_dec(true_total, 2)}")
    D(f"Tỉnh xếp thứ {D.rank('city', 9, 34)}, {nf('tăng 3 bậc', 'change')} so với quý IV/2025.")
    signature(D, ["Văn phòng Chính phủ", "TT Tỉnh ủy", "CT, các PCT UBND tỉnh"],
              ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)"], "Hà Quang Trung")
    return D


# ================================================================ commune_report

def commune_header(D, prov, dist, ward, number):
    left = [f"UBND {low(dist).upper()}" if dist else "", f"UBND {ward.upper()}"]
    left = [x for x in left if x]
    place = ward.split(" ", 1)[1]
    header(D, left, number, place)


def c1():
    P = "Tỉnh Thái Bình"
    D = Doc("c1_thaibinh_2019", "commune_report", "2019-12-10", P)
    c, r, nf = D.cnt, D.rate, D.nf
    dist = leg_districts(P)[2]
    ward = leg_wards(P, dist)[4]
    commune_header(D, P, dist, ward, "46/BC-UBND")
    D("BÁO CÁO", "Kết quả thực hiện cơ chế một cửa, một cửa liên thông năm 2019", "")
    D(f"Thực hiện {nf('Công văn số 318/UBND-NV', 'reference')} của UBND {low(dist)}, UBND {low(ward)} báo cáo như sau:", "")
    recv, R = 2418, 2409
    D("1. Bộ phận tiếp nhận và trả kết quả của xã",
      f"Trong năm, Bộ phận tiếp nhận {c('received_total', 'self', recv)} hồ sơ các loại, chủ yếu là chứng thực và hộ tịch. "
      f"Đã trả kết quả {c('resolved_total', 'self', R)} hồ sơ, tất cả đều đúng hẹn ({r('resolved_on_time', 'self', R, R, d=0)}); "
      f"còn {c('pending_total', 'self', recv - R, style='02')} hồ sơ đang giải quyết.")
    D.ident("balance", "balance_mismatch", recv, [R, recv - R], vn_int(recv))
    D(f"- Lĩnh vực chứng thực: {c('received_total', 'self', 1512, scope='chứng thực')} hồ sơ;",
      f"- Lĩnh vực hộ tịch: {c('received_total', 'self', 774, scope='hộ tịch')} hồ sơ;",
      f"- Các lĩnh vực khác: {c('received_total', 'self', recv - 1512 - 774, scope='lĩnh vực khác')} hồ sơ.")
    D.ident("sum", "sum_mismatch", recv, [1512, 774, recv - 1512 - 774], vn_int(recv))
    D("", "2. Dịch vụ công trực tuyến",
      f"Xã mới có {c('received_online', 'self', 9, style='02')} hồ sơ nộp qua mạng (mức độ 3), "
      f"{nf('chưa đến 1%', 'bound')} tổng số hồ sơ.", "")
    D("3. Khó khăn",
      f"Bộ phận một cửa chỉ có {nf('02 công chức', 'count_of_things')}, máy tính đã cũ; đường truyền chập chờn.", "")
    D("4. Đề xuất", f"Đề nghị huyện cấp bổ sung {nf('01 máy scan', 'count_of_things')} phục vụ số hóa.")
    signature(D, [f"UBND {low(dist)}", "Đảng ủy, HĐND xã"],
              ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)"], "Phạm Văn Tuyến")
    return D


def c2():
    P = "Tỉnh Yên Bái"
    D = Doc("c2_yenbai_2021q1", "commune_report", "2021-03-25", P)
    c, r, nf = D.cnt, D.rate, D.nf
    dist = leg_districts(P)[4]
    ward = leg_wards(P, dist)[6]
    commune_header(D, P, dist, ward, "17/BC-UBND")
    D("BÁO CÁO", "Tình hình giải quyết thủ tục hành chính quý I năm 2021", "")
    recv, R, pend = 637, 601, 26
    D(f"Quý I năm 2021, {low(ward)} đã tiếp nhận {c('received_total', 'self', recv)} hồ sơ TTHC; giải quyết xong "
      f"{c('resolved_total', 'self', R)} hồ sơ; đang giải quyết {c('pending_total', 'self', pend)} hồ sơ.")
    D.ident("balance", "balance_mismatch", recv, [R, pend], vn_int(recv),
            plant_note=f"{R} + {pend} = {R + pend}, not {recv}")
    ok = 596
    D(f"Trong số hồ sơ đã giải quyết, {c('resolved_in_time', 'self', ok)} hồ sơ đúng và trước hạn, chiếm "
      f"{r('resolved_on_time', 'self', ok, R)}; {c('resolved_late', 'self', R - ok, style='02')} hồ sơ chậm do phải xác minh.", "")
    D("Kết quả cụ thể theo lĩnh vực:",
      f"+ Hộ tịch: {c('resolved_total', 'self', 288, scope='hộ tịch')} hồ sơ;",
      f"+ Chứng thực: {c('resolved_total', 'self', 241, scope='chứng thực')} hồ sơ;",
      f"+ Đất đai, lao động - thương binh và xã hội: {c('resolved_total', 'self', R - 288 - 241, scope='lĩnh vực khác')} hồ sơ.")
    D.ident("sum", "sum_mismatch", R, [288, 241, R - 288 - 241], vn_int(R))
    D("", f"Xã đã niêm yết công khai {c('procedures_total', 'self', 118)} thủ tục hành chính thuộc thẩm quyền cấp xã "
      f"tại trụ sở và trên trang thông tin điện tử.")
    D(f"Mức độ hài lòng của người dân qua phiếu khảo sát đạt {nf('trên 95%', 'bound')}.")
    D(f"Điện thoại liên hệ: {nf('0216.3856.224', 'reference')}.")
    signature(D, [f"UBND {low(dist)}", "Lưu VP"], ["TM. UBND XÃ", "CHỦ TỊCH", "", "(Đã ký)"], "Hoàng Thị Lụa")
    return D


def c3():
    P = "Tỉnh Hải Dương"
    D = Doc("c3_haiduong_2023h1", "commune_report", "2023-06-15", P)
    c, r, nf = D.cnt, D.rate, D.nf
    dist = leg_districts(P)[6]
    ward = leg_wards(P, dist)[3]
    commune_header(D, P, dist, ward, "52/BC-UBND")
    D("BÁO CÁO", "Kết quả công tác cải cách hành chính 6 tháng đầu năm 2023", "")
    D("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    recv, onl = 1930, 804
    D(f"Từ {nf('15/12/2022', 'date')} đến {nf('14/6/2023', 'date')}, Bộ phận Một cửa tiếp nhận {c('received_total', 'self', recv)} hồ sơ, "
      f"trong đó trực tuyến {c('received_online', 'self', onl)} (đạt {r('received_online_share', 'self', onl, recv, d=1)}), "
      f"trực tiếp {c('received_offline', 'self', recv - onl)}.")
    D.ident("sum", "sum_mismatch", recv, [onl, recv - onl], vn_int(recv))
    R, e, o = 1921, 1403, 518
    D(f"Số hồ sơ đã giải quyết: {c('resolved_total', 'self', R)}; gồm trước hạn {c('resolved_early', 'self', e)}, đúng hạn "
      f"{c('resolved_on_time', 'self', o)}; không có hồ sơ quá hạn. Đang giải quyết: {c('pending_total', 'self', recv - R, style='02')} hồ sơ.")
    D.ident("sum", "sum_mismatch", R, [e, o], vn_int(R))
    D.ident("balance", "balance_mismatch", recv, [R, recv - R], vn_int(recv))
    D(f"Tỷ lệ số hóa hồ sơ đạt {r('digitization', 'self', 1874, R)} ({vn_int(1874)} hồ sơ).", "")
    D("II. THANH TOÁN TRỰC TUYẾN",
      f"Có {vn_int(212)} hồ sơ thu phí, lệ phí; "
      f"người dân thanh toán trực tuyến {vn_int(97)} hồ sơ, tỷ lệ {r('online_payment', 'self', 97, 212)}.", "")
    D(f"So với cùng kỳ năm 2022, số hồ sơ trực tuyến {nf('tăng gấp 3 lần', 'change')}.")
    signature(D, [f"UBND {low(dist)} (b/c)", "TT Đảng ủy, HĐND xã"],
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)"], "Vũ Đức Mạnh")
    return D


def c4():
    P = "Tỉnh Bắc Giang"
    D = Doc("c4_bacgiang_2024m11", "commune_report", "2024-11-29", P)
    c, r, nf = D.cnt, D.rate, D.nf
    dist = leg_districts(P)[1]
    ward = leg_wards(P, dist)[2]
    commune_header(D, P, dist, ward, "131/BC-UBND")
    D("BÁO CÁO", "Kết quả giải quyết TTHC tháng 11 năm 2024",
      f"(từ ngày {nf('15/10/2024', 'date')} đến ngày {nf('14/11/2024', 'date')})", "")
    car, new_on, new_off = 14, 133, 96
    recv = car + new_on + new_off
    D(f"1. Tổng số hồ sơ phải giải quyết trong tháng: {c('received_total', 'self', recv)} hồ sơ, trong đó:",
      f"- Kỳ trước chuyển sang: {c('received_carried_over', 'self', car)} hồ sơ;",
      f"- Tiếp nhận trực tuyến: {c('received_online', 'self', new_on)} hồ sơ;",
      f"- Tiếp nhận trực tiếp: {c('received_offline', 'self', new_off)} hồ sơ.")
    D.ident("sum", "sum_mismatch", recv, [car, new_on, new_off], vn_int(recv))
    D(f"Tỷ lệ nộp trực tuyến (không tính hồ sơ kỳ trước) đạt {r('online_submission', 'self', new_on, new_on + new_off)}.")
    R, e, o, l = 221, 170, 50, 1
    D(f"2. Đã giải quyết {c('resolved_total', 'self', R)} hồ sơ: trước hạn {c('resolved_early', 'self', e)}, đúng hạn "
      f"{c('resolved_on_time', 'self', o)}, quá hạn {c('resolved_late', 'self', l, style='02')}.")
    D.ident("sum", "sum_mismatch", R, [e, o, l], vn_int(R))
    pin, plate = 20, 2
    D(f"3. Đang giải quyết {c('pending_total', 'self', pin + plate)} hồ sơ, gồm {c('pending_on_time', 'self', pin)} hồ sơ trong hạn và "
      f"{c('pending_late', 'self', plate, style='02')} hồ sơ đã quá hạn.")
    D.ident("sum", "sum_mismatch", pin + plate, [pin, plate], vn_int(pin + plate))
    D.ident("balance", "balance_mismatch", recv, [R, pin + plate], vn_int(recv))
    D(f"4. Phản ánh, kiến nghị: không phát sinh.", "")
    D(f"Ghi chú: hồ sơ quá hạn thuộc lĩnh vực đất đai, đã gửi {nf('01 phiếu xin lỗi', 'count_of_things')} và hẹn lại ngày trả.")
    signature(D, [f"Văn phòng HĐND và UBND {low(dist)}"], ["CHỦ TỊCH", "", "(Đã ký)"], "Thân Văn Hưng")
    return D


def c5():
    P = "Tỉnh Quảng Ngãi"
    D = Doc("c5_quangngai_2025m08", "commune_report", "2025-08-28", P)
    c, r, nf = D.cnt, D.rate, D.nf
    wards = new_wards(P)
    ward = next(w for w in wards if w.startswith("Xã"))
    ward = wards[21] if wards[21].startswith(("Xã", "Phường")) else ward
    header(D, [f"UBND {ward.upper()}", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], "09/BC-TTPVHCC", ward.split(' ', 1)[1])
    D("BÁO CÁO", "Kết quả hoạt động của Trung tâm Phục vụ hành chính công xã",
      f"(từ {nf('01/7/2025', 'date')} đến {nf('25/8/2025', 'date')})", "")
    onl, off, post = 1618, 1402, 37
    stated = onl + off + post - 90
    D("1. Tiếp nhận",
      f"Kể từ khi đi vào hoạt động, Trung tâm đã tiếp nhận {c('received_total', 'self', stated)} hồ sơ. Trong đó: "
      f"trực tuyến {c('received_online', 'self', onl)}; trực tiếp tại quầy {c('received_offline', 'self', off, scope='trực tiếp')}; "
      f"qua bưu chính công ích {c('received_offline', 'self', post, scope='bưu chính')}.")
    D.ident("sum", "sum_mismatch", stated, [onl, off, post], vn_int(stated),
            plant_note=f"{vn_int(onl)} + {vn_int(off)} + {post} = {vn_int(onl + off + post)}")
    R, ok = 2801, 2779
    D("2. Giải quyết",
      f"Đã trả kết quả {c('resolved_total', 'self', R)} hồ sơ, đúng hạn {c('resolved_in_time', 'self', ok)} hồ sơ "
      f"({r('resolved_on_time', 'self', ok, R)}).")
    prev = [w for w in leg_districts(P)][0]
    other = wards[5]
    D(f"Trung tâm đã phối hợp với {D.unit(other)} tiếp nhận hồ sơ không phụ thuộc địa giới hành chính cho "
      f"{nf('46 trường hợp', 'count_of_things')}.", "")
    D("3. Khó khăn",
      f"Cơ sở dữ liệu đất đai của {low(prev)} (cũ) chưa được bàn giao đầy đủ; {nf('khoảng 300', 'approx')} hồ sơ phải tra cứu thủ công.")
    signature(D, [f"UBND {low(ward)}", "Văn phòng UBND tỉnh"], ["GIÁM ĐỐC", "", "(Đã ký)"], "Đỗ Minh Tâm")
    return D


def c6():
    P = "Tỉnh Nghệ An"
    D = Doc("c6_nghean_2025y", "commune_report", "2025-12-30", P)
    c, r, nf = D.cnt, D.rate, D.nf
    ward = [w for w in new_wards(P) if w.startswith("Phường")][3]
    header(D, ["ĐẢNG ỦY - HĐND - UBND", f"{ward.upper()}"], "214/BC-UBND", ward.split(" ", 1)[1])
    D("BÁO CÁO", "Tổng kết công tác cải cách hành chính 6 tháng cuối năm 2025", "")
    recv, onl = 8641, 7702
    D(f"Từ {nf('01/7/2025', 'date')}, {low(ward)} tiếp nhận tổng cộng {c('received_total', 'self', recv)} hồ sơ; tỷ lệ hồ sơ "
      f"nộp trực tuyến là {r('online_submission', 'self', onl, recv)} ({vn_int(onl)} hồ sơ).")
    R, e, o, l = 8410, 6904, 1481, 25
    D(f"Kết quả giải quyết: {c('resolved_total', 'self', R)} hồ sơ, chia ra: giải quyết sớm hạn {c('resolved_early', 'self', e)}, "
      f"đúng hạn {c('resolved_on_time', 'self', o)}, chậm hạn {c('resolved_late', 'self', l)}; còn lại "
      f"{c('pending_total', 'self', recv - R)} hồ sơ đang xử lý.")
    D.ident("sum", "sum_mismatch", R, [e, o, l], vn_int(R))
    D.ident("balance", "balance_mismatch", recv, [R, recv - R], vn_int(recv))
    D(f"Tỷ lệ đúng hạn (kể cả sớm hạn) đạt {r('resolved_on_time', 'self', e + o, R)}.", "")
    D(f"Thanh toán trực tuyến: {r('online_payment', 'self', 2290, 2371)} ({vn_int(2290)}/{vn_int(2371)} giao dịch có phí).",
      f"Số hóa kết quả giải quyết: {r('digitization', 'self', 8398, R)} ({vn_int(8398)}/{vn_int(R)}).", "")
    D(f"Phường đã tổ chức {nf('04 hội nghị', 'count_of_things')} đối thoại; tiếp nhận {c('feedback_total', 'self', 6, style='02')} "
      f"phản ánh, đã xử lý dứt điểm {c('feedback_resolved', 'self', 6, style='02')}.")
    D(f"Năm 2026 phấn đấu tỷ lệ trực tuyến {nf('từ 90% trở lên', 'target')}.")
    signature(D, ["Đảng ủy phường", "Văn phòng UBND tỉnh"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "(Đã ký)"], "Nguyễn Hữu Lộc")
    return D


def c7():
    P = "Thành phố Hải Phòng"
    D = Doc("c7_haiphong_2026m02", "commune_report", "2026-02-27", P)
    c, r, nf = D.cnt, D.rate, D.nf
    ward = [w for w in new_wards(P) if w.startswith("Xã")][9]
    header(D, [f"UBND {ward.upper()}"], "38/BC-UBND", ward.split(" ", 1)[1])
    D("BÁO CÁO NHANH", "Một số chỉ tiêu giải quyết TTHC tháng 02/2026".replace("02/2026", nf("02/2026", "date")), "")
    recv, onl = 1310, 1244
    D(f"1.1. Tỷ lệ nộp hồ sơ trực tuyến: {vn_int(onl)}/{vn_int(recv)} hồ sơ, đạt {r('online_submission', 'self', onl, recv, off=1.3)}.")
    D(f"1.2. Tỷ lệ thanh toán trực tuyến: đạt {r('online_payment', 'self', value=100, d=0)}.")
    D(f"1.3. Tỷ lệ số hóa hồ sơ: {vn_int(1297)}/{vn_int(1297)} hồ sơ, {r('digitization', 'self', 1297, 1297, d=0)}.")
    D(f"1.4. Tỷ lệ tái sử dụng dữ liệu số hóa ({nf('chỉ tiêu ≥ 90%', 'target')}): {r('digital_reuse', 'self', value=93.7, d=1, dot=True)}.", "")
    R, ok = 1297, 1297
    D(f"2. Tổng số hồ sơ đã giải quyết: {c('resolved_total', 'self', R)}; trong đó trước hạn {c('resolved_early', 'self', 1188)}, "
      f"đúng hạn {c('resolved_on_time', 'self', 109)}, quá hạn {c('resolved_late', 'self', 0)}.")
    D.ident("sum", "sum_mismatch", R, [1188, 109, 0], vn_int(R))
    D(f"3. Hồ sơ đang giải quyết: {c('pending_total', 'self', 13, style='02')} hồ sơ (trong hạn).")
    D.ident("balance", "balance_mismatch", recv, [R, 13], vn_int(recv))
    D(f"4. Phản ánh, kiến nghị: {c('feedback_total', 'self', 0)} phản ánh.", "")
    signature(D, ["Văn phòng UBND thành phố"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)"], "Bùi Thị Thu Trang")
    return D


# ================================================================ news_article

def n1():
    P = "Tỉnh Kiên Giang"
    D = Doc("n1_kiengiang_2019", "news_article", "2019-10-15", P)
    c, r, nf = D.cnt, D.rate, D.nf
    D(f"Kiên Giang: {nf('Hơn 98%', 'bound')} hồ sơ giải quyết đúng hẹn trong 9 tháng", "",
      f"{nf('15/10/2019', 'date')} 08:12", "")
    recv, R, ok = 486201, 471330, 463921
    D(f"Theo Văn phòng UBND tỉnh, 9 tháng năm 2019 các cơ quan hành chính ba cấp trong tỉnh đã tiếp nhận "
      f"{c('received_total', 'city', recv)} hồ sơ thủ tục hành chính. Trong số {c('resolved_total', 'city', R)} hồ sơ đã "
      f"có kết quả, {c('resolved_in_time', 'city', ok)} hồ sơ được trả đúng hẹn, đạt {r('resolved_on_time', 'city', ok, R)}.", "")
    D(f"Số hồ sơ trễ hẹn là {c('resolved_late', 'city', R - ok)}, tập trung ở lĩnh vực đất đai tại cấp huyện. "
      f"Các đơn vị đã gửi thư xin lỗi đến người dân đối với toàn bộ hồ sơ trễ hẹn. Nếu tính trên tổng số hồ sơ "
      f"tiếp nhận thì tỷ lệ đúng hẹn là {r('resolved_on_time', 'city', ok, recv, scope='trên tổng số hồ sơ tiếp nhận')}.", "")
    dists = leg_districts(P)
    D(f"Đáng chú ý, {D.unit(dists[4])} và {D.unit(dists[11])} có tỷ lệ đúng hẹn {nf('trên 99,5%', 'bound')}, trong khi "
      f"{D.unit(dists[0])} chỉ đạt {r('resolved_on_time', 'unit:' + dists[0], value=94.18)}.", "")
    D(f"Ông Trần Quốc Bảo, Phó Chánh Văn phòng UBND tỉnh cho biết, so với cùng kỳ, tỷ lệ trễ hẹn {nf('giảm 0,8%', 'change')}. "
      f"Từ nay đến cuối năm, tỉnh đưa thêm {nf('khoảng 120', 'approx')} dịch vụ công mức độ 3, 4 lên cổng.", "")
    D("Dịch vụ công trực tuyến vẫn còn ít người dùng: mới có "
      f"{c('received_online', 'city', 3974)} hồ sơ nộp qua mạng, {nf('chưa tới 1%', 'bound')} tổng số hồ sơ.", "")
    D("Minh Châu")
    return D


def n2():
    P = "Tỉnh Trà Vinh"
    D = Doc("n2_travinh_2020q3", "news_article", "2020-10-12", P)
    c, r, nf = D.cnt, D.rate, D.nf
    D("Trà Vinh: cấp tỉnh nhận 48,6 ngàn hồ sơ hành chính sau 9 tháng", f"Cập nhật {nf('12/10/2020', 'date')}", "")
    D(f"(TV) - Từ đầu năm đến cuối tháng 9/2020, các sở, ngành tỉnh nhận tổng cộng "
      f"{c('received_total', 'departments', 48600, scope='cấp tỉnh', text='48,6 ngàn')} bộ hồ sơ; người dân vẫn chủ yếu nộp "
      f"tại quầy với {c('received_offline', 'departments', 41250, scope='cấp tỉnh', text='41,25 ngàn')} hồ sơ.", "")
    D(f"Tính đến ngày báo cáo, {c('resolved_total', 'departments', 47150, scope='cấp tỉnh', text='47,15 ngàn')} hồ sơ "
      f"đã có kết quả, tức khoảng 97 phần trăm số nhận vào.".replace("khoảng 97 phần trăm", nf("khoảng 97 phần trăm", "approx")), "")
    D(f"Trong quý III, lượng hồ sơ lên tới {c('received_total', 'departments', 19800, scope='quý III', text='19,8 ngàn')}, "
      f"{nf('nhiều hơn quý II 4,3 ngàn hồ sơ', 'change')}, do nhu cầu đăng ký đất đai và cấp đổi giấy phép lái xe tăng mạnh.", "")
    D(f"Lãnh đạo Văn phòng UBND tỉnh cho biết, tỷ lệ hồ sơ trả đúng hẹn ở cấp tỉnh duy trì ở mức "
      f"{r('resolved_on_time', 'departments', value=98.6, d=1, scope='cấp tỉnh')}; riêng lĩnh vực đất đai còn "
      f"{nf('hơn 300', 'approx')} hồ sơ chậm.", "")
    D(f"Thời gian tới, tỉnh sẽ bố trí thêm {nf('06 quầy', 'count_of_things')} và khuyến khích người dân nộp hồ sơ trực tuyến.", "")
    D("Thanh Tâm", "")
    D("Ý kiến bạn đọc", "Chia sẻ bài viết")
    return D


def news(D, title, when, paras, author):
    D("Trang chủ > Thời sự > Cải cách hành chính", "", title, "", when, "")
    for p in paras:
        D(p, "")
    D(author, "", "Từ khóa: cải cách hành chính; dịch vụ công trực tuyến; một cửa",
      "Tin cùng chuyên mục:", "- Nâng cao chất lượng phục vụ tại bộ phận một cửa cấp xã",
      "- Đẩy mạnh thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính")


def n3():
    P = "Tỉnh Quảng Trị"
    D = Doc("n3_quangtri_2022q1", "news_article", "2022-04-08", P)
    c, r, nf = D.cnt, D.rate, D.nf
    recv, onl, R, ok = 96310, 27644, 93002, 91870
    news(D, "Quảng Trị: Hồ sơ trực tuyến tăng mạnh trong quý I", f"Thứ Sáu, {nf('08/04/2022', 'date')}", [
        f"Quý I/2022, toàn tỉnh tiếp nhận {c('received_total', 'city', recv)} hồ sơ TTHC, trong đó hồ sơ trực tuyến là "
        f"{c('received_online', 'city', onl)}, chiếm {r('received_online_share', 'city', onl, recv, off=2.0)} tổng số hồ sơ.",
        f"Về kết quả, {c('resolved_total', 'city', R)} hồ sơ đã được giải quyết, với {c('resolved_in_time', 'city', ok)} "
        f"hồ sơ đúng hạn ({r('resolved_on_time', 'city', ok, R)}).",
        f"Theo Sở Thông tin và Truyền thông, tỉnh hiện cung cấp {nf('hơn 1.200', 'approx')} dịch vụ công mức độ 3, 4; "
        f"số hồ sơ trực tuyến {nf('tăng 2,5 lần', 'change')} so với cùng kỳ năm 2021.",
        f"Mục tiêu năm 2022 là {nf('ít nhất 50%', 'target')} hồ sơ được nộp qua mạng.",
        f"Tại buổi làm việc ngày {nf('6/4', 'date')}, Phó Chủ tịch UBND tỉnh đề nghị các địa phương tuyên truyền để người dân "
        f"quen với việc nộp hồ sơ tại nhà.",
    ], "Hải Yến")
    return D


def n4():
    P = "Tỉnh Hòa Bình"
    D = Doc("n4_hoabinh_2023q1", "news_article", "2023-03-30", P)
    c, r, nf = D.cnt, D.rate, D.nf
    dists = leg_districts(P)
    R, ok = 61455, 60212
    news(D, f"Tỷ lệ hồ sơ trả đúng hạn quý I đạt {r('resolved_on_time', 'city', ok, R, xy=False)}", f"{nf('30/03/2023', 'date')} | 16:05", [
        f"Từ đầu năm đến nay, các cơ quan hành chính ba cấp của tỉnh Hòa Bình đã giải quyết {c('resolved_total', 'city', R)} "
        f"hồ sơ, trong đó có {c('resolved_in_time', 'city', ok)} hồ sơ trả đúng hạn, tương ứng {r('resolved_on_time', 'city', ok, R)}.",
        f"Với cấp huyện, {D.units('districts', len(dists) - 2, len(dists))} huyện, thành phố đạt tỷ lệ đúng hạn "
        f"{nf('từ 98% trở lên', 'target')}; {D.unit(dists[2])} và {D.unit(dists[7])} còn thấp, lần lượt "
        f"{r('resolved_on_time', 'unit:' + dists[2], value=95.3, d=1)} và {r('resolved_on_time', 'unit:' + dists[7], value=96.02)}.",
        f"Trung tâm Phục vụ hành chính công tỉnh hiện bố trí {nf('45 quầy', 'count_of_things')}, với "
        f"{nf('gần 100', 'approx')} công chức, viên chức làm việc thường xuyên.",
        f"Số điện thoại đường dây nóng: {nf('0218 3852 147', 'reference')}.",
    ], "Bích Ngọc")
    D.same(pct(ok, R, 2), pct(ok, R, 2), vn_dec(pct(ok, R, 2), 2) + "%")
    return D


def n5():
    P = "Tỉnh Đắk Nông"
    D = Doc("n5_daknong_2024m09", "news_article", "2024-09-27", P)
    c, r, nf = D.cnt, D.rate, D.nf
    recv, onl = 41288, 19037
    R, late = 39904, 412
    news(D, "Đắk Nông đẩy mạnh dịch vụ công trực tuyến", f"{nf('27/9/2024', 'date')}", [
        f"Tám tháng năm 2024, người dân và doanh nghiệp trên địa bàn nộp {c('received_total', 'city', recv)} hồ sơ, "
        f"{c('received_online', 'city', onl)} hồ sơ trong đó qua Cổng Dịch vụ công — tỷ lệ trực tuyến "
        f"{r('online_submission', 'city', onl, recv)}, cao hơn {nf('mức 30,5%', 'change')} của cùng kỳ.",
        f"Có {c('resolved_total', 'city', R)} hồ sơ đã được xử lý; {c('resolved_late', 'city', late)} hồ sơ bị trễ, "
        f"tức {r('resolved_late', 'city', late, R)}.",
        f"Theo kế hoạch, đến cuối năm tỷ lệ này phải {nf('dưới 1%', 'bound')}, còn tỷ lệ trực tuyến {nf('trên 50%', 'bound')}.",
        f"Ông Lê Văn Khoa, Chánh Văn phòng UBND tỉnh cho hay, trong {nf('tháng 10', 'date')} tỉnh tổ chức "
        f"{nf('02 đợt', 'count_of_things')} kiểm tra đột xuất bộ phận một cửa cấp huyện.",
    ], "Y Bình")
    return D


def n6():
    P = "Tỉnh Tây Ninh"
    D = Doc("n6_tayninh_2025m10", "news_article", "2025-10-20", P)
    c, r, nf = D.cnt, D.rate, D.nf
    wards = new_wards(P)
    a, b, z = wards[8], wards[41], wards[77]
    news(D, "Chính quyền hai cấp ở Tây Ninh: người dân nộp hồ sơ trực tuyến ngày càng nhiều",
         f"Thứ Hai, {nf('20/10/2025', 'date')} - 07:30", [
        f"Sau hơn ba tháng vận hành chính quyền địa phương hai cấp, các xã, phường của Tây Ninh tiếp nhận "
        f"{c('received_total', 'communes', 318406, scope='cấp xã')} hồ sơ, trong đó {c('received_online', 'communes', 261930, scope='cấp xã')} "
        f"hồ sơ trực tuyến ({r('received_online_share', 'communes', 261930, 318406, scope='cấp xã')}).",
        f"Ở cấp tỉnh, tỷ lệ hồ sơ trực tuyến đạt {r('online_submission', 'departments', value=91.24, scope='cấp tỉnh')}.",
        f"Nhiều địa phương làm tốt như {D.unit(a)} ({r('online_submission', 'unit:' + a, value=97.1, d=1)}), "
        f"{D.unit(b)} ({r('online_submission', 'unit:' + b, value=96.45)}); ngược lại, {D.unit(z)} mới đạt "
        f"{r('online_submission', 'unit:' + z, value=61.08)}.",
        f"Toàn tỉnh còn {nf('khoảng 2.000', 'approx')} hồ sơ đất đai tồn đọng từ các huyện cũ chuyển về, đang được xử lý dứt điểm "
        f"trước {nf('ngày 31/12/2025', 'date')}.",
    ], "Khánh Linh")
    return D


def n7():
    P = "Tỉnh Khánh Hòa"
    D = Doc("n7_khanhhoa_2026y", "news_article", "2026-01-22", P)
    c, r, nf = D.cnt, D.rate, D.nf
    R, ok = 1402318, 1389941
    true = pct(ok, R, 2)
    wrong = Decimal("99.21")
    news(D, f"Khánh Hòa: {r('resolved_on_time', 'city', value=wrong)} hồ sơ năm 2025 được giải quyết đúng hạn",
         f"{nf('22/01/2026', 'date')} 10:41", [
        f"Năm 2025, các cơ quan trên địa bàn tỉnh giải quyết {c('resolved_total', 'city', R)} hồ sơ TTHC. Trong đó, số hồ sơ "
        f"trước và đúng hạn là {c('resolved_in_time', 'city', ok)}, đạt {r('resolved_on_time', 'city', ok, R)}; hồ sơ quá hạn "
        f"là {c('resolved_late', 'city', R - ok)}.",
        f"Hồ sơ nộp trực tuyến chiếm {r('received_online_share', 'city', value=84.6, d=1)} tổng số hồ sơ tiếp nhận, "
        f"{nf('tăng 21,4%', 'change')} so với năm 2024.",
        f"Tỉnh đặt mục tiêu năm 2026 giải quyết đúng hạn {nf('trên 99%', 'bound')} và tiếp tục giảm "
        f"{nf('ít nhất 10%', 'target')} thời gian giải quyết các thủ tục về đầu tư.",
    ], "Ngọc Diệp")
    D.same(true, wrong, vn_dec(wrong, 2) + "%",
           plant_note=f"the headline says 99,21% while the body says {vn_dec(true, 2)}% ({vn_int(ok)}/{vn_int(R)})")
    return D


# ================================================================ portal_stats

def portal_head(D, site, title, when):
    D(site, "Trang chủ | Thủ tục hành chính | Tra cứu hồ sơ | Thống kê | Hỏi đáp", "", title, when, "")


def p1():
    P = "Tỉnh Vĩnh Phúc"
    D = Doc("p1_vinhphuc_2020m06", "portal_stats", "2020-06-30", P)
    c, r, nf = D.cnt, D.rate, D.nf
    portal_head(D, "CỔNG DỊCH VỤ CÔNG TỈNH VĨNH PHÚC", "THỐNG KÊ TÌNH HÌNH XỬ LÝ HỒ SƠ - THÁNG 6/2020",
                f"Số liệu cập nhật đến: {nf('30/06/2020 17:00', 'date')}")
    tkt, dtn = 2210, 18877
    cxl = tkt + dtn
    dxl, sm, tr = 19540, 19391, 149
    dang = cxl - dxl
    D(f"Tồn kỳ trước: {c('received_carried_over', 'city', tkt, style='plain')}",
      f"Đã tiếp nhận: {vn_int(dtn, 'plain')}",
      f"Cần xử lý: {c('received_total', 'city', cxl, style='plain')}",
      f"Đã xử lý: {c('resolved_total', 'city', dxl, style='plain')}",
      f"   Sớm hạn/đúng hạn: {c('resolved_in_time', 'city', sm, style='plain')}",
      f"   Trễ hạn: {c('resolved_late', 'city', tr, style='plain')}",
      f"Đang xử lý: {c('pending_total', 'city', dang, style='plain')}")
    D.ident("sum", "sum_mismatch", cxl, [tkt, dtn], str(cxl))
    D.ident("sum", "sum_mismatch", dxl, [sm, tr], str(dxl))
    D.ident("balance", "balance_mismatch", cxl, [dxl, dang], str(cxl))
    D(f"Tỷ lệ đúng hạn: {r('resolved_on_time', 'city', sm, dxl, dot=True)}",
      f"Tỷ lệ trễ hạn: {r('resolved_late', 'city', tr, dxl, dot=True)}", "")
    D.ident("complement", "complement_mismatch", 100, [pct(sm, dxl, 2), pct(tr, dxl, 2)], "100")
    D("Ghi chú: Sớm hạn/đúng hạn = hồ sơ trả trước hoặc bằng ngày hẹn.",
      f"Hotline hỗ trợ: {nf('1900 1095', 'reference')}")
    return D


def p2():
    P = "Tỉnh Phú Yên"
    D = Doc("p2_phuyen_2021y", "portal_stats", "2021-12-31", P)
    c, r, nf = D.cnt, D.rate, D.nf
    portal_head(D, "HỆ THỐNG THÔNG TIN MỘT CỬA ĐIỆN TỬ PHÚ YÊN", "Kết quả giải quyết TTHC năm 2021",
                f"Từ ngày {nf('01/01/2021', 'date')} đến ngày {nf('31/12/2021', 'date')}")
    D("Cơ quan | Tiếp nhận | Đã giải quyết | Đúng hạn | Tỷ lệ đúng hạn")
    rows = [("Sở Tư pháp", 10204, 10188, 10150, None), ("Sở Tài nguyên và Môi trường", 8802, 8610, 8320, None),
            ("Sở Kế hoạch và Đầu tư", 5117, 5117, 5117, None), ("Sở Giao thông vận tải", 14390, 14352, 14041, 0.5)]
    for name, rv, R, ok, off in rows:
        u = "unit:" + name
        D(f"{name} | {c('received_total', u, rv, style='plain')} | {c('resolved_total', u, R, style='plain')} | "
          f"{c('resolved_in_time', u, ok, style='plain')} | {r('resolved_on_time', u, ok, R, d=1, dot=True, off=off)}")
    rv = sum(x[1] for x in rows); R = sum(x[2] for x in rows); ok = sum(x[3] for x in rows)
    D(f"Tổng | {c('received_total', 'departments', rv, style='plain', scope='cấp tỉnh')} | "
      f"{c('resolved_total', 'departments', R, style='plain', scope='cấp tỉnh')} | "
      f"{c('resolved_in_time', 'departments', ok, style='plain', scope='cấp tỉnh')} | "
      f"{r('resolved_on_time', 'departments', ok, R, d=1, dot=True, scope='cấp tỉnh')}")
    for k in (1, 2, 3):
        D.ident("sum", "sum_mismatch", [rv, R, ok][k - 1], [x[k] for x in rows], "Tổng")
    D("", "(Chỉ thống kê các cơ quan có hồ sơ phát sinh trong kỳ)",
      f"Lượt truy cập: {nf('1284507', 'count_of_things')}", "© Văn phòng UBND tỉnh Phú Yên")
    return D


def p3():
    P = "Tỉnh Ninh Thuận"
    D = Doc("p3_ninhthuan_2023m02", "portal_stats", "2023-02-28", P)
    c, r, nf = D.cnt, D.rate, D.nf
    portal_head(D, "Cổng Dịch vụ công Ninh Thuận", "Tình hình xử lý hồ sơ tháng 02/2023",
                f"Ngày cập nhật {nf('28/02/2023', 'date')}")
    lv = [("Mức độ 2", 9632, 9401, 231), ("Mức độ 3", 3175, 3099, 76), ("Mức độ 4", 1210, 1187, 23)]
    D("Mức độ | Tiếp nhận | Đã xử lý | Chưa xử lý")
    for lab, a, b, d_ in lv:
        D(f"{lab} | {c('received_total', 'city', a, style='plain', scope=lab)} | {c('resolved_total', 'city', b, style='plain', scope=lab)} | "
          f"{c('pending_total', 'city', d_, style='plain', scope=lab)}")
        D.ident("balance", "balance_mismatch", a, [b, d_], str(a))
    tr = sum(x[1] for x in lv); tb = sum(x[2] for x in lv)
    D(f"Tổng | {c('received_total', 'city', tr, style='plain')} | {c('resolved_total', 'city', tb, style='plain')} | "
      f"{c('pending_total', 'city', tr - tb, style='plain')}")
    D.ident("sum", "sum_mismatch", tr, [x[1] for x in lv], str(tr))
    onl = lv[1][1] + lv[2][1]
    D("", f"Tỷ lệ hồ sơ trực tuyến (mức độ 3, 4): {r('received_online_share', 'city', onl, tr, d=1, dot=True)}",
      f"Mức độ hài lòng: {r('other', 'city', value=96.8, d=1, dot=True, scope='mức độ hài lòng')}",
      f"Số TTHC mức độ 4 đang cung cấp: {c('procedures_full_online', 'city', 602, style='plain')}")
    return D


def p4():
    P = "Tỉnh Hậu Giang"
    D = Doc("p4_haugiang_2024m08", "portal_stats", "2024-08-31", P)
    c, r, nf = D.cnt, D.rate, D.nf
    portal_head(D, "HẬU GIANG - HỆ THỐNG GIẢI QUYẾT TTHC", "Báo cáo thống kê tháng 8 năm 2024",
                f"Kỳ: {nf('01/08/2024', 'date')} - {nf('31/08/2024', 'date')}")
    onl, tt, bc = 11820, 9406, 219
    stated = onl + tt + bc + 300
    D(f"Tiếp nhận trong kỳ: {c('received_total', 'city', stated, style='plain')}",
      f"  - Trực tuyến: {c('received_online', 'city', onl, style='plain')}",
      f"  - Trực tiếp: {c('received_offline', 'city', tt, style='plain', scope='trực tiếp')}",
      f"  - Bưu chính công ích: {c('received_offline', 'city', bc, style='plain', scope='bưu chính')}")
    D.ident("sum", "sum_mismatch", stated, [onl, tt, bc], str(stated),
            plant_note=f"{onl} + {tt} + {bc} = {onl + tt + bc}")
    R, e, o, l = 20995, 17740, 3012, 243
    D(f"Đã giải quyết: {c('resolved_total', 'city', R, style='plain')}",
      f"  - Trước hạn: {c('resolved_early', 'city', e, style='plain')}",
      f"  - Đúng hạn: {c('resolved_on_time', 'city', o, style='plain')}",
      f"  - Quá hạn: {c('resolved_late', 'city', l, style='plain')}")
    D.ident("sum", "sum_mismatch", R, [e, o, l], str(R))
    D(f"Tỷ lệ giải quyết đúng hạn: {r('resolved_on_time', 'city', e + o, R, dot=True)}",
      f"Tỷ lệ thanh toán trực tuyến: {r('online_payment', 'city', value=67.3, d=1, dot=True)}", "",
      "Dữ liệu được tổng hợp tự động từ phần mềm một cửa điện tử.")
    return D


def p5():
    P = "Tỉnh Lâm Đồng"
    D = Doc("p5_lamdong_2025m09", "portal_stats", "2025-09-30", P)
    c, r, nf = D.cnt, D.rate, D.nf
    portal_head(D, "CỔNG DỊCH VỤ CÔNG TỈNH LÂM ĐỒNG", "Thống kê theo đơn vị - Tháng 9/2025",
                f"Cập nhật lúc {nf('30/09/2025 23:59', 'date')}")
    wards = new_wards(P)
    us = [wards[2], wards[30], wards[66], wards[101]]
    D("STT | Đơn vị | Đã tiếp nhận | Trực tuyến | Tỷ lệ trực tuyến")
    data = [(1480, 1302), (975, 911), (2214, 1650), (633, 598)]
    for i, (u, (a, b)) in enumerate(zip(us, data), 1):
        D(f"{vn_int(i, '02')} | {u} | {c('received_total', 'unit:' + u, a, style='plain')} | "
          f"{c('received_online', 'unit:' + u, b, style='plain')} | {r('received_online_share', 'unit:' + u, b, a, dot=True)}")
        D.ident("unit", "unknown_unit", 0, [], u)
        D.idents[-1].update({"name": u, "type": "unit", "mistake": None})
    D("...", f"Tổng cấp xã | {c('received_total', 'communes', 187532, style='plain', scope='cấp xã')} | "
      f"{c('received_online', 'communes', 160418, style='plain', scope='cấp xã')} | "
      f"{r('received_online_share', 'communes', 160418, 187532, dot=True, scope='cấp xã')}",
      f"Cấp tỉnh | {c('received_total', 'departments', 24805, style='plain', scope='cấp tỉnh')} | "
      f"{c('received_online', 'departments', 22117, style='plain', scope='cấp tỉnh')} | "
      f"{r('received_online_share', 'departments', 22117, 24805, dot=True, scope='cấp tỉnh')}", "",
      f"Hiển thị {nf('4', 'count_of_things')} trên {nf(str(n_units(P)), 'count_of_things')} đơn vị cấp xã.")
    return D


def p6():
    P = "Tỉnh Tuyên Quang"
    D = Doc("p6_tuyenquang_2025q4", "portal_stats", "2025-12-31", P)
    c, r, nf = D.cnt, D.rate, D.nf
    portal_head(D, "dichvucong.tuyenquang.gov.vn", "Chỉ số phục vụ người dân, doanh nghiệp - Quý IV/2025",
                f"Nguồn: Cổng Dịch vụ công quốc gia, truy xuất {nf('31/12/2025', 'date')}")
    comp = [("index_766_publicity", "Công khai, minh bạch", 16.9, 18), ("index_766_progress", "Tiến độ giải quyết", 19.4, 20),
            ("index_766_online_service", "Cung cấp dịch vụ trực tuyến", 10.85, 12),
            ("index_766_online_payment", "Thanh toán trực tuyến", 9.1, 10), ("index_766_satisfaction", "Mức độ hài lòng", 17.95, 18),
            ("index_766_digitization", "Số hóa hồ sơ", 18.2, 22)]
    total = sum(Decimal(str(x[2])) for x in comp)
    D("Nhóm chỉ tiêu | Điểm đạt | Điểm tối đa")
    for ind, lab, v, mx in comp:
        D(f"{lab} | {D.score(ind, 'city', v, dot=True, maximum=mx)} | {nf(str(mx), 'maximum')}")
    D(f"TỔNG ĐIỂM | {D.score('index_766_total', 'city', total, dot=True, maximum=100)} | 100")
    D.ident("score", "score_sum_mismatch", total, [x[2] for x in comp], f"{total:.2f}")
    D("", f"Xếp hạng: {D.rank('city', 6, 34)}", f"Xếp loại: Tốt ({nf('từ 80 điểm trở lên', 'bound')})", "",
      f"Tỷ lệ hồ sơ trực tuyến toàn trình: {r('full_online', 'city', 48211, 60390, dot=True)} (48211/60390)",
      f"Tỷ lệ số hóa kết quả: {r('digitization', 'city', 60102, 60390, dot=True)}")
    return D


def p7():
    P = "Thành phố Cần Thơ"
    D = Doc("p7_cantho_2026m03", "portal_stats", "2026-03-31", P)
    c, r, nf = D.cnt, D.rate, D.nf
    portal_head(D, "HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC THÀNH PHỐ CẦN THƠ", "Bảng theo dõi tiến độ - Tháng 03/2026",
                f"Thời điểm: {nf('31/03/2026', 'date')}")
    recv, R = 96450, 93018
    ok = 92577
    pe_ok, pe_late = 3310, 122
    D(f"Hồ sơ tiếp nhận: {c('received_total', 'city', recv, style='space')}",
      f"Hồ sơ đã giải quyết: {c('resolved_total', 'city', R, style='space')}",
      f"- Trong đó đúng hạn: {c('resolved_in_time', 'city', ok, style='space')} ({r('resolved_on_time', 'city', ok, R, dot=True)})",
      f"Hồ sơ đang giải quyết: {c('pending_total', 'city', pe_ok + pe_late, style='space')}",
      f"- Chưa đến hạn: {c('pending_on_time', 'city', pe_ok, style='space')}",
      f"- Đã quá hạn: {c('pending_late', 'city', pe_late, style='space')}")
    D.ident("balance", "balance_mismatch", recv, [R, pe_ok + pe_late], str(recv))
    D.ident("sum", "sum_mismatch", pe_ok + pe_late, [pe_ok, pe_late], str(pe_ok + pe_late))
    wards = new_wards(P)
    D("", "Đơn vị có hồ sơ quá hạn nhiều nhất:",
      f"1. {wards[11]}: {c('pending_late', 'unit:' + wards[11], 31, style='plain')}",
      f"2. {wards[47]}: {c('pending_late', 'unit:' + wards[47], 18, style='plain')}",
      f"3. {wards[80]}: {c('pending_late', 'unit:' + wards[80], 9, style='02')}")
    for w in (wards[11], wards[47], wards[80]):
        D.unit(w, shown=w)
    D("", f"Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn: {r('feedback_handled', 'city', 57, 58, d=1, dot=True)} (57/58)")
    return D


# ================================================================ ministry_report

def ministry_head(D, left, number):
    header(D, left, number, "Hà Nội")


def m1():
    D = Doc("m1_botuphap_2019", "ministry_report", "2019-12-20", None)
    c, r, nf = D.cnt, D.rate, D.nf
    ministry_head(D, ["BỘ TƯ PHÁP"], "412/BC-BTP")
    D("BÁO CÁO", "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính năm 2019 của Bộ Tư pháp", "")
    D("1. Rà soát, đơn giản hóa",
      f"Năm 2019, Bộ đã rà soát {nf('142 thủ tục', 'count_of_things')}, kiến nghị đơn giản hóa {nf('37 thủ tục', 'count_of_things')}, "
      f"ước tiết kiệm chi phí tuân thủ {nf('khoảng 18 tỷ đồng/năm', 'approx')}.", "")
    recv, R = 216044, 212930
    ok = 212101
    D("2. Tiếp nhận, giải quyết hồ sơ",
      f"Các đơn vị thuộc Bộ tiếp nhận {c('received_total', 'self', recv)} hồ sơ (lý lịch tư pháp, quốc tịch, đăng ký giao dịch bảo đảm); "
      f"đã giải quyết {c('resolved_total', 'self', R)} hồ sơ, đúng hạn {c('resolved_in_time', 'self', ok)} hồ sơ "
      f"(đạt {r('resolved_on_time', 'self', ok, R)}); đang giải quyết {c('pending_total', 'self', recv - R)} hồ sơ.")
    D.ident("balance", "balance_mismatch", recv, [R, recv - R], vn_int(recv))
    D(f"Trong đó, {c('received_online', 'self', 61207)} hồ sơ được nộp trực tuyến, bằng "
      f"{r('received_online_share', 'self', 61207, recv)} tổng số hồ sơ tiếp nhận.", "")
    D("3. Phản ánh, kiến nghị",
      f"Bộ tiếp nhận {c('feedback_total', 'self', 23)} phản ánh, kiến nghị về quy định hành chính; đã xử lý "
      f"{c('feedback_resolved', 'self', 21)}, đang xử lý {c('feedback_pending', 'self', 2, style='02')}.")
    D.ident("balance", "balance_mismatch", 23, [21, 2], "23")
    signature(D, ["Văn phòng Chính phủ", "Bộ trưởng (để b/c)", "Các đơn vị thuộc Bộ"],
              ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(Đã ký)"], "Trịnh Văn Khải")
    return D


def m_simple(D, intro, recv, onl, R, ok, pend, extra=()):
    c, r = D.cnt, D.rate
    D(intro(c('received_total', 'self', recv), c('received_online', 'self', onl),
            r('received_online_share', 'self', onl, recv), c('resolved_total', 'self', R),
            c('resolved_in_time', 'self', ok), r('resolved_on_time', 'self', ok, R),
            c('pending_total', 'self', pend)))
    D.ident("balance", "balance_mismatch", recv, [R, pend], vn_int(recv))
    for e in extra:
        D(e)


def m2():
    D = Doc("m2_bogtvt_2021h1", "ministry_report", "2021-06-25", None)
    nf = D.nf
    ministry_head(D, ["BỘ GIAO THÔNG VẬN TẢI"], "178/BC-BGTVT")
    D("BÁO CÁO", "Kết quả cải cách thủ tục hành chính 6 tháng đầu năm 2021", "",
      "I. CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN",
      f"Bộ đang quản lý {D.cnt('procedures_total', 'self', 447)} TTHC; đã cung cấp {D.cnt('procedures_full_online', 'self', 206)} "
      f"dịch vụ công mức độ 4 và {D.cnt('procedures_partial_online', 'self', 71)} dịch vụ mức độ 3.", "",
      "II. TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ")
    m_simple(D, lambda a, b, p, R, ok, pr, pe:
             f"Các Cục, Tổng cục thuộc Bộ tiếp nhận {a} hồ sơ, trong đó {b} hồ sơ trực tuyến ({p}). Đã giải quyết {R} hồ sơ; "
             f"số hồ sơ trả kết quả đúng hạn là {ok}, đạt {pr}. Số hồ sơ đang giải quyết: {pe}.",
             184230, 139877, 180411, 179950, 3819,
             [f"Hồ sơ trực tuyến {nf('tăng 17%', 'change')} so với cùng kỳ năm 2020.", "",
              "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
              f"Phấn đấu cung cấp {nf('100%', 'target')} dịch vụ công đủ điều kiện lên mức độ 4 trên Cổng Dịch vụ công quốc gia.",
              f"Tổ chức {nf('03 hội nghị', 'count_of_things')} tập huấn cho các Sở Giao thông vận tải."])
    signature(D, ["Văn phòng Chính phủ", "Bộ trưởng (để b/c)"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(Đã ký)"], "Đỗ Văn Kiệm")
    return D


def m3():
    D = Doc("m3_bocongthuong_2022q4", "ministry_report", "2022-12-15", None)
    nf = D.nf
    ministry_head(D, ["BỘ CÔNG THƯƠNG"], "233/BC-BCT")
    D("BÁO CÁO", "Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp quý IV năm 2022", "",
      f"Thực hiện {nf('Quyết định số 766/QĐ-TTg', 'reference')} ngày {nf('23/6/2022', 'date')} của Thủ tướng Chính phủ, "
      "Bộ Công Thương báo cáo như sau:", "")
    comp = [("index_766_publicity", "Công khai, minh bạch", 15.2), ("index_766_progress", "Tiến độ, kết quả giải quyết", 17.95),
            ("index_766_online_service", "Dịch vụ công trực tuyến", 9.6), ("index_766_online_payment", "Thanh toán trực tuyến", 4.5),
            ("index_766_satisfaction", "Mức độ hài lòng", 16.4), ("index_766_digitization", "Số hóa hồ sơ", 6.05)]
    true = sum(Decimal(str(v)) for _, _, v in comp)
    stated = true - Decimal("2.30")
    D(f"1. Điểm tổng hợp của Bộ đạt {D.score('index_766_total', 'self', stated)} điểm, xếp thứ "
      f"{D.rank('self', 7, 21)} bộ, cơ quan ngang bộ. Cụ thể:")
    for ind, lab, v in comp:
        D(f"- {lab}: {D.score(ind, 'self', v)} điểm;")
    D.ident("score", "score_sum_mismatch", stated, [v for _, _, v in comp], vn_dec(stated, 2),
          plant_note=f"the components add up to {vn_dec(true, 2)}")
    R, ok = 352104, 350987
    D("", f"2. Trong quý, Bộ giải quyết {D.cnt('resolved_total', 'self', R)} hồ sơ, trước hạn và đúng hạn "
      f"{D.cnt('resolved_in_time', 'self', ok)} ({D.rate('resolved_on_time', 'self', ok, R)}).",
      f"3. Tỷ lệ thanh toán trực tuyến còn thấp ({D.rate('online_payment', 'self', value=22.7, d=1)}), "
      f"chưa đạt {nf('chỉ tiêu 30%', 'target')}.")
    signature(D, ["Văn phòng Chính phủ (Cục KSTTHC)", "Lãnh đạo Bộ"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(Đã ký)"], "Vũ Hữu Toàn")
    return D


def m4():
    D = Doc("m4_boyte_2023q3", "ministry_report", "2023-09-29", None)
    nf = D.nf
    ministry_head(D, ["BỘ Y TẾ", "VĂN PHÒNG BỘ"], "1095/BC-VPB")
    D("BÁO CÁO", "Tình hình giải quyết thủ tục hành chính quý III năm 2023", "")
    car, onl, off = 4120, 21655, 8733
    recv = car + onl + off
    D(f"1. Tổng số hồ sơ: {D.cnt('received_total', 'self', recv)}, gồm {D.cnt('received_carried_over', 'self', car)} hồ sơ tồn từ quý II, "
      f"{D.cnt('received_online', 'self', onl)} hồ sơ nộp trực tuyến và {D.cnt('received_offline', 'self', off)} hồ sơ nộp trực tiếp "
      "hoặc qua bưu điện.")
    D.ident("sum", "sum_mismatch", recv, [car, onl, off], vn_int(recv))
    D(f"Tỷ lệ nộp hồ sơ trực tuyến: {D.rate('online_submission', 'self', onl, onl + off)}.")
    R, e, o, l = 29044, 12380, 15902, 762
    D(f"2. Đã giải quyết {D.cnt('resolved_total', 'self', R)} hồ sơ: {D.cnt('resolved_early', 'self', e)} trước hạn, "
      f"{D.cnt('resolved_on_time', 'self', o)} đúng hạn và {D.cnt('resolved_late', 'self', l)} quá hạn "
      f"(chiếm {D.rate('resolved_late', 'self', l, R)}), chủ yếu hồ sơ cấp phép lưu hành thuốc, trang thiết bị y tế.")
    D.ident("sum", "sum_mismatch", R, [e, o, l], vn_int(R))
    pend = recv - R
    D(f"3. Đang giải quyết {D.cnt('pending_total', 'self', pend)} hồ sơ.")
    D.ident("balance", "balance_mismatch", recv, [R, pend], vn_int(recv))
    units = [("Cục Quản lý Dược", 11207), ("Cục Cơ sở hạ tầng và thiết bị y tế", 6310)]
    D("4. Đơn vị tiếp nhận nhiều hồ sơ: " + "; ".join(
        f"{u} ({D.cnt('received_total', 'unit:' + u, v)} hồ sơ)" for u, v in units) + "...", "")
    D(f"Bộ đã ban hành {nf('05 văn bản', 'count_of_things')} đôn đốc xử lý hồ sơ tồn đọng.")
    signature(D, ["Bộ trưởng (để b/c)", "Văn phòng Chính phủ"], ["CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Ngô Thị Hằng")
    return D


def m5():
    D = Doc("m5_botnmt_2024h1", "ministry_report", "2024-07-05", None)
    nf = D.nf
    ministry_head(D, ["BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"], "96/BC-BTNMT")
    D("BÁO CÁO", "Công tác cải cách thủ tục hành chính 6 tháng đầu năm 2024", "")
    m_simple(D, lambda a, b, p, R, ok, pr, pe:
             f"Sáu tháng đầu năm, Bộ tiếp nhận {a} hồ sơ TTHC; số hồ sơ nộp qua Cổng Dịch vụ công là {b}, chiếm {p}. "
             f"Đã giải quyết {R} hồ sơ, trong đó {ok} hồ sơ đúng hạn và trước hạn ({pr}); còn {pe} hồ sơ đang xử lý.",
             8842, 6127, 8390, 8301, 452)
    comp = [("index_766_publicity", 17.2), ("index_766_progress", 18.4), ("index_766_online_service", 8.75),
            ("index_766_online_payment", 5.3), ("index_766_satisfaction", 17.1), ("index_766_digitization", 11.6)]
    total = sum(Decimal(str(v)) for _, v in comp)
    D("", f"Về Bộ chỉ số {nf('766', 'reference')}, Bộ đạt {D.score('index_766_total', 'self', total)} điểm "
      f"({'; '.join(D.score(i, 'self', v) for i, v in comp)} điểm theo thứ tự sáu nhóm chỉ tiêu), đứng thứ "
      f"{D.rank('self', 5, 19)}.")
    D.ident("score", "score_sum_mismatch", total, [v for _, v in comp], vn_dec(total, 2))
    D("", f"Phản ánh, kiến nghị: nhận {D.cnt('feedback_total', 'self', 14)}, đã trả lời {D.cnt('feedback_resolved', 'self', 14)} "
      f"({D.rate('feedback_handled', 'self', 14, 14, d=0)}).",
      f"Bộ đề xuất cắt giảm {nf('12 thủ tục', 'count_of_things')} trong lĩnh vực đất đai, khoáng sản.",
      "Các chỉ tiêu còn thấp: thanh toán trực tuyến, số hóa hồ sơ.")
    signature(D, ["Văn phòng Chính phủ", "Lãnh đạo Bộ"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(Đã ký)"], "Trần Quý Khang")
    return D


def m6():
    D = Doc("m6_bonnmt_2025q3", "ministry_report", "2025-09-15", None)
    nf = D.nf
    ministry_head(D, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"], "5120/BC-BNNMT")
    D("BÁO CÁO", "Tình hình thực hiện thủ tục hành chính trên Cổng Dịch vụ công quốc gia",
      f"(từ {nf('01/7/2025', 'date')} đến {nf('10/9/2025', 'date')})", "")
    full, part, nonl = 188, 154, 97
    stated = full + part + nonl + 20
    D(f"1. Bộ đang thực hiện {D.cnt('procedures_total', 'self', stated)} thủ tục hành chính, trong đó:",
      f"- {D.cnt('procedures_full_online', 'self', full)} thủ tục cung cấp dịch vụ công trực tuyến toàn trình;",
      f"- {D.cnt('procedures_partial_online', 'self', part)} thủ tục trực tuyến một phần;",
      f"- {D.cnt('procedures_not_online', 'self', nonl)} thủ tục chưa cung cấp trực tuyến.")
    D.ident("sum", "sum_mismatch", stated, [full, part, nonl], vn_int(stated),
            plant_note=f"{full} + {part} + {nonl} = {full + part + nonl}")
    recv, onl = 40316, 35102
    R, ok = 38871, 38690
    D("", f"2. Hồ sơ: tiếp nhận {D.cnt('received_total', 'self', recv)}, trực tuyến {D.cnt('received_online', 'self', onl)} "
      f"({D.rate('received_online_share', 'self', onl, recv)}); giải quyết {D.cnt('resolved_total', 'self', R)}, "
      f"đúng hạn {D.cnt('resolved_in_time', 'self', ok)} ({D.rate('resolved_on_time', 'self', ok, R)}).",
      f"3. Hệ thống xử lý của Bộ đã kết nối với {nf('34 tỉnh, thành phố', 'count_of_things')} để nhận hồ sơ liên thông.",
      f"Tỷ lệ hồ sơ thanh toán trực tuyến đạt {D.rate('online_payment', 'self', value=81.06)}; chỉ tiêu "
      f"{nf('tối thiểu 80%', 'target')}.")
    signature(D, ["Văn phòng Chính phủ", "Bộ trưởng (để b/c)"], ["TL. BỘ TRƯỞNG", "CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Phùng Văn Thái")
    return D


def m7():
    D = Doc("m7_bocongan_2026m01", "ministry_report", "2026-01-12", None)
    nf = D.nf
    ministry_head(D, ["BỘ CÔNG AN"], "37/BC-BCA-V03")
    D("BÁO CÁO", "Kết quả cung cấp dịch vụ công trực tuyến năm 2025", "")
    recv = 13600000
    onl = 11970000
    D(f"Năm 2025, hệ thống dịch vụ công của Bộ tiếp nhận {D.cnt('received_total', 'self', recv, text='13,6 triệu')} hồ sơ, "
      f"trong đó hồ sơ trực tuyến là {D.cnt('received_online', 'self', onl, text='11,97 triệu')}, "
      f"chiếm {D.rate('received_online_share', 'self', onl, recv)}.", "")
    D("Kết quả theo lĩnh vực:",
      f"+ Cấp, quản lý căn cước: {D.cnt('received_total', 'self', 6100000, scope='căn cước', text='6,1 triệu')} hồ sơ;",
      f"+ Đăng ký, quản lý cư trú: {D.cnt('received_total', 'self', 4250000, scope='cư trú', text='4,25 triệu')} hồ sơ;",
      f"+ Đăng ký xe: {D.cnt('received_total', 'self', 2780000, scope='đăng ký xe', text='2,78 triệu')} hồ sơ;",
      f"+ Các lĩnh vực khác: {D.cnt('received_total', 'self', 470000, scope='lĩnh vực khác', text='470 nghìn')} hồ sơ.")
    D.ident("sum", "sum_mismatch", recv, [6100000, 4250000, 2780000, 470000], "13,6 triệu")
    D("", f"Tỷ lệ thanh toán trực tuyến đạt {D.rate('online_payment', 'self', value=88.4, d=1)}; số tiền thu phí, lệ phí trực tuyến "
      f"{nf('hơn 2.100 tỷ đồng', 'approx')}.",
      f"Bộ xếp thứ {D.rank('self', 1, 17, style='plain')}/17 bộ, ngành về Bộ chỉ số {nf('766', 'reference')} năm 2025.")
    D(f"Liên hệ hỗ trợ: {nf('069.2342.588', 'reference')}.")
    signature(D, ["Văn phòng Chính phủ", "Đồng chí Bộ trưởng (để b/c)"], ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "(Đã ký)"],
              "Thượng tướng Lương Quốc Hà")
    return D


# ================================================================ build and check

def all_docs() -> list[Doc]:
    g = globals()
    out = []
    for prefix in ("w", "q", "c", "n", "p", "m"):
        for i in range(1, 10):
            f = g.get(f"{prefix}{i}")
            if f:
                out.append(f())
    return out


def _holds(idn: dict, D: Doc) -> bool:
    t = idn["type"]
    if t == "ratio":
        return consistent(Decimal(idn["p"]), idn["n"], idn["m"], idn["d"])
    if t == "unit":
        return unit_exists(idn["name"], D.date, D.province)
    total = Decimal(idn["total"])
    parts = [Decimal(x) for x in idn["parts"]]
    if t == "same":
        return total == parts[0]
    return total == sum(parts)


def check_doc(D: Doc) -> list[str]:
    errs = []
    txt = D.text()
    n = len(D.lines)
    if not 15 <= n <= 60:
        errs.append(f"{D.name}: {n} lines (want 15-60)")
    for f in D.facts:
        if f["text"] and f["text"] not in txt:
            errs.append(f"{D.name}: fact text {f['text']!r} not in the text")
    for f in D.not_facts + D.mistakes:
        if str(f["text"]) not in txt:
            errs.append(f"{D.name}: text {f['text']!r} not in the text")
    broken_by = {}
    for idn in D.idents:
        ok = _holds(idn, D)
        if idn["mistake"] is None and not ok:
            errs.append(f"{D.name}: identity {idn['type']} at {idn['text']!r} fails in a place no mistake names")
        if idn["mistake"] is not None:
            if ok:
                errs.append(f"{D.name}: planted mistake {D.mistakes[idn['mistake']]['code']} does not break its identity")
            broken_by.setdefault(idn["mistake"], []).append(idn)
    for i, m in enumerate(D.mistakes):
        if len(broken_by.get(i, [])) != 1:
            errs.append(f"{D.name}: mistake {m['code']} breaks {len(broken_by.get(i, []))} identities (want exactly 1)")
        idn = broken_by.get(i, [None])[0]
        if idn is not None:
            want = {"ratio": "ratio_mismatch", "unit": "unknown_unit"}.get(idn["type"], idn.get("code"))
            if want != m["code"]:
                errs.append(f"{D.name}: mistake code {m['code']} but the identity broken is {want}")
    if D.date >= CUTOVER and D.province and D.province not in _NEW:
        errs.append(f"{D.name}: province {D.province} not in the list in force on {D.date}")
    if D.date < CUTOVER and D.province and D.province not in _LEG:
        errs.append(f"{D.name}: province {D.province} not in the legacy list")
    for f in D.facts:
        s = f["subject"]
        if s.startswith("unit:") and not s[5:].startswith(("Sở ", "Bộ ", "Ban ", "Cục ", "Tổng cục", "Bảo hiểm", "Công an", "Văn phòng", "Ngân hàng", "Thanh tra", "Kho bạc")):
            if not unit_exists(s[5:], D.date, D.province):
                errs.append(f"{D.name}: subject {s} is not a unit on {D.date}")
    return errs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="verify the files and the identities; write nothing")
    a = ap.parse_args(argv)
    docs = all_docs()
    names = [D.name for D in docs]
    assert len(set(names)) == len(names), "duplicate names"
    errs = []
    for D in docs:
        errs += check_doc(D)
        txt_p, tr_p = HERE / f"{D.name}.txt", HERE / f"{D.name}.truth.json"
        tr = json.dumps(D.truth(), ensure_ascii=False, indent=1) + "\n"
        if a.check:
            if not txt_p.exists() or txt_p.read_text(encoding="utf-8") != D.text():
                errs.append(f"{D.name}.txt differs from what build.py writes")
            if not tr_p.exists() or tr_p.read_text(encoding="utf-8") != tr:
                errs.append(f"{D.name}.truth.json differs from what build.py writes")
        else:
            txt_p.write_text(D.text(), encoding="utf-8")
            tr_p.write_text(tr, encoding="utf-8")
    if a.check:
        on_disk = {p.name for p in HERE.glob("*.txt")} | {p.name for p in HERE.glob("*.truth.json")}
        want = {f"{n}.txt" for n in names} | {f"{n}.truth.json" for n in names}
        for extra in sorted(on_disk - want):
            errs.append(f"{extra} is on disk but build.py does not write it")
    regs = {}
    for D in docs:
        st = regs.setdefault(D.register, [0, 0, 0, 0])
        st[0] += 1; st[1] += len(D.facts); st[2] += len(D.not_facts); st[3] += len(D.mistakes)
    for k, (nd, nfa, nnf, nm) in regs.items():
        print(f"{k:18} reports {nd:2}  facts {nfa:4}  not_facts {nnf:3}  mistakes {nm:2}")
    for e in errs:
        print("ERROR", e, file=sys.stderr)
    print("check:", "FAILED" if errs else "ok", f"({len(docs)} reports)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
