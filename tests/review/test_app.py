"""The review app driven by key presses (Textual's run_test and Pilot) on a real database made by
an offline run over a small Chinese policy, with scores and flags written in directly."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from rich.text import Text
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker
from textual.pilot import Pilot
from textual.widgets import Label, OptionList, Static, TextArea

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
    run(factory, [path], OfflineGenerator(), RunOptions(chunk_size=300, chunk_overlap=0, score=False))
    with session_scope(factory) as s:
        assert len(s.scalars(select(QAPair.id)).all()) >= 10
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


async def settle(pilot: Pilot) -> None:  # type: ignore[type-arg]
    """Let every key pressed so far and every database step it started finish (they run in workers)."""
    app = pilot.app
    for _ in range(10_000):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = next((s for s in app.screen_stack if isinstance(s, ReviewScreen)), None)
        if screen is None or (screen.idle and not app.workers):
            return
    raise AssertionError("the review screen's steps never finished")


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
        await settle(pilot)
        screen = review_screen(app)
        assert screen.view is not None and screen.view.id == 1  # lowest score first
        assert "1/3" in shown(app, "status") and "hallucinated_number" in shown(app, "score")
        await pilot.press("a")
        await settle(pilot)
        assert status(factory, 1).status == "approved" and screen.view.id == 2
        await pilot.press("r")
        await settle(pilot)
        assert status(factory, 2).status == "rejected" and screen.view.id == 3
        assert "reviewed 2/3" in shown(app, "status")
        await pilot.press("q")
        await settle(pilot)
    assert app.return_value == {"approved": 1, "rejected": 1}
    assert log_rows(factory) == [(1, "ann", "approved"), (2, "ann", "rejected")]
    assert status(factory, 3).claimed_by is None  # quitting lets go of the pair


async def test_undo_restores_the_last_decision_and_goes_back_to_it(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a", "r", "u")
        await settle(pilot)
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
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditScreen)
        app.screen.query_one("#answer", TextArea).text = "超过500元的报销须经部门负责人审批。"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
        assert shown(app, "answer") == "超过500元的报销须经部门负责人审批。"
        assert original.answer in shown(app, "original")
        await pilot.press("e", "escape")  # cancelled: nothing written
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)
    edited = status(factory, 1)
    assert edited.edited_answer == "超过500元的报销须经部门负责人审批。" and edited.edited_question is None
    assert (edited.question, edited.answer) == (original.question, original.answer)
    assert log_rows(factory) == [(1, "ann", "edited")]


async def test_reason_and_skip(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r", "c")  # pair 1 rejected; the reason is for pair 2, now on screen
        await settle(pilot)
        await pilot.press(*"number wrong", "enter")
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert review_screen(app).view.id == 3  # type: ignore[union-attr]
    with session_scope(factory) as s:
        reasons = list(s.execute(select(ReviewLog.pair_id, ReviewLog.decision, ReviewLog.reason)
                                 .order_by(ReviewLog.id)).all())
    assert reasons == [(1, "rejected", None), (2, "reason", "number wrong"), (2, "skipped", None)]
    assert status(factory, 2).status == "pending"


async def test_next_and_previous_with_letters_and_arrows(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        await pilot.press("n")
        await settle(pilot)
        assert screen.view.id == 2  # type: ignore[union-attr]
        await pilot.press("right")
        await settle(pilot)
        assert screen.view.id == 3 and "3/3" in shown(app, "status")  # type: ignore[union-attr]
        await pilot.press("n")  # past the end: the end of the queue
        await settle(pilot)
        assert screen.view is None and "End of the queue" in shown(app, "empty")
        await pilot.press("left", "p", "p")
        await settle(pilot)
        assert screen.view.id == 1  # type: ignore[union-attr]
        await pilot.press("p")  # already first: stays
        await settle(pilot)
        assert screen.view.id == 1  # type: ignore[union-attr]
    with session_scope(factory) as s:  # only the pair on screen was ever held, and it was let go
        assert s.scalar(select(QAPair.id).where(QAPair.claimed_by.is_not(None))) is None


async def test_filter_by_flag_and_clear_it(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FilterScreen), app.errors
        options = app.screen.query_one(OptionList)
        assert options.option_count == 3  # clear, hallucinated_number, refusal
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        screen = review_screen(app)
        assert screen.spec.flag == "refusal" and screen.view.id == 3 and screen.total == 1  # type: ignore[union-attr]
        await pilot.press("f", "up", "up", "enter")
        await settle(pilot)
        assert screen.spec.flag is None and screen.total == 3


async def test_search_finds_questions_and_answers(factory: Factory) -> None:
    app = app_for(factory, kind="all")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"住宿费", "enter")
        await settle(pilot)
        screen = review_screen(app)
        with session_scope(factory) as s:
            expected = [i for i, q, a in s.execute(select(QAPair.id, QAPair.question, QAPair.answer)
                                                   .order_by(QAPair.id)) if "住宿费" in q + a]
        assert screen.spec.search == "住宿费" and screen.total == len(expected) > 0
        seen = []
        while screen.view is not None:
            seen.append(screen.view.id)
            await pilot.press("n")
            await settle(pilot)
        assert seen == expected


async def test_an_empty_queue_says_so_and_quits(generated: Factory) -> None:
    app = app_for(generated)  # flagged, but nothing is scored yet
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        assert screen.view is None
        message = shown(app, "empty")
        assert "Nothing to review" in message and "run `distill score` first" in message
        await pilot.press("a", "e", "u")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen) and app.errors == []
        await pilot.press("q")
        await settle(pilot)
    assert app.return_value == {} and log_rows(generated) == []


async def test_a_very_long_chunk_renders_and_scrolls_to_the_supporting_sentence(factory: Factory) -> None:
    answer = status(factory, 1).answer
    filler = "本条为测试用的很长的补充说明文字，没有数字。" * 2400  # ~50k characters
    with session_scope(factory) as s:
        chunk_id = s.get_one(QAPair, 1).chunk_id
        s.execute(update(Chunk).where(Chunk.id == chunk_id).values(text=filler + answer))
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert len(shown(app, "chunk")) > 50_000
        assert review_screen(app).query_one("#source").scroll_y > 100
        await pilot.press("a")
        await settle(pilot)
    assert app.errors == [] and status(factory, 1).status == "approved"


async def test_two_reviewers_never_get_the_same_pair(factory: Factory) -> None:
    ann, bob = app_for(factory, "ann"), app_for(factory, "bob")
    async with ann.run_test(size=SIZE) as ann_pilot:
        await settle(ann_pilot)
        assert review_screen(ann).view.id == 1  # type: ignore[union-attr]
        async with bob.run_test(size=SIZE) as bob_pilot:
            await settle(bob_pilot)
            # ann holds 1, so bob gets 2
            assert review_screen(bob).view.id == 2  # type: ignore[union-attr]
            await ann_pilot.press("n")  # ann read 2 in her first page, but bob holds it now
            await settle(ann_pilot)
            assert review_screen(ann).view.id == 3  # type: ignore[union-attr]
            await bob_pilot.press("a")  # bob's next would be 3: ann holds it
            await settle(bob_pilot)
            assert review_screen(bob).view is None
    assert status(factory, 1).status == "pending" and status(factory, 2).reviewed_by == "bob"


async def test_a_decision_raced_by_another_reviewer_is_shown_not_overwritten(factory: Factory) -> None:
    app = app_for(factory, "ann")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert review_screen(app).view.id == 1  # type: ignore[union-attr]
        with session_scope(factory) as s:  # ann's hold lapses (she went for coffee) and bob approves
            s.execute(update(QAPair).where(QAPair.id == 1).values(claim_expires=utcnow().replace(year=2000)))
        decide(factory, 1, "bob", "approved")
        await pilot.press("r")
        await settle(pilot)
        assert len(app.errors) == 1 and "approved by bob" in app.errors[0]
        screen = review_screen(app)
        assert screen.view.id == 1 and screen.view.status == "approved"  # type: ignore[union-attr]
    assert status(factory, 1).status == "approved" and log_rows(factory) == [(1, "bob", "approved")]


async def test_help_opens_and_closes(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ReviewScreen)


def test_answer_numbers_are_judged_against_the_source() -> None:
    source = "单笔报销金额超过30000元的，须经总经理批准。住宿费每晚不超过500元。"
    answer = "超过3万元的须经总经理批准，住宿费每晚不超过500元，补助9999元。"
    verdicts = [(answer[a:b], v) for a, b, v in number_verdicts(answer, source)]
    assert verdicts == [("3万元", "value"), ("500元", "exact"), ("9999元", "none")]
    span = best_sentence(source, "住宿费每晚不超过500元")
    assert span is not None and source[span.start:span.end] == "住宿费每晚不超过500元。"
    assert best_sentence(source, "xyz") is None


# -- grounding: the scorer's evidence and number checks (pair_evidence, pair_numbers) -------------

SOURCE = "第1条 单笔报销金额超过500元的，须经部门负责人审批。员工出差住宿费每晚不超过301元。"
WRONG = "单笔报销金额超过600元的，须经部门负责人审批。"


@pytest.fixture
def grounded(factory: Factory) -> Factory:
    """Pair 1 says 600元 where its evidence, the chunk's first rule, says 500元 (as the scorer found)."""
    from db.models import PairEvidence, PairNumber

    with session_scope(factory) as s:
        pair = s.get_one(QAPair, 1)
        s.execute(update(Chunk).where(Chunk.id == pair.chunk_id).values(text=SOURCE))
        pair.answer, pair.question = WRONG, "单笔报销金额超过多少元须经部门负责人审批？"
        rule = SOURCE.index("单笔")
        s.add(PairEvidence(pair_id=1, position=0, start=rule, end=SOURCE.index("。") + 1, strength=0.93))
        s.add(PairEvidence(pair_id=1, position=1, start=0, end=3, strength=0.2))
        s.add(PairNumber(pair_id=1, position=0, start=WRONG.index("600"), end=WRONG.index("元") + 1, surface="600元",
                         status="misattributed", source_surface="500元", source_start=SOURCE.index("500"),
                         source_end=SOURCE.index("500") + 4, detail="the source gives 500元 for 单笔报销金额"))
    return factory


def styles_at(content: Text, start: int, end: int) -> set[str]:
    return {str(span.style) for span in content.spans if span.start <= start and span.end >= end}


async def test_the_source_pane_highlights_the_stored_evidence(grounded: Factory) -> None:
    from review.widgets.pair_text import HIGHLIGHT, SOURCE_NUMBER, UNSUPPORTED, WEAK_HIGHLIGHT

    app = app_for(grounded)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        chunk = screen.query_one("#chunk", Static).content
        assert isinstance(chunk, Text)
        rule = SOURCE.index("单笔")
        assert HIGHLIGHT in styles_at(chunk, rule, SOURCE.index("。") + 1)  # the scorer's span, not a guess
        assert WEAK_HIGHLIGHT in styles_at(chunk, 0, 3)
        assert SOURCE_NUMBER in styles_at(chunk, SOURCE.index("500"), SOURCE.index("500") + 4)
        answer = screen.query_one("#answer", Static).content
        assert isinstance(answer, Text) and answer.plain == WRONG.replace("600元", "600元 ⟨source: 500元⟩")
        assert UNSUPPORTED in styles_at(answer, answer.plain.index("600"), answer.plain.index("600") + 4)
        assert "misattributed — the source gives 500元 for 单笔报销金额" in shown(app, "numbers")


async def test_without_stored_evidence_the_best_sentence_is_highlighted(factory: Factory) -> None:
    from review.widgets.pair_text import HIGHLIGHT

    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = review_screen(app).view
        assert view is not None and view.evidence == () and view.numbers == ()
        span = best_sentence(view.chunk, f"{view.shown_question}\n{view.shown_answer}")
        chunk = review_screen(app).query_one("#chunk", Static).content
        assert span is not None and isinstance(chunk, Text) and HIGHLIGHT in styles_at(chunk, span.start, span.end)


async def test_g_takes_the_sources_number_as_an_edit_rescored_at_once(grounded: Factory) -> None:
    app = app_for(grounded)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "hallucinated_number" in shown(app, "score")  # the fixture's flag, before rescoring
        await pilot.press("g")
        await settle(pilot)
        fixed = WRONG.replace("600元", "500元")
        assert shown(app, "answer") == fixed  # the stored checks no longer fit: judged afresh, all green
        assert "hallucinated_number" not in shown(app, "score")  # rescored, flags redrawn
        assert "score" in shown(app, "score") and app.errors == []
    pair = status(grounded, 1)
    assert pair.edited_answer == fixed and pair.answer == WRONG and pair.scorer_version is not None
    with session_scope(grounded) as s:
        log = s.scalars(select(ReviewLog)).one()
        flags = set(s.scalars(select(PairFlag.flag).where(PairFlag.pair_id == 1)))
    assert (log.reviewer, log.decision, log.answer_before, log.answer_after) == ("ann", "edited", WRONG, fixed)
    assert log.reason == "source's numbers: 600元 → 500元"
    assert "hallucinated_number" not in flags

    app = app_for(grounded)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("u")  # the edit undone: the original text, rescored at once
        await settle(pilot)
        assert "600元" in shown(app, "answer") and "hallucinated_number" in shown(app, "score")  # the scorer's
    assert status(grounded, 1).edited_answer is None and status(grounded, 1).scorer_version is not None


async def test_the_edit_dialog_starts_in_the_question_and_the_edit_is_rescored(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EditScreen) and app.screen.focused is not None
        assert app.screen.focused.id == "question"
        answer = app.screen.query_one("#answer", TextArea)
        answer.text = answer.text.rstrip("。") + "，按制度办理。"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "hallucinated_number" not in shown(app, "score")  # the fixture's flag, gone once rescored
    assert status(factory, 1).scorer_version is not None and status(factory, 1).score is not None


# -- a busy database never freezes the screen ---------------------------------------------------


@contextmanager
def another_writer(factory: Factory, pair_id: int) -> Iterator[None]:
    """Another connection in the middle of a write that covers `pair_id` (SQLite: the whole
    database; PostgreSQL: the pair's row), held until the block ends, then rolled back."""
    engine = factory.kw["bind"]
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.execute(select(QAPair.id).where(QAPair.id == pair_id).with_for_update())
        try:
            yield
        finally:
            conn.rollback()


async def test_a_locked_database_shows_a_loading_bar_and_keys_still_work(factory: Factory) -> None:
    app = app_for(factory)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = review_screen(app)
        with another_writer(factory, 1):  # every write to pair 1 here must wait
            await pilot.press("a")
            for _ in range(400):  # the bar shows once the step has taken a moment (no tight timing)
                if screen.query_one("#busy").display:
                    break
                await pilot.pause(0.05)
            assert screen.query_one("#busy").display and screen.busy == "approved"
            await pilot.press("question_mark")  # the screen still answers keys meanwhile
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")
            await pilot.press("r")  # waits its turn behind the approval
            assert list(screen.waiting) and "1 key(s) waiting" in str(
                screen.query_one("#busy-label", Label).content)
            assert status(factory, 1).status == "pending"
        await settle(pilot)
        assert not screen.query_one("#busy").display and app.errors == []
    assert [(p, d) for p, _, d in log_rows(factory)] == [(1, "approved"), (2, "rejected")]


# -- reviewers together --------------------------------------------------------------------------


async def test_reviewers_see_each_other_in_the_header_and_in_the_workers_table(factory: Factory) -> None:
    from db.models import Worker

    ann, bob = app_for(factory, "ann"), app_for(factory, "bob")
    async with ann.run_test(size=SIZE) as ann_pilot:
        await settle(ann_pilot)
        async with bob.run_test(size=SIZE) as bob_pilot:
            await settle(bob_pilot)
            assert "also reviewing: ann 0" in shown(bob, "status")
            await bob_pilot.press("a")
            await settle(bob_pilot)
            await ann_pilot.press("n")
            await settle(ann_pilot)
            assert "also reviewing: bob 1" in shown(ann, "status")
            await bob_pilot.press("q")
            await settle(bob_pilot)
        await ann_pilot.press("n")
        await settle(ann_pilot)
        assert "also reviewing" not in shown(ann, "status")  # bob quit
    with session_scope(factory) as s:
        rows = {w.user: w for w in s.scalars(select(Worker).where(Worker.kind == "review"))}
    assert set(rows) == {"ann", "bob"} and rows["bob"].pairs_reviewed == 1
    assert all(w.stopped_at is not None and w.pid > 0 and w.host for w in rows.values())
