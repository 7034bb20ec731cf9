"""The database layer is tested on SQLite and on PostgreSQL."""

import pytest

from tests.backends import both_backends

db_url = both_backends()


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest, tmp_path):  # type: ignore[no-untyped-def]
    """A database with no schema yet: a SQLite path not created, or an empty PostgreSQL database."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_empty_url")
    return f"sqlite:///{tmp_path / 'new' / 'fresh.db'}"
