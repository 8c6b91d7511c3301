"""Annotated review copies: a PDF with a highlight (and its comment) on the words of each finding,
or a DOCX with a Word comment on the paragraph of each finding. The input is never modified."""
from __future__ import annotations

import io
from pathlib import Path

from ..errors import DocparseError
from ..i18n import t
from ..extractors.docx import iter_paragraphs
from ..models import Finding, Report
from .spans import focus

AUTHOR = "docparse"
REVIEW_NOTE = ("BẢN SAO ĐỂ XEM XÉT do docparse tạo từ văn bản đã ký số; chữ ký không còn giá trị "
               "trên bản sao này.")
_COLOURS = {"error": (1.0, 0.55, 0.55), "warning": (1.0, 0.85, 0.3), "info": (0.6, 0.8, 1.0)}


def annotate_copy(source: Path, report: Report, out: Path) -> Path:
    source, out = Path(source), Path(out)
    if out.resolve() == source.resolve():
        raise DocparseError(t("err.annotate_same"))
    kind = out.suffix.lower()
    if report.source.media_type == "application/pdf":
        if kind != ".pdf":
            raise DocparseError(t("err.annotate_pdf"))
        return annotate_pdf(source, report, out)
    if "wordprocessingml" in report.source.media_type:
        if kind != ".docx":
            raise DocparseError(t("err.annotate_docx"))
        return annotate_docx(source, report, out)
    raise DocparseError(t("err.annotate_kind"))


# ---- PDF ---------------------------------------------------------------------------------------

def _line_of(report: Report, page: int, number: int):
    for line in report._lines:
        if line.page == page and line.number == number:
            return line
    return None


def finding_box(report: Report, finding: Finding, textpages: dict):
    """Box [x0, bottom, x1, top] in PDF user space of the words a finding is about."""
    ev = finding.evidence
    if ev is None:
        return None
    if ev.table is not None and ev.bbox:  # a table cell: its own box ([x0, top, x1, bottom] stored)
        return [ev.bbox[0], min(ev.bbox[1], ev.bbox[3]), ev.bbox[2], max(ev.bbox[1], ev.bbox[3])]
    start, end, target = focus(finding)
    line_no = ev.line + ev.text[:start].count("\n")
    offset = start - (ev.text.rfind("\n", 0, start) + 1)
    line = _line_of(report, ev.page, line_no)
    textpage = textpages[ev.page]
    index = None
    if line is not None and line.char_start is not None:
        index = line.char_start + offset
        if textpage.get_text_range(index, len(target)) != target:
            index = None
    if index is None and target.strip():  # find it on the page instead
        searcher = textpage.search(target.strip())
        hit = searcher.get_next()
        if hit:
            index, _ = hit
    if index is None:
        return None
    boxes = [textpage.get_charbox(i) for i in range(index, index + len(target))]
    boxes = [b for b in boxes if b[2] > b[0] and b[3] > b[1]]
    if not boxes:
        return None
    return [min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)]


def typo_marks(report: Report) -> list[Finding]:
    """A mark for each figure a named correction changes (issue 16), as a finding placed on that
    figure (its stated value the figure as written), whose comment says it is the one to fix; it
    keeps the suggestion, so a finding that already tells it on the same words is enough."""
    from ..suggest import named_corrections, suggestion_text

    out = []
    for c, s in named_corrections(report):
        out.append(Finding(code="likely_typo", severity="error", message=t("annot.typo", note=suggestion_text(s)),
                           stated=c.written, facts=[c.fact], evidence=figure_evidence(c), suggestion=s))
    return out


def figure_evidence(c):
    """The evidence of a correction narrowed to the line its figure is written on (a fact's
    evidence may run over several lines); a table cell's as it is.

    >>> from docparse.models import Correction, Evidence
    >>> ev = Evidence(page=1, line=6, start=30, end=60, text="Sở Xây dựng: đã giải quyết 233 hồ sơ,\\ntrong đó 92")
    >>> n = figure_evidence(Correction(fact="f9", written=233, corrected=96, decimals=0, pattern="copied",
    ...                                written_text="233", corrected_text="96", evidence=ev))
    >>> n.line, n.text[n.start:n.end]
    (6, '233')
    """
    ev = c.evidence
    if ev is None or ev.table is not None:
        return ev
    lo = ev.start if ev.end > ev.start else 0
    at = ev.text.rfind(c.written_text, lo, max(ev.end, lo) or len(ev.text))
    if at < 0:
        at = ev.text.find(c.written_text)
    if at < 0:
        return ev
    begin = ev.text.rfind("\n", 0, at) + 1
    stop = ev.text.find("\n", at)
    line = ev.text[begin:stop if stop >= 0 else len(ev.text)]
    width = len(c.written_text) + (ev.text[at + len(c.written_text):][:1] == "%")
    return ev.model_copy(update={"line": ev.line + ev.text[:at].count("\n"), "text": line,
                                 "start": at - begin, "end": at - begin + width})


def _overlap(a, b) -> bool:
    """Two boxes [x0, bottom, x1, top] share some area.

    >>> _overlap([0, 0, 10, 10], [5, 5, 20, 20]), _overlap([0, 0, 10, 10], [11, 0, 20, 10])
    (True, False)
    """
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _is_signed(data: bytes) -> bool:
    return b"/ByteRange" in data and b"/Sig" in data


def annotate_pdf(source: Path, report: Report, out: Path) -> Path:
    import pypdfium2 as pdfium
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight, Text
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, TextStringObject

    data = source.read_bytes()
    pdf = pdfium.PdfDocument(data)
    fixes = typo_marks(report)
    try:
        pages = {f.evidence.page for f in report.findings + fixes if f.evidence}
        textpages = {p: pdf[p - 1].get_textpage() for p in pages if 1 <= p <= len(pdf)}
        placed = [(f, finding_box(report, f, textpages)) for f in report.findings
                  if f.evidence and f.evidence.page in textpages]
        # the figure to fix, where no finding that tells its correction already stands on it
        placed += [(f, box) for f in fixes if f.evidence.page in textpages
                   for box in [finding_box(report, f, textpages)]
                   if box is not None and not any(b is not None and g.suggestion is f.suggestion
                                                  and _overlap(b, box) for g, b in placed)]
    finally:
        pdf.close()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    for finding, box in placed:
        if box is None:
            continue
        x0, y0, x1, y1 = box
        quad = ArrayObject([FloatObject(v) for v in (x0, y1, x1, y1, x0, y0, x1, y0)])
        colour = "".join(f"{int(c * 255):02x}" for c in _COLOURS[finding.severity])
        annot = Highlight(rect=(x0, y0, x1, y1), quad_points=quad, highlight_color=colour)
        annot[NameObject("/Contents")] = TextStringObject(_comment(finding))
        annot[NameObject("/T")] = TextStringObject(AUTHOR)
        annot[NameObject("/Subj")] = TextStringObject(finding.code)
        annot[NameObject("/F")] = NumberObject(4)  # print
        writer.add_annotation(page_number=finding.evidence.page - 1, annotation=annot)
    if _is_signed(data):
        note = Text(rect=(20, 20, 40, 40), text=REVIEW_NOTE, open=True)
        writer.add_annotation(page_number=0, annotation=note)
        writer.add_metadata({"/Subject": REVIEW_NOTE})
    first = writer.pages[0]
    size = (float(first.mediabox.width), float(first.mediabox.height))
    if first.get("/Rotate", 0) in (90, 270):
        size = size[::-1]
    summary = PdfReader(io.BytesIO(summary_pdf(report, size)))
    for index, page in enumerate(summary.pages):  # the copy opens with the summary
        writer.insert_page(page, index)
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


def summary_items(report: Report) -> list[tuple[str, str, str]]:
    """(severity, where, text) of every finding in document order, for the summary page."""
    from ..i18n import severity, t
    from .text import suggested_value, where

    order = sorted(report.findings, key=lambda f: (f.evidence.page if f.evidence else 0,
                                                   f.evidence.line if f.evidence else 0))
    out = []
    for f in order:
        fix = suggested_value(report, f)
        text = _comment(f) + (f" — {t('suggested', value=fix)}" if fix else "")
        out.append((f.severity, f"{severity(f.severity)} — {where(f)}", text))
    return out


def _font(bold: bool = False) -> str:
    """DejaVu Sans (Debian's fonts-dejavu-core) for Vietnamese; Helvetica if it is missing."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "DejaVuSans-Bold" if bold else "DejaVuSans"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    for folder in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu"):
        path = Path(folder) / f"{name}.ttf"
        if path.exists():
            pdfmetrics.registerFont(TTFont(name, str(path)))
            return name
    return "Helvetica-Bold" if bold else "Helvetica"


def summary_pdf(report: Report, size: tuple[float, float]) -> bytes:
    """Page(s) that open the annotated copy: every finding, its severity and where it is."""
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    from ..i18n import t
    from .text import summary_line

    regular, bold = _font(), _font(True)
    title = ParagraphStyle("t", fontName=bold, fontSize=14, leading=18, spaceAfter=6)
    body = ParagraphStyle("b", fontName=regular, fontSize=9.5, leading=12.5)
    head = ParagraphStyle("h", fontName=bold, fontSize=9.5, leading=12.5, spaceBefore=5)
    colours = {"error": "#b00000", "warning": "#8a6100", "info": "#004466"}
    story = [Paragraph(escape(t("annot.title")), title),
             Paragraph(escape(report.document.title or report.source.path), body),
             Paragraph(escape(summary_line(report)), head),
             Paragraph(escape(t("annot.pages_note")), body), Spacer(1, 6)]
    items = summary_items(report)
    if not items:
        story.append(Paragraph(escape(t("html.no_findings")), body))
    for sev, where_, text in items:
        story.append(Paragraph(f'<font color="{colours[sev]}">{escape(where_)}</font>', head))
        story.append(Paragraph(escape(text), body))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=size, leftMargin=48, rightMargin=48, topMargin=48, bottomMargin=48,
                      title=t("annot.title"), author=AUTHOR).build(story)
    return buf.getvalue()


# ---- DOCX --------------------------------------------------------------------------------------

def annotate_docx(source: Path, report: Report, out: Path) -> Path:
    import docx

    document = docx.Document(str(source))
    paragraphs = list(iter_paragraphs(document))
    data_tables = _data_tables(document)
    told: list = []  # (paragraph element, suggestion) of the comments that tell a correction
    todo = list(report.findings) + typo_marks(report)  # then the figures to fix, where no finding tells it
    for finding in todo:
        ev = finding.evidence
        if finding.evidence is None:
            target = paragraphs[0] if paragraphs else document.add_paragraph()
        elif ev.table is not None and ev.table < len(data_tables):  # the cell itself
            try:
                target = data_tables[ev.table].cell(ev.row, ev.column).paragraphs[0]
            except IndexError:
                continue
        else:
            index = finding.evidence.line - 1
            if not 0 <= index < len(paragraphs):
                continue
            target = paragraphs[index]
        if finding.code == "likely_typo" and any(p is target._p and s is finding.suggestion for p, s in told):
            continue
        if finding.suggestion is not None and finding.suggestion.status == "named":
            told.append((target._p, finding.suggestion))
        runs = target.runs or [target.add_run("")]
        document.add_comment(runs, text=_comment(finding), author=AUTHOR,
                             initials="DP")
        if finding.severity in ("error", "warning"):
            from docx.enum.text import WD_COLOR_INDEX

            for run in runs:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    _docx_summary(document, report)
    document.save(str(out))
    return out


def _data_tables(document) -> list:
    """The document's statistics tables in the reader's order (layout tables skipped)."""
    from docx.table import Table

    from ..tables.docx import docx_grid

    out = []
    for child in document.element.body.iterchildren():
        if child.tag.rsplit("}", 1)[-1] == "tbl":
            table = Table(child, document)
            if docx_grid(table) is not None:
                out.append(table)
    return out


def _docx_summary(document, report: Report) -> None:
    """Paragraphs at the start of the copy: every finding, its severity and where it is."""
    from docx.shared import RGBColor

    from ..i18n import t
    from .text import summary_line

    colours = {"error": RGBColor(0xB0, 0, 0), "warning": RGBColor(0x8A, 0x61, 0), "info": RGBColor(0, 0x44, 0x66)}
    added = []
    heading = document.add_paragraph()
    heading.add_run(t("annot.title")).bold = True
    added += [heading, document.add_paragraph(summary_line(report))]
    for sev, where_, text in summary_items(report) or [("info", "", t("html.no_findings"))]:
        para = document.add_paragraph()
        if where_:
            lead = para.add_run(where_ + ": ")
            lead.bold = True
            lead.font.color.rgb = colours[sev]
        para.add_run(text)
        added.append(para)
    added.append(document.add_paragraph("—" * 20))
    body = document.element.body
    for index, para in enumerate(added):  # moved to the very start of the body (before any table)
        body.remove(para._p)
        body.insert(index, para._p)


def _comment(finding: Finding) -> str:
    """The comment of a finding: its code and message, and the likely typo when one is named."""
    from ..suggest import note

    if finding.code == "likely_typo":  # the figure to fix itself (typo_marks): its message says it all
        return finding.message
    typo = note(finding)
    return f"[{finding.code}] {finding.message}" + (f" — {typo}" if typo else "")

