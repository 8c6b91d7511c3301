"""Paragraphs of a text whose every paragraph is one line with a blank line after it (a news page,
a portal's notice) stay apart; a double-spaced text layer's wrapped sentences are still joined."""
import docparse


def _facts(tmp_path, text):
    p = tmp_path / "doc.txt"
    p.write_text(text, "utf-8")
    return docparse.parse(str(p)).facts


def test_one_line_paragraphs_stay_apart(tmp_path):
    text = ("Tin tức\n\nCao Bằng: hơn 99% hồ sơ được trả đúng hạn\n\n10/01/2020\n\n"
            "Năm 2019, các cơ quan trên địa bàn tỉnh đã giải quyết 31.402 hồ sơ.\n")
    facts = _facts(tmp_path, text)
    assert not [f for f in facts if f.value == 2019], "the year of the body became a figure of the title"
    assert ("resolved_total", 31402) in {(f.indicator, f.value) for f in facts}


def test_double_spaced_layer_still_joins_wrapped_lines(tmp_path):
    lines = ["BÁO CÁO", "Kết quả giải quyết thủ tục hành chính quý III năm 2024",
             "1. Trong quý, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận và giải quyết",
             "4.118 hồ sơ thủ tục hành chính của tổ chức, cá nhân, trong đó giải quyết quá hạn",
             "37 hồ sơ, chủ yếu thuộc lĩnh vực đất đai và xây dựng của các huyện, thị xã;",
             "số hồ sơ đang giải quyết trong hạn đến cuối kỳ báo cáo là 95 hồ sơ, không",
             "có hồ sơ đang giải quyết quá hạn. Việc tiếp nhận, giải quyết hồ sơ được thực",
             "hiện đúng quy trình, công khai, minh bạch tại Trung tâm Phục vụ hành chính công",
             "tỉnh và Bộ phận Một cửa các huyện, thị xã, thành phố trên địa bàn tỉnh.",
             "2. Các cơ quan tiếp tục rà soát, đơn giản hóa thủ tục hành chính theo kế hoạch",
             "được giao, bảo đảm tiến độ và chất lượng, không để phát sinh hồ sơ tồn đọng."]
    got = {(f.indicator, f.value) for f in _facts(tmp_path, "\n\n".join(lines) + "\n")}
    assert {("resolved_late", 37), ("pending_on_time", 95)} <= got, got
