"""Ministry and national reports, news articles: constructs of session 5 read end to end (every text
here is made up for the test; the figures are invented)."""
from __future__ import annotations

import docparse


def _parse(tmp_path, text: str, name: str = "doc.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return docparse.parse(str(path))


def _facts(report):
    return {(f.indicator, f.subject.level, f.subject.name, f.value) for f in report.facts if f.modifier is None}


def _serious(report):
    return [f for f in report.findings if f.severity in ("warning", "error")]


VPCP = """VĂN PHÒNG CHÍNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHỦ                                      Độc lập - Tự do - Hạnh phúc
Số: 71/BC-VPCP                           Hà Nội, ngày 12 tháng 4 năm 2024
BÁO CÁO
Tình hình giải quyết thủ tục hành chính quý I năm 2024

Theo Bộ chỉ số 766, Tỉnh Hà Nam và Tỉnh Nam Định lần lượt xếp thứ 4/63 và 6/63, đạt 86,40 và 85,12 điểm.
Nhóm dẫn đầu gồm Hải Dương 89,47 điểm và Bắc Ninh (88,10 điểm).
"""


def test_issuer_cut_by_layout_and_provinces_it_names(tmp_path):
    r = _parse(tmp_path, VPCP)
    assert r.document.issuer == "VĂN PHÒNG CHÍNH PHỦ"
    assert r.document.province is None  # the provinces a national report names are not its own
    got = _facts(r)
    assert ("index_766_rank", "unit", "Tỉnh Hà Nam", 4) in got and ("index_766_rank", "unit", "Tỉnh Nam Định", 6) in got
    assert ("index_766_total", "unit", "Tỉnh Hà Nam", 86.4) in got
    assert ("index_766_total", "unit", "Tỉnh Nam Định", 85.12) in got
    # a province without its type word, right before its figure
    assert ("index_766_total", "unit", "Tỉnh Hải Dương", 89.47) in got
    assert ("index_766_total", "unit", "Tỉnh Bắc Ninh", 88.1) in got
    assert not _serious(r)


MINISTRY = """BỘ TƯ PHÁP                               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                         Độc lập - Tự do - Hạnh phúc
Số: 301/BC-BTP                           Hà Nội, ngày 10 tháng 7 năm 2019
BÁO CÁO
Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2019

Tổng số TTHC thuộc phạm vi quản lý của Bộ: 318 thủ tục. Trong đó:
- Dịch vụ công trực tuyến mức độ 4: 141 thủ tục;
- Dịch vụ công trực tuyến mức độ 3: 96 thủ tục;
- Mức độ 1, 2: 81 thủ tục.
Kết quả tại một số đơn vị thuộc Bộ:
- Trung tâm Lý lịch tư pháp quốc gia đã giải quyết 18.204 hồ sơ; 97 hồ sơ quá hạn.
"""


def test_service_levels_and_units_under_a_ministry(tmp_path):
    r = _parse(tmp_path, MINISTRY)
    got = _facts(r)
    assert ("procedures_total", "self", "Bộ Tư pháp", 318) in got
    assert ("procedures_full_online", "self", "Bộ Tư pháp", 141) in got
    assert ("procedures_partial_online", "self", "Bộ Tư pháp", 96) in got
    assert ("procedures_not_online", "self", "Bộ Tư pháp", 81) in got
    assert not any(f.value in (1, 2, 3, 4) for f in r.facts)  # the levels' digits are no figures
    centre = "Trung tâm Lý lịch tư pháp quốc gia"
    assert ("resolved_total", "unit", centre, 18204) in got
    assert ("resolved_late", "unit", centre, 97) in got
    assert not any(f.subject.level == "self" and f.value == 18204 for f in r.facts)


def test_new_dossiers_are_not_the_whole_workload(tmp_path):
    new = ("UBND TỈNH VĨNH PHÚC\nSố: 12/BC-UBND\nVĩnh Phúc, ngày 02 tháng 9 năm 2021\nBÁO CÁO\n"
           "Trong tháng, cấp huyện đã tiếp nhận mới 5.210 hồ sơ, kỳ trước chuyển sang 340 hồ sơ; "
           "đã giải quyết 5.080 hồ sơ, đang giải quyết 470 hồ sơ.\n")
    r = _parse(tmp_path, new, "new.txt")
    assert ("received_total", "districts", None, 5210) in _facts(r)
    assert not [f for f in _serious(r) if f.code == "balance_mismatch"]
    # the balance still holds the whole workload to account
    whole = new.replace("đã tiếp nhận mới 5.210 hồ sơ, kỳ trước chuyển sang 340 hồ sơ", "đã tiếp nhận 5.610 hồ sơ")
    r = _parse(tmp_path, whole, "whole.txt")
    assert [f for f in _serious(r) if f.code == "balance_mismatch"]


def test_province_centre_is_the_provincial_level_and_a_weak_verb_needs_no_narrowing(tmp_path):
    text = ("UBND TỈNH TUYÊN QUANG\nSố: 88/BC-UBND\nTuyên Quang, ngày 05 tháng 10 năm 2019\nBÁO CÁO\n"
            "Trong quý, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 7.816 hồ sơ, đã giải quyết 7.540 hồ sơ.\n"
            "Trong quý, tỉnh có 15 TTHC được đơn giản hóa.\n")
    r = _parse(tmp_path, text)
    got = _facts(r)
    assert ("received_total", "departments", None, 7816) in got
    assert ("resolved_total", "departments", None, 7540) in got
    assert not any(f.indicator == "procedures_total" for f in r.facts)


# Session 6: the issuer block. An office that speaks for the body above it ("VĂN PHÒNG BỘ",
# "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG" under a commune's people's committee) issues that body's report;
# a body named under a ministry ("TỔNG CỤC ...", "KHO BẠC NHÀ NƯỚC") reports on itself.
OFFICE_OF_MINISTRY = """BỘ GIAO THÔNG VẬN TẢI
VĂN PHÒNG BỘ
Số: 88/BC-VP                                Hà Nội, ngày 06 tháng 01 năm 2023
BÁO CÁO
Tình hình giải quyết thủ tục hành chính năm 2022

Năm 2022, Bộ đã tiếp nhận 61.240 hồ sơ trực tuyến trên tổng số 70.115 hồ sơ, đạt 87,34%.
"""

BODY_UNDER_MINISTRY = """BỘ TÀI CHÍNH
KHO BẠC NHÀ NƯỚC
Số: 315/BC-KBNN                             Hà Nội, ngày 04 tháng 7 năm 2023
BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý II năm 2023

Trong quý II/2023, Kho bạc Nhà nước tiếp nhận {received} hồ sơ; đã giải quyết 40.512 hồ sơ; còn 1.208 hồ sơ
đang giải quyết trong hạn.
"""

COMMUNE_CENTRE = """UBND PHƯỜNG HẠC THÀNH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

BÁO CÁO
Kết quả hoạt động tháng 10/2025

Trong tháng, Trung tâm tiếp nhận 1.482 hồ sơ, gồm 1.105 hồ sơ trực tuyến và 377 hồ sơ trực tiếp.
Đã giải quyết 1.396 hồ sơ: trước hạn 1.204, đúng hạn 190, quá hạn 2.
"""

SERVICES = """BỘ NỘI VỤ
Số: 40/BC-BNV                               Hà Nội, ngày 10 tháng 10 năm 2025
BÁO CÁO
Tình hình cung cấp dịch vụ công trực tuyến 9 tháng năm 2025

Bộ đang cung cấp {total} dịch vụ công trực tuyến, gồm 118 dịch vụ toàn trình và 64 dịch vụ một phần.
"""


def test_office_speaks_for_the_ministry_above_it(tmp_path):
    r = _parse(tmp_path, OFFICE_OF_MINISTRY)
    assert r.document.own_unit == "Bộ Giao thông vận tải"
    got = _facts(r)
    assert ("received_online", "self", "Bộ Giao thông vận tải", 61240) in got
    assert ("received_online_share", "self", "Bộ Giao thông vận tải", 87.34) in got
    assert not _serious(r)


def test_body_under_a_ministry_reports_on_itself(tmp_path):
    clean = _parse(tmp_path, BODY_UNDER_MINISTRY.format(received="41.720"), "clean.txt")
    got = {(i, lvl, v) for i, lvl, _, v in _facts(clean)}
    assert {("received_total", "self", 41720), ("resolved_total", "self", 40512),
            ("pending_total", "self", 1208)} <= got  # in-time words after a lone pending count: the stock
    assert not _serious(clean)
    wrong = _parse(tmp_path, BODY_UNDER_MINISTRY.format(received="42.720"), "wrong.txt")
    assert [(f.code, f.stated) for f in _serious(wrong)] == [("balance_mismatch", 42720)]


def test_commune_centre_reports_for_its_commune(tmp_path):
    r = _parse(tmp_path, COMMUNE_CENTRE)
    assert r.document.own_unit == "Phường Hạc Thành"
    got = _facts(r)
    assert ("received_total", "self", "Phường Hạc Thành", 1482) in got
    assert ("resolved_late", "self", "Phường Hạc Thành", 2) in got
    assert not any(f.subject.level == "city" for f in r.facts)
    assert not _serious(r)


def test_online_services_are_a_total_of_their_two_parts(tmp_path):
    clean = _parse(tmp_path, SERVICES.format(total="182"), "clean.txt")
    got = {(i, v) for i, _, _, v in _facts(clean)}
    assert got == {("procedures_total", 182), ("procedures_full_online", 118), ("procedures_partial_online", 64)}
    assert not _serious(clean)  # "9 tháng năm 2025" is the period, no figure
    wrong = _parse(tmp_path, SERVICES.format(total="192"), "wrong.txt")
    assert [(f.code, f.stated) for f in _serious(wrong)] == [("sum_mismatch", 192)]


NAMED_BODY = """{issuer}                      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 21/BC-{sym}                            Hà Nội, ngày 05 tháng 7 năm 2025
BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý II năm 2025

Trong quý, đơn vị tiếp nhận 8.240 hồ sơ, đã giải quyết 8.015 hồ sơ, đang giải quyết 225 hồ sơ.
"""


def test_a_body_under_a_ministry_issuing_alone_reports_on_itself(tmp_path):
    for issuer, sym, name in (("TỔNG CỤC THUẾ", "TCT", "Tổng cục Thuế"),
                              ("BẢO HIỂM XÃ HỘI VIỆT NAM", "BHXH", "Bảo hiểm xã hội Việt Nam")):
        r = _parse(tmp_path, NAMED_BODY.format(issuer=issuer, sym=sym), f"{sym}.txt")
        assert r.document.own_unit == name and r.document.province is None
        assert ("received_total", "self", name, 8240) in _facts(r)
        # "XÃ HỘI" of "Bảo hiểm xã hội" and of the motto is no commune
        assert not _serious(r), [f.message for f in _serious(r)]


def test_commune_centre_header_with_the_motto_in_its_column(tmp_path):
    text = NAMED_BODY.format(issuer="ỦY BAN NHÂN DÂN\nXÃ TÂN HỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ", sym="TTPVHCC")
    r = _parse(tmp_path, text)
    assert r.document.own_unit == "Xã Tân Hội"
    assert ("pending_total", "self", "Xã Tân Hội", 225) in _facts(r)
    assert not _serious(r), [f.message for f in _serious(r)]  # "XÃ      CỘNG HÒA": two columns, no unit
