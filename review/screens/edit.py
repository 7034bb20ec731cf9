"""The edit dialog: the question and answer in two text areas; ctrl+s saves, escape cancels.

It returns the new (question, answer) or None; the caller stores it as the reviewer's edit,
which is what gets exported, while the generated original stays in the database.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea


class EditScreen(ModalScreen[tuple[str, str] | None]):
    """Edit a pair in place."""

    BINDINGS = [Binding("ctrl+s", "save", "Save"), Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    EditScreen { align: center middle; }
    EditScreen #dialog { width: 90%; height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    EditScreen TextArea#question { height: 1fr; }
    EditScreen TextArea#answer { height: 2fr; }
    EditScreen #buttons { height: auto; align-horizontal: right; }
    EditScreen .note { color: $text-muted; }
    """

    def __init__(self, question: str, answer: str, original: tuple[str, str] | None = None) -> None:
        super().__init__()
        self.question, self.answer, self.original = question, answer, original

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            yield Label("[b]Edit the pair[/b]  ctrl+s save · esc cancel")
            if self.original is not None:
                yield Static("The generated original is kept; this edit is what will be exported.", classes="note")
            yield Label("Question")
            yield TextArea(self.question, id="question", soft_wrap=True)
            yield Label("Answer")
            yield TextArea(self.answer, id="answer", soft_wrap=True)
            with Horizontal(id="buttons"):
                yield Button("Save", id="save", variant="primary")
                yield Button("Cancel", id="cancel")

    def on_mount(self) -> None:
        self.query_one("#question", TextArea).focus()

    def action_save(self) -> None:
        question = self.query_one("#question", TextArea).text.strip()
        answer = self.query_one("#answer", TextArea).text.strip()
        if not question or not answer:
            self.notify("The question and the answer must not be empty.", severity="error")
            return
        self.dismiss((question, answer))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
