"""Why chunks and requests failed, in a few named reasons: the one classifier of error texts.

`chunk_jobs.last_error` and `requests.outcome`/`requests.error` hold what the provider layer and
the generator said ("transient: timeout after 120s", "reply could not be parsed: ..."). Run,
status and report group failures by the reason this module gives them, so a user reads
"12 timeouts, 3 unparseable replies" instead of a count. The patterns are matched in order:
the first that fits names the reason.
"""

from __future__ import annotations

import re

TIMEOUT, UNPARSEABLE, CONTEXT, TRUNCATED = "timeout", "unparseable", "context_too_long", "truncated"
RATE_LIMITED, EXHAUSTED, DISABLED, CONNECTION = "rate_limited", "quota_exhausted", "key_disabled", "connection"
REFUSED, SERVER, INTERRUPTED, BUG, OTHER = "refused", "server_error", "interrupted", "bug", "other"

LABELS = {
    TIMEOUT: "timeouts",
    UNPARSEABLE: "unparseable replies",
    CONTEXT: "context too long",
    TRUNCATED: "replies cut at the token limit",
    RATE_LIMITED: "rate limits (429)",
    EXHAUSTED: "quota exhausted",
    DISABLED: "keys disabled (invalid key, billing)",
    CONNECTION: "connection errors",
    REFUSED: "requests refused (400)",
    SERVER: "server errors (5xx)",
    INTERRUPTED: "interrupted",
    BUG: "bugs in distill (see the log file)",
    OTHER: "other errors",
}

# The request outcome names the key pool records, where they settle the reason by themselves.
_OUTCOMES = {"rate_limited": RATE_LIMITED, "exhausted": EXHAUSTED, "disabled": DISABLED, "bad_request": REFUSED,
             "unparseable": UNPARSEABLE, "parse_error": UNPARSEABLE, "unusable": UNPARSEABLE,
             "timeout": TIMEOUT, "bug": BUG, "interrupted": INTERRUPTED}

_PATTERNS = [(reason, re.compile(pattern, re.IGNORECASE)) for reason, pattern in (
    (CONTEXT, r"context.{0,20}(length|window|too long|exceed)|maximum context|max_model_len|prompt is too long"
              r"|too many tokens|context_length_exceeded"),
    (TIMEOUT, r"time[d ]?out|deadline|idle for|no token for"),
    (UNPARSEABLE, r"could not be parsed|pars(e|ing) (error|failed|the reply)|unparseable|not valid json"
                  r"|invalid json|no json|no usable (reply|pair)|wrong shape|no pairs? in the reply"),
    (TRUNCATED, r"finish_reason.{0,5}length|truncat|cut at|max_tokens|token limit"),
    (RATE_LIMITED, r"\b429\b|rate.?limit|too many requests|resource_exhausted.{0,40}per.?minute"),
    (EXHAUSTED, r"quota|exhausted|insufficient_quota|arrears|余额"),
    (DISABLED, r"invalid (api )?key|api key not valid|unauthori[sz]ed|\b40[13]\b|permission|disabled|billing"),
    (CONNECTION, r"connect|unreachable|network|\bdns\b|name resolution|reset by peer|broken pipe|\beof\b"),
    (REFUSED, r"refused the request|\b400\b|bad request|bad_request"),
    (SERVER, r"\b5\d\d\b|server error|internal error|unavailable|overloaded"),
    (INTERRUPTED, r"interrupt|sigterm|stopped|cancel"),
    (BUG, r"traceback|\bbug\b|attributeerror|typeerror|keyerror|valueerror"),
)]


def classify(text: str | None, outcome: str | None = None) -> str:
    """The reason of one failure, from its error text and (for a request) its outcome."""
    text = text or ""
    for reason, pattern in _PATTERNS:
        if reason in (TIMEOUT, CONTEXT, UNPARSEABLE, TRUNCATED) and pattern.search(text):
            return reason  # a transient timeout or a rejected long prompt says more than its outcome kind
    if outcome in _OUTCOMES:
        return _OUTCOMES[outcome]
    for reason, pattern in _PATTERNS:
        if pattern.search(text):
            return reason
    return OTHER


def label(reason: str) -> str:
    """The reason in words, as a table shows it."""
    return LABELS.get(reason, reason)
