"""Evaluating base and fine-tuned models on a held-out export: `distill eval`.

One module per job:

- `runner`: read and check the inputs, generate (via `train.generate`), score, assemble the report.
- `qa`: QA metrics: numbers strict and lenient, hallucinated numbers, refusals, format, exact
  match, ROUGE-L, key-term coverage, and the one strict rule behind overall accuracy.
- `text`: Chinese-aware text comparison (content characters, LCS, key terms).
- `parse`: classifier answers as values (JSON, fenced JSON, FunctionGemma calls).
- `classify`: classifier metrics (per field, per class, confusion, multi-label Jaccard, P/R).
- `metric`: the shape of one figure; `report`: the JSON/Markdown report and `--compare`.

Nothing here imports torch at package import time.
"""
