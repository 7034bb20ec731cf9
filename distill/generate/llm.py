"""QA pairs from an LLM: prompt assembly, staged passes, key rotation per request, reply parsing.

A chunk with numeric facts gets a number pass first (one question per fact, numbers copied
verbatim), then a general pass that is told what was already asked; a chunk without numbers
gets the general pass only. Each request takes a key from the pool, and its outcome goes back
to the pool and into the request log. Rate limits and transient failures move the request to
another key; an unparseable reply is asked again a bounded number of times, then the chunk
fails with the reason. When the pool has no key left, `PoolExhausted` stops the run.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from distill.generate import QAPair
from distill.generate.base import ChunkFailed, Job
from distill.generate.replies import ReplyError, parse_reply
from distill.keypool import KeyPool, Outcome, PoolKey
from distill.keystore import RequestRecord, RequestRecorder
from distill.numbers import find_numbers
from distill.providers.base import ChatReply, ChatRequest, Provider, ProviderError

PROMPT_VERSION = "prompts-1"
MAX_PARSE_RETRIES = 2  # an unparseable reply is asked again this many times
MAX_ATTEMPTS = 12  # requests for one pass of one chunk, all causes together


@lru_cache(maxsize=None)
def prompt(name: str, provider: str | None = None) -> str:
    """A prompt template: `distill/prompts/PROVIDER/NAME` when a provider has its own, else the shared one."""
    folder = resources.files("distill").joinpath("prompts")
    own = folder.joinpath(provider).joinpath(name) if provider else None
    chosen = own if own is not None and own.is_file() else folder.joinpath(name)
    return chosen.read_text(encoding="utf-8")


def few_shot_block(provider: str | None = None) -> str:
    """The few-shot examples, correct and incorrect with the reason, as prompt text."""
    data = json.loads(prompt("few_shot.json", provider))
    good = "\n".join(json.dumps(p, ensure_ascii=False) for p in data["good"])
    bad = "\n".join(
        json.dumps({k: p[k] for k in ("question", "answer")}, ensure_ascii=False) + f"  ← 错误：{p['reason']}"
        for p in data["bad"]
    )
    return f"示例原文：{data['source']}\n✅ 正确示例：\n{good}\n❌ 错误示例：\n{bad}"


def has_numeric_facts(text: str) -> bool:
    """Whether a chunk holds numbers worth a number pass (article ordinals do not count)."""
    return any(m.kind != "ordinal" for m in find_numbers(text))


def _limit(n: int | None, default: str) -> str:
    return f"最多出{n}个问题" if n else default


@dataclass
class LLMGenerator:
    """A `Generator` over one provider and its key pool."""

    provider_impl: Provider
    pool: KeyPool
    model: str
    temperature: float
    recorder: RequestRecorder | None = None
    max_wait: float | None = None
    max_tokens: int | None = 4096
    version: str = PROMPT_VERSION

    def __post_init__(self) -> None:
        self.requested_temperature = self.temperature
        # What is recorded on the run is what really goes on the wire (Zhipu's SDK clamps 0 to 0.01).
        self.temperature = self.provider_impl.wire_temperature(self.temperature)

    @property
    def provider(self) -> str:
        return self.provider_impl.name

    def generate(self, job: Job, per_chunk: int | None) -> list[QAPair]:
        pairs: list[QAPair] = []
        if has_numeric_facts(job.text):
            user = prompt("number_pass.md", self.provider).format(
                limit=_limit(per_chunk, "不要遗漏"), examples=few_shot_block(self.provider), chunk=job.text)
            pairs += [QAPair(p.question, p.answer, "number") for p in self._ask(job, "number", user)]
        left = None if per_chunk is None else per_chunk - len(pairs)
        if left is None or left > 0:
            asked = "\n".join(f"- {p.question}" for p in pairs) or "（无）"
            user = prompt("general_pass.md", self.provider).format(
                limit=_limit(left, "出3到5个问题"), asked=asked, examples=few_shot_block(self.provider),
                chunk=job.text)
            pairs += [QAPair(p.question, p.answer, "general") for p in self._ask(job, "general", user)]
        return pairs[:per_chunk] if per_chunk else pairs

    def _ask(self, job: Job, stage: str, user: str) -> list[QAPair]:
        """One pass: retried across keys until a reply parses; ChunkFailed when it never does."""
        request = ChatRequest(system=prompt("system.md", self.provider), user=user, model=self.model,
                              temperature=self.requested_temperature, max_tokens=self.max_tokens)
        parse_failures, last_error = 0, ""
        for _ in range(MAX_ATTEMPTS):
            reply = self._request(job, stage, request)
            if reply is None:
                continue
            try:
                return parse_reply(reply.text, truncated=reply.truncated).pairs
            except ReplyError as e:
                parse_failures, last_error = parse_failures + 1, f"reply could not be parsed: {e}"
                if parse_failures > MAX_PARSE_RETRIES:
                    break
        raise ChunkFailed(last_error or f"no usable reply after {MAX_ATTEMPTS} attempts")

    def _wait_note(self, job: Job, seconds: float) -> None:
        job.status(f"all {self.provider} keys cooling: waiting {seconds:.0f}s")

    def _request(self, job: Job, stage: str, request: ChatRequest) -> ChatReply | None:
        """One request on the ready key idle longest; None when it failed in a way worth retrying."""
        key, sent_at = self.pool.acquire(on_wait=lambda s: self._wait_note(job, s), stop=job.stop,
                                         max_wait=self.max_wait)
        job.status("")
        started = time.monotonic()
        try:
            reply = self.provider_impl.complete(key.key or None, request)
        except ProviderError as e:
            self._finish(job, stage, key, sent_at, started, e.outcome(), None, f"{e.kind}: {e.reason}")
            if e.kind == "bad_request":
                raise ChunkFailed(f"the provider refused the request: {e.reason}") from None
            return None
        self._finish(job, stage, key, sent_at, started, Outcome("ok", tokens=reply.tokens_in + reply.tokens_out),
                     reply, None)
        return reply

    def _finish(self, job: Job, stage: str, key: PoolKey, sent_at: float, started: float, outcome: Outcome,
                reply: ChatReply | None, error: str | None) -> None:
        self.pool.release(key, outcome, sent_at)
        if self.recorder is None:
            return
        self.recorder.record(RequestRecord(
            provider=self.provider, model=reply.model if reply else self.model, key_fingerprint=key.fingerprint,
            stage=stage, latency_ms=int((time.monotonic() - started) * 1000),
            outcome="ok" if reply else (error or "error").split(":")[0],
            tokens_in=reply.tokens_in if reply else 0, tokens_out=reply.tokens_out if reply else 0,
            temperature=reply.temperature_sent if reply else None, error=error,
            run_id=job.run_id, chunk_id=job.chunk_id,
        ))
