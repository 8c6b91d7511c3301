"""Seed 004, a scan OCR'd with an English model, is read without error: header and its counts."""
from docparse import parse

from conftest import seed


def test_header_of_deaccented_scan():
    doc = parse(seed("004")).document
    assert doc.doc_type == "BC"
    assert doc.number == "15/BC-TTPVHCC"
    assert doc.issuer == "UBND XÃ KHÚC THỪA DỤ"
    assert doc.place == "Khúc Thừa Dụ"
    assert doc.issued_on == "2026-04-02"
    assert (doc.period.start, doc.period.end) == ("2025-12-15", "2026-04-02")
    assert doc.own_unit == "Xã Khúc Thừa Dụ"


def test_clearly_printed_counts_of_deaccented_scan():
    facts = {(f.indicator, f.value) for f in parse(seed("004")).facts if f.kind == "count"}
    # "5.859 ho so" received = 5.836 online + 01 in person + 22 carried over; 5.855 resolved; 04 pending
    for expected in [("received_total", 5859), ("received_online", 5836), ("received_offline", 1),
                     ("received_carried_over", 22), ("resolved_total", 5855), ("resolved_early", 5780),
                     ("resolved_withdrawn", 74), ("pending_total", 4), ("pending_on_time", 4)]:
        assert expected in facts


def test_766_score_and_archived_rate_of_deaccented_scan():
    facts = parse(seed("004")).facts
    total = [f for f in facts if f.indicator == "index_766_total" and f.value == 97.72]
    parts = [f.value for f in facts if f.kind == "score" and f.indicator != "index_766_total"
             and f.section == total[0].section]
    assert sorted(parts) == sorted([18, 20, 10, 10, 18, 21.72])
    archived = [f for f in facts if f.indicator == "archived" and f.value == 95.5]
    assert (archived[0].numerator, archived[0].denominator) == (5566, 5828)
    assert all(f.uncertain for f in facts)
