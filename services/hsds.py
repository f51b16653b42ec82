"""Open Referral HSDS 3.0 import and export.

Import reads a tabular data package (a folder of CSV files, usually with a
datapackage.json) or HSDS JSON (a list of services in the compiled shape of
`GET /services/{id}`). Two kinds of check, each naming file, row and field:

- errors: what HSDS 3.0 itself requires (the JSON schema of each table in
  services/hsds_schema, CC BY-SA 4.0; the tabular field types and required
  fields; well-formed UTF-8 CSV; unique ids; required references that point
  somewhere). On any error nothing is written and `HSDSError` lists them.
- notices: our own domain checks (coordinates in range, ISO country codes,
  ages, schedule rules, IANA time zones, optional references that point
  nowhere, ...). Data valid by the schema imports; the row is kept as given
  (an optional reference to nothing is left empty, an out-of-range coordinate
  stays out of geographic search) and the notice is reported as a warning.
  `strict=True` (`hotline directory import --strict`) turns them into errors.

Import upserts by id (a row given again replaces the stored one) and never
deletes. Export writes every stored table as a tabular data package.
"""
from __future__ import annotations

import csv
import io
import json
import re
import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from jsonschema import Draft202012Validator, FormatChecker
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.db.directory import TABLES, TaxonomyTerm
from bot.text.folding import fold
from services.directory import rebuild_search_index
from services.places import resolve_place
from services.taxonomy import ensure_taxonomy

SCHEMA_DIR = Path(__file__).resolve().parent / "hsds_schema"
MAX_PROBLEMS = 50
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_BYDAY = re.compile(r"^([+-]?[1-5])?(MO|TU|WE|TH|FR|SA|SU)$")
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")


@dataclass(frozen=True)
class Problem:
    source: str  # file name, or table name for nested JSON
    row: int | None  # 1-based data row (CSV line = row + 1), or service number in JSON
    field: str | None
    message: str

    def __str__(self) -> str:
        where = self.source
        if self.row is not None:
            where += f", row {self.row}"
            if self.source.endswith(".csv"):
                where += f" (line {self.row + 1})"
        if self.field:
            where += f", field '{self.field}'"
        return f"{where}: {self.message}"


class HSDSError(Exception):
    """Input that cannot be imported. Nothing was written."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(self.report())

    def report(self, limit: int = 20) -> str:
        lines = [str(p) for p in self.problems[:limit]]
        if len(self.problems) > limit:
            lines.append(f"... and {len(self.problems) - limit} more problems")
        return "\n".join(lines)


@dataclass
class ImportReport:
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # file-level, then every notice
    notices: list[Problem] = field(default_factory=list)  # domain checks the data did not pass


@dataclass
class _Row:
    table: str
    values: dict[str, Any]
    source: str
    row: int | None
    prefix: str = ""  # JSON path of the nested record, for messages

    def problem(self, name: str | None, message: str) -> Problem:
        return Problem(self.source, self.row, f"{self.prefix}{name}" if name else self.prefix or None, message)


# --------------------------------------------------------------------------- schema


@lru_cache
def datapackage() -> dict:
    return json.loads((SCHEMA_DIR / "datapackage.json").read_text(encoding="utf-8"))


@lru_cache
def resources() -> dict[str, dict]:
    """HSDS tabular resources of the tables stored here, by table name."""
    return {r["name"]: r for r in datapackage()["resources"] if r["name"] in TABLES}


def kept_fields(table: str) -> list[str]:
    """HSDS fields of a table that the model stores, in HSDS order."""
    columns = TABLES[table].__table__.columns.keys()
    return [f["name"] for f in resources()[table]["schema"]["fields"] if f["name"] in columns]


@lru_cache
def _field_types(table: str) -> dict[str, str]:
    return {f["name"]: f["type"] for f in resources()[table]["schema"]["fields"]}


@lru_cache
def _required(table: str) -> tuple[str, ...]:
    return tuple(
        f["name"] for f in resources()[table]["schema"]["fields"]
        if f.get("constraints", {}).get("required")
    )


@lru_cache
def _foreign_keys(table: str) -> tuple[tuple[str, str], ...]:
    fks = resources()[table]["schema"].get("foreignKeys", [])
    return tuple(
        (fk["fields"], fk["reference"]["resource"]) for fk in fks if fk["reference"]["resource"] in TABLES
    )


@lru_cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker(formats=("uuid", "email")))


# --------------------------------------------------------------------------- reading


def read_package(path: Path) -> tuple[list[_Row], list[Problem], list[str]]:
    """Rows of an HSDS tabular data package (folder) or HSDS JSON file."""
    path = Path(path)
    if path.is_dir():
        return _read_tabular(path)
    if path.is_file() and path.suffix.lower() == ".csv":
        return [], [Problem(path.name, None, None, "one CSV file is not a package: give the folder that holds the HSDS CSV files")], []
    if path.is_file():
        return _read_json(path)
    return [], [Problem(str(path), None, None, "no such file or folder")], []


def _resource_paths(folder: Path, problems: list[Problem]) -> dict[str, str]:
    paths = {name: r["path"] for name, r in resources().items()}
    dp_file = folder / "datapackage.json"
    if dp_file.exists():
        try:
            dp = json.loads(dp_file.read_text(encoding="utf-8-sig"))
            for r in dp.get("resources", []):
                if r.get("name") in TABLES and r.get("path"):
                    paths[r["name"]] = r["path"]
        except (ValueError, AttributeError, UnicodeDecodeError) as exc:
            problems.append(Problem("datapackage.json", None, None, f"not valid JSON: {exc}"))
    return paths


def _read_tabular(folder: Path) -> tuple[list[_Row], list[Problem], list[str]]:
    problems: list[Problem] = []
    warnings: list[str] = []
    rows: list[_Row] = []
    paths = _resource_paths(folder, problems)
    known = set(paths.values()) | {"datapackage.json"}
    for extra in sorted(p.name for p in folder.glob("*.csv") if p.name not in known):
        warnings.append(f"{extra}: not a table the directory stores; ignored")
    found = False
    for table, rel in paths.items():
        file = folder / rel
        if not file.is_file():
            continue
        found = True
        rows.extend(_read_csv(file, table, problems))
    if not found and not problems:
        problems.append(Problem(str(folder), None, None, "no HSDS CSV files (organizations.csv, services.csv, ...) found"))
    return rows, problems, warnings


def _read_csv(file: Path, table: str, problems: list[Problem]) -> list[_Row]:
    name = file.name
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        problems.append(Problem(
            name, max(line - 1, 1), None,
            f"not UTF-8 text (byte 0x{raw[exc.start]:02X} on line {line}); save the file as UTF-8",
        ))
        return []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if not header:
            problems.append(Problem(name, None, None, "empty file: a header row is required"))
            return []
        header = [h.strip() for h in header]
        allowed = set(_field_types(table))
        for col in header:
            if col not in allowed:
                problems.append(Problem(name, None, col, f"unknown column for HSDS table '{table}'"))
        if len(set(header)) != len(header):
            problems.append(Problem(name, None, None, "a column name appears twice in the header"))
        out = []
        for number, values in enumerate(reader, start=1):
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                problems.append(Problem(
                    name, number, None, f"{len(values)} values but the header has {len(header)} columns",
                ))
                continue
            record = {k: v for k, v in zip(header, values) if v != "" and k in allowed}
            out.append(_Row(table, _coerce(record, table, name, number, problems), name, number))
        return out
    except csv.Error as exc:
        problems.append(Problem(name, reader.line_num - 1 or None, None, f"malformed CSV: {exc}"))
        return []


def _coerce(record: dict[str, str], table: str, source: str, number: int, problems: list[Problem]) -> dict:
    """CSV text -> JSON values, by the tabular field type."""
    types = _field_types(table)
    out: dict[str, Any] = {}
    for key, value in record.items():
        if types.get(key) == "number":
            try:
                out[key] = float(value)
                if out[key] != out[key] or out[key] in (float("inf"), float("-inf")):
                    raise ValueError
            except ValueError:
                problems.append(Problem(source, number, key, f"'{value}' is not a number"))
                continue
        else:
            out[key] = value
    return out


# Nested arrays of the compiled JSON shape: property -> (table, field that links to the parent).
_CHILDREN: dict[str, dict[str, tuple[str, str]]] = {
    "service": {
        "phones": ("phone", "service_id"), "schedules": ("schedule", "service_id"),
        "service_areas": ("service_area", "service_id"), "languages": ("language", "service_id"),
        "service_at_locations": ("service_at_location", "service_id"),
    },
    "organization": {"phones": ("phone", "organization_id"), "locations": ("location", "organization_id")},
    "service_at_location": {
        "phones": ("phone", "service_at_location_id"), "schedules": ("schedule", "service_at_location_id"),
    },
    "location": {
        "addresses": ("address", "location_id"), "phones": ("phone", "location_id"),
        "schedules": ("schedule", "location_id"), "languages": ("language", "location_id"),
    },
    "phone": {"languages": ("language", "phone_id")},
}
# Nested single objects: property -> (table, field of this record that points to it).
_PARENTS: dict[str, dict[str, tuple[str, str]]] = {
    "service": {"organization": ("organization", "organization_id")},
    "service_at_location": {"location": ("location", "location_id")},
    "attribute": {"taxonomy_term": ("taxonomy_term", "taxonomy_term_id")},
}


def _read_json(file: Path) -> tuple[list[_Row], list[Problem], list[str]]:
    name = file.name
    try:
        data = json.loads(file.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        return [], [Problem(name, None, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})")], []
    except ValueError as exc:
        return [], [Problem(name, None, None, f"not valid JSON: {exc}")], []
    if isinstance(data, dict):
        data = data.get("contents", [data]) if "id" not in data else [data]
    if not isinstance(data, list):
        return [], [Problem(name, None, None, "expected a list of HSDS services")], []
    problems: list[Problem] = []
    rows: list[_Row] = []
    ignored: set[str] = set()
    for number, service in enumerate(data, start=1):
        if not isinstance(service, dict):
            problems.append(Problem(name, number, None, "a service must be a JSON object"))
            continue
        errors = sorted(_validator("compiled/service.json").iter_errors(service), key=lambda e: list(e.path))
        for err in errors[:MAX_PROBLEMS]:
            problems.append(Problem(name, number, _json_path(err), _message(err)))
        if not errors:
            _flatten(service, "service", name, number, "", None, rows, ignored)
    warnings = [f"{name}: '{p}' records are not stored; ignored" for p in sorted(ignored)]
    return rows, problems, warnings


def _flatten(obj: dict, table: str, source: str, number: int, prefix: str,
             link: tuple[str, Any] | None, rows: list[_Row], ignored: set[str]) -> None:
    values = {k: v for k, v in obj.items() if not isinstance(v, (list, dict)) and v is not None}
    values.pop("taxonomy_detail", None)
    if link:
        values.setdefault(*link)
    children = _CHILDREN.get(table, {})
    parents = _PARENTS.get(table, {})
    for key, value in obj.items():
        path = f"{prefix}{key}"
        if key in parents and isinstance(value, dict):
            parent_table, fk = parents[key]
            values.setdefault(fk, value.get("id"))
            _flatten(value, parent_table, source, number, f"{path}.", None, rows, ignored)
        elif key in children and isinstance(value, list):
            child_table, fk = children[key]
            for i, child in enumerate(value):
                _flatten(child, child_table, source, number, f"{path}[{i}].", (fk, obj.get("id")), rows, ignored)
        elif key == "attributes" and isinstance(value, list):
            for i, attr in enumerate(value):
                attr = {"link_id": obj.get("id"), "link_entity": table, **attr}
                _flatten(attr, "attribute", source, number, f"{path}[{i}].", None, rows, ignored)
        elif isinstance(value, (list, dict)) and value:
            ignored.add(key)
    rows.append(_Row(table, values, source, number, prefix))


def _json_path(err) -> str | None:  # noqa: ANN001
    parts = []
    for p in err.absolute_path:
        if isinstance(p, int):
            parts[-1:] = [f"{parts[-1]}[{p}]"] if parts else [f"[{p}]"]
        else:
            parts.append(str(p))
    if err.validator == "required":
        missing = re.search(r"'([^']+)' is a required property", err.message)
        if missing:
            parts.append(missing.group(1))
    return ".".join(parts) or None


def _message(err) -> str:  # noqa: ANN001
    if err.validator == "required":
        return "required value is missing"
    if err.validator == "format":
        return f"'{err.instance}' is not a valid {err.validator_value}"
    if err.validator == "enum":
        return f"'{err.instance}' is not one of: {', '.join(map(str, err.validator_value))}"
    if err.validator == "type":
        return f"expected {err.validator_value}, got {type(err.instance).__name__} '{err.instance}'"
    return err.message


# --------------------------------------------------------------------------- checking


def _parse_time(text: str) -> time:
    if not re.fullmatch(r"\d{2}:\d{2}(:\d{2})?", text):
        raise ValueError
    return time.fromisoformat(text)


def _parse_date(text: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise ValueError
    return date.fromisoformat(text)


def _parse_datetime(text: str) -> str:
    datetime.fromisoformat(text.replace("Z", "+00:00"))
    return text


_PARSERS = {"date": (_parse_date, "a date (YYYY-MM-DD)"), "time": (_parse_time, "a time (HH:MM or HH:MM:SS)"),
            "datetime": (_parse_datetime, "a date-time (ISO 8601)")}


def _check_row(row: _Row, problems: list[Problem], notices: list[Problem]) -> dict[str, Any] | None:
    """Schema checks of one row (errors), then domain checks (notices); returns the values
    converted for the model, or None when the row breaks the schema."""
    before = len(problems)
    for name in _required(row.table):
        if name not in row.values or (isinstance(row.values[name], str) and not row.values[name].strip()):
            problems.append(row.problem(name, "required value is missing"))
    for err in _validator(f"{row.table}.json").iter_errors(row.values):
        if err.validator == "required":
            continue  # reported above, with the tabular rules
        problems.append(row.problem(_json_path(err), _message(err)))
    out: dict[str, Any] = {}
    types = _field_types(row.table)
    columns = set(kept_fields(row.table))
    for key, value in row.values.items():
        kind = types.get(key)
        if kind in _PARSERS and isinstance(value, str):
            parse, label = _PARSERS[kind]
            try:
                value = parse(value)
            except ValueError:
                problems.append(row.problem(key, f"'{value}' is not {label}"))
                continue
        if key in columns:
            out[key] = value
    if len(problems) > before:
        return None
    _semantic_checks(row, out, notices)
    _fits_columns(row, out, problems, notices)
    return out if len(problems) == before else None


def _fits_columns(row: _Row, v: dict[str, Any], problems: list[Problem], notices: list[Problem]) -> None:
    """Text longer than its column (PostgreSQL would refuse the whole package): an optional
    value is left out with a notice; a required one is an error."""
    columns = TABLES[row.table].__table__.columns
    for key, value in list(v.items()):
        length = getattr(columns[key].type, "length", None) if key in columns else None
        if length and isinstance(value, str) and len(value) > length:
            if key in _required(row.table):
                problems.append(row.problem(key, f"longer than {length} characters"))
            else:
                notices.append(row.problem(key, f"longer than {length} characters; not stored"))
                v[key] = None


def _whole(value: Any) -> bool:
    return isinstance(value, (int, float)) and float(value).is_integer()


def _semantic_checks(row: _Row, v: dict[str, Any], problems: list[Problem]) -> None:
    """Domain checks (`problems` here collects notices): the row is kept as it is."""
    table = row.table
    if table == "schedule":
        _check_schedule(row, v, problems)
    elif table == "address":
        if not re.fullmatch(r"[A-Z]{2}", v.get("country", "")):
            problems.append(row.problem("country", f"'{v.get('country')}' is not a two-letter ISO 3166-1 code (e.g. MX); "
                                                   "the address is not found by country"))
    elif table == "location":
        for key, bound in (("latitude", 90), ("longitude", 180)):
            if v.get(key) is not None and not -bound <= v[key] <= bound:
                problems.append(row.problem(key, f"{v[key]:g} is out of range (±{bound}); kept, but the location "
                                                 "is left out of searches by distance"))
    elif table == "service":
        lo, hi = v.get("minimum_age"), v.get("maximum_age")
        for key in ("minimum_age", "maximum_age"):
            if v.get(key) is not None and not 0 <= v[key] <= 130:
                problems.append(row.problem(key, f"{v[key]} is not an age"))
        if lo is not None and hi is not None and lo > hi:
            problems.append(row.problem("maximum_age", f"maximum_age {hi:g} is below minimum_age {lo:g}"))
    elif table == "language":
        if v.get("code") and not _LANG.match(v["code"]):
            problems.append(row.problem("code", f"'{v['code']}' is not an ISO 639 language code"))
    elif table == "attribute":
        if v.get("link_entity") not in TABLES:
            problems.append(row.problem("link_entity", f"'{v.get('link_entity')}' is not a table the directory "
                                                       "stores; the attribute is kept but attaches to nothing"))
    elif table == "phone" and v.get("extension") is not None and not _whole(v["extension"]):
        problems.append(row.problem("extension", "must be a whole number"))


def _check_schedule(row: _Row, v: dict[str, Any], problems: list[Problem]) -> None:
    if not (v.get("service_id") or v.get("location_id") or v.get("service_at_location_id")):
        problems.append(row.problem("service_id", "a schedule needs service_id, location_id or service_at_location_id"))
    opens, closes = v.get("opens_at"), v.get("closes_at")
    if (opens is None) != (closes is None):
        problems.append(row.problem("closes_at" if closes is None else "opens_at", "opens_at and closes_at go together"))
    if opens is not None and opens == closes and opens != time(0):
        problems.append(row.problem("closes_at", "closes_at equals opens_at (use 00:00-00:00 for 24 hours)"))
    for key in ("interval", "count"):
        if v.get(key) is not None:
            if not _whole(v[key]) or v[key] < 1:
                problems.append(row.problem(key, f"{v[key]:g} is not a positive whole number; not stored"))
                v[key] = None  # an INTEGER column
            else:
                v[key] = int(v[key])
    if v.get("byday"):
        bad = [d for d in v["byday"].split(",") if not _BYDAY.match(d.strip())]
        if bad:
            problems.append(row.problem("byday", f"unknown day(s) {', '.join(bad)}; use MO,TU,WE,TH,FR,SA,SU"))
    if v.get("bymonthday"):
        try:
            days = [int(d) for d in v["bymonthday"].split(",")]
            if any(d == 0 or not -31 <= d <= 31 for d in days):
                raise ValueError
        except ValueError:
            problems.append(row.problem("bymonthday", f"'{v['bymonthday']}' is not a list of days of the month"))
    if (v.get("byday") or v.get("bymonthday") or opens) and not v.get("freq"):
        problems.append(row.problem("freq", "freq (WEEKLY or MONTHLY) is required with days or hours"))
    if v.get("valid_from") and v.get("valid_to") and v["valid_to"] < v["valid_from"]:
        problems.append(row.problem("valid_to", "valid_to is before valid_from"))
    if v.get("timezone") is not None and not -12 <= v["timezone"] <= 14:
        problems.append(row.problem("timezone", f"{v['timezone']} is not a UTC offset in hours"))


def _check_package(session: Session, rows: list[_Row], problems: list[Problem],
                   notices: list[Problem]) -> dict[str, dict[str, dict]]:
    """Row checks, duplicate ids and references. Returns {table: {id: values}}."""
    tables: dict[str, dict[str, dict]] = {t: {} for t in TABLES}
    origin: dict[tuple[str, str], _Row] = {}
    for row in rows:
        if len(problems) >= MAX_PROBLEMS:
            break
        values = _check_row(row, problems, notices)
        if values is None:
            continue
        key = (row.table, values["id"])
        if key in origin:
            first = origin[key]
            same_json = row.source == first.source and not row.source.endswith(".csv")
            if same_json and (merged := _same_record(tables[row.table][values["id"]], values)) is not None:
                # The same record nested under several parents (an organization in many services,
                # a phone under its service, location and organization): one row, every link kept.
                tables[row.table][values["id"]] = merged
                continue
            problems.append(row.problem("id", f"duplicate id {values['id']} (first at {first.source} row {first.row})"))
            continue
        origin[key] = row
        tables[row.table][values["id"]] = values
    if problems:
        return tables
    known = _known_ids(session, tables)
    terms = {v["id"]: v for v in tables["taxonomy_term"].values()}
    for (table, _id), row in origin.items():
        values = tables[table][_id]
        for fk, target in _foreign_keys(table):
            ref = values.get(fk)
            if ref and ref not in known[target]:
                _dangling(row, values, fk, target, problems, notices)
        if table == "attribute":
            entity = values["link_entity"]
            if entity in known and values["link_id"] not in known[entity]:
                notices.append(row.problem("link_id", f"unknown {entity} id {values['link_id']}; "
                                                      "the attribute is kept but attaches to nothing"))
            _check_attribute_value(session, row, values, terms, notices)
        if table == "taxonomy_term" and values.get("parent_id") and values["parent_id"] not in known["taxonomy_term"]:
            _dangling(row, values, "parent_id", "taxonomy_term", problems, notices)
        if table == "organization" and values.get("parent_organization_id") not in (None, *known["organization"]):
            _dangling(row, values, "parent_organization_id", "organization", problems, notices)
    _check_term_codes(session, origin, tables, problems)
    return tables


def _same_record(first: dict, again: dict) -> dict | None:
    """The two copies of a nested record as one, or None when they disagree on a value."""
    if any(first[k] != v for k, v in again.items() if v is not None and first.get(k) is not None):
        return None
    return {**first, **{k: v for k, v in again.items() if v is not None}}


def _dangling(row: _Row, values: dict, fk: str, target: str, problems: list[Problem], notices: list[Problem]) -> None:
    """A reference to a row neither in the package nor stored: an error when HSDS requires the
    field; otherwise left empty (the database keeps its foreign keys) with a notice."""
    message = f"unknown {target} id {values[fk]}"
    if fk in _required(row.table):
        problems.append(row.problem(fk, message))
    else:
        notices.append(row.problem(fk, f"{message}; the reference is left empty"))
        values[fk] = None


def _known_ids(session: Session, tables: dict[str, dict[str, dict]]) -> dict[str, set[str]]:
    known = {}
    for table, model in TABLES.items():
        ids = set(tables[table])
        wanted = {
            v.get(fk) for t in TABLES for v in tables[t].values()
            for fk, target in _foreign_keys(t) if target == table
        } | {v["link_id"] for v in tables["attribute"].values() if v["link_entity"] == table}
        if table == "taxonomy_term":
            wanted |= {v.get("parent_id") for v in tables[table].values()}
        if table == "organization":
            wanted |= {v.get("parent_organization_id") for v in tables[table].values()}
        missing = [i for i in wanted - ids if i]
        for chunk in _chunks(missing, 500):
            ids.update(session.scalars(select(model.id).where(model.id.in_(chunk))))
        known[table] = ids
    return known


def _check_attribute_value(session: Session, row: _Row, values: dict, terms: dict, problems: list[Problem]) -> None:
    term = terms.get(values["taxonomy_term_id"])
    code = term.get("code") if term else session.scalar(
        select(TaxonomyTerm.code).where(TaxonomyTerm.id == values["taxonomy_term_id"])
    )
    if code == "time_zone":
        try:
            zoneinfo.ZoneInfo(values.get("value") or "")
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            problems.append(row.problem("value", f"'{values.get('value')}' is not an IANA time zone (e.g. America/Mexico_City); "
                                                 "opening hours use the place's zone"))


def _check_term_codes(session: Session, origin: dict, tables: dict, problems: list[Problem]) -> None:
    seen: dict[str, str] = {}
    codes = {v["code"]: i for i, v in tables["taxonomy_term"].items() if v.get("code")}
    stored = dict(session.execute(select(TaxonomyTerm.code, TaxonomyTerm.id).where(TaxonomyTerm.code.in_(list(codes)))).all()) if codes else {}
    for _id, v in tables["taxonomy_term"].items():
        code = v.get("code")
        if not code:
            continue
        other = seen.get(code) or (stored.get(code) if stored.get(code) != _id else None)
        if other and other != _id:
            problems.append(origin[("taxonomy_term", _id)].problem("code", f"code '{code}' is already used by term {other}"))
        seen[code] = _id


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


# --------------------------------------------------------------------------- writing


def derived_fields(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """Search columns computed from a row (see bot.db.directory.DERIVED_COLUMNS)."""
    if table == "address":
        country = values.get("country")
        place = resolve_place(f"{values.get('city', '')} {values.get('state_province', '')}", country)
        city_key = place.key if place and place.kind == "city" else fold(values.get("city") or "", words=True) or None
        region_key = place.region_key if place and place.kind != "country" else fold(values.get("state_province") or "", words=True) or None
        return {"city_key": city_key, "region_key": region_key}
    if table == "service_area":
        place = resolve_place(" ".join(filter(None, (values.get("name"), values.get("description")))))
        return {"country_code": place.country if place else None, "place_key": place.key if place else None}
    return {}


def import_package(session: Session, path: str | Path, strict: bool = False) -> ImportReport:
    """Validates and imports an HSDS package in one transaction, then commits.

    Raises HSDSError (after rolling back) when the data breaks the HSDS schema, or, with
    `strict`, when it also fails a domain check; otherwise those come back as notices.
    """
    rows, problems, warnings = read_package(Path(path))
    if problems:
        raise HSDSError(problems)
    if not rows:
        raise HSDSError([Problem(str(path), None, None, "no rows to import")])
    notices: list[Problem] = []
    try:
        ensure_taxonomy(session)
        tables = _check_package(session, rows, problems, notices)
        notices = list(dict.fromkeys(notices))  # an organization nested in many services: once
        if problems or (strict and notices):
            raise HSDSError(problems + notices if strict else problems)
        report = ImportReport(warnings=warnings + [str(n) for n in notices], notices=notices)
        for table, model in TABLES.items():
            records = _parents_first(table, tables[table])
            _upsert(session, model, table, records)
            report.counts[table] = len(records)
        rebuild_search_index(session)
        session.commit()
        return report
    except HSDSError:
        session.rollback()
        raise
    except SQLAlchemyError as exc:
        session.rollback()
        raise HSDSError([Problem(str(path), None, None, f"database refused the data: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")]) from None


def _parents_first(table: str, records: dict[str, dict]) -> list[dict]:
    parent = {"organization": "parent_organization_id", "taxonomy_term": "parent_id"}.get(table)
    if not parent:
        return list(records.values())
    ordered: list[dict] = []
    done: set[str] = set()

    def visit(rid: str, depth: int = 0) -> None:
        if rid in done or depth > len(records):
            return
        pid = records[rid].get(parent)
        if pid in records and pid != rid:
            visit(pid, depth + 1)
        done.add(rid)
        ordered.append(records[rid])

    for rid in records:
        visit(rid)
    return ordered


def _upsert(session: Session, model: type, table: str, records: list[dict]) -> None:
    fields = kept_fields(table)
    for chunk in _chunks(records, 500):
        existing = {o.id: o for o in session.scalars(select(model).where(model.id.in_([r["id"] for r in chunk])))}
        for record in chunk:
            values = {f: record.get(f) for f in fields}
            values.update(derived_fields(table, values))
            obj = existing.get(record["id"])
            if obj is None:
                session.add(model(**values))
            else:
                for key, value in values.items():
                    setattr(obj, key, value)
        session.flush()


def _format(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def export_package(session: Session, path: str | Path) -> dict[str, int]:
    """Writes every stored table as an HSDS 3 tabular data package."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    package = {k: v for k, v in datapackage().items() if k != "resources"}
    package["resources"] = []
    for table, model in TABLES.items():
        fields = kept_fields(table)
        resource = json.loads(json.dumps(resources()[table]))
        resource["schema"]["fields"] = [f for f in resource["schema"]["fields"] if f["name"] in fields]
        resource["schema"]["foreignKeys"] = [
            fk for fk in resource["schema"].get("foreignKeys", []) if fk["reference"]["resource"] in TABLES
        ]
        package["resources"].append(resource)
        buf = io.StringIO(newline="")
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(fields)
        n = 0
        for obj in session.scalars(select(model).order_by(model.id)):
            writer.writerow([_format(getattr(obj, f)) for f in fields])
            n += 1
        (folder / resource["path"]).write_text(buf.getvalue(), encoding="utf-8")
        counts[table] = n
    (folder / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return counts

