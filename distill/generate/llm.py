"""QA pairs from an LLM: prompt assembly, staged passes, key rotation per request, reply parsing.

A chunk with numeric facts gets a number pass first (one question per fact, numbers copied
verbatim), then a general pass that is told what was already asked; a chunk without numbers
gets the general pass only. Each pass's pairs are handed to `Job.save_pass` as soon as the
pass succeeds, so a general pass that fails later never costs the number pass its pairs, and
a pass already done (`Job.passes_done`) is not asked again.

Each request takes a key from the pool, and its outcome goes back to the pool and into the
request log with the raw reply. The output is asked for on the server's rung of the ladder
(`json_schema`, `json_object`, `plain`; see `providers.capabilities`), in the chunk's language,
as JSON above `plain` and as labelled lines on it, with as many pairs as the reply budget holds
(`generate.prompts`). A reply without any JSON on a JSON rung shows a server that ignores
`response_format`: it is asked on `plain` from then on. Rate limits and transient failures
move the request to another key; an unparseable reply is answered with a correction turn (the
reply, and one line saying what was wrong) a bounded number of times, then the chunk fails
with the reason. The stop event is checked before every attempt.

When the pool has no key left, `PoolExhausted` stops the run; when no key can even connect,
`ProviderUnreachable` (a `PoolExhausted`) says so instead. An exception that is not a provider
error is a bug: the chunk fails with a pointer to the log file, which holds the traceback.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

from distill.errors import DistillError, PartialFailure
from distill.generate import DraftPair
from distill.generate.base import ChunkFailed, Job
from distill.generate.prompts import (
    TOKENS_PER_PAIR,
    Form,
    few_shot_block,
    fit,
    form_for,
    format_block,
    language_of,
    limit_text,
    pair_schema,
    phrases,
    prompt,
    prompt_version,
    system_prompt,
)
from distill.generate.replies import ParsedReply, ReplyError, parse_reply
from distill.keypool import KeyPool, PoolExhausted, PoolKey, RequestOutcome
from distill.keystore import RequestRecord, RequestRecorder
from distill.numbers import find_numbers
from distill.providers.base import DEFAULT_TIMEOUT, ChatReply, ChatRequest, Provider, ProviderError
from distill.providers.capabilities import MAY_IGNORE_FORMAT, Capabilities

log = logging.getLogger(__name__)

MAX_PARSE_RETRIES = 2  # an unparseable reply gets this many correction turns
MAX_ATTEMPTS = 12  # requests for one pass of one chunk, all causes together
MAX_TOKENS_CAP = 4096
REPLY_IN_CORRECTION = 4000  # characters of the failed reply sent back in a correction turn
_CJK = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")


def numeric_facts(text: str) -> int:
    """How many numbers worth a question a chunk holds (article ordinals do not count)."""
    return sum(1 for m in find_numbers(text) if m.kind != "ordinal")


def has_numeric_facts(text: str) -> bool:
    """Whether a chunk holds numbers worth a number pass."""
    return numeric_facts(text) > 0


def estimate_tokens(text: str) -> int:
    """A generous token count: CJK characters 1.5 tokens each, other text 3.5 characters a token."""
    wide = len(_CJK.findall(text))
    return int(wide * 1.5 + (len(text) - wide) / 3.5) + 1


def size_max_tokens(expected_pairs: int, prompt_tokens: int, context_len: int | None,
                    asked: int | None = None) -> int:
    """The reply budget: what the pairs a chunk should yield need (or `asked`, the user's),
    never more than the server's context leaves after the prompt, where it is known."""
    budget = asked if asked is not None else min(MAX_TOKENS_CAP, 256 + TOKENS_PER_PAIR * expected_pairs)
    if context_len:
        room = context_len - prompt_tokens - 32
        if room < 128:
            raise ChunkFailed(f"context too long: the prompt needs ~{prompt_tokens} tokens of the server's "
                              f"{context_len}; use a smaller --chunk-size")
        budget = min(budget, room)
    return budget


@dataclass(frozen=True)
class _Pass:
    """What one pass asks: its prompt file, the pairs it wants, what it says when not limited."""

    stage: str
    template: str  # number_pass.md | general_pass.md
    default_limit: str  # the phrase used when the count is not limited
    wanted: int  # pairs the chunk should yield in this pass
    limit: int | None  # the user's --per-chunk (what is left of it), if any
    asked: str = ""  # the general pass: questions the number pass already asked


@dataclass(frozen=True)
class _Plan:
    """A pass's request on one rung of the ladder: the same for every attempt on that rung, so a
    correction turn always follows the request its failed reply answered."""

    output: str
    form: Form
    system: str
    user: str


class ProviderUnreachable(PoolExhausted):
    """No key of a provider could connect at all: an outage, not a quota."""

    def __init__(self, provider: str, where: str, since: float) -> None:
        self.provider, self.retry_at, self.since = provider, None, since
        stamp = datetime.fromtimestamp(since, timezone.utc).strftime("%H:%M:%S UTC")
        PartialFailure.__init__(self, f"cannot reach {provider} at {where} since {stamp} (connection failed "
                                      "with every key); check the network or the server, then run the same command again")


@dataclass
class _Sent:
    """A request that got a reply, waiting to be logged with its outcome."""

    reply: ChatReply
    key: PoolKey
    latency_ms: int


@dataclass
class _Outage:
    """Keys whose last request could not connect, and since when (shared by every worker)."""

    down: dict[str, float] = field(default_factory=dict)
    failures: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def failed(self, fingerprint: str) -> None:
        with self.lock:
            self.down.setdefault(fingerprint, time.time())
            self.failures += 1

    def answered(self) -> None:
        with self.lock:
            self.down.clear()
            self.failures = 0

    def since(self, alive: list[str], minimum: int) -> float | None:
        """When the outage began, if every key that could still serve has failed to connect."""
        with self.lock:
            if self.down and self.failures >= minimum and all(f in self.down for f in alive):
                return min(self.down.values())
            return None


@dataclass
class LLMGenerator:
    """A `Generator` over one provider and its key pool."""

    provider_impl: Provider
    pool: KeyPool
    model: str
    temperature: float
    recorder: RequestRecorder | None = None
    max_wait: float | None = None
    max_tokens: int | None = None  # None: sized from each chunk
    timeout: float = DEFAULT_TIMEOUT  # seconds of silence (streaming) or for a whole reply
    capabilities: Capabilities | None = None
    stream: bool = True
    version: str = ""
    parse: Callable[..., ParsedReply] = parse_reply
    _cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    _outage: _Outage = field(default_factory=_Outage, repr=False)

    def __post_init__(self) -> None:
        self.requested_temperature = self.temperature
        # What is recorded on the run is what really goes on the wire (Zhipu's SDK clamps 0 to 0.01).
        self.temperature = self.provider_impl.wire_temperature(self.temperature)
        self.version = self.version or prompt_version(self.provider)
        if self.capabilities is None:
            self.capabilities = Capabilities(self.provider, getattr(self.provider_impl, "base_url", None), self.model)

    @property
    def provider(self) -> str:
        return self.provider_impl.name

    def cancel(self) -> None:
        """Stop at once (a second Ctrl-C): no new attempt, and requests in flight are closed."""
        self._cancel.set()
        close = getattr(self.provider_impl, "close", None)
        if close is not None:
            close()

    def generate(self, job: Job, per_chunk: int | None) -> list[DraftPair]:
        try:
            return self._generate(job, per_chunk)
        except (DistillError, InterruptedError):
            raise
        except Exception as e:  # noqa: BLE001 - a bug of ours: the chunk fails, the traceback is kept
            from distill.logs import log_pointer

            log.exception("internal error while generating chunk %s of run %s", job.chunk_id, job.run_id)
            line = f"internal error: {type(e).__name__}: {e}"
            job.note(f"chunk {job.chunk_id} failed on an {line}; {log_pointer()}")
            raise ChunkFailed(f"{line} ({log_pointer()})") from None

    def _generate(self, job: Job, per_chunk: int | None) -> list[DraftPair]:
        language = language_of(job.text)
        kept: list[DraftPair] = []
        number: list[DraftPair] = []
        if has_numeric_facts(job.text) and "number" not in job.passes_done:
            wanted = per_chunk or min(20, max(3, numeric_facts(job.text)))
            spec = _Pass("number", "number_pass.md", "all_numbers", wanted, per_chunk)
            number = [DraftPair(p.question, p.answer, "number", p.evidence)
                      for p in self._ask(job, language, spec)][:per_chunk]
            kept += self._keep(job, "number", number)
        left = None if per_chunk is None else per_chunk - len(number)
        if (left is None or left > 0) and "general" not in job.passes_done:
            asked = "\n".join(f"- {p.question}" for p in number) or phrases(self.provider, language)["none_asked"]
            spec = _Pass("general", "general_pass.md", "general_count", left or 5, left, asked)
            general = [DraftPair(p.question, p.answer, "general", p.evidence)
                       for p in self._ask(job, language, spec)][:left]
            kept += self._keep(job, "general", general)
        return kept

    @staticmethod
    def _keep(job: Job, stage: str, pairs: list[DraftPair]) -> list[DraftPair]:
        """Store a finished pass now when the runner can; else return it with the chunk's pairs."""
        if job.save_pass is None:
            return pairs
        job.save_pass(stage, pairs)
        job.passes_done = job.passes_done | {stage}  # a fallback link taking over asks only the rest
        return []

    def _check_stop(self, job: Job) -> None:
        if self._cancel.is_set() or job.stop.is_set():
            raise InterruptedError("stopped before the next request")

    def _plan(self, job: Job, language: str, spec: _Pass) -> _Plan:
        """The request of a pass on the current rung: its form and pair count fitted to the
        reply budget (the budget from the full form's prompt, which the compact one undercuts)."""
        assert self.capabilities is not None
        rung, provider = self.capabilities.rung, self.provider
        full = form_for(rung, compact=False)
        probe = self._user(job, language, spec, full, spec.limit)
        tokens = estimate_tokens(system_prompt(full, provider, language) + probe) + self._schema_tokens(rung)
        budget = size_max_tokens(spec.wanted, tokens, self.capabilities.info.context_len, self.max_tokens)
        compact, fits = fit(budget, spec.wanted)
        form = form_for(rung, compact)
        limit = min(spec.limit, fits) if spec.limit else (fits if fits < spec.wanted else None)
        return _Plan(rung, form, system_prompt(form, provider, language), self._user(job, language, spec, form, limit))

    def _user(self, job: Job, language: str, spec: _Pass, form: Form, limit: int | None) -> str:
        provider = self.provider
        return prompt(spec.template, provider, language).format(
            limit=limit_text(limit, spec.default_limit, provider, language), asked=spec.asked,
            examples=few_shot_block(provider, language, form), chunk=job.text)

    def _schema_tokens(self, rung: str) -> int:
        return estimate_tokens(json.dumps(pair_schema(self.provider))) if rung == "json_schema" else 0

    def _request_for(self, plan: _Plan, spec: _Pass, turns: tuple[tuple[str, str], ...]) -> ChatRequest:
        assert self.capabilities is not None
        caps = self.capabilities
        prompt_tokens = estimate_tokens(plan.system + plan.user + "".join(t for _, t in turns))
        prompt_tokens += self._schema_tokens(plan.output)
        return ChatRequest(
            system=plan.system, user=plan.user, model=self.model, temperature=self.requested_temperature,
            max_tokens=size_max_tokens(spec.wanted, prompt_tokens, caps.info.context_len, self.max_tokens),
            output=plan.output, schema=pair_schema(self.provider) if plan.output == "json_schema" else None,
            turns=turns, timeout=self.timeout, stream=self.stream and caps.stream, cancel=self._cancel)

    def _ask(self, job: Job, language: str, spec: _Pass) -> list[DraftPair]:
        """One pass: retried across keys until a reply parses; ChunkFailed when it never does."""
        assert self.capabilities is not None
        plan = self._plan(job, language, spec)
        turns: tuple[tuple[str, str], ...] = ()
        parse_failures, last_error = 0, ""
        for _ in range(MAX_ATTEMPTS):
            self._check_stop(job)
            if plan.output != self.capabilities.rung:  # a rung was left: ask afresh on the new one
                plan, turns = self._plan(job, language, spec), ()
            request = self._request_for(plan, spec, turns)
            sent = self._request(job, spec.stage, request)
            if sent is None:
                continue
            ignored = self._format_ignored(request, sent.reply)
            try:
                parsed = self.parse(sent.reply.text, truncated=sent.reply.truncated)
            except ReplyError as e:
                self._log(job, spec.stage, sent, "unparseable", f"unparseable: {e}")
                parse_failures, last_error = parse_failures + 1, f"reply could not be parsed: {e}"
                if parse_failures > MAX_PARSE_RETRIES:
                    break
                turns = () if ignored else self._correction(plan, sent.reply, str(e), language)
                continue
            self._log(job, spec.stage, sent, "ok", None)
            return parsed.pairs
        raise ChunkFailed(last_error or f"no usable reply after {MAX_ATTEMPTS} attempts")

    def _format_ignored(self, request: ChatRequest, reply: ChatReply) -> bool:
        """Whether a reply shows that an OpenAI-compatible server ignores `response_format` (text
        without a single `{` on a JSON rung: no server that enforces the format sends that); it
        is asked for labelled lines from then on."""
        assert self.capabilities is not None
        if self.provider not in MAY_IGNORE_FORMAT or request.output == "plain":
            return False
        if not reply.text.strip() or "{" in reply.text:
            return False
        self.capabilities.ignores_format(request.output)
        return True

    def _correction(self, plan: _Plan, reply: ChatReply, problem: str, language: str) -> tuple[tuple[str, str], ...]:
        """The failed reply and one line saying what was wrong with it, for the next attempt."""
        words = phrases(self.provider, language)
        if reply.truncated:
            problem += words["cut"]
        line = prompt("correction.md", self.provider, language).format(
            problem=problem, format=format_block(plan.form, self.provider, language)).strip()
        return (("assistant", reply.text[:REPLY_IN_CORRECTION] or words["empty_reply"]), ("user", line))

    def _wait_note(self, job: Job, seconds: float) -> None:
        job.status(f"all {self.provider} keys cooling: waiting {seconds:.0f}s")

    def _acquire(self, job: Job) -> tuple[PoolKey, float]:
        try:
            return self.pool.acquire(on_wait=lambda s: self._wait_note(job, s), stop=job.stop,
                                     max_wait=self.max_wait)
        except PoolExhausted:
            # Keys that only cool after connection failures (longer than --max-wait): an outage.
            alive = [k.fingerprint for k in self.pool.alive()]
            since = self._outage.since(alive, minimum=1) if alive else None
            if since is not None:
                raise self._unreachable(since) from None
            raise

    def _unreachable(self, since: float) -> ProviderUnreachable:
        where = getattr(self.provider_impl, "base_url", None) or "its API"
        error = ProviderUnreachable(self.provider, where, since)
        log.warning("%s", error)
        return error

    def _request(self, job: Job, stage: str, request: ChatRequest) -> _Sent | None:
        """One request on the ready key idle longest; None when it failed in a way worth retrying."""
        key, sent_at = self._acquire(job)
        job.status("")
        started = time.monotonic()
        try:
            reply = self.provider_impl.complete(key.key or None, request)
        except ProviderError as e:
            latency = int((time.monotonic() - started) * 1000)
            self.pool.release(key, e.outcome(), sent_at)
            self._record(job, stage, key, latency, e.kind, f"{e.kind}: {e.reason}", None)
            self._after_error(e, key, request)
            return None
        except BaseException:
            self.pool.release(key, RequestOutcome("ok"), sent_at)  # a bug or a cancel: not the key's fault
            raise
        self._outage.answered()
        self.pool.release(key, RequestOutcome("ok", tokens=reply.tokens_in + reply.tokens_out), sent_at)
        return _Sent(reply, key, int((time.monotonic() - started) * 1000))

    def _after_error(self, e: ProviderError, key: PoolKey, request: ChatRequest) -> None:
        """What a failed request teaches: an outage, a rung to leave, or a refused request."""
        assert self.capabilities is not None
        if e.unreachable:
            self._outage.failed(key.fingerprint)
            alive = [k.fingerprint for k in self.pool.alive()]
            since = self._outage.since(alive, minimum=max(3, len(alive)))
            if since is not None:
                raise self._unreachable(since)
            return
        self._outage.answered()
        if e.kind != "bad_request":
            return
        if request.output != "plain" and e.names("response_format", "json_schema", "response_schema",
                                                  "responsejsonschema", "response_json_schema", "responsemimetype",
                                                  "response_mime_type", "json_object"):
            if self.capabilities.step_down(request.output) is not None:
                return  # asked again, one rung down
        elif request.stream and e.names("stream"):
            self.capabilities.no_stream()
            return
        log.info("%s refused a request (model %s): %s", self.provider, request.model, e.reason)
        raise ChunkFailed(f"the provider refused the request: {e.reason}")

    def _log(self, job: Job, stage: str, sent: _Sent, outcome: str, error: str | None) -> None:
        self._record(job, stage, sent.key, sent.latency_ms, outcome, error, sent.reply)

    def _record(self, job: Job, stage: str, key: PoolKey, latency_ms: int, outcome: str, error: str | None,
                reply: ChatReply | None) -> None:
        if self.recorder is None:
            return
        self.recorder.record(RequestRecord(
            provider=self.provider, model=reply.model if reply else self.model, key_fingerprint=key.fingerprint,
            stage=stage, latency_ms=latency_ms, outcome=outcome,
            tokens_in=reply.tokens_in if reply else 0, tokens_out=reply.tokens_out if reply else 0,
            temperature=reply.temperature_sent if reply else None, error=error,
            run_id=job.run_id, chunk_id=job.chunk_id,
            reply=reply.text if reply else None, finish_reason=reply.finish_reason if reply else None,
        ))
