"""The fictitious sample directory (services/sample), for demos and tests."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from bot.db.directory import Service
from services.hsds import ImportReport, import_package

SAMPLE_DIR = Path(__file__).resolve().parent / "sample"


def load_sample(session: Session) -> ImportReport:
    """Imports (or refreshes) the sample package; commits."""
    return import_package(session, SAMPLE_DIR)


def ensure_sample_loaded(session: Session) -> bool:
    """Loads the sample only when the directory has no service at all.

    Returns True when it loaded it. Meant for start-up of a demo or test
    deployment; a directory with real services is never touched.
    """
    if session.scalar(select(exists().where(Service.id.isnot(None)))):
        return False
    load_sample(session)
    return True
