"""How long work reports its progress: a small protocol, and the silent default.

Kept apart from the runner so that the CLI's console module can import it without loading the
database layer (`distill --help` must stay instant).
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """What the runner reports while it works."""

    def note(self, message: str) -> None: ...
    def start(self, total: int, done: int) -> None: ...
    def advance(self, added: int, duplicates: int, failed: bool) -> None: ...
    def status(self, message: str) -> None: ...


class SilentProgress:
    """Reports nothing (used by `--json`, by tests, and when output is not a terminal)."""

    def note(self, message: str) -> None:
        pass

    def start(self, total: int, done: int) -> None:
        pass

    def advance(self, added: int, duplicates: int, failed: bool) -> None:
        pass

    def status(self, message: str) -> None:
        pass
