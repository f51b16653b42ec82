"""bot.langid on held-out text: real model, real CLI, no mocks.

tests/data/langid_heldout.tsv: sentences scripts/train_langid.py held out of the
training text (never trained on; not the shared dev split).
tests/data/langid_informal.tsv: phone-style messages written for these tests,
never trained on.
"""
from __future__ import annotations

import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from bot import languages
from bot.langid import identify, identify_with_confidence, normalise
from bot.langid.model import MODEL_FILE, default_model
from bot.settings import REPO_ROOT

DATA = REPO_ROOT / "tests" / "data"
INDIGENOUS = ("qu", "gn", "ay", "quc", "nah", "mam", "kek", "guc")
INFORMAL_LANGS = ("es", "en", "fr", "pt", "ht")


def _rows(name: str) -> list[tuple[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [tuple(l.split("\t", 1)) for l in lines if "\t" in l]  # type: ignore[misc]


def _per_language(rows, transform=lambda s: s) -> dict[str, float]:
    ok: dict[str, int] = defaultdict(int)
    n: dict[str, int] = defaultdict(int)
    for tag, text in rows:
        n[tag] += 1
        ok[tag] += identify(transform(text)) == tag
    return {t: ok[t] / n[t] for t in n}


HELDOUT = _rows("langid_heldout.tsv")
INFORMAL = _rows("langid_informal.tsv")


def test_fixtures_are_big_enough():
    counts = defaultdict(int)
    for tag, _ in INFORMAL:
        counts[tag] += 1
    assert all(counts[t] >= 60 for t in INFORMAL_LANGS), counts
    held = defaultdict(int)
    for tag, _ in HELDOUT:
        held[tag] += 1
    assert all(held[t] >= 70 for t in INDIGENOUS), held


def test_informal_fixture_was_not_trained_on():
    corpus = Path(MODEL_FILE).parent / "corpus"
    trained = {normalise(l) for p in corpus.glob("*.txt") for l in p.read_text(encoding="utf-8").splitlines()}
    assert not [t for _, t in INFORMAL if normalise(t) in trained]


def test_indigenous_whole_sentences():
    acc = _per_language(HELDOUT)
    low = {t: round(a, 3) for t, a in acc.items() if t in INDIGENOUS and a < 0.95}
    assert not low, low


def test_indigenous_first_four_words():
    acc = _per_language(HELDOUT, lambda s: " ".join(s.split()[:4]))
    low = {t: round(a, 3) for t, a in acc.items() if t in INDIGENOUS and a < 0.90}
    assert not low, low


def test_informal_messages_overall_and_per_language():
    acc = _per_language(INFORMAL)
    overall = sum(identify(x) == t for t, x in INFORMAL) / len(INFORMAL)
    assert overall >= 0.95, acc
    assert min(acc.values()) >= 0.90, acc


@pytest.mark.parametrize(
    "text, tag",
    [("hi", "en"), ("Hi!", "en"), ("hello", "en"), ("oi", "pt"), ("Oi, tudo bem?", "pt"), ("hola", "es"),
     ("bjr svp", "fr"), ("bonjour", "fr"), ("mwen bezwen èd", "ht"), ("bonjou", "ht"),
     ("hola necesito ayuda", "es"),
     # regional greetings: "que onda" is Mexican Spanish, not Portuguese "onda"
     ("que onda", "es"), ("Qué onda", "es"), ("quiubo", "es"), ("klk", "es"), ("eae", "pt"), ("sup", "en")],
)
def test_greetings(text, tag):
    assert identify(text) == tag


# Quebec French borrows work words from English ("mon boss", "ma job"); one word of help says Portuguese.
@pytest.mark.parametrize(
    "text, tag",
    [("mon boss me surveille", "fr"), ("ma job est dure", "fr"), ("le boss garde nos passeports", "fr"),
     ("my boss watches me", "en"), ("ajuda", "pt"), ("me ajude", "pt")],
)
def test_borrowed_words_and_one_word_for_help(text, tag):
    assert identify(text) == tag


@pytest.mark.parametrize("text", ["", "   ", "ok", "12345", "?!", "haha", "👍"])
def test_unsure_is_und(text):
    tag, conf = identify_with_confidence(text)
    assert tag == "und"
    assert 0.0 <= conf <= 1.0


def test_unsure_not_mapped_to_one_language():
    """Gibberish and names spread out or come back und; they are not all Spanish."""
    junk = ["xkcd qwrt zzzp", "asdf ghjk", "Boyko Borisov", "lorem ipsum dolor"]
    assert sum(identify(j) == "es" for j in junk) < len(junk)


@pytest.mark.parametrize("variant", ["Xinchaaqʼuku", "Xinchaaq'uku", "Xinchaaq’uku", "Xinchaaq`uku", "Xinchaaq´uku"])
def test_apostrophes_are_normalised(variant):
    assert normalise(variant) == "xinchaaq'uku"


def test_apostrophe_variants_identify_alike():
    base = "Ri qʼij kel chi rij ri juyub"
    tags = {identify(base.replace("ʼ", a)) for a in "ʼ'’`´"}
    assert tags == {"quc"}


def test_every_model_language_is_in_the_registry():
    assert set(default_model().langs) <= set(languages.registry())
    assert set(default_model().langs) >= set(INDIGENOUS) | set(INFORMAL_LANGS)


def test_model_file_is_compact():
    assert MODEL_FILE.stat().st_size < 3_000_000


def test_confidence_is_a_probability():
    tag, conf = identify_with_confidence("Mba'éichapa reiko, che ra'a")
    assert tag == "gn" and 0.5 < conf <= 1.0


def test_cli_one_tag_per_line():
    hotline = Path(sys.executable).parent / "hotline"
    stdin = "hola necesito ayuda\nhi\noi tudo bem\n\nmwen bezwen èd\nImaynalla kachkanki\n"
    out = subprocess.run([str(hotline), "langid"], input=stdin, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["es", "en", "pt", "und", "ht", "qu"]
