"""`distill review`: the Textual review queue, or with --auto-approve a mechanical approval.

`distill.cli` calls `register(app)`. Textual and the review package are imported
inside the command, so `distill --help` stays instant.
"""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer

from distill.cli.options import DbOption

DEFAULT_THRESHOLD = 70.0  # mirrors review.queue.DEFAULT_THRESHOLD (kept out of the import path)
DEFAULT_SAMPLE = 0.15


def register(app: typer.Typer) -> None:
    """Add the `review` command to `app`."""
    app.command("review")(review_command)


def default_reviewer() -> str:
    """$USER, else "reviewer"."""
    return os.environ.get("USER") or os.environ.get("USERNAME") or "reviewer"


def review_command(
    db: Optional[str] = DbOption,
    reviewer: Optional[str] = typer.Option(None, "--reviewer", help="Your name in the review log (default: $USER)."),
    queue: str = typer.Option("flagged", "--queue", help="flagged (flags or a score under --threshold, lowest first) | sample | pending | all."),
    sample: float = typer.Option(DEFAULT_SAMPLE, "--sample", help="Share of each (document, type) stratum the sample queue takes."),
    seed: int = typer.Option(0, "--seed", help="Seed of the sample: the same seed gives the same sample."),
    threshold: float = typer.Option(DEFAULT_THRESHOLD, "--threshold", help="Scores under this are in the flagged queue."),
    min_score: Optional[float] = typer.Option(None, "--min-score", help="Only pairs scored at least N (with --auto-approve: approve those)."),
    max_score: Optional[float] = typer.Option(None, "--max-score", help="Only pairs scored at most N."),
    document: Optional[str] = typer.Option(None, "--document", help="Only pairs of this document (id or file name, see `distill status`)."),
    auto_approve: bool = typer.Option(False, "--auto-approve", help="No UI: approve every pending pair scored at least --min-score, logged as auto-approved."),
    no_flags: bool = typer.Option(False, "--no-flags", help="With --auto-approve: leave pairs that carry any flag pending."),
    as_json: bool = typer.Option(False, "--json", help="With --auto-approve: print one JSON object on stdout."),
) -> None:
    """Review pairs one by one in the terminal (a approve, r reject, e edit, u undo, ? help)."""
    from distill.console import cli_errors, err, out, print_json
    from distill.database import open_for_command
    from distill.errors import InputError
    from review.queue import AUTO_REVIEWER, QueueSpec, document_id_for

    with cli_errors():
        if auto_approve:
            if min_score is None:
                raise InputError(None, "--auto-approve needs --min-score N")
            if document is not None or max_score is not None:
                raise InputError(None, "--auto-approve takes --min-score and --no-flags only")
            approved, hint = _auto_approve(db, min_score, no_flags, (reviewer or default_reviewer()).strip())
            if as_json:
                print_json({"approved": approved, "min_score": min_score, "no_flags": no_flags, "reviewer": AUTO_REVIEWER})
            else:
                out.print(f"auto-approved {approved} pair(s) scored {min_score:g} or more"
                          + (" without flags" if no_flags else "") + ".")
                if hint:
                    err.print(hint)
            return
        if no_flags or as_json:
            raise InputError(None, f"{'--no-flags' if no_flags else '--json'} only goes with --auto-approve")
        name = (reviewer or default_reviewer()).strip()
        if name == AUTO_REVIEWER:
            raise InputError(None, f"the reviewer name {AUTO_REVIEWER!r} is kept for --auto-approve")
        spec = QueueSpec(kind=queue, reviewer=name, sample_ratio=sample, seed=seed, min_score=min_score,
                         max_score=max_score, threshold=threshold)
        factory = open_for_command(db, read_only=True)
        if document:
            spec = spec.with_filters(document_id=document_id_for(factory, document))
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            raise InputError(None, "distill review needs a terminal; for scripts use --auto-approve --min-score N")
        from review.app import make_app

        session = make_app(factory, spec).run() or {}
    if session:
        out.print("this session: " + ", ".join(f"{k} {v}" for k, v in sorted(session.items())))


def _auto_approve(db: Optional[str], min_score: float, no_flags: bool, requested_by: str) -> tuple[int, str]:
    """Approve mechanically; returns how many, and a hint when nothing could be (no scores yet)."""
    from distill.database import open_for_command
    from review.decisions import auto_approve
    from review.queue import unscored_pending

    factory = open_for_command(db, read_only=True)
    approved = auto_approve(factory, min_score, no_flags=no_flags, requested_by=requested_by)
    unscored = unscored_pending(factory) if approved == 0 else 0
    hint = f"{unscored} pending pair(s) have no score yet: run `distill score` first." if unscored else ""
    return approved, hint
