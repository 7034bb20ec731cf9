"""Answer consistency (the seeds' 一致性评估): each question answered N times with sampling.

Per question, over its N sampled answers:

- reference agreement: the share of samples whose numbers agree with the reference — every
  numeric fact of the reference reproduced with its exact surface (as `qa.score_answer`'s
  strict number check) and no hallucinated number;
- sample agreement (一致性): the share of the N·(N-1)/2 pairs of samples that state the same
  numbers, compared by value (`distill.numbers.values_in`: "3万元" and "30000元" agree);
- distinct answers: how many different sets of numbers the samples state;
- correct: the share of samples correct under the strict rule.

Reference and sample agreement are defined for number questions (a reference with a numeric
fact); the overall figures are their means over number questions. A model can be consistently
wrong: sample agreement 1.0 with reference agreement 0.0 is a model that always says the same
wrong number, which is why both are reported.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from distill.numbers import values_in
from train.eval.metric import Metric, mean, rate
from train.eval.qa import QAScore

RULE = ("Each question is answered N times with sampling. A sample agrees with the reference when every number of "
        "the reference appears in it with the exact surface and it states no hallucinated number; two samples "
        "agree with each other when they state the same set of number values. Both are computed for number "
        "questions and averaged over them.")


def agrees_with_reference(score: QAScore) -> bool:
    """The sample reproduces every reference number strictly and invents none."""
    return score.numbers_strict and not score.hallucinated


def pairwise_agreement(outputs: list[str]) -> float | None:
    """Share of sample pairs stating the same number values; None with fewer than two samples."""
    sets = [frozenset(values_in(o)) for o in outputs]
    pairs = list(combinations(sets, 2))
    return sum(a == b for a, b in pairs) / len(pairs) if pairs else None


def question_consistency(scores: list[QAScore], outputs: list[str]) -> dict[str, Any]:
    """The consistency figures of one question's samples (`scores[i]` scores `outputs[i]`)."""
    numeric = bool(scores) and scores[0].number_question
    n = len(scores)
    return {
        "samples": n,
        "number_question": numeric,
        "reference_agreement": sum(map(agrees_with_reference, scores)) / n if numeric and n else None,
        "sample_agreement": pairwise_agreement(outputs) if numeric else None,
        "distinct_answers": len({frozenset(values_in(o)) for o in outputs}),
        "correct": sum(s.correct for s in scores) / n if n else None,
    }


def consistency_metrics(questions: list[dict[str, Any]]) -> dict[str, Metric]:
    """The overall figures from the per-question ones."""
    numeric = [q for q in questions if q["number_question"]]
    return {
        "reference_agreement": mean([q["reference_agreement"] for q in numeric],
                                    "Samples whose numbers agree with the reference (mean per number question)"),
        "sample_agreement": mean([q["sample_agreement"] for q in numeric if q["sample_agreement"] is not None],
                                 "Agreement between samples, 一致性 (pairs stating the same numbers)"),
        "always_right": rate(sum(q["reference_agreement"] == 1.0 for q in numeric), len(numeric),
                             "Number questions right in every sample"),
        "sample_accuracy": mean([q["correct"] for q in questions if q["correct"] is not None],
                                "Samples correct under the strict rule (mean per question)"),
    }


def consistency_report(scores: list[list[QAScore]], outputs: list[list[str]], temperature: float) -> dict[str, Any]:
    """The report section: per question (in order) and overall."""
    questions = [{"index": i, **question_consistency(s, o)} for i, (s, o) in enumerate(zip(scores, outputs), 1)]
    return {"samples": len(outputs[0]) if outputs else 0, "temperature": temperature, "rule": RULE,
            "metrics": consistency_metrics(questions), "questions": questions}
