from lib import Doc, N, P, pct
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

def more(d, *heads):
    d.L("")
    d.L("Tin khác:")
    for h in heads:
        d.L("- " + h)

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

def g22():
    d = Doc("g22_news_kiengiang", "news_article", "2022-07-08", "Tỉnh Kiên Giang")
    d.L("BÁO KIÊN GIANG ĐIỆN TỬ"); d.L("Thời sự | Cải cách hành chính"); d.L(d.nf("08/07/2022 - 15:42", "date"))
    d.L("")
    d.L("Kiên Giang: ", d.p(112406, 114888, "resolved_on_time", "city"), " hồ sơ được giải quyết đúng hạn trong 6 tháng")
    d.L("")
    d.L("(BKG) - Với ", N(112406), "/", N(114888), " hồ sơ trả kết quả đúng và trước hạn, tỷ lệ giải quyết đúng hạn 6 tháng đầu năm 2022 của tỉnh được đánh giá ở mức khá.")
    d.L("Theo Văn phòng UBND tỉnh, tổng số hồ sơ các cấp tiếp nhận là ", d.n(121503, "received_total", "city"), ", đã giải quyết ", d.n(114888, "resolved_total", "city"), " hồ sơ.")
    d.L("Ở cấp tỉnh, Sở Tài nguyên và Môi trường vẫn là đơn vị có nhiều hồ sơ trễ nhất với ", d.n(1106, "resolved_late", "unit:Sở Tài nguyên và Môi trường"), " hồ sơ.")
    d.L("Thành phố Rạch Giá và Thành phố Hà Tiên đều đạt tỷ lệ đúng hạn ", d.nf("trên 99%", "bound"), ".")
    d.L("Hồ sơ trực tuyến mới chiếm ", d.nf("khoảng 12%", "approx"), " tổng số hồ sơ, còn cách xa mục tiêu.")
    d.L("Ông Nguyễn Văn Thanh, Phó Chánh Văn phòng UBND tỉnh cho biết, thời gian tới tỉnh sẽ chấn chỉnh các đơn vị để hồ sơ quá hạn kéo dài.")
    d.L("So với cùng kỳ năm 2021, số hồ sơ tiếp nhận ", d.nf("tăng hơn 8.000", "change"), " hồ sơ.")
    d.L(""); d.L("Thanh Phong"); d.L("Chia sẻ: Facebook | Zalo"); d.L("Tin liên quan:"); d.L("- Kiên Giang đẩy mạnh dịch vụ công trực tuyến mức độ 4")
    return d

def g23():
    d = Doc("g23_news_phuyen", "news_article", "2021-10-12", "Tỉnh Phú Yên")
    d.L("Báo Phú Yên Online"); d.L("Chính trị - Xã hội"); d.L("Thứ Ba, ", d.nf("12/10/2021", "date"))
    d.L("Gần 60% hồ sơ tại Trung tâm Phục vụ hành chính công được nộp trực tuyến")
    d.nf("Gần 60%", "approx")
    d.L("")
    rec, onl = 14762, 8804
    d.L("9 tháng năm 2021, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận ", d.n(rec, "received_total", "unit:Trung tâm Phục vụ hành chính công tỉnh") if False else d.n(rec, "received_total", "departments"), " hồ sơ của các sở, ngành.")
    d.L("Trong đó có ", d.n(onl, "received_online", "departments"), " hồ sơ nộp qua mạng, chiếm ", d.p(onl, rec, "received_online_share", "departments", bad=58.46), ".")
    d.L("Số hồ sơ đã có kết quả là ", d.n(14210, "resolved_total", "departments"), ", trong đó ", d.n(14133, "resolved_in_time", "departments"), " hồ sơ đúng hạn; tỷ lệ trễ hạn ", d.pv(0.54, "resolved_late", "departments"), ".")
    d.L("Theo bà Lê Thị Hoa, Giám đốc Trung tâm, đại dịch khiến người dân chuyển sang nộp hồ sơ qua mạng nhiều hơn.")
    d.L("Tại Thành phố Tuy Hòa, tỷ lệ nộp trực tuyến đạt ", d.pv(41.7, "online_submission", "unit:Thành phố Tuy Hòa", 1), "; Thị xã Sông Cầu đạt ", d.pv(36.2, "online_submission", "unit:Thị xã Sông Cầu", 1), ".")
    d.L("Tỉnh đặt mục tiêu cuối năm có ", d.nf("ít nhất 30%", "bound"), " hồ sơ cấp huyện được nộp trực tuyến.")
    d.L(""); d.L("NGỌC HÂN"); d.L("Ý kiến bạn đọc (0)"); more(d, "Phú Yên tập huấn kỹ năng số cho công chức")
    return d

def g24():
    d = Doc("g24_news_laocai", "news_article", "2025-10-27", "Tỉnh Lào Cai")
    d.L("Báo Lào Cai"); d.L("Cập nhật: ", d.nf("27/10/2025 08:15", "date"))
    d.L("Lào Cai vào nhóm 10 địa phương dẫn đầu về phục vụ người dân, doanh nghiệp")
    d.nf("10 địa phương", "count_of_things")
    d.L("")
    d.L("Theo kết quả công bố trên Cổng Dịch vụ công quốc gia ngày ", d.nf("26/10/2025", "date"), ", tỉnh Lào Cai đạt ", d.sc(87.93, "index_766_total", "city"), "/", d.nf("100 điểm", "maximum"),
        ", đứng thứ ", d.rk(8, 34, "city", text="8"), " trong ", d.nf("34 tỉnh", "count_of_things"), ", thành phố.")
    d.L("Trong sáu nhóm chỉ số, nhóm tiến độ giải quyết đạt ", d.sc(19.31, "index_766_progress", "city"), " điểm; công khai minh bạch ", d.sc(17.40, "index_766_publicity", "city"),
        " điểm; mức độ hài lòng ", d.sc(17.86, "index_766_satisfaction", "city"), " điểm.")
    d.L("Các nhóm còn lại là dịch vụ công trực tuyến ", d.sc(15.92, "index_766_online_service", "city"), " điểm, thanh toán trực tuyến ", d.sc(7.55, "index_766_online_payment", "city"),
        " điểm và số hóa hồ sơ ", d.sc(9.89, "index_766_digitization", "city"), " điểm.")
    d.SS(87.93, [19.31, 17.40, 17.86, 15.92, 7.55, 9.89])
    d.L("Như vậy so với tháng trước, tỉnh ", d.nf("tăng 4 bậc", "change"), " và ", d.nf("tăng 2,17 điểm", "change"), ".")
    d.L("Từ đầu tháng 10 đến nay, các xã, phường của tỉnh đã giải quyết ", d.nf("hơn 41.000", "approx"), " hồ sơ.")
    d.L("Đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các xã còn dưới ", d.nf("80 điểm", "bound"), " phải có kế hoạch khắc phục.")
    d.L(""); d.L("Hồng Duyên"); d.L("Từ khóa: 766, dịch vụ công, chuyển đổi số"); more(d, "Sa Pa đón khách dịp cuối năm", "Xã biên giới đẩy mạnh chuyển đổi số")
    return d

def g25():
    d = Doc("g25_news_binhphuoc", "news_article", "2023-12-05", "Tỉnh Bình Phước")
    d.L("BÁO BÌNH PHƯỚC"); d.L("Xã hội"); d.L(d.nf("05/12/2023", "date"), " | 09:20")
    d.L("Bình Phước: 11 tháng tiếp nhận 61,3 ngàn hồ sơ trực tuyến")
    d.L("")
    d.L("BP - Trong 11 tháng năm 2023, hệ thống thông tin giải quyết TTHC của tỉnh tiếp nhận ", d.n(61300, "received_online", "city"), " hồ sơ nộp trực tuyến,")
    d.lines[-1] = d.lines[-1].replace("61.300", "61,3 ngàn")
    d.facts[-1]["text"] = "61,3 ngàn"
    d.L("trên tổng số ", d.n(248700, "received_total", "city"), " hồ sơ.")
    d.lines[-1] = d.lines[-1].replace("248.700", "248,7 ngàn")
    d.facts[-1]["text"] = "248,7 ngàn"
    d.L("Tỷ lệ hồ sơ trực tuyến vì vậy mới ở mức ", d.pv(24.6, "received_online_share", "city", 1), ".")
    d.L("Chỉ số 766 các địa phương cấp huyện trong tháng 11:")
    for nm, v in [("Thành phố Đồng Xoài", 86.12), ("Thị xã Bình Long", 83.70), ("Huyện Lộc Ninh", 79.25), ("Huyện Bù Đốp", 74.08)]:
        d.L("  ", nm, ": ", d.sc(v, "index_766_total", "unit:" + nm), " điểm")
    d.L("Bốn đơn vị còn lại chưa vượt ", d.nf("70 điểm", "bound"), ".")
    d.L("Lãnh đạo Sở Thông tin và Truyền thông cho biết, tỷ lệ thanh toán trực tuyến của tỉnh ", d.nf("gần 30%", "approx"), ".")
    d.L("")
    d.L("Nguyễn Hương")
    return d

def g26():
    d = Doc("g26_news_quangtri", "news_article", "2025-12-09", "Tỉnh Quảng Trị")
    d.L("Báo Quảng Trị điện tử"); d.L(d.nf("Thứ Ba, 09/12/2025", "date"))
    d.L("Hơn 2,1 triệu hồ sơ thủ tục hành chính được tiếp nhận sau 5 tháng vận hành chính quyền hai cấp")
    d.nf("Hơn 2,1 triệu", "approx")
    d.L("")
    dep, com = 286514, 1835290
    stated = dep + com + 10000
    d.L("QTO - Từ ", d.nf("1/7", "date"), " đến ", d.nf("30/11/2025", "date"), ", toàn tỉnh đã tiếp nhận ", d.n(stated, "received_total", "city"), " hồ sơ.")
    d.L("Trong đó, các sở, ngành tiếp nhận ", d.n(dep, "received_total", "departments"), " hồ sơ; ", d.nf("78 xã", "count_of_things"), ", phường, đặc khu tiếp nhận ", d.n(com, "received_total", "communes"), " hồ sơ.")
    d.S(stated, [dep, com], "received by level")
    d.M("sum_mismatch", stated, N(stated), f"{N(dep)} + {N(com)} = {N(dep + com)}")
    d.L("Tỷ lệ giải quyết đúng hạn của khối xã đạt ", d.pv(98.9, "resolved_on_time", "communes", 1), ", khối sở, ngành đạt ", d.pv(97.6, "resolved_on_time", "departments", 1), ".")
    d.L("Phường Đồng Hới là đơn vị có lượng hồ sơ lớn nhất với ", d.n(64218, "received_total", "unit:Phường Đồng Hới"), " hồ sơ.")
    d.L("Theo Trung tâm Phục vụ hành chính công tỉnh, thời gian tới tỉnh tiếp tục rà soát các thủ tục có tỷ lệ trực tuyến ", d.nf("dưới 20%", "bound"), ".")
    d.L(""); d.L("Thanh Trúc"); d.L("Bình luận | In bài"); more(d, "Đẩy mạnh thanh toán không dùng tiền mặt tại các xã vùng cao", "Tập huấn nghiệp vụ một cửa cho công chức cấp xã")
    return d

def g27():
    d = Doc("g27_news_hanam", "news_article", "2020-08-03", "Tỉnh Hà Nam")
    d.L("Báo Hà Nam"); d.L("Thời sự"); d.L(d.nf("Thứ Hai, 03/08/2020", "date"))
    d.L("Huyện Lý Nhân: tỷ lệ hồ sơ trễ hạn giảm mạnh")
    d.L("")
    d.L("Trong 7 tháng đầu năm, bộ phận một cửa huyện Lý Nhân đã giải quyết ", d.n(3184, "resolved_total", "unit:Huyện Lý Nhân"), " hồ sơ, trong đó trễ hạn ", d.n(22, "resolved_late", "unit:Huyện Lý Nhân"),
        " hồ sơ, chiếm ", d.p(22, 3184, "resolved_late", "unit:Huyện Lý Nhân"), ".")
    d.L("Cùng kỳ năm 2019, tỷ lệ này là ", d.nf("3,05%", "reference"), ".")
    d.L("Đối với cấp xã, ", d.uc(20, 23, "districts") if False else d.nf("20/23", "count_of_things"), " xã, thị trấn không có hồ sơ trễ hạn.")
    d.L("Toàn tỉnh, tỷ lệ hồ sơ đúng hạn là ", d.pv(99.21, "resolved_on_time", "city"), " và trễ hạn là ", d.pv(0.79, "resolved_late", "city"), ".")
    d.C(99.21, 0.79)
    d.L("Ông Trần Văn Toàn, Chánh Văn phòng HĐND - UBND huyện cho biết, huyện đã thực hiện ", d.nf("05 quy trình", "count_of_things"), " liên thông điện tử với các xã.")
    d.L("Mục tiêu đến cuối năm là ", d.nf("không quá 0,5%", "bound"), " hồ sơ trễ hạn.")
    d.L(""); d.L("Minh Thu"); more(d, "Duy Tiên ra mắt mô hình tổ công nghệ số cộng đồng", "Hà Nam tổng kết công tác cải cách hành chính")
    return d

def g28():
    d = Doc("g28_news_lamdong", "news_article", "2026-02-10", "Tỉnh Lâm Đồng")
    d.L("LÂM ĐỒNG ONLINE"); d.L(d.nf("10/02/2026 06:30", "date"))
    d.L("Thanh toán trực tuyến và số hóa hồ sơ: hai điểm nghẽn cần tháo gỡ")
    d.L("")
    d.L("Tháng 1/2026, tỷ lệ thanh toán trực tuyến phí, lệ phí trên địa bàn tỉnh đạt ", d.pv(68.41, "online_payment", "city"), ", trong khi tỷ lệ số hóa hồ sơ là ", d.pv(83.07, "digitization", "city"), ".")
    d.L("Tỷ lệ khai thác lại dữ liệu đã số hóa chỉ ", d.pv(39.5, "digital_reuse", "city", 1), ", thấp hơn nhiều so với yêu cầu.")
    d.L("Ở cấp xã, Phường Lâm Viên - Đà Lạt dẫn đầu với tỷ lệ thanh toán trực tuyến ", d.pv(92.8, "online_payment", "unit:Phường Lâm Viên - Đà Lạt", 1), ".")
    tot, full = 9812, 3915
    d.L("Hồ sơ trực tuyến toàn trình được ghi nhận: ", d.n(full, "received_online", "city", scope="toàn trình"), " trên ", d.n(tot, "received_online", "city"), " hồ sơ trực tuyến, tức ", d.p(full, tot, "full_online", "city"), ".")
    d.L("Theo Sở Khoa học và Công nghệ, nguyên nhân chủ yếu là nhiều người dân chưa có tài khoản ngân hàng; ", d.nf("khoảng 1/3", "approx"), " hồ sơ phải thu phí tiền mặt.")
    d.L("Chỉ tiêu của tỉnh năm 2026 là ", d.nf("tối thiểu 80%", "bound"), " giao dịch thanh toán trực tuyến.")
    d.L(""); d.L("K'Linh"); d.L("Chia sẻ bài viết"); more(d, "Đà Lạt thí điểm trả kết quả tại nhà", "Người dân vùng sâu được hỗ trợ cài đặt VNeID")
    return d
