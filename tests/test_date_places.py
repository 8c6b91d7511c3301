"""A document dated before its reporting period ends (text made up for the test): the finding names
the date line and the line that states the period (Finding.related), since either may be mistyped."""
from __future__ import annotations

import docparse


def test_a_date_before_the_period_end_names_both_lines(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("UBND XÃ AN BÌNH\nSố: 07/BC-UBND                 An Bình, ngày 12 tháng 3 năm 2026\nBÁO CÁO\n"
                    "Kết quả giải quyết thủ tục hành chính quý I năm 2026\n(Kỳ báo cáo: 15/12/2025 – 14/4/2026)\n\n"
                    "Xã tiếp nhận 1.204 hồ sơ, đã giải quyết 1.180 hồ sơ.\n", "utf-8")
    found = [f for f in docparse.parse(str(path)).findings if f.code == "date_inconsistency"]
    assert [f.severity for f in found] == ["warning"]
    assert "12 tháng 3 năm 2026" in found[0].evidence.text
    assert [e.text for e in found[0].related] == ["(Kỳ báo cáo: 15/12/2025 – 14/4/2026)"]
    assert [e.line for e in found[0].related] == [5]
