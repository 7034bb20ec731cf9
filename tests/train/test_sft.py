"""The training loop on a tiny Qwen3 model: loss goes down, outputs are complete, resume continues."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distill.errors import DistillError, InputError
from train.config import TrainConfig
from train.sft import TrainResult, train


def read_log(out: Path) -> list[dict]:
    return [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]


def test_training_lowers_the_loss_and_saves_everything(trained: tuple[Path, TrainResult]) -> None:
    out, result = trained
    assert (result.steps, result.device, result.qlora, result.examples) == (8, "cpu", False, 16)
    losses = [r["loss"] for r in read_log(out) if "loss" in r]
    assert len(losses) == 8 and sum(losses[-2:]) / 2 < sum(losses[:2]) / 2 - 0.5
    assert result.train_loss == pytest.approx(losses[-1], abs=1e-5)
    assert len(result.val_losses) == 2 and result.val_losses[1] < result.val_losses[0]  # one per epoch
    assert [r["step"] for r in read_log(out) if "val_loss" in r] == [4, 8]
    for name in ("adapter_config.json", "adapter_model.safetensors", "tokenizer.json", "chat_template.jinja",
                 "train_config.json", "manifest.json"):
        assert (out / name).is_file(), name
    saved = json.loads((out / "train_config.json").read_text())
    assert saved["lora_r"] == 16 and saved["steps"] == 8 and saved["device"] == "cpu"
    assert json.loads((out / "manifest.json").read_text()) == {"source": "toy"}


def test_adapter_loads_with_peft(trained: tuple[Path, TrainResult], tiny_base: Path) -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    out, _ = trained
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_base), out)
    tokenizer = AutoTokenizer.from_pretrained(out)
    ids = tokenizer("<|im_start|>user\nWho approves expenses?<|im_end|>\n", return_tensors="pt")["input_ids"]
    with torch.no_grad():
        tuned = model(ids).logits
        with model.disable_adapter():
            plain = model(ids).logits
    assert (tuned - plain).abs().max() > 0.1  # the adapter was trained, and it is what got loaded


def test_learning_rate_warms_up_then_follows_a_cosine() -> None:
    from train.sft import lr_at

    config = TrainConfig(lr=1.0, warmup_ratio=0.1)
    rates = [lr_at(step, 100, config) for step in range(100)]
    assert rates[0] == pytest.approx(0.1) and rates[9] == 1.0  # 10 warmup steps
    assert rates[10] == 1.0 and rates[55] == pytest.approx(0.5, abs=0.02) and rates[-1] < 0.001
    assert all(a >= b for a, b in zip(rates[9:], rates[10:]))


def config_for(data: Path, base: Path, out: Path, **extra) -> TrainConfig:
    return TrainConfig(data=data, base=str(base), out=out, epochs=2, batch_size=4, grad_accum=2, lr=1e-2,
                       save_steps=2, **extra)


def test_resume_continues_the_step_count(toy_data: Path, tiny_base: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    import torch
    from safetensors.torch import load_file

    import train.sft as sft

    reference = train(config_for(toy_data, tiny_base, tmp_path / "straight"), progress=True)
    assert "tok/s" in capsys.readouterr().err  # the progress bar: loss, lr, tokens/s, time left
    real_step = sft._optimizer_step

    def interrupted(run, window, lr):  # Ctrl-C while step 6 runs
        if run.step == 5:
            raise KeyboardInterrupt
        return real_step(run, window, lr)

    monkeypatch.setattr(sft, "_optimizer_step", interrupted)
    with pytest.raises(DistillError, match="interrupted at step 5 of 8.*--resume"):
        train(config_for(toy_data, tiny_base, tmp_path / "out"), progress=False)
    assert sorted(p.name for p in (tmp_path / "out" / "checkpoints").iterdir()) == ["step-000004", "step-000005"]
    with pytest.raises(InputError, match="add --resume"):
        train(config_for(toy_data, tiny_base, tmp_path / "out"), progress=False)

    monkeypatch.setattr(sft, "_optimizer_step", real_step)
    resumed = train(config_for(toy_data, tiny_base, tmp_path / "out", resume=True), progress=False)
    assert resumed.steps == 8 and resumed.tokens < reference.tokens  # only steps 6-8 ran again
    assert [r["step"] for r in read_log(tmp_path / "out")] == list(range(1, 9))
    assert not (tmp_path / "out" / "checkpoints").exists()  # spent once the adapter is saved
    assert resumed.train_loss == pytest.approx(reference.train_loss, abs=1e-4)  # same data, same optimizer state
    a, b = (load_file(tmp_path / d / "adapter_model.safetensors") for d in ("straight", "out"))
    assert all(torch.allclose(a[k], b[k], atol=1e-5) for k in a)


def test_resume_without_checkpoint(toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no checkpoint"):
        train(config_for(toy_data, tiny_base, tmp_path / "fresh", resume=True), progress=False)


def test_bad_line_fails_before_the_model_loads(tmp_path: Path) -> None:
    data = tmp_path / "train.jsonl"
    data.write_text('{"prompt": "q", "completion": "a"}\n' * 6 + "oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"train.jsonl line 7: not valid JSON"):
        train(TrainConfig(data=data, base="no/such-model", out=tmp_path / "out"), progress=False)


def test_out_of_memory_says_what_to_lower(toy_data: Path, tiny_base: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    import train.sft as sft

    def oom(run, window, lr):
        raise torch.cuda.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")

    monkeypatch.setattr(sft, "_optimizer_step", oom)
    with pytest.raises(DistillError, match=r"out of CPU memory: lower --batch-size \(now 4\) or --max-length \(now 1024\)"):
        train(config_for(toy_data, tiny_base, tmp_path / "out"), progress=False)
