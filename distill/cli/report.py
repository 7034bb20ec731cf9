"""`distill report`: a thin command over `distill.report.model.build_report` and its renderers.

`distill.cli` calls `register(app)`. The report modules are imported inside the
command, so `distill --help` stays instant.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from distill.cli.options import DbOption


class ReportFormat(str, Enum):
    terminal = "terminal"
    markdown = "markdown"
    html = "html"
    json = "json"


def register(app: typer.Typer) -> None:
    """Add the `report` command to `app`."""
    app.command("report")(report_command)


def report_command(
    db: Optional[str] = DbOption,
    fmt: Optional[ReportFormat] = typer.Option(None, "--format", "-f", help="terminal | markdown | html | json (default: from the suffix of --out, else terminal)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Write the report to FILE (atomically) instead of stdout."),
    threshold: float = typer.Option(70.0, "--threshold", min=0.0, max=100.0, help="Export threshold: the score a pair needs to be exported."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """Report on the data: totals, number questions, score histogram, flags, providers, runs, fit to train."""
    from distill.database import open_for_command
    from distill.console import cli_errors, err
    from distill.console import out as stdout
    from distill.errors import InputError
    from distill.report.model import build_report
    from distill.report.output import choose_format, render, write_atomic
    from distill.report.terminal import print_report

    with cli_errors():
        if as_json and fmt not in (None, ReportFormat.json):
            raise InputError(None, "--json contradicts --format; give one of them")
        chosen = choose_format("json" if as_json else (fmt.value if fmt else None), out)
        report = build_report(open_for_command(db, read_only=True), threshold=threshold)
        if out is not None:
            write_atomic(out, render(report, chosen))
            err.print(f"Wrote the {chosen} report to {out}.", soft_wrap=True)
        elif chosen == "terminal":
            print_report(report, stdout)
        else:
            sys.stdout.write(render(report, chosen))
            sys.stdout.flush()
