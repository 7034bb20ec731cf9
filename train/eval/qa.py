"""QA metrics: how well a model's answers reproduce the reference answers, numbers first.

Per example (`score_answer`):

- numbers (`distill.numbers`): the reference's numeric facts. A fact is reproduced *strictly*
  when some number of the output backs it with the same surface, unit included (`supports(out,
  ref) == "exact"`: "30000元" for "30000元"; "3万元", "三万元" or a bare "30000" do not), and
  *leniently* when it backs it with the same value ("3万元" for "30000元"). A number question
  (a reference with at least one fact) is right, strict or lenient, when all its facts are.
- hallucinated numbers: output numbers that neither the reference nor the source backs, even by
  value (`compare_numbers(reference facts + source facts, output).unsupported`). The source is
  the prompt (system and user turns, earlier answers) plus the row's optional `source` field.
- refusal: an empty answer, a non-answer (无, N/A), or a refusal phrase (抱歉, 无法回答, 文中未提及,
  "I cannot") that neither the source nor the reference itself contains.
- format: non-empty, finished before `--max-new-tokens`, no chat markup (<|im_start|>, <think>) left.
- exact match: equal after NFKC, lower-casing and removing punctuation and spaces.
- ROUGE-L over characters and key-term coverage (see `train.eval.text`).

The overall strict rule (`STRICT_RULE`): an answer is correct iff
  1. it is not a refusal,
  2. every number of the reference appears in it with the exact surface (unit included),
  3. it has no hallucinated number, and
  4. it carries the reference's content: key-term coverage >= 0.6, or ROUGE-L(char) >= 0.5 with
     coverage >= 0.3. Coverage counts only terms the question does not already state, so an
     answer that echoes the question earns nothing; ROUGE-L alone would pass it (measured on the
     sample policy's 167 pairs: 83% of question echoes reach ROUGE-L 0.5).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any

from distill import textmetrics
from distill.numbers import NumberMention, compare_numbers, find_facts, supports
from train.eval.metric import Metric, mean, rate
from train.eval.text import content, key_term_coverage, rouge_l

MIN_COVERAGE = 0.6
MIN_ROUGE_L = 0.5
MIN_COVERAGE_WITH_ROUGE = 0.3
STRICT_RULE = (
    "An answer is correct iff it is not a refusal, every number of the reference appears in it with the exact "
    "surface (unit included: 30000元 ≠ 3万元), it has no hallucinated number (one neither the reference nor the "
    f"source backs), and it carries the reference's content: key-term coverage ≥ {MIN_COVERAGE}, or ROUGE-L(char) "
    f"≥ {MIN_ROUGE_L} with coverage ≥ {MIN_COVERAGE_WITH_ROUGE} (coverage counts only the reference's terms that the "
    "question does not already state, so echoing the question earns nothing)."
)
NO_NUMBER = "no number"

_MARKUP = re.compile(r"<\|[\w.-]{1,40}\|>|</?think>|<(?:start|end)_of_turn>|<(?:start|end)_function_call>")


@dataclass(frozen=True)
class QAScore:
    """The verdicts on one answer."""

    numbers: int  # numeric facts in the reference
    kind: str  # the kind of the reference's first fact ("amount", "date"...), or NO_NUMBER
    numbers_strict: bool  # every reference fact reproduced with its exact surface (vacuously true)
    numbers_lenient: bool  # every reference fact reproduced with its value
    output_numbers: tuple[str, ...]  # the numeric facts the answer states, as written
    hallucinated: tuple[str, ...]  # output numbers no reference or source fact backs
    refusal: str | None  # the phrase that makes the answer a refusal
    format_problem: str | None
    exact: bool
    rouge_l: float
    coverage: float
    correct: bool  # under STRICT_RULE

    @property
    def number_question(self) -> bool:
        return self.numbers > 0

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["hallucinated"], data["output_numbers"] = list(self.hallucinated), list(self.output_numbers)
        data["rouge_l"], data["coverage"] = round(self.rouge_l, 4), round(self.coverage, 4)
        return data


def find_refusal(output: str, context: str) -> str | None:
    """The phrase that makes `output` a refusal or non-answer, or None; `context`'s own wording is no refusal."""
    return textmetrics.find_refusal(output, context)


def format_problem(output: str, finished: bool) -> str | None:
    """Why the answer is malformed, or None."""
    if not output.strip():
        return "empty"
    if not finished:
        return "cut off at --max-new-tokens"
    markup = _MARKUP.search(output)
    return f"chat markup left in the answer ({markup.group()})" if markup else None


def reproduced(reference: list[NumberMention], output: list[NumberMention]) -> tuple[bool, bool]:
    """(strict, lenient): is every reference fact backed by an output number, by surface / by value?"""
    strict = all(any(supports(o, r) == "exact" for o in output) for r in reference)
    lenient = all(any(supports(o, r) for o in output) for r in reference)
    return strict, lenient


def carries_content(rouge: float, coverage: float) -> bool:
    """Part 4 of the strict rule: the answer says what the reference says beyond the question."""
    return coverage >= MIN_COVERAGE or (rouge >= MIN_ROUGE_L and coverage >= MIN_COVERAGE_WITH_ROUGE)


def score_answer(output: str, reference: str, question: str = "", source: str = "",
                 finished: bool = True) -> QAScore:
    """Score one answer against its reference; `source` is the context the answer may draw numbers from."""
    ref_facts, out_facts = find_facts(reference), find_facts(output)
    strict, lenient = reproduced(ref_facts, out_facts)
    hallucinated = compare_numbers(ref_facts + find_facts(source), out_facts).unsupported
    refusal = find_refusal(output, f"{source}\n{reference}")
    rouge, coverage = rouge_l(output, reference), key_term_coverage(output, reference, question)
    correct = refusal is None and strict and not hallucinated and carries_content(rouge, coverage)
    return QAScore(
        numbers=len(ref_facts), kind=ref_facts[0].kind if ref_facts else NO_NUMBER,
        numbers_strict=strict, numbers_lenient=lenient, output_numbers=tuple(m.text for m in out_facts),
        hallucinated=tuple(m.text for m in hallucinated), refusal=refusal,
        format_problem=format_problem(output, finished),
        exact=bool(content(output)) and content(output) == content(reference),
        rouge_l=rouge, coverage=coverage, correct=correct,
    )


def qa_metrics(scores: list[QAScore]) -> dict[str, Metric]:
    """The headline figures of a QA evaluation."""
    n = len(scores)
    numeric = [s for s in scores if s.number_question]
    other = [s for s in scores if not s.number_question]
    output_numbers = sum(len(s.output_numbers) for s in scores)

    def hits(items: list[QAScore], attr: str) -> int:
        return sum(bool(getattr(s, attr)) for s in items)

    return {
        "accuracy": rate(hits(scores, "correct"), n, "Accuracy (strict rule)"),
        "accuracy_number_questions": rate(hits(numeric, "correct"), len(numeric), "Accuracy on number questions"),
        "accuracy_other_questions": rate(hits(other, "correct"), len(other), "Accuracy on other questions"),
        "number_accuracy_strict": rate(hits(numeric, "numbers_strict"), len(numeric),
                                       "Number accuracy, strict (same surface and unit)"),
        "number_accuracy_lenient": rate(hits(numeric, "numbers_lenient"), len(numeric),
                                        "Number accuracy, lenient (same value)"),
        "key_term_coverage": mean([s.coverage for s in scores], "Key-term coverage (mean)"),
        "rouge_l": mean([s.rouge_l for s in scores], "ROUGE-L, characters (mean)"),
        "exact_match": rate(hits(scores, "exact"), n, "Exact match"),
        "format_ok": rate(sum(s.format_problem is None for s in scores), n, "Format correct"),
        "refusal_rate": rate(hits(scores, "refusal"), n, "Refusal rate", lower_is_better=True),
        "hallucination_rate": rate(hits(scores, "hallucinated"), n, "Answers with a hallucinated number",
                                   lower_is_better=True),
        "hallucinated_number_share": rate(sum(len(s.hallucinated) for s in scores), output_numbers,
                                          "Hallucinated numbers among output numbers", lower_is_better=True),
    }


def qa_breakdown(scores: list[QAScore]) -> dict[str, Any]:
    """Accuracy by the kind of number the reference states (amount, date, ...; "no number")."""
    totals = Counter(s.kind for s in scores)
    correct = Counter(s.kind for s in scores if s.correct)
    strict = Counter(s.kind for s in scores if s.numbers_strict and s.number_question)
    classes = [{"label": kind, "correct": correct[kind], "total": total, "accuracy": correct[kind] / total,
                "numbers_strict": strict[kind] if kind != NO_NUMBER else None}
               for kind, total in sorted(totals.items(), key=lambda kv: (kv[0] == NO_NUMBER, -kv[1], kv[0]))]
    return {"number kind": {"type": "single", "classes": classes}}


def qa_distribution(scores: list[QAScore], references: list[str], outputs: list[str]) -> dict[str, Any]:
    """What the test set holds: number questions, numbers per answer, answer lengths."""
    n = len(scores)
    numeric = sum(s.number_question for s in scores)
    return {
        "examples": n,
        "number_questions": numeric,
        "number_question_share": numeric / n if n else None,
        "reference_numbers": sum(s.numbers for s in scores),
        "kinds": dict(Counter(s.kind for s in scores).most_common()),
        "mean_reference_chars": sum(len(r) for r in references) / n if n else None,
        "mean_output_chars": sum(len(o) for o in outputs) / n if n else None,
        "unfinished_outputs": sum(s.format_problem == "cut off at --max-new-tokens" for s in scores),
    }
