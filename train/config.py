"""TrainConfig: every `distill train` option with its default, from flags and/or a YAML or TOML file.

Flags override the file. Keys in a file may be spelled like the flags (`batch-size`), like the
fields (`batch_size`), or with the names of Hugging Face `TrainingArguments` and LLaMA-Factory
(`learning_rate`, `lora_rank`, `cutoff_len`...; see `train.config_names`, which translates them
into these fields: this dataclass stays the one definition). Relative paths are taken from the
current directory, as flags are.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distill.errors import InputError

DEFAULT_TARGET_MODULES = ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
SCHEDULES = ("cosine", "linear", "constant")
OPTIMIZERS = ("adamw_torch", "adamw_8bit", "paged_adamw_8bit")
BALANCE = ("oversample", "weights")
REPORT_TO = ("tensorboard", "wandb")


@dataclass
class TrainConfig:
    """All training options. Defaults follow the usual Qwen LoRA/QLoRA recipes."""

    data: Path | None = None  # training JSONL (any `distill export` format)
    base: str | None = None  # local model folder or Hugging Face id
    out: Path | None = None  # output folder: adapter, tokenizer, config, logs, checkpoints
    val: Path | None = None  # optional validation JSONL: loss reported each epoch (or every eval_steps)
    dataset: tuple[str, ...] = ()  # more training sets, mixed in: names in dataset_dir/dataset_info.json, or paths
    dataset_dir: Path | None = None  # where dataset_info.json is (LLaMA-Factory's default: ./data)
    max_samples: int | None = None  # at most this many examples from each training file
    epochs: int = 3
    batch_size: int = 4  # per process (per GPU)
    eval_batch_size: int | None = None  # default: batch_size
    grad_accum: int = 4
    lr: float = 2e-4
    lr_scheduler: str = "cosine"
    warmup_ratio: float = 0.1
    warmup_steps: int = 0  # when > 0, used instead of warmup_ratio
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    max_length: int = 1024
    max_steps: int | None = None  # stop after this many optimizer steps (overrides epochs)
    lora_r: int = 16
    lora_alpha: int = 16
    lora_dropout: float = 0.0
    target_modules: tuple[str, ...] = field(default=DEFAULT_TARGET_MODULES)
    qlora: bool = True  # only means anything on CUDA; MPS and CPU always use plain LoRA
    optim: str = "adamw_torch"  # adamw_8bit / paged_adamw_8bit: bitsandbytes, CUDA only
    bf16: bool | None = None  # None: the device's choice (bf16 on CUDA where supported)
    fp16: bool | None = None
    gradient_checkpointing: bool = True  # on CUDA only: saves GPU memory, slows CPU/MPS for nothing
    packing: bool = False  # several examples per sequence, attention kept within each example
    balance: str | None = None  # classification sets: oversample | weights
    balance_cap: int | None = None  # oversample: raise each label to at most this many examples
    logging_steps: int = 1
    report_to: tuple[str, ...] = ()  # tensorboard, wandb (optional packages)
    eval_steps: int | None = None  # validate every N steps (default: each epoch)
    load_best_model_at_end: bool = False  # save the adapter with the lowest validation loss
    early_stopping_patience: int | None = None  # stop after N evaluations without a better val loss
    save_steps: int = 100
    save_total_limit: int | None = 2  # checkpoints kept on disk (None: all)
    resume: bool = False
    resume_from_checkpoint: Path | None = None  # a checkpoint folder to continue from
    overwrite_output_dir: bool = False
    ddp_timeout: int = 1800  # seconds a process waits for the others (several GPUs)
    seed: int = 42

    @classmethod
    def fields(cls) -> dict[str, dataclasses.Field]:
        return {f.name: f for f in dataclasses.fields(cls)}

    @classmethod
    def from_dict(cls, values: dict[str, Any], source: str | Path | None = None) -> "TrainConfig":
        """A config from loosely typed values (file contents, flags); unknown keys are an InputError."""
        from train.config_names import translate

        known = cls.fields()
        kwargs: dict[str, Any] = {}
        for name, value in translate(values, set(known), source).items():
            if value is not None:
                kwargs[name] = _coerce(name, value, known[name].type, source)
        return cls(**kwargs)

    @classmethod
    def from_file(cls, path: str | Path, **overrides: Any) -> "TrainConfig":
        """Options from a YAML (.yaml/.yml) or TOML (.toml) file; non-None `overrides` (flags) win."""
        from train.config_names import translate

        known = set(cls.fields())
        values = translate(_read_file(Path(path)), known, path)
        values.update(translate({k: v for k, v in overrides.items() if v is not None}, known, None))
        return cls.from_dict(values, path)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: paths as strings, tuples as lists."""
        d = dataclasses.asdict(self)
        return {k: str(v) if isinstance(v, Path) else list(v) if isinstance(v, tuple) else v for k, v in d.items()}

    def validate(self) -> None:
        """Raise InputError (naming the flag) for a missing or out-of-range option."""
        if self.data in (None, "") and not self.dataset:
            raise InputError(None, "--data is required (as a flag or in --config; or name --dataset)")
        for name in ("base", "out"):
            if getattr(self, name) in (None, ""):
                raise InputError(None, f"--{name} is required (as a flag or in --config)")
        positive = ("epochs", "batch_size", "grad_accum", "save_steps", "logging_steps")
        for name in positive:
            if getattr(self, name) < 1:
                raise InputError(None, f"--{name.replace('_', '-')} must be at least 1")
        for name in ("max_steps", "max_samples", "eval_steps", "eval_batch_size", "early_stopping_patience",
                     "balance_cap", "save_total_limit"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise InputError(None, f"--{name.replace('_', '-')} must be at least 1")
        checks = [
            (self.lr > 0, "--lr must be positive"),
            (self.max_length >= 8, "--max-length must be at least 8"),
            (self.lora_r >= 1 and self.lora_alpha > 0, "--lora-r and --lora-alpha must be positive"),
            (0 <= self.lora_dropout < 1, "--lora-dropout must be in [0, 1)"),
            (0 <= self.warmup_ratio < 1, "--warmup-ratio must be in [0, 1)"),
            (self.warmup_steps >= 0, "--warmup-steps must not be negative"),
            (self.lr_scheduler in SCHEDULES, f"lr_scheduler must be one of {', '.join(SCHEDULES)}"),
            (self.optim in OPTIMIZERS, f"--optim must be one of {', '.join(OPTIMIZERS)}, not {self.optim!r}"),
            (self.balance is None or self.balance in BALANCE, f"--balance must be {' or '.join(BALANCE)}"),
            (not (self.bf16 and self.fp16), "--bf16 and --fp16 exclude each other"),
            (len(self.target_modules) > 0, "target_modules must name at least one module"),
            (not (self.resume and self.resume_from_checkpoint), "give --resume or --resume-from-checkpoint, not both"),
            (all(r in REPORT_TO for r in self.report_to),
             f"--report-to takes {', '.join(REPORT_TO)} or none, not {', '.join(self.report_to)}"),
            (not ((self.load_best_model_at_end or self.early_stopping_patience or self.eval_steps) and not self.val),
             "--eval-steps, --load-best-model-at-end and --early-stopping-patience need a validation set (--val)"),
        ]
        for ok, message in checks:
            if not ok:
                raise InputError(None, message)

    @property
    def warmup(self) -> str:
        return f"{self.warmup_steps} steps" if self.warmup_steps else f"ratio {self.warmup_ratio:g}"


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
            import tomllib

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
    kind = str(annotation).removesuffix(" | None")
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
