"""The reason dialog: one line saying why, added to the current pair's decision in the log."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label

# Offered as completions: the usual reasons in the seeds' own terms.
COMMON_REASONS = [
    "number not in the source", "number reformatted", "answer incomplete", "question vague",
    "refusal", "not supported by the source", "duplicate", "wrong document section",
]


class ReasonScreen(ModalScreen[str | None]):
    """Ask for a reason; enter saves, escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    ReasonScreen { align: center middle; }
    ReasonScreen #dialog { width: 70%; height: auto; border: thick $primary; background: $surface; padding: 0 1; }
    """

    def __init__(self, pair_id: int) -> None:
        super().__init__()
        self.pair_id = pair_id

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label(f"Reason for pair {self.pair_id} (enter saves, esc cancels)")
            suggester = SuggestFromList(COMMON_REASONS, case_sensitive=False)
            yield Input(placeholder="why?", id="reason", suggester=suggester)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
