"""Review decisions on a real SQLite database: one transaction each, an append-only log,
conflicts between reviewers refused, undo, auto-approval and its command line."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker
from typer.testing import CliRunner

from db import open_database, session_scope
from db.models import Chunk, Document, PairFlag, QAPair, ReviewLog, Run, content_hash, utcnow
from distill.cli import app
from distill.errors import DistillError, InputError
from review.decisions import Conflict, add_reason, auto_approve, decide, edit, undo_last
from review.queue import claim

Factory = sessionmaker[Session]


def add_pairs(factory: Factory, rows: list[dict[str, Any]]) -> list[int]:
    """One document and chunk, and the pairs of `rows` (keys: score, status, flags)."""
    with session_scope(factory) as s:
        run = Run(signature="t", provider="offline", model="t", chunk_size=200, chunk_overlap=0)
        doc = Document(sha256="0" * 64, path="/d/a.pdf", name="a.pdf", extractor="t", page_count=1, char_count=9,
                       text="住宿费每晚不超过500元。")
        s.add_all([run, doc])
        s.flush()
        chunk = Chunk(document_id=doc.id, chunk_size=200, chunk_overlap=0, index=0, char_start=0, char_end=12,
                      page_start=1, page_end=1, text="住宿费每晚不超过500元。")
        s.add(chunk)
        s.flush()
        ids = []
        for i, row in enumerate(rows):
            q, a = f"住宿费上限{i}？", f"每晚不超过500元（{i}）。"
            pair = QAPair(question=q, answer=a, document_id=doc.id, chunk_id=chunk.id, run_id=run.id,
                          provider="offline", model="t", content_hash=content_hash(q, a), score=row.get("score"),
                          status=row.get("status", "pending"))
            s.add(pair)
            s.flush()
            s.add_all([PairFlag(pair_id=pair.id, flag=f, points=10) for f in row.get("flags", ())])
            ids.append(pair.id)
    return ids


def pair(factory: Factory, pair_id: int) -> QAPair:
    with session_scope(factory) as s:
        return s.get_one(QAPair, pair_id)


def log(factory: Factory) -> list[ReviewLog]:
    with session_scope(factory) as s:
        return list(s.scalars(select(ReviewLog).order_by(ReviewLog.id)))


@pytest.fixture
def factory(db_url: str) -> Factory:
    return open_database(db_url)


def test_approve_and_reject_update_the_pair_and_append_to_the_log(factory: Factory) -> None:
    ids = add_pairs(factory, [{}, {}])
    assert claim(factory, ids[0], "ann")
    first = decide(factory, ids[0], "ann", "approved", expected_status="pending")
    assert (first.status_before, first.status_after) == ("pending", "approved")
    p = pair(factory, ids[0])
    assert (p.status, p.reviewed_by, p.claimed_by) == ("approved", "ann", None)  # the claim is let go
    assert p.reviewed_at is not None
    decide(factory, ids[1], "ann", "rejected", reason="number not in the source")
    assert pair(factory, ids[1]).status == "rejected"
    rows = log(factory)
    assert [(r.pair_id, r.reviewer, r.decision, r.status_before, r.status_after) for r in rows] == [
        (ids[0], "ann", "approved", "pending", "approved"), (ids[1], "ann", "rejected", "pending", "rejected")]
    assert rows[1].reason == "number not in the source"
    assert rows[0].question_before == rows[0].question_after == p.question


def test_skip_logs_without_deciding(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    outcome = decide(factory, ids[0], "ann", "skipped")
    assert outcome.status_after == "pending" and pair(factory, ids[0]).status == "pending"
    assert [r.decision for r in log(factory)] == ["skipped"]


def test_a_decision_raced_by_another_reviewer_is_refused_not_overwritten(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    seen = pair(factory, ids[0]).status  # ann reads the pair ...
    decide(factory, ids[0], "bob", "approved")  # ... bob decides first
    with pytest.raises(Conflict, match=r"was approved by bob meanwhile.*not saved"):
        decide(factory, ids[0], "ann", "rejected", expected_status=seen)
    p = pair(factory, ids[0])
    assert (p.status, p.reviewed_by) == ("approved", "bob")
    assert [r.reviewer for r in log(factory)] == ["bob"]


def test_a_pair_held_by_another_reviewer_cannot_be_decided_until_the_claim_expires(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    now = utcnow()
    assert claim(factory, ids[0], "ann", now=now)
    with pytest.raises(Conflict, match="held by ann"):
        decide(factory, ids[0], "bob", "approved", now=now)
    assert pair(factory, ids[0]).status == "pending" and log(factory) == []
    decide(factory, ids[0], "bob", "approved", now=now + timedelta(minutes=20))
    assert pair(factory, ids[0]).reviewed_by == "bob"


def test_a_missing_pair_or_decision_is_an_error(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    with pytest.raises(DistillError, match="pair 99 does not exist"):
        decide(factory, 99, "ann", "approved")
    with pytest.raises(InputError, match="unknown decision"):
        decide(factory, ids[0], "ann", "maybe")


def test_edit_keeps_the_original_and_logs_before_and_after(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    original = pair(factory, ids[0])
    outcome = edit(factory, ids[0], "ann", original.question, "每晚不超过500元。  ",
                   expected_text=(original.question, original.answer))
    assert outcome is not None
    p = pair(factory, ids[0])
    assert (p.question, p.answer) == (original.question, original.answer)
    assert p.edited_question is None and p.edited_answer == "每晚不超过500元。"
    row = log(factory)[-1]
    assert (row.decision, row.answer_before, row.answer_after) == ("edited", original.answer, "每晚不超过500元。")
    assert edit(factory, ids[0], "ann", original.question, "每晚不超过500元。") is None  # no change, no log row
    assert len(log(factory)) == 1
    with pytest.raises(Conflict, match="edited by someone else"):  # ann edits from the text before her edit
        edit(factory, ids[0], "bob", "Q", "A", expected_text=(original.question, original.answer))
    with pytest.raises(InputError, match="must not be empty"):
        edit(factory, ids[0], "ann", " ", "A")
    edit(factory, ids[0], "ann", original.question, original.answer)  # back to the original: no edit stored
    assert pair(factory, ids[0]).edited_answer is None


def test_reasons_are_log_rows_of_their_own(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    decide(factory, ids[0], "ann", "rejected")
    add_reason(factory, ids[0], "ann", "  answer incomplete ")
    rows = log(factory)
    assert [(r.decision, r.reason, r.status_after) for r in rows] == [
        ("rejected", None, "rejected"), ("reason", "answer incomplete", "rejected")]
    with pytest.raises(InputError):
        add_reason(factory, ids[0], "ann", "")


def test_undo_walks_back_the_reviewers_decisions_newest_first(factory: Factory) -> None:
    ids = add_pairs(factory, [{}, {}])
    decide(factory, ids[0], "ann", "approved")
    original = pair(factory, ids[1])
    edit(factory, ids[1], "ann", "新问题？", original.answer)
    decide(factory, ids[1], "ann", "rejected")
    decide(factory, ids[0], "bob", "skipped")  # bob's: never undone by ann
    undone = undo_last(factory, "ann")
    assert undone is not None and (undone.pair_id, undone.status_after) == (ids[1], "pending")
    assert pair(factory, ids[1]).edited_question == "新问题？"  # the rejection only
    assert undo_last(factory, "ann").pair_id == ids[1]  # type: ignore[union-attr]
    assert pair(factory, ids[1]).edited_question is None
    assert undo_last(factory, "ann").pair_id == ids[0]  # type: ignore[union-attr]
    p = pair(factory, ids[0])
    assert (p.status, p.reviewed_by, p.reviewed_at) == ("pending", None, None)
    assert undo_last(factory, "ann") is None
    decisions = [r.decision for r in log(factory)]  # append-only: every row is still there
    assert decisions == ["approved", "edited", "rejected", "skipped", "undone", "undone", "undone"]


def test_undo_restores_the_previous_decider(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    decide(factory, ids[0], "bob", "approved")
    decide(factory, ids[0], "ann", "rejected")
    undo_last(factory, "ann")
    p = pair(factory, ids[0])
    assert (p.status, p.reviewed_by) == ("approved", "bob")


def test_undo_does_not_overwrite_a_later_decision_by_someone_else(factory: Factory) -> None:
    ids = add_pairs(factory, [{}])
    decide(factory, ids[0], "ann", "approved")
    decide(factory, ids[0], "bob", "rejected")
    with pytest.raises(Conflict, match="changed by bob.*not undone"):
        undo_last(factory, "ann")
    assert pair(factory, ids[0]).status == "rejected"
    assert [r.decision for r in log(factory)] == ["approved", "rejected"]


def test_auto_approve_by_score_with_and_without_flags(factory: Factory) -> None:
    ids = add_pairs(factory, [
        {"score": 95}, {"score": 80, "flags": ["reformatted_number"]}, {"score": 79.9}, {"score": None},
        {"score": 99, "status": "rejected"}, {"score": 90},
    ])
    assert claim(factory, ids[5], "ann")  # a human is on it: left alone
    assert auto_approve(factory, 80, no_flags=True, batch_size=1) == 1
    assert pair(factory, ids[0]).status == "approved" and pair(factory, ids[1]).status == "pending"
    assert auto_approve(factory, 80, batch_size=2) == 1  # now the flagged one too
    statuses = [pair(factory, i).status for i in ids]
    assert statuses == ["approved", "approved", "pending", "pending", "rejected", "pending"]
    rows = log(factory)
    assert [(r.pair_id, r.reviewer, r.decision) for r in rows] == [
        (ids[0], "auto", "auto_approved"), (ids[1], "auto", "auto_approved")]
    assert rows[0].reason == "score >= 80, no flags" and rows[1].reason == "score >= 80"
    assert pair(factory, ids[0]).reviewed_by == "auto"


def test_auto_approve_from_the_command_line(db_url: str) -> None:
    factory = open_database(db_url)
    add_pairs(factory, [{"score": 90}, {"score": 90, "flags": ["refusal"]}, {"score": 10}])
    result = CliRunner().invoke(app, ["review", "--db", db_url, "--auto-approve", "--min-score", "85",
                                        "--no-flags", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == {"approved": 1, "min_score": 85.0, "no_flags": True, "reviewer": "auto"}
    with session_scope(factory) as s:
        assert s.scalar(select(func.count()).select_from(QAPair).where(QAPair.status == "approved")) == 1
        s.execute(update(QAPair).values(score=None))
    result = CliRunner().invoke(app, ["review", "--db", db_url, "--auto-approve", "--min-score", "85"])
    assert result.exit_code == 0 and "auto-approved 0" in result.stdout
    assert "run `distill score` first" in result.stderr


def test_command_defaults_mirror_the_library() -> None:
    from distill.cli import review as cli_review
    from review import queue

    assert (cli_review.DEFAULT_THRESHOLD, cli_review.DEFAULT_SAMPLE) == (queue.DEFAULT_THRESHOLD, queue.DEFAULT_SAMPLE)


@pytest.mark.parametrize("args, message", [
    (["--auto-approve"], "needs --min-score"),
    (["--no-flags"], "only goes with --auto-approve"),
    (["--queue", "someday"], "unknown queue"),
    ([], "needs a terminal"),
])
def test_review_command_refuses_bad_flags_with_exit_2(db_url: str, args: list[str], message: str) -> None:
    open_database(db_url)  # review reads an existing database (a missing one is exit 2 too)
    result = CliRunner().invoke(app, ["review", "--db", db_url, *args])
    assert result.exit_code == 2 and message in result.stderr


def test_auto_approval_names_who_ran_it_in_the_log(factory: Factory) -> None:
    add_pairs(factory, [{"score": 95.0}])
    assert auto_approve(factory, 90, requested_by="ann") == 1
    (row,) = log(factory)
    assert (row.reviewer, row.decision, row.reason) == ("auto", "auto_approved", "score >= 90, run by ann")
