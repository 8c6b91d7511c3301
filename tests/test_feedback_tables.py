"""A report on feedback alone (its title names 'phản ánh, kiến nghị'): the bare headers of its tables
('Tiếp nhận mới', 'Tổng số', 'Đã xử lý') count feedback, so new + carried over = handled + pending
holds there — on main before session 12 they were read as dossiers and every row of a clean table
raised a balance error (received new ≠ resolved + pending). Text and numbers written for this test."""
from docparse import parse

CLEAN = """HỆ THỐNG THÔNG TIN PHẢN ÁNH, KIẾN NGHỊ TỈNH HÀ TĨNH
Thống kê > Phản ánh, kiến nghị của người dân theo cơ quan
Kỳ báo cáo: 01/09/2025 - 31/10/2025

STT | Cơ quan | Kỳ trước chuyển sang | Tiếp nhận mới | Tổng số | Đã xử lý | Đang xử lý
1 | Sở Tư pháp | 2 | 11 | 13 | 12 | 1
2 | Sở Xây dựng | 5 | 20 | 25 | 22 | 3
3 | Sở Y tế | 0 | 7 | 7 | 7 | 0
 | Tổng cộng | 7 | 38 | 45 | 41 | 4
"""


def _report(tmp_path, text):
    p = tmp_path / "fb.txt"
    p.write_text(text, "utf-8")
    return parse(str(p))


def test_feedback_report_table_counts_feedback(tmp_path):
    rep = _report(tmp_path, CLEAN)
    cols = [c.indicator for c in rep.tables[0].columns]
    assert cols[2:7] == ["feedback_carried_over", "feedback_new", "feedback_total", "feedback_resolved", "feedback_pending"]
    assert not [f for f in rep.findings if f.severity in ("warning", "error")]


def test_feedback_report_table_balance_slip(tmp_path):
    rep = _report(tmp_path, CLEAN.replace("| 5 | 20 | 25 | 22 | 3", "| 5 | 20 | 25 | 21 | 3"))
    bad = [f for f in rep.findings if f.severity in ("warning", "error")]
    assert bad and all(f.code in ("balance_mismatch", "sum_mismatch") for f in bad)


# Session 14 (issue 12): feedback tables in reports on more than feedback. Text and numbers written for
# these tests; each fails on main before session 14.
MIXED = """ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
BÁO CÁO
Kết quả công tác kiểm soát thủ tục hành chính quý III năm 2026

Trong quý III năm 2026, toàn tỉnh tiếp nhận 5.210 hồ sơ thủ tục hành chính.

Biểu 3. Kết quả theo cơ quan
STT | Cơ quan | Tổng số PAKN phải xử lý | Kỳ trước chuyển sang | Mới phát sinh | Đã trả lời | Đang xử lý | Tỷ lệ xử lý (%)
1 | Sở Tư pháp | 16 | 3 | 13 | 15 | 1 | 93,75
2 | Sở Y tế | 30 | 6 | 24 | 27 | 3 | 90,00
3 | Sở Xây dựng | 8 | 0 | 8 | 8 | 0 | 100,00
"""


def test_headers_naming_feedback_make_a_feedback_table(tmp_path):
    """No caption and no heading names feedback; 'PAKN' in a header does: 'Kỳ trước chuyển sang',
    'Mới phát sinh', 'Đang xử lý' are feedback's, 'Tỷ lệ xử lý (%)' the handled rate over the total."""
    rep = _report(tmp_path, MIXED)
    cols = [c.indicator for c in rep.tables[0].columns]
    assert cols[2:8] == ["feedback_total", "feedback_carried_over", "feedback_new", "feedback_resolved",
                         "feedback_pending", "feedback_handled"]
    rate = next(f for f in rep.facts if f.indicator == "feedback_handled" and f.subject.name == "Sở Y tế")
    assert (rate.numerator, rate.denominator) == (27, 30)
    assert not [f for f in rep.findings if f.severity in ("warning", "error")]


def test_wrong_handled_rate_in_a_feedback_table(tmp_path):
    rep = _report(tmp_path, MIXED.replace("| 27 | 3 | 90,00", "| 27 | 3 | 87,50"))
    bad = [f for f in rep.findings if f.severity in ("warning", "error")]
    assert [f.code for f in bad] == ["ratio_mismatch"] and "87,5" in bad[0].message


NEW_BASE = """Biểu 4. Tình hình xử lý phản ánh, kiến nghị tháng 8 năm 2026
STT | Đơn vị | Tiếp nhận trong kỳ | Từ kỳ trước chuyển sang | Tổng số | Đã xử lý | Chưa xử lý xong | Tỷ lệ xử lý trên số tiếp nhận mới (%)
1 | Xã Lạc Dương | 20 | 2 | 22 | 18 | 4 | 90,00
2 | Xã Đơn Dương | 25 | 1 | 26 | 25 | 1 | 100,00
"""


def test_handled_rate_over_the_base_its_header_names(tmp_path):
    """'Tiếp nhận trong kỳ' is the new feedback, 'Từ kỳ trước chuyển sang' the carried over; the rate
    whose header says 'trên số tiếp nhận mới' is over the new ones (18/20), not the total (18/22)."""
    rep = _report(tmp_path, NEW_BASE)
    cols = [c.indicator for c in rep.tables[0].columns]
    assert cols[2:8] == ["feedback_new", "feedback_carried_over", "feedback_total", "feedback_resolved",
                         "feedback_pending", "feedback_handled"]
    rates = {f.subject.name: (f.numerator, f.denominator) for f in rep.facts if f.indicator == "feedback_handled"}
    assert rates["Xã Lạc Dương"] == (18, 20)
    assert not [f for f in rep.findings if f.severity in ("warning", "error")]


def test_a_dossier_table_keeps_its_rate_and_its_received(tmp_path):
    """The same bare words in a table of dossiers name no feedback: 'Tiếp nhận trong kỳ' is received."""
    text = """Biểu 1. Kết quả giải quyết hồ sơ thủ tục hành chính
STT | Đơn vị | Số hồ sơ tiếp nhận trong kỳ | Số hồ sơ đã giải quyết | Số hồ sơ đang giải quyết
1 | Sở Tư pháp | 120 | 100 | 20
2 | Sở Y tế | 90 | 85 | 5
"""
    rep = _report(tmp_path, text)
    assert [c.indicator for c in rep.tables[0].columns][2:5] == ["received_total", "resolved_total", "pending_total"]


def test_a_feedback_column_after_dossier_columns_makes_no_feedback_table(tmp_path):
    """Only a table whose first figures column names feedback's object is feedback's by its headers:
    a portal table of dossiers with a 'PAKN đã xử lý' column at its end keeps its dossiers."""
    text = """Thống kê tình hình giải quyết theo đơn vị tháng 9 năm 2026

STT | Đơn vị | Tiếp nhận | Đã giải quyết | Đang giải quyết | Trễ hạn | PAKN đã xử lý
1 | Sở Tư pháp | 120 | 100 | 20 | 2 | 3
2 | Sở Y tế | 90 | 85 | 5 | 0 | 1
"""
    rep = _report(tmp_path, text)
    assert [c.indicator for c in rep.tables[0].columns][2:7] == ["received_total", "resolved_total", "pending_total",
                                                                 "pending_late", "feedback_resolved"]
