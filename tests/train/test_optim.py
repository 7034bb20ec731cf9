"""Optimizer and precision as the seeds set them: optim adamw_torch / adamw_8bit / paged_adamw_8bit,
--bf16 / --fp16, gradient checkpointing as a flag. The CUDA wiring is checked without a GPU."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.errors import InputError
from train.config import TrainConfig
from train.device import Device, with_precision
from train.optim import build_optimizer

CPU = Device("cpu", "CPU", None, False)  # type: ignore[arg-type]


def params() -> list:
    import torch

    return [torch.nn.Parameter(torch.zeros(4, 4))]


def test_adamw_torch_everywhere_and_8bit_falls_back_off_cuda() -> None:
    import torch

    optimizer, notes = build_optimizer(params(), TrainConfig(lr=1e-3), CPU)
    assert type(optimizer) is torch.optim.AdamW and notes == [] and optimizer.defaults["lr"] == 1e-3
    for name in ("adamw_8bit", "paged_adamw_8bit"):
        optimizer, notes = build_optimizer(params(), TrainConfig(optim=name), CPU)
        assert type(optimizer) is torch.optim.AdamW
        assert notes == [f"--optim {name}: bitsandbytes needs CUDA, and this run is on cpu; using adamw_torch"]


@pytest.mark.parametrize("name, cls", [("adamw_8bit", "AdamW8bit"), ("paged_adamw_8bit", "PagedAdamW8bit")])
def test_8bit_optimizers_on_cuda_are_bitsandbytes(name: str, cls: str) -> None:
    pytest.importorskip("bitsandbytes", reason="bitsandbytes is not installed (it is a Linux-only train extra)")
    import torch

    cuda = Device("cuda", "Fake GPU", torch.bfloat16, True)
    optimizer, notes = build_optimizer(params(), TrainConfig(optim=name), cuda)
    assert type(optimizer).__name__ == cls and type(optimizer).__module__.startswith("bitsandbytes") and not notes


def test_precision_switches(monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    cuda = Device("cuda", "Fake GPU", torch.bfloat16, True)
    assert with_precision(cuda, None, True)[0].dtype == torch.float16
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: True)
    assert with_precision(cuda, True, None)[0].dtype == torch.bfloat16
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: False)
    with pytest.raises(InputError, match="Fake GPU has no bfloat16: use --fp16"):
        with_precision(cuda, True, None)
    cpu = Device("cpu", "CPU", torch.float32, False)
    device, notes = with_precision(cpu, True, None)
    assert device.dtype == torch.float32 and notes == ["--bf16 applies on CUDA; cpu trains in float32"]


@pytest.mark.parametrize("flag", [True, False])
def test_gradient_checkpointing_flag(tiny_base: Path, flag: bool) -> None:
    import torch
    from transformers import AutoModelForCausalLM

    from train.model import add_lora

    cuda_like = Device("cuda", "Fake GPU", torch.float32, False)  # checkpointing is switched on for CUDA only
    model = add_lora(AutoModelForCausalLM.from_pretrained(tiny_base), TrainConfig(gradient_checkpointing=flag),
                     cuda_like)
    base = model.get_base_model()
    enabled = getattr(base, "is_activation_checkpointing", None)
    assert (enabled if enabled is not None else base.is_gradient_checkpointing) is flag
