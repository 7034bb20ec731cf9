"""`distill run`: ingest documents and distill them into scored QA pairs (resumable)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Optional

import typer

from distill.chunking import DEFAULT_CHUNK_OVERLAP, DEFAULT_CHUNK_SIZE
from distill.cli.options import ConfigOption, DbOption, JsonOption
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


def register(app: typer.Typer) -> None:
    app.command("run")(run)


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
        if result.scored is not None and not as_json:
            scored = result.scored
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
        *failure_rows(result.failures),
    ]))


def failure_rows(failures: list[FailureRow]) -> list[tuple[str, object]]:
    """One row per failure reason: `12 chunks, 30 requests — e.g. timeout after 120s`."""
    from rich.markup import escape  # error texts quote replies: never read them as markup

    rows: list[tuple[str, object]] = []
    for f in failures:
        example = f"{f['example']} — reply: {f['reply_example']}" if f["reply_example"] else str(f["example"])
        rows.append((f"failed: {f['label']}", escape(f"{f['chunks']} chunk(s), {f['requests']} request(s)"
                                                     + (f" — e.g. {example[:160]}" if example else ""))))
    return rows


