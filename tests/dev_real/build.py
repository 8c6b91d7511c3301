"""Build tests/dev_real: rewrites of real public pages (session 7, s7-rec-c).

Each report keeps the layout and constructs of one real page (sentence shapes, word orders,
breakdowns, label: value lines) with new sentences and new numbers. Counts are chosen first;
every percentage is computed here from them, half up at the decimals written
(CONTRACT section 5), so a clean report holds no inconsistency. Planted mistakes are written
over the computed value and listed in the truth. The truth is written from the document by
its author; docparse was not run (nor its code read) when this set was written.

Run: python3 tests/dev_real/build.py   (rewrites R*.txt and R*.truth.json beside it)
"""
import json
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

HERE = Path(__file__).resolve().parent


def rnd(n, m, d):
    """100*n/m rounded half up at d decimals, as a float."""
    q = Decimal(1).scaleb(-d)
    return float((Decimal(100) * Decimal(n) / Decimal(m)).quantize(q, rounding=ROUND_HALF_UP))


def p(n, m, d=2):
    """The percentage as written: comma decimal mark."""
    v = rnd(n, m, d)
    return f"{v:.{d}f}".replace(".", ",")


def n_(x):
    """A count with '.' grouping thousands."""
    return f"{x:,}".replace(",", ".")


def F(kind, ind, subj, value, num=None, den=None, text=None, scope=None, **extra):
    f = {"kind": kind, "indicator": ind, "subject": subj, "scope": scope, "value": value,
         "numerator": num, "denominator": den}
    if text is not None:
        f["text"] = text
    f.update(extra)
    return f


def cnt(ind, subj, x, scope=None):
    return F("count", ind, subj, x, text=n_(x), scope=scope)


def rate(ind, subj, num, den, d=2, scope=None, linked=True):
    v = rnd(num, den, d)
    return F("rate", ind, subj, v, num if linked else None, den if linked else None,
             text=p(num, den, d) + "%", scope=scope)


def NF(text, why):
    return {"text": text, "why": why}


DOCS = {}


def doc(fn):
    DOCS[fn.__name__.upper()] = fn
    return fn


# ---------------------------------------------------------------- R01 Lâm Đồng, quarter by level
@doc
def r01():
    lv = {  # level: resolved, in time, late, pending on time, pending late
        "departments": (54402, 53618, 784, 2765, 143),
        "districts": (345306, 338987, 6319, 2590, 1022),
        "communes": (271540, 270211, 1329, 1402, 183),
    }
    data = {}
    for k, (res, it, late, pot, plate) in lv.items():
        pend = pot + plate
        data[k] = dict(res=res, it=it, late=late, pot=pot, plate=plate, pend=pend, recv=res + pend)
    city = {key: sum(data[k][key] for k in data) for key in data["departments"]}
    dp, di, co = data["departments"], data["districts"], data["communes"]
    t = f"""Hơn 8.400 hồ sơ bị giải quyết quá hạn trong quý I

Theo số liệu UBND tỉnh vừa tổng hợp, quý I năm 2020 (số liệu tính từ ngày 15/12/2019 đến ngày 14/3/2020) toàn tỉnh tiếp nhận {n_(city['recv'])} hồ sơ, giải quyết xong {n_(city['res'])} hồ sơ; trong đó số hồ sơ giải quyết đúng và trước hạn có {n_(city['it'])} hồ sơ, chiếm tỷ lệ {p(city['it'], city['res'])}%; số hồ sơ quá hạn có {n_(city['late'])} hồ sơ, chiếm tỷ lệ {p(city['late'], city['res'])}%.

Số hồ sơ còn lại đang giải quyết là {n_(city['pend'])} hồ sơ, trong đó {n_(city['pot'])} hồ sơ chưa đến hạn và {n_(city['plate'])} hồ sơ đã quá hạn.

Tính riêng từng cấp, ở cấp tỉnh, trong quý tiếp nhận {n_(dp['recv'])} hồ sơ; giải quyết {n_(dp['res'])} hồ sơ, đúng và trước hạn {n_(dp['it'])} hồ sơ, đạt tỷ lệ {p(dp['it'], dp['res'])}%; quá hạn còn {n_(dp['late'])} hồ sơ, chiếm tỷ lệ {p(dp['late'], dp['res'])}%. Trong {n_(dp['pend'])} hồ sơ đang giải quyết, có {n_(dp['pot'])} hồ sơ chưa đến hạn và {n_(dp['plate'])} hồ sơ đã quá hạn.

Ở cấp huyện, 12 huyện, thành phố tiếp nhận {n_(di['recv'])} hồ sơ trong quý, đã giải quyết {n_(di['res'])} hồ sơ; trong đó đúng và trước hạn có {n_(di['it'])} hồ sơ, đạt tỷ lệ {p(di['it'], di['res'])}%, còn {n_(di['late'])} hồ sơ quá hạn, tỷ lệ {p(di['late'], di['res'], 1)}%. Trong số {n_(di['pend'])} hồ sơ đang giải quyết, số chưa đến hạn là {n_(di['pot'])} hồ sơ và có {n_(di['plate'])} hồ sơ đã quá hạn.

Ở cấp xã, toàn tỉnh tiếp nhận {n_(co['recv'])} hồ sơ, đã giải quyết {n_(co['res'])} hồ sơ; trong đó đúng và trước hạn {n_(co['it'])} hồ sơ, đạt tỷ lệ {p(co['it'], co['res'])}%, quá hạn {n_(co['late'])} hồ sơ, chiếm {p(co['late'], co['res'])}%. Số hồ sơ đang giải quyết ở cấp xã là {n_(co['pend'])} hồ sơ, gồm {n_(co['pot'])} hồ sơ chưa đến hạn và {n_(co['plate'])} hồ sơ quá hạn.

UBND tỉnh yêu cầu các sở, ngành và UBND các huyện, thành phố rà soát nguyên nhân hồ sơ quá hạn, thực hiện xin lỗi người dân theo quy định.
"""
    facts = []
    for subj, d, sc, ld in (("city", city, None, 2), ("departments", dp, "cấp tỉnh", 2),
                            ("districts", di, "cấp huyện", 1), ("communes", co, "cấp xã", 2)):
        facts += [cnt("received_total", subj, d["recv"], sc), cnt("resolved_total", subj, d["res"], sc),
                  cnt("resolved_in_time", subj, d["it"], sc),
                  rate("resolved_on_time", subj, d["it"], d["res"], 2, sc),
                  cnt("resolved_late", subj, d["late"], sc),
                  rate("resolved_late", subj, d["late"], d["res"], ld, sc),
                  cnt("pending_total", subj, d["pend"], sc), cnt("pending_on_time", subj, d["pot"], sc),
                  cnt("pending_late", subj, d["plate"], sc)]
    nf = [NF("Hơn 8.400", "approx"), NF("15/12/2019", "date"), NF("14/3/2020", "date"),
          NF("12 huyện", "count_of_things")]
    return t, dict(register="news_article", doc_date="2020-03-18", province="Tỉnh Lâm Đồng",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R02 Lâm Đồng, month, centre + district (sum off by 4)
@doc
def r02():
    c_recv, c_new = 18904, 15722
    c_e, c_o, c_l = 13190, 1961, 155
    c_res = c_e + c_o + c_l
    d_recv, d_new = 22035, 18810
    d_e, d_o, d_l = 14027, 3301, 656
    d_res = 17980  # planted: the parts make 17.984
    t = f"""Hồ sơ quá hạn ở cấp huyện vẫn còn nhiều

Số liệu thống kê cho thấy lượng hồ sơ giải quyết quá hạn trên địa bàn tỉnh vẫn còn nhiều, tập trung ở cấp huyện.

Trong tháng 10/2019, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận tổng cộng {n_(c_recv)} hồ sơ, trong đó {n_(c_new)} hồ sơ mới tiếp nhận trong tháng, còn lại là hồ sơ kỳ trước chuyển sang.

Trung tâm đã giải quyết {n_(c_res)} hồ sơ; trong đó giải quyết trước hạn {n_(c_e)} hồ sơ, chiếm tỷ lệ {p(c_e, c_res, 1)}%; giải quyết đúng hạn {n_(c_o)} hồ sơ, chiếm tỷ lệ {p(c_o, c_res, 1)}%; số hồ sơ quá hạn còn {n_(c_l)}, chiếm tỷ lệ {p(c_l, c_res, 0)}%. Toàn bộ số hồ sơ quá hạn nói trên thuộc Văn phòng Đăng ký đất đai.

Ở cấp huyện, tổng số hồ sơ phải giải quyết trong tháng trên hệ thống một cửa điện tử (kể cả số liệu của cấp xã) là {n_(d_recv)} hồ sơ, trong đó tiếp nhận mới {n_(d_new)} hồ sơ, phần còn lại từ tháng trước chuyển sang. Đã giải quyết xong {n_(d_res)} hồ sơ, trong đó {n_(d_e)} hồ sơ trước hạn, chiếm {p(d_e, d_res, 0)}%; {n_(d_o)} hồ sơ đúng hạn, chiếm {p(d_o, d_res, 1)}% và số quá hạn còn {n_(d_l)} hồ sơ, chiếm đến {p(d_l, d_res, 1)}%.
"""
    facts = []
    for subj, sc, recv, res, e, o, l, de in (("departments", "cấp tỉnh", c_recv, c_res, c_e, c_o, c_l, (1, 1, 0)),
                                             ("districts", "cấp huyện", d_recv, d_res, d_e, d_o, d_l, (0, 1, 1))):
        facts += [cnt("received_total", subj, recv, sc), cnt("resolved_total", subj, res, sc),
                  cnt("received_total", subj, c_new if subj == "departments" else d_new, "tiếp nhận mới"),
                  cnt("resolved_early", subj, e, sc), rate("other", subj, e, res, de[0], sc),
                  cnt("resolved_on_time", subj, o, sc), rate("other", subj, o, res, de[1], sc),
                  cnt("resolved_late", subj, l, sc), rate("resolved_late", subj, l, res, de[2], sc)]
    mistakes = [{"code": "sum_mismatch", "stated": d_res, "text": n_(d_res),
                 "note": f"{n_(d_e)} + {n_(d_o)} + {n_(d_l)} = {n_(d_e + d_o + d_l)}"}]
    nf = [NF("10/2019", "date")]
    return t, dict(register="news_article", doc_date="2019-11-25", province="Tỉnh Lâm Đồng",
                   facts=facts, not_facts=nf, mistakes=mistakes)


# ---------------------------------------------------------------- R03 Lâm Đồng, quarterly 766 classes
@doc
def r03():
    t = f"""13 sở, ban, ngành có chất lượng phục vụ người dân, doanh nghiệp xếp loại xuất sắc

UBND tỉnh vừa báo cáo kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo Bộ chỉ số 766 quý II/2024 trên địa bàn tỉnh.

Theo đó, ở khối các sở, ban, ngành: nhóm xếp loại xuất sắc có 13/16 đơn vị, chiếm tỷ lệ {p(13, 16)}%; nhóm xếp loại tốt có 3/16 đơn vị, chiếm tỷ lệ {p(3, 16)}%; không có đơn vị xếp loại khá, trung bình hoặc yếu. Điểm số cao nhất là 97,84 điểm (Sở Tư pháp), thấp nhất là 84,02 điểm (Sở Giao thông vận tải).

Ở khối UBND các huyện, thành phố: nhóm xuất sắc gồm 11/12 đơn vị, chiếm tỷ lệ {p(11, 12)}%; nhóm tốt có 1/12 đơn vị, chiếm {p(1, 12)}%. Điểm cao nhất là 96,71 điểm (UBND huyện Đức Trọng), điểm thấp nhất là 89,40 điểm (UBND huyện Đam Rông).
"""
    facts = [F("unit_count", "units_meeting_target", "departments", 13, 13, 16, text="13/16"),
             rate("other", "departments", 13, 16),
             F("unit_count", "units_meeting_target", "departments", 3, 3, 16, text="3/16"),
             rate("other", "departments", 3, 16),
             F("score", "index_766_total", "unit:Sở Tư pháp", 97.84, text="97,84 điểm"),
             F("score", "index_766_total", "unit:Sở Giao thông vận tải", 84.02, text="84,02 điểm"),
             F("unit_count", "units_meeting_target", "districts", 11, 11, 12, text="11/12"),
             rate("other", "districts", 11, 12),
             F("unit_count", "units_meeting_target", "districts", 1, 1, 12, text="1/12"),
             rate("other", "districts", 1, 12),
             F("score", "index_766_total", "unit:Huyện Đức Trọng", 96.71, text="96,71 điểm"),
             F("score", "index_766_total", "unit:Huyện Đam Rông", 89.40, text="89,40 điểm")]
    nf = [NF("13 sở", "count_of_things"), NF("766", "reference")]
    return t, dict(register="news_article", doc_date="2024-07-20", province="Tỉnh Lâm Đồng",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R04 Vĩnh Phúc, districts, rate over dossiers due
@doc
def r04():
    due, it, late, ret, new = 20760, 20118, 642, 21, 20415
    assert it + late == due
    t = f"""Kết quả tiếp nhận, giải quyết TTHC tại Bộ phận Một cửa cấp huyện từ ngày 21/7 đến 20/8/2021

Theo Báo cáo số 21/BC-TTPVHCC của Trung tâm Phục vụ hành chính công tỉnh, trong tháng 8/2021 Bộ phận Một cửa các huyện, thành phố đã tiếp nhận mới {n_(new)} hồ sơ; hồ sơ đến hạn giải quyết là {n_(due)} hồ sơ, trong đó đã trả kết quả trước và đúng hạn {n_(it)} hồ sơ (đạt {p(it, due)}%), hồ sơ chậm, quá hạn {n_(late)} hồ sơ chiếm {p(late, due)} %; hồ sơ bị trả lại hoặc người dân xin rút là {n_(ret)} hồ sơ (chiếm {p(ret, due)}%).

Tỷ lệ hồ sơ chậm, quá hạn tháng này là {p(late, due)}%, giảm 3,52% so với kỳ báo cáo tháng 7 và giảm tới 48,10% so với tháng 01/2021. Có 6/9 huyện, thành phố có tỷ lệ này dưới 3% và 9/9 huyện, thành phố có tỷ lệ dưới 10%.

Huyện Yên Lạc lần đầu dẫn đầu với tỷ lệ chậm, quá hạn 0,41%; huyện Bình Xuyên và huyện Tam Đảo có chuyển biến rõ (huyện Bình Xuyên giảm từ 9,62% xuống còn 1,58%; huyện Tam Đảo giảm từ 11,20% xuống còn 2,35%); thành phố Phúc Yên vẫn là địa phương có tỷ lệ này cao nhất (8,74%).
"""
    S = "districts"
    facts = [cnt("received_total", S, new), cnt("resolved_in_time", S, it),
             rate("resolved_on_time", S, it, due), cnt("resolved_late", S, late),
             rate("resolved_late", S, late, due),
             F("rate", "resolved_late", S, rnd(late, due, 2), text=p(late, due) + "%"),  # restated in the next paragraph
             cnt("resolved_rejected", S, ret),
             rate("other", S, ret, due),
             F("unit_count", "units_meeting_target", S, 6, 6, 9, text="6/9"),
             F("unit_count", "units_meeting_target", S, 9, 9, 9, text="9/9"),
             F("rate", "resolved_late", "unit:Huyện Yên Lạc", 0.41, text="0,41%"),
             F("rate", "resolved_late", "unit:Huyện Bình Xuyên", 1.58, text="1,58%"),
             F("rate", "resolved_late", "unit:Huyện Tam Đảo", 2.35, text="2,35%"),
             F("rate", "resolved_late", "unit:Thành phố Phúc Yên", 8.74, text="8,74%")]
    nf = [NF("giảm 3,52%", "change"), NF("giảm tới 48,10%", "change"), NF("dưới 3%", "bound"),
          NF("dưới 10%", "bound"), NF("9,62%", "reference"), NF("11,20%", "reference"),
          NF(n_(due), "count_of_things"), NF("21/BC-TTPVHCC", "reference")]
    return t, dict(register="news_article", doc_date="2021-08-30", province="Tỉnh Vĩnh Phúc",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R05 Vĩnh Phúc, centre month + quarter (quarter rate slipped)
@doc
def r05():
    m = dict(new=4286, car=2054, due=4301, it=4288, late=13, ret=97)
    q = dict(new=14512, car=2203, due=14630, it=14589, late=41, ret=452)
    for d in (m, q):
        assert d["it"] + d["late"] == d["due"]
    on_m, on3, on4 = 1702, 58, 1644
    q_stated = "99,82"  # planted: 14.589/14.630 is 99,72%
    t = f"""Kết quả giải quyết TTHC tại Trung tâm Phục vụ hành chính công tỉnh tháng 9 và quý III/2021

Trung tâm Phục vụ hành chính công tỉnh vừa có báo cáo kết quả tiếp nhận, giải quyết và trả kết quả thủ tục hành chính cấp tỉnh tháng 9/2021 và quý III năm 2021.

Tháng 9/2021, Trung tâm tiếp nhận mới {n_(m['new'])} hồ sơ, hồ sơ tồn kỳ trước chuyển sang là {n_(m['car'])}, lũy kế đã và đang giải quyết trong kỳ là {n_(m['new'] + m['car'])} hồ sơ; đến hạn giải quyết là {n_(m['due'])} hồ sơ. Đã có kết quả trả trước và đúng hạn là {n_(m['it'])} hồ sơ (đạt {p(m['it'], m['due'])}%). Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn chưa có kết quả là {n_(m['late'])} hồ sơ (chiếm {p(m['late'], m['due'])}%). Có {n_(m['ret'])} hồ sơ (chiếm {p(m['ret'], m['due'])}%) bị cơ quan thụ lý trả lại hoặc người nộp đề nghị rút. Có 16 cơ quan, đơn vị cấp tỉnh phát sinh hồ sơ trực tuyến với tổng số {n_(on_m)} hồ sơ, trong đó {on3} hồ sơ nộp mức độ 3 và {n_(on4)} hồ sơ nộp mức độ 4. Tỷ lệ hồ sơ trực tuyến bình quân đạt 19,4% trên tổng số hồ sơ giải quyết của các sở, ngành.

Quý III/2021, Trung tâm tiếp nhận mới {n_(q['new'])} hồ sơ, hồ sơ tồn kỳ trước chuyển sang là {n_(q['car'])}, lũy kế đã và đang giải quyết trong kỳ là {n_(q['new'] + q['car'])} hồ sơ; đến hạn giải quyết là {n_(q['due'])} hồ sơ. Đã có kết quả trả trước và đúng hạn là {n_(q['it'])} hồ sơ (đạt {q_stated}%). Hồ sơ chậm hạn và quá hạn chưa có kết quả là {n_(q['late'])} hồ sơ (chiếm {p(q['late'], q['due'])}%). Có {n_(q['ret'])} hồ sơ (chiếm {p(q['ret'], q['due'])}%) bị trả lại hoặc xin rút.
"""
    S = "departments"
    facts = []
    for d, sc, stated in ((m, "tháng 9/2021", None), (q, "quý III/2021", 99.82)):
        r_on = rate("resolved_on_time", S, d["it"], d["due"], scope=sc)
        if stated is not None:
            r_on["value"], r_on["text"] = stated, q_stated + "%"
        facts += [cnt("received_carried_over", S, d["car"], sc), cnt("received_total", S, d["new"] + d["car"], sc),
                  cnt("received_total", S, d["new"], sc + ", tiếp nhận mới"),
                  cnt("resolved_in_time", S, d["it"], sc), r_on,
                  cnt("resolved_late", S, d["late"], sc), rate("resolved_late", S, d["late"], d["due"], scope=sc),
                  cnt("resolved_rejected", S, d["ret"], sc), rate("other", S, d["ret"], d["due"], scope=sc)]
    facts += [cnt("received_online", S, on_m, "tháng 9/2021"), cnt("received_online", S, on3, "mức độ 3"),
              cnt("received_online", S, on4, "mức độ 4"),
              F("rate", "online_submission", S, 19.4, text="19,4%", scope="tháng 9/2021")]
    mistakes = [{"code": "ratio_mismatch", "stated": 99.82, "text": "99,82%",
                 "note": "14.589/14.630 is 99,72%"},
                {"code": "complement_mismatch", "stated": 99.82, "text": "99,82%",
                 "note": "99,82% on time + 0,28% late over the same 14.630 make 100,10%"}]
    nf = [NF("16 cơ quan", "count_of_things"), NF(n_(m["due"]), "count_of_things"),
          NF(n_(q["due"]), "count_of_things")]
    return t, dict(register="news_article", doc_date="2021-09-29", province="Tỉnh Vĩnh Phúc",
                   facts=facts, not_facts=nf, mistakes=mistakes)


# ---------------------------------------------------------------- R06 Thừa Thiên Huế portal table
@doc
def r06():
    rows = [("Mức 1, 2", 222318, 9222, 110245, 94376, 17697, (1, 1, 0)),
            ("Mức 3", 70985, 3225, 50412, 15980, 4593, (0, 1, 1)),
            ("Mức 4", 2240, 78, 1410, 541, 289, (1, 1, 1))]
    lines = []
    facts = []
    for lab, res, pend, e, o, l, de in rows:
        assert e + o + l == res
        lines.append(f"{lab}\t{res + pend}\t{res}\t{pend}\t{e}\t{p(e, res, de[0])}%\t{o}\t{p(o, res, de[1])}%\t{l}\t{p(l, res, de[2])}%")
        S = "city"
        facts += [F("count", "received_total", S, res + pend, text=str(res + pend), scope=lab),
                  F("count", "resolved_total", S, res, text=str(res), scope=lab),
                  F("count", "pending_total", S, pend, text=str(pend), scope=lab),
                  F("count", "resolved_early", S, e, text=str(e), scope=lab),
                  rate("other", S, e, res, de[0], lab),
                  F("count", "resolved_on_time", S, o, text=str(o), scope=lab),
                  rate("other", S, o, res, de[1], lab),
                  F("count", "resolved_late", S, l, text=str(l), scope=lab),
                  rate("resolved_late", S, l, res, de[2], lab)]
    tot, m3, m4 = 2660, 1872, 741
    t = "CỔNG DỊCH VỤ CÔNG TỈNH THỪA THIÊN HUẾ\nThống kê\n\nKết quả giải quyết thủ tục hành chính (từ 01/01/2022 đến 15/6/2022)\n" \
        "Mức độ\tTổng\tĐã xử lý\tChưa xử lý\tTrước hạn\t\tĐúng hạn\t\tTrễ hạn\t\n" \
        "\t\t\t\tTổng\t%\tTổng\t%\tTổng\t%\n" + "\n".join(lines) + "\n\n" + \
        "Tỷ lệ cung cấp dịch vụ công trực tuyến\nMức độ 2\t\tMức độ 3\t\tMức độ 4\t\n" \
        "TTHC\t%\tTTHC\t%\tTTHC\t%\n" + \
        f"Tỷ lệ TTHC cung cấp trực tuyến\t{tot}\t100%\t{m3}\t{p(m3, tot, 1)}%\t{m4}\t{p(m4, tot, 1)}%\n\n" + \
        "Tỷ lệ đánh giá mức độ hài lòng\n\n" \
        "Tiêu chí 1: Đánh giá chung về chất lượng dịch vụ\n\n" \
        "Tiêu chí 2: Mức độ dễ dàng khi sử dụng dịch vụ trực tuyến\n\n" \
        "Tiêu chí 3: Việc trả kết quả đúng thời hạn của cơ quan giải quyết\n\n" \
        "Tiêu chí 4: Thái độ, tinh thần phục vụ của cán bộ, công chức tiếp nhận hồ sơ\n"
    facts += [F("count", "procedures_total", "city", tot, text=str(tot)),
              F("rate", "other", "city", 100, text="100%", scope="Mức độ 2"),
              F("count", "procedures_partial_online", "city", m3, text=str(m3), scope="Mức độ 3"),
              rate("other", "city", m3, tot, 1, "Mức độ 3"),
              F("count", "procedures_full_online", "city", m4, text=str(m4), scope="Mức độ 4"),
              rate("other", "city", m4, tot, 1, "Mức độ 4")]
    nf = [NF("Tiêu chí 1", "reference"), NF("Tiêu chí 2", "reference"), NF("Tiêu chí 3", "reference"),
          NF("Tiêu chí 4", "reference"), NF("Mức 3", "reference"), NF("Mức 4", "reference")]
    return t, dict(register="portal_stats", doc_date="2022-06-15", province="Tỉnh Thừa Thiên Huế",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R07 Gia Lai portal block, late rate over all to handle
@doc
def r07():
    new, car = 38512, 4106
    need = new + car
    p_late, p_soon, p_not = 318, 407, 4485
    pend = p_late + p_soon + p_not
    r_late, r_early, r_unc = 1052, need - pend - 1052, 2114
    res = r_late + r_early
    late_rate = rnd(p_late + r_late, need, 2)
    t = f"""HỆ THỐNG THÔNG TIN MỘT CỬA ĐIỆN TỬ TỈNH GIA LAI
Thống kê tình hình xử lý hồ sơ tháng 11/2021 - Toàn tỉnh

Đã tiếp nhận: {n_(new)}
Tồn kỳ trước: {n_(car)}
Cần xử lý: {n_(need)}
Đang xử lý: {n_(pend)} (Trễ: {p_late} - Sắp trễ: {p_soon} - Chưa đến: {n_(p_not)})
Đã xử lý: {n_(res)} (Trễ: {n_(r_late)} - Sớm: {n_(r_early)} - Chưa nhận: {n_(r_unc)})
Tỉ lệ trễ hạn: {p(p_late + r_late, need)}%
Tỉ lệ đúng hạn: {f'{100 - late_rate:.2f}'.replace('.', ',')}%

Cách tính: Tỉ lệ trễ hạn = (Số hồ sơ trễ đang xử lý + Số hồ sơ trễ đã xử lý) / Số hồ sơ cần xử lý; Tỉ lệ đúng hạn = 100% - Tỉ lệ trễ hạn. "Chưa nhận" là số hồ sơ đã xử lý xong nhưng công dân, tổ chức chưa đến nhận kết quả.
"""
    S = "city"
    facts = [cnt("received_carried_over", S, car), cnt("received_total", S, need),
             cnt("received_total", S, new, "đã tiếp nhận (mới)"),
             cnt("pending_total", S, pend), cnt("pending_late", S, p_late),
             cnt("resolved_total", S, res), cnt("resolved_late", S, r_late),
             cnt("resolved_in_time", S, r_early),
             F("rate", "resolved_late", S, late_rate, None, None, text=p(p_late + r_late, need) + "%"),
             F("rate", "resolved_on_time", S, round(100 - late_rate, 2), None, None,
               text=f"{100 - late_rate:.2f}".replace(".", ",") + "%")]
    nf = [NF(n_(r_unc), "count_of_things"), NF("11/2021", "date")]
    return t, dict(register="portal_stats", doc_date="2021-11-30", province="Tỉnh Gia Lai",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R08 Gia Lai news, SIPAS / PAR INDEX
@doc
def r08():
    t = """Gia Lai dẫn đầu khu vực Tây Nguyên về Chỉ số SIPAS

Bộ Nội vụ vừa công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) và Chỉ số cải cách hành chính (PAR INDEX) năm 2023 của các tỉnh, thành phố.

Ở Chỉ số SIPAS, tỉnh Quảng Ninh dẫn đầu với kết quả đạt 91,07%; thứ hai là tỉnh Thái Nguyên đạt 90,44%; thứ ba là tỉnh Hải Dương đạt 90,12%. Gia Lai xếp thứ 21, đạt 83,56% (giảm 4 bậc so với năm 2022 nhưng vẫn dẫn đầu khu vực Tây Nguyên).

Với Chỉ số PAR INDEX, giá trị trung bình năm 2023 của các tỉnh, thành phố đạt 86,71%, cao hơn 2,05% so với năm 2022. Đây là năm thứ 5 liên tiếp Chỉ số cải cách hành chính của các địa phương có giá trị trung bình trên 80%.
"""
    facts = [F("rate", "other", "unit:Tỉnh Quảng Ninh", 91.07, text="91,07%"),
             F("rate", "other", "unit:Tỉnh Thái Nguyên", 90.44, text="90,44%"),
             F("rate", "other", "unit:Tỉnh Hải Dương", 90.12, text="90,12%"),
             F("rate", "other", "city", 83.56, text="83,56%"),
             F("rate", "other", "national", 86.71, text="86,71%")]
    nf = [NF("giảm 4 bậc", "change"), NF("cao hơn 2,05%", "change"), NF("trên 80%", "bound"),
          NF("năm thứ 5", "count_of_things")]
    return t, dict(register="news_article", doc_date="2024-04-22", province="Tỉnh Gia Lai",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R09 Quảng Trị 2025, 766 total and parts (parts make 79,42)
@doc
def r09():
    parts = [("index_766_publicity", "công khai, minh bạch", 15.8, "15,8"),
             ("index_766_progress", "tiến độ giải quyết thủ tục hành chính", 19.1, "19,1"),
             ("index_766_online_service", "dịch vụ công trực tuyến", 9.47, "9,47"),
             ("index_766_online_payment", "thanh toán trực tuyến", 6.2, "6,2"),
             ("index_766_satisfaction", "mức độ hài lòng", 17.55, "17,55"),
             ("index_766_digitization", "số hóa hồ sơ", 11.3, "11,3")]
    total = 79.32  # planted: the parts make 79,42
    plist = "; ".join(f"{lab} đạt {txt} điểm" for _, lab, _, txt in parts)
    t = f"""Quảng Trị đứng thứ hai cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp

Tính đến ngày 25/7, tỉnh Quảng Trị đứng thứ hai trong tổng số 34 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp theo bảng xếp hạng trên Cổng Dịch vụ công quốc gia, sau gần một tháng vận hành chính quyền địa phương hai cấp.

Cụ thể, tỉnh Quảng Trị đạt tổng 79,32/100 điểm, đứng thứ hai cả nước. Trong đó, điểm thành phần như sau: {plist}.

Theo đánh giá của UBND tỉnh, kết quả này cho thấy bộ máy hành chính mới đã vận hành thông suốt, phục vụ người dân, doanh nghiệp ngày càng tốt hơn.
"""
    facts = [F("score", "index_766_total", "city", total, text="79,32/100 điểm", maximum=100),
             F("rank", "index_766_rank", "city", 2, None, 34, text="thứ hai"),
             F("rank", "index_766_rank", "city", 2, None, None, text="thứ hai"),  # the title
             F("rank", "index_766_rank", "city", 2, None, None, text="thứ hai")]  # "đứng thứ hai cả nước"
    facts += [F("score", ind, "city", v, text=txt + " điểm") for ind, _, v, txt in parts]
    mistakes = [{"code": "score_sum_mismatch", "stated": total, "text": "79,32/100",
                 "note": "15,8 + 19,1 + 9,47 + 6,2 + 17,55 + 11,3 = 79,42"}]
    nf = [NF("25/7", "date"), NF("một tháng", "count_of_things"), NF("hai cấp", "count_of_things")]
    return t, dict(register="news_article", doc_date="2025-07-26", province="Tỉnh Quảng Trị",
                   facts=facts, not_facts=nf, mistakes=mistakes)


# ---------------------------------------------------------------- R10 Đồng Nai 2025, 766 rank and change
@doc
def r10():
    t = """Đồng Nai vươn lên thứ 4 cả nước về chỉ số phục vụ người dân, doanh nghiệp

(Tin) - Tỉnh Đồng Nai vừa vươn lên xếp thứ 4/34 tỉnh, thành phố trong cả nước về chỉ số phục vụ người dân, doanh nghiệp theo đánh giá của Cổng Dịch vụ công quốc gia.

Chiều 28-8, UBND tỉnh Đồng Nai cho biết, tính đến cuối tháng 8/2025, tỉnh đạt 84,96 điểm, xếp thứ 4/34 tỉnh, thành phố, tăng 12,8 điểm và tăng 5 bậc so với thời điểm tháng trước (72,16 điểm, xếp thứ 9) về kết quả chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, cung cấp dịch vụ công.

Lãnh đạo UBND tỉnh xác định cải cách hành chính là nhiệm vụ của cả hệ thống chính trị; thời gian tới tỉnh tiếp tục đẩy mạnh số hóa, kết nối, chia sẻ dữ liệu giữa các cấp, các ngành.
"""
    facts = [F("score", "index_766_total", "city", 84.96, text="84,96 điểm"),
             F("rank", "index_766_rank", "city", 4, None, 34, text="4/34"),
             F("rank", "index_766_rank", "city", 4, None, 34, text="4/34"),  # restated in the next paragraph
             F("rank", "index_766_rank", "city", 4, None, None, text="thứ 4")]  # the title
    nf = [NF("tăng 12,8 điểm", "change"), NF("tăng 5 bậc", "change"), NF("72,16 điểm", "reference"),
          NF("xếp thứ 9", "reference"), NF("28-8", "date")]
    return t, dict(register="news_article", doc_date="2025-08-28", province="Tỉnh Đồng Nai",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R11 Quảng Nam 2024, dot decimals, parts over maxima
@doc
def r11():
    parts = [("index_766_publicity", "Công khai, minh bạch đạt", 13.6, 18),
             ("index_766_progress", "Tiến độ giải quyết", 18.1, 20),
             ("index_766_online_service", "DVC trực tuyến đạt", 7.3, 12),
             ("index_766_online_payment", "Thanh toán trực tuyến đạt", 7.9, 10),
             ("index_766_satisfaction", "Mức độ hài lòng đạt", 17.2, 18),
             ("index_766_digitization", "Số hóa hồ sơ", 15.3, 22)]
    total = round(sum(v for _, _, v, _ in parts), 1)
    plist = "; ".join(f"chỉ số {lab} {v}/{mx} điểm" for _, lab, v, mx in parts)
    tt = f"{total}".replace(".", ",")
    t = f"""Quảng Nam đang xếp thứ 24 cả nước về Bộ chỉ số phục vụ người dân và doanh nghiệp

Ngày 19/8, Văn phòng UBND tỉnh đã công bố số liệu Bộ chỉ số phục vụ người dân và doanh nghiệp của các sở, ban, ngành và UBND các huyện, thị xã, thành phố. Theo đó, tỉnh Quảng Nam đứng vị trí 24/63, đạt {tt} điểm, xếp loại Khá (bình quân cả nước 76.2 điểm).

Cụ thể, {plist}.

Số liệu chi tiết cho thấy, Sở Tư pháp tiếp tục dẫn đầu bảng tổng điểm, phân loại, xếp hạng sở, ban, ngành cấp tỉnh năm 2024, xếp loại xuất sắc; 07 sở được xếp loại tốt gồm: Ngoại vụ, Khoa học và Công nghệ, Nội vụ, Công Thương, Giao thông vận tải, Y tế, Tài chính và 6 sở, ngành được xếp loại khá.

Ở bảng tổng điểm, phân loại, xếp hạng cấp huyện, thị xã, thành phố có 12 địa phương được xếp loại tốt, gồm: Nam Giang, Hiệp Đức, Đại Lộc, Hội An, Tiên Phước, Nam Trà My, Tam Kỳ, Điện Bàn, Phước Sơn, Núi Thành, Duy Xuyên, Phú Ninh và 6 huyện xếp loại khá.
"""
    facts = [F("score", "index_766_total", "city", total, text=f"{tt} điểm"),
             F("rank", "index_766_rank", "city", 24, None, 63, text="24/63"),
             F("rank", "index_766_rank", "city", 24, None, None, text="thứ 24"),  # the title
             F("score", "index_766_total", "national", 76.2, text="76.2 điểm")]
    facts += [F("score", ind, "city", v, text=f"{v}/{mx} điểm", maximum=mx) for ind, _, v, mx in parts]
    nf = [NF("07 sở", "count_of_things"), NF("6 sở", "count_of_things"), NF("12 địa phương", "count_of_things"),
          NF("6 huyện", "count_of_things"), NF("19/8", "date")]
    return t, dict(register="news_article", doc_date="2024-08-19", province="Tỉnh Quảng Nam",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R12 Yên Bái, PAR / SIPAS ranks and unit values
@doc
def r12():
    t = """Hội nghị công bố các chỉ số cải cách hành chính năm 2022 của tỉnh

Ngày 14/7, UBND tỉnh tổ chức Hội nghị công bố kết quả Chỉ số cải cách hành chính (CCHC) của các sở, ban, ngành, UBND các huyện, thị xã, thành phố năm 2022 và triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2023.

Năm 2022, công tác CCHC của tỉnh có tiến bộ rõ rệt: Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) xếp thứ 9/63 tỉnh, thành phố, tăng 02 bậc so với năm 2021; Chỉ số CCHC cấp tỉnh đạt 86,35%, xếp thứ 16/63, tăng 05 bậc; tỉnh tiếp tục giữ vị trí thứ 4/14 tỉnh khu vực Trung du và miền núi phía Bắc.

Đối với khối sở, ban, ngành, Sở Tư pháp đứng đầu với Chỉ số CCHC đạt 91,20%; thấp nhất là Sở Xây dựng với 78,65%. Ở cấp huyện, thành phố Yên Bái dẫn đầu, đạt 89,02%; huyện Mù Cang Chải có kết quả thấp nhất, đạt 80,11%.
"""
    facts = [F("rate", "other", "city", 86.35, text="86,35%"),
             F("rate", "other", "unit:Sở Tư pháp", 91.20, text="91,20%"),
             F("rate", "other", "unit:Sở Xây dựng", 78.65, text="78,65%"),
             F("rate", "other", "unit:Thành phố Yên Bái", 89.02, text="89,02%"),
             F("rate", "other", "unit:Huyện Mù Căng Chải", 80.11, text="80,11%")]
    nf = [NF("tăng 02 bậc", "change"), NF("tăng 05 bậc", "change"), NF("14/7", "date"),
          NF("6 tháng", "date")]
    return t, dict(register="news_article", doc_date="2023-07-15", province="Tỉnh Yên Bái",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R13 Đắk Lắk 2018, every share over received
@doc
def r13():
    recv, e, o, l = 19240, 17158, 806, 739
    res = e + o + l
    t = f"""{p(e + o, recv, 1)}% hồ sơ được giải quyết đúng và trước hạn trong tháng 3/2018

Cập nhật lúc: 08:15 05/04/2018

Theo thống kê trên hệ thống Cổng Dịch vụ hành chính công trực tuyến của tỉnh, trong tháng 3 năm 2018 có {p(e + o, recv, 1)}% hồ sơ thủ tục hành chính (TTHC) được giải quyết đúng và trước hạn.

Trong tháng, hệ thống đã tiếp nhận {n_(recv)} hồ sơ và giải quyết được {n_(res)} hồ sơ, chiếm tỷ lệ {p(res, recv)}%. Trong đó, hồ sơ giải quyết trước hạn là {n_(e)} hồ sơ (chiếm tỷ lệ {p(e, recv)}%); số hồ sơ giải quyết đúng hạn là {n_(o)} hồ sơ (chiếm tỷ lệ {p(o, recv)}%); số hồ sơ giải quyết trễ hạn là {n_(l)} hồ sơ (chiếm tỷ lệ {p(l, recv)}%).

Một số đơn vị có số lượng hồ sơ TTHC tiếp nhận cao trên hệ thống gồm: UBND huyện Krông Pắc (4.105 hồ sơ), UBND thành phố Buôn Ma Thuột (3.218 hồ sơ); UBND huyện Cư M’gar (2.760 hồ sơ).

Một số đơn vị chưa thực hiện việc tiếp nhận và giải quyết TTHC trên hệ thống như: Sở Nội vụ, Sở Giao thông vận tải, Ban Dân tộc, Thanh tra tỉnh, Sở Kế hoạch và Đầu tư.

Nguồn: Cổng TTĐT tỉnh
"""
    S = "city"
    facts = [cnt("received_total", S, recv), cnt("resolved_total", S, res), rate("other", S, res, recv),
             cnt("resolved_early", S, e), rate("other", S, e, recv),
             cnt("resolved_on_time", S, o), rate("other", S, o, recv),
             cnt("resolved_late", S, l), rate("resolved_late", S, l, recv),
             F("rate", "resolved_on_time", S, rnd(e + o, recv, 1), text=p(e + o, recv, 1) + "%"),
             F("rate", "resolved_on_time", S, rnd(e + o, recv, 1), text=p(e + o, recv, 1) + "%"),  # title and lead
             cnt("received_total", "unit:Huyện Krông Pắc", 4105),
             cnt("received_total", "unit:Thành phố Buôn Ma Thuột", 3218),
             cnt("received_total", "unit:Huyện Cư M'gar", 2760)]
    nf = [NF("08:15", "date"), NF("05/04/2018", "date"), NF("3/2018", "date")]
    return t, dict(register="news_article", doc_date="2018-04-05", province="Tỉnh Đắk Lắk",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R14 Bình Dương 2021, communes
@doc
def r14():
    recv, res, it = 887361, 887105, 886930
    late = res - it
    t = f"""Tỷ lệ giải quyết hồ sơ đúng hạn ở cấp xã đạt {p(it, res)}%

Cập nhật: 27-01-2022 | 08:41:12

Năm 2021, 91 xã, phường, thị trấn trên địa bàn tỉnh đã tiếp nhận {n_(recv)} hồ sơ TTHC các loại; đã giải quyết {n_(res)} hồ sơ, trong đó trả trước và đúng hạn {n_(it)} hồ sơ, đạt tỷ lệ {p(it, res)}%, quá hạn {late} hồ sơ, chiếm tỷ lệ {p(late, res)}%.

Những địa phương có tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 100% là các xã, phường, thị trấn thuộc TP.Thuận An, TX.Bến Cát, các huyện Phú Giáo, Bàu Bàng và Dầu Tiếng.

Năm 2022, UBND tỉnh yêu cầu cấp xã tiếp tục kiện toàn, nâng cao hiệu quả hoạt động của bộ phận "một cửa", nhất là tuyên truyền, hướng dẫn người dân thực hiện TTHC trực tuyến mức độ 3, mức độ 4.
"""
    S = "communes"
    facts = [cnt("received_total", S, recv), cnt("resolved_total", S, res), cnt("resolved_in_time", S, it),
             rate("resolved_on_time", S, it, res), cnt("resolved_late", S, late), rate("resolved_late", S, late, res),
             F("rate", "resolved_on_time", S, rnd(it, res, 2), text=p(it, res) + "%")]  # the title
    nf = [NF("91 xã", "count_of_things"), NF("27-01-2022", "date"), NF("08:41:12", "date"),
          NF("mức độ 3", "reference"), NF("mức độ 4", "reference")]
    return t, dict(register="news_article", doc_date="2022-01-27", province="Tỉnh Bình Dương",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R15 national 2025, approximate parts with exact share
@doc
def r15():
    t = """Gần 96% xã, phường đã bố trí đủ nhân sự tại Bộ phận Một cửa

Cục Chuyển đổi số cho biết, theo báo cáo của Bộ Nội vụ ngày 23/8, sau gần 2 tháng vận hành chính quyền địa phương hai cấp, các Trung tâm Phục vụ hành chính công đã đi vào hoạt động: 32/34 địa phương đã thành lập 3.127 Trung tâm Phục vụ hành chính công cấp xã; thành phố Hà Nội và tỉnh Quảng Ninh vận hành theo mô hình Trung tâm một cấp với các chi nhánh.

Số lượng hồ sơ trực tuyến tiếp tục tăng. Tính từ ngày 1/7 đến 19/8/2025, cả nước đã tiếp nhận tổng cộng hơn 4,6 triệu hồ sơ, trong đó có trên 3,4 triệu hồ sơ được nộp trực tuyến, chiếm 74,2%, tăng 4,6% so với thời điểm báo cáo ngày 5/8. TP.HCM vẫn là địa phương có số lượng hồ sơ cao nhất với 682.417 hồ sơ, trong khi Lai Châu có số lượng hồ sơ thấp nhất với 13.806 hồ sơ.

Theo dữ liệu trên Hệ thống giám sát, đánh giá thực hiện Nghị quyết số 57, tính đến 16h ngày 24/8/2025, toàn bộ 34/34 tỉnh, thành phố đạt trạng thái "Xanh"; 24 tỉnh, thành phố đã "phủ xanh" hơn 50% số xã, phường, trong đó 19 tỉnh, thành phố "phủ xanh" hơn 70% số xã, phường.
"""
    facts = [F("rate", "received_online_share", "national", 74.2, text="74,2%"),
             cnt("received_total", "unit:Thành phố Hồ Chí Minh", 682417),
             cnt("received_total", "unit:Tỉnh Lai Châu", 13806),
             F("unit_count", "units_meeting_target", "national", 32, 32, 34, text="32/34"),
             F("unit_count", "units_meeting_target", "national", 34, 34, 34, text="34/34")]
    nf = [NF("Gần 96%", "approx"), NF("hơn 4,6 triệu", "approx"), NF("trên 3,4 triệu", "bound"),
          NF("tăng 4,6%", "change"), NF("hơn 50%", "bound"), NF("hơn 70%", "bound"),
          NF("3.127", "count_of_things"), NF("24 tỉnh", "count_of_things"), NF("19 tỉnh", "count_of_things"),
          NF("16h", "date"), NF("Nghị quyết số 57", "reference"), NF("2 tháng", "date")]
    return t, dict(register="news_article", doc_date="2025-08-25", province=None,
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R16 Bộ Nội vụ report, full-online by bloc + own figures
@doc
def r16():
    recv, onl, res, it = 21406, 18390, 20877, 20651
    t = f"""BỘ NỘI VỤ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 7215/BC-BNV
Hà Nội, ngày 20 tháng 11 năm 2025

BÁO CÁO
Kết quả thực hiện cải cách hành chính 10 tháng đầu năm 2025
và nhiệm vụ trọng tâm những tháng cuối năm 2025

I. KẾT QUẢ THỰC HIỆN
1. Về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông
Chính phủ đã ban hành Nghị định số 118/2025/NĐ-CP với nhiều quy định mới về tổ chức, hoạt động của Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã. Trên cơ sở đó, 32/34 địa phương đã thành lập 3.127 Trung tâm Phục vụ hành chính công cấp xã. Tổng số nhân sự tại các Trung tâm cấp xã của 32 địa phương là 23.960 người, bình quân mỗi Trung tâm được bố trí khoảng 8 nhân sự chuyên trách.

Theo số liệu của Bộ Khoa học và Công nghệ, tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết thủ tục hành chính của cả nước đạt 41,27%, trong đó khối bộ, ngành đạt 55,83% và khối địa phương đạt 17,62%.

2. Kết quả tại Bộ Nội vụ
Trong 10 tháng, Bộ Nội vụ tiếp nhận {n_(recv)} hồ sơ, trong đó {n_(onl)} hồ sơ trực tuyến (chiếm {p(onl, recv)}%); đã giải quyết {n_(res)} hồ sơ, trước hạn và đúng hạn {n_(it)} hồ sơ, đạt {p(it, res)}%.

Nơi nhận:
- Thủ tướng Chính phủ;
- Các Phó Thủ tướng Chính phủ;
- Lưu: VT, CCHC.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG

Trần Minh Quang
"""
    facts = [F("unit_count", "units_meeting_target", "national", 32, 32, 34, text="32/34"),
             F("rate", "full_online", "national", 41.27, text="41,27%"),
             F("rate", "full_online", "national", 55.83, text="55,83%", scope="khối bộ, ngành"),
             F("rate", "full_online", "national", 17.62, text="17,62%", scope="khối địa phương"),
             cnt("received_total", "self", recv), cnt("received_online", "self", onl),
             rate("received_online_share", "self", onl, recv),
             cnt("resolved_total", "self", res), cnt("resolved_in_time", "self", it),
             rate("resolved_on_time", "self", it, res)]
    nf = [NF("3.127", "count_of_things"), NF("23.960", "count_of_things"), NF("khoảng 8", "approx"),
          NF("32 địa phương", "count_of_things"), NF("118/2025/NĐ-CP", "reference"), NF("7215/BC-BNV", "reference"),
          NF("10 tháng", "date")]
    return t, dict(register="ministry_report", doc_date="2025-11-20", province=None,
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R17 PAR INDEX 2023, ministries and regions
@doc
def r17():
    t = """Chỉ số Cải cách hành chính 2023: Bộ Tư pháp vươn lên dẫn đầu

Hà Nội (TTXVN 18/4) Năm 2023, giá trị trung bình Chỉ số cải cách hành chính (PAR Index) của 17 bộ, cơ quan ngang bộ là 84,71%, tăng 0,52% so với năm 2022. Có 9/17 bộ có Chỉ số cải cách hành chính năm 2023 trên mức giá trị trung bình. Bộ Tư pháp dẫn đầu bảng Chỉ số, đạt 90,18%.

Ở khối địa phương, 6/6 vùng kinh tế - xã hội đều có giá trị trung bình Chỉ số đạt trên 80% và đều tăng so với năm 2022. Cao nhất là vùng Đồng bằng sông Hồng với 88,05%, cao hơn 1,62% so với năm 2022 (86,43%); thấp nhất là vùng Tây Nguyên, đạt 85,19%. Thành phố Hà Nội xếp thứ 3/63 tỉnh, thành phố trực thuộc Trung ương, đạt 91,12%.
"""
    facts = [F("rate", "other", "national", 84.71, text="84,71%"),
             F("unit_count", "units_meeting_target", "national", 9, 9, 17, text="9/17"),
             F("rate", "other", "unit:Bộ Tư pháp", 90.18, text="90,18%"),
             F("unit_count", "units_meeting_target", "national", 6, 6, 6, text="6/6"),
             F("rate", "other", "unit:Thành phố Hà Nội", 91.12, text="91,12%")]
    nf = [NF("tăng 0,52%", "change"), NF("cao hơn 1,62%", "change"), NF("86,43%", "reference"),
          NF("trên 80%", "bound"), NF("17 bộ", "count_of_things"), NF("18/4", "date")]
    return t, dict(register="news_article", doc_date="2024-04-18", province=None,
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R18 Quảng Nam 2020, satisfaction per department
@doc
def r18():
    t = """Công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh năm 2019

Bản in | Quay lại | A+ A A- | Đọc bài viết

Thứ 4, ngày 13/05/2020 | 03:59 PM (GMT +7)
UBND tỉnh vừa ban hành Quyết định số 1312/QĐ-UBND ngày 11/5/2020 công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước trên địa bàn tỉnh năm 2019.

Việc đo lường sự hài lòng nhằm nâng cao chất lượng phục vụ của các cơ quan hành chính nhà nước đối với người dân, tổ chức và cải thiện môi trường kinh doanh của tỉnh.

Theo kết quả công bố, Sở Tài nguyên và Môi trường xếp thứ nhất với 97,85%; Sở Tư pháp xếp thứ 2 với 96,40%. Riêng đối với các cơ quan ngành dọc, Bảo hiểm xã hội tỉnh xếp thứ nhất với 94,72%.

Lượt xem: 2,904

Tin đã đưa
"""
    facts = [F("rate", "other", "unit:Sở Tài nguyên và Môi trường", 97.85, text="97,85%"),
             F("rate", "other", "unit:Sở Tư pháp", 96.40, text="96,40%")]
    nf = [NF("2,904", "count_of_things"), NF("1312/QĐ-UBND", "reference"), NF("03:59", "date"),
          NF("13/05/2020", "date"), NF("GMT +7", "reference")]
    return t, dict(register="news_article", doc_date="2020-05-13", province="Tỉnh Quảng Nam",
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R19 TP.HCM quarterly TTHC control report (online share slipped)
@doc
def r19():
    onl, off, car = 406913, 1075393, 96518
    recv = onl + off
    e, o, l = 1112604, 318771, 16575
    res = e + o + l
    pot, plate = 121406, 9468
    pend = pot + plate
    assert res + pend == recv + car
    t = f"""ỦY BAN NHÂN DÂN
THÀNH PHỐ HỒ CHÍ MINH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 52/BC-UBND
Thành phố Hồ Chí Minh, ngày 30 tháng 3 năm 2020

BÁO CÁO
TÌNH HÌNH, KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH QUÝ I NĂM
2020

Thực hiện Thông tư số 02/2017/TT-VPCP ngày 31 tháng 10 năm 2017 của Văn phòng Chính phủ hướng dẫn nghiệp vụ kiểm soát thủ tục hành chính, Ủy ban nhân dân Thành phố Hồ Chí Minh báo cáo tình hình, kết quả thực hiện kiểm soát thủ tục hành chính quý I năm 2020 như sau:

I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH
1. Đánh giá tác động quy định thủ tục hành chính
Không phát sinh trong kỳ báo cáo.
(Biểu số 01b/VPCP/KSTT đính kèm)

2. Thẩm định, thẩm tra và góp ý thủ tục hành chính trong dự thảo văn bản quy phạm pháp luật
- Văn phòng UBND Thành phố góp ý 08 dự thảo văn bản có quy định thủ tục hành chính.

3. Công bố, công khai thủ tục hành chính
- Chủ tịch UBND Thành phố ban hành 14 quyết định công bố 236 thủ tục hành chính, trong đó 61 thủ tục ban hành mới, 142 thủ tục sửa đổi, bổ sung và 33 thủ tục bị bãi bỏ.

4. Kết quả giải quyết thủ tục hành chính
Trong quý I, các cơ quan, đơn vị trên địa bàn Thành phố tiếp nhận {n_(recv)} hồ sơ (trong đó {n_(onl)} hồ sơ trực tuyến, chiếm 27,54%; {n_(off)} hồ sơ trực tiếp và qua dịch vụ bưu chính, chiếm {p(off, recv)}%); số hồ sơ từ kỳ trước chuyển qua là {n_(car)} hồ sơ.
Đã giải quyết {n_(res)} hồ sơ, trong đó trước hạn {n_(e)} hồ sơ, đúng hạn {n_(o)} hồ sơ, trễ hạn {n_(l)} hồ sơ; tỷ lệ giải quyết đúng hạn (trước hạn và đúng hạn) đạt {p(e + o, res)}%. Đang giải quyết {n_(pend)} hồ sơ, trong đó trong hạn {n_(pot)} hồ sơ, quá hạn {n_(plate)} hồ sơ.
(Biểu số 06a/VPCP/KSTT đính kèm)

5. Thực hiện Thư xin lỗi
Trong quý, các cơ quan, đơn vị đã gửi 14.207 thư xin lỗi đến tổ chức, cá nhân có hồ sơ giải quyết trễ hạn.

Nơi nhận:
- Văn phòng Chính phủ (Cục KSTTHC);
- TTUB: CT, các PCT;
- Lưu: VT, KSTT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Hữu Phước
"""
    S = "city"
    r_on = rate("received_online_share", S, onl, recv)
    r_on["value"], r_on["text"] = 27.54, "27,54%"
    facts = [cnt("received_total", S, recv), cnt("received_online", S, onl), r_on,
             cnt("received_offline", S, off), rate("received_offline_share", S, off, recv),
             cnt("received_carried_over", S, car), cnt("resolved_total", S, res),
             cnt("resolved_early", S, e), cnt("resolved_on_time", S, o), cnt("resolved_late", S, l),
             F("rate", "resolved_on_time", S, rnd(e + o, res, 2), None, None, text=p(e + o, res) + "%"),
             cnt("pending_total", S, pend), cnt("pending_on_time", S, pot), cnt("pending_late", S, plate)]
    mistakes = [{"code": "ratio_mismatch", "stated": 27.54, "text": "27,54%",
                 "note": f"{n_(onl)}/{n_(recv)} is {p(onl, recv)}%"},
                {"code": "complement_mismatch", "stated": 27.54, "text": "27,54%",
                 "note": f"27,54% + {p(off, recv)}% = 100,09%"}]
    nf = [NF("08 dự thảo", "count_of_things"), NF("14 quyết định", "count_of_things"),
          NF("236 thủ tục", "count_of_things"), NF("61 thủ tục", "count_of_things"),
          NF("142 thủ tục", "count_of_things"), NF("33 thủ tục", "count_of_things"),
          NF("14.207", "count_of_things"), NF("02/2017/TT-VPCP", "reference"), NF("01b/VPCP/KSTT", "reference"),
          NF("06a/VPCP/KSTT", "reference"), NF("52/BC-UBND", "reference")]
    return t, dict(register="quarterly_report", doc_date="2020-03-30", province="Thành phố Hồ Chí Minh",
                   facts=facts, not_facts=nf, mistakes=mistakes)


# ---------------------------------------------------------------- R20 huyện Củ Chi quarterly report (pending off by 120)
@doc
def r20():
    recv, onl, car = 21360, 6012, 1285
    it, late = 20749, 155
    res = it + late
    pend_true = recv + car - res
    pend = pend_true + 120  # planted
    t = f"""ỦY
BAN NHÂN DÂN
HUYỆN CỦ CHI
-------
CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 8302/BC-UBND
Củ
Chi, ngày 20 tháng 9
năm 2021

BÁO CÁO
VỀ TÌNH HÌNH, KẾT QUẢ THỰC HIỆN KIỂM SOÁT THỦ TỤC HÀNH CHÍNH (TTHC) QUÝ
3 NĂM 2021 VÀ THỰC HIỆN THƯ XIN LỖI (TXL) TRÊN ĐỊA BÀN HUYỆN

Thực hiện Công văn số 10905/VP-KSTT ngày 14 tháng 12 năm 2020 của Văn phòng Ủy ban nhân dân Thành phố về hướng dẫn thực hiện báo cáo công tác kiểm soát thủ tục hành chính và thực hiện Thư xin lỗi;
Ủy ban nhân dân huyện Củ Chi báo cáo tình hình, kết quả thực hiện kiểm soát TTHC quý 3 năm 2021 trên địa bàn huyện, cụ thể như sau:

I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH
1. Về công khai TTHC
Ủy ban nhân dân huyện đã ban hành Kế hoạch số 1702/KH-UBND ngày 03/3/2021 triển khai đến các phòng, ban chuyên môn thuộc huyện, Ủy ban nhân dân 21 xã - thị trấn; niêm yết công khai đầy đủ các TTHC đã được Chủ tịch Ủy ban nhân dân Thành phố công bố.

2. Về tình hình, kết quả giải quyết TTHC
Trong quý 3, Ủy ban nhân dân huyện tiếp nhận {n_(recv)} hồ sơ (trực tuyến {n_(onl)} hồ sơ, chiếm {p(onl, recv)}%); hồ sơ kỳ trước chuyển sang {n_(car)} hồ sơ. Đã giải quyết {n_(res)} hồ sơ, trong đó đúng và trước hạn {n_(it)} hồ sơ, đạt {p(it, res)}%; trễ hạn {late} hồ sơ, chiếm {p(late, res)}%. Hồ sơ đang giải quyết {n_(pend)} hồ sơ.

II. THỰC HIỆN THƯ XIN LỖI
Các phòng, ban chuyên môn và Ủy ban nhân dân các xã - thị trấn đã thực hiện 126 thư xin lỗi đối với hồ sơ giải quyết trễ hạn.

Nơi nhận:
- Văn phòng UBND Thành phố;
- TT.HU, TT.HĐND huyện;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Minh Tâm
"""
    S = "self"
    facts = [cnt("received_total", S, recv), cnt("received_online", S, onl), rate("received_online_share", S, onl, recv),
             cnt("received_carried_over", S, car), cnt("resolved_total", S, res), cnt("resolved_in_time", S, it),
             rate("resolved_on_time", S, it, res), cnt("resolved_late", S, late), rate("resolved_late", S, late, res),
             cnt("pending_total", S, pend)]
    mistakes = [{"code": "balance_mismatch", "stated": pend, "text": n_(pend),
                 "note": f"{n_(recv)} + {n_(car)} - {n_(res)} = {n_(pend_true)}"}]
    nf = [NF("126 thư", "count_of_things"), NF("21 xã", "count_of_things"), NF("10905/VP-KSTT", "reference"),
          NF("1702/KH-UBND", "reference"), NF("03/3/2021", "date"), NF("8302/BC-UBND", "reference")]
    return t, dict(register="quarterly_report", doc_date="2021-09-20", province="Thành phố Hồ Chí Minh",
                   facts=facts, not_facts=nf, mistakes=mistakes)


# ---------------------------------------------------------------- R21 xã Phú Giáo 2025 news (commune-authority share wrong)
@doc
def r21():
    recv, res, late = 12846, 12611, 113
    it = res - late
    c_tot, c_it = 2694, 2538
    t = f"""Trung tâm Phục vụ hành chính công xã Phú Giáo: tỷ lệ giải quyết hồ sơ đúng và trước hạn đạt hơn 99%

Ngày 13-10, Đoàn giám sát của Thường trực HĐND xã Phú Giáo giám sát hoạt động của Trung tâm Phục vụ hành chính công xã nhằm ghi nhận những tồn tại và đề ra hướng khắc phục.

Trung tâm Phục vụ hành chính công xã Phú Giáo đi vào hoạt động từ ngày 1-7, tiếp nhận và trả kết quả giải quyết thủ tục hành chính cho tổ chức, cá nhân theo cơ chế "một cửa", "một cửa liên thông".

Từ ngày 1-7 đến ngày 30-9, Trung tâm tiếp nhận {n_(recv)} hồ sơ, đã giải quyết {n_(res)} hồ sơ. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt {p(it, res, 1)}%; {late} hồ sơ bị trễ hạn, chủ yếu do lỗi hệ thống và phần mềm chưa liên thông dữ liệu.

Riêng các hồ sơ thuộc thẩm quyền cấp xã, có tổng số {n_(c_tot)} hồ sơ, với {n_(c_it)} hồ sơ được giải quyết đúng và trước hạn, chiếm 95,2%.

Tại buổi giám sát, lãnh đạo Trung tâm nêu một số khó khăn về cơ sở vật chất và hạ tầng công nghệ thông tin.
"""
    S = "unit:Xã Phú Giáo"
    facts = [cnt("received_total", S, recv), cnt("resolved_total", S, res),
             F("rate", "resolved_on_time", S, rnd(it, res, 1), text=p(it, res, 1) + "%"),
             cnt("resolved_late", S, late),
             cnt("resolved_total", S, c_tot, "thẩm quyền cấp xã"), cnt("resolved_in_time", S, c_it, "thẩm quyền cấp xã"),
             F("rate", "resolved_on_time", S, 95.2, c_it, c_tot, text="95,2%", scope="thẩm quyền cấp xã")]
    mistakes = [{"code": "ratio_mismatch", "stated": 95.2, "text": "95,2%",
                 "note": f"{n_(c_it)}/{n_(c_tot)} is {p(c_it, c_tot, 1)}%"}]
    nf = [NF("hơn 99%", "bound"), NF("13-10", "date"), NF("1-7", "date"), NF("30-9", "date")]
    return t, dict(register="news_article", doc_date="2025-10-13", province="Thành phố Hồ Chí Minh",
                   facts=facts, not_facts=nf, mistakes=mistakes)


# ---------------------------------------------------------------- R22 national 2025, full-online by province and ministry
@doc
def r22():
    fo, tot = 121307, 176920
    t = f"""Hà Nam dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến toàn trình

Theo số liệu từ hệ thống giám sát, đo lường Chính phủ số (EMC), trong năm 2024 Hà Nam dẫn đầu với {n_(fo)} hồ sơ trực tuyến toàn trình trên tổng số {n_(tot)} hồ sơ giải quyết TTHC, chiếm {p(fo, tot)}%. Xếp sau là Đà Nẵng (59,12%), Hà Giang (54,07%) và Nam Định (51,38%). Các tỉnh, thành còn lại đều đạt tỷ lệ dưới 50%, trong đó Hà Nội và TP Hồ Chí Minh thuộc nhóm thấp nhất, chỉ đạt dưới 10%.

Tỷ lệ hồ sơ trực tuyến toàn trình phản ánh mức độ ứng dụng dịch vụ công trực tuyến: toàn bộ các bước, từ nộp hồ sơ, xử lý đến trả kết quả, đều thực hiện trên môi trường mạng hoặc qua bưu chính công ích.

Trong khối bộ, ngành, Bộ Công Thương dẫn đầu với tỷ lệ 84,16%, tương đương 1,512 triệu hồ sơ trực tuyến toàn trình. Bộ Tài chính (77,93%) và Bộ Tư pháp (76,05%) lần lượt đứng thứ hai và thứ ba.

Đến cuối năm 2024, tỷ lệ này của cả nước đạt 46,3%, trong khi mục tiêu đề ra là 50%. Khối bộ, ngành đạt 64,02% (mục tiêu 70%), khối tỉnh, thành đạt 19,11% (mục tiêu 30%).
"""
    facts = [rate("full_online", "unit:Tỉnh Hà Nam", fo, tot),
             F("rate", "full_online", "unit:Thành phố Đà Nẵng", 59.12, text="59,12%"),
             F("rate", "full_online", "unit:Tỉnh Hà Giang", 54.07, text="54,07%"),
             F("rate", "full_online", "unit:Tỉnh Nam Định", 51.38, text="51,38%"),
             F("rate", "full_online", "unit:Bộ Công Thương", 84.16, text="84,16%"),
             F("rate", "full_online", "unit:Bộ Tài chính", 77.93, text="77,93%"),
             F("rate", "full_online", "unit:Bộ Tư pháp", 76.05, text="76,05%"),
             F("rate", "full_online", "national", 46.3, text="46,3%"),
             F("rate", "full_online", "national", 64.02, text="64,02%", scope="khối bộ, ngành"),
             F("rate", "full_online", "national", 19.11, text="19,11%", scope="khối tỉnh, thành")]
    nf = [NF("dưới 50%", "bound"), NF("dưới 10%", "bound"), NF("mục tiêu đề ra là 50%", "bound"),
          NF("mục tiêu 70%", "bound"), NF("mục tiêu 30%", "bound"), NF("1,512 triệu", "count_of_things")]
    return t, dict(register="news_article", doc_date="2025-01-10", province=None,
                   facts=facts, not_facts=nf, mistakes=[])


# ---------------------------------------------------------------- R23 Đà Nẵng 2022, online rates by province and ministry (one ministry twice)
@doc
def r23():
    t = """Đà Nẵng đứng thứ 2 toàn quốc về tỷ lệ hồ sơ trực tuyến

Thông tin từ Bộ Thông tin và Truyền thông, cơ quan thường trực của Ủy ban Quốc gia về chuyển đổi số, cho biết: tính từ đầu năm đến đầu tháng 11-2022, Đà Nẵng (68,4%) cùng các tỉnh Hòa Bình (84,7%), Nam Định (66,2%), Lạng Sơn (63,5%), Ninh Bình (61,8%) là 5 tỉnh, thành dẫn đầu ở khối các địa phương về tỷ lệ hồ sơ trực tuyến (được tính bằng số hồ sơ nộp trực tuyến của các dịch vụ công trực tuyến mức độ 3, 4 so với tổng số hồ sơ giải quyết thủ tục hành chính). 5 tỉnh có tỷ lệ hồ sơ trực tuyến thấp nhất lần lượt là: Bạc Liêu (6,9%), Sơn La (8,1%), Nghệ An (8,8%), Bình Thuận (9,5%), Quảng Ngãi (9,9%).

Ở khối bộ, ngành, Ngân hàng Nhà nước Việt Nam dẫn đầu về tỷ lệ hồ sơ trực tuyến với 100%, Bộ Công Thương đứng thứ hai với tỷ lệ 98,9%, Bộ Tài chính đứng thứ ba với 93,1%. Các bộ có tỷ lệ hồ sơ trực tuyến thấp nhất lần lượt là: Xây dựng (15,2%), Công Thương (27%), Tài nguyên và Môi trường (34,6%).

Cũng theo Bộ Thông tin và Truyền thông, Bộ Y tế có lượng truy cập Cổng thông tin điện tử nhiều nhất với 13,92 triệu lượt, tiếp sau là Bộ Kế hoạch và Đầu tư (7,1 triệu lượt truy cập) và Bộ Thông tin và Truyền thông (6,2 triệu lượt).

T. HUY
"""
    O = "online_submission"
    facts = [F("rate", O, "city", 68.4, text="68,4%"),
             F("rate", O, "unit:Tỉnh Hòa Bình", 84.7, text="84,7%"),
             F("rate", O, "unit:Tỉnh Nam Định", 66.2, text="66,2%"),
             F("rate", O, "unit:Tỉnh Lạng Sơn", 63.5, text="63,5%"),
             F("rate", O, "unit:Tỉnh Ninh Bình", 61.8, text="61,8%"),
             F("rate", O, "unit:Tỉnh Bạc Liêu", 6.9, text="6,9%"),
             F("rate", O, "unit:Tỉnh Sơn La", 8.1, text="8,1%"),
             F("rate", O, "unit:Tỉnh Nghệ An", 8.8, text="8,8%"),
             F("rate", O, "unit:Tỉnh Bình Thuận", 9.5, text="9,5%"),
             F("rate", O, "unit:Tỉnh Quảng Ngãi", 9.9, text="9,9%"),
             F("rate", O, "unit:Ngân hàng Nhà nước Việt Nam", 100, text="100%"),
             F("rate", O, "unit:Bộ Công Thương", 98.9, text="98,9%"),
             F("rate", O, "unit:Bộ Tài chính", 93.1, text="93,1%"),
             F("rate", O, "unit:Bộ Xây dựng", 15.2, text="15,2%"),
             F("rate", O, "unit:Bộ Công Thương", 27, text="27%"),
             F("rate", O, "unit:Bộ Tài nguyên và Môi trường", 34.6, text="34,6%")]
    mistakes = [{"code": "repeated_value_mismatch", "stated": 27, "text": "Công Thương (27%)",
                 "note": "Bộ Công Thương is given 98,9% two sentences earlier for the same rate and period"}]
    nf = [NF("13,92 triệu lượt", "count_of_things"), NF("7,1 triệu lượt", "count_of_things"),
          NF("6,2 triệu lượt", "count_of_things"), NF("11-2022", "date"), NF("5 tỉnh", "count_of_things"),
          NF("mức độ 3, 4", "reference")]
    return t, dict(register="news_article", doc_date="2022-11-08", province="Thành phố Đà Nẵng",
                   facts=facts, not_facts=nf, mistakes=mistakes)


# ---------------------------------------------------------------- R24 national SIPAS infographic, headline truncates
@doc
def r24():
    t = """[Infographic] 86,7% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính

Moitruong.net.vn

– Năm 2021, có 86,73% người dân, tổ chức hài lòng về sự phục vụ của cơ quan hành chính nhà nước, cao hơn mức 85,48% của năm 2020.

Các tỉnh có chỉ số hài lòng thuộc nhóm cao nhất là Quảng Ninh, Bắc Giang, Hải Phòng, Hưng Yên, Thái Bình, Vĩnh Phúc.

Theo TTXVN
"""
    facts = [F("rate", "other", "national", 86.73, text="86,73%"),
             F("rate", "other", "national", 86.7, text="86,7%")]
    nf = [NF("85,48%", "reference"), NF("Năm 2021", "date")]
    return t, dict(register="news_article", doc_date="2022-05-20", province=None,
                   facts=facts, not_facts=nf, mistakes=[])


if __name__ == "__main__":
    for name, fn in DOCS.items():
        text, truth = fn()
        (HERE / f"{name}.txt").write_text(text, "utf-8")
        (HERE / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(name, len(truth["facts"]), "facts", len(truth["mistakes"]), "mistakes")
