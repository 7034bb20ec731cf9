"""Which of a source's parallel rules the asker's own case falls under, and whether the answer
gives that rule's value.

Rules often differ by a condition on one quantity: "bills up to $2,000 over up to 6 months;
bills above $2,000 over up to 12 months", a table's rows "Up to 30 ft | $60", "31 to 45 ft |
$75", "满10分钟不满20分钟的，赔付10%；满20分钟不满30分钟的，赔付20%". A question that brings its
own case on that quantity ("Over how long can I pay off a $1,500 bill?", "…for a 40-foot
boat?") is answered by the rule whose conditions the case meets. An answer number that the
source states, but only in a rule whose condition the case fails, while the case's rule gives
another number in that place, is misattributed, however well its wording matches: the asker
gets the other rule's figure. The other way round, a figure that the case's own rule states is
that rule's (`case_facts`), however close the wording of the rule beside it ("我父亲92岁了，
高龄津贴…": "年满90周岁的，每月300元", not the 80-to-90 band's words).

A rule is a segment of the source (`SourceClauses`: up to a ；, a sentence end or a table
row); its conditions are its numbers of the case's measure that carry a bound or are a range.
The check stays silent when the answer restates the other rule's condition itself (it speaks
of that rule: "bills above $2,000 are paid over 12 months; yours is not above"), when the case
meets every rule or none, and when the case's rule has no one number in that place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from distill.numbers import NumberMention, Quantity, Range, same_unit, supports
from distill.scoring.evidence import SourceClauses
from distill.scoring.relations import direction

# Durations in days, so that a case of 3 years meets "more than 12 months".
_DAYS = {"天": 1.0, "日": 1.0, "周": 7.0, "星期": 7.0, "月": 30.0, "年": 365.0}


@dataclass(frozen=True)
class WrongRule:
    """An answer number given from a rule the asker's case does not fall under."""

    answer_index: int
    expected: NumberMention  # what the asker's rule gives in that place
    detail: str


def in_days(m: NumberMention, value: float) -> float | None:
    """A duration's value in days, or None for another kind or unit."""
    if m.kind == "duration" and m.unit in _DAYS:
        return value * _DAYS[m.unit]
    return None


def _comparable(case: NumberMention, r: NumberMention) -> tuple[float, float] | None:
    """The case's value and r's scale factor to it: same unit, or durations in days."""
    if same_unit(case, r) and case.kind == r.kind:
        return 1.0, 1.0
    a, b = in_days(case, 1.0), in_days(r, 1.0)
    return (a, b) if a is not None and b is not None else None


def meets(case: NumberMention, r: NumberMention, rel: str) -> bool | None:
    """Whether the case's number meets the condition `r` (with bound `rel`), or None where r is
    no condition on the case's measure."""
    if not isinstance(case.value, Quantity):
        return None
    scale = _comparable(case, r)
    if scale is None:
        return None
    v = case.value.number * scale[0]
    if isinstance(r.value, Range):
        return r.value.low * scale[1] <= v <= r.value.high * scale[1]
    if not rel or not isinstance(r.value, Quantity):
        return None
    limit = r.value.number * scale[1]
    return {"gt": v > limit, "ge": v >= limit, "lt": v < limit, "le": v <= limit}[rel]


def _rules(src: SourceClauses, case: NumberMention) -> dict[int, list[tuple[NumberMention, bool]]]:
    """Each segment with conditions on the case's measure -> those conditions, each with
    whether the case meets it."""
    out: dict[int, list[tuple[NumberMention, bool]]] = {}
    for f in src.facts:
        met = meets(case, f, src.bounds[f.start][0])
        i = src.clause_of_fact.get(f.start)
        if met is not None and i is not None:
            out.setdefault(src.clauses[i].segment, []).append((f, met))
    return out


def _place(src: SourceClauses, segment: int, like: NumberMention, conditions: Sequence[NumberMention],
           holder: NumberMention, holder_segment: int) -> NumberMention | None:
    """The fact of `segment` that stands where `holder` stands in its own: the one of its kind
    and unit, or, of several (a table row's columns), the one at the holder's position."""
    def slots(seg: int) -> list[NumberMention]:
        return [f for i in src.segment_clauses[seg] for f in src.clauses[i].facts
                if f.kind == like.kind and same_unit(f, like) and f not in conditions]

    here = slots(segment)
    if len(here) == 1:
        return here[0]
    there = slots(holder_segment)
    if len(here) > 1 and len(here) == len(there) and holder in there:
        return here[there.index(holder)]
    return None


def case_facts(src: SourceClauses, cases: Sequence[NumberMention]) -> list[NumberMention]:
    """The facts of the rules the asker's case falls under, where it falls under some of the
    parallel rules on its measure but not all: what the answer should give."""
    out: list[NumberMention] = []
    for case in cases:
        rules = _rules(src, case)
        met = [seg for seg, conds in rules.items() if all(ok for _, ok in conds)]
        if met and len(met) < len(rules):
            out += [f for seg in met for i in src.segment_clauses[seg] for f in src.clauses[i].facts]
    return out


def wrong_rule(src: SourceClauses, cases: Sequence[NumberMention], answer: Sequence[NumberMention],
               answer_bounds: Sequence[str], holders: Sequence[NumberMention | None]) -> WrongRule | None:
    """The first answer number (with `answer_bounds[k]` its bound and `holders[k]` the source
    fact it was grounded on, or None) given from a rule the asker's case (one of `cases`) does
    not fall under; or None."""
    for case in cases:
        rules = _rules(src, case)
        met = {seg for seg, conds in rules.items() if all(ok for _, ok in conds)}
        if not met or len(met) == len(rules):
            continue
        conditions = [f for conds in rules.values() for f, _ in conds]
        for k, (m, holder) in enumerate(zip(answer, holders)):
            if holder is None or holder in conditions or _comparable(case, m) is not None:
                continue
            i = src.clause_of_fact.get(holder.start)
            seg = src.clauses[i].segment if i is not None else None
            if seg is None or seg not in rules or seg in met:
                continue
            if any(supports(f, a) and (not rel or direction(src.bounds[f.start][0]) == direction(rel))
                   for f, _ in rules[seg] for a, rel in zip(answer, answer_bounds)):
                # The answer names the other rule's condition ("前300立方米按3元"): it speaks of that
                # rule; not by the other side of it ("年满80周岁" is no "不满80周岁").
                continue
            places = {s: _place(src, s, m, conditions, holder, seg) for s in met}
            found = [(s, p) for s, p in places.items() if p is not None]
            if len(found) != 1 or supports(found[0][1], m):
                continue
            s, expected = found[0]
            return WrongRule(k, expected, f"the asker's {case.text} falls under {_stated(src, rules[s])}, for which"
                                          f" the source gives {expected.text}; {m.text} is what it gives for"
                                          f" {_stated(src, rules[seg])}")
    return None


def _stated(src: SourceClauses, conditions: Sequence[tuple[NumberMention, bool]]) -> str:
    """A rule's conditions as the source words them, bounds and all ("up to $2,000")."""
    return ", ".join(src.text[src.bounds[f.start][1]:src.bounds[f.start][2]] for f, _ in conditions)
