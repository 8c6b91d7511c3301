"""Every fact carries evidence whose text contains the number as written."""
import regex
import pytest

from docparse import parse
from docparse.normalize.numbers import format_vn

from conftest import seed


def written_forms(value: float, decimals: int) -> set[str]:
    """How a report may write a number: "50.133", "50133", "01", "87,62", "6,2"."""
    forms = {format_vn(value, decimals)}
    if decimals == 0:
        forms |= {str(int(value)), f"{int(value):02d}"}
    return forms


def _flat(text: str) -> str:
    return regex.sub(r"\s+", " ", text)


@pytest.mark.parametrize("form", ["txt", "pdf", "docx"])
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_evidence_holds_the_number(prefix, form, rendered):
    path = seed(prefix) if form == "txt" else rendered / f"{prefix}.{form}"
    report = parse(path)
    assert report.facts
    for fact in report.facts:
        text = _flat(fact.evidence.text)
        # the line holds the value, or the x/y the fact was read from where the value is stated once
        # for a list in its lead-in ("... đạt 100% như:" then "+ Sở Nội vụ: 846/846 hồ sơ")
        forms = set(written_forms(fact.value, fact.decimals)) if fact.value is not None else set()
        if fact.numerator is not None and (fact.value is None or fact.denominator_source == "written"):
            forms |= set(written_forms(fact.numerator, 0))
        assert forms and any(form_ in text for form_ in forms), (fact.id, fact.value, text)
        assert fact.evidence.page >= 1 and fact.evidence.line >= 1


def test_pdf_evidence_has_boxes_inside_the_page(rendered):
    report = parse(rendered / "002.pdf")
    boxes = [f.evidence.bbox for f in report.facts]
    assert all(b is not None for b in boxes)
    for x0, top, x1, bottom in boxes:
        assert 0 <= x0 < x1 <= 595.3 and 0 <= bottom < top <= 842


TABLE_REPORT = """UBND TỈNH BẮC GIANG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 12/TB-TTPVHCC                    Bắc Giang, ngày 10 tháng 4 năm 2024

THÔNG BÁO
Kết quả giải quyết hồ sơ thủ tục hành chính quý I năm 2024

Bảng 1. Kết quả giải quyết hồ sơ của cấp huyện
| STT | Đơn vị | Tiếp nhận | Đã giải quyết | Đúng hạn |
| 1 | Huyện Lục Nam | 1.200 | 1.100 | 1.090 |
| 2 | Huyện Hoàng Sơn | 900 | 850 | 850 |
| 3 | Huyện Yên Thế | 700 | 650 | 640 |
"""


def test_a_table_row_finding_says_where_the_row_is(tmp_path):
    """A unit name of a table's row header that is not on the list (no 'Huyện Hoàng Sơn' in Bắc
    Giang, 2024) is told with the table's line and the row in it, not as "line 0"."""
    from docparse.render.text import where

    path = tmp_path / "tb.txt"
    path.write_text(TABLE_REPORT, encoding="utf-8")
    found = [f for f in parse(path).findings if f.code == "unknown_unit"]
    assert len(found) == 1 and "Hoàng Sơn" in found[0].message
    ev = found[0].evidence
    lines = TABLE_REPORT.splitlines()
    assert ev.line >= 1 and lines[ev.line - 1].startswith(("Bảng 1", "| STT"))
    assert ev.table == 0 and lines[lines.index("| STT | Đơn vị | Tiếp nhận | Đã giải quyết | Đúng hạn |") + ev.row].find("Hoàng Sơn") > 0
    assert where(found[0]).endswith("(bảng 1, hàng 3)")
