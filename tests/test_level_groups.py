"""A level group's figure linked by "đạt" measures the rate its own statement block read last, not a
rate of an earlier numbered item (session 14; the cold review's probe): "2. Về hài lòng …, cấp xã đạt
91,3%" is no online rate of the communes."""
from __future__ import annotations

import docparse


def test_level_group_figure_across_numbered_items(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\n1. Tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 80%, trong đó cấp xã đạt 75,2%.\n"
                    "2. Về hài lòng của tổ chức, cá nhân, cấp xã đạt 91,3%.\n", "utf-8")
    report = docparse.parse(str(path))
    online = {(f.subject.level, f.value) for f in report.facts if f.indicator == "online_submission"}
    assert online == {("city", 80.0), ("communes", 75.2)}
    assert not [f for f in report.findings if f.code == "repeated_value_mismatch"]


def test_level_groups_after_the_rate_in_one_block(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("BÁO CÁO\nTỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 86,12%. Khối sở, ban, ngành đạt 94,30%; "
                    "khối xã, phường đạt 85,41%.\n", "utf-8")
    report = docparse.parse(str(path))
    online = {(f.subject.level, f.value) for f in report.facts if f.indicator == "online_submission"}
    assert online == {("city", 86.12), ("departments", 94.3), ("communes", 85.41)}
