"""News articles of provincial and national papers about administrative-procedure results."""
from engine import Doc, XY, cnt, dt, nf, part, pct, rank, ref, score, things, units
from common import header, sign

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


@report
def n1_lamdong_2025_q1():
    d = Doc("d_n1_lamdong_2025_q1", "news_article", "2025-04-01", "Tỉnh Lâm Đồng")
    d.p("Lâm Đồng: {} hồ sơ thủ tục hành chính được giải quyết đúng hạn trong quý I", nf("trên 98%", "bound"))
    d.p("{}, {}", dt("06:15"), dt("01/04/2025"))
    d.blank()
    d.p("Theo số liệu của Văn phòng UBND tỉnh, trong quý I/{} (từ {} đến {}), toàn tỉnh tiếp nhận {} hồ sơ, giải "
        "quyết {} hồ sơ, trong đó có {} hồ sơ đúng và trước hạn, chiếm {}; {} hồ sơ quá hạn, chiếm {}.",
        dt("2025"), dt("15/12/2024"), dt("14/3/2025"), rt := cnt(171390, "received_total", "city"),
        rs := cnt(162218, "resolved_total", "city"), it := cnt(159487, "resolved_in_time", "city"),
        pct("98.32", "resolved_on_time", "city", 159487, 162218), lt := cnt(2731, "resolved_late", "city"),
        pct("1.68", "resolved_late", "city", 2731, 162218))
    d.p("Số hồ sơ còn lại đang giải quyết gồm {} hồ sơ, có {} hồ sơ chưa đến hạn và {} hồ sơ đã quá hạn.",
        cnt(9172, "pending_total", "city"), cnt(8391, "pending_on_time", "city"), cnt(781, "pending_late", "city"))
    d.p("Tính riêng từng cấp, cấp tỉnh tiếp nhận {} hồ sơ, giải quyết {} hồ sơ, đúng hạn {} hồ sơ (đạt {}).",
        r1 := cnt(19806, "received_total", "departments", scope="cấp tỉnh"),
        s1 := cnt(18240, "resolved_total", "departments", scope="cấp tỉnh"),
        i1 := cnt(17902, "resolved_in_time", "departments", scope="cấp tỉnh"),
        pct("98.15", "resolved_on_time", "departments", 17902, 18240, scope="cấp tỉnh"))
    d.p("Với cấp huyện, {} trong tỉnh tiếp nhận {} hồ sơ, đã giải quyết {} hồ sơ; đúng và trước hạn có {} hồ sơ, "
        "đạt tỷ lệ {}, còn {} hồ sơ quá hạn, tỷ lệ {}.", things("10 huyện, thành phố"),
        r2 := cnt(88611, "received_total", "districts", scope="cấp huyện"),
        s2 := cnt(83470, "resolved_total", "districts", scope="cấp huyện"),
        i2 := cnt(81911, "resolved_in_time", "districts", scope="cấp huyện"),
        pct("98.13", "resolved_on_time", "districts", 81911, 83470, scope="cấp huyện"),
        l2 := cnt(1559, "resolved_late", "districts", scope="cấp huyện"),
        pct("1.87", "resolved_late", "districts", 1559, 83470, scope="cấp huyện"))
    d.p("Ở cấp xã, tổng số hồ sơ tiếp nhận là {}, đã giải quyết {}, trong đó đúng hạn {} hồ sơ, đạt {}; quá hạn {} hồ sơ.",
        r3 := cnt(62973, "received_total", "communes", scope="cấp xã"),
        s3 := cnt(60508, "resolved_total", "communes", scope="cấp xã"),
        i3 := cnt(59674, "resolved_in_time", "communes", scope="cấp xã"),
        pct("98.62", "resolved_on_time", "communes", 59674, 60508, scope="cấp xã"),
        l3 := cnt(834, "resolved_late", "communes", scope="cấp xã"))
    d.sum(rt, [r1, r2, r3])
    d.sum(rs, [s1, s2, s3])
    d.sum(it, [i1, i2, i3])
    d.p("Thành phố Đà Lạt và Huyện Đạ Huoai là hai địa phương có nhiều hồ sơ quá hạn nhất, chủ yếu thuộc lĩnh vực đất đai. "
        "So với cùng kỳ năm {}, số hồ sơ quá hạn toàn tỉnh {}.", dt("2024"), nf("giảm 41%", "change"))
    d.unit("Thành phố Đà Lạt")
    d.unit("Huyện Đạ Huoai")
    d.p("Tất cả hồ sơ quá hạn đều đã được các cơ quan gửi văn bản xin lỗi người dân, tổ chức theo quy định.")
    d.p("MINH KHÔI")
    return d


@report
def n2_hatinh_2025_07():
    d = Doc("d_n2_hatinh_2025_07", "news_article", "2025-07-25", "Tỉnh Hà Tĩnh")
    d.p("Hà Tĩnh dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp")
    d.p("(Báo Hà Tĩnh) - Sau {} vận hành chính quyền địa phương {}, Hà Tĩnh đang đứng đầu bảng xếp hạng trên Cổng "
        "Dịch vụ công quốc gia.", dt("hơn 3 tuần"), things("2 cấp"))
    d.blank()
    d.p("Theo kết quả cập nhật đến ngày {}, Hà Tĩnh đạt {} điểm, xếp thứ {} tỉnh, thành phố. {} là Quảng Ninh "
        "với {} điểm, tiếp đến là Hải Phòng ({} điểm) và Ninh Bình ({} điểm).", dt("24/7/2025"),
        score("92.38", "index_766_total", "city"), rank(1, 34, "city"),
        rank(2, None, "unit:Tỉnh Quảng Ninh", word="Đứng thứ hai"),
        score("91.76", "index_766_total", "unit:Tỉnh Quảng Ninh"),
        score("90.05", "index_766_total", "unit:Thành phố Hải Phòng"),
        score("89.4", "index_766_total", "unit:Tỉnh Ninh Bình"))
    d.p("Các nhóm chỉ số của tỉnh đều ở mức cao: công khai, minh bạch đạt {} điểm; tiến độ giải quyết {} điểm; "
        "số hóa hồ sơ {} điểm.", score("17.85", "index_766_publicity", "city", maximum=18, over=True),
        score("19.6", "index_766_progress", "city", maximum=20, over=True),
        score("20.12", "index_766_digitization", "city", maximum=22, over=True))
    d.p("Từ ngày {}, Cổng Dịch vụ công của tỉnh dừng hoạt động, toàn bộ hồ sơ của {} xã, phường được tiếp nhận qua Cổng "
        "Dịch vụ công quốc gia.", dt("1/7"), things("69"))
    d.p("Ông Nguyễn Văn Tâm, Phó Giám đốc Trung tâm Phục vụ hành chính công Phường Thành Sen, cho biết phường bố trí "
        "{} kèm nhân lực để hướng dẫn người dân; trong tháng đầu, trung tâm tiếp nhận {} hồ sơ, {} nộp trực tuyến.",
        things("3 máy tính"), nf("hơn 1.500", "approx"), nf("gần 90%", "approx"))
    d.unit("Phường Thành Sen")
    d.p("THU HÀ")
    return d


@report
def n3_camau_2023_10():
    d = Doc("d_n3_camau_2023_10", "news_article", "2023-11-06", "Tỉnh Cà Mau")
    d.p("Trung tâm Phục vụ hành chính công tỉnh giải quyết {} hồ sơ trong tháng {}", nf("trên 8,9 ngàn", "bound"),
        dt("10"))
    d.p("{} - {}", dt("06/11/2023"), dt("20:41"))
    d.blank()
    d.p("Trong tháng {}, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận {} hồ sơ các loại, phần lớn được nộp trực "
        "tiếp ({} hồ sơ), còn lại là trực tuyến và qua bưu chính công ích.", dt("10-2023"),
        cnt(10180, "received_total", "city", mult=("10,18", "ngàn")),
        cnt(7700, "received_offline", "city", mult=("7,7", "ngàn")))
    d.p("Các cơ quan đã giải quyết {} hồ sơ; trong đó {} hồ sơ đúng và trước hạn (đạt {}), {} hồ sơ trễ hạn (tỷ lệ {}). "
        "Nguyên nhân chủ yếu là chậm xử lý trên hệ thống.", cnt(8980, "resolved_total", "city", mult=("8,98", "ngàn")),
        cnt(8963, "resolved_in_time", "city"), pct("99.81", "resolved_on_time", "city", 8963, 8980),
        cnt(17, "resolved_late", "city"), pct("0.19", "resolved_late", "city", 17, 8980))
    d.p("Số hồ sơ tiếp nhận {} so với tháng trước. Nhiều hồ sơ nhất là Công an tỉnh {} hồ sơ, Sở Công Thương {} hồ sơ, "
        "Sở Giao thông vận tải {} hồ sơ.", nf("giảm 142 hồ sơ", "change"),
        cnt(3800, "received_total", "unit:Công an tỉnh", mult=("3,8", "ngàn")),
        cnt(1700, "received_total", "unit:Sở Công Thương", mult=("1,7", "ngàn")),
        cnt(829, "received_total", "unit:Sở Giao thông vận tải"))
    d.p("Một số cơ quan tiếp nhận ít hồ sơ như Sở Khoa học và Công nghệ, Sở Thông tin và Truyền thông, Sở Tài chính.")
    for u in ("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Sở Tài chính"):
        d.unit(u)
    d.p("HOÀNG LAM")
    return d


@report
def n4_national_2025_11():
    d = Doc("d_n4_national_2025_11", "news_article", "2025-11-09", None)
    d.p("Tỷ lệ hồ sơ trực tuyến toàn trình cả nước vượt {}", nf("41%", "bound"))
    d.p("{}", dt("Chủ nhật, 09/11/2025 07:30 (GMT+7)"))
    d.blank()
    d.p("Theo số liệu thống kê của Bộ Khoa học và Công nghệ tính đến ngày {}, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng "
        "hồ sơ giải quyết thủ tục hành chính của cả nước đạt {}; khối bộ, ngành đạt {}, trong khi khối địa phương mới là {}.",
        dt("31/10"), pct("41.26", "full_online", "national"),
        pct("57.03", "full_online", "national", scope="khối bộ, ngành"),
        pct("18.47", "full_online", "national", scope="khối địa phương"))
    d.unit("Bộ Khoa học và Công nghệ")
    d.p("So với cùng kỳ năm {}, tỷ lệ này {}. Bộ Công an tiếp tục dẫn đầu khối bộ với {}.", dt("2024"),
        nf("tăng 2,15 điểm phần trăm", "change"), pct("96.2", "full_online", "unit:Bộ Công an"))
    d.p("Về tổ chức bộ máy, {} địa phương đã thành lập {} Trung tâm Phục vụ hành chính công cấp xã; bình quân mỗi trung "
        "tâm có {} nhân sự chuyên trách. Thành phố Hà Nội và Tỉnh Quảng Ninh tổ chức trung tâm một cấp với các chi nhánh.",
        units(33, 34, subj="national"), things("3.158"), things("7"))
    d.unit("Thành phố Hà Nội")
    d.unit("Tỉnh Quảng Ninh")
    d.p("Mục tiêu đến hết năm là {} hồ sơ được xử lý hoàn toàn trực tuyến.", nf("tối thiểu 80%", "target"))
    d.p("PHƯƠNG ANH")
    return d


@report
def n5_vinhphuc_2021_08():
    d = Doc("d_n5_vinhphuc_2021_08", "news_article", "2021-08-30", "Tỉnh Vĩnh Phúc")
    d.p("Kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa cấp huyện tháng {}", dt("8/2021"))
    d.p("{}", dt("30/08/2021"))
    d.blank()
    ot = pct("96.40", "resolved_on_time", "districts", 20611, 21380, scope="cấp huyện")
    lt = pct("3.60", "resolved_late", "districts", 769, 21380, scope="cấp huyện")
    d.p("Theo Báo cáo số {} của Trung tâm Phục vụ hành chính công tỉnh, từ ngày {} đến {}, Bộ phận Một cửa cấp huyện đã "
        "tiếp nhận mới {} hồ sơ; hồ sơ đến hạn giải quyết {} hồ sơ, trong đó trả trước và đúng hạn {} hồ sơ (đạt {}); "
        "hồ sơ quá hạn chưa có kết quả {} hồ sơ, chiếm {}.", ref("21/BC-TTPVHCC"), dt("21/7"), dt("20/8/2021"),
        things("21.044"), part(ot, "d"), part(ot, "n"), ot, part(lt, "n"), lt)
    d.p("Tỷ lệ chậm, quá hạn {} so với tháng trước. Có {} huyện, thành phố có tỷ lệ này {}.",
        nf("giảm 2,94%", "change"), units(6, 9, subj="districts", scope="cấp huyện"), nf("dưới 3%", "bound"))
    d.p("Huyện Lập Thạch đứng đầu với tỷ lệ chậm, quá hạn {}; Huyện Sông Lô {} xuống còn {}; Huyện Vĩnh Tường vẫn là "
        "địa phương có tỷ lệ cao nhất ({}).", pct("0.41", "resolved_late", "unit:Huyện Lập Thạch"),
        nf("giảm từ 9,72%", "change"), pct("1.58", "resolved_late", "unit:Huyện Sông Lô"),
        pct("8.77", "resolved_late", "unit:Huyện Vĩnh Tường"))
    d.p("P.V")
    return d


@report
def n6_dongnai_2026_02():
    d = Doc("d_n6_dongnai_2026_02", "news_article", "2026-02-12", "Tỉnh Đồng Nai")
    d.p("Đồng Nai: các sở, ngành giải quyết đúng hạn {} hồ sơ năm {}", nf("trên 99%", "bound"), dt("2025"))
    d.blank()
    d.p("Năm {}, các sở, ban, ngành tỉnh Đồng Nai tiếp nhận {} hồ sơ, {} so với năm trước do hợp nhất địa giới. "
        "Số hồ sơ nộp trực tuyến là {}, chiếm {}.", dt("2025"), cnt(318442, "received_total", "departments"),
        nf("tăng 61%", "change"), cnt(277013, "received_online", "departments"),
        pct("86.99", "received_online_share", "departments", 277013, 318442))
    d.p("Sở Xây dựng có lượng hồ sơ lớn nhất với {} hồ sơ, tỷ lệ đúng hạn {}; Sở Nông nghiệp và Môi trường tiếp nhận {} "
        "hồ sơ, đúng hạn {}; Sở Tư pháp đạt {} hồ sơ đúng hạn.", cnt(41203, "received_total", "unit:Sở Xây dựng"),
        pct("99.21", "resolved_on_time", "unit:Sở Xây dựng"),
        cnt(96557, "received_total", "unit:Sở Nông nghiệp và Môi trường"),
        pct("97.8", "resolved_on_time", "unit:Sở Nông nghiệp và Môi trường"),
        pct("100", "resolved_on_time", "unit:Sở Tư pháp"))
    d.p("Số hồ sơ thanh toán phí, lệ phí trực tuyến {} năm trước.", nf("gấp 2 lần", "change"))
    d.p("Anh Trần Minh Khoa, ngụ {}, cho biết chỉ mất {} để nhận giấy phép xây dựng qua dịch vụ bưu chính.",
        ref("“khu phố 4, phường Trấn Biên”"), dt("5 ngày làm việc"))
    d.unit("Phường Trấn Biên")
    d.p("Theo Sở Nội vụ, mục tiêu năm {} là tỷ lệ hồ sơ trực tuyến {}.", dt("2026"), nf("từ 90% trở lên", "target"))
    d.unit("Sở Nội vụ")
    d.p("NGỌC ÁNH")
    return d


@report
def n7_thaibinh_2024_12():
    d = Doc("d_n7_thaibinh_2024_12", "news_article", "2024-12-28", "Tỉnh Thái Bình")
    d.p("Thái Bình: {} hồ sơ thủ tục hành chính được tiếp nhận trong năm {}", nf("hơn 1 triệu", "approx"), dt("2024"))
    d.blank()
    d.p("Năm {}, toàn tỉnh tiếp nhận {} hồ sơ; đã giải quyết {} hồ sơ; đang giải quyết {} hồ sơ. Tỷ lệ hồ sơ giải "
        "quyết đúng hạn đạt {}.", dt("2024"),
        cnt(1046215, "received_total", "city",
            mistake=("balance_mismatch", "1.021.874 resolved + 25.341 pending make 1.047.215")),
        cnt(1021874, "resolved_total", "city"), cnt(25341, "pending_total", "city"),
        pct("99.12", "resolved_on_time", "city"))
    d.p("Số hồ sơ nộp trực tuyến {} so với năm {}, đạt tỷ lệ {}.", nf("tăng 18%", "change"), dt("2023"),
        pct("64.5", "online_submission", "city"))
    d.p("Ở cấp huyện, Huyện Hưng Hà có tỷ lệ đúng hạn {}, Huyện Tiền Hải {}; Thành phố Thái Bình tiếp nhận {} hồ sơ.",
        pct("99.67", "resolved_on_time", "unit:Huyện Hưng Hà"), pct("98.9", "resolved_on_time", "unit:Huyện Tiền Hải"),
        cnt(92416, "received_total", "unit:Thành phố Thái Bình"))
    d.p("TRUNG KIÊN")
    return d


@report
def n8_tuyenquang_2025_10():
    d = Doc("d_n8_tuyenquang_2025_10", "news_article", "2025-10-20", "Tỉnh Tuyên Quang")
    d.p("Tuyên Quang {} về Bộ chỉ số phục vụ người dân, doanh nghiệp", nf("tăng 12 bậc", "change"))
    d.blank()
    d.p("Theo kết quả công bố trên Cổng Dịch vụ công quốc gia, tháng {} tỉnh Tuyên Quang đạt {} điểm, xếp thứ {}, "
        "{} so với tháng {}.", dt("9/2025"), score("83.62", "index_766_total", "city"), rank(19, 34, "city"),
        nf("tăng 12 bậc", "change"), dt("8"))
    d.p("Trong {} xã, phường, Xã Nà Hang {} với {} điểm; Xã Lâm Bình xếp thứ {} với {} điểm.", things("124"),
        rank(1, None, "unit:Xã Nà Hang", word="dẫn đầu"), score("94.1", "index_766_total", "unit:Xã Nà Hang"),
        rank(2, None, "unit:Xã Lâm Bình", style="num"), score("93.85", "index_766_total", "unit:Xã Lâm Bình"))
    d.p("Tỷ lệ hồ sơ trực tuyến của tỉnh đạt {}, {} cùng kỳ năm trước.", pct("68.2", "online_submission", "city"),
        nf("gấp 1,5 lần", "change"))
    d.p("THANH PHÚC")
    return d
