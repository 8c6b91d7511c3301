"""Blind set C, part B: commune reports and news articles (own sentences and numbers)."""
from build import R, pct_value


# ============================================================================ commune reports

def c1_phohien_2025_11():
    r = R("c1_phuong_phohien_thang11_2025", "commune_report", "2025-11-18", "Tỉnh Hưng Yên")
    r("UBND PHƯỜNG PHỐ HIẾN")
    r(f"Số: {r.n('214/BC-UBND', 'reference')}")
    r(f"Phố Hiến, ngày {r.n('18 tháng 11 năm 2025', 'date')}")
    r("BÁO CÁO")
    r(f"Kết quả thực hiện công tác cải cách TTHC tháng {r.n('11/2025', 'date')}")
    r("")
    r(f"1. Kết quả theo {r.n('Bộ chỉ số 766', 'reference')} (dữ liệu Cổng Dịch vụ công quốc gia ngày {r.n('15/11/2025', 'date')})")
    r(f"Tổng điểm của phường đạt {r.s(88.35, 2, 'index_766_total', 'self', 100)} điểm, xếp {r.rank(12, 104, 'self', '12/104')} xã, phường của tỉnh. Trong đó:")
    r(f"+ Công khai, minh bạch: {r.s(16.8, 1, 'index_766_publicity', 'self', 18, over=True)} điểm;")
    r(f"+ Tiến độ giải quyết: {r.s(19.55, 2, 'index_766_progress', 'self', 20, over=True)} điểm;")
    r(f"+ Dịch vụ công trực tuyến: {r.s(11.2, 1, 'index_766_online_service', 'self', 12, over=True)} điểm;")
    r(f"+ Thanh toán trực tuyến: {r.s(9.4, 1, 'index_766_online_payment', 'self', 10, over=True)} điểm;")
    r(f"+ Mức độ hài lòng: {r.s(17.9, 1, 'index_766_satisfaction', 'self', 18, over=True)} điểm;")
    r(f"+ Số hóa hồ sơ: {r.s(13.5, 1, 'index_766_digitization', 'self', 22, over=True)} điểm.")
    r.score_sum(88.35, [16.8, 19.55, 11.2, 9.4, 17.9, 13.5])
    r("2. Tiếp nhận, giải quyết hồ sơ")
    r(f"Trung tâm Phục vụ hành chính công phường tiếp nhận {r.c(3268, 'received_total', 'self')} hồ sơ, trong đó trực tuyến {r.c(3011, 'received_online', 'self')} hồ sơ (chiếm {r.p(3011, 3268, 2, 'received_online_share', 'self')}), trực tiếp {r.c(257, 'received_offline', 'self')} hồ sơ (chiếm {r.p(257, 3268, 2, 'received_offline_share', 'self')}).")
    r.sum(3268, [3011, 257]); r.comp(pct_value(3011, 3268, 2), pct_value(257, 3268, 2))
    r(f"Đã giải quyết {r.c(3190, 'resolved_total', 'self')} hồ sơ, tất cả đúng hạn và trước hạn (đạt {r.p(3190, 3190, 0, 'resolved_on_time', 'self', link=False)}); đang giải quyết {r.c(78, 'pending_total', 'self')} hồ sơ chưa đến hạn.")
    r.bal(3268, 3190, 78)
    r(f"Lĩnh vực hộ tịch có nhiều hồ sơ nhất với {r.n('hơn 1.100', 'bound')} hồ sơ.")
    r("TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH")
    r("Đỗ Văn Thành")
    return r


def c2_xuanhoa_vuthu_2021():
    r = R("c2_xa_xuanhoa_nam_2021", "commune_report", "2021-12-15", "Tỉnh Thái Bình")
    r("UBND HUYỆN VŨ THƯ")
    r("UBND XÃ XUÂN HÒA")
    r(f"Số: {r.n('58/BC-UBND', 'reference')}                 Xuân Hòa, ngày {r.n('15 tháng 12 năm 2021', 'date')}")
    r(f"BÁO CÁO Kết quả công tác cải cách hành chính năm {r.n('2021', 'date')}")
    r("")
    r(f"Năm {r.n('2021', 'date')} (số liệu từ ngày {r.n('16/12/2020', 'date')} đến ngày {r.n('14/12/2021', 'date')}), Bộ phận một cửa xã đã tiếp nhận {r.c(1874, 'received_total', 'self')} hồ sơ TTHC, giải quyết {r.c(1869, 'resolved_total', 'self')} hồ sơ, {r.c(5, 'pending_total', 'self')} hồ sơ đang trong thời hạn giải quyết.")
    r.bal(1874, 1869, 5)
    r(f"Trong số hồ sơ đã giải quyết, có {r.c(1702, 'resolved_early', 'self')} hồ sơ trước hạn, {r.c(167, 'resolved_on_time', 'self')} hồ sơ đúng hạn, không có hồ sơ quá hạn.")
    r.sum(1869, [1702, 167])
    r(f"Trong {r.cover('1.874')} hồ sơ tiếp nhận, hồ sơ qua dịch vụ công trực tuyến mức độ {r.n('3', 'reference')}, {r.n('4', 'reference')} là {r.c(96, 'received_online', 'self')} hồ sơ, chiếm {r.p(96, 1874, 2, 'received_online_share', 'self')}; chủ yếu là chứng thực và đăng ký khai sinh.")
    r(f"Xã đã chi trả kết quả qua bưu chính {r.n('27 lượt', 'count_of_things')}. So với năm {r.n('2020', 'date')}, số hồ sơ trực tuyến tăng {r.n('gấp 3 lần', 'change')}.")
    r(f"Kết quả chấm điểm Chỉ số CCHC năm {r.n('2020', 'date')} của xã đạt {r.n('86,5 điểm', 'rank_other')}, đứng {r.n('thứ 7/30', 'rank_other')} xã, thị trấn của huyện.")
    r("TM. UBND XÃ - CHỦ TỊCH")
    r("Nguyễn Đức Hạnh")
    return r


def c3_kyanh_2026_02():
    r = R("c3_xa_kyanh_thang1_2026", "commune_report", "2026-02-04", "Tỉnh Hà Tĩnh")
    r("ỦY BAN NHÂN DÂN")
    r("XÃ KỲ ANH")
    r(f"Số: {r.n('27/BC-UBND', 'reference')}")
    r(f"Kỳ Anh, ngày {r.n('04 tháng 02 năm 2026', 'date')}")
    r("BÁO CÁO")
    r(f"Tình hình, kết quả giải quyết TTHC tháng {r.n('01 năm 2026', 'date')}")
    r("")
    r("a) Chỉ số phục vụ người dân, doanh nghiệp")
    r(f"Kết quả đánh giá theo {r.n('Bộ chỉ số 766', 'reference')} trên Cổng Dịch vụ công quốc gia, xã đạt tổng điểm {r.s(83.1, 1, 'index_766_total', 'self', 100)}, cụ thể các nhóm chỉ số: công khai, minh bạch {r.s(17.2, 1, 'index_766_publicity', 'self', 18)}; tiến độ giải quyết {r.s(18.6, 1, 'index_766_progress', 'self', 20)}; dịch vụ công trực tuyến {r.s(10.4, 1, 'index_766_online_service', 'self', 12)}; thanh toán trực tuyến {r.s(8.7, 1, 'index_766_online_payment', 'self', 10)}; mức độ hài lòng {r.s(17.6, 1, 'index_766_satisfaction', 'self', 18)}; số hóa hồ sơ {r.s(11.3, 1, 'index_766_digitization', 'self', 22)} điểm.")
    r.score_sum(83.1, [17.2, 18.6, 10.4, 8.7, 17.6, 11.3], planted=True, stated_text="83,1",
                note="17,2 + 18,6 + 10,4 + 8,7 + 17,6 + 11,3 = 83,8, not 83,1")
    r(f"Xã đứng {r.rank(3, None, 'self', 'thứ ba')} trong các xã, phường của tỉnh.")
    r("b) Giải quyết hồ sơ")
    r(f"Tiếp nhận {r.c(1452, 'received_total', 'self')} hồ sơ, trực tuyến {r.c(1384, 'received_online', 'self')} hồ sơ; đã giải quyết {r.c(1401, 'resolved_total', 'self')} hồ sơ, trong đó trước hạn {r.c(1215, 'resolved_early', 'self')}, đúng hạn {r.c(183, 'resolved_on_time', 'self')}, trễ hạn {r.c(3, 'resolved_late', 'self', fmt='03')}; đang giải quyết {r.c(51, 'pending_total', 'self')} hồ sơ.")
    r.sum(1401, [1215, 183, 3]); r.bal(1452, 1401, 51)
    r(f"Số hóa kết quả giải quyết: {r.xy(1398, 1401)} hồ sơ ({r.p(1398, 1401, 2, 'digitization', 'self')}).")
    r("CHỦ TỊCH")
    r("Võ Hồng Sơn")
    return r


def c4_caothuong_2024_q1():
    r = R("c4_tt_caothuong_quy1_2024", "commune_report", "2024-03-18", "Tỉnh Bắc Giang")
    r("ỦY BAN NHÂN DÂN HUYỆN TÂN YÊN")
    r("ỦY BAN NHÂN DÂN THỊ TRẤN CAO THƯỢNG")
    r(f"Số: {r.n('41/BC-UBND', 'reference')}")
    r(f"Cao Thượng, ngày {r.n('18 tháng 3 năm 2024', 'date')}")
    r(f"BÁO CÁO tình hình thực hiện cải cách TTHC quý I năm {r.n('2024', 'date')}")
    r("")
    r(f"- Số hồ sơ tiếp nhận trong kỳ: {r.c(962, 'received_total', 'self', fmt='962')} hồ sơ (kỳ trước chuyển sang: {r.c(14, 'received_carried_over', 'self')}; mới tiếp nhận trực tuyến: {r.c(611, 'received_online', 'self')}; trực tiếp: {r.c(337, 'received_offline', 'self')}).")
    r.sum(962, [14, 611, 337])
    r(f"- Tỷ lệ nộp hồ sơ trực tuyến: {r.p(611, 611 + 337, 2, 'online_submission', 'self', link=False)}.")
    r(f"- Số hồ sơ đã giải quyết: {r.c(939, 'resolved_total', 'self', fmt='939')}, trong đó trước hạn {r.c(812, 'resolved_early', 'self')}, đúng hạn {r.c(125, 'resolved_on_time', 'self')}, quá hạn {r.c(2, 'resolved_late', 'self', fmt='02')} (lĩnh vực đất đai).")
    r.sum(939, [812, 125, 2])
    r(f"- Số hồ sơ đang giải quyết: {r.c(23, 'pending_total', 'self')}.")
    r.bal(962, 939, 23)
    r(f"- Tỷ lệ giải quyết đúng hạn: {r.p(812 + 125, 939, 1, 'resolved_on_time', 'self', link=False)}; tỷ lệ số hóa hồ sơ, kết quả: {r.pv(92.4, 1, 'digitization', 'self')}.")
    r(f"Thị trấn tiếp tục phấn đấu đạt {r.n('trên 95%', 'bound')} hồ sơ nộp trực tuyến ở lĩnh vực hộ tịch theo Kế hoạch số {r.n('12/KH-UBND', 'reference')}.")
    r("TM. UBND THỊ TRẤN - CHỦ TỊCH")
    r("Thân Văn Toàn")
    return r


def c5_longxuyen_2025_09():
    r = R("c5_phuong_longxuyen_thang9_2025", "commune_report", "2025-09-26", "Tỉnh An Giang")
    r("ỦY BAN NHÂN DÂN TỈNH AN GIANG")
    r("ỦY BAN NHÂN DÂN PHƯỜNG LONG XUYÊN")
    r(f"Số: {r.n('89/BC-UBND', 'reference')}      Long Xuyên, ngày {r.n('26 tháng 9 năm 2025', 'date')}")
    r("BÁO CÁO")
    r(f"Kết quả giải quyết TTHC, cung cấp dịch vụ công trực tuyến tháng {r.n('9/2025', 'date')}")
    r("")
    r(f"Từ ngày {r.n('15/8/2025', 'date')} đến ngày {r.n('14/9/2025', 'date')}, phường tiếp nhận {r.c(5936, 'received_total', 'self')} hồ sơ; đã giải quyết {r.c(5688, 'resolved_total', 'self')} hồ sơ, trong đó trước hạn, đúng hạn là {r.c(5611, 'resolved_in_time', 'self')} hồ sơ, chiếm {r.p(5611, 5688, 2, 'resolved_on_time', 'self')}; trễ hạn {r.c(77, 'resolved_late', 'self')} hồ sơ, chiếm {r.p(77, 5688, 2, 'resolved_late', 'self')}.")
    r.sum(5688, [5611, 77]); r.comp(pct_value(5611, 5688, 2), pct_value(77, 5688, 2))
    r(f"Hồ sơ trực tuyến toàn trình: {r.xy(2470, 5936)} hồ sơ, đạt tỷ lệ {r.p(2470, 5936, 2, 'full_online', 'self', wrong=44.61, note='2.470/5.936 is 41,61%')}.")
    r(f"Thanh toán trực tuyến: {r.xy(3302, 3577)} hồ sơ có thu phí, lệ phí được thanh toán trực tuyến, đạt {r.p(3302, 3577, 2, 'online_payment', 'self')}.")
    r(f"Phường tiếp nhận {r.c(6, 'feedback_total', 'self', fmt='06')} phản ánh, kiến nghị, đã xử lý {r.c(6, 'feedback_resolved', 'self', fmt='06')}, đạt {r.p(6, 6, 0, 'feedback_handled', 'self')}.")
    r(f"Các lĩnh vực có hồ sơ trễ hạn: đất đai ({r.c(61, 'resolved_late', 'self', 'đất đai')}), xây dựng ({r.c(16, 'resolved_late', 'self', 'xây dựng')}).")
    r.sum(77, [61, 16])
    r("CHỦ TỊCH")
    r("Huỳnh Thị Mỹ Linh")
    return r


def c6_ducphong_2022_06():
    r = R("c6_xa_ducphong_6thang_2022", "commune_report", "2022-06-14", "Tỉnh Quảng Ngãi")
    r("UBND HUYỆN MỘ ĐỨC")
    r("UBND XÃ ĐỨC PHONG")
    r(f"Số: {r.n('33/BC-UBND', 'reference')}")
    r(f"Đức Phong, ngày {r.n('14 tháng 6 năm 2022', 'date')}")
    r(f"BÁO CÁO công tác CCHC {r.n('6 tháng', 'date')} đầu năm {r.n('2022', 'date')}")
    r("")
    r(f"Tổng số hồ sơ tiếp nhận: {r.c(1127, 'received_total', 'self')} hồ sơ; trong đó hồ sơ trực tuyến: {r.c(0, 'received_online', 'self', fmt='0')} hồ sơ, hồ sơ trực tiếp: {r.c(1127, 'received_offline', 'self')} hồ sơ.")
    r.sum(1127, [0, 1127])
    r(f"Số hồ sơ đã giải quyết: {r.c(1120, 'resolved_total', 'self')} hồ sơ; gồm: trước hạn {r.c(986, 'resolved_early', 'self', fmt='986')}, đúng hạn {r.c(130, 'resolved_on_time', 'self', fmt='130')}, trả lại {r.c(3, 'resolved_rejected', 'self', fmt='03')}, rút hồ sơ {r.c(1, 'resolved_withdrawn', 'self', fmt='01')}.")
    r.sum(1120, [986, 130, 3, 1])
    r(f"Số hồ sơ chưa giải quyết: {r.c(7, 'pending_total', 'self', fmt='07')} hồ sơ.")
    r.bal(1127, 1120, 7)
    r(f"Tỷ lệ giải quyết đúng hạn đạt {r.pv(100, 0, 'resolved_on_time', 'self')}.")
    r(f"Xã chưa phát sinh hồ sơ trực tuyến do {r.n('gần 70%', 'approx')} người dân là người cao tuổi, chưa có điện thoại thông minh.")
    r("TM. UBND XÃ - CHỦ TỊCH")
    r("Trần Minh Quân")
    return r


# ============================================================================ news articles

def n1_lamdong_2019_11():
    r = R("n1_baolamdong_2019_11", "news_article", "2019-11-25", "Tỉnh Lâm Đồng")
    r("Hồ sơ quá hạn ở cấp huyện vẫn là điểm nghẽn")
    r(f"{r.n('05:40', 'time')}, {r.n('25/11/2019', 'date')}")
    r("")
    r(f"Số liệu của Văn phòng UBND tỉnh cho thấy, trong tháng {r.n('10', 'date')}, Trung tâm Phục vụ hành chính công tỉnh nhận tổng cộng {r.c(18322, 'received_total', 'departments', 'cấp tỉnh')} hồ sơ, trong đó có {r.c(3012, 'received_carried_over', 'departments', 'cấp tỉnh')} hồ sơ từ tháng trước chuyển sang.")
    r(f"Trong số này đã giải quyết {r.c(14906, 'resolved_total', 'departments', 'cấp tỉnh')} hồ sơ: trước hạn {r.c(12870, 'resolved_early', 'departments', 'cấp tỉnh')} hồ sơ, chiếm {r.p(12870, 14906, 1, 'other', 'departments', 'trước hạn')}; đúng hạn {r.c(1890, 'resolved_on_time', 'departments', 'cấp tỉnh')} hồ sơ, chiếm {r.p(1890, 14906, 1, 'other', 'departments', 'đúng hạn')}; quá hạn {r.c(146, 'resolved_late', 'departments', 'cấp tỉnh')} hồ sơ, chiếm {r.p(146, 14906, 1, 'resolved_late', 'departments', 'cấp tỉnh')}.")
    r.sum(14906, [12870, 1890, 146])
    r(f"Ở cấp huyện, kể cả số liệu của các xã, tổng hồ sơ cần giải quyết trong tháng là {r.c(20941, 'received_total', 'districts', 'cấp huyện')}, đã giải quyết {r.c(17083, 'resolved_total', 'districts', 'cấp huyện')}; trong đó {r.c(13350, 'resolved_early', 'districts', 'cấp huyện')} hồ sơ trước hạn ({r.p(13350, 17083, 1, 'other', 'districts', 'trước hạn')}), {r.c(3121, 'resolved_on_time', 'districts', 'cấp huyện')} hồ sơ đúng hạn ({r.p(3121, 17083, 1, 'other', 'districts', 'đúng hạn')}) và {r.c(612, 'resolved_late', 'districts', 'cấp huyện')} hồ sơ quá hạn ({r.p(612, 17083, 1, 'resolved_late', 'districts', 'cấp huyện')}).")
    r.sum(17083, [13350, 3121, 612])
    r(f"Thành phố Đà Lạt và huyện Lâm Hà chiếm {r.n('gần một nửa', 'approx')} số hồ sơ quá hạn của cả tỉnh. Riêng thành phố Đà Lạt có {r.c(188, 'resolved_late', 'unit:Thành phố Đà Lạt')} hồ sơ quá hạn, huyện Lâm Hà có {r.c(97, 'resolved_late', 'unit:Huyện Lâm Hà')} hồ sơ.")
    r("MINH AN")
    return r


def n2_vinhphuc_2021_08():
    r = R("n2_vinhphuc_2021_08", "news_article", "2021-08-30", "Tỉnh Vĩnh Phúc")
    r("Cấp huyện, xã: tỷ lệ hồ sơ chậm hạn thấp nhất từ đầu năm")
    r(f"Đăng ngày {r.n('30/08/2021', 'date')}")
    r("")
    r(f"Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh, từ {r.n('21/7', 'date')} đến {r.n('20/8/2021', 'date')}, bộ phận một cửa cấp huyện và cấp xã đã tiếp nhận mới {r.c(19630, 'received_total', 'city', 'cấp huyện và cấp xã')} hồ sơ, trong đó cấp huyện {r.c(8412, 'received_total', 'districts', 'cấp huyện')} hồ sơ, cấp xã {r.c(11128, 'received_total', 'communes', 'cấp xã')} hồ sơ.")
    r.sum(19630, [8412, 11128], planted=True, stated_text="19.630",
          note="8.412 + 11.128 = 19.540, not 19.630")
    r(f"Tỷ lệ hồ sơ chậm, quá hạn chung của hai cấp còn {r.pv(3.45, 2, 'resolved_late', 'city', 'cấp huyện và cấp xã')}, giảm {r.n('3,86%', 'change')} so với tháng trước.")
    r(f"{r.uc(5, 9, 'districts', text='5/9')} huyện, thành phố có tỷ lệ chậm hạn {r.n('dưới 3%', 'target')}. Huyện Lập Thạch dẫn đầu với tỷ lệ chậm, quá hạn {r.pv(0.33, 2, 'resolved_late', 'unit:Huyện Lập Thạch')}; huyện Sông Lô giảm từ {r.n('10,85%', 'change')} xuống còn {r.pv(1.31, 2, 'resolved_late', 'unit:Huyện Sông Lô')}; huyện Vĩnh Tường vẫn cao nhất ({r.pv(9.98, 2, 'resolved_late', 'unit:Huyện Vĩnh Tường')}).")
    r("PV")
    return r


def n3_quangninh_2025_12():
    r = R("n3_quangninh_766_2025_12", "news_article", "2025-12-12", "Tỉnh Quảng Ninh")
    r("Quảng Ninh giữ vị trí dẫn đầu về chất lượng phục vụ người dân, doanh nghiệp")
    r(f"Cập nhật: {r.n('12/12/2025', 'date')}")
    r("")
    r(f"Theo kết quả {r.n('Bộ chỉ số 766', 'reference')} công bố trên Cổng Dịch vụ công quốc gia, tháng {r.n('11/2025', 'date')} tỉnh Quảng Ninh đạt {r.s(91.36, 2, 'index_766_total', 'city', 100)} điểm, đứng {r.rank(2, 34, 'city', 'thứ hai')} trong {r.cover('34')} tỉnh, thành phố; điểm trung bình cả nước là {r.s(79.8, 1, 'index_766_total', 'national', 100)} điểm.")
    r(f"So với tháng trước, tỉnh tăng {r.n('1,04 điểm', 'change')}. Nhóm chỉ tiêu tiến độ giải quyết đạt {r.s(19.82, 2, 'index_766_progress', 'city', 20)} điểm ({r.n('tối đa 20', 'maximum')}), nhóm số hóa hồ sơ đạt {r.s(18.9, 1, 'index_766_digitization', 'city', 22)} điểm ({r.n('tối đa 22', 'maximum')}).")
    r(f"Trong tháng, toàn tỉnh tiếp nhận {r.n('hơn 96.000', 'bound')} hồ sơ; tỷ lệ hồ sơ trực tuyến toàn trình đạt {r.pv(63.2, 1, 'full_online', 'city')}. Phường Hạ Long và phường Bãi Cháy là hai đơn vị có số hồ sơ tiếp nhận lớn nhất, lần lượt {r.c(7914, 'received_total', 'unit:Phường Hạ Long')} và {r.c(6652, 'received_total', 'unit:Phường Bãi Cháy')} hồ sơ.")
    r(f"Tỉnh đặt mục tiêu đến hết năm {r.n('2025', 'date')} duy trì {r.n('từ 90 điểm trở lên', 'target')}.")
    r("THU HƯƠNG")
    return r


def n4_daklak_2026_03():
    r = R("n4_daklak_2026_03", "news_article", "2026-03-10", "Tỉnh Đắk Lắk")
    r("Người dân Đắk Lắk ngày càng quen thanh toán trực tuyến")
    r(f"{r.n('10/3/2026', 'date')} {r.n('08:15', 'time')}")
    r("")
    r(f"Hai tháng đầu năm {r.n('2026', 'date')}, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận {r.n('gần 61,3 ngàn', 'approx')} hồ sơ có thu phí, lệ phí; trong đó số hồ sơ được thanh toán qua Cổng Dịch vụ công là {r.xy(47208, 61274)}, tương ứng {r.p(47208, 61274, 2, 'online_payment', 'city')}.")
    r(f"Riêng khối xã, phường đạt {r.pv(80.15, 2, 'online_payment', 'communes')}, khối sở, ngành đạt {r.pv(68.4, 1, 'online_payment', 'departments')}.")
    r(f"Về phản ánh, kiến nghị, Hệ thống tiếp nhận {r.c(132, 'feedback_total', 'city')} PAKN, đã xử lý {r.c(121, 'feedback_resolved', 'city')} PAKN (đạt {r.p(121, 132, 2, 'feedback_handled', 'city')}), {r.c(11, 'feedback_pending', 'city')} PAKN đang xử lý.")
    r.sum(132, [121, 11])
    r(f"Ước tính mỗi hồ sơ thanh toán trực tuyến giúp người dân tiết kiệm {r.n('khoảng 45.000 đồng', 'approx')} chi phí đi lại; tổng số tiền phí, lệ phí thu qua cổng đạt {r.n('ước 18,6 tỷ đồng', 'approx')}.")
    r(f"Phường Ea Kao có tỷ lệ thanh toán trực tuyến cao nhất, {r.pv(97.3, 1, 'online_payment', 'unit:Phường Ea Kao')}.")
    r("H.Y")
    return r


def n5_thainguyen_2024_05():
    r = R("n5_thainguyen_2024_05", "news_article", "2024-05-06", "Tỉnh Thái Nguyên")
    r(f"Thái Nguyên: tỷ lệ hồ sơ trực tuyến đạt {r.pv(68.4, 1, 'online_submission', 'city')} trong tháng {r.n('4', 'date')}")
    r(f"Ngày đăng: {r.n('06/5/2024', 'date')}")
    r("")
    r(f"Theo Sở Thông tin và Truyền thông, tháng {r.n('4/2024', 'date')} toàn tỉnh tiếp nhận {r.c(58214, 'received_total', 'city')} hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC của tỉnh.")
    r(f"Tỷ lệ nộp hồ sơ trực tuyến của toàn tỉnh trong tháng {r.n('4', 'date')} đạt {r.pv(64.8, 1, 'online_submission', 'city')}, cao hơn tháng {r.n('3', 'date')} là {r.n('2,1%', 'change')}.")
    r.repeated(68.4, 64.8, "64,8%", "online submission for the province in April 2024 given as 68,4% in the title and 64,8% in the body")
    r(f"Trong đó, cấp tỉnh đạt {r.pv(81.2, 1, 'online_submission', 'departments', 'cấp tỉnh')}, cấp huyện {r.pv(59.7, 1, 'online_submission', 'districts', 'cấp huyện')}, cấp xã {r.pv(61.5, 1, 'online_submission', 'communes', 'cấp xã')}.")
    r(f"Thành phố Sông Công là địa phương có tỷ lệ cao nhất cấp huyện ({r.pv(78.6, 1, 'online_submission', 'unit:Thành phố Sông Công')}), tiếp đến thành phố Phổ Yên ({r.pv(74.9, 1, 'online_submission', 'unit:Thành phố Phổ Yên')}). Huyện Võ Nhai thấp nhất với {r.pv(41.3, 1, 'online_submission', 'unit:Huyện Võ Nhai')}.")
    r(f"Tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt {r.pv(99.21, 2, 'resolved_on_time', 'city')}.")
    r("Q.H")
    return r


def n6_binhduong_2023_10():
    r = R("n6_binhduong_2023_10", "news_article", "2023-10-09", "Tỉnh Bình Dương")
    r("Bình Dương: hơn chín tháng, gần như không còn hồ sơ trễ hạn ở cấp xã")
    r(f"{r.n('09/10/2023', 'date')}")
    r("")
    r(f"Chín tháng năm {r.n('2023', 'date')}, toàn tỉnh tiếp nhận {r.c(1204336, 'received_total', 'city')} hồ sơ, giải quyết {r.c(1187902, 'resolved_total', 'city')} hồ sơ, trong đó đúng hạn {r.c(1174120, 'resolved_in_time', 'city')} hồ sơ, đạt {r.p(1174120, 1187902, 2, 'resolved_on_time', 'city')}.")
    r(f"Tỷ lệ đúng hạn của thành phố Thủ Dầu Một, thành phố Dĩ An và thành phố Thuận An lần lượt là {r.pv(99.4, 1, 'resolved_on_time', 'unit:Thành phố Thủ Dầu Một')}, {r.pv(98.9, 1, 'resolved_on_time', 'unit:Thành phố Dĩ An')} và {r.pv(97.6, 1, 'resolved_on_time', 'unit:Thành phố Thuận An')}.")
    r(f"Ở cấp xã, {r.uc(86, 91, 'communes', text='86/91')} xã, phường, thị trấn không có hồ sơ trễ hạn; tỷ lệ đúng hạn của cả cấp xã là {r.pv(99.93, 2, 'resolved_on_time', 'communes', 'cấp xã')}.")
    r(f"Tỉnh đang thí điểm trả kết quả tại nhà ở {r.n('4 thành phố', 'count_of_things')}, dự kiến mở rộng ra toàn tỉnh từ quý I/{r.n('2024', 'date')}.")
    r("NGỌC THẢO")
    return r


REPORTS = [c1_phohien_2025_11, c2_xuanhoa_vuthu_2021, c3_kyanh_2026_02, c4_caothuong_2024_q1,
           c5_longxuyen_2025_09, c6_ducphong_2022_06,
           n1_lamdong_2019_11, n2_vinhphuc_2021_08, n3_quangninh_2025_12, n4_daklak_2026_03,
           n5_thainguyen_2024_05, n6_binhduong_2023_10]
