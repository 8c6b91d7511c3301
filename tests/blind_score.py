"""Scoring a Report against a truth file (tests/TRUTH_FORMAT.md). A helper module, not a test.

    truth = load_truth("x.truth.json")
    hits, missed, extra = score_facts(report, truth)
    found, missed_mistakes, false_alarms = score_findings(report, truth)

Facts match on (kind, indicator, subject, value, numerator, denominator); scope is not scored.
A `unit:<name>` subject is compared without accents and case; numbers are rounded to 4 decimals.
A planted mistake is found when a warning or error of its code states its `stated` value, uses a
fact with that value, or (for a mistake without a value, or as the statement's own place) has
evidence whose text holds the mistake's figure. Every other warning or error is a false alarm.
"""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

SERIOUS = ("warning", "error")


def load_truth(path) -> dict:
    """The truth beside a report: pass NAME.truth.json itself, or NAME.txt (its truth is found)."""
    path = Path(path)
    if not path.name.endswith(".truth.json"):
        path = path.with_name(path.name.rsplit(".", 1)[0] + ".truth.json")
    truth = json.loads(path.read_text("utf-8"))
    truth.setdefault("facts", [])
    truth.setdefault("not_facts", [])
    truth.setdefault("mistakes", [])
    return truth


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).casefold().split())


def _num(value):
    return None if value is None else round(float(value), 4)


def _subject(value) -> str:
    if value.startswith("unit:"):
        return "unit:" + _fold(value[5:])
    return value


def _get(obj, name, default=None):
    return obj.get(name, default) if isinstance(obj, dict) else getattr(obj, name, default)


def report_subject(fact) -> str:
    """A Report fact's subject as the truth writes it: its level, or unit:<name>."""
    subject = _get(fact, "subject")
    level = _get(subject, "level")
    if level == "unit":
        return "unit:" + (_get(subject, "name") or _get(subject, "raw") or "")
    return level


def _rank_free(kind, numerator):
    """A rank is its position over its field: its numerator (the position again) is not compared."""
    return None if kind == "rank" else numerator


def truth_key(fact: dict) -> tuple:
    return (fact["kind"], fact["indicator"], _subject(fact["subject"]), _num(fact.get("value")),
            _num(_rank_free(fact["kind"], fact.get("numerator"))), _num(fact.get("denominator")))


def report_key(fact) -> tuple:
    return (_get(fact, "kind"), _get(fact, "indicator"), _subject(report_subject(fact)),
            _num(_get(fact, "value")), _num(_rank_free(_get(fact, "kind"), _get(fact, "numerator"))),
            _num(_get(fact, "denominator")))


def _own(report, truth: dict, key: tuple) -> tuple:
    """The issuing body reporting on itself is one subject, written `self` or `unit:<its name>`."""
    doc = _get(report, "document")
    own = _get(doc, "own_unit") if doc is not None else None
    if own and key[2] == "unit:" + _fold(own):
        return key[:2] + ("self",) + key[3:]
    return key


def score_facts(report, truth: dict):
    """(hits, missed, extra): truth facts found, truth facts not found, report facts not in the truth.
    Matching is one to one (a fact stated twice must be read twice)."""
    pool = defaultdict(list)
    for fact in _get(report, "facts") or []:
        if _get(fact, "modifier") is not None:
            continue  # changes, bounds, approximations: kept as modifiers, not level facts
        pool[_own(report, truth, report_key(fact))].append(fact)
    hits, missed = [], []
    for fact in truth["facts"]:
        bucket = pool.get(_own(report, truth, truth_key(fact)))
        if bucket:
            bucket.pop()
            hits.append(fact)
        else:
            missed.append(fact)
    # a count of none said in words ("Không có hồ sơ quá hạn": 0, read since session 10) is a fact
    # the sets' truths written before do not list (TRUTH_FORMAT.md): matched when listed, never extra
    extra = [f for bucket in pool.values() for f in bucket if not _said_in_words(f)]
    return hits, missed, extra


def _said_in_words(fact) -> bool:
    from docparse.checks import common  # (a tree from before session 10 reads no such zeros)
    said = getattr(common, "said_in_words", None)
    return said is not None and not isinstance(fact, dict) and said(fact)


def _evidence_text(finding) -> str:
    """The text of the finding's evidence and of the other places it names (``related``, an
    extension: a document dated before its period ends names both lines)."""
    places = [_get(finding, "evidence")] + list(_get(finding, "related") or [])
    return "\n".join(_get(e, "text") or "" for e in places if e is not None)


def _stated(mistake: dict):
    """The mistake's stated figure as a number, or None when it states none or states a text (a date
    "2022-03-10", a unit's name): such a mistake is found by its text in the finding's evidence."""
    try:
        return _num(mistake.get("stated"))
    except (TypeError, ValueError):
        return None


def finding_matches(finding, mistake: dict, facts_by_id: dict) -> bool:
    """Does this finding point at the planted statement?"""
    if _get(finding, "code") != mistake["code"]:
        return False
    stated = _stated(mistake)
    if stated is not None:
        if _num(_get(finding, "stated")) == stated:
            return True
        for fid in _get(finding, "facts") or []:
            fact = facts_by_id.get(fid)
            if fact is not None and _num(_get(fact, "value")) == stated:
                return True
    text = _evidence_text(finding)
    figures = [mistake.get("figure"), mistake.get("related_figure")]
    if not any(figures) and stated is None:
        figures = [mistake.get("text")] + ([mistake["stated"]] if isinstance(mistake.get("stated"), str) else [])
    return any(fig and fig in text for fig in figures)


def score_findings(report, truth: dict):
    """(found, missed, false_alarms): truth mistakes found by a warning or error of their code,
    truth mistakes not found, and the warnings and errors that point at no truth mistake."""
    facts_by_id = {_get(f, "id"): f for f in _get(report, "facts") or []}
    serious = [f for f in _get(report, "findings") or [] if _get(f, "severity") in SERIOUS]
    used = set()
    found, missed = [], []
    for mistake in truth["mistakes"]:
        hits = [i for i, f in enumerate(serious) if finding_matches(f, mistake, facts_by_id)]
        (found if hits else missed).append(mistake)
        used.update(hits)
    false_alarms = [f for i, f in enumerate(serious) if i not in used]
    return found, missed, false_alarms


def tally(row: dict, report, truth: dict) -> tuple:
    """Add one report's scores to a row of counters (hits, truth, emitted, mistakes, found, alarms);
    return (missed, extra, alarms) for printing."""
    hits, missed, extra = score_facts(report, truth)
    found, _, alarms = score_findings(report, truth)
    row["docs"] += 1
    row["hits"] += len(hits)
    row["truth"] += len(truth["facts"])
    row["emitted"] += len(hits) + len(extra)
    row["mistakes"] += len(truth["mistakes"])
    row["found"] += len(found)
    row["alarms"] += len(alarms)
    return missed, extra, alarms


def print_table(title: str, table: dict, key_name: str = "register") -> dict:
    """Print recall, precision, mistakes found and alarms per row of ``table``; return the totals."""
    print(f"\n{title}")
    print(f"{key_name:18}{'docs':>5}{'recall':>8}{'precision':>10}{'mistakes':>10}{'alarms':>8}")
    tot = defaultdict(int)
    for key, row in sorted(table.items()):
        for k, v in row.items():
            tot[k] += v
        print(f"{key:18}{row['docs']:5}{row['hits'] / max(1, row['truth']):8.3f}"
              f"{row['hits'] / max(1, row['emitted']):10.3f}{row['found']:5}/{row['mistakes']:<4}{row['alarms']:8}")
    print(f"{'all':18}{tot['docs']:5}{tot['hits'] / max(1, tot['truth']):8.3f}"
          f"{tot['hits'] / max(1, tot['emitted']):10.3f}{tot['found']:5}/{tot['mistakes']:<4}{tot['alarms']:8}")
    return tot
