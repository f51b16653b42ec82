"""The directory's HSDS 3.0 read API (/hsds/…): every answer validates against Open Referral's
OpenAPI document (services/hsds_schema/openapi.json and the schemas it references, local
copies), with jsonschema over every record of the sample directory and Open Referral's example,
and with schemathesis over the query parameters; paging is complete and stable; confidential
locations never appear; the API is public."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urljoin

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, given, settings
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlalchemy import select

from bot.db.directory import Address, Location, Organization, Service
from bot.gateway.app import create_app
from bot.gateway.routers.hsds import SERVED
from bot.settings import Settings
from services.directory import confidential_locations
from services.hsds import SCHEMA_DIR, import_package
from services.hsds_api import MAX_PER_PAGE, page_numbers
from services.taxonomy import term_id

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "directory" / "openreferral_example"
REMOTE = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"


def _inline(node, base: str):  # noqa: ANN001, ANN202
    """The document with its references to Open Referral's published schemas replaced by the
    local copies (the tests run offline; the code never reads them from the network)."""
    if isinstance(node, list):
        return [_inline(n, base) for n in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str) and not ref.startswith("#"):
        url = urljoin(base, ref)
        assert url.startswith(REMOTE), url
        target = json.loads((SCHEMA_DIR / url[len(REMOTE):]).read_text(encoding="utf-8"))
        target = {k: v for k, v in target.items() if k not in ("$schema", "$id")}
        return {**_inline(target, url), **{k: _inline(v, base) for k, v in node.items() if k != "$ref"}}
    return {k: _inline(v, base) for k, v in node.items()}


@pytest.fixture(scope="module")
def document() -> dict:
    """Open Referral's document, with the paths this server serves (not /service_at_locations)."""
    doc = json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))
    doc["paths"] = {p: v for p, v in doc["paths"].items() if p in SERVED}
    return _inline(doc, REMOTE)


def validator(document: dict, path: str) -> Draft202012Validator:
    pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + \
        "/get/responses/200/content/application~1json/schema"
    registry = Registry().with_resource("urn:hsds-openapi", Resource.from_contents(
        document, default_specification=DRAFT202012))
    return Draft202012Validator({"$ref": "urn:hsds-openapi#" + pointer}, registry=registry,
                                format_checker=FormatChecker())


def check(client: TestClient, document: dict, path: str, url: str, seen: list[str] | None = None) -> dict:
    resp = client.get(url)
    assert resp.status_code == 200, (url, resp.text[:300])
    assert resp.headers["content-type"].startswith("application/json")
    errors = sorted(validator(document, path).iter_errors(resp.json()), key=lambda e: list(e.path))
    assert not errors, f"{url}: {[(list(e.path), e.message) for e in errors[:5]]}"
    if seen is not None:
        seen.append(resp.text)
    return resp.json()


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """The gateway with the FICTITIOUS sample directory and Open Referral's example package."""
    data = tmp_path_factory.mktemp("hsds-api")
    settings = Settings(data_dir=data / "data", rasa_url="http://127.0.0.1:9",
                        actions_url="http://127.0.0.1:9").resolved()
    application = create_app(settings)
    with TestClient(application) as client:  # lifespan: migrations and the sample directory
        package = data / "example"
        shutil.copytree(EXAMPLE / "csv", package)
        shutil.copy(SCHEMA_DIR / "datapackage.json", package / "datapackage.json")
        with application.state.hotline.sessions() as db:
            import_package(db, package)
        application.state.test_client = client
        yield application


@pytest.fixture(scope="module")
def client(app) -> TestClient:  # noqa: ANN001
    return app.state.test_client


@pytest.fixture(scope="module")
def stored(app) -> dict:  # noqa: ANN001
    with app.state.hotline.sessions() as db:
        locations = set(db.scalars(select(Location.id)))
        hidden = confidential_locations(db, locations)
        return {
            "services": sorted(db.scalars(select(Service.id))),
            "organizations": sorted(db.scalars(select(Organization.id))),
            "hidden": hidden,
            "hidden_text": {t for (t,) in db.execute(select(Address.address_1).where(Address.location_id.in_(hidden)))},
        }


def test_every_answer_validates_against_the_hsds_openapi_document(client: TestClient, document: dict,
                                                                  stored: dict) -> None:
    seen: list[str] = []
    meta = check(client, document, "/", "/hsds/", seen)
    assert meta["version"] == "3.0" and meta["openapi_url"].endswith("/hsds/openapi.json")
    for query in ("", "?full=true&per_page=200", "?minimal=true", "?search=albergue", "?search=Counselling",
                  f"?taxonomy_term_id={term_id('shelter')}", "?modified_after=2020-01-01T00:00:00Z"):
        check(client, document, "/services", f"/hsds/services{query}", seen)
    for sid in stored["services"]:
        check(client, document, "/services/{id}", f"/hsds/services/{sid}", seen)
    for query in ("", "?full=true", "?full_service=true&per_page=200", "?search=ficticia"):
        check(client, document, "/organizations", f"/hsds/organizations{query}", seen)
    for oid in stored["organizations"]:
        check(client, document, "/organizations/{id}", f"/hsds/organizations/{oid}?full_service=true", seen)
    taxonomies = check(client, document, "/taxonomies", "/hsds/taxonomies", seen)["contents"]
    for t in taxonomies:
        check(client, document, "/taxonomies/{id}", f"/hsds/taxonomies/{t['id']}", seen)
    terms = check(client, document, "/taxonomy_terms", "/hsds/taxonomy_terms?per_page=200", seen)["contents"]
    for query in ("?top_only=true", f"?taxonomy_id={taxonomies[0]['id']}", "?search=shelter"):
        check(client, document, "/taxonomy_terms", f"/hsds/taxonomy_terms{query}", seen)
    for t in terms:
        check(client, document, "/taxonomy_terms/{id}", f"/hsds/taxonomy_terms/{t['id']}", seen)
    # Confidential locations: not their id, not their street, in any answer.
    assert stored["hidden"] and stored["hidden_text"]
    for body in seen:
        assert not any(h in body for h in stored["hidden"]) and not any(t in body for t in stored["hidden_text"])


def test_a_service_at_a_confidential_location_keeps_its_phone_and_loses_the_location(
        client: TestClient, app, stored: dict) -> None:  # noqa: ANN001
    from bot.db.directory import ServiceAtLocation

    with app.state.hotline.sessions() as db:
        sid = db.scalar(select(ServiceAtLocation.service_id).where(
            ServiceAtLocation.location_id.in_(stored["hidden"])))
    service = client.get(f"/hsds/services/{sid}").json()
    assert service["phones"], "the phone stays: an operator can arrange a safe meeting"
    assert all(sal["location_id"] not in stored["hidden"] for sal in service.get("service_at_locations", []))


def test_paging_is_complete_and_stable(client: TestClient, stored: dict) -> None:
    ids, page = [], 1
    while True:
        body = client.get(f"/hsds/services?per_page=7&page={page}").json()
        assert body["page_number"] == page and body["size"] == len(body["contents"]) <= 7
        assert body["total_items"] == len(stored["services"]) and body["first_page"] == (page == 1)
        ids += [s["id"] for s in body["contents"]]
        if body["last_page"]:
            break
        page += 1
    assert ids == stored["services"] and page == body["total_pages"]
    beyond = client.get(f"/hsds/services?per_page=7&page={page + 1}").json()
    assert beyond["empty"] and beyond["contents"] == [] and beyond["last_page"]
    assert client.get("/hsds/services?per_page=100000").json()["size"] == len(stored["services"])
    assert page_numbers(3, 100000) == (3, MAX_PER_PAGE)  # a larger page is served as the largest


def test_filters_are_cumulative(client: TestClient, app) -> None:  # noqa: ANN001
    shelters = client.get(f"/hsds/services?per_page=200&full=true&taxonomy_term_id={term_id('shelter')}").json()
    assert shelters["total_items"] > 0
    assert all(any(a["taxonomy_term_id"] == term_id("shelter") for a in s["attributes"]) for s in shelters["contents"])
    org = shelters["contents"][0]["organization_id"]
    both = client.get(f"/hsds/services?per_page=200&taxonomy_term_id={term_id('shelter')}&organization_id={org}").json()
    assert 0 < both["total_items"] < shelters["total_items"]
    assert {s["organization_id"] for s in both["contents"]} == {org}


def test_open_referrals_example_is_served_back_as_hsds(client: TestClient) -> None:
    service = client.get("/hsds/services/ac148810-d857-441c-9679-408f346de14b").json()
    assert service["name"] == "Community Counselling" and service["organization"]["name"] == "Example Organization Inc."
    [sal] = service["service_at_locations"]
    assert sal["location"]["latitude"] == 100  # kept as given (not used for distances)
    assert sal["location"]["addresses"][0]["city"] == "MyCity"
    assert service["phones"][0]["languages"][0]["code"] == "ur"


def test_bad_queries_and_unknown_ids(client: TestClient) -> None:
    assert client.get("/hsds/services/00000000-0000-4000-8000-000000000000").status_code == 404
    assert client.get("/hsds/taxonomy_terms/nope").status_code == 404
    assert client.get("/hsds/services?page=0").status_code == 400
    assert client.get("/hsds/services?format=ndjson").status_code == 400
    assert client.get("/hsds/services?modified_after=yesterday").status_code == 400
    assert client.get("/hsds/services?page=x").status_code == 422


def test_the_api_is_public_and_read_only(client: TestClient) -> None:
    assert client.get("/hsds/services", headers={}).status_code == 200
    assert client.post("/hsds/services", json={}).status_code == 405
    doc = client.get("/hsds/openapi.json").json()
    assert doc["servers"] == [{"url": "http://testserver/hsds"}]
    assert "/service_at_locations" not in doc["paths"] and "/services/{id}" in doc["paths"]
    assert "/hsds/services" not in client.get("/openapi.json").json()["paths"]  # the gateway's own document


OPERATIONS = [("/services", 150), ("/services/{id}", 30), ("/organizations", 60), ("/organizations/{id}", 20),
              ("/taxonomies", 30), ("/taxonomies/{id}", 20), ("/taxonomy_terms", 60), ("/taxonomy_terms/{id}", 20)]


@pytest.mark.parametrize("path, examples", OPERATIONS, ids=[p for p, _ in OPERATIONS])
def test_schemathesis_over_the_query_parameters(app, document: dict, path: str, examples: int) -> None:  # noqa: ANN001
    """Generated queries (pages, sizes, flags, search text, ids): no 5xx, and every answer the
    document describes conforms to it."""
    doc = {**document, "servers": [{"url": "/hsds"}]}
    schema = schemathesis.openapi.from_dict(doc)
    schema.app = app
    operation = schema[path]["GET"]
    answered = []

    @settings(max_examples=examples, derandomize=True, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(case=operation.as_strategy())
    def run(case: schemathesis.Case) -> None:
        response = case.call()
        case.validate_response(response, checks=[not_a_server_error, response_schema_conformance])
        answered.append(response.status_code)

    run()
    assert 200 in answered or path.endswith("{id}")  # ids are generated at random: mostly 404
