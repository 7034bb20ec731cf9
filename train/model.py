"""Load the base model and tokenizer (a local folder first, else a Hugging Face id) and add LoRA.

Every way loading can fail becomes one DistillError line: a folder without weights, an id that
is not cached while HF_HUB_OFFLINE is set, a download that fails, LoRA targets the model lacks.
"""

from __future__ import annotations

import contextlib
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from distill.errors import DistillError, InputError
from train.config import TrainConfig
from train.device import Device, is_out_of_memory

WEIGHTS = ("*.safetensors", "pytorch_model*.bin", "*.safetensors.index.json", "pytorch_model.bin.index.json")
CHECKPOINTING = {"use_reentrant": False}  # non-reentrant: gradients flow with frozen inputs, no hooks needed


def resolve_base(name: str) -> str:
    """A local model folder as an absolute path (checked for config and weights), else `name` as a Hub id."""
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise InputError(path, "no config.json: not a Hugging Face model folder")
        if not any(any(path.glob(pattern)) for pattern in WEIGHTS):
            raise InputError(path, "no model weights (*.safetensors or pytorch_model*.bin) in this folder")
        return str(path.resolve())
    if path.exists():
        raise InputError(path, "is a file: --base takes a model folder or a Hugging Face id")
    if name.startswith((".", "/", "~")) or name.count("/") > 1 or "\\" in name:
        raise InputError(path, "no such model folder")
    return name


def offline() -> bool:
    """HF_HUB_OFFLINE as set now (huggingface_hub reads it only once, when first imported)."""
    return os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes", "on")


def load_failed(name: str, error: BaseException) -> DistillError:
    """One line saying why a model could not be had."""
    reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if Path(name).is_dir():
        return DistillError(f"{name}: cannot load the model: {reason}")
    if offline():
        return DistillError(f"cannot load {name!r}: not a local folder, and not in the Hugging Face cache "
                            "(HF_HUB_OFFLINE is set, so nothing is downloaded)")
    return DistillError(f"cannot load {name!r}: not a local folder, and the Hugging Face Hub did not provide it: {reason}")


def load_tokenizer(base: str) -> Any:
    from transformers import AutoTokenizer

    try:
        tokenizer = AutoTokenizer.from_pretrained(base, local_files_only=offline())
    except Exception as e:  # OSError, ValueError, hub errors: all mean "cannot have it"
        raise load_failed(base, e) from None
    if tokenizer.pad_token_id is None:  # padding is masked out of attention and loss; any id will do
        tokenizer.pad_token = tokenizer.eos_token
    return tokenizer


def load_model(base: str, device: Device) -> Any:
    """The base model on `device`: 4-bit NF4 for QLoRA, else in the device's dtype."""
    from transformers import AutoModelForCausalLM

    kwargs: dict[str, Any] = {"dtype": device.dtype, "local_files_only": offline()}
    if device.kind == "cuda":
        kwargs["device_map"] = {"": int(os.environ.get("LOCAL_RANK", 0))}  # this rank's GPU, never via host memory
    if device.qlora:
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=device.dtype,
        )
    try:
        # Any: transformers types `PreTrainedModel.to` through a decorator that mypy reads as taking a model.
        model: Any = AutoModelForCausalLM.from_pretrained(base, **kwargs)
    except Exception as e:
        if is_out_of_memory(e):  # explained by train.sft
            raise
        raise load_failed(base, e) from None
    if device.kind != "cuda":
        model.to(device.kind)
    model.config.use_cache = False  # the KV cache serves generation; in training it only costs memory
    return model


def add_lora(model: Any, config: TrainConfig, device: Device) -> Any:
    """Wrap `model` with trainable LoRA adapters (fp32 weights) on the configured projections."""
    import torch
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

    # Activation checkpointing trades compute for GPU memory; on MPS/CPU memory is not the limit
    # and the recomputation only slows training down (several times over, measured on CPU).
    checkpointing = config.gradient_checkpointing and device.kind == "cuda"
    if device.qlora:  # casts norms to fp32 and sets up checkpointing the way 4-bit weights need
        model = prepare_model_for_kbit_training(model, use_gradient_checkpointing=checkpointing,
                                                gradient_checkpointing_kwargs=CHECKPOINTING)
    elif checkpointing:
        enable = getattr(model, "activation_checkpointing_enable", None)  # transformers >= 5.x name
        if enable is not None:
            enable(activation_checkpointing_kwargs=CHECKPOINTING)
        else:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs=CHECKPOINTING)
    lora = LoraConfig(r=config.lora_r, lora_alpha=config.lora_alpha, lora_dropout=config.lora_dropout,
                      target_modules=list(config.target_modules), bias="none", task_type="CAUSAL_LM")
    torch.manual_seed(config.seed)  # LoRA's A matrices start random: same seed, same start
    try:
        with quiet_peft():
            return get_peft_model(model, lora)
    except ValueError as e:
        raise DistillError(f"LoRA target modules {', '.join(config.target_modules)} do not fit this model; "
                           f"set target_modules in --config ({str(e).splitlines()[0]})") from None


@contextlib.contextmanager
def quiet_peft() -> Iterator[None]:
    """Silence the FutureWarning PEFT triggers by calling transformers' renamed is_gradient_checkpointing."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", "`is_gradient_checkpointing` is deprecated", FutureWarning)
        yield
