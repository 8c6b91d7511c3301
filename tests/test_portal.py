"""Provincial portals' statistics pages (issue 11, portal_stats register): plain-text tables with a
count and its share in one cell ("8305 (98.7%)"), headers of two columns typed with one space between
them ("Đã giải quyết Đúng hạn"), unit names in a table's rows checked against the list in force.
The pages are written for this test (own wording and figures, laid out as portals print them); their
expected facts are computed here from the figures, never copied from docparse's output."""
from __future__ import annotations

import pytest

import docparse

LEVELS = """CỔNG DỊCH VỤ CÔNG TỈNH NINH THUẬN
Thống kê tình hình giải quyết hồ sơ - Tháng 03/2024

Cấp        | Đã giải quyết | Đúng hạn     | Quá hạn
Cấp tỉnh   | 8412          | 8305 ({a}%)  | 107 (1.3%)
Cấp huyện  | 15230         | 14902 (97.8%) | 328 (2.2%)
Cấp xã     | 20117         | 20040 (99.6%) | 77 (0.4%)
"""

LEVELS_ALIGNED = """CỔNG DỊCH VỤ CÔNG TỈNH NINH THUẬN
Thống kê tình hình giải quyết hồ sơ - Tháng 03/2024

Cấp          Đã giải quyết    Đúng hạn          Quá hạn
Cấp tỉnh          8412       8305 ({a}%)     107 (1.3%)
Cấp huyện        15230      14902 (97.8%)     328 (2.2%)
Cấp xã           20117      20040 (99.6%)      77 (0.4%)
"""

UNITS = """TỈNH KHÁNH HÒA - HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC
Số liệu hồ sơ theo xã, phường - Tháng 10/2025 (01/10/2025 - 31/10/2025)

Đơn vị                   Đã giải quyết Đúng hạn    Tỷ lệ
Phường Nha Trang              3120     3102     99,42%
{name}               1408     1390     98,72%
Xã Tân Định                    512      509     99,41%
"""


def _parse(tmp_path, text: str, name: str = "page.txt"):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return docparse.parse(str(path))


def _facts(report):
    return {(f.kind, f.indicator, f.subject.level, f.subject.name, f.value, f.numerator, f.denominator)
            for f in report.facts}


def _serious(report):
    return [(f.code, f.severity, f.message) for f in report.findings if f.severity in ("warning", "error")]


@pytest.mark.parametrize("page", [LEVELS, LEVELS_ALIGNED], ids=["pipes", "aligned"])
def test_count_and_share_in_one_cell(tmp_path, page):
    report = _parse(tmp_path, page.format(a="98.7"))
    got = _facts(report)
    for level, resolved, in_time, late in (("departments", 8412, 8305, 107), ("districts", 15230, 14902, 328),
                                           ("communes", 20117, 20040, 77)):
        on_time = round(100 * in_time / resolved, 1)
        late_rate = round(100 * late / resolved, 1)
        assert ("count", "resolved_in_time", level, None, in_time, None, None) in got
        assert ("rate", "resolved_on_time", level, None, on_time, in_time, resolved) in got
        assert ("count", "resolved_late", level, None, late, None, None) in got
        assert ("rate", "resolved_late", level, None, late_rate, late, resolved) in got
    assert not _serious(report)


@pytest.mark.parametrize("page", [LEVELS, LEVELS_ALIGNED], ids=["pipes", "aligned"])
def test_wrong_share_in_a_count_cell_is_found(tmp_path, page):
    report = _parse(tmp_path, page.format(a="96.7"))  # 8305/8412 is 98.7%
    serious = _serious(report)
    assert [code for code, _, _ in serious] == ["ratio_mismatch"], serious
    assert "96,7" in serious[0][2]


def test_two_headers_typed_with_one_space(tmp_path):
    report = _parse(tmp_path, UNITS.format(name="Phường Cam Ranh    "))
    got = _facts(report)
    for name, resolved, in_time, rate in (("Phường Nha Trang", 3120, 3102, 99.42), ("Phường Cam Ranh", 1408, 1390, 98.72),
                                          ("Xã Tân Định", 512, 509, 99.41)):
        assert ("count", "resolved_total", "unit", name, resolved, None, None) in got
        assert ("count", "resolved_in_time", "unit", name, in_time, None, None) in got
        assert ("rate", "resolved_on_time", "unit", name, rate, in_time, resolved) in got
    assert not _serious(report)


def test_unknown_unit_in_a_table_row(tmp_path):
    report = _parse(tmp_path, UNITS.format(name="Phường Đông Cam Ranh"))
    serious = _serious(report)
    assert [(code, sev) for code, sev, _ in serious] == [("unknown_unit", "warning")], serious
    assert "Đông Cam Ranh" in serious[0][2]
    unit = next(u for u in report.units if u.raw == "Phường Đông Cam Ranh")
    assert unit.evidence.table == 0 and unit.evidence.row is not None


@pytest.mark.parametrize("text,splits", [("Tiếp nhận Trực tuyến", ["Tiếp nhận", "Trực tuyến"]),
                                         ("Đã giải quyết Quá hạn", ["Đã giải quyết", "Quá hạn"]),
                                         ("Số hồ sơ đã giải quyết", None)])
def test_split_headers(text, splits):
    from docparse.tables.interpret import split_headers

    assert split_headers(text, 2) == splits


SPACED = """HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH PHÚ YÊN
Thống kê từ ngày 01/03/2023 đến ngày 31/03/2023

Mức độ Tổng Đã xử lý Chưa xử lý Trước hạn Đúng hạn Trễ hạn
Tổng % Tổng % Tổng %
Mức 2 30512 28740 1772 17020 59,2% 10810 37,6% 910 {late}%
Mức 3 8120 7655 465 5218 68,2% 2237 29,2% 200 2,6%
"""

SPACED_UNITS = """CỔNG DỊCH VỤ CÔNG TỈNH PHÚ YÊN
Số liệu tháng 3/2023

Đơn vị Tiếp nhận Đã giải quyết Đang giải quyết
Sở Tư pháp 1204 1180 24
Sở Y tế 860 843 17
"""


def test_table_typed_with_one_space_and_two_header_lines(tmp_path):
    report = _parse(tmp_path, SPACED.format(late="3,2"))
    got = {(f.kind, f.indicator, f.subject.scope, f.value, f.numerator, f.denominator) for f in report.facts}
    for scope, received, resolved, pending, early, on_time, late in (
            ("Mức 2", 30512, 28740, 1772, 17020, 10810, 910), ("Mức 3", 8120, 7655, 465, 5218, 2237, 200)):
        assert resolved + pending == received and early + on_time + late == resolved  # the page's own arithmetic
        for indicator, value in (("received_total", received), ("resolved_total", resolved), ("pending_total", pending),
                                 ("resolved_early", early), ("resolved_on_time", on_time), ("resolved_late", late)):
            assert ("count", indicator, scope, value, None, None) in got, (scope, indicator)
        assert ("rate", "resolved_late", scope, round(100 * late / resolved, 1), late, resolved) in got
        assert ("rate", "other", scope, round(100 * early / resolved, 1), early, resolved) in got  # the early share
    assert not _serious(report)


def test_wrong_rate_in_a_table_typed_with_one_space(tmp_path):
    report = _parse(tmp_path, SPACED.format(late="5,2"))  # 910/28740 is 3,2%
    serious = _serious(report)
    assert [code for code, _, _ in serious] == ["ratio_mismatch"], serious
    assert "5,2" in serious[0][2]


def test_units_table_typed_with_one_space(tmp_path):
    report = _parse(tmp_path, SPACED_UNITS)
    got = _facts(report)
    for name, received, resolved, pending in (("Sở Tư pháp", 1204, 1180, 24), ("Sở Y tế", 860, 843, 17)):
        for indicator, value in (("received_total", received), ("resolved_total", resolved), ("pending_total", pending)):
            assert ("count", indicator, "unit", name, value, None, None) in got, (name, indicator)
    assert not _serious(report)


def test_sentences_ending_in_figures_are_no_table(tmp_path):
    from docparse.tables.text import spaced_tables
    from docparse.extractors.base import Line

    lines = ["Kết quả tháng 3 như sau", "Sở Tư pháp tiếp nhận 1204 1180 24", "Sở Y tế tiếp nhận 860 843 17"]
    _, grids = spaced_tables([Line(t, 1, i + 1) for i, t in enumerate(lines)])
    assert grids == []  # the line above names no column


INDEX = """Cổng Dịch vụ công quốc gia › Bộ chỉ số phục vụ người dân, doanh nghiệp
Địa phương: Tỉnh Gia Lai          Kỳ đánh giá: Tháng 11/2025

Nhóm chỉ số                    Điểm   Tối đa
  Công khai, minh bạch           15,20    18
  Tiến độ giải quyết             17,50    20
  Dịch vụ công trực tuyến         8,40    12
  Thanh toán trực tuyến           6,90    10
  Mức độ hài lòng                15,80    18
  Số hóa hồ sơ                   14,10    22
  TỔNG ĐIỂM                   {total}   100
"""

SHIFTED_HEADER = """Phú Yên - Hệ thống thông tin giải quyết TTHC
THỐNG KÊ TỶ LỆ GIẢI QUYẾT ĐÚNG HẠN THEO ĐƠN VỊ - Tháng 5/2023

STT Đơn vị                           Đã giải quyết  Đúng hạn   Tỷ lệ
1  Sở Nội vụ                          812     809   99.63%
2  Sở Y tế                           1340    1322   98.66%
3  Sở Xây dựng                        455     455   100.00%
"""


def test_total_row_shifted_left_keeps_its_cells(tmp_path):
    parts = [15.20, 17.50, 8.40, 6.90, 15.80, 14.10]
    report = _parse(tmp_path, INDEX.format(total="77,90"))
    assert round(sum(parts), 2) == 77.90
    totals = [f for f in report.facts if f.indicator == "index_766_total"]
    assert [(t.value, t.maximum) for t in totals] in ([(77.9, 100.0)], [(77.9, None)])
    assert not _serious(report)
    wrong = _parse(tmp_path, INDEX.format(total="79,90"), "wrong.txt")
    assert [code for code, _, _ in _serious(wrong)] == ["score_sum_mismatch"]


def test_header_set_right_of_its_figures_names_them_in_order(tmp_path):
    report = _parse(tmp_path, SHIFTED_HEADER)
    got = _facts(report)
    for name, resolved, in_time, rate in (("Sở Nội vụ", 812, 809, 99.63), ("Sở Y tế", 1340, 1322, 98.66),
                                          ("Sở Xây dựng", 455, 455, 100.0)):
        assert ("count", "resolved_total", "unit", name, resolved, None, None) in got
        assert ("count", "resolved_in_time", "unit", name, in_time, None, None) in got
        assert ("rate", "resolved_on_time", "unit", name, rate, in_time, resolved) in got
    assert not _serious(report)


def test_one_space_table_with_a_rate_column(tmp_path):
    page = """CỔNG DỊCH VỤ CÔNG TỈNH KHÁNH HÒA
Hồ sơ trực tuyến theo xã, phường - Tháng 10/2025

Đơn vị Tiếp nhận Trực tuyến Tỷ lệ
Phường Ba Ngòi 812 640 78,8%
Xã Tân Định 415 300 72,3%
"""
    report = _parse(tmp_path, page)
    got = _facts(report)
    for name, received, online in (("Phường Ba Ngòi", 812, 640), ("Xã Tân Định", 415, 300)):
        assert ("count", "received_total", "unit", name, received, None, None) in got
        assert ("count", "received_online", "unit", name, online, None, None) in got
        rates = [f for f in report.facts if f.kind == "rate" and f.subject.name == name]
        assert [(f.value, f.numerator, f.denominator) for f in rates] == [(round(100 * online / received, 1), online, received)]
        assert rates[0].indicator in ("online_submission", "received_online_share")
    assert not _serious(report)


def _deaccent(text: str) -> str:
    import unicodedata

    out = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in out if not unicodedata.combining(ch))


@pytest.mark.parametrize("page", [LEVELS.format(a="98.7"), LEVELS_ALIGNED.format(a="98.7"),
                                  UNITS.format(name="Phường Cam Ranh    "), SPACED.format(late="3,2"), SPACED_UNITS,
                                  INDEX.format(total="77,90"), SHIFTED_HEADER],
                         ids=["pipes", "aligned", "units", "spaced", "spaced_units", "index", "shifted"])
def test_deaccented_pages_read_alike(tmp_path, page):
    """English-model OCR text (accents gone): the same figures read, nothing serious on a clean page."""
    plain = _parse(tmp_path, page)
    bare = _parse(tmp_path, _deaccent(page), "bare.txt")
    assert sorted((f.kind, f.indicator, f.value, f.numerator, f.denominator) for f in bare.facts) == \
        sorted((f.kind, f.indicator, f.value, f.numerator, f.denominator) for f in plain.facts)
    assert plain.facts and not _serious(bare)


@pytest.mark.parametrize("row", ["Xã Chân Mây - Lăng Cô", "Xã Chân Mây"], ids=["hyphen", "cut"])
def test_official_name_with_a_hyphen_or_cut_short_is_no_unknown_unit(tmp_path, row):
    """A row header that is an official name but for its dash ("–" in the list), or the beginning of
    one (its rest wrapped into another cell), tells nothing wrong about the list."""
    page = f"""UBND THÀNH PHỐ HUẾ
Số liệu hồ sơ theo xã, phường - Tháng 10/2025

Đơn vị                   Tiếp nhận    Đã giải quyết
Phường Thuận An              812          790
{row:<25}    415          400
Phường Phú Xuân              612          600
"""
    report = _parse(tmp_path, page)
    assert len([f for f in report.facts if f.kind == "count"]) == 6
    assert not _serious(report)


# A web page's dateline (a line of only a date, its weekday before it, its clock time after it) or its
# "cập nhật đến" label gives the page's date; with it the province of a page of before July 2025 is
# found in the list of then, so the page's own province named in its heading is the city, not a unit.
DATELINE_PAGES = [
    ("CỔNG DỊCH VỤ CÔNG TỈNH QUẢNG BÌNH\nThống kê hồ sơ tháng 5/2021\nSố liệu cập nhật đến: 31/05/2021 17:30\n\n"
     "Đã tiếp nhận: 14320\nĐã giải quyết: 13985\nĐang giải quyết: 335\n", "2021-05-31", "Tỉnh Quảng Bình",
     {("received_total", 14320), ("resolved_total", 13985), ("pending_total", 335)}),
    ("Trang chủ > Tin tức\n\nHồ sơ trực tuyến tăng mạnh ở Bắc Kạn\n\nThứ Tư, 12/07/2023 - 08:15\n\n"
     "Sáu tháng đầu năm, các cơ quan hành chính của tỉnh Bắc Kạn đã giải quyết 52.318 hồ sơ, "
     "trong đó 51.907 hồ sơ đúng hạn.\n", "2023-07-12", "Tỉnh Bắc Kạn",
     {("resolved_total", 52318), ("resolved_in_time", 51907)}),
    ("Cải cách hành chính\n\nHà Giang: tiếp nhận hơn 40 nghìn hồ sơ trong quý I\n\n03/04/2024 | 10:20\n\n"
     "Trong quý I, các cơ quan, đơn vị trên địa bàn tỉnh Hà Giang tiếp nhận 40.512 hồ sơ.\n",
     "2024-04-03", "Tỉnh Hà Giang", {("received_total", 40512)}),
]


@pytest.mark.parametrize("text,date,province,counts", DATELINE_PAGES)
def test_web_page_dateline(tmp_path, text, date, province, counts):
    rep = _parse(tmp_path, text)
    assert rep.document.issued_on == date
    assert rep.document.province == province
    got = {(f.indicator, f.value) for f in rep.facts if f.kind == "count" and f.subject.level == "city"
           and f.modifier is None}
    assert counts <= got, got
    assert not [g for g in rep.findings if g.severity in ("warning", "error")]


ELIDED = """CỔNG DỊCH VỤ CÔNG TỈNH KHÁNH HÒA
Thống kê theo đơn vị - Tháng 11/2025

STT | Đơn vị | Đã tiếp nhận | Đã giải quyết
01 | Phường Nha Trang | 3120 | 3050
02 | Xã Tân Định | 512 | 509
{gap}
Tổng cấp xã | 61204 | 60311
Cấp tỉnh | 9820 | 9640
"""


@pytest.mark.parametrize("gap", ["...", "…", ". . ."])
def test_elided_rows(tmp_path, gap):
    """A line of dots stands for rows left out: the rows after it are the same table's (a level's row
    that leaves the ordinal cell out stands under its columns), and the level's total is not checked
    against the few units shown."""
    report = _parse(tmp_path, ELIDED.format(gap=gap))
    got = _facts(report)
    for level, received, resolved in (("communes", 61204, 60311), ("departments", 9820, 9640)):
        assert ("count", "received_total", level, None, received, None, None) in got
        assert ("count", "resolved_total", level, None, resolved, None, None) in got
    assert ("count", "received_total", "unit", "Xã Tân Định", 512, None, None) in got
    assert not _serious(report)
