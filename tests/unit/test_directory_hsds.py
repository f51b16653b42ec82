"""HSDS import/export: lossless round trip, clear errors, all-or-nothing, upserts."""
from __future__ import annotations

import csv
import filecmp
import json
import shutil
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.session import MIGRATIONS, make_engine
from services.hsds import HSDSError, export_package, import_package, kept_fields
from services.models import TABLES, Service
from services.sample_data import SAMPLE_DIR

DATA = Path(__file__).resolve().parents[1] / "data" / "directory"
VALID = DATA / "valid"
SHELTER = "22222222-2222-4222-8222-222222222201"


def upgrade(url: str) -> None:
    """Schema up to the directory revision (independent of other features' heads)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0002")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty migrated database, copied for each test (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "dir.db"
    upgrade(f"sqlite:///{path}")
    return path


def fresh(template: Path, path: Path) -> str:
    shutil.copy(template, path)
    return f"sqlite:///{path}"


@pytest.fixture
def session(template: Path, tmp_path: Path):
    engine = make_engine(fresh(template, tmp_path / "dir.db"))
    with Session(engine) as s:
        yield s
    engine.dispose()


def count(session: Session, model=Service) -> int:  # noqa: ANN001
    return session.scalar(select(func.count()).select_from(model))


def snapshot(session: Session) -> dict[str, dict[str, dict]]:
    return {
        table: {o.id: {f: getattr(o, f) for f in kept_fields(table)} for o in session.scalars(select(model))}
        for table, model in TABLES.items()
    }


def package(tmp_path: Path) -> Path:
    dst = tmp_path / "pkg"
    shutil.copytree(VALID, dst)
    return dst


def edit(path: Path, row: int, field: str, value: str) -> None:
    """Sets `field` of data row `row` (1-based) in a CSV file."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        header = list(rows[0].keys())
    if field not in header:
        header.append(field)
    rows[row - 1][field] = value
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)


def test_sample_round_trip_is_lossless(session: Session, template: Path, tmp_path: Path) -> None:
    import_package(session, SAMPLE_DIR)
    first = snapshot(session)
    export_package(session, tmp_path / "a")
    for f in SAMPLE_DIR.glob("*.csv"):  # the sample is itself an export
        assert filecmp.cmp(f, tmp_path / "a" / f.name, shallow=False), f.name

    engine = make_engine(fresh(template, tmp_path / "second.db"))
    with Session(engine) as other:
        import_package(other, tmp_path / "a")
        assert snapshot(other) == first
        export_package(other, tmp_path / "b")
    engine.dispose()
    for f in (tmp_path / "a").iterdir():
        assert filecmp.cmp(f, tmp_path / "b" / f.name, shallow=False), f.name


def test_every_field_of_the_fixture_survives_export(session: Session, tmp_path: Path) -> None:
    import_package(session, VALID)
    export_package(session, tmp_path / "out")
    for src in VALID.glob("*.csv"):
        with src.open(encoding="utf-8") as a, (tmp_path / "out" / src.name).open(encoding="utf-8") as b:
            want, got = list(csv.DictReader(a)), {r["id"]: r for r in csv.DictReader(b)}
        for row in want:
            for key, value in row.items():
                assert got[row["id"]][key] == value, (src.name, key)
    dp = json.loads((tmp_path / "out" / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in dp["resources"]}
    assert {"organization", "service", "location", "schedule", "attribute"} <= names
    for r in dp["resources"]:
        header = (tmp_path / "out" / r["path"]).read_text(encoding="utf-8").splitlines()[0].split(",")
        assert header == [f["name"] for f in r["schema"]["fields"]]


def test_json_services_import(session: Session) -> None:
    report = import_package(session, DATA / "services.json")
    assert report.counts["service"] == 1 and report.counts["address"] == 1 and report.counts["language"] == 1
    assert any("contacts" in w for w in report.warnings)
    from services.directory import search

    [ref] = search(session, "consulate", near="guate", lang="quc")
    assert ref.phone == "+1 202 555 0199" and ref.city == "Ciudad de Guatemala" and ref.is_sample
    assert ref.timezone == "America/Guatemala"


def test_reimport_updates_rows(session: Session, tmp_path: Path) -> None:
    import_package(session, VALID)
    pkg = package(tmp_path)
    edit(pkg / "services.csv", 1, "name", "[SAMPLE] Renamed Shelter")
    edit(pkg / "services.csv", 1, "minimum_age", "")
    import_package(session, pkg)
    session.expire_all()
    svc = session.get(Service, SHELTER)
    assert svc.name == "[SAMPLE] Renamed Shelter" and svc.minimum_age is None
    assert count(session) == 2


def corrupt_cases():
    """(name, mutate(pkg), expected source, row, field, words in the message)"""

    def dup(pkg: Path) -> None:
        text = (pkg / "phones.csv").read_text(encoding="utf-8")
        (pkg / "phones.csv").write_text(text + text.splitlines()[1] + "\n", encoding="utf-8")

    def copy(name: str, to: str):  # noqa: ANN202
        return lambda pkg: shutil.copy(DATA / name, pkg / to)

    return [
        ("duplicate id", dup, "phones.csv", 3, "id", "duplicate id"),
        ("missing required", lambda p: edit(p / "services.csv", 2, "name", ""), "services.csv", 2, "name", "required"),
        ("missing required column", lambda p: edit(p / "addresses.csv", 1, "city", ""), "addresses.csv", 1, "city", "required"),
        ("unknown foreign key", lambda p: edit(p / "services.csv", 1, "organization_id", "11111111-1111-4111-8111-999999999999"),
         "services.csv", 1, "organization_id", "unknown organization"),
        ("unknown attribute link", lambda p: edit(p / "attributes.csv", 3, "link_id", "33333333-3333-4333-8333-999999999999"),
         "attributes.csv", 3, "link_id", "unknown location"),
        ("bad day", lambda p: edit(p / "schedules.csv", 2, "byday", "MO,XX"), "schedules.csv", 2, "byday", "XX"),
        ("bad time", lambda p: edit(p / "schedules.csv", 2, "opens_at", "25:00"), "schedules.csv", 2, "opens_at", "time"),
        ("half hours", lambda p: edit(p / "schedules.csv", 2, "closes_at", ""), "schedules.csv", 2, "closes_at", "together"),
        ("bad freq", lambda p: edit(p / "schedules.csv", 2, "freq", "DAILY"), "schedules.csv", 2, "freq", "WEEKLY"),
        ("validity reversed", lambda p: edit(p / "schedules.csv", 2, "valid_to", "2024-01-01"), "schedules.csv", 2, "valid_to", "before"),
        ("bad time zone", lambda p: edit(p / "attributes.csv", 4, "value", "Mars/Olympus"), "attributes.csv", 4, "value", "IANA"),
        ("bad uuid", lambda p: edit(p / "languages.csv", 1, "id", "lang-1"), "languages.csv", 1, "id", "uuid"),
        ("bad number", lambda p: edit(p / "locations.csv", 1, "latitude", "catorce"), "locations.csv", 1, "latitude", "not a number"),
        ("bad country", lambda p: edit(p / "addresses.csv", 1, "country", "Mexico"), "addresses.csv", 1, "country", "ISO 3166"),
        ("unknown column", lambda p: edit(p / "services.csv", 1, "colour", "red"), "services.csv", None, "colour", "unknown column"),
        ("malformed csv", copy("malformed_services.csv", "services.csv"), "services.csv", 1, None, "malformed CSV"),
        ("latin-1", copy("latin1_services.csv", "services.csv"), "services.csv", 1, None, "UTF-8"),
        ("ragged row", lambda p: (p / "languages.csv").write_text(
            (p / "languages.csv").read_text(encoding="utf-8") + "x,y\n", encoding="utf-8"),
         "languages.csv", 4, None, "values but the header"),
    ]


@pytest.mark.parametrize("case", corrupt_cases(), ids=lambda c: c[0])
def test_corrupt_input_is_reported_and_nothing_is_imported(session: Session, tmp_path: Path, case) -> None:  # noqa: ANN001
    name, mutate, source, row, field, words = case
    import_package(session, VALID)  # a good state first: it must survive untouched
    before = snapshot(session)
    pkg = package(tmp_path)
    edit(pkg / "organizations.csv", 1, "name", "[SAMPLE] Must not be written")
    mutate(pkg)
    with pytest.raises(HSDSError) as err:
        import_package(session, pkg)
    problems = err.value.problems
    match = [p for p in problems if p.source == source and p.row == row and p.field == field]
    assert match, f"{name}: {[str(p) for p in problems]}"
    assert words.lower() in str(match[0]).lower()
    session.expire_all()
    assert snapshot(session) == before


def test_corrupt_first_import_leaves_directory_empty(session: Session, tmp_path: Path) -> None:
    pkg = package(tmp_path)
    edit(pkg / "phones.csv", 2, "service_id", "22222222-2222-4222-8222-999999999999")
    with pytest.raises(HSDSError):
        import_package(session, pkg)
    assert all(count(session, model) == 0 for t, model in TABLES.items() if not t.startswith("taxonomy"))


def test_bad_json_is_reported(session: Session, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    data = json.loads((DATA / "services.json").read_text(encoding="utf-8"))
    data[0]["status"] = "open"
    del data[0]["service_at_locations"][0]["location"]["addresses"][0]["city"]
    bad.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(HSDSError) as err:
        import_package(session, bad)
    text = err.value.report()
    assert "bad.json, row 1, field 'status'" in text
    assert "service_at_locations[0].location.addresses[0].city" in text
    (tmp_path / "broken.json").write_text("[{", encoding="utf-8")
    with pytest.raises(HSDSError, match="not valid JSON"):
        import_package(session, tmp_path / "broken.json")
    assert count(session) == 0


def test_cli_import_export_errors_are_clear(tmp_path: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    from bot import cli
    from bot.settings import get_settings

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("HOTLINE_DATABASE_URL", url)
    monkeypatch.setenv("HOTLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("bot.db.session.migrate", upgrade)
    get_settings.cache_clear()
    try:
        pkg = package(tmp_path)
        shutil.copy(DATA / "latin1_services.csv", pkg / "services.csv")
        assert cli.main(["directory", "import", str(pkg)]) == 1
        err = capsys.readouterr().err
        assert "nothing was imported" in err and "services.csv, row 1 (line 2)" in err and "UTF-8" in err
        assert "Traceback" not in err
        assert cli.main(["directory", "import", str(DATA / "latin1_services.csv")]) == 1
        assert "give the folder" in capsys.readouterr().err
        assert cli.main(["directory", "import", str(tmp_path / "missing")]) == 1
        assert "no such file" in capsys.readouterr().err
        assert cli.main(["directory", "import", str(VALID)]) == 0
        assert "2 service" in capsys.readouterr().out
        assert cli.main(["directory", "export", str(tmp_path / "out")]) == 0
        assert (tmp_path / "out" / "services.csv").exists()
    finally:
        get_settings.cache_clear()
