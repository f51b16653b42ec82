from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata

_CHANNEL = re.compile(r"[a-z][a-z0-9+.-]*")
_PHONE_LIKE = re.compile(r"\+?[\d\s().\-/]+")
_SEPARATORS = re.compile(r"[\s().\-/]")


def normalise_address(address: str) -> str:
    """Canonical form of a sender address, so one person gets one pseudonym.

    - The channel prefix stays part of the key ("whatsapp:+52..." and "+52..." are two
      conversations, so SMS and WhatsApp never merge); its case and the spaces around
      it do not matter ("WhatsApp: +52 ..." is "whatsapp:+52...").
    - A phone number loses spaces, dashes, dots, slashes and parentheses, and a leading
      international "00" becomes "+": "+52 1 55 1234 5678", "+52-1-55-1234-5678" and
      "+5215512345678" are one key.
    - Nothing is guessed: no country code is added to a number without one, and
      Mexico's mobile "1" after +52 is kept (WhatsApp sends it, SMS does not, and the
      two are separate channels anyway). The key so depends on the address alone, never
      on phone-number metadata that changes between library versions.
    - Other addresses (e-mail, platform ids) are only trimmed and lower-cased.
    """
    address = unicodedata.normalize("NFKC", address).strip().lower()
    prefix, colon, rest = address.partition(":")
    if colon and _CHANNEL.fullmatch(prefix.strip()):
        prefix, address = prefix.strip() + ":", rest.strip()
    else:
        prefix = ""
    if _PHONE_LIKE.fullmatch(address):
        address = _SEPARATORS.sub("", address)
        if address.startswith("00"):
            address = "+" + address[2:]
    return prefix + address


def pseudonym(secret: str, address: str) -> str:
    """Conversation key: HMAC-SHA256 of the normalised address under the secret key."""
    digest = hmac.new(secret.encode(), normalise_address(address).encode(), hashlib.sha256)
    return digest.hexdigest()
