"""What a run leaves to look at: training_report.html (offline, curves as inline SVG), logging_steps,
and --report-to with packages that may be missing."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from distill.errors import InputError
from train.config import TrainConfig
from train.report import build_report, line_chart
from train.sft import TrainResult, train


def test_training_report_opens_offline_and_shows_the_curves(trained: tuple[Path, TrainResult]) -> None:
    out, result = trained
    html = (out / "training_report.html").read_text(encoding="utf-8")
    assert not re.search(r"https?://|<script|<link|@import|src=", html)  # self-contained: opens offline
    charts = re.findall(r"<svg .*?</svg>", html, flags=re.S)
    assert len(charts) == 2  # loss (train + validation) and learning rate
    loss_chart = charts[0]
    assert "train loss" in loss_chart and "validation loss" in loss_chart
    assert loss_chart.count("<polyline") == 2 and loss_chart.count("<circle") == result.steps + 2  # 8 steps, 2 vals
    assert "<polyline" in charts[1] and "learning rate" in charts[1]
    assert "tokens_per_s" in html and "lora_r" in html and "manifest.json" in html  # throughput, config, data
    assert f"{result.steps} optimizer steps" in html


def test_line_chart_places_points_by_value() -> None:
    svg = line_chart([("loss", [(1, 4.0), (2, 2.0), (3, 1.0)], "#000")], "t", "loss", width=200, height=100)
    ys = [float(y) for y in re.findall(r'cy="([\d.]+)"', svg)]
    assert ys[0] < ys[1] < ys[2]  # SVG y grows downwards: the highest loss is drawn highest
    assert line_chart([], "t", "loss") == "<p>(nothing logged)</p>"


def test_report_shows_label_distribution_and_best_step() -> None:
    html = build_report([{"step": 1, "loss": 1.0, "lr": 1e-3}, {"step": 1, "val_loss": 0.9}],
                        {"out": "o", "steps": 1, "labels": {"priority=1": 9, "priority=2": 1}, "best_step": 1,
                         "best_val_loss": 0.9, "sources": [{"name": "d.jsonl", "examples": 10, "manifest": None}]})
    assert "priority=1" in html and "90%" in html and "at step 1" in html
    assert "no manifest found" in html


def test_logging_steps(toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    config = TrainConfig(data=toy_data, base=str(tiny_base), out=tmp_path / "out", max_steps=7, batch_size=4,
                         grad_accum=1, logging_steps=3)
    train(config, progress=False)
    log = [json.loads(line) for line in (tmp_path / "out" / "train_log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log] == [3, 6, 7]  # and the last step, whatever N is
    assert all(r["tokens"] > 0 and r["loss"] > 0 for r in log)


@pytest.mark.parametrize("target", ["tensorboard", "wandb"])
def test_report_to_a_missing_package_is_one_line(toy_data: Path, tiny_base: Path, tmp_path: Path,
                                                 target: str) -> None:
    if importlib.util.find_spec(target) is not None:
        pytest.skip(f"{target} is installed here; this test is about a machine without it")
    config = TrainConfig(data=toy_data, base=str(tiny_base), out=tmp_path / "out", report_to=(target,))
    with pytest.raises(InputError, match=rf"--report-to {target} needs the {target} package \(pip install {target}\)"):
        train(config, progress=False)
    assert not (tmp_path / "out").exists()  # refused before anything was written


@pytest.mark.skipif(importlib.util.find_spec("tensorboard") is None, reason="tensorboard is not installed")
def test_report_to_tensorboard_writes_events(toy_data: Path, tiny_base: Path, tmp_path: Path) -> None:
    config = TrainConfig(data=toy_data, base=str(tiny_base), out=tmp_path / "out", max_steps=2, batch_size=4,
                         grad_accum=1, report_to=("tensorboard",))
    train(config, progress=False)
    assert list((tmp_path / "out" / "tensorboard").glob("events.out.tfevents.*"))
