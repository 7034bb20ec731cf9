"""The training loop behind `distill train`: LoRA / QLoRA fine-tuning with the loss on the answer only.

One readable loop (nanoGPT style) rather than transformers' Trainer: everything the command
needs (answer-only loss, length-grouped batches, a progress bar with tokens/s, resumable
checkpoints, validation each epoch) is a few lines here, and none of it depends on Trainer
arguments that change between transformers major versions.

  1. inputs     data lines, output folder, base folder: checked first, so bad input fails at once
  2. device     CUDA > MPS > CPU; QLoRA on CUDA unless --no-qlora
  3. data       tokenised with the model's chat template, loss on the answer only
  4. model      base (4-bit, or 16/32-bit) + LoRA adapters
  5. optimizer  AdamW on the adapters; linear warmup, then cosine decay
  6. resume     adapter, optimizer and step from the last checkpoint
  7. loop       gradient accumulation, clipping, logs, checkpoints, validation each epoch
  8. save       adapter, tokenizer, training config, the export's manifest
"""

from __future__ import annotations

import contextlib
import json
import math
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from distill.errors import DistillError, InputError
from train.batches import Example, collate, encode_examples, length_grouped_batches
from train.chat import IGNORE_INDEX
from train.checkpoint import CHECKPOINTS, latest_checkpoint, load_checkpoint, save_checkpoint
from train.config import TrainConfig
from train.data import find_manifest, read_conversations
from train.device import Device, is_out_of_memory, pick_device
from train.log import ProgressBar, TrainLog
from train.model import add_lora, load_model, load_tokenizer, resolve_base

Note = Callable[[str], None]


@dataclass
class TrainResult:
    out_dir: Path
    steps: int  # optimizer steps done in total (including those before a resume)
    train_loss: float | None  # mean answer-token loss of the last step
    val_losses: list[float]  # one per epoch (plus one at the end when --max-steps stops mid-epoch)
    device: str  # "cuda" | "mps" | "cpu"
    qlora: bool
    examples: int
    tokens: int = 0  # tokens (prompt + answer, no padding) processed by this run
    seconds: float = 0.0  # time spent in the loop by this run

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "out_dir": str(self.out_dir), "tokens_per_second": round(self.tokens_per_second, 1)}


@dataclass
class _Run:
    """Everything the loop works with, gathered by steps 1-6."""

    config: TrainConfig
    device: Device
    model: Any
    optimizer: torch.optim.Optimizer
    scaler: torch.amp.GradScaler
    pad_id: int
    train_set: list[Example]
    val_set: list[Example]
    log: TrainLog
    bar: ProgressBar
    say: Note
    total_steps: int
    steps_per_epoch: int
    step: int = 0
    val_losses: list[float] = field(default_factory=list)


def train(config: TrainConfig, progress: bool = True, note: Note | None = None) -> TrainResult:
    """Fine-tune `config.base` on `config.data` and save the adapter in `config.out`."""
    config.validate()
    say = note or (lambda message: None)

    # 1. Inputs: every data line, the output folder and the base folder are checked before
    #    anything slow happens, so bad input fails at once with one line.
    conversations = read_conversations(config.data)
    val_conversations = read_conversations(config.val) if config.val else []
    out = _prepare_out_dir(config)
    base = resolve_base(config.base)

    # 2. Device: printed, with a note when it is not the CUDA/QLoRA default.
    device, notes = pick_device(config.qlora)
    for line in (device.describe(), *notes):
        say(line)

    # 3. Data: tokenised with the model's own chat template (see train.chat for the loss mask).
    tokenizer = load_tokenizer(base)
    train_set = _encode(tokenizer, conversations, config, config.data, say)
    val_set = _encode(tokenizer, val_conversations, config, config.val, say) if config.val else []

    with _explain_out_of_memory(config, device):
        return _train_model(config, device, base, tokenizer, train_set, val_set, out, progress, say)


def _train_model(config: TrainConfig, device: Device, base: str, tokenizer: Any, train_set: list[Example],
                 val_set: list[Example], out: Path, progress: bool, say: Note) -> TrainResult:
    """Steps 4-8 of `train`: everything that holds the model."""
    # 4. Model: the frozen base plus trainable LoRA adapters (kept in fp32 by PEFT).
    model = add_lora(load_model(base, device), config, device)
    model.train()

    # 5. Optimizer over the adapters only; the grad scaler is active only for fp16 (bf16 needs none).
    params = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(params, lr=config.lr, weight_decay=config.weight_decay)
    scaler = torch.amp.GradScaler("cuda" if device.kind == "cuda" else "cpu", enabled=device.dtype == torch.float16)
    steps_per_epoch = math.ceil(math.ceil(len(train_set) / config.batch_size) / config.grad_accum)
    total = config.max_steps or config.epochs * steps_per_epoch

    # 6. Resume: restore the adapter, optimizer and step; the data order follows from the step.
    state: dict[str, Any] = {}
    if config.resume:
        checkpoint = latest_checkpoint(out)
        state = load_checkpoint(checkpoint, model, optimizer, scaler)
        say(f"resuming from {checkpoint} (step {state['step']} of {total})")

    # 7. Loop.
    with ProgressBar(progress) as bar:
        run = _Run(config, device, model, optimizer, scaler, tokenizer.pad_token_id, train_set, val_set,
                   TrainLog(out, state.get("step") if config.resume else None), bar, say, total, steps_per_epoch,
                   step=state.get("step", 0), val_losses=list(state.get("val_losses", [])))
        try:
            last_loss, tokens, seconds = _loop(run)
        finally:
            run.log.close()

    # 8. Save what the next commands (merge, eval) need in one folder.
    _save_outputs(run, tokenizer, base, len(val_set))
    return TrainResult(out, run.step, last_loss, run.val_losses, device.kind, device.qlora, len(train_set),
                       tokens, seconds)


def _prepare_out_dir(config: TrainConfig) -> Path:
    out = Path(config.out)
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out must be a folder")
    out.mkdir(parents=True, exist_ok=True)
    has_checkpoint = latest_checkpoint(out) is not None
    if config.resume and not has_checkpoint:
        raise InputError(out, f"no checkpoint in {CHECKPOINTS}/ to resume from")
    if not config.resume and has_checkpoint:
        raise InputError(out, "holds checkpoints of an earlier run: add --resume to continue it, or pick another --out")
    return out


def _encode(tokenizer: Any, conversations: list, config: TrainConfig, path: Path | None, say: Note) -> list[Example]:
    examples, dropped = encode_examples(tokenizer, conversations, config.max_length)
    if not examples:
        raise InputError(path, f"every example's prompt is longer than --max-length {config.max_length} tokens")
    if dropped:
        say(f"{path}: skipped {dropped} of {len(conversations)} examples whose prompt alone exceeds "
            f"--max-length {config.max_length}")
    return examples


def lr_at(step: int, total: int, config: TrainConfig) -> float:
    """Learning rate of optimizer step `step` (0-based): linear warmup, then cosine/linear decay to 0, or constant."""
    warmup = math.ceil(total * config.warmup_ratio)
    if step < warmup:
        return config.lr * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    if config.lr_scheduler == "cosine":
        return config.lr * 0.5 * (1 + math.cos(math.pi * progress))
    if config.lr_scheduler == "linear":
        return config.lr * (1 - progress)
    return config.lr


def answer_loss(model: Any, batch: dict[str, torch.Tensor], device: Device) -> tuple[torch.Tensor, int]:
    """Summed cross-entropy over the answer tokens of a batch, and their count.

    labels[t] is predicted from the logits at t-1, hence the shift. The answer positions are
    gathered before the fp32 cast, so the vocabulary-sized fp32 copy covers answer tokens only.
    """
    autocast = torch.autocast("cuda", dtype=device.dtype) if device.autocast else _no_autocast()
    with autocast:
        logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
    targets = batch["labels"][:, 1:]
    answer = targets != IGNORE_INDEX
    loss = F.cross_entropy(logits[:, :-1][answer].float(), targets[answer], reduction="sum")
    return loss, int(answer.sum())


def _no_autocast() -> Any:
    return contextlib.nullcontext()


def _optimizer_step(run: _Run, window: list[list[int]], lr: float) -> tuple[float, float, int]:
    """One optimizer step over `window` (grad_accum micro-batches); returns (loss, grad norm, tokens)."""
    for group in run.optimizer.param_groups:
        group["lr"] = lr
    batches = [collate([run.train_set[i] for i in indices], run.pad_id) for indices in window]
    # Dividing by the answer tokens of the whole window makes the gradient that of the mean token
    # loss of the step, however the tokens fall into micro-batches.
    answer_tokens = sum(int((b["labels"][:, 1:] != IGNORE_INDEX).sum()) for b in batches)
    loss_sum = 0.0
    for batch in batches:
        batch = {k: v.to(run.device.kind, non_blocking=True) for k, v in batch.items()}
        loss, _ = answer_loss(run.model, batch, run.device)
        run.scaler.scale(loss / answer_tokens).backward()
        loss_sum += loss.item()
    run.scaler.unscale_(run.optimizer)  # clip the true gradients, not the fp16-scaled ones
    params = [p for group in run.optimizer.param_groups for p in group["params"]]
    grad_norm = torch.nn.utils.clip_grad_norm_(params, run.config.max_grad_norm)
    run.scaler.step(run.optimizer)
    run.scaler.update()
    run.optimizer.zero_grad(set_to_none=True)
    return loss_sum / answer_tokens, float(grad_norm), sum(int(b["attention_mask"].sum()) for b in batches)


@torch.no_grad()
def evaluate(run: _Run) -> float:
    """Mean answer-token loss over the validation set."""
    run.model.eval()
    order = sorted(range(len(run.val_set)), key=lambda i: len(run.val_set[i]["input_ids"]))
    total, count = 0.0, 0
    for start in range(0, len(order), run.config.batch_size):
        batch = collate([run.val_set[i] for i in order[start:start + run.config.batch_size]], run.pad_id)
        loss, n = answer_loss(run.model, {k: v.to(run.device.kind) for k, v in batch.items()}, run.device)
        total, count = total + loss.item(), count + n
    run.model.train()
    return total / max(count, 1)


def _loop(run: _Run) -> tuple[float | None, int, float]:
    """Train from run.step to run.total_steps; returns (last loss, tokens, seconds) of this run."""
    cfg, start = run.config, run.step
    lengths = [len(e["input_ids"]) for e in run.train_set]
    run.bar.start(run.total_steps, start)
    last_loss, tokens, began = None, 0, time.perf_counter()
    try:
        while run.step < run.total_steps:
            epoch, done = divmod(run.step, run.steps_per_epoch)
            batches = length_grouped_batches(lengths, cfg.batch_size, cfg.seed, epoch)
            windows = [batches[i:i + cfg.grad_accum] for i in range(0, len(batches), cfg.grad_accum)]
            for window in windows[done:]:
                lr = lr_at(run.step, run.total_steps, cfg)
                tick = time.perf_counter()
                last_loss, grad_norm, step_tokens = _optimizer_step(run, window, lr)
                run.step += 1
                tokens += step_tokens
                _log_step(run, last_loss, lr, grad_norm, step_tokens, time.perf_counter() - tick)
                run.bar.update(run.step, last_loss, lr, tokens / (time.perf_counter() - began))
                if run.val_set and (run.step % run.steps_per_epoch == 0 or run.step == run.total_steps):
                    _validate(run)
                if run.step % cfg.save_steps == 0 and run.step < run.total_steps:
                    save_checkpoint(cfg.out, run.model, run.optimizer, run.scaler, _state(run))
                if run.step >= run.total_steps:
                    break
    except KeyboardInterrupt:
        if run.step > start:
            save_checkpoint(cfg.out, run.model, run.optimizer, run.scaler, _state(run))
        raise DistillError(f"interrupted at step {run.step} of {run.total_steps}; "
                           f"run the same command with --resume to continue") from None
    return last_loss, tokens, time.perf_counter() - began


@contextlib.contextmanager
def _explain_out_of_memory(config: TrainConfig, device: Device) -> Iterator[None]:
    """Turn an out-of-memory crash into one line that says what to lower."""
    try:
        yield
    except Exception as e:
        if not is_out_of_memory(e):
            raise
        raise DistillError(f"out of {device.kind.upper()} memory: lower --batch-size (now {config.batch_size}) or "
                           f"--max-length (now {config.max_length}), raising --grad-accum to keep the effective "
                           "batch size; or use a smaller --base") from None


def _log_step(run: _Run, loss: float, lr: float, grad_norm: float, tokens: int, seconds: float) -> None:
    run.log.write({"step": run.step, "epoch": round(run.step / run.steps_per_epoch, 4), "loss": round(loss, 6),
                   "lr": lr, "grad_norm": round(grad_norm, 6), "tokens": tokens,
                   "tokens_per_s": round(tokens / max(seconds, 1e-9), 1)})


def _validate(run: _Run) -> None:
    val_loss = evaluate(run)
    run.val_losses.append(val_loss)
    epoch = run.step / run.steps_per_epoch
    run.log.write({"step": run.step, "epoch": round(epoch, 4), "val_loss": round(val_loss, 6)})
    message = f"epoch {epoch:g}: val loss {val_loss:.4f}"
    (run.bar.note if run.bar.enabled else run.say)(message)  # a print would tear the live bar


def _state(run: _Run) -> dict[str, Any]:
    return {"step": run.step, "total_steps": run.total_steps, "val_losses": run.val_losses,
            "config": run.config.to_dict()}


def _save_outputs(run: _Run, tokenizer: Any, base: str, val_examples: int) -> None:
    """Adapter (PEFT format), tokenizer (with its chat template), training config, manifest copy."""
    import peft
    import transformers

    out = Path(run.config.out)
    run.model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    info = {**run.config.to_dict(), "base_resolved": base, "device": run.device.kind, "qlora": run.device.qlora,
            "dtype": str(run.device.dtype).removeprefix("torch."), "examples": len(run.train_set),
            "val_examples": val_examples, "steps": run.step, "val_losses": run.val_losses,
            "versions": {"torch": torch.__version__, "transformers": transformers.__version__, "peft": peft.__version__}}
    (out / "train_config.json").write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
    manifest = find_manifest(Path(run.config.data))
    if manifest is not None and manifest.resolve() != (out / "manifest.json").resolve():
        shutil.copyfile(manifest, out / "manifest.json")
    # Checkpoints exist to survive an interruption; once the final adapter is saved they are spent,
    # and removing them lets the same command start afresh in this folder.
    shutil.rmtree(out / CHECKPOINTS, ignore_errors=True)
