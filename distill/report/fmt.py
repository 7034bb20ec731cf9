"""How the report's figures are written, shared by every renderer so all formats agree."""

from __future__ import annotations

EMPTY = "-"


def pct(value: float | None, digits: int = 1) -> str:
    """A share as a percentage: 0.3214 -> '32.1%'; None -> '-'."""
    return EMPTY if value is None else f"{value * 100:.{digits}f}%"


def score(value: float | None) -> str:
    """A score or mean score: one decimal; None -> '-'."""
    return EMPTY if value is None else f"{value:.1f}"


def number(value: float | int | None) -> str:
    """A count with thousands separators; a float with one decimal; None -> '-'."""
    if value is None:
        return EMPTY
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}"
    return f"{int(value):,}"


def short(text: str, limit: int = 80) -> str:
    """One line of at most `limit` characters, cut with an ellipsis."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def check_mark(passed: bool | None) -> str:
    return {True: "pass", False: "FAIL", None: "unknown"}[passed]


def bar(count: int, largest: int, width: int = 40) -> str:
    """A text bar proportional to count/largest; any non-zero count shows at least one block."""
    if largest <= 0 or count <= 0:
        return ""
    return "█" * max(1, round(width * count / largest))
