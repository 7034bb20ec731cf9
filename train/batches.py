"""Tokenised examples -> length-grouped batches of rows, padded or packed.

A row is one example (padded mode) or several examples packed end to end (`--packing`): short
QA pairs then fill a sequence instead of padding. A packed row never lets one example attend to
another: position ids restart at 0 for each example, and the attention mask is block-diagonal
causal (one block per example), the same attention the example gets alone. Flash-attention
models take the position ids only (their varlen kernels find the examples from the restarts).

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

Example = dict[str, Any]  # input_ids, labels, attention_mask (lists of ints); optional "weight" (float)


def encode_examples(tokenizer: Any, conversations: list[Conversation], max_length: int) -> tuple[list[Example], int]:
    """Encoded examples (each with the `index` of its conversation) and how many were dropped because
    their prompt alone fills max_length."""
    examples, dropped = [], 0
    for index, conversation in enumerate(conversations):
        example = encode_for_training(tokenizer, conversation, max_length)
        if all(label == IGNORE_INDEX for label in example["labels"]):
            dropped += 1
        else:
            examples.append({**example, "index": index})  # which conversation it came from
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


def pack_rows(lengths: list[int], max_length: int) -> list[list[int]]:
    """Example indices packed into rows of at most max_length tokens (first-fit decreasing; deterministic)."""
    rows: list[list[int]] = []
    room: list[int] = []
    for i in sorted(range(len(lengths)), key=lambda i: (-lengths[i], i)):
        slot = next((r for r, free in enumerate(room) if free >= lengths[i]), None)
        if slot is None:
            rows.append([i])
            room.append(max_length - lengths[i])
        else:
            rows[slot].append(i)
            room[slot] -= lengths[i]
    return rows


def collate_rows(rows: list[list[Example]], pad_id: int, mask_dtype: Any = None,
                 four_d: bool = True) -> dict[str, Any]:
    """Tensors for rows of one or more examples each; with several, per-example positions and attention.

    Returns input_ids, labels, loss_weight, and either attention_mask (2D, rows of one example)
    or position_ids plus a 4D additive mask (packed rows; `four_d=False` leaves the mask out, for
    flash-attention's varlen path).
    """
    import torch

    if all(len(row) == 1 for row in rows):
        batch = collate([row[0] for row in rows], pad_id)
        batch["loss_weight"] = _weights(rows, batch["labels"].shape[1])
        return batch
    width = max(sum(len(e["input_ids"]) for e in row) for row in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long)
    positions = torch.zeros((len(rows), width), dtype=torch.long)
    segments = torch.zeros((len(rows), width), dtype=torch.long)  # 0: padding; k: the k-th example
    for r, row in enumerate(rows):
        at = 0
        for k, example in enumerate(row, 1):
            n = len(example["input_ids"])
            ids[r, at:at + n] = torch.tensor(example["input_ids"])
            labels[r, at:at + n] = torch.tensor(example["labels"])
            labels[r, at] = IGNORE_INDEX  # never predict an example's first token from the one before it
            positions[r, at:at + n] = torch.arange(n)
            segments[r, at:at + n] = k
            at += n
    batch = {"input_ids": ids, "labels": labels, "position_ids": positions,
             "loss_weight": _weights(rows, width), "real_tokens": int((segments > 0).sum())}
    if four_d:
        batch["attention_mask"] = block_causal_mask(segments, mask_dtype or torch.float32)
    return batch


def block_causal_mask(segments: Any, dtype: Any) -> Any:
    """(batch, 1, L, L) mask where query q may see key k only within its example (k <= q).

    `dtype` torch.bool gives True = attend (SDPA); a float dtype gives an additive mask, 0 or the
    dtype's minimum (eager attention adds it to the scores).
    """
    import torch

    width = segments.shape[1]
    causal = torch.ones(width, width, dtype=torch.bool).tril()
    same = segments[:, :, None] == segments[:, None, :]
    allowed = same & causal & (segments[:, None, :] > 0)
    allowed |= torch.eye(width, dtype=torch.bool)  # padding rows see themselves: no all-masked softmax
    if dtype == torch.bool:
        return allowed[:, None]
    mask = torch.zeros(allowed.shape, dtype=dtype)
    return mask.masked_fill(~allowed, torch.finfo(dtype).min)[:, None]


def _weights(rows: list[list[Example]], width: int) -> Any:
    """Per-token loss weights: each example's `weight` (1.0 without --balance weights) over its tokens."""
    import torch

    weights = torch.ones(len(rows), width)
    for r, row in enumerate(rows):
        at = 0
        for example in row:
            n = len(example["input_ids"])
            weights[r, at:at + n] = float(example.get("weight", 1.0))
            at += n
    return weights
