"""Annotated review copies: a PDF with a highlight (and its comment) on the words of each finding,
or a DOCX with a Word comment on the paragraph of each finding. The input is never modified."""
from __future__ import annotations

import io
from pathlib import Path

from ..errors import DocparseError
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
        raise DocparseError("--annotate must name a new file: the input is never modified")
    kind = out.suffix.lower()
    if report.source.media_type == "application/pdf":
        if kind != ".pdf":
            raise DocparseError("a PDF input is annotated as a PDF: use --annotate OUT.pdf")
        return annotate_pdf(source, report, out)
    if "wordprocessingml" in report.source.media_type:
        if kind != ".docx":
            raise DocparseError("a DOCX input is annotated as a DOCX: use --annotate OUT.docx")
        return annotate_docx(source, report, out)
    raise DocparseError("--annotate works on PDF and DOCX inputs; use --format html for text files")


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


def _is_signed(data: bytes) -> bool:
    return b"/ByteRange" in data and b"/Sig" in data


def annotate_pdf(source: Path, report: Report, out: Path) -> Path:
    import pypdfium2 as pdfium
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Highlight, Text
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject, TextStringObject

    data = source.read_bytes()
    pdf = pdfium.PdfDocument(data)
    try:
        pages = {f.evidence.page for f in report.findings if f.evidence}
        textpages = {p: pdf[p - 1].get_textpage() for p in pages if 1 <= p <= len(pdf)}
        placed = [(f, finding_box(report, f, textpages)) for f in report.findings
                  if f.evidence and f.evidence.page in textpages]
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
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


# ---- DOCX --------------------------------------------------------------------------------------

def annotate_docx(source: Path, report: Report, out: Path) -> Path:
    import docx

    document = docx.Document(str(source))
    paragraphs = list(iter_paragraphs(document))
    for finding in report.findings:
        if finding.evidence is None:
            target = paragraphs[0] if paragraphs else document.add_paragraph()
        else:
            index = finding.evidence.line - 1
            if not 0 <= index < len(paragraphs):
                continue
            target = paragraphs[index]
        runs = target.runs or [target.add_run("")]
        document.add_comment(runs, text=_comment(finding), author=AUTHOR,
                             initials="DP")
        if finding.severity in ("error", "warning"):
            from docx.enum.text import WD_COLOR_INDEX

            for run in runs:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    document.save(str(out))
    return out


def _comment(finding: Finding) -> str:
    """The comment of a finding: its code and message, and the likely typo when one is named."""
    from ..suggest import note

    typo = note(finding)
    return f"[{finding.code}] {finding.message}" + (f" — {typo}" if typo else "")

