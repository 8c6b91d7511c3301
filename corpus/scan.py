"""Scanned versions of the seed renders: rotation within ±1°, noise, JPEG artefacts, 200 or 300 dpi,
saved as image-only PDFs; and English-model OCR text of them (`tesseract -l eng`, the seed 004 style).

    python -m corpus.scan RENDERED_DIR OUTDIR
"""
from __future__ import annotations

import io
import random
import subprocess
import sys
from pathlib import Path


def scan_pdf(pdf: Path, out: Path, dpi: int = 300, seed: int = 0, quality: int = 55) -> Path:
    """An image-only PDF that looks like a page run through an office scanner."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    rng = random.Random(seed)
    doc = pdfium.PdfDocument(str(pdf))
    pages = []
    for page in doc:
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(rng.uniform(-1, 1), resample=Image.BICUBIC, expand=False, fillcolor=255)
        pixels = np.asarray(image, dtype=np.float32)
        noise = np.random.default_rng(seed).normal(0, 12, pixels.shape)
        pixels = np.clip(pixels + noise, 0, 255).astype(np.uint8)
        buffer = io.BytesIO()
        Image.fromarray(pixels).save(buffer, "JPEG", quality=quality)  # JPEG artefacts
        pages.append(Image.open(io.BytesIO(buffer.getvalue())).convert("L"))
    doc.close()
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return out


def english_ocr_text(scanned_pdf: Path, out: Path, dpi: int = 300) -> Path:
    """Text as an English-model OCR returns it: accents gone, letters garbled."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(scanned_pdf))
    texts = []
    for page in doc:
        buffer = io.BytesIO()
        page.render(scale=dpi / 72, grayscale=True).to_pil().save(buffer, "PNG")
        result = subprocess.run(["tesseract", "stdin", "stdout", "-l", "eng"], input=buffer.getvalue(),
                                capture_output=True, check=True, env={"OMP_THREAD_LIMIT": "1", "PATH": "/usr/bin:/bin"})
        texts.append(result.stdout.decode("utf-8", "replace"))
    doc.close()
    out.write_text("\f".join(texts), "utf-8")
    return out


if __name__ == "__main__":
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    dst.mkdir(parents=True, exist_ok=True)
    for i, pdf in enumerate(sorted(src.glob("00[0-3].pdf"))):
        scanned = scan_pdf(pdf, dst / f"{pdf.stem}-scan300.pdf", 300, seed=i)
        print(scanned, english_ocr_text(scanned, dst / f"{pdf.stem}-eng.txt"))
