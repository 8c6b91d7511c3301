"""Fact recall and precision against the gold annotations, per seed and per form (issue 2, 4)."""
import pytest

from corpus.gold import gold_for, read_gold, score
from docparse import parse

from conftest import seed

FORMS = ["txt", "pdf", "docx"]


def _path(prefix, form, rendered):
    return seed(prefix) if form == "txt" else rendered / f"{prefix}.{form}"


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_fact_recall_and_precision(prefix, form, rendered):
    report = parse(_path(prefix, form, rendered))
    result = score(report, read_gold(gold_for(seed(prefix))))
    print(f"\nseed {prefix} {form}: recall {result.recall:.3f} precision {result.precision:.3f} "
          f"({len(report.facts)} facts)")
    assert result.recall >= 0.98, result.missed
    assert result.precision >= 0.98, result.extra




def test_deaccented_ocr_seed_004():
    report = parse(seed("004"))
    result = score(report, read_gold(gold_for(seed("004"))))
    print(f"\nseed 004 txt (English-model OCR): recall {result.recall:.3f} precision {result.precision:.3f}")
    assert result.recall >= 0.90, result.missed
    assert result.precision >= 0.95, result.extra


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_header_matches_gold(prefix, form, rendered):
    gold = read_gold(gold_for(seed(prefix))).header
    doc = parse(_path(prefix, form, rendered)).document
    if "doc_type" in gold:
        assert (doc.doc_type or "-") == gold["doc_type"]
    if "number" in gold:
        assert (doc.number or "-") == gold["number"]
    if "issued_on" in gold:
        assert (doc.issued_on or "-") == gold["issued_on"]
    if "period" in gold:
        assert f"{doc.period.start} {doc.period.end}" == gold["period"]
    if "signer" in gold:
        # the gold writes "POSITION | Name", or only the name where the position is not legible,
        # or "-" for a document that carries no signature
        *position, name = [p.strip() for p in gold["signer"].split("|")]
        if name == "-":
            assert not doc.signers, doc.signers
        elif position:
            assert (position[0], name) in [(s.position, s.name) for s in doc.signers]
        else:
            assert name in [s.name for s in doc.signers], doc.signers
    if "own_unit" in gold:
        assert (doc.own_unit or "-") == gold["own_unit"]
