"""Helpers for the blind_i set: every figure's text is produced and its truth
entry recorded in the same call, so the report and its truth cannot drift."""
import datetime as _dt
import json
import re
import sqlite3
import textwrap
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from pathlib import Path

# ---------------------------------------------------------------- unit lists
_NEW = None
_OLD = None


def _load():
    global _NEW, _OLD
    if _NEW is None:
        from vietnam_provinces import Province, Ward
        provs = {p.code: p.name for p in Province.iter_all()}
        _NEW = {"provinces": set(provs.values()), "wards": {}}
        for w in Ward.iter_all():
            _NEW["wards"].setdefault(provs[w.province_code], set()).add(w.name)
        import vietnamadminunits
        db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
        con = sqlite3.connect(str(db))
        _OLD = {"provinces": set(), "districts": {}, "wards": {}}
        for p, d, w in con.execute("select province, district, ward from admin_units_legacy"):
            _OLD["provinces"].add(p)
            _OLD["districts"].setdefault(p, set()).add(d)
            _OLD["wards"].setdefault((p, d), set()).add(w)
    return _NEW, _OLD


MERGER = _dt.date(2025, 7, 1)


def unit_known(name, province, date, district=None):
    """True when `name` is a unit of `province` in the list in force on `date`."""
    new, old = _load()
    if date >= MERGER:
        key = province.removeprefix("Tỉnh ")
        if name == province:
            return key in new["provinces"]
        return name in new["wards"].get(key, set())
    if name == province:
        return name in old["provinces"]
    if name in old["districts"].get(province, set()):
        return True
    if district is not None:
        return name in old["wards"].get((province, district), set())
    return any(name in ws for (p, _d), ws in old["wards"].items() if p == province)


def province_known(name, date):
    new, old = _load()
    if date >= MERGER:
        return name.removeprefix("Tỉnh ") in new["provinces"]
    return name in old["provinces"]


# ---------------------------------------------------------------- numbers
def fint(n, lead0=False):
    s = f"{n:,}".replace(",", ".")
    if lead0 and 0 < n < 10:
        s = "0" + s
    return s


def fdec(x, d):
    if d == 0:
        return fint(int(x))
    s = f"{x:.{d}f}"
    a, b = s.split(".")
    return fint(int(a)) + "," + b


def pct_of(n, m, d, mode="round"):
    q = Decimal(1).scaleb(-d)
    v = Decimal(100) * Decimal(n) / Decimal(m)
    return float(v.quantize(q, rounding=ROUND_HALF_UP if mode == "round" else ROUND_DOWN))


def consistent(p, n, m, d):
    return p in (pct_of(n, m, d), pct_of(n, m, d, "trunc"))


# ---------------------------------------------------------------- the document
class Doc:
    def __init__(self, name, register, doc_date, province):
        self.name = name
        self.register = register
        self.doc_date = doc_date            # datetime.date or None
        self.province = province
        self.lines = []
        self.facts = []
        self.not_facts = []
        self.mistakes = []
        self.sums = []       # (code, total, parts, label)
        self.units = []      # (name, district) checked against the list
        self.unit_lists = []  # (stated, listed names)
        self.periods = []    # (start, end)

    # -- text
    def add(self, *lines):
        for ln in lines:
            self.lines.extend(ln.split("\n"))

    def para(self, text, width=78, indent=""):
        """A paragraph wrapped mid-sentence as a printed document is."""
        self.lines.extend(textwrap.wrap(text, width=width, initial_indent=indent,
                                        break_long_words=False, break_on_hyphens=False))

    def blank(self):
        self.lines.append("")

    # -- facts
    def _fact(self, kind, indicator, subject, value, text, scope=None, num=None, den=None, **extra):
        f = {"kind": kind, "indicator": indicator, "subject": subject, "scope": scope,
             "value": value, "numerator": num, "denominator": den, "text": text}
        f.update(extra)
        self.facts.append(f)
        return text

    def c(self, value, indicator, subject="city", scope=None, lead0=False, text=None):
        """A count as written ("12.345")."""
        t = text if text is not None else fint(value, lead0)
        return self._fact("count", indicator, subject, value, t, scope)

    def r(self, indicator, n, m, d=2, subject="city", scope=None, xy=True, stated=None,
          space=False, sign=True, mistake=None):
        """A rate computed from n/m (half-up at d decimals). xy=False: the text does not
        give its counts (numerator/denominator null). stated: a planted wrong value."""
        v = pct_of(n, m, d) if stated is None else stated
        t = fdec(v, d) + ((" %" if space else "%") if sign else "")
        if mistake:
            self.mistake(mistake, v, t, f"{fint(n)}/{fint(m)} là {fdec(pct_of(n, m, d), d)}%")
        return self._fact("rate", indicator, subject, v, t, scope,
                          n if xy else None, m if xy else None)

    def rv(self, indicator, value, d=2, subject="city", scope=None, space=False, text=None):
        """A bare rate, no counts."""
        t = text if text is not None else fdec(value, d) + (" %" if space else "%")
        return self._fact("rate", indicator, subject, value, t, scope)

    def score(self, indicator, value, d=2, subject="city", maximum=None, text=None):
        t = text if text is not None else fdec(value, d)
        extra = {"maximum": maximum} if maximum is not None else {}
        return self._fact("score", indicator, subject, value, t, None, **extra)

    def rank(self, pos, field, subject="city", text=None, lead0=False):
        t = text if text is not None else f"{fint(pos, lead0)}/{field}"
        return self._fact("rank", "index_766_rank", subject, pos, t, None, None, field)

    def ucount(self, n, m, subject="city", text=None, lead0=False):
        t = text if text is not None else f"{fint(n, lead0)}/{fint(m, lead0)}"
        return self._fact("unit_count", "units_meeting_target", subject, n, t, None, n, m)

    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})
        return text

    def mistake(self, code, stated, text, note):
        self.mistakes.append({"code": code, "stated": stated, "text": text, "note": note})
        return text

    # -- identities to check
    def total(self, code, total, parts, label):
        self.sums.append((code, total, list(parts), label))

    def unit(self, name, district=None, known=True):
        self.units.append((name, district, known))
        return name

    def period(self, start, end):
        self.periods.append((start, end))

    # -- output
    def text(self):
        return "\n".join(self.lines).rstrip("\n") + "\n"

    def truth(self):
        facts = []
        for f in self.facts:
            g = dict(f)
            if g.get("scope") is None:
                g.pop("scope")
            facts.append(g)
        return {"register": self.register,
                "doc_date": self.doc_date.isoformat() if self.doc_date else None,
                "province": self.province,
                "facts": facts, "not_facts": self.not_facts, "mistakes": self.mistakes}

    def truth_json(self):
        return json.dumps(self.truth(), ensure_ascii=False, indent=1) + "\n"

    # -- self check
    def check(self):
        errs = []
        body = re.sub(r"\s+", " ", self.text())
        n = len(self.text().splitlines())
        if not 15 <= n <= 60:
            errs.append(f"{n} lines")
        planted = {m["code"]: [] for m in self.mistakes}
        for m in self.mistakes:
            planted[m["code"]].append(m["stated"])
        for group in (self.facts, self.not_facts, self.mistakes):
            for f in group:
                t = re.sub(r"\s+", " ", str(f["text"]))
                if t not in body:
                    errs.append(f"text not in report: {t!r}")
        for f in self.facts:
            if f["kind"] == "rate" and f["numerator"] is not None and f["value"] is not None:
                d = len(f["text"].rstrip("% ").split(",")[1]) if "," in f["text"] else 0
                ok = consistent(f["value"], f["numerator"], f["denominator"], d)
                bad = f["value"] in planted.get("ratio_mismatch", [])
                if ok == bad:
                    errs.append(f"rate {f['text']} vs {f['numerator']}/{f['denominator']} ok={ok} planted={bad}")
        for code, tot, parts, label in self.sums:
            ok = abs(tot - sum(parts)) < 1e-6
            bad = any(x in planted.get(code, []) for x in [tot] + parts)
            if ok == bad:
                errs.append(f"{code} {label}: {tot} vs {sum(parts)} planted={bad}")
        for stated, expected in self.unit_lists:
            ok = stated == expected
            bad = stated in planted.get("unit_count_mismatch", [])
            if ok == bad:
                errs.append(f"unit list {stated} vs {expected}")
        for name, district, known in self.units:
            if self.province is None:
                continue
            k = unit_known(name, self.province, self.doc_date, district)
            if k != known:
                errs.append(f"unit {name} known={k} expected {known}")
            if not known and name not in planted.get("unknown_unit", []):
                errs.append(f"unknown unit {name} not planted")
        if self.province is not None and not province_known(self.province, self.doc_date):
            errs.append(f"province {self.province} not in list for {self.doc_date}")
        for s, e in self.periods:
            ok = s <= e and (self.doc_date is None or e <= self.doc_date)
            bad = "date_inconsistency" in planted
            if ok == bad:
                errs.append(f"period {s}..{e} doc {self.doc_date} planted={bad}")
        for f in self.facts:
            if f["subject"].startswith("unit:") and self.province is not None:
                nm = f["subject"][5:]
                if not nm.startswith(("Sở ", "Bộ ", "Văn phòng", "Ban ", "Công an", "Trung tâm", "Chi nhánh", "Bảo hiểm", "Thuế", "Kho bạc")):
                    if not any(u[0] == nm for u in self.units):
                        errs.append(f"subject unit {nm} not registered")
        return errs


def d(s):
    return _dt.date.fromisoformat(s)


def dmy(x, lead0=False):
    if lead0:
        return f"{x.day:02d}/{x.month:02d}/{x.year}"
    return f"{x.day}/{x.month}/{x.year}"


def long_date(x, lead0=True):
    dd = f"{x.day:02d}" if lead0 and x.day < 10 else str(x.day)
    mm = f"{x.month:02d}" if x.month < 3 else str(x.month)
    return f"ngày {dd} tháng {mm} năm {x.year}"
