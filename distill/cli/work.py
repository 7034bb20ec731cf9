"""`distill work`: join the unfinished runs of a (shared) database and take their jobs.

A thin command over `distill.work.work`; registered by `distill.cli` like the others.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from distill.cli.options import ConfigOption, DbOption, JsonOption


def register(app: typer.Typer) -> None:
    """Add the `work` command to `app`."""
    app.command("work")(work_command)


def work_command(
    db: Optional[str] = DbOption,
    run: Optional[int] = typer.Option(None, "--run", min=1, help="Only this run (default: every unfinished run)."),
    follow: bool = typer.Option(False, "--follow", help="Keep polling for new jobs instead of stopping when none is left."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Concurrent jobs (default: one per usable key)."),
    provider: Optional[str] = typer.Option(None, "--provider", help="Only join runs of this provider or chain (gemini, or gemini,zhipu); separate several with ';'."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="This worker's endpoint for the run's provider (e.g. its own local server)."),
    max_wait: float = typer.Option(120.0, "--max-wait", min=0.0, help="Longest wait (s) for cooling keys before giving up."),
    config: Optional[Path] = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Join the unfinished runs of the database and work their pending chunk jobs, with this machine's keys.

    Start `distill run PATH --db postgresql://...` on one machine and `distill work --db postgresql://...` on any others: the chunk jobs are split between them, none is generated twice.
    """
    from distill.config import load_settings
    from distill.console import PlainProgress, cli_errors, err, key_value_table, out, print_json, styled
    from distill.database import open_for_command, write_failures
    from distill.errors import EXIT_PARTIAL
    from distill.work import WorkOptions
    from distill.work import work as work_runs

    with cli_errors():
        settings = load_settings(config)
        factory = open_for_command(db, config, read_only=True)  # a worker joins runs: it never creates a database
        opts = WorkOptions(run_id=run, follow=follow, workers=workers, base_url=base_url, max_wait=max_wait,
                           providers=tuple(p.strip() for p in (provider or "").split(";") if p.strip()))
        with write_failures(factory):
            result = work_runs(factory, settings, opts, None if as_json else PlainProgress())
    if as_json:
        print_json(result.to_json())
    else:
        out.print(key_value_table("distill work", [
            ("runs joined", ", ".join(map(str, result.runs)) or "none"),
            ("chunks done", result.jobs_done),
            ("chunks failed", result.jobs_failed),
            ("pairs added", result.pairs_added),
            ("duplicates skipped", result.duplicates_skipped),
        ]))
        if not result.runs and not result.skipped:
            err.print("No pending chunk job: nothing to do.")
    if result.stopped:
        if not as_json:
            err.print(styled("stopped:", "bold red", f"{result.stopped}; finished chunks are kept, run `distill work` again then."))
        raise typer.Exit(EXIT_PARTIAL)
    if result.jobs_failed:
        if not as_json:
            err.print(f"{result.jobs_failed} chunk(s) failed; `distill run` with the same inputs retries them.")
        raise typer.Exit(EXIT_PARTIAL)
