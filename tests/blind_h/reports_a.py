"""weekly_notice, quarterly_report, commune_report."""
from lib import R, F, n_, p_, pct, vn_date, vn_date2, nhan, legacy_districts, legacy_wards, new_wards
from blocks import gen, gen_fb, score766

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'


def h01():
    r = R('h01_weekly_hue', 'weekly_notice', '2025-10-17', 'Thành phố Huế')
    D = gen(101, 9800, carry=False)
    r.period('2025-10-10', '2025-10-16')
    r.L('UBND THÀNH PHỐ HUẾ            ' + QH, 'VĂN PHÒNG                      ' + DL,
        f'Số: {r.nf("412/TB-VP", "reference")}               Huế, {r.nf(vn_date("2025-10-17"), "date")}', '',
        'THÔNG BÁO', 'Một số chỉ số giải quyết thủ tục hành chính trong tuần',
        f'(từ {r.nf("10/10/2025", "date")} đến {r.nf("16/10/2025", "date")})', '',
        'Căn cứ dữ liệu trích xuất trên Hệ thống thông tin giải quyết TTHC thành phố, Văn phòng UBND thành phố thông báo như sau:', '',
        '1. Tình hình tiếp nhận')
    t = r.c('received_total', 'city', D['tot'])
    on = r.c('received_online', 'city', D['on']); off = r.c('received_offline', 'city', D['off'])
    r.L(f'- Tổng số hồ sơ tiếp nhận: {t} hồ sơ;',
        f'- Nộp trực tuyến: {on} hồ sơ; nộp trực tiếp, qua bưu chính: {off} hồ sơ;')
    r.ident('sum', t, [on, off])
    rt = r.rate('online_submission', 'city', D['on'], D['tot'])
    r.L(f'- Tỷ lệ nộp hồ sơ trực tuyến: {rt} (chỉ tiêu {r.nf("≥ 60%", "target")}).', '', '2. Tình hình giải quyết')
    res = r.c('resolved_total', 'city', D['res']); it = r.c('resolved_in_time', 'city', D['intime']); lt = r.c('resolved_late', 'city', D['late'])
    r.ident('sum', res, [it, lt])
    ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'])
    r.L(f'- Đã giải quyết: {res} hồ sơ, gồm trước hạn, đúng hạn {it} hồ sơ và quá hạn {lt} hồ sơ;',
        f'- Tỷ lệ giải quyết trước hạn, đúng hạn: {ro};')
    pe = r.c('pending_total', 'city', D['pen'])
    r.ident('balance', t, [res, pe])
    r.L(f'- Đang giải quyết: {pe} hồ sơ.', '',
        f'So với tuần trước, số hồ sơ nộp trực tuyến {r.nf("tăng 312 hồ sơ", "change")}; tỷ lệ đúng hạn {r.nf("giảm 0,4%", "change")}.',
        'Đề nghị các sở, ngành và UBND các xã, phường tiếp tục đôn đốc xử lý hồ sơ đến hạn.')
    nhan(r, ['Chủ tịch, các PCT UBND thành phố', 'Các sở, ban, ngành', 'UBND các xã, phường'], 'Hồ Minh Khôi', 'CHÁNH VĂN PHÒNG')
    return r


def h02():
    r = R('h02_weekly_thainguyen', 'weekly_notice', '2025-09-29', 'Tỉnh Thái Nguyên')
    W = new_wards('Thái Nguyên')
    r.period('2025-09-22', '2025-09-28')
    r.L('ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN', 'TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG', '',
        f'Số: {r.nf("87/TB-TTPVHCC", "reference")}', f'Thái Nguyên, {r.nf(vn_date("2025-09-29"), "date")}', '',
        'THÔNG BÁO',
        f'Kết quả tiếp nhận, giải quyết hồ sơ TTHC tuần 39 (từ {r.nf("22/9", "date")} đến {r.nf("28/9/2025", "date")})', '')
    D = gen(202, 15400, carry=False)
    t = r.c('received_total', 'city', D['tot'])
    on = r.c('received_online', 'city', D['on'])
    sh = r.rate('received_online_share', 'city', D['on'], D['tot'])
    r.L(f'Trong tuần, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận {t} hồ sơ TTHC, trong đó hồ sơ trực tuyến là {on}, chiếm {sh}.')
    res = r.c('resolved_total', 'city', D['res']); it = r.c('resolved_in_time', 'city', D['intime'])
    ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'])
    r.L(f'Số hồ sơ đã có kết quả: {res}; đúng và trước hạn {it} ({ro}).')
    r.L('', 'Kết quả của một số xã, phường (tỷ lệ nộp trực tuyến):')
    picks = [W[3], W[10], W[17], W[25]]
    for i, w in enumerate(picks):
        d = gen(2020 + i, 900, carry=False)
        r.unit(w)
        a = r.c('received_online', 'unit:' + w, d['on']); b = r.c('received_total', 'unit:' + w, d['tot'])
        x = r.rate('online_submission', 'unit:' + w, d['on'], d['tot'], d=1)
        r.L(f'  + {w}: {x} ({a}/{b} hồ sơ);')
    r.L('', f'Có {r.nf("14 xã, phường", "count_of_things")} chưa đạt chỉ tiêu nộp trực tuyến {r.nf("80%", "target")} trong tuần.',
        f'Trung tâm đã gửi {r.nf("21 phiếu", "count_of_things")} nhắc việc tới các đơn vị có hồ sơ sắp đến hạn.')
    nhan(r, ['UBND tỉnh (b/c)', 'Sở Nội vụ', 'UBND các xã, phường'], 'Ma Thị Hằng', 'PHÓ GIÁM ĐỐC', 'KT. GIÁM ĐỐC')
    return r


def h03():
    # planted: ratio_mismatch on a commune-level online rate
    r = R('h03_weekly_caobang', 'weekly_notice', '2025-11-14', 'Tỉnh Cao Bằng')
    r.period('2025-11-07', '2025-11-13')
    r.L('UBND TỈNH CAO BẰNG', 'VĂN PHÒNG', f'Số: {r.nf("1035/TB-VPUBND", "reference")}', f'Cao Bằng, {r.nf(vn_date("2025-11-14"), "date")}', '',
        'THÔNG BÁO', 'Tình hình giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC tỉnh',
        f'(số liệu {r.nf("07/11/2025", "date")} - {r.nf("13/11/2025", "date")})', '')
    dep = gen(3031, 1400, carry=False); com = gen(3032, 4700, carry=False)
    D = {k: dep[k] + com[k] for k in dep}
    r.L('I. TỶ LỆ NỘP HỒ SƠ TRỰC TUYẾN')
    x = r.rate('online_submission', 'city', D['on'], D['tot'])
    a = r.c('received_online', 'city', D['on']); b = r.c('received_total', 'city', D['tot'])
    r.L(f'Toàn tỉnh đạt {x}, tương ứng {a}/{b} hồ sơ. Cụ thể:')
    SUMS = (a, b)
    x1 = r.rate('online_submission', 'departments', dep['on'], dep['tot'], scope='cấp tỉnh')
    a1 = r.c('received_online', 'departments', dep['on'], scope='cấp tỉnh'); b1 = r.c('received_total', 'departments', dep['tot'], scope='cấp tỉnh')
    r.L(f'- Cấp tỉnh: {a1}/{b1} hồ sơ, đạt tỷ lệ {x1};')
    a2 = r.c('received_online', 'communes', com['on'], scope='cấp xã'); b2 = r.c('received_total', 'communes', com['tot'], scope='cấp xã')
    good = pct(com['on'], com['tot'], 2)
    x2 = r.rate('online_submission', 'communes', com['on'], com['tot'], scope='cấp xã', wrong=round(good + 3.1, 2))
    r.ident('sum', SUMS[0], [a1, a2]); r.ident('sum', SUMS[1], [b1, b2])
    r.L(f'- Cấp xã: {a2}/{b2} hồ sơ, đạt tỷ lệ {x2}.', '', 'II. TỶ LỆ GIẢI QUYẾT ĐÚNG HẠN')
    ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'], xy=False)
    r.L(f'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn của toàn tỉnh bằng {ro}; {r.nf("hơn 40", "approx")} hồ sơ quá hạn tập trung ở lĩnh vực đất đai.',
        'Đề nghị Chủ tịch UBND các xã, phường chỉ đạo xử lý dứt điểm hồ sơ tồn đọng.')
    nhan(r, ['Thường trực UBND tỉnh', 'Các sở, ban, ngành', 'UBND các xã, phường'], 'Nông Văn Trọng', 'PHÓ CHÁNH VĂN PHÒNG', 'KT. CHÁNH VĂN PHÒNG')
    return r


def h04():
    r = R('h04_weekly_danang', 'weekly_notice', '2026-01-12', 'Thành phố Đà Nẵng')
    W = new_wards('Đà Nẵng')
    r.period('2026-01-05', '2026-01-11')
    r.L('UBND THÀNH PHỐ ĐÀ NẴNG', 'SỞ NỘI VỤ', '', f'Số: {r.nf("58/TB-SNV", "reference")}', f'Đà Nẵng, {r.nf(vn_date("2026-01-12"), "date")}', '',
        'THÔNG BÁO', 'V/v kết quả giải quyết TTHC tuần 02 năm 2026', '')
    D = gen(404, 21000)
    r.L('Theo số liệu trên Hệ thống thông tin giải quyết TTHC thành phố, tuần qua:')
    t = r.c('received_total', 'city', D['tot']); cr = r.c('received_carried_over', 'city', D['cr'])
    on = r.c('received_online', 'city', D['on']); off = r.c('received_offline', 'city', D['off'])
    r.ident('sum', t, [cr, on, off])
    r.L(f'a) Tiếp nhận {t} HS, bao gồm: tồn kỳ trước {cr} HS, trực tuyến {on} HS, trực tiếp {off} HS.')
    ro = r.rate('online_submission', 'city', D['on'], D['new'], xy=False)
    r.L(f'   Tỷ lệ HS trực tuyến (không tính HS tồn) là {ro}.')
    res = r.c('resolved_total', 'city', D['res']); e = r.c('resolved_early', 'city', D['early']); o = r.c('resolved_on_time', 'city', D['ontime']); lt = r.c('resolved_late', 'city', D['late'])
    r.ident('sum', res, [e, o, lt])
    r.L(f'b) Đã giải quyết {res} HS: trước hạn {e}, đúng hạn {o}, quá hạn {lt}.')
    pe = r.c('pending_total', 'city', D['pen']); pw = r.c('pending_on_time', 'city', D['pw']); pl = r.c('pending_late', 'city', D['pl'])
    r.ident('sum', pe, [pw, pl]); r.ident('balance', t, [res, pe])
    r.L(f'c) Đang giải quyết {pe} HS (chưa đến hạn {pw}; đã quá hạn {pl}).', '')
    w1, w2 = W[2], W[40]; r.unit(w1); r.unit(w2)
    r.L(f'Đơn vị có số hồ sơ quá hạn nhiều nhất: {w1}, {w2}. Đây là tuần thứ {r.nf("3", "count_of_things")} liên tiếp hai đơn vị có hồ sơ quá hạn.')
    nhan(r, ['UBND thành phố (b/c)', 'UBND các phường, xã'], 'Trần Thị Bích Vân', 'GIÁM ĐỐC')
    return r


def h05():
    # planted: complement_mismatch (on-time rate + late rate, both bare)
    r = R('h05_weekly_laocai', 'weekly_notice', '2025-08-25', 'Tỉnh Lào Cai')
    r.period('2025-08-18', '2025-08-24')
    r.L('VĂN PHÒNG UBND TỈNH LÀO CAI', f'Số {r.nf("233/TB-VP", "reference")} - Lào Cai, {r.nf("25/8/2025", "date")}', '',
        'THÔNG BÁO KẾT QUẢ CẢI CÁCH TTHC TUẦN (18/8 - 24/8/2025)', '')
    r.nf('18/8 - 24/8/2025', 'date')
    D = gen(505, 12500, carry=False)
    t = r.c('received_total', 'city', D['tot'])
    r.L(f'1. Tổng số hồ sơ phát sinh trên địa bàn tỉnh là {t} hồ sơ.')
    sh = r.rate('received_online_share', 'city', D['on'], D['tot']); on = r.c('received_online', 'city', D['on'])
    r.L(f'2. Hồ sơ trực tuyến: {sh} ({on} hồ sơ).')
    ok = pct(D['intime'], D['res'], 2)
    a = r.rv('resolved_on_time', 'city', ok)
    late_w = round(100 - ok + 0.6, 2)
    b = r.rv('resolved_late', 'city', late_w)
    r.mistake('complement_mismatch', late_w, str(b), f'{p_(ok, 2)}% + {p_(late_w, 2)}% = {p_(ok + late_w, 2)}%, not 100%')
    r.ident('complement', None, [a, b], planted=True)
    r.L(f'3. Giải quyết trước và đúng hạn đạt {a}; trễ hạn chiếm {b}.')
    fp = r.rv('online_payment', 'city', 71.4, d=1)
    r.L(f'4. Thanh toán trực tuyến phí, lệ phí: {fp} (chỉ tiêu {r.nf("80%", "target")}).',
        '5. Phản ánh, kiến nghị mới: không phát sinh.', '',
        'Yêu cầu các đơn vị có tỷ lệ trễ hạn cao báo cáo nguyên nhân trước ngày thứ Năm.')
    nhan(r, ['Lãnh đạo UBND tỉnh', 'Các cơ quan, đơn vị'], 'Giàng Seo Phử', 'CHÁNH VĂN PHÒNG')
    return r


def h06():
    # planted: unit_count_mismatch — "6/6 đơn vị đạt" but seven units listed
    r = R('h06_weekly_quangninh', 'weekly_notice', '2025-12-08', 'Tỉnh Quảng Ninh')
    W = new_wards('Quảng Ninh')
    r.period('2025-12-01', '2025-12-07')
    r.L('TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH QUẢNG NINH', '', f'Số: {r.nf("301/TB-TTPVHCC", "reference")}  —  Hạ Long, {r.nf(vn_date("2025-12-08"), "date")}', '',
        'THÔNG BÁO', 'Kết quả thực hiện chỉ tiêu số hóa hồ sơ tuần 49', '')
    D = gen(606, 3300, carry=False)
    a = r.c('resolved_total', 'self', D['res'])
    dg = r.rate('digitization', 'self', D['intime'], D['res'])
    k = r.c('other', 'self', D['intime'], text=n_(D['intime']))
    r.facts[-1]['note'] = 'resolved dossiers digitized'
    r.L(f'Tại Trung tâm, trong {a} hồ sơ đã giải quyết có {k} hồ sơ được số hóa kết quả, đạt {dg}.')
    listed = [W[5], W[9], W[14], W[21], W[30], W[33], W[38]]
    for w in listed:
        r.unit(w)
    u = r.uc('communes', 6, 6, text='6/6')
    r.ucount(6, len(listed), planted=True)
    r.mistake('unit_count_mismatch', 6, '6/6', 'seven units are listed as meeting the target')
    r.L(f'Các phường, xã đạt tỷ lệ số hóa 100% trong tuần ({u} đơn vị): ' + ', '.join(listed) + '.',
        f'Tỷ lệ số hóa bình quân của cấp xã {r.nf("trên 92%", "bound")}.', '',
        'Trung tâm đề nghị các đơn vị còn lại khẩn trương cập nhật kết quả điện tử lên Hệ thống.')
    nhan(r, ['UBND tỉnh', 'Văn phòng UBND tỉnh'], 'Phạm Quang Huy', 'GIÁM ĐỐC')
    return r


def h07():
    r = R('h07_weekly_cantho', 'weekly_notice', '2026-03-23', 'Thành phố Cần Thơ')
    W = new_wards('Cần Thơ')
    r.period('2026-03-16', '2026-03-22')
    r.L('ỦY BAN NHÂN DÂN            ' + QH, 'THÀNH PHỐ CẦN THƠ          ' + DL,
        f'Số: {r.nf("142/TB-UBND", "reference")}            Cần Thơ, {r.nf(vn_date("2026-03-23"), "date")}', '',
        'THÔNG BÁO', 'Tình hình thực hiện dịch vụ công trực tuyến, thanh toán trực tuyến trong tuần', '')
    D = gen(707, 18000, carry=False)
    fon = D['on'] * 29 // 100 + 57
    fo = r.c('other', 'city', fon)
    r.facts[-1]['note'] = 'full-online dossiers'
    on = r.c('received_online', 'city', D['on'])
    fr = r.rate('full_online', 'city', fon, D['on'])
    r.L(f'Trong {on} hồ sơ trực tuyến, có {fo} hồ sơ trực tuyến toàn trình, với tỷ lệ {fr}.')
    pay = r.rv('online_payment', 'city', 88.07)
    r.L(f'Tỷ lệ thanh toán trực tuyến là {pay}, {r.nf("cao hơn 2,15%", "change")} so với tuần trước.')
    r.L('Xếp hạng các phường có tỷ lệ thanh toán trực tuyến thấp:')
    for i, w in enumerate([W[1], W[7], W[12]]):
        r.unit(w)
        v = r.rv('online_payment', 'unit:' + w, [61.3, 64.8, 66.0][i], d=1)
        r.L(f'  {i + 1}. {w} — {v}')
    r.L('', f'Mục tiêu đến hết quý I/2026: {r.nf("90%", "target")} hồ sơ có phí được thanh toán trực tuyến.')
    nhan(r, ['Thường trực Thành ủy', 'Các sở, ngành', 'UBND các phường, xã'], 'Lâm Văn Tài', 'PHÓ CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH')
    return r


def levels(r, seed, sizes, carry=False):
    out = []
    for i, (subj, sc, size) in enumerate(sizes):
        out.append((subj, sc, gen(seed + i, size, carry=carry)))
    return out


def h08():
    r = R('h08_quarterly_lamdong', 'quarterly_report', '2020-03-20', 'Tỉnh Lâm Đồng')
    r.period('2019-12-15', '2020-03-14')
    r.L('ỦY BAN NHÂN DÂN                   ' + QH, 'TỈNH LÂM ĐỒNG                      ' + DL,
        f'Số: {r.nf("57/BC-UBND", "reference")}                       Lâm Đồng, {r.nf(vn_date("2020-03-20"), "date")}', '',
        'BÁO CÁO', 'Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý I năm 2020', '',
        'Kính gửi: Văn phòng Chính phủ.', '',
        f'Kỳ báo cáo: từ {r.nf("15/12/2019", "date")} đến {r.nf("14/3/2020", "date")}.', '',
        'I. KẾT QUẢ GIẢI QUYẾT TTHC')
    L3 = levels(r, 8081, [('departments', 'cấp tỉnh', 18000), ('districts', 'cấp huyện', 110000), ('communes', 'cấp xã', 80000)])
    D = {k: sum(d[k] for _, _, d in L3) for k in L3[0][2]}
    t = r.c('received_total', 'city', D['tot']); res = r.c('resolved_total', 'city', D['res'])
    it = r.c('resolved_in_time', 'city', D['intime']); ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'])
    lt = r.c('resolved_late', 'city', D['late']); rl = r.rate('resolved_late', 'city', D['late'], D['res'])
    r.ident('sum', res, [it, lt]); r.ident('complement', None, [ro, rl])
    r.L(f'Trong quý, toàn tỉnh tiếp nhận {t} hồ sơ; số hồ sơ đã giải quyết là {res} hồ sơ, trong đó đúng hạn và trước hạn {it} hồ sơ, chiếm tỷ lệ {ro}; quá hạn {lt} hồ sơ, chiếm tỷ lệ {rl}.')
    pe = r.c('pending_total', 'city', D['pen']); r.ident('balance', t, [res, pe])
    r.L(f'Số hồ sơ chuyển sang kỳ sau tiếp tục giải quyết: {pe} hồ sơ.', '')
    pa, pb = [], []
    for subj, sc, d in L3:
        a = r.c('resolved_total', subj, d['res'], scope=sc); b = r.c('resolved_in_time', subj, d['intime'], scope=sc)
        pa.append(a); pb.append(b)
        x = r.rate('resolved_on_time', subj, d['intime'], d['res'], scope=sc)
        lab = {'departments': 'Ở cấp tỉnh', 'districts': f'Với {r.nf("12", "count_of_things")} huyện, thành phố (cấp huyện)', 'communes': 'Tại cấp xã'}[subj]
        r.L(f'- {lab}, đã giải quyết {a} hồ sơ; trong đó {b} hồ sơ đúng và trước hạn ({x}).')
    r.ident('sum', res, pa); r.ident('sum', it, pb)
    r.L('', 'II. NHIỆM VỤ QUÝ II', 'Tiếp tục rà soát, đơn giản hóa TTHC; công khai tiến độ giải quyết hồ sơ trên Cổng dịch vụ công tỉnh.')
    nhan(r, ['Văn phòng Chính phủ (Cục KSTTHC)', 'TT Tỉnh ủy, TT HĐND tỉnh', 'CT, các PCT UBND tỉnh'], 'Đoàn Văn Việt', 'PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH')
    return r


def h09():
    # planted: sum_mismatch — procedure total vs its parts
    r = R('h09_quarterly_vinhphuc', 'quarterly_report', '2021-09-18', 'Tỉnh Vĩnh Phúc')
    r.period('2021-06-15', '2021-09-14')
    r.L('UBND TỈNH VĨNH PHÚC', 'Số: ' + r.nf('302/BC-UBND', 'reference'), f'Vĩnh Phúc, {r.nf(vn_date("2021-09-18"), "date")}', '',
        'BÁO CÁO', 'Kết quả thực hiện cơ chế một cửa, một cửa liên thông quý III/2021', '')
    r.L('1. Công bố, công khai TTHC')
    fo = r.c('procedures_full_online', 'city', 361); pa = r.c('procedures_partial_online', 'city', 418); no = r.c('procedures_not_online', 'city', 1002)
    tot = r.c('procedures_total', 'city', 1803)
    r.ident('sum', tot, [fo, pa, no], planted=True)
    r.mistake('sum_mismatch', 1803, '1.803', '361 + 418 + 1.002 = 1.781')
    r.L(f'Tổng số TTHC đang áp dụng tại tỉnh là {tot} thủ tục; trong đó DVCTT mức độ 4: {fo}; mức độ 3: {pa}; còn lại {no} thủ tục cung cấp ở mức độ 1, 2.', '')
    r.L('2. Tiếp nhận và giải quyết hồ sơ')
    D = gen(909, 98000)
    t = r.c('received_total', 'city', D['tot']); cr = r.c('received_carried_over', 'city', D['cr'])
    res = r.c('resolved_total', 'city', D['res']); pe = r.c('pending_total', 'city', D['pen'])
    r.ident('balance', t, [res, pe])
    r.L(f'Số hồ sơ phải giải quyết trong kỳ {t} (kể cả {cr} hồ sơ kỳ trước chuyển qua). Đã giải quyết {res}, đang giải quyết {pe}.')
    ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'], xy=False)
    r.L(f'Tỷ lệ trả kết quả đúng và trước hạn {ro}, {r.nf("vượt 1,2%", "change")} so với quý II.')
    ds = legacy_districts('Tỉnh Vĩnh Phúc')
    d1 = [x for x in ds if 'Lập Thạch' in x][0]; d2 = [x for x in ds if 'Tam Đảo' in x][0]
    r.unit(d1); r.unit(d2)
    v1 = r.rv('resolved_late', 'unit:' + d1, 0.41); v2 = r.rv('resolved_late', 'unit:' + d2, 2.9, d=1)
    r.L(f'Tỷ lệ quá hạn thấp nhất thuộc về {d1} ({v1}); cao nhất là {d2} ({v2}).', '',
        '3. Đánh giá', 'Hoạt động của Bộ phận Một cửa các cấp cơ bản nền nếp; một số lĩnh vực đất đai còn chậm.')
    nhan(r, ['Văn phòng Chính phủ', 'Chủ tịch, các PCT UBND tỉnh', 'Các sở, ban, ngành', 'UBND các huyện, thành phố'], 'Vũ Chí Giang', 'PHÓ CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH')
    return r


def h10():
    r = R('h10_quarterly_binhdinh', 'quarterly_report', '2023-06-19', 'Tỉnh Bình Định')
    r.period('2023-03-15', '2023-06-14')
    r.L('ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH', f'Số: {r.nf("118/BC-UBND", "reference")}', f'Bình Định, {r.nf(vn_date("2023-06-19"), "date")}', '',
        'BÁO CÁO', 'Tình hình, kết quả thực hiện kiểm soát TTHC, thực hiện TTHC trên môi trường điện tử quý II năm 2023', '')
    r.L('a) Tình hình giải quyết TTHC')
    D = gen(1010, 140000)
    t = r.c('received_total', 'city', D['tot'])
    on = r.c('received_online', 'city', D['on']); off = r.c('received_offline', 'city', D['off']); cr = r.c('received_carried_over', 'city', D['cr'])
    r.ident('sum', t, [on, off, cr])
    r.L(f'Tổng số hồ sơ tiếp nhận: {t} hồ sơ, trong đó: số mới tiếp nhận trực tuyến {on}; trực tiếp, dịch vụ bưu chính {off}; từ kỳ trước chuyển sang {cr}.')
    res = r.c('resolved_total', 'city', D['res']); e = r.c('resolved_early', 'city', D['early']); o = r.c('resolved_on_time', 'city', D['ontime']); lt = r.c('resolved_late', 'city', D['late'])
    r.ident('sum', res, [e, o, lt])
    pe = r.c('pending_total', 'city', D['pen']); pw = r.c('pending_on_time', 'city', D['pw']); pl = r.c('pending_late', 'city', D['pl'])
    r.ident('sum', pe, [pw, pl]); r.ident('balance', t, [res, pe])
    r.L(f'Số hồ sơ đã giải quyết: {res}, trong đó giải quyết trước hạn {e}, đúng hạn {o}, quá hạn {lt}.',
        f'Số hồ sơ đang giải quyết: {pe}, trong đó trong hạn {pw}, quá hạn {pl}.', '')
    r.L('b) Thực hiện TTHC trên môi trường điện tử')
    fb = gen_fb(1011)
    rate_on = r.rv('online_submission', 'city', pct(D['on'], D['new'], 2))
    r.L(f'Tỷ lệ hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận mới đạt {rate_on} (chỉ tiêu năm {r.nf("50%", "target")}).')
    r.L('c) Tiếp nhận, xử lý phản ánh, kiến nghị')
    fn = r.c('feedback_new', 'city', fb['new']); fc = r.c('feedback_carried_over', 'city', fb['cr']); fr = r.c('feedback_resolved', 'city', fb['res']); fp = r.c('feedback_pending', 'city', fb['pen'])
    r.ident('balance', None, [fn, fc, fr, fp]); r.idents[-1]['kind'] = 'feedback_balance'
    r.L(f'Trong kỳ tiếp nhận mới {fn} phản ánh, kiến nghị; tồn kỳ trước {fc}; đã xử lý {fr}; đang xử lý {fp}.', '')
    nhan(r, ['Văn phòng Chính phủ', 'CT, PCT UBND tỉnh', 'Lưu: VT, K19'], 'Lâm Hải Giang', 'PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH')
    return r


def h11():
    # planted: balance_mismatch (pending stated wrong) and ratio_mismatch (district on-time rate)
    r = R('h11_quarterly_nghean', 'quarterly_report', '2022-12-20', 'Tỉnh Nghệ An')
    r.period('2022-09-15', '2022-12-14')
    r.L('UBND TỈNH NGHỆ AN', f'Số: {r.nf("905/BC-UBND", "reference")}', f'Nghệ An, {r.nf(vn_date("2022-12-20"), "date")}', '',
        'BÁO CÁO', 'Công tác kiểm soát thủ tục hành chính quý IV năm 2022', '', 'Kính gửi: Văn phòng Chính phủ', '')
    D = gen(1111, 160000, carry=False)
    t = r.c('received_total', 'city', D['tot']); res = r.c('resolved_total', 'city', D['res'])
    wrong_pen = D['pen'] + 1370
    pe = r.c('pending_total', 'city', wrong_pen)
    r.ident('balance', t, [res, pe], planted=True)
    r.mistake('balance_mismatch', wrong_pen, n_(wrong_pen), f'{n_(D["tot"])} received but {n_(D["res"])} + {n_(wrong_pen)} = {n_(D["res"] + wrong_pen)}')
    r.L(f'Quý IV, tổng số hồ sơ tiếp nhận trên địa bàn tỉnh {t} hồ sơ. Số hồ sơ đã giải quyết {res} hồ sơ; số hồ sơ đang giải quyết {pe} hồ sơ.')
    ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'], xy=False)
    r.L(f'Tỷ lệ giải quyết đúng hạn chung toàn tỉnh là {ro}.', '', 'Kết quả tại một số huyện:')
    ds = legacy_districts('Tỉnh Nghệ An')
    picks = [x for x in ds if any(k in x for k in ('Quỳnh Lưu', 'Diễn Châu', 'Nghi Lộc'))]
    for i, dname in enumerate(picks):
        r.unit(dname)
        d = gen(11110 + i, 9000, carry=False)
        a = r.c('resolved_total', 'unit:' + dname, d['res']); b = r.c('resolved_in_time', 'unit:' + dname, d['intime'])
        if i == 1:
            x = r.rate('resolved_on_time', 'unit:' + dname, d['intime'], d['res'], wrong=round(pct(d['intime'], d['res'], 2) - 4.0, 2))
        else:
            x = r.rate('resolved_on_time', 'unit:' + dname, d['intime'], d['res'])
        r.L(f'• {dname}: đúng hạn {b}/{a} hồ sơ = {x};')
    r.L('', f'Toàn tỉnh có {r.nf("5", "count_of_things")} đơn vị để xảy ra hồ sơ quá hạn trên 3%.')
    nhan(r, ['Văn phòng Chính phủ', 'Chủ tịch UBND tỉnh', 'Các sở, ngành; UBND cấp huyện'], 'Lê Hồng Vinh', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC', 'KT. CHỦ TỊCH')
    return r


def h12():
    r = R('h12_quarterly_kontum', 'quarterly_report', '2024-09-20', 'Tỉnh Kon Tum')
    r.period('2024-06-15', '2024-09-14')
    r.L('ỦY BAN NHÂN DÂN', 'TỈNH KON TUM', '———', f'Số: {r.nf("311/BC-UBND", "reference")}', f'Kon Tum, {r.nf(vn_date("2024-09-20"), "date")}', '',
        'BÁO CÁO', 'Tình hình thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp quý III/2024', '')
    vals, mx, tot = score766(1212)
    names = ['index_766_publicity', 'index_766_progress', 'index_766_online_service', 'index_766_online_payment', 'index_766_satisfaction', 'index_766_digitization']
    labs = ['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ']
    T = r.score('index_766_total', 'city', tot, maximum=100)
    rk = r.rank('city', 27, 63)
    r.L(f'Theo kết quả trên Cổng Dịch vụ công quốc gia, điểm Bộ chỉ số của tỉnh đạt {T}/{r.nf("100", "maximum")} điểm, xếp thứ {rk} tỉnh, thành phố. Các nhóm chỉ số thành phần:')
    parts = []
    for n, lab, v, m in zip(names, labs, vals, mx):
        s = r.score(n, 'city', v, maximum=m); parts.append(s)
        r.L(f'- {lab}: {s} điểm ({r.nf(f"tối đa {m}", "maximum")});')
    r.ident('score', T, parts)
    r.L('', f'So với quý II, tổng điểm {r.nf("tăng 4,37 điểm", "change")}, thứ hạng {r.nf("tăng 6 bậc", "change")}.')
    ds = legacy_districts('Tỉnh Kon Tum')
    d1 = [x for x in ds if 'Ngọc Hồi' in x][0]; d2 = [x for x in ds if 'Kon Plông' in x][0]
    r.unit(d1); r.unit(d2)
    s1 = r.score('index_766_total', 'unit:' + d1, 86.12); s2 = r.score('index_766_total', 'unit:' + d2, 71.05)
    r.L(f'Cấp huyện: đứng đầu là {d1} với {s1} điểm; thấp nhất là {d2} ({s2} điểm).')
    nhan(r, ['Văn phòng Chính phủ', 'TT Tỉnh ủy', 'UBND các huyện, thành phố'], 'Y Ngọc', 'PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH')
    return r


def h13():
    # planted: repeated_value_mismatch — online-submission rate stated in summary and body
    r = R('h13_quarterly_thaibinh', 'quarterly_report', '2024-03-18', 'Tỉnh Thái Bình')
    r.period('2023-12-15', '2024-03-14')
    r.L('UBND TỈNH THÁI BÌNH            ' + QH, '                               ' + DL,
        f'Số: {r.nf("44/BC-UBND", "reference")}                 Thái Bình, {r.nf(vn_date("2024-03-18"), "date")}', '',
        'BÁO CÁO', 'Tình hình, kết quả cải cách TTHC quý I năm 2024', '')
    D = gen(1313, 120000, carry=False)
    v = pct(D['on'], D['tot'], 2)
    w = round(v + 1.9, 2)
    a = r.rv('online_submission', 'city', w)
    r.L(f'Tóm tắt: tỷ lệ hồ sơ nộp trực tuyến quý I đạt {a}; {r.nf("100%", "bound") and "toàn bộ"} hồ sơ được cập nhật lên Hệ thống.')
    r.not_facts.pop()
    su = r.rv('system_update', 'city', 100, d=0)
    r.lines[-1] = r.lines[-1].replace('toàn bộ hồ sơ được cập nhật lên Hệ thống', f'tỷ lệ hồ sơ cập nhật lên Hệ thống {su}')
    r.L('', 'I. KẾT QUẢ CỤ THỂ')
    t = r.c('received_total', 'city', D['tot']); on = r.c('received_online', 'city', D['on']); off = r.c('received_offline', 'city', D['off'])
    r.ident('sum', t, [on, off])
    b = r.rate('online_submission', 'city', D['on'], D['tot'])
    r.ident('repeat', a, [b], planted=True)
    r.mistake('repeated_value_mismatch', w, str(a), f'the body gives {p_(v, 2)}% ({n_(D["on"])}/{n_(D["tot"])}); the summary {p_(w, 2)}%')
    r.L(f'Trong quý, tiếp nhận {t} hồ sơ (trực tuyến {on}; trực tiếp {off}). Tỷ lệ nộp trực tuyến là {b}.')
    ds = legacy_districts('Tỉnh Thái Bình')
    d1 = [x for x in ds if 'Hưng Hà' in x][0]; r.unit(d1)
    x = r.rv('online_submission', 'unit:' + d1, 79.6, d=1)
    r.L(f'{d1} dẫn đầu cấp huyện với {x}; {r.nf("7/8", "count_of_things") and "bảy"} huyện, thành phố còn lại dưới mức bình quân.')
    r.not_facts.pop()
    r.L('', 'II. PHƯƠNG HƯỚNG', 'Đẩy mạnh thanh toán trực tuyến; số hóa hồ sơ tại Bộ phận Một cửa cấp xã.')
    nhan(r, ['Văn phòng Chính phủ', 'Các thành viên UBND tỉnh'], 'Lại Văn Hoàn', 'PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH')
    return r


def h14():
    r = R('h14_quarterly_tayninh', 'quarterly_report', '2025-09-22', 'Tỉnh Tây Ninh')
    W = new_wards('Tây Ninh')
    r.period('2025-07-01', '2025-09-14')
    r.L('ỦY BAN NHÂN DÂN TỈNH TÂY NINH', f'Số: {r.nf("287/BC-UBND", "reference")}', f'Tây Ninh, {r.nf(vn_date("2025-09-22"), "date")}', '',
        'BÁO CÁO', 'Kết quả kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông quý III năm 2025',
        f'(số liệu từ {r.nf("01/7/2025", "date")} đến {r.nf("14/9/2025", "date")})', '')
    dep = gen(1414, 30000, carry=False); com = gen(1415, 190000, carry=False)
    T = dep['tot'] + com['tot']
    t = r.c('received_total', 'city', T); a = r.c('received_total', 'departments', dep['tot'], scope='cấp tỉnh'); b = r.c('received_total', 'communes', com['tot'], scope='cấp xã')
    r.ident('sum', t, [a, b])
    r.L(f'Kể từ khi vận hành chính quyền địa phương hai cấp, toàn tỉnh nhận {t} hồ sơ; cấp tỉnh {a}, cấp xã {b}.')
    for subj, sc, d, lab in [('departments', 'cấp tỉnh', dep, 'các sở, ban, ngành'), ('communes', 'cấp xã', com, 'UBND các xã, phường')]:
        x = r.rate('resolved_on_time', subj, d['intime'], d['res'], xy=False, scope=sc)
        y = r.rate('online_submission', subj, d['on'], d['tot'], xy=False, scope=sc)
        r.L(f'Đối với {lab}: nộp trực tuyến là {y}; đúng hạn là {x}.')
    w1 = W[4]; r.unit(w1)
    r.L(f'Riêng {w1} mới hoàn thành {r.nf("khoảng 60%", "approx")} số hồ sơ đến hạn do thiếu công chức địa chính.', '',
        'Tỉnh kiến nghị Văn phòng Chính phủ sớm hoàn thiện kết nối Hệ thống với các cơ sở dữ liệu chuyên ngành.')
    nhan(r, ['Văn phòng Chính phủ', 'Bộ Nội vụ', 'TT Tỉnh ủy'], 'Nguyễn Hồng Thanh', 'CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN')
    return r


def commune_head(r, up, name, num, place, date, title, period_txt=None):
    r.L(up.upper(), name.upper(), '', f'Số: {r.nf(num, "reference")}', f'{place}, {r.nf(vn_date(date), "date")}', '',
        'BÁO CÁO', title)
    if period_txt:
        r.L(period_txt)
    r.L('')


def h15():
    r = R('h15_commune_hagiang', 'commune_report', '2023-07-03', 'Tỉnh Hà Giang')
    ds = legacy_districts('Tỉnh Hà Giang'); dn = [x for x in ds if 'Đồng Văn' in x][0]
    wn = [x for x in legacy_wards('Tỉnh Hà Giang', dn) if 'Lũng Cú' in x][0]
    r.unit(dn); r.unit(wn)
    r.period('2023-01-01', '2023-06-30')
    commune_head(r, 'UBND ' + dn, 'UBND ' + wn, '27/BC-UBND', 'Lũng Cú', '2023-07-03',
                 'Kết quả thực hiện cải cách hành chính 6 tháng đầu năm 2023', f'(từ {r.nf("01/01/2023", "date")} đến {r.nf("30/6/2023", "date")})')
    D = gen(1515, 1300, carry=False)
    r.L('1. Kết quả giải quyết TTHC tại Bộ phận Một cửa xã')
    t = r.c('received_total', 'self', D['tot']); res = r.c('resolved_total', 'self', D['res']); pe = r.c('pending_total', 'self', D['pen'])
    r.ident('balance', t, [res, pe])
    it = r.c('resolved_in_time', 'self', D['intime']); ro = r.rate('resolved_on_time', 'self', D['intime'], D['res'])
    r.L(f'Sáu tháng đầu năm, Bộ phận Một cửa xã nhận {t} hồ sơ, đã trả kết quả {res} hồ sơ, còn {pe} hồ sơ đang giải quyết trong hạn.',
        f'Hồ sơ trả đúng và trước hạn là {it}, bằng {ro} số hồ sơ đã giải quyết; không có hồ sơ phải xin lỗi.')
    r.L('2. Lĩnh vực phát sinh nhiều hồ sơ', f'Chứng thực ({r.nf("gần 500", "approx")} lượt), hộ tịch, bảo trợ xã hội.', '')
    r.L(f'Xã đã tổ chức {r.nf("04 buổi", "count_of_things")} tuyên truyền về dịch vụ công trực tuyến tại các thôn.')
    nhan(r, ['UBND huyện (b/c)', 'Phòng Nội vụ huyện', 'Đảng ủy, HĐND xã'], 'Sùng Mí Dế', 'CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN')
    return r


def h16():
    # planted: ratio_mismatch on the commune's online share
    r = R('h16_commune_soctrang', 'commune_report', '2024-10-07', 'Tỉnh Sóc Trăng')
    ds = legacy_districts('Tỉnh Sóc Trăng'); dn = [x for x in ds if 'Kế Sách' in x][0]
    wl = legacy_wards('Tỉnh Sóc Trăng', dn); wn = [x for x in wl if x.startswith('Xã')][2]
    r.unit(dn); r.unit(wn)
    r.period('2024-07-01', '2024-09-30')
    commune_head(r, 'UBND ' + dn, 'UBND ' + wn, '64/BC-UBND', wn.replace('Xã ', ''), '2024-10-07',
                 f'Tình hình giải quyết thủ tục hành chính quý III năm 2024 của {wn.replace("Xã", "xã")}')
    D = gen(1616, 2400, carry=False)
    t = r.c('received_total', 'self', D['tot']); on = r.c('received_online', 'self', D['on'])
    good = pct(D['on'], D['tot'], 2)
    sh = r.rate('received_online_share', 'self', D['on'], D['tot'], wrong=round(good + 8.25, 2))
    off = r.c('received_offline', 'self', D['off'])
    r.ident('sum', t, [on, off])
    r.L(f'Trong quý III, UBND xã tiếp nhận {t} hồ sơ, gồm: hồ sơ trực tuyến {on} hồ sơ (chiếm tỷ lệ {sh}), hồ sơ trực tiếp {off} hồ sơ.')
    res = r.c('resolved_total', 'self', D['res']); e = r.c('resolved_early', 'self', D['early']); o = r.c('resolved_on_time', 'self', D['ontime']); lt = r.c('resolved_late', 'self', D['late'])
    r.ident('sum', res, [e, o, lt])
    r.L(f'Đã giải quyết {res} hồ sơ: trước hạn {e}; đúng hạn {o}; trễ hạn {lt}.')
    pay = r.rv('online_payment', 'self', 45.5, d=1)
    r.L(f'Thanh toán phí, lệ phí trực tuyến đạt {pay}, thấp hơn chỉ tiêu huyện giao ({r.nf("60%", "target")}).', '',
        'Khó khăn: đường truyền chập chờn; người dân chưa quen tạo tài khoản định danh điện tử.')
    nhan(r, ['UBND huyện', 'Văn phòng HĐND và UBND huyện'], 'Thạch Sô Phênh', 'PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH')
    return r


def h17():
    r = R('h17_commune_bentre', 'commune_report', '2022-01-05', 'Tỉnh Bến Tre')
    ds = legacy_districts('Tỉnh Bến Tre'); dn = [x for x in ds if 'Chợ Lách' in x][0]
    wl = legacy_wards('Tỉnh Bến Tre', dn); wn = wl[0]
    r.unit(dn); r.unit(wn)
    r.period('2021-01-01', '2021-12-31')
    commune_head(r, 'UBND ' + dn, 'UBND ' + wn, '02/BC-UBND', 'Chợ Lách', '2022-01-05',
                 'Tổng kết công tác cải cách thủ tục hành chính năm 2021')
    D = gen(1717, 3900)
    r.L('II. KẾT QUẢ', 'Số liệu cả năm:')
    t = r.c('received_total', 'self', D['tot']); cr = r.c('received_carried_over', 'self', D['cr']); on = r.c('received_online', 'self', D['on']); off = r.c('received_offline', 'self', D['off'])
    r.ident('sum', t, [cr, on, off])
    r.L(f'  * Tổng hồ sơ: {t} (năm 2020 chuyển sang: {cr}; nộp qua mạng: {on}; nộp tại Bộ phận Một cửa: {off})')
    rj, wd = 23, 9
    res = r.c('resolved_total', 'self', D['res']); it = r.c('resolved_in_time', 'self', D['intime'] - rj - wd); lt = r.c('resolved_late', 'self', D['late'])
    rjf = r.c('resolved_rejected', 'self', rj); wdf = r.c('resolved_withdrawn', 'self', wd)
    r.ident('sum', res, [it, lt, rjf, wdf])
    r.L(f'  * Đã có kết quả: {res} (đúng hạn {it}; trễ {lt}; trả lại hồ sơ {rjf}; công dân xin rút {wdf})')
    pe = r.c('pending_total', 'self', D['pen']); r.ident('balance', t, [res, pe])
    r.L(f'  * Chuyển sang năm 2022: {pe}')
    fb = gen_fb(1718)
    fn = r.c('feedback_total', 'self', fb['new']); fr = r.c('feedback_resolved', 'self', fb['new'])
    fh = r.rate('feedback_handled', 'self', fb['new'], fb['new'], d=0)
    r.L(f'  * Phản ánh, kiến nghị: nhận {fn}, đã xử lý {fr}, đạt {fh}.', '',
        f'So với năm 2020, hồ sơ qua mạng {r.nf("tăng gấp 3 lần", "change")}.')
    nhan(r, ['UBND huyện', 'Phòng Nội vụ'], 'Nguyễn Văn Bé Tư', 'CHỦ TỊCH')
    return r


def h18():
    r = R('h18_commune_hungyen', 'commune_report', '2025-11-03', 'Tỉnh Hưng Yên')
    W = new_wards('Hưng Yên'); wn = [x for x in W if x.startswith('Phường')][3]; r.unit(wn)
    r.period('2025-10-01', '2025-10-31')
    commune_head(r, 'TỈNH HƯNG YÊN', 'UBND ' + wn, '115/BC-UBND', wn.replace('Phường ', ''), '2025-11-03',
                 f'Kết quả cải cách TTHC tháng 10 năm 2025 trên địa bàn {wn.replace("Phường", "phường")}')
    D = gen(1818, 5200, carry=False)
    r.L('1. Chỉ tiêu trực tuyến')
    x = r.rate('online_submission', 'self', D['on'], D['tot'])
    a = r.c('received_online', 'self', D['on']); b = r.c('received_total', 'self', D['tot'])
    r.L(f'Tỷ lệ nộp hồ sơ trực tuyến: {x} ({a} trên tổng số {b} hồ sơ), chưa đạt chỉ tiêu tỉnh giao ({r.nf("≥ 80%", "target")}).')
    dg = r.rv('digitization', 'self', 97.3, d=1); reu = r.rv('digital_reuse', 'self', 64.12)
    r.L(f'Số hóa hồ sơ, kết quả: {dg}. Tái sử dụng dữ liệu đã số hóa: {reu}.', '2. Giải quyết hồ sơ')
    res = r.c('resolved_total', 'self', D['res']); it = r.c('resolved_in_time', 'self', D['intime'])
    ro = r.rate('resolved_on_time', 'self', D['intime'], D['res'])
    lt = r.c('resolved_late', 'self', D['late']); rl = r.rate('resolved_late', 'self', D['late'], D['res'])
    r.ident('sum', res, [it, lt]); r.ident('complement', None, [ro, rl])
    r.L(f'Giải quyết xong {res} hồ sơ — trước và đúng hạn {it} ({ro}), quá hạn {lt} ({rl}).', '',
        f'Trung tâm Phục vụ hành chính công phường bố trí {r.nf("09", "count_of_things")} quầy tiếp nhận.')
    nhan(r, ['UBND tỉnh (b/c)', 'Sở Nội vụ', 'Thường trực Đảng ủy phường'], 'Đỗ Thị Thu Trang', 'CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN')
    return r


def h19():
    # planted: date_inconsistency — period ends after the document's date
    r = R('h19_commune_ninhbinh', 'commune_report', '2026-02-24', 'Tỉnh Ninh Bình')
    W = new_wards('Ninh Bình'); wn = [x for x in W if x.startswith('Xã Gia')][1]; r.unit(wn)
    r.period('2026-01-15', '2026-03-14', planted=True)
    t_end = r.nf('14/3/2026', 'date')
    r.mistake('date_inconsistency', '2026-03-14', t_end, 'the period ends on 14/3/2026, after the report is dated 24/02/2026')
    commune_head(r, 'TỈNH NINH BÌNH', 'ỦY BAN NHÂN DÂN ' + wn, '19/BC-UBND', wn.replace('Xã ', ''), '2026-02-24',
                 'Kết quả giải quyết thủ tục hành chính quý I năm 2026', f'(Kỳ báo cáo: {r.nf("15/01/2026", "date")} – {t_end})')
    D = gen(1919, 1800)
    t = r.c('received_total', 'self', D['tot']); cr = r.c('received_carried_over', 'self', D['cr'])
    r.L(f'Trong kỳ, xã tiếp nhận {t} hồ sơ (bao gồm {cr} hồ sơ tồn của kỳ trước).')
    res = r.c('resolved_total', 'self', D['res']); pe = r.c('pending_total', 'self', D['pen'])
    pw = r.c('pending_on_time', 'self', D['pw']); pl = r.c('pending_late', 'self', D['pl'])
    r.ident('balance', t, [res, pe]); r.ident('sum', pe, [pw, pl])
    r.L(f'Đã giải quyết {res}; chưa giải quyết xong {pe}, trong đó chưa đến hạn {pw}, đã quá hạn {pl}.')
    ro = r.rv('resolved_on_time', 'self', pct(D['intime'], D['res'], 1), d=1)
    r.L(f'Tỷ lệ đúng hạn đạt {ro}.', '', f'Xã đã tiếp nhận {r.nf("02", "count_of_things")} phản ánh qua Tổng đài 1022 và chuyển Sở Xây dựng xử lý.')
    nhan(r, ['UBND tỉnh', 'Trung tâm PVHCC tỉnh'], 'Đinh Văn Quang', 'PHÓ CHỦ TỊCH', 'KT. CHỦ TỊCH')
    return r


def h20():
    r = R('h20_commune_yenbai', 'commune_report', '2019-12-16', 'Tỉnh Yên Bái')
    ds = legacy_districts('Tỉnh Yên Bái'); dn = [x for x in ds if 'Nghĩa Lộ' in x][0]
    wl = legacy_wards('Tỉnh Yên Bái', dn); wn = [x for x in wl if 'Pú Trạng' in x][0]
    r.unit(dn); r.unit(wn)
    r.period('2018-12-15', '2019-12-14')
    commune_head(r, 'UBND ' + dn, 'UBND ' + wn, '88/BC-UBND', 'Nghĩa Lộ', '2019-12-16',
                 'Công tác cải cách hành chính năm 2019 của phường')
    D = gen(2020, 1600, carry=False)
    it = r.c('resolved_in_time', 'self', D['intime']); res = r.c('resolved_total', 'self', D['res'])
    ro = r.rate('resolved_on_time', 'self', D['intime'], D['res'])
    r.L(f'Trong năm, tỷ lệ giải quyết đúng hạn của phường là {ro} — {it} trong số {res} hồ sơ đã giải quyết.')
    t = r.c('received_total', 'self', D['tot']); pe = r.c('pending_total', 'self', D['pen'])
    r.ident('balance', t, [res, pe])
    r.L(f'Tổng số hồ sơ tiếp nhận là {t}; đến ngày khóa sổ còn {pe} hồ sơ đang xử lý.')
    r.L(f'Hồ sơ trực tuyến mức độ 3, 4 mới {r.nf("dưới 5%", "bound")} do phường mới triển khai từ tháng 9.',
        f'Phường thực hiện theo {r.nf("Kế hoạch số 12/KH-UBND", "reference")} của UBND thị xã về cải cách hành chính năm 2019.')
    nhan(r, ['UBND thị xã', 'Phòng Nội vụ thị xã'], 'Hoàng Thị Lả', 'CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN')
    return r


def h21():
    r = R('h21_commune_vinhlong', 'commune_report', '2026-04-06', 'Tỉnh Vĩnh Long')
    W = new_wards('Vĩnh Long'); wn = [x for x in W if x.startswith('Xã Long Hồ')][0]; r.unit(wn)
    r.period('2026-03-01', '2026-03-31')
    commune_head(r, 'TỈNH VĨNH LONG', 'UBND ' + wn, '41/BC-UBND', 'Long Hồ', '2026-04-06',
                 'Báo cáo nhanh kết quả giải quyết TTHC tháng 3/2026')
    D = gen(2121, 2600, carry=False)
    r.L('Kết quả trên Hệ thống thông tin giải quyết TTHC tỉnh:')
    t = r.c('received_total', 'self', D['tot'])
    on = r.c('received_online', 'self', D['on']); s1 = r.rate('received_online_share', 'self', D['on'], D['tot'])
    off = r.c('received_offline', 'self', D['off']); s2 = r.rate('received_offline_share', 'self', D['off'], D['tot'])
    r.ident('sum', t, [on, off]); r.ident('complement', None, [s1, s2])
    r.L(f'+ Hồ sơ tiếp nhận: {t}', f'+ Trực tuyến: {on} ({s1})', f'+ Trực tiếp: {off} ({s2})')
    res = r.c('resolved_total', 'self', D['res']); e = r.c('resolved_early', 'self', D['early']); o = r.c('resolved_on_time', 'self', D['ontime']); lt = r.c('resolved_late', 'self', D['late'])
    r.ident('sum', res, [e, o, lt])
    r.L(f'+ Đã giải quyết: {res} (sớm hạn {e}, đúng hạn {o}, trễ hạn {lt})')
    pe = r.c('pending_total', 'self', D['pen']); r.ident('balance', t, [res, pe])
    r.L(f'+ Đang giải quyết: {pe}', '', f'Số cuộc họp giao ban về TTHC trong tháng: {r.nf("02", "count_of_things")}.')
    nhan(r, ['Văn phòng UBND tỉnh', 'Đảng ủy xã'], 'Trương Văn Hậu', 'CHỦ TỊCH')
    return r


REPORTS_A = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10, h11, h12, h13, h14, h15, h16, h17, h18, h19, h20, h21]
