"""How long work reports its progress: a small protocol, the silent default, and a plain meter.

Kept apart from the runner so that the CLI's console module can import it without loading the
database layer (`distill --help` must stay instant). `Meter` is what a log file gets instead of
a bar (CI, `nohup`, a redirected stderr): a line of done/total, rate and ETA every few seconds,
as pip and huggingface print; its clock is injected so that tests need not sleep.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

PLAIN_EVERY_S = 5.0  # seconds between two plain progress lines


class Progress(Protocol):
    """What the runner (and ingest, while it reads one input) reports while it works."""

    def note(self, message: str) -> None: ...
    def start(self, total: int, done: int) -> None: ...
    def advance(self, added: int, duplicates: int, failed: bool) -> None: ...
    def status(self, message: str) -> None: ...
    def reading(self, name: str, done: int, total: int, unit: str) -> None:
        """`done` of `total` units ("pages", "chars") of input `name` are read."""
        ...


class SilentProgress:
    """Reports nothing (used by `--json` and by tests)."""

    def note(self, message: str) -> None:
        pass

    def start(self, total: int, done: int) -> None:
        pass

    def advance(self, added: int, duplicates: int, failed: bool) -> None:
        pass

    def status(self, message: str) -> None:
        pass

    def reading(self, name: str, done: int, total: int, unit: str) -> None:
        pass


def _amount(value: float, unit: str) -> str:
    """3,412 pages; 12.5M chars: big character counts are shortened, pages and chunks not."""
    if unit == "chars" and value >= 10_000:
        return f"{value / 1e6:.1f}M" if value >= 1e6 else f"{value / 1e3:.0f}k"
    return f"{value:,.0f}"


def _clock_time(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class Meter:
    """Done/total of one piece of work; `line()` says when a plain progress line is due.

    The first line comes `every` seconds after the start (short work prints nothing), then
    one every `every` seconds, and a last one when the work completes if any was printed.
    """

    def __init__(self, label: str, total: int, unit: str, done: int = 0,
                 clock: Callable[[], float] = time.monotonic, every: float = PLAIN_EVERY_S) -> None:
        self.label, self.total, self.unit, self.done = label, total, unit, done
        self.clock, self.every = clock, every
        self.started = self.last = clock()
        self.first = done  # the rate counts only the work done since the start
        self.printed = False

    def update(self, done: int) -> str | None:
        """Record progress; the line to print now, or None."""
        self.done = done
        now = self.clock()
        if done >= self.total:
            if not self.printed:  # short work, or its last line already printed
                return None
            self.printed = False
        elif now - self.last < self.every:
            return None
        else:
            self.last, self.printed = now, True
        return self.describe(now)

    def describe(self, now: float | None = None) -> str:
        """`label: 120/800 chunks (15%), 2.3 chunks/s, ETA 0:04:56` (or `done in` at the end)."""
        now = self.clock() if now is None else now
        elapsed = max(now - self.started, 1e-9)
        rate = (self.done - self.first) / elapsed
        share = f" ({100 * self.done / self.total:.0f}%)" if self.total else ""
        text = f"{self.label}: {_amount(self.done, self.unit)}/{_amount(self.total, self.unit)} {self.unit}{share}"
        speed = f"{_amount(rate, self.unit)} {self.unit}/s" if rate >= 10 else f"{rate:.2f} {self.unit}/s"
        if self.done >= self.total:
            return f"{text}, {speed}, done in {_clock_time(elapsed)}"
        eta = _clock_time((self.total - self.done) / rate) if rate > 0 else "unknown"
        return f"{text}, {speed}, ETA {eta}"
