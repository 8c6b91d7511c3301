"""Reports W01-W19: true figures as named variables, text templates, one slip each (or none)."""
from decimal import Decimal, ROUND_HALF_UP


def P(n, d, k=2):
    return float((Decimal(n) * 100 / Decimal(d)).quantize(Decimal(1).scaleb(-k), rounding=ROUND_HALF_UP))


R = []


def report(**kw):
    R.append(kw)


# W01 -------------------------------------------------------------------------------------------
RT, RH, RX = 38214, 61907, 95431
OH = 23118
report(name="W01", register="quarterly_report", doc_date="2023-06-22", province="Tỉnh Quảng Bình",
       vars={"R": (RT + RH + RX, "n", "count received_total city"),
             "RT": (RT, "n", "count received_total departments|cấp tỉnh"),
             "RH": (RH, "n", "count received_total districts|cấp huyện"),
             "RX": (RX, "n", "count received_total communes|cấp xã"),
             "OH": (OH, "n", "count received_online districts|cấp huyện"),
             "pH": (P(OH, RH), "p2", "rate received_online_share districts|cấp huyện")},
       ids=[("sum", "R", ["RT", "RH", "RX"]), ("ratio", "pH", "OH", ["RH"])],
       slip=("RH", "61.097", "swap"),
       text="""ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
BÁO CÁO
Công tác cải cách thủ tục hành chính 6 tháng đầu năm 2023

II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ
Sáu tháng đầu năm, các cơ quan hành chính ba cấp của tỉnh đã tiếp nhận tổng cộng {R} hồ sơ thủ tục hành chính. Chia theo cấp: cấp tỉnh {RT} hồ sơ; cấp huyện {RH} hồ sơ, riêng số nộp qua mạng ở cấp này là {OH} hồ sơ, tương ứng {pH}; cấp xã {RX} hồ sơ.
Các cơ quan, địa phương tiếp tục rà soát quy trình nội bộ, tăng cường hướng dẫn người dân sử dụng dịch vụ công.
""")

# W02 -------------------------------------------------------------------------------------------
OD, ND, OC, NC = 7412, 9986, 38260, 41833
report(name="W02", register="weekly_notice", doc_date="2025-10-13", province="Thành phố Huế",
       vars={"O": (OD + OC, "n"), "N": (ND + NC, "n"),
             "p": (P(OD + OC, ND + NC), "p2", "rate online_submission city"),
             "OD": (OD, "n"), "ND": (ND, "n"), "pD": (P(OD, ND), "p2", "rate online_submission departments"),
             "OC": (OC, "n"), "NC": (NC, "n"), "pC": (P(OC, NC), "p2", "rate online_submission communes")},
       ids=[("ratio", "p", "O", ["N"]), ("ratio", "pD", "OD", ["ND"]), ("ratio", "pC", "OC", ["NC"]),
            ("sum", "O", ["OD", "OC"]), ("sum", "N", ["ND", "NC"])],
       slip=("pC", "91,48%", "digit"),
       text="""VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ
THÔNG BÁO
Kết quả một số chỉ tiêu giải quyết thủ tục hành chính trong tuần (từ 06/10/2025 đến 12/10/2025)

1. Nộp hồ sơ trực tuyến (chỉ tiêu ≥ 80%)
Toàn thành phố: {p}, tức {O} trên {N} hồ sơ đã tiếp nhận.
+ Khối sở, ban, ngành: {OD}/{ND} hồ sơ, đạt {pD}.
+ Khối xã, phường: {OC}/{NC} hồ sơ, đạt {pC}.
Đề nghị các đơn vị có tỷ lệ dưới chỉ tiêu khẩn trương khắc phục trong tuần tới.
""")

# W03 -------------------------------------------------------------------------------------------
ON3, OF3, CA3 = 1402, 61, 23
T3, L3 = 1452, 3
PE3 = 31
report(name="W03", register="commune_report", doc_date="2026-01-08", province="Tỉnh Quảng Trị",
       vars={"R": (ON3 + OF3 + CA3, "n", "count received_total self"),
             "ON": (ON3, "n", "count received_online self"), "OF": (OF3, "i", "count received_offline self"),
             "CA": (CA3, "i", "count received_carried_over self"),
             "G": (T3 + L3, "n", "count resolved_total self"), "T": (T3, "n", "count resolved_in_time self"),
             "L": (L3, "z", "count resolved_late self"), "PE": (PE3, "i", "count pending_total self"),
             "pT": (P(T3, T3 + L3), "p2", "rate resolved_on_time self"), "pT2": (P(T3, T3 + L3), "p2")},
       ids=[("sum", "R", ["ON", "OF", "CA"]), ("sum", "G", ["T", "L"]), ("bal", "R", ["G", "PE"]),
            ("ratio", "pT", "T", ["G"]), ("rep", "pT", "pT2")],
       slip=("PE", "13", "swap"),
       text="""UBND XÃ CAM LỘ
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 04/BC-TTPVHCC                         Cam Lộ, ngày 08 tháng 01 năm 2026
BÁO CÁO
Kết quả tiếp nhận, giải quyết thủ tục hành chính tháng 12 năm 2025

1. Tiếp nhận: tổng số {R} hồ sơ, gồm: nộp trực tuyến {ON}; nộp trực tiếp {OF}; kỳ trước chuyển qua {CA}.
2. Giải quyết: đã có kết quả {G} hồ sơ, trong đó trước hạn và đúng hạn {T}, quá hạn {L} hồ sơ; tỷ lệ giải quyết đúng hạn {pT}.
3. Số hồ sơ đang xử lý chuyển sang tháng sau: {PE} hồ sơ.
III. ĐÁNH GIÁ
Trung tâm duy trì tỷ lệ đúng hạn ở mức {pT2}; các hồ sơ quá hạn đều có văn bản xin lỗi gửi công dân.
""")

# W04 -------------------------------------------------------------------------------------------
G4, L4 = 212640, 2701
report(name="W04", register="news_article", doc_date="2021-04-09", province="Tỉnh Bình Phước",
       vars={"G": (G4, "n", "count resolved_total city"), "T": (G4 - L4, "n", "count resolved_in_time city"),
             "pT": (P(G4 - L4, G4), "p2", "rate resolved_on_time city"),
             "L": (L4, "n", "count resolved_late city"), "pL": (P(L4, G4), "p2", "rate resolved_late city")},
       ids=[("sum", "G", ["T", "L"]), ("ratio", "pT", "T", ["G"]), ("ratio", "pL", "L", ["G"]),
            ("comp", ["pT", "pL"])],
       slip=("pL", "12,7%", "separator"),
       text="""Bình Phước: quý I giải quyết hơn 212 nghìn hồ sơ thủ tục hành chính

(Tin địa phương) – Theo số liệu vừa được Văn phòng UBND tỉnh tổng hợp, quý I/2021 các cơ quan trên địa bàn tỉnh đã giải quyết xong {G} hồ sơ. Số hồ sơ trả kết quả đúng và sớm hạn là {T}, đạt {pT}; số trả chậm là {L} hồ sơ, chiếm {pL}.
Lãnh đạo tỉnh yêu cầu các ngành tìm rõ nguyên nhân hồ sơ trễ hẹn, không để kéo dài sang quý sau.
""")

# W05 -------------------------------------------------------------------------------------------
g5 = {"T": 20418, "H": 47305, "X": 88162}
t5 = {"T": 20377, "H": 46112, "X": 87950}
r5 = {"T": 21064, "H": 49217, "X": 90033}
v5 = {}
lv5 = {"T": "departments|cấp tỉnh", "H": "districts|cấp huyện", "X": "communes|cấp xã"}
for k in "THX":
    v5["R" + k] = (r5[k], "i", "count received_total " + lv5[k])
    v5["G" + k] = (g5[k], "i", "count resolved_total " + lv5[k])
    v5["O" + k] = (t5[k], "i", "count resolved_in_time " + lv5[k])
    v5["p" + k] = (P(t5[k], g5[k]), "q2", "rate resolved_on_time " + lv5[k])
v5["R"] = (sum(r5.values()), "i", "count received_total city")
v5["G"] = (sum(g5.values()), "i", "count resolved_total city")
v5["O"] = (sum(t5.values()), "i", "count resolved_in_time city")
v5["p"] = (P(sum(t5.values()), sum(g5.values())), "q2", "rate resolved_on_time city")
report(name="W05", register="portal_stats", doc_date="2024-08-05", province="Tỉnh Lâm Đồng",
       vars=v5,
       ids=[("sum", "R", ["RT", "RH", "RX"]), ("sum", "G", ["GT", "GH", "GX"]), ("sum", "O", ["OT", "OH", "OX"]),
            ("ratio", "pT", "OT", ["GT"]), ("ratio", "pH", "OH", ["GH"]), ("ratio", "pX", "OX", ["GX"]),
            ("ratio", "p", "O", ["G"])],
       slip=("GX", "47305", "copy"),
       text="""CỔNG DỊCH VỤ CÔNG TỈNH LÂM ĐỒNG
Thống kê tình hình xử lý hồ sơ – Tháng 7/2024

| Cấp | Tiếp nhận | Đã xử lý | Đúng hạn | Tỷ lệ đúng hạn (%) |
| Cấp tỉnh | {RT} | {GT} | {OT} | {pT} |
| Cấp huyện | {RH} | {GH} | {OH} | {pH} |
| Cấp xã | {RX} | {GX} | {OX} | {pX} |
| Toàn tỉnh | {R} | {G} | {O} | {p} |

Số liệu được cập nhật tự động từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh.
""")

# W06 (766, undetermined) -----------------------------------------------------------------------
c6 = {"a": 17.6, "b": 18.75, "c": 11.4, "d": 9.25, "e": 17.2, "f": 16.48}
report(name="W06", register="commune_report", doc_date="2025-11-20", province="Thành phố Hải Phòng",
       vars={"S": (round(sum(c6.values()), 2), "s2", "score index_766_total self"),
             "a": (c6["a"], "s2", "score index_766_publicity self"),
             "b": (c6["b"], "s2", "score index_766_progress self"),
             "c": (c6["c"], "s2", "score index_766_online_service self"),
             "d": (c6["d"], "s2", "score index_766_online_payment self"),
             "e": (c6["e"], "s2", "score index_766_digitization self"),
             "f": (c6["f"], "s2", "score index_766_satisfaction self")},
       ids=[("score", "S", ["a", "b", "c", "d", "e", "f"])],
       slip=("b", "13,75", "digit"),
       text="""ỦY BAN NHÂN DÂN PHƯỜNG CHÍ LINH
BÁO CÁO
Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp tháng 10/2025

Theo dữ liệu trên Cổng Dịch vụ công quốc gia, phường đạt {S}/100 điểm, cụ thể từng nhóm chỉ số:
a) Công khai, minh bạch: {a} điểm;
b) Tiến độ giải quyết: {b} điểm;
c) Dịch vụ công trực tuyến: {c} điểm;
d) Thanh toán trực tuyến: {d} điểm;
đ) Số hóa hồ sơ: {e} điểm;
e) Mức độ hài lòng: {f} điểm.
Phường tiếp tục chỉ đạo nâng điểm nhóm chỉ số thanh toán trực tuyến trong tháng 11.
""")

# W07 (766 determined) --------------------------------------------------------------------------
c7 = {"a": 16.9, "b": 17.92, "c": 10.85, "d": 8.64, "e": 14.7, "f": 14.4}
v7 = {"S": (round(sum(c7.values()), 2), "s2", "score index_766_total city")}
ind = {"a": "publicity", "b": "progress", "c": "online_service", "d": "online_payment", "e": "digitization",
       "f": "satisfaction"}
for k, x in c7.items():
    v7[k] = (x, "s2", f"score index_766_{ind[k]} city")
    v7[k + "t"] = (x, "s2")
report(name="W07", register="weekly_notice", doc_date="2025-12-01", province="Tỉnh Tây Ninh",
       vars=v7,
       ids=[("score", "S", list(c7))] + [("rep", k, k + "t") for k in c7],
       slip=("b", "17,29", "swap"),
       text="""VĂN PHÒNG UBND TỈNH TÂY NINH
THÔNG BÁO
Điểm Bộ chỉ số 766 của tỉnh tháng 11/2025

Tháng 11/2025, tỉnh Tây Ninh đạt {S} điểm. Điểm theo nhóm: công khai, minh bạch {a}; tiến độ giải quyết {b}; cung cấp dịch vụ trực tuyến {c}; thanh toán trực tuyến {d}; số hóa hồ sơ {e}; sự hài lòng {f}.

Bảng điểm thành phần (tổng hợp từ Cổng Dịch vụ công quốc gia):
| Nhóm chỉ số | Điểm |
| Công khai, minh bạch | {at} |
| Tiến độ giải quyết | {bt} |
| Dịch vụ công trực tuyến | {ct} |
| Thanh toán trực tuyến | {dt} |
| Số hóa hồ sơ | {et} |
| Mức độ hài lòng | {ft} |
""")

# W08 clean ministry ----------------------------------------------------------------------------
R8, ON8 = 96214, 90377
G8, T8 = 94108, 93580
report(name="W08", register="ministry_report", doc_date="2024-07-10", province=None,
       vars={"R": (R8, "n", "count received_total self"), "ON": (ON8, "n", "count received_online self"),
             "pO": (P(ON8, R8), "p2", "rate received_online_share self"),
             "G": (G8, "n", "count resolved_total self"), "T": (T8, "n", "count resolved_in_time self"),
             "pT": (P(T8, G8), "p2", "rate resolved_on_time self"), "PE": (R8 - G8, "n", "count pending_total self"),
             "pT2": (P(T8, G8), "p2")},
       ids=[("ratio", "pO", "ON", ["R"]), ("ratio", "pT", "T", ["G"]), ("bal", "R", ["G", "PE"]),
            ("rep", "pT", "pT2")],
       slip=None,
       text="""BỘ TÀI CHÍNH
BÁO CÁO
Tình hình thực hiện thủ tục hành chính tại Bộ phận Một cửa của Bộ 6 tháng đầu năm 2024

1. Tình hình tiếp nhận
Bộ phận Một cửa của Bộ đã tiếp nhận {R} hồ sơ, trong đó {ON} hồ sơ nộp qua Cổng dịch vụ công, chiếm {pO} tổng số hồ sơ tiếp nhận.
2. Kết quả giải quyết
Đã giải quyết {G} hồ sơ, trong đó {T} hồ sơ đúng hạn và trước hạn (đạt {pT}); còn {PE} hồ sơ đang trong quá trình xử lý.
3. Nhận xét
Tỷ lệ giải quyết đúng hạn {pT2} cho thấy các đơn vị thuộc Bộ đã chấp hành tốt quy định về thời hạn.
""")

# W09 (undetermined list) -----------------------------------------------------------------------
u9 = {"a": 3418, "b": 2975, "c": 4106, "d": 1893}
report(name="W09", register="news_article", doc_date="2025-09-30", province="Thành phố Đà Nẵng",
       vars={"S": (sum(u9.values()), "n"),
             "a": (u9["a"], "n", "count received_online unit:Phường Cẩm Lệ"),
             "b": (u9["b"], "n", "count received_online unit:Phường Hải Châu"),
             "c": (u9["c"], "n", "count received_online unit:Phường Sơn Trà"),
             "d": (u9["d"], "n", "count received_online unit:Xã Hòa Vang")},
       ids=[("sum", "S", ["a", "b", "c", "d"])],
       slip=("c", "416", "drop"),
       text="""Đà Nẵng: bốn địa phương dẫn đầu về hồ sơ nộp trực tuyến trong tháng 9

Tháng 9/2025, bốn địa phương gồm phường Cẩm Lệ, phường Hải Châu, phường Sơn Trà và xã Hòa Vang tiếp nhận tổng cộng {S} hồ sơ trực tuyến. Phường Cẩm Lệ dẫn đầu với {a} hồ sơ, phường Hải Châu {b} hồ sơ, phường Sơn Trà {c} hồ sơ, xã Hòa Vang {d} hồ sơ.
Theo Trung tâm Phục vụ hành chính công thành phố, người dân ngày càng quen với việc nộp hồ sơ qua điện thoại thông minh.
""")

# W10 -------------------------------------------------------------------------------------------
NEW10, CAR10, RES10, PEN10 = 104, 17, 112, 9
report(name="W10", register="quarterly_report", doc_date="2020-12-15", province="Tỉnh Nam Định",
       vars={"F": (NEW10 + CAR10, "i", "count feedback_total city"), "FN": (NEW10, "i", "count feedback_new city"),
             "FC": (CAR10, "i", "count feedback_carried_over city"), "FR": (RES10, "i", "count feedback_resolved city"),
             "FP": (PEN10, "z", "count feedback_pending city"), "FP2": (PEN10, "z")},
       ids=[("sum", "F", ["FN", "FC"]), ("bal", "F", ["FR", "FP"]), ("rep", "FP", "FP2")],
       slip=("FR", "121", "swap"),
       text="""UBND TỈNH NAM ĐỊNH
BÁO CÁO
Kết quả công tác kiểm soát thủ tục hành chính năm 2020

4. Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính
Trong năm, tổng số phản ánh, kiến nghị phải xử lý là {F} (tiếp nhận mới {FN}, năm trước chuyển sang {FC}). Các cơ quan đã xử lý xong {FR} phản ánh, kiến nghị; còn {FP} phản ánh, kiến nghị đang xem xét.
...
III. KIẾN NGHỊ
Đề nghị các sở, ngành khẩn trương trả lời {FP2} phản ánh, kiến nghị còn tồn trước ngày 31/01/2021.
""")

# W11 clean commune -----------------------------------------------------------------------------
report(name="W11", register="commune_report", doc_date="2025-12-22", province="Tỉnh Đắk Lắk",
       vars={"R": (742, "i", "count received_total self"), "ON": (711, "i", "count received_online self"),
             "pO": (P(711, 742), "p2", "rate online_submission self"),
             "G": (728, "i", "count resolved_total self"), "E": (390, "i", "count resolved_early self"),
             "OT": (336, "i", "count resolved_on_time self"), "L": (2, "z", "count resolved_late self"),
             "PE": (14, "i", "count pending_total self")},
       ids=[("ratio", "pO", "ON", ["R"]), ("sum", "G", ["E", "OT", "L"]), ("bal", "R", ["G", "PE"])],
       slip=None,
       text="""ỦY BAN NHÂN DÂN XÃ EA Ô
BÁO CÁO
Tình hình giải quyết thủ tục hành chính tháng 11 năm 2025

Trong tháng, Trung tâm Phục vụ hành chính công xã tiếp nhận {R} hồ sơ; số hồ sơ công dân nộp trực tuyến là {ON}, tỷ lệ nộp trực tuyến đạt {pO}.
Đã giải quyết {G} hồ sơ: trước hạn {E}, đúng hạn {OT}, quá hạn {L}. Đang giải quyết {PE} hồ sơ, chưa đến hạn trả.
""")

# W12 -------------------------------------------------------------------------------------------
E12, OT12, L12 = 28190, 17482, 118
PE12 = 2423
G12 = E12 + OT12 + L12
report(name="W12", register="portal_stats", doc_date="2026-02-03", province="Tỉnh Lào Cai",
       vars={"R": (G12 + PE12, "i", "count received_total city"), "G": (G12, "i", "count resolved_total city"),
             "PE": (PE12, "i", "count pending_total city"),
             "E": (E12, "i", "count resolved_early city"), "pE": (P(E12, G12, 1), "q1", "rate other city"),
             "OT": (OT12, "i", "count resolved_on_time city"), "pOT": (P(OT12, G12, 1), "q1", "rate other city"),
             "L": (L12, "i", "count resolved_late city"), "pL": (P(L12, G12, 2), "q2", "rate resolved_late city")},
       ids=[("bal", "R", ["G", "PE"]), ("sum", "G", ["E", "OT", "L"]), ("ratio", "pE", "E", ["G"]),
            ("ratio", "pOT", "OT", ["G"]), ("ratio", "pL", "L", ["G"])],
       slip=("L", "1118", "double"),
       text="""Hệ thống thông tin giải quyết TTHC tỉnh Lào Cai
Báo cáo thống kê | Kỳ: 01/2026 | Đơn vị: Toàn tỉnh

Tổng hồ sơ: {R}
Đã giải quyết: {G}
Đang giải quyết: {PE}
Trước hạn: {E} ({pE} %)
Đúng hạn: {OT} ({pOT} %)
Trễ hạn: {L} ({pL} %)
""")

# W13 clean -------------------------------------------------------------------------------------
report(name="W13", register="weekly_notice", doc_date="2025-08-11", province="Tỉnh Nghệ An",
       vars={"O": (25310 + 3408, "n"), "N": (27902 + 4617, "n"),
             "p": (P(25310 + 3408, 27902 + 4617), "p2", "rate online_submission city"),
             "OC": (25310, "n"), "NC": (27902, "n"), "pC": (P(25310, 27902), "p2", "rate online_submission communes"),
             "OD": (3408, "n"), "ND": (4617, "n"), "pD": (P(3408, 4617), "p2", "rate online_submission departments"),
             "U": (118, "i", "unit_count units_meeting_target communes /UT"), "UT": (130, "i")},
       ids=[("ratio", "p", "O", ["N"]), ("ratio", "pC", "OC", ["NC"]), ("ratio", "pD", "OD", ["ND"]),
            ("sum", "O", ["OC", "OD"]), ("sum", "N", ["NC", "ND"])],
       slip=None,
       text="""UBND TỈNH NGHỆ AN – VĂN PHÒNG
THÔNG BÁO NHANH
Kết quả giải quyết TTHC tuần từ 04/8 đến 10/8/2025

Tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh: {p} ({O}/{N}).
Trong đó, cấp xã đạt {pC} ({OC}/{NC}); {U}/{UT} xã, phường đạt chỉ tiêu 80%. Các sở, ban, ngành đạt {pD} ({OD}/{ND}).
""")

# W14 -------------------------------------------------------------------------------------------
ON14, DI14, CA14 = 18406, 95211, 2315
G14 = 111904
report(name="W14", register="quarterly_report", doc_date="2019-06-20", province="Tỉnh Bến Tre",
       vars={"R": (ON14 + DI14 + CA14, "n", "count received_total city"),
             "NEW": (ON14 + DI14, "n", "count received_total city|tiếp nhận mới"),
             "CA": (CA14, "n", "count received_carried_over city"),
             "ON": (ON14, "n", "count received_online city"), "DI": (DI14, "n", "count received_offline city"),
             "pO": (P(ON14, ON14 + DI14), "p2", "rate received_online_share city"),
             "G": (G14, "n", "count resolved_total city"), "PE": (ON14 + DI14 + CA14 - G14, "n", "count pending_total city")},
       ids=[("sum", "R", ["NEW", "CA"]), ("sum", "NEW", ["ON", "DI"]), ("ratio", "pO", "ON", ["NEW"]),
            ("bal", "R", ["G", "PE"])],
       slip=("CA", "2.351", "swap"),
       text="""UBND TỈNH BẾN TRE
BÁO CÁO
Tình hình thực hiện cơ chế một cửa, một cửa liên thông 6 tháng đầu năm 2019

Tổng số hồ sơ thụ lý trong kỳ là {R} hồ sơ. Trong đó, hồ sơ tồn kỳ trước chuyển sang {CA} hồ sơ và hồ sơ mới tiếp nhận {NEW} hồ sơ (qua dịch vụ công trực tuyến mức độ 3, 4: {ON} hồ sơ, chiếm {pO}; trực tiếp tại Bộ phận Một cửa và qua bưu chính: {DI} hồ sơ).
Kết quả: đã giải quyết {G} hồ sơ; còn {PE} hồ sơ đang giải quyết.
""")

# W15 -------------------------------------------------------------------------------------------
G15, T15 = 57240, 55728
report(name="W15", register="news_article", doc_date="2023-03-28", province="Tỉnh Hà Giang",
       vars={"pH": (P(T15, G15), "p2"), "G": (G15, "n", "count resolved_total city"),
             "T": (T15, "n", "count resolved_in_time city"), "pT": (P(T15, G15), "p2", "rate resolved_on_time city")},
       ids=[("ratio", "pT", "T", ["G"]), ("rep", "pH", "pT")],
       slip=("pH", "97,63%", "swap"),
       text="""Hà Giang: {pH} hồ sơ thủ tục hành chính được giải quyết đúng hạn trong quý I

Quý I/2023, các cơ quan hành chính trên địa bàn tỉnh Hà Giang đã giải quyết {G} hồ sơ, trong đó có {T} hồ sơ trả kết quả đúng hạn và trước hạn, đạt tỷ lệ {pT}.
Tỉnh đang đẩy mạnh việc số hóa hồ sơ ngay từ khâu tiếp nhận tại Trung tâm Phục vụ hành chính công.
""")

# W16 (undetermined complement) -----------------------------------------------------------------
report(name="W16", register="weekly_notice", doc_date="2024-05-06", province="Tỉnh Vĩnh Long",
       vars={"pT": (98.7, "p1", "rate resolved_on_time city"), "pL": (1.3, "p1", "rate resolved_late city")},
       ids=[("comp", ["pT", "pL"])],
       slip=("pL", "1,8%", "digit"),
       text="""VĂN PHÒNG UBND TỈNH VĨNH LONG
THÔNG BÁO
Tình hình giải quyết hồ sơ thủ tục hành chính tuần 18/2024

Trong tuần, tỷ lệ hồ sơ giải quyết đúng hạn của toàn tỉnh đạt {pT}; tỷ lệ hồ sơ trễ hạn là {pL}.
Văn phòng đề nghị Sở Tài nguyên và Môi trường rà soát các hồ sơ đất đai đang quá hạn.
""")

# W17 ministry ----------------------------------------------------------------------------------
a17, b17, c17 = 31208, 12406, 8877
ta17 = 30915
report(name="W17", register="ministry_report", doc_date="2023-12-20", province=None,
       vars={"S": (a17 + b17 + c17, "n", "count received_total self"),
             "A": (a17, "n", "count received_total unit:Cục Đường bộ Việt Nam"),
             "B": (b17, "n", "count received_total unit:Cục Hàng hải Việt Nam"),
             "C": (c17, "n", "count received_total unit:Cục Hàng không Việt Nam"),
             "TB": (12290, "n", "count resolved_in_time unit:Cục Hàng hải Việt Nam"), "pB": (P(12290, b17), "p2", "rate other unit:Cục Hàng hải Việt Nam"),
             "S2": (a17 + b17 + c17, "n")},
       ids=[("sum", "S", ["A", "B", "C"]), ("ratio", "pB", "TB", ["B"]), ("rep", "S", "S2")],
       slip=("B", "12.046", "swap"),
       text="""BỘ GIAO THÔNG VẬN TẢI
BÁO CÁO
Kết quả thực hiện dịch vụ công trực tuyến năm 2023

Năm 2023, Hệ thống dịch vụ công trực tuyến của Bộ tiếp nhận {S} hồ sơ trực tuyến, trong đó:
- Cục Đường bộ Việt Nam: {A} hồ sơ;
- Cục Hàng hải Việt Nam: {B} hồ sơ, đã xử lý đúng hạn {TB} hồ sơ ({pB});
- Cục Hàng không Việt Nam: {C} hồ sơ.
KẾT LUẬN
Với {S2} hồ sơ trực tuyến được tiếp nhận, Bộ đã hoàn thành mục tiêu năm về dịch vụ công trực tuyến.
""")

# W18 -------------------------------------------------------------------------------------------
R18, G18 = 2184, 2101
report(name="W18", register="commune_report", doc_date="2026-03-05", province="Tỉnh Nghệ An",
       vars={"R": (R18, "n", "count received_total self"), "G": (G18, "n", "count resolved_total self"),
             "PE": (R18 - G18, "i", "count pending_total self"),
             "Rt": (R18, "i"), "Gt": (G18, "i"), "PEt": (R18 - G18, "i")},
       ids=[("bal", "R", ["G", "PE"]), ("bal", "Rt", ["Gt", "PEt"]), ("rep", "R", "Rt"), ("rep", "G", "Gt"),
            ("rep", "PE", "PEt")],
       slip=("PEt", "38", "swap"),
       text="""ỦY BAN NHÂN DÂN PHƯỜNG VINH PHÚ
Số: 41/BC-UBND                     Vinh Phú, ngày 05 tháng 3 năm 2026
BÁO CÁO
Kết quả cải cách thủ tục hành chính tháng 02 năm 2026

Tháng 02/2026, Trung tâm Phục vụ hành chính công phường tiếp nhận {R} hồ sơ, đã giải quyết {G} hồ sơ, còn {PE} hồ sơ đang giải quyết trong hạn.

Biểu tổng hợp:
| Chỉ tiêu | Số hồ sơ |
| Tiếp nhận | {Rt} |
| Đã giải quyết | {Gt} |
| Đang giải quyết | {PEt} |
""")

# W19 (undetermined balance) --------------------------------------------------------------------
R19, G19 = 143508, 139762
ON19 = 40215
report(name="W19", register="quarterly_report", doc_date="2021-09-17", province="Tỉnh Phú Thọ",
       vars={"R": (R19, "n", "count received_total city"), "ON": (ON19, "n", "count received_online city"),
             "pO": (P(ON19, R19), "p2", "rate received_online_share city"),
             "G": (G19, "n", "count resolved_total city"), "PE": (R19 - G19, "n", "count pending_total city")},
       ids=[("ratio", "pO", "ON", ["R"]), ("bal", "R", ["G", "PE"])],
       slip=("G", "139.726", "swap"),
       text="""UBND TỈNH PHÚ THỌ
BÁO CÁO
Kết quả thực hiện nhiệm vụ cải cách hành chính quý III năm 2021

Tính đến ngày 14/9/2021, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận {R} hồ sơ (trong đó {ON} hồ sơ trực tuyến, chiếm {pO}); đã giải quyết {G} hồ sơ; số hồ sơ đang giải quyết là {PE}.
""")
