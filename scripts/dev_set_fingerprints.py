"""Writes tests/data/dev_set_fingerprints.txt: one SHA-256 per message of the outside
development set (../shared/data/realistic/*.jsonl), so tests can check that no training line
contains one without the repository holding the dev set's wording.

    .venv/bin/python scripts/dev_set_fingerprints.py [--dev DIR]

Messages are the "text" field and the "messages"/"turns" lists of each JSON line, normalized
as the before-stop hook does (lower case, runs of non-word characters to one space, stripped);
only those of at least MIN_CHARS characters are kept (shorter ones, "ok", "gracias", are
everyday words any training set must hold).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# ../shared beside the main checkout; ../../shared beside a worktree in /work/wt/<name>.
DEV = next((p / "shared" / "data" / "realistic" for p in (ROOT.parent, ROOT.parent.parent)
            if (p / "shared" / "data" / "realistic").is_dir()), ROOT.parent / "shared" / "data" / "realistic")
OUT = ROOT / "tests" / "data" / "dev_set_fingerprints.txt"
MIN_CHARS = 20

HEADER = f"""\
# SHA-256 of each normalized message of the outside development set (../shared/data/realistic/*.jsonl),
# the "text" field and the "messages"/"turns" lists, normalized: lower case, re.sub(r"\\W+", " ", t).strip(),
# only those of >= {MIN_CHARS} characters. Read by tests/data_hygiene/test_no_dev_messages_in_training.py:
# no training line may contain one (the dev set is for measuring, never for training).
# The dev set's lines themselves are not in this repository, only these hashes.
# Regenerate when the dev set changes: .venv/bin/python scripts/dev_set_fingerprints.py
"""


def normalize(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def fingerprint(normalized: str) -> str:
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def dev_messages(folder: Path) -> set[str]:
    out: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")):
        for row in path.read_text(encoding="utf-8").splitlines():
            if not row.strip():
                continue
            record = json.loads(row)
            for text in [record.get("text"), *record.get("messages", []), *record.get("turns", [])]:
                norm = normalize(text or "")
                if len(norm) >= MIN_CHARS:
                    out.add(norm)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV, help="folder of the development set's .jsonl files")
    args = parser.parse_args()
    messages = dev_messages(args.dev)
    if not messages:
        raise SystemExit(f"no messages under {args.dev}")
    hashes = sorted({fingerprint(m) for m in messages})
    OUT.write_text(HEADER + "\n".join(hashes) + "\n", encoding="utf-8")
    print(f"{len(hashes)} fingerprints -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
