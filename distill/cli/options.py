"""Options that several `distill` commands share, defined once so their flags and help agree."""

from __future__ import annotations

import typer

DbOption = typer.Option(None, "--db", help="Database URL or SQLite file path (env: DISTILL_DB; default: ./distill.db).")
ConfigOption = typer.Option(None, "--config", help="A distill.toml to read (default: ./distill.toml if present).")
JsonOption = typer.Option(False, "--json", help="Print one JSON object on stdout instead of tables.")
