"""Scoring a real database made by the offline generator: scores, flags, rescoring, near-duplicates."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event, select, update
from typer.testing import CliRunner

from db import open_database, session_scope
from db.models import Chunk, PairBand, PairEvidence, PairFlag, PairNumber, PairSignature, QAPair, content_hash
from distill.cli import app
from distill.generate.select import OfflineGenerator
from distill.runner import RunOptions, run
from distill.scoring import SCORER_VERSION, score_database
from distill.scoring.database import mark_near_duplicates
from distill.scoring.dedup import DEFAULT_THRESHOLD, band_keys, signature, text_hash
from review.decisions import auto_approve, edit

# Articles one and two say the same thing in nearly the same words: their pairs are near-duplicates.
POLICY = """第一条　员工出差期间的住宿费每晚不超过300元，凭住宿发票据实报销。

第二条　员工出差期间的住宿费每晚不超过300元，须凭住宿发票据实报销。

第三条　单笔报销金额超过5000元的，须经部门负责人审批。

第四条　员工应当在费用发生之日起30日内提交报销申请。

第五条　审批人不得审批本人发生的费用。

第六条　单价在30000元以上的图书资料，须附采购合同。
"""


@pytest.fixture
def factory(tmp_path: Path, db_url: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    factory = open_database(db_url)
    assert run(factory, [path], OfflineGenerator(), RunOptions(score=False)).pairs_added >= 6
    return factory


def pairs(factory) -> dict[str, QAPair]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        return {p.answer: p for p in s.scalars(select(QAPair).order_by(QAPair.id))}


def flags(factory) -> dict[tuple[int, str], PairFlag]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        return {(f.pair_id, f.flag): f for f in s.scalars(select(PairFlag))}


def set_answer(factory, pair_id: int, answer: str) -> None:  # type: ignore[no-untyped-def]
    """What a worse generator would have written (the stored text itself, as an LLM's reply)."""
    with session_scope(factory) as s:
        s.execute(update(QAPair).where(QAPair.id == pair_id).values(answer=answer))


def by_start(factory, start: str) -> QAPair:  # type: ignore[no-untyped-def]
    return next(p for a, p in pairs(factory).items() if a.startswith(start))


def test_scores_parts_version_and_time_are_stored(factory) -> None:  # type: ignore[no-untyped-def]
    summary = score_database(factory)
    stored = pairs(factory)
    assert summary.scored == summary.pairs == len(stored)
    for p in stored.values():
        parts = [p.score_number, p.score_completeness, p.score_clarity, p.score_consistency, p.score_format]
        assert p.score == pytest.approx(sum(parts)) and p.scorer_version == SCORER_VERSION and p.scored_at
    assert summary.mean_score is not None and summary.mean_score > 90


def test_flags_are_stored_and_replaced_on_rescore(factory) -> None:  # type: ignore[no-untyped-def]
    target = by_start(factory, "单价在30000元")
    set_answer(factory, target.id, "单价在3万元以上的图书资料，须附采购合同。")
    score_database(factory)
    flag = flags(factory)[(target.id, "number_format_changed")]
    assert flag.points == 15 and "3万元" in flag.detail and "30000元" in flag.detail
    assert pairs(factory)["单价在3万元以上的图书资料，须附采购合同。"].score == 85

    again = score_database(factory)
    assert again.scored == 0 and not again.deduplicated  # nothing new: nothing done

    set_answer(factory, target.id, "单价在30000元以上的图书资料，须附采购合同。")
    assert score_database(factory).scored == 0  # the text changed but no rescore was asked
    rescored = score_database(factory, rescore=True)
    assert rescored.scored == rescored.pairs
    assert (target.id, "number_format_changed") not in flags(factory)
    assert pairs(factory)["单价在30000元以上的图书资料，须附采购合同。"].score == 100


def test_switching_to_lenient_rescores_everything(factory) -> None:  # type: ignore[no-untyped-def]
    target = by_start(factory, "单价在30000元")
    set_answer(factory, target.id, "单价在3万元以上的图书资料，须附采购合同。")
    score_database(factory)
    lenient = score_database(factory, strict=False)
    assert lenient.scored == lenient.pairs and lenient.version == f"{SCORER_VERSION}+lenient"
    assert "number_format_changed" not in lenient.flags


def test_near_duplicates_point_at_the_better_pair_kept(factory) -> None:  # type: ignore[no-untyped-def]
    summary = score_database(factory)
    first = by_start(factory, "员工出差期间的住宿费每晚不超过300元，凭")
    second = by_start(factory, "员工出差期间的住宿费每晚不超过300元，须凭")
    assert summary.duplicates == 1 and summary.flags["duplicate"] == 1
    assert second.duplicate_of == first.id and first.duplicate_of is None  # equal scores: the lower id is kept
    flag = flags(factory)[(second.id, "duplicate")]
    assert f"pair {first.id}" in flag.detail and flag.points == 0

    # The kept pair turns out worse: now the other one is kept and the pointer turns round.
    set_answer(factory, first.id, "员工出差期间的住宿费每晚不超过300元，凭住宿发票据实报销")  # no full stop
    score_database(factory, rescore=True)
    first, second = by_start(factory, "员工出差期间的住宿费每晚不超过300元，凭"), by_start(factory, "员工出差期间的住宿费每晚不超过300元，须凭")
    assert first.score is not None and second.score is not None and first.score < second.score
    assert first.duplicate_of == second.id and second.duplicate_of is None
    assert (first.id, "duplicate") in flags(factory) and (second.id, "duplicate") not in flags(factory)


def test_the_command_scores_the_database(factory, db_url: str) -> None:  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(app, ["score", "--db", db_url, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["scored"] == data["pairs"] >= 6 and data["duplicates"] == 1
    assert set(data) >= {"scored", "flagged", "mean_score", "duplicates", "scorer_version"}
    table = CliRunner().invoke(app, ["score", "--db", db_url], catch_exceptions=False)
    assert table.exit_code == 0 and "scored" in table.stdout and "near-duplicates" in table.stdout


def evidence_of(factory, pair_id: int) -> tuple[list[PairEvidence], list[PairNumber], str]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        ev = list(s.scalars(select(PairEvidence).where(PairEvidence.pair_id == pair_id).order_by(PairEvidence.position)))
        nums = list(s.scalars(select(PairNumber).where(PairNumber.pair_id == pair_id).order_by(PairNumber.position)))
        chunk = s.scalar(select(Chunk.text).join(QAPair, QAPair.chunk_id == Chunk.id).where(QAPair.id == pair_id))
        return ev, nums, str(chunk)


def test_grounding_is_stored_with_the_score_and_redone_after_an_edit(factory) -> None:  # type: ignore[no-untyped-def]
    score_database(factory)
    target = by_start(factory, "单笔报销金额超过5000元")
    assert (target.numbers_total, target.numbers_grounded) == (1, 1)
    ev, nums, chunk = evidence_of(factory, target.id)
    # The offline generator quoted its sentence: the first span is that quote, found in the chunk.
    assert ev[0].origin == "quote" and chunk[ev[0].start:ev[0].end] == "第三条　单笔报销金额超过5000元的，须经部门负责人审批。"
    assert [(n.surface, n.status, chunk[n.source_start:n.source_end]) for n in nums] == [("5000元", "grounded", "5000元")]

    # A reviewer's edit puts another figure of the source in: the score is reset, and rescoring
    # redoes the evidence and the number checks, in the same transaction as the score.
    edit(factory, target.id, "alice", target.question, "单笔报销金额超过300元的，须经部门负责人审批。")
    score_database(factory)
    edited = by_start(factory, "单笔报销金额超过5000元")
    assert (edited.numbers_total, edited.numbers_grounded) == (1, 0)
    _, nums, chunk = evidence_of(factory, target.id)
    assert nums[0].surface == "300元" and nums[0].status == "misattributed"
    assert chunk[nums[0].source_start:nums[0].source_end] == "5000元"
    assert (target.id, "misattributed_number") in flags(factory)
    # ... and, like any error flag, it keeps the pair out of `review --auto-approve --no-flags`.
    auto_approve(factory, min_score=0, no_flags=True)
    assert by_start(factory, "单笔报销金额超过5000元").status == "pending"
    assert by_start(factory, "员工应当在费用发生之日起30日内").status == "approved"


def add_pair(factory, like: QAPair, question: str, answer: str) -> int:  # type: ignore[no-untyped-def]
    """A pair a later run adds to the same chunk."""
    with session_scope(factory) as s:
        pair = QAPair(question=question, answer=answer, document_id=like.document_id, chunk_id=like.chunk_id,
                      run_id=like.run_id, provider="offline", model="offline", content_hash=content_hash(question, answer))
        s.add(pair)
        s.flush()
        return int(pair.id)  # type: ignore[arg-type]


def duplicate_state(factory) -> tuple[dict[int, int | None], set[tuple[int, str]]]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        pointers = dict(s.execute(select(QAPair.id, QAPair.duplicate_of)).all())
        flagged = {(f.pair_id, f.detail) for f in s.scalars(select(PairFlag).where(PairFlag.flag == "duplicate"))}
        return pointers, flagged


def test_incremental_near_duplicates_equal_the_full_pass(factory) -> None:  # type: ignore[no-untyped-def]
    first = by_start(factory, "员工出差期间的住宿费每晚不超过300元，凭")
    set_answer(factory, first.id, "员工出差期间的住宿费每晚不超过300元，凭住宿发票据实报销")  # no full stop: 98
    score_database(factory)
    second = by_start(factory, "员工出差期间的住宿费每晚不超过300元，须凭")
    assert second.duplicate_of is None and by_start(factory, "员工出差期间的住宿费每晚不超过300元，凭").duplicate_of == second.id

    # A later run adds a better near-duplicate of both (it will be the one kept, the others
    # pointing at it), and a pair like nothing else.
    better = add_pair(factory, second, second.question, "员工出差期间的住宿费每晚不超过300元，须凭住宿发票据实报销，不得超标。")
    other = add_pair(factory, second, "员工丢失发票怎么办？", "员工丢失发票的，须提交书面说明并经部门负责人签字。")
    summary = score_database(factory)
    assert summary.scored == 2 and summary.deduplicated
    incremental = duplicate_state(factory)

    mark_near_duplicates(factory)  # the full pass over every pair, on the same data
    assert duplicate_state(factory) == incremental
    pointers, _ = incremental
    assert pointers[other] is None
    assert better in (pointers[second.id], pointers[first.id]) or pointers[better] == second.id


def test_incremental_pass_keeps_signatures_current_after_an_edit(factory) -> None:  # type: ignore[no-untyped-def]
    score_database(factory)
    first = by_start(factory, "员工出差期间的住宿费每晚不超过300元，凭")
    second = by_start(factory, "员工出差期间的住宿费每晚不超过300元，须凭")
    assert second.duplicate_of == first.id
    # The kept pair is edited into something else: its twin is no longer a near-duplicate.
    edit(factory, first.id, "alice", "员工报销有什么时限？", "员工应当在费用发生后及时报销，最迟不超过一个月。")
    score_database(factory)
    incremental = duplicate_state(factory)
    assert incremental[0][second.id] is None
    mark_near_duplicates(factory)
    assert duplicate_state(factory) == incremental


def test_another_threshold_redoes_every_verdict(factory) -> None:  # type: ignore[no-untyped-def]
    score_database(factory)
    second = by_start(factory, "员工出差期间的住宿费每晚不超过300元，须凭")
    assert second.duplicate_of is not None
    add_pair(factory, second, "员工丢失发票怎么办？", "员工丢失发票的，须提交书面说明并经部门负责人签字。")
    score_database(factory, dedup_threshold=0.99)  # the twins are less alike than that
    assert by_start(factory, "员工出差期间的住宿费每晚不超过300元，须凭").duplicate_of is None


def test_only_scores_the_named_pairs_and_leaves_the_rest_waiting(factory) -> None:  # type: ignore[no-untyped-def]
    waiting = list(pairs(factory).values())
    first = waiting[0].id
    summary = score_database(factory, only=[first])
    assert summary.scored == 1
    scored = {p.id: p.score for p in pairs(factory).values()}
    assert scored[first] is not None
    assert all(score is None for pair_id, score in scored.items() if pair_id != first)


def kept_signatures(factory) -> dict[int, tuple[str, list[int]]]:  # type: ignore[no-untyped-def]
    with session_scope(factory) as s:
        keys: dict[int, list[int]] = {}
        for key, pair_id in s.execute(select(PairBand.key, PairBand.pair_id).order_by(PairBand.key)):
            keys.setdefault(pair_id, []).append(key)
        return {pair_id: (digest, keys.get(pair_id, [])) for pair_id, digest in
                s.execute(select(PairSignature.pair_id, PairSignature.text_hash))}


@contextmanager
def inserted_rows(factory, table: str) -> Iterator[list[int]]:  # type: ignore[no-untyped-def]
    """The row counts of the INSERTs into `table` that reach the database meanwhile."""
    engine = factory.kw["bind"]
    counts: list[int] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()}"):
            counts.append(len(parameters) if executemany else 1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield counts
    finally:
        event.remove(engine, "before_cursor_execute", count)


def fresh_signatures(factory) -> dict[int, tuple[str, list[int]]]:  # type: ignore[no-untyped-def]
    """What every pair's kept signature should be: made from its shown text now."""
    out = {}
    for p in pairs(factory).values():
        question, answer = p.edited_question or p.question, p.edited_answer or p.answer
        sig, _ = signature(question, answer)
        out[p.id] = (text_hash(question, answer, DEFAULT_THRESHOLD), sorted(band_keys(sig, DEFAULT_THRESHOLD)))
    return out


def test_the_full_pass_rewrites_the_signatures_of_edited_pairs_only_as_needed(factory) -> None:  # type: ignore[no-untyped-def]
    mark_near_duplicates(factory)
    assert kept_signatures(factory) == fresh_signatures(factory)
    first = by_start(factory, "员工出差期间的住宿费每晚不超过300元，凭")
    edit(factory, first.id, "alice", "员工报销有什么时限？", "员工应当在费用发生后及时报销，最迟不超过一个月。")
    before = kept_signatures(factory)
    with inserted_rows(factory, "pair_signatures") as written:
        mark_near_duplicates(factory)
    assert written == [1], "only the edited pair's signature is written again"
    after = kept_signatures(factory)
    assert after == fresh_signatures(factory)
    assert after[first.id] != before[first.id]
    assert {i: v for i, v in after.items() if i != first.id} == {i: v for i, v in before.items() if i != first.id}
