"""Two units' statements in one sentence (texts made up for the test): a count whose words name no
measure takes the one the next unit's parallel statement names, only when the two are parallel."""
from __future__ import annotations

import docparse

HEAD = "UBND TỈNH PHÚ THỌ\nSố: 40/BC-UBND                 Phú Thọ, ngày 04 tháng 11 năm 2025\nBÁO CÁO\nKết quả tháng 10 năm 2025\n\n"


def _facts(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(HEAD + body, "utf-8")
    return {(f.indicator, f.subject.name, f.value) for f in docparse.parse(str(path)).facts}


def test_a_parallel_statement_names_the_measure_of_both(tmp_path):
    got = _facts(tmp_path, "Cao nhất là phường Việt Trì với 4.210 hồ sơ, thấp nhất là xã Yên Lập với 512 hồ sơ tiếp nhận.\n")
    assert {("received_total", "Phường Việt Trì", 4210), ("received_total", "Xã Yên Lập", 512)} <= got, got


def test_two_statements_of_other_links_are_not_parallel(tmp_path):
    got = _facts(tmp_path, "Đứng đầu là phường Việt Trì với 4.300 hồ sơ, xã Yên Lập có 12 hồ sơ quá hạn.\n")
    assert ("resolved_late", "Xã Yên Lập", 12) in got and not any(v == 4300 for _, _, v in got), got
