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


def test_issuer_block_names_the_province_of_its_time(tmp_path):
    """A 2024 report issued under "UBND TỈNH YÊN BÁI" (a province merged in 2025) that names another
    province in its body ("Thành phố Hà Nội") is Yên Bái's: its header's province, in the list of its
    time, not the current province its body names (session 14, the cold review's probe)."""
    import docparse

    path = tmp_path / "r.txt"
    path.write_text("UBND TỈNH YÊN BÁI\nSỞ NỘI VỤ\nSố: 12/BC-SNV\nYên Bái, ngày 10 tháng 4 năm 2024\n\nBÁO CÁO\n"
                    "Kết quả cải cách hành chính quý I năm 2024\n\nQuý I năm 2024, toàn tỉnh tiếp nhận 20.000 hồ sơ.\n"
                    "Thành phố Hà Nội tiếp nhận 5.000 hồ sơ.\n", "utf-8")
    report = docparse.parse(str(path))
    assert report.document.province == "Tỉnh Yên Bái"
    subjects = {f.value: (f.subject.level, f.subject.name) for f in report.facts}
    assert subjects[20000.0][0] == "city" and subjects[5000.0] == ("unit", "Thành phố Hà Nội")
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
