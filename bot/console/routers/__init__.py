"""Console routers and the operator API, in the order the gateway includes them (the catch-all last)."""
from bot.console.routers import api, case, fallback, handoffs, queue, signin, supervision

ROUTERS = (handoffs.router, signin.router, queue.router, case.router, supervision.router, api.router,
           fallback.router)

__all__ = ["ROUTERS"]
