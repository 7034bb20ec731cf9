"""What every LLM provider adapter shares: the request/reply records, the one error type, and
the small helpers that turn an SDK's failure into something the key pool can act on.

An adapter's `complete(key, request)` either returns a `ChatReply` or raises `ProviderError`
for what the SDK (or its HTTP library, httpx / httpx2) raised. Any other exception is a bug of
ours and escapes as it is, with its traceback: it must never pass for a flaky provider.
`ProviderError.kind` is one of the key pool's outcome kinds (plus `bad_request`: the request
itself was refused, which says nothing about the key), `retry_after` is the provider's own
hint in seconds when it gave one, and `unreachable` says no connection could be made at all.

A request asks for its output in one of three ways (`ChatRequest.output`, the "ladder"):
`json_schema` (the pair schema as structured output), `json_object` (any JSON), `plain`
(instructions only). Replies may be streamed (`stream`): then `timeout` is the longest silence
between two pieces of the reply, not a deadline for the whole of it, and setting `cancel`
closes the stream.

Keys are secrets: reasons are built from status codes and provider messages, scrubbed of the
key, and SDK exceptions are never chained (they carry the request headers).
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any, Generic, Protocol, TypeVar

from distill.keypool import RequestOutcome, mask

# Sent when a local OpenAI-compatible server needs no key: the SDKs insist on some string.
NO_KEY = "sk-no-key"
ERROR_KINDS = ("rate_limited", "exhausted", "disabled", "transient", "bad_request")
FINISH_REASONS = ("stop", "length", "blocked", "other")
OUTPUTS = ("json_schema", "json_object", "plain")  # the structured-output ladder, top first
DEFAULT_TIMEOUT = 60.0


class Cancelled(InterruptedError):
    """The request was cancelled (a second Ctrl-C) while its reply was streaming in."""


@dataclass(frozen=True)
class ChatRequest:
    """One system + user prompt for one model, and any turns after it."""

    system: str
    user: str
    model: str
    temperature: float
    max_tokens: int | None = None
    output: str = "json_object"  # json_schema | json_object | plain
    timeout: float = DEFAULT_TIMEOUT  # seconds: whole request, or longest silence when streaming
    schema: Mapping[str, Any] | None = field(default=None, compare=False)  # for output json_schema
    turns: tuple[tuple[str, str], ...] = ()  # (role "assistant" | "user", text) after `user`
    stream: bool = False
    cancel: threading.Event | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.output not in OUTPUTS:
            raise ValueError(f"unknown output {self.output!r}")

    @property
    def json_mode(self) -> bool:
        return self.output != "plain"

    @property
    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()


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
                 status: int | None = None, unreachable: bool = False) -> None:
        if kind not in ERROR_KINDS:
            raise ValueError(f"unknown error kind {kind!r}")
        self.kind, self.reason, self.retry_after, self.status = kind, reason, retry_after, status
        self.unreachable = unreachable
        super().__init__(self._text())

    def _text(self) -> str:
        hint = f" (retry after {self.retry_after:g}s)" if self.retry_after is not None else ""
        return f"{self.kind}: {self.reason}{hint}"

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only fields: the default Exception pickling would call cls(message).
        return (_rebuild_error, (self.kind, self.reason, self.retry_after, self.status, self.unreachable))

    def __repr__(self) -> str:
        return (f"ProviderError(kind={self.kind!r}, reason={self.reason!r}, "
                f"retry_after={self.retry_after!r}, status={self.status!r})")

    def outcome(self) -> RequestOutcome:
        """What this failure does to the key that sent the request.

        A bad request (prompt too long, unknown model) is not the key's fault: the key answered,
        so the pool sees "ok" and the caller fails the chunk instead.
        """
        kind = "ok" if self.kind == "bad_request" else self.kind
        return RequestOutcome(kind, self.retry_after, self.reason)


    def names(self, *words: str) -> bool:
        """Whether a refused request's message names one of `words` (`response_format`...)."""
        text = self.reason.lower()
        return self.kind == "bad_request" and any(w.lower() in text for w in words)


def _rebuild_error(kind: str, reason: str, retry_after: float | None, status: int | None,
                   unreachable: bool = False) -> ProviderError:
    return ProviderError(kind, reason, retry_after=retry_after, status=status, unreachable=unreachable)


class Provider(Protocol):
    """One LLM service; `complete` raises `ProviderError` only."""

    name: str  # "gemini" | "zhipu" | "openai"

    def complete(self, key: str | None, request: ChatRequest) -> ChatReply: ...

    def wire_temperature(self, temperature: float) -> float:
        """The temperature this provider's SDK really sends for `temperature`."""
        ...


# -- clients ----------------------------------------------------------------------------------
class _Closable(Protocol):
    def close(self) -> None: ...


C = TypeVar("C", bound=_Closable)  # an SDK client


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
    """An exception class of the SDK that we did not foresee: retryable, named by type only."""
    return ProviderError("transient", f"unexpected {type(exc).__name__} from the SDK")


def _http_modules() -> list[Any]:
    modules = []
    for name in ("httpx", "httpx2"):  # openai and google-genai use httpx2, zhipuai httpx
        try:
            modules.append(__import__(name))
        except ImportError:
            continue
    return modules


def transport_error(exc: BaseException, timeout: float) -> ProviderError | None:
    """The `ProviderError` for an httpx / httpx2 exception (raw, or the cause of an SDK's); else None.

    A connection that could not be made at all (refused, DNS, connect timeout) is `unreachable`:
    the run tells an outage from a flaky server by it.
    """
    for module in _http_modules():
        if isinstance(exc, (module.ConnectError, module.ConnectTimeout)):
            return ProviderError("transient", f"cannot connect ({type(exc).__name__})", unreachable=True)
        if isinstance(exc, module.TimeoutException):  # a subclass of TransportError: tested first
            return ProviderError("transient", f"timeout after {timeout:g}s")
        if isinstance(exc, module.TransportError):
            return ProviderError("transient", f"connection error ({type(exc).__name__})")
        if isinstance(exc, module.HTTPError | module.StreamError):
            return ProviderError("transient", f"connection error ({type(exc).__name__})")
    return None


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
    text = message or ""
    for match in _AFTER.finditer(text):
        seconds = parse_duration(text[match.end():])
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
        """Close every client: requests in flight on them fail at once (a second Ctrl-C)."""
        for client in self._clients.clear():
            client.close()

    @staticmethod
    def make_client(key: str, base_url: str | None) -> C:
        raise NotImplementedError

    def send(self, client: C, request: ChatRequest) -> ChatReply:
        raise NotImplementedError

    def classify(self, exc: Exception, key: str, timeout: float) -> ProviderError | None:
        raise NotImplementedError


def chat_sdk_error(sdk: Any, exc: Exception, timeout: float,
                   status_error: Callable[[Any], ProviderError]) -> ProviderError | None:
    """The `ProviderError` for an exception of an OpenAI-style SDK (openai and zhipuai name their
    classes alike): timeouts and dropped connections are transient, statuses go to `status_error`.
    None for an exception that is neither the SDK's nor its HTTP library's (a bug of ours)."""
    # APITimeoutError subclasses APIConnectionError, so it is tested first.
    if isinstance(exc, sdk.APITimeoutError):
        return ProviderError("transient", f"timeout after {timeout:g}s")
    if isinstance(exc, sdk.APIConnectionError):
        from_cause = transport_error(exc.__cause__, timeout) if exc.__cause__ else None
        if from_cause is not None and from_cause.unreachable:
            return from_cause
        cause = type(exc.__cause__).__name__ if exc.__cause__ else "no response"
        return ProviderError("transient", f"connection error ({cause})")
    if isinstance(exc, sdk.APIStatusError):
        return status_error(exc)
    from_http = transport_error(exc, timeout)  # a stream read fails with the raw httpx error
    if from_http is not None:
        return from_http
    base = getattr(sdk, "OpenAIError", None) or getattr(sdk, "ZhipuAIError", None)
    return unexpected(exc) if base is not None and isinstance(exc, base) else None


def guarded(send: Callable[[], ChatReply], classify: Callable[[Exception], ProviderError | None]) -> ChatReply:
    """Run `send`; an exception of the SDK becomes the `ProviderError` that `classify` makes of it.

    What `classify` does not recognise (None) is re-raised untouched: an AttributeError in our
    own reply handling is a bug to be fixed, not a transient error to be retried. The
    `ProviderError` is raised outside the `except` block on purpose: it then has no
    `__context__`, so the SDK exception (which holds the request, auth header included) is
    not kept alive or printed with it.
    """
    try:
        return send()
    except ProviderError:
        raise
    except Exception as exc:  # noqa: BLE001 - sorted below: the SDK's own, or ours
        error = classify(exc)
        if error is None:
            raise
    raise error


def collect_text(pieces: Iterable[tuple[str, Any]], request: ChatRequest) -> tuple[str, Any]:
    """Join streamed text pieces, `(text, chunk)`; returns (text, last chunk).

    Checks `request.cancel` between pieces and closes nothing itself: the caller's `with`
    around the stream does.
    """
    parts: list[str] = []
    last: Any = None
    for text, chunk in pieces:
        if request.cancelled:
            raise Cancelled("request cancelled")
        parts.append(text)
        last = chunk
    return "".join(parts), last
