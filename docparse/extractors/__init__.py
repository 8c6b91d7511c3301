"""Readers. ``read(path)`` sniffs the content (not only the name) and returns a SourceDoc."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ..errors import DocparseError, UnreadableDocument
from ..i18n import t
from .base import Line, SourceDoc
from .stamps import split_stamps

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
        warnings.append(t("warn.legacy", encoding=encoding))
    body, stamps = split_stamps(lines)
    if not any(line.text.strip() for line in body):
        raise UnreadableDocument(t("err.no_text_in", path=p))
    return SourceDoc(str(p), sha, media, body, n_pages, text_source, warnings, stamps, encoding, raw=data)


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
