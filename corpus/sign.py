"""Signed variants of the seed renders, made offline with a locally generated test certificate:
one signature; two signatures in incremental updates (like seed 000's stamps); a copy whose page
content was altered after signing; a copy with a corrupted signature.

    python -m corpus.sign RENDERED_DIR OUTDIR
"""
from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path


def make_identity(common_name: str, email: str):
    """A self-signed certificate and key (test only)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from asn1crypto import keys as ak, x509 as ax

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                      x509.NameAttribute(NameOID.EMAIL_ADDRESS, email),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")])
    now = dt.datetime(2025, 9, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    cert_der = cert.public_bytes(serialization.Encoding.DER)
    key_der = key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return ax.Certificate.load(cert_der), ak.PrivateKeyInfo.load(key_der)


def sign(data: bytes, identity, field: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    cert, key = identity
    signer = signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                  cert_registry=SimpleCertificateStore.from_certs([cert]))
    out = io.BytesIO()
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=field), signer=signer, output=out)
    return out.getvalue()


def alter_content(data: bytes) -> bytes:
    """An incremental update that adds text to page 1's content after signing."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    font = next(iter(page["/Resources"]["/Font"]))  # a font the page already has
    stream = generic.StreamObject(stream_data=b"q BT " + font.encode() + b" 12 Tf 72 40 Td (Sua doi 99,99%) Tj ET Q")
    ref = writer.add_object(stream)
    contents = page.raw_get("/Contents")  # keep the reference, not the resolved stream
    array = generic.ArrayObject(list(contents) if isinstance(contents, generic.ArrayObject) else [contents])
    array.append(ref)
    page["/Contents"] = array
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def corrupt_signature(data: bytes) -> bytes:
    """Flip bytes inside the signed range of the last signature (the content no longer matches)."""
    at = data.rfind(b"/ByteRange")
    start = data.find(b"[", at) + 1
    first_len = int(data[start:data.find(b"]", start)].split()[1])
    target = first_len // 2
    out = bytearray(data)
    while chr(out[target]).isspace() or out[target] in b"()<>[]/%":
        target += 1
    out[target] = ord("X") if out[target] != ord("X") else ord("Y")
    return bytes(out)


def make_variants(rendered: Path, outdir: Path) -> dict[str, Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    official = make_identity("Hoàng Văn Thực", "hoangvanthuc@example.gov.vn")
    office = make_identity("VĂN PHÒNG", "vpubnd@example.gov.vn")
    base = (rendered / "000.pdf").read_bytes()
    one = sign(base, official, "Signature1")
    two = sign(one, office, "Signature2")
    variants = {"one": one, "two": two, "altered": alter_content(one), "corrupted": corrupt_signature(one)}
    paths = {}
    for name, data in variants.items():
        path = outdir / f"000-signed-{name}.pdf"
        path.write_bytes(data)
        paths[name] = path
    return paths


if __name__ == "__main__":
    for name, path in make_variants(Path(sys.argv[1]), Path(sys.argv[2])).items():
        print(name, path)
