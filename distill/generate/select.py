"""Choosing the generator for a run from `--provider`, the flags and the configured keys."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from distill.config import DEFAULT_TEMPERATURE, PROVIDER_ORDER, KEY_LISTS, KeySpec, Settings
from distill.errors import InputError
from distill.generate import QAPair
from distill.generate.base import Generator, Job
from distill.generate.offline import generate_offline

OFFLINE_VERSION = "offline-1"
PROVIDERS = ("auto", "offline", *PROVIDER_ORDER)
MAX_WORKERS = 32


@dataclass
class OfflineGenerator:
    """The embedded default: deterministic number-cloze and rule questions, no network."""

    provider: str = "offline"
    model: str = "number-cloze"
    temperature: float | None = None
    version: str = OFFLINE_VERSION

    def generate(self, job: Job, per_chunk: int | None) -> list[QAPair]:
        return generate_offline(job.text, per_chunk)


@dataclass
class GeneratorChoice:
    generator: Generator
    workers: int  # the default concurrency: one worker per usable key
    note: str | None = None  # one line for the user ("no API key configured: offline")


@dataclass
class LLMOptions:
    model: str | None = None
    base_url: str | None = None
    temperature: float = DEFAULT_TEMPERATURE
    max_wait: float | None = None
    window: float = 60.0  # the length of a provider's "minute" (tests and benchmarks shrink it)


def _resolve(provider: str, settings: Settings, base_url: str | None) -> str:
    if provider not in PROVIDERS:
        raise InputError(None, f"unknown provider {provider!r}; choose one of {', '.join(PROVIDERS)}")
    if provider == "auto":
        return next((p for p in PROVIDER_ORDER if settings.has_keys(p)), "offline")
    if provider != "offline" and not settings.has_keys(provider):
        if provider == "openai" and (base_url or settings.providers["openai"].base_url):
            return provider  # a local OpenAI-compatible server needs no key
        raise InputError(None, f"no {provider} API key configured: set {KEY_LISTS[provider]} or add keys "
                               f"under [providers.{provider}] in distill.toml")
    return provider


def make_generator(
    provider: str, settings: Settings, factory: sessionmaker[Session] | None = None,
    opts: LLMOptions | None = None,
) -> GeneratorChoice:
    """The generator for `provider` ('auto': the first of gemini, zhipu, openai with keys, else offline)."""
    opts = opts or LLMOptions()
    name = _resolve(provider, settings, opts.base_url)
    if name == "offline":
        note = "No API key configured: using the offline generator (provider 'offline')." if provider == "auto" else None
        return GeneratorChoice(OfflineGenerator(), workers=1, note=note)
    return _llm_generator(name, settings, factory, opts)


def _llm_generator(name: str, settings: Settings, factory: sessionmaker[Session] | None,
                   opts: LLMOptions) -> GeneratorChoice:
    from distill.generate.llm import LLMGenerator
    from distill.keypool import KeyPool
    from distill.keystore import DbKeyStore, RequestRecorder
    from distill.providers import make_provider

    cfg = settings.providers[name]
    keys = cfg.keys or [KeySpec("")]  # keyless local server
    pool = KeyPool(name, keys, default_rpm=cfg.rpm, window=opts.window,
                   store=DbKeyStore(factory) if factory and cfg.keys else None)
    impl = make_provider(name, opts.base_url or cfg.base_url)
    gen = LLMGenerator(impl, pool, model=opts.model or cfg.model, temperature=opts.temperature,
                       recorder=RequestRecorder(factory) if factory else None, max_wait=opts.max_wait)
    usable = len(pool.alive())
    return GeneratorChoice(gen, workers=max(1, min(usable, MAX_WORKERS)))
