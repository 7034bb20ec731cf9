"""What the runner needs from anything that turns a chunk into QA pairs.

The offline generator and every LLM provider sit behind this one small interface, so the
runner's jobs, transactions and resume logic never depend on where pairs come from.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from distill.errors import DistillError

if TYPE_CHECKING:
    from distill.generate import DraftPair


class ChunkFailed(DistillError):
    """Generation for one chunk failed; the job is marked failed and stays retryable."""


def _ignore(message: str) -> None:
    pass


@dataclass
class Job:
    """One chunk to generate for, with where it sits and how to report or stop waiting."""

    text: str
    run_id: int | None = None
    chunk_id: int | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    status: Callable[[str], None] = _ignore  # a short line for the progress bar ("waiting 12s for a key")
    note: Callable[[str], None] = _ignore  # an event worth keeping on the run ("switched to zhipu")
    # Who made the pairs: set by the generator that did (a fallback chain has several).
    provider: str | None = None
    model: str | None = None
    # Stores one finished pass's pairs at once (the runner's); None: return them with the chunk.
    save_pass: Callable[[str, list[DraftPair]], None] | None = None
    passes_done: frozenset[str] = frozenset()  # passes of this job stored by an earlier attempt


class Generator(Protocol):
    """Makes QA pairs from one chunk of text. The four names below are read, never set: a
    plain attribute or a property both do."""

    @property
    def provider(self) -> str: ...

    @property
    def model(self) -> str: ...

    @property
    def temperature(self) -> float | None: ...

    @property
    def version(self) -> str:
        """Changes whenever the same input would give different pairs."""
        ...

    def generate(self, job: Job, per_chunk: int | None) -> list[DraftPair]:
        """Pairs for the chunk (those not handed to `job.save_pass`); raises ChunkFailed when
        this chunk could not be done."""
        ...
