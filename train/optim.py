"""The optimizer over the LoRA weights: `optim` as Hugging Face names it.

- adamw_torch: torch.optim.AdamW (the default);
- adamw_8bit / paged_adamw_8bit: bitsandbytes' 8-bit AdamW (paged: optimizer state in paged
  memory that spills to the host instead of running out), CUDA only. Off CUDA, or without
  bitsandbytes, training falls back to adamw_torch and says so: LoRA optimizer state is small,
  so the 8-bit saving matters little there.
"""

from __future__ import annotations

import importlib.util
from typing import Any

import torch

from train.config import TrainConfig
from train.device import Device


def build_optimizer(params: list[Any], config: TrainConfig, device: Device) -> tuple[torch.optim.Optimizer, list[str]]:
    """(optimizer, notes for the user) for `config.optim` on `device`."""
    lr, decay = config.lr, config.weight_decay
    if config.optim == "adamw_torch":
        return torch.optim.AdamW(params, lr=lr, weight_decay=decay), []
    if device.kind != "cuda" or importlib.util.find_spec("bitsandbytes") is None:
        why = "is not installed" if device.kind == "cuda" else f"needs CUDA, and this run is on {device.kind}"
        note = f"--optim {config.optim}: bitsandbytes {why}; using adamw_torch"
        return torch.optim.AdamW(params, lr=lr, weight_decay=decay), [note]
    import bitsandbytes as bnb

    cls = bnb.optim.PagedAdamW8bit if config.optim == "paged_adamw_8bit" else bnb.optim.AdamW8bit
    return cls(params, lr=lr, weight_decay=decay), []
