"""TrainConfig: every `distill train` option with its default, from flags and/or a YAML or TOML file.

Flags override the file. Keys in a file may be spelled like the flags (`batch-size`) or like the
fields (`batch_size`); relative paths are taken from the current directory, as flags are.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distill.errors import InputError

DEFAULT_TARGET_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
SCHEDULES = ("cosine", "linear", "constant")


@dataclass
class TrainConfig:
    """All training options. Defaults follow the usual Qwen LoRA/QLoRA recipes."""

    data: Path | None = None  # training JSONL (any `distill export` format)
    base: str | None = None  # local model folder or Hugging Face id
    out: Path | None = None  # output folder: adapter, tokenizer, config, logs, checkpoints
    val: Path | None = None  # optional validation JSONL: loss reported each epoch
    epochs: int = 3
    batch_size: int = 4
    grad_accum: int = 4
    lr: float = 2e-4
    lr_scheduler: str = "cosine"
    warmup_ratio: float = 0.1
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    max_length: int = 1024
    max_steps: int | None = None  # stop after this many optimizer steps (overrides epochs)
    lora_r: int = 16
    lora_alpha: int = 16
    lora_dropout: float = 0.0
    target_modules: tuple[str, ...] = field(default=DEFAULT_TARGET_MODULES)
    qlora: bool = True  # only means anything on CUDA; MPS and CPU always use plain LoRA
    gradient_checkpointing: bool = True  # on CUDA only: saves GPU memory, slows CPU/MPS for nothing
    save_steps: int = 100
    resume: bool = False
    seed: int = 42

    @classmethod
    def fields(cls) -> dict[str, dataclasses.Field]:
        return {f.name: f for f in dataclasses.fields(cls)}

    @classmethod
    def from_dict(cls, values: dict[str, Any], source: str | Path | None = None) -> "TrainConfig":
        """A config from loosely typed values (file contents, flags); unknown keys are an InputError."""
        known = cls.fields()
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            name = key.replace("-", "_")
            if name not in known:
                raise InputError(source, f"unknown option {key!r} (known: {', '.join(known)})")
            if value is not None:
                kwargs[name] = _coerce(name, value, known[name].type, source)
        return cls(**kwargs)

    @classmethod
    def from_file(cls, path: str | Path, **overrides: Any) -> "TrainConfig":
        """Options from a YAML (.yaml/.yml) or TOML (.toml) file; non-None `overrides` (flags) win."""
        values = _read_file(Path(path))
        values = {k.replace("-", "_"): v for k, v in values.items()}
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls.from_dict(values, path)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: paths as strings, tuples as lists."""
        d = dataclasses.asdict(self)
        return {k: str(v) if isinstance(v, Path) else list(v) if isinstance(v, tuple) else v for k, v in d.items()}

    def validate(self) -> None:
        """Raise InputError (naming the flag) for a missing or out-of-range option."""
        for name in ("data", "base", "out"):
            if getattr(self, name) in (None, ""):
                raise InputError(None, f"--{name} is required (as a flag or in --config)")
        checks = [
            (self.epochs >= 1, "--epochs must be at least 1"),
            (self.batch_size >= 1, "--batch-size must be at least 1"),
            (self.grad_accum >= 1, "--grad-accum must be at least 1"),
            (self.lr > 0, "--lr must be positive"),
            (self.max_length >= 8, "--max-length must be at least 8"),
            (self.max_steps is None or self.max_steps >= 1, "--max-steps must be at least 1"),
            (self.lora_r >= 1 and self.lora_alpha > 0, "--lora-r and --lora-alpha must be positive"),
            (0 <= self.lora_dropout < 1, "--lora-dropout must be in [0, 1)"),
            (0 <= self.warmup_ratio < 1, "--warmup-ratio must be in [0, 1)"),
            (self.save_steps >= 1, "--save-steps must be at least 1"),
            (self.lr_scheduler in SCHEDULES, f"lr_scheduler must be one of {', '.join(SCHEDULES)}"),
            (len(self.target_modules) > 0, "target_modules must name at least one module"),
        ]
        for ok, message in checks:
            if not ok:
                raise InputError(None, message)


def _read_file(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise InputError(path, "no such config file")
    text = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    try:
        if suffix in (".yaml", ".yml"):
            import yaml

            values = yaml.safe_load(text) or {}
        elif suffix == ".toml":
            try:
                import tomllib
            except ModuleNotFoundError:  # Python 3.10
                import tomli as tomllib  # type: ignore[no-redef]
            values = tomllib.loads(text)
        else:
            raise InputError(path, "config file must be .yaml, .yml or .toml")
    except InputError:
        raise
    except Exception as e:  # yaml.YAMLError, tomllib.TOMLDecodeError: both carry line numbers
        raise InputError(path, f"not valid {suffix[1:].upper()}: {str(e).splitlines()[0]}") from None
    if not isinstance(values, dict):
        raise InputError(path, "expected a mapping of option: value")
    return values


def _coerce(name: str, value: Any, annotation: Any, source: str | Path | None) -> Any:
    """Turn a file/flag value into the field's type; YAML reads `2e-4` as a string, for one."""
    kind = str(annotation)
    try:
        if kind.startswith("tuple"):
            items = value.split(",") if isinstance(value, str) else list(value)
            return tuple(str(v).strip() for v in items if str(v).strip())
        if kind == "bool":
            if isinstance(value, bool):
                return value
            if str(value).lower() in ("true", "yes", "1", "false", "no", "0"):
                return str(value).lower() in ("true", "yes", "1")
            raise ValueError(value)
        if isinstance(value, bool):  # True is an int in Python; never a number here
            raise ValueError(value)
        if kind.startswith("int"):
            if float(value) != int(float(value)):
                raise ValueError(value)
            return int(float(value))
        if kind == "float":
            return float(value)
        if kind.startswith("Path"):
            return Path(str(value)).expanduser()
        return str(value)
    except (TypeError, ValueError):
        expected = {"bool": "true or false", "float": "a number"}.get(kind, "a whole number" if "int" in kind else "a list")
        raise InputError(source, f"option {name}: expected {expected}, got {value!r}") from None
