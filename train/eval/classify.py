"""Classifier metrics: a model's labels against reference labels, field by field.

A reference is a JSON object (`{"folder": "Work", "priority": 3}`), a list of labels
(`["payment", "notification"]`, evaluated as the list-valued field "labels"), a single JSON
label (field "label"), or a FunctionGemma call; answers are read by `train.eval.parse`.
Values compare as normalised strings: 3 == "3" == 3.0, case and surrounding spaces ignored.

Per field: accuracy (a list-valued field: the exact set), per-class accuracy with counts and a
confusion matrix (scalar fields), mean Jaccard and per-label precision and recall (list
fields). Over all fields: joint accuracy (every field the reference has is right), the parse
failure rate (nothing readable in the answer) and the hallucination rate (answers with a value
outside the label set: the reference values in the data, plus those of `--labels`). An answer
that parses but lacks a field counts that field wrong, not as a parse failure.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from distill.errors import InputError
from train.eval.metric import Metric, mean, rate, ratio
from train.eval.parse import Parsed, parse_output

LIST_FIELD, LABEL_FIELD = "labels", "label"
OTHER, NONE = "(other)", "(none)"
_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?")

Value = str | tuple[str, ...]  # a scalar label, or a list field's sorted labels


def norm(value: Any) -> str:
    """The comparable form of one label: 3, 3.0 and "3" -> "3"; "Work " -> "work"."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    text = str(value).strip()
    return norm(float(text)) if _NUMBER.fullmatch(text) else text.casefold()


def as_fields(value: Any) -> dict[str, Any] | None:
    """A parsed reference as {field: value}; None for a shape that holds no labels."""
    if isinstance(value, dict):
        return value or None
    if isinstance(value, list):
        return {LIST_FIELD: value}
    return None if value is None else {LABEL_FIELD: value}


def parse_reference(text: str) -> dict[str, Any] | None:
    """A reference answer as {field: value}, or None when it holds no labels."""
    parsed = parse_output(text)
    return as_fields(parsed.value) if parsed.ok else None


@dataclass
class Field:
    name: str
    multi: bool  # list-valued
    labels: list[str]  # the label set (normalised), in display order
    display: dict[str, str]  # normalised -> as first written

    def show(self, value: Value | None) -> str:
        if value is None:
            return NONE
        if isinstance(value, tuple):
            return ", ".join(self.display.get(v, v) for v in value) or "[]"
        return self.display.get(value, value)


@dataclass
class Task:
    fields: list[Field]
    plain: bool  # references are bare labels, so a bare-text answer is read as labels

    def get(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


def read_labels(path: Path) -> dict[str, list[Any]] | list[Any]:
    """A label set file: a JSON object {field: [labels]}, a JSON list, or one label per line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "no such labels file")
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = [line.strip() for line in text.splitlines() if line.strip()]
    if isinstance(data, dict) and all(isinstance(v, list) for v in data.values()) and data:
        return data
    if isinstance(data, list) and data and not any(isinstance(v, (dict, list)) for v in data):
        return data
    raise InputError(path, "expected a JSON object {field: [labels]}, a JSON list of labels, or one label per line")


def build_task(references: list[dict[str, Any]], labels: dict[str, list[Any]] | list[Any] | None = None,
               fields: list[str] | None = None) -> Task:
    """The fields to evaluate and their label sets, from the references, `--labels` and `--fields`."""
    seen = list(dict.fromkeys(k for r in references for k in r))
    names = fields or (list(labels) if isinstance(labels, dict) else seen)
    unknown = [n for n in names if n not in seen]
    if unknown:
        raise InputError(None, f"no reference has the field {unknown[0]!r}; the references have: {', '.join(seen)}")
    if isinstance(labels, list):
        if len(names) != 1:
            raise InputError(None, f"--labels lists labels without field names, but there are several fields "
                                   f"({', '.join(names)}): give a JSON object {{field: [labels]}}")
        labels = {names[0]: labels}
    plain = set(seen) <= {LIST_FIELD, LABEL_FIELD}
    return Task([_field(n, [r[n] for r in references if n in r], (labels or {}).get(n)) for n in names], plain)


def echoed_fields(references: list[dict[str, Any]], inputs: list[str]) -> list[str]:
    """Fields whose every value is copied from its own input (FunctionGemma's app_name, title):
    arguments of the call, not labels the model decides."""
    names = dict.fromkeys(k for r in references for k in r)
    return [n for n in names if all(
        n not in r or (not isinstance(r[n], (list, dict)) and str(r[n]).strip() and str(r[n]) in text)
        for r, text in zip(references, inputs))]


def _field(name: str, values: list[Any], given: list[Any] | None) -> Field:
    multi = any(isinstance(v, list) for v in values)
    display: dict[str, str] = {}
    flat = [x for v in values for x in (v if isinstance(v, list) else [v])]
    for raw in list(given or []) + flat:
        display.setdefault(norm(raw), str(raw))
    counts = Counter(norm(x) for x in flat)
    if given:
        order = list(dict.fromkeys(norm(x) for x in given)) + sorted(set(counts) - {norm(x) for x in given})
    elif counts and all(_NUMBER.fullmatch(k) for k in counts):
        order = sorted(counts, key=float)
    else:
        order = sorted(counts, key=lambda k: (-counts[k], k))
    return Field(name, multi, order, display)


@dataclass(frozen=True)
class Verdict:
    """One field of one answer."""

    expected: Value
    predicted: Value | None  # None: the answer did not parse, or lacks the field
    correct: bool
    hallucinated: tuple[str, ...]  # predicted values outside the label set
    jaccard: float | None = None  # list fields only


@dataclass
class ClassifyScore:
    parsed: dict[str, Any] | None  # the answer's values of the evaluated fields (None: parse failure)
    how: str | None
    verdicts: dict[str, Verdict] = field(default_factory=dict)

    @property
    def parse_failed(self) -> bool:
        return self.how is None

    @property
    def correct(self) -> bool:
        return not self.parse_failed and all(v.correct for v in self.verdicts.values())

    @property
    def hallucinated(self) -> bool:
        return any(v.hallucinated for v in self.verdicts.values())

    def to_json(self, task: Task) -> dict[str, Any]:
        return {"parse": self.how, "fields": {
            name: {"expected": task.get(name).show(v.expected), "predicted": task.get(name).show(v.predicted),
                   "correct": v.correct, "hallucinated": list(v.hallucinated),
                   **({"jaccard": round(v.jaccard, 4)} if v.jaccard is not None else {})}
            for name, v in self.verdicts.items()}}


def align(parsed: Parsed, task: Task) -> dict[str, Any] | None:
    """The parsed answer as {field: value} in the references' shape; None when it did not parse."""
    if not parsed.ok:
        return None
    value = parsed.value
    only = task.fields[0] if len(task.fields) == 1 else None
    names = {f.name for f in task.fields}
    if isinstance(value, dict) and not names & set(value):
        inner = [v for v in value.values() if isinstance(v, dict) and names & set(v)]
        if len(inner) == 1:  # {"classification": {"folder": ...}}: the object inside
            value = inner[0]
    if isinstance(value, dict):
        if only is not None and only.name not in value:
            lists = [v for v in value.values() if isinstance(v, list)]
            if only.multi and len(lists) == 1:  # {"intents": [...]} for a bare list of labels
                return {only.name: lists[0]}
            if len(value) == 1 and not only.multi and not isinstance(next(iter(value.values())), (dict, list)):
                return {only.name: next(iter(value.values()))}
        return value
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value[0]  # [{"folder": ...}]: the first object
    return {only.name: value} if only is not None else {}


def score_prediction(output: str, reference: dict[str, Any], task: Task) -> ClassifyScore:
    """Compare one answer with its reference, field by field."""
    parsed = parse_output(output, plain=task.plain)
    values = align(parsed, task)
    score = ClassifyScore(None if values is None else {f.name: values.get(f.name) for f in task.fields}, parsed.how)
    for f in task.fields:
        if f.name in reference:
            got = None if values is None or f.name not in values else values[f.name]
            _remember(f, got)
            score.verdicts[f.name] = _verdict(f, reference[f.name], got)
    return score


def _remember(f: Field, got: Any) -> None:
    """Show a value the references never use as the model wrote it, not in its normalised form."""
    for raw in got if isinstance(got, list) else [got]:
        if raw is not None and not isinstance(raw, (dict, list)):
            f.display.setdefault(norm(raw), str(raw))


def _labels(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    return tuple(sorted({norm(x) for x in items if not isinstance(x, (dict, list))}))


def _verdict(f: Field, expected: Any, got: Any) -> Verdict:
    allowed = set(f.labels)
    if f.multi:
        want = _labels(expected)
        have = None if got is None else _labels(got)
        if have is None:
            return Verdict(want, None, False, (), 0.0)
        union = set(want) | set(have)
        jaccard = len(set(want) & set(have)) / len(union) if union else 1.0
        return Verdict(want, have, set(want) == set(have), tuple(v for v in have if v not in allowed), jaccard)
    want_one = norm(expected)
    if got is None:
        return Verdict(want_one, None, False, ())
    items = got if isinstance(got, list) else [got]
    if len(items) == 1 and not isinstance(items[0], (dict, list)):
        have_one = norm(items[0])
        return Verdict(want_one, have_one, have_one == want_one, () if have_one in allowed else (have_one,))
    # Several labels, or a structure, where one label belongs: wrong; out-of-set values hallucinated.
    have_many = _labels(items)
    return Verdict(want_one, ", ".join(have_many) or json.dumps(got, ensure_ascii=False), False,
                   tuple(v for v in have_many if v not in allowed) or (() if have_many else ("(structure)",)))


def classify_metrics(scores: list[ClassifyScore], task: Task) -> dict[str, Metric]:
    """The headline figures: joint and per-field accuracy, Jaccard, parse failures, hallucinations."""
    n = len(scores)
    metrics = {"joint_accuracy": rate(sum(s.correct for s in scores), n, "Joint accuracy (every field right)")}
    for f in task.fields:
        verdicts = [s.verdicts[f.name] for s in scores if f.name in s.verdicts]
        what = "exact-set match" if f.multi else "accuracy"
        metrics[f"accuracy[{f.name}]"] = rate(sum(v.correct for v in verdicts), len(verdicts), f"{f.name} {what}")
        if f.multi:
            metrics[f"jaccard[{f.name}]"] = mean([v.jaccard or 0.0 for v in verdicts], f"{f.name} Jaccard (mean)")
    metrics["parse_failure_rate"] = rate(sum(s.parse_failed for s in scores), n, "Parse failure rate",
                                         lower_is_better=True)
    metrics["hallucination_rate"] = rate(sum(s.hallucinated for s in scores), n,
                                         "Hallucination rate (value outside the label set)", lower_is_better=True)
    return metrics


def classify_breakdown(scores: list[ClassifyScore], task: Task) -> dict[str, Any]:
    """Per field: per-class accuracy and a confusion matrix, or per-label precision and recall."""
    out: dict[str, Any] = {}
    for f in task.fields:
        verdicts = [s.verdicts[f.name] for s in scores if f.name in s.verdicts]
        out[f.name] = _per_label(f, verdicts) if f.multi else _per_class(f, verdicts)
    return out


def _per_class(f: Field, verdicts: list[Verdict]) -> dict[str, Any]:
    columns = f.labels + [OTHER, NONE]
    matrix: dict[Any, Counter[Any]] = {label: Counter() for label in f.labels}
    for v in verdicts:
        column = NONE if v.predicted is None else v.predicted if v.predicted in matrix else OTHER
        matrix[v.expected][column] += 1
    predicted = Counter(v.predicted for v in verdicts)
    classes = []
    for label in f.labels:
        total, correct = sum(matrix[label].values()), matrix[label][label]
        classes.append({"label": f.show(label), "correct": correct, "total": total, "accuracy": ratio(correct, total),
                        "predicted": predicted[label], "precision": ratio(correct, predicted[label])})
    return {"type": "single", "classes": classes, "confusion": {
        "rows": [f.show(x) for x in f.labels], "columns": [f.show(x) for x in f.labels] + [OTHER, NONE],
        "matrix": [[matrix[r][c] for c in columns] for r in f.labels]}}


def _per_label(f: Field, verdicts: list[Verdict]) -> dict[str, Any]:
    support: Counter[Any] = Counter()
    predicted: Counter[Any] = Counter()
    hits: Counter[Any] = Counter()
    for v in verdicts:
        support.update(v.expected)
        predicted.update(v.predicted or ())
        hits.update(set(v.expected) & set(v.predicted or ()))
    labels = [{"label": f.show(x), "support": support[x], "predicted": predicted[x], "true_positives": hits[x],
               "precision": ratio(hits[x], predicted[x]), "recall": ratio(hits[x], support[x])} for x in f.labels]
    return {"type": "multi", "labels": labels}


def classify_distribution(scores: list[ClassifyScore], task: Task) -> dict[str, Any]:
    """Per field: how often each class occurs in the references and in the answers."""
    out: dict[str, Any] = {"examples": len(scores), "fields": {}}
    for f in task.fields:
        verdicts = [s.verdicts[f.name] for s in scores if f.name in s.verdicts]
        expected: Counter[Any] = Counter()
        predicted: Counter[Any] = Counter()
        for v in verdicts:
            expected.update(v.expected if f.multi else [v.expected])
            if v.predicted is not None:
                predicted.update(v.predicted if f.multi else [v.predicted])
        out["fields"][f.name] = [{"label": f.show(x), "references": expected[x],
                                  "share": ratio(expected[x], len(verdicts)), "predicted": predicted[x]}
                                 for x in f.labels]
    return out
