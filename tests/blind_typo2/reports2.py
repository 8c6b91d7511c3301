"""The reports of the second blind typo set: true figures, text templates, slips (see typo2lib.py).

Every sentence, figure and signer's name is invented; unit names are real and checked (typo2lib.check_units).
"""
from __future__ import annotations

from typo2lib import B, Comp, Pct, Report, S, SC, Same, V

REPORTS: list = []


def add(**kw):
    REPORTS.append(Report(**kw))


# --------------------------------------------------------------------------------------------- U01
add(name="U01", register="quarterly_report", doc_date="2023-07-12", province="Tỉnh Thái Bình",
    slip=("T2", "48.517", "digit"), expect="det",
    text="""ỦY BAN NHÂN DÂN
TỈNH THÁI BÌNH
Số: 186/BC-UBND                                   Thái Bình, ngày 12 tháng 7 năm 2023

BÁO CÁO
Tình hình, kết quả thực hiện công tác cải cách thủ tục hành chính 6 tháng đầu năm 2023

Kính gửi: Văn phòng Chính phủ.

I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, điều hành
Trong kỳ, Ủy ban nhân dân tỉnh ban hành 14 văn bản chỉ đạo về kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông.

2. Kết quả giải quyết thủ tục hành chính
Từ ngày 15/12/2022 đến ngày 14/6/2023, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận {R} hồ sơ; đã giải quyết {G} hồ sơ, trong đó giải quyết đúng và trước hạn {T} hồ sơ (tỷ lệ {P}%), quá hạn {LT} hồ sơ (tỷ lệ {Q}%). So với cùng kỳ năm 2022, số hồ sơ tiếp nhận tăng 6,8%.
Chia theo từng cấp:
- Cấp tỉnh: tiếp nhận {R1} hồ sơ; đã giải quyết {G1} hồ sơ, trong đó đúng và trước hạn {T1} hồ sơ, đạt {P1}%; quá hạn {L1} hồ sơ.
- Cấp huyện: tiếp nhận {R2} hồ sơ; đã giải quyết {G2} hồ sơ, trong đó đúng và trước hạn {T2} hồ sơ, đạt {P2}%; quá hạn {L2} hồ sơ.
- Cấp xã: tiếp nhận {R3} hồ sơ; đã giải quyết {G3} hồ sơ, trong đó đúng và trước hạn {T3} hồ sơ, đạt {P3}%; quá hạn {L3} hồ sơ.
Hồ sơ quá hạn tập trung ở lĩnh vực đất đai tại Huyện Tiền Hải và Huyện Kiến Xương.

II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
Phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Văn phòng Chính phủ;                            KT. CHỦ TỊCH
- Lưu: VT, KSTT.                                  PHÓ CHỦ TỊCH
                                                  Lại Văn Khánh
""",
    vars=dict(
        R1=V(38412, fact=("received_total", "departments", "cấp tỉnh")),
        G1=V(S("T1", "L1"), fact=("resolved_total", "departments", "cấp tỉnh")),
        T1=V(37006, fact=("resolved_in_time", "departments", "cấp tỉnh")),
        P1=V(Pct("T1", "G1"), "p2", fact=("resolved_on_time", "departments", "cấp tỉnh")),
        L1=V(218, fact=("resolved_late", "departments", "cấp tỉnh")),
        R2=V(51930, fact=("received_total", "districts", "cấp huyện")),
        G2=V(S("T2", "L2"), fact=("resolved_total", "districts", "cấp huyện")),
        T2=V(48217, fact=("resolved_in_time", "districts", "cấp huyện")),
        P2=V(Pct("T2", "G2"), "p2", fact=("resolved_on_time", "districts", "cấp huyện")),
        L2=V(1093, fact=("resolved_late", "districts", "cấp huyện")),
        R3=V(96204, fact=("received_total", "communes", "cấp xã")),
        G3=V(S("T3", "L3"), fact=("resolved_total", "communes", "cấp xã")),
        T3=V(94518, fact=("resolved_in_time", "communes", "cấp xã")),
        P3=V(Pct("T3", "G3"), "p2", fact=("resolved_on_time", "communes", "cấp xã")),
        L3=V(371, fact=("resolved_late", "communes", "cấp xã")),
        R=V(S("R1", "R2", "R3"), fact=("received_total", "city")),
        G=V(S("G1", "G2", "G3"), fact=("resolved_total", "city")),
        T=V(S("T1", "T2", "T3"), fact=("resolved_in_time", "city")),
        LT=V(S("L1", "L2", "L3"), fact=("resolved_late", "city")),
        P=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "city")),
        Q=V(Comp(("P",)), "p2", fact=("resolved_late", "city"), num=("LT", "G")),
    ),
    ids=[("sum", "G", "T", "LT"), ("ratio", "Q", "LT", "G")],
    not_facts=[{"text": "tăng 6,8%", "why": "change"}, {"text": "trên 98%", "why": "bound"},
               {"text": "14 văn bản", "why": "count_of_things"}],
    units=["Huyện Tiền Hải", "Huyện Kiến Xương"])

# --------------------------------------------------------------------------------------------- U02
add(name="U02", register="weekly_notice", doc_date="2024-08-19", province="Tỉnh Vĩnh Phúc",
    slip=("POFF", "4,153", "separator"), expect="det",
    text="""VĂN PHÒNG UBND TỈNH VĨNH PHÚC
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 57/TB-TTPVHCC                               Vĩnh Phúc, ngày 19 tháng 8 năm 2024

THÔNG BÁO
Kết quả tiếp nhận, giải quyết thủ tục hành chính tuần từ ngày 12/8/2024 đến ngày 16/8/2024

1. Tiếp nhận hồ sơ
Trong tuần, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận {R} hồ sơ, gồm: hồ sơ nộp trực tuyến {ON} hồ sơ (chiếm {PON}%); hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích {OFF} hồ sơ (chiếm {POFF}%).

2. Giải quyết hồ sơ
Số hồ sơ đã giải quyết: {G} hồ sơ. Trong đó: trước hạn {E} hồ sơ; đúng hạn {O} hồ sơ; quá hạn {L} hồ sơ (Sở Xây dựng {LA} hồ sơ, Sở Tài nguyên và Môi trường {LB} hồ sơ).
Số hồ sơ đang giải quyết: {PD} hồ sơ, chưa đến hạn.

3. Đề nghị
Các sở, ngành có hồ sơ quá hạn gửi văn bản xin lỗi tổ chức, cá nhân theo quy định trước ngày 23/8/2024.

                                                 GIÁM ĐỐC
                                                 Trần Thị Minh Hằng
""",
    vars=dict(
        R=V(S("ON", "OFF"), fact=("received_total", "self")),
        ON=V(2284, fact=("received_online", "self")),
        PON=V(Pct("ON", "R"), "p2", fact=("received_online_share", "self")),
        OFF=V(1622, fact=("received_offline", "self")),
        POFF=V(Comp(("PON",)), "p2", fact=("received_offline_share", "self"), num=("OFF", "R")),
        G=V(S("E", "O", "L"), fact=("resolved_total", "self")),
        E=V(2611, fact=("resolved_early", "self")),
        O=V(503, fact=("resolved_on_time", "self")),
        L=V(S("LA", "LB"), "z", fact=("resolved_late", "self")),
        LA=V(3, "z", fact=("resolved_late", "unit:Sở Xây dựng")),
        LB=V(4, "z", fact=("resolved_late", "unit:Sở Tài nguyên và Môi trường")),
        PD=V(785, fact=("pending_total", "self")),
    ),
    ids=[("ratio", "POFF", "OFF", "R"), ("balance", "R", "G", "PD")],
    not_facts=[{"text": "23/8/2024", "why": "date"}])

# --------------------------------------------------------------------------------------------- U03
add(name="U03", register="news_article", doc_date="2022-10-05", province="Tỉnh Bến Tre",
    slip=("E", "21.843", "swap"), expect="det",
    text="""Bến Tre: quý III/2022 giải quyết trước và đúng hạn trên 99% hồ sơ thủ tục hành chính

(Cập nhật 05/10/2022 09:40)

Theo số liệu từ Hệ thống thông tin một cửa điện tử của tỉnh, trong quý III/2022 (từ 15/6 đến 14/9/2022), các cơ quan, đơn vị trên địa bàn tỉnh đã giải quyết xong {G} hồ sơ thủ tục hành chính. Trong số này, hồ sơ trả kết quả trước hạn là {E} hồ sơ, chiếm {PE}%; đúng hạn {O} hồ sơ, chiếm {PO}%; số trễ hạn chỉ còn {L} hồ sơ, chiếm {PL}%.

Ông Trương Văn Mến, Phó Chánh Văn phòng UBND tỉnh cho biết, số hồ sơ trễ hạn giảm khoảng 40 hồ sơ so với quý trước, chủ yếu ở Huyện Giồng Trôm và Huyện Ba Tri.

Quý IV/2022, tỉnh đặt mục tiêu 100% hồ sơ được cập nhật trên hệ thống.

Thanh Tâm
""",
    vars=dict(
        G=V(S("E", "O", "L"), fact=("resolved_total", "city")),
        E=V(21483, fact=("resolved_early", "city")),
        PE=V(Pct("E", "G"), "p2", fact=("other", "city")),
        O=V(6312, fact=("resolved_on_time", "city")),
        PO=V(Pct("O", "G"), "p2", fact=("other", "city")),
        L=V(185, fact=("resolved_late", "city")),
        PL=V(Comp(("PE", "PO")), "p2", fact=("resolved_late", "city"), num=("L", "G")),
    ),
    ids=[("ratio", "PL", "L", "G")],
    not_facts=[{"text": "trên 99%", "why": "bound"}, {"text": "khoảng 40 hồ sơ", "why": "approx"},
               {"text": "100% hồ sơ", "why": "target"}],
    units=["Huyện Giồng Trôm", "Huyện Ba Tri"])


# --------------------------------------------------------------------------------------------- U04
add(name="U04", register="portal_stats", doc_date="2024-04-01", province="Tỉnh Hậu Giang",
    slip=("E3", "4122", "double"), expect="det",
    text="""CỔNG DỊCH VỤ CÔNG TỈNH HẬU GIANG
Thống kê tình hình giải quyết hồ sơ cấp huyện
Kỳ thống kê: tháng 3/2024 (01/03/2024 - 31/03/2024) | Cập nhật: 01/04/2024 07:30

STT | Đơn vị | Tổng tiếp nhận | Đã giải quyết | Sớm hạn | Đúng hạn | Trễ hạn | Đang giải quyết
1 | Thành phố Vị Thanh | {R1} | {G1} | {E1} | {O1} | {L1} | {PD1}
2 | Thành phố Ngã Bảy | {R2} | {G2} | {E2} | {O2} | {L2} | {PD2}
3 | Huyện Châu Thành A | {R3} | {G3} | {E3} | {O3} | {L3} | {PD3}
4 | Huyện Phụng Hiệp | {R4} | {G4} | {E4} | {O4} | {L4} | {PD4}
  | Tổng cộng | {R} | {G} | {E} | {O} | {L} | {PD}

Ghi chú: Tổng tiếp nhận gồm hồ sơ tiếp nhận trong kỳ và hồ sơ kỳ trước chuyển sang. Số liệu tổng hợp tự động từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.
""",
    vars=dict(
        R1=V(B("G1", "PD1"), "i", fact=("received_total", "unit:Thành phố Vị Thanh")),
        G1=V(S("E1", "O1", "L1"), "i", fact=("resolved_total", "unit:Thành phố Vị Thanh")),
        E1=V(1204, "i", fact=("resolved_early", "unit:Thành phố Vị Thanh")),
        O1=V(188, "i", fact=("resolved_on_time", "unit:Thành phố Vị Thanh")),
        L1=V(9, "i", fact=("resolved_late", "unit:Thành phố Vị Thanh")),
        PD1=V(132, "i", fact=("pending_total", "unit:Thành phố Vị Thanh")),
        R2=V(B("G2", "PD2"), "i", fact=("received_total", "unit:Thành phố Ngã Bảy")),
        G2=V(S("E2", "O2", "L2"), "i", fact=("resolved_total", "unit:Thành phố Ngã Bảy")),
        E2=V(866, "i", fact=("resolved_early", "unit:Thành phố Ngã Bảy")),
        O2=V(97, "i", fact=("resolved_on_time", "unit:Thành phố Ngã Bảy")),
        L2=V(14, "i", fact=("resolved_late", "unit:Thành phố Ngã Bảy")),
        PD2=V(85, "i", fact=("pending_total", "unit:Thành phố Ngã Bảy")),
        R3=V(B("G3", "PD3"), "i", fact=("received_total", "unit:Huyện Châu Thành A")),
        G3=V(S("E3", "O3", "L3"), "i", fact=("resolved_total", "unit:Huyện Châu Thành A")),
        E3=V(412, "i", fact=("resolved_early", "unit:Huyện Châu Thành A")),
        O3=V(251, "i", fact=("resolved_on_time", "unit:Huyện Châu Thành A")),
        L3=V(6, "i", fact=("resolved_late", "unit:Huyện Châu Thành A")),
        PD3=V(58, "i", fact=("pending_total", "unit:Huyện Châu Thành A")),
        R4=V(B("G4", "PD4"), "i", fact=("received_total", "unit:Huyện Phụng Hiệp")),
        G4=V(S("E4", "O4", "L4"), "i", fact=("resolved_total", "unit:Huyện Phụng Hiệp")),
        E4=V(1538, "i", fact=("resolved_early", "unit:Huyện Phụng Hiệp")),
        O4=V(306, "i", fact=("resolved_on_time", "unit:Huyện Phụng Hiệp")),
        L4=V(21, "i", fact=("resolved_late", "unit:Huyện Phụng Hiệp")),
        PD4=V(171, "i", fact=("pending_total", "unit:Huyện Phụng Hiệp")),
        R=V(S("R1", "R2", "R3", "R4"), "i", fact=("received_total", "districts", "cấp huyện")),
        G=V(S("G1", "G2", "G3", "G4"), "i", fact=("resolved_total", "districts", "cấp huyện")),
        E=V(S("E1", "E2", "E3", "E4"), "i", fact=("resolved_early", "districts", "cấp huyện")),
        O=V(S("O1", "O2", "O3", "O4"), "i", fact=("resolved_on_time", "districts", "cấp huyện")),
        L=V(S("L1", "L2", "L3", "L4"), "i", fact=("resolved_late", "districts", "cấp huyện")),
        PD=V(S("PD1", "PD2", "PD3", "PD4"), "i", fact=("pending_total", "districts", "cấp huyện")),
    ),
    ids=[("balance", "R", "G", "PD"), ("sum", "G", "E", "O", "L")],
    not_facts=[{"text": "01/04/2024 07:30", "why": "date"}],
    units=["Thành phố Vị Thanh", "Thành phố Ngã Bảy", "Huyện Châu Thành A", "Huyện Phụng Hiệp"])

# --------------------------------------------------------------------------------------------- U05
add(name="U05", register="commune_report", doc_date="2025-10-08", province="Tỉnh Tuyên Quang",
    slip=("RN", "1.321", "digit"), expect="det",
    text="""ỦY BAN NHÂN DÂN XÃ NÀ HANG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 112/BC-TTPVHCC                              Nà Hang, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 9 năm 2025
(Số liệu từ ngày 15/8/2025 đến ngày 14/9/2025)

1. Tiếp nhận
Tổng số hồ sơ tiếp nhận: {R} hồ sơ. Trong đó:
+ Tiếp nhận mới trong kỳ: {RN} hồ sơ (trực tuyến: {ON} hồ sơ; trực tiếp và qua bưu chính: {OFF} hồ sơ);
+ Từ kỳ trước chuyển sang: {C} hồ sơ.

2. Giải quyết
Đã giải quyết: {G} hồ sơ (trước hạn: {E}; đúng hạn: {O}; quá hạn: {L}).
Đang giải quyết: {PD} hồ sơ, đều trong hạn.

3. Một số chỉ tiêu
- Tỷ lệ hồ sơ nộp trực tuyến: {PON}% ({ON2}/{RN2} hồ sơ), chỉ tiêu giao 80%.
- Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn: {PT}%.
- Tỷ lệ số hóa hồ sơ, kết quả giải quyết: {DG}%.

4. Đánh giá chung
Trong tháng, Trung tâm đã giải quyết {G2} hồ sơ; {L2} hồ sơ quá hạn thuộc lĩnh vực đất đai do phải xác minh nguồn gốc thửa đất.

                                                  GIÁM ĐỐC
                                                  Hoàng Văn Thuận
""",
    vars=dict(
        R=V(S("RN", "C"), fact=("received_total", "self")),
        RN=V(S("ON", "OFF"), fact=("received_total", "self", "tiếp nhận mới")),
        ON=V(1204, fact=("received_online", "self")),
        OFF=V(177, fact=("received_offline", "self")),
        C=V(38, fact=("received_carried_over", "self")),
        G=V(S("E", "O", "L"), fact=("resolved_total", "self")),
        E=V(1276, fact=("resolved_early", "self")),
        O=V(61, fact=("resolved_on_time", "self")),
        L=V(2, "z", fact=("resolved_late", "self")),
        PD=V(80, fact=("pending_total", "self")),
        PON=V(Pct("ON2", "RN2"), "p2", fact=("online_submission", "self")),
        ON2=V(Same("ON"), "n"),
        RN2=V(Same("RN"), "n"),
        PT=V(Pct(("E", "O"), "G", nd=False), "p2", fact=("resolved_on_time", "self")),
        G2=V(Same("G"), fact=("resolved_total", "self")),
        L2=V(Same("L"), "z", fact=("resolved_late", "self")),
        DG=V(100, "p0", fact=("digitization", "self")),
    ),
    ids=[("balance", "R", "G", "PD")],
    not_facts=[{"text": "chỉ tiêu giao 80%", "why": "target"}],
    units=["Xã Nà Hang"])

# --------------------------------------------------------------------------------------------- U06
add(name="U06", register="ministry_report", doc_date="2024-01-10", province=None,
    slip=("FR", "413", "swap"), expect="det",
    text="""BỘ TƯ PHÁP
Số: 09/BC-BTP                                     Hà Nội, ngày 10 tháng 01 năm 2024

BÁO CÁO
Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2023

I. KẾT QUẢ ĐẠT ĐƯỢC
...
5. Kết quả giải quyết thủ tục hành chính
Năm 2023, Hệ thống thông tin giải quyết thủ tục hành chính của Bộ tiếp nhận {R} hồ sơ, trong đó hồ sơ nộp trực tuyến là {ON} hồ sơ, chiếm {PON}%. Bộ đã giải quyết {G} hồ sơ; số hồ sơ giải quyết đúng hạn là {T} hồ sơ (đạt {PT}%), quá hạn {L} hồ sơ, chủ yếu thuộc lĩnh vực quốc tịch và lý lịch tư pháp. Số hồ sơ đang giải quyết chuyển sang năm 2024: {PD} hồ sơ.

6. Tiếp nhận, xử lý phản ánh, kiến nghị
Trong năm, Bộ tiếp nhận {FN} phản ánh, kiến nghị mới, cộng với {FC} phản ánh, kiến nghị từ năm 2022 chuyển sang, tổng số {FT} phản ánh, kiến nghị phải xử lý; đã xử lý xong {FR} phản ánh, kiến nghị, đạt tỷ lệ {PF}%; còn {FP} phản ánh, kiến nghị đang xem xét, xử lý theo quy định.

II. PHƯƠNG HƯỚNG NĂM 2024
Phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 90%.

Nơi nhận:                                         KT. BỘ TRƯỞNG
- Văn phòng Chính phủ (Cục KSTTHC);              THỨ TRƯỞNG
- Lưu: VT, VP.                                    Mạc Văn Lực
""",
    vars=dict(
        R=V(B("G", "PD"), fact=("received_total", "self")),
        ON=V(171940, fact=("received_online", "self")),
        PON=V(Pct("ON", "R"), "p2", fact=("received_online_share", "self")),
        G=V(S("T", "L"), fact=("resolved_total", "self")),
        T=V(184602, fact=("resolved_in_time", "self")),
        PT=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "self")),
        L=V(1217, fact=("resolved_late", "self")),
        PD=V(6394, fact=("pending_total", "self")),
        FN=V(412, fact=("feedback_new", "self")),
        FC=V(37, fact=("feedback_carried_over", "self")),
        FT=V(S("FN", "FC"), fact=("feedback_total", "self")),
        FR=V(431, fact=("feedback_resolved", "self")),
        PF=V(Pct("FR", "FT"), "p2", fact=("feedback_handled", "self")),
        FP=V(18, fact=("feedback_pending", "self")),
    ),
    ids=[("balance", "FT", "FR", "FP")],
    not_facts=[{"text": "trên 90%", "why": "bound"}])

# --------------------------------------------------------------------------------------------- U07
add(name="U07", register="weekly_notice", doc_date="2024-11-11", province="Tỉnh Lạng Sơn",
    slip=("T", "86,16", "swap"), expect="det",
    text="""VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 1432/TB-VP                                    Lạng Sơn, ngày 11 tháng 11 năm 2024

THÔNG BÁO
Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công tháng 10 năm 2024

Theo kết quả công bố trên Cổng Dịch vụ công quốc gia (cập nhật ngày 08/11/2024), tháng 10/2024 tỉnh Lạng Sơn đạt {T0}/100 điểm, xếp thứ {RK}/63 tỉnh, thành phố, tăng 4 bậc so với tháng 9/2024. Điểm từng nhóm chỉ số cụ thể:
- Công khai, minh bạch: {C1}/18 điểm;
- Tiến độ, kết quả giải quyết: {C2}/20 điểm;
- Cung cấp dịch vụ trực tuyến: {C3}/12 điểm;
- Thanh toán trực tuyến: {C4}/10 điểm;
- Mức độ hài lòng: {C5}/18 điểm;
- Số hóa hồ sơ: {C6}/22 điểm.
Tổng cộng: {T} điểm.

Nhóm chỉ số số hóa hồ sơ vẫn đạt thấp nhất trong sáu nhóm; đề nghị các sở, ngành và Ủy ban nhân dân các huyện, thành phố khẩn trương số hóa hồ sơ, kết quả giải quyết trước ngày 30/11/2024.

                                                  KT. CHÁNH VĂN PHÒNG
                                                  PHÓ CHÁNH VĂN PHÒNG
                                                  Nông Thị Hà
""",
    vars=dict(
        T0=V(Same("T"), "s2", fact=("index_766_total", "city"), den=100),
        RK=V(27, "n", fact=("index_766_rank", "city"), kind="rank", den=63),
        C1=V("15.82", "s2", fact=("index_766_publicity", "city"), den=18),
        C2=V("17.46", "s2", fact=("index_766_progress", "city"), den=20),
        C3=V("9.15", "s2", fact=("index_766_online_service", "city"), den=12),
        C4=V("7.40", "s2", fact=("index_766_online_payment", "city"), den=10),
        C5=V("17.21", "s2", fact=("index_766_satisfaction", "city"), den=18),
        C6=V("14.62", "s2", fact=("index_766_digitization", "city"), den=22),
        T=V(SC("C1", "C2", "C3", "C4", "C5", "C6"), "s2", fact=("index_766_total", "city"), den=100),
    ),
    not_facts=[{"text": "tăng 4 bậc", "why": "change"}, {"text": "08/11/2024", "why": "date"}])

# --------------------------------------------------------------------------------------------- U08
add(name="U08", register="quarterly_report", doc_date="2020-12-18", province="Tỉnh Kon Tum",
    slip=("L2", "238", "copy"), copy_of="L1", expect="det",
    text="""ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 402/BC-UBND                                   Kon Tum, ngày 18 tháng 12 năm 2020

BÁO CÁO
Kết quả công tác cải cách thủ tục hành chính năm 2020

...
3. Tình hình giải quyết thủ tục hành chính tại cấp huyện
Năm 2020 (số liệu từ 16/12/2019 đến 15/12/2020), Bộ phận Một cửa của các huyện, thành phố đã giải quyết {G} hồ sơ, trong đó đúng và trước hạn {T} hồ sơ, đạt tỷ lệ {P}%; quá hạn {L} hồ sơ. Kết quả một số địa phương có số lượng hồ sơ lớn như sau:
- Thành phố Kon Tum: giải quyết {G1} hồ sơ; đúng và trước hạn {T1} hồ sơ; quá hạn {L1} hồ sơ.
- Huyện Đăk Hà: giải quyết {G2} hồ sơ; đúng và trước hạn {T2} hồ sơ; quá hạn {L2} hồ sơ.
- Huyện Sa Thầy: giải quyết {G3} hồ sơ; đúng và trước hạn {T3} hồ sơ; quá hạn {L3} hồ sơ.
- Các huyện còn lại (Đắk Glei, Ngọc Hồi, Đắk Tô, Kon Plông, Kon Rẫy, Tu Mơ Rông, Ia H'Drai): giải quyết {G4} hồ sơ; đúng và trước hạn {T4} hồ sơ; quá hạn {L4} hồ sơ.
Nguyên nhân quá hạn chủ yếu do hồ sơ đất đai phải đo đạc lại, xác minh nguồn gốc.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  KT. CHỦ TỊCH
                                                  PHÓ CHỦ TỊCH
                                                  Trịnh Công Khải
""",
    vars=dict(
        G=V(S("G1", "G2", "G3", "G4"), fact=("resolved_total", "districts", "cấp huyện")),
        T=V(S("T1", "T2", "T3", "T4"), fact=("resolved_in_time", "districts", "cấp huyện")),
        P=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "districts", "cấp huyện")),
        L=V(S("L1", "L2", "L3", "L4"), fact=("resolved_late", "districts", "cấp huyện")),
        G1=V(S("T1", "L1"), fact=("resolved_total", "unit:Thành phố Kon Tum")),
        T1=V(17966, fact=("resolved_in_time", "unit:Thành phố Kon Tum")),
        L1=V(238, fact=("resolved_late", "unit:Thành phố Kon Tum")),
        G2=V(S("T2", "L2"), fact=("resolved_total", "unit:Huyện Đăk Hà")),
        T2=V(6019, fact=("resolved_in_time", "unit:Huyện Đăk Hà")),
        L2=V(112, fact=("resolved_late", "unit:Huyện Đăk Hà")),
        G3=V(S("T3", "L3"), fact=("resolved_total", "unit:Huyện Sa Thầy")),
        T3=V(4870, fact=("resolved_in_time", "unit:Huyện Sa Thầy")),
        L3=V(57, fact=("resolved_late", "unit:Huyện Sa Thầy")),
        G4=V(S("T4", "L4"), fact=None),
        T4=V(15512, fact=None),
        L4=V(185, fact=None),
    ),
    ids=[("sum", "G", "T", "L")],
    not_facts=[{"text": "16/12/2019 đến 15/12/2020", "why": "date"}],
    units=["Thành phố Kon Tum", "Huyện Đăk Hà", "Huyện Sa Thầy"])

# --------------------------------------------------------------------------------------------- U09
add(name="U09", register="news_article", doc_date="2024-05-20", province="Tỉnh Quảng Ninh",
    slip=("P", "99,17", "digit"), expect="det",
    text="""Quảng Ninh: {P0}% hồ sơ thủ tục hành chính được giải quyết đúng hạn trong 4 tháng đầu năm

20/05/2024 | 15:12

Theo Trung tâm Phục vụ hành chính công tỉnh, 4 tháng đầu năm 2024 toàn tỉnh tiếp nhận {R} hồ sơ thủ tục hành chính, trong đó có {ON} hồ sơ nộp trực tuyến, chiếm {PON}%, cao hơn 3,4 điểm phần trăm so với cùng kỳ.

Các cơ quan, địa phương đã giải quyết {G} hồ sơ; trong đó hồ sơ giải quyết đúng hạn và trước hạn là {T}, đạt {P}%; còn {L} hồ sơ quá hạn, tập trung ở Thành phố Hạ Long và Thành phố Cẩm Phả.

Tỉnh đặt mục tiêu đến hết năm 2024 có trên 80% hồ sơ được nộp trực tuyến.

Hoàng Quỳnh
""",
    vars=dict(
        P0=V(Same("P"), "p2", fact=("resolved_on_time", "city")),
        R=V(418730, fact=("received_total", "city")),
        ON=V(352904, fact=("received_online", "city")),
        PON=V(Pct("ON", "R"), "p2", fact=("received_online_share", "city")),
        G=V(S("T", "L"), fact=("resolved_total", "city")),
        T=V(402118, fact=("resolved_in_time", "city")),
        P=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "city")),
        L=V(3571, fact=("resolved_late", "city")),
    ),
    not_facts=[{"text": "cao hơn 3,4 điểm phần trăm", "why": "change"}, {"text": "trên 80%", "why": "bound"}],
    units=["Thành phố Hạ Long", "Thành phố Cẩm Phả"])

# --------------------------------------------------------------------------------------------- U10
add(name="U10", register="commune_report", doc_date="2024-03-28", province="Tỉnh Quảng Bình",
    slip=("PD1", "14", "drop"), expect="undet",
    text="""ỦY BAN NHÂN DÂN THỊ XÃ BA ĐỒN
ỦY BAN NHÂN DÂN PHƯỜNG QUẢNG LONG
Số: 21/BC-UBND                                    Quảng Long, ngày 28 tháng 3 năm 2024

BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính quý I năm 2024

...
2. Kết quả giải quyết thủ tục hành chính
Trong quý I/2024, Bộ phận Một cửa phường tiếp nhận {R} hồ sơ (kỳ trước chuyển sang {C} hồ sơ; tiếp nhận mới {RN} hồ sơ, trong đó trực tuyến {ON} hồ sơ, đạt {PON}%).
Kết quả giải quyết: đã giải quyết {G} hồ sơ, gồm trước hạn {E} hồ sơ, đúng hạn {O} hồ sơ, quá hạn {L} hồ sơ.
Đang giải quyết {PD} hồ sơ, trong đó: chưa đến hạn {PD1} hồ sơ, đã quá hạn {PD2} hồ sơ (lĩnh vực đất đai).

3. Tồn tại, hạn chế
Một số hồ sơ chứng thực vẫn phải tiếp nhận trực tiếp do người dân chưa có tài khoản định danh điện tử mức độ 2.

                                                  CHỦ TỊCH
                                                  Đinh Xuân Quý
""",
    vars=dict(
        R=V(S("C", "RN"), fact=("received_total", "self")),
        C=V(46, fact=("received_carried_over", "self")),
        RN=V(1873, fact=("received_total", "self", "tiếp nhận mới")),
        ON=V(1106, fact=("received_online", "self")),
        PON=V(Pct("ON", "RN"), "p2", fact=("received_online_share", "self")),
        G=V(S("E", "O", "L"), fact=("resolved_total", "self")),
        E=V(1644, fact=("resolved_early", "self")),
        O=V(163, fact=("resolved_on_time", "self")),
        L=V(5, "z", fact=("resolved_late", "self")),
        PD=V(S("PD1", "PD2"), fact=("pending_total", "self")),
        PD1=V(104, fact=("pending_on_time", "self")),
        PD2=V(3, "z", fact=("pending_late", "self")),
    ),
    ids=[("balance", "R", "G", "PD")],
    not_facts=[{"text": "mức độ 2", "why": "reference"}],
    units=["Phường Quảng Long", "Thị xã Ba Đồn"])

# --------------------------------------------------------------------------------------------- U11
add(name="U11", register="portal_stats", doc_date="2025-09-02", province="Tỉnh Khánh Hòa",
    slip=("PL", "13.8", "separator"), expect="det",
    text="""HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH KHÁNH HÒA
Thống kê tình hình xử lý hồ sơ toàn tỉnh - Tháng 8/2025
Từ ngày: 01/08/2025   Đến ngày: 31/08/2025   Ngày xuất báo cáo: 02/09/2025

Tổng số hồ sơ tiếp nhận: {R}
    Trực tuyến: {ON} ({PON}%)
    Trực tiếp, bưu chính: {OFF} ({POFF}%)
Đã giải quyết: {G}
    Đúng hạn (gồm trước hạn): {T} ({PT}%)
    Trễ hạn: {L} ({PL}%)
Đang giải quyết: {PD}
    Trong hạn: {PD1}
    Quá hạn: {PD2}

Dữ liệu đồng bộ lần cuối: 02/09/2025 06:00
""",
    vars=dict(
        R=V(S("ON", "OFF"), "i", fact=("received_total", "city")),
        ON=V(41872, "i", fact=("received_online", "city")),
        PON=V(Pct("ON", "R"), "q2", fact=("received_online_share", "city")),
        OFF=V(9316, "i", fact=("received_offline", "city")),
        POFF=V(Comp(("PON",)), "q2", fact=("received_offline_share", "city"), num=("OFF", "R")),
        G=V(S("T", "L"), "i", fact=("resolved_total", "city")),
        T=V(45790, "i", fact=("resolved_in_time", "city")),
        PT=V(Pct("T", "G"), "q2", fact=("resolved_on_time", "city")),
        L=V(641, "i", fact=("resolved_late", "city")),
        PL=V(Comp(("PT",)), "q2", fact=("resolved_late", "city"), num=("L", "G")),
        PD=V(S("PD1", "PD2"), "i", fact=("pending_total", "city")),
        PD1=V(4602, "i", fact=("pending_on_time", "city")),
        PD2=V(155, "i", fact=("pending_late", "city")),
    ),
    ids=[("ratio", "POFF", "OFF", "R"), ("ratio", "PL", "L", "G"), ("balance", "R", "G", "PD")])

# --------------------------------------------------------------------------------------------- U12
add(name="U12", register="quarterly_report", doc_date="2024-12-16", province="Tỉnh Hải Dương",
    slip=("PT", "213", "drop"), expect="det",
    text="""ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG
Số: 297/BC-UBND                                   Hải Dương, ngày 16 tháng 12 năm 2024

BÁO CÁO
Công tác kiểm soát thủ tục hành chính năm 2024

1. Công bố, công khai thủ tục hành chính
Trong năm, Chủ tịch Ủy ban nhân dân tỉnh ban hành 38 quyết định công bố danh mục thủ tục hành chính. Đến ngày 30/11/2024, tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp chính quyền trên địa bàn tỉnh là {PT} thủ tục, trong đó: cấp tỉnh {P1} thủ tục, cấp huyện {P2} thủ tục, cấp xã {P3} thủ tục.

2. Cung cấp dịch vụ công trực tuyến
Trên tổng số {PT2} thủ tục hành chính, tỉnh đã cung cấp {FO} dịch vụ công trực tuyến toàn trình và {PO} dịch vụ công trực tuyến một phần; {NO} thủ tục còn lại chưa đủ điều kiện cung cấp trực tuyến do yêu cầu người dân có mặt trực tiếp.

3. Kết quả giải quyết hồ sơ
Năm 2024, toàn tỉnh đã giải quyết {G} hồ sơ, trong đó đúng hạn và trước hạn {T} hồ sơ, chiếm {P}%.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  KT. CHỦ TỊCH
                                                  PHÓ CHỦ TỊCH
                                                  Vũ Quốc Thịnh
""",
    vars=dict(
        PT=V(S("P1", "P2", "P3"), fact=("procedures_total", "city")),
        P1=V(1519, fact=("procedures_total", "departments", "cấp tỉnh")),
        P2=V(436, fact=("procedures_total", "districts", "cấp huyện")),
        P3=V(178, fact=("procedures_total", "communes", "cấp xã")),
        PT2=V(S("FO", "PO", "NO"), fact=("procedures_total", "city")),
        FO=V(1012, fact=("procedures_full_online", "city")),
        PO=V(764, fact=("procedures_partial_online", "city")),
        NO=V(357, fact=("procedures_not_online", "city")),
        G=V(612437, fact=("resolved_total", "city")),
        T=V(609802, fact=("resolved_in_time", "city")),
        P=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "city")),
    ),
    ids=[("repeat", "PT", "PT2")],
    not_facts=[{"text": "38 quyết định", "why": "count_of_things"}, {"text": "30/11/2024", "why": "date"}])

# --------------------------------------------------------------------------------------------- U13
add(name="U13", register="weekly_notice", doc_date="2025-03-10", province="Tỉnh Bà Rịa - Vũng Tàu",
    slip=("P2", "64,337", "double"), expect="det",
    text="""ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU
VĂN PHÒNG
Số: 318/TB-VP                                     Bà Rịa - Vũng Tàu, ngày 10 tháng 3 năm 2025

THÔNG BÁO
Tình hình thực hiện một số chỉ tiêu giải quyết thủ tục hành chính tháng 02/2025

1. Tỷ lệ hồ sơ nộp trực tuyến (chỉ tiêu ≥ 50%)
Toàn tỉnh đạt {PN}% ({N}/{M} hồ sơ).

2. Tỷ lệ thanh toán trực tuyến phí, lệ phí (chỉ tiêu ≥ 45%)
Toàn tỉnh đạt {P}% ({X}/{Y} hồ sơ có phí, lệ phí), trong đó:
- Cấp tỉnh: {P1}% ({X1}/{Y1} hồ sơ);
- Cấp huyện: {P2}% ({X2}/{Y2} hồ sơ);
- Cấp xã: {P3}% ({X3}/{Y3} hồ sơ).
Địa phương có tỷ lệ thấp nhất: Huyện Côn Đảo ({PC}%).

3. Đề nghị
Các đơn vị có tỷ lệ thấp hướng dẫn người dân thanh toán qua Cổng Dịch vụ công quốc gia.

                                                  KT. CHÁNH VĂN PHÒNG
                                                  PHÓ CHÁNH VĂN PHÒNG
                                                  Phạm Thị Ngọc Lan
""",
    vars=dict(
        PN=V(Pct("N", "M"), "p2", fact=("online_submission", "city")),
        N=V(58117, fact=None),
        M=V(79402, fact=None),
        P=V(Pct("X", "Y"), "p2", fact=("online_payment", "city")),
        X=V(S("X1", "X2", "X3"), fact=None),
        Y=V(S("Y1", "Y2", "Y3"), fact=None),
        P1=V(Pct("X1", "Y1"), "p2", fact=("online_payment", "departments", "cấp tỉnh")),
        X1=V(4217, fact=None),
        Y1=V(6033, fact=None),
        P2=V(Pct("X2", "Y2"), "p2", fact=("online_payment", "districts", "cấp huyện")),
        X2=V(9842, fact=None),
        Y2=V(15290, fact=None),
        P3=V(Pct("X3", "Y3"), "p2", fact=("online_payment", "communes", "cấp xã")),
        X3=V(11376, fact=None),
        Y3=V(20815, fact=None),
        PC=V("21.43", "p2", fact=("online_payment", "unit:Huyện Côn Đảo")),
    ),
    not_facts=[{"text": "≥ 50%", "why": "target"}, {"text": "≥ 45%", "why": "target"}],
    units=["Huyện Côn Đảo"])

# --------------------------------------------------------------------------------------------- U14
add(name="U14", register="news_article", doc_date="2025-11-06", province="Tỉnh Cà Mau",
    slip=("L", "163", "digit"), expect="det",
    text="""Cà Mau: tháng 10/2025 giải quyết hơn 98% hồ sơ đúng hạn

Thứ Năm, 06/11/2025 - 10:25

(CM) - Theo báo cáo của Văn phòng Ủy ban nhân dân tỉnh, trong tháng 10/2025 các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận {R} hồ sơ thủ tục hành chính. Các sở, ngành và 64 xã, phường đã giải quyết {G} hồ sơ, trong đó trước hạn {E} hồ sơ, đúng hạn {O} hồ sơ và trễ hạn {L} hồ sơ (chiếm {PL}%). Số hồ sơ đang trong thời gian giải quyết là {PD} hồ sơ.

Phường An Xuyên và Xã Đầm Dơi là hai địa phương tiếp nhận nhiều hồ sơ nhất, lần lượt {RA} và {RB} hồ sơ.

Như vậy, so với tháng 9, số hồ sơ trễ hạn giảm 19 hồ sơ, còn {L2} hồ sơ; nguyên nhân chủ yếu vẫn là hồ sơ đất đai chưa được chuyển đủ dữ liệu sau sắp xếp.

Minh Khang
""",
    vars=dict(
        R=V(B("G", "PD"), fact=("received_total", "city")),
        G=V(S("E", "O", "L"), fact=("resolved_total", "city")),
        E=V(58240, fact=("resolved_early", "city")),
        O=V(4127, fact=("resolved_on_time", "city")),
        L=V(193, fact=("resolved_late", "city")),
        PL=V(Pct("L", "G"), "p2", fact=("resolved_late", "city")),
        PD=V(5316, fact=("pending_total", "city")),
        RA=V(3904, fact=("received_total", "unit:Phường An Xuyên")),
        RB=V(2881, fact=("received_total", "unit:Xã Đầm Dơi")),
        L2=V(Same("L"), fact=("resolved_late", "city")),
    ),
    not_facts=[{"text": "hơn 98%", "why": "bound"}, {"text": "giảm 19 hồ sơ", "why": "change"},
               {"text": "64 xã, phường", "why": "count_of_things"}],
    units=["Phường An Xuyên", "Xã Đầm Dơi"])

# --------------------------------------------------------------------------------------------- U15
add(name="U15", register="ministry_report", doc_date="2021-04-08", province=None,
    slip=("R", "264.418", "double"), expect="det",
    text="""BỘ CÔNG THƯƠNG
Số: 2174/BC-BCT                                   Hà Nội, ngày 08 tháng 4 năm 2021

BÁO CÁO
Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên thông quý I năm 2021

TÓM TẮT
Quý I/2021, Bộ Công Thương tiếp nhận tổng số {R0} hồ sơ thủ tục hành chính; tỷ lệ hồ sơ giải quyết đúng hạn đạt {PT0}%.

I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN
...
4. Kết quả giải quyết thủ tục hành chính
Trong kỳ báo cáo, Bộ tiếp nhận {R} hồ sơ, trong đó tiếp nhận trực tuyến {ON} hồ sơ (qua Cổng Dịch vụ công Bộ Công Thương và Cơ chế một cửa quốc gia), tiếp nhận trực tiếp và qua bưu chính {OFF} hồ sơ. Số hồ sơ đã giải quyết: {G} hồ sơ, trong đó đúng hạn và trước hạn {T} hồ sơ, quá hạn {L} hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn đạt {PT}%. Số hồ sơ đang giải quyết: {PD} hồ sơ.

                                                  KT. BỘ TRƯỞNG
                                                  THỨ TRƯỞNG
                                                  Lương Đình Khiêm
""",
    vars=dict(
        R0=V(Same("R"), fact=("received_total", "self")),
        PT0=V(Same("PT"), "p2", fact=("resolved_on_time", "self")),
        R=V(S("ON", "OFF"), fact=("received_total", "self")),
        ON=V(24103, fact=("received_online", "self")),
        OFF=V(2315, fact=("received_offline", "self")),
        G=V(S("T", "L"), fact=("resolved_total", "self")),
        T=V(23688, fact=("resolved_in_time", "self")),
        L=V(97, fact=("resolved_late", "self")),
        PT=V(Pct("T", "G", nd=False), "p2", fact=("resolved_on_time", "self")),
        PD=V(2633, fact=("pending_total", "self")),
    ),
    ids=[("balance", "R", "G", "PD")])

# --------------------------------------------------------------------------------------------- U16
add(name="U16", register="commune_report", doc_date="2026-01-06", province="Tỉnh Đồng Nai",
    slip=("OFF", "8.412", "copy"), copy_of="ON", expect="det",
    text="""ỦY BAN NHÂN DÂN PHƯỜNG TRẢNG DÀI
Số: 04/BC-UBND                                    Trảng Dài, ngày 06 tháng 01 năm 2026

BÁO CÁO
Kết quả thực hiện cải cách thủ tục hành chính từ ngày 01/7/2025 đến ngày 31/12/2025

1. Hồ sơ tiếp nhận: tổng số {R} hồ sơ
- Hồ sơ trực tuyến: {ON} hồ sơ;
- Hồ sơ trực tiếp: {OFF} hồ sơ.
Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận: {PON}%.

2. Hồ sơ đã giải quyết: {G} hồ sơ
- Trước hạn: {E} hồ sơ;
- Đúng hạn: {O} hồ sơ;
- Quá hạn: {L} hồ sơ.

3. Hồ sơ đang giải quyết: {PD} hồ sơ (trong hạn).

4. Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt {DG}%; tỷ lệ thanh toán trực tuyến đạt {OP}%.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  CHỦ TỊCH
                                                  Lê Hoàng Phúc
""",
    vars=dict(
        R=V(S("ON", "OFF"), fact=("received_total", "self")),
        ON=V(8412, fact=("received_online", "self")),
        OFF=V(1206, fact=("received_offline", "self")),
        PON=V(Pct("ON", "R"), "p2", fact=("online_submission", "self")),
        G=V(S("E", "O", "L"), fact=("resolved_total", "self")),
        E=V(8804, fact=("resolved_early", "self")),
        O=V(391, fact=("resolved_on_time", "self")),
        L=V(12, fact=("resolved_late", "self")),
        PD=V(411, fact=("pending_total", "self")),
        DG=V("98.6", "p1", fact=("digitization", "self")),
        OP=V("76.4", "p1", fact=("online_payment", "self")),
    ),
    ids=[("balance", "R", "G", "PD")],
    units=["Phường Trảng Dài"])

# --------------------------------------------------------------------------------------------- U17
add(name="U17", register="quarterly_report", doc_date="2019-12-20", province="Tỉnh Yên Bái",
    slip=("R3", "134.811", "digit"), expect="det",
    text="""ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 318/BC-UBND                                   Yên Bái, ngày 20 tháng 12 năm 2019

BÁO CÁO
Kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông năm 2019

...
III. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
Tổng số hồ sơ tiếp nhận trên địa bàn tỉnh năm 2019 là {R} hồ sơ (kể cả hồ sơ năm 2018 chuyển sang); đã giải quyết {G} hồ sơ, trong đó giải quyết đúng và trước hạn {T} hồ sơ, đạt {P}%, quá hạn {L} hồ sơ; đang giải quyết {PD} hồ sơ. Cụ thể:
1. Cấp tỉnh: tổng số hồ sơ tiếp nhận {R1}; đã giải quyết {G1} (đúng và trước hạn {T1}, quá hạn {L1}); đang giải quyết {PD1}.
2. Cấp huyện: tổng số hồ sơ tiếp nhận {R2}; đã giải quyết {G2} (đúng và trước hạn {T2}, quá hạn {L2}); đang giải quyết {PD2}.
3. Cấp xã: tổng số hồ sơ tiếp nhận {R3}; đã giải quyết {G3} (đúng và trước hạn {T3}, quá hạn {L3}); đang giải quyết {PD3}.
Số hồ sơ quá hạn giảm mạnh so với năm 2018 (giảm 312 hồ sơ), chủ yếu thuộc lĩnh vực đất đai tại Huyện Văn Chấn và Thị xã Nghĩa Lộ.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  CHỦ TỊCH
                                                  Hà Minh Chiến
""",
    vars=dict(
        R=V(S("R1", "R2", "R3"), fact=("received_total", "city")),
        G=V(S("G1", "G2", "G3"), fact=("resolved_total", "city")),
        T=V(S("T1", "T2", "T3"), fact=("resolved_in_time", "city")),
        P=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "city")),
        L=V(S("L1", "L2", "L3"), fact=("resolved_late", "city")),
        PD=V(S("PD1", "PD2", "PD3"), fact=("pending_total", "city")),
        R1=V(B("G1", "PD1"), fact=("received_total", "departments", "cấp tỉnh")),
        G1=V(S("T1", "L1"), fact=("resolved_total", "departments", "cấp tỉnh")),
        T1=V(28716, fact=("resolved_in_time", "departments", "cấp tỉnh")),
        L1=V(141, fact=("resolved_late", "departments", "cấp tỉnh")),
        PD1=V(1322, fact=("pending_total", "departments", "cấp tỉnh")),
        R2=V(B("G2", "PD2"), fact=("received_total", "districts", "cấp huyện")),
        G2=V(S("T2", "L2"), fact=("resolved_total", "districts", "cấp huyện")),
        T2=V(41208, fact=("resolved_in_time", "districts", "cấp huyện")),
        L2=V(406, fact=("resolved_late", "districts", "cấp huyện")),
        PD2=V(2187, fact=("pending_total", "districts", "cấp huyện")),
        R3=V(B("G3", "PD3"), fact=("received_total", "communes", "cấp xã")),
        G3=V(S("T3", "L3"), fact=("resolved_total", "communes", "cấp xã")),
        T3=V(133512, fact=("resolved_in_time", "communes", "cấp xã")),
        L3=V(95, fact=("resolved_late", "communes", "cấp xã")),
        PD3=V(604, fact=("pending_total", "communes", "cấp xã")),
    ),
    ids=[("balance", "R", "G", "PD"), ("sum", "G", "T", "L")],
    not_facts=[{"text": "giảm 312 hồ sơ", "why": "change"}],
    units=["Huyện Văn Chấn", "Thị xã Nghĩa Lộ"])


def _service_rows(prefix_rows, fmt_pct="p1"):
    """Rows of a portal table by service level: total = processed + unprocessed; processed = early +
    on time + late; the three shares over processed (the third one closes 100%)."""
    out = {}
    for k, (scope, early, ontime, late, unproc) in prefix_rows.items():
        sub = ("city", scope) if scope else ("city",)
        out[f"TOT{k}"] = V(B(f"D{k}", f"U{k}"), "i", fact=("received_total",) + sub)
        out[f"D{k}"] = V(S(f"E{k}", f"O{k}", f"L{k}") if early is not None else None, "i",
                         fact=("resolved_total",) + sub)
        out[f"U{k}"] = V(unproc, "i", fact=("pending_total",) + sub)
        out[f"E{k}"] = V(early, "i", fact=("resolved_early",) + sub)
        out[f"PE{k}"] = V(Pct(f"E{k}", f"D{k}"), fmt_pct, fact=("other",) + sub)
        out[f"O{k}"] = V(ontime, "i", fact=("resolved_on_time",) + sub)
        out[f"PO{k}"] = V(Pct(f"O{k}", f"D{k}"), fmt_pct, fact=("other",) + sub)
        out[f"L{k}"] = V(late, "i", fact=("resolved_late",) + sub)
        out[f"PL{k}"] = V(Comp((f"PE{k}", f"PO{k}")), fmt_pct, fact=("resolved_late",) + sub, num=(f"L{k}", f"D{k}"))
    return out


_U18 = _service_rows({"1": ("toàn trình", 10412, 1786, 133, 562), "2": ("một phần", 22618, 4905, 417, 1310),
                      "3": ("trực tiếp", 31204, 12177, 604, 2281)})
for _c in ("TOT", "D", "U", "E", "O", "L"):
    _U18[_c] = V(S(f"{_c}1", f"{_c}2", f"{_c}3"), "i",
                 fact=({"TOT": "received_total", "D": "resolved_total", "U": "pending_total", "E": "resolved_early",
                        "O": "resolved_on_time", "L": "resolved_late"}[_c], "city"))
_U18["PE"] = V(Pct("E", "D"), "p1", fact=("other", "city"))
_U18["PO"] = V(Pct("O", "D"), "p1", fact=("other", "city"))
_U18["PL"] = V(Comp(("PE", "PO")), "p1", fact=("resolved_late", "city"), num=("L", "D"))

add(name="U18", register="portal_stats", doc_date="2024-09-03", province="Tỉnh Bình Thuận",
    slip=("O2", "4950", "swap"), expect="det",
    text="""TRANG THỐNG KÊ - CỔNG DỊCH VỤ CÔNG TỈNH BÌNH THUẬN
Kết quả giải quyết thủ tục hành chính theo mức độ (từ 01/01/2024 đến 31/08/2024)

Mức độ | Tổng | Đã xử lý | Chưa xử lý | Trước hạn | % | Đúng hạn | % | Trễ hạn | %
Toàn trình | {TOT1} | {D1} | {U1} | {E1} | {PE1}% | {O1} | {PO1}% | {L1} | {PL1}%
Một phần | {TOT2} | {D2} | {U2} | {E2} | {PE2}% | {O2} | {PO2}% | {L2} | {PL2}%
Trực tiếp | {TOT3} | {D3} | {U3} | {E3} | {PE3}% | {O3} | {PO3}% | {L3} | {PL3}%
Tổng cộng | {TOT} | {D} | {U} | {E} | {PE}% | {O} | {PO}% | {L} | {PL}%

Tỷ lệ (%) tính trên số hồ sơ đã xử lý. Số liệu cập nhật lúc 03/09/2024 08:00.
""",
    vars=_U18,
    ids=[("balance", "TOT", "D", "U"), ("sum", "D", "E", "O", "L"), ("ratio", "PL1", "L1", "D1"),
         ("ratio", "PL2", "L2", "D2"), ("ratio", "PL3", "L3", "D3"), ("ratio", "PL", "L", "D")])

# --------------------------------------------------------------------------------------------- U19
add(name="U19", register="weekly_notice", doc_date="2025-08-25", province="Tỉnh Quảng Trị",
    slip=("Y", "6.502", "drop"), expect="det",
    text="""ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 41/TB-TTPVHCC                                 Quảng Trị, ngày 25 tháng 8 năm 2025

THÔNG BÁO
Kết quả thực hiện chỉ tiêu giải quyết thủ tục hành chính (từ ngày 18/8/2025 đến ngày 22/8/2025)

1. Tỷ lệ hồ sơ nộp trực tuyến
Toàn tỉnh đạt {PN}% ({N}/{M} hồ sơ); các sở, ban, ngành đạt {PN1}%; các xã, phường, đặc khu đạt {PN2}%.

2. Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn
Tỷ lệ của toàn tỉnh đạt {P}% ({X}/{Y} hồ sơ đã giải quyết), trong đó:
- Các sở, ban, ngành: {P1}% ({X1}/{Y1} hồ sơ);
- Các xã, phường, đặc khu: {P2}% ({X2}/{Y2} hồ sơ). Số địa phương đạt 100%: {UC}/78.
Các địa phương có tỷ lệ thấp: Xã Lệ Thủy ({PA}%), Phường Đồng Hới ({PB}%).

                                                  GIÁM ĐỐC
                                                  Lê Sỹ Hoàn
""",
    vars=dict(
        PN=V(Pct("N", "M"), "p2", fact=("online_submission", "city")),
        N=V(48215, fact=None),
        M=V(60174, fact=None),
        PN1=V("88.06", "p2", fact=("online_submission", "departments")),
        PN2=V("79.12", "p2", fact=("online_submission", "communes")),
        P=V(Pct("X", "Y"), "p2", fact=("resolved_on_time", "city")),
        X=V(S("X1", "X2"), fact=None),
        Y=V(S("Y1", "Y2"), fact=None),
        P1=V(Pct("X1", "Y1"), "p2", fact=("resolved_on_time", "departments")),
        X1=V(9803, fact=None),
        Y1=V(10117, fact=None),
        P2=V(Pct("X2", "Y2"), "p2", fact=("resolved_on_time", "communes")),
        X2=V(50961, fact=None),
        Y2=V(51385, fact=None),
        UC=V(41, fact=("units_meeting_target", "communes"), kind="unit_count", den=78),
        PA=V("91.37", "p2", fact=("resolved_on_time", "unit:Xã Lệ Thủy")),
        PB=V("93.05", "p2", fact=("resolved_on_time", "unit:Phường Đồng Hới")),
    ),
    units=["Xã Lệ Thủy", "Phường Đồng Hới"])

# --------------------------------------------------------------------------------------------- U20
add(name="U20", register="news_article", doc_date="2023-03-15", province="Tỉnh Long An",
    slip=("PON", "6,235", "separator"), expect="det",
    text="""Long An: hồ sơ nộp trực tuyến chiếm hơn 60% trong 2 tháng đầu năm 2023

15/03/2023

Hai tháng đầu năm 2023, các cơ quan hành chính trên địa bàn tỉnh Long An đã tiếp nhận {R} hồ sơ thủ tục hành chính. Trong đó, hồ sơ nộp trực tuyến là {ON} hồ sơ, chiếm {PON}%; hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích là {OFF} hồ sơ, chiếm {POFF}%.

Cũng trong thời gian này, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận {FN} phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính; đến nay đã xử lý xong {FR} phản ánh, kiến nghị, còn {FP} phản ánh đang được Sở Tài nguyên và Môi trường và Ủy ban nhân dân Huyện Đức Hòa xem xét.

Theo lãnh đạo Văn phòng UBND tỉnh, năm 2023 tỉnh phấn đấu tăng tỷ lệ hồ sơ trực tuyến thêm ít nhất 10 điểm phần trăm.

Huỳnh Như
""",
    vars=dict(
        R=V(S("ON", "OFF"), fact=("received_total", "city")),
        ON=V(87310, fact=("received_online", "city")),
        PON=V(Pct("ON", "R"), "p2", fact=("received_online_share", "city")),
        OFF=V(52719, fact=("received_offline", "city")),
        POFF=V(Comp(("PON",)), "p2", fact=("received_offline_share", "city"), num=("OFF", "R")),
        FN=V(B("FR", "FP"), "z", fact=("feedback_new", "city")),
        FR=V(19, "z", fact=("feedback_resolved", "city")),
        FP=V(4, "z", fact=("feedback_pending", "city")),
    ),
    ids=[("ratio", "POFF", "OFF", "R")],
    not_facts=[{"text": "hơn 60%", "why": "bound"}, {"text": "ít nhất 10 điểm phần trăm", "why": "change"}],
    units=["Huyện Đức Hòa"])

# --------------------------------------------------------------------------------------------- U21
add(name="U21", register="quarterly_report", doc_date="2024-07-10", province="Tỉnh Sơn La",
    slip=("O2", "3.174", "swap"), expect="det",
    text="""ỦY BAN NHÂN DÂN TỈNH SƠN LA
Số: 265/BC-UBND                                   Sơn La, ngày 10 tháng 7 năm 2024

BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2024

...
c) Kết quả giải quyết hồ sơ thủ tục hành chính
Sáu tháng đầu năm 2024, toàn tỉnh đã giải quyết {G} hồ sơ (trước hạn {E} hồ sơ, đúng hạn {O} hồ sơ, quá hạn {L} hồ sơ).
Số hồ sơ đã giải quyết của cấp tỉnh, cấp huyện và cấp xã lần lượt là {G1}, {G2} và {G3} hồ sơ; trong đó số hồ sơ giải quyết trước hạn lần lượt là {E1}, {E2} và {E3} hồ sơ; đúng hạn lần lượt là {O1}, {O2} và {O3} hồ sơ; quá hạn lần lượt là {L1}, {L2} và {L3} hồ sơ.
Huyện Sông Mã, Huyện Mai Sơn là các địa phương có tỷ lệ hồ sơ quá hạn cao nhất của cấp huyện.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  KT. CHỦ TỊCH
                                                  PHÓ CHỦ TỊCH
                                                  Cầm Văn Thiêm
""",
    vars=dict(
        G=V(S("G1", "G2", "G3"), fact=("resolved_total", "city")),
        E=V(S("E1", "E2", "E3"), fact=("resolved_early", "city")),
        O=V(S("O1", "O2", "O3"), fact=("resolved_on_time", "city")),
        L=V(S("L1", "L2", "L3"), fact=("resolved_late", "city")),
        G1=V(S("E1", "O1", "L1"), fact=("resolved_total", "departments", "cấp tỉnh")),
        G2=V(S("E2", "O2", "L2"), fact=("resolved_total", "districts", "cấp huyện")),
        G3=V(S("E3", "O3", "L3"), fact=("resolved_total", "communes", "cấp xã")),
        E1=V(24518, fact=("resolved_early", "departments", "cấp tỉnh")),
        E2=V(36702, fact=("resolved_early", "districts", "cấp huyện")),
        E3=V(88431, fact=("resolved_early", "communes", "cấp xã")),
        O1=V(1093, fact=("resolved_on_time", "departments", "cấp tỉnh")),
        O2=V(3714, fact=("resolved_on_time", "districts", "cấp huyện")),
        O3=V(2260, fact=("resolved_on_time", "communes", "cấp xã")),
        L1=V(62, fact=("resolved_late", "departments", "cấp tỉnh")),
        L2=V(418, fact=("resolved_late", "districts", "cấp huyện")),
        L3=V(77, fact=("resolved_late", "communes", "cấp xã")),
    ),
    ids=[("sum", "G", "E", "O", "L")],
    units=["Huyện Sông Mã", "Huyện Mai Sơn"])

# --------------------------------------------------------------------------------------------- U22
add(name="U22", register="news_article", doc_date="2022-08-12", province="Tỉnh Phú Thọ",
    slip=("R", "61.240", "swap"), expect="undet",
    text="""Phú Thọ: tháng 7/2022 tiếp nhận {R0} hồ sơ thủ tục hành chính

12/08/2022 08:05

Theo Sở Nội vụ, trong tháng 7/2022 các cơ quan hành chính nhà nước ba cấp của tỉnh đã tiếp nhận {R} hồ sơ thủ tục hành chính, nhiều hơn tháng 6 khoảng 2.000 hồ sơ. Tỷ lệ hồ sơ giải quyết đúng hạn đạt {PT}%; tỷ lệ hồ sơ nộp trực tuyến đạt {PON}%.

Thành phố Việt Trì và Huyện Lâm Thao là hai địa phương dẫn đầu về tỷ lệ hồ sơ trực tuyến. Trong tháng 8, Sở Nội vụ tiếp tục kiểm tra đột xuất việc thực hiện cơ chế một cửa tại 05 huyện.

Thu Hà
""",
    vars=dict(
        R0=V(Same("R"), fact=("received_total", "city")),
        R=V(61204, fact=("received_total", "city")),
        PT=V("98.7", "p1", fact=("resolved_on_time", "city")),
        PON=V("31.4", "p1", fact=("online_submission", "city")),
    ),
    not_facts=[{"text": "khoảng 2.000 hồ sơ", "why": "approx"}, {"text": "05 huyện", "why": "count_of_things"}],
    units=["Thành phố Việt Trì", "Huyện Lâm Thao"])

# --------------------------------------------------------------------------------------------- U23
add(name="U23", register="weekly_notice", doc_date="2024-06-17", province="Tỉnh Quảng Bình",
    slip=("X", "20.391", "digit"), expect="undet",
    text="""VĂN PHÒNG UBND TỈNH QUẢNG BÌNH
Số: 77/TB-VPUBND                                  Quảng Bình, ngày 17 tháng 6 năm 2024

THÔNG BÁO
Kết quả thực hiện chỉ tiêu số hóa và thanh toán trực tuyến tuần từ 10/6/2024 đến 14/6/2024

1. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (chỉ tiêu 80%): toàn tỉnh đạt {P}% ({X}/{Y} hồ sơ).
2. Tỷ lệ thanh toán trực tuyến (chỉ tiêu 45%): toàn tỉnh đạt {Q}% ({A}/{C} hồ sơ có thu phí, lệ phí).
3. Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: {RU}%.

Đề nghị Ủy ban nhân dân Huyện Minh Hóa, Huyện Tuyên Hóa khẩn trương khắc phục tình trạng chưa số hóa kết quả giải quyết.

                                                  KT. CHÁNH VĂN PHÒNG
                                                  PHÓ CHÁNH VĂN PHÒNG
                                                  Trần Quang Vinh
""",
    vars=dict(
        P=V(Pct("X", "Y"), "p2", fact=("digitization", "city")),
        X=V(20891, fact=None),
        Y=V(23716, fact=None),
        Q=V(Pct("A", "C"), "p2", fact=("online_payment", "city")),
        A=V(6118, fact=None),
        C=V(11402, fact=None),
        RU=V("42.8", "p1", fact=("digital_reuse", "city")),
    ),
    not_facts=[{"text": "chỉ tiêu 80%", "why": "target"}, {"text": "chỉ tiêu 45%", "why": "target"}],
    units=["Huyện Minh Hóa", "Huyện Tuyên Hóa"])

# --------------------------------------------------------------------------------------------- U24
add(name="U24", register="commune_report", doc_date="2021-10-05", province="Tỉnh Vĩnh Phúc",
    slip=("C", "133", "double"), expect="undet",
    text="""UBND HUYỆN TAM DƯƠNG
UBND XÃ HOÀNG HOA
Số: 46/BC-UBND                                    Hoàng Hoa, ngày 05 tháng 10 năm 2021

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2021

Quý III/2021, Bộ phận tiếp nhận và trả kết quả xã tiếp nhận {R} hồ sơ. Trong đó: nộp trực tuyến {ON} hồ sơ; nộp trực tiếp {OFF} hồ sơ; hồ sơ kỳ trước chuyển sang {C} hồ sơ.
Đã giải quyết {G} hồ sơ, gồm: trước hạn {E} hồ sơ, đúng hạn {O} hồ sơ, quá hạn {L} hồ sơ.
Lĩnh vực có nhiều hồ sơ nhất là chứng thực và hộ tịch. Do ảnh hưởng của dịch Covid-19, từ ngày 15/8 đến ngày 01/9/2021 xã tạm dừng tiếp nhận hồ sơ trực tiếp.

                                                  CHỦ TỊCH
                                                  Đỗ Văn Thạo
""",
    vars=dict(
        R=V(S("ON", "OFF", "C"), fact=("received_total", "self")),
        ON=V(219, fact=("received_online", "self")),
        OFF=V(587, fact=("received_offline", "self")),
        C=V(13, fact=("received_carried_over", "self")),
        G=V(S("E", "O", "L"), fact=("resolved_total", "self")),
        E=V(702, fact=("resolved_early", "self")),
        O=V(88, fact=("resolved_on_time", "self")),
        L=V(0, fact=("resolved_late", "self")),
    ),
    not_facts=[{"text": "15/8 đến ngày 01/9/2021", "why": "date"}],
    units=["Xã Hoàng Hoa", "Huyện Tam Dương"])

# --------------------------------------------------------------------------------------------- U25
add(name="U25", register="portal_stats", doc_date="2025-12-01", province="Tỉnh Lâm Đồng",
    slip=("G3", "1874", "copy"), copy_of="G2", expect="undet",
    text="""CỔNG DỊCH VỤ CÔNG TỈNH LÂM ĐỒNG - THỐNG KÊ HỒ SƠ
Đơn vị: một số xã, phường khu vực Đà Lạt - Di Linh | Tháng 11/2025

Đơn vị                          Tiếp nhận    Đã giải quyết
Phường Xuân Hương - Đà Lạt      {R1}         {G1}
Phường Lâm Viên - Đà Lạt        {R2}         {G2}
Xã Di Linh                      {R3}         {G3}
Xã Hòa Ninh                     {R4}         {G4}
Xã Gia Hiệp                     {R5}         {G5}
Cộng                            {R}          {G}

(Số liệu tự động, chưa gồm hồ sơ của các Bộ, ngành)
""",
    vars=dict(
        R1=V(2614, "i", fact=("received_total", "unit:Phường Xuân Hương - Đà Lạt")),
        G1=V(2488, "i", fact=("resolved_total", "unit:Phường Xuân Hương - Đà Lạt")),
        R2=V(1952, "i", fact=("received_total", "unit:Phường Lâm Viên - Đà Lạt")),
        G2=V(1874, "i", fact=("resolved_total", "unit:Phường Lâm Viên - Đà Lạt")),
        R3=V(1407, "i", fact=("received_total", "unit:Xã Di Linh")),
        G3=V(1329, "i", fact=("resolved_total", "unit:Xã Di Linh")),
        R4=V(386, "i", fact=("received_total", "unit:Xã Hòa Ninh")),
        G4=V(371, "i", fact=("resolved_total", "unit:Xã Hòa Ninh")),
        R5=V(512, "i", fact=("received_total", "unit:Xã Gia Hiệp")),
        G5=V(497, "i", fact=("resolved_total", "unit:Xã Gia Hiệp")),
        R=V(S("R1", "R2", "R3", "R4", "R5"), "i", fact=None),
        G=V(S("G1", "G2", "G3", "G4", "G5"), "i", fact=None),
    ),
    units=["Phường Xuân Hương - Đà Lạt", "Phường Lâm Viên - Đà Lạt", "Xã Di Linh", "Xã Hòa Ninh", "Xã Gia Hiệp"])

# --------------------------------------------------------------------------------------------- U26
add(name="U26", register="ministry_report", doc_date="2024-09-06", province=None,
    slip=("PL", "2,51", "swap"), expect="undet",
    text="""BỘ XÂY DỰNG
Số: 3105/BC-BXD                                   Hà Nội, ngày 06 tháng 9 năm 2024

BÁO CÁO
Tình hình thực hiện công tác kiểm soát thủ tục hành chính 8 tháng năm 2024

1. Thống kê thủ tục hành chính
Tổng số thủ tục hành chính thuộc phạm vi quản lý của Bộ là {PT} thủ tục, gồm {PC} thủ tục thực hiện tại cơ quan trung ương và {PL0} thủ tục thực hiện tại địa phương.

2. Kết quả giải quyết
Tám tháng năm 2024, các đơn vị thuộc Bộ đã giải quyết {G} hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn đạt {PT1}%, tỷ lệ hồ sơ trễ hạn là {PL}%, chủ yếu thuộc lĩnh vực giám định tư pháp xây dựng và cấp chứng chỉ hành nghề.

3. Phản ánh, kiến nghị
Bộ tiếp nhận {FN} phản ánh, kiến nghị; đã xử lý {FR}, đang xử lý {FP}.

                                                  KT. BỘ TRƯỞNG
                                                  THỨ TRƯỞNG
                                                  Tạ Quang Liêm
""",
    vars=dict(
        PT=V(S("PC", "PL0"), fact=("procedures_total", "self")),
        PC=V(109, fact=("procedures_total", "self", "trung ương")),
        PL0=V(251, fact=("procedures_total", "self", "địa phương")),
        G=V(14208, fact=("resolved_total", "self")),
        PT1=V("97.85", "p2", fact=("resolved_on_time", "self")),
        PL=V(Comp(("PT1",)), "p2", fact=("resolved_late", "self")),
        FN=V(B("FR", "FP"), fact=("feedback_new", "self")),
        FR=V(57, fact=("feedback_resolved", "self")),
        FP=V(6, "z", fact=("feedback_pending", "self")),
    ))

# --------------------------------------------------------------------------------------------- U27
add(name="U27", register="quarterly_report", doc_date="2021-06-21", province="Tỉnh Lạng Sơn",
    slip=("E", "316", "drop"), expect="undet",
    text="""ỦY BAN NHÂN DÂN HUYỆN CAO LỘC
Số: 188/BC-UBND                                   Cao Lộc, ngày 21 tháng 6 năm 2021

BÁO CÁO
Kết quả công tác cải cách hành chính 6 tháng đầu năm 2021

...
4. Thực hiện cơ chế một cửa, một cửa liên thông
Sáu tháng đầu năm 2021, Bộ phận Một cửa của huyện đã giải quyết {G} hồ sơ; trong đó giải quyết trước hạn {E} hồ sơ, đúng hạn {O} hồ sơ, quá hạn {L} hồ sơ (lĩnh vực đất đai).
Bộ phận Một cửa của 22 xã, thị trấn tiếp tục duy trì tiếp nhận hồ sơ vào thứ Bảy hằng tuần.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  CHỦ TỊCH
                                                  Vi Thế Cường
""",
    vars=dict(
        G=V(S("E", "O", "L"), fact=("resolved_total", "self", "cấp huyện")),
        E=V(3106, fact=("resolved_early", "self", "cấp huyện")),
        O=V(671, fact=("resolved_on_time", "self", "cấp huyện")),
        L=V(41, fact=("resolved_late", "self", "cấp huyện")),
    ),
    not_facts=[{"text": "22 xã, thị trấn", "why": "count_of_things"}],
    units=["Huyện Cao Lộc"])

# --------------------------------------------------------------------------------------------- U28
add(name="U28", register="news_article", doc_date="2026-02-10", province="Tỉnh Vĩnh Long",
    slip=("PON", "8,75", "separator"), expect="undet",
    text="""Phường Trà Vinh: {SAT}% người dân hài lòng với Trung tâm Phục vụ hành chính công

10/02/2026 - 14:30

Sau hơn bảy tháng vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công Phường Trà Vinh đã trở thành điểm đến quen thuộc của người dân. Theo số liệu của Trung tâm, trong tháng 01/2026, hồ sơ nộp trực tuyến chiếm {PON}%, hồ sơ nộp trực tiếp chiếm {POFF}% tổng số hồ sơ tiếp nhận.

Bà Thạch Thị Sa Ra, Giám đốc Trung tâm cho biết, từ đầu năm Trung tâm bố trí thêm 02 nhân viên hướng dẫn người cao tuổi nộp hồ sơ trên Cổng Dịch vụ công quốc gia.

Kim Ngân
""",
    vars=dict(
        SAT=V("92.3", "p1", fact=("other", "unit:Phường Trà Vinh")),
        PON=V("87.5", "p1", fact=("received_online_share", "unit:Phường Trà Vinh")),
        POFF=V(Comp(("PON",)), "p1", fact=("received_offline_share", "unit:Phường Trà Vinh")),
    ),
    not_facts=[{"text": "02 nhân viên", "why": "count_of_things"}],
    units=["Phường Trà Vinh"])

# ============================================================================================ clean
# --------------------------------------------------------------------------------------------- U29
add(name="U29", register="weekly_notice", doc_date="2026-03-16", province="Tỉnh Phú Thọ",
    text="""VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 96/TB-VP                                      Phú Thọ, ngày 16 tháng 3 năm 2026

THÔNG BÁO
Tình hình thực hiện một số chỉ tiêu cải cách thủ tục hành chính (từ ngày 06/3/2026 đến ngày 12/3/2026)

1. Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao ≥ 80%)
Toàn tỉnh đạt {PX}% (số hồ sơ nộp trực tuyến/tổng số hồ sơ tiếp nhận: {X}/{Y}), trong đó:
- Các sở, ban, ngành: đạt {PX1}% ({X1}/{Y1} hồ sơ).
- Các xã, phường: đạt {PX2}% ({X2}/{Y2} hồ sơ). Số địa phương đạt chỉ tiêu: {UC}/148. Thấp nhất: Xã Tây Cốc ({PA}%), Phường Âu Cơ ({PB}%).

2. Tỷ lệ thanh toán trực tuyến (chỉ tiêu giao ≥ 60%)
Toàn tỉnh đạt {PA0}% ({A}/{C} hồ sơ có phí, lệ phí), trong đó các sở, ban, ngành {PA1}% ({A1}/{C1}); các xã, phường {PA2}% ({A2}/{C2}).

3. Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn
Toàn tỉnh đạt {PT}% ({T}/{G} hồ sơ đã giải quyết); các sở, ban, ngành {PT1}% ({T1}/{G1}); các xã, phường {PT2}% ({T2}/{G2}).

                                                  KT. CHÁNH VĂN PHÒNG
                                                  PHÓ CHÁNH VĂN PHÒNG
                                                  Bùi Đức Hạnh
""",
    vars=dict(
        PX=V(Pct("X", "Y"), "p2", fact=("online_submission", "city")),
        X=V(S("X1", "X2"), fact=None), Y=V(S("Y1", "Y2"), fact=None),
        PX1=V(Pct("X1", "Y1"), "p2", fact=("online_submission", "departments")),
        X1=V(7412, fact=None), Y1=V(9310, fact=None),
        PX2=V(Pct("X2", "Y2"), "p2", fact=("online_submission", "communes")),
        X2=V(51806, fact=None), Y2=V(60944, fact=None),
        UC=V(131, fact=("units_meeting_target", "communes"), kind="unit_count", den=148),
        PA=V("41.25", "p2", fact=("online_submission", "unit:Xã Tây Cốc")),
        PB=V("52.10", "p2", fact=("online_submission", "unit:Phường Âu Cơ")),
        PA0=V(Pct("A", "C"), "p2", fact=("online_payment", "city")),
        A=V(S("A1", "A2"), fact=None), C=V(S("C1", "C2"), fact=None),
        PA1=V(Pct("A1", "C1"), "p2", fact=("online_payment", "departments")),
        A1=V(1835, fact=None), C1=V(2467, fact=None),
        PA2=V(Pct("A2", "C2"), "p2", fact=("online_payment", "communes")),
        A2=V(30118, fact=None), C2=V(33902, fact=None),
        PT=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "city")),
        T=V(S("T1", "T2"), fact=None), G=V(S("G1", "G2"), fact=None),
        PT1=V(Pct("T1", "G1"), "p2", fact=("resolved_on_time", "departments")),
        T1=V(9127, fact=None), G1=V(9189, fact=None),
        PT2=V(Pct("T2", "G2", trunc=True), "p2", fact=("resolved_on_time", "communes")),
        T2=V(60218, fact=None), G2=V(60390, fact=None),
    ),
    not_facts=[{"text": "≥ 80%", "why": "target"}, {"text": "≥ 60%", "why": "target"}],
    units=["Xã Tây Cốc", "Phường Âu Cơ"])

# --------------------------------------------------------------------------------------------- U30
add(name="U30", register="quarterly_report", doc_date="2021-12-15", province="Tỉnh Lạng Sơn",
    text="""ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 421/BC-UBND                                   Lạng Sơn, ngày 15 tháng 12 năm 2021

BÁO CÁO
Công tác cải cách thủ tục hành chính năm 2021

...
2. Kết quả tiếp nhận, giải quyết hồ sơ
Năm 2021 (từ ngày 16/12/2020 đến ngày 15/12/2021), tổng số hồ sơ tiếp nhận trên địa bàn tỉnh là {R} hồ sơ, trong đó tiếp nhận mới {RN} hồ sơ, từ kỳ trước chuyển sang {C} hồ sơ. Đã giải quyết {G} hồ sơ, trong đó đúng hạn và trước hạn {T} hồ sơ, chiếm {PT}%; quá hạn {L} hồ sơ. Đang giải quyết {PD} hồ sơ.
Tại cấp tỉnh (Trung tâm Phục vụ hành chính công tỉnh): đã giải quyết {G1} hồ sơ, quá hạn {L1} hồ sơ.
Tại cấp huyện: đã giải quyết {G2} hồ sơ, quá hạn {L2} hồ sơ.
Tại cấp xã: đã giải quyết {G3} hồ sơ, quá hạn {L3} hồ sơ.
Như vậy, tỷ lệ giải quyết đúng hạn năm 2021 đạt {PT0}%, vượt chỉ tiêu 95% của Kế hoạch số 12/KH-UBND.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  KT. CHỦ TỊCH
                                                  PHÓ CHỦ TỊCH
                                                  Lộc Thị Thanh Huyền
""",
    vars=dict(
        R=V(S("RN", "C"), fact=("received_total", "city")),
        RN=V(307452, fact=("received_total", "city", "tiếp nhận mới")),
        C=V(4118, fact=("received_carried_over", "city")),
        G=V(S("G1", "G2", "G3"), fact=("resolved_total", "city")),
        T=V(301871, fact=("resolved_in_time", "city")),
        PT=V(Pct("T", "G", trunc=True), "p1", fact=("resolved_on_time", "city")),
        L=V(S("L1", "L2", "L3"), fact=("resolved_late", "city")),
        PD=V(8955, fact=("pending_total", "city")),
        G1=V(41206, fact=("resolved_total", "departments", "cấp tỉnh")),
        L1=V(37, fact=("resolved_late", "departments", "cấp tỉnh")),
        G2=V(88519, fact=("resolved_total", "districts", "cấp huyện")),
        L2=V(612, fact=("resolved_late", "districts", "cấp huyện")),
        G3=V(172890, fact=("resolved_total", "communes", "cấp xã")),
        L3=V(95, fact=("resolved_late", "communes", "cấp xã")),
        PT0=V(Same("PT"), "p1", fact=("resolved_on_time", "city")),
    ),
    ids=[("sum", "G", "T", "L"), ("balance", "R", "G", "PD")],
    not_facts=[{"text": "chỉ tiêu 95%", "why": "target"}])

# --------------------------------------------------------------------------------------------- U31
add(name="U31", register="commune_report", doc_date="2025-09-22", province="Thành phố Huế",
    text="""ỦY BAN NHÂN DÂN PHƯỜNG KIM LONG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 17/BC-TTPVHCC                                 Kim Long, ngày 22 tháng 9 năm 2025

BÁO CÁO
Tình hình, kết quả thực hiện một số chỉ tiêu về cải cách, kiểm soát thủ tục hành chính
(Số liệu từ ngày 15/8/2025 đến hết ngày 14/9/2025)

I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU
1. Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao ≥ 80%): {PON}% ({ON2}/{RX} hồ sơ).
2. Tỷ lệ giải quyết hồ sơ trước hạn, đúng hạn: {PT}% (không tính hồ sơ từ chối và hồ sơ công dân rút).
3. Tỷ lệ hồ sơ lưu kho: {AR}/{AG} hồ sơ, đạt {PAR}%.
4. Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: {RU}%.

II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
1. Tiếp nhận: tổng số {R} hồ sơ, gồm:
- Tiếp nhận trực tuyến: {ON} hồ sơ;
- Tiếp nhận trực tiếp, qua dịch vụ bưu chính: {OFF} hồ sơ;
- Hồ sơ từ kỳ trước chuyển sang: {C} hồ sơ.
2. Đã giải quyết: {G} hồ sơ, gồm:
+ Giải quyết trước hạn: {E} hồ sơ;
+ Giải quyết đúng hạn: {O} hồ sơ;
+ Từ chối giải quyết: {REJ} hồ sơ;
+ Công dân rút hồ sơ: {WD} hồ sơ;
+ Giải quyết quá hạn: {L} hồ sơ.
3. Đang giải quyết: {PD} hồ sơ (trong hạn {PD1} hồ sơ; quá hạn {PD2} hồ sơ; chờ bổ sung {PD3} hồ sơ).

                                                  GIÁM ĐỐC
                                                  Phan Thanh Bình
""",
    vars=dict(
        PON=V(Pct("ON2", "RX"), "p0", fact=("online_submission", "self")),
        ON2=V(Same("ON"), fact=None),
        RX=V(S("ON", "OFF"), fact=None),
        PT=V(Pct(("E", "O"), ("E", "O", "L"), nd=False), "p2", fact=("resolved_on_time", "self")),
        AR=V(2041, fact=None),
        AG=V(2099, fact=None),
        PAR=V(Pct("AR", "AG"), "p2", fact=("archived", "self")),
        RU=V("99.12", "p2", fact=("digital_reuse", "self")),
        R=V(S("ON", "OFF", "C"), fact=("received_total", "self")),
        ON=V(2131, fact=("received_online", "self")),
        OFF=V(0, fact=("received_offline", "self")),
        C=V(42, fact=("received_carried_over", "self")),
        G=V(S("E", "O", "REJ", "WD", "L"), fact=("resolved_total", "self")),
        E=V(2098, fact=("resolved_early", "self")),
        O=V(0, fact=("resolved_on_time", "self")),
        REJ=V(2, "z", fact=("resolved_rejected", "self")),
        WD=V(31, fact=("resolved_withdrawn", "self")),
        L=V(1, "z", fact=("resolved_late", "self")),
        PD=V(S("PD1", "PD2", "PD3"), fact=("pending_total", "self")),
        PD1=V(41, fact=("pending_on_time", "self")),
        PD2=V(0, fact=("pending_late", "self")),
        PD3=V(0, fact=("pending_supplement", "self")),
    ),
    ids=[("balance", "R", "G", "PD")],
    not_facts=[{"text": "≥ 80%", "why": "target"}],
    units=["Phường Kim Long"])

# --------------------------------------------------------------------------------------------- U32
add(name="U32", register="news_article", doc_date="2024-04-09", province="Tỉnh Đắk Nông",
    text="""Đắk Nông: quý I/2024 giải quyết {G0} hồ sơ thủ tục hành chính

Thứ Ba, 09/04/2024 16:20

Theo Văn phòng UBND tỉnh Đắk Nông, quý I/2024 các cơ quan hành chính ba cấp trên địa bàn tỉnh giải quyết {G} hồ sơ thủ tục hành chính, trong đó {T} hồ sơ được giải quyết đúng và trước hạn (đạt {P}%).

Cụ thể, các sở, ban, ngành giải quyết {G1} hồ sơ; cấp huyện giải quyết {G2} hồ sơ; cấp xã giải quyết {G3} hồ sơ. Số hồ sơ nộp trực tuyến đạt {ON} hồ sơ, tăng 12,4% so với cùng kỳ năm 2023.

Thành phố Gia Nghĩa và Huyện Đắk Mil là hai địa phương có lượng hồ sơ lớn nhất, chiếm gần một nửa số hồ sơ của cấp huyện.

Ngọc Dung
""",
    vars=dict(
        G0=V(Same("G"), fact=("resolved_total", "city")),
        G=V(S("G1", "G2", "G3"), fact=("resolved_total", "city")),
        T=V(53807, fact=("resolved_in_time", "city")),
        P=V(Pct("T", "G"), "p2", fact=("resolved_on_time", "city")),
        G1=V(12044, fact=("resolved_total", "departments")),
        G2=V(17391, fact=("resolved_total", "districts")),
        G3=V(24875, fact=("resolved_total", "communes")),
        ON=V(21336, fact=("received_online", "city")),
    ),
    not_facts=[{"text": "tăng 12,4%", "why": "change"}, {"text": "gần một nửa", "why": "approx"}],
    units=["Thành phố Gia Nghĩa", "Huyện Đắk Mil"])

# --------------------------------------------------------------------------------------------- U33
_U33_ROWS = [("Thành phố Vĩnh Yên", 4107, 88, 402), ("Thành phố Phúc Yên", 2716, 41, 233),
             ("Huyện Lập Thạch", 1985, 12, 140), ("Huyện Tam Dương", 1632, 27, 118),
             ("Huyện Tam Đảo", 904, 6, 77), ("Huyện Bình Xuyên", 2388, 35, 196),
             ("Huyện Yên Lạc", 2051, 19, 161), ("Huyện Vĩnh Tường", 2874, 102, 245),
             ("Huyện Sông Lô", 1176, 9, 83)]
_U33 = {}
_U33_LINES = []
for _i, (_n, _t, _l, _pd) in enumerate(_U33_ROWS, 1):
    _u = "unit:" + _n
    _U33[f"R{_i}"] = V(B(f"G{_i}", f"PD{_i}"), "i", fact=("received_total", _u))
    _U33[f"G{_i}"] = V(S(f"T{_i}", f"L{_i}"), "i", fact=("resolved_total", _u))
    _U33[f"T{_i}"] = V(_t, "i", fact=("resolved_in_time", _u))
    _U33[f"L{_i}"] = V(_l, "i", fact=("resolved_late", _u))
    _U33[f"P{_i}"] = V(Pct(f"T{_i}", f"G{_i}"), "p2", fact=("resolved_on_time", _u))
    _U33[f"PD{_i}"] = V(_pd, "i", fact=("pending_total", _u))
    _U33_LINES.append(f"{_i}. {_n}: {{R{_i}}} - {{G{_i}}} - {{T{_i}}} - {{L{_i}}} - {{P{_i}}}% - {{PD{_i}}}")
for _c, _ind in (("R", "received_total"), ("G", "resolved_total"), ("T", "resolved_in_time"),
                 ("L", "resolved_late"), ("PD", "pending_total")):
    _U33[_c] = V(S(*[f"{_c}{_i}" for _i in range(1, 10)]), "i", fact=(_ind, "districts", "cấp huyện"))
_U33["P"] = V(Pct("T", "G"), "p2", fact=("resolved_on_time", "districts", "cấp huyện"))

add(name="U33", register="portal_stats", doc_date="2020-07-01", province="Tỉnh Vĩnh Phúc",
    text="""HỆ THỐNG MỘT CỬA ĐIỆN TỬ TỈNH VĨNH PHÚC
Báo cáo thống kê kết quả giải quyết TTHC cấp huyện - Tháng 6/2020
(từ ngày 21/5/2020 đến ngày 20/6/2020)

Thứ tự cột: Tổng hồ sơ (gồm kỳ trước chuyển qua) - Đã giải quyết - Trước và đúng hạn - Chậm hạn - Tỷ lệ đúng hạn - Đang giải quyết
""" + "\n".join(_U33_LINES) + """
Cộng 9 huyện, thành phố: {R} - {G} - {T} - {L} - {P}% - {PD}

Ghi chú: Tỷ lệ đúng hạn = Trước và đúng hạn / Đã giải quyết.
""",
    vars=_U33,
    ids=[("balance", "R", "G", "PD"), ("sum", "G", "T", "L")],
    not_facts=[{"text": "9 huyện, thành phố", "why": "count_of_things"}],
    units=[r[0] for r in _U33_ROWS])

# --------------------------------------------------------------------------------------------- U34
add(name="U34", register="ministry_report", doc_date="2025-10-08", province=None,
    text="""BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 5127/BC-BNNMT                                 Hà Nội, ngày 08 tháng 10 năm 2025

BÁO CÁO
Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý III năm 2025

Quý III/2025, Bộ tiếp nhận {R0} hồ sơ và đã giải quyết {G0} hồ sơ thủ tục hành chính; không phát sinh phản ánh, kiến nghị quá hạn xử lý.

I. KẾT QUẢ THỰC HIỆN
...
3. Dịch vụ công trực tuyến
Bộ đang cung cấp {DT} dịch vụ công trực tuyến, trong đó {DF} dịch vụ công trực tuyến toàn trình và {DP} dịch vụ công trực tuyến một phần.

4. Kết quả giải quyết thủ tục hành chính
a) Tiếp nhận: {R} hồ sơ, trong đó trực tuyến {ON} hồ sơ (chiếm {PON}%), trực tiếp và qua bưu chính công ích {OFF} hồ sơ (chiếm {POFF}%).
b) Đã giải quyết: {G} hồ sơ (trước hạn {E}, đúng hạn {O}, quá hạn {L}); tỷ lệ giải quyết trước hạn, đúng hạn đạt {PT}%.
c) Đang giải quyết: {PD} hồ sơ.

5. Tiếp nhận, xử lý phản ánh, kiến nghị
Tổng số phản ánh, kiến nghị tiếp nhận: {FT} (kỳ trước chuyển sang {FC}, mới {FN}); đã xử lý {FR}; đang xử lý {FP}.

                                                  KT. BỘ TRƯỞNG
                                                  THỨ TRƯỞNG
                                                  Kiều Đức Bảo
""",
    vars=dict(
        R0=V(Same("R"), fact=("received_total", "self")),
        G0=V(Same("G"), fact=("resolved_total", "self")),
        DT=V(S("DF", "DP"), fact=None),
        DF=V(148, fact=("procedures_full_online", "self")),
        DP=V(97, fact=("procedures_partial_online", "self")),
        R=V(S("ON", "OFF"), fact=("received_total", "self")),
        ON=V(62318, fact=("received_online", "self")),
        PON=V(Pct("ON", "R"), "p2", fact=("received_online_share", "self")),
        OFF=V(3947, fact=("received_offline", "self")),
        POFF=V(Comp(("PON",)), "p2", fact=("received_offline_share", "self"), num=("OFF", "R")),
        G=V(S("E", "O", "L"), fact=("resolved_total", "self")),
        E=V(51207, fact=("resolved_early", "self")),
        O=V(8116, fact=("resolved_on_time", "self")),
        L=V(284, fact=("resolved_late", "self")),
        PT=V(Pct(("E", "O"), "G", nd=False), "p2", fact=("resolved_on_time", "self")),
        PD=V(6658, fact=("pending_total", "self")),
        FT=V(S("FC", "FN"), fact=("feedback_total", "self")),
        FC=V(14, fact=("feedback_carried_over", "self")),
        FN=V(203, fact=("feedback_new", "self")),
        FR=V(196, fact=("feedback_resolved", "self")),
        FP=V(21, fact=("feedback_pending", "self")),
    ),
    ids=[("ratio", "POFF", "OFF", "R"), ("balance", "R", "G", "PD"), ("balance", "FT", "FR", "FP")])

# --------------------------------------------------------------------------------------------- U35
add(name="U35", register="weekly_notice", doc_date="2024-03-11", province="Tỉnh Bến Tre",
    text="""ỦY BAN NHÂN DÂN TỈNH BẾN TRE
VĂN PHÒNG
Số: 204/TB-VP                                     Bến Tre, ngày 11 tháng 3 năm 2024

THÔNG BÁO
Kết quả chấm điểm Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02/2024

Tháng 02/2024, tỉnh Bến Tre đạt tổng điểm {T0} điểm, xếp hạng {RK}/63 tỉnh, thành phố (tháng 01/2024 xếp hạng 17). Kết quả các nhóm chỉ số như sau:

| Nhóm chỉ số | Điểm tối đa | Điểm đạt |
| Công khai, minh bạch | 18 | {C1} |
| Tiến độ, kết quả giải quyết | 20 | {C2} |
| Dịch vụ công trực tuyến | 12 | {C3} |
| Thanh toán trực tuyến | 10 | {C4} |
| Mức độ hài lòng | 18 | {C5} |
| Số hóa hồ sơ | 22 | {C6} |
| Tổng cộng | 100 | {T} |

Nhóm chỉ số thanh toán trực tuyến tăng 1,25 điểm so với tháng trước.

                                                  CHÁNH VĂN PHÒNG
                                                  Lê Minh Tâm
""",
    vars=dict(
        T0=V(Same("T"), "s2", fact=("index_766_total", "city"), den=100),
        RK=V(9, "n", fact=("index_766_rank", "city"), kind="rank", den=63),
        C1=V("16.94", "s2", fact=("index_766_publicity", "city"), den=18),
        C2=V("18.72", "s2", fact=("index_766_progress", "city"), den=20),
        C3=V("10.08", "s2", fact=("index_766_online_service", "city"), den=12),
        C4=V("8.35", "s2", fact=("index_766_online_payment", "city"), den=10),
        C5=V("17.60", "s2", fact=("index_766_satisfaction", "city"), den=18),
        C6=V("15.47", "s2", fact=("index_766_digitization", "city"), den=22),
        T=V(SC("C1", "C2", "C3", "C4", "C5", "C6"), "s2", fact=("index_766_total", "city"), den=100),
    ),
    not_facts=[{"text": "xếp hạng 17", "why": "reference"}, {"text": "tăng 1,25 điểm", "why": "change"}]
    + [{"text": f"| {m} |", "why": "maximum"} for m in (18, 20, 12, 10, 22, 100)])

# --------------------------------------------------------------------------------------------- U36
add(name="U36", register="commune_report", doc_date="2026-04-03", province="Tỉnh Bắc Ninh",
    text="""ỦY BAN NHÂN DÂN XÃ LỤC NGẠN
Số: 58/BC-UBND                                    Lục Ngạn, ngày 03 tháng 4 năm 2026

BÁO CÁO
Kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính quý I năm 2026

1. Kết quả giải quyết hồ sơ
Quý I/2026, Trung tâm Phục vụ hành chính công xã tiếp nhận {R} hồ sơ; đã giải quyết {G} hồ sơ (trước hạn và đúng hạn {T} hồ sơ, quá hạn {L} hồ sơ); còn {PD} hồ sơ đang giải quyết, chưa đến hạn.

2. Thực hiện các chỉ tiêu
- Thanh toán trực tuyến: {A}/{C} hồ sơ có phí, lệ phí, đạt {PA}%.
- Số hóa hồ sơ, kết quả giải quyết: {DZ}/{DN} hồ sơ, đạt {PDZ}%.
- Tỷ lệ hồ sơ giải quyết đúng hạn: {PT}%.

3. Tiếp nhận, xử lý phản ánh, kiến nghị
Trong quý, xã tiếp nhận mới {FN} phản ánh, kiến nghị, kỳ trước chuyển sang {FC}; đã xử lý xong {FR}, còn {FP} đang xử lý trong thời hạn.

4. Đánh giá
Với {G2} hồ sơ đã giải quyết trong quý, khối lượng công việc của Trung tâm tăng khoảng 20% so với quý IV/2025.

                                                  TM. ỦY BAN NHÂN DÂN
                                                  CHỦ TỊCH
                                                  Giáp Văn Quân
""",
    vars=dict(
        R=V(B("G", "PD"), fact=("received_total", "self")),
        G=V(S("T", "L"), fact=("resolved_total", "self")),
        T=V(6391, fact=("resolved_in_time", "self")),
        L=V(7, "n", fact=("resolved_late", "self")),
        PD=V(215, fact=("pending_total", "self")),
        A=V(3204, fact=None), C=V(3377, fact=None),
        PA=V(Pct("A", "C"), "p2", fact=("online_payment", "self")),
        DZ=V(6342, fact=None), DN=V(Same("G"), fact=None),
        PDZ=V(Pct("DZ", "DN"), "p2", fact=("digitization", "self")),
        PT=V(Pct("T", "G", nd=False), "p2", fact=("resolved_on_time", "self")),
        FN=V(11, fact=("feedback_new", "self")),
        FC=V(2, "z", fact=("feedback_carried_over", "self")),
        FR=V(12, fact=("feedback_resolved", "self")),
        FP=V(1, "z", fact=("feedback_pending", "self")),
        G2=V(Same("G"), fact=("resolved_total", "self")),
    ),
    ids=[("balance", ("FN", "FC"), "FR", "FP")],
    not_facts=[{"text": "khoảng 20%", "why": "approx"}],
    units=["Xã Lục Ngạn"])
