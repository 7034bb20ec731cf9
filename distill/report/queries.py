"""The SQL aggregates behind `distill report`: one GROUP BY per figure, never a loop over pairs.

Each function takes an open session and returns plain dicts whose keys are the field names of
the dataclasses in `distill/report/model.py`, so the report over 100k pairs costs a handful
of table scans. Written with SQLAlchemy Core so it runs on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import zlib
from typing import Any, Literal, TypedDict

from sqlalchemy import Integer, case, cast, func, literal, select
from sqlalchemy.orm import Session
from sqlmodel import col

from db.models import (
    JOB_DONE, JOB_FAILED, JOB_PENDING, JOB_RUNNING, PAIR_NUMBER, Chunk, ChunkJob, Document, PairFlag, QAPair,
    RequestLog, Run,
)
from distill.report import failures

BINS = 10  # score histogram: [0,10) [10,20) ... [90,100]
RATE_LIMITED = ("rate_limited", "exhausted")  # the key pool's names for a provider's HTTP 429
EXAMPLES_PER_FLAG = 3

Row = dict[str, Any]


class FailureRow(TypedDict):
    """Failures of one reason (`distill.report.failures`), as `run --json` and `status --json` print
    them; the report reads them into `distill.report.model.FailureReason`."""

    reason: str
    label: str
    chunks: int
    requests: int
    example: str  # one message, whitespace folded
    reply_example: str | None  # for unparseable replies: the start of one such reply


def _count_if(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _is_number() -> Any:
    return _count_if(col(QAPair.type) == PAIR_NUMBER)


def _flagged_ids() -> Any:
    """Pairs with at least one flag, once each."""
    return select(col(PairFlag.pair_id).label("pair_id")).group_by(col(PairFlag.pair_id)).subquery("flagged")


def pair_totals(s: Session, threshold: float) -> Row:
    """Counts over all pairs: scored, number questions, above the threshold, duplicates, edited."""
    row = s.execute(select(
        func.count().label("pairs"),
        func.count(col(QAPair.score)).label("scored"),
        func.avg(col(QAPair.score)).label("mean_score"),
        _is_number().label("number_pairs"),
        _count_if(col(QAPair.score) >= threshold).label("above_threshold"),
        func.count(col(QAPair.duplicate_of)).label("duplicates"),
        _count_if(col(QAPair.edited_question).is_not(None) | col(QAPair.edited_answer).is_not(None)).label("edited"),
        *_grounding_sums(),
    )).one()
    return dict(row._mapping)


def _grounding_sums() -> list[Any]:
    return [func.coalesce(func.sum(col(QAPair.numbers_total)), 0).label("numbers_total"),
            func.coalesce(func.sum(col(QAPair.numbers_grounded)), 0).label("numbers_grounded")]


def table_count(s: Session, model: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(model)) or 0)


def grouped_counts(s: Session, column: Any) -> dict[str, int]:
    """Pairs counted by one column (type, review status)."""
    rows = s.execute(select(column, func.count()).group_by(column).order_by(func.count().desc(), column))
    return {str(k): int(v) for k, v in rows.all()}


def documents(s: Session) -> list[Row]:
    """Each document with its chunks, pairs, number questions and mean score."""
    chunks = select(col(Chunk.document_id), func.count().label("n")).group_by(col(Chunk.document_id)).subquery()
    pairs = select(
        col(QAPair.document_id), func.count().label("n"), _is_number().label("numbers"),
        func.avg(col(QAPair.score)).label("mean"),
    ).group_by(col(QAPair.document_id)).subquery()
    rows = s.execute(select(
        col(Document.id), col(Document.name), col(Document.page_count).label("pages"),
        func.coalesce(chunks.c.n, 0).label("chunks"), func.coalesce(pairs.c.n, 0).label("pairs"),
        func.coalesce(pairs.c.numbers, 0).label("number_pairs"), pairs.c.mean.label("mean_score"),
    ).outerjoin(chunks, chunks.c.document_id == col(Document.id))
     .outerjoin(pairs, pairs.c.document_id == col(Document.id)).order_by(col(Document.id)))
    return [dict(r._mapping) for r in rows.all()]


def runs(s: Session) -> list[Row]:
    """Each run's settings and notes; its jobs, pairs and requests are merged in by `run_*` below."""
    rows = s.execute(select(col(Run.id), col(Run.provider), col(Run.model), col(Run.temperature), col(Run.status),
                            col(Run.notes)).order_by(col(Run.id)))
    return [dict(r._mapping) for r in rows.all()]


def run_jobs(s: Session) -> dict[int, dict[str, int]]:
    """Chunk jobs by run and status."""
    out: dict[int, dict[str, int]] = {}
    for run_id, status, n in s.execute(
        select(col(ChunkJob.run_id), col(ChunkJob.status), func.count())
        .group_by(col(ChunkJob.run_id), col(ChunkJob.status))
    ).all():
        out.setdefault(int(run_id), {})[status] = int(n)
    return out


def run_pairs(s: Session) -> dict[int, int]:
    rows = s.execute(select(col(QAPair.run_id), func.count()).group_by(col(QAPair.run_id)))
    return {int(k): int(v) for k, v in rows.all()}


def _request_figures() -> list[Any]:
    return [
        func.count().label("requests"),
        func.coalesce(func.sum(col(RequestLog.tokens_in) + col(RequestLog.tokens_out)), 0).label("tokens"),
        _count_if(col(RequestLog.outcome).in_(RATE_LIMITED)).label("rate_limited"),
        _count_if(col(RequestLog.outcome) != "ok").label("errors"),
        func.count(func.distinct(col(RequestLog.key_fingerprint))).label("keys_used"),
        func.avg(col(RequestLog.latency_ms)).label("mean_latency_ms"),
    ]


def run_requests(s: Session) -> dict[int, Row]:
    """Requests by run: count, tokens, 429s, errors, distinct keys, mean latency."""
    rows = s.execute(select(col(RequestLog.run_id), *_request_figures())
                     .where(col(RequestLog.run_id).is_not(None)).group_by(col(RequestLog.run_id)))
    return {int(r.run_id): {k: v for k, v in r._mapping.items() if k != "run_id"} for r in rows.all()}


def request_totals(s: Session) -> Row:
    return dict(s.execute(select(*_request_figures())).one()._mapping)


def provider_pairs(s: Session, threshold: float) -> list[Row]:
    """Pairs by provider and model: count, scored, mean score, flagged, above the threshold."""
    flagged = _flagged_ids()
    rows = s.execute(select(
        col(QAPair.provider), col(QAPair.model), func.count().label("pairs"),
        func.count(col(QAPair.score)).label("scored"),
        func.avg(col(QAPair.score)).label("mean_score"), func.count(flagged.c.pair_id).label("flagged"),
        _count_if(col(QAPair.score) >= threshold).label("above_threshold"), *_grounding_sums(),
    ).outerjoin(flagged, flagged.c.pair_id == col(QAPair.id)).group_by(col(QAPair.provider), col(QAPair.model)))
    return [dict(r._mapping) for r in rows.all()]


def provider_grounding_flags(s: Session, names: tuple[str, ...]) -> dict[tuple[str, str], dict[str, int]]:
    """Pairs carrying each of the flags `names`, by provider and model (a weaker provider shows)."""
    rows = s.execute(select(col(QAPair.provider), col(QAPair.model), col(PairFlag.flag), func.count())
                     .join(PairFlag, col(PairFlag.pair_id) == col(QAPair.id)).where(col(PairFlag.flag).in_(names))
                     .group_by(col(QAPair.provider), col(QAPair.model), col(PairFlag.flag)))
    out: dict[tuple[str, str], dict[str, int]] = {}
    for provider, model, flag, n in rows.all():
        out.setdefault((provider, model), {})[flag] = int(n)
    return out


def worst_grounding(s: Session, limit: int = EXAMPLES_PER_FLAG * 2) -> list[Row]:
    """The pairs with the most numbers their evidence does not state (lowest score first on a tie)."""
    missing = (col(QAPair.numbers_total) - col(QAPair.numbers_grounded)).label("missing")
    # .mappings() at once: SQLAlchemy types a labelled ORM column as Label[Never], which a variable cannot hold.
    rows = s.execute(select(
        col(QAPair.id).label("pair_id"), col(QAPair.provider), col(QAPair.model),
        func.coalesce(col(QAPair.edited_question), col(QAPair.question)).label("question"),
        func.coalesce(col(QAPair.edited_answer), col(QAPair.answer)).label("answer"), col(QAPair.numbers_total),
        col(QAPair.numbers_grounded), col(QAPair.score), missing,
    ).where(col(QAPair.numbers_total) > col(QAPair.numbers_grounded))
     .order_by(missing.desc(), col(QAPair.score).is_(None), col(QAPair.score), col(QAPair.id))
     .limit(limit)).mappings().all()
    return [{k: v for k, v in r.items() if k != "missing"} for r in rows]


def _latest_jobs() -> Any:
    """The latest job of each chunk: its state is the chunk's."""
    return select(func.max(col(ChunkJob.id))).group_by(col(ChunkJob.chunk_id)).scalar_subquery()


def failed_chunks(s: Session) -> int:
    """Chunks whose latest job failed: a chunk failed in one run and done in the next is not failed."""
    return int(s.scalar(select(func.count()).select_from(ChunkJob)
                        .where(col(ChunkJob.id).in_(_latest_jobs()), col(ChunkJob.status) == JOB_FAILED)) or 0)


def provider_chunks(s: Session) -> dict[tuple[str, str], dict[str, int]]:
    """Finished chunk jobs (done, failed) by the provider and model that handled them.

    A job records its provider (a fallback chain has several per run) but not its model: the
    model is the one the run's chain pairs with that provider ("a,b" / "m1,m2"). Jobs from before
    the job's provider was recorded count for the run's provider and model.
    """
    provider = func.coalesce(col(ChunkJob.provider), col(Run.provider))
    rows = s.execute(select(col(Run.provider), col(Run.model), provider, col(ChunkJob.status), func.count())
                     .join(ChunkJob, col(ChunkJob.run_id) == col(Run.id))
                     .where(col(ChunkJob.status).in_((JOB_DONE, JOB_FAILED)))
                     .group_by(col(Run.provider), col(Run.model), provider, col(ChunkJob.status)))
    out: dict[tuple[str, str], dict[str, int]] = {}
    for run_provider, run_model, job_provider, status, n in rows.all():
        key = (job_provider, _model_of(job_provider, run_provider, run_model))
        counts = out.setdefault(key, {JOB_DONE: 0, JOB_FAILED: 0})
        counts[status] += int(n)
    return out


def _model_of(provider: str, run_provider: str, run_model: str) -> str:
    providers, models = run_provider.split(","), run_model.split(",")
    if provider in providers and len(models) == len(providers):
        return models[providers.index(provider)]
    return run_model


def provider_requests(s: Session) -> dict[tuple[str, str], Row]:
    rows = s.execute(select(col(RequestLog.provider), col(RequestLog.model), *_request_figures())
                     .group_by(col(RequestLog.provider), col(RequestLog.model)))
    return {(r.provider, r.model): {k: v for k, v in r._mapping.items() if k not in ("provider", "model")}
            for r in rows.all()}


def histogram(s: Session) -> list[int]:
    """Scored pairs in ten bins of ten points; below 0 counts in the first, 100 and above in the last."""
    width = 100 // BINS
    bin_of = case(*((col(QAPair.score) < width * (i + 1), literal(i)) for i in range(BINS - 1)),
                  else_=literal(BINS - 1))
    counts = [0] * BINS
    for b, n in s.execute(select(cast(bin_of, Integer).label("bin"), func.count())
                          .where(col(QAPair.score).is_not(None)).group_by("bin")).all():
        counts[int(b)] = int(n)
    return counts


def flag_counts(s: Session) -> tuple[dict[str, int], int]:
    """Each flag's count, most frequent first, and the number of pairs with any flag."""
    rows = s.execute(select(col(PairFlag.flag), func.count()).group_by(col(PairFlag.flag))
                     .order_by(func.count().desc(), col(PairFlag.flag)))
    flagged = int(s.scalar(select(func.count(func.distinct(col(PairFlag.pair_id))))) or 0)
    return {str(k): int(v) for k, v in rows.all()}, flagged


def flag_examples(s: Session, per_flag: int = EXAMPLES_PER_FLAG) -> dict[str, list[Row]]:
    """The lowest-scored pairs of each flag (unscored last, then by id), with the flag's detail."""
    rank = func.row_number().over(partition_by=col(PairFlag.flag),
                                  order_by=(col(QAPair.score).is_(None), col(QAPair.score), col(QAPair.id))).label("rank")
    ranked = select(
        col(PairFlag.flag), col(PairFlag.detail), col(PairFlag.points), col(QAPair.id).label("pair_id"),
        col(QAPair.question), col(QAPair.answer), col(QAPair.score), rank,
    ).join(QAPair, col(QAPair.id) == col(PairFlag.pair_id)).subquery()
    out: dict[str, list[Row]] = {}
    for r in s.execute(select(ranked).where(ranked.c.rank <= per_flag).order_by(ranked.c.flag, ranked.c.rank)):
        out.setdefault(r.flag, []).append({k: v for k, v in r._mapping.items() if k not in ("flag", "rank")})
    return out


def job_totals(s: Session) -> dict[str, int]:
    rows = s.execute(select(col(ChunkJob.status), func.count()).group_by(col(ChunkJob.status)))
    counts = {str(k): int(v) for k, v in rows.all()}
    return {k: counts.get(k, 0) for k in (JOB_DONE, JOB_FAILED, JOB_PENDING, JOB_RUNNING)}



def failure_reasons(s: Session, run_id: int | None = None) -> list[FailureRow]:
    """Failed chunks (`last_error` of each chunk's latest job, or of the run's jobs with `run_id`) and
    failed requests (`outcome`, `error`) grouped by reason (`distill.report.failures`), most chunks
    first, each with one example message (and, for unparseable replies, the start of one such reply). Grouped by
    distinct message in SQL and classified here: failures repeat their words."""
    jobs = (select(col(ChunkJob.last_error), func.count(), func.max(col(ChunkJob.chunk_id)))
            .where(col(ChunkJob.status) == JOB_FAILED).group_by(col(ChunkJob.last_error)))
    requests = (select(col(RequestLog.outcome), col(RequestLog.error), func.count(), func.max(col(RequestLog.id)))
                .where(col(RequestLog.outcome) != "ok").group_by(col(RequestLog.outcome), col(RequestLog.error)))
    if run_id is not None:
        jobs, requests = jobs.where(col(ChunkJob.run_id) == run_id), requests.where(col(RequestLog.run_id) == run_id)
    else:  # a chunk failed in one run and done by a later one is not a failed chunk
        jobs = jobs.where(col(ChunkJob.id).in_(_latest_jobs()))
    out: dict[str, FailureRow] = {}
    samples: dict[str, Any] = {}  # reason -> a condition finding one request whose reply shows it

    def add(reason: str, column: Literal["chunks", "requests"], n: int, example: str | None, sample: Any) -> None:
        row = out.setdefault(reason, FailureRow(reason=reason, label=failures.label(reason), chunks=0,
                                                   requests=0, example="", reply_example=None))
        row[column] += int(n)
        if example and not row["example"]:
            row["example"] = " ".join(example.split())[:300]
        samples.setdefault(reason, sample)

    for error, n, chunk_id in s.execute(jobs).all():
        add(failures.classify(error), "chunks", n, error, col(RequestLog.chunk_id) == chunk_id)
    for outcome, error, n, request_id in s.execute(requests).all():
        add(failures.classify(error, outcome), "requests", n, error or outcome, col(RequestLog.id) == request_id)
    if failures.UNPARSEABLE in out:
        out[failures.UNPARSEABLE]["reply_example"] = _reply_example(s, samples[failures.UNPARSEABLE], run_id)
    return sorted(out.values(), key=lambda r: (-r["chunks"], -r["requests"], r["reason"]))


def _reply_example(s: Session, condition: Any, run_id: int | None) -> str | None:
    """The start of the latest stored raw reply matching `condition` (zlib-compressed in the table)."""
    stmt = select(col(RequestLog.reply)).where(condition, col(RequestLog.reply).is_not(None))
    if run_id is not None:
        stmt = stmt.where(col(RequestLog.run_id) == run_id)
    blob = s.scalar(stmt.order_by(col(RequestLog.id).desc()).limit(1))
    if blob is None:
        return None
    try:
        text = zlib.decompress(blob).decode("utf-8", "replace")
    except zlib.error:
        return None
    return " ".join(text.split())[:200]
