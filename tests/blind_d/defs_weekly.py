"""Weekly notices (thông báo tuần) of provincial offices and service centres."""
from engine import Doc, XY, cnt, dt, nf, pct, ref, things, units, Word
from common import header, sign

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


@report
def w1_quangngai_2025_10():
    d = Doc("d_w1_quangngai_2025_10", "weekly_notice", "2025-10-17", "Tỉnh Quảng Ngãi")
    header(d, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI", "VĂN PHÒNG"], "412/TB-VP", "Quảng Ngãi", 17, 10, 2025)
    d.p("THÔNG BÁO")
    d.p("Kết quả thực hiện các chỉ tiêu về giải quyết thủ tục hành chính và dịch vụ công trực tuyến")
    d.p("(số liệu từ ngày {} đến ngày {})", dt("10/10/2025"), dt("16/10/2025"))
    d.blank()
    d.p("Căn cứ Kế hoạch số {} của Ủy ban nhân dân tỉnh về nâng cao chất lượng phục vụ người dân, doanh nghiệp; "
        "trên cơ sở dữ liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, Văn phòng Ủy ban nhân dân tỉnh "
        "thông báo kết quả trong tuần như sau:", ref("188/KH-UBND ngày 22/7/2025"))
    d.p("I. HỒ SƠ NỘP TRỰC TUYẾN (chỉ tiêu giao {})", nf("từ 80% trở lên", "target"))
    a = pct("86.14", "online_submission", "city", 41207, 47838)
    d.p("Toàn tỉnh có {} hồ sơ được nộp trực tuyến trên tổng số hồ sơ tiếp nhận, tương ứng tỷ lệ {}; trong đó:", XY(a), a)
    b = pct("71.05", "online_submission", "departments", 5614, 7901)
    d.p("- Khối sở, ban, ngành: {} ({} hồ sơ); số cơ quan đạt chỉ tiêu: {} cơ quan.", b, XY(b, " trên "),
        units(13, 14, subj="departments"))
    c = pct("89.12", "online_submission", "communes", 35593, 39937)
    d.p("- Khối xã, phường: {} ({} hồ sơ); số địa phương đạt chỉ tiêu: {} xã, phường. Một số địa phương có tỷ lệ "
        "thấp: Xã Ba Gia ({}), Xã Trà Giang ({}), Phường Sa Huỳnh ({}).", c, XY(c), units(88, 96, subj="communes"),
        pct("41.20", "online_submission", "unit:Xã Ba Gia"), pct("47.35", "online_submission", "unit:Xã Trà Giang"),
        pct("52.08", "online_submission", "unit:Phường Sa Huỳnh"))
    d.p("II. THANH TOÁN TRỰC TUYẾN PHÍ, LỆ PHÍ (chỉ tiêu giao {})", nf("từ 80% trở lên", "target"))
    e = pct("93.46", "online_payment", "city", 20184, 21596)
    d.p("Số hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có phát sinh phí, lệ phí là {} hồ sơ, đạt {}. Cụ thể, "
        "khối sở, ban, ngành đạt {} ({}); khối xã, phường đạt {} ({}).", XY(e), e,
        *(lambda f, g: (f, XY(f), g, XY(g)))(pct("64.04", "online_payment", "departments", 1001, 1563),
                                           pct("95.75", "online_payment", "communes", 19183, 20033)))
    d.p("III. SỐ HÓA HỒ SƠ, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
    d.p("Tỷ lệ số hóa của toàn tỉnh là {}; khối sở, ban, ngành {}, khối xã, phường {}.",
        pct("99.21", "digitization", "city"), pct("100", "digitization", "departments"),
        pct("99.15", "digitization", "communes"))
    d.p("IV. ĐỀ NGHỊ")
    d.p("Các xã, phường có tỷ lệ hồ sơ trực tuyến thấp khẩn trương rà soát nguyên nhân, báo cáo Ủy ban nhân dân tỉnh "
        "trước ngày {}.", dt("24/10/2025"))
    sign(d, "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Trương Thị Ngọc Diệp",
         ("Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành", "UBND các xã, phường"))
    return d


@report
def w2_vinhphuc_2025_03():
    d = Doc("d_w2_vinhphuc_2025_03", "weekly_notice", "2025-03-14", "Tỉnh Vĩnh Phúc")
    header(d, ["UBND TỈNH VĨNH PHÚC", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], "57/TB-TTPVHCC", "Vĩnh Phúc", 14, 3, 2025)
    d.p("THÔNG BÁO")
    d.p("Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính trên địa bàn tỉnh tuần từ {} đến {}",
        dt("07/3/2025"), dt("13/3/2025"))
    d.blank()
    tot = cnt(18426, "received_total", "city")
    onl = cnt(12377, "received_online", "city")
    d.p("Trong tuần, toàn tỉnh tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ, chiếm {}. Chia theo cấp: "
        "cấp tỉnh {} hồ sơ, cấp huyện {} hồ sơ, cấp xã {} hồ sơ.", tot, onl,
        pct("67.17", "received_online_share", "city", 12377, 18426),
        t1 := cnt(3912, "received_total", "departments", scope="cấp tỉnh"),
        t2 := cnt(6208, "received_total", "districts", scope="cấp huyện"),
        t3 := cnt(8306, "received_total", "communes", scope="cấp xã"))
    d.sum(tot, [t1, t2, t3])
    res = cnt(16950, "resolved_total", "city")
    it = cnt(16812, "resolved_in_time", "city")
    late = cnt(138, "resolved_late", "city")
    d.p("Đã giải quyết {} hồ sơ; số hồ sơ đúng hạn và trước hạn là {} hồ sơ (đạt {}), trễ hạn {} hồ sơ, "
        "chiếm {}; tỷ lệ đúng hạn {}.", res, it, pct("99.19", "resolved_on_time", "city", 16812, 16950), late,
        pct("0.81", "resolved_late", "city", 138, 16950), nf("tăng 0,42% so với tuần trước", "change"))
    p1 = pct("99.87", "resolved_on_time", "departments", 3745, 3750, scope="cấp tỉnh")
    p2 = pct("96.84", "resolved_on_time", "districts", 5925, 6007, scope="cấp huyện",
             mistake=("ratio_mismatch", "5.925/6.007 is 98,63%"))
    p3 = pct("99.29", "resolved_on_time", "communes", 7142, 7193, scope="cấp xã")
    d.p("Tỷ lệ giải quyết đúng hạn theo từng cấp: cấp tỉnh {} ({} hồ sơ); cấp huyện {} ({} hồ sơ); "
        "cấp xã {} ({} hồ sơ).", p1, XY(p1), p2, XY(p2), p3, XY(p3))
    d.p("Có {} huyện, thành phố đạt tỷ lệ đúng hạn {}; thấp nhất là Huyện Vĩnh Tường ({}) và Huyện Yên Lạc ({}).",
        units(6, 9, subj="districts", scope="cấp huyện"), nf("trên 99%", "bound"),
        pct("95.12", "resolved_on_time", "unit:Huyện Vĩnh Tường"),
        pct("97.30", "resolved_on_time", "unit:Huyện Yên Lạc"))
    d.p("Đề nghị UBND các huyện, thành phố chỉ đạo xử lý dứt điểm hồ sơ trễ hạn, thực hiện xin lỗi người dân theo quy định.")
    sign(d, "GIÁM ĐỐC", "", "Nguyễn Văn Khải", ("UBND tỉnh (b/c)", "Các sở, ban, ngành", "UBND các huyện, thành phố"))
    return d


@report
def w3_dongnai_2025_11():
    d = Doc("d_w3_dongnai_2025_11", "weekly_notice", "2025-11-24", "Tỉnh Đồng Nai")
    header(d, ["ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", "VĂN PHÒNG"], "1093/TB-VPUBND", "Đồng Nai", 24, 11, 2025, split=True)
    d.p("THÔNG BÁO")
    d.p("Kết quả giải quyết thủ tục hành chính tuần {} (từ ngày {} đến ngày {})", ref("47"), dt("17/11"), dt("23/11/2025"))
    d.blank()
    d.p("Trong tuần còn {} hồ sơ giải quyết trễ hạn, tập trung ở lĩnh vực đất đai. Số liệu cụ thể:",
        nf("hơn 1.100", "approx"))
    tot = cnt(32750, "received_total", "city")
    d.p("{} Tổng số hồ sơ phải giải quyết trong tuần: {} hồ sơ (tồn tuần trước chuyển sang: {}; tiếp nhận mới "
        "trực tuyến: {}; trực tiếp, bưu chính: {}).", ref("1."), tot, cnt(8135, "received_carried_over", "city"),
        cnt(19873, "received_online", "city"), cnt(4742, "received_offline", "city"))
    d.p("Tỷ lệ hồ sơ trực tuyến: {}.", pct("80.7", "online_submission", "city", sp=True))
    res = cnt(22904, "resolved_total", "city")
    lat = cnt(1121, "resolved_late", "city")
    d.p("{} Số hồ sơ đã giải quyết: {}; trong đó trước hạn {}, đúng hạn {}, quá hạn {}.", ref("2."),
        res, cnt(18255, "resolved_early", "city"), cnt(3528, "resolved_on_time", "city"), lat)
    d.p("Tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn): {}; tỷ lệ trễ hạn tương ứng {}.",
        pct("95.1", "resolved_on_time", "city", sp=True), pct("4.9", "resolved_late", "city", sp=True))
    d.p("Riêng các sở, ban, ngành giải quyết {} hồ sơ, có {} hồ sơ trễ hạn, chiếm {}; các xã, phường giải quyết "
        "{} hồ sơ, {} hồ sơ quá hạn, tương ứng {}.",
        r1 := cnt(3016, "resolved_total", "departments"), l1 := cnt(602, "resolved_late", "departments"),
        pct("19.96", "resolved_late", "departments", 602, 3016),
        r2 := cnt(19888, "resolved_total", "communes"), l2 := cnt(519, "resolved_late", "communes"),
        pct("2.61", "resolved_late", "communes", 519, 19888))
    d.sum(res, [r1, r2])
    d.sum(lat, [l1, l2])
    d.p("Đơn vị có nhiều hồ sơ trễ hạn nhất là Sở Nông nghiệp và Môi trường ({} hồ sơ trễ hạn), tiếp đến là "
        "Phường Long Bình ({} hồ sơ).", cnt(488, "resolved_late", "unit:Sở Nông nghiệp và Môi trường"),
        cnt(97, "resolved_late", "unit:Phường Long Bình"))
    d.p("{} Hồ sơ đang giải quyết: {}, trong đó đã quá hạn {}.", ref("3."), cnt(9846, "pending_total", "city"),
        cnt(1337, "pending_late", "city"))
    d.p("Mọi phản ánh về việc giải quyết hồ sơ, đề nghị liên hệ đường dây nóng {} hoặc tổng đài {}.",
        ref("0251.3847.102"), ref("1022"))
    sign(d, "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Đinh Quốc Thắng")
    return d


@report
def w4_bentre_2024_11():
    d = Doc("d_w4_bentre_2024_11", "weekly_notice", "2024-11-22", "Tỉnh Bến Tre")
    header(d, ["ỦY BAN NHÂN", "DÂN TỈNH BẾN TRE", "VĂN PHÒNG"], "318/TB-VPUBND", "Bến Tre", 22, 11, 2024)
    d.p("THÔNG BÁO")
    d.p("Kết quả thực hiện một số chỉ tiêu cải cách thủ tục hành chính (tuần từ ngày {} đến ngày {})",
        dt("15/11/2024"), dt("21/11/2024"))
    d.blank()
    d.p("{}. Tỷ lệ hồ sơ giải quyết đúng hạn (chỉ tiêu: {})", ref("1"), nf("≥ 98%", "target"))
    city = pct("98.72", "resolved_on_time", "city")
    d.p("Toàn tỉnh đạt {}, đạt chỉ tiêu. Ở cấp huyện, kết quả của từng địa phương như sau:", city)
    d.target(city, ">=", 98, True)
    rows = [("Thành phố Bến Tre", "99.40", True), ("Huyện Chợ Lách", "98.90", True),
            ("Huyện Ba Tri", "97.15", False), ("Huyện Thạnh Phú", "98.35", False)]
    for name, v, ok in rows:
        mk = ("target_conflict", "98,35% is above the 98% target, yet listed as not met") if name == "Huyện Thạnh Phú" else None
        f = pct(v, "resolved_on_time", "unit:" + name, mistake=mk)
        d.p("- " + name + ": {} (" + ("đạt" if ok else "chưa đạt chỉ tiêu") + ");", f)
        d.target(f, ">=", 98, ok)
    d.p("Ở cấp xã, các thị trấn duy trì kết quả cao: Thị trấn Ba Tri {}, Thị trấn Tiệm Tôm {}.",
        pct("100", "resolved_on_time", "unit:Thị trấn Ba Tri"), pct("99.1", "resolved_on_time", "unit:Thị trấn Tiệm Tôm"))
    d.p("{}. Tỷ lệ hồ sơ nộp trực tuyến (chỉ tiêu: {})", ref("2"), nf("≥ 50%", "target"))
    d.p("Toàn tỉnh {}; cấp tỉnh {}; cấp huyện {}, cấp xã {}; {} huyện, thành phố đạt chỉ tiêu.",
        pct("61.38", "online_submission", "city"),
        pct("82.05", "online_submission", "departments", scope="cấp tỉnh"),
        pct("54.10", "online_submission", "districts", scope="cấp huyện"),
        pct("58.93", "online_submission", "communes", scope="cấp xã"),
        units(7, 9, subj="districts", scope="cấp huyện"))
    d.p("Đề nghị UBND Huyện Ba Tri và UBND Huyện Thạnh Phú báo cáo nguyên nhân hồ sơ trễ hạn trong tuần.")
    sign(d, "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Võ Thành Nhân")
    return d


@report
def w5_khanhhoa_2026_01():
    d = Doc("d_w5_khanhhoa_2026_01", "weekly_notice", "2026-01-12", "Tỉnh Khánh Hòa")
    header(d, ["UBND TỈNH KHÁNH HÒA", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"], "09/TB-TTPVHCC", "Khánh Hòa", 12, 1, 2026)
    d.p("THÔNG BÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TUẦN {}", ref("02/2026"))
    d.p("(Dữ liệu ghi nhận từ {} đến hết ngày {})", dt("05/01/2026"), dt("11/01/2026"))
    d.blank()
    ontime = pct("97.46", "resolved_on_time", "city")
    late = pct("2.64", "resolved_late", "city", mistake=("complement_mismatch", "97,46% on time leaves 2,54% late, not 2,64%"))
    d.p("Tỷ lệ giải quyết trước hạn, đúng hạn toàn tỉnh là {}; tỷ lệ trễ hạn là {}.", ontime, late)
    d.p("Kết quả tại một số địa phương:")
    for name, n, m, v in (("Phường Nha Trang", 1204, 1215, "99.09"), ("Phường Cam Ranh", 612, 640, "95.63"),
                          ("Xã Cam Lâm", 388, 401, "96.76")):
        f = pct(v, "resolved_on_time", "unit:" + name, n, m)
        d.p("+ " + name + ": {} hồ sơ đúng hạn ({});", XY(f), f)
    d.p("Tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh đạt {}, {}; có {} xã, phường đạt tỷ lệ trực tuyến {}.",
        pct("78.35", "online_submission", "city"), nf("tăng 1,2 điểm phần trăm so với tuần trước", "change"),
        units(59, 65, subj="communes"), nf("từ 60% trở lên", "target"))
    d.p("Trung tâm đề nghị các xã, phường tiếp tục hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán phí, lệ phí "
        "qua Cổng Dịch vụ công quốc gia.")
    sign(d, "GIÁM ĐỐC", "", "Lê Hoàng Phúc", ("UBND tỉnh", "Các xã, phường"))
    return d


@report
def w6_hatinh_2025_05():
    d = Doc("d_w6_hatinh_2025_05", "weekly_notice", "2025-05-09", "Tỉnh Hà Tĩnh")
    header(d, ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "VĂN PHÒNG"], "221/TB-VP", "Hà Tĩnh", 9, 5, 2025)
    d.p("THÔNG BÁO")
    d.p("Về tiến độ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và thanh toán trực tuyến")
    d.p("tuần từ ngày {} đến ngày {}", dt("02/5"), dt("08/5/2025"))
    d.blank()
    d.p("{} Số hóa hồ sơ, kết quả giải quyết TTHC ({})", ref("1."), nf("chỉ tiêu 100%", "target"))
    d.p("Có {} sở, ngành đạt tỷ lệ số hóa {}, cụ thể:", units(7, 11, subj="departments"), nf("100%", "target"))
    full = [("Sở Tư pháp", 318), ("Sở Xây dựng", 1402), ("Sở Tài chính", 96), ("Sở Công Thương", 755),
            ("Sở Y tế", 230), ("Sở Giáo dục và Đào tạo", 41), ("Sở Văn hóa, Thể thao và Du lịch", 27)]
    for name, n in full:
        f = pct("100", "digitization", "unit:" + name, n, n)
        d.p("+ " + name + ": {} hồ sơ ({});", XY(f), f)
    d.p("Các đơn vị chưa đạt:")
    for name, n, m, v in (("Sở Nông nghiệp và Môi trường", 2810, 2937, "95.68"), ("Sở Nội vụ", 604, 611, "98.85"),
                          ("Sở Khoa học và Công nghệ", 58, 60, "96.67"), ("Công an tỉnh", 4012, 4105, "97.73")):
        f = pct(v, "digitization", "unit:" + name, n, m)
        d.p("+ " + name + ": {} ({} hồ sơ);", f, XY(f))
    d.p("{} Thanh toán trực tuyến", ref("2."))
    d.p("Tỷ lệ thanh toán trực tuyến của các huyện, thị xã, thành phố bình quân đạt {}; cao nhất là Thành phố Hà Tĩnh "
        "với {}, thấp nhất là Huyện Can Lộc với {} và Thị xã Kỳ Anh {}.",
        pct("71.8", "online_payment", "districts"), pct("88.4", "online_payment", "unit:Thành phố Hà Tĩnh"),
        pct("52.6", "online_payment", "unit:Huyện Can Lộc"), pct("55", "online_payment", "unit:Thị xã Kỳ Anh"))
    d.p("Đề nghị Thủ trưởng các đơn vị chưa đạt chỉ tiêu chỉ đạo hoàn thành trước ngày {}.", dt("20/5/2025"))
    sign(d, "CHÁNH VĂN PHÒNG", "", "Phan Đình Quang")
    return d


@report
def w7_hue_2025_12():
    d = Doc("d_w7_hue_2025_12", "weekly_notice", "2025-12-08", "Thành phố Huế")
    header(d, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HUẾ", "VĂN PHÒNG"], "505/TB-VP", "Huế", 8, 12, 2025)
    d.p("THÔNG BÁO")
    d.p("Tình hình thực hiện các chỉ tiêu phục vụ người dân, doanh nghiệp trong tuần từ {} đến {}",
        dt("01/12/2025"), dt("07/12/2025"))
    d.blank()
    f = pct("94.83", "resolved_on_time", "city", 9514, 10033)
    d.p("{} Kết quả giải quyết: trong tuần, toàn thành phố có {} hồ sơ được giải quyết trước hạn, đúng hạn,\n"
        "tương ứng tỷ lệ {}.", ref("1."), XY(f), f)
    d.p("{} Khai thác, sử dụng lại dữ liệu: tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt {}; "
        "Phường Thuận An còn thấp, chỉ đạt {}.", ref("2."), pct("74.06", "digital_reuse", "city"),
        pct("61.5", "digital_reuse", "unit:Phường Thuận An"))
    d.p("{} Phản ánh, kiến nghị: tổng số {} phản ánh, kiến nghị, gồm {} phản ánh mới và {} phản ánh kỳ trước chuyển sang; "
        "đã xử lý xong {}, còn {} đang xử lý trong hạn. Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn đạt {}.",
        ref("3."), cnt(47, "feedback_total", "city"), cnt(42, "feedback_new", "city"),
        cnt(5, "feedback_carried_over", "city", pad=2), cnt(39, "feedback_resolved", "city"),
        cnt(8, "feedback_pending", "city", pad=2), pct("100", "feedback_handled", "city"))
    d.p("Một công dân ở {} phản ánh việc chậm trả kết quả cấp giấy chứng nhận; Phường Vỹ Dạ đã kiểm tra, trả kết quả "
        "và xin lỗi công dân.", ref("“tổ 7, khu vực 3, phường Vỹ Dạ”"))
    d.unit("Phường Vỹ Dạ")
    sign(d, "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Hồ Thị Thu Trang")
    return d


@report
def w8_nghean_2025_06():
    d = Doc("d_w8_nghean_2025_06", "weekly_notice", "2025-06-06", "Tỉnh Nghệ An")
    header(d, ["UBND TỈNH NGHỆ AN", "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG"], "146/TB-TTPVHCC", "Nghệ An", 6, 6, 2025)
    d.p("THÔNG BÁO TÌNH HÌNH TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC")
    d.p("(Tuần từ {} đến {})", dt("30/5/2025"), dt("05/6/2025"))
    d.blank()
    tot = cnt(31420, "received_total", "city")
    onl = cnt(22260, "received_online", "city")
    d.p("Tuần qua, toàn tỉnh tiếp nhận {} hồ sơ TTHC, trong đó trực tuyến {} hồ sơ (mức độ {} là {} hồ sơ, mức độ {} là "
        "{} hồ sơ) và trực tiếp {} hồ sơ; tỷ lệ trực tuyến bằng {}.", tot, onl, ref("3"),
        m3 := cnt(2113, "received_online", "city", scope="mức độ 3"), ref("4"),
        m4 := cnt(20147, "received_online", "city", scope="mức độ 4"), cnt(9160, "received_offline", "city"),
        pct("70.85", "online_submission", "city"))
    d.sum(onl, [m3, m4])
    d.p("Các địa phương tiếp nhận nhiều hồ sơ: UBND Thành phố Vinh ({} hồ sơ), UBND Huyện Diễn Châu ({} hồ sơ), "
        "UBND Huyện Quỳnh Lưu ({} hồ sơ).", cnt(4215, "received_total", "unit:Thành phố Vinh"),
        cnt(3104, "received_total", "unit:Huyện Diễn Châu"), cnt(2867, "received_total", "unit:Huyện Quỳnh Lưu"))
    d.p("Số hồ sơ trễ hạn trong tuần là {}, riêng Sở Nông nghiệp và Môi trường {} hồ sơ. Thị xã Hoàng Mai giải quyết "
        "{} hồ sơ đúng hạn.", cnt(412, "resolved_late", "city"),
        cnt(188, "resolved_late", "unit:Sở Nông nghiệp và Môi trường"),
        pct("100", "resolved_on_time", "unit:Thị xã Hoàng Mai"))
    sign(d, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Thị Quỳnh Nga")
    return d
