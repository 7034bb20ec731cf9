"""Choosing the generator for a run from `--provider`, the flags and the configured keys."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session, sessionmaker

from distill.config import DEFAULT_TEMPERATURE, PROVIDER_ORDER, KEY_LISTS, KeySpec, Settings
from distill.errors import InputError
from distill.generate import DraftPair
from distill.generate.base import Generator, Job
from distill.generate.offline import OFFLINE_VERSION, generate_offline
PROVIDERS = ("auto", "offline", *PROVIDER_ORDER)
MAX_WORKERS = 32


@dataclass
class OfflineGenerator:
    """The embedded default: deterministic number-cloze and rule questions, no network."""

    provider: str = "offline"
    model: str = "number-cloze"
    temperature: float | None = None
    version: str = OFFLINE_VERSION

    def generate(self, job: Job, per_chunk: int | None) -> list[DraftPair]:
        return generate_offline(job.text, per_chunk)


@dataclass
class GeneratorChoice:
    generator: Generator
    workers: int  # the default concurrency: one worker per usable key
    note: str | None = None  # one line for the user ("no API key configured: offline")
    slots: int | None = None  # a local server's: more concurrent requests than this only queue


@dataclass
class LLMOptions:
    model: str | None = None
    base_url: str | None = None
    temperature: float = DEFAULT_TEMPERATURE
    max_wait: float | None = None
    window: float = 60.0  # the length of a provider's "minute" (tests and benchmarks shrink it)
    timeout: float | None = None  # --timeout (else the provider's in distill.toml, else the default)
    max_tokens: int | None = None  # --max-tokens (else distill.toml, else sized from each chunk)


def _names(provider: str) -> list[str]:
    names = [p.strip() for p in provider.split(",") if p.strip()]
    unknown = [n for n in names if n not in PROVIDERS]
    if not names or unknown:
        raise InputError(None, f"unknown provider {provider!r}; choose from {', '.join(PROVIDERS)} "
                               "or a comma-separated chain such as gemini,zhipu,openai")
    if "auto" in names and len(names) > 1:
        raise InputError(None, "'auto' cannot be part of a provider chain")
    return list(dict.fromkeys(names))


def _usable(name: str, settings: Settings, base_url: str | None) -> None:
    if name == "offline" or settings.has_keys(name):
        return
    if name == "openai" and (base_url or settings.providers["openai"].base_url):
        return  # a local OpenAI-compatible server needs no key
    raise InputError(None, f"no {name} API key configured: set {KEY_LISTS[name]} or add keys "
                           f"under [providers.{name}] in distill.toml")


def resolve_chain(provider: str, settings: Settings, base_url: str | None = None,
                  allow_offline: bool = False) -> list[str]:
    """The ordered providers a run will use ('auto': every provider with keys, else offline)."""
    names = _names(provider)
    if names == ["auto"]:
        names = [p for p in PROVIDER_ORDER if settings.has_keys(p)]
        if not names:
            return ["offline"]
    elif len(names) == 1 and names[0] != "offline":
        names += [f for f in settings.providers[names[0]].fallback if f not in names]
        _names(",".join(names))  # the fallback list must name real providers too
    if allow_offline and "offline" not in names:
        names.append("offline")
    if "offline" in names[:-1]:
        raise InputError(None, "offline never runs out of keys, so it can only be the last link of a chain")
    for i, name in enumerate(names):
        _usable(name, settings, base_url if i == 0 else None)
    return names


def make_generator(
    provider: str, settings: Settings, factory: sessionmaker[Session] | None = None,
    opts: LLMOptions | None = None, allow_offline: bool = False,
) -> GeneratorChoice:
    """The generator for `provider`: one provider, or a fallback chain of them.

    `--model` and `--base-url` apply to the first link; later links use their own settings.
    """
    opts = opts or LLMOptions()
    names = resolve_chain(provider, settings, opts.base_url, allow_offline)
    if names == ["offline"]:
        note = "No API key configured: using the offline generator (provider 'offline')." if provider == "auto" else None
        return GeneratorChoice(OfflineGenerator(), workers=1, note=note)
    links = [_link(n, settings, factory, opts if i == 0 else replace(opts, model=None, base_url=None))
             for i, n in enumerate(names)]
    workers = max(c.workers for c in links)
    if len(links) == 1:
        return links[0]
    from distill.generate.chain import ChainGenerator

    return GeneratorChoice(ChainGenerator([c.generator for c in links]), workers=workers,
                           note=f"Provider chain: {' → '.join(names)}.")


def _link(name: str, settings: Settings, factory: sessionmaker[Session] | None, opts: LLMOptions) -> GeneratorChoice:
    if name == "offline":
        return GeneratorChoice(OfflineGenerator(), workers=1)
    return _llm_generator(name, settings, factory, opts)


def _llm_generator(name: str, settings: Settings, factory: sessionmaker[Session] | None,
                   opts: LLMOptions) -> GeneratorChoice:
    from distill.generate.llm import LLMGenerator
    from distill.keypool import KeyPool
    from distill.keystore import DbKeyStore, RequestRecorder
    from distill.providers import make_provider

    from distill.providers.base import DEFAULT_TIMEOUT
    from distill.providers.capabilities import Capabilities, is_local

    cfg = settings.providers[name]
    keys = cfg.keys or [KeySpec("")]  # keyless local server
    pool = KeyPool(name, keys, default_rpm=cfg.rpm, window=opts.window,
                   store=DbKeyStore(factory) if factory and cfg.keys else None)
    base_url = opts.base_url or cfg.base_url
    impl = make_provider(name, base_url)
    model = opts.model or cfg.model
    caps = Capabilities(name, base_url, model, factory)
    temperature = cfg.temperature if cfg.temperature is not None else opts.temperature
    timeout = next((t for t in (opts.timeout, cfg.timeout) if t is not None), DEFAULT_TIMEOUT)
    gen = LLMGenerator(impl, pool, model=model, temperature=temperature,
                       recorder=RequestRecorder(factory) if factory else None, max_wait=opts.max_wait,
                       max_tokens=opts.max_tokens if opts.max_tokens is not None else cfg.max_tokens,
                       timeout=timeout, capabilities=caps)
    if is_local(name, base_url):
        # A local server answers as many requests at once as it has slots; more only queue and time out.
        return GeneratorChoice(gen, workers=caps.info.slots or 1, slots=caps.info.slots or 1)
    return GeneratorChoice(gen, workers=pool.default_workers(MAX_WORKERS))
