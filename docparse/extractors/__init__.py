"""Readers. ``read(path)`` sniffs the content (not only the name) and returns a SourceDoc."""
from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

import regex

from .. import limits
from ..errors import DocparseError, UnreadableDocument
from .base import Line, SourceDoc
from .stamps import split_stamps

_NUMBER_RUN = regex.compile(r"\d++")
SUPPORTED = {".pdf", ".docx", ".txt", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}

_MAGIC = [
    (b"%PDF", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
]


def sniff(data: bytes, suffix: str) -> str:
    """The media type from the first bytes; the suffix only separates text from HTML."""
    head = data[:1024]
    for magic, media in _MAGIC:
        if magic in head[:8] or (magic == b"%PDF" and magic in head):
            if media == "application/zip":
                return ("application/vnd.openxmlformats-officedocument.wordprocessingml.document"
                        if b"word/" in data[:65536] or suffix == ".docx" else "application/zip")
            return media
    if suffix in (".html", ".htm"):
        return "text/html"
    return "text/plain"


def _expect(media: str, suffix: str, path: str) -> None:
    expected = {".pdf": "application/pdf", ".docx": "application/vnd.openxmlformats-officedocument."
                "wordprocessingml.document"}
    if suffix in expected and media != expected[suffix]:
        kind = "PDF" if suffix == ".pdf" else "DOCX"
        raise UnreadableDocument(f"{path} is named {suffix} but is not a {kind} file")
    if media == "application/zip":
        raise UnreadableDocument(f"{path} is a ZIP archive, not a DOCX document")


def read(path: str | os.PathLike, ocr: str = "auto", lang: str = "vie") -> SourceDoc:
    """Read one document into lines with provenance; raise DocparseError with a clear reason."""
    p = Path(path)
    data = _read_file(p)
    if not data.strip():
        raise UnreadableDocument(f"{p} is empty")
    suffix = p.suffix.lower()
    media = sniff(data, suffix)
    _expect(media, suffix, str(p))
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    encoding = None
    if media == "application/pdf":
        lines, n_pages, text_source, warnings = _read_pdf(data, ocr, lang)
    elif media.startswith("image/"):
        from .ocr import ocr_image_bytes

        lines, n_pages, warnings = ocr_image_bytes(data, lang)
        text_source = "ocr"
    elif "wordprocessingml" in media:
        from .docx import read_docx

        lines, n_pages = read_docx(data)
        text_source = "plain"
    else:
        from .plain import read_text

        lines, n_pages = read_text(data, is_html=(media == "text/html") or None)
        text_source = "plain"
    from .legacy import convert_legacy

    lines, encoding = convert_legacy(lines)
    if encoding:
        warnings.append(f"the text was typed in the legacy {encoding} encoding; converted to Unicode")
    chars = sum(len(line.text) + 1 for line in lines)
    limits.require("max_text_chars", chars, "characters", f"{p} holds {chars:,} characters of text")
    numbers = sum(len(_NUMBER_RUN.findall(line.text)) for line in lines)
    limits.require("max_numbers", numbers, "numbers", f"{p} holds {numbers:,} numbers")
    body, stamps = split_stamps(lines)
    if not any(line.text.strip() for line in body):
        raise UnreadableDocument(f"no text could be read from {p}")
    if not any(ch.isalpha() for line in body for ch in line.text):
        raise UnreadableDocument(f"no words could be read from {p} (it holds no letters)")
    return SourceDoc(str(p), sha, media, body, n_pages, text_source, warnings, stamps, encoding)


def _read_file(p: Path) -> bytes:
    """The bytes of a regular file, with a plain reason for everything else."""
    try:
        info = p.stat()
    except FileNotFoundError:
        if p.is_symlink():
            raise DocparseError(f"{p} is a symbolic link to a file that does not exist") from None
        raise DocparseError(f"file not found: {p}") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocparseError(f"{p} is a symbolic link that loops back on itself") from None
        raise DocparseError(f"{p}: {exc.strerror}") from None
    if stat.S_ISDIR(info.st_mode):
        raise DocparseError(f"{p} is a folder; use 'docparse batch' for folders")
    if not stat.S_ISREG(info.st_mode):
        raise DocparseError(f"{p} is not a regular file (a device, pipe or socket)")
    limits.require("max_file_bytes", info.st_size, "bytes", f"{p} is {info.st_size:,} bytes")
    try:
        return p.read_bytes()
    except PermissionError:
        raise DocparseError(f"{p}: permission denied") from None
    except OSError as exc:
        raise DocparseError(f"{p} cannot be read ({exc.strerror})") from None


def _read_pdf(data: bytes, ocr: str, lang: str):
    from .pdf import read_pdf

    lines, n_pages, warnings, textless = read_pdf(data)
    want_ocr = list(range(1, n_pages + 1)) if ocr == "always" else (textless if ocr == "auto" else [])
    ocr_ran, ocr_failure = False, None
    if want_ocr:
        try:
            from .ocr import ocr_pdf_pages

            ocr_lines, ocr_warnings = ocr_pdf_pages(data, want_ocr, lang)
            ocr_ran = True
        except limits.LimitExceeded:
            raise
        except DocparseError as exc:
            warnings.append(f"OCR unavailable ({exc}); pages {want_ocr} not read")
            ocr_lines, ocr_warnings = [], []
            ocr_failure = str(exc)
        warnings += ocr_warnings
        keep = [line for line in lines if line.page not in set(want_ocr)]
        lines = sorted(keep + ocr_lines, key=lambda ln: (ln.page, ln.number))
    elif textless:
        warnings += [f"page {n}: no usable text layer (run with --ocr auto to read it)" for n in textless]
    ocr_pages = set(want_ocr)
    text_pages = set(range(1, n_pages + 1)) - ocr_pages
    text_source = "ocr" if not text_pages else ("mixed" if ocr_pages else "text-layer")
    if not lines:
        from .pdf import looks_truncated

        if looks_truncated(data):
            raise UnreadableDocument("the PDF file is truncated (cut short: no %%EOF marker at its end) "
                                     "and no text could be read from what is left; get the complete file again")
        if not want_ocr:
            raise UnreadableDocument("the PDF has no text layer (a scan?): run with --ocr auto to read it")
        if ocr_ran:
            raise UnreadableDocument(f"the PDF has no text layer and OCR found no text on its "
                                     f"{len(want_ocr)} page(s) (blank or not a scan of text)")
        raise UnreadableDocument("the PDF has no text layer and OCR could not run "
                                 + (f"({ocr_failure})" if ocr_failure else ""))
    return lines, n_pages, text_source, warnings
