"""Writing documents, chunks, runs and chunk jobs: each step one transaction.

The runner calls these; they hold the rules that make a run resumable and shareable: one job per
run and chunk; a chunk already done under the same generation settings is never redone; a job is
claimed by one holder (a worker, see `distill/workers.py`), renewed by its heartbeat, finished or
failed only by that holder, and taken over by another only once its heartbeat has stopped.
Claims are one statement: `FOR UPDATE SKIP LOCKED` on PostgreSQL, under `BEGIN IMMEDIATE` on SQLite.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import (
    JOB_DONE,
    JOB_FAILED,
    JOB_PENDING,
    JOB_RUNNING,
    RUN_DONE,
    RUN_INTERRUPTED,
    RUN_PARTIAL,
    RUN_RUNNING,
    Chunk,
    ChunkJob,
    Document,
    QAPair,
    Run,
    Worker,
    content_hash,
    utcnow,
)
from db.session import advisory_lock, session_scope
from db.writes import insert_ignoring_conflicts, rows_changed
from distill.chunking import chunk_text
from distill.generate import DraftPair
from distill.ingest import IngestedText


class ClaimLost(Exception):
    """The job is no longer ours (its heartbeat stopped and another worker took it over)."""


def lock_for_write(s: Session, key: str) -> None:
    """Serialise this transaction against others writing under `key`; call it first in the transaction.

    SQLite: `BEGIN IMMEDIATE` takes the database's write lock now (waiting up to the busy timeout),
    so what this transaction reads is still true when it writes. PostgreSQL: an advisory lock
    on `key`, released at commit.
    """
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    elif conn.dialect.name == "postgresql":
        digest = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({digest})")


@dataclass(frozen=True)
class StoredDocument:
    id: int
    name: str
    chunk_ids: list[int]
    new: bool


def store_document(factory: sessionmaker[Session], doc: IngestedText, size: int, overlap: int) -> StoredDocument:
    """Save the document (once per sha256) and its chunks for this size/overlap, in one transaction.

    Two processes ingesting the same file at once both succeed: rows another one just wrote are
    skipped, never a unique-constraint error.
    """
    with session_scope(factory) as s:
        row = {"sha256": doc.sha256, "path": str(doc.path), "name": doc.path.name, "extractor": doc.extractor,
               "page_count": doc.page_count, "char_count": len(doc.text), "text": doc.text, "created_at": utcnow()}
        new = insert_ignoring_conflicts(s, Document, [row], unique=("sha256",)) > 0
        document = s.scalar(select(Document).where(col(Document.sha256) == doc.sha256))
        assert document is not None and document.id is not None
        ids = _chunk_ids(s, document.id, size, overlap)
        if not ids:
            rows = []
            for c in chunk_text(doc.text, size, overlap):
                first, last = doc.page_range(c.start, c.end)
                rows.append({"document_id": document.id, "chunk_size": size, "chunk_overlap": overlap,
                             "index": c.index, "char_start": c.start, "char_end": c.end, "page_start": first,
                             "page_end": last, "text": c.text})
            insert_ignoring_conflicts(s, Chunk, rows, unique=("document_id", "chunk_size", "chunk_overlap", "index"))
            ids = _chunk_ids(s, document.id, size, overlap)
        return StoredDocument(document.id, document.name, ids, new)


def _chunk_ids(s: Session, document_id: int, size: int, overlap: int) -> list[int]:
    return list(s.scalars(
        select(col(Chunk.id)).where(col(Chunk.document_id) == document_id, col(Chunk.chunk_size) == size,
                               col(Chunk.chunk_overlap) == overlap).order_by(col(Chunk.index))
    ))


def run_signature(**settings: object) -> str:
    """A stable hash of the settings that decide which pairs a chunk yields."""
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()


@dataclass(frozen=True)
class OpenedRun:
    """What `open_run` found: the run to work on (None: nothing to do), and whether it existed."""

    run_id: int | None
    resumed: bool
    done_by: int | None = None  # with nothing to do: the latest run that did these chunks


def open_run(factory: sessionmaker[Session], run: Run, chunk_ids: Sequence[int]) -> OpenedRun:
    """Join the latest unfinished run with the same signature, or start `run`; queue its jobs.

    Chunks already done under this signature get no job, and when no chunk is left to do no run
    is recorded at all. Failed jobs of a joined run are queued again. Processes opening the same
    run at once are serialised, so they all join one run instead of starting one each.
    """
    with session_scope(factory) as s:
        lock_for_write(s, f"run:{run.signature}")
        previous = s.scalar(
            select(Run).where(col(Run.signature) == run.signature, col(Run.status) != RUN_DONE)
            .order_by(col(Run.id).desc())
        )
        todo = _chunks_not_done(s, run.signature, chunk_ids)
        if previous is None and not todo:
            done_by = s.scalar(select(func.max(col(Run.id))).where(col(Run.signature) == run.signature))
            return OpenedRun(None, False, done_by)
        current = previous if previous is not None else run
        if previous is None:
            s.add(run)
            s.flush()
        current.status = RUN_RUNNING
        assert current.id is not None
        rows = [{"run_id": current.id, "chunk_id": c, "status": JOB_PENDING} for c in todo]
        insert_ignoring_conflicts(s, ChunkJob, rows, unique=("run_id", "chunk_id"))
        s.execute(update(ChunkJob).where(col(ChunkJob.run_id) == current.id, col(ChunkJob.status) == JOB_FAILED)
                  .values(status=JOB_PENDING, claimed_by=None))
        return OpenedRun(current.id, previous is not None)


def _chunks_not_done(s: Session, signature: str, chunk_ids: Sequence[int]) -> list[int]:
    done = set(s.scalars(
        select(col(ChunkJob.chunk_id)).join(Run, col(Run.id) == col(ChunkJob.run_id))
        .where(col(Run.signature) == signature, col(ChunkJob.status) == JOB_DONE, col(ChunkJob.chunk_id).in_(chunk_ids))
    ))
    return [c for c in chunk_ids if c not in done]


@dataclass(frozen=True)
class Claim:
    """A job this holder now owns: finish or fail it with the same holder."""

    job_id: int
    run_id: int
    chunk_id: int
    text: str
    attempts: int


def _claimable(run_ids: Sequence[int], stale_before: datetime) -> tuple[ColumnElement[bool], ...]:
    beat = func.coalesce(col(ChunkJob.heartbeat_at), col(ChunkJob.claimed_at))
    running, pending = col(ChunkJob.status) == JOB_RUNNING, col(ChunkJob.status) == JOB_PENDING
    return col(ChunkJob.run_id).in_(list(run_ids)), or_(pending, running & (beat < stale_before))


def claim_next(factory: sessionmaker[Session], run_ids: Sequence[int], holder: str, now: datetime,
               stale_before: datetime) -> Claim | None:
    """Take the first pending job of `run_ids` (or one whose holder's heartbeat is older than
    `stale_before`), in one statement; None when there is none."""
    if not run_ids:
        return None
    with session_scope(factory) as s:
        if s.connection().dialect.name == "sqlite":
            lock_for_write(s, "claims")  # BEGIN IMMEDIATE; PostgreSQL needs no lock: SKIP LOCKED below
        first = (select(col(ChunkJob.id)).where(*_claimable(run_ids, stale_before))
                 .order_by(col(ChunkJob.run_id), col(ChunkJob.chunk_id)).limit(1).with_for_update(skip_locked=True))
        taken = s.execute(
            update(ChunkJob).where(col(ChunkJob.id) == first.scalar_subquery(), *_claimable(run_ids, stale_before))
            .values(status=JOB_RUNNING, claimed_by=holder, claimed_at=now, heartbeat_at=now,
                    attempts=col(ChunkJob.attempts) + 1)
            .returning(col(ChunkJob.id), col(ChunkJob.run_id), col(ChunkJob.chunk_id), col(ChunkJob.attempts))
        ).first()
        if taken is None:
            return None
        text = s.scalar(select(col(Chunk.text)).where(col(Chunk.id) == taken.chunk_id))
        return Claim(taken.id, taken.run_id, taken.chunk_id, text or "", taken.attempts)


def beat(factory: sessionmaker[Session], holder: str, now: datetime) -> int:
    """Renew the holder's heartbeat and that of every job it holds; returns the jobs renewed."""
    with session_scope(factory) as s:
        # Jobs before the worker row, in the order `finish_job` locks them: no deadlock on PostgreSQL.
        renewed = rows_changed(s, update(ChunkJob).where(col(ChunkJob.claimed_by) == holder,
                                                         col(ChunkJob.status) == JOB_RUNNING).values(heartbeat_at=now))
        s.execute(update(Worker).where(col(Worker.holder) == holder).values(heartbeat_at=now))
        return renewed


def _take_back(s: Session, job_id: int, holder: str, **values: object) -> int:
    """Move our own running job on (done, failed...); ClaimLost when it is no longer ours."""
    chunk_id = s.scalar(
        update(ChunkJob)
        .where(col(ChunkJob.id) == job_id, col(ChunkJob.claimed_by) == holder, col(ChunkJob.status) == JOB_RUNNING)
        .values(claimed_by=None, finished_at=utcnow(), **values).returning(col(ChunkJob.chunk_id))
    )
    if chunk_id is None:
        raise ClaimLost(f"job {job_id} is no longer held by {holder}")
    return chunk_id


@dataclass(frozen=True)
class PairSource:
    """Where the pairs of one job come from, stored on each pair and on the job."""

    run_id: int
    provider: str
    model: str


def _pair_rows(s: Session, chunk_id: int, pairs: Sequence[DraftPair], src: PairSource) -> list[dict[str, object]]:
    """The `qa_pairs` rows for a job's pairs."""
    document_id = s.scalar(select(col(Chunk.document_id)).where(col(Chunk.id) == chunk_id))
    return [
        {"question": p.question, "answer": p.answer, "type": p.type, "document_id": document_id,
         "chunk_id": chunk_id, "run_id": src.run_id, "provider": src.provider, "model": src.model,
         "content_hash": content_hash(p.question, p.answer), "evidence_quote": p.evidence, "created_at": utcnow()}
        for p in pairs
    ]


def finish_job(factory: sessionmaker[Session], job_id: int, holder: str, pairs: Sequence[DraftPair],
               src: PairSource) -> tuple[int, int]:
    """Store a job's pairs and mark it done in one transaction; returns (added, duplicates).

    Only the job's holder finishes it: otherwise nothing is written and `ClaimLost` is raised.
    """
    with session_scope(factory) as s:
        chunk_id = _take_back(s, job_id, holder, status=JOB_DONE, last_error=None, provider=src.provider)
        rows = _pair_rows(s, chunk_id, pairs, src)
        added = insert_ignoring_conflicts(s, QAPair, rows, unique=("content_hash",))
        s.execute(update(ChunkJob).where(col(ChunkJob.id) == job_id)
                  .values(pairs_added=func.coalesce(col(ChunkJob.pairs_added), 0) + added))
        s.execute(update(Worker).where(col(Worker.holder) == holder).values(jobs_done=col(Worker.jobs_done) + 1))
        return added, len(rows) - added


def save_pass(factory: sessionmaker[Session], job_id: int, stage: str, pairs: Sequence[DraftPair],
              src: PairSource, holder: str | None = None, again: bool = False) -> tuple[int, int]:
    """Store one finished pass of a job and record it in `passes_done`, in one transaction.

    With a `holder`, only while it still holds the job (`ClaimLost` otherwise); without one (a
    re-parse of stored replies), only while nobody does. The job's status is left as it is;
    returns (added, duplicates). A pass already recorded adds nothing, unless `again` (a re-parse
    of all replies: only pairs not yet stored are added).
    """
    with session_scope(factory) as s:
        held = col(ChunkJob.claimed_by) == holder if holder else col(ChunkJob.status) != JOB_RUNNING
        if holder:
            held = held & (col(ChunkJob.status) == JOB_RUNNING)
        job = s.scalar(select(ChunkJob).where(col(ChunkJob.id) == job_id, held).with_for_update())
        if job is None:
            raise ClaimLost(f"job {job_id} is " + (f"no longer held by {holder}" if holder else "held by a worker"))
        done = [p for p in (job.passes_done or "").split(",") if p]
        if stage in done and not again:
            return 0, 0
        rows = _pair_rows(s, job.chunk_id, pairs, src)
        added = insert_ignoring_conflicts(s, QAPair, rows, unique=("content_hash",))
        job.passes_done = ",".join(done if stage in done else [*done, stage])
        job.pairs_added = (job.pairs_added or 0) + added
        return added, len(rows) - added


def passes_done(factory: sessionmaker[Session], job_id: int) -> frozenset[str]:
    """The passes of a job already stored (by an earlier attempt that then failed or stopped)."""
    with session_scope(factory) as s:
        value = s.scalar(select(col(ChunkJob.passes_done)).where(col(ChunkJob.id) == job_id))
        return frozenset(p for p in (value or "").split(",") if p)


def mark_recovered(factory: sessionmaker[Session], job_id: int, provider: str | None) -> bool:
    """A failed job whose every pass a re-parse has now stored is done; False if it was not failed."""
    with session_scope(factory) as s:
        return rows_changed(s, update(ChunkJob).where(col(ChunkJob.id) == job_id, col(ChunkJob.status) == JOB_FAILED)
                            .values(status=JOB_DONE, last_error=None, finished_at=utcnow(), provider=provider)) > 0


def fail_job(factory: sessionmaker[Session], job_id: int, holder: str, error: str, provider: str | None = None) -> None:
    """Mark our job failed with its reason (retried by the next `distill run` with the same settings).

    A job that is no longer ours is left as it is (`ClaimLost`): a late failure never flips
    another worker's done job.
    """
    with session_scope(factory) as s:
        _take_back(s, job_id, holder, status=JOB_FAILED, last_error=error[:2000], provider=provider)


def add_run_note(factory: sessionmaker[Session], run_id: int, line: str) -> None:
    """Append one timestamped line to the run's notes (provider switches and the like)."""
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S UTC")
    with session_scope(factory) as s:
        run = s.get(Run, run_id, with_for_update=True)
        assert run is not None
        run.notes = (run.notes + "\n" if run.notes else "") + f"{stamp} {line}"


def release_jobs(factory: sessionmaker[Session], job_ids: Sequence[int], holder: str) -> None:
    """Give claimed jobs back (interrupted before they finished); only our own."""
    if not job_ids:
        return
    with session_scope(factory) as s:
        s.execute(update(ChunkJob).where(col(ChunkJob.id).in_(job_ids), col(ChunkJob.status) == JOB_RUNNING,
                                         col(ChunkJob.claimed_by) == holder)
                  .values(status=JOB_PENDING, claimed_by=None, claimed_at=None, heartbeat_at=None))


def release_claims(factory: sessionmaker[Session], holder: str) -> int:
    """Give back every job `holder` still holds (Ctrl-C may land between two steps)."""
    with session_scope(factory) as s:
        return rows_changed(s, update(ChunkJob).where(col(ChunkJob.status) == JOB_RUNNING,
                                                      col(ChunkJob.claimed_by) == holder)
                            .values(status=JOB_PENDING, claimed_by=None, claimed_at=None, heartbeat_at=None))


def _pid_is_dead(holder: str) -> bool:
    """Whether `holder` (host:pid:token) names a process of this host that no longer exists."""
    host, pid = (holder.split(":") + ["", ""])[:2]
    if host != socket.gethostname() or not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def release_dead_local(factory: sessionmaker[Session], run_ids: Sequence[int]) -> int:
    """Jobs held by a process of this host that is gone (kill -9) go back to pending at once:
    its heartbeat has stopped for certain, so there is no need to wait for it to go stale."""
    with session_scope(factory) as s:
        holders = set(s.scalars(select(col(ChunkJob.claimed_by)).where(
            col(ChunkJob.run_id).in_(list(run_ids)), col(ChunkJob.status) == JOB_RUNNING,
            col(ChunkJob.claimed_by).is_not(None))))
        dead = [h for h in holders if h and _pid_is_dead(h)]
        if not dead:
            return 0
        return rows_changed(s, update(ChunkJob).where(col(ChunkJob.status) == JOB_RUNNING,
                                                      col(ChunkJob.claimed_by).in_(dead))
                            .values(status=JOB_PENDING, claimed_by=None, claimed_at=None, heartbeat_at=None))


def held_by_others(factory: sessionmaker[Session], run_ids: Sequence[int], holder: str) -> int:
    """Jobs of `run_ids` that other workers hold now (this worker's own threads finish theirs)."""
    with session_scope(factory) as s:
        return int(s.scalar(select(func.count()).select_from(ChunkJob).where(
            col(ChunkJob.run_id).in_(list(run_ids)), col(ChunkJob.status) == JOB_RUNNING,
            col(ChunkJob.claimed_by) != holder)) or 0)


def job_counts(factory: sessionmaker[Session], run_ids: int | Sequence[int]) -> dict[str, int]:
    """The jobs of a run (or of several) counted by status."""
    ids = [run_ids] if isinstance(run_ids, int) else list(run_ids)
    with session_scope(factory) as s:
        rows = s.execute(
            select(col(ChunkJob.status), func.count()).where(col(ChunkJob.run_id).in_(ids))
            .group_by(col(ChunkJob.status))
        ).all()
        return {status: int(n) for status, n in rows}


def run_pair_types(factory: sessionmaker[Session], run_id: int) -> dict[str, int]:
    """The run's pairs counted by type (number / general)."""
    with session_scope(factory) as s:
        rows = s.execute(select(col(QAPair.type), func.count()).where(col(QAPair.run_id) == run_id)
                         .group_by(col(QAPair.type)))
        return {t: int(n) for t, n in rows.all()}


def finalize_run(factory: sessionmaker[Session], run_id: int, interrupted: bool = False) -> str:
    """Record the run's status from its jobs and return it.

    A run whose jobs other workers still hold stays `running` (the last one out closes it);
    otherwise it is done, partial (failed or unreached chunks) or, when stopped by a signal,
    interrupted.
    """
    with session_scope(factory) as s:
        lock_for_write(s, f"close:{run_id}")
        counts = dict(s.execute(select(col(ChunkJob.status), func.count()).where(col(ChunkJob.run_id) == run_id)
                                .group_by(col(ChunkJob.status))).all())
        if counts.get(JOB_RUNNING):
            status = RUN_RUNNING
        elif counts.get(JOB_PENDING) and interrupted:
            status = RUN_INTERRUPTED
        elif counts.get(JOB_PENDING) or counts.get(JOB_FAILED):
            status = RUN_PARTIAL
        else:
            status = RUN_DONE
        s.execute(update(Run).where(col(Run.id) == run_id).values(
            status=status, finished_at=None if status == RUN_RUNNING else utcnow()))
        return status


def unfinished_runs(factory: sessionmaker[Session], only: int | None = None) -> list[Run]:
    """Runs with pending jobs (or `only` that one), oldest first: what `distill work` joins."""
    with session_scope(factory) as s:
        query = select(Run).where(col(Run.id).in_(select(col(ChunkJob.run_id)).where(col(ChunkJob.status).in_(
            (JOB_PENDING, JOB_RUNNING))))).order_by(col(Run.id))
        if only is not None:
            query = query.where(col(Run.id) == only)
        return list(s.scalars(query))


@contextmanager
def exclusive(factory: sessionmaker[Session], key: str) -> Iterator[None]:
    """Held across several transactions: one process at a time does the work named `key`
    (a PostgreSQL advisory lock; SQLite's writers are serialised by its database lock already)."""
    digest = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)
    with advisory_lock(factory.kw["bind"], digest):
        yield
