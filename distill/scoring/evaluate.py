"""Precision and recall of each flag on a labelled gold set (`tests/fixtures/scoring_gold.jsonl`).

A gold row holds `question`, `answer`, `source` and `expected_flags` (empty for a good pair).
Every flag but `duplicate` is judged row by row. `duplicate` is judged by the near-duplicate
pass over the rows whose only expected flag, if any, is `duplicate` (the good pairs and their
rephrasings): the other defect rows are single edits of good pairs, near-duplicates of them by
construction, so they are left out of that pass. A near-duplicate row names the row it repeats
in `duplicate_of`, and the pointer is checked too.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from distill.scoring.dedup import DEFAULT_THRESHOLD, Candidate, find_near_duplicates
from distill.scoring.result import DUPLICATE
from distill.scoring.scorer import score_pair


@dataclass
class FlagStats:
    """Counts for one flag over the gold set."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    false_positives: list[object] = field(default_factory=list)  # row ids
    false_negatives: list[object] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def to_json(self) -> dict[str, object]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "false_positives": self.false_positives,
                "false_negatives": self.false_negatives}


@dataclass
class GoldReport:
    """Per-flag figures, the good pairs' scores, and whether duplicates point at the right row."""

    flags: dict[str, FlagStats]
    rows: int
    good_scores: list[float]
    duplicate_pointers_right: int = 0

    def to_json(self) -> dict[str, object]:
        return {"rows": self.rows, "flags": {k: v.to_json() for k, v in sorted(self.flags.items())},
                "good_mean_score": round(sum(self.good_scores) / len(self.good_scores), 1) if self.good_scores else None,
                "duplicate_pointers_right": self.duplicate_pointers_right}


def load_gold(path: str | Path) -> list[dict[str, object]]:
    """The rows of a gold JSONL file."""
    with Path(path).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _count(stats: dict[str, FlagStats], row_id: object, expected: set[str], got: set[str]) -> None:
    for name in expected | got:
        s = stats.setdefault(name, FlagStats())
        if name in expected and name in got:
            s.tp += 1
        elif name in got:
            s.fp += 1
            s.false_positives.append(row_id)
        else:
            s.fn += 1
            s.false_negatives.append(row_id)


def evaluate_gold(rows: Iterable[dict[str, object]], strict: bool = True,
                  dedup_threshold: float | None = DEFAULT_THRESHOLD) -> GoldReport:
    """Score every gold row (with its `evidence` quote, if any) and compare its flags with the
    expected ones; `dedup_threshold` None leaves the near-duplicate pass out (a set whose rows
    are variations of one another on purpose)."""
    rows = list(rows)
    stats: dict[str, FlagStats] = {}
    good_scores: list[float] = []
    pool: list[tuple[float, int, dict[str, object]]] = []
    for i, row in enumerate(rows):
        quote = row.get("evidence")
        result = score_pair(str(row["question"]), str(row["answer"]), str(row["source"]), strict=strict,
                            evidence_quote=str(quote) if quote else None)
        expected = set(row["expected_flags"]) - {DUPLICATE}  # type: ignore[call-overload]
        _count(stats, row.get("id", i), expected, set(result.flag_names) - {DUPLICATE})
        if not row["expected_flags"]:
            good_scores.append(result.total)
        if set(row["expected_flags"]) <= {DUPLICATE}:  # type: ignore[call-overload]
            pool.append((-result.total, i, row))
    if dedup_threshold is None:
        return GoldReport(stats, len(rows), good_scores)
    pool.sort(key=lambda p: p[:2])
    candidates = [Candidate(row.get("id", i), str(row["question"]), str(row["answer"])) for _, i, row in pool]
    found = {d.key: d.kept for d in find_near_duplicates(candidates, dedup_threshold)}
    pointers = 0
    for _, i, row in pool:
        key = row.get("id", i)
        _count(stats, key, {DUPLICATE} & set(row["expected_flags"]),  # type: ignore[call-overload]
               {DUPLICATE} if key in found else set())
        pointers += int(key in found and found[key] == row.get("duplicate_of"))
    return GoldReport(stats, len(rows), good_scores, pointers)
