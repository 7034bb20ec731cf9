"""Review decisions: approve, reject, skip, edit, add a reason, undo, auto-approve.

Each is one transaction that updates the pair and appends a `ReviewLog` row, so a crash or a
closed terminal loses nothing and the log is the full history (rows are never changed nor
deleted; an undo is a row of its own). Updates are conditional on what the reviewer saw (the
pair's status, and its text for an edit) and on nobody else holding the pair: when another
reviewer got there first, a `Conflict` says so and nothing is overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import exists, insert, select, update
from sqlalchemy.orm import Session, sessionmaker
from sqlmodel import col

from db.models import REVIEW_APPROVED, REVIEW_PENDING, PairFlag, QAPair, ReviewLog, pk, utcnow
from db.session import session_scope
from db.writes import rows_changed
from distill.errors import DistillError, InputError
from review.queue import AUTO_REVIEWER, free_for

APPROVED, REJECTED, SKIPPED = "approved", "rejected", "skipped"
EDITED, REASON, UNDONE, AUTO_APPROVED = "edited", "reason", "undone", "auto_approved"
DECISIONS = (APPROVED, REJECTED, SKIPPED)
UNDOABLE = (APPROVED, REJECTED, SKIPPED, EDITED)
AUTO_BATCH = 500


class Conflict(DistillError):
    """Another reviewer changed or holds the pair; nothing was written."""


@dataclass(frozen=True)
class StatusChange:
    """What one decision (or undo) did to a pair."""

    pair_id: int
    decision: str
    status_before: str
    status_after: str
    auto_before: bool  # auto-approved before and after: for the progress counts
    auto_after: bool
    log_id: int


@dataclass(frozen=True)
class _Seen:
    """The pair as it is now, read in the deciding transaction."""

    id: int
    status: str
    reviewed_by: str | None
    claimed_by: str | None
    claim_expires: datetime | None
    question: str
    answer: str
    edited_question: str | None
    edited_answer: str | None

    @property
    def text(self) -> tuple[str, str]:
        q = self.edited_question if self.edited_question is not None else self.question
        a = self.edited_answer if self.edited_answer is not None else self.answer
        return q, a


def _is_auto(status: str, reviewed_by: str | None) -> bool:
    return status == REVIEW_APPROVED and reviewed_by == AUTO_REVIEWER


def _read(s: Session, pair_id: int) -> _Seen:
    row = s.execute(select(
        col(QAPair.status), col(QAPair.reviewed_by), col(QAPair.claimed_by), col(QAPair.claim_expires),
        col(QAPair.question), col(QAPair.answer), col(QAPair.edited_question), col(QAPair.edited_answer),
    ).where(col(QAPair.id) == pair_id)).first()
    if row is None:
        raise DistillError(f"pair {pair_id} does not exist")
    return _Seen(pair_id, *row)


def _conflict(s: Session, pair_id: int, reviewer: str, expected_status: str, now: datetime) -> Conflict:
    """Why a conditional update matched nothing, as the reviewer should hear it."""
    now_seen = _read(s, pair_id)
    if now_seen.status != expected_status:
        by = f" by {now_seen.reviewed_by}" if now_seen.reviewed_by else ""
        return Conflict(f"pair {pair_id} was {now_seen.status}{by} meanwhile (you saw it {expected_status}); "
                        "your decision was not saved")
    if now_seen.claimed_by not in (None, reviewer) and now_seen.claim_expires and now_seen.claim_expires >= now:
        until = now_seen.claim_expires.strftime("%H:%M UTC")
        return Conflict(f"pair {pair_id} is held by {now_seen.claimed_by} until {until}; your decision was not saved")
    return Conflict(f"pair {pair_id} was edited by someone else meanwhile; your change was not saved")


def _log(s: Session, pair_id: int, reviewer: str, decision: str, before: str, after: str, now: datetime,
         reason: str | None = None, text_before: tuple[str, str] | None = None,
         text_after: tuple[str, str] | None = None) -> int:
    row = ReviewLog(
        pair_id=pair_id, reviewer=reviewer, decision=decision, reason=reason, status_before=before,
        status_after=after, created_at=now,
        question_before=text_before[0] if text_before else None, answer_before=text_before[1] if text_before else None,
        question_after=text_after[0] if text_after else None, answer_after=text_after[1] if text_after else None,
    )
    s.add(row)
    s.flush()
    assert row.id is not None
    return row.id


def _update(s: Session, pair_id: int, conditions: list[Any], values: dict[str, Any]) -> bool:
    stmt = (update(QAPair).where(col(QAPair.id) == pair_id, *conditions).values(**values)
            .execution_options(synchronize_session=False))
    return rows_changed(s, stmt) == 1


def decide(
    factory: sessionmaker[Session], pair_id: int, reviewer: str, decision: str, reason: str | None = None,
    expected_status: str | None = None, now: datetime | None = None,
) -> StatusChange:
    """Approve, reject or skip the pair, if its status is still `expected_status` (what the
    reviewer saw; None: whatever it is now) and nobody else holds it. Frees our claim."""
    if decision not in DECISIONS:
        raise InputError(None, f"unknown decision {decision!r}: use one of {', '.join(DECISIONS)}")
    now = now or utcnow()
    with session_scope(factory) as s:
        seen = _read(s, pair_id)
        before = expected_status or seen.status
        after = before if decision == SKIPPED else decision
        values: dict[str, Any] = {"claimed_by": None, "claim_expires": None}
        if decision != SKIPPED:
            values.update(status=after, reviewed_by=reviewer, reviewed_at=now)
        if not _update(s, pair_id, [col(QAPair.status) == before, free_for(reviewer, now)], values):
            raise _conflict(s, pair_id, reviewer, before, now)
        log_id = _log(s, pair_id, reviewer, decision, before, after, now, reason, seen.text, seen.text)
    auto_before = _is_auto(seen.status, seen.reviewed_by)
    auto_after = auto_before if decision == SKIPPED else _is_auto(after, reviewer)
    return StatusChange(pair_id, decision, before, after, auto_before, auto_after, log_id)


def edit(
    factory: sessionmaker[Session], pair_id: int, reviewer: str, question: str, answer: str,
    expected_text: tuple[str, str] | None = None, expected_status: str | None = None, now: datetime | None = None,
    reason: str | None = None,
) -> StatusChange | None:
    """Set the reviewer's version of the question and answer (the original columns stay as
    generated); None when the text is what it already was. `expected_text` is the text the
    reviewer started from: if someone changed it meanwhile, Conflict. `reason` goes in the log
    (e.g. which numbers were taken from the source)."""
    question, answer = question.strip(), answer.strip()
    if not question or not answer:
        raise InputError(None, "the question and the answer must not be empty")
    now = now or utcnow()
    with session_scope(factory) as s:
        seen = _read(s, pair_id)
        status = expected_status or seen.status
        if expected_text is not None and expected_text != seen.text:
            raise Conflict(f"pair {pair_id} was edited by someone else meanwhile; your edit was not saved")
        if (question, answer) == seen.text:
            return None
        # The edit is what exports, so its score is stale: `distill score` picks it up again.
        values = {"edited_question": None if question == seen.question else question,
                  "edited_answer": None if answer == seen.answer else answer, "scorer_version": None}
        conditions = [col(QAPair.status) == status, free_for(reviewer, now),
                      col(QAPair.edited_question).is_not_distinct_from(seen.edited_question),
                      col(QAPair.edited_answer).is_not_distinct_from(seen.edited_answer)]
        if not _update(s, pair_id, conditions, values):
            raise _conflict(s, pair_id, reviewer, status, now)
        log_id = _log(s, pair_id, reviewer, EDITED, status, status, now, reason, seen.text, (question, answer))
    auto = _is_auto(seen.status, seen.reviewed_by)
    return StatusChange(pair_id, EDITED, status, status, auto, auto, log_id)


def add_reason(factory: sessionmaker[Session], pair_id: int, reviewer: str, reason: str,
               now: datetime | None = None) -> int:
    """Record why (a log row of its own, next to the decision it explains); returns its id."""
    reason = reason.strip()
    if not reason:
        raise InputError(None, "the reason must not be empty")
    with session_scope(factory) as s:
        seen = _read(s, pair_id)
        return _log(s, pair_id, reviewer, REASON, seen.status, seen.status, now or utcnow(), reason)


def _last_undoable(s: Session, reviewer: str) -> ReviewLog | None:
    """The reviewer's latest decision not yet undone: undo rows cancel decisions newest first."""
    stmt = (select(ReviewLog)
            .where(col(ReviewLog.reviewer) == reviewer, col(ReviewLog.decision).in_((*UNDOABLE, UNDONE)))
            .order_by(col(ReviewLog.id).desc()).execution_options(yield_per=100))
    pending_undos = 0
    for row in s.scalars(stmt):
        if row.decision == UNDONE:
            pending_undos += 1
        elif pending_undos:
            pending_undos -= 1
        else:
            return row
    return None


def _previous_decider(s: Session, target: ReviewLog) -> tuple[str | None, datetime | None]:
    """Who had decided the pair before `target` (to restore reviewed_by/at on undo)."""
    if target.status_before == REVIEW_PENDING:
        return None, None
    row = s.execute(select(col(ReviewLog.reviewer), col(ReviewLog.created_at)).where(
        col(ReviewLog.pair_id) == target.pair_id, col(ReviewLog.id) < target.id,
        col(ReviewLog.decision).in_((APPROVED, REJECTED, AUTO_APPROVED)),
        col(ReviewLog.status_after) == target.status_before,
    ).order_by(col(ReviewLog.id).desc()).limit(1)).first()
    return (row[0], row[1]) if row else (None, None)


def undo_last(factory: sessionmaker[Session], reviewer: str, now: datetime | None = None) -> StatusChange | None:
    """Undo the reviewer's last decision or edit (logged as `undone`); None when there is none.
    Conflict when someone changed the pair since: their decision is not overwritten."""
    now = now or utcnow()
    with session_scope(factory) as s:
        target = _last_undoable(s, reviewer)
        if target is None:
            return None
        seen = _read(s, target.pair_id)
        conditions = [col(QAPair.status) == target.status_after, free_for(reviewer, now)]
        values: dict[str, Any] = {}
        text_after, reviewed_by_after = seen.text, seen.reviewed_by
        if target.decision == SKIPPED:  # nothing to restore: the reviewer only goes back to the pair
            conditions = []
        elif target.decision == EDITED:
            if seen.text != (target.question_after, target.answer_after):
                raise Conflict(f"pair {seen.id} was edited again since your edit; not undone")
            text_after = (target.question_before or seen.question, target.answer_before or seen.answer)
            values = {"edited_question": None if text_after[0] == seen.question else text_after[0],
                      "edited_answer": None if text_after[1] == seen.answer else text_after[1],
                      "scorer_version": None}
            conditions += [col(QAPair.edited_question).is_not_distinct_from(seen.edited_question),
                           col(QAPair.edited_answer).is_not_distinct_from(seen.edited_answer)]
        elif target.decision in (APPROVED, REJECTED):
            reviewed_by_after, at = _previous_decider(s, target)
            values = {"status": target.status_before, "reviewed_by": reviewed_by_after, "reviewed_at": at}
        stale = conditions and seen.status != target.status_after
        if stale or (values and not _update(s, seen.id, conditions, values)):
            raise Conflict(f"pair {seen.id} was changed by {seen.reviewed_by or 'someone else'} since your "
                           f"{target.decision} decision; not undone")
        status_after = values.get("status", seen.status)
        log_id = _log(s, seen.id, reviewer, UNDONE, seen.status, status_after, now,
                      f"undo of review #{target.id} ({target.decision})", seen.text, text_after)
    return StatusChange(seen.id, UNDONE, seen.status, status_after, _is_auto(seen.status, seen.reviewed_by),
                   _is_auto(status_after, reviewed_by_after), log_id)


def auto_approve(
    factory: sessionmaker[Session], min_score: float, no_flags: bool = False, reviewer: str = AUTO_REVIEWER,
    batch_size: int = AUTO_BATCH, now: datetime | None = None, requested_by: str | None = None,
) -> int:
    """Approve every pending pair scored at least `min_score` (and without flags when
    `no_flags`), each logged as `auto_approved`; batches of `batch_size`, each committed.
    `requested_by`, the person who ran it, is named in each log row's reason."""
    now = now or utcnow()
    conditions = [col(QAPair.status) == REVIEW_PENDING, col(QAPair.score) >= min_score, free_for(reviewer, now)]
    if no_flags:
        conditions.append(~exists(select(col(PairFlag.pair_id)).where(col(PairFlag.pair_id) == col(QAPair.id))))
    reason = f"score >= {min_score:g}" + (", no flags" if no_flags else "")
    if requested_by:
        reason += f", run by {requested_by}"
    approved, last_id = 0, 0
    while True:
        with session_scope(factory) as s:
            ids = list(s.scalars(select(pk(QAPair.id)).where(col(QAPair.id) > last_id, *conditions)
                                 .order_by(col(QAPair.id)).limit(batch_size)))
            if not ids:
                return approved
            last_id = ids[-1]
            approved += _approve_batch(s, ids, conditions, reviewer, reason, now)


def _approve_batch(s: Session, ids: list[int], conditions: list[Any], reviewer: str, reason: str,
                   now: datetime) -> int:
    """Approve the ids still matching `conditions`; log exactly those that changed."""
    s.execute(update(QAPair).where(col(QAPair.id).in_(ids), *conditions)
              .values(status=REVIEW_APPROVED, reviewed_by=reviewer, reviewed_at=now, claimed_by=None, claim_expires=None)
              .execution_options(synchronize_session=False))
    # Read back in the same transaction rather than UPDATE ... RETURNING, which SQLite has only
    # since 3.35: the pairs this batch approved are those stamped with its reviewer and time.
    rows = s.execute(select(col(QAPair.id), col(QAPair.question), col(QAPair.answer), col(QAPair.edited_question),
                            col(QAPair.edited_answer))
                     .where(col(QAPair.id).in_(ids), col(QAPair.reviewed_by) == reviewer,
                            col(QAPair.reviewed_at) == now, col(QAPair.status) == REVIEW_APPROVED)).all()
    logs = []
    for pid, q, a, eq, ea in rows:
        text = (eq if eq is not None else q, ea if ea is not None else a)
        logs.append({"pair_id": pid, "reviewer": reviewer, "decision": AUTO_APPROVED, "reason": reason,
                     "status_before": REVIEW_PENDING, "status_after": REVIEW_APPROVED, "created_at": now,
                     "question_before": text[0], "answer_before": text[1],
                     "question_after": text[0], "answer_after": text[1]})
    if logs:
        s.execute(insert(ReviewLog), logs)
    return len(rows)
