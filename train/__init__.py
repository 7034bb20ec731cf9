"""Fine-tuning small models on distill's exported QA data: `distill train` and `distill merge`.

One module per job:

- `config`: TrainConfig, every option with its default, read from flags and YAML/TOML files;
  `config_names`: the HF TrainingArguments / LLaMA-Factory names translated into it.
- `data`: export JSONL (any format) -> conversations, with line-numbered errors; the manifest lookup.
- `datasets`: the training sets of a run (`--data`, `--dataset` by path or dataset_info.json name).
- `chat`: THE place that applies the chat template and builds the answer-only loss mask.
- `batches`: tokenised examples -> length-grouped batches, padded or packed (per-example attention).
- `balance`: label distribution of classification sets; oversampling and loss weights.
- `device`: CUDA > MPS > CPU, and the precision / QLoRA choice that goes with it; `optim`: AdamW (8-bit).
- `distributed`: torchrun / accelerate launch: the process group and DDP.
- `model`: load the base model (local folder or Hugging Face id) and add LoRA.
- `checkpoint`, `log`, `report`: resumable checkpoints; JSONL/TensorBoard/W&B logs and the progress
  bar; training_report.html.
- `sft`: the training loop; `merge`: fold the adapter into the base model.

Nothing here imports torch at package import time, so `distill --help` stays instant.
"""
