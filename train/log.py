"""What a run reports as it goes: losses to DIR/train_log.jsonl (and TensorBoard when installed),
and a progress bar on stderr with loss, learning rate, tokens/s and time left."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

LOG_FILE = "train_log.jsonl"


class TrainLog:
    """One JSON object per optimizer step or evaluation; on resume, lines past the checkpoint are dropped."""

    def __init__(self, out_dir: Path, resume_step: int | None = None) -> None:
        self.path = Path(out_dir) / LOG_FILE
        kept: list[str] = []
        if resume_step is not None and self.path.exists():
            kept = [line for line in self.path.read_text(encoding="utf-8").splitlines()
                    if _step(line) is not None and _step(line) <= resume_step]
        self.path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
        self.file = self.path.open("a", encoding="utf-8")
        self.tensorboard = _tensorboard(Path(out_dir) / "tensorboard")

    def write(self, record: dict[str, Any]) -> None:
        self.file.write(json.dumps(record) + "\n")
        self.file.flush()  # a crash keeps every line written so far
        if self.tensorboard is not None:
            for key, value in record.items():
                if key != "step" and isinstance(value, (int, float)):
                    self.tensorboard.add_scalar(key, value, record["step"])

    def close(self) -> None:
        self.file.close()
        if self.tensorboard is not None:
            self.tensorboard.close()


def _step(line: str) -> int | None:
    """The step of a log line; None for a line cut short by a crash."""
    try:
        return int(json.loads(line)["step"])
    except (ValueError, KeyError, TypeError):
        return None


def _tensorboard(folder: Path) -> Any:
    try:
        from torch.utils.tensorboard import SummaryWriter  # needs the tensorboard package
    except ImportError:
        return None
    return SummaryWriter(str(folder))


class ProgressBar:
    """A rich progress bar over optimizer steps; does nothing when disabled."""

    def __init__(self, enabled: bool) -> None:
        self.bar = None
        if enabled:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("[bold]train"), BarColumn(), MofNCompleteColumn(),
                TextColumn("loss {task.fields[loss]} lr {task.fields[lr]} {task.fields[tps]} tok/s"),
                TextColumn("left"), TimeRemainingColumn(), console=Console(file=sys.stderr),
            )

    @property
    def enabled(self) -> bool:
        return self.bar is not None

    def __enter__(self) -> "ProgressBar":
        if self.bar is not None:
            self.bar.start()
            self.task = self.bar.add_task("train", total=None, loss="-", lr="-", tps="-")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def start(self, total: int, done: int) -> None:
        if self.bar is not None:
            self.bar.reset(self.task, total=total, completed=done)

    def update(self, step: int, loss: float, lr: float, tokens_per_s: float) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=step, loss=f"{loss:.4f}", lr=f"{lr:.2e}", tps=f"{tokens_per_s:,.0f}")

    def note(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(message)
