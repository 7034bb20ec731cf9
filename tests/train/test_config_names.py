"""Config files written for LLaMA-Factory or Hugging Face TrainingArguments: their names, one-line refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.errors import InputError
from train.config import DEFAULT_TARGET_MODULES, TrainConfig

# The SLM team's TrainingArguments, as a YAML file.
SEEDS = """
model_name_or_path: Qwen/Qwen3-0.6B
output_dir: runs/seed
num_train_epochs: 3
per_device_train_batch_size: 4
gradient_accumulation_steps: 4
learning_rate: 2.0e-4
lr_scheduler_type: cosine
warmup_ratio: 0.1
optim: adamw_8bit
bf16: true
max_steps: -1
report_to: none
"""


def config_from(tmp_path: Path, text: str, **flags) -> TrainConfig:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    return TrainConfig.from_file(path, **flags)


def test_training_arguments_names(tmp_path: Path) -> None:
    c = config_from(tmp_path, SEEDS)
    assert (c.base, c.out, c.epochs, c.batch_size, c.grad_accum) == ("Qwen/Qwen3-0.6B", Path("runs/seed"), 3, 4, 4)
    assert (c.lr, c.lr_scheduler, c.warmup_ratio, c.optim, c.bf16) == (2e-4, "cosine", 0.1, "adamw_8bit", True)
    assert c.max_steps is None and c.report_to == ()  # HF's -1 and "none"


def test_llamafactory_names(tmp_path: Path) -> None:
    c = config_from(tmp_path, """
stage: sft
do_train: true
finetuning_type: lora
template: qwen3_nothink
trust_remote_code: true
lora_rank: 8
lora_alpha: 16
lora_dropout: 0.05
lora_target: all
dataset: identity,alpaca_zh_demo
dataset_dir: data
cutoff_len: 2048
max_samples: 1000
overwrite_cache: true
preprocessing_num_workers: 16
logging_steps: 10
save_steps: 500
save_total_limit: 3
plot_loss: true
overwrite_output_dir: true
eval_dataset: data/val.jsonl
eval_strategy: steps
eval_steps: 50
per_device_eval_batch_size: 2
load_best_model_at_end: true
quantization_bit: 4
neat_packing: true
resume_from_checkpoint: null
num_train_epochs: 3.0
""")
    assert (c.lora_r, c.lora_alpha, c.lora_dropout, c.target_modules) == (8, 16, 0.05, DEFAULT_TARGET_MODULES)
    assert (c.dataset, c.dataset_dir, c.max_length, c.max_samples) == (("identity", "alpaca_zh_demo"), Path("data"), 2048, 1000)
    assert (c.logging_steps, c.save_steps, c.save_total_limit, c.eval_steps, c.eval_batch_size) == (10, 500, 3, 50, 2)
    assert c.overwrite_output_dir and c.load_best_model_at_end and c.qlora and c.packing and c.epochs == 3
    assert c.val == Path("data/val.jsonl") and c.resume_from_checkpoint is None and not c.resume


def test_flags_win_and_accept_their_names(tmp_path: Path) -> None:
    c = config_from(tmp_path, "learning_rate: 1e-3\nlora_rank: 4\n", lr=5e-4, lora_r=None)
    assert (c.lr, c.lora_r) == (5e-4, 4)


@pytest.mark.parametrize("text, message", [
    ("deepspeed: ds_z3.json\n", "option 'deepspeed' (LLaMA-Factory / Hugging Face) is not supported by distill train"),
    ("use_dora: true\n", "option 'use_dora' (LLaMA-Factory / Hugging Face) is not supported"),
    ("stage: dpo\n", "option stage: distill train works with stage 'sft', not 'dpo'"),
    ("finetuning_type: full\n", "works with finetuning_type 'lora', not 'full'"),
    ("enable_thinking: true\n", "works with enable_thinking False, not True"),
    ("quantization_bit: 8\n", "4-bit QLoRA or 16-bit LoRA, not 8-bit"),
    ("val_size: 0.1\n", "option val_size"),
    ("optim: adafactor\n", "--optim must be one of adamw_torch, adamw_8bit, paged_adamw_8bit"),
    ("report_to: mlflow\n", "--report-to takes tensorboard, wandb or none, not mlflow"),
    ("bf16: true\nfp16: true\n", "--bf16 and --fp16 exclude each other"),
    ("num_train_epochs: 2.5\n", "option epochs: expected a whole number, got 2.5"),
    ("eval_steps: 10\n", "need a validation set (--val)"),
    ("frobnicate: 1\n", "unknown option 'frobnicate'"),
])
def test_what_distill_does_not_do_is_one_line(tmp_path: Path, text: str, message: str) -> None:
    base = "model_name_or_path: m\noutput_dir: o\ntrain_file: d.jsonl\n"
    with pytest.raises(InputError) as e:
        config_from(tmp_path, base + text).validate()
    assert message in str(e.value) and "\n" not in str(e.value)
    assert e.value.exit_code == 2
