"""Renderers for table reports: PDF (reportlab: ruled, borderless, over two pages), DOCX
(python-docx, merged header cells), HTML (rowspan/colspan), XLSX (openpyxl, merged header
cells), and .doc / .xls through a headless LibreOffice conversion of the DOCX / XLSX.
"""
from __future__ import annotations

import html as _html
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal

from model import INDICATORS, Table, cell_text, header_grid, is_num

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


@dataclass
class Doc:
    name: str
    format: str
    register: str
    doc_date: str
    province: str | None
    issuer: list            # issuer lines (upper case)
    number: str             # 'Số: 123/BC-UBND'
    place_date: str         # 'Quảng Ngãi, ngày 8 tháng 10 năm 2024'
    title: list             # title lines
    intro: list = field(default_factory=list)    # paragraphs before the table
    caption: list = field(default_factory=list)  # lines just above the table
    tables: list = field(default_factory=list)
    outro: list = field(default_factory=list)    # paragraphs after the table
    signer: list = field(default_factory=list)
    prose_facts: list = field(default_factory=list)
    not_facts: list = field(default_factory=list)
    mistakes: list = field(default_factory=list)
    layout: str = ""         # one line for the README
    rowgroups: list = field(default_factory=list)  # HTML only: [(label, first_row, n_rows)]
    portal: bool = False     # HTML page dressed as a portal statistics page
    table_new_page: bool = False  # PDF: the table (an appendix form) starts on a new page


MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


# ------------------------------------------------------------------ PDF
def _pdf_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", os.path.join(FONT_DIR, "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Bold", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf")))
        pdfmetrics.registerFont(TTFont("DejaVu-Italic", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf")))


def render_pdf(doc: Doc, path: str, mode: str):
    """mode: ruled | borderless | two_pages (ruled, header rows repeated on the next page)."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table as RLTable, TableStyle

    _pdf_fonts()
    from reportlab import rl_config
    rl_config.invariant = 1
    pagesize = landscape(A4)
    sd = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                           topMargin=1.5 * cm, bottomMargin=1.5 * cm,
                           title=" ".join(doc.title), author=doc.issuer[-1] if doc.issuer else "")
    body = ParagraphStyle("b", fontName="DejaVu", fontSize=10.5, leading=14, alignment=TA_JUSTIFY,
                          firstLineIndent=0.8 * cm, spaceAfter=4)
    center = ParagraphStyle("c", fontName="DejaVu-Bold", fontSize=11, leading=14, alignment=TA_CENTER)
    plain_c = ParagraphStyle("pc", fontName="DejaVu", fontSize=10.5, leading=14, alignment=TA_CENTER)
    ital = ParagraphStyle("i", fontName="DejaVu-Italic", fontSize=10, leading=13, alignment=TA_CENTER)
    hdr = ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=7.5, leading=9, alignment=TA_CENTER)
    namest = ParagraphStyle("n", fontName="DejaVu", fontSize=8, leading=10, alignment=TA_LEFT)
    namebold = ParagraphStyle("nb", fontName="DejaVu-Bold", fontSize=8, leading=10, alignment=TA_LEFT)
    story = []
    for line in doc.issuer:
        story.append(Paragraph(_html.escape(line), center))
    story.append(Spacer(1, 4))
    for line in MOTTO:
        story.append(Paragraph(_html.escape(line), center))
    story.append(Spacer(1, 6))
    story.append(Paragraph(_html.escape(doc.number), plain_c))
    story.append(Paragraph(_html.escape(doc.place_date), ital))
    story.append(Spacer(1, 8))
    for line in doc.title:
        story.append(Paragraph(_html.escape(line), center))
    story.append(Spacer(1, 8))
    for p in doc.intro:
        story.append(Paragraph(_html.escape(p), body))
    for t in doc.tables:
        if doc.table_new_page:
            from reportlab.platypus import PageBreak
            story.append(PageBreak())
        for line in doc.caption:
            story.append(Paragraph(_html.escape(line), center))
        story.append(Spacer(1, 4))
        depth, cells = header_grid(t.cols)
        ncol = len(t.cols)
        grid = [["" for _ in range(ncol)] for _ in range(depth)]
        style = [("FONTNAME", (0, 0), (-1, -1), "DejaVu"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                 ("VALIGN", (0, 0), (-1, depth - 1), "MIDDLE"), ("VALIGN", (0, depth), (-1, -1), "MIDDLE"),
                 ("ALIGN", (2, depth), (-1, -1), "RIGHT"), ("ALIGN", (0, depth), (0, -1), "CENTER"),
                 ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]
        for (r, c, rs, cs, text) in cells:
            grid[r][c] = Paragraph(_html.escape(text), hdr)
            if rs > 1 or cs > 1:
                style.append(("SPAN", (c, r), (c + cs - 1, r + rs - 1)))
        for i, row in enumerate(t.rows):
            line = []
            for c in t.cols:
                txt = cell_text(t, c, row)
                if c.key == "name":
                    line.append(Paragraph(_html.escape(txt), namebold if row.kind != "unit" else namest))
                else:
                    line.append(txt)
            if row.kind == "total" and t.total_merge:
                line[0] = Paragraph(_html.escape(row.label), namebold)
                line[1] = ""
                style.append(("SPAN", (0, depth + i), (1, depth + i)))
            if row.kind != "unit":
                style.append(("FONTNAME", (2, depth + i), (-1, depth + i), "DejaVu-Bold"))
            grid.append(line)
        avail = pagesize[0] - 3 * cm
        widths = []
        for c in t.cols:
            widths.append(1.1 * cm if c.key == "stt" else (5.2 * cm if c.key == "name" else None))
        fixed = sum(w for w in widths if w)
        rest = [i for i, w in enumerate(widths) if w is None]
        for i in rest:
            widths[i] = (avail - fixed) / len(rest)
        if mode in ("ruled", "two_pages"):
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        tbl = RLTable(grid, colWidths=widths, repeatRows=depth if mode == "two_pages" else 0)
        tbl.setStyle(TableStyle(style))
        story.append(tbl)
        story.append(Spacer(1, 8))
    for p in doc.outro:
        story.append(Paragraph(_html.escape(p), body))
    story.append(Spacer(1, 10))
    for line in doc.signer:
        story.append(Paragraph(_html.escape(line), center))
    sd.build(story)


# ------------------------------------------------------------------ DOCX
def render_docx(doc: Doc, path: str):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, m, Cm(1.5))
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    def para(text, bold=False, center=False, italic=False):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return p

    for line in doc.issuer:
        para(line, bold=True, center=True)
    for line in MOTTO:
        para(line, bold=True, center=True)
    para(doc.number, center=True)
    para(doc.place_date, italic=True, center=True)
    for line in doc.title:
        para(line, bold=True, center=True)
    for p in doc.intro:
        para(p)
    for t in doc.tables:
        for line in doc.caption:
            para(line, bold=True, center=True)
        depth, cells = header_grid(t.cols)
        tb = d.add_table(rows=depth + len(t.rows), cols=len(t.cols))
        tb.style = "Table Grid"
        for (r, c, rs, cs, text) in cells:
            a = tb.cell(r, c)
            if rs > 1 or cs > 1:
                a = a.merge(tb.cell(r + rs - 1, c + cs - 1))
            a.text = text
            for pp in a.paragraphs:
                pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                for rr in pp.runs:
                    rr.bold = True
                    rr.font.size = Pt(9)
        for i, row in enumerate(t.rows):
            for j, c in enumerate(t.cols):
                txt = cell_text(t, c, row)
                cell = tb.cell(depth + i, j)
                cell.text = txt
                for pp in cell.paragraphs:
                    if c.key not in ("name",):
                        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT if c.key != "stt" else WD_ALIGN_PARAGRAPH.CENTER
                    for rr in pp.runs:
                        rr.font.size = Pt(9)
                        rr.bold = row.kind != "unit"
            if row.kind == "total" and t.total_merge:
                m = tb.cell(depth + i, 0).merge(tb.cell(depth + i, 1))
                m.text = row.label
                for pp in m.paragraphs:
                    for rr in pp.runs:
                        rr.bold = True
                        rr.font.size = Pt(9)
        d.add_paragraph()
    for p in doc.outro:
        para(p)
    for line in doc.signer:
        para(line, bold=True, center=True)
    d.core_properties.title = " ".join(doc.title)
    d.save(path)


# ------------------------------------------------------------------ HTML
def render_html(doc: Doc, path: str):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="vi"><head><meta charset="utf-8">',
           f"<title>{e(' '.join(doc.title))}</title>",
           "<style>table{border-collapse:collapse}td,th{border:1px solid #777;padding:3px 6px}"
           "td.n{text-align:right}</style></head><body>"]
    if doc.portal:
        out.append('<div class="header"><a href="/">Trang chủ</a> | <a href="/thongke">Thống kê</a> | '
                   '<a href="/tracuu">Tra cứu hồ sơ</a></div>')
        out.append(f"<div class='site'>{e(doc.issuer[-1])}</div>")
    else:
        out.append("<div class='issuer'>" + "<br>".join(e(x) for x in doc.issuer) + "</div>")
        out.append("<div class='motto'>" + "<br>".join(e(x) for x in MOTTO) + "</div>")
        out.append(f"<p>{e(doc.number)}</p><p><i>{e(doc.place_date)}</i></p>")
    out.append("<h2>" + "<br>".join(e(x) for x in doc.title) + "</h2>")
    for p in doc.intro:
        out.append(f"<p>{e(p)}</p>")
    for t in doc.tables:
        for line in doc.caption:
            out.append(f"<p><b>{e(line)}</b></p>")
        depth, cells = header_grid(t.cols)
        groupcol = bool(doc.rowgroups)
        out.append('<table class="thongke">')
        out.append("<thead>")
        for r in range(depth):
            out.append("<tr>")
            if groupcol and r == 0:
                out.append(f'<th rowspan="{depth}">Cấp</th>')
            for (rr, c, rs, cs, text) in sorted(cells, key=lambda x: x[1]):
                if rr != r:
                    continue
                attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
                out.append(f"<th{attrs}>{e(text)}</th>")
            out.append("</tr>")
        out.append("</thead><tbody>")
        starts = {s: (lab, n) for (lab, s, n) in doc.rowgroups}
        for i, row in enumerate(t.rows):
            out.append("<tr>")
            if groupcol and i in starts:
                lab, n = starts[i]
                out.append(f'<td rowspan="{n}"><b>{e(lab)}</b></td>')
            cols = list(t.cols)
            j = 0
            while j < len(cols):
                c = cols[j]
                txt = cell_text(t, c, row)
                if row.kind == "total" and t.total_merge and j == 0:
                    span = 2 + (1 if groupcol else 0)
                    out.append(f'<td colspan="{span}"><b>{e(row.label)}</b></td>')
                    j += 2
                    continue
                if groupcol and row.kind == "total" and j == 0:
                    out.append("<td></td>")
                cls = ' class="n"' if c.key not in ("name", "stt", "text") else ""
                body = f"<b>{e(txt)}</b>" if row.kind != "unit" else e(txt)
                out.append(f"<td{cls}>{body}</td>")
                j += 1
            out.append("</tr>")
        out.append("</tbody></table>")
    for p in doc.outro:
        out.append(f"<p>{e(p)}</p>")
    if doc.signer:
        out.append("<p>" + "<br>".join(e(x) for x in doc.signer) + "</p>")
    if doc.portal:
        out.append("<div class='footer'>Hệ thống thông tin giải quyết thủ tục hành chính</div>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ------------------------------------------------------------------ XLSX
def render_xlsx(doc: Doc, path: str):
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bieu"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = max(len(t.cols) for t in doc.tables)
    r0 = 1
    for line in doc.issuer + [doc.number, doc.place_date, ""] + doc.title + doc.caption:
        if line:
            ws.cell(r0, 1, line).font = Font(bold=True)
            ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncol)
            ws.cell(r0, 1).alignment = Alignment(horizontal="center")
        r0 += 1
    for p in doc.intro:
        ws.cell(r0, 1, p).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncol)
        ws.row_dimensions[r0].height = 45
        r0 += 1
    r0 += 1
    for t in doc.tables:
        depth, cells = header_grid(t.cols)
        for (r, c, rs, cs, text) in cells:
            cell = ws.cell(r0 + r, 1 + c, text)
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            if rs > 1 or cs > 1:
                ws.merge_cells(start_row=r0 + r, start_column=1 + c, end_row=r0 + r + rs - 1, end_column=c + cs)
        for rr in range(r0, r0 + depth):
            for cc in range(1, len(t.cols) + 1):
                ws.cell(rr, cc).border = box
        r0 += depth
        for row in t.rows:
            for j, c in enumerate(t.cols):
                if c.key in ("stt", "name", "text"):
                    v = cell_text(t, c, row)
                    v = int(v) if (c.key == "stt" and v.isdigit()) else v
                    cell = ws.cell(r0, 1 + j, v if v != "" else None)
                else:
                    v = row.vals.get(c.key, "")
                    if isinstance(v, Decimal):
                        cell = ws.cell(r0, 1 + j, float(v))
                        cell.number_format = "0." + "0" * c.decimals if c.decimals else "0"
                    elif is_num(v):
                        if v == 0 and t.zero_dash and INDICATORS[c.key][0] == "count":
                            cell = ws.cell(r0, 1 + j, "-")
                        else:
                            cell = ws.cell(r0, 1 + j, int(v))
                            cell.number_format = "#,##0"
                    else:
                        cell = ws.cell(r0, 1 + j, v if v != "" else None)
                    cell.alignment = Alignment(horizontal="right")
                cell.border = box
                if row.kind != "unit":
                    cell.font = Font(bold=True)
            if row.kind == "total" and t.total_merge:
                ws.cell(r0, 1, row.label)
                ws.cell(r0, 2, None)
                ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=2)
            r0 += 1
        r0 += 1
    for p in doc.outro:
        ws.cell(r0, 1, p).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncol)
        ws.row_dimensions[r0].height = 45
        r0 += 1
    for line in doc.signer:
        ws.cell(r0, max(1, ncol - 3), line).font = Font(bold=True)
        r0 += 1
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 34
    for j in range(3, ncol + 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(j)].width = 13
    wb.properties.title = " ".join(doc.title)
    wb.save(path)


# ------------------------------------------------------------------ legacy
def convert_legacy(src: str, fmt: str, dest: str):
    """Convert src (.docx / .xlsx) to fmt ('doc' / 'xls') with headless LibreOffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("LibreOffice (soffice) is needed for .doc/.xls: apt-get install -y "
                         "libreoffice-writer-nogui libreoffice-calc-nogui")
    with tempfile.TemporaryDirectory() as tmp:
        prof = os.path.join(tmp, "profile")
        subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", {"doc": "doc:MS Word 97", "xls": "xls:MS Excel 97"}[fmt],
                        "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
        base = os.path.splitext(os.path.basename(src))[0]
        shutil.move(os.path.join(tmp, base + "." + fmt), dest)


def render(doc: Doc, outdir: str):
    base = os.path.join(outdir, doc.name)
    f = doc.format
    if f == "pdf_ruled":
        render_pdf(doc, base + ".pdf", "ruled"); return base + ".pdf"
    if f == "pdf_borderless":
        render_pdf(doc, base + ".pdf", "borderless"); return base + ".pdf"
    if f == "pdf_two_pages":
        render_pdf(doc, base + ".pdf", "two_pages"); return base + ".pdf"
    if f == "docx_merged":
        render_docx(doc, base + ".docx"); return base + ".docx"
    if f == "html_spans":
        render_html(doc, base + ".html"); return base + ".html"
    if f == "xlsx":
        render_xlsx(doc, base + ".xlsx"); return base + ".xlsx"
    if f in ("doc", "xls"):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, doc.name + (".docx" if f == "doc" else ".xlsx"))
            (render_docx if f == "doc" else render_xlsx)(doc, src)
            convert_legacy(src, f, base + "." + f)
        return base + "." + f
    raise ValueError(f)
