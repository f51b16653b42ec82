"""HSDS import/export: lossless round trip, clear errors, all-or-nothing, upserts; data valid by
the HSDS schema imports (Open Referral's own example package), our domain checks are notices with
row numbers, and --strict makes them errors."""
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

from bot.db.directory import TABLES, Location, Phone, SearchEntry, Service
from bot.db.session import MIGRATIONS, make_engine
from services.hsds import SCHEMA_DIR, HSDSError, export_package, import_package, kept_fields
from services.sample_data import SAMPLE_DIR

DATA = Path(__file__).resolve().parents[1] / "data" / "directory"
VALID = DATA / "valid"
# Open Referral's own example data (CC BY-SA 4.0, see its ATTRIBUTION.md).
EXAMPLE = DATA / "openreferral_example"
EXAMPLE_SERVICE = "ac148810-d857-441c-9679-408f346de14b"
EXAMPLE_LOCATION = "3a19ff88-4620-4d17-9830-ac1d859eb5d5"
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


ERROR, NOTICE = "error", "notice"  # breaks the HSDS schema / fails only our domain checks


def corrupt_cases():
    """(name, kind, mutate(pkg), expected source, row, field, words in the message)"""

    def dup(pkg: Path) -> None:
        text = (pkg / "phones.csv").read_text(encoding="utf-8")
        (pkg / "phones.csv").write_text(text + text.splitlines()[1] + "\n", encoding="utf-8")

    def copy(name: str, to: str):  # noqa: ANN202
        return lambda pkg: shutil.copy(DATA / name, pkg / to)

    return [
        ("duplicate id", ERROR, dup, "phones.csv", 3, "id", "duplicate id"),
        ("missing required", ERROR, lambda p: edit(p / "services.csv", 2, "name", ""), "services.csv", 2, "name", "required"),
        ("missing required column", ERROR, lambda p: edit(p / "addresses.csv", 1, "city", ""), "addresses.csv", 1, "city", "required"),
        ("unknown required reference", ERROR,
         lambda p: edit(p / "services.csv", 1, "organization_id", "11111111-1111-4111-8111-999999999999"),
         "services.csv", 1, "organization_id", "unknown organization"),
        ("unknown optional reference", NOTICE,
         lambda p: edit(p / "phones.csv", 2, "service_id", "22222222-2222-4222-8222-999999999999"),
         "phones.csv", 2, "service_id", "left empty"),
        ("unknown attribute link", NOTICE, lambda p: edit(p / "attributes.csv", 3, "link_id", "33333333-3333-4333-8333-999999999999"),
         "attributes.csv", 3, "link_id", "unknown location"),
        ("bad day", NOTICE, lambda p: edit(p / "schedules.csv", 2, "byday", "MO,XX"), "schedules.csv", 2, "byday", "XX"),
        ("bad time", ERROR, lambda p: edit(p / "schedules.csv", 2, "opens_at", "25:00"), "schedules.csv", 2, "opens_at", "time"),
        ("half hours", NOTICE, lambda p: edit(p / "schedules.csv", 2, "closes_at", ""), "schedules.csv", 2, "closes_at", "together"),
        ("bad freq", ERROR, lambda p: edit(p / "schedules.csv", 2, "freq", "DAILY"), "schedules.csv", 2, "freq", "WEEKLY"),
        ("validity reversed", NOTICE, lambda p: edit(p / "schedules.csv", 2, "valid_to", "2024-01-01"), "schedules.csv", 2, "valid_to", "before"),
        ("bad time zone", NOTICE, lambda p: edit(p / "attributes.csv", 4, "value", "Mars/Olympus"), "attributes.csv", 4, "value", "IANA"),
        ("bad uuid", ERROR, lambda p: edit(p / "languages.csv", 1, "id", "lang-1"), "languages.csv", 1, "id", "uuid"),
        ("bad number", ERROR, lambda p: edit(p / "locations.csv", 1, "latitude", "catorce"), "locations.csv", 1, "latitude", "not a number"),
        ("latitude out of range", NOTICE, lambda p: edit(p / "locations.csv", 1, "latitude", "100"),
         "locations.csv", 1, "latitude", "out of range"),
        ("bad country", NOTICE, lambda p: edit(p / "addresses.csv", 1, "country", "Mexico"), "addresses.csv", 1, "country", "ISO 3166"),
        ("unknown column", ERROR, lambda p: edit(p / "services.csv", 1, "colour", "red"), "services.csv", None, "colour", "unknown column"),
        ("malformed csv", ERROR, copy("malformed_services.csv", "services.csv"), "services.csv", 1, None, "malformed CSV"),
        ("latin-1", ERROR, copy("latin1_services.csv", "services.csv"), "services.csv", 1, None, "UTF-8"),
        ("ragged row", ERROR, lambda p: (p / "languages.csv").write_text(
            (p / "languages.csv").read_text(encoding="utf-8") + "x,y\n", encoding="utf-8"),
         "languages.csv", 4, None, "values but the header"),
    ]


def matching(problems, source: str, row: int | None, field: str | None, words: str) -> bool:  # noqa: ANN001
    found = [p for p in problems if p.source == source and p.row == row and p.field == field]
    return bool(found) and words.lower() in str(found[0]).lower()


@pytest.mark.parametrize("case, strict", [
    pytest.param(c, strict, id=f"{c[0]}-{'strict' if strict else 'default'}")
    for c in corrupt_cases() for strict in (False, True) if strict or c[1] == ERROR
])
def test_bad_input_is_reported_and_nothing_is_imported(session: Session, tmp_path: Path, case, strict: bool) -> None:  # noqa: ANN001
    """Schema errors always; domain notices too with --strict (else they import: below)."""
    name, _kind, mutate, source, row, field, words = case
    import_package(session, VALID)  # a good state first: it must survive untouched
    before = snapshot(session)
    pkg = package(tmp_path)
    edit(pkg / "organizations.csv", 1, "name", "[SAMPLE] Must not be written")
    mutate(pkg)
    with pytest.raises(HSDSError) as err:
        import_package(session, pkg, strict=strict)
    problems = err.value.problems
    assert matching(problems, source, row, field, words), f"{name}: {[str(p) for p in problems]}"
    session.expire_all()
    assert snapshot(session) == before


@pytest.mark.parametrize("case", [c for c in corrupt_cases() if c[1] == NOTICE], ids=lambda c: c[0])
def test_domain_checks_are_notices_and_the_row_is_kept(session: Session, tmp_path: Path, case) -> None:  # noqa: ANN001
    name, _kind, mutate, source, row, field, words = case
    pkg = package(tmp_path)
    mutate(pkg)
    report = import_package(session, pkg)
    assert matching(report.notices, source, row, field, words), f"{name}: {[str(p) for p in report.notices]}"
    assert str(report.notices[0]) in report.warnings
    assert count(session) == 2  # imported
    # What was kept as given does not break a search, its opening hours or its text.
    from services.directory import format_sms, search

    refs = search(session, "legal_aid", near="Tapachula") + search(session, "legal_aid", near="Tapachula", open_now=True)
    assert name == "bad country" or refs[0].service_id == "22222222-2222-4222-8222-222222222202"
    assert name == "bad country" or refs[0].service_name in format_sms(refs, "es")


def test_corrupt_first_import_leaves_directory_empty(session: Session, tmp_path: Path) -> None:
    pkg = package(tmp_path)
    edit(pkg / "service_at_location.csv", 2, "service_id", "22222222-2222-4222-8222-999999999999")
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


def test_cli_import_export_errors_are_clear(tmp_path: Path, monkeypatch, settings_env, capsys) -> None:  # noqa: ANN001
    from bot import cli

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    settings_env.setenv("HOTLINE_DATABASE_URL", url)
    settings_env.setenv("HOTLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("bot.db.session.migrate", upgrade)
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


# --------------------------------------------------------------------------- Open Referral's example


def example_package(tmp_path: Path) -> Path:
    """examples/csv as published: its datapackage.json is a link to the specification's own."""
    dst = tmp_path / "openreferral"
    shutil.copytree(EXAMPLE / "csv", dst)
    shutil.copy(SCHEMA_DIR / "datapackage.json", dst / "datapackage.json")
    return dst


def test_open_referrals_example_package_imports_with_notices(session: Session, template: Path, tmp_path: Path) -> None:
    """Its placeholders (latitude 100, link_entity "link_entity", references to rows it leaves
    out) are valid HSDS 3.0: the package imports; each domain check names file, row and field."""
    report = import_package(session, example_package(tmp_path))
    assert {t: n for t, n in report.counts.items() if n} == {t: 1 for t in TABLES}
    where = {(n.source, n.row, n.field) for n in report.notices}
    assert where == {
        ("locations.csv", 1, "latitude"), ("locations.csv", 1, "organization_id"),
        ("attributes.csv", 1, "link_entity"), ("organizations.csv", 1, "parent_organization_id"),
        ("taxonomy_terms.csv", 1, "parent_id"), ("taxonomy_terms.csv", 1, "taxonomy_id"),
    }
    assert any(w.startswith("locations.csv, row 1 (line 2), field 'latitude': 100 is out of range") for w in report.warnings)
    assert any("programs.csv: not a table the directory stores" in w for w in report.warnings)
    location = session.get(Location, EXAMPLE_LOCATION)
    assert (location.latitude, location.longitude) == (100, 101)  # kept as given
    assert location.organization_id is None  # pointed at an organization the example leaves out
    # What was stored goes round: export, import elsewhere, same rows (the notices that remain
    # are the coordinate and the attribute's link_entity, kept as given).
    export_package(session, tmp_path / "out")
    engine = make_engine(fresh(template, tmp_path / "again.db"))
    with Session(engine) as other:
        again = import_package(other, tmp_path / "out")
        assert snapshot(other) == snapshot(session)
        assert {(n.source, n.field) for n in again.notices} == {("locations.csv", "latitude"),
                                                                ("attributes.csv", "link_entity")}
    engine.dispose()


def test_strict_refuses_the_example_and_imports_nothing(session: Session, tmp_path: Path) -> None:
    with pytest.raises(HSDSError) as err:
        import_package(session, example_package(tmp_path), strict=True)
    assert "locations.csv, row 1 (line 2), field 'latitude'" in err.value.report()
    assert len(err.value.problems) == 6
    assert all(count(session, model) == 0 for t, model in TABLES.items() if not t.startswith("taxonomy"))


def test_out_of_range_coordinate_is_kept_out_of_geographic_search(session: Session, tmp_path: Path) -> None:
    """The example's location (latitude 100) is still found by its place, never by distance."""
    from services.directory import search
    from services.taxonomy import term_id

    pkg = example_package(tmp_path)
    # The example service meets a need of ours, and its location gets a street address (the
    # example has only a postal one, in "MyCity").
    with (pkg / "attributes.csv").open("a", encoding="utf-8") as fh:
        fh.write(f"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaa99,{EXAMPLE_SERVICE},{term_id('psychological_support')},"
                 ",service,\n")
    with (pkg / "addresses.csv").open("a", encoding="utf-8") as fh:
        fh.write(f"aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaa98,{EXAMPLE_LOCATION},,1 Fictitious Street,,New York,,NY,"
                 "00000,US,physical\n")
    import_package(session, pkg)
    entries = list(session.scalars(select(SearchEntry).where(SearchEntry.service_id == EXAMPLE_SERVICE)))
    assert entries and all(e.latitude is None and e.longitude is None for e in entries)
    [ref] = search(session, "psychological_support", near="Nueva York")
    assert ref.service_id == EXAMPLE_SERVICE and ref.distance_km is None and ref.city == "New York"
    assert search(session, "psychological_support", lat=40.71, lon=-74.0) == []


def test_open_referrals_compiled_service_json_imports(session: Session) -> None:
    """examples/service_full.json nests one phone under the service, its location, the service at
    location and the organization: one row, linked to each of them."""
    report = import_package(session, EXAMPLE / "service_full.json")
    assert report.counts["service"] == 1 and report.counts["phone"] == 1 and report.counts["location"] == 1
    phone = session.get(Phone, "1554f2e2-a373-45db-a3fa-9fc48a61c15e")
    assert phone.service_id == EXAMPLE_SERVICE and phone.location_id == EXAMPLE_LOCATION
    assert phone.organization_id and phone.service_at_location_id
    assert any(n.field == "service_at_locations[0].location.latitude" for n in report.notices)


def test_cli_strict_flag(tmp_path: Path, monkeypatch, settings_env, capsys) -> None:  # noqa: ANN001
    from bot import cli

    settings_env.setenv("HOTLINE_DATABASE_URL", f"sqlite:///{tmp_path / 'cli.db'}")
    settings_env.setenv("HOTLINE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr("bot.db.session.migrate", upgrade)
    pkg = example_package(tmp_path)
    assert cli.main(["directory", "import", "--strict", str(pkg)]) == 1
    err = capsys.readouterr().err
    assert "nothing was imported" in err and "locations.csv, row 1 (line 2), field 'latitude'" in err
    assert cli.main(["directory", "import", str(pkg)]) == 0
    out = capsys.readouterr()
    assert "1 service" in out.out
    assert "warning: locations.csv, row 1 (line 2), field 'latitude'" in out.err
    assert "6 row(s) failed a domain check" in out.err
