"""Number accuracy (30 points): every number of the pair must be the source's, written its way.

- `hallucinated_number`: a value in the answer that the source does not hold, or a rule of
  the source restated in the question with another value; it takes the whole part. A number
  the question merely names as an example ("预计金额为5000元时…") or as where the asker stands
  ("工作满12年的员工…", "after 8 months") is noted, not counted (see `_example_test`).
- `number_format_changed`: the source's value written differently ("3万元" for "30000元",
  "三十日" for "30日", a dropped unit); an error in strict mode, a note in lenient mode.
- `missing_number`: the question asks 多少/几/哪天/比例... and the answer gives no number
  of its own, while the source sentence it is about has one to give.
- from grounding (`distill.scoring.grounding`): `misattributed_number` (a value of the source
  given for the wrong subject), `comparator_changed`, `range_changed`, `unit_changed`; and, in
  other parts, `off_topic` (completeness) and `unsupported_evidence` (consistency). A number
  grounding finds to be a changed unit, a changed range or the asker's example is not also
  counted as made up.

Numbers are found and compared by `distill.numbers` only; ordinals (第一条) are no facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from distill.numbers import (
    DateRange, NumberMention, Quantity, Range, compare_numbers, find_facts, same_unit, supports,
)
from distill.scoring.cases import in_days
from distill.scoring.grounding import DERIVED, EXAMPLE, GROUNDED, MISATTRIBUTED, RANGE, UNIT, sentence_span
from distill.scoring.relations import bound
from distill.scoring.result import (
    COMPARATOR_CHANGED, COMPLETENESS, CONSISTENCY, HALLUCINATED_NUMBER, MISATTRIBUTED_NUMBER, MISSING_NUMBER,
    NUMBER_ACCURACY, NUMBER_FORMAT_CHANGED, OFF_TOPIC, RANGE_CHANGED, UNIT_CHANGED, UNSUPPORTED_EVIDENCE, Deduction,
)
from distill.scoring.text import CLAUSE_BREAK, FIRST_PERSON, PairContext, SourceIndex, content

HALLUCINATED_POINTS = 30.0
FORMAT_POINTS = {"answer": 15.0, "question": 8.0}
MISSING_POINTS = 20.0
# What each grounding flag costs, and in which part.
GROUNDING_POINTS: dict[str, tuple[str, float]] = {
    MISATTRIBUTED_NUMBER: (NUMBER_ACCURACY, 30.0), COMPARATOR_CHANGED: (NUMBER_ACCURACY, 20.0),
    RANGE_CHANGED: (NUMBER_ACCURACY, 20.0), UNIT_CHANGED: (NUMBER_ACCURACY, 20.0),
    OFF_TOPIC: (COMPLETENESS, 25.0), UNSUPPORTED_EVIDENCE: (CONSISTENCY, 10.0),
    HALLUCINATED_NUMBER: (NUMBER_ACCURACY, HALLUCINATED_POINTS),  # an ordinal of time the source does not hold
}
# Numbers grounding has explained otherwise: not also "made up".
_EXPLAINED = (UNIT, RANGE, EXAMPLE, MISATTRIBUTED, DERIVED, GROUNDED)  # grounded: a band as a range
_CONTEXT = 3  # characters of wording either side of a number

# Words that ask for a number. 第几 and 几等/几类/几级 ask for a rank, 几乎 is "almost".
ASKS_NUMBER = re.compile(
    r"多少|(?<!第)几(?![乎何等类级档])|哪天|哪一天|哪日|哪年|哪一年|哪个月|何时|比例|比率|百分之几|多久|多长"
    r"|\bhow (?:many|much|long|often)\b|\bwhat (?:percentage|proportion|share|date|time)\b|\bwhen\b",
    re.IGNORECASE,
)


def _check(where: str, text: str, facts: list[NumberMention], refs: tuple[NumberMention, ...], strict: bool,
           is_example: Callable[[NumberMention], bool] = lambda m: False,
           status: Callable[[NumberMention], str | None] = lambda m: None) -> list[Deduction]:
    diff = compare_numbers(refs, facts, unit_from_context=True)
    out: list[Deduction] = []
    for cand in {c.text: c for c in diff.unsupported if status(c) not in _EXPLAINED}.values():
        if is_example(cand):
            out.append(Deduction(NUMBER_ACCURACY, 0.0, f"the {where} names {cand.text}, which the source does not"
                                 " hold; taken as the asker's example, as no rule of the source is worded so"))
            continue
        out.append(Deduction(NUMBER_ACCURACY, HALLUCINATED_POINTS,
                             f"the {where} states {cand.text}, which the source does not hold", HALLUCINATED_NUMBER))
    seen: set[str] = set()
    for cand, ref in diff.reformatted:
        if cand.text in seen or status(cand) in (DERIVED, EXAMPLE):  # "the other 2" of 8 withdrawals, not 2%
            continue
        seen.add(cand.text)
        if where == "question" and (ref.kind == "plain" and cand.kind != "plain" or cand.kind == "time"
                                    or _DIGIT_RUN.findall(cand.text) == _DIGIT_RUN.findall(ref.text)
                                    or _DIGIT_RUN.search(cand.text) is None
                                    or (isinstance(ref.value, _SPANS) and not isinstance(cand.value, _SPANS))):
            # The asker's "after 10 days", where the source counts "10 user seats"; the asker's
            # "60岁" for the source's "60周岁", "一年" for "1年": the asker writes as they speak;
            # "a 4-storey house" is a case of "4至6人", no range rewritten; "下午2点才离营" is the
            # asker's hour, not the source's 14:00 rewritten; "6月份" is a month of "6月至7月".
            continue
        band = _BAND_UNIT.match(text, cand.end) if cand.kind == "plain" and ref.raw_unit else None
        if band and text.startswith(ref.raw_unit, band.end()):
            continue  # "满60不满120平方米": the band's unit written once, at its end
        if cand.kind == "plain" and ref.kind != "plain" and _said_before(text, cand, facts, refs):
            continue  # "less than 24 hours ahead…, and 15 hours is less than 24": the unit said once
        if cand.kind == "plain" and ref.kind == "count" and (_OWN_NOUN.match(text, cand.end)
                                                            or _COUNTED_BEFORE.search(text, 0, cand.start)):
            # "at least 8 visits" for "visit at least 8 times", "groups of 10 to 19" for "10 to 19
            # people": the answer names what it counts.
            continue
        reason = f"the {where} writes {cand.text} where the source writes {ref.text}"
        if strict:
            out.append(Deduction(NUMBER_ACCURACY, FORMAT_POINTS[where], reason, NUMBER_FORMAT_CHANGED))
        else:
            out.append(Deduction(NUMBER_ACCURACY, 0.0, reason + " (same value; allowed in lenient mode)"))
    return out


_WORD = re.compile(r"[A-Za-z]+")
_SPANS = (Range, DateRange)
_OWN_NOUN = re.compile(r"[ \t]?[A-Za-z]{3,}")  # a word right after a plain number: what it counts
# The band's other end, or an open end, before the unit: "满60不满120平方米", "24 or more hours".
_BAND_UNIT = re.compile(r"(?:(?:不满|未满|不足|至|到|~|-|以上|以下)[ \t]?\d[\d.,]*|[ \t]+or (?:more|less|fewer|longer))[ \t]?")
_COUNTED_BEFORE = re.compile(r"[A-Za-z]{3,} of[ \t]$")  # or a noun before it: "groups of 10 to 19"
_DIGIT_RUN = re.compile(r"\d+(?:\.\d+)?")


def _context(text: str, m: NumberMention) -> tuple[str, str]:
    """The three characters of content before and after a mention; in Latin text, the word
    before and the word after (three letters of English say nothing)."""
    before, after = text[max(0, m.start - 24):m.start], text[m.end:m.end + 24]
    if _WORD.search(before[-12:] + after[:12]) and not re.search(r"[\u3400-\u9fff]", before[-4:] + after[:4]):
        words_before, words_after = _WORD.findall(before), _WORD.findall(after)
        return ((words_before[-1].lower() + "___")[:max(_CONTEXT, len(words_before[-1]))] if words_before else "",
                (words_after[0].lower() + "___")[:max(_CONTEXT, len(words_after[0]))] if words_after else "")
    return content(before[-8:])[-_CONTEXT:], content(after[:8])[:_CONTEXT]


# Wording that says nothing of what a number is about: "30 days of the trip" and "a warranty of
# 24 months" share "of", not a rule.
_NO_WORDING = frozenset({"of_", "for", "the", "a__", "an_", "to_", "in_", "at_", "on_", "and", "or_", "is_", "are",
                         "be_", "by_"})
Condition = tuple[NumberMention, str]  # a source number and the bound the source puts on it


def _sides(text: str, m: NumberMention) -> list[str]:
    return [side for side in _context(text, m) if len(side) >= _CONTEXT and side not in _NO_WORDING]


def _source_sides(src: SourceIndex) -> dict[tuple[str, str], list[Condition]]:
    """The wording either side of each source number, with its kind: -> the numbers so worded,
    each with its bound."""
    out: dict[tuple[str, str], list[Condition]] = {}
    for m in src.facts:
        sides = _sides(src.text, m)
        if sides:
            rel = bound(src.text, m)[0]
            for side in sides:
                out.setdefault((m.kind, side), []).append((m, rel))
    return out


def _as_threshold(text: str, m: NumberMention) -> bool:
    """Whether the question states `m` as a bound of its own ("超过10天的", "5000元以下", "more
    than 3 days", a range): a rule's threshold. "满12年" (a span of service reached) is where
    the asker stands, as a bare number is."""
    if isinstance(m.value, Range):
        return True
    rel, start, end = bound(text, m)
    return bool(rel) and not (rel == "ge" and text.startswith("满", start) and end == m.end)


def _is_case_of(m: NumberMention, condition: Condition) -> bool:
    """Whether the asker's number is a case of a source condition on the same quantity.

    A lower bound (满10年, 超过7天, 以上, "more than", "at least") or a range bounds who or
    what a rule is for: the asker's number is a case of it on either side (工作满12年, 满6个月,
    一台15万元的设备). An upper bound (不超过30天, 以下, "up to", "within") caps the rule's value:
    a number within the cap is a case ("病假累计25天", "a trip of 3 days"), one beyond it
    misquotes the cap. A number the source states without a bound ("婚假为3天") is the rule's
    value, which another value restates wrongly."""
    r, rel = condition
    if isinstance(r.value, Range):
        return r.unit == m.unit
    if not rel or not isinstance(m.value, Quantity) or not isinstance(r.value, Quantity):
        return False
    if r.unit == m.unit:
        v, limit = m.value.number, r.value.number
    else:
        v_days, limit_days = in_days(m, m.value.number), in_days(r, r.value.number)
        if v_days is None or limit_days is None:
            return False
        v, limit = v_days, limit_days
    if rel in ("gt", "ge"):
        return True
    return v < limit if rel == "lt" else v <= limit




def _clause_of(text: str, m: NumberMention) -> str:
    """The clause of `text` that holds the mention `m`."""
    start = max((b.end() for b in CLAUSE_BREAK.finditer(text, 0, m.start)), default=0)
    end = next((b.start() for b in CLAUSE_BREAK.finditer(text, m.end)), len(text))
    return text[start:end]


def _said_before(text: str, cand: NumberMention, facts: list[NumberMention], refs: tuple[NumberMention, ...]) -> bool:
    """Whether bare `cand` is a source number (of `refs`) in the unit of a number before it in
    its sentence: the unit left out the second time ("1 to 3 business days later (up to 5 for
    some countries)")."""
    start = sentence_span(text, cand.start)[0]
    units = [f for f in facts if start <= f.start < cand.start and f.kind != "plain"]
    return any(r.value == cand.value and r.kind == f.kind and same_unit(r, f) for r in refs for f in units)


def _measured(text: str, m: NumberMention, grounded: list[NumberMention]) -> bool:
    """Whether a sentence of `text` holds `m` and a grounded number of its measure."""
    start, end = sentence_span(text, m.start)
    return any(start <= g.start < end and same_unit(g, m) for g in grounded)


def _example_test(ctx: PairContext) -> Callable[[NumberMention], bool]:
    """Whether a number of the question, one the source does not hold, is the asker's example
    ("预计金额为5000元时由谁审批？", "工作满12年的员工有几天年休假？") rather than a rule restated
    with a wrong value ("单次出差超过10天的…", where the source says "单次出差时间超过7天的").

    A restated rule keeps the source's wording on one side of the number, around a source
    number of the same kind; and either states the number as a threshold of its own (超过,
    以下, "more than"), or gives a value that is no case of any condition so worded (see
    `_is_case_of`). A number where the asker stands (bare, or a span reached: 满12年) that is a
    case of such a condition is the asker's example."""
    assert ctx.src is not None
    sides = ctx.src.derived(_source_sides)

    status = _status_by(ctx)
    # The asker's numbers the answer works something out from (not one it merely repeats, as a
    # misquoted rule does: "Trips longer than 3 days…?" "Yes. Trips longer than 3 days…").
    # Or ones it holds against a figure of the source in the same sentence ("a 12-month
    # warranty, and 8 months is within it"): a misquoted rule is repeated, not measured.
    worked = any(status(a) == DERIVED for a in ctx.a_facts)
    applied = [a for a in ctx.a_facts if status(a) == EXAMPLE
               and (worked or _measured(ctx.answer, a, [g for g in ctx.a_facts if status(g) == GROUNDED]))]

    def is_example(m: NumberMention) -> bool:
        if FIRST_PERSON.search(_clause_of(ctx.question, m)):
            return True  # "I want to cancel 60 hours before…", "我借了8本": the asker's own case
        if any(supports(m, a) for a in applied):
            return True  # the answer applies the rules to it: "您每月交1000元，补贴最多500元"
        worded = [c for side in _sides(ctx.question, m) for c in sides.get((m.kind, side), ())]
        if not worded:
            return True
        if _as_threshold(ctx.question, m):
            return False
        return any(_is_case_of(m, c) for c in worded)

    return is_example


def _sentence_keys(src: SourceIndex) -> tuple[tuple[object, ...], ...]:
    """The keys of each source sentence's facts (found once per source, not per pair)."""
    return tuple(tuple(m.key for m in find_facts(s)) for s in src.sentences)


def _missing_number(ctx: PairContext) -> Deduction | None:
    asked = ASKS_NUMBER.search(ctx.question)
    if asked is None or ctx.refusal:
        return None
    given = {m.key for m in ctx.q_facts}
    if any(m.key not in given for m in ctx.a_facts):
        return None
    # Only a fault when the source has a number to give: "按什么比例返还" may rightly be
    # answered "按未履行服务期的比例" when the source sentence holds no figure either.
    if ctx.src is not None and ctx.question_sentences:
        keys = ctx.src.derived(_sentence_keys)
        if not any(k not in given for i in ctx.question_sentences for k in keys[i]):
            return None
    return Deduction(NUMBER_ACCURACY, MISSING_POINTS,
                     f"the question asks “{asked.group()}” but the answer gives no number", MISSING_NUMBER)


def _status_by(ctx: PairContext) -> Callable[[NumberMention], str | None]:
    """Grounding's status of an answer number."""
    g, shift = ctx.grounding, ctx.answer_lead  # grounding's offsets are into the unstripped answer
    return lambda m: g.status_of(m.start + shift) if g is not None else None


def score_numbers(ctx: PairContext, strict: bool = True) -> list[Deduction]:
    """The deductions of the number-accuracy part."""
    out: list[Deduction] = []
    if ctx.src is not None:
        if not ctx.refusal and ctx.a_facts:  # a refusal has already lost this part
            # An answer in another language writes every number its own way: that is the
            # language's fault (`wrong_language`), not one per number.
            out += _check("answer", ctx.answer, ctx.a_facts, ctx.src.candidates_for(ctx.a_facts),
                          strict and not ctx.wrong_language, status=_status_by(ctx))
        if ctx.q_facts:
            out += _check("question", ctx.question, ctx.q_facts, ctx.src.candidates_for(ctx.q_facts), strict, _example_test(ctx))
    missing = _missing_number(ctx)
    if missing is not None:
        out.append(missing)
    return out


def grounding_deductions(ctx: PairContext) -> list[Deduction]:
    """The deductions for what grounding found (a refusal has lost these parts already)."""
    if ctx.grounding is None or ctx.refusal:
        return []
    out = []
    for flag, detail in ctx.grounding.issues:
        if flag == OFF_TOPIC and ctx.wrong_language:
            continue  # two languages share no words, whatever they say
        part, points = GROUNDING_POINTS[flag]
        out.append(Deduction(part, points, detail, flag))
    return out
