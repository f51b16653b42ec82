"""Operator console: accounts, queue, conversation view, audit log and supervisor dashboard.

Server-rendered (Jinja2, autoescaped) with small static scripts; no inline script, nothing
loaded from outside the gateway. `bot.console.routers.ROUTERS` is what the gateway includes.
"""
