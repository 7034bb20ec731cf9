"""`distill eval`: a thin command over `train.eval.runner.evaluate` and the report writers.

`distill.cli` calls `register(app)`. Nothing from `train` (nor torch) is imported
at module level, so `distill --help` stays instant.

Output: `--out REPORT.md` writes the Markdown and REPORT.json beside it (atomically) and prints
a short summary; `--json` prints the whole report as one JSON object on stdout; with neither,
the Markdown goes to stdout. Progress and notes go to stderr.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer


class Task(str, Enum):
    qa = "qa"
    classify = "classify"


def register(app: typer.Typer) -> None:
    """Add the `eval` command to `app`."""
    app.command("eval")(eval_command)


def eval_command(
    model: str = typer.Option(..., "--model", help="Base model: a local folder, else a Hugging Face id (HF_HUB_OFFLINE honoured)."),
    data: Path = typer.Option(..., "--data", help="Test JSONL from `distill export` (any format); the last assistant message is the reference."),
    adapter: Optional[Path] = typer.Option(None, "--adapter", help="LoRA adapter folder (`distill train --out`), merged into --model for the run."),
    task: Optional[Task] = typer.Option(None, "--task", help="qa | classify (default: classify when every reference is a JSON object, list or function call, else qa)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the Markdown report here and REPORT.json beside it."),
    as_json: bool = typer.Option(False, "--json", help="Print the whole report (every figure and a predictions list) as JSON on stdout."),
    batch_size: int = typer.Option(8, "--batch-size", help="Prompts generated together (lower it if the GPU runs out of memory)."),
    max_new_tokens: int = typer.Option(256, "--max-new-tokens", help="Longest answer in tokens; longer ones are cut and count as badly formatted."),
    compare: Optional[Path] = typer.Option(None, "--compare", help="A baseline REPORT.json from an earlier `distill eval --out`: adds a before/after table."),
    labels: Optional[Path] = typer.Option(None, "--labels", help="classify: the label set: a JSON object mapping each field to its labels, a JSON list, or one label per line (default: the labels in the references)."),
    fields: Optional[str] = typer.Option(None, "--fields", help="classify: comma-separated fields to evaluate (default: the keys of --labels, else the reference fields not copied from the input)."),
    error_samples: int = typer.Option(20, "--error-samples", min=0, help="Wrong answers listed in the Markdown report."),
    samples: int = typer.Option(1, "--samples", min=1, help="qa: answer each question N times with sampling and report consistency (一致性): agreement with the reference and between samples."),
    temperature: float = typer.Option(0.0, "--temperature", min=0.0, max=2.0, help="Sampling temperature (0: greedy; --samples above 1 needs more, e.g. 0.7)."),
    seed: int = typer.Option(0, "--seed", help="Seed for sampled answers."),
) -> None:
    """Evaluate a base or fine-tuned model on a test set and write a benchmark report."""
    from distill.console import cli_errors, err, key_value_table, print_json
    from distill.console import out as stdout

    with cli_errors():
        evaluate, EvalOptions, report_io = _import_eval()
        options = EvalOptions(model=model, data=data, adapter=adapter, task=task.value if task else None, batch_size=batch_size,
                              max_new_tokens=max_new_tokens, compare=compare, labels=labels,
                              fields=[f.strip() for f in fields.split(",") if f.strip()] if fields else None,
                              error_samples=error_samples, samples=samples, temperature=temperature, seed=seed)
        with _Bar(enabled=err.is_terminal) as bar:
            report = evaluate(options, note=_note, progress=bar)
        if out is not None:
            written = report_io.write_report(report, out)
            err.print(f"Wrote {out} and {written}.", soft_wrap=True, markup=False, highlight=False)
    if as_json:
        print_json(report)
    elif out is None:
        typer.echo(report_io.render_markdown(report), nl=False)
    else:
        rows = [(m["label"], report_io.fmt(m)) for m in report["metrics"].values()]
        rows += [(m["label"], report_io.fmt(m)) for m in report.get("consistency", {}).get("metrics", {}).values()]
        stdout.print(key_value_table(f"distill eval ({report['task']}, {report['config']['examples']} examples)", rows))


def _import_eval() -> tuple[Any, Any, Any]:
    """The runner and report modules; a one-line error when the training extras are missing."""
    import importlib.util

    from distill.errors import DistillError

    # Looked up, not imported: torch loads later, once the inputs have been checked.
    missing = next((m for m in ("torch", "transformers", "peft") if importlib.util.find_spec(m) is None), None)
    if missing:
        raise DistillError(f"evaluation needs the train extras ({missing} is missing): pip install 'distill[train]'")
    from train.eval import report
    from train.eval.runner import EvalOptions, evaluate

    return evaluate, EvalOptions, report


def _note(message: str) -> None:
    from distill.console import err

    err.print(message, markup=False, highlight=False, soft_wrap=True)


class _Bar:
    """A progress bar over the examples on a terminal's stderr; nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
        if enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
            )

            from distill.console import err

            self.bar = Progress(TextColumn("[bold]generating"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                                console=err, transient=True)
            self.task = self.bar.add_task("generating", total=None)

    def __enter__(self) -> "_Bar":
        if self.bar:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar:
            self.bar.stop()

    def start(self, total: int) -> None:
        if self.bar:
            self.bar.update(self.task, total=total)

    def advance(self, done: int) -> None:
        if self.bar:
            self.bar.advance(self.task, done)
