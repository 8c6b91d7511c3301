from lib import Doc, N, P, pct

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

def g01():
    d = Doc("g01_weekly_vpub_quangngai", "weekly_notice", "2024-10-07", "Tỉnh Quảng Ngãi")
    d.L("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"); d.L("VĂN PHÒNG"); d.L(MOTTO[0]); d.L(MOTTO[1]); d.L("")
    d.L("Số: ", d.nf("1873/TB-VP", "reference"), "          Quảng Ngãi, ", d.nf("ngày 07 tháng 10 năm 2024", "date"))
    d.L(""); d.L("THÔNG BÁO"); d.L("Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh tuần 40 năm 2024")
    d.L("")
    d.L("Căn cứ dữ liệu Cổng Dịch vụ công quốc gia cập nhật đến ", d.nf("06/10/2024", "date"), ", Văn phòng UBND tỉnh thông báo kết quả như sau:")
    d.L("Tổng điểm của tỉnh: ", d.sc(84.55, "index_766_total", "city", mx=100), " điểm, xếp hạng ", d.rk(14, 63, "city"), " tỉnh, thành phố.")
    parts = [(17.12, "index_766_publicity", "Công khai, minh bạch", 18), (18.45, "index_766_progress", "Tiến độ giải quyết", 20),
             (14.20, "index_766_online_service", "Dịch vụ công trực tuyến", 22), (7.83, "index_766_online_payment", "Thanh toán trực tuyến", 10),
             (17.60, "index_766_satisfaction", "Mức độ hài lòng", 18), (9.35, "index_766_digitization", "Số hóa hồ sơ", 12)]
    d.L("Điểm theo từng nhóm chỉ số:")
    for v, ind, lab, mx in parts:
        d.L("- ", lab, ": ", d.sc(v, ind, "city", mx=mx), " / ", d.nf(f"{mx} điểm", "maximum"))
    d.SS(84.55, [p[0] for p in parts])
    d.L("So với tuần 39, tổng điểm ", d.nf("tăng 0,86 điểm", "change"), " và ", d.nf("tăng 02 bậc", "change"), ".")
    d.L("Nhóm chỉ số thanh toán trực tuyến vẫn thấp nhất, mới đạt ", d.nf("khoảng 78%", "approx"), " số điểm tối đa.")
    d.L("Đề nghị các sở, ngành, địa phương khẩn trương khắc phục các chỉ tiêu chưa đạt trước ", d.nf("ngày 15/10/2024", "date"), ".")
    d.L(""); d.L("KT. CHÁNH VĂN PHÒNG"); d.L("PHÓ CHÁNH VĂN PHÒNG"); d.L("Trần Thị Mỹ Hạnh")
    return d

def g02():
    d = Doc("g02_weekly_ttpvhcc_binhdinh", "weekly_notice", "2023-11-20", "Tỉnh Bình Định")
    d.L(MOTTO[0]); d.L(MOTTO[1]); d.L("UBND TỈNH BÌNH ĐỊNH"); d.L("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    d.L("Số: ", d.nf("412/TB-TTPVHCC", "reference")); d.L("Bình Định, ", d.nf("ngày 20 tháng 11 năm 2023", "date"))
    d.L(""); d.L("THÔNG BÁO"); d.L("Tình hình thực hiện Bộ chỉ số theo Quyết định số ", d.nf("766/QĐ-TTg", "reference"), " (tuần 46/2023)")
    d.L("")
    d.L("Trong tuần, tỉnh Bình Định đạt ", d.sc(81.06, "index_766_total", "city"), " điểm, đứng thứ ", d.rk(21, 63, "city", text="21"), " trong ", d.nf("63 tỉnh", "count_of_things"), ", thành phố.")
    d.L("Điểm thành phần gồm: công khai, minh bạch ", d.sc(16.85, "index_766_publicity", "city"), " điểm; tiến độ giải quyết ",
        d.sc(17.90, "index_766_progress", "city"), " điểm; cung cấp dịch vụ trực tuyến ", d.sc(13.44, "index_766_online_service", "city"), " điểm;")
    d.L("thanh toán trực tuyến ", d.sc(6.75, "index_766_online_payment", "city"), " điểm; mức độ hài lòng ", d.sc(17.02, "index_766_satisfaction", "city"),
        " điểm và số hóa hồ sơ ", d.sc(8.10, "index_766_digitization", "city"), " điểm.")
    d.SS(81.06, [16.85, 17.90, 13.44, 6.75, 17.02, 8.10])
    d.M("score_sum_mismatch", 81.06, "81,06", "16,85+17,90+13,44+6,75+17,02+8,10 = 80,06")
    d.L("Chỉ tiêu số hóa (", d.nf("tối đa 12 điểm", "maximum"), ") còn thấp do nhiều hồ sơ chưa được số hóa kết quả.")
    d.L("Trung tâm đề nghị các cơ quan rà soát hồ sơ trễ hạn trước ", d.nf("24/11/2023", "date"), ".")
    d.L(""); d.L("Nơi nhận:"); d.L("- Văn phòng UBND tỉnh;"); d.L("- Các sở, ban, ngành;"); d.L("- Lưu: VT.")
    d.L("GIÁM ĐỐC"); d.L("Lê Văn Tường")
    return d

def g03():
    d = Doc("g03_weekly_stttt_bacgiang", "weekly_notice", "2024-05-13", "Tỉnh Bắc Giang")
    d.L("UBND TỈNH BẮC GIANG        ", MOTTO[0]); d.L("SỞ THÔNG TIN VÀ TRUYỀN THÔNG        ", MOTTO[1])
    d.L("Số: ", d.nf("96/TB-STTTT", "reference"), "                Bắc Giang, ", d.nf("ngày 13 tháng 5 năm 2024", "date"))
    d.L(""); d.L("THÔNG BÁO"); d.L("Kết quả cung cấp, sử dụng dịch vụ công trực tuyến trên địa bàn tỉnh tuần 19 năm 2024")
    d.L("")
    d.L("1. Toàn tỉnh tiếp nhận ", d.n(12480, "received_total", "city"), " hồ sơ, trong đó nộp qua môi trường mạng ", d.n(9114, "received_online", "city"), " hồ sơ.")
    d.L("Tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt ", d.p(9114, 12480, "online_submission", "city"), " (mục tiêu năm ", d.nf("trên 70%", "bound"), ").")
    d.L("2. Thanh toán trực tuyến: ", N(4210), "/", N(5032), " giao dịch có phát sinh phí, lệ phí, bằng ", d.p(4210, 5032, "online_payment", "city"), ".")
    d.L("3. Một số địa phương có tỷ lệ nộp trực tuyến cao:")
    d.L("   Huyện Lạng Giang          ", d.pv(88.4, "online_submission", "unit:Huyện Lạng Giang", 1))
    d.L("   Huyện Tân Yên             ", d.pv(85.9, "online_submission", "unit:Huyện Tân Yên", 1))
    d.L("   Huyện Hiệp Hòa            ", d.pv(83.2, "online_submission", "unit:Huyện Hiệp Hòa", 1))
    d.L("4. Tỷ lệ này ", d.nf("tăng 4,6%", "change"), " so với tuần trước; cấp xã còn ", d.nf("dưới 65%", "bound"), ".")
    d.L("Sở Thông tin và Truyền thông đề nghị các địa phương tiếp tục hướng dẫn người dân sử dụng tài khoản định danh điện tử.")
    d.L(""); d.L("KT. GIÁM ĐỐC"); d.L("PHÓ GIÁM ĐỐC"); d.L("Nguyễn Đức Thịnh")
    return d

def g04():
    d = Doc("g04_weekly_ubnd_tayninh", "weekly_notice", "2025-10-20", "Tỉnh Tây Ninh")
    d.L("ỦY BAN NHÂN DÂN"); d.L("TỈNH TÂY NINH"); d.L("-------"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("5120/TB-UBND", "reference")); d.L("Tây Ninh, ", d.nf("ngày 20 tháng 10 năm 2025", "date"))
    d.L("THÔNG BÁO"); d.L("Kết quả giải quyết thủ tục hành chính của các xã, phường trong tuần (từ 13/10 đến 19/10/2025)")
    d.nf("13/10", "date"); d.nf("19/10/2025", "date")
    d.L("")
    d.L("Trong tuần, ", d.uc(84, 96), " xã, phường có ", d.nf("100%", "bound"), " hồ sơ giải quyết đúng hạn; các đơn vị còn hồ sơ quá hạn nhiều nhất là:")
    d.L("a) Xã Hưng Điền: ", d.n(17, "resolved_late", "unit:Xã Hưng Điền", lead=False), " hồ sơ quá hạn, tỷ lệ đúng hạn ", d.pv(91.3, "resolved_on_time", "unit:Xã Hưng Điền", 1), ";")
    d.L("b) Xã Vĩnh Thạnh: ", d.n(11, "resolved_late", "unit:Xã Vĩnh Thạnh"), " hồ sơ quá hạn, tỷ lệ đúng hạn ", d.pv(94.6, "resolved_on_time", "unit:Xã Vĩnh Thạnh", 1), ";")
    d.L("c) Xã Tuyên Bình: ", d.n(9, "resolved_late", "unit:Xã Tuyên Bình", lead=True), " hồ sơ quá hạn, tỷ lệ đúng hạn ", d.pv(95.8, "resolved_on_time", "unit:Xã Tuyên Bình", 1), ".")
    d.L("Dịch vụ công trực tuyến toàn trình: tỷ lệ hồ sơ toàn trình của cấp xã là ", d.pv(38.72, "full_online", "communes"), "; các sở, ngành là ", d.pv(52.16, "full_online", "departments"), ".")
    d.L("Phản ánh, kiến nghị: tiếp nhận ", d.n(26, "feedback_new", "city"), ", đã xử lý ", d.n(21, "feedback_resolved", "city"), ", đang xử lý ", d.n(5, "feedback_pending", "city"), ".")
    d.B([26], [21, 5], "feedback")
    d.L("Yêu cầu Chủ tịch UBND các xã, phường còn hồ sơ quá hạn ", d.nf("trên 10 hồ sơ", "bound"), " báo cáo nguyên nhân trước ", d.nf("ngày 24/10/2025", "date"), ".")
    d.L(""); d.L("TM. ỦY BAN NHÂN DÂN"); d.L("KT. CHỦ TỊCH"); d.L("PHÓ CHỦ TỊCH"); d.L("Võ Đức Trong")
    return d

def g05():
    d = Doc("g05_weekly_vpub_daklak", "weekly_notice", "2026-01-12", "Tỉnh Đắk Lắk")
    d.L("UBND TỈNH ĐẮK LẮK"); d.L("VĂN PHÒNG"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("88/TB-VPUBND", "reference"), " — Đắk Lắk, ", d.nf("ngày 12 tháng 01 năm 2026", "date"))
    d.L(""); d.L("THÔNG BÁO"); d.L("Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính tuần 02 năm 2026"); d.L("")
    rec, onl = 41873, 33290
    d.L("Số hồ sơ tiếp nhận trong tuần: ", d.n(rec, "received_total", "city"), "; trực tuyến ", d.n(onl, "received_online", "city"), " hồ sơ, chiếm ", d.p(onl, rec, "received_online_share", "city"), ".")
    res, intime, late = 38406, 37618, 788
    d.L("Số hồ sơ đã giải quyết: ", d.n(res, "resolved_total", "city"), ", trong đó trước hạn và đúng hạn ", d.n(intime, "resolved_in_time", "city"),
        " hồ sơ (", d.p(intime, res, "resolved_on_time", "city", bad=97.59), "), quá hạn ", d.n(late, "resolved_late", "city"), " hồ sơ.")
    d.S(res, [intime, late], "resolved")
    d.L("Số hóa hồ sơ, kết quả giải quyết: ", d.pv(81.4, "digitization", "city", 1), "; khai thác, sử dụng lại dữ liệu số hóa: ", d.pv(46.9, "digital_reuse", "city", 1), ".")
    d.L("So với tuần 01, số hồ sơ quá hạn ", d.nf("giảm 215 hồ sơ", "change"), ".")
    d.L("Văn phòng UBND tỉnh đề nghị các xã, phường tập trung xử lý dứt điểm hồ sơ tồn đọng.")
    d.L(""); d.L("CHÁNH VĂN PHÒNG"); d.L("Hồ Văn Mười")
    return d

def g06():
    d = Doc("g06_weekly_snv_thanhhoa", "weekly_notice", "2022-03-14", "Tỉnh Thanh Hóa")
    d.L("UBND TỈNH THANH HÓA | ", MOTTO[0]); d.L("SỞ NỘI VỤ | ", MOTTO[1])
    d.L("Số: ", d.nf("702/TB-SNV", "reference"), " | Thanh Hóa, ", d.nf("ngày 14 tháng 3 năm 2022", "date"))
    d.L(""); d.L("THÔNG BÁO"); d.L("Kết quả giải quyết hồ sơ trực tuyến của một số sở, ngành (tuần 10/2022)"); d.L("")
    d.L("Sở Nội vụ tổng hợp số liệu hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh như sau:")
    d.L("| Đơn vị | Tiếp nhận | Trực tuyến | Tỷ lệ trực tuyến |")
    rows = [("Sở Tư pháp", 1204, 987), ("Sở Xây dựng", 318, 201), ("Sở Y tế", 642, 590), ("Sở Giao thông vận tải", 2215, 1342)]
    for nm, r, o in rows:
        u = "unit:" + nm
        d.L("| ", nm, " | ", d.n(r, "received_total", u), " | ", d.n(o, "received_online", u), " | ", d.p(o, r, "received_online_share", u), " |")
    tr = sum(r for _, r, _ in rows); to = sum(o for _, _, o in rows)
    d.L("| Cộng | ", d.n(tr, "received_total", "departments"), " | ", d.n(to, "received_online", "departments"), " | ", d.p(to, tr, "received_online_share", "departments"), " |")
    d.S(tr, [r for _, r, _ in rows], "received"); d.S(to, [o for _, _, o in rows], "online")
    d.L("")
    d.L("Riêng hồ sơ của Sở Nội vụ: tiếp nhận ", d.n(146, "received_total", "self"), " hồ sơ, giải quyết đúng hạn ", d.pv(100, "resolved_on_time", "self", 0), ".")
    d.L("Các đơn vị có tỷ lệ trực tuyến ", d.nf("dưới 50%", "bound"), " cần rà soát lại quy trình tiếp nhận.")
    d.L(""); d.L("GIÁM ĐỐC"); d.L("Lê Đình Hải")
    return d

def g07():
    d = Doc("g07_weekly_ttpvhcc_langson", "weekly_notice", "2019-09-09", "Tỉnh Lạng Sơn")
    d.L("VĂN PHÒNG UBND TỈNH LẠNG SƠN"); d.L("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("37/TB-TTHCC", "reference"), "       Lạng Sơn, ", d.nf("ngày 09 tháng 9 năm 2019", "date"))
    d.L("THÔNG BÁO"); d.L("Kết quả tiếp nhận và trả kết quả tại Trung tâm trong tuần 36")
    d.L("")
    carried, new = 1317, 2064
    d.L("- Hồ sơ tồn tuần trước chuyển sang: ", d.n(carried, "received_carried_over", "city"))
    d.L("- Hồ sơ tiếp nhận mới trong tuần: ", d.n(new, "received_total", "city", scope="tiếp nhận mới"))

    total = carried + new
    res, pend = 1988, total - 1988
    d.L("- Tổng số hồ sơ phải giải quyết: ", d.n(total, "received_total", "city"))
    d.S(total, [carried, new], "received incl. carried")
    d.L("- Đã giải quyết: ", d.n(res, "resolved_total", "city"), " (trong đó đúng hạn ", d.n(1961, "resolved_in_time", "city"), ", quá hạn ", d.n(27, "resolved_late", "city"), ")")
    d.S(res, [1961, 27], "resolved")
    d.L("- Đang giải quyết: ", d.n(pend, "pending_total", "city"))
    d.B([total], [res, pend], "received = resolved + pending")
    d.L("Tỷ lệ giải quyết đúng hạn trong tuần là ", d.p(1961, res, "resolved_on_time", "city", link=True), ".")
    d.L("Trung tâm đã gửi ", d.nf("27 thư xin lỗi", "count_of_things"), " tới tổ chức, cá nhân có hồ sơ quá hạn.")
    d.L(""); d.L("GIÁM ĐỐC"); d.L("Hoàng Văn Nghiệm")
    return d

def g08():
    d = Doc("g08_quarterly_ubnd_nghean", "quarterly_report", "2024-03-22", "Tỉnh Nghệ An")
    d.L("ỦY BAN NHÂN DÂN"); d.L("TỈNH NGHỆ AN"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("214/BC-UBND", "reference")); d.L("Nghệ An, ", d.nf("ngày 22 tháng 3 năm 2024", "date"))
    d.L("BÁO CÁO"); d.L("Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý I năm 2024")
    d.period("2023-12-15", "2024-03-14")
    d.L("(Số liệu tính từ ", d.nf("ngày 15/12/2023", "date"), " đến ", d.nf("ngày 14/3/2024", "date"), ")")
    d.L("I. TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
    onl, off, car = 187402, 96315, 14730
    tot = onl + off + car
    d.L("Tổng số hồ sơ tiếp nhận là ", d.n(tot, "received_total", "city"), " hồ sơ. Cụ thể: số mới tiếp nhận trực tuyến ", d.n(onl, "received_online", "city"),
        "; trực tiếp và qua bưu chính ", d.n(off, "received_offline", "city"), "; từ kỳ trước chuyển qua ", d.n(car, "received_carried_over", "city"), ".")
    d.S(tot, [onl, off, car], "received")
    d.L("Tỷ lệ nộp hồ sơ trực tuyến (không tính hồ sơ kỳ trước chuyển qua) là ", d.p(onl, onl + off, "online_submission", "city"), ".")
    early, ontime, late = 201733, 71095, 3418
    res = early + ontime + late
    d.L("Đã giải quyết ", d.n(res, "resolved_total", "city"), " hồ sơ, gồm: trước hạn ", d.n(early, "resolved_early", "city"), ", đúng hạn ", d.n(ontime, "resolved_on_time", "city"), ", quá hạn ", d.n(late, "resolved_late", "city"), ".")
    d.S(res, [early, ontime, late], "resolved")
    pin, plate = 19822, tot - res - 19822
    d.L("Đang giải quyết ", d.n(pin + plate, "pending_total", "city"), " hồ sơ (trong hạn ", d.n(pin, "pending_on_time", "city"), ", quá hạn ", d.n(plate, "pending_late", "city"), ").")
    d.S(pin + plate, [pin, plate], "pending"); d.B([tot], [res, pin + plate], "balance")
    ot = d.p(early + ontime, res, "resolved_on_time", "city", link=False)
    lt = d.p(late, res, "resolved_late", "city", link=False)
    d.L("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt ", ot, "; tỷ lệ quá hạn là ", lt, ".")
    d.C(pct(early + ontime, res, 2), pct(late, res, 2), "on time + late")
    d.L("II. PHƯƠNG HƯỚNG QUÝ II"); d.L("Phấn đấu tỷ lệ nộp trực tuyến ", d.nf("đạt trên 70%", "bound"), " theo chỉ tiêu được giao.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("KT. CHỦ TỊCH"); d.L("PHÓ CHỦ TỊCH"); d.L("Bùi Đình Long")
    return d

def g09():
    d = Doc("g09_quarterly_vpub_yenbai", "quarterly_report", "2021-06-25", "Tỉnh Yên Bái")
    d.L("UBND TỈNH YÊN BÁI"); d.L("VĂN PHÒNG"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("1125/BC-VPUBND", "reference"), "   Yên Bái, ", d.nf("ngày 25 tháng 6 năm 2021", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa quý II/2021")
    d.period("2021-03-15", "2021-06-14")
    d.L("Kỳ báo cáo: từ ", d.nf("15/3/2021", "date"), " đến ", d.nf("14/6/2021", "date"), ".")
    d.L("1. Tiếp nhận hồ sơ")
    onl, off, car = 8214, 61930, 2477
    stated = onl + off + car + 300
    d.L("Trong kỳ, các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận ", d.n(stated, "received_total", "city"), " hồ sơ TTHC; trong đó: hồ sơ kỳ trước chuyển sang ",
        d.n(car, "received_carried_over", "city"), ", tiếp nhận mới qua dịch vụ công trực tuyến ", d.n(onl, "received_online", "city"),
        ", tiếp nhận trực tiếp và qua bưu chính ", d.n(off, "received_offline", "city"), ".")
    d.S(stated, [onl, off, car], "received")
    d.M("sum_mismatch", stated, N(stated), f"{N(car)}+{N(onl)}+{N(off)} = {N(onl + off + car)}")
    d.L("2. Kết quả giải quyết")
    d.L("Đã giải quyết ", d.n(66018, "resolved_total", "city"), " hồ sơ; tỷ lệ giải quyết đúng hạn ", d.pv(98.7, "resolved_on_time", "city", 1), ", tỷ lệ quá hạn ", d.pv(1.3, "resolved_late", "city", 1), ".")
    d.C(98.7, 1.3)
    d.L("3. Chỉ số cải cách hành chính")
    d.L("Chỉ số cải cách hành chính (PAR Index) năm 2020 của tỉnh xếp thứ 9/63 (", d.nf("tăng 03 bậc", "change"), ").")
    d.nf("9/63", "reference")
    d.L("4. Phản ánh, kiến nghị: trong quý không phát sinh phản ánh, kiến nghị về quy định hành chính.")
    d.L("Nơi nhận:"); d.L("- Cục Kiểm soát TTHC;"); d.L("- Lưu: VT, KSTT.")
    d.L("CHÁNH VĂN PHÒNG"); d.L("Nguyễn Văn Hải")
    return d

def g10():
    d = Doc("g10_quarterly_ubnd_hatinh", "quarterly_report", "2023-09-28", "Tỉnh Hà Tĩnh")
    d.L("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"); d.L(MOTTO[0] + " — " + MOTTO[1])
    d.L("Số: ", d.nf("487/BC-UBND", "reference"), "; Hà Tĩnh, ", d.nf("ngày 28 tháng 9 năm 2023", "date"))
    d.L(""); d.L("BÁO CÁO"); d.L("Tình hình, kết quả cải cách thủ tục hành chính quý III năm 2023"); d.L("")
    d.L("1. Thủ tục hành chính và dịch vụ công trực tuyến")
    p_d, p_h, p_x = 1448, 263, 109
    d.L("Tổng số TTHC đang thực hiện trên địa bàn tỉnh là ", d.n(p_d + p_h + p_x, "procedures_total", "city"), ", gồm ", d.n(p_d, "procedures_total", "departments", scope="cấp tỉnh"), " TTHC cấp tỉnh, ",
        d.n(p_h, "procedures_total", "districts", scope="cấp huyện"), " TTHC cấp huyện và ", d.n(p_x, "procedures_total", "communes", scope="cấp xã"), " TTHC cấp xã.")
    d.S(p_d + p_h + p_x, [p_d, p_h, p_x], "procedures")
    fo, po = 726, 612
    d.L("Trong đó dịch vụ công trực tuyến toàn trình là ", d.n(fo, "procedures_full_online", "city"), " thủ tục, một phần là ", d.n(po, "procedures_partial_online", "city"), " thủ tục.")
    d.L("2. Kết quả giải quyết theo cấp")
    lv = [("departments", "cấp tỉnh", 38211, 37980), ("districts", "cấp huyện", 52904, 51877), ("communes", "cấp xã", 117630, 117402)]
    for subj, sc, res, ok in lv:
        d.L("- ", sc.capitalize(), ": giải quyết ", d.n(res, "resolved_total", subj, scope=sc), " hồ sơ, trong đó đúng hạn và trước hạn ", d.n(ok, "resolved_in_time", subj, scope=sc),
            " hồ sơ, đạt ", d.p(ok, res, "resolved_on_time", subj, scope=sc), ";")
    tres = sum(x[2] for x in lv); tok = sum(x[3] for x in lv)
    d.L("Tính chung toàn tỉnh: ", d.n(tres, "resolved_total", "city"), " hồ sơ đã giải quyết, tỷ lệ đúng hạn ", d.p(tok, tres, "resolved_on_time", "city"), ".")
    d.S(tres, [x[2] for x in lv], "resolved by level"); 
    d.L("3. Phản ánh, kiến nghị")
    d.L("Tiếp nhận ", d.n(34, "feedback_total", "city"), " phản ánh, kiến nghị; đã xử lý ", d.n(31, "feedback_resolved", "city"), ", tỷ lệ ", d.p(31, 34, "feedback_handled", "city", d=1), "; còn ", d.n(3, "feedback_pending", "city", lead=True), " đang xử lý.")
    d.B([34], [31, 3], "feedback")
    d.L("Nơi nhận: Văn phòng Chính phủ; Lưu: VT."); d.L("TM. ỦY BAN NHÂN DÂN — KT. CHỦ TỊCH — PHÓ CHỦ TỊCH"); d.L("Lê Ngọc Châu")
    return d

def g11():
    d = Doc("g11_quarterly_ubnd_bentre", "quarterly_report", "2020-12-24", "Tỉnh Bến Tre")
    d.L("ỦY BAN NHÂN DÂN"); d.L("TỈNH BẾN TRE"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("6812/BC-UBND", "reference"), "     Bến Tre, ", d.nf("ngày 24 tháng 12 năm 2020", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả thực hiện cải cách thủ tục hành chính quý IV năm 2020")
    d.period("2020-09-15", "2020-12-14")
    d.L("(từ ", d.nf("ngày 15 tháng 9", "date"), " đến ", d.nf("ngày 14 tháng 12 năm 2020", "date"), ")")
    d.L("")
    rec = 154306
    d.L("Số hồ sơ nhận giải quyết trong kỳ: ", d.n(rec, "received_total", "city"), " hồ sơ.")
    res = 147920; pend_stated = 7186  # true pending = 6386
    d.L("Số hồ sơ đã giải quyết: ", d.n(res, "resolved_total", "city"), " hồ sơ; số hồ sơ đang giải quyết: ", d.n(pend_stated, "pending_total", "city"), " hồ sơ.")
    d.B([rec], [res, pend_stated], "received = resolved + pending")
    d.M("balance_mismatch", pend_stated, N(pend_stated), f"{N(rec)} - {N(res)} = {N(rec - res)}")
    intime = 146105
    d.L("Trong số hồ sơ đã giải quyết có ", d.n(intime, "resolved_in_time", "city"), " hồ sơ đúng hạn, đạt tỷ lệ ", d.p(intime, res, "resolved_on_time", "city", bad=98.97), ".")
    d.L("Dịch vụ công mức độ 3, 4 phát sinh hồ sơ: ", d.nf("412 dịch vụ", "count_of_things"), "; hồ sơ trực tuyến mức độ 3, 4 là ", d.n(9877, "received_online", "city", scope="mức độ 3, 4"), " hồ sơ.")
    d.L("Chi phí tuân thủ TTHC cắt giảm ", d.pv(21.5, "cost_reduction", "city", 1), " đối với ", d.nf("46 thủ tục", "count_of_things"), " được đơn giản hóa.")
    d.L("Phương hướng: đến năm 2021 ", d.nf("100%", "bound"), " hồ sơ được cập nhật lên hệ thống một cửa điện tử.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("CHỦ TỊCH"); d.L("Trần Ngọc Tam")
    return d

def g12():
    d = Doc("g12_quarterly_ttpvhcc_gialai", "quarterly_report", "2025-12-22", "Tỉnh Gia Lai")
    d.L("UBND TỈNH GIA LAI"); d.L("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("318/BC-TTPVHCC", "reference")); d.L("Gia Lai, ", d.nf("ngày 22 tháng 12 năm 2025", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả giải quyết thủ tục hành chính quý IV năm 2025 trên địa bàn tỉnh")
    d.period("2025-09-15", "2025-12-14")
    d.L("Số liệu từ ", d.nf("15/9/2025", "date"), " đến ", d.nf("14/12/2025", "date"), ", theo Hệ thống thông tin giải quyết TTHC của tỉnh.")
    d.L("")
    a_rec, a_onl = 61752, 49108
    b_rec, b_onl = 398640, 331927
    d.L("a) Các sở, ban, ngành: tiếp nhận ", d.n(a_rec, "received_total", "departments"), " hồ sơ, trực tuyến ", d.n(a_onl, "received_online", "departments"), " (", d.p(a_onl, a_rec, "received_online_share", "departments"), ").")
    d.L("b) Các xã, phường: tiếp nhận ", d.n(b_rec, "received_total", "communes"), " hồ sơ, trực tuyến ", d.n(b_onl, "received_online", "communes"), " (", d.p(b_onl, b_rec, "received_online_share", "communes"), ").")
    t_rec, t_onl = a_rec + b_rec, a_onl + b_onl
    d.L("Toàn tỉnh: ", d.n(t_rec, "received_total", "city"), " hồ sơ, trong đó trực tuyến ", d.n(t_onl, "received_online", "city"), " hồ sơ, chiếm ", d.p(t_onl, t_rec, "received_online_share", "city"), ".")
    d.S(t_rec, [a_rec, b_rec], "received"); d.S(t_onl, [a_onl, b_onl], "online")
    d.L("Các chỉ tiêu khác của toàn tỉnh:")
    d.L("  + Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC: ", d.pv(92.37, "digitization", "city"))
    d.L("  + Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa: ", d.pv(61.04, "digital_reuse", "city"))
    d.L("  + Tỷ lệ hồ sơ được cập nhật trên hệ thống: ", d.pv(100, "system_update", "city", 0))
    d.L("  + Tỷ lệ thanh toán trực tuyến phí, lệ phí: ", d.pv(74.8, "online_payment", "city", 1))
    d.L("Mục tiêu năm 2026: số hóa ", d.nf("100%", "bound"), " hồ sơ; khai thác dữ liệu ", d.nf("trên 80%", "bound"), ".")
    d.L("GIÁM ĐỐC"); d.L("Phan Thị Thu Hiền")
    return d

def g13():
    d = Doc("g13_quarterly_ubnd_soctrang", "quarterly_report", "2022-03-10", "Tỉnh Sóc Trăng")
    d.L("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("59/BC-UBND", "reference"))
    dt = d.nf("ngày 10 tháng 3 năm 2022", "date")
    d.L("Sóc Trăng, ", dt)
    d.L("BÁO CÁO"); d.L("Tình hình kiểm soát thủ tục hành chính quý I năm 2022")
    d.period("2021-12-15", "2022-03-14")
    d.M("date_inconsistency", "2022-03-10", dt, "báo cáo ký ngày 10/3/2022 nhưng kỳ báo cáo kết thúc ngày 14/3/2022")
    d.L("Thời gian lấy số liệu: từ ", d.nf("ngày 15/12/2021", "date"), " đến ", d.nf("ngày 14/3/2022", "date"), ".")
    d.L("")
    res, e, o, l = 0, 40218, 22971, 611
    res = e + o + l
    d.L("Kết quả giải quyết: ", d.n(res, "resolved_total", "city"), " hồ sơ đã có kết quả (sớm hạn ", d.n(e, "resolved_early", "city"), ", đúng hạn ", d.n(o, "resolved_on_time", "city"), ", trễ hạn ", d.n(l, "resolved_late", "city"), ").")
    d.S(res, [e, o, l])
    d.L("Như vậy ", d.p(e + o, res, "resolved_on_time", "city"), " hồ sơ được trả trước và đúng hẹn.")
    d.L("Trễ hạn tập trung ở ", d.nf("03 huyện", "count_of_things"), ": Huyện Kế Sách ", d.n(204, "resolved_late", "unit:Huyện Kế Sách"), ", Huyện Mỹ Tú ", d.n(173, "resolved_late", "unit:Huyện Mỹ Tú"), ", Thị xã Ngã Năm ", d.n(98, "resolved_late", "unit:Thị xã Ngã Năm"), " hồ sơ.")
    d.L("Tiếp nhận phản ánh, kiến nghị: ", d.n(12, "feedback_total", "city"), "; đã xử lý xong ", d.n(12, "feedback_resolved", "city"), ", đạt ", d.p(12, 12, "feedback_handled", "city", d=0), ".")
    d.L("Nhiệm vụ quý II: giảm tỷ lệ trễ hạn xuống ", d.nf("dưới 1%", "bound"), ".")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("KT. CHỦ TỊCH"); d.L("PHÓ CHỦ TỊCH"); d.L("Huỳnh Văn Sử")
    return d

def g14():
    d = Doc("g14_quarterly_snv_camau", "quarterly_report", "2026-03-20", "Tỉnh Cà Mau")
    d.L("UBND TỈNH CÀ MAU    ", MOTTO[0]); d.L("SỞ NỘI VỤ    ", MOTTO[1])
    d.L("Số: ", d.nf("455/BC-SNV", "reference"), "    Cà Mau, ", d.nf("ngày 20 tháng 3 năm 2026", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả cải cách hành chính quý I năm 2026 (phần cải cách thủ tục hành chính)")
    d.L("")
    d.L("1. Về thủ tục hành chính")
    tot, full = 1984, 1207
    part = tot - full
    d.L("Toàn tỉnh đang áp dụng ", d.n(tot, "procedures_total", "city"), " TTHC; số thủ tục cung cấp trực tuyến toàn trình là ", d.n(full, "procedures_full_online", "city"), ", một phần là ", d.n(part, "procedures_partial_online", "city"), ".")
    d.S(tot, [full, part], "procedures")
    d.L("2. Về phản ánh, kiến nghị")
    new, car, rs, pd = 57, 9, 61, 5
    d.L("Phản ánh, kiến nghị mới ", d.n(new, "feedback_new", "city"), ", kỳ trước chuyển sang ", d.n(car, "feedback_carried_over", "city", lead=True), "; đã giải quyết ", d.n(rs, "feedback_resolved", "city"), ", đang giải quyết ", d.n(pd, "feedback_pending", "city", lead=True), ".")
    d.B([new, car], [rs, pd], "feedback")
    d.L("Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn: ", d.pv(96.72, "feedback_handled", "city"), ".")
    d.L("3. Kết quả của Sở Nội vụ")
    d.L("Sở tiếp nhận ", d.n(2317, "received_total", "self"), " hồ sơ, trong đó trực tuyến ", d.n(2259, "received_online", "self"), " hồ sơ, chiếm ", d.p(2259, 2317, "received_online_share", "self"), "; đã giải quyết đúng hạn ", d.pv(100, "resolved_on_time", "self", 0), ".")
    d.L("4. Chỉ số 766 quý I của tỉnh: ", d.sc(88.13, "index_766_total", "city"), " điểm, ", d.nf("cao hơn 1,4 điểm", "change"), " so với quý IV/2025.")
    d.L("Nơi nhận: UBND tỉnh; Bộ Nội vụ; Lưu: VT, CCHC."); d.L("GIÁM ĐỐC"); d.L("Tô Minh Luân")
    return d
