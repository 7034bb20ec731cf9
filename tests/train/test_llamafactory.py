"""A LLaMA-Factory SFT YAML and the seeds' TrainingArguments run unchanged through `distill train`,
with datasets looked up in dataset_dir/dataset_info.json and mixed, max_samples taken from each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from distill.cli import app as distill_cli
from distill.formats import to_row
from review.manifest import dataset_info_entry
from tests.train.tiny import toy_conversations, write_jsonl


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    """The whole `distill` command line, as users run it."""
    return distill_cli


def dataset_dir(folder: Path) -> Path:
    """LLaMA-Factory's layout: data/dataset_info.json naming a distill sharegpt export and an alpaca file
    whose columns have other names."""
    folder.mkdir()
    convs = toy_conversations(4)
    write_jsonl(folder / "policy.train.jsonl", [to_row(c, "sharegpt") for c in convs])
    renamed = [{"question": r["instruction"], "answer": r["output"]} for r in (to_row(c, "alpaca") for c in convs)]
    (folder / "faq.json").write_text(json.dumps(renamed, ensure_ascii=False), encoding="utf-8")
    info = {"policy": dataset_info_entry("sharegpt", "policy.train.jsonl", True),
            "faq": {"file_name": "faq.json", "columns": {"prompt": "question", "response": "answer"}}}
    (folder / "dataset_info.json").write_text(json.dumps(info), encoding="utf-8")
    return folder


LLAMA_FACTORY_YAML = """\
### model
model_name_or_path: {base}
trust_remote_code: true

### method
stage: sft
do_train: true
finetuning_type: lora
lora_rank: 8
lora_alpha: 16
lora_target: all

### dataset
dataset: policy,faq
template: qwen3_nothink
cutoff_len: 512
max_samples: 10
overwrite_cache: true
preprocessing_num_workers: 16
dataloader_num_workers: 4

### eval
eval_dataset: faq
eval_strategy: steps
eval_steps: 5

### output
output_dir: saves/tiny/lora/sft
logging_steps: 2
save_steps: 500
plot_loss: true
overwrite_output_dir: true
save_only_model: false
report_to: none

### train
per_device_train_batch_size: 4
gradient_accumulation_steps: 1
learning_rate: 1.0e-3
num_train_epochs: 2.0
lr_scheduler_type: cosine
warmup_ratio: 0.1
bf16: true
ddp_timeout: 180000000
resume_from_checkpoint: null
"""


def test_llamafactory_yaml_runs_unchanged(app: typer.Typer, tiny_base: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    dataset_dir(tmp_path / "data")  # LLaMA-Factory's default dataset_dir
    (tmp_path / "lf.yaml").write_text(LLAMA_FACTORY_YAML.format(base=tiny_base), encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "--config", "lf.yaml", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["examples"] == 20  # max_samples 10 from each of the two datasets
    assert report["steps"] == 10  # 20 examples / batch 4 = 5 steps per epoch, 2 epochs
    assert "--bf16 applies on CUDA; cpu trains in float32" in result.stderr
    out = tmp_path / "saves/tiny/lora/sft"
    saved = json.loads((out / "train_config.json").read_text())
    assert (saved["lora_r"], saved["max_length"], saved["lr"], saved["dataset"]) == (8, 512, 1e-3, ["policy", "faq"])
    assert [s["name"] for s in saved["sources"]] == ["policy", "faq"]
    log = [json.loads(line) for line in (out / "train_log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log if "loss" in r] == [2, 4, 6, 8, 10]  # logging_steps 2
    assert [r["step"] for r in log if "val_loss" in r] == [5, 10]  # eval_dataset by name, every eval_steps
    # overwrite_output_dir: true, as in LLaMA-Factory's examples: the same YAML runs again.
    again = CliRunner().invoke(app, ["train", "--config", "lf.yaml", "--max-steps", "1", "--json"])
    assert again.exit_code == 0, again.output
    assert json.loads(again.stdout)["steps"] == 1


def test_seed_hyperparameters_run_unchanged(app: typer.Typer, toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    (tmp_path / "seed.yaml").write_text(f"""\
model_name_or_path: {tiny_base}
output_dir: {tmp_path / 'out'}
num_train_epochs: 1
per_device_train_batch_size: 4
gradient_accumulation_steps: 4
learning_rate: 2e-4
lr_scheduler_type: cosine
warmup_ratio: 0.1
optim: adamw_8bit
bf16: true
lora_rank: 16
lora_alpha: 16
lora_target: q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj
""", encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "--config", tmp_path / "seed.yaml", "--data", toy_data, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["steps"] == 2
    assert "--optim adamw_8bit: bitsandbytes needs CUDA, and this run is on cpu; using adamw_torch" in result.stderr


def test_flag_aliases(app: typer.Typer, toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(app, [
        "train", "--train-file", toy_data, "--model-name-or-path", tiny_base, "--output-dir", tmp_path / "out",
        "--num-train-epochs", "1", "--per-device-train-batch-size", "8", "--gradient-accumulation-steps", "2",
        "--learning-rate", "1e-3", "--lora-rank", "4", "--cutoff-len", "256", "--lora-target", "q_proj,v_proj", "--json"])
    assert result.exit_code == 0, result.output
    saved = json.loads((tmp_path / "out" / "train_config.json").read_text())
    assert (saved["batch_size"], saved["grad_accum"], saved["lr"], saved["lora_r"], saved["max_length"]) == (8, 2, 1e-3, 4, 256)
    assert saved["target_modules"] == ["q_proj", "v_proj"] and json.loads(result.stdout)["steps"] == 2


@pytest.mark.parametrize("setup, message", [
    ({"faq": {"file_name": "missing.json"}}, "no such file (dataset 'faq'"),
    ({"faq": {"hf_hub_url": "org/faq"}}, "hf_hub_url: distill trains on local files only"),
    ({"other": {"file_name": "x.json"}}, "no dataset named 'faq' (it has: other)"),
])
def test_dataset_lookup_errors_are_one_line(app: typer.Typer, tiny_base: Path, tmp_path: Path, setup: dict,
                                            message: str) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "dataset_info.json").write_text(json.dumps(setup), encoding="utf-8")
    result = CliRunner().invoke(app, ["train", "--dataset", "faq", "--dataset-dir", tmp_path / "d", "--base", tiny_base,
                                      "--out", tmp_path / "o"])
    assert result.exit_code == 2 and message in result.stderr, result.output
    assert len(result.stderr.strip().splitlines()) == 1 and not (tmp_path / "o").exists()
