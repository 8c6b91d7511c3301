"""draft_incomplete: required parts of an administrative document (Nghị định 30/2020/NĐ-CP)
blank (info, as drafts leave them) or malformed (warning)."""
from __future__ import annotations

from ..data import load
from ..models import Finding, Report
from ..normalize.text import fold
from .common import MESSAGES, make, message

_PARTS = load("document_parts")
REQUIRED = ["motto", "issuer", "number", "place", "date", "signer", "recipients"]


def check(report: Report) -> list[Finding]:
    doc = report.document
    parts = doc.parts
    # Only an administrative document whose header was read: a news page or a text whose
    # header was lost in extraction is not a draft to complete.
    if doc.doc_type is None or not ({"number", "date"} & set(parts)):
        return []
    findings = []
    for part in REQUIRED:
        state = parts.get(part, "missing")
        if state == "present" or state == "impossible":
            continue
        key = "draft_blank" if state == "blank" else "draft_missing"
        msg = message(key, part=MESSAGES["parts"][part])
        findings.append(make("draft_incomplete", "info", msg, [], evidence=doc.part_evidence.get(part)))
    if doc.number:
        symbol = doc.number.split("/")[-1].split("-")[0]
        expected = _PARTS["symbol_of_type"].get(doc.doc_type, [])
        if expected and fold(symbol).upper() not in {fold(e).upper() for e in expected}:
            msg = message("draft_symbol", number=doc.number, doc_type=doc.doc_type, expected=expected[0])
            findings.append(make("draft_incomplete", "warning", msg, [], evidence=doc.part_evidence.get("number")))
    return findings
