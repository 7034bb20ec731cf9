"""Where training runs (CUDA > MPS > CPU) and the precision and quantisation that go with it.

- CUDA: QLoRA by default (base weights in 4-bit NF4, double quantisation, bf16 compute where the
  GPU supports it, else fp16); `qlora=False` loads the base in that 16-bit dtype for plain LoRA.
- MPS and CPU: LoRA on float32 weights; bitsandbytes 4-bit needs CUDA, and float32 avoids the
  half-precision gaps of those backends.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class Device:
    kind: str  # "cuda" | "mps" | "cpu"
    name: str  # e.g. "NVIDIA H100 80GB HBM3"
    dtype: torch.dtype  # compute dtype (and load dtype of unquantised weights)
    qlora: bool  # base weights loaded in 4-bit

    @property
    def autocast(self) -> bool:
        """Mixed precision through torch.autocast: on CUDA, where weights are 16-bit and LoRA weights fp32."""
        return self.kind == "cuda"

    def describe(self) -> str:
        dtype = str(self.dtype).removeprefix("torch.")
        method = f"QLoRA (4-bit NF4, double quant, {dtype} compute)" if self.qlora else f"LoRA ({dtype})"
        return f"device: {self.kind} ({self.name}), {method}"


def pick_device(want_qlora: bool = True) -> tuple[Device, list[str]]:
    """The best available device and notes to show the user about the choice."""
    if torch.cuda.is_available():
        dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        name = torch.cuda.get_device_name(0)
        if want_qlora and importlib.util.find_spec("bitsandbytes") is None:
            return Device("cuda", name, dtype, False), ["bitsandbytes is not installed: 16-bit LoRA instead of QLoRA"]
        return Device("cuda", name, dtype, want_qlora), []
    if getattr(torch.backends, "mps", None) is not None and torch.backends.mps.is_available():
        note = "Apple GPU (MPS): LoRA without quantisation (4-bit QLoRA needs CUDA), float32"
        return Device("mps", "Apple MPS", torch.float32, False), [note]
    note = "no GPU: LoRA without quantisation on the CPU, float32; fine for small tests, slow for real models"
    return Device("cpu", "CPU", torch.float32, False), [note]


def is_out_of_memory(error: BaseException) -> bool:
    """CUDA's OutOfMemoryError, or the RuntimeError MPS and the CPU allocator raise for the same thing."""
    message = str(error).lower()
    return isinstance(error, torch.cuda.OutOfMemoryError) or (
        isinstance(error, RuntimeError) and ("out of memory" in message or "not enough memory" in message))


def with_precision(device: Device, bf16: bool | None, fp16: bool | None) -> tuple[Device, list[str]]:
    """The device with --bf16 / --fp16 applied: CUDA only; MPS and CPU keep float32 (with a note)."""
    import dataclasses

    if not bf16 and not fp16:
        return device, []
    wanted = "bf16" if bf16 else "fp16"
    if device.kind != "cuda":
        return device, [f"--{wanted} applies on CUDA; {device.kind} trains in float32"]
    if bf16 and not torch.cuda.is_bf16_supported():
        from distill.errors import InputError

        raise InputError(None, f"{device.name} has no bfloat16: use --fp16")
    return dataclasses.replace(device, dtype=torch.bfloat16 if bf16 else torch.float16), []
