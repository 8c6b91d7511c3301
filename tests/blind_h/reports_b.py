"""news_article, portal_stats, ministry_report."""
from lib import R, F, n_, p_, pct, vn_date, vn_date2, nhan, legacy_districts, legacy_wards, new_wards
from blocks import gen, gen_fb, score766

QH = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
DL = 'Độc lập - Tự do - Hạnh phúc'
N766 = ['index_766_publicity', 'index_766_progress', 'index_766_online_service', 'index_766_online_payment', 'index_766_satisfaction', 'index_766_digitization']


def h22():
    r = R('h22_news_quangngai', 'news_article', '2024-04-11', 'Tỉnh Quảng Ngãi')
    r.period('2023-12-15', '2024-03-14')
    r.L('BÁO QUẢNG NGÃI ĐIỆN TỬ', f'Cập nhật: {r.nf("11/04/2024", "date")} 07:45', '',
        'Quảng Ngãi: Hồ sơ trực tuyến quý I vượt một nửa tổng số hồ sơ', '',
        f'(Baoquangngai.vn) – Theo báo cáo của UBND tỉnh, quý I/2024 các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận hơn')
    D = gen(2222, 150000, carry=False)
    r.lines[-1] += f' {r.nf("120 nghìn", "approx")} hồ sơ.'
    t = r.c('received_total', 'city', D['tot']); on = r.c('received_online', 'city', D['on'])
    sh = r.rate('received_online_share', 'city', D['on'], D['tot'])
    r.L(f'Cụ thể, tổng số hồ sơ là {t}, trong đó nộp qua mạng {on} hồ sơ, chiếm {sh}.',
        f'Con số này {r.nf("cao hơn 11,6%", "change")} so với cùng kỳ năm 2023.', '')
    ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'], xy=False)
    r.L(f'Về tiến độ, {ro} hồ sơ được trả kết quả đúng hạn. Ông Nguyễn Văn A, Chánh Văn phòng UBND tỉnh cho biết, tỉnh đặt mục tiêu {r.nf("trên 98%", "bound")} trong năm nay.')
    ds = legacy_districts('Tỉnh Quảng Ngãi'); d1 = [x for x in ds if 'Bình Sơn' in x][0]; r.unit(d1)
    x = r.rv('online_submission', 'unit:' + d1, 68.9, d=1)
    r.L(f'Ở cấp huyện, {d1.replace("Huyện", "huyện")} có tỷ lệ nộp trực tuyến cao nhất: {x}.', '',
        'Theo lãnh đạo Văn phòng UBND tỉnh, kết quả trên có được là nhờ các địa phương bố trí tổ hỗ trợ tại Bộ phận Một cửa,',
        'hướng dẫn người dân kê khai trên Cổng dịch vụ công ngay tại quầy thay vì nhận hồ sơ giấy.',
        'Tuy vậy, một số thủ tục lĩnh vực đất đai, xây dựng vẫn chủ yếu nộp trực tiếp do yêu cầu bản vẽ, bản gốc.',
        f'Trong quý II, tỉnh sẽ tổ chức {r.nf("2 đợt", "count_of_things")} kiểm tra đột xuất việc tiếp nhận hồ sơ tại cấp xã.', '', 'Minh Châu')
    return r


def h23():
    r = R('h23_news_bacgiang', 'news_article', '2023-07-14', 'Tỉnh Bắc Giang')
    r.L('Cổng Thông tin điện tử tỉnh Bắc Giang', f'{r.nf("14/07/2023", "date")}', '',
        'Bắc Giang giữ vững vị trí top đầu về chất lượng phục vụ người dân, doanh nghiệp', '')
    vals, mx, tot = score766(2323)
    T = r.score('index_766_total', 'city', tot)
    rk = r.rank('city', 3, 63, text='3/63')
    r.L(f'Theo đánh giá của Văn phòng Chính phủ trên Cổng Dịch vụ công quốc gia, 6 tháng đầu năm 2023, Bắc Giang đạt {T} điểm, đứng thứ {rk} tỉnh, thành phố.')
    ps = []
    txt = []
    labs = ['công khai, minh bạch', 'tiến độ giải quyết', 'dịch vụ công trực tuyến', 'thanh toán trực tuyến', 'mức độ hài lòng', 'số hóa hồ sơ']
    for n, lab, v in zip(N766, labs, vals):
        s = r.score(n, 'city', v); ps.append(s); txt.append(f'{lab} {s}')
    r.ident('score', T, ps)
    r.L('Điểm thành phần lần lượt: ' + '; '.join(txt) + '.')
    r.L(f'So với năm 2022, tỉnh {r.nf("tăng 2 bậc", "change")}.', '')
    D = gen(2324, 310000, carry=False)
    ro = r.rv('resolved_on_time', 'city', pct(D['intime'], D['res'], 1), d=1)
    r.L(f'Tỷ lệ hồ sơ giải quyết đúng hạn ở mức {ro}; {r.nf("gần 70%", "approx")} hồ sơ được nộp trực tuyến.', '',
        'Đại diện Trung tâm Phục vụ hành chính công tỉnh cho biết, tỉnh duy trì họp giao ban trực tuyến hằng tuần',
        'với các huyện để xử lý ngay những hồ sơ có nguy cơ quá hạn.',
        'Nhóm chỉ số thanh toán trực tuyến vẫn là điểm nghẽn, do nhiều người dân cao tuổi chưa sử dụng ví điện tử.',
        f'Mục tiêu của tỉnh là giữ vị trí trong nhóm {r.nf("5", "target")} địa phương dẫn đầu cả năm.', '', 'Thu Hà')
    return r


def h24():
    # planted: sum_mismatch — province total of received dossiers vs levels
    r = R('h24_news_dongthap', 'news_article', '2025-10-09', 'Tỉnh Đồng Tháp')
    r.period('2025-07-01', '2025-09-30')
    r.L('BÁO ĐỒNG THÁP', f'Thứ năm, {r.nf("09/10/2025", "date")}', '',
        'Sau một quý vận hành chính quyền hai cấp: Đồng Tháp giải quyết hồ sơ cho người dân ra sao?', '')
    dep = gen(2424, 38000, carry=False); com = gen(2425, 260000, carry=False)
    wrong = dep['tot'] + com['tot'] + 5000
    t = r.c('received_total', 'city', wrong)
    a = r.c('received_total', 'departments', dep['tot'], scope='cấp tỉnh'); b = r.c('received_total', 'communes', com['tot'], scope='cấp xã')
    r.ident('sum', t, [a, b], planted=True)
    r.mistake('sum_mismatch', wrong, n_(wrong), f'{n_(dep["tot"])} + {n_(com["tot"])} = {n_(dep["tot"] + com["tot"])}')
    r.L(f'Từ ngày {r.nf("1/7", "date")} đến ngày {r.nf("30/9", "date")}, toàn tỉnh tiếp nhận {t} hồ sơ TTHC. Trong đó, các sở, ngành nhận {a} hồ sơ; 102 xã, phường nhận {b} hồ sơ.')
    r.nf('102 xã, phường', 'count_of_things')
    x = r.rate('resolved_on_time', 'communes', com['intime'], com['res'], xy=False, scope='cấp xã')
    r.L(f'Đáng chú ý, cấp xã có tỷ lệ giải quyết đúng hạn là {x}, dù {r.nf("khoảng 1.200", "approx")} công chức mới được điều động.')
    W = new_wards('Đồng Tháp'); w1 = W[0]; r.unit(w1)
    y = r.rv('online_submission', 'unit:' + w1, 96.4, d=1)
    r.L(f'{w1} dẫn đầu với tỷ lệ hồ sơ trực tuyến {y}.', '',
        'Ghi nhận tại Trung tâm Phục vụ hành chính công một số phường, người dân được hướng dẫn quét mã QR',
        'để tra cứu tình trạng hồ sơ; thời gian chờ tại quầy đã rút ngắn rõ rệt.',
        'Bà Trần Thị M., một người dân đến làm thủ tục đất đai, chia sẻ: “Giờ tôi chỉ đến một lần để nhận kết quả”.',
        'Tuy nhiên, một số xã vùng sâu vẫn thiếu máy scan, đường truyền yếu, ảnh hưởng đến tiến độ số hóa.',
        f'Tỉnh dự kiến bổ sung {r.nf("300", "count_of_things")} bộ thiết bị cho cấp xã trong tháng 11.', '', 'Bài, ảnh: Hữu Nghĩa')
    return r


def h25():
    r = R('h25_news_thanhhoa', 'news_article', '2022-08-02', 'Tỉnh Thanh Hóa')
    r.period('2022-01-01', '2022-06-30')
    r.L('Báo Thanh Hóa', f'{r.nf("02/8/2022", "date")} 16:20', '',
        'Thanh Hóa: 6 tháng, gần 1 triệu hồ sơ được giải quyết', '')
    r.nf('gần 1 triệu', 'approx')
    D = gen(2525, 1180000, carry=False)
    res = r.c('resolved_total', 'city', D['res']); it = r.c('resolved_in_time', 'city', D['intime']); lt = r.c('resolved_late', 'city', D['late'])
    r.ident('sum', res, [it, lt])
    ro = r.rate('resolved_on_time', 'city', D['intime'], D['res'])
    r.L(f'Theo Trung tâm Phục vụ hành chính công tỉnh, nửa đầu năm các cấp đã giải quyết {res} hồ sơ; {it} hồ sơ trả trước và đúng hẹn (đạt {ro}), {lt} hồ sơ trễ hẹn.')
    L = [('departments', 'cấp tỉnh', 0.97), ('districts', 'cấp huyện', 0.955), ('communes', 'cấp xã', 0.991)]
    parts = []
    for subj, sc, v in L:
        parts.append(f'{sc} {r.rv("resolved_on_time", subj, round(v * 100, 1), d=1, scope=sc)}')
    r.L('Tỷ lệ đúng hạn theo từng cấp: ' + ', '.join(parts) + '.')
    ds = legacy_districts('Tỉnh Thanh Hóa'); d1 = [x for x in ds if 'Sầm Sơn' in x][0]; d2 = [x for x in ds if 'Mường Lát' in x][0]
    r.unit(d1); r.unit(d2)
    r.L(f'{d1} và {d2.replace("Huyện", "huyện")} được biểu dương vì không có hồ sơ quá hạn trong {r.nf("3 tháng", "date")} liên tiếp.', '',
        'Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành công khai xin lỗi đối với từng hồ sơ trễ hẹn,',
        'đồng thời làm rõ trách nhiệm của cán bộ, công chức để xảy ra chậm trễ.',
        'Nhiều huyện đã áp dụng mô hình trả kết quả tại nhà qua dịch vụ bưu chính công ích, được người dân đồng tình.',
        'Thời gian tới, tỉnh tiếp tục rà soát, cắt giảm thời gian giải quyết đối với các thủ tục liên quan đến doanh nghiệp.',
        f'Dự kiến trong năm nay sẽ có thêm {r.nf("khoảng 200", "approx")} thủ tục được cung cấp trực tuyến toàn trình.', '', 'Lê Hà')
    return r


def h26():
    # planted: complement_mismatch — online + offline shares
    r = R('h26_news_khanhhoa', 'news_article', '2025-12-19', 'Tỉnh Khánh Hòa')
    r.period('2025-11-15', '2025-12-14')
    r.L('KHÁNH HÒA ONLINE', f'{r.nf("19/12/2025", "date")}', '', 'Hồ sơ nộp trực tiếp vẫn chiếm tỷ trọng đáng kể', '')
    on_s = 77.35; off_s = 24.65
    a = r.rv('received_online_share', 'city', on_s); b = r.rv('received_offline_share', 'city', off_s)
    r.ident('complement', None, [a, b], planted=True)
    r.mistake('complement_mismatch', off_s, str(b), '77,35% + 24,65% = 102%')
    r.L(f'Trong tháng, hồ sơ trực tuyến chiếm {a} tổng hồ sơ tiếp nhận trên Hệ thống giải quyết TTHC tỉnh, hồ sơ nộp tại quầy chiếm {b}.',
        f'Lãnh đạo Văn phòng UBND tỉnh cho rằng tỷ lệ này {r.nf("thấp hơn 3 điểm phần trăm", "change")} so với kỳ vọng.')
    fb = gen_fb(2626)
    ft = r.c('feedback_total', 'city', fb['new']); fr = r.c('feedback_resolved', 'city', fb['res'] if fb['res'] <= fb['new'] else fb['new'])
    fres = fb['res'] if fb['res'] <= fb['new'] else fb['new']
    fh = r.rate('feedback_handled', 'city', fres, fb['new'], d=1)
    r.L(f'Về phản ánh, kiến nghị: người dân gửi {ft} phản ánh qua ứng dụng Khánh Hòa S, cơ quan chức năng đã trả lời {fr}, tức {fh}.', '',
        'Nguyên nhân được chỉ ra là nhiều thủ tục có thành phần hồ sơ phức tạp, phải nộp bản chính hoặc bản vẽ khổ lớn;',
        'ngoài ra, một bộ phận người dân ở các xã miền núi chưa có tài khoản định danh điện tử mức độ 2.',
        'Văn phòng UBND tỉnh đề nghị các xã, phường bố trí đoàn viên thanh niên hỗ trợ trực tiếp tại Trung tâm Phục vụ hành chính công.',
        'Cùng với đó, tỉnh sẽ đẩy mạnh tuyên truyền trên sóng phát thanh cơ sở về lợi ích của việc nộp hồ sơ qua mạng.',
        f'Mục tiêu đến quý II/2026, tỷ lệ hồ sơ trực tuyến đạt {r.nf("90%", "target")}.', '', 'Phong Lan')
    return r


def h27():
    # planted: score_sum_mismatch
    r = R('h27_news_phuyen', 'news_article', '2021-11-26', 'Tỉnh Phú Yên')
    r.L('Báo Phú Yên', f'Ngày đăng: {r.nf("26/11/2021", "date")}', '', 'Chỉ số phục vụ người dân, doanh nghiệp của Phú Yên cải thiện', '')
    vals, mx, tot = score766(2727, parts=5)
    wrong = round(tot + 3.5, 2)
    T = r.score('index_766_total', 'city', wrong)
    r.mistake('score_sum_mismatch', wrong, str(T), f'components add to {p_(tot, 2)}')
    labs = ['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng']
    r.L(f'Tổng điểm Bộ chỉ số của tỉnh là {T} điểm, gồm 5 nhóm:')
    ps = []
    for n, lab, v in zip(N766, labs, vals):
        s = r.score(n, 'city', v); ps.append(s)
        r.L(f'– {lab}: {s}')
    r.ident('score', T, ps, planted=True)
    rk = r.rank('city', 41, 63)
    r.L(f'Với kết quả này, Phú Yên đứng vị trí {rk}, {r.nf("tăng 9 bậc", "change")} so với tháng trước.', '',
        'Theo Văn phòng UBND tỉnh, nhóm chỉ số tiến độ giải quyết được cải thiện nhờ rà soát hồ sơ tồn đọng hằng tuần.',
        f'Tỉnh đặt mục tiêu vào nhóm {r.nf("30", "target")} địa phương dẫn đầu trong năm 2022.', '', 'Văn Tài')
    return r


def h28():
    r = R('h28_news_angiang', 'news_article', '2026-01-08', 'Tỉnh An Giang')
    r.period('2025-07-01', '2025-12-31')
    r.L('Báo An Giang điện tử', f'{r.nf("08-01-2026", "date")} | 06:00', '', 'An Giang: Người dân ngày càng quen với dịch vụ công toàn trình', '')
    D = gen(2828, 420000, carry=False)
    on = r.c('received_online', 'city', D['on'])
    fo_n = D['on'] * 37 // 100 + 123
    fo = r.c('other', 'city', fo_n); r.facts[-1]['note'] = 'full-online dossiers'
    fr = r.rate('full_online', 'city', fo_n, D['on'])
    r.L(f'Sáu tháng cuối năm 2025, An Giang có {on} hồ sơ nộp trực tuyến, trong số đó {fo} hồ sơ thực hiện toàn trình, bằng {fr}.')
    pay = r.rv('online_payment', 'city', 52.7, d=1)
    r.L(f'Tỷ lệ thanh toán trực tuyến là {pay}, {r.nf("thấp hơn mức bình quân cả nước", "change")} nhưng đã {r.nf("tăng gấp đôi", "change")} so với đầu năm.')
    W = new_wards('An Giang'); w = [x for x in W if 'Châu Đốc' in x][0]; r.unit(w)
    r.L(f'Tại {w}, cán bộ đoàn thanh niên hỗ trợ {r.nf("hơn 3.000", "approx")} lượt người dân tạo tài khoản định danh.', '',
        'Ông Lê Văn K., công chức Trung tâm Phục vụ hành chính công phường, cho biết nhóm thủ tục hộ tịch, chứng thực',
        'được người dân lựa chọn nộp toàn trình nhiều nhất, do kết quả điện tử có giá trị như bản giấy.',
        'Với các thủ tục đất đai, người dân vẫn phải đến nộp bản gốc giấy chứng nhận nên chỉ thực hiện được một phần trực tuyến.',
        'Năm 2026, tỉnh sẽ ưu tiên kết nối cơ sở dữ liệu đất đai với Hệ thống thông tin giải quyết TTHC.',
        'Các xã, phường được yêu cầu báo cáo hằng tuần về số tài khoản định danh đã được kích hoạt.', '', 'Thanh Tiến')
    return r


def table(r, header, rows):
    r.L('| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header))
    for row in rows:
        r.L('| ' + ' | '.join(str(c) for c in row) + ' |')


def cellrow(r, subj, label, d, tix, cols, dec=',', raw=False, wrong=None):
    """row: received, online, rate online, resolved, in time, rate on time."""
    sep = '' if raw else '.'
    def C(ind, v, path):
        f = r.c(ind, subj, v, sep=sep)
        r.facts[-1]['cell'] = {'table': tix, 'row': label, 'path': path}
        return f
    t = C('received_total', d['tot'], [cols[0]]); on = C('received_online', d['on'], [cols[1]])
    x = r.rate('online_submission', subj, d['on'], d['tot'], dec=dec, d=2, wrong=wrong)
    r.facts[-1]['cell'] = {'table': tix, 'row': label, 'path': [cols[2]]}
    res = C('resolved_total', d['res'], [cols[3]]); it = C('resolved_in_time', d['intime'], [cols[4]])
    y = r.rate('resolved_on_time', subj, d['intime'], d['res'], dec=dec, d=2)
    r.facts[-1]['cell'] = {'table': tix, 'row': label, 'path': [cols[5]]}
    return [label, t, on, x, res, it, y], (t, on, res, it)


def h29():
    r = R('h29_portal_quangnam', 'portal_stats', '2025-02-28', 'Tỉnh Quảng Nam')
    r.period('2025-02-01', '2025-02-28')
    r.L('HỆ THỐNG THÔNG TIN GIẢI QUYẾT TTHC TỈNH QUẢNG NAM', 'Thống kê > Theo đơn vị', f'Kỳ thống kê: Tháng 02/2025 (từ {r.nf("01/02/2025", "date")} đến {r.nf("28/02/2025", "date")})', '')
    cols = ['Tiếp nhận', 'Trực tuyến', 'Tỷ lệ trực tuyến', 'Đã giải quyết', 'Trước hạn, đúng hạn', 'Tỷ lệ đúng hạn']
    picks = legacy_districts('Tỉnh Quảng Nam')
    rows = []; sums = [0, 0, 0, 0]; fs = []
    for i, dn in enumerate(picks):
        r.unit(dn)
        d = gen(2929 + i, 4000, carry=False)
        row, f = cellrow(r, 'unit:' + dn, dn, d, 0, cols, dec='.'); rows.append(row); fs.append(f)
    tot = {k: sum(gen(2929 + i, 4000, carry=False)[k] for i in range(len(picks))) for k in ('tot', 'on', 'res', 'intime')}
    row, ft = cellrow(r, 'districts', 'Tổng cộng', tot, 0, cols, dec='.')
    for j in range(4):
        r.ident('sum', ft[j], [f[j] for f in fs])
    rows.append(row)
    r.L('Bảng 1. Kết quả giải quyết hồ sơ của các huyện, thị xã, thành phố', '')
    table(r, ['Đơn vị'] + cols, rows)
    r.L('', f'Dữ liệu cập nhật lúc 23:59 ngày {r.nf("28/02/2025", "date")}. Tỷ lệ tính trên số hồ sơ tiếp nhận trong kỳ.')
    return r


def h30():
    # planted: ratio_mismatch in a portal "label: value" page
    r = R('h30_portal_haiduong', 'portal_stats', '2023-05-31', 'Tỉnh Hải Dương')
    r.period('2023-01-01', '2023-05-31')
    r.L('CỔNG DỊCH VỤ CÔNG TỈNH HẢI DƯƠNG', 'Tình hình xử lý hồ sơ năm 2023', f'Cập nhật đến ngày {r.nf("31/05/2023", "date")}', '')
    D = gen(3030, 230000)
    r.L('Tổng quan toàn tỉnh')
    cr = r.c('received_carried_over', 'city', D['cr'], sep='')
    on = r.c('received_online', 'city', D['on'], sep=''); off = r.c('received_offline', 'city', D['off'], sep='')
    t = r.c('received_total', 'city', D['tot'], sep=''); r.ident('sum', t, [cr, on, off])
    res = r.c('resolved_total', 'city', D['res'], sep=''); it = r.c('resolved_in_time', 'city', D['intime'], sep=''); lt = r.c('resolved_late', 'city', D['late'], sep='')
    r.ident('sum', res, [it, lt])
    pe = r.c('pending_total', 'city', D['pen'], sep=''); r.ident('balance', t, [res, pe])
    good = pct(D['intime'], D['res'], 1)
    x = r.rate('resolved_on_time', 'city', D['intime'], D['res'], d=1, dec='.', wrong=round(good - 2.3, 1))
    r.L(f'Tồn kỳ trước: {cr}', f'Nộp trực tuyến: {on}', f'Nộp trực tiếp: {off}', f'Tổng cần xử lý: {t}',
        f'Đã xử lý: {res}', f'  - Đúng hạn (gồm trước hạn): {it}', f'  - Trễ hạn: {lt}', f'Đang xử lý: {pe}',
        f'Tỷ lệ đúng hạn: {x} ({it}/{res})', '')
    ds = legacy_districts('Tỉnh Hải Dương'); d1 = [x for x in ds if 'Chí Linh' in x][0]; r.unit(d1)
    r.L(f'Đơn vị xử lý nhiều hồ sơ nhất: {d1}', 'Ghi chú: số liệu được hệ thống tự động tổng hợp, có thể thay đổi khi đơn vị cập nhật.')
    return r


def h31():
    r = R('h31_portal_gialai', 'portal_stats', '2025-08-31', 'Tỉnh Gia Lai')
    r.period('2025-08-01', '2025-08-31')
    W = new_wards('Gia Lai')
    r.L('dichvucong.gialai.gov.vn', 'THỐNG KÊ HỒ SƠ THEO THÁNG — Tháng 08/2025', '')
    r.nf('Tháng 08/2025', 'date')
    cols = ['HS nhận trong tháng', 'HS online', 'Tỉ lệ online', 'Đã xử lý', 'Sớm + đúng hạn', 'Tỉ lệ đúng hạn']
    picks = [W[0], W[5], W[60], W[90], W[120]]
    rows = []; fs = []; ds = []
    for i, w in enumerate(picks):
        r.unit(w)
        d = gen(3131 + i, 2500, carry=False); ds.append(d)
        row, f = cellrow(r, 'unit:' + w, w, d, 0, cols, dec='.', raw=True); rows.append(row); fs.append(f)
    r.L('Bảng: một số xã, phường có số hồ sơ lớn')
    table(r, ['Xã, phường'] + cols, rows)
    r.L('', 'Tỉ lệ trực tuyến = hồ sơ trực tuyến / hồ sơ tiếp nhận trong tháng.', 'Tỉ lệ đúng hạn = hồ sơ trước hạn, đúng hạn / hồ sơ đã giải quyết.',
        'Hồ sơ tồn kỳ trước không tính vào số tiếp nhận trong tháng.', 'Số liệu chỉ mang tính tham khảo cho đến khi chốt kỳ báo cáo.')
    return r


def h32():
    r = R('h32_portal_sonla', 'portal_stats', '2026-02-28', 'Tỉnh Sơn La')
    r.L('CỔNG DỊCH VỤ CÔNG TỈNH SƠN LA', 'Chỉ số phục vụ người dân, doanh nghiệp — Tỉnh Sơn La', f'Dữ liệu năm 2026 tính đến {r.nf("28/02/2026", "date")}', '')
    vals, mx, tot = score766(3232)
    labs = ['Công khai, minh bạch', 'Tiến độ, kết quả giải quyết', 'Cung cấp DVCTT', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ']
    rows = []; ps = []
    for n, lab, v, m in zip(N766, labs, vals, mx):
        s = r.score(n, 'city', v, maximum=m); ps.append(s)
        r.facts[-1]['cell'] = {'table': 0, 'row': lab, 'path': ['Điểm đạt']}
        rows.append([lab, r.nf(str(m), 'maximum'), s])
    T = r.score('index_766_total', 'city', tot, maximum=100); r.facts[-1]['cell'] = {'table': 0, 'row': 'Tổng điểm', 'path': ['Điểm đạt']}
    rows.append(['Tổng điểm', r.nf('100', 'maximum'), T])
    r.ident('score', T, ps)
    table(r, ['Nhóm chỉ số', 'Điểm tối đa', 'Điểm đạt'], rows)
    rk = r.rank('city', 12, 34, text='12/34')
    r.L('', f'Xếp hạng: {rk}', f'Xếp loại: Trung bình (từ {r.nf("50", "bound")} đến dưới {r.nf("70", "bound")} điểm)')
    return r


def h33():
    # planted: score_sum_mismatch in a "label: value" 766 page
    r = R('h33_portal_hatinh', 'portal_stats', '2025-12-31', 'Tỉnh Hà Tĩnh')
    r.L('Hà Tĩnh — Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ', f'Kỳ đánh giá: Năm 2025 (cập nhật {r.nf("31/12/2025", "date")})', '')
    vals, mx, tot = score766(3333)
    wrong = round(tot - 2.8, 2)
    labs = ['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ trực tuyến', 'Thanh toán trực tuyến', 'Hài lòng', 'Số hóa']
    ps = []
    for n, lab, v, m in zip(N766, labs, vals, mx):
        s = r.score(n, 'city', v, d=2, text=p_(v, 2, '.')); ps.append(s)
        r.L(f'{lab}: {s}/{r.nf(str(m), "maximum")}')
    T = r.score('index_766_total', 'city', wrong, text=p_(wrong, 2, '.'))
    r.ident('score', T, ps, planted=True)
    r.mistake('score_sum_mismatch', wrong, str(T), f'components add to {p_(tot, 2, ".")}')
    rk = r.rank('city', 8, 34)
    r.L(f'TỔNG: {T} điểm', f'Vị trí: {rk} tỉnh, thành phố', '')
    D = gen(3334, 90000, carry=False)
    x = r.rv('online_submission', 'city', pct(D['on'], D['tot'], 1), d=1, dec='.')
    r.L(f'Tỷ lệ hồ sơ trực tuyến: {x}', f'Mục tiêu năm: {r.nf("80%", "target")}', '',
        'Ghi chú:', '- Điểm được hệ thống tính tự động từ dữ liệu đồng bộ với Cổng Dịch vụ công quốc gia;', '- Đơn vị có ý kiến về số liệu liên hệ Văn phòng UBND tỉnh.')
    return r


def h34():
    # planted: unknown_unit — a ward name that is not in Cà Mau's list
    r = R('h34_portal_camau', 'portal_stats', '2025-10-31', 'Tỉnh Cà Mau')
    r.period('2025-10-01', '2025-10-31')
    W = new_wards('Cà Mau')
    r.L('HỆ THỐNG GIẢI QUYẾT TTHC TỈNH CÀ MAU', 'Báo cáo thống kê: Tháng 10/2025', '')
    r.nf('Tháng 10/2025', 'date')
    cols = ['Số HS tiếp nhận', 'Nộp qua DVCTT', 'Tỷ lệ nộp trực tuyến (%)', 'Số HS đã trả kết quả', 'Trả đúng hạn', 'Tỷ lệ đúng hạn (%)']
    good = [W[0], W[1], W[8]]
    bad = 'Phường Tân Xuyên Đông'
    rows = []
    for i, w in enumerate(good + [bad]):
        r.unit(w, known=(w != bad))
        d = gen(3434 + i, 3000, carry=False)
        row, _ = cellrow(r, 'unit:' + w, w, d, 0, cols); rows.append(row)
    r.mistake('unknown_unit', bad, bad, 'no ward of this name in Tỉnh Cà Mau after 1/7/2025')
    table(r, ['Đơn vị'] + cols, rows)
    r.L('', 'Nguồn: Hệ thống thông tin giải quyết TTHC tỉnh, trích xuất tự động.', 'Tỷ lệ trực tuyến tính trên số hồ sơ tiếp nhận trong tháng;',
        'tỷ lệ đúng hạn tính trên số hồ sơ đã giải quyết.', 'Đơn vị tính: hồ sơ.', 'Các đơn vị rà soát, đối chiếu số liệu trước khi chốt kỳ.')
    return r


def h35():
    r = R('h35_portal_longan', 'portal_stats', '2022-06-30', 'Tỉnh Long An')
    r.period('2022-01-01', '2022-06-30')
    r.L('MỘT CỬA ĐIỆN TỬ TỈNH LONG AN', 'Thống kê tình hình giải quyết hồ sơ theo cấp', f'Từ ngày {r.nf("01/01/2022", "date")} đến ngày {r.nf("30/06/2022", "date")}', '')
    cols = ['Hồ sơ tiếp nhận', 'Trong đó trực tuyến', '% trực tuyến', 'Hồ sơ đã giải quyết', 'Trước hạn và đúng hạn', '% đúng hạn']
    rows = []; fs = []; ds = []
    for i, (subj, lab, size) in enumerate([('departments', 'Cấp tỉnh', 40000), ('districts', 'Cấp huyện', 150000), ('communes', 'Cấp xã', 210000)]):
        d = gen(3535 + i, size, carry=False); ds.append(d)
        row, f = cellrow(r, subj, lab, d, 0, cols); rows.append(row); fs.append(f)
        for fct in r.facts[-6:]:
            fct['scope'] = lab.lower()
    tot = {k: sum(d[k] for d in ds) for k in ('tot', 'on', 'res', 'intime')}
    row, ft = cellrow(r, 'city', 'Toàn tỉnh', tot, 0, cols); rows.append(row)
    for j in range(4):
        r.ident('sum', ft[j], [f[j] for f in fs])
    table(r, ['Cấp'] + cols, rows)
    ds_ = legacy_districts('Tỉnh Long An'); d1 = [x for x in ds_ if 'Kiến Tường' in x][0]; r.unit(d1)
    r.L('', f'Đơn vị cấp huyện có tỷ lệ trực tuyến cao nhất: {d1}.', 'Ghi chú: "Trước hạn, đúng hạn" gồm hồ sơ trả kết quả sớm và đúng ngày hẹn.',
        'Hồ sơ đang giải quyết không thể hiện trong bảng này.', 'Trang được làm mới định kỳ trong ngày.')
    return r


def mhead(r, org, num, date, title, kg=None):
    r.L(org.upper() + '          ' + QH, '                    ' + DL, f'Số: {r.nf(num, "reference")}          Hà Nội, {r.nf(vn_date(date), "date")}', '',
        'BÁO CÁO', title, '')
    if kg:
        r.L(f'Kính gửi: {kg}', '')


def h36():
    r = R('h36_ministry_tuphap', 'ministry_report', '2023-12-18', None)
    r.period('2022-12-15', '2023-12-14')
    mhead(r, 'Bộ Tư pháp', '412/BC-BTP', '2023-12-18', 'Kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính năm 2023 của Bộ Tư pháp', 'Văn phòng Chính phủ')
    fo = r.c('procedures_full_online', 'self', 63); pa = r.c('procedures_partial_online', 'self', 41); no = r.c('procedures_not_online', 'self', 57)
    tot = r.c('procedures_total', 'self', 161); r.ident('sum', tot, [fo, pa, no])
    r.L(f'1. Bộ đang quản lý {tot} TTHC; đã cung cấp dịch vụ công trực tuyến toàn trình đối với {fo} thủ tục, một phần đối với {pa} thủ tục; {no} thủ tục chưa đủ điều kiện cung cấp trực tuyến.')
    D = gen(3636, 520000, carry=False)
    t = r.c('received_total', 'self', D['tot']); on = r.c('received_online', 'self', D['on'])
    sh = r.rate('received_online_share', 'self', D['on'], D['tot'])
    r.L(f'2. Trong năm, các đơn vị thuộc Bộ tiếp nhận {t} hồ sơ, trong đó {on} hồ sơ trực tuyến, chiếm {sh}.')
    ro = r.rate('resolved_on_time', 'self', D['intime'], D['res'], xy=False, d=1)
    r.L(f'   Tỷ lệ giải quyết đúng hạn {ro}; lĩnh vực lý lịch tư pháp có {r.nf("trên 60%", "bound")} số hồ sơ của Bộ.')
    rk = r.rank('self', 5, 20, text='5/20')
    r.L(f'3. Trên Bộ chỉ số phục vụ người dân, doanh nghiệp, Bộ xếp thứ {rk} bộ, ngành.', '')
    nhan(r, ['Văn phòng Chính phủ (Cục KSTTHC)', 'Bộ trưởng (để b/c)', 'Các Thứ trưởng'], 'Nguyễn Thanh Tịnh', 'THỨ TRƯỞNG', 'KT. BỘ TRƯỞNG')
    return r


def h37():
    r = R('h37_ministry_taichinh', 'ministry_report', '2026-01-15', None)
    r.period('2025-12-15', '2026-01-14')
    mhead(r, 'Bộ Tài chính', '28/BC-BTC', '2026-01-15', 'Tình hình giải quyết thủ tục hành chính trên Hệ thống thông tin giải quyết TTHC của Bộ Tài chính tháng 01/2026')
    D = gen(3737, 2400000)
    t = r.c('received_total', 'self', D['tot']); cr = r.c('received_carried_over', 'self', D['cr']); on = r.c('received_online', 'self', D['on']); off = r.c('received_offline', 'self', D['off'])
    r.ident('sum', t, [cr, on, off])
    r.L('I. SỐ LIỆU CHUNG', f'1) Hồ sơ tiếp nhận: {t} hồ sơ. Cụ thể — tồn chuyển từ kỳ trước: {cr}; tiếp nhận trực tuyến: {on}; tiếp nhận trực tiếp/bưu chính: {off}.')
    res = r.c('resolved_total', 'self', D['res']); e = r.c('resolved_early', 'self', D['early']); o = r.c('resolved_on_time', 'self', D['ontime']); lt = r.c('resolved_late', 'self', D['late'])
    r.ident('sum', res, [e, o, lt])
    pe = r.c('pending_total', 'self', D['pen']); r.ident('balance', t, [res, pe])
    r.L(f'2) Đã giải quyết: {res} hồ sơ (trước hạn {e}; đúng hạn {o}; quá hạn {lt}).', f'3) Đang giải quyết: {pe} hồ sơ.')
    ro = r.rv('online_submission', 'self', pct(D['on'], D['new'], 2))
    r.L(f'Tỷ lệ hồ sơ nộp trực tuyến đạt {ro} (không tính hồ sơ tồn).', '', 'II. THANH TOÁN TRỰC TUYẾN')
    pay = r.rv('online_payment', 'self', 93.48)
    r.L(f'Tỷ lệ giao dịch thanh toán trực tuyến trên tổng số giao dịch thanh toán của Bộ là {pay}; {r.nf("khoảng 61,3 nghìn", "approx")} giao dịch qua Cổng Dịch vụ công quốc gia.', '')
    nhan(r, ['Văn phòng Chính phủ', 'Lãnh đạo Bộ', 'Văn phòng Bộ'], 'Bùi Văn Khắng', 'THỨ TRƯỞNG', 'KT. BỘ TRƯỞNG')
    return r


def h38():
    # planted: balance_mismatch (feedback) and repeated_value_mismatch (on-time rate)
    r = R('h38_ministry_congthuong', 'ministry_report', '2022-07-08', None)
    r.period('2022-01-01', '2022-06-30')
    mhead(r, 'Bộ Công Thương', '97/BC-BCT', '2022-07-08', 'Công tác cải cách TTHC 6 tháng đầu năm 2022', 'Văn phòng Chính phủ')
    D = gen(3838, 680000, carry=False)
    v = pct(D['intime'], D['res'], 2)
    a = r.rv('resolved_on_time', 'self', v)
    r.L(f'Tóm tắt kết quả: hồ sơ được giải quyết đúng hạn là {a}; không phát sinh hồ sơ phải xin lỗi người dân.', '', 'I. GIẢI QUYẾT TTHC')
    t = r.c('received_total', 'self', D['tot']); res = r.c('resolved_total', 'self', D['res']); pe = r.c('pending_total', 'self', D['pen'])
    r.ident('balance', t, [res, pe])
    r.L(f'Hệ thống một cửa quốc gia và dịch vụ công trực tuyến của Bộ tiếp nhận {t} hồ sơ; đã giải quyết {res}; đang giải quyết {pe}.')
    w = round(v + 0.87, 2)
    b = r.rv('resolved_on_time', 'self', w)
    r.ident('repeat', a, [b], planted=True)
    r.mistake('repeated_value_mismatch', w, str(b), f'the summary gives {p_(v, 2)}%')
    r.L(f'Tỷ lệ hồ sơ giải quyết đúng hạn là {b}.', '', 'II. PHẢN ÁNH, KIẾN NGHỊ')
    fn = r.c('feedback_new', 'self', 48); fc = r.c('feedback_carried_over', 'self', 5); fr = r.c('feedback_resolved', 'self', 44); fp = r.c('feedback_pending', 'self', 12)
    r.ident('feedback_balance', None, [fn, fc, fr, fp], planted=True)
    r.mistake('balance_mismatch', 12, '12', '48 new + 5 carried over = 53, but 44 resolved + 12 pending = 56')
    r.L(f'Bộ nhận {fn} phản ánh, kiến nghị mới, cộng {fc} phản ánh của kỳ trước; đã xử lý xong {fr}, còn {fp} đang xử lý.', '')
    nhan(r, ['Văn phòng Chính phủ', 'Bộ trưởng', 'Vụ Pháp chế'], 'Đặng Hoàng An', 'THỨ TRƯỞNG', 'KT. BỘ TRƯỞNG')
    return r


def h39():
    r = R('h39_ministry_vpcp', 'ministry_report', '2024-10-21', None)
    r.period('2024-07-01', '2024-09-30')
    mhead(r, 'Văn phòng Chính phủ', '6120/BC-VPCP', '2024-10-21', 'Tình hình, kết quả cải cách TTHC quý III năm 2024')
    D = gen(3939, 9800000, carry=False)
    ro = r.rv('resolved_on_time', 'national', pct(D['intime'], D['res'], 2))
    on = r.rv('online_submission', 'national', pct(D['on'], D['tot'], 2))
    r.L(f'Trên phạm vi cả nước, tỷ lệ hồ sơ giải quyết đúng hạn đạt {ro}; tỷ lệ hồ sơ trực tuyến đạt {on}.')
    r.L(f'Cổng Dịch vụ công quốc gia ghi nhận {r.nf("13,6 triệu", "count_of_things") and "hàng chục triệu"} lượt truy cập trong quý.')
    r.not_facts.pop()
    r.L('Kết quả đánh giá theo Bộ chỉ số đối với một số bộ, cơ quan:')
    for i, (m, sc, pos) in enumerate([('Bộ Công an', 89.12, 1), ('Bộ Tài chính', 85.64, 2), ('Bộ Tư pháp', 81.07, 4)]):
        s = r.score('index_766_total', 'unit:' + m, sc)
        k = r.rank('unit:' + m, pos, 20, text=f'{pos}/20')
        r.L(f'- {m}: {s} điểm, vị trí {k};')
    fb = gen_fb(3940)
    r.L('', f'Hệ thống tiếp nhận, xử lý phản ánh, kiến nghị đã chuyển {r.nf("hơn 4.100", "approx")} phản ánh tới các bộ, địa phương.')
    nhan(r, ['Thủ tướng, các Phó Thủ tướng', 'Các bộ, cơ quan ngang bộ', 'UBND các tỉnh, TP trực thuộc TW'], 'Trần Văn Sơn', 'BỘ TRƯỞNG, CHỦ NHIỆM')
    return r


def h40():
    r = R('h40_ministry_xaydung', 'ministry_report', '2024-06-17', None)
    r.period('2023-12-15', '2024-06-14')
    mhead(r, 'Bộ Xây dựng', '121/BC-BXD', '2024-06-17', 'Kết quả kiểm soát TTHC 6 tháng đầu năm 2024', 'Văn phòng Chính phủ')
    D = gen(4040, 31000)
    r.L('1. Hồ sơ thuộc thẩm quyền giải quyết của Bộ')
    t = r.c('received_total', 'self', D['tot']); cr = r.c('received_carried_over', 'self', D['cr']); on = r.c('received_online', 'self', D['on']); off = r.c('received_offline', 'self', D['off'])
    r.ident('sum', t, [cr, on, off])
    r.L(f'- Số hồ sơ nhận giải quyết: {t} (tồn {cr}; mới trực tuyến {on}; mới trực tiếp {off});')
    res = r.c('resolved_total', 'self', D['res']); it = r.c('resolved_in_time', 'self', D['intime']); lt = r.c('resolved_late', 'self', D['late'])
    r.ident('sum', res, [it, lt])
    rt = r.rate('resolved_on_time', 'self', D['intime'], D['res'])
    r.L(f'- Số hồ sơ đã giải quyết: {res}, trong đó trước hạn, đúng hạn {it}, tương ứng {rt}; quá hạn {lt};')
    pe = r.c('pending_total', 'self', D['pen']); pw = r.c('pending_on_time', 'self', D['pw']); pl = r.c('pending_late', 'self', D['pl'])
    r.ident('sum', pe, [pw, pl]); r.ident('balance', t, [res, pe])
    r.L(f'- Số hồ sơ đang giải quyết: {pe} (trong hạn {pw}, quá hạn {pl}).')
    fb = gen_fb(4041)
    fn = r.c('feedback_new', 'self', fb['new']); fc = r.c('feedback_carried_over', 'self', fb['cr']); fr = r.c('feedback_resolved', 'self', fb['res']); fp = r.c('feedback_pending', 'self', fb['pen'])
    r.ident('feedback_balance', None, [fn, fc, fr, fp])
    r.L(f'2. Phản ánh, kiến nghị: mới {fn}, từ kỳ trước {fc}; đã xử lý {fr}; chưa xử lý xong {fp}.', '')
    nhan(r, ['Văn phòng Chính phủ', 'Bộ trưởng (để b/c)'], 'Nguyễn Văn Sinh', 'THỨ TRƯỞNG', 'KT. BỘ TRƯỞNG')
    return r


def h41():
    r = R('h41_ministry_yte', 'ministry_report', '2020-12-22', None)
    r.period('2019-12-15', '2020-12-14')
    mhead(r, 'Bộ Y tế', '1388/BC-BYT', '2020-12-22', 'Tình hình thực hiện cơ chế một cửa quốc gia và dịch vụ công trực tuyến năm 2020')
    fo = r.c('procedures_full_online', 'self', 132); pa = r.c('procedures_partial_online', 'self', 74)
    r.L(f'Năm 2020, Bộ Y tế đã cung cấp {fo} dịch vụ công trực tuyến mức độ 4 và {pa} dịch vụ mức độ 3.')
    D = gen(4141, 88000, carry=False)
    sh = r.rate('online_submission', 'self', D['on'], D['tot']); on = r.c('received_online', 'self', D['on']); t = r.c('received_total', 'self', D['tot'])
    r.L(f'Tỷ lệ hồ sơ trực tuyến đạt {sh} với {on}/{t} hồ sơ.')
    res = r.c('resolved_total', 'self', D['res'])
    ro = r.rate('resolved_on_time', 'self', D['intime'], D['res'], xy=False)
    r.L(f'Trong số {res} hồ sơ đã có kết quả, tỷ lệ đúng hạn là {ro}; riêng thủ tục cấp phép nhập khẩu trang thiết bị y tế phục vụ phòng, chống dịch COVID-19 được rút ngắn còn {r.nf("03 ngày", "count_of_things")}.', '')
    nhan(r, ['Văn phòng Chính phủ', 'Bộ trưởng', 'Các Vụ, Cục'], 'Trương Quốc Cường', 'THỨ TRƯỞNG', 'KT. BỘ TRƯỞNG')
    return r


def h42():
    r = R('h42_ministry_nnmt', 'ministry_report', '2025-12-26', None)
    mhead(r, 'Bộ Nông nghiệp và Môi trường', '702/BC-BNNMT', '2025-12-26', 'Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2025 của Bộ')
    vals, mx, tot = score766(4242)
    labs = ['Công khai, minh bạch', 'Tiến độ giải quyết', 'Dịch vụ công trực tuyến', 'Thanh toán trực tuyến', 'Mức độ hài lòng', 'Số hóa hồ sơ']
    T = r.score('index_766_total', 'self', tot, maximum=100)
    rk = r.rank('self', 9, 14, text='9/14')
    r.L(f'Năm 2025, Bộ đạt {T} điểm, đứng thứ {rk} bộ, cơ quan có TTHC. Điểm theo nhóm chỉ số:')
    ps = []
    for i, (n, lab, v, m) in enumerate(zip(N766, labs, vals, mx)):
        s = r.score(n, 'self', v, maximum=m); ps.append(s)
        r.L(f'({i + 1}) {lab} — {s}/{r.nf(str(m), "maximum")} điểm;')
    r.ident('score', T, ps)
    dg = r.rv('digitization', 'self', 58.9, d=1)
    r.L('', f'Nhóm chỉ số số hóa còn thấp ({dg} hồ sơ được số hóa), {r.nf("chưa đạt 80%", "bound")} như yêu cầu.')
    nhan(r, ['Văn phòng Chính phủ', 'Bộ trưởng', 'Các đơn vị thuộc Bộ'], 'Phùng Đức Tiến', 'THỨ TRƯỞNG', 'KT. BỘ TRƯỞNG')
    return r


REPORTS_B = [h22, h23, h24, h25, h26, h27, h28, h29, h30, h31, h32, h33, h34, h35, h36, h37, h38, h39, h40, h41, h42]
