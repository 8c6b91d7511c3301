"""The 766 total against its six parts when the parts inherit their subject from the line that
states the total (texts made up for the test): one run of lines is one statement by its layout, so
a sum that fails is a warning (checks/scores.one_run); parts read as the maxima are no scores."""
from __future__ import annotations

import docparse

HEAD = ("UBND XÃ HÒA AN\nSố: 12/BC-UBND                 Hòa An, ngày 20 tháng 6 năm 2024\nBÁO CÁO\n"
        "Kết quả cải cách hành chính 6 tháng đầu năm 2024\n\n")


def _scores(tmp_path, body):
    path = tmp_path / "r.txt"
    path.write_text(HEAD + body, "utf-8")
    report = docparse.parse(str(path))
    return [(f.severity, f.stated, f.expected) for f in report.findings if f.code == "score_sum_mismatch"]


PARTS = ("+ Công khai, minh bạch: 15,40/18 điểm;\n+ Tiến độ giải quyết: 18,20/20 điểm;\n"
         "+ Dịch vụ công trực tuyến: 10,10/12 điểm;\n+ Thanh toán trực tuyến: 7,30/10 điểm;\n"
         "+ Mức độ hài lòng: 16,60/18 điểm;\n+ Số hóa hồ sơ: 14,90/22 điểm.\n")  # 82,50


def test_a_total_and_its_listed_parts_that_do_not_add_up_is_a_warning(tmp_path):
    got = _scores(tmp_path, "3. Bộ chỉ số 766\nĐến ngày 14/6/2024, xã Hòa An đạt 83,50 điểm, xếp thứ 4/15 xã. "
                            "Kết quả các chỉ số thành phần:\n" + PARTS)
    assert got == [("warning", 83.5, 82.5)], got


def test_a_total_and_its_listed_parts_that_add_up_give_no_finding(tmp_path):
    assert _scores(tmp_path, "3. Bộ chỉ số 766\nĐến ngày 14/6/2024, xã Hòa An đạt 82,50 điểm, xếp thứ 4/15 xã. "
                             "Kết quả các chỉ số thành phần:\n" + PARTS) == []


def test_another_score_inside_the_run_keeps_it_info(tmp_path):
    body = ("3. Bộ chỉ số 766\nĐến ngày 14/6/2024, xã Hòa An đạt 83,50 điểm, xếp thứ 4/15 xã. "
            "Kết quả các chỉ số thành phần:\n" + PARTS.replace("+ Thanh toán", "Bình quân các xã đạt 80,10 điểm.\n+ Thanh toán"))
    assert not any(s in ("warning", "error") for s, _, _ in _scores(tmp_path, body))


def test_parts_with_their_maximum_in_brackets_are_no_false_alarm(tmp_path):
    body = ("3. Bộ chỉ số 766\nĐiểm Bộ chỉ số 766 (thang điểm 100): 84,20 - xếp hạng 7/40. Các nhóm chỉ số thành phần:\n"
            "  Công khai, minh bạch (18 điểm): 15,40\n  Tiến độ giải quyết (20 điểm): 18,90\n"
            "  Dịch vụ công trực tuyến (12 điểm): 10,10\n  Thanh toán trực tuyến (10 điểm): 7,30\n"
            "  Mức độ hài lòng (18 điểm): 16,60\n  Số hóa hồ sơ (22 điểm): 15,90\n")  # 84,20
    assert not any(s in ("warning", "error") for s, _, _ in _scores(tmp_path, body))


def test_parts_after_their_bracketed_maximum_are_read_and_summed(tmp_path):
    body = ("3. Bộ chỉ số 766\nĐiểm Bộ chỉ số 766 (thang điểm 100): 85,20 - xếp hạng 7/40. Các nhóm chỉ số thành phần:\n"
            "  Công khai, minh bạch (18 điểm): 15,40\n  Tiến độ giải quyết (20 điểm): 18,90\n"
            "  Dịch vụ công trực tuyến (12 điểm): 10,10\n  Thanh toán trực tuyến (10 điểm): 7,30\n"
            "  Mức độ hài lòng (18 điểm): 16,60\n  Số hóa hồ sơ (22 điểm): 15,90\n")  # 84,20, not 85,20
    assert _scores(tmp_path, body) == [("warning", 85.2, 84.2)]
    path = tmp_path / "r.txt"
    maxima = {f.indicator: (f.value, f.maximum) for f in docparse.parse(str(path)).facts if f.kind == "score"}
    assert maxima["index_766_progress"] == (18.9, 20.0) and maxima["index_766_digitization"] == (15.9, 22.0), maxima
