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
    r.r("p_f", "fres", "ftot")
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
            if r.slip and r.slip[1] != "copy" and r.written()[r.slip[0]] in r.text(slipped=False):
                pass
            t = r.truth()
            if t["suggestion"] and t["suggestion"]["text"] not in r.text():
                errs.append("suggestion text not in the report")
            counts["clean" if not r.slip else ("determined" if r.determined else "undetermined")] += 1
            for e in errs:
                print(f"{r.name}: {e}")
            bad += bool(errs)
    print(f"{len(REPORTS)} reports: {counts}; {'OK' if not bad else f'{bad} with problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
