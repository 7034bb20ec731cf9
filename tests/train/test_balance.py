"""Skewed labels: the distribution is reported before training, and `--balance oversample|weights`
raises the minority class's recall, measured with `distill eval --task classify`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distill.errors import InputError
from distill.formats import Conversation, to_row
from tests.train.tiny import build_model_dir, toy_conversations, write_jsonl
from train.balance import balance_examples, label_of, labels, oversample, weights
from train.config import TrainConfig
from train.sft import train

SYSTEM = "Classify the ticket."


def ticket(text: str, priority: int) -> Conversation:
    return Conversation.single(f"Ticket: {text}", json.dumps({"priority": priority}), SYSTEM)


@pytest.fixture(scope="module")
def classifier_base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random model whose tokenizer knows the tickets' words, so a few steps learn the format."""
    texts = [f"{SYSTEM} Ticket: lunch menu question server down alarm {i} " + '{"priority": 1} {"priority": 2}'
             for i in range(40)]
    return build_model_dir(tmp_path_factory.mktemp("cls") / "base", texts=texts)


def test_labels_and_weights() -> None:
    convs = [ticket("a", 1)] * 3 + [ticket("b", 2)]
    assert labels(convs) == ["priority=1"] * 3 + ["priority=2"]
    assert label_of(Conversation.single("q", "300 yuan per day.")) is None and labels(toy_conversations()) is None
    assert weights(["a", "a", "a", "b"]) == pytest.approx([2 / 3] * 3 + [2.0])  # each label weighs 2 in all
    extra = oversample({"a": [0, 1, 2, 3, 4, 5], "b": [6]}, cap=None, seed=1)
    assert extra == [6] * 5  # up to the commonest label's count
    assert len(oversample({"a": list(range(10)), "b": [10], "c": [11, 12]}, cap=4, seed=1)) == 3 + 2
    with pytest.raises(InputError, match="at least two labels"):
        balance_examples([{}], ["a"], "weights", None, 0)


def test_balancing_raises_the_minority_recall(classifier_base: Path, tmp_path: Path) -> None:
    from train.eval.runner import EvalOptions, evaluate

    # 30 routine tickets for 2 urgent ones: the seeds' classifier skew, made stronger.
    rows = [ticket(f"lunch menu question {i}", 1) for i in range(30)] + [ticket(f"server down alarm {i}", 2)
                                                                         for i in range(2)]
    data = write_jsonl(tmp_path / "train.jsonl", [to_row(c, "messages") for c in rows])
    held_out = [ticket(f"lunch menu question {i}", 1) for i in range(50, 56)] + [ticket(f"server down alarm {i}", 2)
                                                                                for i in range(50, 56)]
    test = write_jsonl(tmp_path / "test.jsonl", [to_row(c, "messages") for c in held_out])
    notes: list[str] = []
    recall = {}
    for mode in (None, "oversample", "weights"):
        out = tmp_path / str(mode)
        config = TrainConfig(data=data, base=str(classifier_base), out=out, max_steps=12, batch_size=8, grad_accum=1,
                             lr=1e-2, warmup_ratio=0.0, lora_r=32, lora_alpha=64, balance=mode)
        train(config, progress=False, note=notes.append)
        report = evaluate(EvalOptions(model=str(classifier_base), adapter=out, data=test, task="classify",
                                      max_new_tokens=16))
        classes = {c["label"]: c["accuracy"] for c in report["breakdown"]["priority"]["classes"]}
        recall[mode] = (classes["1"], classes["2"])
    assert "labels in the training set: priority=1 30 (94%), priority=2 2 (6%)" in notes
    assert "--balance oversample: 60 training examples" in notes
    unbalanced = recall[None][1]
    for mode in ("oversample", "weights"):
        majority, minority = recall[mode]
        assert minority >= unbalanced + 0.5, recall  # measurably: at least half the urgent tickets more
        assert majority >= 0.5, recall  # not bought by giving up the common class
    saved = json.loads((tmp_path / "weights" / "train_config.json").read_text())
    assert saved["labels"] == {"priority=1": 30, "priority=2": 2} and saved["balance"] == "weights"


def test_balance_on_a_qa_set_is_one_line(toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--balance needs a classification set"):
        train(TrainConfig(data=toy_data, base=str(tiny_base), out=tmp_path / "o", balance="weights"), progress=False)
