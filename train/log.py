"""What a run reports as it goes: losses to DIR/train_log.jsonl (and to TensorBoard and/or
Weights & Biases with `--report-to`; both optional packages, imported only when asked for), and a
progress bar on stderr with loss, learning rate, tokens/s and time left."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from distill.errors import InputError

LOG_FILE = "train_log.jsonl"


class TrainLog:
    """One JSON object per logged step or evaluation; on resume, lines past the checkpoint are dropped.

    `enabled=False` (every rank but 0 of a multi-process run) writes nothing.
    """

    def __init__(self, out_dir: Path, resume_step: int | None = None, report_to: tuple[str, ...] = (),
                 config: dict[str, Any] | None = None, enabled: bool = True) -> None:
        self.path = Path(out_dir) / LOG_FILE
        self.file, self.tensorboard, self.wandb = None, None, None
        if not enabled:
            return
        kept: list[str] = []
        if resume_step is not None and self.path.exists():
            kept = [line for line in self.path.read_text(encoding="utf-8").splitlines()
                    if (step := _step(line)) is not None and step <= resume_step]
        self.path.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
        self.file = self.path.open("a", encoding="utf-8")
        if "tensorboard" in report_to:
            self.tensorboard = tensorboard_writer(Path(out_dir) / "tensorboard")
        if "wandb" in report_to:
            self.wandb = wandb_run(config or {})

    def write(self, record: dict[str, Any]) -> None:
        if self.file is None:
            return
        self.file.write(json.dumps(record) + "\n")
        self.file.flush()  # a crash keeps every line written so far
        scalars = {k: v for k, v in record.items() if k != "step" and isinstance(v, (int, float))}
        if self.tensorboard is not None:
            for key, value in scalars.items():
                self.tensorboard.add_scalar(key, value, record["step"])
        if self.wandb is not None:
            self.wandb.log(scalars, step=record["step"])

    def records(self) -> list[dict[str, Any]]:
        """Every complete line written so far (this run's and the kept lines of the one it resumed)."""
        if not self.path.exists():
            return []
        return [json.loads(line) for line in self.path.read_text(encoding="utf-8").splitlines()
                if _step(line) is not None]

    def close(self) -> None:
        if self.file is not None:
            self.file.close()
        if self.tensorboard is not None:
            self.tensorboard.close()
        if self.wandb is not None:
            self.wandb.finish()


def _step(line: str) -> int | None:
    """The step of a log line; None for a line cut short by a crash."""
    try:
        return int(json.loads(line)["step"])
    except (ValueError, KeyError, TypeError):
        return None


def check_report_to(report_to: tuple[str, ...]) -> None:
    """InputError (one line) when a --report-to target's package is missing; checked before the model loads."""
    import importlib.util

    for target in report_to:
        if importlib.util.find_spec(target) is None:
            raise InputError(None, f"--report-to {target} needs the {target} package (pip install {target}); "
                                   "train_log.jsonl and training_report.html are written without it")


def tensorboard_writer(folder: Path) -> Any:
    from torch.utils.tensorboard import SummaryWriter  # needs the tensorboard package (checked first)

    return SummaryWriter(str(folder))


def wandb_run(config: dict[str, Any]) -> Any:
    import os

    import wandb  # checked first; WANDB_PROJECT / WANDB_MODE as wandb reads them

    return wandb.init(project=os.environ.get("WANDB_PROJECT", "distill"), config=config)


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
