"""The models in bot/db and the Alembic migrations describe the same schema: autogenerate finds
nothing to do on a database the migrations built."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

import bot.db.channels  # noqa: F401  (every model module registers its tables)
import bot.db.console  # noqa: F401
import bot.db.directory  # noqa: F401
import bot.db.models  # noqa: F401
from bot.db.base import Base
from bot.db.session import migrate


def test_autogenerate_finds_no_difference(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'hotline.db'}"
    migrate(url)
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"render_as_batch": True}),
                                    Base.metadata)
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()
    assert diff == []
    assert tables == set(Base.metadata.tables)
