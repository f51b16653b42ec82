"""Multi-turn conversations through the real stack, scored by the realistic set's rules.

Starts Rasa (the trained model), the action server and the gateway on free loopback ports with
a temporary data dir (as tests/conftest.py does), then plays each conversation of a JSON Lines
file through the simulator channel: one new sender per conversation, every turn a separate
message, operator-queue messages polled after every turn. Each conversation is scored on every
key of its `expect` (see ../shared/data/realistic/README.md):

- handoff: the highest risk level of any hand-off the conversation created (`none`: none);
- reply_lang: every reply that is one of the bot's responses is in that language, from the
  start (or, when the conversation is meant to switch, from the first reply in it) to the end;
- must_mention_any / must_not_mention: substrings of all replies joined, lower-cased;
- erased: nothing left in the gateway database or Rasa's tracker, the last reply the neutral
  confirmation (`true`); the conversation still there (`false`).

Prints the pass rate overall, by level and by language, per key, and turn latency (p50/p95).

    .venv/bin/python bench/conversations.py [--file PATH] [--verbose] [--only v001,v002]
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.gateway.routers.simulator import conversation_key  # noqa: E402
from bot.i18n import Catalogs  # noqa: E402
from bot.settings import Settings  # noqa: E402
from bot.supervisor import MODEL, Stack  # noqa: E402
from bench.latency import free_port, pct  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
# ../shared/data/realistic/ beside the main checkout; a worktree sits one level deeper.
DEV_FILE = Path("shared", "data", "realistic", "conversations_dev.jsonl")
RANK = {"none": 0, "info": 0, "refer": 0, "priority": 1, "immediate": 2}
KEYS = ("handoff", "reply_lang", "must_mention_any", "must_not_mention", "erased")


def default_file() -> Path:
    candidates = [parent / DEV_FILE for parent in REPO.parents]
    return next((c for c in candidates if c.exists()), candidates[0])


# -- which language a reply is in ---------------------------------------------------------

class ReplyLanguages:
    """Recognises the bot's own responses, in every catalog language (fuzzy drafts included).
    Text that is not a response (referral listings, operator messages) is not judged."""

    def __init__(self, catalogs: Catalogs | None = None) -> None:
        catalogs = catalogs or Catalogs()
        self._patterns: list[tuple[re.Pattern[str], str, str]] = []
        for lang in sorted(catalogs.languages):
            for name in catalogs.sources:
                found = catalogs.lookup(name, lang)
                if found:
                    self._patterns.append((self._pattern(found[0]), lang, name))

    @staticmethod
    def _pattern(template: str) -> re.Pattern[str]:
        parts = re.split(r"\{\w+\}", template)
        body = ".+?".join(re.escape(p) for p in parts)
        # A response may be followed by lines the gateway adds (the language list).
        return re.compile(body + r"(?:\n.*)?", re.DOTALL)

    def of(self, reply: str) -> set[str]:
        return {lang for pattern, lang, _ in self._patterns if pattern.fullmatch(reply)}

    def responses(self, reply: str) -> set[str]:
        """The names of the responses a reply is (in any language)."""
        return {name for pattern, _, name in self._patterns if pattern.fullmatch(reply)}


# -- one conversation ---------------------------------------------------------------------

@dataclass
class Played:
    row: dict
    replies: list[list[str]] = field(default_factory=list)  # per turn, polled messages included
    levels: list[str] = field(default_factory=list)  # hand-off levels seen after each turn
    latencies: list[float] = field(default_factory=list)
    leftover_rows: int = 0  # gateway + tracker rows after the last turn
    errors: list[str] = field(default_factory=list)


class Player:
    def __init__(self, stack: Stack, client: httpx.Client) -> None:
        self.stack = stack
        self.client = client
        self.db = create_engine(stack.settings.database_url)
        self.tracker = create_engine(stack.settings.tracker_db_url)

    def play(self, row: dict) -> Played:
        played = Played(row)
        channel = row.get("channel") or "whatsapp"
        sender = f"+1555{uuid.uuid4().int % 10**7:07d}"  # fictitious range, new for each conversation
        key = conversation_key(self.stack.settings.secret_key, sender, channel)
        for turn in row["turns"]:
            started = time.perf_counter()
            got: list[str] = []
            try:
                resp = self.client.post("/channels/simulator", json={"from": sender, "text": turn, "channel": channel})
                played.latencies.append((time.perf_counter() - started) * 1000)
                if resp.status_code != 200:
                    played.errors.append(f"HTTP {resp.status_code} on a turn")
                else:
                    got += [r["text"] for r in resp.json()["replies"]]
                polled = self.client.post("/channels/simulator/poll", json={"from": sender, "channel": channel})
                if polled.status_code == 200:
                    got += [r["text"] for r in polled.json()["replies"]]
            except httpx.HTTPError as exc:
                played.errors.append(f"{type(exc).__name__} on a turn")
            played.replies.append(got)
            played.levels.append(self._handoff_level(key))
        played.leftover_rows = self._rows(key)
        return played

    def _handoff_level(self, key: str) -> str:
        with self.db.connect() as conn:
            levels = [r[0] for r in conn.execute(
                text("SELECT risk_level FROM handoffs WHERE conversation_key = :k"), {"k": key})]
        return max(levels, key=lambda lv: RANK.get(lv, 0)) if levels else "none"

    def _rows(self, key: str) -> int:
        with self.db.connect() as conn:
            n = sum(conn.execute(text(f"SELECT count(*) FROM {table} WHERE {col} = :k"), {"k": key}).scalar_one()
                    for table, col in (("conversations", "key"), ("messages", "conversation_key"),
                                       ("handoffs", "conversation_key")))
        with self.tracker.connect() as conn:
            n += conn.execute(text("SELECT count(*) FROM events WHERE sender_id = :k"), {"k": key}).scalar_one()
        return n


# -- scoring ------------------------------------------------------------------------------

def score(played: Played, langs: ReplyLanguages, confirmations: set[str]) -> dict[str, str | None]:
    """Each expectation key -> None when it holds, else why it failed."""
    expect = played.row["expect"]
    joined = "\n".join(r for turn in played.replies for r in turn).lower()
    out: dict[str, str | None] = {}
    if "handoff" in expect:
        want = expect["handoff"]
        seen = [lv for lv in played.levels if lv != "none"]
        top = max(seen, key=lambda lv: RANK.get(lv, 0)) if seen else "none"
        ok = top == "none" if want == "none" else top == want
        out["handoff"] = None if ok else f"hand-off {top}, expected {want}"
    if "reply_lang" in expect:
        out["reply_lang"] = _reply_lang(played, langs, expect["reply_lang"])
    if "must_mention_any" in expect:
        wanted = [s.lower() for s in expect["must_mention_any"]]
        ok = not wanted or any(s in joined for s in wanted)
        out["must_mention_any"] = None if ok else f"none of {wanted} in the replies"
    if "must_not_mention" in expect:
        bad = [s for s in expect["must_not_mention"] if s.lower() in joined]
        out["must_not_mention"] = None if not bad else f"replies mention {bad}"
    if "erased" in expect:
        last = next((turn[-1] for turn in reversed(played.replies) if turn), "")
        if expect["erased"]:
            why = []
            if played.leftover_rows:
                why.append(f"{played.leftover_rows} rows left")
            if last not in confirmations:
                why.append(f"last reply is not the neutral confirmation: {last[:60]!r}")
            out["erased"] = "; ".join(why) or None
        else:
            out["erased"] = "conversation erased" if not played.leftover_rows else None
    if played.errors:
        out["transport"] = "; ".join(played.errors)
    return out


def _reply_lang(played: Played, langs: ReplyLanguages, want: str) -> str | None:
    recognised = [(i, reply, langs.of(reply)) for i, turn in enumerate(played.replies) for reply in turn]
    recognised = [(i, reply, found) for i, reply, found in recognised if found]
    if not recognised:
        return "no reply recognised as one of the bot's responses"
    if played.row.get("lang") != want:
        # Meant to switch: judged from the first reply in the target language on.
        first = next((n for n, (_, _, found) in enumerate(recognised) if want in found), None)
        if first is None:
            return f"no reply in {want}"
        recognised = recognised[first:]
    wrong = [(i, reply, found) for i, reply, found in recognised if want not in found]
    if wrong:
        i, reply, found = wrong[0]
        return f"turn {i + 1} answered in {'/'.join(sorted(found))}: {reply[:60]!r}"
    return None


# -- report -------------------------------------------------------------------------------

EMERGENCY_RESPONSES = {"utter_emergency_number", "utter_emergency_no_country"}


def immediate_without_number(results: list[tuple[Played, dict]], langs: ReplyLanguages) -> tuple[int, list[str]]:
    """Conversations that opened an immediate hand-off, and those of them whose replies never
    gave an emergency number."""
    opened = [p for p, _ in results if "immediate" in p.levels]
    missing = [str(p.row.get("id")) for p in opened
               if not any(EMERGENCY_RESPONSES & langs.responses(r) for turn in p.replies for r in turn)]
    return len(opened), missing


def report(results: list[tuple[Played, dict[str, str | None]]], latencies: list[float], verbose: bool,
           langs: ReplyLanguages) -> None:
    def line(label: str, group: list[tuple[Played, dict]]) -> str:
        passed = sum(1 for _, why in group if not any(why.values()))
        return f"  {label:<12} {passed:>4}/{len(group):<4} {100 * passed / max(1, len(group)):5.1f}%"

    print(line("overall", results))
    for name, attr in (("by level", "level"), ("by language", "lang")):
        print(name)
        groups: dict[str, list] = defaultdict(list)
        for item in results:
            groups[str(item[0].row.get(attr))].append(item)
        for label in sorted(groups):
            print(line(label, groups[label]))
    print("by key (conversations that check it)")
    for key in KEYS:
        checked = [why[key] for _, why in results if key in why]
        if checked:
            ok = sum(1 for w in checked if w is None)
            print(f"  {key:<18} {ok:>4}/{len(checked):<4} {100 * ok / len(checked):5.1f}%")
    immediate = [(p, why) for p, why in results if p.row["expect"].get("handoff") == "immediate"]
    if immediate:
        with_number = sum(1 for p, why in immediate if why.get("handoff") is None and why.get("must_mention_any") is None)
        print(f"immediate expected: hand-off and emergency number {with_number}/{len(immediate)}")
    opened, missing = immediate_without_number(results, langs)
    print(f"immediate hand-offs opened: {opened}, without an emergency number: {len(missing)} {missing or ''}")
    if latencies:
        print(f"turn latency: p50 {pct(latencies, .5):.0f} ms, p95 {pct(latencies, .95):.0f} ms, "
              f"max {max(latencies):.0f} ms ({len(latencies)} turns)")
    if verbose:
        for played, why in results:
            failed = {k: v for k, v in why.items() if v}
            if not failed:
                continue
            row = played.row
            print(f"\nFAIL {row.get('id')} [{row.get('lang')}, {row.get('level')}]")
            for k, v in failed.items():
                print(f"  {k}: {v}")
            for turn, replies in zip(row["turns"], played.replies):
                print(f"  > {turn[:160]}")
                for r in replies:
                    print("    < " + r.replace("\n", " | ")[:220])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=default_file())
    parser.add_argument("--verbose", action="store_true", help="say why each failure failed")
    parser.add_argument("--only", default="", help="comma-separated conversation ids")
    args = parser.parse_args()
    if not args.file.exists():
        print(f"no conversations file at {args.file}: nothing to measure")
        return 0
    rows = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.only:
        wanted = set(args.only.split(","))
        rows = [r for r in rows if r.get("id") in wanted]
    if not MODEL.exists():
        print(f"no trained model at {MODEL}: run `make train`")
        return 1
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    langs = ReplyLanguages()
    catalogs = Catalogs()
    confirmations = {catalogs.render("utter_data_deleted", lang).text for lang in catalogs.languages}
    print(f"{args.file.name}: {len(rows)} conversations")
    with tempfile.TemporaryDirectory() as tmp:
        stack = Stack(Settings(data_dir=Path(tmp)).resolved(), free_port(), free_port(), free_port(),
                      log_dir=Path(tmp) / "logs")
        stack.start()
        try:
            stack.wait_healthy(300)
            with httpx.Client(base_url=stack.gateway_url, timeout=60.0) as client:
                player = Player(stack, client)
                player.play({"turns": ["hola"], "expect": {}})  # warm-up, not scored
                results, latencies = [], []
                for row in rows:
                    played = player.play(row)
                    latencies += played.latencies
                    results.append((played, score(played, langs, confirmations)))
        finally:
            stack.stop()
    report(results, latencies, args.verbose, langs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
