"""Helpers for tests/dev_real2/build.py: each helper writes a figure into the text and the
matching entry into the truth, so text and truth cannot drift apart."""
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN


def fmt_int(n, style="vi"):
    s = f"{n:,}"
    return s.replace(",", ".") if style == "vi" else s


def fmt_dec(x, dec, style="vi"):
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    d = Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP)
    s = f"{d:,.{dec}f}" if dec else f"{int(d):,}"
    if style == "vi":
        s = s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return s


def pct_value(num, den, dec):
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    return float((Decimal(100) * Decimal(num) / Decimal(den)).quantize(q, rounding=ROUND_HALF_UP))


def pct_ok(value, num, den, dec):
    q = Decimal(1).scaleb(-dec) if dec else Decimal(1)
    exact = Decimal(100) * Decimal(num) / Decimal(den)
    v = Decimal(str(value)).quantize(q)
    return v in (exact.quantize(q, rounding=ROUND_HALF_UP), exact.quantize(q, rounding=ROUND_DOWN))


class Report:
    def __init__(self, name, register, doc_date, province, url, construct, style="vi"):
        self.name, self.register, self.doc_date, self.province = name, register, doc_date, province
        self.url, self.construct, self.style = url, construct, style
        self.lines, self.facts, self.not_facts, self.mistakes = [], [], [], []
        self.idents = []   # (kind, parts, total, planted)

    # ---- text
    def L(self, *parts):
        self.lines.append("".join(parts))

    # ---- figures
    def n(self, value, ind, subj, kind="count", scope=None, suffix=""):
        t = fmt_int(value, self.style)
        self._fact(kind, ind, subj, scope, value, None, None, t)
        return t + suffix

    def p(self, num, den, dec, ind, subj, scope=None, link=True, stated=None, note=None,
          pct="%", code="ratio_mismatch"):
        v = pct_value(num, den, dec)
        val = v if stated is None else stated
        t = fmt_dec(val, dec, self.style) + pct
        self._fact("rate", ind, subj, scope, val, num if link else None, den if link else None, t,
                   check=(num, den, dec, stated is not None))
        if stated is not None and stated != v:
            self.mistakes.append({"code": code, "stated": val, "text": t,
                                  "note": note or f"{fmt_int(num)}/{fmt_int(den)} is {fmt_dec(v, dec)}%"})
        return t

    def m(self, text, value, ind, subj, kind="count", scope=None):
        """A count written with a multiplier word ("5,65 ngàn"): the fact has the multiplied value."""
        self._fact(kind, ind, subj, scope, value, None, None, text)
        return text

    def rate(self, value, dec, ind, subj, scope=None, pct="%"):
        """A rate the text gives without its counts."""
        t = fmt_dec(value, dec, self.style) + pct
        self._fact("rate", ind, subj, scope, value, None, None, t)
        return t

    def score(self, value, dec, ind, subj, scope=None, maximum=None):
        t = fmt_dec(value, dec, self.style)
        f = self._fact("score", ind, subj, scope, value, None, None, t)
        if maximum is not None:
            f["maximum"] = maximum
        return t

    def rank(self, pos, field, subj, text=None):
        t = text or (f"{pos}/{field}" if field else str(pos))
        self._fact("rank", "index_766_rank", subj, None, pos, None, field, t)
        return t

    def units(self, k, m, subj, text=None, scope=None):
        t = text or f"{k}/{m}"
        self._fact("unit_count", "units_meeting_target", subj, scope, k, k, m, t)
        return t

    def nf(self, text, why):
        self.not_facts.append({"text": text, "why": why})
        return text

    def ident(self, kind, parts, total, planted=False):
        """kind: sum (parts add up to total) | score (component scores) | complement."""
        self.idents.append((kind, parts, total, planted))

    def mistake(self, code, stated, text, note):
        self.mistakes.append({"code": code, "stated": stated, "text": text, "note": note})

    def _fact(self, kind, ind, subj, scope, value, num, den, text, check=None):
        f = {"kind": kind, "indicator": ind, "subject": subj, "scope": scope, "value": value,
             "numerator": num, "denominator": den, "text": text}
        self.facts.append(f)
        if check:
            f["_check"] = check
        return f

    # ---- output
    def text(self):
        return "\n".join(self.lines) + "\n"

    def truth(self):
        facts = [{k: v for k, v in f.items() if k != "_check"} for f in self.facts]
        return {"register": self.register, "doc_date": self.doc_date, "province": self.province,
                "facts": facts, "not_facts": self.not_facts, "mistakes": self.mistakes}

    def check(self):
        errs = []
        txt = self.text()
        for f in self.facts + self.not_facts:
            if f["text"] not in txt:
                errs.append(f"text missing: {f['text']!r}")
        for f in self.facts:
            c = f.get("_check")
            if c:
                num, den, dec, planted = c
                ok = pct_ok(f["value"], num, den, dec)
                if ok == planted:
                    errs.append(f"rate {f['text']} {'matches' if ok else 'fails'} {num}/{den}"
                                f" (planted={planted})")
        for kind, parts, total, planted in self.idents:
            s = round(sum(parts), 2)
            ok = abs(s - (100 if kind == "complement" else total)) < 1e-9
            if ok == planted:
                errs.append(f"{kind} {parts} -> {s} vs {total} (planted={planted})")
        nl = len(self.lines)
        if not 15 <= nl <= 60:
            errs.append(f"{nl} lines")
        planted = sum(1 for *_, p in self.idents if p) + sum(
            1 for f in self.facts if f.get("_check") and f["_check"][3])
        if planted != len(self.mistakes):
            errs.append(f"{planted} planted identities vs {len(self.mistakes)} mistakes")
        return errs
