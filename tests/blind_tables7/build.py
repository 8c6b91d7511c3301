#!/usr/bin/env python3
"""Blind table set 7: one data model per report renders both the document and its truth.

python3 build.py          writes every NAME.<ext> and NAME.truth.json
python3 build.py --check  verifies truth against the model (identities, planted mistakes, files)
"""
import json, os, random, sqlite3, subprocess, sys, shutil, tempfile
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN

HERE = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(tempfile.gettempdir(), "bt7_build")

# ----------------------------------------------------------------------------- names
def new_units(prov_kw):
    from vietnam_provinces import Province, Ward
    p = [p for p in Province.iter_all() if p.name in (prov_kw, "Thành phố " + prov_kw)][0]
    city = p.name.startswith("Thành phố")
    short = p.name.replace("Thành phố ", "")
    wards = sorted(w.name for w in Ward.iter_all() if w.province_code == p.code)
    return (p.name if city else f"Tỉnh {p.name}"), short, wards

def legacy_units(prov):
    import vietnamadminunits
    db = os.path.join(os.path.dirname(vietnamadminunits.__file__), "data", "dataset.db")
    c = sqlite3.connect(db)
    ds = sorted({r[0] for r in c.execute(
        "select district from admin_units_legacy where province=?", (prov,))})
    return ds

DEPTS_NEW = ["Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Y tế",
             "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ",
             "Sở Công Thương", "Sở Văn hóa, Thể thao và Du lịch", "Sở Dân tộc và Tôn giáo"]
DEPTS_OLD = ["Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng", "Sở Nội vụ", "Sở Y tế",
             "Sở Kế hoạch và Đầu tư", "Sở Tài nguyên và Môi trường",
             "Sở Lao động - Thương binh và Xã hội", "Sở Giao thông vận tải",
             "Sở Thông tin và Truyền thông", "Sở Công Thương"]

# ----------------------------------------------------------------------------- columns
# key: (kind, indicator, default path)
COLS = {
    "rt": ("count", "received_total"), "on": ("count", "received_online"),
    "off": ("count", "received_offline"), "co": ("count", "received_carried_over"),
    "st": ("count", "resolved_total"), "e": ("count", "resolved_early"),
    "o": ("count", "resolved_on_time"), "it": ("count", "resolved_in_time"),
    "l": ("count", "resolved_late"), "pt": ("count", "pending_total"),
    "pi": ("count", "pending_on_time"), "pl": ("count", "pending_late"),
    "pr": ("count", "procedures_total"),
    "ron": ("rate", "online_submission"), "rot": ("rate", "resolved_on_time"),
    "c1": ("score", "index_766_publicity"), "c2": ("score", "index_766_progress"),
    "c3": ("score", "index_766_online_service"), "c4": ("score", "index_766_online_payment"),
    "c5": ("score", "index_766_satisfaction"), "c6": ("score", "index_766_digitization"),
    "tot": ("score", "index_766_total"), "rank": ("rank", "index_766_rank"),
}
MAXPTS = {"c1": 18, "c2": 20, "c3": 12, "c4": 10, "c5": 18, "c6": 22, "tot": 100}

def R(x, d=2):
    return float(Decimal(str(x)).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))

def rate(n, m, d=2):
    if not m:
        return None
    return float((Decimal(100) * n / m).quantize(Decimal(1).scaleb(-d), rounding=ROUND_HALF_UP))

def rate_ok(p, n, m, d=2):
    if not m:
        return False
    v = Decimal(100) * n / m
    q = Decimal(1).scaleb(-d)
    return Decimal(str(p)) in (v.quantize(q, ROUND_HALF_UP), v.quantize(q, ROUND_DOWN))

def fmt_int(v, dots=True):
    s = f"{v:,}"
    return s.replace(",", ".") if dots else s.replace(",", "")

def fmt_dec(v, d=2):
    return f"{v:.{d}f}".replace(".", ",")

# ----------------------------------------------------------------------------- model
class Table:
    def __init__(self, caption, cols, paths, rows, opts=None):
        self.caption, self.cols, self.paths, self.rows = caption, cols, paths, rows
        self.opts = opts or {}

    def display(self, row, k):
        """text of a cell as written; None = blank"""
        v = row["v"].get(k)
        tok = row.get("tok", {}).get(k)
        if tok is not None:
            return tok
        if v is None:
            return ""
        kind = COLS[k][0]
        if kind == "count":
            if v == 0 and self.opts.get("dash"):
                return "-"
            return fmt_int(v, self.opts.get("dots", True))
        if kind == "rank":
            return str(v)
        return fmt_dec(v, 2)

def gen_b06(rng, name, carried, big=1.0):
    on = int(rng.randint(40, 2500) * big); off = int(rng.randint(10, 1800) * big)
    co = rng.randint(0, 300) if carried else 0
    rt = on + off + co
    st = rt - rng.randint(0, max(1, rt // 12))
    l = rng.choice([0, 0, rng.randint(1, max(1, st // 40))])
    e = rng.randint(st // 3, (st - l) * 3 // 4) if st - l > 4 else 0
    o = st - l - e
    pt = rt - st
    pl = rng.choice([0, rng.randint(0, max(0, pt // 8))])
    pi = pt - pl
    v = dict(rt=rt, on=on, off=off, st=st, e=e, o=o, it=e + o, l=l, pt=pt, pi=pi, pl=pl,
             pr=rng.randint(40, 260))
    if carried:
        v["co"] = co
    v["ron"] = rate(on, on + off)
    v["rot"] = rate(e + o, st)
    return v

def gen_766(rng):
    v = {}
    for k in ("c1", "c2", "c3", "c4", "c5", "c6"):
        m = MAXPTS[k]
        v[k] = R(rng.uniform(0.55 * m, 0.99 * m), 2)
    v["tot"] = float(sum(Decimal(str(v[k])) for k in ("c1", "c2", "c3", "c4", "c5", "c6")))
    return v

def sum_rows(rows, keys):
    out = {}
    for k in keys:
        if COLS[k][0] == "count":
            out[k] = sum(r["v"].get(k) or 0 for r in rows)
    if "ron" in keys:
        out["ron"] = rate(out["on"], out["rt"] - out.get("co", 0))
    if "rot" in keys:
        out["rot"] = rate(out["it"], out["st"])
    return out

# ----------------------------------------------------------------------------- header paths
PATHS_B06 = {
    "rt": ["Số hồ sơ nhận giải quyết", "Tổng số"],
    "on": ["Số hồ sơ nhận giải quyết", "Trong đó", "Trực tuyến"],
    "off": ["Số hồ sơ nhận giải quyết", "Trong đó", "Trực tiếp, bưu chính"],
    "co": ["Số hồ sơ nhận giải quyết", "Trong đó", "Từ kỳ trước chuyển sang"],
    "st": ["Số hồ sơ đã giải quyết", "Tổng số"],
    "e": ["Số hồ sơ đã giải quyết", "Trước hạn"],
    "o": ["Số hồ sơ đã giải quyết", "Đúng hạn"],
    "it": ["Số hồ sơ đã giải quyết", "Trước hạn, đúng hạn"],
    "l": ["Số hồ sơ đã giải quyết", "Quá hạn"],
    "pt": ["Số hồ sơ đang giải quyết", "Tổng số"],
    "pi": ["Số hồ sơ đang giải quyết", "Trong hạn"],
    "pl": ["Số hồ sơ đang giải quyết", "Quá hạn"],
    "ron": ["Tỷ lệ hồ sơ nộp trực tuyến (%)"],
    "rot": ["Tỷ lệ giải quyết đúng hạn (%)"],
    "pr": ["Số TTHC"],
}
PATHS_ONL = {
    "pr": ["Số TTHC có phát sinh hồ sơ"],
    "rt": ["Hồ sơ tiếp nhận", "Tổng số"],
    "on": ["Hồ sơ tiếp nhận", "Trực tuyến"],
    "off": ["Hồ sơ tiếp nhận", "Trực tiếp, bưu chính"],
    "ron": ["Tỷ lệ hồ sơ nộp trực tuyến (%)"],
}
PATHS_766 = {
    "c1": ["Công khai, minh bạch (18 điểm)"], "c2": ["Tiến độ giải quyết (20 điểm)"],
    "c3": ["Dịch vụ trực tuyến (12 điểm)"], "c4": ["Thanh toán trực tuyến (10 điểm)"],
    "c5": ["Mức độ hài lòng (18 điểm)"], "c6": ["Số hóa hồ sơ (22 điểm)"],
    "tot": ["Tổng điểm (100 điểm)"], "rank": ["Xếp hạng"],
}
PATHS_766_2L = {k: (["Điểm thành phần"] + v if k.startswith("c") else v) for k, v in PATHS_766.items()}

# ----------------------------------------------------------------------------- report specs
LEVEL_PHRASE = {"city": "Toàn tỉnh", "departments": "Các sở, ban, ngành",
                "communes": "Các xã, phường", "districts": "Các huyện, thị xã, thành phố"}

def build_models():
    reps = []
    # (name, fmt, kind, opts)
    S = [
        ("pdf_ruled_01", "pdf_ruled", "b06_mixed", {}),
        ("pdf_ruled_02", "pdf_ruled", "onl_depts", {"mistake": "rate"}),
        ("pdf_ruled_03", "pdf_ruled", "i766", {}),
        ("pdf_borderless_01", "pdf_borderless", "onl_communes", {}),
        ("pdf_borderless_02", "pdf_borderless", "b06_legacy_nototal", {"mistake": "balance"}),
        ("pdf_borderless_03", "pdf_borderless", "i766", {}),
        ("pdf_two_pages_01", "pdf_pages", "i766_long", {}),
        ("pdf_two_pages_02", "pdf_pages", "onl_communes_long", {"mistake": "prose"}),
        ("pdf_two_pages_03", "pdf_pages", "b06_mixed_long", {}),
        ("docx_01", "docx", "b06_depts_nototal", {"mistake": "rowsum"}),
        ("docx_02", "docx", "onl_and_766", {}),
        ("docx_03", "docx", "onl_mixed_pr", {"mistake": "totalrow"}),
        ("html_01", "html", "onl_communes", {"html": "thead", "dash": True, "xcell": True}),
        ("html_02", "html", "b06_mixed3", {"html": "td", "dash": True, "mistake": "totalrate"}),
        ("html_03", "html", "i766_2l", {"html": "thead", "mistake": "score+prose"}),
        ("xlsx_01", "xlsx", "b06_legacy", {}),
        ("xlsx_02", "xlsx", "onl_depts_nototal", {"mistake": "rowsum_onl"}),
        ("xlsx_03", "xlsx", "i766", {}),
        ("ods_01", "ods", "b06_mixed3", {"dash": True, "nodata": True}),
        ("ods_02", "ods", "b06_communes_nototal", {"dash": True, "mistake": "balance"}),
        ("ods_03", "ods", "onl_mixed_groups", {"dash": True, "xcell": True, "blank": True}),
        ("doc_01", "doc", "b06_mixed", {}),
        ("doc_02", "doc", "onl_depts", {"mistake": "rate"}),
        ("doc_03", "doc", "i766", {}),
        ("xls_01", "xls", "onl_communes", {}),
        ("xls_02", "xls", "b06_depts_nototal", {"mistake": "rowsum"}),
        ("xls_03", "xls", "i766_2l", {}),
    ]
    provs_new = ["Ninh Bình", "Phú Thọ", "Quảng Ngãi", "Lâm Đồng", "Đắk Lắk", "Gia Lai", "Nghệ An",
                 "Thanh Hóa", "Hưng Yên", "Tây Ninh", "Đồng Tháp", "An Giang", "Cà Mau",
                 "Lào Cai", "Tuyên Quang", "Thái Nguyên", "Quảng Trị", "Khánh Hòa", "Vĩnh Long",
                 "Bắc Ninh", "Hải Phòng", "Cần Thơ", "Đà Nẵng", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Huế"]
    provs_old = ["Tỉnh Nam Định", "Tỉnh Thái Bình", "Tỉnh Hà Tĩnh", "Tỉnh Bình Định"]
    for i, (name, fmt, kind, opts) in enumerate(S):
        rng = random.Random(7000 + i * 37)
        legacy = "legacy" in kind
        m = {"name": name, "format": fmt, "kind": kind, "opts": opts, "legacy": legacy}
        if legacy:
            prov = provs_old[i % len(provs_old)]
            m["province"] = prov
            m["short"] = prov.replace("Tỉnh ", "")
            m["units"] = legacy_units(prov)
            y = rng.choice([2023, 2024]); mo = rng.randint(3, 11)
            m["depts"] = DEPTS_OLD
        else:
            full, short, wards = new_units(provs_new[i % len(provs_new)])
            m["province"], m["short"], m["units"] = full, short, wards
            y = 2025 if i % 2 else 2026; mo = rng.randint(8, 11) if y == 2025 else rng.randint(1, 10)
            m["depts"] = DEPTS_NEW
        d = rng.randint(3, 25)
        m["doc_date"] = f"{y:04d}-{mo:02d}-{d:02d}"
        m["period"] = (f"01/{mo - 1 if mo > 1 else 12:02d}/{y if mo > 1 else y - 1}",
                       f"{d - 2:02d}/{mo:02d}/{y}")
        m["loc"] = ("thành phố " if m["province"].startswith("Thành phố") else "tỉnh ") + m["short"]
        m["tables"] = make_tables(rng, m)
        m["mistakes"] = []
        m["prose"] = []
        make_prose(rng, m)
        plant(rng, m)
        reps.append(m)
    return reps

def unit_rows(names, gen, subj_prefix="unit:"):
    return [{"label": n, "kind": "unit", "subject": subj_prefix + n, "v": gen()} for n in names]

def make_tables(rng, m):
    k, o = m["kind"], m["opts"]
    short = m["short"]
    pick = lambda seq, n: sorted(rng.sample(seq, min(n, len(seq))), key=seq.index)
    tabs = []
    tok_opts = {"dash": o.get("dash", False), "dots": True}

    def b06(keys, paths, groups, total_subject, caption, carried, big=1.0):
        rows = []
        allu = []
        for glabel, gsubj, scope, names in groups:
            us = unit_rows(names, lambda: gen_b06(rng, None, carried, big))
            allu += us
            if glabel:
                rows.append({"label": glabel, "kind": "group", "subject": gsubj, "scope": scope,
                             "v": sum_rows(us, keys)})
            rows += us
        if total_subject:
            grp = [r for r in rows if r["kind"] == "group"] or allu
            rows.append({"label": "Tổng cộng", "kind": "total", "subject": total_subject,
                         "v": sum_rows(grp, keys)})
        for r in rows:
            r["v"] = {kk: r["v"].get(kk) for kk in keys}
        return Table(caption, keys, [paths[kk] for kk in keys], rows, dict(tok_opts))

    title_b06 = "Biểu số 01. Tình hình, kết quả giải quyết TTHC"
    if k.startswith("b06_mixed"):
        long = k.endswith("long")
        depts = pick(m["depts"], 9 if long else 5)
        comms = pick(m["units"], 28 if long else 5)
        if k == "b06_mixed3":
            keys = ["rt", "on", "off", "st", "it", "l", "pt", "ron", "rot"]
        else:
            keys = ["rt", "on", "off", "st", "e", "o", "l", "pt", "pi", "pl", "ron"]
        tabs.append(b06(keys, PATHS_B06, [("I. Cấp tỉnh", "departments", "cấp tỉnh", depts),
                                         ("II. Cấp xã", "communes", "cấp xã", comms)],
                        "city", title_b06 + f" trên địa bàn {m['loc']}", False))
    elif k == "b06_legacy":
        ds = pick(m["units"], 7)
        keys = ["rt", "on", "off", "co", "st", "e", "o", "l", "pt", "pi", "pl"]
        tabs.append(b06(keys, PATHS_B06, [("I. Cấp tỉnh", "departments", "cấp tỉnh", pick(m["depts"], 5)),
                                         ("II. Cấp huyện", "districts", "cấp huyện", ds)],
                        "city", title_b06 + " các cấp", True))
    elif k == "b06_legacy_nototal":
        ds = pick(m["units"], 8)
        keys = ["rt", "on", "off", "co", "st", "e", "o", "l", "pt"]
        tabs.append(b06(keys, PATHS_B06, [(None, None, None, ds)], None,
                        title_b06 + " của các huyện, thị xã, thành phố", True))
    elif k == "b06_depts_nototal":
        keys = ["rt", "on", "off", "co", "st", "it", "l", "pt", "pi", "pl"]
        tabs.append(b06(keys, PATHS_B06, [(None, None, None, pick(m["depts"], 8))], None,
                        title_b06 + " của các sở, ban, ngành", True))
    elif k == "b06_communes_nototal":
        keys = ["rt", "on", "off", "co", "st", "e", "o", "l", "pt", "pi", "pl"]
        tabs.append(b06(keys, PATHS_B06, [(None, None, None, pick(m["units"], 9))], None,
                        title_b06 + " của các xã, phường", True, 0.3))
    elif k.startswith("onl_"):
        keys = ["rt", "on", "off", "ron"]
        if k == "onl_depts":
            groups, tot = [(None, None, None, pick(m["depts"], 9))], "departments"
            cap = "Biểu số 01. Tỷ lệ hồ sơ nộp trực tuyến của các sở, ban, ngành"
        elif k == "onl_depts_nototal":
            groups, tot = [(None, None, None, pick(m["depts"], 8))], None
            cap = "Biểu số 01. Hồ sơ tiếp nhận trực tuyến theo đơn vị"
        elif k in ("onl_communes", "onl_communes_long"):
            n = 38 if k.endswith("long") else 8
            groups, tot = [(None, None, None, pick(m["units"], n))], "communes"
            cap = "Biểu số 01. Kết quả tiếp nhận hồ sơ trực tuyến của các xã, phường"
        elif k == "onl_mixed_pr":
            keys = ["pr", "rt", "on", "ron"]
            groups = [("I. Cấp tỉnh", "departments", "cấp tỉnh", pick(m["depts"], 5)),
                      ("II. Cấp xã", "communes", "cấp xã", pick(m["units"], 5))]
            tot, cap = "city", f"Biểu số 01. Kết quả tiếp nhận hồ sơ trực tuyến {m['loc']}"
        elif k == "onl_and_766":
            groups, tot = [(None, None, None, pick(m["units"], 6))], "communes"
            cap = "Biểu số 01. Tỷ lệ hồ sơ nộp trực tuyến của các xã, phường"
        else:  # onl_mixed_groups
            groups = [("I. Cấp tỉnh", "departments", "cấp tỉnh", pick(m["depts"], 4)),
                      ("II. Cấp xã", "communes", "cấp xã", pick(m["units"], 6))]
            tot, cap = "city", "Biểu số 01. Hồ sơ tiếp nhận và tỷ lệ nộp trực tuyến"
        paths = dict(PATHS_ONL)
        if k == "onl_mixed_pr":
            # no offline column: the received total is the period's received (no carried over)
            paths["rt"] = ["Hồ sơ tiếp nhận trong kỳ", "Tổng số"]
            paths["on"] = ["Hồ sơ tiếp nhận trong kỳ", "Trong đó trực tuyến"]
        t = b06(keys, paths, groups, tot, cap, False, 0.5)
        tabs.append(t)
        if k == "onl_and_766":
            tabs.append(t766(rng, pick(m["units"], 7), PATHS_766, m["loc"]))
    elif k.startswith("i766"):
        n = 42 if k.endswith("long") else rng.randint(8, 12)
        tabs.append(t766(rng, pick(m["units"], n), PATHS_766_2L if k.endswith("2l") else PATHS_766, m["loc"]))
    # special tokens
    t = tabs[0]
    units = [r for r in t.rows if r["kind"] == "unit"]
    if o.get("xcell") and "ron" in t.cols:
        r = units[2]
        # a unit that received nothing in the period: rate not applicable
        for kk in ("on", "off", "rt"):
            if kk in r["v"]:
                r["v"][kk] = 0
        if "pr" in r["v"]:
            r["v"]["pr"] = 0
        r["v"]["ron"] = None
        r.setdefault("tok", {})["ron"] = "x"
        resum(t)
    if o.get("nodata") and "rot" in t.cols:
        units[1]["v"]["rot"] = None
        units[1].setdefault("tok", {})["rot"] = "..."
    if o.get("blank") and "ron" in t.cols:
        units[-1]["v"]["ron"] = None
        units[-1].setdefault("tok", {})["ron"] = ""
    return tabs

def resum(t):
    keys = t.cols
    units_by_group, cur = [], None
    groups = [r for r in t.rows if r["kind"] == "group"]
    cur = None
    members = {}
    for r in t.rows:
        if r["kind"] == "group":
            cur = id(r); members[cur] = []
        elif r["kind"] == "unit" and cur is not None:
            members[cur].append(r)
    for g in groups:
        g["v"] = {kk: g["v"].get(kk) for kk in keys} | {kk: v for kk, v in sum_rows(members[id(g)], keys).items() if kk in keys}
    for r in t.rows:
        if r["kind"] == "total":
            src = groups or [x for x in t.rows if x["kind"] == "unit"]
            r["v"] = {kk: r["v"].get(kk) for kk in keys} | {kk: v for kk, v in sum_rows(src, keys).items() if kk in keys}

def t766(rng, names, paths, short):
    rows = [{"label": n, "kind": "unit", "subject": "unit:" + n, "v": gen_766(rng)} for n in names]
    order = sorted(rows, key=lambda r: -r["v"]["tot"])
    for i, r in enumerate(order):
        r["v"]["rank"] = i + 1
    keys = ["c1", "c2", "c3", "c4", "c5", "c6", "tot", "rank"]
    t = Table(f"Biểu số 02. Kết quả Bộ chỉ số 766 của {len(rows)} xã, phường trên địa bàn {short}",
              keys, [paths[k] for k in keys], rows, {"dots": True})
    t.field = len(rows)
    return t

# ----------------------------------------------------------------------------- prose
def make_prose(rng, m):
    P = m["prose"]
    t0 = m["tables"][0]
    tot = [r for r in t0.rows if r["kind"] == "total"]
    units = [r for r in t0.rows if r["kind"] == "unit"]
    def f(kind, ind, subj, val, text, num=None, den=None):
        return {"kind": kind, "indicator": ind, "subject": subj, "value": val,
                "numerator": num, "denominator": den, "text": text}
    if "rt" in t0.cols and tot:
        r = tot[0]; v = r["v"]; who = LEVEL_PHRASE[r["subject"]]
        if r["subject"] == "city":
            who = "Toàn " + m["loc"].split(" ")[0] if not m["loc"].startswith("thành phố") else "Toàn thành phố"
        if "co" not in t0.cols and "ron" in t0.cols and "off" in t0.cols:
            s = (f"{who} tiếp nhận {fmt_int(v['rt'])} hồ sơ, trong đó trực tuyến {fmt_int(v['on'])} hồ sơ, "
                 f"chiếm {fmt_dec(rate(v['on'], v['rt']))}% (chi tiết tại Biểu số 01).")
            P.append({"text": s, "facts": [
                f("count", "received_total", r["subject"], v["rt"], fmt_int(v["rt"])),
                f("count", "received_online", r["subject"], v["on"], fmt_int(v["on"])),
                f("rate", "received_online_share", r["subject"], rate(v["on"], v["rt"]),
                  fmt_dec(rate(v["on"], v["rt"])) + "%", v["on"], v["rt"])]})
        else:
            s = f"{who} tiếp nhận {fmt_int(v['rt'])} hồ sơ"
            fs = [f("count", "received_total", r["subject"], v["rt"], fmt_int(v["rt"]))]
            if "st" in t0.cols:
                s += f", đã giải quyết {fmt_int(v['st'])} hồ sơ"
                fs.append(f("count", "resolved_total", r["subject"], v["st"], fmt_int(v["st"])))
            P.append({"text": s + " (chi tiết tại Biểu số 01).", "facts": fs})
    elif "rt" in t0.cols:
        r = units[0]; v = r["v"]
        s = f"Trong kỳ, {r['label']} tiếp nhận {fmt_int(v['rt'])} hồ sơ"
        fs = [f("count", "received_total", r["subject"], v["rt"], fmt_int(v["rt"]))]
        if "st" in t0.cols:
            s += f", đã giải quyết {fmt_int(v['st'])} hồ sơ"
            fs.append(f("count", "resolved_total", r["subject"], v["st"], fmt_int(v["st"])))
        P.append({"text": s + ".", "facts": fs})
    for t in m["tables"]:
        us = [r for r in t.rows if r["kind"] == "unit"]
        if "ron" in t.cols:
            cand = [r for r in us if r["v"].get("ron") is not None]
            best = max(cand, key=lambda r: r["v"]["ron"])
            s = (f"Đơn vị có tỷ lệ hồ sơ nộp trực tuyến cao nhất là {best['label']}, "
                 f"tỷ lệ hồ sơ nộp trực tuyến đạt {fmt_dec(best['v']['ron'])}%.")
            P.append({"text": s, "facts": [f("rate", "online_submission", best["subject"],
                                               best["v"]["ron"], fmt_dec(best["v"]["ron"]) + "%")],
                      "point": (m["tables"].index(t), best["label"], "ron")})
            ch = R(rng.uniform(1.1, 6.9), 1)
            P.append({"text": f"So với kỳ trước, tỷ lệ này tăng {fmt_dec(ch, 1)}%.", "facts": [],
                      "not_facts": [{"text": f"tăng {fmt_dec(ch, 1)}%", "why": "change"}]})
        if "tot" in t.cols:
            best = [r for r in us if r["v"]["rank"] == 1][0]
            s = (f"{best['label']} dẫn đầu Bộ chỉ số với {fmt_dec(best['v']['tot'])} điểm, "
                 f"xếp hạng 1/{t.field}.")
            P.append({"text": s, "facts": [
                f("score", "index_766_total", best["subject"], best["v"]["tot"], fmt_dec(best["v"]["tot"])),
                f("rank", "index_766_rank", best["subject"], 1, f"1/{t.field}", 1, t.field)],
                "point": (m["tables"].index(t), best["label"], "tot")})

# ----------------------------------------------------------------------------- planting
def plant(rng, m):
    mk = m["opts"].get("mistake")
    if not mk:
        return
    t = m["tables"][0]
    us = [r for r in t.rows if r["kind"] == "unit"]
    ti = 0
    def add(code, stated, text, note, where):
        m["mistakes"].append({"code": code, "stated": stated, "text": text, "note": note, "where": where})
    pointed = {p["point"][1] for p in m["prose"] if p.get("point")}
    if mk == "rate":
        r = [x for x in us if x["label"] not in pointed and x["v"].get("ron") is not None][2]; old = r["v"]["ron"]
        new = R(old + rng.choice([-1, 1]) * rng.uniform(2.2, 6.5), 2)
        r["v"]["ron"] = new
        add("ratio_mismatch", new, fmt_dec(new) + "%",
            f"{r['label']}: {fmt_int(r['v']['on'])}/{fmt_int(r['v']['rt'])} là {fmt_dec(old)}%",
            (ti, r["label"], "ron"))
    elif mk == "totalrate":
        r = [x for x in t.rows if x["kind"] == "total"][0]; old = r["v"]["rot"]
        new = R(old - rng.uniform(1.5, 4.0), 2)
        r["v"]["rot"] = new
        add("ratio_mismatch", new, fmt_dec(new),
            f"dòng Tổng cộng: {fmt_int(r['v']['it'])}/{fmt_int(r['v']['st'])} là {fmt_dec(old)}%",
            (ti, r["label"], "rot"))
    elif mk == "balance":
        r = us[2]; d = rng.randint(15, 90)
        r["v"]["off"] += d; r["v"]["rt"] += d
        add("balance_mismatch", r["v"]["rt"], fmt_int(r["v"]["rt"]),
            f"{r['label']}: đã giải quyết {fmt_int(r['v']['st'])} + đang giải quyết {fmt_int(r['v']['pt'])} "
            f"= {fmt_int(r['v']['st'] + r['v']['pt'])}, không bằng {fmt_int(r['v']['rt'])} hồ sơ nhận",
            (ti, r["label"], "rt"))
    elif mk in ("rowsum", "rowsum_onl"):
        r = us[4]; d = rng.randint(20, 120)
        if mk == "rowsum":
            r["v"]["l"] += d  # resolved total no longer = parts; only that identity breaks
            add("sum_mismatch", r["v"]["st"], fmt_int(r["v"]["st"]),
                f"{r['label']}: {fmt_int(r['v']['it'])} + {fmt_int(r['v']['l'])} ≠ {fmt_int(r['v']['st'])}",
                (ti, r["label"], "st"))
        else:
            r["v"]["off"] += d
            add("sum_mismatch", r["v"]["rt"], fmt_int(r["v"]["rt"]),
                f"{r['label']}: {fmt_int(r['v']['on'])} + {fmt_int(r['v']['off'])} ≠ {fmt_int(r['v']['rt'])}",
                (ti, r["label"], "rt"))
    elif mk == "totalrow":
        r = [x for x in t.rows if x["kind"] == "total"][0]; d = rng.randint(11, 60)
        true = r["v"]["pr"]; r["v"]["pr"] += d
        add("sum_mismatch", r["v"]["pr"], fmt_int(r["v"]["pr"]),
            f"dòng Tổng cộng cột Số TTHC: tổng các nhóm là {fmt_int(true)}", (ti, r["label"], "pr"))
    if mk in ("score+prose",):
        order = sorted(us, key=lambda x: -x["v"]["tot"])
        d = Decimal("0.5")
        cands = [order[i] for i in range(1, len(order) - 1)
                 if Decimal(str(order[i - 1]["v"]["tot"])) - Decimal(str(order[i]["v"]["tot"])) > d * 2]
        r = cands[0]
        old = r["v"]["tot"]
        new = float(Decimal(str(old)) + d)
        r["v"]["tot"] = new
        add("score_sum_mismatch", new, fmt_dec(new),
            f"{r['label']}: các điểm thành phần cộng lại là {fmt_dec(old)}", (ti, r["label"], "tot"))
    if mk in ("prose", "score+prose"):
        # a prose figure that contradicts the table
        p = [x for x in m["prose"] if x.get("point")][0]
        fct = p["facts"][0]
        old = fct["value"]
        new = R(old - rng.uniform(1.1, 3.9), 2)
        p["text"] = p["text"].replace(fmt_dec(old), fmt_dec(new))
        fct["value"], fct["text"] = new, fmt_dec(new) + ("%" if fct["kind"] == "rate" else "")
        if len(p["facts"]) > 1 and fct["indicator"] == "index_766_total":
            pass
        add("repeated_value_mismatch", new, fct["text"],
            f"bảng ghi {fmt_dec(old)} cho {p['point'][1]}", ("prose", p["point"][1], p["point"][2]))

# ----------------------------------------------------------------------------- identities
def identities(t):
    """yield (code, target(row_label, key), ok)"""
    def num(r, k):
        v = r["v"].get(k)
        return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    cols = t.cols
    out = []
    for r in t.rows:
        g = lambda k: num(r, k)
        if "rt" in cols and "on" in cols and "off" in cols:
            parts = ["on", "off"] + (["co"] if "co" in cols else [])
            out.append(("sum_mismatch", (r["label"], "rt"), g("rt") == sum(g(k) for k in parts)))
        if "st" in cols:
            parts = (["it"] if "it" in cols else ["e", "o"]) + ["l"]
            if all(k in cols for k in parts):
                out.append(("sum_mismatch", (r["label"], "st"), g("st") == sum(g(k) for k in parts)))
        if "pt" in cols and "pi" in cols:
            out.append(("sum_mismatch", (r["label"], "pt"), g("pt") == g("pi") + g("pl")))
        if "pt" in cols and "st" in cols:
            out.append(("balance_mismatch", (r["label"], "rt"), g("rt") == g("st") + g("pt")))
        if "ron" in cols and g("ron") is not None:
            den = g("rt") if "co" not in cols else g("on") + g("off")
            out.append(("ratio_mismatch", (r["label"], "ron"), rate_ok(g("ron"), g("on"), den)))
        if "rot" in cols and g("rot") is not None:
            out.append(("ratio_mismatch", (r["label"], "rot"), rate_ok(g("rot"), g("it"), g("st"))))
        if "tot" in cols:
            s = sum(Decimal(str(g(k))) for k in ("c1", "c2", "c3", "c4", "c5", "c6"))
            out.append(("score_sum_mismatch", (r["label"], "tot"), Decimal(str(g("tot"))) == s))
    # column sums: groups over their units, total over groups (or units)
    groups = [r for r in t.rows if r["kind"] == "group"]
    members, cur = {}, None
    for r in t.rows:
        if r["kind"] == "group":
            cur = r["label"]; members[cur] = []
        elif r["kind"] == "unit" and cur:
            members[cur].append(r)
    cnt = [k for k in cols if COLS[k][0] == "count"]
    for gr in groups:
        for k in cnt:
            out.append(("sum_mismatch", (gr["label"], k), num(gr, k) == sum(num(u, k) for u in members[gr["label"]])))
    for tr in [r for r in t.rows if r["kind"] == "total"]:
        src = groups or [r for r in t.rows if r["kind"] == "unit"]
        for k in cnt:
            out.append(("sum_mismatch", (tr["label"], k), num(tr, k) == sum(num(u, k) for u in src)))
    return out

# ----------------------------------------------------------------------------- truth
def truth(m):
    facts, not_facts = [], []
    for ti, t in enumerate(m["tables"]):
        for r in t.rows:
            for ci, k in enumerate(t.cols):
                txt = t.display(r, k)
                v = r["v"].get(k)
                if txt in ("", "x", "...") or v is None:
                    continue
                kind, ind = COLS[k]
                num = den = None
                if k == "ron":
                    num = r["v"]["on"]
                    den = r["v"]["rt"] if "co" not in t.cols else None
                if k == "rot":
                    num, den = r["v"]["it"], r["v"]["st"]
                if k == "rank":
                    num, den = v, t.field
                fc = {"kind": kind, "indicator": ind, "subject": r["subject"], "scope": r.get("scope"),
                      "value": v, "numerator": num, "denominator": den, "text": txt,
                      "cell": {"table": ti, "row": r["label"], "path": t.paths[ci]}}
                if k in MAXPTS:
                    fc["maximum"] = MAXPTS[k]
                facts.append(fc)
    for p in m["prose"]:
        for fc in p["facts"]:
            facts.append(dict(fc, scope=None))
        not_facts += p.get("not_facts", [])
    mistakes = [{k: v for k, v in x.items() if k != "where"} for x in m["mistakes"]]
    reg = "portal_stats" if m["kind"].startswith("i766") else (
        "weekly_notice" if m["name"].endswith("01") else "quarterly_report")
    return {"register": reg, "doc_date": m["doc_date"], "province": m["province"],
            "format": m["format"], "facts": facts, "not_facts": not_facts, "mistakes": mistakes}

# ----------------------------------------------------------------------------- document blocks
def blocks(m):
    d = m["doc_date"]; y, mo, dd = d.split("-")
    b = [("head", f"ỦY BAN NHÂN DÂN {m['province'].upper()}"),
         ("head", f"Số: {random.Random(m['name']).randint(12, 480)}/{'BC' if '766' not in m['kind'] else 'TB'}-UBND"),
         ("head", f"{m['short']}, ngày {int(dd)} tháng {int(mo)} năm {y}"),
         ("title", "BÁO CÁO" if "766" not in m["kind"] else "THÔNG BÁO"),
         ("title", "Kết quả giải quyết thủ tục hành chính và chỉ số phục vụ người dân, doanh nghiệp"),
         ("p", f"(Số liệu từ ngày {m['period'][0]} đến ngày {m['period'][1]})"),
         ("p", f"Ủy ban nhân dân {m['loc'].split(' ')[0] if m['loc'].startswith('tỉnh') else 'thành phố'} tổng hợp kết quả thực hiện trong kỳ như sau:")]
    for p in m["prose"][:1]:
        b.append(("p", p["text"]))
    for ti, t in enumerate(m["tables"]):
        b.append(("caption", t.caption))
        b.append(("table", t))
        for p in m["prose"][1:]:
            if p.get("point") and p["point"][0] == ti:
                b.append(("p", p["text"]))
                i = m["prose"].index(p)
                if i + 1 < len(m["prose"]) and not m["prose"][i + 1]["facts"]:
                    b.append(("p", m["prose"][i + 1]["text"]))
    b.append(("p", "Trên đây là báo cáo kết quả thực hiện trong kỳ./."))
    b.append(("sign", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"))
    return b

def header_grid(t):
    """list of (r, c, rowspan, colspan, text) over label columns STT, Đơn vị + t.paths"""
    paths = [["STT"], ["Đơn vị"]] + t.paths
    D = max(len(p) for p in paths)
    cells = []
    for r in range(D):
        c = 0
        while c < len(paths):
            p = paths[c]
            if r >= len(p):
                c += 1; continue
            cs = 1
            while c + cs < len(paths) and len(paths[c + cs]) > r and paths[c + cs][:r + 1] == p[:r + 1] and r < len(p) - 1:
                cs += 1
            rs = D - r if r == len(p) - 1 else 1
            cells.append((r, c, rs, cs, p[r]))
            c += cs
    return D, len(paths), cells

def body_rows(t):
    out, n = [], 0
    roman = {"group": None}
    for r in t.rows:
        if r["kind"] == "unit":
            n += 1; stt = str(n)
        else:
            stt = ""
        label = r["label"]
        out.append((r["kind"], [stt, label] + [t.display(r, k) for k in t.cols]))
    return out

# ----------------------------------------------------------------------------- renderers
def font_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

def render_pdf(m, path, style):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table as RT, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    font_setup()
    ps = ParagraphStyle("n", fontName="DV", fontSize=9.5, leading=12)
    pb = ParagraphStyle("b", fontName="DVB", fontSize=10.5, leading=13, alignment=1)
    hs = ParagraphStyle("h", fontName="DVB", fontSize=6.5, leading=7.5, alignment=1)
    doc = SimpleDocTemplate(path, pagesize=landscape(A4), leftMargin=24, rightMargin=24, topMargin=28, bottomMargin=28)
    story = []
    for kind, x in blocks(m):
        if kind in ("head", "title"):
            story.append(Paragraph(x, pb))
        elif kind in ("p", "caption"):
            story.append(Paragraph(x, pb if kind == "caption" else ps))
        elif kind == "sign":
            story.append(Spacer(1, 8)); story.append(Paragraph(x.replace("\n", "<br/>"), pb))
        else:
            t = x
            D, W, cells = header_grid(t)
            grid = [[""] * W for _ in range(D)]
            st = [("FONT", (0, 0), (-1, -1), "DV", 7), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                  ("ALIGN", (2, D), (-1, -1), "RIGHT"), ("ALIGN", (0, 0), (-1, D - 1), "CENTER")]
            for r, c, rs, cs, txt in cells:
                grid[r][c] = Paragraph(txt, hs)
                if rs > 1 or cs > 1:
                    st.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
            for kind2, vals in body_rows(t):
                grid.append(vals)
                if kind2 != "unit":
                    st.append(("FONT", (0, len(grid) - 1), (-1, len(grid) - 1), "DVB", 7))
            if style != "borderless":
                st.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            pad = 5 if style == "pages" else 2
            st += [("TOPPADDING", (0, D), (-1, -1), pad), ("BOTTOMPADDING", (0, D), (-1, -1), pad)]
            cw = [30, 150] + [(760 - 180) / len(t.cols)] * len(t.cols)
            rt = RT(grid, colWidths=cw, repeatRows=D)
            rt.setStyle(TableStyle(st))
            story.append(Spacer(1, 4)); story.append(rt); story.append(Spacer(1, 6))
    doc.build(story)

def render_docx(m, path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(11)
    for kind, x in blocks(m):
        if kind == "table":
            t = x
            D, W, cells = header_grid(t)
            body = body_rows(t)
            tb = d.add_table(rows=D + len(body), cols=W)
            tb.style = "Table Grid"
            for r, c, rs, cs, txt in cells:
                a = tb.cell(r, c)
                if rs > 1 or cs > 1:
                    a = a.merge(tb.cell(r + rs - 1, c + cs - 1))
                a.text = txt
                for p in a.paragraphs:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    for run in p.runs:
                        run.bold = True; run.font.size = Pt(8)
            for i, (k2, vals) in enumerate(body):
                for j, v in enumerate(vals):
                    c = tb.cell(D + i, j); c.text = v
                    for p in c.paragraphs:
                        if j >= 2:
                            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                        for run in p.runs:
                            run.font.size = Pt(8); run.bold = k2 != "unit"
        else:
            p = d.add_paragraph()
            run = p.add_run(x)
            if kind in ("head", "title", "caption", "sign"):
                run.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(path)

def render_html(m, path):
    o = m["opts"]
    mode = o.get("html", "thead")
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;")
    h = ['<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title>',
         '<style>table{border-collapse:collapse}td,th{border:1px solid #333;padding:2px 4px}</style></head><body>']
    for kind, x in blocks(m):
        if kind == "table":
            t = x
            D, W, cells = header_grid(t)
            h.append('<table>')
            hrows = [[] for _ in range(D)]
            for r, c, rs, cs, txt in cells:
                span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                if mode == "thead":
                    hrows[r].append(f"<th{span}>{esc(txt)}</th>")
                else:
                    hrows[r].append(f'<td{span} align="center"><b><span>{esc(txt)}</span></b></td>')
            if mode == "thead":
                h.append("<thead>" + "".join("<tr>" + "".join(r) + "</tr>" for r in hrows) + "</thead><tbody>")
            else:
                h.append("".join("<tr>" + "".join(r) + "</tr>" for r in hrows))
            for k2, vals in body_rows(t):
                tds = []
                for j, v in enumerate(vals):
                    v = esc(v) if v else "&nbsp;"
                    if j == 1 and k2 != "unit":
                        v = f"<b>{v}</b>"
                    elif j >= 2 and k2 == "total":
                        v = f"<b><span>{v}</span></b>"
                    elif j >= 2:
                        v = f"<span>{v}</span>"
                    al = ' align="right"' if j >= 2 else ""
                    tds.append(f"<td{al}>{v}</td>")
                h.append("<tr>" + "".join(tds) + "</tr>")
            h.append("</tbody></table>" if mode == "thead" else "</table>")
        elif kind in ("head", "title"):
            h.append(f'<p align="center"><b>{esc(x)}</b></p>')
        elif kind == "caption":
            h.append(f'<p align="center"><b><span>{esc(x)}</span></b></p>')
        elif kind == "sign":
            h.append("<p><b>" + "<br>".join(esc(s) for s in x.split("\n")) + "</b></p>")
        else:
            h.append(f"<p>{esc(x)}</p>")
    h.append("</body></html>")
    open(path, "w", encoding="utf-8").write("\n".join(h))

def render_xlsx(m, path, text_numbers):
    import openpyxl
    from openpyxl.styles import Alignment, Font, Border, Side
    wb = openpyxl.Workbook(); ws = wb.active; ws.title = "Bao cao"
    thin = Side(style="thin"); bd = Border(left=thin, right=thin, top=thin, bottom=thin)
    row = 1
    rng = random.Random(m["name"] + "x")
    for kind, x in blocks(m):
        if kind == "table":
            t = x
            D, W, cells = header_grid(t)
            for r, c, rs, cs, txt in cells:
                cell = ws.cell(row + r, c + 1, txt)
                cell.font = Font(bold=True); cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
                if rs > 1 or cs > 1:
                    ws.merge_cells(start_row=row + r, start_column=c + 1, end_row=row + r + rs - 1, end_column=c + cs)
            for rr in range(D):
                for cc in range(W):
                    ws.cell(row + rr, cc + 1).border = bd
            row += D
            for (k2, vals), mr in zip(body_rows(t), t.rows):
                for j, v in enumerate(vals):
                    if j < 2:
                        val = int(v) if (j == 0 and v.isdigit()) else v
                        cell = ws.cell(row, j + 1, val)
                    else:
                        k = t.cols[j - 2]; raw = mr["v"].get(k)
                        as_text = text_numbers and rng.random() < 0.4
                        if v in ("", "x", "...", "-") or raw is None or as_text:
                            cell = ws.cell(row, j + 1, v if v else None)
                        else:
                            cell = ws.cell(row, j + 1, raw)
                            cell.number_format = "0.00" if isinstance(raw, float) else "#,##0"
                        cell.alignment = Alignment(horizontal="right")
                    cell.border = bd
                    if k2 != "unit":
                        cell.font = Font(bold=True)
                row += 1
            row += 1
        else:
            ws.cell(row, 1, x.replace("\n", " "))
            if kind in ("head", "title", "caption"):
                ws.cell(row, 1).font = Font(bold=True)
            row += 1
    ws.column_dimensions["B"].width = 34
    wb.save(path)

def soffice(src, fmt, outdir):
    prof = os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)

EXT = {"pdf_ruled": "pdf", "pdf_borderless": "pdf", "pdf_pages": "pdf", "docx": "docx", "html": "html",
       "xlsx": "xlsx", "ods": "ods", "doc": "doc", "xls": "xls"}

def render(m):
    fmt, name = m["format"], m["name"]
    out = os.path.join(HERE, f"{name}.{EXT[fmt]}")
    if fmt.startswith("pdf"):
        render_pdf(m, out, {"pdf_ruled": "ruled", "pdf_borderless": "borderless", "pdf_pages": "pages"}[fmt])
    elif fmt == "docx":
        render_docx(m, out)
    elif fmt == "html":
        render_html(m, out)
    elif fmt == "xlsx":
        render_xlsx(m, out, text_numbers=name != "xlsx_03")
    elif fmt in ("ods", "xls"):
        src = os.path.join(TMP, f"{name}.xlsx")
        render_xlsx(m, src, text_numbers=(name in ("ods_01", "xls_02")))
        soffice(src, fmt, HERE)
    elif fmt == "doc":
        src = os.path.join(TMP, f"{name}.docx")
        render_docx(m, src)
        soffice(src, "doc", HERE)
    return out

# ----------------------------------------------------------------------------- check
def check(models):
    errs = []
    seen_names = set()
    for m in models:
        tr_path = os.path.join(HERE, m["name"] + ".truth.json")
        doc_path = os.path.join(HERE, f"{m['name']}.{EXT[m['format']]}")
        for p in (tr_path, doc_path):
            if not os.path.exists(p) or os.path.getsize(p) == 0:
                errs.append(f"{m['name']}: missing {p}")
        if not os.path.exists(tr_path):
            continue
        tr = json.load(open(tr_path, encoding="utf-8"))
        if tr != json.loads(json.dumps(truth(m), ensure_ascii=False)):
            errs.append(f"{m['name']}: truth differs from model")
        # identities: exactly the planted ones fail
        planted = {(x["where"][0], x["where"][1], x["where"][2]): x for x in m["mistakes"]}
        for ti, t in enumerate(m["tables"]):
            for code, (lab, k), ok in identities(t):
                if not ok:
                    x = planted.get((ti, lab, k))
                    if not x or x["code"] != code:
                        errs.append(f"{m['name']}: unplanted failure {code} at {lab}/{k}")
                    else:
                        x.setdefault("_hits", 0); x["_hits"] = x["_hits"] + 1
            # rank order consistent with totals
            if "rank" in t.cols:
                order = sorted(t.rows, key=lambda r: -r["v"]["tot"])
                if [r["v"]["rank"] for r in order] != list(range(1, len(order) + 1)):
                    errs.append(f"{m['name']}: ranks out of order")
        # prose vs table
        for p in m["prose"]:
            for fc in p["facts"]:
                for t in m["tables"]:
                    for r in t.rows:
                        for k in t.cols:
                            if COLS[k][1] == fc["indicator"] and r["subject"] == fc["subject"] and r["v"].get(k) is not None:
                                if r["v"][k] != fc["value"]:
                                    x = planted.get(("prose", r["label"], k))
                                    if not x or x["stated"] != fc["value"]:
                                        errs.append(f"{m['name']}: prose {fc['text']} contradicts table")
                                    else:
                                        x["_hits"] = x.get("_hits", 0) + 1
                if fc["kind"] == "rate" and fc["numerator"] is not None and not rate_ok(fc["value"], fc["numerator"], fc["denominator"]):
                    errs.append(f"{m['name']}: prose rate {fc['text']} inconsistent")
                if fc["text"] not in p["text"]:
                    errs.append(f"{m['name']}: prose fact text {fc['text']} not in sentence")
        for x in m["mistakes"]:
            if x.get("_hits", 0) != 1:
                errs.append(f"{m['name']}: mistake {x['code']} {x['stated']} breaks {x.get('_hits', 0)} identities")
            x.pop("_hits", None)
        # truth facts: cell values vs displayed text; rate num/den consistent unless planted
        for fc in tr["facts"]:
            if "cell" in fc and fc["kind"] == "rate" and fc["numerator"] is not None:
                if not rate_ok(fc["value"], fc["numerator"], fc["denominator"]):
                    if not any(x["code"] == "ratio_mismatch" and x["stated"] == fc["value"] for x in tr["mistakes"]):
                        errs.append(f"{m['name']}: truth rate {fc['value']} inconsistent, not planted")
        # the document contains the cell texts (html / docx readable here)
        if m["format"] == "html":
            txt = open(doc_path, encoding="utf-8").read()
            for fc in tr["facts"]:
                if fc["text"].rstrip("%") not in txt:
                    errs.append(f"{m['name']}: {fc['text']} not in html")
        if m["format"] == "docx" and os.path.exists(doc_path):
            import docx
            dd = docx.Document(doc_path)
            cells = {}
            for ti, tb in enumerate(dd.tables):
                for row in tb.rows:
                    lab = row.cells[1].text
                    for c in row.cells[2:]:
                        cells.setdefault((ti, lab), []).append(c.text)
            for fc in tr["facts"]:
                if "cell" in fc and fc["text"] not in cells.get((fc["cell"]["table"], fc["cell"]["row"]), []):
                    errs.append(f"{m['name']}: docx cell {fc['text']} not found in row {fc['cell']['row']}")
        if m["format"] == "xlsx" and os.path.exists(doc_path):
            import openpyxl
            ws = openpyxl.load_workbook(doc_path).active
            rows = {}
            for row in ws.iter_rows(values_only=True):
                if row[1] is not None:
                    rows.setdefault(str(row[1]), []).append([x for x in row[2:]])
            for fc in tr["facts"]:
                if "cell" in fc:
                    got = [x for r in rows.get(fc["cell"]["row"], []) for x in r]
                    if fc["value"] not in got and fc["text"] not in got:
                        errs.append(f"{m['name']}: xlsx cell {fc['text']} not found in row {fc['cell']['row']}")
        if m["format"].startswith("pdf") and os.path.exists(doc_path):
            import pypdf
            alltxt = " ".join(" ".join(pg.extract_text().split()) for pg in pypdf.PdfReader(doc_path).pages)
            for fc in tr["facts"]:
                if fc["text"] not in alltxt:
                    errs.append(f"{m['name']}: {fc['text']} not in pdf text")
        if m["format"] == "pdf_pages" and os.path.exists(doc_path):
            import pypdf
            rd = pypdf.PdfReader(doc_path)
            if len(rd.pages) < 2:
                errs.append(f"{m['name']}: two-page table fits on one page")
            else:
                if not all("STT" in pg.extract_text() for pg in rd.pages[:2]):
                    errs.append(f"{m['name']}: header not repeated on page 2")
        seen_names.add(m["name"])
    counts = {}
    for m in models:
        counts.setdefault(m["format"], 0); counts[m["format"]] += 1
    if any(v != 3 for v in counts.values()) or len(counts) != 9:
        errs.append(f"format counts {counts}")
    return errs

def coverage(models):
    rows = {}
    for m in models:
        tr = truth(m)
        c = rows.setdefault(m["format"], {"reports": 0, "cells": 0, "prose_facts": 0, "mistakes": {}})
        c["reports"] += 1
        c["cells"] += sum(1 for f in tr["facts"] if "cell" in f)
        c["prose_facts"] += sum(1 for f in tr["facts"] if "cell" not in f)
        for x in tr["mistakes"]:
            c["mistakes"][x["code"]] = c["mistakes"].get(x["code"], 0) + 1
    return rows

def main():
    models = build_models()
    if "--check" in sys.argv:
        errs = check(models)
        for e in errs:
            print("FAIL", e)
        cov = coverage(models)
        for f, c in cov.items():
            print(f, c)
        print("check:", "OK" if not errs else f"{len(errs)} problems")
        sys.exit(1 if errs else 0)
    if "--coverage" in sys.argv:
        print(json.dumps(coverage(models), ensure_ascii=False, indent=1)); return
    os.makedirs(TMP, exist_ok=True)
    for m in models:
        render(m)
        json.dump(truth(m), open(os.path.join(HERE, m["name"] + ".truth.json"), "w", encoding="utf-8"),
                  ensure_ascii=False, indent=1)
    print("wrote", len(models), "reports")

if __name__ == "__main__":
    main()
