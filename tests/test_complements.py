"""complement_mismatch (checks/complements.py): two shares that must make 100% fire as an error only
when nothing else in their list could be the rest; a third share that was not read makes it info."""
import docparse

HEAD = ("ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN TÂN PHÚ                        Độc lập - Tự do - Hạnh phúc\n"
        "Số: 215/BC-UBND                 Tân Phú, ngày 28 tháng 9 năm 2023\n\n"
        "BÁO CÁO\nKết quả giải quyết thủ tục hành chính quý III năm 2023\n\n")


def _complements(tmp_path, body: str):
    p = tmp_path / "r.txt"
    p.write_text(HEAD + body, "utf-8")
    return [f for f in docparse.parse(str(p)).findings if f.code == "complement_mismatch"]


def test_two_shares_that_miss_100_are_an_error(tmp_path):
    found = _complements(tmp_path, "Trong quý, huyện tiếp nhận 4.000 hồ sơ, trong đó hồ sơ trực tuyến "
                                   "2.600 hồ sơ (chiếm 65%); hồ sơ trực tiếp 1.400 hồ sơ (chiếm 38%).\n")
    assert [f.severity for f in found] == ["error"]


def test_a_third_share_not_read_makes_it_info(tmp_path):
    body = ("Trong quý, huyện tiếp nhận 4.000 hồ sơ.\n"
            "Phân theo hình thức nộp, hồ sơ trực tuyến là 2.600 hồ sơ (65%);\n"
            "hồ sơ nộp trực tiếp 1.000 hồ sơ (25%);\nhồ sơ chuyển qua liên thông 400 hồ sơ (10%).\n")
    found = _complements(tmp_path, body)
    assert found and all(f.severity == "info" for f in found)
