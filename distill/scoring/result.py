"""What a score is made of: five rubric parts, the flags that cost points, and the JSON shape.

The weights are the seeds' rubric: number accuracy 30, completeness 25, question clarity 20,
consistency with the source 15, format 10. A part starts full and loses points through
`Deduction`s; each deduction carries a plain-words reason and, for a named defect, a flag.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from distill.fingerprint import code_hash
from distill.numbers import MODULE_FILES as NUMBERS_MODULES

if TYPE_CHECKING:
    from distill.scoring.grounding import Grounding

# The modules whose code decides a score or a flag (the rubric parts, grounding, the number and
# text rules they use). Their code's hash is the version: stored scores of another are redone.
_HERE = Path(__file__).resolve().parent
RULE_MODULES: tuple[Path, ...] = tuple(_HERE / f"{name}.py" for name in (
    "result", "scorer", "text", "numbers_part", "completeness", "clarity", "consistency", "format_part",
    "grounding", "evidence", "relations", "subjects", "arithmetic", "cases", "ordinals")) + NUMBERS_MODULES + tuple(_HERE.parent / f"{name}.py" for name in (
    "textmetrics", "chunking", "cjk"))
SCORER_VERSION = "2-" + code_hash(RULE_MODULES)

NUMBER_ACCURACY, COMPLETENESS, CLARITY, CONSISTENCY, FORMAT = (
    "number_accuracy", "completeness", "clarity", "consistency", "format")
PART_MAX: dict[str, float] = {NUMBER_ACCURACY: 30.0, COMPLETENESS: 25.0, CLARITY: 20.0, CONSISTENCY: 15.0,
                              FORMAT: 10.0}

# The flags the issue fixes, then the ones added here.
HALLUCINATED_NUMBER = "hallucinated_number"
NUMBER_FORMAT_CHANGED = "number_format_changed"
MISSING_NUMBER = "missing_number"
REFUSAL = "refusal"
SOURCE_REFERENCE = "source_reference"
VAGUE_QUESTION = "vague_question"
TRUNCATED = "truncated"
DUPLICATE = "duplicate"
SHORT_ANSWER = "short_answer"
NOT_A_QUESTION = "not_a_question"
LONG_QUESTION = "long_question"
UNSUPPORTED_ANSWER = "unsupported_answer"
CONTRADICTION = "contradiction"
MARKDOWN = "markdown"
JUNK = "junk"
LONG_ANSWER = "long_answer"
EMPTY_FIELD = "empty_field"
NO_SOURCE = "no_source"
# Grounding (issue 11) and what weak models write (issue 13).
MISATTRIBUTED_NUMBER = "misattributed_number"
COMPARATOR_CHANGED = "comparator_changed"
RANGE_CHANGED = "range_changed"
UNIT_CHANGED = "unit_changed"
OFF_TOPIC = "off_topic"
UNSUPPORTED_EVIDENCE = "unsupported_evidence"
WRONG_LANGUAGE = "wrong_language"
PROMPT_ECHO = "prompt_echo"

FLAG_NAMES: tuple[str, ...] = (
    HALLUCINATED_NUMBER, NUMBER_FORMAT_CHANGED, MISSING_NUMBER, REFUSAL, SOURCE_REFERENCE, VAGUE_QUESTION,
    TRUNCATED, DUPLICATE, SHORT_ANSWER, NOT_A_QUESTION, LONG_QUESTION, UNSUPPORTED_ANSWER, CONTRADICTION,
    MARKDOWN, JUNK, LONG_ANSWER, EMPTY_FIELD, NO_SOURCE, MISATTRIBUTED_NUMBER, COMPARATOR_CHANGED, RANGE_CHANGED,
    UNIT_CHANGED, OFF_TOPIC, UNSUPPORTED_EVIDENCE, WRONG_LANGUAGE, PROMPT_ECHO,
)


@dataclass(frozen=True)
class Deduction:
    """Points one part loses, why, and the flag that names the defect (None for a graded loss)."""

    part: str
    points: float
    reason: str
    flag: str | None = None


@dataclass(frozen=True)
class Flag:
    """A named defect, the points it cost in all, and what exactly was found."""

    name: str
    points: float
    detail: str


@dataclass
class PartScore:
    """One rubric part: points kept out of `max_points`, and the reasons for each loss."""

    points: float
    max_points: float
    reasons: list[str] = field(default_factory=list)


@dataclass
class ScoreResult:
    """A pair's score: `total` is the sum of the parts' points."""

    total: float
    parts: dict[str, PartScore]
    flags: list[Flag]
    strict: bool = True
    grounding: "Grounding | None" = None  # evidence spans and number checks, when there was a source

    @property
    def flag_names(self) -> list[str]:
        return [f.name for f in self.flags]

    def to_json(self) -> dict[str, object]:
        """The `"score"` object of the issue, with each flag's points and detail alongside."""
        data: dict[str, object] = {"total": self.total}
        data.update({name: part.points for name, part in self.parts.items()})
        data["flags"] = self.flag_names
        data["flag_details"] = [{"name": f.name, "points": f.points, "detail": f.detail} for f in self.flags]
        data["reasons"] = {name: list(part.reasons) for name, part in self.parts.items() if part.reasons}
        data["mode"] = "strict" if self.strict else "lenient"
        data["version"] = SCORER_VERSION
        if self.grounding is not None:
            data["evidence"] = [[s.start, s.end, s.strength, s.origin] for s in self.grounding.spans]
            data["numbers"] = [_number_json(n) for n in self.grounding.numbers]
        return data

    def with_flag(self, flag: Flag) -> "ScoreResult":
        """The same score with one more flag that costs nothing (a near-duplicate)."""
        kept = [f for f in self.flags if f.name != flag.name]
        return ScoreResult(self.total, self.parts, [*kept, flag], self.strict, self.grounding)


def _number_json(n: Any) -> dict[str, object]:
    data = {"surface": n.surface, "start": n.start, "end": n.end, "status": n.status}
    if n.source_surface is not None:
        data.update(source_surface=n.source_surface, source_start=n.source_start, source_end=n.source_end)
    if n.detail:
        data["detail"] = n.detail
    return data


def _round(x: float) -> float:
    return round(x + 0.0, 1)


def assemble(deductions: Iterable[Deduction], extra_flags: Iterable[Flag] = (), strict: bool = True) -> ScoreResult:
    """Apply the deductions in order, none taking a part below zero, and gather flags by name.

    A flag's points are what its deductions actually took, so the flags' points and the
    graded losses add up to exactly 100 minus the total.
    """
    left = dict(PART_MAX)
    reasons: dict[str, list[str]] = {name: [] for name in PART_MAX}
    flag_points: dict[str, float] = {}
    flag_details: dict[str, list[str]] = {}
    for d in deductions:
        taken = min(d.points, left[d.part])
        left[d.part] -= taken
        reasons[d.part].append(f"{d.reason} (-{_fmt(taken)})" if taken else d.reason)
        if d.flag:
            flag_points[d.flag] = flag_points.get(d.flag, 0.0) + taken
            details = flag_details.setdefault(d.flag, [])
            if d.reason not in details:
                details.append(d.reason)
    flags = [Flag(name, _round(flag_points[name]), "; ".join(flag_details[name])) for name in flag_points]
    flags.extend(extra_flags)
    parts = {name: PartScore(_round(left[name]), PART_MAX[name], reasons[name]) for name in PART_MAX}
    total = _round(sum(p.points for p in parts.values()))
    return ScoreResult(total, parts, flags, strict)


def _fmt(x: float) -> str:
    return f"{x:g}"
