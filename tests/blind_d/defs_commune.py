"""Commune, ward and township reports (the body reports on itself: subject self)."""
from engine import Doc, XY, cnt, dt, nf, part, pct, rank, ref, score, things, units
from common import header, sign

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


@report
def c1_thanhsen_2026_02():
    d = Doc("d_c1_thanhsen_2026_02", "commune_report", "2026-02-10", "Tỉnh Hà Tĩnh")
    header(d, ["UBND PHƯỜNG THÀNH SEN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "31/BC-TTPVHCC", "Thành Sen", 10, 2, 2026)
    d.unit("Phường Thành Sen")
    d.p("BÁO CÁO")
    d.p("Kết quả thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp")
    d.p("tháng {}", dt("01/2026"))
    d.blank()
    d.p("{} Kết quả tiếp nhận, giải quyết hồ sơ", ref("1."))
    d.p("Trong tháng, Trung tâm tiếp nhận {} hồ sơ (trực tuyến {}, trực tiếp {}); tỷ lệ hồ sơ trực tuyến {}.",
        cnt(2418, "received_total", "self"), cnt(2377, "received_online", "self"), cnt(41, "received_offline", "self"),
        pct("98.3", "online_submission", "self", 2377, 2418))
    d.p("Đã giải quyết {} hồ sơ, trong đó trước hạn {}, đúng hạn {}, quá hạn {}; đang giải quyết {} hồ sơ trong hạn.",
        cnt(2396, "resolved_total", "self"), cnt(2301, "resolved_early", "self"), cnt(93, "resolved_on_time", "self"),
        cnt(2, "resolved_late", "self", pad=2), cnt(22, "pending_total", "self"))
    d.p("{} Kết quả Bộ chỉ số theo {}", ref("2."), ref("Quyết định số 766/QĐ-TTg"))
    d.p("Tổng điểm của phường đạt {} điểm, xếp thứ {} xã, phường của tỉnh. Điểm từng nhóm chỉ số:",
        score("95.55", "index_766_total", "self", maximum=100, over=True), rank(5, 69, "self"))
    d.p("- Công khai, minh bạch: {} điểm;", score("17.2", "index_766_publicity", "self", maximum=18, over=True))
    d.p("- Tiến độ giải quyết: {} điểm ({});", score("19.1", "index_766_progress", "self", maximum=20),
        nf("tối đa 20 điểm", "maximum"))
    d.p("- Dịch vụ công trực tuyến: {} điểm;", score("11.35", "index_766_online_service", "self", maximum=12, over=True))
    d.p("- Thanh toán trực tuyến: {} điểm;", score("9.6", "index_766_online_payment", "self", maximum=10, over=True))
    d.p("- Mức độ hài lòng: {} điểm ({});", score("17.9", "index_766_satisfaction", "self", maximum=18),
        nf("tối đa 18 điểm", "maximum"))
    d.p("- Số hóa hồ sơ: {} điểm.", score("20.4", "index_766_digitization", "self", maximum=22, over=True))
    d.p("So với tháng trước, tổng điểm {}; nhóm số hóa hồ sơ còn thấp do một số hồ sơ đất đai chưa được số hóa kết quả.",
        nf("tăng 3,27 điểm", "change"))
    sign(d, "GIÁM ĐỐC", "", "Trần Thị Hải Yến", ("UBND phường", "Văn phòng UBND tỉnh"))
    return d


@report
def c2_nghen_2025_04():
    d = Doc("d_c2_nghen_2025_04", "commune_report", "2025-04-15", "Tỉnh Hà Tĩnh")
    header(d, ["UBND HUYỆN CAN LỘC", "UBND THỊ TRẤN NGHÈN"], "42/BC-UBND", "Nghèn", 15, 4, 2025)
    d.unit("Huyện Can Lộc")
    d.unit("Thị trấn Nghèn")
    d.p("BÁO CÁO")
    d.p("Kết quả giải quyết thủ tục hành chính tháng {} (từ ngày {} đến ngày {})", dt("4/2025"), dt("15/3/2025"),
        dt("14/4/2025"))
    d.blank()
    d.p("{} Tình hình tiếp nhận", ref("1."))
    d.p("Bộ phận Một cửa thị trấn tiếp nhận {} hồ sơ, gồm {} hồ sơ trực tuyến, {} hồ sơ trực tiếp và {} hồ sơ kỳ trước "
        "chuyển sang. Tỷ lệ hồ sơ trực tuyến {}.", cnt(386, "received_total", "self"),
        cnt(301, "received_online", "self"), cnt(79, "received_offline", "self"),
        cnt(6, "received_carried_over", "self", pad=2), pct("79.21", "online_submission", "self"))
    d.p("{} Kết quả giải quyết", ref("2."))
    d.p("Số hồ sơ đã giải quyết là {}, trong đó trước hạn {} và đúng hạn {}; không có hồ sơ quá hạn. Còn {} hồ sơ đang "
        "trong thời hạn giải quyết. Tỷ lệ hồ sơ giải quyết đúng hạn: {}.", cnt(379, "resolved_total", "self"),
        cnt(352, "resolved_early", "self"), cnt(27, "resolved_on_time", "self"), cnt(7, "pending_total", "self", pad=2),
        pct("100", "resolved_on_time", "self"))
    f = pct("100", "digitization", "self", 379, 379)
    d.p("Số hóa hồ sơ, kết quả giải quyết: {} hồ sơ, đạt {}.", XY(f), f)
    d.p("{} Ý kiến của người dân", ref("3."))
    d.p("Ông Nguyễn Văn Hòa, trú tại {}, đánh giá hài lòng khi được trả kết quả chứng thực ngay trong ngày.",
        ref("“khối 5, thị trấn Nghèn, huyện Can Lộc”"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Đình Toản", ("UBND huyện Can Lộc",))
    return d


@report
def c3_tinhkhe_2025_11():
    d = Doc("d_c3_tinhkhe_2025_11", "commune_report", "2025-11-05", "Tỉnh Quảng Ngãi")
    header(d, ["ỦY BAN NHÂN DÂN", "XÃ TỊNH KHÊ"], "118/BC-UBND", "Tịnh Khê", 5, 11, 2025)
    d.unit("Xã Tịnh Khê")
    d.p("BÁO CÁO")
    d.p("Tình hình thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp tháng {} trên địa bàn xã", dt("10/2025"))
    d.blank()
    d.p("Trong tháng {}, Trung tâm Phục vụ hành chính công xã tiếp nhận {} hồ sơ, đã giải quyết {} hồ sơ, tỷ lệ "
        "giải quyết trước hạn, đúng hạn đạt {}.", dt("10/2025"), cnt(1184, "received_total", "self"),
        cnt(1163, "resolved_total", "self"), pct("99.4", "resolved_on_time", "self"))
    d.p("Kết quả đánh giá trên Cổng Dịch vụ công quốc gia: xã đạt tổng cộng {} điểm, đứng thứ {} xã, phường "
        "trong tỉnh. Cụ thể: công khai, minh bạch {}; tiến độ giải quyết {}; dịch vụ công trực tuyến {}; thanh toán "
        "trực tuyến {}; mức độ hài lòng {}; số hóa hồ sơ {} điểm.",
        score("91.53", "index_766_total", "self", mistake=("score_sum_mismatch", "the six groups add up to 91,33")),
        rank(14, 96, "self"), score("16.5", "index_766_publicity", "self"), score("18.72", "index_766_progress", "self"),
        score("10.9", "index_766_online_service", "self"), score("8.25", "index_766_online_payment", "self"),
        score("17.1", "index_766_satisfaction", "self"), score("19.86", "index_766_digitization", "self"))
    d.p("Xã tiếp tục phấn đấu đạt {} trong tháng tới.", nf("trên 92 điểm", "target"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\n          PHÓ CHỦ TỊCH", "Phạm Văn Lực")
    return d


@report
def c4_dakknang_2025_05():
    d = Doc("d_c4_dakknang_2025_05", "commune_report", "2025-05-20", "Tỉnh Lâm Đồng")
    header(d, ["UBND HUYỆN ĐAM RÔNG", "UBND XÃ ĐẠ K’NÀNG"], "27/BC-UBND", "Đạ K’Nàng", 20, 5, 2025)
    d.unit("Huyện Đam Rông")
    d.unit("Xã Đạ K'Nàng")
    d.p("BÁO CÁO")
    d.p("Kết quả thực hiện cải cách thủ tục hành chính tháng {} của UBND xã Đạ K’Nàng", dt("5/2025"))
    d.blank()
    d.p("Trong kỳ, UBND xã tiếp nhận {} hồ sơ, trong đó trực tuyến {}, trực tiếp {}; tỷ lệ nộp trực tuyến {}.",
        cnt(214, "received_total", "self"), cnt(163, "received_online", "self"), cnt(51, "received_offline", "self"),
        pct("76.17", "online_submission", "self", 163, 214))
    d.p("Đã giải quyết {} hồ sơ ({} trước hạn; {} đúng hạn; {} quá hạn); đang giải quyết {} hồ sơ.",
        cnt(209, "resolved_total", "self"), cnt(188, "resolved_early", "self"), cnt(19, "resolved_on_time", "self"),
        cnt(2, "resolved_late", "self", pad=2), cnt(5, "pending_total", "self", pad=2))
    d.p("Tỷ lệ giải quyết trước hạn, đúng hạn: {}; tỷ lệ quá hạn: {}.", pct("99.04", "resolved_on_time", "self"),
        pct("0.96", "resolved_late", "self"))
    d.p("Hai hồ sơ quá hạn thuộc lĩnh vực đất đai; UBND xã đã gửi thư xin lỗi bà K’Thị Hoa, ở {}, và hẹn lại ngày trả kết quả.",
        ref("“thôn 2, xã Đạ K’Nàng, huyện Đam Rông”"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Cil Ha Thuận", ("UBND huyện Đam Rông",))
    return d


@report
def c5_nhatrang_2025_12():
    d = Doc("d_c5_nhatrang_2025_12", "commune_report", "2025-12-03", "Tỉnh Khánh Hòa")
    header(d, ["ỦY BAN NHÂN DÂN", "PHƯỜNG NHA TRANG"], "204/BC-UBND", "Nha Trang", 3, 12, 2025)
    d.unit("Phường Nha Trang")
    d.p("BÁO CÁO")
    d.p("Công tác cải cách thủ tục hành chính, chuyển đổi số tháng {}", dt("11/2025"))
    d.blank()
    share = pct("90.87", "received_online_share", "self", 3315, 3672,
                mistake=("ratio_mismatch", "3.315/3.672 is 90,28%"))
    d.p("Tháng {}, phường tiếp nhận {} hồ sơ, trong đó nộp trực tuyến {} hồ sơ, đạt {}.", dt("11/2025"),
        cnt(3672, "received_total", "self"), cnt(3315, "received_online", "self"), share)
    d.p("Phường đã giải quyết {} hồ sơ, trong đó trước hạn {}, đúng hạn {}, trễ hạn {}; tỷ lệ đúng hạn {}. "
        "Số hồ sơ đang giải quyết là {}, tất cả còn trong hạn.", cnt(3598, "resolved_total", "self"),
        cnt(3410, "resolved_early", "self"), cnt(171, "resolved_on_time", "self"), cnt(17, "resolved_late", "self"),
        pct("99.53", "resolved_on_time", "self"), cnt(74, "pending_total", "self"))
    d.p("Tổng điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của phường đạt {} điểm, xếp thứ {} xã, phường.",
        score("88.9", "index_766_total", "self"), rank(12, 65, "self"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Quang Vinh")
    return d


@report
def c6_yenmo_2026_01():
    d = Doc("d_c6_yenmo_2026_01", "commune_report", "2026-01-08", "Tỉnh Ninh Bình")
    header(d, ["UBND XÃ YÊN MÔ"], "03/BC-UBND", "Yên Mô", 8, 1, 2026)
    d.unit("Xã Yên Mô")
    d.p("BÁO CÁO")
    d.p("Kết quả giải quyết thủ tục hành chính tháng {}", dt("12 năm 2025"))
    d.blank()
    d.p("Trong kỳ báo cáo, tính từ ngày {} đến hết ngày {}, UBND xã đã tiếp nhận {} hồ sơ, trong đó: trực tuyến {} hồ "
        "sơ, trực tiếp và qua dịch vụ bưu chính {} hồ sơ, từ kỳ trước chuyển qua {} hồ sơ.", dt("15/11/2025"),
        dt("14/12/2025"), cnt(1327, "received_total", "self", raw=True), cnt(1301, "received_online", "self", raw=True),
        cnt(14, "received_offline", "self"), cnt(12, "received_carried_over", "self"))
    d.p("Số lượng hồ sơ đã giải quyết: {} hồ sơ. Trong đó, giải quyết trước hạn {}, đúng hạn {}, từ chối: {} hồ sơ, "
        "{} hồ sơ rút, quá hạn {} hồ sơ. Đang giải quyết trong hạn {} hồ sơ.",
        cnt(1318, "resolved_total", "self", raw=True), cnt(1309, "resolved_early", "self", raw=True),
        cnt(5, "resolved_on_time", "self", pad=2), cnt(1, "resolved_rejected", "self", pad=2),
        cnt(2, "resolved_withdrawn", "self", pad=2), cnt(1, "resolved_late", "self", pad=2),
        cnt(9, "pending_total", "self", pad=2))
    d.p("- Tỷ lệ nộp hồ sơ trực tuyến: {}", pct("98.94", "online_submission", "self", sp=True))
    d.p("- Tỷ lệ hồ sơ đã giải quyết trước hạn, đúng hạn đạt {}", pct("99.92", "resolved_on_time", "self", sp=True))
    d.p("- Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt {}", pct("100", "digitization", "self", sp=True))
    d.p("- Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt {}", pct("97.6", "digital_reuse", "self", sp=True))
    d.p("Theo Bộ chỉ số {}, xã xếp thứ {} xã, phường của tỉnh.", ref("766"), rank(3, 129, "self"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Cường")
    return d


@report
def c7_mythanh_2025_02():
    d = Doc("d_c7_mythanh_2025_02", "commune_report", "2025-02-25", "Tỉnh Bến Tre")
    header(d, ["UBND HUYỆN BA TRI", "UBND XÃ MỸ THẠNH"], "12/BC-UBND", "Mỹ Thạnh", 25, 2, 2025)
    d.unit("Xã Mỹ Thạnh")
    d.unit("Huyện Ba Tri")
    d.p("BÁO CÁO")
    d.p("Tình hình thực hiện nhiệm vụ cải cách hành chính tháng {}", dt("02/2025"))
    d.blank()
    sh = pct("63.82", "received_online_share", "self", 97, 152)
    d.p("Bộ phận tiếp nhận và trả kết quả xã tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ, chiếm {}; trực tiếp {} hồ sơ.",
        cnt(152, "received_total", "self"), cnt(97, "received_online", "self"), sh, cnt(55, "received_offline", "self"))
    d.p("Kết quả giải quyết: tỷ lệ hồ sơ giải quyết đúng hạn đạt {}, tỷ lệ trễ hạn {}.",
        pct("98.7", "resolved_on_time", "self"),
        pct("1.8", "resolved_late", "self", mistake=("complement_mismatch", "98,7% on time leaves 1,3% late")))
    d.p("Trong tháng không phát sinh phản ánh, kiến nghị. Chị Lê Thị Bé, ngụ {}, được hỗ trợ nộp hồ sơ đăng ký khai sinh trực tuyến tại nhà.",
        ref("“ấp 3, xã Mỹ Thạnh”"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\n          PHÓ CHỦ TỊCH", "Trần Văn Đực")
    return d


@report
def c8_phophong_2025_03():
    d = Doc("d_c8_phophong_2025_03", "commune_report", "2025-03-10", "Tỉnh Quảng Ngãi")
    header(d, ["UBND THỊ XÃ ĐỨC PHỔ", "UBND XÃ PHỔ PHONG"], "19/BC-UBND", "Phổ Phong", 10, 3, 2025)
    d.unit("Thị xã Đức Phổ")
    d.unit("Xã Phổ Phong")
    d.p("BÁO CÁO")
    d.p("Kết quả giải quyết thủ tục hành chính tháng {}", dt("02/2025"))
    d.blank()
    d.p("Tháng {}, UBND xã tiếp nhận {} hồ sơ, trong đó {} hồ sơ trực tuyến và {} hồ sơ trực tiếp; đã giải quyết {} "
        "hồ sơ, tất cả đúng hạn; còn {} hồ sơ đang giải quyết.", dt("02/2025"), cnt(173, "received_total", "self"),
        cnt(151, "received_online", "self"), cnt(22, "received_offline", "self"), cnt(170, "resolved_total", "self"),
        cnt(3, "pending_total", "self", pad=2))
    d.p("- Tỷ lệ hồ sơ trực tuyến: {};", pct("87.28", "online_submission", "self"))
    d.p("- Tỷ lệ giải quyết đúng hạn bằng {};", pct("100", "resolved_on_time", "self"))
    f = pct("100", "digitization", "self", 170, 170)
    d.p("- Số hóa hồ sơ, kết quả: {} hồ sơ ({});", XY(f), f)
    g = pct("79.31", "online_payment", "self", 46, 58)
    d.p("- Thanh toán trực tuyến: {} hồ sơ có phí ({}).", XY(g), g)
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Huỳnh Văn Sang", ("UBND thị xã Đức Phổ",))
    return d
