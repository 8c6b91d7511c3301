"""Helpers: each returns a figure's text as written and records its truth entry."""
import json
from decimal import Decimal, ROUND_HALF_UP

def fi(n):
    return f"{n:,}".replace(",", ".")

def rnd(n, m, d):
    q = Decimal(1).scaleb(-d)
    return float((Decimal(100 * n) / Decimal(m)).quantize(q, rounding=ROUND_HALF_UP))

def fp(v, d):
    return (f"{v:.{d}f}").replace(".", ",")

class Doc:
    def __init__(self, name, register, date, province):
        self.name, self.register, self.date, self.province = name, register, date, province
        self.facts, self.nf_, self.mis_, self.units = [], [], [], []
        self.flows = []

    def cnt(self, ind, subj, n, unit="", scope=None, kind="count"):
        t = fi(n) + unit
        self.facts.append({"kind": kind, "indicator": ind, "subject": subj, "scope": scope,
                           "value": n, "numerator": None, "denominator": None, "text": fi(n)})
        return t

    def rate(self, ind, subj, n, m, d=2, xy=True, scope=None, wrong=None):
        v = rnd(n, m, d) if wrong is None else wrong
        t = fp(v, d) + "%"
        self.facts.append({"kind": "rate", "indicator": ind, "subject": subj, "scope": scope,
                           "value": v, "numerator": n if xy else None,
                           "denominator": m if xy else None, "text": t, "_n": n, "_m": m,
                           "_d": d, "_planted": wrong is not None})
        return t

    def score(self, ind, subj, v, mx=None, text=None):
        t = text or fp(v, 2)
        f = {"kind": "score", "indicator": ind, "subject": subj, "scope": None,
             "value": v, "numerator": None, "denominator": None, "text": t}
        if mx is not None:
            f["maximum"] = mx
        self.facts.append(f)
        return t

    def rank(self, subj, pos, size):
        t = f"{pos}/{size}"
        self.facts.append({"kind": "rank", "indicator": "index_766_rank", "subject": subj,
                           "scope": None, "value": pos, "numerator": None,
                           "denominator": size, "text": t})
        return t

    def uc(self, subj, k, n):
        t = f"{k}/{n}"
        self.facts.append({"kind": "unit_count", "indicator": "units_meeting_target",
                           "subject": subj, "scope": None, "value": k, "numerator": k,
                           "denominator": n, "text": t})
        return t

    def nf(self, text, why):
        self.nf_.append({"text": text, "why": why})
        return text

    def mis(self, code, stated, text, note):
        self.mis_.append({"code": code, "stated": stated, "text": text, "note": note})

    def unit(self, name, legacy_province=None):
        self.units.append((name, legacy_province))
        return name

    def flow(self, total, parts, planted=False, label=""):
        self.flows.append((total, list(parts), planted, label))

    def truth(self):
        facts = [{k: v for k, v in f.items() if not k.startswith("_")} for f in self.facts]
        for f in facts:
            if f.get("scope") is None:
                f.pop("scope", None)
        return {"register": self.register, "doc_date": self.date, "province": self.province,
                "facts": facts, "not_facts": self.nf_, "mistakes": self.mis_}

# ---- unit lists -------------------------------------------------------
_cur = None
def current_names():
    global _cur
    if _cur is None:
        from vietnam_provinces import Province, Ward
        _cur = {p.name for p in Province.iter_all()} | {w.name for w in Ward.iter_all()}
    return _cur

def legacy_ok(name, province):
    from vietnamadminunits import parse_address, ParseMode
    u = parse_address(f"{name}, {province}", mode=ParseMode.LEGACY)
    full = f"{u.district_type} {u.short_district}".strip() if u.short_district else ""
    wfull = f"{u.ward_type} {u.short_ward}".strip() if u.short_ward else ""
    return u.province == province and name in (full, wfull, u.province)
