"""Scoring the typo search against reports with one planted slip (generated or blind).

A truth's ``suggestion`` names the figure as written and as it was; ``determined`` says whether
the other statements fix it. Outcomes per report:
- ``named_right``: one correction named, of the planted figure, to its value;
- ``named_wrong``: one correction named, of another figure or to another value;
- ``ambiguous``: candidates listed, none preferred (``ambiguous_has_truth``: the planted one among them);
- ``none`` / ``silent``: no single correction fits / no suggestion at all;
- on a clean report (suggestion null): ``clean_named`` / ``clean_listed`` count suggestions made.
"""
from __future__ import annotations

import json
from pathlib import Path

from docparse import parse


def _same(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) < 1e-6


def outcome(path: Path) -> tuple[str, dict]:
    truth = json.loads(path.with_suffix(".truth.json").read_text("utf-8"))
    want = truth.get("suggestion")
    report = parse(path)
    sugs = []
    for f in report.findings:
        if f.suggestion is not None and all(f.suggestion is not s for s in sugs):
            sugs.append(f.suggestion)
    named = [c for s in sugs if s.status == "named" for c in s.corrections]
    listed = [c for s in sugs if s.status == "ambiguous" for cs in s.candidates for c in cs]
    if not want:
        if named:
            return "clean_named", truth
        return ("clean_listed" if listed else "clean_quiet"), truth
    written = want.get("written", want.get("stated"))  # generated truth: written; blind truth: stated
    corrected = want["corrected"] if isinstance(want["corrected"], list) else [want["corrected"]]
    hit = lambda c: _same(c.written, written) and any(_same(c.corrected, v) for v in corrected)  # noqa: E731
    if named:
        return ("named_right" if any(hit(c) for c in named) and len(named) == 1 else "named_wrong"), truth
    if any(s.status == "ambiguous" for s in sugs):
        return ("ambiguous_has_truth" if any(hit(c) for c in listed) else "ambiguous"), truth
    if sugs:
        return "none", truth
    return "silent", truth


def score(paths) -> dict:
    """Counts of outcomes, split by whether the truth says the statements determine the figure."""
    out: dict = {"determined": {}, "undetermined": {}, "clean": {}}
    for p in paths:
        kind, truth = outcome(Path(p))
        want = truth.get("suggestion")
        group = "clean" if not want else ("determined" if want.get("determined", True) else "undetermined")
        out[group][kind] = out[group].get(kind, 0) + 1
    return out


def named_share(counts: dict) -> float:
    total = sum(counts.values())
    return counts.get("named_right", 0) / total if total else 1.0
