"""Readers. ``read(path)`` sniffs the content (not only the name) and returns a SourceDoc."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import DocparseError, UnreadableDocument
from ..i18n import t
from .base import Line, SourceDoc
from .stamps import split_stamps

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
        return bytes(source), Path(name or "document")
    if hasattr(source, "read"):
        data = source.read()
        if isinstance(data, str):
            raise DocparseError(t("err.text_stream"))
        own = getattr(source, "name", None)
        return data, Path(name or (own if isinstance(own, (str, os.PathLike)) else "document"))
    p = Path(source)
    if not p.exists():
        raise DocparseError(t("err.not_found", path=p))
    if p.is_dir():
        raise DocparseError(t("err.folder", path=p))
    return p.read_bytes(), Path(name) if name else p


def read(path, ocr: str = "auto", lang: str = "vie", name: str | None = None) -> SourceDoc:
    """Read one document (a path, bytes or a binary file object; ``name`` hints the kind of
    bytes) into lines with provenance; raise DocparseError with a clear reason."""
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
        lines, n_pages, text_source, warnings = _read_pdf(data, ocr, lang)
    elif media.startswith("image/"):
        from .ocr import ocr_image_bytes

        lines, n_pages, warnings = ocr_image_bytes(data, lang)
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

    lines, encoding = convert_legacy(lines)
    if encoding:
        warnings.append(t("warn.legacy", encoding=encoding))
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
    if encoding and grids:
        from ..tables.grid import convert_grids

        convert_grids(grids, encoding)
    doc = SourceDoc(str(p), sha, media, body, n_pages, text_source, warnings, stamps, encoding, raw=data)
    doc.tables = grids
    return doc


def _read_office(data: bytes, media: str):
    if media == DOCX:
        from .docx import read_docx_tables

        return read_docx_tables(data)
    from ..tables.sheet import read_ods, read_xlsx

    return read_xlsx(data) if media == XLSX else read_ods(data)


def _read_pdf(data: bytes, ocr: str, lang: str):
    from .pdf import read_pdf

    lines, n_pages, warnings, textless = read_pdf(data)
    want_ocr = list(range(1, n_pages + 1)) if ocr == "always" else (textless if ocr == "auto" else [])
    if want_ocr:
        try:
            from .ocr import ocr_pdf_pages

            ocr_lines, ocr_warnings = ocr_pdf_pages(data, want_ocr, lang)
        except DocparseError as exc:
            warnings.append(t("warn.ocr_unavailable", reason=exc, pages=", ".join(map(str, want_ocr))))
            ocr_lines, ocr_warnings = [], []
        warnings += ocr_warnings
        keep = [line for line in lines if line.page not in set(want_ocr)]
        lines = sorted(keep + ocr_lines, key=lambda ln: (ln.page, ln.number))
    elif textless:
        warnings += [t("warn.textless", page=n) for n in textless]
    ocr_pages = set(want_ocr)
    text_pages = set(range(1, n_pages + 1)) - ocr_pages
    text_source = "ocr" if not text_pages else ("mixed" if ocr_pages else "text-layer")
    if not lines:
        raise UnreadableDocument(t("err.pdf_no_text"))
    return lines, n_pages, text_source, warnings
