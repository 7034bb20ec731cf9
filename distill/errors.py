"""The user-facing error kinds of distill and the exit codes the CLI maps them to.

Library code raises these with a one-line message; `distill.cli` prints the message
(never a traceback) and exits with the error's code.
"""

from __future__ import annotations

from pathlib import Path

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_BAD_INPUT = 2
EXIT_PARTIAL = 3


class DistillError(Exception):
    """An error the user can act on; its message is one line."""

    exit_code: int = EXIT_ERROR


class InputError(DistillError):
    """An input file or argument was rejected (missing, unsupported, corrupt, encrypted...)."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, path: str | Path | None, reason: str) -> None:
        self.path = str(path) if path is not None else None
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class PartialFailure(DistillError):
    """Some of the work failed but what finished is kept and the rest can be retried."""

    exit_code = EXIT_PARTIAL
