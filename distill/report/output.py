"""Choosing a report format and writing the result: to stdout, or to a file atomically."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from distill.errors import InputError
from distill.report.html import render_html
from distill.report.json_report import render_json
from distill.report.markdown import render_markdown
from distill.report.model import Report
from distill.report.terminal import render_terminal

FORMATS: dict[str, Callable[[Report], str]] = {
    "terminal": render_terminal, "markdown": render_markdown, "html": render_html, "json": render_json,
}
SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".json": "json"}


def choose_format(fmt: str | None, out: Path | None) -> str:
    """The format asked for; else the one --out's suffix names (report.html -> html); else terminal."""
    if fmt is not None:
        if fmt not in FORMATS:
            raise InputError(None, f"unknown --format {fmt!r}; choose one of {', '.join(FORMATS)}")
        return fmt
    return SUFFIXES.get(out.suffix.lower(), "terminal") if out is not None else "terminal"


def render(report: Report, fmt: str) -> str:
    return FORMATS[fmt](report)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it: readers never see half a report."""
    path = path.expanduser()
    if path.is_dir():
        raise InputError(path, "is a folder; give a file name for --out")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.chmod(tmp, _file_mode(path))
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _file_mode(path: Path) -> int:
    """The replaced file's permissions, else the usual ones under the umask (mkstemp's 0600 is too tight)."""
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
