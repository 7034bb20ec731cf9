"""collect_inputs and the path-level errors of ingest_file."""

from __future__ import annotations

from pathlib import Path

import pytest

from distill.errors import InputError
from distill.ingest import SUPPORTED_SUFFIXES, collect_inputs, ingest_file


def touch(path: Path, data: bytes = b"text") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_supported_suffixes() -> None:
    assert SUPPORTED_SUFFIXES == frozenset({".pdf", ".txt", ".md"})


def test_folders_expand_recursively_sorted_and_filtered(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    b = touch(docs / "b.txt")
    a = touch(docs / "sub" / "a.PDF")
    c = touch(docs / "c.md")
    touch(docs / "notes.docx")
    touch(docs / ".hidden.txt")
    touch(docs / "~$lock.md")
    touch(docs / ".git" / "x.txt")
    files, errors = collect_inputs([docs])
    assert files == sorted([a, b, c]) and errors == []


def test_bad_paths_are_reported_without_stopping(tmp_path: Path) -> None:
    good = touch(tmp_path / "good.txt")
    touch(tmp_path / "report.docx")
    touch(tmp_path / "README")
    (tmp_path / "empty").mkdir()
    touch(tmp_path / "images" / "scan.png")
    files, errors = collect_inputs([
        tmp_path / "missing.pdf",
        str(good),
        tmp_path / "report.docx",
        tmp_path / "README",
        tmp_path / "empty",
        tmp_path / "images",
        good,  # named twice: kept once
    ])
    assert files == [good]
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert reasons == {
        "missing.pdf": "no such file or folder",
        "report.docx": ".docx is not supported; use PDF, TXT or MD",
        "README": "file has no extension; use PDF, TXT or MD",
        "empty": "folder has no PDF, TXT or MD file",
        "images": "folder has no PDF, TXT or MD file",
    }
    assert all(isinstance(e, InputError) and e.exit_code == 2 for e in errors)
    assert all(str(e).startswith(e.path + ": ") for e in errors)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("missing.txt", "no such file"),
        ("slides.pptx", ".pptx is not supported; use PDF, TXT or MD"),
    ],
)
def test_ingest_file_rejects_bad_paths(tmp_path: Path, name: str, reason: str) -> None:
    if name.endswith(".pptx"):
        touch(tmp_path / name)
    with pytest.raises(InputError) as caught:
        ingest_file(tmp_path / name)
    assert caught.value.reason == reason


def test_ingest_file_rejects_a_folder(tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(InputError) as caught:
        ingest_file(folder)
    assert caught.value.reason == "is a folder, not a file"
