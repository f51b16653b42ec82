"""Messaging channels that reach people directly (Twilio SMS and WhatsApp)."""
