"""The builder's own arithmetic over a report's truth (no docparse code).

violations(doc) returns every inconsistency among the recorded facts as (code, fact ids, message),
with the codes of CONTRACT.md section 4. unit_problems(doc) returns unit names that are not in the
list of units in force on the document's date.
"""
from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from decimal import Decimal

from engine import consistent, expected

MAXIMA = {"index_766_publicity": 18, "index_766_progress": 20, "index_766_online_service": 12,
          "index_766_online_payment": 10, "index_766_satisfaction": 18,
          "index_766_digitization": 22, "index_766_total": 100}
COMPONENTS = [k for k in MAXIMA if k != "index_766_total"]


def _cmp(v, op, t):
    return {">=": v >= t, ">": v > t, "=": v == t, "<=": v <= t, "<": v < t}[op]


def violations(doc):
    out = []
    F = doc.facts
    # ratio: a rate with its x/y
    for f in F:
        if f.kind == "rate" and f.n is not None:
            if not consistent(f.vstr, f.n, f.d):
                out.append(("ratio_mismatch", {f.id},
                            f"{f.text} vs {f.n}/{f.d} = {expected(f.vstr, f.n, f.d)}"))
    # repeated value: same indicator, subject, scope, period
    by = defaultdict(list)
    for f in F:
        by[f.key()].append(f)
    for k, fs in by.items():
        if len({(f.value, f.n, f.d) for f in fs}) > 1 and len({f.value for f in fs}) > 1:
            out.append(("repeated_value_mismatch", {f.id for f in fs},
                        f"{k}: {[f.text for f in fs]}"))
    # groups of one subject, scope and period
    C = defaultdict(dict)
    R = defaultdict(dict)
    S = defaultdict(dict)
    for f in F:
        g = (f.subject, f.scope, f.period)
        {"count": C, "rate": R, "score": S}.get(f.kind, {}).setdefault(g, {}).setdefault(f.indicator, f)
    for g, c in C.items():
        v = lambda k: c[k].value if k in c else 0  # noqa: E731
        if {"received_total", "received_online", "received_offline"} <= c.keys():
            parts = [c[k] for k in ("received_online", "received_offline", "received_carried_over") if k in c]
            if sum(p.value for p in parts) != c["received_total"].value:
                out.append(("sum_mismatch", {c["received_total"].id, *[p.id for p in parts]},
                            f"{g} received {c['received_total'].value} != {[p.value for p in parts]}"))
        intime = None
        if "resolved_in_time" in c:
            intime = [c["resolved_in_time"]]
        elif {"resolved_early", "resolved_on_time"} <= c.keys():
            intime = [c["resolved_early"], c["resolved_on_time"]]
        if intime and {"resolved_total", "resolved_late"} <= c.keys():
            parts = intime + [c[k] for k in ("resolved_late", "resolved_rejected", "resolved_withdrawn") if k in c]
            if sum(p.value for p in parts) != c["resolved_total"].value:
                out.append(("sum_mismatch", {c["resolved_total"].id, *[p.id for p in parts]},
                            f"{g} resolved {c['resolved_total'].value} != {[p.value for p in parts]}"))
        if {"pending_total", "pending_on_time", "pending_late"} <= c.keys():
            parts = [c[k] for k in ("pending_on_time", "pending_late", "pending_supplement") if k in c]
            if sum(p.value for p in parts) != c["pending_total"].value:
                out.append(("sum_mismatch", {c["pending_total"].id, *[p.id for p in parts]},
                            f"{g} pending {c['pending_total'].value} != {[p.value for p in parts]}"))
        if {"received_total", "resolved_total", "pending_total"} <= c.keys():
            if c["received_total"].value != c["resolved_total"].value + c["pending_total"].value:
                out.append(("balance_mismatch",
                            {c["received_total"].id, c["resolved_total"].id, c["pending_total"].id},
                            f"{g} received {v('received_total')} != resolved {v('resolved_total')} + pending {v('pending_total')}"))
        if {"feedback_total", "feedback_new", "feedback_carried_over"} <= c.keys():
            if v("feedback_new") + v("feedback_carried_over") != v("feedback_total"):
                out.append(("sum_mismatch", {c[k].id for k in ("feedback_total", "feedback_new", "feedback_carried_over")},
                            f"{g} feedback total"))
        if {"feedback_total", "feedback_resolved", "feedback_pending"} <= c.keys():
            if v("feedback_resolved") + v("feedback_pending") != v("feedback_total"):
                out.append(("balance_mismatch", {c[k].id for k in ("feedback_total", "feedback_resolved", "feedback_pending")},
                            f"{g} feedback balance"))
        # rates without their x/y against the counts of the same group, by every convention
        r = R.get(g, {})
        conv = []
        if intime and "resolved_on_time" in r and r["resolved_on_time"].n is None:
            x = sum(p.value for p in intime)
            dens = []
            if "resolved_total" in c:
                dens.append(v("resolved_total"))
                dens.append(v("resolved_total") - v("resolved_rejected") - v("resolved_withdrawn"))
            if "received_total" in c:
                dens.append(v("received_total"))
            conv.append((r["resolved_on_time"], x, dens, [p.id for p in intime]))
            if {"pending_on_time", "received_total"} <= c.keys():
                # the 766 progress convention: in time, resolved or still in progress, over all handled
                conv.append((r["resolved_on_time"], x + v("pending_on_time"), [v("received_total")],
                             [p.id for p in intime], "766"))
        if "resolved_late" in c and "resolved_late" in r and r["resolved_late"].n is None:
            dens = []
            if "resolved_total" in c:
                dens.append(v("resolved_total"))
                dens.append(v("resolved_total") - v("resolved_rejected") - v("resolved_withdrawn"))
            if "received_total" in c:
                dens.append(v("received_total"))
            conv.append((r["resolved_late"], v("resolved_late"), dens, [c["resolved_late"].id]))
            if {"pending_late", "received_total"} <= c.keys():
                conv.append((r["resolved_late"], v("resolved_late") + v("pending_late"), [v("received_total")],
                             [c["resolved_late"].id], "766"))
        if {"received_online", "received_offline"} <= c.keys():
            for k in ("online_submission", "received_online_share"):
                if k in r and r[k].n is None:
                    dens = [v("received_online") + v("received_offline")]
                    if "received_total" in c:
                        dens.append(v("received_total"))
                    conv.append((r[k], v("received_online"), dens, [c["received_online"].id]))
        # a rate is consistent when it matches any convention the counts allow
        by_rate = defaultdict(list)
        for item in conv:
            by_rate[item[0].id].append(item)
        for items in by_rate.values():
            rate = items[0][0]
            tried = [(x, d) for _, x, dens, _ids, *rest in items for d in dens if d]
            if tried and not any(consistent(rate.vstr, x, d) for x, d in tried):
                ids = {rate.id, *[i for it in items for i in it[3]]}
                out.append(("ratio_mismatch", ids, f"{g} {rate.text} matches no convention {tried}"))
    # complements
    for g, r in R.items():
        for a, b in (("resolved_on_time", "resolved_late"),
                     ("received_online_share", "received_offline_share")):
            if a in r and b in r:
                if Decimal(r[a].vstr) + Decimal(r[b].vstr) != 100:
                    out.append(("complement_mismatch", {r[a].id, r[b].id},
                                f"{g} {r[a].text} + {r[b].text} != 100%"))
    # 766 scores
    for g, s in S.items():
        for k, f in s.items():
            m = f.maximum if f.maximum is not None else MAXIMA.get(k)
            if m is not None and f.value > m:
                out.append(("score_over_maximum", {f.id}, f"{f.text} > {m}"))
        if "index_766_total" in s and all(k in s for k in COMPONENTS):
            tot = sum(Decimal(s[k].vstr) for k in COMPONENTS)
            if tot != Decimal(s["index_766_total"].vstr):
                out.append(("score_sum_mismatch", {s[k].id for k in COMPONENTS + ["index_766_total"]},
                            f"{g} components {tot} != {s['index_766_total'].text}"))
    for f in F:
        if f.kind in ("rank", "unit_count") and f.d is not None and f.value > f.d:
            out.append(("impossible_" + f.kind, {f.id}, f.text))
    # declared sums and targets
    for total, parts, code in doc.sums:
        if sum(p.value for p in parts) != total.value:
            out.append((code, {total.id, *[p.id for p in parts]},
                        f"{total.text} != {' + '.join(p.text for p in parts)}"))
    for f, op, t, claims in doc.targets:
        if _cmp(f.value, op, t) != claims:
            out.append(("target_conflict", {f.id}, f"{f.text} {op} {t} claimed {claims}"))
    return out


# ----------------------------------------------------------------------------- unit names
_LEGACY = None
_CURRENT = None


def _legacy():
    global _LEGACY
    if _LEGACY is None:
        import vietnamadminunits
        db = os.path.join(os.path.dirname(vietnamadminunits.__file__), "data", "dataset.db")
        con = sqlite3.connect(db)
        rows = con.execute("select province, district, ward from admin_units_legacy").fetchall()
        prov = {r[0] for r in rows}
        dist = {(r[0], r[1]) for r in rows}
        ward = {(r[0], r[2]) for r in rows}
        _LEGACY = (prov, dist, ward)
    return _LEGACY


def _current():
    global _CURRENT
    if _CURRENT is None:
        import vietnam_provinces as vp
        provs = {}
        for p in vp.Province.iter_all():
            full = p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name
            provs[p.code] = full
        ward = {(provs[w.province_code], w.name) for w in vp.Ward.iter_all()}
        _CURRENT = (set(provs.values()), ward)
    return _CURRENT


# Provincial departments and ministries by date (test data of this set, not the project's
# catalogue): the reorganisation of 1 March 2025 merged several of them.
BODIES_BEFORE = {
    "Sở Tư pháp", "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính", "Sở Công Thương", "Sở Giao thông vận tải", "Sở Y tế", "Sở Nội vụ",
    "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông",
    "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giáo dục và Đào tạo",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Công an tỉnh",
    "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công an", "Bộ Y tế", "Bộ Giao thông vận tải",
    "Bộ Tài nguyên và Môi trường", "Bộ Kế hoạch và Đầu tư", "Bộ Công Thương",
    "Bộ Thông tin và Truyền thông", "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Lao động - Thương binh và Xã hội", "Bộ Xây dựng", "Bộ Giáo dục và Đào tạo",
    "Bộ Nội vụ", "Bộ Khoa học và Công nghệ",
}
BODIES_AFTER = {
    "Sở Tư pháp", "Sở Xây dựng", "Sở Tài chính", "Sở Công Thương", "Sở Y tế", "Sở Nội vụ",
    "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Khoa học và Công nghệ", "Công an tỉnh",
    "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công an", "Bộ Y tế", "Bộ Công Thương",
    "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Giáo dục và Đào tạo", "Bộ Nội vụ",
    "Bộ Khoa học và Công nghệ", "Bộ Dân tộc và Tôn giáo", "Bộ Văn hóa, Thể thao và Du lịch",
}


def unit_problems(doc):
    names = [f.subject[5:] for f in doc.facts if f.subject.startswith("unit:")] + doc.extra_units
    bad = []
    before = doc.doc_date < "2025-07-01"
    for name in names:
        if name.startswith(("Sở ", "Bộ ", "Công an")):
            ok = name in (BODIES_BEFORE if doc.doc_date < "2025-03-01" else BODIES_AFTER)
        elif name.startswith("Tỉnh ") or name in ("Thành phố Hà Nội", "Thành phố Hồ Chí Minh",
                                                   "Thành phố Hải Phòng", "Thành phố Đà Nẵng",
                                                   "Thành phố Cần Thơ", "Thành phố Huế"):
            ok = name in (_legacy()[0] if before else _current()[0])
        elif before:
            prov, dist, ward = _legacy()
            scope = [doc.province] if doc.province else sorted(prov)
            ok = any((p, name) in dist or (p, name) in ward for p in scope)
        else:
            provs, ward = _current()
            scope = [doc.province] if doc.province else sorted(provs)
            ok = any((p, name) in ward for p in scope)
        if not ok:
            bad.append(name)
    if doc.province:
        ok = doc.province in (_legacy()[0] if before else _current()[0])
        if not ok:
            bad.append("province " + doc.province)
    return bad
