"""Blind set C, part A: weekly notices and quarterly reports (own sentences and numbers)."""
from build import R, pct_value


# ============================================================================ weekly notices

def w1_ninhbinh_2025_10():
    r = R("w1_ninhbinh_tuan_2025_10", "weekly_notice", "2025-10-17", "Tỉnh Ninh Bình")
    r("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH")
    r("VĂN PHÒNG")
    r(f"Số: {r.n('412/TB-VP', 'reference')}")
    r(f"Ninh Bình, ngày {r.n('17 tháng 10 năm 2025', 'date')}")
    r("THÔNG BÁO")
    r("Kết quả thực hiện các chỉ tiêu về giải quyết thủ tục hành chính, dịch vụ công trực tuyến trong tuần")
    r(f"(từ ngày {r.n('10/10/2025', 'date')} đến ngày {r.n('16/10/2025', 'date')})")
    r("")
    r(f"Căn cứ dữ liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh lúc {r.n('17 giờ 00', 'time')} ngày {r.n('16/10/2025', 'date')}, Văn phòng UBND tỉnh thông báo như sau:")
    r("1. Nộp hồ sơ trực tuyến (chỉ tiêu: " + r.n("từ 70% trở lên", "target") + ")")
    r(f"Toàn tỉnh có {r.xy(44393, 49483)} hồ sơ được nộp trực tuyến, tỷ lệ {r.p(44393, 49483, 2, 'online_submission', 'city')}; cụ thể:")
    r(f"- Khối sở, ban, ngành: {r.p(5482, 7106, 2, 'online_submission', 'departments')} ({r.xy(5482, 7106)}); {r.uc(14, 15, 'departments')} cơ quan đạt chỉ tiêu.")
    r(f"- Khối xã, phường: {r.p(38911, 42377, 2, 'online_submission', 'communes')} ({r.xy(38911, 42377)}); {r.uc(121, 129, 'communes')} đơn vị đạt chỉ tiêu. Thấp nhất là xã Gia Viễn ({r.pv(41.27, 2, 'online_submission', 'unit:Xã Gia Viễn')}) và xã Yên Mô ({r.pv(47.9, 2, 'online_submission', 'unit:Xã Yên Mô')}).")
    r.sum(44393, [5482, 38911]); r.sum(49483, [7106, 42377])
    r("2. Thanh toán trực tuyến phí, lệ phí (chỉ tiêu: " + r.n("từ 60% trở lên", "target") + ")")
    r(f"Số hồ sơ thanh toán trực tuyến trên tổng số hồ sơ phải nộp phí, lệ phí: {r.xy(29114, 31020)}, đạt {r.p(29114, 31020, 2, 'online_payment', 'city')}, tăng {r.n('2,14%', 'change')} so với tuần trước.")
    r(f"+ Sở, ban, ngành: {r.xy(1204, 1502)} hồ sơ, tương ứng {r.p(1204, 1502, 2, 'online_payment', 'departments')}. Chưa đạt chỉ tiêu: Sở Xây dựng ({r.pv(35.2, 2, 'online_payment', 'unit:Sở Xây dựng')}), Sở Công Thương ({r.pv(51.06, 2, 'online_payment', 'unit:Sở Công Thương')}).")
    r(f"+ Xã, phường: {r.xy(27910, 29518)} hồ sơ, tương ứng {r.p(27910, 29518, 2, 'online_payment', 'communes')}.")
    r.sum(29114, [1204, 27910]); r.sum(31020, [1502, 29518])
    r.target(35.2, ">=", 60, False); r.target(51.06, ">=", 60, False)
    r("3. Giải quyết hồ sơ đúng hạn")
    r(f"Trong tuần đã giải quyết {r.c(47015, 'resolved_total', 'city')} hồ sơ; trước hạn và đúng hạn {r.c(46702, 'resolved_in_time', 'city')} hồ sơ, chiếm {r.p(46702, 47015, 2, 'resolved_on_time', 'city')}; quá hạn {r.c(313, 'resolved_late', 'city')} hồ sơ, chiếm {r.p(313, 47015, 2, 'resolved_late', 'city')}.")
    r.sum(47015, [46702, 313]); r.comp(pct_value(46702, 47015, 2), pct_value(313, 47015, 2))
    r("")
    r("Nơi nhận: Chủ tịch, các Phó Chủ tịch UBND tỉnh; các sở, ban, ngành; UBND các xã, phường.")
    r("KT. CHÁNH VĂN PHÒNG")
    r("PHÓ CHÁNH VĂN PHÒNG")
    r("Trần Thu Hằng")
    return r


def w2_nghean_2024_09():
    r = R("w2_nghean_tuan36_2024", "weekly_notice", "2024-09-09", "Tỉnh Nghệ An")
    r("UBND TỈNH NGHỆ AN")
    r("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    r(f"Số: {r.n('187/TB-TTPVHCC', 'reference')}            Nghệ An, ngày {r.n('09/9/2024', 'date')}")
    r("THÔNG BÁO")
    r(f"Tình hình tiếp nhận, giải quyết hồ sơ TTHC tuần {r.n('36', 'date')} năm {r.n('2024', 'date')}")
    r("")
    r(f"Trong tuần, toàn tỉnh tiếp nhận {r.c(21406, 'received_total', 'city')} hồ sơ, trong đó cấp tỉnh {r.c(4120, 'received_total', 'departments', 'cấp tỉnh')} hồ sơ, cấp huyện {r.c(6935, 'received_total', 'districts', 'cấp huyện')} hồ sơ, cấp xã {r.c(10351, 'received_total', 'communes', 'cấp xã')} hồ sơ. "
      f"Số hồ sơ nộp qua môi trường mạng là {r.c(15822, 'received_online', 'city')} hồ sơ, chiếm {r.p(15822, 21406, 2, 'received_online_share', 'city')} tổng số hồ sơ tiếp nhận. Theo từng cấp:")
    r.sum(21406, [4120, 6935, 10351])
    r(f"- Cấp tỉnh: {r.xy(3905, 4120)} hồ sơ trực tuyến, đạt {r.p(3905, 4120, 2, 'received_online_share', 'departments', 'cấp tỉnh')};")
    r(f"- Cấp huyện: {r.xy(4310, 6935)} hồ sơ trực tuyến, đạt {r.p(4310, 6935, 2, 'received_online_share', 'districts', 'cấp huyện', wrong=65.15, note='4.310/6.935 is 62,15%')};")
    r(f"- Cấp xã: {r.xy(7607, 10351)} hồ sơ trực tuyến, đạt {r.p(7607, 10351, 2, 'received_online_share', 'communes', 'cấp xã')}.")
    r.sum(15822, [3905, 4310, 7607])
    r(f"Đã giải quyết {r.c(19870, 'resolved_total', 'city')} hồ sơ, trong đó đúng và trước hạn {r.c(19512, 'resolved_in_time', 'city')} hồ sơ (đạt {r.p(19512, 19870, 2, 'resolved_on_time', 'city')}), trễ hạn {r.c(358, 'resolved_late', 'city')} hồ sơ ({r.p(358, 19870, 2, 'resolved_late', 'city')}).")
    r.sum(19870, [19512, 358]); r.comp(pct_value(19512, 19870, 2), pct_value(358, 19870, 2))
    r(f"Các địa phương có nhiều hồ sơ trễ hạn: huyện Quỳnh Lưu ({r.c(64, 'resolved_late', 'unit:Huyện Quỳnh Lưu')} hồ sơ), huyện Diễn Châu ({r.c(41, 'resolved_late', 'unit:Huyện Diễn Châu')} hồ sơ), thị xã Hoàng Mai ({r.c(23, 'resolved_late', 'unit:Thị xã Hoàng Mai')} hồ sơ).")
    r(f"Đề nghị các đơn vị có tỷ lệ trực tuyến {r.n('dưới 50%', 'bound')} khẩn trương rà soát, hướng dẫn người dân nộp hồ sơ trực tuyến.")
    r("GIÁM ĐỐC")
    r("Nguyễn Văn Lợi")
    return r


def w3_cantho_2026_01():
    r = R("w3_cantho_tuan_2026_01", "weekly_notice", "2026-01-09", "Thành phố Cần Thơ")
    r("ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ")
    r("VĂN PHÒNG ỦY BAN NHÂN DÂN")
    r(f"Số: {r.n('35/TB-VPUB', 'reference')}")
    r(f"Cần Thơ, ngày {r.n('09 tháng 01 năm 2026', 'date')}")
    r("THÔNG BÁO")
    r(f"Kết quả giải quyết hồ sơ TTHC, số hóa hồ sơ và dịch vụ công trực tuyến toàn trình từ {r.n('02/01', 'date')} đến {r.n('08/01/2026', 'date')}")
    r("")
    r(f"I. Hồ sơ trực tuyến toàn trình: trong tổng số {r.c(40112, 'received_total', 'city')} hồ sơ tiếp nhận, có {r.c(18604, 'received_online', 'city', 'toàn trình')} hồ sơ trực tuyến toàn trình, đạt tỷ lệ {r.p(18604, 40112, 2, 'full_online', 'city')} ({r.n('chỉ tiêu 40%', 'target')}).")
    r.target(pct_value(18604, 40112, 2), ">=", 40, True)
    r(f"II. Giải quyết đúng hạn: toàn thành phố đã giải quyết {r.c(37950, 'resolved_total', 'city')} hồ sơ, có {r.c(37688, 'resolved_in_time', 'city')} hồ sơ trước hạn, đúng hạn, tỷ lệ {r.p(37688, 37950, 2, 'resolved_on_time', 'city')}.")
    r(f"Số xã, phường giải quyết {r.n('100%', 'target')} hồ sơ đúng hạn: {r.uc(88, 103, 'communes')}. Các đơn vị còn hồ sơ trễ hạn:")
    r(f"+ Phường Cái Răng: {r.bxy(812, 820, 'resolved_on_time', 'unit:Phường Cái Răng')} hồ sơ đúng hạn;")
    r(f"+ Xã Phong Điền: {r.bxy(301, 305, 'resolved_on_time', 'unit:Xã Phong Điền')} hồ sơ đúng hạn;")
    r(f"+ Phường Ô Môn: {r.bxy(655, 667, 'resolved_on_time', 'unit:Phường Ô Môn')} hồ sơ đúng hạn.")
    r(f"III. Số hóa: số hồ sơ được số hóa hồ sơ, kết quả là {r.xy(36587, 37950)}, đạt {r.p(36587, 37950, 2, 'digitization', 'city')}; tỷ lệ khai thác, sử dụng lại dữ liệu đã số hóa đạt {r.pv(58.3, 1, 'digital_reuse', 'city')}, cao hơn tuần trước {r.n('4,6%', 'change')}.")
    r("CHÁNH VĂN PHÒNG")
    r("Lê Minh Tâm")
    return r


def w4_binhdinh_2023_03():
    r = R("w4_binhdinh_tuan_2023_03", "weekly_notice", "2023-03-20", "Tỉnh Bình Định")
    r("UBND TỈNH BÌNH ĐỊNH - VĂN PHÒNG")
    r(f"THÔNG BÁO số {r.n('52/TB-VPUB', 'reference')} ngày {r.n('20/3/2023', 'date')}")
    r(f"V/v tình hình giải quyết TTHC trên Hệ thống một cửa điện tử tuần từ {r.n('13/3', 'date')} - {r.n('17/3/2023', 'date')}")
    r("")
    r(f"Tuần qua, toàn tỉnh đã tiếp nhận {r.c(13287, 'received_total', 'city')} hồ sơ (tăng {r.n('gần 1.500', 'change')} hồ sơ so với tuần trước), giải quyết {r.c(12814, 'resolved_total', 'city')} hồ sơ, đang giải quyết {r.c(473, 'pending_total', 'city')} hồ sơ.")
    r.bal(13287, 12814, 473)
    r(f"Tỷ lệ hồ sơ giải quyết đúng hạn của cấp tỉnh, cấp huyện và cấp xã lần lượt là {r.pv(99.12, 2, 'resolved_on_time', 'departments', 'cấp tỉnh')}, {r.pv(97.85, 2, 'resolved_on_time', 'districts', 'cấp huyện')} và {r.pv(99.6, 2, 'resolved_on_time', 'communes', 'cấp xã')}.")
    r(f"Số hồ sơ trễ hạn ở cấp huyện tập trung ở lĩnh vực đất đai: thị xã Hoài Nhơn {r.c(27, 'resolved_late', 'unit:Thị xã Hoài Nhơn')} hồ sơ, huyện Tây Sơn {r.c(19, 'resolved_late', 'unit:Huyện Tây Sơn')} hồ sơ, huyện Phù Cát {r.c(12, 'resolved_late', 'unit:Huyện Phù Cát')} hồ sơ; số hồ sơ trễ hạn của thị xã Hoài Nhơn {r.n('gấp 2 lần', 'change')} tuần trước.")
    r(f"Ước tính còn {r.n('khoảng 3.000', 'approx')} hồ sơ đất đai chưa được số hóa kết quả.")
    r("TL. CHỦ TỊCH - KT. CHÁNH VĂN PHÒNG - PHÓ CHÁNH VĂN PHÒNG")
    r("Đặng Văn Hưng")
    return r


def w5_dongnai_2025_08():
    r = R("w5_dongnai_tuan_2025_08", "weekly_notice", "2025-08-22", "Tỉnh Đồng Nai")
    r("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI")
    r("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH")
    r(f"Số: {r.n('96/TB-TTPVHCC', 'reference')}     Đồng Nai, ngày {r.n('22 tháng 8 năm 2025', 'date')}")
    r("THÔNG BÁO")
    r(f"Kết quả tiếp nhận, giải quyết TTHC và phản ánh, kiến nghị (tuần {r.n('15/8 - 21/8/2025', 'date')})")
    r("")
    r(f"1. Tiếp nhận: tổng số HS tiếp nhận là {r.c(36020, 'received_total', 'city')}, gồm {r.c(24118, 'received_online', 'city')} HS trực tuyến và {r.c(11972, 'received_offline', 'city')} HS trực tiếp, qua bưu chính.")
    r.sum(36020, [24118, 11972], planted=True, stated_text="36.020",
          note="24.118 + 11.972 = 36.090, more than the stated total 36.020")
    r(f"2. Kết quả giải quyết: đã giải quyết {r.c(33705, 'resolved_total', 'city')} HS; trong đó trước hạn {r.c(30460, 'resolved_early', 'city')} HS, đúng hạn {r.c(3011, 'resolved_on_time', 'city')} HS, quá hạn {r.c(234, 'resolved_late', 'city')} HS.")
    r.sum(33705, [30460, 3011, 234])
    r(f"   Tỷ lệ giải quyết trước hạn, đúng hạn đạt {r.p(30460 + 3011, 33705, 2, 'resolved_on_time', 'city', link=False)}.")
    r(f"   Cao nhất là phường Trấn Biên ({r.pv(99.94, 2, 'resolved_on_time', 'unit:Phường Trấn Biên')}), thấp nhất là xã Trảng Bom ({r.pv(93.18, 2, 'resolved_on_time', 'unit:Xã Trảng Bom')}).")
    r(f"3. Phản ánh, kiến nghị (PAKN): tiếp nhận {r.c(57, 'feedback_total', 'city')} PAKN qua Cổng Dịch vụ công và đường dây nóng; đã xử lý {r.c(49, 'feedback_resolved', 'city')}, đang xử lý {r.c(8, 'feedback_pending', 'city')}. Thời gian xử lý {r.n('tối đa 10 ngày làm việc', 'maximum')}.")
    r.sum(57, [49, 8])
    r(f"Mọi vướng mắc liên hệ số điện thoại {r.n('0251.3822.xxx', 'phone')}.")
    r("GIÁM ĐỐC - Phạm Quốc Khánh")
    return r


def w6_thanhhoa_2021_05():
    r = R("w6_thanhhoa_tuan19_2021", "weekly_notice", "2021-05-14", "Tỉnh Thanh Hóa")
    r("VĂN PHÒNG UBND TỈNH THANH HÓA")
    r(f"Số: {r.n('1288/TB-VP', 'reference')}")
    r(f"Thanh Hóa, ngày {r.n('14 tháng 5 năm 2021', 'date')}")
    r(f"THÔNG BÁO kết quả thực hiện dịch vụ công trực tuyến mức độ {r.n('3', 'reference')}, {r.n('4', 'reference')} tuần thứ {r.n('19', 'date')}")
    r("")
    r(f"Tổng số hồ sơ DVCTT phát sinh trong tuần là {r.c(3494, 'received_online', 'city')} hồ sơ, trong đó mức độ {r.n('3', 'reference')} có {r.c(2114, 'received_online', 'city', 'Mức độ 3')} hồ sơ, mức độ {r.n('4', 'reference')} có {r.c(1380, 'received_online', 'city', 'Mức độ 4')} hồ sơ. "
      f"Trên tổng số {r.c(19622, 'received_total', 'city')} hồ sơ tiếp nhận của toàn tỉnh, tỷ lệ hồ sơ trực tuyến đạt {r.p(3494, 19622, 2, 'received_online_share', 'city')}, vẫn {r.n('dưới 20%', 'bound')}.")
    r.sum(3494, [2114, 1380])
    r(f"Ở cấp huyện, tỷ lệ này cao nhất là thành phố Sầm Sơn {r.pv(31.7, 1, 'received_online_share', 'unit:Thành phố Sầm Sơn')}, tiếp theo là huyện Hoằng Hóa {r.pv(27.4, 1, 'received_online_share', 'unit:Huyện Hoằng Hóa')}; thấp nhất là huyện Mường Lát {r.pv(2.8, 1, 'received_online_share', 'unit:Huyện Mường Lát')}.")
    r(f"Có {r.n('8 sở, ngành', 'count_of_things')} chưa phát sinh hồ sơ mức độ {r.n('4', 'reference')} trong tuần.")
    r("KT. CHÁNH VĂN PHÒNG - PHÓ CHÁNH VĂN PHÒNG")
    r("Lê Thị Hoa")
    return r


# ============================================================================ quarterly

def q1_lamdong_2020_q1():
    r = R("q1_lamdong_quy1_2020", "quarterly_report", "2020-04-08", "Tỉnh Lâm Đồng")
    r("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG")
    r(f"Số: {r.n('61/BC-UBND', 'reference')}            Lâm Đồng, ngày {r.n('08 tháng 4 năm 2020', 'date')}")
    r("BÁO CÁO")
    r(f"Công tác cải cách hành chính quý I năm {r.n('2020', 'date')}")
    r("")
    r("III. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    r(f"Trong kỳ báo cáo (từ ngày {r.n('16/12/2019', 'date')} đến ngày {r.n('15/3/2020', 'date')}), tổng số hồ sơ tiếp nhận trên địa bàn tỉnh là {r.c(412650, 'received_total', 'city')} hồ sơ, đã giải quyết {r.c(401233, 'resolved_total', 'city')} hồ sơ, còn {r.c(11417, 'pending_total', 'city')} hồ sơ đang giải quyết.")
    r.bal(412650, 401233, 11417)
    r("Cụ thể theo từng cấp:")
    r(f"- Cấp tỉnh: tiếp nhận {r.c(38014, 'received_total', 'departments', 'cấp tỉnh')}, giải quyết {r.c(35570, 'resolved_total', 'departments', 'cấp tỉnh')}, trong đó trước và đúng hạn {r.c(35102, 'resolved_in_time', 'departments', 'cấp tỉnh')} hồ sơ, chiếm {r.p(35102, 35570, 2, 'resolved_on_time', 'departments', 'cấp tỉnh')}; trễ hạn {r.c(468, 'resolved_late', 'departments', 'cấp tỉnh')} hồ sơ, chiếm {r.p(468, 35570, 2, 'resolved_late', 'departments', 'cấp tỉnh')}; đang giải quyết {r.c(2444, 'pending_total', 'departments', 'cấp tỉnh')}.")
    r.bal(38014, 35570, 2444); r.sum(35570, [35102, 468])
    r.comp(pct_value(35102, 35570, 2), pct_value(468, 35570, 2))
    r(f"- Cấp huyện: tiếp nhận {r.c(196402, 'received_total', 'districts', 'cấp huyện')}, giải quyết {r.c(189915, 'resolved_total', 'districts', 'cấp huyện')}, trong đó trước và đúng hạn {r.c(185331, 'resolved_in_time', 'districts', 'cấp huyện')} hồ sơ, chiếm {r.p(185331, 189915, 2, 'resolved_on_time', 'districts', 'cấp huyện')}; trễ hạn {r.c(4584, 'resolved_late', 'districts', 'cấp huyện')} hồ sơ, chiếm {r.p(4584, 189915, 2, 'resolved_late', 'districts', 'cấp huyện')}; đang giải quyết {r.c(6487, 'pending_total', 'districts', 'cấp huyện')}.")
    r.bal(196402, 189915, 6487); r.sum(189915, [185331, 4584])
    r.comp(pct_value(185331, 189915, 2), pct_value(4584, 189915, 2))
    r(f"- Cấp xã: tiếp nhận {r.c(178234, 'received_total', 'communes', 'cấp xã')}, giải quyết {r.c(175748, 'resolved_total', 'communes', 'cấp xã')}, đang giải quyết {r.c(2486, 'pending_total', 'communes', 'cấp xã')}.")
    r.bal(178234, 175748, 2486)
    r.sum(412650, [38014, 196402, 178234]); r.sum(401233, [35570, 189915, 175748]); r.sum(11417, [2444, 6487, 2486])
    r(f"Hồ sơ trễ hạn cấp huyện chủ yếu tại thành phố Bảo Lộc ({r.c(1210, 'resolved_late', 'unit:Thành phố Bảo Lộc')} hồ sơ), huyện Đức Trọng ({r.c(955, 'resolved_late', 'unit:Huyện Đức Trọng')} hồ sơ) và huyện Di Linh ({r.c(731, 'resolved_late', 'unit:Huyện Di Linh')} hồ sơ), phần lớn thuộc lĩnh vực đất đai.")
    r(f"So với quý IV/{r.n('2019', 'date')}, số hồ sơ trễ hạn của cấp huyện giảm {r.n('17,3%', 'change')}.")
    r("TM. ỦY BAN NHÂN DÂN - KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    r("Ngô Đức Trí")
    return r


def q2_gialai_2022_q2():
    r = R("q2_gialai_quy2_2022", "quarterly_report", "2022-06-20", "Tỉnh Gia Lai")
    r("UBND TỈNH GIA LAI")
    r("SỞ NỘI VỤ")
    r(f"Số: {r.n('1034/BC-SNV', 'reference')}")
    r(f"Gia Lai, ngày {r.n('20 tháng 6 năm 2022', 'date')}")
    r(f"BÁO CÁO Kết quả công tác cải cách hành chính quý II/{r.n('2022', 'date')}")
    r("")
    r("3. Thực hiện cơ chế một cửa, một cửa liên thông")
    r(f"Tổng số hồ sơ TTHC tiếp nhận trong quý: {r.c(152408, 'received_total', 'city')} hồ sơ (trong đó: từ kỳ trước chuyển qua {r.c(4871, 'received_carried_over', 'city')} hồ sơ; mới tiếp nhận trực tuyến {r.c(22690, 'received_online', 'city')} hồ sơ; trực tiếp và qua dịch vụ bưu chính công ích {r.c(124847, 'received_offline', 'city')} hồ sơ).")
    r.sum(152408, [4871, 22690, 124847])
    r(f"Số hồ sơ đã giải quyết: {r.c(146930, 'resolved_total', 'city')} hồ sơ, gồm trước hạn {r.c(120118, 'resolved_early', 'city')}, đúng hạn {r.c(24907, 'resolved_on_time', 'city')}, quá hạn {r.c(1905, 'resolved_late', 'city')}.")
    r.sum(146930, [120118, 24907, 1905])
    r(f"Số hồ sơ đang giải quyết: {r.c(5318, 'pending_total', 'city')} hồ sơ, trong đó trong hạn {r.c(4730, 'pending_on_time', 'city')}, quá hạn {r.c(588, 'pending_late', 'city')}.")
    r.sum(5318, [4730, 588])
    r.bal(152408, 146930, 5318, planted=True, stated_text="152.408",
          note="146.930 resolved + 5.318 pending = 152.248, not 152.408")
    r(f"Tỷ lệ hồ sơ giải quyết đúng hạn (trước hạn, đúng hạn) đạt {r.p(120118 + 24907, 146930, 2, 'resolved_on_time', 'city', link=False)}; tỷ lệ nộp hồ sơ trực tuyến đạt {r.p(22690, 22690 + 124847, 2, 'online_submission', 'city', link=False)}, thấp hơn {r.n('chỉ tiêu 30%', 'target')} của năm.")
    r.target(pct_value(22690, 147537, 2), ">=", 30, False)
    r(f"Huyện Chư Sê và thị xã An Khê là hai địa phương có tỷ lệ hồ sơ quá hạn {r.n('trên 3%', 'bound')}.")
    r("GIÁM ĐỐC")
    r("Siu Hoàng Nam")
    return r


def q3_hatinh_2025_q3():
    r = R("q3_hatinh_quy3_2025", "quarterly_report", "2025-10-06", "Tỉnh Hà Tĩnh")
    r("ỦY BAN NHÂN DÂN")
    r("TỈNH HÀ TĨNH")
    r(f"Số: {r.n('402/BC-UBND', 'reference')}      Hà Tĩnh, ngày {r.n('06 tháng 10 năm 2025', 'date')}")
    r("BÁO CÁO")
    r(f"Tình hình, kết quả cải cách thủ tục hành chính quý III năm {r.n('2025', 'date')}")
    r("")
    r(f"Từ ngày {r.n('01/7/2025', 'date')}, tỉnh vận hành mô hình chính quyền địa phương {r.n('02 cấp', 'count_of_things')} với {r.n('69 xã, phường', 'count_of_things')}.")
    r("1. Kết quả tiếp nhận và giải quyết hồ sơ")
    r(f"Tổng số hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết TTHC tỉnh: {r.c(208455, 'received_total', 'city')} hồ sơ; hồ sơ nộp trực tuyến {r.c(169940, 'received_online', 'city')} hồ sơ, chiếm {r.p(169940, 208455, 2, 'received_online_share', 'city')}.")
    r(f"Các sở, ban, ngành tiếp nhận {r.c(31570, 'received_total', 'departments')} hồ sơ; các xã, phường tiếp nhận {r.c(176885, 'received_total', 'communes')} hồ sơ.")
    r.sum(208455, [31570, 176885])
    r(f"Đã giải quyết {r.c(199304, 'resolved_total', 'city')} hồ sơ, với {r.c(196112, 'resolved_in_time', 'city')} hồ sơ đúng hạn và trước hạn (đạt tỷ lệ {r.p(196112, 199304, 2, 'resolved_on_time', 'city')}) và {r.c(3192, 'resolved_late', 'city')} hồ sơ chậm hạn (chiếm {r.p(3192, 199304, 2, 'resolved_late', 'city')}).")
    r.sum(199304, [196112, 3192]); r.comp(pct_value(196112, 199304, 2), pct_value(3192, 199304, 2))
    r(f"Hồ sơ đang giải quyết: {r.c(9151, 'pending_total', 'city')} hồ sơ.")
    r.bal(208455, 199304, 9151)
    r("2. Thanh toán trực tuyến và số hóa")
    r(f"Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt {r.pv(71.4, 1, 'online_payment', 'city')}; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {r.pv(88.06, 2, 'digitization', 'city')}, riêng khối xã, phường đạt {r.pv(90.12, 2, 'digitization', 'communes')}.")
    r("3. Tiếp nhận, xử lý phản ánh, kiến nghị")
    r(f"Trong quý tiếp nhận {r.c(43, 'feedback_new', 'city')} PAKN mới, {r.c(5, 'feedback_carried_over', 'city')} PAKN kỳ trước chuyển sang; đã xử lý xong {r.c(44, 'feedback_resolved', 'city')} PAKN, còn {r.c(4, 'feedback_pending', 'city')} PAKN đang xử lý trong hạn.")
    r.bal(43 + 5, 44, 4)
    r("TM. ỦY BAN NHÂN DÂN - KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    r("Phan Đình Khuê")
    return r


def q4_soctrang_2023_q4():
    r = R("q4_soctrang_quy4_2023", "quarterly_report", "2024-01-10", "Tỉnh Sóc Trăng")
    r("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG")
    r(f"Số: {r.n('09/BC-UBND', 'reference')}")
    r(f"Sóc Trăng, ngày {r.n('10 tháng 01 năm 2024', 'date')}")
    r(f"BÁO CÁO kết quả thực hiện công tác kiểm soát TTHC quý IV và năm {r.n('2023', 'date')}")
    r("")
    r(f"Về tiếp nhận hồ sơ: trong quý, hồ sơ nộp trực tuyến chiếm {r.pv(71.36, 2, 'received_online_share', 'city')}, hồ sơ nộp trực tiếp và qua bưu chính chiếm {r.pv(29.64, 2, 'received_offline_share', 'city')}.")
    r.comp(71.36, 29.64, planted=True, stated=29.64, stated_text="29,64%",
           note="71,36% online + 29,64% offline = 101%")
    r(f"Về kết quả giải quyết: đã giải quyết {r.c(87213, 'resolved_total', 'city')} hồ sơ, trước hạn {r.c(80990, 'resolved_early', 'city')} hồ sơ, đúng hạn {r.c(5587, 'resolved_on_time', 'city')} hồ sơ, quá hạn {r.c(636, 'resolved_late', 'city')} hồ sơ.")
    r.sum(87213, [80990, 5587, 636])
    r(f"Tỷ lệ giải quyết đúng và trước hạn tương ứng {r.p(80990 + 5587, 87213, 2, 'resolved_on_time', 'city', link=False)}.")
    r(f"Các huyện có nhiều hồ sơ quá hạn là huyện Kế Sách ({r.c(142, 'resolved_late', 'unit:Huyện Kế Sách')}), thị xã Vĩnh Châu ({r.c(97, 'resolved_late', 'unit:Thị xã Vĩnh Châu')}), huyện Trần Đề ({r.c(66, 'resolved_late', 'unit:Huyện Trần Đề')}).")
    r(f"Về công bố TTHC: năm {r.n('2023', 'date')} Chủ tịch UBND tỉnh ban hành {r.n('47 quyết định', 'count_of_things')} công bố danh mục; tổng số TTHC thuộc thẩm quyền giải quyết của tỉnh là {r.c(1921, 'procedures_total', 'city')} thủ tục, trong đó cấp tỉnh {r.c(1497, 'procedures_total', 'departments', 'cấp tỉnh')}, cấp huyện {r.c(287, 'procedures_total', 'districts', 'cấp huyện')}, cấp xã {r.c(137, 'procedures_total', 'communes', 'cấp xã')}.")
    r.sum(1921, [1497, 287, 137])
    r("CHỦ TỊCH")
    r("Lâm Chí Hiếu")
    return r


def q5_phutho_2026_q1():
    r = R("q5_phutho_quy1_2026", "quarterly_report", "2026-04-03", "Tỉnh Phú Thọ")
    r("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ")
    r(f"Số: {r.n('118/BC-UBND', 'reference')}")
    r(f"Phú Thọ, ngày {r.n('03 tháng 4 năm 2026', 'date')}")
    r("BÁO CÁO")
    r(f"Kết quả thực hiện nhiệm vụ cải cách hành chính quý I năm {r.n('2026', 'date')}")
    r("")
    r(f"1. Kết quả đánh giá theo {r.n('Bộ chỉ số 766', 'reference')}")
    r(f"Theo dữ liệu trên Cổng Dịch vụ công quốc gia, quý I/{r.n('2026', 'date')} tỉnh đạt {r.s(86.42, 2, 'index_766_total', 'city', 100, over=True)} điểm, xếp thứ {r.rank(7, 34, 'city', '7/34')} tỉnh, thành phố, tăng {r.n('3,27 điểm', 'change')} và tăng {r.n('4 bậc', 'change')} so với quý trước. Điểm các nhóm chỉ tiêu như sau:")
    r(f"- Công khai, minh bạch: {r.s(17.10, 2, 'index_766_publicity', 'city', 18)} điểm ({r.n('tối đa 18 điểm', 'maximum')});")
    r(f"- Tiến độ giải quyết: {r.s(18.64, 2, 'index_766_progress', 'city', 20)} điểm ({r.n('tối đa 20 điểm', 'maximum')});")
    r(f"- Dịch vụ công trực tuyến: {r.s(10.21, 2, 'index_766_online_service', 'city', 12)} điểm ({r.n('tối đa 12 điểm', 'maximum')});")
    r(f"- Thanh toán trực tuyến: {r.s(8.95, 2, 'index_766_online_payment', 'city', 10)} điểm ({r.n('tối đa 10 điểm', 'maximum')});")
    r(f"- Mức độ hài lòng: {r.s(17.52, 2, 'index_766_satisfaction', 'city', 18)} điểm ({r.n('tối đa 18 điểm', 'maximum')});")
    r(f"- Số hóa hồ sơ: {r.s(14.00, 2, 'index_766_digitization', 'city', 22)} điểm ({r.n('tối đa 22 điểm', 'maximum')}), là nhóm còn thấp nhất.")
    r.score_sum(86.42, [17.10, 18.64, 10.21, 8.95, 17.52, 14.00])
    r("2. Giải quyết TTHC")
    r(f"Các sở, ngành và {r.n('148 xã, phường', 'count_of_things')} đã tiếp nhận {r.c(265318, 'received_total', 'city')} hồ sơ, giải quyết {r.c(254076, 'resolved_total', 'city')} hồ sơ; trong đó đúng hạn, trước hạn {r.c(251240, 'resolved_in_time', 'city')} hồ sơ, đạt {r.p(251240, 254076, 2, 'resolved_on_time', 'city')}; chưa giải quyết {r.c(11242, 'pending_total', 'city')} hồ sơ.")
    r.bal(265318, 254076, 11242)
    r(f"Tỷ lệ hồ sơ trực tuyến toàn trình đạt {r.pv(44.8, 1, 'full_online', 'city')}, {r.n('hơn 40%', 'bound')} theo yêu cầu của Chính phủ.")
    r("TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH")
    r("Hà Kim Xuyến")
    return r


def q6_tuyenquang_2019_q3():
    r = R("q6_tuyenquang_quy3_2019", "quarterly_report", "2019-09-25", "Tỉnh Tuyên Quang")
    r("UBND TỈNH TUYÊN QUANG")
    r(f"Số {r.n('214/BC-UBND', 'reference')}, ngày {r.n('25/9/2019', 'date')}")
    r(f"BÁO CÁO Công tác cải cách hành chính quý III năm {r.n('2019', 'date')}")
    r("")
    r(f"Tổng số TTHC đang áp dụng trên địa bàn tỉnh là {r.c(1842, 'procedures_total', 'city')}, trong đó cấp tỉnh {r.c(1396, 'procedures_total', 'departments', 'cấp tỉnh')}, cấp huyện {r.c(302, 'procedures_total', 'districts', 'cấp huyện')}, cấp xã {r.c(144, 'procedures_total', 'communes', 'cấp xã')}.")
    r.sum(1842, [1396, 302, 144])
    r(f"Tỉnh đang cung cấp {r.c(310, 'procedures_partial_online', 'city', 'Mức độ 3')} dịch vụ công trực tuyến mức độ {r.n('3', 'reference')} và {r.c(128, 'procedures_full_online', 'city', 'Mức độ 4')} dịch vụ mức độ {r.n('4', 'reference')}.")
    r(f"Trong quý, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận {r.c(9204, 'received_total', 'departments', 'cấp tỉnh')} hồ sơ, đã trả kết quả {r.c(8861, 'resolved_total', 'departments', 'cấp tỉnh')} hồ sơ, trong đó trước hạn {r.c(6120, 'resolved_early', 'departments', 'cấp tỉnh')} hồ sơ, đúng hạn {r.c(2687, 'resolved_on_time', 'departments', 'cấp tỉnh')} hồ sơ, quá hạn {r.c(54, 'resolved_late', 'departments', 'cấp tỉnh')} hồ sơ; đang giải quyết {r.c(343, 'pending_total', 'departments', 'cấp tỉnh')} hồ sơ.")
    r.sum(8861, [6120, 2687, 54]); r.bal(9204, 8861, 343)
    r(f"Bộ phận một cửa cấp huyện tiếp nhận {r.c(27551, 'received_total', 'districts', 'cấp huyện')} hồ sơ, tỷ lệ giải quyết đúng hạn đạt {r.pv(98.7, 1, 'resolved_on_time', 'districts', 'cấp huyện')}; riêng huyện Lâm Bình đạt {r.pv(100, 0, 'resolved_on_time', 'unit:Huyện Lâm Bình')}, huyện Yên Sơn {r.pv(97.2, 1, 'resolved_on_time', 'unit:Huyện Yên Sơn')}.")
    r(f"Số hồ sơ trực tuyến mức độ {r.n('3', 'reference')}, {r.n('4', 'reference')} phát sinh còn ít, mới {r.n('gần 600', 'approx')} hồ sơ.")
    r("TM. UBND TỈNH - KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    r("Ma Văn Kiên")
    return r


REPORTS = [w1_ninhbinh_2025_10, w2_nghean_2024_09, w3_cantho_2026_01, w4_binhdinh_2023_03,
           w5_dongnai_2025_08, w6_thanhhoa_2021_05,
           q1_lamdong_2020_q1, q2_gialai_2022_q2, q3_hatinh_2025_q3, q4_soctrang_2023_q4,
           q5_phutho_2026_q1, q6_tuyenquang_2019_q3]
