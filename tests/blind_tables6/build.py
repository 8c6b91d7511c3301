#!/usr/bin/env python3
"""Blind table set 6: one data model per report renders the document and its truth.

    python3 build.py            # write every report and truth here
    python3 build.py --check    # rebuild into a temp dir, compare, verify every identity
"""
from __future__ import annotations

import html as htmlmod
import io
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
LO_PROFILE = "file:///tmp/lo_profile_blind_tables6"

# ----------------------------------------------------------------------------- names

def wards_of(province: str, n: int, seed: int) -> list[str]:
    from vietnam_provinces import Province, Ward
    p = next(p for p in Province.iter_all() if p.name == province)
    names = sorted(w.name for w in Ward.iter_all() if w.province_code == p.code)
    if n >= len(names):
        return names
    rng = random.Random(seed)
    return sorted(rng.sample(names, n))


def all_wards(province: str) -> list[str]:
    return wards_of(province, 10 ** 6, 0)


def districts_of(key: str) -> list[str]:
    import vietnamadminunits
    path = Path(vietnamadminunits.__file__).parent / "data" / "parser_legacy.json"
    d = json.loads(path.read_text("utf-8"))["DICT_PROVINCE_DISTRICT"][key]
    return [v["district"] for v in d.values()]


DEPTS_2025 = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương",
              "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ", "Sở Y tế",
              "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo"]
DEPTS_2024 = ["Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Xây dựng",
              "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường", "Sở Công Thương", "Sở Y tế",
              "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông"]
FIELDS = ["Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Người có công", "Kinh tế hợp tác",
          "Xây dựng", "Giáo dục và Đào tạo"]

# ----------------------------------------------------------------------------- numbers

def rnd(x: float | Decimal, d: int) -> float:
    q = Decimal(1).scaleb(-d)
    return float(Decimal(str(x)).quantize(q, rounding=ROUND_HALF_UP))


def pct(n: int, m: int, d: int = 2) -> float:
    return rnd(Decimal(100) * Decimal(n) / Decimal(m), d)


def vn_int(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def vn_dec(v: float, d: int) -> str:
    return f"{v:.{d}f}".replace(".", ",")


# ----------------------------------------------------------------------------- columns

def C(cid, path, kind="count", ind=None, dec=None, num=None, den=None, maximum=None):
    return {"id": cid, "path": path, "kind": kind, "ind": ind, "dec": dec, "num": num, "den": den,
            "max": maximum}


def biểu06(rate=False):
    R, T = "Số hồ sơ nhận giải quyết", "Trong đó"
    D, P = "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết"
    cols = [C("rec", [R, "Tổng số"], ind="received_total"),
            C("on", [R, T, "Số mới tiếp nhận trực tuyến"], ind="received_online"),
            C("co", [R, T, "Số kỳ trước chuyển qua"], ind="received_carried_over"),
            C("off", [R, T, "Số mới tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính"], ind="received_offline"),
            C("res", [D, "Tổng số"], ind="resolved_total"),
            C("e", [D, "Trước hạn"], ind="resolved_early"),
            C("o", [D, "Đúng hạn"], ind="resolved_on_time"),
            C("l", [D, "Quá hạn"], ind="resolved_late"),
            C("pend", [P, "Tổng số"], ind="pending_total"),
            C("pin", [P, "Trong hạn"], ind="pending_on_time"),
            C("plate", [P, "Quá hạn"], ind="pending_late")]
    if rate:
        cols.append(C("rot", ["Tỷ lệ giải quyết trước hạn, đúng hạn (%)"], "rate", "resolved_on_time", 2,
                      num=("e", "o"), den="res"))
    sums = [("rec", ["on", "co", "off"]), ("res", ["e", "o", "l"]), ("pend", ["pin", "plate"])]
    return cols, sums, [("rec", ["res", "pend"])]


def online_cols(two_level: bool, pay: bool, pct_sign=False):
    if two_level:
        G = "Số hồ sơ tiếp nhận trong kỳ"
        cols = [C("rec", [G, "Tổng số"], ind="received_total"),
                C("on", [G, "Trực tuyến"], ind="received_online"),
                C("off", [G, "Trực tiếp, bưu chính"], ind="received_offline"),
                C("ron", ["Tỷ lệ (%)", "Nộp trực tuyến"], "rate", "online_submission", 2, num=("on",), den="rec")]
        if pay:
            cols.append(C("pay", ["Tỷ lệ (%)", "Thanh toán trực tuyến"], "rate", "online_payment", 2))
    else:
        cols = [C("rec", ["Tổng số hồ sơ tiếp nhận"], ind="received_total"),
                C("on", ["Hồ sơ trực tuyến"], ind="received_online"),
                C("off", ["Hồ sơ trực tiếp, bưu chính"], ind="received_offline"),
                C("ron", ["Tỷ lệ hồ sơ trực tuyến" + ("" if pct_sign else " (%)")], "rate",
                  "online_submission", 2, num=("on",), den="rec")]
        if pay:
            cols.append(C("pay", ["Tỷ lệ thanh toán trực tuyến" + ("" if pct_sign else " (%)")], "rate",
                          "online_payment", 2))
    return cols, [("rec", ["on", "off"])], []


PARTS766 = [("s1", "Công khai, minh bạch", 18, "index_766_publicity"),
            ("s2", "Tiến độ giải quyết", 20, "index_766_progress"),
            ("s3", "Dịch vụ công trực tuyến", 12, "index_766_online_service"),
            ("s4", "Thanh toán trực tuyến", 10, "index_766_online_payment"),
            ("s5", "Mức độ hài lòng", 18, "index_766_satisfaction"),
            ("s6", "Số hóa hồ sơ", 22, "index_766_digitization")]


def cols766(two_level: bool):
    cols = []
    for cid, name, mx, ind in PARTS766:
        path = ["Điểm các nhóm chỉ số", f"{name} ({mx} điểm)"] if two_level else [f"{name} ({mx})"]
        cols.append(C(cid, path, "score", ind, 2, maximum=mx))
    cols.append(C("stot", ["Tổng điểm (100 điểm)"] if two_level else ["Tổng điểm"], "score",
                  "index_766_total", 2, maximum=100))
    cols.append(C("rank", ["Xếp hạng"], "rank", "index_766_rank", 0))
    return cols, [], []


def proc_cols(rest: bool, two_level: bool):
    if two_level:
        cols = [C("pt", ["Tổng số TTHC"], ind="procedures_total"),
                C("pf", ["Dịch vụ công trực tuyến", "Toàn trình"], ind="procedures_full_online"),
                C("pp", ["Dịch vụ công trực tuyến", "Một phần"], ind="procedures_partial_online")]
    else:
        cols = [C("pt", ["Tổng số thủ tục hành chính"], ind="procedures_total"),
                C("pf", ["Số DVC trực tuyến toàn trình"], ind="procedures_full_online"),
                C("pp", ["Số DVC trực tuyến một phần"], ind="procedures_partial_online")]
    if rest:
        cols.append(C("pn", ["Thủ tục chưa cung cấp trực tuyến"] if not two_level else ["Còn lại"],
                      ind="procedures_not_online"))
        return cols, [("pt", ["pf", "pp", "pn"])], []
    return cols, [], []


def field_cols():
    R, D = "Tiếp nhận", "Đã giải quyết"
    cols = [C("rec", [R, "Tổng số"], ind="received_total"),
            C("on", [R, "Trực tuyến"], ind="received_online"),
            C("off", [R, "Trực tiếp"], ind="received_offline"),
            C("res", [D, "Tổng số"], ind="resolved_total"),
            C("it", [D, "Trước hạn, đúng hạn"], ind="resolved_in_time"),
            C("l", [D, "Quá hạn"], ind="resolved_late"),
            C("pend", ["Đang giải quyết"], ind="pending_total"),
            C("rot", ["Tỷ lệ đúng hạn (%)"], "rate", "resolved_on_time", 2, num=("it",), den="res")]
    return cols, [("rec", ["on", "off"]), ("res", ["it", "l"])], [("rec", ["res", "pend"])]


def balance_cols():
    R, D = "Hồ sơ tiếp nhận", "Hồ sơ đã giải quyết"
    cols = [C("rec", [R, "Tổng số"], ind="received_total"),
            C("co", [R, "Kỳ trước chuyển sang"], ind="received_carried_over"),
            C("on", [R, "Trực tuyến"], ind="received_online"),
            C("off", [R, "Trực tiếp, bưu chính"], ind="received_offline"),
            C("res", [D, "Tổng số"], ind="resolved_total"),
            C("it", [D, "Đúng hạn, trước hạn"], ind="resolved_in_time"),
            C("l", [D, "Quá hạn"], ind="resolved_late"),
            C("pend", ["Hồ sơ đang giải quyết"], ind="pending_total")]
    return cols, [("rec", ["co", "on", "off"]), ("res", ["it", "l"])], [("rec", ["res", "pend"])]


# ----------------------------------------------------------------------------- unit values

def flow_values(rng, scale, kind):
    """Clean counts for one unit; kind names the column set."""
    new = rng.randint(*scale)
    on = round(new * rng.uniform(0.45, 0.97))
    off = new - on
    co = round(new * rng.uniform(0.02, 0.12))
    if kind in ("online",):
        return {"rec": new, "on": on, "off": off}
    base = new + co if kind in ("b06", "bal") else new
    res = round(base * rng.uniform(0.82, 0.97))
    pend = base - res
    late = round(res * rng.uniform(0.0, 0.025))
    early = round((res - late) * rng.uniform(0.35, 0.75))
    ont = res - late - early
    plate = round(pend * rng.uniform(0.0, 0.1))
    v = {"rec": base, "on": on, "off": off, "res": res, "l": late, "pend": pend}
    if kind == "b06":
        v.update(co=co, e=early, o=ont, pin=pend - plate, plate=plate)
    elif kind == "bal":
        v.update(co=co, it=early + ont)
    elif kind == "field":
        v.update(it=early + ont)
    return v


def score_values(rng):
    v = {}
    for cid, _, mx, _ in PARTS766:
        v[cid] = rnd(mx * rng.uniform(0.55, 0.99), 2)
    return v


def proc_values(rng, lo, hi, rest):
    pt = rng.randint(lo, hi)
    pf = round(pt * rng.uniform(0.25, 0.5))
    pp = round(pt * rng.uniform(0.25, 0.45))
    v = {"pt": pt, "pf": pf, "pp": pp}
    if rest:
        v["pn"] = pt - pf - pp
    return v


# ----------------------------------------------------------------------------- the model

class Report:
    def __init__(self, name, fmt, date, province, seed):
        self.name, self.fmt, self.date, self.province = name, fmt, date, province
        self.rng = random.Random(seed)
        self.head = []       # lines above the caption (issuer, number, title)
        self.caption = ""
        self.unit_note = "Đơn vị tính: hồ sơ"
        self.before = []     # prose paragraphs (text) before the table
        self.after = []
        self.prose_facts = []
        self.not_facts = []
        self.mistakes = []
        self.planted = []    # identity ids expected to break
        self.cols = []
        self.rows = []       # dicts label, kind, subject, scope, members, vals
        self.sums, self.balances = [], []
        self.stt = True
        self.zero_dash = True
        self.pct_sign = False
        self.total_label = None
        self.sign = []

    # rows ----------------------------------------------------------------
    def unit(self, label, subject, vals, scope=None, parent=None):
        r = {"label": label, "kind": "unit", "subject": subject, "scope": scope, "vals": dict(vals),
             "parent": parent}
        self.rows.append(r)
        return r

    def group(self, label, subject, scope):
        r = {"label": label, "kind": "group", "subject": subject, "scope": scope, "vals": {}, "parent": None}
        self.rows.append(r)
        return r

    def total(self, label, subject, scope=None):
        r = {"label": label, "kind": "total", "subject": subject, "scope": scope, "vals": {}, "parent": None}
        self.total_label = label
        self.rows.append(r)
        return r

    def col(self, cid):
        return next(c for c in self.cols if c["id"] == cid)

    def members(self, row):
        if row["kind"] == "group":
            return [r for r in self.rows if r["parent"] is row]
        if row["kind"] == "total":
            return [r for r in self.rows if r["kind"] == "group" or (r["kind"] == "unit" and r["parent"] is None)]
        return []

    def summable(self, c):
        return c["kind"] == "count"

    def finish(self):
        """Group and total rows as column sums, then rates and ranks, from clean values."""
        for kind in ("group", "total"):
            for r in self.rows:
                if r["kind"] != kind:
                    continue
                for c in self.cols:
                    if self.summable(c):
                        vals = [m["vals"].get(c["id"]) for m in self.members(r)]
                        if all(isinstance(v, int) for v in vals):
                            r["vals"][c["id"]] = sum(vals)
        for r in self.rows:
            for c in self.cols:
                if c["kind"] == "rate" and c["num"] and c["id"] not in r["vals"]:
                    n = [r["vals"].get(x) for x in c["num"]]
                    m = r["vals"].get(c["den"])
                    if all(isinstance(v, int) for v in n) and isinstance(m, int):
                        r["vals"][c["id"]] = pct(sum(n), m, c["dec"]) if m else "x"
                if c["id"] == "stot" and "s1" in r["vals"]:
                    r["vals"]["stot"] = rnd(sum(Decimal(str(r["vals"][p[0]])) for p in PARTS766), 2)
        if any(c["id"] == "rank" for c in self.cols):
            ranked = sorted([r for r in self.rows if r["kind"] == "unit"], key=lambda r: -r["vals"]["stot"])
            for i, r in enumerate(ranked, 1):
                r["vals"]["rank"] = i
            self.field = len(ranked)

    def plant(self, label, cid, delta, code, identity, note, stated_cid=None):
        r = next(r for r in self.rows if r["label"] == label)
        v = r["vals"][cid]
        r["vals"][cid] = rnd(v + delta, self.col(cid)["dec"]) if isinstance(v, float) else v + delta
        sc = stated_cid or cid
        sv = r["vals"][sc]
        self.mistakes.append({"code": code, "stated": sv, "text": self.cell_text(self.col(sc), sv),
                              "note": note, "cell": {"table": 0, "row": label, "path": self.col(sc)["path"]}})
        self.planted.append(identity)

    # text ----------------------------------------------------------------
    def cell_text(self, c, v):
        if isinstance(v, str):
            return v
        if c["kind"] == "count":
            return "-" if v == 0 and self.zero_dash else vn_int(v)
        if c["kind"] == "rank":
            return str(v)
        s = vn_dec(v, c["dec"])
        return s + "%" if c["kind"] == "rate" and self.pct_sign else s

    def prose(self, where, template, refs):
        """A sentence restating cells: refs = [(row label, col id, subject, kind, indicator, value override)]."""
        texts = []
        for ref in refs:
            label, cid = ref[0], ref[1]
            r = next(r for r in self.rows if r["label"] == label)
            c = self.col(cid)
            v = ref[2] if len(ref) > 2 and ref[2] is not None else r["vals"][cid]
            t = vn_int(v) if c["kind"] in ("count",) else (str(v) if c["kind"] == "rank" else vn_dec(v, c["dec"]))
            if c["kind"] == "rate":
                t += "%"
            texts.append(t)
            f = {"kind": c["kind"], "indicator": c["ind"], "subject": ref[3] if len(ref) > 3 else r["subject"],
                 "value": v, "numerator": None, "denominator": None, "text": t,
                 "ref": {"row": label, "col": cid}}
            if c["kind"] == "rank":
                f["denominator"] = self.field
            self.prose_facts.append(f)
        (self.before if where == "before" else self.after).append(template.format(*texts))

    # header grid ---------------------------------------------------------
    def lead_cols(self):
        return (["STT"] if self.stt else []) + [self.name_header]

    def header_grid(self):
        """[(row, col, rowspan, colspan, text)] over lead columns plus figure columns."""
        depth = max(len(c["path"]) for c in self.cols)
        lead = self.lead_cols()
        cells = [(0, i, depth, 1, t) for i, t in enumerate(lead)]
        off = len(lead)
        for lvl in range(depth):
            j = 0
            while j < len(self.cols):
                p = self.cols[j]["path"]
                if len(p) <= lvl:
                    j += 1
                    continue
                k = j + 1
                while (k < len(self.cols) and len(self.cols[k]["path"]) > lvl
                       and self.cols[k]["path"][:lvl + 1] == p[:lvl + 1]
                       and not (len(p) == lvl + 1)):
                    k += 1
                rs = depth - lvl if len(p) == lvl + 1 else 1
                cells.append((lvl, off + j, rs, k - j, p[lvl]))
                j = k
        return depth, len(lead) + len(self.cols), cells

    def body(self):
        """Body rows as lists of strings."""
        out, n, roman = [], 0, 0
        for r in self.rows:
            if r["kind"] == "unit" and not re.match(r"^[IVX]+\. ", r["label"]):
                n += 1
                stt = str(n)
            elif r["kind"] == "group":
                stt = ""
            else:
                stt = ""
            row = ([stt] if self.stt else []) + [r["label"]]
            for c in self.cols:
                v = r["vals"].get(c["id"], "")
                row.append(self.cell_text(c, v))
            out.append(row)
        return out

    # truth ---------------------------------------------------------------
    def truth(self):
        facts = []
        for r in self.rows:
            for c in self.cols:
                v = r["vals"].get(c["id"], "")
                if isinstance(v, str):
                    continue
                f = {"kind": c["kind"], "indicator": c["ind"], "subject": r["subject"]}
                if r["scope"]:
                    f["scope"] = r["scope"]
                f["value"] = v
                f["numerator"] = f["denominator"] = None
                if c["kind"] == "rate" and c["num"]:
                    n = [r["vals"].get(x) for x in c["num"]]
                    m = r["vals"].get(c["den"])
                    if all(isinstance(x, int) for x in n) and isinstance(m, int):
                        f["numerator"], f["denominator"] = sum(n), m
                if c["kind"] == "rank":
                    f["denominator"] = self.field
                if c["max"]:
                    f["maximum"] = c["max"]
                f["text"] = self.cell_text(c, v)
                f["cell"] = {"table": 0, "row": r["label"], "path": c["path"]}
                facts.append(f)
        for pf in self.prose_facts:
            facts.append({k: v for k, v in pf.items() if k != "ref"})
        return {"register": self.register, "doc_date": self.date, "province": self.province,
                "format": self.fmt, "facts": facts, "not_facts": self.not_facts,
                "mistakes": [{k: v for k, v in m.items()} for m in self.mistakes]}

    # identities ----------------------------------------------------------
    def identities(self):
        """[(id, code, holds)] over the written cells."""
        out = []
        def val(r, cid):
            v = r["vals"].get(cid)
            return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
        for r in self.rows:
            L = r["label"]
            for tot, parts in self.sums:
                vs = [val(r, x) for x in [tot] + parts]
                if None not in vs:
                    out.append((f"row:{L}:{tot}", "sum_mismatch", vs[0] == sum(vs[1:])))
            for tot, parts in self.balances:
                vs = [val(r, x) for x in [tot] + parts]
                if None not in vs:
                    out.append((f"bal:{L}", "balance_mismatch", vs[0] == sum(vs[1:])))
            for c in self.cols:
                if c["kind"] == "rate" and c["num"]:
                    n = [val(r, x) for x in c["num"]]
                    m = val(r, c["den"])
                    v = val(r, c["id"])
                    if None not in n and m and v is not None:
                        out.append((f"rate:{L}:{c['id']}", "ratio_mismatch", v == pct(sum(n), m, c["dec"])))
            if val(r, "stot") is not None:
                s = rnd(sum(Decimal(str(val(r, p[0]))) for p in PARTS766), 2)
                out.append((f"766:{L}", "score_sum_mismatch", s == val(r, "stot")))
            if r["kind"] in ("group", "total"):
                for c in self.cols:
                    if self.summable(c):
                        vs = [val(m, c["id"]) for m in self.members(r)]
                        if None not in vs and val(r, c["id"]) is not None:
                            out.append((f"col:{L}:{c['id']}", "sum_mismatch", sum(vs) == val(r, c["id"])))
        if any(c["id"] == "rank" for c in self.cols):
            units = [r for r in self.rows if r["kind"] == "unit"]
            order = [r["label"] for r in sorted(units, key=lambda r: -r["vals"]["stot"])]
            byrank = [r["label"] for r in sorted(units, key=lambda r: r["vals"]["rank"])]
            out.append(("rank", "rank", order == byrank))
        for pf in self.prose_facts:
            r = next(r for r in self.rows if r["label"] == pf["ref"]["row"])
            out.append((f"prose:{pf['ref']['row']}:{pf['ref']['col']}", "repeated_value_mismatch",
                        pf["value"] == r["vals"][pf["ref"]["col"]]))
        return out


# ----------------------------------------------------------------------------- renderers

def plain_lines(rep: Report) -> tuple[list[str], list[str]]:
    return rep.head, rep.sign


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def render_pdf(rep: Report, path: Path, ruled: bool):
    from reportlab import rl_config
    rl_config.invariant = 1
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont("DV", FONT))
    pdfmetrics.registerFont(TTFont("DVB", FONT_B))
    body = ParagraphStyle("b", fontName="DV", fontSize=10, leading=13, spaceAfter=4)
    bold = ParagraphStyle("h", parent=body, fontName="DVB", alignment=1)
    cellst = ParagraphStyle("c", fontName="DV", fontSize=7, leading=8.5, alignment=1)
    cellb = ParagraphStyle("cb", parent=cellst, fontName="DVB")
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=rep.title, author="",
                            creator="", producer="")
    story = [Paragraph(htmlmod.escape(t), bold if i < 2 else body) for i, t in enumerate(rep.head)]
    story += [Paragraph(htmlmod.escape(p), body) for p in rep.before]
    story += [Paragraph(htmlmod.escape(rep.caption), bold), Paragraph(htmlmod.escape(rep.unit_note), body)]
    depth, ncol, cells = rep.header_grid()
    grid = [["" for _ in range(ncol)] for _ in range(depth)]
    spans = []
    for r, c, rs, cs, t in cells:
        grid[r][c] = Paragraph(htmlmod.escape(t), cellb)
        if rs > 1 or cs > 1:
            spans.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
    data = grid + rep.body()
    lead = len(rep.lead_cols())
    avail = landscape(A4)[0] - 24 * mm
    wname = 48 * mm
    wstt = 9 * mm if rep.stt else 0
    w = (avail - wname - wstt) / len(rep.cols)
    widths = ([wstt] if rep.stt else []) + [wname] + [w] * len(rep.cols)
    style = [("FONTNAME", (0, 0), (-1, -1), "DV"), ("FONTSIZE", (0, depth), (-1, -1), 7.5),
             ("ALIGN", (lead, depth), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + spans
    for i, r in enumerate(rep.rows):
        if r["kind"] != "unit":
            style.append(("FONTNAME", (0, depth + i), (-1, depth + i), "DVB"))
    if ruled:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        style += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                  ("LINEBELOW", (0, depth - 1), (-1, depth - 1), 0.8, colors.black),
                  ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    t = Table(data, colWidths=widths, repeatRows=depth)
    t.setStyle(TableStyle(style))
    story.append(t)
    story.append(Spacer(1, 6))
    story += [Paragraph(htmlmod.escape(p), body) for p in rep.after]
    story += [Paragraph(htmlmod.escape(s), body) for s in rep.sign]
    doc.build(story)


def normalize_zip(path: Path):
    """Fixed member dates and core-property dates, so a rebuild is byte-identical."""
    src = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(src))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2026-01-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(info.filename, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    path.write_bytes(out.getvalue())


def render_docx(rep: Report, path: Path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    for i, t in enumerate(rep.head):
        p = d.add_paragraph(t)
        if i < 2:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for t in rep.before:
        d.add_paragraph(t)
    p = d.add_paragraph(rep.caption)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph(rep.unit_note)
    depth, ncol, cells = rep.header_grid()
    body = rep.body()
    tb = d.add_table(rows=depth + len(body), cols=ncol)
    tb.style = "Table Grid"
    for r, c, rs, cs, t in cells:
        a = tb.cell(r, c)
        if rs > 1 or cs > 1:
            a = a.merge(tb.cell(r + rs - 1, c + cs - 1))
        a.text = t
    for i, row in enumerate(body):
        for j, t in enumerate(row):
            tb.cell(depth + i, j).text = t
    for t in rep.after:
        d.add_paragraph(t)
    for t in rep.sign:
        d.add_paragraph(t)
    d.core_properties.author = ""
    d.save(str(path))
    normalize_zip(path)


def render_html(rep: Report, path: Path):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">', f"<title>{e(rep.title)}</title>",
           "<style>table{border-collapse:collapse}td,th{border:1px solid #444;padding:2px 4px}"
           "td.n{text-align:right}</style></head><body>"]
    for i, t in enumerate(rep.head):
        attr = ' style="text-align:center;font-weight:bold"' if i < 2 else ""
        out.append(f"<p{attr}>{e(t)}</p>")
    out += [f"<p>{e(t)}</p>" for t in rep.before]
    out.append(f'<p style="text-align:center"><b>{e(rep.caption)}</b></p>')
    out.append(f"<p><i>{e(rep.unit_note)}</i></p>")
    depth, ncol, cells = rep.header_grid()
    out.append("<table>")
    out.append("<thead>")
    for lvl in range(depth):
        tr = []
        for r, c, rs, cs, t in sorted(cells, key=lambda x: x[1]):
            if r == lvl:
                attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                tr.append(f"<th{attrs}>{e(t)}</th>")
        out.append("<tr>" + "".join(tr) + "</tr>")
    out.append("</thead><tbody>")
    lead = len(rep.lead_cols())
    for r, row in zip(rep.rows, rep.body()):
        tds = []
        for j, t in enumerate(row):
            cls = ' class="n"' if j >= lead else ""
            txt = f"<b>{e(t)}</b>" if r["kind"] != "unit" else e(t)
            tds.append(f"<td{cls}>{txt}</td>")
        out.append("<tr>" + "".join(tds) + "</tr>")
    out.append("</tbody></table>")
    out += [f"<p>{e(t)}</p>" for t in rep.after]
    out += [f"<p>{e(t)}</p>" for t in rep.sign]
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", "utf-8")


def render_xlsx(rep: Report, path: Path, numeric: bool):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    wb = Workbook()
    ws = wb.active
    ws.title = "Bieu"
    wb.properties.creator = ""
    wb.properties.created = wb.properties.modified = datetime.datetime(2026, 1, 1)
    r0 = 1
    for t in rep.head + rep.before:
        ws.cell(r0, 1, t)
        r0 += 1
    ws.cell(r0, 1, rep.caption).font = Font(bold=True)
    r0 += 1
    ws.cell(r0, 1, rep.unit_note)
    r0 += 1
    depth, ncol, cells = rep.header_grid()
    for r, c, rs, cs, t in cells:
        ws.cell(r0 + r, c + 1, t).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if rs > 1 or cs > 1:
            ws.merge_cells(start_row=r0 + r, start_column=c + 1, end_row=r0 + r + rs - 1, end_column=c + cs)
    lead = len(rep.lead_cols())
    rr = r0 + depth
    for r in rep.rows:
        if rep.stt:
            pass
        row = rep.body()[rep.rows.index(r)]
        for j, t in enumerate(row[:lead]):
            ws.cell(rr, j + 1, t)
        for j, c in enumerate(rep.cols):
            v = r["vals"].get(c["id"], "")
            cell = ws.cell(rr, lead + j + 1)
            if numeric and not isinstance(v, str) and not (v == 0 and rep.zero_dash and c["kind"] == "count"):
                cell.value = v
                cell.number_format = "#,##0" if c["kind"] in ("count", "rank") else "0.00"
            else:
                cell.value = rep.cell_text(c, v) if v != "" else None
        if r["kind"] != "unit":
            for j in range(ncol):
                ws.cell(rr, j + 1).font = Font(bold=True)
        rr += 1
    rr += 1
    for t in rep.after + rep.sign:
        ws.cell(rr, 1, t)
        rr += 1
    ws.column_dimensions["B" if rep.stt else "A"].width = 36
    wb.save(str(path))
    normalize_zip(path)


def soffice(src: Path, target: str, outdir: Path):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", target,
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)


def render(rep: Report, outdir: Path) -> Path:
    stem = outdir / rep.name
    f = rep.fmt
    if f in ("pdf_ruled", "pdf_pages"):
        p = stem.with_suffix(".pdf")
        render_pdf(rep, p, True)
    elif f == "pdf_borderless":
        p = stem.with_suffix(".pdf")
        render_pdf(rep, p, False)
    elif f == "docx":
        p = stem.with_suffix(".docx")
        render_docx(rep, p)
    elif f == "html":
        p = stem.with_suffix(".html")
        render_html(rep, p)
    elif f == "xlsx":
        p = stem.with_suffix(".xlsx")
        render_xlsx(rep, p, numeric=rep.numeric)
    elif f in ("ods", "xls"):
        tmp = Path(tempfile.mkdtemp())
        src = tmp / (rep.name + ".xlsx")
        render_xlsx(rep, src, numeric=rep.numeric)
        soffice(src, f, tmp)
        p = stem.with_suffix("." + f)
        shutil.move(str(tmp / (rep.name + "." + f)), p)
        shutil.rmtree(tmp)
    elif f == "doc":
        tmp = Path(tempfile.mkdtemp())
        src = tmp / (rep.name + ".docx")
        render_docx(rep, src)
        soffice(src, "doc", tmp)
        p = stem.with_suffix(".doc")
        shutil.move(str(tmp / (rep.name + ".doc")), p)
        shutil.rmtree(tmp)
    else:
        raise ValueError(f)
    (outdir / (rep.name + ".truth.json")).write_text(
        json.dumps(rep.truth(), ensure_ascii=False, indent=1) + "\n", "utf-8")
    return p


# ----------------------------------------------------------------------------- reports

def head(rep, issuer_top, issuer, number, place, date, title):
    y, m, d = date.split("-")
    rep.head = [f"{issuer_top} — {issuer}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Độc lập - Tự do - Hạnh phúc",
                f"Số: {number}", f"{place}, ngày {int(d):02d} tháng {int(m):02d} năm {y}", "BÁO CÁO", title]
    rep.title = title


def sign(rep, pos, name):
    rep.sign = ["Nơi nhận: - Như trên; - Lưu: VT.", pos, name]


def std_units(rep, names, subject_of, kind, scale, scope=None, parent=None):
    for n in names:
        rep.unit(n, subject_of(n), flow_values(rep.rng, scale, kind), scope=scope, parent=parent)


def U(n):
    return "unit:" + n


def build_all() -> list[Report]:
    reps = []

    # 01 pdf_ruled: Biểu 06 by district (legacy), on-time rate, total "Toàn tỉnh"; clean
    r = Report("t6_01_bieu06_quangngai", "pdf_ruled", "2024-10-08", "Tỉnh Quảng Ngãi", 601)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG", "412/BC-VP", "Quảng Ngãi", r.date,
         "Kết quả giải quyết thủ tục hành chính quý III năm 2024 của các huyện, thị xã, thành phố")
    r.cols, r.sums, r.balances = biểu06(rate=True)
    r.name_header = "Đơn vị"
    std_units(r, districts_of("tinhquangngai"), U, "b06", (900, 6500))
    r.total("Tổng cộng", "districts")
    r.caption = "Biểu số 06: Tình hình, kết quả giải quyết TTHC quý III năm 2024 của các huyện, thị xã, thành phố"
    r.finish()
    r.prose("after", "Trong quý III năm 2024, các huyện, thị xã, thành phố tiếp nhận {} hồ sơ, đã giải quyết {} hồ sơ, "
            "trong đó quá hạn {} hồ sơ.", [("Tổng cộng", "rec"), ("Tổng cộng", "res"), ("Tổng cộng", "l")])
    r.not_facts.append({"text": "tăng 6,4%", "why": "change"})
    r.after.append("Số hồ sơ tiếp nhận tăng 6,4% so với quý II năm 2024.")
    sign(r, "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn Hòa")
    reps.append(r)

    # 02 pdf_ruled: online per commune (Lai Châu), 1-level, % in cells, total communes; wrong rate cell
    r = Report("t6_02_truc_tuyen_laichau", "pdf_ruled", "2025-11-05", "Tỉnh Lai Châu", 602)
    r.register = "portal_stats"
    head(r, "UBND TỈNH LAI CHÂU", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "88/BC-TTPVHCC", "Lai Châu", r.date,
         "Tình hình tiếp nhận hồ sơ trực tuyến tháng 10 năm 2025 của các xã, phường")
    r.cols, r.sums, r.balances = online_cols(False, False, pct_sign=True)
    r.pct_sign = True
    r.name_header = "Xã, phường"
    names = wards_of("Lai Châu", 14, 2)
    std_units(r, names, U, "online", (120, 1400))
    r.rows[5]["vals"] = {"rec": 0, "on": 0, "off": 0}
    r.total("Tổng cộng", "communes")
    r.caption = "Bảng: Tỷ lệ hồ sơ nộp trực tuyến của các xã, phường tháng 10/2025"
    r.finish()
    r.prose("before", "Trong tháng 10/2025, các xã, phường tiếp nhận {} hồ sơ, trong đó {} hồ sơ nộp trực tuyến.",
            [("Tổng cộng", "rec"), ("Tổng cộng", "on")])
    r.before.append("Chỉ tiêu giao: tỷ lệ nộp hồ sơ trực tuyến đạt từ 80% trở lên.")
    r.not_facts.append({"text": "80%", "why": "target"})
    r.plant(names[2], "ron", 3.0, "ratio_mismatch", f"rate:{names[2]}:ron", "rate cell 3 points above online/received")
    sign(r, "GIÁM ĐỐC", "Lò Văn Thắng")
    reps.append(r)

    # 03 pdf_ruled: 766 departments 1-level; wrong 766 total
    r = Report("t6_03_chiso766_so_camau", "pdf_ruled", "2025-12-12", "Tỉnh Cà Mau", 603)
    r.register = "portal_stats"
    head(r, "UBND TỈNH CÀ MAU", "VĂN PHÒNG", "215/BC-VP", "Cà Mau", r.date,
         "Kết quả đánh giá Bộ chỉ số 766 phục vụ người dân, doanh nghiệp của các sở, ban, ngành tháng 11 năm 2025")
    r.cols, r.sums, r.balances = cols766(False)
    r.name_header = "Cơ quan"
    for n in DEPTS_2025[:9]:
        r.unit(n, U(n), score_values(r.rng))
    r.unit_note = "Đơn vị tính: điểm"
    r.caption = "Bảng điểm Bộ chỉ số 766 của các sở, ban, ngành (theo Quyết định số 766/QĐ-TTg)"
    r.finish()
    top = min(r.rows, key=lambda x: x["vals"]["rank"])["label"]
    r.prose("after", "Đơn vị đạt điểm cao nhất là " + top + " với {} điểm.", [(top, "stot")])
    ranked = sorted(r.rows, key=lambda x: x["vals"]["rank"])
    mid = ranked[4]["label"]
    gap = min(ranked[3]["vals"]["stot"] - ranked[4]["vals"]["stot"], ranked[4]["vals"]["stot"] - ranked[5]["vals"]["stot"])
    r.plant(mid, "stot", rnd(min(0.8, gap * 0.5), 2), "score_sum_mismatch", f"766:{mid}", "components do not make the total")
    sign(r, "CHÁNH VĂN PHÒNG", "Trần Minh Khoa")
    reps.append(r)

    # 04 pdf_borderless: online 2-level, groups cấp tỉnh / cấp xã (Hà Tĩnh), payment rate with '...'; clean
    r = Report("t6_04_truc_tuyen_hatinh", "pdf_borderless", "2025-09-30", "Tỉnh Hà Tĩnh", 604)
    r.register = "portal_stats"
    head(r, "UBND TỈNH HÀ TĨNH", "VĂN PHÒNG", "301/BC-VP", "Hà Tĩnh", r.date,
         "Số liệu hồ sơ trực tuyến quý III năm 2025 trên Hệ thống thông tin giải quyết TTHC tỉnh")
    r.cols, r.sums, r.balances = online_cols(True, True)
    r.stt = False
    r.name_header = "Cơ quan, đơn vị"
    g1 = r.group("I. Cấp tỉnh", "departments", "cấp tỉnh")
    for n in DEPTS_2025[:6]:
        v = flow_values(r.rng, (200, 3000), "online")
        v["pay"] = rnd(r.rng.uniform(40, 99), 2)
        r.unit(n, U(n), v, parent=g1)
    g2 = r.group("II. Cấp xã", "communes", "cấp xã")
    for n in wards_of("Hà Tĩnh", 6, 4):
        v = flow_values(r.rng, (300, 2500), "online")
        v["pay"] = rnd(r.rng.uniform(40, 99), 2)
        r.unit(n, U(n), v, parent=g2)
    r.rows[3]["vals"]["pay"] = "..."
    r.rows[10]["vals"]["pay"] = "..."
    for x in (g1, g2):
        x["vals"]["pay"] = "x"
    r.total("Toàn tỉnh", "city")
    r.finish()
    r.rows[-1]["vals"]["pay"] = "x"
    r.caption = "Biểu: Hồ sơ tiếp nhận và tỷ lệ trực tuyến theo cơ quan, đơn vị (quý III/2025)"
    r.prose("after", "Trong quý III năm 2025, toàn tỉnh tiếp nhận {} hồ sơ.", [("Toàn tỉnh", "rec")])
    r.prose("after", "Tỷ lệ hồ sơ nộp trực tuyến của toàn tỉnh đạt {}; riêng cấp xã đạt {}.",
            [("Toàn tỉnh", "ron"), ("II. Cấp xã", "ron")])
    sign(r, "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN PHÒNG", "Phan Thị Lan")
    reps.append(r)

    # 05 pdf_borderless: procedures by level, no remainder, wrong total row
    r = Report("t6_05_thutuc_quangtri", "pdf_borderless", "2025-08-20", "Tỉnh Quảng Trị", 605)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH QUẢNG TRỊ", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "57/BC-SKHCN", "Quảng Trị", r.date,
         "Tình hình cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh")
    r.cols, r.sums, r.balances = proc_cols(False, True)
    r.name_header = "Cơ quan"
    r.unit_note = "Đơn vị tính: thủ tục"
    g1 = r.group("I. Cấp tỉnh", "departments", "cấp tỉnh")
    for n in DEPTS_2025[:7]:
        r.unit(n, U(n), proc_values(r.rng, 40, 180, False), parent=g1)
    r.rows.append({"label": "II. Cấp xã", "kind": "unit", "subject": "communes", "scope": "cấp xã",
                   "vals": proc_values(r.rng, 250, 320, False), "parent": None})
    # the total sums group I and row II
    r.total("Tổng cộng", "city")
    r.finish()
    r.caption = "Bảng: Số thủ tục hành chính và dịch vụ công trực tuyến theo cấp"
    r.prose("before", "Hiện nay, toàn tỉnh có {} thủ tục hành chính, trong đó cấp xã {} thủ tục.",
            [("Tổng cộng", "pt"), ("II. Cấp xã", "pt")])
    r.plant("Tổng cộng", "pf", 12, "sum_mismatch", "col:Tổng cộng:pf", "total row 12 above I + II")
    sign(r, "GIÁM ĐỐC", "Hồ Sỹ Long")
    reps.append(r)

    # 06 pdf_borderless: commune own report by field; clean
    wn = wards_of("Cao Bằng", 1, 6)[0]
    r = Report("t6_06_linhvuc_xa_caobang", "pdf_borderless", "2026-01-06", "Tỉnh Cao Bằng", 606)
    r.register = "commune_report"
    head(r, "UBND TỈNH CAO BẰNG", "UBND " + wn.upper(), "03/BC-UBND", wn.split(" ", 1)[1], r.date,
         "Kết quả giải quyết thủ tục hành chính năm 2025 tại Bộ phận Một cửa")
    r.cols, r.sums, r.balances = field_cols()
    r.name_header = "Lĩnh vực"
    for f in FIELDS[:7]:
        r.unit(f, "self", flow_values(r.rng, (15, 700), "field"), scope=f)
    r.total("Cộng", "self")
    r.finish()
    r.caption = "Bảng: Kết quả giải quyết TTHC theo lĩnh vực năm 2025"
    r.prose("before", "Năm 2025, UBND xã tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ; đã giải quyết {} hồ sơ.",
            [("Cộng", "rec"), ("Cộng", "on"), ("Cộng", "res")])
    sign(r, "CHỦ TỊCH", "Nông Văn Tuấn")
    reps.append(r)

    # 07 pdf_pages: Biểu 06 all communes of Điện Biên, over pages; clean
    r = Report("t6_07_bieu06_dienbien_xa", "pdf_pages", "2025-10-15", "Tỉnh Điện Biên", 607)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH ĐIỆN BIÊN", "VĂN PHÒNG", "377/BC-VP", "Điện Biên", r.date,
         "Tình hình giải quyết thủ tục hành chính quý III năm 2025 của các xã, phường")
    r.cols, r.sums, r.balances = biểu06(rate=False)
    r.name_header = "Xã, phường"
    r.zero_dash = True
    std_units(r, all_wards("Điện Biên"), U, "b06", (80, 1600))
    r.total("Tổng cộng", "communes")
    r.finish()
    r.caption = "Biểu số 06: Kết quả giải quyết TTHC của các xã, phường quý III năm 2025"
    r.prose("before", "Các xã, phường tiếp nhận {} hồ sơ, trong đó kỳ trước chuyển qua {} hồ sơ; "
            "còn {} hồ sơ đang giải quyết.", [("Tổng cộng", "rec"), ("Tổng cộng", "co"), ("Tổng cộng", "pend")])
    sign(r, "CHÁNH VĂN PHÒNG", "Lường Thị Mai")
    reps.append(r)

    # 08 pdf_pages: online 2-level per commune of Cao Bằng over pages; prose contradicts
    r = Report("t6_08_truc_tuyen_caobang", "pdf_pages", "2026-02-03", "Tỉnh Cao Bằng", 608)
    r.register = "portal_stats"
    head(r, "UBND TỈNH CAO BẰNG", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "19/BC-TTPVHCC", "Cao Bằng", r.date,
         "Số liệu hồ sơ trực tuyến tháng 01 năm 2026 của các xã, phường")
    r.cols, r.sums, r.balances = online_cols(True, False)
    r.name_header = "Đơn vị"
    std_units(r, all_wards("Cao Bằng"), U, "online", (60, 900))
    r.total("Tổng cộng", "communes")
    r.finish()
    r.caption = "Biểu: Tỷ lệ hồ sơ nộp trực tuyến của các xã, phường, tháng 01/2026"
    best = max((x for x in r.rows if x["kind"] == "unit"), key=lambda x: x["vals"]["ron"])["label"]
    r.prose("after", "Tỷ lệ hồ sơ nộp trực tuyến của các xã, phường đạt {}. Các xã, phường tiếp nhận {} hồ sơ trong tháng.",
            [("Tổng cộng", "ron"), ("Tổng cộng", "rec", r.rows[-1]["vals"]["rec"] + 90)])
    r.mistakes.append({"code": "repeated_value_mismatch", "stated": r.rows[-1]["vals"]["rec"] + 90,
                       "text": vn_int(r.rows[-1]["vals"]["rec"] + 90),
                       "note": f"the table's Tổng cộng row says {vn_int(r.rows[-1]['vals']['rec'])}"})
    r.planted.append("prose:Tổng cộng:rec")
    r.prose("after", best + " có tỷ lệ trực tuyến cao nhất, đạt {}.", [(best, "ron")])
    sign(r, "KT. GIÁM ĐỐC — PHÓ GIÁM ĐỐC", "Đàm Văn Quân")
    reps.append(r)

    # 09 pdf_pages: 766 2-level for the communes of Lai Châu; clean
    r = Report("t6_09_chiso766_xa_laichau", "pdf_pages", "2025-12-20", "Tỉnh Lai Châu", 609)
    r.register = "portal_stats"
    head(r, "UBND TỈNH LAI CHÂU", "VĂN PHÒNG", "402/BC-VP", "Lai Châu", r.date,
         "Kết quả Bộ chỉ số 766 của các xã, phường tháng 11 năm 2025")
    r.cols, r.sums, r.balances = cols766(True)
    r.name_header = "Xã, phường"
    r.unit_note = "Đơn vị tính: điểm"
    for n in all_wards("Lai Châu"):
        r.unit(n, U(n), score_values(r.rng))
    r.finish()
    r.caption = "Bảng tổng hợp điểm Bộ chỉ số 766 của 38 xã, phường"
    last = max(r.rows, key=lambda x: x["vals"]["rank"])["label"]
    r.prose("after", last + " xếp hạng {} với {} điểm.", [(last, "rank"), (last, "stot")])
    r.not_facts.append({"text": "38 xã, phường", "why": "count_of_things"})
    sign(r, "CHÁNH VĂN PHÒNG", "Vàng A Sình")
    reps.append(r)

    # 10 docx: Biểu 06 departments without total row; a row that does not add up
    r = Report("t6_10_bieu06_so_nghean", "docx", "2025-10-10", "Tỉnh Nghệ An", 610)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH NGHỆ AN", "VĂN PHÒNG", "633/BC-VP", "Nghệ An", r.date,
         "Kết quả giải quyết thủ tục hành chính quý III năm 2025 của các sở, ban, ngành")
    r.cols, r.sums, r.balances = biểu06(rate=False)
    r.name_header = "Tên cơ quan"
    std_units(r, DEPTS_2025[:8], U, "b06", (150, 4200))
    r.finish()
    r.caption = "Biểu số 06: Tình hình giải quyết TTHC của các sở, ban, ngành quý III năm 2025"
    r.prose("after", "Sở Tư pháp tiếp nhận {} hồ sơ, đã giải quyết {} hồ sơ.",
            [("Sở Tư pháp", "rec"), ("Sở Tư pháp", "res")])
    r.plant("Sở Xây dựng", "e", 25, "sum_mismatch", "row:Sở Xây dựng:res",
            "early + on time + late is 25 above the resolved total", stated_cid="res")
    sign(r, "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN PHÒNG", "Hoàng Văn Đức")
    reps.append(r)

    # 11 docx: 766 departments 2-level; clean
    r = Report("t6_11_chiso766_so_binhdinh", "docx", "2024-12-18", "Tỉnh Bình Định", 611)
    r.register = "portal_stats"
    head(r, "UBND TỈNH BÌNH ĐỊNH", "VĂN PHÒNG", "288/BC-VP", "Bình Định", r.date,
         "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp (Bộ chỉ số 766) của các sở, ngành tháng 11 năm 2024")
    r.cols, r.sums, r.balances = cols766(True)
    r.name_header = "Sở, ngành"
    r.unit_note = "Đơn vị tính: điểm"
    for n in DEPTS_2024[:10]:
        r.unit(n, U(n), score_values(r.rng))
    r.finish()
    r.caption = "Bảng điểm Bộ chỉ số 766 các sở, ngành"
    top = min(r.rows, key=lambda x: x["vals"]["rank"])["label"]
    r.prose("before", top + " dẫn đầu với tổng điểm {}.", [(top, "stot")])
    sign(r, "CHÁNH VĂN PHÒNG", "Lê Quang Vinh")
    reps.append(r)

    # 12 docx: balance table departments, no total row; broken balance
    r = Report("t6_12_canbang_so_thanhhoa", "docx", "2024-07-09", "Tỉnh Thanh Hóa", 612)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH THANH HÓA", "VĂN PHÒNG", "190/BC-VP", "Thanh Hóa", r.date,
         "Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2024 tại các sở, ngành")
    r.cols, r.sums, r.balances = balance_cols()
    r.name_header = "Đơn vị"
    std_units(r, DEPTS_2024[:9], U, "bal", (300, 5200))
    r.finish()
    r.caption = "Bảng: Hồ sơ tiếp nhận, đã giải quyết và đang giải quyết của các sở, ngành"
    r.prose("after", "Sở Tài chính tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ.",
            [("Sở Tài chính", "rec"), ("Sở Tài chính", "on")])
    r.plant("Sở Công Thương", "pend", 40, "balance_mismatch", "bal:Sở Công Thương",
            "resolved + pending is 40 above received")
    sign(r, "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN PHÒNG", "Lê Thị Hằng")
    reps.append(r)

    # 13 html: online 1-level, groups, payment; clean
    r = Report("t6_13_truc_tuyen_khanhhoa", "html", "2025-11-12", "Tỉnh Khánh Hòa", 613)
    r.register = "portal_stats"
    head(r, "UBND TỈNH KHÁNH HÒA", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "141/BC-TTPVHCC", "Khánh Hòa", r.date,
         "Tình hình tiếp nhận hồ sơ trực tuyến tháng 10 năm 2025")
    r.cols, r.sums, r.balances = online_cols(False, True)
    r.name_header = "Cơ quan, địa phương"
    g1 = r.group("I. Các sở, ban, ngành", "departments", "cấp tỉnh")
    for n in DEPTS_2025[3:9]:
        v = flow_values(r.rng, (150, 2600), "online")
        v["pay"] = rnd(r.rng.uniform(50, 99), 2)
        r.unit(n, U(n), v, parent=g1)
    g2 = r.group("II. UBND các xã, phường", "communes", "cấp xã")
    for n in wards_of("Khánh Hòa", 7, 13):
        v = flow_values(r.rng, (200, 2100), "online")
        v["pay"] = "..." if r.rng.random() < 0.25 else rnd(r.rng.uniform(50, 99), 2)
        r.unit(n, U(n), v, parent=g2)
    r.total("Toàn tỉnh", "city")
    r.finish()
    for x in r.rows:
        if x["kind"] != "unit":
            x["vals"]["pay"] = ""
    r.caption = "Bảng thống kê hồ sơ trực tuyến theo cơ quan, đơn vị tháng 10/2025"
    r.prose("before", "Trong tháng, toàn tỉnh tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ.",
            [("Toàn tỉnh", "rec"), ("Toàn tỉnh", "on")])
    sign(r, "GIÁM ĐỐC", "Trần Hữu Phước")
    reps.append(r)

    # 14 html: Biểu 06 districts (legacy) with rate; wrong rate cell
    r = Report("t6_14_bieu06_nghean_huyen", "html", "2024-04-12", "Tỉnh Nghệ An", 614)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH NGHỆ AN", "VĂN PHÒNG", "245/BC-VP", "Nghệ An", r.date,
         "Kết quả giải quyết thủ tục hành chính quý I năm 2024 của UBND cấp huyện")
    r.cols, r.sums, r.balances = biểu06(rate=True)
    r.name_header = "Huyện, thành phố, thị xã"
    names = districts_of("tinhnghean")
    std_units(r, names, U, "b06", (700, 5200))
    r.total("Cộng", "districts")
    r.finish()
    r.caption = "Biểu số 06: Kết quả giải quyết TTHC quý I năm 2024 của các huyện, thành phố, thị xã"
    r.prose("after", "Tỷ lệ giải quyết trước hạn, đúng hạn chung của cấp huyện đạt {}.", [("Cộng", "rot")])
    r.plant(names[6], "rot", -1.85, "ratio_mismatch", f"rate:{names[6]}:rot",
            "(early + on time) / resolved is 1,85 points higher")
    sign(r, "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN PHÒNG", "Nguyễn Thị Thu")
    reps.append(r)

    # 15 html: procedures with remainder, groups; clean
    r = Report("t6_15_thutuc_lamdong", "html", "2025-09-05", "Tỉnh Lâm Đồng", 615)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH LÂM ĐỒNG", "VĂN PHÒNG", "512/BC-VP", "Lâm Đồng", r.date,
         "Tình hình công bố, cung cấp dịch vụ công trực tuyến đối với thủ tục hành chính")
    r.cols, r.sums, r.balances = proc_cols(True, True)
    r.name_header = "Cơ quan"
    r.unit_note = "Đơn vị tính: thủ tục"
    g1 = r.group("I. Cấp tỉnh", "departments", "cấp tỉnh")
    for n in DEPTS_2025[:8]:
        r.unit(n, U(n), proc_values(r.rng, 35, 170, True), parent=g1)
    r.rows.append({"label": "II. Cấp xã", "kind": "unit", "subject": "communes", "scope": "cấp xã",
                   "vals": proc_values(r.rng, 260, 330, True), "parent": None})
    r.total("Tổng số", "city")
    r.finish()
    r.caption = "Bảng: Thủ tục hành chính theo mức độ cung cấp dịch vụ công trực tuyến"
    r.prose("after", "Toàn tỉnh có {} TTHC, trong đó {} dịch vụ công trực tuyến toàn trình.",
            [("Tổng số", "pt"), ("Tổng số", "pf")])
    sign(r, "CHÁNH VĂN PHÒNG", "K' Brơi")
    reps.append(r)

    # 16 xlsx: Biểu 06 communes (numeric cells), total communes; clean
    r = Report("t6_16_bieu06_xa_quangninh", "xlsx", "2026-01-08", "Tỉnh Quảng Ninh", 616)
    r.register = "quarterly_report"
    r.numeric = True
    head(r, "UBND TỈNH QUẢNG NINH", "VĂN PHÒNG", "12/BC-VP", "Quảng Ninh", r.date,
         "Kết quả giải quyết TTHC quý IV năm 2025 của các xã, phường, đặc khu")
    r.cols, r.sums, r.balances = biểu06(rate=True)
    r.name_header = "Xã, phường, đặc khu"
    std_units(r, wards_of("Quảng Ninh", 16, 16), U, "b06", (250, 3800))
    r.total("Tổng cộng", "communes")
    r.finish()
    r.caption = "Biểu số 06 - Tình hình, kết quả giải quyết TTHC của các xã, phường, đặc khu"
    r.prose("after", "Các xã, phường, đặc khu đã giải quyết {} hồ sơ, quá hạn {} hồ sơ.",
            [("Tổng cộng", "res"), ("Tổng cộng", "l")])
    sign(r, "CHÁNH VĂN PHÒNG", "Vũ Đức Thành")
    reps.append(r)

    # 17 xlsx: 766 communes 1-level (text cells); wrong 766 total
    r = Report("t6_17_chiso766_xa_hue", "xlsx", "2025-10-22", "Thành phố Huế", 617)
    r.register = "portal_stats"
    r.numeric = False
    head(r, "UBND THÀNH PHỐ HUẾ", "VĂN PHÒNG", "330/BC-VP", "Huế", r.date,
         "Điểm Bộ chỉ số 766 của các xã, phường tháng 9 năm 2025")
    r.cols, r.sums, r.balances = cols766(False)
    r.name_header = "Phường, xã"
    r.unit_note = "Đơn vị tính: điểm"
    for n in wards_of("Thành phố Huế", 15, 17):
        r.unit(n, U(n), score_values(r.rng))
    r.finish()
    r.caption = "Bảng: Kết quả Bộ chỉ số 766 theo phường, xã"
    ranked = sorted(r.rows, key=lambda x: x["vals"]["rank"])
    mid = ranked[7]["label"]
    gap = min(ranked[6]["vals"]["stot"] - ranked[7]["vals"]["stot"], ranked[7]["vals"]["stot"] - ranked[8]["vals"]["stot"])
    r.plant(mid, "stot", -rnd(min(1.2, gap * 0.5), 2), "score_sum_mismatch", f"766:{mid}", "components make more than the total")
    r.prose("before", ranked[0]["label"] + " dẫn đầu với {} điểm.", [(ranked[0]["label"], "stot")])
    sign(r, "CHÁNH VĂN PHÒNG", "Hồ Thị Ngọc")
    reps.append(r)

    # 18 xlsx: online per department (numeric), total departments; prose contradicts
    r = Report("t6_18_truc_tuyen_so_dongnai", "xlsx", "2025-12-02", "Tỉnh Đồng Nai", 618)
    r.register = "portal_stats"
    r.numeric = True
    head(r, "UBND TỈNH ĐỒNG NAI", "VĂN PHÒNG", "702/BC-VP", "Đồng Nai", r.date,
         "Tỷ lệ hồ sơ trực tuyến tháng 11 năm 2025 của các sở, ban, ngành")
    r.cols, r.sums, r.balances = online_cols(False, False)
    r.name_header = "Sở, ban, ngành"
    std_units(r, DEPTS_2025[:10], U, "online", (80, 3300))
    r.total("Tổng cộng", "departments")
    r.finish()
    r.caption = "Bảng: Hồ sơ trực tuyến của các sở, ban, ngành tháng 11/2025"
    wrong = rnd(r.rows[-1]["vals"]["ron"] + 2.4, 2)
    r.prose("after", "Tỷ lệ hồ sơ trực tuyến của các sở, ban, ngành đạt {}.", [("Tổng cộng", "ron", wrong)])
    r.mistakes.append({"code": "repeated_value_mismatch", "stated": wrong, "text": vn_dec(wrong, 2) + "%",
                       "note": f"the table's Tổng cộng row says {vn_dec(r.rows[-1]['vals']['ron'], 2)}"})
    r.planted.append("prose:Tổng cộng:ron")
    sign(r, "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN PHÒNG", "Đinh Công Sơn")
    reps.append(r)

    # 19 ods: online departments 1-level no total; a row that does not add up
    r = Report("t6_19_truc_tuyen_so_gialai", "ods", "2025-08-11", "Tỉnh Gia Lai", 619)
    r.register = "portal_stats"
    r.numeric = True
    head(r, "UBND TỈNH GIA LAI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "66/BC-TTPVHCC", "Gia Lai", r.date,
         "Số liệu hồ sơ trực tuyến tháng 7 năm 2025 của các sở, ban, ngành")
    r.cols, r.sums, r.balances = online_cols(False, False)
    r.name_header = "Cơ quan"
    std_units(r, DEPTS_2025[:9], U, "online", (60, 2400))
    r.finish()
    r.caption = "Bảng: Tỷ lệ hồ sơ trực tuyến theo cơ quan"
    r.prose("after", "Sở Nội vụ tiếp nhận nhiều hồ sơ nhất với {} hồ sơ.", [("Sở Nội vụ", "rec")])
    r.prose("after", "Tỷ lệ hồ sơ nộp trực tuyến của Sở Nội vụ đạt {}.", [("Sở Nội vụ", "ron")])
    r.plant("Sở Y tế", "off", -14, "sum_mismatch", "row:Sở Y tế:rec",
            "online + in person is 14 short of the total", stated_cid="rec")
    sign(r, "GIÁM ĐỐC", "Rơ Mah Thuân")
    reps.append(r)

    # 20 ods: procedures 1-level with remainder, departments only, total departments; clean
    r = Report("t6_20_thutuc_so_vinhlong", "ods", "2025-11-25", "Tỉnh Vĩnh Long", 620)
    r.register = "quarterly_report"
    r.numeric = True
    head(r, "UBND TỈNH VĨNH LONG", "VĂN PHÒNG", "455/BC-VP", "Vĩnh Long", r.date,
         "Danh mục thủ tục hành chính và dịch vụ công trực tuyến của các sở, ban, ngành")
    r.cols, r.sums, r.balances = proc_cols(True, False)
    r.name_header = "Sở, ban, ngành"
    r.unit_note = "Đơn vị tính: thủ tục"
    for n in DEPTS_2025[:10]:
        r.unit(n, U(n), proc_values(r.rng, 30, 190, True))
    r.total("Cộng", "departments")
    r.finish()
    r.caption = "Bảng: Số thủ tục hành chính của các sở, ban, ngành theo mức độ trực tuyến"
    r.prose("before", "Các sở, ban, ngành thực hiện {} thủ tục hành chính, trong đó {} dịch vụ công trực tuyến một phần.",
            [("Cộng", "pt"), ("Cộng", "pp")])
    sign(r, "CHÁNH VĂN PHÒNG", "Trương Văn Nhã")
    reps.append(r)

    # 21 doc: commune self by field (legacy commune? no: 2025 ward of An Giang); clean
    wn = wards_of("An Giang", 1, 21)[0]
    r = Report("t6_21_linhvuc_angiang", "doc", "2025-10-03", "Tỉnh An Giang", 621)
    r.register = "commune_report"
    head(r, "UBND TỈNH AN GIANG", "UBND " + wn.upper(), "45/BC-UBND", wn.split(" ", 1)[1], r.date,
         "Kết quả giải quyết thủ tục hành chính quý III năm 2025")
    r.cols, r.sums, r.balances = field_cols()
    r.name_header = "Lĩnh vực"
    r.zero_dash = False
    for f in FIELDS:
        r.unit(f, "self", flow_values(r.rng, (8, 650), "field"), scope=f)
    r.rows[5]["vals"] = {"rec": 0, "on": 0, "off": 0, "res": 0, "it": 0, "l": 0, "pend": 0}
    r.total("Tổng cộng", "self")
    r.finish()
    r.caption = "Biểu: Kết quả tiếp nhận, giải quyết hồ sơ TTHC theo lĩnh vực"
    r.prose("after", "Quý III năm 2025, " + wn + " đã giải quyết {} hồ sơ.", [("Tổng cộng", "res")])
    r.prose("after", "Tỷ lệ giải quyết hồ sơ đúng hạn của " + wn + " đạt {}.", [("Tổng cộng", "rot")])
    sign(r, "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH", "Nguyễn Văn Bảy")
    reps.append(r)

    # 22 doc: procedures 2-level no remainder, groups; wrong total row
    r = Report("t6_22_thutuc_daklak", "doc", "2025-12-09", "Tỉnh Đắk Lắk", 622)
    r.register = "quarterly_report"
    head(r, "UBND TỈNH ĐẮK LẮK", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "140/BC-SKHCN", "Đắk Lắk", r.date,
         "Tình hình cung cấp dịch vụ công trực tuyến năm 2025")
    r.cols, r.sums, r.balances = proc_cols(False, False)
    r.stt = False
    r.name_header = "Cơ quan, đơn vị"
    r.unit_note = "Đơn vị tính: thủ tục"
    for n in DEPTS_2025[:9]:
        r.unit(n, U(n), proc_values(r.rng, 30, 160, False))
    r.total("Tổng cộng", "departments")
    r.finish()
    r.caption = "Bảng: Thủ tục hành chính và dịch vụ công trực tuyến của các sở, ban, ngành"
    r.prose("before", "Sở Xây dựng có {} thủ tục, trong đó {} dịch vụ công trực tuyến toàn trình.",
            [("Sở Xây dựng", "pt"), ("Sở Xây dựng", "pf")])
    r.plant("Tổng cộng", "pp", -20, "sum_mismatch", "col:Tổng cộng:pp", "total row 20 short of the column sum")
    sign(r, "GIÁM ĐỐC", "Y Ngông Niê")
    reps.append(r)

    # 23 xls: Biểu 06 districts of Bình Định (legacy), 3-level, total; clean
    r = Report("t6_23_bieu06_binhdinh", "xls", "2024-01-10", "Tỉnh Bình Định", 623)
    r.register = "quarterly_report"
    r.numeric = True
    head(r, "UBND TỈNH BÌNH ĐỊNH", "VĂN PHÒNG", "09/BC-VP", "Bình Định", r.date,
         "Kết quả giải quyết thủ tục hành chính năm 2023 của các huyện, thị xã, thành phố")
    r.cols, r.sums, r.balances = biểu06(rate=False)
    r.name_header = "Địa phương"
    std_units(r, districts_of("tinhbinhdinh"), U, "b06", (3000, 26000))
    r.total("Tổng cộng", "districts")
    r.finish()
    r.caption = "Biểu số 06: Tình hình giải quyết TTHC năm 2023 của các huyện, thị xã, thành phố"
    r.prose("before", "Năm 2023, cấp huyện tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ.",
            [("Tổng cộng", "rec"), ("Tổng cộng", "on")])
    sign(r, "CHÁNH VĂN PHÒNG", "Đặng Thị Hồng")
    reps.append(r)

    # 24 xls: 766 departments 2-level (text cells); clean
    r = Report("t6_24_chiso766_so_tayninh", "xls", "2026-01-15", "Tỉnh Tây Ninh", 624)
    r.register = "portal_stats"
    r.numeric = False
    head(r, "UBND TỈNH TÂY NINH", "VĂN PHÒNG", "27/BC-VP", "Tây Ninh", r.date,
         "Kết quả Bộ chỉ số 766 của các sở, ban, ngành tháng 12 năm 2025")
    r.cols, r.sums, r.balances = cols766(True)
    r.name_header = "Sở, ban, ngành"
    r.unit_note = "Đơn vị tính: điểm"
    for n in DEPTS_2025:
        r.unit(n, U(n), score_values(r.rng))
    r.finish()
    r.caption = "Bảng điểm Bộ chỉ số 766 (tháng 12/2025)"
    ranked = sorted(r.rows, key=lambda x: x["vals"]["rank"])
    r.prose("after", ranked[0]["label"] + " đứng đầu với {} điểm; " + ranked[-1]["label"] + " xếp hạng {}.",
            [(ranked[0]["label"], "stot"), (ranked[-1]["label"], "rank")])
    sign(r, "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN PHÒNG", "Huỳnh Văn Tâm")
    reps.append(r)

    for x in reps:
        if not hasattr(x, "numeric"):
            x.numeric = True
    return reps


# ----------------------------------------------------------------------------- check

def extract_text(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if suf == ".html":
        return htmlmod.unescape(re.sub(r"<[^>]+>", " ", path.read_text("utf-8")))
    if suf == ".xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(str(path))
        def shown(c):
            if c.value is None:
                return ""
            if isinstance(c.value, (int, float)) and c.number_format == "0.00":
                return f"{c.value:.2f}"
            return str(c.value)
        return "\n".join(" | ".join(shown(c) for c in row) for row in wb.active.iter_rows())
    tmp = Path(tempfile.mkdtemp())
    if suf == ".doc":
        soffice(path, "txt:Text (encoded):UTF8", tmp)
        out = (tmp / (path.stem + ".txt")).read_text("utf-8", errors="replace")
    else:
        soffice(path, 'csv:Text - txt - csv (StarCalc):44,34,76', tmp)
        out = (tmp / (path.stem + ".csv")).read_text("utf-8", errors="replace")
    shutil.rmtree(tmp)
    return out


def pdf_pages(path: Path) -> int:
    import pdfplumber
    with pdfplumber.open(str(path)) as pdf:
        return len(pdf.pages)


def norm_digits(s: str) -> str:
    return re.sub(r"[.,%\s]", "", s)


def check() -> int:
    reps = build_all()
    problems = []
    tmp = Path(tempfile.mkdtemp())
    counts = {"reports": 0, "facts": 0, "cell_facts": 0, "identities": 0, "planted": 0}
    for rep in reps:
        out = render(rep, tmp)
        here = HERE / out.name
        counts["reports"] += 1
        if not here.exists():
            problems.append(f"{rep.name}: missing {here.name}")
            continue
        if (tmp / (rep.name + ".truth.json")).read_bytes() != (HERE / (rep.name + ".truth.json")).read_bytes():
            problems.append(f"{rep.name}: truth differs")
        if out.suffix in (".doc", ".xls", ".ods"):
            if extract_text(out) != extract_text(here):
                problems.append(f"{rep.name}: converted text differs")
        elif out.read_bytes() != here.read_bytes():
            problems.append(f"{rep.name}: bytes differ")
        ids = rep.identities()
        counts["identities"] += len(ids)
        broken = [i for i, code, ok in ids if not ok]
        if sorted(broken) != sorted(rep.planted):
            problems.append(f"{rep.name}: broken {broken} planted {rep.planted}")
        for m, pid in zip(rep.mistakes, rep.planted):
            code = next(c for i, c, ok in ids if i == pid)
            if code != m["code"]:
                problems.append(f"{rep.name}: planted {pid} is {code}, truth says {m['code']}")
        counts["planted"] += len(rep.planted)
        text = extract_text(here)
        flat = norm_digits(text)
        truth = json.loads((HERE / (rep.name + ".truth.json")).read_text("utf-8"))
        for f in truth["facts"]:
            counts["facts"] += 1
            counts["cell_facts"] += "cell" in f
            if f["text"] not in text and norm_digits(f["text"]) not in flat:
                problems.append(f"{rep.name}: fact text {f['text']!r} not in the file")
        if rep.fmt == "pdf_pages" and pdf_pages(here) < 2:
            problems.append(f"{rep.name}: one page only")
    shutil.rmtree(tmp)
    for p in problems:
        print("PROBLEM", p)
    print(json.dumps(counts), "problems:", len(problems))
    return 1 if problems else 0


def main():
    if "--check" in sys.argv:
        sys.exit(check())
    for rep in build_all():
        p = render(rep, HERE)
        print(p.name, len(rep.truth()["facts"]), "facts,", len(rep.mistakes), "mistakes")


if __name__ == "__main__":
    main()
