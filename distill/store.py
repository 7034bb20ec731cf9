"""Writing documents, chunks, runs and chunk jobs: each step one transaction.

The runner calls these; they hold the rules that make a run resumable: one job per run and
chunk, a chunk already done under the same generation settings is never redone, and a job
left `running` by a dead process is handed out again.
"""

from __future__ import annotations

import hashlib
import json
import os
import socket
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import (
    JOB_DONE,
    JOB_FAILED,
    JOB_PENDING,
    JOB_RUNNING,
    RUN_DONE,
    RUN_RUNNING,
    Chunk,
    ChunkJob,
    Document,
    QAPair,
    Run,
    content_hash,
    utcnow,
)
from db.session import session_scope
from db.writes import insert_ignoring_conflicts
from distill.chunking import chunk_text
from distill.generate import QAPair as NewPair
from distill.ingest import IngestedText

# A claim older than this is stale even if its owner looks alive (another host, a hung process).
CLAIM_LEASE = timedelta(minutes=30)


def worker_id() -> str:
    """Who holds a claim: this host and process."""
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass(frozen=True)
class StoredDocument:
    id: int
    name: str
    chunk_ids: list[int]
    new: bool


def store_document(factory: sessionmaker[Session], doc: IngestedText, size: int, overlap: int) -> StoredDocument:
    """Save the document (once per sha256) and its chunks for this size/overlap, in one transaction."""
    with session_scope(factory) as s:
        row = s.scalar(select(Document).where(Document.sha256 == doc.sha256))
        new = row is None
        if row is None:
            row = Document(
                sha256=doc.sha256, path=str(doc.path), name=doc.path.name, extractor=doc.extractor,
                page_count=doc.page_count, char_count=len(doc.text), text=doc.text,
            )
            s.add(row)
            s.flush()
        ids = _chunk_ids(s, row.id, size, overlap)
        if not ids:
            for c in chunk_text(doc.text, size, overlap):
                first, last = doc.page_range(c.start, c.end)
                s.add(Chunk(document_id=row.id, chunk_size=size, chunk_overlap=overlap, index=c.index,
                            char_start=c.start, char_end=c.end, page_start=first, page_end=last, text=c.text))
            s.flush()
            ids = _chunk_ids(s, row.id, size, overlap)
        return StoredDocument(row.id, row.name, ids, new)


def _chunk_ids(s: Session, document_id: int, size: int, overlap: int) -> list[int]:
    return list(s.scalars(
        select(Chunk.id).where(Chunk.document_id == document_id, Chunk.chunk_size == size,
                               Chunk.chunk_overlap == overlap).order_by(Chunk.index)
    ))


def run_signature(**settings: object) -> str:
    """A stable hash of the settings that decide which pairs a chunk yields."""
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest()


def open_run(factory: sessionmaker[Session], run: Run, chunk_ids: Sequence[int]) -> tuple[int, bool]:
    """Resume the latest unfinished run with the same signature, or start `run`; queue its jobs.

    Returns (run id, resumed). Chunks already done under this signature get no job.
    """
    with session_scope(factory) as s:
        previous = s.scalar(
            select(Run).where(Run.signature == run.signature, Run.status != RUN_DONE).order_by(Run.id.desc())
        )
        resumed = previous is not None
        if previous is None:
            s.add(run)
            s.flush()
            current = run
        else:
            current = previous
            current.status = RUN_RUNNING
        todo = _chunks_not_done(s, run.signature, chunk_ids)
        rows = [{"run_id": current.id, "chunk_id": c, "status": JOB_PENDING} for c in todo]
        insert_ignoring_conflicts(s, ChunkJob, rows, unique=("run_id", "chunk_id"))
        _release_stale(s, current.id)
        return current.id, resumed


def _chunks_not_done(s: Session, signature: str, chunk_ids: Sequence[int]) -> list[int]:
    done = set(s.scalars(
        select(ChunkJob.chunk_id).join(Run, Run.id == ChunkJob.run_id)
        .where(Run.signature == signature, ChunkJob.status == JOB_DONE, ChunkJob.chunk_id.in_(chunk_ids))
    ))
    return [c for c in chunk_ids if c not in done]


def _claim_is_stale(claimed_by: str | None, claimed_at) -> bool:  # type: ignore[no-untyped-def]
    if claimed_by is None or claimed_at is None:
        return True
    if utcnow() - claimed_at > CLAIM_LEASE:
        return True
    host, _, pid = claimed_by.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return int(pid) == os.getpid()  # our own earlier claim in this process is finished work


def _release_stale(s: Session, run_id: int) -> None:
    """Jobs left `running` by a process that died (kill -9) go back to pending."""
    for job in s.scalars(select(ChunkJob).where(ChunkJob.run_id == run_id, ChunkJob.status == JOB_RUNNING)):
        if _claim_is_stale(job.claimed_by, job.claimed_at):
            job.status, job.claimed_by, job.claimed_at = JOB_PENDING, None, None


def jobs_to_do(factory: sessionmaker[Session], run_id: int) -> list[tuple[int, int]]:
    """(job id, chunk id) of the run's jobs that are pending or failed, in chunk order."""
    with session_scope(factory) as s:
        return [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(ChunkJob.id, ChunkJob.chunk_id)
            .where(ChunkJob.run_id == run_id, ChunkJob.status.in_((JOB_PENDING, JOB_FAILED)))
            .order_by(ChunkJob.chunk_id)
        )]


def claim_job(factory: sessionmaker[Session], job_id: int, owner: str) -> str | None:
    """Atomically take a pending/failed job; returns the chunk text, or None if someone else has it."""
    with session_scope(factory) as s:
        taken = s.execute(
            update(ChunkJob)
            .where(ChunkJob.id == job_id, ChunkJob.status.in_((JOB_PENDING, JOB_FAILED)))
            .values(status=JOB_RUNNING, claimed_by=owner, claimed_at=utcnow(), attempts=ChunkJob.attempts + 1)
        ).rowcount
        if not taken:
            return None
        return s.scalar(select(Chunk.text).join(ChunkJob, ChunkJob.chunk_id == Chunk.id).where(ChunkJob.id == job_id))


@dataclass(frozen=True)
class PairSource:
    """Where the pairs of one job come from, stored on each pair and on the job."""

    run_id: int
    provider: str
    model: str


def _pair_rows(s: Session, job: ChunkJob, pairs: Sequence[NewPair], src: PairSource) -> list[dict[str, object]]:
    """The `qa_pairs` rows for a job's pairs."""
    document_id = s.scalar(select(Chunk.document_id).where(Chunk.id == job.chunk_id))
    return [
        {"question": p.question, "answer": p.answer, "type": p.type, "document_id": document_id,
         "chunk_id": job.chunk_id, "run_id": src.run_id, "provider": src.provider, "model": src.model,
         "content_hash": content_hash(p.question, p.answer), "evidence_quote": p.evidence, "created_at": utcnow()}
        for p in pairs
    ]


def finish_job(factory: sessionmaker[Session], job_id: int, pairs: Sequence[NewPair], src: PairSource) -> tuple[int, int]:
    """Store a job's pairs and mark it done in one transaction; returns (added, duplicates)."""
    with session_scope(factory) as s:
        job = s.get(ChunkJob, job_id)
        assert job is not None
        rows = _pair_rows(s, job, pairs, src)
        added = insert_ignoring_conflicts(s, QAPair, rows, unique=("content_hash",))
        job.status, job.pairs_added, job.finished_at = JOB_DONE, (job.pairs_added or 0) + added, utcnow()
        job.last_error, job.claimed_by, job.provider = None, None, src.provider
        return added, len(rows) - added


def save_pass(factory: sessionmaker[Session], job_id: int, stage: str, pairs: Sequence[NewPair],
              src: PairSource, again: bool = False) -> tuple[int, int]:
    """Store one finished pass of a job and record it in `passes_done`, in one transaction.

    The job's status is left as it is; returns (added, duplicates). A pass already recorded adds
    nothing, unless `again` (a re-parse of all replies: only pairs not yet stored are added).
    """
    with session_scope(factory) as s:
        job = s.get(ChunkJob, job_id)
        assert job is not None
        done = [p for p in (job.passes_done or "").split(",") if p]
        if stage in done and not again:
            return 0, 0
        rows = _pair_rows(s, job, pairs, src)
        added = insert_ignoring_conflicts(s, QAPair, rows, unique=("content_hash",))
        job.passes_done = ",".join(done if stage in done else [*done, stage])
        job.pairs_added = (job.pairs_added or 0) + added
        return added, len(rows) - added


def passes_done(factory: sessionmaker[Session], job_id: int) -> frozenset[str]:
    """The passes of a job already stored (by an earlier attempt that then failed or stopped)."""
    with session_scope(factory) as s:
        value = s.scalar(select(ChunkJob.passes_done).where(ChunkJob.id == job_id))
        return frozenset(p for p in (value or "").split(",") if p)


def fail_job(factory: sessionmaker[Session], job_id: int, error: str, provider: str | None = None) -> None:
    """Mark a job failed with its reason; it is retried by the next run with the same settings."""
    with session_scope(factory) as s:
        s.execute(update(ChunkJob).where(ChunkJob.id == job_id).values(
            status=JOB_FAILED, last_error=error[:2000], claimed_by=None, finished_at=utcnow(), provider=provider))


def add_run_note(factory: sessionmaker[Session], run_id: int, line: str) -> None:
    """Append one timestamped line to the run's notes (provider switches and the like)."""
    stamp = utcnow().strftime("%Y-%m-%d %H:%M:%S UTC")
    with session_scope(factory) as s:
        run = s.get(Run, run_id)
        assert run is not None
        run.notes = (run.notes + "\n" if run.notes else "") + f"{stamp} {line}"


def release_jobs(factory: sessionmaker[Session], job_ids: Sequence[int]) -> None:
    """Give claimed jobs back (interrupted before they finished)."""
    if not job_ids:
        return
    with session_scope(factory) as s:
        s.execute(update(ChunkJob).where(ChunkJob.id.in_(job_ids), ChunkJob.status == JOB_RUNNING)
                  .values(status=JOB_PENDING, claimed_by=None, claimed_at=None))


def release_claims(factory: sessionmaker[Session], run_id: int, owner: str) -> None:
    """Give back every job of the run that `owner` still holds (Ctrl-C may land between two steps)."""
    with session_scope(factory) as s:
        s.execute(update(ChunkJob).where(ChunkJob.run_id == run_id, ChunkJob.status == JOB_RUNNING,
                                         ChunkJob.claimed_by == owner)
                  .values(status=JOB_PENDING, claimed_by=None, claimed_at=None))


def job_counts(factory: sessionmaker[Session], run_id: int) -> dict[str, int]:
    """The run's jobs counted by status."""
    with session_scope(factory) as s:
        rows = s.execute(
            select(ChunkJob.status, func.count()).where(ChunkJob.run_id == run_id).group_by(ChunkJob.status)
        ).all()
        return {status: int(n) for status, n in rows}


def run_pair_types(factory: sessionmaker[Session], run_id: int) -> dict[str, int]:
    """The run's pairs counted by type (number / general)."""
    with session_scope(factory) as s:
        rows = s.execute(select(QAPair.type, func.count()).where(QAPair.run_id == run_id).group_by(QAPair.type))
        return {t: int(n) for t, n in rows.all()}


def close_run(factory: sessionmaker[Session], run_id: int, status: str) -> None:
    """Record the run's final (or interrupted) status."""
    with session_scope(factory) as s:
        s.execute(update(Run).where(Run.id == run_id).values(status=status, finished_at=utcnow()))
