from lib import Doc, N, P, pct
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

def g15():
    d = Doc("g15_commune_bacnhatrang", "commune_report", "2025-09-18", "Tỉnh Khánh Hòa")
    d.L("ỦY BAN NHÂN DÂN"); d.L("PHƯỜNG BẮC NHA TRANG"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("142/BC-UBND", "reference"), "   Bắc Nha Trang, ", d.nf("ngày 18 tháng 9 năm 2025", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả giải quyết thủ tục hành chính tháng 9 năm 2025")
    d.period("2025-08-15", "2025-09-14")
    d.L("Kỳ số liệu: ", d.nf("15/8/2025", "date"), " - ", d.nf("14/9/2025", "date"), ".")
    d.L("")
    onl, off = 1406, 212
    d.L("Trung tâm Phục vụ hành chính công phường tiếp nhận ", d.n(onl + off, "received_total", "self"), " hồ sơ; hình thức trực tuyến ", d.n(onl, "received_online", "self"),
        " hồ sơ, trực tiếp ", d.n(off, "received_offline", "self"), " hồ sơ.")
    d.S(onl + off, [onl, off])
    d.L("Tỷ lệ hồ sơ trực tuyến: ", d.p(onl, onl + off, "online_submission", "self", link=False), ".")
    e, o, l = 1322, 201, 4
    d.L("Đã trả kết quả ", d.n(e + o + l, "resolved_total", "self"), " hồ sơ: trước hạn ", d.n(e, "resolved_early", "self"), ", đúng hạn ", d.n(o, "resolved_on_time", "self"), ", quá hạn ", d.n(l, "resolved_late", "self", lead=True), ".")
    d.S(e + o + l, [e, o, l])
    d.L("Đang xử lý trong hạn: ", d.n(onl + off - (e + o + l), "pending_on_time", "self"), " hồ sơ.")
    d.B([onl + off], [e + o + l, onl + off - (e + o + l)])
    d.L("Số hóa kết quả giải quyết đạt ", d.pv(98.1, "digitization", "self", 1), "; thanh toán trực tuyến ", d.pv(87.5, "online_payment", "self", 1), ".")
    d.L("Điểm Bộ chỉ số 766 của phường trong tháng: ", d.sc(90.42, "index_766_total", "self"), " điểm, xếp thứ ", d.rk(12, 65, "self"), " xã, phường, đặc khu của tỉnh.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("CHỦ TỊCH"); d.L("Nguyễn Thị Thanh Hương")
    return d

def g16():
    d = Doc("g16_commune_longho", "commune_report", "2026-02-16", "Tỉnh Vĩnh Long")
    d.L("UBND XÃ LONG HỒ"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("27/BC-UBND", "reference")); d.L("Long Hồ, ", d.nf("ngày 16 tháng 02 năm 2026", "date"))
    d.L("BÁO CÁO"); d.L("Tình hình cải cách thủ tục hành chính tháng 02/2026"); d.L("")
    d.L("1. Tiếp nhận: trong tháng xã tiếp nhận ", d.n(936, "received_total", "self"), " hồ sơ (trực tuyến ", d.n(901, "received_online", "self"), ").")
    d.L("2. Kết quả giải quyết:")
    d.L("   - Tỷ lệ giải quyết trước hạn, đúng hạn: ", d.pv(99.15, "resolved_on_time", "self"))
    d.L("   - Tỷ lệ giải quyết quá hạn: ", d.pv(0.95, "resolved_late", "self"))
    d.C(99.15, 0.95)
    d.M("complement_mismatch", 0.95, "0,95%", "99,15% + 0,95% = 100,10%")
    d.L("3. Tỷ lệ hồ sơ toàn trình: ", d.pv(64.3, "full_online", "self", 1), "; tỷ lệ lưu kho hồ sơ điện tử: ", d.pv(72.0, "archived", "self", 1), ".")
    d.L("4. Phản ánh, kiến nghị: không phát sinh.")
    d.L("5. Tồn tại: một số hồ sơ đất đai quá hạn do chờ ý kiến của ", d.nf("02 cơ quan", "count_of_things"), " cấp tỉnh.")
    d.L("6. Nhiệm vụ tháng 3: nâng tỷ lệ toàn trình lên ", d.nf("trên 70%", "bound"), ".")
    d.L("Nơi nhận: UBND tỉnh (b/c); Lưu: VT.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("KT. CHỦ TỊCH"); d.L("PHÓ CHỦ TỊCH"); d.L("Lâm Văn Phúc")
    return d

def g17():
    d = Doc("g17_commune_ducnhuan", "commune_report", "2023-06-19", "Tỉnh Quảng Ngãi")
    d.L("ỦY BAN NHÂN DÂN HUYỆN MỘ ĐỨC"); d.L("ỦY BAN NHÂN DÂN XÃ ĐỨC NHUẬN"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("64/BC-UBND", "reference"), "        Đức Nhuận, ", d.nf("ngày 19 tháng 6 năm 2023", "date"))
    d.L("BÁO CÁO"); d.L("Công tác cải cách hành chính 6 tháng đầu năm 2023")
    d.L("")
    d.L("Bộ phận Một cửa xã đã tiếp nhận ", d.n(1873, "received_total", "self"), " hồ sơ; giải quyết ", d.n(1858, "resolved_total", "self"), " hồ sơ; ", d.n(15, "pending_total", "self"), " hồ sơ đang giải quyết.")
    d.B([1873], [1858, 15])
    d.L("Số hồ sơ giải quyết đúng hạn là ", d.bare(1851, 1858, "resolved_on_time", "self"), " hồ sơ; ", d.n(7, "resolved_late", "self", lead=True), " hồ sơ trễ hẹn do phải xác minh nguồn gốc đất.")
    d.L("Hồ sơ nộp trực tuyến: ", d.n(412, "received_online", "self"), " hồ sơ, ", d.p(412, 1873, "received_online_share", "self", d=1), " tổng số hồ sơ tiếp nhận.")
    d.L("Kết quả tự chấm điểm chỉ số cải cách hành chính của xã năm 2022: ", d.nf("82,5 điểm", "reference"), " (không phải chỉ số 766).")
    d.L("Trong kỳ xã đã tổ chức ", d.nf("04 đợt", "count_of_things"), " tuyên truyền về dịch vụ công trực tuyến tại ", d.nf("08 thôn", "count_of_things"), ".")
    d.L("Khó khăn: đường truyền internet ở các thôn vùng núi chưa ổn định; ", d.nf("gần 40%", "approx"), " người dân chưa có tài khoản định danh mức 2.")
    d.L("Nơi nhận: UBND huyện Mộ Đức; Lưu: VP.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("CHỦ TỊCH"); d.L("Phạm Văn Tâm")
    return d

def g18():
    d = Doc("g18_commune_hongchau", "commune_report", "2025-11-14", "Tỉnh Hưng Yên")
    d.L("ỦY BAN NHÂN DÂN PHƯỜNG HỒNG CHÂU        ", MOTTO[0]); d.L("                                        ", MOTTO[1])
    d.L("Số: ", d.nf("305/BC-UBND", "reference")); d.L("Hồng Châu, ", d.nf("ngày 14 tháng 11 năm 2025", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả thực hiện các chỉ tiêu phục vụ người dân, doanh nghiệp tháng 11/2025")
    d.L("")
    d.L("Chỉ số phục vụ người dân, doanh nghiệp của phường (theo Quyết định ", d.nf("766/QĐ-TTg", "reference"), "):")
    pr = [("Công khai, minh bạch", 17.64, "index_766_publicity"), ("Tiến độ giải quyết", 19.12, "index_766_progress"),
          ("Dịch vụ công trực tuyến", 16.38, "index_766_online_service"), ("Thanh toán trực tuyến", 8.90, "index_766_online_payment"),
          ("Mức độ hài lòng", 17.95, "index_766_satisfaction"), ("Số hóa hồ sơ", 10.66, "index_766_digitization")]
    d.L("| Nhóm chỉ số | Điểm |")
    for lab, v, ind in pr:
        d.L("| ", lab, " | ", d.sc(v, ind, "self"), " |")
    tot = round(sum(v for _, v, _ in pr), 2)
    d.L("| Tổng điểm | ", d.sc(tot, "index_766_total", "self", mx=100), " |")
    d.SS(tot, [v for _, v, _ in pr])
    d.L("Với kết quả trên, phường xếp hạng ", d.rk(7, 104, "self", lead=True), " các xã, phường trong tỉnh.")
    d.L("Tiến độ giải quyết: đã giải quyết ", d.n(2745, "resolved_total", "self"), " hồ sơ, trong đó quá hạn ", d.n(3, "resolved_late", "self", lead=True), ", tỷ lệ quá hạn ", d.p(3, 2745, "resolved_late", "self"), ".")
    d.L("Phường phấn đấu đạt ", d.nf("trên 95 điểm", "bound"), " trong tháng 12.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("CHỦ TỊCH"); d.L("Đỗ Mạnh Hùng")
    return d

def g19():
    d = Doc("g19_commune_minhquang", "commune_report", "2026-03-16", "Tỉnh Tuyên Quang")
    d.L("ỦY BAN NHÂN DÂN"); d.L("XÃ MINH QUANG"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("41/BC-UBND", "reference"), ", ", d.nf("ngày 16 tháng 3 năm 2026", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả công tác kiểm soát thủ tục hành chính quý I năm 2026")
    d.L("I. KẾT QUẢ NỔI BẬT")
    d.L("Tỷ lệ hồ sơ nộp trực tuyến của xã đạt ", d.pv(91.46, "online_submission", "self"), ", cao hơn chỉ tiêu tỉnh giao (", d.nf("80%", "reference"), ").")
    d.L("II. KẾT QUẢ CỤ THỂ")
    d.L("1. Tiếp nhận ", d.n(1322, "received_total", "self"), " hồ sơ; đã giải quyết ", d.n(1300, "resolved_total", "self"), " hồ sơ, quá hạn ", d.n(0, "resolved_late", "self"), ".")
    d.L("2. Các chỉ tiêu:")
    d.L("   Tỷ lệ nộp hồ sơ trực tuyến: ", d.pv(93.46, "online_submission", "self"))
    d.R(91.46, 93.46, "online_submission self")
    d.M("repeated_value_mismatch", 93.46, "93,46%", "mục I ghi 91,46%, mục II ghi 93,46%")
    d.L("   Tỷ lệ số hóa hồ sơ: ", d.pv(100, "digitization", "self", 0))
    d.L("   Tỷ lệ thanh toán trực tuyến: ", d.pv(95.2, "online_payment", "self", 1))
    d.L("3. Phản ánh, kiến nghị: tiếp nhận ", d.n(2, "feedback_total", "self", lead=True), ", đã xử lý ", d.n(2, "feedback_resolved", "self", lead=True), ".")
    d.L("III. NHIỆM VỤ QUÝ II")
    d.L("Duy trì ", d.nf("100%", "maximum"), " hồ sơ giải quyết đúng hạn; hỗ trợ người cao tuổi nộp hồ sơ qua tổ công nghệ số cộng đồng.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("CHỦ TỊCH"); d.L("Ma Văn Thắng")
    return d

def g20():
    d = Doc("g20_commune_locha_namdinh", "commune_report", "2024-06-17", "Tỉnh Nam Định")
    d.L("UBND THÀNH PHỐ NAM ĐỊNH"); d.L("UBND PHƯỜNG LỘC HẠ"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("58/BC-UBND", "reference"), "          Lộc Hạ, ", d.nf("ngày 17 tháng 6 năm 2024", "date"))
    d.L("BÁO CÁO"); d.L("Tình hình giải quyết thủ tục hành chính 6 tháng đầu năm 2024")
    d.period("2023-12-15", "2024-06-14")
    d.L("(từ ", d.nf("15/12/2023", "date"), " đến ", d.nf("14/6/2024", "date"), ")")
    car, onl, off = 31, 2214, 1540
    tot = car + onl + off
    d.L("Tổng số hồ sơ nhận giải quyết: ", d.n(tot, "received_total", "self"))
    d.L("  Trong đó: kỳ trước chuyển sang ", d.n(car, "received_carried_over", "self"), "; mới tiếp nhận trực tuyến ", d.n(onl, "received_online", "self"), "; trực tiếp, bưu chính ", d.n(off, "received_offline", "self"))
    d.S(tot, [car, onl, off])
    e, o, l, rj = 3103, 602, 12, 9
    res = e + o + l + rj
    d.L("Số hồ sơ đã giải quyết: ", d.n(res, "resolved_total", "self"))
    d.L("  Trước hạn ", d.n(e, "resolved_early", "self"), "; đúng hạn ", d.n(o, "resolved_on_time", "self"), "; quá hạn ", d.n(l, "resolved_late", "self"), "; từ chối ", d.n(rj, "resolved_rejected", "self", lead=True))
    d.S(res, [e, o, l, rj])
    d.L("Số hồ sơ đang giải quyết: ", d.n(tot - res, "pending_total", "self"))
    d.B([tot], [res, tot - res])
    d.L("Tỷ lệ giải quyết trước hạn, đúng hạn (không tính hồ sơ từ chối): ", d.p(e + o, e + o + l, "resolved_on_time", "self"))
    d.L("Tỷ lệ nộp trực tuyến: ", d.p(onl, onl + off, "online_submission", "self"), ", ", d.nf("tăng 12,4%", "change"), " so với cùng kỳ.")
    d.L("TM. ỦY BAN NHÂN DÂN"); d.L("CHỦ TỊCH"); d.L("Vũ Thị Ngọc Lan")
    return d

def g21():
    d = Doc("g21_commune_caikhe", "commune_report", "2025-08-20", "Thành phố Cần Thơ")
    d.L("ỦY BAN NHÂN DÂN PHƯỜNG CÁI KHẾ"); d.L("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("19/BC-TTPVHCC", "reference")); d.L("Cái Khế, ", d.nf("ngày 20 tháng 8 năm 2025", "date"))
    d.L("BÁO CÁO NHANH"); d.L("Kết quả hoạt động tháng đầu vận hành chính quyền địa phương hai cấp")
    d.period("2025-07-01", "2025-08-14")
    d.L("Thời gian: từ ", d.nf("01/7/2025", "date"), " đến hết ", d.nf("14/8/2025", "date"), ".")
    d.L("")
    rec = 5318
    onl = 4127
    d.L("Đã tiếp nhận ", d.n(rec, "received_total", "self"), " hồ sơ, với ", d.n(onl, "received_online", "self"), " hồ sơ nộp trực tuyến, tương ứng ", d.p(onl, rec, "received_online_share", "self"), " và ",
        d.n(rec - onl, "received_offline", "self"), " hồ sơ trực tiếp, tương ứng ", d.p(rec - onl, rec, "received_offline_share", "self"), ".")
    d.C(pct(onl, rec, 2), pct(rec - onl, rec, 2), "shares"); d.S(rec, [onl, rec - onl])
    res, intime = 5206, 5189
    d.L("Đã giải quyết ", d.n(res, "resolved_total", "self"), " hồ sơ, số hồ sơ đúng hạn là ", d.n(intime, "resolved_in_time", "self"), " (", d.p(intime, res, "resolved_on_time", "self"), ").")
    d.L("Trong tháng có ", d.n(6, "feedback_total", "self", lead=True), " phản ánh về thái độ phục vụ, đã xử lý ", d.n(6, "feedback_resolved", "self", lead=True), ", đạt ", d.p(6, 6, "feedback_handled", "self", d=0), ".")
    d.L("Khó khăn: phần mềm một cửa điện tử ", d.nf("nhiều lần", "approx"), " bị gián đoạn trong ", d.nf("tuần đầu", "date"), " vận hành.")
    d.L("GIÁM ĐỐC"); d.L("Trương Minh Khoa")
    return d
