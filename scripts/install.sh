#!/usr/bin/env bash
# Install everything docparse needs on a fresh Debian machine with Python 3.11:
# Debian packages (OCR engine with the Vietnamese model, fonts for the corpus renders,
# PostgreSQL for the store tests, Chromium for the browser test, headless LibreOffice to convert
# legacy .doc/.xls files), then the package itself.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="tesseract-ocr tesseract-ocr-vie fonts-dejavu-core postgresql chromium libreoffice-writer-nogui libreoffice-calc-nogui"
missing=""
for p in $APT_PACKAGES; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e ".[dev]"
