"""Reports W20-W38: true figures as named variables, text templates, one slip each (or none)."""
from reports_a import P

R = []


def report(**kw):
    R.append(kw)


# W20 -------------------------------------------------------------------------------------------
ONP, OFP = 14682, 1937
DG, DGN = 52418, 53006
report(name="W20", register="portal_stats", doc_date="2025-10-02", province="Tỉnh Khánh Hòa",
       vars={"F": (ONP + OFP, "n"), "F2": (ONP + OFP, "n"), "ONP": (ONP, "n"), "ONP2": (ONP, "n"), "OFP": (OFP, "n"),
             "pP": (P(ONP, ONP + OFP), "p2", "rate online_payment city"),
             "DG": (DG, "n"), "DGN": (DGN, "n"), "pD": (P(DG, DGN), "p2", "rate digitization city")},
       ids=[("sum", "F2", ["ONP2", "OFP"]), ("rep", "ONP", "ONP2"), ("ratio", "pP", "ONP", ["F"]), ("ratio", "pD", "DG", ["DGN"]), ("rep", "F", "F2")],
       slip=("F", "53.006", "copy"),
       text="""TRANG THÔNG TIN ĐIỆN TỬ – TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH KHÁNH HÒA
Số liệu tháng 9/2025

• Số hóa hồ sơ, kết quả giải quyết: {DG}/{DGN} hồ sơ – {pD}
• Thanh toán trực tuyến phí, lệ phí: {ONP}/{F} hồ sơ – {pP}
  (hồ sơ có phát sinh phí, lệ phí: {F2}; nộp phí trực tuyến {ONP2}, nộp trực tiếp {OFP})
""")

# W21 clean -------------------------------------------------------------------------------------
report(name="W21", register="news_article", doc_date="2025-11-14", province="Thành phố Cần Thơ",
       vars={"R": (301522, "n", "count received_total city"), "ON": (262146, "n", "count received_online city"),
             "pO": (P(262146, 301522, 1), "p1", "rate received_online_share city"),
             "G": (296870, "n", "count resolved_total city"), "L": (1404, "n", "count resolved_late city"),
             "pL": (P(1404, 296870), "p2", "rate resolved_late city")},
       ids=[("ratio", "pO", "ON", ["R"]), ("ratio", "pL", "L", ["G"])],
       slip=None,
       text="""Cần Thơ: gần 87% hồ sơ thủ tục hành chính được nộp trực tuyến

Từ khi vận hành chính quyền địa phương hai cấp đến cuối tháng 10/2025, thành phố Cần Thơ tiếp nhận {R} hồ sơ, trong đó {ON} hồ sơ nộp trực tuyến, tỷ lệ {pO}.
Thành phố đã giải quyết {G} hồ sơ; số hồ sơ trễ hạn là {L}, chiếm {pL}. Theo Văn phòng UBND thành phố, phần lớn hồ sơ trễ thuộc lĩnh vực đất đai.
""")

# W22 -------------------------------------------------------------------------------------------
LT, LH, LX = 214, 1306, 388
G22 = 402117
report(name="W22", register="quarterly_report", doc_date="2024-04-10", province="Tỉnh Quảng Ngãi",
       vars={"G": (G22, "n", "count resolved_total city"), "L": (LT + LH + LX, "n", "count resolved_late city"),
             "pL": (P(LT + LH + LX, G22), "p2", "rate resolved_late city"),
             "LT": (LT, "i", "count resolved_late departments|cấp tỉnh"),
             "LH": (LH, "n", "count resolved_late districts|cấp huyện"),
             "LX": (LX, "i", "count resolved_late communes|cấp xã")},
       ids=[("sum", "L", ["LT", "LH", "LX"]), ("ratio", "pL", "L", ["G"])],
       slip=("L", "1.958", "digit"),
       text="""UBND TỈNH QUẢNG NGÃI
BÁO CÁO
Tình hình, kết quả kiểm soát thủ tục hành chính quý I năm 2024

3. Về giải quyết thủ tục hành chính
Trong quý, toàn tỉnh đã giải quyết {G} hồ sơ. Số hồ sơ giải quyết quá hạn là {L} hồ sơ, tỷ lệ {pL} (cấp tỉnh {LT}; cấp huyện {LH}; cấp xã {LX}).
Nguyên nhân chủ yếu do hồ sơ phải lấy ý kiến nhiều cơ quan và việc xác minh nguồn gốc đất kéo dài.
""")

# W23 (undetermined feedback) -------------------------------------------------------------------
report(name="W23", register="weekly_notice", doc_date="2025-09-08", province="Thành phố Hồ Chí Minh",
       vars={"F": (64, "i", "count feedback_total city"), "FN": (51, "i", "count feedback_new city"),
             "FC": (13, "i", "count feedback_carried_over city"), "FR": (58, "i", "count feedback_resolved city"),
             "FP": (6, "z", "count feedback_pending city"), "pF": (P(58, 64), "p2", "rate feedback_handled city")},
       ids=[("sum", "F", ["FN", "FC"]), ("bal", "F", ["FR", "FP"]), ("ratio", "pF", "FR", ["F"])],
       slip=("FN", "15", "swap"),
       text="""VĂN PHÒNG ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
THÔNG BÁO
Tình hình tiếp nhận, xử lý phản ánh, kiến nghị trong tuần (01/9 – 07/9/2025)

Tuần qua, Hệ thống tiếp nhận {F} phản ánh, kiến nghị (mới {FN}, tuần trước chuyển sang {FC}); đã xử lý {FR}, đang xử lý {FP}. Tỷ lệ xử lý đạt {pF}.
""")

# W24 -------------------------------------------------------------------------------------------
OD, ND, OC, NC = 9120, 12884, 51347, 56902
report(name="W24", register="quarterly_report", doc_date="2025-10-15", province="Tỉnh Thái Nguyên",
       vars={"O": (OD + OC, "n"), "N": (ND + NC, "n"), "p": (P(OD + OC, ND + NC), "p2", "rate online_submission city"),
             "OD": (OD, "n"), "ND": (ND, "n"), "pD": (P(OD, ND), "p2", "rate online_submission departments"),
             "OC": (OC, "n"), "NC": (NC, "n"), "pC": (P(OC, NC), "p2", "rate online_submission communes")},
       ids=[("sum", "O", ["OD", "OC"]), ("sum", "N", ["ND", "NC"]), ("ratio", "p", "O", ["N"]),
            ("ratio", "pD", "OD", ["ND"]), ("ratio", "pC", "OC", ["NC"])],
       slip=("O", "60.767", "digit"),
       text="""ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN
BÁO CÁO
Kết quả cải cách thủ tục hành chính quý III năm 2025

2.1. Tỷ lệ hồ sơ nộp trực tuyến
Trong quý III, tỷ lệ nộp hồ sơ trực tuyến của tỉnh là {p} ({O} hồ sơ trực tuyến/{N} hồ sơ tiếp nhận). Các sở, ban, ngành: {pD}, với {OD} hồ sơ nộp trực tuyến trên tổng số {ND} hồ sơ; UBND các xã, phường: {pC}, tương ứng {OC}/{NC} hồ sơ.
""")

# W25 -------------------------------------------------------------------------------------------
s25 = {"TP": 4806, "KH": 2291, "GT": 7350}
oth25 = 1183
R25 = 118740
D25 = sum(s25.values()) + oth25
report(name="W25", register="news_article", doc_date="2022-07-12", province="Tỉnh Bắc Kạn",
       vars={"RH": (R25, "n"), "R": (R25, "n", "count received_total city"), "D": (D25, "n", "count received_total departments"),
             "pD": (P(D25, R25, 1), "p1", "rate other departments"),
             "TP": (s25["TP"], "n", "count received_total unit:Sở Tư pháp"),
             "KH": (s25["KH"], "n", "count received_total unit:Sở Kế hoạch và Đầu tư"),
             "GT": (s25["GT"], "n", "count received_total unit:Sở Giao thông vận tải"),
             "OT": (oth25, "n")},
       ids=[("sum", "D", ["TP", "KH", "GT", "OT"]), ("ratio", "pD", "D", ["R"]), ("rep", "RH", "R")],
       slip=("D", "156.630", "double"),
       text="""Bắc Kạn: sáu tháng đầu năm tiếp nhận {RH} hồ sơ thủ tục hành chính

Theo báo cáo của UBND tỉnh, 6 tháng đầu năm 2022 toàn tỉnh tiếp nhận {R} hồ sơ. Khối sở, ngành tiếp nhận {D} hồ sơ, chiếm {pD} tổng số; nhiều nhất là Sở Giao thông vận tải ({GT} hồ sơ), tiếp đến Sở Tư pháp ({TP}) và Sở Kế hoạch và Đầu tư ({KH}); các sở, ngành còn lại tiếp nhận {OT} hồ sơ.
""")

# W26 clean -------------------------------------------------------------------------------------
report(name="W26", register="quarterly_report", doc_date="2024-06-14", province="Tỉnh Quảng Trị",
       vars={"P": (1962, "n", "count procedures_total city"), "FO": (1140, "n", "count procedures_full_online city"),
             "PO": (512, "i", "count procedures_partial_online city"), "NO": (310, "i", "count procedures_not_online city"),
             "pF": (P(1140, 1962), "p2", "rate other city")},
       ids=[("sum", "P", ["FO", "PO", "NO"]), ("ratio", "pF", "FO", ["P"])],
       slip=None,
       text="""UBND TỈNH QUẢNG TRỊ
BÁO CÁO
Công tác kiểm soát thủ tục hành chính 6 tháng đầu năm 2024

Tổng số thủ tục hành chính đang thực hiện trên địa bàn tỉnh là {P} thủ tục; trong đó {FO} thủ tục cung cấp dịch vụ công trực tuyến toàn trình (chiếm {pF}), {PO} thủ tục dịch vụ công trực tuyến một phần và {NO} thủ tục chưa cung cấp trực tuyến.
""")

# W27 -------------------------------------------------------------------------------------------
T27, L27 = 88410, 1692
report(name="W27", register="weekly_notice", doc_date="2023-11-06", province="Tỉnh Thừa Thiên Huế",
       vars={"G": (T27 + L27, "n", "count resolved_total city"), "T": (T27, "n", "count resolved_in_time city"),
             "pT": (P(T27, T27 + L27), "p2", "rate resolved_on_time city"),
             "L": (L27, "n", "count resolved_late city"), "pL": (P(L27, T27 + L27), "p2", "rate resolved_late city")},
       ids=[("sum", "G", ["T", "L"]), ("ratio", "pT", "T", ["G"]), ("ratio", "pL", "L", ["G"]), ("comp", ["pT", "pL"])],
       slip=("L", "192", "drop"),
       text="""VĂN PHÒNG UBND TỈNH THỪA THIÊN HUẾ
THÔNG BÁO
Kết quả giải quyết hồ sơ tháng 10/2023

Tổng số hồ sơ đã giải quyết: {G}.
- Đúng hạn, trước hạn: {T} hồ sơ ({pT});
- Trễ hạn: {L} hồ sơ ({pL}).
""")

# W28 ministry 766 ------------------------------------------------------------------------------
c28 = {"a": 17.1, "b": 16.84, "c": 9.35, "d": 7.9, "e": 15.62, "f": 17.56}
S28 = round(sum(c28.values()), 2)
ind = {"a": "publicity", "b": "progress", "c": "online_service", "d": "online_payment", "e": "digitization",
       "f": "satisfaction"}
v28 = {"SH": (S28, "s2"), "S": (S28, "s2", "score index_766_total self"),
       "K": (7, "i", "rank index_766_rank self /KN"), "KN": (17, "i")}
for k, x in c28.items():
    v28[k] = (x, "s2", f"score index_766_{ind[k]} self")
report(name="W28", register="ministry_report", doc_date="2025-12-18", province=None,
       vars=v28,
       ids=[("score", "S", list(c28)), ("rep", "SH", "S")],
       slip=("S", "8,437", "separator"),
       text="""BỘ NỘI VỤ
BÁO CÁO
Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Bộ chỉ số 766, quý III/2025

Tóm tắt: Bộ đạt {SH} điểm, xếp thứ {K}/{KN} bộ, cơ quan có thủ tục hành chính.

1. Điểm chi tiết
Tổng điểm của Bộ là {S}, gồm: công khai, minh bạch {a}; tiến độ, kết quả giải quyết {b}; cung cấp dịch vụ công trực tuyến {c}; thanh toán trực tuyến {d}; số hóa hồ sơ {e}; mức độ hài lòng {f}.
""")

# W29 (undetermined procedures) -----------------------------------------------------------------
report(name="W29", register="portal_stats", doc_date="2022-03-15", province="Tỉnh Kon Tum",
       vars={"P": (1874, "i", "count procedures_total city"), "M4": (716, "i", "count procedures_full_online city"),
             "M3": (433, "i", "count procedures_partial_online city"), "M2": (725, "i", "count procedures_not_online city")},
       ids=[("sum", "P", ["M4", "M3", "M2"])],
       slip=("M3", "4433", "double"),
       text="""CỔNG DỊCH VỤ CÔNG TỈNH KON TUM
Thống kê thủ tục hành chính theo mức độ (cập nhật 15/3/2022)

Tổng số TTHC: {P}
Dịch vụ công mức độ 4: {M4}
Dịch vụ công mức độ 3: {M3}
Mức độ 2 (cung cấp thông tin, biểu mẫu): {M2}
""")

# W30 clean portal 766 --------------------------------------------------------------------------
c30 = {"a": 18.2, "b": 19.05, "c": 10.6, "d": 9.8, "e": 16.94, "f": 18.0}
v30 = {"S": (round(sum(c30.values()), 2), "s2", "score index_766_total city")}
for k, x in c30.items():
    v30[k] = (x, "s2", f"score index_766_{ind[k]} city")
report(name="W30", register="portal_stats", doc_date="2026-01-05", province="Tỉnh An Giang",
       vars=v30, ids=[("score", "S", list(c30))], slip=None,
       text="""Tỉnh An Giang – Chỉ số phục vụ người dân, doanh nghiệp (tháng 12/2025)
Tổng điểm: {S}
Công khai minh bạch: {a} | Tiến độ giải quyết: {b} | Dịch vụ công trực tuyến: {c}
Thanh toán trực tuyến: {d} | Số hóa hồ sơ: {e} | Mức độ hài lòng: {f}
""")

# W31 -------------------------------------------------------------------------------------------
T31, L31, PE31 = 1088, 5, 47
ON31 = 1121
report(name="W31", register="commune_report", doc_date="2025-08-25", province="Thành phố Hà Nội",
       vars={"R": (T31 + L31 + PE31, "n", "count received_total self"), "ON": (ON31, "n", "count received_online self"),
             "pO": (P(ON31, T31 + L31 + PE31), "p2", "rate online_submission self"),
             "G": (T31 + L31, "n", "count resolved_total self"), "T": (T31, "n", "count resolved_in_time self"),
             "L": (L31, "z", "count resolved_late self"), "pT": (P(T31, T31 + L31), "p2", "rate resolved_on_time self"),
             "PE": (PE31, "i", "count pending_total self"), "pT2": (P(T31, T31 + L31), "p2")},
       ids=[("ratio", "pO", "ON", ["R"]), ("sum", "G", ["T", "L"]), ("bal", "R", ["G", "PE"]),
            ("ratio", "pT", "T", ["G"]), ("rep", "pT", "pT2")],
       slip=("G", "193", "drop"),
       text="""ỦY BAN NHÂN DÂN XÃ HOÀI ĐỨC
BÁO CÁO
Kết quả giải quyết thủ tục hành chính từ ngày 01/7/2025 đến ngày 20/8/2025

Trong thời gian đầu vận hành mô hình chính quyền hai cấp, Trung tâm Phục vụ hành chính công xã đã tiếp nhận {R} hồ sơ, trong đó nộp trực tuyến {ON} hồ sơ (đạt {pO}).
Đã trả kết quả {G} hồ sơ, gồm {T} hồ sơ trước hạn, đúng hạn và {L} hồ sơ quá hạn; tỷ lệ đúng hạn {pT}. Còn {PE} hồ sơ đang giải quyết.
Kết luận: xã đạt chỉ tiêu giải quyết đúng hạn ({pT2}).
""")

# W32 clean ministry 2019 -----------------------------------------------------------------------
report(name="W32", register="ministry_report", doc_date="2019-12-27", province=None,
       vars={"R": (41806, "n", "count received_total self"), "G": (39955, "n", "count resolved_total self"),
             "T": (38112, "n", "count resolved_in_time self"), "L": (1843, "n", "count resolved_late self"),
             "PE": (1851, "n", "count pending_total self"), "pT": (P(38112, 39955, 1), "p1", "rate resolved_on_time self")},
       ids=[("bal", "R", ["G", "PE"]), ("sum", "G", ["T", "L"]), ("ratio", "pT", "T", ["G"])],
       slip=None,
       text="""BỘ Y TẾ
BÁO CÁO
Tình hình giải quyết thủ tục hành chính năm 2019

Năm 2019, các đơn vị thuộc Bộ đã tiếp nhận {R} hồ sơ thủ tục hành chính. Số hồ sơ đã giải quyết là {G} (đúng hạn {T}, quá hạn {L}), tỷ lệ đúng hạn đạt {pT}; số hồ sơ đang giải quyết {PE}.
""")

# W33 -------------------------------------------------------------------------------------------
PW, PL33 = 3715, 268
report(name="W33", register="quarterly_report", doc_date="2026-04-08", province="Tỉnh Cà Mau",
       vars={"R": (96402, "n", "count received_total city"), "G": (96402 - PW - PL33, "n", "count resolved_total city"),
             "PE": (PW + PL33, "n", "count pending_total city"), "PW": (PW, "n", "count pending_on_time city"),
             "PL": (PL33, "i", "count pending_late city"), "pPL": (P(PL33, PW + PL33), "p2", "rate other city")},
       ids=[("bal", "R", ["G", "PE"]), ("sum", "PE", ["PW", "PL"]), ("ratio", "pPL", "PL", ["PE"])],
       slip=("PW", "3.745", "digit"),
       text="""UBND TỈNH CÀ MAU
BÁO CÁO
Tình hình thực hiện thủ tục hành chính quý I năm 2026

Quý I/2026, hệ thống ghi nhận {R} hồ sơ tiếp nhận; đã giải quyết {G} hồ sơ. Số hồ sơ chưa giải quyết xong là {PE}, trong đó {PW} hồ sơ còn trong hạn và {PL} hồ sơ đã quá hạn (bằng {pPL} số hồ sơ đang giải quyết).
""")

# W34 -------------------------------------------------------------------------------------------
R34, ON34 = 182406, 163921
report(name="W34", register="news_article", doc_date="2025-12-30", province="Tỉnh Đồng Nai",
       vars={"R": (R34, "n", "count received_total city"), "ON": (ON34, "n", "count received_online city"),
             "pO": (P(ON34, R34), "p2", "rate received_online_share city"),
             "OF": (R34 - ON34, "n", "count received_offline city"),
             "pF": (P(R34 - ON34, R34), "p2", "rate received_offline_share city")},
       ids=[("sum", "R", ["ON", "OF"]), ("ratio", "pO", "ON", ["R"]), ("ratio", "pF", "OF", ["R"]),
            ("comp", ["pO", "pF"])],
       slip=("pO", "8,987%", "separator"),
       text="""Đồng Nai: người dân chuộng nộp hồ sơ qua mạng

Tháng 12/2025, các xã, phường và sở, ngành của tỉnh Đồng Nai tiếp nhận {R} hồ sơ thủ tục hành chính. Số hồ sơ nộp trực tuyến là {ON}, chiếm {pO}; nộp trực tiếp tại Trung tâm Phục vụ hành chính công các cấp là {OF} hồ sơ, chiếm {pF}.
""")

# W35 -------------------------------------------------------------------------------------------
w35 = {"HL": (4112, 4380), "BC": (2870, 3021), "CP": (3305, 3688)}
report(name="W35", register="weekly_notice", doc_date="2025-10-20", province="Tỉnh Quảng Ninh",
       vars={"O": (sum(x for x, _ in w35.values()), "n"), "N": (sum(y for _, y in w35.values()), "n"),
             "OHL": (4112, "n"), "NHL": (4380, "n"), "pHL": (P(4112, 4380), "p2", "rate online_submission unit:Phường Hạ Long"),
             "OBC": (2870, "n"), "NBC": (3021, "n"), "pBC": (P(2870, 3021), "p2", "rate online_submission unit:Phường Bãi Cháy"),
             "OCP": (3305, "n"), "NCP": (3688, "n"), "pCP": (P(3305, 3688), "p2", "rate online_submission unit:Phường Cẩm Phả")},
       ids=[("sum", "O", ["OHL", "OBC", "OCP"]), ("sum", "N", ["NHL", "NBC", "NCP"]),
            ("ratio", "pHL", "OHL", ["NHL"]), ("ratio", "pBC", "OBC", ["NBC"]), ("ratio", "pCP", "OCP", ["NCP"])],
       slip=("NBC", "30.021", "double"),
       text="""VĂN PHÒNG UBND TỈNH QUẢNG NINH
THÔNG BÁO
Tỷ lệ nộp hồ sơ trực tuyến của ba phường có lượng hồ sơ lớn nhất (tuần 13/10 – 19/10/2025)

Ba phường Hạ Long, Bãi Cháy, Cẩm Phả tiếp nhận {N} hồ sơ, trong đó {O} hồ sơ nộp trực tuyến:
1) Phường Hạ Long: {pHL} ({OHL}/{NHL});
2) Phường Bãi Cháy: {pBC} ({OBC}/{NBC});
3) Phường Cẩm Phả: {pCP} ({OCP}/{NCP}).
""")

# W36 (undetermined x/y) ------------------------------------------------------------------------
report(name="W36", register="weekly_notice", doc_date="2025-11-24", province="Tỉnh Sơn La",
       vars={"x": (2140, "n"), "y": (2220, "n"), "p": (P(2140, 2220), "p2", "rate digitization city")},
       ids=[("ratio", "p", "x", ["y"])],
       slip=("x", "240", "drop"),
       text="""VĂN PHÒNG UBND TỈNH SƠN LA
THÔNG BÁO
Một số chỉ tiêu chuyển đổi số trong giải quyết thủ tục hành chính tuần 47/2025

Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của tỉnh trong tuần đạt {p} ({x}/{y} hồ sơ).
Đề nghị các xã chưa đạt chỉ tiêu rà soát, số hóa bổ sung hồ sơ trước ngày 30/11/2025.
""")

# W37 -------------------------------------------------------------------------------------------
r37 = {"T": 30417, "H": 72088, "X": 60932}
g37 = {"T": 29876, "H": 70645, "X": 60105}
v37 = {"R": (sum(r37.values()), "n", "count received_total city"),
       "G": (sum(g37.values()), "n", "count resolved_total city")}
lv = {"T": "departments|cấp tỉnh", "H": "districts|cấp huyện", "X": "communes|cấp xã"}
for k in "THX":
    v37["R" + k] = (r37[k], "n", "count received_total " + lv[k])
    v37["G" + k] = (g37[k], "n", "count resolved_total " + lv[k])
    v37["P" + k] = (r37[k] - g37[k], "n", "count pending_total " + lv[k])
report(name="W37", register="quarterly_report", doc_date="2020-03-19", province="Tỉnh Hòa Bình",
       vars=v37,
       ids=[("sum", "R", ["RT", "RH", "RX"]), ("sum", "G", ["GT", "GH", "GX"])]
       + [("bal", "R" + k, ["G" + k, "P" + k]) for k in "THX"],
       slip=("GX", "60.932", "copy"),
       text="""UBND TỈNH HÒA BÌNH
BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2020

Toàn tỉnh tiếp nhận {R} hồ sơ và đã giải quyết {G} hồ sơ. Kết quả từng cấp như sau:
- Cấp tỉnh: tiếp nhận {RT}; giải quyết {GT}; đang giải quyết {PT}.
- Cấp huyện: tiếp nhận {RH}; giải quyết {GH}; đang giải quyết {PH}.
- Cấp xã: tiếp nhận {RX};
  giải quyết {GX}; đang giải quyết {PX}.
""")

# W38 clean commune 766 -------------------------------------------------------------------------
c38 = {"a": 18.4, "b": 19.6, "c": 11.2, "d": 10.0, "e": 17.35, "f": 18.9}
v38 = {"S": (round(sum(c38.values()), 2), "s2", "score index_766_total self"),
       "S2": (round(sum(c38.values()), 2), "s2"), "K": (12, "i", "rank index_766_rank self /KN"), "KN": (124, "i")}
for k, x in c38.items():
    v38[k] = (x, "s2", f"score index_766_{ind[k]} self")
report(name="W38", register="commune_report", doc_date="2026-02-10", province="Tỉnh Lâm Đồng",
       vars=v38, ids=[("score", "S", list(c38)), ("rep", "S", "S2")], slip=None,
       text="""ỦY BAN NHÂN DÂN PHƯỜNG MŨI NÉ
BÁO CÁO
Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 01/2026

Tháng 01/2026, phường đạt tổng điểm {S}, xếp hạng {K}/{KN} xã, phường của tỉnh. Trong đó: nhóm công khai, minh bạch đạt {a}; tiến độ giải quyết {b}; dịch vụ công trực tuyến {c}; thanh toán trực tuyến {d}; số hóa hồ sơ {e}; mức độ hài lòng {f}.
Với {S2} điểm, phường thuộc nhóm địa phương có kết quả tốt của tỉnh.
""")
