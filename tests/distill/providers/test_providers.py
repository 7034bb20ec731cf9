"""Provider adapters through the real SDKs against the loopback LLM server.

Every request goes over HTTP to `tests.servers.llm_server.LLMServer`, which answers with the
real wire shapes (429 bodies, headers, rpc details, Zhipu codes), so what is tested here is
what the SDKs really raise and what the adapters make of it.
"""

from __future__ import annotations

import functools
import pickle
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import zhipuai

from distill.keypool import RequestOutcome
from distill.providers import ChatReply, ChatRequest, Provider, ProviderError, make_provider
from distill.providers.base import (
    NO_KEY, guarded, hint_from_headers, hint_from_message, parse_duration, unexpected,
)
from distill.providers.openai_compat import classify as openai_classify
from distill.providers.zhipu import classify as zhipu_classify
from distill.providers.zhipu import reset_hint, wire_temperature
from tests.servers.llm_server import GEMINI, OPENAI, ZHIPU, Fault, LLMServer

PROVIDERS = (GEMINI, ZHIPU, OPENAI)
# Long, distinctive keys, so a leak into any message is unmistakable.
KEYS = {
    OPENAI: "sk-proj-SECRETopenaiKEY0123456789",
    GEMINI: "AIzaSyDSECRETgeminiKEY0123456789",
    ZHIPU: "zhipuKEYid0123.zhipuSECRETpart456789",
}
MODELS = {GEMINI: "gemini-2.5-flash", ZHIPU: "glm-4-flash", OPENAI: "gpt-4o-mini"}
SYSTEM = "You write QA pairs as JSON."
DOC = "Travel claims are reimbursed within 30 days. Receipts must be originals."


@pytest.fixture(scope="module")
def server() -> Iterator[LLMServer]:
    # One server (and one adapter per provider) for the module: SDK clients cost ~50 ms each.
    with LLMServer(window_seconds=1.0) as server:
        for provider, key in KEYS.items():
            server.add_key(provider, key)
        yield server


@pytest.fixture
def srv(server: LLMServer) -> LLMServer:
    """The shared server with a clean log, fresh rpm windows and no day exhausted."""
    server.clear_requests()
    server.reset_day()
    server.reset_windows()
    return server


def base_url(srv: LLMServer, provider: str) -> str:
    return {GEMINI: srv.gemini_base_url, ZHIPU: srv.zhipu_base_url, OPENAI: srv.openai_base_url}[provider]


@functools.lru_cache(maxsize=None)
def adapter(provider: str, url: str) -> Provider:
    return make_provider(provider, url)


def request(provider: str, **overrides: object) -> ChatRequest:
    fields: dict[str, object] = dict(system=SYSTEM, user=DOC, model=MODELS[provider], temperature=0.1,
                                     max_tokens=512, timeout=5.0)
    fields.update(overrides)
    return ChatRequest(**fields)  # type: ignore[arg-type]


def complete(srv: LLMServer, provider: str, key: str | None = None, **overrides: object) -> ChatReply:
    return adapter(provider, base_url(srv, provider)).complete(key or KEYS[provider], request(provider, **overrides))


def failure(srv: LLMServer, provider: str, fault: Fault | None = None, **overrides: object) -> ProviderError:
    if fault is not None:
        srv.inject(provider, fault)
    with pytest.raises(ProviderError) as caught:
        complete(srv, provider, **overrides)
    return caught.value


def assert_no_key(error: ProviderError, provider: str) -> None:
    """Neither the key nor either half of a Zhipu `id.secret` key shows anywhere."""
    texts = (str(error), repr(error), error.reason, repr(error.outcome()))
    for secret in (KEYS[provider], *KEYS[provider].split(".")):
        assert all(secret not in text for text in texts), (secret, texts)
    # The SDK exception (it holds the request with its auth header) is not kept.
    assert error.__cause__ is None and error.__context__ is None


# --- replies -----------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_json_reply_and_what_went_on_the_wire(srv: LLMServer, provider: str) -> None:
    reply = complete(srv, provider)
    assert reply.text.startswith('{"qa_pairs": [') and reply.finish_reason == "stop" and not reply.truncated
    assert reply.tokens_in > 0 and reply.tokens_out > 0 and reply.model == MODELS[provider]
    rec = srv.requests[-1]
    assert (rec.provider, rec.key, rec.status, rec.model) == (provider, KEYS[provider], 200, MODELS[provider])
    assert rec.system == SYSTEM and rec.user_text == DOC and rec.max_tokens == 512
    assert rec.json_mode == ("application/json" if provider == GEMINI else "json_object")
    assert rec.temperature == reply.temperature_sent == 0.1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_json_mode_off_sends_no_format(srv: LLMServer, provider: str) -> None:
    complete(srv, provider, output="plain", max_tokens=None)
    rec = srv.requests[-1]
    assert rec.json_mode is None and rec.max_tokens is None


SCHEMA = {"type": "object", "properties": {"qa_pairs": {"type": "array", "items": {"type": "object"}}},
          "required": ["qa_pairs"]}


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_schema_rung_on_the_wire(srv: LLMServer, provider: str) -> None:
    complete(srv, provider, output="json_schema", schema=SCHEMA)
    rec = srv.requests[-1]
    if provider == ZHIPU:  # no json_schema mode at Zhipu: its ladder starts at json_object
        assert rec.json_mode == "json_object" and rec.schema is None
    else:
        assert rec.schema == SCHEMA
        assert rec.json_mode == ("application/json" if provider == GEMINI else "json_schema")


@pytest.mark.parametrize("provider", (GEMINI, OPENAI))
def test_a_server_without_structured_output_refuses_it_by_name(srv: LLMServer, provider: str) -> None:
    srv.reject_formats = {"json_schema"}
    try:
        error = failure(srv, provider, output="json_schema", schema=SCHEMA)
        assert error.kind == "bad_request" and error.names("response_format", "responsejsonschema")
        assert complete(srv, provider, output="json_object").finish_reason == "stop"  # the rung below works
    finally:
        srv.reject_formats = set()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_correction_turn_goes_after_the_failed_reply(srv: LLMServer, provider: str) -> None:
    complete(srv, provider, turns=(("assistant", "Sure! Here you go."), ("user", "That was not JSON.")))
    roles = [(m["role"], m["content"]) for m in srv.requests[-1].prompt.messages]
    assert roles[-3:] == [("user", DOC), ("assistant", "Sure! Here you go."), ("user", "That was not JSON.")]


# --- streaming -------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_streamed_reply_is_the_same_reply(srv: LLMServer, provider: str) -> None:
    whole = complete(srv, provider)
    streamed = complete(srv, provider, stream=True)
    assert srv.requests[-1].stream and not srv.requests[-2].stream
    assert streamed.text == whole.text and streamed.finish_reason == "stop"
    assert streamed.tokens_in == whole.tokens_in and streamed.tokens_out == whole.tokens_out > 0


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_slow_stream_is_not_cut_off_by_the_idle_timeout(srv: LLMServer, provider: str) -> None:
    # 5 pieces 0.4 s apart: 2 s in all, never silent for 1.5 s.
    srv.inject(provider, Fault.slow_stream(0.4, pieces=5))
    assert complete(srv, provider, stream=True, timeout=1.5).finish_reason == "stop"
    srv.inject(provider, Fault.slow_stream(0.4, pieces=5))  # unstreamed, the same reply is too late
    assert "timeout" in failure(srv, provider, timeout=1.5).reason


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_dead_stream_is_noticed_by_the_idle_timeout(srv: LLMServer, provider: str) -> None:
    srv.inject(provider, Fault.dead_stream(pieces=2))
    error = failure(srv, provider, stream=True, timeout=1.0)
    assert error.kind == "transient" and not error.unreachable


@pytest.mark.parametrize("provider", PROVIDERS)
def test_cancel_closes_a_stream_in_flight(srv: LLMServer, provider: str) -> None:
    import threading

    from distill.providers.base import Cancelled

    cancel = threading.Event()
    srv.inject(provider, Fault.slow_stream(0.3, pieces=40))  # 12 s if nobody stops it
    threading.Timer(0.5, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        complete(srv, provider, stream=True, timeout=5.0, cancel=cancel)
    assert time.monotonic() - started < 6.0


@pytest.mark.parametrize("asked,sent,greedy", [(0.0, 0.01, True), (0.1, 0.1, False), (1.0, 0.99, False)])
def test_zhipu_temperature_is_what_the_sdk_sends(srv: LLMServer, asked: float, sent: float, greedy: bool) -> None:
    reply = complete(srv, ZHIPU, temperature=asked)
    body = srv.requests[-1].body
    assert reply.temperature_sent == body["temperature"] == sent == wire_temperature(asked)
    # At 0 the SDK also switches sampling off; otherwise it sends no do_sample at all.
    assert body.get("do_sample", True) is not greedy


@pytest.mark.parametrize("provider", (GEMINI, OPENAI))
def test_temperature_zero_is_sent_as_is(srv: LLMServer, provider: str) -> None:
    assert complete(srv, provider, temperature=0.0).temperature_sent == 0.0
    assert srv.requests[-1].temperature == 0.0


def test_local_server_without_a_key() -> None:
    with LLMServer(require_key=False) as local:
        reply = make_provider(OPENAI, local.openai_base_url).complete(None, request(OPENAI))
        assert reply.finish_reason == "stop"
        assert local.requests[-1].key == NO_KEY


@pytest.mark.parametrize("provider", PROVIDERS)
def test_truncated_reply_has_finish_reason_length(srv: LLMServer, provider: str) -> None:
    srv.inject(provider, Fault.truncated())
    reply = complete(srv, provider)
    assert reply.finish_reason == "length" and reply.truncated
    assert reply.text.startswith('{"qa_pairs": [')


@pytest.mark.parametrize("provider", PROVIDERS)
def test_blocked_reply_is_not_an_error(srv: LLMServer, provider: str) -> None:
    srv.inject(provider, Fault.blocked())
    reply = complete(srv, provider)
    assert (reply.finish_reason, reply.text) == ("blocked", "")


def test_clients_are_cached_per_key_and_shared_by_threads(srv: LLMServer) -> None:
    second = "sk-proj-another-key-000000000000"
    srv.add_key(OPENAI, second)
    adapter = make_provider(OPENAI, srv.openai_base_url)
    keys = [KEYS[OPENAI], second] * 6
    with ThreadPoolExecutor(max_workers=6) as pool:
        replies = list(pool.map(lambda k: adapter.complete(k, request(OPENAI)), keys))
    assert all(r.finish_reason == "stop" for r in replies)
    assert len(adapter._clients) == 2  # noqa: SLF001 - one client per key, however many threads
    assert KEYS[OPENAI] not in repr(adapter) and KEYS[OPENAI] not in repr(adapter._clients)  # noqa: SLF001
    adapter.close()


@pytest.mark.parametrize("provider", PROVIDERS)
def test_sdk_retries_are_off(srv: LLMServer, provider: str) -> None:
    failure(srv, provider, Fault.server_error(500))
    assert len(srv.requests) == 1


# --- errors ------------------------------------------------------------------------------------

# (provider, fault, kind, retry_after, status); retry_after compared to 0.01 s.
ERRORS = [
    # OpenAI: every place a hint can be, and the 429s that are not about this minute.
    (OPENAI, Fault.rate_limit(1.5), "rate_limited", 1.5, 429),
    (OPENAI, Fault.rate_limit(2.5, hint="retry-after"), "rate_limited", 3.0, 429),
    (OPENAI, Fault.rate_limit(0.25, hint="retry-after-ms"), "rate_limited", 0.25, 429),
    (OPENAI, Fault.rate_limit(1.5, hint="message"), "rate_limited", 1.5, 429),
    (OPENAI, Fault.rate_limit(90, hint="message"), "rate_limited", 90.0, 429),  # "in 1m30s"
    (OPENAI, Fault.rate_limit(2, hint="none"), "rate_limited", None, 429),
    (OPENAI, Fault.quota_day(90, hint="message"), "exhausted", 90.0, 429),
    (OPENAI, Fault.no_quota(), "disabled", None, 429),
    (OPENAI, Fault.invalid_key(), "disabled", None, 401),
    (OPENAI, Fault.forbidden(), "disabled", None, 403),
    (OPENAI, Fault.server_error(500), "transient", None, 500),
    (OPENAI, Fault.server_error(503), "transient", None, 503),
    # Gemini: decided by QuotaFailure, not by the RetryInfo every 429 carries.
    (GEMINI, Fault.rate_limit(17), "rate_limited", 17.0, 429),
    (GEMINI, Fault.rate_limit(1.5, hint="message"), "rate_limited", 1.5, 429),
    # The server sends RetryInfo beside the header here: the precise RetryInfo wins over "3".
    (GEMINI, Fault.rate_limit(2.5, hint="retry-after"), "rate_limited", 2.5, 429),
    (GEMINI, Fault.rate_limit(0.25, hint="retry-after-ms"), "rate_limited", 0.25, 429),
    (GEMINI, Fault.rate_limit(3, hint="none"), "rate_limited", None, 429),
    (GEMINI, Fault.quota_day(5), "exhausted", None, 429),
    (GEMINI, Fault.no_quota(), "disabled", None, 429),
    (GEMINI, Fault.invalid_key(), "disabled", None, 400),
    (GEMINI, Fault.unauthorized(), "disabled", None, 401),
    (GEMINI, Fault.forbidden(), "disabled", None, 403),
    (GEMINI, Fault.server_error(500), "transient", None, 500),
    (GEMINI, Fault.server_error(503), "transient", None, 503),
    # Zhipu: by business code.
    (ZHIPU, Fault.rate_limit(), "rate_limited", None, 429),  # 1302, no hint (like the real API)
    (ZHIPU, Fault.rate_limit(code="1303"), "rate_limited", None, 429),
    (ZHIPU, Fault.rate_limit(code="1305"), "rate_limited", None, 429),
    (ZHIPU, Fault.rate_limit(2.5, hint="retry-after"), "rate_limited", 3.0, 429),
    (ZHIPU, Fault.rate_limit(0.25, hint="retry-after-ms"), "rate_limited", 0.25, 429),
    (ZHIPU, Fault.quota_day(), "exhausted", None, 429),  # 1304: until midnight Beijing
    (ZHIPU, Fault.quota_day(3600, code="1308"), "exhausted", 3600.0, 429),  # reset stamp in the message
    (ZHIPU, Fault.quota_day(7200, code="1310"), "exhausted", 7200.0, 429),
    (ZHIPU, Fault.no_quota(), "disabled", None, 429),  # 1113 arrears
    (ZHIPU, Fault.invalid_key(), "disabled", None, 401),  # 1000
    (ZHIPU, Fault.forbidden(), "disabled", None, 403),  # 1220
    (ZHIPU, Fault.server_error(500), "transient", None, 500),
    (ZHIPU, Fault.server_error(503), "transient", None, 503),  # APIServerFlowExceedError: overload
]


def _id(case: tuple[object, ...]) -> str:
    provider, fault = case[0], case[1]
    assert isinstance(fault, Fault)
    extra = fault.code or (fault.hint if fault.hint != "auto" else "") or (fault.status or "")
    return f"{provider}-{fault.kind}-{extra}".rstrip("-")


@pytest.mark.parametrize("provider,fault,kind,retry_after,status", ERRORS, ids=[_id(c) for c in ERRORS])
def test_error_classification(srv: LLMServer, provider: str, fault: Fault, kind: str,
                              retry_after: float | None, status: int) -> None:
    error = failure(srv, provider, fault)
    assert (error.kind, error.status) == (kind, status), error.reason
    if retry_after is None:
        assert error.retry_after is None
    else:
        # Zhipu reset stamps have one-second resolution and are read a moment later.
        tolerance = 2.0 if provider == ZHIPU and fault.kind == "quota_day" else 0.01
        assert error.retry_after == pytest.approx(retry_after, abs=tolerance)
    assert error.outcome() == RequestOutcome(kind, error.retry_after, error.reason)
    assert error.reason and str(status) in error.reason
    assert_no_key(error, provider)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unknown_key_is_disabled_and_not_echoed(srv: LLMServer, provider: str) -> None:
    stranger = {OPENAI: "sk-proj-UNKNOWNkey00000000000000", GEMINI: "AIzaSyUNKNOWNkey0000000000000",
                ZHIPU: "unknownid000.UNKNOWNsecret0000"}[provider]
    with pytest.raises(ProviderError) as caught:
        complete(srv, provider, key=stranger)
    error = caught.value
    assert error.kind == "disabled"
    for secret in (stranger, *stranger.split(".")):
        assert secret not in str(error) and secret not in repr(error)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_persisting_day_exhaustion(srv: LLMServer, provider: str) -> None:
    srv.inject(provider, Fault.day_exhausted())
    assert [failure(srv, provider).kind for _ in range(2)] == ["exhausted", "exhausted"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_rpm_window_is_rate_limited_with_the_server_hint(srv: LLMServer, provider: str) -> None:
    key = {OPENAI: "sk-proj-rpm-one-0000000000", GEMINI: "AIzaSy-rpm-one-00000000", ZHIPU: "rpmid.rpmsecret"}[provider]
    srv.add_key(provider, key, rpm=1)
    complete(srv, provider, key=key)
    with pytest.raises(ProviderError) as caught:
        complete(srv, provider, key=key)
    error = caught.value
    assert error.kind == "rate_limited"
    if provider == ZHIPU:
        assert error.retry_after is None  # real 1302s carry no hint: the pool backs off itself
    else:
        assert error.retry_after is not None and 0 < error.retry_after <= 1.0


@pytest.mark.parametrize("provider", PROVIDERS)
def test_bad_request_is_not_the_keys_fault(srv: LLMServer, provider: str) -> None:
    # An unknown model: OpenAI/Zhipu answer 400 (no model), Gemini 404 (no such model path).
    model = "no/such-model" if provider == GEMINI else ""
    error = failure(srv, provider, model=model)
    assert error.kind == "bad_request" and error.status in (400, 404)
    assert error.outcome().kind == "ok"  # the key answered; the chunk fails instead
    assert_no_key(error, provider)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_slow_reply_times_out_as_transient(srv: LLMServer, provider: str) -> None:
    started = time.monotonic()
    error = failure(srv, provider, Fault.slow(30.0), timeout=0.3)
    assert error.kind == "transient" and "timeout" in error.reason and error.status is None
    assert time.monotonic() - started < 15.0  # far below the 30 s the reply would take
    assert_no_key(error, provider)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_dropped_connection_is_transient(srv: LLMServer, provider: str) -> None:
    error = failure(srv, provider, Fault.drop())
    assert error.kind == "transient" and "connection" in error.reason
    assert_no_key(error, provider)
    assert complete(srv, provider).finish_reason == "stop"  # the cached client recovers


@pytest.mark.parametrize("provider", PROVIDERS)
def test_unreachable_server_is_transient_and_marked_unreachable(provider: str) -> None:
    with LLMServer() as gone:
        url = base_url(gone, provider)
    error = pytest.raises(ProviderError, make_provider(provider, url).complete, KEYS[provider],
                          request(provider)).value
    assert error.kind == "transient" and error.unreachable and "cannot connect" in error.reason
    assert pickle.loads(pickle.dumps(error)).unreachable


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_server_that_answers_is_never_unreachable(srv: LLMServer, provider: str) -> None:
    assert not failure(srv, provider, Fault.drop()).unreachable
    assert not failure(srv, provider, Fault.server_error(503)).unreachable


# --- classification the loopback server cannot provoke -----------------------------------------


def _zhipu_error(status: int, code: str, message: str = "") -> zhipuai.APIStatusError:
    """A zhipuai status error as the SDK builds it, around a real httpx response."""
    body = {"error": {"code": code, "message": message}}
    response = httpx.Response(status, json=body, request=httpx.Request("POST", "http://127.0.0.1/x"))
    return zhipuai.APIStatusError(message, response=response)


@pytest.mark.parametrize("status,code,kind", [
    (400, "1261", "bad_request"), (400, "1210", "bad_request"), (400, "1301", "bad_request"),
    (401, "1001", "disabled"), (401, "1002", "disabled"), (401, "1003", "disabled"),
    (401, "401", "disabled"), (429, "1113", "disabled"), (429, "1399", "rate_limited"),
    (502, "500", "transient"),
])
def test_zhipu_codes(status: int, code: str, kind: str) -> None:
    error = zhipu_classify(_zhipu_error(status, code, f"{KEYS[ZHIPU]} said no"), KEYS[ZHIPU], 1.0)
    assert error.kind == kind and code in error.reason
    assert_no_key(error, ZHIPU)


def test_zhipu_reset_stamp_is_beijing_time() -> None:
    from datetime import datetime, timedelta, timezone

    beijing = datetime.now(timezone(timedelta(hours=8))) + timedelta(hours=5)
    message = f"已达到 5 小时的使用上限。您的限额将在 {beijing:%Y-%m-%d %H:%M:%S} 重置。"
    assert reset_hint(message) == pytest.approx(5 * 3600, abs=2)
    assert reset_hint("该API已达今日调用次数限额") is None


def test_only_the_sdks_own_exceptions_are_provider_errors() -> None:
    import openai

    error = openai_classify(openai.OpenAIError(f"boom {KEYS[OPENAI]}"), KEYS[OPENAI], 1.0)
    assert error is not None and error.kind == "transient" and "OpenAIError" in error.reason
    assert_no_key(error, OPENAI)
    assert openai_classify(RuntimeError("ours"), KEYS[OPENAI], 1.0) is None
    assert zhipu_classify(AttributeError("ours"), KEYS[ZHIPU], 1.0) is None
    assert openai_classify(httpx.ReadTimeout("idle"), KEYS[OPENAI], 7.0).reason == "timeout after 7s"

    def explode() -> ChatReply:
        raise KeyError("a bug of ours")

    with pytest.raises(KeyError):  # re-raised untouched, with its traceback
        guarded(explode, lambda exc: None)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_a_bug_in_our_reply_handling_is_not_a_transient_error(srv: LLMServer, provider: str) -> None:
    class Buggy(type(adapter(provider, base_url(srv, provider)))):  # type: ignore[misc]
        def send(self, client, request):  # type: ignore[no-untyped-def]
            super().send(client, request).no_such_field  # noqa: B018 - the bug

    with pytest.raises(AttributeError, match="no_such_field"):
        Buggy(base_url(srv, provider)).complete(KEYS[provider], request(provider))


@pytest.mark.parametrize("text,seconds", [
    ("17s", 17.0), ("1.5s", 1.5), ("250ms", 0.25), ("1m30s", 90.0), ("6m0s", 360.0),
    ("1h2m3s", 3723.0), ("20 seconds", 20.0), ("soon", None),
])
def test_parse_duration(text: str, seconds: float | None) -> None:
    assert parse_duration(text) == seconds


def test_retry_hints_in_messages_and_headers() -> None:
    assert hint_from_message("Rate limit reached ... Please try again in 20s. Visit ...") == 20.0
    assert hint_from_message("try again in 1m30s") == 90.0
    assert hint_from_message("Please retry in 1.5s.") == 1.5
    assert hint_from_message("Please try again later.") is None
    assert hint_from_headers(httpx.Headers({"Retry-After": "7"})) == 7.0
    assert hint_from_headers(httpx.Headers({"retry-after": "7", "retry-after-ms": "6500"})) == 6.5
    assert hint_from_headers(httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"})) == 0.0
    assert hint_from_headers(httpx.Headers({})) is None


def test_make_provider() -> None:
    assert {make_provider(n).name for n in PROVIDERS} == set(PROVIDERS)
    with pytest.raises(ValueError, match="unknown provider"):
        make_provider("claude")
    assert ProviderError("rate_limited", "429", retry_after=2.0).outcome() == RequestOutcome("rate_limited", 2.0, "429")
    with pytest.raises(ValueError):
        ProviderError("ok", "not an error kind")
    error = ProviderError("exhausted", "429 per-day", retry_after=30.0, status=429)
    assert repr(pickle.loads(pickle.dumps(error))) == repr(error)
