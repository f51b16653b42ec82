#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter for Rasa 3.6, or explains what to install.
set -u
is310() { [ -x "$1" ] && [ "$("$1" -c 'import sys; print(sys.version_info[:2] == (3, 10))' 2>/dev/null)" = True ]; }

if [ -n "${PYTHON310:-}" ]; then
    if is310 "$PYTHON310"; then echo "$PYTHON310"; exit 0; fi
    echo "PYTHON310=$PYTHON310 is not a Python 3.10 interpreter." >&2
    exit 1
fi
if p=$(command -v python3.10 2>/dev/null) && is310 "$p"; then echo "$p"; exit 0; fi
for p in "$HOME"/.pyenv/versions/3.10*/bin/python; do
    if is310 "$p"; then echo "$p"; exit 0; fi
done
if command -v uv >/dev/null 2>&1 && p=$(uv python find 3.10 2>/dev/null) && is310 "$p"; then echo "$p"; exit 0; fi

cat >&2 <<'MSG'
Python 3.10 was not found. Rasa 3.6 runs only on Python 3.8-3.10; this project uses 3.10.
Install one of these, then run the command again:
  - pyenv:       pyenv install 3.10.13
  - Debian/Ubuntu: apt-get install python3.10 python3.10-venv   (deadsnakes PPA on Ubuntu)
  - uv:          uv python install 3.10
or point PYTHON310 at an existing interpreter: PYTHON310=/path/to/python3.10 make setup
MSG
exit 1
