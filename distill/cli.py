"""The `distill` command line: each subcommand parses flags, calls one library function, prints.

Heavy libraries (PyMuPDF, torch, transformers) are imported inside the functions that need
them, so `distill --help` answers at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Optional

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
    print_error,
    print_json,
    styled,
)
from distill.errors import EXIT_BAD_INPUT, EXIT_PARTIAL, InputError

if TYPE_CHECKING:
    from distill.report.queries import FailureRow
    from distill.runner import RunResult

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
    log_file: Optional[Path] = typer.Option(None, "--log-file", envvar="DISTILL_LOG", show_envvar=True,
                                            help="Where tracebacks and provider events go (default ./distill.log, "
                                                 "written only when there is something to log)."),
) -> None:
    """distill: documents in, verified QA pairs and small models out."""
    from distill.logs import configure

    configure(log_file)


@app.command()
def run(
    paths: list[Path] = typer.Argument(..., help="PDF, TXT or MD files, or folders of them."),
    db: Optional[str] = DbOption,
    provider: str = typer.Option("auto", "--provider", help="auto | offline | gemini | zhipu | openai, or a fallback chain such as gemini,zhipu,openai (auto: every provider with keys, else offline)."),
    allow_offline: bool = typer.Option(False, "--allow-offline", help="Let the offline generator finish when every provider of the chain runs dry."),
    model: Optional[str] = typer.Option(None, "--model", help="Model name (default: the provider's, see README)."),
    base_url: Optional[str] = typer.Option(None, "--base-url", help="Provider endpoint, e.g. a local OpenAI-compatible server."),
    temperature: float = typer.Option(DEFAULT_TEMPERATURE, "--temperature", min=0.0, max=2.0, help="Sampling temperature."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Concurrent requests (default: enough to keep every key at its rate; for a local server, its slots or 1)."),
    max_wait: float = typer.Option(120.0, "--max-wait", min=0.0, help="Longest wait (s) for cooling keys before giving up."),
    timeout: Optional[float] = typer.Option(None, "--timeout", min=1.0, help="Seconds a model server may stay silent: between streamed pieces, or for a whole reply that cannot stream (default 60, or `timeout` in distill.toml)."),
    max_tokens: Optional[int] = typer.Option(None, "--max-tokens", min=16, help="Longest reply in tokens (default: sized from each chunk's facts, within the server's context)."),
    chunk_size: int = typer.Option(DEFAULT_CHUNK_SIZE, "--chunk-size", min=100, help="Target chunk size in characters."),
    chunk_overlap: int = typer.Option(DEFAULT_CHUNK_OVERLAP, "--chunk-overlap", min=0, help="Overlap between chunks in characters."),
    per_chunk: Optional[int] = typer.Option(None, "--per-chunk", min=1, help="At most N pairs per chunk."),
    password: Optional[str] = typer.Option(None, "--password", help="Password for encrypted PDFs."),
    config: Optional[Path] = ConfigOption,
    as_json: bool = JsonOption,
) -> None:
    """Ingest documents and distill question-answer pairs into the database (resumable)."""
    from distill.config import load_settings
    from distill.database import open_for_command, write_failures
    from distill.generate.select import LLMOptions, make_generator
    from distill.runner import RunOptions
    from distill.runner import run as run_documents

    with cli_errors():
        if chunk_overlap >= chunk_size:
            raise InputError(None, "--chunk-overlap must be smaller than --chunk-size")
        settings = load_settings(config)
        factory = open_for_command(db, config)
        llm = LLMOptions(model, base_url, temperature, max_wait, timeout=timeout, max_tokens=max_tokens)
        choice = make_generator(provider, settings, factory, llm, allow_offline=allow_offline)
        opts = RunOptions(chunk_size=chunk_size, chunk_overlap=chunk_overlap, per_chunk=per_chunk,
                          password=password, workers=workers or choice.workers)
        if choice.note and not as_json:
            err.print(choice.note)
        if choice.slots and workers and workers > choice.slots and not as_json:
            err.print(f"Note: the local server answers {choice.slots} request(s) at a time; the other "
                      f"{workers - choice.slots} worker(s) will queue there (--timeout counts the wait).", markup=False)
        with write_failures(factory):
            if as_json or not err.is_terminal:
                progress = PlainProgress() if not as_json else None
                result = run_documents(factory, paths, choice.generator, opts, progress)
            else:
                with RichProgress() as bar:
                    result = run_documents(factory, paths, choice.generator, opts, bar)
        if result.pairs_added:
            from distill import store
            from distill.scoring import score_database

            with store.exclusive(factory, "scoring"):  # several workers of one run may end at once
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
            print_error(str(e))
        _print_run_summary(result)
    if result.errors:
        raise typer.Exit(EXIT_BAD_INPUT)
    if result.stopped:
        if not as_json:
            err.print(styled("stopped:", "bold red", f"{result.stopped}; finished chunks are kept, run the same command again then."))
        raise typer.Exit(EXIT_PARTIAL)
    if result.chunks_failed:
        if not as_json:
            err.print(f"{result.chunks_failed} chunk(s) failed; run the same command again to retry them.")
        raise typer.Exit(EXIT_PARTIAL)


def _print_run_summary(result: RunResult) -> None:
    if result.up_to_date:
        out.print(f"Nothing to do: all {result.chunks_total} chunk(s) are already done"
                  + (f" (run {result.done_by})." if result.done_by else "."))
        return
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
        *_failure_rows(result.failures),
    ]))


def _failure_rows(failures: list[FailureRow]) -> list[tuple[str, object]]:
    """One row per failure reason: `12 chunks, 30 requests — e.g. timeout after 120s`."""
    from rich.markup import escape  # error texts quote replies: never read them as markup

    rows: list[tuple[str, object]] = []
    for f in failures:
        example = f"{f['example']} — reply: {f['reply_example']}" if f["reply_example"] else str(f["example"])
        rows.append((f"failed: {f['label']}", escape(f"{f['chunks']} chunk(s), {f['requests']} request(s)"
                                                     + (f" — e.g. {example[:160]}" if example else ""))))
    return rows


@app.command()
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
        out.print(key_value_table("Failures by reason", _failure_rows(data["failures"])))
    for table in team_tables(data):
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


def _register_commands() -> None:
    """Commands that live in their own modules (each parses flags and calls its library)."""
    from distill import (
        cli_eval,
        cli_export,
        cli_reparse,
        cli_report,
        cli_review,
        cli_score,
        cli_train,
        cli_work,
    )

    for module in (cli_score, cli_report, cli_review, cli_export, cli_train, cli_eval, cli_reparse, cli_work):
        module.register(app)


_register_commands()


def main() -> None:
    """Console-script entry point; unexpected errors become one line (the traceback goes to the log
    file) unless DISTILL_DEBUG is set."""
    import logging

    from distill.logs import log_pointer

    try:
        app()
    except KeyboardInterrupt:
        err.print("Interrupted.")
        _exit_now_if_requests_linger(130)
        sys.exit(130)
    except SystemExit as e:
        _exit_now_if_requests_linger(e.code)
        raise
    except Exception as e:  # the last line of defence: never a traceback for the user
        if os.environ.get("DISTILL_DEBUG"):
            raise
        logging.getLogger(__name__).exception("internal error")
        print_error(f"internal error: {type(e).__name__}: {e} ({log_pointer()}; DISTILL_DEBUG=1 shows it here)")
        sys.exit(1)


def _exit_now_if_requests_linger(code: object) -> None:
    """After a second Ctrl-C, requests may still be in flight on worker threads: the interpreter
    would wait for them at exit, so quit at once (every claim is already given back)."""
    import logging
    import threading

    if code != 130:
        return
    if any(t.is_alive() and t.name.startswith("distill-job") for t in threading.enumerate()):
        sys.stdout.flush()
        sys.stderr.flush()
        logging.shutdown()
        os._exit(130)


if __name__ == "__main__":
    main()
