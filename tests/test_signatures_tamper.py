"""Signed PDFs built at test time with pyHanko the way its difference-analysis tests build them,
and tampered by hand: docparse's verdict agrees with pyHanko's own on every file (issue 14.5, 14.7).

A self-made test PKI (root CA, signer, timestamp authority; `cryptography`) signs a small report
rendered by corpus/render.py. pyHanko's verdict on a file: every embedded signature judged by
`validate_pdf_signature(...).bottom_line` (document timestamps by `validate_pdf_timestamp`), with
the test CA trusted; a file pyHanko cannot read, or with no signature it can read, is not valid.
docparse's verdict: valid when the Report has a verified embedded signature and no
`signature_invalid` / `modified_after_signing` at error. Each case also states the verdict
pyHanko's tests expect for that construction, so a pyHanko upgrade that changed its mind shows.
"""
from __future__ import annotations

import datetime as dt
import io
import random
from pathlib import Path

import pytest

from docparse import parse

REPORT = """ỦY BAN NHÂN DÂN
XÃ AN BÌNH
Số: 12/BC-UBND
BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 9 năm 2025
Trong tháng, xã tiếp nhận 420 hồ sơ, trong đó trực tuyến 315 hồ sơ.
Đã giải quyết 400 hồ sơ, trong đó đúng hạn 396 hồ sơ, quá hạn 4 hồ sơ.
Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,00%.
"""


# ---------------------------------------------------------------- a test PKI and signing helpers

def _name(cn):
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])


def _issue(subject, key, issuer, issuer_key, ca=False, tsa=False):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import ExtendedKeyUsageOID

    start = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    b = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer).public_key(key.public_key())
         .serial_number(x509.random_serial_number()).not_valid_before(start)
         .not_valid_after(start + dt.timedelta(days=3650))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if ca:
        b = b.add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), True)
    else:
        b = b.add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), False)
    if tsa:
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return b.sign(issuer_key, hashes.SHA256())


def _asn1(cert, key):
    from asn1crypto import keys as ak, x509 as ax
    from cryptography.hazmat.primitives import serialization

    return (ax.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            ak.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())))


@pytest.fixture(scope="module")
def pki():
    return make_pki()


def make_pki():
    from cryptography.hazmat.primitives.asymmetric import rsa

    keys = [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(3)]
    root = _issue("Test Root CA", keys[0], _name("Test Root CA"), keys[0], ca=True)
    signer = _issue("Nguyễn Văn Ký", keys[1], root.subject, keys[0])
    tsa = _issue("Test TSA", keys[2], root.subject, keys[0], tsa=True)
    root_a, _ = _asn1(root, keys[0])
    return {"root": root_a, "signer": _asn1(signer, keys[1]), "tsa": _asn1(tsa, keys[2])}


def _signer(pki):
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert, key = pki["signer"]
    return signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                cert_registry=SimpleCertificateStore.from_certs([cert, pki["root"]]))


def _tsa(pki):
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert, key = pki["tsa"]
    return DummyTimeStamper(tsa_cert=cert, tsa_key=key,
                            certs_to_embed=SimpleCertificateStore.from_certs([cert, pki["root"]]))


def _writer(data):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def sign(data, pki, field, enforce=True, timestamp=False, spec=None, **meta) -> bytes:
    from pyhanko.sign import signers

    ps = signers.PdfSigner(signers.PdfSignatureMetadata(field_name=field, **meta), signer=_signer(pki),
                           timestamper=_tsa(pki) if timestamp else None, new_field_spec=spec)
    if not enforce:  # as pyHanko's tests do to sign a document certified "no changes"
        ps._enforce_certification_constraints = lambda _: None
    out = io.BytesIO()
    ps.sign_pdf(_writer(data), output=out)
    return out.getvalue()


def doc_timestamp(data, pki) -> bytes:
    from pyhanko.sign import PdfTimeStamper

    out = io.BytesIO()
    PdfTimeStamper(_tsa(pki)).timestamp_pdf(_writer(data), "sha256", output=out)
    return out.getvalue()


def add_dss(data, pki) -> bytes:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import DocumentSecurityStore

    sig = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures[-1]
    stream = io.BytesIO(data)
    DocumentSecurityStore.add_dss(stream, sig.pkcs7_content, certs=[pki["signer"][0], pki["root"]], strict=False)
    return stream.getvalue()


def fill_text(data, value="Da xem") -> bytes:
    """pyHanko's set_text_field: a value and its appearance stream for the text field."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.content import RawContent
    from pyhanko.pdf_utils.layout import BoxConstraints

    w = _writer(data)
    tf = next(f.get_object() for f in w.root["/AcroForm"]["/Fields"] if f.get_object().get("/FT") == "/Tx")
    ap = RawContent(box=BoxConstraints(height=30, width=200),
                    data=b"q 0 0 1 rg BT /Helv 12 Tf (%s) Tj ET Q" % value.encode("ascii"))
    tf["/V"] = generic.pdf_string(value)
    tf["/AP"] = generic.DictionaryObject({generic.pdf_name("/N"): w.add_object(ap.as_form_xobject())})
    w.update_container(tf)
    return _written(w)


def _written(w) -> bytes:
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def add_annotation(data) -> bytes:
    """A sticky note on page 1 (a comment, not content)."""
    from pyhanko.pdf_utils import generic

    w = _writer(data)
    page_ref = w.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    note = w.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"), generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
        generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (400, 700, 420, 720)]),
        generic.pdf_name("/Contents"): generic.pdf_string("Đã xem"), generic.pdf_name("/P"): page_ref}))
    annots = page.get("/Annots")
    annots = generic.ArrayObject(list(annots) if annots is not None else [])
    annots.append(note)
    page["/Annots"] = annots
    w.update_container(page)
    return _written(w)


def change_content(data) -> bytes:
    from corpus.sign import alter_content

    return alter_content(data)


def tamper_page_tree(data) -> bytes:
    """pyHanko's test_pages_kids_tamper: an empty signature field, and the page tree's /Kids gone."""
    from pyhanko.sign import fields

    w = _writer(data)
    fields.append_signature_field(w, sig_field_spec=fields.SigFieldSpec(sig_field_name="Extra"))
    pages = w.root["/Pages"]
    del pages["/Kids"]
    w.update_container(pages)
    return _written(w)


def tamper_sig_object(data) -> bytes:
    """pyHanko's test_tamper_sig_obj: a key added to the signature dictionary after signing."""
    from pyhanko.pdf_utils import generic

    w = _writer(data)
    sig_obj = w.prev.embedded_signatures[0].sig_object
    sig_obj["/Bleh"] = generic.BooleanObject(False)
    w.update_container(sig_obj)
    return _written(w)


def delete_first_signature(data) -> bytes:
    """pyHanko's test_delete_signature: the first field's signature value removed afterwards."""
    from pyhanko.sign import fields

    w = _writer(data)
    _, _, field = next(fields.enumerate_sig_fields(w))
    del field.get_object()["/V"]
    w.mark_update(field)
    return _written(w)


def new_visible_field_and_sign(data, pki) -> bytes:
    """pyHanko's test_double_sig_add_visible_field_certify (illegal after a certification)."""
    from pyhanko.sign import fields

    from pyhanko.sign import signers

    w = _writer(data)
    fields.append_signature_field(w, fields.SigFieldSpec("SigNew", box=(10, 74, 140, 134)))
    out = io.BytesIO()
    signers.PdfSigner(signers.PdfSignatureMetadata(field_name="SigNew"), signer=_signer(pki)).sign_pdf(w, output=out)
    return out.getvalue()


# ---------------------------------------------------------------- byte-level tampering (issue 14.5)

def _signed_range(data):
    at = data.rfind(b"/ByteRange")
    nums = data[data.find(b"[", at) + 1:data.find(b"]", at)].split()
    a, la, b, lb = map(int, nums)
    return (a, a + la), (b, b + lb)


def flip_bit(data, pos, bit=0) -> bytes:
    out = bytearray(data)
    out[pos] ^= 1 << bit
    return bytes(out)


def rename_byterange(data) -> bytes:
    return data.replace(b"/ByteRange", b"/ByteRangX")


def zero_contents(data) -> bytes:
    (_, gap_start), (gap_end, _) = _signed_range(data)
    return data[:gap_start + 1] + b"0" * (gap_end - gap_start - 2) + data[gap_end - 1:]


def shift_byterange(data, gap=False) -> bytes:
    """The /ByteRange's last length one byte short (the range no longer reaches the end), or with
    ``gap`` its second part starting a byte later: a byte outside the signature left unsigned."""
    at = data.rfind(b"/ByteRange")
    lo, hi = data.find(b"[", at), data.find(b"]", at)
    nums = data[lo + 1:hi].split()
    if gap:
        nums[2] = str(int(nums[2]) + 1).encode()
    nums[3] = str(int(nums[3]) - 1).encode()
    new = b" ".join(nums)
    return data[:lo + 1] + new.ljust(hi - lo - 1) + data[hi:]


# ---------------------------------------------------------------- the cases

@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return make_base(tmp_path_factory.mktemp("tamper"))


def make_base(folder: Path) -> bytes:
    """The report as a PDF with an empty text field (GhiChu) and two empty signature fields."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields

    from corpus.render import render_pdf

    path = render_pdf(REPORT, folder / "report.pdf")
    w = _writer(path.read_bytes())
    page_ref = w.root["/Pages"]["/Kids"][0]
    helv = w.add_object(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Font"), generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
        generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica")}))
    tf = w.add_object(generic.DictionaryObject({
        generic.pdf_name("/FT"): generic.pdf_name("/Tx"), generic.pdf_name("/T"): generic.pdf_string("GhiChu"),
        generic.pdf_name("/Type"): generic.pdf_name("/Annot"), generic.pdf_name("/Subtype"): generic.pdf_name("/Widget"),
        generic.pdf_name("/Rect"): generic.ArrayObject([generic.NumberObject(v) for v in (50, 40, 250, 70)]),
        generic.pdf_name("/F"): generic.NumberObject(4),
        generic.pdf_name("/DA"): generic.pdf_string("/Helv 12 Tf 0 g")}))
    page = page_ref.get_object()
    page["/Annots"] = generic.ArrayObject([tf])
    w.update_container(page)
    w.root["/AcroForm"] = generic.DictionaryObject({
        generic.pdf_name("/Fields"): generic.ArrayObject([tf]),
        generic.pdf_name("/DR"): generic.DictionaryObject({generic.pdf_name("/Font"): generic.DictionaryObject(
            {generic.pdf_name("/Helv"): helv})})})
    w.update_root()
    fields.append_signature_field(w, fields.SigFieldSpec("Sig1"))
    fields.append_signature_field(w, fields.SigFieldSpec("Sig2"))
    return _written(w)


def _cases(base, pki):
    """name -> (bytes, the verdict pyHanko's tests expect: True valid / False not)."""
    from pyhanko.sign import fields

    one = sign(base, pki, "Sig1")
    certified_forms = sign(base, pki, "Sig1", certify=True, docmdp_permissions=fields.MDPPerm.FILL_FORMS)
    certified_none = sign(base, pki, "Sig1", certify=True, docmdp_permissions=fields.MDPPerm.NO_CHANGES)
    locked = sign(base, pki, "SigLock", spec=fields.SigFieldSpec(
        "SigLock", field_mdp_spec=fields.FieldMDPSpec(fields.FieldMDPAction.INCLUDE, fields=["GhiChu"])))
    two = sign(one, pki, "Sig2")
    r1, r2 = _signed_range(one)
    cases = {
        # benign
        "signed once": (one, True),
        "extra signature": (two, True),
        "form filled after signing": (fill_text(one), True),
        "signature timestamp token": (sign(base, pki, "Sig1", timestamp=True), True),
        "DSS update (LTV)": (add_dss(one, pki), True),
        "document timestamp after signing": (doc_timestamp(one, pki), True),
        "PAdES-LTA: DSS then document timestamp": (doc_timestamp(add_dss(sign(base, pki, "Sig1", timestamp=True),
                                                                         pki), pki), True),
        "document timestamp only": (doc_timestamp(base, pki), True),
        "signature with a separate widget annotation": (sign(one, pki, "SigNew", spec=fields.SigFieldSpec(
            "SigNew", combine_annotation=False, box=(20, 20, 80, 40))), True),
        # pyHanko's default policy admits no annotation but signature widgets (its TODO: "allow
        # other annotation modifications, but at level ANNOTATIONS"): a comment is not accepted
        "comment annotation added after signing": (add_annotation(one), False),
        "certified (forms), existing field signed": (sign(certified_forms, pki, "Sig2"), True),
        "certified (forms), form filled": (fill_text(certified_forms), True),
        "unlocked field filled under FieldMDP": (sign(locked, pki, "Sig2"), True),
        # illegal
        "page content changed": (change_content(one), False),
        "page tree tampered": (tamper_page_tree(one), False),
        "signature object tampered": (tamper_sig_object(one), False),
        "certified no-changes, signed again": (sign(certified_none, pki, "Sig2", enforce=False), False),
        "certified (forms), annotation added": (add_annotation(certified_forms), False),
        "certified (forms), new visible field signed": (new_visible_field_and_sign(certified_forms, pki), False),
        "signature deleted afterwards": (delete_first_signature(two), False),
        "locked field filled (FieldMDP)": (fill_text(locked), False),
        "SHA-1 digest (disallowed algorithm)": (sign(base, pki, "Sig1", md_algorithm="sha1"), False),
        "changed after a document timestamp": (change_content(doc_timestamp(one, pki)), False),
        # byte-level tampering of issue 14 point 5
        "last byte flipped": (flip_bit(one, len(one) - 1), False),
        "/ByteRange renamed": (rename_byterange(one), False),
        "/Contents zeroed": (zero_contents(one), False),
        "/ByteRange one byte short": (shift_byterange(one), False),
        "/ByteRange leaving a byte unsigned": (shift_byterange(one, gap=True), False),
        "truncated by 1 byte": (one[:-1], False),
        "truncated before %%EOF": (one[:one.rfind(b"%%EOF")], False),
        "truncated inside the signed revision": (one[:r2[0] + (r2[1] - r2[0]) // 2], False),
        "twice signed, last revision cut": (two[:len(two) - 3000], False),
    }
    rng = random.Random(14)
    for k in range(16):  # bits flipped at seeded places of the signed range, either side of /Contents
        lo, hi = (r1 if k % 2 else r2)
        pos = rng.randrange(lo, hi)
        cases[f"bit {k % 8} flipped at byte {pos}"] = (flip_bit(one, pos, k % 8), False)
    for label, needle in (("in /Type /Sig", b"/Sig"), ("in the xref", b"xref"), ("in the trailer", b"trailer"),
                          ("in startxref", b"startxref")):
        pos = one.rfind(needle) + 1
        cases[f"bit flipped {label}"] = (flip_bit(one, pos), False)
    return cases


def pyhanko_verdict(data: bytes, pki) -> tuple[bool, str]:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    try:
        sigs = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
    except Exception as exc:
        return False, f"unreadable ({type(exc).__name__})"
    if not sigs:
        return False, "no signature"
    notes = []
    for s in sigs:
        ctx = ValidationContext(trust_roots=[pki["root"]], allow_fetching=False)
        try:
            if s.sig_object_type == "/DocTimeStamp":
                st = validate_pdf_timestamp(s, validation_context=ctx)
                ok = st.intact and st.valid and st.trusted and st.docmdp_ok is not False
            else:
                st = validate_pdf_signature(s, signer_validation_context=ctx)
                ok = st.bottom_line
        except Exception as exc:
            return False, f"{s.field_name}: {type(exc).__name__}"
        notes.append(f"{s.field_name}: {'ok' if ok else 'INVALID'}")
        if not ok:
            return False, "; ".join(notes)
    return True, "; ".join(notes)


def docparse_verdict(path: Path):
    report = parse(path)
    bad = [(f.code, f.message) for f in report.findings
           if f.code in ("signature_invalid", "modified_after_signing") and f.severity == "error"]
    verified = [s for s in report.signatures if s.source == "pdf-signature" and s.intact and s.valid and not s.problem]
    return bool(verified) and not bad, bad, report


def test_docparse_agrees_with_pyhanko_on_every_file(base, pki, tmp_path):
    cases = _cases(base, pki)
    rows, disagreements = [], []
    for i, (name, (data, expected)) in enumerate(cases.items()):
        path = tmp_path / f"case{i:02d}.pdf"
        path.write_bytes(data)
        ours, bad, report = docparse_verdict(path)
        theirs, note = pyhanko_verdict(data, pki)
        problems = sorted({s.problem for s in report.signatures if s.problem})
        rows.append(f"{name[:44]:44} expected {'valid' if expected else 'INVALID':7} pyHanko "
                    f"{'valid' if theirs else 'INVALID':7} docparse {'valid' if ours else 'INVALID':7} {problems}")
        if not (ours == theirs == expected):
            disagreements.append((name, expected, theirs, note, ours, bad))
    print("\n" + "\n".join(rows))
    print(f"{len(cases) - len(disagreements)} of {len(cases)} agree")
    assert not disagreements, disagreements


def _problems(data, tmp_path, name="x.pdf"):
    path = tmp_path / name
    path.write_bytes(data)
    report = parse(path)
    return report, {s.problem for s in report.signatures if s.problem}, [
        (f.code, f.severity) for f in report.findings if f.code in ("signature_invalid", "modified_after_signing")]


def test_each_problem_is_named_as_it_is(base, pki, tmp_path):
    from pyhanko.sign import fields

    one = sign(base, pki, "Sig1")
    r1, _ = _signed_range(one)
    assert _problems(flip_bit(one, r1[1] // 2), tmp_path)[1] == {"digest"}
    assert _problems(shift_byterange(one, gap=True), tmp_path)[1] == {"byte_range"}
    assert _problems(change_content(one), tmp_path)[1] == {"modified"}
    none = sign(base, pki, "Sig1", certify=True, docmdp_permissions=fields.MDPPerm.NO_CHANGES)
    report, problems, found = _problems(sign(none, pki, "Sig2", enforce=False), tmp_path)
    assert problems == {"certification"} and ("modified_after_signing", "error") in found
    assert "DocMDP" in " ".join(f.message for f in report.findings)
    report, problems, _ = _problems(sign(base, pki, "Sig1", md_algorithm="sha1"), tmp_path)
    assert problems == {"algorithm"} and "SHA1" in " ".join(f.message for f in report.findings)


def test_document_timestamps_are_timestamps_not_broken_signatures(base, pki, tmp_path):
    report, problems, found = _problems(doc_timestamp(add_dss(sign(base, pki, "Sig1"), pki), pki), tmp_path)
    kinds = [(s.kind, s.signer, s.intact, s.valid) for s in report.signatures if s.source == "pdf-signature"]
    assert kinds == [("signature", "Nguyễn Văn Ký", True, True), ("timestamp", "Test TSA", True, True)]
    assert not problems and all(severity == "info" for _, severity in found)


def test_verdict_given_when_the_pages_cannot_be_read(base, pki, tmp_path):
    """The page tree tampered after signing: no page can be read, the signature verdict is given."""
    from test_errors import run_cli

    path = tmp_path / "pages.pdf"
    path.write_bytes(tamper_page_tree(sign(base, pki, "Sig1")))
    result = run_cli("check", path, "--format", "json")
    assert result.returncode == 1, result.stderr  # an error finding, not "unreadable" (exit 2)
    import json

    report = json.loads(result.stdout)
    assert any("không đọc được các trang" in w for w in report["warnings"]) or report["source"]["pages"]
    assert ["modified_after_signing", "error"] in [[f["code"], f["severity"]] for f in report["findings"]]


def test_signing_stamps_or_an_empty_field_without_a_signature(base, tmp_path):
    """A text-layer PDF that shows signing stamps, or has a signature field, but carries no
    signature that verifies: signature_invalid at error. The same stamps in a TXT: nothing."""
    from corpus.render import render_pdf
    from conftest import seed

    stamped = render_pdf(Path(seed("000")).read_text("utf-8"), tmp_path / "stamped.pdf")
    report = parse(stamped)
    assert [s.source for s in report.signatures if s.source == "stamp-text"]
    assert ("signature_invalid", "error") in [(f.code, f.severity) for f in report.findings]
    assert "signature_invalid" not in {f.code for f in parse(seed("000")).findings}
    _, problems, found = _problems(base, tmp_path, "fields.pdf")
    assert problems == {"missing"} and found == [("signature_invalid", "error")]
