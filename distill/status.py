"""What the database holds: documents, chunk jobs by status, pairs by type and review status."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import JOB_STATUSES, REVIEW_STATUSES, ChunkJob, Document, QAPair, RequestLog
from db.session import session_scope


def _counts(s: Session, column) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k: int(v) for k, v in s.execute(select(column, func.count()).group_by(column)).all()}


def _chunk_states(s: Session) -> dict[str, int]:
    """Each chunk's state is that of its latest job (a retried chunk counts once)."""
    latest = select(func.max(ChunkJob.id)).group_by(ChunkJob.chunk_id).scalar_subquery()
    rows = s.execute(select(ChunkJob.status, func.count()).where(ChunkJob.id.in_(latest)).group_by(ChunkJob.status))
    return {k: int(v) for k, v in rows.all()}


def _by_provider(s: Session) -> list[dict[str, object]]:
    """Pairs, chunks and requests per provider and model, so their quality can be compared."""
    table: dict[tuple[str, str], dict[str, object]] = {}

    def row(provider: str, model: str) -> dict[str, object]:
        return table.setdefault((provider, model), {"provider": provider, "model": model, "pairs": 0,
                                                    "chunks_done": 0, "chunks_failed": 0, "requests": 0,
                                                    "failed_requests": 0})

    for provider, model, n in s.execute(select(QAPair.provider, QAPair.model, func.count())
                                        .group_by(QAPair.provider, QAPair.model)):
        row(provider, model)["pairs"] = int(n)
    for provider, model, outcome, n in s.execute(
            select(RequestLog.provider, RequestLog.model, RequestLog.outcome, func.count())
            .group_by(RequestLog.provider, RequestLog.model, RequestLog.outcome)):
        r = row(provider, model)
        r["requests"] = int(r["requests"]) + int(n)  # type: ignore[call-overload]
        if outcome != "ok":
            r["failed_requests"] = int(r["failed_requests"]) + int(n)  # type: ignore[call-overload]
    for provider, status, n in s.execute(select(ChunkJob.provider, ChunkJob.status, func.count())
                                         .where(ChunkJob.provider.is_not(None))
                                         .group_by(ChunkJob.provider, ChunkJob.status)):
        matches = [r for (p, _), r in table.items() if p == provider] or [row(provider, "")]
        if status in ("done", "failed"):
            matches[0][f"chunks_{status}"] = int(n)
    return sorted(table.values(), key=lambda r: (str(r["provider"]), str(r["model"])))


def database_status(factory: sessionmaker[Session]) -> dict[str, object]:
    """The `distill status --json` shape."""
    with session_scope(factory) as s:
        documents = int(s.scalar(select(func.count()).select_from(Document)) or 0)
        jobs = _chunk_states(s)
        types = _counts(s, QAPair.type)
        reviews = _counts(s, QAPair.status)
        providers = _by_provider(s)
    chunks = {"total": sum(jobs.values()), **{k: jobs.get(k, 0) for k in JOB_STATUSES}}
    pairs = {"total": sum(types.values()), "number": types.get("number", 0), "general": types.get("general", 0),
             **{k: reviews.get(k, 0) for k in REVIEW_STATUSES}}
    return {"documents": documents, "chunks": chunks, "pairs": pairs, "by_provider": providers}
