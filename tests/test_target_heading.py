"""A unit's rate said to miss the target that its heading names with the measure (texts made up for
the test): the text contradicts itself whoever's figure it is, so a rate that meets the target is a
warning even though the measure and the target are the heading's (checks/targets.py)."""
from __future__ import annotations

import docparse

HEAD = ("UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG\nSố: 88/TB-VP                 Quảng Ngãi, ngày 10 tháng 11 năm 2024\nTHÔNG BÁO\n"
        "Kết quả giải quyết thủ tục hành chính tuần 45 năm 2024\n\n")


def _targets(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(HEAD + body, "utf-8")
    return [(f.severity, f.stated) for f in docparse.parse(str(path)).findings if f.code == "target_conflict"]


def test_a_unit_listed_as_missing_the_heading_s_target_but_meeting_it(tmp_path):
    body = ("2. Thanh toán trực tuyến (chỉ tiêu: từ 60% trở lên)\nToàn tỉnh đạt 64,20%.\n"
            "Các đơn vị chưa đạt chỉ tiêu: Sở Xây dựng (41,30%), Sở Nội vụ (62,75%), Sở Tài chính (37,90%).\n")
    assert _targets(tmp_path, body) == [("warning", 62.75)]


def test_units_that_do_miss_it_give_no_finding(tmp_path):
    body = ("2. Thanh toán trực tuyến (chỉ tiêu: từ 60% trở lên)\nToàn tỉnh đạt 64,20%.\n"
            "Các đơn vị chưa đạt chỉ tiêu: Sở Xây dựng (41,30%), Sở Nội vụ (52,75%), Sở Tài chính (37,90%).\n")
    assert _targets(tmp_path, body) == []
