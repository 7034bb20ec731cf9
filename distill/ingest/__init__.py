"""Ingest: turn input paths into clean text with page references.

`collect_inputs` expands the paths the user gave (folders recursively) and rejects bad
ones without stopping; `ingest_file` reads one PDF/TXT/MD file into an `IngestedText`
or raises a one-line `InputError`. PDF libraries are imported only when a PDF is read.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from distill.errors import InputError
from distill.ingest.document import IngestedText, PageSpan
from distill.progress import Progress

__all__ = [
    "SUPPORTED_SUFFIXES",
    "IngestedText",
    "PageSpan",
    "collect_inputs",
    "ingest_file",
]

SUPPORTED_SUFFIXES: frozenset[str] = frozenset({".pdf", ".txt", ".md"})
_USE = "use PDF, TXT or MD"


def _unsupported(path: Path) -> str:
    suffix = path.suffix.lower()
    if not suffix:
        return f"file has no extension; {_USE}"
    return f"{suffix} is not supported; {_USE}"


def _skipped_name(name: str) -> bool:
    """Hidden files and Office lock files ("~$a.docx") are never a user's document."""
    return name.startswith((".", "~$"))


def _folder_files(folder: Path) -> list[Path]:
    """Supported files under `folder`, recursively, sorted; symlinked folders not followed."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not _skipped_name(d)]
        for name in files:
            path = Path(root, name)
            if path.suffix.lower() in SUPPORTED_SUFFIXES and not _skipped_name(name):
                found.append(path)
    return sorted(found)


def collect_inputs(paths: Sequence[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Expand folders (recursively, sorted, supported suffixes only) and reject bad paths:
    missing file, folder with no supported file, unsupported extension. Never raises for
    one bad path; a file named twice is kept once."""
    files: list[Path] = []
    errors: list[InputError] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = _folder_files(path)
            if not found:
                errors.append(InputError(path, "folder has no PDF, TXT or MD file"))
        elif path.is_file():
            found = [path] if path.suffix.lower() in SUPPORTED_SUFFIXES else []
            if not found:
                errors.append(InputError(path, _unsupported(path)))
        else:
            found = []
            errors.append(InputError(path, "no such file or folder"))
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                files.append(file)
    return files, errors


def _read(path: Path) -> bytes:
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a folder, not a file")
    try:
        return path.read_bytes()
    except OSError as err:
        raise InputError(path, f"cannot read file: {err.strerror or err}") from err


def ingest_file(path: Path, password: str | None = None, progress: Progress | None = None) -> IngestedText:
    """Read and clean one file; raises InputError(path, one-line reason) for any bad input.

    `progress.reading` hears how far the reading is (pages of a PDF, characters of a text).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(path, _unsupported(path))
    data = _read(path)
    sha256 = hashlib.sha256(data).hexdigest()
    if suffix == ".pdf":
        from distill.ingest.pdf import ingest_pdf

        def on_page(done: int, total: int) -> None:
            if progress is not None:
                progress.reading(path.name, done, total, "pages")

        return ingest_pdf(path, data, sha256, password, on_page)
    from distill.ingest.text import ingest_text

    def on_chars(done: int, total: int) -> None:
        if progress is not None:
            progress.reading(path.name, done, total, "chars")

    return ingest_text(path, data, sha256, on_chars)
