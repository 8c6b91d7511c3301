"""Rewritten copies of three real public statistics tables (sources in corpus/SOURCES.md,
section "Real tables"): the same layout (header levels, row kinds, cell conventions) with new,
consistent numbers, and sentences written for this project. Truth as in tests/TRUTH_FORMAT.md.

    cd tests/real_tables && python3 build.py

Written without reading docparse. Uses the model and renderers of tests/blind_tables.
"""
from __future__ import annotations

import json
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind_tables"))

from model import Col, Row, Table, check_table, pct, table_facts, cell_text  # noqa: E402
from render import Doc, render  # noqa: E402

D = Decimal


def facts_with_scope(t, scopes):
    fs = table_facts(t, 0)
    for f in fs:
        f["scope"] = scopes.get(f["cell"]["row"])
    return fs


# ------------------------------------------------------------------ R1: portal result table by service level
def r1():
    T, X, C = "Tổng", "Đã xử lý", "Chưa xử lý"
    cols = [Col(("Mức độ",), "name"), Col((T,), "received_total"), Col((X,), "resolved_total"), Col((C,), "pending_total"),
            Col(("Trước hạn", "Tổng"), "resolved_early"), Col(("Trước hạn", "%"), "rate_early_share", 1),
            Col(("Đúng hạn", "Tổng"), "resolved_on_time"), Col(("Đúng hạn", "%"), "rate_ontime_share", 1),
            Col(("Trễ hạn", "Tổng"), "resolved_late"), Col(("Trễ hạn", "%"), "rate_late", 1)]
    data = [("Mức 1, 2", 193456, 8127, 101873, 71210), ("Mức 3", 52318, 4480, 35402, 13054), ("Mức 4", 2406, 95, 1480, 610)]
    rows = []
    for label, resolved, pending, early, on_time in data:
        late = resolved - early - on_time
        v = {"received_total": resolved + pending, "resolved_total": resolved, "pending_total": pending,
             "resolved_early": early, "resolved_on_time": on_time, "resolved_late": late}
        for k, n in (("rate_early_share", early), ("rate_ontime_share", on_time), ("rate_late", late)):
            v[k] = pct(n, resolved, 1)
        rows.append(Row("", label, "city", "unit", vals=v))
    t = Table(cols=cols, rows=rows, thousands="", zero_dash=False, pct_sign=True, trim_zero=True)
    assert not check_table(t), check_table(t)
    assert any(cell_text(t, c, r).endswith(",0%") is False and "," not in cell_text(t, c, r) and cell_text(t, c, r).endswith("%")
               for r in rows for c in cols), "one rate should print without decimals, as on the portal"
    d = Doc(name="R1_thuathienhue_ketqua_mucdo", format="html_spans", register="portal_stats", doc_date="2020-12-31",
            province="Tỉnh Thừa Thiên Huế", issuer=["CỔNG DỊCH VỤ CÔNG TỈNH THỪA THIÊN HUẾ"], number="", place_date="",
            title=["Thống kê"], intro=["Số liệu tổng hợp từ đầu năm đến nay."], caption=["Kết quả giải quyết thủ tục hành chính"],
            tables=[t], portal=True,
            layout="portal HTML: row header = service level (Mức 1, 2 / Mức 3 / Mức 4), top-level columns Tổng / Đã xử lý "
                   "/ Chưa xử lý spanning two header rows, Trước hạn / Đúng hạn / Trễ hạn each over 'Tổng' and '%'; bare "
                   "integers, '%' inside the cell, one decimal dropped when zero ('41%')")
    truth = {"register": d.register, "doc_date": d.doc_date, "province": d.province, "format": d.format,
             "facts": facts_with_scope(t, {r.label: r.label for r in rows}),
             "not_facts": [{"text": "Mức 1, 2", "why": "reference"}], "mistakes": []}
    return d, truth


# ------------------------------------------------------------------ R2: portal procedure-supply table
def r2():
    counts = {1: 2715, 2: 2715, 3: 1984, 4: 853}
    cols = [Col(("",), "name")]
    for lv in (1, 2, 3, 4):
        cols.append(Col((f"Mức độ {lv}", "TTHC"), f"lv{lv}"))
        cols.append(Col((f"Mức độ {lv}", "%"), f"rp{lv}", 1))
    key_ind = {1: "procedures_total", 3: "procedures_partial_online", 4: "procedures_full_online"}
    vals = {}
    for lv, n in counts.items():
        vals[f"lv{lv}"] = n
        vals[f"rp{lv}"] = pct(n, counts[1], 1)
    row = Row("", "Tỷ lệ TTHC cung cấp trực tuyến", "city", "unit", vals=vals)
    import model
    for lv in (1, 2, 3, 4):
        model.INDICATORS[f"rp{lv}"] = ("rate", "other")
        if lv in key_ind:
            model.INDICATORS[f"lv{lv}"] = ("count", key_ind[lv])
        else:
            model.INDICATORS[f"lv{lv}"] = ("count", "UNCATALOGUED")
    t = Table(cols=cols, rows=[row], thousands="", zero_dash=False, pct_sign=True, trim_zero=True)
    facts, unc = [], []
    for c in cols[1:]:
        kind, ind = model.INDICATORS[c.key]
        v = row.vals[c.key]
        f = {"kind": kind, "indicator": ind, "subject": "city", "scope": c.path[0],
             "value": float(v) if isinstance(v, Decimal) else v, "numerator": None, "denominator": None,
             "text": cell_text(t, c, row), "cell": {"table": 0, "row": row.label, "column": list(c.path)}}
        if kind == "rate":
            f["numerator"], f["denominator"] = counts[int(c.key[2])], counts[1]
            f["label"] = f"Tỷ lệ TTHC cung cấp trực tuyến {c.path[0]}"
        if ind == "UNCATALOGUED":
            unc.append({"cell": f["cell"], "text": f["text"],
                        "why": "procedures offered at service level 2: no catalogue indicator"})
            continue
        facts.append(f)
    d = Doc(name="R2_thuathienhue_cungcap_dvctt", format="html_spans", register="portal_stats", doc_date="2020-12-31",
            province="Tỉnh Thừa Thiên Huế", issuer=["CỔNG DỊCH VỤ CÔNG TỈNH THỪA THIÊN HUẾ"], number="", place_date="",
            title=["Thống kê"], intro=["Tình hình cung cấp dịch vụ công trực tuyến của tỉnh."],
            caption=["Tỷ lệ cung cấp dịch vụ công trực tuyến"], tables=[t], portal=True,
            layout="portal HTML: a blank top-left header cell, four service levels each over 'TTHC' and '%', one row "
                   "'Tỷ lệ TTHC cung cấp trực tuyến'; bare integers, '100%' without decimals")
    truth = {"register": d.register, "doc_date": d.doc_date, "province": d.province, "format": d.format,
             "facts": facts, "uncatalogued_cells": unc,
             "not_facts": [{"text": "Mức độ 3", "why": "reference"}], "mistakes": []}
    return d, truth


# ------------------------------------------------------------------ R3: one-stop system monthly processing table
def r3():
    import model
    model.INDICATORS["u_new"] = ("count", "UNCATALOGUED")
    model.INDICATORS["u_soon"] = ("count", "UNCATALOGUED")
    model.INDICATORS["u_notyet"] = ("count", "UNCATALOGUED")
    model.INDICATORS["u_uncollected"] = ("count", "UNCATALOGUED")
    P, S = "Đang xử lý", "Đã xử lý"
    cols = [Col(("STT",), "stt"), Col(("Đơn vị",), "name"), Col(("Đã tiếp nhận",), "u_new"),
            Col(("Tồn kỳ trước",), "received_carried_over"), Col(("Cần xử lý",), "received_total"),
            Col((P, "Tổng"), "pending_total"), Col((P, "Trễ"), "pending_late"), Col((P, "Sắp trễ"), "u_soon"),
            Col((P, "Chưa đến"), "u_notyet"),
            Col((S, "Tổng"), "resolved_total"), Col((S, "Trễ"), "resolved_late"), Col((S, "Sớm"), "resolved_in_time"),
            Col((S, "Chưa nhận"), "u_uncollected"),
            Col(("Tỉ lệ Trễ hạn",), "rate_late_all", 2), Col(("Tỉ lệ Đúng hạn",), "rate_ontime_all", 2)]
    units = [("Sở Tư pháp", 1240, 96), ("Sở Kế hoạch và Đầu tư", 1518, 132), ("Sở Tài nguyên và Môi trường", 2874, 641),
             ("Sở Giao thông vận tải", 3310, 205), ("Thành phố Pleiku", 5921, 1187), ("Thị xã An Khê", 2236, 402),
             ("Thị xã Ayun Pa", 1407, 188), ("Huyện Chư Păh", 1862, 350), ("Huyện Ia Grai", 2105, 296),
             ("Huyện Chư Sê", 2590, 433)]
    import random
    rng = random.Random(33)
    rows = []
    for i, (name, new, carried) in enumerate(units, 1):
        total = new + carried
        pending = rng.randint(total // 20, total // 8)
        pl = rng.randint(0, pending // 6)
        soon = rng.randint(0, (pending - pl) // 4)
        notyet = pending - pl - soon
        resolved = total - pending
        rl = rng.randint(0, resolved // 35)
        early = resolved - rl
        unc = rng.randint(0, resolved // 10)
        late_rate = pct(pl + rl, total, 2)
        v = {"u_new": new, "received_carried_over": carried, "received_total": total, "pending_total": pending,
             "pending_late": pl, "u_soon": soon, "u_notyet": notyet, "resolved_total": resolved, "resolved_late": rl,
             "resolved_in_time": early, "u_uncollected": unc, "rate_late_all": late_rate,
             "rate_ontime_all": D(100) - late_rate}
        rows.append(Row(str(i), name, f"unit:{name}", "unit", vals=v))
    keys = [c.key for c in cols if c.key not in ("stt", "name") and not c.key.startswith("rate")]
    tot = Row("", "Tổng cộng", "city", "total", vals={k: sum(r.vals[k] for r in rows) for k in keys},
              members=list(range(len(rows))))
    lr = pct(tot.vals["pending_late"] + tot.vals["resolved_late"], tot.vals["received_total"], 2)
    tot.vals["rate_late_all"], tot.vals["rate_ontime_all"] = lr, D(100) - lr
    rows.append(tot)
    t = Table(cols=cols, rows=rows, thousands="", zero_dash=False, pct_sign=True, total_merge=True)
    assert not check_table(t), check_table(t)
    for r in rows:   # the portal's own definitions hold
        v = r.vals
        assert v["u_new"] + v["received_carried_over"] == v["received_total"]
        assert v["pending_late"] + v["u_soon"] + v["u_notyet"] == v["pending_total"]
        assert v["u_uncollected"] <= v["resolved_total"]
    facts = table_facts(t, 0)
    unc = []
    keep = []
    for f in facts:
        if f["indicator"] == "UNCATALOGUED":
            unc.append({"cell": f["cell"], "text": f["text"],
                        "why": {"Đã tiếp nhận": "new dossiers only (Cần xử lý is the received total)",
                                "Sắp trễ": "pending, close to its due date", "Chưa đến": "pending, not yet near its due date",
                                "Chưa nhận": "resolved but not collected (a subset of Đã xử lý, not a part of a sum)"}
                        [f["cell"]["column"][-1]]})
        else:
            if f["kind"] == "rate":
                f["numerator"] = f["denominator"] = None
                f["convention"] = ("(Trễ đang xử lý + Trễ đã xử lý) / Cần xử lý" if f["indicator"] == "resolved_late"
                                   else "100% - Tỉ lệ Trễ hạn")
            keep.append(f)
    d = Doc(name="R3_gialai_motcua_thang", format="html_spans", register="portal_stats", doc_date="2022-09-30",
            province="Tỉnh Gia Lai", issuer=["HỆ THỐNG THÔNG TIN MỘT CỬA TỈNH GIA LAI"], number="", place_date="",
            title=["Thống kê tình hình xử lý hồ sơ tháng 9/2022"],
            intro=["Bảng số liệu theo từng cơ quan, đơn vị trong tháng; số liệu cấp huyện gồm cả hồ sơ của các xã "
                   "thuộc huyện."],
            caption=[], tables=[t], portal=True,
            layout="portal HTML: Đã tiếp nhận / Tồn kỳ trước / Cần xử lý spanning two header rows, 'Đang xử lý' over "
                   "Tổng / Trễ / Sắp trễ / Chưa đến and 'Đã xử lý' over Tổng / Trễ / Sớm / Chưa nhận (the same word "
                   "'Trễ' under two parents), late and on-time rates by the portal's definitions; 4 sở and 6 "
                   "districts / towns, 'Tổng cộng' colspan")
    truth = {"register": d.register, "doc_date": d.doc_date, "province": d.province, "format": d.format,
             "facts": keep, "uncatalogued_cells": unc, "not_facts": [], "mistakes": []}
    return d, truth


def main():
    for fn in (r1, r2, r3):
        d, truth = fn()
        out = render(d, HERE)
        with open(os.path.join(HERE, d.name + ".truth.json"), "w", encoding="utf-8") as f:
            json.dump(truth, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", os.path.basename(out), len(truth["facts"]), "facts")


if __name__ == "__main__":
    main()
