"""What the database holds: documents, chunk jobs by status, pairs by type and review status,
failures by reason; and for a team on one database: its workers, reviewers and runs."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, TypedDict

from rich.table import Table
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import JOB_STATUSES, REVIEW_STATUSES, ChunkJob, Document, QAPair, ReviewLog, Run, Worker, utcnow
from db.session import session_scope
from distill.report.queries import FailureRow, failure_reasons


class ProviderStatus(TypedDict):
    provider: str
    model: str
    pairs: int
    mean_score: float | None
    chunks_done: int
    chunks_failed: int
    requests: int
    failed_requests: int


class WorkerStatus(TypedDict):
    holder: str
    kind: str
    host: str
    pid: int
    user: str | None
    run_id: int | None
    jobs_done: int
    started_at: datetime | None
    last_heartbeat: datetime | None
    state: str  # alive | stale | stopped


class ReviewerStatus(TypedDict):
    reviewer: str
    decisions: int
    last_decision: datetime | None
    session: str | None  # the state of an open review session, as a worker's


class RunStatus(TypedDict):
    run_id: int
    status: str
    provider: str
    model: str
    jobs: dict[str, int]  # by job status


class TeamStatus(TypedDict):
    workers: list[WorkerStatus]
    reviewers: list[ReviewerStatus]
    runs: list[RunStatus]


class DatabaseStatus(TeamStatus):
    """The `distill status --json` shape."""

    documents: int
    chunks: dict[str, int]  # total, then by job status
    pairs: dict[str, int]  # total, number, general, then by review status
    by_provider: list[ProviderStatus]
    failures: list[FailureRow]


def _counts(s: Session, column: Any) -> dict[str, int]:
    return {k: int(v) for k, v in s.execute(select(column, func.count()).group_by(column)).all()}


def _chunk_states(s: Session) -> dict[str, int]:
    """Each chunk's state is that of its latest job (a retried chunk counts once)."""
    latest = select(func.max(col(ChunkJob.id))).group_by(col(ChunkJob.chunk_id)).scalar_subquery()
    rows = s.execute(select(col(ChunkJob.status), func.count()).where(col(ChunkJob.id).in_(latest))
                     .group_by(col(ChunkJob.status)))
    return {k: int(v) for k, v in rows.all()}


def _by_provider(s: Session) -> list[ProviderStatus]:
    """Pairs, chunks and requests per provider and model, so their quality can be compared."""
    from distill.report.model import provider_rows

    return [{"provider": r.provider, "model": r.model, "pairs": r.pairs, "mean_score": r.mean_score,
             "chunks_done": r.done_chunks, "chunks_failed": r.failed_chunks, "requests": r.requests,
             "failed_requests": r.request_errors} for r in provider_rows(s, threshold=70.0)]


def database_status(factory: sessionmaker[Session]) -> DatabaseStatus:
    """What `distill status` shows (`--json` prints it as it is)."""
    with session_scope(factory) as s:
        documents = int(s.scalar(select(func.count()).select_from(Document)) or 0)
        jobs = _chunk_states(s)
        types = _counts(s, col(QAPair.type))
        reviews = _counts(s, col(QAPair.status))
        providers = _by_provider(s)
        failures = failure_reasons(s)
    chunks = {"total": sum(jobs.values()), **{k: jobs.get(k, 0) for k in JOB_STATUSES}}
    pairs = {"total": sum(types.values()), "number": types.get("number", 0), "general": types.get("general", 0),
             **{k: reviews.get(k, 0) for k in REVIEW_STATUSES}}
    return {"documents": documents, "chunks": chunks, "pairs": pairs, "by_provider": providers, "failures": failures,
            **team_status(factory)}


# --- the team: workers, reviewers and runs (a shared PostgreSQL database has many) -----------


def _as_utc(moment: datetime | None) -> datetime | None:
    """Databases hand back naive UTC times; make them comparable with `utcnow()`."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=timezone.utc)


def worker_state(heartbeat: datetime | None, stopped: datetime | None, now: datetime, stale_after: float) -> str:
    """alive (beating), stale (stopped beating without saying goodbye: its claims are up for takeover),
    or stopped (exited cleanly)."""
    if stopped is not None:
        return "stopped"
    beat = _as_utc(heartbeat)
    if beat is None or (now - beat).total_seconds() > stale_after:
        return "stale"
    return "alive"


def _workers(s: Session, now: datetime, stale_after: float) -> list[WorkerStatus]:
    """Every run / work process, newest first, with its state and the jobs it finished."""
    rows = s.scalars(select(Worker).where(col(Worker.kind) != "review").order_by(col(Worker.id).desc()).limit(100))
    return [{"holder": w.holder, "kind": w.kind, "host": w.host, "pid": w.pid, "user": w.user, "run_id": w.run_id,
             "jobs_done": w.jobs_done, "started_at": _as_utc(w.started_at), "last_heartbeat": _as_utc(w.heartbeat_at),
             "state": worker_state(w.heartbeat_at, w.stopped_at, now, stale_after)} for w in rows]


def _reviewers(s: Session, now: datetime, stale_after: float) -> list[ReviewerStatus]:
    """Each reviewer: decisions in the audit log, the last one, and whether a session is open now."""
    decided = s.execute(select(col(ReviewLog.reviewer), func.count(), func.max(col(ReviewLog.created_at)))
                        .group_by(col(ReviewLog.reviewer))).all()
    sessions = {w.user or w.holder: w for w in s.scalars(select(Worker).where(col(Worker.kind) == "review")
                                                          .order_by(col(Worker.id)))}
    names = sorted({r for r, _, _ in decided} | set(sessions))
    counts = {r: (int(n), last) for r, n, last in decided}
    return [{"reviewer": name, "decisions": counts.get(name, (0, None))[0],
             "last_decision": _as_utc(counts.get(name, (0, None))[1]),
             "session": worker_state(sessions[name].heartbeat_at, sessions[name].stopped_at, now, stale_after)
             if name in sessions else None} for name in names]


def _runs(s: Session) -> list[RunStatus]:
    """Each run with its status and its jobs by state, newest first."""
    jobs: dict[int, dict[str, int]] = {}
    for run_id, status, n in s.execute(select(col(ChunkJob.run_id), col(ChunkJob.status), func.count())
                                       .group_by(col(ChunkJob.run_id), col(ChunkJob.status))):
        jobs.setdefault(run_id, {})[status] = int(n)
    out: list[RunStatus] = []
    for r in s.scalars(select(Run).order_by(col(Run.id).desc()).limit(50)):
        assert r.id is not None  # a row read back has its key
        out.append({"run_id": r.id, "status": r.status, "provider": r.provider, "model": r.model,
                    "jobs": {k: jobs.get(r.id, {}).get(k, 0) for k in JOB_STATUSES}})
    return out


def team_status(factory: sessionmaker[Session], stale_after: float | None = None,
                now: datetime | None = None) -> TeamStatus:
    """Workers, reviewers and runs: the part of `distill status` a team sharing a database reads."""
    from distill.workers import Timing

    stale_after = Timing.from_env().stale_after if stale_after is None else stale_after
    now = now or utcnow()
    with session_scope(factory) as s:
        return {"workers": _workers(s, now, stale_after), "reviewers": _reviewers(s, now, stale_after),
                "runs": _runs(s)}


def _when(moment: object) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S") if isinstance(moment, datetime) else "-"


def team_tables(data: TeamStatus) -> list[Table]:
    """The team part of `distill status` as tables (only those that have rows)."""
    tables = []
    if data.get("workers"):
        t = Table("host", "pid", "kind", "run", "jobs done", "last heartbeat", "state", title="Workers",
                  title_justify="left")
        for w in data["workers"]:
            t.add_row(str(w["host"]), str(w["pid"]), str(w["kind"]), str(w["run_id"] or "-"), str(w["jobs_done"]),
                      _when(w["last_heartbeat"]), str(w["state"]))
        tables.append(t)
    if data.get("reviewers"):
        t = Table("reviewer", "decisions", "last decision", "session", title="Reviewers", title_justify="left")
        for r in data["reviewers"]:
            t.add_row(str(r["reviewer"]), str(r["decisions"]), _when(r["last_decision"]), str(r["session"] or "-"))
        tables.append(t)
    if data.get("runs"):
        t = Table("run", "status", "provider", *JOB_STATUSES, title="Runs", title_justify="left")
        for run in data["runs"]:
            t.add_row(str(run["run_id"]), run["status"], f"{run['provider']} ({run['model']})",
                      *(str(run["jobs"][k]) for k in JOB_STATUSES))
        tables.append(t)
    return tables
