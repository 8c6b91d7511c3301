"""Validate tests/data/phrasings.jsonl (the phrasing table).

Run:  python tests/data/check_phrasings.py [PATH]

It checks the table against itself only (it never imports docparse):
- every line parses and has the expected keys, ids are unique, constructs known;
- every fact's text occurs in the case text and reads back as the fact's value
  (and numerator/denominator/maximum where the text is an x/y);
- every number of the text is covered by exactly one role (multiset of digit groups);
- every value/part/share/rank role is carried by some fact (value, numerator,
  denominator or maximum);
- clean cases are internally consistent: percentages against their x/y (round half up
  or truncation at the written decimals), sums of parts, stock-flow balances,
  complements, 766 component sums; no indicator stated twice with two values;
- each case with a "mistake" really fails the check named by its code, at the stated value.
Exit code 0 when all is well, 1 otherwise (the problems are printed).
"""
import json
import re
import sys
from collections import Counter, defaultdict
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN
from pathlib import Path

CONSTRUCTS = {"total_parts", "share", "late_share", "in_time_group", "breakdown_level", "change",
              "bound_approx", "not_measurement", "unit_count", "procedures", "index_766",
              "number_format", "feedback", "rates_named", "period_scope"}
ROLES = {"value", "part", "share", "change", "bound", "approx", "maximum", "rank", "target",
         "date", "reference", "count_of_things", "previous", "base", "criterion"}
FACT_ROLES = {"value", "part", "share", "rank"}
RATES = {"online_submission", "online_payment", "system_update", "digitization", "digital_reuse",
         "feedback_handled", "resolved_on_time", "resolved_late", "received_online_share",
         "received_offline_share", "full_online", "archived", "cost_reduction", "other"}
COUNTS = {"received_total", "received_online", "received_offline", "received_carried_over",
          "resolved_total", "resolved_early", "resolved_on_time", "resolved_in_time", "resolved_late",
          "resolved_rejected", "resolved_withdrawn", "pending_total", "pending_on_time", "pending_late",
          "pending_supplement", "feedback_total", "feedback_new", "feedback_carried_over",
          "feedback_resolved", "feedback_pending", "procedures_total", "procedures_full_online",
          "procedures_partial_online", "procedures_not_online"}
SCORES = {"index_766_total", "index_766_publicity", "index_766_progress", "index_766_online_service",
          "index_766_online_payment", "index_766_satisfaction", "index_766_digitization"}
KIND_IND = {"rate": RATES, "count": COUNTS, "score": SCORES, "rank": {"index_766_rank"},
            "unit_count": {"units_meeting_target"}}
SUBJECTS = {"city", "departments", "districts", "communes", "national", "self"}
MISTAKES = {"ratio_mismatch", "sum_mismatch", "balance_mismatch", "complement_mismatch",
            "target_conflict", "unit_count_mismatch", "repeated_value_mismatch", "score_sum_mismatch"}
WORD_RANK = {"thứ nhất": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4, "thứ năm": 5, "dẫn đầu": 1}
WORD_ZERO = {"không có", "không phát sinh", "không còn"}  # "Không có hồ sơ quá hạn": a count of 0
TOKEN = re.compile(r"\d+(?:[.,/]\d+)*")


def readings(s):
    """Possible numeric readings of one written number (no slash)."""
    s = s.strip()
    mult = 1
    for word, m in (("ngàn", 1000), ("nghìn", 1000), ("triệu", 10**6), ("tỷ", 10**9)):
        if word in s:
            mult = m
            s = s.replace(word, "")
    s = s.replace("%", "").replace("điểm", "").replace(" ", "").strip()
    out = set()
    if "," in s:
        out.add(Decimal(s.replace(".", "").replace(",", ".")) * mult)
    else:
        out.add(Decimal(s.replace(".", "")) * mult)          # dots as thousands
        if s.count(".") == 1 and len(s.split(".")[1]) <= 2:
            out.add(Decimal(s) * mult)                         # portal decimal point
    return out


def dec(x):
    return None if x is None else Decimal(str(x))


def decimals_of(text):
    t = text.replace("%", "").replace(" ", "").strip()
    if "," in t:
        return len(t.split(",")[1])
    if t.count(".") == 1 and len(t.split(".")[1]) <= 2:
        return len(t.split(".")[1])
    return 0


def consistent(p, n, m, d):
    if m == 0:
        return False
    exact = Decimal(100) * Decimal(n) / Decimal(m)
    q = Decimal(1).scaleb(-d)
    return p in (exact.quantize(q, ROUND_HALF_UP), exact.quantize(q, ROUND_DOWN))


def check_fact_text(case, fact, err):
    t = fact.get("text")
    if not t or t not in case["text"]:
        err(f"fact text {t!r} not in text")
        return
    k, v = fact["kind"], dec(fact["value"])
    if k == "count" and t.lower() in WORD_ZERO:
        if v != 0:
            err(f"zero word {t!r} != {v}")
        return
    if k == "rank" and t in WORD_RANK:
        if v != WORD_RANK[t]:
            err(f"rank word {t!r} != {v}")
        return
    if "/" in t:
        a, b = t.split("/", 1)
        ra, rb = readings(a), readings(b)
        if k == "rate":
            if v is not None:
                err(f"bare x/y rate {t!r} should have value null")
            if dec(fact["numerator"]) not in ra or dec(fact["denominator"]) not in rb:
                err(f"x/y {t!r} != numerator/denominator")
        elif k == "unit_count":
            if v not in ra or dec(fact["numerator"]) not in ra or dec(fact["denominator"]) not in rb:
                err(f"unit count {t!r} mismatch")
        elif k == "rank":
            if v not in ra or dec(fact["denominator"]) not in rb:
                err(f"rank {t!r} mismatch")
        elif k == "score":
            if v not in ra or dec(fact.get("maximum")) not in rb:
                err(f"score {t!r} mismatch")
        else:
            err(f"slash text for kind {k}")
        return
    if v not in readings(t):
        err(f"fact value {v} not read from {t!r}")
    if k == "unit_count" and fact["numerator"] != fact["value"]:
        err("unit_count numerator must equal value")


def fact_numbers(facts):
    nums = set()
    for f in facts:
        for key in ("value", "numerator", "denominator", "maximum"):
            if f.get(key) is not None:
                nums.add(dec(f[key]))
    return nums


def key(f):
    return (f["subject"], f.get("scope"))


def consistency(case):
    """Return list of (code, stated_candidates) for every failing identity."""
    fails = []
    facts = case["facts"]
    counts = defaultdict(dict)
    for f in facts:
        if f["kind"] == "count":
            counts[key(f)][f["indicator"]] = f["value"]
    for f in facts:  # "trực tiếp 1.180; qua bưu chính 55": in person and by post are the one part together
        if f["kind"] == "count" and f["indicator"] == "received_offline" and f.get("scope") == "bưu chính":
            whole = counts[(f["subject"], None)]
            if "received_offline" in whole:
                whole["received_offline"] += f["value"]
    # ratio
    for f in facts:
        if f["kind"] == "rate" and f["value"] is not None and f["numerator"] is not None:
            if not consistent(dec(f["value"]), f["numerator"], f["denominator"], decimals_of(f["text"])):
                fails.append(("ratio_mismatch", {dec(f["value"])}))
        if f["kind"] == "rate" and f["value"] is not None and not (0 <= f["value"] <= 100):
            fails.append(("range", {dec(f["value"])}))

    def sumcheck(code, total_ind, part_inds, need, c, apart=()):
        # apart: parts that reports count beside the total as well as inside it (carried-over
        # dossiers beside "tiếp nhận", returned and withdrawn ones beside "đã giải quyết"): the
        # sum holds with them or without them (CONTRACT §5: a convention the report follows)
        if total_ind in c and all(p in c for p in need):
            s = sum(c[p] for p in part_inds if p in c)
            without = sum(c[p] for p in part_inds if p in c and p not in apart)
            if s != c[total_ind] and not (any(p in c for p in apart) and without == c[total_ind]):
                fails.append((code, {dec(c[total_ind])} | {dec(c[p]) for p in part_inds if p in c}))

    for k, c in counts.items():
        sumcheck("sum_mismatch", "received_total", ["received_online", "received_offline", "received_carried_over"],
                 ["received_online", "received_offline"], c, apart=["received_carried_over"])
        returned = ["resolved_rejected", "resolved_withdrawn"]
        if "resolved_in_time" in c:
            sumcheck("sum_mismatch", "resolved_total", ["resolved_in_time", "resolved_late", "resolved_rejected",
                     "resolved_withdrawn"], ["resolved_in_time", "resolved_late"], c, apart=returned)
        else:
            sumcheck("sum_mismatch", "resolved_total", ["resolved_early", "resolved_on_time", "resolved_late",
                     "resolved_rejected", "resolved_withdrawn"], ["resolved_early", "resolved_on_time", "resolved_late"], c,
                     apart=returned)
        sumcheck("sum_mismatch", "pending_total", ["pending_on_time", "pending_late", "pending_supplement"],
                 ["pending_on_time", "pending_late"], c)
        sumcheck("sum_mismatch", "procedures_total", ["procedures_full_online", "procedures_partial_online",
                 "procedures_not_online"], ["procedures_full_online", "procedures_partial_online",
                 "procedures_not_online"], c)
        if "received_carried_over" in c and "received_total" in c and "resolved_total" in c and "pending_total" in c \
                and c["received_total"] + c["received_carried_over"] == c["resolved_total"] + c["pending_total"]:
            pass  # the carried-over dossiers stated beside the received total: received + carried = resolved + pending
        else:
            sumcheck("balance_mismatch", "received_total", ["resolved_total", "pending_total"],
                     ["resolved_total", "pending_total"], c)
        sumcheck("sum_mismatch", "feedback_total", ["feedback_resolved", "feedback_pending"],
                 ["feedback_resolved", "feedback_pending"], c)
        fb = ["feedback_new", "feedback_carried_over", "feedback_resolved", "feedback_pending"]
        if all(x in c for x in fb):
            if c["feedback_new"] + c["feedback_carried_over"] != c["feedback_resolved"] + c["feedback_pending"]:
                fails.append(("balance_mismatch", {dec(c[x]) for x in fb}))
    # level sums: city total = sum of level aggregates (same indicator, no scope)
    levels = ("departments", "districts", "communes")
    for ind in COUNTS:
        city = counts.get(("city", None), {}).get(ind)
        parts = [counts.get((lv, None), {}).get(ind) for lv in levels]
        parts = [p for p in parts if p is not None]
        if city is not None and len(parts) >= 2 and sum(parts) != city:
            fails.append(("sum_mismatch", {dec(city)} | {dec(p) for p in parts}))
    # a group of levels named as one subject ("cấp huyện và cấp xã" as the city's scope) = its levels
    group_words = {"departments": ("cấp tỉnh", "sở, ngành", "sở, ban, ngành"), "districts": ("cấp huyện",),
                   "communes": ("cấp xã", "xã, phường")}
    for f in facts:
        if f["kind"] == "count" and f["subject"] == "city" and f.get("scope"):
            named = [lv for lv, words in group_words.items() if any(w in f["scope"] for w in words)]
            parts = [counts.get((lv, None), {}).get(f["indicator"]) for lv in named]
            if len(named) >= 2 and None not in parts and sum(parts) != f["value"]:
                fails.append(("sum_mismatch", {dec(f["value"])} | {dec(p) for p in parts}))
    # scoped parts of one count
    by_ind = defaultdict(list)
    for f in facts:
        if f["kind"] == "count":
            by_ind[(f["indicator"], f["subject"])].append(f)
    for (ind, subj), fs in by_ind.items():
        whole = [f for f in fs if f.get("scope") is None]
        scoped = list({f["scope"]: f for f in fs if f.get("scope") is not None}.values())  # a scope restated is one part
        if len(whole) == 1 and len(scoped) >= 2 and sum(f["value"] for f in scoped) != whole[0]["value"]:
            fails.append(("sum_mismatch", {dec(whole[0]["value"])}))
    # complements
    rates = defaultdict(dict)
    places = {}
    for f in facts:
        if f["kind"] == "rate" and f["value"] is not None:
            rates[key(f)].setdefault(f["indicator"], []).append(f["value"])
            places[(key(f), f["indicator"])] = decimals_of(f.get("text") or "")
    for k, r in rates.items():
        for a, b in (("resolved_on_time", "resolved_late"), ("received_online_share", "received_offline_share")):
            if a in r and b in r and len(r[a]) == 1 and len(r[b]) == 1:
                da, db = places[(k, a)], places[(k, b)]
                # two shares rounded from one pair of counts: a unit of the last place when written
                # alike, half a unit of each when written at different decimals ("98,17%" + "1,8%")
                tol = Decimal("0.011") if da == db else (Decimal(1).scaleb(-da) + Decimal(1).scaleb(-db)) / 2 + Decimal("0.001")
                if abs(Decimal(str(r[a][0])) + Decimal(str(r[b][0])) - 100) > tol:
                    fails.append(("complement_mismatch", {dec(r[a][0]), dec(r[b][0])}))
    # repeated values
    seen = defaultdict(set)
    for f in facts:
        if f["value"] is not None:
            seen[(f["kind"], f["indicator"], f["subject"], f.get("scope"), f.get("period"))].add(dec(f["value"]))
    for k, vals in seen.items():
        if len(vals) > 1:
            fails.append(("repeated_value_mismatch", vals))
    # 766 sums
    sc = defaultdict(dict)
    for f in facts:
        if f["kind"] == "score":
            sc[key(f)][f["indicator"]] = dec(f["value"])
    for k, s in sc.items():
        comps = [i for i in SCORES if i != "index_766_total"]
        if "index_766_total" in s and all(i in s for i in comps):
            if abs(sum(s[i] for i in comps) - s["index_766_total"]) > Decimal("0.011"):
                fails.append(("score_sum_mismatch", {s["index_766_total"]}))
        for f in facts:
            if f["kind"] == "score" and f.get("maximum") is not None and f["value"] > f["maximum"]:
                fails.append(("range", {dec(f["value"])}))
    for f in facts:
        if f["kind"] == "unit_count" and not (0 <= f["numerator"] <= f["denominator"]):
            fails.append(("range", {dec(f["value"])}))
        if f["kind"] == "rank" and f["denominator"] is not None and f["value"] > f["denominator"]:
            fails.append(("range", {dec(f["value"])}))
    return fails


def main(path):
    problems = []
    ids = set()
    per = Counter()
    n_mistakes = 0
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    for ln, line in enumerate(lines, 1):
        def err(msg, _ln=ln):
            problems.append(f"line {_ln}: {msg}")
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"bad JSON: {e}")
            continue
        for k in ("id", "construct", "context", "text", "facts", "roles"):
            if k not in case:
                err(f"missing key {k}")
        if case.get("id") in ids:
            err(f"duplicate id {case.get('id')}")
        ids.add(case.get("id"))
        if case.get("construct") not in CONSTRUCTS:
            err(f"unknown construct {case.get('construct')}")
        per[case.get("construct")] += 1
        ctx = case.get("context", {})
        # doc_date null: a text that carries no date (a portal page, a news item read without its date line)
        if ctx.get("issuer") not in {"province", "commune", "ministry", "district", "national", "site", "centre"} or not (
                ctx.get("doc_date", "") is None or re.fullmatch(r"\d{4}-\d\d-\d\d", ctx.get("doc_date", ""))):
            err("bad context")
        if ctx.get("issuer") == "commune" and not (ctx.get("own_unit") or "").startswith(("Xã ", "Phường ", "Đặc khu ")):
            err("commune context needs own_unit")
        text = case["text"]
        for f in case["facts"]:
            if f["kind"] not in KIND_IND or f["indicator"] not in KIND_IND[f["kind"]]:
                err(f"bad kind/indicator {f['kind']}/{f['indicator']}")
            s = f["subject"]
            if not (s in SUBJECTS or (s.startswith("unit:") and len(s) > 6)):
                err(f"bad subject {s}")
            if s == "self" and not ctx.get("own_unit") and ctx.get("issuer") not in ("centre", "site"):
                # a centre's notice names its issuer in the text's own header, a web page its site's
                # owner in its banner (no hint needed)
                err("subject self without own_unit")
            check_fact_text(case, f, err)
        # roles cover every number exactly once
        for r in case["roles"]:
            if r["role"] not in ROLES:
                err(f"bad role {r['role']}")
            if r["text"] not in text:
                err(f"role text {r['text']!r} not in text")
        want = Counter(TOKEN.findall(text))
        got = Counter(t for r in case["roles"] for t in TOKEN.findall(r["text"]))
        if want != got:
            err(f"roles do not cover numbers: missing {dict(want - got)}, extra {dict(got - want)}")
        # level roles are carried by facts
        nums = fact_numbers(case["facts"])
        for r in case["roles"]:
            if r["role"] in FACT_ROLES:
                pieces = r["text"].split("/")
                for p in pieces:
                    if not (readings(p) & nums):
                        err(f"{r['role']} {r['text']!r} carried by no fact")
        fails = consistency(case)
        if "mistake" in case:
            n_mistakes += 1
            m = case["mistake"]
            if m["code"] not in MISTAKES:
                err(f"unknown mistake code {m['code']}")
            stated = dec(m["stated"])
            if stated not in {dec(f["value"]) for f in case["facts"] if f["value"] is not None}:
                err("mistake.stated is not a fact value")
            checked = {"ratio_mismatch", "sum_mismatch", "balance_mismatch", "complement_mismatch",
                       "repeated_value_mismatch", "score_sum_mismatch"}
            if m["code"] in checked and not any(c == m["code"] and stated in v for c, v in fails):
                err(f"mistake {m['code']} at {stated} not reproduced (fails: {fails})")
        elif fails:
            err(f"clean case {case['id']} is inconsistent: {fails}")
    for c in sorted(CONSTRUCTS):
        if per[c] < 12:
            problems.append(f"construct {c} has only {per[c]} cases")
    print(f"{len(lines)} cases, {n_mistakes} with a planted mistake")
    for c, n in sorted(per.items()):
        print(f"  {c:16s} {n}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    default = Path(__file__).with_name("phrasings.jsonl")
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else default))
