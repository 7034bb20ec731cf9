"""The names other trainers use, translated into TrainConfig's fields.

A LLaMA-Factory SFT YAML or a Hugging Face `TrainingArguments` dict runs through `distill train
--config` unchanged when it uses only what distill does. Every key is one of four kinds:

- RENAMES: the same option under another name (`learning_rate` -> `lr`), values translated where
  the spelling differs (`lora_target: all`, `max_steps: -1`, `report_to: none`);
- HARMLESS: a key that describes what distill does anyway (`stage: sft`, `finetuning_type: lora`)
  or tunes nothing distill has (`preprocessing_num_workers`): accepted when its value agrees with
  distill, one line naming it when it contradicts distill (`stage: dpo`);
- UNSUPPORTED: an option those tools have and distill does not (`deepspeed`, `use_dora`): one line;
- anything else: `unknown option`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from distill.errors import InputError

ANY = object()  # HARMLESS: every value is fine

RENAMES = {
    "model_name_or_path": "base", "model": "base", "output_dir": "out", "learning_rate": "lr",
    "num_train_epochs": "epochs", "per_device_train_batch_size": "batch_size",
    "per_device_eval_batch_size": "eval_batch_size", "gradient_accumulation_steps": "grad_accum",
    "lr_scheduler_type": "lr_scheduler", "lora_rank": "lora_r", "lora_target": "target_modules",
    "cutoff_len": "max_length", "eval_dataset": "val", "neat_packing": "packing",
    "early_stopping": "early_stopping_patience", "train_file": "data",
}

HARMLESS: dict[str, Any] = {
    "stage": ("sft",), "do_train": (True,), "finetuning_type": ("lora",), "do_eval": ANY, "do_predict": (False,),
    "template": ANY,  # distill always renders with the model's own chat template (see train.chat)
    "enable_thinking": (False,),  # distill trains and infers with thinking off
    "trust_remote_code": ANY, "overwrite_cache": ANY, "preprocessing_num_workers": ANY,
    "dataloader_num_workers": ANY, "plot_loss": ANY, "save_only_model": ANY, "run_name": ANY,
    "logging_dir": ANY, "remove_unused_columns": ANY, "ddp_find_unused_parameters": (False, None),
    "eval_strategy": ("steps", "epoch"), "evaluation_strategy": ("steps", "epoch"),
    "save_strategy": ("steps",), "logging_strategy": ("steps",), "logging_first_step": ANY,
    "metric_for_best_model": ("eval_loss", "loss"), "greater_is_better": (False,),
    "quantization_method": ("bitsandbytes", "bnb"), "double_quantization": (True,),
    "quantization_type": ("nf4",), "mix_strategy": ("concat",), "flash_attn": ("auto", "sdpa", "disabled", "fa2"),
    "train_on_prompt": (False,), "mask_history": (False,), "val_size": (0, 0.0, None),
    "streaming": (False,), "use_fast_tokenizer": ANY,
}

UNSUPPORTED = (
    "deepspeed", "fsdp", "fsdp_config", "use_dora", "use_rslora", "pissa_init", "pissa_convert", "loraplus_lr_ratio",
    "neftune_noise_alpha", "rope_scaling", "use_unsloth", "additional_target", "lora_modules_to_save",
    "create_new_adapter", "adapter_name_or_path", "freeze_trainable_layers", "shift_attn", "use_galore",
    "use_badam", "use_apollo", "pref_beta", "pref_loss", "tokenized_path", "interleave_probs", "torch_compile",
    "label_smoothing_factor", "group_by_length", "auto_find_batch_size", "tf32", "max_source_length",
)


def _quantization_bit(value: Any, source: Any) -> dict[str, Any]:
    if value in (None, "none"):
        return {"qlora": False}
    if str(value) == "4":
        return {"qlora": True}
    raise InputError(source, f"option quantization_bit: distill trains 4-bit QLoRA or 16-bit LoRA, not {value}-bit")


def _resume(value: Any, source: Any) -> dict[str, Any]:
    if value in (None, False, "false", "False"):
        return {}
    if value in (True, "true", "True", "last"):
        return {"resume": True}
    return {"resume_from_checkpoint": value}


def _gradient_checkpointing_off(value: Any, source: Any) -> dict[str, Any]:
    return {"gradient_checkpointing": not value if isinstance(value, bool) else value in ("false", "False", "0")}


SPECIAL: dict[str, Callable[[Any, Any], dict[str, Any]]] = {
    "quantization_bit": _quantization_bit, "resume_from_checkpoint": _resume,
    "disable_gradient_checkpointing": _gradient_checkpointing_off,
}


def translate(values: dict[str, Any], known: set[str], source: str | Path | None) -> dict[str, Any]:
    """`values` keyed by TrainConfig field names; InputError naming the first key distill cannot honour."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        key = str(key)
        name = key.replace("-", "_")
        if name in SPECIAL:
            out.update(SPECIAL[name](value, source))
            continue
        name = RENAMES.get(name, name)
        if name in known:
            out[name] = _value(name, value)
        elif name in HARMLESS:
            allowed = HARMLESS[name]
            if allowed is not ANY and value not in allowed:
                ok = " or ".join(repr(a) for a in allowed)
                raise InputError(source, f"option {key}: distill train works with {key} {ok}, not {value!r}")
        elif name in UNSUPPORTED:
            raise InputError(source, f"option {key!r} (LLaMA-Factory / Hugging Face) is not supported by distill train")
        else:
            raise InputError(source, f"unknown option {key!r} (known: {', '.join(sorted(known))})")
    return out


def _value(name: str, value: Any) -> Any:
    """Values spelled the way HF / LLaMA-Factory spell them."""
    if name == "max_steps" and value is not None and str(value) in ("-1", "0"):
        return None  # HF: -1 means "use epochs"
    if name == "report_to":
        items = value.split(",") if isinstance(value, str) else list(value or [])
        return [] if [str(i).strip() for i in items] in ([], ["none"]) else items
    if name == "target_modules" and value == "all":
        return None  # LLaMA-Factory's "all": every linear projection, which for Qwen/Llama is the default list
    if name == "dataset" and isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    if name == "save_total_limit" and value is not None and int(value) <= 0:
        return None
    return value
