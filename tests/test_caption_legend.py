"""A table typed with no header row whose caption's closing bracket names its columns in order
("Kết quả của một số xã (hồ sơ đã giải quyết / đúng hạn / tỷ lệ):" over rows of a unit and three
figures): each column takes its piece as its header (tables/interpret.legend_paths). Before
session 15 its cells were read as text with no indicator, and a wrong rate in it went unseen."""
from docparse import parse

NOTICE = """UBND TỈNH TÂY NINH
VĂN PHÒNG
Số: 88/TB-VP                                   Tây Ninh, ngày 20 tháng 10 năm 2025

THÔNG BÁO
Kết quả giải quyết hồ sơ thủ tục hành chính tuần 42 năm 2025

1. Toàn tỉnh đã giải quyết 9.120 hồ sơ, trong đó đúng hạn và trước hạn 9.010 hồ sơ.

2. Kết quả của một số xã, phường (hồ sơ đã giải quyết / đúng hạn / tỷ lệ):
   Phường Tân Ninh          731    725    {rate}
   Xã Tân Hưng              402    398    99,00%
   Xã Vĩnh Hưng            515    509    98,83%
"""


def _report(tmp_path, rate):
    path = tmp_path / "tb.txt"
    path.write_text(NOTICE.format(rate=rate), encoding="utf-8")
    return parse(path)


def test_caption_bracket_names_the_columns(tmp_path):
    report = _report(tmp_path, "99,18%")  # 725/731 = 99,179…
    got = {(f.subject.name, f.indicator, f.value) for f in report.facts if f.evidence.table is not None}
    assert ("Phường Tân Ninh", "resolved_total", 731) in got
    assert ("Xã Tân Hưng", "resolved_in_time", 398) in got
    assert ("Xã Vĩnh Hưng", "resolved_on_time", 98.83) in got
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_wrong_rate_in_a_legend_table_is_found(tmp_path):
    report = _report(tmp_path, "98,18%")
    wrong = [f for f in report.findings if f.code == "ratio_mismatch" and f.severity in ("warning", "error")]
    assert len(wrong) == 1 and "Tân Ninh" in wrong[0].message
