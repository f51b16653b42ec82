"""The outside development set (../shared/data/realistic) stays an evaluation set: no training
line may contain one of its messages. The repository holds only their SHA-256 fingerprints
(tests/data/dev_set_fingerprints.txt, written by scripts/dev_set_fingerprints.py); every
contiguous word span of every normalized training line is hashed and looked up.

Training text read here: Rasa's NLU examples (data/nlu/*.yml; config.yml's pipeline reads no
other file), the screening detector's messages and transcripts
(data/screening/training/**/*.jsonl, all read by scripts/train_screening.py) and the sources
they are built from (the generators' .py/.txt files, so a rebuild cannot bring a line back),
the language identifier's own corpus (bot/langid/corpus/*.txt) and the redaction tagger's
templates (scripts/redaction_corpus/*.txt).
"""
from __future__ import annotations

import bisect
import hashlib
import importlib.util
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("dev_set_fingerprints", ROOT / "scripts" / "dev_set_fingerprints.py")
fingerprints_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fingerprints_script)
normalize, MIN_CHARS = fingerprints_script.normalize, fingerprints_script.MIN_CHARS

ANNOTATION = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")  # Rasa's [text](entity) / [text]{...}
EXAMPLE = re.compile(r"^\s+- (.+)$")  # an example line inside an NLU `examples: |` block
APOSTROPHES = re.compile(r"['\u2019]")


def load_fingerprints(path: Path = fingerprints_script.OUT) -> set[bytes]:
    return {bytes.fromhex(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def numbered_lines(root: Path, pattern: str) -> Iterator[tuple[str, str]]:
    for path in sorted(root.glob(pattern)):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"{path.relative_to(root)}:{number}", line


def nlu_lines(root: Path = ROOT) -> Iterator[tuple[str, str]]:
    for where, line in numbered_lines(root, "data/nlu/*.yml"):
        if match := EXAMPLE.match(line):
            yield where, ANNOTATION.sub(r"\1", match.group(1))


def screening_lines(root: Path = ROOT) -> Iterator[tuple[str, str]]:
    for where, row in numbered_lines(root, "data/screening/training/**/*.jsonl"):
        if row.strip():
            record = json.loads(row)
            for text in [record.get("text"), *record.get("messages", [])]:
                if text:
                    yield where, text


def training_lines(root: Path = ROOT) -> Iterator[tuple[str, str]]:
    yield from nlu_lines(root)
    yield from screening_lines(root)
    for sources in ("data/screening/training/*/*.py", "data/screening/training/*/*.txt",
                    "bot/langid/corpus/*.txt", "scripts/redaction_corpus/*.txt"):
        yield from numbered_lines(root, sources)


def spans(text: str) -> Iterator[bytes]:
    """Every word-aligned span of the normalized text of at least MIN_CHARS, as UTF-8; also of
    the text with apostrophes dropped, as phone typing does ("don't" -> "dont")."""
    for variant in {normalize(text), normalize(APOSTROPHES.sub("", text))}:
        data = variant.encode("utf-8")
        spaces = [k for k, byte in enumerate(data) if byte == 32]
        starts, ends = [0] + [k + 1 for k in spaces], [*spaces, len(data)]
        for start in starts:  # bytes >= characters: a span of MIN_CHARS characters is never skipped
            for end in ends[bisect.bisect_left(ends, start + MIN_CHARS):]:
                yield data[start:end]


def leaks(lines: Iterable[tuple[str, str]], fingerprints: set[bytes]) -> list[str]:
    """`where` of every line with a span whose fingerprint is in the set."""
    where_of: dict[str, list[str]] = {}  # composed data repeats lines: hash each text once
    for where, text in lines:
        where_of.setdefault(text, []).append(where)
    def digest(span: bytes) -> bytes:
        return hashlib.sha256(span).digest()

    return sorted(where for text, wheres in where_of.items()
                  if not fingerprints.isdisjoint(map(digest, spans(text))) for where in wheres)


def test_no_training_line_contains_a_dev_set_message() -> None:
    found = leaks(training_lines(), load_fingerprints())
    assert not found, ("these training lines contain a message of the development set; rephrase them "
                       "(and their generator's source): " + ", ".join(found))


def test_the_fingerprint_file_holds_only_sorted_sha256() -> None:
    lines = [l for l in fingerprints_script.OUT.read_text(encoding="utf-8").splitlines() if not l.startswith("#")]
    assert len(lines) > 500  # 1,016 on 2026-12-06
    assert lines == sorted(set(lines))
    assert all(re.fullmatch(r"[0-9a-f]{64}", line) for line in lines)


PLANTED = "the ferry to the island leaves at nine every morning"  # made up here, not a dev message
PLANTED_PHONE = "i dont think the last ferry has left"  # made up too, typed without apostrophes


def planted(*messages: str) -> set[bytes]:
    return {hashlib.sha256(normalize(m).encode("utf-8")).digest() for m in messages}


@pytest.mark.parametrize(("line", "caught"), [
    (PLANTED, True),
    ("The Ferry to the island... leaves at NINE every morning!", True),  # case and punctuation
    (f"hola, {PLANTED}, gracias", True),  # inside a longer line
    ("I don't think the last ferry has left, right?", True),  # the same words with apostrophes
    ("the ferry to the island leaves at nine every mornings", False),  # not word-aligned
    ("the boat to the island leaves at nine every morning", False),  # rephrased
    ("the ferry to the island", False),  # a part is not the message
])
def test_the_checker_catches_a_planted_message(line: str, caught: bool) -> None:
    assert leaks([("planted:1", line)], planted(PLANTED, PLANTED_PHONE)) == (["planted:1"] if caught else [])


def test_a_planted_message_is_named_by_file_and_line(tmp_path: Path) -> None:
    nlu = tmp_path / "data" / "nlu" / "xx.yml"
    nlu.parent.mkdir(parents=True)
    nlu.write_text('version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hola\n'
                   f"    - [{PLANTED}](location)\n", encoding="utf-8")
    screening = tmp_path / "data" / "screening" / "training" / "gen_xx" / "transcripts_xx.jsonl"
    screening.parent.mkdir(parents=True)
    rows = [{"text": "nothing to see here at all", "labels": []},
            {"id": "t-1", "messages": ["hola", "oye, I don't think the last ferry has left"], "expected": "info"}]
    screening.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    found = leaks(training_lines(tmp_path), planted(PLANTED, PLANTED_PHONE))
    assert found == ["data/nlu/xx.yml:6", "data/screening/training/gen_xx/transcripts_xx.jsonl:2"]


def test_every_nlu_example_is_read_without_its_annotations() -> None:
    examples = [text for _, text in nlu_lines()]
    assert len(examples) > 10_000
    assert not any("](" in text for text in examples)
