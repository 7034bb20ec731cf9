"""Database layer of distill: SQLModel tables, engine set-up and Alembic migrations.

Imports nothing else of distill's packages.
"""

from db.session import DatabaseUnavailable, database_url, describe, open_database, session_scope

__all__ = ["DatabaseUnavailable", "database_url", "describe", "open_database", "session_scope"]
