"""QA generation: the pair type every provider returns, and the providers themselves.

`offline` is the embedded default (no network, deterministic); providers backed by a model
live beside it and return the same `DraftPair`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DraftPair:
    """One question and its answer, as drawn from a chunk of a document."""

    question: str
    answer: str
    type: str  # "number" | "general"
    evidence: str | None = None  # the source sentence(s) the pair rests on, quoted verbatim by the generator
