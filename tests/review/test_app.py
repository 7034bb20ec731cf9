"""The review app driven by key presses (Textual's run_test and Pilot) on a real database made by
an offline run over a small Chinese policy, with scores and flags written in directly."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker
from textual.widgets import OptionList, Static, TextArea

from db import open_database, session_scope
from db.models import Chunk, PairFlag, QAPair, ReviewLog, utcnow
from distill.generate.select import OfflineGenerator
from distill.runner import RunOptions, run
from review.app import ReviewApp, make_app
from review.decisions import decide
from review.queue import QueueSpec
from review.screens.edit import EditScreen
from review.screens.filter import FilterScreen
from review.screens.help import HelpScreen
from review.screens.review import ReviewScreen
from review.widgets.pair_text import best_sentence, number_verdicts

Factory = sessionmaker[Session]
SIZE = (110, 32)
POLICY = "".join(
    f"第{i}条 单笔报销金额超过{i * 500}元的，须经部门负责人审批。员工出差住宿费每晚不超过{300 + i}元。\n\n"
    for i in range(1, 9)
)


@pytest.fixture
def generated(tmp_path: Path, db_url: str) -> Factory:
    """Pairs from an offline run, none scored yet."""
    path = tmp_path / "policy.txt"
    path.write_text(POLICY, encoding="utf-8")
    factory = open_database(db_url)
    assert run(factory, [path], OfflineGenerator(), RunOptions(chunk_size=300, chunk_overlap=0)).pairs_added >= 10
    return factory


@pytest.fixture
def factory(generated: Factory) -> Factory:
    """Every pair scored 90; three of them flagged or scored low: the flagged queue."""
    with session_scope(generated) as s:
        s.execute(update(QAPair).values(score=90.0))
        s.execute(update(QAPair).where(QAPair.id == 1).values(score=30.0))
        s.execute(update(QAPair).where(QAPair.id == 2).values(score=50.0))
        s.add(PairFlag(pair_id=1, flag="hallucinated_number", points=40, detail="9999元 not in the source"))
        s.add(PairFlag(pair_id=3, flag="refusal", points=50, detail="says it cannot answer"))
    return generated


def app_for(factory: Factory, reviewer: str = "ann", **spec: object) -> ReviewApp:
    return make_app(factory, QueueSpec(reviewer=reviewer, **spec))  # type: ignore[arg-type]


def review_screen(app: ReviewApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen)
    return app.screen


def shown(app: ReviewApp, widget_id: str) -> str:
    content = review_screen(app).query_one(f"#{widget_id}", Static).content
    return content.plain if isinstance(content, Text) else str(content)


def status(factory: Factory, pair_id: int) -> QAPair:
    with session_scope(factory) as s:
        return s.get_one(QAPair, pair_id)


def log_rows(factory: Factory) -> list[tuple[int, str, str]]:
    with session_scope(factory) as s:
        return [(r.pair_id, r.reviewer, r.decision) for r in s.scalars(select(ReviewLog).order_by(ReviewLog.id))]


async def test_approve_and_reject_commit_and_move_on(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        assert screen.view is not None and screen.view.id == 1  # lowest score first
        assert "1/3" in shown(app, "status") and "hallucinated_number" in shown(app, "score")
        await pilot.press("a")
        assert status(factory, 1).status == "approved" and screen.view.id == 2
        await pilot.press("r")
        assert status(factory, 2).status == "rejected" and screen.view.id == 3
        assert "reviewed 2/3" in shown(app, "status")
        await pilot.press("q")
    assert app.return_value == {"approved": 1, "rejected": 1}
    assert log_rows(factory) == [(1, "ann", "approved"), (2, "ann", "rejected")]
    assert status(factory, 3).claimed_by is None  # quitting lets go of the pair


async def test_undo_restores_the_last_decision_and_goes_back_to_it(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "r", "u")
        screen = review_screen(app)
        assert screen.view is not None and screen.view.id == 2 and screen.view.status == "pending"
        assert status(factory, 2).status == "pending" and status(factory, 1).status == "approved"
        assert "reviewed 1/3" in shown(app, "status")
    assert [d for _, _, d in log_rows(factory)] == ["approved", "rejected", "undone"]
    assert app.errors == []


async def test_edit_in_place_keeps_the_original(factory: Factory) -> None:
    original = status(factory, 1)
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        assert isinstance(app.screen, EditScreen)
        app.screen.query_one("#answer", TextArea).text = "超过500元的报销须经部门负责人审批。"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, ReviewScreen)
        assert shown(app, "answer") == "超过500元的报销须经部门负责人审批。"
        assert original.answer in shown(app, "original")
        await pilot.press("e", "escape")  # cancelled: nothing written
        assert isinstance(app.screen, ReviewScreen)
    edited = status(factory, 1)
    assert edited.edited_answer == "超过500元的报销须经部门负责人审批。" and edited.edited_question is None
    assert (edited.question, edited.answer) == (original.question, original.answer)
    assert log_rows(factory) == [(1, "ann", "edited")]


async def test_reason_and_skip(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r", "c")  # pair 1 rejected; the reason is for pair 2, now on screen
        await pilot.press(*"number wrong", "enter")
        await pilot.press("s")
        assert review_screen(app).view.id == 3  # type: ignore[union-attr]
    with session_scope(factory) as s:
        reasons = list(s.execute(select(ReviewLog.pair_id, ReviewLog.decision, ReviewLog.reason)
                                 .order_by(ReviewLog.id)).all())
    assert reasons == [(1, "rejected", None), (2, "reason", "number wrong"), (2, "skipped", None)]
    assert status(factory, 2).status == "pending"


async def test_next_and_previous_with_letters_and_arrows(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        await pilot.press("n")
        assert screen.view.id == 2  # type: ignore[union-attr]
        await pilot.press("right")
        assert screen.view.id == 3 and "3/3" in shown(app, "status")  # type: ignore[union-attr]
        await pilot.press("n")  # past the end: the end of the queue
        assert screen.view is None and "End of the queue" in shown(app, "empty")
        await pilot.press("left", "p", "p")
        assert screen.view.id == 1  # type: ignore[union-attr]
        await pilot.press("p")  # already first: stays
        assert screen.view.id == 1  # type: ignore[union-attr]
    with session_scope(factory) as s:  # only the pair on screen was ever held, and it was let go
        assert s.scalar(select(QAPair.id).where(QAPair.claimed_by.is_not(None))) is None


async def test_filter_by_flag_and_clear_it(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f")
        assert isinstance(app.screen, FilterScreen), app.errors
        options = app.screen.query_one(OptionList)
        assert options.option_count == 3  # clear, hallucinated_number, refusal
        await pilot.press("down", "down", "enter")
        screen = review_screen(app)
        assert screen.spec.flag == "refusal" and screen.view.id == 3 and screen.total == 1  # type: ignore[union-attr]
        await pilot.press("f", "up", "up", "enter")
        assert screen.spec.flag is None and screen.total == 3


async def test_search_finds_questions_and_answers(factory: Factory) -> None:
    app = app_for(factory, kind="all")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *"住宿费", "enter")
        screen = review_screen(app)
        with session_scope(factory) as s:
            expected = [i for i, q, a in s.execute(select(QAPair.id, QAPair.question, QAPair.answer)
                                                   .order_by(QAPair.id)) if "住宿费" in q + a]
        assert screen.spec.search == "住宿费" and screen.total == len(expected) > 0
        seen = []
        while screen.view is not None:
            seen.append(screen.view.id)
            await pilot.press("n")
        assert seen == expected


async def test_an_empty_queue_says_so_and_quits(generated: Factory) -> None:
    app = app_for(generated)  # flagged, but nothing is scored yet
    async with app.run_test(size=SIZE) as pilot:
        screen = review_screen(app)
        assert screen.view is None
        message = shown(app, "empty")
        assert "Nothing to review" in message and "run `distill score` first" in message
        await pilot.press("a", "e", "u")
        assert isinstance(app.screen, ReviewScreen) and app.errors == []
        await pilot.press("q")
    assert app.return_value == {} and log_rows(generated) == []


async def test_a_very_long_chunk_renders_and_scrolls_to_the_supporting_sentence(factory: Factory) -> None:
    answer = status(factory, 1).answer
    filler = "本条为测试用的很长的补充说明文字，没有数字。" * 2400  # ~50k characters
    with session_scope(factory) as s:
        chunk_id = s.get_one(QAPair, 1).chunk_id
        s.execute(update(Chunk).where(Chunk.id == chunk_id).values(text=filler + answer))
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert len(shown(app, "chunk")) > 50_000
        assert review_screen(app).query_one("#source").scroll_y > 100
        await pilot.press("a")
    assert app.errors == [] and status(factory, 1).status == "approved"


async def test_two_reviewers_never_get_the_same_pair(factory: Factory) -> None:
    ann, bob = app_for(factory, "ann"), app_for(factory, "bob")
    async with ann.run_test(size=SIZE) as ann_pilot:
        assert review_screen(ann).view.id == 1  # type: ignore[union-attr]
        async with bob.run_test(size=SIZE) as bob_pilot:
            # ann holds 1, so bob gets 2
            assert review_screen(bob).view.id == 2  # type: ignore[union-attr]
            await ann_pilot.press("n")  # ann read 2 in her first page, but bob holds it now
            assert review_screen(ann).view.id == 3  # type: ignore[union-attr]
            await bob_pilot.press("a")  # bob's next would be 3: ann holds it
            assert review_screen(bob).view is None
    assert status(factory, 1).status == "pending" and status(factory, 2).reviewed_by == "bob"


async def test_a_decision_raced_by_another_reviewer_is_shown_not_overwritten(factory: Factory) -> None:
    app = app_for(factory, "ann")
    async with app.run_test(size=SIZE) as pilot:
        assert review_screen(app).view.id == 1  # type: ignore[union-attr]
        with session_scope(factory) as s:  # ann's hold lapses (she went for coffee) and bob approves
            s.execute(update(QAPair).where(QAPair.id == 1).values(claim_expires=utcnow().replace(year=2000)))
        decide(factory, 1, "bob", "approved")
        await pilot.press("r")
        assert len(app.errors) == 1 and "approved by bob" in app.errors[0]
        screen = review_screen(app)
        assert screen.view.id == 1 and screen.view.status == "approved"  # type: ignore[union-attr]
    assert status(factory, 1).status == "approved" and log_rows(factory) == [(1, "bob", "approved")]


async def test_help_opens_and_closes(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReviewScreen)


def test_answer_numbers_are_judged_against_the_source() -> None:
    source = "单笔报销金额超过30000元的，须经总经理批准。住宿费每晚不超过500元。"
    answer = "超过3万元的须经总经理批准，住宿费每晚不超过500元，补助9999元。"
    verdicts = [(answer[a:b], v) for a, b, v in number_verdicts(answer, source)]
    assert verdicts == [("3万元", "value"), ("500元", "exact"), ("9999元", "none")]
    span = best_sentence(source, "住宿费每晚不超过500元")
    assert span is not None and source[span.start:span.end] == "住宿费每晚不超过500元。"
    assert best_sentence(source, "xyz") is None
