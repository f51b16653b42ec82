"""The service directory as Open Referral's HSDS 3.0 read API, at /hsds/…, for partner tools.

Public, like the directory itself (services, hours, public phones and addresses are published
to be found), except what the directory never discloses: confidential locations are left out
of every answer (`services/hsds_api.py`). Read-only, no conversation data, no credentials.

Routes follow `services/hsds_schema/openapi.json` (Open Referral, CC BY-SA 4.0): `/` (this
API's HSDS version and document), `/services`, `/services/{id}`, `/organizations`,
`/organizations/{id}`, `/taxonomies`, `/taxonomies/{id}`, `/taxonomy_terms`,
`/taxonomy_terms/{id}`; lists are paged (`page`, `per_page` up to 200). The document itself,
adapted to this server, is at `/hsds/openapi.json`. Left out of the gateway's own
`/openapi.json`: the HSDS document is the one partners read.
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request, status
from fastapi.responses import JSONResponse

from services import hsds_api
from services.hsds import SCHEMA_DIR
from bot.gateway.deps import DB

router = APIRouter(prefix="/hsds", tags=["hsds"], include_in_schema=False)

# HSDS 3.0 without a profile: the specification's own documentation.
PROFILE = "https://docs.openreferral.org/"
SERVED = ("/", "/services", "/services/{id}", "/organizations", "/organizations/{id}", "/taxonomies",
          "/taxonomies/{id}", "/taxonomy_terms", "/taxonomy_terms/{id}")

Page = Query(1, description="page number, from 1")
PerPage = Query(hsds_api.DEFAULT_PER_PAGE, description=f"results per page (at most {hsds_api.MAX_PER_PAGE})")


def _format(value: str | None) -> None:
    if value not in (None, "", "json"):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, "only format=json is served")


def _answer(data: dict[str, Any] | None) -> JSONResponse:
    if data is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "not found")
    return JSONResponse(data)


def _paged(fn, db, **kwargs: Any) -> JSONResponse:  # noqa: ANN001
    try:
        return JSONResponse(fn(db, **kwargs))
    except hsds_api.BadQuery as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, str(exc)) from None


@lru_cache
def _document() -> dict[str, Any]:
    doc = json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))
    doc["paths"] = {p: v for p, v in doc["paths"].items() if p in SERVED}
    doc["info"] = {
        "title": "hotline-triage service directory (HSDS 3.0 read API)",
        "version": hsds_api.HSDS_VERSION,
        "summary": "The help line's service directory, read-only, in Open Referral's HSDS 3.0 shapes.",
        "description": "Confidential locations are never included. Based on the HSDS API reference "
                       "(https://openreferral.org/, CC BY-SA 4.0).",
        "license": {"name": "CC BY-SA 4.0 (this document)", "url": "https://creativecommons.org/licenses/by-sa/4.0/"},
    }
    return doc


@router.get("/openapi.json")
def openapi_document(request: Request) -> JSONResponse:
    doc = copy.deepcopy(_document())
    doc["servers"] = [{"url": str(request.base_url).rstrip("/") + "/hsds"}]
    return JSONResponse(doc)


@router.get("/")
def meta(request: Request) -> JSONResponse:
    return JSONResponse({"version": hsds_api.HSDS_VERSION, "profile": PROFILE,
                         "openapi_url": str(request.base_url).rstrip("/") + "/hsds/openapi.json"})


@router.get("/services")
def services(db: DB, page: int = Page, per_page: int = PerPage, search: str | None = None,
             taxonomy_term_id: str | None = None, taxonomy_id: str | None = None,
             organization_id: str | None = None, modified_after: str | None = None,
             minimal: bool = False, full: bool = False, format: str | None = None) -> JSONResponse:  # noqa: A002
    _format(format)
    return _paged(hsds_api.list_services, db, page=page, per_page=per_page, search=search,
                  taxonomy_term_id=taxonomy_term_id, taxonomy_id=taxonomy_id, organization_id=organization_id,
                  modified_after=modified_after, minimal=minimal, full=full)


@router.get("/services/{service_id}")
def service(service_id: str, db: DB) -> JSONResponse:
    return _answer(hsds_api.get_service(db, service_id))


@router.get("/organizations")
def organizations(db: DB, page: int = Page, per_page: int = PerPage, search: str | None = None,
                  full: bool = False, full_service: bool = False, format: str | None = None) -> JSONResponse:  # noqa: A002
    _format(format)
    return _paged(hsds_api.list_organizations, db, page=page, per_page=per_page, search=search, full=full,
                  full_service=full_service)


@router.get("/organizations/{organization_id}")
def organization(organization_id: str, db: DB, full_service: bool = False) -> JSONResponse:
    return _answer(hsds_api.get_organization(db, organization_id, full_service))


@router.get("/taxonomies")
def taxonomies(db: DB, page: int = Page, per_page: int = PerPage, search: str | None = None,
               format: str | None = None) -> JSONResponse:  # noqa: A002
    _format(format)
    return _paged(hsds_api.list_taxonomies, db, page=page, per_page=per_page, search=search)


@router.get("/taxonomies/{taxonomy_id}")
def taxonomy(taxonomy_id: str, db: DB) -> JSONResponse:
    return _answer(hsds_api.get_taxonomy(db, taxonomy_id))


@router.get("/taxonomy_terms")
def taxonomy_terms(db: DB, page: int = Page, per_page: int = PerPage, search: str | None = None,
                   taxonomy_id: str | None = None, parent_id: str | None = None, top_only: bool = False,
                   format: str | None = None) -> JSONResponse:  # noqa: A002
    _format(format)
    return _paged(hsds_api.list_taxonomy_terms, db, page=page, per_page=per_page, search=search,
                  taxonomy_id=taxonomy_id, parent_id=parent_id, top_only=top_only)


@router.get("/taxonomy_terms/{term_id}")
def taxonomy_term(term_id: str, db: DB) -> JSONResponse:
    return _answer(hsds_api.get_taxonomy_term(db, term_id))
