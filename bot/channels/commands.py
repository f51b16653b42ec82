"""`hotline whatsapp-templates register|status`: the approved WhatsApp template, through Twilio's
Content API (https://www.twilio.com/docs/content/content-api-resources).

- `register` creates one `twilio/text` Content resource per language from
  data/whatsapp_templates.yml (`POST /v1/Content`) and submits each to WhatsApp
  (`POST /v1/Content/{sid}/ApprovalRequests/whatsapp`, category UTILITY), then prints the
  `TWILIO_WHATSAPP_TEMPLATES` line to set.
- `status` reads back every configured template (`GET /v1/Content/{sid}` and
  `/ApprovalRequests`): its language, text, and WhatsApp's review; exit 1 unless all are
  approved and in the language they are configured for.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.channels.outbound import client_for
from bot.settings import TwilioSettings

TEMPLATES_FILE = Path(__file__).resolve().parents[2] / "data" / "whatsapp_templates.yml"


def load_texts(path: Path = TEMPLATES_FILE) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _client():  # noqa: ANN202
    settings = TwilioSettings()
    if not (settings.account_sid and settings.auth_token):
        raise SystemExit("error: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN")
    return client_for(settings, timeout=30.0), settings


def register_templates(client, spec: dict[str, Any], languages: list[str]) -> dict[str, str]:  # noqa: ANN001
    """Creates and submits one template per language; returns {language: ContentSid}."""
    from twilio.rest.content.v1.content import ContentList
    from twilio.rest.content.v1.content.approval_create import ApprovalCreateList

    created = {}
    for lang in languages:
        name = f"{spec['name']}_{lang}"
        content = client.content.v1.contents.create(ContentList.ContentCreateRequest({
            "friendly_name": name, "language": lang, "variables": {},
            "types": {"twilio/text": {"body": spec["templates"][lang]}},
        }))
        client.content.v1.contents(content.sid).approval_create.create(
            ApprovalCreateList.ContentApprovalRequest({"name": name, "category": spec.get("category", "UTILITY")}))
        created[lang] = content.sid
    return created


def template_report(client, templates: dict[str, str]) -> list[dict[str, Any]]:  # noqa: ANN001
    """Language, text and WhatsApp review of each configured template, and what is wrong."""
    from twilio.base.exceptions import TwilioRestException

    rows = []
    for lang, sid in sorted(templates.items()):
        row: dict[str, Any] = {"language": lang, "sid": sid, "problems": []}
        try:
            content = client.content.v1.contents(sid).fetch()
            approval = client.content.v1.contents(sid).approval_fetch().fetch()
        except TwilioRestException as exc:
            row["problems"].append(f"Twilio answered {exc.status} (code {exc.code})")
            rows.append(row)
            continue
        row["text"] = ((content.types or {}).get("twilio/text") or {}).get("body")
        row["whatsapp"] = (approval.whatsapp or {}).get("status") or "not submitted"
        if (content.language or "").split("_")[0].lower() != lang:
            row["problems"].append(f"the template is in '{content.language}', configured for '{lang}'")
        if row["whatsapp"] != "approved":
            row["problems"].append(f"WhatsApp review: {row['whatsapp']}")
        rows.append(row)
    return rows


def _register(args: argparse.Namespace) -> int:
    spec = load_texts(Path(args.file))
    languages = [l.strip() for l in (args.languages or ",".join(spec["templates"])).split(",") if l.strip()]
    unknown = [l for l in languages if l not in spec["templates"]]
    if unknown:
        print(f"error: no text for {', '.join(unknown)} in {args.file}", file=sys.stderr)
        return 1
    client, _settings = _client()
    created = register_templates(client, spec, languages)
    for lang, sid in created.items():
        print(f"{lang}: {sid} submitted to WhatsApp for review")
    print("When WhatsApp has approved them (`hotline whatsapp-templates status`), set:")
    print("TWILIO_WHATSAPP_TEMPLATES=" + ",".join(f"{lang}:{sid}" for lang, sid in created.items()))
    return 0


def _status(_args: argparse.Namespace) -> int:
    client, settings = _client()
    if not settings.templates:
        print("no templates configured (TWILIO_WHATSAPP_TEMPLATES): after WhatsApp's 24-hour window "
              "operator replies wait for the person's next message")
        return 1
    rows = template_report(client, settings.templates)
    for row in rows:
        state = "ok" if not row["problems"] else "; ".join(row["problems"])
        print(f"{row['language']}: {row['sid']} {row.get('whatsapp', '?')} — {state}\n    {row.get('text') or ''}")
    return 0 if all(not r["problems"] for r in rows) else 1


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("whatsapp-templates", help="the approved WhatsApp template (Twilio Content API)")
    tsub = p.add_subparsers(dest="templates_command", required=True)
    reg = tsub.add_parser("register", help="create the templates of data/whatsapp_templates.yml and submit them")
    reg.add_argument("--languages", help="comma-separated, default: every language in the file")
    reg.add_argument("--file", default=str(TEMPLATES_FILE))
    reg.set_defaults(func=_register)
    tsub.add_parser("status", help="check the configured templates: language, text, WhatsApp review").set_defaults(
        func=_status)
