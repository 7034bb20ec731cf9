"""The review screen: one pair at a time, its source, its score, and the keys that decide it.

The screen walks the queue (`review.queue.QueueWalk`), holds a claim on the pair it shows
(renewed while it stays there, let go when it leaves), and hands every decision to
`review.decisions`, which commits it at once. Errors (a conflict with another reviewer, a
locked database) are shown as notifications, and the screen then shows the pair as it is now.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any, TypeVar

from rich.cells import cell_len
from rich.text import Text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, Static

from distill.chunking import Span
from distill.errors import DistillError
from review.decisions import APPROVED, REJECTED, SKIPPED, Outcome, add_reason, decide, edit, undo_last
from review.queue import (
    CLAIM_TTL, PairView, Progress, QueueSpec, QueueWalk, claim, flags_present, load_pair, progress, queue_size,
    release, unscored_pending,
)
from review.screens.edit import EditScreen
from review.screens.filter import FilterScreen
from review.screens.help import HelpScreen
from review.screens.reason import ReasonScreen
from review.screens.search import SearchScreen
from review.widgets.pair_text import answer_text, pair_status, queue_label, score_text, source_text, status_line

T = TypeVar("T")
LEGEND = Text.assemble(("numbers: ", "dim"), ("in the source", "green"), (" · ", "dim"), ("reformatted", "yellow"),
                       (" · ", "dim"), ("not in the source", "bold red"))


class ReviewScreen(Screen[None]):
    """Review the pairs of one queue."""

    BINDINGS = [
        Binding("a", "approve", "Approve"),
        Binding("r", "reject", "Reject"),
        Binding("c", "reason", "Reason"),
        Binding("e", "edit", "Edit"),
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
        self.progress = Progress()
        self.view: PairView | None = None
        self.held: int | None = None
        self.session: Counter[str] = Counter()

    def compose(self) -> ComposeResult:
        yield Static(id="status")
        with Horizontal(id="body"):
            with VerticalScroll(id="pair"):
                yield Static(id="state")
                yield Label("Question", classes="heading")
                yield Static(id="question")
                yield Label("Answer", classes="heading")
                yield Static(id="answer")
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
        self.reload()
        self.set_interval(CLAIM_TTL.total_seconds() / 3, self._renew_claim)

    # -- loading and showing ------------------------------------------------------------------

    def _run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> tuple[bool, T | None]:
        """Run one database step: (True, its result), or (False, None) once the failure has
        been shown to the reviewer (never swallowed)."""
        try:
            return True, fn(*args, **kwargs)
        except (DistillError, SQLAlchemyError) as e:
            message = str(e) if isinstance(e, DistillError) else f"database error: {str(e).splitlines()[0]}"
            self.app.show_error(message)  # type: ignore[attr-defined]
            return False, None

    def _attempt(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """`_run`'s result alone: None on failure."""
        return self._run(fn, *args, **kwargs)[1]

    def reload(self, spec: QueueSpec | None = None) -> None:
        """(Re)open the queue from its start, with `spec` if given."""
        self._let_go()
        self.spec = spec or self.spec
        self.walk = QueueWalk(self.factory, self.spec)
        self.progress = self._attempt(progress, self.factory, self.spec) or Progress()
        self.total = queue_size(self.spec, self.progress)
        self.show_current()

    def show_current(self) -> None:
        """Show the pair at the walk's position, claiming it; pairs someone else took since the
        page was read are dropped from the walk."""
        taken, view = 0, None
        while (pair_id := self._attempt(self.walk.current)) is not None:
            ok, got = self._run(claim, self.factory, pair_id, self.spec.reviewer)
            if not ok:  # the database failed (shown): stay on an empty screen rather than skip pairs
                break
            if got and (view := self._attempt(load_pair, self.factory, pair_id)) is not None:
                self.held = pair_id
                break
            taken += 1
            self.walk.drop_current()
        self._show(view)
        if taken:
            self.notify(f"{taken} pair(s) taken by another reviewer were left out.")

    def _show(self, view: PairView | None) -> None:
        self.view = view
        self._status()
        self.query_one("#body").display = view is not None
        self.query_one("#empty").display = view is None
        if view is None:
            self.query_one("#empty", Static).update(self._empty_message())
            return
        self.query_one("#state", Static).update(pair_status(view))
        self.query_one("#question", Static).update(Text(view.shown_question))
        self.query_one("#answer", Static).update(answer_text(view.shown_answer, view.chunk))
        original = "" if not view.edited else f"original question: {view.question}\noriginal answer: {view.answer}"
        self.query_one("#original", Static).update(Text(original))
        self.query_one("#score", Static).update(score_text(view))
        chunk, span = source_text(view.chunk, f"{view.shown_question}\n{view.shown_answer}")
        self.query_one("#chunk", Static).update(chunk)
        self.call_after_refresh(self._scroll_to, view.chunk, span)

    def _status(self) -> None:
        line = status_line(self.view, self.walk.position, self.total, self.progress, self.spec)
        self.query_one("#status", Static).update(line)

    def _scroll_to(self, chunk: str, span: Span | None) -> None:
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
        if self.spec.kind == "flagged" and (unscored := self._attempt(unscored_pending, self.factory)):
            message.append(f"{unscored} pending pair(s) have no score yet: run `distill score` first, "
                           "or review them with --queue pending.\n\n")
        if self.spec.flag or self.spec.search:
            message.append("A flag filter or a search is on: f or / changes it.\n\n")
        message.append("Press q to quit.")
        return message

    # -- claims -------------------------------------------------------------------------------

    def _let_go(self) -> None:
        if self.held is not None:
            self._attempt(release, self.factory, self.held, self.spec.reviewer)
            self.held = None

    def _renew_claim(self) -> None:
        if self.held is not None and self._attempt(claim, self.factory, self.held, self.spec.reviewer) is False:
            self.notify(f"Another reviewer now holds pair {self.held}.", severity="warning")

    def _go(self, step: int) -> None:
        self._let_go()
        self.walk.move(step)
        self.show_current()

    # -- decisions ----------------------------------------------------------------------------

    def _current(self) -> PairView | None:
        if self.view is None:
            self.notify("There is no pair here to act on.", severity="warning")
        return self.view

    def _refresh_view(self) -> None:
        if self.view is not None and (view := self._attempt(load_pair, self.factory, self.view.id)) is not None:
            self._show(view)

    def _count(self, outcome: Outcome) -> None:
        self.progress.apply(outcome.status_before, outcome.auto_before, outcome.status_after, outcome.auto_after)
        self.session[outcome.decision] += 1

    def _decide(self, decision: str) -> None:
        if (view := self._current()) is None:
            return
        outcome = self._attempt(decide, self.factory, view.id, self.spec.reviewer, decision,
                                expected_status=view.status)
        if outcome is None:
            self._refresh_view()
            return
        self.held = None  # the decision let go of the claim
        self._count(outcome)
        self._go(1)

    def action_approve(self) -> None:
        self._decide(APPROVED)

    def action_reject(self) -> None:
        self._decide(REJECTED)

    def action_skip(self) -> None:
        self._decide(SKIPPED)

    def action_next(self) -> None:
        self._go(1)

    def action_previous(self) -> None:
        if self.walk.index == 0:
            self.notify("This is the first pair.")
            return
        self._go(-1)

    def action_undo(self) -> None:
        ok, outcome = self._run(undo_last, self.factory, self.spec.reviewer)
        if outcome is None:
            if ok:
                self.notify("Nothing to undo.")
            return
        if outcome.pair_id in {e.pair_id for e in self.walk.entries}:
            self._count(outcome)
        else:  # a decision from another queue or session: count afresh
            self.progress = self._attempt(progress, self.factory, self.spec) or self.progress
            self.session[outcome.decision] += 1
        self._let_go()
        self.walk.goto(outcome.pair_id)
        self.show_current()
        self.notify(f"Undone: pair {outcome.pair_id} is {outcome.status_after} again.")

    def action_reason(self) -> None:
        if (view := self._current()) is not None:
            self.app.push_screen(ReasonScreen(view.id), lambda reason: self._save_reason(view.id, reason))

    def _save_reason(self, pair_id: int, reason: str | None) -> None:
        if reason and self._attempt(add_reason, self.factory, pair_id, self.spec.reviewer, reason) is not None:
            self.notify("Reason saved.")

    def action_edit(self) -> None:
        if (view := self._current()) is not None:
            original = (view.question, view.answer) if view.edited else None
            screen = EditScreen(view.shown_question, view.shown_answer, original)
            self.app.push_screen(screen, lambda result: self._save_edit(view, result))

    def _save_edit(self, view: PairView, result: tuple[str, str] | None) -> None:
        if result is None:
            return
        ok, outcome = self._run(edit, self.factory, view.id, self.spec.reviewer, *result,
                                expected_text=(view.shown_question, view.shown_answer), expected_status=view.status)
        if ok:
            self.notify("No change." if outcome is None else "Edit saved; the original is kept.")
            self.session["edited"] += outcome is not None
        self._refresh_view()

    # -- filters and the rest -----------------------------------------------------------------

    def action_filter(self) -> None:
        flags = self._attempt(flags_present, self.factory, self.spec)
        if flags is not None:
            self.app.push_screen(FilterScreen(flags, self.spec.flag), self._set_flag)

    def _set_flag(self, flag: str | None) -> None:
        if flag is not None:
            self.reload(self.spec.with_filters(flag=flag or None))

    def action_search(self) -> None:
        self.app.push_screen(SearchScreen(self.spec.search), self._set_search)

    def _set_search(self, text: str | None) -> None:
        if text is not None:
            self.reload(self.spec.with_filters(search=text or None))

    def action_help(self) -> None:
        self.app.push_screen(HelpScreen())

    def action_quit_review(self) -> None:
        self._let_go()
        self.app.exit(dict(self.session))

    def on_unmount(self) -> None:
        self._let_go()
