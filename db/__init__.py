"""Database layer of distill: SQLModel tables, engine set-up and Alembic migrations.

Imports nothing else of distill's packages.
"""

from db.session import database_url, open_database, session_scope

__all__ = ["database_url", "open_database", "session_scope"]
