"""The dated gazetteer: pre-2025 names (vietnamadminunits data) and their successors (vietnam-provinces)."""
import datetime as dt
import subprocess
import sys
import unicodedata

import pytest

from docparse.normalize.gazetteer_dated import (
    data_version, district_names, find_legacy, in_force, legacy_units, resolve_legacy,
)


def test_the_whole_pre_2025_list_is_there():
    idx = legacy_units()
    assert (len(idx.provinces), len(idx.districts), len(idx.communes)) == (63, 696, 10035)
    assert {u.type for u in idx.districts} == {"huyện", "quận", "thị xã", "thành phố"}
    assert {u.type for u in idx.communes} == {"xã", "phường", "thị trấn"}
    assert all(u.successors for u in idx.communes)  # every commune has a successor
    assert legacy_units() is idx  # built once
    assert data_version().startswith("vietnamadminunits ")


@pytest.mark.parametrize("on, expected", [
    (None, "current"), ("2025-06-30", "legacy"), ("2025-07-01", "current"), (dt.date(2019, 1, 1), "legacy"),
    (dt.datetime(2025, 6, 30, 23, 59), "legacy"), ("30/6/2025", "legacy"), ("ngày 15 tháng 7 năm 2025", "current"),
])
def test_in_force(on, expected):
    assert in_force(on) == expected


def test_in_force_rejects_what_is_not_a_date():
    with pytest.raises(ValueError):
        in_force("tháng này")


@pytest.mark.parametrize("prefix, name, province, canonical, level, in_province", [
    ("huyện", "Bình Đại", "Bến Tre", "Huyện Bình Đại", "district", "Tỉnh Bến Tre"),
    ("thị trấn", "Bình Đại", "Bến Tre", "Thị trấn Bình Đại", "commune", "Tỉnh Bến Tre"),
    ("quận", "Ba Đình", None, "Quận Ba Đình", "district", "Thành phố Hà Nội"),
    ("thị xã", "Hương Trà", "Thành phố Huế", "Thị xã Hương Trà", "district", "Thành phố Huế"),
    ("huyện", "Tân Uyên", None, "Huyện Tân Uyên", "district", "Tỉnh Lai Châu"),
    ("thị xã", "Kỳ Anh", "Hà Tĩnh", "Thị xã Kỳ Anh", "district", "Tỉnh Hà Tĩnh"),
    ("huyện", "Kỳ Anh", "Hà Tĩnh", "Huyện Kỳ Anh", "district", "Tỉnh Hà Tĩnh"),  # same name, other type
    ("thành phố", "Thủ Đức", None, "Thành phố Thủ Đức", "district", "Thành phố Hồ Chí Minh"),
    ("thành phố", "Hà Nội", None, "Thành phố Hà Nội", "province", "Thành phố Hà Nội"),
    ("tỉnh", "Quảng Ngãi", None, "Tỉnh Quảng Ngãi", "province", "Tỉnh Quảng Ngãi"),
])
def test_pre_2025_districts_towns_and_provinces(prefix, name, province, canonical, level, in_province):
    u = resolve_legacy(prefix, name, province=province)
    assert (u.name, u.level, u.province, u.match) == (canonical, level, in_province, "exact")


def test_a_district_has_no_successor_and_says_so():
    u = resolve_legacy("huyện", "Bình Đại", province="Bến Tre")
    assert u.successors == () and "abolished" in u.note
    assert u.successor_province == "Vĩnh Long"  # Bến Tre merged into Vĩnh Long


def test_island_districts_became_special_zones():
    u = resolve_legacy("huyện", "Côn Đảo")
    assert u.successors == ("Đặc khu Côn Đảo",) and u.successor_province == "Thành phố Hồ Chí Minh"


def test_communes_merged_in_2025_map_to_their_successor():
    u = resolve_legacy("phường", "Phúc Xá", province="Hà Nội")
    assert (u.name, u.district, u.successors, u.split) == ("Phường Phúc Xá", "Quận Ba Đình", ("Phường Hồng Hà",), False)
    u = resolve_legacy("thị trấn", "Bình Đại", province="Bến Tre")
    assert (u.successors, u.successor_province) == (("Xã Bình Đại",), "Vĩnh Long")


def test_a_split_commune_lists_every_successor_default_first():
    u = resolve_legacy("phường", "Cống Vị", province="Hà Nội")
    assert u.split and u.successors == ("Phường Ngọc Hà", "Phường Giảng Võ")


def test_successors_are_spelled_as_in_the_current_list():
    from vietnam_provinces import Ward

    current = {w.name for w in Ward.iter_all()}
    assert all(s in current for u in legacy_units().communes for s in u.successors)


def test_province_given_as_the_current_province_it_merged_into():
    u = resolve_legacy("thị trấn", "Bình Đại", province="Vĩnh Long")  # Bến Tre is part of Vĩnh Long now
    assert u.name == "Thị trấn Bình Đại"


def test_accent_less_and_upper_case_spellings():
    u = resolve_legacy("thi tran", "binh dai", province="ben tre")
    assert (u.name, u.match) == ("Thị trấn Bình Đại", "accents")
    assert resolve_legacy("QUẬN", "BA ĐÌNH").name == "Quận Ba Đình"
    assert resolve_legacy("Thị  Trấn", "Bình Đại", province="Tỉnh Bến Tre").name == "Thị trấn Bình Đại"


def test_tone_placement_variants_are_the_same_name():
    u = resolve_legacy("phường", "Yên Hoà", province="Hà Nội")  # official spelling: Yên Hòa
    assert (u.name, u.match) == ("Phường Yên Hòa", "exact")


@pytest.mark.parametrize("written", ["Đạ K’Nàng", "Đạ K'Nàng", "Đạ K‘Nàng", "Đạ Kʼ Nàng",
                                     unicodedata.normalize("NFD", "Đạ K’Nàng")])
def test_apostrophe_names_normalised_to_the_official_spelling(written):
    u = resolve_legacy("xã", written)
    assert (u.name, u.district, u.province, u.match) == ("Xã Đạ K'Nàng", "Huyện Đam Rông", "Tỉnh Lâm Đồng", "exact")


def test_accent_less_apostrophe_name_needs_its_province():
    assert resolve_legacy("xa", "Da K'Nang") is None  # Đăk Năng, Đắk Nang and Đạ K'Nàng fold alike
    assert len(find_legacy("xa", "Da K'Nang")) == 3
    assert resolve_legacy("xa", "Da K'Nang", province="Lâm Đồng").name == "Xã Đạ K'Nàng"


def test_former_names_recorded_by_the_package():
    u = resolve_legacy("thị xã", "Tân Uyên")  # Bình Dương, a city since 2023
    assert (u.name, u.province, u.match) == ("Thành phố Tân Uyên", "Tỉnh Bình Dương", "alias")
    u = resolve_legacy("phường", "Nguyễn Trung Trực", province="Hà Nội")  # merged into Trúc Bạch in 2025
    assert (u.name, u.match) == ("Phường Trúc Bạch", "alias")


def test_a_district_written_with_its_type_before_an_upgrade():
    u = resolve_legacy("huyện", "Đức Phổ", province="Quảng Ngãi")  # a thị xã since 2020
    assert (u.name, u.match) == ("Thị xã Đức Phổ", "type_changed")


def test_the_name_may_carry_its_type_word():
    assert resolve_legacy("", "Thị xã Hương Trà").name == "Thị xã Hương Trà"


def test_a_name_that_never_existed():
    assert resolve_legacy("xã", "Không Có Thật") is None
    assert resolve_legacy("thị xã", "Bình Đại", province="Bến Tre") is None  # a huyện is not taken for a higher type
    assert resolve_legacy("quận", "Ba Đình", province="Đà Nẵng") is None
    assert resolve_legacy("xã", "Bình Đại", province="Nowhere") is None
    assert find_legacy("xã", "Không Có Thật") == []


def test_ambiguous_names_give_none_but_find_lists_them():
    assert resolve_legacy("xã", "Tân Phú") is None
    assert len(find_legacy("xã", "Tân Phú")) > 5
    u = resolve_legacy("xã", "Tân Hòa", province="Đồng Tháp", district="Huyện Thanh Bình")
    assert u.district == "Huyện Thanh Bình"


def test_unknown_prefix_is_an_error():
    with pytest.raises(ValueError):
        resolve_legacy("ấp", "Bình Đại")


def test_district_names():
    names = district_names("Quảng Ngãi")
    assert "Thị xã Đức Phổ" in names and "Huyện Lý Sơn" in names and len(names) == 13
    assert "Thành phố Tân Uyên" in district_names("Tỉnh Bình Dương")
    assert len(district_names("TP. Hồ Chí Minh")) == 22
    with pytest.raises(KeyError):
        district_names("Nowhere")


def test_no_network_library_is_imported():
    code = ("import sys; from docparse.normalize.gazetteer_dated import resolve_legacy; "
            "resolve_legacy('xã', 'Tân Phú'); "
            "print(sorted(m for m in ('geopy', 'shapely', 'vietnamadminunits') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
