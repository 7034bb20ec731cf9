"""Terminal output for the CLI: consoles, the run progress bar, tables and error lines.

Library modules never print; the CLI hands them a `Progress` from here. Text is never read as
rich markup: messages name TOML tables (`[providers.gemini]`), extras (`distill[train]`) and
hold the user's own text, so both consoles have markup off and our own styling is built as
`Text` (`styled`, `print_error`, `print_warning`).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.progress import Progress as RichBar
from rich.table import Table
from rich.text import Text

from distill.errors import DistillError
from distill.progress import PLAIN_EVERY_S, Meter, SilentProgress

out = Console(highlight=False, markup=False)
# Messages are never wrapped: an error stays one line a script can grep, whatever the width.
err = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)


def styled(label: str, style: str, message: str) -> Text:
    """`label` in `style`, a space, then `message` exactly as written."""
    return Text.assemble((label, style), " ", message)


def print_error(message: str, console: Console | None = None) -> None:
    """`error: MESSAGE` on stderr, one line, the prefix in red."""
    (console or err).print(styled("error:", "bold red", message))


def print_warning(message: str, console: Console | None = None) -> None:
    """`warning: MESSAGE` on stderr, the prefix in yellow."""
    (console or err).print(styled("warning:", "yellow", message))


def print_json(data: object) -> None:
    """One JSON object on stdout, Chinese unescaped."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    sys.stdout.flush()


@contextmanager
def cli_errors() -> Iterator[None]:
    """Turn a DistillError into its one-line message on stderr and its exit code."""
    try:
        yield
    except DistillError as e:
        print_error(str(e))
        raise typer.Exit(e.exit_code) from None


class RichProgress:
    """A run's progress bar: chunks done, pairs added, duplicates skipped, failures."""

    def __init__(self, console: Console = err) -> None:
        self.console = console
        self.bar = RichBar(
            TextColumn("{task.description}", style="bold", markup=False), BarColumn(), MofNCompleteColumn(),
            TextColumn("pairs {task.fields[pairs]} dup {task.fields[dupes]} failed {task.fields[failed]}"),
            TimeElapsedColumn(), TimeRemainingColumn(), console=console, transient=False,
        )
        self.task = self.bar.add_task("chunks", total=None, pairs=0, dupes=0, failed=0, start=False)

    def __enter__(self) -> "RichProgress":
        self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.bar.stop()

    def note(self, message: str) -> None:
        self.bar.console.print(message)

    def start(self, total: int, done: int) -> None:
        self.bar.update(self.task, total=total, completed=done)
        self.bar.start_task(self.task)

    def status(self, message: str) -> None:
        self.bar.update(self.task, description=message or "chunks")

    def reading(self, name: str, done: int, total: int, unit: str) -> None:
        self.bar.update(self.task, description=f"reading {name}" if done < total else "chunks")

    def advance(self, added: int, duplicates: int, failed: bool) -> None:
        fields = self.bar.tasks[0].fields
        self.bar.update(self.task, advance=1, pairs=fields["pairs"] + added, dupes=fields["dupes"] + duplicates,
                        failed=fields["failed"] + int(failed))


class PlainProgress(SilentProgress):
    """Progress for a non-terminal stderr (CI, nohup, a log file): notes, and every few seconds
    a plain line of done/total, rate and ETA, for the input being read and for the chunk jobs."""

    def __init__(self, console: Console = err, clock: Callable[[], float] = time.monotonic,
                 every: float = PLAIN_EVERY_S) -> None:
        self.console, self.clock, self.every = console, clock, every
        self.read: Meter | None = None
        self.jobs: Meter | None = None
        self.pairs = self.dupes = self.failed = 0

    def note(self, message: str) -> None:
        self.console.print(message)

    def reading(self, name: str, done: int, total: int, unit: str) -> None:
        if self.read is None or self.read.label != f"reading {name}" or done < self.read.done:  # next input
            self.read = Meter(f"reading {name}", total, unit, clock=self.clock, every=self.every)
        self._line(self.read.update(done), "")

    def start(self, total: int, done: int) -> None:
        self.jobs = Meter("chunks", total, "chunks", done, clock=self.clock, every=self.every)

    def advance(self, added: int, duplicates: int, failed: bool) -> None:
        self.pairs, self.dupes, self.failed = self.pairs + added, self.dupes + duplicates, self.failed + failed
        if self.jobs is not None:
            tally = f"; pairs {self.pairs}, duplicates {self.dupes}, failed {self.failed}"
            self._line(self.jobs.update(self.jobs.done + 1), tally)

    def _line(self, line: str | None, tail: str) -> None:
        if line is not None:  # plain text: a file name is never console markup
            self.console.print(line + tail, markup=False, highlight=False)


def key_value_table(title: str, rows: list[tuple[str, object]]) -> Table:
    """A two-column summary table."""
    table = Table(title=title, show_header=False, title_justify="left")
    table.add_column(style="bold")
    table.add_column(justify="right")
    for key, value in rows:
        table.add_row(key, str(value))
    return table
