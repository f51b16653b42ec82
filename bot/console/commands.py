"""`hotline operators ...`: console accounts and scoped API tokens."""
from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy import select

from bot.console.auth import (AccountError, create_operator, disable_operator, lift_pauses, pauses_of,
                              reset_password, set_active)
from bot.console.tokens import create_token, revoke_token
from bot.db.console import Operator
from bot.db.session import make_engine, make_sessionmaker, migrate
from bot.settings import Settings


def _sessions():  # noqa: ANN202
    settings = Settings().resolved()
    migrate(settings.database_url)
    return make_sessionmaker(make_engine(settings.database_url))


def _password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise SystemExit(f"environment variable {args.password_env} is empty")
        return value
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("passwords differ")
    return first


def _in_db(action, *args):  # noqa: ANN001, ANN002, ANN202
    """Runs `action(db, *args)` and commits; an AccountError becomes exit status 1."""
    with _sessions()() as db:
        try:
            result = action(db, *args)
        except AccountError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1, None
        db.commit()
        return 0, result


def cmd_add(args: argparse.Namespace) -> int:
    password = _password(args)
    rc, op = _in_db(create_operator, args.username, password, args.role, args.languages, args.name)
    if op is not None:
        print(f"added {op.username} ({op.role}; reads {op.languages})")
    return rc


def cmd_list(_args: argparse.Namespace) -> int:
    secret = Settings().resolved().secret_key
    with _sessions()() as db:
        rows = [(op, pauses_of(db, secret, op)) for op in db.scalars(select(Operator).order_by(Operator.username))]
    print(f"{'username':20} {'role':10} {'languages':16} {'active':6} {'last login':16} sign-in")
    for op, p in rows:
        last = op.last_login_at.strftime("%Y-%m-%d %H:%M") if op.last_login_at else "-"
        sign_in = ", ".join(filter(None, [
            f"paused on {p.clients} device(s)" if p.clients else "",
            f"slowed for {p.slowed_seconds} s" if p.slowed_seconds else "",
            "must choose a new password" if op.must_change_password else ""])) or "ok"
        print(f"{op.username:20} {op.role:10} {op.languages:16} {'yes' if op.active else 'no':6} {last:16} {sign_in}")
    return 0


def cmd_disable(args: argparse.Namespace) -> int:
    rc, _ = _in_db(disable_operator, args.username)
    if rc == 0:
        print(f"disabled {args.username}; their sessions are ended")
    return rc


def cmd_enable(args: argparse.Namespace) -> int:
    rc, _ = _in_db(set_active, args.username, True)
    if rc == 0:
        print(f"enabled {args.username}")
    return rc


def cmd_unlock(args: argparse.Namespace) -> int:
    rc, n = _in_db(lift_pauses, Settings().resolved().secret_key, args.username)
    if rc == 0:
        print(f"lifted the sign-in pauses of {args.username} ({n} record(s))")
    return rc


def cmd_reset_password(args: argparse.Namespace) -> int:
    """A new password (typed, or generated and printed once) that must be changed at sign-in."""
    password = None if args.generate else _password(args)

    def reset(db, username):  # noqa: ANN001, ANN202
        op, new = reset_password(db, username, password)
        lift_pauses(db, Settings().resolved().secret_key, op.username)
        return new

    rc, new = _in_db(reset, args.username)
    if rc == 0:
        if args.generate:
            print(new)
            print("(shown once; they choose their own password when they sign in)", file=sys.stderr)
        else:
            print(f"reset the password of {args.username}; they choose a new one when they sign in")
    return rc


def cmd_token_add(args: argparse.Namespace) -> int:
    rc, raw = _in_db(create_token, args.name, args.scopes.replace(",", " ").split())
    if raw:
        print(raw)
        print("(shown once; only its hash is stored)", file=sys.stderr)
    return rc


def cmd_token_revoke(args: argparse.Namespace) -> int:
    rc, _ = _in_db(revoke_token, args.name)
    if rc == 0:
        print(f"revoked {args.name}")
    return rc


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("operators", help="operator console accounts and API tokens")
    sub = p.add_subparsers(dest="operators_command", required=True, metavar="ACTION")

    add = sub.add_parser("add", help="add an operator (password from stdin, a prompt, or --password-env)")
    add.add_argument("username")
    add.add_argument("--role", choices=("operator", "supervisor"), default="operator")
    add.add_argument("--languages", default="es", help="languages the operator reads, e.g. es,en")
    add.add_argument("--name", help="display name (default: the username)")
    add.add_argument("--password-env", help="read the password from this environment variable")
    add.set_defaults(func=cmd_add)

    lst = sub.add_parser("list", help="list operators")
    lst.set_defaults(func=cmd_list)

    dis = sub.add_parser("disable", help="disable an operator and end their sessions")
    dis.add_argument("username")
    dis.set_defaults(func=cmd_disable)

    ena = sub.add_parser("enable", help="let a disabled operator sign in again")
    ena.add_argument("username")
    ena.set_defaults(func=cmd_enable)

    unl = sub.add_parser("unlock", help="lift an operator's sign-in pauses (after repeated failed attempts)")
    unl.add_argument("username")
    unl.set_defaults(func=cmd_unlock)

    rst = sub.add_parser("reset-password", help="set a new password that must be changed at the next sign-in")
    rst.add_argument("username")
    rst.add_argument("--generate", action="store_true", help="generate one and print it once")
    rst.add_argument("--password-env", help="read the password from this environment variable")
    rst.set_defaults(func=cmd_reset_password)

    tok = sub.add_parser("token-add", help="create a scoped API token (printed once)")
    tok.add_argument("name")
    tok.add_argument("--scopes", required=True, help="handoffs:read, handoffs:write, stats:read, transcripts:read (comma-separated)")
    tok.set_defaults(func=cmd_token_add)

    rev = sub.add_parser("token-revoke", help="revoke an API token")
    rev.add_argument("name")
    rev.set_defaults(func=cmd_token_revoke)
