"""Fault descriptions that the fake LLM server can play back.

A :class:`Fault` is a plain value: it says *what* should go wrong with one
answer (or with every answer, when set as a key's persistent behaviour). The
server turns it into the provider-specific wire reply (see ``wire.py``), so a
single ``Fault.rate_limit()`` produces an OpenAI ``rate_limit_exceeded``, a
Gemini ``RESOURCE_EXHAUSTED`` with ``RetryInfo`` or a Zhipu ``1302`` depending on
which endpoint was called.

Kinds
-----
Error replies (nothing is counted against the key's rpm window):

``server_error``  5xx (``status`` 500 by default; 502/503/504 allowed).
``invalid_key``   each provider's real "bad API key" answer
                  (OpenAI 401 ``invalid_api_key``, Gemini 400 ``API_KEY_INVALID``,
                  Zhipu 401 ``1000``).
``unauthorized``  HTTP 401 (Gemini: ``UNAUTHENTICATED``).
``forbidden``     HTTP 403 (OpenAI ``unsupported_country_region_territory``,
                  Gemini ``PERMISSION_DENIED`` leaked key, Zhipu ``1220``).
``rate_limit``    per-minute 429 (OpenAI RPM / Gemini ``...PerMinute...`` / Zhipu
                  ``1302``, or ``code="1303"``/``"1305"``).
``quota_day``     one-shot per-day 429 (OpenAI RPD / Gemini ``...PerDay...`` /
                  Zhipu ``1304``, or ``code="1308"``/``"1310"``).
``day_exhausted`` like ``quota_day`` but *persisting*: the key (its project
                  bucket) stays exhausted until ``LLMServer.reset_day()``.
``no_quota``      a key that never had quota (Gemini ``quotaValue "0"``, OpenAI
                  ``insufficient_quota``, Zhipu ``1113`` arrears).
``drop``          close the socket without sending any response.

Successful (HTTP 200) replies with odd content (they *do* count against rpm):

``truncated``     content cut mid-JSON; finish reason ``length`` / ``MAX_TOKENS``.
``fenced``        content wrapped in a markdown ```json fence with chat around it.
``invalid_json``  chatty prose with no JSON at all.
``blocked``       safety block (OpenAI ``content_filter``, Zhipu ``sensitive``,
                  Gemini ``promptFeedback.blockReason = SAFETY`` and no candidate).
``slow``          a normal reply after ``delay`` seconds (any kind may also carry
                  ``delay``; ``slow`` is just "delay and nothing else").
``wrong_shape``   valid JSON, but not our shape: keys ``question_text`` /
                  ``answer_text`` under ``items`` (what ``json_object`` mode gives a
                  small model).
``prose``         no JSON: ``Question: … / Answer: …`` lines (a server that
                  ignores ``response_format``).

Streaming (``stream: true`` / ``streamGenerateContent?alt=sse``); a request that does
not stream gets the whole reply after the gaps added up:

``slow_stream``   the reply in ``pieces`` pieces, ``gap`` seconds apart: slow but
                  alive, never silent for longer than ``gap``.
``dead_stream``   ``pieces`` pieces, then silence (until the client gives up or the
                  server stops): a server that died mid-reply.

Retry hints (``rate_limit`` / ``quota_day``): ``retry_after`` is the hint in real
seconds (``None``: computed from the window, or ``window/3`` for injected faults).
``hint`` chooses where the hint is written:

``"auto"``            what the real provider does: OpenAI headers
                      ``retry-after``/``retry-after-ms``/``x-ratelimit-*`` plus
                      "Please try again in Xs." in the message; Gemini
                      ``RetryInfo.retryDelay`` plus "Please retry in Xs."; Zhipu
                      nothing (real 1302/1303 carry no hint).
``"retry-after"``     only the ``retry-after`` header (integer seconds, rounded up).
``"retry-after-ms"``  only the ``retry-after-ms`` header.
``"message"``         only the text of the message (OpenAI "Please try again in
                      1.5s.", Gemini "Please retry in 1.5s."), no header/RetryInfo.
``"none"``            no hint anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FaultKind = Literal[
    "server_error",
    "invalid_key",
    "unauthorized",
    "forbidden",
    "rate_limit",
    "quota_day",
    "day_exhausted",
    "no_quota",
    "drop",
    "truncated",
    "fenced",
    "invalid_json",
    "blocked",
    "slow",
    "wrong_shape",
    "prose",
    "slow_stream",
    "dead_stream",
]
HintMode = Literal["auto", "retry-after", "retry-after-ms", "message", "none"]

# Kinds that answer with an HTTP error instead of a completion.
ERROR_KINDS: frozenset[str] = frozenset(
    {
        "server_error",
        "invalid_key",
        "unauthorized",
        "forbidden",
        "rate_limit",
        "quota_day",
        "day_exhausted",
        "no_quota",
    }
)
# Kinds that answer 200 but change the completion text / finish reason.
CONTENT_KINDS: frozenset[str] = frozenset({"truncated", "fenced", "invalid_json", "blocked", "wrong_shape", "prose"})
STREAM_KINDS: frozenset[str] = frozenset({"slow_stream", "dead_stream"})


@dataclass(frozen=True)
class Fault:
    """One scripted misbehaviour; see the module docstring for the kinds."""

    kind: FaultKind
    status: int | None = None  # server_error: 500/502/503/504
    retry_after: float | None = None  # hint in real seconds
    hint: HintMode = "auto"
    code: str | None = None  # Zhipu business code override ("1303", "1308", ...)
    delay: float = 0.0  # seconds to wait before answering (slow replies, timeouts)
    gap: float = 0.0  # streaming: seconds between two pieces
    pieces: int = 0  # streaming: how many pieces (dead_stream: before the silence)

    # Named constructors keep test code readable: Fault.rate_limit(retry_after=2).
    @classmethod
    def server_error(cls, status: int = 500, *, delay: float = 0.0) -> Fault:
        return cls("server_error", status=status, delay=delay)

    @classmethod
    def invalid_key(cls) -> Fault:
        return cls("invalid_key")

    @classmethod
    def unauthorized(cls) -> Fault:
        return cls("unauthorized")

    @classmethod
    def forbidden(cls) -> Fault:
        return cls("forbidden")

    @classmethod
    def rate_limit(
        cls, retry_after: float | None = None, *, hint: HintMode = "auto", code: str | None = None
    ) -> Fault:
        return cls("rate_limit", retry_after=retry_after, hint=hint, code=code)

    @classmethod
    def quota_day(
        cls, retry_after: float | None = None, *, hint: HintMode = "auto", code: str | None = None
    ) -> Fault:
        return cls("quota_day", retry_after=retry_after, hint=hint, code=code)

    @classmethod
    def day_exhausted(cls, *, code: str | None = None) -> Fault:
        return cls("day_exhausted", code=code)

    @classmethod
    def no_quota(cls) -> Fault:
        return cls("no_quota")

    @classmethod
    def drop(cls, *, delay: float = 0.0) -> Fault:
        return cls("drop", delay=delay)

    @classmethod
    def truncated(cls) -> Fault:
        return cls("truncated")

    @classmethod
    def fenced(cls) -> Fault:
        return cls("fenced")

    @classmethod
    def invalid_json(cls) -> Fault:
        return cls("invalid_json")

    @classmethod
    def blocked(cls) -> Fault:
        return cls("blocked")

    @classmethod
    def slow(cls, delay: float) -> Fault:
        return cls("slow", delay=delay)

    @classmethod
    def wrong_shape(cls) -> Fault:
        return cls("wrong_shape")

    @classmethod
    def prose(cls) -> Fault:
        return cls("prose")

    @classmethod
    def slow_stream(cls, gap: float, pieces: int = 6) -> Fault:
        return cls("slow_stream", gap=gap, pieces=pieces)

    @classmethod
    def dead_stream(cls, pieces: int = 2) -> Fault:
        return cls("dead_stream", pieces=pieces)

    @property
    def is_error(self) -> bool:
        return self.kind in ERROR_KINDS
