"""Tables of the 766 index typed as text (session 8, own cases; the phrasing harness reads no
tables): a ranking table's rank column ("Hạng", "Vị trí", "Thứ hạng") read as ranks, not as the
rows' ordinal, the bare group headers ("Tiến độ", "Số hóa") beside a column of points read as the
index's groups, the field of the ranks stated in the caption ("Tổng số đơn vị: 148") or, when the
table lists every unit, the number of units; a "..." row leaves the field unknown unless stated.
A table of the index's groups in rows: its total row ("Tổng cộng", "Tổng số", "Cộng") is the total
score, and checked against its parts."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

import docparse

sys.path.insert(0, str(Path(__file__).parent))
from blind_score import score_facts  # noqa: E402


def _f(kind, ind, subj, value, den=None):
    return {"kind": kind, "indicator": ind, "subject": subj, "scope": None, "value": value,
            "numerator": None, "denominator": den, "text": str(value)}


def _ranked(rows, field, groups):
    out = []
    for rank, unit, total, *parts in rows:
        out.append(_f("rank", "index_766_rank", f"unit:{unit}", rank, field))
        out.append(_f("score", "index_766_total", f"unit:{unit}", total))
        out += [_f("score", g, f"unit:{unit}", v) for g, v in zip(groups, parts)]
    return out


CASES = [
    ("pipe_ranking_elided_field_stated",
     "UBND TỈNH THANH HÓA\nBẢNG XẾP HẠNG CHỈ SỐ 766 CÁC SỞ, NGÀNH THÁNG 9/2025\nSố đơn vị được đánh giá: 19\n"
     "| Hạng | Đơn vị | Tổng điểm | Tiến độ | Hài lòng |\n|---|---|---|---|---|\n"
     "| 1 | Sở Tư pháp | 95,12 | 19,80 | 17,95 |\n| 2 | Sở Y tế | 93,40 | 19,66 | 17,80 |\n"
     "| ... | ... | ... | ... | ... |\n| 19 | Sở Xây dựng | 71,05 | 15,20 | 16,02 |\n",
     _ranked([(1, "Sở Tư pháp", 95.12, 19.8, 17.95), (2, "Sở Y tế", 93.4, 19.66, 17.8),
              (19, "Sở Xây dựng", 71.05, 15.2, 16.02)], 19, ["index_766_progress", "index_766_satisfaction"])),
    ("aligned_ranking_field_stated",
     "UBND TỈNH KHÁNH HÒA\nKết quả Chỉ số phục vụ cấp xã, tháng 10/2025\nTổng số xã, phường: 65\n\n"
     "Vị trí   Đơn vị              Điểm     Số hóa\n1        Phường Nha Trang    92,35    11,40\n"
     "2        Xã Cam Lâm          91,02    11,12\n3        Phường Cam Ranh     90,44    10,95\n",
     _ranked([(1, "Phường Nha Trang", 92.35, 11.4), (2, "Xã Cam Lâm", 91.02, 11.12),
              (3, "Phường Cam Ranh", 90.44, 10.95)], 65, ["index_766_digitization"])),
    ("pipe_ranking_all_listed",
     "UBND TỈNH KHÁNH HÒA\nChỉ số phục vụ người dân, doanh nghiệp các phường tháng 11/2025\n"
     "| Thứ hạng | Đơn vị | Tổng điểm | Công khai |\n|---|---|---|---|\n"
     "| 1 | Phường Nha Trang | 90,10 | 17,60 |\n| 2 | Phường Cam Ranh | 88,75 | 17,25 |\n| 3 | Phường Ninh Hòa | 86,30 | 16,90 |\n",
     _ranked([(1, "Phường Nha Trang", 90.1, 17.6), (2, "Phường Cam Ranh", 88.75, 17.25),
              (3, "Phường Ninh Hòa", 86.3, 16.9)], 3, ["index_766_publicity"])),
    ("groups_in_rows_total_tong_so",
     "UBND TỈNH NGHỆ AN\nKết quả Bộ chỉ số tháng 8/2025 của tỉnh\n| Nhóm chỉ số | Điểm tối đa | Điểm đạt |\n|---|---|---|\n"
     "| Công khai, minh bạch | 18 | 17,20 |\n| Tiến độ giải quyết | 20 | 19,05 |\n| Dịch vụ công trực tuyến | 22 | 15,30 |\n"
     "| Thanh toán trực tuyến | 10 | 7,10 |\n| Mức độ hài lòng | 18 | 17,45 |\n| Số hóa hồ sơ | 12 | 9,60 |\n| Tổng số | 100 | 85,70 |\n",
     [_f("score", i, "city", v) for i, v in (("index_766_publicity", 17.2), ("index_766_progress", 19.05),
      ("index_766_online_service", 15.3), ("index_766_online_payment", 7.1), ("index_766_satisfaction", 17.45),
      ("index_766_digitization", 9.6), ("index_766_total", 85.7))]),
    ("groups_in_rows_total_tong_cong",
     "UBND TỈNH LẠNG SƠN\nBộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp quý III/2024\n"
     "| TT | Nhóm chỉ số | Điểm |\n|---|---|---|\n| 1 | Công khai, minh bạch | 16,80 |\n| 2 | Tiến độ giải quyết | 19,40 |\n"
     "| 3 | Mức độ hài lòng | 17,90 |\n| 4 | Số hóa hồ sơ | 10,20 |\n| | Tổng cộng | 64,30 |\n",
     [_f("score", i, "city", v) for i, v in (("index_766_publicity", 16.8), ("index_766_progress", 19.4),
      ("index_766_satisfaction", 17.9), ("index_766_digitization", 10.2), ("index_766_total", 64.3))]),
    # session 14: a group's header that would name dossiers elsewhere ("Tiến độ giải quyết": "giải
    # quyết") is the index's progress group among the index's columns (tables/interpret)
    ("pipe_groups_in_columns_progress",
     "Điểm của một số xã thuộc tỉnh Lai Châu trong tháng 11/2025 (tối đa 100 điểm):\n"
     "| STT | Xã | Công khai, minh bạch | Tiến độ giải quyết | Dịch vụ công trực tuyến | Thanh toán trực tuyến "
     "| Mức độ hài lòng | Số hóa hồ sơ | Tổng điểm | Xếp hạng |\n|---|---|---|---|---|---|---|---|---|---|\n"
     "| 1 | Xã Than Uyên | 17,20 | 19,10 | 10,50 | 8,40 | 17,60 | 18,70 | 91,50 | 2/38 |\n"
     "| 2 | Xã Mường Kim | 16,10 | 18,30 | 9,20 | 7,10 | 17,10 | 16,20 | 84,00 | 17/38 |\n",
     [f for u, rank, vals in (("Xã Than Uyên", 2, (17.2, 19.1, 10.5, 8.4, 17.6, 18.7, 91.5)),
                              ("Xã Mường Kim", 17, (16.1, 18.3, 9.2, 7.1, 17.1, 16.2, 84.0)))
      for f in [_f("score", g, f"unit:{u}", v) for g, v in zip(
          ("index_766_publicity", "index_766_progress", "index_766_online_service", "index_766_online_payment",
           "index_766_satisfaction", "index_766_digitization", "index_766_total"), vals)]
      + [_f("rank", "index_766_rank", f"unit:{u}", rank, 38)]]),
]


@pytest.mark.parametrize("name,text,facts", CASES, ids=[c[0] for c in CASES])
def test_index_table(tmp_path, name, text, facts):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, "utf-8")
    report = docparse.parse(str(path))
    hits, missed, extra = score_facts(report, {"facts": facts})[:3]
    assert not missed and not extra, (missed, [(f.kind, f.indicator, f.subject, f.value, f.denominator) for f in extra])
    assert not [f for f in report.findings if f.severity in ("warning", "error")]


def test_index_table_total_row_checked(tmp_path):
    path = tmp_path / "wrong_total.txt"
    path.write_text(CASES[3][1].replace("85,70", "86,70"), "utf-8")
    report = docparse.parse(str(path))
    assert any(f.code == "score_sum_mismatch" for f in report.findings)
