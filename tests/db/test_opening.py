"""Which database a command opens, and how opening fails: readers never create one, several
processes may open a new one at once, and an unwritable place is one line naming it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError

from db.models import Document
from db.session import DatabaseUnavailable, current_revision, head_revision, open_database, session_scope
from tests.conftest import REPO


def test_a_reader_never_creates_a_database(empty_url: str, tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnavailable, match=r"no database at .*: run `distill run` first"):
        open_database(empty_url, create=False)
    assert not (tmp_path / "new").exists()  # SQLite: not even the folder
    open_database(empty_url)  # a writer creates it
    assert current_revision(open_database(empty_url, create=False).kw["bind"]) == head_revision()


def test_a_reader_of_a_database_the_server_does_not_have_is_told_to_run_first(pg_server: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_server).set(database="distill_no_such_db").render_as_string(hide_password=False)
    with pytest.raises(DatabaseUnavailable, match="no database at .*distill_no_such_db: run `distill run` first"):
        open_database(url, create=False)


def test_a_plain_postgresql_url_opens_with_psycopg(pg_url: str) -> None:
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    factory = open_database(plain)
    assert factory.kw["bind"].dialect.driver == "psycopg"
    with session_scope(factory) as s:
        assert s.scalar(text("SELECT count(*) FROM documents")) == 0


OPEN_IN_A_PROCESS = """
import sys
from db.session import open_database, current_revision, head_revision
factory = open_database(sys.argv[1])
assert current_revision(factory.kw["bind"]) == head_revision()
print("ok")
"""


def test_processes_opening_a_new_database_at_once_all_succeed(empty_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-c", OPEN_IN_A_PROCESS, empty_url], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outcomes = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [err for _, err in outcomes]
    assert all(out.strip() == "ok" for out, _ in outcomes)
    assert not list(tmp_path.rglob("*.migrate-lock"))  # the lock leaves nothing behind


def _unwritable_folder(tmp_path: Path) -> Path:
    """A folder this process cannot create files in (root ignores permission bits: use sysfs)."""
    if os.geteuid() == 0:
        return Path("/sys")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


def test_an_unwritable_place_is_one_line_naming_it(tmp_path: Path) -> None:
    path = _unwritable_folder(tmp_path) / "x.db"
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(str(path))
    message = str(caught.value)
    assert message.startswith(f"cannot write the database at {path}") and "--db" in message
    assert "\n" not in message
    (tmp_path / "file").write_text("")
    with pytest.raises(DatabaseUnavailable, match=f"cannot write the database at {tmp_path / 'file' / 'x.db'}"):
        open_database(str(tmp_path / "file" / "x.db"))  # its "folder" is a file


def test_a_full_disk_mid_work_is_one_line_naming_the_database(tmp_path: Path) -> None:
    from distill.database import DatabaseProblem, write_failures

    factory = open_database(str(tmp_path / "full.db"))
    engine = factory.kw["bind"]
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _no_room_left(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own "database or disk is full"

    with pytest.raises(DatabaseProblem, match=r"cannot write the database at .*full\.db \(database or disk is full\)"):
        with write_failures(factory):
            with session_scope(factory) as s:
                s.add(Document(sha256="f" * 64, path="a", name="a", extractor="text", page_count=1,
                               char_count=10**6, text="长" * 10**6))
    with pytest.raises(OperationalError):  # errors that are not about storage stay what they are
        with write_failures(factory):
            with session_scope(factory) as s:
                s.execute(text("SELECT * FROM no_such_table"))
