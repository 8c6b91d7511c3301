"""Run one phrasing-table case (tests/data/phrasings.jsonl) through docparse: its text as a plain
document, its context (own unit, date) as hints, and score the facts and planted mistakes."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from docparse.extractors.base import SourceDoc
from docparse.extractors.plain import text_to_lines
from docparse.pipeline import analyse

HERE = Path(__file__).parent
CASES = HERE / "data" / "phrasings.jsonl"


def load_cases() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text("utf-8").splitlines() if line.strip()]


def run_case(case: dict):
    text = case["text"]
    data = text.encode("utf-8")
    src = SourceDoc(path=f"{case['id']}.txt", sha256=hashlib.sha256(data).hexdigest(), media_type="text/plain",
                    page_count=1, text_source="plain", lines=text_to_lines(text))
    ctx = case.get("context") or {}
    hints = {"own_unit": ctx.get("own_unit"), "doc_date": ctx.get("doc_date")}
    return analyse(src, hints=hints)
