"""OCR for scanned pages and images: pypdfium2 renders, Tesseract (`vie`) reads.

Tesseract runs about 9x faster with OMP_THREAD_LIMIT=1, so each page runs single-threaded and
pages run in parallel across the machine's cores. Every line keeps its words' boxes, in PDF user
space for PDF pages (pixels for images), and the page's mean word confidence.

The page image goes to Tesseract once, uncompressed: the grey pixels behind a binary PGM header,
written to one temporary file (removed when Tesseract is done), and the word table (TSV) is read
from its standard output. No image is compressed or decoded on the way (pytesseract, used before,
also wrote the TSV to a file and read it back, and its import loads pandas: ~0.3 s of CPU in
every process that OCRs; issue 13). The PGM goes by file, not by stdin: Tesseract 5.3
reads its standard input a character at a time, 4% more CPU per page than the same PGM as a file
(measured on this machine, a 300-dpi page: 2.60 s against 2.51). The command line is
pytesseract's for ``image_to_data`` (``-c tessedit_create_tsv=1``), so the words and boxes are
the same (tests/test_ocr.py).
"""
from __future__ import annotations

import io
import os
import subprocess
from functools import lru_cache
from typing import NamedTuple, Optional

from .. import limits
from ..errors import DocparseError, UnreadableDocument
from ..i18n import num, t
from ..progress import step
from ..normalize.text import clean_text
from .base import Line

DPI = 300  # measured: see benchmarks/bench_ocr.py (200 dpi loses accents on small print)
LOW_CONFIDENCE = 60.0  # a page below this mean word confidence is reported in warnings


TESSERACT = os.environ.get("DOCPARSE_TESSERACT", "tesseract")  # the command (Debian's tesseract-ocr)
_TSV_INTS = ("level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height")


def _tesseract_env() -> dict:
    return dict(os.environ, OMP_THREAD_LIMIT="1")  # one thread per page: pages run in parallel instead


@lru_cache(maxsize=1)
def tesseract_languages() -> frozenset:
    """The models the installed Tesseract has ('vie', 'eng', ...)."""
    try:
        out = subprocess.run([TESSERACT, "--list-langs"], capture_output=True, text=True, env=_tesseract_env())
    except OSError as exc:
        raise DocparseError(t("err.tesseract_missing")) from exc
    if out.returncode:
        raise DocparseError(t("err.tesseract_missing"))
    return frozenset(line.strip() for line in out.stdout.splitlines()[1:] if line.strip())


def _require_tesseract(lang: str) -> None:
    langs = tesseract_languages()
    missing = [lg for lg in lang.split("+") if lg not in langs]
    if missing:
        raise DocparseError(t("err.tesseract_model", model="+".join(missing), first=missing[0]))


def preprocess(image):
    """Grayscale: measurably no worse than colour and cheaper; binarisation is left to Tesseract,
    whose own Otsu thresholding did better on the noisy renders than a fixed threshold."""
    return image if image.mode == "L" else image.convert("L")


def pgm(image) -> bytes:
    """The grey image as a binary PGM: a header and the pixels as they are, nothing encoded.

    >>> from PIL import Image
    >>> pgm(Image.new("L", (3, 2), 255))
    b'P5\\n3 2\\n255\\n\\xff\\xff\\xff\\xff\\xff\\xff'
    """
    gray = preprocess(image)
    return b"P5\n%d %d\n255\n" % gray.size + gray.tobytes()


def parse_tsv(tsv: str) -> dict[str, list]:
    """Tesseract's word table as columns, numbers as integers as pytesseract's ``Output.DICT``
    gives them (a confidence of 95.5 is 95).

    >>> d = parse_tsv("level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth"
    ...               "\\theight\\tconf\\ttext\\n5\\t1\\t1\\t1\\t1\\t1\\t10\\t20\\t30\\t12\\t95.5\\t87,62%\\n")
    >>> d["text"], d["left"], d["conf"]
    (['87,62%'], [10], [95])
    """
    rows = tsv.strip().split("\n")
    if len(rows) < 2:
        return {k: [] for k in _TSV_INTS + ("conf", "text")}
    names = rows[0].split("\t")
    cols: dict[str, list] = {n: [] for n in names}
    for row in rows[1:]:
        values = row.split("\t", len(names) - 1)
        values += [""] * (len(names) - len(values))
        for name, value in zip(names, values):
            cols[name].append(value)
    for name in _TSV_INTS:
        if name in cols:
            cols[name] = [int(v) if v else 0 for v in cols[name]]
    if "conf" in cols:
        cols["conf"] = [int(float(v)) if v else -1 for v in cols["conf"]]
    return cols


class Running(NamedTuple):
    """A Tesseract process and the image file it reads."""

    proc: subprocess.Popen
    image: str


def start_tesseract(image, lang: str, psm: int = 3) -> Running:
    """A Tesseract process reading ``image`` (its grey pixels written once as a PGM file); see
    finish_tesseract, which reads the word table from its stdout and removes the file."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix="docparse-", suffix=".pgm")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pgm(image))
        proc = subprocess.Popen([TESSERACT, name, "stdout", "-l", lang, "--psm", str(psm),
                                 "-c", "tessedit_create_tsv=1"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=_tesseract_env())
    except OSError as exc:
        _remove(name)
        if isinstance(exc, FileNotFoundError) and exc.filename == TESSERACT:
            raise DocparseError(t("err.tesseract_missing")) from exc
        raise
    except BaseException:
        _remove(name)
        raise
    return Running(proc, name)


def _remove(name: str) -> None:
    try:
        os.unlink(name)
    except OSError:
        pass


def finish_tesseract(running: Running, page: int = 1) -> dict[str, list]:
    """The word table of a Tesseract process started by start_tesseract, once it has finished."""
    proc = running.proc
    try:
        stdout, stderr = proc.communicate()
    finally:
        _remove(running.image)
    if proc.returncode:
        reason = " ".join(stderr.decode("utf-8", "replace").split())[:160]
        raise UnreadableDocument(t("err.tesseract_failed", page=page, reason=reason or proc.returncode))
    return parse_tsv(stdout.decode("utf-8", "replace"))


def tesseract_data(image, lang: str, psm: int = 3, page: int = 1) -> dict[str, list]:
    """Tesseract's words of one page image, with boxes and confidences (columns of its TSV)."""
    return finish_tesseract(start_tesseract(image, lang, psm), page)


def read_image(image, lang: str, page: int, to_pdf=None) -> tuple[list[Line], float]:
    """Lines of one page image with words' boxes; ``to_pdf`` maps pixel boxes to PDF space."""
    return lines_of(tesseract_data(image, lang, psm=3, page=page), page, to_pdf)


def lines_of(data: dict, page: int, to_pdf=None) -> tuple[list[Line], float]:
    """Tesseract's words grouped into lines, and the page's mean word confidence."""
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


def _render_page(pdf, page_no: int, dpi: int):
    """(grey image, pixel box -> PDF box, warning or None) of one page rendered for OCR."""
    import pypdfium2 as pdfium

    note = None
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

    def to_pdf(a, top, b, bottom):  # pixels (top-left origin) -> PDF user space [x0, top, x1, bottom]
        if rotation:  # rotated pages: boxes in the rendered frame are not mapped; the text still is
            return None
        return (x0 + a / scale, y1 - top / scale, x0 + b / scale, y1 - bottom / scale)

    return image, to_pdf, note


def _pdf_pages_job(data: bytes, args, each=None) -> list[tuple[int, list[Line], float, Optional[str]]]:
    """OCR of a run of pages by one worker: (page, lines, mean confidence, warning) for each. The
    next page is rendered while Tesseract reads the one before, so that the worker's Tesseract
    waits for no rendering (one Tesseract at a time); ``each(result)`` follows every page."""
    import pypdfium2 as pdfium

    pages, lang, dpi = args
    pdf = pdfium.PdfDocument(data)
    out = []
    try:
        ahead = _render_page(pdf, pages[0], dpi) if pages else None
        for k, page_no in enumerate(pages):
            image, to_pdf, note = ahead
            running = start_tesseract(image, lang, psm=3)
            del image
            try:
                ahead = _render_page(pdf, pages[k + 1], dpi) if k + 1 < len(pages) else None
            except BaseException:
                running.proc.kill()
                running.proc.communicate()
                _remove(running.image)
                raise
            lines, conf = lines_of(finish_tesseract(running, page_no), page_no, to_pdf)
            out.append((page_no, lines, conf, note))
            if each:
                each(out[-1])
    finally:
        pdf.close()
    return out


def workers_for(pages: int) -> int:
    """One worker per core (DOCPARSE_OCR_WORKERS overrides; batch workers use 1)."""
    from .pages import cores

    wanted = int(os.environ.get("DOCPARSE_OCR_WORKERS", "0") or 0) or cores()
    return max(1, min(pages, wanted))


def _run_count(pages: int, workers: int) -> int:
    """How many runs of consecutive pages ``pages`` pages are cut into for ``workers`` workers: runs
    of about two pages (a worker renders a run's next page while Tesseract reads the current one),
    their number a multiple of the workers, so that every worker gets the same share. Ten pages on
    two workers were five runs of two: one worker read six pages while the other read four, and two
    workers could not be more than 1.67x as fast as one (issue 13).

    >>> _run_count(10, 2), _run_count(11, 2), _run_count(3, 2), _run_count(100, 2), _run_count(9, 4)
    (4, 4, 2, 50, 4)
    """
    return workers * max(1, pages // (2 * workers))


def ocr_pdf_pages(data: bytes, pages: list[int], lang: str = "vie", dpi: int = DPI,
                  workers: Optional[int] = None) -> tuple[list[Line], list[str]]:
    """OCR the given 1-based pages of a PDF, pages in parallel (``workers`` processes, default one
    per core): each renders its page and hands the grey pixels to its own one-thread Tesseract."""
    from .pages import chunks, in_processes

    _require_tesseract(lang)
    n = max(1, min(len(pages), workers or workers_for(len(pages))))
    step("ocr", 0, len(pages))
    limits.check_deadline(t("lim.where_ocr", page=pages[0] if pages else 1))
    finished = []

    def done(result) -> None:
        finished.append(result)
        step("ocr", len(finished), len(pages))
        limits.check_deadline(t("lim.where_ocr", page=result[0]))

    if n == 1:
        results = _pdf_pages_job(data, (pages, lang, dpi), done)
    else:  # runs of two pages or so, handed out as workers free up
        runs = [(run, lang, dpi) for run in chunks(pages, _run_count(len(pages), n))]
        results = [r for part in in_processes(_pdf_pages_job, runs, n, data,
                                              lambda part: [done(r) for r in part]) for r in part]
    lines, warnings = [], []
    for page_no, page_lines, conf, note in sorted(results, key=lambda r: r[0]):
        lines += page_lines
        if note:
            warnings.append(note)
        warnings.append(t("warn.ocr_conf", page=page_no, conf=num(round(conf), 0))
                        + (t("warn.ocr_low") if conf < LOW_CONFIDENCE else ""))
    return lines, warnings


def ocr_image_bytes(data: bytes, lang: str = "vie", workers: Optional[int] = None) -> tuple[list[Line], int, list[str]]:
    """OCR an image file (PNG, JPEG, TIFF; every frame of a multi-page TIFF is a page, the frames
    read on ``workers`` processes, default one per core)."""
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
    limits.check_deadline(t("lim.where_ocr", page=1))
    finished = []

    def done(result) -> None:
        finished.append(result)
        step("ocr", len(finished), len(frames))
        limits.check_deadline(t("lim.where_ocr", page=len(finished)))

    from .pages import in_processes

    n = max(1, min(len(frames), workers or workers_for(len(frames))))
    results = in_processes(_image_job, [(frame, lang, number) for number, frame in enumerate(frames, 1)], n,
                           None, done)
    for number, (page_lines, conf) in enumerate(results, 1):
        lines += page_lines
        warnings.append(t("warn.ocr_conf", page=number, conf=num(round(conf), 0)))
    if not lines:
        raise UnreadableDocument(t("err.image_no_text_ocr"))
    return lines, len(frames), warnings


def _image_job(_, args) -> tuple[list[Line], float]:
    frame, lang, number = args
    return read_image(frame, lang, number)
