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
| `e` | edit question and answer (the edit is exported; the original is kept; rescored at once) |
| `g` | use the source's number: replace each mismatched number of the answer with what the source says (an edit) |
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

**Numbers in the answer**: green — the evidence states it, for the same thing; yellow — the
same value written differently (3万元 for 30000元); cyan — the asker's own example; red — not
in the source, or stated there for something else, with another comparator (超过 / 以下), range
or unit: what the source says is shown beside it, and `g` takes it.

**Source**: the chunk the pair came from; the evidence the scorer found for the answer is
highlighted (the strongest span brightest), the source's own number underlined where the
answer's differs. Pairs not scored with evidence yet show the best-matching sentence.

Every decision is saved at once. Another reviewer never gets the pair you are on, and a
decision they made meanwhile is never overwritten: you are told instead. Other reviewers at
work show in the header with how many pairs each decided. While the database is busy, keys
wait their turn and a loading bar shows; the screen never freezes.
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
