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
    d.L("Kết quả tự chấm điểm chỉ số cải cách hành chính của xã năm 2022: ", d.nf("82,5 điểm", "reference"), ", xếp loại khá.")
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
    d.L("Tỷ lệ hồ sơ nộp trực tuyến của xã đạt ", d.pv(91.46, "online_submission", "self"), ", cao hơn chỉ tiêu tỉnh giao (", d.nf("80%", "bound"), ").")
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
    d.L("Duy trì ", d.nf("100%", "bound"), " hồ sơ giải quyết đúng hạn; hỗ trợ người cao tuổi nộp hồ sơ qua tổ công nghệ số cộng đồng.")
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
    d.L("Tỷ lệ hồ sơ trực tuyến vì vậy mới ở mức ", d.p(61300, 248700, "online_submission", "city", d=1), ".")
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

def g29():
    d = Doc("g29_portal_thaibinh", "portal_stats", "2023-04-03", "Tỉnh Thái Bình")
    d.L("CỔNG DỊCH VỤ CÔNG TỈNH THÁI BÌNH"); d.L("Trang chủ > Thống kê > Tình hình xử lý hồ sơ")
    d.L("THỐNG KÊ TÌNH HÌNH XỬ LÝ HỒ SƠ THÁNG 3/2023")
    d.L("Đơn vị: Toàn tỉnh          Cập nhật lúc: ", d.nf("07:00 03/04/2023", "date"))
    d.L("")
    rec, car = 58417, 6104
    need = rec + car
    d.L("Đã tiếp nhận: ", d.n(rec, "received_total", "city", scope="tiếp nhận trong tháng"))
    d.L("Tồn kỳ trước: ", d.n(car, "received_carried_over", "city"))
    d.L("Cần xử lý: ", d.n(need, "received_total", "city"))
    d.S(need, [rec, car], "cần xử lý")
    e, o, l = 37902, 14811, 519
    res = e + o + l
    d.L("Đã xử lý: ", d.n(res, "resolved_total", "city"))
    d.L("    Sớm hạn: ", d.n(e, "resolved_early", "city"))
    d.L("    Đúng hạn: ", d.n(o, "resolved_on_time", "city"))
    d.L("    Trễ hạn: ", d.n(l, "resolved_late", "city"))
    d.S(res, [e, o, l], "đã xử lý")
    pl = 288
    d.L("Đang xử lý: ", d.n(need - res, "pending_total", "city"))
    d.L("    Trong hạn: ", d.n(need - res - pl, "pending_on_time", "city"))
    d.L("    Quá hạn: ", d.n(pl, "pending_late", "city"))
    d.S(need - res, [need - res - pl, pl], "đang xử lý"); d.B([need], [res, need - res])
    d.L("Tỷ lệ đúng hạn: ", d.p(e + o, res, "resolved_on_time", "city", d=1))
    d.L("")
    d.L("Ghi chú: số liệu đồng bộ tự động từ Hệ thống một cửa điện tử; tỷ lệ tính trên số hồ sơ đã xử lý.")
    d.L("© Văn phòng UBND tỉnh Thái Bình | Hotline: 1900 xxxx")
    return d

def g30():
    d = Doc("g30_portal_longan", "portal_stats", "2024-08-26", "Tỉnh Long An")
    d.L("HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH LONG AN"); d.L("Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp")
    d.L("Kỳ đánh giá: Tháng 8/2024 (dữ liệu đến ", d.nf("25/08/2024", "date"), ")")
    d.L("")
    d.L("| STT | Nhóm chỉ số | Điểm tối đa | Điểm đạt |")
    rows = [("1", "Công khai, minh bạch", 18, 16.70, "index_766_publicity"), ("2", "Tiến độ giải quyết", 20, 18.92, "index_766_progress"),
            ("3", "Dịch vụ công trực tuyến", 22, 12.84, "index_766_online_service"), ("4", "Thanh toán trực tuyến", 10, 6.21, "index_766_online_payment"),
            ("5", "Mức độ hài lòng", 18, 17.33, "index_766_satisfaction"), ("6", "Số hóa hồ sơ", 12, 7.46, "index_766_digitization")]
    for stt, lab, mx, v, ind in rows:
        d.L("| ", stt, " | ", lab, " | ", d.nf(str(mx), "maximum"), " | ", d.sc(v, ind, "city", mx=mx), " |")
    true = round(sum(r[3] for r in rows), 2)
    stated = 78.46
    d.L("| | Tổng cộng | ", d.nf("100", "maximum"), " | ", d.sc(stated, "index_766_total", "city", mx=100), " |")
    d.SS(stated, [r[3] for r in rows])
    d.M("score_sum_mismatch", stated, "78,46", f"tổng các nhóm là {P(true, 2)}")
    d.L("")
    d.L("Xếp hạng toàn quốc: ", d.rk(33, 63, "city"))
    d.L("Xếp loại: Khá")
    d.L("Biến động so với kỳ trước: ", d.nf("+1,12 điểm", "change"), "; ", d.nf("+5 hạng", "change"))
    d.L("")
    d.L("Xem chi tiết theo đơn vị | Xuất Excel | In")
    return d

def g31():
    d = Doc("g31_portal_haugiang", "portal_stats", "2022-11-01", "Tỉnh Hậu Giang")
    d.L("dichvucong.haugiang.gov.vn — THỐNG KÊ"); d.L("Tình hình giải quyết hồ sơ cấp huyện, tháng 10 năm 2022")
    d.L("Cập nhật: ", d.nf("01/11/2022", "date"))
    d.L("")
    d.L("Đơn vị                      Đã giải quyết   Đúng hạn   Trễ hạn   Tỷ lệ đúng hạn")
    rows = [("Thành phố Vị Thanh", 2318, 2301), ("Thành phố Ngã Bảy", 1764, 1760), ("Thị xã Long Mỹ", 1427, 1389),
            ("Huyện Châu Thành A", 2093, 2087), ("Huyện Phụng Hiệp", 2655, 2610), ("Huyện Vị Thủy", 1502, 1502)]
    for nm, res, ok in rows:
        u = "unit:" + nm
        d.L(f"{nm:<28}", d.n(res, "resolved_total", u), "           ", d.n(ok, "resolved_in_time", u), "      ", d.n(res - ok, "resolved_late", u), "        ", d.p(ok, res, "resolved_on_time", u))
        d.S(res, [ok, res - ok], nm)
    tr = sum(r[1] for r in rows); tk = sum(r[2] for r in rows)
    d.L(f"{'Cộng cấp huyện':<28}", d.n(tr, "resolved_total", "districts"), "          ", d.n(tk, "resolved_in_time", "districts"), "     ", d.n(tr - tk, "resolved_late", "districts"), "        ", d.p(tk, tr, "resolved_on_time", "districts"))
    d.S(tr, [r[1] for r in rows], "sum districts"); d.S(tk, [r[2] for r in rows], "sum ok")
    d.L("")
    d.L("Ghi chú: chưa bao gồm Huyện Long Mỹ và Huyện Châu Thành do chưa đồng bộ dữ liệu.")
    d.unit("Huyện Long Mỹ"); d.unit("Huyện Châu Thành")
    d.L("Tỷ lệ đúng hạn = (Đúng hạn) / (Đã giải quyết) x 100%.")
    d.L("Trang thông tin do Văn phòng UBND tỉnh Hậu Giang quản lý.")
    return d

def g32():
    d = Doc("g32_portal_phutho", "portal_stats", "2025-09-29", "Tỉnh Phú Thọ")
    d.L("Cổng Dịch vụ công tỉnh Phú Thọ"); d.L("BẢNG XẾP HẠNG CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP CẤP XÃ")
    d.L("Dữ liệu ngày ", d.nf("28/09/2025", "date"), " | Tổng số đơn vị: ", d.nf("148", "count_of_things"))
    d.L("")
    d.L("Hạng  Đơn vị                 Tổng điểm  Tiến độ  Số hóa")
    rows = [(1, "Phường Việt Trì", 94.18, 19.90, 11.76), (2, "Phường Vĩnh Yên", 93.57, 19.84, 11.52), (3, "Xã Hy Cương", 92.90, 20.00, 11.08),
            (4, "Phường Phúc Yên", 92.44, 19.61, 11.35), (5, "Xã Cẩm Khê", 91.86, 19.73, 10.94)]
    for r, nm, t, pg, dg in rows:
        u = "unit:" + nm
        d.L(f"{r:<6}{nm:<23}", d.sc(t, "index_766_total", u), "      ", d.sc(pg, "index_766_progress", u), "    ", d.sc(dg, "index_766_digitization", u))
        d.rk(r, 148, u, text=str(r))
    d.L("...")
    d.rk(146, 148, "unit:Xã Bằng Luân", text="146")
    d.L("146   Xã Bằng Luân           ", d.sc(61.37, "index_766_total", "unit:Xã Bằng Luân"), "      ", d.sc(14.02, "index_766_progress", "unit:Xã Bằng Luân"), "    ", d.sc(3.15, "index_766_digitization", "unit:Xã Bằng Luân"))
    d.L("")
    d.L("Điểm bình quân cấp xã: ", d.sc(82.64, "index_766_total", "communes"), " điểm")
    d.L("Toàn tỉnh: ", d.sc(86.05, "index_766_total", "city"), " điểm — hạng ", d.rk(11, 34, "city"), " toàn quốc")
    d.L("Điểm tối đa của nhóm tiến độ giải quyết là ", d.nf("20 điểm", "maximum"), ", nhóm số hóa là ", d.nf("12 điểm", "maximum"), ".")
    d.L("Nguồn: Cổng Dịch vụ công quốc gia.")
    return d

def g33():
    d = Doc("g33_portal_dongnai", "portal_stats", "2026-01-05", "Tỉnh Đồng Nai")
    d.L("TRANG THÔNG TIN ĐIỆN TỬ TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH ĐỒNG NAI"); d.L("Tin hoạt động | ", d.nf("05/01/2026", "date"))
    d.L("Kết quả giải quyết TTHC tháng 12/2025 của các xã, phường")
    d.L("")
    d.L("Tổng số hồ sơ đã giải quyết của cấp xã: ", d.n(284917, "resolved_total", "communes"))
    d.L("Tỷ lệ giải quyết đúng hạn của cấp xã: ", d.pv(99.43, "resolved_on_time", "communes"))
    d.L("Tỷ lệ hồ sơ trực tuyến toàn trình của cấp xã: ", d.pv(47.18, "full_online", "communes"))
    d.L("")
    d.L("Các đơn vị đạt 100% hồ sơ đúng hạn trong tháng:")
    names = ["Phường Biên Hòa", "Phường Long Khánh", "Phường Tân Biên", "Xã Bàu Hàm", "Xã Dầu Giây", "Xã Gia Kiệm", "Phường Đồng Xoài"]
    d.L(", ".join(d.unit(n) for n in names), ".")
    d.M("unknown_unit", "Phường Tân Biên", "Phường Tân Biên", "không có trong danh mục đơn vị hành chính của tỉnh Đồng Nai; gần nhất là Phường Trấn Biên")
    d.L("")
    d.L("Các đơn vị có tỷ lệ đúng hạn thấp nhất:")
    d.L("- Xã Bù Gia Mập: ", d.pv(93.8, "resolved_on_time", "unit:Xã Bù Gia Mập", 1))
    d.L("- Xã Bom Bo: ", d.pv(95.1, "resolved_on_time", "unit:Xã Bom Bo", 1))
    d.L("- Xã La Ngà: ", d.pv(96.4, "resolved_on_time", "unit:Xã La Ngà", 1))
    d.L("Trung tâm đề nghị các đơn vị đạt ", d.nf("dưới 97%", "bound"), " rà soát, báo cáo nguyên nhân.")
    d.L("Lượt xem: 1.204")
    d.nf("1.204", "count_of_things")
    return d

def g34():
    d = Doc("g34_portal_hue", "portal_stats", "2025-08-11", "Thành phố Huế")
    d.L("CỔNG DỊCH VỤ CÔNG THÀNH PHỐ HUẾ"); d.L("Thống kê > Thanh toán trực tuyến")
    d.L("Từ ngày: ", d.nf("01/07/2025", "date"), "   Đến ngày: ", d.nf("10/08/2025", "date"))
    d.L("")
    d.L("Chỉ tiêu                                   | Giá trị")
    tot, onl = 46208, 35511
    d.L("Số hồ sơ phát sinh phí, lệ phí            | ", d.n(tot, "resolved_total", "city", scope="có phí, lệ phí"))
    d.L("Số hồ sơ thanh toán trực tuyến            | ", d.n(onl, "resolved_total", "city", scope="thanh toán trực tuyến"))
    d.L("Tỷ lệ thanh toán trực tuyến               | ", d.p(onl, tot, "online_payment", "city"))
    d.L("Số hồ sơ đã số hóa kết quả                | ", d.bare(51380, 53977, "digitization", "city"))
    d.L("Tỷ lệ hồ sơ cập nhật trên hệ thống        | ", d.pv(99.96, "system_update", "city"))
    d.L("")
    d.L("Theo cấp:")
    d.L("Sở, ban, ngành   | ", d.pv(81.27, "online_payment", "departments"))
    d.L("Xã, phường       | ", d.pv(75.90, "online_payment", "communes"))
    d.L("Phường Phú Xuân  | ", d.pv(88.02, "online_payment", "unit:Phường Phú Xuân"))
    d.L("Xã A Lưới 2      | ", d.pv(41.36, "online_payment", "unit:Xã A Lưới 2"))
    d.L("")
    d.L("Số liệu tự động tổng hợp, có thể chênh lệch ", d.nf("khoảng 0,5%", "approx"), " so với báo cáo chính thức.")
    return d

def g35():
    d = Doc("g35_portal_baclieu", "portal_stats", "2024-12-02", "Tỉnh Bạc Liêu")
    d.L("MỘT CỬA ĐIỆN TỬ TỈNH BẠC LIÊU"); d.L("Báo cáo tổng hợp tình hình giải quyết hồ sơ")
    d.L("Kỳ: 01/11/2024 - 30/11/2024 | Đơn vị: Huyện Hồng Dân")
    d.nf("01/11/2024", "date"); d.nf("30/11/2024", "date")
    u = "unit:Huyện Hồng Dân"
    d.L("")
    need, res, pend = 3947, 3781, 186
    d.L("Tổng số hồ sơ cần xử lý ...... ", d.n(need, "received_total", u))
    d.L("Đã xử lý ..................... ", d.n(res, "resolved_total", u))
    d.L("Đang xử lý ................... ", d.n(pend, "pending_total", u))
    d.B([need], [res, pend], "cần xử lý = đã xử lý + đang xử lý")
    d.M("balance_mismatch", pend, N(pend), f"{N(need)} - {N(res)} = {N(need - res)}")
    d.L("Tỷ lệ đúng hạn ............... ", d.pv(97.8, "resolved_on_time", u, 1))
    d.L("Tỷ lệ trễ hạn ................ ", d.pv(2.4, "resolved_late", u, 1))
    d.C(97.8, 2.4)
    d.M("complement_mismatch", 2.4, "2,4%", "97,8% + 2,4% = 100,2%")
    d.L("Hồ sơ trực tuyến ............. ", d.n(1263, "received_online", u))
    d.L("")
    d.L("Đơn vị trực thuộc có hồ sơ trễ hạn:")
    d.L("  Xã Ninh Quới A ............. ", d.n(14, "resolved_late", "unit:Xã Ninh Quới A"))
    d.L("  Xã Lộc Ninh ................ ", d.n(9, "resolved_late", "unit:Xã Lộc Ninh", lead=True))
    d.L("")
    d.L("Người tổng hợp: quản trị hệ thống | In báo cáo")
    return d

def g36():
    d = Doc("g36_ministry_botuphap", "ministry_report", "2024-12-16", None)
    d.L("BỘ TƯ PHÁP"); d.L("-------"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("512/BC-BTP", "reference"), "            Hà Nội, ", d.nf("ngày 16 tháng 12 năm 2024", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả cải cách thủ tục hành chính năm 2024 của Bộ Tư pháp")
    d.period("2023-12-15", "2024-12-14")
    d.L("(Số liệu từ ", d.nf("15/12/2023", "date"), " đến ", d.nf("14/12/2024", "date"), ")")
    d.L("I. KẾT QUẢ GIẢI QUYẾT TTHC THUỘC THẨM QUYỀN CỦA BỘ")
    onl, off = 402318, 27560
    d.L("Bộ đã tiếp nhận ", d.n(onl + off, "received_total", "self"), " hồ sơ, trong đó ", d.n(onl, "received_online", "self"), " hồ sơ trực tuyến và ", d.n(off, "received_offline", "self"), " hồ sơ trực tiếp, qua bưu chính.")
    d.S(onl + off, [onl, off])
    d.L("Tỷ lệ hồ sơ nộp trực tuyến: ", d.p(onl, onl + off, "online_submission", "self"), "; trong đó hồ sơ toàn trình chiếm ", d.pv(88.9, "full_online", "self", 1), " số hồ sơ trực tuyến.")
    d.L("Lĩnh vực lý lịch tư pháp chiếm phần lớn với ", d.nf("hơn 380 nghìn", "approx"), " hồ sơ.")
    res, ok = 425104, 424871
    d.L("Đã giải quyết ", d.n(res, "resolved_total", "self"), " hồ sơ; đúng hạn ", d.n(ok, "resolved_in_time", "self"), ", quá hạn ", d.n(res - ok, "resolved_late", "self"), ".")
    d.S(res, [ok, res - ok])
    d.L("II. THỦ TỤC HÀNH CHÍNH")
    d.L("Bộ đang quản lý ", d.n(298, "procedures_total", "self"), " TTHC, gồm ", d.n(112, "procedures_full_online", "self"), " thủ tục toàn trình, ", d.n(97, "procedures_partial_online", "self"), " thủ tục một phần và ", d.n(89, "procedures_not_online", "self"), " thủ tục chưa cung cấp trực tuyến.")
    d.S(298, [112, 97, 89])
    d.L("III. CHỈ SỐ 766: Bộ đạt ", d.sc(83.15, "index_766_total", "self"), " điểm, xếp thứ ", d.rk(4, 17, "self", lead=True), " bộ, ngành có TTHC.")
    d.L("Nơi nhận: Văn phòng Chính phủ; Lưu: VT, VP.")
    d.L("KT. BỘ TRƯỞNG"); d.L("THỨ TRƯỞNG"); d.L("Nguyễn Thanh Tịnh")
    return d

def g37():
    d = Doc("g37_ministry_vpcp_national", "ministry_report", "2023-10-09", None)
    d.L("VĂN PHÒNG CHÍNH PHỦ | ", MOTTO[0]); d.L("| ", MOTTO[1])
    d.L("Số: ", d.nf("318/BC-VPCP", "reference"), " | Hà Nội, ", d.nf("ngày 09 tháng 10 năm 2023", "date"))
    d.L("BÁO CÁO"); d.L("Tình hình triển khai Bộ chỉ số phục vụ người dân, doanh nghiệp quý III năm 2023")
    d.L("")
    d.L("1. Kết quả chung")
    d.L("Điểm bình quân của các bộ, ngành đạt ", d.sc(71.28, "index_766_total", "national", scope="bình quân bộ, ngành"), " điểm; của các địa phương đạt ", d.sc(74.92, "index_766_total", "national", scope="bình quân địa phương"), " điểm.")
    d.L("Tỷ lệ hồ sơ trực tuyến toàn quốc là ", d.pv(37.64, "online_submission", "national"), "; tỷ lệ thanh toán trực tuyến ", d.pv(21.9, "online_payment", "national", 1), ".")
    d.L("2. Khối bộ, ngành")
    d.L("Bộ Thông tin và Truyền thông dẫn đầu với ", d.sc(89.74, "index_766_total", "unit:Bộ Thông tin và Truyền thông"), " điểm; tiếp theo là Bộ Tư pháp ", d.sc(84.06, "index_766_total", "unit:Bộ Tư pháp"),
        " điểm và Bộ Công an ", d.sc(82.51, "index_766_total", "unit:Bộ Công an"), " điểm.")
    d.L("Nhóm cuối gồm Bộ Giao thông vận tải (", d.sc(55.30, "index_766_total", "unit:Bộ Giao thông vận tải"), " điểm) và Bộ Tài nguyên và Môi trường (", d.sc(52.87, "index_766_total", "unit:Bộ Tài nguyên và Môi trường"), " điểm).")
    d.L("3. Khối địa phương")
    d.L("Có ", d.nf("08 địa phương", "count_of_things"), " đạt ", d.nf("trên 85 điểm", "bound"), "; ", d.nf("05 địa phương", "count_of_things"), " dưới ", d.nf("60 điểm", "bound"), ".")
    d.L("Số hóa hồ sơ, kết quả giải quyết TTHC toàn quốc đạt ", d.pv(40.12, "digitization", "national"), ", ", d.nf("tăng 9,5%", "change"), " so với quý II.")
    d.L("4. Kiến nghị: các bộ, ngành có tỷ lệ hồ sơ trực tuyến ", d.nf("dưới 20%", "bound"), " cần rà soát quy trình, nâng cấp hệ thống.")
    d.L("Nơi nhận: Thủ tướng, các Phó Thủ tướng; các bộ, ngành; UBND các tỉnh, thành phố.")
    d.L("KT. BỘ TRƯỞNG, CHỦ NHIỆM"); d.L("PHÓ CHỦ NHIỆM"); d.L("Nguyễn Sỹ Hiệp")
    return d

def g38():
    d = Doc("g38_ministry_bonoivu_procedures", "ministry_report", "2025-10-15", None)
    d.L("BỘ NỘI VỤ"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("7724/BC-BNV", "reference")); d.L("Hà Nội, ", d.nf("ngày 15 tháng 10 năm 2025", "date"))
    d.L("BÁO CÁO"); d.L("Công tác cải cách hành chính quý III năm 2025")
    d.L("")
    d.L("1. Cải cách thủ tục hành chính")
    full, part, no = 1843, 1102, 3417
    stated = full + part + no + 90
    d.L("Tổng số thủ tục hành chính đang có hiệu lực trên Cơ sở dữ liệu quốc gia là ", d.n(stated, "procedures_total", "national"), " thủ tục,")
    d.L("trong đó dịch vụ công trực tuyến toàn trình ", d.n(full, "procedures_full_online", "national"), ", dịch vụ công trực tuyến một phần ", d.n(part, "procedures_partial_online", "national"),
        ", còn lại ", d.n(no, "procedures_not_online", "national"), " thủ tục chưa cung cấp trực tuyến.")
    d.S(stated, [full, part, no])
    d.M("sum_mismatch", stated, N(stated), f"{N(full)} + {N(part)} + {N(no)} = {N(full + part + no)}")
    d.L("2. Kết quả giải quyết hồ sơ toàn quốc")
    d.L("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn: ", d.pv(96.82, "resolved_on_time", "national"), "; quá hạn: ", d.pv(3.18, "resolved_late", "national"), ".")
    d.C(96.82, 3.18)
    d.L("Tỷ lệ phản ánh, kiến nghị được xử lý: ", d.pv(91.4, "feedback_handled", "national", 1), ".")
    d.L("3. Chỉ số hài lòng (SIPAS) năm 2024 đạt ", d.nf("80,08%", "reference"), ".")
    d.L("4. Sau sắp xếp, cả nước có ", d.nf("34 tỉnh, thành phố", "count_of_things"), " và ", d.nf("3.321 đơn vị hành chính cấp xã", "count_of_things"), ".")
    d.L("Nơi nhận: Chính phủ; Ban Chỉ đạo CCHC; Lưu: VT, CCHC.")
    d.L("KT. BỘ TRƯỞNG"); d.L("THỨ TRƯỞNG"); d.L("Cao Huy")
    return d

def g39():
    d = Doc("g39_ministry_bocongan", "ministry_report", "2026-01-19", None)
    d.L("BỘ CÔNG AN"); d.L("—————"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("95/BC-BCA-V03", "reference"), "                Hà Nội, ", d.nf("ngày 19 tháng 01 năm 2026", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả cung cấp dịch vụ công trực tuyến của Bộ Công an năm 2025")
    d.L("")
    d.L("Năm 2025, Cổng dịch vụ công Bộ Công an tiếp nhận ", d.n(14826000, "received_online", "self"), " hồ sơ trực tuyến.")
    d.lines[-1] = d.lines[-1].replace("14.826.000", "14,826 triệu"); d.facts[-1]["text"] = "14,826 triệu"
    d.L("Trong đó lĩnh vực đăng ký, quản lý cư trú ", d.nf("khoảng 6,1 triệu", "approx"), " hồ sơ; cấp căn cước ", d.nf("gần 3 triệu", "approx"), " hồ sơ.")
    d.L("Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận: ", d.pv(71.35, "online_submission", "self"), ".")
    d.L("Thanh toán trực tuyến đạt ", d.bare(8204113, 9336770, "online_payment", "self"), " giao dịch.")
    d.L("Hệ thống đã kết nối, chia sẻ dữ liệu dân cư với cả ", d.nf("34 địa phương", "count_of_things"), " và ", d.nf("13 bộ, ngành", "count_of_things"), ".")
    d.L("Tỷ lệ số hóa kết quả giải quyết TTHC của Bộ: ", d.pv(95.07, "digitization", "self"), ".")
    d.L("Chỉ số 766 của Bộ năm 2025: ", d.sc(86.44, "index_766_total", "self"), " điểm (", d.nf("tối đa 100 điểm", "maximum"), ").")
    d.L("Phản ánh, kiến nghị: tiếp nhận ", d.n(2914, "feedback_total", "self"), ", đã xử lý ", d.n(2877, "feedback_resolved", "self"), ", đạt ", d.p(2877, 2914, "feedback_handled", "self"), ".")
    d.L("Nơi nhận: Thủ tướng Chính phủ (để b/c); Văn phòng Chính phủ; Lưu: VT, V03.")
    d.L("KT. BỘ TRƯỞNG"); d.L("THỨ TRƯỞNG"); d.L("Nguyễn Văn Long")
    return d

def g40():
    d = Doc("g40_ministry_botaichinh", "ministry_report", "2022-07-12", None)
    d.L("BỘ TÀI CHÍNH"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("6781/BC-BTC", "reference"), "; Hà Nội, ", d.nf("ngày 12 tháng 7 năm 2022", "date"))
    d.L("BÁO CÁO"); d.L("Tình hình thực hiện cải cách thủ tục hành chính 6 tháng đầu năm 2022")
    d.L("")
    d.L("1. Tỷ lệ hồ sơ giải quyết đúng hạn của Bộ đạt ", d.pv(99.6, "resolved_on_time", "self", 1), "; ", d.nf("trên 99%", "bound"), " hồ sơ thuế được nộp qua mạng.")
    d.L("2. Kết quả theo hệ thống:")
    rows = [("Hải quan", 2114630, 2114511), ("Thuế", 1896402, 1894950), ("Kho bạc", 721085, 721085)]
    for nm, rec, onl in rows:
        d.L("   - Hệ thống ", nm.lower(), ": tiếp nhận ", d.n(rec, "received_total", "self", scope=nm), " hồ sơ, trực tuyến ", d.n(onl, "received_online", "self", scope=nm), " (", d.p(onl, rec, "received_online_share", "self", scope=nm), ");")
    tr = sum(r[1] for r in rows); to = sum(r[2] for r in rows)
    d.L("   Cộng: ", d.n(tr, "received_total", "self"), " hồ sơ, trực tuyến ", d.n(to, "received_online", "self"), ", chiếm ", d.p(to, tr, "received_online_share", "self"), ".")
    d.S(tr, [r[1] for r in rows]); d.S(to, [r[2] for r in rows])
    d.L("3. Đơn giản hóa: đã cắt giảm, đơn giản hóa ", d.nf("87 thủ tục", "count_of_things"), ", tiết kiệm chi phí tuân thủ ", d.pv(18.3, "cost_reduction", "self", 1), ".")
    d.L("4. Phản ánh, kiến nghị: nhận mới ", d.n(46, "feedback_new", "self"), ", kỳ trước chuyển sang ", d.n(7, "feedback_carried_over", "self", lead=True), "; đã xử lý ", d.n(49, "feedback_resolved", "self"), ", đang xử lý ", d.n(4, "feedback_pending", "self", lead=True), ".")
    d.B([46, 7], [49, 4])
    d.L("Nơi nhận: Văn phòng Chính phủ; Lưu: VT, VP.")
    d.L("KT. BỘ TRƯỞNG"); d.L("THỨ TRƯỞNG"); d.L("Vũ Thị Mai")
    return d

def g41():
    d = Doc("g41_ministry_boyte", "ministry_report", "2021-12-20", None)
    d.L("BỘ Y TẾ"); d.L("-------"); d.L(MOTTO[0]); d.L(MOTTO[1])
    d.L("Số: ", d.nf("1472/BC-BYT", "reference"), "          Hà Nội, ", d.nf("ngày 20 tháng 12 năm 2021", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả thực hiện cơ chế một cửa, một cửa liên thông và dịch vụ công trực tuyến năm 2021")
    d.L("")
    d.L("1. Dịch vụ công trực tuyến")
    d.L("Bộ cung cấp ", d.n(176, "procedures_full_online", "self"), " dịch vụ công trực tuyến mức độ 4 trên tổng số ", d.n(307, "procedures_total", "self"), " TTHC.")
    rec, onl = 58214, 39107
    d.L("Trong năm, Bộ tiếp nhận ", d.n(rec, "received_total", "self"), " hồ sơ; hồ sơ nộp trực tuyến là ", d.n(onl, "received_online", "self"), ", tương đương ", d.p(onl, rec, "received_online_share", "self", bad=68.18), ".")
    d.L("2. Kết quả giải quyết")
    res, e, o = 55930, 30114, 21807
    l = res - e - o
    d.L("Đã giải quyết ", d.n(res, "resolved_total", "self"), " hồ sơ: trước hạn ", d.n(e, "resolved_early", "self"), ", đúng hạn ", d.n(o, "resolved_on_time", "self"), ", quá hạn ", d.n(l, "resolved_late", "self"), ".")
    d.S(res, [e, o, l])
    d.L("Đơn vị có nhiều hồ sơ quá hạn là Cục Quản lý Dược với ", d.nf("gần 2.900", "approx"), " hồ sơ do lượng hồ sơ cấp phép tăng trong dịch COVID-19.")
    d.L("3. Phương hướng năm 2022: phấn đấu ", d.nf("trên 80%", "bound"), " hồ sơ được nộp trực tuyến.")
    d.L("Nơi nhận: Văn phòng Chính phủ; Lưu: VT, VPB.")
    d.L("KT. BỘ TRƯỞNG"); d.L("THỨ TRƯỞNG"); d.L("Đỗ Xuân Tuyên")
    return d

def g42():
    d = Doc("g42_ministry_boxaydung_compare", "ministry_report", "2025-12-29", None)
    d.L("BỘ XÂY DỰNG"); d.L(MOTTO[0] + "  -  " + MOTTO[1])
    d.L("Số: ", d.nf("1936/BC-BXD", "reference"), "            Hà Nội, ", d.nf("ngày 29 tháng 12 năm 2025", "date"))
    d.L("BÁO CÁO"); d.L("Kết quả giải quyết thủ tục hành chính năm 2025 của Bộ Xây dựng")
    d.L("(Bộ Xây dựng hợp nhất với Bộ Giao thông vận tải từ ", d.nf("01/3/2025", "date"), ")")
    d.L("")
    d.L("1. Hồ sơ tiếp nhận tại Bộ:")
    d.L("   Lĩnh vực | Tiếp nhận | Trực tuyến | Tỷ lệ")
    rows = [("Đường bộ", 182406, 169310), ("Hàng hải", 96215, 94870), ("Hàng không", 41077, 38915), ("Hoạt động xây dựng", 12830, 11204)]
    for nm, rec, onl in rows:
        d.L("   ", nm, " | ", d.n(rec, "received_total", "self", scope=nm), " | ", d.n(onl, "received_online", "self", scope=nm), " | ", d.p(onl, rec, "received_online_share", "self", scope=nm))
    tr = sum(r[1] for r in rows); to = sum(r[2] for r in rows)
    d.L("   Tổng | ", d.n(tr, "received_total", "self"), " | ", d.n(to, "received_online", "self"), " | ", d.p(to, tr, "received_online_share", "self"))
    d.S(tr, [r[1] for r in rows]); d.S(to, [r[2] for r in rows])
    d.L("2. Tỷ lệ giải quyết đúng hạn đạt ", d.p(321870, 325114, "resolved_on_time", "self"), " (", N(321870), "/", N(325114), " hồ sơ đã giải quyết).")
    d.L("3. Chỉ số 766 của Bộ: ", d.sc(79.62, "index_766_total", "self"), " điểm, xếp ", d.rk(9, 14, "self"), " bộ, cơ quan ngang bộ.")
    d.L("So với Bộ Tài chính (", d.sc(85.10, "index_766_total", "unit:Bộ Tài chính"), " điểm) và Bộ Công Thương (", d.sc(81.47, "index_766_total", "unit:Bộ Công Thương"), " điểm), Bộ còn thấp hơn.")
    d.L("Nơi nhận: Văn phòng Chính phủ; Bộ Nội vụ; Lưu: VT, VP.")
    d.L("KT. BỘ TRƯỞNG"); d.L("THỨ TRƯỞNG"); d.L("Nguyễn Việt Hùng")
    return d
