"""Quarterly and half-year reports of provincial people's committees (Biểu 06 shapes in prose)."""
from engine import Doc, XY, cnt, dt, nf, part, pct, rank, ref, score, things, units
from common import header, sign

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


@report
def q1_quangnam_2025_q1():
    d = Doc("d_q1_quangnam_2025_q1", "quarterly_report", "2025-03-20", "Tỉnh Quảng Nam")
    header(d, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NAM"], "96/BC-UBND", "Quảng Nam", 20, 3, 2025)
    d.p("BÁO CÁO")
    d.p("Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa,")
    d.p("một cửa liên thông Quý I năm {}", dt("2025"))
    d.blank()
    d.p("Kính gửi: Văn phòng Chính phủ.")
    d.p("Thực hiện Thông tư số {} ngày {} của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ quy định chế độ báo cáo định kỳ, "
        "Ủy ban nhân dân tỉnh Quảng Nam báo cáo kết quả Quý I năm {} (số liệu từ ngày {} đến ngày {}) như sau:",
        ref("01/2020/TT-VPCP"), dt("21/10/2020"), dt("2025"), dt("15/12/2024"), dt("14/3/2025"))
    d.p("I. CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH")
    d.p("Trong kỳ, Chủ tịch Ủy ban nhân dân tỉnh ban hành {} công bố {} thủ tục hành chính mới ban hành, sửa đổi, "
        "bổ sung. Tổng số TTHC đang thực hiện trên địa bàn tỉnh là {} thủ tục, gồm {} TTHC cấp tỉnh, {} TTHC "
        "cấp huyện và {} TTHC cấp xã.", things("14 Quyết định"), things("86"),
        pt := cnt(1963, "procedures_total", "city"), p1 := cnt(1398, "procedures_total", "departments", scope="cấp tỉnh"),
        p2 := cnt(361, "procedures_total", "districts", scope="cấp huyện"),
        p3 := cnt(204, "procedures_total", "communes", scope="cấp xã"))
    d.sum(pt, [p1, p2, p3])
    d.p("II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
    tot = cnt(412907, "received_total", "city", mistake=("sum_mismatch", "the levels 61.554 + 129.810 + 223.543 make 414.907"))
    d.p("{} Tổng số hồ sơ TTHC tiếp nhận trong kỳ: {} hồ sơ, trong đó: tiếp nhận trực tuyến {} hồ sơ; trực tiếp và qua "
        "dịch vụ bưu chính công ích {} hồ sơ; từ kỳ trước chuyển qua {} hồ sơ.", ref("1."), tot,
        cnt(251118, "received_online", "city"), cnt(147203, "received_offline", "city"),
        cnt(14586, "received_carried_over", "city"))
    d.p("Chia theo cấp: cấp tỉnh {} hồ sơ, cấp huyện {} hồ sơ, cấp xã {} hồ sơ.",
        l1 := cnt(61554, "received_total", "departments", scope="cấp tỉnh"),
        l2 := cnt(129810, "received_total", "districts", scope="cấp huyện"),
        l3 := cnt(223543, "received_total", "communes", scope="cấp xã"))
    d.sum(tot, [l1, l2, l3])
    d.p("Tỷ lệ hồ sơ trực tuyến đạt {}.", pct("63.04", "online_submission", "city"))
    d.p("{} Số hồ sơ đã giải quyết: {} hồ sơ, trong đó giải quyết trước hạn, đúng hạn {} hồ sơ; quá hạn {} hồ sơ "
        "({}).", ref("2."), cnt(395240, "resolved_total", "city"), cnt(388515, "resolved_in_time", "city"),
        cnt(6725, "resolved_late", "city"), nf("giảm 1.204 hồ sơ so với Quý IV năm 2024", "change"))
    d.p("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt {}. Thành phố Tam Kỳ có tỷ lệ cao nhất ({}), "
        "Huyện Nam Trà My thấp nhất ({}).", pct("98.30", "resolved_on_time", "city"),
        pct("99.92", "resolved_on_time", "unit:Thành phố Tam Kỳ"), pct("93.40", "resolved_on_time", "unit:Huyện Nam Trà My"))
    d.p("{} Số hồ sơ đang giải quyết: {} hồ sơ, trong đó trong hạn {} hồ sơ, quá hạn {} hồ sơ.", ref("3."),
        cnt(17667, "pending_total", "city"), cnt(16930, "pending_on_time", "city"), cnt(737, "pending_late", "city"))
    d.p("{} Số hóa hồ sơ: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {}.", ref("4."), pct("87.6", "digitization", "city"))
    d.p("III. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ")
    d.p("Trong kỳ tiếp nhận {} phản ánh, kiến nghị về quy định hành chính; đã xử lý {}; đang xử lý {}.",
        cnt(37, "feedback_total", "city"), cnt(35, "feedback_resolved", "city"), cnt(2, "feedback_pending", "city", pad=2))
    d.p("IV. ĐÁNH GIÁ CHẤT LƯỢNG PHỤC VỤ")
    d.p("Theo Bộ chỉ số phục vụ người dân, doanh nghiệp ({}), tỉnh đạt {} điểm, xếp thứ {} tỉnh, thành phố.",
        ref("Quyết định số 766/QĐ-TTg"), score("80.45", "index_766_total", "city", maximum=100, over=True),
        rank(21, 63, "city"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\n          PHÓ CHỦ TỊCH", "Trần Anh Tuấn",
         ("Văn phòng Chính phủ", "TT Tỉnh ủy, HĐND tỉnh", "CT, các PCT UBND tỉnh"))
    return d


@report
def q2_gialai_2025_q3():
    d = Doc("d_q2_gialai_2025_q3", "quarterly_report", "2025-09-18", "Tỉnh Gia Lai")
    header(d, ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"], "214/BC-UBND", "Gia Lai", 18, 9, 2025)
    d.p("BÁO CÁO")
    d.p("Kết quả công tác cải cách thủ tục hành chính Quý III năm {} trên địa bàn tỉnh Gia Lai", dt("2025"))
    d.blank()
    d.p("Thực hiện Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, tỉnh Bình Định và tỉnh Gia Lai hợp "
        "nhất thành tỉnh Gia Lai.")
    d.p("Từ ngày {}, tỉnh Gia Lai (mới) vận hành mô hình chính quyền địa phương {}; các thủ tục hành chính được tiếp "
        "nhận, giải quyết thông suốt tại Trung tâm Phục vụ hành chính công tỉnh và {} Trung tâm Phục vụ hành chính "
        "công cấp xã.", dt("01/7/2025"), things("02 cấp"), things("135"))
    d.p("{} Về thủ tục hành chính", ref("1."))
    pt = cnt(1962, "procedures_total", "city")
    d.p("Tổng số TTHC thuộc thẩm quyền giải quyết của các cấp trên địa bàn tỉnh là {} TTHC, trong đó cấp tỉnh {} TTHC, "
        "cấp xã {} TTHC. Số TTHC cung cấp dịch vụ công trực tuyến toàn trình là {}, một phần là {}; còn lại {} TTHC "
        "chỉ cung cấp thông tin.", pt,
        a := cnt(1587, "procedures_total", "departments", scope="cấp tỉnh"),
        b := cnt(375, "procedures_total", "communes", scope="cấp xã"),
        x := cnt(1012, "procedures_full_online", "city"), y := cnt(741, "procedures_partial_online", "city"),
        z := cnt(209, "procedures_not_online", "city"))
    d.sum(pt, [a, b])
    d.sum(pt, [x, y, z])
    d.p("{} Về tiếp nhận, giải quyết hồ sơ", ref("2."))
    tot = cnt(286430, "received_total", "city")
    d.p("Trong quý, toàn tỉnh tiếp nhận {} hồ sơ, trong đó hồ sơ trực tuyến là {} hồ sơ (chiếm {}), trực tiếp và qua "
        "bưu chính {} hồ sơ (chiếm {}).", tot, cnt(201077, "received_online", "city"),
        pct("70.2", "received_online_share", "city", 201077, 286430), cnt(85353, "received_offline", "city"),
        pct("29.8", "received_offline_share", "city", 85353, 286430))
    fo = pct("34.29", "full_online", "city", 98214, 286430)
    d.p("Hệ thống ghi nhận {} lượt hồ sơ trực tuyến toàn trình, đạt tỷ lệ {} trên tổng số hồ sơ tiếp nhận.", part(fo, "n"), fo)
    d.p("Đã giải quyết {} hồ sơ; đúng hạn và trước hạn là {} hồ sơ, tỷ lệ {}; trễ hạn {} hồ sơ ({}). Đang giải quyết "
        "{} hồ sơ.", cnt(270118, "resolved_total", "city"), cnt(265804, "resolved_in_time", "city"),
        pct("98.40", "resolved_on_time", "city", 265804, 270118), cnt(4314, "resolved_late", "city"),
        pct("1.60", "resolved_late", "city", 4314, 270118), cnt(16312, "pending_total", "city"))
    d.p("Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt {}.", pct("81.77", "online_payment", "city"))
    d.p("{} Về Bộ chỉ số phục vụ người dân, doanh nghiệp", ref("3."))
    d.p("Kết quả đánh giá trên Cổng Dịch vụ công quốc gia, tỉnh đạt {} điểm, xếp thứ {} tỉnh, thành phố, {}.",
        score("84.17", "index_766_total", "city"), rank(9, 34, "city"), nf("tăng 4 bậc so với tháng 8", "change"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\n          PHÓ CHỦ TỊCH", "Rah Lan Chung",
         ("Văn phòng Chính phủ", "Bộ Nội vụ"))
    return d


@report
def q3_longan_2024_q4():
    d = Doc("d_q3_longan_2024_q4", "quarterly_report", "2024-12-16", "Tỉnh Long An")
    header(d, ["UBND TỈNH LONG AN", "VĂN PHÒNG"], "187/BC-VPUBND", "Long An", 16, 12, 2024)
    d.p("BÁO CÁO")
    d.p("Tình hình giải quyết thủ tục hành chính Quý IV năm {}", dt("2024"))
    d.p("(Kỳ báo cáo: từ ngày {} đến ngày {})", dt("15/9/2024"), dt("14/12/2024"))
    d.blank()
    d.p("{}. Kết quả tiếp nhận, giải quyết hồ sơ", ref("1"))
    d.p("Tổng số hồ sơ nhận giải quyết là {} hồ sơ (kỳ trước chuyển qua {}; trực tuyến {}; trực tiếp, bưu chính {}).",
        cnt(198456, "received_total", "city"), cnt(9770, "received_carried_over", "city"),
        cnt(120561, "received_online", "city"), cnt(68125, "received_offline", "city"))
    d.p("Đã giải quyết {} hồ sơ, gồm {} hồ sơ trước hạn, {} hồ sơ đúng hạn và {} hồ sơ quá hạn; tỷ lệ giải quyết "
        "đúng hạn {}.", cnt(187902, "resolved_total", "city"), cnt(152117, "resolved_early", "city"),
        cnt(33640, "resolved_on_time", "city"), cnt(2145, "resolved_late", "city"),
        pct("98.86", "resolved_on_time", "city"))
    d.p("Đang giải quyết {} hồ sơ, trong đó {} hồ sơ còn trong hạn, {} hồ sơ đã quá hạn.",
        cnt(11554, "pending_total", "city", mistake=("balance_mismatch", "198.456 received, 187.902 resolved: 10.554 should be pending, not 11.554")),
        cnt(10893, "pending_on_time", "city"), cnt(661, "pending_late", "city"))
    d.p("Tỷ lệ hồ sơ trực tuyến chiếm {} số hồ sơ tiếp nhận mới. Thành phố Tân An đạt tỷ lệ đúng hạn {}, "
        "Huyện Cần Giuộc {}.", pct("63.9", "online_submission", "city"),
        pct("99.5", "resolved_on_time", "unit:Thành phố Tân An"), pct("96.04", "resolved_on_time", "unit:Huyện Cần Giuộc"))
    d.p("{}. Dịch vụ công trực tuyến", ref("2"))
    d.p("Tỉnh cung cấp dịch vụ công trực tuyến toàn trình đối với {} thủ tục và một phần đối với {} thủ tục.",
        cnt(612, "procedures_full_online", "city"), cnt(744, "procedures_partial_online", "city"))
    d.p("{}. Phản ánh, kiến nghị", ref("3"))
    d.p("Tiếp nhận {} phản ánh, kiến nghị (mới {}, kỳ trước chuyển sang {}); đã xử lý {}, còn {} đang xem xét.",
        cnt(16, "feedback_total", "city"), cnt(14, "feedback_new", "city"), cnt(2, "feedback_carried_over", "city", pad=2),
        cnt(13, "feedback_resolved", "city"), cnt(3, "feedback_pending", "city", pad=2))
    sign(d, "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lâm Thị Kim Loan")
    return d


@report
def q4_angiang_2025_q3():
    d = Doc("d_q4_angiang_2025_q3", "quarterly_report", "2025-09-22", "Tỉnh An Giang")
    header(d, ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG"], "305/BC-UBND", "An Giang", 22, 9, 2025)
    d.p("BÁO CÁO")
    d.p("Kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính, chuyển đổi số trong giải quyết thủ tục hành chính")
    d.p("Quý III năm {}", dt("2025"))
    d.blank()
    d.p("Quý III là quý đầu tiên tỉnh An Giang (mới) vận hành chính quyền địa phương {} sau hợp nhất. Trong quý, "
        "toàn tỉnh tiếp nhận {} hồ sơ, đã giải quyết {} hồ sơ; tỷ lệ giải quyết đúng hạn {}.",
        things("02 cấp"), cnt(512400, "received_total", "city", mult=("512,4", "nghìn")),
        cnt(498700, "resolved_total", "city", mult=("498,7", "nghìn")), pct("99.1", "resolved_on_time", "city"))
    d.p("Số hồ sơ quá hạn có {} hồ sơ, chủ yếu thuộc lĩnh vực đất đai và xây dựng; so với quý II, số hồ sơ quá hạn {}.",
        cnt(4410, "resolved_late", "city"), nf("giảm 215 hồ sơ", "change"))
    d.p("Tại Trung tâm Phục vụ hành chính công tỉnh, Sở Tư pháp giải quyết {} hồ sơ, gồm {} hồ sơ trước hạn, {} hồ sơ "
        "đúng hạn và {} hồ sơ quá hạn; Sở Xây dựng giải quyết {} hồ sơ, trong đó quá hạn {} hồ sơ.",
        cnt(10562, "resolved_total", "unit:Sở Tư pháp"), cnt(9870, "resolved_early", "unit:Sở Tư pháp"),
        cnt(640, "resolved_on_time", "unit:Sở Tư pháp"), cnt(52, "resolved_late", "unit:Sở Tư pháp"),
        cnt(3118, "resolved_total", "unit:Sở Xây dựng"), cnt(207, "resolved_late", "unit:Sở Xây dựng"))
    f = pct("89.31", "received_online_share", "unit:Phường Long Xuyên", 19118, 21406)
    d.p("Ở cấp xã, Phường Long Xuyên tiếp nhận {} hồ sơ, trong đó {} hồ sơ trực tuyến ({}); Xã Núi Cấm tiếp nhận {} hồ "
        "sơ, với {} hồ sơ nộp trực tuyến, đạt tỷ lệ {}.", cnt(21406, "received_total", "unit:Phường Long Xuyên"),
        cnt(19118, "received_online", "unit:Phường Long Xuyên"), f,
        cnt(1274, "received_total", "unit:Xã Núi Cấm"), cnt(803, "received_online", "unit:Xã Núi Cấm"),
        pct("63.03", "received_online_share", "unit:Xã Núi Cấm", 803, 1274))
    d.p("Cổng Dịch vụ công của tỉnh ghi nhận {} lượt truy cập; {} tài khoản định danh điện tử được sử dụng để nộp hồ sơ.",
        things("2,3 triệu"), nf("hơn 41.000", "approx"))
    d.p("Tỷ lệ số hóa hồ sơ, kết quả giải quyết đạt {}; tỷ lệ tái sử dụng dữ liệu số hóa là {}.",
        pct("95.1", "digitization", "city", sp=True), pct("58.44", "digital_reuse", "city"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Hồ Văn Mừng", ("Văn phòng Chính phủ",))
    return d


@report
def q5_yenbai_2025_h1():
    d = Doc("d_q5_yenbai_2025_h1", "quarterly_report", "2025-06-16", "Tỉnh Yên Bái")
    header(d, ["ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI"], "141/BC-UBND", "Yên Bái", 16, 6, 2025)
    d.p("BÁO CÁO")
    d.p("Kết quả thực hiện công tác kiểm soát thủ tục hành chính {} đầu năm {}", dt("6 tháng"), dt("2025"))
    d.blank()
    d.p("{} Kết quả giải quyết hồ sơ", ref("1."))
    d.p("Trong {} đầu năm, toàn tỉnh tiếp nhận {} hồ sơ, đã giải quyết {} hồ sơ, còn {} hồ sơ đang giải quyết.",
        dt("6 tháng"), cnt(168905, "received_total", "city"), cnt(161742, "resolved_total", "city"),
        cnt(7163, "pending_total", "city"))
    ot = pct("98.90", "resolved_on_time", "city", 159958, 161742)
    d.p("Trong tổng số {} hồ sơ đã giải quyết, có {} hồ sơ giải quyết trước hạn, đúng hạn, đạt {}; trễ hạn {} hồ sơ,chiếm {}.",
        part(ot, "d"), cnt(159958, "resolved_in_time", "city"), ot, cnt(1784, "resolved_late", "city"),
        pct("1.10", "resolved_late", "city", 1784, 161742))
    d.p("Kết quả tại một số địa phương cấp huyện:")
    for name, rec, n, m, v in (("Thành phố Yên Bái", 14208, 13964, 14011, "99.66"),
                               ("Thị xã Nghĩa Lộ", 5318, 5201, 5240, "99.26"),
                               ("Huyện Văn Chấn", 7944, 7702, 7815, "98.55"),
                               ("Huyện Mù Căng Chải", 3127, 2990, 3086, "96.89")):
        f = pct(v, "resolved_on_time", "unit:" + name, n, m)
        d.p("- " + name + ": tiếp nhận {} hồ sơ, giải quyết đúng hạn {} hồ sơ ({});",
            cnt(rec, "received_total", "unit:" + name), XY(f), f)
    d.p("Ở cấp xã, Thị trấn Sơn Thịnh ({}) và Xã Tú Lệ ({}) giải quyết toàn bộ hồ sơ đúng hạn.",
        pct("100", "resolved_on_time", "unit:Thị trấn Sơn Thịnh"), pct("100", "resolved_on_time", "unit:Xã Tú Lệ"))
    d.p("{} Tiếp nhận, xử lý phản ánh, kiến nghị", ref("2."))
    fb = pct("100", "feedback_handled", "city", 21, 21)
    d.p("Trong kỳ, tiếp nhận {} phản ánh, kiến nghị (mới {}, kỳ trước {}), đã xử lý {}, đạt {}.",
        cnt(21, "feedback_total", "city"), cnt(19, "feedback_new", "city"), cnt(2, "feedback_carried_over", "city", pad=2),
        cnt(21, "feedback_resolved", "city"), fb)
    d.p("{} Dịch vụ công trực tuyến", ref("3."))
    d.p("Tỷ lệ hồ sơ nộp trực tuyến {} đầu năm đạt {}, thanh toán trực tuyến đạt {}.", dt("6 tháng"),
        pct("57.3", "online_submission", "city"), pct("46.81", "online_payment", "city"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\n          PHÓ CHỦ TỊCH", "Nguyễn Thế Phước")
    return d


@report
def q6_hungyen_2025_q4():
    d = Doc("d_q6_hungyen_2025_q4", "quarterly_report", "2025-12-15", "Tỉnh Hưng Yên")
    header(d, ["UBND TỈNH HƯNG YÊN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "73/BC-TTPVHCC", "Hưng Yên", 15, 12, 2025)
    d.p("BÁO CÁO")
    d.p("Kết quả tiếp nhận, giải quyết và trả kết quả thủ tục hành chính Quý IV năm {}", dt("2025"))
    d.blank()
    ontime = pct("98.74", "resolved_on_time", "city", 95188, 96402)
    d.p("Trong quý, Trung tâm Phục vụ hành chính công tỉnh và các Trung tâm Phục vụ hành chính công xã, phường có "
        "{} hồ sơ nhận giải quyết, trong đó hồ sơ tồn kỳ trước chuyển sang là {}; hồ sơ đến hạn giải quyết là {} hồ sơ.",
        cnt(111763, "received_total", "city"), cnt(8246, "received_carried_over", "city"), part(ontime, "d"))
    d.p("Đã trả kết quả trước hạn và đúng hạn {} hồ sơ (đạt {}). Hồ sơ quá hạn giải quyết nhưng chưa có kết quả và "
        "hồ sơ trả kết quả chậm là {} hồ sơ (chiếm {}).", cnt(95188, "resolved_in_time", "city"), ontime,
        part(late := pct("1.26", "resolved_late", "city", 1214, 96402), "n"), late)
    oth = pct("0.04", "other", "city", 38, 96402)
    d.p("Các cơ quan thụ lý trả lại hồ sơ và người nộp đề nghị rút hồ sơ là {} hồ sơ ({}).", part(oth, "n"), oth)
    d.p("Riêng cấp tỉnh, hồ sơ đến hạn {}, trả đúng hạn {} hồ sơ, đạt {}; cấp xã: {} hồ sơ đúng hạn trên {} hồ sơ "
        "đến hạn, đạt {}.",
        part(p1 := pct("99.12", "resolved_on_time", "departments", 20731, 20916, scope="cấp tỉnh"), "d"),
        part(p1, "n"), p1,
        part(p2 := pct("98.64", "resolved_on_time", "communes", 74457, 75486, scope="cấp xã"), "n"),
        part(p2, "d"), p2)
    d.p("Có {} xã, phường không có hồ sơ quá hạn trong quý.", units(102, 104, subj="communes"))
    d.p("Các lĩnh vực có hồ sơ chậm chủ yếu là đất đai và hộ tịch.")
    sign(d, "GIÁM ĐỐC", "", "Đào Minh Nguyệt", ("UBND tỉnh", "Văn phòng UBND tỉnh"))
    return d


@report
def q7_phutho_2026_q1():
    d = Doc("d_q7_phutho_2026_q1", "quarterly_report", "2026-03-18", "Tỉnh Phú Thọ")
    header(d, ["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"], "88/BC-UBND", "Phú Thọ", 18, 3, 2026, split=True)
    d.p("BÁO CÁO")
    d.p("Tình hình, kết quả thực hiện cải cách thủ tục hành chính Quý I năm {}", dt("2026"))
    d.blank()
    d.p("I. TÓM TẮT")
    d.p("Quý I năm {}, tỷ lệ hồ sơ trực tuyến đạt {}; tỷ lệ giải quyết đúng hạn đạt {}; tỷ lệ số hóa hồ sơ đạt {}.",
        dt("2026"), pct("88.14", "online_submission", "city"), pct("99.05", "resolved_on_time", "city"),
        pct("96.7", "digitization", "city"))
    d.p("II. KẾT QUẢ CỤ THỂ")
    d.p("{} Tiếp nhận hồ sơ: toàn tỉnh tiếp nhận {} hồ sơ; tỷ lệ nộp hồ sơ trực tuyến của toàn tỉnh là {}, trong đó "
        "cấp tỉnh {}, cấp xã {}.", ref("1."), cnt(276530, "received_total", "city"),
        pct("88.41", "online_submission", "city", mistake=("repeated_value_mismatch", "the summary gives 88,14% for the same rate")),
        pct("91.26", "online_submission", "departments", scope="cấp tỉnh"),
        pct("87.9", "online_submission", "communes", scope="cấp xã"))
    d.p("{} Giải quyết hồ sơ: đã giải quyết {} hồ sơ, trong đó trước hạn, đúng hạn {} hồ sơ, quá hạn {} hồ sơ.", ref("2."),
        cnt(262014, "resolved_total", "city"), cnt(259525, "resolved_in_time", "city"), cnt(2489, "resolved_late", "city"))
    d.p("{} Phường Việt Trì dẫn đầu với {} hồ sơ trực tuyến; Xã Hạ Hòa còn thấp ({}).", ref("3."),
        pct("97.8", "online_submission", "unit:Phường Việt Trì"), pct("71.25", "online_submission", "unit:Xã Hạ Hòa"))
    d.p("III. PHƯƠNG HƯỚNG QUÝ II")
    d.p("Phấn đấu tỷ lệ hồ sơ trực tuyến {}, giải quyết đúng hạn {}.", nf("trên 90%", "target"), nf("từ 99% trở lên", "target"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\n          PHÓ CHỦ TỊCH", "Hà Quang Vinh")
    return d


@report
def q8_cantho_2025_q4():
    d = Doc("d_q8_cantho_2025_q4", "quarterly_report", "2025-12-20", "Thành phố Cần Thơ")
    header(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CẦN THƠ"], "402/BC-UBND", "Cần Thơ", 20, 12, 2025)
    d.p("BÁO CÁO")
    d.p("Kết quả thực hiện công tác kiểm soát thủ tục hành chính Quý IV năm {}", dt("2025"))
    d.blank()
    pt = cnt(1874, "procedures_total", "city", mistake=("sum_mismatch", "1.502 + 362 make 1.864"))
    d.p("Trong năm, Chủ tịch UBND thành phố đã công bố {} thủ tục hành chính, trong đó cấp thành phố {} thủ tục, cấp xã {} "
        "thủ tục.", pt, a := cnt(1502, "procedures_total", "departments", scope="cấp thành phố"),
        b := cnt(362, "procedures_total", "communes", scope="cấp xã"))
    d.sum(pt, [a, b])
    d.p("Trong quý, hệ thống ghi nhận {} lượt hồ sơ, trong đó {} lượt nộp trực tuyến, bằng {}.",
        cnt(146905, "received_total", "city"), cnt(139218, "received_online", "city"),
        pct("94.77", "received_online_share", "city", 139218, 146905))
    d.p("Tổng số hồ sơ đã giải quyết là {}; số hồ sơ giải quyết trước và đúng hạn là {}, tỷ lệ {}; số hồ sơ trễ hạn là {}, "
        "chiếm {}.", cnt(141330, "resolved_total", "city"), cnt(140586, "resolved_in_time", "city"),
        pct("99.47", "resolved_on_time", "city", 140586, 141330), cnt(744, "resolved_late", "city"),
        pct("0.53", "resolved_late", "city", 744, 141330))
    pay = pct("95.75", "online_payment", "city", 58412, 61007)
    d.p("Thanh toán trực tuyến {} hồ sơ trong tổng số {} hồ sơ có phí, lệ phí, đạt {}. Phường Ninh Kiều có tỷ lệ cao "
        "nhất ({}).", part(pay, "n"), part(pay, "d"), pay, pct("99.1", "online_payment", "unit:Phường Ninh Kiều"))
    sign(d, "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\n          PHÓ CHỦ TỊCH", "Dương Tấn Hiển")
    return d
