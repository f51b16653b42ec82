from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

# Every table of the gateway database lives in bot/db; importing the modules registers them.
import bot.db.channels  # noqa: F401  (Twilio channel and reply handle tables)
import bot.db.console  # noqa: F401  (operator console tables)
import bot.db.directory  # noqa: F401  (the service directory)
import bot.db.models  # noqa: F401  (conversations, handoffs, messages, keys)
from bot.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    engine = create_engine(url, hide_parameters=True)  # no bound values in error messages
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


def run_migrations_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
