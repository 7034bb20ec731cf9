"""Numeric expressions in Chinese and English text: finding them and normalising their values.

This is the one place that knows what a number looks like. The offline generator uses it to
pick the facts it asks about, the quality scorer to tell a hallucinated number from a
reformatted one ("3万元" where the source says "30000元"), and model evaluation to compare
answers strictly (same surface, unit included) or leniently (same value).

One job per module, each importing only those before it:

- `values`: what a number states (`Quantity`, `Range`, `Date`, `DateRange`, `Time`);
- `characters`: full-width folding and the Chinese numeral characters;
- `units`: units as written, their kinds and canonical spellings, rates;
- `pattern`: the one regular expression that finds numbers, and the pieces that take a match apart;
- `numerals`: the value of a numeral (`parse_number`: "两千五百" -> 2500);
- `classify`: what a match states (kind, value, unit);
- `find`: `find_numbers`, `find_facts` and `NumberMention`;
- `compare`: `same_value`, `same_unit`, `supports`, `compare_numbers`.

The names below are the package's interface; import them from `distill.numbers`.
"""

from __future__ import annotations

from pathlib import Path

from distill.numbers.compare import (
    MentionsOrText,
    NumberDiff,
    compare_numbers,
    same_surface,
    same_unit,
    same_value,
    supports,
    written,
)
from distill.numbers.find import NumberMention, find_facts, find_numbers, surfaces_in, values_in
from distill.numbers.numerals import parse_number
from distill.numbers.values import Date, DateRange, Quantity, Range, Time, Value, value_from_json

#: The package's modules: the scorer's and the offline generator's versions hash their code.
MODULE_FILES: tuple[Path, ...] = tuple(sorted(Path(__file__).resolve().parent.glob("*.py")))

__all__ = [
    "MODULE_FILES",
    "Date",
    "DateRange",
    "MentionsOrText",
    "NumberDiff",
    "NumberMention",
    "Quantity",
    "Range",
    "Time",
    "Value",
    "compare_numbers",
    "find_facts",
    "find_numbers",
    "parse_number",
    "same_surface",
    "same_unit",
    "same_value",
    "supports",
    "surfaces_in",
    "value_from_json",
    "values_in",
    "written",
]
