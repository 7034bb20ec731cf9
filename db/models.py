"""The database tables of distill: the one definition of each, as SQLModel classes.

Every schema change also gets an Alembic revision under `db/migrations/versions/`; the
tables are never created with `create_all()` outside tests of the migrations themselves.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timezone
from typing import Optional, cast

from sqlalchemy import BigInteger, Column, Index, LargeBinary, Text, UniqueConstraint
from sqlalchemy.orm import Mapped
from sqlmodel import Field, SQLModel, col

JOB_PENDING, JOB_RUNNING, JOB_DONE, JOB_FAILED = "pending", "running", "done", "failed"
JOB_STATUSES = (JOB_PENDING, JOB_RUNNING, JOB_DONE, JOB_FAILED)
REVIEW_PENDING, REVIEW_APPROVED, REVIEW_REJECTED = "pending", "approved", "rejected"
REVIEW_STATUSES = (REVIEW_PENDING, REVIEW_APPROVED, REVIEW_REJECTED)
RUN_RUNNING, RUN_DONE, RUN_PARTIAL, RUN_INTERRUPTED = "running", "done", "partial", "interrupted"
PAIR_NUMBER, PAIR_GENERAL = "number", "general"


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC (SQLModel stores and returns UTC)."""
    return datetime.now(timezone.utc)


def pk(column: int | None) -> Mapped[int]:
    """A table's `id` in a query, typed as stored: never NULL. (The model types it `int | None`
    because an object has no id until it is inserted.)"""
    return cast("Mapped[int]", col(column))


_SPACES = re.compile(r"\s+")


def _fold_for_hash(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_hash(question: str, answer: str) -> str:
    """The identity of a pair's content: NFKC, case and runs of whitespace folded."""
    return hashlib.sha256(f"{_fold_for_hash(question)}\x1f{_fold_for_hash(answer)}".encode()).hexdigest()


class Document(SQLModel, table=True):
    """One ingested file; the same bytes (sha256) are stored once."""

    __tablename__ = "documents"

    id: Optional[int] = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, unique=True, index=True)
    path: str
    name: str
    extractor: str
    page_count: int
    char_count: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class Chunk(SQLModel, table=True):
    """A span of a document's cleaned text, made with one chunk size and overlap."""

    __tablename__ = "chunks"
    __table_args__ = (
        UniqueConstraint("document_id", "chunk_size", "chunk_overlap", "index"),
    )

    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", index=True)
    chunk_size: int
    chunk_overlap: int
    index: int
    char_start: int
    char_end: int
    page_start: int
    page_end: int
    text: str = Field(sa_column=Column(Text, nullable=False))


class Run(SQLModel, table=True):
    """One `distill run` with its generation settings; resumed runs keep their id."""

    __tablename__ = "runs"

    id: Optional[int] = Field(default=None, primary_key=True)
    signature: str = Field(max_length=64, index=True)
    provider: str
    model: str
    temperature: Optional[float] = None
    per_chunk: Optional[int] = None
    chunk_size: int
    chunk_overlap: int
    status: str = Field(default=RUN_RUNNING)
    created_at: datetime = Field(default_factory=utcnow)
    finished_at: Optional[datetime] = None
    notes: Optional[str] = Field(default=None, sa_column=Column(Text))  # one line per event (provider switches)


class ChunkJob(SQLModel, table=True):
    """The work of one run on one chunk; claimed while running, done with its pairs."""

    __tablename__ = "chunk_jobs"
    __table_args__ = (UniqueConstraint("run_id", "chunk_id"), Index("ix_jobs_run_status", "run_id", "status"))

    id: Optional[int] = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="runs.id")
    chunk_id: int = Field(foreign_key="chunks.id", index=True)
    status: str = Field(default=JOB_PENDING)
    attempts: int = 0
    last_error: Optional[str] = None
    claimed_by: Optional[str] = None
    claimed_at: Optional[datetime] = None
    finished_at: Optional[datetime] = None
    pairs_added: int = 0
    provider: Optional[str] = None  # the provider that finished (or failed) the chunk
    heartbeat_at: Optional[datetime] = None  # renewed by the holder while it works; a stale one may be taken over
    passes_done: Optional[str] = None  # comma-separated generation passes already stored ("number,general")


class QAPair(SQLModel, table=True):
    """A question-answer pair; `content_hash` keeps exact duplicates out."""

    __tablename__ = "qa_pairs"
    __table_args__ = (Index("ix_pairs_status", "status"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    question: str = Field(sa_column=Column(Text, nullable=False))
    answer: str = Field(sa_column=Column(Text, nullable=False))
    type: str = Field(default=PAIR_GENERAL)
    document_id: int = Field(foreign_key="documents.id", index=True)
    chunk_id: int = Field(foreign_key="chunks.id", index=True)
    run_id: int = Field(foreign_key="runs.id", index=True)
    provider: str
    model: str
    status: str = Field(default=REVIEW_PENDING)
    content_hash: str = Field(max_length=64, unique=True)
    created_at: datetime = Field(default_factory=utcnow)
    # Quality (distill/scoring): the total and its five parts; flags live in `pair_flags`.
    score: Optional[float] = Field(default=None, index=True)
    score_number: Optional[float] = None
    score_completeness: Optional[float] = None
    score_clarity: Optional[float] = None
    score_consistency: Optional[float] = None
    score_format: Optional[float] = None
    scorer_version: Optional[str] = None
    scored_at: Optional[datetime] = None
    duplicate_of: Optional[int] = Field(default=None, foreign_key="qa_pairs.id")
    # Review (review/): the reviewer's edit is what exports; the original stays in question/answer.
    edited_question: Optional[str] = Field(default=None, sa_column=Column(Text))
    edited_answer: Optional[str] = Field(default=None, sa_column=Column(Text))
    reviewed_by: Optional[str] = None
    reviewed_at: Optional[datetime] = None
    claimed_by: Optional[str] = None
    claim_expires: Optional[datetime] = None
    # Grounding (distill/scoring): the quote the generator gave as its evidence, verbatim, if any;
    # the evidence spans and per-number checks live in `pair_evidence` and `pair_numbers`.
    evidence_quote: Optional[str] = Field(default=None, sa_column=Column(Text))
    numbers_total: Optional[int] = None  # numbers in the (shown) answer
    numbers_grounded: Optional[int] = None  # of those, stated by the evidence for the same subject and relation


class ApiKey(SQLModel, table=True):
    """A provider key's state between runs, under its fingerprint: the key itself is never stored."""

    __tablename__ = "api_keys"
    __table_args__ = (UniqueConstraint("provider", "fingerprint"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    provider: str
    fingerprint: str = Field(max_length=32)
    mask: str
    project: Optional[str] = None
    state: str = "ready"
    until: Optional[datetime] = None
    requests: int = 0
    tokens: int = 0
    last_error: Optional[str] = None
    updated_at: datetime = Field(default_factory=utcnow)


class KeyWindow(SQLModel, table=True):
    """A quota's shared budget: its request window, cooldown and day exhaustion, for every worker.

    One row per key (`quota` "key:<fingerprint>") or Gemini project ("project:<name>"); times are
    Unix seconds, as the key pools compare them. `sent` holds when the window's answered requests
    came back, `pending` when the requests still in flight were sent (JSON lists).
    """

    __tablename__ = "key_windows"
    __table_args__ = (UniqueConstraint("provider", "quota"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    provider: str
    quota: str
    rpm: Optional[float] = None  # the limit last configured by a worker (for those that have none)
    sent: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    pending: str = Field(default="[]", sa_column=Column(Text, nullable=False, server_default="[]"))
    cooling_until: float = 0.0
    exhausted_until: float = 0.0
    rate_limits: int = 0
    updated_at: datetime = Field(default_factory=utcnow)


class RequestLog(SQLModel, table=True):
    """One request to a provider: who served it, how long it took, what it cost and how it ended."""

    __tablename__ = "requests"

    id: Optional[int] = Field(default=None, primary_key=True)
    run_id: Optional[int] = Field(default=None, foreign_key="runs.id", index=True)
    chunk_id: Optional[int] = Field(default=None, foreign_key="chunks.id")
    provider: str
    model: str
    key_fingerprint: str = Field(max_length=32)
    stage: str = ""
    started_at: datetime = Field(default_factory=utcnow)
    latency_ms: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    temperature: Optional[float] = None
    outcome: str
    error: Optional[str] = None
    reply: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary))  # zlib-compressed raw reply text
    finish_reason: Optional[str] = None  # stop | length | ... as the server said


class PairFlag(SQLModel, table=True):
    """One quality flag on a pair (`hallucinated_number`, `refusal`...), with the points it cost."""

    __tablename__ = "pair_flags"

    pair_id: int = Field(foreign_key="qa_pairs.id", primary_key=True)
    flag: str = Field(primary_key=True, index=True)
    points: float = 0.0
    detail: str = ""


class ReviewLog(SQLModel, table=True):
    """Append-only record of every review decision, with the text before and after."""

    __tablename__ = "review_log"

    id: Optional[int] = Field(default=None, primary_key=True)
    pair_id: int = Field(foreign_key="qa_pairs.id", index=True)
    reviewer: str
    decision: str  # approved | rejected | skipped | edited | undone | auto_approved | reason
    reason: Optional[str] = None
    status_before: str
    status_after: str
    question_before: Optional[str] = Field(default=None, sa_column=Column(Text))
    answer_before: Optional[str] = Field(default=None, sa_column=Column(Text))
    question_after: Optional[str] = Field(default=None, sa_column=Column(Text))
    answer_after: Optional[str] = Field(default=None, sa_column=Column(Text))
    created_at: datetime = Field(default_factory=utcnow)


class PairEvidence(SQLModel, table=True):
    """A span of the pair's chunk that supports its answer: character offsets into `chunks.text`."""

    __tablename__ = "pair_evidence"

    pair_id: int = Field(foreign_key="qa_pairs.id", primary_key=True)
    position: int = Field(primary_key=True)  # 0 = the strongest span
    start: int
    end: int
    strength: float = 0.0  # 0..1, how well the span matches the answer's wording with numbers masked
    origin: str = "alignment"  # alignment | quote (the generator's quoted evidence, verified)


class PairNumber(SQLModel, table=True):
    """One number of the pair's shown answer, checked against its evidence in the chunk."""

    __tablename__ = "pair_numbers"

    pair_id: int = Field(foreign_key="qa_pairs.id", primary_key=True)
    position: int = Field(primary_key=True)
    start: int  # offsets into the shown answer (the edit if there is one)
    end: int
    surface: str
    # grounded | format_changed | misattributed | comparator_changed | range_changed | unit_changed
    # | hallucinated | example (the asker's own example number)
    status: str
    source_surface: Optional[str] = None  # what the source says for this slot
    source_start: Optional[int] = None  # offsets into `chunks.text`
    source_end: Optional[int] = None
    detail: str = ""


class PairSignature(SQLModel, table=True):
    """A pair's MinHash signature, kept so near-duplicates are found without rehashing every pair."""

    __tablename__ = "pair_signatures"

    pair_id: int = Field(foreign_key="qa_pairs.id", primary_key=True)
    text_hash: str = Field(max_length=64)  # of the text the signature was made from (edits change it)
    signature: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class PairBand(SQLModel, table=True):
    """One LSH band key of a pair's signature: pairs sharing a key are near-duplicate candidates,
    so a new pair's candidates are one indexed lookup, not a pass over every signature."""

    __tablename__ = "pair_bands"
    __table_args__ = (Index("ix_pair_bands_pair_id", "pair_id"),)

    key: int = Field(sa_column=Column("key", BigInteger, primary_key=True, autoincrement=False))
    pair_id: int = Field(foreign_key="qa_pairs.id", primary_key=True)


class Worker(SQLModel, table=True):
    """A process working on the database (a run, a `distill work`, a reviewer), seen by its heartbeat."""

    __tablename__ = "workers"

    id: Optional[int] = Field(default=None, primary_key=True)
    holder: str = Field(unique=True)  # what its claims carry: host:pid:token
    kind: str  # run | work | review
    host: str
    pid: int
    user: Optional[str] = None
    run_id: Optional[int] = Field(default=None, foreign_key="runs.id")
    started_at: datetime = Field(default_factory=utcnow)
    heartbeat_at: datetime = Field(default_factory=utcnow)
    stopped_at: Optional[datetime] = None
    jobs_done: int = 0
    pairs_reviewed: int = 0


class ServerCapability(SQLModel, table=True):
    """What one model server accepts, learned once: the structured-output rung, context, slots."""

    __tablename__ = "server_capabilities"
    __table_args__ = (UniqueConstraint("base_url", "model"),)

    id: Optional[int] = Field(default=None, primary_key=True)
    base_url: str
    model: str
    rung: str = "json_schema"  # json_schema | json_object | plain
    context_len: Optional[int] = None
    slots: Optional[int] = None
    updated_at: datetime = Field(default_factory=utcnow)
