"""Generate statistics-table reports in every format docparse reads, clean or with one planted
table mistake, with their truth (tests/TRUTH_FORMAT.md, cell facts carry ``cell``).

    python3 -m corpus.generate_tables OUTDIR [--seed 7] [--per-format 7]

Formats: pdf_ruled (reportlab, grid lines, merged header cells), pdf_borderless (words placed at
column positions, no rules), pdf_pages (a ruled table running onto a second page, its header
repeated), docx (python-docx, merged header cells), html (rowspan/colspan), xlsx (openpyxl,
merged header cells), and, through LibreOffice, ods, doc and xls.

Four tables: "biểu 06" (received / resolved / pending per unit with the on-time rate, total row
and group rows "I. Cấp tỉnh", "II. Cấp xã"), "online" (received, online, the online rate, "-"
for none, "x" not applicable, "..." no data) and "766" (the six components and the total per
commune), and in five reports of seven a feedback table ("phản ánh, kiến nghị": carried over, new,
total, handled, pending and the handled rate in five header layouts, one with a count and its share
under each group, FB_LAYOUTS). Numbers are drawn so that every identity holds; a planted mistake changes one cell (or
one prose figure) and its truth says which. Nothing is imported from docparse.
"""
from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from corpus.generate import communes_of

PROVINCES = ["Tỉnh Quảng Ngãi", "Tỉnh Gia Lai", "Tỉnh Nghệ An", "Tỉnh Đồng Nai", "Tỉnh Lâm Đồng"]
DEPARTMENTS = ["Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương",
               "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường"]
FORMATS = ["pdf_ruled", "pdf_borderless", "pdf_unruled", "pdf_unruled_top", "pdf_pages", "docx", "html", "xlsx", "ods", "doc",
           "xls", "pdf_office", "txt_pipes", "txt_box", "pdf_rotated", "pdf_office_break", "pdf_rotated_unruled",
           "pdf_office_break_unruled"]
MISTAKES = ["clean", "row_sum", "rate", "total_row", "balance", "score766", "prose"]


def vn(value, decimals: int = 0) -> str:
    """1234 -> '1.234'; 96.5 (2) -> '96,50'."""
    q = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{q:f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ".".join(groups) + ("," + frac if frac else "")


def pct(n: int, d: int, decimals: int = 2) -> float:
    return float((Decimal(100) * n / d).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


# ---- content ---------------------------------------------------------------------------------

B06_HEADER = [  # (text, rowspan, colspan) per header row
    [("STT", 3, 1), ("Tên đơn vị", 3, 1), ("Số hồ sơ nhận giải quyết", 1, 4), ("Số hồ sơ đã giải quyết", 1, 4),
     ("Số hồ sơ đang giải quyết", 1, 3), ("Tỷ lệ giải quyết đúng hạn (%)", 3, 1)],
    [("Tổng số", 2, 1), ("Trong kỳ", 1, 2), ("Từ kỳ trước", 2, 1), ("Tổng số", 2, 1), ("Trước hạn", 2, 1),
     ("Đúng hạn", 2, 1), ("Quá hạn", 2, 1), ("Tổng số", 2, 1), ("Trong hạn", 2, 1), ("Quá hạn", 2, 1)],
    [("Trực tuyến", 1, 1), ("Trực tiếp, bưu chính", 1, 1)],
]
B06_COLS = ["received_total", "received_online", "received_offline", "received_carried_over",
            "resolved_total", "resolved_early", "resolved_on_time", "resolved_late",
            "pending_total", "pending_on_time", "pending_late", "rate:resolved_on_time"]
B06_NUMBERING = ["(1)", "(2)", "(3)=(4)+(5)+(6)", "(4)", "(5)", "(6)", "(7)=(8)+(9)+(10)", "(8)", "(9)", "(10)",
                 "(11)=(12)+(13)", "(12)", "(13)", "(14)"]

ONLINE_HEADER = [[("STT", 2, 1), ("Đơn vị", 2, 1), ("Tổng số hồ sơ tiếp nhận", 2, 1),
                  ("Trong đó", 1, 2), ("Tỷ lệ nộp hồ sơ trực tuyến (%)", 2, 1), ("Tỷ lệ thanh toán trực tuyến (%)", 2, 1)],
                 [("Nộp trực tuyến", 1, 1), ("Nộp trực tiếp", 1, 1)]]
ONLINE_COLS = ["received_total", "received_online", "received_offline", "rate:online_submission", "rate:online_payment"]

S766_PARTS = [("Công khai, minh bạch", 18, "index_766_publicity"), ("Tiến độ giải quyết", 20, "index_766_progress"),
              ("Dịch vụ công trực tuyến", 12, "index_766_online_service"),
              ("Thanh toán trực tuyến", 10, "index_766_online_payment"),
              ("Mức độ hài lòng", 18, "index_766_satisfaction"), ("Số hóa hồ sơ", 22, "index_766_digitization")]
S766_HEADER = [[("STT", 2, 1), ("Đơn vị", 2, 1), ("Điểm các chỉ số thành phần", 1, 6), ("Tổng điểm (100 điểm)", 2, 1)],
               [(f"{name} ({mx} điểm)", 1, 1) for name, mx, _ in S766_PARTS]]
S766_COLS = [f"score:{ind}" for _, _, ind in S766_PARTS] + ["score:index_766_total"]


# Feedback tables (phản ánh, kiến nghị): the carried-over and the new feedback, their total, the handled
# and the pending, and the handled rate, in several header layouts written as reports write them (one or
# two header levels, a "Trong đó" group, carried over before or after new, the rate over the total or,
# where its header names that base, over the new ones only). Each: (header, columns, the rate's base).
FB_LAYOUTS = [
    ([[("STT", 1, 1), ("Đơn vị", 1, 1), ("Kỳ trước chuyển sang", 1, 1), ("Tiếp nhận mới trong kỳ", 1, 1),
       ("Tổng số", 1, 1), ("Đã xử lý", 1, 1), ("Đang xử lý", 1, 1), ("Tỷ lệ xử lý (%)", 1, 1)]],
     ["feedback_carried_over", "feedback_new", "feedback_total", "feedback_resolved", "feedback_pending",
      "rate:feedback_handled"], "feedback_total"),
    ([[("STT", 2, 1), ("Cơ quan, đơn vị", 2, 1), ("Tổng số PAKN phải xử lý", 2, 1), ("Trong đó", 1, 2),
       ("Kết quả xử lý", 1, 2), ("Tỷ lệ đã xử lý (%)", 2, 1)],
      [("Kỳ trước chuyển sang", 1, 1), ("Mới phát sinh", 1, 1), ("Đã trả lời", 1, 1), ("Đang xử lý", 1, 1)]],
     ["feedback_total", "feedback_carried_over", "feedback_new", "feedback_resolved", "feedback_pending",
      "rate:feedback_handled"], "feedback_total"),
    ([[("STT", 2, 1), ("Đơn vị", 2, 1), ("Số phản ánh, kiến nghị tiếp nhận", 1, 3), ("Đã xử lý", 2, 1),
       ("Chưa xử lý xong", 2, 1), ("Tỷ lệ xử lý trên số tiếp nhận mới (%)", 2, 1)],
      [("Tiếp nhận trong kỳ", 1, 1), ("Từ kỳ trước chuyển sang", 1, 1), ("Tổng số", 1, 1)]],
     ["feedback_new", "feedback_carried_over", "feedback_total", "feedback_resolved", "feedback_pending",
      "rate:feedback_handled"], "feedback_new"),
    ([[("STT", 2, 1), ("Đơn vị", 2, 1), ("Số PAKN tiếp nhận", 1, 3), ("Số PAKN đã giải quyết", 2, 1),
       ("Số PAKN đang giải quyết", 2, 1), ("Tỷ lệ giải quyết (%)", 2, 1)],
      [("Tổng số", 1, 1), ("Kỳ trước chuyển qua", 1, 1), ("Phát sinh trong kỳ", 1, 1)]],
     ["feedback_total", "feedback_carried_over", "feedback_new", "feedback_resolved", "feedback_pending",
      "rate:feedback_handled"], "feedback_total"),
    # two figure columns under each group, the count and its share ("Đã xử lý" > "Số lượng" | "Tỷ lệ (%)");
    # the pending share is no catalogue rate: a column with no fact ("-" before its name)
    ([[("STT", 2, 1), ("Đơn vị", 2, 1), ("Tổng số PAKN tiếp nhận", 2, 1), ("Đã xử lý", 1, 2), ("Đang xử lý", 1, 2)],
      [("Số lượng", 1, 1), ("Tỷ lệ (%)", 1, 1), ("Số lượng", 1, 1), ("Tỷ lệ (%)", 1, 1)]],
     ["feedback_total", "feedback_resolved", "rate:feedback_handled", "feedback_pending", "-share:feedback_pending"],
     "feedback_total"),
]
FB_MISTAKES = ("rate", "balance")  # planted in the feedback table of every other such report
FB_FOR = ("clean", "row_sum", "rate", "balance", "prose")  # the reports that carry a feedback table


def fb_row(rng: random.Random, scale: int) -> dict:
    carried = rng.randint(0, max(1, scale // 6))
    new = rng.randint(max(3, scale // 3), scale)
    total = carried + new
    pending = rng.randint(0, max(1, total // 5))
    return {"feedback_carried_over": carried, "feedback_new": new, "feedback_total": total,
            "feedback_resolved": total - pending, "feedback_pending": pending}


def fb_rate(row: dict, base: str) -> dict:
    row = dict(row)
    row["rate:feedback_handled"] = (pct(row["feedback_resolved"], row[base]), 2)
    row["-share:feedback_pending"] = (pct(row["feedback_pending"], row["feedback_total"]), 2)
    return row


def b06_row(rng: random.Random, scale: int) -> dict:
    online = rng.randint(scale // 3, scale)
    offline = rng.randint(scale // 5, scale // 2)
    carried = rng.randint(0, scale // 10)
    received = online + offline + carried
    resolved = received - rng.randint(1, max(2, received // 8))
    late = rng.randint(0, max(1, resolved // 40))
    early = rng.randint(resolved // 4, resolved // 2)
    on_time = resolved - early - late
    pending = received - resolved
    p_late = rng.randint(0, max(1, pending // 6))
    return {"received_total": received, "received_online": online, "received_offline": offline,
            "received_carried_over": carried, "resolved_total": resolved, "resolved_early": early,
            "resolved_on_time": on_time, "resolved_late": late, "pending_total": pending,
            "pending_on_time": pending - p_late, "pending_late": p_late}


def add_rows(rows: list[dict]) -> dict:
    return {k: sum(r[k] for r in rows) for k in rows[0]}


def with_rate(row: dict) -> dict:
    row = dict(row)
    row["rate:resolved_on_time"] = (pct(row["resolved_early"] + row["resolved_on_time"], row["resolved_total"]), 2)
    return row


class Table:
    def __init__(self, kind, header, numbering, rows, title, cols=None, base=None):
        self.kind = kind
        self.base = base  # the count a feedback table's handled rate is over
        self.header = header  # rows of (text, rowspan, colspan)
        self.numbering = numbering
        self.rows = rows  # list of (stt, label, subject or None, {col: value or (value, decimals) or str})
        self.title = title
        self.cols = cols or {"b06": B06_COLS, "online": ONLINE_COLS, "766": S766_COLS}[kind]

    @property
    def width(self) -> int:
        return 2 + len(self.cols)

    def leaf_paths(self) -> list[list[str]]:
        """Header path of each value column (the generator's own layout of its header)."""
        grid: dict = {}
        for r, row in enumerate(self.header):
            c = 0
            for text, rs, cs in row:
                while (r, c) in grid:
                    c += 1
                for dr in range(rs):
                    for dc in range(cs):
                        grid[(r + dr, c + dc)] = (text, r, c)
                c += cs
        paths = []
        for c in range(2, self.width):
            path, seen = [], set()
            for r in range(len(self.header)):
                t = grid.get((r, c))
                if t and t not in seen and (not path or path[-1] != t[0]):
                    seen.add(t)
                    path.append(t[0])
            paths.append(path)
        return paths

    def text_rows(self) -> list[list[str]]:
        out = []
        for stt, label, _, values in self.rows:
            line = [stt, label]
            for col in self.cols:
                v = values.get(col)
                if v is None:
                    line.append("")
                elif isinstance(v, str):
                    line.append(v)
                elif isinstance(v, tuple):
                    line.append(vn(v[0], v[1]))
                else:
                    line.append(vn(v))
            out.append(line)
        return out

    def truth(self, index: int) -> list[dict]:
        facts = []
        paths = self.leaf_paths()
        for (stt, label, subject, values), texts in zip(self.rows, self.text_rows()):
            if subject is None:
                continue
            for k, col in enumerate(self.cols):
                v = values.get(col)
                text = texts[2 + k]
                if v is None or text in ("x", "...", "") or col.startswith("-"):
                    continue  # "-share:...": a column shown that names no catalogue indicator
                kind, _, ind = col.rpartition(":")
                kind = kind or "count"
                value = 0 if text == "-" else (v[0] if isinstance(v, tuple) else v)
                num = den = None
                if col == "rate:resolved_on_time":
                    num, den = values["resolved_early"] + values["resolved_on_time"], values["resolved_total"]
                elif col == "rate:online_submission":
                    on = values["received_online"]
                    num, den = (0 if on == "-" else on), values["received_total"]
                elif col == "rate:feedback_handled":
                    num, den = values["feedback_resolved"], values[self.base]
                fact = {"kind": kind, "indicator": ind, "subject": subject, "value": value,
                        "numerator": num, "denominator": den, "text": text,
                        "cell": {"table": index, "row": label, "path": paths[k]}}
                facts.append(fact)
        return facts


def build(rng: random.Random, fmt: str, mistake: str, n: int, n_communes: int | None = None) -> dict:
    province = PROVINCES[n % len(PROVINCES)]
    bare = province.split(" ", 1)[1]
    names = [c for c in communes_of(province) if len(c) < 24]
    counts = {}
    for c in communes_of(province):
        counts[c] = counts.get(c, 0) + 1
    names = [c for c in names if counts[c] == 1]
    long_table = fmt == "pdf_pages"
    communes = rng.sample(names, min(len(names), n_communes or (34 if long_table else 4)))
    departments = rng.sample(DEPARTMENTS, 3)
    quarter = rng.choice(["quý I", "quý II", "quý III", "6 tháng đầu năm"])
    year = 2026
    tables: list[Table] = []
    mistakes: list[dict] = []
    prose: list[str] = []
    prose_facts: list[dict] = []

    # Biểu 06 with groups and the total row
    dep_rows = [b06_row(rng, rng.choice([300, 800, 1500])) for _ in departments]
    com_rows = [b06_row(rng, rng.choice([120, 400, 900])) for _ in communes]
    g1, g2 = add_rows(dep_rows), add_rows(com_rows)
    total = add_rows([g1, g2])
    rows = [("", "Tổng cộng", "city", with_rate(total)), ("I", "Cấp tỉnh", "departments", with_rate(g1))]
    rows += [(str(i + 1), d, f"unit:{d}", with_rate(r)) for i, (d, r) in enumerate(zip(departments, dep_rows))]
    rows += [("II", "Cấp xã", "communes", with_rate(g2))]
    rows += [(str(i + 1), c, f"unit:{c}", with_rate(r)) for i, (c, r) in enumerate(zip(communes, com_rows))]
    unit_rows = [k for k, r in enumerate(rows) if r[2].startswith("unit:")]
    fb_plant = mistake in FB_MISTAKES and mistake in FB_FOR and n % 2 == 1  # the feedback table's mistake
    if mistake == "row_sum":
        k = rng.choice(unit_rows)
        v = rows[k][3]
        v["received_total"] += rng.randint(7, 40)
        mistakes.append({"code": "sum_mismatch", "stated": v["received_total"], "text": vn(v["received_total"]),
                         "note": f"row {rows[k][1]}: received total is not online + offline + carried over"})
    elif mistake == "total_row":
        v = rows[0][3]
        v["resolved_on_time"] += rng.randint(11, 60)
        mistakes.append({"code": "sum_mismatch", "stated": v["resolved_on_time"], "text": vn(v["resolved_on_time"]),
                         "note": "total row: resolved on time is not the sum of the groups"})
    elif mistake == "rate" and not fb_plant:
        k = rng.choice(unit_rows)
        v = rows[k][3]
        bad = round(v["rate:resolved_on_time"][0] - rng.choice([1.5, 2.25, 3.1]), 2)
        v["rate:resolved_on_time"] = (bad, 2)
        mistakes.append({"code": "ratio_mismatch", "stated": bad, "text": vn(bad, 2),
                         "note": f"row {rows[k][1]}: the on-time rate does not follow from its counts"})
    elif mistake == "balance" and not fb_plant:
        k = rng.choice(unit_rows)
        v = rows[k][3]
        d = rng.randint(5, 30)
        v["pending_on_time"] += d
        v["pending_total"] += d
        mistakes.append({"code": "balance_mismatch", "stated": v["received_total"], "text": vn(v["received_total"]),
                         "note": f"row {rows[k][1]}: received is not resolved + pending"})
    title1 = f"Biểu số 01. Tình hình tiếp nhận và giải quyết hồ sơ thủ tục hành chính {quarter} năm {year}"
    tables.append(Table("b06", B06_HEADER, B06_NUMBERING, rows, title1))

    # prose: a figure of the total row, right or contradicting it
    stated = total["received_total"]
    if mistake == "prose":
        stated = total["received_total"] + rng.choice([-1, 1]) * rng.randint(20, 300)
        mistakes.append({"code": "repeated_value_mismatch", "stated": stated, "text": vn(stated),
                         "note": "the prose total differs from the total row of table 1"})
    prose.append(f"Trong {quarter} năm {year}, toàn tỉnh tiếp nhận {vn(stated)} hồ sơ thủ tục hành chính; "
                 f"số liệu chi tiết theo từng đơn vị tại các biểu kèm theo.")
    prose_facts.append({"kind": "count", "indicator": "received_total", "subject": "city", "value": stated,
                        "numerator": None, "denominator": None, "text": vn(stated)})

    if not long_table:
        # online table: units only, with "-", "x" and "..."
        orows = []
        sums = {"received_total": 0, "received_online": 0, "received_offline": 0}
        for i, c in enumerate(communes[:3] + departments[:2]):
            rec = rng.randint(80, 900)
            on = 0 if i == 1 else rng.randint(rec // 3, rec - 10)
            off = rec - on
            vals = {"received_total": rec, "received_online": "-" if on == 0 else on, "received_offline": off,
                    "rate:online_submission": "-" if on == 0 else (pct(on, rec), 2),
                    "rate:online_payment": "x" if i == 2 else ("..." if i == 3 else (round(rng.uniform(20, 90), 2), 2))}
            for k2 in sums:
                sums[k2] += {"received_total": rec, "received_online": on, "received_offline": off}[k2]
            orows.append((str(i + 1), c, f"unit:{c}", vals))
        tables.append(Table("online", ONLINE_HEADER, None, orows,
                            f"Biểu số 02. Tỷ lệ hồ sơ nộp trực tuyến theo đơn vị {quarter} năm {year}"))
    if mistake == "score766" or (not long_table and n % 2 == 0):
        srows = []
        for i, c in enumerate(communes[:4]):
            parts = [round(rng.uniform(mx * 0.55, mx * 0.98), 2) for _, mx, _ in S766_PARTS]
            vals = {f"score:{ind}": (p, 2) for p, (_, _, ind) in zip(parts, S766_PARTS)}
            tot = float(sum(Decimal(str(p)) for p in parts))
            vals["score:index_766_total"] = (tot, 2)
            srows.append((str(i + 1), c, f"unit:{c}", vals))
        if mistake == "score766":
            vals = srows[rng.randrange(len(srows))][3]
            bad = round(vals["score:index_766_total"][0] + rng.choice([-2.5, 1.75, 3.0]), 2)
            vals["score:index_766_total"] = (bad, 2)
            mistakes.append({"code": "score_sum_mismatch", "stated": bad, "text": vn(bad, 2),
                             "note": "a commune's 766 total is not the sum of its components"})
        tables.append(Table("766", S766_HEADER, None, srows,
                            f"Biểu số 03. Kết quả Bộ chỉ số 766 của các xã, phường {quarter} năm {year}"))
    if mistake in FB_FOR:
        tables.append(feedback_table(random.Random(f"feedback-{fmt}-{n}"), departments, communes, quarter, year,
                                     FB_FOR.index(mistake) + FORMATS.index(fmt), mistake if fb_plant else "clean",
                                     mistakes))
    facts = list(prose_facts)
    for i, t in enumerate(tables):
        facts += t.truth(i)
    return {"province": province, "bare": bare, "quarter": quarter, "year": year, "tables": tables,
            "prose": prose, "facts": facts, "mistakes": mistakes,
            "number": f"{rng.randint(10, 300)}/BC-UBND", "date": (year, rng.randint(4, 10), rng.randint(1, 28))}


def feedback_table(rng: random.Random, departments: list[str], communes: list[str], quarter: str, year: int,
                   layout: int, mistake: str, mistakes: list[dict]) -> Table:
    """A feedback table (FB_LAYOUTS[layout % 5]) over two departments and two communes with its total row,
    its caption naming feedback or (when its headers do) not; ``mistake`` "rate" or "balance" plants
    one in a unit row and says so in ``mistakes``."""
    header, cols, base = FB_LAYOUTS[layout % len(FB_LAYOUTS)]
    units = departments[:2] + communes[:2]
    values = [fb_row(rng, rng.choice([12, 40, 90])) for _ in units]
    total = add_rows(values)
    rows = [(str(i + 1), u, f"unit:{u}", fb_rate(v, base)) for i, (u, v) in enumerate(zip(units, values))]
    rows.append(("", "Tổng cộng", "city", fb_rate(total, base)))
    k = rng.randrange(len(units))
    v = rows[k][3]
    if mistake == "rate":
        bad = round(v["rate:feedback_handled"][0] - rng.choice([1.5, 2.25, 3.1]), 2)
        v["rate:feedback_handled"] = (bad, 2)
        mistakes.append({"code": "ratio_mismatch", "stated": bad, "text": vn(bad, 2),
                         "note": f"row {rows[k][1]}: the handled rate does not follow from its counts"})
    elif mistake == "balance":
        v["feedback_pending"] += rng.randint(2, 9)  # its share left as it was: a column with no fact
        mistakes.append({"code": "balance_mismatch", "stated": v["feedback_total"], "text": vn(v["feedback_total"]),
                         "note": f"row {rows[k][1]}: carried over + new is not handled + pending"})
    named = layout % len(FB_LAYOUTS) == 0 or rng.random() < 0.5
    title = (f"Biểu số 04. Tình hình tiếp nhận, xử lý phản ánh, kiến nghị {quarter} năm {year}" if named
             else f"Biểu số 04. Kết quả tiếp nhận, xử lý theo đơn vị {quarter} năm {year}")
    return Table("feedback", header, None, rows, title, cols=cols, base=base)


def header_lines(doc) -> list[str]:
    y, m, d = doc["date"]
    return [f"ỦY BAN NHÂN DÂN {doc['province'].upper()}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", f"Số: {doc['number']}", f"{doc['bare']}, ngày {d:02d} tháng {m:02d} năm {y}",
            "BÁO CÁO", f"Kết quả giải quyết thủ tục hành chính {doc['quarter']} năm {doc['year']}"]


def footer_lines() -> list[str]:
    return ["Nơi nhận:", "- Văn phòng Chính phủ;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Bình"]


# ---- writers ---------------------------------------------------------------------------------

def write_html(doc, out: Path) -> None:
    from html import escape

    parts = ["<html><head><meta charset='utf-8'></head><body>"]
    parts += [f"<p>{escape(x)}</p>" for x in header_lines(doc)]
    parts += [f"<p>{escape(x)}</p>" for x in doc["prose"]]
    for t in doc["tables"]:
        parts.append(f"<p><b>{escape(t.title)}</b></p><table border='1'>")
        for row in t.header:
            parts.append("<tr>" + "".join(f"<th rowspan='{rs}' colspan='{cs}'>{escape(x)}</th>" for x, rs, cs in row) + "</tr>")
        if t.numbering:
            parts.append("<tr>" + "".join(f"<td>{x}</td>" for x in t.numbering) + "</tr>")
        for row in t.text_rows():
            parts.append("<tr>" + "".join(f"<td>{escape(x)}</td>" for x in row) + "</tr>")
        parts.append("</table>")
    parts += [f"<p>{escape(x)}</p>" for x in footer_lines()]
    parts.append("</body></html>")
    out.write_text("\n".join(parts), "utf-8")


def _layout(t) -> list[tuple[int, int, int, int, str]]:
    """(row, col, rowspan, colspan, text) of the header cells."""
    taken, out = set(), []
    for r, row in enumerate(t.header):
        c = 0
        for text, rs, cs in row:
            while (r, c) in taken:
                c += 1
            out.append((r, c, rs, cs, text))
            for dr in range(rs):
                for dc in range(cs):
                    taken.add((r + dr, c + dc))
            c += cs
    return out


def write_docx(doc, out: Path) -> None:
    import docx

    d = docx.Document()
    for x in header_lines(doc) + doc["prose"]:
        d.add_paragraph(x)
    for t in doc["tables"]:
        d.add_paragraph(t.title)
        body = t.text_rows()
        n_head = len(t.header) + (1 if t.numbering else 0)
        table = d.add_table(rows=n_head + len(body), cols=t.width)
        table.style = "Table Grid"
        for r, c, rs, cs, text in _layout(t):
            cell = table.cell(r, c)
            if rs > 1 or cs > 1:
                cell = cell.merge(table.cell(r + rs - 1, c + cs - 1))
            cell.text = text
        if t.numbering:
            for c, x in enumerate(t.numbering):
                table.cell(len(t.header), c).text = x
        for k, row in enumerate(body):
            for c, x in enumerate(row):
                table.cell(n_head + k, c).text = x
    for x in footer_lines():
        d.add_paragraph(x)
    d.save(str(out))


def _landscape_8pt(out: Path, unruled: bool) -> None:
    """The written DOCX on a landscape page, its tables' columns given widths and 8 pt text; with
    ``unruled`` its tables left without borders."""
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches, Pt

    d = docx.Document(str(out))
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Inches(0.6)
    for t in d.tables:
        if unruled:
            t.style = d.styles["Normal Table"]
        t.autofit = False
        n = len(t.columns)
        widths = [Inches(0.4), Inches(1.7)] + [Inches(7.6 / (n - 2))] * (n - 2)
        for c, col in enumerate(t.columns):
            col.width = widths[c]
        for row in t.rows:
            for c, cell in enumerate(row.cells):
                cell.width = widths[c]
                for para in cell.paragraphs:
                    for run in para.runs:
                        run.font.size = Pt(8)
    d.save(str(out))


def write_docx_unruled(doc, out: Path) -> None:
    """The DOCX on a landscape page with its tables left without borders, the columns given widths
    and 8 pt text (Word's own alignment: left, at the top of the cell), to be printed to PDF by
    LibreOffice: a borderless table as an office suite lays it out."""
    write_docx(doc, out)
    _landscape_8pt(out, unruled=True)


PADDING = ("Các cơ quan, đơn vị tiếp tục rà soát, chuẩn hóa quy trình nội bộ trong giải quyết thủ tục "
           "hành chính, công khai đầy đủ thông tin trên Cổng dịch vụ công của tỉnh.")


def write_docx_break(doc, out: Path) -> None:
    """The DOCX on a landscape page, its tables ruled, 8 pt, with paragraphs before the first table so
    that, printed to PDF by LibreOffice (which lets a table row break across pages), its header
    starts at the foot of the first page: for some paddings a header row is cut by the page break."""
    write_docx(dict(doc, prose=doc["prose"] + [PADDING] * 5), out)
    _landscape_8pt(out, unruled=False)


def write_docx_break_unruled(doc, out: Path) -> None:
    """The page-broken layout with its tables left without borders: printed to PDF by LibreOffice,
    a borderless table whose header (or a header row) the page break cuts."""
    write_docx(dict(doc, prose=doc["prose"] + [PADDING] * 5), out)
    _landscape_8pt(out, unruled=True)


def write_xlsx(doc, out: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bao cao"
    r0 = 1
    for x in header_lines(doc) + doc["prose"]:
        ws.cell(r0, 1, x)
        r0 += 1
    for t in doc["tables"]:
        r0 += 1
        ws.cell(r0, 1, t.title)
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=t.width)
        r0 += 1
        for r, c, rs, cs, text in _layout(t):
            ws.cell(r0 + r, c + 1, text)
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=r0 + r, start_column=c + 1, end_row=r0 + r + rs - 1, end_column=c + cs)
        r0 += len(t.header)
        if t.numbering:
            for c, x in enumerate(t.numbering):
                ws.cell(r0, c + 1, x)
            r0 += 1
        for stt, label, _, values in t.rows:
            ws.cell(r0, 1, stt or None)
            ws.cell(r0, 2, label)
            for k, col in enumerate(t.cols):
                v = values.get(col)
                cell = ws.cell(r0, 3 + k)
                if isinstance(v, tuple):
                    cell.value = v[0]
                    cell.number_format = "0." + "0" * v[1]
                elif v is not None:
                    cell.value = v
            r0 += 1
    r0 += 1
    for x in footer_lines():
        ws.cell(r0, 1, x)
        r0 += 1
    wb.save(str(out))


def _header_grid(t) -> list[list[tuple]]:
    """The header as a rectangle: each slot (text, top row, left column, rowspan, colspan) of the
    cell that covers it."""
    grid = [[None] * t.width for _ in t.header]
    for r, c, rs, cs, text in _layout(t):
        for dr in range(rs):
            for dc in range(cs):
                grid[r + dr][c + dc] = (text, r, c, rs, cs)
    return grid


def _text_rows(t) -> list[list[str]]:
    return ([list(t.numbering)] if t.numbering else []) + t.text_rows()


def pipe_table(t) -> list[str]:
    """A table typed as markdown: "| a | b |" rows, a "|---|" rule under the header; a header cell over
    several columns written in its first column, the others left blank; a cell over several rows
    written in its top row."""
    grid = _header_grid(t)
    out = []
    for r, row in enumerate(grid):
        cells = [text if (r0, c0) == (r, c) else "" for c, (text, r0, c0, rs, cs) in enumerate(row)]
        out.append("| " + " | ".join(cells) + " |")
    out.append("|" + "---|" * t.width)
    out += ["| " + " | ".join(row) + " |" for row in _text_rows(t)]
    return out


def box_table(t, wrap: int = 14) -> list[str]:
    """A table drawn with box-drawing characters in a monospaced text: merged header cells drawn over
    their columns and rows, long header texts wrapped onto several lines, a rule under each header row
    except through a cell that runs down."""
    import textwrap

    grid = _header_grid(t)
    body = _text_rows(t)
    width = [max([len(row[c]) for row in body] + [4]) for c in range(t.width)]
    for r, c, rs, cs, text in _layout(t):
        if cs == 1:
            width[c] = max(width[c], min(len(text), wrap))
    for r, c, rs, cs, text in _layout(t):
        if cs > 1:
            inner = sum(width[c:c + cs]) + 3 * (cs - 1)
            longest = max(len(w) for w in text.split())
            if longest > inner:
                width[c + cs - 1] += longest - inner

    def inner(c, cs):
        return sum(width[c:c + cs]) + 3 * (cs - 1)

    lines = ["┌" + "┬".join("─" * (w + 2) for w in width) + "┐"]
    for r, row in enumerate(grid):
        starts = [(c, slot) for c, slot in enumerate(row) if slot[2] == c]
        wrapped = {c: (textwrap.wrap(slot[0], inner(c, slot[4])) if slot[1] == r else []) for c, slot in starts}
        height = max(len(v) for v in wrapped.values())
        for k in range(height):
            line = "│"
            for c, slot in starts:
                words = wrapped[c][k] if k < len(wrapped[c]) else ""
                line += " " + words.ljust(inner(c, slot[4])) + " │"
            lines.append(line)
        if r + 1 < len(grid):
            line = "├"
            for c, slot in starts:
                runs_down = slot[1] + slot[3] > r + 1
                line += (" " * (inner(c, slot[4]) + 2)) if runs_down else ("─" * (inner(c, slot[4]) + 2))
                line += "┤" if c + slot[4] == t.width else "┼"
            lines.append(line)
    lines.append("├" + "┼".join("─" * (w + 2) for w in width) + "┤")
    for row in body:
        lines.append("│" + "│".join(" " + (x.ljust(width[c]) if c < 2 else x.rjust(width[c])) + " "
                                    for c, x in enumerate(row)) + "│")
    lines.append("└" + "┴".join("─" * (w + 2) for w in width) + "┘")
    return lines


def write_text(doc, out: Path, drawn: bool) -> None:
    """The report as a plain text, its tables typed as markdown or drawn with box characters."""
    lines = header_lines(doc) + [""] + doc["prose"] + [""]
    for t in doc["tables"]:
        lines += [t.title] + (box_table(t) if drawn else pipe_table(t)) + [""]
    lines += footer_lines()
    out.write_text("\n".join(lines) + "\n", "utf-8")


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from corpus.render import font_path

    if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans", str(font_path("DejaVuSans.ttf"))))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(font_path("DejaVuSans-Bold.ttf"))))


def _vertical(text: str, size: float, height: float):
    """A header text set vertically (turned 90° to read upwards, as narrow columns of printed forms
    set it), wrapped to ``height`` points a line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import Flowable

    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, "DejaVuSans", size) > height:
            lines.append(line)
            line = word
        else:
            line = trial
    lines.append(line)

    class Vertical(Flowable):
        def wrap(self, aw, ah):
            self.width = len(lines) * size * 1.2
            self.height = max(stringWidth(x, "DejaVuSans", size) for x in lines)
            return self.width, self.height

        def draw(self):
            c = self.canv
            c.saveState()
            c.setFont("DejaVuSans", size)
            c.rotate(90)
            for k, x in enumerate(lines):
                c.drawString(0, -(k + 1) * size * 1.2 + size * 0.25, x)
            c.restoreState()

    return Vertical()


def write_pdf_rotated(doc, out: Path) -> None:
    """The ruled layout with the header of each single column turned to read upwards (a narrow
    column's header set vertically), group headers over several columns left level."""
    write_pdf_ruled(doc, out, rotate=True)


def write_pdf_rotated_unruled(doc, out: Path) -> None:
    """The rotated layout with its rules left out: each single column's header turned to read
    upwards at the left of its cell, its figures right-aligned, group headers left level above."""
    write_pdf_ruled(doc, out, rules=False, rotate=True)


def write_pdf_ruled(doc, out: Path, rules: bool = True, valign: str = "MIDDLE", align: str = "RIGHT",
                    rotate: bool = False, repeat: bool = True) -> None:
    """Tables drawn by reportlab: ruled (or not), cells aligned as told, single columns' headers
    turned (rotate), a table over pages repeating its header rows on each (repeat) or not."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle

    _fonts()
    text = ParagraphStyle("t", fontName="DejaVuSans", fontSize=10, leading=13)
    small = ParagraphStyle("s", fontName="DejaVuSans", fontSize=7, leading=8.5, alignment=1)
    story = [Paragraph(x, text) for x in header_lines(doc)] + [Spacer(1, 6)]
    story += [Paragraph(x, text) for x in doc["prose"]]
    for t in doc["tables"]:
        story += [Spacer(1, 8), Paragraph(t.title, text), Spacer(1, 4)]
        n_head = len(t.header) + (1 if t.numbering else 0)
        data = [[""] * t.width for _ in range(n_head)]
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black)] if rules else []
        style += [("FONT", (0, 0), (-1, -1), "DejaVuSans", 7),
                  ("VALIGN", (0, 0), (-1, -1), valign), ("ALIGN", (2, n_head), (-1, -1), align)]
        for r, c, rs, cs, label in _layout(t):
            data[r][c] = _vertical(label, 7, 70) if rotate and cs == 1 and c >= 2 else Paragraph(label, small)
            if rs > 1 or cs > 1:
                style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
        if t.numbering:
            data[len(t.header)] = list(t.numbering)
        data += t.text_rows()
        widths = [24, 110] + [(640 / (t.width - 2))] * (t.width - 2)
        table = RLTable(data, colWidths=widths, repeatRows=n_head if repeat else 0)
        table.setStyle(TableStyle(style))
        story.append(table)
    story += [Spacer(1, 8)] + [Paragraph(x, text) for x in footer_lines()]
    SimpleDocTemplate(str(out), pagesize=landscape(A4), leftMargin=30, rightMargin=30, topMargin=30,
                      bottomMargin=30).build(story)


def write_pdf_borderless(doc, out: Path) -> None:
    """Words at column positions, no rules: header levels one per line, a top-level header drawn
    over the columns it spans; figures and leaf headers right-aligned in their column."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    _fonts()
    W, H = landscape(A4)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    y = H - 40

    def line(text, size=10, x=40):
        nonlocal y
        c.setFont("DejaVuSans", size)
        c.drawString(x, y, text)
        y -= size + 5

    for x in header_lines(doc) + doc["prose"]:
        line(x)
    short = {"Tỷ lệ giải quyết đúng hạn (%)": "Tỷ lệ đúng hạn (%)", "Trực tiếp, bưu chính": "Trực tiếp",
             "Số hồ sơ nhận giải quyết": "Số hồ sơ nhận giải quyết", "Tổng số hồ sơ tiếp nhận": "Tổng tiếp nhận",
             "Tỷ lệ nộp hồ sơ trực tuyến (%)": "Tỷ lệ trực tuyến (%)", "Tỷ lệ thanh toán trực tuyến (%)": "Tỷ lệ thanh toán (%)",
             "Điểm các chỉ số thành phần": "Điểm các chỉ số thành phần", "Tổng điểm (100 điểm)": "Tổng điểm"}
    for t in doc["tables"]:
        if y < 200:
            c.showPage()
            y = H - 40
        y -= 6
        line(t.title)
        n = t.width - 2
        widths = {"b06": [47.0] * 11 + [80.0], "online": [90.0] * 5, "766": [85.0] * 7,
                  "feedback": [92.0] * 5 + [140.0]}[t.kind]
        lefts, rights, x = [40, 62], [60, 210], 212.0
        for w in widths:
            lefts.append(x)
            rights.append(x + w - 4)
            x += w
        size = 6.5 if t.kind != "766" else 6.0
        labels = {(r, cc): (rs, cs, text) for r, cc, rs, cs, text in _layout(t)}
        for r in range(len(t.header)):
            c.setFont("DejaVuSans", size)
            for (rr, cc), (rs, cs, text) in labels.items():
                if rr != r:
                    continue
                text = short.get(text, text)
                if t.kind == "766" and "(" in text:
                    text = text.split(" (")[0]
                if cc < 2:
                    c.drawString(lefts[cc], y, text)
                elif cs > 1:
                    mid = (lefts[cc] + rights[cc + cs - 1]) / 2
                    c.drawCentredString(mid, y, text)
                else:
                    c.drawRightString(rights[cc], y, text)
            y -= size + 5
        for row in t.text_rows():
            c.setFont("DejaVuSans", size)
            for k, text in enumerate(row):
                if k < 2:
                    c.drawString(lefts[k], y, text)
                else:
                    c.drawRightString(rights[k], y, text)
            y -= size + 5
            if y < 40:
                c.showPage()
                y = H - 40
    y -= 8
    for x in footer_lines():
        if y < 40:
            c.showPage()
            y = H - 40
        line(x)
    c.save()


def write_pdf_unruled(doc, out: Path) -> None:
    """The ruled layout with its rules left out: wrapped header cells centred in their rows, a header
    over several columns centred above them, figures right-aligned."""
    write_pdf_ruled(doc, out, rules=False)


def write_pdf_unruled_top(doc, out: Path) -> None:
    """The same without rules, header cells set at the top of their rows, figures centred."""
    write_pdf_ruled(doc, out, rules=False, valign="TOP", align="CENTER")


WRITERS = {"pdf_ruled": (write_pdf_ruled, ".pdf"), "pdf_borderless": (write_pdf_borderless, ".pdf"),
           "pdf_unruled": (write_pdf_unruled, ".pdf"), "pdf_unruled_top": (write_pdf_unruled_top, ".pdf"),
           "pdf_rotated": (write_pdf_rotated, ".pdf"), "pdf_rotated_unruled": (write_pdf_rotated_unruled, ".pdf"),
           "pdf_office": (write_docx_unruled, ".docx"), "pdf_office_break": (write_docx_break, ".docx"),
           "pdf_office_break_unruled": (write_docx_break_unruled, ".docx"),
           "pdf_pages": (write_pdf_ruled, ".pdf"), "docx": (write_docx, ".docx"), "html": (write_html, ".html"),
           "xlsx": (write_xlsx, ".xlsx"), "ods": (write_xlsx, ".xlsx"), "doc": (write_docx, ".docx"),
           "xls": (write_xlsx, ".xlsx"),
           "txt_pipes": (lambda doc, out: write_text(doc, out, drawn=False), ".txt"),
           "txt_box": (lambda doc, out: write_text(doc, out, drawn=True), ".txt")}
CONVERTED = {"ods": "ods", "doc": "doc", "xls": "xls", "pdf_office": "pdf", "pdf_office_break": "pdf",
             "pdf_office_break_unruled": "pdf"}


def _convert(paths: list[Path], target: str, outdir: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                        "--convert-to", target, "--outdir", str(outdir)] + [str(p) for p in paths],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600, check=True)


def generate(outdir: Path, seed: int = 7, per_format: int = 7, formats=FORMATS) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written = []
    pending: dict[str, list[Path]] = {}
    n = 0
    for fmt in formats:
        for k in range(per_format):
            mistake = MISTAKES[k % len(MISTAKES)]
            doc = build(rng, fmt, mistake, n)
            doc["k"] = k
            n += 1
            name = f"tab_{fmt}_{k:02d}_{mistake}"
            writer, suffix = WRITERS[fmt]
            src = outdir / (name + suffix)
            writer(doc, src)
            truth = {"register": "table_report", "format": fmt, "doc_date": "%04d-%02d-%02d" % doc["date"],
                     "province": doc["province"], "facts": doc["facts"], "not_facts": [],
                     "mistakes": doc["mistakes"]}
            final = outdir / (name + "." + CONVERTED[fmt]) if fmt in CONVERTED else src
            (outdir / (name + ".truth.json")).write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
            if fmt in CONVERTED:
                pending.setdefault(CONVERTED[fmt], []).append(src)
            written.append(final)
    for target, paths in pending.items():
        _convert(paths, target, outdir)
        for p in paths:
            p.unlink()
    return written


if __name__ == "__main__":
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 7
    per = int(args[args.index("--per-format") + 1]) if "--per-format" in args else 7
    for p in generate(Path(args[0]), seed, per):
        print(p)
