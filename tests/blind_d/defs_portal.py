"""Statistics pages of provincial public-service portals (text lines, some with '.' as decimal mark)."""
from engine import Doc, XY, cnt, dt, nf, part, pct, rank, ref, score, things, units

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


@report
def p1_quangbinh_2024_06():
    d = Doc("d_p1_quangbinh_2024_06", "portal_stats", "2024-06-30", "Tỉnh Quảng Bình")
    d.p("CỔNG DỊCH VỤ CÔNG TỈNH QUẢNG BÌNH")
    d.p("Thống kê kết quả giải quyết thủ tục hành chính năm {} (cập nhật đến {})", dt("2024"), dt("30/06/2024"))
    d.blank()
    d.p("Mức độ | Tổng | Đã xử lý | Chưa xử lý | Trước hạn | % | Đúng hạn | % | Trễ hạn | %")
    rows = [("Mức 2", 148213, 141076, 7137, 96511, "68.4", 41320, "29.3", 3245, "2.3"),
            ("Mức 3", 52380, 49914, 2466, 38102, "76.3", 10533, "21.1", 1279, "2.6"),
            ("Mức 4", 4108, 3977, 131, 3015, "75.8", 806, "20.3", 156, "3.9")]
    rec, res, pen, lat = [], [], [], []
    for lvl, tot, done, pend, early, pe, ontime, po, late, pl in rows:
        s = dict(scope=lvl)
        a = cnt(tot, "received_total", "city", raw=True, **s)
        b = cnt(done, "resolved_total", "city", raw=True, **s)
        c = cnt(pend, "pending_total", "city", raw=True, **s)
        l_ = cnt(late, "resolved_late", "city", raw=True, **s)
        rec.append(a); res.append(b); pen.append(c); lat.append(l_)
        d.p("{} | {} | {} | {} | {} | {} | {} | {} | {} | {}", ref(lvl), a, b, c,
            cnt(early, "resolved_early", "city", raw=True, **s), pct(pe, "other", "city", early, done, **s),
            cnt(ontime, "resolved_on_time", "city", raw=True, **s), pct(po, "other", "city", ontime, done, scope=lvl + " (đúng hạn)"),
            l_, pct(pl, "resolved_late", "city", late, done, **s))
    d.blank()
    tr = cnt(204701, "received_total", "city")
    ts = cnt(194967, "resolved_total", "city")
    tp = cnt(9734, "pending_total", "city")
    tl = cnt(4680, "resolved_late", "city")
    d.p("Tổng cộng, Cổng đã ghi nhận {} hồ sơ, đã xử lý {} hồ sơ, chưa xử lý {} hồ sơ; số hồ sơ trễ hạn là {}, chiếm {} "
        "số hồ sơ đã xử lý.", tr, ts, tp, tl, pct("2.4", "resolved_late", "city", 4680, 194967))
    d.sum(tr, rec)
    d.sum(ts, res)
    d.sum(tp, pen)
    d.sum(tl, lat)
    d.p("Ghi chú: tỷ lệ (%) tính trên số hồ sơ đã xử lý của từng mức độ.")
    return d


@report
def p2_tayninh_2025_09():
    d = Doc("d_p2_tayninh_2025_09", "portal_stats", "2025-09-10", "Tỉnh Tây Ninh")
    d.p("BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP - TỈNH TÂY NINH")
    d.p("Cập nhật lúc {} ngày {}", dt("08:00"), dt("10/09/2025"))
    d.blank()
    d.p("Điểm tổng hợp: {} điểm (xếp hạng {})", score("78.55", "index_766_total", "city", dot=True), rank(14, 34, "city"))
    for name, ind, v, m in (("Công khai, minh bạch", "index_766_publicity", "13.2", 18),
                            ("Tiến độ giải quyết", "index_766_progress", "17.85", 20),
                            ("Dịch vụ công trực tuyến", "index_766_online_service", "9.4", 12),
                            ("Thanh toán trực tuyến", "index_766_online_payment", "7.6", 10),
                            ("Mức độ hài lòng", "index_766_satisfaction", "16.9", 18),
                            ("Số hóa hồ sơ", "index_766_digitization", "13.6", 22)):
        d.p("- " + name + ": {} điểm", score(v, ind, "city", maximum=m, over=True, dot=True))
    d.blank()
    d.p("Tỷ lệ hồ sơ trực tuyến: {} | Tỷ lệ số hóa hồ sơ: {}", pct("72.4", "online_submission", "city", dot=True),
        pct("64.07", "digitization", "city", dot=True))
    d.p("Đơn vị cấp xã có điểm cao: Phường Kiến Tường {} điểm; Xã Hậu Nghĩa {} điểm.",
        score("81.02", "index_766_total", "unit:Phường Kiến Tường", dot=True),
        score("75.5", "index_766_total", "unit:Xã Hậu Nghĩa", dot=True))
    return d


@report
def p3_camau_2025_12():
    d = Doc("d_p3_camau_2025_12", "portal_stats", "2025-12-31", "Tỉnh Cà Mau")
    d.p("HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH CÀ MAU")
    d.p("Số liệu thống kê tháng {}", dt("12/2025"))
    d.blank()
    d.p("Tiếp nhận: {} hồ sơ", cnt(58204, "received_total", "city", raw=True))
    d.p("Trực tuyến: {} (chiếm {})", cnt(54538, "received_online", "city", raw=True),
        pct("93.7", "received_online_share", "city", 54538, 58204, dot=True))
    d.p("Đã giải quyết: {} | Đúng hạn: {} ({}) | Trễ hạn: {} ({})", cnt(55930, "resolved_total", "city", raw=True),
        cnt(55012, "resolved_in_time", "city", raw=True), pct("98.36", "resolved_on_time", "city", 55012, 55930, dot=True),
        cnt(918, "resolved_late", "city", raw=True), pct("1.64", "resolved_late", "city", 918, 55930, dot=True))
    d.p("Đang xử lý: {}", cnt(2274, "pending_total", "city", raw=True))
    pay = pct("95.26", "online_payment", "city", 31046, 33510, dot=True,
              mistake=("ratio_mismatch", "31046/33510 is 92.65%"))
    d.p("Thanh toán trực tuyến: {} hồ sơ ({})", XY(pay, raw=True), pay)
    d.p("Số hóa hồ sơ: {}", pct("97.15", "digitization", "city", dot=True))
    d.p("Xã có tỷ lệ trực tuyến thấp nhất: Xã Đất Mũi ({}), Xã Khánh Bình ({})",
        pct("71.4", "online_submission", "unit:Xã Đất Mũi", dot=True),
        pct("78.09", "online_submission", "unit:Xã Khánh Bình", dot=True))
    return d


@report
def p4_daknong_2025_01():
    d = Doc("d_p4_daknong_2025_01", "portal_stats", "2025-01-15", "Tỉnh Đắk Nông")
    d.p("Cổng dịch vụ công tỉnh Đắk Nông - Thống kê theo đơn vị cấp huyện")
    d.p("Số liệu tháng {}, cập nhật ngày {}", dt("12/2024"), dt("15/01/2025"))
    d.blank()
    for shown, name, rec, res, it, v in (("Thành phố Gia Nghĩa", "Thành phố Gia Nghĩa", 2914, 2850, 2839, "99.61"),
                                        ("Huyện Đắk R’Lấp", "Huyện Đắk R'Lấp", 2102, 2051, 2008, "97.90"),
                                        ("Huyện Cư Jút", "Huyện Cư Jút", 1655, 1612, 1609, "99.81"),
                                        ("Huyện Tuy Đức", "Huyện Tuy Đức", 874, 861, 846, "98.26")):
        u = "unit:" + name
        d.p(shown + ": tiếp nhận {}; đã giải quyết {}; đúng hạn {} ({})", cnt(rec, "received_total", u),
            cnt(res, "resolved_total", u), cnt(it, "resolved_in_time", u), pct(v, "resolved_on_time", u, it, res))
    d.p("(Số liệu các huyện còn lại đang được đồng bộ.)")
    d.p("Hỗ trợ kỹ thuật: {}", ref("0261 3544 205"))
    return d


@report
def p5_laocai_2026_03():
    d = Doc("d_p5_laocai_2026_03", "portal_stats", "2026-03-05", "Tỉnh Lào Cai")
    d.p("THỐNG KÊ THANH TOÁN TRỰC TUYẾN VÀ SỐ HÓA HỒ SƠ - TỈNH LÀO CAI")
    d.p("Cập nhật: {}", dt("05/03/2026 09:12"))
    d.blank()
    f = pct("88.12", "online_payment", "city", 41507, 47103)
    d.p("Tỷ lệ thanh toán trực tuyến toàn tỉnh: {} ({} hồ sơ có phí, lệ phí)", f, XY(f))
    d.p("Phường Nghĩa Lộ: {} | Xã Mù Cang Chải: {} | Xã Trạm Tấu: {}",
        pct("97.4", "online_payment", "unit:Phường Nghĩa Lộ"), pct("61.38", "online_payment", "unit:Xã Mù Cang Chải"),
        pct("58.2", "online_payment", "unit:Xã Trạm Tấu"))
    g = pct("99.47", "digitization", "city", 92381, 92873)
    d.p("Tỷ lệ số hóa hồ sơ, kết quả giải quyết: {}, tương ứng {} hồ sơ.", g, XY(g))
    d.p("Có {} xã, phường đạt tỷ lệ số hóa {}.", units(91, 99, subj="communes"), nf("100%", "target"))
    d.p("Hotline hỗ trợ {}: {}", dt("24/7"), ref("0214 3840 888"))
    return d


@report
def p6_quangngai_2024_09():
    d = Doc("d_p6_quangngai_2024_09", "portal_stats", "2024-09-30", "Tỉnh Quảng Ngãi")
    d.p("Hệ thống thông tin giải quyết TTHC tỉnh Quảng Ngãi")
    d.p("Báo cáo tổng hợp quý III năm {} (từ {} đến {})", dt("2024"), dt("15/6/2024"), dt("14/9/2024"))
    d.blank()
    d.p("Cấp | Tiếp nhận | Đã giải quyết | Trước hạn | Đúng hạn | Trễ hạn")
    recs = []
    for lvl, subj, rec, res, e, o, l_ in (("Cấp tỉnh", "departments", 18402, 17955, 15210, 2580, 165),
                                          ("Cấp huyện", "districts", 40318, 38906, 30144, 8102, 560),
                                          ("Cấp xã", "communes", 42543, 41870, 36011, 5599, 260)):
        s = lvl.lower()
        a = cnt(rec, "received_total", subj, scope=s)
        recs.append(a)
        mk = ("sum_mismatch", "30.144 + 8.102 + 560 make 38.806") if subj == "districts" else None
        d.p(lvl + " | {} | {} | {} | {} | {}", a, cnt(res, "resolved_total", subj, scope=s, mistake=mk),
            cnt(e, "resolved_early", subj, scope=s), cnt(o, "resolved_on_time", subj, scope=s),
            cnt(l_, "resolved_late", subj, scope=s))
    tot = cnt(101263, "received_total", "city")
    d.p("Toàn tỉnh | {} | | | |", tot)
    d.sum(tot, recs)
    d.blank()
    d.p("Thị xã Đức Phổ có tỷ lệ trễ hạn thấp nhất cấp huyện ({}).", pct("0.35", "resolved_late", "unit:Thị xã Đức Phổ"))
    return d


@report
def p7_vinhlong_2026_01():
    d = Doc("d_p7_vinhlong_2026_01", "portal_stats", "2026-01-05", "Tỉnh Vĩnh Long")
    d.p("TÌNH HÌNH XỬ LÝ HỒ SƠ TỈNH VĨNH LONG - THÁNG {}", dt("12/2025"))
    d.blank()
    d.p("Tồn kỳ trước: {} | Trực tuyến: {} | Trực tiếp: {} | Cần xử lý: {}",
        cnt(6118, "received_carried_over", "city"), cnt(69312, "received_online", "city"),
        cnt(5593, "received_offline", "city"), cnt(81023, "received_total", "city"))
    d.p("Đã xử lý: {} (Sớm, đúng hạn: {}; Trễ: {})", cnt(77860, "resolved_total", "city"),
        cnt(77101, "resolved_in_time", "city"), cnt(759, "resolved_late", "city"))
    d.p("Đang xử lý: {} (Trễ: {}; Chưa đến hạn: {})", cnt(3163, "pending_total", "city"),
        cnt(214, "pending_late", "city"), cnt(2949, "pending_on_time", "city"))
    d.p("Tỉ lệ trễ hạn: {} | Tỉ lệ đúng hạn: {}", pct("1.20", "resolved_late", "city"),
        pct("98.80", "resolved_on_time", "city"))
    d.blank()
    d.p("CÁCH TÍNH")
    d.p("- Cần xử lý: tổng số hồ sơ tồn kỳ trước và hồ sơ tiếp nhận trong tháng.")
    d.p("- Tỉ lệ trễ hạn = (số hồ sơ trễ đang xử lý + số hồ sơ trễ đã xử lý) / số hồ sơ cần xử lý.")
    d.p("- Tỉ lệ đúng hạn = {} - tỉ lệ trễ hạn.", ref("100%"))
    return d


@report
def p8_cantho_2026_01():
    d = Doc("d_p8_cantho_2026_01", "portal_stats", "2026-02-01", "Thành phố Cần Thơ")
    d.p("CỔNG DỊCH VỤ CÔNG - THÀNH PHỐ CẦN THƠ")
    d.p("Thống kê tháng {} (cập nhật {})", dt("01/2026"), dt("01/02/2026 07:00"))
    d.blank()
    d.p("Tổng hồ sơ tiếp nhận: {} | Trực tuyến: {} ({}) | Trực tiếp: {} ({})", cnt(48215, "received_total", "city"),
        cnt(45007, "received_online", "city"), pct("93.35", "received_online_share", "city", 45007, 48215, dot=True),
        cnt(3208, "received_offline", "city"), pct("6.65", "received_offline_share", "city", 3208, 48215, dot=True))
    d.p("Đã giải quyết: {} | Đúng hạn: {} ({}) | Trễ hạn: {} ({})", cnt(46118, "resolved_total", "city"),
        cnt(45902, "resolved_in_time", "city"), pct("99.53", "resolved_on_time", "city", 45902, 46118, dot=True),
        cnt(216, "resolved_late", "city"), pct("0.47", "resolved_late", "city", 216, 46118, dot=True))
    d.p("Đang giải quyết: {}", cnt(2097, "pending_total", "city"))
    d.p("Phường Ninh Kiều: {} | Phường Cái Răng: {} | Xã Cờ Đỏ: {}",
        pct("98.7", "online_submission", "unit:Phường Ninh Kiều", dot=True),
        pct("96.15", "online_submission", "unit:Phường Cái Răng", dot=True),
        pct("84.3", "online_submission", "unit:Xã Cờ Đỏ", dot=True))
    return d
