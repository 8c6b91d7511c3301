"""Quarterly reports and the constructs that span sentences (issue 11): a level carried from a
paragraph's topic sentence, the period a sentence names (a month, the year to date, the same period
a year before, another quarter), a headline or a conclusion restating the body, a title that runs on
into the body. The reports are written here (made-up figures, checked by hand); each test asserts
what a reader of the report would take from it."""
from __future__ import annotations

import docparse

HEADER = """UBND TỈNH HÀ NAM
Số: 77/BC-UBND
Hà Nam, ngày 20 tháng 9 năm 2024
BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2024
"""


def _parse(tmp_path, body: str, header: str = HEADER):
    path = tmp_path / "report.txt"
    path.write_text(header + body, "utf-8")
    return docparse.parse(str(path))


def _serious(report):
    return [(f.code, f.severity, f.message[:120]) for f in report.findings if f.severity in ("warning", "error")]


def _facts(report, indicator):
    return [(f.subject.level, f.value, f.qualifier) for f in report.facts if f.indicator == indicator]


def test_level_carried_to_the_next_sentences_of_its_paragraph(tmp_path):
    r = _parse(tmp_path, "\nToàn tỉnh tiếp nhận 50.000 hồ sơ, đã giải quyết 48.000 hồ sơ.\n\n"
                         "Ở cấp huyện, tiếp nhận 12.400 hồ sơ. Đã giải quyết 12.000 hồ sơ, trong đó đúng hạn "
                         "11.800 hồ sơ, đạt 98,33%.\n\nĐã giải quyết 48.000 hồ sơ trong quý.\n")
    assert ("districts", 12000, None) in _facts(r, "resolved_total")
    assert ("districts", 11800, None) in _facts(r, "resolved_in_time")
    # a new paragraph that names no level is the province's again: the same 48.000, no mismatch
    assert _facts(r, "resolved_total").count(("city", 48000, None)) == 2
    assert not _serious(r)
    assert not [f for f in r.findings if f.code == "repeated_value_mismatch"]


def test_a_level_named_after_other_words_is_no_topic(tmp_path):
    r = _parse(tmp_path, "\nTỷ lệ hồ sơ quá hạn của cấp huyện là 1,8%. Trong tổng số 36.400 hồ sơ đã giải quyết, "
                         "có 35.910 hồ sơ đúng hạn, đạt 98,65%.\n")
    assert ("city", 36400, None) in _facts(r, "resolved_total")


def test_the_topic_runs_on_across_a_sentence_ending_at_the_margin(tmp_path):
    # a wrapped text (a PDF's lines): the first sentence of the level's paragraph ends at the margin
    lines = [
        "Trong quý, toàn tỉnh tiếp nhận 61.240 hồ sơ trên Hệ thống thông tin giải quyết",
        "thủ tục hành chính của tỉnh; đã giải quyết 58.900 hồ sơ, đúng hạn 58.075 hồ sơ.",
        "Công tác số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được các cơ quan",
        "quan tâm thực hiện, góp phần nâng cao chất lượng phục vụ người dân, doanh nghiệp.",
        "",
        "Ở cấp xã, các xã, phường, thị trấn trên địa bàn tỉnh đã tiếp nhận 21.305 hồ sơ.",
        "Đã giải quyết 20.870 hồ sơ, trong đó trước hạn, đúng hạn 20.712 hồ sơ, đạt 99,24%;",
        "quá hạn 158 hồ sơ, chủ yếu thuộc lĩnh vực đất đai và xây dựng ở một số địa bàn.",
        "",
        "Các cơ quan tiếp tục rà soát quy trình nội bộ, công khai thủ tục hành chính và",
        "hướng dẫn người dân nộp hồ sơ trực tuyến tại bộ phận một cửa các cấp trên địa bàn.",
        "Việc đánh giá mức độ hài lòng được thực hiện thường xuyên theo quy định hiện hành.",
    ]
    r = _parse(tmp_path, "\n" + "\n".join(lines) + "\n")
    assert ("communes", 20870, None) in _facts(r, "resolved_total")
    assert ("communes", 158, None) in _facts(r, "resolved_late")
    assert ("city", 58900, None) in _facts(r, "resolved_total")
    assert not _serious(r)


def test_a_rate_against_its_x_y_in_a_sentence_that_carries_the_topic(tmp_path):
    # 7.902 / 7.950 = 99,40%: the arithmetic of one sentence holds whoever's figures they are
    r = _parse(tmp_path, "\nỞ cấp xã, tiếp nhận 8.120 hồ sơ. Đã giải quyết 7.950 hồ sơ, trong đó đúng hạn "
                         "7.902 hồ sơ, đạt 99,94%.\n")
    found = [f for f in r.findings if f.code == "ratio_mismatch"]
    assert found and found[0].severity in ("warning", "error") and found[0].stated == 99.94


def test_periods_of_a_quarterly_report_are_never_compared_as_one(tmp_path):
    body = """
1. Kết quả chung
Trong quý III, toàn tỉnh tiếp nhận 80.210 hồ sơ, tăng 2.150 hồ sơ so với cùng kỳ năm 2023 (78.060 hồ sơ). Đã giải quyết 76.400 hồ sơ, trong đó đúng hạn 75.454 hồ sơ, đạt 98,76%.
Lũy kế từ đầu năm, toàn tỉnh tiếp nhận 231.540 hồ sơ, đã giải quyết 225.118 hồ sơ.
Riêng tháng 9, tiếp nhận 27.330 hồ sơ; cùng kỳ năm 2023 tiếp nhận 25.870 hồ sơ.
Quý III, Bộ chỉ số 766 của tỉnh đạt 85,2 điểm; quý II đạt 82,4 điểm.

2. Kết quả lũy kế 9 tháng
Toàn tỉnh đã giải quyết 225.118 hồ sơ, tỷ lệ đúng hạn đạt 98,9%.
"""
    r = _parse(tmp_path, body)
    assert not _serious(r), _serious(r)
    received = _facts(r, "received_total")
    assert ("city", 80210, None) in received and ("city", 231540, "luy ke") in received
    assert ("city", 27330, "thang 9") in received
    assert not [v for _, v, _ in received if v in (78060, 25870)]  # last year's figures: no level of the report
    assert ("city", 82.4, "quy ii") in _facts(r, "index_766_total")
    assert ("city", 225118, "luy ke") in _facts(r, "resolved_total")
    assert not [f for f in r.findings if f.code == "repeated_value_mismatch"]


def test_headline_and_conclusion_restate_the_body(tmp_path):
    body = """Trong quý III, toàn tỉnh tiếp nhận 52.300 hồ sơ, đã giải quyết 50.100 hồ sơ, tỷ lệ đúng hạn đạt 99,1%.

I. KẾT QUẢ
Ở cấp tỉnh, tiếp nhận 12.000 hồ sơ. Tỷ lệ trực tuyến đạt 81,5%.

III. KẾT LUẬN
Trong quý III, toàn tỉnh tiếp nhận 52.300 hồ sơ, tỷ lệ đúng hạn đạt 99,2%.
"""
    r = _parse(tmp_path, body)
    assert r.document.title == "Kết quả giải quyết thủ tục hành chính quý III năm 2024"
    assert _facts(r, "received_total").count(("city", 52300, None)) == 2
    assert ("departments", 81.5, None) in _facts(r, "online_submission")
    # the conclusion's 99,2% against the opening's 99,1%: one figure stated twice, differently
    found = [f for f in r.findings if f.code == "repeated_value_mismatch"]
    assert len(found) == 1 and found[0].severity == "warning" and {found[0].stated, found[0].expected} == {99.1, 99.2}


def test_a_title_that_runs_on_into_the_body(tmp_path):
    header = "UBND TỈNH NAM ĐỊNH\nSố: 31/BC-UBND\nNam Định, ngày 15 tháng 12 năm 2024\n"
    r = _parse(tmp_path, "BÁO CÁO Kết quả giải quyết thủ tục hành chính quý IV năm 2024 Riêng tháng 12, toàn tỉnh "
                         "tiếp nhận 18.300 hồ sơ.\nTrong quý IV, toàn tỉnh tiếp nhận 52.300 hồ sơ.\n", header)
    assert "Riêng tháng" not in (r.document.title or "")
    # the month is a sub-period, not the title's own: its figure is not the quarter's
    assert ("city", 18300, "thang 12") in _facts(r, "received_total")
    assert not _serious(r)


CLEAN_QUARTER = """ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH                                Độc lập - Tự do - Hạnh phúc
Số: 205/BC-UBND                          Hòa Bình, ngày 25 tháng 9 năm 2024

BÁO CÁO
Kết quả thực hiện công tác kiểm soát thủ tục hành chính quý III năm 2024

I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
1. Tình hình chung
Trong quý III, toàn tỉnh tiếp nhận 64.820 hồ sơ, trong đó trực tuyến 41.420 hồ sơ, chiếm 63,90%.
Theo tháng: tháng 7 tiếp nhận 20.110 hồ sơ; tháng 8 tiếp nhận 21.560 hồ sơ; tháng 9 tiếp nhận 23.150 hồ sơ.
Đã giải quyết 61.930 hồ sơ, trong đó trước hạn, đúng hạn 61.352 hồ sơ, đạt 99,07%, cao hơn quý II (98,42%); quá hạn 578 hồ sơ.
Số hồ sơ quá hạn giảm 214 hồ sơ so với quý trước.
Lũy kế 9 tháng năm 2024, toàn tỉnh tiếp nhận 188.400 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 98,81%.

2. Kết quả theo cấp
Ở cấp tỉnh, tiếp nhận 14.310 hồ sơ, trực tuyến 12.650 hồ sơ.
Đã giải quyết 13.980 hồ sơ, tỷ lệ đúng hạn đạt 99,6%.
Ở cấp huyện, tiếp nhận 22.180 hồ sơ. Đã giải quyết 21.240 hồ sơ, tỷ lệ đúng hạn đạt 98,7%.
Cấp xã tiếp nhận 28.330 hồ sơ, tỷ lệ đúng hạn đạt 99,1%.

3. Chỉ số phục vụ người dân, doanh nghiệp
Tháng 7 tỉnh đạt 80,10 điểm, tháng 8 đạt 81,35 điểm, tháng 9 đạt 82,02 điểm.
Bình quân quý III, tỉnh đạt 81,16 điểm, xếp thứ 31/63.

II. ĐÁNH GIÁ CHUNG
Trong quý III, tỉnh đã giải quyết 61.930 hồ sơ, tỷ lệ đúng hạn đạt 99,07%; tỷ lệ hồ sơ trực tuyến đạt 63,90%.

III. PHƯƠNG HƯỚNG QUÝ IV
Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%, tỷ lệ giải quyết đúng hạn đạt 99,5%.
"""


def test_a_clean_quarterly_report_with_every_shape_gives_no_warning(tmp_path):
    """Months inside the quarter, the year to date, a comparison with the quarter before, per-level
    paragraphs one sentence a line, the 766 index per month, a conclusion restating the body."""
    path = tmp_path / "q3.txt"
    path.write_text(CLEAN_QUARTER, "utf-8")
    r = docparse.parse(str(path))
    assert not _serious(r), _serious(r)
    received = _facts(r, "received_total")
    assert ("city", 20110, "thang 7") in received and ("city", 188400, "luy ke") in received
    assert not [f for f in r.facts if f.value == 98.42]  # the quarter before's rate: no level of this one
    assert ("districts", 21240, None) in _facts(r, "resolved_total")
    # the level's second line may be its own or the whole's: read as the whole's, never compared above info
    line18 = [f for f in r.facts if f.value == 13980]
    assert line18 and not line18[0].explicit


def test_a_conclusion_restates_the_body_counts(tmp_path):
    body = """I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
Trong quý III, toàn tỉnh tiếp nhận 52.300 hồ sơ, đã giải quyết 50.100 hồ sơ.

II. CÔNG TÁC KIỂM TRA
Tổ chức kiểm tra tại 12 cơ quan, đơn vị.

III. ĐÁNH GIÁ CHUNG
Trong quý III, toàn tỉnh tiếp nhận 52.300 hồ sơ, đã giải quyết 50.010 hồ sơ.
"""
    r = _parse(tmp_path, body)
    found = [f for f in r.findings if f.code == "repeated_value_mismatch"]
    # the received figure is restated alike; the resolved one differs: one finding, on it
    assert len(found) == 1 and {found[0].stated, found[0].expected} == {50100, 50010}
    assert found[0].severity == "warning"
    # under two parts that are not a conclusion, a count is not compared (it may be another breakdown)
    r = _parse(tmp_path, body.replace("III. ĐÁNH GIÁ CHUNG", "III. KẾT QUẢ KHÁC"))
    assert not [f for f in r.findings if f.code == "repeated_value_mismatch"]
