"""Engines and sessions from a database URL, with the schema migrated to head on open.

One resolver decides the database for every command (`--db` flag, then `DISTILL_DB`, then `db =`
in distill.toml, then `./distill.db`). SQLite gets WAL mode, foreign keys and a busy timeout on
every connection, so a reader (`distill status`) never blocks a running `distill run`; a plain
`postgresql://` URL is read as psycopg 3. Migrations run under a lock (a file lock on SQLite, an
advisory lock on PostgreSQL), so processes opening a new database at once all succeed. Readers
never create a database; a path that cannot be written is one `DatabaseUnavailable` line.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine.interfaces import DBAPIConnection

DEFAULT_DB = "sqlite:///distill.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_MIGRATION_LOCK_KEY = 7_305_811_042  # any constant: distill's migrations, on every database of a server
_PLAIN_POSTGRES = ("postgresql://", "postgres://")


class DatabaseUnavailable(Exception):
    """The database cannot be opened as asked: missing for a reader, or not writable. One line."""


def database_url(flag: str | None = None, configured: str | None = None) -> str:
    """The URL to use: the flag, else `DISTILL_DB`, else distill.toml's `db`, else `./distill.db`.

    Paths become SQLite URLs; `postgresql://` (as users write it) becomes `postgresql+psycopg://`.
    """
    url = flag or os.environ.get("DISTILL_DB") or configured or DEFAULT_DB
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser()}"
    for plain in _PLAIN_POSTGRES:
        if url.startswith(plain):
            return "postgresql+psycopg://" + url.removeprefix(plain)
    return url


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL (None for other databases and for in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split(":///", 1)[1] if ":///" in url else ""
    return Path(path).expanduser() if path and path != ":memory:" else None


def describe(url: str) -> str:
    """The database as a user recognises it: the file path, or the URL without its password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _in_wal(cur: Any) -> bool:
    cur.execute("PRAGMA journal_mode")
    return str(cur.fetchone()[0]).lower() == "wal"


def _on_sqlite_connect(dbapi_conn: DBAPIConnection, _record: object, path: Path | None = None) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    if not _in_wal(cur):
        # SQLite may refuse the switch at once ("database is locked", no busy wait) while another
        # process opening the new file switches it too: the openers take turns, and the switch
        # is made once (the file keeps it).
        with _sqlite_migration_lock(path) if path is not None else nullcontext():
            if not _in_wal(cur):
                cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """A plain engine for `url`, with SQLite's per-connection pragmas; PostgreSQL sessions in UTC."""
    url = database_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", partial(_on_sqlite_connect, path=sqlite_path(url)))
        return engine
    connect_args = {"options": "-c timezone=UTC"} if url.startswith("postgresql") else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _alembic_config(engine: Engine) -> Config:
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


@contextmanager
def _sqlite_migration_lock(path: Path) -> Iterator[None]:
    """An exclusive flock on `<db>.migrate-lock` beside the database (held to migrate, and to
    switch a new file to WAL), removed afterwards.

    Not on the database file itself: closing any descriptor of that file would drop the POSIX
    locks SQLite holds on it in this process.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: SQLite's busy timeout is all we have
        yield
        return
    lock = path.with_name(path.name + ".migrate-lock")
    with open(lock, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
            # Gone once the schema is current: whoever locks a new file after this finds nothing to do.
            lock.unlink(missing_ok=True)
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def migration_lock(engine: Engine) -> Iterator[None]:
    """Held while migrating: the first process migrates, the others wait and then find it done."""
    path = sqlite_path(str(engine.url))
    if path is not None:
        with _sqlite_migration_lock(path):
            yield
        return
    with advisory_lock(engine, _MIGRATION_LOCK_KEY):
        yield


@contextmanager
def advisory_lock(engine: Engine, key: int) -> Iterator[None]:
    """PostgreSQL: a session advisory lock on a connection of its own, held across transactions;
    other databases: nothing (SQLite serialises its writers with the database lock)."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_lock({int(key)})")
        conn.commit()
        try:
            yield
        finally:
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({int(key)})")
            conn.commit()


def migrate(engine: Engine) -> None:
    """Bring the schema to head; cheap when it already is."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    with migration_lock(engine):
        if current_revision(engine) != head_revision():  # another process may have done it meanwhile
            command.upgrade(_alembic_config(engine), "head")


def _missing(url: str) -> DatabaseUnavailable:
    return DatabaseUnavailable(f"no database at {describe(url)}: run `distill run` first")


def _unwritable(url: str, error: BaseException) -> DatabaseUnavailable:
    reason = str(getattr(error, "orig", None) or error).splitlines()[0]
    return DatabaseUnavailable(f"cannot write the database at {describe(url)} ({reason}): "
                               "choose another with --db or DISTILL_DB")


def _prepare_sqlite_file(url: str, path: Path, create: bool) -> None:
    if not create:
        if not path.is_file():
            raise _missing(url)
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise _unwritable(url, e) from None


def _refuse_empty(url: str, engine: Engine) -> None:
    """A reader facing an empty database says so instead of migrating it into being."""
    if current_revision(engine) is None and not inspect(engine).get_table_names():
        raise _missing(url)


def _open_failure(url: str, error: OperationalError, create: bool, is_file: bool) -> DatabaseUnavailable:
    if not create and "does not exist" in str(error):
        return _missing(url)
    if is_file or is_write_failure(error):
        return _unwritable(url, error)
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
    return DatabaseUnavailable(f"cannot open the database at {describe(url)}: {reason}")


def open_database(url: str | None = None, *, create: bool = True) -> sessionmaker[Session]:
    """Open the database (`create`: making and migrating it as needed) and return a session factory.

    With `create=False` (status, report, review, export, keys) a missing database is an error and
    nothing is written on disk. Raises `DatabaseUnavailable` with one line for the user.
    """
    resolved = database_url(url)
    path = sqlite_path(resolved)
    if path is not None:
        _prepare_sqlite_file(resolved, path, create)
    engine = make_engine(resolved)
    try:
        if not create:
            _refuse_empty(resolved, engine)
        migrate(engine)
    except OSError as e:
        raise _unwritable(resolved, e) from None
    except OperationalError as e:
        engine.dispose()
        raise _open_failure(resolved, e, create, path is not None) from None
    return sessionmaker(engine, expire_on_commit=False)


def is_write_failure(error: SQLAlchemyError) -> bool:
    """Whether a database error is the storage refusing writes (read-only, full disk)."""
    text = str(getattr(error, "orig", error)).lower()
    return any(s in text for s in ("readonly database", "read-only", "disk is full", "no space left",
                                   "unable to open database file", "disk i/o error"))


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
