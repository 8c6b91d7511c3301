"""Embedded PDF signatures (pyHanko), offline: who signed, when, what each signature covers, and
whether anything changed after it.

Integrity is `intact and valid`: the signed bytes still hash to the signed digest and the
cryptography checks out. Certificate trust is not checked against the internet: the chain is
reported as found ("not checked offline"). A revision appended after a signature is classified by
pyHanko's difference analysis: further signatures, form filling or annotations only (info), or
anything else, such as changed page content (error).
"""
from __future__ import annotations

import io
import logging
from typing import Optional

from ..models import Evidence, Finding, Signature

for _name in ("pyhanko", "pyhanko_certvalidator", "pyhanko.sign.validation"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

TRUST_NOTE = "not checked (offline): certificate chain reported as found"


def _subject(cert) -> tuple[Optional[str], Optional[str]]:
    try:
        native = cert.subject.native
    except Exception:
        return None, None
    return native.get("common_name"), native.get("email_address")


def read_signatures(data: bytes) -> tuple[list[Signature], list[Finding], list[str]]:
    """Signatures, signature findings and warnings of a PDF; never raises on a damaged file."""
    if b"/ByteRange" not in data:
        return [], [], []
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext

        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
    except Exception as exc:
        return [], [], [f"the PDF's signatures could not be read ({type(exc).__name__}: {str(exc)[:120]})"]
    signatures, findings, warnings = [], [], []
    for sig in embedded:
        name, email = _subject(sig.signer_cert) if sig.signer_cert is not None else (None, None)
        when = sig.self_reported_timestamp
        entry = Signature(signer=name, email=email, field=sig.field_name,
                          signed_at=when.isoformat() if when else None, trust=TRUST_NOTE)
        try:
            context = ValidationContext(trust_roots=[], allow_fetching=False)
            status = validate_pdf_signature(sig, context, skip_diff=False)
        except Exception as exc:
            entry.intact = entry.valid = False
            signatures.append(entry)
            findings.append(_finding("signature_invalid", "error",
                                     f"Chữ ký \"{sig.field_name}\" không kiểm tra được ({type(exc).__name__})"))
            continue
        entry.intact, entry.valid = bool(status.intact), bool(status.valid)
        if status.signer_reported_dt:
            entry.signed_at = status.signer_reported_dt.isoformat()
        entry.covers_whole_document = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
        signatures.append(entry)
        who = name or sig.field_name
        if not (entry.intact and entry.valid):
            findings.append(_finding("signature_invalid", "error",
                                     f"Chữ ký của {who} không còn nguyên vẹn: nội dung đã ký bị thay đổi "
                                     "hoặc chữ ký bị hỏng"))
            continue
        if not entry.covers_whole_document:
            level = getattr(status.modification_level, "name", "OTHER")
            if level in ("LTA_UPDATES", "FORM_FILLING", "NONE"):
                findings.append(_finding("modified_after_signing", "info",
                                         f"Sau chữ ký của {who}, văn bản chỉ được bổ sung chữ ký hoặc "
                                         "dữ liệu biểu mẫu (không đổi nội dung)"))
            elif level == "ANNOTATIONS":
                findings.append(_finding("modified_after_signing", "info",
                                         f"Sau chữ ký của {who}, văn bản chỉ được thêm ghi chú"))
            else:
                changed = _changed_text(data, sig)
                findings.append(_finding("modified_after_signing", "error",
                                         f"Nội dung văn bản đã bị thay đổi sau chữ ký của {who}"
                                         + (f"; phần thêm vào sau khi ký: \"{changed}\"" if changed else "")))
    return signatures, findings, warnings


def _finding(code: str, severity: str, message: str) -> Finding:
    return Finding(code=code, severity=severity, message=message,
                   evidence=Evidence(page=1, line=1, text=""))


def _page_texts(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        return [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()


def _changed_text(data: bytes, sig) -> str:
    """Text present in the final file but not in the revision the signature covers."""
    import difflib

    try:
        start, length = sig.byte_range[2], sig.byte_range[3]
        signed = _page_texts(data[: start + length])
        final = _page_texts(data)
    except Exception:
        return ""
    added = []
    for before, after in zip(signed + [""] * (len(final) - len(signed)), final):
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        added += [after[j1:j2] for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("insert", "replace")]
    return " ".join(" ".join(added).split())[:200]
