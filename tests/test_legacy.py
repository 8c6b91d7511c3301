"""Legacy-encoded (TCVN3, VNI) versions of the seed texts give the same facts as the Unicode ones."""
import subprocess

import pytest

from corpus.gold import report_keys
from docparse import parse
from docparse.extractors.legacy import decode

from conftest import seed


def tcvn3_as_extracted(text: str) -> str:
    """Encode with glibc's own TCVN 5712 table (independent of docparse's), read as Windows text."""
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1//TRANSLIT"], input=text.encode(),
                          capture_output=True, check=True).stdout
    return data.decode("cp1252", errors="replace")


def vni_as_extracted(text: str) -> str:
    from docparse.data import load

    table = load("legacy_encodings")["VNI"]
    return "".join(table.get(ch, ch) for ch in text)


def test_vni_decoding_matches_a_published_example():
    # the example of the 'vietnamese-conversion' package's documentation
    assert decode("Xin chaøo caùc baïn", "VNI") == "Xin chào các bạn"


@pytest.mark.parametrize("encoding", ["TCVN3", "VNI"])
@pytest.mark.parametrize("prefix", ["000", "001", "002", "003"])
def test_legacy_text_gives_the_same_facts(prefix, encoding, tmp_path):
    text = seed(prefix).read_text("utf-8")
    legacy = tcvn3_as_extracted(text) if encoding == "TCVN3" else vni_as_extracted(text)
    assert legacy != text
    path = tmp_path / f"{prefix}-{encoding}.txt"
    path.write_text(legacy, "utf-8")
    report = parse(path)
    assert any(encoding in w for w in report.warnings)
    assert report_keys(report) == report_keys(parse(seed(prefix)))


@pytest.mark.parametrize("text", [
    "Schöne Grüße aus Köln; für Männer und Frauen gleichermaßen. Öffentliche Straßen, Plätze, Brücken über Flüsse. ",
    "Le ministère a reçu des dossiers déjà traités; élève, façade, où, là, être, noël, maïs, cœur. ",
    "Año de la reforma: el señor López y la señora Muñoz están en Bogotá; niños, pequeño, mañana. ",
    "Einführung in die Geometrie und Topologie. Vorwort: Dieses Skript wurde im Wintersemester für Übungen "
    "geschrieben; Größen, Maße und Flächen müssen geprüft werden. ",
])
def test_text_in_another_language_is_never_taken_for_a_legacy_encoding(text):
    """German, French and Spanish letters (ä ö ü ß ç ñ ...) are the noise a legacy font leaves too; the
    rule before issue 14 turned each of these into 'TCVN3' Vietnamese (the German book of py-pdf's
    sample files among them). Converted text must split into Vietnamese syllables, in enough words."""
    from docparse.extractors.base import Line
    from docparse.extractors.legacy import convert_legacy

    lines = [Line(text * 5, 1, 1)]
    assert convert_legacy(lines)[1] is None
    assert convert_legacy([Line("yë¶ … ", 1, 1)])[1] is None  # a few stray glyphs (pdf.js issue7507) tell nothing
