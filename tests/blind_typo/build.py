"""Build the blind typo set (issue 16): python3 tests/blind_typo/build.py

Every report below holds its TRUE figures; the text is written from a template; at most one
figure's text is changed by a planted keyboard slip. `lib.Report.check` asserts that every
identity the text states holds with the true figures, that the slip breaks at least one, and
whether the other statements determine the slipped figure (no other single figure can be
replaced so that every identity holds) — as each report's `expect` says.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lib import B, D, pct, slip  # noqa: E402

REPORTS = []


def report(fn):
    REPORTS.append(fn)
    return fn


# ------------------------------------------------------------------ T01
@report
def t01():
    """Province, quarterly report (Hà Tĩnh, Q2/2024): totals, three levels, balance, shares."""
    b = B()
    lv = {"1": ("departments", 412, 9876, 2105, 11902, 56),
          "2": ("districts", 655, 10432, 6318, 16540, 231),
          "3": ("communes", 301, 21560, 14227, 35644, 58)}
    for k, (subj, c, on, off, it, late) in lv.items():
        b.cnt("C" + k, c, "received_carried_over", subj)
        b.cnt("ON" + k, on, "received_online", subj)
        b.cnt("OFF" + k, off, "received_offline", subj)
        b.tot("R" + k, ["C" + k, "ON" + k, "OFF" + k], "received_total", subj)
        b.cnt("IT" + k, it, "resolved_in_time", subj)
        b.cnt("L" + k, late, "resolved_late", subj)
        b.tot("S" + k, ["IT" + k, "L" + k], "resolved_total", subj)
        b.cnt("P" + k, b.v["R" + k] - b.v["S" + k], "pending_total", subj)
        b.ident("bal", ["R" + k], ["S" + k, "P" + k])
    for x, ind in [("R", "received_total"), ("C", "received_carried_over"), ("ON", "received_online"),
                   ("OFF", "received_offline"), ("S", "resolved_total"), ("IT", "resolved_in_time"),
                   ("L", "resolved_late"), ("P", "pending_total")]:
        b.tot(x, [x + "1", x + "2", x + "3"], ind, "city")
    b.ident("sum", "R", ["C", "ON", "OFF"])
    b.ident("sum", "S", ["IT", "L"])
    b.ident("bal", ["R"], ["S", "P"])
    b.rate("pON", "ON", ["ON", "OFF"], "online_submission", "city", xy=False)
    b.rate("pIT", "IT", "S", "resolved_on_time", "city")
    b.rate("pL", "L", "S", "resolved_late", "city")
    b.ident("comp", ["pIT", "pL"])
    b.rep("pITs", "pIT")
    text = """ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 214/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 18 tháng 6 năm 2024

BÁO CÁO
Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính,
thực hiện cơ chế một cửa, một cửa liên thông quý II năm 2024
(Số liệu từ ngày 15/3/2024 đến ngày 14/6/2024)

Kính gửi: Văn phòng Chính phủ (Cục Kiểm soát thủ tục hành chính).

Thực hiện Thông tư số 01/2020/TT-VPCP ngày 21/10/2020 của Văn phòng Chính phủ, Ủy ban
nhân dân tỉnh Hà Tĩnh báo cáo như sau:

I. KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH
1. Tiếp nhận
Trong kỳ, các cơ quan hành chính ba cấp của tỉnh tiếp nhận tổng cộng {R} hồ sơ; trong đó
{C} hồ sơ từ kỳ trước chuyển sang, {ON} hồ sơ nộp trực tuyến và {OFF} hồ sơ nộp trực tiếp,
qua dịch vụ bưu chính công ích. Tỷ lệ nộp hồ sơ trực tuyến đạt {pON}% trên tổng số hồ sơ tiếp nhận mới
trong kỳ, tăng 4,6% so với quý I năm 2024.

2. Giải quyết
Đã giải quyết {S} hồ sơ, trong đó đúng hạn và trước hạn {IT} hồ sơ, chiếm tỷ lệ {pIT}%;
quá hạn {L} hồ sơ, chiếm tỷ lệ {pL}%. Số hồ sơ đang giải quyết chuyển kỳ sau là {P} hồ sơ.

3. Chia theo từng cấp
a) Cấp tỉnh (các sở, ban, ngành): tiếp nhận {R1} hồ sơ (kỳ trước chuyển sang {C1}; trực
tuyến {ON1}; trực tiếp và bưu chính {OFF1}); đã giải quyết {S1} hồ sơ, gồm {IT1} hồ sơ
đúng hạn và {L1} hồ sơ quá hạn; đang giải quyết {P1} hồ sơ.
b) Cấp huyện: tiếp nhận {R2} hồ sơ (kỳ trước chuyển sang {C2}; trực tuyến {ON2}; trực
tiếp và bưu chính {OFF2}); đã giải quyết {S2} hồ sơ, gồm {IT2} hồ sơ đúng hạn và {L2} hồ
sơ quá hạn; đang giải quyết {P2} hồ sơ.
c) Cấp xã: tiếp nhận {R3} hồ sơ (kỳ trước chuyển sang {C3}; trực tuyến {ON3}; trực tiếp
và bưu chính {OFF3}); đã giải quyết {S3} hồ sơ, gồm {IT3} hồ sơ đúng hạn và {L3} hồ sơ
quá hạn; đang giải quyết {P3} hồ sơ.

II. ĐÁNH GIÁ CHUNG
Tỷ lệ giải quyết hồ sơ đúng hạn toàn tỉnh đạt {pITs}%, vượt chỉ tiêu 95% được giao. Hồ
sơ quá hạn tập trung ở các lĩnh vực đất đai, xây dựng; Ủy ban nhân dân tỉnh đã yêu cầu
các cơ quan có hồ sơ quá hạn thực hiện xin lỗi tổ chức, công dân theo quy định.

III. NHIỆM VỤ QUÝ III NĂM 2024
Phấn đấu tỷ lệ nộp hồ sơ trực tuyến đạt trên 65%; không để phát sinh hồ sơ quá hạn
ở cấp xã.

Nơi nhận:
- Như trên;
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hồng Lĩnh
"""
    nf = [("214/BC-UBND", "reference"), ("01/2020/TT-VPCP", "reference"), ("15/3/2024", "date"),
          ("14/6/2024", "date"), ("tăng 4,6%", "change"), ("chỉ tiêu 95%", "target"),
          ("trên 65%", "target")]
    return b.report("T01", "quarterly_report", "2024-06-18", "Tỉnh Hà Tĩnh", text, nf,
                    slip("L2", "213", "swap",
                         "District late count: 16.540 + 231 = 16.771 (district resolved) and "
                         "56 + 231 + 58 = 345 (province late); 213 breaks both."),
                    "determined")


# ------------------------------------------------------------------ T02
@report
def t02():
    """Province weekly notice (Nghệ An, week 23/2024): per-level rates with x/y, city totals."""
    b = B()
    lv = {"1": ("departments", 2341, 2712, 2205, 2187),
          "2": ("districts", 1958, 3104, 2876, 2801),
          "3": ("communes", 4410, 6231, 6002, 5979)}
    for k, (subj, on, r, s, it) in lv.items():
        b.cnt("ON" + k, on, "received_online", subj)
        b.cnt("R" + k, r, "received_total", subj)
        b.cnt("S" + k, s, "resolved_total", subj)
        b.cnt("IT" + k, it, "resolved_in_time", subj)
    for x, ind in [("R", "received_total"), ("ON", "received_online"), ("S", "resolved_total"),
                   ("IT", "resolved_in_time")]:
        b.tot(x, [x + "1", x + "2", x + "3"], ind, "city")
    b.cnt("L", b.v["S"] - b.v["IT"], "resolved_late", "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pON", "ON", "R", "online_submission", "city")
    b.rate("pIT", "IT", "S", "resolved_on_time", "city")
    b.rate("pL", "L", "S", "resolved_late", "city")
    b.ident("comp", ["pIT", "pL"])
    for k, (subj, *_r) in lv.items():
        b.rep("ONx" + k, "ON" + k)
        b.rep("Rx" + k, "R" + k)
        b.rate("pON" + k, "ONx" + k, "Rx" + k, "online_submission", subj)
        b.rep("ITx" + k, "IT" + k)
        b.rep("Sx" + k, "S" + k)
        b.rate("pIT" + k, "ITx" + k, "Sx" + k, "resolved_on_time", subj)
    text = """UBND TỈNH NGHỆ AN
VĂN PHÒNG
Số: 96/TB-VPUB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghệ An, ngày 10 tháng 6 năm 2024

THÔNG BÁO
Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tuần 23 năm 2024
(từ ngày 31/5/2024 đến ngày 06/6/2024)

Căn cứ dữ liệu trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh, Văn phòng
UBND tỉnh thông báo kết quả tuần 23 như sau:

1. Kết quả chung toàn tỉnh
Trong tuần, toàn tỉnh tiếp nhận {R} hồ sơ, trong đó {ON} hồ sơ nộp trực tuyến, đạt tỷ lệ
{pON}%. Đã giải quyết {S} hồ sơ; đúng hạn {IT} hồ sơ ({pIT}%), quá hạn {L} hồ sơ
({pL}%).

2. Kết quả theo khối
2.1. Khối sở, ban, ngành: tiếp nhận {R1} hồ sơ (trực tuyến {ON1}); giải quyết {S1} hồ sơ,
trong đó đúng hạn {IT1} hồ sơ.
2.2. Khối UBND các huyện, thành phố, thị xã: tiếp nhận {R2} hồ sơ (trực tuyến {ON2});
giải quyết {S2} hồ sơ, trong đó đúng hạn {IT2} hồ sơ.
2.3. Khối UBND các xã, phường, thị trấn: tiếp nhận {R3} hồ sơ (trực tuyến {ON3}); giải
quyết {S3} hồ sơ, trong đó đúng hạn {IT3} hồ sơ.

3. Tỷ lệ theo khối
- Tỷ lệ nộp hồ sơ trực tuyến: khối sở, ngành {pON1}% ({ONx1}/{Rx1} hồ sơ); cấp huyện
{pON2}% ({ONx2}/{Rx2} hồ sơ); cấp xã {pON3}% ({ONx3}/{Rx3} hồ sơ).
- Tỷ lệ giải quyết đúng hạn: khối sở, ngành {pIT1}% ({ITx1}/{Sx1} hồ sơ); cấp huyện
{pIT2}% ({ITx2}/{Sx2} hồ sơ); cấp xã {pIT3}% ({ITx3}/{Sx3} hồ sơ).

4. Đề nghị
Các đơn vị có tỷ lệ nộp trực tuyến dưới 50% rà soát, hướng dẫn người dân nộp hồ sơ qua
Cổng Dịch vụ công quốc gia; giải quyết dứt điểm hồ sơ quá hạn trước ngày 14/6/2024.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành; UBND các huyện, thành phố, thị xã;
- Lưu: VT, TTPVHCC.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Hoàng Văn Tuấn
"""
    nf = [("96/TB-VPUB", "reference"), ("31/5/2024", "date"), ("06/6/2024", "date"),
          ("dưới 50%", "bound"), ("14/6/2024", "date")]
    return b.report("T02", "weekly_notice", "2024-06-10", "Tỉnh Nghệ An", text, nf,
                    slip("pIT", "98,92", "digit",
                         "City on-time rate: 10.967/11.083 is 98,95% and 98,95 + 1,05 = 100; "
                         "98,92 breaks the ratio and the complement, while 10.967 and 11.083 are "
                         "each the sum of the three blocks."),
                    "determined")


# ------------------------------------------------------------------ T03
@report
def t03():
    """Commune monthly report (Xã Cẩm Thạch, Cẩm Xuyên, Hà Tĩnh, April 2024): small counts."""
    b = B()
    b.cnt("C", 9, "received_carried_over", "self", style="lz")
    b.cnt("ON", 187, "received_online", "self")
    b.cnt("OFF", 116, "received_offline", "self")
    b.tot("R", ["C", "ON", "OFF"], "received_total", "self")
    b.rate("pON", "ON", ["ON", "OFF"], "online_submission", "self", xy=False)
    b.cnt("E", 241, "resolved_early", "self")
    b.cnt("O", 55, "resolved_on_time", "self")
    b.cnt("L", 2, "resolved_late", "self", style="lz")
    b.tot("S", ["E", "O", "L"], "resolved_total", "self")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    b.rate("pIT", ["E", "O"], "S", "resolved_on_time", "self", xy=False)
    b.rep("Rs", "R")
    b.rep("Ss", "S")
    text = """ỦY BAN NHÂN DÂN
XÃ CẨM THẠCH
Số: 41/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cẩm Thạch, ngày 22 tháng 4 năm 2024

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tại Bộ phận Một cửa xã tháng 4 năm 2024

Kính gửi: Ủy ban nhân dân huyện Cẩm Xuyên.

Thực hiện chế độ báo cáo định kỳ, UBND xã Cẩm Thạch báo cáo kết quả tiếp nhận và giải
quyết hồ sơ thủ tục hành chính tháng 4 năm 2024 (từ ngày 15/3/2024 đến ngày 14/4/2024)
như sau:

1. Tiếp nhận hồ sơ
Tổng số hồ sơ tiếp nhận: {R} hồ sơ. Cụ thể:
- Hồ sơ tồn kỳ trước chuyển sang: {C} hồ sơ;
- Hồ sơ nộp trực tuyến: {ON} hồ sơ;
- Hồ sơ nộp trực tiếp tại Bộ phận Một cửa: {OFF} hồ sơ.
Tỷ lệ hồ sơ nộp trực tuyến trên số hồ sơ tiếp nhận mới đạt {pON}%.

2. Giải quyết hồ sơ
Đã giải quyết {S} hồ sơ, trong đó:
+ Trước hạn: {E} hồ sơ;
+ Đúng hạn: {O} hồ sơ;
+ Quá hạn: {L} hồ sơ (lĩnh vực đất đai, do phải xác minh nguồn gốc đất).
Tỷ lệ giải quyết trước hạn và đúng hạn đạt {pIT}%.
- Hồ sơ đang giải quyết, chưa đến hạn trả kết quả: {P} hồ sơ.

3. Đánh giá
Tháng 4, Bộ phận Một cửa xã tiếp nhận {Rs} hồ sơ và đã trả kết quả {Ss} hồ sơ; công chức
một cửa đã hướng dẫn 37 lượt công dân tạo tài khoản định danh điện tử để nộp hồ sơ trực
tuyến. Trong tháng không có phản ánh, kiến nghị về thủ tục hành chính.

Nơi nhận:
- UBND huyện Cẩm Xuyên;
- Văn phòng HĐND và UBND huyện;
- Lưu: VP.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Phan Đình Thắng
"""
    nf = [("41/BC-UBND", "reference"), ("15/3/2024", "date"), ("14/4/2024", "date"),
          ("37 lượt công dân", "count_of_things")]
    return b.report("T03", "commune_report", "2024-04-22", "Tỉnh Hà Tĩnh", text, nf,
                    slip("ON", "1887", "double",
                         "Online count: 09 + 187 + 116 = 312 (received), and 187/(187+116) is "
                         "61,72%; 1887 breaks both (received stated again in the summary)."),
                    "determined")


# ------------------------------------------------------------------ T04
@report
def t04():
    """News article (Bình Định, Q3/2024) with a headline that repeats the on-time rate."""
    b = B()
    b.cnt("R", 96418, "received_total", "city")
    b.cnt("ON", 58207, "received_online", "city")
    b.rate("pON", "ON", "R", "received_online_share", "city")
    b.cnt("S", 91377, "resolved_total", "city")
    b.cnt("IT", 90117, "resolved_in_time", "city")
    b.cnt("L", 1260, "resolved_late", "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pIT", "IT", "S", "resolved_on_time", "city")
    b.rep("pITh", "pIT")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "city")
    b.ident("bal", ["R"], ["S", "P"])
    b.cnt("S1", 24608, "resolved_total", "departments")
    b.cnt("L1", 433, "resolved_late", "departments")
    b.cnt("S2", 31540, "resolved_total", "districts")
    b.cnt("L2", 702, "resolved_late", "districts")
    b.cnt("S3", b.v["S"] - 24608 - 31540, "resolved_total", "communes")
    b.cnt("L3", b.v["L"] - 433 - 702, "resolved_late", "communes")
    b.ident("sum", "S", ["S1", "S2", "S3"])
    b.ident("sum", "L", ["L1", "L2", "L3"])
    text = """Bình Định: {pITh}% hồ sơ thủ tục hành chính quý III được giải quyết đúng hạn

(BĐ) - Theo báo cáo của UBND tỉnh về công tác cải cách thủ tục hành chính quý III năm 2024
(từ ngày 15/6 đến ngày 14/9/2024), các cơ quan, địa phương trong tỉnh đã tiếp nhận {R}
hồ sơ, trong đó có {ON} hồ sơ trực tuyến, chiếm {pON}% tổng số hồ sơ tiếp nhận.

Số hồ sơ đã giải quyết là {S} hồ sơ. Trong số này, {IT} hồ sơ được trả kết quả đúng và
trước hạn, đạt tỷ lệ {pIT}%; {L} hồ sơ trễ hạn, giảm gần 300 hồ sơ so với quý trước. Hiện
còn {P} hồ sơ đang trong quá trình giải quyết.

Xét theo từng cấp, các sở, ngành giải quyết {S1} hồ sơ, có {L1} hồ sơ trễ hạn; UBND cấp
huyện giải quyết {S2} hồ sơ, trễ hạn {L2} hồ sơ; cấp xã giải quyết {S3} hồ sơ, trễ hạn
{L3} hồ sơ. Lãnh đạo tỉnh yêu cầu các đơn vị có hồ sơ trễ hạn phải công khai xin lỗi và
phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt trên 70%.

Thanh Hà
"""
    nf = [("15/6", "date"), ("14/9/2024", "date"), ("gần 300 hồ sơ", "change"),
          ("trên 70%", "target")]
    return b.report("T04", "news_article", "2024-09-24", "Tỉnh Bình Định", text, nf,
                    slip("pIT", "9,862", "separator",
                         "The body's on-time rate: 90.117/91.377 is 98,62%, as the headline says; "
                         "'9,862%' (decimal comma moved) breaks the ratio and the repetition."),
                    "determined")


# ------------------------------------------------------------------ T05
@report
def t05():
    """Portal statistics text (Đồng Tháp one-stop portal, 2023): bare integers, portal columns.
    The slip copies the resolved-late figure into the pending-late line right below it."""
    b = B()
    st = "plain"
    b.cnt("R", 38412, "received_total", "city", scope="trong kỳ", style=st)
    b.cnt("C", 1275, "received_carried_over", "city", style=st)
    b.tot("CX", ["R", "C"], "received_total", "city", style=st)
    b.cnt("ES", 36020, "resolved_in_time", "city", style=st)
    b.cnt("EL", 388, "resolved_late", "city", style=st)
    b.tot("EX", ["ES", "EL"], "resolved_total", "city", style=st)
    b.cnt("PO", 3197, "pending_on_time", "city", style=st)
    b.cnt("PL", b.v["CX"] - b.v["EX"] - 3197, "pending_late", "city", style=st)
    b.tot("PX", ["PO", "PL"], "pending_total", "city", style=st)
    b.ident("bal", ["CX"], ["EX", "PX"])
    b.rate("pES", "ES", "EX", "resolved_on_time", "city", xy=False)
    b.rate("pEL", "EL", "EX", "resolved_late", "city", xy=False)
    b.ident("comp", ["pES", "pEL"])
    text = """CỔNG DỊCH VỤ CÔNG TỈNH ĐỒNG THÁP
Thống kê tình hình xử lý hồ sơ
Kỳ thống kê: Tháng 10/2023 (từ 01/10/2023 đến 31/10/2023)
Đơn vị: Toàn tỉnh

Đã tiếp nhận: {R}
Tồn kỳ trước: {C}
Cần xử lý: {CX}
Đã xử lý: {EX}
   Sớm (trước hạn và đúng hạn): {ES}
   Trễ: {EL}
Đang xử lý: {PX}
   Trễ: {PL}
   Chưa đến hạn: {PO}
Tỉ lệ đúng hạn (trên số đã xử lý): {pES}%
Tỉ lệ trễ hạn (trên số đã xử lý): {pEL}%

Ghi chú: Cần xử lý = Đã tiếp nhận + Tồn kỳ trước. Số liệu cập nhật tự động lúc 08:00
ngày 01/11/2023.
"""
    nf = [("01/10/2023", "date"), ("31/10/2023", "date"), ("01/11/2023", "date")]
    return b.report("T05", "portal_stats", "2023-11-01", "Tỉnh Đồng Tháp", text, nf,
                    slip("PL", "388", "copy",
                         "Pending late shows the resolved-late figure of the line above: 388 + 3197 "
                         "is not Đang xử lý 3279 (the balance 39687 = 36408 + 3279 still holds). "
                         "Either pending part restores the sum, since neither appears elsewhere."),
                    "undetermined")

# ------------------------------------------------------------------ T06
@report
def t06():
    """District quarterly report (Huyện Diễn Châu, Nghệ An, Q1/2024): district and commune levels,
    early / on time / late each with its share."""
    b = B()
    lv = {"1": ("self", "cấp huyện", 167, 2118, 1620, 1904, 1733, 75),
          "2": ("communes", None, 117, 8512, 5601, 9870, 4150, 26)}
    for k, (subj, sc, c, on, off, e, o, late) in lv.items():
        b.cnt("C" + k, c, "received_carried_over", subj, sc)
        b.cnt("ON" + k, on, "received_online", subj, sc)
        b.cnt("OFF" + k, off, "received_offline", subj, sc)
        b.tot("R" + k, ["C" + k, "ON" + k, "OFF" + k], "received_total", subj, sc)
        b.cnt("E" + k, e, "resolved_early", subj, sc)
        b.cnt("O" + k, o, "resolved_on_time", subj, sc)
        b.cnt("L" + k, late, "resolved_late", subj, sc)
        b.tot("S" + k, ["E" + k, "O" + k, "L" + k], "resolved_total", subj, sc)
        b.cnt("P" + k, b.v["R" + k] - b.v["S" + k], "pending_total", subj, sc)
        b.ident("bal", ["R" + k], ["S" + k, "P" + k])
    for x, ind in [("R", "received_total"), ("S", "resolved_total"), ("E", "resolved_early"),
                   ("O", "resolved_on_time"), ("L", "resolved_late"), ("P", "pending_total")]:
        b.tot(x, [x + "1", x + "2"], ind, "self")
    b.ident("sum", "S", ["E", "O", "L"])
    b.ident("bal", ["R"], ["S", "P"])
    b.rate("pE", "E", "S", "other", "self")
    b.rate("pO", "O", "S", "other", "self")
    b.rate("pL", "L", "S", "resolved_late", "self")
    b.ident("comp", ["pE", "pO", "pL"])
    text = """ỦY BAN NHÂN DÂN
HUYỆN DIỄN CHÂU
Số: 118/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Diễn Châu, ngày 20 tháng 3 năm 2024

BÁO CÁO
Công tác kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông
quý I năm 2024

Ủy ban nhân dân huyện Diễn Châu báo cáo kết quả quý I năm 2024 (từ ngày 15/12/2023 đến
ngày 14/3/2024) như sau:

1. Kết quả giải quyết hồ sơ trên địa bàn huyện
Toàn huyện tiếp nhận {R} hồ sơ và đã giải quyết {S} hồ sơ, trong đó trước hạn {E} hồ sơ,
chiếm {pE}%; đúng hạn {O} hồ sơ, chiếm {pO}%; quá hạn {L} hồ sơ, chiếm {pL}%. Còn {P}
hồ sơ đang giải quyết.

2. Tại Bộ phận Một cửa huyện
Ở cấp huyện, số hồ sơ tiếp nhận là {R1} hồ sơ, gồm {C1} hồ sơ kỳ trước chuyển qua, {ON1}
hồ sơ trực tuyến và {OFF1} hồ sơ trực tiếp, bưu chính. Đã giải quyết {S1} hồ sơ: trước
hạn {E1}, đúng hạn {O1}, quá hạn {L1} (chủ yếu lĩnh vực đất đai). Đang giải quyết {P1}
hồ sơ.

3. Tại Bộ phận Một cửa các xã, thị trấn
Đối với cấp xã, 32 xã, thị trấn tiếp nhận {R2} hồ sơ, gồm {C2} hồ sơ kỳ trước chuyển
qua, {ON2} hồ sơ trực tuyến và {OFF2} hồ sơ trực tiếp. Đã giải quyết {S2} hồ sơ: trước
hạn {E2}, đúng hạn {O2}, quá hạn {L2}. Đang giải quyết {P2} hồ sơ. Các xã có số hồ sơ
tiếp nhận nhiều nhất là xã Diễn Kim, xã Diễn Thịnh, thị trấn Diễn Thành.

4. Phương hướng quý II năm 2024
Tiếp tục nâng tỷ lệ hồ sơ trực tuyến; phấn đấu không còn hồ sơ quá hạn ở cấp xã.

Nơi nhận:
- UBND tỉnh (qua Văn phòng UBND tỉnh);
- TT Huyện ủy, TT HĐND huyện;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Quang
"""
    nf = [("118/BC-UBND", "reference"), ("15/12/2023", "date"), ("14/3/2024", "date"),
          ("32 xã, thị trấn", "count_of_things")]
    return b.report("T06", "quarterly_report", "2024-03-20", "Tỉnh Nghệ An", text, nf,
                    slip("E1", "194", "drop",
                         "District-level early count: 1.904 + 1.733 + 75 = 3.712 (district resolved) "
                         "and 1.904 + 9.870 = 11.774 (whole-district early); '194' (a 0 dropped) breaks both."),
                    "determined")


# ------------------------------------------------------------------ T07
@report
def t07():
    """Province six-month report (Thanh Hóa, 2024), CLEAN: procedures by level, dossiers by level
    with x/y on-time rates, feedback balance, a summary that repeats figures."""
    b = B()
    b.cnt("T1", 1398, "procedures_total", "city", "cấp tỉnh")
    b.cnt("T2", 276, "procedures_total", "city", "cấp huyện")
    b.cnt("T3", 119, "procedures_total", "city", "cấp xã")
    b.tot("T", ["T1", "T2", "T3"], "procedures_total", "city")
    b.cnt("C", 6804, "received_carried_over", "city")
    b.cnt("ON", 301877, "received_online", "city")
    b.cnt("OFF", 172409, "received_offline", "city")
    b.tot("R", ["C", "ON", "OFF"], "received_total", "city")
    b.rate("pON", "ON", ["ON", "OFF"], "online_submission", "city", xy=False)
    lv = {"1": ("departments", 118406, 117215), "2": ("districts", 96230, 94102),
          "3": ("communes", 249718, 248977)}
    for k, (subj, s, it) in lv.items():
        b.cnt("S" + k, s, "resolved_total", subj)
        b.cnt("IT" + k, it, "resolved_in_time", subj)
        b.rate("pIT" + k, "IT" + k, "S" + k, "resolved_on_time", subj)
    b.tot("S", ["S1", "S2", "S3"], "resolved_total", "city")
    b.tot("IT", ["IT1", "IT2", "IT3"], "resolved_in_time", "city")
    b.cnt("L", b.v["S"] - b.v["IT"], "resolved_late", "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pIT", "IT", "S", "resolved_on_time", "city")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "city")
    b.ident("bal", ["R"], ["S", "P"])
    b.cnt("FN", 38, "feedback_new", "city")
    b.cnt("FC", 4, "feedback_carried_over", "city", style="lz")
    b.cnt("FR", 39, "feedback_resolved", "city")
    b.cnt("FP", 3, "feedback_pending", "city", style="lz")
    b.ident("bal", ["FN", "FC"], ["FR", "FP"])
    b.rep("Rs", "R")
    b.rep("pITs", "pIT")
    text = """ỦY BAN NHÂN DÂN
TỈNH THANH HÓA
Số: 137/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thanh Hóa, ngày 21 tháng 6 năm 2024

BÁO CÁO
Kết quả công tác cải cách thủ tục hành chính 6 tháng đầu năm 2024

I. CÔNG KHAI THỦ TỤC HÀNH CHÍNH
Đến nay, tổng số thủ tục hành chính thuộc thẩm quyền giải quyết của các cấp trên địa bàn
tỉnh là {T} thủ tục (cấp tỉnh: {T1}; cấp huyện: {T2}; cấp xã: {T3}). Trong 6 tháng, Chủ
tịch UBND tỉnh ban hành 27 quyết định công bố danh mục thủ tục hành chính.

II. TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ
1. Trong kỳ báo cáo (từ ngày 15/12/2023 đến ngày 14/6/2024), toàn tỉnh tiếp nhận {R} hồ
sơ (kỳ trước chuyển sang {C} hồ sơ; tiếp nhận mới trực tuyến {ON} hồ sơ; trực tiếp và qua
bưu chính công ích {OFF} hồ sơ). Tỷ lệ hồ sơ nộp trực tuyến trên số hồ sơ tiếp nhận mới đạt
{pON}%.
2. Đã giải quyết {S} hồ sơ, trong đó đúng hạn {IT} hồ sơ, đạt {pIT}%; quá hạn {L} hồ sơ.
Đang giải quyết {P} hồ sơ.
3. Kết quả theo cấp:
- Cấp tỉnh: giải quyết đúng hạn {IT1}/{S1} hồ sơ, đạt {pIT1}%;
- Cấp huyện: giải quyết đúng hạn {IT2}/{S2} hồ sơ, đạt {pIT2}%;
- Cấp xã: giải quyết đúng hạn {IT3}/{S3} hồ sơ, đạt {pIT3}%.

III. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ
Trong kỳ, tiếp nhận mới {FN} phản ánh, kiến nghị về quy định hành chính, cộng với {FC} phản
ánh, kiến nghị kỳ trước chuyển sang; đã xử lý xong {FR} phản ánh, kiến nghị; còn {FP} phản
ánh, kiến nghị đang xử lý trong hạn.

IV. ĐÁNH GIÁ CHUNG
Sáu tháng đầu năm 2024, các cơ quan hành chính tỉnh đã tiếp nhận {Rs} hồ sơ; tỷ lệ giải
quyết hồ sơ đúng hạn đạt {pITs}%, cao hơn cùng kỳ năm 2023 là 0,7%.

Nơi nhận:
- Văn phòng Chính phủ;
- TTr Tỉnh ủy, HĐND tỉnh;
- Lưu: VT, KSTTHC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đầu Thanh Tùng
"""
    nf = [("137/BC-UBND", "reference"), ("27 quyết định", "count_of_things"),
          ("15/12/2023", "date"), ("14/6/2024", "date"), ("0,7%", "change")]
    return b.report("T07", "quarterly_report", "2024-06-21", "Tỉnh Thanh Hóa", text, nf)


# ------------------------------------------------------------------ T08
@report
def t08():
    """News article (Tây Ninh, 2024): counts for received and online, but the on-time and late
    rates stand alone; the slip is in one of two complementary rates (not determinable)."""
    b = B()
    b.cnt("R", 152306, "received_total", "city")
    b.cnt("ON", 118947, "received_online", "city")
    b.rate("pON", "ON", "R", "received_online_share", "city")
    b.cnt("S", 147920, "resolved_total", "city")
    b.v["pIT"] = D("98.7")
    b._fact({"kind": "rate", "indicator": "resolved_on_time", "subject": "city", "var": "pIT",
             "num": None, "den": None, "scope": None})
    b.comp("pL", ["pIT"], "resolved_late", "city")
    text = """Tây Ninh: Hơn 78% hồ sơ thủ tục hành chính được nộp trực tuyến

Theo Văn phòng UBND tỉnh Tây Ninh, trong 9 tháng năm 2024 các cơ quan hành chính ba cấp
của tỉnh đã tiếp nhận {R} hồ sơ thủ tục hành chính. Trong đó, số hồ sơ nộp trực tuyến là
{ON} hồ sơ, chiếm {pON}% tổng số hồ sơ, tăng hơn 11% so với cùng kỳ năm trước.

Đến nay đã có {S} hồ sơ được giải quyết. Tỷ lệ giải quyết đúng hạn đạt {pIT}%, tỷ lệ
trễ hạn là {pL}%. Những hồ sơ trễ hạn chủ yếu thuộc lĩnh vực đất đai và xây dựng ở một
số huyện, thị xã.

Ông Nguyễn Văn Hải, Phó Chánh Văn phòng UBND tỉnh cho biết thời gian tới tỉnh tiếp tục rà
soát, cắt giảm thời gian giải quyết thủ tục hành chính, phấn đấu 100% hồ sơ được số hóa
khi tiếp nhận.

Minh Châu
"""
    nf = [("Hơn 78%", "bound"), ("hơn 11%", "change"), ("100% hồ sơ", "target")]
    return b.report("T08", "news_article", "2024-10-08", "Tỉnh Tây Ninh", text, nf,
                    slip("pL", "2,3", "digit",
                         "98,7% + 2,3% = 101%: the on-time and late rates do not add to 100%, and "
                         "no count is given for either, so 98,7 -> 97,7 fits as well as 2,3 -> 1,3."),
                    "undetermined")


# ------------------------------------------------------------------ T09
@report
def t09():
    """Weekly notice of a province's departments (Quảng Nam, week 38/2024): one line per
    department with x/y; block total; the slip copies the row above's resolved count."""
    b = B()
    rows = [("1", "Sở Tư pháp", 642, 618, 618), ("2", "Sở Kế hoạch và Đầu tư", 318, 301, 297),
            ("3", "Sở Xây dựng", 127, 114, 109), ("4", "Sở Giao thông vận tải", 905, 880, 874),
            ("5", "Sở Tài nguyên và Môi trường", 466, 402, 371)]
    for k, name, r, s, it in rows:
        u = "unit:" + name
        b.cnt("R" + k, r, "received_total", u)
        b.cnt("S" + k, s, "resolved_total", u)
        b.cnt("IT" + k, it, "resolved_in_time", u)
        b.rate("p" + k, "IT" + k, "S" + k, "resolved_on_time", u)
    for x, ind in [("R", "received_total"), ("S", "resolved_total"), ("IT", "resolved_in_time")]:
        b.tot(x, [x + k for k, *_r in rows], ind, "departments")
    b.rate("p", "IT", "S", "resolved_on_time", "departments")
    lines = "\n".join(
        f"{i}. {name}: tiếp nhận {{R{k}}} hồ sơ; đã giải quyết {{S{k}}} hồ sơ, trong đó đúng hạn "
        f"{{IT{k}}} hồ sơ (đạt {{p{k}}}%)." for i, (k, name, *_r) in enumerate(rows, 1))
    text = """UBND TỈNH QUẢNG NAM
VĂN PHÒNG
Số: 402/TB-VP
Quảng Nam, ngày 23 tháng 9 năm 2024

THÔNG BÁO
Tình hình giải quyết hồ sơ thủ tục hành chính của các sở, ban, ngành
tuần 38 năm 2024 (từ ngày 16/9/2024 đến ngày 20/9/2024)

Trong tuần, có 5 sở phát sinh hồ sơ thủ tục hành chính trên Hệ thống thông tin giải quyết
thủ tục hành chính tỉnh. Tổng cộng các sở tiếp nhận {R} hồ sơ; đã giải quyết {S} hồ sơ,
trong đó đúng hạn {IT} hồ sơ, tỷ lệ đúng hạn chung đạt {p}%. Kết quả từng sở:

""" + lines + """

Văn phòng UBND tỉnh đề nghị Sở Tài nguyên và Môi trường, Sở Xây dựng khẩn trương xử lý
các hồ sơ quá hạn, thực hiện xin lỗi người dân theo quy định.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Các sở, ban, ngành;
- Lưu: VT, KSTTHC.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Trần Văn Mẫn
"""
    nf = [("402/TB-VP", "reference"), ("16/9/2024", "date"), ("20/9/2024", "date"),
          ("5 sở", "count_of_things")]
    return b.report("T09", "weekly_notice", "2024-09-23", "Tỉnh Quảng Nam", text, nf,
                    slip("S3", "301", "copy",
                         "Sở Xây dựng's resolved count shows the line above's 301: 109/114 is "
                         "95,61% as stated, and 618 + 301 + 114 + 880 + 402 = 2.315 is the block's "
                         "resolved total; 301 breaks both."),
                    "determined")


# ------------------------------------------------------------------ T10
@report
def t10():
    """Commune report after the July-2025 merger (Xã Hòa Vang, Đà Nẵng), CLEAN: all online,
    rejected and withdrawn counted in resolved, portal-style x/y."""
    b = B()
    b.cnt("C", 35, "received_carried_over", "self")
    b.cnt("ON", 2884, "received_online", "self")
    b.cnt("OFF", 0, "received_offline", "self")
    b.tot("R", ["C", "ON", "OFF"], "received_total", "self")
    b.cnt("E", 2790, "resolved_early", "self")
    b.cnt("O", 41, "resolved_on_time", "self")
    b.cnt("J", 6, "resolved_rejected", "self", style="lz")
    b.cnt("W", 12, "resolved_withdrawn", "self")
    b.cnt("L", 3, "resolved_late", "self", style="lz")
    b.tot("S", ["E", "O", "J", "W", "L"], "resolved_total", "self")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    b.rep("ONx", "ON")
    b.tot("NEWx", ["ON", "OFF"], "received_total", "self", scope="tiếp nhận mới")
    b.rate("pON", "ONx", "NEWx", "online_submission", "self")
    text = """ỦY BAN NHÂN DÂN
XÃ HÒA VANG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 27/BC-TTPVHCC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Vang, ngày 17 tháng 11 năm 2025

BÁO CÁO
Tình hình, kết quả giải quyết thủ tục hành chính tháng 11 năm 2025
(Số liệu từ ngày 15/10/2025 đến hết ngày 14/11/2025)

1. Tiếp nhận
Tổng số hồ sơ tiếp nhận: {R} hồ sơ, trong đó:
- Tiếp nhận trong kỳ trực tuyến: {ON} hồ sơ;
- Tiếp nhận trực tiếp, qua bưu chính: {OFF} hồ sơ;
- Từ kỳ trước chuyển qua: {C} hồ sơ.
Tỷ lệ nộp hồ sơ trực tuyến: {pON}% ({ONx}/{NEWx} hồ sơ).

2. Giải quyết
Đã giải quyết {S} hồ sơ, trong đó: trước hạn {E} hồ sơ; đúng hạn {O} hồ sơ; từ chối giải
quyết {J} hồ sơ; công dân rút hồ sơ {W} hồ sơ; quá hạn {L} hồ sơ.
Đang giải quyết trong hạn: {P} hồ sơ.

Nơi nhận:
- UBND xã;
- Lưu: VT.
GIÁM ĐỐC
Nguyễn Thị Thu Hà
"""
    nf = [("27/BC-TTPVHCC", "reference"), ("15/10/2025", "date"), ("14/11/2025", "date")]
    return b.report("T10", "commune_report", "2025-11-17", "Thành phố Đà Nẵng", text, nf)

# ------------------------------------------------------------------ T11
@report
def t11():
    """Province quarterly report (Bắc Giang, Q3/2024): dossiers in brief, feedback in detail with
    a rate and its x/y; the slip swaps two digits of the feedback resolved count."""
    b = B()
    b.cnt("R", 211874, "received_total", "city")
    b.cnt("S", 206305, "resolved_total", "city")
    b.cnt("IT", 204990, "resolved_in_time", "city")
    b.cnt("L", 1315, "resolved_late", "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pIT", "IT", "S", "resolved_on_time", "city")
    b.rate("pL", "L", "S", "resolved_late", "city")
    b.ident("comp", ["pIT", "pL"])
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "city")
    b.ident("bal", ["R"], ["S", "P"])
    b.cnt("FC", 7, "feedback_carried_over", "city", style="lz")
    b.cnt("FN", 57, "feedback_new", "city")
    b.tot("FT", ["FC", "FN"], "feedback_total", "city")
    b.cnt("FR", 61, "feedback_resolved", "city")
    b.cnt("FP", 3, "feedback_pending", "city", style="lz")
    b.ident("bal", ["FT"], ["FR", "FP"])
    b.rep("FRx", "FR")
    b.rep("FTx", "FT")
    b.rate("pF", "FRx", "FTx", "feedback_handled", "city")
    text = """ỦY BAN NHÂN DÂN
TỈNH BẮC GIANG
-------
Số: 305/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Bắc Giang, ngày 19 tháng 9 năm 2024

BÁO CÁO
Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý III năm 2024

I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH
Từ ngày 15/6/2024 đến ngày 14/9/2024, tổng số hồ sơ tiếp nhận trên địa bàn tỉnh là
{R} hồ sơ. Số hồ sơ đã giải quyết {S} hồ sơ, trong đó: trả kết quả đúng và trước hạn
{IT} hồ sơ (tỷ lệ {pIT}%), trễ hạn {L} hồ sơ (tỷ lệ {pL}%). Số hồ sơ đang giải quyết:
{P} hồ sơ.

II. TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ QUY ĐỊNH HÀNH CHÍNH
Tổng số phản ánh, kiến nghị phải xử lý trong kỳ là {FT} phản ánh, kiến nghị ({FC} phản ánh,
kiến nghị kỳ trước chuyển sang và {FN} phản ánh, kiến nghị tiếp nhận mới). Các cơ quan đã
xử lý {FR} phản ánh, kiến nghị; {FP} phản ánh, kiến nghị đang được xem xét, còn trong thời
hạn xử lý. Tỷ lệ phản ánh, kiến nghị được xử lý đạt {pF}% ({FRx}/{FTx}).

III. NHIỆM VỤ TRỌNG TÂM QUÝ IV
- Hoàn thành số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Đề án 06;
- Giải quyết dứt điểm hồ sơ trễ hạn, phấn đấu tỷ lệ đúng hạn trên 99%.

Nơi nhận:
- Văn phòng Chính phủ (Cục KSTTHC);
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Mai Sơn
"""
    nf = [("305/BC-UBND", "reference"), ("15/6/2024", "date"), ("14/9/2024", "date"),
          ("Đề án 06", "reference"), ("trên 99%", "target")]
    return b.report("T11", "quarterly_report", "2024-09-19", "Tỉnh Bắc Giang", text, nf,
                    slip("FR", "16", "swap",
                         "Feedback resolved: 07 + 57 = 64 to handle, 61 + 03 = 64 and the rate "
                         "line repeats 61/64 (95,31%); '16' breaks the balance and the repetition."),
                    "determined")


# ------------------------------------------------------------------ T12
@report
def t12():
    """Portal statistics page (Ninh Bình, May 2024): one line per level and a total line, the
    late rate and on-time rate of each level. The slip changes one digit of a level's resolved."""
    b = B()
    lv = [("1", "departments", "Cấp tỉnh", 9412, 9105, 9052), ("2", "districts", "Cấp huyện", 7730, 7281, 7166),
          ("3", "communes", "Cấp xã", 15883, 15640, 15611)]
    for k, subj, _lab, r, s, it in lv:
        b.cnt("R" + k, r, "received_total", subj)
        b.cnt("S" + k, s, "resolved_total", subj)
        b.cnt("IT" + k, it, "resolved_in_time", subj)
        b.cnt("L" + k, s - it, "resolved_late", subj)
        b.ident("sum", "S" + k, ["IT" + k, "L" + k])
        b.rate("p" + k, "IT" + k, "S" + k, "resolved_on_time", subj, xy=False)
    for x, ind in [("R", "received_total"), ("S", "resolved_total"), ("IT", "resolved_in_time"),
                   ("L", "resolved_late")]:
        b.tot(x, [x + k for k, *_r in lv], ind, "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("p", "IT", "S", "resolved_on_time", "city", xy=False)
    rows = "\n".join(f"{lab}: Tiếp nhận {{R{k}}} | Đã giải quyết {{S{k}}} | Đúng hạn {{IT{k}}} | "
                     f"Trễ hạn {{L{k}}} | Tỷ lệ đúng hạn {{p{k}}}%" for k, _s, lab, *_r in lv)
    text = """CỔNG DỊCH VỤ CÔNG TỈNH NINH BÌNH
THỐNG KÊ KẾT QUẢ GIẢI QUYẾT HỒ SƠ
Từ ngày 01/5/2024 đến ngày 31/5/2024

""" + rows + """
Toàn tỉnh: Tiếp nhận {R} | Đã giải quyết {S} | Đúng hạn {IT} | Trễ hạn {L} | Tỷ lệ đúng hạn {p}%

(Đúng hạn gồm hồ sơ trả kết quả trước hạn và đúng hạn; tỷ lệ tính trên số hồ sơ đã giải quyết.)
Cập nhật: 01/6/2024 07:30
"""
    nf = [("01/5/2024", "date"), ("31/5/2024", "date"), ("01/6/2024", "date")]
    return b.report("T12", "portal_stats", "2024-06-01", "Tỉnh Ninh Bình", text, nf,
                    slip("S2", "7.261", "digit",
                         "District resolved: 7.166 + 115 = 7.281 and 9.105 + 7.281 + 15.640 = 32.026; "
                         "7.261 breaks the row, the column and the district rate (7.166/7.261 is 98,69%, "
                         "not 98,42%)."),
                    "determined")


# ------------------------------------------------------------------ T13
@report
def t13():
    """District quarterly report (Huyện Phù Cát, Bình Định, Q2/2024). The received total is held by
    the balance and by the levels, but its online / in-person / carried-over parts appear only once:
    a slip in one of them cannot be told from a slip in another."""
    b = B()
    b.cnt("C", 96, "received_carried_over", "self")
    b.cnt("ON", 6215, "received_online", "self")
    b.cnt("OFF", 3380, "received_offline", "self")
    b.tot("R", ["C", "ON", "OFF"], "received_total", "self")
    b.cnt("R1", 2470, "received_total", "self", "cấp huyện")
    b.cnt("R2", b.v["R"] - 2470, "received_total", "communes")
    b.ident("sum", "R", ["R1", "R2"])
    b.cnt("S", 9402, "resolved_total", "self")
    b.cnt("P", b.v["R"] - 9402, "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    b.cnt("IT", 9377, "resolved_in_time", "self")
    b.rate("pIT", "IT", "S", "resolved_on_time", "self")
    text = """ỦY BAN NHÂN DÂN
HUYỆN PHÙ CÁT
Số: 233/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phù Cát, ngày 17 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện cơ chế một cửa, một cửa liên thông quý II năm 2024

Thực hiện Kế hoạch số 12/KH-UBND ngày 18/01/2024 của UBND huyện về kiểm soát thủ tục hành
chính năm 2024, UBND huyện Phù Cát báo cáo như sau:

1. Tình hình tiếp nhận hồ sơ
Trong quý II, toàn huyện tiếp nhận {R} hồ sơ (trong đó: tồn kỳ trước: {C}; nộp trực
tuyến: {ON}; nộp trực tiếp và qua bưu chính: {OFF}). Bộ phận Một cửa huyện tiếp nhận {R1}
hồ sơ, Bộ phận Một cửa 18 xã, thị trấn tiếp nhận {R2} hồ sơ.

2. Kết quả giải quyết
Đã giải quyết {S} hồ sơ, trong đó có {IT} hồ sơ đúng và trước hạn, đạt tỷ lệ {pIT}%. Số hồ
sơ đang giải quyết là {P} hồ sơ, đều còn trong hạn.

3. Tồn tại, hạn chế
Một số hồ sơ đất đai phải lấy ý kiến nhiều cơ quan nên thời gian giải quyết kéo dài; việc
nộp hồ sơ trực tuyến ở các xã vùng núi còn hạn chế.

Nơi nhận:
- Văn phòng UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Trần Văn Sinh
"""
    nf = [("233/BC-UBND", "reference"), ("12/KH-UBND", "reference"), ("18/01/2024", "date"),
          ("18 xã, thị trấn", "count_of_things")]
    return b.report("T13", "quarterly_report", "2024-06-17", "Tỉnh Bình Định", text, nf,
                    slip("ON", "6.251", "swap",
                         "96 + 6.251 + 3.380 = 9.727, 36 more than the received total 9.691, which "
                         "the levels (2.470 + 7.221) and the balance (9.402 + 289) both confirm; but "
                         "any of the three parts could carry the slip."),
                    "undetermined")

# ------------------------------------------------------------------ T14
@report
def t14():
    """News article (Lào Cai, 2023 yearly), CLEAN: headline bound, body counts with shares, the
    three levels' received counts, a quoted repetition of the on-time rate."""
    b = B()
    b.cnt("R1", 61240, "received_total", "departments")
    b.cnt("R2", 88417, "received_total", "districts")
    b.cnt("R3", 104905, "received_total", "communes")
    b.tot("R", ["R1", "R2", "R3"], "received_total", "city")
    b.cnt("ON", 139508, "received_online", "city")
    b.rate("pON", "ON", "R", "received_online_share", "city")
    b.cnt("S", 249106, "resolved_total", "city")
    b.cnt("IT", 247331, "resolved_in_time", "city")
    b.rate("pIT", "IT", "S", "resolved_on_time", "city")
    b.cnt("L", b.v["S"] - b.v["IT"], "resolved_late", "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rep("pITq", "pIT")
    text = """Lào Cai: Trên 99% hồ sơ thủ tục hành chính năm 2023 được giải quyết đúng hạn

Năm 2023, cơ quan hành chính các cấp tỉnh Lào Cai tiếp nhận tổng số {R} hồ sơ thủ tục hành
chính; trong đó các sở, ban, ngành tiếp nhận {R1} hồ sơ, UBND cấp huyện tiếp nhận {R2} hồ sơ
và UBND cấp xã tiếp nhận {R3} hồ sơ. Số hồ sơ nộp qua môi trường mạng là {ON} hồ sơ, chiếm
{pON}%.

Các cơ quan đã giải quyết {S} hồ sơ, trong đó {IT} hồ sơ đúng hạn, đạt {pIT}%; còn {L}
hồ sơ quá hạn. "Tỷ lệ đúng hạn {pITq}% là kết quả của việc giám sát tiến độ từng hồ sơ trên
hệ thống", đại diện Văn phòng UBND tỉnh cho biết. Năm 2024, tỉnh đặt mục tiêu tỷ lệ hồ sơ
trực tuyến đạt từ 60% trở lên và không còn hồ sơ quá hạn ở cấp tỉnh.

Hoàng Nam
"""
    nf = [("Trên 99%", "bound"), ("từ 60% trở lên", "target")]
    return b.report("T14", "news_article", "2024-01-12", "Tỉnh Lào Cai", text, nf)


# ------------------------------------------------------------------ T15
@report
def t15():
    """Province weekly notice (Hà Tĩnh, week 45/2024), CLEAN: levels with online x/y and on-time
    shares, city x/y, late counts; the levels add to the city."""
    b = B()
    lv = {"1": ("departments", "Các sở, ban, ngành", 1820, 1203, 1710, 1702),
          "2": ("districts", "UBND cấp huyện", 2975, 1840, 2801, 2763),
          "3": ("communes", "UBND cấp xã", 5406, 3990, 5288, 5281)}
    for k, (subj, _lab, r, on, s, it) in lv.items():
        b.cnt("R" + k, r, "received_total", subj)
        b.cnt("ON" + k, on, "received_online", subj)
        b.rate("pON" + k, "ON" + k, "R" + k, "online_submission", subj)
        b.cnt("S" + k, s, "resolved_total", subj)
        b.cnt("IT" + k, it, "resolved_in_time", subj)
        b.cnt("L" + k, s - it, "resolved_late", subj)
        b.ident("sum", "S" + k, ["IT" + k, "L" + k])
    for x, ind in [("R", "received_total"), ("ON", "received_online"), ("S", "resolved_total"),
                   ("IT", "resolved_in_time"), ("L", "resolved_late")]:
        b.tot(x, [x + k for k in lv], ind, "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rep("ONx", "ON")
    b.rep("Rx", "R")
    b.rate("pON", "ONx", "Rx", "online_submission", "city")
    b.rep("ITx", "IT")
    b.rep("Sx", "S")
    b.rate("pIT", "ITx", "Sx", "resolved_on_time", "city")
    blocks = "\n".join(
        f"- {lab}: tiếp nhận {{R{k}}} hồ sơ, trực tuyến {{ON{k}}} hồ sơ (đạt {{pON{k}}}%); đã giải "
        f"quyết {{S{k}}} hồ sơ, đúng hạn {{IT{k}}}, quá hạn {{L{k}}}." for k, (_s, lab, *_r) in lv.items())
    text = """VĂN PHÒNG UBND TỈNH HÀ TĨNH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

THÔNG BÁO
Kết quả giải quyết thủ tục hành chính tuần 45 năm 2024
(từ ngày 04/11/2024 đến ngày 08/11/2024)

1. Toàn tỉnh
Tiếp nhận {R} hồ sơ, trong đó {ON} hồ sơ trực tuyến; đã giải quyết {S} hồ sơ, trong đó
{IT} hồ sơ đúng hạn và {L} hồ sơ quá hạn.
- Tỷ lệ nộp trực tuyến: {pON}% ({ONx}/{Rx} hồ sơ).
- Tỷ lệ giải quyết đúng hạn: {pIT}% ({ITx}/{Sx} hồ sơ).

2. Theo từng cấp
""" + blocks + """

3. Đề nghị
Các đơn vị có hồ sơ quá hạn báo cáo nguyên nhân về Trung tâm trước 16 giờ ngày 12/11/2024.

GIÁM ĐỐC
Nguyễn Thị Minh Hòa
"""
    nf = [("04/11/2024", "date"), ("08/11/2024", "date"), ("12/11/2024", "date")]
    return b.report("T15", "weekly_notice", "2024-11-11", "Tỉnh Hà Tĩnh", text, nf)


def show(name):
    """Print a report's true figures (to choose a slip)."""
    for fn in REPORTS:
        r = fn()
        if r.name == name:
            print({k: r.written(k, False) for k in r.vals})


def main(argv):
    if argv and argv[0] == "--show":
        return show(argv[1])
    out = Path(__file__).resolve().parent
    only = set(argv)
    for fn in REPORTS:
        r = fn()
        if only and r.name not in only:
            continue
        t = r.write(out)
        s = t["suggestion"]
        print(r.name, r.register, "clean" if not s else
              f"{s['pattern']:9} {s['text']} -> {s['corrected']} determined={s['determined']}",
              f"facts={len(t['facts'])} mistakes={[m['code'] for m in t['mistakes']]}")


if __name__ == "__main__":
    main(sys.argv[1:])
