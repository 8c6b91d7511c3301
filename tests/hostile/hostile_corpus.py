"""A hostile corpus, made at test time (nothing large is committed): every way a file a stranger sends
can be wrong — not text, damaged, encrypted, cut short, huge, a bomb, a trap in the file system.

    python tests/hostile/hostile_corpus.py OUTDIR     # writes every case and prints the list

Each case is (name, expectation, builder): the builder writes the file (or folder, link, pipe) into
a folder and returns its path; the expectation says what docparse must answer:
``error`` (exit 2, one line on stderr), ``report`` (a valid Report: the input is really readable),
or ``either`` (a damaged file that may still be partly readable: a Report or a one-line error).
"""
from __future__ import annotations

import io
import os
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpus" / "seeds" / "002_ad5a9e7cab460c97.txt"
PHRASE = "Tỷ lệ hồ sơ nộp trực tuyến đạt 87,62% (50.133/57.219 hồ sơ). "

PROSE = ("Trong kỳ, Trung tâm Phục vụ hành chính công tiếp tục hướng dẫn người dân thực hiện thủ tục "
         "trên Cổng dịch vụ công, bảo đảm công khai, minh bạch và đúng quy định; đã tiếp nhận 1.250 hồ sơ. ")
GERMAN = ("Über die Größe der Bürgerämter äußerten sich die Bürgermeister; für Gemeinden, Städte und "
          "Dörfer müssen Änderungen geprüft werden. Schöne Grüße aus Köln: Öffentliche Straßen, Plätze "
          "und Brücken über Flüsse wurden 2024 zu 87,6 Prozent erneuert. ") * 12
FRENCH = ("Le ministère a reçu des dossiers déjà traités; l'élève, la façade, où, là, être, Noël, maïs "
          "et cœur. Près de 87,6 % des démarches sont désormais faites en ligne. ") * 12


def seed_text() -> str:
    return SEED.read_text("utf-8")


# ---- PDF helpers -----------------------------------------------------------------------------

def text_pdf(text: str = PHRASE * 3, pages: int = 1, size=(595, 842), encrypt=None) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    sys.path.insert(0, str(ROOT))
    from corpus.render import font_path

    if "DejaVu" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVu", str(font_path("DejaVuSans.ttf"))))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, encrypt=encrypt)
    for _ in range(pages):
        c.setFont("DejaVu", 10)
        y = size[1] - 60
        for line in text.splitlines() or [""]:
            c.drawString(40, y, line[:110])
            y -= 14
            if y < 40:
                break
        c.showPage()
    c.save()
    return buf.getvalue()


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies, with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def page_pdf(width: float, height: float, content: bytes = b"", resources: bytes = b"<< >>",
             extra: list[bytes] | None = None) -> bytes:
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %s %s] /Contents 4 0 R /Resources %s >>"
            % (str(width).encode(), str(height).encode(), resources),
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    return raw_pdf(objs + (extra or []))


def zero_page_pdf() -> bytes:
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])


def lying_count_pdf() -> bytes:
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 2000000000 >>"])


def many_pages_pdf(n: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(n))
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
            b"<< /Length 0 >>\nstream\n\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 3 0 R >>"] * n
    return raw_pdf(objs)


def image_bomb_pdf(side: int = 30000) -> bytes:
    """A letter page painting one gray image of side×side pixels (900 MB) deflated to under 1 MB."""
    comp = zlib.compressobj(9)
    row_block = b"\xff" * (side * 256)
    data = b"".join(comp.compress(row_block) for _ in range(side // 256)) + comp.flush()
    image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (side, side, len(data))
             + data + b"\nendstream")
    content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
    return page_pdf(595, 842, content, b"<< /XObject << /Im0 5 0 R >> >>", [image])


def flip_bytes(data: bytes, count: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    out = bytearray(data)
    for _ in range(count):
        i = rnd.randrange(len(out) // 10, len(out))
        out[i] ^= 1 << rnd.randrange(8)
    return bytes(out)


# ---- DOCX helpers ----------------------------------------------------------------------------

def docx_bytes(text: str = PHRASE * 3) -> bytes:
    import docx

    d = docx.Document()
    for line in text.splitlines():
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def replace_part(data: bytes, name: str, content: bytes | None, extra: dict | None = None) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename == name:
                if content is not None:
                    dst.writestr(name, content)
            else:
                dst.writestr(info, src.read(info))
        for k, v in (extra or {}).items():
            dst.writestr(k, v)
    return buf.getvalue()


def docx_zip_bomb(inflated: int = 1 << 30) -> bytes:
    """document.xml inflating to ``inflated`` bytes of whitespace inside a paragraph (streamed)."""
    base = docx_bytes()
    src = zipfile.ZipFile(io.BytesIO(base))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename != "word/document.xml":
                dst.writestr(info, src.read(info))
        head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w='
                b'"http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>')
        tail = b"</w:t></w:r></w:p></w:body></w:document>"
        with dst.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(head)
            block = b" " * (1 << 20)
            for _ in range(inflated >> 20):
                fh.write(block)
            fh.write(tail)
    return buf.getvalue()


def docx_lying_sizes() -> bytes:
    """A part whose directory entry claims a small size but whose stream inflates to 200 MB."""
    data = bytearray(docx_zip_bomb(200 << 20))
    # patch the central directory's uncompressed size of word/document.xml to 1 KB
    name = b"word/document.xml"
    at = data.rfind(b"PK\x01\x02")
    while at != -1:
        n = struct.unpack("<H", data[at + 28:at + 30])[0]
        if data[at + 46:at + 46 + n] == name:
            if struct.unpack("<I", data[at + 24:at + 28])[0] != 0xFFFFFFFF:
                data[at + 24:at + 28] = struct.pack("<I", 1024)
            break
        at = data.rfind(b"PK\x01\x02", 0, at)
    return bytes(data)


def docx_many_parts(n: int = 20000) -> bytes:
    base = docx_bytes()
    return replace_part(base, "__none__", None, {f"customXml/bomb{i}.xml": b"<a/>" for i in range(n)})


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>T\xe1\xbb\xb7 l\xe1\xbb\x87 &lol9;</w:t></w:r></w:p></w:body></w:document>"""

SECRET = "SECRET-7f3a9c"  # the content of a local file an external entity points at: never read
XXE = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE d [<!ENTITY secret SYSTEM "file://SECRET_PATH">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>T\xe1\xbb\xb7 l\xe1\xbb\x87 \xc4\x91\xe1\xba\xa1t 87,62% &secret;</w:t></w:r></w:p></w:body></w:document>"""


# ---- images ----------------------------------------------------------------------------------

def png_bomb(side: int = 60000) -> bytes:
    """A 1-bit PNG of side×side pixels (450 MB as 8-bit gray) in a few hundred KB."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    row = b"\x00" + b"\xff" * ((side + 7) // 8)
    comp = zlib.compressobj(9)
    data = b"".join(comp.compress(row * 64) for _ in range(side // 64)) + comp.flush()
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", data) + chunk(b"IEND", b"")


def png_huge_header() -> bytes:
    """A PNG header claiming 2^31-1 × 2^31-1 pixels, with no image data."""
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", 2**31 - 1, 2**31 - 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def small_png() -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("L", (300, 100), 255).save(buf, "PNG")
    return buf.getvalue()


def tiff_many_frames(n: int = 3000) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    frames = [Image.new("1", (8, 8), 1) for _ in range(n)]
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


# ---- the cases -------------------------------------------------------------------------------

def _w(name, data):
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data() if callable(data) else data)
        return path
    return build


def _text(name, text, encoding="utf-8"):
    return _w(name, lambda: text.encode(encoding) if isinstance(text, str) else text)


def _truncated(fraction):
    def data():
        full = text_pdf(seed_text(), pages=2)
        return full[: max(1, int(len(full) * fraction))]
    return data


def _symlink_loop(folder: Path) -> Path:
    a, b = folder / "loop_a.pdf", folder / "loop_b.pdf"
    for link, target in ((a, b), (b, a)):
        if not link.is_symlink():
            link.symlink_to(target.name)
    return a


def _broken_symlink(folder: Path) -> Path:
    link = folder / "dangling.docx"
    if not link.is_symlink():
        link.symlink_to("does-not-exist.docx")
    return link


def _folder(folder: Path) -> Path:
    path = folder / "a_folder.pdf"
    path.mkdir(exist_ok=True)
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    if not path.exists():
        os.mkfifo(path)
    return path


def _random(n, seed=7):
    return lambda: random.Random(seed).randbytes(n)


def _encrypted(user: str):
    from reportlab.lib import pdfencrypt

    return lambda: text_pdf(encrypt=pdfencrypt.StandardEncryption(user, ownerPassword="owner-secret"))


CASES = [
    # not text
    ("nul_bytes.txt", "error", _w("nul_bytes.txt", b"\x00" * 1000)),
    ("random_bytes.txt", "error", _w("random_bytes.txt", _random(4000))),
    ("random_bytes.pdf", "error", _w("random_bytes.pdf", _random(4000, 8))),
    ("random_bytes.docx", "error", _w("random_bytes.docx", _random(4000, 9))),
    ("no_letters.txt", "error", _text("no_letters.txt", "12 34 56,7 %\n-- 89/90 ...\n" * 40)),
    ("empty.txt", "error", _w("empty.txt", b"")),
    ("whitespace.txt", "error", _w("whitespace.txt", b" \n\t\r\n" * 100)),
    ("elf_binary.txt", "error", lambda folder: _w("elf_binary.txt", Path(sys.executable).read_bytes()[:65536])(folder)),
    # text in other encodings and languages (readable; never converted as a legacy encoding)
    ("utf16_bom.txt", "report", _text("utf16_bom.txt", seed_text(), "utf-16")),
    ("utf16le_no_bom.txt", "report", _text("utf16le_no_bom.txt", seed_text(), "utf-16-le")),
    ("latin1_german.txt", "report", _text("latin1_german.txt", GERMAN, "latin-1")),
    ("german.txt", "report", _text("german.txt", GERMAN)),
    ("french.txt", "report", _text("french.txt", FRENCH)),
    ("text_with_nul.txt", "error", _w("text_with_nul.txt", lambda: seed_text().encode()[:2000] + b"\x00" * 50)),
    # huge or pathological text
    ("digits_4000.txt", "report", _text("digits_4000.txt", PHRASE + "7" * 4000 + " hồ sơ.\n" + PHRASE)),
    ("digits_9450.txt", "report", _text("digits_9450.txt", PHRASE + "7" * 9450 + " hồ sơ.\n" + PHRASE)),
    ("digits_1mb.txt", "report", _text("digits_1mb.txt", PHRASE + "1" * 1_000_000 + "\n")),
    ("one_line_1mb.txt", "report", _text("one_line_1mb.txt", PROSE * (1_000_000 // len(PROSE.encode())))),
    ("one_line_1mb_dense.txt", "either", _text("one_line_1mb_dense.txt", PHRASE * (1_000_000 // len(PHRASE)))),
    ("dense_numbers_1mb.txt", "either", _text("dense_numbers_1mb.txt", "Tỷ lệ " + "1 2,5% " * 140_000)),
    ("spaces_1mb.txt", "report", _text("spaces_1mb.txt", PHRASE + " " * 1_000_000 + PHRASE)),
    ("one_line_6mb.txt", "error", _text("one_line_6mb.txt", PHRASE * (6_000_000 // len(PHRASE)))),
    ("huge_fraction.txt", "report", _text("huge_fraction.txt",
                                          PHRASE + "Số hồ sơ (999999999999999999999999999999/1) hồ sơ.\n")),
    ("huge_percent.txt", "report", _text("huge_percent.txt", PHRASE + "đạt 1" + "0" * 400 + "%.\n")),
    ("deep_html.html", "either", _text("deep_html.html",
                                       "<html><body>" + "<div>" * 200_000 + PHRASE + "</div>" * 200_000)),
    ("html_many_tags.html", "report", _text("html_many_tags.html",
                                            "<html><body>" + "<p>" + PHRASE + "</p><br>" * 50_000 + "</body></html>")),
    # wrong names
    ("pdf_named.txt", "report", _w("pdf_named.txt", lambda: text_pdf(seed_text()))),
    ("docx_named.pdf", "error", _w("docx_named.pdf", lambda: docx_bytes())),
    ("text_named.docx", "error", _text("text_named.docx", seed_text())),
    ("text_named.pdf", "error", _text("text_named.pdf", seed_text())),
    ("text_named.png", "either", _text("text_named.png", seed_text())),
    ("zip_named.docx", "error", _w("zip_named.docx", lambda: replace_part(docx_bytes(), "word/document.xml", None))),
    # PDFs: encrypted, cut short, damaged, empty, huge
    ("encrypted_user_password.pdf", "error", _w("encrypted_user_password.pdf", _encrypted("secret"))),
    ("encrypted_owner_only.pdf", "report", _w("encrypted_owner_only.pdf", _encrypted(""))),
    ("truncated_header.pdf", "error", _w("truncated_header.pdf", _truncated(0.002))),
    ("truncated_10.pdf", "error", _w("truncated_10.pdf", _truncated(0.10))),
    ("truncated_40.pdf", "either", _w("truncated_40.pdf", _truncated(0.40))),
    ("truncated_80.pdf", "either", _w("truncated_80.pdf", _truncated(0.80))),
    ("truncated_last_byte.pdf", "either", _w("truncated_last_byte.pdf", lambda: text_pdf(seed_text())[:-8])),
    ("flipped_bytes_10.pdf", "either", _w("flipped_bytes_10.pdf", lambda: flip_bytes(text_pdf(seed_text()), 10, 1))),
    ("flipped_bytes_500.pdf", "either", _w("flipped_bytes_500.pdf", lambda: flip_bytes(text_pdf(seed_text()), 500, 2))),
    ("zero_pages.pdf", "error", _w("zero_pages.pdf", zero_page_pdf)),
    ("lying_page_count.pdf", "error", _w("lying_page_count.pdf", lying_count_pdf)),
    ("many_pages.pdf", "error", _w("many_pages.pdf", lambda: many_pages_pdf(2500))),
    ("huge_page_no_text.pdf", "error", _w("huge_page_no_text.pdf", lambda: page_pdf(14400, 14400))),
    ("huge_page_with_text.pdf", "report", _w("huge_page_with_text.pdf",
                                             lambda: text_pdf(seed_text(), size=(14400, 14400)))),
    ("page_2e31_tall.pdf", "error", _w("page_2e31_tall.pdf", lambda: page_pdf(612, 2**31))),
    ("page_negative_box.pdf", "error", _w("page_negative_box.pdf", lambda: page_pdf(-1e30, 1e30))),
    ("image_bomb.pdf", "error", _w("image_bomb.pdf", image_bomb_pdf)),
    ("blank_page.pdf", "error", _w("blank_page.pdf", lambda: page_pdf(595, 842))),
    # DOCX: bombs and entity tricks
    ("zip_bomb.docx", "error", _w("zip_bomb.docx", docx_zip_bomb)),
    ("zip_bomb_lying_sizes.docx", "error", _w("zip_bomb_lying_sizes.docx", docx_lying_sizes)),
    ("many_parts.docx", "error", _w("many_parts.docx", docx_many_parts)),
    ("billion_laughs.docx", "either", _w("billion_laughs.docx",
                                         lambda: replace_part(docx_bytes(), "word/document.xml", BILLION_LAUGHS))),
    ("external_entity.docx", "either", lambda folder: _w("external_entity.docx", lambda: (
        (folder / "secret.txt").write_text(SECRET), replace_part(docx_bytes(), "word/document.xml", XXE.replace(
            b"SECRET_PATH", str(folder / "secret.txt").encode())))[1])(folder)),
    ("truncated.docx", "error", _w("truncated.docx", lambda: docx_bytes(seed_text())[:3000])),
    ("flipped_bytes.docx", "either", _w("flipped_bytes.docx", lambda: flip_bytes(docx_bytes(seed_text()), 30, 3))),
    # images
    ("png_bomb.png", "error", _w("png_bomb.png", png_bomb)),
    ("png_huge_header.png", "error", _w("png_huge_header.png", png_huge_header)),
    ("png_blank.png", "error", _w("png_blank.png", small_png)),
    ("truncated.jpg", "error", _w("truncated.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40)),
    ("tiff_many_frames.tiff", "error", _w("tiff_many_frames.tiff", lambda: tiff_many_frames(2500))),
    # the file system
    ("symlink_loop.pdf", "error", _symlink_loop),
    ("broken_symlink.docx", "error", _broken_symlink),
    ("folder.pdf", "error", _folder),
    ("fifo.txt", "error", _fifo),
    ("missing.txt", "error", lambda folder: folder / "missing.txt"),
]


def build_all(folder: Path, names=None) -> dict[str, tuple[str, Path]]:
    folder.mkdir(parents=True, exist_ok=True)
    return {name: (expect, build(folder)) for name, expect, build in CASES if names is None or name in names}


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    for name, (expect, path) in build_all(out).items():
        size = path.stat().st_size if path.is_file() and not path.is_symlink() else 0
        print(f"{name:32} {expect:7} {size:>12,}")
