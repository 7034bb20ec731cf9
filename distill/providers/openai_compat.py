"""OpenAI and any OpenAI-compatible server (vLLM, llama.cpp, Ollama, LM Studio, proxies).

Retries are off in the SDK (`max_retries=0`): the key pool decides what happens after a 429
or a 5xx. A local server that needs no key is called with a placeholder key.

Output: `json_schema` sends `response_format={"type": "json_schema", "json_schema": {...}}`
(vLLM, llama.cpp, Ollama and OpenAI accept it), `json_object` sends `{"type": "json_object"}`,
`plain` sends none. Streamed replies ask for the usage in the last chunk
(`stream_options.include_usage`); the SDK's timeout then bounds each read, i.e. the silence
between two chunks.

How failures are classified (`classify`):

* 429 `insufficient_quota`                 -> disabled (billing: no credit on the account)
* 429 "... per day (RPD/TPD)"              -> exhausted, with the hint if one is given
* 429 otherwise (`rate_limit_exceeded`)    -> rate_limited, hint from `retry-after-ms`,
                                              `retry-after`, else "Please try again in 1.5s"
* 401, 402, 403                            -> disabled
* 400, 404, 413, 422                       -> bad_request (the request, not the key)
* 408, 409, 5xx, timeout, connection error -> transient
"""

from __future__ import annotations

from typing import Any

from distill.config import DEFAULT_MODELS
from distill.providers.base import (
    ChatReply,
    ChatRequest,
    ProviderError,
    SdkProvider,
    chat_sdk_error,
    collect_text,
    first_hint,
    hint_from_headers,
    hint_from_message,
    scrub,
)

_FINISH = {"stop": "stop", "length": "length", "content_filter": "blocked"}
# Wording of OpenAI's daily limits: "requests per day (RPD)", "tokens per day (TPD)".
_PER_DAY = ("per day", "(rpd)", "(tpd)")
_BAD_REQUEST = (400, 404, 413, 422)
_DISABLED = (401, 402, 403)


class OpenAIProvider(SdkProvider[Any]):
    """`complete` through the `openai` SDK against `base_url` (None: api.openai.com)."""

    name = "openai"
    default_model = DEFAULT_MODELS["openai"]

    @staticmethod
    def make_client(key: str, base_url: str | None) -> Any:
        return _client(key, base_url)

    def send(self, client: Any, request: ChatRequest) -> ChatReply:
        if request.stream:
            params = {**request_params(request), "stream": True, "stream_options": {"include_usage": True}}
            return stream_reply(client.chat.completions.create(**params, timeout=request.timeout), request)
        completion = client.chat.completions.create(**request_params(request), timeout=request.timeout)
        return to_reply(completion, request)

    def classify(self, exc: Exception, key: str, timeout: float) -> ProviderError | None:
        return classify(exc, key, timeout)


def _client(key: str, base_url: str | None) -> Any:
    import openai

    # The per-request timeout overrides this one; it only bounds calls made without it.
    return openai.OpenAI(api_key=key, base_url=base_url, max_retries=0, timeout=120.0)


def request_params(request: ChatRequest) -> dict[str, Any]:
    """The `chat.completions.create` arguments for a request."""
    messages = [{"role": "system", "content": request.system}, {"role": "user", "content": request.user}]
    messages += [{"role": role, "content": text} for role, text in request.turns]
    params: dict[str, Any] = {"model": request.model, "messages": messages, "temperature": request.temperature}
    if request.max_tokens is not None:
        params["max_tokens"] = request.max_tokens
    if request.output == "json_schema" and request.schema is not None:
        params["response_format"] = {"type": "json_schema",
                                     "json_schema": {"name": "qa_pairs", "schema": dict(request.schema)}}
    elif request.output != "plain":
        params["response_format"] = {"type": "json_object"}
    return params


def stream_reply(stream: Any, request: ChatRequest, finish_reasons: dict[str, str] | None = None,
                 temperature_sent: float | None = None) -> ChatReply:
    """A streamed chat completion (OpenAI's or Zhipu's chunks) as one `ChatReply`."""
    finish: list[str] = []
    usage: list[Any] = []
    model: list[str] = []

    def pieces() -> Any:
        for chunk in stream:
            model[:] = [chunk.model] if getattr(chunk, "model", None) else model
            if getattr(chunk, "usage", None):
                usage[:] = [chunk.usage]
            choice = chunk.choices[0] if chunk.choices else None
            if choice is not None and choice.finish_reason:
                finish[:] = [choice.finish_reason]
            delta = getattr(choice, "delta", None) if choice is not None else None
            yield (getattr(delta, "content", None) or ""), chunk

    try:
        text, _ = collect_text(pieces(), request)
    finally:
        # zhipuai's StreamResponse has no close(): its response does.
        close = getattr(stream, "close", None) or stream.response.close
        close()
    finish_map = _FINISH if finish_reasons is None else finish_reasons
    tokens = usage[0] if usage else None
    return ChatReply(
        text=text,
        finish_reason=finish_map.get(finish[0], "other") if finish else "other",
        tokens_in=(tokens.prompt_tokens or 0) if tokens else 0,
        tokens_out=(tokens.completion_tokens or 0) if tokens else 0,
        temperature_sent=request.temperature if temperature_sent is None else temperature_sent,
        model=model[0] if model else request.model,
    )


def to_reply(completion: Any, request: ChatRequest, finish_reasons: dict[str, str] | None = None,
             temperature_sent: float | None = None) -> ChatReply:
    """A chat completion (OpenAI's, or an OpenAI-shaped one such as Zhipu's) as a `ChatReply`."""
    choice = completion.choices[0] if completion.choices else None
    message = choice.message if choice is not None else None
    finish_map = _FINISH if finish_reasons is None else finish_reasons
    finish = finish_map.get(choice.finish_reason or "", "other") if choice is not None else "other"
    if message is not None and getattr(message, "refusal", None):
        finish = "blocked"  # the model declined: no usable content, but the key is fine
    usage = completion.usage
    return ChatReply(
        text=(message.content or "") if message is not None else "",
        finish_reason=finish,
        tokens_in=(usage.prompt_tokens or 0) if usage else 0,
        tokens_out=(usage.completion_tokens or 0) if usage else 0,
        temperature_sent=request.temperature if temperature_sent is None else temperature_sent,
        model=completion.model or request.model,
    )


def classify(exc: Exception, key: str, timeout: float) -> ProviderError | None:
    """The `ProviderError` for an exception raised by the openai SDK; None if it is not the SDK's."""
    import openai

    return chat_sdk_error(openai, exc, timeout, lambda e: _status_error(e, key))


def _status_error(exc: Any, key: str) -> ProviderError:
    status: int = exc.status_code
    body = exc.body if isinstance(exc.body, dict) else {}
    code = str(exc.code or body.get("type") or "").strip()
    message = str(body.get("message") or "")
    label = f"{status} {code}".strip()
    if status == 429:
        return _rate_limit(exc, code, message)
    if status == 401:
        return ProviderError("disabled", f"401 invalid key ({code or 'unauthorized'})", status=status)
    if status in _DISABLED:
        return ProviderError("disabled", f"{label}: {scrub(message, key, 120)}", status=status)
    if status in _BAD_REQUEST:
        return ProviderError("bad_request", f"{label}: {scrub(message, key)}", status=status)
    return ProviderError("transient", f"{label}: {scrub(message, key, 120)}", status=status)


def _rate_limit(exc: Any, code: str, message: str) -> ProviderError:
    if code == "insufficient_quota" or getattr(exc, "type", None) == "insufficient_quota":
        return ProviderError("disabled", "429 insufficient_quota: no credit (billing)", status=429)
    hint = first_hint(hint_from_headers(exc.response.headers), hint_from_message(message))
    if any(marker in message.lower() for marker in _PER_DAY):
        return ProviderError("exhausted", f"429 {code or 'rate limited'}: per-day limit",
                             retry_after=hint, status=429)
    return ProviderError("rate_limited", f"429 {code or 'rate limited'}: per-minute limit",
                         retry_after=hint, status=429)
