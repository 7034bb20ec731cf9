"""Finding the numbers of a text: `find_numbers`, `find_facts` and the `NumberMention` they give.

`find_numbers` runs one compiled regular expression (`pattern`) over the text (full-width digits
folded first, which keeps every offset) and turns each match into a `NumberMention`:

- `text`/`start`/`end`: the surface exactly as written and its span;
- `kind`: amount, percent, date, time, duration, count, measure, ratio, ordinal or plain;
- `value`: what it states (`values`): `Quantity(30000.0)` for 三万元, a `Range` for 5万元至20万元,
  a `Date` (missing parts None, marker "" or e.g. "次年"), a `DateRange`, a `Time`;
- `unit`: the canonical unit ("元", "%", "天", "个工作日"...), `raw_unit` the unit as written
  with its multiplier ("万元", "日");
- `qualifier`: a bound around the number (不超过, 以上, 以内...), never part of the span.

Ordinals and list markers (第一条, 第3章, 一、, （二）) are found too, with kind "ordinal", so
that nothing else mistakes them for facts; `find_facts` leaves them out. Question words and
determiners state no number and yield no mention: 哪一天, 某一年, 每一次, 几十元, 多少天,
百分之多少, 几月几日 (the offline generator's interrogatives among them); "每一万元" does.

Rates. A compound unit may be written after a slash ("700元/晚", "300元/人/天", "0.8元/公里")
or in words before the number ("每晚700元", "每人每天不超过300元", "每公里0.8元"; only right
before it or before a bound such as 不超过, never across other wording). Both give one `unit`
("元/晚", "元/人/天", "元/公里"; 日 is 天, 人天 is 人/天, 千米 is 公里), hence one `key`, while the
span of "每晚700元" stays "700元" (`raw_unit` "元"), so that a question may put "多少元" in
its place. Percentages and numbers without a written unit ("每晚¥700") take no rate in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from distill.numbers.characters import fold_number_forms
from distill.numbers.classify import classify
from distill.numbers.pattern import (
    APPROX,
    EN_DEGREE_WORDS,
    EN_NUMBER_WORDS,
    EN_WORD_NUMBER,
    PATTERN,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    SINGLE,
    THOUSANDS,
    WORD_RATE,
    WORD_RATE_PART,
    WS,
)
from distill.numbers.units import RATE_KINDS, canonical_rate
from distill.numbers.values import Quantity, Value


@dataclass(frozen=True)
class NumberMention:
    """One numeric expression found in a text."""

    text: str
    start: int
    end: int
    kind: str
    value: Value
    unit: str
    raw_unit: str
    qualifier: str = ""

    @property
    def key(self) -> tuple[str, Value]:
        """Identity of the value (unit and normalised value) for lenient comparison."""
        return (self.unit, self.value)

    @property
    def surface(self) -> str:
        """The surface for strict comparison: digits folded, spaces and 1,000-commas removed."""
        return _normalise_surface(self.text)

    @property
    def is_fact(self) -> bool:
        """False for ordinals and list markers (第一条, 第3章, （二）), which state nothing."""
        return self.kind != "ordinal"


def find_numbers(text: str) -> list[NumberMention]:
    """Every numeric expression in `text`, in order, never overlapping; the longest reading
    wins (a range over its two ends, a date over its parts). Ordinals included."""
    found = _scan(fold_number_forms(text), PATTERN, text)
    if _LATIN.search(text) is None:  # number words and ages are English: Chinese text skips both passes
        return found
    words = [w for w in map(_word_number, EN_WORD_NUMBER.finditer(text)) if w is not None
             and not any(f.start < w.end and w.start < f.end for f in found)]
    found = sorted(found + words, key=lambda f: f.start) if words else found
    return [_as_age(text, f) if f.kind == "plain" else f for f in found]


_LATIN = re.compile(r"[A-Za-z]")


# A person's bare number is their age: "I'm 17.", "My son is 14,", "she turns 65".
_AGE_BEFORE = re.compile(r"(?:\b(?:I'm|I am|I'll be|he's|she's|(?:son|daughter|child|kid|boy|girl|mother|father|mum|mom|dad"
                         r"|wife|husband|grandmother|grandfather|grandma|grandpa|brother|sister)(?: is| will be)"
                         r"|turns?|turning|turned)[ \t]+)$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"(?![ \t]*[%$])")  # (a unit after it would have made it no bare number)


def _as_age(text: str, m: NumberMention) -> NumberMention:
    if (isinstance(m.value, Quantity) and _AGE_BEFORE.search(text, max(0, m.start - 24), m.start)
            and _AGE_AFTER.match(text, m.end)):
        return NumberMention(m.text, m.start, m.end, "measure", m.value, "岁", "", m.qualifier)
    return m


def _word_number(m: re.Match[str]) -> NumberMention | None:
    """An English number in words: "three weeks" as 3 weeks, the bare "two" of "two shelves"."""
    n = EN_NUMBER_WORDS[m["word"].lower()]
    if not m["unit"]:
        return NumberMention(m.group(), m.start(), m.end(), "plain", Quantity(float(n)), "", "")
    reading = classify(f"{n}{m['sep']}{m['unit']}", "en")
    if reading is None:
        return None
    kind, value, unit, raw_unit = reading
    return NumberMention(m.group(), m.start(), m.end(), kind, value, unit, raw_unit)


def find_facts(text: str) -> list[NumberMention]:
    """The numbers that state something: `find_numbers` without ordinals and list markers."""
    return [m for m in find_numbers(text) if m.kind != "ordinal"]


def values_in(text: str) -> set[tuple[str, Value]]:
    """The value keys of the facts in `text`."""
    return {m.key for m in find_facts(text)}


def surfaces_in(text: str) -> set[str]:
    """The normalised surfaces of the facts in `text`."""
    return {m.surface for m in find_facts(text)}


_EN_AND = re.compile(r"(?<=\d)[ \t]+and[ \t]+(?=[$\d])")
_DEGREE = re.compile(rf"(?<=\d)[ \t]+(?:{EN_DEGREE_WORDS})(?=[ \t])", re.IGNORECASE)


@lru_cache(maxsize=8192)  # asked of the same source facts by every pair of a chunk; surfaces recur
def _normalise_surface(text: str) -> str:
    # "8 additional days" writes the number 8 days as the source's "8 days" does; "between 670
    # and 739" writes the range "670 to 739" does.
    return THOUSANDS.sub("", WS.sub("", fold_number_forms(_EN_AND.sub(" to ", _DEGREE.sub("", text)))))


def _scan(folded: str, pattern: re.Pattern, text: str) -> list[NumberMention]:
    found: list[NumberMention] = []
    for m in pattern.finditer(folded):
        found.extend(_mention(text, folded, m, m.lastgroup or ""))
    return found


def _mention(text: str, folded: str, m: re.Match, kind_hint: str) -> list[NumberMention]:
    start, end = m.span()
    matched = folded[start:end]
    result = classify(matched, kind_hint)
    if result is None:
        if kind_hint in ("range", "drange", "enrange"):
            # Not one range after all ("300元至五日"): look at the span for single numbers.
            return [_shift(x, start, text) for x in _scan(folded[start:end], SINGLE, text[start:end])]
        return []
    kind, value, unit, raw_unit = result
    if kind in RATE_KINDS and raw_unit and "/" not in unit:  # a unit written after the number
        rate = _word_rate(folded, start)
        if rate:  # "每晚700元" states 700元/晚: the same key, though the span stays "700元"
            unit = f"{unit}/{rate}"
    # A list marker's span keeps no indentation.
    lead = len(matched) - len(matched.lstrip(" \t"))
    start += lead
    qualifier = _qualifier(folded, start, end)
    if APPROX.search(matched):  # "3000余元", "三千多元": an approximate amount
        qualifier = f"{qualifier}…约" if qualifier else "约"
    return [NumberMention(text[start:end], start, end, kind, value, unit, raw_unit, qualifier)]


def _word_rate(folded: str, start: int) -> str:
    """The canonical rate stated in words before the number at `start` ("每晚" -> "晚"), or ""."""
    bound = QUALIFIER_BEFORE.search(folded, max(0, start - 3), start)
    end = bound.start() if bound else start
    m = WORD_RATE.search(folded, max(0, end - 12), end)
    return canonical_rate(WORD_RATE_PART.findall(m.group())) if m else ""


def _qualifier(folded: str, start: int, end: int) -> str:
    before_m = QUALIFIER_BEFORE.search(folded, max(0, start - 3), start)
    before = before_m.group() if before_m else ""
    after_m = QUALIFIER_AFTER.match(folded, end)
    after = after_m.group() if after_m else ""
    return f"{before}…{after}" if before and after else before or after


def _shift(m: NumberMention, offset: int, text: str) -> NumberMention:
    s, e = m.start + offset, m.end + offset
    return NumberMention(text[s:e], s, e, m.kind, m.value, m.unit, m.raw_unit, m.qualifier)
