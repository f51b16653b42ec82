"""Privacy audit: hundreds of people write through signed Twilio webhooks (SMS and WhatsApp)
with their numbers, WhatsApp profile names and ids, Twilio's city and ZIP fields, and names,
e-mails, passport and phone numbers typed into their messages. Afterwards no file the system
wrote holds any of those identifiers: not as written, not as digits only, not in lower case,
not in base64 and not in hex."""
from __future__ import annotations

import base64
import random
import sqlite3
import string
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bot.privacy.pseudonym import pseudonym
from bot.privacy.redaction import redact
from bot.supervisor import Stack
from tests.fake_twilio import FakeTwilio, post_webhook, webhook_params
from tests.leak_scan import found_in


PEOPLE = 200  # half SMS, half WhatsApp
PARALLEL = 10
RNG = random.Random(20261123)
SYLLABLES = ["ka", "zu", "lo", "mi", "xa", "re", "qui", "to", "ba", "nde", "ri", "go", "vel", "tra", "yo"]


def _word(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass
class Person:
    n: int
    whatsapp: bool
    number: str
    first: str
    last: str
    profile: str
    city: str
    zip: str
    email: str
    passport: str
    replies: list[str] = field(default_factory=list)

    @property
    def address(self) -> str:
        return f"whatsapp:{self.number}" if self.whatsapp else self.number

    @property
    def spaced_number(self) -> str:  # as a person types it
        d = self.number.lstrip("+")
        return f"+{d[:2]} {d[2:3]} {d[3:5]} {d[5:9]} {d[9:]}" if self.whatsapp else f"+1 {d[1:4]} {d[4:7]} {d[7:]}"

    def messages(self) -> list[str]:
        said = [
            f"Hola, me llamo {self.first} {self.last} y necesito ayuda",
            f"mi correo es {self.email} y mi pasaporte es {self.passport}",
        ]
        if self.n % 3 == 0:
            said.append(f"mi número es {self.spaced_number}, estoy en Tapachula y necesito un albergue")
        if self.n % 10 == 1:
            said.append("quiero hablar con una persona")
        return said

    def identifiers(self) -> dict[str, str]:
        ids = {"number": self.number, "profile": self.profile, "first+last": f"{self.first} {self.last}",
               "last": self.last, "city": self.city, "zip": self.zip, "email": self.email,
               "passport": self.passport}
        return ids


def make_people() -> list[Person]:
    people = []
    for n in range(PEOPLE):
        whatsapp = n % 2 == 1
        number = (f"+52155{RNG.randrange(10**8):08d}" if whatsapp else f"+1{RNG.choice('2345678')}"
                  f"{RNG.randrange(10**9):09d}")
        # Four syllables: a six-letter surname turned up by chance inside the tracker's ciphertext.
        first, last = _word(RNG, 2) + "ana", _word(RNG, 4)
        person = Person(
            n=n, whatsapp=whatsapp, number=number, first=first, last=last,
            profile=f"{_word(RNG)} {_word(RNG)}", city=_word(RNG, 4).upper() + "TLAN",
            zip=f"{RNG.randrange(10**5):05d}-{RNG.randrange(10**4):04d}",
            email=f"{first.lower()}.{last.lower()}{RNG.randrange(100, 999)}@correo-{_word(RNG, 2).lower()}.org",
            passport=RNG.choice("GNPX") + "".join(RNG.choice(string.digits) for _ in range(8)),
        )
        for text in person.messages():  # the test is only meaningful if redaction catches them
            kept = redact(text)
            assert person.last not in kept and person.email not in kept and person.passport not in kept, kept
        people.append(person)
    return people


def encodings(value: str) -> dict[str, bytes]:
    """The forms an identifier could leak in. Base64 is tried at all three alignments."""
    raw = value.encode()
    forms = {"plain": raw, "lower": value.lower().encode(), "hex": raw.hex().encode(),
             "HEX": raw.hex().upper().encode()}
    digits = "".join(c for c in value if c.isdigit())
    if len(digits) >= 9:
        forms["digits"] = digits.encode()
    for offset in range(3):
        for name, encode in (("b64", base64.b64encode), ("b64url", base64.urlsafe_b64encode)):
            enc = encode(b"\0" * offset + raw)
            core = enc[(offset * 4 + 2) // 3 + 1:-4]  # the part not touched by neighbours
            if len(core) >= 8:
                forms[f"{name}{offset}"] = core
    return forms


def written_files(stack: Stack) -> list[Path]:
    return [p for p in stack.settings.data_dir.rglob("*") if p.is_file()]


def converse(gateway: httpx.Client, fake: FakeTwilio, stack: Stack, person: Person) -> list[float]:
    acks = []
    for text in person.messages():
        extra = {"FromCity": person.city, "FromState": "CHIS", "FromZip": person.zip, "FromCountry": "MX"}
        if person.whatsapp:
            extra |= {"ProfileName": person.profile, "WaId": person.number.lstrip("+")}
        params = webhook_params(fake, person.address, text, **extra)
        started = time.monotonic()
        resp = post_webhook(gateway, fake, stack.gateway_url, params)
        acks.append(time.monotonic() - started)
        assert resp.status_code == 200, resp.text
        person.replies.append(resp.text)
    return acks


def test_no_identifier_is_written_anywhere(
    stack: Stack, gateway: httpx.Client, operator: httpx.Client, fake_twilio: FakeTwilio
) -> None:
    people = make_people()
    started = time.monotonic()
    before = operator.get("/api/metrics").json()["counters"]
    with ThreadPoolExecutor(PARALLEL) as pool:
        acks = [a for per in pool.map(lambda p: converse(gateway, fake_twilio, stack, p), people) for a in per]

    def wait_for_replies(operator_messages: int) -> None:
        """Turns acknowledged before they ran answer by the REST API, later: wait for them."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            after = operator.get("/api/metrics").json()["counters"]
            delayed = after.get("twilio_delayed", 0) - before.get("twilio_delayed", 0)
            sent = after.get("twilio_sent", 0) - before.get("twilio_sent", 0)
            failed = after.get("twilio_send_failed", 0) - before.get("twilio_send_failed", 0)
            if sent + failed >= delayed + operator_messages:
                return
            time.sleep(0.5)

    # The requests for a person may still be queued when the last webhook is acknowledged.
    wait_for_replies(0)
    # Operators answer the people who asked for one, by the REST API.
    keys = {pseudonym(stack.settings.secret_key, p.address) for p in people}
    with sqlite3.connect(stack.settings.data_dir / "hotline.db") as conn:
        handoffs = [i for i, k in conn.execute("SELECT id, conversation_key FROM handoffs WHERE status = 'open'")
                    if k in keys]
    assert handoffs
    for handoff_id in handoffs:
        resp = operator.post(f"/api/handoffs/{handoff_id}/messages", json={"text": "Hola, soy del equipo."})
        assert resp.status_code == 201
    wait_for_replies(len(handoffs))
    elapsed = time.monotonic() - started
    time.sleep(1.0)  # let the status callbacks and log lines land

    files = written_files(stack)
    blobs = {p: p.read_bytes() for p in files}
    total = sum(len(b) for b in blobs.values())
    sought = {needle: f"person {person.n} {label} as {form}" for person in people
              for label, value in person.identifiers().items() for form, needle in encodings(value).items()}
    found = found_in({p.name: blob for p, blob in blobs.items()}, sought)
    leaks = [f"{sought[needle]} in {name}" for needle, names in found.items() for name in names]
    print(f"\nprivacy audit: {PEOPLE} people, {sum(len(p.messages()) for p in people)} messages in "
          f"{elapsed:.1f}s; webhook ack median {sorted(acks)[len(acks) // 2] * 1000:.0f} ms, "
          f"max {max(acks) * 1000:.0f} ms; scanned {len(files)} files, "
          f"{total / 1e6:.1f} MB")
    assert not leaks, "\n".join(leaks[:20])
    # The 2 s limit itself is asserted one message at a time (test_twilio_webhooks.py); here ten
    # people write at once to a 2-CPU machine that also runs Rasa and the tests.
    acks.sort()
    assert acks[len(acks) // 2] < 2.0, f"median webhook ack {acks[len(acks) // 2]:.2f}s"
    assert {"hotline.db", "rasa_tracker.db"} <= {p.name for p in files}
    assert any(p.suffix == ".log" or ".log" in p.name for p in files)
