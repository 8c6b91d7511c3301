"""Reports of ministries (the ministry on itself is self; the country is national)."""
from engine import Doc, XY, cnt, dt, nf, part, pct, rank, ref, score, things, units
from common import header, sign

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


@report
def m1_botuphap_2025_q3():
    d = Doc("d_m1_botuphap_2025_q3", "ministry_report", "2025-10-10", None)
    header(d, ["BỘ TƯ PHÁP"], "412/BC-BTP", "Hà Nội", 10, 10, 2025)
    d.unit("Bộ Tư pháp")
    d.p("BÁO CÁO")
    d.p("Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính, thực hiện thủ tục hành chính trên môi trường điện tử")
    d.p("Quý III năm {}", dt("2025"))
    d.blank()
    d.p("Kính gửi: Văn phòng Chính phủ.")
    tot = cnt(96418, "received_total", "self")
    d.p("{} Trong kỳ, Bộ Tư pháp tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ (chiếm {}), trực tiếp {} hồ sơ. "
        "Theo từng hệ thống: lý lịch tư pháp {} hồ sơ; đăng ký biện pháp bảo đảm {} hồ sơ; quốc tịch, nuôi con nuôi "
        "{} hồ sơ.", ref("1."), tot, cnt(88203, "received_online", "self"),
        pct("91.48", "received_online_share", "self", 88203, 96418), cnt(8215, "received_offline", "self"),
        a := cnt(71306, "received_total", "self", scope="lý lịch tư pháp"),
        b := cnt(21950, "received_total", "self", scope="đăng ký biện pháp bảo đảm"),
        c := cnt(3162, "received_total", "self", scope="quốc tịch, nuôi con nuôi"))
    d.sum(tot, [a, b, c])
    d.p("{} Đã giải quyết {} hồ sơ, trong đó đúng hạn {} hồ sơ, quá hạn {} hồ sơ; tỷ lệ giải quyết đúng hạn là {}. "
        "Đang giải quyết {} hồ sơ.", ref("2."), cnt(94877, "resolved_total", "self"),
        cnt(94650, "resolved_in_time", "self"), cnt(227, "resolved_late", "self"),
        pct("99.76", "resolved_on_time", "self", 94650, 94877), cnt(1541, "pending_total", "self"))
    d.p("{} Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, Bộ Tư pháp đạt {} điểm, xếp thứ {} bộ, cơ quan ngang bộ.",
        ref("3."), score("86.52", "index_766_total", "self"), rank(4, 17, "self"))
    d.p("Đầu mối liên hệ: Văn phòng Bộ, điện thoại {}.", ref("024.6273.9402"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Lê Minh Khang", ("Văn phòng Chính phủ", "Bộ trưởng (để b/c)"))
    return d


@report
def m2_botaichinh_2024():
    d = Doc("d_m2_botaichinh_2024", "ministry_report", "2024-12-20", None)
    header(d, ["BỘ TÀI CHÍNH"], "198/BC-BTC", "Hà Nội", 20, 12, 2024)
    d.unit("Bộ Tài chính")
    d.p("BÁO CÁO")
    d.p("Kết quả cải cách thủ tục hành chính và cung cấp dịch vụ công trực tuyến năm {}", dt("2024"))
    d.blank()
    d.p("I. THỦ TỤC HÀNH CHÍNH")
    pt = cnt(1003, "procedures_total", "self")
    d.p("Tổng số TTHC thuộc phạm vi quản lý của Bộ là {} thủ tục; trong đó {} TTHC cung cấp dịch vụ công trực tuyến toàn "
        "trình, {} TTHC một phần và {} TTHC chưa đủ điều kiện cung cấp trực tuyến. Trong năm, Bộ đã cắt giảm, đơn giản "
        "hóa {} TTHC.", pt, x := cnt(432, "procedures_full_online", "self"),
        y := cnt(401, "procedures_partial_online", "self"), z := cnt(170, "procedures_not_online", "self"),
        things("46"))
    d.sum(pt, [x, y, z])
    d.p("II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ")
    tot = cnt(13600000, "received_total", "self", mult=("13,6", "triệu"))
    d.p("Năm {}, các hệ thống dịch vụ công của Bộ tiếp nhận {} hồ sơ, trong đó lĩnh vực hải quan {}, thuế {}, kho bạc {} "
        "hồ sơ; {} so với năm {}.", dt("2024"), tot,
        a := cnt(11200000, "received_total", "self", scope="hải quan", mult=("11,2", "triệu")),
        b := cnt(1900000, "received_total", "self", scope="thuế", mult=("1,9", "triệu")),
        c := cnt(500000, "received_total", "self", scope="kho bạc", mult=("0,5", "triệu")),
        nf("tăng 7,3%", "change"), dt("2023"))
    d.sum(tot, [a, b, c])
    d.p("Tỷ lệ hồ sơ trực tuyến đạt ({}){}, phục vụ {} doanh nghiệp.", pct("99.2", "online_submission", "self"),
        ref("1"), nf("khoảng 2,4 triệu", "approx"))
    d.p("______")
    d.p("{} Số liệu trích xuất từ Cổng Dịch vụ công của Bộ đến hết ngày {}.", ref("1"), dt("15/12/2024"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Vũ Thanh Hưng", ("Văn phòng Chính phủ",))
    return d


@report
def m3_bonoivu_2025_07():
    d = Doc("d_m3_bonoivu_2025_07", "ministry_report", "2025-07-28", None)
    header(d, ["BỘ NỘI VỤ"], "3611/BC-BNV", "Hà Nội", 28, 7, 2025)
    d.unit("Bộ Nội vụ")
    d.p("BÁO CÁO")
    d.p("Tình hình thực hiện thủ tục hành chính sau khi vận hành chính quyền địa phương {}", things("02 cấp"))
    d.blank()
    d.p("Tính đến ngày {}, {} tỉnh, thành phố đã kiện toàn Trung tâm Phục vụ hành chính công cấp tỉnh; {} xã, phường, "
        "đặc khu đã đưa Trung tâm Phục vụ hành chính công cấp xã vào hoạt động.", dt("25/7/2025"),
        units(34, 34, subj="national"), things("3.321"))
    d.p("Tỷ lệ hồ sơ giải quyết đúng hạn của cả nước đạt {}; khối bộ, ngành {}, khối địa phương {}.",
        pct("97.62", "resolved_on_time", "national"),
        pct("98.9", "resolved_on_time", "national", scope="khối bộ, ngành"),
        pct("97.35", "resolved_on_time", "national", scope="khối địa phương"))
    d.p("Về Bộ chỉ số phục vụ người dân, doanh nghiệp, Bộ Công an {} khối bộ, ngành với {} điểm, tiếp đến là Bộ Tư pháp "
        "({} điểm) và Bộ Tài chính ({} điểm); ở khối địa phương, Tỉnh Hà Tĩnh đạt {} điểm, xếp thứ {}.",
        rank(1, None, "unit:Bộ Công an", word="đứng đầu"),
        score("90.42", "index_766_total", "unit:Bộ Công an"), score("87.15", "index_766_total", "unit:Bộ Tư pháp"),
        score("85.06", "index_766_total", "unit:Bộ Tài chính"), score("92.38", "index_766_total", "unit:Tỉnh Hà Tĩnh"),
        rank(1, 34, "unit:Tỉnh Hà Tĩnh"))
    d.p("Một số địa phương còn {} hồ sơ trễ hạn trong lĩnh vực đất đai do chuyển giao dữ liệu chưa kịp thời.",
        nf("trên 5%", "bound"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Trương Hải Long", ("Thủ tướng Chính phủ (để b/c)", "Văn phòng Chính phủ"))
    return d


@report
def m4_bocongan_2025_q1():
    d = Doc("d_m4_bocongan_2025_q1", "ministry_report", "2025-04-10", None)
    header(d, ["BỘ CÔNG AN"], "87/BC-BCA-V03", "Hà Nội", 10, 4, 2025)
    d.unit("Bộ Công an")
    d.p("BÁO CÁO")
    d.p("Kết quả cung cấp dịch vụ công trực tuyến Quý I năm {}", dt("2025"))
    d.blank()
    d.p("Quý I năm {}, Cổng Dịch vụ công Bộ Công an tiếp nhận {} hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt {}.",
        dt("2025"), cnt(6840000, "received_total", "self", mult=("6,84", "triệu")),
        pct("78.5", "full_online", "self"))
    pay = pct("86.29", "online_payment", "self", 3512407, 4118236,
              mistake=("ratio_mismatch", "3.512.407/4.118.236 is 85,29%"))
    d.p("Số hồ sơ thanh toán trực tuyến phí, lệ phí là {} hồ sơ có phí, đạt {}.", XY(pay), pay)
    d.p("Trong kỳ đã cấp {} thẻ căn cước và kích hoạt {} tài khoản định danh điện tử mức độ {}.",
        things("2,1 triệu"), nf("gần 1,2 triệu", "approx"), ref("2"))
    d.p("Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, Bộ Công an đạt {} điểm, {} khối bộ, ngành.",
        score("91.88", "index_766_total", "self", maximum=100, over=True),
        rank(1, None, "self", word="xếp thứ nhất"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Thượng tướng Phạm Quốc Đạt", ("Văn phòng Chính phủ",))
    return d


@report
def m5_boyte_2025_12():
    d = Doc("d_m5_boyte_2025_12", "ministry_report", "2026-01-15", None)
    header(d, ["BỘ Y TẾ"], "54/BC-BYT", "Hà Nội", 15, 1, 2026)
    d.unit("Bộ Y tế")
    d.p("BÁO CÁO")
    d.p("Kết quả thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp năm {}",
        dt("2025"))
    d.blank()
    d.p("Năm {}, Bộ Y tế tiếp nhận {} hồ sơ, giải quyết {} hồ sơ, trong đó đúng hạn {} hồ sơ ({}).", dt("2025"),
        cnt(41872, "received_total", "self"), cnt(40955, "resolved_total", "self"),
        cnt(39870, "resolved_in_time", "self"), pct("97.35", "resolved_on_time", "self", 39870, 40955))
    d.p("Tổng điểm Bộ chỉ số của Bộ đạt {} điểm, xếp thứ {} bộ, ngành. Điểm các nhóm chỉ số như sau:",
        score("88.01", "index_766_total", "self", mistake=("score_sum_mismatch", "the six groups add up to 89,01")),
        rank(6, 17, "self"))
    d.p("Công khai, minh bạch đạt {}/{} điểm; tiến độ giải quyết {}/{}; dịch vụ công trực tuyến {} điểm ({}); thanh "
        "toán trực tuyến {} điểm ({}); mức độ hài lòng {}/{}; số hóa hồ sơ {}/{} điểm.",
        score("16.72", "index_766_publicity", "self", maximum=18), nf("18", "maximum"),
        score("18.04", "index_766_progress", "self", maximum=20), nf("20", "maximum"),
        score("10.5", "index_766_online_service", "self", maximum=12), nf("tối đa 12 điểm", "maximum"),
        score("8.9", "index_766_online_payment", "self", maximum=10), nf("tối đa 10 điểm", "maximum"),
        score("17.25", "index_766_satisfaction", "self", maximum=18), nf("18", "maximum"),
        score("17.6", "index_766_digitization", "self", maximum=22), nf("22", "maximum"))
    d.p("Nhóm chỉ số số hóa hồ sơ còn thấp; Bộ phấn đấu đạt {} trong năm {}.", nf("trên 20 điểm", "target"), dt("2026"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Đỗ Xuân Tuyên", ("Văn phòng Chính phủ",))
    return d


@report
def m6_bogtvt_2024_h1():
    d = Doc("d_m6_bogtvt_2024_h1", "ministry_report", "2024-07-12", None)
    header(d, ["BỘ GIAO THÔNG VẬN TẢI"], "7102/BC-BGTVT", "Hà Nội", 12, 7, 2024)
    d.unit("Bộ Giao thông vận tải")
    d.p("BÁO CÁO")
    d.p("Tình hình thực hiện công tác kiểm soát thủ tục hành chính {} đầu năm {}", dt("6 tháng"), dt("2024"))
    d.p("{} đầu năm {}, Bộ tiếp nhận {} hồ sơ, trong đó trực tuyến {} hồ sơ ({}), trực tiếp và qua bưu chính {} hồ sơ ({}).",
        dt("6 tháng"), dt("2024"), cnt(285310, "received_total", "self"), cnt(241003, "received_online", "self"),
        pct("84.47", "received_online_share", "self", 241003, 285310), cnt(44307, "received_offline", "self"),
        pct("15.53", "received_offline_share", "self", 44307, 285310))
    d.p("Đã giải quyết {} hồ sơ; trong đó đúng hạn, trước hạn {} hồ sơ, trễ hạn {} hồ sơ. Tỷ lệ đúng hạn đạt {}, tỷ lệ "
        "trễ hạn {}. Hiện còn {} hồ sơ đang giải quyết.", cnt(279884, "resolved_total", "self"),
        cnt(278512, "resolved_in_time", "self"), cnt(1372, "resolved_late", "self"),
        pct("99.51", "resolved_on_time", "self", 278512, 279884), pct("0.49", "resolved_late", "self", 1372, 279884),
        cnt(5426, "pending_total", "self"))
    d.p("Số hồ sơ tiếp nhận {} so với cùng kỳ, chủ yếu ở lĩnh vực đường bộ và đăng kiểm.", nf("tăng 12%", "change"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nguyễn Duy Lâm", ("Văn phòng Chính phủ",))
    return d


@report
def m7_bonnmt_2025_12():
    d = Doc("d_m7_bonnmt_2025_12", "ministry_report", "2025-12-12", None)
    header(d, ["BỘ NÔNG NGHIỆP", "VÀ MÔI TRƯỜNG"], "905/BC-BNNMT", "Hà Nội", 12, 12, 2025)
    d.unit("Bộ Nông nghiệp và Môi trường")
    d.p("BÁO CÁO")
    d.p("Kết quả cải cách thủ tục hành chính năm {} của Bộ Nông nghiệp và Môi trường", dt("2025"))
    d.blank()
    pt = cnt(356, "procedures_total", "self")
    d.p("Bộ đang quản lý {} thủ tục hành chính, gồm {} thủ tục cung cấp trực tuyến toàn trình, {} thủ tục một phần và {} "
        "thủ tục cung cấp thông tin.", pt, x := cnt(190, "procedures_full_online", "self"),
        y := cnt(121, "procedures_partial_online", "self"), z := cnt(45, "procedures_not_online", "self"))
    d.sum(pt, [x, y, z])
    tot = cnt(52118, "received_total", "self")
    d.p("Năm {}, Bộ tiếp nhận {} hồ sơ: qua Cơ chế một cửa quốc gia {} hồ sơ, qua Hệ thống thông tin giải quyết thủ tục "
        "hành chính của Bộ {} hồ sơ.", dt("2025"), tot,
        a := cnt(31406, "received_total", "self", scope="Cơ chế một cửa quốc gia"),
        b := cnt(20712, "received_total", "self", scope="Hệ thống thông tin giải quyết TTHC của Bộ"))
    d.sum(tot, [a, b])
    f = pct("99.62", "resolved_on_time", "self", 50771, 50963)
    d.p("Số hồ sơ đã giải quyết là {}, trong đó {} hồ sơ đúng hạn, tương ứng {}.", cnt(50963, "resolved_total", "self"),
        cnt(50771, "resolved_in_time", "self"), f)
    d.p("Kết quả Bộ chỉ số: Bộ đạt {} điểm, xếp thứ {} bộ, ngành, {}.", score("83.4", "index_766_total", "self"),
        rank(9, 17, "self"), nf("tăng 2 bậc so với năm 2024", "change"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phùng Đức Tiến", ("Văn phòng Chính phủ",))
    return d


@report
def m8_botttt_2024_9m():
    d = Doc("d_m8_botttt_2024_9m", "ministry_report", "2024-10-15", None)
    header(d, ["BỘ THÔNG TIN", "VÀ TRUYỀN THÔNG"], "241/BC-BTTTT", "Hà Nội", 15, 10, 2024)
    d.unit("Bộ Thông tin và Truyền thông")
    d.p("BÁO CÁO")
    d.p("Tình hình giải quyết thủ tục hành chính {} năm {}", dt("9 tháng"), dt("2024"))
    d.blank()
    ot = pct("99.95", "resolved_on_time", "self", 27812, 27950, mistake=("ratio_mismatch", "27.812/27.950 is 99,51%"))
    d.p("{} năm {}, Bộ tiếp nhận {} hồ sơ; trong tổng số {} hồ sơ đã giải quyết, có {} hồ sơ đúng hạn, đạt {}; {} hồ sơ "
        "trễ hạn. Còn {} hồ sơ đang giải quyết.", dt("9 tháng"), dt("2024"), cnt(28406, "received_total", "self"),
        cnt(27950, "resolved_total", "self"), cnt(27812, "resolved_in_time", "self"), ot,
        cnt(138, "resolved_late", "self"), cnt(456, "pending_total", "self"))
    d.p("Bộ cung cấp {} dịch vụ công trực tuyến toàn trình; Bộ xếp thứ {} khối bộ, ngành về Bộ chỉ số phục vụ người dân, "
        "doanh nghiệp với {} điểm.", cnt(139, "procedures_full_online", "self"), rank(11, None, "self", style="num"),
        score("82.7", "index_766_total", "self"))
    sign(d, "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Phan Tâm Hòa", ("Văn phòng Chính phủ",))
    return d
