"""Numbers an answer works out from others it states: "中度失能补贴500元，再加高龄津贴100元，合计
600元"; "a 50% refund of the $90 fee, which is $45"; "the other 2 cost $2 each, so $4".

Such a number is in no source, yet it is no made-up figure: the answer shows its operands. It is
worked out when two other numbers of the pair (the answer's, or the asker's in the question), one
of them at least a figure the source states, give it by one of + − × ÷; a percentage counts as its
fraction ("50%" is 0.5). One step only: a longer chain is no longer shown by the answer itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from itertools import combinations

from distill.numbers import NumberMention, Quantity


def _factor(m: NumberMention) -> float:
    assert isinstance(m.value, Quantity)
    return m.value.number / 100.0 if m.unit == "%" else m.value.number


def _results(x: float, y: float) -> list[tuple[str, float]]:
    out = [("+", x + y), ("-", abs(x - y)), ("×", x * y)]
    if y:
        out.append(("÷", x / y))
    if x:
        out.append(("÷'", y / x))
    return out


def worked_out(m: NumberMention, operands: Sequence[NumberMention],
               stated: Callable[[NumberMention], bool]) -> str | None:
    """How `m` is worked out from two of `operands` ("500元 + 100元"), or None; `stated` tells
    the figures the source states (one operand at least must be one)."""
    if not isinstance(m.value, Quantity):
        return None
    target = _factor(m)
    pool = [o for o in operands if o is not m and isinstance(o.value, Quantity)]
    found = [(op, a, b) for a, b in combinations(pool, 2) for op, value in _results(_factor(a), _factor(b))
             if math.isclose(value, target, rel_tol=1e-9, abs_tol=1e-9) and (stated(a) or stated(b))]
    if not found:
        return None
    # Of several ways, a sum or difference first: the plainer reading ("8 - 6", not "6 ÷ $3").
    op, a, b = min(found, key=lambda f: f[0] not in "+-")
    if op == "÷'" or (op == "-" and _factor(b) > _factor(a)):
        a, b = b, a
    return f"{a.text} {op[0]} {b.text}"
