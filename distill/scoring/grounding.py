"""Number grounding: every number of an answer tied to the source clause that states it.

`ground_pair(question, answer, source, evidence_quote=None)` returns a `Grounding`:

- `spans`: the source spans the answer rests on (character offsets into the source; origin
  "quote" for the generator's verified quote, "alignment" for the clauses found by wording
  with numbers masked, see `distill.scoring.evidence`), strongest first;
- `numbers`: one `NumberCheck` per number of the answer: where it is, and what the source
  says at its slot. A number is `grounded` when the clause its wording points at (or one
  about as close) states the same value in the same unit and scale with a bound of the same
  direction; otherwise it is `misattributed` (the source gives that value for another subject),
  `comparator_changed` (超过 for 以下), `range_changed` (a range's end turned into a bound:
  "50万元以上" for "10万元至50万元"), `unit_changed` (6个月 for 6年, per kilometre for per mile),
  `format_changed` (same value written otherwise), `hallucinated` (the source has no such
  value) or `example` (the asker's own example, repeated from the question);
- `quote_ok`: whether the quote stands in the source and states the answer's numbers (None
  without a quote);
- `issues`: the flags these findings raise, each with a sentence naming what the source says.

The question's side: when the question asks for a number (多少, 几, how many …), the clause it
points at gives the expected value; an answer that gives another value of that kind for it is
misattributed. `off_topic` is an answer that shares (almost) nothing with what the question
asks about, nor does its evidence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from operator import itemgetter
from typing import Any

from distill.numbers import (
    DateRange, NumberMention, Quantity, Range, Time, find_facts, same_unit, supports,
)
from distill.scoring.evidence import (
    MASK, SENTENCE_BREAK, SourceClauses, TokenWeights, align, find_quote, mask, source_clauses, tokens,
)
from distill.scoring.arithmetic import worked_out
from distill.scoring.cases import case_facts, meets, wrong_rule
from distill.scoring.ordinals import moved_ordinal
from distill.scoring.relations import WORDS, bound, direction
from distill.scoring.text import CLAUSE_BREAK, FIRST_PERSON, cached_property
from distill.scoring.subjects import (
    SourceSubjects, blank_excluded, contrast, head_of, source_subjects, words_after, words_before,
)
from distill.scoring.result import (
    COMPARATOR_CHANGED, HALLUCINATED_NUMBER, MISATTRIBUTED_NUMBER, OFF_TOPIC, RANGE_CHANGED, UNIT_CHANGED,
    UNSUPPORTED_EVIDENCE,
)

GROUNDED, FORMAT_CHANGED, MISATTRIBUTED, COMPARATOR, RANGE, UNIT, HALLUCINATED, EXAMPLE, DERIVED = (
    "grounded", "format_changed", "misattributed", "comparator_changed", "range_changed", "unit_changed",
    "hallucinated", "example", "derived")
STATUSES = (GROUNDED, FORMAT_CHANGED, MISATTRIBUTED, COMPARATOR, RANGE, UNIT, HALLUCINATED, EXAMPLE, DERIVED)
_STATUS_FLAG = {MISATTRIBUTED: MISATTRIBUTED_NUMBER, COMPARATOR: COMPARATOR_CHANGED, RANGE: RANGE_CHANGED,
                UNIT: UNIT_CHANGED}

MARGIN = 0.12  # a clause this much closer than every clause holding the value decides
MIN_SLOT = 0.45  # how close the deciding clause must be at least
ANCHOR = 0.15  # added to the rule where the answer's other numbers stand: it breaks a tie of wording
OFF_TOPIC_BELOW = 0.2
QUESTION_NEAR = 0.15  # how close the question must be to some clause for off_topic to judge it
OFF_TOPIC_WEIGHT_BELOW = 0.3  # of the question's words weighed by rarity in the source
POINTED, POINTED_RATIO = 0.5, 0.4  # see `_pointed`
QUESTION_SLOT = 1.1  # how close the question must be to the clause it asks about
ASKED_SLOT, ASKED_MARGIN, ASKED_SHARE = 0.4, 0.15, 0.5  # see `_unanswered_slot`
OTHER_KIND_NEAR = 0.25  # see `_other_kind`


@dataclass(frozen=True)
class Span:
    """A span of the source (offsets into it) that supports the answer."""

    start: int
    end: int
    strength: float
    origin: str  # alignment | quote


@dataclass(frozen=True)
class NumberCheck:
    """One number of the answer (offsets into the answer) and what the source says for it."""

    start: int
    end: int
    surface: str
    status: str
    source_surface: str | None = None
    source_start: int | None = None  # offsets into the source
    source_end: int | None = None
    detail: str = ""


@dataclass
class Grounding:
    """Evidence spans, number checks, the quote's verdict, and the flags they raise."""

    spans: list[Span] = field(default_factory=list)
    numbers: list[NumberCheck] = field(default_factory=list)
    quote_ok: bool | None = None
    issues: list[tuple[str, str]] = field(default_factory=list)  # (flag, detail)

    @property
    def numbers_grounded(self) -> int:
        return sum(n.status == GROUNDED for n in self.numbers)

    def status_of(self, start: int) -> str | None:
        """The status of the answer number starting at `start`, if checked."""
        return next((n.status for n in self.numbers if n.start == start), None)


# ---------------------------------------------------------------------------------------------
# Wording around numbers
# ---------------------------------------------------------------------------------------------

_CLAUSE = re.compile(r"[，,、](?!\d{3})|\s(?:and|or|plus)\s")
_CAUSE = re.compile(r"\s*(?:(?:if|when|because|since|once|as long as)\b|如果|因为|由于|若|凡是)", re.IGNORECASE)
_SUBJECT_TRIM = re.compile(r"^(?:第[一二三四五六七八九十百\d]+条[\s\u3000]*|[|\s])+|[|\s的为是:：]+$")
# 每X right before the number, or before a word or two that charge it ("每小时收费15元", "每月按1000元");
# the last 每 ("每人每天5元": per day).
# (每个月 is per month: 个 counts what follows it.)
_ZH_RATE = re.compile(r".*每个?(分钟|小时|公里|千米|星期|平方米|立方米|平米|千克|公斤|工作日|[\u4e00-\u9fff])[\u4e00-\u9fff]{0,2}$")
_EN_RATE = re.compile(r"\s*(?:per|a|an|each|every|/)\s*([A-Za-z]+)", re.IGNORECASE)
_RATE_CANON = {
    "mile": "mile", "miles": "mile", "英里": "mile", "kilometre": "km", "kilometres": "km", "kilometer": "km",
    "kilometers": "km", "km": "km", "公里": "km", "千米": "km", "night": "night", "nights": "night", "晚": "night",
    "夜": "night", "day": "day", "days": "day", "天": "day", "日": "day", "week": "week", "weeks": "week",
    "周": "week", "星期": "week", "month": "month", "months": "month", "月": "month", "year": "year",
    "years": "year", "年": "year", "person": "person", "人": "person", "hour": "hour", "hours": "hour",
    "小时": "hour", "minute": "minute", "minutes": "minute", "min": "minute", "分钟": "minute",
    "平米": "平方米", "m²": "平方米", "㎡": "平方米", "m³": "立方米", "kwh": "kwh", "度": "kwh",
    "kg": "kg", "公斤": "kg", "千克": "kg",
}


def _piece(text: str, pattern: re.Pattern[str], at: int) -> tuple[int, int]:
    """The span around position `at` between two matches of a separator pattern."""
    start = 0
    for sep in pattern.finditer(text, 0, at):
        start = sep.end()
    after = pattern.search(text, at)
    return start, after.start() if after else len(text)


_SENTENCE_END = re.compile(r"[。！？!?；;\n]|(?<=[A-Za-z\d])\.(?=\s|$)")


def _clause_span(text: str, at: int) -> tuple[int, int]:
    """The clause around position `at`, within its sentence."""
    (cs, ce), (ss, se) = _piece(text, _CLAUSE, at), sentence_span(text, at)
    return max(cs, ss), min(ce, se)


_MORNING = re.compile(r"[aA]\.?[mM]|上午|早|凌晨")


def _half_day_apart(q: NumberMention, m: NumberMention) -> bool:
    """Whether clock time m, written without its half of the day, is the asker's q ("下午4点40分"
    … "4点40分即16:40")."""
    return (isinstance(q.value, Time) and isinstance(m.value, Time) and m.value.hour < 12
            and q.value.hour == m.value.hour + 12 and q.value.minute == m.value.minute
            and not _MORNING.search(m.text))


def sentence_span(text: str, at: int) -> tuple[int, int]:
    """The sentence around position `at` of `text`: its start and end."""
    return _piece(text, _SENTENCE_END, at)


def _rate(text: str, m: NumberMention, bound_start: int) -> str | None:
    """The per-what of a number ("每公里0.8元", "700元/晚", "$0.45 per mile"), canonical."""
    if "/" in m.unit:
        per = m.unit.rsplit("/", 1)[1]
        return _RATE_CANON.get(per, _RATE_CANON.get(per.lower(), per))
    zh = _ZH_RATE.search(text, max(0, bound_start - 6), bound_start)
    if zh:
        return _RATE_CANON.get(zh.group(1), zh.group(1))
    en = _EN_RATE.match(text, m.end)
    if en and en.end() - m.end < 20:
        word = en.group(1).lower()
        return _RATE_CANON.get(word, _RATE_CANON.get(word.rstrip("s")))
    return None


def subject(text: str, start: int, end: int, m: NumberMention) -> str:
    """Up to twelve characters of a clause's wording before number `m` and its bound (after
    them when nothing comes before): what the number is said of."""
    _, at, after = bound(text, m)
    before = _SUBJECT_TRIM.sub("", text[start:at]).strip()
    if before:
        return " ".join(before.split()[-4:]) if before[-1:].isascii() else before[-12:].lstrip()
    after_text = _SUBJECT_TRIM.sub("", text[after:end]).strip()
    return " ".join(after_text.split()[:4]) if after_text[:1].isascii() else after_text[:12]


@dataclass
class _Side:
    """A text with its facts, their bounds and its masked tokens, clause by clause."""

    text: str
    facts: list[NumberMention]
    bounds: list[tuple[str, int, int]]
    _masked: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)
    _words: frozenset[str] | None = None  # see `_question_words`: asked by two off-topic tests

    @classmethod
    def of(cls, text: str, facts: list[NumberMention] | None = None) -> "_Side":
        facts = find_facts(text) if facts is None else facts
        return cls(text, facts, [bound(text, m) for m in facts])

    def masked_tokens(self, start: int, end: int, extra: list[tuple[int, int]] | None = None) -> frozenset[str]:
        """The tokens of text[start:end] with the facts and their bounds (and `extra` spans)
        masked; without `extra`, kept: a sentence's pieces are asked for by each of its numbers."""
        if extra is None:
            known = self._masked.get((start, end))
            if known is not None:
                return known
        spans = [(max(s, start) - start, min(e, end) - start) for _, s, e in self.bounds if s < end and e > start]
        spans += [(s - start, e - start) for s, e in (extra or []) if s >= start and e <= end]
        # Words named to be excluded ("non-members", "outside London") point at no clause.
        piece = blank_excluded(self.text[start:end])
        toks = tokens(mask(piece, spans) if spans else piece)
        if extra is None:
            self._masked[(start, end)] = toks
        return toks


# ---------------------------------------------------------------------------------------------
# One number of the answer
# ---------------------------------------------------------------------------------------------


def _holders(src: SourceClauses, m: NumberMention) -> list[tuple[NumberMention, str]]:
    """The source facts that back `m` by value (or as an end of a range), with how."""
    from distill.scoring.text import source_index

    out = []
    for r in source_index(src.text).candidates_for([m]):
        how = supports(r, m, unit_from_context=True)
        if how:
            out.append((r, how))
    return out


_MONEY_OR_SHARE = frozenset({"amount", "percent"})


def _same_number_other_unit(src: SourceClauses, clause_ids: Iterable[int], m: NumberMention,
                            across: bool = False) -> NumberMention | None:
    """A fact of the given clauses with m's number but another unit of the same kind (6年 for 6个月);
    `across`: also an amount for a percentage or the reverse ($15 for 15%)."""
    # 个 is any count's measure word ("两个条件满足一个" of "两项"): no unit of its own.
    if not isinstance(m.value, Quantity) or m.kind == "plain" or m.unit == "个":
        return None
    for i in clause_ids:
        for r in src.clauses[i].facts:
            kinds = r.kind == m.kind or (across and {r.kind, m.kind} == _MONEY_OR_SHARE)
            if (kinds and r.unit != m.unit and r.unit != "个" and isinstance(r.value, Quantity)
                    and _bare(r) == _bare(m)):
                return r
    return None


def _bare(m: NumberMention) -> float:
    """The number as written before its unit's multiplier: 6 of "6个月" and of "6年" (kept by
    text and value: it is asked of every fact of a source for each number it does not hold)."""
    key = (m.text, m.value)
    known = _BARE.get(key)
    if known is None:
        if len(_BARE) >= 4096:
            _BARE.clear()
        digits = _DIGITS.match(m.surface.lstrip("$¥€£"))
        if digits:
            known = float(digits.group())
        else:
            assert isinstance(m.value, Quantity), m  # asked of one number only
            known = m.value.number
        _BARE[key] = known
    return known


def _same_measure(a: NumberMention, b: NumberMention) -> bool:
    """Whether two facts measure the same thing: of one kind and unit (a rate aside), where a
    kind has units that measure different things (8位 and 一次 are both counts); any two
    durations or dates compare."""
    return a.kind in ("duration", "date") or same_unit(a, b)


_DIGITS = re.compile(r"[\d.]+")
_COUNT_WORD = re.compile(r"[一二两三四五六七八九十]")  # a number in words
_COUNTERS = frozenset("个项种类样条")  # classifiers of things counted, not of quantities
_BARE: dict[tuple[str, object], float] = {}


class _Checker:
    """Checks the answer's numbers one by one against a source."""

    def __init__(self, src: SourceClauses, answer: _Side, question: _Side) -> None:
        self.src = src
        self.answer = answer
        self.question = question
        self.question_numbers = question.facts
        self.contexts = [self._context(k) for k in range(len(answer.facts))]
        self._base: dict[int, list[tuple[float, int]]] = {}
        self._held: dict[int, list[tuple[NumberMention, str]]] = {}
        self._said_of: dict[int, frozenset[str]] = {}  # asked up to four times a number: made once

    def _context(self, k: int) -> tuple[frozenset[str], frozenset[str]]:
        """The masked tokens of the clause around answer number k, and of the clauses of its
        sentence that hold no number (the rest of its rule: "…的，须公开招标"); a clause with a
        number of its own is that number's context, and counts through `check_all`'s anchors."""
        m, text = self.answer.facts[k], self.answer.text
        cs, ce = _clause_span(text, m.start)
        ss, se = sentence_span(text, m.start)
        clause = self.answer.masked_tokens(cs, ce)
        rest: set[str] = set()
        at = ss
        for sep in [*_CLAUSE.finditer(text, ss, se), None]:
            end = sep.start() if sep else se
            if at != cs and not any(at <= f.start < end for f in self.answer.facts):
                rest |= self.answer.masked_tokens(at, end)
            at = sep.end() if sep else se
        return clause, frozenset(rest) - clause

    def check_all(self) -> list[NumberCheck]:
        checks = self._flipped(self._case_rule(self._together(self._repeats(self._check_each()))))
        for lo, hi in _bands(self.answer.text, self.answer.facts, self.answer.bounds):
            if checks[lo].status == GROUNDED and checks[hi].status == GROUNDED:
                self._check_band(checks, lo, hi)
            elif {checks[lo].status, checks[hi].status} == {GROUNDED, HALLUCINATED}:
                self._moved_end(checks, lo, hi)
        return checks

    def _moved_end(self, checks: list[NumberCheck], lo: int, hi: int) -> None:
        """A span of the answer with one end the source's and the other a figure the source does
        not state ("8:00至18:00" for "8:00至20:00", "April 1 to August 31"): the span's end moved,
        a changed range, not a number made up."""
        kept, moved = (lo, hi) if checks[lo].status == GROUNDED else (hi, lo)
        a = self.answer.facts[kept]
        for s, t in self._source_bands():
            same, other = (s, t) if kept == lo else (t, s)
            if supports(same, a) and same_unit(other, self.answer.facts[moved]):
                checks[moved] = replace(checks[moved], status=RANGE, **_at(other),
                                        detail=f"the source gives the range {s.text} to {t.text}, not"
                                               f" {self.answer.facts[lo].text} to {self.answer.facts[hi].text}")
                return

    def _case_rule(self, checks: list[NumberCheck]) -> list[NumberCheck]:
        """The asker's own case says which of parallel rules the answer speaks of (see
        `distill.scoring.cases`): a figure of the rule the case falls under is that rule's,
        whatever rule beside it the wording is closer to ("我父亲92岁了…": "年满90周岁的…每月300元");
        one given from a rule the case does not fall under is misattributed."""
        cases = [q for q in self.question_numbers if not _holders(self.src, q)]
        if not cases:
            return checks
        checks = list(checks)
        theirs = case_facts(self.src, cases)
        for k, c in enumerate(checks):
            m, rel = self.answer.facts[k], self.answer.bounds[k][0]
            if c.status not in (MISATTRIBUTED, COMPARATOR):
                continue
            f = next((f for f in theirs if supports(f, m) == "exact"
                      and direction(self.src.bounds[f.start][0]) == direction(rel)), None)
            if f is not None:
                checks[k] = NumberCheck(c.start, c.end, c.surface, GROUNDED, **_at(f))
        wrong = wrong_rule(self.src, cases, self.answer.facts, [b[0] for b in self.answer.bounds],
                           self._grounded_on(checks))
        if wrong is not None:
            c = checks[wrong.answer_index]
            # A figure the answer works out for the case ("每公斤2元，10公斤算下来是20元") is the case's own,
            # whatever other rule states the same value.
            worked = self._worked_out(self.answer.facts[wrong.answer_index])
            checks[wrong.answer_index] = (
                NumberCheck(c.start, c.end, c.surface, DERIVED, detail=worked) if worked is not None
                else NumberCheck(c.start, c.end, c.surface, MISATTRIBUTED, **_at(wrong.expected), detail=wrong.detail))
        return checks

    def _flipped(self, checks: list[NumberCheck]) -> list[NumberCheck]:
        """A condition whose bound the answer turned to the rule beside it, while its consequence
        is the other rule's ("25公斤以下的收800元" of "满10公斤不满25公斤的500元，25公斤以上的800元";
        "60平方米以上的，系数乘以0.8" of "不满60平方米的，系数乘以0.8；满60平方米…不调整"): the
        answer's bound agrees with one rule, its value is of the rule that bounds the same number
        the other way. That is a changed comparator."""
        held = self._grounded_on(checks)
        facts = self.answer.facts
        out = list(checks)
        for k, (m, r) in enumerate(zip(facts, held)):
            rel = self.answer.bounds[k][0]
            if r is None or not direction(rel):
                continue
            se = sentence_span(self.answer.text, m.start)[1]
            if self._states_both_sides(k, se):
                continue
            mine = self._rule_clauses(r)
            # Its consequence: the numbers after it, up to the next of its kind ("满3个月不满6个月的按80%，
            # 满6个月以上…" states two rules).
            after = k + 1
            while after < len(facts) and facts[after].kind != m.kind and facts[after].start < se:
                after += 1
            for j in range(k + 1, after):
                f, rf = facts[j], held[j]
                if rf is None:
                    continue
                theirs = self._rule_clauses(rf)
                if theirs & mine:
                    continue
                other = next((x for c in sorted(theirs) for x in self.src.clauses[c].facts if supports(x, m)
                              and direction(self.src.bounds[x.start][0]) not in ("", direction(rel))), None)
                if other is not None:
                    out[k] = NumberCheck(m.start, m.end, m.text, COMPARATOR, **_at(other),
                                         detail=f"the source gives {f.text} for {WORDS[self.src.bounds[other.start][0]]}"
                                                f" {other.text}, not for {WORDS[rel]} {m.text}")
                    break
        return out

    def _states_both_sides(self, k: int, end: int) -> bool:
        """Whether the answer, after bound k, states the same number bounded the other way before
        `end` ("free within 10 miles and $2 for each mile beyond 10"): both rules, each with its own
        consequence, not one rule's bound turned."""
        m, rel = self.answer.facts[k], direction(self.answer.bounds[k][0])
        return any(f.start < end and isinstance(f.value, Quantity) and f.value.numbers == m.value.numbers
                   and direction(self.answer.bounds[j][0]) not in ("", rel)
                   for j, f in enumerate(self.answer.facts[k + 1:], start=k + 1))

    def _grounded_on(self, checks: list[NumberCheck]) -> list[NumberMention | None]:
        """For each check, the source fact its number is grounded on, or None."""
        at = {f.start: f for f in self.src.facts}
        return [at.get(c.source_start) if c.status == GROUNDED and c.source_start is not None else None
                for c in checks]

    def _rule_clauses(self, r: NumberMention) -> frozenset[int]:
        """The clause stating source fact r, with its consequence after it when it is a condition,
        or its condition before it when it is one's consequence."""
        i = self.src.clause_of_fact.get(r.start)
        if i is None:
            return frozenset()
        return frozenset({i} | ({i + 1} if self._condition(i) else set()) | ({i - 1} if i and self._condition(i - 1)
                                                                               else set()))

    def _repeats(self, checks: list[NumberCheck]) -> list[NumberCheck]:
        """A number the answer states again ("…下限是4500元，所以按4500元缴"; "3个月内不能…，满3个月
        后才可以") is the claim made once: where the first mention is grounded, a later one, with
        fewer words of its own around it, is not misattributed; nor is one that holds the rule
        against the asker's case a changed comparator (`_applied`)."""
        first: dict[str, NumberCheck] = {}
        out = []
        for k, (m, c) in enumerate(zip(self.answer.facts, checks)):
            before = first.setdefault(m.surface, c)
            if before.status == GROUNDED and (c.status == MISATTRIBUTED
                                              or (c.status == COMPARATOR and self._applied(k, checks))):
                c = replace(before, start=c.start, end=c.end, surface=c.surface)
            elif c.status == COMPARATOR and self._measured_against(k, checks):
                c = replace(c, status=GROUNDED, detail="")
            out.append(c)
        return out

    def _measured_against(self, k: int, checks: list[NumberCheck]) -> bool:
        """Whether answer number k is what the asker's own number, said just before it in its
        clause, is measured against ("90平方米没有超过120平方米", "17岁还未满18周岁"): the relation is
        the case's, however the rule bounds the number."""
        text, facts = self.answer.text, self.answer.facts
        s = _clause_span(text, facts[k].start)[0]
        return any(j < k and s <= f.start and checks[j].status == EXAMPLE and same_unit(f, facts[k])
                   for j, f in enumerate(facts))

    def _applied(self, k: int, checks: list[NumberCheck]) -> bool:
        """Whether answer number k stands in a clause that holds the rule against the asker's case
        ("…须年满18周岁，17岁还未满18周岁"; "yours is longer than 30 characters"): one with a number
        of the asker's, or one that speaks to the asker. There its relation is the case's, not
        the rule's: the rule was stated before."""
        text, facts = self.answer.text, self.answer.facts
        s, e = _clause_span(text, facts[k].start)
        return (any(s <= f.start < e and checks[j].status == EXAMPLE for j, f in enumerate(facts))
                or _SECOND_PERSON.search(text, s, e) is not None)

    def _together(self, checks: list[NumberCheck]) -> list[NumberCheck]:
        """Numbers an answer's clause states together, that one clause of the source states
        together too ("a 45-minute lesson costs $50" of "…, a 45-minute lesson $50"; "from 6:00 p.m.
        to 9:00 p.m." of "…and from 6:00 p.m. to 9:00 p.m."), are that clause's: a clause beside it
        worded closer does not make one of them misattributed."""
        if not any(c.status == MISATTRIBUTED for c in checks):
            return checks
        text, facts = self.answer.text, self.answer.facts
        groups: dict[tuple[int, int], list[int]] = {}
        for k, m in enumerate(facts):
            groups.setdefault(_clause_span(text, m.start), []).append(k)
        out = list(checks)
        for ks in groups.values():
            if len(ks) < 2 or not any(checks[k].status == MISATTRIBUTED for k in ks):
                continue
            if any(checks[k].status not in (GROUNDED, MISATTRIBUTED) for k in ks) or _is_span(facts, ks):
                continue  # a span of hours or days is one figure: which rule's, the wording says
            for clause in self.src.clauses:
                held = [next((f for f in clause.facts if self._restates(f, k)), None) for k in ks]
                if all(held) and len({f.start for f in held if f}) == len(ks):
                    for k, f in zip(ks, held):
                        if f is not None and out[k].status == MISATTRIBUTED:
                            out[k] = replace(out[k], status=GROUNDED, **_at(f), detail="")
                    break
        return out

    def _restates(self, f: NumberMention, k: int) -> bool:
        """Whether source fact `f` states answer number k as it is: its value, not a range it
        ends, with a bound of the same direction."""
        m = self.answer.facts[k]
        return (bool(supports(f, m)) and isinstance(f.value, Range) == isinstance(m.value, Range)
                and direction(self.src.bounds[f.start][0]) == direction(self.answer.bounds[k][0]))

    def _condition(self, i: int) -> bool:
        """Whether source clause i is a condition whose consequence is the next clause of its rule
        ("…不满24小时的，"): it ends in 的 (or opens with if/when), and the next is of its segment."""
        c, clauses = self.src.clauses[i], self.src.clauses
        if i + 1 >= len(clauses) or clauses[i + 1].segment != c.segment:
            return False
        text = self.src.text[c.start:c.end].strip()
        return text.endswith(("的", "的部分")) or re.match(r"(?:if|when|where)\b", text, re.IGNORECASE) is not None

    def _check_band(self, checks: list[NumberCheck], lo: int, hi: int) -> None:
        """A band the answer states ("年满60周岁不满90周岁") must be one the source states: one
        with either end alone, and another number at the other, is a changed range."""
        a, b = self.answer.facts[lo], self.answer.facts[hi]
        src_bands = self._source_bands()
        if any(supports(s, a) and supports(t, b) for s, t in src_bands):
            return
        # Of the bands sharing one end, the one whose rule the answer is worded like.
        score_of = {i: sc for sc, i in self._ranked(lo, frozenset())}
        near = sorted(((score_of.get(self.src.clause_of_fact.get(s.start, -1), 0.0), n) for n, (s, t) in
                       enumerate(src_bands) if supports(s, a) or supports(t, b)), key=lambda x: -x[0])
        if not near:
            return
        s, t = src_bands[near[0][1]]
        end, wrong = (hi, t) if supports(s, a) else (lo, s)
        # Hours joined from two rules may be right ("10 am to 5 pm (Thursdays until 8 pm)" as
        # "10 am to 8 pm on Thursdays"): a time is a changed end only when it is another span's end.
        given = self.answer.facts[end]
        if given.kind == "time" and not any(supports(x, given) for band in src_bands for x in band):
            return
        checks[end] = replace(checks[end], status=RANGE, **_at(wrong),
                              detail=f"the source gives the range {s.text} to {t.text}, not {a.text} to {b.text}")

    def _source_bands(self) -> list[tuple[NumberMention, NumberMention]]:
        facts = self.src.facts
        return [(facts[i], facts[j]) for i, j in _bands(self.src.text, facts, [self.src.bounds[m.start] for m in facts])]

    def _band_as_range(self, m: NumberMention) -> NumberCheck | None:
        """A range of the answer that restates a band of the source ("1000元到1万元" for
        "1000元以上1万元以下"): grounded there."""
        if not isinstance(m.value, Range):
            return None
        facts = self.src.facts
        for s, t in zip(facts, facts[1:]):
            # Two ends the source joins with an end marked inclusive: "7千瓦（含）至22千瓦".
            if (same_unit(s, m) and same_unit(t, m) and _INCLUSIVE_SPAN.fullmatch(self.src.text, s.end, t.start)
                    and isinstance(s.value, Quantity) and isinstance(t.value, Quantity)
                    and (s.value.number, t.value.number) == (m.value.low, m.value.high)):
                return NumberCheck(m.start, m.end, m.text, GROUNDED, self.src.text[s.start:t.end], s.start, t.end)
        for s, t in self._source_bands():
            if (isinstance(s.value, Quantity) and isinstance(t.value, Quantity) and same_unit(s, m)
                    and (s.value.number, t.value.number) == (m.value.low, m.value.high)):
                start, end = self.src.bounds[s.start][1], self.src.bounds[t.start][2]
                return NumberCheck(m.start, m.end, m.text, GROUNDED, self.src.text[start:end], start, end)
        return None

    def _check_each(self) -> list[NumberCheck]:
        first = [self.check(k) for k in range(len(self.answer.facts))]
        if len(first) < 2:
            return first
        # Numbers of one answer are mostly of one rule: where the others stand is a hint for each.
        segments = [self._segment(c) if c.status == GROUNDED else None for c in first]
        clauses = [self.src.clause_at(c.source_start) if c.status == GROUNDED else None for c in first]
        sentences = [sentence_span(self.answer.text, m.start) for m in self.answer.facts]
        out = []
        for k, c in enumerate(first):
            anchors = frozenset(s for j, s in enumerate(segments) if j != k and s is not None)
            # A clause another number of the answer's sentence stands in: numbers stated together
            # there and here are of one rule ("22时至次日6时…每次3元").
            beside = frozenset(i for j, i in enumerate(clauses) if j != k and i is not None
                               and sentences[j] == sentences[k])
            # And the clause after a condition it states ("开车前不满24小时的，按票价20%收取"): its consequence.
            beside |= frozenset(i + 1 for i in beside if self._condition(i))
            out.append(self.check(k, anchors, beside) if anchors else c)
        return out

    def _ranked(self, k: int, anchors: frozenset[int]) -> list[tuple[float, int]]:
        """The source clauses for answer number k, best first; `anchors` add to their segments."""
        base = self._base.get(k)
        if base is None:
            base = self._base[k] = self.src.ranked(*self.contexts[k])
        if not anchors:
            return base
        clauses = self.src.clauses
        out = [(round(sc + (ANCHOR if clauses[i].segment in anchors else 0.0), 6), i) for sc, i in base]
        out.sort(key=itemgetter(1))  # then stably by score: best first, ties to the earlier clause
        out.sort(key=itemgetter(0), reverse=True)
        return out

    def _segment(self, c: NumberCheck) -> int | None:
        i = self.src.clause_at(c.source_start)
        return self.src.clauses[i].segment if i is not None else None

    def _describe(self, r: NumberMention) -> str:
        what = self._subject_of(r, "")
        return f"{r.text} for {what}" if what else r.text

    def _subject_of(self, r: NumberMention, default: str = "another part of the text") -> str:
        i = self.src.clause_of_fact.get(r.start)
        if i is None:
            return default
        c = self.src.clauses[i]
        return subject(self.src.text, c.start, c.end, r) or default

    def _slot(self, clause_i: int, m: NumberMention) -> NumberMention | None:
        """The fact of the clause that stands where `m` stands: the one of the same kind and
        unit (a rate aside)."""
        if clause_i < 0:
            return None
        same = [r for r in self.src.clauses[clause_i].facts
                if r.kind == m.kind and (m.kind == "plain" or same_unit(r, m))]
        return same[0] if len(same) == 1 else None

    def check(self, k: int, anchors: frozenset[int] = frozenset(), beside: frozenset[int] = frozenset()) -> NumberCheck:
        m = self.answer.facts[k]
        rel, bstart, _ = self.answer.bounds[k]
        ranked = self._ranked(k, anchors)
        base: dict[str, Any] = dict(start=m.start, end=m.end, surface=m.text)
        if _COUNT_WORD.match(m.text) and m.unit in _COUNTERS and not any(f.unit == m.unit for f in self.src.facts):
            # "两个条件满足一个即可", "两项都要达到": the answer counts what it names itself, in words
            # and with a classifier no figure of the source has; no figure is claimed.
            return NumberCheck(**base, status=DERIVED, detail=f"a count of the answer's own ({m.text})")
        holders = self._held.get(k)
        if holders is None:  # the same on the second look, with anchors
            holders = self._held[k] = _holders(self.src, m)
        if not holders:
            return self._unheld(k, m, ranked, base)
        if all(how != "exact" or r.kind != m.kind for r, how in holders) and any(
                supports(q, m) in ("exact", "value" if m.kind == "plain" else "exact") for q in self.question_numbers):
            # The asker's "6 visits" repeated, which the source backs only as another writing ("6 months"),
            # or as a bare number ("6 weeks" of the asker's, "at miles 6, 13 and 20" of the source's);
            # or the asker's count repeated bare ("7 of us" … "a group of 7").
            return NumberCheck(**base, status=EXAMPLE, detail="the asker's own example, repeated from the question")
        if all(how != "exact" and r.kind != m.kind for r, how in holders):
            # A number the source states only as another kind of number (a bare one with a unit,
            # or the reverse) may be one the answer works out ("the other 2 cost $2 each", of the
            # asker's 8 withdrawals less 6 free).
            worked = self._worked_out(m)
            if worked is not None:
                return NumberCheck(**base, status=DERIVED, detail=worked)
        score_of = {i: sc for sc, i in ranked}
        held = []
        # Of several facts stating the value, one of the answer's rate ("每公斤100元", not "每天补偿100元").
        rate = _rate(self.answer.text, m, bstart) if len(holders) > 1 else None
        other_rate: set[int] = set()
        for r, how in holders:
            src_rel = self.src.bounds[r.start][0]
            agree = direction(src_rel) == direction(rel)
            if rate is not None and _rate(self.src.text, r, self.src.bounds[r.start][1]) != rate:
                other_rate.add(r.start)
            held.append((score_of.get(self.src.clause_of_fact.get(r.start, -1), 0.0) + (0.3 if agree else 0.0)
                         + (0.3 if rate is not None and r.start not in other_rate else 0.0), r, how, src_rel))
        held.sort(key=lambda h: -h[0])
        best_held, r, how, src_rel = held[0]
        # (Of one relation: "满10年" is not "不满10年" beside it; nor of another rate.)
        together = next((h for h in held if self.src.clause_of_fact.get(h[1].start) in beside
                         and direction(h[3]) == direction(rel) and h[1].start not in other_rate), None)
        if together is not None:
            _, r, how, src_rel = together
            return self._held_check(k, base, r, how, src_rel)
        top, top_i = ranked[0] if ranked else (0.0, -1)
        slot = self._slot(top_i, m)
        holder_score = score_of.get(self.src.clause_of_fact.get(r.start, -1), 0.0)
        if top >= MIN_SLOT and top - holder_score >= MARGIN:
            # The rule the answer is worded like gives the digits in another unit ("groups … get $15
            # off" of "groups … get 15% off", where $15 is a session's price): the unit changed.
            other = _same_number_other_unit(self.src, [top_i], m, across=True)
            if other is not None and not self._accounted(other):
                return NumberCheck(**base, status=UNIT, **_at(other), detail=f"the source gives {self._describe(other)},"
                                                                            f" not {m.text}")
        # A slot whose value the answer gives as well is accounted for ("团体课每节最多20人，报名满5人…").
        if (slot is not None and top >= MIN_SLOT and top - holder_score >= MARGIN and not supports(slot, m)
                and _fits(slot, m)
                and not self._accounted(slot) and not self._names(k, r, slot)):
            return self._accused(k, base, slot, r) or self._held_check(k, base, r, how, src_rel)
        rival = self._rival(k, m, [h for h, _ in holders])
        if rival is not None:
            return self._accused(k, base, rival, r) or self._held_check(k, base, r, how, src_rel)
        return self._held_check(k, base, r, how, src_rel)

    def _accused(self, k: int, base: dict[str, Any], given: NumberMention, holder: NumberMention) -> NumberCheck | None:
        """Answer number k, whose wording points at `given`, misattributed; unless the answer works
        it out ("多出的3小时每小时1元，一共3元"), or the asker's own case names the holder's subject
        ("I'm a manager…": "$80 phone allowance"); then None."""
        m = self.answer.facts[k]
        worked = self._worked_out(m)
        if worked is not None:
            return NumberCheck(**base, status=DERIVED, detail=worked)
        asker = _asker_words(self.question)
        if asker and contrast(asker, [given], [holder], source_subjects(self.src.text), self.src.weights) is not None:
            return None
        return self._misattributed(base, m, given, holder)

    def _held_check(self, k: int, base: dict[str, Any], r: NumberMention, how: str, src_rel: str) -> NumberCheck:
        """Answer number k checked against `r`, the source fact stating its value: its range,
        comparator and rate."""
        m = self.answer.facts[k]
        rel, bstart, _ = self.answer.bounds[k]
        located: dict[str, Any] = dict(source_surface=r.text, source_start=r.start, source_end=r.end)
        if isinstance(r.value, Range) and isinstance(m.value, Quantity) and m.kind != "date":
            low, high = r.value.ends
            # An end turned round ("200万元以上" of "50万元至200万元"), or the range left open past
            # its other end ("50万元以上"), unless the question asks for the one end or the answer
            # gives the other as well (…超过180立方米的部分（超过180至260立方米）).
            turned = (direction(rel) == "lower" and m.value == high) or (direction(rel) == "upper" and m.value == low)
            other = high if direction(rel) == "lower" else low
            opened = ((direction(rel) == "lower" and m.value == low) or (direction(rel) == "upper" and m.value == high)
                      ) and not _ASKS_END.search(self.question.text) and not any(
                (isinstance(f.value, Quantity) and f.value == other) or (isinstance(f.value, Range)
                                                                        and f.value.has_end(other))
                for f in self.answer.facts
            ) and not self._beyond(m, rel)
            if turned or opened:
                return NumberCheck(**base, status=RANGE, **located,
                                   detail=f"the source gives the range {self._describe(r)}, not {WORDS[rel]} {m.text}")
        if (direction(rel) and direction(src_rel) and direction(rel) != direction(src_rel)
                and not self._contrapositive(k, r) and not self._other_side(k, r) and not self._between(k, r)
                and not self._askers_side(k, r)):
            return NumberCheck(**base, status=COMPARATOR, **located,
                               detail=f"the source says {WORDS[src_rel]} {self._describe(r)},"
                                      f" the answer {WORDS[rel]} {m.text}")
        src_rate = _rate(self.src.text, r, self.src.bounds[r.start][1])
        rate = _rate(self.answer.text, m, bstart)
        if rate and src_rate and rate != src_rate:
            return NumberCheck(**base, status=UNIT, **located,
                               detail=f"the source gives {self._describe(r)} per {src_rate}, not per {rate}")
        status = GROUNDED if how == "exact" else FORMAT_CHANGED
        return NumberCheck(**base, status=status, **located,
                           detail="" if status == GROUNDED else f"the source writes {r.text}")

    def _askers_side(self, k: int, r: NumberMention) -> bool:
        """Whether the answer's bound on number k is the other side of source fact r's, and the
        asker's own number is on it ("我租房一年…": "租期满6个月，服务费为1个月租金" of "租期不足6个月
        的，按半个月租金收取"): the answer states the rule the case falls under."""
        m, rel = self.answer.facts[k], self.answer.bounds[k][0]
        src_rel = self.src.bounds[r.start][0]
        # Not where the answer keeps r's consequence ("不满3周岁的子女按每月2000元扣除" of "年满3周岁…每月2000元").
        i = self.src.clause_of_fact.get(r.start)
        seg = self.src.clauses[i].segment if i is not None else -1
        theirs = [f for c in self.src.segment_clauses.get(seg, ()) for f in self.src.clauses[c].facts if f is not r]
        others = [a for j, a in enumerate(self.answer.facts) if j != k]
        if any(supports(f, a) for f in theirs for a in others):
            return False
        # It gives the consequence of another rule: the one the case falls under ("1个月租金").
        if not any(supports(f, a) for a in others for f in self.src.facts
                   if self.src.clause_of_fact.get(f.start) not in (None, *self.src.segment_clauses.get(seg, ()))):
            return False
        # (The asker's own number: one the source does not state. "超过3天的…？" quotes a rule.)
        return any(meets(q, m, rel) is True and meets(q, r, src_rel) is False and not _holders(self.src, q)
                   for q in self.question_numbers)

    def _between(self, k: int, r: NumberMention) -> bool:
        """Whether the answer states the band between two rules of the source bounding one number
        from below ("超过20公斤、不超过50公斤的，物业代搬" of "超过20公斤的…物业代搬；超过50公斤的，
        业主自行安排"): its upper end is where the next rule starts."""
        m, rel = self.answer.facts[k], self.answer.bounds[k][0]
        if direction(rel) != "upper" or direction(self.src.bounds[r.start][0]) != "lower" or not isinstance(
                m.value, Quantity):
            return False
        return any(j != k and isinstance(a.value, Quantity) and same_unit(a, m) and a.value.number < m.value.number
                   and direction(self.answer.bounds[j][0]) == "lower"
                   and any(supports(x, a) and direction(self.src.bounds[x.start][0]) == "lower" for x in self.src.facts)
                   for j, a in enumerate(self.answer.facts))

    def _other_side(self, k: int, r: NumberMention) -> bool:
        """Whether the answer turns the bound of `r` to give the value the source states beside it
        for the other side ("$125, because the flight is longer than 3 hours" of "$75 on flights
        under 3 hours, $125 on longer flights"): another number of its sentence is not the one of
        r's clause but one of another clause of r's rule, or of the next segment when that speaks of
        the rest ("…get a full refund; later cancellations get 50% back", `_rest_of`)."""
        i = self.src.clause_of_fact.get(r.start)
        if i is None:
            return False
        clauses = self.src.clauses
        ss, se = sentence_span(self.answer.text, self.answer.facts[k].start)
        for j, f in enumerate(self.answer.facts):
            if j == k or not ss <= f.start < se:
                continue
            if not any(supports(x, f) for x in clauses[i].facts) and any(
                    supports(x, f) for c in self._rest_of(clauses[i].segment) for x in clauses[c].facts):
                return True
            mine = [x for x in clauses[i].facts if x.kind == f.kind and x is not r]
            if not mine or any(supports(x, f) for x in mine):
                continue
            if any(supports(x, f) for c in self.src.segment_clauses[clauses[i].segment] if c != i
                   for x in clauses[c].facts):
                return True
        return False

    def _rest_of(self, segment: int) -> list[int]:
        """The clauses of the segment after `segment` when it opens on the other side of its rule
        ("…at least 24 hours before get a full refund; later cancellations get 50% back"; "free
        within 10 km; beyond that, a $4 fee applies"), else none."""
        after = self.src.segment_clauses.get(segment + 1)
        if not after:
            return []
        first = self.src.clauses[after[0]]
        return list(after) if _REST.match(self.src.text, first.start, first.end) else []

    def _beyond(self, m: NumberMention, rel: str) -> bool:
        """Whether the asker's own case lies past the end m of a range that the answer gives alone
        ("We're a party of 20": "the Garden Room holds at most 14" of its 8 to 14): that end is
        the one that matters to the case."""
        assert isinstance(m.value, Quantity)
        return any(isinstance(q.value, Quantity) and q.kind == m.kind and same_unit(q, m)
                   and (q.value.number > m.value.number if direction(rel) == "upper" else q.value.number < m.value.number)
                   for q in self.question_numbers)

    def _contrapositive(self, k: int, r: NumberMention) -> bool:
        """Whether the answer turns both the bound and what follows from it ("满30分钟后才可以交卷"
        for "不满30分钟的，不得交卷"; "还不满3周岁，不在扣除范围内" for "年满3周岁的…扣除"): the
        same rule said from the other side."""
        # What follows a number, up to the next one: its consequence.
        end = self.answer.bounds[k][2]
        stop = min([b[1] for b in self.answer.bounds if b[1] >= end] + [sentence_span(self.answer.text, end)[1]])
        src_end = self.src.bounds[r.start][2]
        sentence_end = sentence_span(self.src.text, src_end)[1]
        src_stop = min([b[1] for b in self.src.bounds.values() if b[1] >= src_end] + [sentence_end])
        if _OTHERWISE.search(self.src.text, src_end, sentence_end):
            return True  # "误差超过2%的，由企业承担，否则由用户承担": the source states the other side too
        return (_negated_shared(self.answer.text, end, stop, self.src.text, src_end, src_stop)
                != _negated_shared(self.src.text, src_end, src_stop, self.answer.text, end, stop))

    def _worked_out(self, m: NumberMention) -> str | None:
        return self._worked.get(m)

    @cached_property
    def _worked(self) -> dict[NumberMention, str]:
        """How each answer number is worked out, for those that are. A figure the answer works out
        counts as stated for the next step ("…=36元，…=60元，合计96元"; a total may come first:
        "$300: … $240, plus … $60"), in rounds, so that no step rests on its own result."""
        found: dict[NumberMention, str] = {}
        operands = [*self.answer.facts, *self.question_numbers]
        held: dict[NumberMention, bool] = {}

        def stated(o: NumberMention) -> bool:
            if o not in held:
                held[o] = bool(_holders(self.src, o))
            return held[o] or o in before

        while True:
            before = dict(found)
            for m in self.answer.facts:
                if m not in found:
                    how = worked_out(m, operands, stated, self.answer.text, asked=self.question_numbers)
                    if how is not None:
                        found[m] = f"worked out by the answer: {how}"
            if len(found) == len(before):
                return found

    def _misattributed(self, base: dict[str, Any], m: NumberMention, given: NumberMention,
                       holder: NumberMention) -> NumberCheck:
        """m is what the source gives for `holder`'s subject; at m's place it gives `given`."""
        return NumberCheck(**base, status=MISATTRIBUTED, **_at(given),
                           detail=f"the source gives {self._describe(given)}; {m.text} is what it gives"
                                  f" for {self._subject_of(holder)}")

    def _said(self, k: int) -> frozenset[str]:
        said = self._said_of.get(k)
        if said is None:
            said = self._subject_words(k)
            if not self._names_a_subject(said, self.answer.facts[k]):
                # "$25 per day." names no subject: the question's is the answer's.
                said |= _question_words(self.question)
            self._said_of[k] = said
        return said

    def _accounted(self, f: NumberMention) -> bool:
        """Whether the answer gives source fact f's value too, alone or as an end of a range of its
        own ("3 to 7 days" accounts for the "7 days" of the rule beside it)."""
        return any(supports(f, a) or (isinstance(a.value, Range) and isinstance(f.value, Quantity) and same_unit(f, a)
                                      and a.value.has_end(f.value)) for a in self.answer.facts)

    def _names_a_subject(self, said: frozenset[str], m: NumberMention) -> bool:
        """Whether `said` holds a word of the subject of some source fact measured like m."""
        if not said:
            return False
        subjects = source_subjects(self.src.text).of
        return any(said & subjects[f.start].own for f in self.src.facts_of_kind.get(m.kind, ())
                   if f.start in subjects and _same_measure(f, m))

    def _subject_words(self, k: int) -> frozenset[str]:
        """The answer's words for the subject of its number k: those before it in its clause,
        and the first clause of its sentence when that one states no number of its own (a
        condition or subject, "法定节假日加班的，按…300%支付"; a first clause with a number of its
        own, "…15个工作日内交货，验收合格后…10个工作日内付款", is that number's)."""
        text, bounds = self.answer.text, self.answer.bounds
        m = self.answer.facts[k]
        ss, se = sentence_span(text, m.start)
        # The sentence's first word too, numbers and all: "二套住房…3.5%" names 二套 (see `head_of`).
        said = self._own_words(k) | head_of(text, ss, se, [(s, e) for rel, s, e in bounds if rel])
        cs, ce = _clause_span(text, m.start)
        if ce + 1 < se and _CAUSE.match(text, cs):
            # "Because she is under 14, she must be supervised…": a cause or condition is about
            # what follows from it, where that clause states no number of its own.
            ns, ne = _clause_span(text, ce + 1)
            if not any(ns <= b[1] < ne for b in bounds):
                said |= words_before(text, ns, ne, [(s, e) for _, s, e in bounds])
        first_end = _piece(text, _CLAUSE, ss)[1]
        if first_end >= bounds[k][1] or any(ss <= b[1] < first_end for b in bounds):
            return said
        return said | words_before(text, ss, first_end, [(s, e) for _, s, e in bounds])

    def _rival(self, k: int, m: NumberMention, holders: list[NumberMention]) -> NumberMention | None:
        """A fact of m's kind, with another value, whose subject the answer names instead of the
        subject of every fact stating m's value (see `distill.scoring.subjects`)."""
        # A rival stands where m stands: of its kind, and its clause worded like the answer. The
        # cheap tests first: without a fact of m's kind and measure, neither the answer's words
        # nor the source's subjects are needed.
        rivals = [f for f in self.src.facts_of_kind.get(m.kind, ()) if _same_measure(f, m) and f not in holders
                  and not supports(f, m) and _fits(f, m)]
        if holders and all(h.kind == "plain" != m.kind for h in holders):
            # A table's cells leave their unit to its caption ("（元/人·天）| 经理 | 600 |"): the
            # answer's 300元 of one cell has the other cells for rivals.
            rivals += [f for f in self.src.facts_of_kind.get("plain", ()) if f not in holders
                       and isinstance(f.value, Quantity) and not supports(f, m, unit_from_context=True)]
        if not rivals:
            return None
        said = self._said(k)
        if not said:
            return None
        subjects = source_subjects(self.src.text)
        # (Tested last, the dearest:) a fact whose value the answer gives as well is accounted for.
        rivals = [f for f in rivals if not self._accounted(f)]
        found = contrast(said, holders, [f for f in rivals if said & subjects.of[f.start].clause], subjects,
                         self.src.weights)
        if found is not None or len(self.answer.facts) > 1 or self._asker_numbers:
            return found
        # An answer of one number whose words tell no subject from another ("按每月2000元定额扣除。",
        # "须不晚于开车前20分钟办理。", its words those of every parallel rule): the question may ("首套住房贷款利息每月扣除标准是多少？", "…when my spouse dies?", "…for a dog
        # under 25 lb?", the source's own number naming a subject); not one with numbers of the
        # asker's own, which may be anyone's.
        asked = said | _question_words(self.question)
        extra = asked - said
        # (Words of no holder's or rival's subject change no verdict: then it is the one above.)
        if not extra or not any(extra & (t.rule | t.own | t.clause | t.after | t.head)
                                for t in map(subjects.of.get, (f.start for f in (*rivals, *holders))) if t):
            return None
        found = contrast(asked, holders, [f for f in rivals if asked & subjects.of[f.start].clause], subjects,
                         self.src.weights)
        # A longer answer is worded as some rule: not where the question's words are also those of
        # a holder's rule and not of the rival's ("…须附采购合同？"), which name no other.
        if found is not None and len(said) > 3 and any(
                (asked - said) & (self._rule_tokens(h) - self._rule_tokens(found)) for h in holders):
            return None
        return found

    def _rule_tokens(self, r: NumberMention) -> frozenset[str]:
        """The tokens of the segment that states source fact r."""
        i = self.src.clause_of_fact.get(r.start)
        if i is None:
            return frozenset()
        clauses = self.src.clauses
        return frozenset().union(*(clauses[j].tokens for j in self.src.segment_clauses[clauses[i].segment]))

    @cached_property
    def _asker_numbers(self) -> bool:
        """Whether the question holds numbers of the asker's own: ones the source does not state."""
        return any(not _holders(self.src, q) for q in self.question_numbers)

    def _own_words(self, k: int) -> frozenset[str]:
        text, bounds = self.answer.text, self.answer.bounds
        m = self.answer.facts[k]
        cs, ce = _clause_span(text, m.start)
        spans = [(s, e) for _, s, e in bounds]
        # As for the source's numbers (`distill.scoring.subjects`): the words after it in its
        # clause too ("Children younger than 3 swim for free").
        return words_before(text, cs, bounds[k][1], spans) | words_after(text, m.end, ce, spans)

    def _names(self, k: int, r: NumberMention, slot: NumberMention) -> bool:
        """Whether the answer names the subject of `r` (which states its number k) and not that
        of `slot`, the fact its wording is closest to: then the wording's pull is no misattribution."""
        # Any word of r's subject, and none of slot's, is enough here: the slot was chosen by
        # wording alone ("Students pay $150" for "members pay $450").
        said = self._said(k)
        return bool(said) and contrast(said, [slot], [r], source_subjects(self.src.text), self.src.weights,
                                       any_word=True) is not None

    def _unheld(self, k: int, m: NumberMention, ranked: list[tuple[float, int]], base: dict[str, Any]) -> NumberCheck:
        """A number whose value the source does not state: the asker's example, a changed unit,
        a changed range, a figure of another subject, or made up."""
        if any(supports(q, m) or _half_day_apart(q, m) for q in self.question_numbers):
            return NumberCheck(**base, status=EXAMPLE, detail="the asker's own example, repeated from the question")
        worked = self._worked_out(m)
        if worked is not None:
            return NumberCheck(**base, status=DERIVED, detail=worked)
        top_i = ranked[0][1] if ranked else -1
        slot = self._slot(top_i, m)
        other = _same_number_other_unit(self.src, [i for _, i in ranked[:1 if slot is not None else 2]], m)
        if other is not None:
            return NumberCheck(**base, status=UNIT, source_surface=other.text, source_start=other.start,
                               source_end=other.end, detail=f"the source gives {self._describe(other)}, not {m.text}")
        band = self._band_as_range(m)
        if band is not None:
            return band
        # A time counts as a range here, its hour and minute as the ends (so it always has: changing
        # that changes verdicts).
        if isinstance(m.value, (Range, Time)) and m.kind != "date" and all(
                any(end in r.value.numbers for r in self.src.facts) for end in m.value.numbers):
            return NumberCheck(**base, status=RANGE, **_at(slot),
                               detail=f"the source does not give the range {m.text}"
                                      + (f"; it gives {self._describe(slot)}" if slot else ""))
        elsewhere = _same_number_other_unit(self.src, range(len(self.src.clauses)), m)
        if elsewhere is not None:
            # The number with another unit stands elsewhere: taken from there (the wording points
            # at another rule, or names its subject), or the unit changed on its own rule.
            if slot is not None and (ranked[0][0] >= MIN_SLOT or self._names(k, slot, elsewhere)):
                return NumberCheck(**base, status=MISATTRIBUTED, **_at(slot),
                                   detail=f"the source gives {self._describe(slot)}; {_bare_text(m)} is what it"
                                          f" gives for {self._subject_of(elsewhere)} ({elsewhere.text})")
            return NumberCheck(**base, status=UNIT, **_at(elsewhere),
                               detail=f"the source gives {self._describe(elsewhere)}, not {m.text}")
        if slot is not None:
            # A figure worked out from the rule's own figure that the answer's wording points at
            # ("20% off, so a Plus plan costs $24" of the Plus plan's $30).
            how = worked_out(m, [*self.answer.facts, *self.question_numbers, slot],
                             lambda o: o is slot or bool(_holders(self.src, o)), self.answer.text)
            if how is not None:
                return NumberCheck(**base, status=DERIVED, **_at(slot),
                                   detail=f"worked out by the answer from the source's {slot.text}: {how}")
        moved = next((r for r in (slot, *self.src.facts) if r is not None and _one_end_moved(m, r)), None)
        if moved is not None:
            return NumberCheck(**base, status=RANGE, **_at(moved),
                               detail=f"the source gives the range {moved.text}, not {m.text}")
        said = f"; the source gives {self._describe(slot)}" if slot is not None else ""
        return NumberCheck(**base, status=HALLUCINATED, **_at(slot), detail=f"the source does not state {m.text}{said}")


def _fits(other: NumberMention, m: NumberMention) -> bool:
    """Whether `other` could stand where the answer's `m` does: a range the source states is no
    figure of one number ("aged 6 to 12" of "Child (6-12)", not of "Seniors aged 65")."""
    return isinstance(other.value, Range) or not isinstance(m.value, Range)


def _is_span(facts: Sequence[NumberMention], ks: Sequence[int]) -> bool:
    """Whether numbers `ks` hold two times of day or two dates (a span of them)."""
    kinds = [facts[k].kind for k in ks]
    return kinds.count("time") > 1 or kinds.count("date") > 1


def _one_end_moved(m: NumberMention, slot: NumberMention) -> bool:
    """Whether range `m` is range `slot` with one end, and only one, moved ("5 to 12" for "5 to 17",
    "3月15日至4月30日" for "3月15日至5月31日")."""
    a, b = m.value, slot.value
    if isinstance(a, DateRange) and isinstance(b, DateRange):
        return (a.first == b.first) != (a.last == b.last)
    if not (isinstance(a, Range) and isinstance(b, Range) and same_unit(m, slot)):
        return False
    return (a.low == b.low) != (a.high == b.high)


def _bands(text: str, facts: Sequence[NumberMention], bounds: Sequence[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Pairs of side-by-side numbers (their indexes) of one measure bounding one thing from
    below and from above: "满80周岁不满90周岁", "50元以上200元以下"; and two times of day or two
    dates of a span ("15:00至16:30", "between 9 a.m. and 8 p.m.", "from April 1 to October 31")."""
    out = []
    for i in range(len(facts) - 1):
        (rel_a, _, end_a), (rel_b, start_b, _) = bounds[i], bounds[i + 1]
        a, b = facts[i], facts[i + 1]
        if a.kind == b.kind and a.kind in ("time", "date"):
            if _TIME_SPAN.fullmatch(text, a.end, b.start):
                out.append((i, i + 1))
        elif (direction(rel_a) == "lower" and direction(rel_b) == "upper" and a.kind == b.kind
                and same_unit(a, b) and 0 <= start_b - end_a <= 2 and not _CLAUSE.search(text, end_a, start_b)):
            out.append((i, i + 1))
    return out


_INCLUSIVE_SPAN = re.compile(r"\s*(?:（含）|\(含\)|\(inclusive\))\s*(?:至|到|~|～|-|–|to)\s*")
_TIME_SPAN = re.compile(r"\s*(?:至|到|-|–|—|~|～|to|and|until|till)\s*", re.IGNORECASE)


# What a rule denies: its consequence turned round.
_OTHERWISE = re.compile(r"否则|反之|\b(?:otherwise|or else)\b", re.IGNORECASE)
# A rule's next segment that speaks of the rest ("later ones", "beyond that", "超过的").
_REST = re.compile(r"(?:否则|反之|超过的|超出的|超出部分|其余|此后|逾期的)|(?:otherwise|later|beyond that|after that|above that"
                   r"|over that|thereafter|any later|longer)\b", re.IGNORECASE)
_PIECE_BREAK = re.compile(r"[，,；;]")


def _pieces_of(text: str, start: int, stop: int) -> list[tuple[int, int, frozenset[str]]]:
    cuts = [start, *(m.end() for m in _PIECE_BREAK.finditer(text, start, stop)), stop]
    return [(a, b, tokens(text[a:b])) for a, b in zip(cuts, cuts[1:]) if a < b]


def _negated_shared(text: str, start: int, stop: int, other: str, o_start: int, o_stop: int) -> bool:
    """Whether a consequence, text[start:stop], is negated in a clause that shares a word with
    the other consequence (all of it where none does): "…为大型犬，须佩戴嘴套，不得进入儿童游乐区"
    answered "须佩戴嘴套" is about the muzzle, not the play area."""
    theirs = frozenset().union(*(y for _, _, y in _pieces_of(other, o_start, o_stop)))
    shared = [(a, b) for a, b, x in _pieces_of(text, start, stop) if x & theirs] or [(start, stop)]
    return any(_NEGATED.search(text, a, b) for a, b in shared)


_NEGATED = re.compile(r"不得|不能|不可|不予|不会|不在|不属于|不享受|不再|无法|无权|禁止|严禁"
                      r"|\b(?:not|no|cannot|can't|never|isn't|aren't|won't|doesn't|don't)\b", re.IGNORECASE)


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|you're|you'll)\b|您|你", re.IGNORECASE)


# A question asking for one end of a range: then the answer may give it alone.
_ASKS_END = re.compile(r"最低|最少|至少|起码|最小|最高|最多|最大|最长|上限|下限|封顶|起点|门槛"
                       r"|\b(?:minimum|maximum|at least|at most|youngest|oldest|lowest|highest|longest|earliest|latest|smallest|largest"
                       r"|min|max|up to)\b", re.IGNORECASE)


def _at(r: NumberMention | None) -> dict[str, Any]:
    if r is None:
        return {}
    return dict(source_surface=r.text, source_start=r.start, source_end=r.end)


def _bare_text(m: NumberMention) -> str:
    return f"{_bare(m):g}"


# ---------------------------------------------------------------------------------------------
# The question's side, off-topic answers, the quote
# ---------------------------------------------------------------------------------------------


def _expected_check(answer: _Side, checks: list[NumberCheck], src: SourceClauses,
                    ranked: list[tuple[float, int]]) -> tuple[str, str] | None:
    """A misattribution seen from the question (`ranked`: the clauses it points at, for a
    question that asks for a number): the clause it points at has a value of the asked kind
    that the answer does not give, giving instead another value of the source of that kind."""
    if not checks or any(c.status == MISATTRIBUTED for c in checks):
        return None
    if not ranked or ranked[0][0] < QUESTION_SLOT:
        return None
    top, top_i = ranked[0]
    score_of = {i: s for s, i in ranked}
    clause = src.clauses[top_i]
    for c, m in zip(checks, answer.facts):
        if c.status != GROUNDED or c.source_start is None:
            continue
        same = [r for r in clause.facts if r.kind == m.kind]
        if len(same) != 1 or any(supports(same[0], a) for a in answer.facts):
            continue
        held_in = src.clause_at(c.source_start)
        if held_in == top_i or top - score_of.get(held_in if held_in is not None else -1, 0.0) < MARGIN:
            continue
        r = same[0]
        what = subject(src.text, clause.start, clause.end, r)
        return MISATTRIBUTED_NUMBER, f"the question asks about {what}: the source gives {r.text}, not {m.text}"
    return None


# What a question asks for, where its words say: the kind of number.
_ASKS_KIND = (
    ("count", re.compile(r"几次|多少次|几个|几位|几人|多少人|多少个|how many times|how many (?:people|persons|guests)", re.I)),
    ("amount", re.compile(r"多少钱|多少元|几元|什么价|怎么收费?|如何收费|收费标准|费用是多少|how much (?:does|do|is|will|would|money)"
                          r"|what (?:fee|price|cost)|what (?:does|do|will|would) .{0,40}\bcost\b", re.I)),
    ("duration", re.compile(r"多久|多长时间|几天|多少天|几个月|几年|多少年|how long|how many (?:days|weeks|months|years|hours)",
                            re.I)),
    ("percent", re.compile(r"百分之几|多少%|比例|what percentage|what share", re.I)),
)


def _asked_kind(question: str) -> str | None:
    return next((kind for kind, words in _ASKS_KIND if words.search(question)), None)


def _other_kind(question: _Side, answer: _Side, checks: list[NumberCheck], src: SourceClauses,
                ranked: list[tuple[float, int]]) -> str | None:
    """Why an answer gives numbers of another kind than the question asks for, or None: the
    question says what it asks for ("怎么收费", "几次", "how long"), the clause it points at
    states a number of that kind, and the answer, every number of it the source's, gives none
    of that kind ("复印病历怎么收费？" answered with the 30 days within which one may ask)."""
    kind = _asked_kind(question.text)
    if kind is None or not checks or not ranked or ranked[0][0] < OTHER_KIND_NEAR or question.facts:
        return None
    if any(c.status != GROUNDED for c in checks) or any(m.kind == kind for m in answer.facts):
        return None
    segment = src.clauses[ranked[0][1]].segment
    wanted = [(c, r) for c in map(src.clauses.__getitem__, src.segment_clauses[segment]) for r in c.facts
              if r.kind == kind]
    if not wanted:
        return None
    clause, r = wanted[0]
    what = subject(src.text, clause.start, clause.end, r)
    return (f"the question asks about {what or 'another rule'} (the source gives {r.text});"
            f" the answer gives {', '.join(c.surface for c in checks)}, none of that kind")


def _question_words(question: _Side) -> frozenset[str]:
    """The question's subject words: its tokens less question words, numbers and single characters."""
    if question._words is None:
        # (A subject named to be excluded, "outside London", is none the question asks about.)
        masked = mask(blank_excluded(question.text), [(s, e) for _, s, e in question.bounds])
        question._words = frozenset(t for t in tokens(_GENERIC.sub(" ", masked)) if len(t) > 1)
    return question._words


def _asker_words(question: _Side) -> frozenset[str]:
    """The words of the question's clauses in which the asker speaks of themselves ("I'm a
    manager", "我是硕士"), numbers masked."""
    text = question.text
    out: set[str] = set()
    at = 0
    for sep in [*CLAUSE_BREAK.finditer(text), None]:
        end = sep.start() if sep else len(text)
        if FIRST_PERSON.search(text, at, end):
            out |= question.masked_tokens(at, end)
        at = sep.end() if sep else len(text)
    return frozenset(t for t in out if len(t) > 1 and t != MASK)



def _unanswered_slot(question: _Side, answer: _Side, answer_toks: frozenset[str], checks: list[NumberCheck],
                     src: SourceClauses, ranked: list[tuple[float, int]]) -> str | None:
    """Why an answer to a question asking for a number answers another rule, or None: the
    question points clearly at one clause (ASKED_SLOT, ahead of the next by ASKED_MARGIN) that
    states one number; the answer does not give it, and the numbers it does give, each grounded,
    the source states elsewhere ("紧急维修后多久内要补办审批手续？" answered with the 24 hours
    for the notice, not the 10 working days for the paperwork). An answer that names the asked
    subject with a wrong number is misattributed instead."""
    if not checks or not ranked or question.facts or any(c.status != GROUNDED for c in checks):
        return None  # (a question with a case of its own, "My ride lasted 40 minutes…", asks how rules apply)
    top, asked = ranked[0]
    second = ranked[1][0] if len(ranked) > 1 else 0.0
    facts = src.clauses[asked].facts
    if top < ASKED_SLOT or top - second < ASKED_MARGIN or len(facts) != 1:
        return None
    if any(supports(facts[0], m) for m in answer.facts):
        return None
    held_in = [src.clause_at(c.source_start) for c in checks if c.source_start is not None]
    if asked in held_in:
        return None
    kind = _asked_kind(question.text)
    if kind is not None:
        # The question says what it asks for ("几次", "how much"): the asked clause must state one
        # of that kind (the answer gives another number, of that kind or not).
        if facts[0].kind != kind:
            return None
    elif facts[0].kind not in {m.kind for m in answer.facts}:
        return None  # a number of another kind: maybe another aspect of the rule
    # An answer that speaks of what the question asks about, whatever its clause ("When is an
    # unpaid account deleted?" is asked of the clause about unpaid accounts, answered by the next).
    # Words the asked clause shares with the answer's (its rule's subject) tell them not apart.
    theirs = frozenset().union(*(src.clauses[i].tokens for i in held_in if i is not None))
    words = _question_words(question) - (theirs & src.clauses[asked].tokens)
    if not words or _weighted_share(words, answer_toks | theirs, src.weights) >= ASKED_SHARE:
        return None
    what = subject(src.text, src.clauses[asked].start, src.clauses[asked].end, facts[0])
    return (f"the question asks about {what or 'another rule'} (the source gives {facts[0].text});"
            f" the answer gives {', '.join(c.surface for c in checks)} of another rule")


_GENERIC = re.compile(
    r"多少|几|什么|哪些|哪个|哪|是否|如何|怎么|怎样|谁|吗|呢|请问|可以|能否|需要|应当|应该|有没有|是不是|多久|多长|时间|标准|规定|要求"
    r"|\b(?:how|many|much|long|often|what|which|who|when|where|why|does|do|is|are|can|may|must|should|would|will"
    r"|could|get|got|have|has)\b",
    re.IGNORECASE,
)


def _near(src: SourceClauses, i: int, j: int, across: bool) -> bool:
    """Whether clauses i and j are in one rule or in rules next to each other: a ；apart, or
    also a sentence apart when `across`."""
    a, b = sorted((src.clauses[i], src.clauses[j]), key=lambda c: c.start)
    return abs(a.segment - b.segment) <= 1 and (across or not SENTENCE_BREAK.search(src.text, a.end, b.start))


def _weighted_share(q: frozenset[str], said: frozenset[str], weights: TokenWeights) -> float:
    """The share of the question's words that the source holds, each weighed by how few of the
    source's clauses hold it, found in `said`: "丢失图书怎么赔？" is about 丢失 more than 图书, which
    every rule of a library's policy names. Words the source lacks (the asker's own) say nothing."""
    known = [t for t in q if t in weights]
    # (fsum: a sum over a set is the same in any order, so no verdict hangs on the hash seed.)
    total = math.fsum(weights.get(t) for t in known)
    return math.fsum(weights.get(t) for t in known if t in said) / total if total else 1.0


def _pointed(src: SourceClauses, evidence: list[int], q_ranked: list[tuple[float, int]]) -> bool:
    """Whether the question points clearly at a rule that the answer's evidence is not of: the
    clause it is closest to is close (POINTED), in another segment than every evidence clause,
    and the evidence much farther from the question (under POINTED_RATIO of that)."""
    top, asked = q_ranked[0]
    if top < POINTED or any(src.clauses[i].segment == src.clauses[asked].segment for i in evidence):
        return False
    score_of = {i: sc for sc, i in q_ranked}
    return max((score_of.get(i, 0.0) for i in evidence), default=0.0) < POINTED_RATIO * top


def _measured_alike(asked: list[NumberMention], given: Sequence[NumberMention]) -> bool:
    """Whether the answer gives a number of the kind and unit of one of the question's."""
    return any(a.kind == g.kind and a.kind != "plain" and same_unit(a, g) for a in asked for g in given)


def off_topic(question: _Side, answer_toks: frozenset[str], src: SourceClauses, evidence: list[int],
              q_ranked: list[tuple[float, int]], answer_facts: Sequence[NumberMention] = ()) -> str | None:
    """Why the answer does not address the question, or None: the question's subject words
    (its tokens less question words, single characters and numbers) are (almost) absent from
    the answer and from the clauses it rests on, and the rule the question points at is not
    the one the answer rests on, nor next to it (an elliptical "须经总经理审批。" answers
    "…有什么要求？"). A question with no subject of its own is vague_question's business, and
    one whose subject is nowhere in the source leaves unknown which rule it means."""
    if not q_ranked or len(answer_toks - {MASK}) < 3:
        return None  # a short answer ("总经理。") is short_answer's business
    if q_ranked[0][0] < QUESTION_NEAR:
        return None  # a question worded like no rule ("每个月最多能加班多久？") points at none
    if question.facts and (q_ranked[0][0] < POINTED or _measured_alike(question.facts, answer_facts)):
        # The asker's own case ("我买年卡20天了…", "Can I check a 35 kg bag?"): the rule it falls
        # under is what the answer gives, worded like the question or not; with a number measured
        # as the asker's, the answer says which rule that is.
        return None
    asked_clause = q_ranked[0][1]
    # A condition and its consequence may stand either side of a ；: the next rule counts.
    # (Tested first: it is the cheapest test, and it settles most pairs.) Not when the question
    # points at its rule and the answer rests on another, weighing few of its words ("监控录像保存
    # 多久？" answered with how long staff records are kept, the sentence before).
    pointed = _pointed(src, evidence, q_ranked)
    if not pointed and any(_near(src, i, asked_clause, across=False) for i in evidence):
        return None
    q = _question_words(question)
    if src.title is not None:  # the document's title names what every rule is about: no one rule
        q -= src.clauses[src.title].tokens
    if len(q) < 2:
        return None
    evidence_toks = frozenset().union(*(src.clauses[i].tokens for i in evidence))
    said = answer_toks | evidence_toks | _captions(src, evidence)
    weighed = _weighted_share(q, said, src.weights)
    known = [t for t in q if t in src.weights] or q
    if weighed >= OFF_TOPIC_WEIGHT_BELOW and (pointed or len(said.intersection(known)) / len(known) >= OFF_TOPIC_BELOW):
        return None
    # The next sentence counts too when the answer shares a word with the question.
    if not pointed and q & said and any(_near(src, i, asked_clause, across=True) for i in evidence):
        return None
    from distill.scoring.clarity import vague_reason

    if vague_reason(question.text):
        return None
    return "the answer and the source clauses it rests on do not speak of what the question asks about"


def _captions(src: SourceClauses, evidence: list[int]) -> frozenset[str]:
    """The words that a table's rows among the evidence stand under: their caption and columns
    ("学业奖学金…如下：" over "| 一等 | 8000元 |")."""
    subjects: SourceSubjects | None = None
    out: frozenset[str] = frozenset()
    for i in evidence:
        c = src.clauses[i]
        if c.facts and src.text[src.text.rfind("\n", 0, c.start) + 1:c.end].lstrip().startswith("|"):
            subjects = subjects or source_subjects(src.text)
            out = out.union(*(subjects.of[f.start].own for f in c.facts if f.start in subjects.of))
    return out


def _quote(quote: str, source: str, answer: _Side) -> tuple[list[Span], bool, str | None]:
    found = find_quote(quote, source)
    if found is None:
        shown = quote.strip()
        shown = shown if len(shown) <= 40 else shown[:40] + "…"
        return [], False, f"the quoted evidence “{shown}” is not in the source"
    quoted = " ".join(source[s:e] for s, e in found)
    facts = find_facts(quoted)
    missing = [m.text for m in answer.facts if not any(supports(r, m) for r in facts)]
    spans = [Span(s, e, 1.0, "quote") for s, e in found]
    if missing:
        return spans, False, f"the quoted evidence does not state {', '.join(dict.fromkeys(missing))}"
    return spans, True, None


def _spans(src: SourceClauses, chosen: list[tuple[int, float]], answer_toks: frozenset[str],
           checks: list[NumberCheck]) -> list[Span]:
    """The aligned clauses, and the clauses that state the answer's grounded numbers."""
    spans = [Span(src.clauses[i].start, src.clauses[i].end, strength, "alignment") for i, strength in chosen]
    have = {i for i, _ in chosen}
    for c in checks:
        if c.status in (GROUNDED, FORMAT_CHANGED) and c.source_start is not None:
            i = src.clause_at(c.source_start)
            if i is not None and i not in have:
                have.add(i)
                cl = src.clauses[i]
                strength = round(len(answer_toks & cl.tokens) / len(cl.tokens), 3)
                spans.append(Span(cl.start, cl.end, strength, "alignment"))
    return sorted(spans, key=lambda s: (-s.strength, s.start))


# ---------------------------------------------------------------------------------------------
# The entry point
# ---------------------------------------------------------------------------------------------


def ground_pair(question: str, answer: str, source: str, evidence_quote: str | None = None, *,
                answer_facts: list[NumberMention] | None = None,
                question_facts: list[NumberMention] | None = None) -> Grounding:
    """Evidence and number checks of one pair against its source (see the module docstring).
    `answer_facts` / `question_facts`: the texts' `find_facts`, when the caller has them."""
    from distill.scoring.numbers_part import ASKS_NUMBER

    out = Grounding()
    if not source.strip() or not answer.strip():
        return out
    src = source_clauses(source)
    a = _Side.of(answer, answer_facts)
    q = _Side.of(question, question_facts)
    checker = _Checker(src, a, q)
    out.numbers = checker.check_all()
    answer_toks = a.masked_tokens(0, len(answer))
    asked = ASKS_NUMBER.search(question)
    q_ranked = [r for r in src.ranked(q.masked_tokens(0, len(question), [asked.span()] if asked else None))
                if r[1] != src.title]
    asked_clause = q_ranked[0][1] if q_ranked else None
    chosen = align(answer_toks, src, prefer=frozenset(
        () if asked_clause is None else (src.clauses[asked_clause].segment,)))
    out.spans = _spans(src, chosen, answer_toks, out.numbers)
    if evidence_quote and evidence_quote.strip():
        quote_spans, out.quote_ok, problem = _quote(evidence_quote, source, a)
        out.spans = quote_spans + out.spans
        if problem:
            out.issues.append((UNSUPPORTED_EVIDENCE, problem))
    # The answer rests on the clauses it is worded like, and on those that state its numbers.
    evidence = list(dict.fromkeys([i for i, _ in chosen[:2]] + [
        i for c in out.numbers if c.status == GROUNDED and c.source_start is not None
        for i in (src.clause_at(c.source_start),) if i is not None]))
    off = off_topic(q, answer_toks, src, evidence, q_ranked, a.facts) if q.text.strip() else None
    if not off and asked:
        off = _unanswered_slot(q, a, answer_toks, out.numbers, src, q_ranked)
    if not off:
        off = _other_kind(q, a, out.numbers, src, q_ranked)
    if off:
        out.issues.append((OFF_TOPIC, off))
    for c in out.numbers:
        flag = _STATUS_FLAG.get(c.status)
        if flag:
            out.issues.append((flag, c.detail))
    moved = moved_ordinal(answer, question, source)
    if moved:
        out.issues.append(moved)
    if not off:
        expected = _expected_check(a, out.numbers, src, q_ranked) if asked else None
        if expected:
            out.issues.append(expected)
    return out
