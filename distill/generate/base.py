"""What the runner needs from anything that turns a chunk into QA pairs.

The offline generator and every LLM provider sit behind this one small interface, so the
runner's jobs, transactions and resume logic never depend on where pairs come from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from distill.errors import DistillError

if TYPE_CHECKING:
    from distill.generate import QAPair


class ChunkFailed(DistillError):
    """Generation for one chunk failed; the job is marked failed and stays retryable."""


class Generator(Protocol):
    """Makes QA pairs from one chunk of text."""

    provider: str
    model: str
    temperature: float | None
    version: str  # changes whenever the same input would give different pairs

    def generate(self, chunk_text: str, per_chunk: int | None) -> list[QAPair]:
        """Pairs for the chunk; raises ChunkFailed when this chunk could not be done."""
        ...
