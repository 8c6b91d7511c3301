"""Readers. ``read(path)`` sniffs the content (not only the name) and returns a SourceDoc."""
from __future__ import annotations

import dataclasses
import errno
import hashlib
import os
import stat
from pathlib import Path

from .. import fastregex as regex  # the regex module, its compiles cached on disk

from .. import limits
from ..errors import DocparseError, UnreadableDocument
from ..i18n import num, t
from .base import Line, SourceDoc
from .stamps import split_stamps

_NUMBER_RUN = regex.compile(r"\d++")
SUPPORTED = {".pdf", ".docx", ".txt", ".html", ".htm", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
             ".xlsx", ".ods", ".doc", ".xls"}
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
DOC = "application/msword"
XLS = "application/vnd.ms-excel"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}

_MAGIC = [
    (b"%PDF", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x89PNG", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xd0\xcf\x11\xe0", "application/x-ole-storage"),
]


def sniff(data: bytes, suffix: str) -> str:
    """The media type from the first bytes; the suffix only separates text from HTML."""
    head = data[:1024]
    for magic, media in _MAGIC:
        if magic in head[:8] or (magic == b"%PDF" and magic in head):
            if media == "application/zip":
                if b"mimetype" in head[:64] and ODS.encode() in head[:128]:
                    return ODS
                if b"xl/" in data[:65536] or suffix == ".xlsx":
                    return XLSX
                return DOCX if b"word/" in data[:65536] or suffix == ".docx" else "application/zip"
            if media == "application/x-ole-storage":  # Word 97 / Excel 97 compound files
                if "W\0o\0r\0k\0b\0o\0o\0k".encode() in data or suffix == ".xls":
                    return XLS
                return DOC
            return media
    if suffix in (".html", ".htm"):
        return "text/html"
    return "text/plain"


def _expect(media: str, suffix: str, path: str) -> None:
    expected = {".pdf": "application/pdf", ".docx": DOCX, ".xlsx": XLSX, ".ods": ODS, ".doc": DOC, ".xls": XLS}
    if suffix in expected and media != expected[suffix] and not (suffix in (".doc", ".xls") and media in (DOC, XLS)):
        kind = suffix[1:].upper()
        raise UnreadableDocument(t("err.misnamed", path=path, suffix=suffix, kind=kind))
    if media == "application/zip":
        raise UnreadableDocument(t("err.zip", path=path))


def source_bytes(source, name: str | None = None) -> tuple[bytes, Path]:
    """The bytes and the name of a document given as a path, as bytes (``name`` hints its kind:
    "x.pdf") or as a binary file object (its own ``name`` if it has one).

    >>> source_bytes("xin chào".encode(), name="note.txt")[1]
    PosixPath('note.txt')
    >>> import io; source_bytes(io.BytesIO(b"%PDF-1.7"))[1]
    PosixPath('document')
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        limits.require("max_file_bytes", len(source), "bytes", t("lim.file_size", path=name or "document",
                                                                 size=num(len(source))))
        return bytes(source), Path(name or "document")
    if hasattr(source, "read"):
        data = source.read()
        if isinstance(data, str):
            raise DocparseError(t("err.text_stream"))
        own = getattr(source, "name", None)
        return data, Path(name or (own if isinstance(own, (str, os.PathLike)) else "document"))
    p = Path(source)
    return _read_file(p), Path(name) if name else p


def read(path, ocr: str = "auto", lang: str = "vie", name: str | None = None,
         jobs: int | None = None) -> SourceDoc:
    """Read one document (a path, bytes or a binary file object; ``name`` hints the kind of
    bytes) into lines with provenance; raise DocparseError with a clear reason. ``jobs``: the
    processes that read a PDF's or an image's pages (see :func:`docparse.parse`)."""
    from .pages import check_jobs

    check_jobs(jobs)
    data, p = source_bytes(path, name)
    if not data.strip():
        raise UnreadableDocument(t("err.empty", path=p))
    suffix = p.suffix.lower()
    media = sniff(data, suffix)
    _expect(media, suffix, str(p))
    sha = hashlib.sha256(data).hexdigest()
    warnings: list[str] = []
    encoding = None
    grids: list = []
    if media in (DOC, XLS):
        from ..tables.office import convert

        target = "xlsx" if media == XLS else "docx"
        converted = convert(data, ".xls" if media == XLS else ".doc", target)
        lines, n_pages, grids = _read_office(converted, XLSX if media == XLS else DOCX)
        text_source = "plain"
    elif media in (XLSX, ODS):
        lines, n_pages, grids = _read_office(data, media)
        text_source = "plain"
    elif media == "application/pdf":
        lines, n_pages, text_source, warnings = _read_pdf(data, ocr, lang, jobs)
    elif media.startswith("image/"):
        from .ocr import ocr_image_bytes

        lines, n_pages, warnings = ocr_image_bytes(data, lang, workers=jobs)
        text_source = "ocr"
    elif "wordprocessingml" in media:
        from .docx import read_docx_tables

        lines, n_pages, grids = read_docx_tables(data)
        text_source = "plain"
    else:
        from .plain import read_text_tables

        lines, n_pages, grids = read_text_tables(data, is_html=(media == "text/html") or None)
        text_source = "plain"
    from .legacy import convert_legacy

    chars = sum(len(line.text) + 1 for line in lines)
    limits.require("max_text_chars", chars, "characters", t("lim.text_chars", path=p, count=num(chars)))
    lines = cut_long_lines(lines)
    lines, encoding = convert_legacy(lines)
    if encoding:
        warnings.append(t("warn.legacy", encoding=encoding))
    numbers = sum(len(_NUMBER_RUN.findall(line.text)) for line in lines)
    limits.require("max_numbers", numbers, "numbers", t("lim.numbers", path=p, count=num(numbers)))
    body, stamps = split_stamps(lines)
    if media == "application/pdf" and text_source != "ocr":
        from ..tables.pdf import pdf_tables

        body, grids = pdf_tables(data, body)
    if media == "application/pdf" and text_source in ("ocr", "mixed"):
        from ..tables.scanned import ocr_tables

        body, scanned = ocr_tables(data, body)
        grids = sorted(grids + scanned, key=lambda g: g.page)
    if not any(line.text.strip() for line in body) and not grids:
        raise UnreadableDocument(t("err.no_text_in", path=p))
    if not any(ch.isalpha() for line in body for ch in line.text) and not grids:
        raise UnreadableDocument(t("err.no_letters_in", path=p))
    if encoding and grids:
        from ..tables.grid import convert_grids

        convert_grids(grids, encoding)
    doc = SourceDoc(str(p), sha, media, body, n_pages, text_source, warnings, stamps, encoding, raw=data)
    doc.tables = grids
    return doc


def _read_office(data: bytes, media: str):
    from .docx import check_package

    if media == DOCX:
        from .docx import read_docx_tables

        return read_docx_tables(data)
    if media in (XLSX, ODS):  # zip bombs: the package's declared sizes checked before inflating
        check_package(data, "XLSX" if media == XLSX else "ODS")
    from ..tables.sheet import read_ods, read_xlsx

    return read_xlsx(data) if media == XLSX else read_ods(data)


MAX_LINE_CHARS = 2000  # a longer line (a one-line dump) is cut into lines of at most this length


def _cut_line(line: Line) -> list[Line]:
    """A line of more than MAX_LINE_CHARS as pieces cut after a space; offsets into a PDF text page
    follow. Every fact's evidence holds its line: a megabyte line would be copied into each.

    >>> [len(x.text) for x in _cut_line(Line("ab " * 1000, 1, 1))]
    [1998, 1002]
    """
    pieces, start, text = [], 0, line.text
    while start < len(text):
        end = min(len(text), start + MAX_LINE_CHARS)
        if end < len(text):
            space = text.rfind(" ", start + MAX_LINE_CHARS // 2, end)
            end = space + 1 if space > 0 else end
        char_start = line.char_start + start if line.char_start is not None else None
        pieces.append(dataclasses.replace(line, text=text[start:end], char_start=char_start, words=None))
        start = end
    return pieces


def cut_long_lines(lines: list[Line]) -> list[Line]:
    """Lines no longer than MAX_LINE_CHARS; the pages that had longer ones are renumbered."""
    if all(len(line.text) <= MAX_LINE_CHARS for line in lines):
        return lines
    out, numbers = [], {}
    for line in lines:
        for piece in (_cut_line(line) if len(line.text) > MAX_LINE_CHARS else [line]):
            numbers[piece.page] = numbers.get(piece.page, 0) + 1
            out.append(dataclasses.replace(piece, number=numbers[piece.page]))
    return out


def _read_file(p: Path) -> bytes:
    """The bytes of a regular file, with a plain reason for everything else."""
    try:
        info = p.stat()
    except FileNotFoundError:
        if p.is_symlink():
            raise DocparseError(t("err.dangling_link", path=p)) from None
        raise DocparseError(t("err.not_found", path=p)) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise DocparseError(t("err.link_loop", path=p)) from None
        raise DocparseError(t("err.os", path=p, reason=exc.strerror)) from None
    if stat.S_ISDIR(info.st_mode):
        raise DocparseError(t("err.folder", path=p))
    if not stat.S_ISREG(info.st_mode):
        raise DocparseError(t("err.not_regular", path=p))
    limits.require("max_file_bytes", info.st_size, "bytes", t("lim.file_size", path=p, size=num(info.st_size)))
    try:
        return p.read_bytes()
    except PermissionError:
        raise DocparseError(t("err.permission", path=p)) from None
    except OSError as exc:
        raise DocparseError(t("err.os", path=p, reason=exc.strerror)) from None


def _read_pdf(data: bytes, ocr: str, lang: str, jobs: int | None = None):
    from .pdf import read_pdf

    lines, n_pages, warnings, textless = read_pdf(data, jobs=jobs)
    want_ocr = list(range(1, n_pages + 1)) if ocr == "always" else (textless if ocr == "auto" else [])
    ocr_ran, ocr_failure = False, None
    if want_ocr:
        try:
            from .ocr import ocr_pdf_pages

            ocr_lines, ocr_warnings = ocr_pdf_pages(data, want_ocr, lang, workers=jobs)
            ocr_ran = True
        except limits.LimitExceeded:
            raise
        except DocparseError as exc:
            warnings.append(t("warn.ocr_unavailable", reason=exc, pages=", ".join(map(str, want_ocr))))
            ocr_lines, ocr_warnings = [], []
            ocr_failure = str(exc)
        warnings += ocr_warnings
        keep = [line for line in lines if line.page not in set(want_ocr)]
        lines = sorted(keep + ocr_lines, key=lambda ln: (ln.page, ln.number))
    elif textless:
        warnings += [t("warn.textless", page=n) for n in textless]
    ocr_pages = set(want_ocr)
    text_pages = set(range(1, n_pages + 1)) - ocr_pages
    text_source = "ocr" if not text_pages else ("mixed" if ocr_pages else "text-layer")
    if not lines:
        from .pdf import looks_truncated

        if looks_truncated(data):
            raise UnreadableDocument(t("err.pdf_truncated_empty"))
        if not want_ocr:
            raise UnreadableDocument(t("err.pdf_no_text_layer"))
        if ocr_ran:
            raise UnreadableDocument(t("err.pdf_ocr_found_nothing", pages=len(want_ocr)))
        raise UnreadableDocument(t("err.pdf_ocr_failed", reason=ocr_failure or "?"))
    return lines, n_pages, text_source, warnings
