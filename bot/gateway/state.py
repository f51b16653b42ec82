"""What the gateway builds once at start-up and shares between requests."""
from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot import languages
from bot.db.session import make_engine, make_sessionmaker, migrate
from bot.gateway import notifier as live
from bot.gateway import triage
from bot.gateway.core import Channel, Limiter
from bot.gateway.outbox import Outbox
from bot.gateway.rasa import RasaClient
from bot.i18n import Catalogs
from bot.privacy.datakeys import Vault, seal_legacy
from bot.screening import screen
from bot.settings import Settings
from services.places import place_in
from services.sample_data import ensure_sample_loaded


@dataclass
class Metrics:
    """Process-local counters; nothing here identifies anyone."""

    counts: Counter[str] = field(default_factory=Counter)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def inc(self, name: str, n: int = 1) -> None:
        with self._lock:
            self.counts[name] += n

    def snapshot(self) -> dict[str, int]:
        with self._lock:
            return dict(self.counts)


def _warm_up() -> None:
    """Loads models and compiles patterns now, not on a person's first message."""
    languages.detect("hola, necesito ayuda por favor")
    screen(["hola"], "es")
    place_in("en Caruaru")  # both gazetteers (GeoNames' towns take about a second)


@dataclass
class GatewayState:
    settings: Settings
    engine: Engine
    sessions: sessionmaker
    tracker_engine: Engine
    catalogs: Catalogs
    rasa: RasaClient
    http: httpx.AsyncClient
    metrics: Metrics
    vault: Vault  # seals the person's words with their conversation's key (sessions carry it)
    outbox: Outbox = field(default_factory=Outbox)  # operator words not yet delivered (unredacted)
    screening_memo: triage.Memo = field(default_factory=triage.Memo)
    # The channels attached to this gateway (bot/gateway/core.py), by name: their workers
    # (Twilio: the inbound queue's worker and the outbound sender) live in them.
    channels: dict[str, Channel] = field(default_factory=dict)
    # The console's live updates (Redis pub/sub with HOTLINE_REDIS_URL, else this process only).
    notifier: live.Notifier = field(default_factory=live.InProcessNotifier)
    login_limiter: Limiter | None = None  # the console's sign-in rate per client (made at first use)
    _attach_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def attach(self, name: str, build: Callable[[GatewayState], Channel]) -> Channel:
        """The channel `name` of this state, built on first use (at the app's start-up, or in a
        test that builds a state without the app). `build` must not attach another channel."""
        with self._attach_lock:
            channel = self.channels.get(name)
            if channel is None:
                channel = self.channels[name] = build(self)
            return channel

    @property
    def inline_db(self) -> bool:
        """SQLite answers in microseconds: its calls stay on the event loop. A server database
        is a network round trip per statement: its calls go to worker threads."""
        return self.engine.dialect.name == "sqlite"

    @classmethod
    def build(cls, settings: Settings) -> GatewayState:
        migrate(settings.database_url)
        _warm_up()
        engine = make_engine(settings.database_url)
        vault = Vault(settings.data_dir)
        sessions = make_sessionmaker(engine, vault)
        with sessions() as db:  # words stored in the clear before migration 0008
            seal_legacy(db, vault)
        if settings.load_sample_directory:
            with Session(engine) as session:
                ensure_sample_loaded(session)
        return cls(
            settings=settings,
            engine=engine,
            sessions=sessions,
            tracker_engine=make_engine(settings.tracker_db_url),
            catalogs=Catalogs(reviewed_only=settings.catalogs.reviewed_only),
            rasa=RasaClient(settings.rasa_url, settings.rasa_token, settings.rasa_timeout,
                            settings.rasa_concurrency),
            http=httpx.AsyncClient(timeout=2.0),
            metrics=Metrics(),
            vault=vault,
            notifier=live.for_settings(settings),
        )

    async def aclose(self) -> None:
        await self.rasa.aclose()
        await self.http.aclose()
        self.engine.dispose()
        self.tracker_engine.dispose()
        if isinstance(self.notifier, live.RedisNotifier):  # stops its relay threads
            self.notifier.close()
