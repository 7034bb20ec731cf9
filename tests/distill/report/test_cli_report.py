"""`distill report` on the command line: formats, --out (atomic), exit codes, an empty database."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from distill.report.output import write_atomic


def test_terminal_report_prints_the_histogram(invoke, seeded_db: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke("report", "--db", seeded_db)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    top = next(line for line in lines if "90–100" in line)
    low = next(line for line in lines if "10–20" in line)
    assert top.count("█") == 40 and low.count("█") == 20
    assert "Score histogram" in result.stdout and "Not fit to train" in result.stdout


@pytest.mark.parametrize(("fmt", "start", "marker"), [("markdown", "# distill report", "| hallucinated_number | 4 |"),
                                                      ("html", "<!DOCTYPE html>", "<svg"), ("json", "{", '"totals"')])
def test_each_format_prints_to_stdout(invoke, seeded_db: str, fmt: str, start: str, marker: str) -> None:  # type: ignore[no-untyped-def]
    result = invoke("report", "--db", seeded_db, "--format", fmt)
    assert result.exit_code == 0 and result.stdout.startswith(start) and marker in result.stdout


def test_json_flag_and_threshold(invoke, seeded_db: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(invoke("report", "--db", seeded_db, "--json", "--threshold", "90").stdout)
    assert data["threshold"] == 90 and data["above_threshold"]["at_or_above"] == 2
    assert data["totals"]["pairs"] == 10


def test_out_writes_the_file_named_format_atomically(invoke, seeded_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "reports" / "quality.html"
    result = invoke("report", "--db", seeded_db, "--out", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert os.listdir(target.parent) == ["quality.html"]  # no temporary file left behind
    result = invoke("report", "--db", seeded_db, "--out", str(target), "--format", "json")
    assert json.loads(target.read_text(encoding="utf-8"))["totals"]["pairs"] == 10  # --format wins over the suffix


def test_failed_write_keeps_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old report\n", encoding="utf-8")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(target, "new report " + "\ud800")  # a lone surrogate cannot be written as UTF-8
    assert target.read_text(encoding="utf-8") == "old report\n" and os.listdir(tmp_path) == ["report.md"]


def test_terminal_format_to_a_file_is_plain_text(invoke, seeded_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "report.txt"
    assert invoke("report", "--db", seeded_db, "--out", str(target)).exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert "Score histogram" in text and "█" in text and "\x1b[" not in text


def test_bad_format_and_conflicting_flags_exit_2(invoke, seeded_db: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert invoke("report", "--db", seeded_db, "--format", "pdf").exit_code == 2
    assert invoke("report", "--db", seeded_db, "--format", "markdown", "--json").exit_code == 2
    assert invoke("report", "--db", seeded_db, "--out", str(tmp_path)).exit_code == 2  # a folder


def test_empty_database_says_there_is_nothing_yet(invoke, db_url: str) -> None:  # type: ignore[no-untyped-def]
    from db import open_database

    open_database(db_url)  # made by a run that found nothing (a missing database is exit 2: tests/distill/test_cli.py)
    result = invoke("report", "--db", db_url)
    assert result.exit_code == 0 and "nothing yet" in result.stdout and "distill run" in result.stdout
    data = json.loads(invoke("report", "--db", db_url, "--format", "json").stdout)
    assert data["empty"] is True and data["totals"]["pairs"] == 0 and data["verdict"]["fit"] is None
    page = invoke("report", "--db", db_url, "--format", "html").stdout
    assert "nothing yet" in page and page.rstrip().endswith("</html>")
