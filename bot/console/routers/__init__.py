"""Console routers, in the order the gateway includes them (the catch-all last)."""
from bot.console.routers import api, case, fallback, queue, signin, supervision

ROUTERS = (signin.router, queue.router, case.router, supervision.router, api.router, fallback.router)

__all__ = ["ROUTERS"]
