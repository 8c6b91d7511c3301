"""Embedded PDF signatures and document timestamps (pyHanko), offline: who signed, when, what each
covers, and whether anything changed after it.

A signature holds when its signed bytes still hash to the signed digest (`intact`), the
cryptography checks out (`valid`), its algorithms are allowed by pyHanko's algorithm policy (no
SHA-1 or MD5), its /ByteRange covers the whole revision it signs, and every later revision is one
that pyHanko's difference analysis accepts under the document's DocMDP/FieldMDP permissions.
Document timestamps (/DocTimeStamp, PAdES-LTA) are validated as timestamps. Certificate trust is
not checked against the internet: the chain is reported as found ("not checked offline").

Nothing that looks like a signature is dropped silently: every signature dictionary in the file
(an object with /ByteRange or /Type /Sig or /DocTimeStamp) must be one pyHanko reads, else
`signature_invalid`; a file whose last revision is damaged is read up to its last whole revision
and the rest is reported; a signature field or a visible signing stamp with no signature that
verifies is `signature_invalid` too. Each problem is named as it is (`Signature.problem`):
byte_range, signature_object, digest, signature_value, algorithm, seed_value, timestamp,
certification, modified, unreadable, missing.
"""
from __future__ import annotations

import io
import logging
import re
from typing import Optional

from ..models import Evidence, Finding, Signature

for _name in ("pyhanko", "pyhanko_certvalidator", "pyhanko.sign.validation"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)

TRUST_NOTE = "not checked (offline): certificate chain reported as found"

# a signature dictionary's own keys (linear patterns: a name, optional blanks, a name)
_SIG_KEYS = re.compile(rb"/ByteRange\b|/Type\s*/(?:Sig|DocTimeStamp)\b")
_SIG_FIELD = re.compile(rb"/FT\s*/Sig\b")
_OBJ_HEAD = re.compile(rb"(\d{1,10})\s+\d{1,5}\s+obj\b")
_EOF = re.compile(rb"%%EOF")
_LOOKBACK = 200_000  # how far before a /ByteRange its object's header may stand (/Contents first)

_PERMISSION = {1: "không cho phép thay đổi", 2: "chỉ cho phép điền biểu mẫu và ký",
               3: "chỉ cho phép điền biểu mẫu, ký và ghi chú"}
_LEVEL = {"NONE": "không thay đổi gì", "LTA_UPDATES": "bổ sung dữ liệu xác thực dài hạn (DSS/LTV) hoặc dấu thời gian",
          "FORM_FILLING": "bổ sung chữ ký hoặc dữ liệu biểu mẫu", "ANNOTATIONS": "thêm ghi chú",
          "OTHER": "thay đổi nội dung"}


def _subject(cert) -> tuple[Optional[str], Optional[str]]:
    try:
        native = cert.subject.native
    except Exception:
        return None, None
    return native.get("common_name"), native.get("email_address")


def signature_objects(data: bytes) -> set[int]:
    """Object numbers of the signature dictionaries written in the file (any revision).

    >>> signature_objects(b"1 0 obj <</Type /Catalog>> endobj 7 0 obj <</Type /Sig /ByteRange [0 1 2 3]>> endobj")
    {7}
    >>> signature_objects(b"3 0 obj <</FT /Sig /T (Signature1)>> endobj")
    set()
    """
    found = set()
    for m in _SIG_KEYS.finditer(data):
        start = max(0, m.start() - _LOOKBACK)
        at = data.rfind(b"obj", start, m.start())
        while at != -1:
            if data[max(start, at - 3):at] == b"end":
                break  # between objects: not inside one
            window = data[max(start, at - 20):at + 3]
            heads = list(_OBJ_HEAD.finditer(window))
            if heads and heads[-1].end() == len(window):
                found.add(int(heads[-1].group(1)))
                break
            at = data.rfind(b"obj", start, at)
    return found


def has_signature_marks(data: bytes) -> bool:
    """A /ByteRange, a signature dictionary or a signature field anywhere in the file."""
    return bool(_SIG_KEYS.search(data) or _SIG_FIELD.search(data))


def _open(data: bytes):
    """pyHanko's reader and its embedded signatures; when the file as a whole cannot be read (a
    damaged last revision), the longest prefix ending in a whole revision that can. Returns
    (reader, signatures, prefix_length, error)."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        return reader, list(reader.embedded_signatures), len(data), None
    except Exception as exc:
        error = exc
    ends = [m.end() for m in _EOF.finditer(data)]
    for end in reversed(ends):
        while end < len(data) and data[end:end + 1] in b"\r\n":
            end += 1
        if end >= len(data):
            continue
        try:
            reader = PdfFileReader(io.BytesIO(data[:end]), strict=False)
            return reader, list(reader.embedded_signatures), end, error
        except Exception:
            continue
    return None, [], 0, error


def _sig_ref(sig) -> Optional[int]:
    try:
        ref = sig.sig_field.raw_get("/V")
        return ref.idnum if hasattr(ref, "idnum") else None
    except Exception:
        return None


def _empty_fields(reader) -> list[str]:
    try:
        from pyhanko.sign.fields import enumerate_sig_fields

        return [name for name, value, _ in enumerate_sig_fields(reader, filled_status=False)]
    except Exception:
        return []


def read_signatures(data: bytes, stamps: int = 0, scanned: bool = False
                    ) -> tuple[list[Signature], list[Finding], list[str]]:
    """Signatures, signature findings and warnings of a PDF; never raises on a damaged file.

    ``stamps``: how many visible signing stamps the text shows ("... đã ký", signing times);
    ``scanned``: they were read by OCR (a scan cannot carry a digital signature: info only)."""
    marks = has_signature_marks(data)
    if not marks and not stamps:
        return [], [], []
    reader, embedded, prefix, error = _open(data) if marks else (None, [], len(data), None)
    signatures: list[Signature] = []
    findings: list[Finding] = []
    warnings: list[str] = []
    if marks and reader is None:
        findings.append(_finding("signature_invalid", "error",
                                 "Tệp có dấu hiệu chữ ký số (/ByteRange, /Sig) nhưng không đọc được cấu trúc "
                                 f"chữ ký ({_reason(error)}): không có chữ ký nào kiểm tra được"))
        signatures.append(Signature(intact=False, valid=False, trust=TRUST_NOTE, kind="signature",
                                    problem="unreadable"))
        return signatures, findings, warnings
    if prefix < len(data):
        from ..i18n import t

        warnings.append(t("warn.last_revision", prefix=prefix, reason=_reason(error)))
    verified = 0
    for sig in embedded:
        entry, found = _check(sig, data, prefix)
        signatures.append(entry)
        findings += found
        if entry.intact and entry.valid and not entry.problem:
            verified += 1
    read = {_sig_ref(s) for s in embedded}
    lost = sorted(signature_objects(data) - read)
    if lost:
        where = ", ".join(f"obj {n}" for n in lost[:5])
        findings.append(_finding(
            "signature_invalid", "error",
            f"Tệp có {len(lost)} đối tượng chữ ký ({where}) không đọc được hoặc không còn gắn với trường chữ ký "
            "nào: chữ ký bị hỏng, bị đổi tên khoá (/ByteRange, /Contents, /Type) hoặc bị gỡ khỏi văn bản"))
        signatures.append(Signature(field=None, intact=False, valid=False, trust=TRUST_NOTE,
                                    kind="signature", problem="unreadable"))
    tail_signed = prefix < len(data) and bool(_SIG_KEYS.search(data, prefix) or _SIG_FIELD.search(data, prefix))
    if tail_signed and not lost:
        findings.append(_finding("signature_invalid", "error",
                                 f"Phần cập nhật sau cùng của tệp (từ byte {prefix}) có trường hoặc đối tượng chữ ký "
                                 "nhưng bị hỏng, không đọc được: chữ ký đó không kiểm tra được"))
        signatures.append(Signature(intact=False, valid=False, trust=TRUST_NOTE, kind="signature",
                                    problem="unreadable"))
    elif prefix < len(data) and embedded and not tail_signed:
        findings.append(_finding("modified_after_signing", "error",
                                 f"Sau bản sửa đổi cuối cùng đọc được (byte {prefix}), tệp có phần thêm vào bị hỏng "
                                 "không kiểm tra được"))
    if not verified and not lost and not embedded:
        empty = _empty_fields(reader) if reader is not None else []
        if empty or marks:
            findings.append(_finding("signature_invalid", "error",
                                     f"Văn bản có trường chữ ký ({', '.join(empty[:3]) or 'không tên'}) nhưng "
                                     "không có chữ ký số nào trong đó"))
            signatures.append(Signature(field=empty[0] if empty else None, intact=False, valid=False,
                                        trust=TRUST_NOTE, kind="signature", problem="missing"))
        elif stamps:
            severity = "info" if scanned else "error"
            findings.append(_finding(
                "signature_invalid", severity,
                f"Văn bản hiển thị {stamps} dấu ký số (\"đã ký\") nhưng tệp không chứa chữ ký số nào"
                + (" (bản quét: chữ ký số không đi theo bản in)" if scanned else
                   ": đây không phải bản gốc đã ký, hoặc chữ ký đã bị gỡ")))
    return signatures, findings, warnings


def _reason(exc) -> str:
    return f"{type(exc).__name__}: {str(exc)[:120]}" if exc is not None else "unknown"


def _check(sig, data: bytes, prefix: int) -> tuple[Signature, list[Finding]]:
    """One embedded signature or document timestamp: its entry and findings."""
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    timestamp = False
    try:
        timestamp = sig.sig_object_type == "/DocTimeStamp"
        cert = sig.signer_cert
    except Exception:
        cert = None
    name, email = _subject(cert) if cert is not None else (None, None)
    field = _safe(lambda: sig.field_name)
    what = "Dấu thời gian" if timestamp else "Chữ ký"
    who = f"{what} của {name}" if name else f"{what} \"{field}\""
    when = _safe(lambda: sig.self_reported_timestamp)
    entry = Signature(signer=name, email=email, field=field, signed_at=when.isoformat() if when else None,
                      trust=TRUST_NOTE, kind="timestamp" if timestamp else "signature")
    try:
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        if timestamp:
            status = validate_pdf_timestamp(sig, context, skip_diff=False)
        else:
            status = validate_pdf_signature(sig, context, skip_diff=False)
    except Exception as exc:
        entry.intact = entry.valid = False
        entry.problem = "unreadable"
        return entry, [_finding("signature_invalid", "error",
                                f"{who} không kiểm tra được ({_reason(exc)})")]
    entry.intact, entry.valid = bool(status.intact), bool(status.valid)
    dt = getattr(status, "signer_reported_dt", None) or getattr(status, "timestamp", None)
    if dt:
        entry.signed_at = dt.isoformat()
    coverage = getattr(status.coverage, "name", None)
    entry.covers_whole_document = coverage == "ENTIRE_FILE" and prefix == len(data)
    problem = _integrity_problem(sig, status, coverage, timestamp)
    if problem:
        entry.problem, message = problem
        return entry, [_finding("signature_invalid", "error", f"{who}: {message}")]
    if coverage == "ENTIRE_FILE":
        return entry, []
    return entry, _later_changes(sig, status, who, data, entry)


def _rewritten(sig) -> bool:
    """The signature dictionary is defined again in a later revision than the one it signs."""
    try:
        ref = sig.sig_field.raw_get("/V")
        data = sig.reader.stream.getvalue()
        heads = re.findall(rb"(?<![0-9])%d\s+%d\s+obj\b" % (ref.idnum, ref.generation), data)
        return len(heads) > 1
    except Exception:
        return False


def _safe(fn):
    try:
        return fn()
    except Exception:
        return None


def _integrity_problem(sig, status, coverage, timestamp) -> Optional[tuple[str, str]]:
    """What is wrong with the signature itself, named: (problem, message), or None."""
    if coverage in (None, "UNCLEAR"):
        return "byte_range", ("vùng ký /ByteRange bất thường (không bắt đầu từ đầu tệp, có khoảng hở ngoài "
                              "giá trị chữ ký hoặc vượt quá tệp): chữ ký không bao trọn phần nó ký")
    if coverage == "CONTIGUOUS_BLOCK_FROM_START" and _rewritten(sig):
        return "signature_object", ("đối tượng chữ ký (/Sig) đã bị ghi lại trong một bản sửa đổi sau khi ký: "
                                    "chữ ký không còn khớp với vùng ký của nó")
    if coverage == "CONTIGUOUS_BLOCK_FROM_START":
        return "byte_range", ("vùng ký /ByteRange không kết thúc ở cuối bản sửa đổi đã ký: đối tượng chữ ký "
                              "hoặc vùng ký đã bị sửa sau khi ký")
    if not status.intact:
        return "digest", ("mã băm của phần đã ký không khớp với mã băm được ký: nội dung trong vùng ký đã bị "
                          "thay đổi sau khi ký")
    if not status.valid:
        return "signature_value", "giá trị chữ ký số không hợp lệ về mật mã (chữ ký bị hỏng hoặc giả mạo)"
    indic = getattr(getattr(status, "trust_problem_indic", None), "name", "") or ""
    if indic.startswith("CRYPTO_CONSTRAINTS_FAILURE"):
        algo = _safe(lambda: sig.md_algorithm) or "?"
        return "algorithm", (f"dùng thuật toán không được chấp nhận (băm {algo.upper()}; chính sách thuật toán "
                             "của pyHanko không cho phép): chữ ký không có giá trị")
    if not timestamp:
        ts = getattr(status, "timestamp_validity", None)
        if ts is not None and not (ts.intact and ts.valid):
            return "timestamp", "dấu thời gian gắn trong chữ ký bị hỏng (không khớp hoặc không hợp lệ)"
        if getattr(status, "seed_value_ok", True) is False:
            return "seed_value", "chữ ký không đáp ứng ràng buộc (seed value) mà trường chữ ký đặt ra"
    return None


def _later_changes(sig, status, who: str, data: bytes, entry: Signature) -> list[Finding]:
    """Revisions after the signed one, judged by pyHanko's difference analysis and the document's
    DocMDP permission (certification) or the field's FieldMDP locks."""
    from pyhanko.sign.diff_analysis import SuspiciousModification

    level = getattr(status.modification_level, "name", None) or "OTHER"
    docmdp = _safe(lambda: sig.docmdp_level)
    if status.docmdp_ok:
        return [_finding("modified_after_signing", "info",
                         f"Sau {who[0].lower() + who[1:]}, văn bản chỉ được {_LEVEL.get(level, level)} "
                         "(không đổi nội dung)")]
    if docmdp is not None and level != "OTHER":
        entry.problem = "certification"
        return [_finding("modified_after_signing", "error",
                         f"{who} chứng thực văn bản với quyền \"{_PERMISSION.get(docmdp.value, docmdp.name)}\" "
                         f"nhưng sau đó văn bản vẫn bị {_LEVEL.get(level, level)}: vi phạm quyền chứng thực (DocMDP)")]
    entry.problem = "modified"
    reason = status.diff_result if isinstance(status.diff_result, SuspiciousModification) else None
    changed = _changed_text(data, sig)
    return [_finding("modified_after_signing", "error",
                     f"Nội dung văn bản đã bị thay đổi sau {who[0].lower() + who[1:]}"
                     + (f"; phần thêm vào sau khi ký: \"{changed}\"" if changed else "")
                     + (f" (phân tích khác biệt: {str(reason)[:160]})" if reason and str(reason) else ""))]


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
