"""Scoring the pairs of a database: `distill score` and the end of `distill run`.

Pairs never scored, or scored by another scorer version or mode, are scored in batches, each
batch one transaction: the total, its five parts, the version and the time go on the pair, and
its flags replace the pair's previous ones in `pair_flags`. Then, if anything was scored, a
near-duplicate pass over all pairs sets `duplicate_of` and the `duplicate` flag. A pair's
source is its chunk's text; a reviewer's edit, when there is one, is what gets scored.
With nothing new to score, a call only reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from db.models import REVIEW_APPROVED, REVIEW_PENDING, REVIEW_REJECTED, Chunk, PairFlag, QAPair, utcnow
from db.session import session_scope
from distill.scoring.dedup import DEFAULT_THRESHOLD, Candidate, NearDuplicate, describe, find_near_duplicates
from distill.scoring.result import (
    CLARITY, COMPLETENESS, CONSISTENCY, DUPLICATE, FORMAT, NUMBER_ACCURACY, ScoreResult,
)
from distill.scoring.scorer import score_pair, scorer_version

BATCH_SIZE = 500
T = TypeVar("T")
Progress = Callable[[int, int], None]  # (pairs scored so far, pairs to score)

_COLUMNS = {NUMBER_ACCURACY: "score_number", COMPLETENESS: "score_completeness", CLARITY: "score_clarity",
            CONSISTENCY: "score_consistency", FORMAT: "score_format"}
# Which pair is kept among near-duplicates: approved before pending before anything else.
_STATUS_RANK = {REVIEW_APPROVED: 0, REVIEW_PENDING: 1}


@dataclass
class ScoreSummary:
    """What `score_database` did, and where the database stands after it."""

    scored: int = 0  # pairs scored by this call
    pairs: int = 0  # pairs in the database
    mean_score: float | None = None  # over every scored pair
    flags: dict[str, int] = field(default_factory=dict)  # pairs carrying each flag
    duplicates: int = 0  # pairs marked near-duplicates of a kept pair
    version: str = ""
    deduplicated: bool = False  # whether the near-duplicate pass ran

    def to_json(self) -> dict[str, object]:
        """The `distill score --json` shape."""
        return {"scored": self.scored, "pairs": self.pairs, "mean_score": self.mean_score,
                "flagged": dict(self.flags), "duplicates": self.duplicates, "scorer_version": self.version}


def _ids_to_score(session: Session, version: str, rescore: bool) -> list[int]:
    query = select(QAPair.id).order_by(QAPair.id)
    if not rescore:
        query = query.where(or_(QAPair.scorer_version.is_(None), QAPair.scorer_version != version))
    return list(session.scalars(query))


def _batches(ids: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _score_batch(session: Session, ids: Sequence[int], strict: bool, version: str) -> int:
    rows = session.execute(
        select(QAPair.id, func.coalesce(QAPair.edited_question, QAPair.question),
               func.coalesce(QAPair.edited_answer, QAPair.answer), Chunk.text)
        .join(Chunk, Chunk.id == QAPair.chunk_id)
        .where(QAPair.id.in_(ids))
    ).all()
    now = utcnow()
    updates, flags = [], []
    for pair_id, question, answer, source in rows:
        result = score_pair(question, answer, source, strict=strict)
        updates.append(_columns(pair_id, result, version, now))
        flags += [{"pair_id": pair_id, "flag": f.name, "points": f.points, "detail": f.detail} for f in result.flags]
    if updates:
        session.execute(update(QAPair), updates)
    # The duplicate flag belongs to the near-duplicate pass, not to the pair's own score.
    session.execute(delete(PairFlag).where(PairFlag.pair_id.in_(ids), PairFlag.flag != DUPLICATE))
    if flags:
        session.execute(PairFlag.__table__.insert(), flags)
    return len(rows)


def _columns(pair_id: int, result: ScoreResult, version: str, now: object) -> dict[str, object]:
    row: dict[str, object] = {"id": pair_id, "score": result.total, "scorer_version": version, "scored_at": now}
    row.update({column: result.parts[part].points for part, column in _COLUMNS.items()})
    return row


def _candidates(session: Session) -> list[Candidate]:
    """Every pair, best first, as the near-duplicate pass visits them."""
    rows = session.execute(select(
        QAPair.id, QAPair.status, QAPair.score,
        func.coalesce(QAPair.edited_question, QAPair.question), func.coalesce(QAPair.edited_answer, QAPair.answer),
    )).all()
    rows.sort(key=lambda r: (r[1] == REVIEW_REJECTED, _STATUS_RANK.get(r[1], 2),
                             -(r[2] if r[2] is not None else -1.0), r[0]))
    return [Candidate(r[0], r[3], r[4], keepable=r[1] != REVIEW_REJECTED) for r in rows]


def mark_near_duplicates(factory: sessionmaker[Session], threshold: float = DEFAULT_THRESHOLD) -> int:
    """Recompute near-duplicates over all pairs; write only what changed. Returns how many."""
    with session_scope(factory) as s:
        found = {d.key: d for d in find_near_duplicates(_candidates(s), threshold)}
        before = dict(s.execute(select(QAPair.id, QAPair.duplicate_of).where(QAPair.duplicate_of.is_not(None))).all())
        flagged = set(s.scalars(select(PairFlag.pair_id).where(PairFlag.flag == DUPLICATE)))
        _write_duplicates(s, found, before, flagged)
        return len(found)


def _drop_duplicate_flags(s: Session, keys: Sequence[object]) -> None:
    for batch in _batches(keys, BATCH_SIZE):  # a bounded IN list, whatever the database's limit
        s.execute(delete(PairFlag).where(PairFlag.pair_id.in_(batch), PairFlag.flag == DUPLICATE))


def _write_duplicates(s: Session, found: dict[object, NearDuplicate], before: dict[int, int], flagged: set[int]) -> None:
    changed = [d for key, d in found.items() if before.get(key) != d.kept or key not in flagged]
    cleared = sorted(key for key in set(before) | flagged if key not in found)
    if cleared:
        s.execute(update(QAPair), [{"id": key, "duplicate_of": None} for key in cleared])
        _drop_duplicate_flags(s, cleared)
    if changed:
        s.execute(update(QAPair), [{"id": d.key, "duplicate_of": d.kept} for d in changed])
        _drop_duplicate_flags(s, [d.key for d in changed])
        s.execute(PairFlag.__table__.insert(), [
            {"pair_id": d.key, "flag": DUPLICATE, "points": 0.0, "detail": describe(d)} for d in changed])


def _summary(factory: sessionmaker[Session], summary: ScoreSummary) -> ScoreSummary:
    with session_scope(factory) as s:
        summary.pairs = int(s.scalar(select(func.count()).select_from(QAPair)) or 0)
        mean = s.scalar(select(func.avg(QAPair.score)).where(QAPair.score.is_not(None)))
        summary.mean_score = round(float(mean), 1) if mean is not None else None
        summary.flags = {flag: int(n) for flag, n in s.execute(
            select(PairFlag.flag, func.count()).group_by(PairFlag.flag).order_by(func.count().desc(), PairFlag.flag))}
        summary.duplicates = int(s.scalar(
            select(func.count()).select_from(QAPair).where(QAPair.duplicate_of.is_not(None))) or 0)
    return summary


def score_database(
    factory: sessionmaker[Session],
    *,
    rescore: bool = False,
    strict: bool = True,
    dedup_threshold: float = DEFAULT_THRESHOLD,
    dedup: bool | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> ScoreSummary:
    """Score the pairs that need it (all with `rescore`), then mark near-duplicates.

    `dedup`: None runs the near-duplicate pass only when something was scored (so a call with
    nothing new is one query); True always; False never.
    """
    version = scorer_version(strict)
    summary = ScoreSummary(version=version)
    with session_scope(factory) as s:
        ids = _ids_to_score(s, version, rescore)
    if progress:
        progress(0, len(ids))
    for batch in _batches(ids, batch_size):
        with session_scope(factory) as s:
            summary.scored += _score_batch(s, batch, strict, version)
        if progress:
            progress(summary.scored, len(ids))
    if dedup or (dedup is None and summary.scored):
        mark_near_duplicates(factory, dedup_threshold)
        summary.deduplicated = True
    return _summary(factory, summary)
