"""A provincial centre's notice on the whole province (texts made up for the test): a sentence that
opens with the centre as its place states the centre's own figures, the others the province's."""
from __future__ import annotations

import docparse

HEAD = """UBND TỈNH NGHỆ AN
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 12/TB-TTPVHCC                      Nghệ An, ngày 10 tháng 11 năm 2025

THÔNG BÁO
Kết quả tiếp nhận, giải quyết hồ sơ tuần 45

"""


def _parse(tmp_path, body):
    path = tmp_path / "notice.txt"
    path.write_text(HEAD + body, "utf-8")
    return docparse.parse(str(path))


def test_the_centre_as_the_place_of_a_sentence_states_its_own_figures(tmp_path):
    r = _parse(tmp_path, "Toàn tỉnh tiếp nhận 15.420 hồ sơ; đã giải quyết 14.900 hồ sơ.\n"
                         "Tại Trung tâm, tiếp nhận 1.210 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 100%.\n"
                         "Tỷ lệ giải quyết đúng hạn toàn tỉnh là 98,70%.\n")
    got = {(f.indicator, f.subject.level, f.value) for f in r.facts}
    assert {("received_total", "city", 15420), ("received_total", "self", 1210),
            ("resolved_on_time", "self", 100), ("resolved_on_time", "city", 98.7)} <= got, got
    assert not [f for f in r.findings if f.severity in ("warning", "error")]


def test_the_centre_as_a_place_inside_a_statement_names_no_subject(tmp_path):
    r = _parse(tmp_path, "Tỷ lệ hài lòng của tổ chức, cá nhân qua thiết bị đánh giá tại Trung tâm đạt 95,1%.\n"
                         "Tại Trung tâm Phục vụ hành chính công xã Hưng Nguyên, tiếp nhận 90 hồ sơ.\n")
    assert all(f.subject.level != "self" for f in r.facts), [(f.indicator, f.subject) for f in r.facts]
