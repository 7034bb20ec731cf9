"""Shared fixtures for the training tests: one tiny base model and one trained adapter per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.formats import to_row
from tests.train.tiny import build_model_dir, toy_conversations, write_jsonl


@pytest.fixture(scope="session", autouse=True)
def _one_thread() -> None:
    """Tiny models gain nothing from intra-op threads, and on a shared CPU (CI) spinning OpenMP
    threads make each step several times slower."""
    import torch

    torch.set_num_threads(1)


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A random tiny Qwen3 model + tokenizer saved like a real model folder."""
    return build_model_dir(tmp_path_factory.mktemp("base") / "tiny-qwen3")


@pytest.fixture
def toy_data(tmp_path: Path) -> Path:
    """The toy QA set, repeated, as a `messages` export with a manifest beside it."""
    (tmp_path / "train.manifest.json").write_text('{"pairs": 32}', encoding="utf-8")
    return write_jsonl(tmp_path / "train.jsonl", [to_row(c, "messages") for c in toy_conversations(8)])


@pytest.fixture(scope="session")
def trained(tmp_path_factory: pytest.TempPathFactory, tiny_base: Path) -> tuple[Path, object]:
    """An adapter trained for a few steps with a high learning rate, so it visibly changes the model."""
    from train.config import TrainConfig
    from train.sft import train

    folder = tmp_path_factory.mktemp("trained")
    (folder / "manifest.json").write_text('{"source": "toy"}', encoding="utf-8")
    data = write_jsonl(folder / "train.jsonl", [to_row(c, "sharegpt") for c in toy_conversations(4)])
    val = write_jsonl(folder / "val.jsonl", [to_row(c, "alpaca") for c in toy_conversations()])
    config = TrainConfig(data=data, val=val, base=str(tiny_base), out=folder / "out", epochs=2, batch_size=4,
                         grad_accum=1, lr=2e-2, warmup_ratio=0.0)
    return folder / "out", train(config, progress=False)
