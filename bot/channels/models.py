"""Moved to bot/db/channels.py. Kept only for bot/channels/inbound.py, which the queue split
rewrites: delete this file once that merge points inbound's modules at bot.db.channels."""
from bot.db.channels import InboundQueueItem, TwilioConversation, TwilioReply

__all__ = ["InboundQueueItem", "TwilioConversation", "TwilioReply"]
