"""Shared helpers for writer b's blind-set builders (write JSONL, stable ids)."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent
WRITER = "b"


def write_jsonl(name, rows):
    path = OUT / name
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{path.name}: {len(rows)} rows")
