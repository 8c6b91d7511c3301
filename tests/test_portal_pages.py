"""Statistics pages of provincial portals typed as text (session 14, own texts; set O's misses read
in general): the page's title opened by "THỐNG KÊ …" is its title, the level its caption or title
names ("CẤP HUYỆN") makes bare row labels ("Lục Yên") that level's units, and an undated page is
read against the list of units in force at the end of the period its figures cover."""
from __future__ import annotations

import docparse

PAGE = (
    "CỔNG DỊCH VỤ CÔNG TỈNH HÀ GIANG\n"
    "Trang chủ > Thống kê\n\n"
    "THỐNG KÊ KẾT QUẢ TIẾP NHẬN HỒ SƠ CẤP HUYỆN THÁNG 3/2024\n"
    "(Số liệu từ 15/02/2024 đến 14/03/2024)\n\n"
    "STT | Đơn vị | Tiếp nhận | Trực tuyến | Đã giải quyết\n"
    "1 | Vị Xuyên | 1.208 | 802 | 1.150\n"
    "2 | Bắc Quang | 1.530 | 1.044 | 1.497\n"
    "3 | Quản Bạ | 640 | 399 | 611\n"
)


def test_bare_district_rows_under_a_district_title(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE, "utf-8")
    report = docparse.parse(str(path))
    assert report.document.title.startswith("THỐNG KÊ KẾT QUẢ")
    names = [row.subject.name for row in report.tables[0].rows if row.subject is not None]
    assert names == ["Huyện Vị Xuyên", "Huyện Bắc Quang", "Huyện Quản Bạ"]
    got = {(f.indicator, f.subject.name, f.value) for f in report.facts if f.evidence.table is not None}
    assert ("received_online", "Huyện Bắc Quang", 1044.0) in got and ("resolved_total", "Huyện Quản Bạ", 611.0) in got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_no_level_named_leaves_bare_labels_unresolved(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(PAGE.replace(" CẤP HUYỆN", ""), "utf-8")
    report = docparse.parse(str(path))
    assert not any(row.subject is not None and row.subject.name == "Huyện Vị Xuyên" for row in report.tables[0].rows)


ABBREVIATED = (
    "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐIỆN BIÊN\n\n"
    "Kết quả giải quyết hồ sơ của các huyện quý II/2024\n"
    "Đăng ngày: 20/6/2024\n"
    "Kỳ thống kê: từ 15/3/2024 đến 14/6/2024. Đơn vị tính: hồ sơ.\n\n"
    "Đơn vị              Tiếp nhận   Trực tuyến   TL trực tuyến   Đã giải quyết   Đúng hạn   TL đúng hạn\n"
    "Huyện Điện Biên         1.210          850           70,25           1.180      1.176         99,66\n"
    "Huyện Mường Ảng           640          402           62,81             611        609         99,67\n"
)


def test_abbreviated_rate_headers(tmp_path):
    """"TL" written for "tỷ lệ" in a narrow column's header (tables.json header_abbreviations)."""
    path = tmp_path / "page.txt"
    path.write_text(ABBREVIATED, "utf-8")
    report = docparse.parse(str(path))
    got = {(f.kind, f.indicator, f.subject.name, f.value, f.numerator, f.denominator)
           for f in report.facts if f.evidence.table is not None}
    assert ("rate", "online_submission", "Huyện Điện Biên", 70.25, 850.0, 1210.0) in got
    assert ("rate", "resolved_on_time", "Huyện Mường Ảng", 99.67, 609.0, 611.0) in got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_district_of_another_province_in_a_2024_table(tmp_path):
    """A district written whole in a table row of a 2024 page that its province had no such district
    then: unknown_unit, with the province it is of; the province's own districts raise nothing."""
    text = ABBREVIATED.replace(
        "Huyện Mường Ảng           640          402           62,81             611        609         99,67\n",
        "Huyện Mường Ảng           640          402           62,81             611        609         99,67\n"
        "Huyện Phong Thổ           512          300           58,59             500        498         99,60\n")
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    report = docparse.parse(str(path))
    found = [f for f in report.findings if f.code == "unknown_unit" and f.severity == "warning"]
    assert len(found) == 1 and "Phong Thổ" in found[0].message and "Lai Châu" in found[0].message
    path.write_text(ABBREVIATED, "utf-8")
    assert not [f for f in docparse.parse(str(path)).findings if f.code == "unknown_unit"]
