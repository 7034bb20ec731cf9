"""The `distill` Typer app, its global options, and the console-script entry point.

The commands live in the modules beside this one, one per command group; `distill.cli`
registers them. Heavy libraries (PyMuPDF, torch, transformers) are imported inside the command
functions that need them, so `distill --help` answers at once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperOption

from distill import __version__
from distill.console import err, print_error


def _flags_show_no_type() -> None:
    """Typer's rich help prints `<bool>` after every flag (`--json <bool>`), as if flags took a
    value; they do not, so a flag shows no type. A missing feature of Typer, hence this shim."""
    shown = TyperOption.display_type_rich

    def display_type_rich(self: TyperOption, ctx: typer.Context) -> str | None:
        return None if self.is_flag else shown(self, ctx)

    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign,assignment]


_flags_show_no_type()

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


