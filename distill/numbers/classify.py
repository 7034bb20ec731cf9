"""Reading a match: what the number found states, as a kind, a value and a unit.

The pattern's alternative that matched says how to read it ("qty", "range", "date", ...); the
reading gives the kind (amount, percent, date, time, duration, count, measure, ratio, ordinal or
plain), the value (`values`), the canonical unit and the unit as written with its multiplier
("万元"). None where the match turns out to state no number ("13月" alone, "300元至五日" as one
range).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from distill.numbers.numerals import integer_value, numeral_value, split_multiplier
from distill.numbers.pattern import DATE_RE, EN_DEGREE_WORDS, EN_RANGE_SPLIT, NUM_UNIT_RE, ORD_NUMBER, ORD_UNIT_END, RANGE_SPLIT, YMD
from distill.numbers.units import (
    CURRENCY_PREFIX, EN_MULT, EN_UNITS, HALF_UNITS, PERCENT_PREFIX_UNITS, UNITS, canonical_rate,
)
from distill.numbers.values import Date, DateRange, Quantity, Range, Time, Value


class Reading(NamedTuple):
    """What a match states."""

    kind: str
    value: Value
    unit: str  # canonical ("元", "天", "元/人/天")
    raw_unit: str  # as written, with its multiplier ("万元", "日")


class _Scalar(NamedTuple):
    """The reading of one number, its value still a plain float (a range's end, say)."""

    kind: str
    number: float
    unit: str
    raw_unit: str

    def reading(self) -> Reading:
        return Reading(self.kind, Quantity(self.number), self.unit, self.raw_unit)


@lru_cache(maxsize=8192)  # a pure function of the match; amounts and dates recur across texts
def classify(matched: str, kind_hint: str) -> Reading | None:
    """The reading of `matched`, which the pattern's alternative `kind_hint` matched."""
    if kind_hint in ("qty", "cur", "plain", "pct"):
        if kind_hint == "cur" or (kind_hint == "plain" and matched[:1].isdigit()):
            return _as_reading(_english_quantity(matched))
        q = _quantity(matched)
        # A lone "13月" is no date; months are only read as a range's unit ("1-3月").
        return None if q is None or q.kind == "date" else q.reading()
    if kind_hint == "en":
        return _as_reading(_english_quantity(matched))
    if kind_hint == "date":
        d = _date_value(matched)
        return None if d is None else Reading("date", d, "", "")
    if kind_hint == "iso":
        return Reading("date", _iso_value(matched), "", "")
    if kind_hint == "drange":
        dr = _date_range(matched)
        return None if dr is None else Reading("date", dr, "", "")
    if kind_hint == "endate":
        d = _english_date(matched)
        return None if d is None else Reading("date", d, "", "")
    if kind_hint == "time":
        return Reading("time", _time(matched), "", "")
    if kind_hint == "range":
        return _range_value(matched)
    if kind_hint == "enrange":
        return _english_range(matched)
    ov = _ordinal_value(matched)
    return None if ov is None else Reading("ordinal", Quantity(ov[0]), ov[1], ov[1])


_MERIDIEM = re.compile(r"[ \t]?([aApP])\.?[mM]\.?$")


_DIAN = re.compile(r"(上午|早上|早晨|凌晨|中午|下午|晚上|傍晚|夜间|今晚|明晚|昨晚|今早|明早)?[ \t]?(\d{1,2})点(?:(半)|(\d{1,2})分|整)?")
_AFTERNOON = ("下午", "晚上", "傍晚", "夜间", "今晚", "明晚", "昨晚")


def _time(matched: str) -> Time:
    """"14:30", "9时30分", "9 a.m.", "5:30 pm", "下午3点半", "12 noon"."""
    dian = _DIAN.fullmatch(matched)
    if dian:
        part, h, half, mi = dian.groups()
        hour = int(h)
        if (part in _AFTERNOON and hour < 12) or (part == "中午" and hour < 6):
            hour += 12
        return Time(hour, 30 if half else int(mi or 0))
    word = matched.lower()
    if word.endswith(("noon", "midnight")):
        return Time(12 if word.endswith("noon") else 0, 0)
    meridiem = _MERIDIEM.search(matched)
    clock = matched[:meridiem.start()] if meridiem else matched.rstrip("分")
    h, mi = (re.split(r"[:时]", clock) + ["0"])[:2]
    hour = int(h)
    if meridiem:  # 12 a.m. is midnight, 12 p.m. noon
        hour = hour % 12 + (12 if meridiem.group(1) in "pP" else 0)
    return Time(hour, int(mi or 0))


def _as_reading(s: _Scalar | None) -> Reading | None:
    return None if s is None else s.reading()


def _quantity(matched: str) -> _Scalar | None:
    """"30000元", "5万元", "三十日", "¥300", "15个工作日", "百分之八"."""
    m = NUM_UNIT_RE.fullmatch(matched)
    if not m:
        return None
    value = numeral_value(m["num"])
    if value is None:
        return None
    unit_text = m["unit"].strip()
    if m["pct"]:
        return _Scalar("percent", float(value), PERCENT_PREFIX_UNITS[m["pct"]], m["pct"])
    base_unit, _, rate = unit_text.partition("/")
    if m["cur"]:
        kind, unit = "amount", CURRENCY_PREFIX[m["cur"]]
    elif base_unit in UNITS:
        kind, unit = UNITS[base_unit]
    elif not unit_text:
        kind, unit = "plain", ""
    else:
        return None
    if rate:
        unit += "/" + canonical_rate(rate.split("/"))
    _, mult = split_multiplier(m["num"].replace(" ", ""))
    half = 0.5 if base_unit in HALF_UNITS else 0.0
    return _Scalar(kind, float(value) + half, unit, mult + unit_text)


_EN_DEGREE = re.compile(rf"^(?:{EN_DEGREE_WORDS})[ \t]+", re.IGNORECASE)


def _english_quantity(matched: str) -> _Scalar | None:
    """"30 days", "USD 1,200", "¥3,000", "5 million yuan", "30000" (Arabic digits, plain)."""
    m = re.fullmatch(
        r"(?P<cur>[¥$£€]|RMB|CNY|USD|US\$)?[ \t]?(?P<num>[\d,]+(?:\.\d+)?)[ \t]?"
        r"(?P<mult>thousand|million|billion|k(?![A-Za-z])|[万亿千百]+)?[ \t]?(?P<unit>.*)",
        matched,
    )
    if not m:
        return None
    value = Decimal(m["num"].replace(",", ""))
    mult = m["mult"] or ""
    if mult in EN_MULT:
        value *= EN_MULT[mult]
    elif mult:
        value *= integer_value(["1", *mult]) or 1
    unit_text = m["unit"].strip().removeprefix("-")  # "5-hour"
    if m["cur"]:
        return _Scalar("amount", float(value), CURRENCY_PREFIX[m["cur"]], (mult + unit_text).strip())
    kind, unit = EN_UNITS.get(_EN_DEGREE.sub("", unit_text).lower(), ("plain", ""))
    return _Scalar(kind, float(value), unit, (mult + unit_text).strip())


def _small(s: str | None) -> int | None:
    if not s:
        return None
    v = numeral_value(s)
    return None if v is None else int(v)


def _date_value(matched: str) -> Date | None:
    m = DATE_RE.fullmatch(matched.replace(" ", ""))
    if not m or not (m["y"] or m["m"] or m["d"]):
        return None
    return Date(_small(m["y"]), _small(m["m"]), _small(m["d"]), m["mk"] or "")


def _iso_value(matched: str) -> Date:
    parts = [int(p) for p in re.split(r"[-/.]", matched)]
    return Date(parts[0], parts[1], parts[2] if len(parts) > 2 else None)


def _any_date(matched: str) -> Date | None:
    if re.fullmatch(YMD, matched):
        return _iso_value(matched)
    return _date_value(matched)


def _date_range(matched: str) -> DateRange | None:
    first, second = RANGE_SPLIT.split(matched, maxsplit=1)
    a = _any_date(first)
    b = _any_date(second)
    if a is None or b is None:
        return None
    # "3月1日至31日": the second end takes the year and month it leaves out from the first.
    if b.year is None and b.month is None:
        b = Date(a.year, a.month, b.day, b.marker)
    elif b.year is None and not b.marker:
        b = Date(a.year, b.month, b.day, b.marker)
    return DateRange(a, b)


_EN_MONTH_NUM = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _english_date(matched: str) -> Date | None:
    month = next((n for k, n in _EN_MONTH_NUM.items() if re.search(rf"\b{k}", matched, re.I)), None)
    numbers = [int(x) for x in re.findall(r"\d+", matched)]
    day = next((n for n in numbers if n <= 31), None)
    year = next((n for n in numbers if n > 31), None)
    return Date(year, month, day) if month else None


def _ordinal_value(matched: str) -> tuple[float, str] | None:
    """第3章 -> (3, "章"), 第1-2条 -> (1, "条"), Article 5 -> (5, "Article"), （二） -> (2, "")."""
    m = ORD_NUMBER.search(matched)
    value = numeral_value(m.group()) if m else None
    if m is None or value is None:
        return None
    if matched.startswith("第"):
        u = ORD_UNIT_END.search(matched)
        return float(value), u.group() if u else ""
    head = matched[:m.start()].strip(" \t（(")  # "Article", "附件"; "" for list markers
    return float(value), head


def _range_value(matched: str) -> Reading | None:
    """"5万元至20万元", "5万至20万元", "300-500元", "3～5天", "5%-10%", "1-3月"."""
    first, second = RANGE_SPLIT.split(matched, maxsplit=1)
    b = _quantity(second)
    a = _quantity(first)
    if a is None or b is None:
        return None
    kind, unit = b.kind, b.unit
    lo, hi = a.number, b.number
    if a.unit and a.unit != unit:
        return None  # "300元至五日": two facts, not a range
    if not a.unit and not a.raw_unit and b.raw_unit[:1] in ("万", "亿") and lo <= _bare(second):
        # "3-5万元" means 3万 to 5万: the first end takes the second's multiplier.
        lo = float(Decimal(str(lo)) * (integer_value(["1", b.raw_unit[0]]) or 1))
    if kind == "date":
        return Reading("date", DateRange(Date(None, int(lo), None), Date(None, int(hi), None)), "", b.raw_unit)
    if kind == "duration" and unit == "年" and lo >= 1800 and hi >= 1800:
        return Reading("date", DateRange(Date(int(lo), None, None), Date(int(hi), None, None)), "", b.raw_unit)
    if kind == "plain" and a.kind == "percent":
        kind, unit = "percent", a.unit
    return Reading(kind, Range(lo, hi), unit, b.raw_unit)


def _english_range(matched: str) -> Reading | None:
    """"5 to 7 business days", "$10 to $20", "2 and 4 hours" (of "between 2 and 4 hours")."""
    first, second = EN_RANGE_SPLIT.split(matched, maxsplit=1)
    a, b = _english_quantity(first), _english_quantity(second)
    if a is None or b is None or (a.unit and a.unit != b.unit) or a.number >= b.number:
        return None  # two facts ("3 days and 5 hours"), or not a span from low to high
    return Reading(b.kind, Range(a.number, b.number), b.unit, b.raw_unit)


def _bare(side: str) -> float:
    """The numeral of a range end without its multiplier: "20万元" -> 20."""
    m = NUM_UNIT_RE.fullmatch(side)
    if not m:
        return 0.0
    head, _ = split_multiplier(m["num"].replace(" ", ""))
    v = numeral_value(head)
    return float(v) if v is not None else 0.0
