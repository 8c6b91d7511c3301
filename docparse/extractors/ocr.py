"""OCR for scanned pages and images: pypdfium2 renders, Tesseract (`vie`) reads.

Tesseract runs about 9x faster with OMP_THREAD_LIMIT=1, so each page runs single-threaded and
pages run in parallel across the machine's cores. Every line keeps its words' boxes, in PDF user
space for PDF pages (pixels for images), and the page's mean word confidence.
"""
from __future__ import annotations

import io
import os
from concurrent.futures import ProcessPoolExecutor
from typing import Optional

from .. import limits
from ..errors import DocparseError, UnreadableDocument
from ..i18n import num, t
from ..progress import step
from ..normalize.text import clean_text
from .base import Line

DPI = 300  # measured: see benchmarks/bench_ocr.py (200 dpi loses accents on small print)
LOW_CONFIDENCE = 60.0  # a page below this mean word confidence is reported in warnings


def _require_tesseract(lang: str) -> None:
    import pytesseract

    try:
        langs = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError) as exc:
        raise DocparseError(t("err.tesseract_missing")) from exc
    missing = [lg for lg in lang.split("+") if lg not in langs]
    if missing:
        raise DocparseError(t("err.tesseract_model", model="+".join(missing), first=missing[0]))


def preprocess(image):
    """Grayscale: measurably no worse than colour and cheaper; binarisation is left to Tesseract,
    whose own Otsu thresholding did better on the noisy renders than a fixed threshold. Handed to
    Tesseract as an uncompressed PGM: pytesseract would otherwise spend ~1 s compressing a PNG."""
    gray = image.convert("L")
    gray.format = "PPM"
    return gray


def read_image(image, lang: str, page: int, to_pdf=None) -> tuple[list[Line], float]:
    """Lines of one page image with words' boxes; ``to_pdf`` maps pixel boxes to PDF space."""
    import pytesseract

    os.environ["OMP_THREAD_LIMIT"] = "1"
    data = pytesseract.image_to_data(preprocess(image), lang=lang, config="--psm 3",
                                     output_type=pytesseract.Output.DICT)
    groups: dict = {}
    confs = []
    for i, word in enumerate(data["text"]):
        if not word.strip():
            continue
        conf = float(data["conf"][i])
        if conf >= 0:
            confs.append(conf)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        box = (data["left"][i], data["top"][i], data["left"][i] + data["width"][i],
               data["top"][i] + data["height"][i])
        groups.setdefault(key, []).append((word, box, conf))
    lines = []
    for number, key in enumerate(sorted(groups, key=lambda k: (min(b[1] for _, b, _ in groups[k]), k)), 1):
        words, text, offset, word_conf = [], [], 0, []
        for word, (x0, top, x1, bottom), conf in groups[key]:
            word = clean_text(word)
            box = to_pdf(x0, top, x1, bottom) if to_pdf else (x0, top, x1, bottom)
            words.append((offset, offset + len(word), box))
            word_conf.append(conf)
            text.append(word)
            offset += len(word) + 1
        confidence = sum(c for _, _, c in groups[key]) / len(groups[key])
        lines.append(Line(" ".join(text), page, number, words=words, confidence=confidence,
                          word_confidence=word_conf))
    return lines, (sum(confs) / len(confs) if confs else 0.0)


def check_page_images(page, page_no: int) -> None:
    """Refuse to render a page that paints an image too large to decode (a decompression bomb in a
    PDF: a few KB of deflated pixels that pdfium would inflate to gigabytes), from the images' own
    sizes, before anything is decoded."""
    import pypdfium2.raw as pdfium_c

    max_pixels = limits.get("max_image_pixels")
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        try:
            width, height = obj.get_px_size()
        except Exception:  # noqa: BLE001 - an image pdfium cannot describe is left to the renderer
            continue
        if width * height > max_pixels:
            raise limits.LimitExceeded(t("lim.page_image", page=page_no, width=num(width), height=num(height),
                                         limit=num(max_pixels)))


def _pdf_page_job(args) -> tuple[int, list[Line], float, Optional[str]]:
    data, page_no, lang, dpi = args
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    note = None
    try:
        page = pdf[page_no - 1]
        x0, y0, x1, y1 = page.get_mediabox()
        width, height = page.get_size()
        try:
            scale, reduced = limits.render_scale(abs(width), abs(height), dpi)
        except limits.LimitExceeded as exc:
            raise limits.LimitExceeded(t("lim.on_page", page=page_no, reason=exc)) from None
        if reduced:
            note = t("warn.render_reduced", page=page_no, width=num(width, 0), height=num(height, 0),
                     dpi=round(scale * 72), limit=num(limits.get("max_page_pixels")))
        check_page_images(page, page_no)
        try:
            image = page.render(scale=scale, grayscale=True).to_pil()
        except (MemoryError, pdfium.PdfiumError) as exc:
            raise UnreadableDocument(t("err.render_failed", page=page_no, width=num(width, 0), height=num(height, 0),
                                       reason=type(exc).__name__)) from None
        rotation = page.get_rotation()
    finally:
        pdf.close()

    def to_pdf(a, top, b, bottom):  # pixels (top-left origin) -> PDF user space [x0, top, x1, bottom]
        if rotation:  # rotated pages: boxes in the rendered frame are not mapped; the text still is
            return None
        return (x0 + a / scale, y1 - top / scale, x0 + b / scale, y1 - bottom / scale)

    lines, conf = read_image(image, lang, page_no, to_pdf)
    return page_no, lines, conf, note


def workers_for(pages: int) -> int:
    """One worker per core (DOCPARSE_OCR_WORKERS overrides; batch workers use 1)."""
    wanted = int(os.environ.get("DOCPARSE_OCR_WORKERS", "0") or 0) or (os.cpu_count() or 1)
    return max(1, min(pages, wanted))


def ocr_pdf_pages(data: bytes, pages: list[int], lang: str = "vie", dpi: int = DPI,
                  workers: Optional[int] = None) -> tuple[list[Line], list[str]]:
    """OCR the given 1-based pages of a PDF, pages in parallel."""
    _require_tesseract(lang)
    jobs = [(data, p, lang, dpi) for p in pages]
    n = workers or workers_for(len(pages))
    step("ocr", 0, len(jobs))
    if n == 1:
        results = []
        for job in jobs:
            limits.check_deadline(t("lim.where_ocr", page=job[1]))
            results.append(_pdf_page_job(job))
            step("ocr", len(results), len(jobs))
    else:
        from concurrent.futures import as_completed

        with ProcessPoolExecutor(max_workers=n) as pool:
            futures = [pool.submit(_pdf_page_job, j) for j in jobs]
            results = []
            for fut in as_completed(futures):
                results.append(fut.result())
                step("ocr", len(results), len(jobs))
                limits.check_deadline(t("lim.where_ocr", page=results[-1][0]))
    lines, warnings = [], []
    for page_no, page_lines, conf, note in sorted(results, key=lambda r: r[0]):
        lines += page_lines
        if note:
            warnings.append(note)
        warnings.append(t("warn.ocr_conf", page=page_no, conf=num(round(conf), 0))
                        + (t("warn.ocr_low") if conf < LOW_CONFIDENCE else ""))
    return lines, warnings


def ocr_image_bytes(data: bytes, lang: str = "vie") -> tuple[list[Line], int, list[str]]:
    """OCR an image file (PNG, JPEG, TIFF; every frame of a multi-page TIFF is a page)."""
    import warnings as python_warnings

    from PIL import Image, UnidentifiedImageError

    _require_tesseract(lang)
    max_pixels = limits.get("max_image_pixels")
    try:
        with python_warnings.catch_warnings():
            python_warnings.simplefilter("ignore")  # PIL's DecompressionBombWarning: the limit below decides
            Image.MAX_IMAGE_PIXELS = None
            image = Image.open(io.BytesIO(data))
            n_frames = getattr(image, "n_frames", 1)
            limits.require("max_pages", n_frames, "pages", t("lim.frames", count=n_frames))
            frames = []
            for i in range(n_frames):
                image.seek(i)
                width, height = image.size
                limits.require("max_image_pixels", width * height, "pixels",
                               t("lim.image", width=num(width), height=num(height), frame=i + 1))
                frames.append(image.copy())
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise UnreadableDocument(t("err.image_decode", reason=f"{type(exc).__name__}: {str(exc)[:100]}")) from exc
    except MemoryError:
        raise UnreadableDocument(t("err.image_memory", limit=num(max_pixels))) from None
    lines, warnings = [], []
    step("ocr", 0, len(frames))
    for number, frame in enumerate(frames, 1):
        limits.check_deadline(t("lim.where_ocr", page=number))
        page_lines, conf = read_image(frame, lang, number)
        step("ocr", number, len(frames))
        lines += page_lines
        warnings.append(t("warn.ocr_conf", page=number, conf=num(round(conf), 0)))
    if not lines:
        raise UnreadableDocument(t("err.image_no_text_ocr"))
    return lines, len(frames), warnings
