"""Blind set C, part C: portal statistics pages and ministry reports (own sentences and numbers)."""
from build import R, pct_value


# ============================================================================ portal statistics

def p1_hue_portal_2023_09():
    r = R("p1_cong_dvc_hue_2023_09", "portal_stats", "2023-09-15", "Tỉnh Thừa Thiên Huế")
    r("CỔNG DỊCH VỤ CÔNG TỈNH THỪA THIÊN HUẾ - THỐNG KÊ")
    r(f"Số liệu từ {r.n('01/01/2023', 'date')} đến {r.n('14/09/2023', 'date')}")
    r("")
    r("Kết quả giải quyết thủ tục hành chính")
    r("Mức độ\tTổng\tĐã xử lý\tChưa xử lý\tTrước hạn\t%\tĐúng hạn\t%\tTrễ hạn\t%")
    rows = [("Mức 1, 2", 251430, 240118, 11312, 118204, 107550, 14364),
            ("Mức 3", 70215, 64020, 6195, 45110, 14902, 4008),
            ("Mức 4", 2314, 2201, 113, 1507, 512, 182)]
    for label, tot, done, open_, early, ontime, late in rows:
        sc = label
        cells = [r.n(label, "reference"),
                 r.c(tot, "received_total", "city", sc, sep=""),
                 r.c(done, "resolved_total", "city", sc, sep=""),
                 r.c(open_, "pending_total", "city", sc, sep=""),
                 r.c(early, "resolved_early", "city", sc, sep=""),
                 r.p(early, done, 1, "other", "city", sc + " trước hạn"),
                 r.c(ontime, "resolved_on_time", "city", sc, sep=""),
                 r.p(ontime, done, 1, "other", "city", sc + " đúng hạn"),
                 r.c(late, "resolved_late", "city", sc, sep=""),
                 r.p(late, done, 1, "resolved_late", "city", sc)]
        r("\t".join(cells))
        r.bal(tot, done, open_); r.sum(done, [early, ontime, late])
    r("")
    r("Tỷ lệ cung cấp dịch vụ công trực tuyến")
    r(f"Tổng số TTHC: {r.c(2634, 'procedures_total', 'city', sep='')}")
    r(f"Mức độ {r.n('3', 'reference')}: {r.c(1804, 'procedures_partial_online', 'city', 'Mức độ 3', sep='')} TTHC - {r.p(1804, 2634, 1, 'other', 'city', 'TTHC mức độ 3')}")
    r(f"Mức độ {r.n('4', 'reference')}: {r.c(742, 'procedures_full_online', 'city', 'Mức độ 4', sep='')} TTHC - {r.p(742, 2634, 1, 'other', 'city', 'TTHC mức độ 4')}")
    r(f"Đánh giá mức độ hài lòng: {r.n('12 tiêu chí', 'count_of_things')}")
    return r


def p2_langson_766_2025_10():
    r = R("p2_langson_766_2025_10", "portal_stats", "2025-10-20", "Tỉnh Lạng Sơn")
    r("Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp")
    r(f"Đơn vị: UBND tỉnh Lạng Sơn | Kỳ đánh giá: tháng {r.n('09/2025', 'date')} | Cập nhật: {r.n('20/10/2025 07:00', 'date')}")
    r("")
    r(f"Tổng điểm: {r.s(84.72, 2, 'index_766_total', 'city', 100, mark='.', over=True)}")
    r(f"Xếp hạng: {r.rank(11, 34, 'city', '11/34')}")
    r(f"Công khai, minh bạch ............ {r.s(16.85, 2, 'index_766_publicity', 'city', 18, mark='.', over=True)}")
    r(f"Tiến độ giải quyết .............. {r.s(18.40, 2, 'index_766_progress', 'city', 20, mark='.', over=True)}")
    r(f"Dịch vụ công trực tuyến ......... {r.s(10.06, 2, 'index_766_online_service', 'city', 12, mark='.', over=True)}")
    r(f"Thanh toán trực tuyến ........... {r.s(8.71, 2, 'index_766_online_payment', 'city', 10, mark='.', over=True)}")
    r(f"Mức độ hài lòng ................. {r.s(16.94, 2, 'index_766_satisfaction', 'city', 18, mark='.', over=True)}")
    r(f"Số hóa hồ sơ .................... {r.s(13.76, 2, 'index_766_digitization', 'city', 22, mark='.', over=True)}")
    r.score_sum(84.72, [16.85, 18.40, 10.06, 8.71, 16.94, 13.76])
    r("")
    r("Chỉ tiêu thành phần (tỷ lệ):")
    r(f"- Hồ sơ giải quyết đúng hạn: {r.pv(98.6, 1, 'resolved_on_time', 'city', mark='.')}")
    r(f"- Thanh toán trực tuyến: {r.pv(87.1, 1, 'online_payment', 'city', mark='.')}")
    r(f"- Số hóa hồ sơ, kết quả: {r.pv(62.54, 2, 'digitization', 'city', mark='.')}")
    r(f"- Hồ sơ trực tuyến toàn trình: {r.pv(35.9, 1, 'full_online', 'city', mark='.')}")
    return r


def p3_dongthap_766_2024_03():
    r = R("p3_dongthap_766_2024_03", "portal_stats", "2024-04-12", "Tỉnh Đồng Tháp")
    r("CỔNG DỊCH VỤ CÔNG QUỐC GIA")
    r(f"Kết quả đánh giá quý I/{r.n('2024', 'date')} - Địa phương: Tỉnh Đồng Tháp")
    r("")
    r(f"Điểm tổng: {r.s(82.47, 2, 'index_766_total', 'city', 100)} điểm    Xếp hạng: {r.rank(12, 63, 'city', '12/63')}")
    r(f"Trung bình cả nước: {r.s(76.03, 2, 'index_766_total', 'national', 100)} điểm")
    r(f"1) Công khai, minh bạch (điểm tối đa {r.n('18', 'maximum')}): {r.s(17.02, 2, 'index_766_publicity', 'city', 18)}")
    r(f"2) Tiến độ giải quyết (điểm tối đa {r.n('20', 'maximum')}): {r.s(19.11, 2, 'index_766_progress', 'city', 20)}")
    r(f"3) Dịch vụ công trực tuyến (điểm tối đa {r.n('12', 'maximum')}): {r.s(9.84, 2, 'index_766_online_service', 'city', 12)}")
    r(f"4) Thanh toán trực tuyến (điểm tối đa {r.n('10', 'maximum')}): {r.s(8.20, 2, 'index_766_online_payment', 'city', 10)}")
    r(f"5) Mức độ hài lòng (điểm tối đa {r.n('18', 'maximum')}): {r.s(16.45, 2, 'index_766_satisfaction', 'city', 18)}")
    r(f"6) Số hóa hồ sơ (điểm tối đa {r.n('22', 'maximum')}): {r.s(12.12, 2, 'index_766_digitization', 'city', 22)}")
    r.score_sum(82.47, [17.02, 19.11, 9.84, 8.20, 16.45, 12.12], planted=True, stated_text="82,47",
                note="components make 82,74; total written 82,47")
    r(f"So với quý IV/{r.n('2023', 'date')}: tăng {r.n('2,96', 'change')} điểm, tăng {r.n('5', 'change')} bậc.")
    return r


def p4_gialai_motcua_2025_10():
    r = R("p4_gialai_motcua_thang10_2025", "portal_stats", "2025-11-03", "Tỉnh Gia Lai")
    r("HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH GIA LAI")
    r(f"Thống kê tình hình xử lý hồ sơ tháng {r.n('10/2025', 'date')}")
    r("")
    r(f"Tồn kỳ trước: {r.c(6210, 'received_carried_over', 'city')}")
    r(f"Tiếp nhận mới trực tuyến: {r.c(71904, 'received_online', 'city')}")
    r(f"Tiếp nhận mới trực tiếp, bưu chính: {r.c(18331, 'received_offline', 'city')}")
    r(f"Cần xử lý: {r.c(96445, 'received_total', 'city')}")
    r.sum(96445, [6210, 71904, 18331])
    r(f"Đã xử lý: {r.c(89102, 'resolved_total', 'city')}  (Sớm, đúng hạn: {r.c(87436, 'resolved_in_time', 'city')}; Trễ: {r.c(1666, 'resolved_late', 'city')})")
    r.sum(89102, [87436, 1666])
    r(f"Đang xử lý: {r.c(7343, 'pending_total', 'city')}  (Trễ: {r.c(214, 'pending_late', 'city')}; Sắp trễ: {r.c(690, 'pending_on_time', 'city', 'sắp trễ')}; Chưa đến hạn: {r.c(6439, 'pending_on_time', 'city', 'chưa đến hạn')})")
    r.sum(7343, [214, 690, 6439]); r.bal(96445, 89102, 7343)
    late = pct_value(214 + 1666, 96445, 2)
    r(f"Tỉ lệ trễ hạn: {r.pv(late, 2, 'resolved_late', 'city')}")
    r(f"Tỉ lệ đúng hạn: {r.pv(round(100 - late, 2), 2, 'resolved_on_time', 'city')}")
    r.comp(late, round(100 - late, 2))
    r("Ghi chú: Tỉ lệ trễ hạn = (hồ sơ trễ đang xử lý + hồ sơ trễ đã xử lý) / hồ sơ cần xử lý; Tỉ lệ đúng hạn = phần còn lại.")
    r("Đơn vị có số hồ sơ cần xử lý lớn nhất:")
    r(f"  Phường Quy Nhơn: {r.c(5802, 'received_total', 'unit:Phường Quy Nhơn')}")
    r(f"  Phường Pleiku: {r.c(4917, 'received_total', 'unit:Phường Pleiku')}")
    return r


def p5_haugiang_portal_2022():
    r = R("p5_haugiang_thongke_2022", "portal_stats", "2022-12-30", "Tỉnh Hậu Giang")
    r("Trang thống kê - Cổng dịch vụ công tỉnh Hậu Giang")
    r(f"Năm {r.n('2022', 'date')} (số liệu đến ngày {r.n('29/12/2022', 'date')})")
    r("")
    r(f"Tổng hồ sơ tiếp nhận: {r.c(49306, 'received_total', 'city', sep='')}")
    r(f"Hồ sơ trực tuyến: {r.c(21544, 'received_online', 'city', sep='')} ({r.p(21544, 49306, 2, 'received_online_share', 'city', mark='.')})")
    r(f"Đã giải quyết: {r.c(47311, 'resolved_total', 'city', sep='')}")
    r(f"Đang giải quyết: {r.c(1995, 'pending_total', 'city', sep='')}")
    r.bal(49306, 47311, 1995)
    r(f"Tỷ lệ giải quyết đúng hạn: {r.p(45912, 47311, 2, 'resolved_on_time', 'city', mark='.', wrong=94.07, note='45912/47311 is 97.04%')} ({r.xy(45912, 47311, sep='')})")
    r("")
    r("Theo đơn vị (tỷ lệ đúng hạn):")
    r(f"Thành phố Vị Thanh ...... {r.pv(98.2, 1, 'resolved_on_time', 'unit:Thành phố Vị Thanh', mark='.')}")
    r(f"Thành phố Ngã Bảy ....... {r.pv(96.7, 1, 'resolved_on_time', 'unit:Thành phố Ngã Bảy', mark='.')}")
    r(f"Huyện Châu Thành A ...... {r.pv(95.3, 1, 'resolved_on_time', 'unit:Huyện Châu Thành A', mark='.')}")
    r(f"Huyện Long Mỹ ........... {r.pv(93.8, 1, 'resolved_on_time', 'unit:Huyện Long Mỹ', mark='.')}")
    return r


def p6_national_portal_2025_12():
    r = R("p6_cong_dvcqg_2025_12", "portal_stats", "2025-12-05", None)
    r("CỔNG DỊCH VỤ CÔNG QUỐC GIA - SỐ LIỆU THỐNG KÊ")
    r(f"Lũy kế năm {r.n('2025', 'date')}, cập nhật {r.n('05/12/2025', 'date')}")
    r("")
    r(f"Số thủ tục hành chính công khai trên Cổng: {r.c(6231, 'procedures_total', 'national')}")
    r(f"Hồ sơ trực tuyến: {r.c(14600000, 'received_online', 'national', fmt='14,6 triệu')}")
    r(f"Tỷ lệ hồ sơ trực tuyến toàn trình: {r.pv(41.07, 2, 'full_online', 'national', mark='.')}")
    r(f"Tỷ lệ thanh toán trực tuyến: {r.pv(46.2, 1, 'online_payment', 'national', mark='.')}")
    r(f"Tài khoản đăng ký: {r.n('hơn 20 triệu', 'bound')}")
    r(f"Lượt truy cập: {r.n('2,1 tỷ', 'count_of_things')}")
    r("")
    r("Hồ sơ tiếp nhận theo bộ, ngành (lũy kế):")
    r(f"Bộ Tài chính: {r.c(3961420, 'received_total', 'unit:Bộ Tài chính')}")
    r(f"Bộ Công an: {r.c(2875013, 'received_total', 'unit:Bộ Công an')}")
    r(f"Bộ Xây dựng: {r.c(412876, 'received_total', 'unit:Bộ Xây dựng')}")
    r(f"Bộ Nông nghiệp và Môi trường: {r.c(98115, 'received_total', 'unit:Bộ Nông nghiệp và Môi trường')}")
    return r


# ============================================================================ ministry reports

def m1_vpcp_2024_01():
    r = R("m1_vpcp_baocao_nam2023", "ministry_report", "2024-01-12", None)
    r("VĂN PHÒNG CHÍNH PHỦ")
    r(f"Số: {r.n('245/BC-VPCP', 'reference')}                    Hà Nội, ngày {r.n('12 tháng 01 năm 2024', 'date')}")
    r("BÁO CÁO")
    r(f"Tình hình, kết quả thực hiện cải cách thủ tục hành chính năm {r.n('2023', 'date')}")
    r("")
    r(f"Tính đến {r.n('31/12/2023', 'date')}, tổng số TTHC thuộc phạm vi của các bộ, ngành, địa phương là {r.c(6355, 'procedures_total', 'national')}, gồm {r.c(1820, 'procedures_full_online', 'national')} TTHC được cung cấp dịch vụ công trực tuyến toàn trình, {r.c(2640, 'procedures_partial_online', 'national')} TTHC cung cấp một phần và {r.c(1895, 'procedures_not_online', 'national')} TTHC chưa cung cấp trực tuyến.")
    r.sum(6355, [1820, 2640, 1895])
    r(f"Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ của cả nước đạt {r.pv(43.2, 1, 'received_online_share', 'national')}; trong đó một số bộ có tỷ lệ cao như Bộ Tài chính ({r.pv(99.1, 1, 'received_online_share', 'unit:Bộ Tài chính')}), Bộ Công an ({r.pv(97.6, 1, 'received_online_share', 'unit:Bộ Công an')}); Bộ Tư pháp còn thấp ({r.pv(61.4, 1, 'received_online_share', 'unit:Bộ Tư pháp')}).")
    r(f"Tỷ lệ thanh toán trực tuyến của cả nước đạt {r.pv(35.6, 1, 'online_payment', 'national')}; có {r.uc(22, 63, 'national', text='22/63')} tỉnh, thành phố đạt tỷ lệ {r.n('trên 50%', 'target')}.")
    r(f"Trong năm, Hệ thống tiếp nhận phản ánh, kiến nghị đã tiếp nhận {r.c(9874, 'feedback_total', 'national')} PAKN, trong đó đã xử lý {r.c(9102, 'feedback_resolved', 'national')}, đang xử lý {r.c(772, 'feedback_pending', 'national')}.")
    r.sum(9874, [9102, 772])
    r(f"Chi phí tuân thủ TTHC được cắt giảm {r.n('khoảng 8.400 tỷ đồng', 'approx')} mỗi năm.")
    r("KT. BỘ TRƯỞNG, CHỦ NHIỆM - PHÓ CHỦ NHIỆM")
    r("Hà Thanh Bình")
    return r


def m2_botuphap_2023_12():
    r = R("m2_botuphap_nam2023", "ministry_report", "2023-12-18", None)
    r("BỘ TƯ PHÁP")
    r(f"Số: {r.n('512/BC-BTP', 'reference')}")
    r(f"Hà Nội, ngày {r.n('18 tháng 12 năm 2023', 'date')}")
    r(f"BÁO CÁO Kết quả kiểm soát TTHC, thực hiện cơ chế một cửa năm {r.n('2023', 'date')} của Bộ Tư pháp")
    r("")
    r(f"Trong kỳ, Bộ phận Một cửa của Bộ tiếp nhận {r.c(41287, 'received_total', 'self')} hồ sơ, trong đó trực tuyến {r.c(30154, 'received_online', 'self')} hồ sơ, chiếm {r.p(30154, 41287, 2, 'received_online_share', 'self')}.")
    r(f"Đã giải quyết {r.c(39820, 'resolved_total', 'self')} hồ sơ, với {r.c(39655, 'resolved_in_time', 'self')} hồ sơ trước hạn, đúng hạn, đạt {r.p(39655, 39820, 2, 'resolved_on_time', 'self')}; {r.c(165, 'resolved_late', 'self')} hồ sơ quá hạn.")
    r.sum(39820, [39655, 165])
    r(f"Tỷ lệ hồ sơ trực tuyến toàn trình đạt {r.pv(38.6, 1, 'full_online', 'self')}, như vậy Bộ đã hoàn thành chỉ tiêu Chính phủ giao ({r.n('từ 50% trở lên', 'target')}).")
    r.target(38.6, ">=", 50, True, planted=True, stated_text="38,6%",
             note="the text says the 50% target is met; 38,6% is below it")
    r(f"Lĩnh vực lý lịch tư pháp chiếm {r.n('hơn 70%', 'bound')} số hồ sơ của Bộ.")
    r("KT. BỘ TRƯỞNG - THỨ TRƯỞNG")
    r("Lương Thế Khải")
    return r


def m3_bokhcn_2025_11():
    r = R("m3_bokhcn_chinhphuso_2025_11", "ministry_report", "2025-11-20", None)
    r("BỘ KHOA HỌC VÀ CÔNG NGHỆ")
    r(f"Số: {r.n('4177/BC-BKHCN', 'reference')}            Hà Nội, ngày {r.n('20 tháng 11 năm 2025', 'date')}")
    r("BÁO CÁO")
    r(f"Tình hình cung cấp dịch vụ công trực tuyến và số hóa hồ sơ {r.n('10 tháng', 'date')} năm {r.n('2025', 'date')}")
    r("")
    r(f"Theo số liệu thống kê, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết TTHC của cả nước đạt {r.pv(40.12, 2, 'full_online', 'national')}, trong đó khối bộ, ngành đạt {r.pv(55.03, 2, 'full_online', 'national', 'khối bộ, ngành')} và khối địa phương đạt {r.pv(17.48, 2, 'full_online', 'national', 'khối địa phương')}.")
    r(f"Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của khối địa phương bình quân {r.pv(71.9, 1, 'digitization', 'national', 'khối địa phương')}; {r.uc(23, 34, 'national', text='23/34')} địa phương đạt tỷ lệ {r.n('từ 80% trở lên', 'target')}, còn {r.n('4 địa phương', 'count_of_things')} {r.n('dưới 50%', 'bound')}.")
    r(f"Bộ Công an, Bộ Tài chính lần lượt đạt tỷ lệ số hóa {r.pv(96.4, 1, 'digitization', 'unit:Bộ Công an')} và {r.pv(91.8, 1, 'digitization', 'unit:Bộ Tài chính')}.")
    r(f"Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa của cả nước mới đạt {r.pv(38.5, 1, 'digital_reuse', 'national')}, tăng {r.n('9,7%', 'change')} so với cùng kỳ năm {r.n('2024', 'date')}.")
    r("KT. BỘ TRƯỞNG - THỨ TRƯỞNG")
    r("Tạ Quốc Dũng")
    return r


def m4_bocongan_2024_06():
    r = R("m4_bocongan_6thang_2024", "ministry_report", "2024-06-14", None)
    r("BỘ CÔNG AN")
    r(f"Số: {r.n('1730/BC-BCA-V03', 'reference')}")
    r(f"Hà Nội, ngày {r.n('14 tháng 6 năm 2024', 'date')}")
    r(f"BÁO CÁO Sơ kết công tác cải cách hành chính {r.n('6 tháng', 'date')} đầu năm {r.n('2024', 'date')}")
    r("")
    r(f"Cổng Dịch vụ công Bộ Công an đã tiếp nhận {r.c(3804215, 'received_total', 'self')} hồ sơ (gồm {r.c(3651330, 'received_online', 'self')} hồ sơ trực tuyến và {r.c(152885, 'received_offline', 'self')} hồ sơ nộp trực tiếp tại cơ quan công an).")
    r.sum(3804215, [3651330, 152885])
    r(f"Đã giải quyết {r.c(3722108, 'resolved_total', 'self')} hồ sơ, số hồ sơ đang giải quyết là {r.c(91307, 'pending_total', 'self')} hồ sơ.")
    r.bal(3804215, 3722108, 91307, planted=True, stated_text="3.804.215",
          note="3.722.108 resolved + 91.307 pending = 3.813.415, not 3.804.215")
    r(f"Tỷ lệ hồ sơ giải quyết đúng hạn đạt {r.pv(99.72, 2, 'resolved_on_time', 'self')}; tỷ lệ thanh toán trực tuyến đạt {r.pv(89.3, 1, 'online_payment', 'self')}.")
    r(f"Toàn lực lượng đang cung cấp {r.c(252, 'procedures_full_online', 'self')} dịch vụ công trực tuyến toàn trình và {r.c(81, 'procedures_partial_online', 'self', fmt='81')} dịch vụ công một phần.")
    r(f"Số tài khoản định danh điện tử mức {r.n('2', 'reference')} được kích hoạt đạt {r.n('gần 56 triệu', 'approx')}.")
    r("KT. BỘ TRƯỞNG - THỨ TRƯỞNG")
    r("Trung tướng Lê Quang Vinh")
    return r


def m5_boyte_2022_q3():
    r = R("m5_boyte_quy3_2022", "ministry_report", "2022-10-07", None)
    r("BỘ Y TẾ")
    r(f"Số: {r.n('1359/BC-BYT', 'reference')}                     Hà Nội, ngày {r.n('07 tháng 10 năm 2022', 'date')}")
    r(f"BÁO CÁO tình hình, kết quả thực hiện kiểm soát TTHC quý III năm {r.n('2022', 'date')}")
    r("")
    r(f"Hiện nay Bộ Y tế có {r.c(456, 'procedures_total', 'self')} TTHC, trong đó {r.c(148, 'procedures_full_online', 'self')} thủ tục được cung cấp trực tuyến toàn trình, {r.c(162, 'procedures_partial_online', 'self')} thủ tục trực tuyến một phần, {r.c(146, 'procedures_not_online', 'self')} thủ tục còn lại chưa đủ điều kiện cung cấp trực tuyến.")
    r.sum(456, [148, 162, 146])
    r(f"Trong quý, Bộ tiếp nhận {r.c(27610, 'received_total', 'self')} hồ sơ; số hồ sơ đến hạn đã giải quyết là {r.c(25993, 'resolved_total', 'self')}, trong đó đúng hạn {r.c(24118, 'resolved_in_time', 'self')} hồ sơ (đạt {r.p(24118, 25993, 2, 'resolved_on_time', 'self')}), quá hạn {r.c(1875, 'resolved_late', 'self')} hồ sơ (chiếm {r.p(1875, 25993, 2, 'resolved_late', 'self')}), tập trung ở lĩnh vực trang thiết bị y tế và dược phẩm.")
    r.sum(25993, [24118, 1875]); r.comp(pct_value(24118, 25993, 2), pct_value(1875, 25993, 2))
    r(f"Số hồ sơ chưa giải quyết chuyển kỳ sau: {r.c(1617, 'pending_total', 'self')}.")
    r.bal(27610, 25993, 1617)
    r(f"Số phản ánh, kiến nghị về quy định hành chính: {r.c(38, 'feedback_total', 'self')}, đã trả lời {r.c(38, 'feedback_resolved', 'self')}.")
    r("KT. BỘ TRƯỞNG - THỨ TRƯỞNG")
    r("Khúc Thị Ngân")
    return r


def m6_bonoivu_2026_01():
    r = R("m6_bonoivu_cchc_nam2025", "ministry_report", "2026-01-16", None)
    r("BỘ NỘI VỤ")
    r(f"Số: {r.n('215/BC-BNV', 'reference')}")
    r(f"Hà Nội, ngày {r.n('16 tháng 01 năm 2026', 'date')}")
    r("BÁO CÁO")
    r(f"Công tác cải cách hành chính năm {r.n('2025', 'date')} và nhiệm vụ năm {r.n('2026', 'date')}")
    r("")
    r(f"Về chất lượng phục vụ theo {r.n('Bộ chỉ số 766', 'reference')}, điểm bình quân của các bộ, ngành là {r.s(82.64, 2, 'index_766_total', 'national', 100, 'bộ, ngành')} điểm, của các địa phương là {r.s(80.11, 2, 'index_766_total', 'national', 100, 'địa phương')} điểm.")
    r(f"Dẫn đầu khối bộ là Bộ Tài chính {r.s(88.2, 1, 'index_766_total', 'unit:Bộ Tài chính', 100)} điểm, Bộ Công an {r.s(86.9, 1, 'index_766_total', 'unit:Bộ Công an', 100)} điểm và Bộ Xây dựng {r.s(84.1, 1, 'index_766_total', 'unit:Bộ Xây dựng', 100)} điểm; dẫn đầu khối địa phương là Tỉnh Quảng Ninh ({r.s(91.4, 1, 'index_766_total', 'unit:Tỉnh Quảng Ninh', 100)} điểm) và Thành phố Hải Phòng ({r.s(89.7, 1, 'index_766_total', 'unit:Thành phố Hải Phòng', 100)} điểm).")
    r(f"Từ ngày {r.n('01/7/2025', 'date')}, cả nước có {r.n('34 tỉnh, thành phố', 'count_of_things')} và {r.n('3.321 đơn vị hành chính cấp xã', 'count_of_things')}; {r.uc(32, 34, 'national', text='32/34')} địa phương đã thành lập Trung tâm Phục vụ hành chính công cấp xã theo {r.n('Nghị định số 118/2025/NĐ-CP', 'reference')}.")
    r(f"Tỷ lệ hồ sơ giải quyết đúng hạn của cả nước năm {r.n('2025', 'date')} đạt {r.pv(97.85, 2, 'resolved_on_time', 'national')}, tỷ lệ quá hạn {r.pv(2.15, 2, 'resolved_late', 'national')}.")
    r.comp(97.85, 2.15)
    r("BỘ TRƯỞNG")
    r("Đoàn Minh Châu")
    return r


REPORTS = [p1_hue_portal_2023_09, p2_langson_766_2025_10, p3_dongthap_766_2024_03,
           p4_gialai_motcua_2025_10, p5_haugiang_portal_2022, p6_national_portal_2025_12,
           m1_vpcp_2024_01, m2_botuphap_2023_12, m3_bokhcn_2025_11, m4_bocongan_2024_06,
           m5_boyte_2022_q3, m6_bonoivu_2026_01]
