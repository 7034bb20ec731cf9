"""A small database with scores, flags, failures and requests whose figures are counted by hand.

The scorer is written elsewhere, so the rows (scores and flags included) are inserted directly
through the SQLModel tables. Hand counts, used by the tests:

pair doc run type    score status    flags                          other
 1   A   1  number   95   approved                                  edited
 2   A   1  number   85   approved   hallucinated_number
 3   A   1  general  72   pending
 4   A   1  general  55   rejected   hallucinated_number, vague
 5   A   1  number   40   pending    hallucinated_number, refusal
 6   B   2  number  100   pending
 7   B   2  general  65   pending    vague                          duplicate of 3
 8   B   2  general   -   pending
 9   B   2  number   12   pending    hallucinated_number            question holds a '|'
10   B   2  general   -   pending
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import typer
from sqlalchemy import text
from sqlmodel import Session

from db import open_database, session_scope
from db.models import Chunk, ChunkJob, Document, PairFlag, QAPair, RequestLog, Run, content_hash
from distill.cli import app as distill_cli
from tests.backends import both_backends

PAIRS = [  # id, document, chunk, run, type, score, status
    (1, 1, 1, 1, "number", 95.0, "approved"),
    (2, 1, 1, 1, "number", 85.0, "approved"),
    (3, 1, 2, 1, "general", 72.0, "pending"),
    (4, 1, 2, 1, "general", 55.0, "rejected"),
    (5, 1, 2, 1, "number", 40.0, "pending"),
    (6, 2, 3, 2, "number", 100.0, "pending"),
    (7, 2, 3, 2, "general", 65.0, "pending"),
    (8, 2, 3, 2, "general", None, "pending"),
    (9, 2, 3, 2, "number", 12.0, "pending"),
    (10, 2, 3, 2, "general", None, "pending"),
]
FLAGS = [  # pair, flag, detail
    (2, "hallucinated_number", "8000元 not in the source"),
    (4, "hallucinated_number", "3万元 not in the source"),
    (4, "vague", "no subject"),
    (5, "hallucinated_number", "45天 not in the source"),
    (5, "refusal", "answer declines"),
    (7, "vague", "which policy?"),
    (9, "hallucinated_number", "99元 not in the source"),
]
REQUESTS = [  # run, provider, model, key, outcome, latency_ms, tokens_in, tokens_out
    (1, "gemini", "gemini-2.0-flash", "k1", "ok", 1000, 100, 50),
    (1, "gemini", "gemini-2.0-flash", "k2", "ok", 2000, 200, 100),
    (1, "gemini", "gemini-2.0-flash", "k1", "rate_limited", 100, 0, 0),
    (1, "gemini", "gemini-2.0-flash", "k2", "transient", 300, 0, 0),
    (2, "zhipu", "glm-4-flash", "k3", "ok", 500, 10, 20),
    (2, "zhipu", "glm-4-flash", "k3", "exhausted", 50, 0, 0),
]


def _question(pair_id: int) -> str:
    return "A|B 两项合计上限是多少？" if pair_id == 9 else f"第{pair_id}条规定的报销上限是多少？"


def _structure(s: Session) -> None:
    s.add_all([
        Document(id=1, sha256="a" * 64, path="/docs/a.pdf", name="a.pdf", extractor="pymupdf", page_count=3,
                 char_count=100, text="甲"),
        Document(id=2, sha256="b" * 64, path="/docs/b.txt", name="b.txt", extractor="text", page_count=1,
                 char_count=50, text="乙"),
    ])
    s.flush()
    s.add_all([Chunk(id=i, document_id=d, chunk_size=800, chunk_overlap=100, index=n, char_start=0, char_end=10,
                     page_start=1, page_end=1, text="x") for i, d, n in ((1, 1, 0), (2, 1, 1), (3, 2, 0))])
    s.add_all([
        Run(id=1, signature="s1", provider="gemini", model="gemini-2.0-flash", temperature=0.7, chunk_size=800,
            chunk_overlap=100, status="done"),
        Run(id=2, signature="s2", provider="zhipu", model="glm-4-flash", temperature=0.3, chunk_size=800,
            chunk_overlap=100, status="partial"),
    ])
    s.flush()
    s.add_all([ChunkJob(run_id=r, chunk_id=c, status=st) for r, c, st in
               ((1, 1, "done"), (1, 2, "done"), (1, 3, "failed"), (2, 3, "done"), (2, 2, "running"))])


def _pairs(s: Session) -> None:
    for pid, doc, chunk, run, kind, score, status in PAIRS:
        provider, model = ("gemini", "gemini-2.0-flash") if run == 1 else ("zhipu", "glm-4-flash")
        question, answer = _question(pid), f"答案{pid}：{pid * 1000}元。"
        s.add(QAPair(id=pid, question=question, answer=answer, type=kind, document_id=doc, chunk_id=chunk,
                     run_id=run, provider=provider, model=model, status=status,
                     content_hash=content_hash(question, answer), score=score,
                     duplicate_of=3 if pid == 7 else None, edited_answer="改过的答案" if pid == 1 else None))
        s.flush()  # in id order: pair 7 refers to pair 3
    s.add_all([PairFlag(pair_id=p, flag=f, points=10.0, detail=d) for p, f, d in FLAGS])
    s.add_all([RequestLog(run_id=r, provider=p, model=m, key_fingerprint=k, outcome=o, latency_ms=ms,
                          tokens_in=ti, tokens_out=to, stage="general") for r, p, m, k, o, ms, ti, to in REQUESTS])


@pytest.fixture(scope="session")
def _seeded_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built (and migrated) once per session: migrations cost more than the tests themselves."""
    path = tmp_path_factory.mktemp("report") / "seeded.db"
    factory = open_database(f"sqlite:///{path}")
    with session_scope(factory) as s:
        _structure(s)
        _pairs(s)
    factory.kw["bind"].dispose()  # the last connection closing folds the WAL into the file
    return path


db_url = both_backends()  # report queries: on SQLite and PostgreSQL


@pytest.fixture
def seeded_db(_seeded_file: Path, tmp_path: Path, db_url: str) -> str:
    """A fresh copy of the database described in this module's docstring; returns its URL."""
    if db_url.startswith("postgresql"):
        factory = open_database(db_url)
        with session_scope(factory) as s:
            _structure(s)
            _pairs(s)
        with session_scope(factory) as s:  # rows came with their ids: move the sequences past them
            for table in ("documents", "chunks", "runs", "chunk_jobs", "qa_pairs", "requests"):
                s.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                               f"(SELECT coalesce(max(id), 0) + 1 FROM {table}), false)"))
        factory.kw["bind"].dispose()
        return db_url
    path = tmp_path / "seeded.db"
    shutil.copyfile(_seeded_file, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def cli_app() -> typer.Typer:
    """The whole `distill` command line, as users run it."""
    return distill_cli


@pytest.fixture
def invoke(cli_app: typer.Typer) -> Callable[..., object]:
    from typer.testing import CliRunner

    runner = CliRunner()
    return lambda *args: runner.invoke(cli_app, list(args), catch_exceptions=False)
