#!/usr/bin/env bash
# Installs Debian's Chromium for the console's browser tests (Playwright drives it through
# executable_path; Playwright's own browser download is not used). Idempotent: does nothing
# when /usr/bin/chromium is already there.
set -euo pipefail

CHROMIUM=/usr/bin/chromium
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo -n"
  else
    echo "install-browser: $CHROMIUM is missing and this is not root (no sudo): install the 'chromium' package" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "install-browser: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
echo "install-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium installed)"
