"""`distill reparse`: read the stored raw replies again, with today's parser, without a request.

Every reply is kept (compressed) in `requests.reply`, so a parser fix recovers what an earlier
run paid for. For each chunk job of a run (the failed ones, or all), the newest stored reply of
each pass that parses now gives that pass's pairs; they are stored as the run stores a finished
pass (`store.save_pass`, one transaction each, duplicates refused), and a failed job whose
passes are now all there is marked done.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import JOB_DONE, JOB_FAILED, Chunk, ChunkJob, RequestLog, Run, pk
from db.session import session_scope
from distill import store
from distill.errors import InputError
from distill.generate import DraftPair
from distill.generate.llm import has_numeric_facts
from distill.generate.replies import ReplyError, parse_reply
from distill.keystore import unpack_reply

STAGES = ("number", "general")


@dataclass
class ReparseResult:
    run_id: int
    jobs: int = 0  # chunk jobs looked at
    replies: int = 0  # stored replies read
    parsed: int = 0  # of those, replies that parse now
    passes: int = 0  # passes whose pairs were stored
    jobs_recovered: int = 0  # failed jobs now done
    pairs_added: int = 0
    duplicates: int = 0

    def to_json(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class _Reply:
    stage: str
    text: str
    finish_reason: str | None
    provider: str
    model: str


def latest_run(factory: sessionmaker[Session]) -> int:
    with session_scope(factory) as s:
        run_id = s.scalar(select(func.max(col(Run.id))))
    if run_id is None:
        raise InputError(None, "no run in this database: run `distill run` first")
    return int(run_id)


def _jobs(factory: sessionmaker[Session], run_id: int, all_jobs: bool) -> list[tuple[int, int, str, str]]:
    """(job id, chunk id, status, chunk text) of the run's jobs to look at."""
    with session_scope(factory) as s:
        if s.get(Run, run_id) is None:
            raise InputError(None, f"no run {run_id} in this database (see `distill report`)")
        query = (select(pk(ChunkJob.id), col(ChunkJob.chunk_id), col(ChunkJob.status), col(Chunk.text))
                 .join(Chunk, col(Chunk.id) == col(ChunkJob.chunk_id)).where(col(ChunkJob.run_id) == run_id))
        if not all_jobs:
            query = query.where(col(ChunkJob.status) == JOB_FAILED)
        rows = s.execute(query.order_by(col(ChunkJob.chunk_id))).all()
        return [(job, chunk, status, text) for job, chunk, status, text in rows]


def _replies(factory: sessionmaker[Session], run_id: int, chunk_id: int) -> list[_Reply]:
    """The chunk's stored replies in this run, newest first."""
    with session_scope(factory) as s:
        rows = s.execute(
            select(col(RequestLog.stage), col(RequestLog.reply), col(RequestLog.finish_reason),
                   col(RequestLog.provider), col(RequestLog.model))
            .where(col(RequestLog.run_id) == run_id, col(RequestLog.chunk_id) == chunk_id,
                   col(RequestLog.reply).is_not(None))
            .order_by(col(RequestLog.id).desc())
        ).all()
    return [_Reply(stage, unpack_reply(blob) or "", finish, provider, model)
            for stage, blob, finish, provider, model in rows]


def _first_parse(replies: list[_Reply], result: ReparseResult) -> tuple[_Reply, list[DraftPair]] | None:
    for reply in replies:
        result.replies += 1
        try:
            pairs = parse_reply(reply.text, truncated=reply.finish_reason == "length").pairs
        except ReplyError:
            continue
        result.parsed += 1
        return reply, [DraftPair(p.question, p.answer, reply.stage, p.evidence) for p in pairs]
    return None


def reparse(factory: sessionmaker[Session], run_id: int | None = None, all_jobs: bool = False) -> ReparseResult:
    """Re-parse the stored replies of a run's failed jobs (`all_jobs`: of every job)."""
    run_id = run_id if run_id is not None else latest_run(factory)
    result = ReparseResult(run_id)
    for job_id, chunk_id, status, text in _jobs(factory, run_id, all_jobs):
        result.jobs += 1
        replies = _replies(factory, run_id, chunk_id)
        for stage in STAGES:
            found = _first_parse([r for r in replies if r.stage == stage], result)
            if found is None:
                continue
            reply, pairs = found
            added, dupes = store.save_pass(factory, job_id, stage, pairs,
                                           store.PairSource(run_id, reply.provider, reply.model), again=all_jobs)
            result.passes += 1
            result.pairs_added += added
            result.duplicates += dupes
        needed = {"number", "general"} if has_numeric_facts(text) else {"general"}
        if status != JOB_DONE and needed <= store.passes_done(factory, job_id):
            provider = replies[0].provider if replies else None
            if store.mark_recovered(factory, job_id, provider):
                result.jobs_recovered += 1
    return result
