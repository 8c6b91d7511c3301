#!/usr/bin/env bash
# Install docparse on a fresh Debian machine with Python 3.11.
#   bash scripts/install.sh          what the main job needs: Tesseract with the Vietnamese model
#                                    (scans), DejaVu fonts (the annotated copies' summary page),
#                                    headless LibreOffice (legacy .doc/.xls), then the package.
#   bash scripts/install.sh --test   also what only the tests need: PostgreSQL (the store tests),
#                                    Chromium (the browser tests) and the dev extras (pytest,
#                                    Playwright, psutil, jsonschema). .ci/run uses this.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="tesseract-ocr tesseract-ocr-vie fonts-dejavu-core libreoffice-writer-nogui libreoffice-calc-nogui"
EXTRAS=""
if [ "${1:-}" = "--test" ]; then
  APT_PACKAGES="$APT_PACKAGES postgresql chromium"
  EXTRAS="[dev]"
elif [ -n "${1:-}" ]; then
  echo "scripts/install.sh: unknown option ${1} (only --test)" >&2
  exit 2
fi
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
python3 -m pip install -q --disable-pip-version-check -e ".$EXTRAS"
