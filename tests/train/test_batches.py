"""Length-grouped batching: every example once per epoch, similar lengths together, order fixed by (seed, epoch)."""

from __future__ import annotations

import random

from train.batches import length_grouped_batches


def padding(batches: list[list[int]], lengths: list[int]) -> int:
    return sum(max(lengths[i] for i in b) * len(b) - sum(lengths[i] for i in b) for b in batches)


def test_length_grouped_batches() -> None:
    rng = random.Random(0)
    lengths = [rng.randint(20, 1000) for _ in range(1000)]
    batches = length_grouped_batches(lengths, batch_size=4, seed=1, epoch=0)
    assert sorted(i for b in batches for i in b) == list(range(1000))
    assert max(lengths[i] for i in batches[0]) == max(lengths)  # an out-of-memory error shows at step 1
    order = list(range(1000))
    rng.shuffle(order)
    plain = [order[i:i + 4] for i in range(0, 1000, 4)]
    assert padding(batches, lengths) < padding(plain, lengths) / 5
    assert batches == length_grouped_batches(lengths, 4, seed=1, epoch=0)  # what resume relies on
    assert batches != length_grouped_batches(lengths, 4, seed=1, epoch=1)
