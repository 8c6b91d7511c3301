"""DOCX reader: paragraphs and table cells in document order (python-docx)."""
from __future__ import annotations

import io
import zlib

from .. import limits
from ..errors import UnreadableDocument
from ..normalize.text import clean_text
from .base import Line


def iter_paragraphs(document):
    """Paragraphs and table-cell paragraphs, in the order they appear (the reader's line order)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)
        elif tag == "tbl":
            table = Table(child, document)
            for row in table.rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat
                        continue
                    seen.add(id(cell._tc))
                    yield from cell.paragraphs


def check_package(data: bytes) -> None:
    """Refuse a damaged package, or one whose parts inflate past the limits (a zip bomb), before
    python-docx inflates anything."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            infos = package.infolist()
            names = {info.filename for info in infos}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
        truncated = b"PK\x05\x06" not in data[-65557:]
        raise UnreadableDocument("the DOCX file is truncated (cut short: its ZIP directory is missing)"
                                 if truncated else f"the DOCX file is damaged (not a valid ZIP package: "
                                 f"{str(exc)[:80]})") from None
    limits.check_archive(infos, "the DOCX package")
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise UnreadableDocument("the ZIP package holds no Word document (no word/document.xml)")


def read_docx(data: bytes) -> tuple[list[Line], int]:
    import zipfile

    import docx
    from lxml import etree

    check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:  # a part's bytes damaged (CRC, deflate)
        raise UnreadableDocument(f"the DOCX file is damaged: a part cannot be unpacked "
                                 f"({type(exc).__name__})") from exc
    except etree.XMLSyntaxError as exc:
        raise UnreadableDocument(f"the DOCX file is damaged: its XML cannot be read "
                                 f"({str(exc)[:100]})") from exc
    except KeyError as exc:
        raise UnreadableDocument(f"the DOCX package lacks a part it needs ({str(exc)[:80]})") from exc
    except Exception as exc:  # python-docx raises several types for damaged packages
        raise UnreadableDocument(f"not a readable DOCX file ({type(exc).__name__})") from exc
    lines = []
    for n, paragraph in enumerate(iter_paragraphs(document), start=1):
        for part in paragraph.text.split("\n"):
            lines.append(Line(clean_text(part), 1, n))
    if not any(line.text.strip() for line in lines):
        raise UnreadableDocument("the DOCX file contains no text")
    return lines, 1
