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


def X_(v, fmt="n"):
    return X(v, fmt)


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
Trong kỳ báo cáo, tổng số hồ sơ TTHC tiếp nhận là {R} hồ sơ, bao gồm: {ON} hồ sơ nộp trực tuyến; {OFF} hồ sơ nộp trực tiếp hoặc qua dịch vụ bưu chính công ích và {CO} hồ sơ từ kỳ trước chuyển sang.

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
           ("bal", "R", ["S", "PD"]), ("ratio", "PIT", ["E", "O"], ["S"]), ("ratio", "PLT", ["L"], ["S"])]
    return Report("V02", "quarterly_report", "2023-10-12", "Tỉnh Hải Dương", f, text, ids,
                  slip=("S", "47.819", "swap"), intent="det",
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
    f["T2"] = S(tot, "index_766_total", "city", 100)
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
                  why="One sum and nothing else: any district's figure or the total could be the one that slipped.")


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


if __name__ == "__main__":
    from lib3 import main
    sys.exit(main(REPORTS, HERE, sys.argv))
