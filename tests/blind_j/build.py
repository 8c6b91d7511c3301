#!/usr/bin/env python3
"""Build (or --check) blind set J. Every figure goes through lib.Doc helpers."""
import json, sys, os, datetime
from lib import Doc, fi, fp, rnd, current_names, legacy_ok

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []

def reg(f):
    DOCS.append(f)
    return f

def bal(d, subj, rec_on, rec_off, carried, early, ontime, late, pend_in, pend_late):
    """Numbers of a balanced Biểu 06 flow; returns dict."""
    rec = rec_on + rec_off + carried
    res = early + ontime + late
    pend = pend_in + pend_late
    assert rec == res + pend, (d.name, rec, res + pend)
    return dict(rec=rec, on=rec_on, off=rec_off, car=carried, res=res, e=early, o=ontime,
                l=late, pend=pend, pi=pend_in, pl=pend_late)

# ---------------------------------------------------------------- weekly notices
@reg
def j01():
    d = Doc("j01_weekly_notice_quangngai", "weekly_notice", "2025-10-13", "Tỉnh Quảng Ngãi")
    d.period = ("2025-10-06", "2025-10-10")
    f = bal(d, "self", 1842, 395, 128, 1610, 402, 9, 331, 13)
    d.flow(f["rec"], [f["on"], f["off"], f["car"]]); d.flow(f["res"], [f["e"], f["o"], f["l"]])
    d.flow(f["pend"], [f["pi"], f["pl"]]); d.flow(f["rec"], [f["res"], f["pend"]])
    L = ["UBND TỈNH QUẢNG NGÃI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
         f"Số: {d.nf('214/TB-TTPVHCC', 'reference')}        Quảng Ngãi, ngày 13 tháng 10 năm 2025", "",
         "THÔNG BÁO",
         "Kết quả tiếp nhận, giải quyết hồ sơ TTHC tại Trung tâm Phục vụ hành chính công tỉnh",
         f"(tuần từ ngày {d.nf('06/10/2025', 'date')} đến ngày {d.nf('10/10/2025', 'date')})", "",
         f"1. Tổng số HS Trung tâm đã tiếp nhận trong tuần: {d.cnt('received_total','self',f['rec'])} hồ sơ, gồm:",
         f"   - HS nộp qua DVCTT: {d.cnt('received_online','self',f['on'])};",
         f"   - HS nộp trực tiếp, qua bưu chính: {d.cnt('received_offline','self',f['off'])};",
         f"   - HS tồn tuần trước chuyển sang: {d.cnt('received_carried_over','self',f['car'])}.",
         f"   Tỷ lệ nộp hồ sơ trực tuyến (không tính hồ sơ chuyển kỳ) là {d.rate('online_submission','self',f['on'],f['on']+f['off'],xy=False)}.",
         f"2. Đã giải quyết {d.cnt('resolved_total','self',f['res'])} HS; trong đó trước hạn {d.cnt('resolved_early','self',f['e'])},",
         f"đúng hạn {d.cnt('resolved_on_time','self',f['o'])}, quá hạn {d.cnt('resolved_late','self',f['l'])} (các đơn vị có hồ sơ quá hạn đã gửi",
         f"{d.nf('9 phiếu', 'count_of_things')} xin lỗi tới tổ chức, cá nhân).",
         f"3. Đang giải quyết {d.cnt('pending_total','self',f['pend'])} HS, trong hạn {d.cnt('pending_on_time','self',f['pi'])}; quá hạn {d.cnt('pending_late','self',f['pl'])}.",
         f"4. So với tuần trước, số hồ sơ tiếp nhận {d.nf('tăng 4,6%', 'change')}; Trung tâm đón tiếp {d.nf('khoảng 1.900 lượt', 'approx')} công dân.",
         "", "Mọi thắc mắc xin liên hệ số điện thoại " + d.nf("0255.3822.113", "reference") + ".", "",
         "Nơi nhận:                                    KT. GIÁM ĐỐC",
         "- UBND tỉnh (b/c);                           PHÓ GIÁM ĐỐC",
         "- Các sở, ban, ngành;", "- Lưu: VT.", "", "                                             Trần Văn Khải"]
    return d, L

@reg
def j02():
    d = Doc("j02_weekly_notice_laocai", "weekly_notice", "2025-11-24", "Tỉnh Lào Cai")
    d.period = ("2025-11-17", "2025-11-21")
    rows = [("Sở Tư pháp", 312, 41, 298, 291), ("Sở Xây dựng", 87, 22, 90, 86),
            ("Sở Nông nghiệp và Môi trường", 154, 63, 201, 197), ("Sở Y tế", 48, 9, 51, 51)]
    tot = [sum(r[i] for r in rows) for i in range(1, 5)]
    planted_res = tot[2] + 10
    L = ["VĂN PHÒNG UBND TỈNH LÀO CAI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
         f"Số: {d.nf('87/TB-TTPVHCC', 'reference')}", f"Lào Cai, ngày {d.nf('24 tháng 11 năm 2025', 'date')}", "",
         "THÔNG BÁO", "Số liệu giải quyết hồ sơ của các sở, ngành tại Trung tâm trong tuần 47", "",
         "Bảng: kết quả theo đơn vị (đơn vị tính: hồ sơ)",
         "Đơn vị\tTrực tuyến\tTrực tiếp\tĐã giải quyết\tTrước, đúng hạn\tTỷ lệ đúng hạn"]
    for i, (u, on, off, res, ok) in enumerate(rows):
        s = "unit:" + u
        c = lambda ind, v, col: d.cnt(ind, s, v) or None
        t = [d.cnt("received_online", s, on), d.cnt("received_offline", s, off),
             d.cnt("resolved_total", s, res), d.cnt("resolved_in_time", s, ok),
             d.rate("resolved_on_time", s, ok, res)]
        L.append("\t".join([u] + t))
    s = "departments"
    t = [d.cnt("received_online", s, tot[0]), d.cnt("received_offline", s, tot[1]),
         d.cnt("resolved_total", s, planted_res), d.cnt("resolved_in_time", s, tot[3]),
         d.rate("resolved_on_time", s, tot[3], planted_res)]
    L.append("\t".join(["Tổng cộng"] + t))
    d.flow(planted_res, [r[3] for r in rows], planted=True)
    d.mis("sum_mismatch", planted_res, fi(planted_res), f"các đơn vị cộng lại {fi(tot[2])} hồ sơ đã giải quyết")
    for r in rows: d.flow(r[3], [r[4], r[3]-r[4]])
    L += ["", f"Trong tuần, Trung tâm tổ chức {d.nf('02 buổi', 'count_of_things')} hướng dẫn nộp hồ sơ trực tuyến.",
          "Đề nghị các sở, ngành giảm số hồ sơ trễ hạn, bảo đảm tỷ lệ đúng hạn " + d.nf("trên 98%", "bound") + ".", "",
          "Nơi nhận:                              GIÁM ĐỐC", "- Chánh Văn phòng UBND tỉnh;", "- Lưu: VT, TTPVHCC.", "",
          "                                       Lò Thị Hương"]
    return d, L

# ---------------------------------------------------------------- quarterly reports
@reg
def j03():
    d = Doc("j03_quarterly_report_caobang", "quarterly_report", "2025-10-08", "Tỉnh Cao Bằng")
    d.period = ("2025-07-01", "2025-09-30")
    dep = bal(d, "departments", 11420, 3180, 640, 12110, 2650, 73, 378, 29)
    com = bal(d, "communes", 20510, 16230, 905, 29870, 6950, 112, 690, 23)
    for f in (dep, com):
        d.flow(f["rec"], [f["on"], f["off"], f["car"]]); d.flow(f["res"], [f["e"], f["o"], f["l"]])
    wrong = rnd(com["on"], com["on"] + com["off"], 2) + 3.0
    L = ["ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", f"Số: {d.nf('305/BC-UBND', 'reference')}",
         "Cao Bằng, ngày 08 tháng 10 năm 2025", "", "BÁO CÁO",
         "Tình hình, kết quả thực hiện kiểm soát TTHC, cơ chế một cửa, một cửa liên thông quý III năm 2025", "",
         "I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
         f"a) Cấp tỉnh: tiếp nhận {d.cnt('received_total','departments',dep['rec'],scope='cấp tỉnh')} hồ sơ (trực tuyến {d.cnt('received_online','departments',dep['on'],scope='cấp tỉnh')}, với tỷ lệ",
         f"{d.rate('received_online_share','departments',dep['on'],dep['rec'],scope='cấp tỉnh')}; trực tiếp {d.cnt('received_offline','departments',dep['off'],scope='cấp tỉnh')}; kỳ trước chuyển qua {d.cnt('received_carried_over','departments',dep['car'],scope='cấp tỉnh')}); đã giải quyết",
         f"{d.cnt('resolved_total','departments',dep['res'],scope='cấp tỉnh')} hồ sơ, trong đó trước hạn và đúng hạn {d.cnt('resolved_in_time','departments',dep['e']+dep['o'],scope='cấp tỉnh')} hồ sơ, tương ứng {d.rate('resolved_on_time','departments',dep['e']+dep['o'],dep['res'],scope='cấp tỉnh')},",
         f"trễ hạn {d.cnt('resolved_late','departments',dep['l'],scope='cấp tỉnh')} hồ sơ.",
         f"b) Cấp xã: tỷ lệ nộp trực tuyến đạt {d.rate('online_submission','communes',com['on'],com['on']+com['off'],scope='cấp xã',wrong=wrong)} ({d.cnt('received_online','communes',com['on'],scope='cấp xã')}/{fi(com['on']+com['off'])} hồ sơ tiếp nhận",
         f"trong kỳ); tổng số hồ sơ tiếp nhận kể cả {d.cnt('received_carried_over','communes',com['car'],scope='cấp xã')} hồ sơ chuyển kỳ là {d.cnt('received_total','communes',com['rec'],scope='cấp xã')}; đã giải quyết",
         f"{d.cnt('resolved_total','communes',com['res'],scope='cấp xã')} hồ sơ, quá hạn {d.cnt('resolved_late','communes',com['l'],scope='cấp xã')} hồ sơ, còn lại đều trước hạn, đúng hạn.",
         "",
         "II. CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (Quyết định 766/QĐ-TTg)",
         f"Điểm tổng của tỉnh đạt {d.score('index_766_total','city',84.37)} điểm, gồm: công khai, minh bạch {d.score('index_766_publicity','city',17.20)};",
         f"tiến độ giải quyết {d.score('index_766_progress','city',19.15)}; DVCTT {d.score('index_766_online_service','city',9.62)}; thanh toán trực tuyến",
         f"{d.score('index_766_online_payment','city',8.40)}; mức độ hài lòng {d.score('index_766_satisfaction','city',17.80)}; số hóa {d.score('index_766_digitization','city',12.20)}.",
         f"Tỉnh xếp hạng {d.rank('city',21,34)} tỉnh, thành phố, {d.nf('tăng 3 bậc', 'change')} so với quý II.",
         "", "III. KIẾN NGHỊ", "Đề nghị Văn phòng Chính phủ tiếp tục hoàn thiện Cổng Dịch vụ công quốc gia.", "",
         "Nơi nhận:                               TM. ỦY BAN NHÂN DÂN", "- Văn phòng Chính phủ;                   KT. CHỦ TỊCH",
         "- Lưu: VT, KSTT.                        PHÓ CHỦ TỊCH", "", "                                        Nông Văn Hòa"]
    d.flow(84.37, [17.20, 19.15, 9.62, 8.40, 17.80, 12.20])
    d.mis("ratio_mismatch", wrong, fp(wrong, 2) + "%", f"{fi(com['on'])}/{fi(com['on']+com['off'])} là {fp(rnd(com['on'],com['on']+com['off'],2),2)}%")
    return d, L

@reg
def j04():
    d = Doc("j04_quarterly_report_binhdinh", "quarterly_report", "2024-04-05", "Tỉnh Bình Định")
    d.period = ("2024-01-01", "2024-03-31")
    P = "Tỉnh Bình Định"
    rows = [(d.unit("Thị xã An Nhơn", P), 4210, 4105, 105), (d.unit("Huyện Tuy Phước", P), 3870, 3702, 168),
            (d.unit("Thị xã Hoài Nhơn", P), 5120, 4980, 140)]
    L = ["UBND TỈNH BÌNH ĐỊNH", "VĂN PHÒNG", f"Số: {d.nf('41/BC-VPUBND', 'reference')}", "Bình Định, ngày 05 tháng 4 năm 2024", "",
         "BÁO CÁO", "Kết quả giải quyết TTHC quý I năm 2024 của cấp huyện", "",
         "Tổng hợp từ Hệ thống thông tin giải quyết TTHC của tỉnh, kết quả của một số địa phương như sau:", "",
         "+-------------------+----------+---------------+-----------------+",
         "| Đơn vị            | Tiếp nhận| Đã giải quyết | Đang giải quyết |",
         "+-------------------+----------+---------------+-----------------+"]
    for u, rec, res, pend in rows:
        s = "unit:" + u
        planted = u == "Huyện Tuy Phước"
        pend_w = pend + 20 if planted else pend
        L.append(f"| {u:<18}| {d.cnt('received_total',s,rec):>9}| {d.cnt('resolved_total',s,res):>14}| {d.cnt('pending_total',s,pend_w):>16}|")
        d.flow(rec, [res, pend_w], planted=planted)
        if planted:
            d.mis("balance_mismatch", pend_w, fi(pend_w), f"{fi(rec)} tiếp nhận - {fi(res)} đã giải quyết = {fi(pend)}")
    L.append("+-------------------+----------+---------------+-----------------+")
    L += ["", f"Toàn cấp huyện, tỷ lệ nộp hồ sơ trực tuyến đạt {d.rate('online_submission','districts',9120,21450,xy=False)}, {d.nf('thấp hơn 12,4%', 'change')}",
          "so với cấp tỉnh; các huyện miền núi còn gặp khó khăn về hạ tầng mạng.",
          f"Có {d.uc('districts',6,11)} huyện, thị xã, thành phố đạt chỉ tiêu thanh toán trực tuyến.", "",
          "Nơi nhận:                              CHÁNH VĂN PHÒNG", "- Chủ tịch UBND tỉnh (b/c);", "- Lưu: VT.", "",
          "                                       Đào Minh Tâm"]
    return d, L

# ---------------------------------------------------------------- commune reports
@reg
def j05():
    d = Doc("j05_commune_report_minhquang", "commune_report", "2025-12-01", "Tỉnh Tuyên Quang")
    d.period = ("2025-11-01", "2025-11-30")
    u = d.unit("Xã Minh Quang")
    f = bal(d, "self", 402, 57, 12, 318, 121, 4, 26, 2)
    d.flow(f["rec"], [f["on"], f["off"], f["car"]]); d.flow(f["res"], [f["e"], f["o"], f["l"]]); d.flow(f["pend"], [f["pi"], f["pl"]])
    d.flow(f["rec"], [f["res"], f["pend"]])
    L = ["UBND XÃ MINH QUANG", f"Số: {d.nf('112/BC-UBND', 'reference')}", "Minh Quang, ngày 01 tháng 12 năm 2025", "",
         "BÁO CÁO", "Kết quả hoạt động của Bộ phận Một cửa xã tháng 11 năm 2025", "",
         f"Tỷ lệ hồ sơ trực tuyến {d.rate('online_submission','self',f['on'],f['on']+f['off'],xy=False)} — tức {d.cnt('received_online','self',f['on'])} trong tổng số hồ sơ mới tiếp nhận.",
         f"Số hồ sơ nộp trực tiếp tại Bộ phận Một cửa: {d.cnt('received_offline','self',f['off'])}; tháng trước chuyển sang: {d.cnt('received_carried_over','self',f['car'])};",
         f"tổng cộng {d.cnt('received_total','self',f['rec'])} hồ sơ phải giải quyết.",
         f"Kết quả: {d.cnt('resolved_total','self',f['res'])} hồ sơ đã có kết quả (trước hạn {d.cnt('resolved_early','self',f['e'])}; đúng hạn {d.cnt('resolved_on_time','self',f['o'])};",
         f"trễ hạn {d.cnt('resolved_late','self',f['l'])} — UBND xã đã ban hành văn bản xin lỗi đối với {d.nf('04 trường hợp', 'count_of_things')} này).",
         f"Hồ sơ đang xử lý: {d.cnt('pending_total','self',f['pend'])}, trong đó chưa đến hạn {d.cnt('pending_on_time','self',f['pi'])}, đã quá hạn {d.cnt('pending_late','self',f['pl'])}.",
         f"Thanh toán trực tuyến: {d.nf('188 giao dịch', 'count_of_things')}, bằng {d.rate('online_payment','self',188,231)} số hồ sơ có phí (188/231).",
         f"Số hóa hồ sơ, kết quả giải quyết = {d.rate('digitization','self',297,318)}.",
         f"Mục tiêu năm 2026: {d.nf('100%', 'reference')} hồ sơ được số hóa ngay khi tiếp nhận.", "",
         "Nơi nhận:                            TM. ỦY BAN NHÂN DÂN", "- UBND tỉnh;                          CHỦ TỊCH",
         "- Lưu: VP.", "", "                                     Hoàng Văn Sinh"]
    return d, L

@reg
def j06():
    d = Doc("j06_commune_report_longxuyen", "commune_report", "2025-10-03", "Tỉnh An Giang")
    d.period = ("2025-07-01", "2025-09-30")
    d.unit("Phường Long Xuyên")
    res, ok, late = 3950, 3871, 79
    r_ok = rnd(ok, res, 2); r_late_w = 3.10
    L = ["ỦY BAN NHÂN DÂN PHƯỜNG LONG XUYÊN", f"Số: {d.nf('76/BC-UBND', 'reference')}", "Long Xuyên, ngày 03 tháng 10 năm 2025", "",
         "BÁO CÁO", "Công tác cải cách thủ tục hành chính quý III/2025", "",
         "1. Giải quyết hồ sơ",
         f"- Phường đã giải quyết {d.cnt('resolved_total','self',res)} HS, trong đó trước hạn, đúng hạn {d.cnt('resolved_in_time','self',ok)} HS",
         f"  đạt tỷ lệ {d.rate('resolved_on_time','self',ok,res)}; số hồ sơ quá hạn chiếm {d.rate('resolved_late','self',late,res,xy=False,wrong=r_late_w)} tổng số đã giải quyết.",
         f"- Phường có {d.nf('112 TTHC', 'count_of_things')} được công khai tại Bộ phận Một cửa.",
         "2. Phản ánh, kiến nghị",
         f"- Tiếp nhận {d.cnt('feedback_total','self',14)} phản ánh; đã xử lý {d.cnt('feedback_resolved','self',13)}; đang xử lý {d.cnt('feedback_pending','self',1)}.",
         f"- Tỷ lệ xử lý phản ánh đúng hạn: {d.rate('feedback_handled','self',13,14)}.",
         "3. Phương hướng quý IV: phấn đấu tỷ lệ hồ sơ trễ hạn " + d.nf("dưới 1%", "bound") + ".", "",
         "Nơi nhận:                          CHỦ TỊCH", "- UBND tỉnh An Giang;", "- Lưu: VT.", "", "                                   Nguyễn Thị Mỹ Lan"]
    d.flow(14, [13, 1])
    d.mis("complement_mismatch", r_late_w, fp(r_late_w, 2) + "%", f"{fp(r_ok,2)}% + {fp(r_late_w,2)}% khác 100%")
    # the late rate also contradicts its own counts: keep it as the one planted complement error
    return d, L

# ---------------------------------------------------------------- news articles
@reg
def j07():
    d = Doc("j07_news_article_camau", "news_article", "2025-11-15", "Tỉnh Cà Mau")
    rec, on = 186_400, 141_020
    L = [f"Cà Mau: hơn {d.nf('75%', 'bound')} hồ sơ thủ tục hành chính được nộp trực tuyến", "",
         f"(Cổng TTĐT) - Sau 4 tháng vận hành chính quyền địa phương hai cấp, tỷ lệ hồ sơ nộp trực tuyến của tỉnh đã",
         f"đạt {d.rate('online_submission','city',on,rec,xy=False)}, cao hơn mức bình quân cả nước.", "",
         f"Theo Trung tâm Phục vụ hành chính công tỉnh, từ ngày {d.nf('01/7', 'date')} đến ngày {d.nf('10/11/2025', 'date')}, toàn tỉnh tiếp nhận",
         f"{d.cnt('received_total','city',rec)} hồ sơ, trong đó {d.cnt('received_online','city',on)} hồ sơ trực tuyến. Đã giải quyết",
         f"{d.cnt('resolved_total','city',179_300)} hồ sơ, tỷ lệ giải quyết đúng và trước hạn là {d.rate('resolved_on_time','city',177_150,179_300,xy=False)}.",
         f"Cấp xã chiếm phần lớn với {d.cnt('received_total','communes',131_880)} hồ sơ; riêng Phường An Xuyên tiếp nhận {d.cnt('received_total','unit:'+d.unit('Phường An Xuyên'),9_412)} hồ sơ.",
         f"So với quý trước, số hồ sơ trực tuyến {d.nf('tăng gần 18.000', 'change')} hồ sơ.", "",
         f"Tỉnh hiện cung cấp {d.cnt('procedures_full_online','city',1_046)} DVC trực tuyến toàn trình và {d.cnt('procedures_partial_online','city',702)} DVC một phần.",
         "Người dân có thể gọi đường dây nóng " + d.nf("0290.3567.999", "reference") + " để được hỗ trợ.", "", "Minh Khoa"]
    return d, L

@reg
def j08():
    d = Doc("j08_news_article_hatinh", "news_article", "2025-09-20", "Tỉnh Hà Tĩnh")
    r1, r2 = 99.12, 98.12
    L = [f"Hà Tĩnh: {fp(r1,2)}% hồ sơ được giải quyết đúng hạn trong tháng 8", "",
         "Tháng 8/2025, các cơ quan, đơn vị trên địa bàn tỉnh tiếp tục duy trì kết quả tốt",
         "trong giải quyết thủ tục hành chính, nhất là sau khi sắp xếp bộ máy và vận hành",
         "chính quyền địa phương hai cấp.", "",
         f"Số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh cho thấy, đã có {d.cnt('resolved_total','city',52_318)} hồ sơ được giải quyết; tỷ lệ",
         f"hồ sơ đúng hạn là {d.rate('resolved_on_time','city',0,1,xy=False,wrong=r2)}. Các sở, ngành giải quyết {d.cnt('resolved_total','departments',8_840)} hồ sơ, các xã, phường",
         f"giải quyết {d.cnt('resolved_total','communes',43_478)} hồ sơ.",
         f"Tỷ lệ thanh toán trực tuyến đạt {d.rate('online_payment','city',0,1,xy=False,wrong=71.4)} — {d.nf('vượt chỉ tiêu 60%', 'reference')} mà tỉnh đề ra.",
         f"Trong tháng, tỉnh đã gửi {d.nf('126 thư', 'count_of_things')} xin lỗi do chậm trả kết quả.",
         f"Đáng chú ý, Sở Tư pháp giải quyết {d.cnt('resolved_total','unit:Sở Tư pháp',2_115)} hồ sơ, không có hồ sơ trễ hạn; Phường Sông Trí",
         f"giải quyết {d.cnt('resolved_total','unit:'+d.unit('Phường Sông Trí'),3_064)} hồ sơ.",
         f"Từ ngày {d.nf('15/9/2025', 'date')}, tỉnh triển khai thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính.", "", "Thu Hà"]
    d.facts.insert(0, {"kind": "rate", "indicator": "resolved_on_time", "subject": "city", "value": r1,
                       "numerator": None, "denominator": None, "text": fp(r1,2) + "%", "_planted": True, "_n": 0, "_m": 1, "_d": 2})
    d.flow(52_318, [8_840, 43_478])
    d.mis("repeated_value_mismatch", r1, fp(r1, 2) + "%", f"thân bài nêu {fp(r2,2)}%")
    return d, L

# ---------------------------------------------------------------- portal stats
@reg
def j09():
    d = Doc("j09_portal_stats_danang", "portal_stats", "2025-12-01", "Thành phố Đà Nẵng")
    parts = [17.85, 19.40, 11.20, 8.95, 17.60, 13.10]
    wrong_total = round(sum(parts) + 1.5, 2)
    L = ["CỔNG DỊCH VỤ CÔNG THÀNH PHỐ ĐÀ NẴNG", "Thống kê > Chỉ số phục vụ người dân, doanh nghiệp", "",
         f"Kỳ đánh giá: tháng 11/2025", f"Cập nhật lúc: {d.nf('08:15 01/12/2025', 'date')}", "",
         f"Điểm tổng hợp: {d.score('index_766_total','city',wrong_total)} / {d.nf('100', 'maximum')}",
         f"Công khai, minh bạch: {d.score('index_766_publicity','city',parts[0])} (tối đa {d.nf('18', 'maximum')})",
         f"Tiến độ giải quyết: {d.score('index_766_progress','city',parts[1])}",
         f"Dịch vụ công trực tuyến: {d.score('index_766_online_service','city',parts[2])}",
         f"Thanh toán trực tuyến: {d.score('index_766_online_payment','city',parts[3])}",
         f"Mức độ hài lòng: {d.score('index_766_satisfaction','city',parts[4])}",
         f"Số hóa hồ sơ: {d.score('index_766_digitization','city',parts[5])}", "",
         f"Xếp hạng: {d.rank('city',5,34)}", "",
         f"Hồ sơ tiếp nhận: {d.cnt('received_total','city',96_204)}",
         f"Hồ sơ đã giải quyết: {d.cnt('resolved_total','city',90_877)}",
         f"Hồ sơ đang giải quyết: {d.cnt('pending_total','city',5_327)}",
         f"Tổng đài hỗ trợ: {d.nf('1022', 'reference')}"]
    d.flow(wrong_total, parts, planted=True); d.flow(96_204, [90_877, 5_327])
    d.mis("score_sum_mismatch", wrong_total, fp(wrong_total, 2), f"các thành phần cộng lại {fp(round(sum(parts),2),2)}")
    return d, L

@reg
def j10():
    d = Doc("j10_portal_stats_tayninh", "portal_stats", "2025-10-31", "Tỉnh Tây Ninh")
    rows = [("Xã Hưng Điền", 1204, 1019), ("Xã Vĩnh Thạnh", 988, 731), ("Xã Tân Hưng", 1530, 1288),
            ("Xã Vĩnh Hưng", 1102, 917), ("Xã Khánh Hưng", 776, 598)]
    bad = "Xã Vĩnh Châuu"
    L = ["HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH TÂY NINH", "Báo cáo thống kê theo đơn vị — từ 01/10/2025 đến 31/10/2025", "",
         "Đơn vị              Tiếp nhận   Trực tuyến   Tỷ lệ trực tuyến",
         "------------------  ---------   ----------   ----------------"]
    for u, rec, on in rows + [(bad, 642, 508)]:
        s = "unit:" + (u if u != bad else "Xã Vĩnh Châu")
        if u != bad: d.unit(u)
        L.append(f"{u:<20}{d.cnt('received_total',s,rec):>9}   {d.cnt('received_online',s,on):>10}   {d.rate('received_online_share',s,on,rec):>16}")
    allr = rows + [(bad, 642, 508)]
    tr_, to_ = sum(r[1] for r in allr), sum(r[2] for r in allr)
    L.append(f"{'Cộng':<20}{d.cnt('received_total','communes',tr_):>9}   {d.cnt('received_online','communes',to_):>10}   {d.rate('received_online_share','communes',to_,tr_):>16}")
    d.flow(tr_, [r[1] for r in allr]); d.flow(to_, [r[2] for r in allr])
    L += ["", "Ghi chú: số liệu tiếp nhận không gồm hồ sơ kỳ trước chuyển sang.", "Dữ liệu được đồng bộ tự động từ Cổng Dịch vụ công quốc gia.",
          f"Liên hệ kỹ thuật: {d.nf('0276.3812.456', 'reference')}"]
    d.mis("unknown_unit", bad, bad, "gần nhất: Xã Vĩnh Châu")
    d.unit("Xã Vĩnh Châu")
    return d, L

# ---------------------------------------------------------------- ministry reports
@reg
def j11():
    d = Doc("j11_ministry_report_botuphap", "ministry_report", "2025-10-10", None)
    d.period = ("2025-07-01", "2025-09-30")
    tot, full, part = 312, 168, 97
    d.flow(tot, [full, part, tot - full - part])
    L = ["BỘ TƯ PHÁP", f"Số: {d.nf('2841/BC-BTP', 'reference')}", "Hà Nội, ngày 10 tháng 10 năm 2025", "",
         "BÁO CÁO", "Tình hình thực hiện cải cách TTHC, cung cấp DVCTT quý III năm 2025", "",
         f"1. Bộ đang thực hiện {d.cnt('procedures_total','self',tot)} TTHC; trong đó {d.cnt('procedures_full_online','self',full)} thủ tục cung cấp DVC trực tuyến",
         f"toàn trình, {d.cnt('procedures_partial_online','self',part)} thủ tục một phần và {d.cnt('procedures_not_online','self',tot-full-part)} thủ tục chưa đủ điều kiện trực tuyến.",
         f"2. Tỷ lệ hồ sơ trực tuyến toàn trình: {d.rate('full_online','self',18_406,27_730)} (18.406/27.730 hồ sơ).",
         f"3. Có {d.uc('self',4,5)} cục thuộc Bộ đạt chỉ tiêu số hóa, gồm: Cục Hộ tịch, quốc tịch, chứng thực; Cục Đăng ký",
         "quốc gia giao dịch bảo đảm; Cục Bổ trợ tư pháp.",
         f"4. Chỉ tiêu năm 2025 theo Nghị quyết {d.nf('66/NQ-CP', 'reference')}: cắt giảm {d.nf('ít nhất 30%', 'bound')} thời gian giải quyết.", "",
         "Nơi nhận:                           KT. BỘ TRƯỞNG", "- Văn phòng Chính phủ;              THỨ TRƯỞNG", "- Lưu: VT, VP.", "",
         "                                    Phan Chí Hiếu"]
    d.mis("unit_count_mismatch", 4, "4/5", "chỉ liệt kê 3 cục đạt chỉ tiêu")
    return d, L

@reg
def j12():
    d = Doc("j12_ministry_report_bocongthuong", "ministry_report", "2025-09-25", None)
    d.period = ("2025-07-01", "2025-09-30")
    rec, on = 64_215, 61_930
    L = ["BỘ CÔNG THƯƠNG", f"Số: {d.nf('7102/BC-BCT', 'reference')}", "Hà Nội, ngày 25 tháng 9 năm 2025", "",
         "BÁO CÁO", "Kết quả thực hiện TTHC trên môi trường điện tử quý III năm 2025 (từ 01/7/2025 đến 30/9/2025)", "",
         f"- Hệ thống thông tin giải quyết TTHC của Bộ tiếp nhận {d.cnt('received_total','self',rec)} hồ sơ, trực tuyến",
         f"  {d.cnt('received_online','self',on)} hồ sơ, đạt tỷ lệ {d.rate('received_online_share','self',on,rec)};",
         f"- Số hồ sơ thanh toán phí trực tuyến: {d.nf('40.118 giao dịch', 'count_of_things')}, bằng {d.rate('online_payment','self',40_118,47_002)} số hồ sơ phải nộp phí ({fi(47_002)} hồ sơ);",
         f"- Tỷ lệ hồ sơ được cập nhật, đồng bộ lên Cổng DVC quốc gia: {d.rate('system_update','self',0,1,xy=False,wrong=99.6)}.", "",
         "Nơi nhận:                     BỘ TRƯỞNG", "- Văn phòng Chính phủ;", "- Lưu: VT, VP.", "", "                              Nguyễn Hồng Diên"]
    d.mis("date_inconsistency", "2025-09-25", "25 tháng 9 năm 2025", "báo cáo ký trước ngày kết thúc kỳ 30/9/2025")
    d.period_planted = True
    return d, L

# ---------------------------------------------------------------- build / check
def run(check):
    errs = []
    cur = current_names()
    for fn in DOCS:
        d, L = fn()
        text = "\n".join(L) + "\n"
        n = len(L)
        if not 15 <= n <= 60: errs.append(f"{d.name}: {n} lines")
        tr = d.truth()
        for grp in ("facts", "not_facts", "mistakes"):
            for e in tr[grp]:
                if "text" in e and str(e["text"]) not in text:
                    errs.append(f"{d.name}: {grp} text missing {e['text']!r}")
        for f in d.facts:
            if f["kind"] == "rate" and f.get("_m", 0) > 1 and not f.get("_planted"):
                if rnd(f["_n"], f["_m"], f["_d"]) != f["value"]:
                    errs.append(f"{d.name}: rate {f['text']}")
        for tot, parts, planted, _ in d.flows:
            ok = abs(round(sum(parts), 2) - tot) < 1e-9
            if ok == planted: errs.append(f"{d.name}: sum {tot} {parts} planted={planted}")
        per = getattr(d, "period", None)
        if per:
            ordered = per[0] <= per[1] < d.date
            if ordered == getattr(d, "period_planted", False): errs.append(f"{d.name}: dates {per} {d.date}")
        legacy = d.date < "2025-07-01"
        for name, prov in d.units:
            if legacy:
                if not legacy_ok(name, prov): errs.append(f"{d.name}: legacy unit {name}")
            elif name not in cur: errs.append(f"{d.name}: unit {name}")
        reg_ = d.name.split("_", 1)[1].rsplit("_", 1)[0]
        if reg_ != d.register: errs.append(f"{d.name}: register")
        for k in ("BC", "TB"):
            pass
        if "THÔNG BÁO" in L and f"/BC-" in text: errs.append(f"{d.name}: TB numbered BC")
        if "BÁO CÁO" in L and f"/TB-" in text: errs.append(f"{d.name}: BC numbered TB")
        js = json.dumps(tr, ensure_ascii=False, indent=1) + "\n"
        for path, body in ((d.name + ".txt", text), (d.name + ".truth.json", js)):
            p = os.path.join(HERE, path)
            if check:
                if not os.path.exists(p) or open(p, encoding="utf-8").read() != body:
                    errs.append(f"{path}: differs from build")
            else:
                open(p, "w", encoding="utf-8").write(body)
    for e in errs: print("ERROR", e)
    print(f"{len(DOCS)} reports, {'check' if check else 'build'}: {'OK' if not errs else str(len(errs)) + ' errors'}")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(run("--check" in sys.argv))
