"""Web phone simulator: a page, and a JSON channel that behaves like SMS or WhatsApp.

Mounted only when `HOTLINE_SIMULATOR` is on (`hotline run` turns it on). Its conversations
live in a namespace of their own: whatever number a simulator user types, the key can never be
a real channel's, so the simulator cannot read, write or erase a real person's conversation.
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field, field_validator

from bot.gateway.deps import DialogueDep, State, require_simulator_access
from bot.privacy.pseudonym import pseudonym

router = APIRouter(tags=["simulator"])
# The page holds no data; the two channel routes need loopback or the simulator token.
Access = [Depends(require_simulator_access)]
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


NAMESPACE = "simulator:"


def address(sender: str, channel: str) -> str:
    """The simulator's own address space: "simulator:<channel>:<sender>". Twilio's `From` is
    "+<digits>" or "whatsapp:+<digits>", so no channel address can ever take this form."""
    return f"{NAMESPACE}{channel}:{sender}"


def conversation_key(secret: str, sender: str, channel: str) -> str:
    return pseudonym(secret, address(sender, channel))


def _outbox(state: State, key: str) -> list[Reply]:
    with state.sessions() as db:
        texts = state.outbox.take(db, key)
        db.commit()
        return [Reply(text=t) for t in texts]


@router.get("/simulator", response_class=HTMLResponse, include_in_schema=False)
def simulator_page(request: Request) -> HTMLResponse:
    return templates.TemplateResponse(request, "simulator.html", {})


@router.post("/channels/simulator", response_model=SimulatorResponse, dependencies=Access)
async def simulator_message(body: SimulatorMessage, state: State, dialogue: DialogueDep) -> SimulatorResponse:
    key = conversation_key(state.settings.secret_key, body.sender, body.channel)
    result = await dialogue.handle(key, body.channel, body.text)
    # Queued operator messages ride along; the page's poll fetches any left from a restart.
    pending = _outbox(state, key) if state.outbox else []
    replies = pending + [Reply(text=t) for t in result.replies]
    return SimulatorResponse(replies=replies, language=result.language)


@router.post("/channels/simulator/poll", response_model=PollResponse, dependencies=Access)
def simulator_poll(body: SimulatorPoll, state: State) -> PollResponse:
    """Messages that reached the person since their last message (operator replies)."""
    key = conversation_key(state.settings.secret_key, body.sender, body.channel)
    return PollResponse(replies=_outbox(state, key))
