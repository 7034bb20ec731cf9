"""Fine-tuning small models on distill's exported QA data: `distill train` and `distill merge`.

One module per job:

- `config`: TrainConfig, every option with its default, read from flags and YAML/TOML files.
- `data`: export JSONL (any format) -> conversations, with line-numbered errors.
- `chat`: THE place that applies the chat template and builds the answer-only loss mask.
- `batches`: tokenised examples -> length-grouped, padded batches.
- `device`: CUDA > MPS > CPU, and the precision / QLoRA choice that goes with it.
- `model`: load the base model (local folder or Hugging Face id) and add LoRA.
- `checkpoint`, `log`: resumable checkpoints; JSONL/TensorBoard logs and the progress bar.
- `sft`: the training loop; `merge`: fold the adapter into the base model.

Nothing here imports torch at package import time, so `distill --help` stays instant.
"""
