"""Training throughput and peak memory: our trainer vs a plain transformers + PEFT loop.

On CUDA: a randomly initialised model of Qwen3-0.6B's shape (built from a config, no weights
fetched) is trained for N steps
  - by `train.sft.train` with QLoRA (4-bit NF4) and with 16-bit LoRA (length-grouped batches), and
  - by a plain loop: same LoRA, same examples, random batches padded to their longest member.
On CPU it runs a tiny model instead, a smoke figure only, and says so.

    python benchmarks/train.py [--steps 40] [--batch-size 8] [--examples 512]

Prints a table and writes benchmarks/results/train.json (tokens/s counts real tokens, not padding).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

import torch  # noqa: E402

from distill.formats import Conversation, to_row  # noqa: E402
from tests.train.tiny import TOY, build_model_dir, build_tokenizer, write_jsonl  # noqa: E402
from train.batches import collate, encode_examples, length_grouped_batches  # noqa: E402
from train.config import TrainConfig  # noqa: E402
from train.sft import train  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "train.json"
WORDS = " ".join(f"{q} {a}" for q, a, _ in TOY).split()


def qwen3_06b_dir(folder: Path) -> Path:
    """A random model with Qwen3-0.6B's shape (28 layers, hidden 1024, GQA 16/8, vocab 151936), saved in bf16."""
    from transformers import AutoModelForCausalLM, Qwen3Config

    tokenizer = build_tokenizer([" ".join(WORDS)] * 5)
    config = Qwen3Config(vocab_size=151936, hidden_size=1024, intermediate_size=3072, num_hidden_layers=28,
                         num_attention_heads=16, num_key_value_heads=8, head_dim=128, max_position_embeddings=40960,
                         rope_theta=1_000_000, rms_norm_eps=1e-6, tie_word_embeddings=True,
                         eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    with torch.device("cuda"):  # initialise on the GPU: seconds instead of minutes
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    del model
    torch.cuda.empty_cache()
    return folder


def synthetic_data(path: Path, n: int, max_words: int) -> Path:
    """QA pairs of widely varying length, as real exports have."""
    rng = random.Random(0)

    def text(k: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(k))

    rows = [to_row(Conversation.single(text(rng.randint(5, max_words // 3)), text(rng.randint(5, max_words)),
                                       "You answer policy questions."), "messages") for _ in range(n)]
    return write_jsonl(path, rows)


def plain_loop(base: Path, data: Path, steps: int, batch_size: int, max_length: int, cuda: bool) -> dict:
    """The baseline: transformers + PEFT, random order, pad to the longest in each batch, HF's own loss."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from train.data import read_conversations

    tokenizer = AutoTokenizer.from_pretrained(base)
    examples, _ = encode_examples(tokenizer, read_conversations(data), max_length)
    dtype = torch.bfloat16 if cuda else torch.float32
    model = AutoModelForCausalLM.from_pretrained(base, dtype=dtype).to("cuda" if cuda else "cpu")
    if cuda:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
    model = get_peft_model(model, LoraConfig(r=16, lora_alpha=16, target_modules=list(TrainConfig().target_modules),
                                             task_type="CAUSAL_LM"))
    model.train()
    optimizer = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=2e-4)
    rng = random.Random(0)
    tokens, began = 0, time.perf_counter()
    for _ in range(steps):
        batch = collate(rng.sample(examples, batch_size), tokenizer.pad_token_id)
        batch = {k: v.to(model.device) for k, v in batch.items()}
        with torch.autocast("cuda", dtype=dtype, enabled=cuda):
            loss = model(**batch).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        tokens += int(batch["attention_mask"].sum())
    if cuda:
        torch.cuda.synchronize()
    return {"tokens": tokens, "seconds": time.perf_counter() - began}


def ours(base: Path, data: Path, out: Path, steps: int, batch_size: int, max_length: int, qlora: bool) -> dict:
    config = TrainConfig(data=data, base=str(base), out=out, max_steps=steps, batch_size=batch_size, grad_accum=1,
                         max_length=max_length, save_steps=10**9, qlora=qlora)
    result = train(config, progress=False)
    return {"tokens": result.tokens, "seconds": result.seconds, "qlora": result.qlora}


def padding_share(lengths: list[int], batches: list[list[int]]) -> float:
    padded = sum(max(lengths[i] for i in b) * len(b) for b in batches)
    return 1 - sum(lengths[i] for b in batches for i in b) / padded


def measure(name: str, run) -> dict:
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    stats = run()
    peak = torch.cuda.max_memory_allocated() / 2**30 if torch.cuda.is_available() else None
    return {"name": name, "tokens_per_s": round(stats["tokens"] / stats["seconds"], 1),
            "peak_memory_gib": None if peak is None else round(peak, 2), "seconds": round(stats["seconds"], 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--examples", type=int, default=512)
    parser.add_argument("--max-length", type=int, default=1024)
    args = parser.parse_args()
    cuda = torch.cuda.is_available()
    tmp = Path(tempfile.mkdtemp(prefix="distill-bench-"))
    if cuda:
        base, label = qwen3_06b_dir(tmp / "base"), "random Qwen3-0.6B-shaped model"
        data = synthetic_data(tmp / "train.jsonl", args.examples, max_words=300)
    else:
        print("no CUDA: smoke run on a tiny CPU model; these figures say nothing about GPU training")
        base, label = build_model_dir(tmp / "base"), "tiny random Qwen3 (CPU smoke run)"
        data = synthetic_data(tmp / "train.jsonl", 64, max_words=60)
        args.steps, args.batch_size = min(args.steps, 8), min(args.batch_size, 4)

    runs = []
    if cuda:
        runs.append(measure("distill train, QLoRA 4-bit", lambda: ours(base, data, tmp / "q", args.steps,
                                                                      args.batch_size, args.max_length, True)))
    runs.append(measure("distill train, LoRA " + ("bf16" if cuda else "fp32"),
                        lambda: ours(base, data, tmp / "l", args.steps, args.batch_size, args.max_length, False)))
    runs.append(measure("plain transformers+peft loop", lambda: plain_loop(base, data, args.steps, args.batch_size,
                                                                          args.max_length, cuda)))
    from transformers import AutoTokenizer

    from train.data import read_conversations

    examples, _ = encode_examples(AutoTokenizer.from_pretrained(base), read_conversations(data), args.max_length)
    lengths = [len(e["input_ids"]) for e in examples]
    order = list(range(len(lengths)))
    random.Random(0).shuffle(order)
    report = {
        "device": torch.cuda.get_device_name(0) if cuda else "cpu", "model": label, "steps": args.steps,
        "batch_size": args.batch_size, "max_length": args.max_length, "runs": runs,
        "padding_share": {"length_grouped": round(padding_share(lengths, length_grouped_batches(lengths, args.batch_size, 42, 0)), 3),
                          "random": round(padding_share(lengths, [order[i:i + args.batch_size] for i in range(0, len(order), args.batch_size)]), 3)},
        "torch": torch.__version__,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"\n{label} on {report['device']}, {args.steps} steps of batch {args.batch_size}")
    print(f"{'run':<34}{'tokens/s':>12}{'peak GiB':>10}")
    for r in runs:
        print(f"{r['name']:<34}{r['tokens_per_s']:>12,.0f}{r['peak_memory_gib'] if r['peak_memory_gib'] is not None else '-':>10}")
    print(f"padding: {report['padding_share']['length_grouped']:.0%} length-grouped vs "
          f"{report['padding_share']['random']:.0%} random batches\nwrote {RESULTS.relative_to(REPO)}")


if __name__ == "__main__":
    main()
