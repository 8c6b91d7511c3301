"""Legacy Office files (.doc Word 97, .xls Excel 97) through a headless LibreOffice conversion to
.docx / .xlsx (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui; scripts/install.sh)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import DocparseError, UnreadableDocument
from ..i18n import t

TIMEOUT = 180  # seconds for one conversion (LibreOffice's first start is slow)


def soffice() -> str:
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise DocparseError(t("err.office_missing"))


def convert(data: bytes, suffix: str, target: str) -> bytes:
    """The bytes of ``data`` (a ``suffix`` file) converted by LibreOffice to ``target`` (docx, xlsx)."""
    exe = soffice()
    with tempfile.TemporaryDirectory(prefix="docparse-lo-") as tmp:
        src = Path(tmp) / f"in{suffix}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", target, "--outdir", tmp, str(src)]
        try:
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired as exc:
            raise UnreadableDocument(t("err.office_timeout", suffix=suffix, seconds=TIMEOUT)) from exc
        out = Path(tmp) / f"in.{target}"
        if not out.exists() or out.stat().st_size == 0:
            raise UnreadableDocument(t("err.office_failed", suffix=suffix))
        return out.read_bytes()
