"""The log file: where tracebacks of our own bugs go, so the console can stay one line.

Every module logs through `logging.getLogger(__name__)`; `configure` sends records of the
`distill`, `db`, `review` and `train` loggers at INFO and above to one file: `--log-file PATH`,
else `DISTILL_LOG`, else `./distill.log`. The file is created only when the first record is
written, so a run with nothing to report leaves none. Keys never reach it: provider errors
are logged by their scrubbed reasons only.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

DEFAULT_LOG = "distill.log"
_PACKAGES = ("distill", "db", "review", "train")
_state: dict[str, Path] = {}


def log_path(explicit: str | Path | None = None) -> Path:
    """The log file for this invocation: flag, then `DISTILL_LOG`, then ./distill.log."""
    return Path(explicit or os.environ.get("DISTILL_LOG") or DEFAULT_LOG).absolute()


def configure(explicit: str | Path | None = None) -> Path:
    """Send our loggers to the log file (once per path; a new path replaces the old handler)."""
    path = log_path(explicit)
    if _state.get("path") == path:
        return path
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)  # delay: no record, no file
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    handler.set_name("distill-log-file")
    for name in _PACKAGES:
        logger = logging.getLogger(name)
        for old in [h for h in logger.handlers if h.get_name() == "distill-log-file"]:
            logger.removeHandler(old)
            old.close()
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
    _state["path"] = path
    return path


def current() -> Path:
    """The configured log file (configured on first use)."""
    return _state.get("path") or configure()


def log_pointer() -> str:
    """`traceback in /path/distill.log`: the one line the console shows."""
    return f"traceback in {current()}"
