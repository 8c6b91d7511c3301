"""Generate reports in the seeds' register, clean or with chosen mistakes, with their truth.

    python -m corpus.generate OUTDIR --count 200 [--seed 1]

Each report is a commune's or a city's report on administrative reform: header, Biểu 06 counts,
rates with x/y, shares of a total, per-level indicators with unit lists, the 766 index, feedback.
Numbers are drawn so that every identity holds; a planted mistake breaks exactly one statement.
Unit names come from the official list (vietnam-provinces), never typed in.
"""
from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

from docparse.normalize.numbers import format_vn, percent, round_half_up
from docparse.normalize.units import gazetteer

MISTAKES = ["ratio_mismatch", "sum_mismatch", "balance_mismatch", "complement_mismatch",
            "target_conflict", "unit_count_mismatch", "unknown_unit", "inconsistent_name",
            "repeated_value_mismatch", "score_sum_mismatch", "date_inconsistency", "mixed_script",
            "draft_incomplete"]
PROVINCES = ["Thành phố Hải Phòng", "Thành phố Hà Nội", "Tỉnh Nghệ An", "Tỉnh Quảng Ninh",
             "Thành phố Đà Nẵng", "Tỉnh Thanh Hóa"]


def n(value) -> str:
    return format_vn(value, 0)


def pct(value: float, decimals: int = 2) -> str:
    return format_vn(value, decimals)


def rate(num: int, den: int, decimals: int = 2) -> float:
    return round_half_up(percent(num, den), decimals)


@dataclass
class Draft:
    rng: random.Random
    province: str
    own: str  # canonical commune name ("Xã An Phú")
    communes: list[str]
    lines: list[str] = field(default_factory=list)
    planted: list[str] = field(default_factory=list)

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)


def _prefix(name: str) -> str:
    return "Đặc khu" if name.startswith("Đặc khu") else name.split(" ", 1)[0]


def _bare(name: str) -> str:
    return name[len(_prefix(name)) + 1:]


def _counts(rng: random.Random) -> dict:
    online = rng.randint(800, 9000)
    offline = rng.randint(0, 900)
    carried = rng.randint(5, 200)
    received = online + offline + carried
    pending_on_time = rng.randint(5, 150)
    pending_late = rng.randint(0, 5)
    pending = pending_on_time + pending_late
    resolved = received - pending
    late = rng.randint(0, max(1, resolved // 200))
    rejected = rng.randint(0, 3)
    withdrawn = rng.randint(0, 3)
    on_time = rng.randint(0, max(1, resolved // 50))
    early = resolved - late - rejected - withdrawn - on_time
    return dict(online=online, offline=offline, carried=carried, received=received,
                pending_on_time=pending_on_time, pending_late=pending_late, pending=pending,
                resolved=resolved, late=late, rejected=rejected, withdrawn=withdrawn,
                on_time=on_time, early=early)


def header(d: Draft, mistake: str | None, period: tuple[str, str] | None = None) -> None:
    day = d.rng.randint(1, 25)
    month = d.rng.randint(2, 12)
    year = 2026
    start = f"{d.rng.randint(1, 10):02d}/{month - 1:02d}/{year}"
    end = f"{d.rng.randint(11, 28):02d}/{month - 1:02d}/{year}"
    if period:
        start, end = period
        month = int(end.split("/")[1]) % 12 + 1
    if mistake == "date_inconsistency":
        start, end = end, start  # period ends before it starts
        d.planted.append(mistake)
    number = f"{d.rng.randint(2, 180)}/BC-UBND"
    if mistake == "draft_incomplete":
        number = "      /BC-UBND"
        d.planted.append(mistake)
    issuer = f"UBND {d.own.upper()}"
    d.add(f"{issuer} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc",
          f"Số: {number} {_bare(d.own)}, ngày {day:02d} tháng {month:02d} năm {year}",
          "BÁO CÁO",
          f"Tình hình, kết quả công tác cải cách thủ tục hành chính tháng {month - 1:02d} năm {year} "
          f"trên địa bàn {d.own.lower().split(' ')[0]} {_bare(d.own)}",
          f"(Số liệu từ ngày {start} đến hết ngày {end})",
          "I. KẾT QUẢ THỰC HIỆN")


def counts_block(d: Draft, c: dict, mistake: str | None) -> None:
    rng = d.rng
    stated = dict(c)
    if mistake == "sum_mismatch":
        stated["online"] += rng.choice([-1, 1]) * rng.randint(3, 90)  # parts no longer add up
        d.planted.append(mistake)
    if mistake == "balance_mismatch":
        extra = rng.randint(3, 40)
        stated["pending_on_time"] += extra
        stated["pending"] += extra  # pending consistent in itself, received ≠ resolved + pending
        d.planted.append(mistake)
    d.add("1. Kết quả giải quyết thủ tục hành chính",
          f"Theo ghi nhận tại Hệ thống thông tin giải quyết thủ tục hành chính của "
          f"{d.province[0].lower() + d.province[1:]}:")
    if rng.random() < 0.5:
        d.add(f"- Tổng số hồ sơ đã tiếp nhận là {n(stated['received'])} hồ sơ, trong đó:",
              f"+ Hồ sơ nộp trực tuyến: {n(stated['online'])} hồ sơ",
              f"+ Hồ sơ nộp trực tiếp và qua dịch vụ bưu chính: {n(stated['offline'])} hồ sơ",
              f"+ Hồ sơ kỳ trước chuyển qua: {n(stated['carried'])} hồ sơ",
              f"- Số lượng hồ sơ đã giải quyết: {n(stated['resolved'])} hồ sơ, trong đó:",
              f"+ Hồ sơ đã giải quyết trước hạn: {n(stated['early'])} hồ sơ",
              f"+ Hồ sơ đã giải quyết đúng hạn: {n(stated['on_time'])} hồ sơ",
              f"+ Hồ sơ đã giải quyết quá hạn: {n(stated['late'])} hồ sơ",
              f"+ Hồ sơ từ chối giải quyết: {n(stated['rejected'])} hồ sơ",
              f"+ Hồ sơ công dân tự rút: {n(stated['withdrawn'])} hồ sơ",
              f"- Số lượng hồ sơ đang giải quyết: {n(stated['pending'])} hồ sơ, trong đó:",
              f"+ Hồ sơ đang giải quyết trong hạn: {n(stated['pending_on_time'])} hồ sơ",
              f"+ Hồ sơ đang giải quyết quá hạn: {n(stated['pending_late'])} hồ sơ")
    else:
        d.add(f"Trong kỳ báo cáo, UBND {d.own.split(' ')[0].lower()} đã tiếp nhận {n(stated['received'])} hồ sơ, "
              f"trong đó: tiếp nhận trực tuyến {n(stated['online'])} hồ sơ, hồ sơ trực tiếp và qua dịch vụ "
              f"bưu chính: {n(stated['offline'])} hồ sơ, từ kỳ trước chuyển qua: {n(stated['carried'])} hồ sơ. "
              f"Số lượng hồ sơ đã giải quyết: {n(stated['resolved'])} hồ sơ. Trong đó, giải quyết trước hạn "
              f"{n(stated['early'])} hồ sơ, giải quyết đúng hạn {n(stated['on_time'])} hồ sơ, từ chối: "
              f"{n(stated['rejected'])} hồ sơ, {n(stated['withdrawn'])} hồ sơ rút, quá hạn {n(stated['late'])} hồ sơ. "
              f"Đang giải quyết trong hạn {n(stated['pending_on_time'])} hồ sơ, đang giải quyết quá hạn "
              f"{n(stated['pending_late'])} hồ sơ.")


def rates_block(d: Draft, c: dict, mistake: str | None) -> dict:
    rng = d.rng
    in_time = c["early"] + c["on_time"]
    base = c["resolved"] - c["rejected"] - c["withdrawn"]
    on_time_rate = rate(in_time, base)
    late_rate = round(100 - on_time_rate, 2)
    online_rate = rate(c["online"], c["online"] + c["offline"])
    stated_online = online_rate
    if mistake == "ratio_mismatch":
        stated_online = round(online_rate + rng.choice([-1, 1]) * rng.uniform(0.5, 6), 2)
        stated_online = min(stated_online, 99.9) if stated_online != online_rate else stated_online - 1
        d.planted.append(mistake)
    if mistake == "complement_mismatch":
        late_rate = round(late_rate + rng.uniform(0.5, 3), 2)
        d.planted.append(mistake)
    d.add("2. Kết quả thực hiện các chỉ tiêu",
          f"- Tỷ lệ nộp hồ sơ trực tuyến đạt {pct(stated_online)}% "
          f"({n(c['online'])}/{n(c['online'] + c['offline'])} hồ sơ);",
          f"- Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn đạt {pct(on_time_rate)}%;",
          f"- Tỷ lệ hồ sơ đã giải quyết quá hạn: {pct(late_rate)}%;",
          f"- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {pct(rng.uniform(97, 100))}%;",
          f"- Tỷ lệ thanh toán trực tuyến đạt {pct(rng.uniform(85, 100))}%.")
    return {"online_submission": stated_online}


def units_block(d: Draft, mistake: str | None) -> None:
    """A city-style section: departments and communes, unit counts and the weakest units."""
    rng = d.rng
    total = len(d.communes)
    target = rng.choice([50, 60, 80])
    failing_n = rng.randint(2, 6)
    met = total - failing_n
    weakest = rng.sample([c for c in d.communes if c != d.own], failing_n)
    values = sorted(round(rng.uniform(5, target - 1), 2) for _ in weakest)
    stated_total = total
    if mistake == "unit_count_mismatch":
        stated_total = total - rng.randint(2, 9)  # the province has more communes than written
        met = stated_total - failing_n
        d.planted.append(mistake)
    d.add(f"3. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa (chỉ tiêu giao ≥ {target}%)",
          f"- Các xã, phường, đặc khu: Đạt {pct(rng.uniform(target + 5, 99))}%. Số địa phương đạt chỉ tiêu "
          f"giao: {met}/{stated_total} địa phương.")
    names = []
    for name, value in zip(weakest, values):
        shown = name
        if mistake == "unknown_unit" and not names:
            shown = f"{_prefix(name)} {_foreign_name(d)}"
            d.planted.append(mistake)
        names.append(f"{shown} ({pct(value)}%)")
    if mistake == "target_conflict":
        good = rng.choice([c for c in d.communes if c not in weakest and c != d.own])
        names.append(f"{good} ({pct(rng.uniform(target + 1, 99))}%)")
        d.planted.append(mistake)
        d.add(f"Các địa phương chưa đạt chỉ tiêu: {', '.join(names)}.")
    else:
        d.add(f"Các địa phương chưa đạt chỉ tiêu: {', '.join(names)}.")


def _foreign_name(d: Draft) -> str:
    """A real commune name that does not exist in the report's province."""
    from rapidfuzz import fuzz, process

    from docparse.normalize.text import fold

    gz = gazetteer()
    here = [fold(_bare(c)) for c in d.communes]
    for _ in range(200):
        bare = _bare(d.rng.choice(gz.wards).name)
        best = process.extractOne(fold(bare), here, scorer=fuzz.ratio)
        if best is None or best[1] < 75:
            return bare
    return "Tân Mỹ Thạnh Lợi"


def score_block(d: Draft, mistake: str | None) -> None:
    rng = d.rng
    parts = [rng.randint(14, 18), rng.randint(16, 20), rng.randint(8, 12), rng.randint(7, 10),
             rng.randint(15, 18), round(rng.uniform(18, 22), 2)]
    maxima = [18, 20, 12, 10, 18, 22]
    total = round(sum(parts), 2)
    stated_total = total
    if mistake == "score_sum_mismatch":
        stated_total = round(total + rng.choice([-1, 1]) * rng.uniform(0.5, 3), 2)
        d.planted.append(mistake)
    names = ["Chỉ số công khai minh bạch", "Chỉ số tiến độ giải quyết", "Chỉ số dịch vụ công trực tuyến",
             "Chỉ số thanh toán trực tuyến", "Chỉ số mức độ hài lòng", "Chỉ số số hóa hồ sơ"]
    d.add("II. KẾT QUẢ ĐÁNH GIÁ THEO BỘ CHỈ SỐ 766",
          f"1. Theo chỉ số năm 2026: {d.own} đạt {pct(stated_total)} điểm, xếp hạng: "
          f"{rng.randint(1, len(d.communes))}/{len(d.communes)} xã, phường, đặc khu, cụ thể như sau:")
    for name, value, mx in zip(names, parts, maxima):
        d.add(f"+ {name}: {format_vn(value, 2 if isinstance(value, float) else 0)}/{mx} điểm.")


def feedback_block(d: Draft, mistake: str | None) -> None:
    rng = d.rng
    new, carried = rng.randint(0, 40), rng.randint(0, 20)
    resolved = rng.randint(0, new + carried)
    pending = new + carried - resolved
    d.add("III. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ",
          f"Số phản ánh, kiến nghị tiếp nhận mới: {new}, số phản ánh, kiến nghị kỳ trước chuyển sang: "
          f"{carried}, số phản ánh, kiến nghị đã hoàn thành: {resolved}, số phản ánh, kiến nghị đang xử lý: "
          f"{pending}.")


def closing(d: Draft, stated: dict, mistake: str | None) -> None:
    rng = d.rng
    online = stated["online_submission"]
    if mistake == "repeated_value_mismatch":
        online = round(online + rng.choice([-1, 1]) * rng.uniform(1, 5), 2)
        d.planted.append(mistake)
    ref = "Nghị quyết số 66/NQ-CP ngày 26/3/2025 của Chính phủ"
    if mistake == "mixed_script":
        ref = ref.replace("NQ-CP", "NQ-СР")  # Cyrillic С and Р
        d.planted.append(mistake)
    own_written = d.own
    if mistake == "inconsistent_name":
        own_written = f"{_prefix(d.own).lower()} {_near_miss(d)}"
        d.planted.append(mistake)
    d.add("IV. TỒN TẠI, HẠN CHẾ",
          f"Tỷ lệ nộp hồ sơ trực tuyến còn thấp: {pct(online)}%. Tiếp tục triển khai {ref}.",
          f"Trên đây là Báo cáo tình hình, kết quả công tác cải cách thủ tục hành chính trên địa bàn "
          f"{own_written}./.",
          "Nơi nhận:",
          "- Văn phòng UBND thành phố;",
          "- Lưu: VT.",
          "KT. CHỦ TỊCH",
          "PHÓ CHỦ TỊCH",
          rng.choice(["Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng"]))


def _near_miss(d: Draft) -> str:
    """The own unit's name misspelled: a vowel or a tone mark changed; never a unit of the province."""
    import unicodedata

    bare = _bare(d.own)
    if d.rng.random() < 0.5:  # change the tone of the last syllable ("Trần Phú" -> "Trần Phủ")
        decomposed = unicodedata.normalize("NFD", bare)
        tones = "\u0300\u0301\u0303\u0309\u0323"
        last = max((i for i, ch in enumerate(decomposed) if ch in tones), default=None)
        if last is not None:
            other = d.rng.choice([t for t in tones if t != decomposed[last]])
            return unicodedata.normalize("NFC", decomposed[:last] + other + decomposed[last + 1:])
    swaps = {"a": "ă", "ô": "ê", "ơ": "o", "i": "y", "u": "ư", "ê": "ô", "o": "ô", "ư": "u"}
    here = {_bare(c) for c in d.communes}
    for i in range(len(bare) - 1, -1, -1):
        ch = bare[i]
        if ch in swaps:
            candidate = bare[:i] + swaps[ch] + bare[i + 1:]
            if candidate not in here:
                return candidate
    return bare + " Mới"


def make_report(seed: int, mistake: str | None = None, province: str | None = None,
                period: tuple[str, str] | None = None, own: str | None = None,
                province_sections: bool = True) -> tuple[str, dict]:
    """One report; ``province_sections`` adds the city-style section on all communes and the
    weakest units (where unit-count, target and unit-name mistakes are planted)."""
    rng = random.Random(seed)
    province = province or rng.choice(PROVINCES)
    communes = [w.name for w in gazetteer().communes_of(province)]
    own = own or rng.choice([c for c in communes if c.startswith(("Xã ", "Phường "))])
    d = Draft(rng, province, own, communes)
    c = _counts(rng)
    header(d, mistake, period)
    counts_block(d, c, mistake)
    stated = rates_block(d, c, mistake)
    if province_sections:
        units_block(d, mistake)
    score_block(d, mistake)
    feedback_block(d, mistake)
    closing(d, stated, mistake)
    truth = {"seed": seed, "province": province, "own_unit": own, "planted": d.planted,
             "counts": c}
    return "\n".join(d.lines) + "\n", truth


def make_city_notice(province: str, period: tuple[str, str], communes_received: int,
                     online_rate: float) -> str:
    """A city's weekly notice stating its communes' received dossiers and its online rate."""
    return "\n".join([
        "THÔNG BÁO",
        "Tình hình, kết quả thực hiện một số chỉ tiêu về công tác cải cách thủ tục hành chính",
        f"(từ ngày {period[0]} đến ngày {period[1]})",
        f"Văn phòng Ủy ban nhân dân {province[0].lower() + province[1:]} tổng hợp tình hình như sau:",
        f"1. Tỷ lệ nộp hồ sơ trực tuyến của toàn thành phố đạt {pct(online_rate)}%.",
        f"2. Các xã, phường, đặc khu đã tiếp nhận {n(communes_received)} hồ sơ.",
        "Nơi nhận:", "- Lưu: VT.", "CHÁNH VĂN PHÒNG", "Nguyễn Văn An", ""])


def make_disagreeing_archive(outdir: Path, seed: int = 7, communes: int = 6) -> dict:
    """Commune reports of one period, the city's notice understating their sum, and a second
    city document restating the online rate differently. Returns the planted disagreements."""
    outdir.mkdir(parents=True, exist_ok=True)
    province, period = "Thành phố Hải Phòng", ("01/03/2026", "31/03/2026")
    names = [w.name for w in gazetteer().communes_of(province) if w.name.startswith(("Xã ", "Phường "))]
    total = 0
    for i, own in enumerate(names[:communes]):
        text, truth = make_report(seed * 1000 + i, None, province=province, period=period, own=own,
                                  province_sections=False)
        total += truth["counts"]["received"]
        (outdir / f"commune_{i:02d}.txt").write_text(text, "utf-8")
    (outdir / "city_notice.txt").write_text(make_city_notice(province, period, total - 100, 87.62), "utf-8")
    (outdir / "city_restated.txt").write_text(make_city_notice(province, period, total + 900, 86.62), "utf-8")
    return {"communes_sum": total, "planted": ["cross_sum_mismatch", "cross_document_mismatch"]}


def generate(outdir: Path, count: int, seed: int = 1, clean_share: float = 0.3) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    for i in range(count):
        mistake = None if rng.random() < clean_share else MISTAKES[i % len(MISTAKES)]
        text, truth = make_report(seed * 100000 + i, mistake)
        path = outdir / f"gen_{i:05d}.txt"
        path.write_text(text, "utf-8")
        (outdir / f"gen_{i:05d}.truth.json").write_text(json.dumps(truth, ensure_ascii=False), "utf-8")
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
