"""`distill status` and `distill keys`: what the database holds, and the API keys' states."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from distill.cli.options import ConfigOption, DbOption, JsonOption
from distill.cli.run import failure_rows
from distill.console import cli_errors, err, key_value_table, out, print_json


def register(app: typer.Typer) -> None:
    app.command("status")(status)
    app.command("keys")(keys)


def status(db: Optional[str] = DbOption, as_json: bool = JsonOption) -> None:
    """Show documents, chunk jobs by status and pairs by type and review status."""
    from distill.database import open_for_command
    from distill.status import database_status, team_tables

    with cli_errors():
        data = database_status(open_for_command(db, read_only=True))
    if as_json:
        print_json(data)
        return
    chunks, pairs = data["chunks"], data["pairs"]
    out.print(key_value_table("distill status", [
        ("documents", data["documents"]),
        ("chunks", ", ".join(f"{k} {v}" for k, v in chunks.items())),
        ("pairs", ", ".join(f"{k} {v}" for k, v in pairs.items())),
    ]))
    if data["by_provider"]:
        from rich.table import Table

        table = Table("provider", "model", "pairs", "mean score", "chunks done", "chunks failed", "requests",
                      "failed requests", title="By provider", title_justify="left")
        for r in data["by_provider"]:
            mean = "-" if r["mean_score"] is None else str(round(r["mean_score"], 1))
            table.add_row(r["provider"], r["model"], str(r["pairs"]), mean, str(r["chunks_done"]),
                          str(r["chunks_failed"]), str(r["requests"]), str(r["failed_requests"]))
        out.print(table)
    if data["failures"]:
        out.print(key_value_table("Failures by reason", failure_rows(data["failures"])))
    for table in team_tables(data):
        out.print(table)


def keys(
    db: Optional[str] = DbOption,
    config: Optional[Path] = ConfigOption,
    reset: bool = typer.Option(False, "--reset", help="Forget stored states (after fixing billing, say)."),
    as_json: bool = JsonOption,
) -> None:
    """List API keys, masked, with their state, reset time, requests, tokens and last error."""
    from rich.table import Table

    from distill.config import load_settings
    from distill.database import open_for_command
    from distill.keystore import list_keys, reset_keys

    with cli_errors():
        settings = load_settings(config)
        factory = open_for_command(db, config, read_only=True)
        if reset:
            err.print(f"Reset {reset_keys(factory)} stored key state(s).")
        rows = list_keys(factory, settings)
    if as_json:
        print_json(rows)
        return
    if not rows:
        out.print("No API key configured (see README: Providers and keys).")
        return
    table = Table("provider", "key", "project", "state", "until", "requests", "tokens", "last error", title="API keys")
    for r in rows:
        table.add_row(*(str(r[c] or "") for c in ("provider", "key", "project", "state", "until", "requests",
                                                   "tokens", "last_error")))
    out.print(table)


