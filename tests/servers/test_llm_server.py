"""Tests for the loopback LLM server, driven through the real SDK clients.

Besides checking the server, these tests pin down how each SDK surfaces
errors (exception class, status, headers, body), which the key pool relies
on; the access paths are summarised in ``llm_server``'s module docstring.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import httpx2
import openai
import pytest
import zhipuai
from google import genai
from google.genai import errors as genai_errors
from google.genai import types

from tests.servers.llm_server import GEMINI, OPENAI, ZHIPU, Fault, LLMServer, Prompt

# google-genai lets transport errors escape unwrapped; the backend is httpx2 by
# default and httpx when GOOGLE_GENAI_HTTP_CLIENT=httpx, so catch both families.
GEMINI_TIMEOUT_ERRORS = (httpx.TimeoutException, httpx2.TimeoutException)
GEMINI_CONNECTION_ERRORS = (httpx.TransportError, httpx2.TransportError)

PROVIDERS = (OPENAI, GEMINI, ZHIPU)
KEYS = {OPENAI: "sk-test-aaaa1111", GEMINI: "AIza-test-1", ZHIPU: "zid1.zsecret1"}
MODELS = {OPENAI: "gpt-4o-mini", GEMINI: "gemini-2.0-flash", ZHIPU: "glm-4-flash"}
DOC = "Travel claims are reimbursed within 30 days. Receipts must be originals. Taxis above 200 yuan need approval."


# --- helpers -----------------------------------------------------------------------


class ManualClock:
    """The server's window clock, moved only by the test: a 0.5 s window holds however slow the box."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def srv(clock: ManualClock) -> Iterator[LLMServer]:
    with LLMServer(window_seconds=0.5) as server:
        server.clock = clock
        for provider, key in KEYS.items():
            server.add_key(provider, key)
        yield server


def make_client(provider: str, srv: LLMServer, key: str | None = None, *, timeout: float | None = None, **kw: Any) -> Any:
    """A real SDK client with retries disabled. ``timeout`` in seconds."""
    key = key or KEYS[provider]
    if provider == OPENAI:
        return openai.OpenAI(api_key=key, base_url=srv.openai_base_url, max_retries=0, timeout=timeout or 10, **kw)
    if provider == ZHIPU:
        return zhipuai.ZhipuAI(api_key=key, base_url=srv.zhipu_base_url, max_retries=0, timeout=timeout or 10, **kw)
    options = types.HttpOptions(
        base_url=srv.gemini_base_url,
        api_version="v1beta",
        timeout=int((timeout or 10) * 1000),  # google-genai wants milliseconds
        retry_options=types.HttpRetryOptions(attempts=1),
    )
    return genai.Client(api_key=key, http_options=options)


def ask(provider: str, client: Any, text: str = DOC, *, system: str = "You write QA pairs as JSON.") -> tuple[str | None, str]:
    """One JSON-mode request; returns (content, finish reason as a plain string)."""
    if provider == GEMINI:
        config = types.GenerateContentConfig(
            response_mime_type="application/json", system_instruction=system, temperature=0.1
        )
        resp = client.models.generate_content(model=MODELS[GEMINI], contents=text, config=config)
        finish = resp.candidates[0].finish_reason.value if resp.candidates else "BLOCKED"
        return resp.text, finish
    kwargs: dict[str, Any] = {"response_format": {"type": "json_object"}} if provider == OPENAI else {}
    resp = client.chat.completions.create(
        model=MODELS[provider],
        messages=[{"role": "system", "content": system}, {"role": "user", "content": text}],
        temperature=0.1,
        **kwargs,
    )
    return resp.choices[0].message.content, resp.choices[0].finish_reason


def call(provider: str, srv: LLMServer, key: str | None = None, **kw: Any) -> tuple[str | None, str]:
    return ask(provider, make_client(provider, srv, key, **kw))


def raises(fn: Callable[[], Any]) -> BaseException:
    try:
        fn()
    except BaseException as exc:  # noqa: BLE001 - the test inspects it
        return exc
    raise AssertionError("expected an exception")


def gemini_detail(exc: genai_errors.APIError, type_suffix: str) -> dict[str, Any] | None:
    """The google.rpc detail of a type, from ``e.details["error"]["details"]``."""
    for item in exc.details["error"].get("details", []):
        if item["@type"].endswith(type_suffix):
            return item
    return None


def zhipu_error(exc: zhipuai.APIStatusError) -> dict[str, str]:
    return exc.response.json()["error"]


# --- normal replies -----------------------------------------------------------------


def test_openai_json_reply(srv: LLMServer) -> None:
    content, finish = call(OPENAI, srv)
    pairs = json.loads(content)["qa_pairs"]
    assert finish == "stop"
    assert {p["type"] for p in pairs} == {"number", "general"}
    assert pairs[0]["answer"] == "Travel claims are reimbursed within 30 days."
    rec = srv.requests[-1]
    assert (rec.provider, rec.key, rec.status, rec.model) == (OPENAI, KEYS[OPENAI], 200, "gpt-4o-mini")
    assert rec.temperature == 0.1 and rec.json_mode == "json_object"
    assert rec.system == "You write QA pairs as JSON." and rec.user_text == DOC


def test_gemini_json_reply(srv: LLMServer) -> None:
    content, finish = call(GEMINI, srv)
    assert finish == "STOP"
    assert json.loads(content)["qa_pairs"]
    rec = srv.requests[-1]
    assert (rec.provider, rec.key, rec.auth, rec.status) == (GEMINI, KEYS[GEMINI], "header", 200)
    assert rec.path == "/v1beta/models/gemini-2.0-flash:generateContent"
    assert rec.temperature == 0.1 and rec.json_mode == "application/json"
    assert rec.system == "You write QA pairs as JSON." and rec.user_text == DOC


def test_gemini_usage_metadata(srv: LLMServer) -> None:
    client = make_client(GEMINI, srv)
    resp = client.models.generate_content(model=MODELS[GEMINI], contents=DOC)
    usage = resp.usage_metadata
    assert usage.prompt_token_count > 0 and usage.candidates_token_count > 0
    assert usage.total_token_count == usage.prompt_token_count + usage.candidates_token_count
    assert resp.model_version == MODELS[GEMINI]


@pytest.mark.parametrize("jwt", [False, True], ids=["raw-key", "jwt"])
def test_zhipu_reply_maps_key(srv: LLMServer, jwt: bool) -> None:
    # disable_token_cache=False makes zhipuai sign a JWT instead of sending the raw key.
    client = make_client(ZHIPU, srv, disable_token_cache=not jwt)
    content, finish = ask(ZHIPU, client)
    assert finish == "stop" and json.loads(content)["qa_pairs"]
    rec = srv.requests[-1]
    assert (rec.key, rec.auth, rec.status) == (KEYS[ZHIPU], "jwt" if jwt else "bearer", 200)


def test_local_server_without_keys() -> None:
    with LLMServer(require_key=False) as local:
        client = openai.OpenAI(api_key="sk-no-key", base_url=local.openai_base_url, max_retries=0)
        content, _ = ask(OPENAI, client)
        assert json.loads(content)["qa_pairs"]
        assert local.requests[-1].status == 200


def test_custom_responder_and_fault_fn(srv: LLMServer) -> None:
    seen: list[tuple[str, str, Prompt]] = []

    def responder(provider: str, model: str, prompt: Prompt) -> str:
        seen.append((provider, model, prompt))
        return '{"qa_pairs": []}'

    srv.responder = responder
    srv.fault_fn = lambda rec: Fault.server_error(503) if "FAIL" in rec.user_text else None
    assert call(ZHIPU, srv)[0] == '{"qa_pairs": []}'
    assert seen[-1][:2] == (ZHIPU, "glm-4-flash") and seen[-1][2].user == DOC
    exc = raises(lambda: ask(ZHIPU, make_client(ZHIPU, srv), "please FAIL"))
    assert isinstance(exc, zhipuai.APIServerFlowExceedError) and exc.status_code == 503


# --- auth -----------------------------------------------------------------------------


def test_unknown_keys_rejected(srv: LLMServer) -> None:
    exc = raises(lambda: call(OPENAI, srv, "sk-unknown-key-0000"))
    assert isinstance(exc, openai.AuthenticationError) and exc.status_code == 401
    assert exc.code == "invalid_api_key" and exc.body["type"] == "invalid_request_error"

    exc = raises(lambda: call(GEMINI, srv, "AIza-unknown"))
    assert isinstance(exc, genai_errors.ClientError) and exc.code == 400 and exc.status == "INVALID_ARGUMENT"
    assert gemini_detail(exc, "ErrorInfo")["reason"] == "API_KEY_INVALID"

    exc = raises(lambda: call(ZHIPU, srv, "nope.secret"))
    assert isinstance(exc, zhipuai.APIAuthenticationError) and exc.status_code == 401
    assert zhipu_error(exc)["code"] == "1000"

    # A JWT signed with the wrong secret for a known id is an illegal token (1002).
    exc = raises(lambda: call(ZHIPU, srv, "zid1.wrong", disable_token_cache=False))
    assert isinstance(exc, zhipuai.APIAuthenticationError) and zhipu_error(exc)["code"] == "1002"
    assert [r.status for r in srv.requests] == [401, 400, 401, 401]


def test_forbidden_and_unauthorized_faults(srv: LLMServer) -> None:
    for provider in PROVIDERS:
        srv.inject(provider, Fault.forbidden())
    assert isinstance(raises(lambda: call(OPENAI, srv)), openai.PermissionDeniedError)
    exc = raises(lambda: call(GEMINI, srv))
    assert isinstance(exc, genai_errors.ClientError) and (exc.code, exc.status) == (403, "PERMISSION_DENIED")
    exc = raises(lambda: call(ZHIPU, srv))
    assert type(exc) is zhipuai.APIStatusError and exc.status_code == 403

    srv.inject(GEMINI, Fault.unauthorized())
    exc = raises(lambda: call(GEMINI, srv))
    assert (exc.code, exc.status) == (401, "UNAUTHENTICATED")


# --- rate limits ------------------------------------------------------------------------


def test_openai_rpm_window(srv: LLMServer, clock: ManualClock) -> None:
    srv.add_key(OPENAI, "sk-rpm", rpm=2)
    client = make_client(OPENAI, srv, "sk-rpm")
    raw = client.chat.completions.with_raw_response.create(model="gpt-4o-mini", messages=[{"role": "user", "content": DOC}])
    assert raw.headers["x-ratelimit-remaining-requests"] == "1"  # budget headers on success too
    ask(OPENAI, client)
    exc = raises(lambda: ask(OPENAI, client))
    assert isinstance(exc, openai.RateLimitError) and exc.status_code == 429
    assert exc.code == "rate_limit_exceeded" and exc.type == "requests"
    assert "requests per min (RPM): Limit 2, Used 2" in exc.body["message"]
    wait_ms = int(exc.response.headers["retry-after-ms"])
    assert 0 < wait_ms <= 500 and exc.response.headers["retry-after"] == "1"
    assert exc.response.headers["x-ratelimit-remaining-requests"] == "0"
    clock.advance(wait_ms / 1000 - 0.01)
    assert isinstance(raises(lambda: ask(OPENAI, client)), openai.RateLimitError)  # not quite yet
    clock.advance(0.02)
    assert ask(OPENAI, client)[1] == "stop"  # the window slid


def test_gemini_project_shares_window(srv: LLMServer) -> None:
    srv.add_key(GEMINI, "g-p1", rpm=2, project="p")
    srv.add_key(GEMINI, "g-p2", rpm=2, project="p")
    srv.add_key(GEMINI, "g-other", rpm=2, project="q")
    call(GEMINI, srv, "g-p1")
    call(GEMINI, srv, "g-p2")
    exc = raises(lambda: call(GEMINI, srv, "g-p1"))
    assert isinstance(exc, genai_errors.ClientError) and (exc.code, exc.status) == (429, "RESOURCE_EXHAUSTED")
    violation = gemini_detail(exc, "QuotaFailure")["violations"][0]
    assert violation["quotaId"] == "GenerateRequestsPerMinutePerProjectPerModel-FreeTier"
    assert violation["quotaValue"] == "2" and violation["quotaDimensions"]["model"] == MODELS[GEMINI]
    delay = gemini_detail(exc, "RetryInfo")["retryDelay"]
    assert delay.endswith("s") and 0 < float(delay[:-1]) <= 0.5
    assert call(GEMINI, srv, "g-other")[1] == "STOP"  # another project is unaffected


def test_zhipu_rpm_window(srv: LLMServer) -> None:
    srv.add_key(ZHIPU, "zrpm.secret", rpm=1)
    call(ZHIPU, srv, "zrpm.secret")
    exc = raises(lambda: call(ZHIPU, srv, "zrpm.secret"))
    assert isinstance(exc, zhipuai.APIReachLimitError) and exc.status_code == 429
    assert zhipu_error(exc) == {"code": "1302", "message": "您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。"}


def test_rpm_is_thread_safe(srv: LLMServer) -> None:
    srv.add_key(OPENAI, "sk-burst", rpm=5)
    srv.window_seconds = 30  # nothing slides out during the burst
    results: list[int] = []

    def worker() -> None:
        try:
            call(OPENAI, srv, "sk-burst")
            results.append(200)
        except openai.RateLimitError:
            results.append(429)

    threads = [threading.Thread(target=worker) for _ in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [200] * 5 + [429] * 7


def test_openai_hint_modes(srv: LLMServer) -> None:
    srv.inject(OPENAI, Fault.rate_limit(1.5, hint="message"))
    srv.inject(OPENAI, Fault.rate_limit(2.5, hint="retry-after"))
    srv.inject(OPENAI, Fault.rate_limit(0.25, hint="retry-after-ms"))
    exc = raises(lambda: call(OPENAI, srv))
    assert "Please try again in 1.5s." in exc.body["message"]
    assert exc.response.headers.get("retry-after") is None and exc.response.headers.get("retry-after-ms") is None
    exc = raises(lambda: call(OPENAI, srv))
    assert exc.response.headers["retry-after"] == "3" and "retry-after-ms" not in exc.response.headers
    exc = raises(lambda: call(OPENAI, srv))
    assert exc.response.headers["retry-after-ms"] == "250" and "retry-after" not in exc.response.headers
    assert "Please try again in 250ms." in exc.message


def test_gemini_hint_modes(srv: LLMServer) -> None:
    srv.inject(GEMINI, Fault.rate_limit(17))
    srv.inject(GEMINI, Fault.rate_limit(3, hint="none"))
    exc = raises(lambda: call(GEMINI, srv))
    assert gemini_detail(exc, "RetryInfo") == {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "17s"}
    assert "Please retry in 17s." in exc.message
    exc = raises(lambda: call(GEMINI, srv))
    assert gemini_detail(exc, "RetryInfo") is None and "retry in" not in exc.message


def test_day_exhaustion_persists_until_reset(srv: LLMServer) -> None:
    srv.inject(OPENAI, Fault.day_exhausted())
    srv.inject(GEMINI, Fault.day_exhausted())
    srv.inject(ZHIPU, Fault.day_exhausted(code="1308"))
    for _ in range(2):  # second round has no injected fault: the state persists
        exc = raises(lambda: call(OPENAI, srv))
        assert isinstance(exc, openai.RateLimitError) and "requests per day (RPD)" in exc.body["message"]
        exc = raises(lambda: call(GEMINI, srv))
        violation = gemini_detail(exc, "QuotaFailure")["violations"][0]
        assert violation["quotaId"] == "GenerateRequestsPerDayPerProjectPerModel-FreeTier"
        assert gemini_detail(exc, "RetryInfo") is not None  # the real API's misleading short hint
        exc = raises(lambda: call(ZHIPU, srv))
        assert zhipu_error(exc)["code"] == "1308" and "重置" in zhipu_error(exc)["message"]
    srv.reset_day()
    for provider in PROVIDERS:
        assert call(provider, srv)[0]


def test_rpd_limit_exhausts_key(srv: LLMServer) -> None:
    srv.add_key(ZHIPU, "zday.secret", rpd=2)
    call(ZHIPU, srv, "zday.secret")
    call(ZHIPU, srv, "zday.secret")
    srv.reset_windows()
    exc = raises(lambda: call(ZHIPU, srv, "zday.secret"))
    assert zhipu_error(exc)["code"] == "1304"
    assert call(ZHIPU, srv)[0]  # other keys unaffected


def test_no_quota_variants(srv: LLMServer) -> None:
    for provider in PROVIDERS:
        srv.inject(provider, Fault.no_quota())
    exc = raises(lambda: call(OPENAI, srv))
    assert isinstance(exc, openai.RateLimitError) and exc.code == "insufficient_quota" and exc.type == "insufficient_quota"
    exc = raises(lambda: call(GEMINI, srv))
    values = {v["quotaValue"] for v in gemini_detail(exc, "QuotaFailure")["violations"]}
    assert exc.code == 429 and values == {"0"}
    exc = raises(lambda: call(ZHIPU, srv))
    assert isinstance(exc, zhipuai.APIReachLimitError) and zhipu_error(exc)["code"] == "1113"


def test_key_behaviour_is_persistent(srv: LLMServer) -> None:
    srv.add_key(GEMINI, "g-zero", behaviour=Fault.no_quota())
    for _ in range(2):
        assert raises(lambda: call(GEMINI, srv, "g-zero")).code == 429
    srv.set_behaviour(GEMINI, "g-zero", None)
    assert call(GEMINI, srv, "g-zero")[1] == "STOP"


# --- server errors ------------------------------------------------------------------------


def test_server_errors(srv: LLMServer) -> None:
    srv.inject(OPENAI, Fault.server_error(500))
    srv.inject(GEMINI, Fault.server_error(503))
    srv.inject(ZHIPU, Fault.server_error(500))
    exc = raises(lambda: call(OPENAI, srv))
    assert isinstance(exc, openai.InternalServerError) and exc.status_code == 500 and exc.type == "server_error"
    exc = raises(lambda: call(GEMINI, srv))
    assert isinstance(exc, genai_errors.ServerError) and (exc.code, exc.status) == (503, "UNAVAILABLE")
    exc = raises(lambda: call(ZHIPU, srv))
    assert isinstance(exc, zhipuai.APIInternalError) and exc.status_code == 500


def test_random_500s_are_seeded() -> None:
    def statuses(seed: int) -> list[int]:
        with LLMServer(require_key=False, seed=seed) as server:
            server.fault_rate_500 = 0.5
            client = make_client(OPENAI, server, "k")
            for _ in range(12):
                try:
                    ask(OPENAI, client)
                except openai.InternalServerError:
                    pass
            return [r.status for r in server.requests]

    first = statuses(7)
    assert first == statuses(7) and {200, 500} == set(first)


# --- odd content ------------------------------------------------------------------------------


@pytest.mark.parametrize("provider,reason", [(OPENAI, "length"), (GEMINI, "MAX_TOKENS"), (ZHIPU, "length")])
def test_truncated_reply(srv: LLMServer, provider: str, reason: str) -> None:
    srv.inject(provider, Fault.truncated())
    content, finish = call(provider, srv)
    assert finish == reason
    assert content.startswith('{"qa_pairs": [')
    with pytest.raises(json.JSONDecodeError):
        json.loads(content)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_fenced_reply(srv: LLMServer, provider: str) -> None:
    srv.inject(provider, Fault.fenced())
    content, _ = call(provider, srv)
    assert content.startswith("Sure!") and "```json\n" in content
    inner = content.split("```json\n", 1)[1].split("\n```", 1)[0]
    assert json.loads(inner)["qa_pairs"]


def test_blocked_and_prose_replies(srv: LLMServer) -> None:
    srv.inject(GEMINI, Fault.blocked())
    client = make_client(GEMINI, srv)
    resp = client.models.generate_content(model=MODELS[GEMINI], contents=DOC)
    assert resp.candidates is None and resp.text is None
    assert resp.prompt_feedback.block_reason == types.BlockedReason.SAFETY
    srv.inject(OPENAI, Fault.blocked())
    assert call(OPENAI, srv)[1] == "content_filter"
    srv.inject(ZHIPU, Fault.invalid_json())
    assert "{" not in call(ZHIPU, srv)[0]


# --- transport faults ---------------------------------------------------------------------------


def test_slow_reply_times_out(srv: LLMServer) -> None:
    for provider in PROVIDERS:
        srv.inject(provider, Fault.slow(10.0))  # far past the 0.2 s timeout, however slow the box
    assert isinstance(raises(lambda: call(OPENAI, srv, timeout=0.2)), openai.APITimeoutError)
    assert isinstance(raises(lambda: call(GEMINI, srv, timeout=0.2)), GEMINI_TIMEOUT_ERRORS)
    assert isinstance(raises(lambda: call(ZHIPU, srv, timeout=0.2)), zhipuai.APITimeoutError)


def test_connection_drop(srv: LLMServer) -> None:
    for provider in PROVIDERS:
        srv.inject(provider, Fault.drop())
    exc = raises(lambda: call(OPENAI, srv))
    assert type(exc) is openai.APIConnectionError
    exc = raises(lambda: call(GEMINI, srv))
    assert isinstance(exc, GEMINI_CONNECTION_ERRORS) and not isinstance(exc, GEMINI_TIMEOUT_ERRORS)
    exc = raises(lambda: call(ZHIPU, srv))
    assert type(exc) is zhipuai.APIConnectionError
    assert [r.status for r in srv.requests] == [None, None, None]
    assert all(call(provider, srv)[0] for provider in PROVIDERS)  # server still fine


def test_latency(srv: LLMServer) -> None:
    srv.latency = 0.1
    started = time.monotonic()
    call(OPENAI, srv)
    assert time.monotonic() - started >= 0.1


# --- robustness -----------------------------------------------------------------------------------


def _raw(srv: LLMServer, method: str, path: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=5)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read() or b"null")
    finally:
        conn.close()


def test_malformed_requests_get_400(srv: LLMServer) -> None:
    bearer = {"Authorization": f"Bearer {KEYS[OPENAI]}"}
    status, body = _raw(srv, "POST", "/v1/chat/completions", b"{not json", bearer)
    assert status == 400 and body["error"]["type"] == "invalid_request_error"
    status, body = _raw(srv, "POST", "/v1/chat/completions", b'{"model": "m"}', bearer)
    assert status == 400
    status, body = _raw(srv, "POST", "/v1beta/models/gemini-2.0-flash:generateContent?key=x", b"[1,")
    assert status == 400 and body["error"]["status"] == "INVALID_ARGUMENT"
    status, body = _raw(srv, "POST", "/api/paas/v4/chat/completions", b"\xff\xfe", {"Authorization": "Bearer a.b"})
    assert status == 400 and body["error"]["code"] == "1210"
    status, body = _raw(srv, "GET", "/v1/models", b"")
    assert status == 404
    with socket.create_connection(("127.0.0.1", srv.port), timeout=5) as sock:
        sock.sendall(b"\x00\x01garbage\r\n\r\n")
        assert b"Error" in sock.recv(200)  # http.server's own error page
    assert call(OPENAI, srv)[0]  # and the server is still serving


def test_stop_is_clean_with_busy_and_idle_connections() -> None:
    before = set(threading.enumerate())
    server = LLMServer(require_key=False).start()
    idle = make_client(OPENAI, server, "k")
    ask(OPENAI, idle)  # leaves a keep-alive connection (and its handler thread) open
    server.inject(OPENAI, Fault.slow(30))
    outcome: list[BaseException] = []
    slow = threading.Thread(target=lambda: outcome.append(raises(lambda: ask(OPENAI, make_client(OPENAI, server, "k")))))
    slow.start()
    deadline = time.monotonic() + 5
    while server.in_flight == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    server.stop()
    slow.join(timeout=30)
    assert time.monotonic() - started < 15  # well short of the 30 s slow reply, even on a loaded box
    assert isinstance(outcome[0], openai.APIConnectionError)  # the in-flight call saw the server go
    assert set(threading.enumerate()) - before == set()


# --- local-server behaviour: info endpoints, slots, streaming ----------------------------------


def test_info_endpoints_answer_only_when_configured() -> None:
    import urllib.error
    import urllib.request

    with LLMServer(require_key=False) as local:
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(local.url + "/props", timeout=5)
        assert missing.value.code == 404
        local.props = {"total_slots": 2, "default_generation_settings": {"n_ctx": 4096}}
        local.models = [{"id": "m", "max_model_len": 8192}]
        props = json.loads(urllib.request.urlopen(local.url + "/props", timeout=5).read())
        models = json.loads(urllib.request.urlopen(local.url + "/v1/models", timeout=5).read())
        assert props["total_slots"] == 2 and models["data"][0]["max_model_len"] == 8192


def test_a_one_slot_server_queues_requests() -> None:
    with LLMServer(require_key=False, slots=1, latency=0.2) as local:
        client = openai.OpenAI(api_key="none", base_url=local.openai_base_url, max_retries=0, timeout=30)
        with_threads = [threading.Thread(target=ask, args=(OPENAI, client)) for _ in range(3)]
        for t in with_threads:
            t.start()
        for t in with_threads:
            t.join()
        assert [r.status for r in local.requests] == [200, 200, 200] and local.max_concurrent == 1


def test_streamed_replies_come_in_pieces(srv: LLMServer) -> None:
    client = make_client(OPENAI, srv)
    stream = client.chat.completions.create(model=MODELS[OPENAI], messages=[{"role": "user", "content": DOC}],
                                            stream=True, stream_options={"include_usage": True})
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert len(chunks) >= 3 and json.loads(text)["qa_pairs"] and chunks[-1].usage.completion_tokens > 0
    assert srv.requests[-1].stream
