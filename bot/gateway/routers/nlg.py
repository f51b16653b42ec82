"""Rasa's NLG endpoint: renders each response in the conversation's language."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends
from pydantic import BaseModel, Field

from bot import languages
from bot.gateway.deps import State, require_rasa
from bot.gateway.dialogue import Dialogue

router = APIRouter(tags=["rasa"], dependencies=[Depends(require_rasa)])


class NLGRequest(BaseModel):
    response: str | None = None
    template: str | None = None  # older Rasa name for `response`
    arguments: dict[str, Any] = Field(default_factory=dict)
    tracker: dict[str, Any] = Field(default_factory=dict)


class NLGResponse(BaseModel):
    text: str
    buttons: list[dict[str, Any]] = Field(default_factory=list)
    image: str | None = None
    elements: list[dict[str, Any]] = Field(default_factory=list)
    attachments: list[dict[str, Any]] = Field(default_factory=list)
    custom: dict[str, Any] = Field(default_factory=dict)


def _language(tracker: dict[str, Any]) -> str:
    metadata = (tracker.get("latest_message") or {}).get("metadata") or {}
    return metadata.get("language") or languages.DEFAULT


@router.post("/nlg", response_model=NLGResponse)
def nlg(body: NLGRequest, state: State) -> NLGResponse:
    name = body.response or body.template or ""
    args = {**(body.tracker.get("slots") or {}), **body.arguments}
    return NLGResponse(text=Dialogue(state).response(name, _language(body.tracker), args,
                                                     body.tracker.get("sender_id")))
