#!/usr/bin/env python3
"""Builder of the blind set C (issue 11): writes NAME.txt + NAME.truth.json and checks them.

Written from CONTRACT.md and TRUTH_FORMAT.md only, without reading docparse/, the corpus
generator or any other test set.  Every number of a report passes through one helper of
``R`` below: a fact helper (count, rate, score, rank, unit count) or ``R.n`` (a number that
is not a level: change, bound, approx, maximum, target, date, reference, count_of_things).
The builder refuses a report in which a digit was written outside a helper, so every
number has its role in the truth.

Checks run on the written truth, independently of how the text was made:
- every rate with numerator/denominator equals 100*n/d at its written decimals (half up or
  truncated) unless it is the planted ``ratio_mismatch``;
- the sums, balances, complements, 766 totals and target claims declared per report hold,
  except exactly the one planted in a report with a mistake;
- a clean report has ``mistakes == []``, a planted one exactly one mistake;
- unit names are in the list of their time (vietnam_provinces after 1 July 2025,
  vietnamadminunits' legacy list before it) or in the list of bodies below.

Run: ``python3 tests/blind_c/build.py`` (writes the files, prints a summary, exits 1 on any
failed check).
"""
from __future__ import annotations

import json
import re
import sqlite3
import sys
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent

REGISTERS = ("weekly_notice", "quarterly_report", "commune_report", "news_article",
             "portal_stats", "ministry_report")

# Provincial bodies and ministries as they are officially spelled (by period).
BODIES = {
    "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Nội vụ", "Sở Y tế",
    "Sở Giáo dục và Đào tạo", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nông nghiệp và Môi trường", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ",
    "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải",
    "Sở Thông tin và Truyền thông", "Sở Lao động - Thương binh và Xã hội",
    "Sở Nông nghiệp và Phát triển nông thôn", "Công an tỉnh", "Ban Quản lý các khu công nghiệp",
    "Bộ Tài chính", "Bộ Công an", "Bộ Tư pháp", "Bộ Nội vụ", "Bộ Y tế", "Bộ Công Thương",
    "Bộ Xây dựng", "Bộ Khoa học và Công nghệ", "Bộ Nông nghiệp và Môi trường",
    "Bộ Giao thông vận tải", "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông",
    "Bộ Kế hoạch và Đầu tư", "Bộ Lao động - Thương binh và Xã hội", "Bộ Giáo dục và Đào tạo",
    "Bộ Ngoại giao", "Bộ Quốc phòng", "Bộ Văn hóa, Thể thao và Du lịch",
    "Bộ Nông nghiệp và Phát triển nông thôn", "Văn phòng Chính phủ", "Ngân hàng Nhà nước Việt Nam",
}

# ----------------------------------------------------------------------------- formatting

def fint(n: int, sep: str = ".") -> str:
    """50133 -> '50.133'."""
    s = f"{n:,}"
    return s.replace(",", sep)


def fdec(v, dec: int, mark: str = ",") -> str:
    q = Decimal(str(v)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP) if dec else \
        Decimal(str(v)).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    s = f"{q:f}"
    return s.replace(".", mark)


def pct_value(n: int, d: int, dec: int) -> float:
    q = (Decimal(100) * Decimal(n) / Decimal(d)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    return float(q)


def consistent(p: float, n: int, d: int, dec: int) -> bool:
    exact = Decimal(100) * Decimal(n) / Decimal(d)
    unit = Decimal(1).scaleb(-dec)
    return Decimal(str(p)) in (exact.quantize(unit, rounding=ROUND_HALF_UP),
                               exact.quantize(unit, rounding=ROUND_DOWN))


A, B = "\x01", "\x02"   # markers around every number-bearing piece a helper wrote


class R:
    """One report: text pieces + truth, built together."""

    def __init__(self, name, register, date, province):
        assert register in REGISTERS, register
        self.name, self.register, self.date, self.province = name, register, date, province
        self.facts, self.not_facts, self.mistakes, self.checks = [], [], [], []
        self.lines: list[str] = []

    # -- text
    def __call__(self, s: str = ""):
        self.lines.append(s)

    # -- numbers that are not levels
    def n(self, text: str, why: str) -> str:
        assert why in ("change", "bound", "approx", "maximum", "date", "reference",
                       "count_of_things", "target", "rank_other", "phone", "time"), why
        self.not_facts.append({"text": text, "why": why})
        return A + text + B

    def cover(self, text: str) -> str:
        """A number that belongs to a fact written elsewhere (e.g. the x/y of a rate)."""
        return A + text + B

    # -- facts
    def _fact(self, kind, ind, subj, value, text, scope=None, num=None, den=None, **extra):
        assert subj in ("city", "departments", "districts", "communes", "national", "self") or \
            subj.startswith("unit:"), subj
        f = {"kind": kind, "indicator": ind, "subject": subj, "scope": scope, "value": value,
             "numerator": num, "denominator": den, "text": text}
        f.update(extra)
        self.facts.append(f)
        return f

    def c(self, value: int, ind: str, subj: str, scope=None, sep=".", fmt=None) -> str:
        text = fmt if fmt is not None else fint(value, sep)
        self._fact("count", ind, subj, value, text, scope)
        return A + text + B

    def p(self, n, d, dec, ind, subj, scope=None, sign="%", mark=",", link=True, wrong=None,
          note=None) -> str:
        """A rate computed from n/d (written elsewhere or stated as the part's share)."""
        val = pct_value(n, d, dec)
        if wrong is not None:
            self.mistakes.append({"code": "ratio_mismatch", "stated": wrong,
                                  "text": fdec(wrong, dec, mark) + sign,
                                  "note": note or f"{n}/{d} is {fdec(val, dec, mark)}%"})
            val = wrong
        text = fdec(val, dec, mark) + sign
        self._fact("rate", ind, subj, val, text.strip(), scope,
                   n if link else None, d if link else None)
        return A + text + B

    def pv(self, value, dec, ind, subj, scope=None, sign="%", mark=",") -> str:
        """A rate given without its x/y anywhere in the text."""
        text = fdec(value, dec, mark) + sign
        self._fact("rate", ind, subj, float(Decimal(str(value))), text.strip(), scope)
        return A + text + B

    def xy(self, n, d, sep=".", slash="/") -> str:
        return A + fint(n, sep) + slash + fint(d, sep) + B

    def bxy(self, n, d, ind, subj, scope=None, sep=".") -> str:
        text = fint(n, sep) + "/" + fint(d, sep)
        self._fact("rate", ind, subj, None, text, scope, n, d)
        return A + text + B

    def s(self, value, dec, ind, subj, maximum=None, scope=None, mark=",", over=None) -> str:
        """A 766 score; ``over`` writes it as 'v/max'."""
        text = fdec(value, dec, mark)
        if over:
            text += "/" + (fdec(maximum, 0) if float(maximum).is_integer() else fdec(maximum, 1, mark))
        extra = {"maximum": maximum} if maximum is not None else {}
        self._fact("score", ind, subj, float(Decimal(str(value))), text, scope, **extra)
        return A + text + B

    def rank(self, pos, field, subj, text, scope=None) -> str:
        self._fact("rank", "index_766_rank", subj, pos, text, scope, None, field)
        return A + text + B

    def uc(self, k, n, subj="city", scope=None, text=None) -> str:
        text = text or f"{k}/{n}"
        self._fact("unit_count", "units_meeting_target", subj, k, text, scope, k, n)
        return A + text + B

    # -- declared arithmetic (checked by check())
    def sum(self, total, parts, planted=False, stated_text=None, note=None):
        self.checks.append(("sum", total, parts, planted))
        if planted:
            self.mistakes.append({"code": "sum_mismatch", "stated": total,
                                  "text": stated_text or fint(total),
                                  "note": note or f"parts make {sum(parts)}"})

    def bal(self, received, resolved, pending, planted=False, stated_text=None, note=None):
        self.checks.append(("bal", received, [resolved, pending], planted))
        if planted:
            self.mistakes.append({"code": "balance_mismatch", "stated": received,
                                  "text": stated_text or fint(received),
                                  "note": note or f"resolved {resolved} + pending {pending} = {resolved + pending}"})

    def score_sum(self, total, parts, planted=False, stated_text=None, note=None):
        self.checks.append(("score", total, parts, planted))
        if planted:
            self.mistakes.append({"code": "score_sum_mismatch", "stated": total,
                                  "text": stated_text or fdec(total, 2),
                                  "note": note or f"components make {float(sum(Decimal(str(x)) for x in parts))}"})

    def comp(self, a, b, planted=False, stated=None, stated_text=None, note=None):
        self.checks.append(("comp", 100, [a, b], planted))
        if planted:
            self.mistakes.append({"code": "complement_mismatch", "stated": stated,
                                  "text": stated_text, "note": note or f"{a} + {b} != 100"})

    def target(self, value, op, bound, claimed_met, planted=False, stated_text=None, note=None):
        self.checks.append(("target", value, [op, bound, claimed_met], planted))
        if planted:
            self.mistakes.append({"code": "target_conflict", "stated": value, "text": stated_text,
                                  "note": note or f"{value} does not meet {op} {bound}"})

    def repeated(self, a, b, stated_text, note):
        self.checks.append(("repeat", a, [b], True))
        self.mistakes.append({"code": "repeated_value_mismatch", "stated": b, "text": stated_text,
                              "note": note})

    # -- output
    def text(self) -> str:
        raw = "\n".join(self.lines).rstrip() + "\n"
        bare = re.sub(A + "[^" + B + "]*" + B, "", raw)
        bare = re.sub(r"(?m)^\s*(?:[-+]\s*)?\d+(?:\.\d+)*[.)]\s", "", bare)   # list numbering
        stray = re.findall(r"\S*\d\S*", bare)
        if stray:
            raise SystemExit(f"{self.name}: digits outside helpers: {stray[:8]}")
        return raw.replace(A, "").replace(B, "")

    def truth(self) -> dict:
        return {"register": self.register, "doc_date": self.date, "province": self.province,
                "facts": self.facts, "not_facts": self.not_facts, "mistakes": self.mistakes}


# ----------------------------------------------------------------------------- unit lists

_LEGACY = None
_CURRENT = None


def _legacy():
    global _LEGACY
    if _LEGACY is None:
        import vietnamadminunits
        db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
        con = sqlite3.connect(db)
        _LEGACY = {"district": set(), "ward": set()}
        for prov, dist, ward in con.execute("select province, district, ward from admin_units_legacy"):
            _LEGACY["district"].add((prov, dist))
            _LEGACY["ward"].add((prov, ward))
    return _LEGACY


def _current():
    global _CURRENT
    if _CURRENT is None:
        import vietnam_provinces as vp
        provs = {p.code: p.name for p in vp.Province.iter_all()}
        _CURRENT = set()
        for w in vp.Ward.iter_all():
            _CURRENT.add((provs[w.province_code], w.name))
    return _CURRENT


def _is_province(name, date):
    if date >= "2025-07-01":
        import vietnam_provinces as vp
        for p in vp.Province.iter_all():
            full = p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name
            if full == name:
                return True
        return False
    return any(prov == name for prov, _ in _legacy()["district"])


def _prov_short(p):
    return re.sub(r"^(Tỉnh|Thành phố) ", "", p or "")


def check_unit(name: str, province: str | None, date: str) -> str | None:
    if name in BODIES:
        return None
    if re.match(r"^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Quận|Thị xã|Thành phố|Tỉnh) ", name) is None:
        return f"unknown body {name!r}"
    if name.startswith(("Tỉnh ", "Thành phố ")) and _is_province(name, date):
        return None
    if date >= "2025-07-01":
        cur = _current()
        short = _prov_short(province)
        ok = any(w == name and (_prov_short(p) == short) for p, w in cur)
        return None if ok else f"{name!r} not a current unit of {province}"
    leg = _legacy()
    if (province, name) in leg["district"] or (province, name) in leg["ward"]:
        return None
    return f"{name!r} not a legacy unit of {province}"


# ----------------------------------------------------------------------------- checks

def _decimals(text: str) -> int:
    m = re.search(r"\d[.,](\d+)\s*%", text)
    return len(m.group(1)) if m else 0


def check(r: R) -> list[str]:
    errs = []
    t = r.truth()
    planted = [m["code"] for m in t["mistakes"]]
    if len(planted) > 1:
        errs.append("more than one planted mistake")
    text = r.text()
    for f in t["facts"]:
        if f["text"] and f["text"] not in text:
            errs.append(f"fact text {f['text']!r} not in report")
        if f["subject"].startswith("unit:"):
            e = check_unit(f["subject"][5:], t["province"], t["doc_date"])
            if e:
                errs.append(e)
        if f["kind"] == "rate" and f["numerator"] is not None and f["value"] is not None:
            dec = _decimals(f["text"])
            if not consistent(f["value"], f["numerator"], f["denominator"], dec):
                if not any(m["code"] == "ratio_mismatch" and m["stated"] == f["value"] for m in t["mistakes"]):
                    errs.append(f"unplanted ratio mismatch {f['text']} vs {f['numerator']}/{f['denominator']}")
            elif any(m["code"] == "ratio_mismatch" and m["stated"] == f["value"] for m in t["mistakes"]):
                errs.append(f"planted ratio {f['text']} is consistent")
    for nf in t["not_facts"]:
        if nf["text"] not in text:
            errs.append(f"not_fact text {nf['text']!r} not in report")
    failed = []
    for kind, a, parts, is_planted in r.checks:
        if kind == "sum":
            ok = a == sum(parts)
        elif kind == "bal":
            ok = a == sum(parts)
        elif kind == "score":
            ok = Decimal(str(a)) == sum(Decimal(str(x)) for x in parts)
        elif kind == "comp":
            ok = Decimal(str(parts[0])) + Decimal(str(parts[1])) == Decimal(100)
        elif kind == "target":
            op, bound, claimed = parts
            met = {">=": a >= bound, ">": a > bound, "=": a == bound}[op]
            ok = met == claimed
        elif kind == "repeat":
            ok = a == parts[0]
        if ok == is_planted:
            errs.append(f"declared {kind} {a} {parts}: holds={ok} planted={is_planted}")
        if not ok:
            failed.append(kind)
    return errs


def main() -> int:
    sys.path.insert(0, str(HERE))
    import reports_a, reports_b, reports_c, reports_d  # noqa: E401
    reports: list[R] = []
    for mod in (reports_a, reports_b, reports_c, reports_d):
        for fn in mod.REPORTS:
            reports.append(fn())
    bad = 0
    names = set()
    for r in reports:
        assert r.name not in names, r.name
        names.add(r.name)
        errs = check(r)
        (HERE / f"{r.name}.txt").write_text(r.text(), encoding="utf-8")
        (HERE / f"{r.name}.truth.json").write_text(
            json.dumps(r.truth(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        status = "clean" if not r.mistakes else r.mistakes[0]["code"]
        print(f"{r.name:40s} {r.register:17s} {r.date} {len(r.facts):3d} facts "
              f"{len(r.not_facts):3d} not_facts  {status}")
        for e in errs:
            print("   !!", e)
        bad += bool(errs)
    by_reg = {}
    for r in reports:
        by_reg.setdefault(r.register, []).append(r)
    print({k: len(v) for k, v in by_reg.items()}, "total", len(reports),
          "planted", sum(bool(r.mistakes) for r in reports),
          "before 2025-07", sum(r.date < "2025-07-01" for r in reports))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
