"""Whose figure (issue 11, session 8): the issuer read from a header written as a table row, a
table's total row under a caption that names a level group, and a department's report on the whole
province. Own sentences and figures, not from any set."""
from __future__ import annotations

from docparse.pipeline import parse

HEADER = ("UBND TỈNH NINH BÌNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
          "SỞ TƯ PHÁP | Độc lập - Tự do - Hạnh phúc\n"
          "Số: 118/TB-STP | Ninh Bình, ngày 11 tháng 11 năm 2024\n\n"
          "THÔNG BÁO\n")


def _facts(tmp_path, text):
    p = tmp_path / "doc.txt"
    p.write_text(text, "utf-8")
    rep = parse(str(p))
    return rep, {(f.indicator, f.value): f.subject for f in rep.facts}


def test_issuer_of_a_header_written_as_a_table_row(tmp_path):
    rep, facts = _facts(tmp_path, HEADER + "Kết quả giải quyết hồ sơ của Sở tuần 45\n\n"
                        "Sở Tư pháp tiếp nhận 214 hồ sơ, đã giải quyết 198 hồ sơ.\n")
    assert rep.document.own_unit == "Sở Tư pháp"
    assert facts[("received_total", 214)].level == "self"


def test_total_row_takes_the_group_its_caption_names(tmp_path):
    text = (HEADER + "Tình hình tiếp nhận hồ sơ trực tuyến tuần 45\n\n"
            "Bảng: hồ sơ trực tuyến của một số sở, ngành\n"
            "| Đơn vị | Tiếp nhận | Trực tuyến |\n"
            "| Sở Y tế | 410 | 366 |\n"
            "| Sở Công Thương | 275 | 251 |\n"
            "| Tỉnh đoàn | 12 | 12 |\n"
            "| Cộng | 697 | 629 |\n")
    _, facts = _facts(tmp_path, text)
    assert facts[("received_total", 697)].level == "departments"


def test_a_department_reporting_on_the_whole_province(tmp_path):
    text = (HEADER + "Kết quả cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh tuần 45\n\n"
            "1. Toàn tỉnh tiếp nhận 8.140 hồ sơ trực tuyến.\n"
            "2. Đã giải quyết 7.925 hồ sơ.\n"
            "3. Sở Tư pháp tiếp nhận 214 hồ sơ.\n")
    _, facts = _facts(tmp_path, text)
    assert facts[("resolved_total", 7925)].level == "city"
    assert facts[("received_total", 214)].level == "self"
