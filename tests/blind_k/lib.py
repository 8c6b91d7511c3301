"""Helpers for the blind set K: every figure's text is produced and its truth recorded in one call.

A Doc collects lines, facts, not_facts, mistakes and the relations the text declares (sums,
balances, complements, 766 totals), so build.py --check can verify them.
"""
from __future__ import annotations

import json
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from functools import lru_cache
from pathlib import Path

SITE = "/root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/vietnamadminunits/data/parser_legacy.json"

# ---------------------------------------------------------------- unit lists

@lru_cache(None)
def _vp():
    import vietnam_provinces as vp
    provs = {}
    for p in vp.Province.iter_all():
        provs[p.code] = p
    wards = {}
    for w in vp.Ward.iter_all():
        wards.setdefault(provs[w.province_code].name, []).append(w.name)
    return provs, wards


def province_full(short: str) -> str:
    return short if short.startswith("Thành phố") else "Tỉnh " + short


@lru_cache(None)
def new_provinces() -> list[str]:
    provs, _ = _vp()
    return [province_full(p.name) for p in provs.values()]


@lru_cache(None)
def new_wards(province_full_name: str) -> list[str]:
    _, wards = _vp()
    short = province_full_name.replace("Tỉnh ", "", 1)
    return list(wards[short])


@lru_cache(None)
def _legacy():
    return json.loads(Path(SITE).read_text("utf-8"))


@lru_cache(None)
def legacy_provinces() -> dict:
    return {v["province"]: k for k, v in _legacy()["DICT_PROVINCE"].items()}


@lru_cache(None)
def legacy_districts(province: str) -> list[str]:
    key = legacy_provinces()[province]
    return [v["district"] for v in _legacy()["DICT_PROVINCE_DISTRICT"][key].values()]


@lru_cache(None)
def legacy_wards(province: str, district: str) -> list[str]:
    key = legacy_provinces()[province]
    dd = _legacy()["DICT_PROVINCE_DISTRICT"][key]
    dkey = [k for k, v in dd.items() if v["district"] == district][0]
    wards = _legacy()["DICT_PROVINCE_DISTRICT_WARD_NO_ACCENTED"][key].get(dkey, {})
    return [w["ward"] for w in wards.values() if isinstance(w.get("ward"), str)]


@lru_cache(None)
def all_legacy_names() -> set:
    names = set(legacy_provinces())
    for prov in legacy_provinces():
        for d in legacy_districts(prov):
            names.add(d)
            names.update(legacy_wards(prov, d))
    return names


@lru_cache(None)
def all_new_names() -> set:
    names = set(new_provinces())
    _, wards = _vp()
    for ws in wards.values():
        names.update(ws)
    return names


DEPTS_NEW = ["Sở Tư pháp", "Sở Xây dựng", "Sở Y tế", "Sở Nội vụ", "Sở Tài chính", "Sở Công Thương",
             "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ",
             "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo"]
DEPTS_OLD = ["Sở Tư pháp", "Sở Xây dựng", "Sở Y tế", "Sở Nội vụ", "Sở Tài chính", "Sở Công Thương",
             "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải",
             "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông",
             "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giáo dục và Đào tạo"]
MINISTRIES = ["Bộ Tư pháp", "Bộ Công an", "Bộ Tài chính", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Y tế",
              "Bộ Nội vụ", "Bộ Nông nghiệp và Môi trường", "Bộ Giáo dục và Đào tạo",
              "Bộ Khoa học và Công nghệ", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Ngoại giao",
              "Bộ Quốc phòng", "Bộ Dân tộc và Tôn giáo"]

# ---------------------------------------------------------------- numbers

def fint(v: int, sep: str = ".") -> str:
    s = f"{v:,}".replace(",", sep)
    return s


def rate_value(num: int, den: int, dec: int) -> float:
    q = Decimal(1).scaleb(-dec)
    return float((Decimal(100 * num) / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def rate_ok(value: float, num: int, den: int, dec: int) -> bool:
    q = Decimal(1).scaleb(-dec)
    exact = Decimal(100 * num) / Decimal(den)
    v = Decimal(str(value)).quantize(q)
    return v in (exact.quantize(q, rounding=ROUND_HALF_UP), exact.quantize(q, rounding=ROUND_DOWN))


def fpct(value: float, dec: int) -> str:
    s = f"{value:.{dec}f}".replace(".", ",")
    return s


def fscore(value: float, dec: int = 2) -> str:
    return fpct(value, dec)


# ---------------------------------------------------------------- the document

class Doc:
    def __init__(self, name, register, doc_date, province, legacy=None):
        self.name = name
        self.register = register
        self.doc_date = doc_date
        self.province = province
        self.legacy = legacy if legacy is not None else (doc_date is not None and doc_date < "2025-07-01")
        self.lines: list[str] = []
        self.facts: list[dict] = []
        self.not_facts: list[dict] = []
        self.mistakes: list[dict] = []
        self.relations: list[dict] = []
        self.units: list[str] = []      # unit names the text uses (must exist unless planted)
        self.planted_units: list[str] = []
        self.tables = 0

    # lines
    def L(self, *parts):
        line = "".join(parts)
        while "\x00" in line:  # a lead-in ending with a comma: the next word starts lower case
            i = line.index("\x00")
            line = line[:i] + line[i + 1:i + 2].lower() + line[i + 2:]
        self.lines.append(line)

    def blank(self):
        self.lines.append("")

    def text(self) -> str:
        return "\n".join(self.lines).rstrip("\n") + "\n"

    # facts
    def _fact(self, kind, indicator, subject, value, num=None, den=None, text=None, scope=None, **extra):
        f = {"kind": kind, "indicator": indicator, "subject": subject, "scope": scope, "value": value,
             "numerator": num, "denominator": den}
        if text is not None:
            f["text"] = text
        f.update({k: v for k, v in extra.items() if v is not None})
        self.facts.append(f)
        if subject.startswith("unit:"):
            self.units.append(subject[5:])
        return f

    def cnt(self, indicator, subject, value, scope=None, sep=".", cell=None, kind="count"):
        t = fint(value, sep)
        self._fact(kind, indicator, subject, value, text=t, scope=scope, cell=cell)
        return t

    def pct(self, indicator, subject, num, den, dec=2, xy=True, wrong=None, scope=None, cell=None,
            note=None, sign="%", code="ratio_mismatch"):
        """A rate computed from counts; xy says whether the text states num and den."""
        value = rate_value(num, den, dec)
        planted = wrong is not None
        if planted:
            assert not rate_ok(wrong, num, den, dec), (self.name, wrong)
            value = wrong
        t = fpct(value, dec) + sign
        self._fact("rate", indicator, subject, value, num if xy else None, den if xy else None,
                   text=t, scope=scope, cell=cell)
        self.relations.append({"type": "rate", "value": value, "num": num, "den": den, "dec": dec,
                               "planted": planted and xy, "xy": xy, "hidden_wrong": planted and not xy})
        if planted and xy and code == "ratio_mismatch":
            self.mistake("ratio_mismatch", value, t,
                         note or f"{num}/{den} is {fpct(rate_value(num, den, dec), dec)}%")
        return t

    def score(self, indicator, subject, value, maximum=None, text=None, cell=None):
        t = text or fscore(value)
        self._fact("score", indicator, subject, value, text=t, maximum=maximum, cell=cell)
        return t

    def rank(self, subject, pos, field, indicator="index_766_rank"):
        self._fact("rank", indicator, subject, pos, pos, field, text=f"{pos}/{field}")
        return str(pos)

    def ucount(self, subject, x, y, scope=None):
        self._fact("unit_count", "units_meeting_target", subject, x, x, y, text=f"{x}/{y}", scope=scope)
        return f"{x}/{y}"

    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})
        return text

    def mistake(self, code, stated, text, note):
        self.mistakes.append({"code": code, "stated": stated, "text": text, "note": note})

    def relate(self, rtype, total, parts, planted=False, note=None):
        self.relations.append({"type": rtype, "total": total, "parts": list(parts), "planted": planted,
                               "note": note})

    def unit(self, name):
        """A unit named in prose without a fact (still must exist)."""
        self.units.append(name)
        return name

    def truth(self) -> dict:
        return {"register": self.register, "doc_date": self.doc_date, "province": self.province,
                "facts": self.facts, "not_facts": self.not_facts, "mistakes": self.mistakes}


# ---------------------------------------------------------------- checks

def check_doc(doc: Doc, text: str) -> list[str]:
    errs = []
    n = len(text.rstrip("\n").split("\n"))
    if not 15 <= n <= 60:
        errs.append(f"{doc.name}: {n} lines")
    for f in doc.facts:
        if f.get("text") and f["text"] not in text:
            errs.append(f"{doc.name}: fact text {f['text']!r} not in report")
    for f in doc.facts:  # x/y are figures the text states
        for k in ("numerator", "denominator"):
            if f["kind"] == "rate" and f.get(k) is not None and fint(f[k]) not in text:
                errs.append(f"{doc.name}: {k} {f[k]} of {f['text']} not written")
    for f in doc.not_facts:
        if f["text"] not in text:
            errs.append(f"{doc.name}: not_fact text {f['text']!r} not in report")
    for m in doc.mistakes:
        if m["text"] not in text:
            errs.append(f"{doc.name}: mistake text {m['text']!r} not in report")
    for r in doc.relations:
        if r["type"] == "rate":
            ok = rate_ok(r["value"], r["num"], r["den"], r["dec"])
            if ok == (r["planted"] or r["hidden_wrong"]):
                errs.append(f"{doc.name}: rate {r} ok={ok}")
        elif r["type"] in ("sum", "balance", "score"):
            ok = round(sum(r["parts"]), 4) == round(r["total"], 4)
            if ok == r["planted"]:
                errs.append(f"{doc.name}: {r['type']} {r['total']} vs {r['parts']} ok={ok}")
        elif r["type"] == "complement":
            ok = round(sum(r["parts"]), 4) == 100
            if ok == r["planted"]:
                errs.append(f"{doc.name}: complement {r['parts']} ok={ok}")
        elif r["type"] == "repeat":
            ok = r["total"] == r["parts"][0]
            if ok == r["planted"]:
                errs.append(f"{doc.name}: repeat {r} ok={ok}")
        elif r["type"] == "unit_count":
            ok = r["total"] == r["parts"][0]
            if ok == r["planted"]:
                errs.append(f"{doc.name}: unit_count {r} ok={ok}")
        elif r["type"] == "date":
            ok = r["total"] >= r["parts"][0]
            if ok == r["planted"]:
                errs.append(f"{doc.name}: date {r} ok={ok}")
    known = all_legacy_names() if doc.legacy else all_new_names()
    extra = set(DEPTS_OLD if doc.legacy else DEPTS_NEW) | set(MINISTRIES)
    for u in doc.units:
        exists = u in known or u in extra
        if exists == (u in doc.planted_units):
            errs.append(f"{doc.name}: unit {u!r} exists={exists} planted={u in doc.planted_units}")
    codes = {m["code"] for m in doc.mistakes}
    if len(doc.mistakes) > 1:
        errs.append(f"{doc.name}: {len(doc.mistakes)} mistakes")
    planted_rel = [r for r in doc.relations if r.get("planted") or r.get("hidden_wrong")]
    if doc.mistakes and not planted_rel and not doc.planted_units:
        errs.append(f"{doc.name}: mistake without a failing relation")
    if planted_rel and not doc.mistakes:
        errs.append(f"{doc.name}: failing relation without a mistake")
    return errs
