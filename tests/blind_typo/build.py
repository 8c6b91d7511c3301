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
        b.rep("ONx" + k, "ON" + k, fact=False)
        b.rep("Rx" + k, "R" + k, fact=False)
        b.rate("pON" + k, "ONx" + k, "Rx" + k, "online_submission", subj)
        b.rep("ITx" + k, "IT" + k, fact=False)
        b.rep("Sx" + k, "S" + k, fact=False)
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
- Hồ sơ đang giải quyết: {P} hồ sơ (đều chưa đến hạn trả kết quả).

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
    b.rep("ONx", "ON", fact=False)
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
Số hồ sơ đang giải quyết: {P} hồ sơ, không có hồ sơ quá hạn.

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
    b.rep("FRx", "FR", fact=False)
    b.rep("FTx", "FT", fact=False)
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
    b.rep("ONx", "ON", fact=False)
    b.rep("Rx", "R", fact=False)
    b.rate("pON", "ONx", "Rx", "online_submission", "city")
    b.rep("ITx", "IT", fact=False)
    b.rep("Sx", "S", fact=False)
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

# ------------------------------------------------------------------ T16
@report
def t16():
    """Ministry report on its own dossiers (Bộ Tư pháp, Q2/2024); the received total doubled a digit."""
    b = B()
    b.cnt("ON", 2871, "received_online", "self")
    b.cnt("OFF", 534, "received_offline", "self")
    b.tot("R", ["ON", "OFF"], "received_total", "self")
    b.rate("pON", "ON", "R", "online_submission", "self")
    b.cnt("S", 3318, "resolved_total", "self")
    b.cnt("IT", 3296, "resolved_in_time", "self")
    b.cnt("L", 22, "resolved_late", "self")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pIT", "IT", "S", "resolved_on_time", "self")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    text = """BỘ TƯ PHÁP
Số: 281/BC-BTP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 24 tháng 6 năm 2024

BÁO CÁO
Tình hình, kết quả thực hiện kiểm soát thủ tục hành chính, cơ chế một cửa, một cửa liên
thông quý II năm 2024 của Bộ Tư pháp

Kính gửi: Văn phòng Chính phủ.

1. Tình hình giải quyết thủ tục hành chính thuộc thẩm quyền của Bộ
Trong kỳ báo cáo, Bộ Tư pháp tiếp nhận {R} hồ sơ thủ tục hành chính, trong đó {ON} hồ sơ
nộp trực tuyến qua Cổng Dịch vụ công của Bộ (đạt {pON}%) và {OFF} hồ sơ nộp trực tiếp
hoặc qua bưu chính công ích.
Các đơn vị thuộc Bộ đã giải quyết {S} hồ sơ; trong đó giải quyết đúng hạn {IT} hồ sơ,
đạt {pIT}%, quá hạn {L} hồ sơ (lĩnh vực quốc tịch, lý lịch tư pháp). Hiện còn {P} hồ sơ
đang giải quyết.

2. Nhiệm vụ quý III
Tiếp tục rà soát, đơn giản hóa 09 thủ tục hành chính trong lĩnh vực hộ tịch, quốc tịch;
phấn đấu 100% hồ sơ được số hóa khi tiếp nhận.

Nơi nhận:
- Như trên;
- Bộ trưởng (để b/c);
- Lưu: VT, VP.
KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nguyễn Thanh Tịnh
"""
    nf = [("281/BC-BTP", "reference"), ("09 thủ tục", "count_of_things"), ("100% hồ sơ", "target")]
    return b.report("T16", "ministry_report", "2024-06-24", None, text, nf,
                    slip("R", "33.405", "double",
                         "Received: 2.871 + 534 = 3.405, 3.318 + 87 = 3.405 and 2.871/3.405 is "
                         "84,32%; '33.405' (a 3 doubled) breaks the sum, the balance and the share."),
                    "determined")


# ------------------------------------------------------------------ T17
@report
def t17():
    """Commune yearly report (Xã Hoằng Đạt, Hoằng Hóa, Thanh Hóa, 2024): pending split into within
    time and late; the pending total lost a digit."""
    b = B()
    b.cnt("C", 21, "received_carried_over", "self")
    b.cnt("ON", 2307, "received_online", "self")
    b.cnt("OFF", 1488, "received_offline", "self")
    b.tot("R", ["C", "ON", "OFF"], "received_total", "self")
    b.cnt("E", 2954, "resolved_early", "self")
    b.cnt("O", 726, "resolved_on_time", "self")
    b.cnt("L", 3, "resolved_late", "self", style="lz")
    b.tot("S", ["E", "O", "L"], "resolved_total", "self")
    b.cnt("PO", 110, "pending_on_time", "self")
    b.cnt("PL", b.v["R"] - b.v["S"] - 110, "pending_late", "self", style="lz")
    b.tot("P", ["PO", "PL"], "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    b.rate("pIT", ["E", "O"], "S", "resolved_on_time", "self", xy=False)
    text = """UBND HUYỆN HOẰNG HÓA
UBND XÃ HOẰNG ĐẠT
Số: 96/BC-UBND
Hoằng Đạt, ngày 16 tháng 12 năm 2024

BÁO CÁO
Kết quả thực hiện cải cách hành chính, giải quyết thủ tục hành chính năm 2024

Năm 2024, Bộ phận Tiếp nhận và trả kết quả xã Hoằng Đạt đã thực hiện tốt việc tiếp nhận, giải
quyết hồ sơ cho tổ chức, công dân. Kết quả cụ thể như sau (số liệu từ ngày 15/12/2023 đến
ngày 14/12/2024):

- Tổng số hồ sơ tiếp nhận: {R} HS (từ năm 2023 chuyển sang: {C} HS; trực tuyến: {ON} HS;
trực tiếp: {OFF} HS).
- Số hồ sơ đã giải quyết: {S} HS, trong đó sớm hạn {E} HS, đúng hạn {O} HS, trễ hạn {L} HS.
Tỷ lệ giải quyết sớm và đúng hạn đạt {pIT}%.
- Số hồ sơ đang giải quyết: {P} HS, gồm {PO} HS chưa đến hạn và {PL} HS đã quá hạn (lĩnh vực
đất đai, đang chờ ý kiến của Văn phòng Đăng ký đất đai chi nhánh huyện).

Năm 2025, UBND xã phấn đấu 100% hồ sơ được giải quyết đúng hạn, tỷ lệ hồ sơ trực tuyến đạt
trên 70%.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lê Đình Hùng
"""
    nf = [("96/BC-UBND", "reference"), ("15/12/2023", "date"), ("14/12/2024", "date"),
          ("100% hồ sơ", "target"), ("trên 70%", "target")]
    return b.report("T17", "commune_report", "2024-12-16", "Tỉnh Thanh Hóa", text, nf,
                    slip("P", "13", "drop",
                         "Pending: 110 + 23 = 133 and 3.816 = 3.683 + 133; '13' (a 3 dropped) breaks "
                         "the pending sum and the balance."),
                    "determined")


# ------------------------------------------------------------------ T18
@report
def t18():
    """District-level town quarterly report (Thị xã Kỳ Anh, Hà Tĩnh, Q3/2024): procedures by
    online service, levels with 'lần lượt', dossiers; a digit of the full-online count changed."""
    b = B()
    b.cnt("PT1", 268, "procedures_total", "self", "cấp huyện")
    b.cnt("PT2", 112, "procedures_total", "self", "cấp xã")
    b.tot("PT", ["PT1", "PT2"], "procedures_total", "self")
    b.cnt("PF", 187, "procedures_full_online", "self")
    b.cnt("PP", 151, "procedures_partial_online", "self")
    b.cnt("PN", b.v["PT"] - 187 - 151, "procedures_not_online", "self")
    b.ident("sum", "PT", ["PF", "PP", "PN"])
    b.rate("pPF", "PF", "PT", "other", "self")
    b.cnt("R1", 3126, "received_total", "self", "cấp huyện")
    b.cnt("R2", 8843, "received_total", "communes")
    b.tot("R", ["R1", "R2"], "received_total", "self")
    b.cnt("S", 11702, "resolved_total", "self")
    b.cnt("IT", 11655, "resolved_in_time", "self")
    b.rate("pIT", "IT", "S", "resolved_on_time", "self")
    b.cnt("L", 47, "resolved_late", "self")
    b.ident("sum", "S", ["IT", "L"])
    text = """ỦY BAN NHÂN DÂN
THỊ XÃ KỲ ANH
Số: 402/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kỳ Anh, ngày 16 tháng 9 năm 2024

BÁO CÁO
Kết quả công tác kiểm soát thủ tục hành chính quý III năm 2024

I. Công khai thủ tục hành chính
Tổng số thủ tục hành chính áp dụng trên địa bàn thị xã là {PT} thủ tục, trong đó {PT1}
thủ tục thuộc thẩm quyền cấp huyện và {PT2} thủ tục thuộc thẩm quyền cấp xã. Số thủ tục
được cung cấp dịch vụ công trực tuyến toàn trình là {PF} thủ tục, chiếm {pPF}%; dịch vụ
công trực tuyến một phần {PP} thủ tục; còn {PN} thủ tục chưa đủ điều kiện cung cấp trực
tuyến.

II. Giải quyết hồ sơ
Bộ phận Một cửa thị xã và Bộ phận Một cửa 11 xã, phường lần lượt tiếp nhận {R1} và {R2}
hồ sơ, nâng tổng số hồ sơ tiếp nhận trong quý lên {R} hồ sơ. Đã giải quyết {S} hồ sơ, đúng
hạn {IT} hồ sơ (đạt {pIT}%), trễ hạn {L} hồ sơ.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Hồng Hải
"""
    nf = [("402/BC-UBND", "reference"), ("11 xã, phường", "count_of_things")]
    return b.report("T18", "quarterly_report", "2024-09-16", "Tỉnh Hà Tĩnh", text, nf,
                    slip("PF", "167", "digit",
                         "Full-online procedures: 187 + 151 + 42 = 380 and 187/380 is 49,21%; "
                         "167 breaks both (380 is also 268 + 112)."),
                    "determined")


# ------------------------------------------------------------------ T19
@report
def t19():
    """Weekly 766 notice (Phú Yên, week 30/2024): total, rank, six components with maxima; a
    component is discussed again below. Two digits of one component swapped in the list."""
    b = B()
    comps = [("C1", "index_766_publicity", "16.21", 18), ("C2", "index_766_progress", "18.47", 20),
             ("C3", "index_766_online_service", "9.36", 12), ("C4", "index_766_online_payment", "7.05", 10),
             ("C5", "index_766_satisfaction", "17.62", 18), ("C6", "index_766_digitization", "15.38", 22)]
    for name, ind, val, mx in comps:
        b.score(name, val, ind, "city", mx)
    b.v["TOT"] = sum(b.v[c[0]] for c in comps)
    b._fact({"kind": "score", "indicator": "index_766_total", "subject": "city", "var": "TOT",
             "num": None, "den": None, "scope": None, "maximum": 100})
    b.ident("ssum", "TOT", [c[0] for c in comps])
    b.rank("RK", 27, 63, "city")
    b.rep("C1b", "C1")
    b.rep("C6b", "C6")
    text = """UBND TỈNH PHÚ YÊN
VĂN PHÒNG
Số: 88/TB-VP
Phú Yên, ngày 29 tháng 7 năm 2024

THÔNG BÁO
Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp
trong thực hiện thủ tục hành chính, dịch vụ công tuần 30 năm 2024

1. Kết quả của tỉnh
Theo số liệu trên Cổng Dịch vụ công quốc gia cập nhật đến ngày 26/7/2024, tỉnh Phú Yên đạt
{TOT}/100 điểm, xếp hạng {RK}/63 tỉnh, thành phố. Điểm của từng nhóm chỉ số:
- Công khai, minh bạch: {C1}/18 điểm;
- Tiến độ, kết quả giải quyết: {C2}/20 điểm;
- Cung cấp dịch vụ trực tuyến: {C3}/12 điểm;
- Thanh toán trực tuyến: {C4}/10 điểm;
- Mức độ hài lòng: {C5}/18 điểm;
- Số hóa hồ sơ: {C6}/22 điểm.

2. Nhận xét
Nhóm chỉ số công khai, minh bạch đạt {C1b} điểm, còn thấp do một số thủ tục chưa cập nhật
đầy đủ thành phần hồ sơ trên Cổng. Nhóm chỉ số số hóa hồ sơ chỉ đạt {C6b} điểm (tối đa 22 điểm),
thấp nhất trong các nhóm nếu so với điểm tối đa; tỷ lệ cấp kết quả điện tử của các xã còn
thấp.

3. Đề nghị
Các sở, ngành, địa phương khắc phục ngay các chỉ số bị trừ điểm trong tuần 31.

Nơi nhận:
- Lãnh đạo UBND tỉnh;
- Lưu: VT, KSTT.
KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Tấn Phát
"""
    nf = [("88/TB-VP", "reference"), ("26/7/2024", "date"), ("tối đa 22 điểm", "maximum")]
    return b.report("T19", "weekly_notice", "2024-07-29", "Tỉnh Phú Yên", text, nf,
                    slip("C1", "16,12", "swap",
                         "Publicity score: the six components with 16,21 add to the total 84,09 and "
                         "the remarks repeat 16,21; '16,12' breaks the score sum and the repetition."),
                    "determined")


# ------------------------------------------------------------------ T20
@report
def t20():
    """News article (Quảng Ngãi, first half of 2024) on the district level: early, on time and
    late with their shares; the late share's decimal comma moved."""
    b = B()
    b.cnt("E", 52406, "resolved_early", "districts")
    b.cnt("O", 17390, "resolved_on_time", "districts")
    b.cnt("L", 598, "resolved_late", "districts")
    b.tot("S", ["E", "O", "L"], "resolved_total", "districts")
    b.rate("pE", "E", "S", "other", "districts")
    b.rate("pO", "O", "S", "other", "districts")
    b.rate("pL", "L", "S", "resolved_late", "districts")
    b.ident("comp", ["pE", "pO", "pL"])
    b.cnt("R", 73115, "received_total", "districts")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "districts")
    b.ident("bal", ["R"], ["S", "P"])
    text = """Quảng Ngãi: Cấp huyện còn gần 600 hồ sơ trễ hạn trong 6 tháng đầu năm

Sáu tháng đầu năm 2024, Bộ phận Một cửa của 13 huyện, thị xã, thành phố trong tỉnh Quảng Ngãi
tiếp nhận {R} hồ sơ. Cấp huyện đã giải quyết {S} hồ sơ: có {E} hồ sơ trả trước hạn, chiếm
tỷ lệ {pE}%; {O} hồ sơ đúng hạn, chiếm tỷ lệ {pO}%; số hồ sơ quá hạn là {L} hồ sơ, chiếm tỷ
lệ {pL}%. Đến ngày 14/6/2024 còn {P} hồ sơ đang giải quyết.

Theo Sở Nội vụ, hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai tại các huyện miền núi. Tỉnh
yêu cầu các địa phương giảm ít nhất một nửa số hồ sơ quá hạn trong quý III.

Phương Thảo
"""
    nf = [("gần 600 hồ sơ", "approx"), ("13 huyện, thị xã, thành phố", "count_of_things"),
          ("14/6/2024", "date")]
    return b.report("T20", "news_article", "2024-07-03", "Tỉnh Quảng Ngãi", text, nf,
                    slip("pL", "8,5", "separator",
                         "Late share: 598/70.394 is 0,85%, and the three shares add to 100%; '8,5%' "
                         "(the decimal comma one place to the right) breaks the ratio and the complement."),
                    "determined")


# ------------------------------------------------------------------ T21
@report
def t21():
    """Portal statistics (Gia Lai one-stop portal, Q1/2024), per level with on-time and late rates
    over resolved; the district line shows the provincial line's on-time rate."""
    b = B()
    lv = [("1", "departments", "Cấp tỉnh", 8214, 8150), ("2", "districts", "Cấp huyện", 12903, 12655),
          ("3", "communes", "Cấp xã", 30482, 30411)]
    for k, subj, _lab, s, it in lv:
        b.cnt("S" + k, s, "resolved_total", subj)
        b.cnt("IT" + k, it, "resolved_in_time", subj)
        b.cnt("L" + k, s - it, "resolved_late", subj)
        b.ident("sum", "S" + k, ["IT" + k, "L" + k])
        b.rate("p" + k, "IT" + k, "S" + k, "resolved_on_time", subj, xy=False)
        b.rate("q" + k, "L" + k, "S" + k, "resolved_late", subj, xy=False)
        b.ident("comp", ["p" + k, "q" + k])
    for x, ind in [("S", "resolved_total"), ("IT", "resolved_in_time"), ("L", "resolved_late")]:
        b.tot(x, [x + k for k, *_r in lv], ind, "city")
    b.ident("sum", "S", ["IT", "L"])
    rows = "\n".join(f"{lab} | Đã xử lý: {{S{k}}} | Đúng hạn: {{IT{k}}} | Trễ hạn: {{L{k}}} | "
                     f"Tỉ lệ đúng hạn: {{p{k}}}% | Tỉ lệ trễ hạn: {{q{k}}}%" for k, _s, lab, *_r in lv)
    text = """HỆ THỐNG THÔNG TIN GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TỈNH GIA LAI
Báo cáo thống kê kết quả xử lý hồ sơ - Quý I/2024 (15/12/2023 - 14/3/2024)

""" + rows + """
Tổng cộng | Đã xử lý: {S} | Đúng hạn: {IT} | Trễ hạn: {L}

Tỉ lệ tính trên tổng số hồ sơ đã xử lý của từng cấp.
"""
    nf = [("15/12/2023", "date"), ("14/3/2024", "date")]
    t = b.report("T21", "portal_stats", "2024-03-15", "Tỉnh Gia Lai", text, nf, None, None)
    t.slip = slip("p2", t.written("p1"), "copy",
                  "District on-time rate shows the provincial line's rate above it: 12.655/12.903 is "
                  "98,08% and 98,08 + 1,92 = 100; the copied figure breaks the ratio and the complement.")
    t.expect = "determined"
    return t


# ------------------------------------------------------------------ T22
@report
def t22():
    """Province quarterly report (Sóc Trăng, Q4/2024): levels in parentheses, a conclusion that
    repeats the received total; the repetition has one digit changed."""
    b = B()
    b.cnt("R1", 20418, "received_total", "departments")
    b.cnt("R2", 31977, "received_total", "districts")
    b.cnt("R3", 44105, "received_total", "communes")
    b.tot("R", ["R1", "R2", "R3"], "received_total", "city")
    b.cnt("C", 1893, "received_carried_over", "city")
    b.cnt("ON", 49760, "received_online", "city")
    b.cnt("OFF", b.v["R"] - 1893 - 49760, "received_offline", "city")
    b.ident("sum", "R", ["C", "ON", "OFF"])
    b.cnt("S", 93514, "resolved_total", "city")
    b.cnt("IT", 92886, "resolved_in_time", "city")
    b.cnt("L", 628, "resolved_late", "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pIT", "IT", "S", "resolved_on_time", "city")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "city")
    b.ident("bal", ["R"], ["S", "P"])
    b.rep("Rs", "R")
    b.rep("pITs", "pIT")
    text = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG
Số: 519/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sóc Trăng, ngày 18 tháng 12 năm 2024

BÁO CÁO
Tình hình, kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên
thông quý IV năm 2024

II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ
Tổng số hồ sơ tiếp nhận là {R} hồ sơ (trong đó: cấp tỉnh: {R1}; cấp huyện: {R2}; cấp xã:
{R3}). Xét theo hình thức tiếp nhận: hồ sơ từ kỳ trước chuyển sang {C}, tiếp nhận trực
tuyến {ON}, tiếp nhận trực tiếp và qua bưu chính {OFF}.
Số hồ sơ đã giải quyết là {S} hồ sơ, với {IT} hồ sơ đúng hạn (tỷ lệ {pIT}%) và {L} hồ sơ
quá hạn. Số hồ sơ đang giải quyết là {P} hồ sơ.

III. KẾT LUẬN
Trong quý IV năm 2024, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp nhận {Rs}
hồ sơ, giải quyết đúng hạn đạt {pITs}%. Bên cạnh kết quả đạt được, việc số hóa hồ sơ ở một
số xã còn chậm, chưa đạt chỉ tiêu 80%.

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, NC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Huỳnh Thị Diễm Ngọc
"""
    nf = [("519/BC-UBND", "reference"), ("chỉ tiêu 80%", "target")]
    return b.report("T22", "quarterly_report", "2024-12-18", "Tỉnh Sóc Trăng", text, nf,
                    slip("Rs", "96.590", "digit",
                         "The conclusion repeats the received total: section II gives 96.500, which "
                         "is 20.418 + 31.977 + 44.105, 1.893 + 49.760 + 44.847 and 93.514 + 2.986; "
                         "only the repetition 96.590 can be the slip."),
                    "determined")

# ------------------------------------------------------------------ T23
@report
def t23():
    """Province monthly report (Hưng Yên, May 2024): online payment and digitisation each as one
    x/y with its rate and nothing else; a digit dropped from the payment numerator cannot be told
    from a wrong rate."""
    b = B()
    b.cnt("R", 41806, "received_total", "city")
    b.cnt("ON", 27935, "received_online", "city")
    b.cnt("OFF", 41806 - 27935, "received_offline", "city")
    b.ident("sum", "R", ["ON", "OFF"])
    b.rate("pON", "ON", "R", "online_submission", "city")
    # paid and digitised dossiers are not catalogue counts: only the rates' x/y
    b.v["PY"], b.v["PD"], b.v["DG"] = 3184, 4462, 36120
    b.rate("pPY", "PY", "PD", "online_payment", "city")
    b.rep("Rx", "R", fact=False)
    b.rate("pDG", "DG", "Rx", "digitization", "city")
    text = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 142/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 22 tháng 5 năm 2024

BÁO CÁO
Kết quả thực hiện các chỉ tiêu cải cách thủ tục hành chính tháng 5 năm 2024

1. Tỷ lệ nộp hồ sơ trực tuyến: trong tháng, toàn tỉnh tiếp nhận {R} hồ sơ, gồm {ON} hồ sơ
trực tuyến và {OFF} hồ sơ trực tiếp, qua bưu chính; tỷ lệ nộp hồ sơ trực tuyến đạt {pON}%.
2. Tỷ lệ thanh toán trực tuyến phí, lệ phí: đạt {pPY}% ({PY}/{PD} hồ sơ có phí, lệ phí).
3. Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính: đạt {pDG}% ({DG}/{Rx} hồ sơ
tiếp nhận).
4. Các chỉ tiêu chưa đạt: thanh toán trực tuyến (chỉ tiêu 80%).

Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, KSTTHC.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Lê Huy
"""
    nf = [("142/BC-UBND", "reference"), ("chỉ tiêu 80%", "target")]
    r = b.report("T23", "quarterly_report", "2024-05-22", "Tỉnh Hưng Yên", text, nf,
                 slip("PY", "318", "drop",
                      "318/4.462 is 7,13%, not 71,36%: the payment count (3.184) or the rate could "
                      "be the slip; neither figure is stated anywhere else."),
                 "undetermined")
    r.unfact |= {"PY", "PD", "DG"}
    return r


# ------------------------------------------------------------------ T24
@report
def t24():
    """District monthly report (Huyện Lai Vung, Đồng Tháp, July 2024): the received total is
    stated in the body and again in the summary and takes part in nothing else; two digits of one
    of them swapped."""
    b = B()
    b.cnt("R", 4527, "received_total", "self")
    b.cnt("S", 4390, "resolved_total", "self")
    b.cnt("IT", 4371, "resolved_in_time", "self")
    b.cnt("L", 19, "resolved_late", "self")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pIT", "IT", "S", "resolved_on_time", "self")
    b.rate("pL", "L", "S", "resolved_late", "self")
    b.ident("comp", ["pIT", "pL"])
    b.rep("Rs", "R")
    b.rep("pITs", "pIT")
    text = """UBND HUYỆN LAI VUNG
VĂN PHÒNG HĐND VÀ UBND
Số: 57/BC-VP
Lai Vung, ngày 22 tháng 7 năm 2024

BÁO CÁO
Tình hình giải quyết thủ tục hành chính trên địa bàn huyện tháng 7 năm 2024
(Từ ngày 21/6/2024 đến ngày 20/7/2024)

1. Số liệu
Tổng số hồ sơ tiếp nhận trên Hệ thống thông tin giải quyết thủ tục hành chính của huyện và
12 xã, thị trấn: {R} hồ sơ.
Đã giải quyết: {S} hồ sơ; trong đó đúng hạn {IT} hồ sơ, chiếm {pIT}%; trễ hạn {L} hồ sơ,
chiếm {pL}%.

2. Nhận xét
Tháng 7 năm 2024, toàn huyện tiếp nhận {Rs} hồ sơ, tỷ lệ đúng hạn {pITs}%. Hồ sơ trễ hạn
thuộc lĩnh vực đất đai và hộ tịch; Văn phòng đã đề nghị các đơn vị liên quan xin lỗi người
dân bằng văn bản.

Nơi nhận:
- Thường trực UBND huyện;
- Lưu: VT.
CHÁNH VĂN PHÒNG
Nguyễn Văn Bé
"""
    nf = [("57/BC-VP", "reference"), ("21/6/2024", "date"), ("20/7/2024", "date"),
          ("12 xã, thị trấn", "count_of_things")]
    return b.report("T24", "quarterly_report", "2024-07-22", "Tỉnh Đồng Tháp", text, nf,
                    slip("Rs", "4.257", "swap",
                         "Received is written 4.527 in section 1 and 4.257 in the remarks; it is in "
                         "no sum, balance or share, so either statement may be the wrong one."),
                    "undetermined")


# ------------------------------------------------------------------ T25
@report
def t25():
    """District weekly notice (Huyện Châu Thành, Tây Ninh, week 12/2024): the four communes with
    dossiers this week add to the commune total, stated once; a digit doubled in one commune."""
    b = B()
    rows = [("1", "Xã Hảo Đước", 214), ("2", "Xã An Cơ", 187), ("3", "Xã Thái Bình", 96),
            ("4", "Thị trấn Châu Thành", 305)]
    for k, name, r in rows:
        b.cnt("R" + k, r, "received_total", "unit:" + name)
    b.tot("R", ["R1", "R2", "R3", "R4"], "received_total", "communes")
    b.cnt("H", 388, "received_total", "self", "cấp huyện")
    b.cnt("HS", 371, "resolved_total", "self", "cấp huyện")
    b.cnt("HIT", 369, "resolved_in_time", "self", "cấp huyện")
    b.rate("pH", "HIT", "HS", "resolved_on_time", "self", scope="cấp huyện")
    text = """UBND HUYỆN CHÂU THÀNH
VĂN PHÒNG HĐND VÀ UBND HUYỆN

THÔNG BÁO
Kết quả tiếp nhận hồ sơ thủ tục hành chính tuần 12 năm 2024
(từ ngày 18/3/2024 đến ngày 22/3/2024)

1. Bộ phận Một cửa huyện: tiếp nhận {H} hồ sơ; đã giải quyết {HS} hồ sơ, trong đó đúng hạn
{HIT} hồ sơ, đạt tỷ lệ {pH}%.

2. Bộ phận Một cửa cấp xã: trong tuần có 04 xã, thị trấn phát sinh hồ sơ, tổng cộng {R}
hồ sơ, gồm: xã Hảo Đước {R1} hồ sơ; xã An Cơ {R2} hồ sơ; xã Thái Bình {R3} hồ sơ; thị trấn
Châu Thành {R4} hồ sơ. Các xã còn lại chưa phát sinh hồ sơ do đang chuyển đổi phần mềm.

Nơi nhận:
- Lãnh đạo UBND huyện;
- UBND các xã, thị trấn;
- Lưu: VT.
CHÁNH VĂN PHÒNG
Trần Thị Kim Loan
"""
    nf = [("18/3/2024", "date"), ("22/3/2024", "date"), ("04 xã, thị trấn", "count_of_things")]
    return b.report("T25", "weekly_notice", "2024-03-25", "Tỉnh Tây Ninh", text, nf,
                    slip("R3", "966", "double",
                         "214 + 187 + 966 + 305 = 1.672, not 802: the commune figure (966 -> 96) or the "
                         "total (802 -> 1.672) could be the wrong one; neither is stated elsewhere."),
                    "undetermined")


# ------------------------------------------------------------------ T26
@report
def t26():
    """News article (Quảng Trị, 2024 first nine months): resolved and late per level and in total,
    the late share; a digit dropped from the total resolved."""
    b = B()
    lv = [("1", "departments", 30512, 118), ("2", "districts", 41870, 366), ("3", "communes", 56020, 74)]
    for k, subj, s, late in lv:
        b.cnt("S" + k, s, "resolved_total", subj)
        b.cnt("L" + k, late, "resolved_late", subj)
    b.tot("S", ["S1", "S2", "S3"], "resolved_total", "city")
    b.tot("L", ["L1", "L2", "L3"], "resolved_late", "city")
    b.rate("pL", "L", "S", "resolved_late", "city")
    b.comp("pIT", ["pL"], "resolved_on_time", "city")
    text = """Quảng Trị: Hơn 128 nghìn hồ sơ được giải quyết trong 9 tháng

Theo báo cáo của Văn phòng UBND tỉnh Quảng Trị, 9 tháng năm 2024 các cơ quan hành chính
trên địa bàn tỉnh đã giải quyết {S} hồ sơ thủ tục hành chính, trong đó có {L} hồ sơ trễ
hạn, chiếm {pL}%; tỷ lệ giải quyết đúng hạn đạt {pIT}%.

Số hồ sơ trễ hạn phân bổ ở cả ba cấp: các sở, ngành giải quyết {S1} hồ sơ, trễ hạn {L1}
hồ sơ; UBND các huyện, thị xã, thành phố giải quyết {S2} hồ sơ, trễ hạn {L2} hồ sơ; UBND cấp
xã giải quyết {S3} hồ sơ, trễ hạn {L3} hồ sơ.

Chủ tịch UBND tỉnh yêu cầu thủ trưởng các cơ quan có hồ sơ trễ hạn kiểm điểm trách nhiệm,
báo cáo trước ngày 15/10/2024.

Văn Quang
"""
    nf = [("Hơn 128 nghìn hồ sơ", "approx"), ("15/10/2024", "date")]
    return b.report("T26", "news_article", "2024-10-04", "Tỉnh Quảng Trị", text, nf,
                    slip("S", "12.402", "drop",
                         "Total resolved: 30.512 + 41.870 + 56.020 = 128.402 and 558/128.402 is "
                         "0,43%; '12.402' (the 8 dropped) breaks the level sum and the late share."),
                    "determined")


# ------------------------------------------------------------------ T27
@report
def t27():
    """Weekly notice of the provincial service centre (Ninh Bình, week 41/2024): online
    submission per level as x/y and for the province; a digit doubled in a level's denominator."""
    b = B()
    lv = [("1", "departments", "Cấp tỉnh", 1744, 2104), ("2", "districts", "Cấp huyện", 1309, 1932),
          ("3", "communes", "Cấp xã", 3876, 5120)]
    for k, subj, _lab, on, r in lv:
        b.cnt("ON" + k, on, "received_online", subj)
        b.cnt("R" + k, r, "received_total", subj)
        b.rate("p" + k, "ON" + k, "R" + k, "online_submission", subj)
    b.tot("ON", ["ON1", "ON2", "ON3"], "received_online", "city")
    b.tot("R", ["R1", "R2", "R3"], "received_total", "city")
    b.rate("p", "ON", "R", "online_submission", "city")
    rows = "\n".join(f"- {lab}: {{p{k}}}% ({{ON{k}}}/{{R{k}}} hồ sơ);" for k, _s, lab, *_r in lv)
    text = """UBND TỈNH NINH BÌNH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 61/TB-TTPVHCC
Ninh Bình, ngày 14 tháng 10 năm 2024

THÔNG BÁO
Tỷ lệ hồ sơ nộp trực tuyến tuần 41 năm 2024 (từ ngày 07/10 đến ngày 11/10/2024)

Tỷ lệ nộp hồ sơ trực tuyến toàn tỉnh tuần 41 đạt {p}% (số hồ sơ trực tuyến/tổng số hồ sơ
tiếp nhận: {ON}/{R} hồ sơ). Kết quả theo cấp:
""" + rows + """

Trung tâm đề nghị UBND các huyện chỉ đạo cấp xã hướng dẫn người dân nộp hồ sơ trực tuyến,
bảo đảm chỉ tiêu tối thiểu 70% trong quý IV.

GIÁM ĐỐC
Phạm Quang Ngọc
"""
    nf = [("61/TB-TTPVHCC", "reference"), ("07/10", "date"), ("11/10/2024", "date"),
          ("tối thiểu 70%", "target")]
    return b.report("T27", "weekly_notice", "2024-10-14", "Tỉnh Ninh Bình", text, nf,
                    slip("R1", "22.104", "double",
                         "Provincial-level received: 1.744/2.104 is 82,89% and 2.104 + 1.932 + 5.120 "
                         "= 9.156; '22.104' (a 2 doubled) breaks the level's rate and the column sum."),
                    "determined")


# ------------------------------------------------------------------ T28
@report
def t28():
    """Weekly notice (Đồng Tháp, week 19/2024): per level counts, then late rates with x/y that
    repeat the late counts; two digits of one x/y numerator swapped."""
    b = B()
    lv = [("1", "departments", "cấp tỉnh", 1811, 23), ("2", "districts", "cấp huyện", 2650, 41),
          ("3", "communes", "cấp xã", 4388, 12)]
    for k, subj, _lab, s, late in lv:
        b.cnt("S" + k, s, "resolved_total", subj)
        b.cnt("IT" + k, s - late, "resolved_in_time", subj)
        b.cnt("L" + k, late, "resolved_late", subj)
        b.ident("sum", "S" + k, ["IT" + k, "L" + k])
    for k, subj, *_r in lv:
        b.rep("Lx" + k, "L" + k, fact=False)
        b.rep("Sx" + k, "S" + k, fact=False)
        b.rate("q" + k, "Lx" + k, "Sx" + k, "resolved_late", subj)
    body = "\n".join(f"- Ở {lab}: đã giải quyết {{S{k}}} hồ sơ, gồm {{IT{k}}} hồ sơ đúng hạn và {{L{k}}} hồ sơ trễ hạn."
                     for k, _s, lab, *_r in lv)
    rates = "; ".join(f"{lab} {{q{k}}}% ({{Lx{k}}}/{{Sx{k}}})" for k, _s, lab, *_r in lv)
    text = """UBND TỈNH ĐỒNG THÁP
VĂN PHÒNG
Số: 233/TB-VPUBND
Đồng Tháp, ngày 13 tháng 5 năm 2024

THÔNG BÁO
Kết quả giải quyết hồ sơ thủ tục hành chính tuần 19 năm 2024

1. Kết quả giải quyết
""" + body + """

2. Tỷ lệ hồ sơ trễ hạn trên số hồ sơ đã giải quyết: """ + rates + """.

3. Các đơn vị có hồ sơ trễ hạn khẩn trương giải quyết, thực hiện xin lỗi theo quy định.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG
Lê Minh Hoan
"""
    nf = [("233/TB-VPUBND", "reference")]
    return b.report("T28", "weekly_notice", "2024-05-13", "Tỉnh Đồng Tháp", text, nf,
                    slip("Lx1", "32", "swap",
                         "The provincial-level late count is 23 in section 1 (1.788 + 23 = 1.811) and "
                         "23/1.811 is 1,27%; the x/y's '32' breaks the rate and the repetition."),
                    "determined")

# ------------------------------------------------------------------ T29
@report
def t29():
    """Commune report after the merger (Xã Diễn Châu, Nghệ An, Q4/2025), CLEAN: two systems
    (the province's and the ministries'), x/y after every rate, pending split."""
    b = B()
    b.cnt("A", 5210, "received_total", "self", "hệ thống của tỉnh")
    b.cnt("Bm", 318, "received_total", "self", "hệ thống của các Bộ")
    b.tot("R", ["A", "Bm"], "received_total", "self")
    b.cnt("C", 64, "received_carried_over", "self")
    b.cnt("ON", 5301, "received_online", "self")
    b.cnt("OFF", b.v["R"] - 64 - 5301, "received_offline", "self")
    b.ident("sum", "R", ["C", "ON", "OFF"])
    b.rep("ONx", "ON", fact=False)
    b.tot("NEW", ["ON", "OFF"], "received_total", "self", scope="tiếp nhận mới")
    b.rate("pON", "ONx", "NEW", "online_submission", "self")
    b.cnt("E", 5122, "resolved_early", "self")
    b.cnt("O", 219, "resolved_on_time", "self")
    b.cnt("L", 8, "resolved_late", "self", style="lz")
    b.tot("S", ["E", "O", "L"], "resolved_total", "self")
    b.rep("Sx", "S", fact=False)
    b.tot("ITx", ["E", "O"], "resolved_in_time", "self")
    b.rate("pIT", "ITx", "Sx", "resolved_on_time", "self")
    b.cnt("PO", 171, "pending_on_time", "self")
    b.cnt("PL", b.v["R"] - b.v["S"] - 171, "pending_late", "self", style="lz")
    b.tot("P", ["PO", "PL"], "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    text = """ỦY BAN NHÂN DÂN
XÃ DIỄN CHÂU
Số: 312/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Diễn Châu, ngày 10 tháng 12 năm 2025

BÁO CÁO
Tình hình, kết quả giải quyết thủ tục hành chính quý IV năm 2025
(Số liệu từ ngày 15/9/2025 đến hết ngày 09/12/2025)

1. Số hồ sơ tiếp nhận: {R} hồ sơ, trong đó trên Hệ thống giải quyết thủ tục hành chính của
tỉnh {A} hồ sơ và trên các hệ thống của Bộ, ngành {Bm} hồ sơ. Theo hình thức: từ kỳ trước
chuyển qua {C} hồ sơ; trực tuyến {ON} hồ sơ; trực tiếp, bưu chính {OFF} hồ sơ.
Tỷ lệ nộp hồ sơ trực tuyến (chỉ tiêu giao ≥ 80%): {pON}% ({ONx}/{NEW} hồ sơ tiếp nhận mới).

2. Số hồ sơ đã giải quyết: {S} hồ sơ, gồm trước hạn {E}, đúng hạn {O}, quá hạn {L}.
Tỷ lệ giải quyết trước hạn, đúng hạn: {pIT}% ({ITx}/{Sx} hồ sơ).

3. Số hồ sơ đang giải quyết: {P} hồ sơ (trong hạn {PO}; quá hạn {PL}).

Nơi nhận:
- UBND tỉnh Nghệ An (qua Trung tâm Phục vụ hành chính công tỉnh);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn Thành
"""
    nf = [("312/BC-UBND", "reference"), ("15/9/2025", "date"), ("09/12/2025", "date"),
          ("≥ 80%", "target")]
    return b.report("T29", "commune_report", "2025-12-10", "Tỉnh Nghệ An", text, nf)


# ------------------------------------------------------------------ T30
@report
def t30():
    """Portal statistics text (Bình Định, 2024 year to date), CLEAN: service-level table rows
    (toàn trình / một phần) with totals and percentages over resolved."""
    b = B()
    rows = [("1", "Dịch vụ công trực tuyến toàn trình", 84215, 83890, 83702),
            ("2", "Dịch vụ công trực tuyến một phần", 120466, 118305, 117540),
            ("3", "Dịch vụ công không trực tuyến", 40211, 39870, 39611)]
    for k, lab, r, s, it in rows:
        b.cnt("R" + k, r, "received_total", "city", lab)
        b.cnt("S" + k, s, "resolved_total", "city", lab)
        b.cnt("IT" + k, it, "resolved_in_time", "city", lab)
        b.cnt("L" + k, s - it, "resolved_late", "city", lab)
        b.ident("sum", "S" + k, ["IT" + k, "L" + k])
        b.rate("p" + k, "IT" + k, "S" + k, "resolved_on_time", "city", scope=lab, xy=False)
    for x, ind in [("R", "received_total"), ("S", "resolved_total"), ("IT", "resolved_in_time"),
                   ("L", "resolved_late")]:
        b.tot(x, [x + k for k, *_r in rows], ind, "city")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("p", "IT", "S", "resolved_on_time", "city", xy=False)
    lines = "\n".join(f"{lab} | {{R{k}}} | {{S{k}}} | {{IT{k}}} | {{L{k}}} | {{p{k}}}"
                      for k, lab, *_r in rows)
    text = """CỔNG DỊCH VỤ CÔNG TỈNH BÌNH ĐỊNH - THỐNG KÊ
Kết quả xử lý hồ sơ từ 01/01/2024 đến 30/9/2024

Loại dịch vụ | Tiếp nhận | Đã giải quyết | Đúng hạn | Trễ hạn | Tỷ lệ đúng hạn (%)
""" + lines + """
Tổng cộng | {R} | {S} | {IT} | {L} | {p}
"""
    nf = [("01/01/2024", "date"), ("30/9/2024", "date")]
    for x in ["R", "S", "IT", "L"] + [x + k for x in "RS" for k in "123"] + ["IT1", "IT2", "IT3", "L1", "L2", "L3"]:
        b.styles[x] = "plain"
    return b.report("T30", "portal_stats", "2024-10-01", "Tỉnh Bình Định", text, nf)


# ------------------------------------------------------------------ T31
@report
def t31():
    """District monthly report (Huyện Tân Yên, Bắc Giang, October 2024), CLEAN: parts in
    parentheses with colons, resolved-over-received as x/y, feedback."""
    b = B()
    b.cnt("C", 140, "received_carried_over", "self")
    b.cnt("ON", 3612, "received_online", "self")
    b.cnt("OFF", 1955, "received_offline", "self")
    b.v["PO"] = 28   # postal: not a catalogue count of its own (a part of the received sum only)
    b.tot("R", ["C", "ON", "OFF", "PO"], "received_total", "self")
    b.cnt("S", 5490, "resolved_total", "self")
    b.rep("Sx", "S", fact=False)
    b.rep("Rx", "R", fact=False)
    b.rate("pS", "Sx", "Rx", "other", "self")
    b.cnt("IT", 5462, "resolved_in_time", "self")
    b.cnt("L", 28, "resolved_late", "self")
    b.ident("sum", "S", ["IT", "L"])
    b.rate("pIT", "IT", "S", "resolved_on_time", "self")
    b.cnt("P", b.v["R"] - b.v["S"], "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    text = """ỦY BAN NHÂN DÂN
HUYỆN TÂN YÊN
Số: 377/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Yên, ngày 18 tháng 10 năm 2024

BÁO CÁO
Tình hình, kết quả giải quyết thủ tục hành chính tháng 10 năm 2024

Trong tháng (từ ngày 15/9/2024 đến ngày 14/10/2024), Bộ phận Một cửa huyện và
21 xã, thị trấn tiếp nhận {R} hồ sơ (trong đó: kỳ trước chuyển sang: {C}; trực tuyến: {ON}; trực tiếp:
{OFF}; qua dịch vụ bưu chính công ích: {PO}).
Đã giải quyết: {Sx}/{Rx} hồ sơ (tỷ lệ {pS}%). Trong số {S} hồ sơ đã giải quyết, có {IT} hồ sơ
đúng và trước hạn (đạt {pIT}%), {L} hồ sơ quá hạn. Đang giải quyết: {P} hồ sơ.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Trung
"""
    nf = [("377/BC-UBND", "reference"), ("15/9/2024", "date"), ("14/10/2024", "date"),
          ("21 xã, thị trấn", "count_of_things")]
    r = b.report("T31", "quarterly_report", "2024-10-18", "Tỉnh Bắc Giang", text, nf)
    r.unfact |= {"PO"}
    return r


# ------------------------------------------------------------------ T32
@report
def t32():
    """Commune report after the merger (Xã Phù Cát, Gia Lai, October 2025): one rate with x/y
    whose x and y each take part in a sum; a digit of the rate changed (only the ratio breaks,
    but its counts are held by the sums)."""
    b = B()
    b.cnt("C", 41, "received_carried_over", "self")
    b.cnt("ON", 3358, "received_online", "self")
    b.cnt("OFF", 407, "received_offline", "self")
    b.tot("R", ["C", "ON", "OFF"], "received_total", "self")
    b.rep("ONx", "ON", fact=False)
    b.tot("NEW", ["ONx", "OFF"], "received_total", "self", scope="tiếp nhận mới")
    b.rate("pON", "ONx", "NEW", "online_submission", "self")
    b.cnt("S", 3690, "resolved_total", "self")
    b.cnt("IT", 3684, "resolved_in_time", "self")
    b.cnt("L", 6, "resolved_late", "self", style="lz")
    b.ident("sum", "S", ["IT", "L"])
    b.cnt("P", b.v["R"] - 3690, "pending_total", "self")
    b.ident("bal", ["R"], ["S", "P"])
    text = """ỦY BAN NHÂN DÂN
XÃ PHÙ CÁT
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 19/BC-TTPVHCC
Phù Cát, ngày 16 tháng 10 năm 2025

BÁO CÁO
Kết quả thực hiện một số chỉ tiêu cải cách thủ tục hành chính tháng 10 năm 2025
(từ ngày 15/9/2025 đến ngày 14/10/2025)

1. Tiếp nhận: {R} hồ sơ, trong đó kỳ trước chuyển qua {C} hồ sơ, tiếp nhận mới trực tuyến
{ON} hồ sơ, trực tiếp và bưu chính {OFF} hồ sơ.
Tỷ lệ nộp hồ sơ trực tuyến đạt {pON}% (số hồ sơ nộp trực tuyến/tổng số hồ sơ tiếp nhận mới
là {ONx}/{NEW} hồ sơ).
2. Đã giải quyết {S} hồ sơ: đúng hạn, trước hạn {IT} hồ sơ; quá hạn {L} hồ sơ.
3. Đang giải quyết: {P} hồ sơ.

GIÁM ĐỐC
Đặng Văn Minh
"""
    nf = [("19/BC-TTPVHCC", "reference"), ("15/9/2025", "date"), ("14/10/2025", "date")]
    return b.report("T32", "commune_report", "2025-10-16", "Tỉnh Gia Lai", text, nf,
                    slip("pON", "86,19", "digit",
                         "Online rate: 3.358/3.765 is 89,19%; only the ratio breaks, but its counts "
                         "are held by 3.765 = 3.358 + 407, 3.806 = 41 + 3.358 + 407 and the repeated 3.358."),
                    "determined")


def show(name):
    """Print a report's true figures (to choose a slip)."""
    for fn in REPORTS:
        r = fn()
        if r.name == name:
            print({k: r.written(k, False) for k in r.vals})


def table(rows) -> str:
    """The per-file table of README.md."""
    out = ["| file | register | issuer's province | doc_date | slip (pattern) | determined | broken identities (codes) |",
           "|---|---|---|---|---|---|---|"]
    for name, t in rows:
        s = t["suggestion"]
        slip_ = "clean" if not s else f"`{s['text']}` → {s['corrected']} ({s['pattern']})"
        det = "—" if not s else ("yes" if s["determined"] else "**no**")
        codes = ", ".join(m["code"] for m in t["mistakes"]) or "—"
        out.append(f"| {name} | {t['register']} | {t['province'] or '—'} | {t['doc_date']} | {slip_} | {det} | {codes} |")
    return "\n".join(out)


def main(argv):
    if argv and argv[0] == "--show":
        return show(argv[1])
    out = Path(__file__).resolve().parent
    only = set(argv)
    rows = []
    for fn in REPORTS:
        r = fn()
        if only and r.name not in only:
            continue
        t = r.write(out)
        rows.append((r.name, t))
        s = t["suggestion"]
        print(r.name, r.register, "clean" if not s else
              f"{s['pattern']:9} {s['text']} -> {s['corrected']} determined={s['determined']}",
              f"facts={len(t['facts'])} mistakes={[m['code'] for m in t['mistakes']]}")
    if not only:
        readme = out / "README.md"
        text = readme.read_text("utf-8")
        a, b = "<!-- table -->", "<!-- /table -->"
        if a in text:
            head, rest = text.split(a, 1)
            tail = rest.split(b, 1)[1]
            readme.write_text(head + a + "\n" + table(rows) + "\n" + b + tail, "utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
