"""Opening a database: URL resolution, migrations to head, SQLite pragmas, duplicate refusal."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from db.models import Chunk, Document, QAPair, Run, content_hash
from db.session import current_revision, database_url, head_revision, open_database, session_scope


def test_url_resolution_flag_then_env_then_config_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert database_url(None) == "sqlite:///distill.db"
    assert database_url(None, "team.db") == "sqlite:///team.db"  # distill.toml's `db =`
    assert database_url(str(tmp_path / "x.db"), "team.db") == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.setenv("DISTILL_DB", "postgresql://u@h:5433/db")
    assert database_url(None, "team.db") == "postgresql+psycopg://u@h:5433/db"  # as users write it: psycopg 3
    assert database_url("sqlite:///other.db") == "sqlite:///other.db"
    assert database_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_open_migrates_to_head_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    factory = open_database(str(tmp_path / "sub" / "d.db"))  # a plain path, in a folder made for it
    engine = factory.kw["bind"]
    assert current_revision(engine) == head_revision() != ""
    assert {"documents", "chunks", "runs", "chunk_jobs", "qa_pairs"} <= set(inspect(engine).get_table_names())
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    open_database(str(tmp_path / "sub" / "d.db"))  # opening again is a no-op


def _seed(factory) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        doc = Document(sha256="a" * 64, path="p.txt", name="p.txt", extractor="text", page_count=1, char_count=3, text="abc")
        s.add(doc)
        s.flush()
        chunk = Chunk(document_id=doc.id, chunk_size=10, chunk_overlap=0, index=0, char_start=0, char_end=3,
                      page_start=1, page_end=1, text="abc")
        run = Run(signature="s", provider="offline", model="m", chunk_size=10, chunk_overlap=0)
        s.add_all([chunk, run])
        s.flush()
        return doc.id, chunk.id, run.id  # type: ignore[return-value]


def test_exact_duplicate_pair_is_refused_by_the_database(db_url: str) -> None:
    factory = open_database(db_url)
    doc_id, chunk_id, run_id = _seed(factory)

    def pair(q: str, a: str) -> QAPair:
        return QAPair(question=q, answer=a, document_id=doc_id, chunk_id=chunk_id, run_id=run_id,
                      provider="offline", model="m", content_hash=content_hash(q, a))

    with session_scope(factory) as s:
        s.add(pair("住宿费标准是多少元？", "住宿费每晚不超过600元。"))
    with pytest.raises(IntegrityError):
        with session_scope(factory) as s:
            s.add(pair("住宿费标准是多少元？ ", "住宿费每晚不超过600元。"))  # only whitespace differs


def test_foreign_keys_are_enforced(db_url: str) -> None:
    factory = open_database(db_url)
    with pytest.raises(IntegrityError):
        with session_scope(factory) as s:
            s.execute(text("INSERT INTO chunks (document_id, chunk_size, chunk_overlap, \"index\", char_start, "
                           "char_end, page_start, page_end, text) VALUES (999, 1, 0, 0, 0, 1, 1, 1, 'x')"))


def test_content_hash_folds_width_case_and_spaces() -> None:
    assert content_hash("ＡＢＣ  问题？", "答案") == content_hash("abc 问题？", "答案")
    assert content_hash("问题？", "答案A") != content_hash("问题？", "答案B")


def test_an_old_database_is_migrated_on_open_and_keeps_its_rows(empty_url: str) -> None:
    from alembic import command

    from db.session import _alembic_config, make_engine

    url = empty_url
    Path(url.removeprefix("sqlite:///")).parent.mkdir(exist_ok=True) if url.startswith("sqlite") else None
    engine = make_engine(url)
    command.upgrade(_alembic_config(engine), "0001")  # a database made by the first release
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO documents (sha256, path, name, extractor, page_count, char_count, text, "
                          "created_at) VALUES ('%s', 'a.txt', 'a.txt', 'text', 1, 3, 'abc', '2026-01-01')" % ("b" * 64)))
    assert current_revision(engine) == "0001"
    factory = open_database(url)
    assert current_revision(factory.kw["bind"]) == head_revision()
    with session_scope(factory) as s:
        assert s.scalar(text("SELECT name FROM documents")) == "a.txt"
        assert "score" in {c["name"] for c in inspect(s.get_bind()).get_columns("qa_pairs")}
