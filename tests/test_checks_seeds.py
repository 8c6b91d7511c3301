"""The seeds' real mistakes are found, and nothing else at error or warning level (issue 3)."""
from docparse import parse

from conftest import seed


def findings(prefix):
    return parse(seed(prefix)).findings


def serious(fs):
    return [f for f in fs if f.severity in ("error", "warning")]


def test_002_ratio_and_complement():
    fs = findings("002")
    ratio = [f for f in fs if f.code == "ratio_mismatch"]
    assert [(f.stated, f.expected, f.severity) for f in ratio] == [(47.14, 43.14, "error")]
    assert "47,14% nhưng 121.170/280.859 = 43,14%" in ratio[0].message
    comp = [f for f in fs if f.code == "complement_mismatch"]
    assert len(comp) == 1 and comp[0].stated == 104.0
    assert {f.code for f in serious(fs)} == {"ratio_mismatch", "complement_mismatch"}


def test_003_wrong_ward_name_and_blank_parts():
    fs = findings("003")
    names = [f for f in fs if f.code in ("inconsistent_name", "unknown_unit")]
    assert len(names) == 1 and "Thạch Khê" in names[0].message and "Thạch Khôi" in names[0].message
    assert names[0].evidence.line == 73
    blank = {f.message for f in fs if f.code == "draft_incomplete" and f.severity == "info"}
    assert {"Chưa điền số văn bản", "Chưa điền ngày ban hành"} <= blank
    assert [f.code for f in serious(fs)] == ["inconsistent_name"]


def test_001_cyrillic_in_resolution_number():
    fs = findings("001")
    mixed = [f for f in fs if f.code == "mixed_script"]
    assert len(mixed) == 1 and "NQ-СР" in mixed[0].message and mixed[0].evidence.line == 85
    assert [f.code for f in serious(fs)] == ["mixed_script"]


def test_000_and_004_have_no_error_or_warning():
    assert serious(findings("000")) == []
    assert serious(findings("004")) == []


def test_003_on_time_rate_uses_the_official_convention():
    # 99,98% = 4.871 / (4.874 - 1 rejected - 1 withdrawn); over all 4.874 it would be 99,94%
    fs = findings("003")
    assert not [f for f in fs if f.code == "ratio_mismatch"]
