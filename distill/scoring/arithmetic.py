"""Numbers an answer works out from others it states: "中度失能补贴500元，再加高龄津贴100元，合计
600元"; "a 50% refund of the $90 fee, which is $45"; "the other 2 cost $2 each, so $4".

Such a number is in no source, yet it is no made-up figure: the answer shows its operands. It is
worked out when two other numbers of the pair (the answer's, or the asker's in the question), one
of them at least a figure the source states, give it by one of + − × ÷, or by a discount or rise by
a percentage ("$0.35 less 10%"); a percentage counts as its fraction ("50%" is 0.5). A duration may
be one the source states in another unit ("240个月，即20年"), and times and durations are reckoned on
the clock; a number may be halved or doubled by a word ("half of the 16-week entitlement"). One
step only: a longer chain is no longer shown by the answer itself.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from itertools import combinations

from distill.numbers import NumberMention, Quantity, Time


def _factor(m: NumberMention) -> float:
    assert isinstance(m.value, Quantity)
    return m.value.number / 100.0 if m.unit == "%" else m.value.number


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
    # A discount or a rise by a percentage ("10% off $0.35": $0.315; "上浮20%").
    if b.kind == "percent" and a.kind != "percent":
        out += [("×(1-)", x * (1 - y)), ("×(1+)", x * (1 + y))]
    elif a.kind == "percent" and b.kind != "percent":
        out += [("×(1-)'", y * (1 - x)), ("×(1+)'", y * (1 + x))]
    return out


def _fits(op: str, a: NumberMention, b: NumberMention, m: NumberMention) -> bool:
    """Whether `m` is of the kind `a op b` gives: a sum of things of one kind; a product of a
    thing and a number of nothing, or of a rate and what it is per (an amount per minute times
    minutes); a quotient of a thing by a number of nothing, or by what it is spread over."""
    if op.startswith("×("):  # an amount less or more a percentage of it
        return m.kind in ((b if op.endswith("'") else a).kind, "plain")
    if op in "+-":
        return len({o.kind for o in (a, b, m) if o.kind != "plain"}) <= 1
    if op == "÷'":
        a, b = b, a
    kinds = [o.kind for o in (a, b) if o.kind not in _PURE]
    if op == "×":
        if len(kinds) == 2:  # a rate times what it is per: two kinds, the product of the rate's
            return kinds[0] != kinds[1] and m.kind in kinds
        return m.kind in (*kinds, "plain")
    if b.kind in _PURE:
        return m.kind in (a.kind, "plain")
    return m.kind in _PURE if a.kind == b.kind else m.kind == a.kind


_PER_MINUTE = {"分钟": 1.0, "小时": 60.0}


def _minutes(m: NumberMention) -> float | None:
    """A time of day as minutes after midnight, a duration in minutes, or None."""
    if isinstance(m.value, Time):
        return m.value.hour * 60.0 + m.value.minute
    scale = _PER_MINUTE.get(m.unit) if m.kind == "duration" else None
    return m.value.number * scale if scale is not None and isinstance(m.value, Quantity) else None


def _clock(m: NumberMention, operands: Sequence[NumberMention], stated: Callable[[NumberMention], bool]) -> str | None:
    """How a time or a duration is worked out on the clock: one time less another ("6:20 pm -
    6:00 pm" for 20 minutes), or a time and a duration ("5 pm - 1 hour" for 4 pm)."""
    target = _minutes(m)
    if target is None:
        return None
    for a, b in combinations([o for o in operands if o is not m], 2):
        x, y = _minutes(a), _minutes(b)
        if x is None or y is None or not (stated(a) or stated(b)):
            continue
        times = isinstance(a.value, Time), isinstance(b.value, Time)
        if times == (True, True) and m.kind == "duration" and math.isclose(abs(x - y), target):
            return f"{(a, b)[x < y].text} - {(b, a)[x < y].text}"
        if sum(times) == 1 and isinstance(m.value, Time):
            (clock, at), (span, length) = ((a, x), (b, y)) if times[0] else ((b, y), (a, x))
            for op, value in (("+", at + length), ("-", at - length)):
                if math.isclose(value % 1440, target):
                    return f"{clock.text} {op} {span.text}"
    return None


# Units one of which is a whole number of the other: 12 months a year, 7 days a week.
_CONVERSIONS = {("月", "年"): 12.0, ("天", "周"): 7.0, ("日", "周"): 7.0, ("分钟", "小时"): 60.0, ("小时", "天"): 24.0,
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


# Fractions and multiples an answer says in words ("half of the 16-week entitlement", "减半收取").
_WORD_FACTOR = re.compile(r"\b(half|halved|double|doubled|twice)\b|(一半|减半|半价|双倍|翻倍|加倍)", re.IGNORECASE)
_FACTOR_OF = {"half": 0.5, "halved": 0.5, "一半": 0.5, "减半": 0.5, "半价": 0.5}


def _by_word(m: NumberMention, operands: Sequence[NumberMention], stated: Callable[[NumberMention], bool],
             text: str) -> str | None:
    """`m` as a stated number of its kind halved or doubled by a word of the answer's."""
    if not isinstance(m.value, Quantity):
        return None
    for said in _WORD_FACTOR.finditer(text):
        word = said.group()
        factor = _FACTOR_OF.get(word.lower(), 2.0)
        for o in operands:
            if (o is not m and o.kind == m.kind and isinstance(o.value, Quantity) and stated(o)
                    and math.isclose(_factor(o) * factor, _factor(m), rel_tol=1e-9) and _same_scale(o, m)):
                return f"{o.text} × {'1/2' if factor < 1 else '2'} ({word})"
    return None


def _same_scale(a: NumberMention, b: NumberMention) -> bool:
    return a.unit == b.unit or a.kind not in ("duration", "amount")


def worked_out(m: NumberMention, operands: Sequence[NumberMention],
               stated: Callable[[NumberMention], bool], text: str = "") -> str | None:
    """How `m` is worked out from two of `operands` ("500元 + 100元"), or from one and a word of
    `text`, the answer ("half of the 16-week entitlement"), or None; `stated` tells the figures
    the source states (one operand at least must be one)."""
    if isinstance(m.value, Time) or (m.kind == "duration" and m.unit in _PER_MINUTE):
        clock = _clock(m, operands, stated)
        if clock is not None:
            return clock
    converted = _converted(m, [o for o in operands if stated(o)])
    if converted is not None:
        return converted
    if not isinstance(m.value, Quantity):
        return None
    target = _factor(m)
    pool = [o for o in operands if o is not m and isinstance(o.value, Quantity)]
    found = [(op, a, b) for a, b in combinations(pool, 2) for op, value in _results(a, b)
             if math.isclose(value, target, rel_tol=1e-9, abs_tol=1e-9) and _fits(op, a, b, m)
             and (stated(a) or stated(b))]
    if not found:
        return _by_word(m, operands, stated, text) if text else None
    # Of several ways, a sum or difference first: the plainer reading ("8 - 6", not "6 ÷ $3").
    op, a, b = min(found, key=lambda f: f[0] not in "+-")
    if op.endswith("'") or (op == "-" and _factor(b) > _factor(a)):
        a, b = b, a
    if op.startswith("×("):
        return f"{a.text} × (1 {op[3]} {b.text})"
    return f"{a.text} {op[0]} {b.text}"
