"""`distill score`: score the new pairs of the database, or any JSONL file of pairs.

A thin command over `distill.scoring.score_database` and `distill.scoring.jsonl.score_jsonl`;
`distill.cli` calls `register(app)`. The scorer (and datasketch) load inside
the command, so `distill --help` stays instant.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Optional

import typer

from distill.cli.options import ConfigOption, DbOption


def register(app: typer.Typer) -> None:
    """Add the `score` command to `app`."""
    app.command("score")(score_command)


def score_command(
    db: Optional[str] = DbOption,
    rescore: bool = typer.Option(False, "--rescore", help="Score every pair again, not only new or outdated ones."),
    lenient: bool = typer.Option(
        False, "--lenient",
        help="Let a number written differently from the source (3万元 for 30000元) pass; by default it is an error."),
    dedup_threshold: float = typer.Option(
        0.85, "--dedup-threshold", min=0.05, max=1.0,
        help="Similarity (Jaccard of character bigrams of question+answer) from which pairs are near-duplicates."),
    input_path: Optional[Path] = typer.Option(
        None, "--input", help="Score this JSONL file (fields question, answer, source) instead of the database."),
    output_path: Optional[Path] = typer.Option(
        None, "--output", help="Where --input's rows are written, each with its \"score\" ('-' for stdout)."),
    config: Optional[Path] = ConfigOption,
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout instead of a table."),
) -> None:
    """Score QA pairs 0-100 (numbers 30, completeness 25, clarity 20, consistency 15, format 10) and flag defects."""
    from distill.console import cli_errors, print_json
    from distill.errors import InputError

    with cli_errors():
        if (input_path is None) != (output_path is None):
            raise InputError(None, "--input and --output go together")
        if input_path is not None and db is not None:
            raise InputError(None, "--db and --input cannot be combined: --input scores a file, not a database")
        if input_path is not None and output_path is not None:
            summary = _score_file(input_path, output_path, not lenient, dedup_threshold, as_json)
        else:
            summary = _score_db(db, config, rescore, not lenient, dedup_threshold, as_json)
    to_stdout = output_path is not None and str(output_path) == "-"
    if as_json and not to_stdout:
        print_json(summary)
    elif as_json:  # stdout holds the rows: the summary goes to stderr
        import json

        from distill.console import err

        err.print(json.dumps(summary, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True)
    else:
        _print_summary(summary, output_path, to_stdout)


def _score_db(db: str | None, config: Path | None, rescore: bool, strict: bool, threshold: float,
              quiet: bool) -> dict[str, Any]:
    from distill.database import open_for_command
    from distill.scoring.database import score_database

    factory = open_for_command(db, config)
    with _progress(quiet, "scoring pairs") as advance:
        summary = score_database(factory, rescore=rescore, strict=strict, dedup_threshold=threshold,
                                 progress=advance)
    return summary.to_json()


def _score_file(input_path: Path, output_path: Path, strict: bool, threshold: float, quiet: bool) -> dict[str, Any]:
    from distill.scoring.jsonl import score_jsonl

    with _progress(quiet, "scoring rows") as advance:
        summary = score_jsonl(input_path, output_path, strict, dedup_threshold=threshold,
                              progress=lambda done: advance(done, None))
    return summary.to_json()


@contextmanager
def _progress(quiet: bool, label: str) -> Iterator[Callable[[int, int | None], None]]:
    """A progress callback: a rich bar on a terminal, nothing otherwise."""
    from distill.console import err

    if quiet or not err.is_terminal:
        yield lambda done, total: None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress as RichBar,
        TextColumn,
        TimeElapsedColumn,
    )

    with RichBar(TextColumn(f"[bold]{label}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=err, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda done, total: bar.update(task, completed=done, total=total)


def _print_summary(summary: dict[str, Any], output_path: Path | None, to_stderr: bool) -> None:
    from distill.console import err, key_value_table, out

    rows: list[tuple[str, object]] = [("scored", summary["scored"])]
    if "pairs" in summary:
        rows.append(("pairs in database", summary["pairs"]))
    mean = summary["mean_score"]
    rows.append(("mean score", "-" if mean is None else f"{mean:.1f}"))
    rows.append(("near-duplicates", summary["duplicates"]))
    rows += [(f"flag {name}", count) for name, count in summary["flagged"].items()]
    (err if to_stderr else out).print(key_value_table(f"distill score (scorer {summary['scorer_version']})", rows))
    if output_path is not None and not to_stderr:
        err.print(f"Wrote {summary['scored']} scored row(s) to {output_path}.")
