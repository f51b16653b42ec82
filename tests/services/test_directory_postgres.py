"""The service directory on a real PostgreSQL server (the postgres_url fixture in tests/conftest.py,
scripts/postgres.sh). If the server cannot be had, these tests FAIL (they never skip): the directory
must work on PostgreSQL as well as SQLite.
"""
from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.directory import SearchEntry, Service
from bot.db.session import MIGRATIONS, make_engine
from services.directory import format_sms, search
from services.hsds import HSDSError, export_package, import_package
from bot.settings import REPO_ROOT as ROOT
from services.sample_data import SAMPLE_DIR, ensure_sample_loaded

VALID = ROOT / "tests" / "data" / "directory" / "valid"


@pytest.fixture(scope="session")
def pg(postgres_url: str):
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", postgres_url)
    command.upgrade(cfg, "0002")
    engine = make_engine(postgres_url)
    assert engine.dialect.name == "postgresql"
    with Session(engine) as session:
        yield session
    engine.dispose()


def test_sample_import_and_search_on_postgres(pg: Session, tmp_path: Path) -> None:
    assert ensure_sample_loaded(pg) is True
    assert pg.scalar(select(func.count()).select_from(Service)) >= 100
    assert pg.scalar(select(func.count()).select_from(SearchEntry)) > 0

    shelter = search(pg, "shelter", near="tapachula chiapas", lang="mam")
    assert shelter[0].city == "Tapachula" and shelter[0].confidential and shelter[0].address is None
    assert "Domicilio Reservado" not in format_sms(shelter, "es")
    child = search(pg, "shelter", near="Guatemala City", age=15)
    assert child[0].needs == ("child_protection",)
    nearest = search(pg, "legal_aid", lat=32.52, lon=-117.02)
    assert nearest[0].city == "Tijuana"
    tuesday = datetime(2026, 3, 3, 16, 30, tzinfo=timezone.utc)
    open_now = search(pg, "legal_aid", near="México", open_now=True, now=tuesday, limit=5)
    assert open_now and "Tijuana" not in {r.city for r in open_now}

    export_package(pg, tmp_path / "out")
    for f in SAMPLE_DIR.glob("*.csv"):
        assert (tmp_path / "out" / f.name).read_bytes() == f.read_bytes(), f.name


def test_bad_import_changes_nothing_on_postgres(pg: Session, tmp_path: Path) -> None:
    import_package(pg, VALID)
    before = pg.scalar(select(func.count()).select_from(Service))
    pkg = tmp_path / "pkg"
    shutil.copytree(VALID, pkg)
    text = (pkg / "services.csv").read_text(encoding="utf-8")
    (pkg / "services.csv").write_text(text.replace("[SAMPLE] Test Legal Aid", "[SAMPLE] Renamed"), encoding="utf-8")
    (pkg / "phones.csv").write_text(
        (pkg / "phones.csv").read_text(encoding="utf-8").replace("22222222-2222-4222-8222-222222222202",
                                                                "22222222-2222-4222-8222-999999999999"),
        encoding="utf-8",
    )
    with pytest.raises(HSDSError, match="unknown service"):  # an optional reference to nothing: strict refuses it
        import_package(pg, pkg, strict=True)
    pg.expire_all()
    assert pg.scalar(select(func.count()).select_from(Service)) == before
    assert pg.get(Service, "22222222-2222-4222-8222-222222222202").name == "[SAMPLE] Test Legal Aid"


def test_open_referrals_example_imports_on_postgres(pg: Session, tmp_path: Path) -> None:
    """Open Referral's example package (latitude 100, placeholder links): imported with notices,
    the coordinate kept but out of the search index."""
    from services.hsds import SCHEMA_DIR
    from bot.db.directory import Location

    pkg = tmp_path / "example"
    shutil.copytree(ROOT / "tests" / "data" / "directory" / "openreferral_example" / "csv", pkg)
    shutil.copy(SCHEMA_DIR / "datapackage.json", pkg / "datapackage.json")
    report = import_package(pg, pkg)
    assert len(report.notices) == 6 and report.counts["service"] == 1
    assert pg.get(Location, "3a19ff88-4620-4d17-9830-ac1d859eb5d5").latitude == 100
    assert pg.scalar(select(func.count()).select_from(SearchEntry).where(SearchEntry.latitude > 90)) == 0
    # The HSDS read API's queries on PostgreSQL (its answers are validated in tests/services/test_hsds_api.py).
    from services import hsds_api

    found = hsds_api.list_services(pg, search="COUNSELLING", full=True, per_page=5)
    assert [s["id"] for s in found["contents"]] == ["ac148810-d857-441c-9679-408f346de14b"]
    assert found["contents"][0]["service_at_locations"][0]["location"]["latitude"] == 100
    assert hsds_api.list_taxonomy_terms(pg, search="code")["total_items"] >= 1
