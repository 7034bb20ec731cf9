"""Packing: several examples in one sequence, each seeing only itself, exactly as it would alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from distill.formats import to_row
from tests.train.tiny import toy_conversations, write_jsonl
from train.batches import collate_rows, encode_examples, pack_rows
from train.config import TrainConfig
from train.sft import train


def test_pack_rows_fills_sequences_and_keeps_every_example_once() -> None:
    lengths = [30, 70, 20, 50, 10, 90, 40]
    rows = pack_rows(lengths, max_length=100)
    assert sorted(i for row in rows for i in row) == list(range(7))
    assert all(sum(lengths[i] for i in row) <= 100 for row in rows)
    assert len(rows) == 4  # 310 tokens in 4 rows of 100, where padding would need 7
    assert rows == pack_rows(lengths, 100)


@pytest.mark.parametrize("attention", ["sdpa", "eager"])
def test_packed_logits_equal_the_unpacked_ones(tiny_base: Path, attention: str) -> None:
    """The packed row's logits for each example equal those of the example run alone: no attention
    crosses from one example to another, and positions restart for each."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    model = AutoModelForCausalLM.from_pretrained(tiny_base, attn_implementation=attention).eval()
    examples, _ = encode_examples(tokenizer, toy_conversations(), 1024)
    mask_dtype = torch.bool if attention == "sdpa" else torch.float32
    packed = collate_rows([examples[:3], examples[3:]], tokenizer.pad_token_id, mask_dtype)
    with torch.no_grad():
        logits = model(input_ids=packed["input_ids"], attention_mask=packed["attention_mask"],
                       position_ids=packed["position_ids"]).logits
        rows, at = [[0, 1, 2], [3]], {}
        for r, row in enumerate(rows):
            offset = 0
            for i in row:
                n = len(examples[i]["input_ids"])
                at[i] = (r, offset, n)
                offset += n
        for i, example in enumerate(examples):
            alone = model(input_ids=torch.tensor([example["input_ids"]])).logits[0]
            r, offset, n = at[i]
            assert torch.allclose(logits[r, offset:offset + n], alone, atol=1e-4), i
        # And without the mask the same row would differ: the test can fail.
        leaky = model(input_ids=packed["input_ids"][:1], position_ids=packed["position_ids"][:1]).logits[0]
        r, offset, n = at[1]
        assert not torch.allclose(leaky[offset:offset + n], logits[0, offset:offset + n], atol=1e-3)


def test_packed_labels_mask_each_examples_first_token(tiny_base: Path) -> None:
    from transformers import AutoTokenizer

    from train.chat import IGNORE_INDEX

    tokenizer = AutoTokenizer.from_pretrained(tiny_base)
    examples, _ = encode_examples(tokenizer, toy_conversations(), 1024)
    packed = collate_rows([examples[:2]], tokenizer.pad_token_id)
    n = len(examples[0]["input_ids"])
    assert packed["position_ids"][0, n] == 0 and packed["position_ids"][0, n - 1] == n - 1
    assert packed["labels"][0, n] == IGNORE_INDEX
    answer = [label for e in examples[:2] for label in e["labels"] if label != IGNORE_INDEX]
    assert [int(x) for x in packed["labels"][0] if x != IGNORE_INDEX] == answer  # every answer token still trains


def test_training_with_packing(tiny_base: Path, tmp_path: Path) -> None:
    data = write_jsonl(tmp_path / "train.jsonl", [to_row(c, "messages") for c in toy_conversations(8)])
    config = TrainConfig(data=data, base=str(tiny_base), out=tmp_path / "out", epochs=3, batch_size=2, grad_accum=1,
                         lr=2e-2, warmup_ratio=0.0, max_length=256, packing=True)
    result = train(config, progress=False)
    saved = json.loads((tmp_path / "out" / "train_config.json").read_text())
    assert saved["examples"] == 32 and saved["sequences"] < 32 / 3  # several examples per sequence
    losses = [json.loads(line)["loss"] for line in (tmp_path / "out" / "train_log.jsonl").read_text().splitlines()
              if "loss" in line]
    assert result.steps == len(losses) and losses[-1] < losses[0] - 0.5
    from transformers import AutoTokenizer

    examples, _ = encode_examples(AutoTokenizer.from_pretrained(tiny_base), toy_conversations(8), 256)
    assert result.tokens == 3 * sum(len(e["input_ids"]) for e in examples)  # real tokens only, never padding
