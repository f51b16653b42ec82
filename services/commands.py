"""`hotline directory import|export|search|load-sample`: the service directory."""
from __future__ import annotations

import argparse
import json
import sys
import functools
from contextlib import contextmanager
from typing import Callable, Iterator

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.db.session import make_engine, make_sessionmaker, migrate
from bot.settings import get_settings
from services.directory import UnknownNeed, UnknownPlace, format_referrals, search
from services.hsds import HSDSError, export_package, import_package
from services.sample_data import load_sample
from services.taxonomy import NEEDS


MAX_WARNINGS = 100  # printed; a big package's notices are counted, not all listed


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 1


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """A last resort: an unexpected failure is one line on stderr, not a traceback."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except KeyboardInterrupt:
            return _fail("interrupted")
        except Exception as exc:  # noqa: BLE001
            return _fail(f"{handler.__name__.strip('_').replace('_', ' ')} failed: {exc.__class__.__name__}: {exc}")

    return run


@contextmanager
def _session() -> Iterator[Session]:
    url = get_settings().database_url
    migrate(url)
    engine = make_engine(url)
    try:
        with make_sessionmaker(engine)() as session:
            yield session
    finally:
        engine.dispose()


@_guarded
def _import(args: argparse.Namespace) -> int:
    try:
        with _session() as session:
            report = import_package(session, args.path, strict=args.strict)
    except HSDSError as exc:
        print(f"error: nothing was imported from {args.path}; {len(exc.problems)} problem(s):", file=sys.stderr)
        print(exc.report(), file=sys.stderr)
        return 1
    except (OSError, SQLAlchemyError) as exc:
        return _fail(f"import failed, nothing was imported: {exc}")
    for warning in report.warnings[:MAX_WARNINGS]:
        print(f"warning: {warning}", file=sys.stderr)
    if len(report.warnings) > MAX_WARNINGS:
        print(f"warning: ... and {len(report.warnings) - MAX_WARNINGS} more", file=sys.stderr)
    if report.notices:
        print(f"{len(report.notices)} row(s) failed a domain check and were imported as given "
              "(--strict refuses them)", file=sys.stderr)
    print("imported: " + ", ".join(f"{n} {t}" for t, n in report.counts.items() if n))
    return 0


@_guarded
def _export(args: argparse.Namespace) -> int:
    try:
        with _session() as session:
            counts = export_package(session, args.path)
    except (OSError, SQLAlchemyError) as exc:
        return _fail(f"export failed: {exc}")
    print(f"exported to {args.path}: " + ", ".join(f"{n} {t}" for t, n in counts.items()))
    return 0


@_guarded
def _load_sample(_args: argparse.Namespace) -> int:
    try:
        with _session() as session:
            report = load_sample(session)
    except (HSDSError, OSError, SQLAlchemyError) as exc:
        return _fail(f"could not load the sample directory: {exc}")
    print(f"loaded the FICTITIOUS sample directory: {report.counts.get('service', 0)} services")
    return 0


@_guarded
def _search(args: argparse.Namespace) -> int:
    if (args.lat is None) != (args.lon is None):
        return _fail("--lat and --lon go together")
    if not args.near and args.lat is None:
        return _fail("give --near PLACE or --lat/--lon")
    try:
        with _session() as session:
            results = search(
                session, args.need, near=args.near, lat=args.lat, lon=args.lon, lang=args.lang,
                age=args.age, open_now=args.open_now, limit=args.limit,
            )
    except (UnknownNeed, UnknownPlace) as exc:
        return _fail(str(exc))
    except (OSError, SQLAlchemyError) as exc:
        return _fail(f"search failed: {exc}")
    if args.json:
        print(json.dumps([r.to_dict() for r in results], ensure_ascii=False, indent=2))
    elif not results:
        print("no matching service")
    else:
        print("\n".join(format_referrals(results, args.lang)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("directory", help="service directory (Open Referral HSDS 3)")
    dsub = p.add_subparsers(dest="directory_command", required=True)
    imp = dsub.add_parser("import", help="import an HSDS tabular package (folder) or HSDS JSON file")
    imp.add_argument("path")
    imp.add_argument("--strict", action="store_true",
                     help="refuse the package when a row fails a domain check (default: import it, with a warning)")
    imp.set_defaults(func=_import)
    exp = dsub.add_parser("export", help="write the directory as an HSDS tabular data package")
    exp.add_argument("path")
    exp.set_defaults(func=_export)
    dsub.add_parser("load-sample", help="load the FICTITIOUS sample directory").set_defaults(func=_load_sample)
    s = dsub.add_parser("search", help="find services for a need near a place")
    s.add_argument("--need", required=True, choices=list(NEEDS))
    s.add_argument("--near", help="place as people write it: 'Tapachula', 'guate', 'São Paulo'")
    s.add_argument("--lat", type=float)
    s.add_argument("--lon", type=float)
    s.add_argument("--lang", help="language the service must speak (es, en, mam, ht, ...)")
    s.add_argument("--age", type=int)
    s.add_argument("--open-now", action="store_true")
    s.add_argument("--limit", type=int, default=3)
    s.add_argument("--json", action="store_true", help="structured output")
    s.set_defaults(func=_search)
