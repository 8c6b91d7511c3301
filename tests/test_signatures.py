"""Signed PDFs: who signed, when, what each signature covers, and changes after signing (issue 5)."""
import json
from pathlib import Path

import pytest

from corpus.gold import report_keys
from docparse import parse

SIGNED = Path(__file__).resolve().parents[1] / "corpus" / "signed"
EXPECTED = json.loads((SIGNED / "expected.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def variants(rendered, tmp_path_factory):
    """Made afresh with new keys, so the committed files are not the only evidence."""
    from corpus.sign import make_variants

    return make_variants(rendered, tmp_path_factory.mktemp("signed"))


def _summary(report):
    sigs = [[s.signer, s.field, s.covers_whole_document, s.intact, s.valid]
            for s in report.signatures if s.source == "pdf-signature"]
    found = [[f.code, f.severity] for f in report.findings if f.code in ("signature_invalid",
                                                                          "modified_after_signing")]
    return {"signatures": sigs, "findings": found}


@pytest.mark.parametrize("name", ["one", "two", "altered", "corrupted"])
def test_variant_gives_exactly_the_expected_signatures(name, variants):
    assert _summary(parse(variants[name])) == EXPECTED[name]
    assert _summary(parse(SIGNED / f"000-signed-{name}.pdf")) == EXPECTED[name]  # the committed copy


def test_signer_details_and_offline_trust(variants):
    sig = [s for s in parse(variants["one"]).signatures if s.source == "pdf-signature"][0]
    assert sig.email == "hoangvanthuc@example.gov.vn" and sig.signed_at
    assert "offline" in sig.trust


def test_what_changed_after_signing_is_shown(variants):
    finding = [f for f in parse(variants["altered"]).findings if f.code == "modified_after_signing"][0]
    assert "Sua doi 99,99%" in finding.message


def test_signed_000_gives_the_same_facts_and_none_from_stamps(variants, rendered):
    signed = parse(variants["two"])
    assert report_keys(signed) == report_keys(parse(rendered / "000.pdf"))
    assert not any("đã ký" in f.evidence.text or "+0700" in f.evidence.text for f in signed.facts)
    stamps = [s for s in signed.signatures if s.source == "stamp-text"]
    assert [s.signer for s in stamps] == ["Hoàng Văn Thực", "VĂN PHÒNG", "VĂN PHÒNG", "VĂN PHÒNG"]
    assert stamps[0].signed_at == "2025-09-22T18:29:20+07:00"


def test_damaged_signed_pdf_is_still_read(variants, rendered, tmp_path):
    """Cutting the last 3000 bytes of the twice-signed file damages only its last revision: the
    document and the first signed revision are whole, so the input can be read (not exit 2). What is
    left of the last revision is a signature field (Signature2) whose value has a cut /Contents and no
    /ByteRange: a signature that does not verify, i.e. `signature_invalid` (contract §4), an error as
    for the corrupted variant (corpus/signed/expected.json); `check` with its default --fail-on error
    therefore exits 1 (contract §1). The first signature still verifies but no longer covers the whole
    file."""
    data = variants["two"].read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(data[: len(data) - 3000])  # the last revision is cut off
    from test_errors import run_cli

    result = run_cli("check", cut, "--format", "json")
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, (result.returncode, result.stderr)
    report = json.loads(result.stdout)
    assert report["warnings"]
    parsed = parse(cut)
    assert report_keys(parsed) == report_keys(parse(rendered / "000.pdf"))
    assert ["signature_invalid", "error"] in _summary(parsed)["findings"]
    assert ["Hoàng Văn Thực", "Signature1", False, True, True] in _summary(parsed)["signatures"]
