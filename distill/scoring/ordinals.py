"""Ordinals of time (第15天至第30天, 第2周, "from the 6th to the 9th"): the one check they get.

Ordinals are no facts (第三条 states nothing), so number grounding passes them by; an ordinal of
time in an answer must still be one the source or the asker states, and a span of them one the
source gives. `moved_ordinal` says which flag an answer's ordinals raise, if any.
"""

from __future__ import annotations

import re

from distill.numbers import NumberMention, Quantity, Value, find_facts, find_numbers
from distill.scoring.result import HALLUCINATED_NUMBER, RANGE_CHANGED

_TIME_ORDINALS = frozenset({"天", "日", "周", "星期", "个月", "月", "年", "学期", "季度"})
_ORDINAL_SPAN = re.compile(r"\s*(?:至|到|-|–|~|～|(?:to|through|until) (?:the )?)\s*")
_EN_NTH = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _time_ordinals(text: str) -> list[NumberMention]:
    """Ordinals of time: 第15天, 第2周, and English days of the month ("the 9th")."""
    return [m for m in find_numbers(text) if m.kind == "ordinal" and (m.unit in _TIME_ORDINALS or _EN_NTH.fullmatch(m.text))]


def _ordinal_key(m: NumberMention) -> tuple[str, Value]:
    return m.unit, m.value


def _ordinal_spans(text: str, ordinals: list[NumberMention]) -> list[tuple[NumberMention, NumberMention]]:
    """The spans two ordinals of `text` make, side by side and joined by 至 / to / through…"""
    return [(a, b) for a, b in zip(ordinals, ordinals[1:]) if _ORDINAL_SPAN.fullmatch(text, a.end, b.start)]


def moved_ordinal(answer: str, question: str, source: str) -> tuple[str, str] | None:
    """An ordinal of time in the answer ("第15天至第30天", "第2周") that neither the source nor the
    question states: a span counted in days or weeks moved (`range_changed` where the other end
    of its span is the source's), or one made up. Ordinals are no facts (第三条 states nothing),
    so this is their only check."""
    mine = _time_ordinals(answer) if "第" in answer or _EN_NTH.search(answer) else []
    if not mine:
        return None
    theirs = _time_ordinals(source)
    held = {_ordinal_key(m) for m in [*theirs, *_time_ordinals(question)]}
    english = any(_EN_NTH.fullmatch(m.text) for m in theirs)
    spans = {(_ordinal_key(a), _ordinal_key(b)) for a, b in _ordinal_spans(source, theirs)}
    pairs = _ordinal_spans(answer, mine)
    for a, b in {(_ordinal_key(a), _ordinal_key(b)) for a, b in pairs} - spans:
        # A span of two held ordinals that the source gives with another end ("from the 1st to the
        # 9th" of "from the 6th to the 9th").
        if {a, b} <= held and any(a in s or b in s for s in spans):
            return RANGE_CHANGED, "the source gives no span from its ordinals as the answer states it"
    for m in mine:
        if _ordinal_key(m) in held or (_EN_NTH.fullmatch(m.text) and not english):
            continue  # (an English ordinal is a day of the month only where the source counts so)
        ends = [o for pair in pairs if m in pair for o in pair if o is not m and _ordinal_key(o) in held]
        if ends:
            return RANGE_CHANGED, f"the source gives no span from or to {m.text} beside {ends[0].text}"
        if _shifted(m, held, answer):
            continue
        return HALLUCINATED_NUMBER, f"the answer states {m.text}, which the source does not hold"
    return None


def _shifted(m: NumberMention, held: set[tuple[str, Value]], answer: str) -> bool:
    """Whether ordinal `m` is a held one moved by a number of days the answer states ("posted on
    the 5th … within 7 days, so by about the 12th"; "第3天起算5天，到第8天")."""
    if not isinstance(m.value, Quantity):
        return False
    days = [d.value.number for d in find_facts(answer)
            if d.kind == "duration" and d.unit == "天" and isinstance(d.value, Quantity)]
    return any(unit == m.unit and isinstance(v, Quantity) and abs(m.value.number - v.number) in days
               for unit, v in held)
