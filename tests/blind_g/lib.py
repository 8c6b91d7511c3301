"""Helpers for build.py: every figure is written through a helper that returns its text
and records its truth entry at the same moment."""
import json, sqlite3, functools
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

def N(v, lead=False):
    """Vietnamese integer: 12.345; lead -> 05."""
    s = f"{v:,}".replace(",", ".")
    if lead and v < 10:
        s = "0" + s
    return s

def pct(num, den, d):
    q = Decimal(1).scaleb(-d)
    return float((Decimal(100) * Decimal(num) / Decimal(den)).quantize(q, ROUND_HALF_UP))

def P(v, d):
    """Vietnamese decimal with d decimals: 98,84."""
    s = f"{v:.{d}f}".replace(".", ",")
    return s

def ratio_ok(p, d, num, den):
    x = Decimal(100) * Decimal(num) / Decimal(den)
    q = Decimal(1).scaleb(-d)
    p = Decimal(str(p)).quantize(q)
    return x.quantize(q, ROUND_HALF_UP) == p or x.quantize(q, ROUND_DOWN) == p

BODIES_ANY = {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Y tế", "Sở Công Thương",
    "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh",
    "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công an", "Bộ Y tế", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Nội vụ",
    "Bộ Khoa học và Công nghệ", "Bộ Giáo dục và Đào tạo", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Ngoại giao",
    "Bộ Quốc phòng", "Ngân hàng Nhà nước Việt Nam", "Bảo hiểm xã hội Việt Nam"}
BODIES_PRE = {"Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Giao thông vận tải",
    "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội", "Sở Nông nghiệp và Phát triển nông thôn",
    "Bộ Kế hoạch và Đầu tư", "Bộ Thông tin và Truyền thông", "Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường",
    "Bộ Lao động - Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn"}
BODIES_POST = {"Sở Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo",
    "Bộ Dân tộc và Tôn giáo"}

@functools.lru_cache(None)
def legacy_units(province):
    import vietnamadminunits, os
    db = os.path.join(os.path.dirname(vietnamadminunits.__file__), "data", "dataset.db")
    c = sqlite3.connect(db)
    s = set()
    for dist, ward in c.execute("select district, ward from admin_units_legacy where province=?", (province,)):
        s.add(dist); s.add(ward)
    s.add(province)
    return s

@functools.lru_cache(None)
def new_units(province):
    from vietnam_provinces import Province, Ward
    code = None
    for p in Province.iter_all():
        full = p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name
        if full == province:
            code = p.code
    s = {" ".join(w.name.split()) for w in Ward.iter_all() if w.province_code == code}
    s.add(province)
    return s

def unit_exists(name, date, province):
    pre = date < "2025-07-01"
    if name in BODIES_ANY:
        return True
    if name.startswith(("Sở ", "Bộ ")):
        if name in BODIES_PRE:
            return date < "2025-03-01"
        if name in BODIES_POST:
            return date >= "2025-03-01"
        return False
    if province is None:
        return False
    return name in (legacy_units(province) if pre else new_units(province))


class Doc:
    def __init__(self, name, register, date, province):
        self.name, self.register, self.date, self.province = name, register, date, province
        self.lines, self.facts, self.not_facts, self.mistakes = [], [], [], []
        self.idents = []   # (code, ok, detail)
        self.unknown = []  # names planted as unknown

    def L(self, *parts):
        self.lines.append("".join(parts))

    def _fact(self, **kw):
        e = {"kind": kw["kind"], "indicator": kw["indicator"], "subject": kw["subject"],
             "scope": kw.get("scope"), "value": kw["value"],
             "numerator": kw.get("numerator"), "denominator": kw.get("denominator"),
             "text": kw["text"]}
        if kw.get("maximum") is not None:
            e["maximum"] = kw["maximum"]
        self.facts.append(e)

    # counts
    def n(self, v, ind, subj, scope=None, lead=False, kind="count"):
        t = N(v, lead)
        self._fact(kind=kind, indicator=ind, subject=subj, scope=scope, value=v, text=t)
        return t

    # a rate from its counts; link=True when the text gives both counts
    def p(self, num, den, ind, subj, d=2, scope=None, link=True, bad=None, sp=False):
        true = pct(num, den, d)
        v = true if bad is None else bad
        t = P(v, d) + (" %" if sp else "%")
        self._fact(kind="rate", indicator=ind, subject=subj, scope=scope, value=v,
                   numerator=num if link else None, denominator=den if link else None, text=t)
        if link:
            self.idents.append(("ratio_mismatch", ratio_ok(v, d, num, den),
                                f"{t} vs {N(num)}/{N(den)} = {P(true, d)}%"))
        if bad is not None:
            self.M("ratio_mismatch", v, t, f"{N(num)}/{N(den)} là {P(true, d)}%")
        return t

    # a rate stated alone
    def pv(self, v, ind, subj, d=2, scope=None, sp=False):
        t = P(v, d) + (" %" if sp else "%")
        self._fact(kind="rate", indicator=ind, subject=subj, scope=scope, value=v, text=t)
        return t

    def bare(self, num, den, ind, subj, scope=None):
        t = f"{N(num)}/{N(den)}"
        self._fact(kind="rate", indicator=ind, subject=subj, scope=scope, value=None,
                   numerator=num, denominator=den, text=t)
        return t

    def sc(self, v, ind, subj, d=2, mx=None, scope=None):
        t = P(v, d)
        self._fact(kind="score", indicator=ind, subject=subj, scope=scope, value=v, maximum=mx, text=t)
        return t

    def rk(self, pos, size, subj, lead=False, text=None):
        t = text or f"{N(pos, lead)}/{N(size)}"
        self._fact(kind="rank", indicator="index_766_rank", subject=subj, value=pos,
                   numerator=None, denominator=size, text=t)
        return t

    def uc(self, x, y, subj="city", lead=False):
        t = f"{N(x, lead)}/{N(y, lead)}"
        self._fact(kind="unit_count", indicator="units_meeting_target", subject=subj,
                   value=x, numerator=x, denominator=y, text=t)
        return t

    def nf(self, t, why):
        self.not_facts.append({"text": t, "why": why})
        return t

    def M(self, code, stated, text, note):
        self.mistakes.append({"code": code, "stated": stated, "text": text, "note": note})

    # identities
    def S(self, total, parts, what=""):
        self.idents.append(("sum_mismatch", total == sum(parts), f"{what}: {total} vs {parts}"))

    def B(self, lhs, rhs, what=""):
        self.idents.append(("balance_mismatch", sum(lhs) == sum(rhs), f"{what}: {lhs} vs {rhs}"))

    def C(self, a, b, what=""):
        self.idents.append(("complement_mismatch", round(a + b, 4) == 100, f"{what}: {a}+{b}"))

    def SS(self, total, parts, what="766"):
        self.idents.append(("score_sum_mismatch", round(sum(parts), 4) == round(total, 4), f"{what}: {total} vs {parts}"))

    def R(self, a, b, what=""):
        self.idents.append(("repeated_value_mismatch", a == b, f"{what}: {a} vs {b}"))

    def period(self, start, end):
        ok = start <= end and (self.date is None or self.date >= end)
        self.idents.append(("date_inconsistency", ok, f"period {start}..{end}, doc {self.date}"))

    def unit(self, name):
        """a unit named without a figure (checked against the list)"""
        self.idents.append(("unknown_unit", unit_exists(name, self.date, self.province), name))
        return name

    def text(self):
        return "\n".join(self.lines) + "\n"

    def truth(self):
        return {"register": self.register, "doc_date": self.date, "province": self.province,
                "facts": self.facts, "not_facts": self.not_facts, "mistakes": self.mistakes}

    def problems(self):
        out = []
        txt = self.text()
        n = len(self.lines)
        if not 15 <= n <= 60:
            out.append(f"{n} lines")
        for e in self.facts + self.not_facts + self.mistakes:
            if e["text"] not in txt:
                out.append(f"text not in report: {e['text']!r}")
        for f in self.facts:
            s = f["subject"]
            if s.startswith("unit:"):
                ok = unit_exists(s[5:], self.date, self.province)
                self.idents.append(("unknown_unit", ok, s[5:]))
            elif s not in ("city", "departments", "districts", "communes", "national", "self"):
                out.append("bad subject " + s)
            if s == "districts" and self.date >= "2025-07-01":
                out.append("districts after July 2025")
        failing = {}
        for code, ok, det in self.idents:
            if not ok:
                failing.setdefault(code, []).append(det)
        planted = {}
        for m in self.mistakes:
            planted[m["code"]] = planted.get(m["code"], 0) + 1
        for code in set(failing) | set(planted):
            if len(failing.get(code, [])) != planted.get(code, 0):
                out.append(f"{code}: {len(failing.get(code, []))} failing identities, {planted.get(code, 0)} planted: {failing.get(code)}")
        return out
