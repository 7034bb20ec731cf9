"""The `db_url` override of folders whose code must work on SQLite and PostgreSQL alike.

A folder's conftest says `db_url = both_backends()`; each test there then runs twice, on a
fresh SQLite file and on a fresh PostgreSQL database (see `pg_url` in tests/conftest.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

BACKENDS = ["sqlite", "postgresql"]


def both_backends():  # type: ignore[no-untyped-def]
    """A `db_url` fixture parametrised over both backends."""

    @pytest.fixture(params=BACKENDS)
    def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
        if request.param == "postgresql":
            return request.getfixturevalue("pg_url")
        return f"sqlite:///{tmp_path / 'test.db'}"

    return db_url
