"""Comparing numbers: the same value, the same surface, and how one number backs another.

`same_value` is the lenient test: same value and unit, a dropped unit ("30000" for "30000元") or
a dropped rate ("700元" for "700元/晚") allowed, a different rate not. Strict comparison
(`supports` -> "exact") holds to `written`: the number and its unit as written, less a rate after
a slash, since the rate's spelling is wording, not the number's format. So "每晚700元" and
"700元/晚" match exactly, "每晚七百元" for "700元/晚" is a format change ("value"). Only whole
numbers back a value: an end of a range ("20000元" of "8000元至20000元"), a part of a date
("3月1日" of "2026年3月1日"), never digits inside another number ("2万元" has the value of that
range's end, but "2" of "20000" is not its surface: "value", not "exact").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Union

from distill.numbers.find import NumberMention, find_facts
from distill.numbers.numerals import split_multiplier
from distill.numbers.pattern import (
    EN_NUMBER_WORD, EN_NUMBER_WORDS, NUM_UNIT_RE, NUMERAL_EDGE, RANGE_SPLIT, RATE_SEGMENT, SURFACE_EN_RANGE_SPLIT,
)
from distill.numbers.units import UNITS
from distill.numbers.values import Date, DateRange, Quantity, Range


def same_value(a: NumberMention, b: NumberMention) -> bool:
    """Same value: 30000元 ~ 3万元 ~ 三万元, 30日 ~ 三十日, 8% ~ 百分之八, 每晚700元 ~ 700元/晚.
    A dropped unit ("30000" for "30000元") or a dropped rate, whole or in part ("700元" or
    "每天300元" for "300元/人/天") still counts as the same value; two rates that differ
    ("300元/月" for "300元/天") do not."""
    if a.value != b.value:
        return False
    return a.unit == b.unit or a.kind == "plain" or b.kind == "plain" or _units_agree(a.unit, b.unit)


def _units_agree(u: str, v: str) -> bool:
    """Same base unit, and the rates of one are all rates of the other: "元" ~ "元/晚",
    "元/天" ~ "元/人/天", "元/月" vs "元/天" not."""
    if "/" not in u and "/" not in v:
        return False  # different units and no rate at all
    base_u, _, rate_u = u.partition("/")
    base_v, _, rate_v = v.partition("/")
    if base_u != base_v:
        return False
    ru, rv = set(rate_u.split("/")) - {""}, set(rate_v.split("/")) - {""}
    return ru <= rv or rv <= ru


def same_surface(a: NumberMention, b: NumberMention) -> bool:
    """Written the same way, unit included (spaces, full-width digits, 1,000-commas aside)."""
    return a.surface == b.surface


def written(m: NumberMention) -> str:
    """The number and unit as written, which strict comparison holds to: the surface less a
    rate after a slash ("700元/晚" -> "700元"), since a rate may as well be put in words
    ("每晚700元", whose span is "700元"); an English unit word in one form ("29-minute",
    "29 minutes" -> "29minute"; "300 lbs" -> "300pound"), its grammar or abbreviation being the
    sentence's, not the number's format; and
    a range's "to" as "-" ("70 to 79" is "70-79") and its unit once ("60周岁至69周岁" is "60至69周岁");
    an hour's 点 as 时; an English number spelled out as its digits ("five business days" is "5
    business days": English style spells small numbers out, no figure rewritten)."""
    s = m.surface
    spelled = EN_NUMBER_WORD.match(s)
    if spelled:
        s = f"{EN_NUMBER_WORDS[spelled.group().lower()]}{s[spelled.end():]}"
    s = RATE_SEGMENT.sub("", s) if "/" in m.unit and "/" in s else s
    canonical = UNITS.get(m.raw_unit, ("", ""))[1]
    if canonical and canonical != m.raw_unit and s.endswith(m.raw_unit) and m.kind in ("count", "duration"):
        s = s[:-len(m.raw_unit)] + canonical  # "2名" is "2人", "30日" "30天": one counter, two words for it
    if isinstance(m.value, Range):  # "70 to 79", "70–79", "70至79": one range, one way
        s = _SHARED_UNIT.sub(r"\1-\3\2", _RANGE_WORD.sub("-", s))  # "60周岁至69周岁" as "60至69周岁"
    elif m.kind == "time":
        # "早上8点" and "8时" are one hour (a morning's digits are its hour; an afternoon's are not)
        s = s.replace("点", "时").removeprefix("上午").removeprefix("早上").removeprefix("凌晨")
    return _EN_UNIT_WORD.sub(_one_form, s) if s[-1:].isalpha() and s[-1:].isascii() else s


_DIGIT_TEXT = re.compile(r"\d+(?:\.\d+)?")
_SHARED_UNIT = re.compile(r"^(\D*[\d.,]+[万千百亿]?)([^\d\-]+)-(\D*[\d.,]+[万千百亿]?)\2$")
_RANGE_WORD = re.compile(r"(?:to|and|至|到|~|～|–|—)(?=[\d$¥])")


# A number's English unit word at its end, after a hyphen or nothing (a surface has no spaces):
# "5-hour", "3days".
_EN_UNIT_WORD = re.compile(r"(?<=\d)-?([A-Za-z]{2,}?)s?$")


# An English unit's abbreviation is its word written short ("300 lbs" is "300 pounds"), no other
# format of the number.
_EN_UNIT_SHORT = {"lb": "pound", "kg": "kilogram", "km": "kilometer", "kilometre": "kilometer", "mi": "mile",
                  "min": "minute", "hr": "hour", "sec": "second", "ft": "foot", "feet": "foot", "oz": "ounce",
                  "yr": "year", "wk": "week", "gal": "gallon", "metre": "meter", "litre": "liter"}


def _one_form(m: re.Match[str]) -> str:
    word = m.group(1).lower()
    return _EN_UNIT_SHORT.get(word, word)


def same_unit(a: NumberMention, b: NumberMention) -> bool:
    """Whether two numbers have one unit, a rate aside ("元" and "元/晚")."""
    return a.unit.split("/")[0] == b.unit.split("/")[0]


def supports(ref: NumberMention, cand: NumberMention, *, unit_from_context: bool = False) -> str | None:
    """How `ref` backs `cand`: "exact" (same value, number and unit written the same way, or
    cand written as a whole part of ref, e.g. "20万元" of "5万元至20万元", "3月1日" of
    "2026年3月1日"), "value" (same value written differently), or None.

    Only whole numbers count: "2万元" is no part of "8000元至20000元" as written (its value
    is an end of the range, so it is backed by value), nor "1日" of "2026年3月11日".

    `unit_from_context`: ref is a source's number whose unit may lie in its context (a
    table's header: "| 经理 | 450 |"), so cand may write that unit out with the same digits
    ("450元"). A model's output is no such source: a unit it drops is another writing."""
    if same_value(ref, cand):
        ref_written, cand_written = written(ref), written(cand)
        same = ref_written == cand_written or (unit_from_context and ref.kind == "plain" and cand.kind != "plain"
                                               and _DIGIT_TEXT.findall(ref_written) == _DIGIT_TEXT.findall(cand_written))
        return "exact" if same else "value"
    if not _part_of(ref, cand):
        return None
    return "exact" if _written_as_part(ref, cand) else "value"


def _part_of(ref: NumberMention, cand: NumberMention) -> bool:
    """cand's value is an end of ref's range, or a date ref states more precisely."""
    if cand.kind == "date" and ref.kind == "date":
        dates = ref.value.ends if isinstance(ref.value, DateRange) else (ref.value,)
        return isinstance(cand.value, Date) and any(isinstance(d, Date) and cand.value.is_part_of(d) for d in dates)
    if ref.kind in ("date", "time") or not isinstance(ref.value, Range) or not isinstance(cand.value, Quantity):
        return False
    units_ok = ref.unit == cand.unit or cand.kind == "plain" or _units_agree(ref.unit, cand.unit)
    return units_ok and ref.value.has_end(cand.value)


def _written_as_part(ref: NumberMention, cand: NumberMention) -> bool:
    """Whether cand, as written, is written in ref: one end of a range (an end that leaves the
    unit to the other, "5万" of "5万至20万元", borrows it: "5万元"), or a date's part."""
    if ref.kind == "date":
        # A date part ends in 年/月/日 itself ("2026年3月" of "2026年3月1日"); only digits must
        # not run on at either end ("1日" is no part of "11日", "2026-03" of "2026-031").
        after = r"(?!\d)" if cand.surface[-1:].isdigit() else ""
        return re.search(rf"(?<!{NUMERAL_EDGE}){re.escape(cand.surface)}{after}", ref.surface) is not None
    ends = _range_ends(written(ref))
    cw = written(cand)
    return isinstance(ref.value, Range) and any(end == cw and value == cand.value
                                                for end, value in zip(ends, ref.value.ends))


@lru_cache(maxsize=4096)
def _range_ends(text: str) -> tuple[str, ...]:
    """The two ends of a range as written, the first completed with the unit it leaves to the
    second: "5万至20万元" -> ("5万元", "20万元"), "3-5万元" -> ("3万元", "5万元")."""
    parts = RANGE_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2:
        parts = SURFACE_EN_RANGE_SPLIT.split(text, maxsplit=1)  # "$5000to$50000"
    if len(parts) != 2:
        return ()
    first, second = parts
    first_tail, second_tail = _unit_tail(first), _unit_tail(second)
    if first_tail is not None and second_tail is not None and second_tail.startswith(first_tail):
        first += second_tail[len(first_tail):]
    return first, second


def _unit_tail(side: str) -> str | None:
    """What follows a range end's numeral, multiplier included: "20万元" -> "万元", "5" -> ""."""
    m = NUM_UNIT_RE.fullmatch(side)
    if not m:
        return None
    head, _ = split_multiplier(m["num"].replace(" ", ""))
    return side[m.start("num") + len(head):] if m["num"].startswith(head) else None


@dataclass(frozen=True)
class NumberDiff:
    """How the numbers of a candidate (an answer) relate to those of a reference (a source)."""

    exact: tuple[NumberMention, ...]
    reformatted: tuple[tuple[NumberMention, NumberMention], ...]  # (candidate, reference)
    unsupported: tuple[NumberMention, ...]  # candidate values the reference does not hold
    missing: tuple[NumberMention, ...]  # reference facts no candidate number stands for

    @property
    def strict_ok(self) -> bool:
        """Every reference number present, written exactly as in the reference; nothing made up."""
        return not (self.reformatted or self.unsupported or self.missing)

    @property
    def lenient_ok(self) -> bool:
        """Every reference value present, however written; nothing made up."""
        return not (self.unsupported or self.missing)


MentionsOrText = Union[str, Sequence[NumberMention]]


def compare_numbers(reference: MentionsOrText, candidate: MentionsOrText, *, unit_from_context: bool = False) -> NumberDiff:
    """Sort the candidate's facts into exact, reformatted and unsupported against the
    reference's, and list the reference facts the candidate lacks. Ordinals are ignored;
    `unit_from_context` as for `supports`."""
    refs = find_facts(reference) if isinstance(reference, str) else [m for m in reference if m.is_fact]
    cands = find_facts(candidate) if isinstance(candidate, str) else [m for m in candidate if m.is_fact]
    exact: list[NumberMention] = []
    reformatted: list[tuple[NumberMention, NumberMention]] = []
    unsupported: list[NumberMention] = []
    for c in cands:
        verdicts = [(supports(r, c, unit_from_context=unit_from_context), r) for r in refs]
        hit = next((r for v, r in verdicts if v == "exact"), None)
        if hit is not None:
            exact.append(c)
            continue
        near = next((r for v, r in verdicts if v == "value"), None)
        if near is not None:
            reformatted.append((c, near))
        else:
            unsupported.append(c)
    missing = [r for r in refs if not any(supports(r, c) or supports(c, r) for c in cands)]
    return NumberDiff(tuple(exact), tuple(reformatted), tuple(unsupported), tuple(missing))
