"""Web phone simulator: a page, and a JSON channel that behaves like SMS or WhatsApp."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.gateway import store
from bot.gateway.deps import DialogueDep, State
from bot.privacy.pseudonym import pseudonym

router = APIRouter(tags=["simulator"])
templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")

MAX_TEXT = 4096


class Reply(BaseModel):
    text: str


class SimulatorMessage(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore")

    sender: str = Field(alias="from", min_length=1, max_length=256)
    text: str = Field(min_length=1, max_length=MAX_TEXT)
    channel: Literal["sms", "whatsapp"] = "sms"

    @field_validator("text", "sender")
    @classmethod
    def not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be blank")
        return value


class SimulatorPoll(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore")

    sender: str = Field(alias="from", min_length=1, max_length=256)
    channel: Literal["sms", "whatsapp"] = "sms"


class SimulatorResponse(BaseModel):
    replies: list[Reply]
    language: str


class PollResponse(BaseModel):
    replies: list[Reply]


def address(sender: str, channel: str) -> str:
    """The simulator's sender, shaped like the address the real channel would give."""
    return f"whatsapp:{sender}" if channel == "whatsapp" else sender


def _outbox(state: State, key: str) -> list[Reply]:
    with state.sessions() as db:
        msgs = store.take_outbox(db, key)
        db.commit()
        return [Reply(text=state.outbox_text.pop(m.id, m.text)) for m in msgs]


@router.get("/simulator", response_class=HTMLResponse, include_in_schema=False)
def simulator_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "simulator.html", {})


@router.post("/channels/simulator", response_model=SimulatorResponse)
async def simulator_message(body: SimulatorMessage, state: State, dialogue: DialogueDep) -> SimulatorResponse:
    key = pseudonym(state.settings.secret_key, address(body.sender, body.channel))
    result = await dialogue.handle(key, body.channel, body.text)
    # Queued operator messages ride along; the page's poll fetches any left from a restart.
    pending = _outbox(state, key) if state.outbox_text else []
    replies = pending + [Reply(text=t) for t in result.replies]
    return SimulatorResponse(replies=replies, language=result.language)


@router.post("/channels/simulator/poll", response_model=PollResponse)
def simulator_poll(body: SimulatorPoll, state: State) -> PollResponse:
    """Messages that reached the person since their last message (operator replies)."""
    key = pseudonym(state.settings.secret_key, address(body.sender, body.channel))
    return PollResponse(replies=_outbox(state, key))
