"""Typed tables of two columns ("| Đơn vị | Số hồ sơ trễ hạn |" over one row per unit): read as
tables, each cell a fact of its row's unit and its column's indicator, the total row checked against
the units. Before session 15 a typed table needed three columns, and such a list was not read at all."""
from docparse import parse

NOTICE = """UBND TỈNH NINH BÌNH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 21/TB-TTPVHCC                    Ninh Bình, ngày 14 tháng 11 năm 2025

THÔNG BÁO
Kết quả giải quyết thủ tục hành chính tuần 46 năm 2025

Toàn tỉnh đã giải quyết 9.410 hồ sơ, trong đó trễ hạn 31 hồ sơ.

Đơn vị có hồ sơ trễ hạn:

| Đơn vị | Số hồ sơ trễ hạn |
| Sở Xây dựng | 14 |
| Phường Hoa Lư | 10 |
| Xã Gia Viễn | 7 |
| Tổng cộng | {total} |
"""


def _parse(tmp_path, text):
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return parse(path)


def test_two_column_table_cells_are_facts(tmp_path):
    report = _parse(tmp_path, NOTICE.format(total="31"))
    assert len(report.tables) == 1
    cells = {(f.subject.name, f.value) for f in report.facts
             if f.evidence.table is not None and f.indicator == "resolved_late" and f.subject.level == "unit"}
    assert cells == {("Sở Xây dựng", 14), ("Phường Hoa Lư", 10), ("Xã Gia Viễn", 7)}
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_two_column_table_total_row_checked(tmp_path):
    report = _parse(tmp_path, NOTICE.format(total="33"))
    wrong = [f for f in report.findings if f.code == "sum_mismatch" and f.severity == "error"]
    assert len(wrong) == 1 and "33" in wrong[0].message and "31" in wrong[0].message


def test_two_columns_of_words_are_no_table(tmp_path):
    text = NOTICE.split("Đơn vị có")[0] + "| Họ và tên | Chức vụ |\n| Nguyễn Văn An | Giám đốc |\n| Trần Thị Bình | Phó Giám đốc |\n"
    report = _parse(tmp_path, text)
    assert not report.tables
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
