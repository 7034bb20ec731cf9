"""What `distill.toml` may hold, as pydantic models, and its mistakes as one line each.

Every table forbids keys it does not know, so `modle = …` is an error naming the closest known
key instead of a silent fall-back to the default model; numbers are range-checked. `load_settings`
(`config.py`) turns the checked file into `Settings`.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from distill.errors import InputError


class _Table(BaseModel):
    model_config = ConfigDict(extra="forbid")


class KeyEntry(_Table):
    """One entry of `keys = [...]`: a string, or a table `{ key, project, rpm }`."""

    key: str = Field(min_length=1)
    project: str | None = None
    rpm: float | None = Field(default=None, gt=0)


class ProviderTable(_Table):
    """`[providers.NAME]`."""

    keys: list[KeyEntry] = []
    base_url: str | None = None
    model: str | None = None
    rpm: float | None = Field(default=None, gt=0)
    fallback: list[str] = []
    temperature: float | None = Field(default=None, ge=0, le=2)
    timeout: float | None = Field(default=None, gt=0)
    max_tokens: int | None = Field(default=None, ge=1)

    @field_validator("keys", mode="before")
    @classmethod
    def _plain_keys(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"key": v} if isinstance(v, str) else v for v in value]
        return value

    @field_validator("fallback", mode="before")
    @classmethod
    def _one_fallback(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("fallback")
    @classmethod
    def _known_fallbacks(cls, value: list[str]) -> list[str]:
        known = [*Providers.model_fields, "offline"]
        for name in value:
            if name not in known:
                raise ValueError(f"unknown provider {name!r}{_did_you_mean(name, known)}")
        return value


class Providers(_Table):
    """`[providers]`: one table per provider, in the order `--provider auto` chains them."""

    gemini: ProviderTable = ProviderTable()
    zhipu: ProviderTable = ProviderTable()
    openai: ProviderTable = ProviderTable()


class ConfigFile(_Table):
    """The whole file."""

    db: str | None = None
    providers: Providers = Providers()


# What each table may hold, by its path in the file with list positions left out.
_KNOWN: dict[tuple[str, ...], list[str]] = {
    (): list(ConfigFile.model_fields),
    ("providers",): list(Providers.model_fields),
    **{("providers", p): list(ProviderTable.model_fields) for p in Providers.model_fields},
    **{("providers", p, "keys"): list(KeyEntry.model_fields) for p in Providers.model_fields},
}
_RANGES = {"greater_than": "must be > {gt:g}", "greater_than_equal": "must be ≥ {ge:g}",
           "less_than_equal": "must be ≤ {le:g}", "less_than": "must be < {lt:g}"}
_TABLE_TYPES = ("model_type", "model_attributes_type", "dict_type")


def parse_config(data: dict[str, Any], path: Path | str) -> ConfigFile:
    """The file's contents, checked; InputError (exit 2) with one line for the first mistake."""
    try:
        return ConfigFile.model_validate(data)
    except ValidationError as e:
        raise InputError(path, _one_line(e.errors()[0])) from None


def _did_you_mean(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _where(loc: tuple[int | str, ...]) -> str:
    """A location as the file spells it: `[providers.gemini]`, `[providers.gemini] keys[2].rpm`, `db`."""
    tables = [str(p) for p in loc[:2] if isinstance(p, str)]
    if tables[:1] != ["providers"]:
        tables = []
    rest = ""
    for part in loc[len(tables):]:
        rest += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if rest else str(part))
    head = f"[{'.'.join(tables)}]" if tables else ""
    return " ".join(x for x in (head, rest) if x) or "the top level"


def _one_line(error: Any) -> str:
    loc: tuple[int | str, ...] = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        name, table = str(loc[-1]), loc[:-1]
        known = _KNOWN.get(tuple(str(p) for p in table if isinstance(p, str)), [])
        where = "at the top level" if not table else f"in {_where(table)}"
        return f"unknown key {name!r} {where}{_did_you_mean(name, known)}"
    subject = _where(loc)
    if kind in _RANGES:
        return f"{subject} {_RANGES[kind].format(**error['ctx'])} (got {error['input']!r})"
    if kind in _TABLE_TYPES:
        what = "a string or a table { key, project, rpm }" if "keys" in loc else "a table"
        return f"{subject} must be {what} (got {error['input']!r})"
    message = str(error["msg"])
    if kind == "value_error":
        return f"{subject}: {message.removeprefix('Value error, ')}"
    return f"{subject}: {message[:1].lower()}{message[1:]} (got {error['input']!r})"
