"""Blind typo set 3: writes every NAME.txt / NAME.truth.json and the README table.

    python3 tests/blind_typo3/build.py            # write
    python3 tests/blind_typo3/build.py --check    # files on disk == what it writes; every verdict re-proved
    python3 tests/blind_typo3/build.py --show V07 # true / written figures, identities, candidates

Each report below keeps its TRUE figures as Python variables; derived figures (totals, balances,
percentages) are computed here from their parts, so the clean text satisfies every identity by
construction, and lib3.analyse re-checks it. A slip replaces one written figure only.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from lib3 import (C, D, P, RK, S, UC, X, XP, Report, analyse, cand_str, dumps, fmt_value,  # noqa: E402
                  id_name, pct, render, truth)

REPORTS = []


def X_(v, fmt="n"):
    return X(v, fmt)


def report(fn):
    REPORTS.append(fn)
    return fn

# ============================================================================= the reports
# Each function returns one Report. Figures named: R received, ON/OFF online/offline, CO carried
# over, S resolved, E early, O on time, IT early+on time, L late, PD pending, P.. percentages.


@report
def V01():
    x1, y1 = 6212, 8904
    x2, y2 = 14530, 21877
    x3, y3 = 31406, 40115
    X, Y = x1 + x2 + x3, y1 + y2 + y3
    ot_x, ot_y = 61873, 63051
    f = dict(
        P=P(pct(X, Y), "online_submission", "city", num=["X"], den=["Y"]), X=X_(X), Y=X_(Y),
        P1=P(pct(x1, y1), "online_submission", "departments", "cấp tỉnh", ["X1"], ["Y1"]), X1=X_(x1), Y1=X_(y1),
        P2=P(pct(x2, y2), "online_submission", "districts", "cấp huyện", ["X2"], ["Y2"]), X2=X_(x2), Y2=X_(y2),
        P3=P(pct(x3, y3), "online_submission", "communes", "cấp xã", ["X3"], ["Y3"]), X3=X_(x3), Y3=X_(y3),
        Q=P(pct(ot_x, ot_y), "resolved_on_time", "city", num=["QX"], den=["QY"]), QX=X_(ot_x), QY=X_(ot_y),
        K=UC(21, 27, "districts", fmt="i"),
    )
    text = """UBND TỈNH THANH HÓA
VĂN PHÒNG
Số: 118/TB-VP                                   Thanh Hóa, ngày 18 tháng 3 năm 2024

THÔNG BÁO
Kết quả giải quyết thủ tục hành chính tuần 11 năm 2024
(từ ngày 11/3/2024 đến ngày 15/3/2024)

Căn cứ dữ liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh, Văn phòng UBND tỉnh thông báo kết quả như sau:

1. Tỷ lệ hồ sơ nộp trực tuyến (chỉ tiêu: từ 50% trở lên)
Toàn tỉnh đạt {P} (số hồ sơ trực tuyến/tổng số hồ sơ tiếp nhận: {X}/{Y}). Chia theo cấp:
- Các sở, ban, ngành: {P1} ({X1}/{Y1});
- UBND các huyện, thị xã, thành phố: {P2} ({X2}/{Y2}); có {K}/27 địa phương đạt chỉ tiêu;
- UBND các xã, phường, thị trấn: {P3} ({X3}/{Y3}).

2. Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn
Toàn tỉnh đạt {Q} ({QX}/{QY} hồ sơ). Các đơn vị có hồ sơ quá hạn cần thực hiện xin lỗi người dân theo quy định.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, KSTT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Đình Khuê
"""
    ids = [("ratio", "P", ["X"], ["Y"]), ("ratio", "P1", ["X1"], ["Y1"]), ("ratio", "P2", ["X2"], ["Y2"]),
           ("ratio", "P3", ["X3"], ["Y3"]), ("ratio", "Q", ["QX"], ["QY"]),
           ("sum", "X", ["X1", "X2", "X3"]), ("sum", "Y", ["Y1", "Y2", "Y3"])]
    return Report("V01", "weekly_notice", "2024-03-18", "Tỉnh Thanh Hóa", f, text, ids,
                  slip=("X", "52.748", "digit"), intent="det",
                  not_facts=[("từ 50% trở lên", "target")],
                  why="The province's x is also the sum of the three levels' x, and its rate is x/y.")


@report
def V02():
    ON, OFF, CO = 30118, 18085, 1382
    R = ON + OFF + CO
    E, O, L = 21460, 25117, 612
    S_ = E + O + L
    PO, PL = 2201, 195
    PD = PO + PL
    assert R - S_ == PD
    f = dict(
        R=C(R, "received_total", "city"), ON=C(ON, "received_online", "city"), OFF=C(OFF, "received_offline", "city"),
        CO=C(CO, "received_carried_over", "city"),
        S=C(S_, "resolved_total", "city"), E=C(E, "resolved_early", "city"), O=C(O, "resolved_on_time", "city"),
        L=C(L, "resolved_late", "city"),
        PIT=P(pct(E + O, S_), "resolved_on_time", "city", num=["E", "O"], den=["S"]),
        PLT=P(pct(L, S_), "resolved_late", "city", num=["L"], den=["S"]),
        PD=C(PD, "pending_total", "city"), PO=C(PO, "pending_on_time", "city"), PL=C(PL, "pending_late", "city"),
    )
    text = """ỦY BAN NHÂN DÂN
TỈNH HẢI DƯƠNG
Số: 402/BC-UBND                                 Hải Dương, ngày 12 tháng 10 năm 2023

BÁO CÁO
Tình hình, kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa,
một cửa liên thông quý III năm 2023

I. TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
1. Số hồ sơ tiếp nhận
Trong kỳ báo cáo, số hồ sơ tiếp nhận tăng khoảng 7% so với quý II; tổng số hồ sơ TTHC tiếp nhận là {R} hồ sơ, bao gồm: {ON} hồ sơ nộp trực tuyến; {OFF} hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính công ích và {CO} hồ sơ từ kỳ trước chuyển sang.

2. Số hồ sơ đã giải quyết
Đã giải quyết {S} hồ sơ, trong đó: trả trước hạn {E} hồ sơ; đúng hạn {O} hồ sơ; quá hạn {L} hồ sơ. Tỷ lệ giải quyết trước và đúng hạn đạt {PIT}; tỷ lệ quá hạn là {PLT}.

3. Số hồ sơ đang giải quyết
Còn {PD} hồ sơ đang giải quyết, gồm {PO} hồ sơ trong hạn và {PL} hồ sơ đã quá hạn; các cơ quan đã gửi văn bản xin lỗi và hẹn lại ngày trả kết quả.

II. NHIỆM VỤ QUÝ IV NĂM 2023
Tiếp tục rà soát, đơn giản hóa TTHC nội bộ; nâng tỷ lệ hồ sơ trực tuyến toàn trình.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Quang Vinh
"""
    ids = [("sum", "R", ["ON", "OFF", "CO"]), ("sum", "S", ["E", "O", "L"]), ("sum", "PD", ["PO", "PL"]),
           ("bal", "R", ["S", "PD"]), ("ratio", "PIT", ["E", "O"], ["S"]), ("ratio", "PLT", ["L"], ["S"]),
           ("comp", ["PIT", "PLT"])]
    return Report("V02", "quarterly_report", "2023-10-12", "Tỉnh Hải Dương", f, text, ids,
                  slip=("S", "47.819", "swap"), intent="det", not_facts=[("tăng khoảng 7%", "change")],
                  why="Resolved is fixed by its parts, by the balance and by both rates.")


@report
def V03():
    ON, OFF = 1246, 318
    N = ON + OFF
    IT, L = 1497, 9
    S_ = IT + L
    PD = N - S_
    f = dict(
        N=C(N, "received_total", "self"), ON=C(ON, "received_online", "self"),
        PON=P(pct(ON, N), "received_online_share", "self", num=["ON"], den=["N"]),
        OFF=C(OFF, "received_offline", "self"),
        POFF=P(pct(OFF, N), "received_offline_share", "self", num=["OFF"], den=["N"]),
        S=C(S_, "resolved_total", "self"), IT=C(IT, "resolved_in_time", "self"), L=C(L, "resolved_late", "self", fmt="z"),
        PD=C(PD, "pending_total", "self"),
    )
    text = """UBND XÃ VĨNH HẬU
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 27/BC-TTPVHCC                              Vĩnh Hậu, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 9 năm 2025

Trong tháng, Trung tâm tiếp nhận tổng cộng {N} hồ sơ. Người dân nộp qua Cổng Dịch vụ công {ON} hồ sơ, chiếm {PON}; nộp trực tiếp tại quầy {OFF} hồ sơ, chiếm {POFF}.

Kết quả giải quyết: đã trả kết quả {S} hồ sơ, trong đó đúng hạn và trước hạn {IT} hồ sơ, trễ hạn {L} hồ sơ (chủ yếu lĩnh vực đất đai). Số hồ sơ đang giải quyết chuyển sang tháng 10 là {PD} hồ sơ.

Trung tâm đề nghị UBND xã chỉ đạo bộ phận địa chính khắc phục tình trạng trễ hạn.

GIÁM ĐỐC
Phạm Thị Kiều Oanh
"""
    ids = [("sum", "N", ["ON", "OFF"]), ("ratio", "PON", ["ON"], ["N"]), ("ratio", "POFF", ["OFF"], ["N"]),
           ("comp", ["PON", "POFF"]), ("sum", "S", ["IT", "L"]), ("bal", "N", ["S", "PD"])]
    return Report("V03", "commune_report", "2025-10-06", "Tỉnh An Giang", f, text, ids,
                  slip=("OFF", "38", "drop"), intent="det", units=["Xã Vĩnh Hậu"],
                  why="The offline count is both a part of the total and the x of its 20,33% share.")



@report
def V04():
    R1, R2 = 54310, 338402
    R3on, R3off = 95811, 168904
    R3 = R3on + R3off
    R = R1 + R2 + R3
    S1, IT1 = 51702, 51034
    f = dict(
        R=C(R, "received_total", "city"),
        R1=C(R1, "received_total", "departments", "cấp tỉnh"), S1=C(S1, "resolved_total", "departments", "cấp tỉnh"),
        IT1=C(IT1, "resolved_in_time", "departments", "cấp tỉnh"),
        P1=P(pct(IT1, S1), "resolved_on_time", "departments", "cấp tỉnh", ["IT1"], ["S1"]),
        R2=C(R2, "received_total", "districts", "cấp huyện"),
        R3=C(R3, "received_total", "communes", "cấp xã"), R3on=C(R3on, "received_online", "communes", "cấp xã"),
        P3=P(pct(R3on, R3), "received_online_share", "communes", "cấp xã", ["R3on"], ["R3"]),
    )
    text = """Lâm Đồng: hơn 650 nghìn hồ sơ thủ tục hành chính được tiếp nhận trong 5 tháng

(LĐO) - Theo số liệu của Văn phòng UBND tỉnh, từ đầu năm đến ngày 31/5/2022, các cơ quan hành chính ba cấp trên địa bàn tỉnh đã tiếp nhận {R} hồ sơ TTHC.

Ở cấp tỉnh, các sở, ngành tiếp nhận {R1} hồ sơ, đã giải quyết {S1} hồ sơ; số hồ sơ đúng và trước hạn là {IT1}, đạt {P1}. Cấp huyện tiếp nhận {R2} hồ sơ, tập trung ở lĩnh vực đất đai và hộ tịch.

Đáng chú ý, cấp xã tiếp nhận {R3} hồ sơ, trong đó có {R3on} hồ sơ nộp qua mạng, chiếm {P3} – tỷ lệ cao nhất từ trước đến nay ở cấp cơ sở.

Ông Nguyễn Hữu Tâm, Phó Chánh Văn phòng UBND tỉnh cho biết, tỉnh sẽ tiếp tục kiểm tra đột xuất bộ phận một cửa các huyện còn nhiều hồ sơ quá hạn.

Hoài Thương
"""
    ids = [("sum", "R", ["R1", "R2", "R3"]), ("ratio", "P1", ["IT1"], ["S1"]), ("ratio", "P3", ["R3on"], ["R3"])]
    return Report("V04", "news_article", "2022-06-08", "Tỉnh Lâm Đồng", f, text, ids,
                  slip=("R3", "2.644.715", "double"), intent="det",
                  not_facts=[("hơn 650 nghìn", "approx"), ("31/5/2022", "date")],
                  why="The communes' received is a part of the total and the y of the online share.")


@report
def V05():
    E, O, L = 7311, 4105, 566
    S_ = E + O + L
    PD = 558
    R = S_ + PD
    f = dict(
        R=C(R, "received_total", "city", fmt="i"), S=C(S_, "resolved_total", "city", fmt="i"),
        PD=C(PD, "pending_total", "city", fmt="i"),
        E=C(E, "resolved_early", "city", fmt="i"), PE=P(pct(E, S_, 1), "other", "city", num=["E"], den=["S"], fmt="pd"),
        O=C(O, "resolved_on_time", "city", fmt="i"), PO=P(pct(O, S_, 1), "other", "city", num=["O"], den=["S"], fmt="pd"),
        L=C(L, "resolved_late", "city", fmt="i"), PL=P(pct(L, S_, 1), "resolved_late", "city", num=["L"], den=["S"], fmt="pd"),
    )
    text = """CỔNG DỊCH VỤ CÔNG TỈNH TRÀ VINH
Thống kê tình hình xử lý hồ sơ – Tháng 4/2024
Cập nhật: 01/05/2024 07:30

Đơn vị: Toàn tỉnh
Cần xử lý: {R}
Đã xử lý: {S}
Đang xử lý: {PD}

Kết quả xử lý
Trước hạn: {E} ({PE})
Đúng hạn: {O} ({PO})
Trễ hạn: {L} ({PL})

Ghi chú: tỷ lệ tính trên số hồ sơ đã xử lý.
"""
    ids = [("bal", "R", ["S", "PD"]), ("sum", "S", ["E", "O", "L"]), ("ratio", "PE", ["E"], ["S"]),
           ("ratio", "PO", ["O"], ["S"]), ("ratio", "PL", ["L"], ["S"]), ("comp", ["PE", "PO", "PL"])]
    return Report("V05", "portal_stats", "2024-05-01", "Tỉnh Trà Vinh", f, text, ids,
                  slip=("PE", "6.10%", "separator"), intent="det",
                  why="The early share is its count over resolved, and the three shares close 100%.")


@report
def V06():
    FN, FC = 37, 6
    FR, FP = 39, 4
    R_on, R_off = 4120, 873
    IT, L = 4711, 63
    S_ = IT + L
    PO, PL = 196, 23
    PD = PO + PL
    R = R_on + R_off
    assert R == S_ + PD
    f = dict(
        R=C(R, "received_total", "self"), RON=C(R_on, "received_online", "self"), ROFF=C(R_off, "received_offline", "self"),
        S=C(S_, "resolved_total", "self"), IT=C(IT, "resolved_in_time", "self"), L=C(L, "resolved_late", "self"),
        PD=C(PD, "pending_total", "self"), PO=C(PO, "pending_on_time", "self"), PL=C(PL, "pending_late", "self"),
        FN=C(FN, "feedback_new", "self"), FC=C(FC, "feedback_carried_over", "self", fmt="z"),
        FR=C(FR, "feedback_resolved", "self"), FP=C(FP, "feedback_pending", "self", fmt="z"),
    )
    text = """BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN
Số: 611/BC-BNN-VP                                Hà Nội, ngày 22 tháng 01 năm 2024

BÁO CÁO
Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính năm 2023

1. Tình hình tiếp nhận, giải quyết TTHC
a) Tổng số hồ sơ Bộ tiếp nhận trong năm: {R} hồ sơ (trực tuyến: {RON}; trực tiếp và qua bưu chính: {ROFF}).
b) Số hồ sơ đã giải quyết: {S}, trong đó đúng hạn, trước hạn {IT}; quá hạn {L}.
c) Số hồ sơ đang giải quyết: {PD}, trong đó trong hạn {PO}; quá hạn {PL}.

2. Tiếp nhận, xử lý phản ánh, kiến nghị
Trong năm, Bộ tiếp nhận {FN} phản ánh, kiến nghị mới và {FC} phản ánh, kiến nghị tồn từ năm 2022; đã xử lý xong {FR}, đang xử lý {FP}.

3. Đánh giá chung
Các đơn vị thuộc Bộ cơ bản thực hiện đúng quy trình; số hồ sơ quá hạn tập trung ở lĩnh vực thú y và bảo vệ thực vật.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Hoàng Văn Thuận
"""
    ids = [("sum", "R", ["RON", "ROFF"]), ("sum", "S", ["IT", "L"]), ("sum", "PD", ["PO", "PL"]),
           ("bal", "R", ["S", "PD"]), ("bal2", ["FN", "FC"], ["FR", "FP"])]
    return Report("V06", "ministry_report", "2024-01-22", None, f, text, ids,
                  slip=("PD", "63", "copy"), intent="det",
                  why="Pending was typed as the late figure of the line above; the balance and pending's own parts fix it.")


@report
def V07():
    x1, y1 = 3904, 5216
    x2, y2 = 21877, 24530
    X, Y = x1 + x2, y1 + y2
    f = dict(
        P=P(pct(X, Y), "online_submission", "city", num=["X"], den=["Y"]), X=X_(X), Y=X_(Y),
        P1=P(pct(x1, y1), "online_submission", "departments", num=["X1"], den=["Y1"]), X1=X_(x1), Y1=X_(y1),
        K1=UC(17, 19, "departments"),
        P2=P(pct(x2, y2), "online_submission", "communes", num=["X2"], den=["Y2"]), X2=X_(x2), Y2=X_(y2),
        K2=UC(94, 103, "communes"),
    )
    text = """UBND THÀNH PHỐ CẦN THƠ
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 73/TB-TTPVHCC                              Cần Thơ, ngày 15 tháng 9 năm 2025

THÔNG BÁO
Kết quả thực hiện chỉ tiêu nộp hồ sơ trực tuyến
(từ ngày 08/9/2025 đến ngày 12/9/2025)

1. Toàn thành phố: tỷ lệ nộp hồ sơ trực tuyến đạt {P} ({X}/{Y} hồ sơ).
2. Khối sở, ban, ngành: đạt {P1} ({X1}/{Y1} hồ sơ); {K1}/19 đơn vị đạt chỉ tiêu giao.
3. Khối xã, phường: đạt {P2} ({X2}/{Y2} hồ sơ); {K2}/103 địa phương đạt chỉ tiêu. Thấp nhất là Phường Tân An và Phường Thới An Đông.

Đề nghị các đơn vị chưa đạt chỉ tiêu khẩn trương hướng dẫn người dân nộp hồ sơ qua Cổng Dịch vụ công quốc gia.

GIÁM ĐỐC
Trương Minh Khoa
"""
    ids = [("ratio", "P", ["X"], ["Y"]), ("ratio", "P1", ["X1"], ["Y1"]), ("ratio", "P2", ["X2"], ["Y2"]),
           ("sum", "X", ["X1", "X2"]), ("sum", "Y", ["Y1", "Y2"])]
    return Report("V07", "weekly_notice", "2025-09-15", "Thành phố Cần Thơ", f, text, ids,
                  slip=("Y1", "52.216", "double"), intent="det", units=["Phường Tân An", "Phường Thới An Đông"],
                  why="The departments' y is the y of their rate and a part of the city's y.")


@report
def V08():
    IT, S_ = 118402, 121016
    L = S_ - IT
    pv = pct(IT, S_)
    f = dict(
        H=P(pv, "resolved_on_time", "city"),
        R=C(126377, "received_total", "city"), S=C(S_, "resolved_total", "city"),
        PB=P(pv, "resolved_on_time", "city", num=["X"], den=["Y"]), X=X_(IT), Y=X_(S_),
        L=C(L, "resolved_late", "city"),
    )
    text = """Quảng Ngãi: {H} hồ sơ thủ tục hành chính được giải quyết đúng hạn

Theo báo cáo của Văn phòng UBND tỉnh Quảng Ngãi, trong quý IV năm 2025, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận {R} hồ sơ TTHC và giải quyết {S} hồ sơ.

Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt {PB} ({X}/{Y} hồ sơ), cao hơn 1,2 điểm phần trăm so với quý trước. Còn {L} hồ sơ giải quyết quá hạn, chủ yếu thuộc lĩnh vực đất đai ở một số xã mới sáp nhập như Xã Bình Sơn, Xã Tịnh Khê.

Lãnh đạo tỉnh yêu cầu các xã, phường công khai xin lỗi đối với từng hồ sơ trễ hạn.

Minh Thư
"""
    ids = [("same", "H", "PB"), ("ratio", "PB", ["X"], ["Y"]), ("same", "Y", "S"),
           ("bal2", ["X", "L"], ["S"])]
    return Report("V08", "news_article", "2025-12-29", "Tỉnh Quảng Ngãi", f, text, ids,
                  slip=("PB", "97,87%", "digit"), intent="det", units=["Xã Bình Sơn", "Xã Tịnh Khê"],
                  not_facts=[("1,2 điểm phần trăm", "change")],
                  why="The headline repeats the rate, and x/y beside it give it.")


@report
def V09():
    ON, OFF, CO = 18230, 6402, 517
    R = ON + OFF + CO
    E, O, L = 9866, 13877, 141
    S_ = E + O + L
    PO, PL = R - S_ - 38, 38
    PD = PO + PL
    f = dict(
        R=C(R, "received_total", "self"), ON=C(ON, "received_online", "self"), OFF=C(OFF, "received_offline", "self"),
        CO=C(CO, "received_carried_over", "self"),
        PON=P(pct(ON, ON + OFF), "online_submission", "self"),
        S=C(S_, "resolved_total", "self"), E=C(E, "resolved_early", "self"), O=C(O, "resolved_on_time", "self"),
        L=C(L, "resolved_late", "self"),
        PD=C(PD, "pending_total", "self"), PO=C(PO, "pending_on_time", "self"), PL=C(PL, "pending_late", "self"),
    )
    text = """ỦY BAN NHÂN DÂN
HUYỆN ĐẠI LỘC
Số: 219/BC-UBND                                  Đại Lộc, ngày 16 tháng 7 năm 2021

BÁO CÁO
Công tác kiểm soát thủ tục hành chính 6 tháng đầu năm 2021

1. Tiếp nhận hồ sơ
Tổng số hồ sơ tiếp nhận: {R} hồ sơ. Cụ thể:
+ Tiếp nhận trực tuyến: {ON} hồ sơ;
+ Tiếp nhận trực tiếp, qua bưu chính: {OFF} hồ sơ;
+ Kỳ trước chuyển qua: {CO} hồ sơ.
Tỷ lệ hồ sơ nộp trực tuyến (không tính hồ sơ kỳ trước chuyển qua): {PON}.

2. Kết quả giải quyết
+ Đã giải quyết: {S} hồ sơ (trước hạn: {E}; đúng hạn: {O}; quá hạn: {L}).
+ Đang giải quyết: {PD} hồ sơ (trong hạn: {PO}; quá hạn: {PL}).

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Võ Thành Nhân
"""
    ids = [("sum", "R", ["ON", "OFF", "CO"]), ("ratio", "PON", ["ON"], ["ON", "OFF"]),
           ("sum", "S", ["E", "O", "L"]), ("sum", "PD", ["PO", "PL"]), ("bal", "R", ["S", "PD"])]
    return Report("V09", "quarterly_report", "2021-07-16", "Tỉnh Quảng Nam", f, text, ids,
                  slip=("ON", "1.823", "drop"), intent="det", units=["Huyện Đại Lộc"],
                  why="The online count is a part of received and the numerator of the online rate.")


@report
def V10():
    IT, L = 1186, 14
    S_ = IT + L
    R = 1263
    f = dict(
        R=C(R, "received_total", "self"), S=C(S_, "resolved_total", "self"),
        IT=C(IT, "resolved_in_time", "self"), L=C(L, "resolved_late", "self"),
    )
    text = """UBND XÃ ĐỊNH CÔNG
BỘ PHẬN MỘT CỬA
Số: 09/BC-BPMC                                   Định Công, ngày 03 tháng 4 năm 2024

BÁO CÁO
Kết quả giải quyết TTHC quý I năm 2024

Quý I, Bộ phận Một cửa xã tiếp nhận {R} hồ sơ. Đến hết ngày 31/3/2024 đã giải quyết {S} hồ sơ, gồm {IT} hồ sơ trả đúng hẹn và {L} hồ sơ trễ hẹn (lĩnh vực chứng thực, hộ tịch).

Nguyên nhân trễ hẹn: công chức tư pháp - hộ tịch nghỉ ốm dài ngày; Bộ phận đã có phiếu xin lỗi gửi công dân.

NGƯỜI LẬP BÁO CÁO                 CHỦ TỊCH UBND XÃ
Lê Thị Hằng                           Trịnh Văn Quý
"""
    ids = [("sum", "S", ["IT", "L"])]
    return Report("V10", "commune_report", "2024-04-03", "Tỉnh Thanh Hóa", f, text, ids,
                  slip=("IT", "1.136", "digit"), intent="undet", units=["Xã Định Công"],
                  not_facts=[("31/3/2024", "date")],
                  why="Resolved is stated once with its two parts: the total, the in-time or the late figure could each be the slip.")


@report
def V11():
    rows = [("cấp tỉnh", "departments", 5120, 4988), ("cấp xã", "communes", 38611, 37954)]
    f = {}
    for i, (sc, subj, r, s) in enumerate(rows, 1):
        f[f"R{i}"] = C(r, "received_total", subj, sc)
        f[f"S{i}"] = C(s, "resolved_total", subj, sc)
        f[f"D{i}"] = C(r - s, "pending_total", subj, sc)
    R = sum(r for _, _, r, _ in rows)
    S_ = sum(s for _, _, _, s in rows)
    f["R"] = C(R, "received_total", "city")
    f["S"] = C(S_, "resolved_total", "city")
    f["D"] = C(R - S_, "pending_total", "city")
    text = """TỈNH LÀO CAI – HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC
Báo cáo thống kê theo cấp, tháng 7/2025 (số liệu đến 31/07/2025)

Cấp         | Tiếp nhận | Đã giải quyết | Đang giải quyết
Cấp tỉnh    | {R1}      | {S1}          | {D1}
Cấp xã      | {R2}      | {S2}          | {D2}
Tổng cộng   | {R}       | {S}           | {D}

Tỷ lệ cập nhật: dữ liệu đồng bộ lúc 06:00 hằng ngày.
"""
    ids = [("bal", "R1", ["S1", "D1"]), ("bal", "R2", ["S2", "D2"]), ("bal", "R", ["S", "D"]),
           ("sum", "R", ["R1", "R2"]), ("sum", "S", ["S1", "S2"]), ("sum", "D", ["D1", "D2"])]
    return Report("V11", "portal_stats", "2025-08-01", "Tỉnh Lào Cai", f, text, ids,
                  slip=("S2", "37.594", "swap"), intent="det",
                  not_facts=[("31/07/2025", "date")],
                  why="A cell of the table sits in its row's balance and its column's total.")


@report
def V12():
    parts = [("index_766_publicity", "16,40", 18), ("index_766_progress", "18,95", 20),
             ("index_766_online_service", "14,12", 22), ("index_766_satisfaction", "17,30", 18),
             ("index_766_digitization", "14,50", 22)]
    tot = sum(D(p.replace(",", ".")) for _, p, _ in parts)
    f = {"T": S(tot, "index_766_total", "city", 100), "RK": RK(12, 63, "city")}
    for i, (ind, p, m) in enumerate(parts, 1):
        f[f"C{i}"] = S(D(p.replace(",", ".")), ind, "city", m)
    f["T2"] = S(tot, "index_766_total", "city")
    text = """UBND TỈNH BÌNH PHƯỚC
VĂN PHÒNG
Số: 455/TB-VPUBND                               Bình Phước, ngày 21 tháng 10 năm 2024

THÔNG BÁO
Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (theo Quyết định số 766/QĐ-TTg) tuần 42 năm 2024

Theo Hệ thống đánh giá trên Cổng Dịch vụ công quốc gia, tỉnh Bình Phước đạt {T}/100 điểm, xếp thứ {RK}/63 tỉnh, thành phố. Điểm các nhóm chỉ số:
- Công khai, minh bạch: {C1}/18 điểm;
- Tiến độ, kết quả giải quyết: {C2}/20 điểm;
- Cung cấp dịch vụ trực tuyến: {C3}/22 điểm;
- Mức độ hài lòng: {C4}/18 điểm;
- Số hóa hồ sơ: {C5}/22 điểm.

Như vậy, với tổng điểm {T2} điểm, tỉnh giảm 2 bậc so với tuần trước; nhóm chỉ số số hóa hồ sơ còn thấp.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Đỗ Ngọc Hân
"""
    ids = [("score", "T", ["C1", "C2", "C3", "C4", "C5"]), ("same", "T", "T2")]
    return Report("V12", "weekly_notice", "2024-10-21", "Tỉnh Bình Phước", f, text, ids,
                  slip=("T", "81,72", "swap"), intent="det",
                  not_facts=[("giảm 2 bậc", "change")],
                  why="The total is the sum of the five groups and is repeated in the last paragraph.")


@report
def V13():
    IT, S_ = 28514, 28769
    L = S_ - IT
    f = dict(
        S=C(S_, "resolved_total", "self"),
        PIT=P(pct(IT, S_), "resolved_on_time", "self", num=["X"], den=["Y"]), X=X_(IT), Y=X_(S_),
        L=C(L, "resolved_late", "self"), PL=P(pct(L, S_), "resolved_late", "self", num=["L"], den=["S"]),
    )
    text = """BỘ TƯ PHÁP
Số: 1840/BC-BTP                                  Hà Nội, ngày 19 tháng 5 năm 2023

BÁO CÁO
Kết quả giải quyết thủ tục hành chính của Bộ Tư pháp tháng 4 năm 2023

Trong tháng, Bộ đã giải quyết {S} hồ sơ TTHC (lĩnh vực lý lịch tư pháp, quốc tịch, luật sư, công chứng, đấu giá tài sản).

Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn đạt {PIT} ({X}/{Y} hồ sơ). Số hồ sơ quá hạn là {L} hồ sơ, chiếm {PL}, chủ yếu do chờ kết quả xác minh của cơ quan công an.

Bộ trưởng yêu cầu Cục Hộ tịch, quốc tịch, chứng thực rà soát từng hồ sơ quá hạn, thực hiện xin lỗi theo quy định.

TL. BỘ TRƯỞNG
CHÁNH VĂN PHÒNG
Nguyễn Quang Hiếu
"""
    ids = [("ratio", "PIT", ["X"], ["Y"]), ("same", "Y", "S"), ("bal2", ["X", "L"], ["S"]),
           ("ratio", "PL", ["L"], ["S"]), ("comp", ["PIT", "PL"])]
    return Report("V13", "ministry_report", "2023-05-19", None, f, text, ids,
                  slip=("PIT", "9,911%", "separator"), intent="det",
                  why="The on-time rate is stated with its x/y, and it and the late share close 100%.")


@report
def V14():
    S_ = 24918
    f = dict(H=C(S_, "resolved_total", "city"), R=C(25640, "received_total", "city"),
             S=C(S_, "resolved_total", "city"))
    text = """Kiên Giang giải quyết {H} hồ sơ thủ tục hành chính trong quý III

Theo Văn phòng UBND tỉnh Kiên Giang, quý III năm 2020, các cơ quan hành chính ba cấp của tỉnh tiếp nhận {R} hồ sơ; đã giải quyết {S} hồ sơ, phần lớn trả kết quả trước hẹn.

Trung tâm Phục vụ hành chính công tỉnh cho biết sẽ mở thêm quầy hướng dẫn nộp hồ sơ trực tuyến tại Thành phố Rạch Giá và Thành phố Phú Quốc.

Thu Hà
"""
    ids = [("same", "H", "S")]
    return Report("V14", "news_article", "2020-10-06", "Tỉnh Kiên Giang", f, text, ids,
                  slip=("S", "24.198", "swap"), intent="undet",
                  units=["Thành phố Rạch Giá", "Thành phố Phú Quốc"],
                  why="The headline and the body state resolved once each and nothing else ties it: either may be the slip.")


@report
def V15():
    ON, OFF, CO = 3109, 412, 58
    R = ON + OFF + CO
    E, O, L, W = 1710, 1689, 4, 21
    S_ = E + O + L + W
    PD = R - S_
    f = dict(
        R=C(R, "received_total", "self"), ON=C(ON, "received_online", "self"), OFF=C(OFF, "received_offline", "self"),
        CO=C(CO, "received_carried_over", "self"),
        PON=P(pct(ON, ON + OFF, 2, trunc=True), "online_submission", "self", num=["X1"], den=["Y1"]),
        X1=X_(ON), Y1=X_(ON + OFF),
        S=C(S_, "resolved_total", "self"), E=C(E, "resolved_early", "self"), O=C(O, "resolved_on_time", "self"),
        L=C(L, "resolved_late", "self", fmt="z"), W=C(W, "resolved_withdrawn", "self"),
        PIT=P(pct(E + O, E + O + L), "resolved_on_time", "self"),
        PD=C(PD, "pending_total", "self"),
    )
    assert pct(ON, ON + OFF) != pct(ON, ON + OFF, 2, trunc=True)
    text = """UBND PHƯỜNG GIA SÀNG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 04/BC-TTPVHCC                              Gia Sàng, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý IV năm 2025

1. Tiếp nhận: tổng {R} hồ sơ, trong đó trực tuyến {ON}, trực tiếp {OFF}, tồn quý III chuyển sang {CO}.
Tỷ lệ nộp hồ sơ trực tuyến: {PON} ({X1}/{Y1}; không tính hồ sơ tồn chuyển sang).
2. Đã giải quyết {S} hồ sơ: trước hạn {E}, đúng hạn {O}, quá hạn {L}, công dân rút hồ sơ {W}.
Tỷ lệ giải quyết đúng hạn (không tính hồ sơ rút): {PIT}.
3. Đang giải quyết: {PD} hồ sơ, đều còn trong hạn.

GIÁM ĐỐC
Hà Minh Tuấn
"""
    ids = [("sum", "R", ["ON", "OFF", "CO"]), ("ratio", "PON", ["X1"], ["Y1"]), ("same", "X1", "ON"),
           ("sum", "Y1", ["ON", "OFF"]), ("sum", "S", ["E", "O", "L", "W"]),
           ("ratio", "PIT", ["E", "O"], ["E", "O", "L"]), ("bal", "R", ["S", "PD"])]
    return Report("V15", "commune_report", "2026-01-08", "Tỉnh Thái Nguyên", f, text, ids,
                  units=["Phường Gia Sàng"],
                  why="Clean: a truncated online rate (88,29% of 3.109/3.521, rounded 88,30%), carried-over "
                      "dossiers outside its denominator, an on-time rate without withdrawn dossiers.")


@report
def V16():
    lv = [("cấp tỉnh", "departments", 20316, 211), ("cấp huyện", "districts", 61480, 534),
          ("cấp xã", "communes", 88902, 97)]
    f = {}
    for i, (sc, subj, it, l) in enumerate(lv, 1):
        f[f"S{i}"] = C(it + l, "resolved_total", subj, sc)
        f[f"IT{i}"] = C(it, "resolved_in_time", subj, sc)
        f[f"L{i}"] = C(l, "resolved_late", subj, sc)
    IT = sum(x[2] for x in lv)
    L = sum(x[3] for x in lv)
    f["S"] = C(IT + L, "resolved_total", "city")
    f["IT"] = C(IT, "resolved_in_time", "city")
    f["L"] = C(L, "resolved_late", "city")
    text = """UBND TỈNH HÒA BÌNH
Số: 233/BC-UBND                                  Hòa Bình, ngày 18 tháng 12 năm 2019

BÁO CÁO
Kết quả thực hiện cơ chế một cửa, một cửa liên thông năm 2019

Tổng số hồ sơ đã giải quyết trên địa bàn tỉnh: {S} hồ sơ; trong đó đúng hạn {IT}, quá hạn {L}.
Phân theo cấp:
a) Cấp tỉnh: giải quyết {S1} hồ sơ (đúng hạn {IT1}; quá hạn {L1}).
b) Cấp huyện: giải quyết {S2} hồ sơ (đúng hạn {IT2}; quá hạn {L2}).
c) Cấp xã: giải quyết {S3} hồ sơ (đúng hạn {IT3}; quá hạn {L3}).

Các huyện có nhiều hồ sơ quá hạn: Huyện Lạc Sơn, Huyện Kim Bôi.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Bùi Văn Khánh
"""
    ids = [("sum", "S", ["IT", "L"]), ("sum", "S1", ["IT1", "L1"]), ("sum", "S2", ["IT2", "L2"]),
           ("sum", "S3", ["IT3", "L3"]), ("sum", "S", ["S1", "S2", "S3"]), ("sum", "IT", ["IT1", "IT2", "IT3"]),
           ("sum", "L", ["L1", "L2", "L3"])]
    return Report("V16", "quarterly_report", "2019-12-18", "Tỉnh Hòa Bình", f, text, ids,
                  slip=("L3", "534", "copy"), intent="det", units=["Huyện Lạc Sơn", "Huyện Kim Bôi"],
                  why="The communes' late figure was typed as the districts' of the line above; the level's total and the province's late total both fix it.")


@report
def V17():
    ds = [("Thành phố Phan Rang - Tháp Chàm", 4816), ("Huyện Bác Ái", 611), ("Huyện Ninh Sơn", 1723),
          ("Huyện Ninh Hải", 1902), ("Huyện Ninh Phước", 2245), ("Huyện Thuận Bắc", 874), ("Huyện Thuận Nam", 1137)]
    f = {}
    lines = []
    for i, (n, v) in enumerate(ds, 1):
        f[f"D{i}"] = C(v, "received_total", "unit:" + n, fmt="i")
        lines.append(f"{i}. {n}: {{D{i}}}")
    f["T"] = C(sum(v for _, v in ds), "received_total", "districts", fmt="i")
    text = """CỔNG DỊCH VỤ CÔNG TỈNH NINH THUẬN
Thống kê hồ sơ tiếp nhận cấp huyện – tháng 10/2023

""" + "\n".join(lines) + """
Tổng cộng cấp huyện: {T}

Nguồn: Hệ thống một cửa điện tử tỉnh.
"""
    ids = [("sum", "T", [f"D{i}" for i in range(1, 8)])]
    return Report("V17", "portal_stats", "2023-11-02", "Tỉnh Ninh Thuận", f, text, ids,
                  slip=("D4", "19902", "double"), intent="undet", units=[n for n, _ in ds],
                  why="One sum and nothing else: the slipped district figure and the total each restore it (no other district can absorb the difference).")


@report
def V18():
    R, ON = 9421, 8030
    f = dict(
        R=C(R, "received_total", "city"), ON=C(ON, "received_online", "city"),
        P=P(pct(ON, R), "online_submission", "city", num=["X"], den=["Y"]), X=X_(ON), Y=X_(R),
        PP=P("76.4", "online_payment", "city"),
    )
    text = """UBND TỈNH HÀ TĨNH
VĂN PHÒNG
Số: 291/TB-VP                                   Hà Tĩnh, ngày 10 tháng 11 năm 2025

THÔNG BÁO
Tình hình giải quyết TTHC tuần 45 năm 2025 (từ 03/11/2025 đến 07/11/2025)

I. SỐ LIỆU CHUNG
Trong tuần, toàn tỉnh tiếp nhận {R} hồ sơ, trong đó {ON} hồ sơ nộp trực tuyến.

II. CÁC CHỈ TIÊU
1. Tỷ lệ nộp hồ sơ trực tuyến: {P} ({X}/{Y}).
2. Tỷ lệ thanh toán trực tuyến: {PP}.

Đề nghị các xã có tỷ lệ thấp như Xã Kỳ Xuân, Xã Cẩm Duệ tăng cường hướng dẫn người dân.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Phan Thị Lụa
"""
    ids = [("ratio", "P", ["X"], ["Y"]), ("same", "X", "ON"), ("same", "Y", "R")]
    return Report("V18", "weekly_notice", "2025-11-10", "Tỉnh Hà Tĩnh", f, text, ids,
                  slip=("P", "8,524%", "separator"), intent="det", units=["Xã Kỳ Xuân", "Xã Cẩm Duệ"],
                  not_facts=[("03/11/2025", "date")],
                  why="x and y repeat the counts of section I, so only the percentage can move.")


@report
def V19():
    parts = [("index_766_publicity", "17,12", 18), ("index_766_progress", "19,40", 20),
             ("index_766_online_service", "18,65", 22), ("index_766_satisfaction", "17,71", 18),
             ("index_766_digitization", "16,03", 22)]
    tot = sum(D(p.replace(",", ".")) for _, p, _ in parts)
    IT, S_ = 301871, 302615
    f = {"T": S(tot, "index_766_total", "self", 100)}
    for i, (ind, p, m) in enumerate(parts, 1):
        f[f"C{i}"] = S(D(p.replace(",", ".")), ind, "self", m)
    f["PIT"] = P(pct(IT, S_, 1, trunc=True), "resolved_on_time", "self", num=["X"], den=["Y"])
    f["X"] = X_(IT)
    f["Y"] = X_(S_)
    assert pct(IT, S_, 1) != pct(IT, S_, 1, trunc=True)
    text = """BỘ XÂY DỰNG
Số: 932/BC-BXD                                   Hà Nội, ngày 14 tháng 10 năm 2025

BÁO CÁO
Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp quý III năm 2025

1. Điểm Bộ chỉ số của Bộ Xây dựng: {T}/100 điểm, gồm:
   - Công khai, minh bạch: {C1} điểm (tối đa 18);
   - Tiến độ, kết quả giải quyết: {C2} điểm (tối đa 20);
   - Cung cấp dịch vụ trực tuyến: {C3} điểm (tối đa 22);
   - Mức độ hài lòng: {C4} điểm (tối đa 18);
   - Số hóa hồ sơ: {C5} điểm (tối đa 22).
2. Tỷ lệ hồ sơ giải quyết đúng hạn của các cục, vụ thuộc Bộ: {PIT} ({X}/{Y} hồ sơ).

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Lương Đức Toàn
"""
    ids = [("score", "T", ["C1", "C2", "C3", "C4", "C5"]), ("ratio", "PIT", ["X"], ["Y"])]
    return Report("V19", "ministry_report", "2025-10-14", None, f, text, ids,
                  not_facts=[("tối đa 18", "maximum"), ("tối đa 20", "maximum"), ("tối đa 22", "maximum")],
                  why="Clean: a 766 table with maxima beside the points; a truncated one-decimal rate (99,7% of 301.871/302.615, rounded 99,8%).")


@report
def V20():
    ON, OFF = 61205, 18337
    R = ON + OFF
    IT, L = 76118, 902
    f = dict(
        H=C(R, "received_total", "city"),
        R=C(R, "received_total", "city"), ON=C(ON, "received_online", "city"),
        PON=P(pct(ON, R), "received_online_share", "city", num=["ON"], den=["R"]),
        S=C(IT + L, "resolved_total", "city"), IT=C(IT, "resolved_in_time", "city"), L=C(L, "resolved_late", "city"),
        PIT=P(pct(IT, IT + L), "resolved_on_time", "city", num=["IT"], den=["S"]),
        PL=P(pct(L, IT + L), "resolved_late", "city", num=["L"], den=["S"]),
    )
    assert pct(IT, IT + L) + pct(L, IT + L) == 100
    text = """Gia Lai tiếp nhận {H} hồ sơ sau gần hai tháng vận hành chính quyền hai cấp

Từ ngày 01/7 đến 20/8/2025, các cơ quan, đơn vị trên địa bàn tỉnh Gia Lai đã tiếp nhận tổng cộng {R} hồ sơ thủ tục hành chính. Trong đó, có {ON} hồ sơ được nộp trực tuyến, chiếm {PON}.

Số hồ sơ đã giải quyết là {S}, gồm {IT} hồ sơ đúng và trước hạn ({PIT}) và {L} hồ sơ quá hạn ({PL}). Theo Trung tâm Phục vụ hành chính công tỉnh, nhiều xã, phường mới như Phường Quy Nhơn Đông, Xã An Nhơn Tây đã bố trí công chức trực hướng dẫn vào cả ngày thứ Bảy.

Ngọc Lan
"""
    ids = [("same", "H", "R"), ("ratio", "PON", ["ON"], ["R"]), ("sum", "S", ["IT", "L"]),
           ("ratio", "PIT", ["IT"], ["S"]), ("ratio", "PL", ["L"], ["S"]), ("comp", ["PIT", "PL"])]
    return Report("V20", "news_article", "2025-08-22", "Tỉnh Gia Lai", f, text, ids,
                  units=["Phường Quy Nhơn Đông", "Xã An Nhơn Tây"],
                  not_facts=[("01/7", "date")],
                  why="Clean: the headline repeats the received total; shares and complements hold.")


@report
def V21():
    lv = [("cấp tỉnh", "departments", 14203, 16), ("cấp huyện", "districts", 55987, 420), ("cấp xã", "communes", 96114, 58)]
    f = {}
    for i, (sc, subj, it, l) in enumerate(lv, 1):
        f[f"S{i}"] = C(it + l, "resolved_total", subj, sc)
        f[f"IT{i}"] = C(it, "resolved_in_time", subj, sc)
        f[f"P{i}"] = P(pct(it, it + l), "resolved_on_time", subj, sc, [f"IT{i}"], [f"S{i}"])
    IT = sum(x[2] for x in lv)
    S_ = IT + sum(x[3] for x in lv)
    f = dict(S=C(S_, "resolved_total", "city"), IT=C(IT, "resolved_in_time", "city"),
             P=P(pct(IT, S_), "resolved_on_time", "city", num=["IT"], den=["S"]), **f)
    text = """ỦY BAN NHÂN DÂN
TỈNH KIÊN GIANG
Số: 517/BC-UBND                                 Kiên Giang, ngày 13 tháng 12 năm 2024

BÁO CÁO
Công tác cải cách thủ tục hành chính năm 2024

Năm 2024, toàn tỉnh đã giải quyết {S} hồ sơ, trong đó {IT} hồ sơ đúng hạn và trước hạn, đạt tỷ lệ {P} (chỉ tiêu Nghị quyết của Tỉnh ủy: trên 98%). Kết quả từng cấp như sau:
- Các sở, ban, ngành giải quyết {S1} hồ sơ, đúng và trước hạn {IT1} hồ sơ (đạt {P1});
- UBND cấp huyện giải quyết {S2} hồ sơ, đúng và trước hạn {IT2} hồ sơ (đạt {P2});
- UBND cấp xã giải quyết {S3} hồ sơ, đúng và trước hạn {IT3} hồ sơ (đạt {P3}).

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Minh Thành
"""
    ids = [("ratio", "P", ["IT"], ["S"]), ("sum", "S", ["S1", "S2", "S3"]), ("sum", "IT", ["IT1", "IT2", "IT3"])]
    ids += [("ratio", f"P{i}", [f"IT{i}"], [f"S{i}"]) for i in (1, 2, 3)]
    return Report("V21", "quarterly_report", "2024-12-13", "Tỉnh Kiên Giang", f, text, ids,
                  slip=("IT2", "55.287", "digit"), intent="det", not_facts=[("trên 98%", "target")],
                  why="The districts' in-time count is the x of their rate and a part of the province's in-time total.")


@report
def V22():
    fields = [("Hộ tịch", 412), ("Chứng thực", 688), ("Đất đai", 139), ("Bảo trợ xã hội", 57), ("Lĩnh vực khác", 66)]
    T = sum(v for _, v in fields)
    f = {"H": C(T, "received_total", "self")}
    lines = []
    for i, (n, v) in enumerate(fields, 1):
        f[f"F{i}"] = X_(v)
        lines.append(f"- {n}: {{F{i}}} hồ sơ;")
    f["T"] = C(T, "received_total", "self")
    f["S"] = C(1329, "resolved_total", "self")
    text = """UBND XÃ MƯỜNG PHĂNG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 11/BC-TTPVHCC                              Mường Phăng, ngày 02 tháng 3 năm 2026

BÁO CÁO
Kết quả tiếp nhận hồ sơ TTHC tháng 02 năm 2026

Trong tháng 02/2026, Trung tâm tiếp nhận {H} hồ sơ. Chia theo lĩnh vực:
""" + "\n".join(lines) + """
Cộng: {T} hồ sơ. Đã trả kết quả {S} hồ sơ; số còn lại đang trong hạn giải quyết.

GIÁM ĐỐC
Lò Văn Chiến
"""
    ids = [("sum", "T", [f"F{i}" for i in range(1, 6)]), ("same", "H", "T")]
    return Report("V22", "commune_report", "2026-03-02", "Tỉnh Điện Biên", f, text, ids,
                  slip=("F3", "688", "copy"), intent="undet", units=["Xã Mường Phăng"],
                  why="The field counts are stated once, with their total: the copied figure and the one it was copied from each restore the sum, so the text cannot tell which of the two slipped.")


@report
def V23():
    R, S_ = 40318, 39207
    PD = R - S_
    IT = 38850
    L = S_ - IT
    f = dict(
        R=C(R, "received_total", "districts", "cấp huyện"), S=C(S_, "resolved_total", "districts", "cấp huyện"),
        IT=C(IT, "resolved_in_time", "districts", "cấp huyện"), L=C(L, "resolved_late", "districts", "cấp huyện"),
        PD=C(PD, "pending_total", "districts", "cấp huyện"),
    )
    text = """Bắc Kạn: cấp huyện còn {L} hồ sơ giải quyết quá hạn

Báo cáo quý I/2023 của UBND tỉnh Bắc Kạn cho thấy, UBND 8 huyện, thành phố đã tiếp nhận {R} hồ sơ TTHC. Trong số {S} hồ sơ đã giải quyết, có {IT} hồ sơ đúng hạn; số hồ sơ đang giải quyết chuyển sang quý II là {PD} hồ sơ.

Huyện Chợ Đồn và Huyện Na Rì là hai địa phương có nhiều hồ sơ quá hạn nhất, chủ yếu trong lĩnh vực đất đai.

Bảo Anh
"""
    ids = [("bal", "R", ["S", "PD"]), ("sum", "S", ["IT", "L"])]
    return Report("V23", "news_article", "2023-04-12", "Tỉnh Bắc Kạn", f, text, ids,
                  slip=("S", "3.927", "drop"), intent="det", units=["Huyện Chợ Đồn", "Huyện Na Rì"],
                  not_facts=[("8 huyện", "count_of_things")],
                  why="Resolved closes both the balance with received and pending and the sum of in-time and late.")


@report
def V24():
    rows = [("Mức độ 2", 41208, 40115, 22419, 17102, 594), ("Mức độ 3", 9877, 9640, 6102, 3479, 59),
            ("Mức độ 4", 3106, 3091, 2270, 811, 10)]
    f = {}
    lines = []
    for i, (lvl, t, s, e, o, l) in enumerate(rows, 1):
        assert e + o + l == s
        for k, v, ind in (("T", t, "received_total"), ("S", s, "resolved_total"), ("E", e, "resolved_early"),
                          ("O", o, "resolved_on_time"), ("L", l, "resolved_late")):
            f[f"{k}{i}"] = C(v, ind, "city", lvl, fmt="i")
        f[f"PL{i}"] = P(pct(l, s, 1), "resolved_late", "city", lvl, [f"L{i}"], [f"S{i}"], fmt="p")
        lines.append(f"{lvl}   {{T{i}}}   {{S{i}}}   {{E{i}}}   {{O{i}}}   {{L{i}}} ({{PL{i}}})")
    text = """HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH HÀ NAM
Kết quả giải quyết TTHC 6 tháng đầu năm 2024 (theo mức độ dịch vụ)

Mức độ      Tổng   Đã xử lý   Trước hạn   Đúng hạn   Trễ hạn (%)
""" + "\n".join(lines) + """

Tỷ lệ trễ hạn tính trên số hồ sơ đã xử lý.
"""
    ids = []
    for i in (1, 2, 3):
        ids += [("sum", f"S{i}", [f"E{i}", f"O{i}", f"L{i}"]), ("ratio", f"PL{i}", [f"L{i}"], [f"S{i}"])]
    return Report("V24", "portal_stats", "2024-07-02", "Tỉnh Hà Nam", f, text, ids,
                  why="Clean: a table by service level with bare integers; pending (Tổng − Đã xử lý) is not stated.")


@report
def V25():
    f = dict(PIT=P("97.25", "resolved_on_time", "national"), PL=P("2.75", "resolved_late", "national"),
             PON=P("48.61", "online_submission", "national"))
    text = """VĂN PHÒNG CHÍNH PHỦ
CỤC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH
Số: 388/BC-KSTT                                 Hà Nội, ngày 11 tháng 11 năm 2024

BÁO CÁO
Tình hình giải quyết thủ tục hành chính tháng 10 năm 2024 (số liệu tổng hợp trên Cổng Dịch vụ công quốc gia)

1. Tỷ lệ hồ sơ giải quyết đúng hạn của các bộ, ngành, địa phương: {PIT}; tỷ lệ hồ sơ quá hạn: {PL}.
2. Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận: {PON}.

Cục đề nghị các bộ, ngành, địa phương có tỷ lệ hồ sơ quá hạn cao rà soát nguyên nhân, báo cáo trước ngày 20/11/2024.

CỤC TRƯỞNG
Ngô Hải Phan
"""
    ids = [("comp", ["PIT", "PL"])]
    return Report("V25", "ministry_report", "2024-11-11", None, f, text, ids,
                  slip=("PL", "27,5%", "separator"), intent="undet",
                  not_facts=[("20/11/2024", "date")],
                  why="Two shares without counts: either the on-time or the late share can close 100%.")


@report
def V26():
    x1, y1 = 2890, 4411
    x2, y2 = 7315, 13920
    x3, y3 = 5508, 12206
    f = dict(
        P1=P(pct(x1, y1, 1), "online_submission", "departments", "cấp tỉnh", ["X1"], ["Y1"]), X1=X_(x1), Y1=X_(y1),
        P2=P(pct(x2, y2, 1), "online_submission", "districts", "cấp huyện", ["X2"], ["Y2"]), X2=X_(x2), Y2=X_(y2),
        P3=P(pct(x3, y3, 1), "online_submission", "communes", "cấp xã", ["X3"], ["Y3"]), X3=X_(x3), Y3=X_(y3),
        P=P(pct(x1 + x2 + x3, y1 + y2 + y3, 1), "online_submission", "city", num=["X"], den=["Y"]),
        X=X_(x1 + x2 + x3), Y=X_(y1 + y2 + y3),
    )
    text = """UBND TỈNH SÓC TRĂNG
VĂN PHÒNG
Số: 61/TB-VP                                    Sóc Trăng, ngày 09 tháng 3 năm 2020

THÔNG BÁO
Tỷ lệ hồ sơ nộp trực tuyến tháng 02 năm 2020

+ Sở, ban, ngành tỉnh: {P1} ({X1}/{Y1} hồ sơ);
+ UBND huyện, thị xã, thành phố: {P2} ({X2}/{Y2} hồ sơ);
+ UBND xã, phường, thị trấn: {P3} ({X3}/{Y3} hồ sơ).
Chung toàn tỉnh: {P} ({X}/{Y} hồ sơ).

Thị xã Vĩnh Châu và Huyện Cù Lao Dung có tỷ lệ thấp nhất cấp huyện.

CHÁNH VĂN PHÒNG
Lý Thị Mỹ Duyên
"""
    ids = [("ratio", f"P{i}", [f"X{i}"], [f"Y{i}"]) for i in (1, 2, 3)] + [
        ("ratio", "P", ["X"], ["Y"]), ("sum", "X", ["X1", "X2", "X3"]), ("sum", "Y", ["Y1", "Y2", "Y3"])]
    return Report("V26", "weekly_notice", "2020-03-09", "Tỉnh Sóc Trăng", f, text, ids,
                  units=["Thị xã Vĩnh Châu", "Huyện Cù Lao Dung"],
                  why="Clean: x/y after every rate per level and in total.")


@report
def V27():
    ON, OFF = 11382, 7045
    R = ON + OFF
    E, O, L = 6120, 11374, 312
    S_ = E + O + L
    PD = R - S_
    f = dict(
        R=C(R, "received_total", "city"), ON=C(ON, "received_online", "city"), OFF=C(OFF, "received_offline", "city"),
        S=C(S_, "resolved_total", "city"), E=C(E, "resolved_early", "city"), O=C(O, "resolved_on_time", "city"),
        L=C(L, "resolved_late", "city"), PD=C(PD, "pending_total", "city"),
    )
    text = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 1708/BC-UBND                                 Hà Nam, ngày 14 tháng 7 năm 2022

BÁO CÁO
Kết quả thực hiện cơ chế một cửa, một cửa liên thông 6 tháng đầu năm 2022

- Số hồ sơ tiếp nhận: {R} hồ sơ (trực tuyến: {ON}; trực tiếp, bưu chính: {OFF}).
- Số hồ sơ đã giải quyết: {S} hồ sơ, trong đó:
  + Trước hạn: {E} hồ sơ;
  + Đúng hạn: {O} hồ sơ;
  + Quá hạn: {L} hồ sơ.
- Số hồ sơ đang giải quyết: {PD} hồ sơ.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Quốc Huy
"""
    ids = [("sum", "R", ["ON", "OFF"]), ("sum", "S", ["E", "O", "L"]), ("bal", "R", ["S", "PD"])]
    return Report("V27", "quarterly_report", "2022-07-14", "Tỉnh Hà Nam", f, text, ids,
                  slip=("O", "11.382", "copy"), intent="undet",
                  why="The on-time count took the online count of the lines above; resolved is fixed by the balance, "
                      "but early, on time and late are tied only by their sum, so any of the three restores it.")


@report
def V28():
    ON, OFF = 97, 311
    R = ON + OFF
    IT, L = 389, 3
    S_ = IT + L
    PD = R - S_
    f = dict(
        R=C(R, "received_total", "self"), ON=C(ON, "received_online", "self"), OFF=C(OFF, "received_offline", "self"),
        S=C(S_, "resolved_total", "self"), IT=C(IT, "resolved_in_time", "self"), L=C(L, "resolved_late", "self", fmt="z"),
        PD=C(PD, "pending_total", "self"),
        PIT=P(pct(IT, S_), "resolved_on_time", "self", num=["IT"], den=["S"]),
    )
    text = """ỦY BAN NHÂN DÂN XÃ THANH NGUYÊN
Số: 03/BC-UBND                                   Thanh Nguyên, ngày 05 tháng 01 năm 2023

BÁO CÁO
Kết quả giải quyết TTHC tại Bộ phận Một cửa xã tháng 12 năm 2022

Tổng hồ sơ tiếp nhận: {R}; trong đó nộp trực tuyến {ON}, nộp trực tiếp {OFF}.
Đã giải quyết: {S}; trong đó đúng hạn {IT}, quá hạn {L}. Tỷ lệ đúng hạn: {PIT}.
Đang giải quyết: {PD} hồ sơ.

CHỦ TỊCH
Đinh Văn Hòa
"""
    ids = [("sum", "R", ["ON", "OFF"]), ("sum", "S", ["IT", "L"]), ("bal", "R", ["S", "PD"]),
           ("ratio", "PIT", ["IT"], ["S"])]
    return Report("V28", "commune_report", "2023-01-05", "Tỉnh Hà Nam", f, text, ids,
                  slip=("S", "408", "copy"), intent="det", units=["Xã Thanh Nguyên"],
                  why="Resolved took the received total of the line above; its parts, the balance and the rate fix it.")


@report
def V29():
    ON, OFF, CO = 52814, 9307, 1466
    R = ON + OFF + CO
    f = dict(
        R=C(R, "received_total", "city"), CO=C(CO, "received_carried_over", "city"),
        ON=C(ON, "received_online", "city"), OFF=C(OFF, "received_offline", "city"),
        PON=P(pct(ON, ON + OFF), "online_submission", "city"),
    )
    assert pct(ON, ON + OFF) + pct(OFF, ON + OFF) == 100
    f["POFF"] = P(pct(OFF, ON + OFF), "other", "city")
    f["H"] = P(pct(ON, ON + OFF), "online_submission", "city")
    text = """Ninh Bình: tỷ lệ hồ sơ nộp trực tuyến đạt {H} trong tháng đầu năm 2026

Tháng 01/2026, các cơ quan hành chính tỉnh Ninh Bình tiếp nhận {R} hồ sơ, kể cả {CO} hồ sơ từ tháng 12/2025 chuyển sang. Trong số hồ sơ mới, {ON} hồ sơ được nộp trực tuyến và {OFF} hồ sơ nộp trực tiếp; tỷ lệ nộp trực tuyến đạt {PON}, phần nộp trực tiếp còn {POFF}.

Tại Xã Gia Viễn và Xã Nho Quan, điểm hỗ trợ dịch vụ công do đoàn thanh niên đảm nhận đã giúp hàng trăm người cao tuổi nộp hồ sơ qua điện thoại.

Hoàng Yến
"""
    ids = [("same", "H", "PON"), ("sum", "R", ["ON", "OFF", "CO"]), ("ratio", "PON", ["ON"], ["ON", "OFF"]),
           ("ratio", "POFF", ["OFF"], ["ON", "OFF"]), ("comp", ["PON", "POFF"])]
    return Report("V29", "news_article", "2026-02-09", "Tỉnh Ninh Bình", f, text, ids,
                  slip=("OFF", "9.037", "swap"), intent="det", units=["Xã Gia Viễn", "Xã Nho Quan"],
                  why="The offline count is a part of received and sits in both shares; the shares close 100%.")


@report
def V30():
    rows = [("Sở, ban, ngành", "departments", 6604, 6212), ("Xã, phường", "communes", 29115, 27830)]
    f = {}
    lines = []
    for i, (lbl, subj, r, on) in enumerate(rows, 1):
        f[f"R{i}"] = C(r, "received_total", subj, fmt="i")
        f[f"N{i}"] = C(on, "received_online", subj, fmt="i")
        f[f"P{i}"] = P(pct(on, r, 1), "received_online_share", subj, None, [f"N{i}"], [f"R{i}"], fmt="pd")
        lines.append(f"{lbl} | Tiếp nhận: {{R{i}}} | Trực tuyến: {{N{i}}} | Tỷ lệ: {{P{i}}}")
    R = sum(x[2] for x in rows)
    N = sum(x[3] for x in rows)
    f["R"] = C(R, "received_total", "city", fmt="i")
    f["N"] = C(N, "received_online", "city", fmt="i")
    f["P"] = P(pct(N, R, 1), "received_online_share", "city", None, ["N"], ["R"], fmt="pd")
    text = """DỊCH VỤ CÔNG TỈNH BẮC NINH – THỐNG KÊ THÁNG 9/2025
(dữ liệu chốt ngày 30/09/2025)

""" + "\n".join(lines) + """
Toàn tỉnh | Tiếp nhận: {R} | Trực tuyến: {N} | Tỷ lệ: {P}
"""
    ids = [("ratio", f"P{i}", [f"N{i}"], [f"R{i}"]) for i in (1, 2)] + [
        ("ratio", "P", ["N"], ["R"]), ("sum", "R", ["R1", "R2"]), ("sum", "N", ["N1", "N2"])]
    return Report("V30", "portal_stats", "2025-10-01", "Tỉnh Bắc Ninh", f, text, ids,
                  slip=("N2", "27880", "digit"), intent="det",
                  not_facts=[("30/09/2025", "date")],
                  why="The communes' online count is the x of their share and a part of the province's online count.")


@report
def V31():
    FN, FC = 214, 19
    FR, FP = 220, 13
    R, S_ = 33405, 32118
    f = dict(
        R=C(R, "received_total", "self"), S=C(S_, "resolved_total", "self"), PD=C(R - S_, "pending_total", "self"),
        FT=C(FN + FC, "feedback_total", "self"), FN=C(FN, "feedback_new", "self"), FC=C(FC, "feedback_carried_over", "self"),
        FR=C(FR, "feedback_resolved", "self"), FP=C(FP, "feedback_pending", "self"),
        PF=P(pct(FR, FN + FC), "feedback_handled", "self", num=["FR"], den=["FT"]),
    )
    text = """BỘ TÀI CHÍNH
Số: 12077/BC-BTC                                 Hà Nội, ngày 25 tháng 10 năm 2021

BÁO CÁO
Tình hình thực hiện công tác kiểm soát TTHC quý III năm 2021

I. GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
Các đơn vị thuộc Bộ tiếp nhận {R} hồ sơ; đã giải quyết {S} hồ sơ; đang giải quyết {PD} hồ sơ.

II. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ
Tổng số phản ánh, kiến nghị phải xử lý: {FT} (tiếp nhận mới {FN}; kỳ trước chuyển sang {FC}).
Kết quả: đã xử lý {FR} phản ánh, kiến nghị, đạt {PF}; đang xử lý {FP}.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Vũ Minh Đức
"""
    ids = [("bal", "R", ["S", "PD"]), ("sum", "FT", ["FN", "FC"]), ("bal", "FT", ["FR", "FP"]),
           ("ratio", "PF", ["FR"], ["FT"])]
    return Report("V31", "ministry_report", "2021-10-25", None, f, text, ids,
                  slip=("FN", "2.114", "double"), intent="det",
                  why="New feedback is a part of the total, and the total is also resolved + pending and the rate's y; the carried-over count cannot take the difference (it would be negative).")


@report
def V32():
    lv = [("cấp tỉnh", "departments", 9214, 8807, 31), ("cấp huyện", "districts", 30482, 29515, 166),
          ("cấp xã", "communes", 60390, 60218, 12)]
    f = {}
    parts = []
    for i, (sc, subj, s, it, l) in enumerate(lv, 1):
        rest = s - it - l     # rejected / withdrawn: in resolved, outside the on-time rate's denominator
        f[f"S{i}"] = C(s, "resolved_total", subj, sc)
        f[f"IT{i}"] = C(it, "resolved_in_time", subj, sc)
        f[f"L{i}"] = C(l, "resolved_late", subj, sc)
        f[f"W{i}"] = C(rest, "resolved_withdrawn", subj, sc)
        f[f"P{i}"] = P(pct(it, it + l, 2, trunc=True), "resolved_on_time", subj, sc)
        parts.append(i)
    S_ = sum(x[2] for x in lv)
    f = dict(S=C(S_, "resolved_total", "city"), **f)
    text = """UBND TỈNH TRÀ VINH
Số: 188/BC-UBND                                  Trà Vinh, ngày 21 tháng 10 năm 2019

BÁO CÁO
Kết quả giải quyết TTHC quý III năm 2019

Toàn tỉnh đã giải quyết {S} hồ sơ. Tỷ lệ đúng hạn dưới đây tính trên số hồ sơ đã giải quyết, không kể hồ sơ trả lại, rút:
1. Cấp tỉnh: {S1} hồ sơ; đúng hạn {IT1}, quá hạn {L1}, trả lại/rút {W1}; tỷ lệ đúng hạn {P1}.
2. Cấp huyện: {S2} hồ sơ; đúng hạn {IT2}, quá hạn {L2}, trả lại/rút {W2}; tỷ lệ đúng hạn {P2}.
3. Cấp xã: {S3} hồ sơ; đúng hạn {IT3}, quá hạn {L3}, trả lại/rút {W3}; tỷ lệ đúng hạn {P3}.

Huyện Cầu Ngang và Huyện Trà Cú còn nhiều hồ sơ quá hạn ở lĩnh vực đất đai.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Kim Ngọc Thái
"""
    ids = [("sum", "S", ["S1", "S2", "S3"])]
    for i in (1, 2, 3):
        ids += [("sum", f"S{i}", [f"IT{i}", f"L{i}", f"W{i}"]), ("ratio", f"P{i}", [f"IT{i}"], [f"IT{i}", f"L{i}"])]
    return Report("V32", "quarterly_report", "2019-10-21", "Tỉnh Trà Vinh", f, text, ids,
                  units=["Huyện Cầu Ngang", "Huyện Trà Cú"],
                  why="Clean: on-time rates over resolved without returned/withdrawn dossiers; the provincial level truncates (99,64% of 8.807/8.838, rounded 99,65%).")


@report
def V33():
    ON, OFF, CO = 286, 540, 17
    R = ON + OFF + CO
    E, O, L, RJ = 402, 391, 5, 9
    S_ = E + O + L + RJ
    PD = R - S_
    f = dict(
        R=C(R, "received_total", "self"), ON=C(ON, "received_online", "self"), OFF=C(OFF, "received_offline", "self"),
        CO=C(CO, "received_carried_over", "self"),
        S=C(S_, "resolved_total", "self"), E=C(E, "resolved_early", "self"), O=C(O, "resolved_on_time", "self"),
        L=C(L, "resolved_late", "self", fmt="z"), RJ=C(RJ, "resolved_rejected", "self", fmt="z"),
        PD=C(PD, "pending_total", "self"),
        PON=P(pct(ON, ON + OFF, 1), "online_submission", "self"),
        PIT=P(pct(E + O, S_), "resolved_on_time", "self"),
    )
    text = """UBND XÃ MỸ LONG BẮC
BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ
Số: 14/BC-UBND                                   Mỹ Long Bắc, ngày 04 tháng 4 năm 2022

BÁO CÁO
Tình hình giải quyết TTHC quý I năm 2022

a) Tiếp nhận: {R} hồ sơ (trực tuyến {ON}; trực tiếp {OFF}; quý trước chuyển sang {CO}). Tỷ lệ nộp trực tuyến {PON}.
b) Đã giải quyết: {S} hồ sơ, trong đó trước hạn {E}, đúng hạn {O}, quá hạn {L}, trả lại hồ sơ không đủ điều kiện {RJ}.
   Tỷ lệ trước hạn, đúng hạn trên tổng số đã giải quyết: {PIT}.
c) Đang giải quyết: {PD} hồ sơ.

CHỦ TỊCH
Thạch Sa Rên
"""
    ids = [("sum", "R", ["ON", "OFF", "CO"]), ("ratio", "PON", ["ON"], ["ON", "OFF"]),
           ("sum", "S", ["E", "O", "L", "RJ"]), ("ratio", "PIT", ["E", "O"], ["S"]), ("bal", "R", ["S", "PD"])]
    return Report("V33", "commune_report", "2022-04-04", "Tỉnh Trà Vinh", f, text, ids,
                  units=["Xã Mỹ Long Bắc"],
                  why="Clean: rejected dossiers counted in resolved and in the on-time rate's denominator, as the text says.")


@report
def V34():
    E, O, L = 3318, 2905, 47
    S_ = E + O + L
    f = dict(S=C(S_, "resolved_total", "city"), E=C(E, "resolved_early", "city"),
             O=C(O, "resolved_on_time", "city"), L=C(L, "resolved_late", "city"),
             K=UC(88, 102, "communes", fmt="i"))
    text = """UBND TỈNH ĐẮK LẮK
VĂN PHÒNG
Số: 140/TB-VP                                   Đắk Lắk, ngày 13 tháng 4 năm 2026

THÔNG BÁO
Kết quả giải quyết hồ sơ TTHC tuần 15 năm 2026

Tuần qua, toàn tỉnh trả kết quả {S} hồ sơ: trước hạn {E}, đúng hạn {O}, trễ hạn {L}. {K}/102 xã, phường không có hồ sơ trễ hạn; còn trễ hạn ở Phường Buôn Hồ, Xã Ea Súp.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Y Khoa Niê
"""
    ids = [("sum", "S", ["E", "O", "L"])]
    return Report("V34", "weekly_notice", "2026-04-13", "Tỉnh Đắk Lắk", f, text, ids,
                  slip=("O", "295", "drop"), intent="undet", units=["Phường Buôn Hồ", "Xã Ea Súp"],
                  why="Resolved and its three parts are tied only by their sum: the total, early or on time could each restore it.")



@report
def V35():
    rows = [("Cấp tỉnh", "departments", "cấp tỉnh", 18402, 15930, 17540, 115),
            ("Cấp xã", "communes", "cấp xã", 71286, 60114, 69311, 591)]
    f = {}
    cols = {"R": 3, "N": 4, "IT": 5, "L": 6}
    tot = {k: sum(r[i] for r in rows) for k, i in cols.items()}
    Stot = tot["IT"] + tot["L"]
    f["RP"] = C(tot["R"], "received_total", "city")
    f["NP"] = C(tot["N"], "received_online", "city")
    f["PP"] = P(pct(tot["N"], tot["R"]), "received_online_share", "city", num=["NP"], den=["RP"])
    f["SP"] = C(Stot, "resolved_total", "city")
    f["PIT"] = P(pct(tot["IT"], Stot), "resolved_on_time", "city")
    lines = []
    for i, (lbl, subj, sc, r, n, it, l) in enumerate(rows, 1):
        f[f"R{i}"] = C(r, "received_total", subj, sc)
        f[f"N{i}"] = C(n, "received_online", subj, sc)
        f[f"S{i}"] = C(it + l, "resolved_total", subj, sc)
        f[f"IT{i}"] = C(it, "resolved_in_time", subj, sc)
        f[f"L{i}"] = C(l, "resolved_late", subj, sc)
        lines.append(f"| {lbl} | {{R{i}}} | {{N{i}}} | {{S{i}}} | {{IT{i}}} | {{L{i}}} |")
    f["R"] = C(tot["R"], "received_total", "city")
    f["N"] = C(tot["N"], "received_online", "city")
    f["S"] = C(Stot, "resolved_total", "city")
    f["IT"] = C(tot["IT"], "resolved_in_time", "city")
    f["L"] = C(tot["L"], "resolved_late", "city")
    text = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
Số: 96/BC-UBND                                   Tuyên Quang, ngày 10 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025
(từ ngày 01/7/2025 đến ngày 30/9/2025)

1. Khái quát
Quý III là quý đầu tiên vận hành chính quyền địa phương hai cấp. Toàn tỉnh tiếp nhận {RP} hồ sơ, trong đó {NP} hồ sơ nộp trực tuyến, đạt {PP}; đã giải quyết {SP} hồ sơ, tỷ lệ đúng hạn và trước hạn {PIT}.

2. Số liệu chi tiết theo cấp

| Cấp | Tiếp nhận | Trực tuyến | Đã giải quyết | Đúng hạn, trước hạn | Quá hạn |
""" + "\n".join(lines) + """
| Tổng cộng | {R} | {N} | {S} | {IT} | {L} |

Các xã, phường còn nhiều hồ sơ quá hạn: Phường Mỹ Lâm, Phường Nông Tiến.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Ma Thị Hạnh
"""
    ids = [("same", "RP", "R"), ("same", "NP", "N"), ("same", "SP", "S"),
           ("ratio", "PP", ["NP"], ["RP"]), ("ratio", "PIT", ["IT"], ["S"])]
    for k in ("R", "N", "S", "IT", "L"):
        ids.append(("sum", k, [f"{k}1", f"{k}2"]))
    for i in (1, 2):
        ids.append(("sum", f"S{i}", [f"IT{i}", f"L{i}"]))
    ids.append(("sum", "S", ["IT", "L"]))
    return Report("V35", "quarterly_report", "2025-10-10", "Tỉnh Tuyên Quang", f, text, ids,
                  slip=("L2", "597", "digit"), intent="det", units=["Phường Mỹ Lâm", "Phường Nông Tiến"],
                  not_facts=[("01/7/2025", "date")],
                  why="A table cell sits in its row (resolved = in time + late) and its column (the total row); "
                      "the prose restates the totals.")


@report
def V36():
    parts = [("index_766_publicity", "17,35", 18), ("index_766_progress", "18,95", 20),
             ("index_766_online_service", "15,62", 22), ("index_766_satisfaction", "17,48", 18),
             ("index_766_digitization", "14,65", 22)]
    vals = [D(p.replace(",", ".")) for _, p, _ in parts]
    f = {"T": S(sum(vals), "index_766_total", "city", 100), "RK": RK(9, 63, "city", fmt="i")}
    for i, ((ind, _, m), v) in enumerate(zip(parts, vals), 1):
        f[f"C{i}"] = S(v, ind, "city", m)
    f["C2b"] = S(vals[1], "index_766_progress", "city")
    text = """Bình Định lọt nhóm 10 địa phương dẫn đầu Bộ chỉ số phục vụ người dân, doanh nghiệp

Theo kết quả công bố trên Cổng Dịch vụ công quốc gia đến giữa tháng 8/2024, tỉnh Bình Định đạt {T} điểm, xếp thứ {RK}/63 tỉnh, thành phố.

Cụ thể, nhóm công khai, minh bạch đạt {C1} điểm; tiến độ, kết quả giải quyết {C2} điểm; cung cấp dịch vụ trực tuyến {C3} điểm; mức độ hài lòng {C4} điểm và số hóa hồ sơ {C5} điểm.

Đáng chú ý, với {C2b} điểm ở nhóm tiến độ, kết quả giải quyết, Bình Định thuộc nhóm địa phương có tỷ lệ hồ sơ quá hạn thấp nhất cả nước. Thị xã An Nhơn và Huyện Tuy Phước được đánh giá cao về thời gian trả kết quả.

Trần Phong
"""
    ids = [("score", "T", [f"C{i}" for i in range(1, 6)]), ("same", "C2", "C2b")]
    return Report("V36", "news_article", "2024-08-16", "Tỉnh Bình Định", f, text, ids,
                  slip=("C2", "18,59", "swap"), intent="det", units=["Thị xã An Nhơn", "Huyện Tuy Phước"],
                  why="The progress group is a part of the 766 total and is restated in the next paragraph.")


@report
def V37():
    ON, OFF, POST = 1904, 377, 26
    R = ON + OFF + POST
    IT, L = 2198, 3
    f = dict(
        ON=C(ON, "received_online", "self", fmt="i"), OFF=C(OFF, "received_offline", "self", fmt="i"),
        POST=X_(POST, "i"),
        R=C(R, "received_total", "self", fmt="i"),
        RP=C(R, "received_total", "self"),
        PON=P(pct(ON, R, 1), "received_online_share", "self", num=["ON"], den=["RP"]),
        S=C(IT + L, "resolved_total", "self"),
        PIT=P(pct(IT, IT + L), "resolved_on_time", "self", num=["X"], den=["Y"]), X=X_(IT), Y=X_(IT + L),
    )
    text = """UBND PHƯỜNG ĐÔNG HÀ
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 58/BC-TTPVHCC                              Đông Hà, ngày 08 tháng 12 năm 2025

BÁO CÁO
Kết quả tiếp nhận, giải quyết TTHC tháng 11 năm 2025

Bảng 1. Hồ sơ tiếp nhận theo hình thức nộp
Trực tuyến   Trực tiếp   Bưu chính   Tổng
{ON}         {OFF}       {POST}      {R}

Như vậy, trong tháng Trung tâm tiếp nhận {RP} hồ sơ; tỷ lệ nộp trực tuyến đạt {PON} trên tổng số hồ sơ tiếp nhận. Đã giải quyết {S} hồ sơ, tỷ lệ đúng hạn {PIT} ({X}/{Y}).

GIÁM ĐỐC
Lê Quang Vũ
"""
    ids = [("sum", "R", ["ON", "OFF", "POST"]), ("same", "RP", "R"), ("ratio", "PON", ["ON"], ["RP"]),
           ("ratio", "PIT", ["X"], ["Y"]), ("same", "Y", "S")]
    return Report("V37", "commune_report", "2025-12-08", "Tỉnh Quảng Trị", f, text, ids,
                  units=["Phường Đông Hà"],
                  why="Clean: a table restated in prose; the online share over all received, postal dossiers included.")


if __name__ == "__main__":
    from lib3 import main
    sys.exit(main(REPORTS, HERE, sys.argv))
