"""`hotline purge` and `hotline handles rotate`."""
from __future__ import annotations

import argparse
from pathlib import Path

from bot.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(**({"data_dir": args.data_dir} if args.data_dir else {})).resolved()


def purge_cmd(args: argparse.Namespace) -> int:
    from bot.privacy.purge import purge, retention_days

    days = args.days or retention_days()
    report = purge(_settings(args), days)
    print(f"purged (retention {days} days): " + ", ".join(f"{k} {v}" for k, v in report.as_dict().items()))
    return 0


def rotate_cmd(args: argparse.Namespace) -> int:
    from bot.db.session import make_engine, make_sessionmaker, migrate
    from bot.privacy import handles

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
