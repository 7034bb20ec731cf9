"""Numbers an answer works out from others it states: "中度失能补贴500元，再加高龄津贴100元，合计
600元"; "a 50% refund of the $90 fee, which is $45"; "the other 2 cost $2 each, so $4".

Such a number is in no source, yet it is no made-up figure: the answer shows its operands. It is
worked out when two other numbers of the pair (the answer's, or the asker's in the question), one
of them at least a figure the source states, give it by one of + − × ÷, or by a discount or rise by
a percentage ("$0.35 less 10%"); a percentage counts as its fraction ("50%" is 0.5). A duration may
be one the source states in another unit ("240个月，即20年"), and times and durations are reckoned on
the clock; a number may be halved or doubled by a word ("half of the 16-week entitlement"). One
step at a time, but for a bill's fixed part plus a rate times a quantity (`_billed`): a longer
chain is shown by the answer as steps, each worked out from the figures before it (the grounding
checker counts a worked-out figure as stated for the next); working the answer writes out with
operators ("60平方米×25元×30%…450元") may have any number of steps (`_written`).
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from fractions import Fraction
from itertools import combinations

from distill.numbers import Date, DateRange, NumberMention, Quantity, Range, Time, same_unit


# Units that are a part of the number they scale to: a percentage of 1, a cent of a dollar
# ("12 days at 25 cents is $3"), a per mille ("1000元×3‰=3元"), a tenth of the price ("8折").
_PARTS = {"%": 100.0, "美分": 100.0, "‰": 1000.0, "‱": 10000.0, "折": 10.0}


def _factor(m: NumberMention) -> float:
    assert isinstance(m.value, Quantity)
    return m.value.number / _PARTS.get(m.unit, 1.0)


_PURE = ("plain", "percent", "ratio")  # numbers of nothing: they scale what they multiply


def _results(a: NumberMention, b: NumberMention) -> list[tuple[str, float]]:
    """What two numbers give, each with the kind of number it gives (see `_fits`); none by a
    step that leaves one as it is (+ 0, × a bare 1)."""
    x, y = _factor(a), _factor(b)
    out = []
    if x and y:
        out += [("+", x + y), ("-", abs(x - y))]
    if not any(o.kind == "plain" and _factor(o) == 1 for o in (a, b)) and x and y:
        out += [("×", x * y), ("÷", x / y), ("÷'", y / x)]
        # Rounded up, as a rule that bills a part as a whole ("不满12小时按12小时计": 30小时 is 3个12小时).
        out += [(op + "⌈⌉", math.ceil(v)) for op, v in (("÷", x / y), ("÷'", y / x)) if v != math.ceil(v)]
        # What is left over after as many whole ones as fit ("460 points; 200 points a voucher…
        # keep 60 points").
        big, small, op = (x, y, "rem") if x > y else (y, x, "rem'")
        if big % small:
            out.append((op, big % small))
    # A discount or a rise by a percentage ("10% off $0.35": $0.315; "上浮20%").
    if b.kind == "percent" and a.kind != "percent":
        out += [("×(1-)", x * (1 - y)), ("×(1+)", x * (1 + y))]
    elif a.kind == "percent" and b.kind != "percent":
        out += [("×(1-)'", y * (1 - x)), ("×(1+)'", y * (1 + x))]
    if {a.unit, b.unit} == {"%", "个百分点"}:
        # A rate raised or cut by percentage points ("85%，再提高5个百分点": 90%).
        x, y = (x, y / 100) if b.unit == "个百分点" else (x / 100, y)
        out += [("+", x + y), ("-", abs(x - y))]
    return out


def _fits(op: str, a: NumberMention, b: NumberMention, m: NumberMention) -> bool:
    """Whether `m` is of the kind `a op b` gives: a sum of things of one kind; a product of a
    thing and a number of nothing, or of a rate and what it is per (an amount per minute times
    minutes); a quotient of a thing by a number of nothing, or by what it is spread over."""
    if op.startswith("×("):  # an amount less or more a percentage of it
        return m.kind in ((b if op.endswith("'") else a).kind, "plain")
    if op in "+-" or op.startswith("rem"):
        return len({o.kind for o in (a, b, m) if o.kind != "plain"}) <= 1
    if op.startswith("÷'"):
        a, b = b, a
    kinds = [o.kind for o in (a, b) if o.kind not in _PURE]
    if op == "×":
        if m.kind == "percent" and "percent" in (a.kind, b.kind) and (
                {a.kind, b.kind} & {"duration", "count"} or "个百分点" in (a.unit, b.unit)):
            # A percentage per day over days ("每逾期1日0.5%": 10天 of it is 5%), or per
            # percentage point over points ("每1个百分点扣2%": 2个百分点 is 4%).
            return True
        if len(kinds) == 2:  # a rate times what it is per: two kinds, the product of the rate's
            return kinds[0] != kinds[1] and m.kind in kinds
        if not kinds and "plain" in (a.kind, b.kind):
            # A plain number may be a quantity with its unit left out ("一套450万的房子" at 1.5%).
            return m.kind != "percent"
        return m.kind in (*kinds, "plain")
    if b.kind in _PURE:
        return m.kind in (a.kind, "plain")
    # Like by like is how many times: a number of nothing, or a count ("3个12小时").
    return m.kind in (*_PURE, "count") if a.kind == b.kind else m.kind == a.kind


_PER_MINUTE = {"分钟": 1.0, "小时": 60.0}


def _minutes(m: NumberMention) -> float | None:
    """A time of day as minutes after midnight, a duration in minutes, or None."""
    if isinstance(m.value, Time):
        return m.value.hour * 60.0 + m.value.minute
    scale = _PER_MINUTE.get(m.unit.split("/")[0]) if m.kind == "duration" else None  # ("每次90分钟": 分钟/次)
    return m.value.number * scale if scale is not None and isinstance(m.value, Quantity) else None


def _clock(m: NumberMention, operands: Sequence[NumberMention], stated: Callable[[NumberMention], bool],
           asked: Sequence[NumberMention] = ()) -> str | None:
    """How a time or a duration is worked out on the clock: one time less another ("6:20 pm -
    6:00 pm" for 20 minutes), or a time and a duration ("5 pm - 1 hour" for 4 pm)."""
    target = _minutes(m)
    if target is None:
        return None
    # A span of durations gives each of its ends ("约2至3小时，15:30发船，17:30至18:30之间漂完").
    ends = [replace(o, value=v) for o in operands if o.kind == "duration" and isinstance(o.value, Range)
            for v in o.value.ends]
    for a, b in combinations([o for o in [*operands, *ends] if o is not m], 2):
        x, y = _minutes(a), _minutes(b)
        if x is None or y is None or not (stated(a) or stated(b) or (a in asked and b in asked)):
            continue  # (the asker's "from 9am to 5pm" is 8 hours)
        times = isinstance(a.value, Time), isinstance(b.value, Time)
        if times == (True, True) and m.kind == "duration" and math.isclose(abs(x - y), target):
            return f"{(a, b)[x < y].text} - {(b, a)[x < y].text}"
        if times == (True, True) and m.kind == "duration":
            # Across midnight ("今晚8点距明天上午10点14小时") or days ("3 p.m. today to 7 p.m. tomorrow is
            # 28 hours"): the days as whole ones.
            for later, earlier, gap in ((a, b, (x - y) % 1440), (b, a, (y - x) % 1440)):
                days = (target - gap) / 1440
                if days == int(days) and 0 <= days <= 7:
                    extra = f" + {int(days)} × 24 hours" if days else " (the next day)"
                    return f"{later.text} - {earlier.text}{extra}"
        if sum(times) == 1 and isinstance(m.value, Time):
            (clock, at), (span, length) = ((a, x), (b, y)) if times[0] else ((b, y), (a, x))
            for op, value in (("+", at + length), ("-", at - length)):
                if math.isclose(value % 1440, target):
                    return f"{clock.text} {op} {span.text}"
    return None


# Units one of which is a whole number of the other: 12 months a year, 3 a quarter, 7 days a week.
_CONVERSIONS = {("月", "年"): 12.0, ("月", "季度"): 3.0, ("天", "周"): 7.0, ("日", "周"): 7.0, ("分钟", "小时"): 60.0, ("小时", "天"): 24.0,
                ("小时", "日"): 24.0}


def _converted(m: NumberMention, operands: Sequence[NumberMention]) -> str | None:
    """`m` as another number of the pair in another unit: "240个月（即20年）"."""
    if not isinstance(m.value, Quantity) or m.kind != "duration":
        return None
    for o in operands:
        if o is m or o.kind != "duration" or not isinstance(o.value, Quantity):
            continue
        for (small, big), n in _CONVERSIONS.items():
            if ((o.unit, m.unit) == (small, big) and math.isclose(o.value.number, m.value.number * n)) or (
                    (o.unit, m.unit) == (big, small) and math.isclose(o.value.number * n, m.value.number)):
                return f"{o.text} = {m.text}"
    return None


def _dated_span(m: NumberMention, operands: Sequence[NumberMention], stated: Callable[[NumberMention], bool]
                ) -> str | None:
    """A span of dates as another date of the pair and a span of days the source states ("播种后15天至
    25天内…5月1日播种的，就是5月16日至5月26日")."""
    assert isinstance(m.value, DateRange)
    first, last = (replace(m, value=d) for d in m.value.ends)
    for d in operands:
        for o in operands:
            if (o is m or o.kind != "duration" or o.unit != "天" or not isinstance(o.value, Range)
                    or not stated(o)):
                continue
            low, high = (replace(o, value=Quantity(v)) for v in (o.value.low, o.value.high))
            if _dated(first, [d, low], stated=lambda x: True) and _dated(last, [d, high], stated=lambda x: True):
                return f"{d.text} + {o.text}"
    return None


def _dated(m: NumberMention, operands: Sequence[NumberMention], stated: Callable[[NumberMention], bool]) -> str | None:
    """A date as another date of the pair and a number of days or months the source states
    ("dated March 1 … due 21 days after the billing date": March 22; "3月1日往后推6个月": 9月1日)."""
    if not isinstance(m.value, Date) or m.value.month is None or m.value.day is None:
        return None
    for d in operands:
        gap = _days_apart(m, d) if d is not m else None
        if gap is None:
            continue
        assert isinstance(d.value, Date) and d.value.month is not None
        months = (m.value.month - d.value.month) % 12 if m.value.day == d.value.day else None
        for o in operands:
            if o.kind != "duration" or not isinstance(o.value, Quantity) or not stated(o):
                continue
            if (o.unit == "天" and o.value.number == abs(gap)) or (o.unit == "月" and o.value.number == months):
                return f"{d.text} {'+' if gap > 0 or o.unit == '月' else '-'} {o.text}"
    return None


def _between(m: NumberMention, operands: Sequence[NumberMention]) -> str | None:
    """A number of days as the gap between two dates of `operands` (the asker's or the source's,
    not ones worked out from it), counted without or with the first day ("6月1日距6月20日到期只有
    19天"; "from 1 to 10 March is 10 days")."""
    assert isinstance(m.value, Quantity)
    for a, b in combinations([d for d in operands if isinstance(d.value, Date)], 2):
        gap = _days_apart(a, b)
        if gap is not None and m.value.number in (abs(gap), abs(gap) + 1):
            return f"{b.text} - {a.text}"
    return None


def _days_apart(a: NumberMention, b: NumberMention) -> int | None:
    """Days from date b to date a, both with a month and a day, in one year (2001, without a
    29 February, when neither writes one); None where they are no such dates."""
    x, y = a.value, b.value
    if (not isinstance(x, Date) or not isinstance(y, Date) or x.month is None or x.day is None or y.month is None
            or y.day is None):
        return None
    if x.year is not None and y.year not in (None, x.year):
        return None
    year = x.year or y.year or 2001
    try:
        return (date(year, x.month, x.day) - date(year, y.month, y.day)).days
    except ValueError:
        return None


def _on_the_clock(pool: Sequence[NumberMention]) -> list[NumberMention]:
    """Durations in minutes also in hours and the reverse: "a 90-minute session at $60 per hour"
    is 1.5 hours of it; years also in months, weeks in days. Each keeps its text, so that it is
    shown, and stated, as written."""
    out = []
    for o in pool:
        minutes = _minutes(o) if o.kind == "duration" else None
        if minutes is not None:
            other = "小时" if o.unit.split("/")[0] == "分钟" else "分钟"
            out.append(replace(o, value=Quantity(minutes / _PER_MINUTE[other]), unit=other))
        elif o.kind == "duration" and o.unit in _IN_SMALLER and isinstance(o.value, Quantity):
            # Years as months and weeks as days: "2 years' membership … 18 months, so 6 more months".
            small, n = _IN_SMALLER[o.unit]
            out.append(replace(o, value=Quantity(o.value.number * n), unit=small))
    return out


_IN_SMALLER = {"年": ("月", 12.0), "周": ("天", 7.0)}
_SMALLER = frozenset(small for small, _ in _IN_SMALLER.values())


def _billed(m: NumberMention, pool: Sequence[NumberMention], stated: Callable[[NumberMention], bool]) -> str | None:
    """`m` as a fixed part and a rate times a quantity, the way a bill adds up ("每处200元，超过3米的
    那2米每米加收30元，合计260元"): two steps, one of the shapes rules of charges have."""
    for base in pool:
        if base.kind != m.kind or not stated(base):
            continue
        rest = [o for o in pool if o is not base]
        for b, c in combinations(rest, 2):
            if (math.isclose(_factor(base) + _factor(b) * _factor(c), _factor(m), rel_tol=1e-9)
                    and _fits("×", b, c, m) and (stated(b) or stated(c))):
                return f"{base.text} + {b.text} × {c.text}"
    return None


def _priced(m: NumberMention, pool: Sequence[NumberMention], stated: Callable[[NumberMention], bool]) -> str | None:
    """An amount as a stated price times two quantities of the pair ("2 lanes for 2 hours at $50
    per lane per hour is $200"; "3人住2晚，每人每晚80元，共480元")."""
    if m.kind != "amount":
        return None
    for price in pool:
        if price.kind != "amount" or not stated(price) or not _factor(price):
            continue
        rest = [o for o in pool if o is not price and o.kind in ("plain", "count", "duration")]
        for b, c in combinations(rest, 2):
            if math.isclose(_factor(price) * _factor(b) * _factor(c), _factor(m), rel_tol=1e-9) and 1 not in (
                    _factor(b), _factor(c)):
                return f"{b.text} × {c.text} × {price.text}"
    return None


def _change(m: NumberMention, operands: Sequence[NumberMention]) -> str | None:
    """`m`, a percentage, as how far one number of the pair is from another of its measure, the
    asker's own among them ("限速60，开到75" is 25% over)."""
    if m.kind != "percent" or not isinstance(m.value, Quantity):
        return None
    for a, b in combinations([o for o in operands if o is not m and o.kind not in ("percent", "ratio")], 2):
        if (a.kind, a.unit) != (b.kind, b.unit) or not isinstance(a.value, Quantity) or not isinstance(b.value, Quantity):
            continue
        for base, other, x, y in ((a, b, a.value.number, b.value.number), (b, a, b.value.number, a.value.number)):
            if x and math.isclose(abs(y - x) / x, _factor(m), rel_tol=1e-9):
                return f"|{other.text} - {base.text}| ÷ {base.text}"
    return None


# Fractions and multiples an answer says in words ("half of the 16-week entitlement", "减半收取").
_WORD_FACTOR = re.compile(r"\b(half|halved|double|doubled|twice|both|quarter|(?:a|one)[ -]third(?= of))\b"
                          r"|(一半|减半|半价|双倍|翻倍|加倍|四分之一|三分之一)", re.IGNORECASE)
_FACTOR_OF = {"half": 0.5, "halved": 0.5, "一半": 0.5, "减半": 0.5, "半价": 0.5, "quarter": 0.25, "四分之一": 0.25,
              "a third": 1 / 3, "one third": 1 / 3, "a-third": 1 / 3, "one-third": 1 / 3, "三分之一": 1 / 3}


def _by_word(m: NumberMention, operands: Sequence[NumberMention], text: str) -> str | None:
    """`m` as a number of its kind, stated or the asker's ("A quarter of the fee, so $3,000"),
    halved, doubled ("$64 per child, so $128 for both") or cut to a part by a word of the
    answer's: the word shows the step."""
    if not isinstance(m.value, Quantity):
        return None
    for said in _WORD_FACTOR.finditer(text):
        word = said.group()
        factor = _FACTOR_OF.get(word.lower(), 2.0)
        for o in operands:
            if (o is not m and o.kind == m.kind and isinstance(o.value, Quantity)
                    and math.isclose(_factor(o) * factor, _factor(m), rel_tol=1e-9) and _same_scale(o, m)):
                return f"{o.text} × {Fraction(factor).limit_denominator(4)} ({word})"
    return None


def _same_scale(a: NumberMention, b: NumberMention) -> bool:
    """One unit, a rate aside ("每辆300元" halved is 150元), where the kind has units of scale."""
    return same_unit(a, b) or a.kind not in ("duration", "amount")


# An operator the answer writes between two numbers, with the brackets around it ("60平方米×25元×30%",
# "3 x $45 + $20", "(5600元−600元)×70%").
_JOINT = re.compile(r"\s*([)）]*)\s*([×xX*＊+＋\-−－÷])\s*([(（]*)\s*")
_OP = {"x": "×", "X": "×", "*": "×", "＊": "×", "＋": "+", "−": "-", "－": "-", "（": "(", "）": ")"}
Token = float | str


_APPLY: dict[Token, Callable[[float, float], float]] = {
    "+": operator.add, "-": operator.sub, "×": operator.mul, "÷": operator.truediv}


def _evaluate(tokens: Sequence[Token]) -> float | None:
    """The value of numbers, operators and brackets (× and ÷ before + and −), or None for what
    is no sum (a bracket left open, a division by zero)."""
    at = 0

    def peek() -> Token | None:
        return tokens[at] if at < len(tokens) else None

    def binary(ops: tuple[str, str], operand: Callable[[], float | None]) -> Callable[[], float | None]:
        def parse() -> float | None:
            nonlocal at
            value = operand()
            while value is not None and peek() in ops:
                op = tokens[at]
                at += 1
                other = operand()
                value = None if other is None or (op == "÷" and not other) else _APPLY[op](value, other)
            return value
        return parse

    def factor() -> float | None:
        nonlocal at
        token = peek()
        at += 1
        if isinstance(token, float):
            return token
        if token == "(":
            value = expr()
            if peek() != ")":
                return None
            at += 1
            return value
        return None

    expr = binary(("+", "-"), binary(("×", "÷"), factor))
    value = expr()
    return value if at == len(tokens) else None


def _in_order(operands: Sequence[NumberMention], text: str) -> list[NumberMention]:
    """The operands that are numbers of `text` (not the question's), in their order there."""
    return sorted((o for o in operands if isinstance(o.value, Quantity) and text[o.start:o.end] == o.text),
                  key=lambda o: o.start)


def _written(m: NumberMention, operands: Sequence[NumberMention], text: str) -> str | None:
    """`m` as the value of a sum or product the answer writes out before it, each operand a
    number of the answer's joined by an operator ("按60平方米×25元×30%计算，可减免450元";
    "(5600元−600元)×70%=3500元"): the working is shown, however many steps it has."""
    own = [o for o in _in_order(operands, text) if o is not m and o.end <= m.start]
    chain: list[NumberMention] = []
    joints: list[re.Match[str]] = []
    for o in [*own, None]:
        joint = _JOINT.fullmatch(text, chain[-1].end, o.start) if o is not None and chain else None
        if o is not None and joint is not None:
            joints.append(joint)
            chain.append(o)
            continue
        if len(chain) > 1:
            how = _shown(chain, joints, text)
            if how is not None and math.isclose(how[0], _factor(m), rel_tol=1e-6, abs_tol=0.005):
                return how[1]
        chain, joints = ([o], []) if o is not None else ([], [])
    return None


def _shown(chain: Sequence[NumberMention], joints: Sequence[re.Match[str]], text: str) -> tuple[float, str] | None:
    """The value of the working `chain` shows, with its brackets, and how it is written."""
    opened = len(text[:chain[0].start]) - len(text[:chain[0].start].rstrip("(（"))
    tokens: list[Token] = ["("] * opened + [_factor(chain[0])]
    for joint, o in zip(joints, chain[1:]):
        closes, op, opens = joint.groups()
        tokens += [")"] * len(closes) + [_OP.get(op, op)] + ["("] * len(opens) + [_factor(o)]
    tail = text[chain[-1].end:chain[-1].end + 4]
    tokens += [")"] * (len(tail) - len(tail.lstrip(")）")))
    value = _evaluate(tokens)
    if value is None:
        return None
    shown = "".join(str(x) if isinstance(x, str) else "#" for x in tokens)
    for o in chain:
        shown = shown.replace("#", o.text, 1)
    return value, re.sub(r"([+\-×÷])", r" \1 ", shown)


_LISTED = re.compile(r"[^\d\s、,，]{0,2}\s*[、,，]\s*")  # "4楼、5楼、6楼", "4, 5, 6"


def _counted(m: NumberMention, operands: Sequence[NumberMention], text: str) -> str | None:
    """`m`, a whole number the answer lists between the one before it and the one after, each one
    apart ("6楼要算4楼、5楼、6楼三层"): counted through, not claimed."""
    if not isinstance(m.value, Quantity) or m.value.number != int(m.value.number):
        return None
    own = _in_order(operands, text)
    at = next((i for i, o in enumerate(own) if o is m), None)
    if at is None or at == 0 or at == len(own) - 1:
        return None
    before, after = own[at - 1], own[at + 1]
    if (_LISTED.fullmatch(text, before.end, m.start) and _LISTED.fullmatch(text, m.end, after.start)
            and _factor(before) == m.value.number - 1 and _factor(after) == m.value.number + 1):
        return f"counted from {before.text} to {after.text}"
    return None


# A span of ordinal days or weeks the answer writes ("第16天到第20天", "from day 16 to day 20").
_ORDINAL_SPAN = re.compile(r"第(\d+)(天|日|周)\s*(?:到|至|-|~)\s*第(\d+)(?:天|日|周)"
                           r"|\b(day|week) (\d+) (?:to|through|until) (?:day|week) (\d+)\b", re.IGNORECASE)
_ORDINAL_UNIT = {"天": "天", "日": "天", "周": "周", "day": "天", "week": "周"}


def _span_counted(m: NumberMention, text: str) -> str | None:
    """`m`, a number of days or weeks, as how many an ordinal span of the answer holds, both ends
    counted ("第16天到第20天共5天")."""
    if m.kind != "duration" or not isinstance(m.value, Quantity):
        return None
    for s in _ORDINAL_SPAN.finditer(text):
        first, unit, last = (s[1], s[2], s[3]) if s[1] else (s[5], s[4].lower(), s[6])
        if _ORDINAL_UNIT[unit] == m.unit and int(last) - int(first) + 1 == m.value.number:
            return f"{s.group()}, both ends counted"
    return None


def worked_out(m: NumberMention, operands: Sequence[NumberMention],
               stated: Callable[[NumberMention], bool], text: str = "",
               asked: Sequence[NumberMention] = ()) -> str | None:
    """How `m` is worked out from two of `operands` ("500元 + 100元"), or from one and a word of
    `text`, the answer ("half of the 16-week entitlement"), or None; `stated` tells the figures
    the source states (one operand at least must be one, but for a sum or difference of two of
    `asked`, the asker's own numbers: "6 kg and 3 kg come to 9 kg")."""
    if isinstance(m.value, Time) or (m.kind == "duration" and m.unit in _PER_MINUTE):
        clock = _clock(m, operands, stated, asked)
        if clock is not None:
            return clock
    # A number in another unit may be the asker's own, where the source does not state it ("1小时"
    # as 60分钟), and a change in percent is of the asker's numbers.
    converted = _converted(m, operands if not stated(m) else [o for o in operands if stated(o)]) or _change(m, operands)
    if converted is not None:
        return converted
    if m.kind == "date":
        return _dated_span(m, operands, stated) if isinstance(m.value, DateRange) else _dated(m, operands, stated)
    if not isinstance(m.value, Quantity):
        return None
    between = (_between(m, [d for d in operands if d in asked or stated(d)])
               if m.kind == "duration" and m.unit == "天" and not stated(m) else None)
    if between is not None:
        return between
    target = _factor(m)
    pool = [o for o in operands if o is not m and isinstance(o.value, Quantity)]
    # A number in another unit is stated, or the asker's, as the number it restates is.
    restated: dict[int, NumberMention] = {}
    for o in list(pool):
        for v in _on_the_clock([o]):
            restated[id(v)] = o
            pool.append(v)

    def held(o: NumberMention) -> bool:
        return stated(restated.get(id(o), o))

    def own(o: NumberMention) -> bool:
        return restated.get(id(o), o) in asked

    found = [(op, a, b) for a, b in combinations(pool, 2) for op, value in _results(a, b)
             if math.isclose(value, target, rel_tol=1e-9, abs_tol=1e-9) and _fits(op, a, b, m)
             and (held(a) or held(b) or (op in "+-" and own(a) and own(b)))
             # (years as months give months: "5年" × 20% is no "12年")
             and all(o.unit == m.unit for o in (a, b) if id(o) in restated and o.unit in _SMALLER)
             # (what is left over is of the asker's own amount: 7周岁 less 3周岁s is no age)
             and not (op.startswith("rem") and held(a if op == "rem" else b))]
    if not found:
        return _billed(m, pool, held) or _priced(m, pool, held) or (_by_word(m, operands, text) or _written(m, operands, text)
                                            or _counted(m, operands, text) or _span_counted(m, text) if text
                                            else None)
    # Of several ways, a sum or difference first: the plainer reading ("8 - 6", not "6 ÷ $3"); but
    # percentage points last ("2% per point over 2 points" is 2% × 2个百分点).
    op, a, b = min(found, key=lambda f: 2 if {f[1].unit, f[2].unit} == {"%", "个百分点"} and f[0] in "+-"
                   else f[0] not in "+-")
    points = {a.unit, b.unit} == {"%", "个百分点"}  # the rate first: "55% - 15个百分点"
    if op.rstrip("⌈⌉").endswith("'") or (op == "-" and (b.unit == "%" if points else _factor(b) > _factor(a))):
        a, b = b, a
    if op.startswith("×("):
        return f"{a.text} × (1 {op[3]} {b.text})"
    if op.endswith("⌈⌉"):
        return f"⌈{a.text} ÷ {b.text}⌉"
    if op.startswith("rem"):
        return f"{a.text} - ⌊{a.text} ÷ {b.text}⌋ × {b.text}"
    return f"{a.text} {op[0]} {b.text}"
