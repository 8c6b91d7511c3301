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
