"""One figure of a benchmark report, as a JSON-ready dict: a rate (hits out of a total) or a mean.

Every figure carries its own label and direction, so a report read back from JSON (for
`--compare`) renders and compares without knowing which task produced it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Metric = dict[str, Any]


def rate(hits: int, total: int, label: str, lower_is_better: bool = False) -> Metric:
    """hits / total (None when total is 0)."""
    return {"label": label, "kind": "rate", "value": hits / total if total else None, "hits": hits, "total": total,
            "lower_is_better": lower_is_better}


def mean(values: Sequence[float], label: str, lower_is_better: bool = False) -> Metric:
    """The mean of values (None when there are none)."""
    return {"label": label, "kind": "mean", "value": sum(values) / len(values) if values else None,
            "total": len(values), "lower_is_better": lower_is_better}


def ratio(part: int | None, whole: int | None) -> float | None:
    return part / whole if whole and part is not None else None
