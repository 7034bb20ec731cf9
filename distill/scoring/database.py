"""Scoring the pairs of a database: `distill score` and the end of `distill run`.

Pairs never scored, or scored by another scorer version or mode, are scored in batches, each
batch one transaction: the total, its five parts, the version and the time go on the pair, and
its flags replace the pair's previous ones in `pair_flags`; its grounding too, in the same
transaction: the evidence spans (`pair_evidence`), the check of each number of the answer
(`pair_numbers`) and `numbers_total` / `numbers_grounded`. An edit resets the score (review sets
`scorer_version` to NULL), so the evidence of an edited pair is recomputed with it. Then, if anything was scored, a
near-duplicate pass sets `duplicate_of` and the `duplicate` flag: over all pairs with
`rescore` (or `dedup=True`), which also rewrites every pair's kept signature (`pair_signatures`)
and LSH band keys (`pair_bands`); otherwise incrementally: only the pairs scored now (new or
edited ones) and the pairs they are near-duplicates of, found through the kept band keys, are
visited again, which gives the verdicts the full pass would give (`tests/.../test_dedup.py`). A pair's
source is its chunk's text; a reviewer's edit, when there is one, is what gets scored.
With nothing new to score, a call only reads.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import Row, delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import SQLModel, col

from db.models import (
    REVIEW_APPROVED, REVIEW_PENDING, REVIEW_REJECTED, Chunk, PairBand, PairEvidence, PairFlag, PairNumber, PairSignature,
    QAPair, pk, utcnow,
)
from db.session import session_scope
from db.writes import table_of
from distill.scoring.dedup import (
    DEFAULT_THRESHOLD, BandIndex, NearDuplicate, NearDuplicateIndex, Signature, band_keys, decode, describe, encode,
    signature, similar, text_hash,
)
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


def _ids_to_score(session: Session, version: str, rescore: bool, only: Collection[int] | None) -> list[int]:
    query = select(pk(QAPair.id)).order_by(pk(QAPair.id))
    if only is not None:
        query = query.where(pk(QAPair.id).in_(list(only)))
    if not rescore:
        query = query.where(or_(col(QAPair.scorer_version).is_(None), col(QAPair.scorer_version) != version))
    return list(session.scalars(query))


def _batches(ids: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def _score_batch(session: Session, ids: Sequence[int], strict: bool, version: str) -> int:
    rows = session.execute(
        select(pk(QAPair.id), func.coalesce(QAPair.edited_question, QAPair.question),
               func.coalesce(QAPair.edited_answer, QAPair.answer), col(Chunk.text), col(QAPair.evidence_quote))
        .join(Chunk, col(Chunk.id) == col(QAPair.chunk_id))
        .where(pk(QAPair.id).in_(ids))
    ).all()
    now = utcnow()
    updates, flags, evidence, numbers = [], [], [], []
    for pair_id, question, answer, source, quote in rows:
        result = score_pair(question, answer, source, strict=strict, evidence_quote=quote)
        updates.append(_columns(pair_id, result, version, now))
        flags += [{"pair_id": pair_id, "flag": f.name, "points": f.points, "detail": f.detail} for f in result.flags]
        evidence += _evidence_rows(pair_id, result)
        numbers += _number_rows(pair_id, result)
    if updates:
        session.execute(update(QAPair), updates)
    # The duplicate flag belongs to the near-duplicate pass, not to the pair's own score.
    session.execute(delete(PairFlag).where(col(PairFlag.pair_id).in_(ids), col(PairFlag.flag) != DUPLICATE))
    session.execute(delete(PairEvidence).where(col(PairEvidence.pair_id).in_(ids)))
    session.execute(delete(PairNumber).where(col(PairNumber.pair_id).in_(ids)))
    for table, values in ((PairFlag, flags), (PairEvidence, evidence), (PairNumber, numbers)):
        if values:
            session.execute(table_of(table).insert(), values)
    return len(rows)


def _columns(pair_id: int, result: ScoreResult, version: str, now: object) -> dict[str, object]:
    row: dict[str, object] = {"id": pair_id, "score": result.total, "scorer_version": version, "scored_at": now}
    row.update({column: result.parts[part].points for part, column in _COLUMNS.items()})
    g = result.grounding
    row["numbers_total"] = len(g.numbers) if g is not None else None
    row["numbers_grounded"] = g.numbers_grounded if g is not None else None
    return row


def _evidence_rows(pair_id: int, result: ScoreResult) -> list[dict[str, object]]:
    if result.grounding is None:
        return []
    return [{"pair_id": pair_id, "position": k, "start": s.start, "end": s.end, "strength": s.strength,
             "origin": s.origin} for k, s in enumerate(result.grounding.spans)]


def _number_rows(pair_id: int, result: ScoreResult) -> list[dict[str, object]]:
    if result.grounding is None:
        return []
    return [{"pair_id": pair_id, "position": k, "start": n.start, "end": n.end, "surface": n.surface,
             "status": n.status, "source_surface": n.source_surface, "source_start": n.source_start,
             "source_end": n.source_end, "detail": n.detail} for k, n in enumerate(result.grounding.numbers)]


def _rank(row: Sequence[object]) -> tuple[object, ...]:
    """The order the near-duplicate pass visits pairs in: best first (row: id, status, score)."""
    pair_id, status, score = row[0], row[1], row[2]
    return (status == REVIEW_REJECTED, _STATUS_RANK.get(status, 2),  # type: ignore[call-overload]
            -(score if score is not None else -1.0), pair_id)  # type: ignore[operator]


def mark_near_duplicates(factory: sessionmaker[Session], threshold: float = DEFAULT_THRESHOLD) -> int:
    """Recompute near-duplicates over all pairs; write only what changed, and keep every pair's
    signature and band keys for the incremental passes. Returns how many near-duplicates."""
    with session_scope(factory) as s:
        rows = list(s.execute(select(
            pk(QAPair.id), col(QAPair.status), col(QAPair.score),
            func.coalesce(QAPair.edited_question, QAPair.question), func.coalesce(QAPair.edited_answer, QAPair.answer),
        )).all())
        rows.sort(key=_rank)
        stored = dict(s.execute(select(col(PairSignature.pair_id), col(PairSignature.text_hash))).all())
        index = NearDuplicateIndex(threshold)
        found: dict[int, NearDuplicate] = {}
        signatures, bands, changed = [], [], []
        for pair_id, status, _, question, answer in rows:
            sig, m = signature(question, answer)
            dup = index.add_signature(pair_id, sig, m, keepable=status != REVIEW_REJECTED)
            if dup is not None:
                found[pair_id] = dup
            digest = text_hash(question, answer, threshold)
            if stored.get(pair_id) != digest:  # a rescore of unchanged texts rewrites none of them
                changed.append(pair_id)
                signatures.append({"pair_id": pair_id, "text_hash": digest, "signature": encode(sig)})
                bands += [{"key": key, "pair_id": pair_id} for key in band_keys(sig, threshold)]
        before = {pair_id: kept for pair_id, kept in s.execute(
            select(pk(QAPair.id), col(QAPair.duplicate_of)).where(col(QAPair.duplicate_of).is_not(None))).all()}
        flagged = set(s.scalars(select(col(PairFlag.pair_id)).where(col(PairFlag.flag) == DUPLICATE)))
        _write_duplicates(s, found, before, flagged)
        gone = set(stored) - {row[0] for row in rows}
        _replace_signatures(s, changed + sorted(gone), signatures, bands)
        return len(found)


def _replace_signatures(s: Session, pair_ids: Sequence[int], signatures: Sequence[Mapping[str, object]],
                        bands: Sequence[Mapping[str, object]]) -> None:
    """Drop the signatures and band keys of `pair_ids`, then insert the new ones."""
    for batch in _batches(pair_ids, BATCH_SIZE):
        s.execute(delete(PairBand).where(col(PairBand.pair_id).in_(batch)))
        s.execute(delete(PairSignature).where(col(PairSignature.pair_id).in_(batch)))
    _insert(s, PairSignature, signatures)
    _insert(s, PairBand, bands)


def _insert(s: Session, table: type[SQLModel], values: Sequence[Mapping[str, object]]) -> None:
    for batch in _batches(values, 5000):
        s.execute(table_of(table).insert(), list(batch))


def update_near_duplicates(factory: sessionmaker[Session], dirty: Iterable[int],
                           threshold: float = DEFAULT_THRESHOLD) -> int:
    """The incremental pass: new signatures for the `dirty` pairs (scored just now) and for any
    pair without one, then the pass again over them, the pairs their old texts were tied to
    (pointing at them or pointed at), and every pair linked to those by a chain of
    near-duplicates (found through the kept band keys). Pairs outside that set share no band
    and no likeness with it, so their verdicts stand. Returns how many pairs it visited."""
    with session_scope(factory) as s:
        missing = s.scalars(select(pk(QAPair.id)).outerjoin(PairSignature, col(PairSignature.pair_id) == pk(QAPair.id))
                            .where(col(PairSignature.pair_id).is_(None)))
        todo = sorted(set(dirty) | set(missing))
        if not todo:
            return 0
        # What stood on the old texts stands again: the pairs that pointed at a changed pair,
        # and the pairs it pointed at.
        extra: set[int] = set()
        for batch in _batches(todo, BATCH_SIZE):
            extra.update(s.scalars(select(pk(QAPair.id)).where(col(QAPair.duplicate_of).in_(batch))))
            # Not NULL by the WHERE, so typed as the ids they are.
            extra.update(s.scalars(select(pk(QAPair.duplicate_of)).where(pk(QAPair.id).in_(batch),
                                                                         col(QAPair.duplicate_of).is_not(None))))
        sigs, keys_of = _refresh(s, todo, threshold)
        extra -= set(todo)
        _load(s, sorted(extra), sigs, keys_of)
        group = _linked(s, set(todo) | extra, sigs, keys_of, threshold)
        rows: list[Row[int, str, float | None, int | None]] = []
        for batch in _batches(sorted(group), BATCH_SIZE):
            rows += s.execute(select(pk(QAPair.id), col(QAPair.status), col(QAPair.score), col(QAPair.duplicate_of))
                              .where(pk(QAPair.id).in_(batch))).all()
        rows.sort(key=_rank)
        index = BandIndex(threshold)
        found: dict[int, NearDuplicate] = {}
        for pair_id, status, _, _ in rows:
            dup = index.add(pair_id, sigs[pair_id], keys_of[pair_id], keepable=status != REVIEW_REJECTED)
            if dup is not None:
                found[pair_id] = dup
        before = {r[0]: r[3] for r in rows if r[3] is not None}
        flagged: set[int] = set()
        for batch in _batches(sorted(group), BATCH_SIZE):
            flagged.update(s.scalars(select(col(PairFlag.pair_id)).where(col(PairFlag.pair_id).in_(batch),
                                                                         col(PairFlag.flag) == DUPLICATE)))
        _write_duplicates(s, found, before, flagged)
        return len(group)


def _signatures_current(factory: sessionmaker[Session], threshold: float) -> bool:
    """Whether the kept signatures were made with this threshold (judged on one of them, of a
    pair not rescored since); True when none is kept yet."""
    with session_scope(factory) as s:
        row = s.execute(select(col(PairSignature.text_hash), func.coalesce(QAPair.edited_question, QAPair.question),
                               func.coalesce(QAPair.edited_answer, QAPair.answer))
                        .join(QAPair, pk(QAPair.id) == col(PairSignature.pair_id)).limit(1)).first()
    return row is None or row[0] == text_hash(row[1], row[2], threshold)


def _refresh(s: Session, ids: list[int], threshold: float) -> tuple[dict[int, Signature], dict[int, list[int]]]:
    """New signatures and band keys for `ids`, written in place of their old ones."""
    sigs: dict[int, Signature] = {}
    keys_of: dict[int, list[int]] = {}
    signatures, bands = [], []
    for batch in _batches(ids, BATCH_SIZE):
        for pair_id, question, answer in s.execute(select(
                pk(QAPair.id), func.coalesce(QAPair.edited_question, QAPair.question),
                func.coalesce(QAPair.edited_answer, QAPair.answer)).where(pk(QAPair.id).in_(batch))):
            sig = sigs[pair_id] = signature(question, answer)[0]
            keys = keys_of[pair_id] = band_keys(sig, threshold)
            signatures.append({"pair_id": pair_id, "text_hash": text_hash(question, answer, threshold),
                               "signature": encode(sig)})
            bands += [{"key": key, "pair_id": pair_id} for key in keys]
        s.execute(delete(PairBand).where(col(PairBand.pair_id).in_(batch)))
        s.execute(delete(PairSignature).where(col(PairSignature.pair_id).in_(batch)))
    _insert(s, PairSignature, signatures)
    _insert(s, PairBand, bands)
    return sigs, keys_of


def _linked(s: Session, start: set[int], sigs: dict[int, Signature], keys_of: dict[int, list[int]],
            threshold: float) -> set[int]:
    """`start` and every pair linked to it by a chain of near-duplicates that share a band."""
    group, frontier = set(start), set(start)
    while frontier:
        by_key: dict[int, list[int]] = {}
        for pair_id in frontier:
            for key in keys_of[pair_id]:
                by_key.setdefault(key, []).append(pair_id)
        sharing: dict[int, set[int]] = {}  # candidate -> the frontier pairs it shares a band with
        for batch in _batches(sorted(by_key), BATCH_SIZE):
            for pair_id, key in s.execute(select(col(PairBand.pair_id), col(PairBand.key))
                                          .where(col(PairBand.key).in_(batch))):
                if pair_id not in group:
                    sharing.setdefault(pair_id, set()).update(by_key[key])
        _load(s, [c for c in sharing if c not in sigs], sigs, keys_of)
        frontier = {c for c, near in sharing.items() if any(similar(sigs[c], sigs[f], threshold) for f in near)}
        group |= frontier
    return group


def _load(s: Session, ids: list[int], sigs: dict[int, Signature], keys_of: dict[int, list[int]]) -> None:
    for batch in _batches(sorted(ids), BATCH_SIZE):
        for pair_id, data in s.execute(select(col(PairSignature.pair_id), col(PairSignature.signature))
                                       .where(col(PairSignature.pair_id).in_(batch))):
            sigs[pair_id] = decode(data)
        for pair_id, key in s.execute(select(col(PairBand.pair_id), col(PairBand.key))
                                      .where(col(PairBand.pair_id).in_(batch))):
            keys_of.setdefault(pair_id, []).append(key)


def _drop_duplicate_flags(s: Session, keys: Sequence[object]) -> None:
    for batch in _batches(keys, BATCH_SIZE):  # a bounded IN list, whatever the database's limit
        s.execute(delete(PairFlag).where(col(PairFlag.pair_id).in_(batch), col(PairFlag.flag) == DUPLICATE))


def _write_duplicates(s: Session, found: dict[int, NearDuplicate], before: Mapping[int, int | None],
                      flagged: set[int]) -> None:
    changed = [d for key, d in found.items() if before.get(key) != d.kept or key not in flagged]
    cleared = sorted(key for key in set(before) | flagged if key not in found)
    if cleared:
        s.execute(update(QAPair), [{"id": key, "duplicate_of": None} for key in cleared])
        _drop_duplicate_flags(s, cleared)
    if changed:
        s.execute(update(QAPair), [{"id": d.key, "duplicate_of": d.kept} for d in changed])
        _drop_duplicate_flags(s, [d.key for d in changed])
        s.execute(table_of(PairFlag).insert(), [
            {"pair_id": d.key, "flag": DUPLICATE, "points": 0.0, "detail": describe(d)} for d in changed])


def _summary(factory: sessionmaker[Session], summary: ScoreSummary) -> ScoreSummary:
    with session_scope(factory) as s:
        summary.pairs = int(s.scalar(select(func.count()).select_from(QAPair)) or 0)
        mean = s.scalar(select(func.avg(QAPair.score)).where(col(QAPair.score).is_not(None)))
        summary.mean_score = round(float(mean), 1) if mean is not None else None
        summary.flags = {flag: int(n) for flag, n in s.execute(
            select(col(PairFlag.flag), func.count()).group_by(col(PairFlag.flag))
            .order_by(func.count().desc(), col(PairFlag.flag)))}
        summary.duplicates = int(s.scalar(
            select(func.count()).select_from(QAPair).where(col(QAPair.duplicate_of).is_not(None))) or 0)
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
    only: Collection[int] | None = None,
) -> ScoreSummary:
    """Score the pairs that need it (all with `rescore`), then mark near-duplicates.

    `only`: consider just these pairs (the one a reviewer edited), whatever else waits.

    `dedup`: None runs the near-duplicate pass only when something was scored (so a call with
    nothing new is one query), over all pairs with `rescore`, else incrementally; True always
    over all pairs; False never.
    """
    version = scorer_version(strict)
    summary = ScoreSummary(version=version)
    with session_scope(factory) as s:
        ids = _ids_to_score(s, version, rescore, only)
    if progress:
        progress(0, len(ids))
    for batch in _batches(ids, batch_size):
        with session_scope(factory) as s:
            summary.scored += _score_batch(s, batch, strict, version)
        if progress:
            progress(summary.scored, len(ids))
    if dedup or (dedup is None and rescore):
        mark_near_duplicates(factory, dedup_threshold)
        summary.deduplicated = True
    elif dedup is None and summary.scored:
        # The pairs scored now are new, edited or scored by another version: only they (and
        # what they touch) are compared again, unless the kept signatures were made with
        # another threshold, when every verdict may change.
        if _signatures_current(factory, dedup_threshold):
            update_near_duplicates(factory, ids, dedup_threshold)
        else:
            mark_near_duplicates(factory, dedup_threshold)
        summary.deduplicated = True
    return _summary(factory, summary)
