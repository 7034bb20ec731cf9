"""The one config loader: provider keys, base URLs and models from flags, env, `.env` and `distill.toml`.

Precedence for a single value: flag, then the process environment, then `.env` in the working
directory, then `distill.toml` (working directory, or `--config`), then the built-in default.
Keys are gathered from all of them (toml entries first, then the `*_API_KEYS` list, then the
SDK's single-key variables), duplicates dropped, so a team can keep keys wherever it likes.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distill.errors import InputError

PROVIDER_ORDER = ("gemini", "zhipu", "openai")
DEFAULT_MODELS = {"gemini": "gemini-2.5-flash", "zhipu": "glm-4-flash", "openai": "gpt-4o-mini"}
KEY_LISTS = {"gemini": "GEMINI_API_KEYS", "zhipu": "ZHIPUAI_API_KEYS", "openai": "OPENAI_API_KEYS"}
SINGLE_KEYS = {"gemini": ("GEMINI_API_KEY", "GOOGLE_API_KEY"), "zhipu": ("ZHIPUAI_API_KEY",), "openai": ("OPENAI_API_KEY",)}
BASE_URLS = {"gemini": ("GEMINI_BASE_URL", "GOOGLE_GEMINI_BASE_URL"), "zhipu": ("ZHIPUAI_BASE_URL",),
             "openai": ("OPENAI_BASE_URL",)}
DEFAULT_TEMPERATURE = 0.1


@dataclass(frozen=True)
class KeySpec:
    """One API key with its optional quota group and known requests-per-minute limit."""

    key: str = field(repr=False)
    project: str | None = None
    rpm: float | None = None


@dataclass
class ProviderConfig:
    name: str
    keys: list[KeySpec] = field(default_factory=list)
    base_url: str | None = None
    model: str = ""
    rpm: float | None = None
    fallback: list[str] = field(default_factory=list)
    temperature: float | None = None  # overrides --temperature for this provider (a fallback link's own)
    timeout: float | None = None
    max_tokens: int | None = None


@dataclass
class Settings:
    providers: dict[str, ProviderConfig]
    db: str | None = None
    source: Path | None = None  # the distill.toml read, if any

    def has_keys(self, provider: str) -> bool:
        return bool(self.providers[provider].keys)


def _read_toml(path: Path | None, explicit: bool) -> dict[str, Any]:
    if path is None or not path.exists():
        if explicit:
            raise InputError(path, "config file not found")
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(path, f"not valid TOML: {e}") from None


def _environment(cwd: Path, env: Mapping[str, str] | None) -> dict[str, str]:
    """The process environment over `.env` in `cwd` (the real environment wins)."""
    from dotenv import dotenv_values

    dotenv = {k: v for k, v in dotenv_values(cwd / ".env").items() if v is not None}
    return {**dotenv, **(os.environ if env is None else env)}


def _key_spec(entry: Any, where: str) -> KeySpec:
    if isinstance(entry, str):
        return KeySpec(entry.strip())
    if isinstance(entry, dict) and isinstance(entry.get("key"), str):
        rpm = entry.get("rpm")
        return KeySpec(entry["key"].strip(), entry.get("project"), float(rpm) if rpm else None)
    raise InputError(None, f"{where}: each key must be a string or a table {{key, project, rpm}}")


def _keys(name: str, table: dict[str, Any], env: Mapping[str, str]) -> list[KeySpec]:
    specs = [_key_spec(k, f"[providers.{name}] keys") for k in table.get("keys", [])]
    specs += [KeySpec(k.strip()) for k in env.get(KEY_LISTS[name], "").split(",") if k.strip()]
    specs += [KeySpec(env[v].strip()) for v in SINGLE_KEYS[name] if env.get(v, "").strip()]
    seen: set[str] = set()
    unique = []
    for spec in specs:
        if spec.key and spec.key not in seen:
            seen.add(spec.key)
            unique.append(spec)
    return unique


def _provider(name: str, table: dict[str, Any], env: Mapping[str, str]) -> ProviderConfig:
    base_url = next((env[v] for v in BASE_URLS[name] if env.get(v)), None) or table.get("base_url")
    fallback = table.get("fallback", [])
    if isinstance(fallback, str):
        fallback = [fallback]
    return ProviderConfig(name=name, keys=_keys(name, table, env), base_url=base_url,
                          model=table.get("model") or DEFAULT_MODELS[name], rpm=table.get("rpm"),
                          fallback=list(fallback), temperature=table.get("temperature"),
                          timeout=table.get("timeout"), max_tokens=table.get("max_tokens"))


def load_settings(
    config: str | Path | None = None, env: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Settings:
    """Settings for this invocation; `config` is `--config`, else `distill.toml` here if present."""
    cwd = cwd or Path.cwd()
    path = Path(config) if config else cwd / "distill.toml"
    data = _read_toml(path, explicit=config is not None)
    environment = _environment(cwd, env)
    tables = data.get("providers", {})
    unknown = set(tables) - set(PROVIDER_ORDER)
    if unknown:
        raise InputError(path, f"unknown provider section(s): {', '.join(sorted(unknown))}")
    providers = {n: _provider(n, tables.get(n, {}), environment) for n in PROVIDER_ORDER}
    return Settings(providers=providers, db=data.get("db"), source=path if data else None)
