"""Commune reports read end to end (session 6; every text here is made up for the test, the figures
are invented): the online rate named beside the counts every convention takes, and its limits."""
from __future__ import annotations

import docparse

HEAD = """ỦY BAN NHÂN DÂN
XÃ TÂN HỘI
Số: 12/BC-UBND                             Tân Hội, ngày 20 tháng 10 năm 2025
BÁO CÁO
Công tác cải cách hành chính tháng 10 năm 2025

"""


def _parse(tmp_path, body: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(HEAD + body, "utf-8")
    return docparse.parse(str(path))


def _serious(report):
    return [(f.code, f.severity, f.stated) for f in report.findings if f.severity in ("warning", "error")]


LISTED = """- Hồ sơ tiếp nhận trực tuyến: 412 hồ sơ;
- Hồ sơ tiếp nhận trực tiếp: 689 hồ sơ;
- Tỷ lệ hồ sơ nộp trực tuyến: {rate}.
"""


def test_online_rate_against_every_convention_beside_its_counts(tmp_path):
    # 412 / (412 + 689) = 37,42%: both conventions (over online + in person; over received) agree here
    assert not _serious(_parse(tmp_path, LISTED.format(rate="37,42%"), "clean.txt"))
    assert _serious(_parse(tmp_path, LISTED.format(rate="41,33%"), "wrong.txt")) == [("ratio_mismatch", "warning", 41.33)]


def test_online_rate_stays_info_when_the_text_leaves_a_doubt(tmp_path):
    # a second in-person figure (by post): which one the rate counts is not told
    twice = LISTED.format(rate="41,33%").replace("- Tỷ lệ", "- Hồ sơ qua bưu chính: 20 hồ sơ;\n- Tỷ lệ")
    assert not _serious(_parse(tmp_path, twice, "twice.txt"))
    # the rate first, the counts after it (a headline from another source): never above info
    before = "- Tỷ lệ hồ sơ nộp trực tuyến: 41,33%.\n- Hồ sơ tiếp nhận trực tuyến: 412 hồ sơ;\n- Hồ sơ tiếp nhận trực tiếp: 689 hồ sơ.\n"
    r = _parse(tmp_path, before, "before.txt")
    assert not _serious(r) and any(f.code == "ratio_mismatch" for f in r.findings)


def test_listed_parts_of_a_total_are_one_statement(tmp_path):
    body = "Đã giải quyết {total} hồ sơ, trong đó:\n- trước hạn: 1.210 hồ sơ;\n- đúng hạn: 290 hồ sơ;\n- quá hạn: 12 hồ sơ.\n"
    assert not _serious(_parse(tmp_path, body.format(total="1.512"), "clean.txt"))
    assert _serious(_parse(tmp_path, body.format(total="1.500"), "wrong.txt")) == [("sum_mismatch", "error", 1500)]


def test_header_lines_joined_in_capitals_name_the_commune_then_its_office(tmp_path):
    text = ("UBND PHƯỜNG HẠC THÀNH\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG\n"
            "Số: 21/BC-TTPVHCC                Hạc Thành, ngày 05 tháng 11 năm 2025\nBÁO CÁO\n"
            "Kết quả tháng 10 năm 2025\n\nTrong tháng, tiếp nhận 824 hồ sơ, đã giải quyết 801 hồ sơ.\n")
    path = tmp_path / "centre.txt"
    path.write_text(text, "utf-8")
    r = docparse.parse(str(path))
    assert r.document.own_unit == "Phường Hạc Thành"
    assert {(f.indicator, f.subject.level, f.value) for f in r.facts} == {("received_total", "self", 824),
                                                                           ("resolved_total", "self", 801)}
    assert not _serious(r)
    assert "PHƯỜNG HẠC THÀNH" in [u.raw for u in r.units]  # not "PHƯỜNG HẠC THÀNH TRUNG TÂM PHỤC VỤ"


def test_an_issuer_spelled_near_another_unit_is_not_that_unit(tmp_path):
    """"PHƯỜNG VĨNH ĐIỆN" (a ward of the old list, merged in 2025) in an undated draft is not "Xã Vĩnh
    Định" of another province, which it is one letter from (a score under the bar): the document is
    not said to name its issuer wrongly."""
    text = ("ỦY BAN NHÂN DÂN\nPHƯỜNG VĨNH ĐIỆN\nSố: 12/BC-UBND\nBÁO CÁO\nKết quả quý III\n\n"
            "Trong quý, UBND phường Vĩnh Điện tiếp nhận 410 hồ sơ, đã giải quyết 400 hồ sơ.\n")
    path = tmp_path / "ward.txt"
    path.write_text(text, "utf-8")
    r = docparse.parse(str(path))
    assert r.document.own_unit != "Xã Vĩnh Định"
    assert not [f for f in r.findings if f.code == "inconsistent_name"]
    dated = text.replace("Số: 12/BC-UBND", "Số: 12/BC-UBND                   Vĩnh Điện, ngày 05 tháng 10 năm 2024")
    path.write_text(dated, "utf-8")
    r = docparse.parse(str(path))
    assert r.document.own_unit == "Phường Vĩnh Điện"  # in the list in force on its date
    assert not _serious(r)
