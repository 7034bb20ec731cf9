"""The whole path a user walks, through the real `distill` command: from the sample PDF to an
evaluated fine-tuned model (a tiny random Qwen3 on the CPU stands in for a real base model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from distill.cli import app
from tests.train.tiny import build_model_dir

runner = CliRunner()


def distill(*args: object) -> dict:  # type: ignore[type-arg]
    result = runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if "--json" in args else {}


@pytest.fixture(autouse=True)
def _one_thread() -> None:
    import torch

    torch.set_num_threads(1)


def test_pdf_to_pairs_to_review_to_export_to_adapter_to_merged_model_to_report(sample_pdf: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'e2e.db'}"
    run = distill("run", sample_pdf, "--db", db, "--json")
    assert run["pairs_added"] >= 60

    approved = distill("review", "--db", db, "--auto-approve", "--min-score", "90", "--no-flags", "--json")
    assert approved["approved"] >= 60

    export = distill("export", "--db", db, "--out", tmp_path / "data" / "policy.jsonl", "--json")
    train_file, val_file = tmp_path / "data" / "policy.train.jsonl", tmp_path / "data" / "policy.val.jsonl"
    assert train_file.exists() and val_file.exists() and export["counts"]["train"] >= 50

    base = build_model_dir(tmp_path / "base")
    distill("train", "--data", train_file, "--val", val_file, "--base", base, "--out", tmp_path / "adapter",
            "--max-steps", 2, "--batch-size", 4, "--grad-accum", 1, "--max-length", 256)
    assert (tmp_path / "adapter" / "adapter_config.json").exists()
    assert json.loads((tmp_path / "adapter" / "manifest.json").read_text())["files"]  # traceable to its data

    distill("merge", "--adapter", tmp_path / "adapter", "--out", tmp_path / "merged")
    report = distill("eval", "--model", tmp_path / "merged", "--data", val_file, "--max-new-tokens", 8,
                     "--batch-size", 8, "--json")
    predictions = report["predictions"]
    assert len(predictions) == export["counts"]["val"]
    assert all(p["reference"] for p in predictions)
