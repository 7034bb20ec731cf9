"""Data-parallel training: `torchrun --nproc-per-node 2 distill train ...` on CPU (gloo) equals one process
with the same global batch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from distill.formats import to_row
from tests.train.tiny import toy_conversations, write_jsonl
from train.config import TrainConfig
from train.sft import train

REPO = Path(__file__).resolve().parents[2]


def test_two_processes_equal_one_with_the_same_global_batch(tiny_base: Path, tmp_path: Path) -> None:
    import torch
    from safetensors.torch import load_file

    # 29 examples: the last global micro-batch has one row, so the second process gets none there
    # and must still join the gradient sync without counting.
    data = write_jsonl(tmp_path / "train.jsonl", [to_row(c, "messages") for c in toy_conversations(8)[:29]])
    common = dict(epochs=1, grad_accum=2, lr=1e-2, warmup_ratio=0.0, save_steps=2)
    single = train(TrainConfig(data=data, base=str(tiny_base), out=tmp_path / "one", batch_size=4, **common),
                   progress=False)

    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1", "CUDA_VISIBLE_DEVICES": ""}
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", "2",
               "-m", "distill.cli", "train", "--data", str(data), "--base", str(tiny_base), "--out", str(tmp_path / "two"),
               "--per-device-train-batch-size", "2", "--gradient-accumulation-steps", "2", "--epochs", "1",
               "--learning-rate", "1e-2", "--warmup-ratio", "0", "--save-steps", "2", "--json"]
    done = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    two = json.loads(done.stdout)  # one object: only rank 0 reports
    assert (two["processes"], two["steps"], two["examples"]) == (2, single.steps, 29)
    assert two["tokens"] == single.tokens  # each example seen once, by one of the processes
    assert two["train_loss"] == single.train_loss or abs(two["train_loss"] - single.train_loss) < 1e-4

    a, b = (load_file(tmp_path / d / "adapter_model.safetensors") for d in ("one", "two"))
    assert a.keys() == b.keys()
    # Each step moves a weight by up to lr = 1e-2; the runs differ by float summation order only.
    assert all(torch.allclose(a[k], b[k], atol=1e-4) for k in a), max((a[k] - b[k]).abs().max() for k in a)
    moved = max(float(v.abs().max()) for k, v in a.items() if "lora_B" in k)
    assert moved > 1e-3  # the adapters trained (lora_B starts at zero), so the equality means something
    logs = [[json.loads(line) for line in (tmp_path / d / "train_log.jsonl").read_text().splitlines()]
            for d in ("one", "two")]
    assert [r["step"] for r in logs[1]] == list(range(1, single.steps + 1))  # one writer: no duplicated lines
    # AdamW hides a gradient off by a constant factor; the gradient norm (after DDP's averaging) does not.
    for x, y in zip(*logs):
        assert abs(x["grad_norm"] - y["grad_norm"]) <= 1e-3 * x["grad_norm"], (x, y)
