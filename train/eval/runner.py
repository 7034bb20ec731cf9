"""`distill eval` end to end: read the test set, generate the answers, score them, build the report.

    prepare(options)            every input checked (data lines, references, labels, baseline)
                                before a model is loaded, so a typo costs seconds, not minutes
    load + generate             train.generate: greedy, batched, the training chat template
    build_report(...)           scores (train.eval.qa or .classify) -> one JSON-ready dict

The task is `qa` or `classify`; left unset it is `classify` when every reference is a JSON
object, a JSON list or a function call, else `qa`. For `classify` the evaluated fields are
`--fields`, else the keys of a `--labels` object, else every reference field except those whose
value is always copied from the input (FunctionGemma's `app_name`, `title`: arguments, not labels).
`build_report` takes the answers as plain `Generation`s, so the scoring runs on scripted answers
without a model.

`--samples N --temperature T` (qa) answers every question N times with sampling: the headline
figures score each question's first sample, and a consistency section (`train.eval.consistency`)
scores all of them.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from distill.errors import InputError
from distill.formats import Conversation
from train.data import read_conversations
from train.eval import classify, consistency, qa
from train.eval.report import Report, compare_reports, read_report
from train.generate import Generation

TASKS = ("qa", "classify")
CLASSIFY_RULE = (
    "An answer is correct iff every evaluated field its reference has is right: a label equal after normalisation "
    "(3 == \"3\", case and spaces ignored), a list of labels equal as a set. An answer nothing can be read from "
    "(JSON, fenced JSON, a FunctionGemma call) is a parse failure and wrong; a value outside the label set is a "
    "hallucination."
)


class Progress(Protocol):
    def start(self, total: int) -> None: ...

    def advance(self, done: int) -> None: ...


@dataclass
class EvalOptions:
    model: str
    data: Path
    adapter: Path | None = None
    task: str | None = None  # None: detected from the references
    batch_size: int = 8
    max_new_tokens: int = 256
    compare: Path | None = None
    labels: Path | None = None
    fields: list[str] | None = None
    error_samples: int = 20
    samples: int = 1  # answers per question; above 1, the report gains a consistency section
    temperature: float = 0.0  # 0: greedy
    seed: int = 0  # seeds the sampler when temperature > 0

    @property
    def sampling(self) -> Any:
        """The train.generate.Sampling for a temperature above 0, else None (greedy)."""
        from train.generate import Sampling

        return Sampling(self.temperature, top_p=1.0, repetition_penalty=1.0) if self.temperature > 0 else None

    def validate(self) -> None:
        if self.task is not None and self.task not in TASKS:
            raise InputError(None, f"--task must be one of {', '.join(TASKS)}, not {self.task!r}")
        if self.samples < 1 or self.temperature < 0:
            raise InputError(None, "--samples must be at least 1 and --temperature at least 0")
        if self.samples > 1 and self.temperature == 0:
            raise InputError(None, "--samples above 1 needs --temperature above 0: greedy decoding gives the same "
                                   "answer every time")
        for name in ("batch_size", "max_new_tokens"):
            if getattr(self, name) < 1:
                raise InputError(None, f"--{name.replace('_', '-')} must be at least 1")


@dataclass
class Prepared:
    """The checked inputs of one evaluation."""

    options: EvalOptions
    conversations: list[Conversation]
    sources: list[str]  # per example: the context the answer may draw numbers from
    sha256: str
    task: str
    references: list[dict[str, Any]] = field(default_factory=list)  # classify: parsed references
    labels: classify.Task | None = None
    baseline: Report | None = None
    skipped: list[str] = field(default_factory=list)  # classify: fields copied from the input, not evaluated


def prepare(options: EvalOptions) -> Prepared:
    """Read and check every input; InputError naming the file (and line) at the first problem."""
    options.validate()
    path = Path(options.data)
    conversations = read_conversations(path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines()]
    sources = [_source(c, row) for c, row in zip(conversations, rows)]
    references = [classify.parse_reference(c.reference) for c in conversations]
    task = options.task or ("classify" if all(r is not None and _structured(r) for r in references) else "qa")
    if task == "classify" and options.samples > 1:
        raise InputError(None, "--samples applies to qa evaluations (answers with numbers), not classify")
    if task == "qa" and (options.labels or options.fields):
        why = "" if options.task else " (the references are not labels, so this is a qa evaluation)"
        raise InputError(None, f"--labels and --fields apply to classify only{why}")
    prepared = Prepared(options, conversations, sources, hashlib.sha256(path.read_bytes()).hexdigest(), task)
    if task == "classify":
        _prepare_classify(prepared, references)
    if options.compare:
        prepared.baseline = read_report(options.compare)
    return prepared


def _prepare_classify(prepared: Prepared, references: list[dict[str, Any] | None]) -> None:
    """Parsed references, the fields to evaluate and their label sets."""
    options = prepared.options
    bad = next((i for i, r in enumerate(references, 1) if r is None), None)
    if bad is not None:
        raise InputError(f"{options.data} line {bad}", "the reference answer is not a JSON object, a JSON list of "
                                                      "labels, a JSON label or a function call (needed by --task classify)")
    prepared.references = [r for r in references if r is not None]
    given = classify.read_labels(options.labels) if options.labels else None
    fields = options.fields
    if fields is None and not isinstance(given, dict):
        fields, prepared.skipped = _label_fields(prepared.references, prepared.conversations)
    prepared.labels = classify.build_task(prepared.references, given, fields)


def _label_fields(references: list[dict[str, Any]],
                  conversations: list[Conversation]) -> tuple[list[str] | None, list[str]]:
    """(fields to evaluate, fields left out): every field but those copied from the input; all if that leaves none."""
    echoed = classify.echoed_fields(references, [question(c) for c in conversations])
    kept = [k for k in dict.fromkeys(k for r in references for k in r) if k not in echoed]
    return (kept, echoed) if echoed and kept else (None, [])


def _structured(reference: dict[str, Any]) -> bool:
    """An object or a list of labels; a bare JSON label ("300") may be a QA answer, so it does not count."""
    return set(reference) != {classify.LABEL_FIELD}


def _source(conversation: Conversation, row: dict[str, Any]) -> str:
    context = [m.content for m in conversation.prompt_messages]
    if isinstance(row.get("source"), str):
        context.append(row["source"])
    return "\n".join(context)


def question(conversation: Conversation) -> str:
    """The last user message: the input a report shows."""
    return next((m.content for m in reversed(conversation.prompt_messages) if m.role == "user"), "")


def evaluate(options: EvalOptions, note: Any = None, progress: Progress | None = None) -> Report:
    """Run the evaluation `options` describe and return the report."""
    from train.generate import generate, load_for_generation

    prepared = prepare(options)
    loaded = load_for_generation(options.model, options.adapter, note)
    if note:
        note(f"device: {loaded.device}, {loaded.dtype}; {len(prepared.conversations)} examples, task {prepared.task}")
    n = len(prepared.conversations)
    if progress:
        progress.start(n * options.samples)
    if options.sampling is not None:
        import torch

        torch.manual_seed(options.seed)
    run = generate(loaded, prepared.conversations * options.samples, options.batch_size, options.max_new_tokens,
                   progress.advance if progress else None, options.sampling)
    setup = {"model": loaded.base, "adapter": loaded.adapter, "device": loaded.device, "dtype": loaded.dtype,
             "seconds": round(run.seconds, 2), "new_tokens": run.new_tokens,
             "tokens_per_second": round(run.tokens_per_second, 1)}
    # outputs are sample-major: run.outputs[k * n + i] is sample k of question i
    samples = [[run.outputs[k * n + i] for k in range(options.samples)] for i in range(n)]
    return build_report(prepared, [s[0] for s in samples], setup, samples if options.samples > 1 else None)


def build_report(prepared: Prepared, outputs: list[Generation], setup: dict[str, Any],
                 samples: list[list[Generation]] | None = None) -> Report:
    """Score `outputs` (one per example, in order) and assemble the report; `samples` (per example,
    its N sampled answers, `outputs` being the first of each) adds the consistency section."""
    body, predictions = (_qa_report if prepared.task == "qa" else _classify_report)(prepared, outputs)
    options = prepared.options
    config = {
        "model": setup.get("model", options.model), "adapter": setup.get("adapter"), "data": str(options.data),
        "data_sha256": prepared.sha256, "examples": len(outputs), "task": prepared.task,
        "fields": [f.name for f in prepared.labels.fields] if prepared.labels else None,
        "skipped_fields": prepared.skipped or None,
        "labels": str(options.labels) if options.labels else None,
        "decoding": (f"sampled (temperature {options.temperature}, seed {options.seed})" if options.temperature > 0
                     else "greedy (do_sample=False)") + ", chat template with enable_thinking=False",
        "samples": options.samples, "temperature": options.temperature,
        "max_new_tokens": options.max_new_tokens, "batch_size": options.batch_size,
        "error_samples": options.error_samples, **{k: v for k, v in setup.items() if k not in ("model", "adapter")},
        "version": _version(), "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    report: Report = {"task": prepared.task, **body, "config": config}
    if samples is not None:
        report["consistency"] = _consistency(prepared, samples)
        for prediction, answers in zip(predictions, samples):
            prediction["samples"] = [g.text for g in answers]
    if prepared.baseline is not None:
        report["compare"] = compare_reports(prepared.baseline, report)
    report["predictions"] = predictions  # last: the figures come first in the file
    return report


def _qa_report(prepared: Prepared, outputs: list[Generation]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    convs = prepared.conversations
    scores = [qa.score_answer(g.text, c.reference, question(c), source, g.finished)
              for c, g, source in zip(convs, outputs, prepared.sources)]
    predictions = [_prediction(i, c, g, {"numbers": list(s.output_numbers)}, s.correct, s.to_json())
                   for i, (c, g, s) in enumerate(zip(convs, outputs, scores), 1)]
    return {"rule": qa.STRICT_RULE, "metrics": qa.qa_metrics(scores), "breakdown": qa.qa_breakdown(scores),
            "distribution": qa.qa_distribution(scores, [c.reference for c in convs], [g.text for g in outputs]),
            }, predictions


def _consistency(prepared: Prepared, samples: list[list[Generation]]) -> dict[str, Any]:
    """Every sample scored as `_qa_report` scores an answer, then the consistency figures."""
    convs = prepared.conversations
    scores = [[qa.score_answer(g.text, c.reference, question(c), source, g.finished) for g in answers]
              for c, answers, source in zip(convs, samples, prepared.sources)]
    return consistency.consistency_report(scores, [[g.text for g in a] for a in samples],
                                          prepared.options.temperature)


def _classify_report(prepared: Prepared, outputs: list[Generation]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    task = prepared.labels
    assert task is not None
    convs = prepared.conversations
    scores = [classify.score_prediction(g.text, ref, task) for g, ref in zip(outputs, prepared.references)]
    predictions = [_prediction(i, c, g, s.parsed, s.correct, s.to_json(task))
                   for i, (c, g, s) in enumerate(zip(convs, outputs, scores), 1)]
    return {"rule": CLASSIFY_RULE, "metrics": classify.classify_metrics(scores, task),
            "breakdown": classify.classify_breakdown(scores, task),
            "distribution": classify.classify_distribution(scores, task)}, predictions


def _prediction(index: int, conversation: Conversation, generation: Generation, parsed: Any, correct: bool,
                details: dict[str, Any]) -> dict[str, Any]:
    return {"index": index, "input": question(conversation), "reference": conversation.reference,
            "output": generation.text, "parsed": parsed, "correct": correct, "finished": generation.finished,
            "details": details}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("distill")
    except PackageNotFoundError:
        return "unknown"
