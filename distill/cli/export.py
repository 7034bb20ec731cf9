"""`distill export`: a thin command over `review.export.export_pairs`.

`distill.cli` calls `register(app)`. `review.export` (SQLAlchemy, the models) is
imported inside the command, so `distill --help` stays instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from distill.cli.options import DbOption

FORMAT_NAMES = "messages | prompt-completion | alpaca | sharegpt"
LEFT_OUT_LABELS = {  # review.export's reasons, in words
    "near_duplicate": "near-duplicates", "unscored": "unscored (--min-score)", "below_min_score": "below --min-score",
    "other_document": "other documents (--document)", "other_run": "other runs (--run)",
    "edits_made_equal": "made equal by edits", "empty": "empty question or answer",
}


def register(app: typer.Typer) -> None:
    """Add the `export` command to `app`."""
    app.command("export")(export_command)


def export_command(
    out: Path = typer.Option(..., "--out", help="Output file, e.g. data.jsonl: writes data.train.jsonl, data.val.jsonl, data.manifest.json and data.trace.jsonl (each row's pair, document, pages, evidence) beside it."),
    db: Optional[str] = DbOption,
    fmt: str = typer.Option("messages", "--format", help=f"{FORMAT_NAMES} (alpaca and sharegpt also get a LLaMA-Factory dataset_info.json)."),
    status: str = typer.Option("approved", "--status", help="Review statuses to export, comma-separated (approved, pending, rejected) or all."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Only pairs scored at least N, on the 0-100 scale of `distill score` (unscored pairs are left out)."),
    document: Optional[list[int]] = typer.Option(None, "--document", help="Only pairs from this document id (repeatable)."),
    run: Optional[list[int]] = typer.Option(None, "--run", help="Only pairs from this run id (repeatable)."),
    val_ratio: float = typer.Option(0.1, "--val-ratio", help="Share of questions held out for validation, in [0, 1); 0 writes one file."),
    seed: int = typer.Option(42, "--seed", help="Seed of the train/validation split."),
    system: Optional[str] = typer.Option(None, "--system", help="System prompt put in every row."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout instead of a table."),
) -> None:
    """Write reviewed QA pairs as fine-tuning data: train/val JSONL, a manifest with a per-row trace, and dataset_info.json for LLaMA-Factory.

    Exits 0 when written, 2 for a bad option or when no pair passes the filters (nothing is written then)."""
    from distill.database import open_for_command
    from distill.console import cli_errors, print_json, print_warning
    from review.export import ExportOptions, export_pairs, parse_statuses

    with cli_errors():
        options = ExportOptions(format=fmt, statuses=parse_statuses(status), min_score=min_score,
                                documents=tuple(document or ()), runs=tuple(run or ()), val_ratio=val_ratio,
                                seed=seed, system=system or None)
        options.validate()  # bad flags exit 2 before the database is opened
        result = export_pairs(open_for_command(db, read_only=True), out, options)
    for warning in result.warnings:
        print_warning(warning)
    if as_json:
        print_json(result.to_json())
    else:
        _print_summary(result)


def _print_summary(result: Any) -> None:
    from distill.console import key_value_table
    from distill.console import out as stdout

    from rich.markup import escape

    rows: list[tuple[str, object]] = [(f"{f.split} ({f.rows} rows)", escape(str(f.path))) for f in result.files]
    rows += [("duplicates dropped", result.counts["skipped_duplicates"]), ("left out", result.counts["left_out"])]
    rows += [(f"  {LEFT_OUT_LABELS.get(k, k)}", n) for k, n in result.left_out.items() if n]
    rows += [("trace", escape(str(result.trace.path))), ("manifest", escape(str(result.manifest)))]
    if result.dataset_info:
        names = " / ".join(f"{k} {v}" for k, v in result.datasets.items())
        rows.append(("LLaMA-Factory", escape(f"dataset_dir {result.dataset_info.parent}: {names}")))
    stdout.print(key_value_table("distill export", rows))
