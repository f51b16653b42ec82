"""`hotline purge`, `hotline handles rotate` and `hotline keys rotate|rewrap`."""
from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from bot.db.session import make_engine, make_sessionmaker, migrate
from bot.privacy import datakeys, handles, keyfile, tracker
from bot.privacy.purge import purge, retention_days
from bot.settings import PrivacySettings, Settings


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(**({"data_dir": args.data_dir} if args.data_dir else {})).resolved()


def purge_cmd(args: argparse.Namespace) -> int:
    days = args.days or retention_days()
    report = purge(_settings(args), days)
    print(f"purged (retention {days} days): " + ", ".join(f"{k} {v}" for k, v in report.as_dict().items()))
    return 0


def rotate_cmd(args: argparse.Namespace) -> int:
    settings = _settings(args)
    handles.rotate(settings.data_dir)
    migrate(settings.database_url)
    engine = make_engine(settings.database_url)
    try:
        with make_sessionmaker(engine)() as db:
            dropped = handles.forget_all(db)
            db.commit()
    finally:
        engine.dispose()
    print(f"new reply-handle key; {dropped} old handles can no longer be read and were deleted")
    return 0


def _rotate_file(path: Path, configured: str, env: str, generate) -> tuple[list[bytes], list[bytes]]:  # noqa: ANN001
    """Puts a new key first in the key file: (new list, old list). `configured`: the keys set by
    the environment variable `env`, if any (then there is no file to rotate)."""
    if configured.strip():
        raise SystemExit(f"keys come from {env}: put a new key first there, restart every process, run "
                         "`hotline keys rewrap`, then remove the old keys and restart again")
    old = keyfile.load(path, configured, generate)
    new = [generate(), *old]
    keyfile.write(path, new)
    return new, old


def keys_cmd(args: argparse.Namespace) -> int:
    """rotate: a new master key wraps every data key (gateway and Rasa's tracker), then the old
    master keys are deleted: whatever copy of a wrapped key survives elsewhere (a backup, the
    WAL, a dead tuple) can no longer be unwrapped. rewrap: the same with the keys as they are."""
    settings = _settings(args)
    privacy = PrivacySettings()
    data_path = settings.data_dir / datakeys.MASTER_FILE
    tracker_path = privacy.tracker_key_file or settings.data_dir / "tracker_keys"
    rotating = args.keys_command == "rotate"
    if rotating:
        _rotate_file(data_path, privacy.data_keys, datakeys.ENV_MASTERS, datakeys.new_master)
        if tracker_path.exists():
            keyfile.write(tracker_path, [datakeys.new_master(), *keyfile.load(tracker_path, "", datakeys.new_master)])
    migrate(settings.database_url)
    engine, tracker_engine = make_engine(settings.database_url), make_engine(settings.tracker_db_url)
    vault = datakeys.Vault(settings.data_dir)
    try:
        with make_sessionmaker(engine, vault)() as db:
            done, _lost = datakeys.rewrap(db, vault)
            again, lost_again = datakeys.rewrap(db, vault)  # keys a running gateway made meanwhile
        t_done = t_lost = 0
        if tracker_path.exists():
            with Session(tracker_engine) as tdb:
                t_done, t_lost = tracker.rewrap(tdb, keyfile.load(tracker_path, "", datakeys.new_master))
        if rotating:  # every key is wrapped with the new master: the old ones go
            if not privacy.data_keys.strip():
                keyfile.write(data_path, keyfile.load(data_path, "", datakeys.new_master)[:1])
            if tracker_path.exists():
                keyfile.write(tracker_path, keyfile.load(tracker_path, "", datakeys.new_master)[:1])
    finally:
        engine.dispose()
        tracker_engine.dispose()
    print(f"conversation keys re-wrapped: {done + again} ({lost_again} no master key could unwrap); "
          f"tracker keys re-wrapped: {t_done} ({t_lost} no master key could unwrap)")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("purge", help="delete conversations and records older than the retention period")
    p.add_argument("--days", type=int, default=None, help="retention in days (default: HOTLINE_RETENTION_DAYS or 30)")
    p.add_argument("--data-dir", type=Path, default=None)
    p.set_defaults(func=purge_cmd)

    h = sub.add_parser("handles", help="encrypted reply handles")
    hsub = h.add_subparsers(dest="handles_command", required=True)
    r = hsub.add_parser("rotate", help="new key: every existing reply handle becomes unreadable")
    r.add_argument("--data-dir", type=Path, default=None)
    r.set_defaults(func=rotate_cmd)

    k = sub.add_parser("keys", help="master keys of the conversation and tracker data keys")
    ksub = k.add_subparsers(dest="keys_command", required=True)
    for name, text in (("rotate", "new master keys: every data key re-wrapped, the old masters deleted"),
                       ("rewrap", "re-wrap every data key with the newest master key (keys set by environment)")):
        c = ksub.add_parser(name, help=text)
        c.add_argument("--data-dir", type=Path, default=None)
        c.set_defaults(func=keys_cmd)
