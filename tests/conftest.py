"""Test-wide isolation: every test gets its own working directory and database, no API keys.

`db_url` is a fresh SQLite file; the folders whose code must work on PostgreSQL too override it
with `both_backends` (see `backend_url`), which gives each test its own fresh PostgreSQL database
on the server named by `DISTILL_TEST_PG_URL`. Without that server such a test skips, saying why,
except in CI (`CI` set), where it fails.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

KEY_VARIABLES = (
    "GEMINI_API_KEYS", "ZHIPUAI_API_KEYS", "OPENAI_API_KEYS", "GEMINI_API_KEY", "GOOGLE_API_KEY",
    "ZHIPUAI_API_KEY", "OPENAI_API_KEY", "GEMINI_BASE_URL", "GOOGLE_GEMINI_BASE_URL", "ZHIPUAI_BASE_URL",
    "OPENAI_BASE_URL", "DISTILL_DB", "DISTILL_STALE_AFTER",
)
REPO = Path(__file__).resolve().parent.parent
SAMPLE_PDF = REPO / "docs" / "报销细则.pdf"
PG_ENV = "DISTILL_TEST_PG_URL"


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in KEY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A fresh SQLite database file for one test."""
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def sample_pdf() -> Path:
    """The sample reimbursement policy shipped in docs/."""
    assert SAMPLE_PDF.exists(), "docs/报销细则.pdf is missing: run python docs/build_sample_pdf.py"
    return SAMPLE_PDF


# --- PostgreSQL ------------------------------------------------------------------------------


def _no_server(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"no PostgreSQL server: {reason}")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The server URL (psycopg driver) from DISTILL_TEST_PG_URL, checked once per session."""
    raw = os.environ.get(PG_ENV, "").strip()
    if not raw:
        _no_server(f"set {PG_ENV}=postgresql://user@host:port/postgres to run this test on PostgreSQL")
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    from db.session import database_url

    url = database_url(raw)
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect():
            pass
    except OperationalError as e:
        _no_server(f"{PG_ENV} is set but the server does not answer: {str(e.orig).strip().splitlines()[0]}")
    finally:
        engine.dispose()
    yield url


def _admin(server: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import create_engine

    return create_engine(server, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A database migrated to head once per session; each test's database is a copy of it."""
    from db.session import make_engine, migrate

    name = f"distill_tmpl_{uuid.uuid4().hex[:10]}"
    admin = _admin(pg_server)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    engine = make_engine(_with_database(pg_server, name))
    migrate(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


def _with_database(server: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server).set(database=name).render_as_string(hide_password=False)


def fresh_pg_database(server: str, template: str | None) -> Iterator[str]:
    """Create a database (a copy of `template`, or empty), yield its URL, drop it after."""
    name = f"distill_test_{uuid.uuid4().hex[:12]}"
    admin = _admin(server)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    try:
        yield _with_database(server, name)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def pg_url(pg_server: str, pg_template: str) -> Iterator[str]:
    """A fresh PostgreSQL database for one test, already migrated to head."""
    yield from fresh_pg_database(pg_server, pg_template)


@pytest.fixture
def pg_empty_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty PostgreSQL database (no schema yet) for one test."""
    yield from fresh_pg_database(pg_server, None)
