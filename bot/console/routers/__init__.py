"""Console routers, in the order the gateway includes them."""
from bot.console.routers import api, pages

ROUTERS = (pages.router, api.router)

__all__ = ["ROUTERS"]
