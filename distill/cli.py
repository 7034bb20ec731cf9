"""The `distill` command line: each subcommand parses flags, calls one library function, prints.

Heavy libraries (PyMuPDF, torch, transformers) are imported inside the functions that need
them, so `distill --help` answers at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from distill import __version__
from distill.chunking import DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE
from distill.cli_options import ConfigOption, DbOption, JsonOption
from distill.config import DEFAULT_TEMPERATURE
from distill.console import (
    PlainProgress,
    RichProgress,
    cli_errors,
    err,
    key_value_table,
    out,
    print_json,
)
from distill.errors import EXIT_BAD_INPUT, EXIT_PARTIAL, InputError

app = typer.Typer(
    name="distill",
    help="Turn your own documents into clean, verified fine-tuning data and small models.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        print(f"distill {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
) -> None:
    """distill: documents in, verified QA pairs and small models out."""


@app.command()
def run(
    paths: list[Path] = typer.Argument(..., help="PDF, TXT or MD files, or folders of them."),
    db: Optional[str] = DbOption,
    provider: str = typer.Option("auto", "--provider", help="auto | offline | gemini | zhipu | openai, or a fallback chain such as gemini,zhipu,openai (auto: every provider with keys, else offline)."),
    allow_offline: bool = typer.Option(False, "--allow-offline", help="Let the offline generator finish when every provider of the chain runs dry."),
    model: Optional[str] = typer.Option(None, "--model", help="Model name (default: the provider's, see README)."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Provider endpoint, e.g. a local OpenAI-compatible server."),
    temperature: float = typer.Option(DEFAULT_TEMPERATURE, "--temperature", min=0.0, max=2.0, help="Sampling temperature."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Concurrent requests (default: enough to keep every key at its rate)."),
    max_wait: float = typer.Option(120.0, "--max-wait", min=0.0, help="Longest wait (s) for cooling keys before giving up."),
    chunk_size: int = typer.Option(DEFAULT_CHUNK_SIZE, "--chunk-size", min=100, help="Target chunk size in characters."),
    chunk_overlap: int = typer.Option(DEFAULT_CHUNK_OVERLAP, "--chunk-overlap", min=0, help="Overlap between chunks in characters."),
    per_chunk: Optional[int] = typer.Option(None, "--per-chunk", min=1, help="At most N pairs per chunk."),
    password: Optional[str] = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    config: Optional[Path] = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Ingest documents and distill question-answer pairs into the database (resumable)."""
    from db import open_database
    from distill.config import load_settings
    from distill.generate.select import LLMOptions, make_generator
    from distill.runner import RunOptions
    from distill.runner import run as run_documents

    with cli_errors():
        if chunk_overlap >= chunk_size:
            raise InputError(None, "--chunk-overlap must be smaller than --chunk-size")
        settings = load_settings(config)
        factory = open_database(db or settings.db)
        choice = make_generator(provider, settings, factory, LLMOptions(model, base_url, temperature, max_wait),
                                allow_offline=allow_offline)
        opts = RunOptions(chunk_size=chunk_size, chunk_overlap=chunk_overlap, per_chunk=per_chunk,
                          password=password, workers=workers or choice.workers)
        if choice.note and not as_json:
            err.print(choice.note)
        if as_json or not err.is_terminal:
            progress = PlainProgress() if not as_json else None
            result = run_documents(factory, paths, choice.generator, opts, progress)
        else:
            with RichProgress() as bar:
                result = run_documents(factory, paths, choice.generator, opts, bar)
        if result.pairs_added:
            from distill.scoring import score_database

            scored = score_database(factory)
            if not as_json:
                mean = "-" if scored.mean_score is None else f"{scored.mean_score:.1f}"
                err.print(f"Scored {scored.scored} new pair(s); mean score {mean}, "
                          f"{sum(scored.flags.values())} flag(s), {scored.duplicates} near-duplicate(s): "
                          "see `distill report`.")
    if as_json:
        print_json(result.to_json())
    else:
        for e in result.errors:
            err.print(f"[bold red]error:[/] {e}")
        _print_run_summary(result)
    if result.errors:
        raise typer.Exit(EXIT_BAD_INPUT)
    if result.stopped:
        if not as_json:
            err.print(f"[bold red]stopped:[/] {result.stopped}; finished chunks are kept, run the same command again then.")
        raise typer.Exit(EXIT_PARTIAL)
    if result.chunks_failed:
        if not as_json:
            err.print(f"{result.chunks_failed} chunk(s) failed; run the same command again to retry them.")
        raise typer.Exit(EXIT_PARTIAL)


def _print_run_summary(result) -> None:  # type: ignore[no-untyped-def]
    if result.run_id is None:
        out.print("No document was ingested.")
        return
    out.print(key_value_table(f"Run {result.run_id}" + (" (resumed)" if result.resumed else ""), [
        ("provider", f"{result.provider} ({result.model})"),
        ("documents", result.documents),
        ("chunks", f"{result.chunks_done} done / {result.chunks_total}"
         + (f", {result.chunks_failed} failed" if result.chunks_failed else "")
         + (f", {result.chunks_pending} pending" if result.chunks_pending else "")),
        ("pairs added", result.pairs_added),
        ("duplicates skipped", result.duplicates_skipped),
        ("number questions", "-" if result.number_ratio is None else f"{result.number_ratio:.0%} (goal ≥ 30%)"),
    ]))


@app.command()
def status(db: Optional[str] = DbOption, as_json: bool = JsonOption) -> None:
    """Show documents, chunk jobs by status and pairs by type and review status."""
    from db import open_database
    from distill.status import database_status

    with cli_errors():
        data = database_status(open_database(db))
    if as_json:
        print_json(data)
        return
    chunks, pairs = data["chunks"], data["pairs"]
    out.print(key_value_table("distill status", [
        ("documents", data["documents"]),
        ("chunks", ", ".join(f"{k} {v}" for k, v in chunks.items())),  # type: ignore[union-attr]
        ("pairs", ", ".join(f"{k} {v}" for k, v in pairs.items())),  # type: ignore[union-attr]
    ]))
    if data["by_provider"]:
        from rich.table import Table

        table = Table("provider", "model", "pairs", "mean score", "chunks done", "chunks failed", "requests",
                      "failed requests", title="By provider", title_justify="left")
        for r in data["by_provider"]:  # type: ignore[union-attr]
            table.add_row(*("-" if r[k] is None else str(round(r[k], 1) if isinstance(r[k], float) else r[k])
                            for k in ("provider", "model", "pairs", "mean_score", "chunks_done", "chunks_failed",
                                      "requests", "failed_requests")))
        out.print(table)


@app.command()
def keys(
    db: Optional[str] = DbOption,
    config: Optional[Path] = ConfigOption,
    reset: bool = typer.Option(False, "--reset", help="Forget stored states (after fixing billing, say)."),
    as_json: bool = JsonOption,
) -> None:
    """List API keys, masked, with their state, reset time, requests, tokens and last error."""
    from rich.table import Table

    from db import open_database
    from distill.config import load_settings
    from distill.keystore import list_keys, reset_keys

    with cli_errors():
        settings = load_settings(config)
        factory = open_database(db or settings.db)
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


def _register_commands() -> None:
    """Commands that live in their own modules (each parses flags and calls its library)."""
    from distill import (
        cli_eval,
        cli_export,
        cli_report,
        cli_review,
        cli_score,
        cli_ship,
        cli_train,
    )

    for module in (cli_score, cli_report, cli_review, cli_export, cli_train, cli_eval, cli_ship):
        module.register(app)


_register_commands()


def main() -> None:
    """Console-script entry point; unexpected errors become one line unless DISTILL_DEBUG is set."""
    try:
        app()
    except KeyboardInterrupt:
        err.print("Interrupted.")
        sys.exit(130)
    except Exception as e:  # the last line of defence: never a traceback for the user
        if os.environ.get("DISTILL_DEBUG"):
            raise
        err.print(f"[bold red]error:[/] internal error: {type(e).__name__}: {e} (set DISTILL_DEBUG=1 for details)")
        sys.exit(1)


if __name__ == "__main__":
    main()
