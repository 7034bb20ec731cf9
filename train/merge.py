"""`distill merge`: fold a trained LoRA adapter into its base model and save a standard model folder.

The base is reloaded unquantised, in the dtype its weights were published in (bf16 for Qwen),
never in 4-bit: merging into quantised weights would round the adapter away. An adapter trained
with QLoRA merges into the 16-bit base this way too (the usual QLoRA practice). Merging runs on
the CPU: it is one pass over the weights, and a 3B model fits in ordinary host memory.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from distill.errors import DistillError, InputError
from train.model import load_failed, load_tokenizer, offline, quiet_peft, resolve_base

COPIED = ("manifest.json", "train_config.json")  # provenance travels with the merged model


def merge(adapter_dir: Path, out_dir: Path, base: str | None = None) -> Path:
    """Merge the adapter in `adapter_dir` (a `distill train` output) into its base; returns `out_dir`.

    `base` overrides the base recorded in the adapter (for when the base folder has moved).
    """
    adapter_dir, out_dir = Path(adapter_dir), Path(out_dir)
    if base:
        base = resolve_base(base)
    else:
        recorded = _recorded_base(adapter_dir)
        try:
            base = resolve_base(recorded)
        except InputError as e:  # the base folder moved since training
            raise InputError(None, f"{e} (the base recorded in {adapter_dir}); pass --base") from None
    if out_dir.exists() and out_dir.resolve() == adapter_dir.resolve():
        raise InputError(out_dir, "--out must differ from --adapter")

    # 1. The base in its own 16/32-bit dtype ("auto"), on the CPU.
    model = _load_unquantised(base)
    # 2. Base + adapter, then W <- W + (alpha/r) * B @ A for every adapted layer.
    from peft import PeftModel

    try:
        with quiet_peft():
            merged = PeftModel.from_pretrained(model, str(adapter_dir)).merge_and_unload()
    except Exception as e:  # shape mismatch: the adapter was trained on another base
        raise DistillError(f"{adapter_dir}: adapter does not fit base {base}: {str(e).splitlines()[0]}") from None
    # 3. A standard Hugging Face folder: weights, config, generation config, tokenizer with its chat template.
    out_dir.mkdir(parents=True, exist_ok=True)
    merged.save_pretrained(out_dir)
    load_tokenizer(str(adapter_dir) if (adapter_dir / "tokenizer_config.json").exists() else base).save_pretrained(out_dir)
    for name in COPIED:
        if (adapter_dir / name).is_file():
            shutil.copyfile(adapter_dir / name, out_dir / name)
    return out_dir


def _recorded_base(adapter_dir: Path) -> str:
    config = adapter_dir / "adapter_config.json"
    if not config.is_file():
        raise InputError(adapter_dir, "no adapter_config.json: not the output folder of `distill train`")
    try:
        base = json.loads(config.read_text(encoding="utf-8")).get("base_model_name_or_path")
    except (json.JSONDecodeError, AttributeError):
        raise InputError(config, "not valid JSON") from None
    if not base:
        raise InputError(config, "names no base model: pass --base")
    return base


def _load_unquantised(base: str):
    from transformers import AutoConfig, AutoModelForCausalLM

    try:
        config = AutoConfig.from_pretrained(base, local_files_only=offline())
        if getattr(config, "quantization_config", None):
            raise DistillError(f"{base} is a quantised checkpoint; merge needs the unquantised base: pass --base")
        return AutoModelForCausalLM.from_pretrained(base, dtype="auto", local_files_only=offline())
    except DistillError:
        raise
    except Exception as e:
        raise load_failed(base, e) from None
