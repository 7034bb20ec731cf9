"""A run through the library: jobs, one transaction per chunk, resume after Ctrl-C, retry of failures."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import open_database, session_scope
from db.models import ChunkJob, QAPair, Run
from distill.generate import DraftPair
from distill.generate.base import ChunkFailed, Job
from distill.generate.select import OfflineGenerator
from distill.runner import Interrupted, RunOptions, run
from tests.backends import both_backends

db_url = both_backends()  # runs and resume: on SQLite and PostgreSQL

POLICY = "".join(
    f"第{i}条 单笔报销金额超过{i * 500}元的，须经部门负责人审批。员工出差住宿费每晚不超过{300 + i}元。\n\n"
    for i in range(1, 41)
)


@pytest.fixture
def policy(tmp_path: Path) -> Path:
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    return path


def pair_count(factory) -> int:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        return int(s.scalar(select(func.count()).select_from(QAPair)) or 0)


class StopAfter(OfflineGenerator):
    """The offline generator, interrupted as if by Ctrl-C after `n` chunks."""

    def __init__(self, n: int) -> None:
        super().__init__()
        self.n = n

    def generate(self, job: Job, per_chunk: int | None) -> list[DraftPair]:
        if self.n == 0:
            raise KeyboardInterrupt
        self.n -= 1
        return super().generate(job, per_chunk)


class FailOn(OfflineGenerator):
    """Fails every chunk that mentions `needle`, as a provider that cannot parse its reply would."""

    def __init__(self, needle: str) -> None:
        super().__init__()
        self.needle = needle

    def generate(self, job: Job, per_chunk: int | None) -> list[DraftPair]:
        if self.needle in job.text:
            raise ChunkFailed("reply could not be parsed")
        return super().generate(job, per_chunk)


def test_run_stores_pairs_and_a_second_run_adds_nothing(policy: Path, db_url: str) -> None:
    factory = open_database(db_url)
    opts = RunOptions(chunk_size=200, chunk_overlap=30)
    first = run(factory, [policy], OfflineGenerator(), opts)
    assert first.chunks_total == first.chunks_done > 5 and first.chunks_failed == 0
    assert first.pairs_added == pair_count(factory) >= 40
    again = run(factory, [policy], OfflineGenerator(), opts)
    assert again.pairs_added == 0 and again.documents == 1 and again.chunks_done == again.chunks_total
    assert pair_count(factory) == first.pairs_added


def test_interrupted_run_resumes_without_loss_or_duplicate(policy: Path, db_url: str, tmp_path: Path) -> None:
    opts = RunOptions(chunk_size=200, chunk_overlap=30)
    reference = open_database(str(tmp_path / "reference.db"))
    expected = run(reference, [policy], OfflineGenerator(), opts).pairs_added

    factory = open_database(db_url)
    with pytest.raises(Interrupted, match="run the same command again"):
        run(factory, [policy], StopAfter(3), opts)
    partial = pair_count(factory)
    assert 0 < partial < expected
    resumed = run(factory, [policy], OfflineGenerator(), opts)
    assert resumed.resumed and resumed.chunks_failed == 0
    assert pair_count(factory) == expected
    with session_scope(factory) as s:
        assert s.scalar(select(func.count()).select_from(Run)) == 1  # the same run, resumed
        assert set(s.scalars(select(ChunkJob.status))) == {"done"}


def test_failed_chunks_stay_retryable(policy: Path, db_url: str) -> None:
    factory = open_database(db_url)
    opts = RunOptions(chunk_size=200, chunk_overlap=30)
    result = run(factory, [policy], FailOn("第7条"), opts)
    assert result.chunks_failed >= 1
    with session_scope(factory) as s:
        errors = set(s.scalars(select(ChunkJob.last_error).where(ChunkJob.status == "failed")))
    assert errors == {"reply could not be parsed"}
    retry = run(factory, [policy], OfflineGenerator(), opts)
    assert retry.resumed and retry.chunks_failed == 0 and retry.pairs_added > 0


def test_per_chunk_caps_pairs(policy: Path, db_url: str) -> None:
    factory = open_database(db_url)
    result = run(factory, [policy], OfflineGenerator(), RunOptions(chunk_size=200, chunk_overlap=30, per_chunk=1))
    assert result.pairs_added <= result.chunks_total


def test_bad_inputs_are_reported_and_the_good_one_processed(policy: Path, db_url: str, tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "empty.txt").write_text("")
    factory = open_database(db_url)
    result = run(factory, [policy, tmp_path / "notes.docx", tmp_path / "empty.txt", tmp_path / "missing.pdf"],
                 OfflineGenerator(), RunOptions(chunk_size=200, chunk_overlap=30))
    assert result.documents == 1 and result.pairs_added > 0
    assert sorted(Path(e.path).name for e in result.errors) == ["empty.txt", "missing.pdf", "notes.docx"]


def test_workers_pool_gives_the_same_pairs(policy: Path, db_url: str, tmp_path: Path) -> None:
    opts = RunOptions(chunk_size=200, chunk_overlap=30)
    expected = run(open_database(str(tmp_path / "one.db")), [policy], OfflineGenerator(), opts).pairs_added
    opts.workers = 4
    factory = open_database(db_url)
    assert run(factory, [policy], OfflineGenerator(), opts).pairs_added == expected == pair_count(factory)
