"""Completeness (25 points): does the answer answer, on its own, what the question asks?

- `refusal`: refusals and non-answers (抱歉, 无法回答, 文中未提及, "I cannot ...", "无。");
  they take the whole part.
- `source_reference`: phrasing that leans on a text the reader of the training data will
  never see (根据给定的内容, 根据上文, 文中提到, "according to the text"), in the answer or
  the question.
- `truncated` (with the format part): a cut-off answer is also an unfinished one.
- `short_answer`: an answer far shorter than the question needs ("可以。").
- a graded loss when the answer leaves out most of the key terms of the source clause it
  rests on.

A phrase that the source itself contains is the source's wording, not a refusal or a
reference to "the text", and is let through.
"""

from __future__ import annotations

import re

from distill.scoring.result import (
    COMPLETENESS, CONSISTENCY, NUMBER_ACCURACY, PART_MAX, REFUSAL, SHORT_ANSWER, SOURCE_REFERENCE, TRUNCATED,
    Deduction,
)
from distill.scoring.text import PairContext, dice
from distill.textmetrics import NON_ANSWER, phrase_not_in
from distill.textmetrics import REFUSAL as REFUSAL_PHRASES
from distill.textmetrics import SOURCE_REFERENCE as SOURCE_REFERENCE_PHRASES

_DIGIT = re.compile(r"\d")

REFUSAL_POINTS = 25.0
SOURCE_REFERENCE_POINTS = 10.0
SHORT_POINTS = 10.0
TRUNCATED_POINTS = 10.0  # a cut-off answer is unfinished as well as untidy

def find_refusal(ctx: PairContext) -> str | None:
    """The phrase that makes the answer a refusal or non-answer, or None."""
    answer = ctx.answer
    if NON_ANSWER.fullmatch(answer):
        return answer
    if ctx.a_content and ctx.a_content == ctx.q_content:
        return "the answer repeats the question"
    return phrase_not_in(REFUSAL_PHRASES, answer, ctx.source)


def _source_references(ctx: PairContext) -> list[Deduction]:
    out = []
    for where, text in (("answer", ctx.answer), ("question", ctx.question)):
        if where == "answer" and ctx.refusal:
            continue  # "文中未提及" is part of the refusal
        phrase = phrase_not_in(SOURCE_REFERENCE_PHRASES, text, ctx.source)
        if phrase:
            out.append(Deduction(COMPLETENESS, SOURCE_REFERENCE_POINTS,
                                 f"the {where} refers to a text the reader does not have (“{phrase}”)",
                                 SOURCE_REFERENCE))
    return out


def _is_short(ctx: PairContext) -> bool:
    a, q = len(ctx.a_content), len(ctx.q_content)
    return a < 4 or (a < 6 and a < 0.3 * q)


def coverage(ctx: PairContext) -> float | None:
    """The share of the key terms of the source clause the pair is about (its bigrams the
    question does not already state) that the answer carries; None when there is no clause."""
    if ctx.src is None or not ctx.answer_sentences:
        return None
    pair = ctx.q_grams | ctx.a_grams
    clauses = ctx.src.clauses(ctx.answer_sentences[0])
    if not clauses:
        return None
    # Numbers are the number part's business: only the words count here.
    key = frozenset(g for g in max(clauses, key=lambda g: dice(g, pair)) - ctx.q_grams if not _DIGIT.search(g))
    if len(key) < 4:
        return None
    return len(key & ctx.a_grams) / len(key)


def refusal_deductions(ctx: PairContext) -> list[Deduction]:
    """A refusal earns nothing for content: it states no number to be accurate about and no
    claim to check against the source, so it takes those parts with completeness."""
    if not ctx.refusal:
        return []
    reason = f"the answer is a refusal or non-answer (“{ctx.refusal}”)"
    return [Deduction(part, PART_MAX[part], reason, REFUSAL) for part in (COMPLETENESS, NUMBER_ACCURACY, CONSISTENCY)]


def score_completeness(ctx: PairContext) -> list[Deduction]:
    """The deductions of the completeness part (a refusal's are `refusal_deductions`)."""
    if ctx.refusal:
        return []
    out = _source_references(ctx)
    if ctx.answer_cut:
        out.append(Deduction(COMPLETENESS, TRUNCATED_POINTS, "the answer stops before it is finished", TRUNCATED))
    if _is_short(ctx):
        out.append(Deduction(COMPLETENESS, SHORT_POINTS, "the answer is far shorter than the question needs",
                             SHORT_ANSWER))
        return out
    cov = coverage(ctx)
    if cov is not None and cov < 0.35:
        lost = 5.0 if cov < 0.15 else 3.0
        out.append(Deduction(COMPLETENESS, lost,
                             f"the answer carries only {cov:.0%} of the key terms of the source clause it rests on"))
    return out
