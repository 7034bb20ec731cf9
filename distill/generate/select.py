"""Choosing the generator for a run from `--provider` and the configured keys."""

from __future__ import annotations

from dataclasses import dataclass

from distill.errors import InputError
from distill.generate import QAPair
from distill.generate.offline import generate_offline

OFFLINE_VERSION = "offline-1"


@dataclass
class OfflineGenerator:
    """The embedded default: deterministic number-cloze and rule questions, no network."""

    provider: str = "offline"
    model: str = "number-cloze"
    temperature: float | None = None
    version: str = OFFLINE_VERSION

    def generate(self, chunk_text: str, per_chunk: int | None) -> list[QAPair]:
        return generate_offline(chunk_text, per_chunk)


PROVIDERS = ("auto", "offline")


def make_generator(provider: str = "auto") -> tuple[OfflineGenerator, str | None]:
    """The generator for `provider`, and a one-line note to show the user (or None)."""
    if provider not in PROVIDERS:
        raise InputError(None, f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}")
    if provider == "auto":
        return OfflineGenerator(), "No API key configured: using the offline generator (provider 'offline')."
    return OfflineGenerator(), None
