"""The database a command works on: `db.database_url`'s one resolver, with distill.toml's `db =`.

Every command opens its database here, so they all agree on which one it is and all speak of a
missing or unwritable one in the same single line (exit 2).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from distill.errors import EXIT_BAD_INPUT, DistillError


class DatabaseProblem(DistillError):
    """The database is missing (for a reader) or cannot be written."""

    exit_code = EXIT_BAD_INPUT


def resolve(flag: str | None = None, config: str | Path | None = None) -> str:
    """The database URL: `--db`, else `DISTILL_DB`, else `db =` in distill.toml, else ./distill.db."""
    from db.session import database_url
    from distill.config import load_settings

    return database_url(flag, load_settings(config).db)


def open_for_command(flag: str | None = None, config: str | Path | None = None,
                     *, read_only: bool = False) -> sessionmaker[Session]:
    """Open the command's database; readers (`read_only`) never create one."""
    from db.session import DatabaseUnavailable, open_database

    try:
        return open_database(resolve(flag, config), create=not read_only)
    except DatabaseUnavailable as e:
        raise DatabaseProblem(str(e)) from None


@contextmanager
def write_failures(factory: sessionmaker[Session]) -> Iterator[None]:
    """A read-only file or a full disk met mid-work becomes one line naming the database."""
    from db.session import describe, is_write_failure

    try:
        yield
    except OperationalError as e:
        if not is_write_failure(e):
            raise
        where = describe(str(factory.kw["bind"].url))
        reason = str(e.orig).strip().splitlines()[0]
        raise DatabaseProblem(f"cannot write the database at {where} ({reason}): "
                              "free space or choose another with --db") from None
