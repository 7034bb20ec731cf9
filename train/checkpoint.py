"""Resumable checkpoints in DIR/checkpoints/step-NNNNNN: the adapter (PEFT format, so any
checkpoint can be evaluated on its own), optimizer and grad-scaler state, and the step reached.

Data order is a function of (seed, epoch), so the step number is all a resumed run needs to
replay the remaining batches; nothing about the data loader is stored.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

CHECKPOINTS = "checkpoints"
BEST = "best"  # DIR/checkpoints/best: the adapter with the lowest validation loss so far
KEEP = 2  # default --save-total-limit: checkpoints kept on disk; older ones are deleted


def latest_checkpoint(out_dir: Path) -> Path | None:
    """The complete checkpoint with the highest step, if any."""
    folder = Path(out_dir) / CHECKPOINTS
    done = [p for p in folder.glob("step-*") if (p / "state.json").is_file() and not p.name.endswith(".tmp")]
    return max(done, key=lambda p: int(p.name.removeprefix("step-")), default=None)


def check_checkpoint(path: Path) -> Path:
    """`path` if it is a complete checkpoint folder (for --resume-from-checkpoint), else InputError."""
    from distill.errors import InputError

    path = Path(path)
    if not (path / "state.json").is_file() or not (path / "optimizer.pt").is_file():
        raise InputError(path, "not a distill checkpoint (no state.json and optimizer.pt)")
    return path


def save_checkpoint(out_dir: Path, model: Any, optimizer: Any, scaler: Any, state: dict[str, Any],
                    keep: int | None = KEEP) -> Path:
    """Write a checkpoint for `state["step"]`; written under a .tmp name and renamed, so a crash mid-save leaves no half checkpoint."""
    import torch

    folder = Path(out_dir) / CHECKPOINTS
    final = folder / f"step-{state['step']:06d}"
    tmp = folder / f"{final.name}.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    model.save_pretrained(tmp)
    torch.save({"optimizer": optimizer.state_dict(), "scaler": scaler.state_dict()}, tmp / "optimizer.pt")
    (tmp / "state.json").write_text(json.dumps(state, indent=2), encoding="utf-8")
    shutil.rmtree(final, ignore_errors=True)
    tmp.rename(final)
    steps = sorted(folder.glob("step-*[0-9]"), key=lambda p: int(p.name.removeprefix("step-")))
    for old in steps[:-keep] if keep else []:
        shutil.rmtree(old, ignore_errors=True)
    return final


def load_checkpoint(path: Path, model: Any, optimizer: Any, scaler: Any) -> dict[str, Any]:
    """Restore adapter weights, optimizer and scaler from `path`; returns the saved state (step, tokens...)."""
    import torch

    load_adapter_weights(model, path)
    blob = torch.load(path / "optimizer.pt", map_location="cpu", weights_only=True)
    optimizer.load_state_dict(blob["optimizer"])  # moves the state onto the parameters' device
    if blob["scaler"]:
        scaler.load_state_dict(blob["scaler"])
    return json.loads((path / "state.json").read_text(encoding="utf-8"))


def load_adapter_weights(model: Any, folder: Path) -> None:
    """Set the model's LoRA weights to those saved in `folder` (a checkpoint, or the best adapter)."""
    from peft import set_peft_model_state_dict
    from safetensors.torch import load_file

    set_peft_model_state_dict(model, load_file(str(Path(folder) / "adapter_model.safetensors")))
