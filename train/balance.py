"""Skewed labels in classification sets: the label distribution, and two ways to even it out.

A set is a classification set when every reference answer holds labels (a JSON object, a JSON
list, a function call: read with `train.eval.classify`, the parser `distill eval` scores with).
An example's label is its normalised reference (`{"priority": 1}` -> `priority=1`).

- `oversample`: copies of the rarer labels' examples (drawn with the run's seed) until each label
  has as many as the commonest, or `--balance-cap`; nothing is dropped.
- `weights`: each example's answer tokens weigh N / (K * n_label) in the loss (N examples, K
  labels), so every label carries the same total weight and the mean weight stays 1.
"""

from __future__ import annotations

import random
from collections import Counter
from typing import Any

from distill.errors import InputError
from distill.formats import Conversation


def label_of(conversation: Conversation) -> str | None:
    """The normalised label(s) of a reference answer; None when it holds no labels (a QA answer)."""
    from train.eval.classify import LABEL_FIELD, norm, parse_reference

    fields = parse_reference(conversation.reference)
    if fields is None or set(fields) == {LABEL_FIELD}:  # a bare "300" may be a QA answer
        return None
    parts = []
    for name in sorted(fields):
        value = fields[name]
        value = ",".join(sorted(norm(v) for v in value)) if isinstance(value, list) else norm(value)
        parts.append(f"{name}={value}")
    return "; ".join(parts)


def labels(conversations: list[Conversation]) -> list[str] | None:
    """One label per conversation, or None unless every one holds labels."""
    found = [label_of(c) for c in conversations]
    return None if any(label is None for label in found) else [str(label) for label in found]


def distribution(found: list[str]) -> list[tuple[str, int, float]]:
    """(label, count, share), commonest first."""
    counts = Counter(found)
    return [(label, n, n / len(found)) for label, n in counts.most_common()]


def describe(found: list[str]) -> str:
    rows = distribution(found)
    shown = ", ".join(f"{label} {n} ({share:.0%})" for label, n, share in rows[:8])
    more = f", {len(rows) - 8} more" if len(rows) > 8 else ""
    return f"labels in the training set: {shown}{more}"


def oversample(indices_by_label: dict[str, list[int]], cap: int | None, seed: int) -> list[int]:
    """Extra example indices: copies drawn from each label below the target (the commonest count, or `cap`)."""
    target = max(len(v) for v in indices_by_label.values())
    target = min(target, cap) if cap else target
    rng = random.Random(seed)
    extra: list[int] = []
    for label in sorted(indices_by_label):
        members = indices_by_label[label]
        extra += [rng.choice(members) for _ in range(max(0, target - len(members)))]
    return extra


def weights(found: list[str]) -> list[float]:
    """Per-example loss weights N / (K * n_label)."""
    counts = Counter(found)
    return [len(found) / (len(counts) * counts[label]) for label in found]


def balance_examples(examples: list[dict[str, Any]], found: list[str], mode: str, cap: int | None,
                     seed: int) -> list[dict[str, Any]]:
    """The training examples balanced by `mode`; `found[i]` is the label of `examples[i]`."""
    if len(set(found)) < 2:
        raise InputError(None, "--balance needs at least two labels in the training set")
    if mode == "weights":
        return [{**e, "weight": w} for e, w in zip(examples, weights(found))]
    by_label: dict[str, list[int]] = {}
    for i, label in enumerate(found):
        by_label.setdefault(label, []).append(i)
    return examples + [examples[i] for i in oversample(by_label, cap, seed)]


def summary(found: list[str] | None) -> dict[str, int] | None:
    return None if found is None else dict(Counter(found).most_common())



