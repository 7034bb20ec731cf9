"""What every LLM provider adapter shares: the request/reply records, the one error type, and
the small helpers that turn an SDK's failure into something the key pool can act on.

An adapter's `complete(key, request)` either returns a `ChatReply` or raises `ProviderError`;
nothing else escapes. `ProviderError.kind` is one of the key pool's outcome kinds (plus
`bad_request`: the request itself was refused, which says nothing about the key), and
`retry_after` is the provider's own hint in seconds when it gave one.

Keys are secrets: reasons are built from status codes and provider messages, scrubbed of the
key, and SDK exceptions are never chained (they carry the request headers).
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Generic, Protocol, TypeVar

from distill.keypool import Outcome, mask

# Sent when a local OpenAI-compatible server needs no key: the SDKs insist on some string.
NO_KEY = "sk-no-key"
ERROR_KINDS = ("rate_limited", "exhausted", "disabled", "transient", "bad_request")
FINISH_REASONS = ("stop", "length", "blocked", "other")


@dataclass(frozen=True)
class ChatRequest:
    """One system + user prompt for one model."""

    system: str
    user: str
    model: str
    temperature: float
    max_tokens: int | None = None
    json_mode: bool = True
    timeout: float = 120.0  # seconds for the whole request


@dataclass(frozen=True)
class ChatReply:
    """A model's answer, normalised across providers."""

    text: str
    finish_reason: str  # "stop" | "length" | "blocked" | "other"
    tokens_in: int
    tokens_out: int
    temperature_sent: float | None  # what really went on the wire (zhipuai clamps it)
    model: str  # as reported by the provider, else the requested model

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


class ProviderError(Exception):
    """A request that did not produce a reply, classified for the key pool.

    `kind`: "rate_limited" | "exhausted" | "disabled" | "transient" | "bad_request".
    `reason` is short, human and never contains a key.
    """

    def __init__(self, kind: str, reason: str, *, retry_after: float | None = None,
                 status: int | None = None) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown error kind {kind!r}")
        self.kind, self.reason, self.retry_after, self.status = kind, reason, retry_after, status
        super().__init__(self._text())

    def _text(self) -> str:
        hint = f" (retry after {self.retry_after:g}s)" if self.retry_after is not None else ""
        return f"{self.kind}: {self.reason}{hint}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only fields: the default Exception pickling would call cls(message).
        return (_rebuild_error, (self.kind, self.reason, self.retry_after, self.status))

    def __repr__(self) -> str:
        return (f"ProviderError(kind={self.kind!r}, reason={self.reason!r}, "
                f"retry_after={self.retry_after!r}, status={self.status!r})")

    def outcome(self) -> Outcome:
        """What this failure does to the key that sent the request.

        A bad request (prompt too long, unknown model) is not the key's fault: the key answered,
        so the pool sees "ok" and the caller fails the chunk instead.
        """
        kind = "ok" if self.kind == "bad_request" else self.kind
        return Outcome(kind, self.retry_after, self.reason)


def _rebuild_error(kind: str, reason: str, retry_after: float | None, status: int | None) -> ProviderError:
    return ProviderError(kind, reason, retry_after=retry_after, status=status)


class Provider(Protocol):
    """One LLM service; `complete` raises `ProviderError` only."""

    name: str  # "gemini" | "zhipu" | "openai"

    def complete(self, key: str | None, request: ChatRequest) -> ChatReply: ...

    def wire_temperature(self, temperature: float) -> float:
        """The temperature this provider's SDK really sends for `temperature`."""
        ...


# -- clients ----------------------------------------------------------------------------------
C = TypeVar("C")


class ClientCache(Generic[C]):
    """One SDK client per (key, base URL), built once, shared by every thread.

    Entries are filed under a hash of the key, so the mapping itself holds no secret.
    """

    def __init__(self, build: Callable[[str, str | None], C]) -> None:
        self._build = build
        self._clients: dict[tuple[str, str | None], C] = {}
        self._lock = threading.Lock()

    def get(self, key: str, base_url: str | None) -> C:
        ident = (hashlib.sha256(key.encode()).hexdigest(), base_url)
        with self._lock:
            client = self._clients.get(ident)
            if client is None:
                client = self._clients[ident] = self._build(key, base_url)
            return client

    def clear(self) -> list[C]:
        """Forget every client; returns them so the caller may close them."""
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        return clients

    def __len__(self) -> int:
        return len(self._clients)

    def __repr__(self) -> str:
        return f"ClientCache({len(self)} clients)"


# -- reasons ----------------------------------------------------------------------------------
def scrub(text: str, key: str | None, limit: int = 200) -> str:
    """`text` one-lined, shortened, with the key (if it appears) replaced by its mask."""
    text = " ".join(str(text).split())
    if key and key != NO_KEY:
        text = text.replace(key, mask(key))
        # Zhipu keys are `id.secret`: either half alone is still a secret.
        for part in key.split("."):
            if len(part) >= 8:
                text = text.replace(part, "…")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def unexpected(exc: BaseException) -> ProviderError:
    """Anything an SDK throws that we did not foresee: retryable, named by type only."""
    return ProviderError("transient", f"unexpected {type(exc).__name__} from the SDK")


# -- retry hints ------------------------------------------------------------------------------
_UNITS = {"ms": 0.001, "s": 1.0, "sec": 1.0, "second": 1.0, "seconds": 1.0, "m": 60.0, "min": 60.0,
          "minute": 60.0, "minutes": 60.0, "h": 3600.0, "hour": 3600.0, "hours": 3600.0}
_PART = r"\d+(?:\.\d+)?\s*(?:ms|seconds?|sec|s|minutes?|min|m|hours?|h)"
_DURATION = re.compile(rf"^\s*((?:{_PART}\s*)+)")
_PARTS = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|seconds?|sec|s|minutes?|min|m|hours?|h)")
_AFTER = re.compile(r"(?:try again|retry) in\s+", re.IGNORECASE)


def parse_duration(text: str) -> float | None:
    """Seconds in `17s`, `1.5s`, `250ms`, `1m30s`, `6m0s`, `1h2m3s`, `20 seconds`; else None."""
    match = _DURATION.match(text or "")
    if not match:
        return None
    return sum(float(n) * _UNITS[u] for n, u in _PARTS.findall(match.group(1)))


def hint_from_message(message: str | None) -> float | None:
    """The delay in "Please try again in 1.5s." / "Please retry in 17s." / "try again in 1m30s"."""
    for match in _AFTER.finditer(message or ""):
        seconds = parse_duration(message[match.end():])  # type: ignore[index]
        if seconds is not None:
            return seconds
    return None


def hint_from_headers(headers: Mapping[str, str] | None) -> float | None:
    """`retry-after-ms` (precise), else `retry-after` (seconds or an HTTP date)."""
    if not headers:
        return None
    ms = _number(headers.get("retry-after-ms"))
    if ms is not None:
        return ms / 1000.0
    value = headers.get("retry-after")
    seconds = _number(value)
    if seconds is not None or not value:
        return seconds
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None


def seconds_until(stamp: datetime) -> float:
    """Seconds from now until an aware datetime (never negative)."""
    return max(0.0, stamp.timestamp() - time.time())


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number >= 0 else None


def first_hint(*hints: float | None) -> float | None:
    """The first hint that was given."""
    return next((h for h in hints if h is not None), None)


class SdkProvider(Generic[C]):
    """What every SDK-backed provider shares: one cached client per key and base URL, retries
    off in the client, and every exception turned into a `ProviderError` by the subclass."""

    name: str
    default_model: str

    def __init__(self, base_url: str | None = None) -> None:
        self.base_url = base_url
        self._clients: ClientCache[C] = ClientCache(self.make_client)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def wire_temperature(self, temperature: float) -> float:
        """The temperature this provider's SDK really sends for `temperature`."""
        return temperature

    def complete(self, key: str | None, request: ChatRequest) -> ChatReply:
        key = key or NO_KEY
        return guarded(lambda: self.send(self._clients.get(key, self.base_url), request),
                       lambda exc: self.classify(exc, key, request.timeout))

    def close(self) -> None:
        for client in self._clients.clear():
            client.close()  # type: ignore[attr-defined]

    @staticmethod
    def make_client(key: str, base_url: str | None) -> C:
        raise NotImplementedError

    def send(self, client: C, request: ChatRequest) -> ChatReply:
        raise NotImplementedError

    def classify(self, exc: Exception, key: str, timeout: float) -> ProviderError:
        raise NotImplementedError


def chat_sdk_error(sdk: Any, exc: Exception, timeout: float,
                   status_error: Callable[[Any], ProviderError]) -> ProviderError:
    """The `ProviderError` for an exception of an OpenAI-style SDK (openai and zhipuai name their
    classes alike): timeouts and dropped connections are transient, statuses go to `status_error`."""
    # APITimeoutError subclasses APIConnectionError, so it is tested first.
    if isinstance(exc, sdk.APITimeoutError):
        return ProviderError("transient", f"timeout after {timeout:g}s")
    if isinstance(exc, sdk.APIConnectionError):
        cause = type(exc.__cause__).__name__ if exc.__cause__ else "no response"
        return ProviderError("transient", f"connection error ({cause})")
    if isinstance(exc, sdk.APIStatusError):
        return status_error(exc)
    return unexpected(exc)


def guarded(send: Callable[[], ChatReply], classify: Callable[[Exception], ProviderError]) -> ChatReply:
    """Run `send`; any exception becomes the `ProviderError` that `classify` makes of it.

    The error is raised outside the `except` block on purpose: it then has no `__context__`,
    so the SDK exception (which holds the request, auth header included) is not kept alive
    or printed with it.
    """
    try:
        return send()
    except ProviderError:
        raise
    except Exception as exc:  # noqa: BLE001 - an adapter must never crash its caller
        try:
            error = classify(exc)
        except Exception:  # noqa: BLE001 - a classifier bug is still only a transient failure
            error = unexpected(exc)
    raise error
