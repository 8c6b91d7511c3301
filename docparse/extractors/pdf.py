"""Text-layer PDF reader: pypdfium2 for text (fast), char boxes looked up only for evidence."""
from __future__ import annotations

from typing import Optional

from .. import fastregex as regex  # the regex module, its module-level calls cached faster

from .. import limits
from ..errors import UnreadableDocument
from ..i18n import t
from ..progress import step
from ..normalize.text import clean_text
from .base import Line

PROGRESS_PAGES = 20  # a PDF of this many pages reports its reading page by page
MIN_TEXT_CHARS = 20  # fewer letters than this on a page: no usable text layer


def check_pdf_bytes(data: bytes) -> list[str]:
    """Structural checks pdfium does not report: a cut-off file opens silently and loses pages.

    >>> [w.count("%%EOF") for w in check_pdf_bytes(b"%PDF-1.7 ... no end")]
    [1]
    """
    warnings = []
    if b"%%EOF" not in data[-2048:]:
        warnings.append(t("warn.truncated"))
    return warnings


def looks_truncated(data: bytes) -> bool:
    """No %%EOF marker near the end: the file was cut short (a download or copy that stopped)."""
    return b"%%EOF" not in data[-2048:]


def _open_failure(exc, data: bytes) -> str:
    """A plain reason for pdfium's refusal: its own text can be "Failed to load document
    (PDFium: Success)" or an error code only a programmer knows.

    >>> class E(Exception): pass
    >>> from docparse.i18n import set_lang; set_lang("en")
    >>> _open_failure(E("Failed to load document (PDFium: Success)"), b"%PDF-1.4 ... %%EOF")
    'the PDF is damaged: its structure (cross-reference table, trailer) cannot be read; open it in a PDF viewer and save a new copy'
    >>> set_lang(None)
    """
    msg = str(exc).lower()
    if "password" in msg:
        return t("err.pdf_encrypted")
    if "security" in msg or "unsupported security" in msg:
        return t("err.pdf_security")
    if looks_truncated(data):
        return t("err.pdf_truncated")
    if not data.lstrip()[:5].startswith(b"%PDF"):
        return t("err.pdf_no_header")
    if "format" in msg or "success" in msg or "file" in msg or "unknown" in msg:
        return t("err.pdf_damaged")
    return t("err.pdf_open")


def open_pdf(data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableDocument(_open_failure(exc, data)) from exc


def declared_page_count(data: bytes) -> int | None:
    """The largest /Count of a page tree node, as the file declares it."""
    counts = [int(m) for m in regex.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(m) for m in regex.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts) if counts else None


# the text layer of fewer pages than this per process is read in this one: pypdfium2 reads a page
# in ~1 ms, 3% of the document's time, so a process pays for itself only on runs of many pages
PAGES_PER_JOB = 100
# the document is opened again after this many pages: pdfium holds the objects it parsed of every
# page read until the document is closed (~25 kB a page of a generated report; issue 13)
REOPEN_PAGES = 100


def _page_texts(data: bytes, indexes: list[int], pdf=None) -> list[tuple[int, str, Optional[str]]]:
    """(0-based page, its text layer, the failure's name if pdfium could not read it) for pages."""
    own = pdf is None
    pdf = open_pdf(data) if own else pdf
    out = []
    try:
        for index in indexes:
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                out.append((index, text, None))
            except Exception as exc:  # pdfium's own failure on one page (a damaged content stream)
                out.append((index, "", type(exc).__name__))
            finally:
                page.close()
    finally:
        if own:
            pdf.close()
    return out


def _has_image(pdf, index: int) -> bool:
    """Whether a page holds an image (a scan): a page with a few letters and no image is a short
    page of text (the signer's name alone on the last page), not a page to OCR."""
    import pypdfium2.raw as pdfium_c

    page = pdf[index]
    try:
        return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
    finally:
        page.close()


def read_pdf(data: bytes, jobs: Optional[int] = None) -> tuple[list[Line], int, list[str], list[int]]:
    """Lines of every page; also warnings and the pages that have no usable text layer.
    ``jobs`` > 1 reads runs of pages on as many processes (at least PAGES_PER_JOB pages each)."""
    warnings = check_pdf_bytes(data)
    pdf = open_pdf(data)
    try:
        n_pages = len(pdf)
        declared = declared_page_count(data)
        if declared and declared > n_pages:
            warnings.append(t("warn.declared_pages", declared=declared, read=n_pages))
        if n_pages == 0:
            if looks_truncated(data):
                raise UnreadableDocument(t("err.pdf_truncated_empty"))
            raise UnreadableDocument(t("err.pdf_no_pages"))
        limits.require("max_pages", n_pages, "pages", t("lim.pdf_pages", count=n_pages))
        workers = min(jobs or 1, n_pages // PAGES_PER_JOB)
        lines: list[Line] = []
        textless: list[int] = []

        def take(index: int, text: str, failure: Optional[str]) -> None:
            """One page's lines, made as the page is read: no copy of every page's text is held."""
            if failure:
                warnings.append(t("warn.page_text_failed", page=index + 1, reason=failure))
            letters = sum(map(str.isalpha, text))
            if letters < MIN_TEXT_CHARS and (not letters or _has_image(pdf, index)):
                textless.append(index + 1)  # a scan (its junk text layer, if any, left aside)
                return
            offset = 0
            for n, raw in enumerate(text.split("\r\n"), start=1):
                lines.append(Line(clean_text(raw), index + 1, n, char_start=offset))
                offset += len(raw) + 2

        if workers > 1:
            from .pages import chunks, in_processes

            done_pages = []

            def done(result) -> None:
                done_pages.append(len(result))
                limits.check_deadline(f"page {result[-1][0] + 1}")
                if n_pages >= PROGRESS_PAGES:
                    step("pages", sum(done_pages), n_pages)

            parts = in_processes(_page_texts, chunks(list(range(n_pages)), workers * 2), workers, data, done)
            for part in parts:
                for row in part:
                    take(*row)
        else:
            for index in range(n_pages):
                limits.check_deadline(f"page {index + 1}")
                if n_pages >= PROGRESS_PAGES:
                    step("pages", index, n_pages)
                if index and index % REOPEN_PAGES == 0:
                    pdf.close()  # pdfium keeps what it parsed of every page until its document is closed
                    pdf = open_pdf(data)
                for row in _page_texts(data, [index], pdf):
                    take(*row)
        if n_pages >= PROGRESS_PAGES:
            step("pages", n_pages, n_pages)
        return lines, n_pages, warnings, textless
    finally:
        pdf.close()


def char_boxes(data: bytes, requests: dict[int, list[tuple[int, int]]]) -> dict:
    """Boxes [x0, top, x1, bottom] in PDF user space for char ranges, grouped by page.

    ``requests`` maps a 1-based page to (start, end) char ranges; the answer maps
    (page, start, end) to the union box of the non-blank chars in that range.
    """
    return {(page_no, *requests[page_no][i][:2]): box for page_no, i, box in page_char_boxes(data, requests)}


def page_char_boxes(data: bytes, requests: dict[int, list[tuple]]):
    """(page, index, box) for each request whose chars have a box, page by page, as each page is
    read (nothing kept of a page once its boxes are given; issue 13): ``requests`` maps a 1-based
    page to items that begin with a (start, end) char range; ``index`` is the item's place in its
    page's list; ``box`` the union [x0, top, x1, bottom] of the range's non-blank chars."""
    from ctypes import c_double

    import pypdfium2.raw as pdfium_c
    from pypdfium2 import PdfiumError

    # pdfium's own call with four doubles made once (the helper's ``get_charbox`` makes four per
    # char and converts each: most of the time of a box; issue 13); same values, same error
    char_box = pdfium_c.FPDFText_GetCharBox
    x0, y0, x1, y1 = c_double(), c_double(), c_double(), c_double()
    pdf = open_pdf(data)
    try:
        for done, (page_no, ranges) in enumerate(requests.items()):
            if done and done % REOPEN_PAGES == 0:
                pdf.close()  # what pdfium parsed of the pages before is let go (see REOPEN_PAGES)
                pdf = open_pdf(data)
            page = pdf[page_no - 1]
            textpage = page.get_textpage()
            raw = textpage.raw
            try:
                count = textpage.count_chars()
                for index, item in enumerate(ranges):
                    start, end = item[0], item[1]
                    boxes = []
                    for i in range(max(0, start), min(end, count)):
                        if not char_box(raw, i, x0, x1, y0, y1):  # left, right, bottom, top
                            raise PdfiumError("Failed to get charbox.")
                        left, bottom, right, top = x0.value, y0.value, x1.value, y1.value
                        if right > left and top > bottom:
                            boxes.append((left, bottom, right, top))
                    if boxes:
                        yield page_no, index, [min(b[0] for b in boxes), max(b[3] for b in boxes),
                                               max(b[2] for b in boxes), min(b[1] for b in boxes)]
            finally:
                textpage.close()
                page.close()
    finally:
        pdf.close()
