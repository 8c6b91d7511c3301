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
    return sorted(set(_NEW[prov]))


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
            mi = self.mistake(code, stated if stated is not None else total, text, plant_note)
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
    D(f"{'Nơi nhận:':<44}{role[0]}")
    for i, r in enumerate(recipients):
        right = role[i + 1] if i + 1 < len(role) else ""
        D(f"{'- ' + r + ';':<44}{right}".rstrip())
    D(f"{'- Lưu: VT.':<44}")
    D(f"{'':<44}{name}")


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
      f"{D.units('communes', len(wards) - 3, len(wards))} địa phương đạt {nf('chỉ tiêu 80%', 'target')}. "
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
    n_w = len(wards)
    bad = wards[31]
    D("1. Số hóa hồ sơ, kết quả giải quyết",
      f"Toàn tỉnh số hóa {vn_int(15940)} trên tổng số {vn_int(16012)} hồ sơ đã giải quyết, đạt "
      f"{r('digitization', 'city', 15940, 16012)}. Ở cấp xã có {D.units('communes', n_w - 1, n_w)} đơn vị "
      f"hoàn thành 100%; riêng {D.unit(bad)} mới đạt {r('digitization', 'unit:' + bad, value=97.31)}.", "")
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
      f"{vn_int(6127)} hồ sơ toàn trình (chiếm {r('full_online', 'city', 6127, 11284)}).")
    D(f"So với tuần liền trước, tỷ lệ này {nf('tăng 4,8%', 'change')}; tỉnh đặt mục tiêu "
      f"{nf('tối thiểu 60%', 'target')} trong quý I.")
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
              ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "A Quang Thắng")
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
      f"hồ sơ, tỷ lệ đúng hạn đạt {r('resolved_on_time', 'city', ok, R)}; còn {c('pending_total', 'city', pe)} hồ sơ chuyển sang quý II.")
    D.ident("balance", "balance_mismatch", recv, [R, pe], vn_int(recv))
    D.ident("sum", "sum_mismatch", recv, [x[3] for x in rows], vn_int(recv))
    D(f"So với cùng kỳ năm 2019, số hồ sơ tiếp nhận {nf('giảm 5,6%', 'change')} do ảnh hưởng của dịch bệnh.", "")
    D("III. PHẢN ÁNH, KIẾN NGHỊ",
      f"Tiếp nhận {c('feedback_total', 'city', 4, style='02')} phản ánh, kiến nghị; đã xử lý xong "
      f"{c('feedback_resolved', 'city', 3, style='02')}, còn {c('feedback_pending', 'city', 1, style='02')} đang xem xét.")
    D.ident("balance", "balance_mismatch", 4, [3, 1], "04")
    D("IV. KIẾN NGHỊ, ĐỀ XUẤT", "Đề nghị Văn phòng Chính phủ sớm hoàn thiện Cổng Dịch vụ công quốc gia để kết nối.")
    signature(D, ["Văn phòng Chính phủ (Cục KSTTHC)", "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh"],
              ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)"], "Lâm Hoàng Nghiệp")
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
              ["CHÁNH VĂN PHÒNG", "", "(Đã ký)"], "Hoàng Văn Sềnh")
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
              ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)"], "Nguyễn Lộc Hà")
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
      f"{len(wards)} xã, phường, đặc khu tiếp nhận {c('received_total', 'communes', 402118, scope='cấp xã')} hồ sơ (gần "
      f"{nf('402 nghìn', 'approx')}); đã giải quyết {c('resolved_total', 'communes', 391644, scope='cấp xã')}, trong đó "
      f"đúng hạn {c('resolved_in_time', 'communes', 386920, scope='cấp xã')} ({r('resolved_on_time', 'communes', 386920, 391644, scope='cấp xã')}).")
    D.nf(f"{len(wards)} xã, phường, đặc khu", "count_of_things")
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
      f"trên {nf('34 tỉnh, thành phố', 'count_of_things')}.")
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
    D("", "III. CHỈ SỐ 766",
      f"Điểm tổng hợp quý I: {D.score('index_766_total', 'city', stated)} điểm, gồm:")
    for (ind, v), lab in zip(comp, labels):
        D(f"- {lab}: {D.score(ind, 'city', v)};")
    D.ident("score", "score_sum_mismatch", stated, [v for _, v in comp], vn_dec(stated, 2),
            plant_note=f"the six components add up to {vn_dec(true_total, 2)}")
    D(f"Tỉnh xếp thứ {D.rank('city', 9, 34, style='plain')}, {nf('tăng 3 bậc', 'change')} so với quý IV/2025.")
    signature(D, ["Văn phòng Chính phủ", "TT Tỉnh ủy", "CT, các PCT UBND tỉnh"],
              ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)"], "Hà Quang Trung")
    return D
