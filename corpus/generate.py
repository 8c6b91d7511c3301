"""Generate administrative-reform reports, clean or with one planted mistake, with their truth.

    python3 -m corpus.generate OUTDIR --count 200 [--seed 1]

writes OUTDIR/gen_NNNNN.txt and OUTDIR/gen_NNNNN.truth.json (tests/TRUTH_FORMAT.md).

Three registers: a city's weekly notice (THÔNG BÁO of the city office: rates with x/y, per level,
unit counts and unit lists, 766 index), a city's quarterly report (BÁO CÁO to Văn phòng Chính
phủ: Biểu 06 counts, per-level counts with shares, online rates per level) and a commune's report
(its own counts, rates, 766 score and rank, feedback). The wordings come from
corpus/phrasings.json (several per construct). The numbers are drawn so that every identity
holds; the truth is computed here with decimal.Decimal and ROUND_HALF_UP, the figures are
formatted here the Vietnamese way, and unit names come straight from `vietnam_provinces`.
Nothing is imported from docparse: the generator must not share the code it tests.

About half of the reports carry exactly one planted mistake; `mistakes` records its code, the
stated value (or null), the line that holds it (`text`) and the figure as written (`figure`).
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import random
import string
import sys
import unicodedata
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path

PHRASINGS = json.loads((Path(__file__).with_name("phrasings.json")).read_text("utf-8"))

MISTAKES = ["ratio_mismatch", "sum_mismatch", "balance_mismatch", "complement_mismatch",
            "score_sum_mismatch", "repeated_value_mismatch", "unit_count_mismatch",
            "date_inconsistency", "mixed_script", "unknown_unit", "inconsistent_name",
            "target_conflict", "draft_incomplete"]
REGISTERS = ["weekly_notice", "quarterly_report", "commune_report"]
# where each mistake can be planted without disturbing any other statement
COMPATIBLE = {
    "ratio_mismatch": REGISTERS, "sum_mismatch": REGISTERS, "score_sum_mismatch": REGISTERS,
    "repeated_value_mismatch": REGISTERS, "date_inconsistency": REGISTERS, "mixed_script": REGISTERS,
    "target_conflict": REGISTERS, "draft_incomplete": REGISTERS,
    "balance_mismatch": ["quarterly_report", "commune_report"],
    "complement_mismatch": ["weekly_notice"],
    "unit_count_mismatch": ["weekly_notice", "quarterly_report"],
    "unknown_unit": ["weekly_notice", "quarterly_report"],
    "inconsistent_name": ["commune_report"],
}
PROVINCES = ["Thành phố Hải Phòng", "Thành phố Hà Nội", "Tỉnh Nghệ An", "Tỉnh Quảng Ninh",
             "Thành phố Đà Nẵng", "Tỉnh Thanh Hóa", "Tỉnh Quảng Ngãi", "Tỉnh Hà Tĩnh"]
DEPARTMENTS = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường",
               "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Khoa học và Công nghệ",
               "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ"]
SIGNERS = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hoàng Thị Hạnh",
           "Vũ Đức Long", "Đặng Thu Trang", "Bùi Văn Khải"]
SCORE_PARTS = [("index_766_publicity", 18), ("index_766_progress", 20), ("index_766_online_service", 12),
               ("index_766_online_payment", 10), ("index_766_satisfaction", 18),
               ("index_766_digitization", 22)]
BARE_INDICATORS = ["online_payment", "digitization", "system_update", "digital_reuse"]
CYRILLIC = {"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "y": "у",
            "T": "Т", "H": "Н", "C": "С", "P": "Р", "B": "В", "K": "К", "M": "М"}
MARK_OPEN, MARK_CLOSE = "\x01", "\x02"


# --------------------------------------------------------------------------- numbers, our own

def fmt_int(n: int) -> str:
    """12345 -> '12.345' (Vietnamese thousands separator)."""
    sign = "-" if n < 0 else ""
    digits = str(abs(int(n)))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sign + ".".join(reversed(groups))


def quant(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def fmt_dec(value: Decimal, places: int) -> str:
    """Decimal('87.615'), 2 -> '87,62'; thousands with '.', decimals with ','."""
    q = quant(Decimal(value), places)
    sign = "-" if q < 0 else ""
    whole, _, frac = f"{abs(q):.{places}f}".partition(".")
    return sign + fmt_int(int(whole)) + ("," + frac if places else "")


def percent(num: int, den: int, places: int) -> Decimal:
    return quant(Decimal(num) * 100 / Decimal(den), places)


def truncated(num: int, den: int, places: int) -> Decimal:
    return (Decimal(num) * 100 / Decimal(den)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_DOWN)


def num(value) -> float:
    return float(round(Decimal(value), 4))


# --------------------------------------------------------------------------- units, from the list

@lru_cache(maxsize=None)
def _province_objects() -> dict:
    from vietnam_provinces import Province

    out = {}
    for p in Province.iter_all():
        name = p.name if p.name.startswith("Thành phố") else f"Tỉnh {p.name}"
        out[name] = p
    return out


@lru_cache(maxsize=None)
def communes_of(province: str) -> tuple[str, ...]:
    from vietnam_provinces import Ward

    return tuple(w.name for w in Ward.iter_by_province(_province_objects()[province].code))


@lru_cache(maxsize=None)
def all_unit_names() -> frozenset:
    names = set()
    for prov in _province_objects():
        names.update(communes_of(prov))
    return frozenset(names)


def prefix_of(name: str) -> str:
    return "Đặc khu" if name.startswith("Đặc khu") else name.split(" ", 1)[0]


def bare(name: str) -> str:
    return name[len(prefix_of(name)) + 1:]


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def short_province(province: str) -> str:
    return province.split(" ", 2)[2] if province.startswith("Thành phố") else province.split(" ", 1)[1]


def province_kind(province: str) -> str:
    return "thành phố" if province.startswith("Thành phố") else "tỉnh"


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def cap_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def fmt_date(d: dt.date, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return f"{d.day}/{d.month}/{d.year}"


# --------------------------------------------------------------------------- the document builder

class Doc:
    def __init__(self, rng: random.Random, register: str, province: str, own: str | None,
                 plain: bool = False):
        self.rng = rng
        self.plain = plain  # the first wording of every construct (archives for batch tests)
        self.register = register
        self.province = province
        self.own = own
        self.lines: list[str] = []
        self.facts: list[dict] = []
        self.not_facts: list[dict] = []
        self.mistakes: list[dict] = []
        self.prose: list[int] = []  # indices of lines without figures, for mixed_script
        self.stated: set = set()  # (indicator, subject) of bare rates already written

    # -- text
    def add(self, *lines: str, prose: bool = False) -> None:
        for line in lines:
            if prose:
                self.prose.append(len(self.lines))
            self.lines.append(line)

    def emit(self, construct: str, fields: dict, facts: dict | None = None,
             plant: tuple[str, dict] | None = None, template: str | None = None) -> set[str]:
        """Render one template of `construct`; record the facts of the fields it uses and, when
        `plant` = (field, mistake) is given, the line that holds that field's figure."""
        if template is None:
            template = PHRASINGS[construct][0] if self.plain else self.rng.choice(PHRASINGS[construct])
        tpl = template
        used = {f for _, f, _, _ in string.Formatter().parse(tpl) if f}
        values = dict(fields)
        if plant:
            fname, mistake = plant
            assert fname in used, (construct, fname, tpl)
            values[fname] = MARK_OPEN + values[fname] + MARK_CLOSE
        text = tpl.format(**values)
        for line in text.split("\n"):
            if MARK_OPEN in line:
                line = line.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
                mistake = plant[1]
                mistake["text"] = line
                mistake.setdefault("figure", fields[plant[0]])
                self.mistakes.append(mistake)
            self.lines.append(line)
        for fname, fact in (facts or {}).items():
            if fname in used:
                self.fact(text=fields[fname], **fact)
        return used

    def fact(self, kind: str, indicator: str, subject: str, value, numerator=None, denominator=None,
             text: str | None = None, **extra) -> None:
        f = {"kind": kind, "indicator": indicator, "subject": subject,
             "value": None if value is None else num(value),
             "numerator": None if numerator is None else num(numerator),
             "denominator": None if denominator is None else num(denominator)}
        if text is not None:
            f["text"] = text
        f.update(extra)
        self.facts.append(f)

    def not_fact(self, text: str, why: str) -> None:
        self.not_facts.append({"text": text, "why": why})

    def pick(self, options):
        return self.rng.choice(list(options))


class Subj:
    """A subject: its truth key and the phrases that name it."""

    def __init__(self, key: str, who: list[str], who_of: list[str], who_cap: list[str] | None = None):
        self.key, self._who, self._of = key, who, who_of
        self._cap = who_cap or [cap_first(w) for w in who]

    def fields(self, rng: random.Random) -> dict:
        i = rng.randrange(len(self._who))
        return {"who": self._who[i], "who_of": rng.choice(self._of), "who_cap": self._cap[i % len(self._cap)]}


def subjects(province: str, own: str | None) -> dict[str, Subj]:
    kind = province_kind(province)
    has_special = any(c.startswith("Đặc khu") for c in communes_of(province))
    communes_word = "các xã, phường, đặc khu" if has_special else "các xã, phường"
    out = {
        "city": Subj("city", [f"toàn {kind}"], [f"của toàn {kind}", f"toàn {kind}", f"trên địa bàn {kind}"]),
        "departments": Subj("departments", ["các Sở, ban, ngành", "cấp tỉnh", "khối sở, ban, ngành"],
                            ["của các Sở, ban, ngành", "của cấp tỉnh", "khối sở, ngành"],
                            ["Các Sở, ban, ngành", "Cấp tỉnh (các sở, ban, ngành)", "Khối sở, ban, ngành"]),
        "communes": Subj("communes", [communes_word, "cấp xã"],
                         [f"của {communes_word}", "của cấp xã", "cấp xã"],
                         [cap_first(communes_word), "Cấp xã"]),
    }
    if own:
        word = prefix_of(own).lower()
        out["self"] = Subj("self", [f"UBND {word}", f"Ủy ban nhân dân {word}", f"{word} {bare(own)}"],
                           [f"của {word}", f"trên địa bàn {word}", f"của {word} {bare(own)}"])
    return out


def unit_key(name: str) -> str:
    return f"unit:{name}"


# --------------------------------------------------------------------------- drawing numbers

def complement_pair(rng, total_base: int, late: int, places: int) -> tuple[int, Decimal, Decimal]:
    """Adjust `late` until the rounded on-time and late shares of `total_base` add to exactly 100."""
    while True:
        on = percent(total_base - late, total_base, places)
        lt = percent(late, total_base, places)
        if on + lt == 100:
            return late, on, lt
        late += 1


def draw_counts(rng, scale: int, carried: bool, rw: bool) -> dict:
    online = int(scale * rng.uniform(0.5, 1.0))
    offline = int(scale * rng.uniform(0.03, 0.4))
    carry = rng.randint(3, max(4, scale // 12)) if carried else 0
    received = online + offline + carry
    pending_late = rng.randint(0, max(1, scale // 400))
    pending_on_time = rng.randint(5, max(6, scale // 8))
    pending = pending_on_time + pending_late
    resolved = received - pending
    rejected = rng.randint(0, 4) if rw else 0
    withdrawn = rng.randint(0, 4) if rw else 0
    base = resolved - rejected - withdrawn
    late, on_pct, late_pct = complement_pair(rng, base, rng.randint(0, max(1, base // 60)), 2)
    in_time = base - late
    on_time = rng.randint(0, max(1, in_time // 40))
    early = in_time - on_time
    return dict(online=online, offline=offline, carried=carry, received=received, pending=pending,
                pending_on_time=pending_on_time, pending_late=pending_late, resolved=resolved,
                rejected=rejected, withdrawn=withdrawn, base=base, late=late, in_time=in_time,
                on_time=on_time, early=early, on_pct=on_pct, late_pct=late_pct)


def wrong_percent(rng, right: Decimal, trunc: Decimal, places: int) -> Decimal:
    while True:
        delta = quant(Decimal(rng.uniform(0.6, 4.5)), places) * rng.choice([-1, 1])
        wrong = right + delta
        if Decimal(0) < wrong < Decimal(100) and wrong not in (right, trunc):
            return wrong


def invented_name(rng, province: str) -> str:
    """A commune name that is on no list and is not close to any unit of the province."""
    pool = sorted(all_unit_names())
    here = [fold(bare(c)) for c in communes_of(province)]
    for _ in range(500):
        a, b = bare(rng.choice(pool)).split(" "), bare(rng.choice(pool)).split(" ")
        if len(a) < 2 or len(b) < 2:
            continue
        candidate = f"{a[0]} {b[-1]}"
        full_x, full_p = f"Xã {candidate}", f"Phường {candidate}"
        if full_x in all_unit_names() or full_p in all_unit_names():
            continue
        best = max(difflib.SequenceMatcher(None, fold(candidate), h).ratio() for h in here)
        if best < 0.7:
            return candidate
    return "Tân Mỹ Thạnh Lợi"


def near_miss(rng, own: str, province: str) -> str:
    """The own unit's bare name with one tone mark or vowel changed; not a unit of the province."""
    name = bare(own)
    here = {bare(c) for c in communes_of(province)}
    tones = "\u0300\u0301\u0303\u0309\u0323"
    decomposed = unicodedata.normalize("NFD", name)
    marks = [i for i, ch in enumerate(decomposed) if ch in tones]
    if marks and rng.random() < 0.6:
        i = rng.choice(marks)
        other = rng.choice([t for t in tones if t != decomposed[i]])
        cand = unicodedata.normalize("NFC", decomposed[:i] + other + decomposed[i + 1:])
        if cand not in here and cand != name:
            return cand
    swaps = {"a": "ă", "ô": "ơ", "ơ": "ô", "i": "y", "u": "ư", "ư": "u", "o": "ô", "ê": "e"}
    for i in range(len(name) - 1, -1, -1):
        if name[i] in swaps:
            cand = name[:i] + swaps[name[i]] + name[i + 1:]
            if cand not in here:
                return cand
    return name + "h"


def plain_communes(province: str) -> list[str]:
    return [c for c in communes_of(province) if "-" not in c and not any(ch.isdigit() for ch in c)]


def written_unit(rng, name: str) -> str:
    """A unit as reports write it: 'Xã An Phú' or 'xã An Phú'."""
    return name if rng.random() < 0.5 else lower_first(name)


# --------------------------------------------------------------------------- shared pieces

def header(d: Doc, mistake: str | None, period: tuple[dt.date, dt.date], issued: dt.date) -> None:
    rng = d.rng
    start, end = period
    kind_up = province_kind(d.province).upper()
    if d.register == "commune_report":
        issuer = ["ỦY BAN NHÂN DÂN", d.own.upper()]
        symbol, doc_type = "BC-UBND", "BÁO CÁO"
        place = bare(d.own)
    elif d.register == "weekly_notice":
        issuer = [f"UBND {kind_up} {short_province(d.province).upper()}", "VĂN PHÒNG"]
        symbol, doc_type = "TB-VP", "THÔNG BÁO"
        place = short_province(d.province)
    else:
        issuer = ["ỦY BAN NHÂN DÂN", d.province.upper()]
        symbol, doc_type = "BC-UBND", "BÁO CÁO"
        place = short_province(d.province)
    number = f"{rng.randint(2, 480)}/{symbol}"
    plant_number = None
    if mistake == "draft_incomplete":  # the number's symbol names another kind of document
        wrong = {"BC-UBND": ["TB-UBND", "KH-UBND", "QĐ-UBND"], "TB-VP": ["BC-VP", "KH-VP"]}[symbol]
        number = f"{number.split('/')[0]}/{rng.choice(wrong)}"
        plant_number = {"code": mistake, "stated": None, "figure": number,
                        "note": f"a {doc_type} numbered with the symbol of another document type"}
    motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    if rng.random() < 0.5:
        d.add(f"{issuer[0]} {motto[0]}", f"{issuer[1]} {motto[1]}")
    else:
        d.add(*issuer, *motto)
    date_text = f"ngày {issued.day:02d} tháng {issued.month:02d} năm {issued.year}"
    number_line = f"Số: {number}"
    if plant_number:
        plant_number["text"] = number_line
        d.mistakes.append(plant_number)
    d.add(number_line)
    date_line_idx = len(d.lines)
    d.add(f"{place}, {date_text}")
    d.not_fact(number, "reference")
    d.not_fact(date_text, "date")
    d.add(doc_type)
    if d.register == "commune_report":
        d.add(f"Tình hình, kết quả công tác cải cách thủ tục hành chính tháng {end.month:02d} năm "
              f"{end.year} trên địa bàn {lower_first(d.own)}")
    elif d.register == "weekly_notice":
        d.add("Tình hình, kết quả thực hiện một số chỉ tiêu về công tác cải cách, kiểm soát thủ tục "
              "hành chính và giải quyết thủ tục hành chính")
    else:
        quarter = (end.month - 1) // 3 + 1
        d.add(f"Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, cơ chế một cửa, "
              f"một cửa liên thông Quý {'I II III IV'.split()[quarter - 1]} năm {end.year}",
              "Kính gửi: Văn phòng Chính phủ")
    s_text, e_text = fmt_date(start, rng), fmt_date(end, rng)
    related = None
    if mistake == "date_inconsistency":
        variant = rng.choice(["swap", "early_issue", "impossible"])
        if variant == "impossible" and (end.month == 2 or end.month in (4, 6, 9, 11)):
            days = 29 if end.month == 2 else 31  # 2025 and 2026 are not leap years
            e_text = f"{days}/{end.month:02d}/{end.year}"
            mk = {"code": mistake, "stated": None, "figure": e_text, "note": "impossible date"}
        elif variant == "early_issue":
            bad = end - dt.timedelta(days=rng.randint(1, 4))
            bad_text = f"ngày {bad.day:02d} tháng {bad.month:02d} năm {bad.year}"
            d.lines[date_line_idx] = f"{place}, {bad_text}"
            d.not_facts[-1]["text"] = bad_text
            d.mistakes.append({"code": mistake, "stated": None, "figure": bad_text,
                               "text": d.lines[date_line_idx], "related_figure": e_text,
                               "note": "the document is dated before its period ends"})
            mk = None
        else:
            s_text, e_text = e_text, s_text
            mk = {"code": mistake, "stated": None, "figure": s_text, "related_figure": e_text,
                  "note": "the period ends before it starts"}
        related = mk
    fields = {"start": s_text, "end": e_text}
    if related:
        d.emit("period", fields, plant=("end" if related["figure"] == e_text else "start", related))
    else:
        d.emit("period", fields)
    d.not_fact(s_text, "date")
    d.not_fact(e_text, "date")


def reference(d: Doc, issued: dt.date) -> None:
    ref_date = issued - dt.timedelta(days=d.rng.randint(20, 120))
    ref = f"{d.rng.randint(100, 3999)}/{d.pick(['UBND-TTPVHCC', 'KH-UBND', 'UBND-KSTT', 'QĐ-UBND'])}"
    date_text = fmt_date(ref_date, d.rng)
    d.emit("reference", {"ref": ref, "date": date_text, "province_lower": lower_first(d.province)})
    d.not_fact(ref, "reference")
    d.not_fact(date_text, "date")


def footer(d: Doc, mistake: str | None, closing_construct: str, own_written: str) -> None:
    rng = d.rng
    mk = None
    if mistake == "inconsistent_name":
        variant = near_miss(rng, d.own, d.province)
        own_written = f"{prefix_of(d.own).lower()} {variant}"
        mk = {"code": mistake, "stated": None, "figure": variant,
              "note": f"the document names itself {d.own} elsewhere"}
    fields = {"own_written": own_written, "own_written_cap": cap_first(own_written),
              "province_lower": lower_first(d.province)}
    d.emit(closing_construct, fields, plant=("own_written" if mk else None, mk) if mk else None,
           template=rng.choice([t for t in PHRASINGS[closing_construct] if "{own_written}" in t])
           if mk else None)
    recipients = {"commune_report": ["- UBND thành phố (để b/c);", "- Văn phòng UBND thành phố;", "- Lưu: VT."],
                  "weekly_notice": ["- Chủ tịch, các PCT UBND thành phố (để b/c);", "- Các Sở, ban, ngành;",
                                    "- UBND các xã, phường, đặc khu;", "- Lưu: VT."],
                  "quarterly_report": ["- Như trên;", "- Chủ tịch, các PCT UBND thành phố;",
                                       "- Văn phòng UBND thành phố;", "- Lưu: VT."]}[d.register]
    if province_kind(d.province) == "tỉnh":
        recipients = [r.replace("thành phố", "tỉnh") for r in recipients]
    d.add("Nơi nhận:", *recipients)
    if d.register == "weekly_notice":
        d.add("KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")
    else:
        d.add("TM. ỦY BAN NHÂN DÂN", *rng.choice([["CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]]))
    d.add(rng.choice(SIGNERS))


def prose(d: Doc, n: int = 1) -> None:
    unused = [t for t in PHRASINGS["prose"] if t not in d.lines]
    for text in d.rng.sample(unused, n):
        d.add(text, prose=True)


def label_fields(d: Doc, indicator: str) -> dict:
    label = d.pick(PHRASINGS["rate_labels"][indicator])
    return {"label": label, "label_lower": lower_first(label)}


def rate_fact(indicator: str, subject: str, value, n=None, m=None) -> dict:
    return {"kind": "rate", "indicator": indicator, "subject": subject, "value": value,
            "numerator": n, "denominator": m}


def count_fact(indicator: str, subject: str, value) -> dict:
    return {"kind": "count", "indicator": indicator, "subject": subject, "value": value}


# --------------------------------------------------------------------------- statements

def stmt_received(d: Doc, subj: Subj, c: dict) -> None:
    s = subj.key
    f = {**subj.fields(d.rng), "received": fmt_int(c["received"]), "online": fmt_int(c["online"]),
         "offline": fmt_int(c["offline"]), "carried": fmt_int(c["carried"])}
    facts = {"received": count_fact("received_total", s, c["received"]),
             "online": count_fact("received_online", s, c["online"]),
             "offline": count_fact("received_offline", s, c["offline"])}
    if c["carried"]:
        facts["carried"] = count_fact("received_carried_over", s, c["carried"])
        d.emit("received_parts", f, facts)
        return
    places = 2
    on = percent(c["online"], c["received"], places)
    off = percent(c["offline"], c["received"], places)
    tpls = PHRASINGS["received_shares"]
    if on + off != 100:  # the two rounded shares would not complement: write only the online one
        tpls = [t for t in tpls if "{offline_share}" not in t]
    f.update(online_share=fmt_dec(on, places), offline_share=fmt_dec(off, places))
    facts["online_share"] = rate_fact("received_online_share", s, on, c["online"], c["received"])
    facts["offline_share"] = rate_fact("received_offline_share", s, off, c["offline"], c["received"])
    d.emit("received_shares", f, facts, template=d.pick(tpls))


def stmt_resolved(d: Doc, subj: Subj, c: dict, construct: str) -> None:
    s = subj.key
    f = {**subj.fields(d.rng), "resolved": fmt_int(c["resolved"]), "early": fmt_int(c["early"]),
         "on_time": fmt_int(c["on_time"]), "late": fmt_int(c["late"]), "rejected": fmt_int(c["rejected"]),
         "withdrawn": fmt_int(c["withdrawn"]), "in_time": fmt_int(c["in_time"])}
    facts = {"resolved": count_fact("resolved_total", s, c["resolved"]),
             "early": count_fact("resolved_early", s, c["early"]),
             "on_time": count_fact("resolved_on_time", s, c["on_time"]),
             "late": count_fact("resolved_late", s, c["late"]),
             "rejected": count_fact("resolved_rejected", s, c["rejected"]),
             "withdrawn": count_fact("resolved_withdrawn", s, c["withdrawn"]),
             "in_time": count_fact("resolved_in_time", s, c["in_time"])}
    if construct == "resolved_in_time":
        assert c["rejected"] == c["withdrawn"] == 0
        f.update(in_time_share=fmt_dec(c["on_pct"], 2), late_share=fmt_dec(c["late_pct"], 2))
        facts["in_time_share"] = rate_fact("resolved_on_time", s, c["on_pct"], c["in_time"], c["resolved"])
        facts["late_share"] = rate_fact("resolved_late", s, c["late_pct"], c["late"], c["resolved"])
    d.emit(construct, f, facts)


def stmt_pending(d: Doc, subj: Subj, c: dict, mistake: str | None) -> None:
    s = subj.key
    pending, on_time = c["pending"], c["pending_on_time"]
    plant = None
    if mistake == "balance_mismatch":
        extra = d.rng.randint(3, 40)
        pending, on_time = pending + extra, on_time + extra  # the pending parts still add up
        plant = ("pending", {"code": mistake, "stated": pending,
                             "note": f"received {c['received']} = resolved {c['resolved']} + pending "
                                     f"{c['pending']}, not {pending}"})
    f = {**subj.fields(d.rng), "pending": fmt_int(pending), "pending_on_time": fmt_int(on_time),
         "pending_late": fmt_int(c["pending_late"])}
    d.emit("pending_parts", f, {"pending": count_fact("pending_total", s, pending),
                                "pending_on_time": count_fact("pending_on_time", s, on_time),
                                "pending_late": count_fact("pending_late", s, c["pending_late"])}, plant=plant)


def stmt_xy_rate(d: Doc, construct: str, subj: Subj, indicator: str, n: int, m: int, plant_ratio: bool,
                 places: int = 2, extra: dict | None = None, extra_facts: dict | None = None,
                 extra_plant=None) -> None:
    right = percent(n, m, places)
    stated = right
    plant = extra_plant
    if plant_ratio:
        stated = wrong_percent(d.rng, right, truncated(n, m, places), places)
        plant = ("rate", {"code": "ratio_mismatch", "stated": num(stated),
                          "note": f"{fmt_int(n)}/{fmt_int(m)} is {fmt_dec(right, places)}%"})
    f = {**subj.fields(d.rng), "rate": fmt_dec(stated, places), "num": fmt_int(n), "den": fmt_int(m)}
    if indicator in PHRASINGS["rate_labels"]:
        f.update(label_fields(d, indicator))
    f.update(extra or {})
    facts = {"rate": rate_fact(indicator, subj.key, stated, n, m)}
    facts.update(extra_facts or {})
    d.emit(construct, f, facts, plant=plant)


def stmt_bare_rate(d: Doc, subj: Subj, indicator: str, value: Decimal, places: int = 2) -> None:
    f = {**subj.fields(d.rng), **label_fields(d, indicator), "rate": fmt_dec(value, places)}
    d.emit("bare_rate", f, {"rate": rate_fact(indicator, subj.key, value)})
    d.stated.add((indicator, subj.key))


def stmt_repeat(d: Doc, subj: Subj, indicator: str, value: Decimal, mistake: str | None) -> None:
    stated, plant = value, None
    if mistake == "repeated_value_mismatch":
        stated = value + quant(Decimal(d.rng.uniform(1.0, 6.0)), 2) * (1 if value < 90 else -1)
        plant = ("rate", {"code": mistake, "stated": num(stated),
                          "note": f"stated as {fmt_dec(value, 2)}% earlier in the document"})
    f = {**subj.fields(d.rng), **label_fields(d, indicator), "rate": fmt_dec(stated, 2)}
    d.emit("repeat_rate", f, {"rate": rate_fact(indicator, subj.key, stated)}, plant=plant)


def stmt_claim(d: Doc, subj: Subj, indicator: str, mistake: str | None) -> None:
    target = d.pick([60, 70, 80, 90])
    conflict = mistake == "target_conflict"
    met = d.rng.random() < 0.6
    if met != conflict:  # the value meets the target
        value = quant(Decimal(d.rng.uniform(target + 2, 99.5)), 2)
    else:
        value = quant(Decimal(d.rng.uniform(target - 25, target - 2)), 2)
    claim = d.pick(PHRASINGS["claim_met" if met else "claim_not_met"])
    plant = None
    if conflict:
        plant = ("rate", {"code": mistake, "stated": num(value),
                          "note": f"{fmt_dec(value, 2)}% against a target of {target}%, yet the text "
                                  f"says '{claim}'"})
    f = {**subj.fields(d.rng), **label_fields(d, indicator), "rate": fmt_dec(value, 2),
         "target": str(target), "claim": claim}
    d.emit("claimed_rate", f, {"rate": rate_fact(indicator, subj.key, value)}, plant=plant)
    d.not_fact(f"{target}%", "target")
    d.stated.add((indicator, subj.key))


def stmt_score(d: Doc, subj: Subj, who: str, field: int, field_noun: str, mistake: str | None) -> None:
    rng = d.rng
    places = rng.choice([1, 2])
    parts = []
    for ind, mx in SCORE_PARTS:
        parts.append((ind, mx, quant(Decimal(rng.uniform(0.6, 1.0) * mx), places)))
    total = sum(p[2] for p in parts)
    stated = total
    plant = None
    if mistake == "score_sum_mismatch":
        stated = total + quant(Decimal(rng.uniform(0.5, 4.0)), places) * rng.choice([-1, 1])
        plant = ("total", {"code": mistake, "stated": num(stated),
                           "note": f"the parts add up to {fmt_dec(total, places)}"})
    rank = rng.randint(1, field)
    f = {"who": who, "who_cap": cap_first(who), "total": fmt_dec(stated, places), "rank": str(rank),
         "field": str(field), "field_noun": field_noun}
    d.emit("score_total", f, {"total": {"kind": "score", "indicator": "index_766_total",
                                                "subject": subj.key, "value": stated},
                                      "rank": {"kind": "rank", "indicator": "index_766_rank",
                                               "subject": subj.key, "value": rank, "denominator": field}},
                  plant=plant)
    if "/100" in d.lines[-1]:
        next(fact for fact in d.facts if fact["indicator"] == "index_766_total")["maximum"] = 100
    inline = rng.random() < 0.35
    line_tpl = rng.choice(PHRASINGS["score_part_line"])  # one layout for the whole list
    item_tpl = rng.choice(PHRASINGS["score_part_inline"])
    items = []
    for ind, mx, value in parts:
        name = rng.choice(PHRASINGS["score_names"][ind])
        pf = {"name": name, "value": fmt_dec(value, places), "max": str(mx)}
        if inline:
            items.append(item_tpl.format(**pf))
        else:
            d.emit("score_part_line", pf, template=line_tpl)
        d.fact("score", ind, subj.key, value, text=pf["value"], maximum=mx)
        d.not_fact(f"{mx}", "maximum")
    if inline:
        d.emit("score_parts_inline", {"parts": "; ".join(items)})


def stmt_feedback(d: Doc, subj: Subj, mistake: str | None) -> None:
    rng = d.rng
    new, carried = rng.randint(2, 60), rng.randint(0, 25)
    resolved = rng.randint(0, new + carried)
    pending = new + carried - resolved
    stated_resolved, plant = resolved, None
    if mistake == "balance_mismatch":
        stated_resolved = resolved + rng.randint(2, 9)
        plant = ("resolved", {"code": mistake, "stated": stated_resolved,
                              "note": f"{new} new + {carried} carried over = {new + carried}, "
                                      f"not {stated_resolved} resolved + {pending} pending"})
    s = subj.key
    d.emit("feedback", {"new": str(new), "carried": str(carried), "resolved": str(stated_resolved),
                        "pending": str(pending)},
           {"new": count_fact("feedback_new", s, new), "carried": count_fact("feedback_carried_over", s, carried),
            "resolved": count_fact("feedback_resolved", s, stated_resolved),
            "pending": count_fact("feedback_pending", s, pending)}, plant=plant)


def stmt_procedures(d: Doc, subj: Subj, scale: int, mistake: str | None) -> None:
    rng = d.rng
    full = rng.randint(scale // 4, scale // 2)
    partial = rng.randint(scale // 5, scale // 3)
    other = rng.randint(10, scale // 4)
    total = full + partial + other
    stated, plant = total, None
    if mistake == "sum_mismatch":
        stated = total + rng.randint(3, 40) * rng.choice([-1, 1])
        plant = ("total", {"code": mistake, "stated": stated,
                           "note": f"{full} + {partial} + {other} = {total}"})
    s = subj.key
    d.emit("procedures", {"total": fmt_int(stated), "full": fmt_int(full), "partial": fmt_int(partial),
                          "other": fmt_int(other)},
           {"total": count_fact("procedures_total", s, stated),
            "full": count_fact("procedures_full_online", s, full),
            "partial": count_fact("procedures_partial_online", s, partial),
            "other": count_fact("procedures_not_online", s, other)}, plant=plant)


def stmt_extras(d: Doc, subj: Subj, on_rate: Decimal | None, received: int | None, year: int) -> None:
    """A change, a bound and an approximation: none of them is a level fact (left out of plain reports)."""
    rng = d.rng
    if d.plain:
        return
    ch = {"pct": fmt_dec(quant(Decimal(rng.uniform(1, 25)), 1), 1), "count": fmt_int(rng.randint(12, 900)),
          "year": str(year - 1)}
    tpl = rng.choice(PHRASINGS["change"])
    d.emit("change", ch, template=tpl)
    d.not_fact(ch["pct"] + "%" if "{pct}" in tpl else ch["count"], "change")
    if on_rate is not None and on_rate > 80:
        bound = int(on_rate) - rng.randint(1, 5)
        d.emit("bound", {**subj.fields(rng), "bound": str(bound)})
        d.not_fact(f"trên {bound}%", "bound")
    if received:
        approx = fmt_int(max(10, round(received / rng.choice([20, 30, 60]), -1)))
        d.emit("approx", {**subj.fields(rng), "approx": approx})
        d.not_fact(approx, "approx")


def unit_list(d: Doc, names_values: list[tuple[str, Decimal]], exhaustive: bool, noun: str,
              indicator: str, plant: tuple[int, dict] | None = None) -> None:
    """'Các địa phương chưa đạt chỉ tiêu: Xã A (42,70%), ...'; `plant` = (item index, mistake)."""
    rng = d.rng
    item_tpl = rng.choice(PHRASINGS["unit_item"])
    items = []
    for i, (name, value) in enumerate(names_values):
        shown = name if name.startswith("Sở") else written_unit(rng, name)
        vtext = fmt_dec(value, 2)
        if plant and plant[0] == i:
            mk = plant[1]
            if mk["code"] == "unknown_unit":
                mk["figure"] = bare(name)
            else:
                mk["figure"] = vtext
            items.append(item_tpl.format(name=shown, value=vtext))
        else:
            items.append(item_tpl.format(name=shown, value=vtext))
        d.fact("rate", indicator, unit_key(name), value, text=vtext)
    construct = "unit_list_failing" if exhaustive else "unit_list_lowest"
    f = {"items": ", ".join(items), "noun": noun, "noun_cap": cap_first(noun), "count": str(len(items))}
    tpl = rng.choice(PHRASINGS[construct])
    if "{count}" in tpl:
        d.not_fact(f"{len(items)} {noun}", "count_of_things")
    line = tpl.format(**f)
    if plant:
        plant[1]["text"] = line
        d.mistakes.append(plant[1])
    d.add(line)


# --------------------------------------------------------------------------- per-level section

def level_section(d: Doc, subs: dict, indicator: str, heading: str, levels: dict, target: int,
                  mistake: str | None, ratio_site: str | None, with_units: bool) -> None:
    """A city section: the city's x/y, then the departments' and the communes' lines with unit counts
    and (for communes) the units that fail the target."""
    rng = d.rng
    d.add(f"{heading} (chỉ tiêu giao ≥ {target}%)")
    d.not_fact(f"≥ {target}%", "target")
    city_n = levels["departments"][0] + levels["communes"][0]
    city_m = levels["departments"][1] + levels["communes"][1]
    construct = "online_rate" if indicator == "online_submission" else "indicator_rate"
    stmt_xy_rate(d, construct, subs["city"], indicator, city_n, city_m, ratio_site == "city")
    d.add("trong đó:")
    province_units = plain_communes(d.province)
    n_communes = len(communes_of(d.province))
    for level in ("departments", "communes"):
        n, m = levels[level]
        if level == "departments":
            pool = rng.sample(DEPARTMENTS, rng.randint(9, len(DEPARTMENTS)))
            total, noun = len(pool), "đơn vị"
            failing_n = rng.randint(0, 2)
        else:
            pool = province_units
            total, noun = n_communes, rng.choice(["địa phương", "xã, phường"])
            failing_n = rng.randint(2, 6)
        failing = rng.sample(pool, failing_n)
        values = sorted(quant(Decimal(rng.uniform(8, target - 1.5)), 2) for _ in failing)
        named = list(zip(failing, values))
        exhaustive = level == "departments" or rng.random() < 0.6
        met, shown_total = total - failing_n, total
        lst_plant = None
        count_plant = None
        if with_units and level == "communes":
            if mistake == "unit_count_mismatch":
                if exhaustive and rng.random() < 0.5:  # x contradicts the units listed
                    met = total - failing_n - rng.randint(1, 3)
                    count_plant = {"code": mistake, "stated": met,
                                   "note": f"{failing_n} units listed as failing of {total}"}
                else:  # y contradicts the province's number of communes
                    shown_total = total + rng.choice([-1, 1]) * rng.randint(2, 9)
                    met = shown_total - failing_n
                    count_plant = {"code": mistake, "stated": shown_total,
                                   "note": f"{d.province} has {total} communes"}
            elif mistake == "target_conflict":  # a unit listed as failing meets the target
                exhaustive = True
                good = rng.choice([u for u in pool if u not in failing])
                value = quant(Decimal(rng.uniform(target + 1, 99)), 2)
                named.append((good, value))
                failing_n += 1
                met = total - failing_n
                lst_plant = (len(named) - 1, {"code": mistake, "stated": num(value),
                                              "note": f"{good} ({fmt_dec(value, 2)}%) meets ≥ {target}%"})
            elif mistake == "unknown_unit":
                i = rng.randrange(len(named))
                fake = f"{prefix_of(named[i][0])} {invented_name(rng, d.province)}"
                named[i] = (fake, named[i][1])
                lst_plant = (i, {"code": mistake, "stated": None,
                                 "note": f"no unit of {d.province} is called {fake}"})
        f = {**subs[level].fields(rng), "noun": noun, "met": str(met), "total": str(shown_total)}
        facts = {"met": {"kind": "unit_count", "indicator": "units_meeting_target", "subject": level,
                         "value": met, "numerator": met, "denominator": shown_total}}
        plant_ratio = ratio_site == level
        extra_plant = None
        if count_plant:
            count_plant["figure"] = f"{met}/{shown_total}"
            extra_plant = ("met", count_plant)
        # the count's figure is "met/total": mark the pair
        if extra_plant:
            tpl = rng.choice(PHRASINGS["level_rate"])
            tpl = tpl.replace("{met}/{total}", "{pair}")
            f["pair"] = f"{met}/{shown_total}"
            extra_plant = ("pair", count_plant)
            facts = {"pair": facts["met"]}
            _emit_level(d, tpl, subs[level], indicator, n, m, f, facts, extra_plant)
        else:
            stmt_xy_rate(d, "level_rate", subs[level], indicator, n, m, plant_ratio, extra=f,
                         extra_facts=facts)
        if named and (level == "communes" or exhaustive):
            unit_list(d, named, exhaustive, noun if level == "communes" else "đơn vị", indicator, lst_plant)


def _emit_level(d: Doc, tpl: str, subj: Subj, indicator: str, n: int, m: int, f: dict, facts: dict,
                plant) -> None:
    rate = percent(n, m, 2)
    f = {**f, "rate": fmt_dec(rate, 2), "num": fmt_int(n), "den": fmt_int(m)}
    d.emit("level_rate", f, {"rate": rate_fact(indicator, subj.key, rate, n, m), **facts}, plant=plant,
           template=tpl)


def draw_levels(rng, lo: int, hi: int, share: tuple[float, float]) -> dict:
    dep_m = rng.randint(lo // 6, hi // 5)
    com_m = rng.randint(lo, hi)
    dep_n = int(dep_m * rng.uniform(0.62, 0.95))
    com_n = int(com_m * rng.uniform(*share))
    return {"departments": (dep_n, dep_m), "communes": (com_n, com_m)}


# --------------------------------------------------------------------------- registers

def weekly_notice(d: Doc, mistake: str | None, issued: dt.date, period) -> None:
    rng = d.rng
    subs = subjects(d.province, None)
    reference(d, issued)
    d.add("Văn phòng Ủy ban nhân dân tổng hợp tình hình, kết quả thực hiện như sau:", prose=True)
    d.add("1. Kết quả thực hiện một số chỉ tiêu về công tác cải cách, kiểm soát thủ tục hành chính")
    ratio_site = rng.choice(["city", "departments", "communes"]) if mistake == "ratio_mismatch" else None
    ratio_in_second = ratio_site and rng.random() < 0.5
    unit_in_second = rng.random() < 0.5
    m1 = mistake if mistake in ("unit_count_mismatch", "unknown_unit") and not unit_in_second else None
    tc_list = mistake == "target_conflict" and rng.random() < 0.5
    level_section(d, subs, "online_submission", "1.1. Tỷ lệ nộp hồ sơ trực tuyến",
                  draw_levels(rng, 8000, 60000, (0.7, 0.97)), rng.choice([50, 60, 70]),
                  m1 or ("target_conflict" if tc_list else None),
                  None if ratio_in_second else ratio_site, True)
    m2 = mistake if mistake in ("unit_count_mismatch", "unknown_unit") and unit_in_second else None
    level_section(d, subs, "online_payment", "1.2. Tỷ lệ thanh toán trực tuyến",
                  draw_levels(rng, 5000, 40000, (0.8, 0.99)), rng.choice([50, 60, 80]), m2,
                  ratio_site if ratio_in_second else None, True)
    d.add("1.3. Các chỉ tiêu khác")
    bare_ind, values = bare_rates(d, subs, [i for i in BARE_INDICATORS if i != "online_payment"], mistake, tc_list)
    if mistake == "sum_mismatch" or rng.random() < 0.5:
        d.add("1.4. Công bố, công khai thủ tục hành chính")
        stmt_procedures(d, subs["city"], rng.randint(1800, 2400), mistake)
    d.add("2. Tiến độ giải quyết hồ sơ")
    on_rates = {}
    comp_site = rng.choice(["city", "departments", "communes"]) if mistake == "complement_mismatch" else None
    for level in ("city", "departments", "communes"):
        on = quant(Decimal(rng.uniform(95, 99.9)), 2)
        late = 100 - on
        plant = None
        if comp_site == level:
            late = late + quant(Decimal(rng.uniform(0.5, 3)), 2)
            plant = ("late", {"code": "complement_mismatch", "stated": num(late),
                              "note": f"{fmt_dec(on, 2)}% + {fmt_dec(late, 2)}% ≠ 100%"})
        on_rates[level] = on
        f = {**subs[level].fields(rng), "on": fmt_dec(on, 2), "late": fmt_dec(late, 2)}
        d.emit("ontime_late_rates", f, {"on": rate_fact("resolved_on_time", level, on),
                                        "late": rate_fact("resolved_late", level, late)}, plant=plant)
    d.add("3. Kết quả đánh giá theo Bộ chỉ số 766")
    city_tail(d, subs, mistake, period, on_rates["city"], None, "4. Tồn tại, hạn chế",
              bare_ind, values, "notice_closing")


def bare_rates(d: Doc, subs, pool: list, mistake, tc_list: bool) -> tuple[list, dict]:
    """Two rates stated alone (drawn from ``pool``) and, now and then, a third with a claim about
    its target; returns the two and their values."""
    rng = d.rng
    bare_ind = rng.sample(pool, 2)
    values = {}
    for ind in bare_ind:
        values[ind] = quant(Decimal(rng.uniform(70, 99.8)), 2)
        stmt_bare_rate(d, subs["city"], ind, values[ind])
    if (mistake == "target_conflict" and not tc_list) or rng.random() < 0.3:
        other = [i for i in ["digitization", "system_update", "digital_reuse"] if i not in bare_ind][0]
        stmt_claim(d, subs["city"], other, mistake if mistake == "target_conflict" and not tc_list else None)
    return bare_ind, values


def city_tail(d: Doc, subs, mistake, period, on_rate, received, issues_heading, bare_ind, values,
              closing) -> None:
    """The close of a city's notice or report: its 766 score, the extras, the shortcomings (with a
    restated figure now and then) and the signature block."""
    rng = d.rng
    stmt_score(d, subs["city"], f"{province_kind(d.province)} {short_province(d.province)}", 34,
               "tỉnh, thành phố", mistake)
    if received is None:  # drawn here, after the score, as the notice always drew it
        received = rng.randint(20000, 60000)
    stmt_extras(d, subs["city"], on_rate, received, period[1].year)
    d.add(issues_heading)
    prose(d, 1)
    if mistake == "repeated_value_mismatch" or rng.random() < 0.4:
        ind = rng.choice(bare_ind)
        stmt_repeat(d, subs["city"], ind, values[ind], mistake)
    footer(d, mistake, closing, lower_first(d.province))


def quarterly_report(d: Doc, mistake: str | None, issued: dt.date, period) -> None:
    rng = d.rng
    subs = subjects(d.province, None)
    reference(d, issued)
    d.add(f"Ủy ban nhân dân {lower_first(d.province)} báo cáo tình hình, kết quả thực hiện như sau:",
          prose=True)
    d.add("I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN", "1. Công bố, công khai thủ tục hành chính")
    stmt_procedures(d, subs["city"], rng.randint(1800, 2400), mistake)
    d.add("2. Kết quả giải quyết thủ tục hành chính")
    levels = {}
    for level, scale in (("departments", rng.randint(8000, 30000)), ("communes", rng.randint(40000, 150000))):
        levels[level] = draw_counts(rng, scale, carried=True, rw=False)
    city = {k: levels["departments"][k] + levels["communes"][k]
            for k in ("online", "offline", "carried", "received", "pending", "pending_on_time",
                      "pending_late", "resolved", "rejected", "withdrawn", "late", "in_time", "on_time",
                      "early")}
    stmt_received(d, subs["city"], city)
    stmt_resolved(d, subs["city"], city, "resolved_parts")
    stmt_pending(d, subs["city"], city, mistake)
    ratio_site = rng.choice(["city", "departments", "communes"]) if mistake == "ratio_mismatch" else None
    stmt_xy_rate(d, "online_rate", subs["city"], "online_submission", city["online"],
                 city["online"] + city["offline"], ratio_site == "city")
    d.add("3. Kết quả giải quyết theo cấp")
    for level in ("departments", "communes"):
        c = levels[level]
        f = {**subs[level].fields(rng), "received": fmt_int(c["received"])}
        d.add(f"- {f['who_cap']}: tiếp nhận {f['received']} hồ sơ.")
        d.fact("count", "received_total", level, c["received"], text=f["received"])
        stmt_resolved(d, subs[level], c, "resolved_in_time")
    d.add("4. Thực hiện thủ tục hành chính trên môi trường điện tử")
    unit_mistake = mistake if mistake in ("unit_count_mismatch", "unknown_unit") else None
    tc_list = mistake == "target_conflict" and rng.random() < 0.5
    level_section(d, subs, "online_payment", "4.1. Tỷ lệ thanh toán trực tuyến",
                  draw_levels(rng, 20000, 90000, (0.8, 0.99)), rng.choice([50, 60, 80]),
                  unit_mistake or ("target_conflict" if tc_list else None),
                  ratio_site if ratio_site in ("departments", "communes") else None, True)
    bare_ind, values = bare_rates(d, subs, ["digitization", "system_update", "digital_reuse"], mistake, tc_list)
    d.add("5. Tiếp nhận, xử lý phản ánh, kiến nghị")
    stmt_feedback(d, subs["city"], None)
    d.add("6. Bộ chỉ số chỉ đạo, điều hành (Quyết định số 766/QĐ-TTg)")
    d.not_fact("766/QĐ-TTg", "reference")
    city_tail(d, subs, mistake, period, None, city["received"], "II. TỒN TẠI, HẠN CHẾ", bare_ind, values, "closing")


def commune_report(d: Doc, mistake: str | None, issued: dt.date, period) -> dict:
    rng = d.rng
    subs = subjects(d.province, d.own)
    me = subs["self"]
    reference(d, issued)
    d.add("I. KẾT QUẢ THỰC HIỆN", "1. Công tác chỉ đạo, điều hành")
    prose(d, 2)
    if mistake == "sum_mismatch" or rng.random() < 0.5:
        d.add("2. Công khai thủ tục hành chính")
        stmt_procedures(d, me, rng.randint(280, 420), mistake)
    d.add("3. Kết quả giải quyết thủ tục hành chính")
    construct = rng.choice(["resolved_parts", "resolved_parts_rw", "resolved_in_time"])
    c = draw_counts(rng, rng.randint(300, 5000), carried=d.plain or rng.random() < 0.7,
                    rw=construct == "resolved_parts_rw")
    stmt_received(d, me, c)
    stmt_resolved(d, me, c, construct)
    fb_balance = mistake == "balance_mismatch" and rng.random() < 0.4
    stmt_pending(d, me, c, None if fb_balance else mistake)
    d.add("4. Kết quả thực hiện các chỉ tiêu")
    stmt_xy_rate(d, "online_rate", me, "online_submission", c["online"], c["online"] + c["offline"],
                 mistake == "ratio_mismatch")
    if construct != "resolved_in_time":
        d.emit("ontime_rate_block", {**me.fields(rng), "on": fmt_dec(c["on_pct"], 2),
                                     "late": fmt_dec(c["late_pct"], 2)},
               {"on": rate_fact("resolved_on_time", "self", c["on_pct"]),
                "late": rate_fact("resolved_late", "self", c["late_pct"])})
    bare_ind = rng.sample(BARE_INDICATORS, 2)
    values = {}
    for ind in bare_ind:
        values[ind] = quant(Decimal(rng.uniform(65, 99.8)), 2)
        stmt_bare_rate(d, me, ind, values[ind])
    if mistake == "target_conflict" or rng.random() < 0.3:
        other = rng.choice([i for i in BARE_INDICATORS if i not in bare_ind])
        stmt_claim(d, me, other, mistake)
    d.add("5. Kết quả đánh giá theo Bộ chỉ số 766")
    word = prefix_of(d.own).lower()
    n_communes = len(communes_of(d.province))
    has_special = any(x.startswith("Đặc khu") for x in communes_of(d.province))
    stmt_score(d, me, rng.choice([f"{word} {bare(d.own)}", f"UBND {word}"]), n_communes,
               "xã, phường, đặc khu" if has_special else "xã, phường", mistake)
    d.add("6. Tiếp nhận, xử lý phản ánh, kiến nghị")
    stmt_feedback(d, me, mistake if fb_balance else None)
    stmt_extras(d, me, c["on_pct"], c["received"], period[1].year)
    d.add("II. TỒN TẠI, HẠN CHẾ")
    prose(d, 1)
    if mistake == "repeated_value_mismatch" or rng.random() < 0.4:
        ind = rng.choice(bare_ind)
        stmt_repeat(d, me, ind, values[ind], mistake)
    footer(d, mistake, "closing", lower_first(d.own))
    return c


def _period(rng, register: str) -> tuple[dt.date, dt.date]:
    if register == "weekly_notice":
        start = dt.date(2025, 7, 14) + dt.timedelta(days=rng.randint(0, 300))
        return start, start + dt.timedelta(days=6)
    if register == "quarterly_report":
        year, q = rng.choice([(2025, 3), (2025, 4), (2026, 1), (2026, 2)])
        start = dt.date(year, 3 * q - 2, 1)
        end = (dt.date(year + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(days=1))
        return start, end
    month = rng.randint(8, 17)  # August 2025 .. May 2026
    year, month = 2025 + (month - 1) // 12, (month - 1) % 12 + 1
    start = dt.date(year - (month == 1), (month - 2) % 12 + 1, 15)
    return start, dt.date(year, month, 14)


def _parse_date(text: str) -> dt.date:
    day, month, year = (int(x) for x in text.split("/"))
    return dt.date(year, month, day)


def plant_mixed_script(d: Doc) -> None:
    rng = d.rng
    for idx in rng.sample(d.prose, len(d.prose)):
        words = [w for w in d.lines[idx].split() if len(w) >= 4 and w.isalpha()
                 and any(ch in CYRILLIC for ch in w)]
        if not words:
            continue
        word = rng.choice(words)
        pos = [i for i, ch in enumerate(word) if ch in CYRILLIC]
        i = rng.choice(pos)
        mixed = word[:i] + CYRILLIC[word[i]] + word[i + 1:]
        d.lines[idx] = d.lines[idx].replace(word, mixed, 1)
        d.mistakes.append({"code": "mixed_script", "stated": None, "figure": mixed, "text": d.lines[idx],
                           "note": f"'{word[i]}' written as Cyrillic U+{ord(CYRILLIC[word[i]]):04X}"})
        return
    raise AssertionError("no prose line to plant mixed_script in")


def make_report(seed: int, mistake: str | None = None, register: str | None = None,
                province: str | None = None, period: tuple[str, str] | None = None,
                own: str | None = None, province_sections: bool | None = None,
                plain: bool = False) -> tuple[str, dict]:
    """One report and its truth. `register` is one of REGISTERS (drawn when None, among those where
    `mistake` can be planted); `province_sections=False` asks for a commune report (compatibility);
    `period` = ("dd/mm/yyyy", "dd/mm/yyyy"); `plain` uses the first wording of every construct."""
    rng = random.Random(seed)
    if province_sections is False:
        register = "commune_report"
    if register is None:
        register = rng.choice(COMPATIBLE[mistake] if mistake else REGISTERS)
    if mistake and register not in COMPATIBLE[mistake]:
        raise ValueError(f"{mistake} cannot be planted in a {register}")
    province = province or rng.choice(PROVINCES)
    if register == "commune_report" and own is None:
        own = rng.choice([c for c in plain_communes(province) if c.startswith(("Xã ", "Phường "))])
    d = Doc(rng, register, province, own if register == "commune_report" else None, plain)
    if period:
        start, end = (_parse_date(p) for p in period)
    else:
        start, end = _period(rng, register)
    issued = end + dt.timedelta(days=rng.randint(1, 9))
    header(d, mistake, (start, end), issued)
    counts = None
    if register == "weekly_notice":
        weekly_notice(d, mistake, issued, (start, end))
    elif register == "quarterly_report":
        quarterly_report(d, mistake, issued, (start, end))
    else:
        counts = commune_report(d, mistake, issued, (start, end))
    if mistake == "mixed_script":
        plant_mixed_script(d)
    assert len(d.mistakes) == (1 if mistake else 0), (mistake, d.mistakes)
    truth = {"register": register, "doc_date": issued.isoformat(), "province": province,
             "own_unit": d.own, "seed": seed, "facts": d.facts, "not_facts": d.not_facts,
             "mistakes": d.mistakes}
    if counts is not None:
        truth["counts"] = {k: v for k, v in counts.items() if isinstance(v, int)}
    return "\n".join(d.lines) + "\n", truth


# --------------------------------------------------------------------------- archives

def make_city_notice(province: str, period: tuple[str, str], communes_received: int,
                     online_rate: float) -> str:
    """A city's weekly notice stating its communes' received dossiers and its online rate."""
    rate = fmt_dec(Decimal(str(online_rate)), 2)
    return "\n".join([
        "THÔNG BÁO",
        "Tình hình, kết quả thực hiện một số chỉ tiêu về công tác cải cách thủ tục hành chính",
        f"(từ ngày {period[0]} đến ngày {period[1]})",
        f"Văn phòng Ủy ban nhân dân {lower_first(province)} tổng hợp tình hình như sau:",
        f"1. Tỷ lệ nộp hồ sơ trực tuyến của toàn thành phố đạt {rate}%.",
        f"2. Các xã, phường, đặc khu đã tiếp nhận {fmt_int(communes_received)} hồ sơ.",
        "Nơi nhận:", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An", ""])


def make_disagreeing_archive(outdir: Path, seed: int = 7, communes: int = 6) -> dict:
    """Commune reports of one period, the city's notice understating their sum, and a second
    city document restating the online rate differently. Returns the planted disagreements."""
    outdir.mkdir(parents=True, exist_ok=True)
    province, period = "Thành phố Hải Phòng", ("01/03/2026", "31/03/2026")
    names = [c for c in plain_communes(province) if c.startswith(("Xã ", "Phường "))]
    total = 0
    for i, own in enumerate(names[:communes]):
        text, truth = make_report(seed * 1000 + i, None, register="commune_report", province=province,
                                  period=period, own=own, plain=True)
        total += sum(f["value"] for f in truth["facts"]
                     if f["indicator"] == "received_total" and f["subject"] == "self")
        (outdir / f"commune_{i:02d}.txt").write_text(text, "utf-8")
    total = int(total)
    (outdir / "city_notice.txt").write_text(make_city_notice(province, period, total - 100, 87.62), "utf-8")
    (outdir / "city_restated.txt").write_text(make_city_notice(province, period, total + 900, 86.62), "utf-8")
    return {"communes_sum": total, "planted": ["cross_sum_mismatch", "cross_document_mismatch"]}


def plan(count: int, seed: int) -> list[str | None]:
    """About half the reports clean, the others one mistake each, the codes in turn, shuffled."""
    rng = random.Random(seed)
    planted = count // 2
    codes: list[str | None] = [MISTAKES[i % len(MISTAKES)] for i in range(planted)]
    codes += [None] * (count - planted)
    rng.shuffle(codes)
    return codes


def generate(outdir: Path, count: int, seed: int = 1) -> list[Path]:
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    written = []
    for i, mistake in enumerate(plan(count, seed)):
        text, truth = make_report(seed * 100_000 + i, mistake)
        path = outdir / f"gen_{i:05d}.txt"
        path.write_text(text, "utf-8")
        (outdir / f"gen_{i:05d}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--count", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(sys.argv[1:])
    print(len(generate(args.outdir, args.count, args.seed)), "reports written to", args.outdir)
