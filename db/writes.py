"""Writes every store shares: inserts that skip rows already present (on SQLite and PostgreSQL
alike), the rows an update matched, and a table model's Core table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import CursorResult, Delete, Integer, Table, Update, inspect, literal_column
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert
from sqlmodel import SQLModel


def table_of(model: type[SQLModel]) -> Table:
    """The Core table behind a table model (SQLModel's type hints do not declare `__table__`)."""
    table = inspect(model).local_table
    if not isinstance(table, Table):  # pragma: no cover - every table=True model maps one Table
        raise TypeError(f"{model.__name__} is not a table model")
    return table


def rows_changed(session: Session, stmt: Update | Delete) -> int:
    """Run an UPDATE or DELETE; the rows it matched."""
    result = session.execute(stmt)
    # A DML statement always returns a cursor result, but `Session.execute` is typed as a plain Result.
    assert isinstance(result, CursorResult)
    return result.rowcount


def insert_ignoring_conflicts(
    session: Session, model: type[SQLModel], rows: Sequence[dict[str, Any]], unique: Sequence[str]
) -> int:
    """Insert `rows`, silently skipping those that clash on `unique`; returns rows inserted."""
    if not rows:
        return 0
    dialect = session.get_bind().dialect.name
    if dialect not in ("sqlite", "postgresql"):  # pragma: no cover - other databases insert one by one
        return _insert_one_by_one(session, model, rows)
    table = table_of(model)
    added = 0
    for row in rows:
        # Rows inserted are counted from RETURNING: with the implicit RETURNING of the primary key,
        # psycopg reports rowcount -1.
        stmt = _insert_or_nothing(dialect, table, row, unique).returning(literal_column("1", Integer))
        added += len(session.execute(stmt).all())
    return added


def _insert_or_nothing(dialect: str, table: Table, row: dict[str, Any], unique: Sequence[str]) -> Insert:
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table).values(**row).on_conflict_do_nothing(index_elements=list(unique))
    from sqlalchemy.dialects import postgresql

    return postgresql.insert(table).values(**row).on_conflict_do_nothing(index_elements=list(unique))


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
