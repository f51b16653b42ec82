from __future__ import annotations

import hashlib
import hmac
import re

_SPACES = re.compile(r"[\s().-]")


def normalise_address(address: str) -> str:
    """Canonical form of a sender address, so one person gets one pseudonym."""
    address = address.strip().lower()
    prefix = ""
    if ":" in address:
        prefix, address = address.split(":", 1)
        prefix += ":"
    if re.fullmatch(r"\+?[\d\s().-]+", address):
        address = _SPACES.sub("", address)
    return prefix + address


def pseudonym(secret: str, address: str) -> str:
    """Conversation key: HMAC-SHA256 of the normalised address under the secret key."""
    digest = hmac.new(secret.encode(), normalise_address(address).encode(), hashlib.sha256)
    return digest.hexdigest()
