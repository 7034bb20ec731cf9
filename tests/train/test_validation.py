"""Validation while training: eval_steps, the best adapter kept, early stopping; checkpoints kept,
resumed from a path; a finished output folder is never overwritten by accident."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distill.errors import DistillError, InputError
from distill.formats import Conversation, to_row
from tests.train.tiny import TOY, toy_conversations, write_jsonl
from train.config import TrainConfig
from train.sft import train


def val_loss_of(adapter: Path, base: Path, val: Path) -> float:
    """The answer-token loss of a saved adapter on `val`, computed here from the files alone."""
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from train.batches import collate_rows, encode_examples
    from train.data import read_conversations
    from train.device import pick_device
    from train.sft import answer_loss

    tokenizer = AutoTokenizer.from_pretrained(adapter)
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base), adapter).eval()
    examples, _ = encode_examples(tokenizer, read_conversations(val), 1024)
    with torch.no_grad():
        loss, n = answer_loss(model, collate_rows([[e] for e in examples], tokenizer.pad_token_id), pick_device(False)[0])
    return float(loss) / n


def test_best_adapter_is_kept_and_training_stops_early(tiny_base: Path, tmp_path: Path) -> None:
    """Validation answers that contradict the training answers: the val loss falls while the model
    learns the answers' words, then rises as it learns which answer goes with which question."""
    data = write_jsonl(tmp_path / "train.jsonl", [to_row(c, "messages") for c in toy_conversations()])
    swapped = [Conversation.single(TOY[i][0], TOY[(i + 1) % 4][1], TOY[i][2]) for i in range(4)]
    val = write_jsonl(tmp_path / "val.jsonl", [to_row(c, "messages") for c in swapped])
    config = TrainConfig(data=data, val=val, base=str(tiny_base), out=tmp_path / "out", max_steps=40, batch_size=4,
                         grad_accum=1, lr=3e-2, warmup_ratio=0.0, lora_r=32, lora_alpha=64, eval_steps=4,
                         load_best_model_at_end=True, early_stopping_patience=3)
    result = train(config, progress=False)
    log = [json.loads(line) for line in (tmp_path / "out" / "train_log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log if "val_loss" in r] == list(range(4, result.steps + 1, 4))  # every eval_steps
    assert result.stopped_early and result.steps == result.best_step + 3 * 4 < 40
    assert result.best_val_loss == min(result.val_losses) < result.val_losses[-1] - 0.1
    assert val_loss_of(tmp_path / "out", tiny_base, val) == pytest.approx(result.best_val_loss, abs=1e-4)
    saved = json.loads((tmp_path / "out" / "train_config.json").read_text())
    assert (saved["best_step"], saved["steps"]) == (result.best_step, result.steps)


def quick(data: Path, base: Path, out: Path, **extra) -> TrainConfig:
    return TrainConfig(data=data, base=str(base), out=out, epochs=2, batch_size=4, grad_accum=2, lr=1e-2,
                       save_steps=1, **extra)


def test_save_total_limit_and_resume_from_a_checkpoint_path(toy_data: Path, tiny_base: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import torch
    from safetensors.torch import load_file

    import train.sft as sft

    real_step = sft._optimizer_step

    def interrupted(run, window, lr):  # Ctrl-C during step 6
        if run.step == 5:
            raise KeyboardInterrupt
        return real_step(run, window, lr)

    monkeypatch.setattr(sft, "_optimizer_step", interrupted)
    with pytest.raises(DistillError, match="interrupted at step 5"):
        train(quick(toy_data, tiny_base, tmp_path / "out", save_total_limit=3), progress=False)
    kept = sorted(p.name for p in (tmp_path / "out" / "checkpoints").iterdir())
    assert kept == ["step-000003", "step-000004", "step-000005"]  # save_steps 1, at most 3 on disk

    monkeypatch.setattr(sft, "_optimizer_step", real_step)
    checkpoint = tmp_path / "out" / "checkpoints" / "step-000003"
    resumed = train(quick(toy_data, tiny_base, tmp_path / "resumed", resume_from_checkpoint=checkpoint), progress=False)
    straight = train(quick(toy_data, tiny_base, tmp_path / "straight"), progress=False)
    assert resumed.steps == 8 and resumed.tokens < straight.tokens  # steps 4-8 only
    a, b = (load_file(tmp_path / d / "adapter_model.safetensors") for d in ("straight", "resumed"))
    assert all(torch.allclose(a[k], b[k], atol=1e-5) for k in a)

    with pytest.raises(InputError, match="not a distill checkpoint"):
        train(quick(toy_data, tiny_base, tmp_path / "x", resume_from_checkpoint=tmp_path), progress=False)


def test_a_finished_run_is_not_overwritten(toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    train(quick(toy_data, tiny_base, out, max_steps=1), progress=False)
    before = (out / "adapter_model.safetensors").read_bytes()
    with pytest.raises(InputError, match="holds a finished run: add --overwrite-output-dir"):
        train(quick(toy_data, tiny_base, out, max_steps=2), progress=False)
    assert (out / "adapter_model.safetensors").read_bytes() == before
    again = train(quick(toy_data, tiny_base, out, max_steps=2, overwrite_output_dir=True), progress=False)
    assert again.steps == 2 and json.loads((out / "train_config.json").read_text())["steps"] == 2
