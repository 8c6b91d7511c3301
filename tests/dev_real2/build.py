#!/usr/bin/env python3
"""Build tests/dev_real2: 30 rewrites of real public pages (structure kept, sentences and numbers new).

python3 tests/dev_real2/build.py          writes R2_NN.txt and R2_NN.truth.json
python3 tests/dev_real2/build.py --check  verifies: every fact/not_fact text is in its report, every
                                          rate matches its x/y (CONTRACT §5) and every sum / balance /
                                          score / complement identity holds, except the planted ones.
"""
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib import Report  # noqa: E402

HERE = Path(__file__).resolve().parent
REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


# ---------------------------------------------------------------- 01 Bến Tre, TTPVHCC month, "ngàn HS"
@report
def r01():
    r = Report("R2_01", "news_article", "2021-06-05", "Tỉnh Bến Tre",
               "https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-giai-quyet-hon-4-5-ngan-ho-so-06062021-a86932.html",
               "provincial centre's month in 'ngàn HS' (multiplied counts), four received parts incl. carried over and post, resolved as x/y over received, on-time/late shares over resolved, pending")
    S = "self"
    r.L("Trung tâm Phục vụ hành chính công giải quyết ", r.nf("hơn 4,8 ngàn hồ sơ", "bound"))
    r.L("")
    r.L("05/06/2021 - 09:42")
    r.L("")
    r.L("BDK.VN - Trong tháng 5-2021, Trung tâm Phục vụ hành chính công tỉnh đã nhận tổng cộng ",
        r.m("6,12 ngàn", 6120, "received_total", S), " hồ sơ (HS) thuộc nhiều lĩnh vực.")
    r.L("")
    r.L("Số này gồm ", r.m("1,13 ngàn", 1130, "received_carried_over", S), " HS của kỳ trước chuyển qua, ",
        r.m("3,41 ngàn", 3410, "received_offline", S, scope="trực tiếp"), " HS mới nộp trực tiếp, ",
        r.m("1,44 ngàn", 1440, "received_online", S), " HS nộp trực tuyến và ",
        r.n(140, "received_offline", S, scope="bưu chính công ích"), " HS gửi qua dịch vụ bưu chính công ích.")
    r.ident("sum", [1130, 3410, 1440, 140], 6120)
    r.L("")
    r.L("Kết quả, Trung tâm đã giải quyết xong: ", r.n(4873, "resolved_total", S), "/6.120 HS (tỷ lệ ",
        r.p(4873, 6120, 1, "other", S, scope="đã giải quyết trên tiếp nhận"), ").")
    r.L("Trong số đó, ", r.m("4,86 ngàn", 4860, "resolved_in_time", S), " HS được trả đúng và trước hạn (tỷ lệ ",
        r.p(4860, 4873, 1, "resolved_on_time", S), "), còn ", r.n(13, "resolved_late", S),
        " HS bị trễ hạn (tỷ lệ ", r.p(13, 4873, 1, "resolved_late", S), ").")
    r.ident("sum", [4860, 13], 4873)
    r.L("Hiện Trung tâm đang xử lý ", r.n(1247, "pending_total", S), " HS, tất cả đều chưa đến hạn trả kết quả.")
    r.ident("sum", [4873, 1247], 6120)
    r.L("")
    r.L("Theo Trung tâm, HS trễ hạn chủ yếu rơi vào thủ tục cấp phiếu lý lịch tư pháp (",
        r.nf("9 trường hợp", "count_of_things"), ") do người yêu cầu khai thiếu thông tin về án tích và cơ quan phối hợp phản hồi chậm;")
    r.L(r.nf("4 trường hợp", "count_of_things"), " còn lại thuộc lĩnh vực đất đai và thủy lợi, phải chờ chỉnh sửa hồ sơ.")
    r.L("")
    r.L("H. Đức")
    r.L("")
    r.L("Chia sẻ bài viết")
    r.L("BÌNH LUẬN")
    return r


# ---------------------------------------------------------------- 02 Quảng Nam, VP UBND portal, 766 at a date
@report
def r02():
    r = Report("R2_02", "portal_stats", "2023-11-28", "Tỉnh Quảng Nam",
               "https://vpubnd.quangnam.gov.vn/webcenter/portal/vpubnd/pages_tin-tuc/chi-tiet-tin?dDocName=PORTAL539601",
               "766 total as x/100 at a cut-off date, class named in words, counts of units per class (not facts), month score with 'tạm xếp trong nhóm' and a percentage change")
    r.L("Công bố kết quả Bộ chỉ số phục vụ người dân và doanh nghiệp của các sở, ban, ngành và UBND các huyện, thị xã, thành phố")
    r.L("")
    r.L("Ngày 28/11/2023, Văn phòng UBND tỉnh Quảng Nam ban hành ", r.nf("Công văn số 1204/VPUBND-NCKS", "reference"),
        " công bố số liệu Bộ chỉ số phục vụ người dân và doanh nghiệp của các sở, ban, ngành và UBND cấp huyện tính đến ngày 28/11/2023.")
    r.L("")
    r.L("Theo đó, đến ngày 28/11/2023, tổng điểm Bộ chỉ số năm 2023 của tỉnh Quảng Nam đạt ",
        r.score(68.4, 1, "index_766_total", "city", maximum=100), "/100 điểm.")
    r.L("So với các mức xếp loại tại ", r.nf("Quyết định số 766/QĐ-TTg", "reference"),
        " ngày 23/6/2022 của Thủ tướng Chính phủ về Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử, tỉnh thuộc loại Trung bình khá.")
    r.L("")
    r.L("Ở khối sở, ban, ngành cấp tỉnh và UBND các huyện, thị xã, thành phố, ", r.nf("03 sở, ngành", "count_of_things"),
        " xếp loại tốt, ", r.nf("08 đơn vị", "count_of_things"), " xếp loại khá, ", r.nf("25 đơn vị", "count_of_things"),
        " còn lại ở mức trung bình.")
    r.L("")
    r.L("Số liệu Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2023 của các sở, ngành cấp tỉnh")
    r.L("(xem tệp đính kèm)")
    r.L("")
    r.L("Số liệu Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2023 của UBND các huyện, thị xã, thành phố")
    r.L("(xem tệp đính kèm)")
    r.L("")
    r.L("Riêng điểm số tháng 11/2023, tính tới lúc trích xuất dữ liệu, tỉnh đạt ",
        r.score(73.1, 1, "index_766_total", "city", scope="tháng 11/2023", maximum=100), "/100, ",
        r.nf("tạm xếp trong nhóm 20", "bound"), " tỉnh, thành phố trực thuộc Trung ương, ",
        r.nf("tăng 1,6%", "change"), " so với điểm của tháng 10/2023.")
    r.L("")
    r.L("Tin liên quan")
    return r


# ---------------------------------------------------------------- 03 national, full-online rate with blocs
@report
def r03():
    r = Report("R2_03", "news_article", "2025-11-07", None,
               "https://vietnamnet.vn/ty-le-tai-su-dung-du-lieu-trong-cung-cap-dich-vu-cong-truc-tuyen-con-thap-2460492.html",
               "national full-online rate in a photo caption and again in the body with its blocs (khối bộ / khối tỉnh), strategy targets 'tối thiểu', change over the same period")
    N = "national"
    r.L("Tỷ lệ tái sử dụng dữ liệu trong cung cấp dịch vụ công trực tuyến còn thấp")
    r.L("07/11/2025")
    r.L("")
    r.L("Đưa dịch vụ công lên môi trường mạng là một việc trọng tâm của chuyển đổi số quốc gia, của quá trình xây dựng Chính phủ điện tử tiến tới Chính phủ số.")
    r.L("")
    r.L("Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030 đặt ra nhiều chỉ tiêu cho dịch vụ công trực tuyến.")
    r.L("Chẳng hạn, toàn bộ dịch vụ công trực tuyến phải được thiết kế hoặc thiết kế lại để người dùng thao tác thuận tiện, dữ liệu đã khai được điền sẵn;")
    r.L(r.nf("tối thiểu 80%", "bound"), " hồ sơ thủ tục hành chính được xử lý trọn vẹn trên mạng, người dân chỉ nhập dữ liệu một lần;")
    r.L("và ", r.nf("tối thiểu 20%", "bound"), " thủ tục hành chính của cơ quan nhà nước được cắt giảm.")
    r.L("")
    r.L("Ảnh: Tháng 10/2025, hồ sơ trực tuyến toàn trình chiếm ", r.rate(41.27, 2, "full_online", N),
        " tổng số hồ sơ giải quyết thủ tục hành chính trên cả nước.")
    r.L("")
    r.L("Số liệu của Bộ KH&CN cho thấy, tính đến ngày 26/10, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ giải quyết thủ tục hành chính là ",
        r.rate(41.27, 2, "full_online", N), ";")
    r.L("trong đó khối bộ, ngành đạt ", r.rate(55.83, 2, "full_online", N, scope="khối bộ"),
        ", còn khối tỉnh, thành phố đạt ", r.rate(17.62, 2, "full_online", N, scope="khối tỉnh, thành phố"), ".")
    r.L("")
    r.L("Như vậy, so với cùng thời điểm năm 2024, tỷ lệ này của cả nước trong tháng 10/2025 đã ",
        r.nf("tăng 2,05%", "change"), ".")
    r.L("")
    r.L("Thời gian qua, Tổng công ty Bưu điện Việt Nam (Vietnam Post) tiếp tục hỗ trợ, hướng dẫn người dân nộp hồ sơ trực tuyến tại các điểm bưu điện văn hóa xã.")
    return r


# ---------------------------------------------------------------- 04 Thái Nguyên quarter [mistake: online share]
@report
def r04():
    r = Report("R2_04", "news_article", "2023-03-31", "Tỉnh Thái Nguyên",
               "https://baothainguyen.vn/thoi-su-trong-tinh/cai-cach-hanh-chinh/202303/ty-le-ho-so-thu-tuc-hanh-chinh-giai-quyet-dung-han-dat-97-d0c2f0d/",
               "headline rate repeated in the lead (0 decimals), a part 'hồ sơ tiếp nhận trực tuyến' with an on-time rate of its own scope, counts of linked procedures (not facts)")
    C = "city"
    r.L("Hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt ", r.rate(97, 0, "resolved_on_time", C))
    r.L("")
    r.L("Thu Hà 17:05, 31/03/2023")
    r.L("")
    r.L("Quý I/2023, toàn tỉnh ghi nhận ", r.n(186420, "received_total", C),
        " hồ sơ thủ tục hành chính (TTHC) cần giải quyết; hồ sơ được giải quyết đúng hạn đạt tỷ lệ ",
        r.rate(97, 0, "resolved_on_time", C), ".")
    r.L("Hồ sơ tiếp nhận qua mạng là ", r.n(112604, "received_online", C), " hồ sơ, chiếm ",
        r.p(112604, 186420, 1, "received_online_share", C, stated=61.4,
            note="112.604/186.420 is 60,4% (the share names the total of dossiers to handle as its base)"),
        " tổng số hồ sơ yêu cầu giải quyết; riêng nhóm hồ sơ này được giải quyết đúng hạn ",
        r.rate(99.7, 1, "resolved_on_time", C, scope="hồ sơ trực tuyến"), ".")
    r.L("")
    r.L("Người dân đến làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh.")
    r.L("")
    r.L("Tất cả hồ sơ TTHC trên địa bàn tỉnh đều được tiếp nhận, xử lý trên phần mềm Một cửa điện tử;")
    r.L("tiến độ và kết quả giải quyết từng hồ sơ được công khai trên Hệ thống thông tin giải quyết TTHC.")
    r.L("")
    r.L("Những sở, ngành, địa phương để hồ sơ quá hạn đều đã gửi văn bản xin lỗi tổ chức, cá nhân và hẹn lại ngày trả kết quả,")
    r.L("theo đúng ", r.nf("Nghị định số 61/2018/NĐ-CP", "reference"), " ngày 23/4/2018 của Chính phủ.")
    r.L("")
    r.L("Từ đầu năm, các cơ quan, đơn vị tiếp tục đưa toàn bộ TTHC ngành dọc ra tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh")
    r.L("và bộ phận một cửa cấp huyện, cấp xã theo danh mục đã quy định;")
    r.L("đồng thời tiếp nhận tốt ", r.nf("76 TTHC", "count_of_things"), " liên thông cùng cấp và ",
        r.nf("61 TTHC", "count_of_things"), " liên thông giữa các cấp chính quyền tại bộ phận một cửa.")
    return r


# ---------------------------------------------------------------- 05 Sơn La centre since opening
@report
def r05():
    r = Report("R2_05", "news_article", "2018-05-22", "Tỉnh Sơn La",
               "http://baosonla.org.vn/vi/bai-viet/trung-tam-hanh-chinh-cong-tinh-giai-quyet-va-tra-ket-qua-gan-27000-ho-so-tthc-15405",
               "provincial centre since opening: received, resolved as an approximation with its rate, early count with a share, on time, pending, late; headline approximation")
    S = "self"
    r.L("Trung tâm Hành chính công tỉnh: Giải quyết và trả kết quả ", r.nf("gần 29.000 hồ sơ", "approx"), " TTHC")
    r.L("")
    r.L("Ngày 22 tháng 05 năm 2018")
    r.L("")
    r.L("Từ ngày 02/6/2017, Trung tâm Hành chính công tỉnh chính thức hoạt động, là đầu mối duy nhất tiếp nhận và giải quyết thủ tục hành chính của các sở, ngành trong tỉnh.")
    r.L("")
    r.L("Bộ phận tiếp nhận và giải quyết thủ tục hành chính tại Trung tâm Hành chính công tỉnh.")
    r.L("")
    r.L("Sau gần một năm vận hành, tính đến cuối tháng 4/2018, Trung tâm đã nhận ", r.n(30978, "received_total", S), " hồ sơ TTHC;")
    r.L("số hồ sơ đã giải quyết, trả kết quả là ", r.nf("gần 29.000", "approx"), ", đạt ",
        r.rate(93.5, 1, "other", S, scope="đã giải quyết trên tiếp nhận"), ";")
    r.L("trong đó trả sớm hơn hẹn ", r.n(24118, "resolved_early", S), " hồ sơ TTHC, đạt ",
        r.rate(83, 0, "other", S, scope="trước hạn"), "; trả đúng hẹn ", r.n(4103, "resolved_on_time", S), " hồ sơ;")
    r.L("đang giải quyết ", r.n(2014, "pending_total", S), " hồ sơ; trả muộn so với quy định ", r.n(743, "resolved_late", S), " hồ sơ.")
    r.ident("sum", [24118, 4103, 743, 2014], 30978)
    r.L("")
    r.L("Thời gian tới, Trung tâm tiếp tục phối hợp với các cơ quan, đơn vị trong tỉnh để đề xuất đổi mới, nâng chất lượng giải quyết TTHC")
    r.L("theo hướng công khai, minh bạch, nhanh gọn, thuận tiện;")
    r.L("đồng thời rà soát, cập nhật, điều chỉnh thủ tục, quy trình trên phần mềm mỗi khi cơ quan có thẩm quyền thay đổi.")
    r.L("")
    r.L("Tìm kiếm theo ngày")
    return r


# ---------------------------------------------------------------- 06 Bà Rịa - Vũng Tàu 5-year [mistake: level parts]
@report
def r06():
    r = Report("R2_06", "news_article", "2020-09-18", "Tỉnh Bà Rịa - Vũng Tàu",
               "http://baobariavungtau.com.vn/xa-hoi/202009/gan-dan-hieu-dan-de-phuc-vu-tot-nhat-909500/",
               "five-year review: procedure counts 'ở 3 cấp … trong đó', online services by level 'gồm … cấp tỉnh, … cấp huyện và … cấp xã' and by mức độ, staffing cuts, an average on-time rate, other indices' ranks with their changes")
    C = "city"
    r.L("Gần dân, hiểu dân để phục vụ tốt nhất")
    r.L("")
    r.L("Trong giai đoạn 2015-2020, UBND tỉnh ban hành ", r.nf("327 quyết định", "count_of_things"), " công bố ",
        r.nf("7.742 TTHC", "count_of_things"), " thuộc cả 3 cấp tỉnh, huyện, xã, trong đó: ",
        r.nf("3.702 TTHC", "count_of_things"), " mới ban hành và thay thế, ", r.nf("1.015 TTHC", "count_of_things"),
        " được sửa đổi, bổ sung và ", r.nf("3.025 TTHC", "count_of_things"), " bị bãi bỏ.")
    r.L("Dịch vụ công trực tuyến được cung ứng ở cả 3 cấp với ", r.n(2328, "procedures_total", C), " thủ tục, gồm ",
        r.n(1871, "procedures_total", "departments", scope="cấp tỉnh"), " thủ tục cấp tỉnh, ",
        r.n(309, "procedures_total", "districts", scope="cấp huyện"), " thủ tục cấp huyện và ",
        r.n(138, "procedures_total", "communes", scope="cấp xã"), " thủ tục cấp xã;")
    r.ident("sum", [1871, 309, 138], 2328, planted=True)
    r.mistake("sum_mismatch", 2328, "2.328", "1.871 + 309 + 138 = 2.318, not 2.328")
    r.L("trong số đó, dịch vụ công mức độ 1, 2 có ", r.n(2318, "procedures_total", C, scope="mức độ 1, 2"),
        " thủ tục, mức độ 3 có ", r.n(1126, "procedures_partial_online", C, scope="mức độ 3"),
        " thủ tục và mức độ 4 có ", r.n(472, "procedures_full_online", C, scope="mức độ 4"), " thủ tục.")
    r.L("Tỉnh cũng ", r.nf("giảm 211", "change"), " chỉ tiêu biên chế hành chính và ", r.nf("2.507", "change"),
        " chỉ tiêu biên chế sự nghiệp.")
    r.L("")
    r.L("Bộ phận Một cửa các cấp niêm yết công khai toàn bộ TTHC thuộc thẩm quyền tiếp nhận, bằng bản giấy hoặc trên máy tính,")
    r.L("và gửi tin nhắn báo tình trạng hồ sơ cho người nộp.")
    r.L("Tỉnh phối hợp với Bưu điện tỉnh công bố danh mục TTHC nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích ở cả 3 cấp.")
    r.L("Hồ sơ TTHC được giải quyết đúng hạn ở mức cao, bình quân đạt ", r.rate(99, 0, "resolved_on_time", C), ".")
    r.L("Với hồ sơ trễ hạn, Bộ phận Một cửa các cấp đều thông báo trước và gửi thư xin lỗi tổ chức, cá nhân.")
    r.L("")
    r.L("Các chỉ số PAR INDEX, PCI, PAPI của tỉnh đều lên hạng so với năm 2015:")
    r.L("- PAR INDEX xếp ", r.nf("8/63", "reference"), " tỉnh, thành phố (", r.nf("tăng 27 bậc", "change"), " so với năm 2015);")
    r.L("- PAPI xếp hạng ", r.nf("11/63", "reference"), " tỉnh, thành phố (", r.nf("tăng 33 bậc", "change"), ");")
    r.L("- PCI xếp thứ ", r.nf("15/63", "reference"), " tỉnh, thành phố (", r.nf("tăng 3 bậc", "change"), ").")
    return r


# ---------------------------------------------------------------- 07 Đà Lạt yearly, town and communes
@report
def r07():
    U = "unit:Thành phố Đà Lạt"
    r = Report("R2_07", "news_article", "2023-12-21", "Tỉnh Lâm Đồng",
               "https://baolamdong.vn/xa-hoi/202312/a-lat-ty-le-giai-quyet-ho-so-thu-tuc-hanh-chinh-nam-2023-dat-9962-cb50107/",
               "district-level town: headline and lead rate without counts, counts 'tiếp nhận … giải quyết trước hạn, đúng hạn', breakdown town one-stop / communes with pending-in-time inside the on-time count, rates over received")
    r.L("Đà Lạt: Tỷ lệ giải quyết hồ sơ thủ tục hành chính năm 2023 đạt ", r.rate(99.61, 2, "resolved_on_time", U))
    r.L("")
    r.L("VIẾT TRỌNG 07:12, 21/12/2023")
    r.L("")
    r.L("Theo UBND TP Đà Lạt, trong năm 2023, hồ sơ thủ tục hành chính trên toàn thành phố được giải quyết đạt tỷ lệ ",
        r.rate(99.61, 2, "resolved_on_time", U), ".")
    r.L("")
    r.L("Bộ phận Tiếp nhận và trả kết quả hồ sơ tại UBND Phường 1, Đà Lạt")
    r.L("")
    r.L("Cụ thể, từ ngày 7/12/2022 đến ngày 4/12/2023, toàn thành phố nhận tổng cộng ", r.n(91347, "received_total", U),
        " hồ sơ; số hồ sơ được giải quyết trước hạn, đúng hạn là ", r.n(90991, "resolved_in_time", U), ".")
    B = "Bộ phận Một cửa UBND thành phố"
    r.L("")
    r.L("Riêng Bộ phận Một cửa UBND thành phố nhận ", r.n(16204, "received_total", U, scope=B),
        " hồ sơ, giải quyết trước hạn, đúng hạn ", r.n(15861, "resolved_in_time", U, scope=B), " hồ sơ (trong số này có ",
        r.n(402, "pending_on_time", U, scope=B), " hồ sơ đang giải quyết trong hạn và ", r.n(11, "pending_late", U, scope=B),
        " hồ sơ đang giải quyết quá hạn), đạt tỷ lệ ", r.p(15861, 16204, 2, "resolved_on_time", U, scope=B), ", ",
        r.nf("tăng 0,12%", "change"), " so với năm 2022.")
    r.L("")
    r.L("Ở khối UBND các phường, xã, tổng số hồ sơ tiếp nhận là ", r.n(75143, "received_total", "communes"),
        ", số đã giải quyết trước hạn và đúng hạn là ", r.n(75130, "resolved_in_time", "communes"), " hồ sơ (trong đó ",
        r.n(41, "pending_on_time", "communes"), " hồ sơ đang giải quyết trong hạn), đạt tỷ lệ ",
        r.p(75130, 75143, 2, "resolved_on_time", "communes"), ".")
    r.ident("sum", [16204, 75143], 91347)
    r.ident("sum", [15861, 75130], 90991)
    r.L("")
    r.L("Thời gian tới, thành phố tiếp tục đẩy mạnh nộp hồ sơ trực tuyến và số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.")
    r.L("")
    r.L("Chia sẻ")
    return r


# ---------------------------------------------------------------- 08 Khánh Hòa quarter, many rates
@report
def r08():
    C = "city"
    r = Report("R2_08", "news_article", "2024-03-23", "Tỉnh Khánh Hòa",
               "https://baokhanhhoa.vn/chinh-tri/202403/quy-i-ty-le-ho-so-truc-tuyen-tiep-tuc-tang-d4118a3/",
               "quarterly PAR summary: rates with their changes 'tăng … so với cùng kỳ', two blocs of on-time rate, bounds on payment counts and money, digitisation / e-result / feedback rates, task and unit counts (not facts)")
    r.L("17:02, 23/03/2024")
    r.L("")
    r.L("Quý I, tỷ lệ hồ sơ trực tuyến tiếp tục tăng")
    r.L("")
    r.L("TÂM MAI")
    r.L("")
    r.L("Quý I, công tác cải cách hành chính (CCHC) của tỉnh Khánh Hòa bám sát mục tiêu, nhiệm vụ của kế hoạch CCHC năm 2024.")
    r.L("Nổi bật là tỷ lệ hồ sơ trực tuyến tiếp tục đi lên, đạt ", r.rate(64.17, 2, "online_submission", C), ", ",
        r.nf("tăng 5,62%", "change"), " so với cùng kỳ năm 2023.")
    r.L("Hồ sơ thủ tục hành chính (TTHC) của khối cơ quan chuyên môn cấp tỉnh, UBND cấp huyện, UBND cấp xã được giải quyết đúng hạn ",
        r.rate(99.41, 2, "resolved_on_time", C, scope="khối cơ quan chuyên môn cấp tỉnh, UBND cấp huyện, UBND cấp xã"), ", ",
        r.nf("tăng 0,22%", "change"), " so với cùng kỳ; khối cơ quan ngành dọc đạt ",
        r.rate(99.98, 2, "resolved_on_time", C, scope="khối cơ quan ngành dọc"), ".")
    r.L("Toàn tỉnh có ", r.nf("hơn 41.200 lượt", "bound"), " giao dịch thanh toán trực tuyến, tổng số tiền ",
        r.nf("hơn 37,4 tỷ đồng", "bound"), ".")
    r.L("")
    r.L("Trong quý, UBND tỉnh được Chính phủ, Thủ tướng Chính phủ giao ", r.nf("24 nhiệm vụ", "count_of_things"), "; ",
        r.nf("7 nhiệm vụ", "count_of_things"), " đã xong đúng hạn, ", r.nf("6 nhiệm vụ", "count_of_things"),
        " đang làm trong hạn, ", r.nf("11 nhiệm vụ", "count_of_things"), " chờ xác nhận.")
    r.L("UBND tỉnh cũng phê duyệt danh mục ", r.nf("16 TTHC", "count_of_things"), " với ", r.nf("21 quy trình nội bộ", "count_of_things"),
        " làm thí điểm dịch vụ công trực tuyến không dùng hồ sơ giấy.")
    r.L("Văn bản gửi hoàn toàn dưới dạng điện tử, không kèm bản giấy, chiếm ", r.rate(91, 0, "other", C, scope="văn bản điện tử"), ".")
    r.L("")
    r.L("Tính đến tháng 2, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của tỉnh là ", r.rate(61.08, 2, "digitization", C), ".")
    r.L("Hồ sơ được cấp kết quả bản điện tử đạt ", r.rate(72.35, 2, "other", C, scope="cấp kết quả điện tử"), ".")
    r.L("Phản ánh, kiến nghị được tiếp nhận, giải quyết đạt ", r.rate(100, 0, "feedback_handled", C), ".")
    r.L("Việc sắp xếp lại cơ quan hành chính, đơn vị sự nghiệp công lập làm đúng quy định; toàn tỉnh hiện có ",
        r.nf("131 tổ chức", "count_of_things"), " thuộc sở và ", r.nf("603 đơn vị", "count_of_things"), " sự nghiệp công lập.")
    return r


# ---------------------------------------------------------------- 09 Bắc Ninh month: payment, digitisation by level
@report
def r09():
    C = "city"
    r = Report("R2_09", "news_article", "2023-11-04", "Tỉnh Bắc Ninh",
               "https://bacninhtv.vn/tin-tuc-n21096/ty-le-so-hoa-thanh-phan-ho-so-thang-10-toan-tinh-dat-100.html",
               "month by level with approximate totals ('gần', 'hơn') and exact-looking shares, payment rate 'trung bình' restated with its levels, named districts at 100%, changes 'tăng … so với trước khi có Chỉ thị'")
    r.L("Tháng 10, tỷ lệ số hóa thành phần hồ sơ trên toàn tỉnh đạt ", r.rate(100, 0, "digitization", C))
    r.L("")
    r.L("(BTV) Trong tháng 10, Trung tâm Hành chính công tỉnh tăng cường nhiều giải pháp nâng chất lượng cung cấp, thực hiện dịch vụ công trực tuyến, đem lại kết quả tích cực.")
    r.L("Hồ sơ thanh toán trực tuyến toàn tỉnh đạt bình quân ", r.rate(97, 0, "online_payment", C),
        "; chỉ tiêu số hóa thành phần hồ sơ đạt ", r.rate(100, 0, "digitization", C), ".")
    r.L("")
    r.L("Các sở, ban, ngành tiếp nhận ", r.nf("gần 9.100 hồ sơ", "approx"), ", trong đó ", r.n(8172, "received_online", "departments"),
        " hồ sơ nộp trực tuyến, đạt tỷ lệ ", r.rate(90, 0, "received_online_share", "departments"), ";")
    r.L("các huyện, thị xã, thành phố tiếp nhận ", r.nf("hơn 14.000 hồ sơ", "bound"), ", trong đó nộp trực tuyến ",
        r.nf("gần 13.900 hồ sơ", "approx"), ", đạt tỷ lệ ", r.rate(99, 0, "received_online_share", "districts"), ".")
    r.L("Hồ sơ thanh toán trực tuyến trên tổng số hồ sơ có thu phí, lệ phí toàn tỉnh đạt bình quân ",
        r.rate(97, 0, "online_payment", C), ", ", r.nf("tăng 93%", "change"), " so với trước khi có Chỉ thị 10;")
    r.L("trong đó cấp tỉnh đạt ", r.rate(100, 0, "online_payment", "departments", scope="cấp tỉnh"), ", cấp huyện đạt ",
        r.rate(96, 0, "online_payment", "districts", scope="cấp huyện"), ".")
    r.L("Hai huyện Gia Bình và Tiên Du dẫn đầu, cùng đạt ", r.rate(100, 0, "online_payment", "unit:Huyện Gia Bình"),
        " (Tiên Du: ", r.rate(100, 0, "online_payment", "unit:Huyện Tiên Du"), ").")
    r.L("")
    r.L("Với chỉ tiêu số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính, thành phần hồ sơ được số hóa trên toàn tỉnh đạt ",
        r.rate(100, 0, "digitization", C), ", ", r.nf("tăng 86%", "change"), " so với trước khi có Chỉ thị.")
    r.L("Việc số hóa các kết quả cũ còn hiệu lực vẫn đang được các đơn vị tiếp tục làm;")
    r.L("riêng tháng 10, toàn tỉnh số hóa được ", r.nf("hơn 1.700 kết quả", "bound"), " thủ tục hành chính đã cấp trước đây còn hiệu lực.")
    r.L("")
    r.L("Đức Minh, Thiên Thanh")
    return r


# ---------------------------------------------------------------- 10 Vĩnh Phúc year digitisation
@report
def r10():
    C = "city"
    r = Report("R2_10", "news_article", "2025-01-16", "Tỉnh Vĩnh Phúc",
               "https://baovinhphuc.com.vn/en-us/tin-tuc/ID/125144/Huong-den-nen-hanh-chinh-khong-giay-to",
               "feature on paperless administration: a yearly digitisation rate 'số hóa đối với p% tổng số hồ sơ tiếp nhận', e-result and reuse rates in one sentence, narrative around them")
    r.L("Hướng đến nền hành chính không giấy tờ")
    r.L("")
    r.L("Số hóa hồ sơ, giấy tờ, quy trình xử lý và trả kết quả giải quyết thủ tục hành chính (TTHC) cho tổ chức, cá nhân;")
    r.L("mở rộng dịch vụ công trực tuyến, liên thông dữ liệu và nối hệ thống thông tin của tỉnh với hệ thống của Trung ương")
    r.L("là những việc các cấp, ngành trong tỉnh đang đẩy mạnh để tiến tới nền hành chính số, không giấy tờ.")
    r.L("")
    r.L("Nhằm xây dựng nền hành chính hiện đại, thông minh, không giấy tờ, UBND tỉnh đã ban hành nhiều đề án, kế hoạch, văn bản chỉ đạo")
    r.L("yêu cầu các sở, ngành, địa phương đầu tư hạ tầng số, nền tảng số, dữ liệu; bảo đảm an toàn thông tin, an ninh mạng;")
    r.L("và đẩy mạnh tuyên truyền để tạo đồng thuận trong thực hiện nhiệm vụ.")
    r.L("")
    r.L("Ảnh: Chữ ký số được dùng tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Trà Hương")
    r.L("")
    r.L("Theo chỉ đạo của UBND tỉnh, các sở, ban, ngành, địa phương đã khẩn trương số hóa hồ sơ, giấy tờ và quy trình xử lý, trả kết quả TTHC;")
    r.L("sử dụng nhiều hơn các phần mềm, ứng dụng trong quản lý nhà nước; xây dựng, liên thông dữ liệu dùng chung; bồi dưỡng kỹ năng số cho cán bộ, công chức.")
    r.L("Trong năm 2024, toàn tỉnh đã số hóa ", r.rate(72.36, 2, "digitization", C), " tổng số hồ sơ tiếp nhận, cấp kết quả điện tử cho ",
        r.rate(81.4, 1, "other", C, scope="cấp kết quả điện tử"), " hồ sơ đã giải quyết,")
    r.L("và tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt ", r.rate(43.18, 2, "digital_reuse", C), ".")
    r.L("")
    r.L("Thời gian tới, tỉnh tiếp tục rà soát, hoàn thiện kho dữ liệu điện tử của tổ chức, cá nhân trên Hệ thống thông tin giải quyết TTHC.")
    return r


# ---------------------------------------------------------------- 11 An Giang, late reception counts (post-merger)
@report
def r11():
    C = "city"
    r = Report("R2_11", "news_article", "2025-11-12", "Tỉnh An Giang",
               "https://plo.vn/an-giang-con-1401-ho-so-cham-duoc-tiep-nhan-tren-cong-dich-vu-cong-quoc-gia-post880966.html",
               "counts given in the headline, the sapo and the body: dossiers received late (no catalogue id) and dossiers overdue in progress; a time limit in words; 'các xã, phường, đặc khu'")
    r.L("An Giang còn ", r.nf("1.563 hồ sơ chậm được tiếp nhận", "count_of_things"), " trên Cổng dịch vụ công quốc gia")
    r.L("12/11/2025 18:06")
    r.L("")
    r.L("(PLO)- Văn phòng Chính phủ cho biết, với hồ sơ tiếp nhận trong tháng 10-2025, An Giang còn ",
        r.nf("1.563 hồ sơ", "count_of_things"), " tiếp nhận chậm và ", r.n(942, "pending_late", C), " hồ sơ quá hạn đang xử lý.")
    r.L("")
    r.L("UBND tỉnh An Giang vừa có văn bản yêu cầu sở, ngành, địa phương rà soát, kiểm tra và xử lý dứt điểm hồ sơ trực tuyến nộp qua Cổng dịch vụ công quốc gia")
    r.L("nhưng chậm được tiếp nhận hoặc đã quá hạn mà còn đang xử lý.")
    r.L("")
    r.L("Chủ tịch UBND tỉnh yêu cầu hồ sơ trực tuyến phải được tiếp nhận trong tám giờ làm việc kể từ khi Hệ thống nhận hồ sơ. Ảnh minh họa: Cổng TTĐT tỉnh An Giang")
    r.L("")
    r.L("Theo đánh giá của Văn phòng Chính phủ, trong số hồ sơ tiếp nhận tháng 10-2025, tỉnh còn ", r.nf("1.563", "count_of_things"),
        " hồ sơ bị tiếp nhận chậm và ", r.n(942, "pending_late", C), " hồ sơ quá hạn vẫn đang trong quá trình xử lý.")
    r.L("")
    r.L("Trước tình hình này, Chủ tịch UBND tỉnh yêu cầu lãnh đạo các sở, ngành và Chủ tịch UBND các xã, phường, đặc khu")
    r.L("khẩn trương rà soát, kiểm tra, giải quyết dứt điểm số hồ sơ nói trên.")
    r.L("")
    r.L("Lãnh đạo các cơ quan, địa phương phải chịu trách nhiệm kiểm tra; chỉ đạo tiếp nhận hồ sơ trực tuyến trong vòng tám giờ làm việc")
    r.L("kể từ khi Hệ thống thông tin giải quyết thủ tục hành chính ghi nhận hồ sơ.")
    r.L("“Nơi nào để hồ sơ trực tuyến không được tiếp nhận đúng hạn, tùy tính chất, mức độ sẽ xem xét trách nhiệm người đứng đầu…”")
    return r


# ---------------------------------------------------------------- 12 Hòa Bình nine months [mistake: on-time rate]
@report
def r12():
    C = "city"
    r = Report("R2_12", "news_article", "2022-09-21", "Tỉnh Hòa Bình",
               "https://hoabinh.gov.vn/cntt-va-vien-thong?p_p_id=com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk_resetCur=false&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk_delta=4&_com_soft_article_listnew_ListNewByCategoryPortlet_INSTANCE_byxk_cur=67",
               "portal list item: headline rate, date in parentheses, generic lead; body (written in the list item's vocabulary) with received parts in parentheses and the on-time rate over resolved")
    r.L("9 tháng đầu năm, hồ sơ thủ tục hành chính được giải quyết đạt tỷ lệ ", r.rate(96.4, 1, "resolved_on_time", C))
    r.L("(21/09/2022)")
    r.L("Trong 9 tháng đầu năm 2022, các cấp, các ngành từ tỉnh tới cơ sở đều coi cải cách hành chính là một nhiệm vụ trọng tâm của công tác chỉ đạo, điều hành.")
    r.L("Nhờ đó, các mục tiêu, chỉ tiêu cải cách hành chính đề ra cơ bản được hoàn thành, hướng tới sự hài lòng của người dân và doanh nghiệp,")
    r.L("góp phần thúc đẩy phát triển kinh tế - xã hội của tỉnh.")
    r.L("")
    r.L("Trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, tổng số hồ sơ tiếp nhận là ", r.n(198356, "received_total", C),
        " (nộp trực tuyến ", r.n(47105, "received_online", C), ", trực tiếp và qua bưu chính ", r.n(144782, "received_offline", C),
        ", kỳ trước chuyển sang ", r.n(6469, "received_carried_over", C), ").")
    r.ident("sum", [47105, 144782, 6469], 198356)
    r.L("Đã giải quyết ", r.n(185204, "resolved_total", C), " hồ sơ, trong đó đúng hạn và trước hạn ",
        r.n(177021, "resolved_in_time", C), " hồ sơ, đạt ",
        r.p(177021, 185204, 1, "resolved_on_time", C, stated=96.4, note="177.021/185.204 is 95,6%"),
        "; quá hạn ", r.n(8183, "resolved_late", C), " hồ sơ.")
    r.ident("sum", [177021, 8183], 185204)
    r.L("Số hồ sơ đang giải quyết là ", r.n(13152, "pending_total", C), ".")
    r.ident("sum", [185204, 13152], 198356)
    r.L("")
    r.L("Tỉnh tiếp tục duy trì ", r.nf("634", "count_of_things"), " dịch vụ công trực tuyến mức độ 3 và ",
        r.nf("925", "count_of_things"), " dịch vụ mức độ 4 trên Cổng dịch vụ công của tỉnh.")
    r.L("")
    r.L("")
    r.L("Các tin khác")
    r.L("Xem tiếp")
    return r


# ---------------------------------------------------------------- 13 Kon Tum quarter [mistake: late share]
@report
def r13():
    C = "city"
    r = Report("R2_13", "news_article", "2023-04-12", "Tỉnh Kon Tum",
               "https://www.kontum.gov.vn/pages/detail/46988/Toan-tinh-tiep-nhan-56.039-ho-so-giai-quyet-thu-tuc-hanh-chinh-trong-quy-I.html",
               "headline total; received = carried over + new in parentheses; online part with its share and a parenthetical exclusion; 'đúng hạn và sớm hạn đạt gần 98%'; a ratio to last year's quarter ('bằng 187,3%')")
    r.L("Toàn tỉnh tiếp nhận ", r.n(58214, "received_total", C), " hồ sơ giải quyết thủ tục hành chính trong quý I")
    r.L("Ngày đăng: 12/04/2023 10:21")
    r.L("")
    r.L("Theo báo cáo của Văn phòng UBND tỉnh, quý I/2023 toàn tỉnh có tổng số ", r.n(58214, "received_total", C),
        " hồ sơ tiếp nhận (gồm ", r.n(3906, "received_carried_over", C), " hồ sơ kỳ trước chuyển qua và ",
        r.n(54308, "received_total", C, scope="tiếp nhận mới"), " hồ sơ tiếp nhận mới),")
    r.ident("sum", [3906, 54308], 58214)
    r.L("trong đó hồ sơ trực tuyến là ", r.n(21457, "received_online", C), " (đạt tỷ lệ ",
        r.p(21457, 54308, 2, "received_online_share", C), " số hồ sơ tiếp nhận mới, chưa bao gồm hồ sơ của các cơ quan ngành dọc).")
    r.L("Số hồ sơ trực tuyến này ", r.nf("bằng 187,3%", "reference"), " số hồ sơ trực tuyến của quý I năm 2022.")
    r.L("")
    r.L("Các cơ quan, địa phương đã giải quyết ", r.n(52117, "resolved_total", C), " hồ sơ; tỷ lệ giải quyết đúng hạn và sớm hạn đạt ",
        r.nf("gần 98%", "approx"), ";")
    r.L("số hồ sơ trễ hạn là ", r.n(1204, "resolved_late", C), " (chiếm ",
        r.p(1204, 52117, 2, "resolved_late", C, stated=2.13, note="1.204/52.117 is 2,31%"), ").")
    r.L("Hiện còn ", r.n(6097, "pending_total", C), " hồ sơ đang trong quá trình giải quyết.")
    r.ident("sum", [52117, 6097], 58214)
    r.L("")
    r.L("UBND tỉnh yêu cầu các sở, ban, ngành, UBND các huyện, thành phố tiếp tục rà soát hồ sơ trễ hạn,")
    r.L("thực hiện xin lỗi tổ chức, cá nhân theo quy định và đẩy mạnh tuyên truyền sử dụng dịch vụ công trực tuyến.")
    r.L("")
    r.L("Mặc định Cỡ chữ")
    return r


# ---------------------------------------------------------------- 14 Vĩnh Linh half year [mistake: channel shares]
@report
def r14():
    S = "self"
    r = Report("R2_14", "news_article", "2022-07-06", "Tỉnh Quảng Trị",
               "https://vinhlinh.quangtri.gov.vn/chi-tiet/-/view-article/1/1647698873288/1657014032992",
               "district portal, half year: received split in three channels (qua mạng / trực tiếp / liên thông) given as approximate counts with exact shares, 'cao gấp nhiều lần so với cùng kỳ', resolved with on-time and late shares")
    r.L("Vĩnh Linh: Hồ sơ trực tuyến 6 tháng đầu năm tăng mạnh")
    r.L("")
    r.L("Trong 6 tháng đầu năm 2022, Bộ phận Một cửa UBND huyện đã tiếp nhận ", r.n(9862, "received_total", S), " hồ sơ thủ tục hành chính.")
    r.L("Xét theo hình thức nộp, hồ sơ qua mạng là ", r.nf("trên 3.100", "bound"), " hồ sơ (",
        r.rate(31.89, 2, "received_online_share", S), "), cao gấp nhiều lần so với cùng kỳ;")
    r.L("hồ sơ nộp trực tiếp ", r.nf("gần 5.900", "approx"), " hồ sơ (", r.rate(59.85, 2, "received_offline_share", S), ");")
    r.L("hồ sơ liên thông ", r.nf("trên 800", "bound"), " hồ sơ (", r.rate(9.26, 2, "other", S, scope="liên thông"), ").")
    r.ident("complement", [31.89, 59.85, 9.26], 100, planted=True)
    r.mistake("complement_mismatch", 9.26, "9,26%", "the three channel shares add up to 101,00%, not 100% (liên thông would be 8,26%)")
    r.L("")
    r.L("Bộ phận Một cửa đã giải quyết ", r.n(9417, "resolved_total", S), " hồ sơ; trong đó trước và đúng hẹn ",
        r.n(9388, "resolved_in_time", S), " hồ sơ (", r.p(9388, 9417, 2, "resolved_on_time", S), "), trễ hẹn ",
        r.n(29, "resolved_late", S), " hồ sơ (", r.p(29, 9417, 2, "resolved_late", S), ").")
    r.ident("sum", [9388, 29], 9417)
    r.L("Các hồ sơ trễ hẹn đều đã có phiếu xin lỗi và hẹn lại thời gian trả kết quả.")
    r.L("Huyện cũng duy trì việc tiếp nhận hồ sơ vào sáng thứ bảy hằng tuần.")
    r.L("")
    r.L("Thời gian tới, huyện tiếp tục hướng dẫn người dân nộp hồ sơ qua mạng, thanh toán phí, lệ phí trực tuyến;")
    r.L("nâng cao trách nhiệm của công chức tiếp nhận, thẩm định hồ sơ tại các phòng chuyên môn và UBND các xã, thị trấn.")
    r.L("")
    r.L("Các tin khác")
    return r


# ---------------------------------------------------------------- 15 Bình Định land registry, partial per-branch list
@report
def r15():
    U = "unit:Văn phòng Đăng ký đất đai tỉnh Bình Định"
    r = Report("R2_15", "news_article", "2022-06-28", "Tỉnh Bình Định",
               "https://danviet.vn/giam-doc-van-phong-dat-dai-binh-dinh-co-nguoi-gui-don-xin-nghi-viec-vi-so-o-tu-20220628194810025.htm",
               "one provincial body with '11 chi nhánh': received, resolved, late count, per-branch counts in parentheses ending '...' (a partial list, not to be summed), '5 tháng đầu năm'")
    r.L("Văn phòng Đất đai Bình Định: Áp lực hồ sơ, nhiều người xin nghỉ việc")
    r.L("")
    r.L("Thứ ba, 28/06/2022 19:48")
    r.L("")
    r.L("Theo số liệu của Văn phòng Đăng ký đất đai tỉnh Bình Định, trong 5 tháng đầu năm 2022, đơn vị cùng ",
        r.nf("11 chi nhánh", "count_of_things"), " đã tiếp nhận ", r.n(48917, "received_total", U), " hồ sơ.")
    r.L("Trong đó, số hồ sơ đã giải quyết là ", r.n(43260, "resolved_total", U), ", số hồ sơ giải quyết trễ hạn là ",
        r.n(2136, "resolved_late", U), ",")
    r.L("tập trung ở một số chi nhánh có lượng hồ sơ lớn (Quy Nhơn ",
        r.n(684, "resolved_late", "unit:Chi nhánh Văn phòng Đăng ký đất đai thành phố Quy Nhơn"), " hồ sơ, An Nhơn ",
        r.n(412, "resolved_late", "unit:Chi nhánh Văn phòng Đăng ký đất đai thị xã An Nhơn"), " hồ sơ, Tuy Phước ",
        r.n(305, "resolved_late", "unit:Chi nhánh Văn phòng Đăng ký đất đai huyện Tuy Phước"), " hồ sơ...).")
    r.L("")
    r.L("Lãnh đạo đơn vị cho biết, lượng hồ sơ đất đai tăng mạnh so với cùng kỳ, trong khi số viên chức ở nhiều chi nhánh không tăng,")
    r.L("một số người đã gửi đơn xin nghỉ việc vì áp lực công việc và lo ngại rủi ro trách nhiệm.")
    r.L("")
    r.L("Đơn vị đã kiến nghị UBND tỉnh bổ sung biên chế, đầu tư thêm thiết bị số hóa hồ sơ địa chính,")
    r.L("đồng thời đề nghị các địa phương phối hợp xác minh nguồn gốc đất nhanh hơn để giảm hồ sơ trễ hạn.")
    r.L("")
    r.L("Sở Tài nguyên và Môi trường đã yêu cầu đơn vị rà soát từng hồ sơ trễ hạn, công khai lý do và thời hạn trả kết quả mới cho người dân.")
    r.L("")
    r.L("Nguyễn Văn")
    return r


# ---------------------------------------------------------------- 16 Quảng Nam 766 week [mistake: component sum]
@report
def r16():
    C = "city"
    r = Report("R2_16", "news_article", "2024-10-29", "Tỉnh Quảng Nam",
               "https://baoquangnam.vn/quang-nam-tang-10-bac-ve-chi-so-phuc-vu-nguoi-dan-va-doanh-nghiep-3143430.html",
               "766 weekly news with dot decimals ('83.4 điểm', '9.4/10'), national averages in parentheses, change in points and ranks, six components as x/max, best department and district by score, groups of departments named without scores", style="en")
    r.L("Quảng Nam tăng 8 bậc về Chỉ số phục vụ người dân và doanh nghiệp")
    r.L("")
    r.L("(QNO) - Số liệu trích xuất từ Cổng Dịch vụ công quốc gia cho thấy, đến ngày 27/10, tỉnh Quảng Nam đạt ",
        r.score(83.4, 1, "index_766_total", C), " điểm, ", r.nf("tăng 2.1 điểm", "change"),
        ", xếp loại tốt (bình quân cả nước ", r.score(77.9, 1, "index_766_total", "national"), ");")
    r.L(r.nf("tăng 8 bậc", "change"), ", đứng vị trí ", r.rank(12, 63, C), " tỉnh, thành.")
    r.L("")
    r.L("Điểm sáng của Quảng Nam trong kỳ này là chỉ số thanh toán trực tuyến với ",
        r.score(9.4, 1, "index_766_online_payment", C, maximum=10), "/10 điểm (bình quân cả nước là ",
        r.score(7.6, 1, "index_766_online_payment", "national", maximum=10), " điểm), ",
        r.nf("tăng 1.8 điểm", "change"), " so với tuần trước.")
    r.L("")
    r.L("Các chỉ số thành phần còn lại giữ ở mức ổn định: Công khai, minh bạch đạt ",
        r.score(13.8, 1, "index_766_publicity", C, maximum=18), "/18 điểm; Tiến độ giải quyết ",
        r.score(18.6, 1, "index_766_progress", C, maximum=20), "/20 điểm; DVC trực tuyến đạt ",
        r.score(7.9, 1, "index_766_online_service", C, maximum=12), "/12 điểm;")
    r.L("Mức độ hài lòng đạt ", r.score(17.7, 1, "index_766_satisfaction", C, maximum=18),
        "/18 điểm; Số hóa hồ sơ ", r.score(16.1, 1, "index_766_digitization", C, maximum=22), "/22 điểm.")
    r.ident("score", [13.8, 18.6, 7.9, 9.4, 17.7, 16.1], 83.4, planted=True)
    r.mistake("score_sum_mismatch", 83.4, "83.4", "13.8 + 18.6 + 7.9 + 9.4 + 17.7 + 16.1 = 83.5, not 83.4")
    r.L("")
    r.L("Ở khối sở, Sở Công Thương vẫn đứng đầu, xếp loại xuất sắc với ",
        r.score(91.27, 2, "index_766_total", "unit:Sở Công Thương"), " điểm.")
    r.L("Các sở xếp loại tốt gồm: Khoa học và Công nghệ, Tư pháp, Nội vụ, Ngoại vụ, Nông nghiệp và Phát triển nông thôn, Giáo dục và Đào tạo, Giao thông vận tải.")
    r.L("Nhóm khá gồm: Thông tin và Truyền thông, Kế hoạch và Đầu tư, Tài chính, Y tế, Tài nguyên và Môi trường, Ban Quản lý các Khu kinh tế và Khu công nghiệp.")
    r.L("Ở cấp huyện, Nam Giang tiếp tục dẫn đầu với ",
        r.score(88.65, 2, "index_766_total", "unit:Huyện Nam Giang"), " điểm;")
    r.L("các địa phương ở cuối bảng gồm Tây Giang, Quế Sơn, Nông Sơn và Thăng Bình.")
    return r


# ---------------------------------------------------------------- 17 Gia Lai (merged) 766 targets
@report
def r17():
    C = "city"
    r = Report("R2_17", "news_article", "2026-01-22", "Tỉnh Gia Lai",
               "https://baogialai.com.vn/gia-lai-giao-7-chi-tieu-lien-quan-den-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-post581147.html",
               "targets assigned to departments and communes, each a 766-related rate named as the province names it ('đều ở mức 100%', 'từ … trở lên'), decision date '23-6-2022'; one current score and rank")
    r.L("Gia Lai giao 7 chỉ tiêu gắn với Bộ chỉ số phục vụ người dân, doanh nghiệp")
    r.L("")
    r.L("(GLO)- UBND tỉnh vừa giao các sở, ban, ngành và UBND các xã, phường ", r.nf("7 chỉ tiêu", "count_of_things"),
        " gắn với Bộ chỉ số ban hành theo Quyết định số 766/QĐ-TTg ngày 23-6-2022 của Thủ tướng Chính phủ.")
    r.L("")
    r.L("Theo đó, các cơ quan, địa phương phải bảo đảm:")
    r.L("- Tỷ lệ công khai thủ tục hành chính, tỷ lệ đồng bộ hồ sơ lên Cổng Dịch vụ công quốc gia và tỷ lệ cấp kết quả điện tử ",
        r.nf("đều ở mức 100%", "bound"), ";")
    r.L("- Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn ", r.nf("từ 98% trở lên", "bound"), ";")
    r.L("- Tỷ lệ hồ sơ trực tuyến toàn trình ", r.nf("từ 60% trở lên", "bound"), " trên tổng số hồ sơ;")
    r.L("- Tỷ lệ thanh toán trực tuyến ", r.nf("từ 90% trở lên", "bound"), " đối với hồ sơ có phí, lệ phí;")
    r.L("- Tỷ lệ số hóa hồ sơ, kết quả giải quyết ", r.nf("từ 85% trở lên", "bound"), ";")
    r.L("- Tỷ lệ khai thác, tái sử dụng dữ liệu số hóa ", r.nf("từ 50% trở lên", "bound"), ";")
    r.L("- Mức độ hài lòng của người dân, doanh nghiệp ", r.nf("không thấp hơn 95%", "bound"), ".")
    r.L("")
    r.L("Tính đến ngày 20-1-2026, tỉnh đạt ", r.score(84.12, 2, "index_766_total", C, maximum=100), "/100 điểm, xếp thứ ",
        r.rank(11, 34, C), " tỉnh, thành phố.")
    r.L("Thủ trưởng các cơ quan, Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để chỉ tiêu không đạt.")
    r.L("")
    r.L("HOÀNG NGỌC")
    return r


# ---------------------------------------------------------------- 18 Bắc Giang (English) digitisation
@report
def r18():
    C, S = "city", "self"
    r = Report("R2_18", "news_article", "2024-07-15", "Tỉnh Bắc Giang",
               "https://en.baobacninhtv.vn/bac-giang-improves-public-services-thanks-to-digitization-152627-postid406927.bbg?p=2",
               "English edition: point decimals '91.37%' and comma thousands '1,712'; the centre's procedure count; 'over 80%' bound; 766 rates in English", style="en")
    r.L("Bac Giang improves public services thanks to digitization")
    r.L("")
    r.L("Bac Giang - Digitising administrative records and results is a key way to make state agencies work more efficiently.")
    r.L("The provincial Public Administrative Service Center works closely with departments and agencies on digitization,")
    r.L("so that people and organisations can reach public services faster and more easily.")
    r.L("")
    r.L("Having prepared early, Bac Giang started digitising records at the center at the beginning of 2022, six months ahead of the schedule.")
    r.L("The center now receives and returns results for ", r.n(1712, "procedures_total", S), " administrative procedures of ",
        r.nf("22 departments", "count_of_things"), " and agencies, ", r.nf("over 80%", "bound"), " of them available online.")
    r.L("")
    r.L("Residents carry out administrative procedures at the provincial Public Administrative Service Center.")
    r.L("")
    r.L("The provincial chairman approved ", r.nf("252 administrative procedures", "count_of_things"),
        " to be handled through a \"five-step electronic process\" (online receipt, appraisal, approval, digital signature and result delivery).")
    r.L("So far ", r.nf("more than 1,300 dossiers", "bound"), " have gone through it.")
    r.L("")
    r.L("Data published on the National Public Service Portal place Bac Giang high nationwide on the digitization indicators of the service-quality index.")
    r.L("The province has digitised ", r.rate(91.37, 2, "digitization", C), " of its administrative records, processed ",
        r.rate(85.06, 2, "online_submission", C), " of documents online, and reused ", r.rate(82.11, 2, "digital_reuse", C),
        " of digitised data.")
    r.L("")
    r.L("All citizens and businesses using online services are identified and authenticated in the systems of every government level.")
    return r


# ---------------------------------------------------------------- 19 Bắc Giang (English) online documents per unit
@report
def r19():
    r = Report("R2_19", "news_article", "2021-04-08", "Tỉnh Bắc Giang",
               "http://en.baobacgiang.com.vn/bg/society/353322/bac-giang-over-6-000-administrative-documents-handled-online.html",
               "English: bound headline, per-unit online counts in parentheses for two departments and two districts, a yearly target in percent", style="en")
    r.L("Bac Giang: over 6,400 administrative documents handled online")
    r.L("")
    r.L("(BGO) - Since the start of the year, ", r.nf("more than 6,400", "bound"),
        " administrative documents have been filed online through the provincial Public Service Portal, statistics show.")
    r.L("Agencies and units with the most online documents were the Department of Industry and Trade (",
        r.n(1527, "received_online", "unit:Sở Công Thương"), " documents), the Department of Finance (",
        r.n(604, "received_online", "unit:Sở Tài chính"), " documents),")
    r.L("Viet Yen district (", r.n(903, "received_online", "unit:Huyện Việt Yên"), " documents) and Luc Nam district (",
        r.n(781, "received_online", "unit:Huyện Lục Nam"), " documents).")
    r.L("")
    r.L("Administrative procedures are handled at the one-stop-shop division of Bac Giang province.")
    r.L("")
    r.L("To reach the goal of handling ", r.nf("25 percent", "bound"), " of online public service documents on the provincial portal in 2021,")
    r.L("agencies and localities are stepping up communication, guiding people and businesses to file online,")
    r.L("and to send documents and receive results through public postal services.")
    r.L("")
    r.L("Videos showing how to use the online public services of each agency have been posted on the portal.")
    r.L("As the Covid-19 situation remains complicated, wider use of online services also helps prevent and control the epidemic.")
    r.L("")
    r.L("Khoi Nguyen")
    r.L("")
    r.L("Other news")
    return r


# ---------------------------------------------------------------- 20 Quảng Ninh (English) simplification x/y
@report
def r20():
    C = "city"
    r = Report("R2_20", "news_article", "2025-05-20", "Tỉnh Quảng Ninh",
               "https://thongtin.vietnam.vn/en/tang-cuong-don-gian-hoa-thu-tuc-hanh-chinh",
               "English summary: 'x/y administrative procedures' with a share and its target in parentheses, point decimals, online and full-online rates", style="en")
    r.L("Strengthening the simplification of administrative procedures")
    r.L("")
    r.L("Quang Ninh province is pressing on with cutting and simplifying administrative procedures and business conditions.")
    r.L("")
    r.L("So far the province has proposed simplifying ", "398/1,162", " administrative procedures (reaching ",
        r.p(398, 1162, 2, "other", C, scope="TTHC được đơn giản hóa", link=True), " against the target of ", r.nf("30%", "bound"), ").")
    r.L("Compliance costs are expected to fall by ", r.rate(27.4, 1, "cost_reduction", C), ".")
    r.L("")
    r.L("The share of dossiers submitted online in the province reached ", r.rate(93.6, 1, "online_submission", C),
        ", and fully online processing reached ", r.rate(86.14, 2, "full_online", C), ".")
    r.L("")
    r.L("The province has also reviewed internal procedures between state agencies and published them in full on the provincial portal.")
    r.L("It continues to handle procedures regardless of administrative boundaries at the provincial and communal public service centres.")
    r.L("")
    r.L("Departments are asked to finish reviewing the remaining procedures in their fields before the end of the second quarter,")
    r.L("and to report proposals for cutting business conditions to the provincial People's Committee.")
    r.L("")
    r.L("Source: Quang Ninh Newspaper")
    return r


# ---------------------------------------------------------------- 21 Đà Nẵng, "tỉ lệ" spelling
@report
def r21():
    C = "city"
    r = Report("R2_21", "news_article", "2024-01-12", "Thành phố Đà Nẵng",
               "https://vnmedia.vn/su-kien-va-van-de/202401/da-nang-dia-phuong-dan-dau-ve-su-dung-nen-tang-cong-dan-so-d2d104f",
               "spelling 'tỉ lệ'; 'đạt tỉ lệ p% (vượt chỉ tiêu toàn quốc là t%)'; 'chiếm tỉ lệ' of population (an unstated base); '01 tài khoản'")
    r.L("Đà Nẵng - địa phương dẫn đầu về sử dụng nền tảng Công dân số")
    r.L("")
    r.L("(VnMedia) - Đà Nẵng là một trong những địa phương đi đầu cả nước trong việc đưa nền tảng Công dân số vào phục vụ người dân.")
    r.L("")
    r.L("Đến hết năm 2023, thành phố có ", r.nf("612.408 tài khoản", "count_of_things"), " Công dân số được kích hoạt, chiếm tỉ lệ ",
        r.rate(58.3, 1, "other", C, scope="tài khoản Công dân số trên dân số"), " dân số;")
    r.L("mỗi người dân chỉ cần ", r.nf("01 tài khoản", "count_of_things"), " để dùng mọi dịch vụ công của thành phố.")
    r.L("")
    r.L("Hồ sơ trực tuyến toàn trình của thành phố đạt tỉ lệ ", r.rate(61.34, 2, "full_online", C), " (vượt chỉ tiêu toàn quốc là ",
        r.nf("50%", "bound"), ").")
    r.L("Hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến đạt tỉ lệ ", r.rate(78.62, 2, "online_payment", C), ".")
    r.L("Tỉ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt ", r.rate(89.07, 2, "digitization", C), ".")
    r.L("")
    r.L("Theo Sở Thông tin và Truyền thông, nền tảng tích hợp thông tin cá nhân, giấy tờ số, lịch sử giao dịch hành chính")
    r.L("và cho phép người dân theo dõi tiến độ hồ sơ, nhận thông báo, gửi phản ánh ngay trên điện thoại.")
    r.L("")
    r.L("Năm 2024, thành phố đặt mục tiêu mở rộng thêm nhiều tiện ích, kết nối dữ liệu với các cơ sở dữ liệu quốc gia")
    r.L("và hỗ trợ người cao tuổi, người ở khu vực nông thôn sử dụng nền tảng.")
    r.L("")
    r.L("Minh Anh")
    return r


# ---------------------------------------------------------------- 22 xã Củ Chi centre month [mistake: balance]
@report
def r22():
    S = "self"
    r = Report("R2_22", "news_article", "2025-08-11", "Thành phố Hồ Chí Minh",
               "https://plo.vn/ubnd-xa-cu-chi-khanh-thanh-trung-tam-phuc-vu-hanh-chinh-cong-post865049.html",
               "commune centre after the 2025 merger: period '(1-7 đến 31-7)', visits (not dossiers), received, on time '(tỉ lệ 100%)', 'Hiện còn … hồ sơ đang được xử lý'; the same figures restated in a photo caption")
    r.L("UBND xã Củ Chi khánh thành Trung tâm Phục vụ hành chính công")
    r.L("11/08/2025 16:52")
    r.L("")
    r.L("(PLO)- Ngày 11-8, UBND xã Củ Chi làm lễ khánh thành Trung tâm Phục vụ hành chính công sau khi sửa chữa, nâng cấp.")
    r.L("")
    r.L("Đây được coi là dấu mốc quan trọng của xã trong cải cách hành chính và nâng chất lượng phục vụ người dân.")
    r.L("")
    r.L("Dự lễ có Bí thư Đảng ủy, Chủ tịch HĐND xã; lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam xã; đại diện các phòng chuyên môn và đông đảo người dân.")
    r.L("")
    r.L("Trước đây, trung tâm luôn quá tải vì dân số đông, nhu cầu làm thủ tục lớn mà cơ sở vật chất còn thiếu.")
    r.L("UBND xã đã nâng cấp toàn bộ trụ sở rộng ", r.nf("120 m²", "count_of_things"), ", cải tạo khu tiếp dân, thay hệ thống điện, lắp máy lạnh, quầy giao dịch và thiết bị hỗ trợ.")
    r.L("")
    r.L("Sau một tháng vận hành (1-7 đến 31-7), trung tâm đón ", r.nf("7.104 lượt người", "count_of_things"), ", nhận ",
        r.n(5368, "received_total", S), " hồ sơ, giải quyết đúng hạn ", r.n(5017, "resolved_in_time", S), " hồ sơ (tỉ lệ ",
        r.rate(100, 0, "resolved_on_time", S), ")... Hiện còn ", r.n(296, "pending_total", S), " hồ sơ đang được xử lý theo quy định.")
    r.ident("balance", [5017, 296], 5368, planted=True)
    r.mistake("balance_mismatch", 296, "296", "5.368 received − 5.017 resolved leaves 351 pending, not 296")
    r.L("")
    r.L("Ảnh: Sau một tháng, trung tâm đã đón ", r.nf("7.104 lượt người", "count_of_things"), ", tiếp nhận ",
        r.n(5368, "received_total", S), " hồ sơ, giải quyết đúng hạn ", r.n(5017, "resolved_in_time", S), " hồ sơ. Ảnh: HT")
    r.L("")
    r.L("UBND xã cho biết, thời gian tới trung tâm sẽ tiếp tục hoàn thiện cách vận hành theo hướng hiện đại, thân thiện.")
    return r


# ---------------------------------------------------------------- 23 Quảng Nam quarter 2018
@report
def r23():
    C = "city"
    r = Report("R2_23", "news_article", "2018-07-09", "Tỉnh Quảng Nam",
               "http://baoquangnam.vn/cai-cach-hanh-chinh/giai-quyet-dung-han-99-ho-so-thu-tuc-hanh-chinh-62773.html",
               "'x trong số y TTHC … đạt tỷ lệ p%' for procedures at the centre; counts of deleted records and delegated procedures; quarter dossiers 'yêu cầu giải quyết' = new + carried over, resolved with on time in parentheses, pending")
    r.L("Giải quyết đúng hạn ", r.rate(99, 0, "resolved_on_time", C), " hồ sơ thủ tục hành chính")
    r.L("")
    r.L("CHÂU NỮ |")
    r.L("")
    r.L("(QNO) - Hiện đã có ", r.nf("371", "count_of_things"), " trong số ", r.n(1246, "procedures_total", "departments"),
        " thủ tục hành chính (TTHC) thuộc thẩm quyền của các sở, ban, ngành được tiếp nhận, thẩm định, phê duyệt và trả kết quả ngay tại Trung tâm Hành chính công và xúc tiến đầu tư Quảng Nam, đạt tỷ lệ ",
        r.p(371, 1246, 0, "other", "departments", scope="TTHC giải quyết trọn tại Trung tâm"), ".")
    r.L("")
    r.L("UBND tỉnh cũng chỉ đạo văn phòng rà soát, xóa bỏ xong ", r.nf("3.608 dữ liệu TTHC", "count_of_things"),
        " thừa, trùng lặp thuộc thẩm quyền của tỉnh trên cơ sở dữ liệu quốc gia về TTHC.")
    r.L("")
    r.L("UBND tỉnh, Chủ tịch UBND tỉnh đã ủy quyền để thủ trưởng các sở, ban, ngành giải quyết ", r.nf("22 TTHC", "count_of_things"),
        " vốn thuộc thẩm quyền của UBND tỉnh, Chủ tịch UBND tỉnh.")
    r.L("")
    r.L("Trong quý II.2018, từ cấp tỉnh đến cấp xã có ", r.n(87316, "received_total", C), " hồ sơ TTHC cần giải quyết,")
    r.L("gồm ", r.n(84902, "received_total", C, scope="tiếp nhận mới"), " hồ sơ mới tiếp nhận và phần còn lại chuyển từ kỳ báo cáo trước.")
    r.L("Kết quả, đã giải quyết ", r.n(85047, "resolved_total", C), " hồ sơ (đúng hạn ", r.n(84219, "resolved_in_time", C),
        " hồ sơ, chiếm ", r.p(84219, 85047, 0, "resolved_on_time", C), "); ngoài ra còn ", r.n(2269, "pending_total", C),
        " hồ sơ đang giải quyết.")
    r.ident("balance", [85047, 2269], 87316)
    r.L("")
    r.L("CHÂU NỮ")
    return r


# ---------------------------------------------------------------- 24 Bến Tre centre month 2020, "ngàn HS"
@report
def r24():
    S = "self"
    r = Report("R2_24", "news_article", "2020-11-08", "Tỉnh Bến Tre",
               "https://baodongkhoi.vn/trung-tam-phuc-vu-hanh-chinh-cong-tinh-giai-quyet-tren-8-9-ngan-ho-so-cac-loai-08112020-a79925.html",
               "'ngàn HS' throughout; a change 'giảm … HS so với tháng 9-2020'; 'đa số … (x ngàn HS), còn lại là …' (unstated remainder); per-unit counts 'Công an tỉnh x ngàn HS'; headline bound")
    r.L("Trung tâm Phục vụ hành chính công tỉnh giải quyết ", r.nf("trên 8,9 ngàn hồ sơ", "bound"), " các loại")
    r.L("")
    r.L("08/11/2020 - 10:15")
    r.L("")
    r.L("BDK.VN - Tháng 10-2020, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận ", r.m("9,46 ngàn", 9460, "received_total", S),
        " hồ sơ (HS), ", r.nf("giảm 412 HS", "change"), " so với tháng 9-2020.")
    r.L("Đa số là HS nộp trực tiếp tại Trung tâm (", r.m("8,03 ngàn", 8030, "received_offline", S, scope="trực tiếp"),
        " HS), còn lại là HS nộp trực tuyến và qua bưu chính công ích.")
    r.L("")
    r.L("Trung tâm đã giải quyết ", r.m("8,97 ngàn", 8970, "resolved_total", S), " HS; trong đó đúng và trước hạn ",
        r.m("8,95 ngàn", 8950, "resolved_in_time", S), " HS (tỷ lệ ", r.p(8950, 8970, 1, "resolved_on_time", S), ").")
    r.L("")
    r.L("Một số cơ quan có lượng HS lớn: Công an tỉnh ", r.m("3,12 ngàn", 3120, "received_total", "unit:Công an tỉnh Bến Tre"),
        " HS, Sở Tư pháp ", r.m("1,86 ngàn", 1860, "received_total", "unit:Sở Tư pháp"), " HS, Sở Giao thông vận tải ",
        r.m("1,54 ngàn", 1540, "received_total", "unit:Sở Giao thông vận tải"), " HS.")
    r.L("")
    r.L("HS trễ hạn chủ yếu thuộc lĩnh vực đất đai và lý lịch tư pháp, do phải chờ cơ quan liên quan cung cấp thông tin.")
    r.L("Trung tâm đã gửi thư xin lỗi và hẹn lại ngày trả kết quả cho tổ chức, cá nhân.")
    r.L("")
    r.L("H. Đức")
    r.L("")
    r.L("Chia sẻ bài viết")
    r.L("BÌNH LUẬN")
    return r


# ---------------------------------------------------------------- 25 Phú Thọ digitisation [mistake: digitisation rate]
@report
def r25():
    C = "city"
    r = Report("R2_25", "news_article", "2025-06-17", "Tỉnh Phú Thọ",
               "https://baophutho.vn/so-hoa-ho-so-giai-quyet-thu-tuc-hanh-chinh-244736.htm",
               "digitisation vocabulary (số hóa hồ sơ, kết quả điện tử, kho dữ liệu, tái sử dụng) with x-of-y counts and rates; 'Nghị quyết 214', 'Đề án 06' as names")
    r.L("Số hóa hồ sơ giải quyết thủ tục hành chính")
    r.L("")
    r.L("Thực hiện Đề án 06 và Nghị quyết 214 của Chính phủ, tỉnh xác định số hóa hồ sơ, kết quả giải quyết thủ tục hành chính (TTHC)")
    r.L("là bước nền để xây dựng chính quyền số, giảm giấy tờ cho người dân và doanh nghiệp.")
    r.L("")
    r.L("Từ đầu năm đến ngày 10/6, Hệ thống thông tin giải quyết TTHC của tỉnh tiếp nhận ", r.n(164233, "received_total", C), " hồ sơ;")
    r.L("trong đó ", r.nf("138.071", "count_of_things"), " hồ sơ được số hóa ngay khi tiếp nhận, đạt ",
        r.p(138071, 164233, 2, "digitization", C, stated=84.70, note="138.071/164.233 is 84,07%"), ".")
    r.L("Trong ", r.n(130452, "resolved_total", C), " hồ sơ đã giải quyết, có ", r.nf("121.896", "count_of_things"),
        " hồ sơ được cấp kết quả điện tử, đạt ", r.p(121896, 130452, 2, "other", C, scope="cấp kết quả điện tử"), ".")
    r.L("Tỷ lệ khai thác, tái sử dụng dữ liệu đã số hóa trong kho dữ liệu điện tử của tổ chức, cá nhân mới đạt ",
        r.rate(36.8, 1, "digital_reuse", C), ".")
    r.L("")
    r.L("Theo Văn phòng UBND tỉnh, nhiều nơi vẫn số hóa chưa đủ thành phần hồ sơ, chưa ký số kết quả điện tử,")
    r.L("nên người dân chưa thể dùng lại giấy tờ đã nộp cho các lần thực hiện thủ tục sau.")
    r.L("")
    r.L("Thời gian tới, tỉnh yêu cầu các cơ quan, địa phương số hóa đầy đủ hồ sơ ngay từ khâu tiếp nhận,")
    r.L("cập nhật kết quả điện tử vào kho dữ liệu và kiểm tra định kỳ chất lượng dữ liệu số hóa.")
    r.L("")
    r.L("Thu Hà")
    return r


# ---------------------------------------------------------------- 26 Phổ Yên (Thái Nguyên) late share
@report
def r26():
    U = "unit:Thành phố Phổ Yên"
    r = Report("R2_26", "news_article", "2025-05-29", "Tỉnh Thái Nguyên",
               "https://baothainguyen.vn/thoi-su-thai-nguyen/202505/tp-pho-yen-chan-chinh-tinh-trangho-so-thu-tuc-hanh-chinh-qua-han-41b16e1",
               "district-level city with its communes: a total 'giải quyết tổng số', a mixed part 'đang được giải quyết, giải quyết đúng và trước hạn', the late part with its share, units named without figures")
    r.L("TP. Phổ Yên: Chấn chỉnh tình trạng hồ sơ thủ tục hành chính quá hạn")
    r.L("")
    r.L("Tính từ đầu năm 2025 đến hết ngày 26-5, bộ phận tiếp nhận và trả kết quả của TP. Phổ Yên cùng các xã, phường trên địa bàn")
    r.L("đã giải quyết tổng cộng ", r.n(26517, "resolved_total", U), " hồ sơ thủ tục hành chính cho tổ chức, cá nhân.")
    r.L("Trong đó, ", r.n(26058, "resolved_in_time", U, scope="gồm cả hồ sơ đang giải quyết trong hạn"),
        " hồ sơ đang được giải quyết hoặc đã giải quyết đúng và trước hạn; ", r.n(459, "resolved_late", U),
        " hồ sơ giải quyết quá hạn (chiếm tỷ lệ ", r.p(459, 26517, 2, "resolved_late", U), "),")
    r.ident("sum", [26058, 459], 26517)
    r.L("chủ yếu ở Phòng Tài chính - Kế hoạch, Phòng Kinh tế, Hạ tầng và Đô thị, xã Thành Công, xã Vạn Phái, xã Minh Đức...")
    r.L("")
    r.L("Cán bộ Bộ phận tiếp nhận và trả kết quả TP. Phổ Yên hướng dẫn người dân tra cứu thông tin thủ tục hành chính trên mạng.")
    r.L("")
    r.L("UBND TP. Phổ Yên cho rằng hồ sơ chậm, muộn một phần do lỗi hệ thống và do một số cán bộ thao tác chậm trên phần mềm Một cửa điện tử,")
    r.L("khiến có hồ sơ đã giải quyết, trả kết quả nhưng phần mềm vẫn báo \"trễ hạn\".")
    r.L("Bên cạnh đó, một số công chức, viên chức chưa đề cao trách nhiệm, tham mưu, xử lý hồ sơ còn chậm; phối hợp giữa một số cơ quan chưa tốt.")
    r.L("")
    r.L("Để chấn chỉnh, UBND thành phố yêu cầu các phòng, ban và chủ tịch UBND các xã, phường thường xuyên quán triệt, đôn đốc cán bộ")
    r.L("thực hiện nghiêm cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.")
    r.L("Nơi nào để hồ sơ trả kết quả quá hạn mà không có lý do chính đáng, người đứng đầu phải chịu trách nhiệm.")
    return r


# ---------------------------------------------------------------- 27 Vĩnh Phúc centre month, rate over due dossiers
@report
def r27():
    S = "self"
    r = Report("R2_27", "news_article", "2022-02-08", "Tỉnh Vĩnh Phúc",
               "http://baovinhphuc.com.vn/thoi-su/73165/thang-12022-ho-so-giai-quyet-truoc-va-dung-han-tthc-cap-tinh-dat-hon-99.html",
               "provincial centre's month: new and carried-over counts, on-time and late rates over 'hồ sơ đến hạn giải quyết', online parts 'gần'/'hơn' split by mức độ 3 / 4, headline bound")
    r.L("Tháng 1/2022: Hồ sơ giải quyết trước và đúng hạn TTHC cấp tỉnh ", r.nf("đạt hơn 99%", "bound"))
    r.L("")
    r.L("Tháng 1/2022, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận mới ", r.n(4382, "received_total", S, scope="tiếp nhận mới"),
        " hồ sơ; số hồ sơ tồn kỳ trước chuyển sang là ", r.n(2054, "received_carried_over", S), ".")
    r.L("Số hồ sơ đến hạn giải quyết trong tháng là ", r.nf("4.417", "count_of_things"), ";")
    r.L("đã trả kết quả trước và đúng hạn ", r.n(4403, "resolved_in_time", S), " hồ sơ (đạt ",
        r.p(4403, 4417, 2, "resolved_on_time", S), ").")
    r.L("Hồ sơ trả kết quả chậm hạn và hồ sơ quá hạn nhưng chưa có kết quả là ", r.n(14, "resolved_late", S, scope="gồm cả hồ sơ quá hạn chưa có kết quả"), " hồ sơ (chiếm ",
        r.p(14, 4417, 2, "resolved_late", S, scope="gồm cả hồ sơ quá hạn chưa có kết quả"), ").")
    r.ident("sum", [4403, 14], 4417)
    r.L("")
    r.L("Trong tháng, các cơ quan, đơn vị cấp tỉnh phát sinh ", r.nf("gần 1.700", "approx"), " hồ sơ trực tuyến,")
    r.L("trong đó mức độ 3 có ", r.nf("gần 90", "approx"), " hồ sơ và mức độ 4 có ", r.nf("hơn 1.600", "bound"), " hồ sơ.")
    r.L("")
    r.L("Trung tâm đề nghị các sở, ngành tiếp tục rà soát quy trình nội bộ, giảm thời gian giải quyết,")
    r.L("tăng cường hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến và thanh toán phí, lệ phí qua mạng.")
    r.L("Các cơ quan có hồ sơ chậm hạn phải gửi văn bản xin lỗi và hẹn lại thời gian trả kết quả.")
    r.L("")
    r.L("Thu Hằng")
    r.L("")
    r.L("Các tin khác")
    return r


# ---------------------------------------------------------------- 28 Quận 1 year, shares over received
@report
def r28():
    U = "unit:Quận 1"
    r = Report("R2_28", "news_article", "2019-12-26", "Thành phố Hồ Chí Minh",
               "https://thanhnien.vn/thoi-su/tphcm-trong-3-nam-q1-chi-co-1-ho-so-tre-hen-1052762.html",
               "district year and three years: resolved share and on-time share both over received, 'trễ hạn là 0 hồ sơ, tỷ lệ 0%', one late dossier in three years, a ward's count; abbreviations 'Q.1', 'P.'")
    r.L("TP.HCM: Trong 3 năm, Q.1 chỉ có 1 hồ sơ trễ hẹn")
    r.L("")
    r.L("Năm 2019, UBND Q.1 tiếp nhận ", r.n(138244, "received_total", U), " hồ sơ hành chính, đã giải quyết ",
        r.n(137903, "resolved_total", U), " hồ sơ, đạt ", r.p(137903, 138244, 2, "other", U, scope="đã giải quyết trên tiếp nhận"), ";")
    r.L("số hồ sơ giải quyết đúng hạn là ", r.n(137903, "resolved_in_time", U), ", đạt ",
        r.p(137903, 138244, 2, "resolved_on_time", U), "; trễ hạn là ", r.n(0, "resolved_late", U), " hồ sơ, tỷ lệ ",
        r.p(0, 138244, 0, "resolved_late", U), ".")
    r.L("Còn lại ", r.n(341, "pending_total", U), " hồ sơ đang trong thời hạn giải quyết.")
    r.ident("balance", [137903, 341], 138244)
    r.L("")
    r.L("Tính chung 3 năm 2017 - 2019, cả quận chỉ có ", r.n(1, "resolved_late", U, scope="3 năm 2017 - 2019"), " hồ sơ trễ hẹn,")
    r.L("rơi vào lĩnh vực cấp phép xây dựng và đã được quận gửi thư xin lỗi người dân.")
    r.L("")
    r.L("Riêng P.Phạm Ngũ Lão năm nay nhận ", r.n(9514, "received_total", "unit:Phường Phạm Ngũ Lão"),
        " hồ sơ, nhiều nhất trong ", r.nf("10 phường", "count_of_things"), " của Q.1, và không có hồ sơ nào trễ hẹn.")
    r.L("")
    r.L("Theo lãnh đạo UBND Q.1, kết quả này có được nhờ quận theo dõi từng hồ sơ trên phần mềm,")
    r.L("cảnh báo trước ngày hẹn trả và giao trách nhiệm rõ cho từng công chức thụ lý.")
    r.L("")
    r.L("Quận cũng tổ chức tiếp nhận hồ sơ vào sáng thứ bảy để người dân đi làm có thể đến nộp.")
    r.L("")
    r.L("Diệp Đức Minh")
    return r


# ---------------------------------------------------------------- 29 Kon Tum year 2020, procedures by level
@report
def r29():
    C = "city"
    r = Report("R2_29", "news_article", "2020-12-30", "Tỉnh Kon Tum",
               "https://kontum.gov.vn/pages/detail/37008/Kon-Tum-dat-va-vuot-chi-tieu-nam-2020-ve-cung-cap-tich-hop-dich-vu-cong-truc-tuyen-tren-Cong-dich-vu-cong-Quoc-gia.html",
               "year: '05 Quyết định', procedure counts '(trong đó: cấp tỉnh: …, cấp huyện: …; cấp xã: …)' with mixed punctuation, online services 'mức độ 3 có …, mức độ 4 có …', rates 'trên tổng số TTHC đạt …%' and the national-portal target")
    r.L("Kon Tum đạt và vượt chỉ tiêu năm 2020 về cung cấp, tích hợp dịch vụ công trực tuyến trên Cổng Dịch vụ công quốc gia")
    r.L("Ngày đăng: 30/12/2020")
    r.L("")
    r.L("Năm 2020, Chủ tịch UBND tỉnh ban hành ", r.nf("06 Quyết định", "count_of_things"), " công bố danh mục ",
        r.n(1874, "procedures_total", C), " thủ tục hành chính (trong đó: cấp tỉnh: ",
        r.n(1452, "procedures_total", "departments", scope="cấp tỉnh"), ", cấp huyện: ",
        r.n(289, "procedures_total", "districts", scope="cấp huyện"), "; cấp xã: ",
        r.n(133, "procedures_total", "communes", scope="cấp xã"), ").")
    r.ident("sum", [1452, 289, 133], 1874)
    r.L("")
    r.L("Tỉnh đang cung cấp ", r.nf("1.126", "count_of_things"), " dịch vụ công trực tuyến mức độ 3, 4 (mức độ 3 có ",
        r.n(508, "procedures_partial_online", C, scope="mức độ 3"), " dịch vụ, mức độ 4 có ",
        r.n(618, "procedures_full_online", C, scope="mức độ 4"), " dịch vụ),")
    r.ident("sum", [508, 618], 1126)
    r.L("chiếm ", r.p(1126, 1874, 2, "other", C, scope="DVCTT mức độ 3, 4 trên tổng số TTHC"), " trên tổng số TTHC của tỉnh.")
    r.L("Đến nay, tỉnh đã tích hợp ", r.nf("702", "count_of_things"), " dịch vụ công trực tuyến lên Cổng Dịch vụ công quốc gia, trên tổng số TTHC đạt ",
        r.p(702, 1874, 2, "other", C, scope="DVC tích hợp trên Cổng DVC quốc gia"), ", vượt chỉ tiêu ", r.nf("30%", "bound"),
        " Chính phủ giao.")
    r.L("")
    r.L("Trong năm, Hệ thống thông tin một cửa điện tử của tỉnh đã tiếp nhận ", r.n(216307, "received_total", C), " hồ sơ, trong đó ",
        r.n(14826, "received_online", C), " hồ sơ trực tuyến.")
    r.L("")
    r.L("UBND tỉnh yêu cầu các sở, ngành, địa phương tiếp tục rà soát, nâng mức độ các dịch vụ công trực tuyến")
    r.L("và tuyên truyền để người dân, doanh nghiệp sử dụng nhiều hơn.")
    r.L("")
    r.L("Mặc định Cỡ chữ")
    return r


# ---------------------------------------------------------------- 30 Bộ TT&TT news: Khánh Hòa / Hòa Bình targets only
@report
def r30():
    r = Report("R2_30", "ministry_report", "2022-03-30", "Tỉnh Khánh Hòa",
               "https://mic.gov.vn/mic_2020/Pages/TinTuc/153256/Khanh-Hoa-giao-chi-tieu-ho-so-tiep-nhan--giai-quyet-truc-tuyen-toi-cap-xa--phuong--thi-tran-nam-2022.html",
               "a ministry's news made only of targets: ranges 'tối thiểu 45% - 50%' per level, another province's decision with a unit count '28 sở, ban, ngành và UBND huyện' = 18 + 10 and a target; no level figure at all")
    r.L("Khánh Hoà giao chỉ tiêu hồ sơ tiếp nhận, giải quyết trực tuyến đến từng xã, phường, thị trấn năm 2022")
    r.L("")
    r.L("(Mic.gov.vn) -")
    r.L("")
    r.L("Ngày 24/3/2022, UBND tỉnh Khánh Hoà ban hành ", r.nf("Quyết định 768/QĐ-UBND", "reference"),
        " giao chỉ tiêu hồ sơ được tiếp nhận, giải quyết trực tuyến mức độ 3, mức độ 4 cho các sở, ngành, địa phương trong năm 2022.")
    r.L("")
    r.L("Chỉ tiêu được giao xuống đến từng xã, phường, thị trấn:")
    r.L("các đơn vị chuyên môn thuộc UBND cấp tỉnh phải đạt ", r.nf("tối thiểu 40% - 45%", "bound"), ";")
    r.L("các đơn vị chuyên môn thuộc UBND cấp huyện đạt ", r.nf("tối thiểu 30% - 35%", "bound"), ";")
    r.L("UBND cấp xã, phường, thị trấn đạt ", r.nf("tối thiểu 20% - 25%", "bound"), ".")
    r.L("")
    r.L("Ảnh minh hoạ")
    r.L("")
    r.L("Đây là nỗ lực của tỉnh nhằm nâng hiệu quả dịch vụ công trực tuyến, một trong các thước đo quan trọng của phát triển Chính phủ điện tử.")
    r.L("")
    r.L("Trước đó, ngày 21/2/2022, UBND tỉnh Hoà Bình đã ban hành ", r.nf("Quyết định số 301/QĐ-UBND", "reference"),
        " giao chỉ tiêu tỷ lệ hồ sơ xử lý trực tuyến trên tổng số hồ sơ giải quyết thủ tục hành chính cho ",
        r.nf("28 sở, ban, ngành và UBND huyện, thành phố", "count_of_things"), ".")
    r.L("Theo đó, năm 2022, cả ", r.nf("18 sở, ban, ngành", "count_of_things"), " và ", r.nf("10 UBND các huyện, thành phố", "count_of_things"),
        " của Hòa Bình phải đưa tỷ lệ hồ sơ xử lý trực tuyến lên ", r.nf("50%", "bound"), ".")
    r.L("")
    r.L("Phan Quân")
    r.L("")
    r.L("Từ khóa: Khánh Hoà, hồ sơ trực tuyến, dịch vụ công trực tuyến, chính phủ điện tử")
    return r


# ---------------------------------------------------------------- main
def main():
    check = "--check" in sys.argv
    bad = 0
    for fn in REPORTS:
        r = fn()
        if check:
            path = HERE / f"{r.name}.txt"
            tpath = HERE / f"{r.name}.truth.json"
            errs = r.check()
            if not path.exists() or path.read_text(encoding="utf-8") != r.text():
                errs.append("text file missing or stale (run build.py)")
            if not tpath.exists() or json.loads(tpath.read_text(encoding="utf-8")) != r.truth():
                errs.append("truth file missing or stale (run build.py)")
            for e in errs:
                print(f"{r.name}: {e}")
            bad += bool(errs)
        else:
            (HERE / f"{r.name}.txt").write_text(r.text(), encoding="utf-8")
            (HERE / f"{r.name}.truth.json").write_text(
                json.dumps(r.truth(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if check:
        print(f"{len(REPORTS)} reports, {bad} with problems")
        return 1 if bad else 0
    print(f"wrote {len(REPORTS)} reports")
    return 0


def sources():
    """(name, register, province, date, url, construct, mistakes) for the README."""
    out = []
    for fn in REPORTS:
        r = fn()
        out.append((r.name, r.register, r.province, r.doc_date, r.url, r.construct, r.mistakes, len(r.facts)))
    return out


if __name__ == "__main__":
    sys.exit(main())
