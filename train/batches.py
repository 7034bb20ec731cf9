"""Tokenised examples -> length-grouped, padded batches.

Batches of similar lengths waste little compute on padding. Shuffling first and sorting only
inside windows of many batches keeps each epoch's order random (as Hugging Face's
LengthGroupedSampler does); the order depends only on (seed, epoch), so a resumed run replays
exactly the batches an interrupted one would have seen.
"""

from __future__ import annotations

import random
from typing import Any

from distill.formats import Conversation
from train.chat import IGNORE_INDEX, encode_for_training

Example = dict[str, list[int]]  # input_ids, labels, attention_mask


def encode_examples(tokenizer: Any, conversations: list[Conversation], max_length: int) -> tuple[list[Example], int]:
    """Encoded examples and how many were dropped because their prompt alone fills max_length."""
    examples, dropped = [], 0
    for conversation in conversations:
        example = encode_for_training(tokenizer, conversation, max_length)
        if all(label == IGNORE_INDEX for label in example["labels"]):
            dropped += 1
        else:
            examples.append(example)
    return examples, dropped


def length_grouped_batches(lengths: list[int], batch_size: int, seed: int, epoch: int,
                           mega_batches: int = 50) -> list[list[int]]:
    """Example indices in batches of similar lengths, in an order fixed by (seed, epoch)."""
    rng = random.Random(seed * 100_003 + epoch)
    order = list(range(len(lengths)))
    rng.shuffle(order)
    window = batch_size * mega_batches
    batches: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start:start + window], key=lambda i: lengths[i], reverse=True)
        batches += [chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size)]
    rng.shuffle(batches)
    # The longest batch goes first, so running out of memory happens at step 1, not hours in.
    longest = max(range(len(batches)), key=lambda b: max(lengths[i] for i in batches[b]))
    batches.insert(0, batches.pop(longest))
    return batches


def collate(examples: list[Example], pad_id: int) -> dict[str, Any]:
    """Right-padded tensors; padding gets attention 0 and label -100, so it neither attends nor counts."""
    import torch

    width = max(len(e["input_ids"]) for e in examples)

    def pad(key: str, value: int) -> "torch.Tensor":
        return torch.tensor([e[key] + [value] * (width - len(e[key])) for e in examples], dtype=torch.long)

    return {"input_ids": pad("input_ids", pad_id), "labels": pad("labels", IGNORE_INDEX),
            "attention_mask": pad("attention_mask", 0)}
