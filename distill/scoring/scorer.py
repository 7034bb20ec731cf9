"""`score_pair`: one QA pair against its source, scored by the five rubric parts.

Deterministic (no randomness, no model), explainable (every lost point has a reason in plain
words, named defects carry a flag) and fast (a source chunk is analysed once for all its pairs).
"""

from __future__ import annotations

from distill.scoring.clarity import score_clarity
from distill.scoring.completeness import find_refusal, refusal_deductions, score_completeness
from distill.scoring.consistency import score_consistency, wrong_language
from distill.scoring.format_part import score_format, truncation
from distill.scoring.grounding import ground_pair
from distill.scoring.numbers_part import grounding_deductions, score_numbers
from distill.scoring.result import (
    EMPTY_FIELD, NO_SOURCE, PART_MAX, SCORER_VERSION, Deduction, Flag, ScoreResult, assemble,
)
from distill.scoring.text import PairContext

__all__ = ["SCORER_VERSION", "score_pair", "scorer_version"]


def scorer_version(strict: bool = True) -> str:
    """The version stored with a score; lenient scores are marked, so switching modes rescores."""
    return SCORER_VERSION if strict else f"{SCORER_VERSION}+lenient"


def _empty(question: str, answer: str, strict: bool) -> ScoreResult:
    missing = " and ".join(name for name, text in (("question", question), ("answer", answer)) if not text.strip())
    reason = f"the {missing} {'are' if ' and ' in missing else 'is'} empty"
    return assemble([Deduction(part, points, reason, EMPTY_FIELD) for part, points in PART_MAX.items()], strict=strict)


def score_pair(question: str, answer: str, source: str, *, strict: bool = True,
               evidence_quote: str | None = None) -> ScoreResult:
    """Score one pair 0-100 against the source text it was made from.

    `strict` (the default, as the seeds demand) counts a number written differently from the
    source ("3万元" for "30000元") as an error; lenient mode only notes it. `evidence_quote`:
    the generator's verbatim quote of the source it rests on, checked to be there. The result
    carries the pair's `Grounding` (evidence spans and number checks) when there is a source.
    """
    if not question.strip() or not answer.strip():
        return _empty(question, answer, strict)
    ctx = PairContext(question, answer, source)
    ctx.refusal = find_refusal(ctx)
    ctx.answer_cut = truncation(ctx.answer, source)
    if ctx.src is not None:
        ctx.wrong_language = wrong_language(ctx)
        # Offsets go into the answer as stored (and shown), hence the unstripped text.
        ctx.grounding = ground_pair(question, answer, source, evidence_quote,
                                    answer_facts=ctx.a_facts if answer == ctx.answer else None,
                                    question_facts=ctx.q_facts if question == ctx.question else None)
    deductions = [
        *refusal_deductions(ctx),
        *score_numbers(ctx, strict), *grounding_deductions(ctx), *score_completeness(ctx), *score_clarity(ctx),
        *score_consistency(ctx), *score_format(ctx),
    ]
    extra = []
    if ctx.src is None:
        extra.append(Flag(NO_SOURCE, 0.0, "no source text was given: numbers and wording were not checked against one"))
    result = assemble(deductions, extra, strict)
    result.grounding = ctx.grounding
    return result
