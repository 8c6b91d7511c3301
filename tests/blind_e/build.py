"""Blind test set E: 48 administrative-reform reports written by hand as templates, with their truth.

    python3 tests/blind_e/build.py          # write NAME.txt and NAME.truth.json for every report
    python3 tests/blind_e/build.py --check  # verify the files on disk are exactly what this writes

Every report is a function below. Its figures are variables; the text is an f-string that calls a
small recorder (``Doc``): ``d.cnt`` writes a count and records it as a fact, ``d.rate`` computes a
percentage from its parts with the contract's rounding and records it (with numerator/denominator
when the text gives them), ``d.nf`` records a number that must not become a fact. Every identity the
text states is declared (``d.sum``, ``d.balance``, ``d.complement``, ``d.repeat``, ``d.score_sum``)
and checked when the set is built: a clean report must satisfy all of them under CONTRACT section 5
(round half up or truncate; for an on-time rate whose denominator is implicit, any of the allowed
conventions), and each planted mistake must break exactly the identity its truth names. Every unit
name used as a subject (or planted as unknown) is checked against the list in force on the report's
date: ``vietnamadminunits`` (63 provinces with districts) before 1 July 2025, ``vietnam_provinces``
(34 provinces, communes/wards) from that day, and BODIES below for departments and ministries.

Nothing here reads or runs docparse.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
REFORM = dt.date(2025, 7, 1)      # two-level local government: 34 provinces, no districts
MERGE_BODIES = dt.date(2025, 3, 1)  # ministries and departments merged (Nghị quyết 176/2025/QH15 and
                                    # the provincial decisions that followed)

# --------------------------------------------------------------------------------------------
# Provincial bodies and ministries: no package lists them, so a small dated list (test data).
# name -> (first day valid or None, first day no longer valid or None)
_OLD = (None, MERGE_BODIES)
_NEW = (MERGE_BODIES, None)
_ALL = (None, None)
BODIES = {
    # provincial departments
    "Sở Tư pháp": _ALL, "Sở Tài chính": _ALL, "Sở Xây dựng": _ALL, "Sở Công Thương": _ALL,
    "Sở Y tế": _ALL, "Sở Giáo dục và Đào tạo": _ALL, "Sở Nội vụ": _ALL, "Sở Khoa học và Công nghệ": _ALL,
    "Sở Văn hóa, Thể thao và Du lịch": _ALL, "Sở Ngoại vụ": _ALL, "Thanh tra tỉnh": _ALL,
    "Sở Kế hoạch và Đầu tư": _OLD, "Sở Tài nguyên và Môi trường": _OLD,
    "Sở Nông nghiệp và Phát triển nông thôn": _OLD, "Sở Giao thông vận tải": _OLD,
    "Sở Lao động - Thương binh và Xã hội": _OLD, "Sở Thông tin và Truyền thông": _OLD,
    "Ban Dân tộc": _OLD,
    "Sở Nông nghiệp và Môi trường": _NEW, "Sở Dân tộc và Tôn giáo": _NEW,
    "Ban Quản lý các khu công nghiệp": _ALL, "Ban Quản lý Khu kinh tế": _ALL,
    "Công an tỉnh": _ALL,
    # ministries and national bodies
    "Văn phòng Chính phủ": _ALL, "Bộ Tư pháp": _ALL, "Bộ Tài chính": _ALL, "Bộ Công Thương": _ALL,
    "Bộ Y tế": _ALL, "Bộ Giáo dục và Đào tạo": _ALL, "Bộ Công an": _ALL, "Bộ Quốc phòng": _ALL,
    "Bộ Ngoại giao": _ALL, "Bộ Nội vụ": _ALL, "Bộ Khoa học và Công nghệ": _ALL, "Bộ Xây dựng": _ALL,
    "Bộ Văn hóa, Thể thao và Du lịch": _ALL, "Ngân hàng Nhà nước Việt Nam": _ALL,
    "Thanh tra Chính phủ": _ALL,
    "Bộ Kế hoạch và Đầu tư": _OLD, "Bộ Tài nguyên và Môi trường": _OLD,
    "Bộ Nông nghiệp và Phát triển nông thôn": _OLD, "Bộ Giao thông vận tải": _OLD,
    "Bộ Lao động - Thương binh và Xã hội": _OLD, "Bộ Thông tin và Truyền thông": _OLD,
    "Ủy ban Dân tộc": _OLD,
    "Bộ Nông nghiệp và Môi trường": _NEW, "Bộ Dân tộc và Tôn giáo": _NEW,
    # bodies under ministries
    "Tổng cục Thuế": _OLD, "Cục Thuế": _NEW, "Tổng cục Hải quan": _OLD, "Cục Hải quan": _NEW,
    "Cục Quản lý tài nguyên nước": _OLD, "Cục Sở hữu trí tuệ": _ALL, "Cục Xuất nhập khẩu": _ALL,
    "Cục Đăng ký quốc gia giao dịch bảo đảm": _ALL, "Cục Hàng không Việt Nam": _ALL,
}


def _body_valid(name: str, date: dt.date) -> bool:
    span = BODIES.get(name)
    if span is None:
        return False
    start, end = span
    return (start is None or date >= start) and (end is None or date < end)


class Units:
    """The official lists, loaded once from the two installed packages."""

    def __init__(self):
        from vietnamadminunits.database.main import query
        import vietnam_provinces as vp
        rows = query("SELECT DISTINCT province, district, ward FROM admin_units_legacy")
        self.legacy_provinces = {r["province"] for r in rows}
        self.legacy_districts = {(r["province"], r["district"]) for r in rows}
        self.legacy_wards = {(r["province"], r["district"], r["ward"]) for r in rows}
        self.current_provinces, self.current_wards = set(), set()
        for pr in vp.Province.iter_all():
            full = pr.name if pr.name.startswith("Thành phố") else "Tỉnh " + pr.name
            self.current_provinces.add(full)
            for w in vp.Ward.iter_by_province(pr.code):
                self.current_wards.add((full, " ".join(w.name.split())))

    def valid(self, name: str, date: dt.date, province: str | None, district: str | None = None) -> bool:
        if name in BODIES:
            return _body_valid(name, date)
        if date >= REFORM:
            if name in self.current_provinces:
                return True
            return any(w == name and (province is None or p == province) for p, w in self.current_wards)
        if name in self.legacy_provinces:
            return True
        if any(p == province and d == name for p, d in self.legacy_districts):
            return True
        return any(p == province and w == name and (district is None or d == district)
                   for p, d, w in self.legacy_wards)


# --------------------------------------------------------------------------------------------
# numbers as Vietnamese reports write them

def N(n: int, pad: int = 0) -> str:
    """57219 -> '57.219'; pad=2 writes 7 as '07'."""
    s = f"{n:,}".replace(",", ".")
    return s.zfill(pad) if pad else s


def pct_value(num: int, den: int, dec: int, mode: str = "round") -> float:
    q = Decimal(100) * Decimal(num) / Decimal(den)
    step = Decimal(1).scaleb(-dec)
    return float(q.quantize(step, rounding=ROUND_HALF_UP if mode == "round" else ROUND_DOWN))


def consistent(p: float, num: int, den: int, dec: int) -> bool:
    """CONTRACT 5: p agrees with num/den when 100*num/den rounds half up, or truncates, to p."""
    if den == 0:
        return False
    p = round(p, dec)
    return p in (pct_value(num, den, dec, "round"), pct_value(num, den, dec, "trunc"))


def P(v: float, dec: int, sep: str = ",") -> str:
    s = f"{v:.{dec}f}"
    return s.replace(".", sep)


class Doc:
    def __init__(self, name, register, date, province):
        self.name, self.register, self.province = name, register, province
        self.date = dt.date.fromisoformat(date)
        self.facts, self.not_facts, self.mistakes = [], [], []
        self.checks = []      # (code, ok: bool, planted: bool, description)
        self.units = []       # (name, district, planted_unknown)

    # ---- facts
    def _fact(self, kind, ind, subj, value, num=None, den=None, text=None, scope=None, **extra):
        if subj.startswith("unit:") and not any(u[0] == subj[5:] and u[2] for u in self.units):
            self.units.append((subj[5:], extra.pop("district", None), False))
        f = {"kind": kind, "indicator": ind, "subject": subj, "scope": scope, "value": value,
             "numerator": num, "denominator": den, "text": text}
        f.update(extra)
        self.facts.append(f)

    def cnt(self, ind, subj, n, scope=None, pad=0, text=None, **kw):
        s = text or N(n, pad)
        self._fact("count", ind, subj, n, text=s, scope=scope, **kw)
        return s

    def rate(self, ind, subj, num, den, dec=2, link=True, stated=None, mode="round", sep=",",
             scope=None, pct=True, alt_dens=(), planted=False, **kw):
        """A percentage computed from num/den (or the planted ``stated`` value); recorded with its
        numerator/denominator when ``link`` (written x/y or a part of a stated total)."""
        value = stated if stated is not None else pct_value(num, den, dec, mode)
        s = P(value, dec, sep) + ("%" if pct else "")
        ok = any(consistent(value, num, d_, dec) for d_ in (den, *alt_dens))
        self.checks.append(("ratio_mismatch", ok, planted, f"{s} vs {num}/{den} (alt {alt_dens})"))
        self._fact("rate", ind, subj, value, num if link else None, den if link else None, s, scope, **kw)
        return s

    def pc(self, ind, subj, value, dec=2, sep=",", scope=None, pct=True, **kw):
        """A percentage stated without parts."""
        s = P(value, dec, sep) + ("%" if pct else "")
        self._fact("rate", ind, subj, value, text=s, scope=scope, **kw)
        return s

    def xy(self, ind, subj, num, den, scope=None, **kw):
        """A bare x/y (no percentage): value null."""
        s = f"{N(num)}/{N(den)}"
        self._fact("rate", ind, subj, None, num, den, s, scope, **kw)
        return s

    def uc(self, subj, k, n, scope=None, **kw):
        s = f"{N(k, 2) if k < 10 else N(k)}/{N(n)}"
        self._fact("unit_count", "units_meeting_target", subj, k, k, n, s, scope, **kw)
        return s

    def score(self, ind, subj, value, dec=2, maximum=None, **kw):
        s = P(value, dec)
        extra = {"maximum": maximum} if maximum is not None else {}
        self._fact("score", ind, subj, value, text=s, **extra, **kw)
        return s

    def rank(self, subj, pos, field, text=None, **kw):
        s = text or f"{pos}/{field}"
        self._fact("rank", "index_766_rank", subj, pos, None, field, s, **kw)
        return s

    # ---- not facts
    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})
        return text

    # ---- units mentioned without a figure, and planted unknown units
    def unit(self, name, written=None, district=None):
        self.units.append((name, district, False))
        return written or name

    def unknown(self, name, written, closest, note):
        self.units.append((name, None, True))
        self.mistakes.append({"code": "unknown_unit", "stated": None, "text": written,
                              "closest": closest, "note": note})
        return written

    # ---- identities the text states
    def sum(self, total, parts, planted=False, what=""):
        self.checks.append(("sum_mismatch", total == sum(parts), planted, f"{what} {total} vs {parts}"))

    def balance(self, received, resolved, pending, planted=False):
        self.checks.append(("balance_mismatch", received == resolved + pending, planted,
                            f"{received} vs {resolved}+{pending}"))

    def complement(self, a, b, dec=2, planted=False):
        ok = round(a + b, dec) == 100
        self.checks.append(("complement_mismatch", ok, planted, f"{a}+{b}"))

    def repeat(self, a, b, planted=False):
        self.checks.append(("repeated_value_mismatch", a == b, planted, f"{a} vs {b}"))

    def score_sum(self, total, parts, planted=False):
        ok = round(sum(parts), 2) == round(total, 2)
        self.checks.append(("score_sum_mismatch", ok, planted, f"{total} vs {parts}"))

    def mistake(self, code, stated, text, note):
        self.mistakes.append({"code": code, "stated": stated, "text": text, "note": note})

    # ---- verification
    def verify(self, units: Units):
        errors = []
        for code, ok, planted, desc in self.checks:
            if ok and planted:
                errors.append(f"planted {code} holds: {desc}")
            if not ok and not planted:
                errors.append(f"clean identity fails ({code}): {desc}")
        planted_codes = sorted(c for c, ok, planted, _ in self.checks if planted)
        mistake_codes = sorted(m["code"] for m in self.mistakes if m["code"] != "unknown_unit")
        if planted_codes != mistake_codes:
            errors.append(f"planted checks {planted_codes} != mistakes {mistake_codes}")
        for m in self.mistakes:
            if m["stated"] is not None and not any(f["value"] == m["stated"] for f in self.facts):
                errors.append(f"mistake value {m['stated']} is no fact")
        for name, district, planted in self.units:
            ok = units.valid(name, self.date, self.province, district)
            if ok == planted:
                errors.append(f"unit {name!r} {'is in' if ok else 'not in'} the list on {self.date}")
        for f in self.facts:
            if f["text"] and f["text"] not in self.text:
                errors.append(f"figure {f['text']!r} not in text")
        return errors

    def truth(self):
        facts = []
        for f in self.facts:
            g = {k: v for k, v in f.items() if not (k == "scope" and v is None)}
            facts.append(g)
        return {"register": self.register, "doc_date": self.date.isoformat(), "province": self.province,
                "facts": facts, "not_facts": self.not_facts, "mistakes": self.mistakes}


REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


# ============================================================================================
# weekly_notice
# ============================================================================================

@report
def wn01():
    d = Doc("wn01_nghean_2025_tuan39", "weekly_notice", "2025-09-26", "Tỉnh Nghệ An")
    dep_on, dep_all = 7215, 9940
    com_on, com_all = 34591, 42437
    tot_on, tot_all = dep_on + com_on, dep_all + com_all
    pay_on, pay_all = 18420, 21193
    res, early_on = 48902, 48311
    late = res - early_on
    d.text = f"""UBND TỈNH NGHỆ AN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
VĂN PHÒNG                                        Độc lập - Tự do - Hạnh phúc

Số: {d.nf("1542/TB-VPUB", "reference")}                         Nghệ An, ngày {d.nf("26 tháng 9 năm 2025", "date")}

THÔNG BÁO
Kết quả thực hiện các chỉ tiêu giải quyết thủ tục hành chính trên môi trường điện tử
(Tuần từ ngày {d.nf("19/9/2025", "date")} đến ngày {d.nf("25/9/2025", "date")})

Căn cứ dữ liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh lúc 17 giờ
ngày 25/9/2025, Văn phòng UBND tỉnh thông báo kết quả tuần như sau:

1. Nộp hồ sơ trực tuyến (chỉ tiêu giao: {d.nf("từ 60% trở lên", "bound")})
Toàn tỉnh đạt {d.rate("online_submission", "city", tot_on, tot_all)} ({d.cnt("received_online", "city", tot_on)} hồ sơ trực tuyến trên tổng số {d.cnt("received_total", "city", tot_all)} hồ sơ tiếp nhận). Cụ thể:
- Các sở, ban, ngành: {d.rate("online_submission", "departments", dep_on, dep_all)} ({N(dep_on)}/{N(dep_all)} hồ sơ); {d.uc("departments", 15, 17)} cơ quan đạt chỉ tiêu.
- UBND các xã, phường: {d.rate("online_submission", "communes", com_on, com_all)} ({N(com_on)}/{N(com_all)} hồ sơ); {d.uc("communes", 118, 130)} xã, phường đạt chỉ tiêu.
Các địa phương có tỷ lệ thấp nhất: {d.unit("Xã Nhân Hòa", "xã Nhân Hòa")} ({d.pc("online_submission", "unit:Xã Nhân Hòa", 41.27)}), {d.unit("Xã Môn Sơn", "xã Môn Sơn")} ({d.pc("online_submission", "unit:Xã Môn Sơn", 45.10)}), {d.unit("Xã Châu Khê", "xã Châu Khê")} ({d.pc("online_submission", "unit:Xã Châu Khê", 48.62)}).

2. Thanh toán trực tuyến phí, lệ phí (chỉ tiêu giao: {d.nf("từ 45% trở lên", "bound")})
Toàn tỉnh có {N(pay_all)} hồ sơ phát sinh phí, lệ phí, trong đó {N(pay_on)} hồ sơ thanh toán trực tuyến, đạt {d.rate("online_payment", "city", pay_on, pay_all)}.

3. Tiến độ giải quyết
Trong tuần đã giải quyết {d.cnt("resolved_total", "city", res)} hồ sơ, trong đó trước hạn và đúng hạn {d.cnt("resolved_in_time", "city", early_on)} hồ sơ, đạt {d.rate("resolved_on_time", "city", early_on, res)}; quá hạn {d.cnt("resolved_late", "city", late)} hồ sơ, chiếm {d.rate("resolved_late", "city", late, res)}.

Văn phòng UBND tỉnh đề nghị các cơ quan, địa phương chưa đạt chỉ tiêu khẩn trương khắc phục.

Nơi nhận:                                          KT. CHÁNH VĂN PHÒNG
- Chủ tịch, các PCT UBND tỉnh;                     PHÓ CHÁNH VĂN PHÒNG
- Các sở, ban, ngành;
- UBND các xã, phường;                             (Đã ký)
- Lưu: VT, TTPVHCC.
                                                   Hồ Sỹ Khiêm Đạt
"""
    d.sum(tot_on, [dep_on, com_on]); d.sum(tot_all, [dep_all, com_all]); d.sum(res, [early_on, late])
    d.complement(pct_value(early_on, res, 2), pct_value(late, res, 2))
    return d


@report
def wn02():
    d = Doc("wn02_thanhhoa_2024_tuan12", "weekly_notice", "2024-03-22", "Tỉnh Thanh Hóa")
    lv = {"departments": (5322, 6118, "cấp tỉnh"), "districts": (9874, 14203, "cấp huyện"),
          "communes": (21450, 38766, "cấp xã")}
    on = sum(v[0] for v in lv.values()); tot = sum(v[1] for v in lv.values())
    res, ok = 57902, 57318
    r = lambda k, **kw: d.rate("online_submission", k, lv[k][0], lv[k][1], scope=lv[k][2], **kw)
    d.text = f"""ỦY BAN NHÂN DÂN TỈNH THANH HÓA
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

THÔNG BÁO
Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tuần 12 năm 2024
(từ ngày {d.nf("15/3/2024", "date")} đến ngày {d.nf("21/3/2024", "date")})

I. HỒ SƠ NỘP TRỰC TUYẾN
Tổng số hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết TTHC tỉnh trong tuần là {d.cnt("received_total", "city", tot)} hồ sơ,
trong đó nộp trực tuyến {d.cnt("received_online", "city", on)} hồ sơ; tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt {d.rate("online_submission", "city", on, tot)}.
Theo từng cấp:
  + Cấp tỉnh: {N(lv["departments"][0])}/{N(lv["departments"][1])} hồ sơ, đạt {r("departments")};
  + Cấp huyện: {N(lv["districts"][0])}/{N(lv["districts"][1])} hồ sơ, đạt {r("districts", stated=72.52, planted=True)};
  + Cấp xã: {N(lv["communes"][0])}/{N(lv["communes"][1])} hồ sơ, đạt {r("communes")}.
Một số đơn vị cấp huyện có tỷ lệ cao: {d.unit("Thành phố Sầm Sơn")} ({d.pc("online_submission", "unit:Thành phố Sầm Sơn", 81.46)}), {d.unit("Huyện Hoằng Hóa", "huyện Hoằng Hóa")} ({d.pc("online_submission", "unit:Huyện Hoằng Hóa", 77.03)});
đơn vị thấp nhất là {d.unit("Huyện Mường Lát", "huyện Mường Lát")} ({d.pc("online_submission", "unit:Huyện Mường Lát", 38.20)}).

II. GIẢI QUYẾT HỒ SƠ
Trong tuần, các cơ quan, địa phương đã giải quyết {d.cnt("resolved_total", "city", res)} hồ sơ; số hồ sơ giải quyết trước
và đúng hạn là {d.cnt("resolved_in_time", "city", ok)} hồ sơ (đạt {d.rate("resolved_on_time", "city", ok, res)}).

                                                   GIÁM ĐỐC
                                                   Lê Thị Quỳnh Nga
"""
    d.sum(on, [v[0] for v in lv.values()]); d.sum(tot, [v[1] for v in lv.values()])
    d.mistake("ratio_mismatch", 72.52, "72,52%", "cấp huyện 9.874/14.203 is 69,52%")
    return d


@report
def wn03():
    d = Doc("wn03_quangninh_2023_tuan23", "weekly_notice", "2023-06-09", "Tỉnh Quảng Ninh")
    units = [("Thành phố Hạ Long", 6012, 5588), ("Thành phố Cẩm Phả", 2871, 2604),
             ("Thành phố Uông Bí", 1544, 1466), ("Huyện Tiên Yên", 402, 371), ("Huyện Cô Tô", 87, 87)]
    lines = []
    for name, rec, on in units:
        lines.append(f"- {d.unit(name)}: tiếp nhận {d.cnt('received_total', 'unit:' + name, rec)} hồ sơ, "
                     f"trực tuyến {d.cnt('received_online', 'unit:' + name, on)} hồ sơ, "
                     f"tỷ lệ {d.rate('online_submission', 'unit:' + name, on, rec)};")
    body = "\n".join(lines)
    d_on, d_all = 14206, 15640
    d.text = f"""UBND TỈNH QUẢNG NINH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH
Số: {d.nf("318/TB-TTPVHCC", "reference")}                               Quảng Ninh, ngày {d.nf("09 tháng 6 năm 2023", "date")}

THÔNG BÁO
Kết quả cung cấp dịch vụ công trực tuyến tuần 23/2023 của cấp huyện

Tuần từ {d.nf("02/6", "date")} đến {d.nf("08/6/2023", "date")}, Bộ phận Một cửa {d.nf("13", "count_of_things")} huyện, thị xã, thành phố tiếp nhận
{d.cnt("received_total", "districts", d_all)} hồ sơ, trong đó {d.cnt("received_online", "districts", d_on)} hồ sơ nộp qua dịch vụ công trực tuyến,
chiếm {d.rate("received_online_share", "districts", d_on, d_all)}; {d.uc("districts", 13, 13)} địa phương đạt chỉ tiêu {d.nf("trên 80%", "bound")}.

Kết quả một số địa phương:
{body}

Tỷ lệ này {d.nf("tăng 2,31%", "change")} so với tuần trước.

                                                   KT. GIÁM ĐỐC
                                                   PHÓ GIÁM ĐỐC
                                                   Vũ Thị Hải Yến
"""
    return d


@report
def wn04():
    d = Doc("wn04_tayninh_2025_tuan42", "weekly_notice", "2025-10-17", "Tỉnh Tây Ninh")
    res, early, ontime = 31640, 24918, 6177
    late = res - early - ontime
    fb, fb_ok = 27, 25
    d.text = f"""UBND TỈNH TÂY NINH
VĂN PHÒNG

THÔNG BÁO
Tình hình giải quyết thủ tục hành chính tuần thứ 42 năm 2025
(số liệu từ ngày {d.nf("10/10/2025", "date")} đến ngày {d.nf("16/10/2025", "date")})

1. Kết quả giải quyết hồ sơ toàn tỉnh
Đã giải quyết: {d.cnt("resolved_total", "city", res)} hồ sơ. Trong đó:
- Trước hạn: {d.cnt("resolved_early", "city", early)} hồ sơ;
- Đúng hạn: {d.cnt("resolved_on_time", "city", ontime)} hồ sơ;
- Quá hạn: {d.cnt("resolved_late", "city", late)} hồ sơ.
Tỷ lệ giải quyết trước và đúng hạn: {d.rate("resolved_on_time", "city", early + ontime, res)}; tỷ lệ giải quyết quá hạn: {d.rate("resolved_late", "city", late, res)}.

2. Các cơ quan có hồ sơ quá hạn nhiều
{d.unit("Sở Nông nghiệp và Môi trường")}: {d.cnt("resolved_late", "unit:Sở Nông nghiệp và Môi trường", 311)} hồ sơ (chủ yếu lĩnh vực đất đai);
{d.unit("Sở Xây dựng")}: {d.cnt("resolved_late", "unit:Sở Xây dựng", 42)} hồ sơ;
{d.unit("Xã Mỹ An", "xã Mỹ An")}: {d.cnt("resolved_late", "unit:Xã Mỹ An", 19)} hồ sơ; {d.unit("Xã Thủ Thừa", "xã Thủ Thừa")}: {d.cnt("resolved_late", "unit:Xã Thủ Thừa", 14)} hồ sơ.

3. Phản ánh, kiến nghị
Trong tuần tiếp nhận {d.cnt("feedback_total", "city", fb)} phản ánh, kiến nghị; đã xử lý {d.cnt("feedback_resolved", "city", fb_ok)}, đang xử lý {d.cnt("feedback_pending", "city", fb - fb_ok, pad=2)};
tỷ lệ xử lý đạt {d.rate("feedback_handled", "city", fb_ok, fb)}.

                                                   TL. CHỦ TỊCH
                                                   CHÁNH VĂN PHÒNG
                                                   Trần Quốc Lũy
"""
    d.sum(res, [early, ontime, late]); d.sum(fb, [fb_ok, fb - fb_ok])
    d.complement(pct_value(early + ontime, res, 2), pct_value(late, res, 2))
    return d


@report
def wn05():
    d = Doc("wn05_bacninh_2026_tuan02", "weekly_notice", "2026-01-16", "Tỉnh Bắc Ninh")
    on, off, stated_total = 39880, 6102, 46215
    res, inn = 44710, 44385
    d.text = f"""ỦY BAN NHÂN DÂN TỈNH BẮC NINH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

Số: {d.nf("25/TB-TTPVHCC", "reference")}                     Bắc Ninh, ngày {d.nf("16 tháng 01 năm 2026", "date")}

THÔNG BÁO
Số liệu giải quyết thủ tục hành chính tuần 02 năm 2026

1. Tiếp nhận
Tổng số hồ sơ tiếp nhận: {d.cnt("received_total", "city", stated_total)} hồ sơ, gồm:
  - Nộp trực tuyến: {d.cnt("received_online", "city", on)} hồ sơ;
  - Nộp trực tiếp, qua dịch vụ bưu chính công ích: {d.cnt("received_offline", "city", off)} hồ sơ.

2. Giải quyết
Đã giải quyết {d.cnt("resolved_total", "city", res)} hồ sơ, trong đó trước hạn, đúng hạn {d.cnt("resolved_in_time", "city", inn)} hồ sơ,
đạt {d.rate("resolved_on_time", "city", inn, res)}.
Cấp xã: {d.unit("Xã Lục Ngạn", "xã Lục Ngạn")} và {d.unit("Phường Chũ", "phường Chũ")} giải quyết 100% hồ sơ đúng hạn.

3. Thanh toán trực tuyến
Tỷ lệ thanh toán trực tuyến đạt {d.pc("online_payment", "city", 71.4, 1)}, {d.nf("tăng 3,2%", "change")} so với tuần trước.

                                                   GIÁM ĐỐC
                                                   Ngô Thị Vân Khánh
"""
    d.sum(stated_total, [on, off], planted=True)
    d.mistake("sum_mismatch", stated_total, "46.215", "39.880 + 6.102 = 45.982, not 46.215")
    return d


@report
def wn06():
    d = Doc("wn06_binhphuoc_2022_tuan32", "weekly_notice", "2022-08-12", "Tỉnh Bình Phước")
    res, ok = 22776, 21904
    dist = [("Thành phố Đồng Xoài", 1822, 1811), ("Huyện Lộc Ninh", 1206, 1149),
            ("Huyện Bù Đăng", 1430, 1392), ("Huyện Đồng Phú", 988, 988)]
    rows = "\n".join(f"{i}. {d.unit(n)}: {d.rate('resolved_on_time', 'unit:' + n, k, r)} ({N(k)}/{N(r)})"
                     for i, (n, r, k) in enumerate(dist, 1))
    d.text = f"""VĂN PHÒNG UBND TỈNH BÌNH PHƯỚC
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

THÔNG BÁO
Kết quả giải quyết TTHC tuần 32 (từ {d.nf("05/8/2022", "date")} đến {d.nf("11/8/2022", "date")})

Tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt {d.rate("resolved_on_time", "city", ok, res)} (số hồ sơ đúng hạn/tổng số hồ sơ đã giải quyết là
{N(ok)}/{N(res)} hồ sơ).

Tỷ lệ đúng hạn của một số huyện, thị xã, thành phố:
{rows}

Có {d.uc("districts", 8, 11)} đơn vị cấp huyện đạt tỷ lệ đúng hạn {d.nf("từ 95% trở lên", "bound")}.

                                                   KT. GIÁM ĐỐC
                                                   PHÓ GIÁM ĐỐC
                                                   Điểu Thị Bích Lài
"""
    return d


@report
def wn07():
    d = Doc("wn07_lamdong_2025_tuan49", "weekly_notice", "2025-12-05", "Tỉnh Lâm Đồng")
    on, tot = 28603, 33180
    fo, fo_all = 9140, 28603
    d.text = f"""UBND TỈNH LÂM ĐỒNG
VĂN PHÒNG

THÔNG BÁO
Kết quả thực hiện chỉ tiêu dịch vụ công trực tuyến tuần 49 năm 2025

- Hồ sơ nộp trực tuyến toàn tỉnh: {N(on)}/{N(tot)} hồ sơ,
  đạt {d.rate("online_submission", "city", on, tot)}.
- Hồ sơ trực tuyến toàn trình: {N(fo)}/{N(fo_all)} hồ sơ trực tuyến, đạt {d.rate("full_online", "city", fo, fo_all)}.
- Xã, phường dẫn đầu về tỷ lệ nộp trực tuyến: {d.unit("Phường Xuân Hương - Đà Lạt")} ({d.pc("online_submission", "unit:Phường Xuân Hương - Đà Lạt", 97.35)}),
  {d.unit("Xã Đức Trọng")} ({d.pc("online_submission", "unit:Xã Đức Trọng", 95.02)}).
- Xã có tỷ lệ thấp: {d.unknown("Xã Tà Nâng", "Xã Tà Nâng", "Xã Tà Năng", "no commune 'Tà Nâng' in Lâm Đồng; the list has Xã Tà Năng")} ({d.pc("online_submission", "unit:Xã Tà Nâng", 52.16)}).

                                                   KT. CHÁNH VĂN PHÒNG
                                                   PHÓ CHÁNH VĂN PHÒNG
                                                   Ka Thị Hạnh Nhi
"""
    return d


@report
def wn08():
    d = Doc("wn08_daklak_2021_tuan46", "weekly_notice", "2021-11-19", "Tỉnh Đắk Lắk")
    on, tot = 3864, 4368
    dist = [("Thành phố Buôn Ma Thuột", 2410, 2366), ("Huyện Krông Pắc", 918, 872), ("Huyện Ea Kar", 655, 640),
            ("Huyện Lắk", 301, 290)]
    rows = "\n".join(f"  + {d.unit(n)}: đã giải quyết {d.cnt('resolved_total', 'unit:' + n, r)} hồ sơ, đúng hạn {d.cnt('resolved_in_time', 'unit:' + n, k)} hồ sơ, đạt\n    {d.rate('resolved_on_time', 'unit:' + n, k, r)}"
                     for n, r, k in dist)
    d.text = f"""UBND TỈNH ĐẮK LẮK
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

THÔNG BÁO
Tình hình tiếp nhận hồ sơ trực tuyến mức độ 3, 4 tuần 46/2021

Trong tuần, toàn tỉnh có {d.cnt("received_online", "city", on)} hồ sơ nộp trực tuyến mức độ 3, 4 trên tổng số {d.cnt("received_total", "city", tot)} hồ sơ tiếp nhận
(đạt {d.rate("online_submission", "city", on, tot)})1.

Kết quả giải quyết của một số địa phương:
{rows}

______
1 Số liệu trích xuất từ Cổng dịch vụ công tỉnh ngày {d.nf("18/11/2021", "date")}.

                                                   GIÁM ĐỐC
                                                   Y Khoa Niê Kđăm
"""
    return d


# ============================================================================================
# quarterly_report
# ============================================================================================

def _level_block(d, subj, scope, carried, online, offline, early, ontime, late, pend_in, pend_late,
                 planted_balance=False, stated_received=None):
    """Biểu 06 figures for one subject: counts with their sums and balance declared."""
    received = carried + online + offline
    resolved = early + ontime + late
    pending = pend_in + pend_late
    rec_w = stated_received if stated_received is not None else received
    kw = {"scope": scope} if scope else {}
    txt = {
        "rec": d.cnt("received_total", subj, rec_w, **kw),
        "car": d.cnt("received_carried_over", subj, carried, **kw),
        "on": d.cnt("received_online", subj, online, **kw),
        "off": d.cnt("received_offline", subj, offline, **kw),
        "res": d.cnt("resolved_total", subj, resolved, **kw),
        "early": d.cnt("resolved_early", subj, early, **kw),
        "ontime": d.cnt("resolved_on_time", subj, ontime, **kw),
        "late": d.cnt("resolved_late", subj, late, **kw),
        "pend": d.cnt("pending_total", subj, pending, **kw),
        "pin": d.cnt("pending_on_time", subj, pend_in, **kw),
        "plate": d.cnt("pending_late", subj, pend_late, **kw),
    }
    d.sum(rec_w, [carried, online, offline], planted=False if stated_received is None else rec_w != received)
    d.sum(resolved, [early, ontime, late]); d.sum(pending, [pend_in, pend_late])
    d.balance(rec_w, resolved, pending, planted=planted_balance)
    return txt, received, resolved, pending


@report
def qr01():
    d = Doc("qr01_haiduong_2023_quy3", "quarterly_report", "2023-09-18", "Tỉnh Hải Dương")
    L = {"departments": ("cấp tỉnh", 1204, 18230, 6115, 20118, 4402, 96, 901, 32),
         "districts": ("cấp huyện", 2210, 21485, 20950, 36811, 5240, 402, 2088, 104),
         "communes": ("cấp xã", 310, 40212, 51630, 85604, 5980, 118, 447, 3)}
    tot = [sum(v[i] for v in L.values()) for i in range(1, 9)]
    T, rec, res, pend = _level_block(d, "city", None, *tot)
    lines = []
    for k, v in L.items():
        t, r_, s_, p_ = _level_block(d, k, v[0], *v[1:])
        lines.append(f"- {v[0].capitalize()}: tiếp nhận {t['rec']} hồ sơ (kỳ trước chuyển sang {t['car']}, trực tuyến {t['on']}, "
                     f"trực tiếp và qua bưu chính {t['off']}); đã giải quyết {t['res']} hồ sơ (trước hạn {t['early']}, đúng hạn "
                     f"{t['ontime']}, quá hạn {t['late']}), đạt tỷ lệ trước và đúng hạn "
                     f"{d.rate('resolved_on_time', k, v[4] + v[5], s_, scope=v[0])}; đang giải quyết {t['pend']} hồ sơ "
                     f"(trong hạn {t['pin']}, quá hạn {t['plate']}).")
    for i in range(1, 9):
        d.sum(tot[i - 1], [v[i] for v in L.values()])
    body = "\n".join(lines)
    d.text = f"""ỦY BAN NHÂN DÂN                       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẢI DƯƠNG                               Độc lập - Tự do - Hạnh phúc

Số: {d.nf("298/BC-UBND", "reference")}                            Hải Dương, ngày {d.nf("18 tháng 9 năm 2023", "date")}

BÁO CÁO
Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện
cơ chế một cửa, một cửa liên thông quý III năm 2023

Kính gửi: Văn phòng Chính phủ.

Thực hiện Thông tư số {d.nf("01/2020/TT-VPCP", "reference")} ngày {d.nf("21/10/2020", "date")} của Văn phòng Chính phủ, UBND tỉnh Hải Dương
báo cáo kết quả kỳ báo cáo (từ ngày {d.nf("15/6/2023", "date")} đến ngày {d.nf("14/9/2023", "date")}) như sau:

III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
1. Tổng số hồ sơ tiếp nhận trong kỳ: {T['rec']} hồ sơ, trong đó: số hồ sơ từ kỳ trước chuyển sang {T['car']};
số mới tiếp nhận trực tuyến {T['on']}; số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính {T['off']}.
Tỷ lệ hồ sơ nộp trực tuyến (không tính hồ sơ kỳ trước chuyển sang) đạt {d.rate("online_submission", "city", tot[1], tot[1] + tot[2])}.
2. Số hồ sơ đã giải quyết: {T['res']} hồ sơ, gồm: trước hạn {T['early']}; đúng hạn {T['ontime']}; quá hạn {T['late']}.
Tỷ lệ giải quyết trước hạn, đúng hạn đạt {d.rate("resolved_on_time", "city", tot[3] + tot[4], res)}.
3. Số hồ sơ đang giải quyết: {T['pend']} hồ sơ, gồm: trong hạn {T['pin']}; quá hạn {T['plate']}.

Chi tiết theo từng cấp:
{body}

                                                   TM. ỦY BAN NHÂN DÂN
                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Vương Đình Khải
"""
    return d


@report
def qr02():
    d = Doc("qr02_phutho_2021_quy1", "quarterly_report", "2021-03-19", "Tỉnh Phú Thọ")
    carried, online, offline = 2384, 11402, 82754
    early, ontime, late = 70211, 20844, 747
    pin, plate = 4705, 211
    stated_rec = carried + online + offline          # 96.540, the parts make it
    T, rec, res, pend = _level_block(d, "city", None, carried, online, offline, early, ontime, late, pin, plate,
                                     planted_balance=True)
    d.text = f"""UBND TỈNH PHÚ THỌ
Số: {d.nf("41/BC-UBND", "reference")}
                                        Phú Thọ, ngày {d.nf("19 tháng 3 năm 2021", "date")}
BÁO CÁO
Kết quả thực hiện công tác cải cách thủ tục hành chính quý I năm 2021

...
3. Kết quả giải quyết thủ tục hành chính
a) Tiếp nhận: trong kỳ, các cơ quan hành chính nhà nước ba cấp của tỉnh tiếp nhận {T['rec']} hồ sơ
   (kỳ trước chuyển sang: {T['car']} hồ sơ; tiếp nhận trực tuyến: {T['on']} hồ sơ;
   tiếp nhận trực tiếp, qua bưu chính: {T['off']} hồ sơ).
b) Đã giải quyết {T['res']} hồ sơ, trong đó giải quyết trước hạn {T['early']} hồ sơ, đúng hạn {T['ontime']} hồ sơ,
   quá hạn {T['late']} hồ sơ; tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn là {d.rate("resolved_on_time", "city", early + ontime, res)}.
c) Đang giải quyết {T['pend']} hồ sơ (chưa đến hạn {T['pin']} hồ sơ; đã quá hạn {T['plate']} hồ sơ).
d) {d.unit("Huyện Thanh Sơn")} và {d.unit("Huyện Tân Sơn")} không có hồ sơ quá hạn trong kỳ.

                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Triệu Quang Thiều
"""
    d.mistake("balance_mismatch", stated_rec, N(stated_rec),
              f"received {N(rec)} but resolved {N(res)} + pending {N(pend)} = {N(res + pend)}")
    return d


@report
def qr03():
    d = Doc("qr03_camau_2024_quy2", "quarterly_report", "2024-06-14", "Tỉnh Cà Mau")
    fb_new, fb_car, fb_ok, fb_pend = 41, 6, 44, 3
    on, off = 38127, 29406
    d.text = f"""ỦY BAN NHÂN DÂN TỈNH CÀ MAU
Số: {d.nf("187/BC-UBND", "reference")}                         Cà Mau, ngày {d.nf("14 tháng 6 năm 2024", "date")}

BÁO CÁO
Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý II năm 2024

4. Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính
Trong kỳ, tỉnh tiếp nhận mới {d.cnt("feedback_new", "city", fb_new)} phản ánh, kiến nghị; kỳ trước chuyển sang {d.cnt("feedback_carried_over", "city", fb_car, pad=2)} phản ánh;
đã xử lý xong {d.cnt("feedback_resolved", "city", fb_ok)} phản ánh, kiến nghị; đang xử lý {d.cnt("feedback_pending", "city", fb_pend, pad=2)} phản ánh.

5. Thực hiện thủ tục hành chính trên môi trường điện tử
Số hồ sơ mới tiếp nhận trong kỳ: {d.cnt("received_online", "city", on)} hồ sơ trực tuyến và {d.cnt("received_offline", "city", off)} hồ sơ trực tiếp, bưu chính.
Tỷ lệ hồ sơ nộp trực tuyến đạt {d.rate("online_submission", "city", on, on + off)}, {d.nf("cao hơn 6,4%", "change")} so với quý I/2024.
Các huyện có tỷ lệ hồ sơ trực tuyến cao: {d.unit("Huyện Năm Căn")} ({d.pc("online_submission", "unit:Huyện Năm Căn", 68.9, 1)}), {d.unit("Huyện Trần Văn Thời")} ({d.pc("online_submission", "unit:Huyện Trần Văn Thời", 63.5, 1)}).

                                                   TM. ỦY BAN NHÂN DÂN
                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Quách Thị Mỹ Xuyên
"""
    d.sum(fb_new + fb_car, [fb_ok, fb_pend])
    return d


@report
def qr04():
    d = Doc("qr04_gialai_2025_quy4", "quarterly_report", "2025-12-16", "Tỉnh Gia Lai")
    on, tot = 148220, 171905
    full, part = 1214, 602
    fo, fo_base = 80413, 148220
    pay, pay_all = 51877, 60340
    dig, dig_all = 158006, 162411
    d.text = f"""ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH GIA LAI                                    Độc lập - Tự do - Hạnh phúc
Số: {d.nf("512/BC-UBND", "reference")}                               Gia Lai, ngày {d.nf("16 tháng 12 năm 2025", "date")}

BÁO CÁO
Kết quả cải cách thủ tục hành chính, thực hiện dịch vụ công trực tuyến quý IV năm 2025

Quý IV năm 2025 là quý đầu tiên tỉnh Gia Lai (mới) vận hành trọn vẹn mô hình chính quyền địa phương
hai cấp với {d.nf("135", "count_of_things")} xã, phường.

1. Cung cấp dịch vụ công trực tuyến
Tổng số TTHC đang cung cấp dịch vụ công trực tuyến: {d.cnt("procedures_total", "city", full + part)} thủ tục, gồm {d.cnt("procedures_full_online", "city", full)} thủ tục
toàn trình và {d.cnt("procedures_partial_online", "city", part)} thủ tục một phần.

2. Kết quả thực hiện các chỉ tiêu
+ Tỷ lệ hồ sơ nộp trực tuyến: {d.rate("online_submission", "city", on, tot)} ({N(on)}/{N(tot)} hồ sơ);
+ Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ trực tuyến: {d.rate("full_online", "city", fo, fo_base)} ({N(fo)}/{N(fo_base)});
+ Tỷ lệ thanh toán trực tuyến: {d.rate("online_payment", "city", pay, pay_all)} ({N(pay)}/{N(pay_all)} giao dịch);
+ Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: {d.rate("digitization", "city", dig, dig_all)}
  ({N(dig)}/{N(dig_all)} hồ sơ).
+ Các sở, ngành: {d.uc("departments", 14, 16)} cơ quan đạt tỷ lệ số hóa {d.nf("trên 90%", "bound")}; hai cơ quan chưa đạt là {d.unit("Sở Nông nghiệp và Môi trường")}
  ({d.pc("digitization", "unit:Sở Nông nghiệp và Môi trường", 84.17)}) và {d.unit("Sở Xây dựng")} ({d.pc("digitization", "unit:Sở Xây dựng", 88.03)}).

                                                   TM. ỦY BAN NHÂN DÂN
                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Siu Thị H’Bơ
"""
    return d


@report
def qr05():
    d = Doc("qr05_kontum_2020_quy4", "quarterly_report", "2020-12-15", "Tỉnh Kon Tum")
    res, inn = 61390, 60065
    d.text = f"""UBND TỈNH KON TUM
VĂN PHÒNG
Số: {d.nf("1207/BC-VP", "reference")}
                                           Kon Tum, ngày {d.nf("15 tháng 12 năm 2020", "date")}
BÁO CÁO
Tình hình thực hiện cơ chế một cửa, một cửa liên thông quý IV và năm 2020

Tổng hợp từ Hệ thống một cửa điện tử của tỉnh, năm 2020 các cơ quan, địa phương đã giải quyết
{d.cnt("resolved_total", "city", res)} hồ sơ; số hồ sơ giải quyết đúng hạn và trước hạn là {d.cnt("resolved_in_time", "city", inn)} hồ sơ, đạt
{d.rate("resolved_on_time", "city", inn, res)}. Tỷ lệ hồ sơ giải quyết quá hạn là {d.pc("resolved_late", "city", 2.61)}, tập trung ở lĩnh vực đất đai
tại {d.unit("Thành phố Kon Tum")} và {d.unit("Huyện Ngọc Hồi")}.

Số thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh là {d.cnt("procedures_total", "departments", 1489, scope="cấp tỉnh")} thủ tục.

                                                   CHÁNH VĂN PHÒNG
                                                   Phan Thị Kim Thoa
"""
    d.complement(pct_value(inn, res, 2), 2.61, planted=True)
    d.mistake("complement_mismatch", 2.61, "2,61%", "on time 97,84% + late 2,61% = 100,45%")
    return d


@report
def qr06():
    d = Doc("qr06_khanhhoa_2026_quy1", "quarterly_report", "2026-03-17", "Tỉnh Khánh Hòa")
    pay, pay_all = 15260, 19804
    on, tot = 64330, 79215
    d.text = f"""ỦY BAN NHÂN DÂN
TỈNH KHÁNH HÒA
Số: {d.nf("96/BC-UBND", "reference")}                                 Khánh Hòa, ngày {d.nf("17 tháng 3 năm 2026", "date")}

BÁO CÁO
Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính quý I năm 2026

2. Về thực hiện thủ tục hành chính trên môi trường điện tử
- Tiếp nhận {d.cnt("received_total", "city", tot)} hồ sơ, trong đó {d.cnt("received_online", "city", on)} hồ sơ trực tuyến, chiếm {d.rate("received_online_share", "city", on, tot)}.
- Thanh toán trực tuyến: {N(pay)}/{N(pay_all)} hồ sơ có phí, lệ phí, đạt {d.rate("online_payment", "city", pay, pay_all, stated=79.06, planted=True)}.
- {d.unit("Phường Nha Trang")} và {d.unit("Phường Cam Ranh")} là hai địa phương có số hồ sơ trực tuyến nhiều nhất.

                                                   TM. ỦY BAN NHÂN DÂN
                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Đinh Công Tráng
"""
    d.mistake("ratio_mismatch", 79.06, "79,06%", "15.260/19.804 is 77,05%")
    return d


@report
def qr07():
    d = Doc("qr07_longan_2022_quy2", "quarterly_report", "2022-06-15", "Tỉnh Long An")
    lv = {"departments": ("cấp tỉnh", 1398, 412, 566, 420), "districts": ("cấp huyện", 302, 47, 161, 94),
          "communes": ("cấp xã", 118, 8, 74, 36)}
    lines = []
    for k, (sc, tot, full, part, no) in lv.items():
        lines.append(f"  - {sc.capitalize()}: {d.cnt('procedures_total', k, tot, scope=sc)} TTHC, trong đó {d.cnt('procedures_full_online', k, full, scope=sc)} "
                     f"TTHC trực tuyến toàn trình, {d.cnt('procedures_partial_online', k, part, scope=sc)} TTHC trực tuyến một phần và "
                     f"{d.cnt('procedures_not_online', k, no, scope=sc)} TTHC chưa cung cấp trực tuyến;")
        d.sum(tot, [full, part, no])
    gt = sum(v[1] for v in lv.values())
    body = "\n".join(lines)
    d.text = f"""UBND TỈNH LONG AN
Số: {d.nf("2674/BC-UBND", "reference")}                          Long An, ngày {d.nf("15 tháng 6 năm 2022", "date")}

BÁO CÁO
Kết quả kiểm soát thủ tục hành chính quý II năm 2022

1. Công bố, công khai thủ tục hành chính
Trong quý, Chủ tịch UBND tỉnh ban hành {d.nf("14", "count_of_things")} quyết định công bố danh mục TTHC. Đến nay, tổng số TTHC
đang thực hiện trên địa bàn tỉnh là {d.cnt("procedures_total", "city", gt)} thủ tục, cụ thể:
{body}

2. Số hóa hồ sơ: {d.unit("Huyện Đức Hòa")}, {d.unit("Huyện Bến Lức")} và {d.unit("Thành phố Tân An")} đã số hóa {d.pc("digitization", "unit:Huyện Đức Hòa", 100, 0, scope="hộ tịch")}{d.pc("digitization", "unit:Huyện Bến Lức", 100, 0, scope="hộ tịch") and ""}{d.pc("digitization", "unit:Thành phố Tân An", 100, 0, scope="hộ tịch") and ""} kết quả giải quyết TTHC
lĩnh vực hộ tịch (ba địa phương cùng một tỷ lệ).

                                                   TM. ỦY BAN NHÂN DÂN
                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Võ Thanh Lợi Em
"""
    d.sum(gt, [v[1] for v in lv.values()])
    return d


@report
def qr08():
    d = Doc("qr08_yenbai_2019_quy3", "quarterly_report", "2019-09-16", "Tỉnh Yên Bái")
    l34, tot = 8215, 93406
    res, inn = 90118, 89377
    d.text = f"""UBND TỈNH YÊN BÁI
SỞ NỘI VỤ

BÁO CÁO
Công tác cải cách hành chính quý III năm 2019

Trong quý, toàn tỉnh tiếp nhận {d.cnt("received_total", "city", tot)} hồ sơ TTHC, trong đó hồ sơ trực tuyến mức độ 3, 4 là
{d.cnt("received_online", "city", l34)} hồ sơ (chiếm {d.rate("received_online_share", "city", l34, tot)}). Đã giải quyết {d.cnt("resolved_total", "city", res)} hồ sơ, trong đó
{d.cnt("resolved_in_time", "city", inn)} hồ sơ đúng hạn và trước hạn, đạt {d.rate("resolved_on_time", "city", inn, res)}.

Chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước tại {d.unit("Thị xã Nghĩa Lộ")}
đạt {d.pc("other", "unit:Thị xã Nghĩa Lộ", 91.2, 1, label="chỉ số hài lòng")}; tại {d.unit("Huyện Trạm Tấu")} đạt {d.pc("other", "unit:Huyện Trạm Tấu", 86.7, 1, label="chỉ số hài lòng")}.

                                                   GIÁM ĐỐC
                                                   Lò Thị Xuân Mai
"""
    return d


# ============================================================================================
# commune_report
# ============================================================================================

@report
def cr01():
    d = Doc("cr01_xa_tienlu_hungyen_2025_11", "commune_report", "2025-11-28", "Tỉnh Hưng Yên")
    car, on, off = 37, 1126, 214
    early, ontime, late = 1098, 201, 4
    pin, plate = 74, 0
    T, rec, res, pend = _level_block(d, "self", None, car, on, off, early, ontime, late, pin, plate)
    dig = 1313
    d.text = f"""UBND XÃ TIÊN LỮ                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRUNG TÂM PHỤC VỤ                               Độc lập - Tự do - Hạnh phúc
HÀNH CHÍNH CÔNG
Số: {d.nf("47/BC-TTPVHCC", "reference")}                           {d.unit("Xã Tiên Lữ", "Tiên Lữ")}, ngày {d.nf("28 tháng 11 năm 2025", "date")}

BÁO CÁO
Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 11 năm 2025
(từ ngày {d.nf("15/10/2025", "date")} đến ngày {d.nf("14/11/2025", "date")})

1. Tiếp nhận hồ sơ
Tổng số hồ sơ: {T['rec']}, trong đó:
- Kỳ trước chuyển sang: {T['car']} hồ sơ;
- Tiếp nhận mới trực tuyến: {T['on']} hồ sơ;
- Tiếp nhận mới trực tiếp, bưu chính: {T['off']} hồ sơ.
Tỷ lệ nộp hồ sơ trực tuyến: {d.rate("online_submission", "self", on, on + off)}.

2. Giải quyết hồ sơ
- Đã giải quyết: {T['res']} hồ sơ (trước hạn {T['early']}; đúng hạn {T['ontime']}; quá hạn {T['late']});
- Đang giải quyết: {T['pend']} hồ sơ (trong hạn {T['pin']}; quá hạn {T['plate']}).
Tỷ lệ giải quyết đúng hạn: {d.rate("resolved_on_time", "self", early + ontime, res)}.

3. Số hóa hồ sơ: đã số hóa {N(dig)}/{N(res)} hồ sơ đã giải quyết, đạt {d.rate("digitization", "self", dig, res)}.

4. Phản ánh, kiến nghị: trong tháng không phát sinh phản ánh, kiến nghị.

Nơi nhận:                                              GIÁM ĐỐC
- Văn phòng UBND tỉnh;
- TT Đảng ủy, HĐND, UBND xã;                           Nguyễn Thị Nhật Lệ
- Lưu: VT.
"""
    return d


@report
def cr02():
    d = Doc("cr02_phuong_hamrong_thanhhoa_2026_02", "commune_report", "2026-02-26", "Tỉnh Thanh Hóa")
    early, ontime, late = 1874, 322, 9
    stated_res = 2250
    on, rec = 2011, 2307
    d.text = f"""ỦY BAN NHÂN DÂN PHƯỜNG HÀM RỒNG
Số: {d.nf("62/BC-UBND", "reference")}
                                        {d.unit("Phường Hàm Rồng", "Hàm Rồng")}, ngày {d.nf("26 tháng 02 năm 2026", "date")}
BÁO CÁO
Tình hình, kết quả công tác cải cách thủ tục hành chính tháng 02 năm 2026

I. KẾT QUẢ
1. Phường tiếp nhận {d.cnt("received_total", "self", rec)} hồ sơ; hồ sơ nộp trực tuyến {d.cnt("received_online", "self", on)} hồ sơ, chiếm {d.rate("received_online_share", "self", on, rec)}.
2. Đã giải quyết {d.cnt("resolved_total", "self", stated_res)} hồ sơ, trong đó:
   - trước hạn: {d.cnt("resolved_early", "self", early)} hồ sơ;
   - đúng hạn: {d.cnt("resolved_on_time", "self", ontime)} hồ sơ;
   - quá hạn: {d.cnt("resolved_late", "self", late, pad=2)} hồ sơ (lĩnh vực đất đai).
3. Phường đã thực hiện trả kết quả tại nhà cho {d.nf("15", "count_of_things")} trường hợp người cao tuổi.

II. NHIỆM VỤ THÁNG 3
Tiếp tục duy trì mô hình "Ngày thứ Bảy vì dân" tại Trung tâm Phục vụ hành chính công phường.

                                                   TM. ỦY BAN NHÂN DÂN
                                                   CHỦ TỊCH
                                                   Mai Xuân Nghị
"""
    d.sum(stated_res, [early, ontime, late], planted=True)
    d.mistake("sum_mismatch", stated_res, "2.250", "1.874 + 322 + 09 = 2.205, not 2.250")
    return d


@report
def cr03():
    d = Doc("cr03_xa_caoxa_bacgiang_2022_10", "commune_report", "2022-10-25", "Tỉnh Bắc Giang")
    fields = [("Hộ tịch", 118, 118), ("Chứng thực", 506, 506), ("Đất đai", 24, 22), ("Lao động, thương binh và xã hội", 41, 41)]
    tot = sum(f[1] for f in fields); ok = sum(f[2] for f in fields)
    rows = "\n".join(f"   + {n}: {d.cnt('received_total', 'self', r, scope=n)} hồ sơ;" for n, r, _ in fields)
    d.text = f"""UBND HUYỆN TÂN YÊN
UBND XÃ CAO XÁ
Số: {d.nf("58/BC-UBND", "reference")}                            {d.unit("Xã Cao Xá", "Cao Xá", district="Huyện Tân Yên")}, ngày {d.nf("25 tháng 10 năm 2022", "date")}

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa xã tháng 10 năm 2022

1. Số hồ sơ tiếp nhận: {d.cnt("received_total", "self", tot)} hồ sơ, theo lĩnh vực:
{rows}
2. Đã giải quyết {d.cnt("resolved_total", "self", tot)} hồ sơ, trong đó đúng hạn {d.cnt("resolved_in_time", "self", ok)} hồ sơ ({d.rate("resolved_on_time", "self", ok, tot)});
   quá hạn {d.cnt("resolved_late", "self", tot - ok, pad=2)} hồ sơ thuộc lĩnh vực đất đai do phải chờ ý kiến của {d.unit("Huyện Tân Yên", "UBND huyện")}.
3. Tỷ lệ hồ sơ được số hóa khi tiếp nhận: {d.pc("digitization", "self", 100, 0)}.

                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Thân Đức Nhuận
"""
    d.sum(tot, [f[1] for f in fields]); d.sum(tot, [ok, tot - ok])
    return d


@report
def cr04():
    d = Doc("cr04_tt_cangiuoc_longan_2023_04", "commune_report", "2023-04-20", "Tỉnh Long An")
    on, off = 412, 689
    d.text = f"""ỦY BAN NHÂN DÂN
THỊ TRẤN CẦN GIUỘC
Số: {d.nf("35/BC-UBND", "reference")}                             {d.unit("Thị trấn Cần Giuộc", "Cần Giuộc", district="Huyện Cần Giuộc")}, ngày {d.nf("20 tháng 4 năm 2023", "date")}

BÁO CÁO
Công tác cải cách hành chính tháng 4 năm 2023

- Hồ sơ tiếp nhận trực tuyến: {d.cnt("received_online", "self", on)} hồ sơ;
- Hồ sơ tiếp nhận trực tiếp: {d.cnt("received_offline", "self", off)} hồ sơ;
- Tỷ lệ hồ sơ nộp trực tuyến: {d.rate("online_submission", "self", on, on + off, stated=41.33, planted=True)}
  ({d.nf("chỉ tiêu huyện giao 40%", "bound")}).
- Giải quyết đúng hạn {d.pc("resolved_on_time", "self", 100, 0)} hồ sơ đến hạn.

                                                   CHỦ TỊCH
                                                   Trương Thị Diễm Kiều
"""
    d.mistake("ratio_mismatch", 41.33, "41,33%", "412/(412+689) = 412/1.101 is 37,42%")
    return d


@report
def cr05():
    d = Doc("cr05_xa_namninhhoa_khanhhoa_2025_09", "commune_report", "2025-09-30", "Tỉnh Khánh Hòa")
    car, on, off = 0, 702, 388
    early, ontime, late = 861, 150, 0
    pin, plate = 79, 0
    T, rec, res, pend = _level_block(d, "self", None, car, on, off, early, ontime, late, pin, plate)
    pay, pay_all = 233, 301
    d.unit("Xã Nam Ninh Hòa")
    d.text = f"""UBND XÃ NAM NINH HÒA
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

BÁO CÁO
Kết quả hoạt động của Trung tâm Phục vụ hành chính công xã tháng 9/2025

Sau ba tháng vận hành chính quyền địa phương hai cấp, Trung tâm đã tiếp nhận trong tháng
{T['rec']} hồ sơ (không có hồ sơ kỳ trước chuyển sang: {T['car']}), gồm {T['on']} hồ sơ trực tuyến và {T['off']} hồ sơ trực tiếp.

Kết quả giải quyết:
 - Đã giải quyết {T['res']} hồ sơ: trước hạn {T['early']}, đúng hạn {T['ontime']}, quá hạn {T['late']};
 - Đang giải quyết {T['pend']} hồ sơ, trong hạn {T['pin']}, quá hạn {T['plate']}.
 - Tỷ lệ giải quyết trước hạn, đúng hạn: {d.rate("resolved_on_time", "self", early + ontime, res, 0)}.

Thanh toán trực tuyến {N(pay)}/{N(pay_all)} hồ sơ có phí, lệ phí
(đạt {d.rate("online_payment", "self", pay, pay_all)}).

                                                   GIÁM ĐỐC
                                                   Cao Thị Thu Sương
"""
    return d


@report
def cr06():
    d = Doc("cr06_phuong_caikhe_cantho_2026_03", "commune_report", "2026-03-31", "Thành phố Cần Thơ")
    rec1, rec2 = 2418, 2481
    on = 2036
    res, inn = 2297, 2290
    d.text = f"""UBND PHƯỜNG CÁI KHẾ
Số: {d.nf("88/BC-UBND", "reference")}                          {d.unit("Phường Cái Khế", "Cái Khế")}, ngày {d.nf("31 tháng 3 năm 2026", "date")}

BÁO CÁO
Kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính quý I năm 2026

Tóm tắt: trong quý I/2026 phường tiếp nhận {d.cnt("received_total", "self", rec1)} hồ sơ, giải quyết đúng hạn {d.rate("resolved_on_time", "self", inn, res, link=False)}.

1. Tiếp nhận
Tổng số hồ sơ tiếp nhận trong quý là {d.cnt("received_total", "self", rec2)} hồ sơ; hồ sơ nộp trực tuyến {d.cnt("received_online", "self", on)}.
2. Giải quyết
Đã giải quyết {d.cnt("resolved_total", "self", res)} hồ sơ; trước hạn và đúng hạn {d.cnt("resolved_in_time", "self", inn)} hồ sơ; quá hạn {d.cnt("resolved_late", "self", res - inn, pad=2)} hồ sơ.

                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Huỳnh Tấn Phước Lộc
"""
    d.sum(res, [inn, res - inn])
    d.repeat(rec1, rec2, planted=True)
    d.mistake("repeated_value_mismatch", rec2, "2.481", "received stated 2.418 in the summary and 2.481 in section 1")
    return d


@report
def cr07():
    d = Doc("cr07_xa_hoaan_travinh_2020_06", "commune_report", "2020-06-26", "Tỉnh Trà Vinh")
    rec, res, inn, pend = 386, 371, 371, 15
    d.text = f"""UBND HUYỆN CẦU KÈ                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND XÃ HÒA ÂN                                Độc lập - Tự do - Hạnh phúc

Số: {d.nf("29/BC-UBND", "reference")}                          {d.unit("Xã Hòa Ân", "Hòa Ân", district="Huyện Cầu Kè")}, ngày {d.nf("26 tháng 6 năm 2020", "date")}

BÁO CÁO
Kết quả thực hiện cải cách hành chính 6 tháng đầu năm 2020

Sáu tháng đầu năm, Bộ phận tiếp nhận và trả kết quả xã tiếp nhận {d.cnt("received_total", "self", rec)} hồ sơ; đã giải quyết
{d.cnt("resolved_total", "self", res)} hồ sơ, {d.cnt("resolved_in_time", "self", inn)} hồ sơ đúng hạn, đạt {d.rate("resolved_on_time", "self", inn, res, 0)}; đang giải quyết {d.cnt("pending_total", "self", pend)} hồ sơ
chưa đến hạn. Do ảnh hưởng dịch Covid-19, số hồ sơ {d.nf("giảm khoảng 12%", "change")} so với cùng kỳ.

                                                   TM. ỦY BAN NHÂN DÂN
                                                   CHỦ TỊCH
                                                   Kim Thị Sô Phia
"""
    d.balance(rec, res, pend)
    return d


@report
def cr08():
    d = Doc("cr08_xa_khesanh_quangtri_2025_08", "commune_report", "2025-08-29", "Tỉnh Quảng Trị")
    on, off = 516, 297
    res, e, o, l = 741, 598, 139, 4
    d.text = f"""ĐẢNG ỦY - HĐND - UBND XÃ KHE SANH
ỦY BAN NHÂN DÂN XÃ KHE SANH

BÁO CÁO
Tình hình giải quyết thủ tục hành chính tháng 8 năm 2025

Tháng 8/2025 là tháng thứ hai {d.unit("Xã Khe Sanh", "xã Khe Sanh")} vận hành Trung tâm Phục vụ hành chính công xã.
• Tiếp nhận mới: {d.cnt("received_online", "self", on)} hồ sơ trực tuyến, {d.cnt("received_offline", "self", off)} hồ sơ trực tiếp;
  tỷ lệ trực tuyến {d.rate("online_submission", "self", on, on + off, 1)}.
• Đã giải quyết {d.cnt("resolved_total", "self", res)} hồ sơ: trước hạn {d.cnt("resolved_early", "self", e)}, đúng hạn {d.cnt("resolved_on_time", "self", o)},
  trễ hạn {d.cnt("resolved_late", "self", l, pad=2)} hồ sơ ({d.rate("resolved_late", "self", l, res)}).
• Số hồ sơ {d.nf("tăng 88", "change")} hồ sơ so với tháng 7.

                                                   KT. CHỦ TỊCH
                                                   PHÓ CHỦ TỊCH
                                                   Hồ Văn Pả Lừa
"""
    d.sum(res, [e, o, l])
    return d


# ============================================================================================
# news_article
# ============================================================================================

@report
def na01():
    d = Doc("na01_quangngai_2024_6thang", "news_article", "2024-07-08", "Tỉnh Quảng Ngãi")
    rec, res, inn = 412806, 398114, 388640
    tn_res, tn_late = 25361, 2105
    d.text = f"""Quảng Ngãi: {d.nf("Hơn 97%", "approx")} hồ sơ thủ tục hành chính được giải quyết đúng hạn

{d.nf("08/07/2024", "date")} 09:40

(Báo Quảng Ngãi) - {d.nf("6 tháng đầu năm", "date")}, các cơ quan hành chính ba cấp trên địa bàn tỉnh đã tiếp nhận {d.nf("hơn 412.000", "approx")} hồ sơ
thủ tục hành chính, {d.nf("tăng gần 9%", "change")} so với cùng kỳ năm 2023.

Theo số liệu của Văn phòng UBND tỉnh, tính đến ngày {d.nf("30/6", "date")}, tổng số hồ sơ tiếp nhận là {d.cnt("received_total", "city", rec)} hồ sơ;
đã giải quyết {d.cnt("resolved_total", "city", res)} hồ sơ, trong đó {d.cnt("resolved_in_time", "city", inn)} hồ sơ trước và đúng hạn, đạt tỷ lệ {d.rate("resolved_on_time", "city", inn, res)}.

Đáng chú ý, {d.unit("Sở Tài nguyên và Môi trường")} giải quyết {d.cnt("resolved_total", "unit:Sở Tài nguyên và Môi trường", tn_res)} hồ sơ nhưng có tới {d.cnt("resolved_late", "unit:Sở Tài nguyên và Môi trường", tn_late)} hồ sơ
trễ hẹn, chiếm {d.rate("resolved_late", "unit:Sở Tài nguyên và Môi trường", tn_late, tn_res)}, phần lớn thuộc Văn phòng Đăng ký đất đai.
Ở cấp huyện, {d.unit("Huyện Lý Sơn")} và {d.unit("Huyện Minh Long")} duy trì {d.pc("resolved_on_time", "unit:Huyện Lý Sơn", 100, 0)} hồ sơ đúng hạn{d.pc("resolved_on_time", "unit:Huyện Minh Long", 100, 0) and ""}.

Phó Chánh Văn phòng UBND tỉnh cho biết thời gian tới tỉnh sẽ kiểm tra đột xuất các đơn vị có
tỷ lệ trễ hạn {d.nf("trên 5%", "bound")}.

THANH NHÃ
"""
    return d


@report
def na02():
    d = Doc("na02_dongthap_2025_11", "news_article", "2025-11-20", "Tỉnh Đồng Tháp")
    d.text = f"""Đồng Tháp: người dân nộp trực tuyến {d.cnt("received_online", "city", 61300, text="61,3 ngàn")} hồ sơ trong tháng 10

Thứ Năm, {d.nf("20/11/2025", "date")}

Theo Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp, trong tháng 10/2025 toàn tỉnh tiếp nhận
{d.cnt("received_online", "city", 61300, text="61,3 ngàn")} hồ sơ trực tuyến trên tổng số {d.cnt("received_total", "city", 70900, text="70,9 ngàn")} hồ sơ.
Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt {d.rate("online_submission", "city", 61300, 70900, 1, mode="trunc")}.

Các xã, phường có tỷ lệ cao là {d.unit("Phường Mỹ Tho")} ({d.pc("online_submission", "unit:Phường Mỹ Tho", 95.1, 1)}) và {d.unit("Phường Cai Lậy")} ({d.pc("online_submission", "unit:Phường Cai Lậy", 93.8, 1)});
{d.unit("Xã Cái Bè")} đạt {d.pc("online_submission", "unit:Xã Cái Bè", 71.6, 1)}.

Từ đầu năm, lượng hồ sơ trực tuyến đạt {d.nf("khoảng 540 ngàn", "approx")} hồ sơ, với {d.nf("gần 1,1 triệu", "approx")} lượt truy cập
Cổng dịch vụ công tỉnh.

NGỌC TRÂM
"""
    return d


@report
def na03():
    d = Doc("na03_sonla_2022_9thang", "news_article", "2022-10-05", "Tỉnh Sơn La")
    res, inn = 187442, 179178
    d.text = f"""Sơn La nâng cao chất lượng giải quyết thủ tục hành chính

Cập nhật: {d.nf("05/10/2022", "date")}

Chín tháng năm 2022, tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn của tỉnh Sơn La đạt {d.pc("resolved_on_time", "city", 95.8, 1)}.

Theo báo cáo của UBND tỉnh, các cơ quan, đơn vị đã giải quyết {d.cnt("resolved_total", "city", res)} hồ sơ, trong đó giải quyết đúng
và trước hạn {d.cnt("resolved_in_time", "city", inn)} hồ sơ. Như vậy, tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt
{d.rate("resolved_on_time", "city", inn, res, 1)}, {d.nf("thấp hơn 1,2%", "change")} so với chỉ tiêu tỉnh đề ra.

Trong số {d.nf("12", "count_of_things")} huyện, thành phố, {d.unit("Huyện Mai Sơn")} có tỷ lệ đúng hạn cao nhất ({d.pc("resolved_on_time", "unit:Huyện Mai Sơn", 99.3, 1)}),
tiếp đến là {d.unit("Thành phố Sơn La")} ({d.pc("resolved_on_time", "unit:Thành phố Sơn La", 98.7, 1)}).

MINH THU
"""
    d.repeat(95.8, pct_value(inn, res, 1), planted=True)
    d.mistake("repeated_value_mismatch", 95.8, "95,8%", "the lead says 95,8%; the body's 179.178/187.442 says 95,6%")
    return d


@report
def na04():
    d = Doc("na04_quangbinh_2021_quy1", "news_article", "2021-04-12", "Tỉnh Quảng Bình")
    l3, l4, tot = 3108, 5926, 52410
    d.text = f"""Quảng Bình: Hồ sơ trực tuyến mức độ 3, 4 tăng mạnh trong quý I

{d.nf("12/04/2021", "date")}

Quý I/2021, Trung tâm Phục vụ hành chính công tỉnh Quảng Bình và Bộ phận một cửa các cấp tiếp nhận {d.cnt("received_total", "city", tot)} hồ sơ.
Trong đó có {d.cnt("received_online", "city", l3, scope="Mức 3")} hồ sơ nộp trực tuyến mức độ 3 và {d.cnt("received_online", "city", l4, scope="Mức 4")} hồ sơ mức độ 4, tổng cộng
{d.cnt("received_online", "city", l3 + l4)} hồ sơ, chiếm {d.rate("received_online_share", "city", l3 + l4, tot)} tổng số hồ sơ.

{d.unit("Thành Phố Đồng Hới", "Thành phố Đồng Hới")} là địa phương có nhiều hồ sơ trực tuyến nhất với {d.cnt("received_online", "unit:Thành Phố Đồng Hới", 2214)} hồ sơ; {d.unit("Thị xã Ba Đồn")}
có {d.cnt("received_online", "unit:Thị xã Ba Đồn", 867)} hồ sơ.

Số hồ sơ trực tuyến quý I {d.nf("gấp 2,4 lần", "change")} cùng kỳ năm 2020.

P.V
"""
    d.sum(l3 + l4, [l3, l4])
    return d


@report
def na05():
    d = Doc("na05_angiang_2023_nam", "news_article", "2023-12-26", "Tỉnh An Giang")
    tn_res, tn_late = 24887, 1212
    xd_res, xd_late = 3409, 58
    res, inn = 902315, 887620
    d.text = f"""An Giang: Vẫn còn hồ sơ trễ hạn ở lĩnh vực đất đai, xây dựng

{d.nf("26/12/2023", "date")} - 15:12

Năm 2023, toàn tỉnh An Giang đã giải quyết {d.cnt("resolved_total", "city", res)} hồ sơ thủ tục hành chính; số hồ sơ giải quyết
trước hạn và đúng hạn là {d.cnt("resolved_in_time", "city", inn)}, chiếm {d.rate("resolved_on_time", "city", inn, res)}.

Tuy nhiên, một số sở còn để hồ sơ trễ hạn nhiều:
- {d.unit("Sở Tài nguyên và Môi trường")}: {d.cnt("resolved_late", "unit:Sở Tài nguyên và Môi trường", tn_late)}/{d.cnt("resolved_total", "unit:Sở Tài nguyên và Môi trường", tn_res)} hồ sơ trễ hạn
  (chiếm {d.rate("resolved_late", "unit:Sở Tài nguyên và Môi trường", tn_late, tn_res)});
- {d.unit("Sở Xây dựng")}: {d.cnt("resolved_late", "unit:Sở Xây dựng", xd_late)}/{d.cnt("resolved_total", "unit:Sở Xây dựng", xd_res)} hồ sơ (chiếm {d.rate("resolved_late", "unit:Sở Xây dựng", xd_late, xd_res)}).

Ở cấp huyện, {d.unit("Thành phố Châu Đốc")} và {d.unit("Huyện Thoại Sơn")} không có hồ sơ trễ hạn.

HỮU HUỆ
"""
    return d


@report
def na06():
    d = Doc("na06_ninhbinh_2025_12", "news_article", "2025-12-12", "Tỉnh Ninh Bình")
    dig, dig_all = 182447, 201309
    on, tot = 254118, 290760
    d.text = f"""Ninh Bình đẩy mạnh số hóa hồ sơ thủ tục hành chính

{d.nf("12/12/2025", "date")}

Sau gần {d.nf("6 tháng", "date")} vận hành chính quyền địa phương hai cấp, Ninh Bình có {d.nf("129", "count_of_things")} xã, phường đã số hóa
hồ sơ, kết quả giải quyết thủ tục hành chính ngay khi tiếp nhận.

Tỷ lệ số hóa hồ sơ toàn tỉnh đạt {d.rate("digitization", "city", dig, dig_all, stated=91.85, planted=True)} ({N(dig)}/{N(dig_all)} hồ sơ). Tỷ lệ nộp hồ sơ trực tuyến
đạt {d.rate("online_submission", "city", on, tot)} ({N(on)}/{N(tot)} hồ sơ).

{d.unit("Xã Gia Viễn")} và {d.unit("Xã Kim Sơn")} được biểu dương vì đạt tỷ lệ số hóa {d.pc("digitization", "unit:Xã Gia Viễn", 100, 0)}{d.pc("digitization", "unit:Xã Kim Sơn", 100, 0) and ""}.

ĐỨC LAM
"""
    d.mistake("ratio_mismatch", 91.85, "91,85%", "182.447/201.309 is 90,63%")
    return d


@report
def na07():
    d = Doc("na07_langson_2019_nam", "news_article", "2020-01-10", "Tỉnh Lạng Sơn")
    rec, ok = 48305, 48031
    d.text = f"""Lạng Sơn: {d.nf("hơn 99%", "approx")} hồ sơ được trả đúng hạn

{d.nf("10/01/2020", "date")}

Năm 2019, các cơ quan, đơn vị trên địa bàn tỉnh Lạng Sơn đã giải quyết {d.cnt("resolved_total", "city", rec)} hồ sơ, trả kết quả
đúng hạn và trước hạn {d.cnt("resolved_in_time", "city", ok)} hồ sơ ({d.rate("resolved_on_time", "city", ok, rec)}).

Số người dân, doanh nghiệp đến giao dịch {d.nf("gần 13.000", "approx")} lượt mỗi quý; mức độ hài lòng {d.nf("khoảng 98%", "approx")}.
{d.unit("Huyện Hữu Lũng")}, {d.unit("Huyện Cao Lộc")} cũng đã đưa Bộ phận một cửa hiện đại vào hoạt động.

Năm 2020, tỉnh đặt mục tiêu {d.nf("trên 95%", "bound")} hồ sơ cấp xã được giải quyết đúng hạn.

HOÀNG LINH
"""
    return d


@report
def na08():
    d = Doc("na08_vinhlong_2026_03", "news_article", "2026-04-08", "Tỉnh Vĩnh Long")
    d.text = f"""Vĩnh Long lọt {d.nf("nhóm 10", "bound")} địa phương dẫn đầu Bộ chỉ số phục vụ người dân, doanh nghiệp

{d.nf("08/04/2026", "date")}

Theo kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp
(Bộ chỉ số 766) tháng 3/2026 trên Cổng Dịch vụ công quốc gia, tỉnh Vĩnh Long đạt {d.score("index_766_total", "city", 87.41, maximum=100)}/100 điểm,
xếp thứ {d.rank("city", 8, 34, text="8/34")} tỉnh, thành phố, {d.nf("tăng 3 bậc", "change")} so với tháng trước.

Trong đó, nhóm chỉ số tiến độ giải quyết đạt {d.score("index_766_progress", "city", 19.12, maximum=20)}/{d.nf("20", "maximum")} điểm; nhóm chỉ số số hóa hồ sơ đạt
{d.score("index_766_digitization", "city", 18.65, maximum=22)} điểm ({d.nf("tối đa 22 điểm", "maximum")}).

{d.unit("Phường Thanh Đức")} và {d.unit("Xã Trà Ôn")} là hai địa phương cấp xã có điểm cao nhất tỉnh.

KIM NGÂN
"""
    return d


# ============================================================================================
# portal_stats
# ============================================================================================

@report
def ps01():
    d = Doc("ps01_dongnai_2024_04", "portal_stats", "2024-05-02", "Tỉnh Đồng Nai")
    rows = [("departments", "Cấp tỉnh", 21405, 20118, 19877), ("districts", "Cấp huyện", 48260, 46902, 45871),
            ("communes", "Cấp xã", 60377, 59810, 59574)]
    lines = []
    for subj, lab, rec, res, ok in rows:
        late = res - ok
        lines.append(f"{lab:<12}| {d.cnt('received_total', subj, rec, scope=lab, text=str(rec))} | {d.cnt('resolved_total', subj, res, scope=lab, text=str(res))} | "
                     f"{d.cnt('resolved_in_time', subj, ok, scope=lab, text=str(ok))} ({d.rate('resolved_on_time', subj, ok, res, 1, sep='.', scope=lab)}) | "
                     f"{d.cnt('resolved_late', subj, late, scope=lab, text=str(late))} ({d.rate('resolved_late', subj, late, res, 1, sep='.', scope=lab)})")
        d.complement(pct_value(ok, res, 1), pct_value(late, res, 1), dec=1)
    tr, ts, tk = (sum(r[i] for r in rows) for i in (2, 3, 4))
    table = "\n".join(lines)
    d.text = f"""CỔNG DỊCH VỤ CÔNG TỈNH ĐỒNG NAI
Thống kê › Tình hình xử lý hồ sơ

Kỳ thống kê: Tháng 04/2024        Cập nhật lúc: {d.nf("02/05/2024 07:15", "date")}

Cấp         | Tiếp nhận | Đã xử lý | Đúng hạn      | Trễ hạn
{table}
Tổng cộng   | {d.cnt('received_total', 'city', tr, text=str(tr))} | {d.cnt('resolved_total', 'city', ts, text=str(ts))} | {d.cnt('resolved_in_time', 'city', tk, text=str(tk))} ({d.rate('resolved_on_time', 'city', tk, ts, 1, sep='.')}) | {d.cnt('resolved_late', 'city', ts - tk, text=str(ts - tk))} ({d.rate('resolved_late', 'city', ts - tk, ts, 1, sep='.')})

Tỷ lệ hồ sơ trực tuyến: {d.pc("online_submission", "city", 93.7, 1, sep=".")}
Ghi chú: Đúng hạn gồm hồ sơ trước hạn và đúng hạn.
"""
    for i in (2, 3, 4):
        d.sum(sum(r[i] for r in rows), [r[i] for r in rows])
    d.complement(pct_value(tk, ts, 1), pct_value(ts - tk, ts, 1), dec=1)
    return d


@report
def ps02():
    d = Doc("ps02_binhdinh_2022_02", "portal_stats", "2022-03-01", "Tỉnh Bình Định")
    rows = [("Mức 1, 2", 118640, 109502, 62310, 41288, 5904), ("Mức 3", 20915, 19470, 13021, 5814, 635),
            ("Mức 4", 4402, 4233, 3210, 902, 121)]
    lines = []
    for lab, tot, done, early, on, late in rows:
        sc = {"scope": lab}
        m = "trunc" if lab == "Mức 3" else "round"   # the portal truncates where rounding would pass 100
        d.complement(pct_value(early, done, 1) + pct_value(on, done, 1), pct_value(late, done, 1, m), dec=1)
        pend = tot - done
        lines.append(f"{lab} {d.cnt('received_total', 'city', tot, text=str(tot), **sc)} {d.cnt('resolved_total', 'city', done, text=str(done), **sc)} "
                     f"{d.cnt('pending_total', 'city', pend, text=str(pend), **sc)} {d.cnt('resolved_early', 'city', early, text=str(early), **sc)} "
                     f"{d.rate('other', 'city', early, done, 1, label='trước hạn', **sc)} {d.cnt('resolved_on_time', 'city', on, text=str(on), **sc)} "
                     f"{d.rate('other', 'city', on, done, 1, label='đúng hạn', **sc)} {d.cnt('resolved_late', 'city', late, text=str(late), **sc)} "
                     f"{d.rate('resolved_late', 'city', late, done, 1, mode=m, **sc)}")
        d.sum(done, [early, on, late]); d.balance(tot, done, pend)
    table = "\n".join(lines)
    d.text = f"""HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH BÌNH ĐỊNH
Thống kê từ ngày {d.nf("01/02/2022", "date")} đến ngày {d.nf("28/02/2022", "date")}

Kết quả giải quyết thủ tục hành chính
Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn
Tổng % Tổng % Tổng %
{table}

Đơn vị có số hồ sơ mức độ 4 nhiều nhất: {d.unit("Thành phố Quy Nhơn")} ({d.cnt("received_online", "unit:Thành phố Quy Nhơn", 1388, scope="Mức 4", text="1388")} hồ sơ).
"""
    return d


@report
def ps03():
    d = Doc("ps03_tuyenquang_2025_09", "portal_stats", "2025-10-06", "Tỉnh Tuyên Quang")
    pay, pay_all = 12408, 15517
    on, tot = 86025, 97310
    d.text = f"""CỔNG DỊCH VỤ CÔNG TỈNH TUYÊN QUANG
BÁO CÁO THỐNG KÊ - Tháng 9/2025

Chỉ tiêu                                   Kết quả
Tỷ lệ hồ sơ nộp trực tuyến                 {on}/{tot} ({d.rate("online_submission", "city", on, tot, 1, sep=".")})
Tỷ lệ thanh toán trực tuyến                {pay}/{pay_all} ({d.rate("online_payment", "city", pay, pay_all, 1, sep=".", stated=85.4, planted=True)})
Tỷ lệ số hóa hồ sơ                         {d.pc("digitization", "city", 96.2, 1, sep=".")}
Xã, phường đạt 100% số hóa                 {d.uc("communes", 41, 124)}

Xã có tỷ lệ nộp trực tuyến thấp nhất: {d.unit("Xã Lâm Bình")} {d.pc("online_submission", "unit:Xã Lâm Bình", 61.3, 1, sep=".")}; {d.unit("Xã Thượng Lâm")} {d.pc("online_submission", "unit:Xã Thượng Lâm", 64.9, 1, sep=".")}
Dữ liệu cập nhật: {d.nf("06/10/2025", "date")}
"""
    d.mistake("ratio_mismatch", 85.4, "85.4%", "12408/15517 is 79.96%, i.e. 80,0%")
    return d


@report
def ps04():
    d = Doc("ps04_haugiang_2023_07", "portal_stats", "2023-08-01", "Tỉnh Hậu Giang")
    deps = [("Sở Tư pháp", 2015, 2015), ("Sở Kế hoạch và Đầu tư", 611, 604),
            ("Sở Tài nguyên và Môi trường", 1790, 1702), ("Sở Giao thông vận tải", 3380, 3376)]
    lines = "\n".join(f"{i}  {d.unit(n):<34}{d.cnt('resolved_total', 'unit:' + n, r, text=str(r)):>6}{d.cnt('resolved_in_time', 'unit:' + n, k, text=str(k)):>8}   {d.rate('resolved_on_time', 'unit:' + n, k, r, 2, sep='.')}"
                      for i, (n, r, k) in enumerate(deps, 1))
    d.text = f"""Hậu Giang - Hệ thống thông tin giải quyết TTHC
THỐNG KÊ TỶ LỆ GIẢI QUYẾT ĐÚNG HẠN THEO ĐƠN VỊ
Từ ngày: {d.nf("01/07/2023", "date")}  Đến ngày: {d.nf("31/07/2023", "date")}

STT Đơn vị                             Đã giải quyết  Đúng hạn   Tỷ lệ
{lines}

Nguồn: dichvucong.haugiang.gov.vn
"""
    return d


@report
def ps05():
    d = Doc("ps05_laocai_2025_12_766", "portal_stats", "2026-01-07", "Tỉnh Lào Cai")
    parts = [("index_766_publicity", "Công khai, minh bạch", 16.42, 18), ("index_766_progress", "Tiến độ giải quyết", 18.77, 20),
             ("index_766_online_service", "Dịch vụ công trực tuyến", 9.06, 12), ("index_766_online_payment", "Thanh toán trực tuyến", 7.35, 10),
             ("index_766_satisfaction", "Mức độ hài lòng", 16.90, 18), ("index_766_digitization", "Số hóa hồ sơ", 13.87, 22)]
    total_stated = 84.37
    lines = "\n".join(f"  {lab:<28}{d.score(ind, 'city', v, maximum=mx):>8}{d.nf(str(mx), 'maximum'):>6}" for ind, lab, v, mx in parts)
    d.text = f"""Cổng Dịch vụ công quốc gia › Bộ chỉ số phục vụ người dân, doanh nghiệp
Địa phương: Tỉnh Lào Cai          Kỳ đánh giá: Tháng 12/2025

Nhóm chỉ số                    Điểm   Tối đa
{lines}
  TỔNG ĐIỂM                   {d.score("index_766_total", "city", total_stated, maximum=100)}   {d.nf("100", "maximum")}
  Xếp hạng: {d.rank("city", 12, 34, text="12/34")}
"""
    d.score_sum(total_stated, [p[2] for p in parts], planted=True)
    d.mistake("score_sum_mismatch", total_stated, "84,37", "the six groups add up to 82,37")
    return d


@report
def ps06():
    d = Doc("ps06_bacgiang_2021_05", "portal_stats", "2021-06-01", "Tỉnh Bắc Giang")
    m3, m4 = 402, 1205
    dist = [("Huyện Lục Ngạn", 3871, 2904), ("Huyện Hiệp Hòa", 4420, 3513), ("Huyện Yên Thế", 1760, 1022)]
    lines = "\n".join(f"- {d.unit(n)}: {d.cnt('received_online', 'unit:' + n, on)}/{d.cnt('received_total', 'unit:' + n, r)} hồ sơ trực tuyến ({d.rate('received_online_share', 'unit:' + n, on, r)})"
                      for n, r, on in dist)
    d.text = f"""DỊCH VỤ CÔNG TRỰC TUYẾN TỈNH BẮC GIANG
Thống kê tháng 5/2021

Số dịch vụ công trực tuyến mức độ 3: {d.cnt("procedures_partial_online", "city", m3, scope="Mức 3")}
Số dịch vụ công trực tuyến mức độ 4: {d.cnt("procedures_full_online", "city", m4, scope="Mức 4")}

Hồ sơ trực tuyến theo đơn vị cấp huyện:
{lines}
"""
    return d


@report
def ps07():
    d = Doc("ps07_quangtri_2025_07", "portal_stats", "2025-08-15", "Tỉnh Quảng Trị")
    wards = [("Phường Đồng Hới", 2210, 2087), ("Phường Nam Đông Hà", 1340, 1211), ("Xã Khe Sanh", 690, 602)]
    lines = []
    for n, r, on in wards:
        lines.append(f"{d.unit(n):<24}{d.cnt('received_total', 'unit:' + n, r, text=str(r)):>6}{d.cnt('received_online', 'unit:' + n, on, text=str(on)):>7}  {d.rate('received_online_share', 'unit:' + n, on, r, 2)}")
    bad = d.unknown("Phường Bắc Đông Hà", "Phường Bắc Đông Hà", "Phường Đông Hà",
                    "Quảng Trị has Phường Đông Hà and Phường Nam Đông Hà, no 'Bắc Đông Hà'")
    lines.append(f"{bad:<24}{d.cnt('received_total', 'unit:Phường Bắc Đông Hà', 1522, text='1522'):>6}{d.cnt('received_online', 'unit:Phường Bắc Đông Hà', 1406, text='1406'):>7}  {d.rate('received_online_share', 'unit:Phường Bắc Đông Hà', 1406, 1522, 2)}")
    table = "\n".join(lines)
    d.text = f"""TỈNH QUẢNG TRỊ - HỆ THỐNG GIẢI QUYẾT TTHC
Thống kê hồ sơ theo xã, phường - Tháng 7/2025 ({d.nf("01/07/2025", "date")} - {d.nf("31/07/2025", "date")})

Đơn vị                  Tiếp nhận Trực tuyến  Tỷ lệ
{table}
"""
    return d


@report
def ps08():
    d = Doc("ps08_hanam_2019_10", "portal_stats", "2019-11-05", "Tỉnh Hà Nam")
    res, ok = 14228, 13719
    d.text = f"""HỆ THỐNG MỘT CỬA ĐIỆN TỬ TỈNH HÀ NAM
Thống kê tháng 10 năm 2019

Tổng hồ sơ đã giải quyết: {d.cnt("resolved_total", "city", res)}
Giải quyết đúng hạn: {d.cnt("resolved_in_time", "city", ok)} - tỷ lệ {d.rate("resolved_on_time", "city", ok, res, 2, sep=".")}
Giải quyết trễ hạn: tỷ lệ {d.pc("resolved_late", "city", 4.58, 2, sep=".")}

Đơn vị có tỷ lệ đúng hạn cao nhất: {d.unit("Thành phố Phủ Lý")} {d.pc("resolved_on_time", "unit:Thành phố Phủ Lý", 99.12, 2, sep=".")}
"""
    d.complement(pct_value(ok, res, 2), 4.58, planted=True)
    d.mistake("complement_mismatch", 4.58, "4.58%", "on time 96.42% + late 4.58% = 101%")
    return d


# ============================================================================================
# ministry_report
# ============================================================================================

@report
def mr01():
    d = Doc("mr01_vpcp_2023_09_766", "ministry_report", "2023-10-10", None)
    mins = [("Bộ Thông tin và Truyền thông", 88.12), ("Ngân hàng Nhà nước Việt Nam", 86.50), ("Bộ Tư pháp", 84.07),
            ("Bộ Tài chính", 80.64)]
    provs = [("Tỉnh Bình Dương", 90.14, 1), ("Tỉnh Đồng Tháp", 88.93, 2), ("Tỉnh Quảng Ninh", 88.40, 3),
             ("Tỉnh Hà Giang", 71.05, 63)]
    ml = "\n".join(f"  {i}. {d.unit(n)}: {d.score('index_766_total', 'unit:' + n, v)} điểm;" for i, (n, v) in enumerate(mins, 1))
    pl = "\n".join(f"  - {d.unit(n)}: {d.score('index_766_total', 'unit:' + n, v)} điểm, xếp thứ {d.rank('unit:' + n, r, 63, text=f'{r}/63')};"
                   for n, v, r in provs)
    d.text = f"""VĂN PHÒNG CHÍNH PHỦ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                               Độc lập - Tự do - Hạnh phúc
Số: {d.nf("412/TB-VPCP", "reference")}                             Hà Nội, ngày {d.nf("10 tháng 10 năm 2023", "date")}

THÔNG BÁO
Kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân,
doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công tháng 9 năm 2023

Căn cứ Quyết định số {d.nf("766/QĐ-TTg", "reference")} ngày {d.nf("23/6/2022", "date")} của Thủ tướng Chính phủ, Văn phòng Chính phủ thông báo
kết quả đánh giá tháng 9/2023 trên Cổng Dịch vụ công quốc gia như sau:

1. Khối bộ, ngành: điểm trung bình đạt {d.score("index_766_total", "national", 76.38, scope="bộ, ngành")} điểm. Các bộ, ngành có điểm cao:
{ml}

2. Khối địa phương: điểm trung bình đạt {d.score("index_766_total", "national", 81.92, scope="địa phương")} điểm ({d.nf("tối đa 100 điểm", "maximum")}).
{pl}

Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương có điểm số thấp rà soát, khắc phục.

                                                   KT. BỘ TRƯỞNG, CHỦ NHIỆM
                                                   PHÓ CHỦ NHIỆM
                                                   Lưu Đức Khang
"""
    return d


@report
def mr02():
    d = Doc("mr02_botuphap_2024_nam", "ministry_report", "2024-12-20", None)
    lltp_on = 1250000
    gdbd_on, gdbd = 411620, 436905
    d.unit("Bộ Tư pháp")
    d.text = f"""BỘ TƯ PHÁP
Số: {d.nf("318/BC-BTP", "reference")}                                  Hà Nội, ngày {d.nf("20 tháng 12 năm 2024", "date")}

BÁO CÁO
Kết quả thực hiện dịch vụ công trực tuyến của Bộ Tư pháp năm 2024

1. Năm 2024, Bộ Tư pháp tiếp nhận {d.cnt("received_online", "self", lltp_on, text="1,25 triệu")} hồ sơ trực tuyến đề nghị cấp Phiếu lý lịch tư pháp
(qua Cổng Dịch vụ công quốc gia và ứng dụng VNeID), chiếm {d.pc("received_online_share", "self", 82.6, 1, scope="lý lịch tư pháp")} tổng số yêu cầu.
2. {d.unit("Cục Đăng ký quốc gia giao dịch bảo đảm")} tiếp nhận {d.cnt("received_total", "unit:Cục Đăng ký quốc gia giao dịch bảo đảm", gdbd)} hồ sơ đăng ký biện pháp
bảo đảm, trong đó {d.cnt("received_online", "unit:Cục Đăng ký quốc gia giao dịch bảo đảm", gdbd_on)} hồ sơ trực tuyến ({d.rate("received_online_share", "unit:Cục Đăng ký quốc gia giao dịch bảo đảm", gdbd_on, gdbd)}).
3. Tỷ lệ thanh toán trực tuyến phí, lệ phí của Bộ đạt {d.pc("online_payment", "self", 74.15)}; {d.nf("tăng 11,2%", "change")} so với năm 2023.

                                                   KT. BỘ TRƯỞNG
                                                   THỨ TRƯỞNG
                                                   Tạ Minh Luân
"""
    return d


@report
def mr03():
    d = Doc("mr03_cucqltnn_2020_quy1", "ministry_report", "2020-04-06", None)
    car, new = 118, 52
    done, pend = 71, car + new - 71
    d.unit("Cục Quản lý tài nguyên nước")
    d.text = f"""BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
CỤC QUẢN LÝ TÀI NGUYÊN NƯỚC

BÁO CÁO
Kết quả tiếp nhận và trả kết quả giải quyết TTHC lĩnh vực tài nguyên nước quý I năm 2020

Quý I/2020, Cục đã xử lý tổng số {d.cnt("received_total", "self", car + new)} hồ sơ cấp phép tài nguyên nước, gồm {d.cnt("received_carried_over", "self", car)} hồ sơ
chuyển tiếp từ năm 2019 và {d.cnt("received_online", "self", 19)} hồ sơ nộp mới trực tuyến, {d.cnt("received_offline", "self", new - 19)} hồ sơ nộp mới qua bưu chính.
Đã thẩm định, trình cấp phép và trả kết quả {d.cnt("resolved_total", "self", done)} hồ sơ, đạt tỷ lệ hoàn thành {d.rate("other", "self", done, car + new, 1, label="tỷ lệ hoàn thành")};
hiện đang xử lý {d.cnt("pending_total", "self", pend)} hồ sơ. Tỷ lệ hồ sơ xử lý đúng hạn đạt {d.pc("resolved_on_time", "self", 100, 0)}.

                                                   CỤC TRƯỞNG
                                                   Bạch Ngọc Tuyền
"""
    d.sum(car + new, [car, 19, new - 19]); d.balance(car + new, done, pend)
    return d


@report
def mr04():
    d = Doc("mr04_botaichinh_2025_9thang", "ministry_report", "2025-10-08", None)
    full, part, stated = 524, 386, 921
    d.unit("Bộ Tài chính")
    d.text = f"""BỘ TÀI CHÍNH                              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                               Độc lập - Tự do - Hạnh phúc
Số: {d.nf("14102/BC-BTC", "reference")}                          Hà Nội, ngày {d.nf("08 tháng 10 năm 2025", "date")}

BÁO CÁO
Tình hình cung cấp dịch vụ công trực tuyến 9 tháng năm 2025

1. Sau khi hợp nhất với Bộ Kế hoạch và Đầu tư, Bộ Tài chính đang cung cấp {d.cnt("procedures_total", "self", stated)} dịch vụ công
trực tuyến, gồm {d.cnt("procedures_full_online", "self", full)} dịch vụ toàn trình và {d.cnt("procedures_partial_online", "self", part)} dịch vụ một phần.
2. {d.unit("Cục Thuế")} tiếp nhận {d.cnt("received_online", "unit:Cục Thuế", 9840000, text="9,84 triệu")} hồ sơ khai thuế điện tử; {d.unit("Cục Hải quan")} xử lý
{d.cnt("received_online", "unit:Cục Hải quan", 3720000, text="3,72 triệu")} tờ khai qua Cơ chế một cửa quốc gia.
3. Tỷ lệ hồ sơ trực tuyến toàn trình của Bộ đạt {d.pc("full_online", "self", 88.31)}.

                                                   KT. BỘ TRƯỞNG
                                                   THỨ TRƯỞNG
                                                   Lê Khả Tú
"""
    d.sum(stated, [full, part], planted=True)
    d.mistake("sum_mismatch", stated, "921", "524 + 386 = 910, not 921")
    return d


@report
def mr05():
    d = Doc("mr05_bocongthuong_2021_6thang", "ministry_report", "2021-07-12", None)
    co_on, co = 398211, 402870
    d.unit("Bộ Công Thương")
    d.text = f"""BỘ CÔNG THƯƠNG
BÁO CÁO
Kết quả cung cấp dịch vụ công trực tuyến 6 tháng đầu năm 2021

- Bộ Công Thương hiện cung cấp {d.cnt("procedures_full_online", "self", 134, scope="Mức 4")} dịch vụ công trực tuyến mức độ 4 và {d.cnt("procedures_partial_online", "self", 17, scope="Mức 3")}
  dịch vụ mức độ 3 trên Cổng dịch vụ công của Bộ.
- {d.unit("Cục Xuất nhập khẩu")} đã cấp {d.cnt("resolved_total", "unit:Cục Xuất nhập khẩu", co)} bộ C/O, trong đó {d.cnt("received_online", "unit:Cục Xuất nhập khẩu", co_on)}
  bộ được khai trực tuyến qua hệ thống eCoSys,
  chiếm {d.rate("received_online_share", "unit:Cục Xuất nhập khẩu", co_on, co)}.
- Số hồ sơ trực tuyến toàn Bộ {d.nf("tăng khoảng 18%", "change")} so với cùng kỳ năm 2020.

                                                   TL. BỘ TRƯỞNG
                                                   CHÁNH VĂN PHÒNG
                                                   Kiều Thị Thanh Bình
"""
    return d


@report
def mr06():
    d = Doc("mr06_tongcucthue_2022_quy2", "ministry_report", "2022-07-05", None)
    rec, res, pend = 60215, 57342, 2418
    d.unit("Tổng cục Thuế")
    d.text = f"""BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
Số: {d.nf("2411/BC-TCT", "reference")}                          Hà Nội, ngày {d.nf("05 tháng 7 năm 2022", "date")}

BÁO CÁO
Kết quả giải quyết thủ tục hành chính thuế tại cơ quan Tổng cục quý II năm 2022

Trong quý II/2022, Tổng cục Thuế tiếp nhận {d.cnt("received_total", "self", rec)} hồ sơ thủ tục hành chính; đã giải quyết {d.cnt("resolved_total", "self", res)}
hồ sơ; còn {d.cnt("pending_total", "self", pend)} hồ sơ đang giải quyết trong hạn. Tỷ lệ hồ sơ giải quyết đúng hạn đạt {d.pc("resolved_on_time", "self", 99.9, 1)}.

Đến ngày {d.nf("30/6/2022", "date")}, {d.pc("other", "national", 99.8, 1, label="doanh nghiệp khai thuế điện tử")} doanh nghiệp đang hoạt động đã khai thuế điện tử.

                                                   KT. TỔNG CỤC TRƯỞNG
                                                   PHÓ TỔNG CỤC TRƯỞNG
                                                   Hà Thị Mộng Cầm
"""
    d.balance(rec, res, pend, planted=True)
    d.mistake("balance_mismatch", rec, "60.215", "57.342 + 2.418 = 59.760, not 60.215")
    return d


@report
def mr07():
    d = Doc("mr07_boyte_2019_12", "ministry_report", "2019-12-20", None)
    d.unit("Bộ Y tế")
    d.text = f"""BỘ Y TẾ
VĂN PHÒNG BỘ

BÁO CÁO
Tình hình cung cấp dịch vụ công trực tuyến năm 2019

Năm 2019, Bộ Y tế có {d.cnt("procedures_total", "self", 1618)} thủ tục hành chính, trong đó {d.cnt("procedures_full_online", "self", 122, scope="Mức 4")} thủ tục được cung cấp
trực tuyến mức độ 4. Bộ đã tiếp nhận {d.cnt("received_online", "self", 84312)} hồ sơ trực tuyến trên tổng số {d.cnt("received_total", "self", 101677)} hồ sơ,
đạt {d.rate("received_online_share", "self", 84312, 101677)}.

Ngày {d.nf("09/12/2019", "date")}, Bộ Y tế là một trong các bộ, ngành đầu tiên kết nối với Cổng Dịch vụ công quốc gia.

                                                   CHÁNH VĂN PHÒNG
                                                   Đoàn Văn Kiên Trung
"""
    return d


@report
def mr08():
    d = Doc("mr08_vpcp_2025_10_diaphuong", "ministry_report", "2025-11-10", None)
    provs = [("Thành phố Hà Nội", 91.24), ("Tỉnh Quảng Ninh", 89.07), ("Tỉnh Nghệ An", 84.55), ("Tỉnh Lai Châu", 62.18)]
    fb, fb_ok = 1824, 1702
    pl = "\n".join(f"+ {d.unit(n)}: {d.pc('online_submission', 'unit:' + n, v)};" for n, v in provs)
    d.text = f"""VĂN PHÒNG CHÍNH PHỦ
CỤC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH

THÔNG BÁO
Tình hình thực hiện dịch vụ công trực tuyến của các địa phương tháng 10 năm 2025

1. Tỷ lệ hồ sơ nộp trực tuyến bình quân của {d.nf("34", "count_of_things")} tỉnh, thành phố đạt {d.pc("online_submission", "national", 78.46)}. Một số địa phương:
{pl}

2. Phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia
Trong tháng, Hệ thống tiếp nhận {d.cnt("feedback_total", "national", fb)} phản ánh, kiến nghị; đã xử lý {d.cnt("feedback_resolved", "national", fb_ok)},
đạt {d.rate("feedback_handled", "national", fb_ok, fb)}; {d.cnt("feedback_pending", "national", fb - fb_ok)} phản ánh đang được xử lý.

                                                   CỤC TRƯỞNG
                                                   Vi Văn Khánh Toàn
"""
    d.sum(fb, [fb_ok, fb - fb_ok])
    return d


# ============================================================================================

def build_all():
    units = Units()
    out, problems = {}, []
    for fn in REPORTS:
        d = fn()
        if not d.text.endswith("\n"):
            d.text += "\n"
        for e in d.verify(units):
            problems.append(f"{d.name}: {e}")
        out[d.name] = (d.text, json.dumps(d.truth(), ensure_ascii=False, indent=1) + "\n", d)
    names = [k for k in out]
    if len(set(names)) != len(names):
        problems.append("duplicate report names")
    return out, problems


def main(argv):
    out, problems = build_all()
    if problems:
        print("\n".join(problems))
        return 1
    check = "--check" in argv
    bad = []
    for name, (text, truth, _) in out.items():
        for path, content in ((HERE / f"{name}.txt", text), (HERE / f"{name}.truth.json", truth)):
            if check:
                if not path.exists() or path.read_text("utf-8") != content:
                    bad.append(path.name)
            else:
                path.write_text(content, "utf-8")
    if check:
        known = {f"{n}.txt" for n in out} | {f"{n}.truth.json" for n in out}
        extra = [p.name for p in HERE.iterdir() if p.name.endswith((".txt", ".truth.json")) and p.name not in known]
        bad += [f"{e} (not written by build.py)" for e in extra]
    regs = {}
    mist = {}
    for _, _, d in out.values():
        regs[d.register] = regs.get(d.register, 0) + 1
        for m in d.mistakes:
            mist[m["code"]] = mist.get(m["code"], 0) + 1
    nfacts = sum(len(d.facts) for _, _, d in out.values())
    print(f"{len(out)} reports, {nfacts} facts; registers {regs}; mistakes {mist}")
    if bad:
        print("differ from build.py:", ", ".join(bad))
        return 1
    print("check ok" if check else "written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
