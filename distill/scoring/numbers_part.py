"""Number accuracy (30 points): every number of the pair must be the source's, written its way.

- `hallucinated_number`: a value in the answer (or stated in the question) that the source
  does not hold; it takes the whole part.
- `number_format_changed`: the source's value written differently ("3万元" for "30000元",
  "三十日" for "30日", a dropped unit); an error in strict mode, a note in lenient mode.
- `missing_number`: the question asks 多少/几/哪天/比例... and the answer gives no number
  of its own, while the source sentence it is about has one to give.

Numbers are found and compared by `distill.numbers` only; ordinals (第一条) are no facts.
"""

from __future__ import annotations

import re

from distill.numbers import NumberMention, compare_numbers, find_facts
from distill.scoring.result import (
    HALLUCINATED_NUMBER, MISSING_NUMBER, NUMBER_ACCURACY, NUMBER_FORMAT_CHANGED, Deduction,
)
from distill.scoring.text import PairContext

HALLUCINATED_POINTS = 30.0
FORMAT_POINTS = {"answer": 15.0, "question": 8.0}
MISSING_POINTS = 20.0

# Words that ask for a number. 第几 and 几等/几类/几级 ask for a rank, 几乎 is "almost".
ASKS_NUMBER = re.compile(
    r"多少|(?<!第)几(?![乎何等类级档])|哪天|哪一天|哪日|哪年|哪一年|哪个月|何时|比例|比率|百分之几|多久|多长"
    r"|\bhow (?:many|much|long|often)\b|\bwhat (?:percentage|proportion|share|date|time)\b|\bwhen\b",
    re.IGNORECASE,
)


def _base_unit(m: NumberMention) -> str:
    return m.unit.split("/", 1)[0]


def _second_look(cand: NumberMention, refs: tuple[NumberMention, ...]) -> tuple[str, NumberMention] | None:
    """A value `compare_numbers` calls unsupported only because the rate moved into words:
    "每晚700元" for "700元/晚" is the source's number ("exact" when written the same)."""
    for ref in refs:
        if ref.value == cand.value and isinstance(cand.value, float) and _base_unit(ref) == _base_unit(cand) != "":
            exact = ref.surface.startswith(cand.surface) or cand.surface.startswith(ref.surface)
            return ("exact" if exact else "value"), ref
    return None


def _check(where: str, facts: list[NumberMention], refs: tuple[NumberMention, ...], strict: bool) -> list[Deduction]:
    diff = compare_numbers(refs, facts)
    reformatted = list(diff.reformatted)
    unsupported: list[NumberMention] = []
    for cand in diff.unsupported:
        again = _second_look(cand, refs)
        if again is None:
            unsupported.append(cand)
        elif again[0] == "value":
            reformatted.append((cand, again[1]))
    out: list[Deduction] = []
    for text in dict.fromkeys(c.text for c in unsupported):
        out.append(Deduction(NUMBER_ACCURACY, HALLUCINATED_POINTS,
                             f"the {where} states {text}, which the source does not hold", HALLUCINATED_NUMBER))
    seen: set[str] = set()
    for cand, ref in reformatted:
        if cand.text in seen:
            continue
        seen.add(cand.text)
        reason = f"the {where} writes {cand.text} where the source writes {ref.text}"
        if strict:
            out.append(Deduction(NUMBER_ACCURACY, FORMAT_POINTS[where], reason, NUMBER_FORMAT_CHANGED))
        else:
            out.append(Deduction(NUMBER_ACCURACY, 0.0, reason + " (same value; allowed in lenient mode)"))
    return out


def _missing_number(ctx: PairContext) -> Deduction | None:
    asked = ASKS_NUMBER.search(ctx.question)
    if asked is None or ctx.refusal:
        return None
    given = {m.key for m in ctx.q_facts}
    if any(m.key not in given for m in ctx.a_facts):
        return None
    # Only a fault when the source has a number to give: "按什么比例返还" may rightly be
    # answered "按未履行服务期的比例" when the source sentence holds no figure either.
    if ctx.src is not None and ctx.question_sentence is not None:
        sentence = ctx.src.sentences[ctx.question_sentence]
        if not any(m.key not in given for m in find_facts(sentence)):
            return None
    return Deduction(NUMBER_ACCURACY, MISSING_POINTS,
                     f"the question asks “{asked.group()}” but the answer gives no number", MISSING_NUMBER)


def score_numbers(ctx: PairContext, strict: bool = True) -> list[Deduction]:
    """The deductions of the number-accuracy part."""
    out: list[Deduction] = []
    if ctx.src is not None:
        if not ctx.refusal:  # a refusal has already lost this part
            out += _check("answer", ctx.a_facts, ctx.src.facts, strict)
        out += _check("question", ctx.q_facts, ctx.src.facts, strict)
    missing = _missing_number(ctx)
    if missing is not None:
        out.append(missing)
    return out
