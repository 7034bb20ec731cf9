"""What a number states, whatever its surface: one small immutable type per shape of value.

A mention's `value` is one of these; "三万元" and "30000元" both hold `Quantity(30000.0)`, which
is what lenient comparison and the value keys (`NumberMention.key`) rest on.

- `Quantity`: one number: an amount, a percentage, a duration, a count, a measure, a ratio, a
  plain number, an ordinal's number (三万元 -> Quantity(30000.0), 第3章 -> Quantity(3.0));
- `Range`: two numbers (5万元至20万元 -> Range(50000.0, 200000.0));
- `Date`: year, month and day, None where not written, and a marker, "" or a word the date is
  relative to (次年1月31日 -> Date(None, 1, 31, "次年"));
- `DateRange`: two dates (3月1日至31日 -> DateRange(Date(None, 3, 1), Date(None, 3, 31)));
- `Time`: hour and minute (17:30 -> Time(17, 30)).

Values are hashable (they are dict keys and set members throughout the scorer) and equal exactly
when the tuples and floats they replaced were, one overlap included: a time equals the range of
its two numbers (Time(9, 30) == Range(9.0, 30.0)), as (9, 30) == (9.0, 30.0) did; scores rest on
that equality, so it stays until a rule change decides otherwise.

`to_json` and `value_from_json` give the stored form (the near-duplicate signatures keep the
question's numbers): numbers and arrays, the very JSON the tuples made, so that stored signatures
still compare equal to new ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Union


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number, without its unit (the mention keeps that): 三万元 -> Quantity(30000.0)."""

    number: float

    @property
    def numbers(self) -> tuple[float, ...]:
        """The numbers the value is made of: this one."""
        return (self.number,)

    def to_json(self) -> float:
        return self.number


@dataclass(frozen=True, slots=True)
class Range:
    """Two numbers, as written (low first): 5万元至20万元 -> Range(50000.0, 200000.0)."""

    low: float
    high: float

    @property
    def ends(self) -> tuple[Quantity, Quantity]:
        """Each end as a value of its own: what "20万元" of "5万元至20万元" states."""
        return Quantity(self.low), Quantity(self.high)

    @property
    def numbers(self) -> tuple[float, ...]:
        """The numbers the value is made of: its two ends."""
        return (self.low, self.high)

    def has_end(self, q: Quantity) -> bool:
        """Whether `q` is one of the two ends (not merely a number between them)."""
        return q.number == self.low or q.number == self.high

    def to_json(self) -> list[float]:
        return [self.low, self.high]


@dataclass(frozen=True, slots=True)
class Date:
    """A date as far as it is written: 2026年3月 -> Date(2026, 3, None); 每月5日 -> Date(None,
    None, 5, "每月"). The marker is "" or the word the date is relative to (次年, 每年, 当月...)."""

    year: int | None
    month: int | None
    day: int | None
    marker: str = ""

    @property
    def parts(self) -> tuple[int | None, int | None, int | None]:
        """(year, month, day), None where not written."""
        return (self.year, self.month, self.day)

    @property
    def numbers(self) -> tuple[int, ...]:
        """The numbers the value is made of: the parts that are written."""
        return tuple(p for p in self.parts if p is not None)

    def is_part_of(self, full: Date) -> bool:
        """Whether this date states part of `full` and nothing else: "3月1日" of "2026年3月1日",
        "2026年" of it, but not "3月2日", nor "次年3月" of "3月" (another marker)."""
        if self.marker and self.marker != full.marker:
            return False
        return any(p is not None for p in self.parts) and all(
            p is None or p == f for p, f in zip(self.parts, full.parts))

    def to_json(self) -> list[int | str | None]:
        return [self.year, self.month, self.day, self.marker]


@dataclass(frozen=True, slots=True)
class DateRange:
    """Two dates: 3月1日至31日 -> DateRange(Date(None, 3, 1), Date(None, 3, 31)) (the second
    takes the year and month it leaves out from the first)."""

    first: Date
    last: Date

    @property
    def ends(self) -> tuple[Date, Date]:
        return (self.first, self.last)

    @property
    def numbers(self) -> tuple[int, ...]:
        """The numbers the value is made of: none, it is made of two dates."""
        return ()

    def to_json(self) -> list[list[int | str | None]]:
        return [self.first.to_json(), self.last.to_json()]


@dataclass(frozen=True, slots=True, eq=False)
class Time:
    """A time of day: 17:30 -> Time(17, 30), 21时 -> Time(21, 0)."""

    hour: int
    minute: int

    @property
    def numbers(self) -> tuple[int, ...]:
        """The numbers the value is made of: hour and minute."""
        return (self.hour, self.minute)

    def to_json(self) -> list[int]:
        return [self.hour, self.minute]

    # Equal to the range of the same two numbers, as the tuples were (see the module docstring).
    def __eq__(self, other: object) -> bool:
        if isinstance(other, (Time, Range)):
            return self.numbers == other.numbers
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self.numbers)  # hash((9, 30)) == hash((9.0, 30.0)): a Range's hash


Value = Union[Quantity, Range, Date, DateRange, Time]


def value_from_json(kind: str, data: Any) -> Value:
    """The value a mention of `kind` stored as `data` (`to_json`)."""
    if kind == "time":
        return Time(*data)
    if kind == "date":
        return DateRange(Date(*data[0]), Date(*data[1])) if isinstance(data[0], list) else Date(*data)
    return Range(*data) if isinstance(data, list) else Quantity(data)
