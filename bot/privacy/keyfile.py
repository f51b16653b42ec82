"""Key files in the data dir: one key per line, newest first, mode 0600.

Shared by the reply-handle keys (handles.py) and the master keys of conversation data keys
(datakeys.py). A deployment that sets the keys by environment never writes a file.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path


def _temp(path: Path, keys: list[bytes]) -> Path:
    # A name of its own per process and thread: concurrent writers never share a temp file.
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(b"\n".join(keys) + b"\n")
    return tmp


def write(path: Path, keys: list[bytes]) -> None:
    """Replaces the file at once (readers see the old or the new list, never half of one)."""
    os.replace(_temp(path, keys), path)


def create(path: Path, generate: Callable[[], bytes]) -> None:
    """First use: exactly one key file, even when several requests (or processes) race to
    create it; a loser must read the winner's key, or what it encrypts could never be read."""
    tmp = _temp(path, [generate()])
    try:
        os.link(tmp, path)  # atomic, and fails if the file exists
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp)


def load(path: Path, configured: str, generate: Callable[[], bytes]) -> list[bytes]:
    """The keys, newest first: the `configured` ones (comma-separated, set by environment,
    bot/settings.py PrivacySettings) when there are any, else the file's, created on first use."""
    if raw := configured.strip():
        return [k.strip().encode() for k in raw.split(",") if k.strip()]
    if not path.exists():
        create(path, generate)
    return [line.strip() for line in path.read_bytes().splitlines() if line.strip()]


def stamp(path: Path) -> int | None:
    """Changes whenever the file is replaced: a process reloads its keys then."""
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
