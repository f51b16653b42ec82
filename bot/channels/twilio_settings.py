"""Moved to bot/settings.py (section `twilio`). Kept only for bot/channels/inbound.py, which the
queue split rewrites: delete this file once that merge imports from bot.settings."""
from bot.settings import get_twilio_settings

__all__ = ["get_twilio_settings"]
