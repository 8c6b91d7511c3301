"""A count of units meeting a target against the units the text names as not meeting it (texts made
up for the test; checks/unit_counts.py, recognize/facts.py _named_not_met, _criterion_after)."""
from __future__ import annotations

import docparse

HEAD = ("UBND TỈNH HÀ TĨNH\nVĂN PHÒNG\nSố: 51/TB-VP                 Hà Tĩnh, ngày 10 tháng 11 năm 2025\nTHÔNG BÁO\n"
        "Kết quả giải quyết thủ tục hành chính tuần 45 năm 2025\n\n")


def _counts(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(HEAD + body, "utf-8")
    return [(f.severity, f.stated, f.expected) for f in docparse.parse(str(path)).findings if f.code == "unit_count_mismatch"]


def test_more_units_named_without_figures_than_the_count_leaves(tmp_path):
    body = "Số sở, ngành đạt chỉ tiêu nộp trực tuyến: 15/17 đơn vị; chưa đạt gồm: Sở Xây dựng, Sở Y tế, Sở Tư pháp.\n"
    assert _counts(tmp_path, body) == [("warning", 15, 14)]


def test_the_whole_list_naming_fewer_units_than_the_count_leaves(tmp_path):
    body = "Có 14/17 sở, ngành đạt chỉ tiêu số hóa hồ sơ; các cơ quan chưa đạt là Sở Xây dựng, Sở Y tế.\n"
    assert _counts(tmp_path, body) == [("warning", 14, 15)]


def test_a_sample_of_the_units_is_no_whole_list(tmp_path):
    body = "Có 14/17 sở, ngành đạt chỉ tiêu số hóa hồ sơ; một số cơ quan chưa đạt như Sở Xây dựng, Sở Y tế.\n"
    assert _counts(tmp_path, body) == []


def test_names_that_agree_with_the_count_give_no_finding(tmp_path):
    body = "Có 14/17 sở, ngành đạt chỉ tiêu số hóa hồ sơ; các cơ quan chưa đạt là Sở Xây dựng, Sở Y tế, Sở Tư pháp.\n"
    assert _counts(tmp_path, body) == []


def test_a_criterion_named_after_the_count_with_units_and_their_rates(tmp_path):
    body = ("Có 6/9 huyện, thị xã, thành phố giải quyết 100% hồ sơ đúng hạn; các địa phương chưa đạt gồm: "
            "Huyện Hương Khê (97,10%), Huyện Kỳ Anh (98,42%), Huyện Can Lộc (99,05%), Huyện Đức Thọ (99,61%).\n")
    path = tmp_path / "r.txt"
    path.write_text(HEAD.replace("2025", "2024") + body, "utf-8")
    got = [(f.severity, f.stated) for f in docparse.parse(str(path)).findings if f.code == "unit_count_mismatch"]
    assert got == [("warning", 6)], got
