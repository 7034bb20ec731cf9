"""The review queues: which pairs a reviewer sees, in what order, a page at a time, and who holds which.

Queues (`QueueSpec.kind`):

- `flagged` (default): pending pairs with a flag or a score under the threshold, lowest first;
- `sample`: a stratified random sample by (document, type): within each stratum the pairs are
  ranked by a hash of (seed, id) and the first ceil(ratio x stratum size) are the sample. It
  is drawn over every pair of the stratum, so it stays the same while decisions are made,
  and it shows the members no human has decided yet (pending or auto-approved);
- `pending`: every pending pair, in the order they were generated (document order);
- `all`: every pair, whatever its status, in the same order.

Pages are read with keyset paging on the queue's sort key (score then id; id), so page 2000
costs what page 1 does and the queue is never loaded whole. The sample's members are drawn
once (one pass over (id, document, type), kept while the set of pairs is unchanged) and their
pairs read a page at a time. A pair held by another reviewer (an unexpired claim) is left out
of their queues; a claim is one conditional UPDATE, so two reviewers never both get the same pair.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Select, and_, exists, func, or_, select, true, update
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.orm import Session, aliased, sessionmaker
from sqlmodel import col

from db.models import (
    REVIEW_APPROVED, REVIEW_PENDING, REVIEW_REJECTED, Chunk, Document, PairEvidence, PairFlag, PairNumber, QAPair, pk,
    utcnow,
)
from db.session import session_scope
from db.writes import rows_changed
from distill.errors import InputError

QUEUE_KINDS = ("flagged", "sample", "pending", "all")
DEFAULT_THRESHOLD = 70.0
DEFAULT_SAMPLE = 0.15
PAGE_SIZE = 50
CLAIM_TTL = timedelta(minutes=15)
AUTO_REVIEWER = "auto"

# The sample's hash: two multiplicative rounds modulo 2^32 with a 16-bit rotation between.
_M32 = 2**32
_SEED_MOD = 2**20
_RATIO_SCALE = 1_000_000
_BATCH = 500  # ids per IN (...) when reading a page of the sample
_COUNT_BATCH = 5000  # ids per IN (...) when counting it (well under every database's limit)
_SAMPLES: dict[tuple[Any, ...], tuple[tuple[Any, ...], list[tuple[int, int]]]] = {}


@dataclass(frozen=True)
class QueueSpec:
    """What to review: the queue kind, the reviewer and the filters."""

    kind: str = "flagged"
    reviewer: str = "reviewer"
    sample_ratio: float = DEFAULT_SAMPLE
    seed: int = 0
    min_score: float | None = None
    max_score: float | None = None
    document_id: int | None = None
    flag: str | None = None
    search: str | None = None
    threshold: float = DEFAULT_THRESHOLD

    def __post_init__(self) -> None:
        if self.kind not in QUEUE_KINDS:
            raise InputError(None, f"unknown queue {self.kind!r}: use one of {', '.join(QUEUE_KINDS)}")
        if not 0 < self.sample_ratio <= 1:
            raise InputError(None, f"--sample must be in (0, 1], not {self.sample_ratio}")
        if self.min_score is not None and self.max_score is not None and self.min_score > self.max_score:
            raise InputError(None, f"--min-score {self.min_score} is above --max-score {self.max_score}")
        if not self.reviewer.strip():
            raise InputError(None, "the reviewer name must not be empty")

    def with_filters(self, **changes: Any) -> "QueueSpec":
        """The same queue with some filters changed (flag, search...)."""
        return replace(self, **changes)


@dataclass(frozen=True)
class QueueEntry:
    """One pair of a queue page: its id and its sort key, the cursor for the next page."""

    pair_id: int
    key: tuple[Any, ...]


@dataclass
class QueueProgress:
    """Pairs of a queue's scope by review status, whatever their status now."""

    total: int = 0
    approved: int = 0
    rejected: int = 0
    auto_approved: int = 0  # among `approved`

    @property
    def reviewed(self) -> int:
        """Decided by a human."""
        return self.approved + self.rejected - self.auto_approved

    @property
    def pending(self) -> int:
        return self.total - self.approved - self.rejected

    def apply(self, status_before: str, auto_before: bool, status_after: str, auto_after: bool) -> None:
        """Count one pair of the scope moving from one status to another."""
        for status, auto, sign in ((status_before, auto_before, -1), (status_after, auto_after, 1)):
            if status == REVIEW_APPROVED:
                self.approved += sign
                self.auto_approved += sign if auto else 0
            elif status == REVIEW_REJECTED:
                self.rejected += sign


@dataclass(frozen=True)
class FlagView:
    flag: str
    points: float
    detail: str


@dataclass(frozen=True)
class EvidenceView:
    """A span of the chunk the scorer found supporting the answer (offsets into the chunk)."""

    start: int
    end: int
    strength: float
    origin: str


@dataclass(frozen=True)
class NumberView:
    """One number of the shown answer as the scorer checked it against the source."""

    start: int  # offsets into the shown answer
    end: int
    surface: str
    status: str  # grounded | format_changed | misattributed | ... | hallucinated | example
    source_surface: str | None
    source_start: int | None  # offsets into the chunk
    source_end: int | None
    detail: str


@dataclass(frozen=True)
class PairView:
    """Everything the review screen shows about one pair."""

    id: int
    question: str
    answer: str
    edited_question: str | None
    edited_answer: str | None
    type: str
    status: str
    reviewed_by: str | None
    reviewed_at: datetime | None
    claimed_by: str | None
    claim_expires: datetime | None
    score: float | None
    parts: dict[str, float | None]
    scorer_version: str | None
    duplicate_of: int | None
    document_id: int
    document_name: str
    page_start: int
    page_end: int
    chunk: str
    flags: tuple[FlagView, ...] = field(default_factory=tuple)
    evidence: tuple[EvidenceView, ...] = field(default_factory=tuple)
    numbers: tuple[NumberView, ...] = field(default_factory=tuple)

    @property
    def checked_numbers(self) -> tuple[NumberView, ...]:
        """The scorer's number checks, if they still fit the shown answer (an edit not yet
        rescored moves the numbers: then none, and the screen judges numbers itself)."""
        answer = self.shown_answer
        if all(answer[n.start:n.end] == n.surface for n in self.numbers):
            return self.numbers
        return ()

    @property
    def shown_evidence(self) -> tuple[EvidenceView, ...]:
        """The stored evidence spans that lie inside the chunk (strongest first)."""
        return tuple(e for e in self.evidence if 0 <= e.start < e.end <= len(self.chunk))

    @property
    def shown_question(self) -> str:
        """The question as it will be exported: the reviewer's edit, else the original."""
        return self.edited_question if self.edited_question is not None else self.question

    @property
    def shown_answer(self) -> str:
        return self.edited_answer if self.edited_answer is not None else self.answer

    @property
    def edited(self) -> bool:
        return self.edited_question is not None or self.edited_answer is not None


# ---------------------------------------------------------------------------------------------
# Selection
# ---------------------------------------------------------------------------------------------


def sample_hash(pair_id: int, seed: int) -> int:
    """The sample's rank key of a pair: a fixed, seeded scramble of its id."""
    x = (pair_id + (seed % _SEED_MOD) * 7919) % _M32
    h = (x * 2654435761) % _M32
    h = (h % 65536) * 65536 + h // 65536
    return ((h + seed % _SEED_MOD) * 739982445) % _M32


def ceil_ratio(n: int, ratio: float) -> int:
    """How many of a stratum of `n` pairs the sample takes: ceil(n x ratio), in integers."""
    k = round(ratio * _RATIO_SCALE)
    return -(-n * k // _RATIO_SCALE)


def _has_flag(flag: str | None = None) -> ColumnElement[bool]:
    flags = aliased(PairFlag)  # its own name: the outer query may join pair_flags too (flags_present)
    cond = col(flags.pair_id) == col(QAPair.id)
    if flag is not None:
        cond = and_(cond, col(flags.flag) == flag)
    return exists(select(col(flags.pair_id)).where(cond))


def _filters(spec: QueueSpec) -> list[ColumnElement[bool]]:
    """The conditions of the queue's scope that do not depend on review status."""
    conds: list[ColumnElement[bool]] = []
    if spec.kind == "flagged":
        conds.append(or_(_has_flag(), col(QAPair.score) < spec.threshold))
    if spec.min_score is not None:
        conds.append(col(QAPair.score) >= spec.min_score)
    if spec.max_score is not None:
        conds.append(col(QAPair.score) <= spec.max_score)
    if spec.document_id is not None:
        conds.append(col(QAPair.document_id) == spec.document_id)
    if spec.flag:
        conds.append(_has_flag(spec.flag))
    if spec.search:
        texts = (col(QAPair.question), col(QAPair.answer), col(QAPair.edited_question), col(QAPair.edited_answer))
        conds.append(or_(*(text.icontains(spec.search, autoescape=True) for text in texts)))
    return conds


def _open(spec: QueueSpec) -> ColumnElement[bool]:
    """Which pairs of the scope still await review in this queue."""
    if spec.kind == "all":
        return true()
    if spec.kind == "sample":
        auto = and_(col(QAPair.status) == REVIEW_APPROVED, col(QAPair.reviewed_by) == AUTO_REVIEWER)
        return or_(col(QAPair.status) == REVIEW_PENDING, auto)
    return col(QAPair.status) == REVIEW_PENDING


def free_for(reviewer: str, now: datetime) -> ColumnElement[bool]:
    """The pair is not held by someone else: no claim, our claim, or an expired one."""
    return or_(col(QAPair.claimed_by).is_(None), col(QAPair.claimed_by) == reviewer, col(QAPair.claim_expires) < now)


class _Likely(FunctionElement[bool]):
    """A condition SQLite's planner should not count on to narrow the rows (`likely(x)`): with
    no statistics it would read every pending pair through the status index and sort them,
    where the score index yields the lowest scores first and stops after a page. Other
    databases get the bare condition."""

    name = "likely"
    inherit_cache = True
    type = Boolean()


@compiles(_Likely)
def _bare_condition(element: _Likely, compiler: Any, **kw: Any) -> str:
    return f"({compiler.process(element.clauses, **kw)})"


@compiles(_Likely, "sqlite")
def _sqlite_likely(element: _Likely, compiler: Any, **kw: Any) -> str:
    return f"likely({compiler.process(element.clauses, **kw)})"


def _scoped(spec: QueueSpec, *columns: Any) -> Select[*tuple[Any, ...]]:
    """SELECT columns FROM the queue's scope (every status)."""
    return select(*columns).select_from(QAPair).where(*_filters(spec))


def _keys(spec: QueueSpec) -> tuple[Any, ...]:
    """The queue's sort key, its last part the pair id: lowest score first for `flagged`,
    the order of generation (the documents' order) for `pending` and `all`."""
    return (col(QAPair.score), col(QAPair.id)) if spec.kind == "flagged" else (col(QAPair.id),)


def _after(keys: Sequence[Any], values: Sequence[Any]) -> ColumnElement[bool]:
    """Rows strictly after `values` in the order of `keys` (ascending, NULLs first)."""
    col, value = keys[0], values[0]
    if len(keys) == 1:
        return col > value
    rest = _after(keys[1:], values[1:])
    if value is None:
        return or_(col.is_not(None), and_(col.is_(None), rest))
    return or_(col > value, and_(col == value, rest))


def fetch_page(
    factory: sessionmaker[Session], spec: QueueSpec, after: tuple[Any, ...] | None = None,
    limit: int = PAGE_SIZE, now: datetime | None = None,
) -> list[QueueEntry]:
    """The next `limit` pairs of the queue after the cursor `after` (None: from the start),
    leaving out pairs someone else holds."""
    now = now or utcnow()
    if spec.kind == "sample":
        return _sample_page(factory, spec, after, limit, now)
    keys = _keys(spec)
    is_open = _open(spec) if spec.kind != "flagged" else _Likely(_open(spec))
    stmt = _scoped(spec, *keys).where(is_open, free_for(spec.reviewer, now))
    if after is not None:
        stmt = stmt.where(_after(keys, after))
    ordered = [k.asc().nulls_first() if k is col(QAPair.score) else k.asc() for k in keys]
    stmt = stmt.order_by(*ordered).limit(limit)
    with session_scope(factory) as s:
        rows = s.execute(stmt).all()
    return [QueueEntry(r[-1], tuple(r)) for r in rows]


def _sample_page(factory: sessionmaker[Session], spec: QueueSpec, after: tuple[Any, ...] | None, limit: int,
                 now: datetime) -> list[QueueEntry]:
    members = draw_sample(factory, spec)
    i = bisect_right(members, tuple(after)) if after else 0
    found: list[QueueEntry] = []
    conditions = [*_filters(spec), _open(spec), free_for(spec.reviewer, now)]
    with session_scope(factory) as s:
        while len(found) < limit and i < len(members):
            batch, i = members[i:i + _BATCH], i + _BATCH
            ids = [pid for _, pid in batch]
            hits = set(s.scalars(select(col(QAPair.id)).where(col(QAPair.id).in_(ids), *conditions)))
            found.extend(QueueEntry(pid, (h, pid)) for h, pid in batch if pid in hits)
    return found[:limit]


def draw_sample(factory: sessionmaker[Session], spec: QueueSpec) -> list[tuple[int, int]]:
    """The sample's members as (hash, pair id), in queue order: in each (document, type)
    stratum the ceil(ratio x size) pairs of lowest hash. Drawn over every pair whatever its
    status, so decisions do not change it; drawn again only when pairs are added or removed."""
    scope = [col(QAPair.document_id) == spec.document_id] if spec.document_id is not None else []
    bind = factory.kw.get("bind")
    key = (str(bind.url) if bind is not None else "", spec.seed, spec.sample_ratio, spec.document_id)
    with session_scope(factory) as s:
        stamp = tuple(s.execute(select(func.count(), func.max(col(QAPair.id))).where(*scope)).one())
        cached = _SAMPLES.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        strata: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
        for pid, doc, kind in s.execute(select(pk(QAPair.id), col(QAPair.document_id), col(QAPair.type)).where(*scope)):
            strata[(doc, kind)].append((sample_hash(pid, spec.seed), pid))
    members: list[tuple[int, int]] = []
    for group in strata.values():
        group.sort()
        members.extend(group[:ceil_ratio(len(group), spec.sample_ratio)])
    members.sort()
    if len(_SAMPLES) >= 8:
        _SAMPLES.pop(next(iter(_SAMPLES)))
    _SAMPLES[key] = (stamp, members)
    return members


def progress(factory: sessionmaker[Session], spec: QueueSpec) -> QueueProgress:
    """The queue's scope by status: how much of it is decided, and how."""
    if spec.kind == "sample":
        members = [pid for _, pid in draw_sample(factory, spec)]
        parts = [[col(QAPair.id).in_(members[i:i + _COUNT_BATCH])] for i in range(0, len(members), _COUNT_BATCH)]
    else:
        parts = [[]]
    auto = and_(col(QAPair.status) == REVIEW_APPROVED, col(QAPair.reviewed_by) == AUTO_REVIEWER)
    result = QueueProgress()
    with session_scope(factory) as s:
        for extra in parts:
            by_status: dict[str, int] = dict(s.execute(_scoped(spec, col(QAPair.status), func.count())
                                                       .where(*extra).group_by(col(QAPair.status))).all())
            result.total += sum(by_status.values())
            result.approved += by_status.get(REVIEW_APPROVED, 0)
            result.rejected += by_status.get(REVIEW_REJECTED, 0)
            if by_status.get(REVIEW_APPROVED):  # only then is it worth reading the approved rows
                result.auto_approved += int(s.scalar(_scoped(spec, func.count()).where(auto, *extra)) or 0)
    return result


def queue_size(spec: QueueSpec, tally: QueueProgress) -> int:
    """How many pairs the queue holds, from its scope's progress."""
    if spec.kind == "all":
        return tally.total
    return tally.pending + (tally.auto_approved if spec.kind == "sample" else 0)


def count(factory: sessionmaker[Session], spec: QueueSpec) -> int:
    """How many pairs the queue holds (pairs held by another reviewer included)."""
    return queue_size(spec, progress(factory, spec))


def flags_present(factory: sessionmaker[Session], spec: QueueSpec) -> list[tuple[str, int]]:
    """The flags on the pairs the queue holds (the flag filter aside), with how many pairs carry each."""
    stmt = _scoped(spec.with_filters(flag=None), col(PairFlag.flag), func.count())
    stmt = stmt.join(PairFlag, col(PairFlag.pair_id) == col(QAPair.id)).where(_open(spec))
    if spec.kind == "sample":
        stmt = stmt.where(col(QAPair.id).in_([pid for _, pid in draw_sample(factory, spec)]))
    with session_scope(factory) as s:
        rows = s.execute(stmt.group_by(col(PairFlag.flag)).order_by(func.count().desc(), col(PairFlag.flag))).all()
    return [(flag, int(n)) for flag, n in rows]


def unscored_pending(factory: sessionmaker[Session]) -> int:
    """Pending pairs without a score: the flagged queue cannot see them until `distill score` runs."""
    stmt = (select(func.count()).select_from(QAPair)
            .where(col(QAPair.status) == REVIEW_PENDING, col(QAPair.score).is_(None)))
    with session_scope(factory) as s:
        return int(s.scalar(stmt) or 0)


def document_id_for(factory: sessionmaker[Session], ref: str) -> int:
    """A document's id from its id or its file name; InputError when there is none."""
    with session_scope(factory) as s:
        if ref.isdigit():
            found = s.scalar(select(col(Document.id)).where(col(Document.id) == int(ref)))
        else:
            found = s.scalar(select(col(Document.id)).where(col(Document.name) == ref).order_by(col(Document.id)))
    if found is None:
        raise InputError(None, f"no document {ref!r} in this database (see `distill status`)")
    return int(found)


# ---------------------------------------------------------------------------------------------
# One pair
# ---------------------------------------------------------------------------------------------

_PARTS = ("number", "completeness", "clarity", "consistency", "format")


def load_pair(factory: sessionmaker[Session], pair_id: int) -> PairView | None:
    """The pair with its chunk, document name and flags; None if it does not exist."""
    stmt = (
        select(QAPair, col(Chunk.text), col(Chunk.page_start), col(Chunk.page_end), col(Document.name))
        .join(Chunk, col(Chunk.id) == col(QAPair.chunk_id)).join(Document, col(Document.id) == col(QAPair.document_id))
        .where(col(QAPair.id) == pair_id)
    )
    with session_scope(factory) as s:
        row = s.execute(stmt).first()
        if row is None:
            return None
        flags = s.execute(select(col(PairFlag.flag), col(PairFlag.points), col(PairFlag.detail))
                          .where(col(PairFlag.pair_id) == pair_id)
                          .order_by(col(PairFlag.points).desc(), col(PairFlag.flag))).all()
        evidence = s.execute(select(col(PairEvidence.start), col(PairEvidence.end), col(PairEvidence.strength),
                                    col(PairEvidence.origin))
                             .where(col(PairEvidence.pair_id) == pair_id).order_by(col(PairEvidence.position))).all()
        numbers = s.execute(select(
            col(PairNumber.start), col(PairNumber.end), col(PairNumber.surface), col(PairNumber.status),
            col(PairNumber.source_surface), col(PairNumber.source_start), col(PairNumber.source_end),
            col(PairNumber.detail),
        ).where(col(PairNumber.pair_id) == pair_id).order_by(col(PairNumber.position))).all()
    p, chunk, page_start, page_end, doc_name = row
    assert p.id is not None  # a row read back has its key
    return PairView(
        id=p.id, question=p.question, answer=p.answer, edited_question=p.edited_question,
        edited_answer=p.edited_answer, type=p.type, status=p.status, reviewed_by=p.reviewed_by,
        reviewed_at=p.reviewed_at, claimed_by=p.claimed_by, claim_expires=p.claim_expires, score=p.score,
        parts={name: getattr(p, f"score_{name}") for name in _PARTS}, scorer_version=p.scorer_version,
        duplicate_of=p.duplicate_of, document_id=p.document_id, document_name=doc_name,
        page_start=page_start, page_end=page_end, chunk=chunk,
        flags=tuple(FlagView(f, float(pts), d) for f, pts, d in flags),
        evidence=tuple(EvidenceView(a, b, float(st), o) for a, b, st, o in evidence),
        numbers=tuple(NumberView(*n) for n in numbers),
    )


# ---------------------------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------------------------


def claim(
    factory: sessionmaker[Session], pair_id: int, reviewer: str, ttl: timedelta = CLAIM_TTL,
    now: datetime | None = None,
) -> bool:
    """Hold the pair for `ttl` (or renew our hold); False when someone else holds it."""
    now = now or utcnow()
    stmt = (update(QAPair).where(col(QAPair.id) == pair_id, free_for(reviewer, now))
            .values(claimed_by=reviewer, claim_expires=now + ttl).execution_options(synchronize_session=False))
    with session_scope(factory) as s:
        return rows_changed(s, stmt) == 1


def release(factory: sessionmaker[Session], pair_id: int, reviewer: str) -> None:
    """Let go of the pair if we hold it."""
    stmt = (update(QAPair).where(col(QAPair.id) == pair_id, col(QAPair.claimed_by) == reviewer)
            .values(claimed_by=None, claim_expires=None).execution_options(synchronize_session=False))
    with session_scope(factory) as s:
        s.execute(stmt)


def release_all(factory: sessionmaker[Session], reviewer: str) -> int:
    """Let go of every pair the reviewer holds (on quit); returns how many."""
    stmt = (update(QAPair).where(col(QAPair.claimed_by) == reviewer)
            .values(claimed_by=None, claim_expires=None).execution_options(synchronize_session=False))
    with session_scope(factory) as s:
        return rows_changed(s, stmt)


# ---------------------------------------------------------------------------------------------
# Walking a queue
# ---------------------------------------------------------------------------------------------


class QueueWalk:
    """A reviewer's walk through a queue: pages read as they are reached, pairs already
    seen kept (decided or not) so that going back shows them again. The position may stand
    one past the last pair: the end of the queue."""

    def __init__(self, factory: sessionmaker[Session], spec: QueueSpec, page_size: int = PAGE_SIZE) -> None:
        self.factory = factory
        self.spec = spec
        self.page_size = page_size
        self.entries: list[QueueEntry] = []
        self.index = 0
        self.exhausted = False
        self._cursor: tuple[Any, ...] | None = None
        self._ids: set[int] = set()

    def load_more(self) -> int:
        """Read the next page; returns how many new pairs it added."""
        if self.exhausted:
            return 0
        page = fetch_page(self.factory, self.spec, self._cursor, self.page_size)
        if len(page) < self.page_size:
            self.exhausted = True
        if page:
            self._cursor = page[-1].key
        fresh = [e for e in page if e.pair_id not in self._ids]
        self.entries.extend(fresh)
        self._ids.update(e.pair_id for e in fresh)
        return len(fresh)

    def current(self) -> int | None:
        """The pair id at the walk's position (reading a page if needed); None at the end."""
        while self.index >= len(self.entries) and not self.exhausted:
            self.load_more()
        return self.entries[self.index].pair_id if self.index < len(self.entries) else None

    def move(self, step: int) -> int | None:
        """Go `step` pairs on (or back), never before the first nor past the end."""
        target = max(0, self.index + step)
        while target >= len(self.entries) and not self.exhausted:
            self.load_more()
        self.index = min(target, len(self.entries))
        return self.current()

    def drop_current(self) -> None:
        """Forget the current pair (someone else holds it): the next one takes its place."""
        if self.index < len(self.entries):
            self._ids.discard(self.entries.pop(self.index).pair_id)

    def goto(self, pair_id: int) -> None:
        """Make `pair_id` current: where it already is in the walk, else inserted here."""
        for i, entry in enumerate(self.entries):
            if entry.pair_id == pair_id:
                self.index = i
                return
        self.entries.insert(self.index, QueueEntry(pair_id, ()))
        self._ids.add(pair_id)

    @property
    def at_end(self) -> bool:
        return self.current() is None

    @property
    def position(self) -> int:
        """1-based position of the current pair."""
        return self.index + 1
