"""Google Gemini through `google-genai`, pinned to the `v1beta` API with SDK retries off.

How failures are classified (`classify`):

* 429 RESOURCE_EXHAUSTED: by the QuotaFailure violations, never by RetryInfo alone, since
  per-day and zero-quota 429s also carry a short `retryDelay`:
  `quotaValue == "0"` -> disabled (no quota for this model); a `...PerDay...` quotaId ->
  exhausted (until the daily reset); otherwise -> rate_limited, hint from RetryInfo,
  `retry-after(-ms)` headers, else "Please retry in 17s." in the message
* 400 with ErrorInfo `API_KEY_INVALID`       -> disabled
* 400 FAILED_PRECONDITION (region/billing)   -> disabled
* 401, 403 (PERMISSION_DENIED, leaked key)   -> disabled
* other 400, 404, 413                        -> bad_request
* 5xx, 408, 409; raw httpx/httpx2 timeouts and transport errors (the SDK does not wrap
  them)                                      -> transient

A prompt blocked by safety filters is not an error: it is a `ChatReply` with finish reason
"blocked" and empty text.

Output: `json_schema` sends the pair schema as `response_json_schema` with the JSON MIME type,
`json_object` the MIME type alone, `plain` neither. Streaming uses `generate_content_stream`
(server-sent events); the timeout then bounds each read.
"""

from __future__ import annotations

from typing import Any

from distill.config import DEFAULT_MODELS
from distill.providers.base import (
    ChatReply,
    ChatRequest,
    ProviderError,
    SdkProvider,
    collect_text,
    first_hint,
    hint_from_headers,
    hint_from_message,
    parse_duration,
    scrub,
    transport_error,
)

API_VERSION = "v1beta"
_FINISH = {"STOP": "stop", "MAX_TOKENS": "length", "SAFETY": "blocked", "BLOCKLIST": "blocked",
           "PROHIBITED_CONTENT": "blocked", "SPII": "blocked", "RECITATION": "blocked",
           "IMAGE_SAFETY": "blocked"}
_RPC = "type.googleapis.com/google.rpc."


class GeminiProvider(SdkProvider[Any]):
    """`complete` through `genai.Client` against `base_url` (None: the SDK's endpoint)."""

    name = "gemini"
    default_model = DEFAULT_MODELS["gemini"]

    @staticmethod
    def make_client(key: str, base_url: str | None) -> Any:
        return _client(key, base_url)

    def send(self, client: Any, request: ChatRequest) -> ChatReply:
        args = dict(model=request.model, contents=contents(request), config=generation_config(request))
        if not request.stream:
            return to_reply(client.models.generate_content(**args), request)
        stream = client.models.generate_content_stream(**args)
        try:
            text, last = collect_text(((_text(_first(r)), r) for r in stream), request)
        finally:
            stream.close()
        if last is None:
            return ChatReply("", "other", 0, 0, request.temperature, request.model)
        return to_reply(last, request, text=text)

    def classify(self, exc: Exception, key: str, timeout: float) -> ProviderError | None:
        return classify(exc, key, timeout)


def _client(key: str, base_url: str | None) -> Any:
    from google import genai
    from google.genai import types

    options = types.HttpOptions(
        base_url=base_url, api_version=API_VERSION,  # pinned: the SDK's default has changed before
        retry_options=types.HttpRetryOptions(attempts=1), timeout=120_000,
    )
    return genai.Client(api_key=key, http_options=options)


def contents(request: ChatRequest) -> Any:
    """The user prompt, and the turns after it (Gemini calls the assistant `model`)."""
    if not request.turns:
        return request.user
    from google.genai import types

    turns = [("user", request.user), *request.turns]
    return [types.Content(role="model" if role == "assistant" else "user", parts=[types.Part(text=text)])
            for role, text in turns]


def generation_config(request: ChatRequest) -> Any:
    from google.genai import types

    schema = dict(request.schema) if request.output == "json_schema" and request.schema is not None else None
    return types.GenerateContentConfig(
        system_instruction=request.system or None,
        temperature=request.temperature,
        max_output_tokens=request.max_tokens,
        response_mime_type="application/json" if request.json_mode else None,
        response_json_schema=schema,
        # Per request, so one cached client serves requests with different timeouts.
        http_options=types.HttpOptions(timeout=max(1, int(request.timeout * 1000))),
    )


def _first(response: Any) -> Any:
    return response.candidates[0] if response.candidates else None


def to_reply(response: Any, request: ChatRequest, text: str | None = None) -> ChatReply:
    """A response as a `ChatReply`; `text`: the whole text of a stream whose last piece this is."""
    candidate = _first(response)
    usage = response.usage_metadata
    # Thinking tokens are billed as output, so they count.
    tokens_out = ((usage.candidates_token_count or 0) + (usage.thoughts_token_count or 0)) if usage else 0
    return ChatReply(
        text=_text(candidate) if text is None else text,
        finish_reason=_finish(candidate, response.prompt_feedback),
        tokens_in=(usage.prompt_token_count or 0) if usage else 0,
        tokens_out=tokens_out,
        temperature_sent=request.temperature,
        model=response.model_version or request.model,
    )


def _text(candidate: Any) -> str:
    """The answer's text parts, without thought summaries."""
    content = candidate.content if candidate is not None else None
    parts = (content.parts or []) if content is not None else []
    return "".join(p.text for p in parts if p.text and not p.thought)


def _finish(candidate: Any, feedback: Any) -> str:
    if candidate is None:
        # No candidate at all: the prompt itself was blocked (or the reply is malformed).
        return "blocked" if feedback is not None and feedback.block_reason else "other"
    reason = candidate.finish_reason
    return _FINISH.get(str(getattr(reason, "value", reason) or ""), "other")


def classify(exc: Exception, key: str, timeout: float) -> ProviderError | None:
    """The `ProviderError` for an exception raised by google-genai or its HTTP backend (which it
    does not wrap); None for anything else, a bug of ours."""
    from google.genai import errors

    if isinstance(exc, errors.APIError):
        return _api_error(exc, key)
    return transport_error(exc, timeout)


def _details(exc: Any) -> list[dict[str, Any]]:
    """The google.rpc detail objects of an APIError (`details` is the whole error body)."""
    body = exc.details if isinstance(exc.details, dict) else {}
    error = body.get("error", body)
    details = error.get("details") if isinstance(error, dict) else None
    return [d for d in details or [] if isinstance(d, dict)]


def _of_type(details: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    return [d for d in details if d.get("@type") == _RPC + name]


def _api_error(exc: Any, key: str) -> ProviderError:
    status = int(exc.code) if exc.code else None
    rpc, message = str(exc.status or ""), str(exc.message or "")
    details = _details(exc)
    if status == 429:
        return _quota_error(exc, details, message)
    if status == 400:
        reasons = {d.get("reason") for d in _of_type(details, "ErrorInfo")}
        if "API_KEY_INVALID" in reasons or "API key not valid" in message:
            return ProviderError("disabled", "400 invalid key (API_KEY_INVALID)", status=status)
        if rpc == "FAILED_PRECONDITION":  # e.g. "User location is not supported": every request fails
            return ProviderError("disabled", f"400 {rpc}: {scrub(message, key, 120)}", status=status)
    label = f"{status} {rpc}".strip()
    if status in (401, 403):
        return ProviderError("disabled", f"{label}: {scrub(message, key, 120)}", status=status)
    if status in (400, 404, 413):
        return ProviderError("bad_request", f"{label}: {scrub(message, key)}", status=status)
    return ProviderError("transient", f"{label}: {scrub(message, key, 120)}", status=status)


def _quota_error(exc: Any, details: list[dict[str, Any]], message: str) -> ProviderError:
    violations = [v for d in _of_type(details, "QuotaFailure") for v in d.get("violations") or []
                  if isinstance(v, dict)]
    ids = [str(v.get("quotaId") or "") for v in violations]
    if any(str(v.get("quotaValue")) == "0" for v in violations):
        return ProviderError("disabled", "429 no quota for this model (quotaValue 0)", status=429)
    day = next((i for i in ids if "PerDay" in i), None)
    if day is not None:
        # The retryDelay on a per-day 429 is not when the quota comes back: leave it to the
        # pool, which waits for the provider's daily reset.
        return ProviderError("exhausted", f"429 per-day quota exhausted ({day})", status=429)
    delays = [parse_duration(str(d.get("retryDelay") or "")) for d in _of_type(details, "RetryInfo")]
    headers = getattr(exc.response, "headers", None)
    hint = first_hint(*delays, hint_from_headers(headers), hint_from_message(message))
    which = "per-minute limit" if any("PerMinute" in i for i in ids) else "rate limited"
    return ProviderError("rate_limited", f"429 RESOURCE_EXHAUSTED: {which}", retry_after=hint, status=429)
