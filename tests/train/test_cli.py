"""`distill train` / `distill merge` through the whole command line."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from distill.cli import app as distill_cli
from train.config import TrainConfig


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    """The whole `distill` command line, as users run it."""
    return distill_cli


def invoke(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_train_then_merge(app: typer.Typer, toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    config = tmp_path / "train.yaml"
    config.write_text(f"base: {tiny_base}\nepochs: 1\ngrad-accum: 2\nlr: 1e-3\nbatch-size: 2\n", encoding="utf-8")
    result = invoke(app, "train", "--data", toy_data, "--out", tmp_path / "out", "--config", config,
                    "--batch-size", 8, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["steps"] == 2 and report["device"] == "cpu"  # 32 examples / batch 8 (the flag) / accum 2
    assert "device: cpu" in result.stderr  # device printed
    saved = json.loads((tmp_path / "out" / "train_config.json").read_text())
    assert (saved["batch_size"], saved["epochs"], saved["lr"]) == (8, 1, 1e-3)

    merged = invoke(app, "merge", "--adapter", tmp_path / "out", "--out", tmp_path / "merged")
    assert merged.exit_code == 0, merged.output
    assert (tmp_path / "merged" / "model.safetensors").is_file()


def one_line_error(result, code: int, text: str) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output and text in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_bad_inputs_are_one_line(app: typer.Typer, toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(toy_data.read_text().splitlines()[0] + "\n" + '{"prompt": "q"}\n', encoding="utf-8")
    one_line_error(invoke(app, "train", "--data", bad, "--base", tiny_base, "--out", tmp_path / "o"), 2,
                   "bad.jsonl line 2: row matches no known format")
    empty = shutil.copytree(tiny_base, tmp_path / "no-weights", ignore=shutil.ignore_patterns("*.safetensors"))
    one_line_error(invoke(app, "train", "--data", toy_data, "--base", empty, "--out", tmp_path / "o"), 2,
                   "no model weights")
    one_line_error(invoke(app, "train", "--base", tiny_base, "--out", tmp_path / "o"), 2, "--data is required")
    one_line_error(invoke(app, "merge", "--adapter", tmp_path, "--out", tmp_path / "m"), 2, "no adapter_config.json")


def test_help_defaults_match_train_config(app: typer.Typer) -> None:
    command = typer.main.get_command(app).commands["train"]
    defaults = TrainConfig()
    named = 0
    for param in command.params:
        match = re.search(r"\(default ([^)]+)\)", getattr(param, "help", None) or "")
        if match:
            named += 1
            expected = getattr(defaults, param.name)
            assert (float(match.group(1)) if isinstance(expected, float) else int(match.group(1))) == expected, param.name
    assert named >= 10
    assert "(default" in invoke(app, "train", "--help").output


def test_importing_the_commands_loads_no_torch() -> None:
    import subprocess
    import sys

    code = ("import sys, distill.cli.train; "
            "assert not {'torch', 'transformers', 'train.sft', 'train.config'} & set(sys.modules), sorted(sys.modules)")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_train_says_when_no_manifest_is_found(app: typer.Typer, tiny_base: Path, tmp_path: Path) -> None:
    from distill.formats import to_row
    from tests.train.tiny import toy_conversations, write_jsonl

    data = write_jsonl(tmp_path / "loose.jsonl", [to_row(c, "messages") for c in toy_conversations(2)])
    result = invoke(app, "train", "--data", data, "--base", tiny_base, "--out", tmp_path / "out", "--max-steps", 1)
    assert result.exit_code == 0, result.output
    assert "loose.jsonl: no export manifest found beside it (NAME.manifest.json)" in result.stderr
    assert not (tmp_path / "out" / "manifest.json").exists()
