from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

import bot.db.models  # noqa: F401  (registers gateway tables)
import bot.channels.models  # noqa: F401  (Twilio channel and reply handle tables)
import bot.console.models  # noqa: F401  (operator console tables)
from bot.db.base import Base

try:  # the service directory adds its own tables to the same metadata
    import services.models  # noqa: F401
except ImportError:
    pass

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
