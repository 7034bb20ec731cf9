"""Engines and sessions from a database URL, with the schema migrated to head on open.

SQLite (the default) gets WAL mode, foreign keys and a busy timeout on every connection,
so a reader (`distill status`) never blocks a running `distill run`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB = "sqlite:///distill.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def database_url(value: str | None = None) -> str:
    """The URL to use: the flag, else `DISTILL_DB`, else `distill.db` here; paths become URLs."""
    url = value or os.environ.get("DISTILL_DB") or DEFAULT_DB
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser()}"
    return url


def _on_sqlite_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """A plain engine for `url`, with SQLite's per-connection pragmas."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest migration's id (read once from the scripts)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() or ""


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the database, or None for an empty database."""
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def migrate(engine: Engine) -> None:
    """Bring the schema to head; cheap when it already is."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")


def open_database(url: str | None = None) -> sessionmaker[Session]:
    """Open (creating and migrating as needed) the database and return a session factory."""
    resolved = database_url(url)
    if resolved.startswith("sqlite:///"):
        Path(resolved.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(resolved)
    migrate(engine)
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any error (Ctrl-C included)."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
