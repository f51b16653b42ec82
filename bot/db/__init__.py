"""The gateway database: every SQLAlchemy model, one module per area (models.py: conversations,
handoffs, messages and keys; channels.py; console.py; directory.py), engines and sessions
(session.py) and the Alembic migrations that build the same schema."""
