"""Inserts that skip rows already present, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import literal_column
from sqlalchemy.orm import Session
from sqlmodel import SQLModel


def insert_ignoring_conflicts(
    session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]], unique: Sequence[str]
) -> int:
    """Insert `rows`, silently skipping those that clash on `unique`; returns rows inserted."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:  # pragma: no cover - other databases insert one by one
        return _insert_one_by_one(session, model, rows)
    added = 0
    for row in rows:
        # Rows inserted are counted from RETURNING: with the implicit RETURNING of the primary key,
        # psycopg reports rowcount -1.
        stmt = (insert(model.__table__).values(**row).on_conflict_do_nothing(index_elements=list(unique))
                .returning(literal_column("1")))
        added += len(session.execute(stmt).all())
    return added


def _insert_one_by_one(session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> int:
    from sqlalchemy.exc import IntegrityError

    added = 0
    for row in rows:
        try:
            with session.begin_nested():
                session.add(model(**row))
            added += 1
        except IntegrityError:
            pass
    return added
