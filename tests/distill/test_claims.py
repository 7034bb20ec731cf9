"""Chunk-job claims: a holder, a heartbeat, finished only by the holder, taken over only once stale.

Time is injected: every "now" below is a fixed moment, so staleness never depends on the machine.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from db import open_database, session_scope
from db.models import Chunk, ChunkJob, Document, QAPair, Run
from distill import store, workers
from distill.generate import DraftPair
from distill.status import team_status
from tests.backends import both_backends

db_url = both_backends()
T0 = datetime(2026, 1, 1, 9, 0, tzinfo=timezone.utc)
STALE = timedelta(seconds=60)


@pytest.fixture
def factory(db_url: str):  # type: ignore[no-untyped-def]
    return seeded(db_url)


def seeded(url: str):  # type: ignore[no-untyped-def]
    """A database holding one document of three chunks."""
    factory = open_database(url)
    with session_scope(factory) as s:
        doc = Document(sha256="c" * 64, path="p.txt", name="p.txt", extractor="text", page_count=1, char_count=9,
                       text="第一条。第二条。第三条。")
        s.add(doc)
        s.flush()
        s.add_all([Chunk(document_id=doc.id, chunk_size=10, chunk_overlap=0, index=i, char_start=3 * i,
                         char_end=3 * i + 3, page_start=1, page_end=1, text=f"第{i}条") for i in range(3)])
    return factory


def chunk_ids(factory) -> list[int]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        return list(s.scalars(select(Chunk.id).order_by(Chunk.id)))


def a_run(signature: str = "sig") -> Run:
    return Run(signature=signature, provider="offline", model="m", chunk_size=10, chunk_overlap=0)


def pair(n: int) -> DraftPair:
    return DraftPair(f"第{n}条的上限是多少元？", f"上限为{n}00元。", "number")


def test_jobs_are_split_between_holders_and_finished_only_by_theirs(factory) -> None:  # type: ignore[no-untyped-def]
    run_id = store.open_run(factory, a_run(), chunk_ids(factory)).run_id
    a = store.claim_next(factory, [run_id], "host:1:a", T0, T0 - STALE)
    b = store.claim_next(factory, [run_id], "host:2:b", T0, T0 - STALE)
    assert a and b and a.job_id != b.job_id
    src = store.PairSource(run_id, "offline", "m")
    with pytest.raises(store.ClaimLost):
        store.finish_job(factory, a.job_id, "host:2:b", [pair(1)], src)  # not b's job: nothing is written
    with session_scope(factory) as s:
        assert s.scalar(select(func.count()).select_from(QAPair)) == 0
    assert store.finish_job(factory, a.job_id, "host:1:a", [pair(1)], src) == (1, 0)
    with pytest.raises(store.ClaimLost):
        store.fail_job(factory, a.job_id, "host:1:a", "late failure")  # a done job is never flipped to failed
    with session_scope(factory) as s:
        assert s.get(ChunkJob, a.job_id).status == "done"


def test_only_a_claim_whose_heartbeat_stopped_is_taken_over(factory) -> None:  # type: ignore[no-untyped-def]
    run_id = store.open_run(factory, a_run(), chunk_ids(factory)[:1]).run_id
    first = store.claim_next(factory, [run_id], "host:1:a", T0, T0 - STALE)
    assert first is not None
    later = T0 + timedelta(minutes=45)  # long past the old 30-minute lease, but the holder still beats
    store.beat(factory, "host:1:a", later - timedelta(seconds=5))
    assert store.claim_next(factory, [run_id], "host:2:b", later, later - STALE) is None
    silent = later + timedelta(seconds=61)  # no beat for 66 s: stale
    taken = store.claim_next(factory, [run_id], "host:2:b", silent, silent - STALE)
    assert taken is not None and taken.job_id == first.job_id and taken.attempts == 2
    src = store.PairSource(run_id, "offline", "m")
    with pytest.raises(store.ClaimLost):  # the first holder wakes up: its result is refused
        store.finish_job(factory, first.job_id, "host:1:a", [pair(1)], src)
    assert store.finish_job(factory, taken.job_id, "host:2:b", [pair(1)], src) == (1, 0)


def test_a_finished_command_run_again_records_no_empty_run(factory) -> None:  # type: ignore[no-untyped-def]
    ids = chunk_ids(factory)
    run_id = store.open_run(factory, a_run(), ids).run_id
    while (c := store.claim_next(factory, [run_id], "h:1:x", T0, T0 - STALE)) is not None:
        store.finish_job(factory, c.job_id, "h:1:x", [pair(c.chunk_id)], store.PairSource(run_id, "offline", "m"))
    assert store.finalize_run(factory, run_id) == "done"
    again = store.open_run(factory, a_run(), ids)
    assert again.run_id is None and again.done_by == run_id
    with session_scope(factory) as s:
        assert s.scalar(select(func.count()).select_from(Run)) == 1


def test_a_run_others_still_work_on_stays_running_until_the_last_one_closes_it(factory) -> None:  # type: ignore[no-untyped-def]
    run_id = store.open_run(factory, a_run(), chunk_ids(factory)[:2]).run_id
    mine = store.claim_next(factory, [run_id], "h:1:x", T0, T0 - STALE)
    theirs = store.claim_next(factory, [run_id], "h:2:y", T0, T0 - STALE)
    src = store.PairSource(run_id, "offline", "m")
    store.finish_job(factory, mine.job_id, "h:1:x", [pair(1)], src)
    assert store.finalize_run(factory, run_id, interrupted=True) == "running"
    store.finish_job(factory, theirs.job_id, "h:2:y", [pair(2)], src)
    assert store.finalize_run(factory, run_id) == "done"


def test_status_tells_alive_from_stale_workers(factory) -> None:  # type: ignore[no-untyped-def]
    clock = workers.Timing(clock=lambda: T0)
    alive = workers.register(factory, "work", timing=clock)
    gone = workers.register(factory, "run", timing=workers.Timing(clock=lambda: T0 - timedelta(minutes=5)))
    data = team_status(factory, stale_after=60, now=T0 + timedelta(seconds=10))
    states = {w["holder"]: w["state"] for w in data["workers"]}
    assert states == {alive: "alive", gone: "stale"}
    workers.stopped(factory, gone)
    assert {w["holder"]: w["state"] for w in team_status(factory, 60, T0)["workers"]}[gone] == "stopped"


def test_postgresql_claims_skip_the_row_another_claim_has_locked(pg_url: str) -> None:
    factory = seeded(pg_url)
    run_id = store.open_run(factory, a_run(), chunk_ids(factory)).run_id
    other = factory()
    try:  # another worker's claim, caught mid-transaction with the first job's row locked
        locked = other.scalar(select(ChunkJob.id).where(ChunkJob.run_id == run_id).order_by(ChunkJob.chunk_id)
                              .limit(1).with_for_update())
        claim = store.claim_next(factory, [run_id], "h:1:x", T0, T0 - STALE)  # does not wait for it
        assert claim is not None and claim.job_id != locked
    finally:
        other.rollback()
        other.close()
