"""Progress without a terminal: a plain line of done/total, rate and ETA every few seconds.

The clock is a fake that moves only when the code asks for the time, so nothing sleeps and a
busy machine changes nothing.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from rich.console import Console

from db import open_database
from distill.console import PlainProgress
from distill.generate.select import OfflineGenerator
from distill.ingest import ingest_file
from distill.progress import Meter
from distill.runner import RunOptions, run

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "报销细则.pdf"
POLICY = (Path(__file__).resolve().parents[2] / "docs" / "报销细则.md").read_text(encoding="utf-8")


class FakeClock:
    """Each reading of the time moves it on by `step` seconds."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 1000.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def plain(step: float, every: float = 5.0) -> tuple[PlainProgress, io.StringIO]:
    buffer = io.StringIO()
    console = Console(file=buffer, width=200, force_terminal=False, color_system=None)
    return PlainProgress(console=console, clock=FakeClock(step), every=every), buffer


def test_meter_prints_every_few_seconds_with_rate_and_eta() -> None:
    clock = FakeClock(0.0)
    meter = Meter("chunks", total=100, unit="chunks", clock=clock, every=5.0)
    clock.step = 1.0  # one second per update from now on
    lines = [meter.update(done) for done in range(1, 101)]
    printed = [line for line in lines if line]
    assert len(printed) == 100 // 5 - 1 + 1  # one every 5 s, and the last one
    assert printed[0] == "chunks: 5/100 chunks (5%), 1.00 chunks/s, ETA 0:01:35"
    assert printed[-1] == "chunks: 100/100 chunks (100%), 1.00 chunks/s, done in 0:01:40"


def test_meter_stays_silent_for_short_work_and_counts_only_new_work() -> None:
    quick = Meter("reading a.txt", total=10, unit="chars", clock=FakeClock(0.1), every=5.0)
    assert [quick.update(n) for n in range(1, 11)] == [None] * 10
    resumed = Meter("chunks", total=1000, unit="chunks", done=900, clock=FakeClock(10.0), every=5.0)
    line = resumed.update(950)  # 50 chunks in ~10 s: the 900 of an earlier run are not a rate
    assert line is not None and "950/1,000 chunks (95%)" in line and "5.00 chunks/s" in line


def test_character_counts_are_shortened() -> None:
    meter = Meter("reading big.txt", total=17_750_000, unit="chars", clock=FakeClock(10.0), every=5.0)
    assert meter.update(5_000_000) == "reading big.txt: 5.0M/17.8M chars (28%), 500k chars/s, ETA 0:00:26"  # 5M in 10 s


def test_reading_a_long_text_file_reports_its_characters(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(POLICY * 200, encoding="utf-8")  # some 15,000 lines
    progress, buffer = plain(step=1.0, every=3.0)
    ingest_file(path, progress=progress)
    lines = buffer.getvalue().splitlines()
    assert len(lines) >= 3, lines
    assert all(re.fullmatch(r"reading big\.txt: [\d.]+[kM]?/[\d.]+[kM] chars \(\d+%\), .+/s, (ETA|done in) [\d:]+", ln)
               for ln in lines), lines
    assert lines[-1].startswith("reading big.txt: ") and "(100%)" in lines[-1] and "done in" in lines[-1]


def test_reading_a_pdf_reports_its_pages() -> None:
    progress, buffer = plain(step=2.0, every=3.0)
    ingest_file(SAMPLE, progress=progress)
    lines = buffer.getvalue().splitlines()
    assert lines[0].startswith("reading 报销细则.pdf: 2/8 pages (25%)")
    assert lines[-1].startswith("reading 报销细则.pdf: 8/8 pages (100%)")


def test_a_run_reports_its_chunk_jobs_with_pairs_so_far(tmp_path: Path) -> None:
    factory = open_database(f"sqlite:///{tmp_path / 'run.db'}")
    progress, buffer = plain(step=1.0, every=2.0)
    result = run(factory, [SAMPLE], OfflineGenerator(), RunOptions(chunk_size=300, chunk_overlap=0), progress)
    chunk_lines = [ln for ln in buffer.getvalue().splitlines() if ln.startswith("chunks: ")]
    assert len(chunk_lines) >= 3
    total = result.chunks_total
    assert chunk_lines[-1].startswith(f"chunks: {total}/{total} chunks (100%)")
    assert chunk_lines[-1].endswith(f"pairs {result.pairs_added}, duplicates {result.duplicates_skipped}, failed 0")


def test_a_file_name_is_never_console_markup(tmp_path: Path) -> None:
    path = tmp_path / "[bold]policy[red].txt"
    path.write_text(POLICY * 10, encoding="utf-8")
    progress, buffer = plain(step=5.0, every=1.0)
    ingest_file(path, progress=progress)
    assert buffer.getvalue().startswith("reading [bold]policy[red].txt: ")
