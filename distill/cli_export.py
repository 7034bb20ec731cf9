"""`distill export`: a thin command over `review.export.export_pairs`.

The lead's `distill/cli.py` calls `register(app)`. `review.export` (SQLAlchemy, the models) is
imported inside the command, so `distill --help` stays instant.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from distill.cli_options import DbOption

FORMAT_NAMES = "messages | prompt-completion | alpaca | sharegpt"


def register(app: typer.Typer) -> None:
    """Add the `export` command to `app`."""
    app.command("export")(export_command)


def export_command(
    out: Path = typer.Option(..., "--out", help="Output file, e.g. data.jsonl: writes data.train.jsonl, data.val.jsonl and data.manifest.json beside it."),
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
    """Write reviewed QA pairs as fine-tuning data: train/val JSONL, a manifest, and dataset_info.json for LLaMA-Factory."""
    from distill.database import open_for_command
    from distill.console import cli_errors, err, print_json
    from review.export import ExportOptions, export_pairs, parse_statuses

    with cli_errors():
        options = ExportOptions(format=fmt, statuses=parse_statuses(status), min_score=min_score,
                                documents=tuple(document or ()), runs=tuple(run or ()), val_ratio=val_ratio,
                                seed=seed, system=system or None)
        options.validate()  # bad flags exit 2 before the database is opened
        result = export_pairs(open_for_command(db, read_only=True), out, options)
    for warning in result.warnings:
        err.print(f"[yellow]warning:[/] {warning}")
    if as_json:
        print_json(result.to_json())
    else:
        _print_summary(result)


def _print_summary(result: Any) -> None:
    from distill.console import key_value_table
    from distill.console import out as stdout

    rows: list[tuple[str, object]] = [(f"{f.split} ({f.rows} rows)", f.path) for f in result.files]
    rows += [("duplicates dropped", result.counts["skipped_duplicates"]), ("manifest", result.manifest)]
    if result.counts["skipped_empty"]:
        rows.append(("empty pairs dropped", result.counts["skipped_empty"]))
    if result.dataset_info:
        names = " / ".join(f"{k} {v}" for k, v in result.datasets.items())
        rows.append(("LLaMA-Factory", f"dataset_dir {result.dataset_info.parent}: {names}"))
    stdout.print(key_value_table("distill export", rows))
