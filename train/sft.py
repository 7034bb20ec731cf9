"""The training loop behind `distill train`: LoRA / QLoRA fine-tuning with the loss on the answer only.

One readable loop (nanoGPT style) rather than transformers' Trainer: everything the command
needs (answer-only loss, length-grouped or packed batches, data parallelism, a progress bar with
tokens/s, resumable checkpoints, validation with the best adapter kept) is a few lines here, and
none of it depends on Trainer arguments that change between transformers major versions.

  1. inputs     data files, output folder, base folder: checked first, so bad input fails at once
  2. device     CUDA > MPS > CPU; QLoRA on CUDA unless --no-qlora; one process per GPU under torchrun
  3. data       tokenised with the model's chat template, loss on the answer only; labels balanced
  4. model      base (4-bit, or 16/32-bit) + LoRA adapters, in DDP with several processes
  5. optimizer  AdamW (8-bit on CUDA if asked) on the adapters; warmup, then cosine decay
  6. resume     adapter, optimizer, step and best validation loss from a checkpoint
  7. loop       gradient accumulation, clipping, logs, checkpoints, validation, early stopping
  8. save       adapter (the best one with --load-best-model-at-end), tokenizer, config, manifest,
                training_report.html
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
from distill.formats import Conversation
from train import balance
from train.batches import Example, collate_rows, encode_examples, length_grouped_batches, pack_rows
from train.chat import IGNORE_INDEX
from train.checkpoint import (BEST, CHECKPOINTS, check_checkpoint, latest_checkpoint, load_adapter_weights,
                              load_checkpoint, save_checkpoint)
from train.config import TrainConfig
from train.datasets import Source, training_sources, validation_set
from train.device import Device, is_out_of_memory, pick_device, with_precision
from train.distributed import Dist, from_environment, no_sync, process_group, unwrap, wrap
from train.log import ProgressBar, TrainLog, check_report_to
from train.model import add_lora, load_model, load_tokenizer, resolve_base
from train.optim import build_optimizer
from train.report import REPORT_FILE, write_report

Note = Callable[[str], None]
FINISHED = "train_config.json"  # written last: its presence means the folder holds a finished run


@dataclass
class TrainResult:
    out_dir: Path
    steps: int  # optimizer steps done in total (including those before a resume)
    train_loss: float | None  # mean answer-token loss of the last step
    val_losses: list[float]  # one per validation (each epoch, or every eval_steps)
    device: str  # "cuda" | "mps" | "cpu"
    qlora: bool
    examples: int
    tokens: int = 0  # real tokens (prompt + answer, no padding) processed by this run, all processes
    seconds: float = 0.0  # time spent in the loop by this run
    best_step: int | None = None  # step of the lowest validation loss
    best_val_loss: float | None = None
    stopped_early: bool = False
    processes: int = 1
    rank: int = 0

    @property
    def tokens_per_second(self) -> float:
        return self.tokens / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "out_dir": str(self.out_dir), "tokens_per_second": round(self.tokens_per_second, 1)}


@dataclass
class _Run:
    """Everything the loop works with, gathered by steps 1-6."""

    config: TrainConfig
    out: Path  # config.out, which validate() requires
    dist: Dist
    device: Device
    model: Any  # the PEFT model, in DDP when there are several processes
    optimizer: torch.optim.Optimizer
    scaler: torch.amp.GradScaler
    pad_id: int
    train_set: list[Example]
    rows: list[list[int]]  # example indices per sequence: one each, or several when packing
    val_set: list[Example]
    log: TrainLog
    bar: ProgressBar
    say: Note
    total_steps: int
    steps_per_epoch: int
    mask_dtype: Any
    step: int = 0
    val_losses: list[float] = field(default_factory=list)
    best_val_loss: float | None = None
    best_step: int | None = None
    bad_evals: int = 0  # validations in a row without a new best (early stopping)
    pending: list[tuple[float, float, float, int]] = field(default_factory=list)  # (loss, lr, norm, tokens) to log


def train(config: TrainConfig, progress: bool = True, note: Note | None = None) -> TrainResult:
    """Fine-tune `config.base` on `config.data` (and `config.dataset`) and save the adapter in `config.out`."""
    config.validate()
    dist = from_environment()
    say = (note or (lambda message: None)) if dist.main else (lambda message: None)

    # 1. Inputs: every data line, the output folder and the base folder are checked before
    #    anything slow happens, so bad input fails at once with one line.
    sources = training_sources(config)
    conversations = [c for s in sources for c in s.conversations]
    val_conversations = validation_set(config)
    check_report_to(config.report_to)
    assert config.base is not None  # validate() requires it
    base = resolve_base(config.base)
    labels = balance.labels(conversations)
    if labels is not None:
        say(balance.describe(labels))
    elif config.balance:
        raise InputError(None, "--balance needs a classification set: every answer a JSON object, list or call")
    for source in sources:
        if source.manifest is None:
            say(f"{source.path}: no export manifest found beside it (NAME.manifest.json); "
                "the run is not traceable to its data")

    with process_group(dist, config.ddp_timeout):
        out, resume_from = _prepare_out_dir(config, dist)

        # 2. Device: printed, with a note when it is not the CUDA/QLoRA default.
        device, notes = pick_device(config.qlora)
        device, more = with_precision(device, config.bf16, config.fp16)
        for line in (device.describe(), *notes, *more):
            say(line)
        if dist.enabled:
            say(f"data parallel: {dist.world} processes, global batch {config.batch_size * dist.world * config.grad_accum}")

        # 3. Data: tokenised with the model's own chat template (see train.chat for the loss mask).
        tokenizer = load_tokenizer(base)
        train_set = _encode(tokenizer, conversations, config, config.data or config.dataset[0], say)
        if config.balance and labels is not None:
            kept = [labels[e["index"]] for e in train_set]
            train_set = balance.balance_examples(train_set, kept, config.balance, config.balance_cap, config.seed)
            say(f"--balance {config.balance}: {len(train_set)} training examples")
        val_set = _encode(tokenizer, val_conversations, config, config.val, say) if config.val else []

        with _explain_out_of_memory(config, device):
            return _train_model(config, dist, device, base, tokenizer, train_set, val_set, out, resume_from,
                                progress and dist.main, say, {"sources": sources, "labels": labels})


def _train_model(config: TrainConfig, dist: Dist, device: Device, base: str, tokenizer: Any,
                 train_set: list[Example], val_set: list[Example], out: Path, resume_from: Path | None,
                 progress: bool, say: Note, data_info: dict[str, Any]) -> TrainResult:
    """Steps 4-8 of `train`: everything that holds the model."""
    # 4. Model: the frozen base plus trainable LoRA adapters (kept in fp32 by PEFT).
    model = add_lora(load_model(base, device), config, device)
    model.train()

    # 5. Optimizer over the adapters only; the grad scaler is active only for fp16 (bf16 needs none).
    optimizer, notes = build_optimizer([p for p in model.parameters() if p.requires_grad], config, device)
    for line in notes:
        say(line)
    scaler = torch.amp.GradScaler("cuda" if device.kind == "cuda" else "cpu", enabled=device.dtype == torch.float16)
    rows = _rows(train_set, config, say)
    micro_batches = math.ceil(len(rows) / (config.batch_size * dist.world))
    steps_per_epoch = math.ceil(micro_batches / config.grad_accum)
    total = config.max_steps or config.epochs * steps_per_epoch

    # 6. Resume: restore the adapter, optimizer and step; the data order follows from the step.
    state: dict[str, Any] = {}
    if resume_from is not None:
        state = load_checkpoint(resume_from, model, optimizer, scaler)
        say(f"resuming from {resume_from} (step {state['step']} of {total})")

    # 7. Loop.
    log = TrainLog(out, state.get("step") if resume_from else None, config.report_to, config.to_dict(), dist.main)
    with ProgressBar(progress) as bar:
        run = _Run(config, out, dist, device, wrap(model, dist), optimizer, scaler, tokenizer.pad_token_id, train_set,
                   rows, val_set, log, bar, say, total, steps_per_epoch, _mask_dtype(model, device),
                   step=state.get("step", 0), val_losses=list(state.get("val_losses", [])),
                   best_val_loss=state.get("best_val_loss"), best_step=state.get("best_step"),
                   bad_evals=state.get("bad_evals", 0))
        try:
            last_loss, tokens, seconds, stopped = _loop(run)
        finally:
            log.close()

    # 8. Save what the next commands (merge, eval) need in one folder.
    if config.load_best_model_at_end and run.best_step is not None and dist.main:  # rank 0 saved it, and saves
        load_adapter_weights(model, out / CHECKPOINTS / BEST)
        say(f"best validation loss {run.best_val_loss:.4f} at step {run.best_step}: that adapter is saved")
    throughput = {"tokens": tokens, "seconds": round(seconds, 2), "tokens_per_s": round(tokens / max(seconds, 1e-9), 1),
                  "processes": dist.world, "packing": config.packing}
    if dist.main:
        _save_outputs(run, tokenizer, base, data_info, throughput)
    dist.barrier()
    return TrainResult(out, run.step, last_loss, run.val_losses, device.kind, device.qlora, len(train_set),
                       tokens, seconds, run.best_step, run.best_val_loss, stopped, dist.world, dist.rank)


def _rows(train_set: list[Example], config: TrainConfig, say: Note) -> list[list[int]]:
    """The training sequences: one example each, or several packed up to --max-length."""
    if not config.packing:
        return [[i] for i in range(len(train_set))]
    rows = pack_rows([len(e["input_ids"]) for e in train_set], config.max_length)
    say(f"packing: {len(train_set)} examples in {len(rows)} sequences of at most {config.max_length} tokens")
    return rows


def _mask_dtype(model: Any, device: Device) -> Any:
    """What a packed batch's attention mask is: none (flash-attention: position ids only), bool (SDPA), additive."""
    implementation = str(getattr(model.config, "_attn_implementation", "") or "")
    if implementation.startswith("flash"):
        return None
    return torch.bool if implementation == "sdpa" else device.dtype


def _prepare_out_dir(config: TrainConfig, dist: Dist) -> tuple[Path, Path | None]:
    """The output folder (created), and the checkpoint to resume from; refuses to mix runs."""
    assert config.out is not None  # validate() requires it
    out = Path(config.out)
    if out.exists() and not out.is_dir():
        raise InputError(out, "--out must be a folder")
    resume_from = check_checkpoint(config.resume_from_checkpoint) if config.resume_from_checkpoint else None
    finished = (out / FINISHED).is_file()
    has_checkpoint = latest_checkpoint(out) is not None
    if finished and not config.overwrite_output_dir:
        raise InputError(out, "holds a finished run: add --overwrite-output-dir to replace it, or pick another --out")
    if config.resume:
        if not has_checkpoint:
            raise InputError(out, f"no checkpoint in {CHECKPOINTS}/ to resume from")
        resume_from = latest_checkpoint(out)
    elif has_checkpoint and resume_from is None and not config.overwrite_output_dir:
        raise InputError(out, "holds checkpoints of an earlier run: add --resume to continue it, "
                              "--overwrite-output-dir to start afresh, or pick another --out")
    dist.barrier()  # every rank has looked before rank 0 changes anything
    if dist.main:
        out.mkdir(parents=True, exist_ok=True)
        if config.overwrite_output_dir and resume_from is None:
            shutil.rmtree(out / CHECKPOINTS, ignore_errors=True)
            for name in (FINISHED, REPORT_FILE):
                (out / name).unlink(missing_ok=True)
    dist.barrier()
    return out, resume_from


def _encode(tokenizer: Any, conversations: list[Conversation], config: TrainConfig, path: Any,
            say: Note) -> list[Example]:
    examples, dropped = encode_examples(tokenizer, conversations, config.max_length)
    if not examples:
        raise InputError(path, f"every example's prompt is longer than --max-length {config.max_length} tokens")
    if dropped:
        say(f"{path}: skipped {dropped} of {len(conversations)} examples whose prompt alone exceeds "
            f"--max-length {config.max_length}")
    return examples


def lr_at(step: int, total: int, config: TrainConfig) -> float:
    """Learning rate of optimizer step `step` (0-based): linear warmup, then cosine/linear decay to 0, or constant."""
    warmup = config.warmup_steps or math.ceil(total * config.warmup_ratio)
    if step < warmup:
        return config.lr * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    if config.lr_scheduler == "cosine":
        return config.lr * 0.5 * (1 + math.cos(math.pi * progress))
    if config.lr_scheduler == "linear":
        return config.lr * (1 - progress)
    return config.lr


def answer_loss(model: Any, batch: dict[str, torch.Tensor], device: Device) -> tuple[torch.Tensor, int]:
    """Summed (weighted) cross-entropy over the answer tokens of a batch, and their count.

    labels[t] is predicted from the logits at t-1, hence the shift. The answer positions are
    gathered before the fp32 cast, so the vocabulary-sized fp32 copy covers answer tokens only.
    A packed batch brings position_ids and a per-example mask; `loss_weight` carries --balance weights.
    """
    autocast = torch.autocast("cuda", dtype=device.dtype) if device.autocast else contextlib.nullcontext()
    inputs = {k: batch[k] for k in ("input_ids", "attention_mask", "position_ids") if k in batch}
    with autocast:
        logits = model(**inputs).logits
    targets = batch["labels"][:, 1:]
    answer = targets != IGNORE_INDEX
    losses = F.cross_entropy(logits[:, :-1][answer].float(), targets[answer], reduction="none")
    if "loss_weight" in batch:
        losses = losses * batch["loss_weight"][:, 1:][answer]
    return losses.sum(), int(answer.sum())


def _batch(run: _Run, rows: list[list[int]]) -> dict[str, Any]:
    """The tensors of some training rows, on the device."""
    batch = collate_rows([[run.train_set[i] for i in row] for row in rows], run.pad_id, run.mask_dtype,
                         four_d=run.mask_dtype is not None)
    real = batch.pop("real_tokens", None)
    tensors = {k: v.to(run.device.kind, non_blocking=True) for k, v in batch.items()}
    tensors["real_tokens"] = real if real is not None else int(batch["attention_mask"].sum())
    return tensors


def _optimizer_step(run: _Run, window: list[list[int]], lr: float) -> tuple[float, float, int]:
    """One optimizer step over `window` (grad_accum global micro-batches of row indices).

    Each process takes every world-th row of each micro-batch. Dividing by the answer tokens of
    the whole window (all processes) and multiplying by the number of processes makes the gradient
    DDP averages that of the mean token loss of the step, however the tokens fall into micro-batches
    and processes. Returns (loss, grad norm, real tokens), all summed over processes.
    """
    for group in run.optimizer.param_groups:
        group["lr"] = lr
    dist = run.dist
    local = [[run.rows[r] for r in micro[dist.rank::dist.world]] for micro in window]
    batches = []
    for micro, mine in zip(window, local):
        # A process with no row left in a short last micro-batch still joins the gradient sync, with weight 0.
        batches.append((_batch(run, mine or [run.rows[micro[0]]]), 1.0 if mine else 0.0))
    local_answer = sum(int((b["labels"][:, 1:] != IGNORE_INDEX).sum()) * w for b, w in batches)
    (answer,) = dist.all_sum(local_answer)
    loss_sum, tokens = 0.0, 0.0
    for j, (batch, weight) in enumerate(batches):
        with no_sync(run.model, j < len(batches) - 1):
            loss, _ = answer_loss(run.model, batch, run.device)
            run.scaler.scale(loss * weight * dist.world / answer).backward()
        loss_sum += loss.item() * weight
        tokens += batch["real_tokens"] * int(weight)
    run.scaler.unscale_(run.optimizer)  # clip the true gradients, not the fp16-scaled ones
    params = [p for group in run.optimizer.param_groups for p in group["params"]]
    grad_norm = torch.nn.utils.clip_grad_norm_(params, run.config.max_grad_norm)
    run.scaler.step(run.optimizer)
    run.scaler.update()
    run.optimizer.zero_grad(set_to_none=True)
    loss_sum, tokens = dist.all_sum(loss_sum, tokens)
    return loss_sum / answer, float(grad_norm), int(tokens)


@torch.no_grad()
def evaluate(run: _Run) -> float:
    """Mean answer-token loss over the validation set (shared among the processes)."""
    model = unwrap(run.model)
    model.eval()
    order = sorted(range(len(run.val_set)), key=lambda i: len(run.val_set[i]["input_ids"]))[run.dist.rank::run.dist.world]
    size = run.config.eval_batch_size or run.config.batch_size
    total, count = 0.0, 0.0
    for start in range(0, len(order), size):
        rows = [[run.val_set[i]] for i in order[start:start + size]]
        batch = {k: v.to(run.device.kind) for k, v in collate_rows(rows, run.pad_id).items()}
        loss, n = answer_loss(model, batch, run.device)
        total, count = total + loss.item(), count + n
    model.train()
    total, count = run.dist.all_sum(total, count)
    return total / max(count, 1)


def _loop(run: _Run) -> tuple[float | None, int, float, bool]:
    """Train from run.step to run.total_steps; returns (last loss, tokens, seconds, stopped early) of this run."""
    cfg, start, world = run.config, run.step, run.dist.world
    lengths = [sum(len(run.train_set[i]["input_ids"]) for i in row) for row in run.rows]
    run.bar.start(run.total_steps, start)
    last_loss, tokens, began = None, 0, time.perf_counter()
    try:
        while run.step < run.total_steps:
            epoch, done = divmod(run.step, run.steps_per_epoch)
            batches = length_grouped_batches(lengths, cfg.batch_size * world, cfg.seed, epoch)
            windows = [batches[i:i + cfg.grad_accum] for i in range(0, len(batches), cfg.grad_accum)]
            for window in windows[done:]:
                lr = lr_at(run.step, run.total_steps, cfg)
                tick = time.perf_counter()
                last_loss, grad_norm, step_tokens = _optimizer_step(run, window, lr)
                run.step += 1
                tokens += step_tokens
                _log_step(run, last_loss, lr, grad_norm, step_tokens, time.perf_counter() - tick)
                run.bar.update(run.step, last_loss, lr, tokens / (time.perf_counter() - began))
                if run.val_set and _validation_due(run) and _validate(run):
                    return last_loss, tokens, time.perf_counter() - began, True
                if run.step % cfg.save_steps == 0 and run.step < run.total_steps:
                    _checkpoint(run)
                if run.step >= run.total_steps:
                    break
    except KeyboardInterrupt:
        if run.step > start:
            _checkpoint(run)
        raise DistillError(f"interrupted at step {run.step} of {run.total_steps}; "
                           f"run the same command with --resume to continue") from None
    return last_loss, tokens, time.perf_counter() - began, False


def _validation_due(run: _Run) -> bool:
    every = run.config.eval_steps or run.steps_per_epoch
    return run.step % every == 0 or run.step == run.total_steps


def _checkpoint(run: _Run) -> None:
    if run.dist.main:
        save_checkpoint(run.out, unwrap(run.model), run.optimizer, run.scaler, _state(run),
                        run.config.save_total_limit)
    run.dist.barrier()


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
    """One log line every --logging-steps steps: the mean loss and the tokens of the steps since the last."""
    run.pending.append((loss, grad_norm, seconds, tokens))
    if run.step % run.config.logging_steps and run.step != run.total_steps:
        return
    n = len(run.pending)
    losses, norms, times, counts = zip(*run.pending)
    run.pending.clear()
    run.log.write({"step": run.step, "epoch": round(run.step / run.steps_per_epoch, 4), "loss": round(sum(losses) / n, 6),
                   "lr": lr, "grad_norm": round(sum(norms) / n, 6), "tokens": sum(counts),
                   "tokens_per_s": round(sum(counts) / max(sum(times), 1e-9), 1)})


def _validate(run: _Run) -> bool:
    """Validate, keep the best adapter, and say whether early stopping ends the run now."""
    val_loss = evaluate(run)
    run.val_losses.append(val_loss)
    epoch = run.step / run.steps_per_epoch
    run.log.write({"step": run.step, "epoch": round(epoch, 4), "val_loss": round(val_loss, 6)})
    improved = run.best_val_loss is None or val_loss < run.best_val_loss
    if improved:
        run.best_val_loss, run.best_step, run.bad_evals = val_loss, run.step, 0
        if run.config.load_best_model_at_end and run.dist.main:
            unwrap(run.model).save_pretrained(run.out / CHECKPOINTS / BEST)
    else:
        run.bad_evals += 1
    message = f"step {run.step} (epoch {epoch:.2f}): val loss {val_loss:.4f}" + ("" if improved else " (no better)")
    (run.bar.note if run.bar.enabled else run.say)(message)  # a print would tear the live bar
    patience = run.config.early_stopping_patience
    if patience and run.bad_evals >= patience:
        run.say(f"early stopping: {patience} validations without a lower loss (best {run.best_val_loss:.4f} "
                f"at step {run.best_step})")
        return True
    return False


def _state(run: _Run) -> dict[str, Any]:
    return {"step": run.step, "total_steps": run.total_steps, "val_losses": run.val_losses,
            "best_val_loss": run.best_val_loss, "best_step": run.best_step, "bad_evals": run.bad_evals,
            "config": run.config.to_dict()}


def _save_outputs(run: _Run, tokenizer: Any, base: str, data_info: dict[str, Any], throughput: dict[str, Any]) -> None:
    """Adapter (PEFT format), tokenizer (with its chat template), manifest copy, report; the training config last."""
    import peft
    import transformers

    out = run.out
    unwrap(run.model).save_pretrained(out)
    tokenizer.save_pretrained(out)
    sources: list[Source] = data_info["sources"]
    info = {**run.config.to_dict(), "base_resolved": base, "device": run.device.kind, "qlora": run.device.qlora,
            "dtype": str(run.device.dtype).removeprefix("torch."), "examples": len(run.train_set),
            "sequences": len(run.rows), "val_examples": len(run.val_set), "steps": run.step,
            "val_losses": run.val_losses, "best_step": run.best_step, "best_val_loss": run.best_val_loss,
            "processes": run.dist.world, "throughput": throughput, "sources": [s.summary() for s in sources],
            "labels": balance.summary(data_info["labels"]),
            "versions": {"torch": torch.__version__, "transformers": transformers.__version__, "peft": peft.__version__}}
    manifest = sources[0].manifest
    if manifest is not None and manifest.resolve() != (out / "manifest.json").resolve():
        shutil.copyfile(manifest, out / "manifest.json")
    write_report(out, run.log.records(), info)
    # Checkpoints exist to survive an interruption; once the final adapter is saved they are spent.
    shutil.rmtree(out / CHECKPOINTS, ignore_errors=True)
    (out / FINISHED).write_text(json.dumps(info, indent=2, ensure_ascii=False), encoding="utf-8")
