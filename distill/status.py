"""What the database holds: documents, chunk jobs by status, pairs by type and review status, failures by reason."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.models import JOB_STATUSES, REVIEW_STATUSES, ChunkJob, Document, QAPair
from db.session import session_scope
from distill.report.queries import failure_reasons


def _counts(s: Session, column) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {k: int(v) for k, v in s.execute(select(column, func.count()).group_by(column)).all()}


def _chunk_states(s: Session) -> dict[str, int]:
    """Each chunk's state is that of its latest job (a retried chunk counts once)."""
    latest = select(func.max(ChunkJob.id)).group_by(ChunkJob.chunk_id).scalar_subquery()
    rows = s.execute(select(ChunkJob.status, func.count()).where(ChunkJob.id.in_(latest)).group_by(ChunkJob.status))
    return {k: int(v) for k, v in rows.all()}


def _by_provider(s: Session) -> list[dict[str, object]]:
    """Pairs, chunks and requests per provider and model, so their quality can be compared."""
    from distill.report.model import provider_rows

    return [{"provider": r.provider, "model": r.model, "pairs": r.pairs, "mean_score": r.mean_score,
             "chunks_done": r.done_chunks, "chunks_failed": r.failed_chunks, "requests": r.requests,
             "failed_requests": r.request_errors} for r in provider_rows(s, threshold=70.0)]


def database_status(factory: sessionmaker[Session]) -> dict[str, object]:
    """The `distill status --json` shape."""
    with session_scope(factory) as s:
        documents = int(s.scalar(select(func.count()).select_from(Document)) or 0)
        jobs = _chunk_states(s)
        types = _counts(s, QAPair.type)
        reviews = _counts(s, QAPair.status)
        providers = _by_provider(s)
        failures = failure_reasons(s)
    chunks = {"total": sum(jobs.values()), **{k: jobs.get(k, 0) for k in JOB_STATUSES}}
    pairs = {"total": sum(types.values()), "number": types.get("number", 0), "general": types.get("general", 0),
             **{k: reviews.get(k, 0) for k in REVIEW_STATUSES}}
    return {"documents": documents, "chunks": chunks, "pairs": pairs, "by_provider": providers, "failures": failures}
