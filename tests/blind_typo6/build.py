"""Build (or --check) blind typo set 6. See README.md. Every figure is a named true variable."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from lib import Report, dump

HERE = Path(__file__).resolve().parent
R = []


def rep(fn):
    R.append(fn)
    return fn


OLD = ["Thành phố " + x for x in ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ")] + ["Tỉnh " + x for x in (
    "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái")]
assert len(OLD) == 63


def current_names():
    from vietnam_provinces import Province, Ward
    names = set()
    for p in Province.iter_all():
        names.add(p.name if p.name.startswith("Thành phố") else "Tỉnh " + p.name)
    for w in Ward.iter_all():
        names.add(w.name)
    return names


@rep
def T01():
    r = Report("T01", "weekly_notice", "2025-10-13", "Thành phố Đà Nẵng", "determined", ("c_rec", "swap", 1))
    r.c("t_on", 41806, fact=False); r.c("t_rec", 47390, fact=False)
    r.c("d_on", 5127, fact=False); r.c("d_rec", 7264, fact=False)
    r.c("c_on", 36679, fact=False); r.c("c_rec", 40126, fact=False)
    r.p("t_p", ind="online_submission", subj="city", of=("t_on", "t_rec"), xy=("t_on", "t_rec"))
    r.p("d_p", ind="online_submission", subj="departments", of=("d_on", "d_rec"), xy=("d_on", "d_rec"))
    r.p("c_p", ind="online_submission", subj="communes", of=("c_on", "c_rec"), xy=("c_on", "c_rec"))
    r.sum("t_on", ["d_on", "c_on"]); r.sum("t_rec", ["d_rec", "c_rec"])
    r.nf("≥ 60%", "reference")
    u1 = r.unit("Xã Thượng Đức"); u2 = r.unit("Xã Nam Giang")
    r.L("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG",
        "VĂN PHÒNG",
        "Số: 312/TB-VP                         Đà Nẵng, ngày 13 tháng 10 năm 2025",
        "",
        "THÔNG BÁO",
        "Kết quả một số chỉ tiêu giải quyết thủ tục hành chính trong tuần",
        "(số liệu từ ngày 06/10/2025 đến ngày 12/10/2025)",
        "",
        "Căn cứ dữ liệu trích xuất từ Hệ thống thông tin giải quyết TTHC thành phố, Văn phòng",
        "thông báo kết quả tuần như sau:",
        "",
        "1. Nộp hồ sơ trực tuyến (chỉ tiêu ≥ 60%)",
        "Toàn thành phố: {t_p}, tức {t_on}/{t_rec} hồ sơ được nộp qua môi trường mạng. Cụ thể:",
        "a) Khối sở, ban, ngành: {d_p} ({d_on}/{d_rec} hồ sơ);",
        "b) Khối xã, phường, đặc khu: {c_p} ({c_on}/{c_rec} hồ sơ).",
        f"Một số địa phương còn thấp, đề nghị quan tâm: {u1}, {u2}.",
        "",
        "2. Đề nghị",
        "Các đơn vị chưa đạt chỉ tiêu rà soát nguyên nhân, báo cáo về Văn phòng trước thứ Sáu.",
        "",
        "Nơi nhận:",
        "- Chủ tịch, các PCT UBND thành phố;",
        "- Các sở, ban, ngành; UBND các xã, phường, đặc khu;",
        "- Lưu: VT.",
        "CHÁNH VĂN PHÒNG")
    return r


@rep
def T02():
    r = Report("T02", "quarterly_report", "2024-04-09", "Tỉnh Quảng Bình", "determined", ("p_ot", "digit", (1, 3)))
    r.c("rec", 93518, "received_total"); r.c("res", 88204, "resolved_total")
    r.c("pend", 5314, "pending_total")
    r.c("intime", 86977, "resolved_in_time"); r.c("late", 1227, "resolved_late")
    r.p("p_ot", ind="resolved_on_time", of=("intime", "res"), xy=("intime", "res"))
    r.p("p_late", ind="resolved_late", comp="p_ot", xy=("late", "res"))
    r.ratio("p_late", "late", "res")
    r.balance("rec", ["res", "pend"]); r.sum("res", ["intime", "late"])
    r.nf("tăng 6,3%", "change"); r.nf("01/2020/TT-VPCP", "reference")
    r.L("UBND TỈNH QUẢNG BÌNH", "Số: 88/BC-UBND", "Quảng Bình, ngày 09 tháng 4 năm 2024", "",
        "BÁO CÁO", "Tình hình, kết quả kiểm soát thủ tục hành chính quý I năm 2024", "",
        "Thực hiện chế độ báo cáo định kỳ theo Thông tư số 01/2020/TT-VPCP, UBND tỉnh báo cáo như sau:", "",
        "I. KẾT QUẢ GIẢI QUYẾT TTHC",
        "Trong quý, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận {rec} hồ sơ (tăng 6,3% so với",
        "cùng kỳ). Số hồ sơ đã giải quyết là {res}; số đang giải quyết là {pend} hồ sơ.",
        "Trong số hồ sơ đã giải quyết:",
        "- trả kết quả trước hạn, đúng hạn: {intime} hồ sơ, đạt {p_ot};",
        "- trả kết quả quá hạn: {late} hồ sơ, chiếm {p_late}.",
        "Hồ sơ quá hạn tập trung ở lĩnh vực đất đai và xây dựng.", "",
        "II. NHIỆM VỤ QUÝ II",
        "1. Tiếp tục rà soát, đơn giản hóa TTHC nội bộ.",
        "2. Đôn đốc xử lý dứt điểm hồ sơ chậm muộn, công khai xin lỗi người dân theo quy định.", "",
        "Nơi nhận: Văn phòng Chính phủ (Cục KSTTHC); TT Tỉnh ủy; Lưu: VT, NCKSTTHC.",
        "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    return r


@rep
def T03():
    r = Report("T03", "commune_report", "2025-11-03", "Tỉnh Đắk Lắk", "determined", ("onl", "drop", 2))
    u = r.unit("Xã Ea Nuôl")
    r.c("rec", 1846, "received_total", "self"); r.c("onl", 1522, "received_online", "self")
    r.c("off", 324, "received_offline", "self")
    r.p("s_onl", ind="received_online_share", subj="self", of=("onl", "rec"), xy=("onl", "rec"))
    r.p("s_off", ind="received_offline_share", subj="self", of=("off", "rec"), xy=("off", "rec"))
    r.sum("rec", ["onl", "off"]); r.comp("s_onl", "s_off")
    r.L(f"ỦY BAN NHÂN DÂN {u.upper()}", "Số: 47/BC-UBND", "Ea Nuôl, ngày 03 tháng 11 năm 2025", "",
        "BÁO CÁO", "Kết quả công tác cải cách thủ tục hành chính tháng 10 năm 2025", "",
        "1. Tiếp nhận hồ sơ",
        "Tháng 10, Trung tâm Phục vụ hành chính công xã tiếp nhận tổng cộng {rec} hồ sơ TTHC;",
        "trong đó:",
        "   + nộp trực tuyến: {onl} hồ sơ (chiếm {s_onl});",
        "   + nộp trực tiếp tại quầy hoặc qua bưu chính: {off} hồ sơ (chiếm {s_off}).",
        "Lĩnh vực phát sinh nhiều nhất vẫn là hộ tịch và chứng thực.", "",
        "2. Tồn tại",
        "Một bộ phận người dân lớn tuổi chưa quen dùng tài khoản định danh điện tử mức 2;",
        "đường truyền tại thôn vùng sâu còn chập chờn.", "",
        "3. Phương hướng tháng 11",
        "Tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ tại nhà văn hóa thôn.", "",
        "Nơi nhận: Đảng ủy xã; TT HĐND xã; Lưu: VP.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    return r


@rep
def T04():
    r = Report("T04", "portal_stats", "2023-06-05", "Tỉnh Thái Bình", "determined", ("h_rec", "double", 3))
    kw = dict(sep="")
    r.c("t_rec", 24615, "received_total", "city", **kw); r.c("t_res", 23072, "resolved_total", "city", **kw)
    r.c("t_pen", 1543, "pending_total", "city", **kw)
    r.c("s_rec", 3904, "received_total", "departments", "Cấp tỉnh", **kw)
    r.c("s_res", 3611, "resolved_total", "departments", "Cấp tỉnh", **kw)
    r.c("s_pen", 293, "pending_total", "departments", "Cấp tỉnh", **kw)
    r.c("h_rec", 8230, "received_total", "districts", "Cấp huyện", **kw)
    r.c("h_res", 7602, "resolved_total", "districts", "Cấp huyện", **kw)
    r.c("h_pen", 628, "pending_total", "districts", "Cấp huyện", **kw)
    r.c("x_rec", 12481, "received_total", "communes", "Cấp xã", **kw)
    r.c("x_res", 11859, "resolved_total", "communes", "Cấp xã", **kw)
    r.c("x_pen", 622, "pending_total", "communes", "Cấp xã", **kw)
    for c in ("rec", "res", "pen"):
        r.sum("t_" + c, ["s_" + c, "h_" + c, "x_" + c])
    for lv in "tshx":
        r.balance(lv + "_rec", [lv + "_res", lv + "_pen"])
    r.L("CỔNG DỊCH VỤ CÔNG TỈNH THÁI BÌNH", "Thống kê tình hình xử lý hồ sơ", "Kỳ thống kê: tháng 5/2023",
        "Cập nhật lúc 08:15 ngày 05/06/2023", "",
        "Cấp        | Tiếp nhận | Đã giải quyết | Đang giải quyết",
        "Cấp tỉnh   | {s_rec}      | {s_res}          | {s_pen}",
        "Cấp huyện  | {h_rec}      | {h_res}          | {h_pen}",
        "Cấp xã     | {x_rec}     | {x_res}         | {x_pen}",
        "Toàn tỉnh  | {t_rec}     | {t_res}         | {t_pen}", "",
        "Ghi chú:",
        "- Số tiếp nhận gồm hồ sơ nộp trực tuyến, trực tiếp và qua dịch vụ bưu chính công ích.",
        "- Hồ sơ đang giải quyết tính đến thời điểm cập nhật.",
        "- Số liệu cấp huyện không bao gồm cấp xã.", "",
        "Tra cứu hồ sơ | Đánh giá mức độ hài lòng | Hỏi đáp",
        "Lượt truy cập: 1802334")
    r.nf("1802334", "count_of_things")
    return r


@rep
def T05():
    r = Report("T05", "news_article", "2024-08-20", "Tỉnh Bình Dương", "undetermined", ("p_late", "digit", (2, 8)))
    r.p("p_ot", 98.74, "resolved_on_time", "city")
    r.p("p_late", ind="resolved_late", comp="p_ot")
    r.nf("hơn 61.000", "approx")
    r.L("Bình Dương: hồ sơ đúng hạn duy trì ở mức cao", "", "20/08/2024 | Thời sự", "",
        "(BD) – Theo báo cáo tháng 7 của UBND tỉnh, hơn 61.000 hồ sơ thủ tục hành chính đã được",
        "các cơ quan, địa phương tiếp nhận trong tháng, phần lớn qua Cổng dịch vụ công.", "",
        "Đáng chú ý, hồ sơ được giải quyết trước và đúng hạn chiếm {p_ot}; phần còn lại,",
        "{p_late} số hồ sơ, bị trễ hạn, chủ yếu thuộc lĩnh vực đất đai ở một số địa phương.", "",
        "Lãnh đạo Văn phòng UBND tỉnh cho biết, thời gian tới tỉnh sẽ tiếp tục công khai danh sách",
        "hồ sơ trễ hạn trên cổng thông tin và yêu cầu thủ trưởng đơn vị giải trình.", "",
        "Bên cạnh đó, tỉnh đẩy mạnh số hóa kết quả giải quyết, từng bước tái sử dụng dữ liệu đã",
        "số hóa để người dân không phải nộp lại giấy tờ.", "",
        "Thu Hà", "", "Tin liên quan:", "- Bình Dương đẩy mạnh thanh toán trực tuyến phí, lệ phí",
        "- Ra mắt tổ công nghệ số cộng đồng tại các khu phố")
    return r


@rep
def T06():
    r = Report("T06", "ministry_report", "2023-12-18", None, "determined", ("pct", "separator", -1))
    r.c("onl", 186404, fact=False); r.c("tot", 237851, fact=False)
    r.c("onl2", 186404, "received_online", "self"); r.c("off2", 51447, "received_offline", "self")
    r.p("pct", ind="online_submission", subj="self", of=("onl", "tot"), xy=("onl", "tot"))
    r.sum("tot", ["onl2", "off2"])
    r.ids.append(("repeat", "onl", "onl2"))
    r.nf("2023", "date")
    r.L("BỘ TÀI CHÍNH", "Số: 1450/BC-BTC", "Hà Nội, ngày 18 tháng 12 năm 2023", "",
        "BÁO CÁO", "Kết quả cung cấp dịch vụ công trực tuyến 11 tháng năm 2023", "",
        "Kính gửi: Văn phòng Chính phủ.", "",
        "1. Tỷ lệ hồ sơ trực tuyến",
        "Tỷ lệ hồ sơ nộp trực tuyến trên Hệ thống thông tin giải quyết TTHC của Bộ đạt {pct}",
        "(tương ứng {onl}/{tot} hồ sơ).", "",
        "2. Cơ cấu kênh nộp",
        "Qua Cổng Dịch vụ công quốc gia và Cổng của Bộ: {onl2} hồ sơ;",
        "tại bộ phận một cửa các đơn vị thuộc Bộ (trực tiếp, bưu chính): {off2} hồ sơ.", "",
        "3. Kiến nghị",
        "Đề nghị Văn phòng Chính phủ hướng dẫn thống nhất cách tính tỷ lệ đối với hồ sơ liên thông",
        "giữa các bộ, ngành.", "",
        "Nơi nhận: như trên; Bộ trưởng (để b/c); Lưu: VT, VP.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    return r


@rep
def T07():
    r = Report("T07", "quarterly_report", "2022-10-11", "Tỉnh Nghệ An", "clean")
    r.c("rec", 215940, "received_total"); r.c("onl", 58307, "received_online")
    r.c("off", 151268, "received_offline"); r.c("carry", 6365, "received_carried_over")
    r.c("res", 207713, "resolved_total"); r.c("pend", 8227, "pending_total")
    r.c("early", 161502, "resolved_early"); r.c("ontime", 43128, "resolved_on_time"); r.c("late", 3083, "resolved_late")
    r.p("p_ot", ind="resolved_on_time", of=(["early", "ontime"], "res"))
    r.sum("rec", ["onl", "off", "carry"]); r.balance("rec", ["res", "pend"]); r.sum("res", ["early", "ontime", "late"])
    r.L("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", "Số: 702/BC-UBND            Nghệ An, ngày 11 tháng 10 năm 2022", "",
        "BÁO CÁO", "Tình hình thực hiện cơ chế một cửa, một cửa liên thông Quý III năm 2022", "",
        "1. Số hồ sơ tiếp nhận",
        "Tổng số hồ sơ tiếp nhận trong kỳ: {rec} hồ sơ, bao gồm:",
        "   - tiếp nhận trực tuyến: {onl};",
        "   - trực tiếp và qua dịch vụ bưu chính: {off};",
        "   - từ kỳ trước chuyển qua: {carry}.",
        "2. Kết quả giải quyết",
        "Đã giải quyết {res} hồ sơ, gồm: trước hạn {early}, đúng hạn {ontime} và quá hạn {late};",
        "tỷ lệ giải quyết trước hạn, đúng hạn là {p_ot}.",
        "Số hồ sơ đang giải quyết chuyển kỳ sau: {pend} hồ sơ.", "",
        "3. Đánh giá",
        "Số hồ sơ quá hạn giảm so với quý trước; tuy vậy, một số huyện vẫn để xảy ra tình trạng",
        "chậm trả kết quả mà không có văn bản xin lỗi.", "",
        "4. Kiến nghị",
        "Đề nghị Văn phòng Chính phủ sớm hoàn thiện chức năng kết nối giữa Cổng dịch vụ công quốc gia",
        "và Hệ thống thông tin giải quyết TTHC của tỉnh.", "",
        "Nơi nhận: Văn phòng Chính phủ; Thường trực Tỉnh ủy; Lưu: VT, KSTT.",
        "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    return r


@rep
def T08():
    r = Report("T08", "weekly_notice", "2025-12-08", "Tỉnh Quảng Ninh", "determined", ("c_p", "copy", "d_p"))
    r.c("d_pay", 2318, fact=False); r.c("d_fee", 2764, fact=False)
    r.c("c_pay", 9105, fact=False); r.c("c_fee", 10248, fact=False)
    r.c("t_pay", 11423, fact=False); r.c("t_fee", 13012, fact=False)
    r.p("t_p", ind="online_payment", subj="city", of=("t_pay", "t_fee"), xy=("t_pay", "t_fee"))
    r.p("d_p", ind="online_payment", subj="departments", of=("d_pay", "d_fee"), xy=("d_pay", "d_fee"))
    r.p("c_p", ind="online_payment", subj="communes", of=("c_pay", "c_fee"), xy=("c_pay", "c_fee"))
    r.sum("t_pay", ["d_pay", "c_pay"]); r.sum("t_fee", ["d_fee", "c_fee"])
    r.nf("80% trở lên", "reference")
    u = r.unit("Phường Hạ Long")
    r.L("UBND TỈNH QUẢNG NINH", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "",
        "THÔNG BÁO NHANH", "Tình hình thanh toán trực tuyến phí, lệ phí (tuần từ 01/12 đến 07/12/2025)", "",
        "Chỉ tiêu tỉnh giao: 80% trở lên.", "",
        "* Toàn tỉnh đạt {t_p} — có {t_pay}/{t_fee} hồ sơ có phí, lệ phí được thanh toán trực tuyến.",
        "* Sở, ban, ngành: {d_p} ({d_pay}/{d_fee} hồ sơ).",
        "* Xã, phường, đặc khu: {c_p} ({c_pay}/{c_fee} hồ sơ).", "",
        f"Đơn vị dẫn đầu khối xã, phường trong tuần: {u}.",
        "Các đơn vị chưa đạt chỉ tiêu cần hướng dẫn người dân dùng ứng dụng ngân hàng số hoặc",
        "ví điện tử khi nộp phí tại quầy.", "",
        "Trung tâm sẽ tiếp tục cập nhật số liệu vào sáng thứ Hai hằng tuần.", "",
        "Nơi nhận:", "- Lãnh đạo UBND tỉnh (b/c);", "- Các sở, ban, ngành; UBND các xã, phường, đặc khu;",
        "- Lưu: VT.", "GIÁM ĐỐC")
    return r


@rep
def T09():
    r = Report("T09", "commune_report", "2026-01-06", "Tỉnh Nghệ An", "clean")
    u = r.unit("Xã Văn Kiều")
    r.c("rec", 972, "received_total", "self"); r.c("res", 941, "resolved_total", "self"); r.c("pend", 31, "pending_total", "self")
    r.c("intime", 936, "resolved_in_time", "self"); r.c("late", 5, "resolved_late", "self")
    r.p("p_ot", ind="resolved_on_time", subj="self", of=("intime", "res"), xy=("intime", "res"))
    r.balance("rec", ["res", "pend"]); r.sum("res", ["intime", "late"])
    r.L(f"UBND {u.upper()}", "Số: 05/BC-UBND", "Văn Kiều, ngày 06 tháng 01 năm 2026", "",
        "BÁO CÁO", "Tình hình giải quyết thủ tục hành chính tháng 12 năm 2025", "",
        "Trong tháng 12 năm 2025, Bộ phận Một cửa xã nhận {rec} hồ sơ.",
        "Kết quả: đã trả {res} hồ sơ, trong đó {intime} hồ sơ trả trước hạn và đúng hạn (tỷ lệ {p_ot}),",
        "{late} hồ sơ trả chậm do chờ kết quả xác minh của cơ quan liên quan; hiện còn {pend} hồ sơ",
        "đang trong thời gian giải quyết.", "",
        "Nhận xét chung:",
        "- Cán bộ một cửa chủ động gọi điện hẹn trả kết quả, không để người dân đi lại nhiều lần;",
        "- Việc xin lỗi bằng văn bản đối với hồ sơ trễ được thực hiện đầy đủ.", "",
        "Kế hoạch tháng 01/2026:",
        "- Hoàn thành rà soát dữ liệu hộ tịch đã số hóa;",
        "- Tổ chức tập huấn cho tổ công nghệ số cộng đồng các thôn.", "",
        "Nơi nhận: UBND tỉnh (qua Sở Nội vụ); Đảng ủy xã; Lưu: VT.", "TM. UBND XÃ", "CHỦ TỊCH")
    return r


@rep
def T10():
    r = Report("T10", "news_article", "2023-03-14", "Tỉnh Tiền Giang", "determined", ("h_rec", "swap", 2))
    r.c("h_rec", 63570, "received_total", "city")
    r.same("rec", "h_rec")
    r.c("onl", 20611, "received_online"); r.c("off", 42959, "received_offline")
    r.sum("rec", ["onl", "off"])
    r.p("s_on", ind="received_online_share", of=("onl", "rec"), xy=("onl", "rec"))
    r.nf("tăng gần 2 lần", "change")
    r.L("Tiền Giang tiếp nhận {h_rec} hồ sơ thủ tục hành chính trong hai tháng đầu năm", "",
        "Cập nhật: 14/03/2023", "",
        "Số liệu từ Văn phòng UBND tỉnh cho thấy, từ đầu năm đến hết tháng 2, các cơ quan hành chính",
        "của tỉnh đã tiếp nhận tổng cộng {rec} hồ sơ. Trong đó, người dân và doanh nghiệp gửi qua",
        "dịch vụ công trực tuyến {onl} hồ sơ, chiếm {s_on} tổng số; {off} hồ sơ còn lại",
        "được nộp trực tiếp tại bộ phận một cửa hoặc gửi qua bưu điện.", "",
        "So với cùng kỳ, lượng hồ sơ trực tuyến tăng gần 2 lần, chủ yếu nhờ các thủ tục cấp phiếu",
        "lý lịch tư pháp và đăng ký hộ kinh doanh được đưa lên môi trường điện tử.", "",
        "Theo đại diện Văn phòng UBND tỉnh, khó khăn lớn nhất hiện nay là hạ tầng mạng ở một số xã",
        "vùng sâu chưa ổn định và việc thanh toán phí điện tử còn hạn chế.", "",
        "Minh Tâm", "", "Xem thêm:", "- Tiền Giang công bố danh mục dịch vụ công trực tuyến toàn trình")
    return r


@rep
def T11():
    r = Report("T11", "portal_stats", "2024-11-04", "Tỉnh Hà Tĩnh", "undetermined", ("x_pro", "drop", 1))
    r.c("t_pro", 1863, "procedures_total", "city"); r.c("s_pro", 1379, "procedures_total", "departments", "Cấp tỉnh")
    r.c("h_pro", 296, "procedures_total", "districts", "Cấp huyện"); r.c("x_pro", 188, "procedures_total", "communes", "Cấp xã")
    r.sum("t_pro", ["s_pro", "h_pro", "x_pro"])
    r.nf("26/09/2024", "date")
    r.L("CỔNG DỊCH VỤ CÔNG TỈNH HÀ TĨNH", "Danh mục thủ tục hành chính", "", "Tìm kiếm | Lĩnh vực | Cơ quan thực hiện", "",
        "Tổng số thủ tục hành chính đang công bố: {t_pro}",
        "  Thuộc thẩm quyền cấp tỉnh:     {s_pro}",
        "  Thuộc thẩm quyền cấp huyện:    {h_pro}",
        "  Thuộc thẩm quyền cấp xã:       {x_pro}", "",
        "Ghi chú: danh mục được chuẩn hóa theo Quyết định công bố của Chủ tịch UBND tỉnh, cập nhật",
        "lần gần nhất ngày 26/09/2024.", "",
        "Hướng dẫn:",
        "1. Chọn lĩnh vực hoặc cơ quan để lọc danh mục.",
        "2. Bấm vào tên thủ tục để xem trình tự, thành phần hồ sơ, phí, lệ phí.",
        "3. Bấm \"Nộp hồ sơ\" để chuyển sang Cổng Dịch vụ công quốc gia.", "",
        "Đường dây nóng hỗ trợ trong giờ hành chính.")
    return r


P766 = [("cong", "index_766_publicity", "Công khai, minh bạch"),
        ("tien", "index_766_progress", "Tiến độ, kết quả giải quyết"),
        ("dvc", "index_766_online_service", "Cung cấp dịch vụ trực tuyến"),
        ("tt", "index_766_online_payment", "Thanh toán trực tuyến"),
        ("hl", "index_766_satisfaction", "Mức độ hài lòng"),
        ("sh", "index_766_digitization", "Số hóa hồ sơ")]


def six(r, vals, subj="city"):
    for (k, ind, _), v in zip(P766, vals):
        r.s(k, v, ind, subj)
    r.s("tot", sum(vals), "index_766_total", subj)
    r.score("tot", [k for k, *_ in P766])


@rep
def T12():
    r = Report("T12", "quarterly_report", "2025-10-09", "Tỉnh Lạng Sơn", "determined", ("tot", "digit", (3, 6)))
    six(r, [16.12, 17.85, 10.46, 8.39, 16.73, 14.08])
    r.same("tot2", "tot")
    r.L("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Số: 415/BC-UBND        Lạng Sơn, ngày 09 tháng 10 năm 2025", "",
        "BÁO CÁO", "Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp Quý III năm 2025", "",
        "I. TÓM TẮT",
        "Điểm tổng hợp của tỉnh theo Bộ chỉ số ban hành kèm Quyết định số 766/QĐ-TTg là {tot2} điểm.", "",
        "II. CHI TIẾT THEO NHÓM CHỈ SỐ", "",
        "| Nhóm chỉ số                     | Điểm  |",
        "| Công khai, minh bạch            | {cong} |",
        "| Tiến độ, kết quả giải quyết     | {tien} |",
        "| Cung cấp dịch vụ trực tuyến     | {dvc} |",
        "| Thanh toán trực tuyến           | {tt}  |",
        "| Mức độ hài lòng                 | {hl} |",
        "| Số hóa hồ sơ                    | {sh} |",
        "| Tổng điểm                       | {tot} |", "",
        "III. ĐÁNH GIÁ",
        "Nhóm thanh toán trực tuyến và cung cấp dịch vụ trực tuyến còn thấp; nguyên nhân chính là",
        "nhiều thủ tục chưa tích hợp thanh toán và tỷ lệ hồ sơ toàn trình chưa cao.", "",
        "Nơi nhận: Văn phòng Chính phủ; TT Tỉnh ủy, TT HĐND tỉnh; Lưu: VT, KSTT.",
        "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    r.nf("766/QĐ-TTg", "reference")
    return r


@rep
def T13():
    r = Report("T13", "ministry_report", "2024-12-16", None, "clean")
    six(r, [17.21, 18.94, 9.87, 7.55, 15.02, 13.66], subj="self")
    r.nf("tháng 11/2024", "date")
    r.L("BỘ TƯ PHÁP", "VĂN PHÒNG BỘ", "Số: 2210/BC-VP", "Hà Nội, ngày 16 tháng 12 năm 2024", "",
        "BÁO CÁO", "Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp của Bộ Tư pháp", "",
        "Theo dữ liệu trên Cổng Dịch vụ công quốc gia (chốt tháng 11/2024), kết quả của Bộ như sau:",
        "- Công khai, minh bạch: {cong} điểm;",
        "- Tiến độ, kết quả giải quyết: {tien} điểm;",
        "- Cung cấp dịch vụ trực tuyến: {dvc} điểm;",
        "- Thanh toán trực tuyến: {tt} điểm;",
        "- Mức độ hài lòng: {hl} điểm;",
        "- Số hóa hồ sơ: {sh} điểm.",
        "Cộng sáu nhóm, Bộ đạt {tot} điểm.", "",
        "Nhóm số hóa và thanh toán trực tuyến còn thấp do nhiều thủ tục lý lịch tư pháp, quốc tịch",
        "phải xác minh liên ngành.", "",
        "Đề xuất:",
        "a) Các Cục, Vụ rà soát quy trình nội bộ, cắt giảm bước trung gian;",
        "b) Cục Công nghệ thông tin hoàn thiện kết nối thanh toán với nền tảng quốc gia.", "",
        "Nơi nhận: Bộ trưởng (để b/c); các Thứ trưởng; Lưu: VT, VP.", "CHÁNH VĂN PHÒNG")
    return r


@rep
def T14():
    r = Report("T14", "commune_report", "2025-09-29", "Tỉnh Gia Lai", "undetermined", ("dig2", "swap", 0))
    u = r.unit("Xã Chư A Thai")
    r.p("dig", 87.46, "digitization", "self")
    r.same("dig2", "dig")
    r.L(f"UBND {u.upper()}", "Số: 61/BC-UBND", "Chư A Thai, ngày 29 tháng 9 năm 2025", "",
        "BÁO CÁO NHANH", "Công tác số hóa hồ sơ, kết quả giải quyết TTHC tháng 9/2025", "",
        "Tóm tắt: tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của xã đạt {dig}.", "",
        "1. Tình hình triển khai",
        "Từ ngày 01/9, xã bố trí 02 máy quét tại Trung tâm Phục vụ hành chính công; công chức",
        "một cửa số hóa ngay khi tiếp nhận.", "",
        "2. Kết quả",
        "Tính đến hết tháng, tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt {dig2}; lĩnh vực",
        "chứng thực và hộ tịch số hóa đầy đủ, lĩnh vực đất đai còn chậm.", "",
        "3. Khó khăn",
        "Máy quét hay hỏng; đường truyền yếu vào buổi chiều.", "",
        "4. Đề xuất",
        "Đề nghị tỉnh hỗ trợ thêm thiết bị và tập huấn ký số cho công chức mới.", "",
        "Nơi nhận: Sở Nội vụ; Đảng ủy xã; Lưu: VT.", "CHỦ TỊCH")
    r.nf("02 máy", "count_of_things")
    return r


@rep
def T15():
    r = Report("T15", "weekly_notice", "2021-05-24", "Tỉnh Hậu Giang", "determined", ("fb_res", "double", 1))
    r.c("fb_tot", 84, "feedback_total"); r.c("fb_new", 71, "feedback_new"); r.c("fb_old", 13, "feedback_carried_over")
    r.c("fb_res", 69, "feedback_resolved"); r.c("fb_pen", 15, "feedback_pending")
    r.sum("fb_tot", ["fb_new", "fb_old"]); r.balance("fb_tot", ["fb_res", "fb_pen"])
    r.p("fb_p", ind="feedback_handled", of=("fb_res", "fb_tot"), xy=("fb_res", "fb_tot"))
    r.L("VĂN PHÒNG UBND TỈNH HẬU GIANG", "", "THÔNG BÁO",
        "Tình hình tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính", "(tuần 20 năm 2021)", "",
        "Tổng số phản ánh, kiến nghị phải xử lý trong tuần là {fb_tot} (mới phát sinh {fb_new}, kỳ trước",
        "chuyển sang {fb_old}).",
        "Đến ngày 21/5/2021, đã xử lý xong {fb_res}; còn {fb_pen} phản ánh, kiến nghị đang xử lý.",
        "Tỷ lệ phản ánh, kiến nghị được xử lý: {fb_p}.", "",
        "Nội dung phản ánh tập trung vào:",
        "(i) thời gian cấp giấy chứng nhận quyền sử dụng đất;",
        "(ii) thái độ của công chức tiếp nhận tại một số huyện;",
        "(iii) lỗi đăng nhập Cổng dịch vụ công.", "",
        "Văn phòng đề nghị các cơ quan được giao xử lý trả lời người phản ánh đúng thời hạn và",
        "cập nhật kết quả lên hệ thống.", "",
        "Nơi nhận: Lãnh đạo UBND tỉnh; các sở, ngành; UBND các huyện, thị xã, thành phố; Lưu: VT.")
    r.nf("tuần 20", "date")
    return r


@rep
def T16():
    r = Report("T16", "news_article", "2024-07-12", "Tỉnh Phú Yên", "clean")
    r.c("s_res", 14207, "resolved_total", "departments", "Cấp tỉnh"); r.c("s_in", 14012, "resolved_in_time", "departments", "Cấp tỉnh")
    r.c("h_res", 30563, "resolved_total", "districts", "Cấp huyện"); r.c("h_in", 29894, "resolved_in_time", "districts", "Cấp huyện")
    r.c("x_res", 52118, "resolved_total", "communes", "Cấp xã"); r.c("x_in", 51906, "resolved_in_time", "communes", "Cấp xã")
    r.c("t_res", 96888, "resolved_total"); r.c("t_in", 95812, "resolved_in_time")
    for lv, sc, subj in (("s", "Cấp tỉnh", "departments"), ("h", "Cấp huyện", "districts"), ("x", "Cấp xã", "communes"), ("t", None, "city")):
        r.p(lv + "_p", ind="resolved_on_time", subj=subj, scope=sc, of=(lv + "_in", lv + "_res"), xy=(lv + "_in", lv + "_res"))
    r.sum("t_res", ["s_res", "h_res", "x_res"]); r.sum("t_in", ["s_in", "h_in", "x_in"])
    r.L("Phú Yên: 6 tháng, gần 99% hồ sơ được trả đúng hẹn", "", "12/7/2024 09:40", "",
        "Sáu tháng đầu năm, toàn tỉnh đã giải quyết {t_res} hồ sơ thủ tục hành chính, trong đó {t_in}",
        "hồ sơ trả trước hoặc đúng hẹn, đạt {t_p}.", "",
        "Tính theo từng cấp:",
        "• cấp tỉnh giải quyết {s_res} hồ sơ, đúng và trước hạn {s_in} ({s_p});",
        "• cấp huyện giải quyết {h_res} hồ sơ, đúng và trước hạn {h_in} ({h_p});",
        "• cấp xã giải quyết {x_res} hồ sơ, đúng và trước hạn {x_in} ({x_p}).", "",
        "Cấp huyện vẫn là nơi có nhiều hồ sơ trễ nhất, phần lớn liên quan đến đất đai. Sở Nội vụ",
        "cho biết sẽ kiểm tra đột xuất tại những nơi có tỷ lệ trễ cao.", "",
        "Bên cạnh đó, tỉnh tiếp tục triển khai mô hình \"Bộ phận một cửa không giấy tờ\" ở",
        "một số huyện, thị xã.", "",
        "Ngọc Lan")
    r.nf("gần 99%", "approx")
    return r


@rep
def T17():
    r = Report("T17", "portal_stats", "2025-08-11", "Tỉnh Tây Ninh", "determined", ("s_on", "separator", -1))
    kw = dict(sep="")
    r.c("rec", 38412, "received_total", **kw); r.c("onl", 25190, "received_online", **kw); r.c("off", 13222, "received_offline", **kw)
    r.sum("rec", ["onl", "off"])
    r.p("s_on", ind="received_online_share", of=("onl", "rec"), xy=("onl", "rec"))
    r.p("s_off", ind="received_offline_share", comp="s_on", xy=("off", "rec"))
    r.ratio("s_off", "off", "rec")
    r.L("HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH TÂY NINH", "Báo cáo thống kê | Tháng 7/2025", "",
        "Chỉ tiêu                          Số lượng     Tỷ lệ",
        "Hồ sơ tiếp nhận                   {rec}",
        "  - Trực tuyến                    {onl}        {s_on}",
        "  - Trực tiếp, bưu chính          {off}        {s_off}", "",
        "Nguồn: dữ liệu đồng bộ tự động, chốt 23:59 ngày 31/07/2025.",
        "Tỷ lệ tính trên tổng số hồ sơ tiếp nhận trong tháng.", "",
        "Các chức năng:",
        "› Xem theo đơn vị",
        "› Xem theo lĩnh vực",
        "› Xuất Excel", "",
        "Hỗ trợ kỹ thuật: Trung tâm Chuyển đổi số tỉnh", "© Ủy ban nhân dân tỉnh Tây Ninh")
    r.nf("31/07/2025", "date")
    return r


@rep
def T18():
    r = Report("T18", "quarterly_report", "2024-01-10", "Tỉnh Bắc Kạn", "undetermined", ("tt", "swap", 1))
    six(r, [15.44, 16.09, 8.72, 6.18, 14.95, 10.37])
    r.L("UBND TỈNH BẮC KẠN", "Số: 09/BC-UBND                    Bắc Kạn, ngày 10 tháng 01 năm 2024", "",
        "BÁO CÁO", "Kết quả cải cách thủ tục hành chính quý IV năm 2023", "",
        "...",
        "4. Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp",
        "Tổng điểm quý IV của tỉnh đạt {tot} điểm. Điểm từng nhóm: công khai, minh bạch {cong};",
        "tiến độ, kết quả giải quyết {tien}; cung cấp dịch vụ trực tuyến {dvc}; thanh toán trực tuyến",
        "{tt}; mức độ hài lòng {hl}; số hóa hồ sơ {sh}.", "",
        "Nhóm thanh toán trực tuyến và số hóa hồ sơ đạt thấp so với mặt bằng chung. UBND tỉnh đã",
        "giao Sở Thông tin và Truyền thông chủ trì, phối hợp các đơn vị khắc phục trong quý I.", "",
        "5. Phương hướng",
        "- Đẩy mạnh tuyên truyền lợi ích của dịch vụ công trực tuyến;",
        "- Kiểm tra công vụ đột xuất tại bộ phận một cửa cấp huyện, cấp xã.", "",
        "Nơi nhận: Văn phòng Chính phủ; TT Tỉnh ủy; Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    return r


@rep
def T19():
    r = Report("T19", "ministry_report", "2026-03-16", None, "determined", ("full", "digit", (1, 1)))
    r.c("proc", 412, "procedures_total", "self"); r.c("full", 238, "procedures_full_online", "self")
    r.c("part", 109, "procedures_partial_online", "self"); r.c("non", 65, "procedures_not_online", "self")
    r.sum("proc", ["full", "part", "non"])
    r.p("p_full", ind="full_online", subj="self", of=("full", "proc"), xy=("full", "proc"))
    r.L("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Số: 377/BC-BNNMT", "Hà Nội, ngày 16 tháng 3 năm 2026", "",
        "BÁO CÁO", "Tình hình cung cấp dịch vụ công trực tuyến quý I năm 2026", "",
        "1. Về số lượng thủ tục",
        "Bộ đang quản lý {proc} thủ tục hành chính thuộc phạm vi giải quyết của Bộ. Trong số đó:",
        "(1) {full} thủ tục được cung cấp trực tuyến toàn trình,",
        "(2) {part} thủ tục cung cấp trực tuyến một phần, và",
        "(3) {non} thủ tục chưa đủ điều kiện cung cấp trực tuyến.",
        "Tỷ lệ thủ tục trực tuyến toàn trình trên tổng số thủ tục: {p_full}.", "",
        "2. Về khó khăn",
        "Một số thủ tục yêu cầu kiểm tra thực địa, lấy mẫu nên chưa thể thực hiện toàn trình.", "",
        "3. Kiến nghị",
        "Đề nghị các địa phương phối hợp chia sẻ dữ liệu đất đai, môi trường qua nền tảng tích hợp.", "",
        "Nơi nhận: Văn phòng Chính phủ; Bộ trưởng; Lưu: VT, VP.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    return r


@rep
def T20():
    r = Report("T20", "portal_stats", "2025-12-01", "Tỉnh Khánh Hòa", "clean")
    names = [("a", "Xã Ninh Hải"), ("b", "Xã Đông Khánh Sơn")]
    vals = {"a": (1284, 1251, 33), "b": (403, 389, 14)}
    for k, nm in names:
        r.unit(nm)
        rec, res, pen = vals[k]
        r.c(k + "_rec", rec, "received_total", "unit:" + nm, sep=""); r.c(k + "_res", res, "resolved_total", "unit:" + nm, sep="")
        r.c(k + "_pen", pen, "pending_total", "unit:" + nm, sep="")
        r.balance(k + "_rec", [k + "_res", k + "_pen"])
    r.L("CỔNG DỊCH VỤ CÔNG TỈNH KHÁNH HÒA", "Thống kê theo đơn vị — tháng 11/2025", "",
        "Đơn vị               Tiếp nhận   Đã xử lý   Đang xử lý",
        "Xã Ninh Hải          {a_rec}        {a_res}       {a_pen}",
        "Xã Đông Khánh Sơn    {b_rec}         {b_res}        {b_pen}", "",
        "(Chọn đơn vị khác trong danh sách để xem số liệu.)", "",
        "Giải thích:",
        "- Tiếp nhận: hồ sơ nhận trong tháng và hồ sơ chuyển từ tháng trước;",
        "- Đã xử lý: hồ sơ đã có kết quả, kể cả trả lại, rút hồ sơ;",
        "- Đang xử lý: hồ sơ chưa có kết quả tại thời điểm chốt số liệu.", "",
        "Dữ liệu chốt ngày 30/11/2025.",
        "Mọi thắc mắc xin gửi về hộp thư góp ý của Cổng.", "",
        "Trang chủ | Thủ tục hành chính | Dịch vụ công | Thống kê")
    r.nf("30/11/2025", "date")
    return r


@rep
def T21():
    r = Report("T21", "news_article", "2025-11-21", "Tỉnh Hưng Yên", "determined", ("h_tot", "double", 2))
    six(r, [16.87, 18.42, 11.05, 8.96, 17.31, 15.12])
    r.same("h_tot", "tot")
    r.L("Hưng Yên đạt {h_tot} điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "",
        "21/11/2025 - 15:02", "",
        "Theo kết quả công bố trên Cổng Dịch vụ công quốc gia, tính đến ngày 20/11/2025, tỉnh Hưng Yên",
        "đạt tổng điểm {tot}, xếp loại tốt.", "",
        "Điểm thành phần cụ thể như sau: công khai, minh bạch đạt {cong}; tiến độ, kết quả giải quyết",
        "{tien}; cung cấp dịch vụ trực tuyến {dvc}; thanh toán trực tuyến {tt}; mức độ hài lòng",
        "{hl}; số hóa hồ sơ {sh} điểm.", "",
        "Lãnh đạo Văn phòng UBND tỉnh cho biết, sau khi hợp nhất, hệ thống giải quyết TTHC của tỉnh",
        "đã được đồng bộ, giúp số liệu phản ánh chính xác hơn kết quả xử lý hồ sơ ở từng xã, phường.", "",
        "Thời gian tới, tỉnh tập trung nâng điểm nhóm thanh toán trực tuyến thông qua việc",
        "tích hợp thêm kênh thanh toán tại quầy.", "",
        "Hoàng Giang", "", "Tin cùng chuyên mục:", "- Hưng Yên ra mắt Trung tâm Phục vụ hành chính công tỉnh")
    r.nf("20/11/2025", "date")
    return r


@rep
def T22():
    r = Report("T22", "commune_report", "2025-12-29", "Thành phố Hải Phòng", "determined", ("pend", "copy", "late"))
    u = r.unit("Xã Nguyễn Bỉnh Khiêm")
    r.c("rec", 1537, "received_total", "self"); r.c("res", 1495, "resolved_total", "self")
    r.c("intime", 1477, "resolved_in_time", "self"); r.c("late", 18, "resolved_late", "self")
    r.c("pend", 42, "pending_total", "self")
    r.c("onl", 1203, "received_online", "self"); r.c("off", 334, "received_offline", "self")
    r.p("p_ot", ind="resolved_on_time", subj="self", of=("intime", "res"), xy=("intime", "res"))
    r.balance("rec", ["res", "pend"]); r.sum("res", ["intime", "late"]); r.sum("rec", ["onl", "off"])
    r.L("ỦY BAN NHÂN DÂN", u.upper(), "Số: 233/BC-UBND", "Nguyễn Bỉnh Khiêm, ngày 29 tháng 12 năm 2025", "",
        "BÁO CÁO", "Kết quả giải quyết thủ tục hành chính năm 2025 (từ 01/7/2025 đến 25/12/2025)", "",
        "Kể từ khi vận hành chính quyền địa phương hai cấp, UBND xã đã tiếp nhận {rec} hồ sơ",
        "({onl} hồ sơ trực tuyến, {off} hồ sơ trực tiếp);",
        "đã giải quyết {res} hồ sơ, cụ thể: đúng hạn và trước hạn {intime} hồ sơ (đạt {p_ot}),",
        "quá hạn {late} hồ sơ;",
        "đang giải quyết {pend} hồ sơ, tất cả đều còn trong hạn.", "",
        "Hồ sơ quá hạn chủ yếu do phải chờ ý kiến của cơ quan chuyên môn cấp thành phố đối với",
        "lĩnh vực đất đai. UBND xã đã gửi thư xin lỗi đến người dân theo quy định.", "",
        "Phương hướng năm 2026:",
        "- tiếp tục số hóa kết quả giải quyết TTHC còn tồn;",
        "- duy trì tiếp nhận hồ sơ ngoài giờ hành chính vào sáng thứ Bảy.", "",
        "Nơi nhận: UBND thành phố; Đảng ủy xã; Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    return r


@rep
def T23():
    r = Report("T23", "weekly_notice", "2022-08-15", "Tỉnh Bình Thuận", "undetermined", ("onl", "swap", 1))
    r.c("rec", 6741, "received_total"); r.c("onl", 2958, "received_online"); r.c("off", 3783, "received_offline")
    r.sum("rec", ["onl", "off"])
    r.L("TRUNG TÂM HÀNH CHÍNH CÔNG TỈNH BÌNH THUẬN", "", "THÔNG BÁO",
        "Số liệu tiếp nhận hồ sơ tuần từ ngày 08/8/2022 đến ngày 12/8/2022", "",
        "Tuần qua, Trung tâm và bộ phận một cửa các sở, ngành, địa phương trên địa bàn tỉnh tiếp nhận",
        "tổng số {rec} hồ sơ, gồm {onl} hồ sơ trực tuyến và {off} hồ sơ trực tiếp.", "",
        "Một số lưu ý:",
        "1) Hồ sơ đăng ký doanh nghiệp vẫn chiếm phần lớn số hồ sơ trực tuyến;",
        "2) Hồ sơ lĩnh vực tư pháp nộp trực tiếp còn nhiều, đề nghị Sở Tư pháp hướng dẫn người dân",
        "   nộp qua Cổng dịch vụ công;",
        "3) Các huyện chưa cập nhật kịp thời trạng thái hồ sơ trên hệ thống.", "",
        "Trung tâm đề nghị các đơn vị kiểm tra, đối chiếu số liệu trước 16 giờ thứ Sáu hằng tuần.", "",
        "Nơi nhận:", "- Văn phòng UBND tỉnh;", "- Các sở, ban, ngành; UBND các huyện, thị xã, thành phố;",
        "- Lưu: VT.", "GIÁM ĐỐC")
    r.nf("16 giờ", "date")
    return r


@rep
def T24():
    r = Report("T24", "quarterly_report", "2025-07-14", "Tỉnh Thanh Hóa", "determined", ("p_dig", "swap", 2))
    r.c("dig", 118423, fact=False); r.c("all", 127306, fact=False)
    r.p("p_dig", ind="digitization", of=("dig", "all"), xy=("dig", "all"))
    r.same("p_dig2", "p_dig")
    r.p("p_pay", 76.40, "online_payment")
    r.L("ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "Số: 301/BC-UBND", "Thanh Hóa, ngày 14 tháng 7 năm 2025", "",
        "BÁO CÁO", "Kết quả cải cách thủ tục hành chính quý II năm 2025", "",
        "I. Số hóa hồ sơ, kết quả giải quyết TTHC",
        "Trong quý, các cơ quan, đơn vị đã số hóa {dig}/{all} hồ sơ, đạt tỷ lệ {p_dig}; việc số hóa",
        "được thực hiện ngay từ khâu tiếp nhận.", "",
        "II. Thanh toán trực tuyến",
        "Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt {p_pay}.", "",
        "III. Bảng tổng hợp chỉ tiêu",
        "Chỉ tiêu                                   | Kết quả",
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết     | {p_dig2}",
        "Chỉ tiêu giao (số hóa)                     | 90%", "",
        "IV. Nhiệm vụ quý III",
        "Chuẩn bị điều kiện chuyển giao dữ liệu cho các xã, phường mới sau sắp xếp.", "",
        "Nơi nhận: Văn phòng Chính phủ; TT Tỉnh ủy; Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    r.nf("90%", "reference")
    return r


@rep
def T25():
    r = Report("T25", "ministry_report", "2023-05-08", None, "undetermined", ("s_on", "digit", (0, 8)))
    r.p("s_on", 61.38, "received_online_share", "self")
    r.p("s_off", ind="received_offline_share", subj="self", comp="s_on")
    r.L("BỘ XÂY DỰNG", "Số: 118/BC-BXD", "Hà Nội, ngày 08 tháng 5 năm 2023", "",
        "BÁO CÁO", "Tình hình tiếp nhận hồ sơ thủ tục hành chính tháng 4 năm 2023", "",
        "Kính gửi: Văn phòng Chính phủ", "",
        "1. Kênh tiếp nhận",
        "Trong tháng, hồ sơ nộp qua Cổng Dịch vụ công chiếm {s_on} tổng số hồ sơ tiếp nhận của Bộ;",
        "hồ sơ nộp trực tiếp hoặc qua bưu chính chiếm {s_off}.", "",
        "2. Lĩnh vực",
        "Hồ sơ tập trung ở lĩnh vực cấp chứng chỉ hành nghề hoạt động xây dựng và công nhận",
        "chứng chỉ năng lực.", "",
        "3. Đề xuất",
        "Bộ đề nghị Văn phòng Chính phủ hỗ trợ kết nối dữ liệu dân cư để giảm giấy tờ phải nộp.", "",
        "Nơi nhận: như trên; Bộ trưởng (để b/c); Lưu: VT, VP.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    return r


@rep
def T26():
    r = Report("T26", "news_article", "2021-10-06", "Tỉnh Hà Nam", "determined", ("late", "digit", (0, 2)))
    r.c("res", 40718, "resolved_total"); r.c("intime", 39982, "resolved_in_time"); r.c("late", 736, "resolved_late")
    r.sum("res", ["intime", "late"])
    r.p("p_ot", ind="resolved_on_time", of=("intime", "res"), xy=("intime", "res"))
    r.p("p_late", ind="resolved_late", comp="p_ot", xy=("late", "res"))
    r.ratio("p_late", "late", "res")
    r.L("Hà Nam: chín tháng giải quyết hơn 40 nghìn hồ sơ", "", "06/10/2021", "",
        "Chín tháng năm 2021, các cơ quan hành chính trên địa bàn tỉnh Hà Nam đã giải quyết {res} hồ sơ.",
        "Số hồ sơ trả trước và đúng hạn là {intime}, tương ứng {p_ot}; số trễ hạn là {late} hồ sơ",
        "(chiếm {p_late}).", "",
        "Dù chịu ảnh hưởng của dịch Covid-19, tỉnh vẫn duy trì hoạt động của bộ phận một cửa các cấp,",
        "khuyến khích người dân nộp hồ sơ trực tuyến để hạn chế tiếp xúc.", "",
        "Ông Trần Văn Hải, Phó Chánh Văn phòng UBND tỉnh cho biết: \"Chúng tôi yêu cầu từng cơ quan",
        "rà soát lại quy trình nội bộ, xác định rõ khâu nào để hồ sơ bị chậm\".", "",
        "Hà Nam hiện có 17 thủ tục được thí điểm tiếp nhận không phụ thuộc địa giới hành chính.", "",
        "Phương Thảo")
    r.nf("hơn 40 nghìn", "approx"); r.nf("17 thủ tục", "count_of_things")
    return r


@rep
def T27():
    r = Report("T27", "weekly_notice", "2023-11-27", "Tỉnh Long An", "determined", ("carry", "drop", 1))
    r.c("h_tot", 9874, "received_total")
    r.same("tot", "h_tot")
    r.c("new", 9236, fact=False); r.c("carry", 638, "received_carried_over")
    r.c("onl", 5118, fact=False); r.c("off", 4118, "received_offline")
    r.c("onl2", 5118, "received_online")
    r.ids.append(("repeat", "onl2", "onl"))
    r.sum("tot", ["new", "carry"]); r.sum("new", ["onl2", "off"])
    r.p("p_on", ind="online_submission", of=("onl", "new"), xy=("onl", "new"))
    r.L("VĂN PHÒNG UBND TỈNH LONG AN", "", "THÔNG BÁO SỐ LIỆU TUẦN 47/2023", "",
        "Tổng số hồ sơ cần xử lý trong tuần: {h_tot} hồ sơ.", "",
        "1. Chi tiết",
        "Số hồ sơ cần xử lý ({tot}) gồm: hồ sơ tiếp nhận mới trong tuần và {carry} hồ sơ",
        "từ tuần trước chuyển sang.",
        "Trong số hồ sơ tiếp nhận mới: {onl2} hồ sơ nộp trực tuyến, {off} hồ sơ nộp trực tiếp.",
        "Tỷ lệ nộp hồ sơ trực tuyến (trực tuyến/tiếp nhận mới): {onl}/{new}, đạt {p_on}.", "",
        "2. Nhận xét",
        "- Lĩnh vực đăng ký kinh doanh có tỷ lệ trực tuyến cao;",
        "- Lĩnh vực đất đai ở cấp huyện còn thấp, đề nghị UBND các huyện chỉ đạo khắc phục.", "",
        "3. Yêu cầu",
        "Các đơn vị cập nhật đầy đủ trạng thái hồ sơ; không tiếp nhận hồ sơ giấy đối với thủ tục đã",
        "cung cấp trực tuyến toàn trình khi người dân có thể tự nộp.", "",
        "Nơi nhận: Lãnh đạo UBND tỉnh; các sở, ngành; UBND cấp huyện; Lưu: VT.", "CHÁNH VĂN PHÒNG")
    r.nf("TUẦN 47/2023", "date")
    return r


@rep
def T28():
    r = Report("T28", "commune_report", "2025-10-27", "Tỉnh Lâm Đồng", "clean")
    u = r.unit("Xã Sơn Mỹ")
    r.c("pay", 417, fact=False); r.c("fee", 452, fact=False)
    r.p("p_pay", ind="online_payment", subj="self", of=("pay", "fee"), xy=("pay", "fee"))
    r.c("rec", 1106, "received_total", "self"); r.c("onl", 968, "received_online", "self"); r.c("off", 138, "received_offline", "self")
    r.sum("rec", ["onl", "off"])
    r.p("s_on", ind="received_online_share", subj="self", of=("onl", "rec"), xy=("onl", "rec"))
    r.L(f"UBND {u.upper()}", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Số: 22/BC-TTPVHCC", "Sơn Mỹ, ngày 27 tháng 10 năm 2025", "",
        "BÁO CÁO", "Một số chỉ tiêu giải quyết thủ tục hành chính tháng 10/2025", "",
        "a) Hồ sơ tiếp nhận: {rec} hồ sơ, trong đó trực tuyến {onl} hồ sơ (chiếm {s_on}), trực tiếp {off} hồ sơ.",
        "b) Thanh toán trực tuyến: {pay}/{fee} hồ sơ có thu phí, lệ phí được thanh toán trực tuyến, đạt {p_pay}.", "",
        "c) Nhận xét: người dân các thôn ven biển đã quen nộp hồ sơ qua ứng dụng trên điện thoại;",
        "việc thanh toán tại quầy bằng mã QR được thực hiện ổn định.", "",
        "d) Tồn tại: một số hồ sơ đất đai phải chuyển liên thông nhiều cơ quan nên thời gian còn dài.", "",
        "e) Kiến nghị: đề nghị Sở Nông nghiệp và Môi trường hướng dẫn quy trình liên thông mới.", "",
        "Nơi nhận:", "- UBND xã;", "- Lưu: TTPVHCC.", "GIÁM ĐỐC")
    return r


@rep
def T29():
    r = Report("T29", "portal_stats", "2026-02-02", "Tỉnh Phú Thọ", "determined", ("b_on", "swap", 1))
    rows = [("a", "Phường Xuân Hòa", 1472, 1318), ("b", "Xã Vĩnh An", 655, 582), ("c", "Xã Tam Đảo", 903, 711)]
    for k, nm, rec, on in rows:
        r.unit(nm)
        r.c(k + "_rec", rec, "received_total", "unit:" + nm, sep=""); r.c(k + "_on", on, "received_online", "unit:" + nm, sep="")
        r.p(k + "_p", ind="online_submission", subj="unit:" + nm, of=(k + "_on", k + "_rec"), xy=(k + "_on", k + "_rec"))
    r.c("t_rec", sum(x[2] for x in rows), "received_total", "communes", sep=""); r.c("t_on", sum(x[3] for x in rows), "received_online", "communes", sep="")
    r.p("t_p", ind="online_submission", subj="communes", of=("t_on", "t_rec"), xy=("t_on", "t_rec"))
    r.sum("t_rec", ["a_rec", "b_rec", "c_rec"]); r.sum("t_on", ["a_on", "b_on", "c_on"])
    r.L("HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH PHÚ THỌ", "Tỷ lệ hồ sơ trực tuyến theo đơn vị (tháng 01/2026)",
        "Nhóm: xã, phường được chọn", "",
        "STT | Đơn vị           | Tiếp nhận | Trực tuyến | Tỷ lệ",
        "1   | Phường Xuân Hòa  | {a_rec}      | {a_on}       | {a_p}",
        "2   | Xã Vĩnh An       | {b_rec}       | {b_on}        | {b_p}",
        "3   | Xã Tam Đảo       | {c_rec}       | {c_on}        | {c_p}",
        "    | Cộng             | {t_rec}      | {t_on}       | {t_p}", "",
        "Tỷ lệ = số hồ sơ trực tuyến / số hồ sơ tiếp nhận trong kỳ.",
        "Số tiếp nhận không gồm hồ sơ kỳ trước chuyển sang.", "",
        "Bộ lọc: [Tháng] [Quý] [Năm]  |  Xuất báo cáo",
        "Cập nhật tự động lúc 06:00 hằng ngày.", "",
        "Liên hệ: bộ phận quản trị hệ thống, Trung tâm Phục vụ hành chính công tỉnh.")
    r.nf("06:00", "date")
    return r


@rep
def T30():
    r = Report("T30", "news_article", "2022-06-03", "Tỉnh Sóc Trăng", "undetermined", ("fb_new", "digit", (1, 7)))
    r.c("fb_tot", 152, "feedback_total"); r.c("fb_new", 129, "feedback_new"); r.c("fb_old", 23, "feedback_carried_over")
    r.sum("fb_tot", ["fb_new", "fb_old"])
    r.L("Sóc Trăng: phản ánh, kiến nghị của người dân được tiếp nhận đầy đủ", "", "03/6/2022 08:10", "",
        "Năm tháng đầu năm, các cơ quan của tỉnh Sóc Trăng phải xem xét {fb_tot} phản ánh, kiến nghị",
        "về quy định hành chính và hành vi hành chính. Con số này gồm {fb_new} phản ánh mới và {fb_old}",
        "phản ánh của năm trước chưa xử lý xong.", "",
        "Theo Văn phòng UBND tỉnh, phần lớn phản ánh liên quan đến cấp giấy chứng nhận quyền sử dụng",
        "đất và chính sách hỗ trợ người lao động bị ảnh hưởng bởi dịch bệnh.", "",
        "Tỉnh yêu cầu các sở, ngành, địa phương trả lời công khai trên Cổng thông tin điện tử để người",
        "dân theo dõi, đồng thời xử lý nghiêm trường hợp chậm trả lời.", "",
        "Bảo Ngọc", "", "Đọc thêm:", "- Sóc Trăng tăng cường kiểm tra công vụ tại bộ phận một cửa",
        "- Những thủ tục nào được nộp hoàn toàn trực tuyến?")
    return r


@rep
def T31():
    r = Report("T31", "quarterly_report", "2020-07-08", "Tỉnh Đồng Tháp", "determined", ("pend", "digit", (2, 0)))
    r.c("rec", 118642, "received_total"); r.c("res", 114377, "resolved_total"); r.c("pend", 4265, "pending_total")
    r.c("p_in", 3981, "pending_on_time"); r.c("p_late", 284, "pending_late")
    r.balance("rec", ["res", "pend"]); r.sum("pend", ["p_in", "p_late"])
    r.nf("6 tháng", "date")
    r.L("ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 164/BC-UBND", "Đồng Tháp, ngày 08 tháng 7 năm 2020", "",
        "BÁO CÁO", "Công tác kiểm soát thủ tục hành chính 6 tháng đầu năm 2020", "",
        "...", "III. TÌNH HÌNH GIẢI QUYẾT TTHC",
        "1. Tổng số hồ sơ tiếp nhận (kể cả kỳ trước chuyển qua): {rec} hồ sơ.",
        "2. Số hồ sơ đã giải quyết: {res} hồ sơ.",
        "3. Số hồ sơ đang giải quyết: {pend} hồ sơ, trong đó:",
        "   - chưa đến hạn: {p_in} hồ sơ;",
        "   - đã quá hạn: {p_late} hồ sơ.", "",
        "Nguyên nhân quá hạn: hồ sơ đất đai cần xác minh nguồn gốc; hồ sơ liên thông giữa cấp huyện",
        "và ngành thuế chưa đồng bộ phần mềm.", "",
        "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM",
        "- Tăng cường kiểm tra việc giải quyết TTHC tại cấp huyện, cấp xã;",
        "- Công khai kết quả đánh giá giải quyết TTHC của từng cơ quan trên Cổng thông tin điện tử tỉnh.", "",
        "Nơi nhận: Văn phòng Chính phủ; TT Tỉnh ủy; Lưu: VT, KSTT.", "TM. UBND TỈNH", "CHỦ TỊCH")
    return r


@rep
def T32():
    r = Report("T32", "ministry_report", "2022-04-12", None, "determined", ("y", "digit", (2, 4)))
    r.c("res", 52391, "resolved_total", "self"); r.c("intime", 51608, "resolved_in_time", "self"); r.c("late", 783, "resolved_late", "self")
    r.sum("res", ["intime", "late"])
    r.c("x", 51608, fact=False); r.c("y", 52391, fact=False)
    r.ids.append(("repeat", "intime", "x")); r.ids.append(("repeat", "res", "y"))
    r.p("p_ot", ind="resolved_on_time", subj="self", of=("x", "y"), xy=("x", "y"))
    r.L("BỘ GIAO THÔNG VẬN TẢI", "Số: 3871/BC-BGTVT", "Hà Nội, ngày 12 tháng 4 năm 2022", "",
        "BÁO CÁO", "Kết quả giải quyết thủ tục hành chính quý I năm 2022", "",
        "1. Kết quả",
        "Quý I, các Cục, Vụ và đơn vị thuộc Bộ đã giải quyết {res} hồ sơ; trong đó",
        "giải quyết trước hạn, đúng hạn {intime} hồ sơ, quá hạn {late} hồ sơ.", "",
        "2. Chỉ tiêu",
        "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt {p_ot} ({x}/{y} hồ sơ).", "",
        "3. Đánh giá",
        "Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đăng kiểm phương tiện do quá tải tại một số trung tâm.", "",
        "4. Giải pháp",
        "Đẩy mạnh đăng ký lịch kiểm định trực tuyến; bố trí thêm ca làm việc cuối tuần.", "",
        "Nơi nhận: Văn phòng Chính phủ; Bộ trưởng; Lưu: VT, VP.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    return r


@rep
def T33():
    r = Report("T33", "weekly_notice", "2026-03-23", "Tỉnh Cà Mau", "clean")
    r.c("d_dg", 3092, fact=False); r.c("d_all", 3175, fact=False)
    r.c("c_dg", 14856, fact=False); r.c("c_all", 15733, fact=False)
    r.c("t_dg", 17948, fact=False); r.c("t_all", 18908, fact=False)
    r.p("t_p", ind="digitization", of=("t_dg", "t_all"), xy=("t_dg", "t_all"))
    r.p("d_p", ind="digitization", subj="departments", of=("d_dg", "d_all"), xy=("d_dg", "d_all"))
    r.p("c_p", ind="digitization", subj="communes", of=("c_dg", "c_all"), xy=("c_dg", "c_all"))
    r.sum("t_dg", ["d_dg", "c_dg"]); r.sum("t_all", ["d_all", "c_all"])
    r.L("UBND TỈNH CÀ MAU", "VĂN PHÒNG", "", "THÔNG BÁO",
        "Kết quả số hóa hồ sơ, kết quả giải quyết TTHC (từ ngày 16/3/2026 đến ngày 22/3/2026)", "",
        "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC toàn tỉnh trong tuần đạt {t_p}",
        "({t_dg} trên tổng số {t_all} hồ sơ) — cụ thể:",
        "  ▪ sở, ban, ngành: {d_p}, tương ứng {d_dg}/{d_all} hồ sơ;",
        "  ▪ xã, phường: {c_p}, tương ứng {c_dg}/{c_all} hồ sơ.", "",
        "Văn phòng ghi nhận các sở, ngành đã duy trì số hóa ngay khi tiếp nhận. Khối xã, phường",
        "còn một số đơn vị số hóa chậm, chủ yếu do thiếu máy quét và chữ ký số cá nhân.", "",
        "Đề nghị:",
        "- UBND các xã, phường rà soát, bố trí thiết bị;",
        "- Sở Khoa học và Công nghệ hỗ trợ cấp chứng thư số cho công chức mới.", "",
        "Nơi nhận:", "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ngành; UBND các xã, phường;", "- Lưu: VT.",
        "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")
    return r


@rep
def T34():
    r = Report("T34", "portal_stats", "2024-05-06", "Tỉnh Quảng Trị", "determined", ("tt", "swap", 1))
    six(r, [16.58, 17.77, 10.92, 7.46, 16.25, 13.81])
    r.same("tt2", "tt")
    r.L("CỔNG DỊCH VỤ CÔNG TỈNH QUẢNG TRỊ", "Bộ chỉ số phục vụ người dân, doanh nghiệp — dữ liệu tháng 4/2024", "",
        "Nhóm chỉ số                        Điểm",
        "Công khai, minh bạch               {cong}",
        "Tiến độ, kết quả giải quyết        {tien}",
        "Cung cấp dịch vụ trực tuyến        {dvc}",
        "Thanh toán trực tuyến              {tt}",
        "Mức độ hài lòng                    {hl}",
        "Số hóa hồ sơ                       {sh}",
        "TỔNG ĐIỂM                          {tot}", "",
        "Nhận xét tự động: nhóm có điểm thấp nhất là Thanh toán trực tuyến ({tt2} điểm).", "",
        "Ghi chú: điểm được tính theo phương pháp quy định tại Quyết định số 766/QĐ-TTg ngày",
        "23/6/2022 của Thủ tướng Chính phủ; số liệu chốt cuối tháng.", "",
        "Xem theo: [Sở, ngành] [Huyện, thị xã, thành phố] [Xã, phường, thị trấn]",
        "Lượt xem trang: 45213")
    r.nf("766/QĐ-TTg", "reference"); r.nf("45213", "count_of_things")
    return r


@rep
def T35():
    r = Report("T35", "news_article", "2023-08-09", "Tỉnh Bắc Giang", "determined", ("h_p", "separator", -1))
    r.c("onl", 47193, "received_online"); r.c("rec", 63418, "received_total")
    r.p("p", ind="online_submission", of=("onl", "rec"), xy=("onl", "rec"))
    r.same("h_p", "p", xy=None)
    r.L("Tỷ lệ hồ sơ trực tuyến của Bắc Giang đạt {h_p} trong tháng 7", "", "Thứ Tư, 09/08/2023", "",
        "Trong tháng 7/2023, các cơ quan, đơn vị trên địa bàn tỉnh Bắc Giang tiếp nhận {rec} hồ sơ",
        "thủ tục hành chính, trong đó {onl} hồ sơ được nộp trực tuyến; tỷ lệ nộp hồ sơ trực tuyến",
        "vì thế đạt {p}.", "",
        "Kết quả này có được nhờ việc tỉnh triển khai đồng loạt mô hình hỗ trợ người dân nộp hồ sơ",
        "tại bộ phận một cửa cấp xã và huy động đoàn viên thanh niên hướng dẫn tại chỗ.", "",
        "Tuy nhiên, theo đánh giá của Văn phòng UBND tỉnh, vẫn còn tình trạng cán bộ nộp hộ hồ sơ",
        "cho người dân, làm giảm ý nghĩa thực chất của chỉ tiêu.", "",
        "Tỉnh yêu cầu chấm dứt việc nộp hộ không có sự đồng ý của người dân và sẽ kiểm tra",
        "ngẫu nhiên hồ sơ trực tuyến của một số huyện.", "",
        "Đức Anh")
    return r


@rep
def T36():
    r = Report("T36", "quarterly_report", "2019-10-15", "Tỉnh Hà Giang", "determined", ("h_rec", "drop", 3))
    lv = [("s", "departments", "Cấp tỉnh", 12630, 12185), ("h", "districts", "Cấp huyện", 31274, 30512),
          ("x", "communes", "Cấp xã", 46908, 46377)]
    for k, subj, sc, rec, res in lv:
        r.c(k + "_rec", rec, "received_total", subj, sc); r.c(k + "_res", res, "resolved_total", subj, sc)
        r.c(k + "_pen", rec - res, "pending_total", subj, sc)
        r.balance(k + "_rec", [k + "_res", k + "_pen"])
    r.c("t_rec", sum(x[3] for x in lv), "received_total"); r.c("t_res", sum(x[4] for x in lv), "resolved_total")
    r.sum("t_rec", ["s_rec", "h_rec", "x_rec"]); r.sum("t_res", ["s_res", "h_res", "x_res"])
    r.L("UBND TỈNH HÀ GIANG", "Số: 233/BC-UBND                  Hà Giang, ngày 15 tháng 10 năm 2019", "",
        "BÁO CÁO", "Tình hình, kết quả giải quyết thủ tục hành chính quý III năm 2019", "",
        "Trong quý, toàn tỉnh tiếp nhận {t_rec} hồ sơ và giải quyết xong {t_res} hồ sơ. Số liệu từng cấp:",
        "– Cấp tỉnh: tiếp nhận {s_rec}, đã giải quyết {s_res}, đang giải quyết {s_pen};",
        "– Cấp huyện: tiếp nhận {h_rec}, đã giải quyết {h_res}, đang giải quyết {h_pen};",
        "– Cấp xã: tiếp nhận {x_rec}, đã giải quyết {x_res}, đang giải quyết {x_pen}.", "",
        "Đánh giá: các huyện vùng cao còn gặp khó khăn do địa bàn rộng, giao thông chia cắt trong",
        "mùa mưa lũ; một số xã chưa có đường truyền ổn định để cập nhật hồ sơ lên phần mềm một cửa.", "",
        "Phương hướng quý IV:",
        "(1) hoàn thành kiện toàn bộ phận một cửa cấp xã;",
        "(2) tổ chức đối thoại với người dân về thủ tục đất đai.", "",
        "Nơi nhận: Văn phòng Chính phủ; TT Tỉnh ủy; Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    return r


@rep
def T37():
    r = Report("T37", "commune_report", "2026-04-13", "Thành phố Đà Nẵng", "undetermined", ("rec2", "copy", "res"))
    u = r.unit("Xã Phước Năng")
    r.c("rec", 688, "received_total", "self")
    r.c("res", 652, "resolved_total", "self")
    r.same("rec2", "rec")
    r.L(f"ỦY BAN NHÂN DÂN {u.upper()}", "Số: 41/BC-UBND", "Phước Năng, ngày 13 tháng 4 năm 2026", "",
        "BÁO CÁO", "Kết quả giải quyết thủ tục hành chính quý I năm 2026", "",
        "1. Tiếp nhận: trong quý I, bộ phận một cửa của xã đã tiếp nhận {rec} hồ sơ.",
        "2. Giải quyết: đã có kết quả {res} hồ sơ; các hồ sơ còn lại đang trong hạn xử lý.",
        "Như vậy, trên tổng số {rec2} hồ sơ tiếp nhận, số hồ sơ còn tồn không đáng kể.", "",
        "3. Đánh giá",
        "Công chức một cửa thực hiện nghiêm quy trình; chưa có phản ánh về thái độ phục vụ.",
        "Một số hồ sơ chứng thực phải hẹn lại do mất điện cục bộ.", "",
        "4. Nhiệm vụ quý II",
        "- Tuyên truyền nộp hồ sơ trực tuyến qua loa truyền thanh thôn;",
        "- Phối hợp Công an xã làm sạch dữ liệu dân cư.", "",
        "Nơi nhận: UBND thành phố; Đảng ủy xã; Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")
    return r


@rep
def T38():
    r = Report("T38", "ministry_report", "2024-10-07", None, "determined", ("off", "digit", (0, 4)))
    r.c("rec", 28614, "received_total", "self"); r.c("onl", 19207, "received_online", "self"); r.c("off", 9407, "received_offline", "self")
    r.sum("rec", ["onl", "off"])
    r.p("s_on", ind="received_online_share", subj="self", of=("onl", "rec"), xy=("onl", "rec"))
    r.L("BỘ CÔNG THƯƠNG", "Số: 7412/BC-BCT", "Hà Nội, ngày 07 tháng 10 năm 2024", "",
        "BÁO CÁO", "Tình hình giải quyết thủ tục hành chính quý III năm 2024", "",
        "I. Tiếp nhận hồ sơ",
        "Quý III, Bộ tiếp nhận tổng số {rec} hồ sơ TTHC; trong đó: hồ sơ trực tuyến {onl} (chiếm {s_on});",
        "hồ sơ trực tiếp, qua bưu chính {off}.", "",
        "II. Đánh giá",
        "Các thủ tục cấp giấy chứng nhận xuất xứ hàng hóa tiếp tục chiếm tỷ trọng lớn trong số hồ sơ",
        "trực tuyến. Một số thủ tục về an toàn thực phẩm vẫn phải nộp bản giấy do yêu cầu mẫu vật.", "",
        "III. Kiến nghị",
        "Đề nghị Văn phòng Chính phủ nâng cấp chức năng đồng bộ trạng thái hồ sơ giữa Hệ thống của Bộ",
        "và Cổng Dịch vụ công quốc gia.", "",
        "Nơi nhận: Văn phòng Chính phủ; Bộ trưởng; Lưu: VT, VP.", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")
    return r


@rep
def T39():
    r = Report("T39", "weekly_notice", "2025-09-15", "Tỉnh Sơn La", "determined", ("p_late", "swap", 1))
    r.c("res", 8731, "resolved_total"); r.c("intime", 8549, "resolved_in_time"); r.c("late", 182, "resolved_late")
    r.sum("res", ["intime", "late"])
    r.p("p_ot", ind="resolved_on_time", of=("intime", "res"), xy=("intime", "res"))
    r.p("p_late", ind="resolved_late", comp="p_ot", xy=("late", "res"))
    r.ratio("p_late", "late", "res")
    r.L("UBND TỈNH SƠN LA", "VĂN PHÒNG", "Số: 95/TB-VP", "Sơn La, ngày 15 tháng 9 năm 2025", "",
        "THÔNG BÁO", "Tiến độ giải quyết hồ sơ TTHC (08/9/2025 – 14/9/2025)", "",
        "Tuần qua, trên Hệ thống thông tin giải quyết TTHC của tỉnh có {res} hồ sơ đã có kết quả:",
        "(1) đúng và trước hạn — {intime} hồ sơ, bằng {p_ot};",
        "(2) trễ hạn — {late} hồ sơ, bằng {p_late}.", "",
        "Hồ sơ trễ hạn phát sinh nhiều ở các xã mới thành lập do công chức chưa quen quy trình trên",
        "phần mềm. Văn phòng đề nghị các xã rà soát, phân công lại người xử lý.", "",
        "Các sở, ngành có hồ sơ trễ phải gửi văn bản xin lỗi người dân và báo cáo nguyên nhân.", "",
        "Nơi nhận:", "- Lãnh đạo UBND tỉnh;", "- Các sở, ngành; UBND các xã, phường;", "- Lưu: VT.",
        "CHÁNH VĂN PHÒNG")
    return r


@rep
def T40():
    r = Report("T40", "news_article", "2026-01-19", "Thành phố Hồ Chí Minh", "clean")
    u1 = r.unit("Phường Phú Lợi"); u2 = r.unit("Xã Phú Giáo")
    r.c("a_rec", 2914, "received_total", "unit:" + u1); r.c("a_on", 2731, "received_online", "unit:" + u1)
    r.p("a_p", ind="received_online_share", subj="unit:" + u1, of=("a_on", "a_rec"), xy=("a_on", "a_rec"))
    r.c("b_rec", 1387, "received_total", "unit:" + u2); r.c("b_on", 1166, "received_online", "unit:" + u2)
    r.p("b_p", ind="received_online_share", subj="unit:" + u2, of=("b_on", "b_rec"), xy=("b_on", "b_rec"))
    r.L("Hai địa phương ở TP.HCM có tỷ lệ hồ sơ trực tuyến cao", "", "19/01/2026 07:30", "",
        f"Tháng 12/2025, {u1} tiếp nhận {{a_rec}} hồ sơ thủ tục hành chính, trong đó có {{a_on}} hồ sơ",
        "nộp qua mạng, chiếm {a_p}. Cùng thời gian, " + u2 + " tiếp nhận {b_rec} hồ sơ, với {b_on}",
        "hồ sơ nộp trực tuyến (chiếm {b_p}).", "",
        "Lãnh đạo hai địa phương cho biết, bí quyết nằm ở việc bố trí tổ hỗ trợ ngay tại sảnh để",
        "hướng dẫn người dân tự thao tác trên điện thoại thay vì nộp bản giấy.", "",
        "Bên cạnh đó, hai nơi đều đẩy mạnh trả kết quả điện tử, giúp người dân không phải quay lại",
        "trụ sở để nhận giấy tờ.", "",
        "Theo kế hoạch, năm 2026 thành phố sẽ nhân rộng cách làm này ra các phường, xã khác.", "",
        "Thanh Trúc")
    r.nf("năm 2026", "date")
    return r


def main():
    check = "--check" in sys.argv
    wards = current_names()
    old = set(OLD)
    allerr, stats = [], Counter()
    pats, codes, regs = Counter(), Counter(), Counter()
    for fn in R:
        r = fn()
        errs, txt, tr, broken, fixable = r.check(wards, old)
        if errs:
            allerr += [f"{r.name}: {e}" for e in errs]
        stats[r.expect] += 1
        regs[r.register] += 1
        for i in r.ids:
            codes[i[0]] += 1
        if r.slip:
            pats[r.slip[1]] += 1
        files = {HERE / f"{r.name}.txt": txt, HERE / f"{r.name}.truth.json": dump(tr)}
        for p, content in files.items():
            if check:
                if not p.exists() or p.read_text("utf-8") != content:
                    allerr.append(f"{p.name}: differs from rebuild")
            else:
                p.write_text(content, "utf-8")
    print(f"reports {len(R)}: {dict(stats)}; registers {dict(regs)}; identities {dict(codes)}; patterns {dict(pats)}")
    if allerr:
        print("\n".join(allerr))
        print("check: FAIL")
        sys.exit(1)
    print("check: OK" if check else "written")


if __name__ == "__main__":
    main()
