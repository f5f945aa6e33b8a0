"""Alembic environment: runs on the connection the server hands over (never from an ini file)."""

from alembic import context
from sqlalchemy.engine import Connection

from sync.server.models import Base

connection: Connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
)
with context.begin_transaction():
    context.run_migrations()
