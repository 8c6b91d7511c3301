"""Each check family on short texts in the reports' register."""
from docparse.checks.ratios import agrees
from docparse.normalize.numbers import round_half_up

from conftest import analyse_text

CITY = "Báo cáo của thành phố Hải Phòng.\n"


def codes(text):
    return [f.code for f in analyse_text(CITY + text).findings]


def test_rounding_rule_half_up_or_truncation():
    assert round_half_up(100 * 1 / 32, 2) == 3.13  # 3,125 -> 3,13 (a float would give 3,12)
    assert agrees(3.13, 2, 1, 32) and agrees(3.12, 2, 1, 32)  # truncation is accepted too
    assert not agrees(3.14, 2, 1, 32)
    assert agrees(93.8, 1, 8770, 9350) and agrees(6.2, 1, 580, 9350)


def test_ratio_mismatch_explicit():
    assert codes("Tỷ lệ nộp hồ sơ trực tuyến đạt 87,62% (50.133/57.219 hồ sơ).") == []
    assert codes("Tỷ lệ nộp hồ sơ trực tuyến đạt 88,62% (50.133/57.219 hồ sơ).") == ["ratio_mismatch"]


def test_sum_and_balance():
    ok = ("Tổng số hồ sơ đã tiếp nhận là 100 hồ sơ, trong đó: trực tuyến 60 hồ sơ, trực tiếp và qua dịch vụ "
          "bưu chính: 30 hồ sơ, kỳ trước chuyển qua: 10 hồ sơ. Số lượng hồ sơ đã giải quyết: 90 hồ sơ. "
          "Đang giải quyết: 10 hồ sơ.")
    assert codes(ok) == []
    assert "sum_mismatch" in codes(ok.replace("trực tuyến 60", "trực tuyến 61"))
    assert codes(ok.replace("Đang giải quyết: 10", "Đang giải quyết: 12")) == ["balance_mismatch"]


def test_city_equals_departments_plus_communes():
    text = ("1.1. Tỷ lệ nộp hồ sơ trực tuyến\nTỷ lệ của toàn thành phố đạt 80% (80/100 hồ sơ), trong đó:\n"
            "- Các Sở, ban, ngành: Đạt 75% (30/40 hồ sơ).\n- Các xã, phường, đặc khu: Đạt 83,33% (50/60 hồ sơ).\n")
    assert codes(text) == []
    assert codes(text.replace("(50/60", "(51/60").replace("83,33%", "85%")) == ["sum_mismatch"]


def test_complement_tolerates_one_unit_of_rounding():
    assert codes("Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn đạt 98,54%; tỷ lệ hồ sơ đã giải quyết "
                 "quá hạn: 1,46%.") == []
    assert codes("Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn đạt 98,54%; tỷ lệ hồ sơ đã giải quyết "
                 "quá hạn: 1,47%.") == []  # 100,01: each rounded at two places
    assert codes("Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn đạt 98,54%; tỷ lệ hồ sơ đã giải quyết "
                 "quá hạn: 1,56%.") == ["complement_mismatch"]


def _failing_list(met: int, names: list[str]) -> str:
    listed = ", ".join(f"{n} ({10 + i},5%)" for i, n in enumerate(names))
    return ("1.5. Tỷ lệ khai thác, sử dụng lại thông tin số hóa (chỉ tiêu giao ≥ 50%):\n"
            f"- Các xã, phường, đặc khu: Đạt 89,87%. Số địa phương đạt chỉ tiêu: {met}/114 địa phương. "
            f"Các địa phương chưa đạt chỉ tiêu: {listed}.\n")


WARDS = ["Xã An Phú", "Phường Đông Hải", "Xã Đại Sơn", "Phường Nguyễn Đại Năng", "Xã Nghi Dương",
         "Xã Hải Hưng", "Phường An Biên", "Xã Tiên Minh"]


def test_unit_count_against_the_units_named():
    assert codes(_failing_list(108, WARDS[:6])) == []  # 114 - 108 = 6 named: consistent
    assert codes(_failing_list(108, WARDS[:8])) == ["unit_count_mismatch"]  # 8 named: not


def test_unit_count_against_the_gazetteer():
    assert codes(_failing_list(108, WARDS[:2]).replace("/114", "/112")) == ["unit_count_mismatch"]


def test_target_conflict():
    text = _failing_list(112, ["Xã An Phú (72,5%)"]).replace(" (10,5%)", "")
    assert "target_conflict" in codes(text)


def test_unknown_unit_with_candidate():
    fs = analyse_text(CITY + "Các địa phương có tỷ lệ thấp như: Phường Đông Hai Mới (32,86%).").findings
    assert [f.code for f in fs] == ["unknown_unit"]
    assert "Phường Đông Hải" in fs[0].message


def test_repeated_value():
    text = ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của toàn thành phố đạt 99,98%.\n"
            "3. Tồn tại: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: 99,89% (chỉ tiêu giao = 100%).\n")
    assert codes(text) == ["repeated_value_mismatch"]


def test_score_sum():
    text = ("V. Kết quả theo Bộ chỉ số 766\n1. Theo chỉ số năm 2026: đạt 97,72 điểm, xếp hạng: 43/114.\n"
            "+ Chỉ số công khai minh bạch: 18/18 điểm.\n+ Chỉ số tiến độ giải quyết: 20/20 điểm.\n"
            "+ Chỉ số dịch vụ công trực tuyến: 10/12 điểm.\n+ Chỉ số thanh toán trực tuyến: 10/10 điểm.\n"
            "+ Chỉ số mức độ hài lòng: 18/18 điểm.\n+ Chỉ số số hóa hồ sơ: 21,72/22 điểm.\n")
    assert codes(text) == []
    assert codes(text.replace("97,72", "98,72")) == ["score_sum_mismatch"]


def test_dates():
    assert codes("(Số liệu từ ngày 18/9/2025 đến ngày 12/9/2025)") == ["date_inconsistency"]
    assert codes("Công văn ngày 31/4/2026 của Văn phòng.") == ["date_inconsistency"]


def test_mixed_script():
    fs = analyse_text("Nghị quyết số 66/NQ-СР ngày 26/3/2025.").findings
    assert [f.code for f in fs] == ["mixed_script"] and "66/NQ-CP" in fs[0].message


def test_draft_symbol_must_match_type():
    text = ("UBND XÃ AN PHÚ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 12/TB-UBND An Phú, ngày 02 tháng 4 năm 2026\nBÁO CÁO\nTình hình tháng 3\n"
            "Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\nNguyễn Văn An\n")
    fs = analyse_text(CITY + text).findings
    assert [(f.code, f.severity) for f in fs] == [("draft_incomplete", "warning")]
    assert "BC" in fs[0].message


def test_uncertain_readings_never_give_errors():
    text = ("Ty le ndp ho so tryc tuyen dat 88,62% (50.133/57.219 ho so). " * 3 + "\n") * 20
    fs = analyse_text(text).findings
    assert fs and all(f.severity != "error" for f in fs)


def test_documents_bound_into_one_file_are_checked_apart():
    # two reports of two provinces printed into one file: each states its own received total; only
    # the second restates its own figure with another value (a restatement within one document)
    first = ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/BC-UBND\n"
             "BÁO CÁO\nI. KẾT QUẢ\nToàn tỉnh tiếp nhận 4.210 hồ sơ.\n")
    second = ("ỦY BAN NHÂN DÂN TỈNH GIA LAI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 30/BC-UBND\n"
              "BÁO CÁO\nI. KẾT QUẢ\nToàn tỉnh tiếp nhận 3.905 hồ sơ.\n"
              "Như vậy, trong kỳ toàn tỉnh tiếp nhận 3.950 hồ sơ.\n")
    report = analyse_text(first + second)
    repeats = [f for f in report.findings if f.code == "repeated_value_mismatch"]
    by_id = {f.id: f for f in report.facts}
    assert [sorted(by_id[i].value for i in f.facts) for f in repeats] == [[3905, 3950]]


def test_a_commune_of_the_later_list_in_an_earlier_report():
    """A 2023 notice of a province of then names a commune that exists only in the list in force since
    July 2025 (the province is the one of then, not today's that holds the name); a commune of then,
    of the same province, is no finding; the same name in a 2025 notice is no finding either."""
    head = ("UBND TỈNH QUẢNG NAM\nVĂN PHÒNG\nSố: 14/TB-VP                Quảng Nam, ngày 12 tháng 9 năm {y}\n"
            "THÔNG BÁO\nTình hình giải quyết hồ sơ đất đai\n\n")
    later = analyse_text(head.format(y=2023) + "Hồ sơ tồn chủ yếu ở huyện Núi Thành và xã Bà Nà.\n")
    assert later.document.province == "Tỉnh Quảng Nam"
    assert [f.code for f in later.findings if f.severity == "warning"] == ["unknown_unit"]
    assert "Bà Nà" in [f for f in later.findings if f.code == "unknown_unit"][0].message
    then = analyse_text(head.format(y=2023) + "Hồ sơ tồn chủ yếu ở huyện Núi Thành và xã Tam Anh Nam.\n")
    assert not [f for f in then.findings if f.severity in ("warning", "error")]
    now = analyse_text(head.format(y=2025).replace("QUẢNG NAM", "ĐÀ NẴNG").replace("Quảng Nam", "Đà Nẵng")
                       + "Hồ sơ tồn chủ yếu ở xã Bà Nà.\n")
    assert not [f for f in now.findings if f.code == "unknown_unit" and f.severity in ("warning", "error")]
