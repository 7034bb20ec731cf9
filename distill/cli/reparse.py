"""`distill reparse`: re-parse stored raw replies without a request (a thin command over
`distill.generate.reparse`)."""

from __future__ import annotations

from typing import Optional

import typer

from pathlib import Path

from distill.cli.options import ConfigOption, DbOption, JsonOption


def register(app: typer.Typer) -> None:
    """Add the `reparse` command to `app`."""
    app.command("reparse")(reparse_command)


def reparse_command(
    run: Optional[int] = typer.Option(None, "--run", min=1, help="The run whose replies to read again (default: the latest)."),
    all_jobs: bool = typer.Option(False, "--all", help="Every chunk of the run, not only the failed ones (only new pairs are added)."),
    db: Optional[str] = DbOption,
    config: Optional[Path] = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Parse the stored replies of failed (or all) chunks again with today's parser: no request is sent."""
    from distill.console import cli_errors, err, key_value_table, out, print_json
    from distill.database import open_for_command
    from distill.generate.reparse import reparse

    with cli_errors():
        factory = open_for_command(db, config, read_only=True)
        result = reparse(factory, run, all_jobs)
        if result.pairs_added:
            from distill.scoring import score_database

            score_database(factory)
    if as_json:
        print_json(result.to_json())
        return
    out.print(key_value_table(f"Reparse of run {result.run_id}", [
        ("chunks examined", result.jobs),
        ("stored replies read", result.replies),
        ("replies that parse now", result.parsed),
        ("pairs added", result.pairs_added),
        ("duplicates skipped", result.duplicates),
        ("failed chunks recovered", result.jobs_recovered),
    ]))
    if not result.jobs:
        err.print("Nothing to re-parse: the run has no failed chunk (--all reads every chunk).", markup=False)
