"""The help dialog: every key, and what the colours mean."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP = """\
# distill review

| key | does |
|---|---|
| `a` | approve and go on |
| `r` | reject and go on |
| `c` | add a reason to the current pair's decision (before or after making it) |
| `e` | edit question and answer (the edit is exported; the original is kept) |
| `s` | skip (no decision) |
| `u` | undo your last decision or edit |
| `n` / `→` | next pair |
| `p` / `←` | previous pair |
| `↑` `↓` `pgup` `pgdn` | scroll |
| `tab` | switch between the pair and the source |
| `f` | show only pairs with a flag |
| `/` | search questions and answers |
| `?` | this help |
| `q` | quit |

**Numbers in the answer**: green — written so in the source; yellow — the source holds the
same value written differently (3万元 for 30000元); red — not in the source.

**Source**: the chunk the pair came from; the sentence that best supports the answer is
highlighted.

Every decision is saved at once. Another reviewer never gets the pair you are on, and a
decision they made meanwhile is never overwritten: you are told instead.
"""


class HelpScreen(ModalScreen[None]):
    """Keys and colours; any of escape, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "Close")]
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen #dialog { width: 80%; height: 90%; border: thick $primary; background: $surface; }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="dialog"):
            yield Markdown(HELP)

    def action_close(self) -> None:
        self.dismiss(None)
