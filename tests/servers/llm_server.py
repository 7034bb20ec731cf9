"""Loopback HTTP server that speaks OpenAI, Gemini and Zhipu (GLM) wire protocols.

Tests drive the *real* SDK clients (``openai``, ``google-genai``, ``zhipuai``)
against it, so retry/429/timeout handling is exercised exactly as in
production, only on 127.0.0.1 and with scripted behaviour. Standard library
only (``http.server.ThreadingHTTPServer`` on a background thread).

Usage::

    with LLMServer(window_seconds=2.0) as srv:          # a 2-second "minute"
        srv.add_key("openai", "sk-a", rpm=3)
        srv.add_key("gemini", "g-1", rpm=10, project="p1")  # keys in p1 share one window
        srv.add_key("zhipu", "abc.secret")
        srv.inject("openai", Fault.rate_limit(retry_after=1.5), key="sk-a")
        client = openai.OpenAI(api_key="sk-a", base_url=srv.openai_base_url, max_retries=0)
        ...
        assert srv.requests[-1].temperature == 0.1

Endpoints (``srv.url`` = ``http://127.0.0.1:PORT``):

* OpenAI  ``POST /v1/chat/completions``; key from ``Authorization: Bearer``.
  Client: ``OpenAI(api_key=k, base_url=srv.openai_base_url, max_retries=0)``.
* Gemini  ``POST /v1beta/models/{model}:generateContent``; key from
  ``x-goog-api-key`` (or ``?key=``). Client: ``genai.Client(api_key=k,
  http_options=types.HttpOptions(base_url=srv.gemini_base_url,
  api_version="v1beta", retry_options=types.HttpRetryOptions(attempts=1)))``.
* Zhipu   ``POST /api/paas/v4/chat/completions``; ``ZhipuAI(api_key=k,
  base_url=srv.zhipu_base_url, max_retries=0)``. zhipuai 2.1.5 sends the raw
  key as ``Bearer id.secret`` by default; with ``disable_token_cache=False``
  it sends an HS256 JWT (payload ``api_key``=id, ``exp``/``timestamp`` in
  *milliseconds*, signed with the secret). Both are accepted; a JWT is
  verified and mapped back to the registered ``id.secret`` key.

``LLMServer(require_key=False)`` accepts any or no key (a local
OpenAI-compatible server; the openai SDK still needs some ``api_key`` string).

Local-server behaviour (llama.cpp, vLLM, ``transformers serve``):

* ``LLMServer(slots=1)``: at most that many requests are answered at once, the
  rest queue (``max_concurrent`` tells the most that ever ran together).
* ``srv.props = {...}`` answers ``GET /props`` (llama.cpp: ``total_slots``,
  ``default_generation_settings.n_ctx``); ``srv.models = [...]`` answers
  ``GET /v1/models`` (vLLM: ``max_model_len``). Unset: 404, as other servers do.
* ``srv.honour_max_tokens = True``: a reply longer than the request's ``max_tokens``
  (counted as ``approx_tokens``) is cut there, finish reason ``length``, as a real model
  stops writing; by default the responder's whole text is sent.
* ``srv.reject_formats = {"json_schema"}``: a ``response_format`` of that type
  (Gemini: ``responseJsonSchema``) is answered 400 naming it, like a server
  without structured output.
* Streaming (``stream: true``; Gemini ``streamGenerateContent?alt=sse``) answers
  server-sent events in pieces; ``Fault.slow_stream`` / ``Fault.dead_stream``
  space them out or stop them.

How the SDKs surface our replies (openai 3.52 / google-genai 3.4 /
zhipuai 2.1.5; verified by ``test_llm_server.py``)
-------------------------------------------------------------------------------
OpenAI (``openai``; note this SDK is built on ``httpx2``, not ``httpx``):

* 429 -> ``openai.RateLimitError`` (subclass of ``openai.APIStatusError``);
  401 -> ``openai.AuthenticationError``; 403 -> ``openai.PermissionDeniedError``;
  400 -> ``openai.BadRequestError``; 5xx -> ``openai.InternalServerError``.
* status: ``e.status_code``; headers: ``e.response.headers["retry-after"]``,
  ``["retry-after-ms"]``, ``["x-ratelimit-reset-requests"]`` (``httpx2.Headers``,
  case-insensitive, missing -> ``.get()`` is None).
* error body: ``e.body`` is the *inner* dict ``{"message", "type", "param",
  "code"}``; shortcuts ``e.code`` (``"rate_limit_exceeded"`` /
  ``"insufficient_quota"`` / ``"invalid_api_key"``), ``e.type``, ``e.message``
  (``"Error code: 429 - {...}"``). Full JSON: ``e.response.json()``.
* timeout -> ``openai.APITimeoutError``; dropped connection ->
  ``openai.APIConnectionError`` (``APITimeoutError`` subclasses it, so catch the
  timeout first). Neither has a ``response``.
* truncation: ``completion.choices[0].finish_reason == "length"``.

Gemini (``google.genai.errors``):

* every 4xx -> ``errors.ClientError``, 5xx -> ``errors.ServerError`` (both
  ``errors.APIError``). ``e.code`` (int HTTP status), ``e.status``
  (``"RESOURCE_EXHAUSTED"``, ``"INVALID_ARGUMENT"``...), ``e.message``.
* error body: ``e.details`` is the WHOLE parsed JSON ``{"error": {...}}``, so
  the rpc details list is ``e.details["error"]["details"]``; the retry hint is
  the item with ``"@type" == "type.googleapis.com/google.rpc.RetryInfo"``
  -> ``["retryDelay"]`` (``"17s"``, ``"1.5s"``); quota kind in the
  ``QuotaFailure`` item -> ``["violations"][i]["quotaId"]``
  (``...PerMinute...`` vs ``...PerDay...``) and ``["quotaValue"]`` (``"0"`` =
  key has no quota). A bad key is ``e.code == 400`` with an ``ErrorInfo``
  detail whose ``["reason"] == "API_KEY_INVALID"``. Headers:
  ``e.response.headers`` (an ``httpx``/``httpx2`` response).
  Beware: per-day and zero-quota 429s ALSO carry a short ``retryDelay``
  (the real API does the same) -- decide by ``quotaId``/``quotaValue``.
* timeout (``HttpOptions(timeout=<milliseconds>)``) and dropped connection are
  NOT wrapped in ``errors.APIError``: the raw transport exception escapes.
  google-genai 3.4 defaults to the ``httpx2`` backend, so they are
  ``httpx2.ReadTimeout`` (a ``httpx2.TimeoutException``) and
  ``httpx2.RemoteProtocolError`` (a ``httpx2.TransportError``); with
  ``GOOGLE_GENAI_HTTP_CLIENT=httpx`` they are the same names from ``httpx``.
  Catch both families, e.g. ``(httpx.TimeoutException,
  httpx2.TimeoutException)`` -- see ``GEMINI_TIMEOUT_ERRORS`` /
  ``GEMINI_CONNECTION_ERRORS`` in ``test_llm_server.py``. Timeout is a
  subclass of TransportError in both, so test for it first.
* truncation: ``resp.candidates[0].finish_reason == types.FinishReason.MAX_TOKENS``;
  ``resp.text`` still returns the partial text. Safety block:
  ``resp.prompt_feedback.block_reason`` set, ``resp.candidates`` is None,
  ``resp.text`` is None.

Zhipu (``zhipuai.core._errors``, re-exported by ``zhipuai``):

* 429 -> ``zhipuai.APIReachLimitError``; 401 -> ``zhipuai.APIAuthenticationError``;
  400 -> ``zhipuai.APIRequestFailedError``; 500 -> ``zhipuai.APIInternalError``;
  503 -> ``zhipuai.APIServerFlowExceedError``; others (403...) ->
  ``zhipuai.APIStatusError`` (base of all of these).
* status: ``e.status_code``; headers: ``e.response.headers`` (``httpx``);
  body: ``e.response.json()["error"]["code"]`` (a STRING: ``"1302"``,
  ``"1113"``...) and ``["message"]``. There is no ``e.body``/``e.code``.
* timeout -> ``zhipuai.APITimeoutError``; dropped connection ->
  ``zhipuai.APIConnectionError`` (timeout subclasses it). These are NOT
  ``APIStatusError``.
* ``max_retries=0`` is supported by ``ZhipuAI(...)``. The SDK ignores
  ``retry-after`` (commented out in its retry code).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import json
import random
import re
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qs, unquote

from .faults import CONTENT_KINDS, STREAM_KINDS, Fault
from .responder import (
    Prompt,
    Responder,
    default_responder,
    fence,
    invalid_json,
    prompt_from_chat,
    prompt_from_gemini,
    prose,
    truncate_json,
    wrong_shape,
)
from .wire import (
    GEMINI,
    OPENAI,
    PROVIDERS,
    ZHIPU,
    Finish,
    LimitInfo,
    WireReply,
    approx_tokens,
    completion_reply,
    error_reply,
    ratelimit_headers,
)

__all__ = [
    "Fault",
    "KeyConfig",
    "LLMServer",
    "Prompt",
    "RecordedRequest",
    "default_responder",
    "GEMINI",
    "OPENAI",
    "ZHIPU",
]

_OPENAI_PATH = "/v1/chat/completions"
_ZHIPU_PATH = "/api/paas/v4/chat/completions"
_GEMINI_PATH = re.compile(r"^/(?:v1beta|v1|v1alpha)/models/(?P<model>[^/:]+):(?P<method>\w+)$")
_MAX_BODY = 32 * 1024 * 1024


# --- public records --------------------------------------------------------------


@dataclass
class KeyConfig:
    """Per-key limits and persistent behaviour (``LLMServer.add_key``)."""

    provider: str
    key: str | None
    rpm: int | None = None
    rpd: int | None = None
    project: str | None = None
    behaviour: Fault | None = None


@dataclass
class RecordedRequest:
    """One request as the server saw it, plus the status it answered.

    ``status`` is None when the connection was dropped on purpose.
    ``key`` is the API key (a Zhipu JWT is mapped back to ``id.secret``);
    ``auth`` says how it came: ``bearer``, ``jwt``, ``header``, ``query``.
    """

    provider: str
    path: str
    model: str
    key: str | None
    auth: str | None
    body: Any
    headers: dict[str, str]
    prompt: Prompt
    time: float
    status: int | None = None
    fault: str | None = None
    error: str | None = None
    stream_fault: Fault | None = None

    @property
    def stream(self) -> bool:
        """Whether the client asked for a streamed reply."""
        if self.provider == GEMINI:
            return self.path.endswith(":streamGenerateContent")
        return bool(self.body.get("stream")) if isinstance(self.body, dict) else False

    @property
    def response_format(self) -> dict[str, Any]:
        """OpenAI/Zhipu ``response_format`` (empty when none was sent)."""
        fmt = self.body.get("response_format") if isinstance(self.body, dict) else None
        return fmt if isinstance(fmt, dict) else {}

    @property
    def schema(self) -> Any:
        """The JSON schema asked for: ``response_format.json_schema.schema`` or Gemini's."""
        if self.provider == GEMINI:
            cfg = self.generation_config
            return cfg.get("responseJsonSchema", cfg.get("response_json_schema"))
        return (self.response_format.get("json_schema") or {}).get("schema")

    @property
    def generation_config(self) -> dict[str, Any]:
        """Gemini ``generationConfig`` (empty for chat providers)."""
        if self.provider != GEMINI or not isinstance(self.body, dict):
            return {}
        return self.body.get("generationConfig") or self.body.get("generation_config") or {}

    @property
    def temperature(self) -> float | None:
        if self.provider == GEMINI:
            return self.generation_config.get("temperature")
        return self.body.get("temperature") if isinstance(self.body, dict) else None

    @property
    def json_mode(self) -> str | None:
        """``response_format.type`` (OpenAI/Zhipu) or ``responseMimeType`` (Gemini)."""
        if self.provider == GEMINI:
            cfg = self.generation_config
            return cfg.get("responseMimeType", cfg.get("response_mime_type"))
        return self.response_format.get("type")

    @property
    def max_tokens(self) -> int | None:
        if self.provider == GEMINI:
            return self.generation_config.get("maxOutputTokens")
        if not isinstance(self.body, dict):
            return None
        return self.body.get("max_tokens", self.body.get("max_completion_tokens"))

    @property
    def system(self) -> str:
        return self.prompt.system

    @property
    def user_text(self) -> str:
        return self.prompt.user


@dataclass
class _Bucket:
    """Rate state shared by a key, or by all keys of one project."""

    stamps: deque[float] = field(default_factory=deque)  # monotonic times of admitted requests
    day_count: int = 0
    exhausted: bool = False
    exhausted_code: str | None = None  # Zhipu code to keep answering with

    def prune(self, now: float, window: float) -> None:
        while self.stamps and self.stamps[0] <= now - window:
            self.stamps.popleft()


class _DropConnection(Exception):
    """Raised inside the handler to close the socket without a reply."""


# --- HTTP plumbing -----------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    """Thin adapter: all logic lives in ``LLMServer._serve``."""

    protocol_version = "HTTP/1.1"  # keep-alive, like the real endpoints
    timeout = 30  # socket timeout: an idle keep-alive thread never hangs forever
    # Headers and body go out in two writes; without TCP_NODELAY the second one
    # waits for the client's delayed ACK (~40 ms per request).
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        super().setup()
        self.server.owner._track(self.connection, add=True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass  # the peer (or a drop fault) already closed the socket
        finally:
            self.server.owner._track(self.connection, add=False)

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        self.server.owner._serve(self)

    def do_GET(self) -> None:  # noqa: N802
        self.server.owner._serve(self)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep pytest output clean; srv.requests is the log


class _Server(ThreadingHTTPServer):
    daemon_threads = False  # join handler threads on close: no leaked threads
    block_on_close = True
    allow_reuse_address = True

    def __init__(self, owner: LLMServer, address: tuple[str, int]) -> None:
        self.owner = owner
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client vanishing mid-reply is normal in fault tests


# --- the server ------------------------------------------------------------------


class LLMServer:
    """Fake OpenAI / Gemini / Zhipu endpoint with keys, rpm windows and faults.

    Attributes tests may set at any time:

    ``latency``         seconds added to every request (benchmarks).
    ``window_seconds``  length of the rpm window (``time_scale`` = window / 60).
    ``clock``           ``() -> float`` seconds the rpm windows are kept in (default
                        ``time.monotonic``; a test's manual clock makes windows exact).
    ``day_retry_after`` hint (s) put on per-day 429s; default ``window_seconds``.
    ``responder``       ``(provider, model, prompt) -> str`` reply content.
    ``fault_rate_500``  probability of a 500 on any request (seeded RNG).
    ``random_faults``   more ``(probability, Fault)`` pairs drawn per request.
    ``fault_fn``        ``(RecordedRequest) -> Fault | None`` decided per request.
    ``require_key``     False: any or no key is accepted (local servers).
    """

    def __init__(
        self,
        *,
        require_key: bool = True,
        window_seconds: float = 60.0,
        latency: float = 0.0,
        seed: int = 0,
        responder: Responder | None = None,
        host: str = "127.0.0.1",
        slots: int | None = None,
    ) -> None:
        self.require_key = require_key
        self.props: dict[str, Any] | None = None
        self.models: list[dict[str, Any]] | None = None
        self.reject_formats: set[str] = set()
        self.honour_max_tokens = False
        self.max_concurrent = 0
        self._slots = threading.BoundedSemaphore(slots) if slots else None
        self._busy = 0
        self.window_seconds = window_seconds
        self.clock: Callable[[], float] = time.monotonic
        self.day_retry_after: float | None = None
        self.latency = latency
        self.responder: Responder = responder or default_responder
        self.fault_rate_500 = 0.0
        self.random_faults: list[tuple[float, Fault]] = []
        self.fault_fn: Callable[[RecordedRequest], Fault | None] | None = None
        self._host = host
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self._keys: dict[tuple[str, str | None], KeyConfig] = {}
        self._buckets: dict[tuple[str, str | None], _Bucket] = {}
        self._queues: dict[tuple[str, str | None], deque[Fault]] = {}
        self._requests: list[RecordedRequest] = []
        self._ids = itertools.count(1)
        self._sockets: set[socket.socket] = set()
        self._in_flight = 0
        self._stopping = threading.Event()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------

    def start(self) -> LLMServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        self._httpd = _Server(self, (self._host, 0))
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="llm-server", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop accepting, wake sleeping handlers, close idle keep-alives, join all threads."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown_socket(sock)
        httpd.server_close()  # joins handler threads (daemon_threads=False)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> LLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- addresses ---------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("server not started")
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    @property
    def openai_base_url(self) -> str:
        return f"{self.url}/v1"

    @property
    def gemini_base_url(self) -> str:
        return self.url

    @property
    def zhipu_base_url(self) -> str:
        return f"{self.url}/api/paas/v4"

    @property
    def time_scale(self) -> float:
        """Window length as a fraction of a real minute."""
        return self.window_seconds / 60.0

    @time_scale.setter
    def time_scale(self, scale: float) -> None:
        self.window_seconds = 60.0 * scale

    # --- configuration -----------------------------------------------------------

    def add_key(
        self,
        provider: str,
        key: str,
        *,
        rpm: int | None = None,
        rpd: int | None = None,
        project: str | None = None,
        behaviour: Fault | None = None,
    ) -> KeyConfig:
        """Register a key. Keys sharing ``project`` share one rpm/rpd bucket."""
        _check_provider(provider)
        cfg = KeyConfig(provider, key, rpm=rpm, rpd=rpd, project=project, behaviour=behaviour)
        with self._lock:
            self._keys[(provider, key)] = cfg
        return cfg

    def set_behaviour(self, provider: str, key: str, behaviour: Fault | None) -> None:
        """Persistent fault for every request of ``key`` (None: behave normally)."""
        with self._lock:
            self._keys[(provider, key)].behaviour = behaviour

    def inject(self, provider: str, fault: Fault, *, key: str | None = None, times: int = 1) -> None:
        """Queue a one-shot fault for the next request(s) of ``key`` (any key if None)."""
        _check_provider(provider)
        with self._lock:
            self._queues.setdefault((provider, key), deque()).extend([fault] * times)

    def exhaust_day(self, provider: str, key: str, *, code: str | None = None) -> None:
        """Mark the key's bucket as out of daily quota until ``reset_day``."""
        with self._lock:
            bucket = self._bucket(self._config(provider, key))
            bucket.exhausted, bucket.exhausted_code = True, code

    def reset_day(self) -> None:
        """A new quota day: clear exhaustion and day counters (rpm windows stay)."""
        with self._lock:
            for bucket in self._buckets.values():
                bucket.day_count, bucket.exhausted, bucket.exhausted_code = 0, False, None

    def reset_windows(self) -> None:
        """Forget all rpm timestamps (as if a long pause happened)."""
        with self._lock:
            for bucket in self._buckets.values():
                bucket.stamps.clear()

    # --- inspection --------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Snapshot of all recorded requests, oldest first."""
        with self._lock:
            return list(self._requests)

    def requests_for(
        self, provider: str | None = None, key: str | None = None, status: int | None = None
    ) -> list[RecordedRequest]:
        return [
            r
            for r in self.requests
            if (provider is None or r.provider == provider)
            and (key is None or r.key == key)
            and (status is None or r.status == status)
        ]

    @property
    def in_flight(self) -> int:
        """Requests received but not yet answered (e.g. sleeping in a slow fault)."""
        with self._lock:
            return self._in_flight

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    # --- request handling ----------------------------------------------------------

    def _track(self, sock: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._sockets.add(sock)
            else:
                self._sockets.discard(sock)

    def _serve(self, h: _Handler) -> None:
        """Answer one HTTP request; never lets an exception escape."""
        with self._lock:
            self._in_flight += 1
        try:
            self._serve_one(h)
        finally:
            with self._lock:
                self._in_flight -= 1

    def _serve_one(self, h: _Handler) -> None:
        if h.command == "GET":
            self._serve_info(h)
            return
        if self._slots is None:
            self._serve_post(h)
            return
        with self._slots:  # a local server with few slots: the others queue here
            with self._lock:
                self._busy += 1
                self.max_concurrent = max(self.max_concurrent, self._busy)
            try:
                self._serve_post(h)
            finally:
                with self._lock:
                    self._busy -= 1

    def _serve_info(self, h: _Handler) -> None:
        """``GET /props`` (llama.cpp) and ``GET /v1/models`` (vLLM), when configured."""
        path = h.path.partition("?")[0]
        if path == "/props" and self.props is not None:
            _send(h, WireReply(200, self.props))
        elif path == "/v1/models" and self.models is not None:
            _send(h, WireReply(200, {"object": "list", "data": self.models}))
        else:
            _send(h, error_reply(OPENAI, "not_found", message=f"Invalid URL (GET {path})"))

    def _serve_post(self, h: _Handler) -> None:
        path, _, query = h.path.partition("?")
        provider = _guess_provider(path)
        try:
            body_bytes = _read_body(h)
        except (ValueError, OSError) as exc:
            h.close_connection = True  # the stream position is unknown now
            _send(h, error_reply(provider, "bad_request", message=f"Unreadable request body: {exc}"))
            return
        try:
            reply, record = self._process(h, provider, unquote(path), query, body_bytes)
        except _DropConnection:
            _drop(h)
            return
        except Exception:  # noqa: BLE001 - a test server must answer, not die
            reply, record = error_reply(provider, "server_error", status=500), None
        if record is not None:
            record.status = reply.status
            self._record(record)
        if record is not None and record.stream and reply.status == 200:
            self._send_stream(h, record, reply)
        else:
            _send(h, reply)

    def _send_stream(self, h: _Handler, record: RecordedRequest, reply: WireReply) -> None:
        """The reply as server-sent events, paced or stopped by a streaming fault."""
        fault = record.stream_fault
        count = fault.pieces if fault is not None and fault.pieces else 4
        events = stream_events(record.provider, reply.body, count * (3 if fault and fault.kind == "dead_stream" else 1),
                               include_usage=bool((record.body.get("stream_options") or {}).get("include_usage")))
        try:
            h.send_response(200)
            h.send_header("Content-Type", "text/event-stream")
            h.send_header("Transfer-Encoding", "chunked")
            for name, value in reply.headers.items():
                h.send_header(name, value)
            h.end_headers()
            for i, event in enumerate(events):
                if fault is not None and fault.kind == "dead_stream" and i >= fault.pieces:
                    self._stopping.wait(30)  # silence: the client's idle timeout must notice
                    raise _DropConnection
                if fault is not None and fault.kind == "slow_stream":
                    self._sleep(fault.gap)
                _write_chunk(h, f"data: {event}\n\n".encode())
            _write_chunk(h, b"")
        except (OSError, _DropConnection):
            _drop(h)

    def _record(self, record: RecordedRequest) -> None:
        # Recorded *before* the bytes go out, so a test that just got its
        # response back always finds the request in srv.requests.
        with self._lock:
            self._requests.append(record)

    def _process(
        self, h: _Handler, provider: str, path: str, query: str, raw: bytes
    ) -> tuple[WireReply, RecordedRequest | None]:
        route = _route(h.command, path)
        if route is None:
            return error_reply(provider, "not_found", message=f"Invalid URL ({h.command} {path})"), None
        provider, path_model, method = route
        headers = {k.lower(): v for k, v in h.headers.items()}
        body, parse_error = _parse_json(raw)
        prompt = _prompt(provider, body) if parse_error is None else Prompt()
        model = path_model or (body.get("model") if isinstance(body, dict) else None) or ""
        key, auth, auth_error = self._authenticate(provider, headers, query)
        record = RecordedRequest(
            provider=provider,
            path=path,
            model=str(model),
            key=key,
            auth=auth,
            body=body,
            headers=headers,
            prompt=prompt,
            time=time.time(),
        )
        problem = parse_error or _validate(provider, method, body, query) or self._format_problem(record)
        if problem is not None:
            record.error = problem
            return error_reply(provider, "bad_request", message=problem), record
        if auth_error is not None:
            record.fault = auth_error
            return error_reply(provider, auth_error, key=key), record
        return self._answer(record), record

    def _format_problem(self, record: RecordedRequest) -> str | None:
        """The 400 message for a structured-output mode this server is told to refuse."""
        if record.provider == GEMINI:
            if "json_schema" in self.reject_formats and record.schema is not None:
                return 'Invalid JSON payload received. Unknown name "responseJsonSchema" at \'generation_config\''
            return None
        kind = record.response_format.get("type")
        if kind in self.reject_formats:
            return f"response_format type '{kind}' is not supported by this server"
        return None

    def _answer(self, record: RecordedRequest) -> WireReply:
        """Latency, faults, quota windows, then the completion."""
        self._sleep(self.latency)
        cfg = self._config(record.provider, record.key)
        fault = self._pick_fault(cfg, record)
        record.fault = fault.kind if fault else None
        if fault is not None and fault.kind in STREAM_KINDS:
            record.stream_fault = fault
            if not record.stream:  # the whole reply comes when the last piece would have
                self._sleep(30.0 if fault.kind == "dead_stream" else fault.gap * max(1, fault.pieces))
        if fault is not None:
            self._sleep(fault.delay)
            if fault.kind == "drop":
                self._record(record)  # status stays None
                raise _DropConnection
        limited = self._check_limits(cfg, record.model, fault)
        if limited is not None:
            return limited
        return self._complete(record, cfg, fault)

    def _pick_fault(self, cfg: KeyConfig, record: RecordedRequest) -> Fault | None:
        """Injected (this key, then any key) > fault_fn > key behaviour > random."""
        with self._lock:
            for queue_key in ((cfg.provider, record.key), (cfg.provider, None)):
                queue = self._queues.get(queue_key)
                if queue:
                    return queue.popleft()
        if self.fault_fn is not None:
            fault = self.fault_fn(record)
            if fault is not None:
                return fault
        if cfg.behaviour is not None:
            return cfg.behaviour
        return self._random_fault()

    def _random_fault(self) -> Fault | None:
        table = list(self.random_faults)
        if self.fault_rate_500:
            table.append((self.fault_rate_500, Fault.server_error(500)))
        if not table:
            return None
        with self._lock:
            draw = self._rng.random()
        for probability, fault in table:
            if draw < probability:
                return fault
            draw -= probability
        return None

    def _check_limits(self, cfg: KeyConfig, model: str, fault: Fault | None) -> WireReply | None:
        """Day exhaustion, error faults and the rpm/rpd windows, in that order.

        Error faults are answered before the window is touched, and rejected
        requests are not counted -- like the real services, a 429 does not
        consume quota.
        """
        provider = cfg.provider
        now = self.clock()
        with self._lock:
            bucket = self._bucket(cfg)
            bucket.prune(now, self.window_seconds)
            if fault is not None and fault.kind == "day_exhausted":
                bucket.exhausted, bucket.exhausted_code = True, fault.code
            if bucket.exhausted:
                info = self._day_info(cfg, bucket, bucket.exhausted_code)
                return error_reply(provider, "quota_day", model=model, limit=info)
            if fault is not None and fault.is_error:
                info = self._fault_info(cfg, bucket, fault)
                return error_reply(provider, fault.kind, model=model, key=cfg.key, status=fault.status, limit=info)
            if cfg.rpd is not None and bucket.day_count >= cfg.rpd:
                bucket.exhausted = True
                return error_reply(provider, "quota_day", model=model, limit=self._day_info(cfg, bucket, None))
            if cfg.rpm is not None and len(bucket.stamps) >= cfg.rpm:
                wait = bucket.stamps[0] + self.window_seconds - now
                info = LimitInfo("minute", wait, cfg.rpm, len(bucket.stamps))
                return error_reply(provider, "rate_limit", model=model, limit=info)
            bucket.stamps.append(now)
            bucket.day_count += 1
        return None

    def _complete(self, record: RecordedRequest, cfg: KeyConfig, fault: Fault | None) -> WireReply:
        """Build the 200 reply, applying content faults."""
        try:
            content = self.responder(record.provider, record.model, record.prompt)
        except Exception as exc:  # noqa: BLE001 - a broken responder is a 500, not a crash
            record.error = f"responder failed: {exc!r}"
            return error_reply(record.provider, "server_error", status=500)
        finish: Finish = "stop"
        kind = fault.kind if fault is not None and fault.kind in CONTENT_KINDS else None
        if kind == "truncated":
            content, finish = truncate_json(content), "length"
        elif kind == "fenced":
            content = fence(content)
        elif kind == "invalid_json":
            content = invalid_json(content)
        elif kind == "blocked":
            content, finish = "", "blocked"
        elif kind == "wrong_shape":
            content = wrong_shape(content)
        elif kind == "prose":
            content = prose(content)
        budget = record.max_tokens
        if self.honour_max_tokens and isinstance(budget, int) and approx_tokens(content) > budget:
            content, finish = content[: (budget - 1) * 4], "length"  # as a real model runs out of tokens
        return completion_reply(
            record.provider,
            model=record.model,
            content=content,
            finish=finish,
            prompt_tokens=approx_tokens(record.prompt.text),
            request_id=f"{int(time.time())}{next(self._ids):08d}",
            headers=self._success_headers(cfg),
        )

    def _success_headers(self, cfg: KeyConfig) -> dict[str, str]:
        """OpenAI reports its request budget on every reply; others send nothing."""
        if cfg.provider != OPENAI or cfg.rpm is None:
            return {}
        with self._lock:
            bucket = self._bucket(cfg)
            reset = (bucket.stamps[0] + self.window_seconds - self.clock()) if bucket.stamps else 0.0
            return ratelimit_headers(cfg.rpm, cfg.rpm - len(bucket.stamps), reset)

    # --- helpers (call with self._lock held where noted) ---------------------------

    def _config(self, provider: str, key: str | None) -> KeyConfig:
        cfg = self._keys.get((provider, key))
        return cfg if cfg is not None else KeyConfig(provider, key)

    def _bucket(self, cfg: KeyConfig) -> _Bucket:
        """Lock held. Gemini quota is per project, so keys of a project share a bucket."""
        ident = f"project:{cfg.project}" if cfg.project else f"key:{cfg.key}"
        return self._buckets.setdefault((cfg.provider, ident), _Bucket())

    def _fault_info(self, cfg: KeyConfig, bucket: _Bucket, fault: Fault) -> LimitInfo:
        """Lock held. Hint for an injected 429: explicit, else a third of the window."""
        if fault.kind == "quota_day":
            info = self._day_info(cfg, bucket, fault.code)
            retry = fault.retry_after if fault.retry_after is not None else info.retry_after
            return LimitInfo("day", retry, info.limit, info.used, fault.hint, fault.code)
        retry = fault.retry_after if fault.retry_after is not None else self.window_seconds / 3
        limit = cfg.rpm or max(1, len(bucket.stamps))
        return LimitInfo("minute", retry, limit, limit, fault.hint, fault.code)

    def _day_info(self, cfg: KeyConfig, bucket: _Bucket, code: str | None) -> LimitInfo:
        retry = self.day_retry_after if self.day_retry_after is not None else self.window_seconds
        limit = cfg.rpd or max(1, bucket.day_count)
        return LimitInfo("day", retry, limit, limit, "auto", code)

    def _authenticate(
        self, provider: str, headers: dict[str, str], query: str
    ) -> tuple[str | None, str | None, str | None]:
        """(key, how it was sent, error kind or None)."""
        if provider == GEMINI:
            key = headers.get("x-goog-api-key")
            auth = "header" if key else None
            if not key:
                key = (parse_qs(query).get("key") or [None])[0]
                auth = "query" if key else None
        else:
            bearer = headers.get("authorization", "")
            key = bearer[7:].strip() if bearer.lower().startswith("bearer ") else None
            auth = "bearer" if key else None
            if provider == ZHIPU and key and key.count(".") == 2:
                key, error = self._zhipu_jwt(key)
                auth = "jwt"
                if error is not None and self.require_key:
                    return key, auth, error
        if not self.require_key:
            return key, auth, None
        if not key:
            return None, None, "missing_key"
        with self._lock:
            known = (provider, key) in self._keys
        return key, auth, None if known else "invalid_key"

    def _zhipu_jwt(self, token: str) -> tuple[str | None, str | None]:
        """Map a zhipuai JWT back to its ``id.secret`` key; (key, error kind)."""
        try:
            head_b64, payload_b64, sig_b64 = token.split(".")
            payload = json.loads(_b64url(payload_b64))
            key_id = str(payload["api_key"])
            signature = _b64url(sig_b64)
        except (ValueError, KeyError, TypeError):
            return None, "bad_token"
        with self._lock:
            candidates = [k for (p, k) in self._keys if p == ZHIPU and k and k.split(".", 1)[0] == key_id]
        for key in candidates:
            secret = key.split(".", 1)[1] if "." in key else ""
            expected = hmac.new(secret.encode(), f"{head_b64}.{payload_b64}".encode(), hashlib.sha256).digest()
            if hmac.compare_digest(expected, signature):
                expired = float(payload.get("exp", 0)) < time.time() * 1000  # zhipu uses ms
                return key, "expired_token" if expired else None
        return key_id, "invalid_key" if candidates == [] else "bad_token"

    def _sleep(self, seconds: float) -> None:
        """Interruptible sleep, so stop() never waits for a slow fault.

        A sleep cut short by stop() ends in a dropped connection: answering
        normally would hide from the client that the server went away.
        """
        if seconds > 0 and self._stopping.wait(seconds):
            raise _DropConnection


# --- module helpers ----------------------------------------------------------------


def _check_provider(provider: str) -> None:
    if provider not in PROVIDERS:
        raise ValueError(f"unknown provider {provider!r}; expected one of {PROVIDERS}")


def _guess_provider(path: str) -> str:
    """Which error dialect to use before the route is known."""
    if path.startswith("/api/paas"):
        return ZHIPU
    if path.startswith(("/v1beta", "/v1alpha")) or ":generateContent" in path:
        return GEMINI
    return OPENAI


def _route(command: str, path: str) -> tuple[str, str | None, str] | None:
    """(provider, model from the path, method) for the supported endpoints."""
    if command != "POST":
        return None  # GET /props and /v1/models are answered before routing
    if path == _OPENAI_PATH:
        return OPENAI, None, "chat"
    if path == _ZHIPU_PATH:
        return ZHIPU, None, "chat"
    match = _GEMINI_PATH.match(path)
    if match and match["method"] in ("generateContent", "streamGenerateContent"):
        return GEMINI, match["model"], match["method"]
    return None


def _parse_json(raw: bytes) -> tuple[Any, str | None]:
    try:
        return json.loads(raw.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError) as exc:
        return None, f"Invalid JSON payload received. {exc}"


def _prompt(provider: str, body: Any) -> Prompt:
    if not isinstance(body, dict):
        return Prompt()
    return prompt_from_gemini(body) if provider == GEMINI else prompt_from_chat(body)


def _validate(provider: str, method: str, body: Any, query: str) -> str | None:
    """A message for requests we cannot answer (answered 400), else None."""
    if not isinstance(body, dict):
        return "Request body must be a JSON object."
    if provider == GEMINI:
        if method == "streamGenerateContent" and "alt=sse" not in query:
            return "Only server-sent events (alt=sse) are supported by the loopback server."
        if not isinstance(body.get("contents"), list) or not body["contents"]:
            return "* GenerateContentRequest.contents: contents is not specified"
        return None
    if not body.get("model"):
        return "you must provide a model parameter"
    if not isinstance(body.get("messages"), list) or not body["messages"]:
        return "'messages' is a required property"
    return None


def _read_body(h: _Handler) -> bytes:
    """Request body via Content-Length or chunked transfer encoding."""
    if h.headers.get("transfer-encoding", "").lower() == "chunked":
        chunks: list[bytes] = []
        total = 0
        while True:
            size = int(h.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                h.rfile.readline()
                return b"".join(chunks)
            total += size
            if total > _MAX_BODY:
                raise ValueError("body too large")
            chunks.append(h.rfile.read(size))
            h.rfile.readline()
    length = int(h.headers.get("content-length") or 0)
    if length > _MAX_BODY:
        raise ValueError("body too large")
    return h.rfile.read(length) if length else b""


def _send(h: _Handler, reply: WireReply) -> None:
    data = b"" if reply.body is None else json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
    try:
        h.send_response(reply.status)
        h.send_header("Content-Type", "application/json; charset=utf-8")
        h.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            h.send_header(name, value)
        h.end_headers()
        h.wfile.write(data)
        h.wfile.flush()
    except OSError:
        h.close_connection = True  # client went away (e.g. its timeout fired)


def _write_chunk(h: _Handler, data: bytes) -> None:
    """One piece of a chunked (Transfer-Encoding) body; b"" ends it."""
    h.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
    h.wfile.flush()


def _split(text: str, count: int) -> list[str]:
    size = max(1, -(-len(text) // max(1, count)))
    return [text[i:i + size] for i in range(0, len(text), size)] or [""]


def stream_events(provider: str, body: dict[str, Any], count: int, *, include_usage: bool) -> list[str]:
    """A completion body as the JSON of its stream events (OpenAI/Zhipu chunks, Gemini pieces)."""
    if provider == GEMINI:
        candidates = body.get("candidates")
        if not candidates:
            return [json.dumps(body, ensure_ascii=False)]
        text = candidates[0]["content"]["parts"][0]["text"]
        pieces = _split(text, count)
        events = []
        for i, piece in enumerate(pieces):
            event: dict[str, Any] = {"candidates": [{"content": {"parts": [{"text": piece}], "role": "model"},
                                                     "index": 0}],
                                     "modelVersion": body.get("modelVersion"), "responseId": body.get("responseId")}
            if i == len(pieces) - 1:
                event["candidates"][0]["finishReason"] = candidates[0]["finishReason"]
                event["usageMetadata"] = body.get("usageMetadata")
            events.append(json.dumps(event, ensure_ascii=False))
        return events
    choice = body["choices"][0]
    head = {k: body[k] for k in ("id", "created", "model") if k in body}
    if provider == OPENAI:
        head["object"] = "chat.completion.chunk"
    events = []
    for piece in _split(choice["message"]["content"] or "", count):
        delta = {"role": "assistant", "content": piece}
        events.append({**head, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]})
    last: dict[str, Any] = {**head, "choices": [{"index": 0, "delta": {}, "finish_reason": choice["finish_reason"]}]}
    if provider == ZHIPU:
        last["usage"] = body.get("usage")
    events.append(last)
    if provider == OPENAI and include_usage:
        events.append({**head, "choices": [], "usage": body.get("usage")})
    return [json.dumps(e, ensure_ascii=False) for e in events] + (["[DONE]"])


def _drop(h: _Handler) -> None:
    """Close without a response: the client sees 'server disconnected'."""
    h.close_connection = True
    _shutdown_socket(h.connection)


def _shutdown_socket(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _b64url(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
