"""The FastAPI gateway: channels, localized responses, handoff queue."""
from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.channels.registration import PLUGINS as CHANNELS
from bot.console.routers import ROUTERS as CONSOLE_ROUTERS
from bot.gateway import openapi as openapi_doc
from bot.gateway.limits import RequestLimits
from bot.db.session import THREADS
from bot.gateway.routers import health, hsds, metrics, nlg, simulator
from bot.gateway.state import GatewayState
from bot.privacy.logging import configure_logging
from bot.settings import Settings, get_settings

log = logging.getLogger("hotline.gateway")


def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
    # Never echo the submitted values back: they may carry the person's text.
    errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
              for e in exc.errors()]
    return JSONResponse({"error": "invalid_request", "detail": errors}, status_code=422)


def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))


def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    log.error("unhandled error", extra={"error_type": type(exc).__name__})
    return JSONResponse({"error": "internal_error"}, status_code=500)


SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


class SecurityHeaders:
    """Adds the security headers to every HTTP response that does not set its own."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # noqa: ANN202
        configure_logging(settings.data_dir)  # JSON lines, redacted, no text or addresses
        anyio.to_thread.current_default_thread_limiter().total_tokens = THREADS  # < the DB pool
        state = GatewayState.build(settings)
        app.state.hotline = state
        # Each channel's background work (Twilio: the sweeper of its durable queues).
        stops = [state.attach(plugin.name, plugin.attach).start() for plugin in CHANNELS]
        yield
        for stop in stops:
            await stop()
        await state.aclose()

    # No /docs or /redoc: their pages load scripts from a CDN, which the CSP forbids.
    app = FastAPI(title="hotline-triage gateway", version="0.1.0", lifespan=lifespan,
                  docs_url=None, redoc_url=None)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)
    for router in (health.router, nlg.router, metrics.router,
                   hsds.router):  # hsds: the directory's public HSDS read API
        app.include_router(router)
    for plugin in CHANNELS:  # the channels' own routes (Twilio: webhooks, dead letters)
        for router in plugin.routers:
            app.include_router(router)
    app.include_router(hsds.router)  # the directory's public HSDS read API
    if settings.simulator:  # a development and demo tool: absent unless enabled
        app.include_router(simulator.router)
    for router in CONSOLE_ROUTERS:  # operator console (/console), the operator API (/api/handoffs, /api/stats)
        app.include_router(router)
    app.mount("/static/console", StaticFiles(directory=Path(__file__).resolve().parents[1] / "console" / "static"),
              name="console-static")  # before /static, which would shadow it
    app.mount("/static", StaticFiles(directory=Path(__file__).resolve().parent / "static"), name="static")

    openapi_doc.install(app)  # /openapi.json also documents the Twilio webhooks and the limits
    # Plain ASGI middlewares: BaseHTTPMiddleware costs milliseconds on every message.
    app.add_middleware(RequestLimits)  # size, content-type, UTF-8 limits (413/415/400/431)
    app.add_middleware(SecurityHeaders)
    return app
