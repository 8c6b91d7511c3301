"""Build blind typo set 7 (issue 16): one function per report.

    python3 build.py           write T01..T40 (.txt + .truth.json) beside this file
    python3 build.py --check   verify the files match, the identities hold on the true figures, the
                               slip breaks one, and is (determined) or is not (undetermined) the only
                               single-figure change that restores them all
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib import Report  # noqa: E402

HERE = Path(__file__).resolve().parent
REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


# =============================================================== batch 1
@report
def t01():
    r = Report("T01", "weekly_notice", "2025-10-17", "Thành phố Đà Nẵng")
    r.n("d_on", 7412); r.n("d_rec", 9385)
    r.n("c_on", 41268); r.n("c_rec", 46907)
    r.n("t_on", 7412 + 41268); r.n("t_rec", 9385 + 46907)
    r.total("t_on", ["d_on", "c_on"]); r.total("t_rec", ["d_rec", "c_rec"])
    r.r("p_t", "t_on", "t_rec"); r.r("p_d", "d_on", "d_rec"); r.r("p_c", "c_on", "c_rec")
    r.template = """ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG
VĂN PHÒNG
Số: 412/TB-VP
Đà Nẵng, ngày 17 tháng 10 năm 2025

THÔNG BÁO
Kết quả thực hiện một số chỉ tiêu về giải quyết thủ tục hành chính
(từ ngày 09/10/2025 đến ngày 15/10/2025)

Căn cứ dữ liệu trích xuất từ Hệ thống thông tin giải quyết thủ tục hành chính thành phố,
Văn phòng Ủy ban nhân dân thành phố thông báo kết quả như sau:

1. Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao ≥ 70%)
Toàn thành phố đạt {p_t}% (số hồ sơ nộp trực tuyến/tổng số hồ sơ tiếp nhận là {t_on}/{t_rec} hồ sơ), trong đó:
- Các Sở, ban, ngành: đạt {p_d}% ({d_on}/{d_rec} hồ sơ);
- Các xã, phường, đặc khu: đạt {p_c}% ({c_on}/{c_rec} hồ sơ).
So với tuần trước, tỷ lệ chung tăng 1,4%.

2. Đề nghị các cơ quan, đơn vị, địa phương có tỷ lệ thấp hơn chỉ tiêu giao khẩn trương
hướng dẫn người dân, doanh nghiệp nộp hồ sơ trên Cổng Dịch vụ công quốc gia.

Nơi nhận:
- Chủ tịch, các PCT UBND thành phố;
- Các Sở, ban, ngành; UBND các xã, phường, đặc khu;
- Lưu: VT.
"""
    r.fact("rate", "online_submission", "city", "p_t", "t_on", "t_rec")
    r.fact("rate", "online_submission", "departments", "p_d", "d_on", "d_rec")
    r.fact("rate", "online_submission", "communes", "p_c", "c_on", "c_rec")
    r.nf("≥ 70%", "bound"); r.nf("tăng 1,4%", "change")
    r.plant("p_c", "swap", 2, True)
    return r


@report
def t02():
    r = Report("T02", "quarterly_report", "2025-12-20", "Tỉnh Quảng Ngãi")
    r.n("on", 61482); r.n("off", 20377); r.n("carry", 3116)
    r.n("rec", 61482 + 20377 + 3116)
    r.total("rec", ["on", "off", "carry"])
    r.n("early", 52904); r.n("ontime", 24318); r.n("late", 1207)
    r.n("res", 52904 + 24318 + 1207)
    r.total("res", ["early", "ontime", "late"])
    r.n("pin", 5980); r.n("plate", 566)
    r.n("pend", 5980 + 566)
    r.total("pend", ["pin", "plate"])
    r.balance(["rec"], ["res", "pend"])
    r.template = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Số: 318/BC-UBND
Quảng Ngãi, ngày 20 tháng 12 năm 2025

BÁO CÁO
Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính,
thực hiện cơ chế một cửa, một cửa liên thông Quý IV năm 2025

I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
1. Số hồ sơ tiếp nhận
Tổng số hồ sơ tiếp nhận trên địa bàn tỉnh là {rec} hồ sơ, gồm: tiếp nhận trực tuyến {on} hồ sơ;
tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích {off} hồ sơ; từ kỳ trước chuyển qua {carry} hồ sơ.
2. Số hồ sơ đã giải quyết
Đã giải quyết {res} hồ sơ, trong đó: trước hạn {early} hồ sơ, đúng hạn {ontime} hồ sơ,
quá hạn {late} hồ sơ.
3. Số hồ sơ đang giải quyết
Đang giải quyết {pend} hồ sơ, trong đó: trong hạn {pin} hồ sơ, quá hạn {plate} hồ sơ.

II. NHIỆM VỤ QUÝ I NĂM 2026
Tiếp tục rà soát, xử lý dứt điểm các hồ sơ quá hạn; phấn đấu tỷ lệ hồ sơ giải quyết
đúng hạn trên 98%.

Nơi nhận:
- Văn phòng Chính phủ (Cục Kiểm soát TTHC);
- Lưu: VT, KSTT.
"""
    for ind, occ in [("received_total", "rec"), ("received_online", "on"), ("received_offline", "off"),
                     ("received_carried_over", "carry"), ("resolved_total", "res"), ("resolved_early", "early"),
                     ("resolved_on_time", "ontime"), ("resolved_late", "late"), ("pending_total", "pend"),
                     ("pending_on_time", "pin"), ("pending_late", "plate")]:
        r.fact("count", ind, "city", occ)
    r.nf("trên 98%", "bound")
    r.plant("res", "digit", (2, 7), True)
    return r


@report
def t03():
    r = Report("T03", "commune_report", "2025-11-05", "Tỉnh Nghệ An")
    r.n("on", 1364); r.n("off", 218); r.n("carry", 27)
    r.n("rec", 1364 + 218 + 27)
    r.total("rec", ["on", "off", "carry"])
    r.template = """ỦY BAN NHÂN DÂN XÃ QUỲNH TAM
Số: 87/BC-UBND
Quỳnh Tam, ngày 05 tháng 11 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 10 năm 2025

Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh Nghệ An, Ủy ban nhân dân xã Quỳnh Tam
báo cáo kết quả giải quyết thủ tục hành chính tháng 10 năm 2025 như sau:

1. Tiếp nhận hồ sơ
Trong tháng, Trung tâm Phục vụ hành chính công xã tiếp nhận tổng cộng {rec} hồ sơ.
Cụ thể:
+ Hồ sơ trực tuyến: {on};
+ Hồ sơ trực tiếp, qua bưu chính: {off};
+ Hồ sơ kỳ trước chuyển sang: {carry}.

2. Đánh giá chung
Công chức tại Bộ phận một cửa tiếp tục hướng dẫn người dân thực hiện dịch vụ công trực tuyến,
không để xảy ra tình trạng hồ sơ bị trả lại không rõ lý do.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VP.
"""
    r.fact("count", "received_total", "self", "rec")
    r.fact("count", "received_online", "self", "on")
    r.fact("count", "received_offline", "self", "off")
    r.fact("count", "received_carried_over", "self", "carry")
    r.plant("on", "digit", (2, 8), False)
    return r


@report
def t04():
    r = Report("T04", "portal_stats", "2025-11-12", "Tỉnh Thái Nguyên")
    parts = {"s_pub": "17,40", "s_prog": "18,75", "s_osv": "10,20", "s_pay": "8,65", "s_sat": "16,90", "s_dig": "14,55"}
    for k, v in parts.items():
        r.dval(k, v.replace(",", "."))
    from decimal import Decimal
    tot = sum(Decimal(v.replace(",", ".")) for v in parts.values())
    r.dval("s_tot", tot)
    r.total("s_tot", list(parts), kind="score")
    r.template = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THÁI NGUYÊN
Chuyên mục: Cải cách hành chính
Cập nhật: 12/11/2025 09:40

Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp tháng 10/2025

Theo số liệu công bố trên Cổng Dịch vụ công quốc gia, tháng 10/2025 tỉnh Thái Nguyên đạt
{s_tot} điểm, xếp loại Khá. Điểm thành phần như sau:
• Công khai, minh bạch: {s_pub} điểm (tối đa 18 điểm);
• Tiến độ giải quyết: {s_prog} điểm (tối đa 20 điểm);
• Dịch vụ công trực tuyến: {s_osv} điểm (tối đa 12 điểm);
• Thanh toán trực tuyến: {s_pay} điểm (tối đa 10 điểm);
• Mức độ hài lòng: {s_sat} điểm (tối đa 18 điểm);
• Số hóa hồ sơ: {s_dig} điểm (tối đa 22 điểm).
Tổng điểm: {s_tot@2} điểm.

Trong thời gian tới, tỉnh tập trung nâng điểm nhóm chỉ tiêu số hóa hồ sơ và thanh toán
trực tuyến, là hai nhóm còn thấp so với điểm tối đa.

Nguồn: Văn phòng UBND tỉnh
"""
    for ind, occ in [("index_766_total", "s_tot"), ("index_766_publicity", "s_pub"), ("index_766_progress", "s_prog"),
                     ("index_766_online_service", "s_osv"), ("index_766_online_payment", "s_pay"),
                     ("index_766_satisfaction", "s_sat"), ("index_766_digitization", "s_dig"),
                     ("index_766_total", "s_tot@2")]:
        r.fact("score", ind, "city", occ)
    for t in ("tối đa 18 điểm", "tối đa 20 điểm", "tối đa 12 điểm", "tối đa 10 điểm", "tối đa 22 điểm"):
        r.nf(t, "maximum")
    r.plant("s_tot", "separator", -1, True)
    return r


@report
def t05():
    r = Report("T05", "news_article", "2025-09-24", "Tỉnh Hà Tĩnh")
    r.n("rec", 3846); r.n("on", 3015); r.n("off", 831)
    r.total("rec", ["on", "off"])
    r.r("p_on", "on", "rec"); r.r("p_off", "off", "rec")
    r.comp("p_on", "p_off")
    r.template = """Xã Đức Thịnh đẩy mạnh dịch vụ công trực tuyến

(Báo Hà Tĩnh) - Sau gần ba tháng vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ
hành chính công xã Đức Thịnh đã đi vào nền nếp, phục vụ người dân ngày càng thuận lợi.

Theo số liệu của Trung tâm, từ ngày 01/7 đến ngày 20/9/2025, Trung tâm đã tiếp nhận {rec} hồ sơ
thủ tục hành chính. Trong số này, hồ sơ nộp trực tuyến là {on} hồ sơ, chiếm {p_on}%;
hồ sơ nộp trực tiếp tại quầy là {off} hồ sơ, tương ứng {p_off}%.

Ông Trần Văn Hòa, Giám đốc Trung tâm, cho biết: "Chúng tôi bố trí hai công chức
hỗ trợ người dân nộp hồ sơ trên điện thoại, nhiều bà con lớn tuổi giờ đã tự làm được."

Thời gian tới, xã đặt mục tiêu nâng tỷ lệ hồ sơ trực tuyến lên trên 85%, đồng thời
mở rộng thanh toán phí, lệ phí không dùng tiền mặt tại tất cả các thôn.

Minh Anh
"""
    r.fact("count", "received_total", "self", "rec")
    r.fact("count", "received_online", "self", "on")
    r.fact("rate", "received_online_share", "self", "p_on", "on", "rec")
    r.fact("count", "received_offline", "self", "off")
    r.fact("rate", "received_offline_share", "self", "p_off", "off", "rec")
    r.nf("trên 85%", "bound"); r.nf("01/7", "date"); r.nf("20/9/2025", "date")
    return r


@report
def t06():
    r = Report("T06", "weekly_notice", "2025-10-03", "Tỉnh Lâm Đồng")
    r.n("early", 5214); r.n("ontime", 1327); r.n("late", 96)
    r.n("res", 5214 + 1327 + 96)
    r.total("res", ["early", "ontime", "late"])
    r.r("p_ontime", "ontime", "res")
    r.r("p_late", "late", "res")
    r.template = """TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH LÂM ĐỒNG
Số: 56/TB-TTPVHCC
Lâm Đồng, ngày 03 tháng 10 năm 2025

THÔNG BÁO
Tình hình giải quyết hồ sơ thủ tục hành chính tuần 39 năm 2025
(từ ngày 26/9/2025 đến ngày 02/10/2025)

Trong tuần, trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, các cơ quan,
đơn vị trên địa bàn tỉnh đã giải quyết {res} hồ sơ. Kết quả cụ thể:
- Giải quyết trước hạn: {early} hồ sơ;
- Giải quyết đúng hạn: {ontime} hồ sơ, chiếm {p_ontime}% số hồ sơ đã giải quyết;
- Giải quyết quá hạn: {late} hồ sơ, chiếm {p_late}%.

Hồ sơ quá hạn tập trung ở lĩnh vực đất đai và xây dựng. Trung tâm đề nghị các đơn vị
có hồ sơ quá hạn thực hiện xin lỗi người dân theo quy định và báo cáo nguyên nhân
trước ngày 08/10/2025.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Các sở, ban, ngành; UBND các xã, phường;
- Lưu: VT.
"""
    r.fact("count", "resolved_total", "city", "res")
    r.fact("count", "resolved_early", "city", "early")
    r.fact("count", "resolved_on_time", "city", "ontime")
    r.fact("rate", "other", "city", "p_ontime", "ontime", "res")
    r.fact("count", "resolved_late", "city", "late")
    r.fact("rate", "resolved_late", "city", "p_late", "late", "res")
    r.nf("08/10/2025", "date")
    r.plant("ontime", "copy", "early", True)
    return r


@report
def t07():
    r = Report("T07", "quarterly_report", "2025-09-25", "Tỉnh Gia Lai")
    r.dval("p_in", "97.35"); r.dval("p_late", "2.65")
    r.comp("p_in", "p_late")
    r.template = """SỞ TƯ PHÁP TỈNH GIA LAI
Số: 902/BC-STP
Gia Lai, ngày 25 tháng 9 năm 2025

BÁO CÁO
Kết quả công tác kiểm soát thủ tục hành chính Quý III năm 2025

I. Tình hình chung
Trong quý, Sở Tư pháp tiếp tục duy trì tiếp nhận hồ sơ tại Trung tâm Phục vụ hành chính
công tỉnh và trên Cổng Dịch vụ công quốc gia; không phát sinh thủ tục mới cần công bố.

II. Kết quả giải quyết hồ sơ
Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn của Sở đạt {p_in}%; tỷ lệ hồ sơ giải quyết
quá hạn là {p_late}%, chủ yếu ở lĩnh vực lý lịch tư pháp do chờ kết quả xác minh
từ cơ quan công an.

III. Đề xuất
Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối dữ liệu để rút ngắn thời gian
xác minh, bảo đảm tỷ lệ đúng hạn từ 98% trở lên trong Quý IV.

Nơi nhận:
- UBND tỉnh;
- Văn phòng UBND tỉnh;
- Lưu: VT.
"""
    r.fact("rate", "resolved_on_time", "self", "p_in")
    r.fact("rate", "resolved_late", "self", "p_late")
    r.nf("từ 98% trở lên", "bound")
    r.plant("p_late", "digit", (1, 8), False)
    return r


@report
def t08():
    r = Report("T08", "commune_report", "2025-12-03", "Tỉnh Tuyên Quang")
    r.n("fnew", 127); r.n("fcarry", 18); r.n("ftot", 145)
    r.total("ftot", ["fnew", "fcarry"])
    r.n("fres", 131); r.n("fpend", 14)
    r.balance(["ftot"], ["fres", "fpend"])
    r.r("p_f", "fres", "ftot", at=("fres", "ftot@2"))
    r.template = """ỦY BAN NHÂN DÂN XÃ NÀ HANG
Số: 214/BC-UBND
Nà Hang, ngày 03 tháng 12 năm 2025

BÁO CÁO
Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp tháng 11 năm 2025

1. Tình hình tiếp nhận
Trong tháng, Ủy ban nhân dân xã tiếp nhận mới {fnew} phản ánh, kiến nghị; số tồn từ tháng trước
chuyển sang là {fcarry}; tổng số phản ánh, kiến nghị phải xử lý là {ftot}.

2. Kết quả xử lý
Đã xử lý xong {fres}/{ftot@2} phản ánh, kiến nghị, đạt {p_f}%; còn {fpend} phản ánh, kiến nghị
đang xem xét, giải quyết trong thời hạn quy định.
Nội dung phản ánh chủ yếu liên quan đến đất đai, môi trường và chính sách an sinh xã hội.

3. Kiến nghị
Đề nghị các cơ quan chuyên môn của tỉnh sớm hướng dẫn việc xác định nguồn gốc đất
đối với các trường hợp sử dụng đất trước năm 1993.

Nơi nhận:
- UBND tỉnh; Thanh tra tỉnh;
- Lưu: VT.
"""
    r.fact("count", "feedback_new", "self", "fnew")
    r.fact("count", "feedback_carried_over", "self", "fcarry")
    r.fact("count", "feedback_total", "self", "ftot")
    r.fact("count", "feedback_resolved", "self", "fres")
    r.fact("rate", "feedback_handled", "self", "p_f", "fres", "ftot@2")
    r.fact("count", "feedback_pending", "self", "fpend")
    r.nf("năm 1993", "date")
    r.plant("fres", "swap", 1, True)
    return r


# =============================================================== batch 2
@report
def t09():
    r = Report("T09", "portal_stats", "2025-10-31", "Tỉnh Khánh Hòa")
    r.n("d_rec", 8154); r.n("d_on", 6873)
    r.n("c_rec", 27406); r.n("c_on", 24951)
    r.n("t_rec", 8154 + 27406); r.n("t_on", 6873 + 24951)
    r.total("t_rec", ["d_rec", "c_rec"]); r.total("t_on", ["d_on", "c_on"])
    r.r("p_d", "d_on", "d_rec"); r.r("p_c", "c_on", "c_rec"); r.r("p_t", "t_on", "t_rec")
    r.template = """HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH KHÁNH HÒA
Thống kê hồ sơ tiếp nhận tháng 10/2025
Ngày xuất dữ liệu: 31/10/2025

Bảng 1. Hồ sơ tiếp nhận trong kỳ theo cấp (không gồm hồ sơ kỳ trước chuyển sang)

| Cấp        | Tiếp nhận | Trực tuyến | Tỷ lệ trực tuyến (%) |
|------------|-----------|------------|----------------------|
| Cấp tỉnh   | {d_rec}     | {d_on}      | {p_d}                |
| Cấp xã     | {c_rec}    | {c_on}     | {p_c}                |
| Tổng cộng  | {t_rec}    | {t_on}     | {p_t}                |

Ghi chú:
- Tỷ lệ trực tuyến = số hồ sơ trực tuyến / số hồ sơ tiếp nhận trong kỳ.
- Số liệu cấp tỉnh gồm các sở, ban, ngành và cơ quan ngành dọc được tổ chức tiếp nhận tại
Trung tâm Phục vụ hành chính công tỉnh.
- Cấp xã gồm 65 xã, phường, đặc khu.

Dữ liệu được cập nhật tự động từ Hệ thống thông tin giải quyết TTHC của tỉnh; các đơn vị
kiểm tra, phản hồi sai lệch (nếu có) về Văn phòng UBND tỉnh trước ngày 05/11/2025.
"""
    r.fact("count", "received_total", "departments", "d_rec", scope="cấp tỉnh")
    r.fact("count", "received_online", "departments", "d_on", scope="cấp tỉnh")
    r.fact("rate", "online_submission", "departments", "p_d", "d_on", "d_rec", scope="cấp tỉnh")
    r.fact("count", "received_total", "communes", "c_rec", scope="cấp xã")
    r.fact("count", "received_online", "communes", "c_on", scope="cấp xã")
    r.fact("rate", "online_submission", "communes", "p_c", "c_on", "c_rec", scope="cấp xã")
    r.fact("count", "received_total", "city", "t_rec")
    r.fact("count", "received_online", "city", "t_on")
    r.fact("rate", "online_submission", "city", "p_t", "t_on", "t_rec")
    r.nf("65 xã, phường, đặc khu", "count_of_things"); r.nf("05/11/2025", "date")
    r.plant("t_on", "copy", "c_on", True)
    return r


@report
def t10():
    r = Report("T10", "news_article", "2025-11-20", "Thành phố Cần Thơ")
    r.n("new", 11863); r.n("carry", 597); r.n("rec", 11863 + 597)
    r.total("rec", ["new", "carry"])
    r.n("intime", 11802); r.n("late", 133); r.n("res", 11802 + 133)
    r.total("res", ["intime", "late"])
    r.r("p_in", "intime", "res"); r.r("p_late", "late", "res")
    r.n("pend", 12460 - 11935)
    r.balance(["rec"], ["res", "pend"])
    r.template = """Cần Thơ: hơn 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn

(Cổng TTĐT thành phố) - Tháng 10/2025, các cơ quan, đơn vị trên địa bàn thành phố Cần Thơ
tiếp tục duy trì kết quả tích cực trong giải quyết thủ tục hành chính cho người dân.

Theo Văn phòng UBND thành phố, trong tháng toàn thành phố tiếp nhận mới {new} hồ sơ,
cộng với {carry} hồ sơ tồn kỳ trước, tổng số hồ sơ phải giải quyết là {rec} hồ sơ.
Đã giải quyết {res} hồ sơ; trong đó đúng và trước hạn có {intime} hồ sơ, chiếm tỷ lệ {p_in}%;
quá hạn {late} hồ sơ, chiếm tỷ lệ {p_late}%. Số hồ sơ đang giải quyết là {pend} hồ sơ.

Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai tại một số phường trung tâm. Lãnh đạo thành phố
yêu cầu các đơn vị liên quan rà soát nguyên nhân, thực hiện xin lỗi người dân bằng văn bản
và cam kết thời gian trả kết quả.

Cũng trong tháng, thành phố tiếp nhận gần 1.200 lượt phản ánh qua tổng đài 1022,
tăng 15% so với tháng trước.

Hải Yến
"""
    r.fact("count", "received_total", "city", "rec")
    r.fact("count", "received_carried_over", "city", "carry")
    r.fact("count", "resolved_total", "city", "res")
    r.fact("count", "resolved_in_time", "city", "intime")
    r.fact("rate", "resolved_on_time", "city", "p_in", "intime", "res")
    r.fact("count", "resolved_late", "city", "late")
    r.fact("rate", "resolved_late", "city", "p_late", "late", "res")
    r.fact("count", "pending_total", "city", "pend")
    r.nf("hơn 98%", "bound"); r.nf("gần 1.200", "approx"); r.nf("tăng 15%", "change")
    r.plant("pend", "double", 1, True)
    return r


@report
def t11():
    r = Report("T11", "weekly_notice", "2025-09-12", "Tỉnh Đắk Lắk")
    r.dval("dig", "78.64")
    r.dval("pay", "91.30")
    r.template = """VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK
Số: 77/TB-VPUBND
Đắk Lắk, ngày 12 tháng 9 năm 2025

THÔNG BÁO
Kết quả số hóa hồ sơ và thanh toán trực tuyến tuần thứ hai tháng 9 năm 2025

1. Về số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
Trong tuần, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của toàn tỉnh đạt {dig}%,
chưa đạt chỉ tiêu 90% được giao. Nhiều xã mới sắp xếp chưa bố trí đủ thiết bị quét tài liệu.

2. Về thanh toán trực tuyến phí, lệ phí
Tỷ lệ thanh toán trực tuyến đạt {pay}%, vượt chỉ tiêu giao.

3. Tổng hợp
- Tỷ lệ số hóa hồ sơ: {dig@2}%;
- Tỷ lệ thanh toán trực tuyến: {pay@2}%.
Văn phòng UBND tỉnh đề nghị các xã, phường có tỷ lệ số hóa dưới 70% báo cáo nguyên nhân,
giải pháp khắc phục trước ngày 19/9/2025.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Lưu: VT, KSTT.
"""
    r.fact("rate", "digitization", "city", "dig")
    r.fact("rate", "online_payment", "city", "pay")
    r.fact("rate", "digitization", "city", "dig@2")
    r.fact("rate", "online_payment", "city", "pay@2")
    r.nf("chỉ tiêu 90%", "bound"); r.nf("dưới 70%", "bound")
    r.plant("dig@2", "swap", 2, False)
    return r


@report
def t12():
    r = Report("T12", "commune_report", "2025-10-06", "Tỉnh Quảng Trị")
    r.n("on", 2045); r.n("off", 273); r.n("rec", 2045 + 273)
    r.total("rec", ["on", "off"])
    r.ratio("p_on", "on@2", "rec@2")
    r.vars["p_on"] = ("dec", __import__("lib").pct(2045, 2318, 2), 2, 0)
    r.dval("pay", "100", d=0)
    r.template = """ỦY BAN NHÂN DÂN PHƯỜNG BA ĐỒN
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 41/BC-TTPVHCC
Ba Đồn, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả thực hiện chỉ tiêu cải cách thủ tục hành chính tháng 9 năm 2025

1. Tiếp nhận hồ sơ
Trong tháng 9, Trung tâm tiếp nhận {rec} hồ sơ (trực tuyến {on}; trực tiếp {off}).

2. Các chỉ tiêu
a) Tỷ lệ nộp hồ sơ trực tuyến: đạt {p_on}% ({on@2}/{rec@2} hồ sơ), vượt chỉ tiêu 80%.
b) Tỷ lệ thanh toán trực tuyến: đạt {pay}% số hồ sơ có phí, lệ phí.
c) Hồ sơ được cập nhật đầy đủ, kịp thời trên Hệ thống thông tin giải quyết TTHC của tỉnh.

3. Khó khăn
Đường truyền tại điểm tiếp nhận phía bắc phường thường xuyên gián đoạn vào giờ cao điểm;
Trung tâm đề nghị Viễn thông Quảng Trị hỗ trợ nâng cấp.

Nơi nhận:
- UBND phường;
- Văn phòng UBND tỉnh;
- Lưu: VT.
"""
    r.fact("count", "received_total", "self", "rec")
    r.fact("count", "received_online", "self", "on")
    r.fact("count", "received_offline", "self", "off")
    r.fact("rate", "online_submission", "self", "p_on", "on@2", "rec@2")
    r.fact("rate", "online_payment", "self", "pay")
    r.nf("chỉ tiêu 80%", "bound")
    r.plant("rec@2", "drop", 1, True)
    return r


@report
def t13():
    r = Report("T13", "quarterly_report", "2025-12-18", "Tỉnh Ninh Bình")
    r.n("lv_t", 1566); r.n("lv_x", 368); r.n("tot", 1566 + 368)
    r.total("tot", ["lv_t", "lv_x"])
    r.n("full", 1102); r.n("part", 617); r.n("none", 215)
    r.total("tot", ["full", "part", "none"])
    r.template = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 540/BC-UBND
Ninh Bình, ngày 18 tháng 12 năm 2025

BÁO CÁO
Công tác kiểm soát thủ tục hành chính Quý IV năm 2025

I. CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH
Đến hết Quý IV, tổng số thủ tục hành chính thuộc thẩm quyền giải quyết trên địa bàn tỉnh
là {tot} thủ tục, trong đó: cấp tỉnh {lv_t} thủ tục, cấp xã {lv_x} thủ tục.

II. CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN
Trong tổng số thủ tục nêu trên có {full} thủ tục được cung cấp dịch vụ công trực tuyến
toàn trình; {part} thủ tục cung cấp dịch vụ công trực tuyến một phần; {none} thủ tục
chưa đủ điều kiện cung cấp trực tuyến do yêu cầu kiểm tra, đánh giá trực tiếp.

III. PHƯƠNG HƯỚNG
Tiếp tục rà soát để chuyển thêm khoảng 60 thủ tục sang cung cấp toàn trình trong Quý I
năm 2026, ưu tiên nhóm thủ tục liên quan đến đất đai, đăng ký kinh doanh.

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, KSTT.
"""
    r.fact("count", "procedures_total", "city", "tot")
    r.fact("count", "procedures_total", "departments", "lv_t", scope="cấp tỉnh")
    r.fact("count", "procedures_total", "communes", "lv_x", scope="cấp xã")
    r.fact("count", "procedures_full_online", "city", "full")
    r.fact("count", "procedures_partial_online", "city", "part")
    r.fact("count", "procedures_not_online", "city", "none")
    r.nf("khoảng 60 thủ tục", "approx")
    r.plant("tot", "swap", 2, True)
    return r


@report
def t14():
    r = Report("T14", "portal_stats", "2025-12-08", "Tỉnh Phú Thọ")
    from decimal import Decimal
    parts = {"s_pub": "16,80", "s_prog": "19,10", "s_osv": "9,85", "s_pay": "7,40", "s_sat": "17,25", "s_dig": "13,95"}
    for k, v in parts.items():
        r.dval(k, v.replace(",", "."))
    r.dval("s_tot", sum(Decimal(v.replace(",", ".")) for v in parts.values()))
    r.total("s_tot", list(parts), kind="score")
    r.template = """CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ
Tin: Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2025
Đăng lúc: 08/12/2025 14:05

Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp
trong thực hiện thủ tục hành chính, dịch vụ công tháng 11/2025 của tỉnh:
1) Công khai, minh bạch - {s_pub}/18 điểm
2) Tiến độ giải quyết - {s_prog}/20 điểm
3) Dịch vụ công trực tuyến - {s_osv}/12 điểm
4) Thanh toán trực tuyến - {s_pay}/10 điểm
5) Mức độ hài lòng - {s_sat}/18 điểm
6) Số hóa hồ sơ - {s_dig}/22 điểm
Tổng điểm của tỉnh: {s_tot}/100 điểm.

Đánh giá: chỉ số thanh toán trực tuyến và số hóa còn thấp; một số xã chưa thực hiện
số hóa kết quả giải quyết khi trả cho người dân.

Văn phòng UBND tỉnh đề nghị các sở, ngành, địa phương khắc phục ngay các chỉ tiêu
bị trừ điểm trong tháng 12/2025.
"""
    for ind, occ in [("index_766_publicity", "s_pub"), ("index_766_progress", "s_prog"),
                     ("index_766_online_service", "s_osv"), ("index_766_online_payment", "s_pay"),
                     ("index_766_satisfaction", "s_sat"), ("index_766_digitization", "s_dig"),
                     ("index_766_total", "s_tot")]:
        r.fact("score", ind, "city", occ)
    r.plant("s_sat", "digit", (1, 5), False)
    return r


@report
def t15():
    r = Report("T15", "weekly_notice", "2025-11-28", "Tỉnh Lào Cai")
    r.n("d_n", 2731); r.n("d_m", 3104)
    r.n("c_n", 15922); r.n("c_m", 16487)
    r.n("t_n", 2731 + 15922); r.n("t_m", 3104 + 16487)
    r.total("t_n", ["d_n", "c_n"]); r.total("t_m", ["d_m", "c_m"])
    r.r("p_d", "d_n", "d_m"); r.r("p_c", "c_n", "c_m"); r.r("p_t", "t_n", "t_m")
    r.template = """ỦY BAN NHÂN DÂN TỈNH LÀO CAI
VĂN PHÒNG
Số: 95/TB-VP
Lào Cai, ngày 28 tháng 11 năm 2025

THÔNG BÁO
Tỷ lệ thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính
(số liệu từ ngày 20/11/2025 đến ngày 26/11/2025)

Tỷ lệ thanh toán trực tuyến (số hồ sơ thanh toán trực tuyến/tổng số hồ sơ có phí, lệ phí):
a) Toàn tỉnh: {t_n}/{t_m} hồ sơ, đạt {p_t}%.
b) Các sở, ban, ngành: {d_n}/{d_m} hồ sơ, đạt {p_d}%.
c) Các xã, phường: {c_n}/{c_m} hồ sơ, đạt {p_c}%.

Các sở, ban, ngành có tỷ lệ thấp cần phối hợp với ngân hàng, đơn vị cung cấp dịch vụ
trung gian thanh toán tại Trung tâm Phục vụ hành chính công để hướng dẫn người dân
thanh toán bằng mã QR ngay tại quầy.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Các sở, ban, ngành; UBND các xã, phường;
- Lưu: VT.
"""
    r.fact("rate", "online_payment", "city", "p_t", "t_n", "t_m")
    r.fact("rate", "online_payment", "departments", "p_d", "d_n", "d_m")
    r.fact("rate", "online_payment", "communes", "p_c", "c_n", "c_m")
    r.plant("c_n", "drop", 3, True)
    return r


@report
def t16():
    r = Report("T16", "news_article", "2025-10-22", "Tỉnh Ninh Bình")
    r.n("rec", 3572); r.n("res", 3418); r.n("pend", 154)
    r.balance(["rec"], ["res", "pend"])
    r.n("intime", 3391); r.n("late", 27)
    r.total("res", ["intime", "late"])
    r.r("p_in", "intime", "res")
    r.template = """Xã Kim Sơn: người dân hài lòng với Trung tâm Phục vụ hành chính công

Sau hơn ba tháng hoạt động theo mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ
hành chính công xã Kim Sơn (tỉnh Ninh Bình) đã trở thành địa chỉ tin cậy của người dân.

Từ đầu tháng 7 đến ngày 15/10/2025, Trung tâm đã tiếp nhận {rec} hồ sơ; đã giải quyết {res} hồ sơ,
còn {pend} hồ sơ đang trong thời hạn giải quyết. Trong số hồ sơ đã giải quyết, có {intime} hồ sơ
trả kết quả trước và đúng hạn (đạt {p_in}%), chỉ {late} hồ sơ trễ hạn.

Bà Nguyễn Thị Lan, thôn Đông Thành, chia sẻ: "Tôi làm thủ tục đăng ký khai sinh cho cháu,
chỉ mất khoảng 20 phút là xong, cán bộ hướng dẫn rất tận tình."

Theo lãnh đạo xã, thời gian tới xã sẽ bố trí thêm một máy tra cứu tự động và tổ chức
các buổi hướng dẫn kỹ năng số cho người dân tại nhà văn hóa các thôn.

Thu Hà
"""
    r.fact("count", "received_total", "self", "rec")
    r.fact("count", "resolved_total", "self", "res")
    r.fact("count", "pending_total", "self", "pend")
    r.fact("count", "resolved_in_time", "self", "intime")
    r.fact("rate", "resolved_on_time", "self", "p_in", "intime", "res")
    r.fact("count", "resolved_late", "self", "late")
    r.nf("khoảng 20 phút", "approx"); r.nf("15/10/2025", "date")
    return r


# =============================================================== batch 3
@report
def t17():
    r = Report("T17", "quarterly_report", "2025-09-26", "Tỉnh An Giang")
    r.n("on", 19207); r.n("off", 5111); r.n("rec", 19207 + 5111)
    r.total("rec", ["on", "off"])
    r.r("p_on", "on", "rec"); r.r("p_off", "off", "rec")
    r.comp("p_on", "p_off")
    r.template = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH AN GIANG
Số: 1187/BC-SNNMT
An Giang, ngày 26 tháng 9 năm 2025

BÁO CÁO
Tình hình, kết quả giải quyết thủ tục hành chính Quý III năm 2025

1. Kết quả tiếp nhận hồ sơ
Trong Quý III năm 2025, Sở tiếp nhận {rec} hồ sơ thủ tục hành chính, trong đó:
- trực tuyến {on} hồ sơ ({p_on}%);
- trực tiếp và qua dịch vụ bưu chính công ích {off} hồ sơ ({p_off}%).
Hồ sơ tập trung ở các lĩnh vực đất đai, tài nguyên nước và thú y.

2. Đánh giá
Tỷ lệ hồ sơ trực tuyến của Sở cao hơn quý trước nhờ triển khai tiếp nhận hồ sơ đăng ký
biến động đất đai trên Cổng Dịch vụ công quốc gia; tuy nhiên vẫn còn tình trạng người dân
nộp hồ sơ trực tuyến nhưng bổ sung giấy tờ bản giấy.

3. Kiến nghị
Đề nghị Văn phòng UBND tỉnh hướng dẫn việc tái sử dụng dữ liệu đã số hóa đối với hồ sơ
đất đai để giảm thành phần hồ sơ phải nộp.

Nơi nhận:
- UBND tỉnh; Văn phòng UBND tỉnh;
- Lưu: VT, VP.
"""
    r.fact("count", "received_total", "self", "rec")
    r.fact("count", "received_online", "self", "on")
    r.fact("rate", "received_online_share", "self", "p_on", "on", "rec")
    r.fact("count", "received_offline", "self", "off")
    r.fact("rate", "received_offline_share", "self", "p_off", "off", "rec")
    r.plant("p_off", "separator", -1, True)
    return r


@report
def t18():
    r = Report("T18", "commune_report", "2025-11-04", "Tỉnh Hưng Yên")
    r.n("early", 1702); r.n("ontime", 131); r.n("late", 13)
    r.n("res", 1702 + 131 + 13)
    r.total("res", ["early", "ontime", "late"])
    r.r("p_early", "early", "res")
    r.template = """ỦY BAN NHÂN DÂN XÃ ĐÔNG THÁI NINH
Số: 132/BC-UBND
Đông Thái Ninh, ngày 04 tháng 11 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 10 năm 2025

Căn cứ số liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hưng Yên,
Ủy ban nhân dân xã báo cáo như sau:

1. Hồ sơ đã giải quyết: {res} hồ sơ.
Trong đó:
   - Trước hạn: {early} hồ sơ;
   - Đúng hạn: {ontime} hồ sơ;
   - Quá hạn: {late} hồ sơ (lĩnh vực đất đai).
Hồ sơ giải quyết trước hạn chiếm {p_early}% tổng số hồ sơ đã giải quyết.

2. Đánh giá
Việc giải quyết hồ sơ cơ bản bảo đảm thời hạn; các hồ sơ quá hạn do phải chờ kết quả đo đạc,
xác minh nguồn gốc đất. Ủy ban nhân dân xã đã gửi thư xin lỗi đến người dân.

Nơi nhận:
- UBND tỉnh;
- Thường trực Đảng ủy, HĐND xã;
- Lưu: VT.
"""
    r.fact("count", "resolved_total", "self", "res")
    r.fact("count", "resolved_early", "self", "early")
    r.fact("count", "resolved_on_time", "self", "ontime")
    r.fact("count", "resolved_late", "self", "late")
    r.fact("rate", "other", "self", "p_early", "early", "res")
    r.plant("early", "double", 0, True)
    return r


@report
def t19():
    r = Report("T19", "weekly_notice", "2025-10-24", "Tỉnh Tây Ninh")
    rows = [("u1", 1236), ("u2", 884), ("u3", 2071), ("u4", 1452)]
    for k, v in rows:
        r.n(k, v)
    r.n("tot", sum(v for _, v in rows))
    r.total("tot", [k for k, _ in rows])
    r.template = """TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH TÂY NINH
Số: 118/TB-TTPVHCC
Tây Ninh, ngày 24 tháng 10 năm 2025

THÔNG BÁO
Số hồ sơ tiếp nhận tại Trung tâm theo lĩnh vực, tuần 43 năm 2025

Trong tuần, Trung tâm tiếp nhận tổng cộng {tot} hồ sơ của các sở, ngành, phân theo lĩnh vực:
| Lĩnh vực                     | Số hồ sơ |
| Đất đai                      | {u1}    |
| Đăng ký doanh nghiệp         | {u2}      |
| Tư pháp - hộ tịch            | {u3}    |
| Giao thông vận tải           | {u4}    |

Trung tâm đề nghị các sở, ngành bố trí đủ công chức tại quầy vào các ngày thứ Hai và
thứ Sáu, là những ngày có lượng hồ sơ cao nhất trong tuần.

Các cơ quan, đơn vị chủ động phối hợp với Bưu điện tỉnh trong việc trả kết quả qua
dịch vụ bưu chính công ích.

Nơi nhận:
- Văn phòng UBND tỉnh;
- Các sở, ngành có liên quan;
- Lưu: VT.
"""
    r.fact("count", "received_total", "self", "tot")
    for k, _ in rows:
        r.fact("count", "received_total", "self", k, scope="lĩnh vực")
    r.plant("tot", "digit", (1, 8), False)
    return r


@report
def t20():
    r = Report("T20", "portal_stats", "2025-11-15", "Tỉnh Thanh Hóa")
    from decimal import Decimal
    parts = {"s_pub": "17,10", "s_prog": "18,40", "s_osv": "10,65", "s_pay": "9,20", "s_sat": "17,35", "s_dig": "15,80"}
    for k, v in parts.items():
        r.dval(k, v.replace(",", "."))
    r.dval("s_tot", sum(Decimal(v.replace(",", ".")) for v in parts.values()))
    r.total("s_tot", list(parts), kind="score")
    r.template = """CỔNG DỊCH VỤ CÔNG TỈNH THANH HÓA - TIN HOẠT ĐỘNG
Ngày đăng: 15/11/2025

Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10 năm 2025

Nhóm chỉ số Tiến độ giải quyết của tỉnh đạt {s_prog@2} điểm, cao nhất từ đầu năm; nhóm
Công khai, minh bạch đạt {s_pub@2} điểm.

Điểm chi tiết theo từng nhóm chỉ số:
   Công khai, minh bạch ............ {s_pub}
   Tiến độ giải quyết .............. {s_prog}
   Dịch vụ công trực tuyến ......... {s_osv}
   Thanh toán trực tuyến ........... {s_pay}
   Mức độ hài lòng ................. {s_sat}
   Số hóa hồ sơ .................... {s_dig}
   TỔNG ĐIỂM ....................... {s_tot}

Các xã, phường có điểm thấp tập trung vào chỉ số số hóa và thanh toán trực tuyến.
Văn phòng UBND tỉnh sẽ tổ chức kiểm tra tại một số địa phương trong tháng 11/2025.
"""
    for ind, occ in [("index_766_progress", "s_prog@2"), ("index_766_publicity", "s_pub@2"),
                     ("index_766_publicity", "s_pub"), ("index_766_progress", "s_prog"),
                     ("index_766_online_service", "s_osv"), ("index_766_online_payment", "s_pay"),
                     ("index_766_satisfaction", "s_sat"), ("index_766_digitization", "s_dig"),
                     ("index_766_total", "s_tot")]:
        r.fact("score", ind, "city", occ)
    r.plant("s_prog", "copy", "s_pub", True)
    return r


@report
def t21():
    r = Report("T21", "news_article", "2025-12-11", "Tỉnh Cao Bằng")
    r.n("tot", 1745); r.n("full", 1008); r.n("part", 737)
    r.total("tot", ["full", "part"])
    r.r("p_full", "full", "tot"); r.r("p_part", "part", "tot")
    r.comp("p_full", "p_part")
    r.template = """Cao Bằng công bố danh mục dịch vụ công trực tuyến mới

(Báo Cao Bằng) - Ủy ban nhân dân tỉnh vừa ban hành quyết định phê duyệt danh mục dịch vụ công
trực tuyến thực hiện trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

Theo quyết định, toàn tỉnh có {tot} thủ tục hành chính được cung cấp dịch vụ công trực tuyến.
Trong đó, {full} thủ tục thực hiện toàn trình, chiếm {p_full}%; {part} thủ tục thực hiện một phần,
chiếm {p_part}%. So với đầu năm, số thủ tục toàn trình tăng thêm 214 thủ tục.

Đại diện Văn phòng UBND tỉnh cho biết, với các thủ tục toàn trình, người dân không phải đến
cơ quan nhà nước mà có thể nộp hồ sơ, thanh toán phí và nhận kết quả qua mạng.

Tỉnh cũng yêu cầu các xã vùng cao bố trí điểm hỗ trợ người dân sử dụng dịch vụ công
tại trụ sở Ủy ban nhân dân xã và nhà văn hóa các xóm.

Vân Anh
"""
    r.fact("count", "procedures_total", "city", "tot")
    r.fact("count", "procedures_full_online", "city", "full")
    r.fact("rate", "other", "city", "p_full", "full", "tot")
    r.fact("count", "procedures_partial_online", "city", "part")
    r.fact("rate", "other", "city", "p_part", "part", "tot")
    r.nf("tăng thêm 214 thủ tục", "change")
    return r


@report
def t22():
    r = Report("T22", "quarterly_report", "2025-12-22", "Tỉnh Sơn La")
    r.n("fnew", 296); r.n("fcarry", 44); r.n("ftot", 340)
    r.total("ftot", ["fnew", "fcarry"])
    r.n("fres", 312); r.n("fpend", 28)
    r.balance(["fnew", "fcarry"], ["fres", "fpend"])
    r.r("p_f", "fres", "ftot", at=("fres", "ftot@2"))
    r.template = """THANH TRA TỈNH SƠN LA
Số: 402/BC-TTr
Sơn La, ngày 22 tháng 12 năm 2025

BÁO CÁO
Kết quả tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính Quý IV năm 2025

I. Tình hình tiếp nhận
Trong quý, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận {fnew} phản ánh, kiến nghị mới;
cùng với {fcarry} phản ánh, kiến nghị của kỳ trước chuyển sang, tổng số phải xử lý là {ftot}.

II. Kết quả xử lý
- Đã xử lý: {fres}/{ftot@2} phản ánh, kiến nghị, đạt tỷ lệ {p_f}%;
- Đang xử lý: {fpend} phản ánh, kiến nghị (chưa đến hạn).
Nội dung phản ánh tập trung ở lĩnh vực đất đai, xây dựng và chính sách người có công.

III. Đề xuất
Đề nghị các sở, ngành trả lời dứt điểm các phản ánh tồn đọng kéo dài trên 30 ngày;
công khai kết quả xử lý trên Cổng thông tin điện tử của tỉnh.

Nơi nhận:
- UBND tỉnh;
- Văn phòng UBND tỉnh;
- Lưu: VT.
"""
    r.fact("count", "feedback_new", "city", "fnew")
    r.fact("count", "feedback_carried_over", "city", "fcarry")
    r.fact("count", "feedback_total", "city", "ftot")
    r.fact("count", "feedback_resolved", "city", "fres")
    r.fact("rate", "feedback_handled", "city", "p_f", "fres", "ftot@2")
    r.fact("count", "feedback_pending", "city", "fpend")
    r.nf("trên 30 ngày", "bound")
    r.plant("fpend", "digit", (1, 3), True)
    return r


@report
def t23():
    r = Report("T23", "weekly_notice", "2025-12-05", "Tỉnh Hà Tĩnh")
    r.n("d_n", 4518); r.n("d_m", 4602)
    r.n("c_n", 13377); r.n("c_m", 13491)
    r.n("t_n", 4518 + 13377); r.n("t_m", 4602 + 13491)
    r.total("t_n", ["d_n", "c_n"]); r.total("t_m", ["d_m", "c_m"])
    r.r("p_d", "d_n", "d_m"); r.r("p_c", "c_n", "c_m"); r.r("p_t", "t_n", "t_m")
    r.template = """ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
VĂN PHÒNG
Số: 140/TB-VP
Hà Tĩnh, ngày 05 tháng 12 năm 2025

THÔNG BÁO
Kết quả giải quyết hồ sơ thủ tục hành chính trước hạn, đúng hạn
(dữ liệu từ ngày 27/11/2025 đến ngày 03/12/2025)

Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (số hồ sơ trước hạn, đúng hạn/số hồ sơ đã giải quyết):
• Toàn tỉnh đạt {p_t}% ({t_n}/{t_m} hồ sơ);
• Sở, ban, ngành đạt {p_d}% ({d_n}/{d_m} hồ sơ);
• Xã, phường đạt {p_c}% ({c_n}/{c_m} hồ sơ).

Một số xã còn để hồ sơ quá hạn kéo dài trên 10 ngày. Đề nghị Chủ tịch UBND các xã,
phường chỉ đạo rà soát, xử lý dứt điểm trong tuần tới, đồng thời cập nhật đầy đủ trạng thái
hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Các sở, ban, ngành; UBND các xã, phường;
- Lưu: VT.
"""
    r.fact("rate", "resolved_on_time", "city", "p_t", "t_n", "t_m")
    r.fact("rate", "resolved_on_time", "departments", "p_d", "d_n", "d_m")
    r.fact("rate", "resolved_on_time", "communes", "p_c", "c_n", "c_m")
    r.nf("trên 10 ngày", "bound")
    r.plant("p_t", "drop", 2, True)
    return r


@report
def t24():
    r = Report("T24", "commune_report", "2025-10-08", "Tỉnh Khánh Hòa")
    r.n("n", 1204); r.n("m", 1367)
    r.r("p", "n", "m")
    r.template = """ỦY BAN NHÂN DÂN XÃ TÂY KHÁNH SƠN
Số: 66/BC-UBND
Tây Khánh Sơn, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính Quý III năm 2025

Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về số hóa hồ sơ, kết quả giải quyết thủ tục
hành chính, Ủy ban nhân dân xã Tây Khánh Sơn báo cáo kết quả như sau:

1. Kết quả số hóa
Số hồ sơ, kết quả giải quyết được số hóa/tổng số hồ sơ đã giải quyết: {n}/{m} hồ sơ,
đạt {p}%.

2. Khó khăn
Xã chưa được trang bị máy quét chuyên dụng; một số công chức kiêm nhiệm nhiều lĩnh vực nên
việc số hóa còn chậm, nhất là hồ sơ hộ tịch có nhiều trang.

3. Đề xuất
Đề nghị Sở Khoa học và Công nghệ hỗ trợ thiết bị và tập huấn kỹ năng số hóa cho
công chức Bộ phận Một cửa.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""
    r.fact("rate", "digitization", "self", "p", "n", "m")
    r.plant("p", "swap", 2, False)
    return r


# =============================================================== batch 4
@report
def t25():
    r = Report("T25", "quarterly_report", "2025-12-19", "Thành phố Huế")
    r.n("d_in", 10274); r.n("d_late", 96); r.n("d_res", 10274 + 96)
    r.n("c_in", 38861); r.n("c_late", 341); r.n("c_res", 38861 + 341)
    r.n("t_in", 10274 + 38861); r.n("t_late", 96 + 341); r.n("t_res", 10370 + 39202)
    for a in ("d", "c", "t"):
        r.total(f"{a}_res", [f"{a}_in", f"{a}_late"])
        r.r(f"{a}_p", f"{a}_in", f"{a}_res")
    for col in ("in", "late", "res"):
        r.total(f"t_{col}", [f"d_{col}", f"c_{col}"])
    r.template = """ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ
Số: 611/BC-UBND
Huế, ngày 19 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện cơ chế một cửa, một cửa liên thông Quý IV năm 2025

I. Kết quả giải quyết hồ sơ thủ tục hành chính
Kết quả giải quyết hồ sơ trong kỳ được tổng hợp tại bảng sau:

Cấp       | Đã giải quyết | Trước hạn, đúng hạn | Quá hạn | Tỷ lệ trước hạn, đúng hạn (%)
Cấp tỉnh  | {d_res}        | {d_in}              | {d_late}      | {d_p}
Cấp xã    | {c_res}        | {c_in}              | {c_late}     | {c_p}
Tổng cộng | {t_res}        | {t_in}              | {t_late}     | {t_p}

II. Đánh giá
Tỷ lệ giải quyết trước hạn, đúng hạn duy trì ổn định ở cả hai cấp. Số hồ sơ quá hạn ở cấp xã
tập trung tại các phường có khối lượng hồ sơ đất đai lớn sau sắp xếp đơn vị hành chính.

III. Nhiệm vụ trọng tâm
Tiếp tục thực hiện nghiêm việc xin lỗi người dân khi để hồ sơ quá hạn; công khai kết quả
đánh giá của các cơ quan, đơn vị trên Cổng Dịch vụ công của thành phố.

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
"""
    for a, subj, scope in (("d", "departments", "cấp tỉnh"), ("c", "communes", "cấp xã"), ("t", "city", None)):
        r.fact("count", "resolved_total", subj, f"{a}_res", scope=scope)
        r.fact("count", "resolved_in_time", subj, f"{a}_in", scope=scope)
        r.fact("count", "resolved_late", subj, f"{a}_late", scope=scope)
        r.fact("rate", "resolved_on_time", subj, f"{a}_p", f"{a}_in", f"{a}_res", scope=scope)
    r.plant("c_p", "separator", 1, True)
    return r


@report
def t26():
    r = Report("T26", "news_article", "2025-09-30", "Tỉnh Đồng Tháp")
    r.n("rec", 8406); r.n("res", 7995); r.n("pend", 411)
    r.balance(["rec"], ["res", "pend"])
    r.r("p_res", "res", "rec")
    r.template = """Phường Mỹ Tho: giải quyết hơn 95% hồ sơ trong quý đầu vận hành mô hình mới

Ngày 29/9, Ủy ban nhân dân phường Mỹ Tho (tỉnh Đồng Tháp) tổ chức hội nghị đánh giá kết quả
ba tháng vận hành Trung tâm Phục vụ hành chính công phường.

Báo cáo tại hội nghị cho biết, từ ngày 01/7 đến ngày 25/9/2025, Trung tâm tiếp nhận {rec} hồ sơ
thủ tục hành chính; đã giải quyết {res} hồ sơ, đạt {p_res}% số hồ sơ tiếp nhận; {pend} hồ sơ
đang trong quá trình giải quyết.

Phát biểu tại hội nghị, Chủ tịch UBND phường đề nghị công chức tại Trung tâm tiếp tục nêu cao
tinh thần phục vụ, không để người dân phải đi lại nhiều lần; đồng thời khen thưởng 05 tập thể,
12 cá nhân có thành tích tiêu biểu.

Theo kế hoạch, trong Quý IV, phường sẽ triển khai thêm dịch vụ trả kết quả tại nhà đối với
người cao tuổi, người khuyết tật.

Ngọc Trâm
"""
    r.fact("count", "received_total", "self", "rec")
    r.fact("count", "resolved_total", "self", "res")
    r.fact("rate", "other", "self", "p_res", "res", "rec")
    r.fact("count", "pending_total", "self", "pend")
    r.nf("hơn 95%", "bound"); r.nf("05 tập thể", "count_of_things"); r.nf("12 cá nhân", "count_of_things")
    r.plant("pend", "double", 1, True)
    return r


@report
def t27():
    r = Report("T27", "portal_stats", "2025-10-14", "Tỉnh Quảng Ninh")
    from decimal import Decimal
    parts = {"s_pub": "17,85", "s_prog": "19,30", "s_osv": "11,40", "s_pay": "8,95", "s_sat": "17,60", "s_dig": "18,25"}
    for k, v in parts.items():
        r.dval(k, v.replace(",", "."))
    r.dval("s_tot", sum(Decimal(v.replace(",", ".")) for v in parts.values()))
    r.total("s_tot", list(parts), kind="score")
    r.n("rank", 4); r.n("field", 34)
    r.template = """TRANG THÔNG TIN ĐIỆN TỬ VĂN PHÒNG UBND TỈNH QUẢNG NINH
Chuyên mục: Kiểm soát thủ tục hành chính
14/10/2025

Quảng Ninh xếp thứ {rank}/{field} tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025

Theo kết quả đánh giá trên Cổng Dịch vụ công quốc gia, tháng 9/2025 tỉnh Quảng Ninh đạt tổng
điểm {s_tot} điểm. Trong đó, các nhóm chỉ số đạt như sau:
- Công khai, minh bạch: {s_pub} điểm;
- Tiến độ giải quyết: {s_prog} điểm;
- Dịch vụ công trực tuyến: {s_osv} điểm;
- Thanh toán trực tuyến: {s_pay} điểm;
- Mức độ hài lòng: {s_sat} điểm;
- Số hóa hồ sơ: {s_dig} điểm.

So với tháng 8/2025, tổng điểm của tỉnh tăng 1,35 điểm, thứ hạng tăng 2 bậc. Chỉ số thanh
toán trực tuyến vẫn là nhóm chỉ số có tỷ lệ điểm đạt thấp nhất so với điểm tối đa.

Tỉnh đặt mục tiêu duy trì vị trí trong nhóm 5 địa phương dẫn đầu cả nước.
"""
    for ind, occ in [("index_766_total", "s_tot"), ("index_766_publicity", "s_pub"), ("index_766_progress", "s_prog"),
                     ("index_766_online_service", "s_osv"), ("index_766_online_payment", "s_pay"),
                     ("index_766_satisfaction", "s_sat"), ("index_766_digitization", "s_dig")]:
        r.fact("score", ind, "city", occ)
    r.facts.append(("rank", "index_766_rank", "city", "rank", "rank", "field", None))
    r.nf("tăng 1,35 điểm", "change"); r.nf("tăng 2 bậc", "change"); r.nf("nhóm 5 địa phương", "count_of_things")
    return r


@report
def t28():
    r = Report("T28", "weekly_notice", "2025-11-07", "Thành phố Hải Phòng")
    r.n("d_n", 1187); r.n("d_m", 1729)
    r.n("c_n", 34052); r.n("c_m", 35318)
    r.n("t_n", 1187 + 34052); r.n("t_m", 1729 + 35318)
    r.total("t_n", ["d_n", "c_n"]); r.total("t_m", ["d_m", "c_m"])
    r.r("p_d", "d_n", "d_m"); r.r("p_c", "c_n", "c_m"); r.r("p_t", "t_n", "t_m")
    r.template = """ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG
VĂN PHÒNG
Số: 233/TB-VP
Hải Phòng, ngày 07 tháng 11 năm 2025

THÔNG BÁO
Tình hình thanh toán trực tuyến phí, lệ phí tuần 45 năm 2025

1. Tỷ lệ thanh toán trực tuyến (chỉ tiêu giao ≥ 60%)
Toàn thành phố: {p_t}% (thanh toán trực tuyến/có phí, lệ phí: {t_n}/{t_m} hồ sơ).
Chi tiết:
- Các Sở, ban, ngành: {d_n}/{d_m} hồ sơ - đạt {p_d}%;
- Các xã, phường, đặc khu: {c_n}/{c_m} hồ sơ - đạt {p_c}%.

2. Yêu cầu
Các Sở có tỷ lệ dưới chỉ tiêu giao phối hợp với các ngân hàng thương mại triển khai điểm
thanh toán không dùng tiền mặt tại quầy; báo cáo kết quả về Văn phòng UBND thành phố
trước ngày 14/11/2025.

Nơi nhận:
- Chủ tịch, các PCT UBND thành phố;
- Các Sở, ban, ngành; UBND các xã, phường, đặc khu;
- Lưu: VT.
"""
    r.fact("rate", "online_payment", "city", "p_t", "t_n", "t_m")
    r.fact("rate", "online_payment", "departments", "p_d", "d_n", "d_m")
    r.fact("rate", "online_payment", "communes", "p_c", "c_n", "c_m")
    r.nf("≥ 60%", "bound")
    r.plant("c_m", "copy", "d_m", True)
    return r


@report
def t29():
    r = Report("T29", "commune_report", "2025-12-02", "Tỉnh Lai Châu")
    r.n("rec", 1025); r.n("cert", 312)
    r.template = """ỦY BAN NHÂN DÂN XÃ SÌN HỒ
Số: 205/BC-UBND
Sìn Hồ, ngày 02 tháng 12 năm 2025

BÁO CÁO
Tình hình thực hiện nhiệm vụ cải cách hành chính tháng 11 năm 2025

1. Công tác chỉ đạo
Ủy ban nhân dân xã ban hành kế hoạch kiểm tra công vụ tại Bộ phận Một cửa; tổ chức
tuyên truyền dịch vụ công trực tuyến tại các bản vào các buổi họp dân.

2. Giải quyết thủ tục hành chính
Trong tháng, Trung tâm Phục vụ hành chính công xã tiếp nhận {rec} hồ sơ thủ tục hành chính,
chủ yếu thuộc lĩnh vực hộ tịch, chứng thực và bảo trợ xã hội.
Số bản sao được chứng thực từ bản chính là {cert} bản.

3. Số liệu tổng hợp
- Tổng số hồ sơ tiếp nhận trong tháng: {rec@2} hồ sơ.
- Số bản sao chứng thực: {cert@2} bản.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
"""
    r.fact("count", "received_total", "self", "rec")
    r.fact("count", "received_total", "self", "rec@2")
    r.nf(f"{312} bản", "count_of_things")
    r.plant("rec@2", "drop", 1, False)
    return r


@report
def t30():
    r = Report("T30", "quarterly_report", "2025-09-29", "Tỉnh Vĩnh Long")
    r.n("d_n", 9846); r.n("d_m", 10233)
    r.n("c_n", 35466); r.n("c_m", 37773)
    r.n("t_n", 9846 + 35466); r.n("t_m", 10233 + 37773)
    r.total("t_n", ["d_n", "c_n"]); r.total("t_m", ["d_m", "c_m"])
    r.r("p_d", "d_n", "d_m"); r.r("p_c", "c_n", "c_m"); r.r("p_t", "t_n", "t_m")
    r.template = """VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH VĨNH LONG
Số: 388/BC-VP
Vĩnh Long, ngày 29 tháng 9 năm 2025

BÁO CÁO
Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính Quý III năm 2025

1. Kết quả chung
Toàn tỉnh đã số hóa {t_n} hồ sơ, kết quả giải quyết trên tổng số {t_m} hồ sơ đã giải quyết,
đạt tỷ lệ {p_t}%. Chia theo cấp:
a) Cấp tỉnh (các sở, ban, ngành): {d_n} trên {d_m} hồ sơ, tương ứng {p_d}%;
b) Cấp xã: {c_n} trên {c_m} hồ sơ, tương ứng {p_c}%.

2. Tồn tại
Một số xã chưa thực hiện ký số kết quả giải quyết; dữ liệu số hóa chưa được khai thác,
sử dụng lại khi người dân thực hiện thủ tục tiếp theo.

3. Tóm tắt số liệu
Số hóa toàn tỉnh: {t_n@2}/{t_m@2} hồ sơ ({p_t@2}%).

Nơi nhận:
- UBND tỉnh;
- Lưu: VT, KSTT.
"""
    r.fact("rate", "digitization", "city", "p_t", "t_n", "t_m")
    r.fact("rate", "digitization", "departments", "p_d", "d_n", "d_m", scope="cấp tỉnh")
    r.fact("rate", "digitization", "communes", "p_c", "c_n", "c_m", scope="cấp xã")
    r.fact("rate", "digitization", "city", "p_t@2", "t_n@2", "t_m@2")
    r.plant("t_n", "double", 3, True)
    return r


@report
def t31():
    r = Report("T31", "news_article", "2025-11-26", "Thành phố Hồ Chí Minh")
    r.n("d_in", 51236); r.n("d_res", 51874)
    r.n("c_in", 142918); r.n("c_res", 143502)
    r.r("p_d", "d_in", "d_res"); r.r("p_c", "c_in", "c_res")
    r.template = """TP.HCM: tỷ lệ hồ sơ đúng hạn ở cấp xã vượt 99%

(Tin TP) - Văn phòng UBND Thành phố Hồ Chí Minh vừa có báo cáo nhanh về tình hình giải quyết
thủ tục hành chính tháng 10/2025 sau bốn tháng vận hành chính quyền hai cấp.

Ở cấp thành phố, các sở, ban, ngành đã giải quyết {d_res} hồ sơ, trong đó {d_in} hồ sơ được giải quyết
trước hạn và đúng hạn, tương ứng tỷ lệ {p_d}%.

Tại các xã, phường, đặc khu, số hồ sơ đã giải quyết là {c_res}; số hồ sơ trước hạn và đúng hạn là
{c_in}, đạt {p_c}%.

Theo Văn phòng UBND Thành phố, lĩnh vực đất đai và xây dựng vẫn chiếm phần lớn số hồ sơ
trễ hạn. Thành phố yêu cầu người đứng đầu các đơn vị có hồ sơ trễ hạn phải báo cáo giải trình
trong cuộc họp giao ban hàng tháng.

Quang Huy
"""
    r.fact("count", "resolved_total", "departments", "d_res")
    r.fact("count", "resolved_in_time", "departments", "d_in")
    r.fact("rate", "resolved_on_time", "departments", "p_d", "d_in", "d_res")
    r.fact("count", "resolved_total", "communes", "c_res")
    r.fact("count", "resolved_in_time", "communes", "c_in")
    r.fact("rate", "resolved_on_time", "communes", "p_c", "c_in", "c_res")
    r.nf("vượt 99%", "bound")
    return r


@report
def t32():
    r = Report("T32", "weekly_notice", "2025-10-10", "Tỉnh Bắc Ninh")
    r.n("on", 9412); r.n("off", 1765); r.n("new", 9412 + 1765)
    r.total("new", ["on", "off"])
    r.r("p_on", "on", "new"); r.r("p_off", "off", "new")
    r.comp("p_on", "p_off")
    r.n("carry", 402); r.n("tot", 11177 + 402)
    r.total("tot", ["new", "carry"])
    r.n("res", 10864); r.n("pend", 11579 - 10864)
    r.balance(["tot"], ["res", "pend"])
    r.template = """TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH BẮC NINH
Số: 71/TB-TTPVHCC
Bắc Ninh, ngày 10 tháng 10 năm 2025

THÔNG BÁO
Tình hình tiếp nhận và giải quyết hồ sơ tuần 41 năm 2025

1. Tiếp nhận: trong tuần, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận mới {new} hồ sơ
   [trực tuyến {on} hồ sơ, chiếm {p_on}%; trực tiếp, bưu chính {off} hồ sơ, chiếm {p_off}%].
2. Tồn kỳ trước chuyển sang: {carry} hồ sơ.
   Tổng số hồ sơ phải giải quyết trong tuần: {tot} hồ sơ.
3. Kết quả: đã giải quyết {res} hồ sơ; đang giải quyết {pend} hồ sơ.

Trung tâm đề nghị các sở, ngành, UBND các xã, phường tập trung giải quyết dứt điểm hồ sơ tồn,
không để phát sinh hồ sơ quá hạn vào cuối tháng.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Các sở, ngành; UBND các xã, phường;
- Lưu: VT.
"""
    r.fact("count", "received_total", "city", "new")
    r.fact("count", "received_online", "city", "on")
    r.fact("rate", "received_online_share", "city", "p_on", "on", "new")
    r.fact("count", "received_offline", "city", "off")
    r.fact("rate", "received_offline_share", "city", "p_off", "off", "new")
    r.fact("count", "received_carried_over", "city", "carry")
    r.fact("count", "received_total", "city", "tot", scope="gồm tồn kỳ trước")
    r.fact("count", "resolved_total", "city", "res")
    r.fact("count", "pending_total", "city", "pend")
    r.plant("carry", "drop", 1, True)
    return r


# =============================================================== batch 5
@report
def t33():
    r = Report("T33", "quarterly_report", "2025-12-24", "Tỉnh Đồng Nai")
    r.n("d_n", 128); r.n("d_m", 131)
    r.n("c_n", 402); r.n("c_m", 415)
    r.n("t_n", 530); r.n("t_m", 546)
    r.total("t_n", ["d_n", "c_n"]); r.total("t_m", ["d_m", "c_m"])
    r.r("p_d", "d_n", "d_m"); r.r("p_c", "c_n", "c_m"); r.r("p_t", "t_n", "t_m")
    r.template = """ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI
Số: 702/BC-UBND
Đồng Nai, ngày 24 tháng 12 năm 2025

BÁO CÁO
Kết quả tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức Quý IV năm 2025

I. KẾT QUẢ XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ
Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn (số đã xử lý/số phải xử lý):
(1) Toàn tỉnh: {t_n}/{t_m} phản ánh, kiến nghị, tương ứng {p_t}%;
(2) Cấp tỉnh: {d_n}/{d_m}, tương ứng {p_d}%;
(3) Cấp xã: {c_n}/{c_m}, tương ứng {p_c}%.
Các phản ánh chưa xử lý xong đều còn trong thời hạn, tập trung ở lĩnh vực đất đai, trật tự
xây dựng và môi trường khu dân cư.

II. ĐÁNH GIÁ
Việc tiếp nhận qua ứng dụng Đồng Nai số và tổng đài 1022 giúp người dân phản ánh thuận tiện
hơn; tuy nhiên một số xã chưa cập nhật kết quả xử lý lên hệ thống đúng thời gian.

III. KIẾN NGHỊ
Đề nghị Văn phòng Chính phủ tiếp tục nâng cấp Hệ thống tiếp nhận phản ánh, kiến nghị.

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT.
"""
    r.fact("rate", "feedback_handled", "city", "p_t", "t_n", "t_m")
    r.fact("rate", "feedback_handled", "departments", "p_d", "d_n", "d_m", scope="cấp tỉnh")
    r.fact("rate", "feedback_handled", "communes", "p_c", "c_n", "c_m", scope="cấp xã")
    r.nf("1022", "reference")
    r.plant("p_t", "separator", -1, True)
    return r


@report
def t34():
    r = Report("T34", "commune_report", "2026-01-05", "Tỉnh Cà Mau")
    r.n("on", 2764, pad=0); r.n("off", 388); r.n("carry", 41)
    r.n("rec", 2764 + 388 + 41)
    r.total("rec", ["on", "off", "carry"])
    r.n("early", 2911); r.n("ontime", 187); r.n("late", 6)
    r.n("res", 2911 + 187 + 6)
    r.total("res", ["early", "ontime", "late"])
    r.n("pin", 87); r.n("plate", 2); r.n("pend", 89)
    r.total("pend", ["pin", "plate"])
    r.balance(["rec"], ["res", "pend"])
    r.template = """ỦY BAN NHÂN DÂN PHƯỜNG AN XUYÊN
Số: 03/BC-UBND
An Xuyên, ngày 05 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 12 năm 2025

1. Tổng số hồ sơ tiếp nhận: {rec} hồ sơ
   Trong đó: trực tuyến ({on}), trực tiếp và bưu chính ({off}), kỳ trước chuyển qua ({carry}).
2. Số hồ sơ đã giải quyết: {res} hồ sơ
   Trong đó: trước hạn ({early}), đúng hạn ({ontime}), quá hạn ({late}).
3. Số hồ sơ đang giải quyết: {pend} hồ sơ
   Trong đó: trong hạn ({pin}), quá hạn ({plate}).

Các hồ sơ quá hạn thuộc lĩnh vực đất đai, phường đã thực hiện xin lỗi người dân bằng văn bản
và hẹn lại thời gian trả kết quả.

Trong tháng, phường tổ chức 02 đợt hướng dẫn người dân sử dụng tài khoản định danh điện tử
để nộp hồ sơ trực tuyến tại các khóm.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""
    for ind, occ in [("received_total", "rec"), ("received_online", "on"), ("received_offline", "off"),
                     ("received_carried_over", "carry"), ("resolved_total", "res"), ("resolved_early", "early"),
                     ("resolved_on_time", "ontime"), ("resolved_late", "late"), ("pending_total", "pend"),
                     ("pending_on_time", "pin"), ("pending_late", "plate")]:
        r.fact("count", ind, "self", occ)
    r.nf("02 đợt", "count_of_things")
    r.plant("rec", "swap", 1, True)
    return r


@report
def t35():
    r = Report("T35", "quarterly_report", "2025-10-02", "Tỉnh Quảng Ngãi")
    rows = [("tp", "Sở Tư pháp", 3416, 3120), ("xd", "Sở Xây dựng", 1208, 1013),
            ("nn", "Sở Nông nghiệp và Môi trường", 5372, 4688), ("yt", "Sở Y tế", 947, 861)]
    for k, _, m, n in rows:
        r.n(f"{k}_m", m); r.n(f"{k}_n", n)
        r.r(f"{k}_p", f"{k}_n", f"{k}_m")
    r.n("s_m", sum(x[2] for x in rows)); r.n("s_n", sum(x[3] for x in rows))
    r.total("s_m", [f"{k}_m" for k, *_ in rows]); r.total("s_n", [f"{k}_n" for k, *_ in rows])
    r.r("s_p", "s_n", "s_m")
    r.template = """VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
Số: 256/BC-VP
Quảng Ngãi, ngày 02 tháng 10 năm 2025

BÁO CÁO
Tỷ lệ nộp hồ sơ trực tuyến của một số sở, ngành Quý III năm 2025

Số liệu hồ sơ tiếp nhận trong kỳ (không tính hồ sơ kỳ trước chuyển sang):

  Đơn vị                          Tiếp nhận   Trực tuyến   Tỷ lệ (%)
  Sở Tư pháp                        {tp_m}       {tp_n}       {tp_p}
  Sở Xây dựng                       {xd_m}       {xd_n}       {xd_p}
  Sở Nông nghiệp và Môi trường      {nn_m}       {nn_n}       {nn_p}
  Sở Y tế                             {yt_m}         {yt_n}       {yt_p}
  Cộng                             {s_m}      {s_n}      {s_p}

Nhận xét: Sở Xây dựng và Sở Y tế có tỷ lệ thấp hơn mức bình quân; nguyên nhân chủ yếu
là nhiều hồ sơ cấp chứng chỉ hành nghề còn yêu cầu nộp bản giấy để đối chiếu.
Văn phòng UBND tỉnh đề nghị các sở rà soát quy trình nội bộ, bảo đảm tiếp nhận hồ sơ điện tử
thay cho bản giấy theo quy định.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Các sở có tên tại bảng;
- Lưu: VT.
"""
    for k, name, *_ in rows:
        r.fact("count", "received_total", f"unit:{name}", f"{k}_m")
        r.fact("count", "received_online", f"unit:{name}", f"{k}_n")
        r.fact("rate", "online_submission", f"unit:{name}", f"{k}_p", f"{k}_n", f"{k}_m")
    r.fact("count", "received_total", "departments", "s_m")
    r.fact("count", "received_online", "departments", "s_n")
    r.fact("rate", "online_submission", "departments", "s_p", "s_n", "s_m")
    r.plant("xd_n", "copy", "tp_n", True)
    return r


@report
def t36():
    r = Report("T36", "news_article", "2025-11-18", "Tỉnh Thái Nguyên")
    from decimal import Decimal
    parts = {"s_pub": "17,90", "s_prog": "19,45", "s_osv": "11,20", "s_pay": "9,60", "s_sat": "17,75", "s_dig": "12,55"}
    for k, v in parts.items():
        r.dval(k, v.replace(",", "."))
    r.dval("s_tot", sum(Decimal(v.replace(",", ".")) for v in parts.values()))
    r.total("s_tot", list(parts), kind="score")
    r.template = """Xã Đồng Hỷ dẫn đầu tỉnh về chất lượng phục vụ người dân tháng 10

(Báo Thái Nguyên) - Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ
công quốc gia, tháng 10/2025 xã Đồng Hỷ đạt {s_tot} điểm, cao nhất trong các xã, phường của tỉnh.

Cụ thể, xã đạt {s_pub} điểm về công khai, minh bạch; {s_prog} điểm về tiến độ giải quyết;
{s_osv} điểm về dịch vụ công trực tuyến; {s_pay} điểm về thanh toán trực tuyến; {s_sat} điểm
về mức độ hài lòng và {s_dig} điểm về số hóa hồ sơ.

Ông Hoàng Văn Minh, Chủ tịch UBND xã, cho biết xã giao chỉ tiêu cụ thể cho từng công chức
và theo dõi hằng ngày trên hệ thống, hồ sơ nào sắp đến hạn đều được nhắc việc.

"Với {s_tot@2} điểm, chúng tôi vẫn còn dư địa ở nhóm số hóa hồ sơ, sẽ phấn đấu nâng lên
trong tháng tới", ông Minh nói.

Phương Linh
"""
    for ind, occ in [("index_766_total", "s_tot"), ("index_766_publicity", "s_pub"), ("index_766_progress", "s_prog"),
                     ("index_766_online_service", "s_osv"), ("index_766_online_payment", "s_pay"),
                     ("index_766_satisfaction", "s_sat"), ("index_766_digitization", "s_dig"),
                     ("index_766_total", "s_tot@2")]:
        r.fact("score", ind, "self", occ)
    r.plant("s_tot@2", "separator", 1, True)
    return r


@report
def t37():
    r = Report("T37", "weekly_notice", "2025-12-12", "Tỉnh Nghệ An")
    r.n("rec", 21906); r.n("on", 17342); r.n("off", 4564)
    r.total("rec", ["on", "off"])
    r.r("p_on", "on", "rec")
    r.n("res", 20587); r.n("in", 20311); r.n("late", 276)
    r.total("res", ["in", "late"])
    r.r("p_in", "in", "res")
    r.template = """ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
VĂN PHÒNG
Số: 188/TB-VPUB
Nghệ An, ngày 12 tháng 12 năm 2025

THÔNG BÁO
Một số chỉ tiêu giải quyết thủ tục hành chính tuần 50 năm 2025

1. Tiếp nhận trong tuần: {rec} hồ sơ; trong đó trực tuyến {on} hồ sơ, trực tiếp {off} hồ sơ.
   Tỷ lệ nộp hồ sơ trực tuyến đạt {p_on}% (chỉ tiêu ≥ 80%).
2. Đã giải quyết: {res} hồ sơ; trước hạn, đúng hạn {in} hồ sơ; quá hạn {late} hồ sơ.
   Tỷ lệ giải quyết trước hạn, đúng hạn đạt {p_in}%.

Văn phòng UBND tỉnh đề nghị các đơn vị tiếp tục đôn đốc giải quyết hồ sơ tồn đọng,
chú trọng các lĩnh vực có nhiều hồ sơ quá hạn như đất đai, tài nguyên và môi trường;
kết quả thực hiện được công bố công khai trên Cổng thông tin điện tử tỉnh vào thứ Sáu
hằng tuần.

Nơi nhận:
- Thường trực UBND tỉnh;
- Các sở, ban, ngành; UBND các xã, phường;
- Lưu: VT.
"""
    r.fact("count", "received_total", "city", "rec")
    r.fact("count", "received_online", "city", "on")
    r.fact("count", "received_offline", "city", "off")
    r.fact("rate", "online_submission", "city", "p_on", "on", "rec")
    r.fact("count", "resolved_total", "city", "res")
    r.fact("count", "resolved_in_time", "city", "in")
    r.fact("count", "resolved_late", "city", "late")
    r.fact("rate", "resolved_on_time", "city", "p_in", "in", "res")
    r.nf("≥ 80%", "bound")
    return r


@report
def t38():
    r = Report("T38", "portal_stats", "2025-10-20", "Thành phố Đà Nẵng")
    r.n("d_rec", 6215); r.n("d_on", 5389)
    r.n("c_rec", 30174); r.n("c_on", 27866)
    r.n("t_rec", 6215 + 30174); r.n("t_on", 5389 + 27866)
    r.total("t_rec", ["d_rec", "c_rec"]); r.total("t_on", ["d_on", "c_on"])
    r.r("p_d", "d_on", "d_rec", d=1); r.r("p_c", "c_on", "c_rec", d=1); r.r("p_t", "t_on", "t_rec", d=1)
    r.template = """CỔNG DỊCH VỤ CÔNG THÀNH PHỐ ĐÀ NẴNG
THỐNG KÊ HỒ SƠ TRỰC TUYẾN
Kỳ thống kê: tháng 9/2025 - Cập nhật 20/10/2025

Đơn vị                        | Hồ sơ tiếp nhận | Nộp trực tuyến | Tỷ lệ
Khối sở, ban, ngành           | {d_rec}           | {d_on}          | {p_d}%
Khối xã, phường, đặc khu      | {c_rec}          | {c_on}         | {p_c}%
Toàn thành phố                | {t_rec}          | {t_on}         | {p_t}%

Cách tính: Tỷ lệ = Nộp trực tuyến / Hồ sơ tiếp nhận trong kỳ (không gồm hồ sơ tồn kỳ trước).

Thông tin hỗ trợ:
- Tổng đài hỗ trợ dịch vụ công: 1022 (nhánh 2);
- Hướng dẫn nộp hồ sơ trực tuyến: mục "Hướng dẫn" trên trang chủ Cổng dịch vụ công;
- Phản ánh sai lệch số liệu: gửi về Trung tâm Phục vụ hành chính công thành phố.

Số liệu được tổng hợp tự động từ Hệ thống thông tin giải quyết thủ tục hành chính
của thành phố; các đơn vị có trách nhiệm cập nhật đầy đủ trạng thái hồ sơ.
"""
    r.fact("count", "received_total", "departments", "d_rec")
    r.fact("count", "received_online", "departments", "d_on")
    r.fact("rate", "online_submission", "departments", "p_d", "d_on", "d_rec")
    r.fact("count", "received_total", "communes", "c_rec")
    r.fact("count", "received_online", "communes", "c_on")
    r.fact("rate", "online_submission", "communes", "p_c", "c_on", "c_rec")
    r.fact("count", "received_total", "city", "t_rec")
    r.fact("count", "received_online", "city", "t_on")
    r.fact("rate", "online_submission", "city", "p_t", "t_on", "t_rec")
    r.nf("1022", "reference")
    return r


@report
def t39():
    r = Report("T39", "commune_report", "2025-11-03", "Tỉnh Lâm Đồng")
    r.n("fnew", 23); r.n("fcarry", 4); r.n("fres", 25); r.n("fpend", 2)
    r.balance(["fnew", "fcarry"], ["fres", "fpend"])
    r.n("ftot", 27)
    r.total("ftot", ["fnew", "fcarry"])
    r.r("p_f", "fres", "ftot", at=("fres@2", "ftot@2"))
    r.template = """ỦY BAN NHÂN DÂN PHƯỜNG TIẾN THÀNH
Số: 154/BC-UBND
Tiến Thành, ngày 03 tháng 11 năm 2025

BÁO CÁO
Kết quả xử lý phản ánh, kiến nghị và giải quyết thủ tục hành chính tháng 10 năm 2025

I. Phản ánh, kiến nghị
- Tiếp nhận mới: {fnew} phản ánh, kiến nghị; kỳ trước chuyển sang: {fcarry}; tổng số: {ftot}.
- Đã xử lý: {fres}; đang xử lý: {fpend} (trong hạn).
- Tỷ lệ phản ánh, kiến nghị được xử lý: {p_f}% ({fres@2}/{ftot@2}).

II. Giải quyết thủ tục hành chính
Bộ phận Một cửa phường tiếp tục thực hiện tốt việc tiếp nhận, trả kết quả; không có hồ sơ
quá hạn trong tháng. Phường duy trì lịch tiếp nhận hồ sơ vào sáng thứ Bảy hằng tuần.

III. Phương hướng tháng 11
Tăng cường tuyên truyền để người dân phản ánh qua ứng dụng trên điện thoại; kiểm tra việc
niêm yết công khai thủ tục hành chính tại trụ sở.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
"""
    r.fact("count", "feedback_new", "self", "fnew")
    r.fact("count", "feedback_carried_over", "self", "fcarry")
    r.fact("count", "feedback_total", "self", "ftot")
    r.fact("count", "feedback_resolved", "self", "fres")
    r.fact("count", "feedback_pending", "self", "fpend")
    r.fact("rate", "feedback_handled", "self", "p_f", "fres@2", "ftot@2")
    return r


@report
def t40():
    r = Report("T40", "quarterly_report", "2025-12-26", "Tỉnh Điện Biên")
    r.dval("dig", "82.15"); r.dval("reuse", "64.30")
    r.template = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐIỆN BIÊN
Số: 611/BC-SKHCN
Điện Biên, ngày 26 tháng 12 năm 2025

BÁO CÁO
Kết quả thực hiện chuyển đổi số trong giải quyết thủ tục hành chính năm 2025

1. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
Năm 2025, tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính của toàn tỉnh đạt {dig}%.
Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt {reuse}%, thấp hơn chỉ tiêu giao
do nhiều kho dữ liệu của các xã mới sắp xếp chưa được đồng bộ.

2. Tổng hợp chỉ tiêu
   - Tỷ lệ số hóa hồ sơ: {dig@2}%;
   - Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa: {reuse@2}%.

3. Giải pháp
Hoàn thiện kết nối kho dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia
với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh trong Quý I năm 2026.

Nơi nhận:
- UBND tỉnh;
- Văn phòng UBND tỉnh;
- Lưu: VT.
"""
    r.fact("rate", "digitization", "city", "dig")
    r.fact("rate", "digital_reuse", "city", "reuse")
    r.fact("rate", "digitization", "city", "dig@2")
    r.fact("rate", "digital_reuse", "city", "reuse@2")
    r.plant("reuse@2", "copy", "dig@2", False)
    return r


# =============================================================== main
def main(argv):
    if "--check" not in argv:
        for fn in REPORTS:
            fn().write(HERE)
        print(f"wrote {len(REPORTS)} reports")
        return 0
    bad = 0
    counts = {"determined": 0, "undetermined": 0, "clean": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for fn in REPORTS:
            r = fn()
            r.write(tmp)
            errs = r.check()
            for ext in (".txt", ".truth.json"):
                a = (Path(tmp) / (r.name + ext)).read_text("utf-8")
                b = HERE / (r.name + ext)
                if not b.exists() or b.read_text("utf-8") != a:
                    errs.append(f"{r.name}{ext} differs from what build.py makes")
            lines = len(r.text().strip().splitlines())
            if not 15 <= lines <= 30:
                errs.append(f"{lines} lines")
            occ = r.occurrences()
            if len(occ) != len(set(occ)):
                errs.append("an occurrence id is written twice")
            t = r.truth()
            if t["suggestion"] and t["suggestion"]["text"] not in r.text():
                errs.append("suggestion text not in the report")
            if t["suggestion"] and not t["suggestion"]["determined"] and t["suggestion"]["note"].endswith(": "):
                errs.append("undetermined note lists no other figure")
            counts["clean" if not r.slip else ("determined" if r.determined else "undetermined")] += 1
            for e in errs:
                print(f"{r.name}: {e}")
            bad += bool(errs)
    print(f"{len(REPORTS)} reports: {counts}; {'OK' if not bad else f'{bad} with problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
