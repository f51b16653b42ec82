"""What the Twilio channel registers with the app (bot/gateway/app.py wires it): its HTTP
routes (webhooks, dead letters for operators) and its channel for a GatewayState."""
from __future__ import annotations

from bot.channels import dead_letters, twilio_channel, webhooks
from bot.channels.twilio_channel import TwilioChannel
from bot.gateway.state import GatewayState


class TwilioPlugin:
    name = twilio_channel.NAME
    routers = (webhooks.router, dead_letters.router)

    def attach(self, state: GatewayState) -> TwilioChannel:
        """Builds the channel; the app keeps it with `state.attach(name, attach)`."""
        return TwilioChannel(state)


PLUGINS = (TwilioPlugin(),)
