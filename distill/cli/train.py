"""`distill train` and `distill merge`: thin commands over `train.sft.train` and `train.merge.merge`.

`distill.cli` calls `register(app)`. Nothing from `train` (nor torch) is imported
at module level, so `distill --help` stays instant; the defaults named in --help mirror
`train.config.TrainConfig` (a test keeps them in step).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer


def register(app: typer.Typer) -> None:
    """Add the `train` and `merge` commands to `app`."""
    app.command("train")(train_command)
    app.command("merge")(merge_command)


def train_command(
    data: Optional[Path] = typer.Option(None, "--data", "--train-file", help="Training JSONL from `distill export` (any format)."),
    base: Optional[str] = typer.Option(None, "--base", "--model-name-or-path", help="Base model: a local folder, else a Hugging Face id."),
    out: Optional[Path] = typer.Option(None, "--out", "--output-dir", help="Output folder: adapter, tokenizer, config, logs, report, checkpoints."),
    val: Optional[Path] = typer.Option(None, "--val", "--eval-dataset", help="Validation JSONL; its loss is reported each epoch (or every --eval-steps)."),
    config: Optional[Path] = typer.Option(None, "--config", help="YAML or TOML file holding any of these options (also HF TrainingArguments / LLaMA-Factory names); flags override it."),
    dataset: Optional[str] = typer.Option(None, "--dataset", help="More training sets mixed in, comma-separated: names in DATASET_DIR/dataset_info.json, or paths."),
    dataset_dir: Optional[Path] = typer.Option(None, "--dataset-dir", help="Folder holding dataset_info.json (LLaMA-Factory's default: ./data)."),
    max_samples: Optional[int] = typer.Option(None, "--max-samples", help="At most this many examples from each training file."),
    epochs: Optional[int] = typer.Option(None, "--epochs", "--num-train-epochs", help="Passes over the data (default 3)."),
    batch_size: Optional[int] = typer.Option(None, "--batch-size", "--per-device-train-batch-size", help="Examples (or packed sequences) per micro-batch and process (default 4)."),
    grad_accum: Optional[int] = typer.Option(None, "--grad-accum", "--gradient-accumulation-steps", help="Micro-batches per optimizer step (default 4)."),
    lr: Optional[float] = typer.Option(None, "--lr", "--learning-rate", help="Peak learning rate, reached after warmup, then cosine decay (default 2e-4)."),
    lr_scheduler: Optional[str] = typer.Option(None, "--lr-scheduler", "--lr-scheduler-type", help="cosine, linear or constant after warmup."),
    warmup_ratio: Optional[float] = typer.Option(None, "--warmup-ratio", help="Share of steps spent warming up (default 0.1)."),
    warmup_steps: Optional[int] = typer.Option(None, "--warmup-steps", help="Warmup steps; used instead of --warmup-ratio when set (default 0)."),
    max_length: Optional[int] = typer.Option(None, "--max-length", "--cutoff-len", help="Longest example in tokens; longer ones are cut (default 1024)."),
    max_steps: Optional[int] = typer.Option(None, "--max-steps", help="Stop after this many optimizer steps (overrides --epochs)."),
    lora_r: Optional[int] = typer.Option(None, "--lora-r", "--lora-rank", help="LoRA rank (default 16)."),
    lora_alpha: Optional[int] = typer.Option(None, "--lora-alpha", help="LoRA alpha (default 16)."),
    lora_dropout: Optional[float] = typer.Option(None, "--lora-dropout", help="LoRA dropout (default 0.0)."),
    target_modules: Optional[str] = typer.Option(None, "--lora-target", "--target-modules", help="Comma-separated modules to adapt, or all (the seven projections)."),
    qlora: Optional[bool] = typer.Option(None, "--qlora/--no-qlora", help="On CUDA: 4-bit QLoRA (the default) or 16-bit LoRA; MPS and CPU always use LoRA."),
    optim: Optional[str] = typer.Option(None, "--optim", help="adamw_torch (default), adamw_8bit or paged_adamw_8bit (bitsandbytes, CUDA)."),
    bf16: Optional[bool] = typer.Option(None, "--bf16/--no-bf16", help="bfloat16 compute (CUDA; the default where the GPU has it)."),
    fp16: Optional[bool] = typer.Option(None, "--fp16/--no-fp16", help="float16 compute with loss scaling (CUDA)."),
    gradient_checkpointing: Optional[bool] = typer.Option(None, "--gradient-checkpointing/--no-gradient-checkpointing", help="Recompute activations to save GPU memory (CUDA; on by default)."),
    packing: Optional[bool] = typer.Option(None, "--packing/--no-packing", help="Pack several examples into each sequence; attention stays within each example."),
    balance: Optional[str] = typer.Option(None, "--balance", help="Classification sets: oversample rare labels, or weights (loss weights by inverse label frequency)."),
    balance_cap: Optional[int] = typer.Option(None, "--balance-cap", help="--balance oversample: raise each label to at most this many examples (default: the commonest label's count)."),
    logging_steps: Optional[int] = typer.Option(None, "--logging-steps", help="Write a log line every N optimizer steps (default 1)."),
    report_to: Optional[str] = typer.Option(None, "--report-to", help="Also log to tensorboard and/or wandb (comma-separated), or none (default)."),
    eval_steps: Optional[int] = typer.Option(None, "--eval-steps", help="Validate every N optimizer steps (default: each epoch)."),
    load_best_model_at_end: Optional[bool] = typer.Option(None, "--load-best-model-at-end", help="Save the adapter with the lowest validation loss, not the last."),
    early_stopping_patience: Optional[int] = typer.Option(None, "--early-stopping-patience", help="Stop after N validations without a lower loss."),
    save_steps: Optional[int] = typer.Option(None, "--save-steps", help="Checkpoint every N optimizer steps (default 100)."),
    save_total_limit: Optional[int] = typer.Option(None, "--save-total-limit", help="Checkpoints kept on disk (default 2)."),
    resume: Optional[bool] = typer.Option(None, "--resume", help="Continue from the last checkpoint in --out."),
    resume_from_checkpoint: Optional[Path] = typer.Option(None, "--resume-from-checkpoint", help="Continue from this checkpoint folder."),
    overwrite_output_dir: Optional[bool] = typer.Option(None, "--overwrite-output-dir", help="Train into an --out that holds a finished run, replacing it."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed for LoRA init and data order (default 42)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout instead of a table."),
) -> None:
    """Fine-tune a small model on exported QA data with LoRA (QLoRA on CUDA); loss on the answers only.

    Runs data-parallel under `torchrun --nproc-per-node N` or `accelerate launch` (same flags).
    """
    flags = {k: v for k, v in locals().items() if k not in ("config", "as_json")}  # named like TrainConfig's fields
    from distill.console import cli_errors, err, key_value_table, print_json
    from distill.console import out as stdout

    with cli_errors():
        train_fn, TrainConfig = _import_train()
        cfg = TrainConfig.from_file(config, **flags) if config else TrainConfig.from_dict(flags)
        result = train_fn(cfg, progress=not as_json and err.is_terminal, note=_note)
    if result.rank != 0:  # under torchrun / accelerate launch, rank 0 reports for all
        return
    if as_json:
        print_json(result.to_dict())
        return
    stdout.print(key_value_table("distill train", [
        ("output", result.out_dir), ("device", result.device + (" (QLoRA)" if result.qlora else " (LoRA)")),
        ("examples", result.examples), ("steps", result.steps),
        ("final train loss", _fmt(result.train_loss)),
        ("val loss per validation", ", ".join(_fmt(v) for v in result.val_losses) or "-"),
        ("best val loss", "-" if result.best_step is None else f"{_fmt(result.best_val_loss)} at step {result.best_step}"),
        ("processes", result.processes),
        ("tokens/s", f"{result.tokens_per_second:,.0f}"),
        ("report", result.out_dir / "training_report.html"),
    ]))


def merge_command(
    adapter: Path = typer.Option(..., "--adapter", help="Output folder of `distill train`."),
    out: Path = typer.Option(..., "--out", help="Folder for the merged Hugging Face model."),
    base: Optional[str] = typer.Option(None, "--base", help="Base model, when it is not where the adapter says."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object on stdout."),
) -> None:
    """Merge a LoRA adapter into its unquantised base model and save a standard model folder."""
    from distill.console import cli_errors, print_json
    from distill.console import out as stdout

    with cli_errors():
        _import_train()
        from train.merge import merge

        path = merge(adapter, out, base=base)
    if as_json:
        print_json({"out_dir": str(path)})
    else:
        stdout.print(f"merged model saved in {path}")


def _import_train() -> tuple[Any, Any]:
    """train.sft.train and TrainConfig; a one-line error when the training extras are missing."""
    from distill.errors import DistillError

    try:
        from train.config import TrainConfig
        from train.sft import train
    except ImportError as e:
        raise DistillError(f"training needs the train extras ({e.name} is missing): pip install 'distill[train]'") from None
    return train, TrainConfig


def _note(message: str) -> None:
    from distill.console import err

    err.print(message, markup=False, highlight=False, soft_wrap=True)


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"
