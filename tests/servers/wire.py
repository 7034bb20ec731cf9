"""Provider wire formats: success bodies and the real error bodies.

Everything here is pure (no sockets, no state): functions take what the reply
must say and return a :class:`WireReply` (status, JSON body, headers). Bodies
copy the shapes the real services send, because the SDKs and our key pool
parse them:

* OpenAI errors: ``{"error": {"message", "type", "param", "code"}}``; the SDK
  stores the inner dict as ``APIStatusError.body``.
* Gemini errors: ``{"error": {"code", "message", "status", "details": [...]}}``
  (google.rpc.Status); google-genai stores the whole dict as
  ``APIError.details``.
* Zhipu errors: ``{"error": {"code": "1302", "message": "..."}}`` with the
  business code as a *string*; zhipuai only keeps ``response``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Literal

OPENAI = "openai"
GEMINI = "gemini"
ZHIPU = "zhipu"
PROVIDERS: tuple[str, ...] = (OPENAI, GEMINI, ZHIPU)

Finish = Literal["stop", "length", "blocked"]


@dataclass
class WireReply:
    """What the handler writes back: status line, JSON body, extra headers."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LimitInfo:
    """Everything a 429 needs to describe which limit was hit.

    ``retry_after`` is in real seconds; ``limit``/``used`` feed the OpenAI
    message and ``x-ratelimit-*`` headers and the Gemini ``quotaValue``.
    """

    per: Literal["minute", "day"]
    retry_after: float
    limit: int
    used: int
    hint: str = "auto"
    code: str | None = None  # Zhipu business code override


# --- duration formats --------------------------------------------------------


def openai_duration(seconds: float) -> str:
    """OpenAI's ``x-ratelimit-reset-*`` / message style: ``120ms``, ``1.5s``, ``6m0s``."""
    seconds = max(0.0, seconds)
    if seconds < 1:
        return f"{max(1, round(seconds * 1000))}ms"
    if seconds < 60:
        return f"{_trim(seconds)}s"
    minutes, rest = divmod(seconds, 60)
    if minutes < 60:
        return f"{int(minutes)}m{_trim(rest)}s"
    hours, minutes = divmod(minutes, 60)
    return f"{int(hours)}h{int(minutes)}m{_trim(rest)}s"


def proto_duration(seconds: float) -> str:
    """google.protobuf.Duration JSON (``RetryInfo.retryDelay``): ``17s``, ``1.5s``."""
    return f"{_trim(max(0.0, seconds))}s"


def _trim(seconds: float) -> str:
    """Up to 3 decimals without trailing zeros: 20 -> '20', 1.5 -> '1.5'."""
    text = f"{seconds:.3f}".rstrip("0").rstrip(".")
    return text or "0"


def approx_tokens(text: str) -> int:
    """Rough token count (4 chars/token) so usage numbers move with the input."""
    return len(text) // 4 + 1


# --- success -----------------------------------------------------------------

_FINISH = {
    OPENAI: {"stop": "stop", "length": "length", "blocked": "content_filter"},
    ZHIPU: {"stop": "stop", "length": "length", "blocked": "sensitive"},
    GEMINI: {"stop": "STOP", "length": "MAX_TOKENS", "blocked": "SAFETY"},
}


def completion_reply(
    provider: str,
    *,
    model: str,
    content: str,
    finish: Finish,
    prompt_tokens: int,
    request_id: str,
    headers: dict[str, str] | None = None,
) -> WireReply:
    """A 200 completion in the provider's shape."""
    completion_tokens = approx_tokens(content) if content else 0
    builder = _gemini_completion if provider == GEMINI else _chat_completion
    body = builder(
        provider,
        model=model,
        content=content,
        finish=finish,
        prompt_tokens=prompt_tokens,
        completion_tokens=completion_tokens,
        request_id=request_id,
    )
    return WireReply(200, body, dict(headers or {}))


def _chat_completion(
    provider: str,
    *,
    model: str,
    content: str,
    finish: Finish,
    prompt_tokens: int,
    completion_tokens: int,
    request_id: str,
) -> dict[str, Any]:
    """OpenAI ``chat.completion``; Zhipu uses the same shape plus ``request_id``."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    choice: dict[str, Any] = {"index": 0, "message": message, "finish_reason": _FINISH[provider][finish]}
    body: dict[str, Any] = {
        "id": f"chatcmpl-{request_id}" if provider == OPENAI else request_id,
        "created": int(time.time()),
        "model": model,
        "choices": [choice],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }
    if provider == OPENAI:
        message["refusal"] = None
        choice["logprobs"] = None
        body["object"] = "chat.completion"
        body["system_fingerprint"] = "fp_loopback"
    else:
        body["request_id"] = request_id
    return body


def _gemini_completion(
    provider: str,
    *,
    model: str,
    content: str,
    finish: Finish,
    prompt_tokens: int,
    completion_tokens: int,
    request_id: str,
) -> dict[str, Any]:
    """Gemini ``GenerateContentResponse``; a safety block has no candidate at all."""
    del provider
    usage = {
        "promptTokenCount": prompt_tokens,
        "candidatesTokenCount": completion_tokens,
        "totalTokenCount": prompt_tokens + completion_tokens,
        "promptTokensDetails": [{"modality": "TEXT", "tokenCount": prompt_tokens}],
    }
    body: dict[str, Any] = {"usageMetadata": usage, "modelVersion": model, "responseId": request_id}
    if finish == "blocked":
        usage.pop("candidatesTokenCount")
        usage["totalTokenCount"] = prompt_tokens
        body["promptFeedback"] = {"blockReason": "SAFETY"}
        return body
    body["candidates"] = [
        {
            "content": {"parts": [{"text": content}], "role": "model"},
            "finishReason": _FINISH[GEMINI][finish],
            "index": 0,
        }
    ]
    return body


def ratelimit_headers(limit: int, remaining: int, reset_in: float) -> dict[str, str]:
    """OpenAI's ``x-ratelimit-*-requests`` headers (sent on every reply when a limit is set)."""
    return {
        "x-ratelimit-limit-requests": str(limit),
        "x-ratelimit-remaining-requests": str(max(0, remaining)),
        "x-ratelimit-reset-requests": openai_duration(reset_in),
    }


# --- errors: dispatch ----------------------------------------------------------


def error_reply(
    provider: str,
    kind: str,
    *,
    model: str = "",
    key: str | None = None,
    status: int | None = None,
    limit: LimitInfo | None = None,
    message: str | None = None,
) -> WireReply:
    """The provider's error reply for ``kind``.

    ``kind`` is a fault kind (``server_error``, ``invalid_key``, ``unauthorized``,
    ``forbidden``, ``rate_limit``, ``quota_day``, ``no_quota``) or one of the
    protocol kinds the server uses itself: ``missing_key``, ``bad_token``,
    ``expired_token``, ``bad_request``, ``not_found``.
    """
    if kind == "day_exhausted":
        kind = "quota_day"
    builder = {OPENAI: _openai_error, GEMINI: _gemini_error, ZHIPU: _zhipu_error}[provider]
    return builder(kind, model=model, key=key, status=status, limit=limit, message=message)


# --- errors: OpenAI ------------------------------------------------------------


def _openai_body(message: str, type_: str | None, code: str | None, param: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "param": param, "code": code}}


def _mask(key: str | None) -> str:
    """OpenAI echoes a masked key: ``sk-abc***wxyz``."""
    if not key:
        return ""
    return key if len(key) <= 8 else f"{key[:3]}{'*' * 4}{key[-4:]}"


def _openai_error(
    kind: str,
    *,
    model: str,
    key: str | None,
    status: int | None,
    limit: LimitInfo | None,
    message: str | None,
) -> WireReply:
    if kind in ("invalid_key", "unauthorized", "bad_token", "expired_token"):
        text = (
            f"Incorrect API key provided: {_mask(key)}. You can find your API key at "
            "https://platform.openai.com/account/api-keys."
        )
        return WireReply(401, _openai_body(text, "invalid_request_error", "invalid_api_key"))
    if kind == "missing_key":
        text = (
            "You didn't provide an API key. You need to provide your API key in an Authorization header "
            "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from "
            "https://platform.openai.com/account/api-keys."
        )
        return WireReply(401, _openai_body(text, "invalid_request_error", None))
    if kind == "forbidden":
        text = "Country, region, or territory not supported"
        return WireReply(403, _openai_body(text, "request_forbidden", "unsupported_country_region_territory"))
    if kind in ("rate_limit", "quota_day"):
        return _openai_rate_limit(model, limit or LimitInfo("minute", 20.0, 0, 0))
    if kind == "no_quota":
        text = (
            "You exceeded your current quota, please check your plan and billing details. For more "
            "information on this error, read the docs: "
            "https://platform.openai.com/docs/guides/error-codes/api-errors."
        )
        return WireReply(429, _openai_body(text, "insufficient_quota", "insufficient_quota"))
    if kind == "server_error":
        code = status or 500
        text = {
            503: "The server is overloaded or not ready yet.",
            502: "Bad gateway.",
            504: "Gateway timeout.",
        }.get(code, "The server had an error while processing your request. Sorry about that!")
        return WireReply(code, _openai_body(text, "server_error", None))
    if kind == "not_found":
        return WireReply(404, _openai_body(message or "Invalid URL", "invalid_request_error", None))
    return WireReply(status or 400, _openai_body(message or "Invalid request.", "invalid_request_error", None))


def _openai_rate_limit(model: str, info: LimitInfo) -> WireReply:
    per = "requests per min (RPM)" if info.per == "minute" else "requests per day (RPD)"
    limit = info.limit or info.used
    text = f"Rate limit reached for {model} in organization org-loopback on {per}: Limit {limit}, Used {info.used}, Requested 1."
    if info.hint != "none":
        text += f" Please try again in {openai_duration(info.retry_after)}."
    text += " Visit https://platform.openai.com/account/rate-limits to learn more."
    headers: dict[str, str] = {}
    if info.hint in ("auto", "retry-after"):
        headers["retry-after"] = str(max(1, math.ceil(info.retry_after)))
    if info.hint in ("auto", "retry-after-ms"):
        headers["retry-after-ms"] = str(max(1, round(info.retry_after * 1000)))
    if info.hint == "auto":
        headers.update(ratelimit_headers(limit, 0, info.retry_after))
    return WireReply(429, _openai_body(text, "requests", "rate_limit_exceeded"), headers)


# --- errors: Gemini ------------------------------------------------------------

_GEMINI_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    502: "UNAVAILABLE",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}
_GEMINI_HELP = {
    "@type": "type.googleapis.com/google.rpc.Help",
    "links": [
        {"description": "Learn more about Gemini API quotas", "url": "https://ai.google.dev/gemini-api/docs/rate-limits"}
    ],
}
_QUOTA_METRIC = "generativelanguage.googleapis.com/generate_content_free_tier_requests"
_QUOTA_ID = {
    "minute": "GenerateRequestsPerMinutePerProjectPerModel-FreeTier",
    "day": "GenerateRequestsPerDayPerProjectPerModel-FreeTier",
}


def _gemini_body(status: int, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": status, "message": message, "status": _GEMINI_STATUS.get(status, "UNKNOWN")}
    if details:
        error["details"] = details
    return {"error": error}


def _error_info(reason: str) -> dict[str, Any]:
    return {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": reason,
        "domain": "googleapis.com",
        "metadata": {"service": "generativelanguage.googleapis.com"},
    }


def _gemini_error(
    kind: str,
    *,
    model: str,
    key: str | None,
    status: int | None,
    limit: LimitInfo | None,
    message: str | None,
) -> WireReply:
    del key
    if kind in ("invalid_key", "bad_token", "expired_token"):
        text = "API key not valid. Please pass a valid API key."
        details = [
            _error_info("API_KEY_INVALID"),
            {"@type": "type.googleapis.com/google.rpc.LocalizedMessage", "locale": "en-US", "message": text},
        ]
        return WireReply(400, _gemini_body(400, text, details))
    if kind == "missing_key":
        text = (
            "Method doesn't allow unregistered callers (callers without established identity). "
            "Please use API Key or other form of API consumer identity to call this API."
        )
        return WireReply(403, _gemini_body(403, text))
    if kind == "unauthorized":
        text = (
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie "
            "or other valid authentication credential."
        )
        return WireReply(401, _gemini_body(401, text, [_error_info("ACCESS_TOKEN_TYPE_UNSUPPORTED")]))
    if kind == "forbidden":
        text = "Your API key was reported as leaked. Please use another API key."
        return WireReply(403, _gemini_body(403, text))
    if kind in ("rate_limit", "quota_day", "no_quota"):
        return _gemini_quota(kind, model, limit or LimitInfo("minute", 20.0, 0, 0))
    if kind == "server_error":
        code = status or 500
        text = {
            503: "The model is overloaded. Please try again later.",
            504: "The request timed out. Please try again.",
        }.get(code, "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting")
        return WireReply(code, _gemini_body(code, text))
    if kind == "not_found":
        return WireReply(404, _gemini_body(404, message or "Not found."))
    return WireReply(status or 400, _gemini_body(status or 400, message or "Invalid JSON payload received."))


def _gemini_quota(kind: str, model: str, info: LimitInfo) -> WireReply:
    """429 RESOURCE_EXHAUSTED with QuotaFailure / Help / RetryInfo like the real API.

    Note the trap the real service sets and we reproduce: a per-day (or zero
    quota) violation *also* carries a short ``RetryInfo.retryDelay``; only the
    ``quotaId`` / ``quotaValue`` tell that waiting seconds will not help.
    """
    dims = {"location": "global", "model": model}
    if kind == "no_quota":
        violations = [
            {"quotaMetric": _QUOTA_METRIC, "quotaId": _QUOTA_ID[per], "quotaDimensions": dims, "quotaValue": "0"}
            for per in ("day", "minute")
        ]
        quota_value = "0"
    else:
        per = "day" if kind == "quota_day" else info.per
        quota_value = str(info.limit or info.used)
        violations = [
            {"quotaMetric": _QUOTA_METRIC, "quotaId": _QUOTA_ID[per], "quotaDimensions": dims, "quotaValue": quota_value}
        ]
    text = (
        "You exceeded your current quota, please check your plan and billing details. For more information "
        "on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. To monitor your current "
        "usage, head to: https://ai.dev/usage?tab=rate-limit. \n"
        f"* Quota exceeded for metric: {_QUOTA_METRIC}, limit: {quota_value}, model: {model}"
    )
    if info.hint in ("auto", "message"):
        text += f"\nPlease retry in {proto_duration(info.retry_after)}."
    details: list[dict[str, Any]] = [
        {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": violations},
        _GEMINI_HELP,
    ]
    if info.hint not in ("message", "none"):
        details.append({"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": proto_duration(info.retry_after)})
    headers = _plain_retry_headers(info) if info.hint in ("retry-after", "retry-after-ms") else {}
    return WireReply(429, _gemini_body(429, text, details), headers)


def _plain_retry_headers(info: LimitInfo) -> dict[str, str]:
    """Only for explicit hint modes on providers that do not send these by default."""
    if info.hint == "retry-after":
        return {"retry-after": str(max(1, math.ceil(info.retry_after)))}
    return {"retry-after-ms": str(max(1, round(info.retry_after * 1000)))}


# --- errors: Zhipu -------------------------------------------------------------

ZHIPU_MESSAGES: dict[str, str] = {
    "1000": "身份验证失败。",
    "1001": "Header中未收到Authorization参数，无法进行身份验证。",
    "1002": "Authorization Token非法，请确认Authorization Token正确传递。",
    "1003": "Authorization Token过期，请重新生成/获取。",
    "1113": "您的账户已欠费，请充值后重试。",
    "1210": "API 调用参数有误，请检查文档。",
    "1220": "您无权访问该API。",
    "1222": "API 不存在。",
    "1302": "您当前使用该API的并发数过高，请降低并发，或联系客服增加限额。",
    "1303": "您当前使用该API的频率过高，请降低频率，或联系客服增加限额。",
    "1304": "该API已达今日调用次数限额，如有更多需求，请联系客服购买。",
    "1305": "当前API请求过多，请稍后重试。",
    "1308": "已达到 5 小时的使用上限。您的限额将在 {reset} 重置。",
    "1310": "已达到每周/每月使用上限。您的限额将在 {reset} 重置。",
    "500": "Internal Error",
}
# Zhipu quotes reset times as naive Beijing wall-clock stamps.
_BEIJING = timezone(timedelta(hours=8))


def _zhipu_body(code: str, message: str | None = None, *, retry_after: float = 0.0) -> dict[str, Any]:
    text = message or ZHIPU_MESSAGES.get(code, "Error")
    if "{reset}" in text:
        reset = datetime.now(_BEIJING) + timedelta(seconds=retry_after)
        text = text.format(reset=reset.strftime("%Y-%m-%d %H:%M:%S"))
    return {"error": {"code": code, "message": text}}


def _zhipu_error(
    kind: str,
    *,
    model: str,
    key: str | None,
    status: int | None,
    limit: LimitInfo | None,
    message: str | None,
) -> WireReply:
    del key, model
    auth_codes = {"invalid_key": "1000", "unauthorized": "1000", "missing_key": "1001", "bad_token": "1002", "expired_token": "1003"}
    if kind in auth_codes:
        return WireReply(401, _zhipu_body(auth_codes[kind]))
    if kind == "forbidden":
        return WireReply(403, _zhipu_body("1220"))
    if kind in ("rate_limit", "quota_day"):
        info = limit or LimitInfo("minute", 20.0, 0, 0)
        default = "1304" if kind == "quota_day" or info.per == "day" else "1302"
        headers = _plain_retry_headers(info) if info.hint in ("retry-after", "retry-after-ms") else {}
        return WireReply(429, _zhipu_body(info.code or default, retry_after=info.retry_after), headers)
    if kind == "no_quota":
        return WireReply(429, _zhipu_body("1113"))
    if kind == "server_error":
        code = status or 500
        # zhipuai maps 503 to APIServerFlowExceedError ("flow exceeded"), i.e. overload.
        body = _zhipu_body("1305") if code == 503 else _zhipu_body("500")
        return WireReply(code, body)
    if kind == "not_found":
        return WireReply(404, _zhipu_body("1222", message))
    return WireReply(status or 400, _zhipu_body("1210", message))
