"""TrainConfig: the defaults of the issue, YAML/TOML files, flags over files, one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.errors import InputError
from train.config import TrainConfig


def test_defaults_are_the_seed_recipe() -> None:
    c = TrainConfig()
    assert (c.lora_r, c.lora_alpha, c.lora_dropout) == (16, 16, 0.0)
    assert c.target_modules == ("q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj")
    assert (c.epochs, c.batch_size, c.grad_accum, c.lr) == (3, 4, 4, 2e-4)
    assert (c.lr_scheduler, c.warmup_ratio, c.max_length, c.qlora) == ("cosine", 0.1, 1024, True)


def test_yaml_file_with_flag_spelling_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "train.yaml"
    path.write_text("data: d.jsonl\nbase: Qwen/Qwen3-0.6B\nbatch-size: 8\nlr: 1e-4\nqlora: false\n"
                    "target_modules: [q_proj, v_proj]\n", encoding="utf-8")
    c = TrainConfig.from_file(path, batch_size=2, epochs=None)
    assert c.batch_size == 2  # the flag wins
    assert c.lr == 1e-4 and isinstance(c.lr, float)  # YAML reads 1e-4 as a string
    assert c.qlora is False and c.epochs == 3 and c.data == Path("d.jsonl")
    assert c.target_modules == ("q_proj", "v_proj")
    assert c.to_dict()["data"] == "d.jsonl" and c.to_dict()["target_modules"] == ["q_proj", "v_proj"]


def test_toml_file(tmp_path: Path) -> None:
    path = tmp_path / "train.toml"
    path.write_text('base = "m"\nmax_length = 512\nmax-steps = 10\n', encoding="utf-8")
    c = TrainConfig.from_file(path)
    assert (c.base, c.max_length, c.max_steps) == ("m", 512, 10)


@pytest.mark.parametrize("text, message", [
    ("bogus: 1\n", "unknown option 'bogus'"),
    ("epochs: many\n", "option epochs: expected a whole number, got 'many'"),
    ("epochs: [\n", "not valid YAML"),
])
def test_bad_config_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "c.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[")) as e:
        TrainConfig.from_file(path)
    assert "\n" not in str(e.value)


def test_validate_names_the_flag() -> None:
    with pytest.raises(InputError, match="--data is required"):
        TrainConfig(base="m", out=Path("o")).validate()
    with pytest.raises(InputError, match="--batch-size must be at least 1"):
        TrainConfig(data=Path("d"), base="m", out=Path("o"), batch_size=0).validate()
