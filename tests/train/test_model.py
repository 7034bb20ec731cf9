"""Base model resolution: a local folder first, else a Hub id; one-line errors for what cannot be had."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from distill.errors import DistillError, InputError
from train.model import load_tokenizer, resolve_base


def test_local_folder_resolves_to_absolute_path(tiny_base: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(tiny_base, tmp_path / "m")
    assert resolve_base("m") == str(copy.resolve())  # the tests run in tmp_path
    assert resolve_base("Qwen/Qwen3-0.6B") == "Qwen/Qwen3-0.6B"


def test_folder_without_weights(tiny_base: Path, tmp_path: Path) -> None:
    folder = shutil.copytree(tiny_base, tmp_path / "m")
    (folder / "model.safetensors").unlink()
    with pytest.raises(InputError, match="no model weights") as e:
        resolve_base(str(folder))
    assert e.value.exit_code == 2 and "\n" not in str(e.value)
    (folder / "config.json").unlink()
    with pytest.raises(InputError, match="no config.json"):
        resolve_base(str(folder))


def test_missing_local_path() -> None:
    with pytest.raises(InputError, match="no such model folder"):
        resolve_base("./models/nope")


def test_hub_id_offline_is_one_clear_line() -> None:
    with pytest.raises(DistillError) as e:
        load_tokenizer("distill-test/no-such-model")
    message = str(e.value)
    assert "not in the Hugging Face cache" in message and "HF_HUB_OFFLINE" in message and "\n" not in message


def fake_cuda(monkeypatch: pytest.MonkeyPatch, bf16: bool) -> None:
    import torch

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda *a, **k: bf16)
    monkeypatch.setattr(torch.cuda, "get_device_name", lambda *a: "Fake GPU")


@pytest.mark.parametrize("bf16", [True, False])
def test_cuda_means_qlora_nf4_double_quant(monkeypatch: pytest.MonkeyPatch, bf16: bool) -> None:
    """The QLoRA wiring, checked without a GPU: the arguments from_pretrained would get."""
    import torch
    from transformers import AutoModelForCausalLM

    from train.device import pick_device
    from train.model import load_model

    fake_cuda(monkeypatch, bf16)
    device, _ = pick_device(want_qlora=True)
    dtype = torch.bfloat16 if bf16 else torch.float16
    assert (device.kind, device.qlora, device.dtype) == ("cuda", True, dtype)
    assert pick_device(want_qlora=False)[0].qlora is False  # --no-qlora: 16-bit LoRA

    seen = {}

    class Loaded:
        config = type("Config", (), {})()

    monkeypatch.setattr(AutoModelForCausalLM, "from_pretrained", lambda base, **kw: seen.update(kw) or Loaded())
    load_model("some/model", device)
    q = seen["quantization_config"]
    assert (q.load_in_4bit, q.bnb_4bit_quant_type, q.bnb_4bit_use_double_quant) == (True, "nf4", True)
    assert q.bnb_4bit_compute_dtype == dtype and seen["dtype"] == dtype and seen["device_map"] == {"": 0}


def test_cpu_is_plain_lora_with_a_note() -> None:
    from train.device import pick_device

    device, notes = pick_device(want_qlora=True)
    assert (device.kind, device.qlora) == ("cpu", False) and "without quantisation" in notes[0]
    assert device.describe() == "device: cpu (CPU), LoRA (float32)"
