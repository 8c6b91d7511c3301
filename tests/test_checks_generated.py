"""Generated reports with planted mistakes (corpus/generate.py, wordings from corpus/phrasings.json):
each planted mistake is found by a warning or error of its code pointing at the planted statement,
and nothing else is flagged — clean reports carry no warning or error at all (issue 3).

The reports are written to disk and read with docparse.parse, as a user would; the truth is the
generator's own (its own arithmetic and formatting, nothing shared with docparse)."""
import os
from collections import Counter

from docparse import parse

from blind_score import load_truth, score_findings

from corpus.generate import MISTAKES, generate

COUNT = 150
SEED = int(os.environ.get("DOCPARSE_GEN_SEED", "20260402"))
MIN_RECALL = 0.95


def _describe(finding) -> str:
    text = finding.evidence.text if finding.evidence else ""
    return f"{finding.code}/{finding.severity} stated={finding.stated} «{text[:90]}»"


def test_planted_mistakes_are_found_and_nothing_else(tmp_path):
    print(f"\ngenerating {COUNT} reports with seed {SEED} (set DOCPARSE_GEN_SEED to change it)")
    paths = generate(tmp_path, COUNT, seed=SEED)
    planted, found, false_alarms = Counter(), Counter(), Counter()
    misses, alarms = [], []
    clean_reports = clean_flagged = 0
    crashed = []
    for path in paths:
        truth = load_truth(path)
        try:
            report = parse(path)
        except Exception as exc:  # noqa: BLE001 - a crash is reported with the others, then fails
            crashed.append(f"{path.name}: {type(exc).__name__}: {exc}")
            report = {"facts": [], "findings": []}
        hit, missed, extra = score_findings(report, truth)
        for m in truth["mistakes"]:
            planted[m["code"]] += 1
        for m in hit:
            found[m["code"]] += 1
        for m in missed:
            misses.append(f"{path.name}: {m['code']} stated={m['stated']} «{m['text'][:90]}»")
        for f in extra:
            false_alarms[f.code] += 1
            alarms.append(f"{path.name} ({truth['register']}, "
                          f"{'clean' if not truth['mistakes'] else truth['mistakes'][0]['code']}): "
                          f"{_describe(f)}")
        if not truth["mistakes"]:
            clean_reports += 1
            clean_flagged += bool(extra)
    print(f"{'code':26s} {'planted':>7s} {'found':>6s} {'recall':>7s} {'false alarms':>13s}")
    codes = MISTAKES + sorted(set(false_alarms) - set(MISTAKES))
    for code in codes:
        recall = found[code] / planted[code] if planted[code] else float("nan")
        print(f"{code:26s} {planted[code]:7d} {found[code]:6d} {recall:7.2f} {false_alarms[code]:13d}")
    print(f"clean reports: {clean_reports}, with a warning or error: {clean_flagged}")
    for line in crashed[:25]:
        print("  crashed:", line)
    for line in misses[:25]:
        print("  missed:", line)
    for line in alarms[:25]:
        print("  false alarm:", line)
    assert all(planted[c] >= 5 for c in MISTAKES), planted
    assert not crashed, f"{len(crashed)} reports could not be parsed (seed {SEED}): {crashed[:3]}"
    low = {c: f"{found[c]}/{planted[c]}" for c in MISTAKES if found[c] < MIN_RECALL * planted[c]}
    assert not low, f"recall below {MIN_RECALL} (seed {SEED}): {low}"
    assert clean_flagged == 0, f"{clean_flagged} clean reports flagged (seed {SEED})"
    assert not alarms, f"{len(alarms)} warnings/errors beside the planted mistakes (seed {SEED})"


def _identities(truth) -> list[str]:
    """Every identity of the contract (section 5) that the truth's own facts allow, checked with
    exact arithmetic; returns the ones that fail."""
    from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

    bad = []
    by = {}
    for f in truth["facts"]:
        by.setdefault((f["subject"], f["indicator"], f["kind"]), []).append(f["value"])

    def one(subject, indicator, kind="count"):
        values = by.get((subject, indicator, kind))
        return values[0] if values and len(set(values)) == 1 else None

    for f in truth["facts"]:
        if f["kind"] == "rate" and f["numerator"] is not None and f["denominator"]:
            exact = Decimal(str(f["numerator"])) * 100 / Decimal(str(f["denominator"]))
            places = len(f["text"].split(",")[1]) if "," in f.get("text", "") else 0
            unit = Decimal(1).scaleb(-places)
            ok = {exact.quantize(unit, ROUND_HALF_UP), exact.quantize(unit, ROUND_DOWN)}
            if Decimal(str(f["value"])) not in ok:
                bad.append(f"ratio {f['indicator']} {f['subject']} {f['value']} vs {exact:.4f}")
    subjects = {f["subject"] for f in truth["facts"]}
    sums = [("received_total", ["received_online", "received_offline", "received_carried_over"]),
            ("pending_total", ["pending_on_time", "pending_late"]),
            ("procedures_total", ["procedures_full_online", "procedures_partial_online",
                                  "procedures_not_online"]),
            ("resolved_total", ["resolved_early", "resolved_on_time", "resolved_late", "resolved_rejected",
                                "resolved_withdrawn"]),
            ("resolved_total", ["resolved_in_time", "resolved_late"])]
    for s in subjects:
        for total, parts in sums:
            t, ps = one(s, total), [one(s, p) for p in parts]
            if t is not None and ps[0] is not None and all(p is not None for p in ps[1:2]):
                stated = sum(p for p in ps if p is not None)
                if t != stated and not (total == "received_total" and ps[2] is None):
                    bad.append(f"sum {total} {s}: {t} ≠ {stated}")
        r, v, p = one(s, "received_total"), one(s, "resolved_total"), one(s, "pending_total")
        if None not in (r, v, p) and r != v + p:
            bad.append(f"balance {s}: {r} ≠ {v} + {p}")
        fb = [one(s, k) for k in ("feedback_new", "feedback_carried_over", "feedback_resolved", "feedback_pending")]
        if None not in fb and fb[0] + fb[1] != fb[2] + fb[3]:
            bad.append(f"feedback balance {s}: {fb}")
        on, late = one(s, "resolved_on_time", "rate"), one(s, "resolved_late", "rate")
        if None not in (on, late) and round(on + late, 4) != 100:
            bad.append(f"complement {s}: {on} + {late}")
        total = one(s, "index_766_total", "score")
        parts = [one(s, k, "score") for k in ("index_766_publicity", "index_766_progress",
                                               "index_766_online_service", "index_766_online_payment",
                                               "index_766_satisfaction", "index_766_digitization")]
        if total is not None and None not in parts and round(sum(parts), 4) != total:
            bad.append(f"score {s}: {total} ≠ {round(sum(parts), 4)}")
    for key, values in by.items():
        if key[2] == "rate" and len(set(values)) > 1:
            bad.append(f"repeated {key}: {values}")
    return bad


def test_generated_truth_is_consistent_exactly_where_no_mistake_is_planted(tmp_path):
    """The generator's own check, independent of docparse: a clean report breaks no identity; a report
    with an arithmetic mistake breaks exactly the identity of its code."""
    arithmetic = {"ratio_mismatch": "ratio", "sum_mismatch": "sum", "balance_mismatch": "balance",
                  "complement_mismatch": "complement", "score_sum_mismatch": "score",
                  "repeated_value_mismatch": "repeated"}
    problems = []
    for path in generate(tmp_path, COUNT, seed=SEED):
        truth = load_truth(path)
        bad = _identities(truth)
        codes = [m["code"] for m in truth["mistakes"]]
        expected = [arithmetic[c] for c in codes if c in arithmetic]
        if expected:
            if not bad or any(not (b.startswith(expected[0]) or b.startswith("feedback " + expected[0]))
                              for b in bad):
                problems.append((path.name, codes, bad))
        elif bad:
            problems.append((path.name, codes, bad))
        for m in truth["mistakes"]:
            lines = path.read_text("utf-8").splitlines()
            if m["text"] not in lines or m["figure"] not in m["text"]:
                problems.append((path.name, codes, f"planted line/figure not found: {m['figure']!r}"))
    assert not problems, problems[:5]
