"""Blind set C, part D: one more report per register, harder shapes (split header, x/y over two
lines, due-dossier denominators, '95,1 %', ',chiếm', curly apostrophes, a citizen's address)."""
from build import R, pct_value


def w7_quangngai_2024_11():
    r = R("w7_quangngai_tuan_2024_11", "weekly_notice", "2024-11-15", "Tỉnh Quảng Ngãi")
    r("ỦY BAN NHÂN")
    r("DÂN TỈNH QUẢNG NGÃI")
    r("VĂN PHÒNG")
    r(f"Số: {r.n('2917/TB-VP', 'reference')}            Quảng Ngãi, ngày {r.n('15 tháng 11 năm 2024', 'date')}")
    r("THÔNG BÁO")
    r(f"Kết quả giải quyết TTHC và thanh toán trực tuyến của các sở, ban, ngành tuần từ {r.n('08/11', 'date')} đến {r.n('14/11/2024', 'date')}")
    r("")
    r("1. Giải quyết hồ sơ đúng hạn của các sở, ban, ngành")
    r(f"Các sở, ban, ngành đã giải quyết {r.c(6108, 'resolved_total', 'departments')} hồ sơ, trong đó đúng hạn {r.c(6071, 'resolved_in_time', 'departments')} hồ sơ ,chiếm {r.p(6071, 6108, 2, 'resolved_on_time', 'departments')}. Một số đơn vị:")
    r(f"+ Sở Tư pháp: {r.bxy(318, 318, 'resolved_on_time', 'unit:Sở Tư pháp')} hồ sơ;")
    r(f"+ Sở Kế hoạch và Đầu tư: {r.bxy(1204, 1211, 'resolved_on_time', 'unit:Sở Kế hoạch và Đầu tư')} hồ sơ;")
    r(f"+ Sở Tài nguyên và Môi trường: {r.bxy(2277, 2301, 'resolved_on_time', 'unit:Sở Tài nguyên và Môi trường')} hồ sơ.")
    r("2. Thanh toán trực tuyến (chỉ tiêu: " + r.n("từ 50% trở lên", "target") + ")")
    r(f"Tỷ lệ thanh toán trực tuyến của khối sở, ngành đạt {r.p(2960, 4415, 2, 'online_payment', 'departments')} ({r.xy(2960, 4415)} hồ sơ có phí, lệ phí).")
    r(f"Các đơn vị chưa đạt chỉ tiêu: Sở Y tế ({r.pv(46.15, 2, 'online_payment', 'unit:Sở Y tế')}), Sở Giao thông vận tải ({r.pv(57.3, 2, 'online_payment', 'unit:Sở Giao thông vận tải')}), Sở Công Thương ({r.pv(38.02, 2, 'online_payment', 'unit:Sở Công Thương')}).")
    r.target(46.15, ">=", 50, False); r.target(38.02, ">=", 50, False)
    r.target(57.3, ">=", 50, False, planted=True, stated_text="57,30%",
             note="Sở Giao thông vận tải is listed as failing the 50% target with 57,30%")
    r("KT. CHÁNH VĂN PHÒNG - PHÓ CHÁNH VĂN PHÒNG")
    r("Võ Thị Kim Oanh")
    return r


def q7_kontum_2021_q2():
    r = R("q7_kontum_quy2_2021", "quarterly_report", "2021-06-22", "Tỉnh Kon Tum")
    r("UBND TỈNH KON TUM")
    r(f"Số: {r.n('198/BC-UBND', 'reference')}")
    r(f"Kon Tum, ngày {r.n('22 tháng 6 năm 2021', 'date')}")
    r(f"BÁO CÁO Tình hình thực hiện công tác cải cách hành chính quý II năm {r.n('2021', 'date')}")
    r("")
    r(f"Trong quý, các cơ quan, địa phương đã tiếp nhận {r.c(52734, 'received_total', 'city')} hồ sơ. Trong tổng số {r.cover('48.210')} hồ sơ đến hạn giải quyết, có {r.c(47331, 'resolved_in_time', 'city')} hồ sơ được giải quyết đúng hạn, đạt {r.p(47331, 48210, 2, 'resolved_on_time', 'city')}; số hồ sơ giải quyết quá hạn là {r.c(879, 'resolved_late', 'city')} hồ sơ (chiếm {r.p(879, 48210, 2, 'resolved_late', 'city')}).")
    r.comp(pct_value(47331, 48210, 2), pct_value(879, 48210, 2))
    r(f"Tỷ lệ hồ sơ quá hạn của cấp huyện là {r.pv(2.9, 1, 'resolved_late', 'districts', 'cấp huyện')}, cao nhất tại huyện Đăk Hà ({r.c(211, 'resolved_late', 'unit:Huyện Đăk Hà')} hồ sơ) và huyện Ngọc Hồi ({r.c(164, 'resolved_late', 'unit:Huyện Ngọc Hồi')} hồ sơ); huyện Tu Mơ Rông không có hồ sơ quá hạn.")
    r(f"Trong số {r.cover('52.734')} hồ sơ tiếp nhận, hồ sơ nộp trực tuyến là {r.c(6902, 'received_online', 'city')} hồ sơ (đạt {r.p(6902, 52734, 2, 'received_online_share', 'city')}), với {r.c(2318, 'received_online', 'city', 'Mức độ 4')} hồ sơ mức độ {r.n('4', 'reference')}.")
    r(f"So với cùng kỳ, số hồ sơ trực tuyến tăng {r.n('61%', 'change')}, nhưng vẫn còn {r.n('dưới 15%', 'bound')} tổng số hồ sơ.")
    r("TM. ỦY BAN NHÂN DÂN - KT. CHỦ TỊCH - PHÓ CHỦ TỊCH")
    r("A Hùng Tín")
    return r


def c7_eamdroh_2025_12():
    r = R("c7_xa_eamdroh_thang12_2025", "commune_report", "2025-12-16", "Tỉnh Đắk Lắk")
    r("ỦY BAN NHÂN DÂN XÃ EA M’DROH")
    r(f"Số: {r.n('163/BC-UBND', 'reference')}")
    r(f"Ea M’Droh, ngày {r.n('16 tháng 12 năm 2025', 'date')}")
    r(f"BÁO CÁO Kết quả giải quyết TTHC tháng {r.n('12 năm 2025', 'date')} (từ ngày {r.n('15/11/2025', 'date')} đến ngày {r.n('14/12/2025', 'date')})")
    r("")
    r(f"Trung tâm Phục vụ hành chính công xã đã tiếp nhận {r.c(1733, 'received_total', 'self')} hồ sơ, trong đó trực tuyến {r.c(1648, 'received_online', 'self')} hồ sơ,chiếm {r.p(1648, 1733, 1, 'received_online_share', 'self', sign=' %')}, trực tiếp {r.c(85, 'received_offline', 'self')} hồ sơ,chiếm {r.p(85, 1733, 1, 'received_offline_share', 'self', sign=' %')}.")
    r.sum(1733, [1648, 85]); r.comp(pct_value(1648, 1733, 1), pct_value(85, 1733, 1))
    r.lines[-1] += " " + (f"Số hồ sơ đã giải quyết là {r.c(1690, 'resolved_total', 'self')} hồ sơ (đạt {r.p(1690, 1733, 2, 'other', 'self', 'đã giải quyết/tiếp nhận')}), trong đó trước hạn, đúng hạn {r.c(1684, 'resolved_in_time', 'self')} hồ sơ, quá hạn {r.c(6, 'resolved_late', 'self', fmt='06')} hồ sơ.")
    r.sum(1690, [1684, 6])
    r(f"Số hóa hồ sơ, kết quả: {r.xy(1652, 1690)}, tương ứng tỷ lệ {r.p(1652, 1690, 2, 'digitization', 'self')}.")
    r(f"Trong tháng, xã nhận {r.c(2, 'feedback_total', 'self', fmt='02')} phản ánh; trong đó ông Y Thuột (buôn {r.n('Ea Bar 3', 'reference')}, xã Cư M’gar) phản ánh việc chậm trả kết quả đăng ký đất đai; xã đã trả lời cả {r.c(2, 'feedback_resolved', 'self', fmt='02')} phản ánh.")
    r(f"Hồ sơ quá hạn đã được giải quyết trong {r.n('tối đa 3 ngày', 'maximum')} sau khi phát hiện.")
    r("CHỦ TỊCH")
    r("Y Kông Niê")
    return r


def n7_hanoi_2025_09():
    r = R("n7_hanoi_phuong_2025_09", "news_article", "2025-09-12", "Thành phố Hà Nội")
    r("Hà Nội: các phường trung tâm dẫn đầu về hồ sơ trực tuyến sau hai tháng vận hành chính quyền hai cấp")
    r(f"{r.n('12/09/2025', 'date')} - {r.n('14:20', 'time')}")
    r("")
    r(f"Sau hơn hai tháng, {r.n('126 xã, phường', 'count_of_things')} của Thủ đô đã tiếp nhận {r.n('hơn 41.000', 'bound')} hồ sơ mỗi tuần. Theo Văn phòng UBND thành phố, từ {r.n('01/7', 'date')} đến {r.n('07/9/2025', 'date')}, cấp xã tiếp nhận {r.c(398217, 'received_total', 'communes')} hồ sơ, trong đó nộp trực tuyến {r.c(331840, 'received_online', 'communes')} hồ sơ, đạt {r.p(331840, 398217, 1, 'received_online_share', 'communes')}.")
    r(f"Phường Hoàn Kiếm, phường Ba Đình và phường Cầu Giấy có tỷ lệ nộp trực tuyến lần lượt {r.pv(96.4, 1, 'online_submission', 'unit:Phường Hoàn Kiếm')}, {r.pv(95.1, 1, 'online_submission', 'unit:Phường Ba Đình')} và {r.pv(94.7, 1, 'online_submission', 'unit:Phường Cầu Giấy')}; số hồ sơ của phường Cầu Giấy {r.n('gấp 1,5 lần', 'change')} phường Ba Đình.")
    r(f"Tỷ lệ giải quyết đúng hạn của cấp xã đạt {r.pv(98.9, 1, 'resolved_on_time', 'communes')}, của các sở, ngành đạt {r.pv(97.2, 1, 'resolved_on_time', 'departments')}.")
    r(f"Thành phố đặt yêu cầu mỗi hồ sơ đất đai được xử lý {r.n('tối đa 15 ngày', 'maximum')} và phấn đấu {r.n('trên 95%', 'bound')} hồ sơ được số hóa ngay khi tiếp nhận.")
    r("MINH KHUÊ")
    return r


def p7_quangnam_2020_06():
    r = R("p7_quangnam_thongke_2020_06", "portal_stats", "2020-06-10", "Tỉnh Quảng Nam")
    r("HỆ THỐNG MỘT CỬA ĐIỆN TỬ TỈNH QUẢNG NAM - THỐNG KÊ THEO ĐƠN VỊ")
    r(f"Kỳ: tháng {r.n('5/2020', 'date')}")
    r("")
    r("Tên đơn vị | Tiếp nhận | Đã giải quyết | Đúng hạn | Tỷ lệ đúng hạn")
    rows = [("Thành phố Tam Kỳ", 4310, 4102, 4088), ("Thành phố Hội An", 3877, 3790, 3751),
            ("Thị xã Điện Bàn", 5214, 4966, 4870), ("Huyện Núi Thành", 2632, 2540, 2536)]
    for name, rec, done, ok in rows:
        u = "unit:" + name
        r(f"{name} | {r.c(rec, 'received_total', u, sep='')} | {r.c(done, 'resolved_total', u, sep='')} | {r.c(ok, 'resolved_in_time', u, sep='')} | {r.p(ok, done, 2, 'resolved_on_time', u, mark='.')}")
    tot = [sum(x[i] for x in rows) for i in (1, 2, 3)]
    r(f"Cộng | {r.c(tot[0], 'received_total', 'districts', 'cộng các đơn vị trên', sep='')} | {r.c(tot[1], 'resolved_total', 'districts', 'cộng các đơn vị trên', sep='')} | {r.c(tot[2], 'resolved_in_time', 'districts', 'cộng các đơn vị trên', sep='')} | {r.p(tot[2], tot[1], 2, 'resolved_on_time', 'districts', 'cộng các đơn vị trên', mark='.')}")
    r.sum(tot[0], [x[1] for x in rows]); r.sum(tot[1], [x[2] for x in rows]); r.sum(tot[2], [x[3] for x in rows])
    r(f"Dữ liệu cập nhật lúc {r.n('23:00', 'time')} ngày {r.n('09/6/2020', 'date')}.")
    return r


def m7_botaichinh_2025_04():
    r = R("m7_botaichinh_quy1_2025", "ministry_report", "2025-04-08", None)
    r("BỘ TÀI CHÍNH")
    r(f"Số: {r.n('118/BC-BTC', 'reference')}")
    r(f"Hà Nội, ngày {r.n('08 tháng 4 năm 2025', 'date')}")
    r("BÁO CÁO")
    r(f"Tình hình thực hiện cải cách thủ tục hành chính quý I năm {r.n('2025', 'date')} của Bộ Tài chính")
    r("")
    r(f"Sau khi hợp nhất với Bộ Kế hoạch và Đầu tư từ ngày {r.n('01/3/2025', 'date')}, Bộ Tài chính quản lý {r.n('hơn 1.000', 'bound')} TTHC.")
    r(f"Trong quý, các đơn vị thuộc Bộ đã tiếp nhận {r.c(1298744, 'received_total', 'self')} hồ sơ; có {r.xy(1206550, 1214902)} hồ sơ được giải quyết trước hạn, đúng hạn,")
    r(f"tương ứng tỷ lệ {r.p(1206550, 1214902, 2, 'resolved_on_time', 'self', wrong=98.13, note='1.206.550/1.214.902 is 99,31%')}; số hồ sơ đang giải quyết là {r.c(83842, 'pending_total', 'self')}.")
    r.bal(1298744, 1214902, 83842)
    r(f"Hồ sơ trực tuyến toàn trình đạt {r.pv(82.6, 1, 'full_online', 'self')}; riêng lĩnh vực thuế và hải quan đạt {r.pv(99.2, 1, 'full_online', 'self', 'thuế, hải quan')}.")
    r(f"Tỷ lệ thanh toán trực tuyến đạt {r.pv(94.37, 2, 'online_payment', 'self')}, giảm {r.n('0,4 điểm phần trăm', 'change')} so với quý IV/{r.n('2024', 'date')}.")
    r("KT. BỘ TRƯỞNG - THỨ TRƯỞNG")
    r("Lưu Hải Đăng")
    return r


REPORTS = [w7_quangngai_2024_11, q7_kontum_2021_q2, c7_eamdroh_2025_12, n7_hanoi_2025_09,
           p7_quangnam_2020_06, m7_botaichinh_2025_04]
