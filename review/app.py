"""The `distill review` Textual app: `make_app(factory, spec)` builds it over one queue.

The app itself only hosts the review screen (`review.screens.review`), shows errors and, on
exit, returns what this session decided ({"approved": 3, "rejected": 1, ...}).
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker
from textual.app import App
from textual.screen import Screen

from review.queue import QueueSpec
from review.screens.review import ReviewScreen


class ReviewApp(App[dict[str, int]]):
    """Review distilled pairs one by one."""

    TITLE = "distill review"
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, factory: sessionmaker[Session], spec: QueueSpec) -> None:
        super().__init__()
        self.factory = factory
        self.spec = spec
        self.errors: list[str] = []  # every error shown, in order (also for tests and a post-mortem)

    def get_default_screen(self) -> Screen:
        return ReviewScreen(self.factory, self.spec)

    def show_error(self, message: str) -> None:
        """Tell the reviewer, and keep it: errors are never swallowed."""
        self.errors.append(message)
        self.notify(message, severity="error", timeout=10, markup=False)


def make_app(factory: sessionmaker[Session], spec: QueueSpec) -> ReviewApp:
    """The review app over `spec`'s queue in the database behind `factory`."""
    return ReviewApp(factory, spec)
