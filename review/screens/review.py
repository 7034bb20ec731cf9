"""The review screen: one pair at a time, its source, its score, and the keys that decide it.

The screen walks the queue (`review.queue.QueueWalk`), holds a claim on the pair it shows
(renewed while it stays there, let go when it leaves), and hands every decision to
`review.decisions`, which commits it at once. Every database step runs in a Textual thread
worker, one at a time: keys pressed meanwhile wait their turn (the screen never freezes), and
a step that takes long (a locked database) shows a loading bar. Errors (a conflict with another
reviewer, a locked database) are shown as notifications, and the screen then shows the pair as
it is now. Other reviewers' sessions (`review.presence`) and their progress show in the header.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rich.cells import cell_len
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Label, LoadingIndicator, Static

from distill.chunking import Span
from distill.errors import DistillError
from review import presence
from review.decisions import APPROVED, REJECTED, SKIPPED, StatusChange, add_reason, decide, edit, undo_last
from review.queue import (
    CLAIM_TTL, PairView, QueueProgress, QueueSpec, QueueWalk, claim, flags_present, load_pair, progress, queue_size,
    release, unscored_pending,
)
from review.screens.edit import EditScreen
from review.screens.filter import FilterScreen
from review.screens.help import HelpScreen
from review.screens.reason import ReasonScreen
from review.screens.search import SearchScreen
from review.widgets.pair_text import (
    answer_text, fixable, number_notes, pair_status, queue_label, score_text, source_text, status_line,
    with_source_numbers,
)

T = TypeVar("T")
LEGEND = Text.assemble(("numbers: ", "dim"), ("in the source", "green"), (" · ", "dim"), ("reformatted", "yellow"),
                       (" · ", "dim"), ("not in the source, or not for this", "bold red"), (" · ", "dim"),
                       ("the asker's example", "cyan"))
BUSY_DELAY = 0.3  # seconds a step may take before the loading bar shows (no flicker on quick steps)


@dataclass
class Step:
    """What one database step, run in a worker thread, leaves for the screen to do."""

    errors: list[str] = field(default_factory=list)
    notices: list[tuple[str, SeverityLevel]] = field(default_factory=list)
    show: bool = False  # redraw with `view`
    view: PairView | None = None
    then: Callable[[], None] | None = None  # run on the screen afterwards (open a dialog, quit)

    def note(self, message: str, severity: SeverityLevel = "information") -> None:
        self.notices.append((message, severity))


class ReviewScreen(Screen[None]):
    """Review the pairs of one queue."""

    BINDINGS = [
        Binding("a", "approve", "Approve"),
        Binding("r", "reject", "Reject"),
        Binding("c", "reason", "Reason"),
        Binding("e", "edit", "Edit"),
        Binding("g", "use_source_numbers", "Source's number"),
        Binding("s", "skip", "Skip"),
        Binding("u", "undo", "Undo"),
        Binding("n", "next", "Next"),
        Binding("p", "previous", "Prev"),
        Binding("right", "next", "Next", show=False),
        Binding("left", "previous", "Prev", show=False),
        Binding("f", "filter", "Flag"),
        Binding("slash", "search", "Search", key_display="/"),
        Binding("question_mark", "help", "Help", key_display="?"),
        Binding("q", "quit_review", "Quit"),
    ]
    DEFAULT_CSS = """
    ReviewScreen #status { height: 1; background: $boost; padding: 0 1; }
    ReviewScreen #busy { height: 1; display: none; }
    ReviewScreen #busy LoadingIndicator { width: 8; height: 1; }
    ReviewScreen #busy Label { color: $warning; }
    ReviewScreen #body { height: 1fr; }
    ReviewScreen #pair { width: 1fr; padding: 0 1; }
    ReviewScreen #source { width: 1fr; padding: 0 1; border-left: solid $primary; }
    ReviewScreen .heading { color: $accent; text-style: bold; margin-top: 1; }
    ReviewScreen #original { color: $text-muted; }
    ReviewScreen #empty { display: none; padding: 2 4; }
    """

    def __init__(self, factory: sessionmaker[Session], spec: QueueSpec) -> None:
        super().__init__()
        self.factory = factory
        self.spec = spec
        self.walk = QueueWalk(factory, spec)
        self.total = 0
        self.progress = QueueProgress()
        self.view: PairView | None = None
        self.held: int | None = None
        self.session: Counter[str] = Counter()
        self.busy: str | None = None  # the step running now, if any
        self.waiting: deque[tuple[str, Callable[[], None]]] = deque()  # keys pressed meanwhile, in order
        self.holder: str | None = None  # this session in the workers table
        self.others: list[presence.Reviewer] = []
        self._busy_timer: Timer | None = None
        self._quitting = False
        self._unscored = 0  # pending pairs without a score, when the flagged queue is empty

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="busy"):
            yield LoadingIndicator()
            yield Label("waiting for the database…", id="busy-label")
        with Horizontal(id="body"):
            with VerticalScroll(id="pair"):
                yield Static(id="state")
                yield Label("Question", classes="heading")
                yield Static(id="question")
                yield Label("Answer", classes="heading")
                yield Static(id="answer")
                yield Static(id="numbers")
                yield Static(LEGEND, id="legend")
                yield Static(id="original")
                yield Label("Quality", classes="heading")
                yield Static(id="score")
            with VerticalScroll(id="source"):
                yield Label("Source", classes="heading")
                yield Static(id="chunk")
        yield Static(id="empty")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#body").display = False
        self._status()
        self._queue("open", lambda: self._start("opening the queue", self._open_work))
        self.set_interval(min(CLAIM_TTL.total_seconds() / 3, presence.HEARTBEAT.total_seconds()), self._tick)

    # -- running database steps in a worker -------------------------------------------------------

    @property
    def idle(self) -> bool:
        """No step running and none waiting."""
        return self.busy is None and not self.waiting

    def _queue(self, name: str, start: Callable[[], None]) -> None:
        """Run `start` now if no step is running, else once the steps before it are done."""
        self.waiting.append((name, start))
        if self.busy is None:
            self._next()
        else:
            self.query_one("#busy-label", Label).update(self._busy_text())

    def _next(self) -> None:
        while self.busy is None and self.waiting and self.is_attached:
            _, start = self.waiting.popleft()
            start()

    def _start(self, label: str, fn: Callable[[Step], None]) -> None:
        """Run `fn(step)` in a worker thread; the screen shows the result when it is done."""
        self.busy = label
        self._busy_timer = self.set_timer(BUSY_DELAY, self._show_busy)
        self._step_worker(fn)

    @work(thread=True, group="database")
    def _step_worker(self, fn: Callable[[Step], None]) -> None:
        step = Step()
        try:
            fn(step)
        except (DistillError, SQLAlchemyError) as e:
            step.errors.append(_message(e))
            step.show = True
            step.view = self.view
        try:
            self.app.call_from_thread(self._finish, step)
        except RuntimeError:
            pass  # the app closed while the step ran: nothing is left to draw

    def _show_busy(self) -> None:
        if self.busy is not None:
            self.query_one("#busy-label", Label).update(self._busy_text())
            self.query_one("#busy").display = True

    def _busy_text(self) -> str:
        waiting = f" · {len(self.waiting)} key(s) waiting" if self.waiting else ""
        return f"waiting for the database… ({self.busy}){waiting}"

    def _finish(self, step: Step) -> None:
        """On the screen's thread: show what the step left, then run the next waiting key."""
        if self._busy_timer is not None:
            self._busy_timer.stop()
        self.busy = None
        if not self.is_attached:
            return
        self.query_one("#busy").display = False
        for message in step.errors:
            self.app.show_error(message)  # type: ignore[attr-defined]  # Screen types `app` as any App; ours is ReviewApp
        for message, severity in step.notices:
            self.notify(message, severity=severity, markup=False)
        if step.show:
            self._show(step.view)
        else:
            self._status()
        if step.then is not None:
            step.then()
        self._next()

    def _attempt(self, step: Step, fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[bool, T | None]:
        """Run one database call inside a step: (True, its result), or (False, None) once the
        failure is recorded for the reviewer (never swallowed)."""
        try:
            return True, fn(*args, **kwargs)
        except (DistillError, SQLAlchemyError) as e:
            step.errors.append(_message(e))
            return False, None

    # -- loading and showing (worker side) ------------------------------------------------------

    def _open_work(self, step: Step) -> None:
        ok, holder = self._attempt(step, presence.register, self.factory, self.spec.reviewer)
        self.holder = holder if ok else None
        self._reload_work(step)

    def _reload_work(self, step: Step, spec: QueueSpec | None = None) -> None:
        """(Re)open the queue from its start, with `spec` if given."""
        self._let_go(step)
        self.spec = spec or self.spec
        self.walk = QueueWalk(self.factory, self.spec)
        self.progress = self._attempt(step, progress, self.factory, self.spec)[1] or QueueProgress()
        self.total = queue_size(self.spec, self.progress)
        self._current_work(step)

    def _current_work(self, step: Step) -> None:
        """Claim and load the pair at the walk's position; pairs someone else took since the
        page was read are dropped from the walk."""
        taken, view = 0, None
        while (pair_id := self._attempt(step, self.walk.current)[1]) is not None:
            ok, got = self._attempt(step, claim, self.factory, pair_id, self.spec.reviewer)
            if not ok:  # the database failed (shown): stay on an empty screen rather than skip pairs
                break
            if got and (view := self._attempt(step, load_pair, self.factory, pair_id)[1]) is not None:
                self.held = pair_id
                break
            taken += 1
            self.walk.drop_current()
        step.show, step.view = True, view
        self.others = self._attempt(step, presence.others, self.factory, self.holder)[1] or []
        if view is None and self.spec.kind == "flagged" and not self.walk.entries:
            self._unscored = self._attempt(step, unscored_pending, self.factory)[1] or 0
        if taken:
            step.note(f"{taken} pair(s) taken by another reviewer were left out.")

    def _let_go(self, step: Step) -> None:
        if self.held is not None:
            self._attempt(step, release, self.factory, self.held, self.spec.reviewer)
            self.held = None

    def _go_work(self, step: Step, move: int) -> None:
        self._let_go(step)
        self.walk.move(move)
        self._current_work(step)

    def _reviewed(self) -> int:
        return self.session[APPROVED] + self.session[REJECTED]

    def _heartbeat_work(self, step: Step, others: bool = True) -> None:
        if self.holder is not None:
            self._attempt(step, presence.heartbeat, self.factory, self.holder, self._reviewed())
        if others:
            self.others = self._attempt(step, presence.others, self.factory, self.holder)[1] or []

    # -- showing (screen side) ------------------------------------------------------------------

    def _show(self, view: PairView | None) -> None:
        self.view = view
        self._status()
        self.query_one("#body").display = view is not None
        self.query_one("#empty").display = view is None
        if view is None:
            self.query_one("#empty", Static).update(self._empty_message())
            return
        numbers = view.checked_numbers
        self.query_one("#state", Static).update(pair_status(view))
        self.query_one("#question", Static).update(Text(view.shown_question))
        self.query_one("#answer", Static).update(answer_text(view.shown_answer, view.chunk, numbers))
        self.query_one("#numbers", Static).update(number_notes(numbers))
        original = "" if not view.edited else f"original question: {view.question}\noriginal answer: {view.answer}"
        self.query_one("#original", Static).update(Text(original))
        self.query_one("#score", Static).update(score_text(view))
        chunk, span = source_text(view.chunk, f"{view.shown_question}\n{view.shown_answer}", view.shown_evidence,
                                  numbers)
        self.query_one("#chunk", Static).update(chunk)
        self.call_after_refresh(self._scroll_source_to, view.chunk, span)

    def _status(self) -> None:
        line = status_line(self.view, self.walk.position, self.total, self.progress, self.spec, self.others)
        self.query_one("#status", Static).update(line)

    def _scroll_source_to(self, chunk: str, span: Span | None) -> None:
        """Bring the highlighted sentence into view (its line estimated from the panel's width)."""
        panel = self.query_one("#source", VerticalScroll)
        if span is None:
            panel.scroll_home(animate=False)
            return
        width = max(10, self.query_one("#chunk", Static).content_region.width)
        line = sum(max(1, -(-cell_len(part) // width)) for part in chunk[:span.start].split("\n")) - 1
        panel.scroll_to(y=max(0, line - 2), animate=False)

    def _empty_message(self) -> Text:
        if self.walk.entries:
            return Text(f"End of the queue ({queue_label(self.spec)}): reviewed {self.progress.reviewed} of "
                        f"{self.progress.total}.\n\nPress p to go back, u to undo, q to quit.")
        message = Text(f"Nothing to review in this queue ({queue_label(self.spec)}).\n\n", style="bold")
        if self.spec.kind == "flagged" and self._unscored:
            message.append(f"{self._unscored} pending pair(s) have no score yet: run `distill score` first, "
                           "or review them with --queue pending.\n\n")
        if self.spec.flag or self.spec.search:
            message.append("A flag filter or a search is on: f or / changes it.\n\n")
        message.append("Press q to quit.")
        return message

    def _tick(self) -> None:
        """Every few seconds, when nothing else runs: renew the claim, the heartbeat and the others' progress."""
        if self.idle and not self._quitting:
            self._queue("renew", lambda: self._start("renewing the claim", self._renew_work))

    def _renew_work(self, step: Step) -> None:
        if self.held is not None and self._attempt(step, claim, self.factory, self.held, self.spec.reviewer)[1] is False:
            step.note(f"Another reviewer now holds pair {self.held}.", "warning")
        self._heartbeat_work(step)

    # -- decisions ------------------------------------------------------------------------------

    def _current(self) -> PairView | None:
        if self.view is None:
            self.notify("There is no pair here to act on.", severity="warning")
        return self.view

    def _refresh_work(self, step: Step, view: PairView) -> None:
        step.show, step.view = True, self._attempt(step, load_pair, self.factory, view.id)[1] or view

    def _count(self, outcome: StatusChange) -> None:
        self.progress.apply(outcome.status_before, outcome.auto_before, outcome.status_after, outcome.auto_after)
        self.session[outcome.decision] += 1

    def _decide(self, decision: str) -> None:
        self._queue(decision, lambda: self._begin_decide(decision))

    def _begin_decide(self, decision: str) -> None:
        if (view := self._current()) is not None:
            self._start(decision, lambda step: self._decide_work(step, view, decision))

    def _decide_work(self, step: Step, view: PairView, decision: str) -> None:
        ok, outcome = self._attempt(step, decide, self.factory, view.id, self.spec.reviewer, decision,
                                    expected_status=view.status)
        if outcome is None:
            self._refresh_work(step, view)
            return
        self.held = None  # the decision let go of the claim
        self._count(outcome)
        self._heartbeat_work(step, others=False)  # the next pair's step reads the others
        self._go_work(step, 1)

    def action_approve(self) -> None:
        self._decide(APPROVED)

    def action_reject(self) -> None:
        self._decide(REJECTED)

    def action_skip(self) -> None:
        self._decide(SKIPPED)

    def action_next(self) -> None:
        self._queue("next", lambda: self._start("next pair", lambda step: self._go_work(step, 1)))

    def action_previous(self) -> None:
        self._queue("previous", self._begin_previous)

    def _begin_previous(self) -> None:
        if self.walk.index == 0:
            self.notify("This is the first pair.")
            return
        self._start("previous pair", lambda step: self._go_work(step, -1))

    def action_undo(self) -> None:
        self._queue("undo", lambda: self._start("undo", self._undo_work))

    def _undo_work(self, step: Step) -> None:
        ok, outcome = self._attempt(step, undo_last, self.factory, self.spec.reviewer)
        if outcome is None:
            if ok:
                step.note("Nothing to undo.")
            return
        if outcome.pair_id in {e.pair_id for e in self.walk.entries}:
            self._count(outcome)
        else:  # a decision from another queue or session: count afresh
            self.progress = self._attempt(step, progress, self.factory, self.spec)[1] or self.progress
            self.session[outcome.decision] += 1
        self._let_go(step)
        self.walk.goto(outcome.pair_id)
        self._current_work(step)
        if step.view is not None and step.view.score is not None and step.view.scorer_version is None:
            self._rescore_work(step, step.view)  # an edit undone: the text changed back, so did its score
        step.note(f"Undone: pair {outcome.pair_id} is {outcome.status_after} again.")

    def action_reason(self) -> None:
        self._queue("reason", self._begin_reason)

    def _begin_reason(self) -> None:
        if (view := self._current()) is not None:
            self.app.push_screen(ReasonScreen(view.id), lambda reason: self._save_reason(view.id, reason))

    def _save_reason(self, pair_id: int, reason: str | None) -> None:
        if reason:
            self._queue("reason", lambda: self._start("saving the reason", lambda step: self._reason_work(
                step, pair_id, reason)))

    def _reason_work(self, step: Step, pair_id: int, reason: str) -> None:
        if self._attempt(step, add_reason, self.factory, pair_id, self.spec.reviewer, reason)[0]:
            step.note("Reason saved.")

    def action_edit(self) -> None:
        self._queue("edit", self._begin_edit)

    def _begin_edit(self) -> None:
        if (view := self._current()) is not None:
            original = (view.question, view.answer) if view.edited else None
            screen = EditScreen(view.shown_question, view.shown_answer, original)
            self.app.push_screen(screen, lambda result: self._save_edit(view, result))

    def _save_edit(self, view: PairView, result: tuple[str, str] | None, reason: str | None = None) -> None:
        if result is not None:
            self._queue("edit", lambda: self._start("saving the edit and rescoring", lambda step: self._edit_work(
                step, view, result, reason)))

    def _edit_work(self, step: Step, view: PairView, text: tuple[str, str], reason: str | None) -> None:
        """Save the edit, rescore it at once (its flags and number checks change) and redraw."""
        ok, outcome = self._attempt(step, edit, self.factory, view.id, self.spec.reviewer, *text,
                                    expected_text=(view.shown_question, view.shown_answer),
                                    expected_status=view.status, reason=reason)
        if ok:
            step.note("No change." if outcome is None else "Edit saved and rescored; the original is kept.")
            self.session["edited"] += outcome is not None
            if outcome is not None:
                self._rescore_work(step, view)
                return
        self._refresh_work(step, view)

    def _rescore_work(self, step: Step, view: PairView) -> None:
        """Score what an edit reset (this pair's score) and redraw the pair with its new flags."""
        from distill.scoring import score_database  # the scorer loads datasketch: only when needed

        self._attempt(step, score_database, self.factory, only=[view.id])
        self._refresh_work(step, view)

    def action_use_source_numbers(self) -> None:
        self._queue("source numbers", self._begin_source_numbers)

    def _begin_source_numbers(self) -> None:
        if (view := self._current()) is None:
            return
        fixes = fixable(view.checked_numbers)
        if not fixes:
            self.notify("No number here differs from what the source says.")
            return
        answer = with_source_numbers(view.shown_answer, fixes)
        reason = "source's numbers: " + ", ".join(f"{n.surface} → {n.source_surface}" for n in fixes)
        self._save_edit(view, (view.shown_question, answer), reason)

    # -- filters and the rest -------------------------------------------------------------------

    def action_filter(self) -> None:
        self._queue("filter", lambda: self._start("reading the flags", self._filter_work))

    def _filter_work(self, step: Step) -> None:
        ok, flags = self._attempt(step, flags_present, self.factory, self.spec)
        if ok and flags is not None:
            step.then = lambda: self._push(FilterScreen(flags, self.spec.flag), self._set_flag)

    def _set_flag(self, flag: str | None) -> None:
        if flag is not None:
            self._reopen(self.spec.with_filters(flag=flag or None))

    def action_search(self) -> None:
        self._queue("search", lambda: self._push(SearchScreen(self.spec.search), self._set_search))

    def _push(self, screen: Screen[Any], callback: Callable[[Any], None]) -> None:
        self.app.push_screen(screen, callback)

    def _set_search(self, text: str | None) -> None:
        if text is not None:
            self._reopen(self.spec.with_filters(search=text or None))

    def _reopen(self, spec: QueueSpec) -> None:
        self._queue("reload", lambda: self._start("opening the queue", lambda step: self._reload_work(step, spec)))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit_review(self) -> None:
        """Quit once the decisions already pressed are saved; pressed again while waiting, at once."""
        if self._quitting:
            self.app.exit(dict(self.session))
            return
        self._quitting = True
        self._queue("quit", lambda: self._start("saving and quitting", self._quit_work))

    def on_unmount(self) -> None:
        """The app closes another way (ctrl+c, a test ending): still let go of the pair, best effort."""
        try:
            if self.held is not None:
                release(self.factory, self.held, self.spec.reviewer)
                self.held = None
            if self.holder is not None:
                presence.stop(self.factory, self.holder, self._reviewed())
                self.holder = None
        except (DistillError, SQLAlchemyError):
            pass  # the claim expires by itself and the heartbeat goes stale: nothing is lost

    def _quit_work(self, step: Step) -> None:
        self._let_go(step)
        if self.holder is not None:
            self._attempt(step, presence.stop, self.factory, self.holder, self._reviewed())
            self.holder = None
        step.then = lambda: self.app.exit(dict(self.session))


def _message(e: Exception) -> str:
    return str(e) if isinstance(e, DistillError) else f"database error: {str(e).splitlines()[0]}"
