"""Zhipu GLM through the `zhipuai` SDK (OpenAI-like chat completions, its own error codes).

The SDK sends the raw `id.secret` key as a bearer token (its default), retries are off, and
JSON mode is `response_format={"type": "json_object"}` (supported by glm-4-flash and later):
Zhipu has no `json_schema` mode, so its ladder starts at `json_object`. Replies stream
(`stream=True`) when asked.

The SDK rewrites the temperature before sending it: <= 0 becomes 0.01 with `do_sample=false`
(greedy), >= 1 becomes 0.99. `ChatReply.temperature_sent` reports the rewritten value.

How failures are classified (`classify`), by the body's `error.code` (a string) first:

* 5xx (503 is `APIServerFlowExceedError`, an overloaded service), timeout, connection error
                                             -> transient
* 1302, 1303, 1305 (concurrency/frequency)  -> rate_limited (hint from headers if any)
* 1304 (daily), 1308 (5-hour), 1310 (week/month)
                                             -> exhausted, until the reset time quoted in the
                                                message when there is one
* 1113 (arrears)                             -> disabled
* 1000-1004, HTTP 401, HTTP 403 (1220)       -> disabled
* 1261 (prompt too long), other 400/404/413/422 -> bad_request
* any other 429                              -> rate_limited
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Any

from distill.config import DEFAULT_MODELS
from distill.providers.base import (
    ChatReply,
    ChatRequest,
    ProviderError,
    SdkProvider,
    chat_sdk_error,
    first_hint,
    hint_from_headers,
    hint_from_message,
    scrub,
    seconds_until,
)
from distill.providers.openai_compat import request_params, stream_reply, to_reply

_FINISH = {"stop": "stop", "length": "length", "sensitive": "blocked"}
_RATE = {"1302": "too many concurrent requests", "1303": "requests too frequent",
         "1305": "too many requests to this model"}
_QUOTA = {"1304": "daily call limit reached", "1308": "5-hour usage limit reached",
          "1310": "weekly/monthly usage limit reached"}
_AUTH = {"1000", "1001", "1002", "1003", "1004", "401"}
_BAD_REQUEST = (400, 404, 413, 422)
# Zhipu quotes reset times as naive Beijing wall-clock stamps: "将在 2025-01-01 12:00:00 重置".
_BEIJING = timezone(timedelta(hours=8))
_STAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)")


def wire_temperature(temperature: float) -> float:
    """The temperature zhipuai 2.1.5 really sends (see `Completions.create`)."""
    if temperature <= 0:
        return 0.01  # and do_sample=False
    return 0.99 if temperature >= 1 else temperature


class ZhipuProvider(SdkProvider[Any]):
    """`complete` through `ZhipuAI` against `base_url` (None: open.bigmodel.cn); its wire is OpenAI-shaped."""

    name = "zhipu"
    default_model = DEFAULT_MODELS["zhipu"]

    def wire_temperature(self, temperature: float) -> float:
        return wire_temperature(temperature)

    @staticmethod
    def make_client(key: str, base_url: str | None) -> Any:
        return _client(key, base_url)

    def send(self, client: Any, request: ChatRequest) -> ChatReply:
        params = request_params(request)
        if params.get("response_format", {}).get("type") == "json_schema":
            params["response_format"] = {"type": "json_object"}
        sent = wire_temperature(request.temperature)
        if request.stream:
            stream = client.chat.completions.create(**params, stream=True, timeout=request.timeout)
            return stream_reply(stream, request, _FINISH, sent)
        completion = client.chat.completions.create(**params, timeout=request.timeout)
        return to_reply(completion, request, _FINISH, sent)

    def classify(self, exc: Exception, key: str, timeout: float) -> ProviderError | None:
        return classify(exc, key, timeout)


def _client(key: str, base_url: str | None) -> Any:
    from zhipuai import ZhipuAI

    return ZhipuAI(api_key=key, base_url=base_url, max_retries=0, timeout=120.0)


def classify(exc: Exception, key: str, timeout: float) -> ProviderError | None:
    """The `ProviderError` for an exception raised by the zhipuai SDK; None if it is not the SDK's."""
    import zhipuai

    return chat_sdk_error(zhipuai, exc, timeout, lambda e: _status_error(e, key))


def _body(response: Any) -> tuple[str, str]:
    """(business code, message) of an error reply; empty strings when it has none."""
    try:
        error = response.json().get("error") or {}
    except (ValueError, AttributeError):
        return "", ""
    if not isinstance(error, dict):
        return "", ""
    return str(error.get("code") or ""), str(error.get("message") or "")


def _status_error(exc: Any, key: str) -> ProviderError:
    status: int = exc.status_code
    code, message = _body(exc.response)
    headers = exc.response.headers
    label = f"{status} {code}".strip()
    if status >= 500:
        what = "service overloaded" if status == 503 else "server error"
        return ProviderError("transient", f"{label}: {what}", status=status)
    if code in _RATE:
        hint = first_hint(hint_from_headers(headers), reset_hint(message), hint_from_message(message))
        return ProviderError("rate_limited", f"{label}: {_RATE[code]}", retry_after=hint, status=status)
    if code in _QUOTA:
        # Only an exact time is a hint here; without one the pool waits for midnight Beijing.
        hint = first_hint(hint_from_headers(headers), reset_hint(message))
        return ProviderError("exhausted", f"{label}: {_QUOTA[code]}", retry_after=hint, status=status)
    if code == "1113":
        return ProviderError("disabled", f"{label}: account in arrears", status=status)
    if code in _AUTH or status == 401:
        return ProviderError("disabled", f"{label}: invalid key", status=status)
    if status == 403:
        return ProviderError("disabled", f"{label}: {scrub(message, key, 120)}", status=status)
    if status == 429:
        return ProviderError("rate_limited", f"{label}: rate limited",
                             retry_after=hint_from_headers(headers), status=status)
    if code == "1261" or status in _BAD_REQUEST:
        return ProviderError("bad_request", f"{label}: {scrub(message, key)}", status=status)
    return ProviderError("transient", f"{label}: {scrub(message, key, 120)}", status=status)


def reset_hint(message: str) -> float | None:
    """Seconds until the Beijing-time reset stamp quoted in a Zhipu message, if any."""
    match = _STAMP.search(message or "")
    if not match:
        return None
    try:
        stamp = datetime.fromisoformat(f"{match.group(1)} {match.group(2)}").replace(tzinfo=_BEIJING)
    except ValueError:
        return None
    return seconds_until(stamp)
