"""The flag filter dialog: pick one of the flags the queue's pairs carry, or clear the filter."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

CLEAR = "\x00clear"


class FilterScreen(ModalScreen[str | None]):
    """Returns the chosen flag, "" to clear the filter, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]
    DEFAULT_CSS = """
    FilterScreen { align: center middle; }
    FilterScreen #dialog { width: 60%; height: auto; max-height: 80%; border: thick $primary;
                           background: $surface; padding: 0 1; }
    FilterScreen OptionList { height: auto; max-height: 20; }
    """

    def __init__(self, flags: list[tuple[str, int]], current: str | None) -> None:
        super().__init__()
        self.flags, self.current = flags, current

    def compose(self) -> ComposeResult:
        with Vertical(id="dialog"):
            if not self.flags:
                yield Label("No pair in this queue carries a flag (esc closes).")
            else:
                yield Label("Show only pairs with the flag (enter picks, esc cancels)")
            options = [Option("(every pair — clear the flag filter)", id=CLEAR)]
            options += [Option(f"{flag}  ({n})", id=flag) for flag, n in self.flags]
            yield OptionList(*options, id="flags")

    def on_mount(self) -> None:
        flags = self.query_one(OptionList)
        ids = [CLEAR] + [f for f, _ in self.flags]
        flags.highlighted = ids.index(self.current) if self.current in ids else 0
        flags.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss("" if event.option.id == CLEAR else event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
